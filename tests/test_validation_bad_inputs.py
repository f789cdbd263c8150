"""Bad input for the shared checks of ``course_utils.validation``: every mistake gets a course message.

Each case asserts the exception type and that the message names what was expected and what was received (and,
where there is one, the fix). Property-based tests (Hypothesis) try many more values; a last test checks that no
check changes the caller's data.
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
from hypothesis.extra import numpy as hnp

from course_utils import validation as v

#: Fragments of raw library messages that must never reach a student.
RAW = ("could not convert", "inhomogeneous", "setting an array element", "float() argument", "unsupported operand",
       "object at 0x", "Traceback", "not supported between", "ambiguous", "Can't call numpy()")


def assert_course_message(error: BaseException, *fragments: str) -> None:
    shared_check(error, *fragments, raw=RAW, max_length=700)


class Value:  # what a student's autograd engine holds (notebook 05)
    def __init__(self, data: float) -> None:
        self.data = data


def _df_text():
    return pd.DataFrame({"age": [30, 40], "sex": ["F", "M"]})


def _df_nan():
    return pd.DataFrame({"age": [30, 40, np.nan], "sex": [0, 1, 1]}, index=["P1", "P2", "P3"])


# (call, exception type, fragments: what was expected, what was received, the fix)
AS_ARRAY_CASES = [
    (lambda: v.as_array("abc", "X"), TypeError, ["X must be an array of numbers", "the text 'abc'"]),
    (lambda: v.as_array(b"ab", "X"), TypeError, ["array of numbers", "the text"]),
    (lambda: v.as_array(None, "X"), TypeError, ["array of numbers", "None", "return"]),
    (lambda: v.as_array({"a": 1}, "X"), TypeError, ["array of numbers", "dictionary with keys ['a']", "d['key']"]),
    (lambda: v.as_array({1, 2}, "X"), TypeError, ["array of numbers", "a set of 2 items", "use a list"]),
    (lambda: v.as_array(len, "X"), TypeError, ["array of numbers", "a function (len)", "call it first"]),
    (lambda: v.as_array(pd.DataFrame, "X"), TypeError, ["array of numbers", "the class DataFrame"]),
    (lambda: v.as_array(iter([1, 2]), "X"), TypeError, ["array of numbers", "list(...)"]),
    (lambda: v.as_array(object(), "X"), TypeError, ["array of numbers", "an object of type object"]),
    (lambda: v.as_array(Value(2.0), "X"), TypeError, ["array of numbers", "Value", "`.data`"]),
    (lambda: v.as_array(["1.5", "abc"], "x"), TypeError, ["array of numbers", "index 1", "the text 'abc'"]),
    (lambda: v.as_array(["12,5", "13"], "hb"), TypeError, ["index 0", "'12,5'", "decimal comma", "decimal=','"]),
    (lambda: v.as_array(_df_text(), "X"), TypeError, ["array of numbers", "table (DataFrame) of 2 rows",
                                                      "row 0, column 1 ('sex')", "the text 'F'", "map("]),
    (lambda: v.as_array(["a", None], "x"), TypeError, ["index 0", "the text 'a'"]),
    (lambda: v.as_array([[1, 2], [3]], "X"), ValueError, ["rows of equal length", "row 0 has 2 values",
                                                          "row 1 has 1 value"]),
    (lambda: v.as_array([[1, 2], 3], "X"), ValueError, ["rows of equal length", "a single value"]),
    (lambda: v.as_array([1 + 2j], "z"), TypeError, ["real numbers", "complex", "x.real"]),
    (lambda: v.as_array(np.array([1 + 2j, 3]), "z"), TypeError, ["real numbers", "complex"]),
    (lambda: v.as_array(pd.Series(pd.to_datetime(["2020-01-01"])), "t"), TypeError, ["numbers", "dates",
                                                                                       "datetime64"]),
    (lambda: v.as_array(pd.Series([pd.Timedelta(days=1)]), "t"), TypeError, ["numbers", "durations"]),
    (lambda: v.as_array([10**400], "x"), ValueError, ["x holds a number too large", "units"]),
    (lambda: v.as_array([1.0, np.nan], "x"), ValueError, ["missing or infinite", "1 missing", "at index 1",
                                                          "dropna"]),
    (lambda: v.as_array(_df_nan(), "X"), ValueError, ["missing or infinite", "row 2", "'P3'", "column 0 ('age')"]),
    (lambda: v.as_array(np.array([[1, np.inf]]), "X"), ValueError, ["missing or infinite", "inf",
                                                                    "row 0, column 1"]),
    (lambda: v.as_array(np.full((2, 2, 2), np.nan), "V"), ValueError, ["8 missing", "position (0, 0, 0)"]),
    (lambda: v.as_array(pd.Series([1, None], dtype="Int64"), "x"), ValueError, ["missing", "index 1"]),
    (lambda: v.as_array([], "x"), ValueError, ["x is empty", "(0,)", "at least one value"]),
    (lambda: v.as_array(np.zeros((0, 2)), "X", shape=(None, 2)), ValueError, ["empty", "(0, 2)"]),
    (lambda: v.as_array(np.arange(2.0), "X", shape=(None, 2)), ValueError, ["X must have shape (n_samples, 2)",
                                                                            "got 1-D", "reshape(-1, 1)"]),
    (lambda: v.as_array(np.zeros((3, 3)), "X", shape=(None, 2)), ValueError, ["shape (n_samples, 2)",
                                                                              "got (3, 3)", "X[:, :2]"]),
    (lambda: v.as_array(np.zeros((2, 5)), "X", shape=(None, 2)), ValueError, ["(n_samples, 2)", "(2, 5)", "X.T"]),
    (lambda: v.as_array(np.zeros((5, 3)), "x", shape=(5, 2)), ValueError, ["shape (5, 2)", "got (5, 3)"]),
    (lambda: v.as_array(np.zeros((5, 1)), "y", ndim=1), ValueError, ["y must be 1-D", "(5, 1)", "y.ravel()"]),
    (lambda: v.as_array(np.zeros((1, 5)), "y", ndim=1), ValueError, ["1-D", "single row", "y.ravel()"]),
    (lambda: v.as_array(3.0, "y", ndim=1), ValueError, ["y must be 1-D", "0-D", "[x]"]),
    (lambda: v.as_array(np.zeros((2, 3, 4)), "X", ndim=2), ValueError, ["2-D", "3-D", "reshape(len(X), -1)"]),
    (lambda: v.as_array([1.5, 2], "k", dtype=int), ValueError, ["whole numbers", "1.5", "index 0", "np.round"]),
    (lambda: v.as_array([1.0, np.nan], "k", dtype=int), ValueError, ["whole numbers", "NaN"]),
]


@pytest.mark.parametrize("call, error, fragments", AS_ARRAY_CASES)
def test_as_array_bad_input(call, error, fragments):
    with pytest.raises(error) as info:
        call()
    assert_course_message(info.value, *fragments)
    assert type(info.value) in (TypeError, ValueError)  # plain types, as scikit-learn raises
    check_french(call, str(info.value))


def test_as_array_torch_inputs():
    torch = pytest.importorskip("torch")
    with pytest.raises(ValueError) as info:
        v.as_array(torch.tensor([1.0, float("nan")]), "t")
    assert_course_message(info.value, "missing or infinite", "index 1")
    losses = [torch.tensor(1.0, requires_grad=True) * 2, torch.tensor(0.5, requires_grad=True)]
    assert v.as_array(losses, "losses").tolist() == [2.0, 0.5]  # a list of tensors that require grad
    assert v.as_array(torch.ones(2, dtype=torch.bfloat16), "b").tolist() == [1.0, 1.0]
    assert v.as_array([1.0, 2.0], "k", dtype=int).tolist() == [1, 2]  # whole decimals are fine


SAME_CASES = [
    (lambda: v.check_same_length(np.zeros(3), np.zeros(4), "X", "y"), ValueError,
     ["X and y must have the same number of samples", "got 3 and 4", "same patient"]),
    (lambda: v.check_same_length(np.zeros(3), 5, "X", "y"), TypeError, ["y must be an array", "the number 5"]),
    (lambda: v.check_same_length(None, np.zeros(3), "X", "y"), TypeError, ["X must be an array", "None"]),
    (lambda: v.check_same_shape(np.zeros(5), np.zeros((5, 1)), "y_true", "y_pred"), ValueError,
     ["y_true and y_pred must have the same shape", "(5,) and (5, 1)", "5 x 5", "y_pred.reshape(-1)"]),
    (lambda: v.check_same_shape(np.zeros((4, 1)), [0, 1, 0, 1], "p", "y"), ValueError,
     ["same shape", "(4, 1) and (4,)", "p.reshape(-1)"]),
    (lambda: v.check_same_shape(np.zeros((2, 3)), np.zeros((3, 2)), "a", "b"), ValueError,
     ["same shape", "(2, 3) and (3, 2)", "b.T"]),
    (lambda: v.check_same_shape(np.zeros(2), np.zeros(3), "a", "b"), ValueError, ["same shape", "(2,) and (3,)"]),
    (lambda: v.check_same_shape(np.zeros(6), np.zeros((2, 3)), "a", "b"), ValueError,
     ["same shape", "arranged differently"]),
    (lambda: v.check_same_shape(None, np.zeros(3), "a", "b"), TypeError, ["a must be an array", "None"]),
    (lambda: v.check_same_shape([[1, 2], [3]], [1, 2], "a", "b"), TypeError, ["a must be an array",
                                                                                "a list of 2 items"]),
    (lambda: v.check_same_shape(np.zeros(3), "abc", "a", "b"), TypeError, ["b must be an array", "the text"]),
]


@pytest.mark.parametrize("call, error, fragments", SAME_CASES)
def test_same_length_and_shape_bad_input(call, error, fragments):
    with pytest.raises(error) as info:
        call()
    assert_course_message(info.value, *fragments)
    check_french(call, str(info.value))


def test_check_same_shape_with_tensors_and_lists():
    torch = pytest.importorskip("torch")
    assert v.check_same_shape(torch.zeros(4, 1), np.zeros((4, 1)), "a", "b") == (4, 1)
    assert v.check_same_shape([1, 2], (3, 4), "a", "b") == (2,)
    with pytest.raises(ValueError, match=r"\.squeeze\(1\) for a tensor"):
        v.check_same_shape(torch.zeros(4, 1), torch.zeros(4), "logits", "targets")


NUMBER_CASES = [
    (lambda: v.check_positive("0.1", "lr"), TypeError, ["lr must be a number", "the text '0.1'", "lr=0.1"]),
    (lambda: v.check_positive(True, "lr"), TypeError, ["lr must be a number", "yes/no"]),
    (lambda: v.check_positive(None, "lr"), TypeError, ["lr must be a number", "None", "return"]),
    (lambda: v.check_positive([0.1], "lr"), TypeError, ["a number", "a list of 1 item", "x[0]"]),
    (lambda: v.check_positive(np.array([0.1, 0.2]), "lr"), TypeError, ["a number", "array of 2 values"]),
    (lambda: v.check_positive(0, "lr"), ValueError, ["lr must be a finite number > 0", "got 0"]),
    (lambda: v.check_positive(-1, "lr", allow_zero=True), ValueError, [">= 0", "got -1"]),
    (lambda: v.check_positive(float("nan"), "lr"), ValueError, ["finite number > 0", "nan"]),
    (lambda: v.check_positive(float("inf"), "lr"), ValueError, ["finite number > 0", "inf"]),
    (lambda: v.check_number("abc", "low"), TypeError, ["low must be a number", "the text 'abc'"]),
    (lambda: v.check_number(float("nan"), "low"), ValueError, ["finite number", "nan"]),
    (lambda: v.check_number(float("inf"), "low"), ValueError, ["finite number", "inf"]),
    (lambda: v.check_number(-2, "x", minimum=0), ValueError, ["x must be >= 0", "got -2"]),
    (lambda: v.check_number(7, "x", maximum=5), ValueError, ["x must be <= 5", "got 7"]),
    (lambda: v.check_int(2.5, "n"), TypeError, ["n must be an integer", "the decimal number 2.5", "round"]),
    (lambda: v.check_int(3.0, "epochs"), TypeError, ["integer", "3.0", "epochs=3"]),
    (lambda: v.check_int(1e3, "n"), TypeError, ["integer", "1000.0", "n=1000"]),
    (lambda: v.check_int("10", "n"), TypeError, ["integer", "the text '10'", "n=10"]),
    (lambda: v.check_int(True, "n"), TypeError, ["integer", "yes/no"]),
    (lambda: v.check_int(None, "n"), TypeError, ["integer", "None"]),
    (lambda: v.check_int(0, "n", minimum=1), ValueError, ["n must be >= 1", "got 0"]),
    (lambda: v.check_int(6, "n", maximum=5), ValueError, ["n must be <= 5", "got 6"]),
    (lambda: v.check_fraction(20, "test_size"), ValueError, ["strictly between 0 and 1", "20", "0.2"]),
    (lambda: v.check_fraction(0, "f"), ValueError, ["strictly between 0 and 1", "got 0"]),
    (lambda: v.check_fraction(1, "f"), ValueError, ["strictly between 0 and 1", "got 1"]),
    (lambda: v.check_fraction(-0.5, "f", inclusive=True), ValueError, ["between 0 and 1", "-0.5"]),
    (lambda: v.check_fraction(float("nan"), "f"), ValueError, ["between 0 and 1", "nan"]),
    (lambda: v.check_fraction("0.2", "f"), TypeError, ["between 0 and 1", "the text '0.2'", "f=0.2"]),
    (lambda: v.check_bool("False", "shuffle"), TypeError, ["shuffle must be True or False", "the text 'False'"]),
    (lambda: v.check_bool(1, "shuffle"), TypeError, ["True or False", "the number 1"]),
    (lambda: v.check_text(3, "title"), TypeError, ["title must be a text", "the number 3"]),
    (lambda: v.check_text(None, "title"), TypeError, ["title must be a text", "None"]),
    (lambda: v.check_names("ab", "class_names"), TypeError, ["list of texts", "the text 'ab'", "['ab', ...]"]),
    (lambda: v.check_names([1, "b"], "class_names"), TypeError, ["list of texts", "the number 1",
                                                                 "position 0"]),
    (lambda: v.check_names(["a"], "feature_names", length=2), ValueError, ["2 names", "got 1"]),
    (lambda: v.check_choice("Relu", "activation", ["relu", "tanh"]), ValueError,
     ["activation must be one of ['relu', 'tanh']", "got 'Relu'", "Did you mean 'relu'?"]),
    (lambda: v.check_choice("sigmoïd", "activation", ["relu", "sigmoid"]), ValueError,
     ["one of", "'sigmoïd'", "Did you mean 'sigmoid'?"]),
    (lambda: v.check_choice("xyz", "kind", ["a", "b"]), ValueError, ["one of ['a', 'b']", "'xyz'"]),
    (lambda: v.check_choice(np.array([1, 2]), "k", [1, 2]), ValueError, ["one of [1, 2]", "array of 2 values"]),
    (lambda: v.check_choice(None, "k", ["a"]), ValueError, ["one of ['a']", "None"]),
    (lambda: v.check_binary_labels([0.2, 0.9]), ValueError, ["only 0 and 1", "[0.2, 0.9]", "(y >= 0.5)"]),
    (lambda: v.check_binary_labels([1, 2, 2]), ValueError, ["only 0 and 1", "[1.0, 2.0]", "(y == 2)"]),
    (lambda: v.check_binary_labels([-1, 1], "labels"), ValueError, ["labels must contain only 0 and 1",
                                                                     "(labels == 1)"]),
    (lambda: v.check_binary_labels(["benign", "malignant"]), TypeError, ["array of numbers", "'benign'"]),
    (lambda: v.check_binary_labels([[0], [1]]), ValueError, ["y must be 1-D", "(2, 1)", "ravel"]),
    (lambda: v.check_binary_labels([0, np.nan]), ValueError, ["missing", "index 1"]),
]


@pytest.mark.parametrize("call, error, fragments", NUMBER_CASES)
def test_number_checks_bad_input(call, error, fragments):
    with pytest.raises(error) as info:
        call()
    assert_course_message(info.value, *fragments)
    check_french(call, str(info.value))


def test_numbers_in_other_containers_are_accepted():
    torch = pytest.importorskip("torch")
    assert v.check_positive(np.array(0.5), "lr") == 0.5
    assert v.check_positive(torch.tensor(0.5), "lr") == 0.5
    assert v.check_number(np.float32(2.5), "x") == 2.5
    assert v.check_number(float("inf"), "high", allow_infinite=True) == float("inf")
    assert v.check_int(np.int64(3), "n") == 3
    assert v.check_choice(1, "k", [1, 2]) == 1


def test_key_not_found_error_reads_as_a_sentence():
    error = v.KeyNotFoundError("history has no curve named ['acc']; available: ['loss'].")
    assert isinstance(error, KeyError)
    assert str(error) == "history has no curve named ['acc']; available: ['loss']."


DESCRIBED = [
    (None, "nothing (None)"), (True, "a yes/no value (True)"), (3, "the number 3"), (2.5, "the number 2.5"),
    (float("nan"), "NaN"), ("abc", "the text 'abc' (a string)"), ([1, 2], "a list of 2 items"),
    ((1,), "a tuple of 1 item"), ({"b": 1, "a": 2}, "a dictionary with keys ['a', 'b']"), ({1}, "a set of 1 item"),
    (np.zeros(3), "an array of 3 values"), (np.zeros((2, 3)), "an array of shape (2, 3)"),
    (np.array(4.0), "the number 4"), (pd.DataFrame({"a": [1, 2]}), "a table (DataFrame) of 2 rows and 1 columns"),
    (pd.Series([1, 2]), "a column (Series) of 2 values"), (len, "a function (len)"), (1 + 2j, "complex"),
    (pd.DataFrame, "the class DataFrame itself"), (iter([]), "list(...)"), (Ellipsis, "Ellipsis"),
]


@pytest.mark.parametrize("value, words", DESCRIBED)
def test_describe_says_what_a_value_is(value, words):
    assert words in v.describe(value)


def test_describe_models():
    torch = pytest.importorskip("torch")
    from sklearn.linear_model import LogisticRegression

    assert v.describe(torch.zeros(2, 3)) == "a PyTorch tensor of shape (2, 3)"
    assert v.describe(torch.nn.Linear(2, 1)) == "a PyTorch model (Linear)"
    assert v.describe(LogisticRegression()) == "a scikit-learn model (LogisticRegression)"
    assert "add parentheses: LogisticRegression()" in v.describe(LogisticRegression)


def test_exercise_describe_keeps_its_student_remarks():
    from course_utils.exercises import core

    assert core.describe(None) == "nothing (None; does your function end with `return`?)"
    assert core.describe("0.5") == "the text '0.5' (a string: remove the quotes to give a number)"
    assert core.describe(np.zeros(3)) == v.describe(np.zeros(3)) == "an array of 3 values"


# ------------------------------------------------------------------------------------------- property-based tests

finite_or_not = st.floats(allow_nan=True, allow_infinity=True, width=64)
arrays = hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=5),
                    elements=finite_or_not)


@settings(max_examples=150, deadline=None)
@given(arrays)
def test_as_array_returns_the_values_or_locates_the_first_missing_one(arr):
    before = arr.copy()
    finite = np.isfinite(arr)
    if finite.all():
        np.testing.assert_array_equal(v.as_array(arr, "X"), arr)
    else:
        with pytest.raises(ValueError) as info:
            v.as_array(arr, "X")
        first = tuple(int(i) for i in np.argwhere(~finite)[0])
        message = str(info.value)
        assert f"X contains {int((~finite).sum())} missing or infinite" in message
        where = (f"at index {first[0]}" if arr.ndim == 1 else f"at row {first[0]}" if arr.ndim == 2
                 else f"at position {first}")
        assert where in message
    np.testing.assert_array_equal(arr, before)  # never changed


mixed_items = st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers(-10**6, 10**6), st.booleans(),
                        st.text(max_size=5), st.none(), st.lists(st.integers(0, 3), max_size=3))


@settings(max_examples=150, deadline=None)
@given(st.lists(mixed_items, max_size=6))
def test_as_array_on_any_list_returns_numbers_or_a_course_error(items):
    snapshot = copy.deepcopy(items)
    try:
        arr = v.as_array(items, "values")
    except (TypeError, ValueError) as error:
        assert type(error) in (TypeError, ValueError)
        assert "values" in str(error)
        assert_course_message(error)
    else:
        assert arr.dtype == float and np.all(np.isfinite(arr))
    assert items == snapshot


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**9, 10**9)))
def test_check_positive_and_fraction_accept_exactly_their_range(x):
    if np.isfinite(x) and x > 0:
        assert v.check_positive(x, "lr") == float(x)
    else:
        with pytest.raises(ValueError, match="lr must be a finite number > 0"):
            v.check_positive(x, "lr")
    if np.isfinite(x) and 0 < x < 1:
        assert v.check_fraction(x, "f") == x
    else:
        with pytest.raises(ValueError, match="f must be strictly between 0 and 1"):
            v.check_fraction(x, "f")


@settings(max_examples=150, deadline=None)
@given(st.integers(-100, 100), st.integers(-50, 0), st.integers(0, 50))
def test_check_int_bounds(n, low, high):
    if low <= n <= high:
        assert v.check_int(n, "n", minimum=low, maximum=high) == n
    else:
        with pytest.raises(ValueError, match=f"n must be {'>=' if n < low else '<='}"):
            v.check_int(n, "n", minimum=low, maximum=high)


shapes = hnp.array_shapes(min_dims=0, max_dims=3, min_side=1, max_side=4)


@settings(max_examples=150, deadline=None)
@given(shapes, shapes)
def test_check_same_shape_refuses_exactly_the_different_shapes(shape_a, shape_b):
    a, b = np.zeros(shape_a), np.ones(shape_b)
    if shape_a == shape_b:
        assert v.check_same_shape(a, b, "a", "b") == shape_a
    else:
        with pytest.raises(ValueError) as info:
            v.check_same_shape(a, b, "a", "b")
        assert f"got {shape_a} and {shape_b}" in str(info.value)
        with pytest.raises(ValueError):
            v.check_same_shape(b, a, "b", "a")


anything = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.integers(min_value=10**300), st.floats(),
              st.text(max_size=300), st.binary(max_size=300), st.complex_numbers(), st.builds(object),
              st.sets(st.integers(), max_size=20), hnp.arrays(np.float64, hnp.array_shapes(min_dims=0, max_dims=3))),
    lambda children: st.one_of(st.lists(children, max_size=3), st.tuples(children),
                               st.dictionaries(st.text(max_size=50), children, max_size=20)),
    max_leaves=6,
)


@settings(max_examples=200, deadline=None)
@given(anything)
def test_describe_never_fails_and_stays_short(value):
    text = v.describe(value)
    assert isinstance(text, str) and 0 < len(text) < 160 and "object at 0x" not in text


# ------------------------------------------------------------------------------------------- inputs never change


def test_no_check_changes_the_callers_data():
    torch = pytest.importorskip("torch")
    table = _df_nan()
    values = [[1.0, 2.0], [3.0, 4.0]]
    array = np.array([[1.0, np.nan], [3.0, 4.0]])
    tensor = torch.tensor([0.0, 1.0, 1.0], requires_grad=True)
    labels = pd.Series([0, 1, 1], name="alert")
    saved = (table.copy(), copy.deepcopy(values), array.copy(), tensor.detach().clone(), labels.copy())
    for call in (lambda: v.as_array(table, "X"), lambda: v.as_array(values, "X", shape=(None, 2)),
                 lambda: v.as_array(array, "X"), lambda: v.as_array(array, "X", allow_nan=True),
                 lambda: v.as_array(tensor, "t"), lambda: v.check_binary_labels(labels),
                 lambda: v.check_binary_labels(tensor), lambda: v.check_same_shape(array, values, "a", "b"),
                 lambda: v.check_same_length(table, labels, "X", "y"), lambda: v.as_array(values, "k", dtype=int)):
        try:
            call()
        except (TypeError, ValueError):
            pass
    pd.testing.assert_frame_equal(table, saved[0])
    assert values == saved[1]
    np.testing.assert_array_equal(array, saved[2])
    assert torch.equal(tensor.detach(), saved[3]) and tensor.requires_grad
    pd.testing.assert_series_equal(labels, saved[4])
