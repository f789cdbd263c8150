"""What the seed-spread scripts share: seeds, the notebook's prose, recorded self-checks, the report's plumbing.

Imported by ``seed_spread.py`` (notebook 09), ``seed_spread_06.py`` and ``seed_spread_08.py``, which put this
folder on ``sys.path`` first (they are scripts, not a package).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
import time
from pathlib import Path


def parse_seeds(text: str) -> list[int]:
    """'0-13' or '0,3,5' -> list of seeds."""
    if "-" in text:
        first, last = text.split("-")
        return list(range(int(first), int(last) + 1))
    return [int(part) for part in text.split(",")]


def prose(source: str) -> str:
    """The notebook's text with its comment line breaks joined, so that a phrase split over two lines is found."""
    return re.sub(r"\s+", " ", re.sub(r"\n#\s?", " ", source))


@contextlib.contextmanager
def recorded_checks(failed: list[str]):
    """Self-checks record their failure in ``failed`` instead of raising; cells print nowhere."""
    from course_utils import checks
    originals = {name: getattr(checks, name) for name in ("true", "between", "close", "equal")}

    def recording(check):
        def wrapper(*args, **kwargs):
            try:
                return check(*args, **kwargs)
            except checks.ExerciseError as error:
                failed.append(str(error).splitlines()[0])
        return wrapper
    for name, check in originals.items():
        setattr(checks, name, recording(check))
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            yield
    finally:
        for name, check in originals.items():
            setattr(checks, name, check)


def refuse(source: Path, script: str, lacking: list[str], update: str) -> None:
    """Stop, naming what the notebook no longer has, before training on the wrong thing."""
    if lacking:
        sys.exit(f"{source} no longer has what benchmarks/{script} relies on: {', '.join(lacking)}. Update {update} "
                 "in the script.")


def machine_line(start: float, load_start: tuple[float, ...], software: str) -> str:
    """The report's line on the machine: cores, load at the start and now, the software, the run's duration."""
    loads = [", ".join(f"{x:.2f}" for x in load) for load in (load_start, os.getloadavg())]
    return (f"- Machine: {os.cpu_count()} cores, load average at the start {loads[0]}, at the end {loads[1]}; "
            f"{software}; the whole run took {time.perf_counter() - start:.0f} s.")


def finish(report: str, output: Path | None) -> int:
    """Write the report where asked, print it, and return the exit status."""
    if output:
        output.write_text(report, encoding="utf-8")
    print(report)
    return 0
