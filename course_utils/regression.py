"""Plumbing for the linear-regression notebook (02): loss-surface grids, residual lines, polynomial
features and a synthetic circadian body-temperature data set.

The ideas themselves (the model ``y = a x + b``, the squared-error loss, the closed-form least-squares
fit) are written out in the notebook; these helpers only prepare grids and arrays for plots.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import numpy as np

from .i18n import number, tr
from .validation import as_array, check_int, check_number, check_positive, check_same_length, describe

#: Mean core body temperature of a healthy adult at rest (°C), its circadian amplitude (°C) and the clock
#: hour of the daily maximum (late afternoon; the minimum falls about 12 h later, in the early morning).
CIRCADIAN_MEAN_C = 36.8
CIRCADIAN_AMPLITUDE_C = 0.35
CIRCADIAN_PEAK_HOUR = 17.0

#: Largest grid :func:`loss_surface` evaluates (it calls the loss once per point: 250,000 calls take seconds).
MAX_GRID_POINTS = 250_000
#: Most readings :func:`make_circadian_temperature` makes (one a second for more than 11 days).
MAX_READINGS = 1_000_000


def loss_surface(loss: Callable[[float, float], float], a_values: Any, b_values: Any) -> np.ndarray:
    """Evaluate a loss ``loss(a, b)`` on every point of a grid of slopes ``a`` and intercepts ``b``.

    Args:
        loss: a function of two numbers (slope, intercept) returning one number, e.g. the mean squared
            error written in the notebook.
        a_values: slopes, shape ``(n_a,)``.
        b_values: intercepts, shape ``(n_b,)``; ``n_a * n_b`` is at most :data:`MAX_GRID_POINTS`.

    Returns:
        Array of shape ``(n_b, n_a)``: row ``i``, column ``j`` holds ``loss(a_values[j], b_values[i])``
        (the layout ``plt.contour(a_values, b_values, grid)`` expects).

    Raises:
        TypeError: ``loss`` is not a function of two numbers, or returns something other than one number.
        ValueError: the grids are not 1-D lists of numbers, the grid is too large, or ``loss`` returns NaN or
            an infinite value (or fails) at some point, which is named.
    """
    _check_loss_function(loss)
    a_arr = as_array(a_values, "a_values", ndim=1)
    b_arr = as_array(b_values, "b_values", ndim=1)
    if a_arr.size * b_arr.size > MAX_GRID_POINTS:
        raise ValueError(tr("a_values and b_values make a grid of {n_a} x {n_b} = {total} points, but loss_surface "
                            "calls loss once per point and allows at most {maximum}: use fewer values, e.g. "
                            "np.linspace(low, high, 100).", n_a=a_arr.size, n_b=b_arr.size,
                            total=number(a_arr.size * b_arr.size, ",d"), maximum=number(MAX_GRID_POINTS, ",d")))
    grid = np.empty((len(b_arr), len(a_arr)))
    for i, b in enumerate(b_arr):
        for j, a in enumerate(a_arr):
            grid[i, j] = _loss_value(loss, float(a), float(b))
    return grid


def _check_loss_function(loss: Any) -> None:
    if not callable(loss):
        raise TypeError(tr("loss must be a function loss(a, b) returning a number, got {received}. Pass the function "
                           "itself, or wrap a call in a lambda: lambda a, b: mse(a, b, x, y).",
                           received=describe(loss)))
    try:
        inspect.signature(loss).bind(0.0, 0.0)
    except TypeError:
        raise TypeError(tr("loss must take two numbers, the slope a and the intercept b, but {function} cannot be "
                           "called as loss(a, b). Fix the data in with a lambda: lambda a, b: mse(a, b, x, y).",
                           function=f"{getattr(loss, '__name__', 'loss')}{inspect.signature(loss)}")) from None
    except ValueError:  # no signature to read (some built-ins): the call below will tell
        pass


def _loss_value(loss: Callable[[float, float], Any], a: float, b: float) -> float:
    """``loss(a, b)`` as a float, with a course message (naming the point) when it fails or is not one number."""
    try:
        value = loss(a, b)
    except Exception as err:
        raise ValueError(tr("loss(a, b) failed at a={a}, b={b} with {error}: {message}. Check the formula by calling "
                            "it yourself on these values.", a=format(a, "g"), b=format(b, "g"),
                            error=type(err).__name__, message=err)) from err
    try:
        return check_number(value, tr("loss(a, b) at a={a}, b={b}", a=format(a, "g"), b=format(b, "g")),
                            allow_infinite=False)
    except TypeError as err:
        raise TypeError(tr("{error} The loss of one line is one number: average the squared errors, e.g. "
                           "np.mean((y - (a * x + b)) ** 2).", error=err)) from None
    except ValueError:
        raise ValueError(tr("loss(a, b) returned {value} at a={a}, b={b}, not a finite number: check the formula (a "
                            "division by zero? a log of 0?) or the data (missing values?).", value=value,
                            a=format(a, "g"), b=format(b, "g"))) from None


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
    """The columns ``1, t, t^2, ..., t^degree`` of a polynomial model, ``x`` rescaled to ``t`` in [-1, 1].

    A polynomial model ``w0 + w1 t + ... + wd t^d`` is still *linear in its weights*, so it is fitted by
    the same least squares as a straight line, on these columns. Rescaling ``x`` first keeps the powers
    of comparable size (24^15 would be about 5 x 10^20; 1^15 is 1), which keeps the fit numerically stable.

    Args:
        x: input values, shape ``(n,)`` (e.g. clock hours).
        degree: polynomial degree, 0 to 30.
        x_range: ``(low, high)`` mapped to -1 and +1. Use the *same* range for training and test data
            (e.g. the training data's minimum and maximum, or the possible range such as (0, 24) hours).
            Values of ``x`` outside it give ``|t| > 1``, whose high powers grow fast.

    Returns:
        Array of shape ``(n, degree + 1)``.
    """
    x_arr = as_array(x, "x", ndim=1)
    degree = check_int(degree, "degree", minimum=0, maximum=30)
    low, high = _check_range(x_range)
    t = 2.0 * (x_arr - low) / (high - low) - 1.0
    return np.column_stack([t**d for d in range(degree + 1)])


def _check_range(x_range: Any) -> tuple[float, float]:
    if isinstance(x_range, (str, bytes)) or not hasattr(x_range, "__len__") or len(x_range) != 2:
        raise TypeError(tr("x_range must be a pair (low, high) such as (0, 24), got {received}.",
                           received=describe(x_range)))
    low, high = (check_number(v, f"x_range[{i}]") for i, v in enumerate(list(x_range)))
    if not low < high:
        raise ValueError(tr("x_range must be (low, high) with low < high, got ({low}, {high}). ",
                            low=format(low, "g"), high=format(high, "g"))
                         + (tr("Swap them.") if low > high else tr("Use two different values, e.g. (0, 24).")))
    return low, high


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
        n: number of readings, 1 to :data:`MAX_READINGS`.
        seed: random seed (same seed, same readings).
        noise_sd: standard deviation of the measurement noise, in °C (> 0).

    Returns:
        pandas DataFrame with columns ``hour`` (clock time, 0-24 h) and ``temperature`` (°C, 2 decimals),
        sorted by hour.
    """
    import pandas as pd

    n = check_int(n, tr("n (number of readings)"), minimum=1, maximum=MAX_READINGS)
    seed = check_int(seed, "seed", minimum=0)
    noise_sd = check_positive(noise_sd, tr("noise_sd (°C)"))
    rng = np.random.default_rng(seed)
    hour = np.sort(rng.uniform(0.0, 24.0, n))
    temperature = true_circadian_temperature(hour) + rng.normal(0.0, noise_sd, n)
    return pd.DataFrame({"hour": hour.round(2), "temperature": temperature.round(2)})
