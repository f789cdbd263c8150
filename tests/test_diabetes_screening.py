"""Tests of the synthetic diabetes-screening generator (course_utils.datasets.diabetes_screening)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from course_utils import i18n
from course_utils.datasets.diabetes_screening import (
    COLUMNS,
    FEATURES,
    diabetes_probability,
    make_diabetes_screening,
)


@pytest.fixture(scope="module")
def frame():
    return make_diabetes_screening(n=4000, seed=3)


def test_columns_types_and_ranges(frame):
    assert list(frame.columns) == COLUMNS
    assert frame.shape == (4000, 10)
    for name, (_, _, (low, high)) in FEATURES.items():
        assert frame[name].between(low, high).all(), name
    for name in ("Pregnancies", "PlasmaGlucose", "SerumInsulin", "Age", "Diabetic"):
        assert np.issubdtype(frame[name].dtype, np.integer), name
    assert set(frame["Diabetic"].unique()) == {0, 1}
    assert frame["PatientID"].is_unique and frame["PatientID"].between(1_000_000, 1_999_999).all()


def test_same_seed_same_table_other_seed_other_table():
    a = make_diabetes_screening(n=300, seed=7)
    pd.testing.assert_frame_equal(a, make_diabetes_screening(n=300, seed=7))
    assert not a.equals(make_diabetes_screening(n=300, seed=8))


def test_realistic_summary_statistics(frame):
    assert 0.28 < frame["Diabetic"].mean() < 0.45
    assert 95 < frame["PlasmaGlucose"].mean() < 120
    assert 28 < frame["BMI"].mean() < 35
    assert frame["Age"].median() < frame["Age"].mean()  # skewed to young adults
    # plausible directions: glucose, BMI, age, family history higher in diabetics
    by = frame.groupby("Diabetic").mean()
    for name in ("PlasmaGlucose", "BMI", "Age", "DiabetesPedigree"):
        assert by.loc[1, name] > by.loc[0, name], name
    # correlated measurements: skin fold follows BMI, pregnancies follow age
    assert frame["TricepsThickness"].corr(frame["BMI"]) > 0.6
    assert frame["Pregnancies"].corr(frame["Age"]) > 0.3


def test_probability_is_the_labelling_rule(frame):
    p = diabetes_probability(frame)
    assert p.shape == (len(frame),) and np.all((p > 0) & (p < 1))
    y = frame["Diabetic"].to_numpy()
    assert abs(p.mean() - y.mean()) < 0.03  # labels are drawn from p
    assert p[y == 1].mean() > p[y == 0].mean() + 0.3
    # insulin U-shape: the risk is higher at both ends for the same other values
    base = {name: np.full(3, v) for name, v in zip(FEATURES, [1, 120, 70, 25, 90, 30.0, 0.4, 30])}
    base["SerumInsulin"] = np.array([25.0, 90.0, 400.0])
    q = diabetes_probability(base)
    assert q[0] > q[1] < q[2]


def test_bad_inputs():
    with pytest.raises(ValueError, match=">= 1"):
        make_diabetes_screening(n=0)
    with pytest.raises(TypeError, match="integer"):
        make_diabetes_screening(n=10.5)
    with pytest.raises(ValueError, match=">= 0"):
        make_diabetes_screening(n=10, seed=-1)
    with pytest.raises(KeyError, match="lacks"):
        diabetes_probability(pd.DataFrame({"Age": [30]}))
    with pytest.raises(TypeError, match="DataFrame"):
        diabetes_probability("table.csv")
    bad = make_diabetes_screening(n=3, seed=0)
    bad.loc[0, "SerumInsulin"] = 0
    with pytest.raises(ValueError, match="SerumInsulin must lie between 14 and 799"):
        diabetes_probability(bad)


def test_french_messages_keep_the_columns_and_use_the_decimal_comma(french):
    bad = make_diabetes_screening(n=3, seed=0)
    assert list(bad.columns) == COLUMNS  # the data do not change with the language
    bad.loc[1, "BMI"] = 70.5
    with pytest.raises(ValueError, match="BMI doit être compris entre 18,0 et 60,0 kg/m² .* reçu\u202f: 70,5 à la "
                                         "ligne 1"):
        diabetes_probability(bad)
    bad = make_diabetes_screening(n=3, seed=0)
    bad.loc[0, "Age"] = 16
    with pytest.raises(ValueError, match="Vérifiez l'unité\u202f: années"):
        diabetes_probability(bad)
    with pytest.raises(KeyError, match="il manque à frame"):
        diabetes_probability(pd.DataFrame({"Age": [30]}))
    assert i18n.tr(FEATURES["TricepsThickness"][0]) == "épaisseur du pli cutané tricipital"
