"""Course figure style and the plots every notebook reuses.

Colours come from the Okabe–Ito palette, which stays distinguishable with the common forms of colour
blindness. The same class always gets the same colour across the course, and these two colours mean the
classes only: negative / healthy / "no alert" in blue (``NEGATIVE_COLOR``), positive / disease / "alert" in
vermillion (``POSITIVE_COLOR``). Every other series (learning curves, methods, learning rates) takes the
default colour cycle, ``SERIES_COLORS``, which leaves both class colours out.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import matplotlib as mpl
import numpy as np
from matplotlib import scale as mscale
from matplotlib import ticker as mticker
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from . import i18n
from .i18n import N_, number, tr
from .validation import (
    KeyNotFoundError,
    as_array,
    check_int,
    check_names,
    check_number,
    check_positive,
    check_same_length,
    check_text,
    describe,
)

OKABE_ITO = {
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "green": "#009E73",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
    "black": "#000000",
}
#: The eight Okabe–Ito colours in class order: index k is the colour of class k (multi-class plots).
PALETTE = [OKABE_ITO[k] for k in ("blue", "vermillion", "green", "orange", "sky", "purple", "yellow", "black")]
#: Fixed colour per class: 0 = negative/healthy, 1 = positive/alert (then further classes).
CLASS_COLORS = PALETTE
NEGATIVE_COLOR = OKABE_ITO["blue"]
POSITIVE_COLOR = OKABE_ITO["vermillion"]
#: Colours for series that are not classes, in the order of the default colour cycle: the class colours are left
#: out, and the first three stay far apart with each form of colour blindness (simulated, CIELAB distance > 50).
SERIES_COLORS = [OKABE_ITO[k] for k in ("green", "orange", "black", "sky", "purple", "yellow")]
#: Two-colour map for probabilities of the positive class (blue = 0, white = 0.5, vermillion = 1).
PROBA_CMAP = mpl.colors.LinearSegmentedColormap.from_list("course_proba", [NEGATIVE_COLOR, "#FFFFFF", POSITIVE_COLOR])

_BASE_STYLE = {
    "figure.figsize": (7.0, 4.2),
    "figure.dpi": 100,
    "savefig.dpi": 120,
    "figure.autolayout": False,
    "figure.constrained_layout.use": True,
    "axes.prop_cycle": mpl.cycler(color=SERIES_COLORS),
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titleweight": "bold",
    "image.cmap": "gray",
    "legend.frameon": False,
}
_SIZES = {
    False: {"font.size": 11, "axes.titlesize": 12, "axes.labelsize": 11, "lines.linewidth": 2.0,
            "lines.markersize": 6, "legend.fontsize": 10},
    True: {"font.size": 16, "axes.titlesize": 18, "axes.labelsize": 16, "lines.linewidth": 3.0,
           "lines.markersize": 9, "legend.fontsize": 14, "xtick.labelsize": 14, "ytick.labelsize": 14},
}


def use_style(presentation: bool = False) -> None:
    """Apply the course figure style; ``presentation=True`` gives larger fonts and lines for a projector.

    In French (``course_utils.setup(lang="fr")`` sets the language, then calls this), the tick labels of every
    figure drawn afterwards, the course's and plain ``plt.plot`` alike, write numbers the French way: ``0,5``,
    ``−1``, ``12 500`` (see :class:`FrenchScalarFormatter`). Back in English they are Matplotlib's again.
    """
    if not isinstance(presentation, bool):
        raise TypeError(tr("presentation must be True or False, got {received}.", received=describe(presentation)))
    mpl.rcParams.update(_BASE_STYLE)
    mpl.rcParams.update(_SIZES[presentation])
    if i18n.get_language() == "fr":
        mpl.rcParams["axes.unicode_minus"] = True  # the true minus sign, −1, not the hyphen
        _use_course_scale()
    _fast_inline_png()


def _fast_inline_png() -> None:
    """In a notebook, encode the figures shown under cells with fast PNG compression (level 1, as the widgets do).

    Pillow's default (level 6) spends about 30 ms more per figure for files only 10 % smaller: half a second in
    notebook 09. Outside a notebook (no inline backend), nothing changes."""
    try:
        from matplotlib_inline.config import InlineBackend
    except ImportError:  # pragma: no cover - comes with ipykernel
        return
    config = InlineBackend.instance()
    pil_kwargs = {**config.print_figure_kwargs.get("pil_kwargs", {}), "compress_level": 1}
    config.print_figure_kwargs = {**config.print_figure_kwargs, "pil_kwargs": pil_kwargs}


# --------------------------------------------------------------------------------------------------- French numbers
# Matplotlib gives every linear axis (plt.plot, imshow, colorbars...) a fresh ScalarFormatter through the "linear"
# scale. Registering a subclass of that scale under the same name (matplotlib.scale.register_scale, public API) makes
# every new axis take the French formatter while the course speaks French. Unlike rcParams["axes.formatter.use_locale"]
# it needs no fr_FR system locale (absent on Binder, Colab and CI). Log axes keep Matplotlib's formatter: their labels
# are powers of ten (10⁻², 2×10⁻¹) without decimals.

_THOUSANDS = re.compile(r"(?<![\d.])\d{5,}")  # an integer part of five digits or more (10000, not 1000)
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def french_number_text(text: str) -> str:
    """A tick label written by Matplotlib (``"-0.5"``, ``"12500"``, ``"$\\mathdefault{0.5}$"``) the French way:
    decimal comma, true minus sign, thin spaces between thousands from 10 000 (French usage leaves 4-digit numbers
    whole). Mathtext labels (between ``$``) get ``{,}`` (a comma without the space mathtext puts after punctuation).
    """
    math = "$" in text
    space = "\\," if math else "\u202f"
    text = _THOUSANDS.sub(lambda m: _group_thousands(m.group(), space), text)
    text = _DECIMAL_POINT.sub("{,}" if math else ",", text)
    return text.replace("-", "\N{MINUS SIGN}")


def _group_thousands(digits: str, space: str) -> str:
    head = len(digits) % 3 or 3
    return space.join([digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])


class FrenchScalarFormatter(mticker.ScalarFormatter):
    """Matplotlib's default tick formatter (offset, scientific notation, colorbars) writing numbers in French:
    ``0,5`` not ``0.5``, ``−1`` (minus sign), ``12 500``. Needs no French system locale."""

    def __call__(self, x: float, pos: int | None = None) -> str:
        return french_number_text(super().__call__(x, pos))

    def get_offset(self) -> str:
        return french_number_text(super().get_offset())

    def format_data_short(self, value: float) -> str:
        return french_number_text(super().format_data_short(value))


class _CourseLinearScale(mscale.LinearScale):
    """The linear scale, whose axes take :class:`FrenchScalarFormatter` while the course speaks French."""

    # No named ``axis`` parameter: Matplotlib >= 3.11 then constructs it without one (and warns about none);
    # older versions pass the axis, which goes on to LinearScale.
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)

    def set_default_locators_and_formatters(self, axis: Any) -> None:
        super().set_default_locators_and_formatters(axis)
        if i18n.get_language() == "fr":
            axis.set_major_formatter(FrenchScalarFormatter())


def _use_course_scale() -> None:
    """Make new linear axes follow the course's language (registered once, the first time French is asked for).

    The course's scale stays registered afterwards: it reads the language each time an axis is made, so that
    English figures get Matplotlib's own formatter again."""
    global _SCALE_REGISTERED
    if not _SCALE_REGISTERED:
        mscale.register_scale(_CourseLinearScale)
        _SCALE_REGISTERED = True


_SCALE_REGISTERED = False


def class_color(label: int) -> str:
    """Return the course colour of class ``label`` (0 = blue/negative, 1 = vermillion/positive, ...)."""
    label = check_int(label, "label", minimum=0, maximum=len(CLASS_COLORS) - 1)
    return CLASS_COLORS[label]


def _new_axes(ax: Axes | None, figsize: tuple[float, float] | None = None) -> Axes:
    if ax is not None:
        if not isinstance(ax, Axes):
            fix = tr(" (plt.subplots returns the figure and the axes: fig, ax = plt.subplots())") \
                if isinstance(ax, Figure) or isinstance(ax, tuple) else ""
            raise TypeError(tr("ax must be a matplotlib Axes (e.g. from fig, ax = plt.subplots()), got "
                               "{received}{fix}.", received=describe(ax), fix=fix))
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize)
    return ax


# --------------------------------------------------------------------------------------------------- learning curves

#: What training.fit records besides learning curves: never drawn by default.
_NOT_CURVES = {
    "seconds": N_("the time since the start of training (seconds)"),
    "best_epoch": N_("the epoch early stopping kept"),
    "epoch": N_("the epoch numbers"),
}
_RATE_KEYS = ("lr", "learning_rate")
#: Legend names of the curves training.fit records (other keys are shown as written, "_" read as a space).
_CURVE_NAMES = {
    "train_loss": N_("train loss"),
    "val_loss": N_("val loss"),
    "val_metric": N_("val metric"),
    "train_metric": N_("train metric"),
    "lr": N_("learning rate"),
    "learning_rate": N_("learning rate"),
}


def _curve_name(key: Any) -> str:
    """The legend name of a history curve, in the course's language (``"train_loss"`` -> "train loss")."""
    name = _CURVE_NAMES.get(str(key))
    return tr(name) if name is not None else str(key).replace("_", " ")


def plot_history(
    history: Mapping[str, Sequence[float]],
    keys: str | Sequence[str] | None = None,
    ax: Axes | None = None,
    xlabel: str = N_("epoch"),
    ylabel: str = N_("loss"),
    title: str = N_("Learning curves"),
) -> Axes:
    """Plot learning curves, e.g. ``{"train_loss": [...], "val_loss": [...]}``, one line per key.

    Works with the history returned by ``training.fit``: by default it draws the loss and metric curves only.
    The learning rate (``"lr"``) has other units: it is drawn only when asked for in ``keys``, on its own axis
    (on the right). The time (``"seconds"``) and ``"best_epoch"`` are not learning curves and are never drawn.

    Args:
        history: mapping from a curve name to its values (one per epoch or iteration; numbers, or tensors).
        keys: which curves to draw: one name (``"val_loss"``) or a list (default: every loss or metric curve).
        ax: axes to draw on (a new figure if ``None``).
        xlabel, ylabel, title: texts of the figure (the defaults are written in the course's language).
    """
    history = _history_dict(history)
    for text, label in ((xlabel, "xlabel"), (ylabel, "ylabel"), (title, "title")):
        check_text(text, label)
    keys = _history_keys(history, keys)
    curves = {key: _curve(history, key) for key in keys}
    ax = _new_axes(ax)
    rates = [key for key in keys if key in _RATE_KEYS]
    if len(rates) == len(keys):  # only the learning rate: it gets the main axis
        ylabel = N_("learning rate α") if ylabel == "loss" else ylabel
        rates = []
    xlabel, ylabel, title = tr(xlabel), tr(ylabel), tr(title)  # the defaults in the course's language
    for key, values in curves.items():
        if key not in rates:
            ax.plot(np.arange(1, len(values) + 1), values, label=_curve_label(key, values))
    ax.set(xlabel=xlabel, ylabel=ylabel, title=title)
    ax.xaxis.set_major_locator(mticker.MaxNLocator(integer=True))  # epochs are whole numbers (no "1.5")
    handles, labels = ax.get_legend_handles_labels()
    if rates:  # other units: on its own axis, on the right
        twin = ax.twinx()
        for key in rates:
            (line,) = twin.plot(np.arange(1, len(curves[key]) + 1), curves[key], linestyle="--", color="#777777",
                                label=tr("learning rate (right axis)"))
            handles.append(line)
            labels.append(line.get_label())
        twin.set_ylabel(tr("learning rate α"))
        twin.grid(False)
        twin.spines["right"].set_visible(True)
    if len(handles) > 1:
        ax.legend(handles, labels)
    return ax


def _history_dict(history: Any) -> dict[str, Any]:
    if type(history).__name__ == "DataFrame" and hasattr(history, "to_dict"):
        history = {str(column): history[column].to_numpy() for column in history.columns}
    if not isinstance(history, Mapping):
        fix = tr(" For a single curve, name it: {code}.", code="plot_history({'train_loss': losses})") \
            if isinstance(history, (list, tuple, np.ndarray)) else ""
        raise TypeError(tr("history must be a dict of curves such as {example} (what training.fit returns), got "
                           "{received}.{fix}", example="{'train_loss': [...], 'val_loss': [...]}",
                           received=describe(history), fix=fix))
    if not history:
        raise ValueError(tr("history is empty (a dict without curves): train the model first, or check the "
                            "variable."))
    return dict(history)


def _history_keys(history: dict[str, Any], keys: Any) -> list[Any]:
    if keys is None:
        found = [key for key in history if key not in _RATE_KEYS and str(key) not in _NOT_CURVES
                 and _is_curve(history[key])]
        if not found:
            raise ValueError(tr("history has no learning curve to draw (lists of numbers): its keys are {keys}. "
                                "Name the curves with keys=[...].", keys=list(history)))
        return found
    if isinstance(keys, str):
        keys = [keys]
    if not isinstance(keys, (list, tuple)) or not keys:
        raise TypeError(tr("keys must be a curve name or a list of names such as ['train_loss', 'val_loss'], got "
                           "{received}.", received=describe(keys)))
    for key in keys:
        if key not in history:
            import difflib

            close = difflib.get_close_matches(str(key), [str(k) for k in history], n=1)
            hint = tr(" Did you mean {name}?", name=repr(close[0])) if close else ""
            raise KeyNotFoundError(tr("history has no curve named {key}; available: {available}.{hint}",
                                      key=[key], available=list(history), hint=hint))
        if str(key) in _NOT_CURVES:
            raise ValueError(tr("history[{key}] is {what}, not a learning curve: plot_history does not draw it. To "
                                "look at it anyway: plt.plot(history[{key}]).", key=repr(key),
                                what=tr(_NOT_CURVES[str(key)])))
    return list(keys)


def _is_curve(values: Any) -> bool:
    try:
        as_array(values, "values", ndim=1, allow_nan=True)
    except (TypeError, ValueError):
        return False
    return True


def _curve(history: dict[str, Any], key: Any) -> np.ndarray:
    return as_array(history[key], f"history[{key!r}]", ndim=1, allow_nan=True)


def _curve_label(key: Any, values: np.ndarray) -> str:
    label = _curve_name(key)
    broken = np.flatnonzero(~np.isfinite(values))
    if broken.size:  # Matplotlib leaves a gap: say why the curve stops
        label += tr(" (NaN/inf from epoch {epoch})", epoch=broken[0] + 1)
    return label


# --------------------------------------------------------------------------------------------------- decision maps


def probability_grid(
    predict_proba: Any, X: Any, resolution: int = 150, margin: float = 0.1
) -> tuple[np.ndarray, tuple[float, float, float, float]]:
    """Evaluate a classifier on a grid covering the 2-D data ``X``.

    Args:
        predict_proba: what gives the probability of the positive class at each point, one of:

            - a function mapping a NumPy array ``(n_points, 2)`` to probabilities (or 0/1 classes) of shape
              ``(n_points,)``, ``(n_points, 1)`` or ``(n_points, 2)`` (then the second column, whose rows add up to 1);
            - a trained scikit-learn model (its ``predict_proba``, or ``predict`` (0/1 classes) if it has none);
            - a PyTorch model (``torch.nn.Module``) with 2 inputs: called on a float tensor without gradients, in
              eval mode. Its outputs are read as logits, as the course's models give (last layer ``nn.Linear``,
              trained with ``BCEWithLogitsLoss``): a sigmoid for one output, a softmax for two. A model whose last
              layer is ``nn.Sigmoid`` or ``nn.Softmax`` is read as giving probabilities.
        X: data of shape ``(n_samples, 2)``, used only to choose the plotted area.
        resolution: grid points per axis (10 to 1000).
        margin: extra space around the data, as a fraction of its range (0 to 10).

    Returns:
        ``(grid, extent)``: grid of shape ``(resolution, resolution)`` (rows = second feature) and the
        ``(xmin, xmax, ymin, ymax)`` extent for ``imshow``.
    """
    model = _probability_function(predict_proba)
    X = as_array(X, "X", shape=(None, 2))
    resolution = check_int(resolution, "resolution", minimum=10, maximum=1000)
    margin = check_number(margin, "margin", minimum=0, maximum=10)
    lo, hi = X.min(axis=0), X.max(axis=0)
    pad = (hi - lo) * margin + 1e-9
    xs = np.linspace(lo[0] - pad[0], hi[0] + pad[0], resolution)
    ys = np.linspace(lo[1] - pad[1], hi[1] + pad[1], resolution)
    xx, yy = np.meshgrid(xs, ys)
    points = np.column_stack([xx.ravel(), yy.ravel()])
    out = model(points)
    return out.reshape(resolution, resolution), (xs[0], xs[-1], ys[0], ys[-1])


def _probability_function(model: Any) -> Callable[[np.ndarray], np.ndarray]:
    """A function from grid points to probabilities of the positive class, checked, whatever ``model`` is."""
    if isinstance(model, type):
        raise TypeError(tr("predict_proba must be a trained model or a function, got {received}; then train it "
                           "(model.fit(X, y) or training.fit(model, ...)).", received=describe(model)))
    torch = sys.modules.get("torch")
    if torch is not None and isinstance(model, torch.nn.Module):
        return lambda points: _torch_probabilities(model, points)
    if not callable(model) and (hasattr(model, "predict_proba") or hasattr(model, "predict")):
        return lambda points: _sklearn_probabilities(model, points)
    if not callable(model):
        raise TypeError(tr("predict_proba must be a function of an array (n_points, 2) (e.g. "
                           "model.predict_proba), a trained scikit-learn model or a PyTorch model, got {received}.",
                           received=describe(model)))
    what = f"predict_proba ({getattr(model, '__name__', type(model).__name__)})"
    return lambda points: _as_probabilities(_call(model, points, what), len(points), what)


def _call(function: Callable[[Any], Any], points: Any, what: str) -> Any:
    try:
        return function(points)
    except Exception as error:  # the student's or library's function: say what it was given, keep the cause
        first = str(error).strip().split("\n")[0][:200]
        if type(error).__name__ == "NotFittedError":
            raise ValueError(tr("{what}: the model is not trained yet. Train it first: model.fit(X, y).",
                                what=what)) from error
        fix = ""
        if "mat1 and mat2" in first or "size mismatch" in first or "features" in first:
            fix = tr(" The model seems to expect another number of input features: a decision map shows 2 "
                     "features.")
        elif "Tensor" in first or "tensor" in first:
            fix = tr(" If it wraps a PyTorch model, convert the points first: "
                     "torch.as_tensor(P, dtype=torch.float32).")
        kind = tr("a NumPy array of shape {shape}", shape=tuple(points.shape)) if isinstance(points, np.ndarray) \
            else tr("a {kind} of shape {shape}", kind=type(points).__name__, shape=tuple(points.shape))
        raise TypeError(tr("{what} failed on the grid of points, {kind} (one row (x, y) per point of the plotted "
                           "area): `{error}`.{fix}", what=what, kind=kind, error=f"{type(error).__name__}: {first}",
                           fix=fix)) from error


def _torch_probabilities(model: Any, points: np.ndarray) -> np.ndarray:
    import torch

    parameter = next(iter(model.parameters()), None)
    dtype = parameter.dtype if parameter is not None and parameter.is_floating_point() else torch.float32
    device = parameter.device if parameter is not None else "cpu"
    was_training = model.training
    what = tr("the PyTorch model ({name})", name=type(model).__name__)
    model.eval()
    try:
        with torch.no_grad():
            out = _call(model, torch.as_tensor(points, dtype=dtype, device=device), what)
    finally:
        model.train(was_training)
    if not hasattr(out, "detach"):
        raise TypeError(tr("{what} must return a tensor, got {received}.", what=what, received=describe(out)))
    out = out.detach().float().cpu()
    last = list(model.modules())[-1]
    if type(last).__name__ in ("Sigmoid", "Softmax"):
        return _as_probabilities(out.numpy(), len(points), what)
    if out.ndim == 2 and out.shape[1] == 2:
        return _as_probabilities(torch.softmax(out, dim=1).numpy(), len(points), what)
    if out.ndim in (1, 2) and out.reshape(len(out), -1).shape[1] == 1:
        raw = out.numpy().ravel()
        if np.all((raw >= 0) & (raw <= 1)):
            raise ValueError(tr("{what} gives outputs that all lie between 0 and 1 on the grid: probabilities, or "
                                "logits (scores before the sigmoid)? It does not end with nn.Sigmoid, yet an untrained "
                                "network or a sigmoid inside forward() gives such outputs. Say which with a function: "
                                "{code} for logits, or the same without torch.sigmoid for probabilities.", what=what,
                                code="lambda P: torch.sigmoid(model(torch.as_tensor(P, dtype=torch.float32))).numpy()"))
        return _as_probabilities(torch.sigmoid(out).numpy(), len(points), what)
    return _as_probabilities(out.numpy(), len(points), what)


def _sklearn_probabilities(model: Any, points: np.ndarray) -> np.ndarray:
    names = getattr(model, "feature_names_in_", None)
    if names is not None and len(names) == 2:  # trained on a table: predict on one with the same columns
        import pandas as pd

        points = pd.DataFrame(points, columns=list(names))
    name = type(model).__name__
    method = getattr(model, "predict_proba", None) if _has_method(model, "predict_proba") else None
    if method is not None:
        return _as_probabilities(_call(method, points, f"{name}.predict_proba"), len(points), f"{name}.predict_proba")
    return _as_probabilities(_call(model.predict, points, f"{name}.predict"), len(points), f"{name}.predict")


def _has_method(model: Any, name: str) -> bool:
    try:  # e.g. SVC(probability=False).predict_proba raises AttributeError
        return callable(getattr(model, name))
    except AttributeError:
        return False


def _as_probabilities(out: Any, n_points: int, what: str) -> np.ndarray:
    """One probability per point, shape ``(n_points,)``, or an error saying what ``what`` returned instead."""
    if out is None:
        raise TypeError(tr("{what} returned nothing (None): does it end with `return`?", what=what))
    out = as_array(out, tr("the values returned by {what}", what=what), allow_nan=True)
    if out.ndim == 2 and out.shape == (n_points, 2):
        if not np.allclose(out.sum(axis=1), 1.0, atol=1e-4, equal_nan=True):
            raise ValueError(tr("{what} returned 2 values per point that do not add up to 1: not the probabilities "
                                "of the two classes (did it return its input?). Return the probability of the "
                                "positive class, one value per point.", what=what))
        out = out[:, 1]
    elif out.ndim == 2 and out.shape == (n_points, 1):
        out = out[:, 0]
    if out.shape != (n_points,):
        extra = tr(" (one column per class: a decision map draws two classes)") if out.ndim == 2 and \
            out.shape[0] == n_points else ""
        raise ValueError(tr("{what} must return one value per point, shape ({n},) or ({n}, 2), for the {n} points "
                            "of the grid; got shape {shape}{extra}.", what=what, n=n_points, shape=out.shape,
                            extra=extra))
    if not np.all(np.isfinite(out)):
        raise ValueError(tr("{what} returned {count} NaN or infinite value(s) on the grid: a division by zero, or "
                            "weights that diverged during training?", what=what,
                            count=int(np.sum(~np.isfinite(out)))))
    if out.min() < 0 or out.max() > 1:
        raise ValueError(tr("{what} must return probabilities between 0 and 1, got values from {low} to {high}: "
                            "scores or logits rather than probabilities? Turn logits into probabilities with a "
                            "sigmoid, 1 / (1 + np.exp(-z)), or use predict_proba.", what=what,
                            low=number(out.min(), ".3g"), high=number(out.max(), ".3g")))
    return out


def plot_decision_boundary(
    predict_proba: Any,
    X: Any,
    y: Any,
    ax: Axes | None = None,
    feature_names: Sequence[str] = (N_("feature 1"), N_("feature 2")),
    class_names: Sequence[str] = (N_("negative"), N_("positive")),
    title: str = N_("Decision regions"),
    resolution: int = 150,
) -> dict[str, Any]:
    """Draw the probability of the positive class as a background, the 0.5 boundary and the data points.

    Works with any classifier: a trained scikit-learn model, a PyTorch model (its outputs read as logits unless it
    ends with ``nn.Sigmoid``), or a function such as ``model.predict_proba`` (see :func:`probability_grid`).
    Returns the artists (``{"image", "points", "ax", "extent"}``) so that a widget can update the background in
    place with ``artists["image"].set_data(new_grid)``.

    Args:
        predict_proba: the classifier, see :func:`probability_grid`.
        X: shape ``(n_samples, 2)``, the two features plotted (x axis, y axis).
        y: shape ``(n_samples,)``, class labels 0, 1, ... (at most 8 classes, one colour each).
        feature_names: the two axis labels, with units. class_names: the legend's names, class 0 first.
    """
    X = as_array(X, "X", shape=(None, 2))
    y = _class_labels(y)
    check_same_length(X, y, "X", "y")
    feature_names = [tr(name) for name in check_names(feature_names, "feature_names", length=2)]
    class_names = [tr(name) for name in check_names(class_names, "class_names")]
    check_text(title, "title")
    title = tr(title)
    grid, extent = probability_grid(predict_proba, X, resolution=resolution)
    ax = _new_axes(ax)
    image = ax.imshow(grid, origin="lower", extent=extent, aspect="auto", cmap=PROBA_CMAP, vmin=0, vmax=1,
                      alpha=0.45, interpolation="bilinear")
    points = []
    for label in np.unique(y):
        mask = y == label
        name = class_names[label] if label < len(class_names) else tr("class {label}", label=label)
        points.append(ax.scatter(X[mask, 0], X[mask, 1], s=18, color=class_color(int(label)), edgecolor="white",
                                 linewidth=0.4, label=name))
    ax.set(xlabel=feature_names[0], ylabel=feature_names[1], title=title, xlim=extent[:2], ylim=extent[2:])
    ax.grid(False)
    ax.legend(loc="upper right", frameon=True)
    return {"image": image, "points": points, "ax": ax, "extent": extent}


def _class_labels(y: Any) -> np.ndarray:
    labels = as_array(y, "y", ndim=1)
    wrong = (labels != np.round(labels)) | (labels < 0) | (labels >= len(CLASS_COLORS))
    if wrong.any():
        i = int(np.flatnonzero(wrong)[0])
        fix = tr(" They look like probabilities: use the true labels (0/1) for the points.") \
            if np.all((labels >= 0) & (labels <= 1)) else tr(" Recode them as 0, 1, ... (e.g. (y == 1).astype(int)).")
        raise ValueError(tr("y must hold class numbers 0, 1, ... (at most {n} classes), got {value} at index "
                            "{index}.{fix}", n=len(CLASS_COLORS), value=number(labels[i], "g"), index=i, fix=fix))
    return labels.astype(int)


def plot_confusion(
    y_true: Any,
    y_pred: Any,
    ax: Axes | None = None,
    class_names: Sequence[str] = (N_("negative"), N_("positive")),
    title: str = N_("Confusion matrix"),
) -> Axes:
    """Confusion matrix of binary predictions, with sensitivity and specificity in the title.

    Args:
        y_true, y_pred: 0/1 labels of shape ``(n_samples,)`` (1 = positive, e.g. disease present).
        class_names: the two classes' names, negative first.
    """
    from .metrics import binary_metrics

    class_names = [tr(name) for name in check_names(class_names, "class_names", length=2)]
    check_text(title, "title")
    title = tr(title)
    if ax is not None:
        _new_axes(ax)
    m = binary_metrics(y_true, y_pred)
    cm = np.array([[m["tn"], m["fp"]], [m["fn"], m["tp"]]])
    ax = _new_axes(ax, figsize=(4.2, 3.8))
    ax.imshow(cm, cmap="Blues")
    for (i, j), v in np.ndenumerate(cm):
        ax.text(j, i, f"{v}", ha="center", va="center", fontsize="large",
                color="white" if v > cm.max() / 2 else "black")
    ax.set_xticks([0, 1], [tr("predicted\n{name}", name=name) for name in class_names])
    ax.set_yticks([0, 1], [tr("true\n{name}", name=name) for name in class_names])
    ax.grid(False)
    ax.set_title(tr("{title}\nsensitivity {sensitivity} · specificity {specificity}", title=title,
                    sensitivity=_percent(m["sensitivity"]), specificity=_percent(m["specificity"])))
    return ax


def _percent(value: Any) -> str:
    try:
        share = float(value)
    except (TypeError, ValueError):
        return tr("undefined")
    return tr("undefined") if share != share else number(share, ".0%")


# --------------------------------------------------------------------------------------------------- images

#: More images than this make a figure that takes long to draw and is too small to read.
MAX_IMAGES = 100


def image_grid(
    images: Any,
    titles: Sequence[Any] | None = None,
    ncols: int = 5,
    cmap: str = "gray",
    size: float = 2.0,
    suptitle: str | None = None,
    vmin: float | None = None,
    vmax: float | None = None,
) -> Figure:
    """Show images side by side (at most ``MAX_IMAGES``, 100).

    Args:
        images: one of these layouts:

            - ``(n_images, height, width)``: grey images;
            - ``(n_images, height, width, 3)`` (or 4): colour images (RGB, values 0-1 or whole numbers 0-255);
            - ``(n_images, 1, height, width)`` or ``(n_images, 3, height, width)``: PyTorch's layout (channels
              first), shown as grey or colour images;
            - a list of 2-D (grey) or ``(height, width, 3)`` (colour) arrays, of any sizes.

            One image alone goes in a list: ``image_grid([image])``.
        titles: one short title per image (texts or numbers, e.g. the labels).
        ncols: images per row.
        cmap: colour map of grey images (a Matplotlib name, e.g. "gray", "viridis").
        size: size of each image in inches.
        suptitle: a title above the grid.
        vmin, vmax: the grey values shown as black and white (default: each image's own range).
    """
    images = _image_list(images)
    ncols = check_int(ncols, "ncols", minimum=1)
    size = check_positive(size, "size")
    cmap = _colormap(cmap)
    if titles is not None:
        if isinstance(titles, (str, bytes)) or not hasattr(titles, "__len__"):
            raise TypeError(tr("titles must be a list with one title per image, got {received}.",
                               received=describe(titles)))
        if len(titles) != len(images):
            raise ValueError(tr("titles must have one entry per image: {n_images} images, {n_titles} titles.",
                                n_images=len(images), n_titles=len(titles)))
    if suptitle is not None:
        check_text(suptitle, "suptitle")
    vmin = None if vmin is None else check_number(vmin, "vmin")
    vmax = None if vmax is None else check_number(vmax, "vmax")
    if vmin is not None and vmax is not None and vmin >= vmax:
        raise ValueError(tr("vmin must be below vmax, got vmin={vmin} and vmax={vmax}.", vmin=f"{vmin:g}",
                            vmax=f"{vmax:g}"))
    import matplotlib.pyplot as plt

    ncols = min(ncols, len(images))
    nrows = int(np.ceil(len(images) / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(size * ncols, size * nrows + (0.4 if suptitle else 0)),
                             squeeze=False)
    for i, ax in enumerate(axes.ravel()):
        ax.axis("off")
        ax.set(xticks=[], yticks=[])  # no tick computation at draw time (a third faster for a 4x4 grid)
        if i < len(images):
            ax.imshow(images[i], cmap=cmap, vmin=vmin, vmax=vmax)
            if titles is not None:
                ax.set_title(str(titles[i]), fontsize="small", fontweight="normal")
    if suptitle:
        fig.suptitle(suptitle, fontweight="bold")
    return fig


def _image_list(images: Any) -> list[np.ndarray]:
    """The images as a list of 2-D (grey) or (height, width, 3|4) (colour) arrays, whatever the layout given."""
    if isinstance(images, (list, tuple)):
        if not images:
            raise ValueError(tr("images is an empty list: nothing to show."))
        _check_count(len(images))
        return [_one_image(as_array(im, f"images[{i}]"), f"images[{i}]") for i, im in enumerate(images)]
    arr = as_array(images, "images")
    if arr.ndim == 2:
        raise ValueError(tr("images must hold several images, shape (n_images, height, width), got one image of "
                            "shape {shape}. Put it in a list: image_grid([image]).", shape=arr.shape))
    if arr.ndim == 3 and arr.shape[-1] in (3, 4) and min(arr.shape[:2]) > 4:
        raise ValueError(tr("images has shape {shape}: one colour image (height, width, {channels} colour "
                            "channels), not {n} images {channels} pixels wide? Put it in a list: image_grid([image]).",
                            shape=arr.shape, channels=arr.shape[-1], n=arr.shape[0]))
    if arr.ndim == 4 and arr.shape[1] in (1, 3) and arr.shape[-1] not in (1, 3, 4):
        arr = arr[:, 0] if arr.shape[1] == 1 else np.moveaxis(arr, 1, -1)  # PyTorch's (N, C, H, W)
    elif arr.ndim == 4 and arr.shape[-1] == 1:
        arr = arr[..., 0]
    if arr.ndim not in (3, 4) or (arr.ndim == 4 and arr.shape[-1] not in (3, 4)):
        raise ValueError(tr("images must have shape (n_images, height, width), (n_images, height, width, 3) or "
                            "PyTorch's (n_images, channels, height, width), got {shape}.", shape=arr.shape))
    _check_count(len(arr))
    return [_one_image(im, f"images[{i}]") for i, im in enumerate(arr)]


def _check_count(n: int) -> None:
    if n > MAX_IMAGES:
        raise ValueError(tr("image_grid shows at most {limit} images, got {n}: such a figure would take long to "
                            "draw and each image would be too small to see. Show a few, e.g. images[:25].",
                            limit=MAX_IMAGES, n=n))


def _one_image(image: np.ndarray, name: str) -> np.ndarray:
    if image.ndim == 3 and image.shape[-1] == 1:
        image = image[..., 0]
    elif image.ndim == 3 and image.shape[0] in (1, 3) and image.shape[-1] not in (3, 4):
        image = image[0] if image.shape[0] == 1 else np.moveaxis(image, 0, -1)
    if image.ndim == 2:
        return image
    if image.ndim != 3 or image.shape[-1] not in (3, 4):
        raise ValueError(tr("{name} must be a grey image (height, width) or a colour image (height, width, 3), "
                            "got shape {shape}.", name=name, shape=image.shape))
    low, high = float(image.min()), float(image.max())
    whole = bool(np.all(image == np.round(image)))
    if low < 0 or high > 255 or (high > 1 and not whole):
        raise ValueError(tr("{name} is a colour image with values from {low} to {high}: colours must be decimals "
                            "from 0 to 1 or whole numbers from 0 to 255. Rescale it, e.g. "
                            "(x - x.min()) / (x.max() - x.min()).", name=name, low=number(low, ".3g"),
                            high=number(high, ".3g")))
    return image.astype(np.uint8) if high > 1 else image


def _colormap(cmap: Any) -> Any:
    if isinstance(cmap, mpl.colors.Colormap):
        return cmap
    if not isinstance(cmap, str):
        raise TypeError(tr("cmap must be the name of a Matplotlib colour map such as 'gray', got {received}.",
                           received=describe(cmap)))
    if cmap not in mpl.colormaps:
        import difflib

        close = difflib.get_close_matches(cmap, list(mpl.colormaps), n=3)
        hint = tr(" Did you mean {name}?", name=", ".join(map(repr, close))) if close \
            else tr(" E.g. 'gray', 'viridis', 'magma'.")
        raise ValueError(tr("cmap {name} is not a Matplotlib colour map.{hint}", name=repr(cmap), hint=hint))
    return cmap
