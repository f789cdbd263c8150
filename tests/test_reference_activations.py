"""Tests of course_utils.reference.activations: values and slopes against torch and finite differences."""

import numpy as np
import pytest
import torch

from course_utils.reference import activations

X = np.linspace(-4, 4, 41)

TORCH_FUNCS = {
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "relu": torch.relu,
    "leaky_relu": lambda t: torch.nn.functional.leaky_relu(t, 0.01),
    "elu": lambda t: torch.nn.functional.elu(t, 1.0),
}


@pytest.mark.parametrize("name", sorted(TORCH_FUNCS))
def test_activation_and_derivative_match_torch(name):
    f, df = activations.activation(name)
    t = torch.tensor(X + 1e-3, requires_grad=True)  # avoid the kink at exactly 0
    out = TORCH_FUNCS[name](t)
    out.sum().backward()
    np.testing.assert_allclose(f(X + 1e-3), out.detach().numpy(), atol=1e-12)
    np.testing.assert_allclose(df(X + 1e-3), t.grad.numpy(), atol=1e-12)


def test_sigmoid_is_stable_for_large_inputs():
    out = activations.sigmoid([-1000.0, 0.0, 1000.0])
    np.testing.assert_allclose(out, [0.0, 0.5, 1.0])
    assert activations.sigmoid_derivative([0.0])[0] == pytest.approx(0.25)


def test_maxout_is_the_upper_envelope_and_its_slope():
    pieces = [(0.0, 0.0), (1.0, 0.0)]  # max(0, x) = ReLU
    np.testing.assert_allclose(activations.maxout(X, pieces), activations.relu(X))
    np.testing.assert_allclose(activations.maxout_derivative(X + 1e-3, pieces), activations.relu_derivative(X + 1e-3))
    default = activations.maxout(X)
    assert np.all(default >= -0.3 * X - 0.3 - 1e-12)
    assert set(np.unique(activations.maxout_derivative(X))) == {-0.3, 0.3, 1.2}


def test_derivatives_agree_with_finite_differences():
    x = np.array([-2.3, -0.7, 0.4, 1.9])
    for name, (f, df) in activations.ACTIVATIONS.items():
        num = (f(x + 1e-6) - f(x - 1e-6)) / 2e-6
        np.testing.assert_allclose(df(x), num, atol=1e-6, err_msg=name)


def test_activation_bad_inputs():
    with pytest.raises(ValueError, match="must be one of"):
        activations.activation("softmax")
    with pytest.raises(TypeError, match="array of numbers"):
        activations.relu("abc")
    with pytest.raises(ValueError, match="strictly between 0 and 1"):
        activations.leaky_relu(X, alpha=-0.1)
    with pytest.raises(ValueError, match="NaN"):
        activations.tanh([np.nan])
    with pytest.raises(ValueError, match="pairs"):
        activations.maxout(X, pieces=[(1.0, 0.0)])


def test_step_threshold_and_shape():
    z = np.array([[-1.0, 0.0], [0.5, 2.0]])
    assert np.array_equal(activations.step(z), [[0.0, 1.0], [1.0, 1.0]])
    assert np.array_equal(activations.step(z, threshold=1.0), [[0.0, 0.0], [0.0, 1.0]])
    with pytest.raises(TypeError, match="threshold"):
        activations.step(z, threshold="high")
    with pytest.raises(ValueError, match="threshold must be a finite number"):
        activations.step(z, threshold=float("nan"))


def test_sigmoid_values_symmetry_and_no_overflow():
    assert activations.sigmoid(0.0) == pytest.approx(0.5)
    # the seed's worked case: z = 19.1 gives an output near 1
    assert activations.sigmoid(19.1) == pytest.approx(1 - np.exp(-19.1), abs=1e-15)
    z = np.linspace(-8, 8, 17)
    assert np.allclose(activations.sigmoid(z) + activations.sigmoid(-z), 1.0)
    with np.errstate(over="raise"):
        big = activations.sigmoid(np.array([-1000.0, 1000.0]))
    assert np.array_equal(big, [0.0, 1.0])
    with pytest.raises(TypeError, match="array of numbers"):
        activations.sigmoid("z")
    with pytest.raises(ValueError, match="missing or infinite"):
        activations.sigmoid([np.nan])


def test_activation_names():
    z = np.array([-2.0, 0.0, 3.0])
    assert np.array_equal(activations.activation("relu")[0](z), [0.0, 0.0, 3.0])
    assert np.allclose(activations.activation("tanh")[0](z), np.tanh(z))
    assert np.allclose(activations.activation("sigmoid")[0](z), activations.sigmoid(z))
    assert np.array_equal(activations.activation("step")[0](z), [0.0, 1.0, 1.0])
    with pytest.raises(ValueError, match="must be one of"):
        activations.activation("softplus")
