"""The French student edition's first notebook (student/fr/), opened in a real JupyterLab in Chromium: the checks
of test_notebooks_in_browser.py (runs clean, every widget renders, the main widget responds), with French text.

Only the notebooks named in ``conftest.FRENCH_IN_BROWSER``: the other French notebooks run the same code and widgets as
their English editions (which the browser runs) and run under nbval. A file of its own so that the two test workers
(``pytest -n 2 --dist loadfile``) can share the browser runs.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from .conftest import FRENCH_IN_BROWSER, STUDENT_DIR, LabServer
from .test_notebooks_in_browser import _check_notebook, opened_notebook, screenshot_on_failure

pytestmark = pytest.mark.browser

FRENCH = [STUDENT_DIR / "fr" / f"{name}.ipynb" for name in FRENCH_IN_BROWSER]


@pytest.mark.parametrize("nb_path", FRENCH, ids=[p.stem for p in FRENCH])
def test_french_notebook_runs_in_browser(nb_path: Path, page, lab_server: LabServer, artifacts_dir: Path) -> None:
    t0 = time.monotonic()
    with opened_notebook(page, lab_server, nb_path) as path:
        t_open = time.monotonic()
        with screenshot_on_failure(page, artifacts_dir / f"fr_{nb_path.stem}.png"):
            _check_notebook(page, path, nb_path, t0, t_open)
