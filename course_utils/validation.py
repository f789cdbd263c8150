"""Input checks shared by every public function of ``course_utils``: one error style for the whole package.

Every check raises a ``TypeError`` (wrong kind of value) or a ``ValueError`` (right kind, wrong content) whose
message says, in words a student can act on:

1. what was expected (``X must have shape (n_samples, 2)``),
2. what was received (its kind, shape and dtype, the row and column at fault: ``got (3, 3)``),
3. the fix, where one is likely (``Choose two columns, e.g. X[:, :2].``).

The model is scikit-learn's ``check_array``. Never a traceback from deep inside NumPy or PyTorch, never a silently
wrong result, and never a change to the caller's data: the checks only read their inputs.
"""

from __future__ import annotations

import difflib
import math
import re
import warnings
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import numpy as np

from .i18n import N_, number, tr

__all__ = [
    "describe", "as_array", "check_same_length", "check_same_shape", "check_positive", "check_number",
    "check_int", "check_fraction", "check_choice", "check_binary_labels", "check_bool", "check_text",
    "check_names", "shape_of", "KeyNotFoundError",
]


class KeyNotFoundError(KeyError):
    """A ``KeyError`` whose message reads as a sentence (a plain ``KeyError`` shows its message in quotes)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


# --------------------------------------------------------------------------------------------------- describing


def describe(value: Any) -> str:
    """Say in plain words what ``value`` is: "the number 3.2", "a list of 3 items", "an array of shape (2, 3)".

    Used by every message of the package (and by the exercise checks) to say *what was received*; in French once
    the course speaks French ("un tableau NumPy de 3 nombres").
    """
    if value is None:
        return tr("nothing (None)")
    if type(value).__name__ == "Placeholder":
        return tr("the placeholder ____ (not filled in yet)")
    if isinstance(value, (bool, np.bool_)):
        return tr("a yes/no value ({value})", value=bool(value))
    if isinstance(value, (int, float, np.integer, np.floating)):
        if value != value:
            return tr("NaN (not a number: a missing or undefined value)")
        return tr("the number {value}", value=_short(value))
    if isinstance(value, (complex, np.complexfloating)):
        return tr("the complex number {value}", value=value)
    if isinstance(value, (str, bytes)):
        text = value if len(value) <= 40 else value[:37] + "..."
        return tr("the text {text} (a string)", text=repr(text))
    if isinstance(value, (list, tuple, set, frozenset)):
        return _describe_collection(value)
    if isinstance(value, Mapping):
        keys = [key if len(key) <= 15 else key[:12] + "..." for key in sorted(map(str, value))[:6]]
        shown = str(keys) if len(str(keys)) <= 100 else str(keys)[:96] + "...]"  # odd characters print long
        return tr("a dictionary with keys {keys}{more}", keys=shown, more="..." if len(value) > 6 else "")
    if isinstance(value, type):
        return tr("the class {name} itself, not an object made from it (add parentheses: {name}())",
                  name=value.__name__)
    module = type(value).__module__ or ""
    if module.startswith("torch"):
        if hasattr(value, "shape") and hasattr(value, "detach"):
            return tr("a PyTorch tensor of shape {shape}", shape=tuple(value.shape))
        if hasattr(value, "parameters") and hasattr(value, "forward"):
            return tr("a PyTorch model ({name})", name=type(value).__name__)
    if hasattr(value, "parameters") and hasattr(value, "forward") and callable(value):
        return tr("a PyTorch model ({name})", name=type(value).__name__)
    if isinstance(value, np.ndarray):
        if value.ndim == 0:
            return describe(value.item())
        if value.ndim == 1:
            return tr("an array of 1 value") if value.size == 1 else tr("an array of {n} values", n=value.size)
        return tr("an array of shape {shape}", shape=value.shape)
    if module.startswith("pandas"):
        if type(value).__name__ == "DataFrame":
            return tr("a table (DataFrame) of {rows} rows and {columns} columns", rows=value.shape[0],
                      columns=value.shape[1])
        if type(value).__name__ == "Series":
            return tr("a column (Series) of {n} values", n=len(value))
    if module.startswith("sklearn") and hasattr(value, "fit"):
        return tr("a scikit-learn model ({name})", name=type(value).__name__)
    if isinstance(value, Iterator):
        return tr("a {name} (values produced one at a time: wrap it in list(...))", name=type(value).__name__)
    if value is Ellipsis:
        return tr("... (Ellipsis)")
    if callable(value):
        return tr("a function ({name})", name=getattr(value, "__name__", type(value).__name__))
    return tr("an object of type {name}", name=type(value).__name__)


def _describe_collection(value: Any) -> str:
    """A list, tuple or set in words ("a list of 3 items"); French needs each kind's own grammar."""
    n = len(value)
    if isinstance(value, list):
        texts = (N_("a list of 0 items"), N_("a list of 1 item"), N_("a list of {n} items"))
    elif isinstance(value, tuple):
        texts = (N_("a tuple of 0 items"), N_("a tuple of 1 item"), N_("a tuple of {n} items"))
    else:
        texts = (N_("a set of 0 items"), N_("a set of 1 item"), N_("a set of {n} items"))
    text = tr(texts[min(n, 2)], n=n)
    kind = type(value).__name__
    if isinstance(value, (list, tuple)) and type(value) not in (list, tuple):  # a named tuple...: its own name
        text = tr("a {kind} of 1 item", kind=kind) if n == 1 else tr("a {kind} of {n} items", kind=kind, n=n)
    return text


def _short(value: Any) -> str:
    try:
        return number(float(value), ".6g")
    except OverflowError:
        return tr("{start}... ({digits} digits)", start=str(value)[:6], digits=len(str(abs(value))))
    except (TypeError, ValueError):
        return repr(value)[:40]


def shape_of(value: Any) -> tuple[int, ...] | None:
    """The shape of an array, tensor, table or (regular) nested list; ``None`` if it has none (ragged, a function)."""
    shape = getattr(value, "shape", None)
    if shape is not None and not callable(shape):
        try:
            return tuple(int(s) for s in shape)
        except (TypeError, ValueError):
            return None
    if isinstance(value, (str, bytes, Mapping)) or value is None or callable(value):
        return None
    for deep in (False, True):  # deep: a list of tensors that require grad
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return tuple(int(s) for s in np.shape(_plain(value, deep=deep)))
        except Exception:  # ragged lists, objects NumPy cannot read: no shape to report
            continue
    return None


# --------------------------------------------------------------------------------------------------- arrays


def as_array(
    value: Any,
    name: str,
    ndim: int | None = None,
    shape: Sequence[int | None] | None = None,
    allow_nan: bool = False,
    dtype: Any = float,
) -> np.ndarray:
    """Convert ``value`` (array, list, pandas object, torch tensor) to a NumPy array and check it.

    The result may share memory with ``value``: read it, do not write into it (copy it first).

    Args:
        value: the data to check.
        name: the argument's name, used in the error message.
        ndim: required number of dimensions (e.g. 2 for a table ``(n_samples, n_features)``).
        shape: required shape; ``None`` in a position means "any size" (e.g. ``(None, 2)``).
        allow_nan: accept NaN and infinite values.
        dtype: the NumPy dtype to convert to (``None`` keeps the original). An integer dtype accepts only whole
            numbers (2.0, never 2.5, which would be truncated).

    Raises:
        TypeError: the value cannot be read as numbers (text, None, a dictionary, complex numbers, dates).
        ValueError: wrong number of dimensions, wrong shape, rows of different lengths, empty, or missing values
            (the message locates the first one: row, column and column name).
    """
    columns = getattr(value, "columns", None)  # a DataFrame's column names, for the messages
    index = getattr(value, "index", None) if type(value).__module__.startswith("pandas") else None
    _refuse_non_arrays(value, name)
    arr = _convert(value, name, dtype, columns)
    expected_ndim = len(shape) if shape is not None else ndim
    if expected_ndim is not None and arr.ndim != expected_ndim:
        if shape is not None:
            message = tr("{name} must have shape {expected}, got {ndim}-D with shape {shape}.", name=name,
                         expected=_shape_text(shape), ndim=arr.ndim, shape=arr.shape)
        else:
            message = tr("{name} must be {expected}-D, got {ndim}-D with shape {shape}.", name=name,
                         expected=expected_ndim, ndim=arr.ndim, shape=arr.shape)
        raise ValueError(message + _ndim_fix(name, arr, expected_ndim))
    if shape is not None:
        for expected, got in zip(shape, arr.shape):
            if expected is not None and expected != got:
                raise ValueError(tr("{name} must have shape {expected}, got {shape}.", name=name,
                                    expected=_shape_text(shape), shape=arr.shape)
                                 + _shape_fix(name, arr.shape, shape))
    if arr.size == 0:
        raise ValueError(tr("{name} is empty (shape {shape}); it needs at least one value. Check the selection "
                            "or filter that produced it (did it keep any row?).", name=name, shape=arr.shape))
    if not allow_nan and np.issubdtype(arr.dtype, np.number) and not np.all(np.isfinite(arr)):
        finite = np.isfinite(arr)
        bad = int(arr.size - np.count_nonzero(finite))
        first = tuple(int(i) for i in np.argwhere(~finite)[0])
        raise ValueError(tr(
            "{name} contains {bad} missing or infinite value(s) (NaN/inf); the first is {value} {where}. Remove or "
            "fill them first (e.g. df.dropna(), or df.fillna(...)).", name=name, bad=bad, value=arr[first],
            where=_where(first, columns, index)))
    return arr


def _refuse_non_arrays(value: Any, name: str) -> None:
    if isinstance(value, (np.ndarray, list, tuple)):
        return
    if isinstance(value, (str, bytes)):
        raise TypeError(_not_numbers(value, name) + tr(" If it holds a number, remove the quotes; if it names a "
                                                       "column, select it from the table: df['column']."))
    if value is None:
        raise TypeError(tr("{name} must be an array of numbers, got nothing (None). Did a function forget `return`, "
                           "or a cell above not run?", name=name))
    if isinstance(value, (Mapping, set, frozenset)):
        extra = tr(" Pass one of its entries (d['key']) or a table, pd.DataFrame(d).") if isinstance(value, Mapping) \
            else tr(" A set has no order: use a list.")
        raise TypeError(_not_numbers(value, name) + extra)
    if isinstance(value, type) or (callable(value) and not hasattr(value, "__array__") and not hasattr(value, "shape")):
        raise TypeError(_not_numbers(value, name) + tr(" Pass the data, not a function or a model (call it first and "
                                                       "pass its result)."))
    if isinstance(value, Iterator):
        raise TypeError(_not_numbers(value, name))


def _not_numbers(value: Any, name: str) -> str:
    return tr("{name} must be an array of numbers, got {received}.", name=name, received=describe(value))


def _plain(value: Any, deep: bool = False) -> Any:
    """A torch tensor as a NumPy array (detached, on the CPU); with ``deep``, also tensors inside lists and tuples."""
    if hasattr(value, "detach") and hasattr(value, "cpu"):
        tensor = value.detach().cpu()
        if str(getattr(tensor, "dtype", "")) == "torch.bfloat16":  # NumPy has no bfloat16
            tensor = tensor.float()
        return tensor.numpy()
    if deep and isinstance(value, (list, tuple)):
        return [_plain(v, deep=True) for v in value]
    return value


def _convert(value: Any, name: str, dtype: Any, columns: Any) -> np.ndarray:
    plain = _plain(value)
    source_kind = getattr(getattr(plain, "dtype", None), "kind", "")
    if source_kind in "mM" and source_kind:
        raise TypeError(tr("{name} must be an array of numbers, got dates or durations (dtype {dtype}). Convert "
                           "them to a number first, e.g. durations in days: (t - t0).dt.days.", name=name,
                           dtype=plain.dtype))
    if source_kind == "c" or (isinstance(plain, (list, tuple)) and any(isinstance(v, complex) for v in plain)):
        raise TypeError(tr("{name} must be an array of real numbers, got complex numbers. Keep the real part "
                           "(x.real) or the size (abs(x)) if that is what you meant.", name=name))
    int_wanted = dtype is not None and np.dtype(dtype).kind in "iu"
    try:
        arr = _to_numpy(plain, dtype, int_wanted)
    except (TypeError, ValueError, OverflowError, RuntimeError, np.exceptions.ComplexWarning) as err:
        if not isinstance(plain, (list, tuple)):
            raise _unreadable(value, plain, name, columns, err) from None
        plain = _plain(plain, deep=True)  # a list of tensors (e.g. losses that still require grad)
        try:
            arr = _to_numpy(plain, dtype, int_wanted)
        except (TypeError, ValueError, OverflowError, RuntimeError, np.exceptions.ComplexWarning) as err:
            raise _unreadable(value, plain, name, columns, err) from None
    if dtype is None and arr.dtype == object:
        raise _unreadable(value, plain, name, columns, None)
    if int_wanted and arr.dtype.kind not in "iub":
        arr = _whole(arr, name).astype(dtype)
    return arr


def _to_numpy(plain: Any, dtype: Any, int_wanted: bool) -> np.ndarray:
    """NumPy's conversion; for an integer dtype, decimal numbers stay decimal here (checked, never truncated).

    Complex arrays never get here (refused before), so NumPy cannot drop an imaginary part silently.
    """
    if int_wanted:
        arr = np.asarray(plain)
        return arr.astype(dtype) if arr.dtype.kind in "iub" else np.asarray(plain, dtype=float)
    return np.asarray(plain, dtype=dtype) if dtype is not None else np.asarray(plain)


def _whole(arr: np.ndarray, name: str) -> np.ndarray:
    finite = np.isfinite(arr)
    broken = finite & (arr != np.round(arr))
    if broken.any():
        first = tuple(int(i) for i in np.argwhere(broken)[0])
        raise ValueError(tr("{name} must hold whole numbers (counts, class numbers), got {value} {where}. Round it "
                            "explicitly (np.round) if that is what you meant.", name=name,
                            value=number(arr[first], "g"), where=_where(first, None, None)))
    if not finite.all():
        raise ValueError(tr("{name} must hold whole numbers, got NaN or infinite values. Remove or fill them first.",
                            name=name))
    return arr


def _unreadable(value: Any, plain: Any, name: str, columns: Any, err: Exception | None) -> Exception:
    """The error for data NumPy cannot turn into numbers: ragged rows, or the first entry that is not a number."""
    if isinstance(err, OverflowError):
        return ValueError(tr("{name} holds a number too large for a decimal number (over about 1.8e308). "
                             "Check its units or scale it down.", name=name))
    ragged = _ragged(plain)
    if ragged:
        return ValueError(tr("{name} must have rows of equal length, but {ragged}. Every row needs the same "
                             "number of values (one per column).", name=name, ragged=ragged))
    found = _first_non_number(plain, columns)
    if found is None:
        data = getattr(value, "data", None)
        fix = tr(" It holds a number in `.data`: pass that.") if isinstance(data, (int, float)) else ""
        return TypeError(tr("{name} must be an array of numbers, got {received} that cannot be read as numbers.",
                            name=name, received=describe(value)) + fix)
    where, bad = found
    fix = tr(" Encode text categories as numbers first (e.g. df['sex'].map({'F': 0, 'M': 1})).")
    if isinstance(bad, str) and re.fullmatch(r"\s*[-+]?\d*,\d+\s*", bad):
        fix = tr(" It looks like a decimal comma: write 12.5, not 12,5 (read a French CSV file with "
                 "pd.read_csv(..., sep=';', decimal=',')).")
    elif bad is None or type(bad).__name__ in ("NAType", "NaTType"):
        fix = tr(" It is a missing value: remove or fill those rows first (df.dropna()).")
    elif hasattr(bad, "detach"):
        fix = tr(" Convert the tensors first, e.g. torch.stack(values).detach().numpy().")
    return TypeError(tr("{name} must be an array of numbers, got {received} that cannot be read as numbers: "
                        "{where} holds {bad}.", name=name, received=describe(value), where=where,
                        bad=describe(bad)) + fix)


def _ragged(value: Any) -> str:
    if not isinstance(value, (list, tuple)) or not value:
        return ""
    lengths = [len(v) if isinstance(v, (list, tuple, np.ndarray)) else None for v in value]
    if len(set(lengths)) <= 1:
        return ""
    first = lengths[0]
    other = next(i for i, n in enumerate(lengths) if n != first)
    def words(n: int | None) -> str:
        if n is None:
            return tr("a single value")
        return tr("1 value") if n == 1 else tr("{n} values", n=n)
    return tr("row 0 has {first} and row {other} has {second}", first=words(first), other=other,
              second=words(lengths[other]))


def _first_non_number(value: Any, columns: Any) -> tuple[str, Any] | None:
    """Where the first entry that is not a number sits, and that entry (``None`` if none is found)."""
    if columns is not None and hasattr(value, "iloc"):
        for j, column in enumerate(columns):
            found = _first_non_number(value.iloc[:, j].to_numpy(dtype=object), None)
            if found is not None:
                return tr("row {row}, column {column} ({name})", row=found[0].split()[-1], column=j,
                          name=repr(column)), found[1]
        return None
    try:
        flat = np.asarray(value, dtype=object)
    except (TypeError, ValueError):
        return None
    if flat.ndim == 0:
        return None
    for position in np.ndindex(flat.shape):
        item = flat[position]
        if not _is_number(item):
            where = tr("index {i}", i=position[0]) if flat.ndim == 1 else tr("position {p}", p=position)
            return where, item
    return None


def _is_number(item: Any) -> bool:
    if isinstance(item, (bool, np.bool_, int, float, np.integer, np.floating)):
        return True
    if isinstance(item, str):
        try:
            float(item)
            return True
        except ValueError:
            return False
    return False


def _where(position: tuple[int, ...], columns: Any, index: Any) -> str:
    if len(position) == 1:
        label = ""
        if index is not None and len(index) > position[0] and index[position[0]] != position[0]:
            label = tr(" (index label {label})", label=repr(index[position[0]]))
        return tr("at index {i}{label}", i=position[0], label=label)
    if len(position) == 2:
        column = f" ({columns[position[1]]!r})" if columns is not None and len(columns) > position[1] else ""
        label = ""
        if index is not None and len(index) > position[0] and index[position[0]] != position[0]:
            label = tr(" (index label {label})", label=repr(index[position[0]]))
        return tr("at row {row}{label}, column {column}{name}", row=position[0], label=label, column=position[1],
                  name=column)
    return tr("at position {p}", p=position)


def _ndim_fix(name: str, arr: np.ndarray, expected: int) -> str:
    if expected == 2 and arr.ndim == 1:
        return tr(" If it holds one feature, use x.reshape(-1, 1); if it is one sample, use x.reshape(1, -1).")
    if expected == 1 and arr.ndim == 2 and 1 in arr.shape:
        if arr.shape[1] == 1:
            return tr(" It has a single column: flatten it with {name}.ravel().", name=name)
        return tr(" It has a single row: flatten it with {name}.ravel().", name=name)
    if expected >= 1 and arr.ndim == 0:
        return tr(" A single number was given: put it in a list, [x], or pass the whole array.")
    if expected == 2 and arr.ndim >= 3:
        return tr(" To use images as a table, flatten each one: {name}.reshape(len({name}), -1).", name=name)
    return ""


def _shape_fix(name: str, got: tuple[int, ...], want: Sequence[int | None]) -> str:
    if len(got) == 2 and len(want) == 2 and want[1] is not None and got[0] == want[1] and want[0] is None:
        return tr(" Rows and columns may be swapped: try {name}.T.", name=name)
    if len(got) == 2 and len(want) == 2 and want[1] is not None and got[1] > want[1]:
        return tr(" Keep only the {n} column(s) you need, e.g. {name}[:, :{n}] or df[['a', 'b']].", n=want[1],
                  name=name)
    return ""


def _shape_text(shape: Sequence[int | None]) -> str:
    names = iter(["n_samples", "n_features", "n_steps", "n_channels"])
    parts = [str(s) if s is not None else next(names, "n") for s in shape]
    return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"


def check_same_length(a: Any, b: Any, name_a: str, name_b: str) -> None:
    """Raise ``ValueError`` unless ``a`` and ``b`` have the same number of samples (first axis)."""
    len_a, len_b = _length(a, name_a), _length(b, name_b)
    if len_a != len_b:
        raise ValueError(tr(
            "{a} and {b} must have the same number of samples, got {len_a} and {len_b}. Row i of {a} must describe "
            "the same patient as row i of {b}: take both from the same table or split.", a=name_a, b=name_b,
            len_a=len_a, len_b=len_b))


def _length(value: Any, name: str) -> int:
    shape = shape_of(value)
    if shape:
        return shape[0]
    try:
        return len(value)
    except TypeError:
        raise TypeError(tr("{name} must be an array with one row per sample, got {received}.", name=name,
                           received=describe(value))) from None


def check_same_shape(a: Any, b: Any, name_a: str, name_b: str) -> tuple[int, ...]:
    """Raise ``ValueError`` unless ``a`` and ``b`` (arrays, tensors, lists) have exactly the same shape.

    For losses and metrics that compare two arrays value by value: NumPy and PyTorch would otherwise
    "broadcast" a column ``(n, 1)`` against a flat ``(n,)`` into an ``(n, n)`` table without any error.

    Returns:
        The common shape.
    """
    shape_a, shape_b = shape_of(a), shape_of(b)
    for value, shape, name in ((a, shape_a, name_a), (b, shape_b, name_b)):
        if shape is None:
            raise TypeError(tr("{name} must be an array of numbers (with a shape), got {received}.", name=name,
                               received=describe(value)))
    if shape_a == shape_b:
        return shape_a
    message = tr("{a} and {b} must have the same shape (one value of each per sample), got {shape_a} and "
                 "{shape_b}.", a=name_a, b=name_b, shape_a=shape_a, shape_b=shape_b)
    size_a, size_b = math.prod(shape_a), math.prod(shape_b)
    if size_a == size_b:
        squeezed_a = tuple(s for s in shape_a if s != 1)
        squeezed_b = tuple(s for s in shape_b if s != 1)
        if squeezed_a == squeezed_b:
            column, flat = (name_b, name_a) if len(shape_b) > len(shape_a) else (name_a, name_b)
            message += tr(" One is a column and the other a flat list of the same {n} values: NumPy and PyTorch "
                          "would pair every value with every other ({n} x {n} results) instead of value by value. "
                          "Make them alike first: {column}.reshape(-1) (or .ravel(), or .squeeze(1) for a tensor), "
                          "or {flat}.reshape(-1, 1).", n=size_a, column=column, flat=flat)
        elif len(shape_a) == len(shape_b) == 2 and shape_a == shape_b[::-1]:
            message += tr(" Rows and columns are swapped: use {name}.T.", name=name_b)
        else:
            message += tr(" They hold the same number of values arranged differently: see .reshape.")
    raise ValueError(message)


# --------------------------------------------------------------------------------------------------- numbers


def _as_number(value: Any, name: str, kind: str) -> float:
    """``value`` as a float if it is one real number (also a 0-d array or a one-value tensor), else a TypeError."""
    if isinstance(value, (bool, np.bool_)):
        raise TypeError(tr("{name} must be {kind}, got {received}.", name=name, kind=tr(kind),
                           received=describe(value)))
    if isinstance(value, (int, float, np.integer, np.floating)):
        try:
            return float(value)
        except OverflowError:
            raise ValueError(tr("{name} is too large ({value}); check its units.", name=name, value=value)) from None
    fix = ""
    if isinstance(value, (str, bytes)):
        bare_name = name.split(" (")[0]  # "n (number of patients)" -> n
        fix = tr(" Remove the quotes: {name}={value}", name=bare_name, value=value) if _is_number(value) else ""
    elif isinstance(value, np.ndarray) and value.ndim == 0 and value.dtype.kind in "iuf":
        return float(value)
    elif hasattr(value, "detach") and hasattr(value, "numel") and value.numel() == 1 and value.ndim == 0:
        if not (value.dtype.is_complex or value.dtype == getattr(type(value), "bool", None)):
            return float(value.detach().cpu().item())
    elif isinstance(value, (list, tuple, np.ndarray)) or hasattr(value, "shape"):
        fix = tr(" Give a single number, e.g. one element x[0] or a summary such as x.mean().")
    elif value is None:
        fix = tr(" Did a function forget `return`?")
    raise TypeError(tr("{name} must be {kind}, got {received}.", name=name, kind=tr(kind), received=describe(value))
                    + fix)


def check_number(value: Any, name: str, minimum: float | None = None, maximum: float | None = None,
                 allow_infinite: bool = False) -> float:
    """Check that ``value`` is one real number (finite unless ``allow_infinite``) within [minimum, maximum].

    Accepted: Python and NumPy numbers, a 0-d array, a one-value tensor. Returns it as a float.
    """
    x = _as_number(value, name, N_("a number"))
    if math.isnan(x) or (math.isinf(x) and not allow_infinite):
        raise ValueError(tr("{name} must be a finite number, got {value}.", name=name, value=number(x, "")))
    if minimum is not None and x < minimum:
        raise ValueError(tr("{name} must be >= {minimum}, got {value}.", name=name, minimum=number(minimum, "g"),
                            value=number(x, "g")))
    if maximum is not None and x > maximum:
        raise ValueError(tr("{name} must be <= {maximum}, got {value}.", name=name, maximum=number(maximum, "g"),
                            value=number(x, "g")))
    return x


def check_positive(value: Any, name: str, allow_zero: bool = False) -> float:
    """Check that ``value`` is a finite real number > 0 (or >= 0 with ``allow_zero``); return it as float."""
    value = _as_number(value, name, N_("a number"))
    if not math.isfinite(value) or value < 0 or (value == 0 and not allow_zero):
        bound = ">= 0" if allow_zero else "> 0"
        raise ValueError(tr("{name} must be a finite number {bound}, got {value}.", name=name, bound=bound,
                            value=number(value, "")))
    return value


def check_int(value: Any, name: str, minimum: int | None = None, maximum: int | None = None) -> int:
    """Check that ``value`` is an integer within [minimum, maximum]; return it.

    A decimal number is refused, even 3.0: write 3 (counts and sizes are whole numbers, never rounded for you).
    """
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        fix = ""
        if isinstance(value, (float, np.floating)) and math.isfinite(value) and value == round(value):
            fix = tr(" Write it without decimals: {name}={value}.", name=name, value=int(value))
        elif isinstance(value, (float, np.floating)) and math.isfinite(value):
            fix = tr(" Round it first: round(x).")
        elif isinstance(value, str) and value.strip().lstrip("+-").isdigit():
            fix = tr(" Remove the quotes: {name}={value}.", name=name.split(" (")[0], value=value.strip())
        got = tr("the decimal number {value}", value=number(float(value), "")) \
            if isinstance(value, (float, np.floating)) else describe(value)
        raise TypeError(tr("{name} must be an integer (a whole number), got {received}.", name=name, received=got)
                        + fix)
    value = int(value)
    if minimum is not None and value < minimum:
        raise ValueError(tr("{name} must be >= {minimum}, got {value}.", name=name, minimum=minimum, value=value))
    if maximum is not None and value > maximum:
        raise ValueError(tr("{name} must be <= {maximum}, got {value}.", name=name, maximum=maximum, value=value))
    return value


def check_fraction(value: Any, name: str, inclusive: bool = False) -> float:
    """Check that ``value`` is a number strictly between 0 and 1 (or within [0, 1] with ``inclusive``)."""
    x = _as_number(value, name, N_("a number between 0 and 1"))
    if not math.isfinite(x) or x < 0 or x > 1 or (x in (0, 1) and not inclusive):
        fix = tr(" For a percentage, divide by 100: {percent} % is {fraction}.", percent=number(x, "g"),
                 fraction=number(x / 100, "g")) if 1 < x <= 100 else ""
        if inclusive:
            message = tr("{name} must be between 0 and 1, got {value}.", name=name, value=number(x, ""))
        else:
            message = tr("{name} must be strictly between 0 and 1, got {value}.", name=name, value=number(x, ""))
        raise ValueError(message + fix)
    return x


def check_bool(value: Any, name: str) -> bool:
    """Check that ``value`` is True or False (not the text "False", not a number)."""
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError(tr("{name} must be True or False, got {received}.", name=name, received=describe(value)))
    return bool(value)


def check_text(value: Any, name: str) -> str:
    """Check that ``value`` is a string."""
    if not isinstance(value, str):
        raise TypeError(tr("{name} must be a text (a string in quotes), got {received}.", name=name,
                           received=describe(value)))
    return value


def check_names(value: Any, name: str, length: int | None = None) -> list[str]:
    """Check a list or tuple of texts (e.g. class or feature names), of ``length`` items if given."""
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        fix = tr(" Put the names in a list: [{value}, ...].", value=repr(value)) if isinstance(value, str) else ""
        raise TypeError(tr("{name} must be a list of texts, got {received}.", name=name, received=describe(value))
                        + fix)
    bad = [i for i, item in enumerate(value) if not isinstance(item, str)]
    if bad:
        raise TypeError(tr("{name} must be a list of texts, got {received} at position {i}.", name=name,
                           received=describe(value[bad[0]]), i=bad[0]))
    if length is not None and len(value) != length:
        raise ValueError(tr("{name} must have {length} names, got {n}: {names}.", name=name, length=length,
                            n=len(value), names=list(value)))
    return list(value)


def check_choice(value: Any, name: str, choices: Sequence[Any]) -> Any:
    """Check that ``value`` is one of ``choices`` (the message suggests the closest one)."""
    for choice in choices:
        try:
            same = value is choice or bool(value == choice)
        except (TypeError, ValueError):  # an array compares value by value: it is not one of the choices
            same = False
        if same:
            return value
    fix = ""
    if isinstance(value, str):
        texts = [c for c in choices if isinstance(c, str)]
        folded = [c for c in texts if c.lower() == value.strip().lower()]
        close = folded or difflib.get_close_matches(value, texts, n=1, cutoff=0.6)
        if close:
            fix = tr(" Did you mean {close}?", close=repr(close[0]))
    shown = repr(value) if isinstance(value, (str, int, float, type(None))) else describe(value)
    raise ValueError(tr("{name} must be one of {choices}, got {received}.", name=name, choices=list(choices),
                        received=shown) + fix)


def check_binary_labels(y: Any, name: str = "y") -> np.ndarray:
    """Return ``y`` as a 1-D integer array of 0/1 labels, or raise a clear error."""
    arr = as_array(y, name, ndim=1)
    values = np.unique(arr)
    if not np.all(np.isin(values, [0, 1])):
        fix = ""
        if np.all((values >= 0) & (values <= 1)):
            fix = tr(" They look like probabilities: turn them into labels first, e.g. ({name} >= 0.5).astype(int).",
                     name=name)
        elif set(values.tolist()) in ({1, 2}, {-1, 1}, {0, 2}, {1}, {2}, {-1}):
            fix = tr(" Recode them as 0 (negative) and 1 (positive), e.g. ({name} == {positive}).astype(int).",
                     name=name, positive=format(values.max(), "g"))
        raise ValueError(tr("{name} must contain only 0 and 1 (negative/positive), got values {values}.", name=name,
                            values=values[:10].tolist()) + fix)
    return arr.astype(int)
