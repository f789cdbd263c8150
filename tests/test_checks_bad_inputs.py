"""Bad input for ``course_utils.checks``: a student's value gets an ExerciseError in the course's words; an author's
mistake in the other arguments a TypeError/ValueError saying how to write the check. Never a raw library error,
never a wrong answer accepted, never a change to the value checked.
"""

from __future__ import annotations

import copy

import numpy as np
import pandas as pd
import pytest
from bad_input_support import assert_course_message as shared_check
from bad_input_support import check_french
from hypothesis import given, settings
from hypothesis import strategies as st

from course_utils import checks
from course_utils.exercises import ____

RAW = ("could not convert", "inhomogeneous", "float() argument", "ambiguous", "object at 0x", "Can't call numpy()",
       "unsupported operand", "not supported between", "np.int64(", "np.float64(")


def assert_course_message(error: BaseException, *fragments: str) -> None:
    shared_check(error, *fragments, raw=RAW, max_length=700)


class Value:  # notebook 05's autograd value: the number is in .data
    def __init__(self, data: float) -> None:
        self.data = data


S = pd.Series([1, 2, 3])

# A student's answer (first argument): ExerciseError, "Not yet: ..." with what was expected and what was received.
STUDENT_CASES = [
    (lambda: checks.close("0.5", 0.5, name="p"), ["p should be a number", "the text '0.5'", "Remove the quotes"]),
    (lambda: checks.close(["0.5"], [0.5], name="p"), ["p should be a number", "a list of 1 item", "text", "quotes"]),
    (lambda: checks.close(True, 1.0, name="p"), ["p should be a number", "yes/no"]),
    (lambda: checks.close(None, 1.0, name="p"), ["p has no value yet", "None"]),
    (lambda: checks.close(____, 1.0, name="p"), ["p has no value yet", "____"]),
    (lambda: checks.close(..., 1.0, name="p"), ["no value yet"]),
    (lambda: checks.close({"a": 1}, 1.0, name="d"), ["d must be an array of numbers", "dictionary"]),
    (lambda: checks.close([[1, 2], [3]], [1, 2], name="w"), ["rows of equal length"]),
    (lambda: checks.close([1, "a"], [1, 2], name="w"), ["w should be a number", "a list of 2 items", "text"]),
    (lambda: checks.close(np.array(["1", "2"]), [1, 2], name="w"), ["w should be a number", "without quotes"]),
    (lambda: checks.close(Value(2.0), 2.0, name="loss"), ["loss should be a number", "`.data`"]),
    (lambda: checks.close(np.zeros((3, 1)), np.zeros(3), name="w"), ["w has shape (3, 1)", "expected shape (3,)",
                                                                     ".ravel()"]),
    (lambda: checks.close(np.zeros((3, 2)), np.zeros((2, 3)), name="W"), ["shape (3, 2)", "(2, 3)", ".T"]),
    (lambda: checks.close(np.array([1.0, np.nan]), [1, 2], name="g"), ["NaN or infinite", "index 1"]),
    (lambda: checks.close(float("inf"), 1.0, name="g"), ["NaN or infinite"]),
    (lambda: checks.close(0.5, 1 / 3, tol=1e-3, name="p"), ["p = 0.5", "expected about 0.333"]),
    (lambda: checks.close(np.array([1.0, 5.0]), [1.0, 2.0], name="w"), ["w differs", "index (1,)", "got 5"]),
    (lambda: checks.equal(S, [1, 2, 4], name="s"), ["s differs", "1 of 3 places", "index 2", "got 3",
                                                    "expected 4"]),
    (lambda: checks.equal(S, [1, 2], name="s"), ["s has shape (3,)", "expected shape (2,)"]),
    (lambda: checks.equal(np.array([[1, 2]]), [1, 2], name="a"), ["shape (1, 2)", "(2,)", ".ravel()"]),
    (lambda: checks.equal(2, 3, name="n"), ["n = 2", "expected 3"]),
    (lambda: checks.equal(0.1 + 0.2, 0.3, name="total"), ["expected 0.3", "checks.close"]),
    (lambda: checks.equal([2, 4], (2, 3), name="shape"), ["shape differs at position 1", "got 4", "expected 3"]),
    (lambda: checks.equal((1, 2, 3), (1, 2), name="t"), ["t has 3 items, expected 2"]),
    (lambda: checks.equal({"a": 1}, {"a": 2}, name="d"), ["d differs at key 'a'"]),
    (lambda: checks.equal({"a": 1}, {"b": 1}, name="d"), ["d has keys ['a']", "expected ['b']"]),
    (lambda: checks.equal(None, 3, name="n"), ["n has no value yet"]),
    (lambda: checks.equal("abc", "abd", name="word"), ["word = 'abc'", "expected 'abd'"]),
    (lambda: checks.shape([[1, 2], [3]], (2, 2), name="X"), ["X should be an array of shape (2, 2)",
                                                             "a list of 2 items", "no shape"]),
    (lambda: checks.shape("abc", (3,), name="X"), ["array of shape (3,)", "the text 'abc'"]),
    (lambda: checks.shape(np.zeros((30, 569)), (569, 30), name="X"), ["X has shape (30, 569)",
                                                                      "expected (569, 30)", ".T"]),
    (lambda: checks.shape(None, (2,), name="X"), ["X has no value yet"]),
    (lambda: checks.between("0.95", 0.9, 1.0, name="acc"), ["acc should be a number", "the text '0.95'"]),
    (lambda: checks.between([0.95, 0.5], 0.9, 1.0, name="acc"), ["acc should be a single number", "list of 2",
                                                                 "a mean"]),
    (lambda: checks.between(float("nan"), 0.9, 1.0, name="acc"), ["acc is NaN", "division by zero"]),
    (lambda: checks.between(0.5, 0.9, 1.0, name="acc"), ["acc = 0.5", "between 0.9 and 1"]),
    (lambda: checks.between(None, 0.9, 1.0, name="acc"), ["acc has no value yet"]),
    (lambda: checks.true(False, "impossible", hint="h"), ["does not hold yet: impossible", "Hint: h"]),
    (lambda: checks.true(None, "the loss fell"), ["the condition has no value yet"]),
    (lambda: checks.true(____, "the loss fell"), ["the condition has no value yet", "____"]),
]


@pytest.mark.parametrize("call, fragments", STUDENT_CASES)
def test_a_students_value_gets_an_exercise_message(call, fragments):
    with pytest.raises(checks.ExerciseError) as info:
        call()
    assert str(info.value).startswith("Not yet: ")
    assert_course_message(info.value, *fragments)
    check_french(call, str(info.value))


# The author's arguments: a TypeError/ValueError saying how to write the check.
AUTHOR_CASES = [
    (lambda: checks.true(np.array([True, False]), "all positive"), TypeError,
     ["checks.true needs one yes/no value", "an array of 2 values, one answer per entry", ".all()", ".any()"]),
    (lambda: checks.true(S > 0, "all positive"), TypeError, ["one yes/no value", "a column (Series) of 3 values",
                                                             ".all()"]),
    (lambda: checks.true("False", "text"), TypeError, ["one yes/no value", "the text 'False'", "remove the quotes"]),
    (lambda: checks.true(float("nan"), "nan"), TypeError, ["one yes/no value", "NaN"]),
    (lambda: checks.true(3, "three"), TypeError, ["one yes/no value", "the number 3"]),
    (lambda: checks.true([True], "list"), TypeError, ["one yes/no value", "a list of 1 item"]),
    (lambda: checks.true(True, 3), TypeError, ["message must be a text", "the number 3"]),
    (lambda: checks.true(True, "ok", hint=None), TypeError, ["hint must be a text", "None"]),
    (lambda: checks.close(1.0, 1.0, tol=-1), ValueError, ["tol must be a finite number >= 0", "-1"]),
    (lambda: checks.close(1.0, 1.0, tol=float("nan")), ValueError, ["tol must be a finite number", "nan"]),
    (lambda: checks.close(1.0, 1.0, tol="0.1"), TypeError, ["tol must be a number", "the text '0.1'"]),
    (lambda: checks.close(1.0, 1.0, relative="yes"), TypeError, ["relative must be True or False"]),
    (lambda: checks.close(1.0, "abc"), TypeError, ["expected must be an array of numbers", "the text 'abc'"]),
    (lambda: checks.close(1.0, [1.0, np.nan]), ValueError, ["expected contains 1 missing", "index 1"]),
    (lambda: checks.close(1.0, 1.0, name=3), TypeError, ["name must be a text", "the number 3"]),
    (lambda: checks.shape(np.zeros(3), "3"), TypeError, ["expected must be a shape", "the text '3'"]),
    (lambda: checks.shape(np.zeros(3), (3.5,)), TypeError, ["expected must be a shape", "a tuple of 1 item"]),
    (lambda: checks.between(0.5, "0.9", 1.0), TypeError, ["low must be a number", "the text '0.9'", "low=0.9"]),
    (lambda: checks.between(0.5, 0.9, None), TypeError, ["high must be a number", "None"]),
    (lambda: checks.between(0.5, 1.0, 0.0), ValueError, ["low must be <= high", "low=1", "high=0", "Swap"]),
    (lambda: checks.between(0.5, float("nan"), 1.0), ValueError, ["low must be a finite number", "nan"]),
    (lambda: checks.equal(1, 1, hint=["h"]), TypeError, ["hint must be a text", "a list of 1 item"]),
]


@pytest.mark.parametrize("call, error, fragments", AUTHOR_CASES)
def test_an_authors_mistake_gets_a_plain_error(call, error, fragments):
    with pytest.raises(error) as info:
        call()
    assert not isinstance(info.value, checks.ExerciseError)
    assert_course_message(info.value, *fragments)
    if not str(info.value).startswith("expected "):  # the argument's name `expected` reads as English to the detector
        check_french(call, str(info.value))


def test_valid_alternatives_are_accepted(capsys):
    torch = pytest.importorskip("torch")
    checks.true(np.bool_(True), "a NumPy yes/no value")
    checks.true(np.array([True]), "a one-value array")
    checks.true(torch.tensor(True), "a one-value tensor")
    checks.equal(S, [1, 2, 3], name="s")
    checks.equal(S, pd.Series([1, 2, 3]), name="s")
    checks.equal([569, 30], (569, 30), name="shape")
    checks.equal((np.array([1, 2]),), (np.array([1, 2]),), name="pair")
    checks.equal(torch.tensor([1, 2]), [1, 2], name="t")
    checks.equal(np.array([1.0, np.nan]), [1.0, np.nan], name="with NaN")
    checks.close([torch.tensor(1.0, requires_grad=True) * 2, torch.tensor(0.5)], [2, 0.5], name="grads")
    checks.close(torch.tensor([1.0, 2.0], requires_grad=True), [1, 2], name="w")
    checks.close(pd.Series([0.5]), 0.5, name="p")
    checks.shape(np.zeros(3), 3, name="x")
    checks.shape(torch.zeros(2, 3), torch.Size([2, 3]), name="t")
    checks.between(torch.tensor(0.95, requires_grad=True), 0.9, 1.0, name="acc")
    checks.between(5, 0, float("inf"), name="n")
    assert capsys.readouterr().out.count("✅") == 16


@settings(max_examples=100, deadline=None)
@given(st.floats(allow_nan=True, allow_infinity=True), st.floats(-1e6, 1e6), st.floats(0, 10))
def test_close_passes_exactly_the_values_within_tolerance(value, expected, tol):
    try:
        checks.close(value, expected, tol=tol, name="x")
        passed = True
    except checks.ExerciseError as error:
        passed = False
        assert str(error).startswith("Not yet: x")
    assert passed == bool(np.isfinite(value) and abs(value - expected) <= tol)


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.floats(allow_nan=True), st.integers(-5, 5), st.text(max_size=4), st.none(),
                 st.lists(st.floats(0, 1), max_size=3)), st.floats(-1, 0.5), st.floats(0.5, 2))
def test_between_answers_every_value_with_a_message(value, low, high):
    try:
        checks.between(value, low, high, name="acc")
    except checks.ExerciseError as error:
        assert "acc" in str(error)
    else:
        assert low <= float(np.asarray(value, dtype=float).reshape(())) <= high


def test_checks_never_change_the_value_checked(capsys):
    torch = pytest.importorskip("torch")
    answer = [[1.0, 2.0], [3.0, 4.0]]
    array = np.array([1.0, np.nan])
    series = pd.Series([1, 2, 3])
    tensor = torch.tensor([1.0, 2.0], requires_grad=True)
    saved = (copy.deepcopy(answer), array.copy(), series.copy(), tensor.detach().clone())
    for call in (lambda: checks.close(answer, np.eye(2)), lambda: checks.close(array, [1, 2]),
                 lambda: checks.equal(series, [3, 2, 1]), lambda: checks.close(tensor, [1, 3]),
                 lambda: checks.shape(answer, (2, 2)), lambda: checks.between(series, 0, 1),
                 lambda: checks.equal(array, [1.0, np.nan])):
        try:
            call()
        except (checks.ExerciseError, TypeError, ValueError):
            pass
    assert answer == saved[0]
    np.testing.assert_array_equal(array, saved[1])
    pd.testing.assert_series_equal(series, saved[2])
    assert torch.equal(tensor.detach(), saved[3]) and tensor.requires_grad
