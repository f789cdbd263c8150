"""Exercises of notebook 02: plausible wrong answers are rejected with a course message, right ones accepted."""

import numpy as np
import pandas as pd
import pytest
from exercise_support import assert_accepted, assert_basics, assert_rejected
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

from course_utils import datasets, regression
from course_utils.exercises import linear_regression as lr

HOURS = (0, 24)


@pytest.fixture(scope="module")
def context():
    """The notebook's variables, built as the notebook builds them (same data, same seeds)."""
    diabetes = datasets.load_diabetes_frame()
    readings = regression.make_circadian_temperature(n=20, seed=1)
    held_out = regression.make_circadian_temperature(n=200, seed=101)
    val_readings, test_readings = train_test_split(held_out, test_size=0.5, random_state=0)
    return {"diabetes": diabetes, "readings": readings, "val_readings": val_readings, "test_readings": test_readings,
            "degrees": np.arange(0, 13), "HOURS": HOURS}


@pytest.fixture(scope="module")
def nb(context):
    """What the notebook computes around the exercises, to build the students' answers from."""
    d = context["diabetes"]
    x, y = d["bmi"].to_numpy(), d["progression"].to_numpy()
    a = np.sum((x - x.mean()) * (y - y.mean())) / np.sum((x - x.mean()) ** 2)
    b = y.mean() - a * x.mean()
    X_train, X_test, y_train, y_test = train_test_split(d[lr.FEATURES].to_numpy(), y, test_size=0.2,
                                                        random_state=0)
    bmi = lr.FEATURES.index("bmi")
    w_bmi, *_ = np.linalg.lstsq(np.column_stack([np.ones(len(X_train)), X_train[:, bmi]]), y_train, rcond=None)
    r, v, t = context["readings"], context["val_readings"], context["test_readings"]
    hours, temps = r["hour"].to_numpy(), r["temperature"].to_numpy()
    hours_val, temps_val = v["hour"].to_numpy(), v["temperature"].to_numpy()
    val_errors = [rmse(temps_val, curve(fit(hours, temps, d), hours_val)) for d in range(13)]
    return {"x": x, "y": y, "a": a, "b": b, "y_train": y_train, "y_test": y_test, "X_test": X_test,
            "w_bmi": w_bmi, "bmi": bmi, "hours": hours, "temps": temps, "hours_val": hours_val,
            "temps_val": temps_val, "hours_test": t["hour"].to_numpy(), "temps_test": t["temperature"].to_numpy(),
            "best": int(np.argmin(val_errors))}


def fit(hours, temps, degree):
    return np.linalg.lstsq(regression.polynomial_features(hours, degree, HOURS), temps, rcond=None)[0]


def curve(w, hours):
    return regression.polynomial_features(hours, len(w) - 1, HOURS) @ w


def rmse(truth, predicted):
    return np.sqrt(np.mean((np.asarray(truth) - np.asarray(predicted)) ** 2))


@pytest.mark.parametrize("exercise", [lr.exercise_1, lr.exercise_2, lr.exercise_3], ids=lambda e: e.label)
def test_basics(exercise, context, capsys, monkeypatch):
    assert_basics(exercise, context, capsys, monkeypatch)


# ---------------------------------------------------------------------------------------------- exercise 1


@pytest.mark.parametrize("make, words", [
    (lambda n: n["a"] * 23 + n["b"], "BMI of 23"),                       # digits swapped
    (lambda n: n["a"] * 3.2 + n["b"], "BMI of 3.2"),                     # decimal slip
    (lambda n: n["a"] * 30 + n["b"], "BMI of 30"),
    (lambda n: n["b"] * 32 + n["a"], "swapped"),                         # slope and intercept swapped
    (lambda n: n["a"] * 32, "without the intercept"),                    # forgot the intercept
    (lambda n: n["a"] * 32 - n["b"], "subtracts the intercept"),
    (lambda n: -(n["a"] * 32 + n["b"]), "wrong sign"),
    (lambda n: n["b"], "intercept alone"),
    (lambda n: n["a"], "slope alone"),
    (lambda n: n["a"] * (32 - n["x"].mean()), "mean score"),              # centred form without ȳ
    (lambda n: n["y"].mean(), "ignores BMI"),
    (lambda n: n["y"][np.abs(n["x"] - 32) < 0.5].mean(), "close to 32 in the data"),
    (lambda n: n["w_bmi"][0] + n["w_bmi"][1] * 32, "training patients"),   # section 4's line
    (lambda n: round(n["a"] * 32 + n["b"]), "rounded"),
    (lambda n: int(n["a"] * 32 + n["b"]), "rounded"),                      # int() truncation
    (lambda n: 10.2 * 32 - 117.8, "close but not exact"),                  # coefficients rounded too much
    (lambda n: n["a"] * n["x"] + n["b"], "one prediction per patient"),    # the whole column of BMIs
    (lambda n: 500.0, "too large"),
])
def test_exercise_1_wrong(context, nb, make, words):
    assert_rejected(lr.exercise_1, context, words, progression_bmi_32=make(nb))


@pytest.mark.parametrize("make", [
    lambda n: n["a"] * 32 + n["b"],
    lambda n: n["y"].mean() + n["a"] * (32 - n["x"].mean()),                # through the point of means
    lambda n: LinearRegression().fit(n["x"].reshape(-1, 1), n["y"]).predict([[32]]),   # an array of 1 value
    lambda n: pd.Series([n["a"] * 32 + n["b"]]),                           # a column holding one value
    lambda n: np.float32(n["a"] * 32 + n["b"]),
    lambda n: 10.23 * 32 - 117.8,                                           # the printed, rounded line
    lambda n: round(n["a"] * 32 + n["b"], 1),
])
def test_exercise_1_right(context, nb, make):
    assert_accepted(lr.exercise_1, context, progression_bmi_32=make(nb))


# ---------------------------------------------------------------------------------------------- exercise 2


@pytest.mark.parametrize("make, words", [
    (lambda n: np.mean((n["y"] - n["y"].mean()) ** 2), "square root"),     # the MSE
    (lambda n: np.var(n["y"], ddof=1), "square root"),
    (lambda n: n["y"].mean(), "mean score itself"),
    (lambda n: np.mean(np.abs(n["y"] - n["y"].mean())), "mean absolute error"),
    (lambda n: np.sqrt(np.mean((n["y"] - n["a"] * n["x"] - n["b"]) ** 2)), "RMSE of the BMI line"),
    (lambda n: rmse(n["y_test"], n["w_bmi"][0] + n["w_bmi"][1] * n["X_test"][:, n["bmi"]]), "BMI-only"),
    (lambda n: np.std(n["y_train"]), "training"),                          # wrong set of patients
    (lambda n: np.std(n["y_test"], ddof=1), "test"),
    (lambda n: rmse(n["y_test"], n["y_train"].mean()), "test"),
    (lambda n: np.sum((n["y"] - n["y"].mean()) ** 2), "total squared error"),
    (lambda n: np.sqrt(np.sum((n["y"] - n["y"].mean()) ** 2)), "*total*"),
    (lambda n: np.mean(n["y"] - n["y"].mean()), "cancel"),                  # no square
    (lambda n: np.sqrt(np.mean(n["y"] ** 2)), "subtract the mean"),
    (lambda n: rmse(n["y"], np.median(n["y"])), "median"),
    (lambda n: np.std(n["y"]) / np.sqrt(len(n["y"])), "standard error"),
    (lambda n: np.std(n["x"]), "BMIs"),
    (lambda n: -np.std(n["y"]), "negative"),
    (lambda n: round(np.std(n["y"]), 1), "rounded"),
    (lambda n: int(np.std(n["y"])), "rounded"),
    (lambda n: 1 - np.mean((n["y"] - n["a"] * n["x"] - n["b"]) ** 2) / np.var(n["y"]), "R²"),
    (lambda n: n["y"] - n["y"].mean(), "one value per patient"),           # the residuals, not combined
    (lambda n: 100.0, "too large"),
])
def test_exercise_2_wrong(context, nb, make, words):
    assert_rejected(lr.exercise_2, context, words, baseline_rmse=make(nb))


@pytest.mark.parametrize("make", [
    lambda n: np.std(n["y"]),
    lambda n: np.sqrt(np.mean((n["y"] - n["y"].mean()) ** 2)),
    lambda n: rmse(n["y"], np.full(len(n["y"]), n["y"].mean())),
    lambda n: pd.Series(n["y"]).std(ddof=0),
])
def test_exercise_2_right(context, nb, make):
    assert_accepted(lr.exercise_2, context, baseline_rmse=make(nb))


@pytest.mark.parametrize("make", [
    lambda n: np.std(n["y"], ddof=1),                                      # the sample standard deviation
    lambda n: pd.Series(n["y"]).std(),                   # pandas' default is ddof=1
])
def test_exercise_2_accepts_ddof_1_and_says_why(context, nb, make):
    message = assert_accepted(lr.exercise_2, context, baseline_rmse=make(nb))
    assert "ddof" in message and "n − 1" in message


# ---------------------------------------------------------------------------------------------- exercise 3


def _test_error(n, degree):
    return rmse(n["temps_test"], curve(fit(n["hours"], n["temps"], degree), n["hours_test"]))


def _errors(n):
    return n["temps_test"] - curve(fit(n["hours"], n["temps"], n["best"]), n["hours_test"])


def test_exercise_3_chooses_on_validation(nb):
    # the table's winner on validation data; the expected answer is not in any table the notebook shows
    assert nb["best"] == 4


@pytest.mark.parametrize("make, words", [
    (lambda n: rmse(n["temps"], curve(fit(n["hours"], n["temps"], n["best"]), n["hours"])), "training readings"),
    (lambda n: rmse(n["temps_val"], curve(fit(n["hours"], n["temps"], n["best"]), n["hours_val"])),
     "validation readings"),
    (lambda n: rmse(np.r_[n["temps_val"], n["temps_test"]],
                    curve(fit(n["hours"], n["temps"], n["best"]), np.r_[n["hours_val"], n["hours_test"]])), "all 200"),
    (lambda n: _test_error(n, n["best"]) ** 2, "square root"),                 # the MSE
    (lambda n: np.sum(_errors(n) ** 2), "total squared error"),
    (lambda n: _test_error(n, 3), "degree 3"),                                  # off by one
    (lambda n: _test_error(n, 5), "degree 5"),
    (lambda n: _test_error(n, 12), "degree 12"),
    (lambda n: _test_error(n, 0), "constant"),                                  # the baseline
    (lambda n: rmse(n["temps"], curve(fit(n["hours"], n["temps"], 12), n["hours"])), "training error"),
    (lambda n: rmse(n["temps_test"], curve(fit(n["hours_test"], n["temps_test"], n["best"]), n["hours_test"])),
     "fitted on the test"),
    (lambda n: rmse(n["temps"], curve(fit(n["hours_test"], n["temps_test"], n["best"]), n["hours"])), "swaps"),
    (lambda n: rmse(n["temps_test"], curve(fit(np.r_[n["hours"], n["hours_val"]], np.r_[n["temps"], n["temps_val"]],
                                               n["best"]), n["hours_test"])), "refitted"),
    (lambda n: np.std(_errors(n)), "standard deviation"),
    (lambda n: np.mean(np.abs(_errors(n))), "mean absolute error"),
    # unscaled weights (on clock hours) used by a prediction on the rescaled time
    (lambda n: rmse(n["temps_test"], curve(np.polyfit(n["hours"], n["temps"], n["best"])[::-1], n["hours_test"])),
     "two scales"),
    # each set rescaled with its own range instead of the same one
    (lambda n: rmse(n["temps_test"], regression.polynomial_features(
        n["hours_test"], n["best"], (n["hours_test"].min(), n["hours_test"].max())) @ np.linalg.lstsq(
        regression.polynomial_features(n["hours"], n["best"], (n["hours"].min(), n["hours"].max())), n["temps"],
        rcond=None)[0]), "own range"),
    (lambda n: round(_test_error(n, n["best"]), 3), "rounded"),
    (lambda n: -_test_error(n, n["best"]), "negative"),
    (lambda n: fit(n["hours"], n["temps"], n["best"]), "weights"),              # the weights, not the error
    (lambda n: _errors(n), "one value per reading"),
    (lambda n: np.array([_test_error(n, d) for d in range(13)]), "one value per degree"),   # a whole table
    (lambda n: _test_error(n, n["best"]) * 1.005, "close but not exact"),
    (lambda n: 1.0, "too large"),
])
def test_exercise_3_wrong(context, nb, make, words):
    assert_rejected(lr.exercise_3, context, words, test_rmse_chosen=make(nb))


@pytest.mark.parametrize("make", [
    lambda n: _test_error(n, n["best"]),
    lambda n: _test_error(n, 4),                                                # the degree typed in
    # without rescaling: a polynomial of the clock hours is the same curve (np.polyfit, np.polyval)
    lambda n: rmse(n["temps_test"], np.polyval(np.polyfit(n["hours"], n["temps"], n["best"]), n["hours_test"])),
    # rescaled with the training readings' own range, the same for both sets: the same curve again
    lambda n: rmse(n["temps_test"], regression.polynomial_features(
        n["hours_test"], n["best"], (n["hours"].min(), n["hours"].max())) @ np.linalg.lstsq(
        regression.polynomial_features(n["hours"], n["best"], (n["hours"].min(), n["hours"].max())), n["temps"],
        rcond=None)[0]),
    lambda n: np.array([_test_error(n, n["best"])]),
    lambda n: pd.Series([_test_error(n, n["best"])]),
    lambda n: np.float32(_test_error(n, n["best"])),
])
def test_exercise_3_right(context, nb, make):
    assert_accepted(lr.exercise_3, context, test_rmse_chosen=make(nb))
