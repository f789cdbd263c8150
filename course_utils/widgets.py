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

import inspect
import io
import math
import time
import weakref
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import ipywidgets as ipw
import numpy as np
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .i18n import N_, number, tr
from .validation import (
    KeyNotFoundError,
    as_array,
    check_bool,
    check_int,
    check_names,
    check_number,
    check_positive,
    check_text,
    describe,
)

_INSTANCES: list[weakref.ReferenceType[LiveFigure]] = []


def new_figure(figsize: tuple[float, float] = (7.0, 4.2), dpi: int = 90, **kwargs: Any) -> Figure:
    """A Matplotlib figure for a widget: not managed by pyplot, so the notebook does not show it twice.

    Args:
        figsize: (width, height) in inches (at most 30 each: inches, not pixels).
        dpi: dots per inch of the rendered image, 30 to 300 (90 keeps updates fast and text sharp).
        **kwargs: other options of Matplotlib's ``Figure`` (e.g. ``facecolor``).
    """
    if (not isinstance(figsize, (tuple, list)) or len(figsize) != 2
            or not all(isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool)
                       and math.isfinite(v) and v > 0 for v in figsize)):
        raise ValueError(tr("figsize must be (width, height) in inches, both > 0, got {received}.",
                            received=_short_repr(figsize)))
    if max(figsize) > 30:
        raise ValueError(tr("figsize is in inches, not pixels: (7, 4.2) is a usual size; got {received}, which would "
                            "take long to draw.", received=tuple(figsize)))
    dpi = check_number(dpi, "dpi", minimum=30, maximum=300)
    try:
        fig = Figure(figsize=tuple(float(v) for v in figsize), dpi=dpi, layout="constrained", **kwargs)
    except (TypeError, AttributeError, ValueError) as error:
        unknown = [k for k in kwargs if not hasattr(Figure, f"set_{k}") and k not in _FIGURE_OPTIONS]
        if unknown:
            import difflib

            known = sorted(_FIGURE_OPTIONS | {n[4:] for n in dir(Figure) if n.startswith("set_")})
            close = [m for k in unknown for m in difflib.get_close_matches(k, known, n=1)]
            hint = tr(" Did you mean {name}?", name=", ".join(map(repr, close))) if close \
                else tr(" E.g. facecolor='white'.")
            raise TypeError(tr("new_figure takes the options of Matplotlib's Figure; {unknown} is not one of them."
                               "{hint}", unknown=unknown, hint=hint)) from None
        raise ValueError(tr("new_figure could not use the options {options}: {error}", options=kwargs,
                            error=str(error).splitlines()[0])) from None
    FigureCanvasAgg(fig)
    return fig


_FIGURE_OPTIONS = {"facecolor", "edgecolor", "linewidth", "frameon", "subplotpars", "layout"}


def _short_repr(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else describe(value)


def render_png(fig: Figure) -> bytes:
    """Draw ``fig`` with Agg and return PNG bytes (fast compression: speed matters more than size here)."""
    if not isinstance(fig, Figure):
        raise TypeError(tr("fig must be a matplotlib Figure, got {received}.", received=describe(fig)))
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
    """A labelled slider (float by default, ``integer=True`` for whole numbers) with a wide description.

    Args:
        value: the starting value, between ``min`` and ``max`` and on the grid ``min + k * step``.
        min, max: the ends of the slider (``min < max``).
        step: the distance between two positions (default: a round number, about 1/100 of the range; 1 for an
            integer slider, whose step must be a whole number).
        description: the label shown before the slider (say what it sets, with its unit).
        integer: whole numbers only (an ``IntSlider``).
        readout_format: how the value is shown, e.g. ".2f" (Python's format mini-language).
    """
    value, low, high = (check_number(v, n) for v, n in ((value, "value"), (min, "min"), (max, "max")))
    integer = check_bool(integer, "integer")
    check_text(description, "description")
    if not low < high:
        raise ValueError(tr("slider needs min < max, got min={low}, max={high}.", low=f"{low:g}", high=f"{high:g}")
                         + (tr(" Swap them.") if low > high else ""))
    if not low <= value <= high:
        raise ValueError(tr("slider value must lie between min={low} and max={high}, got {value}. Start it inside "
                            "the range, or widen the range.", low=f"{low:g}", high=f"{high:g}",
                            value=number(value, "g")))
    if step is not None:
        step = check_positive(step, "step")
        if step > high - low:
            raise ValueError(tr("step must be at most max - min = {span}, got {step}: the slider could not move.",
                                span=number(high - low, "g"), step=number(step, "g")))
    if readout_format is not None:
        _check_format(readout_format)
    common = dict(description=description, continuous_update=True, style={"description_width": "initial"},
                  layout=ipw.Layout(width="420px"))
    if integer:
        return _int_slider(value, low, high, step, common)
    if step is None:
        step = _grid_step(value, low, high)
    elif abs((value - low) / step - round((value - low) / step)) > 1e-6:
        raise ValueError(tr("slider value {value} is not on the grid min + k * step (min={low}, step={step}): the "
                            "browser would snap it to another value. Choose a value or step that fits.",
                            value=number(value, "g"), low=f"{low:g}", step=f"{step:g}"))
    return ipw.FloatSlider(value=value, min=low, max=high, step=step, readout_format=readout_format or ".3g",
                           **common)


def _int_slider(value: float, low: float, high: float, step: float | None, common: dict[str, Any]) -> ipw.Widget:
    for amount, name in ((value, "value"), (low, "min"), (high, "max"), (step or 1, "step")):
        if amount != round(amount):
            fix = tr(" For decimal steps, leave integer=False.") if name == "step" else ""
            raise ValueError(tr("an integer slider (integer=True) takes whole numbers: {name} must be whole, got "
                                "{value}.{fix}", name=name, value=f"{amount:g}", fix=fix))
    value, low, high, step = int(value), int(low), int(high), int(step or 1)
    if (value - low) % step:
        raise ValueError(tr("slider value {value} is not on the grid min + k * step (min={low}, step={step}): the "
                            "browser would snap it to another value. Choose a value or step that fits.",
                            value=value, low=low, step=step))
    return ipw.IntSlider(value=value, min=low, max=high, step=step, **common)


def _check_format(readout_format: Any) -> None:
    check_text(readout_format, "readout_format")
    try:
        format(1.5, readout_format)
    except ValueError:
        raise ValueError(tr("readout_format must be a Python number format such as '.2f' or '.3g', got {received}.",
                            received=repr(readout_format))) from None


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
                 dynamic: Sequence[Artist] | Artist = (), **controls: ipw.ValueWidget) -> None:
        if not isinstance(fig, Figure):
            raise TypeError(tr("fig must be a matplotlib Figure (use widgets.new_figure()), got {received}.",
                               received=describe(fig)))
        if not callable(update) or isinstance(update, type):
            raise TypeError(tr("update must be a function, got {received}.", received=describe(update)))
        main = check_bool(main, "main")
        for name, control in controls.items():
            if not isinstance(control, ipw.ValueWidget):
                raise TypeError(tr("control {name} must be an ipywidgets control with a value (e.g. a slider), got "
                                   "{received}.", name=repr(name), received=describe(control)))
        _check_parameters(update, controls)
        self.fig = fig
        self.dynamic = _dynamic_artists(dynamic, fig)
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
        values = self.values()
        try:
            result = self.update_fn(**values)
        except Exception as error:  # the notebook's own update function: keep its error, say where it came from
            shown = ", ".join(f"{k}={v!r}" for k, v in values.items())
            error.add_note(tr("(raised by the figure's update function, called as update({shown}))", shown=shown))
            failure = tr("⚠ update({shown}) failed: {error}", shown=shown, error=f"{type(error).__name__}: "
                         f"{str(error).splitlines()[0] if str(error) else ''}")
            self.status.value = f"<span style='font-weight:bold'>{_escape(failure)}</span>"
            raise
        text = _status_text(result)
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
        """Change controls from code (as a student would with the mouse); the figure redraws once.

        Each value must be one the control can show (a slider refuses a value outside its range instead of moving
        to its end); if one is refused, no control changes.
        """
        unknown = set(values) - set(self.controls)
        if unknown:
            raise KeyNotFoundError(tr("unknown control(s) {unknown}; this figure has {controls}.",
                                      unknown=sorted(unknown), controls=sorted(self.controls)))
        for name, value in values.items():
            _check_control_value(name, self.controls[name], value)
        old = {name: self.controls[name].value for name in values}
        with self._paused():
            try:
                for name, value in values.items():
                    self.controls[name].value = value
            except Exception as error:  # a value the control refuses: put every control back
                for name, value in old.items():
                    self.controls[name].value = value
                raise ValueError(tr("control {name} cannot take {received}: {error}", name=repr(name),
                                    received=describe(value), error=str(error).splitlines()[0])) from None
        self.redraw()

    def add_control(self, control: ipw.ValueWidget, on_change: Callable[[Any], None] | None = None) -> None:
        """Show one more control under the figure's own, e.g. a menu of presets that calls :meth:`set`.

        Args:
            control: an ipywidgets control with a ``value`` (dropdown, buttons, checkbox).
            on_change: called with the control's new value each time it changes. The figure redraws only
                through what ``on_change`` does (typically ``live.set(...)``: one redraw for several sliders).
        """
        if not isinstance(control, ipw.ValueWidget):
            raise TypeError(tr("control must be an ipywidgets control with a value (e.g. a Dropdown), got "
                               "{received}.", received=describe(control)))
        if on_change is not None:
            if not callable(on_change):
                raise TypeError(tr("on_change must be a function of the new value, got {received}.",
                                   received=describe(on_change)))
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
                raise TypeError(tr("arrange_controls takes ipywidgets (controls, labels, boxes), got {received}.",
                                   received=describe(item)))
        shown = _all_widgets(items)
        missing = [name for name, control in self.controls.items() if control not in shown]
        missing += [getattr(c, "description", "") or type(c).__name__ for c in self.extra_controls if c not in shown]
        if missing:
            raise ValueError(tr("arrange_controls must show every control of the figure; missing: {missing}.",
                                missing=missing))
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


def _check_parameters(update: Callable[..., Any], controls: Mapping[str, Any]) -> None:
    """The controls must be named like ``update``'s parameters: each one a parameter, each parameter a control."""
    try:
        parameters = list(inspect.signature(update).parameters.values())
    except (TypeError, ValueError):  # a built-in or C function: nothing to compare with
        return
    by_name = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    names = [p.name for p in parameters if p.kind in by_name]
    required = [p.name for p in parameters if p.kind in by_name and p.default is inspect.Parameter.empty]
    required += [p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_ONLY
                 and p.default is inspect.Parameter.empty]
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters)
    extra = [] if takes_any else [name for name in controls if name not in names]
    missing = [name for name in required if name not in controls]
    if extra or missing:
        signature = f"update({', '.join(p.name for p in parameters)})"
        problems = []
        if extra:
            problems.append(tr("no parameter is named {names}", names=", ".join(map(repr, extra))))
        if missing:
            problems.append(tr("no control gives {names}", names=", ".join(map(repr, missing))))
        raise TypeError(tr("the controls must be named like the parameters of the update function: {signature} "
                           "expects {expected}, got controls {controls}: {problems}. Name each control after the "
                           "parameter it sets, e.g. LiveFigure(fig, update, a=widgets.slider(...)).",
                           signature=signature, expected=required or names, controls=list(controls),
                           problems=tr(" and ").join(problems)))


def _dynamic_artists(dynamic: Any, fig: Figure) -> list[Artist]:
    """``dynamic`` as a list of the figure's artists (one artist alone is accepted)."""
    if isinstance(dynamic, Artist):
        dynamic = [dynamic]
    if isinstance(dynamic, (str, bytes)) or not isinstance(dynamic, (list, tuple, set)):
        raise TypeError(tr("dynamic must be a list of matplotlib artists (lines, images, texts), got {received}.",
                           received=describe(dynamic)))
    artists = list(dynamic)
    for artist in artists:
        if isinstance(artist, (list, tuple)):
            raise TypeError(tr("dynamic must hold matplotlib artists (lines, images, texts), got a list inside the "
                               "list (what ax.plot returns): unpack it first, {code}, and pass [line].",
                               code="line, = ax.plot(...)"))
        if not isinstance(artist, Artist):
            raise TypeError(tr("dynamic must hold matplotlib artists (lines, images, texts), got {received}.",
                               received=describe(artist)))
        if artist.get_figure(root=True) is not fig:
            raise ValueError(tr("dynamic holds an artist ({kind}) that is not drawn in this figure: pass the artists "
                                "of the figure given to LiveFigure.", kind=type(artist).__name__))
    return artists


def _status_text(result: Any) -> str:
    """What ``update`` returned, as the text under the figure (a text, a number, or nothing)."""
    if result is None:
        return ""
    if isinstance(result, str):
        return result
    if isinstance(result, (int, float, np.integer, np.floating)) and not isinstance(result, bool):
        return number(result, ".4g")
    if isinstance(result, (list, tuple)) and all(isinstance(item, Artist) for item in result):
        return ""  # FuncAnimation's habit (return line,): the artists are already updated in place
    raise TypeError(tr("the update function must return a short text (a str) or nothing, got {received}.",
                       received=describe(result)))


def _escape(text: str) -> str:
    import html

    return html.escape(text)


def _check_control_value(name: str, control: Any, value: Any) -> None:
    """A value the control can show, checked before anything moves (ipywidgets would clip it silently)."""
    if isinstance(control, (ipw.IntSlider, ipw.IntText, ipw.BoundedIntText)):
        value = check_int(value, name)
    elif isinstance(control, (ipw.FloatSlider, ipw.FloatText, ipw.BoundedFloatText, ipw.FloatLogSlider)):
        value = check_number(value, name)
    elif isinstance(control, (ipw.Checkbox, ipw.ToggleButton)):
        check_bool(value, name)
        return
    elif isinstance(control, (ipw.Dropdown, ipw.RadioButtons, ipw.ToggleButtons, ipw.Select, ipw.SelectionSlider)):
        options = [option[1] if isinstance(option, tuple) and len(option) == 2 else option
                   for option in control.options]
        if not any(value is option or _equal(value, option) for option in options):
            raise ValueError(tr("{name} must be one of {options}, got {received}.", name=name, options=options,
                                received=describe(value)))
        return
    low, high = getattr(control, "min", None), getattr(control, "max", None)
    if isinstance(control, ipw.FloatLogSlider):
        low, high = control.base ** low, control.base ** high
    if low is not None and high is not None and not low <= value <= high:
        raise ValueError(tr("{name} must lie between {low} and {high} (the slider's range), got {value}.",
                            name=name, low=number(low, "g"), high=number(high, "g"), value=number(value, "g")))


def _equal(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except (TypeError, ValueError):
        return False


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

    Args:
        keys: the curves to draw: one name or a list of names of the history.
        ylabel, title: texts of the figure.
    """

    def __init__(self, keys: str | Sequence[str] = ("train_loss", "val_loss"), ylabel: str = N_("loss"),
                 title: str = N_("Learning curves (live)")) -> None:
        from .plotting import _curve_name

        keys = (keys,) if isinstance(keys, str) else keys
        keys = check_names(keys, "keys")
        if not keys:
            raise ValueError(tr("keys must name at least one curve, e.g. {example}.",
                                example="('train_loss', 'val_loss')"))
        check_text(ylabel, "ylabel")
        check_text(title, "title")
        self.fig = new_figure(figsize=(6.0, 3.2))
        self.ax = self.fig.subplots()
        self.lines = {k: self.ax.plot([], [], label=_curve_name(k), marker=".")[0] for k in keys}
        self.ax.set(xlabel=tr("epoch"), ylabel=tr(ylabel), title=tr(title))
        self.ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # epochs are whole numbers
        self.ax.legend()
        self.image = ipw.Image(format="png", layout=ipw.Layout(max_width="100%", height="auto"))
        self.image.value = render_png(self.fig)

    def update(self, history: Mapping[str, Sequence[float]]) -> None:
        """Redraw the curves from ``history`` (a dict of lists, one value per epoch; numbers or tensors)."""
        if not isinstance(history, Mapping):
            raise TypeError(tr("history must be a dict of curves such as {example}, got {received}.",
                               example="{'train_loss': [...], 'val_loss': [...]}", received=describe(history)))
        missing = [key for key in self.lines if key not in history]
        if missing and len(missing) == len(self.lines) and history:
            raise KeyNotFoundError(tr("history has none of the curves of this plot {curves}; available: {available}.",
                                      curves=list(self.lines), available=list(history)))
        for key, line in self.lines.items():
            values = history.get(key, [])
            values = as_array(values, f"history[{key!r}]", ndim=1, allow_nan=True) if len(values) else np.zeros(0)
            line.set_data(np.arange(1, len(values) + 1), values)
        self.ax.relim()
        self.ax.autoscale_view()
        self.image.value = render_png(self.fig)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.image)
