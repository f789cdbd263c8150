"""Bad input to course_utils.reference.losses: refused with a course message, never broadcast silently.

Each case asserts the exception type and words naming what was expected and what was received; then the
caller's arrays are checked untouched, and property-based tests check the shape rule and the losses' values.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import torch
from bad_input_support import refused
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from course_utils.reference import losses

Y5 = np.array([0.0, 1.0, 1.0, 0.0, 1.0])
H5 = np.array([0.2, 0.7, 0.9, 0.4, 0.6])
X1 = np.column_stack([np.ones(5), np.arange(5.0), np.arange(5.0) ** 2 / 10])
W = np.array([0.1, -0.2, 0.3])


CASES = [
    # the reported failure: targets (n,) against predictions (n, 1) gave an (n, n) table
    ("squared error, (n,) vs (n, 1)", lambda: losses.squared_error(Y5, H5.reshape(-1, 1)), ValueError,
     "same shape", "(5,) and h of shape (5, 1)"),
    ("cross-entropy, (n,) vs (n, 1)", lambda: losses.cross_entropy(Y5, H5.reshape(-1, 1)), ValueError,
     "same shape", "(5,) and h of shape (5, 1)"),
    ("cross-entropy, (n, 1) vs (n,)", lambda: losses.cross_entropy(Y5.reshape(-1, 1), H5), ValueError,
     "same shape", "(5, 1) and h of shape (5,)"),
    ("squared error, (1, n) vs (n,)", lambda: losses.squared_error(Y5.reshape(1, -1), H5), ValueError,
     "same shape", "(1, 5)"),
    ("cross-entropy, column tensor", lambda: losses.cross_entropy(Y5, torch.tensor(H5).reshape(-1, 1)), ValueError,
     "same shape", "(5, 1)"),
    ("squared error, lengths differ", lambda: losses.squared_error([1, 0, 1], [0.5, 0.5]), ValueError,
     "same shape", "(3,) and h of shape (2,)"),
    ("cross-entropy, lengths differ", lambda: losses.cross_entropy(Y5[:4], H5), ValueError,
     "same patients", "(4,)"),
    ("squared error, transposed table", lambda: losses.squared_error(np.zeros((2, 3)), np.zeros((3, 2))),
     ValueError, "same shape", "(2, 3)"),
    ("size-1 array against many", lambda: losses.squared_error([1.0], H5), ValueError, "same shape", "(1,)"),
    ("targets 1/2", lambda: losses.cross_entropy([1, 2, 1], [0.5, 0.5, 0.5]), ValueError,
     "between 0 and 1", "from 1 to 2"),
    ("targets -1/1", lambda: losses.cross_entropy([-1, 1], [0.5, 0.5]), ValueError, "labels 0/1", "position 0"),
    ("z instead of h", lambda: losses.cross_entropy(Y5, [2.3, -1.0, 0.4, 0.1, 5.0]), ValueError,
     "sigmoid", "from -1 to 5"),
    ("percentages instead of h", lambda: losses.cross_entropy([1, 0], [80.0, 20.0]), ValueError,
     "probabilities between 0 and 1", "80"),
    ("h out of range in a table", lambda: losses.cross_entropy(np.zeros((2, 2)), [[0.5, 0.5], [2.0, 0.5]]),
     ValueError, "between 0 and 1", "(1, 0)"),
    ("eps 0", lambda: losses.cross_entropy(1, 0.5, eps=0.0), ValueError, "strictly between 0 and 1", "0"),
    ("eps 1", lambda: losses.cross_entropy(1, 0.5, eps=1.0), ValueError, "strictly between 0 and 1", "1"),
    ("eps 0.6", lambda: losses.cross_entropy(1, 0.5, eps=0.6), ValueError, "below 0.5", "0.6"),
    ("eps text", lambda: losses.cross_entropy(1, 0.5, eps="small"), TypeError, "eps", "the text 'small'"),
    ("NaN target", lambda: losses.squared_error([1.0, np.nan], [0.5, 0.5]), ValueError, "Remove or fill",
     "NaN"),
    ("NaN prediction", lambda: losses.cross_entropy([1, 0], [0.5, np.nan]), ValueError, "Remove or fill",
     "index 1"),
    ("inf prediction", lambda: losses.squared_error([1, 0], [0.5, np.inf]), ValueError, "Remove or fill", "inf"),
    ("squared error too large", lambda: losses.squared_error([1e200], [-1e200]), ValueError,
     "too large for a computer number", "1e+200"),
    ("text targets", lambda: losses.squared_error("y", [0.5]), TypeError, "array of numbers", "the text 'y'"),
    ("None predictions", lambda: losses.cross_entropy([1, 0], None), TypeError, "array of numbers", "None"),
    ("empty", lambda: losses.squared_error([], []), ValueError, "at least one value", "empty"),
    ("labels as words", lambda: losses.cross_entropy(["yes", "no"], [0.5, 0.5]), TypeError,
     "array of numbers", "'yes'"),
    ("ragged", lambda: losses.squared_error([[1, 2], [3]], [[1, 2], [3, 4]]), ValueError, "equal length",
     "row 0 has 2 values"),
    ("dict", lambda: losses.squared_error({"a": 1}, 1.0), TypeError, "array of numbers", "dictionary"),
    ("logistic: w 2-D", lambda: losses.logistic_loss_and_gradient(W.reshape(-1, 1), X1, Y5), ValueError,
     "1-D", "(3, 1)"),
    ("logistic: no column of ones", lambda: losses.logistic_loss_and_gradient(W, X1[:, 1:], Y5), ValueError,
     "one column per weight", "got 2"),
    ("logistic: first column not 1", lambda: losses.logistic_loss_and_gradient(W, X1[:, ::-1], Y5), ValueError,
     "x0 = 1", "from 0 to 1.6"),
    ("logistic: X1 1-D", lambda: losses.logistic_loss_and_gradient(W, np.ones(3), Y5), ValueError,
     "2-D", "1-D"),
    ("logistic: y column", lambda: losses.logistic_loss_and_gradient(W, X1, Y5.reshape(-1, 1)), ValueError,
     "shape (5,)", "(5, 1)"),
    ("logistic: y too short", lambda: losses.logistic_loss_and_gradient(W, X1, Y5[:3]), ValueError,
     "one 0/1 target per row", "(3,)"),
    ("logistic: y 1/2", lambda: losses.logistic_loss_and_gradient(W, X1, Y5 + 1), ValueError,
     "between 0 and 1", "from 1 to 2"),
    ("logistic: l2 negative", lambda: losses.logistic_loss_and_gradient(W, X1, Y5, l2=-1.0), ValueError,
     ">= 0", "-1"),
    ("logistic: l2 text", lambda: losses.logistic_loss_and_gradient(W, X1, Y5, l2="0.1"), TypeError,
     "l2", "'0.1'"),
    ("logistic: NaN in X1", lambda: losses.logistic_loss_and_gradient(W, np.where(X1 == 0.1, np.nan, X1), Y5),
     ValueError, "Remove or fill", "NaN"),
]


@pytest.mark.parametrize("call, error, expected, received", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_is_refused_with_a_course_message(call, error, expected, received):
    refused(call, error, expected, received)


def test_a_single_number_is_still_compared_with_every_prediction():
    """One target against a grid of predictions (notebook 03's loss curves) stays allowed, and is what it says."""
    grid = np.linspace(0.01, 0.99, 7)
    np.testing.assert_allclose(losses.cross_entropy(1, grid), -np.log(grid))
    np.testing.assert_allclose(losses.squared_error(grid, 0.0), grid ** 2 / 2)
    assert losses.squared_error(np.float64(2.0), np.array(1.0)) == 0.5


@pytest.mark.parametrize("make", [np.array, list, pd.Series, torch.tensor])
def test_the_callers_inputs_are_not_modified(make):
    y, h = make(Y5.copy()), make(H5.copy())
    losses.squared_error(y, h)
    losses.cross_entropy(y, make(np.array([0.0, 1.0, 1.0, 0.0, 1.0])))   # clipping happens on a copy
    for value, original in ((y, Y5), (h, H5)):
        np.testing.assert_array_equal(np.asarray(value), original)
    X, w, yy = X1.copy(), W.copy(), Y5.copy()
    losses.logistic_loss_and_gradient(w, X, yy, l2=0.5)
    np.testing.assert_array_equal(X, X1)
    np.testing.assert_array_equal(w, W)
    np.testing.assert_array_equal(yy, Y5)
    with pytest.raises(ValueError):
        losses.cross_entropy(y, make(H5.reshape(-1, 1).copy()) if make is not list else [[v] for v in H5])
    np.testing.assert_array_equal(np.asarray(y), Y5)


shapes = hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=4)


@settings(max_examples=80, deadline=None)
@given(shape_y=shapes, shape_h=shapes)
def test_property_shapes_must_match_exactly(shape_y, shape_h):
    y, h = np.full(shape_y, 1.0), np.full(shape_h, 0.5)
    if shape_y == shape_h:
        assert losses.cross_entropy(y, h).shape == shape_y
        assert losses.squared_error(y, h).shape == shape_y
        return
    for loss in (losses.cross_entropy, losses.squared_error):
        with pytest.raises(ValueError, match="must have the same shape"):
            loss(y, h)


probabilities = hnp.arrays(np.float64, st.integers(1, 20), elements=st.floats(0.0, 1.0))


@settings(max_examples=80, deadline=None)
@given(h=probabilities, data=st.data())
def test_property_cross_entropy_is_finite_and_not_negative(h, data):
    y = data.draw(hnp.arrays(np.float64, h.shape, elements=st.sampled_from([0.0, 1.0])))
    ce = losses.cross_entropy(y, h)
    assert ce.shape == h.shape and np.all(np.isfinite(ce)) and np.all(ce >= 0)
    perfect = losses.cross_entropy(y, y)
    assert np.all(perfect <= ce + 1e-9)                   # the right answer costs the least


@settings(max_examples=80, deadline=None)
@given(y=hnp.arrays(np.float64, st.integers(1, 20), elements=st.floats(-1e6, 1e6)), data=st.data())
def test_property_squared_error_is_half_the_square_and_symmetric(y, data):
    h = data.draw(hnp.arrays(np.float64, y.shape, elements=st.floats(-1e6, 1e6)))
    se = losses.squared_error(y, h)
    np.testing.assert_allclose(se, 0.5 * (y - h) ** 2)
    np.testing.assert_array_equal(se, losses.squared_error(h, y))
    assert np.all(se >= 0) and np.all(losses.squared_error(y, y) == 0)
