"""Tests of course_utils.neuron: activations, losses, bias column, decision lines, logistic gradient."""

import numpy as np
import pytest

from course_utils import neuron


def test_step_threshold_and_shape():
    z = np.array([[-1.0, 0.0], [0.5, 2.0]])
    assert np.array_equal(neuron.step(z), [[0.0, 1.0], [1.0, 1.0]])
    assert np.array_equal(neuron.step(z, threshold=1.0), [[0.0, 0.0], [0.0, 1.0]])
    with pytest.raises(TypeError, match="threshold"):
        neuron.step(z, threshold="high")
    with pytest.raises(TypeError, match="threshold"):
        neuron.step(z, threshold=float("nan"))


def test_sigmoid_values_symmetry_and_no_overflow():
    assert neuron.sigmoid(0.0) == pytest.approx(0.5)
    # the seed's worked case: z = 19.1 gives an output near 1
    assert neuron.sigmoid(19.1) == pytest.approx(1 - np.exp(-19.1), abs=1e-15)
    z = np.linspace(-8, 8, 17)
    assert np.allclose(neuron.sigmoid(z) + neuron.sigmoid(-z), 1.0)
    with np.errstate(over="raise"):
        big = neuron.sigmoid(np.array([-1000.0, 1000.0]))
    assert np.array_equal(big, [0.0, 1.0])
    with pytest.raises(TypeError, match="array of numbers"):
        neuron.sigmoid("z")
    with pytest.raises(ValueError, match="missing or infinite"):
        neuron.sigmoid([np.nan])


def test_activation_names():
    z = np.array([-2.0, 0.0, 3.0])
    assert np.array_equal(neuron.activation("relu", z), [0.0, 0.0, 3.0])
    assert np.allclose(neuron.activation("tanh", z), np.tanh(z))
    assert np.allclose(neuron.activation("sigmoid", z), neuron.sigmoid(z))
    assert np.array_equal(neuron.activation("step", z), [0.0, 1.0, 1.0])
    with pytest.raises(ValueError, match="must be one of"):
        neuron.activation("softplus", z)


def test_squared_error():
    assert np.allclose(neuron.squared_error([1, 0], [0.5, 0.5]), [0.125, 0.125])
    assert neuron.squared_error(1, 1) == 0
    with pytest.raises(ValueError, match="same shape"):
        neuron.squared_error([1, 0, 1], [0.5, 0.5])


def test_cross_entropy_values_and_clipping():
    assert neuron.cross_entropy(1, 0.5) == pytest.approx(np.log(2))
    assert neuron.cross_entropy(0, 0.5) == pytest.approx(np.log(2))
    assert neuron.cross_entropy([1, 0], [1.0, 0.0]) == pytest.approx([0, 0], abs=1e-9)
    # a confident mistake costs a lot but stays finite
    worst = neuron.cross_entropy(0, 1.0)
    assert np.isfinite(worst) and worst > 20
    # the seed's worked case: wanted 0, h = sigmoid(19.1) -> loss about 19.1
    assert neuron.cross_entropy(0, neuron.sigmoid(19.1)) == pytest.approx(19.1, abs=1e-6)


def test_cross_entropy_bad_input():
    with pytest.raises(ValueError, match="probabilities between 0 and 1"):
        neuron.cross_entropy([1, 0], [2.0, -1.0])
    with pytest.raises(ValueError, match="targets between 0 and 1"):
        neuron.cross_entropy([2, 0], [0.5, 0.5])
    with pytest.raises(ValueError, match="eps"):
        neuron.cross_entropy(1, 0.5, eps=0.0)
    with pytest.raises(ValueError, match="strictly between 0 and 1"):
        neuron.cross_entropy(1, 0.5, eps=1.0)


def test_add_bias_column():
    X1 = neuron.add_bias_column([[3.1, 5.3, 1.0], [4.2, 6.2, 2.0]])
    assert X1.shape == (2, 4)
    assert np.array_equal(X1[:, 0], [1, 1])
    # the seed's worked case as a dot product: z = 19.1
    assert X1[0] @ np.array([1.0, 2.0, 3.0, -4.0]) == pytest.approx(19.1)
    with pytest.raises(ValueError, match="reshape"):
        neuron.add_bias_column([1.0, 2.0])


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


def test_logistic_loss_and_gradient_matches_finite_differences():
    rng = np.random.default_rng(1)
    X1 = neuron.add_bias_column(rng.normal(size=(40, 3)))
    y = (rng.random(40) < 0.5).astype(float)
    w = rng.normal(size=4)
    loss, grad = neuron.logistic_loss_and_gradient(w, X1, y, l2=0.1)
    eps = 1e-6
    numeric = np.array([
        (neuron.logistic_loss_and_gradient(w + eps * e, X1, y, l2=0.1)[0]
         - neuron.logistic_loss_and_gradient(w - eps * e, X1, y, l2=0.1)[0]) / (2 * eps)
        for e in np.eye(4)
    ])
    assert np.allclose(grad, numeric, atol=1e-7)
    assert loss > 0
    with pytest.raises(ValueError, match="shape"):
        neuron.logistic_loss_and_gradient(w, X1[:, :3], y)
    with pytest.raises(ValueError, match="l2"):
        neuron.logistic_loss_and_gradient(w, X1, y, l2=-1.0)


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
