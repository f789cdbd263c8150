"""Drawing one artificial neuron and its decision line (notebook 03).

The neuron's maths (activations, losses) lives in :mod:`course_utils.reference`; this module holds the plumbing
for pictures: the neuron diagram, the straight line where a two-input neuron is undecided, and the alert side.

Notation (as in the course): inputs ``x = (x0 = 1, x1, ..., xn)``, weights ``w = (w0, w1, ..., wn)`` where
``w0`` is the bias, weighted sum ``z = w · x``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .i18n import N_, number, tr
from .validation import as_array, check_text, describe


def unscale_weights(w: Any, mean: Any, std: Any) -> np.ndarray:
    """Turn weights learned on standardised inputs ``(x - mean) / std`` into weights on the raw inputs.

    The neuron ``w0 + sum_i w_i (x_i - mean_i) / std_i`` equals ``v0 + sum_i v_i x_i`` with
    ``v_i = w_i / std_i`` and ``v0 = w0 - sum_i w_i mean_i / std_i``: same decision, real units.

    Args:
        w: ``(w0, w1, ..., wn)``, shape ``(n + 1,)``.
        mean, std: the training means and standard deviations of the n inputs, shape ``(n,)``; std > 0.

    Returns:
        ``(v0, v1, ..., vn)``, shape ``(n + 1,)``.
    """
    w = as_array(w, "w", ndim=1)
    n = len(w) - 1
    if n < 1:
        raise ValueError(tr("w must hold a bias and at least one weight, got shape {shape}.", shape=w.shape))
    mean = _per_input(mean, "mean", n)
    std = _per_input(std, "std", n)
    if np.any(std <= 0):
        i = int(np.argmax(std <= 0))
        raise ValueError(tr("std must be > 0 for every input, got {value} for input {i} (a constant input cannot be "
                            "standardised: drop it, or use the standard deviations of the training data).",
                            value=number(std[i], "g"), i=i + 1))
    v = w[1:] / std
    return np.concatenate([[w[0] - np.sum(v * mean)], v])


def _per_input(values: Any, name: str, n: int) -> np.ndarray:
    arr = as_array(values, name)
    if arr.shape != (n,):
        raise ValueError(tr("{name} must hold one number per input, shape ({n},) for the {n} weights after the bias "
                            "w0, got shape {shape}. Use the {name} of the same training columns, e.g. "
                            "X_train.{name}(axis=0).", name=name, n=n, shape=arr.shape))
    return arr


def decision_line(w: Any, xlim: tuple[float, float],
                  ylim: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
    """The segment of the line ``w0 + w1 x1 + w2 x2 = 0`` that lies inside a rectangle (for plotting).

    This is where a 2-input neuron is exactly undecided (z = 0, sigmoid output 0.5).

    Args:
        w: ``(w0, w1, w2)``: bias, weight of the x-axis input, weight of the y-axis input.
        xlim: ``(xmin, xmax)`` of the plotted area, in the x-axis input's units.
        ylim: ``(ymin, ymax)`` of the plotted area, in the y-axis input's units.

    Returns:
        ``(xs, ys)``: two arrays of length 2 (the segment's end points), or two empty arrays when the line
        misses the rectangle or when ``w1 = w2 = 0`` (then there is no line: the neuron says the same
        everywhere). Pass them to ``line.set_data(xs, ys)``.
    """
    w = _three_weights(w)
    x0, x1 = _limits(xlim, "xlim")
    y0, y1 = _limits(ylim, "ylim")
    b, a1, a2 = w
    points: list[tuple[float, float]] = []
    tiny = 1e-12
    if abs(a2) > tiny:  # crossings of the left and right edges
        for x in (x0, x1):
            y = -(b + a1 * x) / a2
            if y0 - 1e-9 <= y <= y1 + 1e-9:
                points.append((x, y))
    if abs(a1) > tiny:  # crossings of the bottom and top edges
        for y in (y0, y1):
            x = -(b + a2 * y) / a1
            if x0 - 1e-9 <= x <= x1 + 1e-9:
                points.append((x, y))
    unique: list[tuple[float, float]] = []
    for p in points:
        if all(abs(p[0] - q[0]) > 1e-9 or abs(p[1] - q[1]) > 1e-9 for q in unique):
            unique.append(p)
    if len(unique) < 2:
        return np.array([]), np.array([])
    unique.sort()
    (xa, ya), (xb, yb) = unique[0], unique[-1]
    return np.array([xa, xb]), np.array([ya, yb])


def _three_weights(w: Any) -> np.ndarray:
    arr = as_array(w, "w")
    if arr.shape != (3,):
        raise ValueError(tr("w must hold 3 numbers (w0, w1, w2): the bias, then the weights of the x-axis and y-axis "
                            "inputs; got shape {shape}. A neuron with more inputs has no line in 2-D: keep w0 and "
                            "the two plotted weights, e.g. w[[0, 1, 2]].", shape=arr.shape))
    return arr


def _limits(lim: Any, name: str) -> tuple[float, float]:
    if not isinstance(lim, (tuple, list, np.ndarray)) or np.ndim(lim) != 1 or len(lim) != 2:
        raise TypeError(tr("{name} must be a pair (low, high), e.g. (0, 10), got {received}.", name=name,
                           received=describe(lim)))
    low, high = (float(v) for v in as_array(lim, name))
    if not low < high:
        raise ValueError(tr("{name} must be finite with low < high, got ({low}, {high}). Write the smaller limit "
                            "first.", name=name, low=format(low, "g"), high=format(high, "g")))
    return low, high


def alert_side_polygon(w: Any, xlim: tuple[float, float], ylim: tuple[float, float]) -> np.ndarray:
    """Corners of the part of a rectangle where the neuron says 1 (``w0 + w1 x1 + w2 x2 >= 0``).

    Used to shade the "alert" half-plane in a widget with ``polygon.set_xy(corners)``.

    Args:
        w: ``(w0, w1, w2)`` as in :func:`decision_line`.
        xlim, ylim: the rectangle, ``(low, high)`` each.

    Returns:
        array of shape ``(k, 2)`` with the polygon's corners in order (``k = 0`` when no part of the
        rectangle is on the alert side; then an empty ``(0, 2)`` array).
    """
    w = _three_weights(w)
    x0, x1 = _limits(xlim, "xlim")
    y0, y1 = _limits(ylim, "ylim")
    corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]

    def z(p: tuple[float, float]) -> float:
        return float(w[0] + w[1] * p[0] + w[2] * p[1])

    out: list[tuple[float, float]] = []
    for i, p in enumerate(corners):  # clip the rectangle by the half-plane z >= 0 (Sutherland-Hodgman)
        q = corners[(i + 1) % 4]
        zp, zq = z(p), z(q)
        if zp >= 0:
            out.append(p)
        if (zp >= 0) != (zq >= 0):
            t = zp / (zp - zq)
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return np.array(out, dtype=float).reshape(-1, 2)



def draw_neuron(ax: Any, input_names: Any, weights: Any = None, output_name: str = "h",
                activation_name: str = N_("sigmoid"), title: str = N_("An artificial neuron")) -> Any:
    """Draw one neuron: inputs (x0 = 1 first) -> weights -> weighted sum -> activation -> output.

    Args:
        ax: a matplotlib Axes (its frame and ticks are switched off).
        input_names: labels of the inputs, the constant ``"x0 = 1"`` first, e.g.
            ``["x0 = 1", "red cells", "white cells", "sex"]``; 1 to 8 of them.
        weights: optional numbers written on the arrows (same length as ``input_names``); default the
            symbols w0, w1, ...
        output_name: label of the output.
        activation_name: written inside the activation box (e.g. ``"sigmoid"`` or ``"step"``).
        title: the axes title.

    Returns:
        the Axes.
    """
    from matplotlib.axes import Axes

    if not isinstance(ax, Axes):
        raise TypeError(tr("ax must be a matplotlib Axes (e.g. from plt.subplots()), got {received}.",
                           received=describe(ax)))
    if isinstance(input_names, str) or not hasattr(input_names, "__len__"):
        raise TypeError(tr("input_names must be a list of labels, got {received}.", received=repr(input_names)))
    names = [str(n) for n in input_names]
    if not 1 <= len(names) <= 8:
        raise ValueError(tr("input_names must hold 1 to 8 labels, got {n}.", n=len(names)))
    for label, text in [*((f"input_names[{i}]", n) for i, n in enumerate(names)), ("output_name", output_name),
                        ("activation_name", activation_name), ("title", title)]:
        _check_label(text, label)
    activation_name, title = tr(activation_name), tr(title)  # the defaults in the course's language
    if weights is None:
        labels = [f"$w_{i}$" for i in range(len(names))]
    else:
        w = as_array(weights, "weights", shape=(len(names),))
        labels = [f"$w_{i}$ = {v:g}" for i, v in enumerate(w)]
    n = len(names)
    ys = np.linspace(0.9, 0.1, n) if n > 1 else np.array([0.5])
    sum_xy, act_xy = (0.55, 0.5), (0.75, 0.5)
    for yy, name, lab in zip(ys, names, labels, strict=True):
        ax.text(0.16, yy, name, ha="right", va="center",
                bbox=dict(boxstyle="round", facecolor="#E8F1F8", edgecolor="#0072B2"))
        ax.annotate("", xy=(sum_xy[0] - 0.05, sum_xy[1]), xytext=(0.18, yy),
                    arrowprops=dict(arrowstyle="->", color="0.35", linewidth=1.2))
        tx, ty = 0.18 + 0.45 * (sum_xy[0] - 0.05 - 0.18), yy + 0.45 * (sum_xy[1] - yy)
        ax.text(tx, ty + 0.025, lab, ha="center", va="bottom", fontsize="small", color="#D55E00")
    ax.text(*sum_xy, "$z = \\sum_i w_i x_i$", ha="center", va="center",
            bbox=dict(boxstyle="circle", facecolor="white", edgecolor="black"))
    ax.annotate("", xy=(act_xy[0] - 0.04, 0.5), xytext=(sum_xy[0] + 0.1, 0.5),
                arrowprops=dict(arrowstyle="->", color="0.35", linewidth=1.2))
    ax.text(*act_xy, f"{activation_name}\n$g(z)$", ha="center", va="center",
            bbox=dict(boxstyle="round", facecolor="white", edgecolor="black"))
    ax.annotate("", xy=(0.93, 0.5), xytext=(act_xy[0] + 0.07, 0.5),
                arrowprops=dict(arrowstyle="->", color="0.35", linewidth=1.2))
    ax.text(0.94, 0.5, output_name, ha="left", va="center")
    ax.set(xlim=(0, 1.1), ylim=(0, 1), title=title)
    ax.axis("off")
    return ax


def _check_label(text: Any, name: str) -> None:
    """A text Matplotlib can draw: a ``$`` without its closing ``$`` would fail later, when the figure is drawn."""
    check_text(text, name)
    if text.replace("\\$", "").count("$") % 2:
        raise ValueError(tr("{name} has an unmatched $ ({text}): Matplotlib reads the text between two $ as a "
                            "formula. Close the formula with a second $, or write \\$ for a dollar sign.", name=name,
                            text=repr(text)))
