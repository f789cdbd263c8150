"""Clinical evaluation metrics, written out so that every number can be traced back to a count.

Conventions: label 1 = positive (disease present, alert raised), label 0 = negative.

- sensitivity (recall, true-positive rate) = TP / (TP + FN): the share of sick patients that are caught;
- specificity (true-negative rate) = TN / (TN + FP): the share of healthy patients correctly left alone;
- accuracy = (TP + TN) / all, which can look good on imbalanced data while missing every sick patient.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .validation import as_array, check_binary_labels, check_same_length


def binary_metrics(y_true: Any, y_pred: Any) -> dict[str, float]:
    """Counts and rates for binary predictions.

    Args:
        y_true: true labels 0/1, shape ``(n_samples,)``.
        y_pred: predicted labels 0/1, shape ``(n_samples,)`` (threshold probabilities first).

    Returns:
        dict with ``tp, tn, fp, fn`` (counts) and ``accuracy, sensitivity, specificity, ppv, npv``
        (fractions between 0 and 1; ``nan`` when a denominator is 0).
    """
    t = check_binary_labels(y_true, "y_true")
    p = check_binary_labels(y_pred, "y_pred")
    check_same_length(t, p, "y_true", "y_pred")
    tp = int(np.sum((t == 1) & (p == 1)))
    tn = int(np.sum((t == 0) & (p == 0)))
    fp = int(np.sum((t == 0) & (p == 1)))
    fn = int(np.sum((t == 1) & (p == 0)))

    def ratio(a: int, b: int) -> float:
        return a / b if b else float("nan")

    return {
        "tp": tp, "tn": tn, "fp": fp, "fn": fn,
        "accuracy": ratio(tp + tn, len(t)),
        "sensitivity": ratio(tp, tp + fn),
        "specificity": ratio(tn, tn + fp),
        "ppv": ratio(tp, tp + fp),
        "npv": ratio(tn, tn + fn),
    }


def roc_curve(y_true: Any, scores: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Receiver operating characteristic: for every threshold, (1 - specificity, sensitivity).

    Args:
        y_true: true labels 0/1, shape ``(n_samples,)``.
        scores: predicted probability (or any score) of the positive class, shape ``(n_samples,)``.

    Returns:
        ``(fpr, tpr, thresholds)``, each of shape ``(n_thresholds,)``; ``fpr = 1 - specificity``,
        ``tpr = sensitivity``; predictions are ``scores >= threshold``. Thresholds are every distinct score,
        highest first, after ``inf`` (nobody flagged). Sorting once makes it fast (n log n) on any size.
    """
    t = check_binary_labels(y_true, "y_true")
    s = as_array(scores, "scores", ndim=1)
    check_same_length(t, s, "y_true", "scores")
    if t.min() == t.max():
        raise ValueError("y_true must contain both classes (0 and 1) to draw a ROC curve.")
    # Sort once, highest score first. Lowering the threshold to a score flags every patient scoring at least
    # that much, so the true and false positives at each threshold are running counts down the sorted list.
    order = np.argsort(-s, kind="stable")
    s_sorted, t_sorted = s[order], t[order]
    last_of_each_score = np.r_[np.flatnonzero(s_sorted[1:] != s_sorted[:-1]), len(s_sorted) - 1]
    true_pos = np.cumsum(t_sorted)[last_of_each_score]           # sick patients flagged
    false_pos = last_of_each_score + 1 - true_pos                 # healthy patients flagged
    thresholds = np.r_[np.inf, s_sorted[last_of_each_score]]     # inf: nobody flagged
    tpr = np.r_[0, true_pos] / t.sum()
    fpr = np.r_[0, false_pos] / (len(t) - t.sum())
    return fpr, tpr, thresholds


def roc_auc(y_true: Any, scores: Any) -> float:
    """Area under the ROC curve (0.5 = coin toss, 1 = perfect ranking of sick above healthy patients)."""
    fpr, tpr, _ = roc_curve(y_true, scores)
    return float(np.trapezoid(tpr, fpr)) if hasattr(np, "trapezoid") else float(np.trapz(tpr, fpr))


def dice(mask_true: Any, mask_pred: Any) -> float:
    """Dice overlap of two binary masks: 2 |A ∩ B| / (|A| + |B|), from 0 (no overlap) to 1 (identical).

    Args:
        mask_true, mask_pred: arrays of the same shape holding 0/1 (or booleans).
    Returns:
        The Dice score; 1.0 when both masks are empty.
    """
    a = as_array(mask_true, "mask_true") > 0.5
    b = as_array(mask_pred, "mask_pred") > 0.5
    if a.shape != b.shape:
        raise ValueError(f"mask_true and mask_pred must have the same shape, got {a.shape} and {b.shape}.")
    total = a.sum() + b.sum()
    return 1.0 if total == 0 else float(2 * np.logical_and(a, b).sum() / total)


def metrics_table(results: dict[str, tuple[Any, Any]]) -> Any:
    """A pandas table comparing models: ``{"model name": (y_true, y_pred), ...}`` -> one row per model."""
    import pandas as pd

    if not isinstance(results, dict) or not results:
        raise TypeError("results must be a non-empty dict {model name: (y_true, y_pred)}.")
    rows = {}
    for name, pair in results.items():
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise TypeError(f"results[{name!r}] must be a pair (y_true, y_pred).")
        m = binary_metrics(*pair)
        rows[name] = {k: m[k] for k in ("accuracy", "sensitivity", "specificity")}
    return pd.DataFrame(rows).T.round(3)
