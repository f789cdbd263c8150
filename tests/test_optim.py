"""Tests of course_utils.optim: test surfaces, finite-difference gradients, contour plots."""

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pytest

from course_utils import optim


@pytest.mark.parametrize("surface", [optim.bowl(), optim.bowl(10.0), optim.two_minima()])
def test_exact_gradient_matches_finite_differences(surface):
    rng = np.random.default_rng(0)
    for p in rng.uniform(-1.5, 1.5, size=(5, 2)):
        numeric = optim.numerical_gradient(lambda q: surface.f(q), p)
        assert np.allclose(surface.gradient(p), numeric, atol=1e-6)
    # vectorised over many points
    pts = rng.uniform(-1, 1, size=(7, 2))
    assert surface.gradient(pts).shape == (7, 2)
    assert surface.value(pts).shape == (7,)


@pytest.mark.parametrize("surface", [optim.bowl(4.0), optim.two_minima(0.5)])
def test_gradient_matches_torch_autograd(surface):
    torch = pytest.importorskip("torch")
    p = torch.tensor([0.7, -0.4], dtype=torch.float64, requires_grad=True)
    surface.f(p).backward()
    assert np.allclose(p.grad.numpy(), surface.gradient(p.detach().numpy()))


def test_minima_are_stationary_and_lowest_nearby():
    for surface in (optim.bowl(), optim.bowl(25.0), optim.two_minima()):
        for m in surface.minima:
            assert np.allclose(surface.gradient(m), 0, atol=1e-9)
            around = m + 0.05 * np.array([[1, 0], [-1, 0], [0, 1], [0, -1]])
            assert np.all(surface.value(around) > surface.value(m))
    tm = optim.two_minima(0.3)
    left, right = tm.minima
    assert left[0] < 0 < right[0]
    assert tm.value(left) < tm.value(right)  # the left valley is the global minimum
    assert np.allclose(tm.gradient(tm.notes["saddle"]), 0, atol=1e-9)


def test_bowl_notes_and_bad_input():
    assert optim.bowl(10).notes["max_stable_lr"] == pytest.approx(0.2)
    assert "ill-conditioned" in optim.bowl(10).name and "well-conditioned" in optim.bowl(1).name
    with pytest.raises(ValueError, match=">= 1"):
        optim.bowl(0.5)
    with pytest.raises(TypeError, match="number"):
        optim.bowl("10")
    with pytest.raises(ValueError, match="below 1"):
        optim.two_minima(1.5)
    with pytest.raises(ValueError, match="> 0"):
        optim.two_minima(0.0)
    with pytest.raises(ValueError, match=r"shape \(2,\)"):
        optim.bowl().gradient([1.0, 2.0, 3.0])


def test_numerical_gradient_general_shapes_and_errors():
    A = np.array([[2.0, 1.0], [1.0, 3.0]])
    f = lambda x: 0.5 * x @ A @ x
    x = np.array([0.3, -0.8])
    assert np.allclose(optim.numerical_gradient(f, x), A @ x, atol=1e-7)
    # matrix-shaped parameters keep their shape; the input is not modified
    W = np.arange(6.0).reshape(2, 3)
    g = optim.numerical_gradient(lambda m: float(np.sum(m ** 2)), W, eps=1e-5)
    assert g.shape == (2, 3) and np.allclose(g, 2 * W, atol=1e-6)
    assert np.array_equal(W, np.arange(6.0).reshape(2, 3))
    with pytest.raises(TypeError, match="function"):
        optim.numerical_gradient(3.0, x)
    with pytest.raises(ValueError, match="eps"):
        optim.numerical_gradient(f, x, eps=0.0)
    with pytest.raises(TypeError, match="single number"):
        optim.numerical_gradient(lambda v: v, x)


def test_relative_error():
    assert optim.relative_error([1.0, 2.0], [1.0, 2.0]) == 0.0
    assert optim.relative_error([1.0, 2.0], [1.0, 2.2]) == pytest.approx(0.2 / 2.2)
    assert optim.relative_error([0.0], [0.0]) == 0.0
    with pytest.raises(ValueError, match="same shape"):
        optim.relative_error([1.0], [1.0, 2.0])


def test_surface_grid_and_plots():
    P1, P2, F = optim.surface_grid(optim.two_minima(), resolution=30)
    assert P1.shape == P2.shape == F.shape == (30, 30)
    ax = optim.plot_surface_contours(optim.bowl(10.0), levels=8, resolution=30)
    line = optim.plot_path(ax, [[2.0, 1.0], [1.0, 0.5], [0.0, 0.0]], label="descent")
    assert np.allclose(line.get_xdata(), [2.0, 1.0, 0.0])
    assert ax.get_title().startswith("ill-conditioned")
    assert ax.get_xlabel() and ax.get_ylabel()
    plt.close("all")
    with pytest.raises(TypeError, match="Surface"):
        optim.surface_grid(lambda p: p)
    with pytest.raises(ValueError, match=">= 2"):
        optim.plot_surface_contours(optim.bowl(), levels=1)
    with pytest.raises(TypeError, match="Axes"):
        optim.plot_path("ax", [[0.0, 0.0]])
    with pytest.raises(ValueError, match="shape"):
        optim.plot_path(plt.subplots()[1], [0.0, 0.0])
    plt.close("all")
