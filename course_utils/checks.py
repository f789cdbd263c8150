"""Self-checks: each prints one clear success line, or raises :class:`ExerciseError` saying what is wrong.

Usage in a check cell::

    checks.close(mean_bmi, 26.4, tol=0.1, name="mean_bmi", hint="Use df['bmi'].mean().")

The value checked (the first argument) may come from a student: whatever it is (a string, a list, a tensor that
requires grad, a pandas column, ``None``), the check answers with an :class:`ExerciseError` in the course's words.
The other arguments are written by the notebook's author: a wrong one (a negative tolerance, an array where one
yes/no value is needed) raises a ``TypeError`` or ``ValueError`` that says how to write the check.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from .i18n import N_, number, tr
from .validation import as_array, check_bool, check_number, check_positive, check_text, describe, shape_of


class ExerciseError(AssertionError):
    """Raised when an exercise answer is not right yet; the message says why and gives the hint.

    In a notebook it shows as its message alone, without a Python traceback (IPython's ``_render_traceback_``).
    """

    def _render_traceback_(self) -> list[str]:
        return [f"❌ {line}" if i == 0 else line for i, line in enumerate(str(self).split("\n"))]


def _fail(message: str, hint: str) -> None:
    text = tr("Not yet: {message}", message=message)
    if hint:
        text += "\n" + tr("Hint: {hint}", hint=hint)
    raise ExerciseError(text)


def _success(message: str) -> None:
    print(tr("✅ Correct! {message}", message=message))


def _texts(name: str, hint: str) -> None:
    check_text(name, "name")
    check_text(hint, "hint")


def _not_filled(value: Any, name: str, hint: str) -> None:
    placeholder = type(value).__name__ == "Placeholder"
    if value is None or value is Ellipsis or value is NotImplemented or placeholder:
        shown = "____" if placeholder else repr(value)
        _fail(tr("{name} has no value yet (it is {shown}). Fill in the exercise cell above and run it.", name=name,
                 shown=shown), hint)


def _show(value: Any) -> str:
    """``value`` as the student wrote it when that is short, in words otherwise."""
    text = repr(value.item() if isinstance(value, np.generic) else value)
    return text if len(text) <= 60 and "\n" not in text else describe(value)


def _numbers(value: Any, name: str, hint: str) -> np.ndarray:
    """The student's answer as a float array, or an ExerciseError saying what it is."""
    if isinstance(value, (str, bytes)):
        fix = tr(" Remove the quotes.") if _is_number_text(value) else ""
        _fail(_not_numbers(name, value) + fix, hint)
    if isinstance(value, (bool, np.bool_)):
        _fail(_not_numbers(name, value), hint)
    data = getattr(value, "data", None)
    if not isinstance(value, np.ndarray) and isinstance(data, (int, float)) and not hasattr(value, "shape"):
        _fail(tr("{name} should be a number or an array of numbers, got {received} holding the number {data}: pass "
                 "its `.data`.", name=name, received=describe(value), data=number(data, ".6g")), hint)
    if _holds_text(value):
        _fail(tr("{name} should be a number or an array of numbers, got {received} holding text (strings): numbers "
                 "are written without quotes.", name=name, received=describe(value)), hint)
    try:
        return as_array(value, name, allow_nan=True)
    except (TypeError, ValueError) as error:
        _fail(str(error), hint)
    raise AssertionError("unreachable")  # pragma: no cover


def _not_numbers(name: str, value: Any) -> str:
    return tr("{name} should be a number or an array of numbers, got {received}.", name=name,
              received=describe(value))


def _is_number_text(text: str | bytes) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _holds_text(value: Any) -> bool:
    if isinstance(value, (str, bytes)):
        return True
    if isinstance(value, np.ndarray):
        return value.dtype.kind in "US" or (value.dtype.kind == "O" and any(isinstance(v, str) for v in value.flat))
    if isinstance(value, (list, tuple)):
        return any(_holds_text(item) for item in value)
    return False


def close(value: Any, expected: Any, tol: float = 1e-6, name: str = N_("your answer"), hint: str = "",
          relative: bool = False) -> None:
    """Check that ``value`` (a number or array) equals ``expected`` within ``tol``.

    Args:
        value: the student's answer (number, list, NumPy array, torch tensor, pandas column).
        expected: the right answer, same shape (or one number that every entry must equal).
        tol: allowed absolute difference (or relative, with ``relative=True``), must be >= 0.
        name: the variable's name, for the message.
        hint: what to try if the answer is wrong.
    """
    _texts(name, hint)
    name = tr(name)
    tol = check_positive(tol, "tol", allow_zero=True)
    relative = check_bool(relative, "relative")
    _not_filled(value, name, hint)
    got = _numbers(value, name, hint)
    want = as_array(expected, "expected")
    if want.ndim == 0 and got.ndim > 0:  # one expected number for every entry (e.g. "all zeros")
        want = np.full(got.shape, float(want))
    if got.shape != want.shape:
        if got.size == 1 and want.size == 1:
            got, want = got.reshape(()), want.reshape(())
        else:
            _fail(tr("{name} has shape {got}, expected shape {expected}.", name=name, got=got.shape,
                     expected=want.shape) + _shape_fix(got.shape, want.shape), hint)
    if not np.all(np.isfinite(got)):
        first = tuple(int(i) for i in np.argwhere(~np.isfinite(got))[0]) if got.ndim else ()
        where = tr(" (the first at index {index})", index=first if len(first) > 1 else first[0]) if first else ""
        _fail(tr("{name} contains NaN or infinite values{where}: a division by zero, or a step that diverged?",
                 name=name, where=where), hint)
    diff = np.abs(got - want)
    allowed = tol * np.maximum(np.abs(want), 1e-12) if relative else tol
    if np.all(diff <= allowed):
        shown = number(float(got), ".6g") if got.ndim == 0 else tr("array of shape {shape}", shape=got.shape)
        _success(f"{name} = {shown}")
        return
    if got.ndim == 0:
        _fail(tr("{name} = {got}, expected about {expected} (tolerance {tol}).", name=name,
                 got=number(float(got), ".6g"), expected=number(float(want), ".6g"), tol=number(tol, "g")), hint)
    worst = np.unravel_index(np.argmax(diff), diff.shape)
    _fail(tr("{name} differs from the expected values, e.g. at index {index}: got {got}, expected {expected}.",
             name=name, index=tuple(int(i) for i in worst), got=number(got[worst], ".6g"),
             expected=number(want[worst], ".6g")), hint)


def _shape_fix(got: tuple[int, ...], want: tuple[int, ...]) -> str:
    if tuple(s for s in got if s != 1) == tuple(s for s in want if s != 1):
        return tr(" The same values as a column instead of a flat list (or the reverse): see .ravel() or .reshape.")
    if len(got) == len(want) == 2 and got == want[::-1]:
        return tr(" Rows and columns are swapped: transpose it with .T.")
    return ""


def equal(value: Any, expected: Any, name: str = N_("your answer"), hint: str = "") -> None:
    """Check exact equality (integers, strings, labels, tuples such as shapes, arrays, pandas columns).

    A list and a tuple with the same items are equal (``[2, 3]`` and ``(2, 3)``). For decimal numbers use
    :func:`close`, which allows for rounding.
    """
    _texts(name, hint)
    name = tr(name)
    _not_filled(value, name, hint)
    problem = _difference(value, expected)
    if problem is None:
        _success(f"{name} = {_show(value)}")
        return
    if problem:
        _fail(f"{name} {problem}", hint)
    remark = ""
    if isinstance(value, (float, np.floating)) and isinstance(expected, (int, float, np.number)) \
            and math.isclose(float(value), float(expected), rel_tol=1e-9, abs_tol=1e-12):
        remark = tr(" They differ only by rounding: decimal numbers are compared with checks.close.")
    _fail(tr("{name} = {got}, expected {expected}.", name=name, got=_show(value), expected=_show(expected)) + remark,
          hint)


def _is_array(value: Any) -> bool:
    return isinstance(value, np.ndarray) or hasattr(value, "detach") or type(value).__module__.startswith("pandas")


def _difference(value: Any, expected: Any) -> str | None:
    """``None`` if equal, ``""`` if different (plain values), or a sentence locating the difference (arrays)."""
    if _is_array(value) or _is_array(expected):
        return _array_difference(value, expected)
    if isinstance(value, (list, tuple)) and isinstance(expected, (list, tuple)):
        if len(value) != len(expected):
            return tr("has {n} items, expected {expected}.", n=len(value), expected=len(expected))
        for i, (a, b) in enumerate(zip(value, expected)):
            inner = _difference(a, b)
            if inner is not None:
                return tr("differs at position {i}: got {got}, expected {expected}.", i=i, got=_show(a),
                          expected=_show(b))
        return None
    if isinstance(value, Mapping) and isinstance(expected, Mapping):
        if set(value) != set(expected):
            return tr("has keys {keys}, expected {expected}.", keys=sorted(map(str, value)),
                      expected=sorted(map(str, expected)))
        for key in expected:
            if _difference(value[key], expected[key]) is not None:
                return tr("differs at key {key}: got {got}, expected {expected}.", key=repr(key),
                          got=_show(value[key]), expected=_show(expected[key]))
        return None
    try:
        same = value == expected
        return None if bool(same) else ""
    except (TypeError, ValueError):  # an object whose == does not give one yes/no answer
        return "" if value is not expected else None


def _array_difference(value: Any, expected: Any) -> str | None:
    try:
        got, want = _plain_array(value), _plain_array(expected)
    except (TypeError, ValueError):
        return ""
    if got.shape != want.shape:
        return tr("has shape {got}, expected shape {expected}.", got=got.shape, expected=want.shape) + \
            _shape_fix(got.shape, want.shape)
    try:
        same = got == want
        if got.dtype.kind == "f" and want.dtype.kind == "f":
            same = same | (np.isnan(got) & np.isnan(want))
        same = np.asarray(same, dtype=bool)
    except (TypeError, ValueError):
        return ""
    if same.shape != got.shape:  # elementwise comparison not possible (mixed kinds)
        return ""
    if same.all():
        return None
    wrong = np.argwhere(~same)
    first = tuple(int(i) for i in wrong[0])
    where = first[0] if len(first) == 1 else first
    return tr("differs from the expected values in {n} of {size} places, e.g. at index {where}: got {got}, "
              "expected {expected}.", n=len(wrong), size=same.size, where=where, got=repr(got[first].item()),
              expected=repr(want[first].item()))


def _plain_array(value: Any) -> np.ndarray:
    if hasattr(value, "detach"):
        value = value.detach().cpu().numpy()
    elif hasattr(value, "to_numpy"):
        value = value.to_numpy()
    if isinstance(value, (list, tuple)):
        value = [v.detach().cpu().numpy() if hasattr(v, "detach") else v for v in value]
    return np.asarray(value)


def shape(array: Any, expected: Sequence[int] | int, name: str = N_("your array"), hint: str = "") -> None:
    """Check an array's shape, e.g. ``checks.shape(X, (569, 30), name="X")`` (an int means a 1-D shape)."""
    _texts(name, hint)
    name = tr(name)
    want = _expected_shape(expected)
    _not_filled(array, name, hint)
    got = shape_of(array)
    if got is None or isinstance(array, (str, bytes)):
        _fail(tr("{name} should be an array of shape {expected}, but it is {received}, which has no shape (rows of "
                 "different lengths, or not an array).", name=name, expected=want, received=describe(array)), hint)
    if got == want:
        _success(tr("{name} has shape {shape}", name=name, shape=got))
    else:
        _fail(tr("{name} has shape {got}, expected {expected}.", name=name, got=got, expected=want)
              + _shape_fix(got, want), hint)


def _expected_shape(expected: Any) -> tuple[int, ...]:
    if isinstance(expected, (int, np.integer)) and not isinstance(expected, bool):
        return (int(expected),)
    if isinstance(expected, (list, tuple)) or type(expected).__name__ == "Size":
        if all(isinstance(s, (int, np.integer)) and not isinstance(s, bool) and s >= 0 for s in expected):
            return tuple(int(s) for s in expected)
    raise TypeError(tr("expected must be a shape: a tuple of whole numbers such as (569, 30), got {received}.",
                       received=describe(expected)))


def between(value: Any, low: float, high: float, name: str = N_("your answer"), hint: str = "") -> None:
    """Check that a number lies in ``[low, high]`` (e.g. an accuracy that must exceed 0.9).

    ``low`` and ``high`` may be infinite (``float("inf")``) for a one-sided check.
    """
    _texts(name, hint)
    name = tr(name)
    low = check_number(low, "low", allow_infinite=True)
    high = check_number(high, "high", allow_infinite=True)
    if low > high:
        raise ValueError(tr("low must be <= high, got low={low}, high={high}. Swap them.", low=format(low, "g"),
                            high=format(high, "g")))
    _not_filled(value, name, hint)
    x = _single_number(value, name, hint)
    shown = {"name": name, "value": number(x, ".4g"), "low": number(low, "g"), "high": number(high, "g")}
    if low <= x <= high:
        _success(tr("{name} = {value} (expected between {low} and {high})", **shown))
    else:
        _fail(tr("{name} = {value}, expected a value between {low} and {high}.", **shown), hint)


def _single_number(value: Any, name: str, hint: str) -> float:
    values = _numbers(value, name, hint)
    if values.size != 1:
        _fail(tr("{name} should be a single number, got {received}. Combine the values first (a mean, a sum, or one "
                 "element).", name=name, received=describe(value)), hint)
    x = float(values.reshape(()))
    if math.isnan(x):
        _fail(tr("{name} is NaN (not a number): a division by zero (0/0), or a value missing from the data?",
                 name=name), hint)
    return x


def true(condition: Any, message: str, hint: str = "") -> None:
    """Check that ``condition`` (one yes/no value, e.g. ``loss < 0.2``) holds; ``message`` says what is checked.

    A comparison of arrays gives one yes/no value per entry: combine them with ``.all()`` (every one must hold)
    or ``.any()`` (at least one), which this check asks for rather than guessing.
    """
    check_text(message, "message")
    check_text(hint, "hint")
    _not_filled(condition, tr("the condition"), hint)
    if not _yes_no(condition):
        fix = ""
        size = _size(condition)
        if size is not None and size != 1:
            fix = tr(" Combine them into one: (...).all() if every one must hold, (...).any() if at least one must.")
        elif isinstance(condition, (str, bytes)):
            fix = tr(" A text is not a comparison: remove the quotes.")
        raise TypeError(tr("checks.true needs one yes/no value (a comparison such as `loss < 0.2`), got {received}.",
                           received=_condition_words(condition)) + fix)
    if bool(condition):
        _success(message)
    else:
        _fail(tr("this does not hold yet: {message}", message=message), hint)


def _yes_no(condition: Any) -> bool:
    if isinstance(condition, (bool, np.bool_)):
        return True
    if isinstance(condition, np.ndarray) or hasattr(condition, "detach"):
        return _size(condition) == 1 and "bool" in str(condition.dtype)
    return False


def _size(value: Any) -> int | None:
    shape = shape_of(value)
    return None if shape is None or isinstance(value, (str, bytes)) else math.prod(shape)


def _condition_words(condition: Any) -> str:
    size = _size(condition)
    if size is not None and size != 1 and not isinstance(condition, (list, tuple)):
        return tr("{received}, one answer per entry", received=describe(condition))
    return describe(condition)
