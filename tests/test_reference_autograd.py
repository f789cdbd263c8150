"""Tests of course_utils.reference.autograd: the scalar Value engine against torch, and its graph drawing."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest
import torch

from course_utils import i18n
from course_utils.reference import autograd


def _engine_expression(values):
    a, b, c = (autograd.Value(v) for v in values)
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
    x = autograd.Value(2.0, label="x")
    f = (3 * x) * (x**2)  # 3 x^3, two paths from x
    f.backward()
    assert x.grad == pytest.approx(36.0)
    f.backward()  # grads are reset, not accumulated across calls
    assert x.grad == pytest.approx(36.0)
    assert "x" in repr(x)


def test_value_bad_inputs():
    with pytest.raises(TypeError, match="one number"):
        autograd.Value([1.0, 2.0])
    with pytest.raises(ValueError, match="positive"):
        autograd.Value(-1.0).log()
    with pytest.raises(ZeroDivisionError):
        autograd.Value(1.0) / 0
    with pytest.raises(TypeError, match="plain number"):
        autograd.Value(2.0) ** autograd.Value(2.0)


def test_draw_graph_shows_values_and_gradients():
    m, h = autograd.Value(70.0, label="mass"), autograd.Value(1.75, label="height")
    bmi = m / h**2
    bmi.backward()
    fig, ax = plt.subplots()
    out = autograd.draw_graph(bmi, ax=ax, title="BMI")
    texts = [t.get_text() for t in ax.texts]
    assert out is ax and ax.get_title() == "BMI"
    assert any("mass" in t and "70" in t for t in texts)
    assert any(t.startswith("grad 0.327") for t in texts) and any(t == "÷" for t in texts)
    fig.canvas.draw()  # the arrows clip to the boxes at drawing time
    plt.close(fig)


def test_draw_graph_bad_inputs():
    with pytest.raises(TypeError, match="Value"):
        autograd.draw_graph(3.0)
    with pytest.raises(ValueError, match="digits"):
        autograd.draw_graph(autograd.Value(1.0), digits=0)
    big = autograd.Value(0.0)
    for i in range(40):
        big = big + i
    with pytest.raises(ValueError, match="readable"):
        autograd.draw_graph(big)


def test_draw_graph_in_french_titles_and_numbers(french):
    m, h = autograd.Value(70.0, label="mass"), autograd.Value(1.75, label="height")
    bmi = m / h**2
    bmi.backward()
    fig, ax = plt.subplots()
    autograd.draw_graph(bmi, ax=ax)
    texts = [t.get_text() for t in ax.texts]
    assert ax.get_title() == "Graphe de calcul"
    assert any(t == "height\n1,75" for t in texts) and any(t.startswith("grad 0,327") for t in texts), texts
    plt.close(fig)
    i18n.set_language("en")
    fig, ax = plt.subplots()
    autograd.draw_graph(bmi, ax=ax)
    assert ax.get_title() == "Computational graph"
    assert any(x.get_text() == "height\n1.75" for x in ax.texts)
    plt.close(fig)


def test_value_errors_in_french(french):
    with pytest.raises(ValueError) as info:
        autograd.Value(0.0).log()
    assert str(info.value).startswith("log demande un nombre > 0. Reçu\u202f: 0\u202f; or le logarithme de 0")
    with pytest.raises(OverflowError) as info:
        autograd.Value(710.0).exp()
    assert "exp déborde au-delà d'environ 709,78" in str(info.value)
