"""Interactive figures that are built once and updated in place.

Pattern (one per notebook section)::

    fig = widgets.new_figure(figsize=(7, 4))
    ax = fig.subplots()
    line, = ax.plot(x, a0 * x + b0)               # build the artists once

    def update(a, b):                             # called with the controls' current values
        line.set_ydata(a * x + b)                 # change artists in place, never rebuild the figure
        return f"loss = {loss(a, b):.1f}"         # optional text shown under the figure

    widgets.LiveFigure(fig, update, a=widgets.slider(...), b=widgets.slider(...))

Why not ``%matplotlib widget`` (ipympl)? It switches the whole kernel's backend, every later
``plt.show()`` becomes a live canvas (heavy on Binder), and it draws nothing when no browser is
attached. Here the figure is rendered by Matplotlib's Agg backend in the kernel and sent to an
``ipywidgets.Image``: the same code runs live in JupyterLab, in a slideshow, and headless under nbval
(the figure is drawn once at creation), and the update latency can be measured in the kernel.
"""

from __future__ import annotations

import io
import time
import weakref
from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets as ipw
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

_INSTANCES: list[weakref.ReferenceType[LiveFigure]] = []


def new_figure(figsize: tuple[float, float] = (7.0, 4.2), dpi: int = 90, **kwargs: Any) -> Figure:
    """A Matplotlib figure for a widget: not managed by pyplot, so the notebook does not show it twice.

    Args:
        figsize: (width, height) in inches.
        dpi: dots per inch of the rendered image (90 keeps updates fast and text sharp).
    """
    if (not isinstance(figsize, (tuple, list)) or len(figsize) != 2
            or not all(isinstance(v, (int, float)) and v > 0 for v in figsize)):
        raise ValueError(f"figsize must be (width, height) in inches, both > 0, got {figsize!r}.")
    fig = Figure(figsize=tuple(figsize), dpi=dpi, layout="constrained", **kwargs)
    FigureCanvasAgg(fig)
    return fig


def render_png(fig: Figure) -> bytes:
    """Draw ``fig`` with Agg and return PNG bytes (fast compression: speed matters more than size here)."""
    if not isinstance(fig, Figure):
        raise TypeError(f"fig must be a matplotlib Figure, got {type(fig).__name__}.")
    canvas = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)
    canvas.draw()
    _freeze_layout(fig)
    return _encode_png(canvas)


def _freeze_layout(fig: Figure) -> None:
    """After the first drawing, keep the axes where the layout engine put them (re-running it costs ~50 %)."""
    if fig.get_layout_engine() is not None:
        try:
            fig.set_layout_engine("none")
        except RuntimeError:  # some engines (e.g. with colorbars) cannot be switched off: keep them
            pass


def _encode_png(canvas: FigureCanvasAgg) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1).save(
        buffer, format="png", compress_level=1
    )
    return buffer.getvalue()


def slider(value: float, min: float, max: float, step: float | None = None, description: str = "",
           integer: bool = False, readout_format: str | None = None) -> ipw.Widget:
    """A labelled slider (float by default, ``integer=True`` for whole numbers) with a wide description."""
    if not min < max:
        raise ValueError(f"slider needs min < max, got min={min}, max={max}.")
    if not min <= value <= max:
        raise ValueError(f"slider value must lie between min={min} and max={max}, got {value}.")
    common = dict(value=value, min=min, max=max, description=description, continuous_update=True,
                  style={"description_width": "initial"}, layout=ipw.Layout(width="420px"))
    if integer:
        return ipw.IntSlider(step=int(step or 1), **common)
    fmt = readout_format or ".3g"
    if step is None:
        step = _grid_step(value, min, max)
    elif abs((value - min) / step - round((value - min) / step)) > 1e-6:
        raise ValueError(f"slider value {value} is not on the grid min + k * step (min={min}, step={step}): "
                         "the browser would snap it to another value. Choose a value or step that fits.")
    return ipw.FloatSlider(step=step, readout_format=fmt, **common)


def _grid_step(value: float, low: float, high: float) -> float:
    """A round step (1, 2 or 5 x 10^k), about 1/100 of the range, with ``value`` on the grid from ``low``."""
    import math

    target = (high - low) / 100
    for exponent in range(math.floor(math.log10(target)), math.floor(math.log10(target)) - 4, -1):
        for mantissa in (5, 2, 1):
            step = mantissa * 10.0**exponent
            if step <= target * 1.0001 and abs((value - low) / step - round((value - low) / step)) < 1e-6:
                return step
    return target


class LiveFigure:
    """A figure drawn once, then updated in place whenever one of its controls changes.

    Args:
        fig: a figure from :func:`new_figure` whose artists ``update`` modifies.
        update: function called with the controls' values as keyword arguments; it changes artists in
            place (``set_data``, ``set_ydata``, ``set_text`` ...) and may return a short text (str) that is
            shown under the figure.
        main: marks the notebook's main widget (used by the benchmark and the browser test).
        dynamic: the artists that ``update`` changes (lines, images, texts, collections). When given, the
            static part of the figure (axes, ticks, labels) is drawn once and cached, and each update only
            redraws these artists ("blitting"): typically 5-10x faster, which keeps sliders smooth.
            Leave empty when an update changes axis limits or many artists (then the whole figure is redrawn).
        **controls: ipywidgets with a ``value`` (sliders, dropdowns, checkboxes), by argument name.

    Attributes:
        last_update_ms: how long the last update took, from value change to new image (milliseconds).
    """

    def __init__(self, fig: Figure, update: Callable[..., str | None], *, main: bool = False,
                 dynamic: Sequence[Artist] = (), **controls: ipw.ValueWidget) -> None:
        if not isinstance(fig, Figure):
            raise TypeError(f"fig must be a matplotlib Figure (use widgets.new_figure()), got {type(fig).__name__}.")
        if not callable(update):
            raise TypeError(f"update must be a function, got {type(update).__name__}.")
        for name, control in controls.items():
            if not isinstance(control, ipw.ValueWidget):
                raise TypeError(f"control {name!r} must be an ipywidgets control with a value (e.g. a slider), "
                                f"got {type(control).__name__}.")
        for artist in dynamic:
            if not isinstance(artist, Artist):
                raise TypeError("dynamic must hold matplotlib artists (lines, images, texts), "
                                f"got {type(artist).__name__}.")
        self.fig = fig
        self.dynamic = list(dynamic)
        self._background: Any = None
        self.update_fn = update
        self.controls = controls
        self.main = main
        self.image = ipw.Image(format="png", layout=ipw.Layout(max_width="100%", height="auto"))
        self.status = ipw.HTML()
        self.last_update_ms = float("nan")
        self.n_updates = 0
        for control in controls.values():
            control.observe(self._on_change, names="value")
        self.extra_controls: list[ipw.Widget] = []
        self._control_box = ipw.VBox(list(controls.values()), layout=ipw.Layout(min_width="300px"))
        self.widget = ipw.VBox([self._control_box, self.image, self.status])
        self.widget.add_class("course-live-figure")
        if main:
            self.widget.add_class("course-live-figure-main")
        _INSTANCES.append(weakref.ref(self))
        self.redraw()  # first drawing: also what nbval and a static export see

    def values(self) -> dict[str, Any]:
        """The controls' current values, by argument name."""
        return {name: control.value for name, control in self.controls.items()}

    def redraw(self) -> None:
        """Call ``update`` with the current values and send the new image to the browser."""
        start = time.perf_counter()
        text = self.update_fn(**self.values())
        self.image.value = self._render()
        self.status.value = f"<span style='font-family:monospace'>{text}</span>" if text else ""
        self.last_update_ms = (time.perf_counter() - start) * 1000
        self.n_updates += 1

    def _render(self) -> bytes:
        canvas = self.fig.canvas
        if not self.dynamic:
            return render_png(self.fig)
        if self._background is None:  # first time: draw the static part once and keep it
            for artist in self.dynamic:
                artist.set_animated(True)
            canvas.draw()
            _freeze_layout(self.fig)
            self._background = canvas.copy_from_bbox(self.fig.bbox)
        else:
            canvas.restore_region(self._background)
        for artist in self.dynamic:
            (artist.axes or self.fig).draw_artist(artist)
        return _encode_png(canvas)

    def full_redraw(self) -> None:
        """Redraw everything, e.g. after changing axis limits or labels outside the dynamic artists."""
        self._background = None
        if self.dynamic:
            for artist in self.dynamic:
                artist.set_animated(False)
        self.redraw()

    def set(self, **values: Any) -> None:
        """Change controls from code (as a student would with the mouse); the figure redraws once."""
        unknown = set(values) - set(self.controls)
        if unknown:
            raise KeyError(f"unknown control(s) {sorted(unknown)}; this figure has {sorted(self.controls)}.")
        with self._paused():
            for name, value in values.items():
                self.controls[name].value = value
        self.redraw()

    def add_control(self, control: ipw.ValueWidget, on_change: Callable[[Any], None] | None = None) -> None:
        """Show one more control under the figure's own, e.g. a menu of presets that calls :meth:`set`.

        Args:
            control: an ipywidgets control with a ``value`` (dropdown, buttons, checkbox).
            on_change: called with the control's new value each time it changes. The figure redraws only
                through what ``on_change`` does (typically ``live.set(...)``: one redraw for several sliders).
        """
        if not isinstance(control, ipw.ValueWidget):
            raise TypeError("control must be an ipywidgets control with a value (e.g. a Dropdown), "
                            f"got {type(control).__name__}.")
        if on_change is not None:
            if not callable(on_change):
                raise TypeError(f"on_change must be a function of the new value, got {type(on_change).__name__}.")
            control.observe(lambda change: on_change(change["new"]), names="value")
        self.extra_controls.append(control)
        self._control_box.children += (control,)

    def arrange_controls(self, *items: ipw.Widget) -> None:
        """Lay out the area above the figure: ``items`` from top to bottom, e.g. a grid of text boxes between two
        sliders. Every control of the figure must appear once, alone or inside a box (``ipw.HBox``, ``GridBox``),
        so that none is lost.

        Args:
            items: ipywidgets (controls, labels, boxes of controls), in the order they are shown.
        """
        for item in items:
            if not isinstance(item, ipw.Widget):
                raise TypeError("arrange_controls takes ipywidgets (controls, labels, boxes), "
                                f"got {type(item).__name__}.")
        shown = _all_widgets(items)
        missing = [name for name, control in self.controls.items() if control not in shown]
        missing += [getattr(c, "description", "") or type(c).__name__ for c in self.extra_controls if c not in shown]
        if missing:
            raise ValueError(f"arrange_controls must show every control of the figure; missing: {missing}.")
        self._control_box.children = tuple(items)

    def _paused(self) -> Any:
        live = self

        class _Pause:
            def __enter__(self) -> None:
                live._hold = True

            def __exit__(self, *exc: object) -> None:
                live._hold = False

        return _Pause()

    _hold = False

    def _on_change(self, change: dict[str, Any]) -> None:
        if not self._hold:
            self.redraw()

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def _all_widgets(items: Sequence[ipw.Widget]) -> list[ipw.Widget]:
    """``items`` and every widget inside them (boxes hold their widgets in ``children``)."""
    found: list[ipw.Widget] = []
    for item in items:
        found.append(item)
        found += _all_widgets(getattr(item, "children", ()))
    return found


def live_figures() -> list[LiveFigure]:
    """Every :class:`LiveFigure` of this kernel still alive, in order of creation (the benchmark moves them all)."""
    return [live for live in (ref() for ref in _INSTANCES) if live is not None]


def main_widget() -> LiveFigure | None:
    """The notebook's main :class:`LiveFigure` (the one created with ``main=True``, else the first alive)."""
    alive = live_figures()
    for live in alive:
        if live.main:
            return live
    return alive[0] if alive else None


class LivePlot:
    """A learning-curve figure that updates in place during training (one image widget, no flicker).

    Use ``plot = LivePlot(keys=("train_loss", "val_loss"))``, ``display(plot)``, then
    ``plot.update(history)`` after each epoch.
    """

    def __init__(self, keys: tuple[str, ...] = ("train_loss", "val_loss"), ylabel: str = "loss",
                 title: str = "Learning curves (live)") -> None:
        self.fig = new_figure(figsize=(6.0, 3.2))
        self.ax = self.fig.subplots()
        self.lines = {k: self.ax.plot([], [], label=k.replace("_", " "), marker=".")[0] for k in keys}
        self.ax.set(xlabel="epoch", ylabel=ylabel, title=title)
        self.ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # epochs are whole numbers
        self.ax.legend()
        self.image = ipw.Image(format="png", layout=ipw.Layout(max_width="100%", height="auto"))
        self.image.value = render_png(self.fig)

    def update(self, history: dict[str, list[float]]) -> None:
        """Redraw the curves from ``history`` (a dict of lists, one value per epoch)."""
        for key, line in self.lines.items():
            values = history.get(key, [])
            line.set_data(range(1, len(values) + 1), values)
        self.ax.relim()
        self.ax.autoscale_view()
        self.image.value = render_png(self.fig)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.image)
