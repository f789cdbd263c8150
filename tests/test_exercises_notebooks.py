"""How exercises sit in the notebooks, and what the student edition leaves of them (CONTRIBUTING.md, "Exercises").

For every notebook (and the template): each answer cell has starter code with ``____`` and one solution block;
the task comes just before it and ``exercise_k.check()`` just after; the exercise object's worked solution is the
notebook's solution; answer names are new (no earlier cell uses them); and the committed student edition holds
no solution line.
"""

from __future__ import annotations

import ast
import importlib
import json
import re
import textwrap
from pathlib import Path

import pytest

from course_utils.exercises import Exercise
from course_utils.instructor import student

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")) + [ROOT / "templates" / "99_template.ipynb"]
STUDENT = ROOT / "student"


def _cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def _src(cell: dict) -> str:
    return "".join(cell["source"])


def _module(path: Path):
    return importlib.import_module(f"course_utils.exercises.{path.stem.split('_', 1)[1]}")


def _answer_cells(path: Path) -> list[int]:
    return [i for i, c in enumerate(_cells(path)) if c["cell_type"] == "code" and student.BEGIN in _src(c)]


def _assigned_names(code: str) -> set[str]:
    """Names a piece of code assigns (assignments, for loops, def, import, with ... as), at any depth."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return set()
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    return names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_answer_cells_have_a_task_a_starter_and_a_check(path):
    cells = _cells(path)
    answer_cells = _answer_cells(path)
    minimum = 1 if path.name.startswith("00_") else 2
    assert len(answer_cells) >= minimum, f"{path.name}: needs at least {minimum} exercises; CONTRIBUTING.md"
    module = _module(path)
    for number, i in enumerate(answer_cells, start=1):
        source = _src(cells[i])
        assert source.count(student.BEGIN) == 1 and source.count(student.END) == 1, f"{path.name} cell {i}"
        starter = student.strip_solutions(source)
        assert "____" in starter, f"{path.name} cell {i}: the starter code needs a `____` to replace"
        assert re.search(rf"^#+ Exercise {number}\b", _src(cells[i - 1]), re.M), \
            f"{path.name} cell {i}: the task cell '### Exercise {number}: ...' must come just before the answer"
        assert re.match(rf"exercise_{number}\.check\(\)", _src(cells[i + 1])), \
            f"{path.name} cell {i}: the next cell must start with exercise_{number}.check()"
        exercise = getattr(module, f"exercise_{number}", None)
        assert isinstance(exercise, Exercise), f"{module.__name__} has no exercise_{number}"
        assert exercise.label == f"exercise_{number}"
        block = textwrap.dedent(student.solution_blocks(source)[0]).strip()
        assert block == exercise.solution_code.strip(), \
            f"{path.name} exercise {number}: the notebook's solution and {module.__name__}'s solution_code differ"
    assert not hasattr(module, f"exercise_{len(answer_cells) + 1}"), f"{module.__name__} has unused exercises"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_answer_names_are_new(path):
    """An answer name no earlier cell assigns: an untouched exercise never reports an earlier cell's value."""
    cells = _cells(path)
    module = _module(path)
    for number, i in enumerate(_answer_cells(path), start=1):
        earlier = set().union(*(_assigned_names(_src(c)) for c in cells[:i] if c["cell_type"] == "code"))
        reused = set(getattr(module, f"exercise_{number}").answers) & earlier
        assert not reused, f"{path.name} exercise {number}: {sorted(reused)} already set by an earlier cell"


@pytest.mark.parametrize("path", NOTEBOOKS[:-1], ids=lambda p: p.name)
def test_student_edition_holds_no_solution(path):
    """No line of a solution block appears in the student edition (unless the notebook shows it elsewhere)."""
    cells = _cells(path)
    outside = "\n".join(student.strip_solutions(_src(c)) for c in cells if c["cell_type"] == "code")
    outside += "\n".join(_src(c) for c in cells if c["cell_type"] == "markdown")
    edition = "\n".join(_src(c) for c in _cells(STUDENT / path.name))
    for i in _answer_cells(path):
        for line in student.solution_blocks(_src(cells[i]))[0].split("\n"):
            line = line.strip()
            if len(line) < 8 or line.startswith("#") or line in outside:
                continue
            assert line not in edition, f"student/{path.name} shows the solution line {line!r}"
