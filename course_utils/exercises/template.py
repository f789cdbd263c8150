"""Exercises of the template notebook (99): copy this module for a new notebook's exercises.

Each exercise names its answers, the notebook variables it uses, how the expected answers are computed, and a
judge that checks the kind of answer first, then the value, then the plausible mistakes, each with its message.
Every text a student reads is marked for translation (``course_utils/i18n.py``): ``N_("...")`` where it is written
ahead of use (titles, hints, known mistakes), ``tr("...", field=value)`` where it is built at check time; its French
goes into ``course_utils/locales/fr/exercises_<topic>.py``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from course_utils.exercises.core import Exercise, fail, is_close, known_mistakes, number
from course_utils.i18n import N_, tr
from course_utils.i18n import number as fmt


def _alert_share(alert: np.ndarray) -> dict[str, float]:
    return {"alert_share": float(np.mean(alert == 1))}


def _judge_alert_share(answers: dict[str, Any], expected: dict[str, float], uses: dict[str, Any]) -> None:
    got = number(answers["alert_share"], "alert_share", N_("one number between 0 and 1"))
    want = expected["alert_share"]
    if is_close(got, want, 1e-9):
        return
    known_mistakes(got, [
        (100 * want, N_("`alert_share` looks like a percentage: give a fraction between 0 and 1.")),
        (float(np.sum(uses["alert"] == 1)), N_("`alert_share` is a count of patients: divide it by the number of "
                                               "patients.")),
        (1 - want, N_("`alert_share` is the share of patients *without* an alert.")),
    ])
    fail(tr("`alert_share` = {got} is not the share of patients with `alert = 1` yet.", got=fmt(got, ".4g")))


exercise_1 = Exercise(
    label="exercise_1",
    title=N_("the share of patients with an alert"),
    answers={"alert_share": N_("one number between 0 and 1")},
    uses=("alert",),
    reference=_alert_share,
    judge=_judge_alert_share,
    hints=(N_("A share is a count divided by a total."),
           N_("`alert` holds 0 or 1 per patient: the mean of such an array is the share of 1s.")),
    solution_code='alert_share = blood["alert"].mean()',
    explanation=N_("The mean of a column of 0s and 1s is the share of 1s."),
)


def _specificity_12(haemoglobin: np.ndarray, alert: np.ndarray) -> dict[str, float]:
    return {"specificity_12": float(np.mean(haemoglobin[alert == 0] >= 12.0))}


def _judge_specificity_12(answers: dict[str, Any], expected: dict[str, float], uses: dict[str, Any]) -> None:
    got = number(answers["specificity_12"], "specificity_12", N_("one number between 0 and 1"))
    if is_close(got, expected["specificity_12"], 1e-9):
        return
    haemoglobin, alert = uses["haemoglobin"], uses["alert"]
    known_mistakes(got, [
        (np.mean(haemoglobin[alert == 1] < 12.0), N_("`specificity_12` is the sensitivity (patients *with* an "
                                                     "alert who are flagged). Specificity looks at patients without "
                                                     "one.")),
        (np.mean(haemoglobin[alert == 0] < 12.0), N_("`specificity_12` counts the patients without an alert who "
                                                     "*are* flagged: that is 1 - specificity.")),
        (np.mean(haemoglobin >= 12.0), N_("`specificity_12` uses every patient: keep only those without an "
                                          "alert.")),
        (100 * expected["specificity_12"], N_("`specificity_12` looks like a percentage: give a fraction.")),
    ])
    fail(tr("`specificity_12` = {got} is not the specificity at 12.0 g/dL yet.", got=fmt(got, ".4g")))


exercise_2 = Exercise(
    label="exercise_2",
    title=N_("specificity at 12 g/dL"),
    answers={"specificity_12": N_("one number between 0 and 1")},
    uses=("haemoglobin", "alert"),
    reference=_specificity_12,
    judge=_judge_specificity_12,
    hints=(N_("Specificity only looks at the patients *without* an alert."),
           N_("Select the haemoglobin of the patients with `alert == 0`, then take the share at or above 12.0.")),
    solution_code="specificity_12 = np.mean(haemoglobin[alert == 0] >= 12.0)",
    explanation=N_("Among the patients without an alert, the share the rule leaves alone (not flagged)."),
)
