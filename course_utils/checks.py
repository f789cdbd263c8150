"""Exercise checkers: each prints one clear success line, or raises :class:`ExerciseError` with a hint.

Usage in a check cell::

    checks.close(mean_bmi, 26.4, tol=0.1, name="mean_bmi", hint="Use df['bmi'].mean().")
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np


class ExerciseError(AssertionError):
    """Raised when an exercise answer is not right yet; the message says why and gives the hint.

    In a notebook it shows as its message alone, without a Python traceback (IPython's ``_render_traceback_``).
    """

    def _render_traceback_(self) -> list[str]:
        return [f"❌ {line}" if i == 0 else line for i, line in enumerate(str(self).split("\n"))]


def _fail(message: str, hint: str) -> None:
    text = f"Not yet: {message}"
    if hint:
        text += f"\nHint: {hint}"
    raise ExerciseError(text)


def _success(message: str) -> None:
    print(f"✅ Correct! {message}")


def _not_filled(value: Any, name: str, hint: str) -> None:
    if value is None or value is Ellipsis or value is NotImplemented:
        _fail(f"{name} has no value yet (it is {value!r}). Fill in the exercise cell above and run it.", hint)


def close(value: Any, expected: Any, tol: float = 1e-6, name: str = "your answer", hint: str = "",
          relative: bool = False) -> None:
    """Check that ``value`` (a number or array) equals ``expected`` within ``tol``.

    Args:
        value: the student's answer (number, list, NumPy array or torch tensor).
        expected: the right answer, same shape.
        tol: allowed absolute difference (or relative, with ``relative=True``), must be >= 0.
        name: the variable's name, for the message.
        hint: what to try if the answer is wrong.
    """
    _not_filled(value, name, hint)
    if not isinstance(tol, (int, float)) or tol < 0:
        raise ValueError(f"tol must be a number >= 0, got {tol!r}.")
    if hasattr(value, "detach"):
        value = value.detach().cpu().numpy()
    try:
        got = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        _fail(f"{name} should be a number or an array of numbers, got {type(value).__name__} {value!r}.", hint)
    want = np.asarray(expected, dtype=float)
    if want.ndim == 0 and got.ndim > 0:  # one expected number for every entry (e.g. "all zeros")
        want = np.full(got.shape, float(want))
    if got.shape != want.shape:
        if got.size == 1 and want.size == 1:
            got, want = got.reshape(()), want.reshape(())
        else:
            _fail(f"{name} has shape {got.shape}, expected shape {want.shape}.", hint)
    if not np.all(np.isfinite(got)):
        _fail(f"{name} contains NaN or infinite values.", hint)
    diff = np.abs(got - want)
    allowed = tol * np.maximum(np.abs(want), 1e-12) if relative else tol
    if np.all(diff <= allowed):
        shown = f"{float(got):.6g}" if got.ndim == 0 else f"array of shape {got.shape}"
        _success(f"{name} = {shown}")
        return
    if got.ndim == 0:
        _fail(f"{name} = {float(got):.6g}, expected about {float(want):.6g} (tolerance {tol:g}).", hint)
    worst = np.unravel_index(np.argmax(diff), diff.shape)
    _fail(f"{name} differs from the expected values, e.g. at index {tuple(int(i) for i in worst)}: "
          f"got {got[worst]:.6g}, expected {want[worst]:.6g}.", hint)


def equal(value: Any, expected: Any, name: str = "your answer", hint: str = "") -> None:
    """Check exact equality (for integers, strings, labels, tuples such as shapes)."""
    _not_filled(value, name, hint)
    if isinstance(value, np.ndarray) or isinstance(expected, np.ndarray):
        ok = np.array_equal(np.asarray(value), np.asarray(expected))
    else:
        ok = value == expected
    if ok:
        _success(f"{name} = {value!r}")
    else:
        _fail(f"{name} = {value!r}, expected {expected!r}.", hint)


def shape(array: Any, expected: Sequence[int], name: str = "your array", hint: str = "") -> None:
    """Check an array's shape, e.g. ``checks.shape(X, (569, 30), name="X")``."""
    _not_filled(array, name, hint)
    got = tuple(getattr(array, "shape", np.shape(array)))
    if got == tuple(expected):
        _success(f"{name} has shape {got}")
    else:
        _fail(f"{name} has shape {got}, expected {tuple(expected)}.", hint)


def between(value: Any, low: float, high: float, name: str = "your answer", hint: str = "") -> None:
    """Check that a number lies in ``[low, high]`` (e.g. an accuracy that must exceed 0.9)."""
    _not_filled(value, name, hint)
    if low > high:
        raise ValueError(f"low must be <= high, got low={low}, high={high}.")
    try:
        number = float(value)
    except (TypeError, ValueError):
        _fail(f"{name} should be a single number, got {type(value).__name__}.", hint)
    if low <= number <= high:
        _success(f"{name} = {number:.4g} (expected between {low:g} and {high:g})")
    else:
        _fail(f"{name} = {number:.4g}, expected a value between {low:g} and {high:g}.", hint)


def true(condition: Any, message: str, hint: str = "") -> None:
    """Check that ``condition`` holds; ``message`` says in words what is being checked."""
    if bool(condition):
        _success(message)
    else:
        _fail(f"this does not hold yet: {message}", hint)
