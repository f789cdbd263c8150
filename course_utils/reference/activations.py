"""Activation functions and their derivatives, in NumPy (notebooks 03 and 06).

Each function takes the weighted sum(s) ``z = w·x + b`` (a number or an array of any shape) and returns a float
array of the same shape. :data:`ACTIVATIONS` maps each name to ``(function, derivative)``;
:func:`activation` looks one up by name.

Conventions of the course (the same as PyTorch's defaults): leaky ReLU has the negative slope
:data:`LEAKY_SLOPE` = 0.01 (``torch.nn.functional.leaky_relu``), ELU has ``alpha = 1``, and the slope of ReLU
at exactly 0 is taken as 0. Input that is not numbers, or holds NaN or infinite values, is refused with a
message (never a silent NaN).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from ..i18n import tr
from ..validation import as_array, check_choice, check_fraction, check_number, check_positive

#: The negative slope of leaky ReLU across the course: PyTorch's default (``nn.LeakyReLU(negative_slope=0.01)``).
LEAKY_SLOPE = 0.01


def _x(x: Any, name: str = "x") -> np.ndarray:
    return as_array(x, name)


def step(z: Any, threshold: float = 0.0) -> np.ndarray:
    """Rosenblatt's threshold (Heaviside) activation: 1 where ``z >= threshold``, else 0.

    Args:
        z: weighted sum(s), a number or an array of any shape.
        threshold: the firing threshold (theta), a finite number.

    Returns:
        float array of the same shape as ``z`` holding 0.0 and 1.0.
    """
    z = _x(z, "z")
    threshold = check_number(threshold, "threshold")
    return (z >= threshold).astype(float)


def step_derivative(z: Any) -> np.ndarray:
    """0 everywhere (undefined at the jump): the step gives gradient descent nothing to follow."""
    return np.zeros_like(_x(z, "z"), dtype=float)


def sigmoid(x: Any) -> np.ndarray:
    """Logistic sigmoid 1 / (1 + e^-x), between 0 and 1; same shape as ``x``."""
    x = _x(x)
    out = np.empty_like(x)
    pos = x >= 0  # two formulas that never overflow
    out[pos] = 1.0 / (1.0 + np.exp(-x[pos]))
    ex = np.exp(x[~pos])
    out[~pos] = ex / (1.0 + ex)
    return out


def sigmoid_derivative(x: Any) -> np.ndarray:
    """sigma'(x) = sigma(x) (1 - sigma(x)), at most 0.25 (at x = 0)."""
    s = sigmoid(x)
    return s * (1.0 - s)


def tanh(x: Any) -> np.ndarray:
    """Hyperbolic tangent, between -1 and 1, centred on 0."""
    return np.tanh(_x(x))


def tanh_derivative(x: Any) -> np.ndarray:
    """tanh'(x) = 1 - tanh(x)^2, at most 1 (at x = 0)."""
    return 1.0 - np.tanh(_x(x)) ** 2


def relu(x: Any) -> np.ndarray:
    """Rectified linear unit max(0, x)."""
    return np.maximum(_x(x), 0.0)


def relu_derivative(x: Any) -> np.ndarray:
    """1 where x > 0, else 0 (the value at exactly 0 is taken as 0, like PyTorch)."""
    return (_x(x) > 0).astype(float)


def leaky_relu(x: Any, alpha: float = LEAKY_SLOPE) -> np.ndarray:
    """Leaky ReLU max(alpha x, x): x for x > 0, ``alpha * x`` below, like ReLU but never flat.

    Args:
        x: weighted sum(s), a number or an array of any shape.
        alpha: the negative slope, strictly between 0 and 1. The course uses PyTorch's default, 0.01
            (:data:`LEAKY_SLOPE`), everywhere.

    Returns:
        float array of the same shape as ``x``.
    """
    alpha = _leaky_slope(alpha)
    x = _x(x)
    return np.where(x > 0, x, alpha * x)


def leaky_relu_derivative(x: Any, alpha: float = LEAKY_SLOPE) -> np.ndarray:
    """1 where x > 0, else ``alpha`` (the negative slope, 0.01 by default as in PyTorch)."""
    alpha = _leaky_slope(alpha)
    return np.where(_x(x) > 0, 1.0, alpha)


def _leaky_slope(alpha: Any) -> float:
    try:
        return check_fraction(alpha, tr("alpha (the negative slope of leaky ReLU)"))
    except ValueError as err:
        raise ValueError(tr("{error} It is a small slope below 1; the course and PyTorch use 0.01.",
                            error=err)) from None


def elu(x: Any, alpha: float = 1.0) -> np.ndarray:
    """Exponential linear unit: x for x >= 0, alpha (e^x - 1) below (smooth, tends to -alpha)."""
    alpha = check_positive(alpha, "alpha")
    x = _x(x)
    return np.where(x >= 0, x, alpha * np.expm1(np.minimum(x, 0.0)))


def elu_derivative(x: Any, alpha: float = 1.0) -> np.ndarray:
    """1 for x >= 0, alpha e^x below."""
    alpha = check_positive(alpha, "alpha")
    x = _x(x)
    return np.where(x >= 0, 1.0, alpha * np.exp(np.minimum(x, 0.0)))


#: The example maxout unit of the course: max over 3 lines (slope, intercept). In a network each line's
#: weights are learned; these fixed ones show the shape (any convex, piecewise-linear curve).
MAXOUT_PIECES = ((-0.3, -0.3), (0.3, 0.0), (1.2, -0.9))


def maxout(x: Any, pieces: Sequence[tuple[float, float]] = MAXOUT_PIECES) -> np.ndarray:
    """Maxout unit on a 1-D input: max_k (a_k x + b_k) over the lines ``pieces = [(a_k, b_k), ...]``."""
    x = _x(x)
    lines = _pieces(pieces)
    return np.max([a * x + b for a, b in lines], axis=0)


def maxout_derivative(x: Any, pieces: Sequence[tuple[float, float]] = MAXOUT_PIECES) -> np.ndarray:
    """The slope a_k of the line that wins the max at each x."""
    x = _x(x)
    lines = _pieces(pieces)
    winner = np.argmax([a * x + b for a, b in lines], axis=0)
    return np.array([a for a, _ in lines])[winner]


def _pieces(pieces: Any) -> list[tuple[float, float]]:
    arr = as_array(pieces, "pieces")
    if arr.ndim != 2 or arr.shape[1] != 2 or arr.shape[0] < 2:
        raise ValueError(tr("pieces must be at least two (slope, intercept) pairs, shape (k, 2) with k >= 2, e.g. "
                            "[(0.0, 0.0), (1.0, 0.0)] for ReLU; got shape {shape}.", shape=arr.shape))
    return [(float(a), float(b)) for a, b in arr]


#: name -> (function, derivative), with the course's default hyper-parameters.
ACTIVATIONS: dict[str, tuple[Callable[[Any], np.ndarray], Callable[[Any], np.ndarray]]] = {
    "step": (step, step_derivative),
    "sigmoid": (sigmoid, sigmoid_derivative),
    "tanh": (tanh, tanh_derivative),
    "relu": (relu, relu_derivative),
    "leaky_relu": (leaky_relu, leaky_relu_derivative),
    "elu": (elu, elu_derivative),
    "maxout": (maxout, maxout_derivative),
}


def activation(name: str) -> tuple[Callable[[Any], np.ndarray], Callable[[Any], np.ndarray]]:
    """Return ``(f, f_prime)`` for an activation name among :data:`ACTIVATIONS`.

    Example:
        >>> f, df = activation("relu")
        >>> f([-1.0, 2.0]).tolist(), df([-1.0, 2.0]).tolist()
        ([0.0, 2.0], [0.0, 1.0])
    """
    check_choice(name, tr("name (activation)"), list(ACTIVATIONS))
    return ACTIVATIONS[name]
