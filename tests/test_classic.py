"""Tests for course_utils.classic (classic classifiers and data-quality helpers, notebook 01)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils import classic


@pytest.fixture(scope="module")
def split():
    rng = np.random.default_rng(0)
    n = 120
    y = (np.arange(n) % 2).astype(int)
    X = rng.normal(size=(n, 3)) + 2.5 * y[:, None]  # two well separated clouds
    return X[:90], y[:90], X[90:], y[90:]


@pytest.mark.parametrize("name", classic.CLASSIFIER_NAMES)
def test_make_classifier_fits_and_predicts_probabilities(name, split):
    X_train, y_train, X_test, _ = split
    model = classic.make_classifier(name).fit(X_train, y_train)
    proba = model.predict_proba(X_test)
    assert proba.shape == (len(X_test), 2)
    assert np.allclose(proba.sum(axis=1), 1.0)


def test_make_classifier_scales_distance_based_methods():
    assert type(classic.make_classifier("kNN")).__name__ == "Pipeline"
    assert type(classic.make_classifier("decision tree")).__name__ == "DecisionTreeClassifier"


def test_make_classifier_passes_hyperparameters():
    knn = classic.make_classifier("kNN", n_neighbors=7)
    assert knn[-1].n_neighbors == 7
    assert classic.make_classifier("decision tree", max_depth=2).max_depth == 2


def test_make_classifier_rejects_unknown_name_and_parameter():
    with pytest.raises(ValueError, match="must be one of"):
        classic.make_classifier("random forest")
    with pytest.raises(ValueError, match="no hyper-parameter.*valid ones"):
        classic.make_classifier("kNN", k=3)
    with pytest.raises(ValueError, match="seed"):
        classic.make_classifier("SVM", seed=-1)


def test_fit_classifiers_and_score_table(split):
    models = classic.fit_classifiers(*split[:2], params={"kNN": {"n_neighbors": 3}})
    assert list(models) == list(classic.CLASSIFIER_NAMES)
    assert models["kNN"][-1].n_neighbors == 3
    table = classic.score_table(models, *split)
    assert list(table.columns) == ["train accuracy", "test accuracy", "sensitivity", "specificity"]
    assert list(table.index) == list(classic.CLASSIFIER_NAMES)
    assert (table["test accuracy"] > 0.85).all()
    assert table.to_numpy().max() <= 1.0


def test_fit_classifiers_bad_input(split):
    X_train, y_train = split[:2]
    with pytest.raises(ValueError, match="2-D"):
        classic.fit_classifiers(X_train[:, 0], y_train)
    with pytest.raises(ValueError, match="only 0 and 1"):
        classic.fit_classifiers(X_train, y_train + 1)
    with pytest.raises(ValueError, match="same number of samples"):
        classic.fit_classifiers(X_train, y_train[:-1])
    with pytest.raises(ValueError, match="both classes"):
        classic.fit_classifiers(X_train, np.zeros(len(y_train), dtype=int))
    with pytest.raises(TypeError, match="list of classifier names"):
        classic.fit_classifiers(X_train, y_train, names="kNN")
    with pytest.raises(ValueError, match="not in names"):
        classic.fit_classifiers(X_train, y_train, names=["kNN"], params={"SVM": {}})


def test_score_table_bad_input(split):
    models = classic.fit_classifiers(*split[:2], names=["naive Bayes"])
    with pytest.raises(TypeError, match="non-empty dict"):
        classic.score_table({}, *split)
    with pytest.raises(ValueError, match="same number of features"):
        classic.score_table(models, split[0], split[1], split[2][:, :2], split[3])
    with pytest.raises(TypeError, match="predict"):
        classic.score_table({"bad": object()}, *split)


def test_scores_vs_hyperparameter_shows_overfitting_of_1nn(split):
    curves = classic.scores_vs_hyperparameter("kNN", "n_neighbors", [1, 5, 15], *split)
    assert set(curves) == {"values", "train_accuracy", "test_accuracy"}
    assert curves["train_accuracy"].shape == (3,)
    assert curves["train_accuracy"][0] == 1.0  # one neighbour: every training point is its own neighbour
    assert np.all((curves["test_accuracy"] >= 0) & (curves["test_accuracy"] <= 1))


def test_scores_vs_hyperparameter_bad_input(split):
    with pytest.raises(ValueError, match="at least one value"):
        classic.scores_vs_hyperparameter("kNN", "n_neighbors", [], *split)
    with pytest.raises(ValueError, match="no hyper-parameter"):
        classic.scores_vs_hyperparameter("kNN", "depth", [1, 2], *split)


def test_flip_labels_exact_count_and_class():
    y = np.array([0] * 50 + [1] * 50)
    noisy = classic.flip_labels(y, 0.2, seed=1)
    assert np.sum(noisy != y) == 20
    missed = classic.flip_labels(y, 0.5, seed=1, from_class=1)
    assert np.sum(missed != y) == 25
    assert np.all(missed[:50] == 0)  # negatives untouched
    assert np.array_equal(classic.flip_labels(y, 0.2, seed=1), noisy)  # seeded
    assert np.array_equal(classic.flip_labels(y, 0.0), y)


def test_flip_labels_bad_input():
    with pytest.raises(ValueError, match="between 0 and 1"):
        classic.flip_labels([0, 1], 1.5)
    with pytest.raises(ValueError, match="only 0 and 1"):
        classic.flip_labels([0, 2], 0.5)
    with pytest.raises(ValueError, match="from_class"):
        classic.flip_labels([0, 1], 0.5, from_class=3)


def test_add_shortcut_agreement():
    y = np.array([0, 1] * 100)
    shortcut = classic.add_shortcut(y, 0.9, seed=0)
    assert np.mean(shortcut == y) == pytest.approx(0.9)
    assert set(np.unique(shortcut)) <= {0, 1}
    with pytest.raises(ValueError, match="agreement"):
        classic.add_shortcut(y, -0.1)


def test_shape_table():
    torch = pytest.importorskip("torch")
    table = classic.shape_table(row=np.zeros(30), table=np.zeros((5, 30)), images=torch.zeros(2, 8, 8))
    assert list(table.index) == ["row", "table", "images"]
    assert table.loc["table", "shape"] == "(5, 30)"
    assert table.loc["images", "dimensions"] == 3
    assert table.loc["images", "values"] == 128
    assert table.loc["images", "dtype"] == "float32"
    with pytest.raises(TypeError, match="at least one array"):
        classic.shape_table()
    with pytest.raises(TypeError, match="must be an array"):
        classic.shape_table(bad=None)
