"""Course figure style and the plots every notebook reuses.

Colours come from the Okabe–Ito palette, which stays distinguishable with the common forms of colour
blindness. The same class always gets the same colour across the course:
negative / healthy / "no alert" in blue, positive / disease / "alert" in vermillion.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import matplotlib as mpl
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from .validation import as_array, check_int, check_same_length

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
PALETTE = [OKABE_ITO[k] for k in ("blue", "vermillion", "green", "orange", "sky", "purple", "yellow", "black")]
#: Fixed colour per class: 0 = negative/healthy, 1 = positive/alert (then further classes).
CLASS_COLORS = PALETTE
NEGATIVE_COLOR = OKABE_ITO["blue"]
POSITIVE_COLOR = OKABE_ITO["vermillion"]
#: Two-colour map for probabilities of the positive class (blue = 0, white = 0.5, vermillion = 1).
PROBA_CMAP = mpl.colors.LinearSegmentedColormap.from_list("course_proba", [NEGATIVE_COLOR, "#FFFFFF", POSITIVE_COLOR])

_BASE_STYLE = {
    "figure.figsize": (7.0, 4.2),
    "figure.dpi": 100,
    "savefig.dpi": 120,
    "figure.autolayout": False,
    "figure.constrained_layout.use": True,
    "axes.prop_cycle": mpl.cycler(color=PALETTE),
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
    """Apply the course figure style; ``presentation=True`` gives larger fonts and lines for a projector."""
    if not isinstance(presentation, bool):
        raise TypeError(f"presentation must be True or False, got {presentation!r}.")
    mpl.rcParams.update(_BASE_STYLE)
    mpl.rcParams.update(_SIZES[presentation])


def class_color(label: int) -> str:
    """Return the course colour of class ``label`` (0 = blue/negative, 1 = vermillion/positive, ...)."""
    label = check_int(label, "label", minimum=0, maximum=len(CLASS_COLORS) - 1)
    return CLASS_COLORS[label]


def _new_axes(ax: Axes | None, figsize: tuple[float, float] | None = None) -> Axes:
    if ax is not None:
        if not isinstance(ax, Axes):
            raise TypeError(f"ax must be a matplotlib Axes (e.g. from plt.subplots()), got {type(ax).__name__}.")
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize)
    return ax


def plot_history(
    history: Mapping[str, Sequence[float]],
    keys: Sequence[str] | None = None,
    ax: Axes | None = None,
    xlabel: str = "epoch",
    ylabel: str = "loss",
    title: str = "Learning curves",
) -> Axes:
    """Plot learning curves, e.g. ``{"train_loss": [...], "val_loss": [...]}``, one line per key.

    Args:
        history: mapping from a curve name to its values (one per epoch or iteration).
        keys: which curves to draw (default: every key whose values are numbers).
        ax: axes to draw on (a new figure if ``None``).
    """
    if not isinstance(history, Mapping) or not history:
        raise TypeError("history must be a non-empty dict such as {'train_loss': [...], 'val_loss': [...]}.")
    keys = list(keys) if keys is not None else list(history)
    missing = [k for k in keys if k not in history]
    if missing:
        raise KeyError(f"history has no curve named {missing}; available: {list(history)}.")
    ax = _new_axes(ax)
    for key in keys:
        values = as_array(history[key], f"history[{key!r}]", ndim=1, allow_nan=True)
        ax.plot(np.arange(1, len(values) + 1), values, label=key.replace("_", " "))
    ax.set(xlabel=xlabel, ylabel=ylabel, title=title)
    if len(keys) > 1:
        ax.legend()
    return ax


def probability_grid(
    predict_proba: Callable[[np.ndarray], np.ndarray], X: Any, resolution: int = 150, margin: float = 0.1
) -> tuple[np.ndarray, tuple[float, float, float, float]]:
    """Evaluate ``predict_proba`` on a grid covering the 2-D data ``X``.

    Args:
        predict_proba: function mapping an array ``(n_points, 2)`` to the probability (or 0/1 class) of the
            positive class, shape ``(n_points,)`` or ``(n_points, 2)``.
        X: data of shape ``(n_samples, 2)``, used only to choose the plotted area.
        resolution: grid points per axis.
        margin: extra space around the data, as a fraction of its range.

    Returns:
        ``(grid, extent)``: grid of shape ``(resolution, resolution)`` (rows = second feature) and the
        ``(xmin, xmax, ymin, ymax)`` extent for ``imshow``.
    """
    X = as_array(X, "X", shape=(None, 2))
    resolution = check_int(resolution, "resolution", minimum=10, maximum=1000)
    lo, hi = X.min(axis=0), X.max(axis=0)
    pad = (hi - lo) * margin + 1e-9
    xs = np.linspace(lo[0] - pad[0], hi[0] + pad[0], resolution)
    ys = np.linspace(lo[1] - pad[1], hi[1] + pad[1], resolution)
    xx, yy = np.meshgrid(xs, ys)
    points = np.column_stack([xx.ravel(), yy.ravel()])
    out = np.asarray(predict_proba(points), dtype=float)
    if out.ndim == 2 and out.shape[1] == 2:
        out = out[:, 1]
    if out.shape != (len(points),):
        raise ValueError(
            f"predict_proba must return one value per point, shape ({len(points)},) or ({len(points)}, 2); "
            f"got {out.shape}."
        )
    return out.reshape(resolution, resolution), (xs[0], xs[-1], ys[0], ys[-1])


def plot_decision_boundary(
    predict_proba: Callable[[np.ndarray], np.ndarray],
    X: Any,
    y: Any,
    ax: Axes | None = None,
    feature_names: Sequence[str] = ("feature 1", "feature 2"),
    class_names: Sequence[str] = ("negative", "positive"),
    title: str = "Decision regions",
    resolution: int = 150,
) -> dict[str, Any]:
    """Draw the probability of the positive class as a background, the 0.5 boundary and the data points.

    Works with any classifier: pass e.g. ``model.predict_proba`` (scikit-learn) or a function wrapping a
    PyTorch model. Returns the artists (``{"image", "points", "ax", "extent"}``) so that a widget can update
    the background in place with ``artists["image"].set_data(new_grid)``.

    Args:
        predict_proba: see :func:`probability_grid`.
        X: shape ``(n_samples, 2)``, the two features plotted (x axis, y axis).
        y: shape ``(n_samples,)``, class labels 0, 1, ...
    """
    X = as_array(X, "X", shape=(None, 2))
    y = as_array(y, "y", ndim=1)
    check_same_length(X, y, "X", "y")
    ax = _new_axes(ax)
    grid, extent = probability_grid(predict_proba, X, resolution=resolution)
    image = ax.imshow(grid, origin="lower", extent=extent, aspect="auto", cmap=PROBA_CMAP, vmin=0, vmax=1,
                      alpha=0.45, interpolation="bilinear")
    points = []
    for label in np.unique(y).astype(int):
        mask = y == label
        name = class_names[label] if label < len(class_names) else f"class {label}"
        points.append(ax.scatter(X[mask, 0], X[mask, 1], s=18, color=class_color(label), edgecolor="white",
                                 linewidth=0.4, label=name))
    ax.set(xlabel=feature_names[0], ylabel=feature_names[1], title=title, xlim=extent[:2], ylim=extent[2:])
    ax.grid(False)
    ax.legend(loc="upper right", frameon=True)
    return {"image": image, "points": points, "ax": ax, "extent": extent}


def plot_confusion(
    y_true: Any,
    y_pred: Any,
    ax: Axes | None = None,
    class_names: Sequence[str] = ("negative", "positive"),
    title: str = "Confusion matrix",
) -> Axes:
    """Confusion matrix of binary predictions, with sensitivity and specificity in the title.

    Args:
        y_true, y_pred: 0/1 labels of shape ``(n_samples,)`` (1 = positive, e.g. disease present).
    """
    from .metrics import binary_metrics

    m = binary_metrics(y_true, y_pred)
    cm = np.array([[m["tn"], m["fp"]], [m["fn"], m["tp"]]])
    ax = _new_axes(ax, figsize=(4.2, 3.8))
    ax.imshow(cm, cmap="Blues")
    for (i, j), v in np.ndenumerate(cm):
        ax.text(j, i, f"{v}", ha="center", va="center", fontsize="large",
                color="white" if v > cm.max() / 2 else "black")
    ax.set_xticks([0, 1], [f"predicted\n{class_names[0]}", f"predicted\n{class_names[1]}"])
    ax.set_yticks([0, 1], [f"true\n{class_names[0]}", f"true\n{class_names[1]}"])
    ax.grid(False)
    ax.set_title(f"{title}\nsensitivity {m['sensitivity']:.0%} · specificity {m['specificity']:.0%}")
    return ax


def image_grid(
    images: Any,
    titles: Sequence[str] | None = None,
    ncols: int = 5,
    cmap: str = "gray",
    size: float = 2.0,
    suptitle: str | None = None,
    vmin: float | None = None,
    vmax: float | None = None,
) -> Figure:
    """Show images side by side.

    Args:
        images: array of shape ``(n_images, height, width)`` (grey) or ``(n_images, height, width, 3)`` (RGB),
            or a list of 2-D arrays.
        titles: one short title per image.
        ncols: images per row.
        size: size of each image in inches.
    """
    import matplotlib.pyplot as plt

    if isinstance(images, (list, tuple)):
        images = [as_array(im, f"images[{i}]") for i, im in enumerate(images)]
    else:
        arr = as_array(images, "images")
        if arr.ndim not in (3, 4):
            raise ValueError(
                f"images must have shape (n_images, height, width) or (n_images, height, width, 3), got {arr.shape}."
            )
        images = list(arr)
    ncols = check_int(ncols, "ncols", minimum=1)
    if titles is not None and len(titles) != len(images):
        raise ValueError(f"titles must have one entry per image: {len(images)} images, {len(titles)} titles.")
    ncols = min(ncols, len(images))
    nrows = int(np.ceil(len(images) / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(size * ncols, size * nrows + (0.4 if suptitle else 0)),
                             squeeze=False)
    for i, ax in enumerate(axes.ravel()):
        ax.axis("off")
        if i < len(images):
            ax.imshow(images[i], cmap=cmap, vmin=vmin, vmax=vmax)
            if titles is not None:
                ax.set_title(titles[i], fontsize="small", fontweight="normal")
    if suptitle:
        fig.suptitle(suptitle, fontweight="bold")
    return fig
