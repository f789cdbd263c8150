"""Input checks shared by every public function of ``course_utils``.

Each check raises an error that says what was expected, what was received and, where it helps,
how to fix it – in words a student can act on, not a traceback from deep inside NumPy.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np


def _describe(value: Any) -> str:
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape}"
    return f"{type(value).__name__} {value!r}" if not isinstance(value, (list, tuple)) else type(value).__name__


def as_array(
    value: Any,
    name: str,
    ndim: int | None = None,
    shape: Sequence[int | None] | None = None,
    allow_nan: bool = False,
    dtype: Any = float,
) -> np.ndarray:
    """Convert ``value`` (array, list, pandas object, torch tensor) to a NumPy array and check it.

    Args:
        value: the data to check.
        name: the argument's name, used in the error message.
        ndim: required number of dimensions (e.g. 2 for a table ``(n_samples, n_features)``).
        shape: required shape; ``None`` in a position means "any size" (e.g. ``(None, 2)``).
        allow_nan: accept NaN and infinite values.
        dtype: the NumPy dtype to convert to (``None`` keeps the original).

    Raises:
        TypeError: the value cannot be read as numbers.
        ValueError: wrong number of dimensions, wrong shape, or missing values.
    """
    if hasattr(value, "detach") and hasattr(value, "cpu"):  # a torch tensor
        value = value.detach().cpu().numpy()
    if isinstance(value, (str, bytes)) or value is None or isinstance(value, dict):
        raise TypeError(f"{name} must be an array of numbers, got {_describe(value)}.")
    try:
        arr = np.asarray(value, dtype=dtype) if dtype is not None else np.asarray(value)
    except (TypeError, ValueError) as err:
        raise TypeError(
            f"{name} must be an array of numbers, got {_describe(value)} that cannot be read as numbers ({err})."
        ) from None
    expected_ndim = len(shape) if shape is not None else ndim
    if expected_ndim is not None and arr.ndim != expected_ndim:
        want = f"shape {_shape_text(shape)}" if shape is not None else f"{expected_ndim}-D"
        fix = ""
        if expected_ndim == 2 and arr.ndim == 1:
            fix = " If it holds one feature, use x.reshape(-1, 1); if it is one sample, use x.reshape(1, -1)."
        raise ValueError(f"{name} must have {want}, got {arr.ndim}-D with shape {arr.shape}.{fix}")
    if shape is not None:
        for expected, got in zip(shape, arr.shape):
            if expected is not None and expected != got:
                raise ValueError(f"{name} must have shape {_shape_text(shape)}, got {arr.shape}.")
    if arr.size == 0:
        raise ValueError(f"{name} is empty (shape {arr.shape}); it needs at least one value.")
    if not allow_nan and np.issubdtype(arr.dtype, np.number) and not np.all(np.isfinite(arr)):
        bad = int(np.size(arr) - np.count_nonzero(np.isfinite(arr)))
        raise ValueError(
            f"{name} contains {bad} missing or infinite value(s) (NaN/inf). "
            "Remove or fill them first (e.g. df.dropna())."
        )
    return arr


def _shape_text(shape: Sequence[int | None]) -> str:
    names = iter(["n_samples", "n_features", "n_steps", "n_channels"])
    parts = [str(s) if s is not None else next(names, "n") for s in shape]
    return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"


def check_same_length(a: np.ndarray, b: np.ndarray, name_a: str, name_b: str) -> None:
    """Raise ``ValueError`` unless ``a`` and ``b`` have the same number of samples (first axis)."""
    if len(a) != len(b):
        raise ValueError(
            f"{name_a} and {name_b} must have the same number of samples, got {len(a)} and {len(b)}."
        )


def check_positive(value: Any, name: str, allow_zero: bool = False) -> float:
    """Check that ``value`` is a finite real number > 0 (or >= 0 with ``allow_zero``); return it as float."""
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise TypeError(f"{name} must be a number, got {_describe(value)}.")
    value = float(value)
    if not math.isfinite(value) or value < 0 or (value == 0 and not allow_zero):
        bound = ">= 0" if allow_zero else "> 0"
        raise ValueError(f"{name} must be a finite number {bound}, got {value}.")
    return value


def check_int(value: Any, name: str, minimum: int | None = None, maximum: int | None = None) -> int:
    """Check that ``value`` is an integer within [minimum, maximum]; return it."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"{name} must be an integer, got {_describe(value)}.")
    value = int(value)
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}.")
    if maximum is not None and value > maximum:
        raise ValueError(f"{name} must be <= {maximum}, got {value}.")
    return value


def check_fraction(value: Any, name: str, inclusive: bool = False) -> float:
    """Check that ``value`` is a number strictly between 0 and 1 (or within [0, 1] with ``inclusive``)."""
    value = check_positive(value, name, allow_zero=inclusive)
    if value > 1 or (value == 1 and not inclusive):
        bound = "between 0 and 1" if inclusive else "strictly between 0 and 1"
        raise ValueError(f"{name} must be {bound}, got {value}.")
    return value


def check_choice(value: Any, name: str, choices: Sequence[Any]) -> Any:
    """Check that ``value`` is one of ``choices``."""
    if value not in choices:
        raise ValueError(f"{name} must be one of {list(choices)}, got {value!r}.")
    return value


def check_binary_labels(y: Any, name: str = "y") -> np.ndarray:
    """Return ``y`` as a 1-D integer array of 0/1 labels, or raise a clear error."""
    arr = as_array(y, name, ndim=1)
    values = np.unique(arr)
    if not np.all(np.isin(values, [0, 1])):
        raise ValueError(f"{name} must contain only 0 and 1 (negative/positive), got values {values[:10].tolist()}.")
    return arr.astype(int)
