"""The exercise machinery: the placeholder, the answer checkers (property-based) and the Exercise object."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from course_utils.checks import ExerciseError
from course_utils.exercises import Exercise, ____, is_placeholder
from course_utils.exercises.core import array, describe, fail, function, integer, is_close, known_mistakes, number

ANYTHING = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20),
    st.complex_numbers(), st.lists(st.floats(), max_size=5), st.tuples(st.integers(), st.text()),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=3),
    hnp.arrays(hnp.floating_dtypes() | hnp.integer_dtypes() | hnp.boolean_dtypes(), hnp.array_shapes(max_dims=3)),
    st.lists(st.lists(st.integers(), max_size=3), max_size=3),  # ragged
    st.just(____), st.just([1.0, ____]), st.builds(object), st.just(print), st.just(int),
)


def test_placeholder_is_one_object_that_absorbs_arithmetic():
    from course_utils.exercises.core import Placeholder

    assert Placeholder() is ____ and repr(____) == "____"
    assert 2 * ____ + 1 is ____ and (____ - 3) / 2 is ____ and -____ is ____
    assert np.arange(3) * ____ is ____ and np.ones((2, 2)) @ ____ is ____ and ____[0] is ____ and ____(1) is ____
    assert is_placeholder(____) and is_placeholder([1, ____]) and is_placeholder({"a": (____,)})
    assert is_placeholder(np.array([1, ____], dtype=object))
    assert not is_placeholder(None) and not is_placeholder([1, 2]) and not is_placeholder(np.zeros(3))


@settings(max_examples=300, deadline=None)
@given(ANYTHING)
def test_checkers_raise_only_course_messages(value):
    """Whatever a student stores, the checkers return a clean value or raise ExerciseError; describe never fails."""
    assert isinstance(describe(value), str)
    for checker in (lambda v: number(v, "x"), lambda v: integer(v, "x"), lambda v: array(v, "x"),
                    lambda v: array(v, "x", shape=(2, 3)), lambda v: function(v, "f")):
        try:
            checker(value)
        except ExerciseError as error:
            assert "`" in str(error)  # names the variable


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, width=64))
def test_number_accepts_every_finite_number_form(x):
    for form in (x, np.float64(x), np.array(x), np.array([x]), torch.tensor([x], dtype=torch.float64)):
        assert number(form, "x") == x


@given(st.integers(-10**6, 10**6))
def test_integer_accepts_whole_floats_and_never_truncates(n):
    assert integer(n, "n") == n and integer(float(n), "n") == n and integer(np.int64(n), "n") == n
    with pytest.raises(ExerciseError, match="whole number"):
        integer(n + 0.5, "n")


def test_number_messages_say_what_was_received():
    with pytest.raises(ExerciseError, match=r"`x` should be one number, but it is an array of 3 values"):
        number(np.ones(3), "x")
    with pytest.raises(ExerciseError, match="a tuple of 2 items"):
        number((1, 2), "x")
    with pytest.raises(ExerciseError, match="remove the quotes"):
        number("0.5", "x")
    with pytest.raises(ExerciseError, match="nothing"):
        number(None, "x")
    with pytest.raises(ExerciseError, match="yes/no"):
        number(True, "x")
    with pytest.raises(ExerciseError, match="not a finite number"):
        number(math.inf, "x")


def test_array_names_transposed_and_reshaped_answers():
    assert array([[1, 2, 3], [4, 5, 6]], "w", shape=(2, 3)).shape == (2, 3)
    assert array(torch.ones(2, 3), "w", shape=(2, 3)).dtype == float
    with pytest.raises(ExerciseError, match="rows and columns are swapped"):
        array(np.ones((3, 2)), "w", shape=(2, 3))
    with pytest.raises(ExerciseError, match="arranged differently"):
        array(np.ones(6), "w", shape=(2, 3))
    with pytest.raises(ExerciseError, match=r"shape \(2, 3\), but it has shape \(4,\)"):
        array(np.ones(4), "w", shape=(2, 3))
    with pytest.raises(ExerciseError, match="NaN"):
        array([1.0, np.nan], "w")
    with pytest.raises(ExerciseError, match="something other than numbers"):
        array([[1, 2], [3]], "w")


def test_function_is_close_and_known_mistakes():
    assert function(len, "f") is len
    with pytest.raises(ExerciseError, match="should be a function"):
        function(3.0, "f")
    assert is_close(1.0, 1.0 + 1e-12) and not is_close([1, 2], [1, 2, 3]) and is_close(110, 100, 0.2, relative=True)
    known_mistakes(1.0, [(2.0, "doubled")])
    with pytest.raises(ExerciseError, match="doubled"):
        known_mistakes(2.0, [(np.ones(3), "shape differs: skipped"), (2.0, "doubled")])


def _double_exercise() -> Exercise:
    def judge(answers, expected, uses):
        got = number(answers["doubled"], "doubled")
        if is_close(got, expected["doubled"]):
            return "Twice the dose."
        known_mistakes(got, [(uses["dose"], "`doubled` is the dose itself: multiply it by 2.")])
        fail(f"`doubled` = {got:g} is not twice the dose yet.")

    return Exercise(label="exercise_1", title="double the dose", answers={"doubled": "one number (mg)"},
                    uses=("dose",), reference=lambda dose: {"doubled": 2 * dose}, judge=judge,
                    hints=("Twice means multiplied by two.", "Multiply `dose` by 2."),
                    solution_code="doubled = 2 * dose", explanation="Twice a number is that number times two.")


def test_exercise_check_prints_or_raises(capsys, monkeypatch):
    exercise = _double_exercise()
    exercise.check({"dose": 5.0, "doubled": 10.0})
    assert "✅ Exercise 1 solved. Twice the dose." in capsys.readouterr().out
    exercise.check({"dose": 5.0, "doubled": ____})
    assert "⏳ Exercise 1 is not attempted yet" in capsys.readouterr().out
    with pytest.raises(ExerciseError, match=r"(?s)the dose itself.*exercise_1\.hint\(\)"):
        exercise.check({"dose": 5.0}, doubled=5.0)
    with pytest.raises(ExerciseError, match="`dose` from the cells above"):
        exercise.check({"doubled": 10.0})
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    with pytest.raises(ExerciseError, match="not attempted"):
        exercise.check({"dose": 5.0})


def test_exercise_reads_the_notebook_namespace(capsys):
    exercise = _double_exercise()
    namespace = {"dose": 3.0, "doubled": 6.0, "exercise": exercise}
    exec("exercise.check()\nvalue = exercise.answer()", namespace)
    assert "✅" in capsys.readouterr().out and namespace["value"] == 6.0
    namespace["doubled"] = ____
    exec("value = exercise.answer()", namespace)
    assert namespace["value"] == 6.0
    assert "the cells below use the course's value of `doubled`" in capsys.readouterr().out
    with pytest.raises(ValueError, match="no answer called"):
        exercise.answer("other", namespace)


def test_student_code_errors_become_course_messages():
    def judge(answers, expected, uses):
        answers["f"](1)  # the student's function raises

    exercise = Exercise(label="exercise_2", title="t", answers={"f": "a function of one number"}, uses=(),
                        reference=lambda: {"f": abs}, judge=judge, hints=("h",), solution_code="f = abs")
    verdict = exercise.verdict({"f": lambda x: x / 0})
    assert verdict.status == "wrong" and "ZeroDivisionError" in verdict.message and "a function" in verdict.message


def test_hints_step_by_step_then_the_solution(capsys):
    exercise = _double_exercise()
    exercise.hint()
    assert "Hint 1 of 2: Twice means" in capsys.readouterr().out
    exercise.hint()
    assert "Hint 2 of 2" in (out := capsys.readouterr().out) and "exercise_1.solution()" in out
    exercise.hint()
    assert "last hint" in capsys.readouterr().out
    exercise.solution()
    assert "    doubled = 2 * dose" in (out := capsys.readouterr().out) and "times two" in out


def test_exercise_error_renders_without_a_traceback():
    error = ExerciseError("Not yet: wrong.\n(For a hint, run `exercise_1.hint()`.)")
    assert error._render_traceback_() == ["❌ Not yet: wrong.", "(For a hint, run `exercise_1.hint()`.)"]


# ----------------------------------------------------------------------------------------- in French (setup(lang="fr"))


def test_checker_messages_in_french(french):
    with pytest.raises(ExerciseError, match=r"`x` doit être un nombre\. Reçu\u202f: rien \(None"):
        number(None, "x")
    with pytest.raises(ExerciseError, match="enlevez les guillemets"):
        number("0.5", "x")
    with pytest.raises(ExerciseError, match="pas un nombre fini"):
        number(math.inf, "x")
    with pytest.raises(ExerciseError, match=r"un nombre entier, or il vaut 2,5\u202f: un effectif"):
        integer(2.5, "n")
    with pytest.raises(ExerciseError, match="les lignes et les colonnes sont inversées"):
        array(np.ones((3, 2)), "w", shape=(2, 3))
    with pytest.raises(ExerciseError, match="disposées autrement"):
        array(np.ones(6), "w", shape=(2, 3))
    with pytest.raises(ExerciseError, match="NaN ou infinies"):
        array([1.0, np.nan], "w")
    with pytest.raises(ExerciseError, match="doit être une fonction"):
        function(3.0, "f")
    with pytest.raises(ExerciseError, match="^un nombre entre 0 et 1$"):  # a message marked with N_ is translated
        known_mistakes(2.0, [(2.0, "one number between 0 and 1")])


def test_exercise_lines_in_french(french, capsys, monkeypatch):
    exercise = _double_exercise()
    exercise.check({"dose": 5.0, "doubled": 10.0})
    assert capsys.readouterr().out.startswith("✅ L'exercice 1 est réussi.")
    exercise.check({"dose": 5.0, "doubled": ____})
    assert "⏳ L'exercice 1 n'est pas encore commencé\u202f: remplacez `____`" in capsys.readouterr().out
    with pytest.raises(ExerciseError, match=r"(?s)^Pas encore\u202f: .*\(Pour un indice, exécutez `exercise_1\.hint"):
        exercise.check({"dose": 5.0}, doubled=3.0)
    with pytest.raises(ExerciseError, match="a besoin de `dose`, défini dans les cellules du dessus"):
        exercise.check({"doubled": 10.0})
    exercise.hint()
    assert capsys.readouterr().out.startswith("💡 Indice 1 sur 2\u202f: ")
    exercise.hint()
    assert "`exercise_1.solution()` affiche une solution commentée" in capsys.readouterr().out
    exercise.hint()
    assert "C'était le dernier indice" in capsys.readouterr().out
    exercise.solution()
    out = capsys.readouterr().out
    assert out.startswith("📖 Une solution de l'exercice 1 (") and "\n    doubled = 2 * dose\n" in out
    assert exercise.answer("doubled", {"dose": 3.0, "doubled": ____}) == 6.0
    assert "L'exercice 1 n'est pas encore réussi\u202f: les cellules suivantes utilisent donc la valeur de `doubled`" \
        in capsys.readouterr().out
    with pytest.raises(ValueError, match="n'a pas de réponse nommée 'other'"):
        exercise.answer("other", {"dose": 3.0, "doubled": 6.0})
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    with pytest.raises(ExerciseError, match="pas encore commencé"):
        exercise.check({"dose": 5.0})


def test_half_finished_and_student_errors_in_french(french):
    exercise = Exercise(label="exercise_2", title="t", answers={"a": "one number", "b": "one number"}, uses=(),
                        reference=lambda: {"a": 1, "b": 2}, judge=lambda answers, expected, uses: 1 / 0,
                        hints=("h",), solution_code="a = 1")
    assert exercise.verdict({"a": 1.0, "b": ____}).message == (
        "L'exercice 2 n'est pas terminé\u202f: `b` n'a pas encore de réponse (`____`).")
    message = exercise.verdict({"a": 1.0, "b": 2.0}).message
    assert message.startswith("Pas encore\u202f: votre réponse n'a pas pu être utilisée (ZeroDivisionError: ")
    assert message.endswith("`a` doit être un nombre. `b` doit être un nombre.")
