"""The course's table of contents, read from each notebook's title cell.

Every notebook starts with a title cell in this format (copy it from ``templates/source/99_template.py``)::

    # 03 · The perceptron
    > One artificial neuron raises a blood-count alert.
    **Estimated time:** 60 min · **Prerequisites:** 01, 02

The French notebooks (``notebooks/fr/``) say the same in French (``# 03 · Le perceptron``, ``**Durée estimée :**``,
``**Prérequis :**``).

``python -m course_utils.instructor.catalog`` rewrites the table between the ``<!-- toc -->`` markers of README.md
(and of README.fr.md, from the French notebooks); ``--check`` exits with an error when either is out of date
(tested).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOC_START, TOC_END = "<!-- toc -->", "<!-- /toc -->"
_TITLE = re.compile(r"^# (\d\d) · (.+)$", re.M)
_DESCRIPTION = re.compile(r"^> (.+)$", re.M)
_TIME = re.compile(r"\*\*(?:Estimated time|Durée estimée)\s?:\*\*\s(\d+)\s?min")
_PREREQ = re.compile(r"\*\*(?:Prerequisites|Prérequis)\s?:\*\*\s([^\n]+)")
#: Each README and the notebooks its table lists, with the table's words in that language.
EDITIONS = {
    "en": {"readme": "README.md", "notebooks": "notebooks", "student": "student",
           "header": "| # | Notebook | What you will learn | Time | Colab |"},
    "fr": {"readme": "README.fr.md", "notebooks": "notebooks/fr", "student": "student/fr",
           "header": "| n° | Notebook | Ce que vous apprendrez | Durée | Colab |"},
}


@dataclass(frozen=True)
class NotebookInfo:
    """What the title cell of one notebook says."""

    path: Path
    number: str
    title: str
    description: str
    minutes: int
    prerequisites: str


def read_header(path: str | Path) -> NotebookInfo:
    """Parse the title cell of the notebook at ``path``; raise ``ValueError`` naming what is missing."""
    path = Path(path)
    try:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    except FileNotFoundError:
        raise FileNotFoundError(f"No notebook at {path}.") from None
    except (ValueError, KeyError) as err:
        raise ValueError(f"{path} is not a valid notebook file ({err}).") from None
    if not cells or cells[0].get("cell_type") != "markdown":
        raise ValueError(f"{path}: the first cell must be the markdown title cell.")
    text = "".join(cells[0]["source"])
    found = {name: rx.search(text) for name, rx in
             (("title line '# NN · Title'", _TITLE), ("description line '> ...'", _DESCRIPTION),
              ("'**Estimated time:** N min'", _TIME), ("'**Prerequisites:** ...'", _PREREQ))}
    missing = [name for name, match in found.items() if match is None]
    if missing:
        raise ValueError(f"{path}: the title cell lacks {', '.join(missing)} "
                         "(copy the title cell of templates/source/99_template.py; see CONTRIBUTING.md).")
    title = found["title line '# NN · Title'"]
    number = title.group(1)
    if not path.name.startswith(number + "_"):
        raise ValueError(f"{path}: the title says notebook {number} but the file name does not start with {number}_.")
    return NotebookInfo(path=path, number=number, title=title.group(2).strip(),
                        description=found["description line '> ...'"].group(1).strip(),
                        minutes=int(found["'**Estimated time:** N min'"].group(1)),
                        prerequisites=found["'**Prerequisites:** ...'"].group(1).strip())


def notebooks(folder: str | Path = ROOT / "notebooks") -> list[NotebookInfo]:
    """Every course notebook in ``folder``, in order."""
    return [read_header(p) for p in sorted(Path(folder).glob("[0-9][0-9]_*.ipynb"))]


def render_toc(infos: list[NotebookInfo], lang: str = "en") -> str:
    """The markdown table of contents (one row per notebook) of the ``lang`` edition (``"en"`` or ``"fr"``)."""
    from course_utils.instructor import launch

    edition = EDITIONS[lang]
    config = launch.read_config()
    rows = [edition["header"], "| --- | --- | --- | --- | --- |"]
    unit = "\u202fmin" if lang == "fr" else " min"
    for info in infos:
        link = f"[{info.title}]({edition['notebooks']}/{info.path.name})"
        badge = launch.colab_badge(config.colab_url(f"{edition['student']}/{info.path.name}"))
        rows.append(f"| {info.number} | {link} | {info.description} | {info.minutes}{unit} | {badge} |")
    total = sum(i.minutes for i in infos)
    hours = f"{total // 60}\u202fh\u202f{total % 60:02d}" if lang == "fr" else f"{total // 60} h {total % 60:02d}"
    rows.append(f"| | **Total** | | **{hours}** | |")
    return "\n".join(rows)


def update_readme(readme: str | Path = ROOT / "README.md", folder: str | Path = ROOT / "notebooks",
                  check: bool = False, lang: str = "en") -> bool:
    """Rewrite the README's table of contents; with ``check=True`` only report whether it is up to date.

    Returns:
        True when the README was already up to date.
    """
    readme = Path(readme)
    text = readme.read_text(encoding="utf-8")
    if TOC_START not in text or TOC_END not in text:
        raise ValueError(f"{readme} needs the markers {TOC_START} and {TOC_END} around the table of contents.")
    head, rest = text.split(TOC_START, 1)
    _, tail = rest.split(TOC_END, 1)
    new = f"{head}{TOC_START}\n{render_toc(notebooks(folder), lang)}\n{TOC_END}{tail}"
    if new == text:
        return True
    if not check:
        readme.write_text(new, encoding="utf-8")
    return False


def main(argv: list[str] | None = None) -> int:
    """Command line: rewrite README.md's table of contents, or only check it with ``--check``."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m course_utils.instructor.catalog",
                                     description="Rewrite the table of contents of README.md from the notebooks' "
                                                 "title cells.")
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if README.md is out of date")
    args = parser.parse_args(argv)
    stale = []
    for lang, edition in EDITIONS.items():
        readme = ROOT / edition["readme"]
        if not readme.exists():
            continue
        up_to_date = update_readme(readme, ROOT / edition["notebooks"], check=args.check, lang=lang)
        if not up_to_date:
            stale.append(edition["readme"])
        state = "is up to date" if up_to_date else ("is out of date" if args.check else "updated")
        print(f"{edition['readme']} table of contents {state}.")
    if args.check and stale:
        print("Run `python -m course_utils.instructor.catalog` to rewrite it.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
