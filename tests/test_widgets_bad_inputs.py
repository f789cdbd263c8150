"""Bad input for ``course_utils.widgets``: sliders, figures and live figures refuse mistakes with a course message
(what was expected, what was received, the fix) at construction, instead of a raw ipywidgets/traitlets error, a
slider that cannot move, or a value silently clipped.
"""

from __future__ import annotations

import copy

import ipywidgets as ipw
import numpy as np
import pytest
from bad_input_support import assert_course_message as shared_check
from bad_input_support import check_french

from course_utils import widgets

RAW = ("TraitError", "object at 0x", "not supported between", "unexpected keyword", "is not iterable",
       "float() argument")


def assert_course_message(error: BaseException, *fragments: str) -> None:
    shared_check(error, *fragments, raw=RAW, max_length=700)


def _figure():
    fig = widgets.new_figure(figsize=(3, 2))
    ax = fig.subplots()
    (line,) = ax.plot([0, 1], [0, 1])
    return fig, ax, line


def _update(a, b):
    return f"a = {a}, b = {b}"


def _slider():
    return widgets.slider(0.5, 0.0, 1.0)


def _other_figure_line():
    return _figure()[2]


SLIDER_CASES = [
    (lambda: widgets.slider("0.5", 0, 1), TypeError, ["value must be a number", "the text '0.5'", "value=0.5"]),
    (lambda: widgets.slider(0.5, "0", 1), TypeError, ["min must be a number", "the text '0'"]),
    (lambda: widgets.slider(0.5, 0, None), TypeError, ["max must be a number", "None"]),
    (lambda: widgets.slider([0.5], 0, 1), TypeError, ["value must be a number", "a list of 1 item"]),
    (lambda: widgets.slider(float("nan"), 0, 1), ValueError, ["value must be a finite number", "nan"]),
    (lambda: widgets.slider(0.5, 0, float("inf")), ValueError, ["max must be a finite number", "inf"]),
    (lambda: widgets.slider(1, 2, 1), ValueError, ["slider needs min < max", "min=2, max=1", "Swap them"]),
    (lambda: widgets.slider(1, 1, 1), ValueError, ["min < max", "min=1, max=1"]),
    (lambda: widgets.slider(5, 0, 1), ValueError, ["between min=0 and max=1", "got 5"]),
    (lambda: widgets.slider(-0.1, 0, 1), ValueError, ["between min=0 and max=1", "got -0.1"]),
    (lambda: widgets.slider(0.5, 0, 1, step=0), ValueError, ["step must be a finite number > 0", "got 0"]),
    (lambda: widgets.slider(0.5, 0, 1, step=-0.1), ValueError, ["step must be a finite number > 0"]),
    (lambda: widgets.slider(0.5, 0, 1, step=2), ValueError, ["step must be at most max - min = 1", "got 2"]),
    (lambda: widgets.slider(0.5, 0, 1, step="0.1"), TypeError, ["step must be a number", "the text '0.1'"]),
    (lambda: widgets.slider(1.0, 0.1, 5.0, step=0.4), ValueError, ["not on the grid", "step=0.4"]),
    (lambda: widgets.slider(1, 0, 3, integer=True, step=0.5), ValueError, ["integer slider", "step must be whole",
                                                                         "got 0.5", "integer=False"]),
    (lambda: widgets.slider(2.5, 0, 10, integer=True), ValueError, ["integer slider", "value must be whole",
                                                                    "2.5"]),
    (lambda: widgets.slider(2, 0.5, 10, integer=True), ValueError, ["min must be whole", "0.5"]),
    (lambda: widgets.slider(3, 0, 10, step=2, integer=True), ValueError, ["not on the grid", "step=2"]),
    (lambda: widgets.slider(0.5, 0, 1, integer="yes"), TypeError, ["integer must be True or False"]),
    (lambda: widgets.slider(0.5, 0, 1, description=3), TypeError, ["description must be a text", "the number 3"]),
    (lambda: widgets.slider(0.5, 0, 1, readout_format="%.2f"), ValueError, ["readout_format", "'.2f'",
                                                                            "got '%.2f'"]),
    (lambda: widgets.slider(0.5, 0, 1, readout_format=2), TypeError, ["readout_format must be a text"]),
]

FIGURE_CASES = [
    (lambda: widgets.new_figure(figsize=(0, 3)), ValueError, ["figsize must be (width, height) in inches",
                                                              "(0, 3)"]),
    (lambda: widgets.new_figure(figsize=7), ValueError, ["figsize must be (width, height)", "got 7"]),
    (lambda: widgets.new_figure(figsize=("7", "4")), ValueError, ["figsize", "('7', '4')"]),
    (lambda: widgets.new_figure(figsize=(True, 3)), ValueError, ["figsize", "(True, 3)"]),
    (lambda: widgets.new_figure(figsize=(float("nan"), 3)), ValueError, ["figsize", "nan"]),
    (lambda: widgets.new_figure(figsize=(700, 400)), ValueError, ["inches, not pixels", "(700, 400)"]),
    (lambda: widgets.new_figure(dpi=1000), ValueError, ["dpi must be <= 300", "1000"]),
    (lambda: widgets.new_figure(dpi="90"), TypeError, ["dpi must be a number", "dpi=90"]),
    (lambda: widgets.new_figure(colour="red"), TypeError, ["options of Matplotlib's Figure", "['colour']",
                                                           "Did you mean"]),
    (lambda: widgets.new_figure(facecolor="not a colour"), ValueError, ["could not use the options",
                                                                        "'not a colour'"]),
    (lambda: widgets.render_png("figure"), TypeError, ["fig must be a matplotlib Figure", "the text"]),
]

LIVE_CASES = [
    (lambda: widgets.LiveFigure("fig", _update), TypeError, ["fig must be a matplotlib Figure",
                                                             "widgets.new_figure()", "the text 'fig'"]),
    (lambda: widgets.LiveFigure(_figure()[0], 3), TypeError, ["update must be a function", "the number 3"]),
    (lambda: widgets.LiveFigure(_figure()[0], _update, a=0.5, b=_slider()), TypeError,
     ["control 'a' must be an ipywidgets control", "the number 0.5"]),
    (lambda: widgets.LiveFigure(_figure()[0], _update, a=_slider(), c=_slider()), TypeError,
     ["named like the parameters", "update(a, b) expects ['a', 'b']", "got controls ['a', 'c']",
      "no parameter is named 'c'", "no control gives 'b'"]),
    (lambda: widgets.LiveFigure(_figure()[0], _update, a=_slider()), TypeError,
     ["update(a, b) expects ['a', 'b']", "got controls ['a']", "no control gives 'b'"]),
    (lambda: widgets.LiveFigure(_figure()[0], _update, a=_slider(), b=_slider(), d=_slider()), TypeError,
     ["got controls ['a', 'b', 'd']", "no parameter is named 'd'", "a=widgets.slider(...)"]),
    (lambda: widgets.LiveFigure(_figure()[0], lambda: None, a=_slider()), TypeError,
     ["update() expects []", "no parameter is named 'a'"]),
    (lambda: widgets.LiveFigure(_figure()[0], _update, a=_slider(), b=_slider(), dynamic="line"), TypeError,
     ["dynamic must be a list of matplotlib artists", "the text 'line'"]),
    (lambda: widgets.LiveFigure(_figure()[0], _update, a=_slider(), b=_slider(), dynamic=["line"]), TypeError,
     ["dynamic must hold matplotlib artists", "the text 'line'"]),
    (lambda: widgets.LiveFigure(*_figure()[:1], _update, a=_slider(), b=_slider(), dynamic=[[_figure()[2]]]),
     TypeError, ["a list inside the list", "line, = ax.plot(...)"]),
    (lambda: widgets.LiveFigure(_figure()[0], _update, a=_slider(), b=_slider(), dynamic=[_other_figure_line()]),
     ValueError, ["not drawn in this figure"]),
    (lambda: widgets.LiveFigure(_figure()[0], _update, main="yes", a=_slider(), b=_slider()), TypeError,
     ["main must be True or False", "the text 'yes'"]),
    (lambda: widgets.LiveFigure(_figure()[0], lambda a: {"loss": a}, a=_slider()), TypeError,
     ["must return a short text (a str) or nothing", "a dictionary with keys ['loss']"]),
]


@pytest.mark.parametrize("call, error, fragments", SLIDER_CASES + FIGURE_CASES + LIVE_CASES)
def test_widgets_bad_input(call, error, fragments):
    with pytest.raises(error) as info:
        call()
    assert_course_message(info.value, *fragments)
    check_french(call, str(info.value))


def _live():
    fig, _, line = _figure()
    return widgets.LiveFigure(fig, _update, dynamic=[line], a=_slider(),
                              b=widgets.slider(2, 0, 10, integer=True)), line


SET_CASES = [
    (dict(c=1), KeyError, ["unknown control(s) ['c']", "this figure has ['a', 'b']"]),
    (dict(a=5), ValueError, ["a must lie between 0 and 1", "got 5"]),
    (dict(a="0.3"), TypeError, ["a must be a number", "the text '0.3'", "a=0.3"]),
    (dict(a=0.3, b=2.5), TypeError, ["b must be an integer", "2.5"]),
    (dict(a=0.3, b=11), ValueError, ["b must lie between 0 and 10", "got 11"]),
    (dict(a=None), TypeError, ["a must be a number", "None"]),
]


@pytest.mark.parametrize("values, error, fragments", SET_CASES)
def test_set_refuses_what_a_control_cannot_show_and_moves_nothing(values, error, fragments):
    live, _ = _live()
    before, updates = live.values(), live.n_updates
    with pytest.raises(error) as info:
        live.set(**values)
    assert_course_message(info.value, *fragments)
    assert live.values() == before and live.n_updates == updates
    check_french(lambda: live.set(**values), str(info.value))
    assert live.values() == before and live.n_updates == updates


def test_set_with_menus_and_checkboxes():
    fig, _, _ = _figure()
    menu = ipw.Dropdown(options=[("low", 1), ("high", 2)], value=1)
    box = ipw.Checkbox(value=False)
    live = widgets.LiveFigure(fig, lambda m, show: None, m=menu, show=box)
    with pytest.raises(ValueError) as info:
        live.set(m=3)
    assert_course_message(info.value, "m must be one of [1, 2]", "the number 3")
    check_french(lambda: live.set(m=3), str(info.value))
    with pytest.raises(TypeError) as info:
        live.set(show="yes")
    assert_course_message(info.value, "show must be True or False")
    check_french(lambda: live.set(show="yes"), str(info.value))
    live.set(m=2, show=True)
    assert live.values() == {"m": 2, "show": True}


def test_an_update_that_fails_says_with_which_values():
    fig, _, _ = _figure()

    def broken(a):
        return 1 / 0

    with pytest.raises(ZeroDivisionError) as info:
        widgets.LiveFigure(fig, broken, a=_slider())
    assert "update(a=0.5)" in " ".join(info.value.__notes__)
    live = widgets.LiveFigure(fig, lambda a: 1 / (a - 0.2), a=_slider())
    with pytest.raises(ZeroDivisionError):
        live.set(a=0.2)
    assert "⚠ update(a=0.2) failed: ZeroDivisionError" in live.status.value


def test_valid_alternatives_are_accepted():
    torch = pytest.importorskip("torch")
    fig, _, line = _figure()
    assert isinstance(widgets.slider(np.float64(0.5), np.int64(0), 1), ipw.FloatSlider)
    s = widgets.slider(2.0, 0, 10.0, step=2.0, integer=True)
    assert isinstance(s, ipw.IntSlider) and (s.value, s.step) == (2, 2)
    live = widgets.LiveFigure(fig, lambda a: (line,), dynamic=line, a=_slider())  # one artist; FuncAnimation habit
    assert live.dynamic == [line] and live.status.value == ""
    live = widgets.LiveFigure(fig, lambda **values: values["a"], a=_slider())  # **kwargs: any names
    assert "0.5" in live.status.value
    live = widgets.LiveFigure(fig, lambda a, b=1.0: None, a=_slider())  # a parameter with a default
    plot = widgets.LivePlot(keys="train_loss")
    plot.update({"train_loss": [torch.tensor(0.8, requires_grad=True), torch.tensor(0.5, requires_grad=True)]})
    np.testing.assert_allclose(plot.lines["train_loss"].get_ydata(), [0.8, 0.5])


LIVE_PLOT_CASES = [
    (lambda: widgets.LivePlot(keys=[1, 2]), TypeError, ["keys must be a list of texts", "the number 1"]),
    (lambda: widgets.LivePlot(keys=[]), ValueError, ["keys must name at least one curve"]),
    (lambda: widgets.LivePlot(ylabel=None), TypeError, ["ylabel must be a text"]),
    (lambda: widgets.LivePlot().update([0.5, 0.4]), TypeError, ["history must be a dict", "a list of 2 items"]),
    (lambda: widgets.LivePlot().update({"loss": [1.0]}), KeyError, ["none of the curves",
                                                                   "['train_loss', 'val_loss']", "['loss']"]),
    (lambda: widgets.LivePlot().update({"train_loss": ["a"]}), TypeError, ["history['train_loss']", "'a'"]),
]


@pytest.mark.parametrize("call, error, fragments", LIVE_PLOT_CASES)
def test_live_plot_bad_input(call, error, fragments):
    with pytest.raises(error) as info:
        call()
    assert_course_message(info.value, *fragments)
    check_french(call, str(info.value))


def test_widgets_never_change_their_inputs():
    history = {"train_loss": [1.0, 0.5], "val_loss": [1.1, 0.6]}
    saved = copy.deepcopy(history)
    widgets.LivePlot().update(history)
    figsize = [4, 3]
    widgets.new_figure(figsize=figsize)
    assert history == saved and figsize == [4, 3]
    live, _ = _live()
    controls = dict(live.controls)
    live.set(a=0.25)
    assert live.controls == controls
