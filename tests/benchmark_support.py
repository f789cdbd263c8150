"""Loading the benchmark scripts in tests (they are scripts in benchmarks/, not a package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def claim_rows(report: str, claims: list[tuple], stale: str) -> list[list[str]]:
    """The rows of a seed report's claims table (cells split on " | "), checked to quote ``claims``' phrases in order.

    A report whose quoted phrases differ from the script's claims was made by another version: ``stale`` says how
    to remake it."""
    rows = [line.split(" | ") for line in report.splitlines() if line.startswith('| "...')]
    assert [row[0].removeprefix('| "...').removesuffix('..."') for row in rows] == [c[0] for c in claims], stale
    return rows


def load_script(name: str):
    """benchmarks/<name>.py as a module, registered under ``name``."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
