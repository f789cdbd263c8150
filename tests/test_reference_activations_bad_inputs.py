"""Bad input to course_utils.reference.activations, the leaky-ReLU convention, and property-based checks."""

from __future__ import annotations

import inspect

import numpy as np
import pytest
import torch
from bad_input_support import refused
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from course_utils.reference import activations

FUNCTIONS = [f for pair in activations.ACTIVATIONS.values() for f in pair]


# what every activation and derivative gets wrong in the same way (the input's name is x, or z for the step)
BAD_INPUTS = [
    ("text", "abc", TypeError, "array of numbers", "the text 'abc'"),
    ("None", None, TypeError, "array of numbers", "None"),
    ("dict", {"z": 1.0}, TypeError, "array of numbers", "dictionary"),
    ("NaN", [0.5, np.nan], ValueError, "Remove or fill", "NaN"),
    ("inf", [np.inf], ValueError, "Remove or fill", "inf"),
    ("empty", [], ValueError, "at least one value", "empty"),
    ("ragged", [[1.0, 2.0], [3.0]], ValueError, "equal length", "row 0 has 2 values"),
    ("words in a list", [1.0, "two"], TypeError, "array of numbers", "'two'"),
    ("complex", [1 + 1j], TypeError, "real numbers", "complex"),
]


@pytest.mark.parametrize("function", FUNCTIONS, ids=[f.__name__ for f in FUNCTIONS])
@pytest.mark.parametrize("value, error, expected, received", [c[1:] for c in BAD_INPUTS],
                         ids=[c[0] for c in BAD_INPUTS])
def test_every_activation_refuses_bad_input(function, value, error, expected, received):
    name = "z" if function.__name__.startswith("step") else "x"
    message = refused(lambda: function(value), error, expected, received)
    assert message.startswith(name + " "), message


OTHER_CASES = [
    ("unknown name", lambda: activations.activation("softmax"), ValueError, "must be one of", "'softmax'"),
    ("capitalised name", lambda: activations.activation("ReLU"), ValueError, "Did you mean 'relu'", "'ReLU'"),
    ("name not a text", lambda: activations.activation(None), ValueError, "must be one of", "None"),
    ("leaky slope negative", lambda: activations.leaky_relu([1.0], alpha=-0.1), ValueError,
     "strictly between 0 and 1", "-0.1"),
    ("leaky slope 0", lambda: activations.leaky_relu([1.0], alpha=0), ValueError, "0.01", "got 0"),
    ("leaky slope 1", lambda: activations.leaky_relu_derivative([1.0], alpha=1.0), ValueError,
     "below 1", "got 1"),
    ("leaky slope 10", lambda: activations.leaky_relu([1.0], alpha=10), ValueError, "0.01", "10"),
    ("leaky slope text", lambda: activations.leaky_relu([1.0], alpha="0.01"), TypeError, "between 0 and 1",
     "'0.01'"),
    ("leaky slope array", lambda: activations.leaky_relu([1.0], alpha=np.array([0.1, 0.2])), TypeError,
     "single number", "array of 2 values"),
    ("ELU alpha 0", lambda: activations.elu([1.0], alpha=0), ValueError, "> 0", "0"),
    ("ELU alpha NaN", lambda: activations.elu_derivative([1.0], alpha=np.nan), ValueError, "finite", "nan"),
    ("step threshold text", lambda: activations.step([1.0], threshold="high"), TypeError, "threshold",
     "'high'"),
    ("step threshold NaN", lambda: activations.step([1.0], threshold=np.nan), ValueError, "finite number",
     "nan"),
    ("step threshold inf", lambda: activations.step([1.0], threshold=np.inf), ValueError, "finite number",
     "inf"),
    ("step threshold list", lambda: activations.step([1.0], threshold=[0, 1]), TypeError, "single number",
     "list of 2 items"),
    ("maxout one piece", lambda: activations.maxout([1.0], pieces=[(1.0, 0.0)]), ValueError,
     "at least two (slope, intercept) pairs", "(1, 2)"),
    ("maxout a single pair", lambda: activations.maxout([1.0], pieces=(1.0, 0.0)), ValueError,
     "shape (k, 2)", "(2,)"),
    ("maxout triples", lambda: activations.maxout_derivative([1.0], pieces=[(1, 0, 0), (0, 1, 0)]), ValueError,
     "(slope, intercept) pairs", "(2, 3)"),
    ("maxout NaN piece", lambda: activations.maxout([1.0], pieces=[(1.0, np.nan), (0.0, 0.0)]), ValueError,
     "Remove or fill", "NaN"),
    ("maxout pieces text", lambda: activations.maxout([1.0], pieces="relu"), TypeError, "array of numbers",
     "'relu'"),
]


@pytest.mark.parametrize("call, error, expected, received", [c[1:] for c in OTHER_CASES],
                         ids=[c[0] for c in OTHER_CASES])
def test_bad_parameters_are_refused(call, error, expected, received):
    refused(call, error, expected, received)


def test_one_leaky_relu_convention_pytorchs_default_slope():
    assert activations.LEAKY_SLOPE == 0.01
    for f in (activations.leaky_relu, activations.leaky_relu_derivative):
        assert inspect.signature(f).parameters["alpha"].default == activations.LEAKY_SLOPE
    assert "0.01" in activations.leaky_relu.__doc__ and "PyTorch" in activations.leaky_relu.__doc__
    torch_default = inspect.signature(torch.nn.LeakyReLU).parameters["negative_slope"].default
    assert torch_default == activations.LEAKY_SLOPE
    z = np.linspace(-3, 3, 13) + 1e-3
    np.testing.assert_allclose(activations.leaky_relu(z), torch.nn.LeakyReLU()(torch.tensor(z)).numpy())
    f, df = activations.activation("leaky_relu")
    assert df(np.array([-2.0]))[0] == 0.01


@pytest.mark.parametrize("function", FUNCTIONS, ids=[f.__name__ for f in FUNCTIONS])
def test_the_callers_array_is_not_modified(function):
    z = np.array([[-2.0, -0.5], [0.0, 3.0]])
    before = z.copy()
    as_list = z.tolist()
    out = function(z)
    function(as_list)
    assert out.shape == z.shape
    np.testing.assert_array_equal(z, before)
    assert as_list == before.tolist()
    out[...] = 99.0                                       # the result is a new array, not a view of the input
    np.testing.assert_array_equal(z, before)


@settings(max_examples=60, deadline=None)
@given(z=hnp.arrays(np.float64, hnp.array_shapes(max_dims=3, max_side=5),
                    elements=st.floats(-1e300, 1e300, allow_nan=False, allow_infinity=False)))
def test_property_same_shape_finite_and_in_range(z):
    for name, (f, df) in activations.ACTIVATIONS.items():
        with np.errstate(over="raise", invalid="raise"):
            out, slope = f(z), df(z)
        assert out.shape == z.shape and slope.shape == z.shape, name
        assert np.all(np.isfinite(out)) and np.all(np.isfinite(slope)), name
    s = activations.sigmoid(z)
    assert np.all((s >= 0) & (s <= 1))
    assert np.all(np.abs(activations.tanh(z)) <= 1)
    assert np.all(activations.relu(z) >= 0)
    assert np.all(activations.elu(z) >= -1)
