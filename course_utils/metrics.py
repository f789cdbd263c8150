"""Clinical evaluation metrics, written out so that every number can be traced back to a count.

Conventions: label 1 = positive (disease present, alert raised), label 0 = negative.

- sensitivity (recall, true-positive rate) = TP / (TP + FN): the share of sick patients that are caught;
- specificity (true-negative rate) = TN / (TN + FP): the share of healthy patients correctly left alone;
- accuracy = (TP + TN) / all, which can look good on imbalanced data while missing every sick patient.

Every function refuses, with a message that says what it expected and what it got: labels that are not 0/1
(probabilities, 1/2 codes, text), arrays of different lengths or shapes (never silently broadcast), empty
input, missing values. A rate that is 0/0 on the data given (sensitivity without any sick patient) is
reported as ``nan`` *with* an :class:`UndefinedMetricWarning` that says which rate and why; never silently.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from .i18n import N_, number, tr
from .validation import as_array, check_binary_labels, check_same_length, describe


class UndefinedMetricWarning(UserWarning):
    """A rate that is 0 / 0 on the data given (e.g. sensitivity when no patient is sick): reported as ``nan``."""


def binary_metrics(y_true: Any, y_pred: Any) -> dict[str, float]:
    """Counts and rates for binary predictions.

    Args:
        y_true: true labels 0/1, shape ``(n_samples,)``.
        y_pred: predicted labels 0/1, shape ``(n_samples,)`` (threshold probabilities first:
            ``(p >= 0.5).astype(int)``).

    Returns:
        dict with ``tp, tn, fp, fn`` (counts) and ``accuracy, sensitivity, specificity, ppv, npv``
        (fractions between 0 and 1). A rate whose denominator is 0 is undefined: it is ``nan``, and an
        :class:`UndefinedMetricWarning` says which one and why (e.g. sensitivity when ``y_true`` holds no 1:
        there is no sick patient to catch).

    Raises:
        ValueError: labels other than 0/1 (the message suggests the fix for probabilities or 1/2 codes),
            different lengths, empty input or missing values.
        TypeError: labels that are not numbers (e.g. text: encode them as 0/1 first).
    """
    t = check_binary_labels(y_true, "y_true")
    p = check_binary_labels(y_pred, "y_pred")
    check_same_length(t, p, "y_true", "y_pred")
    counts, rates, undefined = _counts_and_rates(t, p)
    _warn_undefined(undefined)
    return {**counts, **rates}


#: why each rate can be 0 / 0, and what to do
_UNDEFINED = {
    "sensitivity": N_("sensitivity is undefined: y_true holds no positive case (no 1), so there is no sick patient "
                      "to catch (TP + FN = 0)"),
    "specificity": N_("specificity is undefined: y_true holds no negative case (no 0), so there is no healthy "
                      "patient to leave alone (TN + FP = 0)"),
    "ppv": N_("PPV is undefined: y_pred flags nobody (no 1), so PPV = TP / (TP + FP) is 0 / 0"),
    "npv": N_("NPV is undefined: y_pred flags everybody (no 0), so NPV = TN / (TN + FN) is 0 / 0"),
}


def _counts_and_rates(t: np.ndarray, p: np.ndarray) -> tuple[dict[str, int], dict[str, float], list[str]]:
    tp = int(np.sum((t == 1) & (p == 1)))
    tn = int(np.sum((t == 0) & (p == 0)))
    fp = int(np.sum((t == 0) & (p == 1)))
    fn = int(np.sum((t == 1) & (p == 0)))
    fractions = {"sensitivity": (tp, tp + fn), "specificity": (tn, tn + fp), "ppv": (tp, tp + fp),
                 "npv": (tn, tn + fn)}
    rates = {"accuracy": (tp + tn) / len(t)}
    rates.update({name: a / b if b else float("nan") for name, (a, b) in fractions.items()})
    undefined = [name for name, (_, b) in fractions.items() if b == 0]
    return {"tp": tp, "tn": tn, "fp": fp, "fn": fn}, rates, undefined


def _warn_undefined(undefined: list[str], prefix: str = "", stacklevel: int = 3) -> None:
    if not undefined:
        return
    reasons = "; ".join(tr(_UNDEFINED[key]) for key in undefined)
    fix = (tr(" Evaluate on data that holds both classes (a stratified split keeps both).")
           if {"sensitivity", "specificity"} & set(undefined) else "")
    if len(undefined) == 1:
        text = tr("{reasons}. It is reported as nan, not as a number.", reasons=reasons)
    else:
        text = tr("{reasons}. They are reported as nan, not as a number.", reasons=reasons)
    warnings.warn(prefix + text + fix, UndefinedMetricWarning, stacklevel=stacklevel)


def roc_curve(y_true: Any, scores: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Receiver operating characteristic: for every threshold, (1 - specificity, sensitivity).

    Args:
        y_true: true labels 0/1, shape ``(n_samples,)``, both classes present.
        scores: predicted probability (or any score) of the positive class, shape ``(n_samples,)`` (from
            ``predict_proba``, keep the positive column: ``proba[:, 1]``).

    Returns:
        ``(fpr, tpr, thresholds)``, each of shape ``(n_thresholds,)``; ``fpr = 1 - specificity``,
        ``tpr = sensitivity``; predictions are ``scores >= threshold``. Thresholds are every distinct score,
        highest first, after ``inf`` (nobody flagged). Sorting once makes it fast (n log n) on any size.
    """
    t = _true_labels(y_true, scores)
    s = _scores(scores)
    check_same_length(t, s, "y_true", "scores")
    if t.min() == t.max():
        if t[0] == 1:
            message = tr("y_true must contain both classes (0 and 1) to draw a ROC curve, got only 1 (positive) "
                         "labels ({n} of them). Without any 0 (negative) case, specificity is undefined (0 / 0).",
                         n=len(t))
        else:
            message = tr("y_true must contain both classes (0 and 1) to draw a ROC curve, got only 0 (negative) "
                         "labels ({n} of them). Without any 1 (positive) case, sensitivity is undefined (0 / 0).",
                         n=len(t))
        raise ValueError(message + tr(" Evaluate on data that holds both classes (a stratified split keeps both)."))
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


def _true_labels(y_true: Any, scores: Any) -> np.ndarray:
    """``y_true`` as 0/1 labels; if it is not, but ``scores`` is, the two arguments were swapped: say so."""
    try:
        return check_binary_labels(y_true, "y_true")
    except ValueError:
        try:  # y_true is a readable list of numbers other than 0/1, and scores holds only 0/1
            values = as_array(y_true, "y_true", ndim=1)
            swapped = not np.isin(values, [0, 1]).all() and check_binary_labels(scores, "scores") is not None
        except (TypeError, ValueError):
            swapped = False
        if not swapped:
            raise
    raise ValueError(tr("y_true must contain only 0 and 1 (the true labels), but it holds other values while scores "
                        "holds only 0 and 1: the two arguments look swapped. Give the true labels first, then the "
                        "scores: roc_curve(y_true, scores)."))


def _scores(scores: Any) -> np.ndarray:
    s = as_array(scores, "scores")
    if s.ndim != 1:
        fix = ""
        if s.ndim == 2 and s.shape[1] == 2:
            fix = tr(" Two columns, as from predict_proba (one per class): keep the positive class's column, "
                     "scores[:, 1].")
        elif s.ndim == 2 and 1 in s.shape:
            fix = tr(" It has a single column: flatten it with {name}.ravel().", name="scores")
        raise ValueError(tr("scores must be 1-D, one score per patient, got {ndim}-D with shape {shape}.",
                            ndim=s.ndim, shape=s.shape) + fix)
    return s


def roc_auc(y_true: Any, scores: Any) -> float:
    """Area under the ROC curve (0.5 = coin toss, 1 = perfect ranking of sick above healthy patients)."""
    fpr, tpr, _ = roc_curve(y_true, scores)
    return float(np.trapezoid(tpr, fpr)) if hasattr(np, "trapezoid") else float(np.trapz(tpr, fpr))


def dice(mask_true: Any, mask_pred: Any) -> float:
    """Dice overlap of two binary masks: 2 |A ∩ B| / (|A| + |B|), from 0 (no overlap) to 1 (identical).

    Args:
        mask_true, mask_pred: arrays (or tensors) of the same shape holding 0/1 or True/False, one value per
            pixel. Probabilities, logits or 0/255 images are refused: make them 0/1 first (the message says how).
    Returns:
        The Dice score; 1.0 when both masks are empty (nothing to find, nothing found).
    """
    a = _mask(mask_true, "mask_true")
    b = _mask(mask_pred, "mask_pred")
    if a.shape != b.shape:
        fix = tr(" Check that both masks come from the same image, at the same size.")
        if tuple(n for n in a.shape if n != 1) == tuple(n for n in b.shape if n != 1):
            fix = tr(" They differ only by axes of length 1: remove them first, e.g. mask.squeeze().")
        raise ValueError(tr("mask_true and mask_pred must have the same shape (one value per pixel), got {a} and "
                            "{b}.", a=a.shape, b=b.shape) + fix)
    total = a.sum() + b.sum()
    return 1.0 if total == 0 else float(2 * np.logical_and(a, b).sum() / total)


def _mask(mask: Any, name: str) -> np.ndarray:
    arr = as_array(mask, name)
    binary = (arr == 0) | (arr == 1)
    if not binary.all():
        first = tuple(int(i) for i in np.argwhere(~binary)[0])
        where = tr(" at index {i}", i=first[0]) if len(first) == 1 else \
            tr(" at position {p}", p=first) if first else ""
        low, high = float(arr.min()), float(arr.max())
        if low >= 0 and high <= 1:
            fix = tr("They look like probabilities: threshold them first, e.g. {name} >= 0.5.", name=name)
        elif low >= 0 and high in (255, 65535) and np.isin(arr, [0, high]).all():
            fix = tr("It looks like a black-and-white image (0 and {high}): use {name} > 0.", high=format(high, "g"),
                     name=name)
        elif low < 0:
            fix = tr("Negative values look like logits (before the sigmoid): use {name} > 0 (probability > 0.5).",
                     name=name)
        else:
            fix = tr("Make it 0/1 first, e.g. (labels == organ_number).")
        raise ValueError(tr("{name} must hold only 0 and 1 (or True/False), one per pixel, got values from {low} to "
                            "{high} (the first other value is {value}{where}). {fix}", name=name,
                            low=number(low, "g"), high=number(high, "g"), value=number(arr[first], "g"),
                            where=where, fix=fix))
    return arr > 0.5


def metrics_table(results: dict[str, tuple[Any, Any]]) -> Any:
    """A pandas table comparing models: ``{"model name": (y_true, y_pred), ...}`` -> one row per model.

    Columns ``accuracy, sensitivity, specificity`` (rounded to 3 decimals), named in the course's language
    (French: ``exactitude, sensibilité, spécificité``). An error about one model's labels names that model.
    """
    import pandas as pd

    if not isinstance(results, dict) or not results:
        raise TypeError(tr("results must be a non-empty dict {{model name: (y_true, y_pred)}}, got {received}.",
                           received=describe(results)))
    rows = {}
    for name, pair in results.items():
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise TypeError(tr("results[{name}] must be a pair (y_true, y_pred) in parentheses, got {received}.",
                               name=repr(name), received=describe(pair)))
        try:
            t = check_binary_labels(pair[0], "y_true")
            p = check_binary_labels(pair[1], "y_pred")
            check_same_length(t, p, "y_true", "y_pred")
        except (TypeError, ValueError) as err:
            raise type(err)(tr("results[{name}]: {error}", name=repr(name), error=err)) from None
        _, rates, undefined = _counts_and_rates(t, p)
        shown = ("accuracy", "sensitivity", "specificity")
        _warn_undefined([u for u in undefined if u in shown], prefix=tr("results[{name}]: ", name=repr(name)))
        rows[name] = {tr("accuracy"): rates["accuracy"], tr("sensitivity"): rates["sensitivity"],
                      tr("specificity"): rates["specificity"]}      # named in the course's language
    return pd.DataFrame(rows).T.round(3)
