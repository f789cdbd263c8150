"""Bad inputs to course_utils.landscapes get course messages (issue 13); inputs are never mutated.

Every case names the exception type and words the message must contain: what was expected and what was
received. ``BAD_INPUTS`` is the list the issue's report counts.
"""

import matplotlib.pyplot as plt  # the Agg backend is set in tests/conftest.py
import numpy as np
import pytest
import torch
from bad_input_support import check_french
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from course_utils import landscapes

BOWL = landscapes.bowl(4.0)
VALLEYS = landscapes.two_minima(0.3)
PATH = np.array([[1.0, 1.0], [0.5, 0.2], [0.1, 0.0]])


#: Fragments of raw library messages or object dumps that must never reach a student.
RAW = ("Traceback", "object at 0x", "could not convert", "inhomogeneous", "is not iterable", "unsupported operand",
       "<class '", "has no attribute", "not supported between", "index out of", "positional argument")


def _case(label, func, args, kwargs, error, *words):
    return pytest.param(func, args, kwargs, error, words, id=label)


def _axes():
    fig, ax = plt.subplots()
    return ax


def _path(path, **kw):
    return landscapes.plot_path(_axes(), path, **kw)


def _surface(**kw):
    fields = {"name": "custom", "f": BOWL.f, "grad": BOWL.grad, "minima": np.zeros((1, 2)), **kw}
    return landscapes.Surface(**fields)


BAD_INPUTS = [
    # bowl / two_minima
    _case("bowl-zero", landscapes.bowl, (0,), {}, ValueError, "condition", "> 0", "0"),
    _case("bowl-below-one", landscapes.bowl, (0.5,), {}, ValueError, "condition", ">= 1", "0.5"),
    _case("bowl-text", landscapes.bowl, ("10",), {}, TypeError, "condition", "'10'"),
    _case("bowl-inf", landscapes.bowl, (float("inf"),), {}, ValueError, "condition", "finite", "inf"),
    _case("bowl-none", landscapes.bowl, (None,), {}, TypeError, "condition", "None"),
    _case("valleys-one", landscapes.two_minima, (1,), {}, ValueError, "tilt", "below 1", "1.0"),
    _case("valleys-zero", landscapes.two_minima, (0,), {}, ValueError, "tilt", "> 0", "0"),
    _case("valleys-negative", landscapes.two_minima, (-0.3,), {}, ValueError, "tilt", "-0.3"),
    _case("valleys-list", landscapes.two_minima, ([0.3],), {}, TypeError, "tilt", "list of 1"),
    # Surface.value / gradient / f / grad
    _case("value-three-numbers", BOWL.value, ([1, 2, 3],), {}, ValueError, "(2,)", "(n_points, 2)", "(3,)"),
    _case("value-text", BOWL.value, ("1,2",), {}, TypeError, "p (point)", "'1,2'"),
    _case("value-nan", BOWL.value, ([np.nan, 1.0],), {}, ValueError, "p (point)", "nan"),
    _case("value-3d", BOWL.value, (np.ones((2, 2, 2)),), {}, ValueError, "(n_points, 2)", "(2, 2, 2)"),
    _case("value-transposed", BOWL.value, (np.ones((2, 5)),), {}, ValueError, "(n_points, 2)", "(2, 5)", "p.T"),
    _case("gradient-number", BOWL.gradient, (3.0,), {}, ValueError, "(2,)", "()"),
    _case("gradient-empty", BOWL.gradient, (np.ones((0, 2)),), {}, ValueError, "empty", "(0, 2)"),
    _case("gradient-none", BOWL.gradient, (None,), {}, TypeError, "p (point)", "None"),
    _case("f-three-numbers", BOWL.f, (np.array([1.0, 2.0, 3.0]),), {}, ValueError, "last axis", "(3,)"),
    _case("f-tensor-wrong-shape", BOWL.f, (torch.ones(3),), {}, ValueError, "last axis", "(3,)"),
    _case("f-text", BOWL.f, ("p",), {}, TypeError, "p (point)", "'p'"),
    _case("grad-three-numbers", VALLEYS.grad, ([1.0, 2.0, 3.0],), {}, ValueError, "last axis", "(3,)"),
    # Surface itself
    _case("surface-f-number", _surface, (), {"f": 3}, TypeError, "Surface.f", "function", "number 3"),
    _case("surface-grad-none", _surface, (), {"grad": None}, TypeError, "Surface.grad", "None"),
    _case("surface-name-number", _surface, (), {"name": 3}, TypeError, "name", "text", "number 3"),
    _case("surface-minima-shape", _surface, (), {"minima": [0.0, 0.0]}, ValueError, "minima", "(n_samples, 2)",
          "1-D"),
    _case("surface-xlim-reversed", _surface, (), {"xlim": (3, -3)}, ValueError, "xlim", "low < high", "(3, -3)"),
    _case("surface-ylim-one", _surface, (), {"ylim": 3.0}, ValueError, "ylim", "(2,)", "0-D"),
    # surface_grid / plot_surface_contours
    _case("grid-not-surface", landscapes.surface_grid, ("bowl",), {}, TypeError, "Surface", "'bowl'"),
    _case("grid-factory", landscapes.surface_grid, (landscapes.bowl,), {}, TypeError, "Surface",
          "function (bowl)"),
    _case("grid-resolution-low", landscapes.surface_grid, (BOWL, 5), {}, ValueError, "resolution", ">= 10", "5"),
    _case("grid-resolution-high", landscapes.surface_grid, (BOWL, 10**5), {}, ValueError, "resolution", "<= 1000"),
    _case("grid-resolution-float", landscapes.surface_grid, (BOWL, 50.5), {}, TypeError, "resolution", "50.5"),
    _case("contours-levels-one", landscapes.plot_surface_contours, (BOWL,), {"levels": 1}, ValueError, "levels",
          ">= 2", "1"),
    _case("contours-levels-huge", landscapes.plot_surface_contours, (BOWL,), {"levels": 10**6}, ValueError,
          "levels", "<= 200"),
    _case("contours-levels-text", landscapes.plot_surface_contours, (BOWL,), {"levels": "20"}, TypeError,
          "levels", "'20'"),
    _case("contours-ax-figure", landscapes.plot_surface_contours, (BOWL,), {"ax": plt.figure()}, TypeError,
          "Axes", "Figure", "plt.subplots()"),
    _case("contours-ax-array", landscapes.plot_surface_contours, (BOWL,), {"ax": np.array([1, 2])}, TypeError,
          "Axes", "array", "axes[0]"),
    _case("contours-surface-text", landscapes.plot_surface_contours, ("bowl",), {}, TypeError, "Surface",
          "'bowl'"),
    # plot_path
    _case("path-ax-none", landscapes.plot_path, (None, PATH), {}, TypeError, "Axes", "None",
          "plot_surface_contours"),
    _case("path-ax-text", landscapes.plot_path, ("ax", PATH), {}, TypeError, "Axes", "'ax'"),
    _case("path-one-point-flat", _path, ([0.0, 0.0],), {}, ValueError, "(n_points, 2)", "(2,)", "[[p1, p2]]"),
    _case("path-1d-descent", _path, ([3.0, 1.5, 0.7, 0.3],), {}, ValueError, "(n_points, 2)", "(4,)",
          "one dimension"),
    _case("path-three-columns", _path, (np.ones((4, 3)),), {}, ValueError, "(n_points, 2)", "(4, 3)"),
    _case("path-transposed", _path, (PATH.T,), {}, ValueError, "(n_points, 2)", "(2, 3)", "path.T"),
    _case("path-empty", _path, (np.ones((0, 2)),), {}, ValueError, "path", "empty"),
    _case("path-text", _path, ("start",), {}, TypeError, "path", "'start'"),
    _case("path-start-nan", _path, (np.array([[np.nan, 0.0], [1.0, 1.0]]),), {}, ValueError, "start",
          "finite", "nan"),
    _case("path-all-inf", _path, (np.full((3, 2), np.inf),), {}, ValueError, "start", "inf"),
    _case("path-colour-unknown", _path, (PATH,), {"color": "notacolour"}, ValueError, "color", "'notacolour'",
          "'black'"),
    _case("path-colour-number", _path, (PATH,), {"color": 7}, ValueError, "color", "number 7"),
    _case("path-marker-unknown", _path, (PATH,), {"marker": "star"}, ValueError, "marker", "'star'", "'o'"),
]


@pytest.mark.parametrize("func, args, kwargs, error, words", BAD_INPUTS)
def test_bad_input_gets_a_course_message(func, args, kwargs, error, words):
    with pytest.raises(error) as info:
        func(*args, **kwargs)
    message = str(info.value)
    assert type(info.value) in (TypeError, ValueError), type(info.value)
    for word in words:
        assert word.lower() in message.lower(), f"{word!r} missing from: {message}"
    assert not [raw for raw in RAW if raw in message], message
    assert len(message) < 600
    check_french(lambda: func(*args, **kwargs), message)
    plt.close("all")


def test_the_issue_counts_its_cases():
    assert len(BAD_INPUTS) >= 50


def test_formulas_accept_lists_arrays_and_tensors_alike():
    assert BOWL.f([1.0, 2.0]) == pytest.approx(0.5 * (1 + 4 * 4))
    grid = np.stack(np.meshgrid(np.linspace(-1, 1, 3), np.linspace(-1, 1, 4)), axis=-1)  # (4, 3, 2)
    assert BOWL.f(grid).shape == (4, 3)
    p = torch.tensor([1.0, 2.0], requires_grad=True)
    BOWL.f(p).backward()
    np.testing.assert_allclose(p.grad.numpy(), BOWL.grad(np.array([1.0, 2.0])))
    np.testing.assert_allclose(BOWL.grad(torch.tensor([1.0, 2.0])), BOWL.grad([1.0, 2.0]))
    assert np.isnan(BOWL.f(np.array([np.nan, 0.0])))  # a diverging descent may pass through NaN: no error here


def test_path_may_diverge_after_a_finite_start():
    line = _path(np.array([[1.0, 1.0], [10.0, -10.0], [np.inf, np.nan]]), label=3)
    assert line.get_label() == "3"
    plt.close("all")


def test_inputs_are_never_modified():
    path = PATH.copy()
    point = np.array([0.3, -0.2])
    points = np.array([[0.3, -0.2], [1.0, 1.0]])
    tensor = torch.tensor([0.3, -0.2])
    limits = [-2.0, 2.0]
    for surface in (BOWL, VALLEYS):
        surface.value(point), surface.gradient(points), surface.f(tensor), surface.grad(points)
    landscapes.Surface("s", BOWL.f, BOWL.grad, points, xlim=limits)
    ax = landscapes.plot_surface_contours(VALLEYS)
    landscapes.plot_path(ax, path)
    plt.close("all")
    np.testing.assert_array_equal(path, PATH)
    np.testing.assert_array_equal(point, [0.3, -0.2])
    np.testing.assert_array_equal(points, [[0.3, -0.2], [1.0, 1.0]])
    assert torch.equal(tensor, torch.tensor([0.3, -0.2])) and limits == [-2.0, 2.0]


def test_surface_keeps_its_own_minima():
    minima = np.zeros((1, 2))
    surface = landscapes.Surface("s", BOWL.f, BOWL.grad, minima)
    minima[0, 0] = 5.0  # the caller's array changes later...
    assert surface.minima[0, 0] == 0.0  # ...the surface does not
    with pytest.raises(ValueError):
        surface.minima[0, 0] = 1.0  # and nobody writes into it by accident


# --- properties (Hypothesis) ------------------------------------------------------------------------------------

points = arrays(float, st.tuples(st.integers(1, 6), st.just(2)), elements=st.floats(-3, 3))


@settings(max_examples=50, deadline=None)
@given(p=points, condition=st.floats(1, 50), tilt=st.floats(0.01, 0.99))
def test_gradients_match_finite_differences(p, condition, tilt):
    for surface in (landscapes.bowl(condition), landscapes.two_minima(tilt)):
        h = 1e-6
        numeric = np.stack([(surface.value(p + h * e) - surface.value(p - h * e)) / (2 * h)
                            for e in np.eye(2)], axis=-1)
        np.testing.assert_allclose(surface.gradient(p), numeric, rtol=1e-4, atol=1e-4)


@settings(max_examples=30, deadline=None)
@given(tilt=st.floats(0.01, 0.99))
def test_two_minima_are_minima(tilt):
    surface = landscapes.two_minima(tilt)
    np.testing.assert_allclose(surface.gradient(surface.minima), 0.0, atol=1e-8)
    left, right = surface.value(surface.minima)
    assert left < right  # the left valley is the deeper one
