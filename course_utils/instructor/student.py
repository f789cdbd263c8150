"""Generate the student edition: ``python -m course_utils.instructor.student notebooks/ student/``.

An answer cell holds starter code, with ``____`` where the student writes, then the solution::

    prevalence = ____  # replace ____ with your code
    ### BEGIN SOLUTION
    prevalence = blood["alert"].mean()
    ### END SOLUTION

In the student edition the solution block is removed (nbgrader's ``generate_assignment`` does the same with
:data:`CODE_STUB`), so the cell keeps only its starter code, which runs: the check below then reports the exercise
as *not attempted yet* and *Run All* goes on. Everything else (markdown, other code, metadata) is copied
unchanged, and outputs are removed.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
CODE_STUB = ""
"""What replaces a solution block: nothing, since the starter code above it is what the student completes.
nbgrader's ``ClearSolutions.code_stub`` is set to the same (see :mod:`course_utils.instructor.grading`)."""


class SolutionMarkerError(ValueError):
    """A ``### BEGIN SOLUTION`` without its ``### END SOLUTION`` (or the reverse)."""


def strip_solutions(source: str, where: str = "cell") -> str:
    """Remove each solution block of ``source`` (markers included), keeping the starter code around it."""
    lines = source.split("\n")
    out: list[str] = []
    inside = False
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped == BEGIN:
            if inside:
                raise SolutionMarkerError(f"{where}, line {number}: {BEGIN} inside another solution block.")
            inside = True
            indent = line[: len(line) - len(line.lstrip())]
            out.extend(indent + stub for stub in CODE_STUB.split("\n") if stub)
        elif stripped == END:
            if not inside:
                raise SolutionMarkerError(f"{where}, line {number}: {END} without {BEGIN}.")
            inside = False
        elif not inside:
            out.append(line)
    if inside:
        raise SolutionMarkerError(f"{where}: {BEGIN} without {END}.")
    while out and not out[-1].strip():
        out.pop()
    return "\n".join(out)


def solution_blocks(source: str) -> list[str]:
    """The text of each solution block of ``source`` (without its markers)."""
    blocks, current = [], None
    for line in source.split("\n"):
        if line.strip() == BEGIN:
            current = []
        elif line.strip() == END and current is not None:
            blocks.append("\n".join(current))
            current = None
        elif current is not None:
            current.append(line)
    return blocks


def student_notebook(nb: dict[str, Any], where: str = "notebook") -> dict[str, Any]:
    """Return the student edition of a notebook dictionary (the input is not modified)."""
    nb = copy.deepcopy(nb)
    for index, cell in enumerate(nb.get("cells", [])):
        if cell.get("cell_type") != "code":
            continue
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if BEGIN in source or END in source:
            new = strip_solutions(source, where=f"{where}, cell {index}")
            lines = new.split("\n")
            cell["source"] = [line + "\n" for line in lines[:-1]] + [lines[-1]]
        cell["outputs"] = []
        cell["execution_count"] = None
    return nb


def make_student_edition(source_dir: str | Path, target_dir: str | Path) -> list[Path]:
    """Write the student edition of every ``*.ipynb`` of ``source_dir`` into ``target_dir``.

    Returns:
        The paths written.
    """
    source_dir, target_dir = Path(source_dir), Path(target_dir)
    if not source_dir.is_dir():
        raise FileNotFoundError(f"No folder {source_dir}: pass the folder holding the course notebooks.")
    if source_dir.resolve() == target_dir.resolve():
        raise ValueError("target_dir must differ from source_dir: the solutions would be overwritten.")
    paths = sorted(source_dir.glob("*.ipynb"))
    if not paths:
        raise FileNotFoundError(f"No .ipynb files in {source_dir}.")
    target_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for path in paths:
        nb = json.loads(path.read_text(encoding="utf-8"))
        out = target_dir / path.name
        text = json.dumps(student_notebook(nb, where=path.name), indent=1, sort_keys=True, ensure_ascii=False)
        out.write_text(text + "\n", encoding="utf-8")
        written.append(out)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m course_utils.instructor.student NOTEBOOKS_DIR STUDENT_DIR")
    for written_path in make_student_edition(sys.argv[1], sys.argv[2]):
        print(f"wrote {written_path}")
