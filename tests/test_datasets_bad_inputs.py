"""Bad inputs to the tabular generators and the data-file helpers of course_utils.datasets (blood counts, diabetes
screening, files, build, limits), and a check that no function changes its inputs; blood_alert's rule on random
values (Hypothesis)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from bad_input_support import JUNK, JUNK_IDS, check_french, course_error, never_raw, unchanged
from hypothesis import given, settings
from hypothesis import strategies as st

from course_utils import datasets
from course_utils.datasets import blood, build, files, limits
from course_utils.datasets.diabetes_screening import FEATURES, diabetes_probability, make_diabetes_screening
from course_utils.datasets.files import DataFileError

ALERT_CASES = [  # (id, red cells, white cells, haemoglobin, sex, error, words)
    ("text values", ["4.5"], [6.0], [14.0], ["M"], TypeError, ["sex", "'M'"]),
    ("sex coded F/M", [4.5], [6.0], [14.0], ["F"], TypeError, ["sex", "'F'"]),
    ("sex coded 0/1", [4.5, 4.5], [6.0, 6.0], [14.0, 14.0], [0, 1], ValueError,
     ["coded 1 (male) or 2 (female)", "got 0 at position 0", "map"]),
    ("sex 1.5", [4.5], [6.0], [14.0], [1.5], ValueError, ["coded 1 (male) or 2 (female)", "1.5"]),
    ("sex 3", [4.5], [6.0], [14.0], [3], ValueError, ["coded 1 (male) or 2 (female)", "got 3"]),
    ("nan", [np.nan], [6.0], [14.0], [1], ValueError, ["red_cells", "nan"]),
    ("lengths differ", [4.5, 4.6], [6.0], [14.0], [1], ValueError, ["red_cells must have shape (1,) like sex", "(2,)"]),
    ("2-D sex", [[4.5]], [[6.0]], [[14.0]], [[1]], ValueError, ["sex must be a 1-D array", "(1, 1)"]),
    ("none", None, [6.0], [14.0], [1], TypeError, ["red_cells", "None"]),
    ("dict", {"rbc": 4.5}, [6.0], [14.0], [1], TypeError, ["red_cells", "a dict"]),
    ("path", "labs.csv", [6.0], [14.0], [1], TypeError, ["red_cells", "'labs.csv'"]),
]


@pytest.mark.parametrize("red, white, hb, sex, error, words", [c[1:] for c in ALERT_CASES],
                         ids=[c[0] for c in ALERT_CASES])
def test_blood_alert_bad_input(red, white, hb, sex, error, words):
    course_error(error, lambda: datasets.blood_alert(red, white, hb, sex), *words)


BLOOD_CASES = [  # (id, keyword arguments, error, words)
    ("n zero", {"n": 0}, ValueError, ["n (number of patients) must be >= 1", "0"]),
    ("n text", {"n": "100"}, TypeError, ["n (number of patients)", "'100'"]),
    ("n float", {"n": 100.0}, TypeError, ["n (number of patients) must be an integer", "100.0"]),
    ("n too large", {"n": 10**12}, ValueError,
     ["make_blood_counts(n=1000000000000)", "260.0 TB", "limit is 1,000,000 patients", "260.0 MB"]),
    ("seed negative", {"seed": -1}, ValueError, ["seed must be >= 0", "-1"]),
    ("seed float", {"seed": 0.5}, TypeError, ["seed", "0.5"]),
    ("fraction zero", {"abnormal_fraction": 0}, ValueError, ["abnormal_fraction", "strictly between 0 and 1"]),
    ("fraction one", {"abnormal_fraction": 1}, ValueError, ["abnormal_fraction", "strictly between 0 and 1"]),
    ("fraction percent", {"abnormal_fraction": 40}, ValueError, ["abnormal_fraction", "40"]),
    ("fraction nan", {"abnormal_fraction": float("nan")}, ValueError, ["abnormal_fraction", "nan"]),
    ("fraction text", {"abnormal_fraction": "0.4"}, TypeError, ["abnormal_fraction", "'0.4'"]),
]


@pytest.mark.parametrize("kwargs, error, words", [c[1:] for c in BLOOD_CASES], ids=[c[0] for c in BLOOD_CASES])
def test_make_blood_counts_bad_input(kwargs, error, words):
    course_error(error, lambda: datasets.make_blood_counts(**{"n": 10, **kwargs}), *words)


def _frame(**changes):
    base = {name: [value, value] for name, value in zip(FEATURES, [1, 120, 70, 25, 90, 30.0, 0.4, 30])}
    base.update(changes)
    return pd.DataFrame(base) if not any(np.ndim(v) == 0 for v in base.values()) else base


PROBABILITY_CASES = [  # (id, frame, error, words)
    ("path", "table.csv", TypeError, ["table with named columns", "the text 'table.csv'"]),
    ("array", np.zeros((3, 8)), TypeError, ["named columns", "array of shape (3, 8)", "pd.DataFrame(X, columns"]),
    ("list", [1, 2], TypeError, ["named columns", "a list of 2 items"]),
    ("none", None, TypeError, ["named columns", "None"]),
    ("missing column", pd.DataFrame({"Age": [30]}), KeyError, ["frame lacks the column(s)", "'Pregnancies'"]),
    ("lower-case columns", pd.DataFrame({n.lower(): [1] for n in FEATURES}), KeyError,
     ["other capitals", "'age'"]),
    ("nan", _frame(Age=[30, np.nan]), ValueError, ["Age", "nan"]),
    ("text", _frame(BMI=["30", "obese"]), TypeError, ["BMI", "'obese'"]),
    ("glucose in mmol/L", _frame(PlasmaGlucose=[6.5, 7.8]), ValueError,
     ["PlasmaGlucose must lie between 44 and 199 mg/dL", "got 6.5 in row 0", "Check the unit"]),
    ("age too young", _frame(Age=[30, 16]), ValueError, ["Age must lie between 21 and 80 years", "16 in row 1"]),
    ("insulin zero", _frame(SerumInsulin=[0, 90]), ValueError, ["SerumInsulin", "got 0 in row 0"]),
    ("lengths differ", {**{n: [1.0, 1.0] for n in FEATURES}, "Age": [30.0]}, ValueError, ["PlasmaGlucose"]),
    ("2-D column", {**{n: np.ones((2, 2)) for n in FEATURES}}, ValueError, ["1-D", "(2, 2)"]),
]


@pytest.mark.parametrize("frame, error, words", [c[1:] for c in PROBABILITY_CASES],
                         ids=[c[0] for c in PROBABILITY_CASES])
def test_diabetes_probability_bad_input(frame, error, words):
    course_error(error, lambda: diabetes_probability(frame), *words)


def test_diabetes_probability_accepts_one_patient_as_numbers():
    one = {name: value for name, value in zip(FEATURES, [1, 120, 70, 25, 90, 30.0, 0.4, 30])}
    assert diabetes_probability(one).shape == (1,)
    in_range = _frame()
    in_range["Age"] = [30, 40]
    assert diabetes_probability({**one, "Age": [30, 40], **{k: [v, v] for k, v in one.items() if k != "Age"}}).shape \
        == (2,)


@pytest.mark.parametrize("kwargs, error, words", [
    ({"n": 0}, ValueError, ["n (number of patients) must be >= 1"]),
    ({"n": 10.5}, TypeError, ["n (number of patients) must be an integer", "10.5"]),
    ({"n": "10"}, TypeError, ["n (number of patients)", "'10'"]),
    ({"n": 5_000_000}, ValueError, ["make_diabetes_screening(n=5000000)", "1.3 GB", "limit is 1,000,000 patients"]),
    ({"seed": -1}, ValueError, ["seed must be >= 0"]),
    ({"seed": None}, TypeError, ["seed", "None"]),
], ids=["n zero", "n float", "n text", "n too large", "seed negative", "seed none"])
def test_make_diabetes_screening_bad_input(kwargs, error, words):
    course_error(error, lambda: make_diabetes_screening(**{"n": 10, **kwargs}), *words)


@pytest.fixture
def folders(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    return {"empty": empty, "file": a_file, "missing": tmp_path / "nowhere"}


FILE_CASES = [  # (id, call given the folders, error, words)
    ("data_dir number", lambda f: datasets.load_blood_counts(3), TypeError,
     ["data_dir must be the path of a folder", "the number 3"]),
    ("data_dir is a file", lambda f: datasets.load_blood_counts(f["file"]), NotADirectoryError,
     ["data_dir must be a folder", "notes.txt"]),
    ("data_dir missing", lambda f: datasets.load_blood_counts(f["missing"]), DataFileError,
     ["existing folder", "nowhere", "does not exist", "--output"]),
    ("data_dir empty", lambda f: datasets.load_blood_counts(f["empty"]), DataFileError,
     ["blood_counts.csv is missing", "course_utils.datasets.build --output"]),
    ("name number", lambda f: files.data_path(3), TypeError, ["name must be a file name", "the number 3"]),
    ("name empty", lambda f: files.data_path(""), TypeError, ["name must be a file name", "''"]),
    ("name with a folder", lambda f: files.data_path("../README.md"), ValueError,
     ["plain file name", "'../README.md'", "data_dir"]),
    ("verify name none", lambda f: files.verify_file(None), TypeError, ["name must be a file name", "None"]),
    ("unknown name", lambda f: files.verify_file("blood.csv"), DataFileError,
     ["one of the course's data files ['blood_counts.csv']", "'blood.csv'"]),
    ("digest number", lambda f: files.file_digest(3), TypeError, ["path must be the path of a file", "the number 3"]),
    ("digest folder", lambda f: files.file_digest(f["empty"]), IsADirectoryError, ["got the folder"]),
    ("digest missing", lambda f: files.file_digest(f["missing"]), FileNotFoundError, ["no file at", "nowhere"]),
    ("digest algorithm", lambda f: files.file_digest(f["file"], "crc32"), ValueError,
     ["algorithm must be one of", "'crc32'"]),
    ("build number", lambda f: build.build(3), TypeError, ["data_dir", "the number 3"]),
    ("build into a file", lambda f: build.build(f["file"]), NotADirectoryError, ["data_dir must be a folder"]),
    ("check a file", lambda f: build.check(f["file"]), NotADirectoryError, ["data_dir must be a folder"]),
]


@pytest.mark.parametrize("call, error, words", [c[1:] for c in FILE_CASES], ids=[c[0] for c in FILE_CASES])
def test_data_files_bad_input(folders, call, error, words):
    course_error(error, lambda: call(folders), *words)


def test_a_file_with_the_wrong_columns_is_named(tmp_path):
    (tmp_path / "blood_counts.csv").write_text("a,b\n1,2\n")
    sums = {"blood_counts.csv": files.file_digest(tmp_path / "blood_counts.csv")}
    (tmp_path / files.CHECKSUMS).write_text(__import__("json").dumps(sums))
    course_error(DataFileError, lambda: datasets.load_blood_counts(tmp_path), "columns ['a', 'b']", "expected")


@pytest.mark.parametrize("argv, status, words", [
    (["--output"], 2, ["expected one argument"]),
    (["--bogus"], 2, ["unrecognized arguments: --bogus"]),
    (["--output", "NOTES"], 2, ["--output must be a folder", "NOTES"]),
], ids=["output without folder", "unknown option", "output is a file"])
def test_build_command_line_bad_input(tmp_path, monkeypatch, capsys, argv, status, words):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "NOTES").write_text("a file")
    with pytest.raises(SystemExit) as info:
        build.main(argv)
    assert info.value.code == status
    err = capsys.readouterr().err
    assert err.startswith("usage: python -m course_utils.datasets.build")
    for word in words:
        assert word in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["NOTES"]  # nothing written


def test_limits_format_and_refuse():
    assert limits.format_bytes(999) == "999 bytes" and limits.format_bytes(28_672) == "28.7 kB"
    assert limits.format_bytes(2.9e9) == "2.9 GB" and limits.format_bytes(2.6e14) == "260.0 TB"
    limits.check_memory(limits.MAX_BYTES, "f()", 1.0, "row", "")  # at the limit: accepted
    # the fix sentence is the caller's (already in the course's language): here one with no English prose
    course_error(ValueError, lambda: limits.check_memory(2e9, "f(n=2)", 1e9, "row", "f(n=1)."),
                 "f(n=2) would take about 2.0 GB", "1.0 GB per row", "at most 1 row", "f(n=1).")


def test_unknown_names_of_the_package():
    with pytest.raises(AttributeError, match="no attribute 'load_blood'") as info:
        datasets.load_blood  # noqa: B018
    check_french(lambda: datasets.load_blood, str(info.value))


def test_build_command_line_refuses_a_file_in_french(tmp_path, monkeypatch, capsys):
    from course_utils import i18n

    monkeypatch.chdir(tmp_path)
    (tmp_path / "NOTES").write_text("a file")
    monkeypatch.setattr(i18n, "_language", "fr")
    with pytest.raises(SystemExit):
        build.main(["--output", "NOTES"])
    assert "--output doit être un dossier, reçu\u202f: le fichier NOTES" in capsys.readouterr().err


@pytest.mark.parametrize("junk", JUNK, ids=JUNK_IDS)
def test_junk_never_gives_a_raw_error(junk):
    never_raw(lambda: datasets.blood_alert(junk, [6.0], [14.0], [1]), "red_cells")
    never_raw(lambda: datasets.blood_alert([4.5], [6.0], [14.0], junk), "sex")
    for name in ("n", "seed", "abnormal_fraction"):
        never_raw(lambda name=name: datasets.make_blood_counts(**{"n": 5, name: junk}), name)
    never_raw(lambda: datasets.load_blood_counts(junk), "data_dir")
    never_raw(lambda: diabetes_probability(junk), "frame")
    never_raw(lambda: diabetes_probability({**_frame(), "Age": junk}), "Age")
    never_raw(lambda: make_diabetes_screening(junk), "n")
    never_raw(lambda: files.data_path(junk), "name")
    never_raw(lambda: files.file_digest(junk), "path")


def test_no_function_changes_its_inputs():
    table = datasets.make_blood_counts(20, seed=1)
    table_check = unchanged(table)
    datasets.blood_alert(table.red_cells, table.white_cells, table.haemoglobin, table.sex)
    lists = ([4.5, 3.0], [6.0, 12.0], [14.0, 10.0], [1, 2])
    lists_check = unchanged(list(lists))
    datasets.blood_alert(*lists)
    table_check(table)
    lists_check(list(lists))
    screening = make_diabetes_screening(30, seed=2)
    screening_check = unchanged(screening)
    diabetes_probability(screening)
    screening_check(screening)


@settings(max_examples=100, deadline=None)
@given(red=st.floats(1, 8), white=st.floats(0.5, 40), hb=st.floats(4, 22), sex=st.sampled_from([1, 2]))
def test_blood_alert_is_the_reference_range_rule(red, white, hb, sex):
    """Alert exactly when a value lies outside the sex's reference range; sex given as 1.0 works like 1."""
    ranges = blood.REFERENCE_RANGES
    outside = any(not ranges[name][sex][0] <= value <= ranges[name][sex][1]
                  for name, value in (("red_cells", red), ("white_cells", white), ("haemoglobin", hb)))
    assert datasets.blood_alert([red], [white], [hb], [sex]).tolist() == [int(outside)]
    assert datasets.blood_alert(red, white, hb, float(sex)).tolist() == [int(outside)]


@settings(max_examples=60, deadline=None)
@given(sex=st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10, 10)))
def test_blood_alert_refuses_any_other_sex_code(sex):
    if sex in (1, 2):
        return
    with pytest.raises(ValueError) as info:
        datasets.blood_alert([4.5], [6.0], [14.0], [sex])
    assert "sex" in str(info.value)
    check_french(lambda: datasets.blood_alert([4.5], [6.0], [14.0], [sex]), str(info.value))


ANYTHING = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=300),
    st.binary(max_size=300), st.lists(st.integers(), max_size=2000), st.dictionaries(st.text(max_size=50),
                                                                                      st.integers(), max_size=50),
    st.sets(st.integers(), max_size=20), st.builds(object),
)


@settings(max_examples=150, deadline=None)
@given(value=ANYTHING)
def test_describe_is_short_and_never_fails(value):
    """Whatever a student passes, the message describes it in a few words (no dump of a long value)."""
    from course_utils.datasets._checks import describe

    text = describe(value)
    assert isinstance(text, str) and 0 < len(text) < 200 and "object at 0x" not in text


@settings(max_examples=100, deadline=None)
@given(value=ANYTHING)
def test_check_path_refuses_with_course_errors_only(value, tmp_path_factory):
    """A path check raises TypeError (not a path), FileNotFoundError or IsADirectoryError, each naming the argument."""
    from course_utils.datasets._checks import check_path

    try:
        check_path(value, "path", what="a DICOM file")
    except (TypeError, FileNotFoundError, IsADirectoryError) as err:
        assert "path" in str(err) and len(str(err)) < 900


@settings(max_examples=100, deadline=None)
@given(value=ANYTHING)
def test_as_numbers_returns_numbers_or_names_the_argument(value):
    from course_utils.datasets._checks import as_numbers

    result = never_raw(lambda: as_numbers(value, "signal", "an array of numbers"), "signal")
    if isinstance(result, np.ndarray):
        assert result.dtype.kind in "biuf" and np.all(np.isfinite(result))
