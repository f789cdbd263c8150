"""Bad inputs to course_utils.dicom: wrong types, wrong or damaged files, NaN, a Dataset where an array is expected.

Every case asserts the exception type and that the message says what was expected and what was received, without
pydicom's internals or a dump of the object. Also: no function changes its inputs; window's properties (Hypothesis).
"""

from __future__ import annotations

import copy

import numpy as np
import pytest
from bad_input_support import JUNK, JUNK_IDS, course_error, never_raw, unchanged
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

pydicom = pytest.importorskip("pydicom")
from pydicom.data import get_testdata_file  # noqa: E402

from course_utils import dicom  # noqa: E402
from course_utils.dicom import DicomFileError  # noqa: E402

CT_PATH = get_testdata_file("CT_small.dcm")


@pytest.fixture(scope="module")
def ct_ds():
    return pydicom.dcmread(CT_PATH)


@pytest.fixture(scope="module")
def mr_ds():
    return pydicom.dcmread(get_testdata_file("MR_small.dcm"))


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """Wrong and damaged files: a CSV, a PNG, an empty file, truncated DICOMs, a folder, a missing path."""
    folder = tmp_path_factory.mktemp("files")
    raw = open(CT_PATH, "rb").read()
    ecg = open(get_testdata_file("waveform_ecg.dcm"), "rb").read()
    paths = {
        "csv": folder / "labs.csv", "png": folder / "xray.png", "empty": folder / "empty.dcm",
        "half": folder / "half.dcm", "header_only": folder / "header_only.dcm", "cut": folder / "cut.dcm",
        "folder": folder / "series", "missing": folder / "missing.dcm",
    }
    paths["csv"].write_text("patient,hu\n1,40\n2,-1000\n")
    paths["png"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    paths["empty"].write_bytes(b"")
    paths["half"].write_bytes(raw[: len(raw) // 2])       # pixel data cut short
    paths["header_only"].write_bytes(raw[:300])           # file meta only
    paths["cut"].write_bytes(ecg[:5000])                  # cut inside an element
    paths["folder"].mkdir()
    (paths["folder"] / "slice1.dcm").write_bytes(raw)
    return paths


def _edited(ds, **changes):
    out = copy.deepcopy(ds)
    for keyword, value in changes.items():
        if value is None:
            delattr(out, keyword)
        else:
            setattr(out, keyword, value)
    return out


HU_CASES = [  # (id, the ds argument as a function of the fixtures, error, words in the message)
    ("none", lambda f, ct, mr: None, TypeError, ["pydicom Dataset", "got None"]),
    ("number", lambda f, ct, mr: 3, TypeError, ["pydicom Dataset", "the number 3"]),
    ("array", lambda f, ct, mr: np.zeros((4, 4)), TypeError, ["pydicom Dataset", "array of shape (4, 4)"]),
    ("dict", lambda f, ct, mr: {"Modality": "CT"}, TypeError, ["pydicom Dataset", "a dict"]),
    ("csv text path", lambda f, ct, mr: str(f["csv"]), DicomFileError, ["not a DICOM CT image", "CSV"]),
    ("csv Path", lambda f, ct, mr: f["csv"], DicomFileError, ["labs.csv", "not a DICOM", "DICM"]),
    ("png", lambda f, ct, mr: f["png"], DicomFileError, ["not a DICOM", "PNG image"]),
    ("empty file", lambda f, ct, mr: f["empty"], DicomFileError, ["not a DICOM", "empty file"]),
    ("half file", lambda f, ct, mr: f["half"], DicomFileError, ["truncated", "32,768"]),
    ("header only", lambda f, ct, mr: f["header_only"], DicomFileError, ["header but no data", "truncated"]),
    ("cut inside an element", lambda f, ct, mr: f["cut"], DicomFileError, ["cannot be read to the end", "truncated"]),
    ("folder", lambda f, ct, mr: f["folder"], IsADirectoryError, ["got the folder", "slice1.dcm"]),
    ("missing", lambda f, ct, mr: f["missing"], FileNotFoundError, ["no file at", "half.dcm"]),
    ("read with force", lambda f, ct, mr: pydicom.dcmread(f["csv"], force=True), DicomFileError,
     ["no DICOM image", "force=True)"]),
    ("truncated Dataset", lambda f, ct, mr: pydicom.dcmread(f["half"]), DicomFileError,
     ["cannot be decoded", "13,303", "32,768"]),
    ("MR image", lambda f, ct, mr: mr, ValueError, ["only exist for CT", "'MR'"]),
    ("no RescaleSlope", lambda f, ct, mr: _edited(ct, RescaleSlope=None), ValueError, ["RescaleSlope"]),
    ("empty RescaleSlope", lambda f, ct, mr: _edited(ct, RescaleSlope=""), DicomFileError,
     ["RescaleSlope must hold a number", "got ''"]),
    ("zero slope", lambda f, ct, mr: _edited(ct, RescaleSlope=0), DicomFileError, ["RescaleSlope is 0"]),
    ("no pixels", lambda f, ct, mr: _edited(ct, PixelData=None), ValueError, ["no pixel data"]),
]


@pytest.mark.parametrize("make, error, words", [c[1:] for c in HU_CASES], ids=[c[0] for c in HU_CASES])
def test_to_hounsfield_bad_input(files, ct_ds, mr_ds, make, error, words):
    course_error(error, lambda: dicom.to_hounsfield(make(files, ct_ds, mr_ds)), *words)


def test_to_hounsfield_accepts_a_path_and_a_dataset_alike(ct_ds):
    np.testing.assert_array_equal(dicom.to_hounsfield(CT_PATH), dicom.to_hounsfield(ct_ds))


def test_window_given_the_dataset_names_the_fix_without_dumping_it(ct_ds):
    message = course_error(TypeError, lambda: dicom.window(ct_ds, 40, 400),
                           "array in Hounsfield units", "pydicom Dataset", "dicom.to_hounsfield(ds)")
    assert len(message) < 300


WINDOW_CASES = [  # (id, image, level, width, error, words)
    ("path", "scan.dcm", 40, 400, TypeError, ["image must be", "Hounsfield", "the text 'scan.dcm'"]),
    ("none", None, 40, 400, TypeError, ["image must be", "got None"]),
    ("dict", {"hu": [1]}, 40, 400, TypeError, ["image must be", "a dict"]),
    ("set", {1, 2}, 40, 400, TypeError, ["image must be", "a set"]),
    ("list of text", ["air", "bone"], 40, 400, TypeError, ["image", "air"]),
    ("array of text", np.array(["a"]), 40, 400, TypeError, ["image", "'a'"]),
    # None in an object array reads as a missing value (NaN) or as "not a number", depending on the conversion
    ("object array", np.array([1.0, None], dtype=object), 40, 400, (TypeError, ValueError), ["image"]),
    ("nan", [np.nan, 1.0], 40, 400, ValueError, ["image", "nan"]),
    ("empty", [], 40, 400, ValueError, ["image", "empty"]),
    ("level text", [0.0], "40", 400, TypeError, ["level must be a finite number", "the text '40'"]),
    ("level none", [0.0], None, 400, TypeError, ["level", "got None"]),
    ("level nan", [0.0], float("nan"), 400, TypeError, ["level", "nan"]),
    ("level inf", [0.0], float("inf"), 400, TypeError, ["level", "inf"]),
    ("level bool", [0.0], True, 400, TypeError, ["level", "True"]),
    ("width zero", [0.0], 40, 0, ValueError, ["width", "> 0", "got 0"]),
    ("width negative", [0.0], 40, -400, ValueError, ["width", "got -400"]),
    ("width nan", [0.0], 40, float("nan"), ValueError, ["width", "nan"]),
    ("width inf", [0.0], 40, float("inf"), ValueError, ["width", "inf"]),
    ("width text", [0.0], 40, "400", TypeError, ["width", "'400'"]),
]


@pytest.mark.parametrize("image, level, width, error, words", [c[1:] for c in WINDOW_CASES],
                         ids=[c[0] for c in WINDOW_CASES])
def test_window_bad_input(image, level, width, error, words):
    course_error(error, lambda: dicom.window(image, level, width), *words)


@pytest.mark.parametrize("name, error, words", [
    (3, TypeError, ["name of a window", "the number 3"]),
    (None, TypeError, ["name of a window", "got None"]),
    (["lung"], TypeError, ["name of a window", "a list"]),
    ("kidney", ValueError, ["one of", "'kidney'"]),
    ("", ValueError, ["one of", "''"]),
], ids=["number", "none", "list", "unknown", "empty"])
def test_window_preset_bad_input(name, error, words):
    course_error(error, lambda: dicom.window_preset(name), *words)


def test_window_preset_forgives_capitals_and_underscores():
    assert dicom.window_preset("Soft_Tissue") == dicom.window_preset(" soft-tissue ") == (40.0, 400.0)


DEID_CASES = [  # (id, keyword arguments, error, words)
    ("ds none", {"ds": None}, TypeError, ["pydicom Dataset", "got None"]),
    ("ds csv", {"ds": "CSV"}, DicomFileError, ["not a DICOM"]),
    ("pseudonym empty", {"pseudonym": ""}, TypeError, ["pseudonym", "non-empty", "the text ''"]),
    ("pseudonym blank", {"pseudonym": "   "}, TypeError, ["pseudonym", "non-empty"]),
    ("pseudonym number", {"pseudonym": 5}, TypeError, ["pseudonym", "the number 5"]),
    ("pseudonym too long", {"pseudonym": "A" * 65}, ValueError, ["at most 64 characters", "got 65"]),
    ("salt none", {"salt": None}, TypeError, ["salt must be a string", "got None"]),
    ("salt number", {"salt": 3}, TypeError, ["salt", "the number 3"]),
    ("remove_private text", {"remove_private": "no"}, TypeError, ["remove_private must be True or False", "'no'"]),
    ("remove_private number", {"remove_private": 1}, TypeError, ["remove_private", "the number 1"]),
]


@pytest.mark.parametrize("kwargs, error, words", [c[1:] for c in DEID_CASES], ids=[c[0] for c in DEID_CASES])
def test_deidentify_bad_input(files, ct_ds, kwargs, error, words):
    kwargs = {"ds": ct_ds, **kwargs}
    if kwargs["ds"] == "CSV":
        kwargs["ds"] = files["csv"]
    course_error(error, lambda: dicom.deidentify(**kwargs), *words)


@pytest.mark.parametrize("ds, error, words", [
    (None, TypeError, ["pydicom Dataset", "got None"]),
    (np.zeros(3), TypeError, ["pydicom Dataset", "array of shape (3,)"]),
    ("no/such/file.dcm", FileNotFoundError, ["no file at", "does not exist"]),
], ids=["none", "array", "missing file"])
def test_find_identifying_bad_input(ds, error, words):
    course_error(error, lambda: dicom.find_identifying(ds), *words)


@pytest.mark.parametrize("keywords, error, words", [
    (None, TypeError, ["list of DICOM keywords", "got None"]),
    (3, TypeError, ["list of DICOM keywords", "the number 3"]),
    ("Modality", TypeError, ["one string 'Modality'", "['Modality']"]),
    (["Modality", 3], TypeError, ["list of DICOM keywords", "the number 3"]),
    ([], ValueError, ["keywords is empty"]),
    (["Modalty"], ValueError, ["unknown DICOM keyword", "Modalty"]),
], ids=["none", "number", "one string", "a number inside", "empty", "misspelt"])
def test_header_table_bad_input(ct_ds, keywords, error, words):
    course_error(error, lambda: dicom.header_table(ct_ds, keywords), *words)


@pytest.mark.parametrize("path, error, words", [
    (3, TypeError, ["path must be the path of a DICOM file", "the number 3"]),
    (None, TypeError, ["path", "got None"]),
    ("", TypeError, ["path", "the text ''"]),
    (["a.dcm"], TypeError, ["path", "a list"]),
], ids=["number", "none", "empty text", "list"])
def test_read_dicom_bad_input(path, error, words):
    course_error(error, lambda: dicom.read_dicom(path), *words)


def test_read_dicom_wrong_files(files):
    course_error(DicomFileError, lambda: dicom.read_dicom(files["csv"]), "labs.csv is not a DICOM file", "CSV")
    course_error(IsADirectoryError, lambda: dicom.read_dicom(files["folder"]), "got the folder")
    course_error(TypeError, lambda: dicom.read_dicom(CT_PATH, what=3), "what must be")
    assert dicom.read_dicom(CT_PATH).Modality == "CT"


@pytest.mark.parametrize("junk", JUNK, ids=JUNK_IDS)
def test_junk_never_gives_a_raw_error(ct_ds, junk):
    never_raw(lambda: dicom.to_hounsfield(junk), "ds")
    never_raw(lambda: dicom.window(junk, 40, 400), "image")
    never_raw(lambda: dicom.window([0.0], junk, 400), "level")
    never_raw(lambda: dicom.window([0.0], 40, junk), "width")
    never_raw(lambda: dicom.window_preset(junk), "name")
    never_raw(lambda: dicom.deidentify(ct_ds, pseudonym=junk), "pseudonym")
    never_raw(lambda: dicom.deidentify(ct_ds, salt=junk), "salt")
    never_raw(lambda: dicom.header_table(ct_ds, junk), "keywords")
    never_raw(lambda: dicom.find_identifying(junk), "ds")
    never_raw(lambda: dicom.read_dicom(junk), "path")


def test_no_function_changes_its_inputs(ct_ds):
    ds = copy.deepcopy(ct_ds)
    hu = dicom.to_hounsfield(ds)
    assert ds == ct_ds
    hu_check = unchanged(hu)
    dicom.window(hu, 40, 400)
    hu_check(hu)
    keywords = ["Modality", "PatientName"]
    keywords_check = unchanged(keywords)
    dicom.header_table(ds, keywords)
    keywords_check(keywords)
    dicom.find_identifying(ds)
    dicom.deidentify(ds)
    assert ds == ct_ds and str(ds.PatientName) == str(ct_ds.PatientName)
    values = [[-1000.0, 40.0], [400.0, 3000.0]]
    values_check = unchanged(values)
    dicom.window(values, 40, 400)
    values_check(values)


@settings(max_examples=60, deadline=None)
@given(hu=hnp.arrays(np.float64, hnp.array_shapes(max_dims=3, max_side=5),
                     elements=st.floats(-2000, 4000, allow_nan=False)),
       level=st.floats(-1000, 1000), width=st.floats(1, 4000))
def test_window_properties(hu, level, width):
    """Values in [0, 1], same shape, order kept (a brighter HU is never darker), the input unchanged."""
    before = hu.copy()
    out = dicom.window(hu, level, width)
    np.testing.assert_array_equal(hu, before)
    assert out.shape == hu.shape and out.dtype == np.float32
    assert np.all((out >= 0) & (out <= 1))
    order = np.argsort(hu, axis=None, kind="stable")
    assert np.all(np.diff(out.ravel()[order]) >= -1e-6)
