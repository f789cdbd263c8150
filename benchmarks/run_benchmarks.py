"""Measure the course's budgets (../shared/COURSE_STYLE.md) and write benchmarks/RESULTS.md.

Usage (from the repository root)::

    .venv/bin/python benchmarks/run_benchmarks.py                     # every notebook, 3 runs each
    .venv/bin/python benchmarks/run_benchmarks.py --repeat 1 notebooks/03_perceptron.ipynb

For each notebook, ``--repeat`` times, in a fresh kernel (nbclient, like nbval):
- wall time of all cells top to bottom (kernel start-up excluded) and the kernel's CPU time;
- peak memory of the kernel process (VmHWM from /proc on Linux, else psutil polling);
- then, in the same kernel, the latency of the main widget (``widgets.main_widget()``, the LiveFigure made
  with ``main=True``): its first control is stepped across its range ``--widget-changes`` times and
  ``last_update_ms`` (value change -> new image) is read after each change; the median is kept.
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

# Budgets from COURSE_STYLE.md
BUDGETS = {
    "notebook_s": 60.0,        # one notebook top to bottom
    "suite_s": 300.0,          # whole notebook suite with 2 workers (estimated as sum / 2)
    "peak_mb": 1024.0,         # kernel peak memory
    "import_s": 0.5,           # import course_utils
    "widget_ms": 50.0,         # one widget update, median
}
WORKERS = 2
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")

WIDGET_CODE = r'''
import json as _json, statistics as _st, time as _time
from course_utils import widgets as _cw

def _course_bench(n):
    live = _cw.main_widget()
    if live is None:
        return {"error": "no LiveFigure with main=True"}
    if not live.controls:
        return {"error": "the main LiveFigure has no controls"}
    name, ctl = next(iter(live.controls.items()))
    start = ctl.value
    if hasattr(ctl, "min") and hasattr(ctl, "max"):
        lo, hi = ctl.min, ctl.max
        integer = isinstance(start, int) and not isinstance(start, bool)
        # sweep up and down the range: every step is a real change of value
        half = max(2, n // 2)
        up = [lo + (hi - lo) * k / half for k in range(half + 1)]
        values = (up + up[-2:0:-1]) * (n // (2 * half) + 2)
        step = getattr(ctl, "step", None)
        if step:  # only values a student can reach with the slider: on its step grid
            values = [min(hi, lo + round((v - lo) / step) * step) for v in values]
        values = [int(round(v)) if integer else v for v in values]
    elif hasattr(ctl, "options") and len(ctl.options) > 1:
        opts = [o[1] if isinstance(o, tuple) else o for o in ctl.options]
        values = opts * (n // len(opts) + 2)
    else:
        return {"error": f"cannot step the first control {name!r} ({type(ctl).__name__})"}
    times, cpu = [], []
    previous = start
    for v in values:
        if len(times) >= n:
            break
        if v == previous:
            continue
        before = live.n_updates
        c0 = _time.process_time()
        ctl.value = v
        c1 = _time.process_time()
        previous = v
        if live.n_updates > before:
            times.append(float(live.last_update_ms))
            cpu.append((c1 - c0) * 1000)
    ctl.value = start
    if not times:
        return {"error": f"changing {name!r} did not redraw the figure"}
    return {"control": name, "n": len(times), "median_ms": _st.median(times), "max_ms": max(times),
            "cpu_median_ms": _st.median(cpu)}

print("COURSE_BENCH " + _json.dumps(_course_bench(%d)))
'''


@dataclass
class NotebookRun:
    """One run of one notebook in a fresh kernel."""

    notebook: str
    wall_s: float = float("nan")
    cpu_s: float = float("nan")
    peak_mb: float = float("nan")
    widget_median_ms: float = float("nan")
    widget_cpu_ms: float = float("nan")
    widget_n: int = 0
    widget_control: str = ""
    error: str = ""


@dataclass
class NotebookSummary:
    """Medians over the runs of one notebook (peak memory: the largest run)."""

    notebook: str
    runs: int
    wall_s: float
    cpu_s: float
    peak_mb: float
    widget_median_ms: float
    widget_cpu_ms: float = float("nan")
    widget_control: str = ""
    errors: list[str] = field(default_factory=list)


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
def run_notebook(path: Path, widget_changes: int = 50, timeout_s: int = 600,
                 kernel_name: str = "python3") -> NotebookRun:
    """Execute ``path`` top to bottom in a fresh kernel and measure it (see the module docstring)."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    result = NotebookRun(notebook=path.name)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout_s, kernel_name=kernel_name, allow_errors=False,
                            resources={"metadata": {"path": str(path.parent)}})
    with client.setup_kernel():
        pid = int(client.km.provisioner.pid)  # type: ignore[union-attr]
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
        if not result.error and widget_changes > 0:
            bench = _widget_latency(client, widget_changes)
            if "error" in bench:
                result.error = f"widget: {bench['error']}"
            else:
                result.widget_median_ms = float(bench["median_ms"])
                result.widget_cpu_ms = float(bench["cpu_median_ms"])
                result.widget_n = int(bench["n"])
                result.widget_control = str(bench["control"])
    return result


def _widget_latency(client: Any, changes: int) -> dict[str, Any]:
    import nbformat

    cell = nbformat.v4.new_code_cell(WIDGET_CODE % changes)
    client.nb.cells.append(cell)
    try:
        client.execute_cell(cell, len(client.nb.cells) - 1)
    except Exception as exc:  # noqa: BLE001 - report, do not crash the whole benchmark
        return {"error": f"benchmark cell failed: {ANSI.sub('', str(exc)).strip().splitlines()[-1][:200]}"}
    text = "".join(out.get("text", "") for out in cell.outputs if out.get("output_type") == "stream")
    for line in text.splitlines():
        if line.startswith("COURSE_BENCH "):
            return json.loads(line[len("COURSE_BENCH "):])
    return {"error": "the benchmark cell printed no result"}


def _median(values: Sequence[float]) -> float:
    finite = [v for v in values if v == v]
    return statistics.median(finite) if finite else float("nan")


def summarize(runs: Sequence[NotebookRun]) -> NotebookSummary:
    """Medians over runs of the same notebook (peak memory: the maximum, the conservative figure)."""
    if not runs:
        raise ValueError("summarize needs at least one run")
    peaks = [r.peak_mb for r in runs if r.peak_mb == r.peak_mb]
    return NotebookSummary(
        notebook=runs[0].notebook, runs=len(runs), wall_s=_median([r.wall_s for r in runs]),
        cpu_s=_median([r.cpu_s for r in runs]), peak_mb=max(peaks) if peaks else float("nan"),
        widget_median_ms=_median([r.widget_median_ms for r in runs]),
        widget_cpu_ms=_median([r.widget_cpu_ms for r in runs]),
        widget_control=next((r.widget_control for r in runs if r.widget_control), ""),
        errors=sorted({r.error for r in runs if r.error}),
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


TABLE_HEADER = ("| notebook | runs | wall time top to bottom | kernel CPU time | kernel peak memory "
                "| main widget update (median) | widget update CPU (median) | notes |")


def now() -> str:
    return dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")


def render_results(summaries: Sequence[NotebookSummary], import_times: Sequence[float], command: str,
                   notes: Sequence[str] = (), date: str | None = None, load: str | None = None) -> str:
    """The markdown report: one row per notebook, budgets beside each figure, over-budget marked."""
    date = date or now()
    lines = [
        "# Benchmark of the course budgets",
        "",
        f"- Date: {date}",
        f"- Machine: {machine_description()}; load average at the end {load or load_average()} (1, 5, 15 min)",
        f"- Command: `{command}`",
        "- Budgets: `../shared/COURSE_STYLE.md`. Figures over budget are **bold and marked OVER**.",
        "- Method: each notebook runs top to bottom in a fresh kernel (nbclient); wall and CPU time exclude the "
        "kernel start-up; peak memory is the kernel process's high-water mark (VmHWM); the widget figure is the "
        "median `last_update_ms` of the main LiveFigure while its first control is stepped across its range "
        "(and the kernel's CPU time per update, which other load on the machine inflates much less). "
        "Medians over the runs (peak memory: the largest run).",
        "",
        TABLE_HEADER,
        "|---|---|---|---|---|---|---|---|",
    ]
    for s in summaries:
        widget = fmt(s.widget_median_ms, BUDGETS["widget_ms"], "ms")
        if s.widget_control:
            widget += f" · `{s.widget_control}`"
        lines.append(
            f"| {s.notebook} | {s.runs} | {fmt(s.wall_s, BUDGETS['notebook_s'], 's')} "
            f"| {s.cpu_s:.1f} s | {fmt(s.peak_mb, BUDGETS['peak_mb'], 'MB', 0)} | {widget} "
            f"| {fmt(s.widget_cpu_ms, BUDGETS['widget_ms'], 'ms')} "
            f"| {'; '.join(s.errors) if s.errors else ''} |")
    walls = [s.wall_s for s in summaries if s.wall_s == s.wall_s]
    suite = sum(walls) / WORKERS if walls else float("nan")
    cpu_suite = sum(s.cpu_s for s in summaries if s.cpu_s == s.cpu_s) / WORKERS if summaries else float("nan")
    imp = _median(list(import_times))
    lines += [
        "",
        "| whole course | figure |",
        "|---|---|",
        f"| notebook suite with {WORKERS} workers (sum of wall times / {WORKERS}) | "
        f"{fmt(suite, BUDGETS['suite_s'], 's')} |",
        f"| same from kernel CPU time (less sensitive to other load) | {fmt(cpu_suite, BUDGETS['suite_s'], 's')} |",
        f"| `import course_utils`, fresh interpreter (median of {len(import_times)}) | "
        f"{fmt(imp, BUDGETS['import_s'], 's', 3)} |",
    ]
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", help="notebooks to measure (default: notebooks/*.ipynb)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per notebook, fresh kernel each (default 3)")
    parser.add_argument("--widget-changes", type=int, default=50, help="widget value changes per run (50)")
    parser.add_argument("--import-repeat", type=int, default=7, help="fresh interpreters for the import time")
    parser.add_argument("--timeout", type=int, default=600, help="seconds allowed per cell (600)")
    parser.add_argument("--output", type=Path, default=RESULTS, help="markdown file to write")
    parser.add_argument("--note", action="append", default=[], help="a note to add under the table (repeatable)")
    parser.add_argument("--from-raw", type=Path, default=None,
                        help="re-render the report from a benchmarks/raw/*.json file instead of measuring")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    command = command_line(list(argv) if argv is not None else sys.argv[1:])
    if args.from_raw:
        raw = json.loads(args.from_raw.read_text(encoding="utf-8"))
        summaries = summaries_from_raw(raw)
        report = render_results(summaries, raw["import_s"], raw.get("command", command), notes=args.note,
                                date=raw.get("date"), load=raw.get("load_end"))
        args.output.write_text(report, encoding="utf-8")
        print(report)
        return 0
    notebooks = discover(args.notebooks)
    print(f"load average before: {load_average()}", flush=True)
    import_times = measure_import_s(args.import_repeat)
    print(f"import course_utils: median {_median(import_times):.3f} s", flush=True)
    summaries, raw = [], {"command": command, "import_s": import_times, "runs": []}
    for path in notebooks:
        runs = []
        for k in range(args.repeat):
            run = run_notebook(path, widget_changes=args.widget_changes, timeout_s=args.timeout)
            runs.append(run)
            raw["runs"].append(asdict(run))
            print(f"{path.name} run {k + 1}/{args.repeat}: wall {run.wall_s:.1f} s, cpu {run.cpu_s:.1f} s, "
                  f"peak {run.peak_mb:.0f} MB, widget {run.widget_median_ms:.1f} ms (cpu {run.widget_cpu_ms:.1f} ms) "
                  f"({run.widget_n} changes){' ERROR ' + run.error if run.error else ''}", flush=True)
        summaries.append(summarize(runs))
    raw["date"], raw["load_end"] = now(), load_average()
    report = render_results(summaries, import_times, command, notes=args.note, date=raw["date"],
                            load=raw["load_end"])
    args.output.write_text(report, encoding="utf-8")
    RAW_DIR.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    (RAW_DIR / f"{stamp}.json").write_text(json.dumps(raw, indent=1), encoding="utf-8")
    print(report)
    return 1 if any(s.errors for s in summaries) else 0


if __name__ == "__main__":
    sys.exit(main())
