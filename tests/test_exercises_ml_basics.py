"""Exercises of notebook 01: plausible wrong answers are rejected with a course message, right ones accepted."""

import numpy as np
import pandas as pd
import pytest
import torch
from exercise_support import assert_accepted, assert_basics, assert_rejected
from sklearn.metrics import recall_score
from sklearn.model_selection import train_test_split

from course_utils import classic, datasets, metrics
from course_utils.exercises import ml_basics


@pytest.fixture(scope="module")
def context():
    """The notebook's variables the exercises use: same data, same splits, same models."""
    cancer = datasets.load_breast_cancer_frame()
    feature_names = [c for c in cancer.columns if c != "malignant"]
    X = cancer[feature_names].to_numpy()
    y = cancer["malignant"].to_numpy()
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)
    models = classic.fit_classifiers(X_train, y_train)
    vocabulary = ["chest", "fever", "no", "pain", "patient", "reports", "severe"]
    return {"X": X, "y": y, "X_train": X_train, "X_test": X_test, "y_train": y_train, "y_test": y_test,
            "models": models, "vocabulary": vocabulary, "cancer": cancer, "feature_names": feature_names}


@pytest.mark.parametrize("exercise", [ml_basics.exercise_1, ml_basics.exercise_2, ml_basics.exercise_3],
                         ids=lambda e: e.label)
def test_basics(exercise, context, capsys, monkeypatch):
    assert_basics(exercise, context, capsys, monkeypatch)


# --------------------------------------------------------------------------------------------------- exercise 1


def _split(c, **kwargs):
    return train_test_split(c["X"], c["y"], **kwargs)


@pytest.mark.parametrize("make, words", [
    (lambda c: c["X"][:143], "first tumours"),                                                   # no shuffle
    (lambda c: _split(c, test_size=0.25, shuffle=False)[1], "not shuffled"),
    (lambda c: _split(c, test_size=0.2, stratify=c["y"], random_state=0)[1], "20 %"),           # 20 % split
    (lambda c: c["X_test"], "20 %"),                                                             # the split above
    (lambda c: _split(c, test_size=0.25, stratify=c["y"], random_state=0)[0], "training"),      # X_train
    (lambda c: _split(c, test_size=0.75, stratify=c["y"], random_state=0)[1], "75 %"),
    (lambda c: _split(c, test_size=0.25, stratify=c["y"], random_state=0)[1].T, "swapped"),     # transposed
    (lambda c: _split(c, test_size=0.25, stratify=c["y"], random_state=42)[1], "random_state=0"),
    (lambda c: _split(c, test_size=0.25, random_state=0)[1], "not stratified"),
    (lambda c: _split(c, test_size=0.25, random_state=42)[1], "not stratified"),
    (lambda c: _split(c, test_size=0.25, random_state=7)[1], "split"),                          # other seed
    (lambda c: _split(c, test_size=0.25, stratify=c["y"], random_state=0)[3], "labels"),        # y_test_25
    (lambda c: _split(c, test_size=0.25, stratify=c["y"], random_state=0)[2], "training *labels*"),  # unpacking
    (lambda c: _split(c, test_size=0.25, stratify=c["y"], random_state=0), "unpack"),           # all 4 parts
    (lambda c: _split(c, test_size=25, stratify=c["y"], random_state=0)[1], "fraction"),        # 25 tumours
    (lambda c: c["X"], "nothing was kept aside"),
    (lambda c: 143, "single number"),
    (lambda c: train_test_split(c["cancer"], test_size=0.25, stratify=c["y"], random_state=0)[1], "diagnosis"),
    (lambda c: (_split(c, test_size=0.25, stratify=c["y"], random_state=0)[1] - c["X"].mean(axis=0))
     / c["X"].std(axis=0), "not tumours of `X`"),                                              # z-scores
    (lambda c: np.round(_split(c, test_size=0.25, stratify=c["y"], random_state=0)[1], 1), "not tumours"),
    (lambda c: c["X"][np.r_[0:142, 0]], "more than once"),
    (lambda c: np.sort(_split(c, test_size=0.25, stratify=c["y"], random_state=0)[1], axis=0), "not tumours"),
])
def test_split_wrong_answers(context, make, words):
    assert_rejected(ml_basics.exercise_1, context, words, X_test_25=make(context))


@pytest.mark.parametrize("make", [
    lambda c: _split(c, test_size=0.25, stratify=c["y"], random_state=0)[1],
    lambda c: train_test_split(c["X"], test_size=0.25, stratify=c["y"], random_state=0)[1],    # X alone
    lambda c: _split(c, test_size=143, stratify=c["y"], random_state=0)[1],                    # a count
    lambda c: train_test_split(c["cancer"][c["feature_names"]], c["cancer"]["malignant"], test_size=0.25,
                               stratify=c["cancer"]["malignant"], random_state=0)[1],          # a DataFrame
    lambda c: torch.tensor(_split(c, test_size=0.25, stratify=c["y"], random_state=0)[1], dtype=torch.float32),
    lambda c: c["X"][np.sort(train_test_split(np.arange(569), test_size=0.25, stratify=c["y"],
                                              random_state=0)[1])],                            # other row order
    lambda c: _split(c, test_size=0.25, stratify=c["y"], random_state=0)[1].tolist(),
])
def test_split_right_answers(context, make):
    assert_accepted(ml_basics.exercise_1, context, X_test_25=make(context))


# --------------------------------------------------------------------------------------------------- exercise 2


def _counts(c, model="decision tree", X="X_test", y="y_test"):
    pred, truth = c["models"][model].predict(c[X]), c[y]
    return {"tp": np.sum((truth == 1) & (pred == 1)), "fn": np.sum((truth == 1) & (pred == 0)),
            "tn": np.sum((truth == 0) & (pred == 0)), "fp": np.sum((truth == 0) & (pred == 1))}


def _wrong_sensitivity(formula):
    def make(c):
        k = _counts(c)
        return {"tree_sensitivity": formula(k["tp"], k["fn"], k["tn"], k["fp"])}
    return make


@pytest.mark.parametrize("make, words", [
    (_wrong_sensitivity(lambda tp, fn, tn, fp: tn / (tn + fp)), "specificity"),
    (_wrong_sensitivity(lambda tp, fn, tn, fp: tp / (tp + fp)), "precision"),
    (_wrong_sensitivity(lambda tp, fn, tn, fp: (tp + tn) / (tp + fn + tn + fp)), "accuracy"),
    (_wrong_sensitivity(lambda tp, fn, tn, fp: fn / (tp + fn)), "missed"),                     # 1 - sensitivity
    (_wrong_sensitivity(lambda tp, fn, tn, fp: 100 * tp / (tp + fn)), "percentage"),
    (_wrong_sensitivity(lambda tp, fn, tn, fp: tp / fn), "FN alone"),
    (_wrong_sensitivity(lambda tp, fn, tn, fp: tp // (tp + fn)), "`//`"),                       # whole division
    (_wrong_sensitivity(lambda tp, fn, tn, fp: tp / (tp + fn + tn + fp)), "all the test tumours"),
    (_wrong_sensitivity(lambda tp, fn, tn, fp: round(tp / (tp + fn), 2)), "rounded"),
    (_wrong_sensitivity(lambda tp, fn, tn, fp: tn / (tn + fn)), "negative predictive value"),
    (_wrong_sensitivity(lambda tp, fn, tn, fp: 2 * tp / (2 * tp + fp + fn)), "F1"),
    (_wrong_sensitivity(lambda tp, fn, tn, fp: tp), "count TP itself"),
    (lambda c: {"tree_sensitivity": c["models"]["decision tree"].score(c["X_test"], c["y_test"])}, "accuracy"),
    (lambda c: {"tree_sensitivity": (lambda k: k["tp"] / (k["tp"] + k["fn"]))(_counts(c, "kNN"))}, "kNN"),
    (lambda c: {"tree_sensitivity": (lambda k: k["tp"] / (k["tp"] + k["fn"]))(
        _counts(c, X="X_train", y="y_train"))}, "training"),
    (lambda c: {"tree_sensitivity": 1.5}, "between 0 and 1"),
    (lambda c: {"tree_sensitivity": 0.7}, "too small"),
    (lambda c: {"tree_tp": _counts(c)["fn"]}, "false negatives"),                              # TP and FN swapped
    (lambda c: {"tree_tp": _counts(c)["tp"] + _counts(c)["fp"]}, "benign ones included"),
    (lambda c: {"tree_tp": _counts(c)["tp"] + _counts(c)["fn"]}, "all the cancers"),
    (lambda c: {"tree_tp": _counts(c, X="X_train", y="y_train")["tp"]}, "training"),
    (lambda c: {"tree_tp": 35.5}, "whole number"),
    (lambda c: {"tree_fn": _counts(c)["fp"]}, "false *positives*"),
    (lambda c: {"tree_fn": _counts(c)["fn"] + _counts(c)["tn"]}, "every tumour the tree called benign"),
    (lambda c: {"tree_fn": -6}, "negative"),
])
def test_sensitivity_wrong_answers(context, make, words):
    assert_rejected(ml_basics.exercise_2, context, words, **make(context))


@pytest.mark.parametrize("make", [
    lambda c: {},                                                                               # the course's
    lambda c: {"tree_tp": float(_counts(c)["tp"]), "tree_fn": float(_counts(c)["fn"])},        # floats, whole
    lambda c: {"tree_tp": torch.tensor(int(_counts(c)["tp"])), "tree_sensitivity": torch.tensor(
        _counts(c)["tp"] / (_counts(c)["tp"] + _counts(c)["fn"]), dtype=torch.float32)},       # tensors
    lambda c: {"tree_sensitivity": recall_score(c["y_test"], c["models"]["decision tree"].predict(c["X_test"]))},
    lambda c: {"tree_sensitivity": np.mean(c["models"]["decision tree"].predict(c["X_test"])[c["y_test"] == 1])},
    lambda c: {"tree_sensitivity": metrics.binary_metrics(
        c["y_test"], c["models"]["decision tree"].predict(c["X_test"]))["sensitivity"]},
])
def test_sensitivity_right_answers(context, make):
    assert_accepted(ml_basics.exercise_2, context, **make(context))


# --------------------------------------------------------------------------------------------------- exercise 3


def _rows(c, positions):
    return np.eye(len(c["vocabulary"]))[positions]


def _note_positions(c):
    return [c["vocabulary"].index(w) for w in "no chest pain".split()]


@pytest.mark.parametrize("make, words", [
    (lambda c: _rows(c, _note_positions(c)).T, "swapped"),                                     # (7, 3)
    (lambda c: _rows(c, [6 - i for i in _note_positions(c)]), "not in the column of its word"),  # reversed vocabulary
    (lambda c: _rows(c, [["patient", "reports", "severe", "chest", "pain", "fever", "no"].index(w)
                         for w in "no chest pain".split()]), "not in the column"),             # another order
    (lambda c: _rows(c, _note_positions(c)).sum(axis=0), "bag of words"),                      # counts (7,)
    (lambda c: _rows(c, _note_positions(c)).sum(axis=0, keepdims=True), "bag of words"),       # counts (1, 7)
    (lambda c: np.array(_note_positions(c)), "labels"),                                        # indices
    (lambda c: np.tile(_rows(c, _note_positions(c)).sum(axis=0), (3, 1)), "bag of words"),     # multi-hot rows
    (lambda c: _rows(c, sorted(_note_positions(c))), "note's order"),                          # rows sorted
    (lambda c: _rows(c, [i + 1 for i in _note_positions(c)]), "too far to the right"),                 # off by one
    (lambda c: np.eye(8)[[i + 1 for i in _note_positions(c)]], "one column too many"),
    (lambda c: np.eye(3), "columns"),                                                          # own vocabulary
    (lambda c: _rows(c, [c["vocabulary"].index(w) for w in "patient reports severe chest pain".split()]),
     "sentence of the cell above"),
    (lambda c: 2 * _rows(c, _note_positions(c)), "other than 0 and 1"),
    (lambda c: np.zeros((3, 7)), "no 1"),
    (lambda c: "no chest pain".split(), "words themselves"),
])
def test_one_hot_wrong_answers(context, make, words):
    assert_rejected(ml_basics.exercise_3, context, words, note_one_hot=make(context))


@pytest.mark.parametrize("make", [
    lambda c: _rows(c, _note_positions(c)),
    lambda c: _rows(c, _note_positions(c)).astype(int),
    lambda c: _rows(c, _note_positions(c)).astype(bool),
    lambda c: _rows(c, _note_positions(c)).tolist(),
    lambda c: torch.nn.functional.one_hot(torch.tensor(_note_positions(c)), num_classes=7),
    lambda c: pd.DataFrame(_rows(c, _note_positions(c)), index=["no", "chest", "pain"], columns=c["vocabulary"]),
    lambda c: np.array([[1 if v == w else 0 for v in c["vocabulary"]] for w in "no chest pain".split()]),
])
def test_one_hot_right_answers(context, make):
    assert_accepted(ml_basics.exercise_3, context, note_one_hot=make(context))
