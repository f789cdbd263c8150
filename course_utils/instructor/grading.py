"""Grade students' notebooks with nbgrader, the Jupyter ecosystem's grading tool.

Every exercise's answer cell is an nbgrader *solution* cell and its check cell (``exercise_k.check()``) an
*autograded test* cell worth one point: it passes when the check passes. An exercise left at ``____`` passes in a
student's *Run All* (the check only says "not attempted yet"), but fails while nbgrader grades, because nbgrader
sets ``NBGRADER_EXECUTION`` (see :func:`course_utils.exercises.core.grading_mode`).

Commands (``pip install -e ".[grading]"`` first)::

    python -m course_utils.instructor.grading init COURSE_DIR 01_ml_basics 03_perceptron
        # an nbgrader course folder: nbgrader_config.py and source/<notebook>/<notebook>.ipynb
    cd COURSE_DIR && nbgrader generate_assignment 01_ml_basics   # release/: the student edition
    # collect each student's notebook as submitted/<student>/01_ml_basics/01_ml_basics.ipynb, then
    nbgrader autograde 01_ml_basics
    python -m course_utils.instructor.grading table COURSE_DIR 01_ml_basics [--csv results.csv]
        # one row per student, one column per exercise: 1 passed, 0 not yet

    python -m course_utils.instructor.grading mark notebooks/source/NN_topic.py   # authors: add the metadata
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from course_utils.instructor.student import BEGIN, CODE_STUB

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
_CHECK = re.compile(r"^(exercise_\d+)\.check\(\)", re.M)

CONFIG = f'''# nbgrader configuration for the course's notebooks (written by course_utils.instructor.grading init).
c = get_config()  # noqa: F821
c.CourseDirectory.root = "."
# The solution block goes; the starter code above it (with ____) stays, as in the course's student edition.
c.ClearSolutions.code_stub = {{"python": {CODE_STUB!r}}}
# Some notebooks train small networks: give each cell time on a slow machine.
c.Execute.timeout = 600
'''


def solution_metadata(exercise: str) -> dict[str, Any]:
    """nbgrader metadata of an answer cell (a solution cell, not graded itself)."""
    return {"grade": False, "grade_id": exercise, "locked": False, "schema_version": 3, "solution": True,
            "task": False}


def check_metadata(exercise: str) -> dict[str, Any]:
    """nbgrader metadata of a check cell (an autograded test worth one point, locked)."""
    return {"grade": True, "grade_id": f"{exercise}_check", "locked": True, "points": 1, "schema_version": 3,
            "solution": False, "task": False}


def expected_metadata(cells: Sequence[Any]) -> list[dict[str, Any] | None]:
    """For each cell, the nbgrader metadata it must carry (None: none). Works on nbformat cells."""
    wanted: list[dict[str, Any] | None] = [None] * len(cells)
    number = 0
    for i, cell in enumerate(cells):
        if cell.cell_type == "code" and BEGIN in cell.source:
            number += 1
            wanted[i] = solution_metadata(f"exercise_{number}")
        elif cell.cell_type == "code" and (match := _CHECK.match(cell.source)):
            wanted[i] = check_metadata(match.group(1))
    return wanted


def mark(source: str | Path) -> bool:
    """Set the nbgrader metadata of a text source's answer and check cells; True if the file changed."""
    import jupytext

    source = Path(source)
    nb = jupytext.read(source, fmt="py:percent")
    for cell, metadata in zip(nb.cells, expected_metadata(nb.cells)):
        if metadata is None:
            cell.metadata.pop("nbgrader", None)
        else:
            cell.metadata["nbgrader"] = metadata
        cell.metadata = type(cell.metadata)(sorted(cell.metadata.items()))  # the order the .ipynb stores
    nb.metadata = {"jupytext": {"notebook_metadata_filter": "-all"}}
    text = jupytext.writes(nb, fmt="py:percent")
    if text == source.read_text(encoding="utf-8"):
        return False
    source.write_text(text, encoding="utf-8")
    return True


def init(course_dir: str | Path, notebooks: Sequence[str], lang: str = "en") -> list[Path]:
    """Create (or update) an nbgrader course folder with one assignment per notebook; return the files written.

    ``lang="fr"``: the French notebooks (``notebooks/fr/``), whose checks speak French (same exercises, same grading
    metadata, so the same table)."""
    course_dir = Path(course_dir)
    if lang not in ("en", "fr"):
        raise SystemExit(f"--lang must be en or fr, got {lang!r}.")
    folder = NOTEBOOKS / "fr" if lang == "fr" else NOTEBOOKS
    available = sorted(p.stem for p in folder.glob("[0-9][0-9]_*.ipynb"))
    unknown = [name for name in notebooks if name.removesuffix(".ipynb") not in available]
    if not notebooks or unknown:
        raise SystemExit(f"Name the notebooks to grade, among: {', '.join(available)}"
                         + (f" (unknown: {', '.join(unknown)})" if unknown else ""))
    course_dir.mkdir(parents=True, exist_ok=True)
    config = course_dir / "nbgrader_config.py"
    config.write_text(CONFIG, encoding="utf-8")
    written = [config]
    for name in (n.removesuffix(".ipynb") for n in notebooks):
        target = course_dir / "source" / name / f"{name}.ipynb"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(folder / f"{name}.ipynb", target)
        written.append(target)
    return written


def results(course_dir: str | Path, assignment: str) -> Any:
    """A table (pandas DataFrame): one row per student, one column per exercise, 1 if its check passed, else 0."""
    import pandas as pd
    from nbgrader.api import Gradebook, MissingEntry

    course_dir = Path(course_dir).resolve()
    rows = {}
    with Gradebook(f"sqlite:///{course_dir / 'gradebook.db'}") as gradebook:
        try:
            gradebook.find_assignment(assignment)
        except MissingEntry:
            raise SystemExit(f"No assignment {assignment!r} in {course_dir}: run `nbgrader generate_assignment "
                             f"{assignment}` and `nbgrader autograde {assignment}` there first.") from None
        for student in gradebook.students:
            try:
                submission = gradebook.find_submission(assignment, student.id)
            except MissingEntry:
                continue
            row = {}
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    exercise = grade.name.removesuffix("_check")
                    row[exercise] = int(grade.score == grade.max_score)
            rows[student.id] = row
    table = pd.DataFrame.from_dict(rows, orient="index").sort_index()
    table = table[sorted(table.columns, key=lambda name: int(name.rsplit("_", 1)[1]))] if len(table) else table
    table.index.name = "student"
    if len(table):
        table["passed"] = table.sum(axis=1)
    return table


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m course_utils.instructor.grading",
                                     description="Grade the course's exercises with nbgrader.")
    commands = parser.add_subparsers(dest="command", required=True)
    init_parser = commands.add_parser("init", help="create an nbgrader course folder")
    init_parser.add_argument("course_dir", type=Path)
    init_parser.add_argument("notebooks", nargs="+", help="e.g. 01_ml_basics 03_perceptron")
    init_parser.add_argument("--lang", default="en", choices=("en", "fr"),
                             help="grade the English (default) or the French notebooks")
    table_parser = commands.add_parser("table", help="which exercises each student passed (after autograde)")
    table_parser.add_argument("course_dir", type=Path)
    table_parser.add_argument("assignment")
    table_parser.add_argument("--csv", type=Path, help="also write the table to this CSV file")
    mark_parser = commands.add_parser("mark", help="authors: set the nbgrader metadata of text sources")
    mark_parser.add_argument("sources", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "init":
        for path in init(args.course_dir, args.notebooks, lang=args.lang):
            print(f"wrote {path}")
        print(f"next: cd {args.course_dir} && nbgrader generate_assignment {args.notebooks[0]}")
    elif args.command == "table":
        table = results(args.course_dir, args.assignment)
        print(table.to_string() if len(table) else "no graded submissions yet: run `nbgrader autograde` first")
        if args.csv:
            table.to_csv(args.csv)
    else:
        for source in args.sources:
            print(f"{'marked' if mark(source) else 'unchanged'} {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
