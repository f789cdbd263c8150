"""The nbgitpuller link generator (course_utils.instructor.classroom): fast checks, no hub."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from course_utils.instructor import classroom, launch

ROOT = Path(__file__).resolve().parents[1]


def _query(link: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(link).query, strict_parsing=True).items()}


@pytest.fixture
def pyproject(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.course]\nrepository = "health-school/dl-course"\nbranch = "spring"\n', encoding="utf-8")
    return path


def test_link_opens_the_student_edition_of_notebook_00(pyproject):
    link = classroom.course_link("https://hub.example.org", pyproject=pyproject, root=None)
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "hub.example.org", "/hub/user-redirect/git-pull")
    assert _query(link) == {"repo": "https://github.com/health-school/dl-course", "branch": "spring",
                            "urlpath": "lab/tree/dl-course/student/00_welcome.ipynb", "targetpath": "dl-course"}


def test_french_link_opens_the_french_student_edition(pyproject):
    query = _query(classroom.course_link("https://hub.example.org", lang="fr", pyproject=pyproject, root=None))
    assert query["urlpath"] == "lab/tree/dl-course/student/fr/00_welcome.ipynb"


def test_default_reads_this_repositorys_tool_course():
    config = launch.read_config()
    query = _query(classroom.course_link("https://hub.example.org"))
    assert query["repo"] == config.github_url and query["branch"] == config.branch


@pytest.mark.parametrize("lang", sorted(classroom.WELCOME_BY_LANG))
def test_the_linked_notebooks_exist_in_the_repository(lang):
    assert (ROOT / classroom.WELCOME_BY_LANG[lang]).is_file()


@pytest.mark.parametrize("hub, base", [
    ("https://hub.example.org/", "https://hub.example.org"),
    ("https://hub.example.org/hub", "https://hub.example.org"),
    ("https://hub.example.org/hub/login", "https://hub.example.org"),
    ("https://school.example.org/jupyter/", "https://school.example.org/jupyter"),
    ("  http://127.0.0.1:8000  ", "http://127.0.0.1:8000"),
])
def test_hub_address_is_normalised(hub, base):
    link = classroom.nbgitpuller_link(hub, "https://github.com/a/b")
    assert link.startswith(f"{base}/hub/user-redirect/git-pull?")


def test_repository_override_local_path_and_dot_git():
    query = _query(classroom.nbgitpuller_link("http://127.0.0.1:8000", "file:///srv/git/course.git", "main"))
    assert query["repo"] == "file:///srv/git/course.git"
    assert query["targetpath"] == "course" and query["urlpath"].startswith("lab/tree/course/")


def test_special_characters_are_encoded():
    link = classroom.nbgitpuller_link("https://hub.example.org", "file:///srv/my courses/course.git", "main")
    assert _query(link)["repo"] == "file:///srv/my courses/course.git"
    assert "repo=file%3A%2F%2F%2Fsrv%2Fmy%20courses%2Fcourse.git&" in link and link.count("?") == 1


@pytest.mark.parametrize("hub, words", [
    ("hub.example.org", "must start with https://"),
    ("ftp://hub.example.org", "must start with https://"),
    ("https://", "name a host"),
    ("https://hub.example.org/?next=x", "must not contain '?'"),
    (42, "must be text"),
])
def test_bad_hub_address_says_what_to_give(hub, words):
    with pytest.raises(ValueError, match=words.replace("?", r"\?")):
        classroom.nbgitpuller_link(hub, "https://github.com/a/b")


@pytest.mark.parametrize("kwargs, words", [
    ({"repo": ""}, "git address"),
    ({"repo": "   "}, "git address"),
    ({"repo": "https://"}, "Cannot name a folder"),
    ({"repo": "https://github.com/a/b c"}, "Cannot name a folder"),
    ({"branch": "main branch"}, "branch name"),
    ({"notebook": "/etc/passwd"}, "path inside the repository"),
    ({"notebook": "../x.ipynb"}, "path inside the repository"),
])
def test_bad_arguments_are_refused(kwargs, words):
    arguments = {"hub": "https://hub.example.org", "repo": "https://github.com/a/b", **kwargs}
    with pytest.raises(ValueError, match=words):
        classroom.nbgitpuller_link(**arguments)


def test_unknown_language_lists_the_editions(pyproject):
    with pytest.raises(ValueError, match=r"\['en', 'fr'\]"):
        classroom.course_link("https://hub.example.org", lang="de", pyproject=pyproject, root=None)


def test_missing_notebook_in_the_checkout_names_the_fix(pyproject, tmp_path):
    (tmp_path / "student").mkdir()
    with pytest.raises(ValueError, match="notebook_sources sync"):
        classroom.course_link("https://hub.example.org", pyproject=pyproject, root=tmp_path)


def test_command_prints_the_link(capsys):
    assert classroom.main(["link", "--hub", "https://hub.example.org", "--repo", "https://github.com/a/b",
                           "--branch", "main"]) == 0
    out = capsys.readouterr().out.strip()
    assert out == classroom.nbgitpuller_link("https://hub.example.org", "https://github.com/a/b", "main")


def test_command_reports_a_bad_address_and_the_placeholder(capsys, pyproject):
    assert classroom.main(["link", "--hub", "hub.example.org"]) == 2
    assert "must start with https://" in capsys.readouterr().err
    placeholder = pyproject.parent / "placeholder.toml"
    placeholder.write_text('[tool.course]\nrepository = "OWNER/REPOSITORY"\n', encoding="utf-8")
    assert classroom.main(["link", "--hub", "https://hub.example.org", "--pyproject", str(placeholder)]) == 0
    captured = capsys.readouterr()
    assert "placeholder" in captured.err and captured.out.startswith("https://hub.example.org/hub/")
