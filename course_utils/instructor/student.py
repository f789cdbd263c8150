"""Generate the student edition of the notebooks: ``python -m course_utils.instructor.student notebooks/ student/``.

In every code cell, each block::

    # Hint: use df["bmi"].mean()
    ### BEGIN SOLUTION
    mean_bmi = df["bmi"].mean()
    ### END SOLUTION

becomes::

    # Hint: use df["bmi"].mean()
    # YOUR CODE HERE
    raise NotImplementedError("Exercise: use df[\"bmi\"].mean()")

Everything else (markdown, other code, metadata) is copied unchanged, and outputs are removed.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from pathlib import Path
from typing import Any

BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
_HINT = re.compile(r"^\s*# Hint:\s*(.+)$")


class SolutionMarkerError(ValueError):
    """A ``### BEGIN SOLUTION`` without its ``### END SOLUTION`` (or the reverse)."""


def strip_solutions(source: str, where: str = "cell") -> str:
    """Replace each solution block of ``source`` by a placeholder raising ``NotImplementedError``.

    The placeholder keeps the block's indentation and repeats the ``# Hint:`` line just above it.
    """
    lines = source.split("\n")
    out: list[str] = []
    inside = False
    hint = "replace this line with your code (see the task above)"
    indent = ""
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped == BEGIN:
            if inside:
                raise SolutionMarkerError(f"{where}, line {number}: {BEGIN} inside another solution block.")
            inside = True
            indent = line[: len(line) - len(line.lstrip())]
            previous = out[-1] if out else ""
            match = _HINT.match(previous)
            hint = match.group(1).strip() if match else "replace this line with your code (see the task above)"
            out.append(f"{indent}# YOUR CODE HERE")
            out.append(f"{indent}raise NotImplementedError({json.dumps('Exercise: ' + hint, ensure_ascii=False)})")
        elif stripped == END:
            if not inside:
                raise SolutionMarkerError(f"{where}, line {number}: {END} without {BEGIN}.")
            inside = False
        elif not inside:
            out.append(line)
    if inside:
        raise SolutionMarkerError(f"{where}: {BEGIN} without {END}.")
    return "\n".join(out)


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
        out.write_text(json.dumps(student_notebook(nb, where=path.name), indent=1, ensure_ascii=False) + "\n",
                       encoding="utf-8")
        written.append(out)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m course_utils.instructor.student NOTEBOOKS_DIR STUDENT_DIR")
    for written_path in make_student_edition(sys.argv[1], sys.argv[2]):
        print(f"wrote {written_path}")
