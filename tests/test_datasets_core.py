import json
import shutil

import numpy as np
import pytest

from course_utils import datasets
from course_utils.datasets import build, files


def test_breast_cancer_frame():
    df = datasets.load_breast_cancer_frame()
    assert df.shape == (569, 31) and "mean_radius" in df.columns
    assert df["malignant"].sum() == 212  # 212 malignant, 357 benign


def test_diabetes_frame_has_original_units():
    df = datasets.load_diabetes_frame()
    assert df.shape == (442, 11) and list(df.columns) == list(datasets.DIABETES_COLUMNS)
    assert 18 <= df["bmi"].min() and df["bmi"].max() < 45 and df["age"].max() > 70
    assert 25 <= df["progression"].min() and df["progression"].max() <= 346


def test_blood_counts_are_seeded_and_labelled_by_rule():
    a = datasets.make_blood_counts(300, seed=1)
    b = datasets.make_blood_counts(300, seed=1)
    assert a.equals(b) and not a.equals(datasets.make_blood_counts(300, seed=2))
    assert list(a.columns) == ["red_cells", "white_cells", "haemoglobin", "sex", "alert"]
    assert set(a["sex"]) == {1, 2} and 0.2 < a["alert"].mean() < 0.7
    recomputed = datasets.blood_alert(a.red_cells, a.white_cells, a.haemoglobin, a.sex)
    assert np.array_equal(recomputed, a["alert"].to_numpy())


def test_blood_alert_rule_on_the_seed_examples():
    # the source slides' table: (red cells, white cells, sex) -> alert
    alert = datasets.blood_alert([3.1, 4.2, 4.6, 1.9], [5.3, 6.2, 7.5, 4.4], [14, 13, 13, 13], [1, 2, 2, 2])
    assert alert.tolist() == [1, 0, 0, 1]


def test_blood_bad_input():
    with pytest.raises(ValueError, match="n \\(number of patients\\) must be >= 1, got 0"):
        datasets.make_blood_counts(0)
    with pytest.raises(TypeError):
        datasets.make_blood_counts("100")
    with pytest.raises(ValueError, match="strictly between 0 and 1"):
        datasets.make_blood_counts(10, abnormal_fraction=1.5)
    with pytest.raises(ValueError, match="coded 1 \\(male\\) or 2 \\(female\\)"):
        datasets.blood_alert([5], [5], [14], [0])
    with pytest.raises(ValueError, match="shape"):
        datasets.blood_alert([5, 5], [5], [14], [1])


def test_data_folder_is_what_the_build_script_makes(tmp_path):
    sums = build.build(tmp_path)
    shipped = json.loads((files.DATA_DIR / files.CHECKSUMS).read_text())
    assert sums == shipped, "data/ is out of date: run python -m course_utils.datasets.build"
    assert datasets.load_blood_counts().shape == (1000, 5)


def test_missing_and_corrupted_files_name_the_fix(tmp_path):
    with pytest.raises(files.DataFileError, match=r"(?s)missing.*course_utils\.datasets\.build"):
        datasets.load_blood_counts(tmp_path)
    shutil.copy(files.DATA_DIR / "blood_counts.csv", tmp_path)
    with pytest.raises(files.DataFileError, match="No checksum"):
        datasets.load_blood_counts(tmp_path)
    shutil.copy(files.DATA_DIR / files.CHECKSUMS, tmp_path)
    assert datasets.load_blood_counts(tmp_path).shape == (1000, 5)
    with open(tmp_path / "blood_counts.csv", "a") as fh:
        fh.write("9.9,9.9,9.9,1,1\n")
    with pytest.raises(files.DataFileError, match=r"(?s)corrupted.*course_utils\.datasets\.build"):
        datasets.load_blood_counts(tmp_path)
    with pytest.raises(TypeError):
        files.data_path(3)


def test_unknown_attribute():
    with pytest.raises(AttributeError):
        datasets.no_such_loader  # noqa: B018


def test_lazy_names_resolve_to_their_modules():
    for name, module in datasets._LAZY.items():
        assert getattr(datasets, name) is getattr(__import__(f"course_utils.datasets.{module}", fromlist=[name]), name)
    assert datasets.ecg.__name__ == "course_utils.datasets.ecg"
