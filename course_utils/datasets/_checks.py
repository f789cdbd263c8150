"""Input checks shared by the data helpers (``datasets``, ``dicom``, ``sequences``), in the course's error style.

Each check raises an error that says what was expected, what was received (in plain words, never a dump of the
object) and how to fix it. The generic checks (arrays, numbers, choices) live in :mod:`course_utils.validation`;
these are the ones about files, folders, yes/no switches and unknown objects.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np


class CourseKeyError(KeyError):
    """A ``KeyError`` (a missing column, an unknown word) whose message prints as written, without quotes."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def describe(value: Any) -> str:
    """Say in a few plain words what ``value`` is ("the text 'abc'", "an array of shape (2, 3) of float64").

    Never the object's full ``repr``: a pydicom Dataset or a big table would fill the screen.
    """
    if value is None:
        return "None"
    if isinstance(value, (bool, np.bool_)):
        return f"the yes/no value {bool(value)}"
    if isinstance(value, (int, float, np.integer, np.floating)):
        return f"the number {value!r}" if isinstance(value, (int, float)) else f"the number {value.item()!r}"
    if isinstance(value, str):
        return f"the text {value if len(value) <= 50 else value[:47] + '...'!r}"
    if isinstance(value, bytes):
        return f"the bytes {value if len(value) <= 50 else value[:47] + b'...'!r} (decode them first: .decode())"
    if isinstance(value, os.PathLike):
        return f"the path '{os.fspath(value)}'"
    if isinstance(value, (list, tuple, set, frozenset)):
        kind = type(value).__name__
        return f"a {kind} of {len(value)} item{'s' if len(value) != 1 else ''}"
    if isinstance(value, dict):
        keys = [str(k) if len(str(k)) <= 15 else str(k)[:12] + "..." for k in list(value)[:4]]
        return f"a dict with {len(value)} key{'s' if len(value) != 1 else ''} {keys}{'...' if len(value) > 4 else ''}"
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape} and dtype {value.dtype}"
    module = type(value).__module__ or ""
    name = type(value).__name__
    if module.startswith("torch") and hasattr(value, "shape"):
        return f"a PyTorch tensor of shape {tuple(value.shape)}"
    if module.startswith("pandas") and name == "DataFrame":
        return f"a table (DataFrame) of {value.shape[0]} rows and {value.shape[1]} columns"
    if module.startswith("pandas") and name == "Series":
        return f"a column (Series) of {len(value)} values"
    if module.startswith("pydicom") and name in ("Dataset", "FileDataset"):
        return "a pydicom Dataset (a whole DICOM file: header and pixel data)"
    return f"an object of type {name}"


def is_dicom_dataset(value: Any) -> bool:
    """True for a pydicom ``Dataset`` (checked without importing pydicom)."""
    return any(cls.__module__.startswith("pydicom") and cls.__name__ == "Dataset" for cls in type(value).__mro__)


def check_bool(value: Any, name: str) -> bool:
    """Return ``value`` as a bool if it is True or False (NumPy's too); raise ``TypeError`` otherwise."""
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError(f"{name} must be True or False, got {describe(value)}.")
    return bool(value)


def check_path(value: Any, name: str, kind: str = "file", what: str = "a file", example: str | None = None) -> Path:
    """Check that ``value`` is a path (text or ``pathlib.Path``) to an existing file (``kind="file"``) or folder.

    Args:
        value: what the caller passed.
        name: the argument's name, for the message.
        kind: ``"file"`` (must exist and be a file) or ``"folder"`` (must not be a file; may not exist yet).
        what: what the file should be, in words ("a DICOM file", "a .npz archive").
        example: an example path for the message (default 'scan.dcm' for a file, 'data' for a folder).

    Raises:
        TypeError: not a path. FileNotFoundError: no such file. IsADirectoryError / NotADirectoryError: a folder
        where a file is expected, or the other way round.
    """
    if isinstance(value, bytes):
        value = os.fsdecode(value)
    if not isinstance(value, (str, os.PathLike)) or (isinstance(value, str) and not value.strip()):
        example = example or ("data" if kind == "folder" else "scan.dcm")
        raise TypeError(f"{name} must be the path of {what} (text such as {example!r}, or a pathlib.Path), "
                        f"got {describe(value)}.")
    try:
        path = Path(value).expanduser()
    except RuntimeError:  # '~someone' with no such user
        path = Path(value)
    try:
        return _check_existing(path, value, name, kind, what)
    except OSError as err:  # a name too long for the file system, a folder we may not read ...
        if isinstance(err, (FileNotFoundError, IsADirectoryError, NotADirectoryError)):
            raise
        raise ValueError(f"{name} must be the path of {what}, got {describe(value)}, which this computer cannot use "
                         f"as a path ({err.strerror or err}).") from None


def _check_existing(path: Path, value: Any, name: str, kind: str, what: str) -> Path:
    """The checks of :func:`check_path` once ``value`` is known to be a path."""
    if kind == "folder":
        if path.is_file():
            raise NotADirectoryError(f"{name} must be a folder, got the file {_show(path)}. Pass the folder that "
                                     "holds it (path.parent), or another folder.")
        return path
    if path.is_dir():
        inside = sorted(p.name for p in path.iterdir() if p.is_file() and not p.name.startswith("."))[:3]
        raise IsADirectoryError(f"{name} must be the path of {what}, got the folder {_show(path)}. Pass the path "
                                "of one file inside it" + (f", e.g. {_show(path / inside[0])}." if inside else "."))
    if not path.is_file():
        hint = ""
        if not path.parent.is_dir():
            hint = f" The folder {_show(path.parent)} does not exist either: check the spelling."
        else:
            near = sorted(p.name for p in path.parent.iterdir()
                          if path.suffix and p.suffix.lower() == path.suffix.lower() and not p.name.startswith("."))[:5]
            if near:
                hint = f" Files with the same extension there: {near}."
        raise FileNotFoundError(f"{name} must be the path of an existing file ({what}), got {describe(value)}: "
                                f"there is no file at {_show(path)}.{hint}")
    return path


def _show(path: Path) -> str:
    """A path for a message: in full unless it is absurdly long."""
    text = str(path)
    return text if len(text) <= 150 else text[:70] + " ... " + text[-70:]


#: First bytes of common file kinds, to say what a file *is* when it is not what was expected.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (a .npz or .zip file)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF", "a PDF document"),
    (b"\x93NUMPY", "a NumPy .npy file"),
    (b"\x1f\x8b", "a gzip-compressed file (e.g. .nii.gz)"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
)


def guess_file_kind(path: Path) -> str:
    """A few words on what ``path`` holds, from its first bytes: "a PNG image", "an empty file (0 bytes)"..."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError:
        return "a file that cannot be read"
    if not head:
        return "an empty file (0 bytes)"
    if len(head) >= 132 and head[128:132] == b"DICM":
        return "a DICOM file"
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    if len(head) >= 348 and head[344:348] in (b"n+1\x00", b"ni1\x00"):
        return "a NIfTI image"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return "a binary file of an unknown kind"
    first = text.splitlines()[0] if text.splitlines() else ""
    if first.count(",") >= 1 or first.count(";") >= 1 or first.count("\t") >= 1:
        return "a text file (a table such as a CSV)"
    return "a text file"


def as_numbers(value: Any, name: str, expected: str, **kwargs: Any) -> np.ndarray:
    """:func:`course_utils.validation.as_array` for data a student passes, refusing first what is clearly not numbers.

    Text, paths, ``None``, dicts, sets, pydicom Datasets and unknown objects get ``TypeError("<name> must be
    <expected>, got <what it is>.")`` (never the object's full repr); pandas objects are converted with
    ``to_numpy()``. ``kwargs`` go to ``as_array`` (``ndim``, ``shape``, ``allow_nan``, ``dtype``).
    """
    from ..validation import as_array

    module = type(value).__module__ or ""
    if module.startswith("pandas") and hasattr(value, "to_numpy"):
        value = value.to_numpy()
    numeric_scalar = isinstance(value, (int, float, np.integer, np.floating, np.bool_))
    known = isinstance(value, (list, tuple, np.ndarray)) or numeric_scalar or (
        module.startswith("torch") and hasattr(value, "detach"))
    if not known or isinstance(value, bool):
        raise TypeError(f"{name} must be {expected}, got {describe(value)}.")
    if isinstance(value, np.ndarray) and value.dtype.kind in "cMmV":  # complex, dates, durations, records
        raise TypeError(f"{name} must be {expected}, got an array of {_kind_words(value.dtype)} "
                        f"(dtype {value.dtype}).")
    arr = as_array(value, name, **kwargs)  # text and objects: says which entry is not a number
    if arr.dtype.kind not in "biuf":
        raise TypeError(f"{name} must be {expected}, got an array of {_kind_words(arr.dtype)} (dtype {arr.dtype}). "
                        "Convert it to numbers first (e.g. array.astype(float)).")
    return arr


def _kind_words(dtype: np.dtype) -> str:
    return {"U": "text", "S": "bytes", "O": "Python objects (text, None or mixed values)", "c": "complex numbers",
            "M": "dates", "m": "durations", "V": "raw records"}.get(dtype.kind, dtype.kind)
