import json

import nbformat
import pytest

from course_utils.instructor import student


def test_strip_solutions_keeps_hint_and_indentation():
    src = ("x = 1\ndef f():\n    # Hint: return twice x\n    ### BEGIN SOLUTION\n    return 2 * x\n"
           "    ### END SOLUTION\ny = f")
    out = student.strip_solutions(src)
    assert "return 2 * x" not in out
    assert '    raise NotImplementedError("Exercise: return twice x")' in out
    assert out.startswith("x = 1\ndef f():\n    # Hint: return twice x\n    # YOUR CODE HERE")
    assert out.endswith("y = f")


def test_strip_solutions_without_hint_and_markers_errors():
    assert "replace this line" in student.strip_solutions("### BEGIN SOLUTION\na = 1\n### END SOLUTION")
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
             new.new_code_cell("# Hint: h\n### BEGIN SOLUTION\nanswer = 42\n### END SOLUTION",
                               metadata={"slideshow": {"slide_type": ""}}),
             new.new_code_cell("print(1)", outputs=[new.new_output("stream", name="stdout", text="1\n")])]
    nbformat.write(new.new_notebook(cells=cells), src / "01_x.ipynb")
    nb = json.loads((src / "01_x.ipynb").read_text())
    written = student.make_student_edition(src, tmp_path / "student")
    out = json.loads(written[0].read_text())
    assert "answer = 42" not in "".join(out["cells"][1]["source"])
    exec_globals: dict = {}
    with pytest.raises(NotImplementedError, match="Exercise: h"):
        exec("".join(out["cells"][1]["source"]), exec_globals)
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
    for path in written:
        nb = json.loads(path.read_text())
        sources = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
        assert not any("BEGIN SOLUTION" in s for s in sources), path.name
        original = json.loads((root / "notebooks" / path.name).read_text())
        n_exercises = sum("### BEGIN SOLUTION" in "".join(c["source"]) for c in original["cells"])
        assert sum("raise NotImplementedError" in s for s in sources) == n_exercises
