"""Bad inputs to the MedMNIST downloader and loader (course_utils.datasets.medmnist): wrong types, wrong files, bad
addresses and checksums. Never the real network."""

from __future__ import annotations

import numpy as np
import pytest
from bad_input_support import JUNK, JUNK_IDS, course_error, never_raw

from course_utils.datasets import medmnist
from course_utils.datasets.medmnist import DatasetDownloadError

SHA = "a" * 64


@pytest.fixture(autouse=True)
def _offline(no_network):
    """Every test of this file runs with the network refused (tests/conftest.py)."""


@pytest.fixture
def files(tmp_path):
    good = tmp_path / "good.npz"
    np.savez(good, train_images=np.zeros((2, 4, 4), np.uint8), train_labels=np.zeros((2, 1)))
    paths = {"folder": tmp_path, "missing": tmp_path / "absent.npz", "csv": tmp_path / "labels.csv",
             "png": tmp_path / "xray.png", "empty": tmp_path / "empty.npz", "cut": tmp_path / "cut.npz",
             "objects": tmp_path / "objects.npz", "a file": tmp_path / "notes.txt", "good": good}
    paths["csv"].write_text("image,label\n1,0\n")
    paths["png"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    paths["empty"].write_bytes(b"")
    paths["cut"].write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    np.savez(paths["objects"], train_images=np.array([None, "x"], dtype=object), train_labels=np.zeros(2))
    paths["a file"].write_text("not a folder")
    return paths


LOAD_CASES = [  # (id, path given the files, error, words)
    ("number", lambda f: 3, TypeError, ["path must be the path of a .npz file", "the number 3"]),
    ("none", lambda f: None, TypeError, ["path must be the path of a .npz file", "None"]),
    ("empty text", lambda f: "", TypeError, ["path", "the text ''"]),
    ("folder", lambda f: f["folder"], DatasetDownloadError, ["No file at", "it is a folder"]),
    ("missing", lambda f: f["missing"], DatasetDownloadError, ["No file at", "absent.npz", "load_medmnist"]),
    ("csv", lambda f: f["csv"], DatasetDownloadError, ["labels.csv is not a readable .npz", "CSV", "np.savez"]),
    ("png", lambda f: f["png"], DatasetDownloadError, ["not a readable .npz", "PNG image"]),
    ("empty file", lambda f: f["empty"], DatasetDownloadError, ["not a readable .npz", "empty file"]),
    ("truncated", lambda f: f["cut"], DatasetDownloadError, ["corrupted or truncated", "download it again"]),
    ("objects", lambda f: f["objects"], DatasetDownloadError, ["Python objects"]),
]


@pytest.mark.parametrize("make, error, words", [c[1:] for c in LOAD_CASES], ids=[c[0] for c in LOAD_CASES])
def test_load_npz_bad_input(files, make, error, words):
    course_error(error, lambda: medmnist.load_npz(make(files)), *words)


FETCH_CASES = [  # (id, keyword arguments given the files, error, words)
    ("url number", lambda f: {"url": 3}, TypeError, ["url must be a web address", "the number 3"]),
    ("url empty", lambda f: {"url": ""}, TypeError, ["url must be a web address", "''"]),
    ("url without scheme", lambda f: {"url": "zenodo.org/x.npz"}, ValueError,
     ["url must start with https://", "'zenodo.org/x.npz'"]),
    ("url path", lambda f: {"url": "/home/me/x.npz"}, ValueError, ["url must start with https://", "file://"]),
    ("filename folder", lambda f: {"filename": "../x.npz"}, ValueError, ["plain file name", "'../x.npz'"]),
    ("filename number", lambda f: {"filename": 3}, TypeError, ["filename", "the number 3"]),
    ("sha256 short", lambda f: {"sha256": "xyz"}, ValueError, ["64 hexadecimal characters", "of 3 characters"]),
    ("sha256 number", lambda f: {"sha256": 3}, ValueError, ["sha256 must be 64 hexadecimal", "the number 3"]),
    ("md5 short", lambda f: {"sha256": None, "md5": "12"}, ValueError, ["md5 must be 32 hexadecimal", "'12'"]),
    ("no checksum", lambda f: {"sha256": None}, ValueError, ["expected sha256 (or md5)"]),
    ("download text", lambda f: {"download": "no"}, TypeError, ["download must be True or False", "'no'"]),
    ("downloader text", lambda f: {"downloader": "curl"}, TypeError, ["downloader must be a function", "'curl'"]),
    ("cache_dir number", lambda f: {"cache_dir": 3}, TypeError, ["cache_dir must be the path of a cache folder"]),
    ("cache_dir is a file", lambda f: {"cache_dir": f["a file"]}, NotADirectoryError,
     ["cache_dir must be a folder", "notes.txt"]),
    ("cache_dir under a file", lambda f: {"cache_dir": f["a file"] / "cache"}, DatasetDownloadError,
     ["Could not create the cache folder", "cache_dir=..."]),
    ("missing local file", lambda f: {"url": f["missing"].as_uri()}, DatasetDownloadError,
     ["Could not download x.npz", "No such file or directory", "by hand"]),
]


@pytest.mark.parametrize("make, error, words", [c[1:] for c in FETCH_CASES], ids=[c[0] for c in FETCH_CASES])
def test_fetch_bad_input(files, make, error, words):
    kwargs = {"url": "https://example.org/x.npz", "filename": "x.npz", "sha256": SHA,
              "cache_dir": files["folder"] / "cache", **make(files)}
    course_error(error, lambda: medmnist.fetch(**kwargs), *words)


@pytest.mark.parametrize("kwargs, error, words", [
    ({"name": 3}, TypeError, ["dataset name such as 'pneumoniamnist'", "the number 3"]),
    ({"name": None}, TypeError, ["dataset name", "None"]),
    ({"name": " "}, TypeError, ["dataset name", "' '"]),
    ({"name": "data/pneumoniamnist.npz"}, ValueError, ["not a path", "load_npz(path)"]),
    ({"name": "nosuchmnist"}, ValueError, ["Unknown dataset 'nosuchmnist'", "pneumoniamnist"]),
    ({"name": "mine", "url": "https://example.org/m.npz"}, ValueError, ["Unknown dataset", "sha256"]),
    ({"download": "no"}, TypeError, ["download must be True or False"]),
    ({"download": False}, DatasetDownloadError, ["download=False", "by hand"]),
], ids=["number", "none", "blank", "a path", "unknown", "url without sha256", "download text", "offline"])
def test_load_medmnist_bad_input(tmp_path, kwargs, error, words):
    course_error(error, lambda: medmnist.load_medmnist(**{"cache_dir": tmp_path, **kwargs}), *words)


@pytest.mark.parametrize("junk", JUNK, ids=JUNK_IDS)
def test_junk_never_gives_a_raw_error(tmp_path, junk):
    never_raw(lambda: medmnist.load_npz(junk), "path")
    never_raw(lambda: medmnist.load_medmnist(junk, cache_dir=tmp_path), "name")
    def offline(url, destination):
        raise OSError("offline")

    base = {"url": "https://example.org/x.npz", "filename": "x.npz", "sha256": SHA, "cache_dir": tmp_path,
            "download": False, "downloader": offline}
    for name in ("url", "filename", "sha256", "md5", "download", "cache_dir", "downloader"):
        # a valid value ends in "not in the cache, downloads off" or "offline": a course message naming neither
        never_raw(lambda name=name: medmnist.fetch(**{**base, name: junk}), name, (DatasetDownloadError,))


def test_arguments_are_not_changed(files):
    before = files["good"].read_bytes()
    medmnist.load_npz(files["good"])
    assert files["good"].read_bytes() == before
