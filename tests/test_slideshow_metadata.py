"""Every notebook can be presented live as slides: each cell carries slideshow metadata.

- every cell has ``metadata.slideshow.slide_type`` in slide, subslide, fragment, skip, notes, or the
  continuation type ("-", stored as ``""``: see below);
- the first cell (the title) starts a ``slide``;
- the setup cell (the code cell that calls ``course_utils.setup()``) is ``skip`` (plumbing, not shown);
- the main widget's cell (``LiveFigure(..., main=True)``) is shown when presenting (not skip/notes).

The continuation type ("this cell continues the current slide", shown as "-" in JupyterLab's property
inspector) is stored as ``""``, JupyterLab 4's own value for it. Measured in the browser (tests/browser): the
presenting extension, jupyterlab-slideshow 0.3.4, hides every cell whose slide_type is the literal string "-"
(classic Notebook/RISE spelling), so a widget cell marked "-" would never appear on a slide; with ``""`` it
appears and works. ``jupyter nbconvert --to slides`` treats ``""`` and ``"-"`` alike.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[!.]*.ipynb")) + [ROOT / "templates" / "99_template.ipynb"]
CONTINUATION = ""
ALLOWED = ("slide", "subslide", "fragment", CONTINUATION, "skip", "notes")


def slide_types(cells: list[dict]) -> list[object]:
    """The slide type of each cell (None where the metadata is missing)."""
    return [(cell.get("metadata", {}).get("slideshow") or {}).get("slide_type") for cell in cells]


def slideshow_problems(nb: dict) -> list[str]:
    """Everything wrong with a notebook's slideshow metadata, as messages (empty list: fine)."""
    cells = nb.get("cells", [])
    if not cells:
        return ["the notebook has no cells"]
    types = slide_types(cells)
    problems = []
    for i, (cell, kind) in enumerate(zip(cells, types, strict=True)):
        first_line = "".join(cell.get("source", [])).strip().split("\n")[0][:60]
        if kind == "-":
            continue  # reported once below
        if kind not in ALLOWED:
            problems.append(f"cell {i} ({first_line!r}): slide_type {kind!r} is not one of {ALLOWED} "
                            "(set it on the cell's '# %%' line in notebooks/source/; see CONTRIBUTING.md, 'Slides')")
    dashes = [i for i, kind in enumerate(types) if kind == "-"]
    if dashes:
        problems.append(
            f"{len(dashes)} cell(s) have slide_type '-' (cells {dashes[:12]}{' ...' if len(dashes) > 12 else ''}): "
            "the presenting extension (jupyterlab-slideshow) hides them; store the continuation type as '' "
            "(JupyterLab 4's value for '-'): write slide_type \"\" on the cell's '# %%' line "
            "(CONTRIBUTING.md, 'Slides')")
    if types[0] != "slide":
        problems.append(f"the first cell (title) must be a 'slide', got {types[0]!r}")
    setup = [i for i, cell in enumerate(cells)
             if cell.get("cell_type") == "code" and "course_utils.setup(" in "".join(cell.get("source", []))]
    if not setup:
        problems.append("no setup cell (a code cell calling course_utils.setup()) was found")
    problems += [f"the setup cell {i} must be 'skip' (plumbing), got {types[i]!r}" for i in setup
                 if types[i] != "skip"]
    for i, cell in enumerate(cells):
        source = "".join(cell.get("source", []))
        if cell.get("cell_type") == "code" and "main=True" in source and types[i] in ("skip", "notes"):
            problems.append(f"cell {i} holds the main widget (main=True) but is {types[i]!r}: "
                            "it would not be shown when presenting")
    return problems


@pytest.mark.parametrize("nb_path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_slideshow_metadata(nb_path: Path) -> None:
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    problems = slideshow_problems(nb)
    if problems:
        pytest.fail(f"{nb_path.name}:\n- " + "\n- ".join(problems), pytrace=False)


def _cell(kind: str, source: str, slide: object = "slide") -> dict:
    meta = {} if slide is None else {"slideshow": {"slide_type": slide}}
    return {"cell_type": kind, "source": [source], "metadata": meta}


def test_checker_accepts_a_good_notebook() -> None:
    nb = {"cells": [_cell("markdown", "# 00 · Title"), _cell("code", "course_utils.setup()", "skip"),
                    _cell("code", "live = widgets.LiveFigure(fig, f, main=True)", CONTINUATION),
                    _cell("markdown", "more", "fragment"), _cell("markdown", "say this", "notes")]}
    assert slideshow_problems(nb) == []


def test_checker_finds_each_problem() -> None:
    nb = {"cells": [_cell("markdown", "# 00 · Title", "subslide"), _cell("code", "course_utils.setup()", "-"),
                    _cell("code", "x = 1", None), _cell("code", "LiveFigure(fig, f, main=True)", "skip"),
                    _cell("markdown", "oops", "slides")]}
    text = "\n".join(slideshow_problems(nb))
    for expected in ("first cell", "setup cell 1", "cell 2", "main widget", "'slides'", "slide_type '-'"):
        assert expected in text, (expected, text)
    assert "no setup cell" in "\n".join(slideshow_problems({"cells": [_cell("markdown", "# t")]}))
    assert slideshow_problems({"cells": []}) == ["the notebook has no cells"]
