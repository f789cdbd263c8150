import json

import pytest

from course_utils import authoring


def test_cells_carry_slideshow_metadata_and_no_outputs(tmp_path):
    cells = [authoring.md("# x"), authoring.code("a = 1\nb = 2", tags=["exercise"]), authoring.setup_cell()]
    path = authoring.write_notebook(tmp_path / "nb.ipynb", cells)
    nb = json.loads(path.read_text())
    assert nb["nbformat"] == 4 and [c["id"] for c in nb["cells"]] == ["c000", "c001", "c002"]
    assert nb["cells"][1]["source"] == ["a = 1\n", "b = 2"] and nb["cells"][1]["outputs"] == []
    assert nb["cells"][1]["metadata"]["tags"] == ["exercise"]
    assert nb["cells"][2]["metadata"]["slideshow"]["slide_type"] == "skip"
    assert "course_utils.setup()" in "".join(nb["cells"][2]["source"])


def test_bad_slide_type_and_title_number():
    with pytest.raises(ValueError, match="slide must be one of"):
        authoring.md("x", slide="page")
    with pytest.raises(ValueError, match="two digits"):
        authoring.title_cell("3", "T", "d", 10, "h", ["o"])


def test_continuation_cells_are_stored_as_empty_string():
    # jupyterlab-slideshow hides cells whose slide_type is the literal "-" (see tests/test_slideshow_metadata.py)
    assert authoring.code("x = 1")["metadata"]["slideshow"]["slide_type"] == ""
    assert authoring.md("x", slide="-")["metadata"]["slideshow"]["slide_type"] == ""


def test_setup_cell_sorts_and_merges_imports():
    src = "".join(authoring.setup_cell("import pandas as pd\nimport os\nfrom course_utils import neuron")["source"])
    assert src.startswith("import os\n\nimport matplotlib.pyplot as plt\nimport numpy as np\nimport pandas as pd\n\n")
    assert "from course_utils import checks, neuron, plotting, widgets\n\ncourse_utils.setup()" in src
    with pytest.raises(ValueError, match="import statements only"):
        authoring.setup_cell("x = 1")
