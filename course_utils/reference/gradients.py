"""Checking gradients numerically (notebooks 04 and 05).

Backpropagation and hand-derived gradients are checked against the slope measured by nudging each parameter a
little: :func:`numerical_gradient` measures it, :func:`relative_error` compares two gradients.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from ..validation import as_array, check_positive


def numerical_gradient(f: Callable[[np.ndarray], Any], x: Any, eps: float = 1e-6) -> np.ndarray:
    """Estimate the gradient of ``f`` at ``x`` by central finite differences.

    For each coordinate i: ``(f(x + eps e_i) - f(x - eps e_i)) / (2 eps)``, where ``e_i`` is 1 in
    position i and 0 elsewhere. The error shrinks like ``eps^2``, until rounding errors take over for
    very small ``eps`` (1e-6 to 1e-4 suits float64).

    Args:
        f: a function of a float array shaped like ``x`` returning one number.
        x: the point, a float array of any shape (e.g. ``(n,)`` weights).
        eps: the small step, > 0.

    Returns:
        float array shaped like ``x``: the estimated gradient.
    """
    if not callable(f):
        raise TypeError(f"f must be a function returning one number, got {type(f).__name__}.")
    x = as_array(x, "x").astype(float).copy()
    eps = check_positive(eps, "eps")
    grad = np.zeros_like(x)
    flat, gflat = x.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + eps
        up = f(x)
        flat[i] = old - eps
        down = f(x)
        flat[i] = old
        try:
            up, down = float(up), float(down)
        except (TypeError, ValueError):
            raise TypeError(f"f must return a single number, got {type(up).__name__} {up!r}.") from None
        gflat[i] = (up - down) / (2 * eps)
    return grad


def relative_error(a: Any, b: Any) -> float:
    """Largest relative difference ``|a - b| / max(|a|, |b|, 1e-12)`` between two gradients (0 = identical).

    A gradient check passes when this is small (below about 1e-6 for float64 finite differences).
    """
    a = as_array(a, "a")
    b = as_array(b, "b")
    if a.shape != b.shape:
        raise ValueError(f"a and b must have the same shape, got {a.shape} and {b.shape}.")
    scale = np.maximum(np.maximum(np.abs(a), np.abs(b)), 1e-12)
    return float(np.max(np.abs(a - b) / scale))
