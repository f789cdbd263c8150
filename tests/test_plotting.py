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
    ax.figure.canvas.draw()
    assert all(float(t).is_integer() for t in ax.get_xticks()), ax.get_xticks()  # epochs: no 1.5 tick
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
    p1 = lambda P: 1 / (1 + np.exp(-P[:, 0]))  # noqa: E731
    grid, extent = plotting.probability_grid(lambda P: np.column_stack([1 - p1(P), p1(P)]), X, resolution=20)
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


def _cielab_under(kind, colour):
    """CIELAB coordinates of ``colour`` as seen with a colour-vision deficiency (Machado et al. 2009, severity 1)."""
    from matplotlib.colors import to_rgb

    matrices = {
        "normal": np.eye(3),
        "protan": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
        "deutan": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
        "tritan": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
    }
    c = np.array(to_rgb(colour))
    linear = np.clip(np.asarray(matrices[kind]) @ np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4), 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ linear
    t = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(t > 0.008856, np.cbrt(t), 7.787 * t + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_default_colour_cycle_leaves_the_class_colours_to_the_classes():
    plotting.use_style()
    cycle = [c.lower() for c in mpl.rcParams["axes.prop_cycle"].by_key()["color"]]
    assert cycle == [c.lower() for c in plotting.SERIES_COLORS]
    assert plotting.NEGATIVE_COLOR.lower() not in cycle and plotting.POSITIVE_COLOR.lower() not in cycle
    assert set(plotting.SERIES_COLORS) <= set(plotting.OKABE_ITO.values())  # colour-blind-safe palette
    assert plotting.CLASS_COLORS[:2] == [plotting.NEGATIVE_COLOR, plotting.POSITIVE_COLOR]  # multi-class plots
    assert plotting.PALETTE == plotting.CLASS_COLORS and len(plotting.PALETTE) == 8
    # the first three series stay far apart (CIELAB distance > 50) for each form of colour blindness
    first = plotting.SERIES_COLORS[:3]
    for kind in ("normal", "protan", "deutan", "tritan"):
        for i in range(3):
            for j in range(i + 1, 3):
                distance = np.linalg.norm(_cielab_under(kind, first[i]) - _cielab_under(kind, first[j]))
                assert distance > 50, (kind, first[i], first[j], distance)


def test_new_lines_take_series_colours():
    plotting.use_style()
    fig, ax = plt.subplots()
    lines = [ax.plot([0, 1], [0, k])[0] for k in range(3)]
    assert [line.get_color().lower() for line in lines] == [c.lower() for c in plotting.SERIES_COLORS[:3]]
    ax = plotting.plot_history({"train_loss": [1, 0.5], "val_loss": [1.1, 0.7]})
    used = {line.get_color().lower() for line in ax.lines}
    assert not used & {plotting.NEGATIVE_COLOR.lower(), plotting.POSITIVE_COLOR.lower()}
    plt.close("all")


# ------------------------------------------------------------------------------------------ French (setup(lang="fr"))


@pytest.fixture
def french():
    from course_utils import i18n

    before = i18n._language
    i18n.set_language("fr")
    plotting.use_style()
    yield
    i18n._language = before
    plotting.use_style()
    plt.close("all")


def _ticks(axis):
    axis.figure.canvas.draw()
    return [t.get_text() for t in axis.get_ticklabels() if t.get_text()]


def test_french_tick_labels_use_a_decimal_comma_and_the_minus_sign(french):
    fig, ax = plt.subplots()
    ax.plot([-1.0, 1.0], [-0.5, 2.5])  # plain Matplotlib, no course helper
    x, y = _ticks(ax.xaxis), _ticks(ax.yaxis)
    assert "−0,5" in y and "1,0" in y and any(t.startswith("−") and "," in t for t in x), (x, y)
    assert not any("." in t or "-" in t for t in x + y), (x, y)
    image = ax.imshow(np.linspace(0, 0.9, 16).reshape(4, 4))
    bar = fig.colorbar(image, ax=ax)
    assert any("," in t for t in _ticks(bar.ax.yaxis))
    fig, (big, tiny, log) = plt.subplots(1, 3)
    big.plot([0, 1], [12_000, 250_000])
    assert "250\u202f000" in _ticks(big.yaxis)  # thin spaces between thousands from 10 000
    tiny.plot([0, 1], [1e-6, 3e-6])  # scientific notation: the offset text is written the French way too
    fig.canvas.draw()
    assert "−" in tiny.yaxis.get_offset_text().get_text() and "," in "".join(_ticks(tiny.yaxis))
    log.semilogy([1, 2, 3], [0.01, 0.1, 5])
    assert _ticks(log.yaxis)  # log axes keep their powers of ten


def test_english_tick_labels_are_matplotlibs_again(french):
    from course_utils import i18n

    i18n.set_language("en")
    plotting.use_style()
    fig, ax = plt.subplots()
    ax.plot([-1.0, 1.0], [-0.5, 2.5])
    assert "0.5" in _ticks(ax.yaxis) and not any("," in t for t in _ticks(ax.xaxis))
    assert not isinstance(ax.xaxis.get_major_formatter(), plotting.FrenchScalarFormatter)


def test_french_number_text():
    assert plotting.french_number_text("-0.25") == "−0,25"
    assert plotting.french_number_text("12500") == "12\u202f500" and plotting.french_number_text("1000") == "1000"
    assert plotting.french_number_text("$\\mathdefault{1.5}$") == "$\\mathdefault{1{,}5}$"


def test_figure_texts_in_french(french):
    ax = plotting.plot_history({"train_loss": [3, 2, 1], "val_loss": [3, 2.5, 2], "lr": [0.1, 0.1, 0.05]},
                               keys=["train_loss", "val_loss", "lr"])
    assert (ax.get_xlabel(), ax.get_ylabel(), ax.get_title()) == ("époque", "perte", "Courbes d'apprentissage")
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["perte (entraînement)", "perte (validation)", "taux d'apprentissage (axe de droite)"]
    ax = plotting.plot_history({"train_loss": [1, 0.5]}, xlabel="lot", title="Mon titre")
    assert (ax.get_xlabel(), ax.get_title()) == ("lot", "Mon titre")  # the student's own texts stay as written
    ax = plotting.plot_confusion([0, 1, 1, 0], [0, 1, 0, 0])
    assert "sensibilité 50\u202f%" in ax.get_title() and "spécificité 100\u202f%" in ax.get_title()
    assert [t.get_text() for t in ax.get_xticklabels()] == ["prédit\nnégatif", "prédit\npositif"]
    X = np.random.default_rng(0).normal(size=(20, 2))
    art = plotting.plot_decision_boundary(lambda P: (P[:, 0] > 0).astype(float), X, (X[:, 0] > 0).astype(int))
    assert art["ax"].get_xlabel() == "variable 1" and art["ax"].get_title() == "Régions de décision"
    assert [t.get_text() for t in art["ax"].get_legend().get_texts()] == ["négatif", "positif"]


def test_figures_under_cells_use_fast_png_compression_and_keep_the_tight_crop():
    from matplotlib_inline.config import InlineBackend

    plotting.use_style()
    kwargs = InlineBackend.instance().print_figure_kwargs
    assert kwargs["pil_kwargs"]["compress_level"] == 1
    assert kwargs["bbox_inches"] == "tight"  # IPython's default crop is kept
