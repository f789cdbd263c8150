"""A scalar automatic-differentiation engine, and a drawing of its computational graph (notebook 05).

- :class:`Value`: a number that remembers how it was computed, in the spirit of micrograd. Notebook 05 builds
  its own engine step by step; this tested copy draws the graphs of the notebook's first sections.
- :func:`draw_graph`: draws a graph of such values, with forward values and gradients.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from .activations import sigmoid


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


def _layout(nodes: list[Any]) -> tuple[dict[int, int], dict[int, float]]:
    """Column (0 = inputs) and height of every value, keyed by ``id``: each value sits near its inputs."""
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
    return level, ypos


def _draw_values(ax: Any, nodes: list[Any], level: dict[int, int], ypos: dict[int, float], xstep: float,
                 show_grad: bool, digits: int) -> tuple[dict[int, Any], dict[int, Any]]:
    """Draw each value as a box (name, value, gradient) and its operation as a circle; return both, by ``id``."""
    from ..plotting import POSITIVE_COLOR

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
    return boxes, circles


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
    from ..plotting import _new_axes
    from ..validation import check_int

    for attr in ("data", "grad", "_prev", "_op"):
        if not hasattr(root, attr):
            raise TypeError(f"root must be a Value from the autograd engine (with data, grad, _prev and _op), "
                            f"got {type(root).__name__} without '{attr}'.")
    digits = check_int(digits, "digits", minimum=1, maximum=8)
    nodes, edges = _graph(root)
    if len(nodes) > 60:
        raise ValueError(f"this graph has {len(nodes)} values; draw_graph is readable up to about 60. "
                         "Draw a smaller expression (e.g. one neuron).")
    level, ypos = _layout(nodes)
    columns = set(level.values())
    xstep = 2.6
    rows = max(list(level.values()).count(lev) for lev in columns)
    ax = _new_axes(ax, figsize=(min(2.0 * len(columns) + 1.2, 14.0), 0.8 * rows + 1.0))
    boxes, circles = _draw_values(ax, nodes, level, ypos, xstep, show_grad, digits)

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
