"""A seeded generator of synthetic diabetes-screening records (see ``data/README.md``).

It imitates the table used in the source course's demo (8 clinical measurements of women aged 21 or
more and a ``Diabetic`` label, 15,000 rows) with realistic units and ranges. Every patient is invented:
the relations below are plausible, written by hand for teaching, and must not be used to draw any
clinical conclusion.

How a patient is made (all random draws from one seeded generator):

1. ``Age`` (years, 21-80, skewed to the twenties), ``Pregnancies`` (Poisson, more with age),
   ``BMI`` (kg/m², about 31 +/- 7.5) and ``DiabetesPedigree`` (family-history score, log-normal,
   median 0.40).
2. A hidden *insulin resistance* score grows with BMI, age and family history. It raises the 2-hour
   ``PlasmaGlucose`` of an oral glucose tolerance test (mg/dL) and the 2-hour ``SerumInsulin`` (µU/mL);
   a hidden *beta-cell reserve* (lower with age) also moves insulin.
3. ``TricepsThickness`` (skin fold, mm) follows BMI; ``DiastolicBloodPressure`` (mmHg) follows BMI and age.
4. ``Diabetic`` is drawn with the probability :func:`diabetes_probability`, a hand-written function of
   the eight measurements: the risk climbs with glucose and steeply above about 135 mg/dL, rises at
   *both* ends of insulin (very low: the pancreas no longer keeps up; very high: insulin resistance),
   with obesity (more so above BMI 38), age, family history, and pregnancies in women under 35.
   The U-shape and the thresholds make the problem non-linear: a logistic regression does well, a small
   MLP does better, and no model can be perfect (the label stays random given the measurements).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from ..i18n import N_, TranslatedDict, number, tr
from ..validation import check_int
from ._checks import CourseKeyError, as_numbers, describe
from .limits import call_text, check_count

#: The 8 measurements, in the source's order, with (description, unit, range).
#: Read in the course's language (``TranslatedDict``): French descriptions and word units after ``setup(lang="fr")``.
FEATURES = TranslatedDict({
    "Pregnancies": (N_("number of past pregnancies"), N_("count"), (0, 14)),
    "PlasmaGlucose": (N_("plasma glucose 2 h into an oral glucose tolerance test"), "mg/dL", (44, 199)),
    "DiastolicBloodPressure": (N_("diastolic blood pressure"), "mmHg", (24, 117)),
    "TricepsThickness": (N_("triceps skin-fold thickness"), "mm", (7, 93)),
    "SerumInsulin": (N_("serum insulin 2 h into the glucose test"), "µU/mL", (14, 799)),
    "BMI": (N_("body-mass index"), "kg/m²", (18.0, 60.0)),
    "DiabetesPedigree": (N_("diabetes pedigree function (family-history score)"), N_("no unit"), (0.078, 2.42)),
    "Age": (N_("age"), N_("years"), (21, 80)),
})
LABEL = "Diabetic"
COLUMNS = ["PatientID", *FEATURES, LABEL]
#: Size limit of :func:`make_diabetes_screening`, and the memory one patient takes while the table is made.
MAX_PATIENTS = 1_000_000
BYTES_PER_PATIENT = 260


def _relu(x: np.ndarray) -> np.ndarray:
    return np.maximum(x, 0.0)


def diabetes_probability(frame: Any) -> np.ndarray:
    """The generator's true probability of ``Diabetic = 1`` given the 8 measurements.

    This is the hand-written rule the labels were drawn from (see the module docstring); it tells how
    well an ideal model could do on this synthetic data. It is not a clinical risk score.

    Args:
        frame: a pandas DataFrame (or dict of arrays) with the 8 columns of :data:`FEATURES`, each of
            shape ``(n_patients,)``, in the units and within the ranges of :data:`FEATURES` (the rule is only
            defined there: a value outside, often a unit mistake, is refused). Other columns are ignored.

    Returns:
        Probabilities between 0 and 1, shape ``(n_patients,)``.
    """
    v = _feature_columns(frame)
    g = (v["PlasmaGlucose"] - 120.0) / 25.0          # 0 at 120 mg/dL, +1 per 25 mg/dL
    ins = (np.log(v["SerumInsulin"]) - np.log(90.0)) / 0.6  # 0 at 90 µU/mL
    score = (
        -1.8
        + 0.8 * g + 2.0 * _relu(g - 0.6)              # glucose, steeper above ~135 mg/dL
        + 0.9 * _relu(g) * _relu(-ins)                # high glucose with little insulin
        + 0.9 * ins**2                                # both very low and very high insulin
        + 0.05 * (v["BMI"] - 31.5) + 1.2 * _relu((v["BMI"] - 38.0) / 5.0)
        + 0.025 * (v["Age"] - 33.0)
        + 0.8 * np.log(v["DiabetesPedigree"] / 0.4)
        + 0.35 * v["Pregnancies"] * (v["Age"] < 35)
        + 0.01 * (v["DiastolicBloodPressure"] - 70.0)
    )
    return 1.0 / (1.0 + np.exp(-1.5 * score))


def _feature_columns(frame: Any) -> dict[str, np.ndarray]:
    """The 8 columns of :data:`FEATURES` of ``frame`` as 1-D float arrays of one length, within their ranges."""
    module = type(frame).__module__ or ""
    if not (isinstance(frame, Mapping) or (module.startswith("pandas") and type(frame).__name__ == "DataFrame")):
        fix = ""
        if isinstance(frame, np.ndarray) and frame.ndim == 2 and frame.shape[1] == len(FEATURES):
            fix = " " + tr("Name its columns first: pd.DataFrame(X, columns=list(FEATURES)).")
        raise TypeError(tr("frame must be a table with named columns (a pandas DataFrame, or a dict of arrays) "
                           "holding {features}, got {received}.", features=list(FEATURES), received=describe(frame))
                        + fix)
    missing = [c for c in FEATURES if c not in frame]
    if missing:
        lower = {str(k).lower(): k for k in frame}
        near = {c: lower[c.lower()] for c in missing if c.lower() in lower}
        hint = " " + tr("Columns with other capitals: {near} (rename them).", near=near) if near else ""
        raise CourseKeyError(tr("frame lacks the column(s) {missing}; it needs {features} "
                                "(as made by make_diabetes_screening).", missing=missing, features=list(FEATURES))
                             + hint)
    v = {}
    for c, (_, unit, (low, high)) in FEATURES.items():
        arr = np.atleast_1d(as_numbers(frame[c], c, tr("numbers in {unit}, one per patient", unit=tr(unit))))
        if arr.ndim != 1:
            raise ValueError(tr("{name} must be a column of one value per patient (1-D), got shape {shape}.",
                                name=c, shape=arr.shape))
        outside = np.flatnonzero((arr < low) | (arr > high))
        if len(outside):
            i = int(outside[0])
            raise ValueError(tr("{name} must lie between {low} and {high} {unit} (the range the rule was written for), "
                                "got {value} in row {row} ({count} value(s) outside). Check the unit: {unit}.",
                                name=c, low=number(low, ""), high=number(high, ""), unit=tr(unit),
                                value=number(arr[i], "g"), row=i, count=len(outside)))
        v[c] = arr
    lengths = {c: len(arr) for c, arr in v.items()}
    if len(set(lengths.values())) > 1:
        raise ValueError(tr("every column must have the same length (one value per patient), got {lengths}.",
                            lengths=lengths))
    return v


def make_diabetes_screening(n: int = 15000, seed: int = 0) -> Any:
    """Generate ``n`` synthetic screening records with the ``Diabetic`` label (about 36 % positive).

    Args:
        n: number of patients (1 to :data:`MAX_PATIENTS` = 1,000,000, about 250 MB while the table is made;
            the course uses 15,000 like the source demo).
        seed: random seed (>= 0): same seed, same table.

    Returns:
        pandas DataFrame of shape ``(n, 10)`` with columns ``PatientID`` (a made-up 7-digit identifier,
        not a feature), the 8 measurements of :data:`FEATURES` (integers except ``BMI`` with 2 decimals
        and ``DiabetesPedigree`` with 3) and ``Diabetic`` (1 = diabetic, 0 = not).

    Example:
        >>> df = make_diabetes_screening(n=5, seed=1)
        >>> list(df.columns)[:3]
        ['PatientID', 'Pregnancies', 'PlasmaGlucose']
    """
    import pandas as pd

    n = check_int(n, tr("n (number of patients)"), minimum=1)
    check_count(n, MAX_PATIENTS, BYTES_PER_PATIENT, call_text("make_diabetes_screening", n=n),
                "patient",  # the same word in French
                tr("Ask for fewer patients: the course uses 15,000, like the source demo."))
    seed = check_int(seed, "seed", minimum=0)
    rng = np.random.default_rng(seed)

    age = np.clip(21 + rng.gamma(1.3, 10.0, n), 21, 80).round()
    pregnancies = np.clip(rng.poisson(np.clip(0.13 * (age - 19), 0.3, 6.0)), 0, 14)
    bmi = np.clip(rng.normal(31.5, 7.5, n) + 0.04 * (age - 33), 18.0, 60.0).round(2)
    pedigree = np.clip(rng.lognormal(np.log(0.40), 0.65, n), 0.078, 2.42).round(3)

    resistance = (0.07 * (bmi - 31.5) + 0.015 * (age - 33) + 0.45 * np.log(pedigree / 0.4)
                  + rng.normal(0.0, 1.0, n))
    glucose = np.clip(105 + 20 * resistance + rng.normal(0.0, 18.0, n), 44, 199).round()
    reserve = rng.normal(0.0, 1.0, n) - 0.02 * (age - 33)
    insulin = np.clip(np.exp(np.log(90.0) + 0.35 * resistance + 0.45 * reserve + rng.normal(0.0, 0.35, n)),
                      14, 799).round()
    triceps = np.clip(12 + 0.85 * (bmi - 18) + rng.normal(0.0, 6.0, n), 7, 93).round()
    diastolic = np.clip(62 + 0.35 * (bmi - 31.5) + 0.3 * (age - 33) + rng.normal(0.0, 11.0, n), 24, 117).round()

    frame = pd.DataFrame({
        "PatientID": rng.choice(np.arange(1_000_000, 2_000_000), size=n, replace=False),
        "Pregnancies": pregnancies.astype(int),
        "PlasmaGlucose": glucose.astype(int),
        "DiastolicBloodPressure": diastolic.astype(int),
        "TricepsThickness": triceps.astype(int),
        "SerumInsulin": insulin.astype(int),
        "BMI": bmi,
        "DiabetesPedigree": pedigree,
        "Age": age.astype(int),
    })
    frame[LABEL] = (rng.random(n) < diabetes_probability(frame)).astype(int)
    return frame
