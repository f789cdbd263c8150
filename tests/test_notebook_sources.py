"""Every notebook is paired with its text source and in step with it (CONTRIBUTING.md, "Editing a notebook")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from course_utils.instructor import notebook_sources as ns

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ns.text_sources(ROOT)
NOTEBOOKS = sorted(p for folder in ns.NOTEBOOK_DIRS for p in (ROOT / folder).glob("[0-9][0-9]_*.ipynb"))


def test_every_notebook_has_a_text_source_and_back():
    assert SOURCES and NOTEBOOKS
    assert sorted(ns.notebook_path(s) for s in SOURCES) == NOTEBOOKS, \
        "each notebooks/NN_topic.ipynb needs notebooks/source/NN_topic.py and the reverse (CONTRIBUTING.md)"


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_notebook_is_in_step_with_its_text_source(source):
    problems = ns.out_of_sync([source])
    assert not problems, problems[0]


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_text_source_is_what_jupytext_writes(source):
    """The .py reads back into the same cells: nothing in it is lost or reformatted by a round trip."""
    expected = ns.render_source(ns.notebook_path(source))
    assert source.read_text(encoding="utf-8") == expected, \
        f"{source.relative_to(ROOT)} is not in jupytext's canonical form: run `{ns.SYNC_COMMAND}` then " \
        f"`{ns.REVERSE_COMMAND} {ns.notebook_path(source).relative_to(ROOT)}`"


def _pair(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "notebooks"
    (folder / "source").mkdir(parents=True)
    source = folder / "source" / "01_demo.py"
    source.write_text(text, encoding="utf-8")
    ns.sync([source])
    return source


DEMO = '''# %% [markdown] slideshow={"slide_type": "slide"}
# # 01 · Demo
#
# First sentence. Second sentence.

# %% slideshow={"slide_type": "skip"}
import numpy as np

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Section
#
# Exercise 1: compute the mean.

# %% slideshow={"slide_type": ""} tags=["exercise"]
# Hint: use np.mean
### BEGIN SOLUTION
answer = np.mean([1, 2, 3])
### END SOLUTION

# %% slideshow={"slide_type": "notes"}
# speaker notes
'''


def test_round_trip_keeps_cells_and_metadata(tmp_path):
    source = _pair(tmp_path, DEMO)
    nb = nbformat.read(ns.notebook_path(source), as_version=4)
    assert [c.cell_type for c in nb.cells] == ["markdown", "code", "markdown", "code", "code"]
    assert [c.metadata["slideshow"]["slide_type"] for c in nb.cells] == ["slide", "skip", "subslide", "", "notes"]
    assert nb.cells[3].metadata["tags"] == ["exercise"] and "### BEGIN SOLUTION" in nb.cells[3].source
    assert all(c.get("outputs", []) == [] for c in nb.cells) and nb.metadata["kernelspec"]["name"] == "python3"
    assert ns.render_source(ns.notebook_path(source)) == DEMO


def test_inserting_a_cell_keeps_every_other_id_and_new_ids_are_deterministic(tmp_path):
    source = _pair(tmp_path, DEMO)
    notebook = ns.notebook_path(source)
    before = [c.id for c in nbformat.read(notebook, as_version=4).cells]
    inserted = DEMO.replace("# %% [markdown] slideshow={\"slide_type\": \"subslide\"}\n# ## Section",
                            "# %% [markdown] slideshow={\"slide_type\": \"\"}\n# A new cell.\n\n"
                            "# %% [markdown] slideshow={\"slide_type\": \"subslide\"}\n# ## Section")
    source.write_text(inserted, encoding="utf-8")
    ns.sync([source])
    after = [c.id for c in nbformat.read(notebook, as_version=4).cells]
    assert after[:2] == before[:2] and after[3:] == before[2:] and after[2] not in before
    twin = _pair(tmp_path / "twin", inserted)  # same text from scratch, elsewhere: same new id
    assert [c.id for c in nbformat.read(ns.notebook_path(twin), as_version=4).cells][2] == \
        ns._new_id(nbformat.read(notebook, as_version=4).cells[2], set(), "01_demo")


def test_one_sentence_edit_gives_a_one_line_diff(tmp_path):
    source = _pair(tmp_path, DEMO)
    notebook = ns.notebook_path(source)
    old_nb, old_py = notebook.read_text().splitlines(), source.read_text().splitlines()
    source.write_text(DEMO.replace("Second sentence.", "Second, clearer sentence."), encoding="utf-8")
    ns.sync([source])
    changed_py = [a for a, b in zip(old_py, source.read_text().splitlines()) if a != b]
    new_nb = notebook.read_text().splitlines()
    changed_nb = [a for a, b in zip(old_nb, new_nb) if a != b]
    assert len(changed_py) == 1 and len(changed_nb) == 1 and len(new_nb) == len(old_nb)


def test_out_of_sync_names_the_notebook_and_the_command(tmp_path):
    source = _pair(tmp_path, DEMO)
    assert ns.out_of_sync([source]) == []
    source.write_text(DEMO.replace("First sentence.", "Changed."), encoding="utf-8")
    (problem,) = ns.out_of_sync([source])
    assert "01_demo.ipynb" in problem and "01_demo.py" in problem and ns.SYNC_COMMAND in problem
    ns.notebook_path(source).unlink()
    assert "is missing" in ns.out_of_sync([source])[0]


def test_editing_the_ipynb_then_from_ipynb_updates_the_source(tmp_path):
    source = _pair(tmp_path, DEMO)
    notebook = ns.notebook_path(source)
    nb = nbformat.read(notebook, as_version=4)
    nb.cells[0].source = nb.cells[0].source.replace("First sentence.", "Edited in JupyterLab.")
    nb.cells[1].outputs = [nbformat.v4.new_output("stream", name="stdout", text="saved output\n")]
    nbformat.write(nb, notebook)
    ns.from_ipynb([notebook])
    assert "# Edited in JupyterLab." in source.read_text() and ns.out_of_sync([source]) == []
    assert nbformat.read(notebook, as_version=4).cells[1].outputs == []  # outputs are dropped


def test_source_outside_a_source_folder_is_refused(tmp_path):
    with pytest.raises(ValueError, match="source/"):
        ns.notebook_path(tmp_path / "01_demo.py")


def test_command_line_check_passes_on_the_repository():
    result = subprocess.run([sys.executable, "-m", "course_utils.instructor.notebook_sources", "sync", "--check"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_jupyterlab_saves_both_files_with_the_repository_configuration(tmp_path):
    """JupyterLab's contents manager (jupytext's, configured in pyproject.toml) writes the pair on every save,
    in the same form as `sync`, and opens the .ipynb with edits made to the text source."""
    import asyncio
    import os
    import shutil
    import time

    pytest.importorskip("jupyter_server")
    from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager
    from jupytext.async_contentsmanager import build_async_jupytext_contents_manager_class

    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    source = _pair(tmp_path, DEMO)
    manager = build_async_jupytext_contents_manager_class(AsyncLargeFileManager)(root_dir=str(tmp_path))

    async def edit_both_ways() -> str:
        model = await manager.get("notebooks/01_demo.ipynb")
        model["content"].cells[0].source = model["content"].cells[0].source.replace("First", "Saved")
        await manager.save({"type": "notebook", "content": model["content"]}, "notebooks/01_demo.ipynb")
        assert source.read_text() == DEMO.replace("First", "Saved")
        source.write_text(DEMO.replace("First", "Typed"))
        later = time.time() + 5
        os.utime(source, (later, later))
        reopened = await manager.get("notebooks/01_demo.ipynb")
        return reopened["content"].cells[0].source

    assert "Typed sentence." in asyncio.run(edit_both_ways())
