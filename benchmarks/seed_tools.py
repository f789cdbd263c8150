"""What the seed-spread scripts share: seeds, the notebook's prose, recorded self-checks, the report's plumbing.

Imported by ``seed_spread.py`` (notebook 09) and ``seed_spread_03.py``, ``_04``, ``_06`` and ``_08``, which put this
folder on ``sys.path`` first (they are scripts, not a package).
"""

from __future__ import annotations

import contextlib
import datetime as dt
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


def without_windows() -> None:
    """Run notebook cells as a script: figures drawn off screen and closed at ``plt.show()``, no progress bars."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    os.environ.setdefault("TQDM_DISABLE", "1")
    import matplotlib.pyplot as plt
    plt.show = lambda *args, **kwargs: plt.close("all")


def command_line(script: str, argv: list[str] | None) -> str:
    """The report's line on when it was made and by which command (``argv``: as given to ``main``)."""
    args = sys.argv[1:] if argv is None else argv
    return (f"- Date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; command: "
            f"`.venv/bin/python benchmarks/{script} {' '.join(args)}`")


def identical_line(claim: str, same: list[bool]) -> str:
    """The report's line on whether the runs the notebook makes itself came out identical in the sweep."""
    if not same:
        return f"- {claim}: not run"
    return f"- {claim}: " + ("yes" if all(same) else "**NO** (the training here differs from the notebook's)")


def self_checks_line(failed: list[str]) -> str:
    """The report's line on the notebook's own self-checks in the sweep's run of it."""
    return "- The notebook's own self-checks, on this machine: " + (
        "all passed" if not failed else "**failed**: " + "; ".join(failed))


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
