"""Write course notebooks from Python: cells with slideshow metadata, stored without outputs.

Authors (instructors, course developers) use it like this::

    from course_utils.authoring import title_cell, md, code, write_notebook
    cells = [
        title_cell("03", "The perceptron", "One artificial neuron raises a blood-count alert.",
                   minutes=60, hook="...", objectives=["...", "..."], prerequisites=["01", "02"]),
        setup_cell(),
        md("## 1. The biological neuron ..."),
        code("x = 1"),
    ]
    write_notebook("notebooks/03_perceptron.ipynb", cells)

Slide types: ``slide`` (new slide), ``subslide``, ``fragment`` (appears on the same slide), ``-``
(continues the current slide), ``skip`` (not shown when presenting: plumbing), ``notes`` (speaker notes).
"Continue the slide" is shown as "-" in JupyterLab but stored as ``""`` (JupyterLab 4's own value): the
presenting extension (jupyterlab-slideshow) hides cells whose type is the literal "-".
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

SLIDE_TYPES = ("slide", "subslide", "fragment", "-", "", "skip", "notes")
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def _source(text: str) -> list[str]:
    text = text.strip("\n")
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + [lines[-1]]


def _meta(slide: str, extra: dict[str, Any] | None) -> dict[str, Any]:
    if slide not in SLIDE_TYPES:
        raise ValueError(f"slide must be one of {SLIDE_TYPES}, got {slide!r}.")
    meta: dict[str, Any] = {"slideshow": {"slide_type": "" if slide == "-" else slide}}
    if extra:
        meta.update(extra)
    return meta


def md(text: str, slide: str = "slide", **meta: Any) -> dict[str, Any]:
    """A markdown cell (default: starts a new slide)."""
    return {"cell_type": "markdown", "metadata": _meta(slide, meta), "source": _source(text)}


def code(text: str, slide: str = "-", tags: Sequence[str] = (), **meta: Any) -> dict[str, Any]:
    """A code cell without outputs (default: continues the current slide). ``tags`` e.g. ``["exercise"]``."""
    extra = dict(meta)
    if tags:
        extra["tags"] = list(tags)
    return {"cell_type": "code", "execution_count": None, "metadata": _meta(slide, extra), "outputs": [],
            "source": _source(text)}


def title_cell(number: str, title: str, description: str, minutes: int, hook: str,
               objectives: Sequence[str], prerequisites: Sequence[str] = ()) -> dict[str, Any]:
    """The machine-readable title cell that every notebook starts with (parsed by :mod:`course_utils.catalog`).

    Args:
        number: two digits, e.g. ``"03"``.
        title: e.g. ``"The perceptron"``.
        description: one line, shown in the README's table of contents.
        minutes: estimated study time.
        hook: two or three sentences on why a clinician would care.
        objectives: 3-5 learning objectives.
        prerequisites: numbers of earlier notebooks.
    """
    if not (len(number) == 2 and number.isdigit()):
        raise ValueError(f"number must be two digits such as '03', got {number!r}.")
    prereq = ", ".join(prerequisites) if prerequisites else "none"
    goals = "\n".join(f"- {o}" for o in objectives)
    text = (
        f"# {number} · {title}\n\n"
        f"> {description}\n\n"
        f"**Estimated time:** {minutes} min · **Prerequisites:** {prereq}\n\n"
        f"{hook}\n\n"
        f"**By the end of this notebook you will be able to:**\n{goals}\n\n"
        "*For learning only: nothing in this course is a medical device or fit for clinical decisions.*"
    )
    return md(text, slide="slide")


def setup_cell(extra_imports: str = "") -> dict[str, Any]:
    """The standard setup cell: imports, then ``course_utils.setup()`` (seeds, style, one-line summary).

    ``extra_imports`` (one import statement per line) are merged with the standard ones and sorted the way
    ruff/isort expects: standard library, then third-party packages, then ``course_utils``.
    """
    lines = {"import matplotlib.pyplot as plt", "import numpy as np", "import course_utils",
             "from course_utils import checks, plotting, widgets"}
    lines |= {line.strip() for line in extra_imports.splitlines() if line.strip()}
    groups: dict[int, list[str]] = {0: [], 1: [], 2: []}
    for line in lines:
        if not line.startswith(("import ", "from ")):
            raise ValueError(f"extra_imports must hold import statements only, got {line!r}.")
        root = line.split()[1].split(".")[0]
        group = 2 if root == "course_utils" else 0 if root in sys.stdlib_module_names else 1
        groups[group].append(line)

    def order(line: str) -> tuple[int, str]:  # isort: plain imports first, then from-imports, by module
        return (line.startswith("from "), line.split()[1].lower())

    def merged(group: list[str]) -> list[str]:  # "from m import a" + "from m import b" -> "from m import a, b"
        plain = [line for line in group if line.startswith("import ")]
        names: dict[str, set[str]] = {}
        for line in group:
            if line.startswith("from "):
                module, imported = line[5:].split(" import ", 1)
                names.setdefault(module, set()).update(n.strip() for n in imported.split(","))
        return plain + [f"from {m} import {', '.join(sorted(n, key=str.lower))}" for m, n in names.items()]

    blocks = ["\n".join(sorted(merged(g), key=order)) for g in groups.values() if g]
    return code("\n\n".join(blocks) + "\n\ncourse_utils.setup()", slide="skip")


def notebook(cells: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """A notebook dictionary (nbformat 4.5) holding ``cells``, with cell ids and the Python 3 kernel."""
    out_cells = []
    for i, cell in enumerate(cells):
        cell = dict(cell)
        cell["id"] = f"c{i:03d}"
        out_cells.append(cell)
    return {
        "cells": out_cells,
        "metadata": {"kernelspec": KERNELSPEC,
                     "language_info": {"name": "python", "pygments_lexer": "ipython3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def write_notebook(path: str | Path, cells: Sequence[dict[str, Any]]) -> Path:
    """Write ``cells`` as a notebook file (one JSON format for every notebook: small, reviewable diffs)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(notebook(cells), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
