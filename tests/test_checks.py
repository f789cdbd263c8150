import numpy as np
import pytest

from course_utils import checks


def test_close_success_prints_line(capsys):
    checks.close(0.333, 1 / 3, tol=1e-3, name="p")
    assert "✅ Correct! p = 0.333" in capsys.readouterr().out


def test_close_failure_has_hint():
    with pytest.raises(checks.ExerciseError, match=r"(?s)p = 0.5, expected about 0.333.*Hint: divide"):
        checks.close(0.5, 1 / 3, tol=1e-3, name="p", hint="divide")


def test_close_arrays_shapes_and_none():
    checks.close(np.array([1.0, 2.0]), [1.0, 2.0])
    with pytest.raises(checks.ExerciseError, match="shape"):
        checks.close(np.zeros(3), np.zeros(2))
    with pytest.raises(checks.ExerciseError, match="index"):
        checks.close(np.array([1.0, 5.0]), [1.0, 2.0], name="w")
    with pytest.raises(checks.ExerciseError, match="no value yet"):
        checks.close(None, 1.0)
    with pytest.raises(checks.ExerciseError, match="NaN"):
        checks.close(float("nan"), 1.0)
    with pytest.raises(checks.ExerciseError, match="number or an array"):
        checks.close("abc", 1.0)
    with pytest.raises(ValueError, match="tol"):
        checks.close(1.0, 1.0, tol=-1)
    checks.close(110.0, 100.0, tol=0.2, relative=True)
    checks.close(np.zeros((2, 2)), 0.0)
    with pytest.raises(checks.ExerciseError, match="index"):
        checks.close(np.eye(2), 0.0)


def test_equal_shape_between_true(capsys):
    checks.equal((2, 3), (2, 3), name="shape")
    with pytest.raises(checks.ExerciseError, match="expected 3"):
        checks.equal(2, 3)
    checks.shape(np.zeros((2, 3)), (2, 3), name="X")
    with pytest.raises(checks.ExerciseError, match=r"\(2, 3\), expected \(3, 2\)"):
        checks.shape(np.zeros((2, 3)), (3, 2))
    checks.between(0.95, 0.9, 1.0, name="acc")
    with pytest.raises(checks.ExerciseError, match="between 0.9 and 1"):
        checks.between(0.5, 0.9, 1.0)
    with pytest.raises(ValueError):
        checks.between(0.5, 1.0, 0.0)
    with pytest.raises(checks.ExerciseError, match="single number"):
        checks.between([1, 2], 0, 3)
    checks.true(1 < 2, "one is less than two")
    with pytest.raises(checks.ExerciseError, match="does not hold"):
        checks.true(False, "impossible", hint="h")
    assert capsys.readouterr().out.count("✅") == 4


def test_exercise_error_is_assertion_error():
    assert issubclass(checks.ExerciseError, AssertionError)


def test_check_lines_in_french(capsys):
    from course_utils import i18n

    before = i18n._language
    i18n.set_language("fr")
    try:
        checks.close(0.25, 0.25, name="prevalence")
        assert capsys.readouterr().out.strip() == "✅ Vérifié\u202f: prevalence = 0,25"
        with pytest.raises(checks.ExerciseError) as info:
            checks.between(0.5, 0.9, 1.0, hint="Utilisez la moyenne.")
        assert str(info.value).startswith("Pas encore\u202f: votre réponse = 0,5")
        assert str(info.value).endswith("\nIndice\u202f: Utilisez la moyenne.")
    finally:
        i18n._language = before
