"""Bad input to course_utils.reference.gradients: numerical_gradient and relative_error."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from bad_input_support import refused
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from course_utils.reference import gradients
from course_utils.reference.autograd import Value

X = np.array([0.3, -0.8])


def quadratic(x):
    return float(np.sum(x ** 2))


CASES = [
    ("f a number", lambda: gradients.numerical_gradient(3.0, X), TypeError, "function", "the number 3"),
    ("f called too early", lambda: gradients.numerical_gradient(quadratic(X), X), TypeError,
     "numerical_gradient(loss, w)", "the number 0.73"),
    ("f None", lambda: gradients.numerical_gradient(None, X), TypeError, "function", "None"),
    ("f returns an array", lambda: gradients.numerical_gradient(lambda v: v, X), TypeError, "single number",
     "array of 2 values"),
    ("f returns a Value", lambda: gradients.numerical_gradient(lambda v: Value(float(v.sum())), X), TypeError,
     "loss.data", "a Value"),
    ("f returns None", lambda: gradients.numerical_gradient(lambda v: None, X), TypeError, "forget `return`",
     "None"),
    ("f returns text", lambda: gradients.numerical_gradient(lambda v: "0.5", X), TypeError, "single number",
     "the text '0.5'"),
    ("f returns a list", lambda: gradients.numerical_gradient(lambda v: [1.0], X), TypeError, "single number",
     "list of 1 item"),
    ("f returns a bool", lambda: gradients.numerical_gradient(lambda v: bool(v[0] > 0), X), TypeError,
     "single number", "yes/no"),
    ("f returns NaN", lambda: gradients.numerical_gradient(lambda v: float("nan"), X), ValueError,
     "cannot be estimated", "nan"),
    ("f returns inf", lambda: gradients.numerical_gradient(lambda v: np.inf, X), ValueError,
     "cannot be estimated", "inf"),
    ("x text", lambda: gradients.numerical_gradient(quadratic, "0.3"), TypeError, "array of numbers",
     "the text '0.3'"),
    ("x NaN", lambda: gradients.numerical_gradient(quadratic, [np.nan, 1.0]), ValueError, "Remove or fill",
     "NaN"),
    ("x empty", lambda: gradients.numerical_gradient(quadratic, []), ValueError, "at least one value", "empty"),
    ("x None", lambda: gradients.numerical_gradient(quadratic, None), TypeError, "array of numbers", "None"),
    ("eps 0", lambda: gradients.numerical_gradient(quadratic, X, eps=0.0), ValueError, "> 0", "0"),
    ("eps negative", lambda: gradients.numerical_gradient(quadratic, X, eps=-1e-6), ValueError, "> 0", "-1e-06"),
    ("eps text", lambda: gradients.numerical_gradient(quadratic, X, eps="1e-6"), TypeError, "eps",
     "'1e-6'"),
    ("eps NaN", lambda: gradients.numerical_gradient(quadratic, X, eps=np.nan), ValueError, "finite", "nan"),
    ("shapes (n,) vs (n, 1)", lambda: gradients.relative_error(np.zeros(3), np.zeros((3, 1))), ValueError,
     "same shape", "(3,) and (3, 1)"),
    ("shapes differ", lambda: gradients.relative_error([1.0], [1.0, 2.0]), ValueError, "same shape",
     "(1,) and (2,)"),
    ("transposed", lambda: gradients.relative_error(np.zeros((2, 3)), np.zeros((3, 2))), ValueError, ".T",
     "(2, 3) and (3, 2)"),
    ("NaN gradient", lambda: gradients.relative_error([np.nan], [1.0]), ValueError, "Remove or fill", "NaN"),
    ("text gradient", lambda: gradients.relative_error("a", [1.0]), TypeError, "array of numbers", "'a'"),
    ("empty gradients", lambda: gradients.relative_error([], []), ValueError, "at least one value", "empty"),
]


@pytest.mark.parametrize("call, error, expected, received", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_is_refused_with_a_course_message(call, error, expected, received):
    refused(call, error, expected, received)


def test_f_that_changes_its_argument_changes_nothing_here():
    def greedy(v):
        value = float(np.sum(v ** 2))
        v *= 10.0                                         # a student's function that normalises in place
        return value

    x = X.copy()
    np.testing.assert_allclose(gradients.numerical_gradient(greedy, x), 2 * X, atol=1e-7)
    np.testing.assert_array_equal(x, X)


def test_f_may_return_a_one_value_array_or_tensor():
    np.testing.assert_allclose(gradients.numerical_gradient(lambda v: np.array([np.sum(v ** 2)]), X), 2 * X,
                               atol=1e-7)
    np.testing.assert_allclose(gradients.numerical_gradient(lambda v: torch.tensor(v).pow(2).sum(), X), 2 * X,
                               atol=1e-7)


def test_the_callers_inputs_are_not_modified():
    x_list, a, b = [0.3, -0.8], np.array([1.0, 2.0]), torch.tensor([1.0, 2.5])
    gradients.numerical_gradient(quadratic, x_list)
    gradients.relative_error(a, b)
    assert x_list == [0.3, -0.8]
    np.testing.assert_array_equal(a, [1.0, 2.0])
    assert b.tolist() == [1.0, 2.5]


@settings(max_examples=50, deadline=None)
@given(x=hnp.arrays(np.float64, st.integers(1, 6), elements=st.floats(-10, 10)))
def test_property_central_differences_of_a_quadratic(x):
    np.testing.assert_allclose(gradients.numerical_gradient(quadratic, x, eps=1e-4), 2 * x, atol=1e-6)


@settings(max_examples=80, deadline=None)
@given(a=hnp.arrays(np.float64, st.integers(1, 6), elements=st.floats(-1e6, 1e6)), data=st.data())
def test_property_relative_error_is_symmetric_and_between_0_and_2(a, data):
    b = data.draw(hnp.arrays(np.float64, a.shape, elements=st.floats(-1e6, 1e6)))
    e = gradients.relative_error(a, b)
    assert e == gradients.relative_error(b, a)
    assert 0 <= e <= 2 and gradients.relative_error(a, a) == 0
