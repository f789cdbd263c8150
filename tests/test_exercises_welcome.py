"""Exercise of notebook 00: plausible wrong answers are rejected with a course message, right ones accepted."""

import pytest
from exercise_support import assert_accepted, assert_basics, assert_rejected

import course_utils
from course_utils.exercises import welcome


@pytest.fixture(scope="module")
def context():
    return {"blood": course_utils.datasets.load_blood_counts()}


def test_basics(context, capsys, monkeypatch):
    assert_basics(welcome.exercise_1, context, capsys, monkeypatch)


@pytest.mark.parametrize("answer, words", [
    (42.2, "percentage"),                      # multiplied by 100
    (422, "number of patients with an alert"),  # the count, not divided
    (0.578, "without"),                        # share of patients without an alert
    (422 / 578, "patients *without* an alert"),  # divided by the others instead of all
    (1.5, "between 0 and 1"),
    (0.5, "not the share"),
    (0.42, "not the share"),                    # rounded too early
])
def test_wrong_answers(context, answer, words):
    assert_rejected(welcome.exercise_1, context, words, prevalence=answer)


@pytest.mark.parametrize("make", [
    lambda b: b["alert"].mean(),
    lambda b: b["alert"].sum() / len(b),
    lambda b: (b["alert"] == 1).mean(),
    lambda b: b["alert"].value_counts(normalize=True)[1],
    lambda b: b["alert"].to_numpy().mean(keepdims=True),   # an array holding one number
])
def test_right_answers(context, make):
    assert_accepted(welcome.exercise_1, context, prevalence=make(context["blood"]))
