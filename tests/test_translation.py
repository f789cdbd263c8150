"""The French edition stays in step with the English one (course_utils/instructor/translation.py).

Each French notebook has the English notebook's cells, types and metadata, code that differs only in strings and
comments, and, on each cell, the hash of the English text it was translated from: a changed English cell fails
here, naming the French cell to update. The glossary's terms and French typography are checked too.
"""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest

from course_utils.instructor import translation
from course_utils.instructor.translation import code_shape, problems, read_cells

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = sorted((ROOT / "notebooks" / "source").glob("[0-9][0-9]_*.py"))
FRENCH = sorted((ROOT / "notebooks" / "fr" / "source").glob("[0-9][0-9]_*.py"))
GLOSSARY = ROOT / "notebooks" / "fr" / "glossary.csv"


@pytest.mark.parametrize("french", FRENCH, ids=[p.stem for p in FRENCH])
def test_french_notebook_is_in_step_with_the_english(french: Path) -> None:
    found = problems(translation.english_source(french), french)
    assert not found, "\n".join(found)


def test_every_english_notebook_has_its_french_edition() -> None:
    missing = [e.name for e in ENGLISH if not (ROOT / "notebooks" / "fr" / "source" / e.name).exists()]
    assert not missing, f"no French source for {missing}: python -m course_utils.instructor.translation start NAME"


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """An English source and a stamped "translation" of it (a copy), in a temporary folder."""
    english, french = tmp_path / "en.py", tmp_path / "fr.py"
    shutil.copy(ENGLISH[0], english)
    shutil.copy(ENGLISH[0], french)
    translation.stamp(french, force=True, english=english)
    assert problems(english, french) == []
    return english, french


def test_a_changed_english_markdown_cell_names_the_french_cell(pair: tuple[Path, Path]) -> None:
    english, french = pair
    cells = read_cells(english)
    k = next(i for i, c in enumerate(cells) if c.cell_type == "markdown" and i > 0)
    first_line = next(ln for ln in cells[k].source.splitlines() if ln.strip())
    text = english.read_text(encoding="utf-8")
    english.write_text(text.replace(f"# {first_line}", f"# {first_line} (now with a new sentence)", 1),
                       encoding="utf-8")
    found = problems(english, french)
    assert len(found) == 1, found
    line = translation._header_lines(french)[k]
    assert f"fr.py:{line} (cell {k + 1}, markdown" in found[0]
    assert "older English text" in found[0] and "stamp" in found[0]


def test_a_changed_argument_in_the_french_code_is_reported(pair: tuple[Path, Path]) -> None:
    english, french = pair
    k = next(i for i, c in enumerate(read_cells(french)) if "course_utils.setup(" in c.source)
    text = french.read_text(encoding="utf-8")
    french.write_text(text.replace("course_utils.setup(", "course_utils.setup(seed=7, ", 1), encoding="utf-8")
    found = problems(english, french)
    assert len(found) == 1 and f"cell {k + 1}, code" in found[0] and "beyond strings and comments" in found[0], found
    assert "course_utils.setup(seed=7" in found[0]


def test_stamp_leaves_untranslated_markdown_unstamped(tmp_path: Path) -> None:
    english, french = tmp_path / "en.py", tmp_path / "fr.py"
    shutil.copy(ENGLISH[0], english)
    shutil.copy(ENGLISH[0], french)
    stamped, skipped = translation.stamp(french, english=english)
    markdown = [k + 1 for k, c in enumerate(read_cells(english)) if c.cell_type == "markdown"]
    assert skipped == markdown and stamped == len(read_cells(english)) - len(markdown)
    assert all("never stamped" in p and "markdown" in p for p in problems(english, french))


def test_code_shape_sets_only_words_aside() -> None:
    assert code_shape('print("Hello", n)  # say it') == code_shape("print('Bonjour', n)")
    assert code_shape('print(f"{a} of {b} patients")') == code_shape('print(f"{b} patients sur {a}")')
    assert code_shape("plt.title('Loss')\nx = 1") == code_shape("plt.title('Perte')\nx = 1")
    assert code_shape("x = 1") != code_shape("x = 2")
    assert code_shape("fit(model, epochs=10)") != code_shape("fit(model, epochs=10, lr=0.1)")
    assert code_shape('print(f"{a:.2f}")') == code_shape('print(f"{a:.2f} €")')
    assert code_shape("%matplotlib inline\nx = 1") != code_shape("x = 1")


def _glossary() -> list[tuple[str, list[str]]]:
    with GLOSSARY.open(encoding="utf-8") as f:
        return [(row["english"], row["french"].split("|")) for row in csv.DictReader(f)]


def _markdown(source: Path) -> str:
    return "\n".join(c.source for c in read_cells(source) if c.cell_type == "markdown")


def test_the_glossary_is_well_formed() -> None:
    terms = _glossary()
    assert len(terms) >= 30
    english = [e.lower() for e, _ in terms]
    assert len(english) == len(set(english)), "a term appears twice in the glossary"
    assert all(e.strip() and all(f.strip() for f in fr) for e, fr in terms)


@pytest.mark.parametrize("french", FRENCH, ids=[p.stem for p in FRENCH])
def test_glossary_terms_are_used(french: Path) -> None:
    """Where the English notebook uses a glossary term, the French one uses its French term."""
    english_text = _markdown(translation.english_source(french)).lower()
    french_text = "\n".join(c.source for c in read_cells(french)).lower()
    missing = []
    for english, alternatives in _glossary():
        if re.search(rf"(?<![\w-]){re.escape(english.lower())}s?(?![\w-])", english_text):
            if not any(alt.lower() in french_text for alt in alternatives):
                missing.append(f"{english!r} -> {' or '.join(alternatives)}")
    assert not missing, f"{french.name}: glossary terms used in English but not in French:\n" + "\n".join(missing)


def _prose(markdown: str) -> str:
    """Markdown without code, maths, links' targets and HTML, where French typography applies."""
    text = re.sub(r"```.*?```", " ", markdown, flags=re.S)
    text = re.sub(r"`[^`]*`|\$\$.*?\$\$|\$[^$]*\$|\]\([^)]*\)|<[^>]+>|https?://\S+", " ", text, flags=re.S)
    return text


@pytest.mark.parametrize("french", FRENCH, ids=[p.stem for p in FRENCH])
def test_french_typography(french: Path) -> None:
    """A no-break space (narrow, U+202F, or U+00A0) before : ; ! ? and %, never a plain one or none."""
    bad = []
    for k, cell in enumerate(read_cells(french), start=1):
        if cell.cell_type != "markdown":
            continue
        for line in _prose(cell.source).splitlines():
            for match in re.finditer(r"(\S| )([;:!?%])(?=[\s*_)]|$)", line):
                before = match.group(1)
                if before in "\u202f\u00a0" or (match.group(2) == ":" and before.isdigit()):
                    continue
                bad.append(f"cell {k}: «{line.strip()[:80]}»")
                break
    assert not bad, f"{french.name}: put a narrow no-break space (U+202F) before ; : ! ? %:\n" + "\n".join(bad[:20])
