"""Teaching a class on JupyterHub: the nbgitpuller link that gives every student the course.

A student who clicks the link logs in to the hub, which starts their server; nbgitpuller then clones the course
repository into their home (the first time) or merges the new commits into their copy (every later time, keeping
what they changed), and opens the welcome notebook of the student edition in JupyterLab::

    python -m course_utils.instructor.classroom link --hub https://hub.example.org
    python -m course_utils.instructor.classroom link --hub https://hub.example.org --lang fr   # student/fr/...

The repository and branch come from ``pyproject.toml``'s ``[tool.course]`` (:func:`course_utils.instructor.launch.
read_config`, the same setting as the Colab and Binder badges); ``--repo`` and ``--branch`` replace them (a fork, a
mirror on the school's own git server, or a local path for a test). The link has nbgitpuller's usual form::

    HUB/hub/user-redirect/git-pull?repo=REPO&branch=BRANCH&urlpath=lab/tree/NAME/NOTEBOOK&targetpath=NAME

where ``NAME`` is the folder the course goes into in each home (the repository's name) and ``NOTEBOOK`` the notebook
that opens. ``deploy/jupyterhub/README.md`` says how to run the hub, make accounts and share the link.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

from course_utils.instructor.launch import PYPROJECT, ROOT, WELCOME_BY_LANG, read_config

#: What ``[tool.course] repository`` says until the course is published.
PLACEHOLDER_REPOSITORY = "OWNER/REPOSITORY"
_FOLDER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


def _hub_base(hub: str) -> str:
    """``hub`` without a trailing ``/`` or ``/hub``, checked to be an http(s) address."""
    if not isinstance(hub, str):
        raise ValueError(f"The hub address must be text such as 'https://hub.example.org', got "
                         f"{type(hub).__name__} {hub!r}.")
    parts = urlsplit(hub.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"The hub address must start with https:// (or http:// on a test machine) and name a host, "
                         f"as in 'https://hub.example.org', got {hub!r}. Give the address students type to reach "
                         f"the hub's login page, without /hub/login.")
    if parts.query or parts.fragment:
        raise ValueError(f"The hub address must not contain '?' or '#', got {hub!r}. Give only the address of the "
                         f"hub, as in 'https://hub.example.org'.")
    path = parts.path.rstrip("/")
    for tail in ("/hub/login", "/hub"):
        if path.endswith(tail):
            path = path[: -len(tail)]
            break
    return f"{parts.scheme}://{parts.netloc}{path}"


def folder_name(repo: str) -> str:
    """The folder the course goes into in each student's home: the repository's last path part, without ``.git``."""
    name = repo.rstrip("/").split("/")[-1]
    name = name[:-4] if name.endswith(".git") else name
    if not _FOLDER.fullmatch(name):
        raise ValueError(f"Cannot name a folder after the repository {repo!r}: its last part {name!r} should be a "
                         f"name of letters, digits, '.', '_' or '-'. Give the repository's address, such as "
                         f"https://github.com/owner/name.")
    return name


def nbgitpuller_link(hub: str, repo: str, branch: str = "main", notebook: str = WELCOME_BY_LANG["en"]) -> str:
    """The nbgitpuller link that pulls ``repo`` (at ``branch``) into the student's home and opens ``notebook``.

    ``hub``: the hub's address (``https://hub.example.org``; a trailing ``/hub`` is dropped). ``repo``: a git URL
    (``https://github.com/owner/name``), or a ``file://`` URL or path on the hub's machine. ``notebook``: a path
    inside the repository, opened in JupyterLab.
    """
    if not isinstance(repo, str) or not repo.strip():
        raise ValueError(f"The repository must be a git address such as https://github.com/owner/name, got {repo!r}.")
    if not isinstance(branch, str) or not re.fullmatch(r"[A-Za-z0-9._/-]{1,200}", branch):
        raise ValueError(f"The branch must be a branch name such as 'main', got {branch!r}.")
    if not isinstance(notebook, str) or notebook.startswith("/") or ".." in notebook.split("/"):
        raise ValueError(f"The notebook must be a path inside the repository such as 'student/00_welcome.ipynb', "
                         f"got {notebook!r}.")
    folder = folder_name(repo.strip())
    query = {"repo": repo.strip(), "branch": branch, "urlpath": f"lab/tree/{folder}/{notebook}", "targetpath": folder}
    return f"{_hub_base(hub)}/hub/user-redirect/git-pull?{urlencode(query, quote_via=quote, safe='')}"


def course_link(hub: str, lang: str = "en", repo: str | None = None, branch: str | None = None,
                pyproject: str | Path = PYPROJECT, root: str | Path | None = ROOT) -> str:
    """The link that opens the welcome notebook of the student edition in ``lang`` (``"en"`` or ``"fr"``).

    ``repo`` and ``branch`` default to ``[tool.course]`` in ``pyproject`` (``https://github.com/<repository>``).
    Where ``root`` is a checkout of the course, the notebook must exist in it (a link to a missing notebook opens
    an error page in every student's browser).
    """
    if lang not in WELCOME_BY_LANG:
        raise ValueError(f"lang must be one of {sorted(WELCOME_BY_LANG)} (the course's editions), got {lang!r}.")
    if repo is None or branch is None:
        config = read_config(pyproject)
        repo = config.github_url if repo is None else repo
        branch = config.branch if branch is None else branch
    notebook = WELCOME_BY_LANG[lang]
    if root is not None and (Path(root) / "student").is_dir() and not (Path(root) / notebook).is_file():
        raise ValueError(f"{notebook} is not in {root}: the {lang} student edition of the welcome notebook is "
                         f"missing. Run python -m course_utils.instructor.notebook_sources sync, commit, then make "
                         f"the link again.")
    return nbgitpuller_link(hub, repo, branch=branch, notebook=notebook)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``link --hub URL [--lang en|fr] [--repo URL] [--branch NAME]``."""
    parser = argparse.ArgumentParser(prog="python -m course_utils.instructor.classroom",
                                     description="The nbgitpuller link that gives every student of a JupyterHub "
                                                 "the course (deploy/jupyterhub/README.md).")
    commands = parser.add_subparsers(dest="command", required=True)
    link = commands.add_parser("link", help="print the link that opens the student edition of notebook 00")
    link.add_argument("--hub", required=True, help="the hub's address, e.g. https://hub.example.org")
    link.add_argument("--lang", default="en", choices=sorted(WELCOME_BY_LANG), help="the edition (default: en)")
    link.add_argument("--repo", help="git address of the course (default: https://github.com/ + [tool.course] "
                                     "repository)")
    link.add_argument("--branch", help="branch (default: [tool.course] branch)")
    link.add_argument("--pyproject", type=Path, default=PYPROJECT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        url = course_link(args.hub, lang=args.lang, repo=args.repo, branch=args.branch, pyproject=args.pyproject,
                          root=args.pyproject.parent)
    except (ValueError, FileNotFoundError, ImportError) as err:
        print(err, file=sys.stderr)
        return 2
    if args.repo is None and read_config(args.pyproject).repository == PLACEHOLDER_REPOSITORY:
        print(f"Note: [tool.course] repository is still the placeholder {PLACEHOLDER_REPOSITORY!r}; set it to the "
              f"course's GitHub repository in pyproject.toml (or pass --repo) before sharing this link.",
              file=sys.stderr)
    print(url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
