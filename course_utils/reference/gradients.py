"""Checking gradients numerically (notebooks 04 and 05).

Backpropagation and hand-derived gradients are checked against the slope measured by nudging each parameter a
little: :func:`numerical_gradient` measures it, :func:`relative_error` compares two gradients.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from ..i18n import tr
from ..validation import as_array, check_positive, check_same_shape, describe


def numerical_gradient(f: Callable[[np.ndarray], Any], x: Any, eps: float = 1e-6) -> np.ndarray:
    """Estimate the gradient of ``f`` at ``x`` by central finite differences.

    For each coordinate i: ``(f(x + eps e_i) - f(x - eps e_i)) / (2 eps)``, where ``e_i`` is 1 in
    position i and 0 elsewhere. The error shrinks like ``eps^2``, until rounding errors take over for
    very small ``eps`` (1e-6 to 1e-4 suits float64).

    Args:
        f: a function of a float array shaped like ``x`` returning one number (a float, a one-value array or
            tensor). It gets a fresh copy of the nudged point at every call: changing it inside ``f`` changes
            nothing here, and ``x`` itself is never modified.
        x: the point, a float array of any shape (e.g. ``(n,)`` weights).
        eps: the small step, > 0.

    Returns:
        float array shaped like ``x``: the estimated gradient. ``f`` is called ``2 * x.size`` times.

    Raises:
        TypeError: ``f`` is not a function, or returns something other than one number.
        ValueError: ``f`` returns NaN or an infinite value (the message names the coordinate).
    """
    if not callable(f):
        raise TypeError(tr("f must be a function returning one number, got {received}. Pass the function itself, "
                           "without calling it: numerical_gradient(loss, w), not numerical_gradient(loss(w), w).",
                           received=describe(f)))
    x = as_array(x, "x").astype(float)  # astype copies: x is never modified
    eps = check_positive(eps, "eps")
    grad = np.zeros_like(x)
    flat, gflat = x.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + eps
        up = _one_number(f(x.copy()), i, "+")
        flat[i] = old - eps
        down = _one_number(f(x.copy()), i, "-")
        flat[i] = old
        gflat[i] = (up - down) / (2 * eps)
    return grad


def _one_number(result: Any, i: int, sign: str) -> float:
    """What ``f`` returned at ``x {sign} eps e_i``, as a finite float, or a message that says what is wrong."""
    if all(hasattr(result, attr) for attr in ("data", "grad", "_prev")):  # a Value of the autograd engine
        raise TypeError(tr("f must return a single number, got a Value of the autograd engine. Return its number: "
                           "loss.data."))
    size = None  # number of values of an array or a tensor
    if hasattr(result, "numel") and hasattr(result, "item"):
        size = int(result.numel())
    elif isinstance(result, (np.ndarray, np.generic)):
        size = int(result.size)
    if size == 1:
        result = result.item()
    if isinstance(result, (bool, np.bool_)) or not isinstance(result, (int, float, np.integer, np.floating)):
        fix = tr(" Sum or average it into one loss first, e.g. np.mean(...).") if size not in (None, 1) else ""
        fix = tr(" Did f forget `return`?") if result is None else fix
        raise TypeError(tr("f must return a single number, got {received}.{fix}", received=describe(result), fix=fix))
    value = float(result)
    if not np.isfinite(value):
        raise ValueError(tr("f returned {value} at x {sign} eps in coordinate {i}: the gradient cannot be estimated "
                            "there. Check f at this point (a log of 0, a division by 0, an overflow), or use a smaller "
                            "eps.", value=value, sign=sign, i=i))
    return value


def relative_error(a: Any, b: Any) -> float:
    """Largest relative difference ``|a - b| / max(|a|, |b|, 1e-12)`` between two gradients (0 = identical).

    A gradient check passes when this is small (below about 1e-6 for float64 finite differences).

    Args:
        a, b: two gradients of the same shape (arrays, tensors or numbers); never broadcast.
    """
    a = as_array(a, "a")
    b = as_array(b, "b")
    check_same_shape(a, b, "a", "b")
    scale = np.maximum(np.maximum(np.abs(a), np.abs(b)), 1e-12)
    return float(np.max(np.abs(a - b) / scale))
