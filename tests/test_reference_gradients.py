"""Tests of course_utils.reference.gradients: finite-difference gradients, relative error."""

import numpy as np
import pytest

from course_utils.reference import gradients


def test_numerical_gradient_general_shapes_and_errors():
    A = np.array([[2.0, 1.0], [1.0, 3.0]])
    f = lambda x: 0.5 * x @ A @ x
    x = np.array([0.3, -0.8])
    assert np.allclose(gradients.numerical_gradient(f, x), A @ x, atol=1e-7)
    # matrix-shaped parameters keep their shape; the input is not modified
    W = np.arange(6.0).reshape(2, 3)
    g = gradients.numerical_gradient(lambda m: float(np.sum(m ** 2)), W, eps=1e-5)
    assert g.shape == (2, 3) and np.allclose(g, 2 * W, atol=1e-6)
    assert np.array_equal(W, np.arange(6.0).reshape(2, 3))
    with pytest.raises(TypeError, match="function"):
        gradients.numerical_gradient(3.0, x)
    with pytest.raises(ValueError, match="eps"):
        gradients.numerical_gradient(f, x, eps=0.0)
    with pytest.raises(TypeError, match="single number"):
        gradients.numerical_gradient(lambda v: v, x)


def test_relative_error():
    assert gradients.relative_error([1.0, 2.0], [1.0, 2.0]) == 0.0
    assert gradients.relative_error([1.0, 2.0], [1.0, 2.2]) == pytest.approx(0.2 / 2.2)
    assert gradients.relative_error([0.0], [0.0]) == 0.0
    with pytest.raises(ValueError, match="same shape"):
        gradients.relative_error([1.0], [1.0, 2.0])
