"""The benchmark's helpers work (benchmarks/run_benchmarks.py). No timing is asserted: only shapes and logic."""

from __future__ import annotations

import importlib.util
import math
import os
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("run_benchmarks", ROOT / "benchmarks" / "run_benchmarks.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules["run_benchmarks"] = bench
_spec.loader.exec_module(bench)

TINY_WIDGET = """
import numpy as np
from course_utils import widgets
fig = widgets.new_figure(figsize=(3, 2))
ax = fig.subplots()
x = np.linspace(0, 1, 20)
line, = ax.plot(x, x)
live = widgets.LiveFigure(fig, lambda a: line.set_ydata(a * x), main=True, dynamic=[line],
                          a=widgets.slider(1, 0, 4, integer=True))
"""


@pytest.fixture(scope="module")
def tiny_notebook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# tiny"), nbformat.v4.new_code_cell(TINY_WIDGET)]
    path = tmp_path_factory.mktemp("bench") / "99_tiny.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.fixture(scope="module")
def tiny_run(tiny_notebook: Path):
    return bench.run_notebook(tiny_notebook, widget_changes=6, timeout_s=120)


def test_run_notebook_measures_everything(tiny_run) -> None:
    assert tiny_run.error == ""
    assert tiny_run.notebook == "99_tiny.ipynb"
    assert tiny_run.wall_s > 0 and tiny_run.cpu_s >= 0
    assert tiny_run.peak_mb > 10  # a Python kernel with matplotlib holds tens of MB
    assert tiny_run.widget_control == "a"
    assert tiny_run.widget_n == 6  # an integer slider 0..4 swept up and down: every change redraws
    assert tiny_run.widget_median_ms > 0 and tiny_run.widget_cpu_ms >= 0


def test_run_notebook_reports_a_failing_cell_and_a_missing_widget(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_code_cell("raise ValueError('boom')")]
    nbformat.write(nb, tmp_path / "bad.ipynb")
    run = bench.run_notebook(tmp_path / "bad.ipynb", widget_changes=3, timeout_s=120)
    assert run.error.startswith("cell 1 failed") and "boom" in run.error
    assert not math.isnan(run.wall_s)

    nb.cells = nb.cells[:1]
    nbformat.write(nb, tmp_path / "nowidget.ipynb")
    run = bench.run_notebook(tmp_path / "nowidget.ipynb", widget_changes=3, timeout_s=120)
    assert run.error == "widget: no LiveFigure with main=True"


def test_results_table_has_the_budget_columns(tiny_run) -> None:
    summary = bench.summarize([tiny_run])
    text = bench.render_results([summary], [0.1, 0.2, 0.3], command="cmd --repeat 1", date="2030-01-01")
    assert "2030-01-01" in text and "`cmd --repeat 1`" in text and "cores" in text
    lines = text.splitlines()
    header = lines.index(bench.TABLE_HEADER)
    columns = [c.strip() for c in lines[header].strip("|").split("|")]
    assert columns == ["notebook", "runs", "wall time top to bottom", "kernel CPU time", "kernel peak memory",
                       "main widget update (median)", "widget update CPU (median)", "notes"]
    row = [c.strip() for c in lines[header + 2].strip("|").split("|")]
    assert len(row) == len(columns) and row[0] == "99_tiny.ipynb"
    assert "(≤ 60)" in row[2] and "(≤ 1024)" in row[4] and "(≤ 50)" in row[5]
    assert "0.200 s (≤ 0.5)" in text  # import time: the median
    assert "sum of wall times / 2" in text


def test_over_budget_is_marked_and_nan_is_na() -> None:
    assert bench.fmt(75.0, 60, "s") == "**75.0 s (≤ 60) OVER**"
    assert bench.fmt(30.0, 60, "s") == "30.0 s (≤ 60)"
    assert bench.fmt(float("nan"), 50, "ms").startswith("n/a")


def test_summarize_takes_medians_and_the_largest_peak() -> None:
    runs = [bench.NotebookRun("a.ipynb", wall_s=w, cpu_s=c, peak_mb=p, widget_median_ms=m)
            for w, c, p, m in [(10, 5, 300, 20), (30, 6, 350, 40), (20, 7, 320, float("nan"))]]
    runs[1].error = "widget: x"
    s = bench.summarize(runs)
    assert (s.runs, s.wall_s, s.cpu_s, s.peak_mb, s.widget_median_ms) == (3, 20, 6, 350, 30)
    assert s.errors == ["widget: x"]
    with pytest.raises(ValueError, match="at least one run"):
        bench.summarize([])


def test_process_readers_on_this_process() -> None:
    if Path("/proc/self/status").exists():
        assert bench.read_peak_rss_mb(os.getpid()) > 1
    assert bench.read_cpu_s(os.getpid()) > 0


def test_discover_defaults_to_the_notebooks_folder(tmp_path: Path) -> None:
    assert all(p.suffix == ".ipynb" and p.parent.name == "notebooks" for p in bench.discover([]))
    with pytest.raises(SystemExit, match="not found"):
        bench.discover([str(tmp_path / "missing.ipynb")])


def test_command_line_shortens_notes_and_raw_round_trip(tmp_path: Path) -> None:
    cmd = bench.command_line(["--repeat", "2", "--note", "a long note", "nb one.ipynb"])
    assert cmd == ".venv/bin/python benchmarks/run_benchmarks.py --repeat 2 --note '...' 'nb one.ipynb'"
    runs = [bench.NotebookRun("b.ipynb", wall_s=3), bench.NotebookRun("a.ipynb", wall_s=1),
            bench.NotebookRun("b.ipynb", wall_s=5)]
    raw = {"command": cmd, "import_s": [0.1], "runs": [bench.asdict(r) for r in runs]}
    summaries = bench.summaries_from_raw(raw)
    assert [(s.notebook, s.runs, s.wall_s) for s in summaries] == [("b.ipynb", 2, 4), ("a.ipynb", 1, 1)]
    raw_path, out = tmp_path / "raw.json", tmp_path / "R.md"
    raw_path.write_text(bench.json.dumps(raw))
    assert bench.main(["--from-raw", str(raw_path), "--output", str(out)]) == 0
    assert "| b.ipynb | 2 |" in out.read_text() and cmd in out.read_text()
