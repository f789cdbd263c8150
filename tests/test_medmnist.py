"""Tests of the MedMNIST-style downloader and loader, on small fixture files: never the real network."""

from __future__ import annotations

import hashlib
import shutil
import urllib.error
from pathlib import Path

import numpy as np
import pytest
from bad_input_support import check_french

from course_utils import i18n
from course_utils.datasets import medmnist
from course_utils.datasets.medmnist import DatasetDownloadError


def _write_fixture(path: Path, n: int = 6, size: int = 8, colour: bool = False, splits=("train", "val", "test")):
    rng = np.random.default_rng(0)
    arrays = {}
    for split in splits:
        shape = (n, size, size, 3) if colour else (n, size, size)
        arrays[f"{split}_images"] = rng.integers(0, 256, size=shape, dtype=np.uint8)
        arrays[f"{split}_labels"] = rng.integers(0, 2, size=(n, 1)).astype(np.uint8)
    np.savez(path, **arrays)
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


@pytest.fixture
def source(tmp_path):
    """A fixture .npz served from a file:// address, as if it were on a web server."""
    folder = tmp_path / "server"
    folder.mkdir()
    path = _write_fixture(folder / "tiny.npz")
    return {"path": path, "url": path.as_uri(), "sha256": _sha256(path), "md5": _md5(path)}


@pytest.fixture(autouse=True)
def _offline(no_network):
    """Every test of this file runs with the network refused (tests/conftest.py)."""


def test_fetch_downloads_verifies_and_caches(source, tmp_path):
    cache = tmp_path / "cache"
    path = medmnist.fetch(source["url"], "tiny.npz", sha256=source["sha256"], cache_dir=cache)
    assert path == cache / "tiny.npz" and path.read_bytes() == source["path"].read_bytes()
    assert (cache / "tiny.npz.sha256").read_text().strip() == source["sha256"]
    assert not list(cache.glob("*.part"))  # no temporary file left behind
    # second call: served from the cache, even with downloads off and the source gone
    source["path"].unlink()
    assert medmnist.fetch(source["url"], "tiny.npz", sha256=source["sha256"], cache_dir=cache,
                          download=False) == path


def test_fetch_with_md5_records_sha256_and_detects_later_corruption(source, tmp_path):
    cache = tmp_path / "cache"
    path = medmnist.fetch(source["url"], "tiny.npz", md5=source["md5"], cache_dir=cache)
    assert (cache / "tiny.npz.sha256").read_text().strip() == source["sha256"]
    path.write_bytes(path.read_bytes()[:-10])  # truncated on disk
    with pytest.raises(DatasetDownloadError, match="corrupted"):
        medmnist.fetch(source["url"], "tiny.npz", md5=source["md5"], cache_dir=cache, download=False)
    # with downloads on, the bad copy is replaced by a verified one
    again = medmnist.fetch(source["url"], "tiny.npz", md5=source["md5"], cache_dir=cache)
    assert _sha256(again) == source["sha256"]


def test_fetch_rejects_a_wrong_checksum_and_keeps_nothing(source, tmp_path):
    cache = tmp_path / "cache"
    with pytest.raises(DatasetDownloadError, match="SHA-256"):
        medmnist.fetch(source["url"], "tiny.npz", sha256="0" * 64, cache_dir=cache)
    with pytest.raises(DatasetDownloadError, match="MD5"):
        medmnist.fetch(source["url"], "tiny.npz", md5="0" * 32, cache_dir=cache)
    assert not any(cache.iterdir())


def test_fetch_corrupted_cached_file_with_known_sha256(source, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "tiny.npz").write_bytes(b"not the file")
    with pytest.raises(DatasetDownloadError, match="corrupted"):
        medmnist.fetch(source["url"], "tiny.npz", sha256=source["sha256"], cache_dir=cache, download=False)
    path = medmnist.fetch(source["url"], "tiny.npz", sha256=source["sha256"], cache_dir=cache)
    assert _sha256(path) == source["sha256"]


def test_offline_gives_a_clear_message(tmp_path):
    def offline(url, destination):
        raise urllib.error.URLError("[Errno -3] Temporary failure in name resolution")

    def call():
        medmnist.fetch("https://example.org/x.npz", "x.npz", sha256="a" * 64, cache_dir=tmp_path,
                       downloader=offline)

    with pytest.raises(DatasetDownloadError, match="offline") as info:
        call()
    assert not any(tmp_path.iterdir())  # the partial file was removed
    check_french(call, str(info.value))


def test_french_messages_and_descriptions(tmp_path, french):
    """In French: a file that is not a ZIP is still recognised as such, and the registry's descriptions translate."""
    garbage = tmp_path / "garbage.npz"
    garbage.write_bytes(b"\x00\x01 this is not a zip archive")
    with pytest.raises(DatasetDownloadError, match="n'est pas une archive .npz lisible"):
        medmnist.load_npz(garbage)
    truncated = tmp_path / "truncated.npz"
    truncated.write_bytes(_write_fixture(tmp_path / "good.npz").read_bytes()[:200])
    with pytest.raises(DatasetDownloadError, match="probablement endommagée ou tronquée"):
        medmnist.load_npz(truncated)
    with pytest.raises(DatasetDownloadError, match="Êtes-vous hors ligne\u202f?"):
        medmnist.fetch("https://example.org/x.npz", "x.npz", sha256="a" * 64, cache_dir=tmp_path,
                       downloader=lambda url, destination: (_ for _ in ()).throw(OSError("no network")))
    assert i18n.tr(medmnist.REGISTRY["pneumoniamnist"]["description"]).startswith("radiographies thoraciques")


def test_missing_file_with_downloads_off(tmp_path):
    with pytest.raises(DatasetDownloadError, match="download=False"):
        medmnist.fetch("https://example.org/x.npz", "x.npz", sha256="a" * 64, cache_dir=tmp_path, download=False)


def test_fetch_bad_arguments(tmp_path):
    with pytest.raises(ValueError, match="sha256"):
        medmnist.fetch("file:///x.npz", "x.npz", cache_dir=tmp_path)
    with pytest.raises(ValueError, match="hexadecimal"):
        medmnist.fetch("file:///x.npz", "x.npz", sha256="xyz", cache_dir=tmp_path)
    with pytest.raises(ValueError, match="hexadecimal"):
        medmnist.fetch("file:///x.npz", "x.npz", md5="12", cache_dir=tmp_path)
    with pytest.raises(TypeError, match="url"):
        medmnist.fetch("", "x.npz", sha256="a" * 64, cache_dir=tmp_path)
    with pytest.raises(ValueError, match="filename"):
        medmnist.fetch("file:///x.npz", "../x.npz", sha256="a" * 64, cache_dir=tmp_path)
    with pytest.raises(TypeError, match="download"):
        medmnist.fetch("file:///x.npz", "x.npz", sha256="a" * 64, cache_dir=tmp_path, download="no")


def test_load_npz_grey_and_colour(tmp_path):
    grey = medmnist.load_npz(_write_fixture(tmp_path / "g.npz"))
    assert set(grey) == {"train", "val", "test"}
    X, y = grey["train"]
    assert X.shape == (6, 8, 8) and X.dtype == np.float32 and 0 <= X.min() and X.max() <= 1
    assert y.shape == (6,) and y.dtype == np.int64
    colour = medmnist.load_npz(_write_fixture(tmp_path / "c.npz", colour=True, splits=("train",)))
    assert set(colour) == {"train"} and colour["train"][0].shape == (6, 8, 8, 3)


def test_load_npz_bad_files(tmp_path):
    with pytest.raises(DatasetDownloadError, match="No file"):
        medmnist.load_npz(tmp_path / "absent.npz")
    garbage = tmp_path / "garbage.npz"
    garbage.write_bytes(b"\x00\x01 this is not a zip archive")
    with pytest.raises(DatasetDownloadError, match="not a readable .npz"):
        medmnist.load_npz(garbage)
    good = _write_fixture(tmp_path / "good.npz")
    truncated = tmp_path / "truncated.npz"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(DatasetDownloadError, match="corrupted or truncated"):
        medmnist.load_npz(truncated)
    other = tmp_path / "other.npz"
    np.savez(other, x=np.zeros(3))
    with pytest.raises(DatasetDownloadError, match="not a MedMNIST-style"):
        medmnist.load_npz(other)
    half = tmp_path / "half.npz"
    np.savez(half, train_images=np.zeros((2, 4, 4), np.uint8))
    with pytest.raises(DatasetDownloadError, match="both are needed"):
        medmnist.load_npz(half)
    mismatch = tmp_path / "mismatch.npz"
    np.savez(mismatch, train_images=np.zeros((2, 4, 4), np.uint8), train_labels=np.zeros((3, 1)))
    with pytest.raises(DatasetDownloadError, match="labels"):
        medmnist.load_npz(mismatch)
    flat = tmp_path / "flat.npz"
    np.savez(flat, train_images=np.zeros((2, 16), np.uint8), train_labels=np.zeros((2, 1)))
    with pytest.raises(DatasetDownloadError, match="shape"):
        medmnist.load_npz(flat)


def test_load_medmnist_registry_name_with_a_fake_download(tmp_path, monkeypatch, source):
    """A registry name, with the official MD5 swapped for the fixture's and a downloader that copies it."""
    monkeypatch.setitem(medmnist.REGISTRY, "tinymnist", {"url": "https://example.org/tiny.npz",
                                                        "md5": source["md5"], "description": "fixture"})
    calls = []

    def fake_download(url, destination):
        calls.append(url)
        shutil.copyfile(source["path"], destination)

    splits = medmnist.load_medmnist("tinymnist", cache_dir=tmp_path, downloader=fake_download)
    assert calls == ["https://example.org/tiny.npz"]
    assert splits["test"][0].shape == (6, 8, 8)
    medmnist.load_medmnist("tinymnist", cache_dir=tmp_path, downloader=fake_download)
    assert len(calls) == 1  # second time from the cache


def test_load_medmnist_custom_url_and_errors(tmp_path, source):
    splits = medmnist.load_medmnist("mine", url=source["url"], sha256=source["sha256"], cache_dir=tmp_path)
    assert splits["train"][1].shape == (6,)
    with pytest.raises(ValueError, match="Unknown dataset"):
        medmnist.load_medmnist("nosuchmnist", cache_dir=tmp_path)
    with pytest.raises(TypeError, match="name"):
        medmnist.load_medmnist(3, cache_dir=tmp_path)
    with pytest.raises(DatasetDownloadError, match="download=False"):
        medmnist.load_medmnist("pneumoniamnist", cache_dir=tmp_path, download=False)


def test_registry_and_cache_dir(monkeypatch, tmp_path):
    for entry in medmnist.REGISTRY.values():
        assert entry["url"].startswith("https://") and len(entry["md5"]) == 32
    monkeypatch.setenv("COURSE_UTILS_CACHE", str(tmp_path))
    assert medmnist.default_cache_dir() == tmp_path / "medmnist"
    monkeypatch.delenv("COURSE_UTILS_CACHE")
    assert medmnist.default_cache_dir().name == "medmnist"


def test_file_digest(tmp_path):
    from course_utils.datasets.files import file_digest

    path = tmp_path / "f.bin"
    path.write_bytes(b"abc")
    assert file_digest(path) == hashlib.sha256(b"abc").hexdigest()
    assert file_digest(path, "md5") == hashlib.md5(b"abc").hexdigest()
    with pytest.raises(ValueError, match="algorithm"):
        file_digest(path, "crc32")
    with pytest.raises(FileNotFoundError):
        file_digest(tmp_path / "absent")
