"""Tests of course_utils.neuron: unscaling weights, decision lines, the alert side, the neuron diagram."""

import numpy as np
import pytest

from course_utils import neuron


def test_unscale_weights_same_decision():
    rng = np.random.default_rng(0)
    X = rng.normal([5.0, 14.0], [0.6, 1.5], size=(50, 2))
    mean, std = X.mean(axis=0), X.std(axis=0)
    w = np.array([0.3, -2.0, 1.5])
    v = neuron.unscale_weights(w, mean, std)
    z_scaled = w[0] + ((X - mean) / std) @ w[1:]
    z_raw = v[0] + X @ v[1:]
    assert np.allclose(z_scaled, z_raw)
    with pytest.raises(ValueError, match="shape"):
        neuron.unscale_weights(w, mean[:1], std)
    with pytest.raises(ValueError, match="std must be > 0"):
        neuron.unscale_weights(w, mean, [1.0, 0.0])
    with pytest.raises(ValueError, match="bias and at least one weight"):
        neuron.unscale_weights([1.0], [], [])


def test_decision_line_inside_box():
    # x1 + x2 - 1 = 0 across the unit square: from (0, 1) to (1, 0)
    xs, ys = neuron.decision_line([-1.0, 1.0, 1.0], (0, 1), (0, 1))
    assert np.allclose(xs, [0, 1]) and np.allclose(ys, [1, 0])
    # vertical line x1 = 0.25 (w2 = 0)
    xs, ys = neuron.decision_line([-0.25, 1.0, 0.0], (0, 1), (0, 2))
    assert np.allclose(xs, [0.25, 0.25]) and np.allclose(sorted(ys), [0, 2])
    # every returned point satisfies the line equation and lies in the box
    w = np.array([0.7, -1.3, 2.1])
    xs, ys = neuron.decision_line(w, (-3, 3), (-2, 2))
    assert np.allclose(w[0] + w[1] * xs + w[2] * ys, 0)
    assert np.all((xs >= -3 - 1e-9) & (xs <= 3 + 1e-9) & (ys >= -2 - 1e-9) & (ys <= 2 + 1e-9))


def test_decision_line_missing_or_undefined():
    xs, ys = neuron.decision_line([10.0, 1.0, 1.0], (0, 1), (0, 1))  # line far away
    assert xs.size == 0 and ys.size == 0
    xs, ys = neuron.decision_line([1.0, 0.0, 0.0], (0, 1), (0, 1))  # no line at all
    assert xs.size == 0
    with pytest.raises(ValueError, match="shape"):
        neuron.decision_line([1.0, 2.0], (0, 1), (0, 1))
    with pytest.raises(ValueError, match="low < high"):
        neuron.decision_line([1.0, 2.0, 3.0], (1, 0), (0, 1))
    with pytest.raises(TypeError, match="pair"):
        neuron.decision_line([1.0, 2.0, 3.0], 5, (0, 1))


def test_alert_side_polygon():
    # x1 >= 0.5 in the unit square: the right half
    poly = neuron.alert_side_polygon([-0.5, 1.0, 0.0], (0, 1), (0, 1))
    area = 0.5 * abs(np.dot(poly[:, 0], np.roll(poly[:, 1], 1)) - np.dot(poly[:, 1], np.roll(poly[:, 0], 1)))
    assert area == pytest.approx(0.5)
    assert np.all(poly[:, 0] >= 0.5 - 1e-9)
    assert neuron.alert_side_polygon([-5.0, 1.0, 1.0], (0, 1), (0, 1)).shape == (0, 2)
    assert neuron.alert_side_polygon([5.0, 1.0, 1.0], (0, 1), (0, 1)).shape == (4, 2)
    with pytest.raises(ValueError, match="shape"):
        neuron.alert_side_polygon([1.0], (0, 1), (0, 1))


def test_draw_neuron():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    _, ax = plt.subplots()
    out = neuron.draw_neuron(ax, ["x0 = 1", "red cells", "white cells", "sex"], weights=[1, 2, 3, -4])
    texts = [t.get_text() for t in out.texts]
    assert "red cells" in texts and "$w_3$ = -4" in texts and out.get_title()
    neuron.draw_neuron(ax, ["x0 = 1", "x1"])  # symbolic weights
    assert "$w_1$" in [t.get_text() for t in ax.texts]
    with pytest.raises(TypeError, match="Axes"):
        neuron.draw_neuron("ax", ["x0 = 1"])
    with pytest.raises(ValueError, match="shape"):
        neuron.draw_neuron(ax, ["x0 = 1", "x1"], weights=[1.0])
    with pytest.raises(TypeError, match="list of labels"):
        neuron.draw_neuron(ax, "x0")
    with pytest.raises(ValueError, match="1 to 8"):
        neuron.draw_neuron(ax, [])
    plt.close("all")


def test_neuron_drawing_in_french():
    import matplotlib.pyplot as plt

    from course_utils import i18n

    before = i18n._language
    i18n.set_language("fr")
    try:
        _, ax = plt.subplots()
        neuron.draw_neuron(ax, ["x0 = 1", "hématies"])
        assert ax.get_title() == "Un neurone artificiel"
        assert any(t.get_text().startswith("sigmoïde") for t in ax.texts)
    finally:
        i18n._language = before
        plt.close("all")
