import json
import shutil

import numpy as np
import pytest

from course_utils import datasets, i18n
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


def test_package_ships_the_checksums_of_the_data_folder():
    shipped = json.loads((files.REPO_DATA_DIR / files.CHECKSUMS).read_text())
    assert files.package_checksums() == shipped, "run python -m course_utils.datasets.build to update the copy"
    assert files.in_repository() and files.default_data_dir() == files.REPO_DATA_DIR


@pytest.fixture
def installed(monkeypatch, tmp_path):
    """Pretend the package is installed (no repository data/ folder): the cache folder is tmp_path."""
    monkeypatch.setattr(files, "in_repository", lambda: False)
    monkeypatch.setenv(files.CACHE_VARIABLE, str(tmp_path))
    return tmp_path / "data"


def test_installed_package_regenerates_the_data_into_the_cache(installed):
    assert files.default_data_dir() == installed and not installed.exists()
    frame = datasets.load_blood_counts()
    assert frame.equals(datasets.load_blood_counts(files.REPO_DATA_DIR))
    assert sorted(p.name for p in installed.iterdir()) == ["blood_counts.csv", "checksums.json"]
    stamp = (installed / "blood_counts.csv").stat().st_mtime_ns
    datasets.load_blood_counts()
    assert (installed / "blood_counts.csv").stat().st_mtime_ns == stamp  # read from the cache, not rebuilt
    with open(installed / "blood_counts.csv", "a") as fh:  # damaged in the cache: rebuilt, not an error
        fh.write("9.9,9.9,9.9,1,1\n")
    assert datasets.load_blood_counts().equals(frame)
    assert datasets.load_blood_counts(installed).equals(frame)  # the cache folder is a valid data_dir too
    (installed / files.CHECKSUMS).write_text('{"blood_counts.csv": "left by an older version"}')
    assert datasets.load_blood_counts().equals(frame)  # the cache's checksums follow the package's


def test_a_regenerated_file_that_differs_is_not_kept(installed, monkeypatch):
    monkeypatch.setattr(files, "package_checksums", lambda: {"blood_counts.csv": "0" * 64})
    with pytest.raises(files.DataFileError, match=r"(?s)differs from the course's file.*NumPy.*data_dir"):
        datasets.load_blood_counts()
    assert not (installed / "blood_counts.csv").exists() and not list(installed.glob("*.part"))


def test_an_unwritable_cache_names_the_variable_to_set(monkeypatch, tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(files, "in_repository", lambda: False)
    monkeypatch.setenv(files.CACHE_VARIABLE, str(blocker))
    with pytest.raises(files.DataFileError, match=r"(?s)Could not write blood_counts.csv.*COURSE_UTILS_CACHE"):
        datasets.load_blood_counts()


def test_build_command_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as info:
        build.main(["--help"])
    assert info.value.code == 0 and "--output FOLDER" in capsys.readouterr().out
    assert not any(tmp_path.iterdir()), "--help must not create a folder named '--help'"
    package_sums = files.PACKAGE_CHECKSUMS.read_bytes()
    assert build.main(["--output", "out"]) == 0
    assert "wrote" in capsys.readouterr().out
    assert json.loads((tmp_path / "out" / files.CHECKSUMS).read_text()) == files.package_checksums()
    assert files.PACKAGE_CHECKSUMS.read_bytes() == package_sums  # only the repository's data/ updates the copy
    assert build.main(["--check", "-o", "out"]) == 0
    with open(tmp_path / "out" / "blood_counts.csv", "a") as fh:
        fh.write("1,1,1,1,1\n")
    assert build.main(["--check", "-o", "out"]) == 1
    assert "blood_counts.csv does not match its checksum" in capsys.readouterr().err
    assert build.main(["--check", "-o", "elsewhere"]) == 1
    assert "checksums.json is missing" in capsys.readouterr().err


def test_french_data_file_messages_and_command_line(tmp_path, monkeypatch, capsys, french):
    """What a student reads in French when the data must be regenerated: the error, then the command's lines."""
    with pytest.raises(files.DataFileError, match=r"(?s)Le fichier de données .* est absent\. Recréez-le .*"
                                                  r"course_utils\.datasets\.build --output"):
        datasets.load_blood_counts(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert build.main(["--output", "out"]) == 0
    assert capsys.readouterr().out.startswith("écrit\u202f: ")
    assert build.main(["--check", "-o", "out"]) == 0
    assert "chaque fichier de données correspond à sa somme de contrôle" in capsys.readouterr().out
    assert build.main(["--check", "-o", "elsewhere"]) == 1
    assert capsys.readouterr().err.startswith("problème\u202f: ")
    assert i18n.tr(datasets.DIABETES_COLUMNS["glu"][0]) == "glycémie"
    with pytest.raises(AttributeError, match="vérifiez l'orthographe"):
        datasets.no_such_loader  # noqa: B018
