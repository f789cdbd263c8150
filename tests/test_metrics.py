import numpy as np
import pytest

from course_utils import metrics


def test_binary_metrics_counts_and_rates():
    m = metrics.binary_metrics([1, 1, 1, 0, 0, 0, 0], [1, 1, 0, 0, 0, 0, 1])
    assert (m["tp"], m["fn"], m["tn"], m["fp"]) == (2, 1, 3, 1)
    assert m["sensitivity"] == pytest.approx(2 / 3)
    assert m["specificity"] == pytest.approx(3 / 4)
    assert m["accuracy"] == pytest.approx(5 / 7)


def test_binary_metrics_bad_input():
    with pytest.raises(ValueError, match="only 0 and 1"):
        metrics.binary_metrics([0, 1], [0, 0.7])
    with pytest.raises(ValueError, match="same number"):
        metrics.binary_metrics([0, 1, 1], [0, 1])
    with pytest.warns(metrics.UndefinedMetricWarning, match="sensitivity is undefined"):
        assert np.isnan(metrics.binary_metrics([0, 0], [0, 0])["sensitivity"])


def test_roc_matches_sklearn():
    from sklearn.metrics import roc_auc_score

    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 200)
    s = y + rng.normal(0, 1, 200)
    assert metrics.roc_auc(y, s) == pytest.approx(roc_auc_score(y, s))
    fpr, tpr, thr = metrics.roc_curve(y, s)
    assert fpr[0] == 0 and tpr[-1] == 1 and np.all(np.diff(fpr) >= 0)
    with pytest.raises(ValueError, match="both classes"):
        metrics.roc_curve([1, 1], [0.2, 0.3])


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_roc_curve_equals_sklearn_point_by_point_with_ties(seed):
    from sklearn.metrics import roc_curve as sk_roc_curve

    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, 500)
    s = np.round(y * 0.3 + rng.random(500), 1)  # rounded scores: many ties
    fpr, tpr, thr = metrics.roc_curve(y, s)
    sk_fpr, sk_tpr, sk_thr = sk_roc_curve(y, s, drop_intermediate=False)
    np.testing.assert_allclose(fpr, sk_fpr)
    np.testing.assert_allclose(tpr, sk_tpr)
    np.testing.assert_allclose(thr[1:], sk_thr[1:])
    brute = [((s >= th) & (y == 1)).sum() / y.sum() for th in thr]  # the definition, threshold by threshold
    np.testing.assert_allclose(tpr, brute)


def test_dice():
    a = np.zeros((4, 4))
    a[:2] = 1
    b = np.zeros((4, 4))
    b[1:3] = 1
    assert metrics.dice(a, b) == pytest.approx(0.5)
    assert metrics.dice(a, a) == 1.0
    assert metrics.dice(np.zeros((2, 2)), np.zeros((2, 2))) == 1.0
    with pytest.raises(ValueError, match="same shape"):
        metrics.dice(a, np.zeros((3, 3)))


def test_metrics_table():
    table = metrics.metrics_table({"rule": ([0, 1, 1], [0, 1, 0]), "all": ([0, 1, 1], [1, 1, 1])})
    assert list(table.columns) == ["accuracy", "sensitivity", "specificity"]
    assert table.loc["all", "sensitivity"] == 1.0
    with pytest.raises(TypeError):
        metrics.metrics_table({"x": [0, 1]})
    with pytest.raises(TypeError):
        metrics.metrics_table({})


def test_undefined_rate_warning_in_french():
    from course_utils import i18n

    before = i18n._language
    i18n.set_language("fr")
    try:
        with pytest.warns(metrics.UndefinedMetricWarning) as record:
            metrics.binary_metrics([0, 0, 0], [0, 1, 0])
        text = str(record[0].message)
        assert text.startswith("la sensibilité n'est pas définie") and "Elle est donnée comme nan" in text
    finally:
        i18n._language = before
