"""Loss functions of one neuron, in NumPy (notebooks 03 and 04).

Notation (as in the course): inputs ``x = (x0 = 1, x1, ..., xn)``, weights ``w = (w0, w1, ..., wn)`` where
``w0`` is the bias, weighted sum ``z = w · x``, output ``h = g(z)`` for an activation ``g``, target ``y``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..validation import as_array, check_fraction, check_positive
from .activations import sigmoid


def _targets_and_predictions(y: Any, h: Any) -> tuple[np.ndarray, np.ndarray]:
    y_arr = as_array(y, "y (targets)")
    h_arr = as_array(h, "h (predictions)")
    try:
        y_arr, h_arr = np.broadcast_arrays(y_arr, h_arr)
    except ValueError:
        raise ValueError(
            f"y and h must have the same shape (one prediction per target), "
            f"got {y_arr.shape} and {h_arr.shape}."
        ) from None
    return y_arr.astype(float), h_arr.astype(float)


def squared_error(y: Any, h: Any) -> np.ndarray:
    """Squared-error loss of each prediction, ``1/2 (y - h)^2`` (the 1/2 makes the derivative ``h - y``).

    Args:
        y: targets, a number or array.
        h: predictions, same shape as ``y`` (or broadcastable to it).

    Returns:
        float array: one loss per prediction (no averaging).
    """
    y_arr, h_arr = _targets_and_predictions(y, h)
    return 0.5 * (y_arr - h_arr) ** 2


def cross_entropy(y: Any, h: Any, eps: float = 1e-12) -> np.ndarray:
    """Binary cross-entropy of each prediction, ``-y log(h) - (1 - y) log(1 - h)`` (natural log).

    Args:
        y: targets 0 or 1 (values in [0, 1] are accepted), a number or array.
        h: predicted probabilities of class 1, values in [0, 1], same shape as ``y``.
        eps: predictions are clipped to ``[eps, 1 - eps]`` so that a confident mistake gives a large,
            finite loss instead of infinity; strictly between 0 and 1 (default 1e-12).

    Returns:
        float array: one loss per prediction, >= 0 (no averaging).
    """
    y_arr, h_arr = _targets_and_predictions(y, h)
    eps = check_fraction(eps, "eps")
    if np.any((y_arr < 0) | (y_arr > 1)):
        raise ValueError(f"y must hold targets between 0 and 1 (labels 0/1), got values from {y_arr.min()} "
                         f"to {y_arr.max()}.")
    if np.any((h_arr < 0) | (h_arr > 1)):
        raise ValueError(f"h must hold probabilities between 0 and 1 (pass the sigmoid output, not z), "
                         f"got values from {h_arr.min():.3g} to {h_arr.max():.3g}.")
    h_arr = np.clip(h_arr, eps, 1 - eps)
    return -y_arr * np.log(h_arr) - (1 - y_arr) * np.log(1 - h_arr)



def logistic_loss_and_gradient(w: Any, X1: Any, y: Any, l2: float = 0.0) -> tuple[float, np.ndarray]:
    """Mean cross-entropy of a sigmoid neuron and its gradient (the reference the notebooks are checked with).

    ``loss = mean_i CE(y_i, sigmoid(X1_i · w)) + l2 / 2 * sum_{j >= 1} w_j^2`` (the bias w0 is not penalised);
    ``gradient = X1^T (h - y) / n + l2 * (0, w1, ..., wn)``.

    Args:
        w: weights ``(w0, ..., wn)``, shape ``(n + 1,)``.
        X1: inputs with the constant first column ``x0 = 1`` (``np.column_stack([np.ones(n), X])``),
            shape ``(n_samples, n + 1)``.
        y: 0/1 targets, shape ``(n_samples,)``.
        l2: strength of the L2 penalty (weight decay), >= 0.

    Returns:
        ``(loss, gradient)``: a float and an array of shape ``(n + 1,)``.
    """
    w = as_array(w, "w", ndim=1)
    X1 = as_array(X1, "X1", shape=(None, len(w)))
    y = as_array(y, "y", shape=(len(X1),))
    l2 = check_positive(l2, "l2", allow_zero=True)
    h = sigmoid(X1 @ w)
    penalty = np.concatenate([[0.0], w[1:]])
    loss = float(np.mean(cross_entropy(y, h)) + 0.5 * l2 * np.sum(penalty ** 2))
    grad = X1.T @ (h - y) / len(y) + l2 * penalty
    return loss, grad

