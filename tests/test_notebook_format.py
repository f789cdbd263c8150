"""Structure of every course notebook and of the template (CONTRIBUTING.md, "Notebook anatomy"), without running it."""

import json
from pathlib import Path

import pytest

from course_utils.instructor import catalog

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "templates" / "99_template.ipynb"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")) + [TEMPLATE]


def _cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def _src(cell):
    return "".join(cell["source"])


def test_there_are_notebooks():
    assert NOTEBOOKS, "no notebooks found in notebooks/"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_stored_outputs(path):
    stored = [i for i, c in enumerate(_cells(path)) if c["cell_type"] == "code" and
              (c.get("outputs") or c.get("execution_count"))]
    assert not stored, f"{path.name}: cells {stored} were saved with outputs; clear them before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_anatomy(path):
    cells = _cells(path)
    info = catalog.read_header(path)
    assert 5 <= info.minutes <= 180
    assert "By the end of this notebook" in _src(cells[0])
    setup = [i for i, c in enumerate(cells) if c["cell_type"] == "code" and "course_utils.setup(" in _src(c)]
    colab = [i for i, c in enumerate(cells)
             if c["cell_type"] == "code" and 'if "google.colab" in sys.modules:' in _src(c)]
    assert setup and setup[0] - sum(i < setup[0] for i in colab) <= 2, \
        f"{path.name}: the setup cell (course_utils.setup()) must follow the title; CONTRIBUTING.md"
    assert any(c["cell_type"] == "markdown" and _src(c).lstrip().startswith("## Wrap-up") for c in cells), \
        f"{path.name}: needs a '## Wrap-up' cell with takeaways and self-test questions; CONTRIBUTING.md"
    assert any("<details>" in _src(c) for c in cells), f"{path.name}: self-test answers belong in <details>"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_has_a_main_live_widget(path):
    code = "\n".join(_src(c) for c in _cells(path) if c["cell_type"] == "code")
    assert code.count("main=True") == 1, \
        f"{path.name}: exactly one LiveFigure(..., main=True) per notebook; CONTRIBUTING.md"
    assert "LiveFigure(" in code


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_network_and_no_gpu_assumption(path):
    code = "\n".join(_src(c) for c in _cells(path) if c["cell_type"] == "code")
    for forbidden in ("urlretrieve(", "requests.get(", "pip install", ".cuda()", "download=True"):
        assert forbidden not in code, f"{path.name}: uses {forbidden!r}"


def test_readme_table_of_contents_is_up_to_date():
    assert catalog.update_readme(check=True), "README.md is out of date: run python -m course_utils.instructor.catalog"


def test_catalog_errors(tmp_path):
    bad = tmp_path / "03_x.ipynb"
    bad.write_text(json.dumps({"cells": [{"cell_type": "markdown", "source": ["# 03 · X\n"]}]}))
    with pytest.raises(ValueError, match="lacks"):
        catalog.read_header(bad)
    with pytest.raises(FileNotFoundError):
        catalog.read_header(tmp_path / "nope.ipynb")
    (tmp_path / "04_y.ipynb").write_text("not json")
    with pytest.raises(ValueError, match="not a valid notebook"):
        catalog.read_header(tmp_path / "04_y.ipynb")
    readme = tmp_path / "README.md"
    readme.write_text("no markers")
    with pytest.raises(ValueError, match="markers"):
        catalog.update_readme(readme, tmp_path)


def _title_notebook(path, number, title, description, minutes, prerequisites="none"):
    text = (f"# {number} · {title}\n\n> {description}\n\n"
            f"**Estimated time:** {minutes} min · **Prerequisites:** {prerequisites}\n\nHook.")
    path.write_text(json.dumps({"cells": [{"cell_type": "markdown", "metadata": {}, "source": text}]}))


def test_catalog_renders_and_updates(tmp_path):
    _title_notebook(tmp_path / "01_a.ipynb", "01", "Alpha", "One line.", 30)
    _title_notebook(tmp_path / "02_b.ipynb", "02", "Beta", "Two.", 45, "01")
    readme = tmp_path / "README.md"
    readme.write_text(f"intro\n{catalog.TOC_START}\nold\n{catalog.TOC_END}\nend\n")
    assert catalog.update_readme(readme, tmp_path) is False
    text = readme.read_text()
    assert "| 02 | [Beta](notebooks/02_b.ipynb) | Two. | 45 min |" in text and "**1 h 15**" in text
    assert catalog.update_readme(readme, tmp_path, check=True) is True
    _title_notebook(tmp_path / "03_c.ipynb", "04", "Mismatch", "x", 10)
    with pytest.raises(ValueError, match="file name"):
        catalog.notebooks(tmp_path)


def test_catalog_command_line_help_changes_nothing(capsys):
    with pytest.raises(SystemExit) as stop:
        catalog.main(["--help"])
    assert stop.value.code == 0 and "--check" in capsys.readouterr().out
