"""Bad input to course_utils.reference.autograd: every mistake gets a course message, never a raw Python error.

Each case asserts the exception type and words naming what was expected and what was received. Also: deep graphs
(a loss summed over the course's 1,000-patient table), the gradient convention (reset, not accumulated), the
caller's values left untouched, and property-based checks of the engine against plain arithmetic.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from bad_input_support import check_french
from hypothesis import given, settings
from hypothesis import strategies as st

from course_utils.datasets import load_blood_counts
from course_utils.reference import autograd
from course_utils.reference.activations import sigmoid
from course_utils.reference.autograd import Value

RAW_PHRASES = ("math range error", "complex", "unsupported operand", "object is not iterable", "maximum recursion",
               "float division by zero", "Numerical result out of range", "has no attribute")


def refused(call, error, *words):
    """``call()`` raises exactly ``error`` whose message holds every one of ``words`` and no raw library text."""
    with pytest.raises(error) as info:
        call()
    message = str(info.value)
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"
    raw = [p for p in RAW_PHRASES if p in message and p not in words]
    assert not raw, f"raw library words {raw} in {message!r}"
    check_french(call, message)
    return message


# (what is tried, the call, the exception, words for what was expected, words for what was received)
CASES = [
    ("nan", lambda: Value(float("nan")), ValueError, "finite number", "nan"),
    ("numpy nan", lambda: Value(np.float64("nan")), ValueError, "finite number", "nan"),
    ("inf", lambda: Value(math.inf), ValueError, "finite number", "inf"),
    ("-inf", lambda: Value(-np.inf), ValueError, "finite number", "-inf"),
    ("huge int", lambda: Value(10**400), ValueError, "finite number", "1000"),
    ("text", lambda: Value("3"), TypeError, "one number", "the text '3'"),
    ("text fix", lambda: Value("3"), TypeError, "float('3')", "text"),
    ("None", lambda: Value(None), TypeError, "one number", "None"),
    ("numpy array", lambda: Value(np.array([1.0, 2.0])), TypeError, "one Value per number", "array of 2 values"),
    ("one-value array", lambda: Value(np.array([1.0])), TypeError, "x.item()", "array of 1"),
    ("list", lambda: Value([1.0, 2.0]), TypeError, "one number", "list of 2 items"),
    ("tuple", lambda: Value((1.0,)), TypeError, "one number", "tuple of 1 item"),
    ("dict", lambda: Value({"a": 1}), TypeError, "one number", "dictionary"),
    ("bool", lambda: Value(True), TypeError, "1.0 or 0.0", "True"),
    ("numpy bool", lambda: Value(np.bool_(False)), TypeError, "1.0 or 0.0", "False"),
    ("complex", lambda: Value(1 + 2j), TypeError, "real number", "complex"),
    ("tensor of 2", lambda: Value(torch.tensor([1.0, 2.0])), TypeError, "one Value per number", "tensor of shape (2,)"),
    ("tensor with grad", lambda: Value(torch.tensor(2.0, requires_grad=True)), TypeError, "one engine",
     "requires grad"),
    ("Value of a Value", lambda: Value(Value(2.0)), TypeError, "holds one number", "a Value"),
    ("children not a tuple", lambda: Value(1.0, Value(2.0)), TypeError, "(v,)", "a Value"),
    ("children of numbers", lambda: Value(1.0, (2.0,)), TypeError, "Values", "the number 2"),
    ("label a number", lambda: Value(1.0, label=3), TypeError, "text", "the number 3"),
    ("op a number", lambda: Value(1.0, (), 3), TypeError, "text", "the number 3"),
    ("exp too large", lambda: Value(1000).exp(), OverflowError, "smaller input", "exp(1000)"),
    ("exp just too large", lambda: Value(710.0).exp(), OverflowError, "709.78", "exp(710)"),
    ("square root of -8", lambda: Value(-8) ** 0.5, ValueError, "not a real number", "(-8) ** 0.5"),
    ("cube root of -1", lambda: Value(-1.0) ** (1 / 3), ValueError, "positive", "(-1) ** 0.333333"),
    ("0 to a negative power", lambda: Value(0.0) ** -1, ZeroDivisionError, "away from 0", "(0) ** -1"),
    ("power too large", lambda: Value(10.0) ** 400, OverflowError, "too large", "(10) ** 400"),
    ("power a Value", lambda: Value(2.0) ** Value(2.0), TypeError, "plain number", "a Value"),
    ("power a text", lambda: Value(2.0) ** "2", TypeError, "plain number", "the text '2'"),
    ("power a bool", lambda: Value(2.0) ** True, TypeError, "plain number", "True"),
    ("power nan", lambda: Value(2.0) ** float("nan"), ValueError, "finite power", "nan"),
    ("power huge int", lambda: Value(1.0) ** 10**400, ValueError, "finite power", "1000"),
    ("number ** Value", lambda: 2 ** Value(3.0), TypeError, "plain power", "2 ** v"),
    ("log of 0", lambda: Value(0.0).log(), ValueError, "number > 0", "got 0"),
    ("log of a negative", lambda: Value(-1.0).log(), ValueError, "number > 0", "got -1"),
    ("division by 0", lambda: Value(1.0) / 0, ZeroDivisionError, "must not be 0", "1 / 0"),
    ("division by Value(0)", lambda: Value(1.0) / Value(0.0), ZeroDivisionError, "must not be 0", "1 / 0"),
    ("number / Value(0)", lambda: 3 / Value(0.0), ZeroDivisionError, "must not be 0", "3 / 0"),
    ("product too large", lambda: Value(1e200) * 1e200, OverflowError, "too large", "1e+200 × 1e+200"),
    ("sum too large", lambda: Value(1e308) + 1e308, OverflowError, "too large", "1e+308 + 1e+308"),
    ("difference too large", lambda: Value(-1e308) - 1e308, OverflowError, "too large", "-1e+308 − 1e+308"),
    ("quotient too large", lambda: Value(1e300) / 1e-300, OverflowError, "too large", "1e+300 / 1e-300"),
    ("add text", lambda: Value(2.0) + "3", TypeError, "one number", "the text '3'"),
    ("text + Value", lambda: "3" + Value(2.0), TypeError, "one number", "the text '3'"),
    ("add None", lambda: Value(2.0) + None, TypeError, "one number", "None"),
    ("multiply by a list", lambda: Value(2.0) * [1.0, 2.0], TypeError, "one Value per number", "list of 2 items"),
    ("subtract nan", lambda: Value(2.0) - float("nan"), ValueError, "finite number", "nan"),
    ("divide by a text", lambda: Value(2.0) / "x", TypeError, "one number", "the text 'x'"),
    ("text / Value", lambda: "x" / Value(2.0), TypeError, "one number", "the text 'x'"),
    ("compare with a number", lambda: Value(2.0) > 0, TypeError, "v.data > 0", "a Value and the number 0"),
    ("compare reflected", lambda: 0 < Value(2.0), TypeError, "v.data", "a Value and the number 0"),
    ("compare two Values", lambda: Value(1.0) <= Value(2.0), TypeError, "v.data <= 0", "a Value (Value("),
    ("sqrt slope at 0", lambda: (Value(0.0) ** 0.5).backward(), ValueError, "away from 0", "infinite"),
    ("gradient too large", lambda: (1 / (Value(1e-200) ** 1)).backward(), OverflowError, "smaller numbers",
     "gradient of -inf"),
    ("gradient of x ** -1 near 0", lambda: (Value(1e-300) ** -1).backward(), OverflowError, "smaller numbers",
     "gradient of"),
    ("draw a number", lambda: autograd.draw_graph(3.0), TypeError, "a Value", "float"),
    ("draw digits 0", lambda: autograd.draw_graph(Value(1.0), digits=0), ValueError, "digits", "got 0"),
    ("draw digits text", lambda: autograd.draw_graph(Value(1.0), digits="3"), TypeError, "digits", "'3'"),
]


@pytest.mark.parametrize("call, error, expected, received", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_is_refused_with_a_course_message(call, error, expected, received):
    refused(call, error, expected, received)


def _deep_sum(n: int) -> tuple[Value, Value]:
    x = Value(1.5, label="x")
    total = Value(0.0)
    for _ in range(n):
        total = total + x * 2.0
    return x, total


def test_backward_on_a_loss_over_the_1000_patient_table_matches_numpy():
    """A sum over the course's own table is a chain ~1000 operations deep: no RecursionError, right gradient."""
    blood = load_blood_counts()
    X = blood[["red_cells", "white_cells", "haemoglobin", "sex"]].to_numpy()
    X = (X - X.mean(axis=0)) / X.std(axis=0)
    y = blood["alert"].to_numpy().astype(float)
    w_start = np.array([0.1, -0.4, 0.3, -0.8, 0.2])
    w = [Value(v, label=f"w{i}") for i, v in enumerate(w_start)]
    loss = Value(0.0)
    for xi, yi in zip(X, y):
        z = w[0] + sum((wj * float(xj) for wj, xj in zip(w[1:], xi)), Value(0.0))
        loss = loss + ((1 + z.exp()).log() - yi * z)   # cross-entropy written from z
    loss = loss / len(y)
    loss.backward()
    X1 = np.column_stack([np.ones(len(X)), X])
    h = sigmoid(X1 @ w_start)
    np.testing.assert_allclose([wi.grad for wi in w], X1.T @ (h - y) / len(y), atol=1e-12)


def test_backward_on_a_very_deep_chain():
    x, total = _deep_sum(5000)                           # 5 times Python's recursion limit
    total.backward()
    assert x.grad == pytest.approx(10_000.0)


def test_draw_graph_of_a_deep_graph_says_it_is_too_big():
    _, total = _deep_sum(3000)
    refused(lambda: autograd.draw_graph(total), ValueError, "readable up to about 60", "values")


def test_gradients_are_reset_not_accumulated_and_the_docstring_says_so():
    x = Value(3.0)
    y = x * x
    y.backward()
    y.backward()
    assert x.grad == pytest.approx(6.0)                  # torch would give 12 without zero_grad()
    other = x * 10.0
    other.backward()                                      # a second graph on the same leaf: its own gradient only
    assert x.grad == pytest.approx(10.0)
    (y + other).backward()                                # both together: add the losses first
    assert x.grad == pytest.approx(16.0)
    doc = Value.__doc__ + Value.backward.__doc__
    assert "reset" in doc and "PyTorch" in doc and "zero_grad" in doc


def test_a_failed_operation_leaves_the_values_as_they_were():
    a = Value(1000.0, label="a")
    with pytest.raises(OverflowError):
        a.exp()
    assert (a.data, a.grad, a._prev, a.label) == (1000.0, 0.0, (), "a")
    b = Value(-8.0)
    with pytest.raises(ValueError):
        b ** 0.5
    assert b.data == -8.0


def test_the_callers_numbers_and_arrays_are_not_modified():
    weights = np.array([1.0, 2.0, 3.0])
    inputs = [4.2, 6.2, 2.0]
    before = (weights.copy(), list(inputs))
    values = [Value(v) for v in weights]
    z = sum((w * x for w, x in zip(values, inputs)), Value(0.0))
    (z * weights[0]).backward()
    products = weights * Value(2.0)                       # NumPy applies the Value entry by entry
    assert [p.data for p in products] == [2.0, 4.0, 6.0]
    np.testing.assert_array_equal(weights, before[0])
    assert inputs == before[1]


def test_numpy_arrays_combine_entry_by_entry_on_both_sides():
    v = Value(2.0)
    left, right = v * np.array([1.0, 3.0]), np.array([1.0, 3.0]) * v
    assert [p.data for p in left] == [p.data for p in right] == [2.0, 6.0]
    total = np.sum(np.array([1.0, 3.0]) * v)
    total.backward()
    assert v.grad == pytest.approx(4.0)


finite = st.floats(min_value=-50, max_value=50, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None)
@given(a=finite, b=finite.filter(lambda b: abs(b) > 1e-3))
def test_property_engine_matches_torch(a, b):
    va, vb = Value(a), Value(b)
    out = (va * vb + va / vb - vb).tanh() + (va * 0.1).exp() + (vb * vb + 1).log() + va.sigmoid() * vb.relu()
    out.backward()
    ta, tb = (torch.tensor(v, dtype=torch.float64, requires_grad=True) for v in (a, b))
    t = torch.tanh(ta * tb + ta / tb - tb) + torch.exp(ta * 0.1) + torch.log(tb * tb + 1) \
        + torch.sigmoid(ta) * torch.relu(tb)
    t.backward()
    assert out.data == pytest.approx(t.item(), rel=1e-9, abs=1e-9)
    assert va.grad == pytest.approx(ta.grad.item(), rel=1e-6, abs=1e-6)
    assert vb.grad == pytest.approx(tb.grad.item(), rel=1e-6, abs=1e-6)


def _finite_real(x):
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return False
    try:
        return math.isfinite(float(x))
    except OverflowError:
        return False


@settings(max_examples=80, deadline=None)
@given(x=st.one_of(st.floats(), st.integers(), st.text(max_size=3), st.none(), st.booleans(),
                   st.lists(st.floats(), max_size=3), st.complex_numbers()))
def test_property_value_accepts_finite_real_numbers_and_refuses_everything_else(x):
    if _finite_real(x):
        assert Value(x).data == float(x)
        return
    with pytest.raises((TypeError, ValueError)) as info:
        Value(x)
    assert "number" in str(info.value)


@settings(max_examples=80, deadline=None)
@given(base=st.floats(min_value=-1e3, max_value=1e3, allow_nan=False),
       k=st.floats(min_value=-4, max_value=4, allow_nan=False))
def test_property_power_is_real_and_finite_or_a_course_error(base, k):
    x = Value(base)
    try:
        out = x ** k
    except (ValueError, ZeroDivisionError, OverflowError) as err:
        assert "**" in str(err)
        return
    assert isinstance(out.data, float) and math.isfinite(out.data)
    try:
        out.backward()
    except (ValueError, OverflowError) as err:
        assert "x = 0" in str(err) or "gradient" in str(err)
        return
    assert math.isfinite(x.grad)
    if base > 0:
        assert x.grad == pytest.approx(k * base ** (k - 1), rel=1e-9)
