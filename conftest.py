"""Extra checks while nbval runs the notebooks and the template (not part of the course: students can ignore it).

- No cell may print more than MAX_OUTPUT_LINES lines: long dumps drown what the student should look at.
- Each edition of a notebook runs top to bottom once per test run: the course editions (``notebooks/``) under
  nbval, the English student editions (``student/``) and the first French one in the real browser (tests/browser)
  where it can run (Chromium and Playwright present, browser tests selected), the other French student editions
  under nbval (``tests/browser/conftest.py``, ``FRENCH_IN_BROWSER``). Where the browser cannot run, nbval runs every
  student edition; a student edition named on the command line always runs under nbval.
"""

from __future__ import annotations

from pathlib import Path

import pytest

MAX_OUTPUT_LINES = 100
STUDENT_DIR = Path(__file__).resolve().parent / "student"


def _browser_runs_student_editions(config: pytest.Config) -> bool:
    if "browser" in (config.getoption("markexpr", "") or ""):
        return False  # -m "not browser" (or a selection by the marker): let nbval run them
    if config.args_source != pytest.Config.ArgsSource.TESTPATHS:  # paths named on the command line
        root = Path(__file__).resolve().parent
        named = [Path(str(a).split("::")[0]).resolve() for a in config.args]
        if not any(p == root or p == root / "tests" or "browser" in p.parts for p in named):
            return False  # the browser tests are not part of this run
    from tests.browser.conftest import browser_available

    return browser_available()


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Leave the student editions to the browser test when it runs them (see the module docstring)."""
    if collection_path.suffix != ".ipynb" or not collection_path.resolve().is_relative_to(STUDENT_DIR):
        return None
    if not hasattr(config, "_course_browser_runs_students"):
        config._course_browser_runs_students = _browser_runs_student_editions(config)
    if not config._course_browser_runs_students:
        return None
    from tests.browser.conftest import browser_notebooks

    return True if collection_path.resolve() in {p.resolve() for p in browser_notebooks()} else None


def _output_lines(outputs: list) -> int:
    lines = 0
    for out in outputs or []:
        if out.get("output_type") == "stream":
            text = out.get("text", "")
        else:
            text = out.get("data", {}).get("text/plain", "") if "text/html" not in out.get("data", {}) else ""
        text = "".join(text) if isinstance(text, list) else text
        # tqdm redraws its bar with carriage returns: count what stays on screen
        lines += sum(1 for line in text.split("\n") if line.split("\r")[-1].strip())
    return lines


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    result = yield
    outputs = getattr(item, "test_outputs", None)
    if outputs is not None:
        n = _output_lines(outputs)
        if n > MAX_OUTPUT_LINES:
            raise AssertionError(f"{item.name} printed {n} lines (at most {MAX_OUTPUT_LINES}): "
                                 "print less (e.g. df.head(), a summary) so the point stays visible.")
    return result
