"""Tests of course_utils.reference.losses: squared error, cross-entropy, logistic loss and gradient."""

import numpy as np
import pytest

from course_utils.reference import activations, losses


def test_squared_error():
    assert np.allclose(losses.squared_error([1, 0], [0.5, 0.5]), [0.125, 0.125])
    assert losses.squared_error(1, 1) == 0
    with pytest.raises(ValueError, match="same shape"):
        losses.squared_error([1, 0, 1], [0.5, 0.5])


def test_cross_entropy_values_and_clipping():
    assert losses.cross_entropy(1, 0.5) == pytest.approx(np.log(2))
    assert losses.cross_entropy(0, 0.5) == pytest.approx(np.log(2))
    assert losses.cross_entropy([1, 0], [1.0, 0.0]) == pytest.approx([0, 0], abs=1e-9)
    # a confident mistake costs a lot but stays finite
    worst = losses.cross_entropy(0, 1.0)
    assert np.isfinite(worst) and worst > 20
    # the seed's worked case: wanted 0, h = sigmoid(19.1) -> loss about 19.1
    assert losses.cross_entropy(0, activations.sigmoid(19.1)) == pytest.approx(19.1, abs=1e-6)


def test_cross_entropy_bad_input():
    with pytest.raises(ValueError, match="probabilities between 0 and 1"):
        losses.cross_entropy([1, 0], [2.0, -1.0])
    with pytest.raises(ValueError, match="targets between 0 and 1"):
        losses.cross_entropy([2, 0], [0.5, 0.5])
    with pytest.raises(ValueError, match="eps"):
        losses.cross_entropy(1, 0.5, eps=0.0)
    with pytest.raises(ValueError, match="strictly between 0 and 1"):
        losses.cross_entropy(1, 0.5, eps=1.0)


def test_logistic_loss_and_gradient_matches_finite_differences():
    rng = np.random.default_rng(1)
    X1 = np.column_stack([np.ones(40), rng.normal(size=(40, 3))])
    y = (rng.random(40) < 0.5).astype(float)
    w = rng.normal(size=4)
    loss, grad = losses.logistic_loss_and_gradient(w, X1, y, l2=0.1)
    eps = 1e-6
    numeric = np.array([
        (losses.logistic_loss_and_gradient(w + eps * e, X1, y, l2=0.1)[0]
         - losses.logistic_loss_and_gradient(w - eps * e, X1, y, l2=0.1)[0]) / (2 * eps)
        for e in np.eye(4)
    ])
    assert np.allclose(grad, numeric, atol=1e-7)
    assert loss > 0
    with pytest.raises(ValueError, match="shape"):
        losses.logistic_loss_and_gradient(w, X1[:, :3], y)
    with pytest.raises(ValueError, match="l2"):
        losses.logistic_loss_and_gradient(w, X1, y, l2=-1.0)
