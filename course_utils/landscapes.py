"""Loss landscapes for gradient descent: test surfaces and contour plots (notebook 04).

The descent loops themselves are written in the notebooks; this module holds the plumbing:

- :class:`Surface` and the surfaces :func:`bowl` (well- or ill-conditioned) and :func:`two_minima`
  (non-convex), each with its exact gradient. Their ``f`` works on NumPy arrays *and* torch tensors,
  so the same formula can be differentiated by autograd;
- :func:`plot_surface_contours` and :func:`plot_path`: a contour map with descent trajectories.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from matplotlib.axes import Axes

from .i18n import N_, number, tr
from .validation import as_array, check_int, check_positive, check_text, describe


@dataclass(frozen=True)
class Surface:
    """A function of two parameters ``p = (p1, p2)`` to minimise, with its exact gradient.

    Attributes:
        name: a short description (used as a plot title).
        f: ``f(p) -> value``; ``p`` has shape ``(..., 2)`` (NumPy array or torch tensor), the result has
            shape ``(...)``: a grid of points can be evaluated at once.
        grad: ``grad(p) -> gradient``, NumPy only, same shape as ``p``.
        minima: the local minima, shape ``(k, 2)``.
        xlim, ylim: a plotting window that shows the interesting part.
    """

    name: str
    f: Callable[[Any], Any]
    grad: Callable[[np.ndarray], np.ndarray]
    minima: np.ndarray
    xlim: tuple[float, float] = (-3.0, 3.0)
    ylim: tuple[float, float] = (-3.0, 3.0)
    notes: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_text(self.name, "name")
        for attr in ("f", "grad"):
            if not callable(getattr(self, attr)):
                raise TypeError(tr("Surface.{attr} must be a function of the point p, got {received}.", attr=attr,
                                   received=describe(getattr(self, attr))))
        minima = np.array(as_array(self.minima, "minima", shape=(None, 2)), dtype=float)  # our own copy
        minima.setflags(write=False)
        object.__setattr__(self, "minima", minima)
        for attr in ("xlim", "ylim"):
            object.__setattr__(self, attr, _window(getattr(self, attr), attr))

    def value(self, p: Any) -> np.ndarray:
        """``f`` at point(s) ``p`` of shape ``(2,)`` or ``(n_points, 2)``, checked and as NumPy."""
        p = _points(p)
        return np.asarray(self.f(p), dtype=float)

    def gradient(self, p: Any) -> np.ndarray:
        """The exact gradient at point(s) ``p`` of shape ``(2,)`` or ``(n_points, 2)``."""
        return self.grad(_points(p))


def _window(limits: Any, name: str) -> tuple[float, float]:
    arr = as_array(limits, name, shape=(2,))
    if not arr[0] < arr[1]:
        raise ValueError(tr("{name} must be (low, high) with low < high, got ({low}, {high}).", name=name,
                            low=format(arr[0], "g"), high=format(arr[1], "g")))
    return float(arr[0]), float(arr[1])


def _points(p: Any) -> np.ndarray:
    arr = as_array(p, tr("p (point)"))
    if arr.shape[-1:] != (2,) or arr.ndim > 2:
        raise ValueError(tr("p must be one point of shape (2,) or points of shape (n_points, 2), got {shape}.",
                            shape=arr.shape) + (tr(" Rows and columns look swapped: use {name}.T.", name="p")
                                                if arr.ndim == 2 and arr.shape[0] == 2 else ""))
    return arr


def _any_points(p: Any) -> Any:
    """``p`` for a surface's formula: a torch tensor stays one (autograd), anything else becomes a float array.

    Any shape ``(..., 2)`` is accepted (a grid of points); NaN and infinite values pass through (a diverging
    descent produces them), but the last axis must hold the two parameters.
    """
    if not (hasattr(p, "detach") and hasattr(p, "shape")):
        p = as_array(p, tr("p (point)"), allow_nan=True)
    if tuple(p.shape[-1:]) != (2,):
        raise ValueError(tr("p must hold points (p1, p2) along its last axis, shape (2,) or (..., 2), got shape "
                            "{shape}.", shape=tuple(p.shape)))
    return p


def bowl(condition: float = 1.0) -> Surface:
    """The quadratic bowl ``f(p) = (p1^2 + condition * p2^2) / 2``, minimum 0 at (0, 0).

    ``condition = 1`` gives round contour circles (well-conditioned: the gradient points at the
    minimum); a large ``condition`` gives long narrow ellipses (ill-conditioned: the gradient points
    mostly across the valley, and descent zigzags). The largest stable learning rate is ``2 / condition``.

    Args:
        condition: the ratio of the curvatures along p2 and p1, >= 1.
    """
    c = check_positive(condition, "condition")
    if c < 1:
        raise ValueError(tr("condition must be >= 1 (1 = round bowl), got {value}.", value=c))

    def f(p: Any) -> Any:
        p = _any_points(p)
        return 0.5 * (p[..., 0] ** 2 + c * p[..., 1] ** 2)

    def grad(p: Any) -> np.ndarray:
        p = np.asarray(_any_points(p).detach()) if hasattr(p, "detach") else _any_points(p)
        return np.stack([p[..., 0], c * p[..., 1]], axis=-1)

    name = tr("well-conditioned bowl (condition {c})", c=number(c, "g")) if c <= 2 else \
        tr("ill-conditioned bowl (condition {c})", c=number(c, "g"))
    return Surface(name=name, f=f, grad=grad, minima=np.zeros((1, 2)),
                   notes={"condition": c, "max_stable_lr": 2.0 / c})


def two_minima(tilt: float = 0.3) -> Surface:
    """A non-convex surface ``f(p) = (p1^2 - 1)^2 + tilt * p1 + p2^2`` with two valleys.

    With ``tilt > 0`` the valley near ``p1 = -1`` is deeper (the global minimum) than the one near
    ``p1 = +1`` (a local minimum): where descent ends depends on where it starts.

    Args:
        tilt: how much deeper the left valley is, between 0 (exclusive) and 1.
    """
    t = check_positive(tilt, "tilt")
    if t >= 1:
        raise ValueError(tr("tilt must be below 1 (otherwise the right valley disappears), got {value}.", value=t))

    def f(p: Any) -> Any:
        p = _any_points(p)
        return (p[..., 0] ** 2 - 1) ** 2 + t * p[..., 0] + p[..., 1] ** 2

    def grad(p: Any) -> np.ndarray:
        p = np.asarray(_any_points(p).detach()) if hasattr(p, "detach") else _any_points(p)
        return np.stack([4 * p[..., 0] * (p[..., 0] ** 2 - 1) + t, 2 * p[..., 1]], axis=-1)

    roots = np.roots([4.0, 0.0, -4.0, t])  # f'(p1) = 4 p1^3 - 4 p1 + t = 0
    real = np.sort(roots[np.abs(roots.imag) < 1e-9].real)
    minima = np.array([[real[0], 0.0], [real[-1], 0.0]])  # the middle root is the ridge (a saddle)
    return Surface(name=tr("two valleys (tilt {t})", t=number(t, "g")), f=f, grad=grad, minima=minima,
                   xlim=(-2.0, 2.0), ylim=(-1.5, 1.5), notes={"saddle": np.array([real[1], 0.0])})


def surface_grid(surface: Surface, resolution: int = 120) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Evaluate ``surface`` on a grid over its window: ``(P1, P2, F)``, each (resolution, resolution)."""
    if not isinstance(surface, Surface):
        raise TypeError(tr("surface must be a Surface such as landscapes.bowl() or landscapes.two_minima(), got "
                           "{received}.", received=describe(surface)))
    resolution = check_int(resolution, "resolution", minimum=10, maximum=1000)
    xs = np.linspace(*surface.xlim, resolution)
    ys = np.linspace(*surface.ylim, resolution)
    P1, P2 = np.meshgrid(xs, ys)
    F = np.asarray(surface.f(np.stack([P1, P2], axis=-1)), dtype=float)
    return P1, P2, F


def plot_surface_contours(surface: Surface, ax: Axes | None = None, levels: int = 20,
                          resolution: int = 120, title: str | None = None,
                          xlabel: str = N_("parameter $p_1$ (no unit)"),
                          ylabel: str = N_("parameter $p_2$ (no unit)")) -> Axes:
    """Draw the contour lines of ``surface`` (like altitude lines on a hiking map) and mark its minima.

    Args:
        surface: from :func:`bowl` or :func:`two_minima`.
        ax: axes to draw on (a new figure if ``None``).
        levels: number of contour lines (2 to 200).
        resolution: grid points per axis.
        title: default: the surface's name.
    """
    import matplotlib.pyplot as plt

    levels = check_int(levels, "levels", minimum=2, maximum=200)
    P1, P2, F = surface_grid(surface, resolution)
    if ax is None:
        _, ax = plt.subplots(figsize=(5.5, 4.5))
    else:
        _check_axes(ax, "ax")
    # quantile-spaced levels show both the floor of the valley and the steep walls
    lv = np.unique(np.quantile(F, np.linspace(0.0, 0.95, levels)))
    ax.contour(P1, P2, F, levels=lv, cmap="Greys_r", linewidths=0.8, alpha=0.8)
    ax.plot(surface.minima[:, 0], surface.minima[:, 1], marker="*", linestyle="none", color="black",
            markersize=12, label=tr("minimum") if len(surface.minima) == 1 else tr("minima"))
    ax.set(xlim=surface.xlim, ylim=surface.ylim, xlabel=tr(xlabel), ylabel=tr(ylabel),
           title=title if title is not None else surface.name)
    ax.set_aspect("equal", adjustable="box")
    ax.grid(False)
    return ax


def plot_path(ax: Axes, path: Any, label: str = "", color: str | None = None, marker: str = "o") -> Any:
    """Draw a descent trajectory (points joined by lines, start marked with a square) on a contour plot.

    Args:
        ax: the axes of :func:`plot_surface_contours`.
        path: visited points, shape ``(n_steps + 1, 2)``, first row = starting point (finite; later rows may be
            NaN or infinite where a descent diverged).
        label: legend text.
        color: a colour (default: the next colour of the course palette).

    Returns:
        the Line2D of the trajectory (so that a widget can update it with ``set_data``).
    """
    _check_axes(ax, "ax", tr(" Pass the axes that plot_surface_contours returned: "
                             "ax = plot_surface_contours(surface)."))
    path = _path(path)
    _check_style(color, marker)
    (line,) = ax.plot(path[:, 0], path[:, 1], marker=marker, markersize=3, linewidth=1.5, color=color,
                      label=str(label) or None)
    ax.plot(path[0, 0], path[0, 1], marker="s", markersize=7, color=line.get_color(), linestyle="none")
    return line


def _check_axes(ax: Any, name: str, fix: str = "") -> None:
    if not isinstance(ax, Axes):
        more = tr(" It is an array of axes: pick one, e.g. axes[0].") if isinstance(ax, np.ndarray) else ""
        more += tr(" It is a figure: use fig.gca() or fig, ax = plt.subplots().") \
            if type(ax).__name__ == "Figure" else ""
        raise TypeError(tr("{name} must be a matplotlib Axes, got {received}.", name=name, received=describe(ax))
                        + (more or fix))


def _path(path: Any) -> np.ndarray:
    """The visited points as an array (n_points, 2)."""
    arr = as_array(path, "path", allow_nan=True)
    if arr.ndim != 2 or arr.shape[1] != 2:
        fix = tr(" Rows and columns look swapped: use {name}.T.", name="path") \
            if arr.ndim == 2 and arr.shape[0] == 2 else ""
        if arr.ndim == 1:
            fix = tr(" For one point write [[p1, p2]]; a list of single positions is a descent in one dimension: "
                     "draw it with ax.plot(positions).")
        raise ValueError(tr("path must be the visited points, one row (p1, p2) per step: shape (n_points, 2), got "
                            "shape {shape}.", shape=arr.shape) + fix)
    if not np.isfinite(arr[0]).all():
        raise ValueError(tr("path must start at a finite point, got {point} in its first row.",
                            point=arr[0].tolist()))
    return arr


def _check_style(color: Any, marker: Any) -> None:
    from matplotlib.colors import is_color_like
    from matplotlib.markers import MarkerStyle

    if color is not None and not is_color_like(color):
        raise ValueError(tr("color must be a Matplotlib colour such as 'black', '#E69F00' or plotting.PALETTE[0], "
                            "got {received}.", received=describe(color)))
    try:
        MarkerStyle(marker)
    except (TypeError, ValueError):
        raise ValueError(tr("marker must be a Matplotlib marker such as 'o' (dot), 's' (square), '.' or '' (none), "
                            "got {received}.", received=describe(marker))) from None
