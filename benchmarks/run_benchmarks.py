"""Measure the course's budgets (CONTRIBUTING.md, "Budgets") and write benchmarks/RESULTS.md.

Usage (from the repository root)::

    .venv/bin/python benchmarks/run_benchmarks.py                     # every notebook, 3 runs each
    .venv/bin/python benchmarks/run_benchmarks.py --repeat 1 --output /tmp/r.md notebooks/03_perceptron.ipynb
    .venv/bin/python benchmarks/run_benchmarks.py --from-raw benchmarks/raw/<stamp>.json   # re-render only

Budgets are stated against a floor measured in the same run: a fresh kernel starting and importing torch,
scikit-learn, matplotlib.pyplot, pandas and ipywidgets (``--repeat`` times, median). For each notebook,
``--repeat`` times, in a fresh kernel (nbclient, like nbval):
- the kernel's start-up time, and the wall time of all cells top to bottom, and the kernel's CPU time;
  the notebook's time with its kernel start, divided by the floor, is its multiple of the floor (budget 5x);
- peak memory of the kernel process (VmHWM from /proc on Linux, else psutil polling);
- then, in the same kernel, the latency of EVERY control of every ``LiveFigure``: the kernel runs
  ``course_utils.instructor.benchmarking.report`` (one line sent after the notebook's cells), which drives
  each control ``--widget-changes`` times through values a student can reach (slider steps, options) and
  times each change to the redrawn figure; median and 95th percentile per control (budget 50 / 100 ms).
Plus the time of ``import course_utils`` in fresh interpreters. Medians over the runs are reported (peak
memory: the largest run). Timings on a shared machine are noisy: compare CPU time too, and never assert on
timings in unit tests. Raw numbers also go to benchmarks/raw/ (git-ignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
RAW_DIR = ROOT / "benchmarks" / "raw"
#: The classroom load benchmark's section (written by benchmarks/classroom_load.py), appended to RESULTS.md.
CLASSROOM = ROOT / "benchmarks" / "CLASSROOM.md"

# Budgets from CONTRIBUTING.md
BUDGETS = {
    "notebook_x": 5.0,         # one notebook top to bottom in a fresh kernel, as a multiple of the floor
    "notebook_s": 60.0,        # ... and never over 60 s, even on a loaded machine
    "suite_s": 300.0,          # whole notebook suite with 2 workers (estimated as sum / 2)
    "peak_mb": 1024.0,         # kernel peak memory
    "import_s": 0.5,           # import course_utils
    "widget_ms": 50.0,         # every widget control: median of its updates
    "widget_p95_ms": 100.0,    # every widget control: 95th percentile of its updates
}
WORKERS = 2
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
NAN = float("nan")
FLOOR_MODULES = ("torch", "sklearn", "matplotlib.pyplot", "pandas", "ipywidgets")
FLOOR_CODE = "import " + ", ".join(FLOOR_MODULES)
BENCH_CALL = "from course_utils.instructor.benchmarking import report; report({changes})"


@dataclass
class NotebookRun:
    """One run of one notebook in a fresh kernel (``widget_*``: the slowest control of the notebook)."""

    notebook: str
    wall_s: float = NAN
    cpu_s: float = NAN
    peak_mb: float = NAN
    widget_median_ms: float = NAN  # the largest median among the controls
    widget_cpu_ms: float = NAN     # that control's median CPU time per change
    widget_n: int = 0              # changes measured, all controls together
    widget_control: str = ""       # that control, as ``figure.control``
    error: str = ""
    kernel_start_s: float = NAN
    widget_p95_ms: float = NAN     # the largest 95th percentile among the controls
    controls: list[dict[str, Any]] = field(default_factory=list)  # one dict per control, from the kernel


@dataclass
class ControlSummary:
    """One widget control over the runs of its notebook: medians of each run's figures."""

    figure: str
    control: str
    main: bool
    runs: int
    n: int
    median_ms: float
    p95_ms: float
    cpu_median_ms: float
    max_redraws: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class NotebookSummary:
    """Medians over the runs of one notebook (peak memory: the largest run)."""

    notebook: str
    runs: int
    wall_s: float
    cpu_s: float
    peak_mb: float
    widget_median_ms: float
    widget_cpu_ms: float = NAN
    widget_control: str = ""
    errors: list[str] = field(default_factory=list)
    total_s: float = NAN           # kernel start-up + all cells: what is compared with the floor
    widget_p95_ms: float = NAN
    controls: list[ControlSummary] = field(default_factory=list)


# ---------------------------------------------------------------- process measurements
def read_peak_rss_mb(pid: int) -> float:
    """Peak resident memory (VmHWM) of a live process in MB, from /proc; NaN where /proc is missing."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except (OSError, ValueError, IndexError):
        pass
    return float("nan")


def read_cpu_s(pid: int) -> float:
    """User + system CPU seconds of a live process (psutil if installed, else /proc/<pid>/stat)."""
    try:
        import psutil

        times = psutil.Process(pid).cpu_times()
        return float(times.user + times.system)
    except ImportError:
        pass
    except Exception:  # noqa: BLE001 - process gone
        return float("nan")
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return float("nan")


class RssPoller:
    """Fallback peak-memory meter: polls a process's RSS with psutil (used where /proc has no VmHWM)."""

    def __init__(self, pid: int, interval_s: float = 0.1) -> None:
        self.pid, self.interval_s, self.peak_mb = pid, interval_s, float("nan")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            import psutil

            proc = psutil.Process(self.pid)
        except Exception:  # noqa: BLE001 - psutil missing or process gone
            return
        peak = 0.0
        while not self._stop.is_set():
            try:
                peak = max(peak, proc.memory_info().rss / 2**20)
            except Exception:  # noqa: BLE001
                break
            self.peak_mb = peak
            self._stop.wait(self.interval_s)

    def __enter__(self) -> RssPoller:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=2)


# ---------------------------------------------------------------- one notebook
def _client(nb: Any, path: Path, timeout_s: int, kernel_name: str) -> Any:
    from nbclient import NotebookClient

    return NotebookClient(nb, timeout=timeout_s, kernel_name=kernel_name, allow_errors=False,
                          resources={"metadata": {"path": str(path)}})


def run_notebook(path: Path, widget_changes: int = 50, timeout_s: int = 600,
                 kernel_name: str = "python3") -> NotebookRun:
    """Execute ``path`` top to bottom in a fresh kernel and measure it (see the module docstring)."""
    import nbformat

    result = NotebookRun(notebook=path.name)
    nb = nbformat.read(path, as_version=4)
    client = _client(nb, path.parent, timeout_s, kernel_name)
    start = time.perf_counter()
    with client.setup_kernel():
        result.kernel_start_s = time.perf_counter() - start
        _run_cells(client, nb, result)
        if not result.error and widget_changes > 0:
            apply_widget_results(result, _widget_latency(client, widget_changes))
    return result


def _run_cells(client: Any, nb: Any, result: NotebookRun) -> None:
    """Run every cell of ``nb`` in ``client``'s kernel; store wall and CPU time, peak memory, first error."""
    from nbclient.exceptions import CellExecutionError

    pid = int(client.km.provisioner.pid)
    with RssPoller(pid) as poller:
        start = time.perf_counter()
        try:
            for index, cell in enumerate(nb.cells):
                client.execute_cell(cell, index)
        except CellExecutionError as exc:
            last = ANSI.sub("", str(exc)).strip().splitlines()[-1]
            result.error = f"cell {index} failed: {last[:300]}"
        result.wall_s = time.perf_counter() - start
        result.cpu_s = read_cpu_s(pid)
        peak = read_peak_rss_mb(pid)
        result.peak_mb = peak if peak == peak else poller.peak_mb


def _widget_latency(client: Any, changes: int) -> dict[str, Any]:
    """Ask the kernel to measure every control (:func:`course_utils.instructor.benchmarking.report`)."""
    import nbformat

    from course_utils.instructor.benchmarking import parse_report

    cell = nbformat.v4.new_code_cell(BENCH_CALL.format(changes=int(changes)))
    client.nb.cells.append(cell)
    try:
        client.execute_cell(cell, len(client.nb.cells) - 1)
    except Exception as exc:  # noqa: BLE001 - report, do not crash the whole benchmark
        return {"error": f"benchmark cell failed: {ANSI.sub('', str(exc)).strip().splitlines()[-1][:200]}"}
    text = "".join(out.get("text", "") for out in cell.outputs if out.get("output_type") == "stream")
    result = parse_report(text)
    return result if result is not None else {"error": "the benchmark cell printed no result"}


def apply_widget_results(run: NotebookRun, bench: dict[str, Any]) -> None:
    """Store the kernel's per-control results in ``run``: every control, the slowest median, the largest p95.

    A control that could not be measured (or raised for a value a student can reach) becomes an error."""
    if "error" in bench:
        run.error = f"widget: {bench['error']}"
        return
    run.controls = list(bench.get("controls", []))
    measured = [c for c in run.controls if "error" not in c]
    errors = [f"widget {c.get('figure', '?')}.{c['control']}: {c['error']}" for c in run.controls if "error" in c]
    if not measured:
        errors.append("widget: no control could be measured")
    run.error = "; ".join(errors)
    if measured:
        slowest = max(measured, key=lambda c: c["median_ms"])
        run.widget_median_ms = float(slowest["median_ms"])
        run.widget_cpu_ms = float(slowest["cpu_median_ms"])
        run.widget_control = f"{slowest['figure']}.{slowest['control']}"
        run.widget_p95_ms = max(float(c["p95_ms"]) for c in measured)
        run.widget_n = sum(int(c["n"]) for c in measured)


# ---------------------------------------------------------------- the floor
def measure_floor_s(repeat: int = 3, timeout_s: int = 600, kernel_name: str = "python3",
                    code: str = FLOOR_CODE, warmup: int = 1) -> list[float]:
    """Seconds for a fresh kernel to start and run ``code`` (by default the imports of :data:`FLOOR_MODULES`),
    ``repeat`` times, timed like a notebook (kernel start-up + the cell); NaN for a run whose cell failed.

    The first ``warmup`` runs are not kept: the first kernel after a pause reads torch & co. from disk, while
    the notebooks, measured after the floor, find them in the file cache."""
    return [_floor_run(code, timeout_s, kernel_name) for _ in range(warmup + repeat)][warmup:]


def _floor_run(code: str, timeout_s: int, kernel_name: str) -> float:
    import nbformat
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
    client = _client(nb, ROOT / "notebooks", timeout_s, kernel_name)
    start = time.perf_counter()
    try:
        with client.setup_kernel():
            client.execute_cell(nb.cells[0], 0)
            return time.perf_counter() - start
    except CellExecutionError as exc:
        print(f"floor run failed: {ANSI.sub('', str(exc)).strip().splitlines()[-1][:200]}", flush=True)
        return NAN


# ---------------------------------------------------------------- summaries
def _median(values: Sequence[float]) -> float:
    finite = [v for v in values if v == v]
    return statistics.median(finite) if finite else NAN


def summarize_controls(runs: Sequence[NotebookRun]) -> list[ControlSummary]:
    """One summary per control (figure and name) over the runs, in the order the kernel reported them."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for run in runs:
        for c in run.controls:
            groups.setdefault((c.get("figure", ""), c["control"]), []).append(c)
    return [
        ControlSummary(
            figure=figure, control=name, main=any(c.get("main") for c in cs), runs=len(cs),
            n=sum(int(c.get("n", 0)) for c in cs), median_ms=_median([c.get("median_ms", NAN) for c in cs]),
            p95_ms=_median([c.get("p95_ms", NAN) for c in cs]),
            cpu_median_ms=_median([c.get("cpu_median_ms", NAN) for c in cs]),
            max_redraws=max(int(c.get("max_redraws", 0)) for c in cs),
            errors=sorted({c["error"] for c in cs if "error" in c}))
        for (figure, name), cs in groups.items()
    ]


def summarize(runs: Sequence[NotebookRun]) -> NotebookSummary:
    """Medians over runs of the same notebook (peak memory: the maximum, the conservative figure)."""
    if not runs:
        raise ValueError("summarize needs at least one run")
    peaks = [r.peak_mb for r in runs if r.peak_mb == r.peak_mb]
    return NotebookSummary(
        notebook=runs[0].notebook, runs=len(runs), wall_s=_median([r.wall_s for r in runs]),
        cpu_s=_median([r.cpu_s for r in runs]), peak_mb=max(peaks) if peaks else NAN,
        widget_median_ms=_median([r.widget_median_ms for r in runs]),
        widget_cpu_ms=_median([r.widget_cpu_ms for r in runs]),
        widget_control=next((r.widget_control for r in runs if r.widget_control), ""),
        errors=sorted({r.error for r in runs if r.error}),
        total_s=_median([r.kernel_start_s + r.wall_s for r in runs]),
        widget_p95_ms=_median([r.widget_p95_ms for r in runs]),
        controls=summarize_controls(runs),
    )


# ---------------------------------------------------------------- import time
def measure_import_s(repeat: int = 7, python: str = sys.executable) -> list[float]:
    """Seconds to ``import course_utils`` in ``repeat`` fresh interpreters."""
    code = "import time; t = time.perf_counter(); import course_utils; print(time.perf_counter() - t)"
    times = []
    for _ in range(repeat):
        out = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                             timeout=120)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


# ---------------------------------------------------------------- report
def fmt(value: float, budget: float, unit: str, digits: int = 1) -> str:
    """``value unit (≤ budget)``, bold and marked OVER when above the budget; n/a for NaN."""
    if value != value:
        return f"n/a (≤ {budget:g} {unit})"
    text = f"{value:.{digits}f} {unit} (≤ {budget:g})"
    return f"**{text} OVER**" if value > budget else text


def fmt_floor(total_s: float, floor_s: float) -> str:
    """``total s = ratio× floor (≤ 5×)``, bold and marked OVER above the budget; n/a without both figures."""
    budget = BUDGETS["notebook_x"]
    if total_s != total_s or floor_s != floor_s or floor_s <= 0:
        return f"n/a (≤ {budget:g}× floor)"
    text = f"{total_s:.1f} s = {total_s / floor_s:.1f}× floor (≤ {budget:g}×)"
    return f"**{text} OVER**" if total_s / floor_s > budget else text


def machine_description() -> str:
    cores = os.cpu_count() or 0
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 2**20:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{cores} cores{f' ({model})' if model else ''}{mem}, {platform.system()} {platform.release()}"


def load_average() -> str:
    try:
        return ", ".join(f"{v:.1f}" for v in os.getloadavg())
    except OSError:
        return "n/a"


TABLE_HEADER = ("| notebook | runs | wall time top to bottom | with kernel start, × floor | kernel CPU time "
                "| kernel peak memory | slowest control (median) | largest control p95 | notes |")
CONTROL_HEADER = ("| notebook | figure | control | changes | update (median) | update (p95) "
                  "| update CPU (median) | notes |")
METHOD = (
    "- Method: the floor is a fresh kernel starting and running `{floor_code}` (median of the runs, after one "
    "unmeasured warm-up run). Each "
    "notebook runs top to bottom in a fresh kernel (nbclient); its wall time excludes the kernel start-up, its "
    "multiple of the floor includes it (timed like the floor); CPU time is the kernel's; peak memory is the "
    "kernel process's high-water mark (VmHWM). Then every control of every LiveFigure is driven through up to "
    "{changes} values a student can reach (slider steps across the range, up and down; every option), and each "
    "change is timed from the new value to the redrawn figure (every redraw it triggers); the kernel's CPU time "
    "per change is less inflated by other load. Medians over the runs (peak memory: the largest run).")


def now() -> str:
    return dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")


def _header_lines(command: str, date: str, load: str, load_start: str | None) -> list[str]:
    loads = f"at the start {load_start}, at the end {load}" if load_start else f"at the end {load}"
    changes = re.search(r"--widget-changes[ =](\d+)", command)
    return [
        "# Benchmark of the course budgets",
        "",
        f"- Date: {date}",
        f"- Machine: {machine_description()}; load average {loads} (1, 5, 15 min)",
        f"- Command: `{command}`",
        "- Budgets: `CONTRIBUTING.md` (Budgets). Figures over budget are **bold and marked OVER**.",
        METHOD.format(floor_code=FLOOR_CODE, changes=changes.group(1) if changes else 50),
    ]


def _separator(header: str) -> str:
    """The markdown line under a table's ``header``: one ``---`` per column."""
    return "|" + "---|" * (header.count(" | ") + 1)


def _notebook_rows(summaries: Sequence[NotebookSummary], floor_s: float) -> list[str]:
    lines = ["", TABLE_HEADER, _separator(TABLE_HEADER)]
    for s in summaries:
        widget = fmt(s.widget_median_ms, BUDGETS["widget_ms"], "ms")
        if s.widget_control:
            widget += f" · `{s.widget_control}`"
        lines.append(
            f"| {s.notebook} | {s.runs} | {fmt(s.wall_s, BUDGETS['notebook_s'], 's')} "
            f"| {fmt_floor(s.total_s, floor_s)} | {s.cpu_s:.1f} s | {fmt(s.peak_mb, BUDGETS['peak_mb'], 'MB', 0)} "
            f"| {widget} | {fmt(s.widget_p95_ms, BUDGETS['widget_p95_ms'], 'ms')} "
            f"| {'; '.join(s.errors) if s.errors else ''} |")
    return lines


def _course_rows(summaries: Sequence[NotebookSummary], import_times: Sequence[float],
                 floor_times: Sequence[float]) -> list[str]:
    walls = [s.wall_s for s in summaries if s.wall_s == s.wall_s]
    suite = sum(walls) / WORKERS if walls else NAN
    cpu_suite = sum(s.cpu_s for s in summaries if s.cpu_s == s.cpu_s) / WORKERS if summaries else NAN
    floor, finite = _median(floor_times), [t for t in floor_times if t == t]
    spread = f", {min(finite):.1f}-{max(finite):.1f} s" if len(finite) > 1 else ""
    floor_text = f"{floor:.2f} s (5× = {5 * floor:.0f} s)" if floor == floor else "n/a (not measured)"
    return [
        "",
        "| whole course | figure |",
        "|---|---|",
        f"| floor: fresh kernel + `{FLOOR_CODE}` (median of {len(floor_times)}{spread}) | {floor_text} |",
        f"| notebook suite with {WORKERS} workers (sum of wall times / {WORKERS}) | "
        f"{fmt(suite, BUDGETS['suite_s'], 's')} |",
        f"| same from kernel CPU time (less sensitive to other load) | {fmt(cpu_suite, BUDGETS['suite_s'], 's')} |",
        f"| `import course_utils`, fresh interpreter (median of {len(import_times)}) | "
        f"{fmt(_median(list(import_times)), BUDGETS['import_s'], 's', 3)} |",
    ]


def _control_rows(summaries: Sequence[NotebookSummary]) -> list[str]:
    rows = []
    for s in summaries:
        for c in s.controls:
            notes = list(c.errors)
            if c.max_redraws > 1:
                notes.append(f"up to {c.max_redraws} redraws per change")
            rows.append(
                f"| {s.notebook} | {c.figure}{' (main)' if c.main else ''} | `{c.control}` | {c.n} "
                f"| {fmt(c.median_ms, BUDGETS['widget_ms'], 'ms')} | {fmt(c.p95_ms, BUDGETS['widget_p95_ms'], 'ms')} "
                f"| {'n/a' if c.cpu_median_ms != c.cpu_median_ms else f'{c.cpu_median_ms:.1f} ms'} "
                f"| {'; '.join(notes)} |")
    if not rows:
        return []
    return ["", "## Every widget control", "", CONTROL_HEADER, _separator(CONTROL_HEADER), *rows]


def render_results(summaries: Sequence[NotebookSummary], import_times: Sequence[float], command: str,
                   notes: Sequence[str] = (), date: str | None = None, load: str | None = None,
                   floor_times: Sequence[float] = (), load_start: str | None = None) -> str:
    """The markdown report: one row per notebook, the whole course, then one row per widget control;
    budgets beside each figure, over-budget marked."""
    lines = _header_lines(command, date or now(), load or load_average(), load_start)
    lines += _notebook_rows(summaries, _median(list(floor_times)))
    lines += _course_rows(summaries, import_times, floor_times)
    lines += _control_rows(summaries)
    if notes:
        lines += ["", "## Notes", ""] + [f"- {n}" for n in notes]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- command line
def discover(paths: Sequence[str]) -> list[Path]:
    """The notebooks to measure: the given paths, or every notebooks/*.ipynb."""
    if paths:
        found = [Path(p).resolve() for p in paths]
        missing = [str(p) for p in found if not p.is_file()]
        if missing:
            raise SystemExit(f"not found: {', '.join(missing)}")
        return found
    return sorted((ROOT / "notebooks").glob("[!.]*.ipynb"))


def command_line(args: Sequence[str]) -> str:
    """The command as typed, for the report (long ``--note`` texts shortened to ``...``)."""
    import shlex

    shown, skip_next = [], False
    for arg in args:
        if skip_next:
            shown.append("'...'")
            skip_next = False
        elif arg == "--note":
            shown.append(arg)
            skip_next = True
        elif arg.startswith("--note="):
            shown.append("--note='...'")
        else:
            shown.append(shlex.quote(arg))
    return " ".join([".venv/bin/python", "benchmarks/run_benchmarks.py", *shown])


def summaries_from_raw(raw: dict[str, Any]) -> list[NotebookSummary]:
    """Summaries from the raw JSON the benchmark saves (runs grouped by notebook, in their order)."""
    groups: dict[str, list[NotebookRun]] = {}
    for run in raw["runs"]:
        groups.setdefault(run["notebook"], []).append(NotebookRun(**run))
    return [summarize(runs) for runs in groups.values()]


def render_raw(raw: dict[str, Any], notes: Sequence[str] = (), command: str = "") -> str:
    """The markdown report of a raw record (what :func:`measure` returns, or a benchmarks/raw/*.json)."""
    return render_results(summaries_from_raw(raw), raw["import_s"], raw.get("command", command), notes=notes,
                          date=raw.get("date"), load=raw.get("load_end"), floor_times=raw.get("floor_s", []),
                          load_start=raw.get("load_start"))


def _print_run(run: NotebookRun, k: int, repeat: int) -> None:
    print(f"{run.notebook} run {k}/{repeat}: kernel start {run.kernel_start_s:.1f} s, wall {run.wall_s:.1f} s, "
          f"cpu {run.cpu_s:.1f} s, peak {run.peak_mb:.0f} MB, {len(run.controls)} controls: slowest "
          f"{run.widget_control or '-'} {run.widget_median_ms:.1f} ms median (cpu {run.widget_cpu_ms:.1f} ms), "
          f"largest p95 {run.widget_p95_ms:.1f} ms{' ERROR ' + run.error if run.error else ''}", flush=True)


def measure(notebooks: Sequence[Path], args: argparse.Namespace, command: str) -> dict[str, Any]:
    """Measure everything (import time, floor, each notebook ``args.repeat`` times): the raw record."""
    raw: dict[str, Any] = {"command": command, "load_start": load_average()}
    print(f"load average before: {raw['load_start']}", flush=True)
    raw["import_s"] = measure_import_s(args.import_repeat)
    print(f"import course_utils: median {_median(raw['import_s']):.3f} s", flush=True)
    raw["floor_s"] = measure_floor_s(args.repeat, timeout_s=args.timeout)
    print(f"floor (fresh kernel + {FLOOR_CODE}): median {_median(raw['floor_s']):.2f} s", flush=True)
    raw["runs"] = []
    for path in notebooks:
        for k in range(args.repeat):
            run = run_notebook(path, widget_changes=args.widget_changes, timeout_s=args.timeout)
            raw["runs"].append(asdict(run))
            _print_run(run, k + 1, args.repeat)
    raw["date"], raw["load_end"] = now(), load_average()
    return raw


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", help="notebooks to measure (default: notebooks/*.ipynb)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per notebook and of the floor, fresh kernel each (default 3)")
    parser.add_argument("--widget-changes", type=int, default=50,
                        help="value changes per widget control and run (default 50)")
    parser.add_argument("--import-repeat", type=int, default=7, help="fresh interpreters for the import time")
    parser.add_argument("--timeout", type=int, default=600, help="seconds allowed per cell (600)")
    parser.add_argument("--output", type=Path, default=RESULTS, help="markdown file to write (benchmarks/RESULTS.md)")
    parser.add_argument("--note", action="append", default=[], help="a note to add under the table (repeatable)")
    parser.add_argument("--from-raw", type=Path, default=None,
                        help="re-render the report from a benchmarks/raw/*.json file instead of measuring")
    return parser


def classroom_section(path: Path = CLASSROOM) -> str:
    """The classroom benchmark's results (its file without its title line), to append to RESULTS.md; "" if none."""
    if not path.exists():
        return ""
    lines = path.read_text(encoding="utf-8").splitlines()
    body = lines[1:] if lines and lines[0].startswith("# ") else lines
    return "\n" + "\n".join(body).strip() + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    command = command_line(list(argv) if argv is not None else sys.argv[1:])
    if args.from_raw:
        report = render_raw(json.loads(args.from_raw.read_text(encoding="utf-8")), args.note, command)
        report += classroom_section()
        args.output.write_text(report, encoding="utf-8")
        print(report)
        return 0
    raw = measure(discover(args.notebooks), args, command)
    report = render_raw(raw, args.note) + classroom_section()
    args.output.write_text(report, encoding="utf-8")
    RAW_DIR.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    (RAW_DIR / f"{stamp}.json").write_text(json.dumps(raw, indent=1), encoding="utf-8")
    print(report)
    return 1 if any(run["error"] for run in raw["runs"]) else 0


if __name__ == "__main__":
    sys.exit(main())
