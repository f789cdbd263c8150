"""Plumbing for the linear-regression notebook (02): loss-surface grids, residual lines, polynomial
features and a synthetic circadian body-temperature data set.

The ideas themselves (the model ``y = a x + b``, the squared-error loss, the closed-form least-squares
fit) are written out in the notebook; these helpers only prepare grids and arrays for plots.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from .validation import as_array, check_int, check_positive, check_same_length

#: Mean core body temperature of a healthy adult at rest (°C), its circadian amplitude (°C) and the clock
#: hour of the daily maximum (late afternoon; the minimum falls about 12 h later, in the early morning).
CIRCADIAN_MEAN_C = 36.8
CIRCADIAN_AMPLITUDE_C = 0.35
CIRCADIAN_PEAK_HOUR = 17.0


def loss_surface(loss: Callable[[float, float], float], a_values: Any, b_values: Any) -> np.ndarray:
    """Evaluate a loss ``loss(a, b)`` on every point of a grid of slopes ``a`` and intercepts ``b``.

    Args:
        loss: a function of two numbers (slope, intercept) returning one number, e.g. the mean squared
            error written in the notebook.
        a_values: slopes, shape ``(n_a,)``.
        b_values: intercepts, shape ``(n_b,)``.

    Returns:
        Array of shape ``(n_b, n_a)``: row ``i``, column ``j`` holds ``loss(a_values[j], b_values[i])``
        (the layout ``plt.contour(a_values, b_values, grid)`` expects).
    """
    if not callable(loss):
        raise TypeError(f"loss must be a function loss(a, b) returning a number, got {type(loss).__name__}.")
    a_arr = as_array(a_values, "a_values", ndim=1)
    b_arr = as_array(b_values, "b_values", ndim=1)
    grid = np.empty((len(b_arr), len(a_arr)))
    for i, b in enumerate(b_arr):
        for j, a in enumerate(a_arr):
            value = loss(float(a), float(b))
            try:
                grid[i, j] = float(value)
            except (TypeError, ValueError):
                raise TypeError(f"loss(a, b) must return one number, got {type(value).__name__} "
                                f"for a={a:g}, b={b:g}.") from None
    return grid


def residual_lines(x: Any, y: Any, y_hat: Any) -> tuple[np.ndarray, np.ndarray]:
    """Coordinates that draw every residual (from ``(x, y)`` to ``(x, y_hat)``) as ONE line with gaps.

    Each vertical segment is followed by a NaN, which Matplotlib treats as a break in the line, so
    ``line.set_data(*residual_lines(x, y, y_hat))`` redraws hundreds of residuals as one artist: much faster in
    a widget than one artist (or one path of a ``LineCollection``) per patient.

    Args:
        x, y, y_hat: shape ``(n,)`` each (same units as the plot's axes).

    Returns:
        ``(xs, ys)``, each of shape ``(3 n,)``: ``x_i, x_i, nan`` and ``y_i, y_hat_i, nan`` for each point.
    """
    x_arr = as_array(x, "x", ndim=1)
    y_arr = as_array(y, "y", ndim=1)
    yh_arr = as_array(y_hat, "y_hat", ndim=1)
    check_same_length(x_arr, y_arr, "x", "y")
    check_same_length(x_arr, yh_arr, "x", "y_hat")
    gap = np.full_like(x_arr, np.nan)
    return (np.column_stack([x_arr, x_arr, gap]).ravel(), np.column_stack([y_arr, yh_arr, gap]).ravel())


def polynomial_features(x: Any, degree: int, x_range: tuple[float, float]) -> np.ndarray:
    """The columns ``1, z, z^2, ..., z^degree`` of a polynomial model, ``x`` rescaled to ``z`` in [-1, 1].

    A polynomial model ``w0 + w1 z + ... + wd z^d`` is still *linear in its weights*, so it is fitted by
    the same least squares as a straight line, on these columns. Rescaling ``x`` first keeps the powers
    of comparable size (24^15 would be about 5 x 10^20; 1^15 is 1), which keeps the fit numerically stable.

    Args:
        x: input values, shape ``(n,)`` (e.g. clock hours).
        degree: polynomial degree, 0 to 30.
        x_range: ``(low, high)`` mapped to -1 and +1. Use the *same* range for training and test data
            (e.g. the training data's minimum and maximum, or the possible range such as (0, 24) hours).

    Returns:
        Array of shape ``(n, degree + 1)``.
    """
    x_arr = as_array(x, "x", ndim=1)
    degree = check_int(degree, "degree", minimum=0, maximum=30)
    if not (isinstance(x_range, (tuple, list)) and len(x_range) == 2):
        raise TypeError(f"x_range must be a pair (low, high) such as (0, 24), got {x_range!r}.")
    low, high = (float(v) for v in x_range)
    if not (np.isfinite(low) and np.isfinite(high) and low < high):
        raise ValueError(f"x_range must be (low, high) with low < high, got {x_range!r}.")
    z = 2.0 * (x_arr - low) / (high - low) - 1.0
    return np.column_stack([z**d for d in range(degree + 1)])


def true_circadian_temperature(hour: Any) -> np.ndarray:
    """The noise-free daily curve used by :func:`make_circadian_temperature` (°C), for comparison plots.

    Args:
        hour: clock time in hours (0-24), any shape.
    """
    h = as_array(hour, "hour")
    return CIRCADIAN_MEAN_C + CIRCADIAN_AMPLITUDE_C * np.cos(2 * np.pi * (h - CIRCADIAN_PEAK_HOUR) / 24.0)


def make_circadian_temperature(n: int = 20, seed: int = 0, noise_sd: float = 0.12) -> Any:
    """Synthetic core body-temperature readings of one healthy adult, taken at random times of day.

    Body temperature follows a daily (circadian) rhythm: lowest in the early morning (about 36.4 °C),
    highest in the late afternoon (about 37.1 °C). Readings add measurement noise. Synthetic, for
    learning only (see ``data/README.md``).

    Args:
        n: number of readings (>= 1).
        seed: random seed (same seed, same readings).
        noise_sd: standard deviation of the measurement noise, in °C (> 0).

    Returns:
        pandas DataFrame with columns ``hour`` (clock time, 0-24 h) and ``temperature`` (°C, 2 decimals),
        sorted by hour.
    """
    import pandas as pd

    n = check_int(n, "n (number of readings)", minimum=1)
    seed = check_int(seed, "seed", minimum=0)
    noise_sd = check_positive(noise_sd, "noise_sd (°C)")
    rng = np.random.default_rng(seed)
    hour = np.sort(rng.uniform(0.0, 24.0, n))
    temperature = true_circadian_temperature(hour) + rng.normal(0.0, noise_sd, n)
    return pd.DataFrame({"hour": hour.round(2), "temperature": temperature.round(2)})
