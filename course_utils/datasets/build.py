"""Regenerate every data file of the course and its checksums: ``python -m course_utils.datasets.build``.

The files are small (a few hundred kB in all) and exist so that students can open them in a spreadsheet; the
notebooks could equally call the generators directly. Usage::

    python -m course_utils.datasets.build                  # rewrite data/ (in a clone of the repository)
    python -m course_utils.datasets.build --output FOLDER  # write the files into another folder
    python -m course_utils.datasets.build --check          # only check the files against their checksums

Writing the repository's ``data/`` folder also updates the copy of its checksums shipped inside the package
(``course_utils/datasets/checksums.json``), which an installed package uses to verify the files it regenerates.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ..i18n import tr
from ._checks import check_path
from .files import CHECKSUMS, PACKAGE_CHECKSUMS, REPO_DATA_DIR, default_data_dir, file_digest


def _blood_counts(path: Path) -> None:
    from .blood import make_blood_counts

    make_blood_counts(n=1000, seed=2024).to_csv(path, index=False, float_format="%.1f", lineterminator="\n")


#: file name -> function that writes it
BUILDERS: dict[str, Callable[[Path], None]] = {
    "blood_counts.csv": _blood_counts,
}


def build(data_dir: str | Path | None = None) -> dict[str, str]:
    """Write every data file and ``checksums.json`` into ``data_dir``; return the checksums.

    Args:
        data_dir: the folder to write (created if needed); default :func:`~course_utils.datasets.files.default_data_dir`
            (the repository's ``data/`` in a clone).
    """
    data_dir = default_data_dir() if data_dir is None else check_path(data_dir, "data_dir", kind="folder",
                                                                     what=tr("a folder for the data files"))
    data_dir.mkdir(parents=True, exist_ok=True)
    sums = {}
    for name, builder in BUILDERS.items():
        builder(data_dir / name)
        sums[name] = file_digest(data_dir / name)
    text = json.dumps(sums, indent=2, sort_keys=True) + "\n"
    (data_dir / CHECKSUMS).write_text(text, encoding="utf-8")
    if data_dir.resolve() == REPO_DATA_DIR.resolve():
        PACKAGE_CHECKSUMS.write_text(text, encoding="utf-8")  # what an installed package checks against
    return sums


def check(data_dir: str | Path | None = None) -> list[str]:
    """Check the data files of ``data_dir`` against its ``checksums.json``; return one line per problem."""
    data_dir = default_data_dir() if data_dir is None else check_path(data_dir, "data_dir", kind="folder",
                                                                     what=tr("a folder of data files"))
    try:
        sums = json.loads((data_dir / CHECKSUMS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [tr("{path} is missing or unreadable", path=data_dir / CHECKSUMS)]
    problems = []
    for name in BUILDERS:
        path = data_dir / name
        if not path.is_file():
            problems.append(tr("{path} is missing", path=path))
        elif name not in sums:
            problems.append(tr("{path} has no checksum in {sums}", path=path, sums=CHECKSUMS))
        elif file_digest(path) != sums[name]:
            problems.append(tr("{path} does not match its checksum", path=path))
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    """The command line: ``python -m course_utils.datasets.build [--output FOLDER] [--check]``."""
    parser = argparse.ArgumentParser(
        prog="python -m course_utils.datasets.build",
        description="Regenerate the course's data files (made by seeded code) and their checksums.",
    )
    parser.add_argument("-o", "--output", metavar="FOLDER", type=Path, default=None,
                        help=f"folder to write (default: {default_data_dir()}, the repository's data/ folder in a "
                             "clone, a cache folder in an installed package)")
    parser.add_argument("--check", action="store_true",
                        help="only check the files against checksums.json, write nothing (exit status 1 if one "
                             "is missing or differs)")
    args = parser.parse_args(argv)
    target = args.output if args.output is not None else default_data_dir()
    if target.exists() and not target.is_dir():
        parser.error(tr("--output must be a folder, got the file {path}", path=target))
    if args.check:
        problems = check(target)
        for line in problems:
            print(tr("problem: {problem}", problem=line), file=sys.stderr)
        if not problems:
            print(tr("{folder}: every data file matches its checksum", folder=target))
        return 1 if problems else 0
    for file_name, digest in build(target).items():
        print(tr("wrote {path}  sha256={digest}…", path=target / file_name, digest=digest[:12]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
