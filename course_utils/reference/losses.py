"""Loss functions of one neuron, in NumPy (notebooks 03 and 04).

Notation (as in the course): inputs ``x = (x0 = 1, x1, ..., xn)``, weights ``w = (w0, w1, ..., wn)`` where
``w0`` is the bias, weighted sum ``z = w · x``, output ``h = g(z)`` for an activation ``g``, target ``y``.

Targets and predictions must have the same shape: a column ``(n, 1)`` against a flat ``(n,)`` is refused,
never broadcast into an ``(n, n)`` table (a single number may still stand for every entry, e.g. one target
against a grid of predictions).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..i18n import number as fmt_number
from ..i18n import tr
from ..validation import as_array, check_fraction, check_positive
from .activations import sigmoid


def _targets_and_predictions(y: Any, h: Any) -> tuple[np.ndarray, np.ndarray]:
    """``y`` and ``h`` as float arrays of one shape; a single number on either side is used for every entry.

    Any other difference of shape is refused: NumPy would silently *broadcast* it, e.g. targets ``(n,)``
    against predictions ``(n, 1)`` would give an ``(n, n)`` table of every target against every prediction.
    """
    y_arr = as_array(y, tr("y (targets)"))
    h_arr = as_array(h, tr("h (predictions)"))
    if y_arr.shape != h_arr.shape and y_arr.ndim > 0 and h_arr.ndim > 0:
        message = tr("y (targets) and h (predictions) must have the same shape, one prediction per target; got y of "
                     "shape {y_shape} and h of shape {h_shape}.", y_shape=y_arr.shape, h_shape=h_arr.shape)
        if y_arr.size == h_arr.size:
            message += tr(" They hold the same number of values ({size}) arranged differently: NumPy would pair "
                          "every target with every prediction. Flatten both first: y.ravel() and h.ravel().",
                          size=y_arr.size)
        else:
            message += tr(" Check that both come from the same patients (same rows, same order).")
        raise ValueError(message)
    y_arr, h_arr = np.broadcast_arrays(y_arr, h_arr)  # only a single number is spread over the other's shape
    return y_arr.astype(float), h_arr.astype(float)


def squared_error(y: Any, h: Any) -> np.ndarray:
    """Squared-error loss of each prediction, ``1/2 (y - h)^2`` (the 1/2 makes the derivative ``h - y``).

    Args:
        y: targets, a number or an array of any shape.
        h: predictions, the same shape as ``y``. A single number on either side is compared with every entry
            of the other (e.g. one target against a grid of predictions); any other difference of shape, such
            as ``(n,)`` against ``(n, 1)``, is refused instead of silently broadcast.

    Returns:
        float array: one loss per prediction (no averaging).
    """
    y_arr, h_arr = _targets_and_predictions(y, h)
    with np.errstate(over="ignore"):
        loss = 0.5 * (y_arr - h_arr) ** 2
    if not np.all(np.isfinite(loss)):
        raise ValueError(tr("the squared error is too large for a computer number (above about 1.8e308): y and h go "
                            "up to {largest} in size. Check their units, or standardise them first.",
                            largest=fmt_number(max(np.abs(y_arr).max(), np.abs(h_arr).max()), ".3g")))
    return loss


def cross_entropy(y: Any, h: Any, eps: float = 1e-12) -> np.ndarray:
    """Binary cross-entropy of each prediction, ``-y log(h) - (1 - y) log(1 - h)`` (natural log).

    Args:
        y: targets 0 or 1 (values in [0, 1] are accepted), a number or an array of any shape.
        h: predicted probabilities of class 1, values in [0, 1], the same shape as ``y`` (a single number on
            either side is compared with every entry of the other; other shape differences are refused).
        eps: predictions are clipped to ``[eps, 1 - eps]`` so that a confident mistake gives a large,
            finite loss instead of infinity; a small number, 0 < eps < 0.5 (default 1e-12).

    Returns:
        float array: one loss per prediction, >= 0 (no averaging).
    """
    y_arr, h_arr = _targets_and_predictions(y, h)
    eps = check_fraction(eps, "eps")
    if eps >= 0.5:
        raise ValueError(tr("eps must be a small number below 0.5 (e.g. the default 1e-12), got {eps}: predictions "
                            "are clipped to [eps, 1 - eps], which is empty from 0.5 on.", eps=fmt_number(eps, "g")))
    if np.any((y_arr < 0) | (y_arr > 1)):
        raise ValueError(tr("y must hold targets between 0 and 1 (labels 0/1), got values from {low} to "
                            "{high}{where}. Recode the labels: 1 for the positive class, 0 for the other.",
                            low=fmt_number(y_arr.min(), "g"), high=fmt_number(y_arr.max(), "g"),
                            where=_first((y_arr < 0) | (y_arr > 1))))
    if np.any((h_arr < 0) | (h_arr > 1)):
        raise ValueError(tr("h must hold probabilities between 0 and 1, got values from {low} to {high}{where}. Pass "
                            "the sigmoid output h = sigmoid(z), not z.", low=fmt_number(h_arr.min(), ".3g"),
                            high=fmt_number(h_arr.max(), ".3g"), where=_first((h_arr < 0) | (h_arr > 1))))
    h_arr = np.clip(h_arr, eps, 1 - eps)
    return -y_arr * np.log(h_arr) - (1 - y_arr) * np.log(1 - h_arr)


def _first(bad: np.ndarray) -> str:
    """Where the first True entry is, as words for a message (nothing for a single number)."""
    if bad.ndim == 0:
        return ""
    where = tuple(int(i) for i in np.argwhere(bad)[0])
    return tr(" (the first one out of range at position {position})", position=where[0] if bad.ndim == 1 else where)



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
    w = as_array(w, "w")
    if w.ndim != 1:
        raise ValueError(tr("w must be 1-D, the weights (w0, ..., wn) of shape (n + 1,), got shape {shape}. Flatten "
                            "it first: w.ravel().", shape=w.shape))
    X1 = as_array(X1, "X1", ndim=2)
    if X1.shape[1] != len(w):
        raise ValueError(tr("X1 must have one column per weight, {n} columns for the {n} weights w, got {got} (shape "
                            "{shape}). Its first column is the constant input x0 = 1: "
                            "X1 = np.column_stack([np.ones(n), X]).", n=len(w), got=X1.shape[1], shape=X1.shape))
    if not np.all(X1[:, 0] == 1):
        raise ValueError(tr("X1's first column must be the constant input x0 = 1 (for the bias w0), got values from "
                            "{low} to {high}. Add it: X1 = np.column_stack([np.ones(n), X]).",
                            low=fmt_number(X1[:, 0].min(), ".3g"), high=fmt_number(X1[:, 0].max(), ".3g")))
    y = as_array(y, "y")
    if y.shape != (len(X1),):
        raise ValueError(tr("y must hold one 0/1 target per row of X1, shape ({n},), got shape {shape}.{fix}",
                            n=len(X1), shape=y.shape,
                            fix=tr(" Flatten it first: y.ravel().") if y.size == len(X1) else ""))
    l2 = check_positive(l2, "l2", allow_zero=True)
    h = sigmoid(X1 @ w)
    penalty = np.concatenate([[0.0], w[1:]])
    loss = float(np.mean(cross_entropy(y, h)) + 0.5 * l2 * np.sum(penalty ** 2))
    grad = X1.T @ (h - y) / len(y) + l2 * penalty
    return loss, grad

