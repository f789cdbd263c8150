"""Download, verify and load MedMNIST-style ``.npz`` files (real medical images, for users with internet).

MedMNIST (Yang et al., Scientific Data 2023; licence CC BY 4.0, DermaMNIST CC BY-NC 4.0) packs small real medical images
(chest X-rays, retina photographs, dermatoscopy, CT organ crops, blood cells ...) into ``.npz`` files
with the arrays ``train_images``, ``train_labels``, ``val_images``, ``val_labels``, ``test_images`` and
``test_labels``. The course runs on synthetic data by default; this module lets a student switch to the
real files when they have internet::

    from course_utils.datasets import medmnist
    splits = medmnist.load_medmnist("pneumoniamnist")        # downloads once, then uses the cache
    X_train, y_train = splits["train"]

What it guarantees:

- files go to a cache folder (``~/.cache/course_utils/medmnist`` or ``$COURSE_UTILS_CACHE``);
- a download is written to a temporary file and kept only if its checksum matches (SHA-256 when it is
  known; for the official MedMNIST files, the MD5 published by MedMNIST), so a cut connection never
  leaves a broken file behind; the file's SHA-256 is then recorded beside it (``<file>.sha256``) and
  checked at every later load, so a file corrupted on disk is caught;
- clear messages when you are offline, when the file is missing and downloads are off, or when a file is
  corrupted or is not a MedMNIST-style archive.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from ..i18n import N_, TranslatedDict, tr
from ._checks import check_bool, check_path, describe, guess_file_kind
from .files import cache_root, file_digest

SPLITS = ("train", "val", "test")

#: Official MedMNIST v2 files (28 x 28 pixels): download address, MD5 published by MedMNIST, what it holds (in
#: English; ``course_utils.i18n.tr(description)`` gives it in the course's language).
#: (From MedMNIST's ``medmnist/info.py``, Zenodo record 6496656.)
REGISTRY: dict[str, dict[str, str]] = TranslatedDict({
    "pneumoniamnist": {"url": "https://zenodo.org/record/6496656/files/pneumoniamnist.npz?download=1",
                       "md5": "28209eda62fecd6e6a2d98b1501bb15f",
                       "description": N_("paediatric chest X-rays, pneumonia (1) vs normal (0)")},
    "breastmnist": {"url": "https://zenodo.org/record/6496656/files/breastmnist.npz?download=1",
                    "md5": "750601b1f35ba3300ea97c75c52ff8f6",
                    "description": N_("breast ultrasound, malignant (0) vs normal or benign (1)")},
    "retinamnist": {"url": "https://zenodo.org/record/6496656/files/retinamnist.npz?download=1",
                    "md5": "bd4c0672f1bba3e3a89f0e4e876791e4",
                    "description": N_("retina fundus photographs, diabetic retinopathy grade 0-4")},
    "organamnist": {"url": "https://zenodo.org/record/6496656/files/organamnist.npz?download=1",
                    "md5": "866b832ed4eeba67bfb9edee1d5544e6",
                    "description": N_("abdominal CT (axial), 11 organs including the liver (6)")},
    "bloodmnist": {"url": "https://zenodo.org/record/6496656/files/bloodmnist.npz?download=1",
                   "md5": "7053d0359d879ad8a5505303e11de1dc",
                   "description": N_("blood cell microscopy, 8 cell types")},
    "dermamnist": {"url": "https://zenodo.org/record/6496656/files/dermamnist.npz?download=1",
                   "md5": "0744692d530f8e62ec473284d019b0c7",
                   "description": N_("dermatoscopy, 7 skin lesion types (including melanoma)")},
    "pathmnist": {"url": "https://zenodo.org/record/6496656/files/pathmnist.npz?download=1",
                  "md5": "a8b06965200029087d5bd730944a56c1",
                  "description": N_("colorectal histology patches, 9 tissue types")},
})


class DatasetDownloadError(RuntimeError):
    """A dataset could not be downloaded, or a file is missing, corrupted or not in the expected format."""


def default_cache_dir() -> Path:
    """The cache folder: ``$COURSE_UTILS_CACHE/medmnist`` if that variable is set, else
    ``~/.cache/course_utils/medmnist``."""
    return cache_root() / "medmnist"


def _check_hex(value: str | None, name: str, length: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != length or any(c not in "0123456789abcdef" for c in value.lower()):
        if isinstance(value, str):
            raise ValueError(tr("{name} must be {length} hexadecimal characters (0-9, a-f), got {received} of "
                                "{count} characters.", name=name, length=length, received=describe(value),
                                count=len(value)))
        raise ValueError(tr("{name} must be {length} hexadecimal characters (0-9, a-f), got {received}.",
                            name=name, length=length, received=describe(value)))
    return value.lower()


def _urlopen_download(url: str, destination: Path, timeout: float = 30.0) -> None:
    """Copy ``url`` (http, https or file://) to ``destination``."""
    import urllib.request

    with urllib.request.urlopen(url, timeout=timeout) as response, open(destination, "wb") as out:  # noqa: S310
        shutil.copyfileobj(response, out)


def fetch(url: str, filename: str, sha256: str | None = None, md5: str | None = None,
          cache_dir: str | Path | None = None, download: bool = True,
          downloader: Callable[[str, Path], None] | None = None) -> Path:
    """Return the path of a verified copy of ``url`` in the cache, downloading it if needed.

    Args:
        url: where to download from (``https://...``; ``file://...`` also works, e.g. for tests).
        filename: name of the file in the cache folder, e.g. ``"pneumoniamnist.npz"``.
        sha256: expected SHA-256 (64 hex characters). Give it, or ``md5``, or both.
        md5: expected MD5 (32 hex characters), for sources that publish only MD5 (like MedMNIST).
        cache_dir: the cache folder (default :func:`default_cache_dir`).
        download: if False, never download: use the cached file or raise a clear error.
        downloader: function ``(url, destination_path)`` that writes the file (default: ``urllib``);
            tests pass their own so that they never touch the network.

    Returns:
        the path of the verified file.

    Raises:
        DatasetDownloadError: offline, file missing with ``download=False``, or checksum mismatch.
    """
    sha256, md5 = _check_fetch_arguments(url, filename, sha256, md5, download)
    if downloader is not None and not callable(downloader):
        raise TypeError(tr("downloader must be a function (url, destination_path), got {received}.",
                           received=describe(downloader)))
    folder = (check_path(cache_dir, "cache_dir", kind="folder", what=tr("a cache folder")) if cache_dir is not None
              else default_cache_dir())
    path = folder / filename
    if path.is_file():
        if _cached_file_is_usable(path, url, sha256, md5, download):
            return path
    elif not download:
        raise DatasetDownloadError(tr(
            "{filename} is not in the cache folder {folder} and downloads are switched off "
            "(download=False). Run with download=True and internet, or download it by hand from\n    {url}\n"
            "and save it as {path}.", filename=filename, folder=folder, url=url, path=path))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise DatasetDownloadError(tr("Could not create the cache folder {folder} ({reason}). Pass cache_dir=... "
                                      "(a folder you can write to), or set COURSE_UTILS_CACHE.", folder=folder,
                                      reason=err.strerror or err)) from None
    _download_verified(url, folder, filename, sha256, md5, downloader or _urlopen_download)
    return path


def _check_fetch_arguments(url: str, filename: str, sha256: str | None, md5: str | None,
                           download: bool) -> tuple[str | None, str | None]:
    """Check the arguments of :func:`fetch`; return ``(sha256, md5)`` in lower case (``None`` when not given)."""
    if not isinstance(url, str) or not url:
        raise TypeError(tr("url must be a web address such as 'https://...npz', got {received}.",
                           received=describe(url)))
    if not url.lower().startswith(("https://", "http://", "file://")):
        raise ValueError(tr("url must start with https:// (or http://, or file:// for a file on this computer), "
                            "got {url}.", url=repr(url[:80])))
    if not isinstance(filename, str):
        raise TypeError(tr("filename must be a plain file name such as 'data.npz', got {received}.",
                           received=describe(filename)))
    if not filename or "/" in filename or "\\" in filename or filename in (".", ".."):
        raise ValueError(tr("filename must be a plain file name such as 'data.npz', got {received}.",
                            received=repr(filename)))
    sha256 = _check_hex(sha256, "sha256", 64)
    md5 = _check_hex(md5, "md5", 32)
    if sha256 is None and md5 is None:
        raise ValueError(tr("Give the expected sha256 (or md5) of the file: a download is only kept once verified."))
    check_bool(download, "download")
    return sha256, md5


def _recorded_sha256_path(path: Path) -> Path:
    """Where the SHA-256 of a downloaded file is recorded: ``<file>.sha256`` beside it."""
    return path.with_name(path.name + ".sha256")


def _cached_file_is_usable(path: Path, url: str, sha256: str | None, md5: str | None, download: bool) -> bool:
    """True if the cached file at ``path`` is intact. A corrupted one is deleted (with its recorded SHA-256)
    so that it can be downloaded again, or, with ``download=False``, reported with a clear error."""
    recorded = _recorded_sha256_path(path)
    problem = _verify_cached(path, recorded, sha256, md5)
    if problem is None:
        return True
    if not download:
        raise DatasetDownloadError(tr("The cached file {path} is corrupted ({problem}). Delete it and run again "
                                      "with internet, or download it by hand from\n    {url}", path=path,
                                      problem=problem, url=url))
    path.unlink()
    recorded.unlink(missing_ok=True)
    return False


def _download_verified(url: str, folder: Path, filename: str, sha256: str | None, md5: str | None,
                       get: Callable[[str, Path], None]) -> None:
    """Download ``url`` to a temporary file in ``folder``; keep it as ``folder / filename`` only if its checksums
    match, and record its SHA-256 beside it. The temporary file is removed whatever happens."""
    path = folder / filename
    handle, tmp_name = tempfile.mkstemp(prefix=filename + ".", suffix=".part", dir=folder)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        try:
            get(url, tmp)
        except (OSError, ValueError) as err:  # URLError, timeouts, refused connections; ValueError: a bad address
            reason = getattr(err, "reason", None) or err
            raise DatasetDownloadError(tr(
                "Could not download {filename} from {url} ({reason}). Are you offline? The notebooks run "
                "without internet on synthetic data; to use the real data, connect and run again, or "
                "download the file by hand and save it as {path}.", filename=filename, url=url,
                reason=getattr(reason, "strerror", None) or reason, path=path)) from None
        got_sha = file_digest(tmp, "sha256")
        _check_download_checksums(tmp, filename, got_sha, sha256, md5)
        os.replace(tmp, path)
        _recorded_sha256_path(path).write_text(got_sha + "\n", encoding="utf-8")
    finally:
        tmp.unlink(missing_ok=True)


def _check_download_checksums(tmp: Path, filename: str, got_sha: str, sha256: str | None, md5: str | None) -> None:
    """Raise :class:`DatasetDownloadError` if the downloaded file ``tmp`` does not have the expected checksums."""
    if sha256 is not None and got_sha != sha256:
        raise DatasetDownloadError(tr(
            "The downloaded {filename} is corrupted or not the expected file: its SHA-256 is "
            "{got}..., expected {expected}.... It was not kept. Try again later "
            "(the download may have been cut), or check the address.", filename=filename, got=got_sha[:16],
            expected=sha256[:16]))
    if md5 is not None and file_digest(tmp, "md5") != md5:
        raise DatasetDownloadError(tr(
            "The downloaded {filename} is corrupted or not the expected file (MD5 mismatch). "
            "It was not kept. Try again later (the download may have been cut), or check the address.",
            filename=filename))


def _verify_cached(path: Path, recorded: Path, sha256: str | None, md5: str | None) -> str | None:
    """None if the cached file is intact, else a short description of the problem."""
    got = file_digest(path, "sha256")
    if sha256 is not None:
        return None if got == sha256 else tr("SHA-256 mismatch")
    if recorded.is_file():
        want = recorded.read_text(encoding="utf-8").strip()
        return None if got == want else tr("SHA-256 differs from the one recorded at download")
    if md5 is not None:
        return None if file_digest(path, "md5") == md5 else tr("MD5 mismatch")
    return tr("no checksum to verify it against")  # pragma: no cover - fetch always has sha256 or md5


def load_npz(path: str | Path) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Read a MedMNIST-style ``.npz`` file into ``{"train": (images, labels), "val": ..., "test": ...}``.

    Args:
        path: a ``.npz`` file with the arrays ``<split>_images`` (uint8, shape ``(n, h, w)`` for grey or
            ``(n, h, w, 3)`` for colour) and ``<split>_labels`` (shape ``(n, 1)`` or ``(n, k)``) for each
            split present (at least ``train``).

    Returns:
        images as float32 in [0, 1] and labels as int64 with shape ``(n,)`` (single label) or ``(n, k)``.
    """
    if isinstance(path, bytes) or not isinstance(path, (str, os.PathLike)) or not str(path).strip():
        raise TypeError(tr("path must be the path of a .npz file (text such as 'pneumoniamnist.npz', or a "
                           "pathlib.Path), got {received}.", received=describe(path)))
    path = Path(path).expanduser()
    if path.is_dir():
        raise DatasetDownloadError(tr("No file at {path}: it is a folder, and path must be a .npz file. Pass the "
                                      "path of the .npz file inside it.", path=path))
    if not path.is_file():
        raise DatasetDownloadError(tr("No file at {path}: path must be an existing .npz file. Check the spelling, "
                                      "or download the file with load_medmnist(name).", path=path))
    if not _starts_like_zip(path):
        raise DatasetDownloadError(tr("{file} is not a readable .npz archive: it looks like {kind}. A .npz file is "
                                      "a ZIP archive of arrays, written by np.savez.", file=path.name,
                                      kind=guess_file_kind(path)))
    try:
        with np.load(path, allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in archive.files}
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, KeyError):
        raise DatasetDownloadError(tr(
            "{path} is not a readable .npz archive: it is probably corrupted or truncated (or holds Python "
            "objects instead of arrays). Delete it and download it again.", path=path)) from None
    out: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for split in SPLITS:
        ik, lk = f"{split}_images", f"{split}_labels"
        if ik not in arrays and lk not in arrays:
            continue
        if ik not in arrays or lk not in arrays:
            raise DatasetDownloadError(tr("{file} has only one of {images} and {labels}; both are needed.",
                                          file=path.name, images=repr(ik), labels=repr(lk)))
        images, labels = arrays[ik], arrays[lk]
        if images.ndim not in (3, 4) or (images.ndim == 4 and images.shape[-1] not in (1, 3)):
            raise DatasetDownloadError(tr("{key} must have shape (n, height, width) or (n, height, width, 3), got "
                                          "{shape}.", key=ik, shape=images.shape))
        if len(labels) != len(images):
            raise DatasetDownloadError(tr("{file}: {n_images} images but {n_labels} labels in {split}.",
                                          file=path.name, n_images=len(images), n_labels=len(labels), split=split))
        scale = 255.0 if images.dtype == np.uint8 else 1.0
        labels = labels.astype(np.int64)
        if labels.ndim == 2 and labels.shape[1] == 1:
            labels = labels[:, 0]
        out[split] = ((images.astype(np.float32) / scale), labels)
    if "train" not in out:
        raise DatasetDownloadError(tr(
            "{file} is not a MedMNIST-style archive: it holds {arrays}, expected "
            "'train_images', 'train_labels' (and 'val_...', 'test_...').", file=path.name, arrays=sorted(arrays)))
    return out


def _starts_like_zip(path: Path) -> bool:
    """True when the file begins like a ZIP archive (what a ``.npz`` file is)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def load_medmnist(name: str = "pneumoniamnist", cache_dir: str | Path | None = None, download: bool = True,
                  url: str | None = None, sha256: str | None = None,
                  downloader: Callable[[str, Path], None] | None = None) -> dict[str, Any]:
    """Download (once) and load a MedMNIST dataset: ``{"train": (X, y), "val": (X, y), "test": (X, y)}``.

    Args:
        name: one of :data:`REGISTRY` (e.g. 'pneumoniamnist', 'organamnist'), or any name together with
            ``url`` and ``sha256`` for another MedMNIST-style file (e.g. a mirror or a larger size).
        cache_dir: where files are kept (default :func:`default_cache_dir`).
        download: False to use only the cache (clear error if the file is not there).
        url: override the download address.
        sha256: expected SHA-256 of the file (required for names outside the registry).
        downloader: see :func:`fetch` (tests use it to avoid the network).

    Returns:
        dict split -> (images float32 in [0, 1], labels int64); see :func:`load_npz`.
    """
    if not isinstance(name, str) or not name.strip():
        raise TypeError(tr("name must be a dataset name such as 'pneumoniamnist', got {received}.",
                           received=describe(name)))
    if "/" in name or "\\" in name:
        raise ValueError(tr("name must be a dataset name such as 'pneumoniamnist', not a path, got {name}. To read "
                            "a file you already have, use load_npz(path).", name=repr(name)))
    entry = REGISTRY.get(name.lower())
    if entry is None and (url is None or sha256 is None):
        raise ValueError(tr("Unknown dataset {name}: name must be one of {names}. For another MedMNIST-style file, "
                            "pass url=... and sha256=... as well.", name=repr(name), names=sorted(REGISTRY)))
    md5 = entry["md5"] if entry is not None and url is None and sha256 is None else None
    path = fetch(url or entry["url"], f"{name.lower()}.npz", sha256=sha256, md5=md5,  # type: ignore[index]
                 cache_dir=cache_dir, download=download, downloader=downloader)
    return load_npz(path)
