"""README.fr.md, the French entry point: there, linked to README.md, generated parts fresh, links and commands true."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

from course_utils.instructor import catalog, launch

ROOT = Path(__file__).resolve().parents[1]
FRENCH = ROOT / "README.fr.md"
ENGLISH = ROOT / "README.md"
#: The notebook each README's install command opens (Linux/macOS and Windows spellings), French -> English.
WELCOME = {"student/fr/00_welcome.ipynb": "student/00_welcome.ipynb",
           "student\\fr\\00_welcome.ipynb": "student\\00_welcome.ipynb"}
_LINK = re.compile(r"\]\(([^)\s]+)\)")
_FENCE = re.compile(r"```[a-z]*\n(.*?)```", re.S)


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _slugs(markdown: str) -> set[str]:
    """GitHub's anchors of the headings of a markdown text (lower case, punctuation dropped, spaces -> hyphens)."""
    markdown = _FENCE.sub("", markdown)
    slugs = set()
    for heading in re.findall(r"^#{1,6} (.+?)\s*$", markdown, re.M):
        slugs.add(re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-"))
    return slugs


def _install_commands(markdown: str) -> list[str]:
    """The command lines (comments left out) of the code blocks that create the course's virtual environment."""
    lines = []
    for block in _FENCE.findall(markdown):
        if "-m venv .venv" in block:
            lines += [line for line in block.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return lines


def test_the_french_readme_exists_and_links_to_the_english_one():
    assert FRENCH.is_file(), "README.fr.md is missing: the French students' entry point"
    lines = [line for line in _text(FRENCH).splitlines() if line.strip()]
    assert lines[0].startswith("# "), "README.fr.md must start with its title"
    assert "](README.md)" in lines[1], "the line after README.fr.md's title must link to README.md (English version)"
    assert "Pour l'apprentissage uniquement" in _text(FRENCH), "README.fr.md must say the course is for learning only"


def test_the_french_table_of_contents_is_up_to_date():
    assert catalog.update_readme(FRENCH, ROOT / "notebooks" / "fr", check=True, lang="fr"), \
        "README.fr.md's table of contents is stale: run python -m course_utils.instructor.catalog"


def test_the_french_badges_are_up_to_date_and_open_the_french_welcome_notebook():
    text = _text(FRENCH)
    for name in ("badges", "binder", "colab", "clone", "pip"):
        assert f"<!-- launch:{name} -->" in text and f"<!-- /launch:{name} -->" in text, f"launch:{name} block"
    assert launch.apply([], root=ROOT, readme=FRENCH, check=True) == [], \
        "README.fr.md's badges are stale: run python -m course_utils.instructor.launch apply"
    badges = text.split("<!-- launch:badges -->", 1)[1].split("<!-- /launch:badges -->", 1)[0]
    assert "student/fr/00_welcome.ipynb" in badges and "student/00_welcome.ipynb" not in badges


def test_every_relative_link_points_at_an_existing_file_and_heading():
    missing = []
    own_slugs = _slugs(_text(FRENCH))
    for target in _LINK.findall(_text(FRENCH)):
        if re.match(r"[a-z]+:", target):
            continue  # https://, mailto:
        path, _, anchor = unquote(target).partition("#")
        file = ROOT / path if path else FRENCH
        if not file.exists():
            missing.append(f"{target}: no file {path}")
        elif anchor and file.suffix == ".md" and anchor not in (own_slugs if not path else _slugs(_text(file))):
            missing.append(f"{target}: no heading #{anchor} in {file.name}")
    assert not missing, "README.fr.md has broken links:\n" + "\n".join(missing)


def _normalise(line: str) -> str:
    """A French README command line with the notebook it opens spelled as in README.md."""
    for fr, en in WELCOME.items():
        line = line.replace(fr, en)
    return line


def test_the_commands_are_the_english_readmes_opening_the_french_welcome_notebook():
    french, english = _install_commands(_text(FRENCH)), _install_commands(_text(ENGLISH))
    assert len(english) >= 2, "README.md's quick start should have the install and the test command"
    assert [_normalise(line) for line in french] == english, \
        "README.fr.md's quick-start commands must be README.md's, in the same order (only the notebook opened differs)"
    opening = [line for line in french if "jupyter lab" in line]
    assert opening and all(any(line.endswith(fr) for fr in WELCOME) for line in opening), \
        "README.fr.md's install command must open the French welcome notebook, student/fr/00_welcome.ipynb"


def test_french_typography():
    """A narrow no-break space before ; : ! ? % in the prose (code, links and the generated table set aside)."""
    text = _text(FRENCH)
    text = text.split(catalog.TOC_START)[0] + text.split(catalog.TOC_END)[1]
    text = _FENCE.sub(" ", text)
    text = re.sub(r"`[^`]*`|\]\([^)]*\)|<[^>]+>|https?://\S+", " ", text)
    bad = [line.strip()[:80] for line in text.splitlines()
           if re.search(r"(?:^|[^\u202f\u00a0\d])[;:!?%](?=[\s*_)]|$)", line)]
    assert not bad, "put a narrow no-break space (U+202F) before ; : ! ? %:\n" + "\n".join(bad)
