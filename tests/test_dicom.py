"""Tests of course_utils.dicom on the small real DICOM files bundled with pydicom (no network)."""

from __future__ import annotations

import copy

import numpy as np
import pytest

pydicom = pytest.importorskip("pydicom")
from pydicom.data import get_testdata_file  # noqa: E402
from pydicom.pixels import apply_modality_lut  # noqa: E402

from course_utils import dicom  # noqa: E402


@pytest.fixture(scope="module")
def ct_ds():
    return pydicom.dcmread(get_testdata_file("CT_small.dcm"))


@pytest.fixture(scope="module")
def mr_ds():
    return pydicom.dcmread(get_testdata_file("MR_small.dcm"))


def test_bundled_files_load_offline():
    for name in ("CT_small.dcm", "MR_small.dcm", "liver_1frame.dcm"):
        ds = pydicom.dcmread(get_testdata_file(name))
        assert ds.pixel_array.ndim == 2


def test_to_hounsfield_matches_pydicom_modality_lut(ct_ds):
    hu = dicom.to_hounsfield(ct_ds)
    assert hu.dtype == np.float32 and hu.shape == (128, 128)
    np.testing.assert_allclose(hu, apply_modality_lut(ct_ds.pixel_array, ct_ds), atol=1e-4)
    # the formula written out: stored * slope + intercept
    np.testing.assert_allclose(hu, ct_ds.pixel_array * float(ct_ds.RescaleSlope) + float(ct_ds.RescaleIntercept))
    assert -1100 < hu.min() < -500 and 500 < hu.max() < 3000  # lung and bone are both in this slice


def test_to_hounsfield_rejects_mr_and_bad_input(ct_ds, mr_ds):
    with pytest.raises(ValueError, match="only exist for CT"):
        dicom.to_hounsfield(mr_ds)
    with pytest.raises(TypeError, match="pydicom Dataset"):
        dicom.to_hounsfield(np.zeros((4, 4)))
    no_rescale = copy.deepcopy(ct_ds)
    del no_rescale.RescaleSlope
    with pytest.raises(ValueError, match="RescaleSlope"):
        dicom.to_hounsfield(no_rescale)
    header_only = copy.deepcopy(ct_ds)
    del header_only.PixelData
    with pytest.raises(ValueError, match="no pixel data"):
        dicom.to_hounsfield(header_only)


def test_window_maps_the_range_to_0_1():
    hu = np.array([-1000.0, -160.0, 40.0, 240.0, 1000.0])
    out = dicom.window(hu, level=40, width=400)
    np.testing.assert_allclose(out, [0.0, 0.0, 0.5, 1.0, 1.0])
    assert out.dtype == np.float32
    assert dicom.window([[0.0]], 0, 10).shape == (1, 1)


def test_window_bad_input():
    with pytest.raises(ValueError, match="width"):
        dicom.window([0.0, 1.0], 40, 0)
    with pytest.raises(TypeError, match="level"):
        dicom.window([0.0], "40", 400)
    with pytest.raises(TypeError, match="level"):
        dicom.window([0.0], float("nan"), 400)
    with pytest.raises(TypeError):
        dicom.window("image", 40, 400)


def test_window_presets():
    assert dicom.window_preset("lung") == (-600.0, 1500.0)
    assert dicom.window_preset("soft tissue") == (40.0, 400.0)
    level, width = dicom.window_preset("bone")
    assert level > 200 and width > 1000
    with pytest.raises(ValueError, match="one of"):
        dicom.window_preset("kidney stone")


def test_deidentify_removes_identifiers_and_keeps_original(ct_ds):
    assert "PatientName" in dicom.find_identifying(ct_ds)
    assert "(private tags)" in dicom.find_identifying(ct_ds)
    clean, report = dicom.deidentify(ct_ds, pseudonym="ANON-0042")
    assert dicom.find_identifying(clean) == []
    assert str(clean.PatientName) == "ANON-0042" and clean.PatientID == "ANON-0042"
    assert "InstitutionName" not in clean and "OtherPatientIDsSequence" not in clean
    assert clean.StudyDate == "" and clean.PatientIdentityRemoved == "YES"
    assert not any(elem.tag.is_private for elem in clean)
    assert clean.SOPInstanceUID != ct_ds.SOPInstanceUID
    assert clean.file_meta.MediaStorageSOPInstanceUID == clean.SOPInstanceUID
    # clinically useful fields stay
    assert clean.PatientSex == ct_ds.PatientSex and clean.PixelSpacing == ct_ds.PixelSpacing
    np.testing.assert_array_equal(clean.pixel_array, ct_ds.pixel_array)
    # the original is untouched
    assert str(ct_ds.PatientName) == "CompressedSamples^CT1" and "InstitutionName" in ct_ds
    keywords = {row["keyword"] for row in report}
    assert {"PatientName", "InstitutionName", "StudyInstanceUID", "(private tags)"} <= keywords
    assert all(row["reason"] for row in report)
    assert "PatientBirthDate" not in keywords  # already empty: nothing to report


def test_deidentify_uids_are_consistent_and_salted(ct_ds):
    a, _ = dicom.deidentify(ct_ds, salt="s1")
    b, _ = dicom.deidentify(ct_ds, salt="s1")
    c, _ = dicom.deidentify(ct_ds, salt="s2")
    assert a.StudyInstanceUID == b.StudyInstanceUID  # same study -> same new UID: files stay linked
    assert a.StudyInstanceUID != c.StudyInstanceUID


def test_deidentify_caps_old_ages_and_can_keep_private(ct_ds):
    old = copy.deepcopy(ct_ds)
    old.PatientAge = "094Y"
    clean, report = dicom.deidentify(old, remove_private=False)
    assert clean.PatientAge == "090Y"
    assert any(row["keyword"] == "PatientAge" for row in report)
    assert any(elem.tag.is_private for elem in clean)
    assert dicom.find_identifying(clean) == ["(private tags)"]


def test_deidentify_bad_input(ct_ds):
    with pytest.raises(TypeError, match="pydicom Dataset"):
        dicom.deidentify({"PatientName": "x"})
    with pytest.raises(TypeError, match="pseudonym"):
        dicom.deidentify(ct_ds, pseudonym="")
    with pytest.raises(TypeError, match="salt"):
        dicom.deidentify(ct_ds, salt=3)
    with pytest.raises(FileNotFoundError, match="no file at"):  # a string is read as the path of a DICOM file
        dicom.find_identifying("not a dataset")
    with pytest.raises(TypeError, match="pydicom Dataset"):
        dicom.find_identifying(3)


def test_header_table(ct_ds):
    table = dicom.header_table(ct_ds, ["Modality", "RescaleIntercept", "OtherPatientIDsSequence", "PatientAddress"])
    assert table.loc["Modality", "value"] == "CT"
    assert table.loc["OtherPatientIDsSequence", "value"] == "2 item(s)"
    assert table.loc["PatientAddress", "value"] == "(absent)"
    with pytest.raises(ValueError, match="unknown DICOM keyword"):
        dicom.header_table(ct_ds, ["Modalty"])
    with pytest.raises(TypeError):
        dicom.header_table(ct_ds, "Modality")


def test_deidentification_report_and_table_in_french(ct_ds, french):
    _, report = dicom.deidentify(ct_ds)
    reasons = {line["keyword"]: line["reason"] for line in report}
    assert reasons["PatientName"] == "identifiant direct"
    assert all(line["new"] == "(supprimé)" for line in report if line["action"] == "remove")
    table = dicom.header_table(ct_ds, ["Modality", "PatientAddress"])
    assert table.loc["PatientAddress", "value"] == "(absente)"
