import json

import nbformat
import pytest

from course_utils.instructor import student


def test_strip_solutions_keeps_the_starter_and_indentation():
    src = ("x = 1\ndef f():\n    ### BEGIN SOLUTION\n    return 2 * x\n    ### END SOLUTION\n    return ____\n"
           "answer = ____  # your code\n### BEGIN SOLUTION\nanswer = f()\n### END SOLUTION\n")
    out = student.strip_solutions(src)
    assert out == "x = 1\ndef f():\n    return ____\nanswer = ____  # your code"
    assert student.solution_blocks(src) == ["    return 2 * x", "answer = f()"]


def test_strip_solutions_marker_errors():
    with pytest.raises(student.SolutionMarkerError, match="without"):
        student.strip_solutions("### BEGIN SOLUTION\na = 1")
    with pytest.raises(student.SolutionMarkerError, match="without"):
        student.strip_solutions("a = 1\n### END SOLUTION")
    with pytest.raises(student.SolutionMarkerError, match="inside"):
        student.strip_solutions("### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION")


def test_student_edition_of_a_notebook(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    new = nbformat.v4
    cells = [new.new_markdown_cell("# title"),
             new.new_code_cell("answer = ____\n### BEGIN SOLUTION\nanswer = 42\n### END SOLUTION",
                               metadata={"slideshow": {"slide_type": ""}}),
             new.new_code_cell("print(1)", outputs=[new.new_output("stream", name="stdout", text="1\n")])]
    nbformat.write(new.new_notebook(cells=cells), src / "01_x.ipynb")
    nb = json.loads((src / "01_x.ipynb").read_text())
    written = student.make_student_edition(src, tmp_path / "student")
    out = json.loads(written[0].read_text())
    assert "".join(out["cells"][1]["source"]) == "answer = ____"
    namespace: dict = {"____": object()}
    exec("".join(out["cells"][1]["source"]), namespace)  # the starter runs
    assert out["cells"][0] == nb["cells"][0] and out["cells"][2]["outputs"] == []
    assert out["cells"][1]["metadata"] == nb["cells"][1]["metadata"]


def test_student_edition_bad_folders(tmp_path):
    with pytest.raises(FileNotFoundError, match="No folder"):
        student.make_student_edition(tmp_path / "nope", tmp_path / "out")
    with pytest.raises(FileNotFoundError, match="No .ipynb"):
        student.make_student_edition(tmp_path, tmp_path / "out")
    with pytest.raises(ValueError, match="must differ"):
        student.make_student_edition(tmp_path, tmp_path)


def test_every_course_notebook_has_a_student_edition(root, tmp_path):
    written = student.make_student_edition(root / "notebooks", tmp_path)
    assert [p.name for p in written] == sorted(p.name for p in (root / "notebooks").glob("*.ipynb"))
    for path in written:
        nb = json.loads(path.read_text())
        sources = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
        assert not any("SOLUTION" in s for s in sources), path.name
        assert not any("NotImplementedError" in s for s in sources), path.name
