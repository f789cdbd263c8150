"""Exercises of notebook 02 (linear regression): a prediction, the mean baseline, and the test error, measured
once, of the polynomial degree chosen on validation data."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from course_utils import regression
from course_utils.exercises.core import Exercise, fail, is_close, known_mistakes, number
from course_utils.i18n import N_, tr
from course_utils.i18n import number as fmt

#: The ten baseline features of notebook 02's section 4, in the notebook's order.
FEATURES = ["age", "sex", "bmi", "bp", "tc", "ldl", "hdl", "tch", "ltg", "glu"]
BMI = 32.0  # the patient of exercise 1 (kg/m²)


# --------------------------------------------------------------------------------------------------- shared


def _bmi_and_scores(diabetes: Any) -> tuple[np.ndarray, np.ndarray]:
    return diabetes["bmi"].to_numpy(dtype=float), diabetes["progression"].to_numpy(dtype=float)


def _line(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """The least-squares slope and intercept (the notebook's ``a_hat``, ``b_hat``)."""
    slope = float(np.sum((x - x.mean()) * (y - y.mean())) / np.sum((x - x.mean()) ** 2))
    return slope, float(y.mean() - slope * x.mean())


def _split(diabetes: Any) -> tuple[np.ndarray, ...]:
    """Section 4's split of the patients: ``X_train, X_test, y_train, y_test`` (20 % test, random_state=0)."""
    from sklearn.model_selection import train_test_split

    return tuple(train_test_split(diabetes[FEATURES].to_numpy(dtype=float), diabetes["progression"].to_numpy(
        dtype=float), test_size=0.2, random_state=0))


def _lstsq(A: np.ndarray, target: np.ndarray) -> np.ndarray:
    return np.linalg.lstsq(A, target, rcond=None)[0]


def _with_ones(X: np.ndarray) -> np.ndarray:
    return np.column_stack([np.ones(len(X)), X])


def _rmse(truth: Any, predicted: Any) -> float:
    return float(np.sqrt(np.mean((np.asarray(truth, dtype=float) - np.asarray(predicted, dtype=float)) ** 2)))


def _size(value: Any) -> int | None:
    """How many values an array-like answer holds (None for anything else), without converting it."""
    shape = getattr(value, "shape", None)
    if isinstance(shape, tuple) and all(isinstance(n, (int, np.integer)) for n in shape):
        return math.prod(shape)
    return None


def _rounded(want: float, name: str, places: tuple[int, ...]) -> list[tuple[float, str]]:
    message = (tr("`{name}` looks rounded (or typed in from a printed value). Store the value your code computes, "
                  "with all its decimals.", name=name))
    values = [round(want, p) for p in places] + [math.trunc(want)]  # rounded, or cut by int()
    return [(v, message) for v in values if not is_close(v, want, 1e-9, relative=True)]


# --------------------------------------------------------------------------------------------------- exercise 1


def _prediction(diabetes: Any) -> dict[str, float]:
    slope, intercept = _line(*_bmi_and_scores(diabetes))
    return {"progression_bmi_32": slope * BMI + intercept}


def _judge_prediction(answers: dict[str, Any], expected: dict[str, float], uses: dict[str, Any]) -> str | None:
    name = "progression_bmi_32"
    x, y = _bmi_and_scores(uses["diabetes"])
    if _size(answers[name]) == len(x):
        fail(tr("`{name}` holds one prediction per patient of the data set. The exercise asks for one patient only: "
                "give the line the BMI 32 kg/m² instead of the column of all BMIs.", name=name))
    got = number(answers[name], name, N_("one number (a score)"))
    want = expected[name]
    if is_close(got, want, 1e-6, relative=True):
        return None
    if is_close(got, want, 0.2):
        return tr("Your value is a little off the exact prediction, probably because you typed rounded values of "
                  "the slope and intercept: using `a_hat` and `b_hat` themselves avoids this.")
    slope, intercept = _line(x, y)
    X_train, _, y_train, _ = _split(uses["diabetes"])
    x_train = X_train[:, FEATURES.index("bmi")]
    train_slope, train_intercept = _line(x_train, y_train)
    near = np.abs(x - BMI) < 0.5
    known_mistakes(got, [
        (slope * BMI, tr("`{name}` is the slope times the BMI, without the intercept: the line is ŷ = a x + b, so "
                         "add `b_hat`.", name=name)),
        (intercept * BMI + slope, tr("`{name}` multiplies the BMI by the intercept and adds the slope: the slope "
                                     "and the intercept are swapped. The slope `a_hat` multiplies the BMI.",
                                     name=name)),
        (slope * BMI - intercept, tr("`{name}` subtracts the intercept `b_hat` instead of adding it (`b_hat` is "
                                     "already negative).", name=name) if intercept < 0 else
         tr("`{name}` subtracts the intercept `b_hat` instead of adding it.", name=name)),
        (-(slope * BMI + intercept), tr("`{name}` has the wrong sign: a progression score is positive.", name=name)),
        (intercept, tr("`{name}` is the intercept alone, the prediction at a BMI of 0: multiply the BMI by the "
                       "slope and add the intercept.", name=name)),
        (slope, tr("`{name}` is the slope alone (points per kg/m²), not a prediction: multiply it by the BMI, then "
                   "add the intercept.", name=name)),
        (slope * (BMI - x.mean()), tr("`{name}` measures from the point of means but forgets to add the mean score "
                                      "ȳ back.", name=name)),
        (y.mean(), tr("`{name}` is the mean score of all patients: that ignores BMI. Use the fitted line.",
                      name=name)),
        (float(y[near].mean()) if near.any() else math.nan,
         tr("`{name}` is the average score of the patients whose BMI is close to 32 in the data. The exercise asks "
            "for the prediction of the fitted line, which uses all 442 patients.", name=name)),
        (train_slope * BMI + train_intercept, tr("`{name}` comes from the line fitted on the training patients only "
                                                 "(section 4). Use `a_hat` and `b_hat`, fitted on all 442 patients.",
                                                 name=name)),
    ], tol=0.05)
    known_mistakes(got, _rounded(want, name, (0,)), tol=1e-6)
    other_bmi = (got - intercept) / slope
    if 0 < other_bmi <= 1000 and abs(other_bmi - round(other_bmi, 1)) < 1e-5 and abs(other_bmi - BMI) > 0.01:
        fail(tr("`{name}` is the line's prediction for a BMI of {bmi} kg/m², not 32 kg/m²: check the BMI you gave "
                "the line.", name=name, bmi=fmt(round(other_bmi, 1), "g")))
    if abs(got - want) < 5:
        fail(tr("`{name}` is close but not exact: did you type rounded values of the slope and intercept? Use "
                "`a_hat` and `b_hat` themselves.", name=name))
    if got > want:
        fail(tr("`{name}` = {got} is not the line's prediction for a BMI of 32 kg/m² yet (too large).", name=name,
                got=fmt(got, ".4g")))
    fail(tr("`{name}` = {got} is not the line's prediction for a BMI of 32 kg/m² yet (too small).", name=name,
            got=fmt(got, ".4g")))


exercise_1 = Exercise(
    label="exercise_1",
    title=N_("a prediction from the fitted line"),
    answers={"progression_bmi_32": N_("one number (a predicted score)")},
    uses=("diabetes",),
    reference=_prediction,
    judge=_judge_prediction,
    hints=(
        N_("The fitted line turns any BMI into a predicted score. Which two numbers define it, and what do you do "
           "with the BMI?"),
        N_("The model is ŷ = a x + b: multiply the patient's BMI by the fitted slope `a_hat`, then add the fitted "
           "intercept `b_hat`. The function `predict` from section 2 computes this too."),
    ),
    solution_code="progression_bmi_32 = predict(a_hat, b_hat, 32)",
    explanation=N_("The prediction is the height of the fitted line at x = 32 kg/m²: slope × 32 + intercept. Like any "
                   "regression line, it describes the average trend, not this one patient's future."),
)


# --------------------------------------------------------------------------------------------------- exercise 2


def _baseline(diabetes: Any) -> dict[str, float]:
    _, y = _bmi_and_scores(diabetes)
    return {"baseline_rmse": float(np.sqrt(np.mean((y - y.mean()) ** 2)))}


def _judge_baseline(answers: dict[str, Any], expected: dict[str, float], uses: dict[str, Any]) -> str | None:
    name = "baseline_rmse"
    x, y = _bmi_and_scores(uses["diabetes"])
    if _size(answers[name]) == len(y):
        fail(tr("`{name}` holds one value per patient (the residuals?). Combine them into one number: square them, "
                "average them, then take the square root.", name=name))
    got = number(answers[name], name, N_("one number (an RMSE in score points)"))
    want = expected[name]
    n = len(y)
    if is_close(got, want, 1e-6, relative=True):
        return None
    if is_close(got, float(np.std(y, ddof=1)), 1e-6, relative=True):
        return tr("You divided by n − 1 (`ddof=1`, the sample standard deviation, which pandas' `.std()` uses): "
                  "accepted. The RMSE itself divides by n (the mean of the squared residuals), like NumPy's default "
                  "`ddof=0`; with 442 patients the two differ by about 0.1 %.")
    residuals = y - y.mean()
    slope, intercept = _line(x, y)
    X_train, X_test, y_train, y_test = _split(uses["diabetes"])
    bmi = FEATURES.index("bmi")
    w_bmi, w_all = _lstsq(_with_ones(X_train[:, [bmi]]), y_train), _lstsq(_with_ones(X_train), y_train)
    training = tr("`{name}` uses only the training patients of section 4. This exercise compares with the line's "
                  "RMSE over all 442 patients (`y`): use the same patients.", name=name)
    test = tr("`{name}` uses only the test patients of section 4. This exercise compares with the line's RMSE over "
              "all 442 patients (`y`): use the same patients.", name=name)
    line_mse = float(np.mean((y - slope * x - intercept) ** 2))
    known_mistakes(got, [
        (np.var(y), tr("`{name}` is the mean squared error, in score²: take its square root to get points.",
                       name=name)),
        (np.var(y, ddof=1), tr("`{name}` is a mean squared error (a variance), in score²: take its square root.",
                               name=name)),
        (np.sum(residuals ** 2), tr("`{name}` is the total squared error (the loss L): divide by the number of "
                                    "patients, then take the square root.", name=name)),
        (np.sqrt(np.sum(residuals ** 2)), tr("`{name}` is the square root of the *total* squared error: take the "
                                             "mean of the squared residuals (divide by the number of patients) "
                                             "before the square root.", name=name)),
        (y.mean(), tr("`{name}` is the mean score itself, which is the baseline's prediction. Its RMSE measures how "
                      "far the patients' scores lie from that prediction.", name=name)),
        (np.sqrt(np.mean(y ** 2)), tr("`{name}` uses the scores themselves instead of the residuals: subtract the "
                                      "mean score from each score first.", name=name)),
        (np.mean(np.abs(residuals)), tr("`{name}` is the mean absolute error (the gaps without their sign). The "
                                        "RMSE squares the gaps, averages them, then takes the square root.",
                                        name=name)),
        (np.mean(np.abs(y - np.median(y))), tr("`{name}` is a mean absolute error around the median. The RMSE "
                                               "squares the gaps to the mean, averages, then takes the square root.",
                                               name=name)),
        (np.sqrt(np.mean((y - np.median(y)) ** 2)), tr("`{name}` is the error of predicting the *median* score. The "
                                                       "baseline predicts the mean score ȳ.", name=name)),
        (np.std(y) / np.sqrt(n), tr("`{name}` is the standard error of the mean (divided by √n): that measures how "
                                    "precisely the mean is known, not how far the patients lie from it.", name=name)),
        (np.std(y, ddof=1) / np.sqrt(n), tr("`{name}` is the standard error of the mean (divided by √n): that "
                                            "measures how precisely the mean is known, not the baseline's error.",
                                            name=name)),
        (np.sqrt(line_mse), tr("`{name}` is the RMSE of the BMI line. The baseline ignores BMI: it predicts the "
                               "mean score for every patient.", name=name)),
        (line_mse, tr("`{name}` is the MSE of the BMI line. The baseline ignores BMI: it predicts the mean score "
                      "for every patient.", name=name)),
        (1 - line_mse / np.var(y), tr("`{name}` is the line's R². The exercise asks for the baseline's RMSE, in "
                                      "score points.", name=name)),
        (_rmse(y_test, _with_ones(X_test[:, [bmi]]) @ w_bmi), tr("`{name}` is the test RMSE of the BMI-only model "
                                                                 "(section 4). The baseline ignores BMI.", name=name)),
        (_rmse(y_test, _with_ones(X_test) @ w_all), tr("`{name}` is the test RMSE of the ten-feature model (section "
                                                       "4). The baseline uses no feature at all.", name=name)),
        (np.std(x), tr("`{name}` is the spread of the BMIs. The RMSE is about the progression scores `y`.",
                       name=name)),
        (np.std(x, ddof=1), tr("`{name}` is the spread of the BMIs. The RMSE is about the progression scores `y`.",
                               name=name)),
        (np.std(y_train), training),
        (np.std(y_train, ddof=1), training),
        (np.std(y_test), test),
        (np.std(y_test, ddof=1), test),
        (_rmse(y_test, np.full(len(y_test), y_train.mean())), test),
    ], tol=1e-6, relative=True)
    known_mistakes(got, [(0.0, tr("`{name}` is zero: the residuals' positive and negative gaps cancel out. Square "
                                  "them before averaging.", name=name))], tol=1e-6)
    known_mistakes(got, [(-want, tr("`{name}` is negative, but an RMSE (a square root) never is.", name=name)),
                         (-np.std(y, ddof=1), tr("`{name}` is negative, but an RMSE (a square root) never is.",
                                                 name=name))],
                   tol=1e-6, relative=True)
    known_mistakes(got, _rounded(want, name, (0, 1, 2)) + _rounded(float(np.std(y, ddof=1)), name, (0, 1, 2)),
                   tol=1e-9)
    if got < 0:
        fail(tr("`{name}` is negative, but an RMSE (a square root of a mean of squares) never is.", name=name))
    if got > want:
        fail(tr("`{name}` = {got} is not the RMSE of predicting the mean score for every patient yet (too large).",
                name=name, got=fmt(got, ".4g")))
    fail(tr("`{name}` = {got} is not the RMSE of predicting the mean score for every patient yet (too small).",
            name=name, got=fmt(got, ".4g")))


exercise_2 = Exercise(
    label="exercise_2",
    title=N_("the baseline that predicts the mean"),
    answers={"baseline_rmse": N_("one number (an RMSE in score points)")},
    uses=("diabetes",),
    reference=_baseline,
    judge=_judge_baseline,
    hints=(
        N_("The baseline gives every patient the same prediction, the mean score ȳ. Its residuals are each patient's "
           "score minus that mean."),
        N_("RMSE = the square root of the mean of the squared residuals, over all 442 patients in `y`: square the "
           "residuals, average them, then take the square root (`np.sqrt`, `np.mean`)."),
    ),
    solution_code="baseline_rmse = np.sqrt(np.mean((y - y.mean()) ** 2))",
    explanation=N_("Predicting the mean for everyone leaves an error equal to the standard deviation of the scores "
                   "(NumPy's `np.std(y)`). A model is useful only if it beats this baseline; the BMI line does, but "
                   "not by much."),
)


# --------------------------------------------------------------------------------------------------- exercise 3


def _hours_and_temps(frame: Any) -> tuple[np.ndarray, np.ndarray]:
    return frame["hour"].to_numpy(dtype=float), frame["temperature"].to_numpy(dtype=float)


def _fit(hours: np.ndarray, temps: np.ndarray, degree: int, span: tuple[float, float]) -> np.ndarray:
    return _lstsq(regression.polynomial_features(hours, degree, span), temps)


def _curve(weights: np.ndarray, hours: np.ndarray, span: tuple[float, float]) -> np.ndarray:
    return regression.polynomial_features(hours, len(weights) - 1, span) @ weights


def _chosen_degree(readings: Any, val_readings: Any, degrees: Any, span: tuple[float, float]) -> int:
    """The degree whose fit on the training readings has the lowest validation RMSE (the notebook's best_degree)."""
    hours, temps = _hours_and_temps(readings)
    hours_val, temps_val = _hours_and_temps(val_readings)
    candidates = [int(d) for d in degrees]
    errors = [_rmse(temps_val, _curve(_fit(hours, temps, d, span), hours_val, span)) for d in candidates]
    return candidates[int(np.argmin(errors))]


def _chosen_test_rmse(readings: Any, val_readings: Any, test_readings: Any, degrees: Any,
                      HOURS: tuple[float, float]) -> dict[str, float]:
    degree = _chosen_degree(readings, val_readings, degrees, HOURS)
    hours, temps = _hours_and_temps(readings)
    hours_test, temps_test = _hours_and_temps(test_readings)
    return {"test_rmse_chosen": _rmse(temps_test, _curve(_fit(hours, temps, degree, HOURS), hours_test, HOURS))}


def _wrong_sizes(value: Any, name: str, degree: int, uses: dict[str, Any]) -> None:
    size = _size(value)
    if size == degree + 1:
        fail(tr("`{name}` holds {size} numbers: probably the weights of the fit. Use them to predict the test "
                "temperatures, then compute one RMSE.", name=name, size=size))
    if size in (len(uses["test_readings"]), len(uses["val_readings"])):
        fail(tr("`{name}` holds one value per reading (the errors, or the predictions?). Combine the errors on the "
                "test readings into one number, the RMSE.", name=name))
    if size == len(uses["degrees"]):
        fail(tr("`{name}` holds one value per degree, like the table. Fit the chosen degree only and give its one "
                "test RMSE.", name=name))


def _degree_mistakes(name: str, degree: int, uses: dict[str, Any]) -> list[tuple[float, str]]:
    """The test and training errors of every other candidate degree."""
    span = uses["HOURS"]
    hours, temps = _hours_and_temps(uses["readings"])
    hours_test, temps_test = _hours_and_temps(uses["test_readings"])
    tests = {int(d): _rmse(temps_test, _curve(_fit(hours, temps, int(d), span), hours_test, span))
             for d in uses["degrees"]}
    by_test = min(tests, key=tests.get)
    mistakes = []
    for other, error in tests.items():
        if other == degree:
            continue
        if other == 0:
            text = (tr("`{name}` is the test error of the constant (degree 0), the baseline. Fit the degree chosen "
                       "on the validation set, `best_degree`.", name=name))
        elif other == by_test:
            text = (tr("`{name}` is the test error of degree {other}, the degree that does best on the test set. "
                       "Choosing with the test set is exactly what the validation set is there to avoid: use "
                       "`best_degree`.", name=name, other=other))
        else:
            text = (tr("`{name}` is the test error of a polynomial of degree {other}, not the degree chosen on the "
                       "validation set: use `best_degree`.", name=name, other=other))
        mistakes.append((error, text))
        mistakes.append((_rmse(temps, _curve(_fit(hours, temps, other, span), hours, span)),
                         tr("`{name}` is the training error of a polynomial of degree {other}: fit `best_degree`, "
                            "and measure on the test readings.", name=name, other=other)))
    return mistakes


def _judge_chosen(answers: dict[str, Any], expected: dict[str, float], uses: dict[str, Any]) -> str | None:
    name = "test_rmse_chosen"
    span = uses["HOURS"]
    degree = _chosen_degree(uses["readings"], uses["val_readings"], uses["degrees"], span)
    _wrong_sizes(answers[name], name, degree, uses)
    got = number(answers[name], name, N_("one number (an RMSE in °C)"))
    want = expected[name]
    if is_close(got, want, 1e-6, relative=True):
        return None
    hours, temps = _hours_and_temps(uses["readings"])
    hours_val, temps_val = _hours_and_temps(uses["val_readings"])
    hours_test, temps_test = _hours_and_temps(uses["test_readings"])
    weights = _fit(hours, temps, degree, span)
    errors = temps_test - _curve(weights, hours_test, span)
    train_errors = temps - _curve(weights, hours, span)
    on_test = _fit(hours_test, temps_test, degree, span)
    refit = _fit(np.concatenate([hours, hours_val]), np.concatenate([temps, temps_val]), degree, span)
    raw = _lstsq(np.column_stack([hours ** k for k in range(degree + 1)]), temps)
    own_range = _lstsq(regression.polynomial_features(hours, degree, (hours.min(), hours.max())), temps)
    both = np.concatenate([hours_val, hours_test]), np.concatenate([temps_val, temps_test])
    known_mistakes(got, [
        (np.sqrt(np.mean(train_errors ** 2)), tr("`{name}` is the error on the 20 training readings, the ones the "
                                                 "curve was fitted to. Measure it on the 100 test readings "
                                                 "(`hours_test`, `temps_test`).", name=name)),
        (_rmse(temps_val, _curve(weights, hours_val, span)), tr("`{name}` is the error on the validation readings, "
                                                                "which chose the degree. Measure it on the 100 test "
                                                                "readings (`hours_test`, `temps_test`).", name=name)),
        (_rmse(both[1], _curve(weights, both[0], span)), tr("`{name}` uses all 200 held-out readings, validation "
                                                            "included. Use only the 100 test readings "
                                                            "(`hours_test`, `temps_test`).", name=name)),
        (np.mean(errors ** 2), tr("`{name}` is the mean squared error, in °C²: take its square root.", name=name)),
        (np.mean(train_errors ** 2), tr("`{name}` is the mean squared error on the training readings: take its "
                                        "square root, and measure it on the test readings.", name=name)),
        (np.sum(errors ** 2), tr("`{name}` is the total squared error: divide by the number of readings, then take "
                                 "the square root.", name=name)),
        (np.sqrt(np.sum(errors ** 2)), tr("`{name}` is the square root of the *total* squared error: average the "
                                          "squared errors before the square root.", name=name)),
        (np.std(errors), tr("`{name}` is the standard deviation of the errors, which first subtracts their mean. "
                            "The RMSE does not: it is the square root of the mean of the squared errors.", name=name)),
        (np.std(errors, ddof=1), tr("`{name}` is the standard deviation of the errors, which first subtracts their "
                                    "mean. The RMSE is the square root of the mean of the squared errors.",
                                    name=name)),
        (np.mean(np.abs(errors)), tr("`{name}` is the mean absolute error. The RMSE squares the errors, averages "
                                     "them, then takes the square root.", name=name)),
        (_rmse(temps_test, _curve(on_test, hours_test, span)), tr("`{name}` comes from a curve fitted on the test "
                                                                  "readings themselves. Fit on the 20 training "
                                                                  "readings (`hours`, `temps`), then measure on the "
                                                                  "test ones.", name=name)),
        (_rmse(temps, _curve(on_test, hours, span)), tr("`{name}` swaps the two sets: fit on the 20 training "
                                                        "readings (`hours`, `temps`), measure on the 100 test ones.",
                                                        name=name)),
        (_rmse(temps_test, _curve(refit, hours_test, span)), tr("`{name}` comes from a curve refitted on the "
                                                                "training and validation readings together. That is "
                                                                "done in practice, but this exercise fits on the 20 "
                                                                "training readings only (`hours`, `temps`).",
                                                                name=name)),
        (_rmse(temps_test, _curve(raw, hours_test, span)), tr("`{name}` mixes two scales: weights fitted on the "
                                                              "clock hours, used on the rescaled time t. Fit and "
                                                              "predict with the same features.", name=name)),
        (_rmse(temps_test, np.column_stack([hours_test ** k for k in range(degree + 1)]) @ weights),
         tr("`{name}` mixes two scales: weights fitted on the rescaled time t, used on the clock hours. Fit and "
            "predict with the same features (`predict_polynomial` does it).", name=name)),
        (_rmse(temps_test, _curve(np.polyfit(hours, temps, degree), hours_test, span)),
         tr("`{name}` uses weights from `np.polyfit` in `predict_polynomial`: they are in the opposite order "
            "(highest power first) and on the clock hours. Use `np.polyval` with them, or `fit_polynomial`.",
            name=name)),
        (_rmse(temps_test, regression.polynomial_features(hours_test, degree, (hours_test.min(), hours_test.max()))
               @ own_range),
         tr("`{name}` rescales the test hours with their own range: both sets must be rescaled the same way (the "
            "notebook's `HOURS`), otherwise the weights no longer apply.", name=name)),
        *_degree_mistakes(name, degree, uses),
    ], tol=1e-6, relative=True)
    known_mistakes(got, [(-want, tr("`{name}` is negative, but an RMSE (a square root) never is.",
                                    name=name))], tol=1e-6,
                   relative=True)
    known_mistakes(got, _rounded(want, name, (1, 2, 3, 4)), tol=1e-9)
    if got < 0:
        fail(tr("`{name}` is negative, but an RMSE (a square root of a mean of squares) never is.", name=name))
    if abs(got - want) < 0.01 * want:
        fail(tr("`{name}` is close but not exact: did you round, or change the readings or the fitted weights?",
                name=name))
    if got > want:
        fail(tr("`{name}` = {got} °C is not the test error of the degree chosen on the validation set yet (too "
                "large).", name=name, got=fmt(got, ".4g")))
    fail(tr("`{name}` = {got} °C is not the test error of the degree chosen on the validation set yet (too small).",
            name=name, got=fmt(got, ".4g")))


exercise_3 = Exercise(
    label="exercise_3",
    title=N_("the test error, measured once, of the degree chosen on validation data"),
    answers={"test_rmse_chosen": N_("one number (an RMSE in °C)")},
    uses=("readings", "val_readings", "test_readings", "degrees", "HOURS"),
    reference=_chosen_test_rmse,
    judge=_judge_chosen,
    hints=(
        N_("Two steps: fit the weights of the chosen degree on the 20 training readings only, then measure the error "
           "on the 100 test readings, which nothing has used so far."),
        N_("`fit_polynomial` takes the training hours, the training temperatures and the degree (`best_degree`), and "
           "returns the weights; `predict_polynomial` turns those weights and the test hours into predicted "
           "temperatures; `rmse` compares them with the test temperatures."),
    ),
    solution_code="w_chosen = fit_polynomial(hours, temps, best_degree)\n"
                  "test_rmse_chosen = rmse(temps_test, predict_polynomial(w_chosen, hours_test))",
    explanation=N_("The training readings fit the weights, the validation readings chose the degree, and the test "
                   "readings, used once, give the honest error for new readings: close to the measurement noise."),
)
