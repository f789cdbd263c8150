import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pytest

from course_utils import plotting


def test_styles_and_palette():
    plotting.use_style()
    small = mpl.rcParams["font.size"]
    plotting.use_style(presentation=True)
    assert mpl.rcParams["font.size"] > small
    plotting.use_style()
    assert plotting.class_color(0) == plotting.NEGATIVE_COLOR != plotting.class_color(1) == plotting.POSITIVE_COLOR
    with pytest.raises(TypeError):
        plotting.use_style(presentation="yes")
    with pytest.raises(ValueError):
        plotting.class_color(99)


def test_plot_history():
    ax = plotting.plot_history({"train_loss": [3, 2, 1], "val_loss": [3, 2.5, 2]})
    assert len(ax.lines) == 2 and ax.get_xlabel() == "epoch" and ax.get_legend() is not None
    with pytest.raises(KeyError, match="available"):
        plotting.plot_history({"loss": [1]}, keys=["acc"])
    with pytest.raises(TypeError):
        plotting.plot_history([1, 2])


def test_decision_boundary_and_grid():
    X = np.random.default_rng(0).normal(size=(40, 2))
    y = (X[:, 0] > 0).astype(int)
    art = plotting.plot_decision_boundary(lambda P: (P[:, 0] > 0).astype(float), X, y,
                                          feature_names=("a (mm)", "b (mm)"))
    assert art["image"].get_array().shape == (150, 150)
    assert art["ax"].get_xlabel() == "a (mm)" and len(art["points"]) == 2
    grid, extent = plotting.probability_grid(lambda P: np.column_stack([1 - P[:, 0], P[:, 0]]), X, resolution=20)
    assert grid.shape == (20, 20) and extent[0] < X[:, 0].min()
    with pytest.raises(ValueError, match=r"shape \(n_samples, 2\)"):
        plotting.plot_decision_boundary(lambda P: P[:, 0], X[:, 0], y)
    with pytest.raises(ValueError, match="one value per point"):
        plotting.probability_grid(lambda P: np.zeros(3), X)
    with pytest.raises(ValueError, match="same number"):
        plotting.plot_decision_boundary(lambda P: P[:, 0], X, y[:5])


def test_confusion_and_image_grid():
    ax = plotting.plot_confusion([0, 1, 1, 0], [0, 1, 0, 0])
    assert "sensitivity 50%" in ax.get_title() and "specificity 100%" in ax.get_title()
    fig = plotting.image_grid(np.zeros((5, 8, 8)), titles=list("abcde"), ncols=3, suptitle="digits")
    assert len(fig.axes) == 6
    fig = plotting.image_grid([np.zeros((4, 4)), np.ones((6, 6))])
    assert len(fig.axes) == 2
    with pytest.raises(ValueError, match="one entry per image"):
        plotting.image_grid(np.zeros((2, 4, 4)), titles=["a"])
    with pytest.raises(ValueError, match="n_images"):
        plotting.image_grid(np.zeros((4, 4)))
    with pytest.raises(TypeError, match="Axes"):
        plotting.plot_confusion([0, 1], [0, 1], ax="not an axes")
    plt.close("all")
