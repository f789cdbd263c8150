"""Every notebook, opened in a real JupyterLab in Chromium, runs clean and its main widget responds.

The notebooks run here are the student editions, what students open in JupyterLab, on Binder and on Colab: every
English one (``student/*.ipynb``, found at collection time) and the French ones named in
``conftest.FRENCH_IN_BROWSER``. The course editions (``notebooks/``) and the other French student editions run under
nbval; where this browser test runs, nbval leaves these to it (root conftest.py), so each edition runs once.

For each notebook: open it, run all cells, wait until every cell has run
and the kernel is idle, then assert
- no cell has an error output (tracebacks; stderr text such as warnings or tqdm bars is allowed);
- every ipywidgets output rendered (no "Error displaying widget", no "model not found", no plain-text
  ``IntSlider(...)`` reprs), and every LiveFigure shows a decoded image;
- pressing ArrowRight on the first slider of the main LiveFigure (``main=True``) changes its image.
A full-page screenshot of a failing notebook goes to ``test-artifacts/browser/``; set ``COURSE_SCREENSHOTS=1`` to
keep one of every notebook (rendering a whole notebook as one picture costs seconds of CPU per notebook).

Run only these: ``.venv/bin/python -m pytest -m browser tests/browser`` (about 30-90 s per notebook).
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from pathlib import Path

import pytest

from .conftest import NOTEBOOKS_DIR, STUDENT_DIR, LabServer, browser_notebooks, load_lab, notebook_paths

pytestmark = pytest.mark.browser

NOTEBOOKS = notebook_paths()
#: every English student edition and the French ones in conftest.FRENCH_IN_BROWSER
BROWSER_NOTEBOOKS = browser_notebooks()
LOAD_TIMEOUT_MS = 120_000   # page + kernel start on a loaded 2-core machine
RUN_TIMEOUT_MS = 300_000    # one notebook top to bottom (budget 60 s; generous for a loaded machine)
SETTLE_TIMEOUT_MS = 30_000  # widgets rendering after the run
CHANGE_TIMEOUT_MS = 20_000  # slider press -> new image

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
WIDGET_VIEW_MIME = "application/vnd.jupyter.widget-view+json"

# --- JavaScript run in the page (JupyterLab exposes window.jupyterapp: --LabApp.expose_app_in_browser) ---
FIND_PANEL = """
function coursePanel(path) {
  const app = window.jupyterapp;
  if (!app || !app.shell) return null;
  for (const w of app.shell.widgets('main')) {
    if (w.context && w.context.path === path && w.content && w.sessionContext) return w;
  }
  return null;
}
"""

READY_JS = """
(path) => {""" + FIND_PANEL + """
  const p = coursePanel(path);
  if (!p || !p.context.isReady || !p.sessionContext.session) return false;
  const k = p.sessionContext.session.kernel;
  return !!k && k.status === 'idle' && p.content.widgets.length > 0;
}
"""

RUN_ALL_JS = """
(path) => {""" + FIND_PANEL + """
  const app = window.jupyterapp;
  const p = coursePanel(path);
  app.shell.activateById(p.id);
  window.__courseRun = {done: false, ok: null, error: null};
  app.commands.execute('notebook:run-all-cells')
    .then(ok => { window.__courseRun = {done: true, ok: ok, error: null}; })
    .catch(e => { window.__courseRun = {done: true, ok: false, error: String(e)}; });
  return true;
}
"""

RUN_DONE_JS = """
(path) => {""" + FIND_PANEL + """
  const p = coursePanel(path);
  const k = p && p.sessionContext.session && p.sessionContext.session.kernel;
  return !!(window.__courseRun && window.__courseRun.done && k && k.status === 'idle');
}
"""

# Errors and unexecuted cells, read from the notebook model (independent of what is on screen).
CELL_REPORT_JS = """
(path) => {""" + FIND_PANEL + """
  const p = coursePanel(path);
  const cells = p.content.model.cells;
  const errors = [], unexecuted = [];
  let codeCells = 0, widgetOutputs = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells.get(i);
    if (cell.type !== 'code') continue;
    codeCells += 1;
    const source = cell.sharedModel.getSource();
    if (source.trim() && cell.executionCount == null) unexecuted.push(i);
    for (let j = 0; j < cell.outputs.length; j++) {
      const o = cell.outputs.get(j).toJSON();
      if (o.output_type === 'error') {
        errors.push({cell: i, ename: o.ename, evalue: o.evalue, traceback: (o.traceback || []).join('\\n')});
      } else if (o.output_type === 'stream' && o.name === 'stderr') {
        const text = Array.isArray(o.text) ? o.text.join('') : String(o.text);
        if (text.includes('Traceback (most recent call last)')) {
          errors.push({cell: i, ename: 'stderr traceback', evalue: '', traceback: text});
        }
      } else if (o.data && o.data['""" + WIDGET_VIEW_MIME + """']) {
        widgetOutputs += 1;
      }
    }
  }
  return {run: window.__courseRun, errors, unexecuted, codeCells, widgetOutputs, nCells: cells.length};
}
"""

# What the student sees in the output areas.
WIDGET_REPORT_JS = """
() => {
  const outs = [...document.querySelectorAll('.jp-Notebook .jp-OutputArea-output')];
  const problems = [];
  let loading = 0, rendered = 0;
  for (const o of outs) {
    const text = o.innerText || '';
    if (/Loading widget/.test(text)) loading += 1;
    if (/Error displaying widget|model not found|Failed to load model class|Could not create a view/i.test(text)) {
      problems.push('widget error: ' + text.slice(0, 300));
    }
    if (/\\b(Int|Float)(Range|Log)?Slider\\(|\\b[VH]Box\\(children=|\\bImage\\(value=b/.test(text)) {
      problems.push('widget shown as plain text (widget manager missing?): ' + text.slice(0, 200));
    }
    if (o.querySelector('.jupyter-widgets')) rendered += 1;
  }
  const figures = [...document.querySelectorAll('.jp-Notebook .course-live-figure')].map(f => {
    const img = f.querySelector('img');
    return {
      hasImage: !!img && !!img.getAttribute('src') && img.complete && img.naturalWidth > 0,
      sliders: f.querySelectorAll('.noUi-handle, input[type=range]').length,
    };
  });
  return {loading, rendered, problems, figures};
}
"""

KERNEL_EXEC_JS = """
async ([path, code]) => {""" + FIND_PANEL + """
  const p = coursePanel(path);
  const future = p.sessionContext.session.kernel.requestExecute(
      {code: code, silent: true, store_history: false});
  const reply = await future.done;
  return reply.content.status;
}
"""

# Marks the main LiveFigure (main=True) in the DOM, whatever its position in the notebook.
TAG_MAIN = (
    "import course_utils.widgets as _cw\n"
    "_cm = _cw.main_widget()\n"
    "if _cm is not None and _cm.main and 'course-main-figure' not in _cm.widget._dom_classes:\n"
    "    _cm.widget.add_class('course-main-figure')\n"
    "del _cw, _cm"
)
MAIN_SELECTOR = ".jp-Notebook .course-live-figure.course-main-figure"
IMG_SRC_JS = "(sel) => { const i = document.querySelector(sel + ' img'); return i ? i.getAttribute('src') : null; }"

FIT_VIEWPORT_JS = """
() => {
  // JupyterLab scrolls the notebook inside a panel: the height the whole notebook needs on screen
  if (window.jupyterapp) window.jupyterapp.shell.collapseLeft();
  const outer = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer');
  if (!outer) return 0;
  return outer.scrollHeight + (window.innerHeight - outer.clientHeight);
}
"""
SCROLL_TOP_JS = """
() => {
  const outer = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer');
  if (outer) outer.scrollTop = 0;
}
"""


OPEN_JS = """
async (path) => {
  const app = window.jupyterapp;
  await app.restored;
  await app.commands.execute('docmanager:open', {path: path, factory: 'Notebook'});
  return true;
}
"""

# Close a notebook without saving (the served copy is temporary anyway) and shut its kernel down.
CLOSE_JS = """
async (path) => {""" + FIND_PANEL + """
  const p = coursePanel(path);
  if (!p) return true;
  try { await window.jupyterapp.commands.execute('deck:stop'); } catch (e) { /* not presenting */ }
  if (p.context.model) p.context.model.dirty = false;
  await p.sessionContext.shutdown();
  p.dispose();
  return !coursePanel(path);
}
"""


def server_path(nb_path: Path) -> str:
    """The notebook's path on the test server, which serves copies of notebooks/ and student/ (``fr/`` included)."""
    nb_path = nb_path.resolve()
    if nb_path.is_relative_to(STUDENT_DIR):
        return f"student/{nb_path.relative_to(STUDENT_DIR).as_posix()}"
    return f"notebooks/{nb_path.relative_to(NOTEBOOKS_DIR).as_posix()}"


def open_notebook(page, server: LabServer, nb_path: Path) -> str:
    """Open a notebook in the JupyterLab page and wait until its kernel is idle; returns its server path."""
    path = server_path(nb_path)
    page.evaluate(OPEN_JS, path)
    page.wait_for_function(READY_JS, arg=path, timeout=LOAD_TIMEOUT_MS, polling=250)
    return path


@contextlib.contextmanager
def opened_notebook(page, server: LabServer, nb_path: Path, reload_after: bool = False):
    """Open a notebook for one test; afterwards close it and stop its kernel, or reload the page on failure."""
    path = server_path(nb_path)
    clean = False
    try:
        yield open_notebook(page, server, nb_path)
        clean = True
    finally:
        try:
            closed = bool(page.evaluate(CLOSE_JS, path))
        except Exception:  # noqa: BLE001
            closed = False
        if reload_after or not (clean and closed):  # leave no dialog or half-run notebook behind for the next test
            server.shutdown_kernels()
            load_lab(page, server)


def run_all_cells(page, path: str) -> dict:
    """Run all cells through JupyterLab's own command; returns the model's report once the kernel is idle."""
    page.evaluate(RUN_ALL_JS, path)
    page.wait_for_function(RUN_DONE_JS, arg=path, timeout=RUN_TIMEOUT_MS, polling=500)
    return page.evaluate(CELL_REPORT_JS, path)


def format_errors(errors: list[dict]) -> str:
    parts = []
    for err in errors:
        tb = ANSI.sub("", err["traceback"])
        parts.append(f"cell {err['cell']}: {err['ename']}: {err['evalue']}\n{tb[-2500:]}")
    return "\n\n".join(parts)


def wait_widgets_settled(page) -> dict:
    """Wait until no output says 'Loading widget...' and every LiveFigure shows its image; return the report."""
    deadline = time.monotonic() + SETTLE_TIMEOUT_MS / 1000
    report = page.evaluate(WIDGET_REPORT_JS)
    while time.monotonic() < deadline:
        if report["loading"] == 0 and all(f["hasImage"] for f in report["figures"]):
            break
        page.wait_for_timeout(300)
        report = page.evaluate(WIDGET_REPORT_JS)
    return report


def find_main_figure(page, path: str):
    """The main LiveFigure's DOM element (tagged through the kernel with a CSS class)."""
    status = page.evaluate(KERNEL_EXEC_JS, [path, TAG_MAIN])
    assert status == "ok", f"could not ask the kernel for the main widget (status {status})"
    try:
        page.wait_for_selector(MAIN_SELECTOR, state="attached", timeout=10_000)
    except Exception as exc:  # noqa: BLE001
        raise AssertionError(
            "no LiveFigure with main=True in this notebook: create one with widgets.LiveFigure(..., main=True, "
            "<name>=widgets.slider(...)) and display it") from exc
    return page.locator(MAIN_SELECTOR).first


def nudge_first_slider(page, figure, selector: str) -> tuple[str, str]:
    """Focus the figure's first slider, press ArrowRight (ArrowLeft if at its maximum); return (before, after)."""
    handle = figure.locator(".noUi-handle, input[type=range]").first
    assert handle.count() == 1, "the main LiveFigure has no slider as its controls (its first control must be a slider)"
    handle.scroll_into_view_if_needed()
    before = page.evaluate(IMG_SRC_JS, selector)
    for key in ("ArrowRight", "ArrowLeft"):
        handle.focus()
        for _ in range(3):
            handle.press(key)
            page.wait_for_timeout(150)
        try:
            page.wait_for_function(f"(before) => ({IMG_SRC_JS})({selector!r}) !== before", arg=before,
                                   timeout=CHANGE_TIMEOUT_MS / 2, polling=100)
            break
        except Exception:  # noqa: BLE001 - slider may sit at its maximum: try the other way
            continue
    return before, page.evaluate(IMG_SRC_JS, selector)


#: Keep a screenshot of every notebook, not only of failing ones (COURSE_SCREENSHOTS=1).
ALL_SCREENSHOTS = os.environ.get("COURSE_SCREENSHOTS", "").strip().lower() not in ("", "0", "false", "no")


@contextlib.contextmanager
def screenshot_on_failure(page, target: Path):
    """Run the checks; screenshot the page if they fail (always, with COURSE_SCREENSHOTS=1)."""
    target.unlink(missing_ok=True)
    try:
        yield
    except BaseException:
        full_page_screenshot(page, target)
        raise
    if ALL_SCREENSHOTS:
        full_page_screenshot(page, target)


def full_page_screenshot(page, target: Path) -> None:
    """Grow the viewport to the notebook's height (JupyterLab scrolls inside a panel), then screenshot."""
    try:
        height = int(page.evaluate(FIT_VIEWPORT_JS) or 0)
        if height:
            page.set_viewport_size({"width": 1400, "height": max(1000, min(height + 20, 16000))})
            page.wait_for_timeout(500)
            page.evaluate(SCROLL_TOP_JS)
            page.wait_for_timeout(200)
        page.screenshot(path=str(target), full_page=True)
    except Exception as exc:  # noqa: BLE001 - a screenshot must never hide the real failure
        print(f"screenshot failed: {exc}")


def _label(nb_path: Path) -> str:
    """``03_perceptron`` for an English student edition, ``fr_00_welcome`` for a French one (ids, screenshot names)."""
    return "_".join(nb_path.resolve().relative_to(STUDENT_DIR).with_suffix("").parts)


@pytest.mark.parametrize("nb_path", BROWSER_NOTEBOOKS, ids=[_label(p) for p in BROWSER_NOTEBOOKS])
def test_notebook_runs_in_browser(nb_path: Path, page, lab_server: LabServer, artifacts_dir: Path) -> None:
    t0 = time.monotonic()
    with opened_notebook(page, lab_server, nb_path) as path:
        t_open = time.monotonic()
        with screenshot_on_failure(page, artifacts_dir / f"{_label(nb_path)}.png"):
            _check_notebook(page, path, nb_path, t0, t_open)


def _check_notebook(page, path: str, nb_path: Path, t0: float, t_open: float) -> None:
    """The checks of test_notebook_runs_in_browser, on an opened notebook."""
    report = run_all_cells(page, path)
    t_run = time.monotonic()
    if report["errors"]:
        pytest.fail(f"{nb_path.name}: error output(s) in the browser:\n" + format_errors(report["errors"]),
                    pytrace=False)
    assert report["run"]["error"] is None, f"run-all failed in JupyterLab: {report['run']['error']}"
    assert not report["unexecuted"], f"cells that never ran: {report['unexecuted']}"

    widgets = wait_widgets_settled(page)
    if widgets["problems"]:
        pytest.fail("widgets did not render:\n" + "\n".join(widgets["problems"]), pytrace=False)
    assert widgets["loading"] == 0, f"{widgets['loading']} widget(s) still 'Loading widget...'"
    assert widgets["rendered"] >= report["widgetOutputs"], (
        f"{report['widgetOutputs']} widget outputs in the notebook, {widgets['rendered']} rendered as widgets")
    assert widgets["figures"], "no LiveFigure (.course-live-figure) rendered in this notebook"
    missing = [i for i, f in enumerate(widgets["figures"]) if not f["hasImage"]]
    assert not missing, f"LiveFigure(s) number {missing} show no image"

    figure = find_main_figure(page, path)
    before, after = nudge_first_slider(page, figure, MAIN_SELECTOR)
    assert before and after and after != before, (
        "the main LiveFigure's image did not change after pressing arrow keys on its first slider")
    print(f"{nb_path.name}: open {t_open - t0:.1f} s, run all {t_run - t_open:.1f} s, "
          f"total {time.monotonic() - t0:.1f} s, {report['nCells']} cells, {len(widgets['figures'])} LiveFigure(s)")


# --- Presenting live: jupyterlab-slideshow ("deck") presents the notebook's cells as slides, in the same
# JupyterLab page and kernel, so ipywidgets keep working (RISE does not render them, see README). ---
PRESENTING_EXTENSION = "jupyterlab-slideshow"
PRESENT_NOTEBOOKS = [p for p in NOTEBOOKS if p.name.startswith("00_")] or NOTEBOOKS[:1]

START_DECK_JS = """
async (path) => {""" + FIND_PANEL + """
  const app = window.jupyterapp;
  if (!app.commands.hasCommand('deck:start')) return 'missing';
  const p = coursePanel(path);
  app.shell.activateById(p.id);
  p.content.activeCellIndex = 0;
  p.content.mode = 'command';
  await app.commands.execute('deck:start');
  return 'ok';
}
"""
PRESENTING_JS = "() => Object.values(document.body.dataset).includes('presenting')"
DECK_COMMAND_JS = "async (cmd) => { await window.jupyterapp.commands.execute(cmd); return true; }"

# Where the deck stands: visible cells, and whether the main figure is on screen.
SLIDE_STATE_JS = """
(path) => {""" + FIND_PANEL + """
  const p = coursePanel(path);
  const shown = (el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.width > 0 && el.checkVisibility({visibilityProperty: true, opacityProperty: true});
  };
  const cells = p.content.widgets.map(w => w.node);
  const img = document.querySelector('""" + MAIN_SELECTOR + """ img');
  const mainCell = img ? img.closest('.jp-Cell') : null;
  return {
    nCells: cells.length,
    visible: cells.map((c, i) => shown(c) ? i : -1).filter(i => i >= 0),
    active: p.content.activeCellIndex,
    mainCell: mainCell ? cells.indexOf(mainCell) : -1,
    mainShown: !!img && shown(mainCell) && shown(img),
  };
}
"""


@pytest.mark.parametrize("nb_path", PRESENT_NOTEBOOKS, ids=[p.stem for p in PRESENT_NOTEBOOKS])
def test_present_live_in_slideshow(nb_path: Path, page, lab_server: LabServer, artifacts_dir: Path) -> None:
    """Present the notebook as slides (jupyterlab-slideshow), reach the main widget, move it, see it change."""
    shot = artifacts_dir / f"{nb_path.stem}__presenting.png"
    shot.unlink(missing_ok=True)
    with opened_notebook(page, lab_server, nb_path, reload_after=True) as path:
        try:
            _check_presenting(page, path, nb_path, shot)
        finally:
            if not shot.exists():
                with contextlib.suppress(Exception):
                    page.screenshot(path=str(shot))


def _check_presenting(page, path: str, nb_path: Path, shot: Path) -> None:
    """The checks of test_present_live_in_slideshow, on an opened notebook."""
    report = run_all_cells(page, path)
    if report["errors"]:
        pytest.fail(format_errors(report["errors"]), pytrace=False)
    wait_widgets_settled(page)
    find_main_figure(page, path)

    started = page.evaluate(START_DECK_JS, path)
    assert started == "ok", (f"the presenting extension ({PRESENTING_EXTENSION}) is not installed: "
                             "its command deck:start is missing")
    page.wait_for_function(PRESENTING_JS, timeout=10_000)

    state = page.evaluate(SLIDE_STATE_JS, path)
    steps = 0
    while not state["mainShown"] and steps <= state["nCells"]:  # the instructor presses "next slide"
        page.evaluate(DECK_COMMAND_JS, "deck:forward")
        page.wait_for_timeout(300)
        previous, state = state, page.evaluate(SLIDE_STATE_JS, path)
        steps += 1
        if state["active"] == previous["active"] and not state["mainShown"]:
            break  # the deck cannot go further
    assert state["mainShown"], (
        f"the main LiveFigure (cell {state['mainCell']}) never appears on a slide: the deck stopped at cell "
        f"{state['active']} showing cells {state['visible']}. A cell whose slideshow slide_type is the "
        "literal '-' is hidden by jupyterlab-slideshow: store the continuation type as '' (JupyterLab 4's "
        "value for '-'), or make the widget cell a 'slide'/'subslide'/'fragment'.")
    assert len(state["visible"]) < state["nCells"], "presenting mode shows every cell: not a slideshow"
    page.wait_for_timeout(500)
    page.screenshot(path=str(shot))

    figure = page.locator(MAIN_SELECTOR).first
    before, after = nudge_first_slider(page, figure, MAIN_SELECTOR)
    assert before and after and after != before, "in the slideshow, moving the slider did not change the figure"
    still = page.evaluate(SLIDE_STATE_JS, path)
    assert still["mainShown"], "pressing arrow keys on the slider moved the slideshow away from the figure"
    page.screenshot(path=str(shot))
    print(f"{nb_path.name}: main figure (cell {state['mainCell']}) reached after {steps} slide step(s); "
          f"{len(state['visible'])}/{state['nCells']} cells on that slide")
    page.evaluate(DECK_COMMAND_JS, "deck:stop")
