"""Open the course anywhere: the "Open in Colab" and Binder badges and the Colab install cell, from one setting.

``pyproject.toml``'s ``[tool.course]`` table is the one place that says where the course is published::

    [tool.course]
    repository = "owner/name"   # on GitHub
    branch = "main"

Everything that points there is rendered from it:

- **the badge** on the first line of each notebook's title cell: "Open in Colab" opens the *student edition*
  (``student/NN_topic.ipynb``) where the notebook has one, from both editions; the template opens itself;
- **the Colab cell**, the first code cell of each notebook (slide type ``skip``, before the setup cell). Only on Colab
  (``"google.colab" in sys.modules``) it installs the course package from the repository, then runs
  ``colab-install`` (below) for the libraries Colab lacks; elsewhere it does nothing, at once and silently;
- **the README's links**, between ``<!-- launch:NAME -->`` and ``<!-- /launch:NAME -->`` markers (the badges, the
  ``git clone`` line and the ``pip install`` line; see :func:`readme_block`).

Commands (run ``notebook_sources sync`` after ``apply`` to regenerate the ``.ipynb`` files)::

    python -m course_utils.instructor.launch apply              # every text source, the template and README.md
    python -m course_utils.instructor.launch apply notebooks/source/03_perceptron.py
    python -m course_utils.instructor.launch apply --check      # change nothing; exit 1 naming each file out of date
    python -m course_utils.instructor.launch colab-install      # what the Colab cell runs

``colab-install`` installs the package's dependencies that Colab lacks, keeping what Colab provides: its torch when it
lies inside the package's range (pinned so that pip leaves it alone, CUDA included, so a Colab GPU is used), its
ipywidgets (Colab's page renders only the widgets version Colab ships), and no JupyterLab (Colab has its own page).

The environment variable ``COURSE_UTILS_SOURCE`` replaces where the Colab cell installs the package from: any pip
requirement, e.g. a wheel file (``tests/test_launch.py`` uses one), a fork, or ``course-utils @ git+https://...``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"
#: Environment variable that replaces the Colab cell's install source (documented in the README, "On Colab").
SOURCE_VARIABLE = "COURSE_UTILS_SOURCE"
COLAB_BADGE_IMAGE = "https://colab.research.google.com/assets/colab-badge.svg"
BINDER_BADGE_IMAGE = "https://mybinder.org/badge_logo.svg"
#: The notebook the README's badges open.
WELCOME = "student/00_welcome.ipynb"
#: The welcome notebook of each edition's student copy (what badges and classroom links open).
WELCOME_BY_LANG = {"en": WELCOME, "fr": "student/fr/00_welcome.ipynb"}
#: The French README opens the French student edition; every other README the English one.
WELCOME_BY_README = {"README.fr.md": WELCOME_BY_LANG["fr"]}
#: What marks the Colab cell (its guard); a code cell holding it is the course's Colab cell.
COLAB_GUARD = 'if "google.colab" in sys.modules:'
#: Dependencies that Colab provides in its own way, never installed there: Colab's page is not JupyterLab, and it
#: renders only the ipywidgets version Colab ships (a newer one shows no widget at all).
COLAB_KEEPS = ("ipywidgets", "jupyterlab", "jupyterlab-slideshow")
_REPOSITORY = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}")
_BRANCH = re.compile(r"[A-Za-z0-9._/-]{1,200}")
_HEADER = re.compile(r"^# %%")
_BADGE_LINE = re.compile(r"^# \[!\[Open In Colab\]\(.*\)\]\(.*\)\s*$")


@dataclass(frozen=True)
class CourseConfig:
    """Where the course is published: a GitHub ``owner/name`` and a branch (``[tool.course]``)."""

    repository: str
    branch: str = "main"

    @property
    def github_url(self) -> str:
        return f"https://github.com/{self.repository}"

    @property
    def package_source(self) -> str:
        """The pip requirement the Colab cell installs by default: the branch's archive (no git needed)."""
        return f"course-utils @ {self.github_url}/archive/refs/heads/{self.branch}.zip"

    def colab_url(self, path: str) -> str:
        """Colab's address for the notebook at ``path`` (relative to the repository root)."""
        return f"https://colab.research.google.com/github/{self.repository}/blob/{self.branch}/{path}"

    def binder_url(self, path: str = WELCOME) -> str:
        """mybinder.org's address that builds the repository and opens ``path`` in JupyterLab."""
        return f"https://mybinder.org/v2/gh/{self.repository}/{self.branch}?urlpath=lab/tree/{path}"


def _load_toml(path: Path) -> dict:
    try:
        import tomllib
    except ImportError:  # Python 3.10
        try:
            import tomli as tomllib
        except ImportError:
            raise ImportError("Reading pyproject.toml needs Python 3.11 or newer, or the tomli package "
                              "(pip install tomli).") from None
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"No pyproject.toml at {path}: run this command inside the course repository.") \
            from None


def read_config(pyproject: str | Path = PYPROJECT) -> CourseConfig:
    """The ``[tool.course]`` table of ``pyproject``, checked; a ``ValueError`` says what to write otherwise."""
    table = _load_toml(Path(pyproject)).get("tool", {}).get("course")
    example = '[tool.course]\nrepository = "owner/name"   # the course\'s GitHub repository\nbranch = "main"'
    if not isinstance(table, dict):
        raise ValueError(f"{pyproject} has no [tool.course] table, the one place that says where the course is "
                         f"published. Add:\n{example}")
    repository, branch = table.get("repository"), table.get("branch", "main")
    if not isinstance(repository, str) or not _REPOSITORY.fullmatch(repository):
        raise ValueError(f"[tool.course] repository must be a GitHub path 'owner/name' (as in "
                         f"https://github.com/owner/name), got {repository!r}. Fix it in {pyproject}:\n{example}")
    if not isinstance(branch, str) or not _BRANCH.fullmatch(branch):
        raise ValueError(f"[tool.course] branch must be a branch name such as 'main', got {branch!r}. "
                         f"Fix it in {pyproject}.")
    return CourseConfig(repository=repository, branch=branch)


# --- what is rendered ---------------------------------------------------------------------------------------------


def colab_badge(url: str) -> str:
    """The markdown "Open in Colab" badge linking to ``url``."""
    return f"[![Open In Colab]({COLAB_BADGE_IMAGE})]({url})"


def binder_badge(url: str) -> str:
    """The markdown Binder badge linking to ``url``."""
    return f"[![Binder]({BINDER_BADGE_IMAGE})]({url})"


_COLAB_CELL = """\
# On Google Colab only: install the course package and the libraries Colab lacks (elsewhere: nothing).
import sys

{guard}
    import importlib.util
    import os
    import subprocess

    if importlib.util.find_spec("course_utils") is None:  # not installed yet
        package_source = os.environ.get("{variable}",
                                        "{source}")
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", package_source], check=True)
        importlib.invalidate_caches()
    subprocess.run([sys.executable, "-m", "course_utils.instructor.launch", "colab-install"], check=True)
"""


#: The Colab cell's comments in French (the code is the same, as the French edition's step-keeping test requires).
_FRENCH_COMMENTS = {
    "# On Google Colab only: install the course package and the libraries Colab lacks (elsewhere: nothing).":
        "# Sur Google Colab seulement\u202f: installe le paquet du cours et les bibliothèques qui manquent à Colab "
        "(ailleurs\u202f: rien).",
    "# not installed yet": "# pas encore installé",
}


def colab_cell(config: CourseConfig, french: bool = False) -> str:
    """The source of the Colab cell: on Colab, install the package and what it needs; elsewhere nothing.

    ``french``: the same code with its comments in French (for notebooks/fr/)."""
    text = _COLAB_CELL.format(guard=COLAB_GUARD, variable=SOURCE_VARIABLE, source=config.package_source)
    if french:
        for english, translated in _FRENCH_COMMENTS.items():
            text = text.replace(english, translated)
    return text


def colab_target(source: str | Path, root: str | Path = ROOT) -> str:
    """The notebook Colab opens for a text source, relative to ``root``: the student edition where there is one.

    ``notebooks/source/03_perceptron.py`` -> ``student/03_perceptron.ipynb``;
    ``templates/source/99_template.py`` -> ``templates/99_template.ipynb``.
    """
    from course_utils.instructor.notebook_sources import STUDENT_DIRS, notebook_path

    source, root = Path(source).resolve(), Path(root).resolve()
    try:
        relative = source.relative_to(root)
    except ValueError:
        raise ValueError(f"{source} is not inside the repository {root}; pass the repository folder as root "
                         "(--root on the command line).") from None
    notebook = notebook_path(relative)
    folder = notebook.parent.as_posix()
    if folder in STUDENT_DIRS:
        notebook = Path(STUDENT_DIRS[folder]) / notebook.name
    return notebook.as_posix()


def _split_cells(text: str) -> list[list[str]]:
    """The lines of a percent-format text source, one list per cell (a leading chunk before any cell too)."""
    chunks: list[list[str]] = [[]]
    for line in text.splitlines(keepends=True):
        if _HEADER.match(line):
            chunks.append([])
        chunks[-1].append(line)
    return chunks if chunks[0] else chunks[1:]


def _is_markdown(chunk: list[str]) -> bool:
    return bool(chunk) and _HEADER.match(chunk[0]) is not None and "[markdown]" in chunk[0]


def _is_code(chunk: list[str]) -> bool:
    return bool(chunk) and _HEADER.match(chunk[0]) is not None and not re.match(r"^# %% \[(markdown|raw|md)\]",
                                                                                chunk[0])


def render_source(text: str, colab_url: str, config: CourseConfig, name: str = "the text source") -> str:
    """``text`` (a percent-format notebook source) with the badge and the Colab cell inserted or brought up to date.

    The badge is the first line of the title cell (the first cell, markdown); the Colab cell is inserted before the
    first code cell (any older Colab cell is removed first). Everything else is left byte for byte.
    """
    chunks = _split_cells(text)
    if not chunks or not _is_markdown(chunks[0]):
        raise ValueError(f"{name}: the first cell must be the markdown title cell ('# %% [markdown] ...', then "
                         "'# # NN · Title'); see templates/source/99_template.py.")
    title = chunks[0]
    badge = f"# {colab_badge(colab_url)}\n"
    if len(title) > 1 and _BADGE_LINE.match(title[1]):
        title[1] = badge
    else:
        title[1:1] = [badge, "#\n"]
    # keep the old cell's # %% line: it may carry metadata (the French edition's translated_from stamp)
    header = next((c[0] for c in chunks if _is_code(c) and any(COLAB_GUARD in line for line in c)), None)
    chunks = [c for c in chunks if not (_is_code(c) and any(COLAB_GUARD in line for line in c))]
    first_code = next((i for i, c in enumerate(chunks) if _is_code(c)), None)
    if first_code is None:
        raise ValueError(f"{name}: no code cell found; the Colab cell goes before the setup cell "
                         "(course_utils.setup()).")
    french = "/student/fr/" in colab_url
    cell = [header or '# %% slideshow={"slide_type": "skip"}\n',
            *colab_cell(config, french=french).splitlines(keepends=True), "\n"]
    chunks.insert(first_code, cell)
    return "".join("".join(c) for c in chunks)


def readme_block(name: str, config: CourseConfig, welcome: str = WELCOME) -> str:
    """The markdown inside ``<!-- launch:NAME -->`` ... ``<!-- /launch:NAME -->`` of README.md (or README.fr.md).

    ``badges`` (Binder and Colab), ``binder``, ``colab``: badges opening the welcome notebook ``welcome`` (the
    French README passes the French one, and gets its sentences in French); ``clone``: how to get the repository;
    ``pip``: the package without a clone.
    """
    folder = config.repository.split("/")[1]
    if welcome.startswith("student/fr/"):
        clone = (f"Récupérez le cours avec `git clone {config.github_url}.git` puis `cd {folder}` (ou, sans git, "
                 f"*Code → Download ZIP* sur GitHub, puis décompressez).")
    else:
        clone = (f"Get the course with `git clone {config.github_url}.git` and `cd {folder}` (or, without git, "
                 f"GitHub's *Code → Download ZIP*, unpacked).")
    blocks = {
        "badges": f"{binder_badge(config.binder_url(welcome))} {colab_badge(config.colab_url(welcome))}",
        "binder": binder_badge(config.binder_url(welcome)),
        "colab": colab_badge(config.colab_url(welcome)),
        "clone": clone,
        "pip": f'`pip install "{config.package_source}"`',
    }
    if name not in blocks:
        raise ValueError(f"README.md: unknown block <!-- launch:{name} -->; the blocks are {', '.join(blocks)}.")
    return blocks[name]


def render_readme(text: str, config: CourseConfig, welcome: str = WELCOME) -> str:
    """README text with every ``<!-- launch:NAME -->`` block rewritten from ``config`` (badges open ``welcome``)."""
    pattern = re.compile(r"(<!-- launch:([a-z]+) -->\n)(.*?)(<!-- /launch:\2 -->)", re.S)
    return pattern.sub(lambda m: f"{m.group(1)}{readme_block(m.group(2), config, welcome)}\n{m.group(4)}", text)


# --- apply and check ----------------------------------------------------------------------------------------------


def apply(sources: Iterable[str | Path], root: str | Path = ROOT, readme: str | Path | None = None,
          check: bool = False, config: CourseConfig | None = None) -> list[Path]:
    """Bring the badge and the Colab cell of each text source (and README's badges) up to date.

    Args:
        sources: text sources (``notebooks/source/NN_topic.py``, ``templates/source/99_template.py``) under ``root``.
        root: the repository folder the Colab links are relative to.
        readme: a README whose ``<!-- launch:NAME -->`` blocks to rewrite, or None.
        check: change nothing, only report.
        config: where the course is published (default: ``[tool.course]`` of the repository's pyproject.toml).

    Returns:
        The files that were out of date (written unless ``check``).
    """
    config = config or read_config()
    changed = []
    for source in map(Path, sources):
        if not source.is_file():
            raise FileNotFoundError(f"No text source at {source} (expected notebooks/source/NN_topic.py).")
        text = source.read_text(encoding="utf-8")
        new = render_source(text, config.colab_url(colab_target(source, root)), config, name=str(source))
        if new != text:
            changed.append(source)
            if not check:
                source.write_text(new, encoding="utf-8")
    if readme is not None:
        readme = Path(readme)
        text = readme.read_text(encoding="utf-8")
        new = render_readme(text, config, WELCOME_BY_README.get(readme.name, WELCOME))
        if new != text:
            changed.append(readme)
            if not check:
                readme.write_text(new, encoding="utf-8")
    return changed


# --- on Colab -----------------------------------------------------------------------------------------------------


def installed_version(name: str) -> str | None:
    """The installed version of distribution ``name``, or None."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return None


def colab_requirements(requires: Iterable[str], installed: Callable[[str], str | None]) -> tuple[list[str], list[str]]:
    """What ``colab-install`` asks pip for, and what it keeps from Colab.

    Args:
        requires: the package's requirement strings (``importlib.metadata.requires("course-utils")``).
        installed: the installed version of a distribution name, or None.

    Returns:
        ``(to_install, kept)``: requirements not yet satisfied (with ``torch==<Colab's version>`` added when Colab's
        torch is kept, so that pip leaves it alone), and ``"name version"`` of what Colab provides and is kept.
    """
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    to_install, kept = [], []
    for text in requires:
        requirement = Requirement(text)
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue  # an extra (test, grading...) or another platform's requirement
        name = canonicalize_name(requirement.name)
        have = installed(name)
        fits = have is not None and requirement.specifier.contains(have, prereleases=True)
        if name in COLAB_KEEPS:
            if have is not None:
                kept.append(f"{name} {have}")
            elif name == "ipywidgets":
                to_install.append(str(requirement))
        elif name == "torch" and fits:
            kept.append(f"torch {have}")
            to_install.append(f"torch=={have}")
        elif not fits:
            to_install.append(str(requirement))
    return to_install, kept


def colab_install() -> int:
    """Install the package's dependencies that are missing (keeping Colab's own torch, widgets and Jupyter)."""
    import subprocess
    from importlib.metadata import requires

    to_install, kept = colab_requirements(requires("course-utils") or [], installed_version)
    missing = [r for r in to_install if not r.startswith("torch==")]
    if missing:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", *to_install], check=True)
    print(f"Colab: installed {', '.join(missing) if missing else 'nothing more'}; "
          f"kept Colab's {', '.join(kept) if kept else 'nothing'}.")
    return 0


# --- command line -------------------------------------------------------------------------------------------------


def _relative(path: Path, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return str(path)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``apply [--check] [--root DIR] [SOURCE.py ...]`` or ``colab-install``."""
    parser = argparse.ArgumentParser(prog="python -m course_utils.instructor.launch",
                                     description="Badges and the Colab cell, from pyproject.toml's [tool.course].")
    commands = parser.add_subparsers(dest="command", required=True)
    apply_parser = commands.add_parser("apply", help="insert or update each notebook's badge and Colab cell")
    apply_parser.add_argument("sources", nargs="*", type=Path,
                              help="text sources (default: every one, the template and README.md)")
    apply_parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file is out of date")
    apply_parser.add_argument("--root", type=Path, default=ROOT, help="the repository folder (default: this one)")
    commands.add_parser("colab-install", help="on Colab: install the package's missing dependencies")
    args = parser.parse_args(argv)
    if args.command == "colab-install":
        return colab_install()
    from course_utils.instructor.notebook_sources import text_sources

    sources = args.sources or text_sources(args.root)
    readme = None if args.sources else args.root / "README.md"
    try:
        config = read_config(args.root / "pyproject.toml")
        changed = apply(sources, root=args.root, readme=readme, check=args.check, config=config)
        french = args.root / "README.fr.md"
        if readme is not None and french.exists():
            changed += apply([], root=args.root, readme=french, check=args.check, config=config)
    except (ValueError, FileNotFoundError, ImportError) as err:
        print(err, file=sys.stderr)
        return 2
    names = [_relative(p, args.root) for p in changed]
    if args.check:
        print("\n".join(f"{n} lacks the current badge or Colab cell: run python -m course_utils.instructor.launch "
                        f"apply, then notebook_sources sync" for n in names) or "badges and Colab cells up to date")
        return 1 if changed else 0
    print("\n".join(f"wrote {n}" for n in names) or "nothing to do: badges and Colab cells up to date")
    if any(n.endswith(".py") for n in names):
        print("now run: python -m course_utils.instructor.notebook_sources sync")
    return 0


if __name__ == "__main__":
    sys.exit(main())
