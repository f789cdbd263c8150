"""Exercises of the template notebook: the model for a new notebook's exercise tests."""

import numpy as np
import pytest
from exercise_support import assert_accepted, assert_basics, assert_rejected

from course_utils import datasets
from course_utils.exercises import template


@pytest.fixture(scope="module")
def context():
    blood = datasets.load_blood_counts()
    return {"blood": blood, "haemoglobin": blood["haemoglobin"].to_numpy(), "alert": blood["alert"].to_numpy()}


@pytest.mark.parametrize("exercise", [template.exercise_1, template.exercise_2], ids=lambda e: e.label)
def test_basics(exercise, context, capsys, monkeypatch):
    assert_basics(exercise, context, capsys, monkeypatch)


@pytest.mark.parametrize("make, words", [
    (lambda c: 100 * c["alert"].mean(), "percentage"),
    (lambda c: c["alert"].sum(), "count"),
    (lambda c: 1 - c["alert"].mean(), "without"),
    (lambda c: round(c["alert"].mean(), 1), "not the share"),
    (lambda c: c["alert"], "1000 values"),
    (lambda c: str(c["alert"].mean()), "text"),
])
def test_alert_share_wrong(context, make, words):
    assert_rejected(template.exercise_1, context, words, alert_share=make(context))


@pytest.mark.parametrize("make", [lambda c: c["alert"].mean(), lambda c: c["alert"].sum() / len(c["alert"]),
                                  lambda c: np.mean(c["blood"]["alert"] == 1)])
def test_alert_share_right(context, make):
    assert_accepted(template.exercise_1, context, alert_share=make(context))


@pytest.mark.parametrize("make, words", [
    (lambda h, a: np.mean(h[a == 1] < 12.0), "sensitivity"),
    (lambda h, a: np.mean(h[a == 0] < 12.0), "1 - specificity"),
    (lambda h, a: np.mean(h >= 12.0), "every patient"),
    (lambda h, a: 100 * np.mean(h[a == 0] >= 12.0), "percentage"),
    (lambda h, a: np.mean(h[a == 0] > 12.5), "not the specificity"),
    (lambda h, a: h[a == 0] >= 12.0, "values"),
])
def test_specificity_wrong(context, make, words):
    assert_rejected(template.exercise_2, context, words, specificity_12=make(context["haemoglobin"], context["alert"]))


@pytest.mark.parametrize("make", [
    lambda h, a: np.mean(h[a == 0] >= 12.0),
    lambda h, a: 1 - np.mean(h[a == 0] < 12.0),
    lambda h, a: np.sum((h >= 12.0) & (a == 0)) / np.sum(a == 0),
])
def test_specificity_right(context, make):
    assert_accepted(template.exercise_2, context, specificity_12=make(context["haemoglobin"], context["alert"]))
