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

import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from .i18n import N_, get_language, tr
from .validation import (
    as_array,
    check_binary_labels,
    check_choice,
    check_fraction,
    check_int,
    check_same_length,
    check_text,
    describe,
    shape_of,
)

#: Readable names of the classic classifiers, in the order the notebook presents them.
CLASSIFIER_NAMES = ("kNN", "naive Bayes", "decision tree", "SVM", "logistic regression")

#: Classifiers that compare distances or weighted sums of features: their features are standardised first.
SCALED = ("kNN", "SVM", "logistic regression")

#: Most values :func:`scores_vs_hyperparameter` tries (it trains one model per value).
MAX_VALUES = 200

#: Samples of each class the SVM needs: its probabilities are calibrated by 5-fold cross-validation.
SVM_MIN_PER_CLASS = 5


def _classifier_name(name: Any) -> str:
    """The canonical name in :data:`CLASSIFIER_NAMES`; case, spaces, hyphens and underscores do not matter."""
    if isinstance(name, str):
        folded = {n.lower().replace(" ", ""): n for n in CLASSIFIER_NAMES}
        key = name.lower().replace(" ", "").replace("_", "").replace("-", "")
        if key in folded:
            return folded[key]
    return check_choice(name, "name", CLASSIFIER_NAMES)


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
        ValueError: unknown name, a hyper-parameter the estimator does not have, or a value it does not accept
            (e.g. ``n_neighbors=0``).
    """
    name = _classifier_name(name)
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
        raise ValueError(tr("{name} has no hyper-parameter {unknown}; valid ones are {valid} "
                            "(e.g. make_classifier('kNN', n_neighbors=7)).", name=name, unknown=unknown,
                            valid=sorted(valid)))
    kwargs = {**kwargs, **params}
    estimator = cls(**kwargs)
    _check_params(estimator, name, params)
    if name == "SVM":  # an SVM gives scores, not probabilities: calibrate them (predict_proba for plots)
        estimator = CalibratedClassifierCV(estimator, ensemble=False)
    return make_pipeline(StandardScaler(), estimator) if name in SCALED else estimator


def _check_params(estimator: Any, name: str, params: Mapping[str, Any]) -> None:
    """Check hyper-parameter values now (scikit-learn would only complain inside ``fit``)."""
    validate = getattr(estimator, "_validate_params", None)
    if validate is None:  # an older scikit-learn: fit() will check
        return
    try:
        validate()
    except (TypeError, ValueError) as err:
        given = ", ".join(f"{k}={v!r}" for k, v in params.items())
        call = f"{name!r}, {given}"
        said = re.fullmatch(r"The '(\w+)' parameter of \w+ must be (.+)\. Got (.+) instead\.", str(err), re.S)
        if said and get_language() != "en":  # scikit-learn's sentence, in the course's language
            allowed = said.group(2)
            for english, words in _CONSTRAINT_WORDS:
                allowed = allowed.replace(english, tr(words))
            raise ValueError(tr("make_classifier({call}): the hyper-parameter {param} must be {allowed}, got {got}.",
                                call=call, param=repr(said.group(1)), allowed=allowed, got=said.group(3))) from None
        raise ValueError(tr("make_classifier({call}): a hyper-parameter has a value {name} does not accept. "
                            "scikit-learn says: {error}", call=call, name=name, error=err)) from None


#: The words of scikit-learn's parameter constraints ("an int in the range [1, inf) or None"), for other languages.
_CONSTRAINT_WORDS = (
    ("an int in the range", N_("a whole number in the range")), ("a float in the range", N_("a number in the range")),
    ("an int", N_("a whole number")), ("a float", N_("a number")), ("a str among", N_("one of the texts")),
    ("a callable", N_("a function")), (" or ", N_(" or ")), ("an instance of", N_("an object of type")),
)


def _check_xy(X: Any, y: Any, name_x: str, name_y: str) -> tuple[np.ndarray, np.ndarray]:
    X_arr = as_array(X, name_x, ndim=2)
    y_arr = np.asarray(y) if shape_of(y) is not None and not hasattr(y, "detach") else None
    if y_arr is not None and y_arr.size and (y_arr.dtype.kind in "US" or (
            y_arr.dtype.kind == "O" and any(isinstance(v, str) for v in y_arr.ravel()[:1000]))):
        values = sorted({str(v) for v in y_arr.ravel()})[:4]
        raise TypeError(tr("{name} must hold the labels as 0 and 1, got text labels {values}. Encode them first, "
                           "e.g. ({name} == {last}).astype(int) makes {last} the positive class (1).", name=name_y,
                           values=values, last=repr(values[-1])))
    y_arr = check_binary_labels(y, name_y)
    check_same_length(X_arr, y_arr, name_x, name_y)
    return X_arr, y_arr


def _check_test(X_train: np.ndarray, X_test: np.ndarray) -> None:
    if X_train.shape[1] != X_test.shape[1]:
        raise ValueError(tr("X_train and X_test must have the same number of features (columns), got {train} and "
                            "{test}. Select the same columns in both.", train=X_train.shape[1],
                            test=X_test.shape[1]))


def _check_trainable(name: str, estimator: Any, y: np.ndarray, where: str) -> None:
    """Refuse, before fitting, data a classifier cannot learn from (scikit-learn's messages are cryptic here)."""
    counts = np.bincount(y, minlength=2)
    if counts.min() == 0:
        raise ValueError(tr("{where} must contain both classes (0 and 1) to train a classifier, got only {label}s "
                            "({n} labels).", where=where, label=int(np.argmax(counts)), n=len(y)))
    if name == "SVM" and counts.min() < SVM_MIN_PER_CLASS:
        raise ValueError(tr("the SVM needs at least {minimum} samples of each class in {where} (its probabilities "
                            "come from 5-fold cross-validation), got {n0} of class 0 and {n1} of class 1. Use more "
                            "data, or leave the SVM out of names.", minimum=SVM_MIN_PER_CLASS, where=where,
                            n0=counts[0], n1=counts[1]))
    inner = estimator.steps[-1][1] if hasattr(estimator, "steps") else estimator
    k = getattr(inner, "n_neighbors", None)
    if isinstance(k, (int, np.integer)) and k > len(y):
        raise ValueError(tr("kNN with n_neighbors={k} needs at least {k} training samples, {where} has {n}: use "
                            "n_neighbors <= {n}.", k=k, where=where, n=len(y)))


def _fit(name: str, estimator: Any, X: np.ndarray, y: np.ndarray, where: str) -> Any:
    _check_trainable(name, estimator, y, where)
    try:
        return estimator.fit(X, y)
    except ValueError as err:  # a data problem scikit-learn found that the checks above did not foresee
        raise ValueError(tr("{name} could not be trained on these data. scikit-learn says: {error}", name=name,
                            error=err)) from err


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
        fix = tr(" For one classifier, write names=[{name}].", name=repr(names)) if isinstance(names, str) else ""
        raise TypeError(tr("names must be a non-empty list of classifier names such as {names}, got {received}.",
                           names=list(CLASSIFIER_NAMES), received=describe(names)) + fix)
    names = [_classifier_name(n) for n in names]
    params = _check_param_table(params, names)
    seed = check_int(seed, "seed", minimum=0)
    models = {name: make_classifier(name, seed=seed, **params.get(name, {})) for name in names}
    return {name: _fit(name, model, X_arr, y_arr, "y_train") for name, model in models.items()}


def _check_param_table(params: Any, names: Sequence[str]) -> dict[str, dict[str, Any]]:
    if params is None:
        return {}
    example = tr("e.g. {example}", example="{'kNN': {'n_neighbors': 15}}")
    if not isinstance(params, Mapping):
        raise TypeError(tr("params must be a dict {{classifier name: {{hyper-parameter: value}}}}, {example}, got "
                           "{received}.", example=example, received=describe(params)))
    table = {}
    for key, value in params.items():
        if not isinstance(value, Mapping):
            raise TypeError(tr("params[{key}] must be a dict of hyper-parameters, {example}, got {received}.",
                               key=repr(key), example=example, received=describe(value)))
        table[_classifier_name(key)] = dict(value)
    extra = sorted(set(table) - set(names))
    if extra:
        raise ValueError(tr("params names classifiers {extra} that are not in names {names}.", extra=extra,
                            names=list(names)))
    return table


def score_table(models: Mapping[str, Any], X_train: Any, y_train: Any, X_test: Any, y_test: Any) -> Any:
    """Compare fitted classifiers: train accuracy, then test accuracy, sensitivity and specificity.

    Args:
        models: ``{name: fitted estimator}`` (e.g. from :func:`fit_classifiers`).
        X_train, y_train: the data the models were fitted on, shapes ``(n, p)`` and ``(n,)``.
        X_test, y_test: held-out data, shapes ``(m, p)`` and ``(m,)``.

    Returns:
        A pandas DataFrame, one row per model, columns ``train accuracy``, ``test accuracy``,
        ``sensitivity``, ``specificity`` (test set, fractions between 0 and 1, rounded to 3 decimals), named in the
        course's language (French: ``exactitude (entraînement)``, ``exactitude (test)``, ``sensibilité``,
        ``spécificité``).
    """
    import pandas as pd

    from .metrics import binary_metrics

    if not isinstance(models, Mapping) or not models:
        raise TypeError(tr("models must be a non-empty dict {{name: fitted model}}, e.g. from fit_classifiers(), got "
                           "{received}.", received=describe(models)))
    Xtr, ytr = _check_xy(X_train, y_train, "X_train", "y_train")
    Xte, yte = _check_xy(X_test, y_test, "X_test", "y_test")
    _check_test(Xtr, Xte)
    rows = {}
    for name, model in models.items():
        train = binary_metrics(ytr, _predict(model, name, Xtr, "X_train"))
        test = binary_metrics(yte, _predict(model, name, Xte, "X_test"))
        rows[name] = {tr("train accuracy"): train["accuracy"], tr("test accuracy"): test["accuracy"],
                      tr("sensitivity"): test["sensitivity"], tr("specificity"): test["specificity"]}
    return pd.DataFrame(rows).T.round(3)


def _predict(model: Any, name: Any, X: np.ndarray, x_name: str) -> np.ndarray:
    """``model.predict(X)`` as 0/1 labels, with course messages for an unfitted or mismatched model."""
    label = f"models[{name!r}]"
    if isinstance(model, type) or not hasattr(model, "predict"):
        raise TypeError(tr("{label} must be a fitted model with a predict() method, got {received}.", label=label,
                           received=describe(model)))
    n_features = getattr(model, "n_features_in_", None)
    if n_features is None and type(model).__module__.startswith("sklearn"):
        raise ValueError(tr("{label} is not fitted yet: fit it first, model.fit(X_train, y_train), or build the "
                            "models with fit_classifiers(X_train, y_train).", label=label))
    if n_features is not None and n_features != X.shape[1]:
        raise ValueError(tr("{label} was fitted on {n} features, but {x_name} has {columns} columns. Use the same "
                            "columns the model was trained on.", label=label, n=n_features, x_name=x_name,
                            columns=X.shape[1]))
    try:
        pred = np.asarray(model.predict(X))
    except Exception as err:  # the model's own code failed: say which model and which data
        raise ValueError(tr("{label}.predict({x_name}) failed with {error}: {message}", label=label, x_name=x_name,
                            error=type(err).__name__, message=err)) from err
    if pred.shape != (len(X),) or pred.dtype.kind not in "biuf" or not np.isin(pred, [0, 1]).all():
        shown = np.unique(pred)[:6].tolist() if pred.dtype.kind in "biufUSO" else describe(pred)
        raise ValueError(tr("{label}.predict({x_name}) must return one label 0 or 1 per row ({n} labels), got shape "
                            "{shape} with values {shown}. Train the model on 0/1 labels; for probabilities, threshold "
                            "them: (p >= 0.5).astype(int).", label=label, x_name=x_name, n=len(X), shape=pred.shape,
                            shown=shown))
    return pred.astype(int)


def scores_vs_hyperparameter(name: str, param: str, values: Sequence[Any], X_train: Any, y_train: Any,
                             X_test: Any, y_test: Any, seed: int = 0) -> dict[str, np.ndarray]:
    """Train and test accuracy of one classifier for each value of one hyper-parameter.

    Args:
        name: classifier name (see :data:`CLASSIFIER_NAMES`).
        param: the hyper-parameter to vary, e.g. ``"n_neighbors"`` (kNN) or ``"max_depth"`` (tree).
        values: the values to try, e.g. ``range(1, 60)``; at most :data:`MAX_VALUES` (one model each).
        X_train, y_train, X_test, y_test: as in :func:`score_table`.

    Returns:
        ``{"values": (n_values,), "train_accuracy": (n_values,), "test_accuracy": (n_values,)}``.
    """
    name = _classifier_name(name)
    param = check_text(param, tr("param (the hyper-parameter's name)"))
    Xtr, ytr = _check_xy(X_train, y_train, "X_train", "y_train")
    Xte, yte = _check_xy(X_test, y_test, "X_test", "y_test")
    _check_test(Xtr, Xte)
    if isinstance(values, (str, bytes, Mapping)) or not hasattr(values, "__iter__"):
        raise TypeError(tr("values must be a list of values of {param} to try, e.g. [1, 5, 15] or range(1, 60), got "
                           "{received}.", param=repr(param), received=describe(values))
                        + (tr(" For one value, write [{value}].", value=repr(values))
                           if isinstance(values, (int, float)) else ""))
    values = list(values)
    if not values:
        raise ValueError(tr("values must list at least one value of {param}, got an empty list.", param=repr(param)))
    if len(values) > MAX_VALUES:
        raise ValueError(tr("values lists {n} values of {param}, but each one trains a model: use at most {maximum}, "
                            "e.g. every 5th value, values[::5].", n=len(values), param=repr(param),
                            maximum=MAX_VALUES))
    models = [make_classifier(name, seed=seed, **{param: value}) for value in values]  # all checked first
    train_acc, test_acc = [], []
    for model in models:
        _fit(name, model, Xtr, ytr, "y_train")
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

    Example: ``shape_table(one_patient=x, all_patients=X, digit=img)``. Arrays with missing values or no rows
    are described too (this only reads their shape).

    Returns:
        A pandas DataFrame with one row per array and columns ``shape``, ``dimensions``, ``values``,
        ``dtype``.
    """
    import pandas as pd

    if not arrays:
        raise TypeError(tr("shape_table needs at least one array, passed by name: shape_table(X=X, image=img)."))
    rows = {}
    for name, value in arrays.items():
        shape = shape_of(value)
        if shape is None or isinstance(value, (str, bytes)):
            raise TypeError(tr("{name} must be an array, a tensor, a table or a list of numbers (something with a "
                               "shape), got {received}.", name=name, received=describe(value))
                            + (tr(" Its rows have different lengths: a table needs the same number of values in "
                                  "every row.") if isinstance(value, (list, tuple)) else ""))
        rows[name] = {"shape": str(shape), "dimensions": len(shape), "values": int(np.prod(shape)),
                      "dtype": _dtype_text(value)}
    return pd.DataFrame(rows).T


def _dtype_text(value: Any) -> str:
    dtypes = getattr(value, "dtypes", None)  # a pandas DataFrame: one dtype per column
    if dtypes is not None and hasattr(dtypes, "unique"):
        unique = [str(d) for d in dtypes.unique()]
        return unique[0] if len(unique) == 1 else tr("mixed ({dtypes})", dtypes=", ".join(unique))
    dtype = getattr(value, "dtype", None)
    if dtype is not None:
        return str(dtype).replace("torch.", "")
    return str(np.asarray(value).dtype)
