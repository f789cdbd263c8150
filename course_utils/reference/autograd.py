"""A scalar automatic-differentiation engine, and a drawing of its computational graph (notebook 05).

- :class:`Value`: a number that remembers how it was computed, in the spirit of micrograd. Notebook 05 builds
  its own engine step by step; this tested copy draws the graphs of the notebook's first sections.
- :func:`draw_graph`: draws a graph of such values, with forward values and gradients.

Bad input gets a course message, never a raw Python error: a ``Value`` holds one finite number; an operation
whose result is not a real, finite number (``exp(1000)``, ``(-8) ** 0.5``, ``log(0)``, ``1 / 0``) says so and
how to avoid it; ``backward()`` works on graphs of any depth (no recursion).
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from ..i18n import number as fmt_number
from ..i18n import tr
from ..validation import describe

#: exp(x) is larger than the largest computer number (about 1.8e308) above this x (about 709.78).
MAX_EXP_INPUT = math.log(np.finfo(float).max)


def _is_value_like(obj: Any) -> bool:
    """A value of this engine or of a micrograd-style one (notebook 05 builds its own)."""
    return all(hasattr(obj, attr) for attr in ("data", "grad", "_prev"))


def _short(obj: Any) -> str:
    text = repr(obj)
    return text if len(text) <= 40 else text[:37] + "..."


def _describe(obj: Any) -> str:
    """Words for what was received, for the messages (the package's words, plus the Values of an engine)."""
    if isinstance(obj, Value):
        return tr("a Value ({value})", value=repr(obj))
    if _is_value_like(obj):
        return tr("a Value of another engine ({kind})", kind=f"{type(obj).__module__}.{type(obj).__name__}")
    return describe(obj)


def _number(data: Any) -> float:
    """``data`` as a finite float, or a TypeError / ValueError that says what a Value holds."""
    if type(data) is float and math.isfinite(data):  # the usual case, fast
        return data
    if getattr(data, "requires_grad", False):
        raise TypeError(tr("Value holds one number, got {received} that requires grad: it belongs to PyTorch's "
                           "autograd, and mixing the two engines would lose its gradient. Use one engine per formula "
                           "(or its number, t.item(), as a constant).", received=_describe(data)))
    if getattr(data, "ndim", None) == 0 and hasattr(data, "item"):  # a 0-d array or tensor: its one entry
        data = data.item()
    if isinstance(data, (bool, np.bool_)):
        raise TypeError(tr("Value holds one number (an int or a float), got {received}. Write 1.0 or 0.0 if you mean "
                           "a number.", received=_describe(data)))
    if isinstance(data, numbers.Real):
        try:
            number = float(data)
        except OverflowError:
            number = math.inf
        if not math.isfinite(number):
            raise ValueError(tr("Value needs a finite number, got {received}. A missing value (NaN) or an infinite one "
                                "has no gradient: remove or fill it first (e.g. df.dropna()).",
                                received=_short(data)))
        return number
    hint = "."
    if _is_value_like(data):
        hint = tr(". It is already a Value: use it directly in your formula, or v.data for its number.")
    elif isinstance(data, str):
        hint = tr(". Convert the text first: float({text}).", text=repr(data))
    elif hasattr(data, "shape") and int(np.prod(data.shape)) == 1:
        hint = tr(". It holds one number: pass the number itself, x.item().")
    elif hasattr(data, "shape") or isinstance(data, (list, tuple)):
        hint = tr(". Make one Value per number, e.g. [Value(v) for v in x].")
    elif isinstance(data, numbers.Complex):
        hint = tr(": a Value holds a real number, not a complex one.")
    raise TypeError(tr("Value holds one number (an int or a float), got {received}{hint}", received=_describe(data),
                       hint=hint))


def _children(children: Any) -> tuple[Any, ...]:
    if type(children) is tuple and all(isinstance(child, Value) for child in children):  # the usual case, fast
        return children
    if _is_value_like(children) or not isinstance(children, (tuple, list, set, frozenset)):
        raise TypeError(tr("children must be a tuple of the Values this one was computed from, e.g. (v,) with the "
                           "comma; got {received}, which is not iterable as a tuple of Values.",
                           received=_describe(children)))
    for i, child in enumerate(children):
        if not isinstance(child, Value) and not _is_value_like(child):
            raise TypeError(tr("children must hold Values (with data, grad and _prev), got {received} at position "
                               "{i}. Wrap a plain number first: Value(x).", received=_describe(child), i=i))
    return tuple(children)


def _name(v: Any) -> str:
    """How a value is called in a message: its label, else the operation that made it, else its number."""
    if getattr(v, "label", ""):
        return f"'{v.label}'"
    if getattr(v, "_op", ""):
        return tr("the result of '{op}' (data={data})", op=v._op, data=f"{v.data:.6g}")
    return tr("the input Value(data={data})", data=f"{v.data:.6g}")


def _topological_order(root: Any) -> list[Any]:
    """Every value ``root`` depends on, each after the values it was computed from (depth-first, no recursion).

    An explicit stack replaces the recursive walk, so that a graph as deep as a loss summed over thousands of
    patients does not hit Python's recursion limit (about 1000 nested calls). The order is the recursive one.
    """
    order: list[Any] = []
    seen: set[int] = set()  # by id(): a value of another engine need not be hashable
    stack: list[tuple[Any, bool]] = [(root, False)]
    push, pop = stack.append, stack.pop
    while stack:
        v, children_done = pop()
        if children_done:
            order.append(v)
        elif id(v) not in seen:
            seen.add(id(v))
            push((v, True))
            for child in reversed(tuple(v._prev)):
                if id(child) not in seen:
                    push((child, False))
    return order


def _nothing() -> None:
    """The backward rule of an input: nothing to pass on."""


class Value:
    """A number that remembers how it was computed, so that backpropagation can find its gradient.

    Args:
        data: the forward value: one finite real number (int or float; not NaN, not infinite).
        children: the Values it was computed from, a tuple such as ``(a, b)`` or ``(v,)``.
        op: a short name of the operation that made it, shown by :func:`draw_graph`.
        label: a name shown by :func:`draw_graph` and in messages.

    Attributes:
        data: the forward value (float).
        grad: d(output)/d(this value), filled by :meth:`backward` (float).
        label: a name shown by :func:`draw_graph`.

    Operations: ``+ - * /`` with Values or plain numbers, ``v ** k`` for a plain number k, ``v.exp()``,
    ``v.log()``, ``v.sigmoid()``, ``v.tanh()``, ``v.relu()``. Each result must be a real, finite number, or the
    operation says why not (for example ``Value(1000).exp()`` is too large for a computer number). NumPy arrays
    of numbers combine with a Value element by element (an array of Values).

    Gradients are **reset**, not accumulated: each :meth:`backward` starts every gradient of the graph from 0,
    exactly as the engine built in notebook 05. PyTorch instead **adds** each ``loss.backward()`` to the ``.grad``
    already there, which is why a PyTorch training loop calls ``optimizer.zero_grad()`` before each backward pass.
    Here no reset is needed; to get the gradient of two losses together, add them first and call ``backward()``
    once on the sum.
    """

    def __init__(self, data: float, children: Sequence[Value] = (), op: str = "", label: str = "") -> None:
        self.data = _number(data)
        self._prev = _children(children)
        for name, text in (("op", op), ("label", label)):
            if not isinstance(text, str):
                raise TypeError(tr("{name} must be text (a str), got {received}.", name=name,
                                   received=_describe(text)))
        self.grad = 0.0
        self._backward: Callable[[], None] = _nothing
        self._op = op
        self.label = label

    @classmethod
    def _result(cls, data: float, children: tuple[Any, ...], op: str) -> Value:
        """The output of an operation: ``data`` is already a finite float and ``children`` Values (no checks)."""
        out = cls.__new__(cls)
        out.data, out.grad, out._prev, out._op, out.label = data, 0.0, children, op, ""
        out._backward = _nothing
        return out

    def __repr__(self) -> str:
        name = f"{self.label} " if self.label else ""
        return f"Value({name}data={self.data:.6g}, grad={self.grad:.6g})"

    def _wrap(self, other: Any, symbol: str, reflected: bool = False) -> Value:
        """``other`` as a Value (a plain number is wrapped), or the error of ``Value(other)`` with the formula."""
        if isinstance(other, Value):
            return other
        try:
            return Value(other)
        except (TypeError, ValueError) as err:
            formula = f"{_describe(other)} {symbol} {self.data:g}" if reflected else \
                f"{self.data:g} {symbol} {_describe(other)}"
            raise type(err)(tr("cannot compute {formula}: {error}", formula=formula, error=err)) from None

    @staticmethod
    def _finite(data: float, a: Any, symbol: str = "", b: Any = None) -> float:
        """``data``, the result of ``a symbol b`` (or of the formula ``a``, a text), if it is a finite number."""
        if not math.isfinite(data):
            formula = a if isinstance(a, str) else f"{a.data:g} {symbol} {b.data:g}"
            raise OverflowError(tr("{formula} is too large for a computer number (the largest is about 1.8e308). Use "
                                   "smaller numbers, e.g. standardise the inputs or lower the learning rate.",
                                   formula=formula))
        return data

    def __add__(self, other: Any) -> Value:
        if isinstance(other, np.ndarray) and other.ndim > 0:
            return NotImplemented  # NumPy then applies the operation entry by entry: an array of Values
        other = self._wrap(other, "+")
        out = Value._result(self._finite(self.data + other.data, self, "+", other), (self, other), "+")

        def _backward() -> None:
            self.grad += out.grad
            other.grad += out.grad

        out._backward = _backward
        return out

    def __mul__(self, other: Any) -> Value:
        if isinstance(other, np.ndarray) and other.ndim > 0:
            return NotImplemented  # NumPy then applies the operation entry by entry: an array of Values
        other = self._wrap(other, "×")
        out = Value._result(self._finite(self.data * other.data, self, "×", other), (self, other), "×")

        def _backward() -> None:
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out

    def __pow__(self, k: float) -> Value:
        k = self._exponent(k)
        formula = f"({self.data:g}) ** {k:g}"
        if self.data < 0 and not float(k).is_integer():
            raise ValueError(tr("{formula} is not a real number: a fractional power of a negative number (such as the "
                                "square root of -8) does not exist among real numbers. Use an integer power, or make "
                                "sure the base is positive.", formula=formula))
        if self.data == 0 and k < 0:
            raise ZeroDivisionError(tr("{formula} divides by zero (0 to a negative power is 1 / 0 ** {power}). Keep "
                                       "the base away from 0.", formula=formula, power=f"{-k:g}"))
        try:
            data = self.data**k
        except OverflowError:
            data = math.inf
        out = Value._result(self._finite(data, formula), (self,), f"^{k:g}")

        def _backward() -> None:
            if k == 0:  # x ** 0 = 1 does not change with x
                return
            if self.data == 0 and k < 1:
                raise ValueError(tr("the slope of x ** {k} at x = 0 is infinite (a vertical tangent), so backward() "
                                    "has no finite gradient to pass on. Keep x away from 0 (e.g. add 1e-8).",
                                    k=f"{k:g}"))
            try:
                local = k * self.data ** (k - 1)
            except OverflowError:  # e.g. the slope of x ** -1 at x = 1e-300: reported by backward()
                local = math.inf
            self.grad += local * out.grad

        out._backward = _backward
        return out

    @staticmethod
    def _exponent(k: Any) -> float:
        if _is_value_like(k) or isinstance(k, (bool, np.bool_)) or not isinstance(k, numbers.Real):
            raise TypeError(tr("Value ** k needs a plain number k (an int or a float), got {received}. This engine "
                               "differentiates a Value to a fixed power only; for a power that is itself a Value, "
                               "write it with exp and log: (k * x.log()).exp().", received=_describe(k)))
        try:
            finite = math.isfinite(float(k))
        except OverflowError:
            finite = False
        if not finite:
            raise ValueError(tr("Value ** k needs a finite power k, got {received}.", received=_short(k)))
        return k

    def __rpow__(self, base: Any) -> Value:
        shown = f"{base:g}" if isinstance(base, numbers.Real) else "base"
        raise TypeError(tr("a number to the power of a Value ({shown} ** v) is not supported, got {received} as the "
                           "base: this engine only raises a Value to a plain power (v ** 2). Write it with exp: "
                           "(v * math.log({shown})).exp(), for a base > 0.", shown=shown, received=_describe(base)))

    def exp(self) -> Value:
        if self.data > MAX_EXP_INPUT:
            raise OverflowError(tr("exp({x}) is too large for a computer number: exp overflows for inputs above about "
                                   "{limit} (the result would exceed 1.8e308). Use a smaller input, e.g. standardise "
                                   "the data so that the weighted sums stay small.", x=f"{self.data:g}",
                                   limit=fmt_number(MAX_EXP_INPUT, ".2f")))
        out = Value._result(math.exp(self.data), (self,), "exp")

        def _backward() -> None:
            self.grad += out.data * out.grad

        out._backward = _backward
        return out

    def log(self) -> Value:
        if self.data <= 0:
            raise ValueError(tr("log needs a number > 0, got {x}: the logarithm of 0 is minus infinity and that of a "
                                "negative number does not exist. Keep the input positive (e.g. clip a probability to "
                                "at least 1e-12).", x=fmt_number(self.data, "g")))
        out = Value._result(math.log(self.data), (self,), "log")

        def _backward() -> None:
            self.grad += out.grad / self.data

        out._backward = _backward
        return out

    def sigmoid(self) -> Value:
        x = self.data  # two formulas that never overflow, as activations.sigmoid
        s = 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))
        out = Value._result(s, (self,), "σ")

        def _backward() -> None:
            self.grad += s * (1 - s) * out.grad

        out._backward = _backward
        return out

    def tanh(self) -> Value:
        t = math.tanh(self.data)
        out = Value._result(t, (self,), "tanh")

        def _backward() -> None:
            self.grad += (1 - t**2) * out.grad

        out._backward = _backward
        return out

    def relu(self) -> Value:
        out = Value._result(max(self.data, 0.0), (self,), "ReLU")

        def _backward() -> None:
            self.grad += (self.data > 0) * out.grad

        out._backward = _backward
        return out

    def __neg__(self) -> Value:
        return self * -1

    def __sub__(self, other: Any) -> Value:
        if isinstance(other, np.ndarray) and other.ndim > 0:
            return NotImplemented  # NumPy then applies the operation entry by entry: an array of Values
        other = self._wrap(other, "−")
        out = Value._result(self._finite(self.data - other.data, self, "−", other), (self, other), "−")

        def _backward() -> None:
            self.grad += out.grad
            other.grad += -out.grad

        out._backward = _backward
        return out

    def __truediv__(self, other: Any) -> Value:
        if isinstance(other, np.ndarray) and other.ndim > 0:
            return NotImplemented  # NumPy then applies the operation entry by entry: an array of Values
        other = self._wrap(other, "/")
        if other.data == 0:
            raise ZeroDivisionError(tr("division by zero: {x} / 0. The denominator must not be 0; check where it comes "
                                       "from (e.g. a count or a standard deviation of 0).", x=f"{self.data:g}"))
        out = Value._result(self._finite(self.data / other.data, self, "/", other), (self, other), "÷")

        def _backward() -> None:
            self.grad += out.grad / other.data
            other.grad += -out.data / other.data * out.grad  # -a / b² written so that b² cannot underflow to 0

        out._backward = _backward
        return out

    def __radd__(self, other: Any) -> Value:
        return self + self._wrap(other, "+", reflected=True)  # same graph as v + 1

    def __rmul__(self, other: Any) -> Value:
        return self * self._wrap(other, "×", reflected=True)

    def __rsub__(self, other: Any) -> Value:
        return self._wrap(other, "−", reflected=True) - self

    def __rtruediv__(self, other: Any) -> Value:
        return self._wrap(other, "/", reflected=True) / self

    def _compare(self, other: Any, symbol: str) -> bool:
        raise TypeError(tr("'{symbol}' is not supported between a Value and {received}: a Value is a node of the "
                           "graph, not a number. Compare the numbers they hold, e.g. v.data {symbol} 0.",
                           symbol=symbol, received=_describe(other)))

    def __lt__(self, other: Any) -> bool:
        return self._compare(other, "<")

    def __le__(self, other: Any) -> bool:
        return self._compare(other, "<=")

    def __gt__(self, other: Any) -> bool:
        return self._compare(other, ">")

    def __ge__(self, other: Any) -> bool:
        return self._compare(other, ">=")

    def backward(self) -> None:
        """Fill ``grad`` of every value this one depends on: topological order, then local rules in reverse.

        Every gradient of the graph is first reset to 0 (unlike PyTorch, which adds to the previous ones; see the
        class docstring), then ``self.grad = 1`` and each operation passes its gradient on to its inputs. Works on
        graphs of any depth (an explicit stack, no recursion). A gradient too large for a computer number stops
        with a message that names the value (its label, or the operation that made it).
        """
        order = _topological_order(self)
        for v in order:
            v.grad = 0.0
        self.grad = 1.0
        for v in reversed(order):
            v._backward()
        for v in reversed(order):  # from the output back: the first value whose gradient overflowed
            if isinstance(v.grad, float) and not math.isfinite(v.grad):
                raise OverflowError(tr(
                    "backward() gave {name} a gradient of {grad}: it is too large for a computer number. Use smaller "
                    "numbers (e.g. standardise the inputs), or keep divisions and powers away from 0.",
                    name=_name(v), grad=v.grad))


# --------------------------------------------------------------------------------------------------
# Drawing a computational graph
# --------------------------------------------------------------------------------------------------


def _graph(root: Any) -> tuple[list[Any], list[tuple[Any, Any]]]:
    nodes = _topological_order(root)  # no recursion: a deep graph gets the "readable up to 60" message
    edges = [(child, v) for v in nodes for child in v._prev]
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
    from ..plotting import SERIES_COLORS

    spec = f".{digits}g"  # numbers in the course's language (a decimal comma in French)
    boxes: dict[int, Any] = {}
    circles: dict[int, Any] = {}
    for v in nodes:
        x, y = level[id(v)] * xstep, ypos[id(v)]
        name = getattr(v, "label", "") or ""
        text = (f"{name}\n" if name else "") + fmt_number(v.data, spec)
        boxes[id(v)] = ax.text(x, y, text, ha="center", va="center", fontsize=9.5,
                               bbox={"boxstyle": "round,pad=0.3", "facecolor": "#F2F2F2", "edgecolor": "#555555"})
        if show_grad:  # just under the box, whatever the scale of the figure
            ax.annotate(f"grad {fmt_number(v.grad, spec)}", xy=(x, y), xytext=(0, -(6.5 * text.count("\n") + 17)),
                        textcoords="offset points", ha="center", va="center", fontsize=8.5,
                        color=SERIES_COLORS[0], fontweight="bold")
        if v._prev:
            circles[id(v)] = ax.text(x - xstep / 2, y, v._op, ha="center", va="center", fontsize=10,
                                     bbox={"boxstyle": "circle,pad=0.25", "facecolor": "white",
                                           "edgecolor": "#555555"})
    return boxes, circles


def draw_graph(root: Any, ax: Any = None, show_grad: bool = True, title: str | None = None,
               digits: int = 3) -> Any:
    """Draw the computational graph that produced ``root``: inputs on the left, the output on the right.

    Each box shows a value's name, its forward value (black) and, if ``show_grad``, its gradient
    d(root)/d(value) (bold, first series colour); each circle is the operation that produced the box to its right.

    Args:
        root: a value from a micrograd-style engine: an object with ``data``, ``grad``, ``_prev`` (the
            inputs it was computed from), ``_op`` (a short operation name) and optionally ``label``.
        ax: matplotlib axes to draw on (a new figure if ``None``).
        show_grad: also print the gradients (call ``root.backward()`` first).
        title: the figure's title (default: "Computational graph", in the course's language).
        digits: significant digits of the printed numbers (1-8).

    Returns:
        The axes.
    """
    from ..plotting import _new_axes
    from ..validation import check_int

    for attr in ("data", "grad", "_prev", "_op"):
        if not hasattr(root, attr):
            raise TypeError(tr("root must be a Value from the autograd engine (with data, grad, _prev and _op), got "
                               "{kind} without '{attr}'.", kind=type(root).__name__, attr=attr))
    digits = check_int(digits, "digits", minimum=1, maximum=8)
    nodes, edges = _graph(root)
    if len(nodes) > 60:
        raise ValueError(tr("this graph has {n} values; draw_graph is readable up to about 60. Draw a smaller "
                            "expression (e.g. one neuron).", n=len(nodes)))
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
    ax.set_title(tr("Computational graph") if title is None else title)
    return ax
