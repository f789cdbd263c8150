"""The kernel-side half of ``benchmarks/run_benchmarks.py``: how fast each widget control redraws its figure.

The benchmark runs a notebook top to bottom in a fresh kernel, then sends that kernel one line::

    from course_utils.instructor.benchmarking import report; report(50)

:func:`report` drives every control of every :class:`~course_utils.widgets.LiveFigure` alive in the kernel
(its own and any added under it) through values a student can reach (slider positions on the step grid,
dropdown options, both states of a checkbox), as a student dragging back and forth would, and prints one line
``COURSE_BENCH {json}`` that the benchmark parses. The latency of one change is the wall time of
``control.value = new`` in the kernel: every observer it triggers, so every redraw of the figure (the budget:
median 50 ms, p95 100 ms per control).

Every function also works outside a kernel (the unit tests build a small LiveFigure and call them directly).
"""

from __future__ import annotations

import itertools
import json
import math
import statistics
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from course_utils import widgets

PREFIX = "COURSE_BENCH "


# ---------------------------------------------------------------- values a student can reach
def reachable_values(control: Any, n: int) -> list[Any]:
    """At most ``n`` distinct values a student can give ``control`` with the mouse, in order across its range.

    Sliders: positions on the step grid from ``min`` to ``max`` (both ends included), evenly spread when the
    grid has more than ``n`` positions. Dropdowns, toggle buttons, selection sliders: their option values.
    Checkboxes: ``[False, True]``. Controls without a finite set of positions (text boxes, range sliders):
    an empty list.

    Args:
        control: an ipywidgets control with a ``value``.
        n: the largest number of values wanted (at least 2).
    """
    if n < 2:
        raise ValueError(f"n must be at least 2 to make a change, got {n}.")
    value = getattr(control, "value", None)
    if isinstance(value, tuple):  # range sliders: two handles, not measured
        return []
    if isinstance(value, bool):
        return [False, True]
    options = _option_values(control)
    if options is not None:
        return _spread(options, n)
    if hasattr(control, "min") and hasattr(control, "max") and isinstance(value, (int, float)):
        return _slider_values(control.min, control.max, getattr(control, "step", None), n,
                              integer=isinstance(value, int))
    return []


def _option_values(control: Any) -> list[Any] | None:
    """The values behind a selection control's options (``(label, value)`` pairs give the value), else None."""
    values = getattr(control, "_options_values", None)  # ipywidgets 7 and 8 keep them, whatever the options' form
    if values is not None:
        return list(values)
    options = getattr(control, "options", None)
    if options is None:
        return None
    if isinstance(options, Mapping):
        return list(options.values())
    return [o[1] if isinstance(o, tuple) and len(o) == 2 else o for o in options]


def _slider_values(low: float, high: float, step: float | None, n: int, integer: bool = False) -> list[Any]:
    """Up to ``n`` slider positions from ``low`` to ``high``: on the ``step`` grid, ``high`` always included."""
    if not high > low:
        return [low]
    if not step or step <= 0:  # no grid: any position, spread evenly
        values = [low + (high - low) * k / (n - 1) for k in range(n)]
        return [int(round(v)) for v in values] if integer else values
    last = int(math.floor((high - low) / step + 1e-9))  # grid positions: low + k * step, k = 0 .. last
    indices = _spread(range(last + 1), n)
    values = [low + k * step for k in indices]
    values = [int(v) for v in values] if integer else [float(f"{v:.12g}") for v in values]
    if values[-1] < high:  # max off the grid: the slider's end still reaches it
        values = values + [high] if len(values) < n else values[:-1] + [high]
    return values


def _spread(values: Sequence[Any], n: int) -> list[Any]:
    """``values`` if there are at most ``n``, else ``n`` of them evenly spaced, the first and last included."""
    if len(values) <= n:
        return list(values)
    return [values[round(k * (len(values) - 1) / (n - 1))] for k in range(n)]


def _same(a: Any, b: Any) -> bool:
    """``a == b`` that never raises (option values may be arrays or other odd objects)."""
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001 - ambiguous comparison: only identity counts
        return a is b


def sweep(values: Sequence[Any], start: Any, n: int) -> list[Any]:
    """``n`` successive new values: up and down ``values`` (a student dragging back and forth), from ``start``.

    Each item differs from the one before it (the first from ``start``), so every item is a real change.
    Empty when ``values`` holds fewer than two distinct values.
    """
    values = list(values)
    if not any(not _same(v, values[0]) for v in values[1:]):
        return []
    changes: list[Any] = []
    previous = start
    for value in itertools.cycle(values + values[-2:0:-1]):
        if len(changes) >= n:
            break
        if not _same(value, previous):
            changes.append(value)
            previous = value
    return changes


# ---------------------------------------------------------------- timing
def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100), linear between the closest ranks (NumPy's default); NaN if empty."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def time_change(live: widgets.LiveFigure, control: Any, value: Any) -> tuple[float, float, int]:
    """Set ``control.value = value`` as the browser would and return (wall ms, kernel CPU ms, redraws)."""
    before = live.n_updates
    wall, cpu = time.perf_counter(), time.process_time()
    control.value = value
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return wall * 1000, cpu * 1000, live.n_updates - before


def controls_of(live: widgets.LiveFigure) -> dict[str, Any]:
    """Every control a student sees on ``live``: its own (by argument name), then any added under it with
    ``add_control`` (``extra_controls``, named by their description, else ``extra <k>``)."""
    controls = dict(live.controls)
    for k, control in enumerate(live.extra_controls, start=1):
        name = str(getattr(control, "description", "") or "").strip() or f"extra {k}"
        controls[name if name not in controls else f"{name} ({k})"] = control
    return controls


def measure_control(live: widgets.LiveFigure, name: str, n: int) -> dict[str, Any]:
    """Latency of control ``name`` (a key of :func:`controls_of`) over ``n`` changes to values a student can reach.

    Changes that do not redraw the figure are not counted. The control is put back to its first value.

    Returns:
        ``{"control", "n", "median_ms", "p95_ms", "max_ms", "cpu_median_ms", "max_redraws"}`` (``max_redraws``:
        the most redraws one change caused), or ``{"control", "error"}`` when it cannot be measured.
    """
    control = controls_of(live)[name]
    start = control.value
    changes = sweep(reachable_values(control, n), start, n)
    if not changes:
        return {"control": name, "error": f"cannot step {name!r} ({type(control).__name__})"}
    wall: list[float] = []
    cpu: list[float] = []
    redraws: list[int] = []
    try:
        for value in changes:
            w, c, r = time_change(live, control, value)
            if r > 0:
                wall.append(w)
                cpu.append(c)
                redraws.append(r)
        control.value = start
    except Exception as exc:  # noqa: BLE001 - a value a student can reach breaks the figure: report it
        return {"control": name, "error": f"{name}={value!r} raised {type(exc).__name__}: {exc}"[:300]}
    if not wall:
        return {"control": name, "error": f"changing {name!r} did not redraw the figure"}
    return {"control": name, "n": len(wall), "median_ms": statistics.median(wall), "p95_ms": percentile(wall, 95),
            "max_ms": max(wall), "cpu_median_ms": statistics.median(cpu), "max_redraws": max(redraws)}


# ---------------------------------------------------------------- every figure of the notebook
def kernel_namespace() -> dict[str, Any]:
    """The notebook's global names: IPython's user namespace in a kernel, else ``__main__``'s globals."""
    try:
        from IPython import get_ipython

        shell = get_ipython()
    except ImportError:
        shell = None
    if shell is not None:
        return shell.user_ns
    return vars(sys.modules["__main__"])


def live_figures(namespace: Mapping[str, Any] | None = None) -> list[widgets.LiveFigure]:
    """Every LiveFigure alive: those ``course_utils.widgets`` registered (in order of creation), then any
    other LiveFigure bound to a global name in ``namespace`` (default: :func:`kernel_namespace`)."""
    namespace = kernel_namespace() if namespace is None else namespace
    found = widgets.live_figures()
    found += [v for v in namespace.values() if isinstance(v, widgets.LiveFigure)]
    unique: dict[int, widgets.LiveFigure] = {}
    for live in found:
        unique.setdefault(id(live), live)
    return list(unique.values())


def figure_labels(figures: Sequence[widgets.LiveFigure], namespace: Mapping[str, Any] | None = None) -> list[str]:
    """A name for each figure: the first public global name bound to it, else ``LiveFigure <k>`` (from 1)."""
    namespace = kernel_namespace() if namespace is None else namespace
    names: dict[int, str] = {}
    for key, value in namespace.items():
        if isinstance(value, widgets.LiveFigure) and not key.startswith("_"):
            names.setdefault(id(value), key)
    return [names.get(id(live), f"LiveFigure {k}") for k, live in enumerate(figures, start=1)]


def measure_all(n: int, figures: Iterable[widgets.LiveFigure] | None = None,
                namespace: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Latency of every control (:func:`controls_of`) of every figure (default: :func:`live_figures`), ``n`` each.

    Returns:
        ``{"controls": [{"figure", "main", "control", ...measure_control's keys}, ...]}``, or ``{"error"}``
        when there is no LiveFigure.
    """
    namespace = kernel_namespace() if namespace is None else namespace
    figures = live_figures(namespace) if figures is None else list(figures)
    if not figures:
        return {"error": "no LiveFigure in the notebook"}
    results = []
    for label, live in zip(figure_labels(figures, namespace), figures):
        for name in controls_of(live):
            results.append({"figure": label, "main": bool(live.main), **measure_control(live, name, n)})
    return {"controls": results}


def report(n: int = 50) -> None:
    """Print ``COURSE_BENCH {json}``: :func:`measure_all` as one line for the benchmark to parse."""
    print(PREFIX + json.dumps(measure_all(n)), flush=True)


def parse_report(text: str) -> dict[str, Any] | None:
    """The result :func:`report` printed somewhere in ``text`` (a cell's output), or None."""
    for line in text.splitlines():
        if line.startswith(PREFIX):
            return json.loads(line[len(PREFIX):])
    return None
