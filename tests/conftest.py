"""Shared test set-up: headless Matplotlib, and the repository's root path."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")
os.environ.setdefault("MPLBACKEND", "Agg")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def root() -> Path:
    """The repository's root folder."""
    return ROOT


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt

    plt.close("all")


def pytest_terminal_summary(terminalreporter) -> None:
    """After the exercise tests (run without -n), say how many wrong answers they tried and how many were rejected."""
    import sys

    support = sys.modules.get("exercise_support")
    if support is not None and support.TRIED["wrong"]:
        terminalreporter.write_line(f"exercise checks: {support.TRIED['wrong']} wrong answers tried, "
                                    f"{support.TRIED['rejected']} rejected with a course message")


@pytest.fixture()
def no_network(monkeypatch):
    """Any attempt to open a real http(s) address fails the test."""
    import urllib.request

    real = urllib.request.urlopen

    def guarded(url, *args, **kwargs):
        target = url if isinstance(url, str) else url.full_url
        if not target.startswith("file:"):
            raise AssertionError(f"the tests must not use the network, tried {target}")
        return real(url, *args, **kwargs)

    monkeypatch.setattr(urllib.request, "urlopen", guarded)


@pytest.fixture
def french():
    """The course speaks French during the test (``setup(lang="fr")``); the previous language comes back after."""
    from course_utils import i18n

    before = i18n._language
    i18n.set_language("fr")
    yield
    i18n._language = before
