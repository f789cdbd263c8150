"""Grading with nbgrader: the notebooks' metadata, and one notebook graded end to end (a good and bad submissions)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from course_utils.instructor import grading

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")) + [ROOT / "templates" / "99_template.ipynb"]
BIN = Path(sys.executable).parent


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_answer_and_check_cells_carry_nbgrader_metadata(path):
    cells = nbformat.read(path, as_version=4).cells
    for i, (cell, wanted) in enumerate(zip(cells, grading.expected_metadata(cells))):
        assert cell.metadata.get("nbgrader") == wanted, (
            f"{path.name} cell {i}: nbgrader metadata missing or stale; run "
            f"`.venv/bin/python -m course_utils.instructor.grading mark {path.parent.name}/source/{path.stem}.py`")


def _nbgrader(course: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}  # nbgrader calls `alembic`
    result = subprocess.run([str(BIN / "nbgrader"), *args], cwd=course, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result


def _code(path: Path) -> list[str]:
    return ["".join(c["source"]).rstrip() for c in json.loads(path.read_text(encoding="utf-8"))["cells"]]


def test_nbgrader_releases_the_student_edition_and_grades_submissions(tmp_path, capsys):
    name = "00_welcome"
    course = tmp_path / "course"
    grading.main(["init", str(course), name])
    _nbgrader(course, "generate_assignment", name)
    released = course / "release" / name / f"{name}.ipynb"
    assert _code(released) == _code(ROOT / "student" / f"{name}.ipynb"), "nbgrader's release differs from student/"

    submissions = {"solved": ROOT / "notebooks" / f"{name}.ipynb", "untouched": released}
    for student, path in submissions.items():
        (course / "submitted" / student / name).mkdir(parents=True)
        (course / "submitted" / student / name / f"{name}.ipynb").write_bytes(path.read_bytes())
    wrong = nbformat.read(released, as_version=4)
    answer = next(c for c in wrong.cells if c.metadata.get("nbgrader", {}).get("solution"))
    answer.source = 'prevalence = 100 * blood["alert"].mean()  # a percentage, not a fraction'
    (course / "submitted" / "percentage" / name).mkdir(parents=True)
    nbformat.write(wrong, course / "submitted" / "percentage" / name / f"{name}.ipynb")

    _nbgrader(course, "autograde", name)
    table = grading.results(course, name)
    assert table.to_dict() == {"exercise_1": {"percentage": 0, "solved": 1, "untouched": 0},
                               "passed": {"percentage": 0, "solved": 1, "untouched": 0}}
    graded = nbformat.read(course / "autograded" / "percentage" / name / f"{name}.ipynb", as_version=4)
    errors = [o for c in graded.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert any("looks like a percentage" in o.evalue for o in errors), "the student sees why the check failed"

    grading.main(["table", str(course), name, "--csv", str(tmp_path / "results.csv")])
    assert "solved" in capsys.readouterr().out and (tmp_path / "results.csv").exists()


def test_init_names_the_notebooks_it_knows(tmp_path):
    with pytest.raises(SystemExit, match="among: 00_welcome"):
        grading.init(tmp_path, ["nope"])
    with pytest.raises(SystemExit, match="Name the notebooks"):
        grading.init(tmp_path, [])


def test_init_can_grade_the_french_notebooks(tmp_path):
    written = grading.init(tmp_path, ["03_perceptron"], lang="fr")
    copied = tmp_path / "source" / "03_perceptron" / "03_perceptron.ipynb"
    assert copied in written and 'setup(lang=\\"fr\\")' in copied.read_text(encoding="utf-8")
    with pytest.raises(SystemExit, match="--lang must be en or fr"):
        grading.init(tmp_path, ["03_perceptron"], lang="de")
