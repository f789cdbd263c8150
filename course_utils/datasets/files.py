"""The ``data/`` folder: where its files live, and checks that they are present and intact.

Every file in ``data/`` is made by ``python -m course_utils.datasets.build``; ``data/checksums.json``
records its SHA-256 so that a truncated or edited file is caught with a clear message.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..validation import check_choice

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
CHECKSUMS = "checksums.json"
REBUILD = "python -m course_utils.datasets.build"


class DataFileError(RuntimeError):
    """A file of ``data/`` is missing or corrupted; the message says how to regenerate it."""


def file_digest(path: str | Path, algorithm: str = "sha256") -> str:
    """Hex digest of a file ('sha256' or 'md5'), read in blocks (works for files of any size)."""
    check_choice(algorithm, "algorithm", ["sha256", "md5"])
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"No file at {path}.")
    digest = hashlib.new(algorithm)
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def data_path(name: str, data_dir: Path | None = None) -> Path:
    """Path of ``data/<name>``; raises :class:`DataFileError` if the file is missing."""
    if not isinstance(name, str) or not name:
        raise TypeError(f"name must be a file name such as 'blood_counts.csv', got {name!r}.")
    path = Path(data_dir or DATA_DIR) / name
    if not path.is_file():
        raise DataFileError(
            f"The data file {path} is missing. Regenerate it from the repository's root with:\n    {REBUILD}"
        )
    return path


def verify_file(name: str, data_dir: Path | None = None) -> Path:
    """Return the path of ``data/<name>`` after checking it against ``data/checksums.json``."""
    path = data_path(name, data_dir)
    sums_path = Path(data_dir or DATA_DIR) / CHECKSUMS
    try:
        expected = json.loads(sums_path.read_text(encoding="utf-8"))[name]
    except (OSError, ValueError, KeyError):
        raise DataFileError(
            f"No checksum for {name} in {sums_path}: the data folder is incomplete. Regenerate it with:\n    {REBUILD}"
        ) from None
    if file_digest(path) != expected:
        raise DataFileError(
            f"The data file {path} is corrupted (its SHA-256 does not match {sums_path.name}). "
            f"Regenerate it with:\n    {REBUILD}"
        )
    return path
