"""Keep every notebook and its text source in step.

Each course notebook ``notebooks/NN_topic.ipynb`` has a text source ``notebooks/source/NN_topic.py`` in
jupytext's *percent* format: a plain Python file in which ``# %%`` starts a code cell and
``# %% [markdown]`` a markdown cell, with the cell's slideshow metadata on the same line. The text source
is what people edit and review; the ``.ipynb`` (what JupyterLab, Binder, Colab and GitHub open) is
regenerated from it::

    python -m course_utils.instructor.notebook_sources sync           # every .py -> its .ipynb
    python -m course_utils.instructor.notebook_sources sync --check   # exit 1 naming each pair out of step
    python -m course_utils.instructor.notebook_sources from-ipynb notebooks/03_perceptron.ipynb
                                                                     # you edited the .ipynb: .ipynb -> .py

``sync`` also writes the student edition of each course notebook, ``student/NN_topic.ipynb`` (solutions removed,
see :mod:`course_utils.instructor.student`), which is committed so that Binder, Colab and a plain clone open it.

The written ``.ipynb`` has no outputs, the course's kernel metadata, and stable cell ids: a cell keeps its id
when others are inserted, removed or edited around it; a new cell gets an id derived from its text (the same
on every machine). With jupytext installed (``pip install -e ".[author]"``), JupyterLab keeps both files in
step on every save (the pairing is configured in ``pyproject.toml``, ``[tool.jupytext]``); run ``sync``
before committing all the same, to drop the outputs JupyterLab saved.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
#: Folders whose notebooks are paired with a text source in their ``source/`` sub-folder.
NOTEBOOK_DIRS = ("notebooks", "notebooks/fr", "templates")
SOURCE_DIR = "source"
TEXT_FORMAT = "py:percent"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
LANGUAGE_INFO = {"name": "python", "pygments_lexer": "ipython3"}
#: Where the student edition of each paired folder's notebooks goes.
STUDENT_DIRS = {"notebooks": "student", "notebooks/fr": "student/fr"}
SYNC_COMMAND = ".venv/bin/python -m course_utils.instructor.notebook_sources sync"
REVERSE_COMMAND = ".venv/bin/python -m course_utils.instructor.notebook_sources from-ipynb"


def source_path(notebook: str | Path) -> Path:
    """The text source paired with ``notebook``: ``dir/NN_topic.ipynb`` -> ``dir/source/NN_topic.py``."""
    notebook = Path(notebook)
    return notebook.parent / SOURCE_DIR / f"{notebook.stem}.py"


def notebook_path(source: str | Path) -> Path:
    """The notebook paired with a text source: ``dir/source/NN_topic.py`` -> ``dir/NN_topic.ipynb``."""
    source = Path(source)
    if source.parent.name != SOURCE_DIR:
        raise ValueError(f"{source} is not in a '{SOURCE_DIR}/' folder, so it has no paired notebook.")
    return source.parent.parent / f"{source.stem}.ipynb"


def text_sources(root: str | Path = ROOT) -> list[Path]:
    """Every text source of the course (English, French and the template), sorted."""
    root = Path(root)
    found: list[Path] = []
    for folder in NOTEBOOK_DIRS:
        found += sorted((root / folder / SOURCE_DIR).glob("*.py"))
    return found


def _new_id(cell: Any, taken: set[str], salt: str) -> str:
    """An id made from the cell's text (deterministic), unique within the notebook."""
    digest = hashlib.sha1(f"{salt}\n{cell.cell_type}\n{cell.source}".encode()).hexdigest()
    for start in range(0, len(digest) - 8):
        candidate = digest[start:start + 8]
        if candidate not in taken:
            return candidate
    raise RuntimeError("could not find a free cell id")  # pragma: no cover - 33 candidates


def _similarity(a: Any, b: Any) -> float:
    if a.cell_type != b.cell_type:
        return 0.0
    return difflib.SequenceMatcher(None, a.source, b.source, autojunk=False).ratio()


def carry_ids(new_cells: Sequence[Any], old_cells: Sequence[Any], salt: str) -> None:
    """Give ``new_cells`` the ids of the ``old_cells`` they come from; new cells get text-derived ids.

    Unchanged cells are matched in order (like ``diff``); an edited cell keeps the id of the most similar old
    cell in the same changed stretch (at least half its text in common).
    """
    old_keys = [(c.cell_type, c.source) for c in old_cells]
    new_keys = [(c.cell_type, c.source) for c in new_cells]
    ids: list[str | None] = [None] * len(new_cells)
    matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for tag, o1, o2, n1, n2 in matcher.get_opcodes():
        if tag == "equal":
            for k in range(n2 - n1):
                ids[n1 + k] = old_cells[o1 + k].get("id")
        elif tag == "replace":
            free = list(range(o1, o2))
            for n in range(n1, n2):
                scores = [(_similarity(old_cells[o], new_cells[n]), o) for o in free]
                best = max(scores, default=(0.0, -1))
                if best[0] >= 0.5:
                    ids[n] = old_cells[best[1]].get("id")
                    free.remove(best[1])
    taken = {i for i in ids if i}
    for cell, cell_id in zip(new_cells, ids):
        if not cell_id:
            cell_id = _new_id(cell, taken, salt)
            taken.add(cell_id)
        cell["id"] = cell_id


def render_notebook(source: str | Path, previous: str | Path | None = None) -> str:
    """The ``.ipynb`` text for a text source: no outputs, course metadata, ids carried from ``previous``."""
    import jupytext
    import nbformat

    source = Path(source)
    nb = jupytext.read(source, fmt=TEXT_FORMAT)
    old_cells: list[Any] = []
    if previous is not None and Path(previous).exists():
        old_cells = nbformat.read(previous, as_version=4).cells
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    carry_ids(nb.cells, old_cells, salt=source.stem)
    nb.metadata = {"kernelspec": dict(KERNELSPEC), "language_info": dict(LANGUAGE_INFO)}
    nb.nbformat, nb.nbformat_minor = 4, 5
    nbformat.validate(nb)
    return nbformat.writes(nb) + "\n"


def student_path(notebook: str | Path) -> Path | None:
    """``student/NN_topic.ipynb`` for a course notebook, None for a notebook without a student edition."""
    notebook = Path(notebook).resolve()
    for folder, student_folder in STUDENT_DIRS.items():
        if notebook.parent == (ROOT / folder).resolve():
            return ROOT / student_folder / notebook.name
    return None


def render_student(notebook_text: str, where: str) -> str:
    """The student edition's ``.ipynb`` text for a notebook's text (as :func:`render_notebook` writes it)."""
    import json

    import nbformat

    from course_utils.instructor.student import student_notebook

    nb = nbformat.from_dict(student_notebook(json.loads(notebook_text), where=where))
    return nbformat.writes(nb) + "\n"


def _expected_files(source: Path) -> list[tuple[Path, str]]:
    """Each file ``sync`` writes for a text source, with its text: the notebook, then its student edition."""
    notebook = notebook_path(source)
    text = render_notebook(source, notebook)
    files = [(notebook, text)]
    student = student_path(notebook)
    if student is not None:
        files.append((student, render_student(text, where=notebook.name)))
    return files


def render_source(notebook: str | Path) -> str:
    """The text source (percent format, no notebook-level header) of a ``.ipynb``."""
    import jupytext

    nb = jupytext.read(notebook)
    nb.metadata = {"jupytext": {"notebook_metadata_filter": "-all"}}
    return jupytext.writes(nb, fmt=TEXT_FORMAT)


def out_of_sync(sources: Iterable[Path]) -> list[str]:
    """One message for each notebook (or student edition) that is missing or differs from what ``sync`` writes."""
    problems = []
    for source in sources:
        for path, expected in _expected_files(source):
            actual = path.read_text(encoding="utf-8") if path.exists() else None
            if actual != expected:
                what = "is missing" if actual is None else "differs from its text source"
                problems.append(
                    f"{_rel(path)} {what} {_rel(source)}. Edit the .py and run `{SYNC_COMMAND}`; "
                    f"if you edited the .ipynb instead, run `{REVERSE_COMMAND} {_rel(notebook_path(source))}`."
                )
    return problems


def _rel(path: str | Path) -> str:
    """``path`` relative to the repository (as the messages show it), else as given."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def sync(sources: Iterable[Path]) -> list[Path]:
    """Write the ``.ipynb`` (and student edition) of each text source where it differs; return the files written."""
    written = []
    for source in sources:
        for path, text in _expected_files(source):
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
                written.append(path)
    return written


def from_ipynb(notebooks: Iterable[Path]) -> list[Path]:
    """Rewrite the text source of each notebook from the ``.ipynb``, then the ``.ipynb`` itself (no outputs)."""
    written = []
    for notebook in notebooks:
        source = source_path(notebook)
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text(render_source(notebook), encoding="utf-8")
        written += [source, *sync([source])]
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``sync [--check] [SOURCE.py ...]`` or ``from-ipynb NOTEBOOK.ipynb ...``."""
    parser = argparse.ArgumentParser(prog="python -m course_utils.instructor.notebook_sources",
                                     description="Keep notebooks and their text sources in step.")
    commands = parser.add_subparsers(dest="command", required=True)
    sync_parser = commands.add_parser("sync", help="regenerate each .ipynb from its text source")
    sync_parser.add_argument("--check", action="store_true", help="only report pairs out of step (exit 1)")
    sync_parser.add_argument("sources", nargs="*", type=Path, help="text sources (default: all)")
    reverse = commands.add_parser("from-ipynb", help="rewrite text sources from edited .ipynb files")
    reverse.add_argument("notebooks", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "from-ipynb":
        for path in from_ipynb(args.notebooks):
            print(f"wrote {_rel(path)}")
        return 0
    sources = args.sources or text_sources()
    if args.check:
        problems = out_of_sync(sources)
        print("\n".join(problems) if problems else f"{len(sources)} notebooks in step with their text sources")
        return 1 if problems else 0
    written = sync(sources)
    print("\n".join(f"wrote {_rel(p)}" for p in written) or "nothing to do: every notebook is in step")
    return 0


if __name__ == "__main__":
    sys.exit(main())
