"""Bad inputs to the ECG helpers (course_utils.datasets.ecg): the generator, its size limit, the DICOM reader on wrong
or damaged files, and a check that no function changes its inputs."""

from __future__ import annotations

import numpy as np
import pytest
from bad_input_support import JUNK, JUNK_IDS, course_error, never_raw, unchanged

pydicom = pytest.importorskip("pydicom")
from pydicom.data import get_testdata_file  # noqa: E402

from course_utils.datasets import ecg  # noqa: E402
from course_utils.dicom import DicomFileError  # noqa: E402

ECG_PATH = get_testdata_file("waveform_ecg.dcm")

BEAT_CASES = [  # (id, t, kind, error, words)
    ("t text", "now", "normal", TypeError, ["t (times in seconds)", "'now'"]),
    ("t none", None, "normal", TypeError, ["t (times in seconds)", "None"]),
    ("t dict", {"t": 0}, "normal", TypeError, ["t (times in seconds)", "a dict"]),
    ("t 2-D", np.zeros((2, 2)), "normal", ValueError, ["1-D array of times", "(2, 2)"]),
    ("t nan", [np.nan], "normal", ValueError, ["t (times in seconds)", "nan"]),
    ("kind unknown", [0.0], "vt", ValueError, ["kind must be one of", "'vt'"]),
    ("kind none", [0.0], None, ValueError, ["kind must be one of", "None"]),
    ("kind list", [0.0], ["af"], ValueError, ["kind must be one of", "list"]),
]


@pytest.mark.parametrize("t, kind, error, words", [c[1:] for c in BEAT_CASES], ids=[c[0] for c in BEAT_CASES])
def test_beat_components_bad_input(t, kind, error, words):
    course_error(error, lambda: ecg.beat_components(t, kind), *words)


MAKE_CASES = [  # (id, keyword arguments, error, words)
    ("rhythm unknown", {"rhythm": "vt"}, ValueError, ["rhythm must be one of", "'vt'"]),
    ("rhythm none", {"rhythm": None}, ValueError, ["rhythm", "None"]),
    ("rhythm number", {"rhythm": 3}, ValueError, ["rhythm", "3"]),
    ("seconds zero", {"seconds": 0}, ValueError, ["seconds", "0"]),
    ("seconds negative", {"seconds": -5}, ValueError, ["seconds", "-5"]),
    ("seconds too long", {"seconds": 1000}, ValueError, ["between 1 and 600", "1000"]),
    ("seconds nan", {"seconds": float("nan")}, ValueError, ["seconds", "nan"]),
    ("seconds inf", {"seconds": float("inf")}, ValueError, ["seconds", "inf"]),
    ("seconds text", {"seconds": "5"}, TypeError, ["seconds must be a number", "'5'"]),
    ("seconds none", {"seconds": None}, TypeError, ["seconds", "None"]),
    ("fs too low", {"fs": 10}, ValueError, ["between 50 and 1000 Hz", "10"]),
    ("fs too high", {"fs": 5000}, ValueError, ["between 50 and 1000 Hz", "5000"]),
    ("fs text", {"fs": "100"}, TypeError, ["fs (sampling frequency in Hz)", "'100'"]),
    ("fs bool", {"fs": True}, TypeError, ["fs (sampling frequency in Hz)", "True"]),
    ("seed negative", {"seed": -1}, ValueError, ["seed must be >= 0", "-1"]),
    ("seed float", {"seed": 1.5}, TypeError, ["seed must be an integer", "1.5"]),
    ("seed none", {"seed": None}, TypeError, ["seed", "None"]),
    ("seed text", {"seed": "7"}, TypeError, ["seed", "'7'"]),
    ("heart rate too high", {"heart_rate": 300}, ValueError, ["between 30 and 220", "300"]),
    ("heart rate too low", {"heart_rate": 10}, ValueError, ["between 30 and 220", "10"]),
    ("heart rate nan", {"heart_rate": float("nan")}, ValueError, ["heart_rate", "nan"]),
    ("heart rate text", {"heart_rate": "60"}, TypeError, ["heart_rate", "'60'"]),
    ("noise negative", {"noise_mv": -0.1}, ValueError, ["noise_mv", "-0.1"]),
    ("noise text", {"noise_mv": "low"}, TypeError, ["noise_mv", "'low'"]),
    ("wander negative", {"wander_mv": -1}, ValueError, ["wander_mv", "-1"]),
    ("PACs negative", {"premature_atrial": -1}, ValueError, ["premature_atrial (number of PACs) must be >= 0", "-1"]),
    ("PACs too many", {"premature_atrial": 4}, ValueError, ["premature_atrial (number of PACs) must be <= 3", "4"]),
    ("PACs float", {"premature_atrial": 1.5}, TypeError, ["premature_atrial (number of PACs) must be an integer",
                                                          "1.5"]),
    ("PACs text", {"premature_atrial": "1"}, TypeError, ["premature_atrial", "'1'"]),
    ("PACs in AF", {"rhythm": "af", "premature_atrial": 1}, ValueError,
     ["premature_atrial applies to rhythm='normal' only", "rhythm='af'", "Leave it out"]),
]


@pytest.mark.parametrize("kwargs, error, words", [c[1:] for c in MAKE_CASES], ids=[c[0] for c in MAKE_CASES])
def test_make_ecg_bad_input(kwargs, error, words):
    course_error(error, lambda: ecg.make_ecg(**kwargs), *words)


DATASET_CASES = [  # (id, keyword arguments, error, words)
    ("n zero", {"n": 0}, ValueError, ["n (number of recordings) must be >= 1", "0"]),
    ("n negative", {"n": -3}, ValueError, ["n (number of recordings)", "-3"]),
    ("n float", {"n": 10.0}, TypeError, ["n (number of recordings) must be an integer", "10.0"]),
    ("n text", {"n": "10"}, TypeError, ["n (number of recordings)", "'10'"]),
    ("n none", {"n": None}, TypeError, ["n (number of recordings)", "None"]),
    ("too many", {"n": 200_000}, ValueError,
     ["make_ecg_dataset(n=200000, seconds=5.0, fs=100.0)", "1.4 GB", "7.0 kB per recording", "limit is 1.0 GB",
      "142,857 recordings"]),
    ("too long", {"n": 2000, "seconds": 600, "fs": 1000}, ValueError, ["14.4 GB", "at most 138 recordings"]),
    ("classes one string", {"classes": "af"}, TypeError, ["tuple of rhythm codes", "the text 'af'", "('af',)"]),
    ("classes empty", {"classes": ()}, TypeError, ["tuple of rhythm codes", "a tuple of 0 items"]),
    ("classes none", {"classes": None}, TypeError, ["tuple of rhythm codes", "None"]),
    ("classes unknown", {"classes": ("normal", "flutter")}, ValueError, ["each entry of classes", "'flutter'"]),
    ("classes number", {"classes": (3,)}, ValueError, ["each entry of classes", "the number 3"]),
    ("classes nested", {"classes": [["af"]]}, ValueError, ["each entry of classes", "a list of 1 item"]),
    ("classes repeated", {"classes": ("af", "af")}, ValueError, ["must not repeat", "('af', 'af')"]),
    ("proportions text", {"proportions": "equal"}, TypeError, ["proportions must be 3 shares", "'equal'"]),
    ("proportions short", {"proportions": (0.5, 0.5)}, ValueError, ["proportions", "shape"]),
    ("proportions negative", {"proportions": (0.5, 0.6, -0.1)}, ValueError, ["non-negative", "-0.1"]),
    ("proportions sum", {"proportions": (0.2, 0.2, 0.2)}, ValueError, ["summing to 1", "sum 0.6"]),
    ("proportions nan", {"proportions": (np.nan, 0.5, 0.5)}, ValueError, ["proportions", "nan"]),
    ("a class left empty", {"n": 2}, ValueError, ["n=2", "['pvc'] would get no recording", "n >= 3"]),
    ("a rare class left empty", {"n": 10, "proportions": (0.97, 0.02, 0.01)}, ValueError,
     ["would get no recording", "n >= 100"]),
    ("return_info text", {"return_info": "yes"}, TypeError, ["return_info must be True or False", "'yes'"]),
    ("return_info number", {"return_info": 1}, TypeError, ["return_info", "the number 1"]),
    ("progress text", {"progress": "no"}, TypeError, ["progress must be True or False", "'no'"]),
    ("seconds text", {"seconds": "5"}, TypeError, ["seconds must be a number", "'5'"]),
    ("fs too low", {"fs": 10}, ValueError, ["between 50 and 1000 Hz"]),
]


@pytest.mark.parametrize("kwargs, error, words", [c[1:] for c in DATASET_CASES], ids=[c[0] for c in DATASET_CASES])
def test_make_ecg_dataset_bad_input(kwargs, error, words):
    course_error(error, lambda: ecg.make_ecg_dataset(**{"n": 6, **kwargs}), *words)


def test_a_class_with_a_zero_share_may_be_empty():
    _, labels = ecg.make_ecg_dataset(4, classes=("normal", "af"), proportions=(1.0, 0.0))
    assert labels.tolist() == [0, 0, 0, 0]


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ecg_files")
    raw = open(ECG_PATH, "rb").read()
    paths = {"csv": folder / "ecg.csv", "cut": folder / "cut.dcm", "no_waveform_data": folder / "no_data.dcm",
             "folder": folder, "missing": folder / "missing.dcm", "empty": folder / "empty.dcm"}
    paths["csv"].write_text("time_s,lead_II\n0.000,0.12\n0.001,0.13\n")
    paths["cut"].write_bytes(raw[:5000])
    paths["empty"].write_bytes(b"")
    ds = pydicom.dcmread(ECG_PATH)
    del ds.WaveformSequence[0].WaveformData  # the header without the samples
    ds.save_as(paths["no_waveform_data"])
    return paths


LOAD_CASES = [  # (id, path as a function of the files, keyword arguments, error, words)
    ("number", lambda f: 3, {}, TypeError, ["path must be the path of a DICOM ECG", "the number 3"]),
    ("list", lambda f: [ECG_PATH], {}, TypeError, ["path must be the path of a DICOM ECG", "a list"]),
    ("csv", lambda f: f["csv"], {}, DicomFileError, ["ecg.csv is not a DICOM ECG", "CSV"]),
    ("empty file", lambda f: f["empty"], {}, DicomFileError, ["not a DICOM ECG", "empty file"]),
    ("cut file", lambda f: f["cut"], {}, DicomFileError, ["cannot be read to the end", "truncated"]),
    ("no samples", lambda f: f["no_waveform_data"], {}, DicomFileError,
     ["waveform of no_data.dcm", "cannot be decoded"]),
    ("folder", lambda f: f["folder"], {}, IsADirectoryError, ["got the folder", "one file inside it"]),
    ("missing", lambda f: f["missing"], {}, FileNotFoundError, ["existing file (a DICOM ECG)", "missing.dcm"]),
    ("CT image", lambda f: get_testdata_file("CT_small.dcm"), {}, ValueError, ["no waveform", "'CT'", "'ECG'"]),
    ("group text", lambda f: None, {"group": "1"}, TypeError, ["group must be an integer", "'1'"]),
    ("group float", lambda f: None, {"group": 1.0}, TypeError, ["group must be an integer", "1.0"]),
    ("group none", lambda f: None, {"group": None}, TypeError, ["group", "None"]),
    ("group too high", lambda f: None, {"group": 2}, ValueError, ["group must be <= 1", "2"]),
    ("group negative", lambda f: None, {"group": -1}, ValueError, ["group must be >= 0", "-1"]),
]


@pytest.mark.parametrize("make, kwargs, error, words", [c[1:] for c in LOAD_CASES], ids=[c[0] for c in LOAD_CASES])
def test_load_dicom_ecg_bad_input(files, make, kwargs, error, words):
    course_error(error, lambda: ecg.load_dicom_ecg(make(files), **kwargs), *words)


@pytest.mark.parametrize("name", ["V7", 3, None, "ii"])
def test_lead_bad_input(name):
    record = ecg.load_dicom_ecg(group=1)
    course_error(ValueError, lambda: record.lead(name), "lead name must be one of")


@pytest.mark.parametrize("junk", JUNK, ids=JUNK_IDS)
def test_junk_never_gives_a_raw_error(junk):
    never_raw(lambda: ecg.beat_components(junk), "t")
    never_raw(lambda: ecg.beat_components([0.0], junk), "kind")
    for name in ("rhythm", "seconds", "fs", "seed", "heart_rate", "noise_mv", "wander_mv", "premature_atrial"):
        never_raw(lambda name=name: ecg.make_ecg(**{name: junk}), name)
    for name in ("n", "classes", "proportions", "return_info", "progress"):
        never_raw(lambda name=name: ecg.make_ecg_dataset(**{"n": 6, name: junk}), name)
    never_raw(lambda: ecg.load_dicom_ecg(junk), "path")
    never_raw(lambda: ecg.load_dicom_ecg(group=junk), "group")


def test_progress_bar_for_long_runs(monkeypatch, capsys):
    from course_utils.datasets import limits

    ecg.make_ecg_dataset(3, progress=True)
    assert "ECG recordings (21.0 kB in memory)" in capsys.readouterr().err
    monkeypatch.setattr(limits, "PROGRESS_SECONDS", 0.0)
    ecg.make_ecg_dataset(3)
    assert "recording/s" in capsys.readouterr().err


def test_no_function_changes_its_inputs():
    t = np.linspace(-0.5, 0.5, 11)
    classes, proportions = ["normal", "af"], [0.5, 0.5]
    checks = [(value, unchanged(value)) for value in (t, classes, proportions)]
    ecg.beat_components(t)
    ecg.make_ecg_dataset(4, classes=classes, proportions=proportions)
    for value, check in checks:
        check(value)
