"""Exercises of notebook 01 (machine-learning basics): a 25 % test set, sensitivity by hand, one-hot encoding."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from course_utils.exercises.core import Exercise, array, fail, integer, is_close, known_mistakes, number
from course_utils.i18n import N_, tr
from course_utils.i18n import number as fmt

# --------------------------------------------------------------------------------------------------- exercise 1

TEST_SHARE, SEED = 0.25, 0          # the split the task asks for (stratified)
EARLIER_SHARE, EARLIER_SEED = 0.2, 42  # the split of the cell above the exercise


def _split_rows(y: Any, test_size: float, random_state: int | None, stratify: bool = True,
                shuffle: bool = True) -> np.ndarray:
    """Row numbers (in ``X``) of the test part that ``train_test_split`` gives with these settings."""
    from sklearn.model_selection import train_test_split

    labels = np.asarray(y)
    rows = np.arange(len(labels))
    _, test = train_test_split(rows, test_size=test_size, random_state=random_state,
                               stratify=labels if stratify and shuffle else None, shuffle=shuffle)
    return test


def _split(X: Any, y: Any) -> dict[str, np.ndarray]:
    return {"X_test_25": np.asarray(X, dtype=float)[_split_rows(y, TEST_SHARE, SEED)]}


def _rows_in(got: np.ndarray, X: np.ndarray) -> np.ndarray:
    """For each row of ``got``, the number of the equal row of ``X`` (-1 where there is none)."""
    same = np.isclose(got[:, None, :], X[None, :, :], rtol=1e-6, atol=1e-9).all(axis=2)
    return np.where(same.any(axis=1), same.argmax(axis=1), -1)


def _judge_split(answers: dict[str, Any], expected: dict[str, np.ndarray], uses: dict[str, Any]) -> str | None:
    name = "X_test_25"
    kind = N_("a table of numbers (one row per test tumour, one column per feature)")
    value = answers[name]
    if isinstance(value, (list, tuple)) and len(value) in (2, 4) and all(hasattr(v, "shape") for v in value):
        fail(tr("`{name}` holds all {count} parts that `train_test_split` returns. Unpack them into separate names "
                "(training features, test features, training labels, test labels) and store only the test features "
                "in `{name}`.", name=name, count=len(value)))
    got = array(value, name, kind=kind)
    X, y = np.asarray(uses["X"], dtype=float), np.asarray(uses["y"])
    want = expected[name]
    n, p = X.shape
    n_test = len(want)
    if got.ndim == 1 and len(got) > 10 and np.isin(got, (0, 1)).all():
        if len(got) == n_test:
            fail(tr("`{name}` holds one 0 or 1 per tumour: those are test *labels* (the diagnoses). Store the test "
                    "*features* (the measurements) instead. `train_test_split` returns the parts in this order: "
                    "training features, test features, training labels, test labels.", name=name))
        if len(got) == n - n_test:
            fail(tr("`{name}` holds one 0 or 1 per tumour: those are training *labels* (the diagnoses). Store the "
                    "test *features* (the measurements) instead. `train_test_split` returns the parts in this "
                    "order: training features, test features, training labels, test labels.", name=name))
        fail(tr("`{name}` holds one 0 or 1 per tumour: those are a part's *labels* (the diagnoses). Store the test "
                "*features* (the measurements) instead. `train_test_split` returns the parts in this order: "
                "training features, test features, training labels, test labels.", name=name))
    if got.ndim == 0:
        fail(tr("`{name}` is a single number. It should be a table: one row per test tumour, one column per feature "
                "(the test part of `X`).", name=name))
    if got.ndim == 1:
        fail(tr("`{name}` is one list of {count} numbers. It should be a table: one row per test tumour, one column "
                "per feature (the test part of `X`).", name=name, count=len(got)))
    if got.ndim == 2 and got.shape[0] == p and got.shape[1] != p:
        fail(tr("`{name}` has one row per feature and one column per tumour: rows and columns are swapped. Split "
                "`X` itself (one row per tumour), without transposing it.", name=name))
    if got.ndim == 2 and got.shape[1] == p + 1:
        fail(tr("`{name}` has one column too many: it includes the diagnosis column `malignant`. Split `X` (the "
                "features only), not the whole table `cancer`.", name=name))
    if got.ndim == 2 and got.shape[1] == p and got.shape[0] != n_test:
        rows = got.shape[0]
        if rows == n:
            fail(tr("`{name}` holds all {n} tumours: nothing was kept aside. Store the test part of the split.",
                    name=name, n=n))
        if rows == n - n_test and set(_rows_in(got, X)) == set(range(n)) - set(_split_rows(y, TEST_SHARE, SEED)):
            fail(tr("`{name}` holds the *training* part (75 % of the tumours). `train_test_split` returns the parts "
                    "in this order: training features, test features, training labels, test labels.", name=name))
        if round(100 * rows / n) == 75:
            fail(tr("`{name}` holds {rows} tumours, 75 % of the {n}: the size of a training part. The test part is "
                    "the 25 % kept aside (`test_size` is the share of the *test* set).", name=name, rows=rows, n=n))
        if rows == 25:
            fail(tr("`{name}` holds 25 tumours: `test_size=25` (a whole number) asks for 25 tumours. Give the share "
                    "as a fraction between 0 and 1.", name=name))
        if rows == len(_split_rows(y, EARLIER_SHARE, EARLIER_SEED)):
            fail(tr("`{name}` holds {rows} tumours, 20 % of the {n}: the share of the split above. The task asks "
                    "for a test set of 25 %.", name=name, rows=rows, n=n))
        fail(tr("`{name}` holds {rows} tumours, {percent} % of the {n}: the task asks for a test set of 25 %.",
                name=name, rows=rows, percent=round(100 * rows / n), n=n))
    got = array(value, name, shape=want.shape, kind=kind)
    if is_close(got, want, 1e-6, relative=True):
        return None
    found = _rows_in(got, X)
    if (found < 0).all():
        fail(tr("`{name}` holds rows that are not tumours of `X`: were the measurements changed (rounded, "
                "standardised as z-scores, ...)? Split `X` itself.", name=name))
    if (found < 0).any():
        fail(tr("`{name}` holds some rows that are not tumours of `X`. Split `X` itself, unchanged.", name=name))
    if len(set(found)) < len(found):
        fail(tr("`{name}` holds some tumours more than once. A split cuts the table in two: each tumour lands in "
                "exactly one part.", name=name))
    chosen = set(found)
    if chosen == set(_split_rows(y, TEST_SHARE, SEED)):
        return tr("(The same tumours as the course's split, in another order: fine for a test set.)")
    known = [
        (np.arange(n_test), tr("`{name}` holds the first tumours of the table, in order. `train_test_split` "
                               "shuffles the rows before cutting; a slice of `X` does not.", name=name)),
        (np.arange(n - n_test, n), tr("`{name}` holds the last tumours of the table, in order: the rows were not "
                                      "shuffled. Let `train_test_split` shuffle them (leave out `shuffle=False`).",
                                      name=name)),
        (_split_rows(y, TEST_SHARE, EARLIER_SEED), tr("`{name}` comes from the shuffle of the split above "
                                                      "(`random_state=42`). Use the seed the task asks for, "
                                                      "`random_state=0`, so that everyone gets the same split.",
                                                      name=name)),
        (_split_rows(y, TEST_SHARE, SEED, stratify=False), tr("`{name}` comes from a split that is not stratified: "
                                                              "add `stratify=y` so that both parts keep the same "
                                                              "share of malignant tumours.", name=name)),
        (_split_rows(y, TEST_SHARE, EARLIER_SEED, stratify=False),
         tr("`{name}` comes from a split that is not stratified, with the seed of the split above. Add `stratify=y` "
            "and use `random_state=0`.", name=name)),
    ]
    for rows, message in known:
        if chosen == set(rows):
            fail(message)
    if abs(y[found].mean() - y.mean()) > 1 / n_test:
        fail(tr("`{name}` has a share of malignant tumours that differs from the whole table's: the split is not "
                "stratified. Add `stratify=y`, and use `random_state=0`.", name=name))
    fail(tr("`{name}` holds tumours of `X`, but not those of the split asked for: check `test_size`, `stratify=y` "
            "and `random_state=0`.", name=name))


exercise_1 = Exercise(
    label="exercise_1",
    title=N_("a 25 % test set"),
    answers={"X_test_25": N_("a table of numbers (one row per test tumour, one column per feature)")},
    uses=("X", "y"),
    reference=_split,
    judge=_judge_split,
    hints=(
        N_("Use `train_test_split` as in the cell above, with the share and the seed that the task asks for. Give "
           "the parts it returns new names, so that `X_train` and `X_test` keep their values."),
        N_("`train_test_split(X, y, ...)` returns four parts in this order: training features, test features, "
           "training labels, test labels. Set `test_size` to the test share as a fraction, `stratify=y` and "
           "`random_state=0`, and keep the second part in `X_test_25`."),
    ),
    solution_code="X_train_75, X_test_25, y_train_75, y_test_25 = train_test_split(X, y, test_size=0.25, "
                  "stratify=y, random_state=0)",
    explanation=N_("`test_size` is the share kept for testing, `stratify=y` keeps the same share of cancers in both "
                   "parts, and `random_state` fixes the shuffle so that everyone gets the same split."),
)

# --------------------------------------------------------------------------------------------------- exercise 2


def _counts(truth: Any, predicted: Any) -> dict[str, int]:
    truth, predicted = np.asarray(truth), np.asarray(predicted)
    return {"tp": int(np.sum((truth == 1) & (predicted == 1))), "fn": int(np.sum((truth == 1) & (predicted == 0))),
            "tn": int(np.sum((truth == 0) & (predicted == 0))), "fp": int(np.sum((truth == 0) & (predicted == 1)))}


def _tree_counts(models: Any, X_test: Any, y_test: Any) -> dict[str, int]:
    return _counts(y_test, models["decision tree"].predict(X_test))


def _sensitivity(models: Any, X_train: Any, y_train: Any, X_test: Any, y_test: Any) -> dict[str, float]:
    c = _tree_counts(models, X_test, y_test)
    return {"tree_tp": c["tp"], "tree_fn": c["fn"], "tree_sensitivity": c["tp"] / (c["tp"] + c["fn"])}


class _Counts:
    """The decision tree's test counts, and (only when a message needs them) those of other data and methods."""

    def __init__(self, uses: dict[str, Any]) -> None:
        self.uses = uses
        self.test = _tree_counts(uses["models"], uses["X_test"], uses["y_test"])

    def training(self) -> dict[str, int]:
        return _counts(self.uses["y_train"], self.uses["models"]["decision tree"].predict(self.uses["X_train"]))

    def other_methods(self) -> Iterable[tuple[str, dict[str, int]]]:
        for label, model in self.uses["models"].items():  # computed one by one, when reached (kNN is slow)
            if label != "decision tree":
                yield label, _counts(self.uses["y_test"], model.predict(self.uses["X_test"]))


def _training(name: str) -> str:
    return tr("`{name}` is counted on the *training* tumours. Use the test set: `X_test` and `y_test`.", name=name)


def _other_method(name: str, label: str) -> str:
    return tr("`{name}` is the count of another method ({label}). Use `models[\"decision tree\"]`.",
              name=name, label=label)


def _tp_mistakes(counts: _Counts) -> Iterable[tuple[Any, str]]:
    c = counts.test
    yield from [
        (c["fn"], N_("`tree_tp` counts the cancers the tree called *benign*: those are the false negatives. True "
                     "positives are real cancers (`y_test == 1`) predicted malignant (1).")),
        (c["tp"] + c["fp"], N_("`tree_tp` counts every tumour the tree called malignant, benign ones included. "
                               "Keep only the real cancers (`y_test == 1`).")),
        (c["tp"] + c["fn"], N_("`tree_tp` counts all the cancers of the test set. Keep only those the tree "
                               "predicted malignant (1).")),
        (c["tn"], N_("`tree_tp` counts the benign tumours called benign (true negatives). The positive class is "
                     "malignant (1).")),
        (c["tp"] + c["tn"], N_("`tree_tp` counts every correct prediction. Keep only the real cancers predicted "
                               "malignant.")),
    ]
    yield counts.training()["tp"], _training("tree_tp")
    for label, other in counts.other_methods():
        yield other["tp"], _other_method("tree_tp", label)


def _fn_mistakes(counts: _Counts) -> Iterable[tuple[Any, str]]:
    c = counts.test
    yield from [
        (c["tp"], N_("`tree_fn` counts the cancers the tree called *malignant*: those are the true positives. False "
                     "negatives are real cancers (`y_test == 1`) predicted benign (0).")),
        (c["fp"], N_("`tree_fn` counts the benign tumours called malignant: those are the false *positives*. False "
                     "negatives are real cancers (`y_test == 1`) predicted benign (0).")),
        (c["fn"] + c["tn"], N_("`tree_fn` counts every tumour the tree called benign, benign ones included. Keep "
                               "only the real cancers (`y_test == 1`).")),
        (c["tn"], N_("`tree_fn` counts the benign tumours called benign (true negatives). False negatives are real "
                     "cancers predicted benign.")),
        (c["fp"] + c["fn"], N_("`tree_fn` counts every error, false alarms included. Keep only the real cancers "
                               "predicted benign.")),
    ]
    yield counts.training()["fn"], _training("tree_fn")
    for label, other in counts.other_methods():
        yield other["fn"], _other_method("tree_fn", label)


def _ratio(a: float, b: float) -> float:
    return a / b if b else float("inf")


def _sensitivity_mistakes(counts: _Counts, got: float, want: float) -> Iterable[tuple[Any, str]]:
    c = counts.test
    tp, fn, tn, fp = c["tp"], c["fn"], c["tn"], c["fp"]
    yield from [
        (100 * want, N_("`tree_sensitivity` looks like a percentage. Give a fraction between 0 and 1 (do not "
                        "multiply by 100).")),
        (1 - want, N_("`tree_sensitivity` is the share of cancers *missed*, FN / (TP + FN). Sensitivity is the "
                      "share of cancers *caught*: TP / (TP + FN).")),
        (_ratio(tn, tn + fp), N_("`tree_sensitivity` is the *specificity*: the share of benign tumours correctly "
                                 "left alone. Sensitivity looks at the real cancers only: TP / (TP + FN).")),
        (_ratio(tp, tp + fp), N_("`tree_sensitivity` divides TP by all the tumours called malignant, TP + FP: that "
                                 "is the precision (positive predictive value). Sensitivity divides by all the real "
                                 "cancers, TP + FN.")),
        (_ratio(tp + tn, tp + fn + tn + fp), N_("`tree_sensitivity` is the *accuracy*: the share of all test "
                                                "tumours classified correctly. Sensitivity looks at the real "
                                                "cancers only: TP / (TP + FN).")),
        (_ratio(tn, tn + fn), N_("`tree_sensitivity` is the share of tumours called benign that are benign "
                                 "(negative predictive value). Sensitivity is TP / (TP + FN).")),
        (_ratio(tp, tp + fn + tn + fp), N_("`tree_sensitivity` divides TP by all the test tumours. Divide by the "
                                           "real cancers only, TP + FN.")),
        (_ratio(tp, fn), N_("`tree_sensitivity` divides TP by FN alone. The denominator is all the real cancers: "
                            "TP + FN.")),
        (_ratio(fn, tp), N_("`tree_sensitivity` divides FN by TP. Sensitivity is TP / (TP + FN).")),
        (_ratio(tp, tp + fn + fp), N_("`tree_sensitivity` adds the false positives to the denominator. Divide TP "
                                      "by TP + FN only.")),
        (_ratio(2 * tp, 2 * tp + fp + fn), N_("`tree_sensitivity` is the F1 score, which mixes sensitivity and "
                                              "precision. Sensitivity is TP / (TP + FN).")),
        (0.0, N_("`tree_sensitivity` is 0. If you used `//` (whole-number division, which rounds down), use `/`.")),
        (1.0, N_("`tree_sensitivity` is 1, as if no cancer were missed. Is FN in the denominator, and does it "
                 "count the real cancers predicted benign?")),
        (tp, N_("`tree_sensitivity` is the count TP itself. Divide it by TP + FN.")),
    ]
    if abs(got - want) <= _ROUNDING:
        return  # a rounded value: said by the judge, without computing the other methods
    train = counts.training()
    yield _ratio(train["tp"], train["tp"] + train["fn"]), _training("tree_sensitivity")
    for label, other in counts.other_methods():
        yield (_ratio(other["tp"], other["tp"] + other["fn"]),
               tr("`tree_sensitivity` is the sensitivity of another method ({label}). Use "
                  "`models[\"decision tree\"]`.", label=label))


_ROUNDING = 0.0051  # a value this close is the right one, rounded to 2 or 3 decimals


def _judge_count(got: int, want: int, name: str, what: str, mistakes: Iterable[tuple[Any, str]]) -> None:
    """``what``: the count asked for, marked with ``N_`` (translated here)."""
    if got == want:
        return
    if got < 0:
        fail(tr("`{name}` = {got}, but a count of tumours cannot be negative.", name=name, got=got))
    known_mistakes(got, mistakes)
    if got > want:
        fail(tr("`{name}` = {got} is not the number of {what} yet (too many).", name=name, got=got, what=tr(what)))
    fail(tr("`{name}` = {got} is not the number of {what} yet (too few).", name=name, got=got, what=tr(what)))


def _judge_sensitivity(answers: dict[str, Any], expected: dict[str, Any], uses: dict[str, Any]) -> None:
    tp = integer(answers["tree_tp"], "tree_tp", N_("a whole number (a count of tumours)"))
    fn = integer(answers["tree_fn"], "tree_fn", N_("a whole number (a count of tumours)"))
    got = number(answers["tree_sensitivity"], "tree_sensitivity", N_("one number between 0 and 1"))
    counts = _Counts(uses)
    _judge_count(tp, expected["tree_tp"], "tree_tp", N_("test cancers the tree predicted malignant"),
                 _tp_mistakes(counts))
    _judge_count(fn, expected["tree_fn"], "tree_fn", N_("test cancers the tree predicted benign"),
                 _fn_mistakes(counts))
    want = expected["tree_sensitivity"]
    if is_close(got, want, 1e-6):
        return
    known_mistakes(got, _sensitivity_mistakes(counts, got, want), tol=1e-6)
    if abs(got - want) <= _ROUNDING:
        fail(tr("`tree_sensitivity` is close, but rounded (or read from the rounded `scores` table). Store the "
                "value computed from your counts, without rounding."))
    if not 0 <= got <= 1:
        fail(tr("`tree_sensitivity` = {got}, but a sensitivity is a share of cancers: between 0 and 1.",
                got=fmt(got, ".4g")))
    if got > want:
        fail(tr("`tree_sensitivity` = {got} is not TP / (TP + FN) for the decision tree yet (too large).",
                got=fmt(got, ".4g")))
    fail(tr("`tree_sensitivity` = {got} is not TP / (TP + FN) for the decision tree yet (too small).",
            got=fmt(got, ".4g")))


exercise_2 = Exercise(
    label="exercise_2",
    title=N_("sensitivity by hand"),
    answers={"tree_tp": N_("a whole number (a count of tumours)"),
             "tree_fn": N_("a whole number (a count of tumours)"),
             "tree_sensitivity": N_("one number between 0 and 1")},
    uses=("models", "X_train", "y_train", "X_test", "y_test"),
    reference=_sensitivity,
    judge=_judge_sensitivity,
    hints=(
        N_("Sensitivity only looks at the real cancers (`y_test == 1`): how many did the tree call malignant (TP), "
           "how many benign (FN)?"),
        N_("Get the tree's test predictions with the `.predict` method of `models[\"decision tree\"]` on `X_test`. "
           "Combine two conditions with `&` (each in brackets) and count the `True` values with `np.sum`. Then "
           "divide TP by TP + FN."),
    ),
    solution_code="\n".join([
        'pred_tree = models["decision tree"].predict(X_test)',
        "tree_tp = np.sum((y_test == 1) & (pred_tree == 1))",
        "tree_fn = np.sum((y_test == 1) & (pred_tree == 0))",
        "tree_sensitivity = tree_tp / (tree_tp + tree_fn)",
    ]),
    explanation=N_("A true positive is a real cancer (`y_test == 1`) predicted malignant; a false negative, a real "
                   "cancer predicted benign. Their sum is all the cancers, so TP / (TP + FN) is the share caught."),
)

# --------------------------------------------------------------------------------------------------- exercise 3

NOTE = "no chest pain"
SENTENCE = "patient reports severe chest pain"  # the sentence encoded in the cell above the exercise


def _one_hot(vocabulary: Any, text: str) -> np.ndarray:
    return np.eye(len(vocabulary))[[list(vocabulary).index(word) for word in text.split()]]


def _encode(vocabulary: Any) -> dict[str, np.ndarray]:
    return {"note_one_hot": _one_hot(vocabulary, NOTE)}


def _judge_one_hot(answers: dict[str, Any], expected: dict[str, np.ndarray], uses: dict[str, Any]) -> None:
    name = "note_one_hot"
    kind = N_("a matrix of 0s and 1s (one row per word, one column per vocabulary entry)")
    vocabulary = list(uses["vocabulary"])
    want = expected[name]
    n_words, size = want.shape
    positions = want.argmax(axis=1)
    bag = want.sum(axis=0)
    value = answers[name]
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, str) for v in value):
        fail(tr("`{name}` holds the words themselves (text). Encode each word as a row of numbers: zeros, with a "
                "single 1 in the column of that word in `vocabulary`.", name=name))
    got = array(value, name, kind=kind)
    if got.ndim == 0:
        fail(tr("`{name}` is a single number. Each word of the note becomes a row of {size} numbers, one per entry "
                "of `vocabulary`.", name=name, size=size))
    if got.ndim == 1 and len(got) == n_words:
        if is_close(got, positions) or is_close(got, positions + 1):
            fail(tr("`{name}` holds the words' positions in `vocabulary` (labels), not one-hot vectors. Turn each "
                    "position into a row of {size} zeros with a single 1 at that position.", name=name, size=size))
        fail(tr("`{name}` holds one number per word. Each word should become a row of {size} numbers (a one-hot "
                "vector), one per entry of `vocabulary`.", name=name, size=size))
    if got.size == size and is_close(got.ravel(), bag):
        fail(tr("`{name}` counts each vocabulary word in the note (a *bag of words*): one row for the whole note. A "
                "one-hot encoding keeps one row per word, in the note's order.", name=name))
    if got.ndim == 1:
        fail(tr("`{name}` is a single row of {count} numbers. It should be a matrix: one row per word of the note, "
                "one column per entry of `vocabulary`.", name=name, count=len(got)))
    if got.ndim == 2 and got.shape == (size, n_words):
        fail(tr("`{name}` has one row per vocabulary entry and one column per word: rows and columns are swapped "
                "(transpose it with `.T`). A sentence is a matrix of words × vocabulary size.", name=name))
    if got.ndim == 2 and got.shape[1] == size and got.shape[0] != n_words:
        sentence = _one_hot(vocabulary, SENTENCE) if all(w in vocabulary for w in SENTENCE.split()) else None
        if sentence is not None and is_close(got, sentence):
            fail(tr("`{name}` encodes the sentence of the cell above (\"{sentence}\"). Encode the note \"{note}\".",
                    name=name, sentence=SENTENCE, note=NOTE))
        fail(tr("`{name}` has {rows} rows: it needs one row per word of the note \"{note}\".",
                name=name, rows=got.shape[0], note=NOTE))
    if got.ndim == 2 and got.shape[0] == n_words and got.shape[1] != size:
        if got.shape[1] == size + 1:
            fail(tr("`{name}` has one column too many: it needs one column per entry of `vocabulary`. Positions in "
                    "a Python list count from 0 (the first word is at position 0).", name=name))
        fail(tr("`{name}` has {columns} columns: it needs one column per entry of the course's `vocabulary` "
                "({size} words), in that list's order, even for words the note does not use.",
                name=name, columns=got.shape[1], size=len(vocabulary)))
    got = array(value, name, shape=want.shape, kind=kind)
    if is_close(got, want, 1e-9):
        return
    if not np.isin(got, (0, 1)).all():
        fail(tr("`{name}` holds numbers other than 0 and 1. A one-hot vector is all zeros except a single 1.",
                name=name))
    ones = got.sum(axis=1)
    if (ones == 0).any():
        fail(tr("`{name}` has a row with no 1 at all. Each word's row has exactly one 1, in the column of that word.",
                name=name))
    if (ones > 1).any():
        if all(is_close(row, bag) for row in got):
            fail(tr("`{name}` marks all the words of the note on every row (a bag of words, repeated). Each row is "
                    "one word: a single 1, in the column of that word.", name=name))
        fail(tr("`{name}` has a row with more than one 1. Each row is one word: a single 1, in the column of that "
                "word.", name=name))
    columns = got.argmax(axis=1)
    if sorted(columns) == sorted(positions):
        fail(tr("`{name}` has the right columns, but its rows are not in the note's order. Row 1 is the first word "
                "of \"{note}\", row 2 the second, row 3 the third.", name=name, note=NOTE))
    if np.array_equal(columns, positions + 1) or np.array_equal(columns, positions - 1):
        if columns[0] > positions[0]:
            fail(tr("`{name}` has each 1 one column too far to the right. Positions in a Python list count from 0: "
                    "the first entry of `vocabulary` is column 0.", name=name))
        fail(tr("`{name}` has each 1 one column too far to the left. Positions in a Python list count from 0: the "
                "first entry of `vocabulary` is column 0.", name=name))
    fail(tr("`{name}` has a single 1 per row, but not in the column of its word. The column is the word's position "
            "in the course's `vocabulary`, in that list's order.", name=name))


exercise_3 = Exercise(
    label="exercise_3",
    title=N_("one-hot encode a sentence"),
    answers={"note_one_hot": N_("a matrix of 0s and 1s (one row per word, one column per vocabulary entry)")},
    uses=("vocabulary",),
    reference=_encode,
    judge=_judge_one_hot,
    hints=(
        N_("Do as the cell above did for its sentence: cut the note into words, find each word's position in "
           "`vocabulary`, then turn each position into a one-hot row."),
        N_("`.split()` cuts a text into words and `vocabulary.index(word)` gives a word's position. The rows of the "
           "identity matrix `np.eye(n)` are one-hot vectors: indexing it with a list of positions picks one row per "
           "word, in order."),
    ),
    solution_code="\n".join([
        'note_indices = [vocabulary.index(word) for word in "no chest pain".split()]',
        "note_one_hot = np.eye(len(vocabulary))[note_indices]",
    ]),
    explanation=N_("Row i of the identity matrix has its single 1 in column i, so picking the rows at the words' "
                   "positions gives one one-hot row per word, in the note's order."),
)
