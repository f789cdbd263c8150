"""Bad inputs to course_utils.regression get course messages (issue 13); inputs are never mutated.

Every case names the exception type and words the message must contain: what was expected and what was
received. ``BAD_INPUTS`` is the list the issue's report counts.
"""

import numpy as np
import pandas as pd
import pytest
import torch
from bad_input_support import check_french
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from course_utils import regression

A = np.linspace(-1.0, 1.0, 5)
X = np.array([1.0, 2.0, 3.0, 4.0])
Y = 2 * X + 1


def mse(a, b):
    return np.mean((Y - (a * X + b)) ** 2)


#: Fragments of raw library messages or object dumps that must never reach a student.
RAW = ("Traceback", "object at 0x", "could not convert", "inhomogeneous", "is not iterable", "unsupported operand",
       "<class '", "has no attribute", "not supported between", "index out of", "positional argument")


def _case(label, func, args, kwargs, error, *words):
    return pytest.param(func, args, kwargs, error, words, id=label)


def _raises_zero_division(a, b):
    return 1 / 0


BAD_INPUTS = [
    # loss_surface
    _case("loss-not-callable", regression.loss_surface, (3, A, A), {}, TypeError, "function", "number 3"),
    _case("loss-a-call-result", regression.loss_surface, (mse(1, 2), A, A), {}, TypeError, "function", "lambda"),
    _case("loss-one-argument", regression.loss_surface, (lambda a: a, A, A), {}, TypeError, "two numbers",
          "(a)", "lambda a, b"),
    _case("loss-three-arguments", regression.loss_surface, (lambda a, b, x: a, A, A), {}, TypeError,
          "two numbers", "(a, b, x)"),
    _case("loss-returns-residuals", regression.loss_surface, (lambda a, b: Y - (a * X + b), A, A), {}, TypeError,
          "one number", "array of 4 values", "np.mean"),
    _case("loss-returns-list", regression.loss_surface, (lambda a, b: [a, b], A, A), {}, TypeError, "number",
          "list of 2"),
    _case("loss-returns-none", regression.loss_surface, (lambda a, b: None, A, A), {}, TypeError, "number",
          "None"),
    _case("loss-returns-text", regression.loss_surface, (lambda a, b: "high", A, A), {}, TypeError, "number",
          "'high'"),
    _case("loss-returns-nan", regression.loss_surface, (lambda a, b: float("nan"), A, A), {}, ValueError,
          "returned nan", "a=-1", "finite"),
    _case("loss-returns-inf", regression.loss_surface, (lambda a, b: np.inf if a > 0 else 0.0, A, A), {},
          ValueError, "returned inf", "a=0.5"),
    _case("loss-fails", regression.loss_surface, (_raises_zero_division, A, A), {}, ValueError, "failed",
          "ZeroDivisionError", "a=-1, b=-1"),
    _case("a-values-number", regression.loss_surface, (mse, 3.0, A), {}, ValueError, "a_values", "1-D", "0-D"),
    _case("a-values-2d", regression.loss_surface, (mse, np.ones((2, 2)), A), {}, ValueError, "a_values", "1-D",
          "(2, 2)"),
    _case("b-values-text", regression.loss_surface, (mse, A, "0:10"), {}, TypeError, "b_values", "'0:10'"),
    _case("b-values-nan", regression.loss_surface, (mse, A, [0.0, np.nan]), {}, ValueError, "b_values", "nan"),
    _case("b-values-empty", regression.loss_surface, (mse, A, []), {}, ValueError, "b_values", "empty"),
    _case("grid-too-large", regression.loss_surface, (mse, np.zeros(1000), np.zeros(1000)), {}, ValueError,
          "1000 x 1000", "1,000,000", "at most 250,000"),
    # residual_lines
    _case("residual-lengths", regression.residual_lines, ([1, 2], [1, 2, 3], [1, 2]), {}, ValueError, "x and y",
          "same number", "2 and 3"),
    _case("residual-yhat-length", regression.residual_lines, ([1, 2], [1, 2], [1]), {}, ValueError, "y_hat",
          "2 and 1"),
    _case("residual-nan", regression.residual_lines, ([1, np.nan], [1, 2], [1, 2]), {}, ValueError, "x", "nan",
          "index 1"),
    _case("residual-column", regression.residual_lines, (np.ones((3, 1)), np.ones(3), np.ones(3)), {}, ValueError,
          "1-D", "(3, 1)", "ravel"),
    _case("residual-table", regression.residual_lines, (pd.DataFrame({"h": [1, 2]}), [1, 2], [1, 2]), {},
          ValueError, "1-D", "(2, 1)"),
    _case("residual-text", regression.residual_lines, (["8h", "9h"], [1, 2], [1, 2]), {}, TypeError, "numbers",
          "'8h'"),
    _case("residual-none", regression.residual_lines, (None, [1, 2], [1, 2]), {}, TypeError, "x", "None"),
    # polynomial_features
    _case("degree-negative", regression.polynomial_features, (X, -1, (0, 24)), {}, ValueError, "degree", ">= 0",
          "-1"),
    _case("degree-too-high", regression.polynomial_features, (X, 31, (0, 24)), {}, ValueError, "degree", "<= 30",
          "31"),
    _case("degree-float", regression.polynomial_features, (X, 2.0, (0, 24)), {}, TypeError, "degree", "2.0",
          "degree=2"),
    _case("degree-text", regression.polynomial_features, (X, "3", (0, 24)), {}, TypeError, "degree", "'3'"),
    _case("range-none", regression.polynomial_features, (X, 2, None), {}, TypeError, "pair", "None"),
    _case("range-one-number", regression.polynomial_features, (X, 2, 24), {}, TypeError, "pair", "number 24"),
    _case("range-three", regression.polynomial_features, (X, 2, (0, 12, 24)), {}, TypeError, "pair",
          "tuple of 3"),
    _case("range-text", regression.polynomial_features, (X, 2, "0-24"), {}, TypeError, "pair", "'0-24'"),
    _case("range-quoted-numbers", regression.polynomial_features, (X, 2, ("0", "24")), {}, TypeError,
          "x_range[0]", "'0'"),
    _case("range-nested", regression.polynomial_features, (X, 2, ([0], [24])), {}, TypeError, "x_range[0]",
          "list of 1"),
    _case("range-reversed", regression.polynomial_features, (X, 2, (24, 0)), {}, ValueError, "low < high",
          "(24, 0)", "Swap"),
    _case("range-equal", regression.polynomial_features, (X, 2, (5, 5)), {}, ValueError, "low < high", "(5, 5)"),
    _case("range-nan", regression.polynomial_features, (X, 2, (0, np.nan)), {}, ValueError, "x_range[1]", "nan"),
    _case("x-column", regression.polynomial_features, (X[:, None], 2, (0, 24)), {}, ValueError, "1-D", "(4, 1)"),
    _case("x-number", regression.polynomial_features, (3.0, 2, (0, 24)), {}, ValueError, "1-D", "0-D"),
    _case("x-nan", regression.polynomial_features, ([1.0, np.nan], 2, (0, 24)), {}, ValueError, "x", "nan"),
    # true_circadian_temperature / make_circadian_temperature
    _case("hour-text", regression.true_circadian_temperature, ("12:00",), {}, TypeError, "hour", "'12:00'"),
    _case("hour-nan", regression.true_circadian_temperature, (np.nan,), {}, ValueError, "hour", "nan"),
    _case("hour-none", regression.true_circadian_temperature, (None,), {}, TypeError, "hour", "None"),
    _case("readings-zero", regression.make_circadian_temperature, (0,), {}, ValueError, "n (number of readings)",
          ">= 1", "0"),
    _case("readings-huge", regression.make_circadian_temperature, (10**12,), {}, ValueError,
          "n (number of readings)", "<= 1000000", "1000000000000"),
    _case("readings-float", regression.make_circadian_temperature, (20.0,), {}, TypeError, "integer", "20.0"),
    _case("seed-negative", regression.make_circadian_temperature, (20,), {"seed": -1}, ValueError, "seed", "-1"),
    _case("seed-text", regression.make_circadian_temperature, (20,), {"seed": "1"}, TypeError, "seed", "'1'"),
    _case("noise-zero", regression.make_circadian_temperature, (20,), {"noise_sd": 0}, ValueError, "noise_sd",
          "> 0", "0"),
    _case("noise-negative", regression.make_circadian_temperature, (20,), {"noise_sd": -0.1}, ValueError,
          "noise_sd", "-0.1"),
    _case("noise-text", regression.make_circadian_temperature, (20,), {"noise_sd": "0.1"}, TypeError, "noise_sd",
          "'0.1'"),
    _case("noise-nan", regression.make_circadian_temperature, (20,), {"noise_sd": float("nan")}, ValueError,
          "noise_sd", "nan"),
]


@pytest.mark.parametrize("func, args, kwargs, error, words", BAD_INPUTS)
def test_bad_input_gets_a_course_message(func, args, kwargs, error, words):
    with pytest.raises(error) as info:
        func(*args, **kwargs)
    message = str(info.value)
    assert type(info.value) in (TypeError, ValueError), type(info.value)
    for word in words:
        assert word.lower() in message.lower(), f"{word!r} missing from: {message}"
    assert not [raw for raw in RAW if raw in message], message
    assert len(message) < 600
    check_french(lambda: func(*args, **kwargs), message)


def test_the_issue_counts_its_cases():
    assert len(BAD_INPUTS) >= 50


def test_a_failing_loss_keeps_the_student_traceback():
    with pytest.raises(ValueError) as info:
        regression.loss_surface(_raises_zero_division, A, A)
    assert isinstance(info.value.__cause__, ZeroDivisionError)  # the student's own line stays in the traceback


def test_loss_may_return_numpy_and_torch_scalars():
    grid = regression.loss_surface(lambda a, b: torch.tensor(a + b), A, A[:3])
    np.testing.assert_allclose(grid, A[None, :] + A[:3, None])
    assert regression.loss_surface(lambda a, b: np.float32(a), A, A).dtype == np.float64
    assert regression.loss_surface(lambda a, b: np.array(a * b), A, A).shape == (5, 5)


def test_polynomial_features_range_as_array_or_series():
    expected = regression.polynomial_features(X, 3, (0, 24))
    np.testing.assert_array_equal(regression.polynomial_features(X, 3, np.array([0, 24])), expected)
    np.testing.assert_array_equal(regression.polynomial_features(X, 3, pd.Series([0.0, 24.0])), expected)


def test_inputs_are_never_modified():
    a, b = A.copy(), A[::-1].copy()
    x, y, y_hat = X.copy(), Y.copy(), Y - 0.5
    hours = pd.Series([3.0, 9.0, 15.0])
    span = [0, 24]
    saved = [v.copy() for v in (a, b, x, y, y_hat, hours)]
    regression.loss_surface(mse, a, b)
    regression.residual_lines(x, y, y_hat)
    regression.polynomial_features(x, 4, span)
    regression.polynomial_features(hours, 2, span)
    regression.true_circadian_temperature(hours)
    for value, before in zip((a, b, x, y, y_hat, hours), saved):
        np.testing.assert_array_equal(value, before)
    assert span == [0, 24]


def test_loss_surface_never_hands_its_grid_to_the_loss():
    seen = []
    regression.loss_surface(lambda a, b: seen.append((type(a), type(b))) or 0.0, A[:2], A[:2])
    assert set(seen) == {(float, float)}  # plain numbers: the loss cannot write into the caller's grid


# --- properties (Hypothesis) ------------------------------------------------------------------------------------

finite = st.floats(-1e3, 1e3, allow_nan=False)


@settings(max_examples=50, deadline=None)
@given(x=arrays(float, st.integers(1, 20), elements=finite), degree=st.integers(0, 8),
       low=st.floats(-100, 100), width=st.floats(0.5, 100))
def test_polynomial_features_columns_are_powers(x, degree, low, width):
    features = regression.polynomial_features(x, degree, (low, low + width))
    z = 2 * (x - low) / width - 1
    assert features.shape == (len(x), degree + 1)
    np.testing.assert_allclose(features[:, 0], 1.0)
    if degree:
        np.testing.assert_allclose(features[:, 1], z, rtol=1e-9, atol=1e-9)


@settings(max_examples=50, deadline=None)
@given(x=arrays(float, st.integers(1, 30), elements=finite), shift=finite)
def test_residual_lines_pairs_every_point_with_its_prediction(x, shift):
    xs, ys = regression.residual_lines(x, x, x + shift)
    assert np.isnan(xs[2::3]).all() and np.isnan(ys[2::3]).all()
    np.testing.assert_array_equal(ys[1::3], x + shift)
    np.testing.assert_array_equal(xs[0::3], xs[1::3])


@settings(max_examples=30, deadline=None)
@given(hours=arrays(float, st.integers(1, 50), elements=st.floats(-48, 72)))
def test_circadian_curve_is_periodic_and_in_range(hours):
    temp = regression.true_circadian_temperature(hours)
    np.testing.assert_allclose(temp, regression.true_circadian_temperature(hours + 24), atol=1e-9)
    low = regression.CIRCADIAN_MEAN_C - regression.CIRCADIAN_AMPLITUDE_C
    high = regression.CIRCADIAN_MEAN_C + regression.CIRCADIAN_AMPLITUDE_C
    assert ((temp >= low - 1e-9) & (temp <= high + 1e-9)).all()
