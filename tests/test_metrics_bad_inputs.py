"""Bad input to course_utils.metrics: labels, lengths, shapes, empty input, a single class; never a silent NaN."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
import torch
from bad_input_support import refused
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from course_utils import metrics
from course_utils.metrics import UndefinedMetricWarning

Y = np.array([0, 1, 1, 0, 1, 0])
P = np.array([0, 1, 0, 0, 1, 1])
S = np.array([0.1, 0.8, 0.4, 0.3, 0.9, 0.6])
MASK = np.zeros((4, 4), dtype=int)
MASK[1:3, 1:3] = 1


CASES = [
    # binary_metrics
    ("probabilities as predictions", lambda: metrics.binary_metrics(Y, S), ValueError, ">= 0.5).astype(int)",
     "0.1"),
    ("labels 1/2", lambda: metrics.binary_metrics(Y + 1, P), ValueError, "only 0 and 1", "[1.0, 2.0]"),
    ("labels -1/1", lambda: metrics.binary_metrics(2 * Y - 1, P), ValueError, "Recode them as 0", "-1.0"),
    ("labels as words", lambda: metrics.binary_metrics(["yes", "no"], [1, 0]), TypeError, "array of numbers",
     "'yes'"),
    ("labels as booleans in text", lambda: metrics.binary_metrics(["True", "False"], [1, 0]), TypeError,
     "array of numbers", "'True'"),
    ("lengths differ", lambda: metrics.binary_metrics(Y, P[:4]), ValueError, "same number of samples",
     "6 and 4"),
    ("empty", lambda: metrics.binary_metrics([], []), ValueError, "at least one value", "empty"),
    ("predictions a column", lambda: metrics.binary_metrics(Y, P.reshape(-1, 1)), ValueError, ".ravel()",
     "(6, 1)"),
    ("labels a column tensor", lambda: metrics.binary_metrics(torch.tensor(Y).reshape(-1, 1), P), ValueError,
     ".ravel()", "(6, 1)"),
    ("one number", lambda: metrics.binary_metrics(1, 1), ValueError, "1-D", "0-D"),
    ("NaN label", lambda: metrics.binary_metrics([0, 1, np.nan], [0, 1, 1]), ValueError, "Remove or fill",
     "index 2"),
    ("None", lambda: metrics.binary_metrics(None, P), TypeError, "array of numbers", "None"),
    ("a table", lambda: metrics.binary_metrics(pd.DataFrame({"a": Y, "b": Y}), P), ValueError, "1-D",
     "(6, 2)"),
    # roc_curve and roc_auc
    ("roc: a single class", lambda: metrics.roc_curve([1, 1, 1], [0.2, 0.3, 0.9]), ValueError, "both classes",
     "only 1 (positive)"),
    ("roc: only healthy", lambda: metrics.roc_auc([0, 0], [0.2, 0.3]), ValueError, "sensitivity is undefined",
     "only 0 (negative)"),
    ("roc: arguments swapped", lambda: metrics.roc_curve(S, Y), ValueError, "roc_curve(y_true, scores)",
     "look swapped"),
    ("roc: predict_proba columns", lambda: metrics.roc_curve(Y, np.column_stack([1 - S, S])), ValueError,
     "scores[:, 1]", "(6, 2)"),
    ("roc: scores a column", lambda: metrics.roc_curve(Y, S.reshape(-1, 1)), ValueError, ".ravel()", "(6, 1)"),
    ("roc: lengths differ", lambda: metrics.roc_auc(Y, S[:5]), ValueError, "same number of samples", "6 and 5"),
    ("roc: NaN score", lambda: metrics.roc_curve(Y, np.where(S > 0.85, np.nan, S)), ValueError,
     "Remove or fill", "index 4"),
    ("roc: labels 1/2", lambda: metrics.roc_auc(Y + 1, S), ValueError, "only 0 and 1", "[1.0, 2.0]"),
    ("roc: scores text", lambda: metrics.roc_curve(Y, "high"), TypeError, "array of numbers", "'high'"),
    ("roc: empty", lambda: metrics.roc_auc([], []), ValueError, "at least one value", "empty"),
    # dice
    ("dice: shapes differ", lambda: metrics.dice(MASK, np.zeros((3, 3))), ValueError, "same shape",
     "(4, 4) and (3, 3)"),
    ("dice: an extra axis", lambda: metrics.dice(MASK[None], MASK), ValueError, "squeeze()", "(1, 4, 4)"),
    ("dice: flattened", lambda: metrics.dice(MASK.ravel(), MASK), ValueError, "same image", "(16,)"),
    ("dice: probabilities", lambda: metrics.dice(MASK, MASK * 0.7), ValueError, ">= 0.5", "0.7"),
    ("dice: logits", lambda: metrics.dice(MASK, MASK * 4.0 - 2.0), ValueError, "logits", "-2"),
    ("dice: 0/255 image", lambda: metrics.dice(MASK * 255, MASK), ValueError, "mask_true > 0", "255"),
    ("dice: label image", lambda: metrics.dice(MASK * 3, MASK), ValueError, "only 0 and 1", "3"),
    ("dice: NaN", lambda: metrics.dice(np.where(MASK == 1, np.nan, 0.0), MASK), ValueError, "Remove or fill",
     "NaN"),
    ("dice: empty", lambda: metrics.dice([], []), ValueError, "at least one value", "empty"),
    ("dice: None", lambda: metrics.dice(MASK, None), TypeError, "array of numbers", "None"),
    # metrics_table
    ("table: not a dict", lambda: metrics.metrics_table([(Y, P)]), TypeError, "non-empty dict", "list"),
    ("table: empty dict", lambda: metrics.metrics_table({}), TypeError, "non-empty dict", "dictionary"),
    ("table: labels not a pair", lambda: metrics.metrics_table({"x": [0, 1]}), TypeError, "pair (y_true, y_pred)",
     "list of 2 items"),
    ("table: three arrays", lambda: metrics.metrics_table({"x": (Y, P, S)}), TypeError, "pair",
     "tuple of 3 items"),
    ("table: probabilities, named", lambda: metrics.metrics_table({"rule": (Y, P), "MLP": (Y, S)}), ValueError,
     "results['MLP']", "0.1"),
    ("table: lengths, named", lambda: metrics.metrics_table({"rule": (Y, P[:3])}), ValueError, "results['rule']",
     "6 and 3"),
]


@pytest.mark.parametrize("call, error, expected, received", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_is_refused_with_a_course_message(call, error, expected, received):
    refused(call, error, expected, received)


@pytest.mark.parametrize("y_true, y_pred, undefined, words", [
    ([0, 0, 0], [0, 1, 0], ["sensitivity"], "no positive case"),
    ([1, 1], [1, 0], ["specificity"], "no negative case"),
    ([0, 1, 1], [0, 0, 0], ["ppv"], "flags nobody"),
    ([0, 1, 1], [1, 1, 1], ["npv"], "flags everybody"),
    ([0, 0], [0, 0], ["sensitivity", "ppv"], "both classes"),
])
def test_an_undefined_rate_is_nan_and_said_so(y_true, y_pred, undefined, words):
    with pytest.warns(UndefinedMetricWarning, match="undefined") as record:
        m = metrics.binary_metrics(y_true, y_pred)
    message = str(record[0].message)
    assert words in message and "nan" in message
    for key in ("sensitivity", "specificity", "ppv", "npv"):
        assert np.isnan(m[key]) == (key in undefined), key
    assert m["tp"] + m["tn"] + m["fp"] + m["fn"] == len(y_true)


def test_defined_rates_give_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        m = metrics.binary_metrics(Y, P)
        metrics.metrics_table({"rule": (Y, P)})
    assert not any(np.isnan(v) for v in m.values())


def test_metrics_table_warns_only_about_its_columns_and_names_the_model():
    with pytest.warns(UndefinedMetricWarning, match=r"results\['healthy only'\]: sensitivity") as record:
        table = metrics.metrics_table({"healthy only": ([0, 0, 0], [0, 1, 0]), "all flagged": (Y, np.ones(6))})
    assert len(record) == 1                                   # NPV of "all flagged" is not a column: no warning
    assert np.isnan(table.loc["healthy only", "sensitivity"])


def test_binary_metrics_accepts_booleans_tensors_and_series():
    expected = metrics.binary_metrics(Y, P)
    assert metrics.binary_metrics(Y.astype(bool), P.astype(bool)) == expected
    assert metrics.binary_metrics(torch.tensor(Y), torch.tensor(P)) == expected
    assert metrics.binary_metrics(pd.Series(Y, index=range(10, 16)), list(P)) == expected


@pytest.mark.parametrize("make", [np.array, list, pd.Series, torch.tensor])
def test_the_callers_inputs_are_not_modified(make):
    y, p, s = make(Y.copy()), make(P.copy()), make(S.copy())
    mask_a, mask_b = make(MASK.ravel().copy()), make(np.roll(MASK.ravel(), 1))
    metrics.binary_metrics(y, p)
    metrics.roc_curve(y, s)
    metrics.roc_auc(y, s)
    metrics.dice(mask_a, mask_b)
    metrics.metrics_table({"m": (y, p)})
    for value, original in ((y, Y), (p, P), (s, S), (mask_a, MASK.ravel())):
        np.testing.assert_array_equal(np.asarray(value), original)


labels = hnp.arrays(np.int64, st.integers(2, 40), elements=st.integers(0, 1))


@settings(max_examples=80, deadline=None)
@given(y=labels, data=st.data())
def test_property_counts_add_up_and_rates_are_fractions(y, data):
    p = data.draw(hnp.arrays(np.int64, y.shape, elements=st.integers(0, 1)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UndefinedMetricWarning)
        m = metrics.binary_metrics(y, p)
    assert m["tp"] + m["fn"] == y.sum() and m["tn"] + m["fp"] == len(y) - y.sum()
    for key in ("accuracy", "sensitivity", "specificity", "ppv", "npv"):
        assert np.isnan(m[key]) or 0 <= m[key] <= 1
    assert np.isnan(m["sensitivity"]) == (y.sum() == 0)


@settings(max_examples=60, deadline=None)
@given(y=labels, data=st.data())
def test_property_roc_matches_sklearn_or_refuses_a_single_class(y, data):
    from sklearn.metrics import roc_auc_score

    s = data.draw(hnp.arrays(np.float64, y.shape, elements=st.floats(0, 1)))
    if y.min() == y.max():
        with pytest.raises(ValueError, match="both classes"):
            metrics.roc_auc(y, s)
        return
    fpr, tpr, _ = metrics.roc_curve(y, s)
    assert np.all(np.diff(fpr) >= 0) and np.all(np.diff(tpr) >= 0) and fpr[-1] == tpr[-1] == 1
    assert metrics.roc_auc(y, s) == pytest.approx(roc_auc_score(y, s))


@settings(max_examples=80, deadline=None)
@given(a=hnp.arrays(np.int64, hnp.array_shapes(max_dims=3, max_side=6), elements=st.integers(0, 1)),
       data=st.data())
def test_property_dice_is_symmetric_between_0_and_1(a, data):
    b = data.draw(hnp.arrays(np.int64, a.shape, elements=st.integers(0, 1)))
    d = metrics.dice(a, b)
    assert 0 <= d <= 1 and d == metrics.dice(b, a) and metrics.dice(a, a) == 1.0
    assert metrics.dice(a.astype(bool), b.astype(bool)) == d


@settings(max_examples=60, deadline=None)
@given(shape_a=hnp.array_shapes(max_dims=3, max_side=4), shape_b=hnp.array_shapes(max_dims=3, max_side=4))
def test_property_dice_refuses_any_difference_of_shape(shape_a, shape_b):
    a, b = np.ones(shape_a, dtype=int), np.ones(shape_b, dtype=int)
    if shape_a == shape_b:
        assert metrics.dice(a, b) == 1.0
    else:
        with pytest.raises(ValueError, match="same shape"):
            metrics.dice(a, b)
