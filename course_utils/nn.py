"""From-scratch neural-network pieces, used by notebooks 05-06 for plots and by the tests as references.

- activation functions and their derivatives (NumPy), by name: :data:`ACTIVATIONS`, :func:`activation`;
- :class:`Value`: a reference copy of the tiny scalar autograd engine that notebook 05 writes out step by
  step (in the spirit of micrograd); the notebook builds its own, this one exists for the tests;
- :func:`draw_graph`: draws a computational graph made of such values, with forward values and gradients.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from .validation import as_array, check_choice, check_positive

# --------------------------------------------------------------------------------------------------
# Activation functions: value and derivative (x is any array of pre-activations z = w.x + b)
# --------------------------------------------------------------------------------------------------


def _x(x: Any) -> np.ndarray:
    return as_array(x, "x")


def sigmoid(x: Any) -> np.ndarray:
    """Logistic sigmoid 1 / (1 + e^-x), between 0 and 1; same shape as ``x``."""
    x = _x(x)
    out = np.empty_like(x)
    pos = x >= 0  # two formulas that never overflow
    out[pos] = 1.0 / (1.0 + np.exp(-x[pos]))
    ex = np.exp(x[~pos])
    out[~pos] = ex / (1.0 + ex)
    return out


def sigmoid_derivative(x: Any) -> np.ndarray:
    """sigma'(x) = sigma(x) (1 - sigma(x)), at most 0.25 (at x = 0)."""
    s = sigmoid(x)
    return s * (1.0 - s)


def tanh(x: Any) -> np.ndarray:
    """Hyperbolic tangent, between -1 and 1, centred on 0."""
    return np.tanh(_x(x))


def tanh_derivative(x: Any) -> np.ndarray:
    """tanh'(x) = 1 - tanh(x)^2, at most 1 (at x = 0)."""
    return 1.0 - np.tanh(_x(x)) ** 2


def relu(x: Any) -> np.ndarray:
    """Rectified linear unit max(0, x)."""
    return np.maximum(_x(x), 0.0)


def relu_derivative(x: Any) -> np.ndarray:
    """1 where x > 0, else 0 (the value at exactly 0 is taken as 0, like PyTorch)."""
    return (_x(x) > 0).astype(float)


def leaky_relu(x: Any, alpha: float = 0.01) -> np.ndarray:
    """max(alpha x, x): like ReLU but with a small slope ``alpha`` (> 0) for negative inputs."""
    alpha = check_positive(alpha, "alpha")
    x = _x(x)
    return np.where(x > 0, x, alpha * x)


def leaky_relu_derivative(x: Any, alpha: float = 0.01) -> np.ndarray:
    """1 where x > 0, else ``alpha``."""
    alpha = check_positive(alpha, "alpha")
    return np.where(_x(x) > 0, 1.0, alpha)


def elu(x: Any, alpha: float = 1.0) -> np.ndarray:
    """Exponential linear unit: x for x >= 0, alpha (e^x - 1) below (smooth, tends to -alpha)."""
    alpha = check_positive(alpha, "alpha")
    x = _x(x)
    return np.where(x >= 0, x, alpha * np.expm1(np.minimum(x, 0.0)))


def elu_derivative(x: Any, alpha: float = 1.0) -> np.ndarray:
    """1 for x >= 0, alpha e^x below."""
    alpha = check_positive(alpha, "alpha")
    x = _x(x)
    return np.where(x >= 0, 1.0, alpha * np.exp(np.minimum(x, 0.0)))


#: The example maxout unit of the course: max over 3 lines (slope, intercept). In a network each line's
#: weights are learned; these fixed ones show the shape (any convex, piecewise-linear curve).
MAXOUT_PIECES = ((-0.3, -0.3), (0.3, 0.0), (1.2, -0.9))


def maxout(x: Any, pieces: Sequence[tuple[float, float]] = MAXOUT_PIECES) -> np.ndarray:
    """Maxout unit on a 1-D input: max_k (a_k x + b_k) over the lines ``pieces = [(a_k, b_k), ...]``."""
    x = _x(x)
    lines = _pieces(pieces)
    return np.max([a * x + b for a, b in lines], axis=0)


def maxout_derivative(x: Any, pieces: Sequence[tuple[float, float]] = MAXOUT_PIECES) -> np.ndarray:
    """The slope a_k of the line that wins the max at each x."""
    x = _x(x)
    lines = _pieces(pieces)
    winner = np.argmax([a * x + b for a, b in lines], axis=0)
    return np.array([a for a, _ in lines])[winner]


def _pieces(pieces: Any) -> list[tuple[float, float]]:
    arr = as_array(pieces, "pieces", ndim=2)
    if arr.shape[1] != 2 or arr.shape[0] < 2:
        raise ValueError(f"pieces must be at least two (slope, intercept) pairs, shape (k, 2) with k >= 2, "
                         f"got shape {arr.shape}.")
    return [(float(a), float(b)) for a, b in arr]


#: name -> (function, derivative), with the course's default hyper-parameters.
ACTIVATIONS: dict[str, tuple[Callable[[Any], np.ndarray], Callable[[Any], np.ndarray]]] = {
    "sigmoid": (sigmoid, sigmoid_derivative),
    "tanh": (tanh, tanh_derivative),
    "relu": (relu, relu_derivative),
    "leaky_relu": (leaky_relu, leaky_relu_derivative),
    "elu": (elu, elu_derivative),
    "maxout": (maxout, maxout_derivative),
}


def activation(name: str) -> tuple[Callable[[Any], np.ndarray], Callable[[Any], np.ndarray]]:
    """Return ``(f, f_prime)`` for an activation name among :data:`ACTIVATIONS`.

    Example:
        >>> f, df = activation("relu")
        >>> f([-1.0, 2.0]).tolist(), df([-1.0, 2.0]).tolist()
        ([0.0, 2.0], [0.0, 1.0])
    """
    check_choice(name, "name (activation)", list(ACTIVATIONS))
    return ACTIVATIONS[name]


# --------------------------------------------------------------------------------------------------
# Reference scalar autograd engine (notebook 05 writes its own version step by step)
# --------------------------------------------------------------------------------------------------


class Value:
    """A number that remembers how it was computed, so that backpropagation can find its gradient.

    Attributes:
        data: the forward value (float).
        grad: d(output)/d(this value), filled by :meth:`backward` (float).
        label: a name shown by :func:`draw_graph`.
    """

    def __init__(self, data: float, children: Sequence[Value] = (), op: str = "", label: str = "") -> None:
        if isinstance(data, bool) or not isinstance(data, (int, float, np.integer, np.floating)):
            raise TypeError(f"Value holds one number, got {type(data).__name__} {data!r}.")
        self.data = float(data)
        self.grad = 0.0
        self._backward: Callable[[], None] = lambda: None
        self._prev = tuple(children)
        self._op = op
        self.label = label

    def __repr__(self) -> str:
        name = f"{self.label} " if self.label else ""
        return f"Value({name}data={self.data:.6g}, grad={self.grad:.6g})"

    @staticmethod
    def _wrap(other: Any) -> Value:
        return other if isinstance(other, Value) else Value(other)

    def __add__(self, other: Any) -> Value:
        other = self._wrap(other)
        out = Value(self.data + other.data, (self, other), "+")

        def _backward() -> None:
            self.grad += out.grad
            other.grad += out.grad

        out._backward = _backward
        return out

    def __mul__(self, other: Any) -> Value:
        other = self._wrap(other)
        out = Value(self.data * other.data, (self, other), "×")

        def _backward() -> None:
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out

    def __pow__(self, k: float) -> Value:
        if not isinstance(k, (int, float)):
            raise TypeError("Value ** k needs a plain number k (int or float).")
        out = Value(self.data**k, (self,), f"^{k:g}")

        def _backward() -> None:
            self.grad += k * self.data ** (k - 1) * out.grad

        out._backward = _backward
        return out

    def exp(self) -> Value:
        out = Value(math.exp(self.data), (self,), "exp")

        def _backward() -> None:
            self.grad += out.data * out.grad

        out._backward = _backward
        return out

    def log(self) -> Value:
        if self.data <= 0:
            raise ValueError(f"log needs a positive number, got {self.data}.")
        out = Value(math.log(self.data), (self,), "log")

        def _backward() -> None:
            self.grad += out.grad / self.data

        out._backward = _backward
        return out

    def sigmoid(self) -> Value:
        s = float(sigmoid(np.array([self.data]))[0])
        out = Value(s, (self,), "σ")

        def _backward() -> None:
            self.grad += s * (1 - s) * out.grad

        out._backward = _backward
        return out

    def tanh(self) -> Value:
        t = math.tanh(self.data)
        out = Value(t, (self,), "tanh")

        def _backward() -> None:
            self.grad += (1 - t**2) * out.grad

        out._backward = _backward
        return out

    def relu(self) -> Value:
        out = Value(max(self.data, 0.0), (self,), "ReLU")

        def _backward() -> None:
            self.grad += (self.data > 0) * out.grad

        out._backward = _backward
        return out

    def __neg__(self) -> Value:
        return self * -1

    def __sub__(self, other: Any) -> Value:
        other = self._wrap(other)
        out = Value(self.data - other.data, (self, other), "−")

        def _backward() -> None:
            self.grad += out.grad
            other.grad += -out.grad

        out._backward = _backward
        return out

    def __truediv__(self, other: Any) -> Value:
        other = self._wrap(other)
        if other.data == 0:
            raise ZeroDivisionError("division of a Value by 0.")
        out = Value(self.data / other.data, (self, other), "÷")

        def _backward() -> None:
            self.grad += out.grad / other.data
            other.grad += -self.data / other.data**2 * out.grad

        out._backward = _backward
        return out

    def __radd__(self, other: Any) -> Value:
        return self + other

    def __rmul__(self, other: Any) -> Value:
        return self * other

    def __rsub__(self, other: Any) -> Value:
        return self._wrap(other) - self

    def __rtruediv__(self, other: Any) -> Value:
        return self._wrap(other) / self

    def backward(self) -> None:
        """Fill ``grad`` of every value this one depends on: topological order, then local rules in reverse."""
        order: list[Value] = []
        seen: set[int] = set()

        def visit(v: Value) -> None:
            if id(v) not in seen:
                seen.add(id(v))
                for child in v._prev:
                    visit(child)
                order.append(v)

        visit(self)
        for v in order:
            v.grad = 0.0
        self.grad = 1.0
        for v in reversed(order):
            v._backward()


# --------------------------------------------------------------------------------------------------
# Drawing a computational graph
# --------------------------------------------------------------------------------------------------


def _graph(root: Any) -> tuple[list[Any], list[tuple[Any, Any]]]:
    nodes: list[Any] = []
    edges: list[tuple[Any, Any]] = []
    seen: set[int] = set()

    def visit(v: Any) -> None:
        if id(v) in seen:
            return
        seen.add(id(v))
        for child in v._prev:
            visit(child)
            edges.append((child, v))
        nodes.append(v)

    visit(root)
    return nodes, edges


def draw_graph(root: Any, ax: Any = None, show_grad: bool = True, title: str = "Computational graph",
               digits: int = 3) -> Any:
    """Draw the computational graph that produced ``root``: inputs on the left, the output on the right.

    Each box shows a value's name, its forward value (black) and, if ``show_grad``, its gradient
    d(root)/d(value) (vermillion); each circle is the operation that produced the box to its right.

    Args:
        root: a value from a micrograd-style engine: an object with ``data``, ``grad``, ``_prev`` (the
            inputs it was computed from), ``_op`` (a short operation name) and optionally ``label``.
        ax: matplotlib axes to draw on (a new figure if ``None``).
        show_grad: also print the gradients (call ``root.backward()`` first).
        digits: significant digits of the printed numbers (1-8).

    Returns:
        The axes.
    """
    from .plotting import POSITIVE_COLOR, _new_axes
    from .validation import check_int

    for attr in ("data", "grad", "_prev", "_op"):
        if not hasattr(root, attr):
            raise TypeError(f"root must be a Value from the autograd engine (with data, grad, _prev and _op), "
                            f"got {type(root).__name__} without '{attr}'.")
    digits = check_int(digits, "digits", minimum=1, maximum=8)
    nodes, edges = _graph(root)
    if len(nodes) > 60:
        raise ValueError(f"this graph has {len(nodes)} values; draw_graph is readable up to about 60. "
                         "Draw a smaller expression (e.g. one neuron).")
    level: dict[int, int] = {}
    for v in nodes:  # nodes are in topological order: children first
        level[id(v)] = 0 if not v._prev else 1 + max(level[id(c)] for c in v._prev)
    columns: dict[int, list[Any]] = {}
    for v in nodes:
        columns.setdefault(level[id(v)], []).append(v)
    ypos: dict[int, float] = {}
    for lev in sorted(columns):
        col = columns[lev]
        if lev > 0:  # order by the mean height of the inputs, to limit crossing arrows
            col.sort(key=lambda v: -float(np.mean([ypos[id(c)] for c in v._prev])))
        for i, v in enumerate(col):
            ypos[id(v)] = (len(col) - 1) / 2 - i
    if len(columns) > 1:  # keep each value as close as possible to the mean height of its inputs
        for lev in sorted(columns)[1:]:
            col = columns[lev]
            wanted = [float(np.mean([ypos[id(c)] for c in v._prev])) for v in col]
            for i, v in enumerate(col):
                low = ypos[id(col[i - 1])] - 1.0 if i > 0 else np.inf
                ypos[id(v)] = min(wanted[i], low)
    xstep = 2.6
    rows = max(len(c) for c in columns.values())
    ax = _new_axes(ax, figsize=(min(2.0 * len(columns) + 1.2, 14.0), 0.8 * rows + 1.0))
    fmt = f"{{:.{digits}g}}"
    boxes: dict[int, Any] = {}
    circles: dict[int, Any] = {}
    for v in nodes:
        x, y = level[id(v)] * xstep, ypos[id(v)]
        name = getattr(v, "label", "") or ""
        text = (f"{name}\n" if name else "") + f"{fmt.format(v.data)}"
        boxes[id(v)] = ax.text(x, y, text, ha="center", va="center", fontsize=9.5,
                               bbox={"boxstyle": "round,pad=0.3", "facecolor": "#F2F2F2", "edgecolor": "#555555"})
        if show_grad:  # just under the box, whatever the scale of the figure
            ax.annotate(f"grad {fmt.format(v.grad)}", xy=(x, y), xytext=(0, -(6.5 * text.count("\n") + 17)),
                        textcoords="offset points", ha="center", va="center", fontsize=8.5,
                        color=POSITIVE_COLOR, fontweight="bold")
        if v._prev:
            circles[id(v)] = ax.text(x - xstep / 2, y, v._op, ha="center", va="center", fontsize=10,
                                     bbox={"boxstyle": "circle,pad=0.25", "facecolor": "white",
                                           "edgecolor": "#0072B2"})

    def arrow(source: Any, target: Any) -> None:  # drawn after the boxes, clipped at their outlines
        ax.annotate("", xy=target.get_position(), xytext=source.get_position(),
                    arrowprops={"arrowstyle": "->", "color": "#555555", "shrinkA": 1, "shrinkB": 1,
                                "patchA": source.get_bbox_patch(), "patchB": target.get_bbox_patch()})

    for v in nodes:
        if v._prev:
            arrow(circles[id(v)], boxes[id(v)])
    for child, parent in edges:
        arrow(boxes[id(child)], circles[id(parent)])
    xs = [level[id(v)] * xstep for v in nodes]
    ys = [ypos[id(v)] for v in nodes]
    ax.set_xlim(min(xs) - 1.0, max(xs) + 1.0)
    ax.set_ylim(min(ys) - 0.75, max(ys) + 0.5)
    ax.set_axis_off()
    ax.set_title(title)
    return ax
