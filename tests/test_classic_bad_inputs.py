"""Bad inputs to course_utils.classic get course messages (issue 13); inputs are never mutated.

Every case names the exception type and words the message must contain: what was expected and what was
received. ``BAD_INPUTS`` is the list the issue's report counts.
"""

import numpy as np
import pandas as pd
import pytest
import torch
from bad_input_support import check_french
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from course_utils import classic

_rng = np.random.default_rng(0)
Y = (np.arange(40) % 2).astype(int)
X = _rng.normal(size=(40, 3)) + 2.0 * Y[:, None]
MODELS = classic.fit_classifiers(X, Y, names=["kNN", "naive Bayes"])


class _Predicts:
    """A model whose predict returns what the test wants (probabilities, text...)."""

    def __init__(self, output):
        self.output = output

    def predict(self, X):
        return self.output(len(X))


#: Fragments of raw library messages or object dumps that must never reach a student.
RAW = ("Traceback", "object at 0x", "could not convert", "inhomogeneous", "is not iterable", "unsupported operand",
       "<class '", "has no attribute", "not supported between", "index out of", "positional argument")


def _case(label, func, args, kwargs, error, *words):
    return pytest.param(func, args, kwargs, error, words, id=label)


def _fit(**kw):
    return classic.fit_classifiers(**{"X_train": X, "y_train": Y, **kw})


def _score(models=MODELS, X_train=X, y_train=Y, X_test=X, y_test=Y):
    return classic.score_table(models, X_train, y_train, X_test, y_test)


def _sweep(name="kNN", param="n_neighbors", values=(1, 3), **kw):
    data = {"X_train": X, "y_train": Y, "X_test": X, "y_test": Y, **kw}
    return classic.scores_vs_hyperparameter(name, param, values, **data)


BAD_INPUTS = [
    # make_classifier
    _case("name-unknown", classic.make_classifier, ("random forest",), {}, ValueError, "name", "kNN",
          "'random forest'"),
    _case("name-close", classic.make_classifier, ("kNNs",), {}, ValueError, "'kNNs'", "Did you mean 'kNN'"),
    _case("name-none", classic.make_classifier, (None,), {}, ValueError, "name", "None"),
    _case("name-list", classic.make_classifier, (["kNN"],), {}, ValueError, "name", "list of 1"),
    _case("param-unknown", classic.make_classifier, ("kNN",), {"k": 3}, ValueError, "no hyper-parameter", "['k']",
          "n_neighbors"),
    _case("param-zero-neighbours", classic.make_classifier, ("kNN",), {"n_neighbors": 0}, ValueError,
          "n_neighbors=0", "range [1, inf)", "Got 0"),
    _case("param-text-neighbours", classic.make_classifier, ("kNN",), {"n_neighbors": "5"}, ValueError,
          "n_neighbors='5'", "int"),
    _case("param-negative-depth", classic.make_classifier, ("decision tree",), {"max_depth": -1}, ValueError,
          "max_depth=-1", "-1"),
    _case("param-svm-kernel", classic.make_classifier, ("SVM",), {"kernel": "circle"}, ValueError,
          "kernel='circle'", "rbf"),
    _case("param-logistic-c", classic.make_classifier, ("logistic regression",), {"C": 0}, ValueError, "C=0"),
    _case("seed-negative", classic.make_classifier, ("kNN",), {"seed": -1}, ValueError, "seed", "-1"),
    _case("seed-float", classic.make_classifier, ("kNN",), {"seed": 0.5}, TypeError, "seed", "0.5"),
    # fit_classifiers
    _case("fit-x-1d", _fit, (), {"X_train": X[:, 0]}, ValueError, "X_train", "2-D", "(40,)", "reshape(-1, 1)"),
    _case("fit-x-text", _fit, (), {"X_train": [["a", "b"]] * 40}, TypeError, "X_train", "numbers", "'a'"),
    _case("fit-x-nan", _fit, (), {"X_train": np.where(X > 3, np.nan, X)}, ValueError, "X_train", "nan", "row"),
    _case("fit-x-none", _fit, (), {"X_train": None}, TypeError, "X_train", "None"),
    _case("fit-y-text-labels", _fit, (), {"y_train": np.where(Y, "malignant", "benign")}, TypeError, "0 and 1",
          "'benign'", "'malignant'", ".astype(int)"),
    _case("fit-y-column", _fit, (), {"y_train": Y[:, None]}, ValueError, "y_train", "1-D", "(40, 1)"),
    _case("fit-y-one-two", _fit, (), {"y_train": Y + 1}, ValueError, "0 and 1", "2.0", "Recode"),
    _case("fit-y-probabilities", _fit, (), {"y_train": np.full(40, 0.7)}, ValueError, "0 and 1", "0.7",
          "probabilities"),
    _case("fit-y-one-class", _fit, (), {"y_train": np.zeros(40, int)}, ValueError, "both classes", "only 0s"),
    _case("fit-lengths", _fit, (), {"y_train": Y[:30]}, ValueError, "same number", "40 and 30"),
    _case("fit-names-text", _fit, (), {"names": "kNN"}, TypeError, "list", "'kNN'", "names=['kNN']"),
    _case("fit-names-empty", _fit, (), {"names": []}, TypeError, "non-empty list", "list of 0"),
    _case("fit-names-unknown", _fit, (), {"names": ["kNN", "forest"]}, ValueError, "name", "'forest'"),
    _case("fit-params-list", _fit, (), {"params": [("kNN", 3)]}, TypeError, "params", "dict", "list of 1"),
    _case("fit-params-value", _fit, (), {"names": ["kNN"], "params": {"kNN": 5}}, TypeError, "params['kNN']",
          "dict", "number 5"),
    _case("fit-params-extra", _fit, (), {"names": ["kNN"], "params": {"SVM": {"C": 1}}}, ValueError, "['SVM']",
          "not in names"),
    _case("fit-params-bad-value", _fit, (), {"names": ["kNN"], "params": {"kNN": {"n_neighbors": -2}}},
          ValueError, "n_neighbors=-2"),
    _case("fit-too-many-neighbours", _fit, (), {"names": ["kNN"], "params": {"kNN": {"n_neighbors": 100}}},
          ValueError, "n_neighbors=100", "has 40", "n_neighbors <= 40"),
    _case("fit-svm-tiny-class", _fit, (), {"X_train": X[:8], "y_train": np.array([0] * 5 + [1] * 3),
                                           "names": ["SVM"]}, ValueError, "SVM", "at least 5", "3 of class 1"),
    _case("fit-seed-text", _fit, (), {"seed": "0"}, TypeError, "seed", "'0'"),
    # score_table
    _case("score-models-list", _score, (list(MODELS.values()),), {}, TypeError, "dict", "list of 2"),
    _case("score-models-empty", _score, ({},), {}, TypeError, "non-empty dict", "dictionary"),
    _case("score-model-function", _score, ({"f": lambda x: x},), {}, TypeError, "models['f']", "predict()",
          "function"),
    _case("score-model-class", _score, ({"nb": classic.make_classifier("naive Bayes").__class__},), {}, TypeError,
          "models['nb']", "class GaussianNB"),
    _case("score-model-unfitted", _score, ({"kNN": classic.make_classifier("kNN")},), {}, ValueError,
          "models['kNN']", "not fitted", "fit_classifiers"),
    _case("score-model-other-features", _score, (), {"X_train": X[:, :2], "X_test": X[:, :2]}, ValueError,
          "fitted on 3 features", "X_train has 2"),
    _case("score-test-features", _score, (), {"X_test": X[:, :2]}, ValueError, "same number of features",
          "3 and 2"),
    _case("score-predict-probabilities", _score, ({"p": _Predicts(lambda n: np.full(n, 0.7))},), {}, ValueError,
          "models['p'].predict(X_train)", "0 or 1", "0.7", ">= 0.5"),
    _case("score-predict-text", _score, ({"t": _Predicts(lambda n: np.array(["yes"] * n))},), {}, ValueError,
          "models['t'].predict(X_train)", "'yes'"),
    _case("score-predict-fails", _score, ({"e": _Predicts(lambda n: 1 / 0)},), {}, ValueError,
          "models['e'].predict(X_train)", "ZeroDivisionError"),
    _case("score-predict-wrong-length", _score, ({"s": _Predicts(lambda n: np.zeros(n + 1, int))},), {},
          ValueError, "40 labels", "(41,)"),
    _case("score-y-test-text", _score, (), {"y_test": np.where(Y, "M", "B")}, TypeError, "y_test", "'M'"),
    _case("score-y-test-length", _score, (), {"y_test": Y[:10]}, ValueError, "X_test and y_test", "40 and 10"),
    # scores_vs_hyperparameter
    _case("sweep-values-number", _sweep, (), {"values": 5}, TypeError, "list of values", "number 5", "[5]"),
    _case("sweep-values-text", _sweep, (), {"values": "1-10"}, TypeError, "list of values", "'1-10'"),
    _case("sweep-values-empty", _sweep, (), {"values": []}, ValueError, "at least one value", "empty"),
    _case("sweep-values-too-many", _sweep, (), {"values": range(1, 1000)}, ValueError, "999 values",
          "at most 200"),
    _case("sweep-value-zero", _sweep, (), {"values": [1, 0]}, ValueError, "n_neighbors=0"),
    _case("sweep-value-too-large", _sweep, (), {"values": [1, 500]}, ValueError, "n_neighbors=500",
          "has 40"),
    _case("sweep-param-unknown", _sweep, (), {"param": "k"}, ValueError, "no hyper-parameter", "['k']"),
    _case("sweep-param-none", _sweep, (), {"param": None}, TypeError, "param", "None"),
    _case("sweep-name-unknown", _sweep, (), {"name": "forest"}, ValueError, "name", "'forest'"),
    _case("sweep-features", _sweep, (), {"X_test": X[:, :1]}, ValueError, "same number of features", "3 and 1"),
    # flip_labels / add_shortcut
    _case("flip-fraction-percent", classic.flip_labels, (Y, 30), {}, ValueError, "fraction", "between 0 and 1",
          "30", "0.3"),
    _case("flip-fraction-negative", classic.flip_labels, (Y, -0.1), {}, ValueError, "fraction", "-0.1"),
    _case("flip-fraction-text", classic.flip_labels, (Y, "0.1"), {}, TypeError, "fraction", "'0.1'"),
    _case("flip-fraction-nan", classic.flip_labels, (Y, float("nan")), {}, ValueError, "fraction", "nan"),
    _case("flip-from-class-2", classic.flip_labels, (Y, 0.1), {"from_class": 2}, ValueError, "from_class",
          "[0, 1, None]", "2"),
    _case("flip-from-class-text", classic.flip_labels, (Y, 0.1), {"from_class": "1"}, ValueError, "from_class",
          "'1'"),
    _case("flip-labels-text", classic.flip_labels, (["a", "b"], 0.1), {}, TypeError, "y", "'a'"),
    _case("flip-labels-empty", classic.flip_labels, ([], 0.1), {}, ValueError, "y", "empty"),
    _case("flip-labels-two", classic.flip_labels, ([1, 2, 2], 0.1), {}, ValueError, "0 and 1", "2.0"),
    _case("flip-seed-negative", classic.flip_labels, (Y, 0.1), {"seed": -3}, ValueError, "seed", "-3"),
    _case("shortcut-percent", classic.add_shortcut, (Y, 90), {}, ValueError, "agreement", "90", "0.9"),
    _case("shortcut-text", classic.add_shortcut, (Y, "0.9"), {}, TypeError, "agreement", "'0.9'"),
    _case("shortcut-none", classic.add_shortcut, (Y, None), {}, TypeError, "agreement", "None"),
    # shape_table
    _case("shape-nothing", classic.shape_table, (), {}, TypeError, "at least one array", "shape_table(X=X"),
    _case("shape-none", classic.shape_table, (), {"bad": None}, TypeError, "bad", "array", "None"),
    _case("shape-text", classic.shape_table, (), {"name": "abc"}, TypeError, "name", "array", "'abc'"),
    _case("shape-dict", classic.shape_table, (), {"d": {"x": 1}}, TypeError, "d", "dictionary"),
    _case("shape-ragged", classic.shape_table, (), {"rows": [[1, 2], [3]]}, TypeError, "rows",
          "different lengths"),
    _case("shape-function", classic.shape_table, (), {"f": len}, TypeError, "f", "function"),
]


@pytest.mark.parametrize("func, args, kwargs, error, words", BAD_INPUTS)
def test_bad_input_gets_a_course_message(func, args, kwargs, error, words):
    with pytest.raises(error) as info:
        func(*args, **kwargs)
    message = str(info.value)
    assert type(info.value) in (TypeError, ValueError), type(info.value)  # never sklearn's own exception classes
    for word in words:
        assert word.lower() in message.lower(), f"{word!r} missing from: {message}"
    assert not [raw for raw in RAW if raw in message], message
    assert len(message) < 700
    check_french(lambda: func(*args, **kwargs), message)


def test_the_issue_counts_its_cases():
    assert len(BAD_INPUTS) >= 70


def test_names_ignore_case_spaces_and_underscores():
    assert classic.make_classifier("knn", n_neighbors=3)[-1].n_neighbors == 3
    assert type(classic.make_classifier("Decision_Tree")).__name__ == "DecisionTreeClassifier"
    models = classic.fit_classifiers(X, Y, names=["svm", "naive bayes"], params={"svm": {"C": 2.0}})
    assert list(models) == ["SVM", "naive Bayes"]


def test_labels_as_bool_float_series_and_tensor_are_accepted():
    for labels in (Y.astype(bool), Y.astype(float), pd.Series(Y), torch.as_tensor(Y)):
        table = classic.score_table(MODELS, X, labels, X, labels)
        assert table.shape == (2, 4)


def test_shape_table_describes_what_as_array_would_refuse():
    table = classic.shape_table(missing=np.array([1.0, np.nan]), no_rows=np.ones((0, 3)), age=37.2,
                                tensor=torch.ones(2, 3, dtype=torch.int64), mixed=pd.DataFrame({"a": [1], "b": ["x"]}),
                                words=["a", "b"])
    assert table.loc["missing", "shape"] == "(2,)" and table.loc["no_rows", "values"] == 0
    assert table.loc["age", "dimensions"] == 0 and table.loc["tensor", "dtype"] == "int64"
    assert table.loc["mixed", "dtype"].startswith("mixed") and table.loc["words", "shape"] == "(2,)"


def test_inputs_are_never_modified():
    X_df = pd.DataFrame(X.copy(), columns=["a", "b", "c"])
    y_series = pd.Series(Y.copy())
    X_arr, y_arr, y_list = X.copy(), Y.copy(), Y.tolist()
    params = {"kNN": {"n_neighbors": 3}}
    models = classic.fit_classifiers(X_df, y_series, names=["kNN", "decision tree"], params=params)
    classic.score_table(models, X_df, y_series, X_arr, y_arr)
    classic.scores_vs_hyperparameter("decision tree", "max_depth", [1, 2], X_arr, y_list, X_df, y_series)
    classic.flip_labels(y_arr, 0.5, from_class=1)
    classic.flip_labels(y_list, 0.5)
    classic.add_shortcut(y_series, 0.8)
    classic.shape_table(X=X_arr, y=y_list)
    pd.testing.assert_frame_equal(X_df, pd.DataFrame(X, columns=["a", "b", "c"]))
    pd.testing.assert_series_equal(y_series, pd.Series(Y))
    np.testing.assert_array_equal(X_arr, X)
    np.testing.assert_array_equal(y_arr, Y)
    assert y_list == Y.tolist() and params == {"kNN": {"n_neighbors": 3}}


# --- properties (Hypothesis) ------------------------------------------------------------------------------------

labels = arrays(np.int64, st.integers(1, 60), elements=st.integers(0, 1))


@settings(max_examples=60, deadline=None)
@given(y=labels, fraction=st.floats(0, 1), seed=st.integers(0, 1000), from_class=st.sampled_from([None, 0, 1]))
def test_flip_labels_flips_exactly_the_share_asked(y, fraction, seed, from_class):
    flipped = classic.flip_labels(y, fraction, seed=seed, from_class=from_class)
    candidates = len(y) if from_class is None else int(np.sum(y == from_class))
    assert int(np.sum(flipped != y)) == int(round(fraction * candidates))
    if from_class is not None:
        assert np.all(flipped[y != from_class] == y[y != from_class])  # the other class is untouched
    assert set(np.unique(flipped)) <= {0, 1}


@settings(max_examples=40, deadline=None)
@given(y=labels, agreement=st.floats(0, 1), seed=st.integers(0, 1000))
def test_add_shortcut_agrees_with_the_share_asked(y, agreement, seed):
    column = classic.add_shortcut(y, agreement, seed=seed)
    assert int(np.sum(column == y)) == len(y) - int(round((1.0 - agreement) * len(y)))
