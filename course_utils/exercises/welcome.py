"""Exercises of notebook 00 (welcome): the prevalence of alerts."""

from __future__ import annotations

from typing import Any

from course_utils.exercises.core import Exercise, fail, is_close, known_mistakes, number
from course_utils.i18n import N_, tr
from course_utils.i18n import number as fmt


def _prevalence(blood: Any) -> dict[str, float]:
    return {"prevalence": float(blood["alert"].mean())}


def _judge_prevalence(answers: dict[str, Any], expected: dict[str, float], uses: dict[str, Any]) -> None:
    got = number(answers["prevalence"], "prevalence", N_("one number between 0 and 1"))
    want = expected["prevalence"]
    if is_close(got, want, 1e-9):
        return
    n_patients, n_alerts = len(uses["blood"]), int(uses["blood"]["alert"].sum())
    known_mistakes(got, [
        (100 * want, N_("`prevalence` looks like a percentage. Give a fraction between 0 and 1 (do not multiply "
                        "by 100).")),
        (n_alerts, N_("`prevalence` is the number of patients with an alert. Divide it by the number of "
                      "patients.")),
        (1 - want, N_("`prevalence` is the share of patients *without* an alert. Count those with `alert = 1`.")),
        (n_alerts / (n_patients - n_alerts), N_("`prevalence` divides the alerts by the patients *without* an "
                                                "alert. Divide by all the patients instead.")),
    ])
    if not 0 <= got <= 1:
        fail(tr("`prevalence` = {got}, but a fraction of patients lies between 0 and 1.", got=fmt(got, ".4g")))
    fail(tr("`prevalence` = {got} is not the share of patients with `alert = 1` yet.", got=fmt(got, ".4g")))


exercise_1 = Exercise(
    label="exercise_1",
    title=N_("the prevalence of alerts"),
    answers={"prevalence": N_("one number between 0 and 1")},
    uses=("blood",),
    reference=_prevalence,
    judge=_judge_prevalence,
    hints=(
        N_("The prevalence is a fraction: (patients with an alert) / (all patients)."),
        N_("The column `blood[\"alert\"]` holds 0 or 1 for each patient. Its sum counts the alerts, `len(blood)` "
           "counts the patients; the mean of a 0/1 column does both at once."),
    ),
    solution_code='prevalence = blood["alert"].mean()',
    explanation=N_("The mean of a column of 0s and 1s is the share of 1s: here, the share of patients with an "
                   "alert."),
)
