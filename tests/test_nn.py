"""Tests of course_utils.nn: activations and derivatives, finite differences, the reference Value engine."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pytest
import torch

from course_utils import nn

X = np.linspace(-4, 4, 41)

TORCH_FUNCS = {
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "relu": torch.relu,
    "leaky_relu": lambda t: torch.nn.functional.leaky_relu(t, 0.01),
    "elu": lambda t: torch.nn.functional.elu(t, 1.0),
}


@pytest.mark.parametrize("name", sorted(TORCH_FUNCS))
def test_activation_and_derivative_match_torch(name):
    f, df = nn.activation(name)
    t = torch.tensor(X + 1e-3, requires_grad=True)  # avoid the kink at exactly 0
    out = TORCH_FUNCS[name](t)
    out.sum().backward()
    np.testing.assert_allclose(f(X + 1e-3), out.detach().numpy(), atol=1e-12)
    np.testing.assert_allclose(df(X + 1e-3), t.grad.numpy(), atol=1e-12)


def test_sigmoid_is_stable_for_large_inputs():
    out = nn.sigmoid([-1000.0, 0.0, 1000.0])
    np.testing.assert_allclose(out, [0.0, 0.5, 1.0])
    assert nn.sigmoid_derivative([0.0])[0] == pytest.approx(0.25)


def test_maxout_is_the_upper_envelope_and_its_slope():
    pieces = [(0.0, 0.0), (1.0, 0.0)]  # max(0, x) = ReLU
    np.testing.assert_allclose(nn.maxout(X, pieces), nn.relu(X))
    np.testing.assert_allclose(nn.maxout_derivative(X + 1e-3, pieces), nn.relu_derivative(X + 1e-3))
    default = nn.maxout(X)
    assert np.all(default >= -0.3 * X - 0.3 - 1e-12)
    assert set(np.unique(nn.maxout_derivative(X))) == {-0.3, 0.3, 1.2}


def test_derivatives_agree_with_finite_differences():
    x = np.array([-2.3, -0.7, 0.4, 1.9])
    for name, (f, df) in nn.ACTIVATIONS.items():
        num = (f(x + 1e-6) - f(x - 1e-6)) / 2e-6
        np.testing.assert_allclose(df(x), num, atol=1e-6, err_msg=name)


def test_activation_bad_inputs():
    with pytest.raises(ValueError, match="must be one of"):
        nn.activation("softmax")
    with pytest.raises(TypeError, match="array of numbers"):
        nn.relu("abc")
    with pytest.raises(ValueError, match="> 0"):
        nn.leaky_relu(X, alpha=-0.1)
    with pytest.raises(ValueError, match="NaN"):
        nn.tanh([np.nan])
    with pytest.raises(ValueError, match="pairs"):
        nn.maxout(X, pieces=[(1.0, 0.0)])


def _engine_expression(values):
    a, b, c = (nn.Value(v) for v in values)
    d = a * b + c.exp() - a / b + (a - c) ** 2
    e = d.tanh() + d.sigmoid() * a + (b * c).relu() + (a * a + 1).log() + 2 - 1 / b
    return (a, b, c), e


def test_value_engine_matches_torch_autograd():
    values = [0.7, -1.3, 0.4]
    (a, b, c), e = _engine_expression(values)
    e.backward()
    ta, tb, tc = (torch.tensor(v, dtype=torch.float64, requires_grad=True) for v in values)
    d = ta * tb + tc.exp() - ta / tb + (ta - tc) ** 2
    te = torch.tanh(d) + torch.sigmoid(d) * ta + torch.relu(tb * tc) + torch.log(ta * ta + 1) + 2 - 1 / tb
    te.backward()
    assert e.data == pytest.approx(float(te.detach()), abs=1e-12)
    for v, t in zip((a, b, c), (ta, tb, tc)):
        assert v.grad == pytest.approx(float(t.grad), abs=1e-10)


def test_value_engine_sums_over_paths_and_can_run_twice():
    x = nn.Value(2.0, label="x")
    f = (3 * x) * (x**2)  # 3 x^3, two paths from x
    f.backward()
    assert x.grad == pytest.approx(36.0)
    f.backward()  # grads are reset, not accumulated across calls
    assert x.grad == pytest.approx(36.0)
    assert "x" in repr(x)


def test_value_bad_inputs():
    with pytest.raises(TypeError, match="one number"):
        nn.Value([1.0, 2.0])
    with pytest.raises(ValueError, match="positive"):
        nn.Value(-1.0).log()
    with pytest.raises(ZeroDivisionError):
        nn.Value(1.0) / 0
    with pytest.raises(TypeError, match="plain number"):
        nn.Value(2.0) ** nn.Value(2.0)


def test_draw_graph_shows_values_and_gradients():
    m, h = nn.Value(70.0, label="mass"), nn.Value(1.75, label="height")
    bmi = m / h**2
    bmi.backward()
    fig, ax = plt.subplots()
    out = nn.draw_graph(bmi, ax=ax, title="BMI")
    texts = [t.get_text() for t in ax.texts]
    assert out is ax and ax.get_title() == "BMI"
    assert any("mass" in t and "70" in t for t in texts)
    assert any(t.startswith("grad 0.327") for t in texts) and any(t == "÷" for t in texts)
    fig.canvas.draw()  # the arrows clip to the boxes at drawing time
    plt.close(fig)


def test_draw_graph_bad_inputs():
    with pytest.raises(TypeError, match="Value"):
        nn.draw_graph(3.0)
    with pytest.raises(ValueError, match="digits"):
        nn.draw_graph(nn.Value(1.0), digits=0)
    big = nn.Value(0.0)
    for i in range(40):
        big = big + i
    with pytest.raises(ValueError, match="readable"):
        nn.draw_graph(big)
