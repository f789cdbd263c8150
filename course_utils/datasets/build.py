"""Regenerate every file of ``data/`` and its checksums: ``python -m course_utils.datasets.build``.

The files are small (a few hundred kB in all) and exist so that students can open them in a
spreadsheet; the notebooks could equally call the generators directly.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from .files import CHECKSUMS, DATA_DIR, file_digest


def _blood_counts(path: Path) -> None:
    from .blood import make_blood_counts

    make_blood_counts(n=1000, seed=2024).to_csv(path, index=False, float_format="%.1f", lineterminator="\n")


#: file name -> function that writes it
BUILDERS: dict[str, Callable[[Path], None]] = {
    "blood_counts.csv": _blood_counts,
}


def build(data_dir: Path = DATA_DIR) -> dict[str, str]:
    """Write every file of ``data/`` and ``data/checksums.json``; return the checksums."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    sums = {}
    for name, builder in BUILDERS.items():
        builder(data_dir / name)
        sums[name] = file_digest(data_dir / name)
    (data_dir / CHECKSUMS).write_text(json.dumps(sums, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return sums


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA_DIR
    for file_name, digest in build(target).items():
        print(f"wrote {target / file_name}  sha256={digest[:12]}…")
