"""Classic machine-learning classifiers side by side, and small data-quality experiments (notebook 01).

The notebook explains what each method does; these helpers only remove the plumbing of building,
fitting and scoring several scikit-learn models on the same train/test split:

- :func:`make_classifier` builds one of the course's classic classifiers by a readable name;
- :func:`fit_classifiers` and :func:`score_table` fit several of them and compare them with the
  clinical metrics (accuracy, sensitivity, specificity);
- :func:`scores_vs_hyperparameter` gives train and test accuracy for a range of one hyper-parameter
  (the curves that show under- and over-fitting);
- :func:`flip_labels` and :func:`add_shortcut` damage a data set on purpose (label noise, a shortcut
  feature) to show why data quality matters;
- :func:`shape_table` lists the shapes of arrays (data as tensors).

Conventions: label 1 = positive (e.g. malignant), 0 = negative. scikit-learn is imported inside the
functions so that ``import course_utils`` stays fast.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from .validation import (
    as_array,
    check_binary_labels,
    check_choice,
    check_fraction,
    check_int,
    check_same_length,
)

#: Readable names of the classic classifiers, in the order the notebook presents them.
CLASSIFIER_NAMES = ("kNN", "naive Bayes", "decision tree", "SVM", "logistic regression")

#: Classifiers that compare distances or weighted sums of features: their features are standardised first.
SCALED = ("kNN", "SVM", "logistic regression")


def make_classifier(name: str, seed: int = 0, **params: Any) -> Any:
    """Build an (unfitted) scikit-learn classifier by its readable name.

    Distance- and weight-based methods (kNN, SVM, logistic regression) are wrapped in a pipeline that
    first standardises every feature with the *training* mean and standard deviation (z-scores), so that
    a feature measured in large numbers (an area in square pixels) does not drown one measured in small
    numbers (a smoothness between 0 and 1).

    Args:
        name: one of :data:`CLASSIFIER_NAMES` (``"kNN"``, ``"naive Bayes"``, ``"decision tree"``,
            ``"SVM"``, ``"logistic regression"``).
        seed: random seed for the methods that use randomness (decision tree ties, SVM probabilities).
            The SVM's probabilities come from a sigmoid fitted on cross-validated SVM scores (Platt scaling).
        **params: hyper-parameters passed to the scikit-learn estimator, e.g. ``n_neighbors=7`` for kNN
            or ``max_depth=3`` for the decision tree.

    Returns:
        An estimator with ``fit(X, y)``, ``predict(X)`` and ``predict_proba(X)``.

    Raises:
        ValueError: unknown name, or a hyper-parameter the estimator does not have.
    """
    check_choice(name, "name", CLASSIFIER_NAMES)
    seed = check_int(seed, "seed", minimum=0)
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    from sklearn.naive_bayes import GaussianNB
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.svm import SVC
    from sklearn.tree import DecisionTreeClassifier

    defaults: dict[str, tuple[Any, dict[str, Any]]] = {
        "kNN": (KNeighborsClassifier, {"n_neighbors": 5}),
        "naive Bayes": (GaussianNB, {}),
        "decision tree": (DecisionTreeClassifier, {"max_depth": 4, "random_state": seed}),
        "SVM": (SVC, {"kernel": "rbf", "random_state": seed}),
        "logistic regression": (LogisticRegression, {"max_iter": 2000}),
    }
    cls, kwargs = defaults[name]
    valid = set(cls().get_params())
    unknown = sorted(set(params) - valid)
    if unknown:
        raise ValueError(
            f"{name} has no hyper-parameter {unknown}; valid ones are {sorted(valid)} "
            f"(e.g. make_classifier('kNN', n_neighbors=7))."
        )
    kwargs = {**kwargs, **params}
    estimator = cls(**kwargs)
    if name == "SVM":  # an SVM gives scores, not probabilities: calibrate them (predict_proba for plots)
        estimator = CalibratedClassifierCV(estimator, ensemble=False)
    return make_pipeline(StandardScaler(), estimator) if name in SCALED else estimator


def _check_xy(X: Any, y: Any, name_x: str, name_y: str) -> tuple[np.ndarray, np.ndarray]:
    X_arr = as_array(X, name_x, ndim=2)
    y_arr = check_binary_labels(y, name_y)
    check_same_length(X_arr, y_arr, name_x, name_y)
    return X_arr, y_arr


def fit_classifiers(X_train: Any, y_train: Any, names: Sequence[str] = CLASSIFIER_NAMES, seed: int = 0,
                    params: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """Fit several classic classifiers on the same training data.

    Args:
        X_train: features, shape ``(n_samples, n_features)``.
        y_train: labels 0/1, shape ``(n_samples,)``.
        names: which classifiers (see :data:`CLASSIFIER_NAMES`).
        seed: random seed passed to :func:`make_classifier`.
        params: optional hyper-parameters per name, e.g. ``{"kNN": {"n_neighbors": 15}}``.

    Returns:
        ``{name: fitted estimator}``, in the order of ``names``.
    """
    X_arr, y_arr = _check_xy(X_train, y_train, "X_train", "y_train")
    if isinstance(names, str) or not isinstance(names, Sequence) or len(names) == 0:
        raise TypeError("names must be a non-empty list of classifier names such as "
                        f"{list(CLASSIFIER_NAMES)}, got {names!r}.")
    params = dict(params or {})
    extra = sorted(set(params) - set(names))
    if extra:
        raise ValueError(f"params names classifiers {extra} that are not in names {list(names)}.")
    if len(np.unique(y_arr)) < 2:
        raise ValueError("y_train must contain both classes (0 and 1) to train a classifier.")
    return {name: make_classifier(name, seed=seed, **dict(params.get(name, {}))).fit(X_arr, y_arr)
            for name in names}


def score_table(models: Mapping[str, Any], X_train: Any, y_train: Any, X_test: Any, y_test: Any) -> Any:
    """Compare fitted classifiers: train accuracy, then test accuracy, sensitivity and specificity.

    Args:
        models: ``{name: fitted estimator}`` (e.g. from :func:`fit_classifiers`).
        X_train, y_train: the data the models were fitted on, shapes ``(n, p)`` and ``(n,)``.
        X_test, y_test: held-out data, shapes ``(m, p)`` and ``(m,)``.

    Returns:
        A pandas DataFrame, one row per model, columns ``train accuracy``, ``test accuracy``,
        ``sensitivity``, ``specificity`` (test set, fractions between 0 and 1, rounded to 3 decimals).
    """
    import pandas as pd

    from .metrics import binary_metrics

    if not isinstance(models, Mapping) or not models:
        raise TypeError("models must be a non-empty dict {name: fitted model}, e.g. from fit_classifiers().")
    Xtr, ytr = _check_xy(X_train, y_train, "X_train", "y_train")
    Xte, yte = _check_xy(X_test, y_test, "X_test", "y_test")
    if Xtr.shape[1] != Xte.shape[1]:
        raise ValueError(f"X_train and X_test must have the same number of features, got {Xtr.shape[1]} "
                         f"and {Xte.shape[1]}.")
    rows = {}
    for name, model in models.items():
        if not hasattr(model, "predict"):
            raise TypeError(f"models[{name!r}] must be a fitted model with a predict() method, "
                            f"got {type(model).__name__}.")
        train = binary_metrics(ytr, model.predict(Xtr))
        test = binary_metrics(yte, model.predict(Xte))
        rows[name] = {"train accuracy": train["accuracy"], "test accuracy": test["accuracy"],
                      "sensitivity": test["sensitivity"], "specificity": test["specificity"]}
    return pd.DataFrame(rows).T.round(3)


def scores_vs_hyperparameter(name: str, param: str, values: Sequence[Any], X_train: Any, y_train: Any,
                             X_test: Any, y_test: Any, seed: int = 0) -> dict[str, np.ndarray]:
    """Train and test accuracy of one classifier for each value of one hyper-parameter.

    Args:
        name: classifier name (see :data:`CLASSIFIER_NAMES`).
        param: the hyper-parameter to vary, e.g. ``"n_neighbors"`` (kNN) or ``"max_depth"`` (tree).
        values: the values to try, e.g. ``range(1, 60)``.
        X_train, y_train, X_test, y_test: as in :func:`score_table`.

    Returns:
        ``{"values": (n_values,), "train_accuracy": (n_values,), "test_accuracy": (n_values,)}``.
    """
    Xtr, ytr = _check_xy(X_train, y_train, "X_train", "y_train")
    Xte, yte = _check_xy(X_test, y_test, "X_test", "y_test")
    values = list(values)
    if not values:
        raise ValueError(f"values must list at least one value of {param!r}, got an empty list.")
    make_classifier(name, seed=seed, **{param: values[0]})  # checks name and param before the loop
    train_acc, test_acc = [], []
    for value in values:
        model = make_classifier(name, seed=seed, **{param: value}).fit(Xtr, ytr)
        train_acc.append(float(np.mean(model.predict(Xtr) == ytr)))
        test_acc.append(float(np.mean(model.predict(Xte) == yte)))
    return {"values": np.asarray(values), "train_accuracy": np.asarray(train_acc),
            "test_accuracy": np.asarray(test_acc)}


def flip_labels(y: Any, fraction: float, seed: int = 0, from_class: int | None = None) -> np.ndarray:
    """Return a copy of 0/1 labels with a given share of them flipped (simulated labelling errors).

    Args:
        y: labels 0/1, shape ``(n_samples,)``.
        fraction: share of the candidate labels to flip, between 0 and 1 (``round(fraction * n)`` exactly).
        seed: random seed (which labels are flipped).
        from_class: flip only labels of this class (e.g. ``1``: missed diagnoses recorded as healthy);
            ``None`` flips labels of both classes.

    Returns:
        int array of shape ``(n_samples,)``.
    """
    labels = check_binary_labels(y, "y").copy()
    fraction = check_fraction(fraction, "fraction", inclusive=True)
    seed = check_int(seed, "seed", minimum=0)
    if from_class is None:
        candidates = np.arange(len(labels))
    else:
        check_choice(from_class, "from_class", (0, 1, None))
        candidates = np.flatnonzero(labels == from_class)
    rng = np.random.default_rng(seed)
    chosen = rng.choice(candidates, size=int(round(fraction * len(candidates))), replace=False)
    labels[chosen] = 1 - labels[chosen]
    return labels


def add_shortcut(y: Any, agreement: float, seed: int = 0) -> np.ndarray:
    """A 0/1 column that agrees with the label ``y`` for a given share of samples: a "shortcut" feature.

    It mimics a detail that happens to go with the diagnosis in one data set but says nothing about the
    disease: the snow behind the wolves in photos, the name of the hospital printed on an X-ray, the pen
    mark a dermatologist draws next to a suspicious mole.

    Args:
        y: labels 0/1, shape ``(n_samples,)``.
        agreement: share of samples where the column equals the label, between 0 and 1
            (1 = a perfect shortcut, 0.5 = about as good as a coin toss).
        seed: random seed (which samples disagree).

    Returns:
        int array of shape ``(n_samples,)``.
    """
    agreement = check_fraction(agreement, "agreement", inclusive=True)
    return flip_labels(y, 1.0 - agreement, seed=seed)


def shape_table(**arrays: Any) -> Any:
    """A table describing arrays or tensors by name: shape, number of dimensions, number of values, type.

    Example: ``shape_table(one_patient=x, all_patients=X, digit=img)``.

    Returns:
        A pandas DataFrame with one row per array and columns ``shape``, ``dimensions``, ``values``,
        ``dtype``.
    """
    import pandas as pd

    if not arrays:
        raise TypeError("shape_table needs at least one array, passed by name: shape_table(X=X, image=img).")
    rows = {}
    for name, value in arrays.items():
        if hasattr(value, "detach"):  # torch tensor: keep its own shape and dtype
            shape, dtype = tuple(value.shape), str(value.dtype).replace("torch.", "")
        else:
            arr = as_array(value, name, dtype=None)
            shape, dtype = arr.shape, str(arr.dtype)
        rows[name] = {"shape": str(tuple(int(s) for s in shape)), "dimensions": len(shape),
                      "values": int(np.prod(shape)), "dtype": dtype}
    return pd.DataFrame(rows).T
