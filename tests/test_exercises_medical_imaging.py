"""Exercises of notebook 09: plausible wrong answers are rejected with a course message, right ones accepted."""

import numpy as np
import pydicom
import pytest
from exercise_support import (
    assert_accepted,
    assert_basics,
    assert_french_hints_and_solution,
    assert_rejected,
    assert_rejected_in_french,
)
from pydicom.data import get_testdata_file

from course_utils import dicom, metrics
from course_utils.datasets import ct
from course_utils.exercises import medical_imaging


@pytest.fixture(scope="module")
def context():
    # as in the notebook: the CT and MR test files of pydicom, and the synthetic test patients (seed 3). Each
    # patient has its own random generator, so the first 4 of `n=200` are these 4: enough for the exercises.
    return {
        "ct_ds": pydicom.dcmread(get_testdata_file("CT_small.dcm")),
        "mr_ds": pydicom.dcmread(get_testdata_file("MR_small.dcm")),
        "test": ct.make_ct_slices(n=4, seed=3),
        "test_nc": ct.make_ct_slices(n=4, seed=3, contrast=False),
    }


@pytest.fixture(scope="module")
def hu(context):
    return dicom.to_hounsfield(context["ct_ds"])


@pytest.mark.parametrize("exercise", [medical_imaging.exercise_1, medical_imaging.exercise_2,
                                      medical_imaging.exercise_3], ids=lambda e: e.label)
def test_basics(context, capsys, monkeypatch, exercise):
    assert_basics(exercise, context, capsys, monkeypatch)


def test_references(context, hu):
    white = medical_imaging.exercise_1.reference(context["ct_ds"], context["mr_ds"])["white_fraction"]
    assert white == np.mean(hu >= 240) != np.mean(hu > 240)              # some pixels lie exactly at the top
    test, test_nc = context["test"], context["test_nc"]
    inside = test.liver[0] == 1
    enhancement = medical_imaging.exercise_2.reference(test, test_nc)["enhancement_hu"]
    assert enhancement == pytest.approx(test.images[0][inside].mean() - test_nc.images[0][inside].mean(), abs=1e-3)
    assert 35 < enhancement < 80                                          # the notebook's self-check after it
    scores = medical_imaging.exercise_3.reference(test)
    assert scores["lazy_accuracy"] == 1 - test.liver[0].mean() and scores["lazy_dice"] == 0
    assert scores["copy_dice"] == metrics.dice(test.liver[0], test.liver[2])
    # the copied outline is where Dice, IoU and Dice without its factor 2 differ
    assert 0.5 < scores["copy_dice"] < 1


# ------------------------------------------------------------------------------------------- exercise 1

def _white(hu, threshold, strict=False):
    return float(np.mean(hu > threshold if strict else hu >= threshold))


@pytest.mark.parametrize("make, words", [
    (lambda hu, mr, st: _white(hu, 40 + 400 / 2, strict=True), "`>=`"),           # > instead of >=
    (lambda hu, mr, st: _white(hu, 40 + 400), "half"),                           # L + W
    (lambda hu, mr, st: float(np.mean(hu <= 40 - 400 / 2)), "black"),            # the lower edge: share black
    (lambda hu, mr, st: float(np.mean(hu < 40 - 400 / 2)), "black"),
    (lambda hu, mr, st: _white(hu, 40 - 400 / 2), "*bottom*"),                   # lower edge as the threshold
    (lambda hu, mr, st: 100 * _white(hu, 240), "percentage"),
    (lambda hu, mr, st: round(100 * _white(hu, 240)), "percentage"),             # a rounded percentage: 9 (%)
    (lambda hu, mr, st: 1 - _white(hu, 240), "*not* pure white"),
    (lambda hu, mr, st: _white(hu, 40), "centre"),                               # the level alone
    (lambda hu, mr, st: _white(hu, 200), "add the level"),                       # W/2 alone
    (lambda hu, mr, st: _white(hu, 400), "size of the window"),                  # W alone
    (lambda hu, mr, st: float(np.mean(st >= 240)), "stored"),                    # the wrong image: raw numbers
    (lambda hu, mr, st: float(np.mean(mr >= 240)), "MR"),                        # the wrong image: the MR slice
    (lambda hu, mr, st: float(np.mean(dicom.window(hu, -600, 1500) >= 240)), "is 0"),   # display greys vs HU
    (lambda hu, mr, st: _white(hu, 1300), "is 0"),                               # bone window
    (lambda hu, mr, st: _white(hu, -600 + 1500 / 2), "lung window"),
    (lambda hu, mr, st: _white(hu, 60 + 160 / 2), "liver window"),
    (lambda hu, mr, st: float(np.mean(dicom.window(hu, 40, 400))), "mean grey"),
    (lambda hu, mr, st: int(np.sum(hu >= 240)), "number of pixels"),             # a count
    (lambda hu, mr, st: round(_white(hu, 240), 2), "rounded"),
    (lambda hu, mr, st: 0.5, "too large"),
    (lambda hu, mr, st: 1.5, "percentage"),
    (lambda hu, mr, st: -0.2, "between 0 and 1"),
])
def test_exercise_1_wrong(context, hu, make, words):
    answer = make(hu, context["mr_ds"].pixel_array, context["ct_ds"].pixel_array)
    assert_rejected(medical_imaging.exercise_1, context, words, white_fraction=answer)


@pytest.mark.parametrize("make", [
    lambda hu: np.mean(hu >= 240),
    lambda hu: np.sum(hu >= 240) / hu.size,
    lambda hu: np.count_nonzero(hu >= 240) / (128 * 128),
    lambda hu: np.mean(dicom.window(hu, 40, 400) == 1),                          # pure white on the display
    lambda hu: np.mean(hu >= 240, dtype=np.float32),                             # a float32
    lambda hu: np.array([np.mean(hu >= 240)]),
])
def test_exercise_1_right(context, hu, make):
    assert_accepted(medical_imaging.exercise_1, context, white_fraction=make(hu))


def test_exercise_1_messages_never_give_the_threshold(context, hu):
    for answer in [_white(hu, 240, strict=True), _white(hu, 440), 0.0, 0.5, 1434, 8.75, "0.0875", None]:
        message = medical_imaging.exercise_1.verdict(context, white_fraction=answer).message
        assert "240" not in message
    for hint in medical_imaging.exercise_1.hints:
        assert "240" not in hint


# ------------------------------------------------------------------------------------------- exercise 2

def _means(test, test_nc, patient=0):
    inside = test.liver[patient] == 1
    return float(test.images[patient][inside].mean()), float(test_nc.images[patient][inside].mean())


@pytest.mark.parametrize("make, words", [
    (lambda t, n: _means(t, n)[1] - _means(t, n)[0], "wrong sign"),
    (lambda t, n: t.images[0].mean() - n.images[0].mean(), "*whole* images"),
    (lambda t, n: _means(t, n)[0] / _means(t, n)[1], "ratio"),
    (lambda t, n: _means(t, n)[1] / _means(t, n)[0], "ratio"),
    (lambda t, n: _means(t, n)[0], "*with* contrast only"),
    (lambda t, n: _means(t, n)[1], "*without* contrast only"),
    (lambda t, n: (t.images[0] * t.liver[0]).mean() - (n.images[0] * n.liver[0]).mean(), "multiplies"),
    (lambda t, n: t.images[t.liver == 1].mean() - n.images[t.liver == 1].mean(), "all the test patients"),
    (lambda t, n: t.images[0][t.liver[0] == 0].mean() - n.images[0][t.liver[0] == 0].mean(), "*outside*"),
    (lambda t, n: np.median(t.images[0][t.liver[0] == 1]) - np.median(n.images[0][t.liver[0] == 1]), "median"),
    (lambda t, n: (_means(t, n)[0] - _means(t, n)[1]) / _means(t, n)[1] * 100, "relative"),
    (lambda t, n: _means(t, n, 1)[0] - _means(t, n, 1)[1], "index 1"),
    (lambda t, n: int(_means(t, n)[0] - _means(t, n)[1]), "rounded"),
    (lambda t, n: round(_means(t, n)[0] - _means(t, n)[1]), "rounded"),
    (lambda t, n: (t.images[0] - n.images[0])[t.liver[0] == 1].sum(), "sum"),
    (lambda t, n: -5.0, "*brighter*"),
    (lambda t, n: 70.0, "too large"),
])
def test_exercise_2_wrong(context, make, words):
    answer = make(context["test"], context["test_nc"])
    assert_rejected(medical_imaging.exercise_2, context, words, enhancement_hu=answer)


@pytest.mark.parametrize("make", [
    lambda t, n: t.images[0][t.liver[0] == 1].mean() - n.images[0][t.liver[0] == 1].mean(),   # float32
    lambda t, n: (t.images[0] - n.images[0])[t.liver[0] == 1].mean(),            # mean of the differences
    lambda t, n: np.mean(t.images[0][t.liver[0].astype(bool)], dtype=np.float64)
    - np.mean(n.images[0][n.liver[0].astype(bool)], dtype=np.float64),            # test_nc's mask is the same
    lambda t, n: ((t.images[0] - n.images[0]) * t.liver[0]).sum() / t.liver[0].sum(),
    lambda t, n: round(float(t.images[0][t.liver[0] == 1].mean() - n.images[0][t.liver[0] == 1].mean()), 1),
    lambda t, n: np.array([np.average(t.images[0] - n.images[0], weights=t.liver[0])]),   # an array of one
])
def test_exercise_2_right(context, make):
    assert_accepted(medical_imaging.exercise_2, context, enhancement_hu=make(context["test"], context["test_nc"]))


# ------------------------------------------------------------------------------------------- exercise 3

def _counts(test):
    truth, copied = test.liver[0] == 1, test.liver[2] == 1
    return float((truth & copied).sum()), float((truth | copied).sum()), float(truth.sum()), float(copied.sum())


@pytest.mark.parametrize("name, make, words", [
    ("lazy_accuracy", lambda t: 0.0, "every* pixel"),                               # foreground only
    ("lazy_accuracy", lambda t: float(t.liver[0].mean()), "*differ*"),              # 1 - accuracy
    ("lazy_accuracy", lambda t: 100 * float(np.mean(t.liver[0] == 0)), "percentage"),
    ("lazy_accuracy", lambda t: round(100 * float(np.mean(t.liver[0] == 0)), 1), "percentage"),   # 92.6
    ("lazy_accuracy", lambda t: int(np.sum(t.liver[0] == 0)), "number of pixels"),
    ("lazy_accuracy", lambda t: 1.0, "with itself"),
    ("lazy_accuracy", lambda t: float(np.mean(t.liver == 0)), "all the test slices"),
    ("lazy_accuracy", lambda t: float(np.mean(t.liver[0] == t.liver[2])), "copied outline"),
    ("lazy_accuracy", lambda t: round(float(np.mean(t.liver[0] == 0)), 2), "rounded"),
    ("lazy_dice", lambda t: 1.0, "perfect outline"),                                # two empty masks, or 1 - Dice
    ("lazy_dice", lambda t: float(np.mean(t.liver[0] == 0)), "pixel accuracy"),
    ("lazy_dice", lambda t: metrics.dice(1 - t.liver[0], np.ones_like(t.liver[0])), "background"),
    ("lazy_dice", lambda t: metrics.dice(t.liver[0], t.liver[2]), "swap"),
    ("copy_dice", lambda t: _counts(t)[0] / _counts(t)[1], "IoU"),                  # IoU instead of Dice
    ("copy_dice", lambda t: _counts(t)[0] / (_counts(t)[2] + _counts(t)[3]), "factor 2"),
    ("copy_dice", lambda t: 2 * _counts(t)[0] / _counts(t)[1], "union"),
    ("copy_dice", lambda t: _counts(t)[0] / _counts(t)[2], "sensitivity"),
    ("copy_dice", lambda t: _counts(t)[0] / _counts(t)[3], "precision"),
    ("copy_dice", lambda t: float(np.mean(t.liver[0] == t.liver[2])), "pixel accuracy"),
    ("copy_dice", lambda t: _counts(t)[0], "overlap in pixels"),
    ("copy_dice", lambda t: 1 - metrics.dice(t.liver[0], t.liver[2]), "loss"),
    ("copy_dice", lambda t: 100 * metrics.dice(t.liver[0], t.liver[2]), "percentage"),
    ("copy_dice", lambda t: (2 * _counts(t)[0] + 1) / (_counts(t)[2] + _counts(t)[3] + 1), "smoothing"),
    ("copy_dice", lambda t: 1.0, "with itself"),
    ("copy_dice", lambda t: 0.0, "empty mask"),
    ("copy_dice", lambda t: metrics.dice(t.liver[0], t.liver[1]), "patient 1"),
    ("copy_dice", lambda t: round(metrics.dice(t.liver[0], t.liver[2]), 2), "rounded"),
    ("copy_dice", lambda t: 0.5, "too small"),
])
def test_exercise_3_wrong(context, name, make, words):
    assert_rejected(medical_imaging.exercise_3, context, words, **{name: make(context["test"])})


def test_exercise_3_dice_variants_are_told_apart(context):
    """The issue: a Dice without its factor 2 and the IoU passed. Each now gets its own message."""
    overlap, union, size_t, size_p = _counts(context["test"])
    messages = {medical_imaging.exercise_3.verdict(context, **{
        **medical_imaging.exercise_3.reference(context["test"]), "copy_dice": value}).message
        for value in (overlap / union, overlap / (size_t + size_p), 2 * overlap / (size_t + size_p))}
    assert len(messages) == 3 and "" in messages                       # two distinct rejections, one success


@pytest.mark.parametrize("answers", [
    {"lazy_accuracy": lambda t: np.mean(np.zeros_like(t.liver[0]) == t.liver[0]),
     "lazy_dice": lambda t: 0, "copy_dice": lambda t: metrics.dice(t.liver[0], t.liver[2])},
    {"lazy_accuracy": lambda t: 1 - t.liver[0].mean(),
     "lazy_dice": lambda t: 2 * 0 / (0 + t.liver[0].sum()),
     "copy_dice": lambda t: 2 * np.sum(t.liver[0] * t.liver[2]) / (np.sum(t.liver[0]) + np.sum(t.liver[2]))},
    {"lazy_accuracy": lambda t: metrics.binary_metrics(t.liver[0].ravel(), np.zeros(t.liver[0].size, int))[
        "accuracy"],
     "lazy_dice": lambda t: metrics.dice(t.liver[0], np.zeros((64, 64))),
     "copy_dice": lambda t: metrics.dice(t.liver[2], t.liver[0])},             # the order does not matter
    {"lazy_accuracy": lambda t: np.mean(t.liver[0] == 0, keepdims=True),        # an array holding one number
     "lazy_dice": lambda t: np.float64(0.0),
     "copy_dice": lambda t: (lambda iou: 2 * iou / (1 + iou))(                # from the IoU: D = 2J / (1 + J)
         np.sum(t.liver[0] & t.liver[2]) / np.sum(t.liver[0] | t.liver[2]))},
    {"lazy_accuracy": lambda t: np.sum(t.liver[0] == 0) / 4096, "lazy_dice": lambda t: 0.0,
     "copy_dice": lambda t: np.float32(2 * np.sum((t.liver[0] == 1) & (t.liver[2] == 1)))
     / np.float32(t.liver[0].sum() + t.liver[2].sum())},
])
def test_exercise_3_right(context, answers):
    assert_accepted(medical_imaging.exercise_3, context, **{k: make(context["test"]) for k, make in answers.items()})


# ------------------------------------------------------------------------------------------- in French
# With course_utils.setup(lang="fr"): hints, the prose around the solution and check messages are French (decimal
# comma, « UH » for HU, a thin space before ":" and units), and the solution code is the notebook's.


#: For each exercise: words of its French hints, and of the French prose shown with its solution.
FRENCH_TEXTS = {
    "exercise_1": ("sa borne haute est donc le niveau plus la *moitié* de la largeur",
                   "La fenêtre étale [L - W/2, L + W/2] du noir au blanc\u202f;"),
    "exercise_2": ("Un masque sélectionne des pixels\u202f: `image[mask == 1]`",
                   "Au temps portal, le produit de contraste iodé double à peu près les UH du foie."),
    "exercise_3": ("le Dice vaut deux fois le recouvrement", "jugez une segmentation par rapport à un tel modèle de "
                                                             "référence"),
}


@pytest.mark.parametrize("exercise", [medical_imaging.exercise_1, medical_imaging.exercise_2,
                                      medical_imaging.exercise_3], ids=lambda e: e.label)
def test_hints_and_solution_in_french(context, french, capsys, exercise):
    assert_french_hints_and_solution(exercise, context, capsys, *FRENCH_TEXTS[exercise.label], absent=("240",))


@pytest.mark.parametrize("exercise, answers, words", [
    (medical_imaging.exercise_1, {"white_fraction": 0.5}, "`white_fraction` = 0,5 n'est pas encore la proportion de "
                                                          "pixels blanc pur (valeur trop grande)."),
    (medical_imaging.exercise_1, {"white_fraction": -0.2}, "`white_fraction` = -0,2, or une proportion de pixels "
                                                           "est comprise entre 0 et 1."),
    (medical_imaging.exercise_1, {"white_fraction": 1.5}, "`white_fraction` = 1,5 ressemble à un pourcentage."),
    (medical_imaging.exercise_2, {"enhancement_hu": 70.0}, "`enhancement_hu` = 70\u202fUH n'est pas encore le "
                                                           "rehaussement du foie du premier patient (valeur trop "
                                                           "grande)."),
    (medical_imaging.exercise_2, {"enhancement_hu": -5.0}, "or le contraste rend le foie *plus clair*"),
    (medical_imaging.exercise_3, {"lazy_accuracy": 1.0}, "avez-vous comparé le masque vide à lui-même\u202f?"),
    (medical_imaging.exercise_3, {"copy_dice": 0.5}, "`copy_dice` = 0,5 n'est pas encore le score de Dice du "
                                                     "contour recopié (valeur trop petite)."),
    (medical_imaging.exercise_3, {"copy_dice": 0.0}, "La prédiction est le foie du patient 2, `test.liver[2]`."),
], ids=lambda value: value.label if hasattr(value, "label") else None)
def test_wrong_answers_in_french(context, french, exercise, answers, words):
    assert_rejected_in_french(exercise, context, words, **answers)


def test_known_mistakes_in_french(context, hu, french):
    """A few known mistakes, read back in French: the window's words, and the Dice variants told apart."""
    lung = medical_imaging.exercise_1.verdict(context, white_fraction=_white(hu, -600 + 1500 / 2)).message
    assert "utilise la fenêtre pulmonaire. La question porte sur la fenêtre des tissus mous" in lung, lung
    strict = medical_imaging.exercise_1.verdict(context, white_fraction=_white(hu, 240, strict=True)).message
    assert "prenez `>=` au lieu de `>`" in strict and "240" not in strict, strict
    overlap, union, size_t, size_p = _counts(context["test"])
    reference = medical_imaging.exercise_3.reference(context["test"])
    iou = medical_imaging.exercise_3.verdict(context, **{**reference, "copy_dice": overlap / union}).message
    assert "c'est l'IoU (intersection sur union, ou indice de Jaccard)" in iou, iou
    half = medical_imaging.exercise_3.verdict(context, **{**reference, "copy_dice": overlap / (size_t + size_p)})
    assert "n'obtiendrait que 0,5" in half.message, half.message
