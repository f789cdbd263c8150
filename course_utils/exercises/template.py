"""Exercises of the template notebook (99): copy this module for a new notebook's exercises.

Each exercise names its answers, the notebook variables it uses, how the expected answers are computed, and a
judge that checks the kind of answer first, then the value, then the plausible mistakes, each with its message.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from course_utils.exercises.core import Exercise, fail, is_close, known_mistakes, number


def _alert_share(alert: np.ndarray) -> dict[str, float]:
    return {"alert_share": float(np.mean(alert == 1))}


def _judge_alert_share(answers: dict[str, Any], expected: dict[str, float], uses: dict[str, Any]) -> None:
    got = number(answers["alert_share"], "alert_share", "one number between 0 and 1")
    want = expected["alert_share"]
    if is_close(got, want, 1e-9):
        return
    known_mistakes(got, [
        (100 * want, "`alert_share` looks like a percentage: give a fraction between 0 and 1."),
        (float(np.sum(uses["alert"] == 1)), "`alert_share` is a count of patients: divide it by the number of "
                                            "patients."),
        (1 - want, "`alert_share` is the share of patients *without* an alert."),
    ])
    fail(f"`alert_share` = {got:.4g} is not the share of patients with `alert = 1` yet.")


exercise_1 = Exercise(
    label="exercise_1",
    title="the share of patients with an alert",
    answers={"alert_share": "one number between 0 and 1"},
    uses=("alert",),
    reference=_alert_share,
    judge=_judge_alert_share,
    hints=("A share is a count divided by a total.",
           "`alert` holds 0 or 1 per patient: the mean of such an array is the share of 1s."),
    solution_code='alert_share = blood["alert"].mean()',
    explanation="The mean of a column of 0s and 1s is the share of 1s.",
)


def _specificity_12(haemoglobin: np.ndarray, alert: np.ndarray) -> dict[str, float]:
    return {"specificity_12": float(np.mean(haemoglobin[alert == 0] >= 12.0))}


def _judge_specificity_12(answers: dict[str, Any], expected: dict[str, float], uses: dict[str, Any]) -> None:
    got = number(answers["specificity_12"], "specificity_12", "one number between 0 and 1")
    if is_close(got, expected["specificity_12"], 1e-9):
        return
    haemoglobin, alert = uses["haemoglobin"], uses["alert"]
    known_mistakes(got, [
        (np.mean(haemoglobin[alert == 1] < 12.0), "`specificity_12` is the sensitivity (patients *with* an alert "
                                                  "who are flagged). Specificity looks at patients without one."),
        (np.mean(haemoglobin[alert == 0] < 12.0), "`specificity_12` counts the patients without an alert who *are* "
                                                  "flagged: that is 1 - specificity."),
        (np.mean(haemoglobin >= 12.0), "`specificity_12` uses every patient: keep only those without an alert."),
        (100 * expected["specificity_12"], "`specificity_12` looks like a percentage: give a fraction."),
    ])
    fail(f"`specificity_12` = {got:.4g} is not the specificity at 12.0 g/dL yet.")


exercise_2 = Exercise(
    label="exercise_2",
    title="specificity at 12 g/dL",
    answers={"specificity_12": "one number between 0 and 1"},
    uses=("haemoglobin", "alert"),
    reference=_specificity_12,
    judge=_judge_specificity_12,
    hints=("Specificity only looks at the patients *without* an alert.",
           "Select the haemoglobin of the patients with `alert == 0`, then take the share at or above 12.0."),
    solution_code="specificity_12 = np.mean(haemoglobin[alert == 0] >= 12.0)",
    explanation="Among the patients without an alert, the share the rule leaves alone (not flagged).",
)
