"""Bad input to course_utils.neuron: weights, limits and labels refused with a course message."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from bad_input_support import refused
from hypothesis import given, settings
from hypothesis import strategies as st

from course_utils import neuron

W = np.array([-1.0, 1.0, 1.0])


@pytest.fixture()
def ax():
    fig, ax = plt.subplots()
    yield ax
    plt.close(fig)


CASES = [
    ("unscale: w 2-D", lambda: neuron.unscale_weights(W.reshape(-1, 1), [0, 0], [1, 1]), ValueError, "1-D",
     "(3, 1)"),
    ("unscale: only a bias", lambda: neuron.unscale_weights([1.0], [], []), ValueError,
     "bias and at least one weight", "(1,)"),
    ("unscale: mean too short", lambda: neuron.unscale_weights(W, [5.0], [1.0, 1.0]), ValueError,
     "one number per input, shape (2,)", "(1,)"),
    ("unscale: std with the bias", lambda: neuron.unscale_weights(W, [5.0, 1.0], [1.0, 1.0, 1.0]), ValueError,
     "shape (2,)", "(3,)"),
    ("unscale: std 0", lambda: neuron.unscale_weights(W, [5.0, 1.0], [1.0, 0.0]), ValueError, "> 0",
     "0 for input 2"),
    ("unscale: std negative", lambda: neuron.unscale_weights(W, [5.0, 1.0], [-1.0, 1.0]), ValueError, "> 0",
     "-1 for input 1"),
    ("unscale: NaN mean", lambda: neuron.unscale_weights(W, [np.nan, 1.0], [1.0, 1.0]), ValueError,
     "Remove or fill", "NaN"),
    ("unscale: text std", lambda: neuron.unscale_weights(W, [0, 0], "1"), TypeError, "array of numbers",
     "the text '1'"),
    ("line: 4 weights", lambda: neuron.decision_line([1.0, 2.0, 3.0, 4.0], (0, 1), (0, 1)), ValueError,
     "3 numbers (w0, w1, w2)", "(4,)"),
    ("line: 2 weights", lambda: neuron.decision_line([1.0, 2.0], (0, 1), (0, 1)), ValueError, "the bias",
     "(2,)"),
    ("line: NaN weight", lambda: neuron.decision_line([1.0, np.nan, 3.0], (0, 1), (0, 1)), ValueError,
     "Remove or fill", "NaN"),
    ("line: limits reversed", lambda: neuron.decision_line(W, (1, 0), (0, 1)), ValueError, "low < high",
     "(1, 0)"),
    ("line: equal limits", lambda: neuron.decision_line(W, (0, 1), (2, 2)), ValueError, "low < high", "(2, 2)"),
    ("line: limit a number", lambda: neuron.decision_line(W, 5, (0, 1)), TypeError, "pair (low, high)",
     "the number 5"),
    ("line: limit a 0-d array", lambda: neuron.decision_line(W, np.array(5.0), (0, 1)), TypeError,
     "pair (low, high)", "the number 5"),
    ("line: three limits", lambda: neuron.decision_line(W, (0, 1, 2), (0, 1)), TypeError, "pair (low, high)",
     "tuple of 3 items"),
    ("line: limits a table", lambda: neuron.decision_line(W, np.zeros((2, 2)), (0, 1)), TypeError,
     "pair (low, high)", "shape (2, 2)"),
    ("line: limit text", lambda: neuron.decision_line(W, ("a", 1), (0, 1)), TypeError, "array of numbers",
     "'a'"),
    ("line: infinite limit", lambda: neuron.decision_line(W, (0, np.inf), (0, 1)), ValueError,
     "Remove or fill", "inf"),
    ("line: limits a dict", lambda: neuron.decision_line(W, {"low": 0, "high": 1}, (0, 1)), TypeError,
     "pair (low, high)", "dictionary"),
    ("polygon: 1 weight", lambda: neuron.alert_side_polygon([1.0], (0, 1), (0, 1)), ValueError,
     "3 numbers", "(1,)"),
    ("polygon: limits None", lambda: neuron.alert_side_polygon(W, (0, 1), None), TypeError, "pair (low, high)",
     "None"),
]


@pytest.mark.parametrize("call, error, expected, received", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_is_refused_with_a_course_message(call, error, expected, received):
    refused(call, error, expected, received)


DRAW_CASES = [
    ("ax a text", lambda ax: neuron.draw_neuron("ax", ["x0 = 1"]), TypeError, "matplotlib Axes", "str"),
    ("ax a figure", lambda ax: neuron.draw_neuron(ax.figure, ["x0 = 1"]), TypeError, "matplotlib Axes",
     "Figure"),
    ("names a text", lambda ax: neuron.draw_neuron(ax, "x0"), TypeError, "list of labels", "'x0'"),
    ("names a number", lambda ax: neuron.draw_neuron(ax, 3), TypeError, "list of labels", "3"),
    ("no names", lambda ax: neuron.draw_neuron(ax, []), ValueError, "1 to 8 labels", "got 0"),
    ("nine names", lambda ax: neuron.draw_neuron(ax, [f"x{i}" for i in range(9)]), ValueError, "1 to 8",
     "got 9"),
    ("weights too few", lambda ax: neuron.draw_neuron(ax, ["x0 = 1", "x1"], weights=[1.0]), ValueError,
     "shape (2,)", "(1,)"),
    ("weights NaN", lambda ax: neuron.draw_neuron(ax, ["x0 = 1", "x1"], weights=[1.0, np.nan]), ValueError,
     "Remove or fill", "NaN"),
    ("weights text", lambda ax: neuron.draw_neuron(ax, ["x0 = 1"], weights="1"), TypeError, "array of numbers",
     "'1'"),
    ("unmatched $ in a name", lambda ax: neuron.draw_neuron(ax, ["x0 = 1", "cost in $"]), ValueError,
     "second $", "input_names[1]"),
    ("unmatched $ in the title", lambda ax: neuron.draw_neuron(ax, ["x0"], title="$z = w x"), ValueError,
     "\\$", "title"),
    ("title a number", lambda ax: neuron.draw_neuron(ax, ["x0"], title=3), TypeError, "text",
     "the number 3"),
    ("output name None", lambda ax: neuron.draw_neuron(ax, ["x0"], output_name=None), TypeError, "text",
     "None"),
]


@pytest.mark.parametrize("draw, error, expected, received", [c[1:] for c in DRAW_CASES],
                         ids=[c[0] for c in DRAW_CASES])
def test_draw_neuron_refuses_bad_input(ax, draw, error, expected, received):
    refused(lambda: draw(ax), error, expected, received)


def test_an_escaped_dollar_is_drawn(ax):
    neuron.draw_neuron(ax, ["x0 = 1", r"cost in \$"], title="$h = g(z)$")
    ax.figure.canvas.draw()


@pytest.mark.parametrize("make", [np.array, list, tuple, pd.Series])
def test_the_callers_inputs_are_not_modified(make):
    w, mean, std = make([0.3, -2.0, 1.5]), make([5.0, 14.0]), make([0.6, 1.5])
    limits = make([0.0, 10.0])
    neuron.unscale_weights(w, mean, std)
    if make is not pd.Series:                             # limits are a pair: a tuple, a list or an array
        neuron.decision_line(w, limits, (0, 20))
    neuron.alert_side_polygon(w, (0, 10), (0, 20))
    assert list(w) == [0.3, -2.0, 1.5] and list(mean) == [5.0, 14.0] and list(std) == [0.6, 1.5]
    assert list(limits) == [0.0, 10.0]


finite = st.floats(-100, 100, allow_nan=False)


@settings(max_examples=80, deadline=None)
@given(w=st.tuples(finite, finite, finite))
def test_property_line_points_are_on_the_line_and_in_the_box(w):
    xs, ys = neuron.decision_line(list(w), (-3, 3), (-2, 2))
    assert xs.shape == ys.shape and xs.size in (0, 2)
    if xs.size:
        assert np.allclose(w[0] + w[1] * xs + w[2] * ys, 0, atol=1e-6 * (1 + np.abs(w).max() * 3))
        assert np.all((xs >= -3 - 1e-9) & (xs <= 3 + 1e-9) & (ys >= -2 - 1e-9) & (ys <= 2 + 1e-9))
    poly = neuron.alert_side_polygon(list(w), (-3, 3), (-2, 2))
    assert poly.ndim == 2 and poly.shape[1] == 2
