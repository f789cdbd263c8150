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

from ..i18n import N_, tr


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
        return tr("the yes/no value {value}", value=bool(value))
    if isinstance(value, (int, float, np.integer, np.floating)):
        shown = repr(value) if isinstance(value, (int, float)) else repr(value.item())
        return tr("the number {value}", value=shown)
    if isinstance(value, str):
        return tr("the text {text}", text=repr(value if len(value) <= 50 else value[:47] + "..."))
    if isinstance(value, bytes):
        return tr("the bytes {text} (decode them first: .decode())",
                  text=repr(value if len(value) <= 50 else value[:47] + b"..."))
    if isinstance(value, os.PathLike):
        return tr("the path {path}", path=f"'{os.fspath(value)}'")
    if isinstance(value, (list, tuple, set, frozenset)):
        return _describe_collection(value)
    if isinstance(value, dict):
        keys = [str(k) if len(str(k)) <= 15 else str(k)[:12] + "..." for k in list(value)[:4]]
        more = "..." if len(value) > 4 else ""
        if len(value) == 1:
            return tr("a dict with 1 key {keys}{more}", keys=keys, more=more)
        return tr("a dict with {n} keys {keys}{more}", n=len(value), keys=keys, more=more)
    if isinstance(value, np.ndarray):
        return tr("an array of shape {shape} and dtype {dtype}", shape=value.shape, dtype=value.dtype)
    module = type(value).__module__ or ""
    name = type(value).__name__
    if module.startswith("torch") and hasattr(value, "shape"):
        return tr("a PyTorch tensor of shape {shape}", shape=tuple(value.shape))
    if module.startswith("pandas") and name == "DataFrame":
        return tr("a table (DataFrame) of {rows} rows and {columns} columns", rows=value.shape[0],
                  columns=value.shape[1])
    if module.startswith("pandas") and name == "Series":
        return tr("a column (Series) of {n} values", n=len(value))
    if module.startswith("pydicom") and name in ("Dataset", "FileDataset"):
        return tr("a pydicom Dataset (a whole DICOM file: header and pixel data)")
    return tr("an object of type {name}", name=name)


def _describe_collection(value: Any) -> str:
    """"a list of 3 items" (the kind's own name for a subclass: "a frozenset of 2 items")."""
    n = len(value)
    texts = {list: (N_("a list of 0 items"), N_("a list of 1 item"), N_("a list of {n} items")),
             tuple: (N_("a tuple of 0 items"), N_("a tuple of 1 item"), N_("a tuple of {n} items")),
             set: (N_("a set of 0 items"), N_("a set of 1 item"), N_("a set of {n} items"))}.get(type(value))
    if texts is not None:
        return tr(texts[min(n, 2)], n=n)
    kind = type(value).__name__
    return tr("a {kind} of 1 item", kind=kind) if n == 1 else tr("a {kind} of {n} items", kind=kind, n=n)


def is_dicom_dataset(value: Any) -> bool:
    """True for a pydicom ``Dataset`` (checked without importing pydicom)."""
    return any(cls.__module__.startswith("pydicom") and cls.__name__ == "Dataset" for cls in type(value).__mro__)


def check_bool(value: Any, name: str) -> bool:
    """Return ``value`` as a bool if it is True or False (NumPy's too); raise ``TypeError`` otherwise."""
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError(tr("{name} must be True or False, got {received}.", name=name, received=describe(value)))
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
        raise TypeError(tr("{name} must be the path of {what} (text such as {example}, or a pathlib.Path), got "
                           "{received}.", name=name, what=what, example=repr(example), received=describe(value)))
    try:
        path = Path(value).expanduser()
    except RuntimeError:  # '~someone' with no such user
        path = Path(value)
    try:
        return _check_existing(path, value, name, kind, what)
    except OSError as err:  # a name too long for the file system, a folder we may not read ...
        if isinstance(err, (FileNotFoundError, IsADirectoryError, NotADirectoryError)):
            raise
        raise ValueError(tr("{name} must be the path of {what}, got {received}, which this computer cannot use as a "
                            "path ({reason}).", name=name, what=what, received=describe(value),
                            reason=err.strerror or err)) from None


def _check_existing(path: Path, value: Any, name: str, kind: str, what: str) -> Path:
    """The checks of :func:`check_path` once ``value`` is known to be a path."""
    if kind == "folder":
        if path.is_file():
            raise NotADirectoryError(tr("{name} must be a folder, got the file {path}. Pass the folder that holds it "
                                        "(path.parent), or another folder.", name=name, path=_show(path)))
        return path
    if path.is_dir():
        inside = sorted(p.name for p in path.iterdir() if p.is_file() and not p.name.startswith("."))[:3]
        example = tr(", e.g. {path}.", path=_show(path / inside[0])) if inside else "."
        raise IsADirectoryError(tr("{name} must be the path of {what}, got the folder {path}. Pass the path of one "
                                   "file inside it", name=name, what=what, path=_show(path)) + example)
    if not path.is_file():
        hint = ""
        if not path.parent.is_dir():
            hint = tr(" The folder {path} does not exist either: check the spelling.", path=_show(path.parent))
        else:
            near = sorted(p.name for p in path.parent.iterdir()
                          if path.suffix and p.suffix.lower() == path.suffix.lower() and not p.name.startswith("."))[:5]
            if near:
                hint = tr(" Files with the same extension there: {files}.", files=near)
        raise FileNotFoundError(tr("{name} must be the path of an existing file ({what}), got {received}: there is "
                                   "no file at {path}.", name=name, what=what, received=describe(value),
                                   path=_show(path)) + hint)
    return path


def _show(path: Path) -> str:
    """A path for a message: in full unless it is absurdly long."""
    text = str(path)
    return text if len(text) <= 150 else text[:70] + " ... " + text[-70:]


#: First bytes of common file kinds, to say what a file *is* when it is not what was expected.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", N_("a ZIP archive (a .npz or .zip file)")),
    (b"\x89PNG", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG image")),
    (b"%PDF", N_("a PDF document")),
    (b"\x93NUMPY", N_("a NumPy .npy file")),
    (b"\x1f\x8b", N_("a gzip-compressed file (e.g. .nii.gz)")),
    (b"GIF8", N_("a GIF image")),
    (b"II*\x00", N_("a TIFF image")),
    (b"MM\x00*", N_("a TIFF image")),
)


def guess_file_kind(path: Path) -> str:
    """A few words on what ``path`` holds, from its first bytes: "a PNG image", "an empty file (0 bytes)"..."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError:
        return tr("a file that cannot be read")
    if not head:
        return tr("an empty file (0 bytes)")
    if len(head) >= 132 and head[128:132] == b"DICM":
        return tr("a DICOM file")
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return tr(kind)
    if len(head) >= 348 and head[344:348] in (b"n+1\x00", b"ni1\x00"):
        return tr("a NIfTI image")
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return tr("a binary file of an unknown kind")
    first = text.splitlines()[0] if text.splitlines() else ""
    if first.count(",") >= 1 or first.count(";") >= 1 or first.count("\t") >= 1:
        return tr("a text file (a table such as a CSV)")
    return tr("a text file")


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
        raise TypeError(tr("{name} must be {expected}, got {received}.", name=name, expected=expected,
                           received=describe(value)))
    if isinstance(value, np.ndarray) and value.dtype.kind in "cMmV":  # complex, dates, durations, records
        raise TypeError(tr("{name} must be {expected}, got an array of {kind} (dtype {dtype}).", name=name,
                           expected=expected, kind=_kind_words(value.dtype), dtype=value.dtype))
    arr = as_array(value, name, **kwargs)  # text and objects: says which entry is not a number
    if arr.dtype.kind not in "biuf":
        raise TypeError(tr("{name} must be {expected}, got an array of {kind} (dtype {dtype}). Convert it to numbers "
                           "first (e.g. array.astype(float)).", name=name, expected=expected,
                           kind=_kind_words(arr.dtype), dtype=arr.dtype))
    return arr


def _kind_words(dtype: np.dtype) -> str:
    words = {"U": N_("text"), "S": N_("bytes"), "O": N_("Python objects (text, None or mixed values)"),
             "c": N_("complex numbers"), "M": N_("dates"), "m": N_("durations"), "V": N_("raw records")}
    return tr(words[dtype.kind]) if dtype.kind in words else dtype.kind
