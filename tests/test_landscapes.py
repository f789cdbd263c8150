"""Tests of course_utils.landscapes: test surfaces and contour plots (and their gradients)."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pytest

from course_utils import landscapes
from course_utils.reference import gradients


@pytest.mark.parametrize("surface", [landscapes.bowl(), landscapes.bowl(10.0), landscapes.two_minima()])
def test_exact_gradient_matches_finite_differences(surface):
    rng = np.random.default_rng(0)
    for p in rng.uniform(-1.5, 1.5, size=(5, 2)):
        numeric = gradients.numerical_gradient(lambda q: surface.f(q), p)
        assert np.allclose(surface.gradient(p), numeric, atol=1e-6)
    # vectorised over many points
    pts = rng.uniform(-1, 1, size=(7, 2))
    assert surface.gradient(pts).shape == (7, 2)
    assert surface.value(pts).shape == (7,)


@pytest.mark.parametrize("surface", [landscapes.bowl(4.0), landscapes.two_minima(0.5)])
def test_gradient_matches_torch_autograd(surface):
    torch = pytest.importorskip("torch")
    p = torch.tensor([0.7, -0.4], dtype=torch.float64, requires_grad=True)
    surface.f(p).backward()
    assert np.allclose(p.grad.numpy(), surface.gradient(p.detach().numpy()))


def test_minima_are_stationary_and_lowest_nearby():
    for surface in (landscapes.bowl(), landscapes.bowl(25.0), landscapes.two_minima()):
        for m in surface.minima:
            assert np.allclose(surface.gradient(m), 0, atol=1e-9)
            around = m + 0.05 * np.array([[1, 0], [-1, 0], [0, 1], [0, -1]])
            assert np.all(surface.value(around) > surface.value(m))
    tm = landscapes.two_minima(0.3)
    left, right = tm.minima
    assert left[0] < 0 < right[0]
    assert tm.value(left) < tm.value(right)  # the left valley is the global minimum
    assert np.allclose(tm.gradient(tm.notes["saddle"]), 0, atol=1e-9)


def test_bowl_notes_and_bad_input():
    assert landscapes.bowl(10).notes["max_stable_lr"] == pytest.approx(0.2)
    assert "ill-conditioned" in landscapes.bowl(10).name and "well-conditioned" in landscapes.bowl(1).name
    with pytest.raises(ValueError, match=">= 1"):
        landscapes.bowl(0.5)
    with pytest.raises(TypeError, match="number"):
        landscapes.bowl("10")
    with pytest.raises(ValueError, match="below 1"):
        landscapes.two_minima(1.5)
    with pytest.raises(ValueError, match="> 0"):
        landscapes.two_minima(0.0)
    with pytest.raises(ValueError, match=r"shape \(2,\)"):
        landscapes.bowl().gradient([1.0, 2.0, 3.0])


def test_surface_grid_and_plots():
    P1, P2, F = landscapes.surface_grid(landscapes.two_minima(), resolution=30)
    assert P1.shape == P2.shape == F.shape == (30, 30)
    ax = landscapes.plot_surface_contours(landscapes.bowl(10.0), levels=8, resolution=30)
    line = landscapes.plot_path(ax, [[2.0, 1.0], [1.0, 0.5], [0.0, 0.0]], label="descent")
    assert np.allclose(line.get_xdata(), [2.0, 1.0, 0.0])
    assert ax.get_title().startswith("ill-conditioned")
    assert ax.get_xlabel() and ax.get_ylabel()
    plt.close("all")
    with pytest.raises(TypeError, match="Surface"):
        landscapes.surface_grid(lambda p: p)
    with pytest.raises(ValueError, match=">= 2"):
        landscapes.plot_surface_contours(landscapes.bowl(), levels=1)
    with pytest.raises(TypeError, match="Axes"):
        landscapes.plot_path("ax", [[0.0, 0.0]])
    with pytest.raises(ValueError, match="shape"):
        landscapes.plot_path(plt.subplots()[1], [0.0, 0.0])
    plt.close("all")


def test_contour_labels_and_legend_in_french():
    from course_utils import i18n

    before = i18n._language
    i18n.set_language("fr")
    try:
        ax = landscapes.plot_surface_contours(landscapes.two_minima())
        assert ax.get_xlabel() == "paramètre $p_1$ (sans unité)"
        assert ax.get_title() == "deux vallées (inclinaison 0,3)"
        assert ax.get_lines()[0].get_label() == "les minima"
        assert landscapes.bowl(10).name == "cuvette mal conditionnée (conditionnement 10)"
    finally:
        i18n._language = before
        plt.close("all")
