"""Keep the French edition in step with the English one, cell by cell.

The French notebook ``notebooks/fr/NN_topic.ipynb`` has its own text source, ``notebooks/fr/source/NN_topic.py``,
with the same cells as the English source in the same order. Each French cell records, in its metadata, a hash of
the English cell it was translated from (``translated_from="…"`` on its ``# %%`` line). When an English cell
changes, its hash no longer matches: the French cell is *out of step* (gettext calls it "fuzzy") until someone
updates the translation and stamps it again. ``tests/test_translation.py`` fails while any cell is out of step,
and names it.

Beyond the hash, a French notebook must keep the English notebook's shape: same cells, same cell types, same
slideshow and grading metadata, and code whose syntax tree is the English one once string literals and comments
are set aside (only words may differ; a changed number, name or call is reported).

Commands (from the repository root)::

    python -m course_utils.instructor.translation status              # every French cell out of step, named
    python -m course_utils.instructor.translation start 03_perceptron # new French source: the English, unstamped
    python -m course_utils.instructor.translation stamp notebooks/fr/source/03_perceptron.py   # after translating

``stamp`` records the current English hash on every French cell that has been translated (a markdown cell still
identical to the English one is left unstamped, so it stays reported), then run
``python -m course_utils.instructor.notebook_sources sync`` to write the ``.ipynb`` and its student edition.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .notebook_sources import _rel

ROOT = Path(__file__).resolve().parents[2]
ENGLISH_SOURCES = ROOT / "notebooks" / "source"
FRENCH_SOURCES = ROOT / "notebooks" / "fr" / "source"
KEY = "translated_from"
HASH_LENGTH = 12
_HEADER = re.compile(r"^# %%(?: |$)")


def english_hash(source: str) -> str:
    """The hash a French cell records of the English cell it translates (whitespace at the ends ignored)."""
    return hashlib.sha1(source.strip().encode("utf-8")).hexdigest()[:HASH_LENGTH]


def read_cells(source: str | Path) -> list[Any]:
    """The cells of a percent-format text source (``nbformat`` cells, as ``notebook_sources.sync`` reads them)."""
    import jupytext

    return jupytext.read(Path(source), fmt="py:percent").cells


def french_source(english: str | Path) -> Path:
    """``notebooks/source/NN_topic.py`` -> ``notebooks/fr/source/NN_topic.py``."""
    return FRENCH_SOURCES / Path(english).name


def english_source(french: str | Path) -> Path:
    """``notebooks/fr/source/NN_topic.py`` -> ``notebooks/source/NN_topic.py``."""
    return ENGLISH_SOURCES / Path(french).name


# --- code: only words may differ -------------------------------------------------------------------------------


class _SetStringsAside(ast.NodeTransformer):
    """Blank every string literal; keep an f-string's fields (sorted: French may order them differently)."""

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        if isinstance(node.value, str):
            return ast.copy_location(ast.Constant(value=""), node)
        return node

    def visit_JoinedStr(self, node: ast.JoinedStr) -> ast.AST:
        fields = [self.visit(v.value) for v in node.values if isinstance(v, ast.FormattedValue)]
        fields.sort(key=ast.dump)
        return ast.copy_location(ast.Tuple(elts=fields, ctx=ast.Load()), node)


def code_shape(source: str) -> str:
    """The syntax tree of a code cell with string literals and comments set aside (IPython ``%``/``!`` lines
    kept as they are); two cells of the same shape differ only in words."""
    lines, magics = [], []
    for line in source.splitlines():
        if line.lstrip().startswith(("%", "!")):
            magics.append(line.strip())
            lines.append("")
        else:
            lines.append(line)
    tree = _SetStringsAside().visit(ast.parse("\n".join(lines)))
    return ast.dump(tree, annotate_fields=False) + "\n" + "\n".join(magics)


def _first_difference(english: str, french: str) -> str:
    """A short description of where two code cells' shapes part (for the report)."""
    e_lines = [ln for ln in english.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    f_lines = [ln for ln in french.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    for a, b in zip(e_lines, f_lines):
        try:
            same = code_shape(a.strip()) == code_shape(b.strip())
        except SyntaxError:
            same = re.sub(r"(['\"]).*?\1", "''", a) == re.sub(r"(['\"]).*?\1", "''", b)
        if not same:
            return f"first differing code line: English {a.strip()!r}, French {b.strip()!r}"
    if len(e_lines) != len(f_lines):
        return f"the English cell has {len(e_lines)} code lines, the French {len(f_lines)}"
    return "the difference is in string-free code spread over several lines"


# --- comparing two sources -------------------------------------------------------------------------------------


def _metadata(cell: Any) -> dict[str, Any]:
    return {k: v for k, v in cell.metadata.items() if k != KEY}


def _header_lines(path: Path) -> list[int]:
    """Line number (1-based) of each cell's ``# %%`` line in a text source."""
    text = path.read_text(encoding="utf-8").splitlines()
    return [n for n, line in enumerate(text, start=1) if _HEADER.match(line)]


def _excerpt(cell: Any) -> str:
    first = next((ln.strip("# ").strip() for ln in cell.source.splitlines() if ln.strip("# ").strip()), "")
    return first[:60] + ("…" if len(first) > 60 else "")


def problems(english: str | Path, french: str | Path) -> list[str]:
    """Every way the French text source ``french`` is out of step with the English ``english``: one line each,
    naming the French cell (number, line, first words) and what to do. Empty when in step."""
    english, french = Path(english), Path(french)
    if not french.exists():
        return [f"{_rel(french)} is missing: start it with "
                f"`python -m course_utils.instructor.translation start {english.stem}`."]
    e_cells, f_cells = read_cells(english), read_cells(french)
    lines = _header_lines(french)
    where = _rel(french)
    found: list[str] = []
    e_types, f_types = [c.cell_type for c in e_cells], [c.cell_type for c in f_cells]
    if e_types != f_types:
        k = next((i for i, (a, b) in enumerate(zip(e_types, f_types)) if a != b), min(len(e_types), len(f_types)))
        found.append(f"{where}: {len(f_cells)} cells, the English {_rel(english)} has {len(e_cells)}; they part at "
                     f"cell {k + 1}: add, remove or move French cells so that each one faces its English cell.")
        return found
    for k, (e, f) in enumerate(zip(e_cells, f_cells)):
        name = f"{where}:{lines[k] if k < len(lines) else '?'} (cell {k + 1}, {f.cell_type}, «{_excerpt(f)}»)"
        if _metadata(e) != _metadata(f):
            found.append(f"{name}: metadata {_metadata(f)} differ from the English cell's {_metadata(e)} "
                         "(slides and grading must match): copy the English cell's # %% line.")
        if e.cell_type == "code":
            try:
                if code_shape(e.source) != code_shape(f.source):
                    found.append(f"{name}: its code differs from the English cell's beyond strings and comments "
                                 f"({_first_difference(e.source, f.source)}).")
            except SyntaxError as err:
                found.append(f"{name}: not valid Python ({err.msg}, line {err.lineno}).")
        recorded = f.metadata.get(KEY)
        if recorded != english_hash(e.source):
            state = "was never stamped as translated" if not recorded else "was translated from an older English text"
            found.append(f"{name} {state}: the English cell {k + 1} now reads «{_excerpt(e)}». Update the French, "
                         f"then run `python -m course_utils.instructor.translation stamp {where}`.")
    return found


def all_problems(root: Path = ROOT) -> list[str]:
    """Out-of-step reports for every English notebook source (a missing French source is one report)."""
    found: list[str] = []
    for english in sorted((root / "notebooks" / "source").glob("[0-9][0-9]_*.py")):
        found += problems(english, root / "notebooks" / "fr" / "source" / english.name)
    return found


# --- writing ---------------------------------------------------------------------------------------------------


def _set_header_key(header: str, value: str) -> str:
    """A ``# %%`` line with ``translated_from="value"`` (replacing any previous one)."""
    header = re.sub(rf' {KEY}="[0-9a-f]*"', "", header.rstrip("\n"))
    return f'{header} {KEY}="{value}"\n'


def stamp(french: str | Path, force: bool = False, english: str | Path | None = None) -> tuple[int, list[int]]:
    """Record the current English hash on each translated cell of ``french``.

    A markdown cell still identical to its English cell is not stamped (it is not translated yet) unless
    ``force``. ``english``: the English source (default: the one with the same name in ``notebooks/source/``).
    Refuses when the two sources do not have the same cell types in the same order.

    Returns:
        (number of cells stamped, cell numbers left unstamped).
    """
    french = Path(french)
    english = Path(english) if english is not None else english_source(french)
    e_cells, f_cells = read_cells(english), read_cells(french)
    if [c.cell_type for c in e_cells] != [c.cell_type for c in f_cells]:
        raise ValueError(f"{_rel(french)} and {_rel(english)} do not have the same cells in the same order; "
                         "run `python -m course_utils.instructor.translation status` to see where they part.")
    text = french.read_text(encoding="utf-8").splitlines(keepends=True)
    headers = [n - 1 for n in _header_lines(french)]
    stamped, skipped = 0, []
    for k, (e, f) in enumerate(zip(e_cells, f_cells)):
        untranslated = e.cell_type == "markdown" and e.source.strip() == f.source.strip() and \
            re.search(r"[A-Za-z]{3}", e.source)
        if untranslated and not force:
            skipped.append(k + 1)
            continue
        text[headers[k]] = _set_header_key(text[headers[k]], english_hash(e.source))
        stamped += 1
    french.write_text("".join(text), encoding="utf-8")
    return stamped, skipped


def start(name: str, root: Path = ROOT) -> Path:
    """Create ``notebooks/fr/source/<name>.py`` as a copy of the English source (nothing stamped yet)."""
    english = root / "notebooks" / "source" / f"{Path(name).stem}.py"
    if not english.exists():
        raise FileNotFoundError(f"No English source {_rel(english)}.")
    french = root / "notebooks" / "fr" / "source" / english.name
    if french.exists():
        raise FileExistsError(f"{_rel(french)} exists already; edit it, then `stamp` it.")
    french.parent.mkdir(parents=True, exist_ok=True)
    french.write_text(english.read_text(encoding="utf-8"), encoding="utf-8")
    return french


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m course_utils.instructor.translation",
                                     description="Keep the French notebooks in step with the English ones.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("status", help="list every French cell out of step (exit 1 if any)")
    start_parser = commands.add_parser("start", help="create a French source from the English one")
    start_parser.add_argument("name", help="e.g. 03_perceptron")
    stamp_parser = commands.add_parser("stamp", help="record the English hash on each translated French cell")
    stamp_parser.add_argument("sources", nargs="+", type=Path)
    stamp_parser.add_argument("--force", action="store_true",
                              help="also stamp markdown cells identical to the English (language-neutral cells)")
    args = parser.parse_args(argv)
    if args.command == "start":
        print(f"wrote {_rel(start(args.name))}: translate it, then stamp it")
        return 0
    if args.command == "stamp":
        for source in args.sources:
            stamped, skipped = stamp(source, force=args.force)
            rest = f"; cells {', '.join(map(str, skipped))} still read as the English" if skipped else ""
            print(f"{_rel(source)}: {stamped} cells stamped{rest}")
        return 0
    found = all_problems()
    print("\n".join(found) if found else "every French notebook is in step with the English")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
