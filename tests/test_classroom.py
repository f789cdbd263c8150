"""A class on one server: JupyterHub on 127.0.0.1 with deploy/jupyterhub/jupyterhub_config.py, five real students.

The module starts the hub once (``deploy/jupyterhub/simulate.py`` does the work): five Unix accounts are made with
``deploy/jupyterhub/accounts.py`` (private homes, random passwords), each student logs in through the hub's login
form (PAM), starts their server with their own token, clicks the nbgitpuller link made by
``course_utils.instructor.classroom``, runs a notebook of the course to the end through the Jupyter server's REST
and kernel websocket API, and saves it with a note of their own. The course they pull is a temporary bare clone of
this repository (file:// URL) to which the test adds a small notebook (fast to run: the notebooks themselves run
under nbval and in the load benchmark) and, later, a new commit.

The tests run in order and build on each other; the last one stops everything and checks that nothing is left.
Making accounts needs root: elsewhere the module is skipped with the reason, and fails where CI is set.
"""

from __future__ import annotations

import importlib.util
import json
import os
import stat
import sys
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from course_utils.instructor.classroom import nbgitpuller_link

ROOT = Path(__file__).resolve().parents[1]
SIZE = 5
FOLDER = "course"  # where the course goes in each home (the bare repository is course.git)
CHECK = "student/zz_classroom_check.ipynb"  # the small notebook the test adds to the course
NEW = "student/zz_new_in_update.ipynb"  # added by the course's new commit
UPDATED = "student/00_welcome.ipynb"  # changed by the new commit, never edited by the students

pytestmark = [pytest.mark.classroom, pytest.mark.timeout(900)]


def _unavailable(reason: str) -> None:
    """Skip outside CI; fail in CI, where the classroom test must run (as tests/browser/conftest.py does)."""
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        pytest.fail(f"{reason} (CI is set: the classroom test must run in CI, as root)", pytrace=False)
    pytest.skip(reason)


def _load_simulate():
    spec = importlib.util.spec_from_file_location("course_hub_simulate", ROOT / "deploy" / "jupyterhub" /
                                                  "simulate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _notebook(cells: list[tuple[str, str]]) -> bytes:
    """A notebook file as the Jupyter server writes one (so that git merges a student's save line by line)."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for i, (kind, source) in enumerate(cells):
        make = nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell
        nb.cells.append(make(source, id=f"cell-{i}"))
    return nbformat.writes(nb).encode() + b"\n"


CHECK_NOTEBOOK = _notebook([
    ("markdown", "# Classroom check\n\nRuns in each student's own server, with the course environment."),
    ("code", "import getpass\nimport os\n\nprint('user', getpass.getuser(), 'home', os.path.expanduser('~'))"),
    ("code", "import course_utils\n\nblood = course_utils.datasets.load_blood_counts()\nprint('blood', blood.shape)"),
    ("code", "print('alert share', round(float(blood['alert'].mean()), 3))"),
])


def _retitle(text: bytes, title: str) -> bytes:
    """The notebook with its first cell's first line replaced by ``title`` (an upstream fix)."""
    nb = json.loads(text)
    source = nb["cells"][0]["source"]
    lines = ("".join(source) if isinstance(source, list) else source).split("\n")
    nb["cells"][0]["source"] = "\n".join([title] + lines[1:])
    return (json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()


def _each(students, work):
    """Run ``work(student)`` for every student at once; return the results in order (re-raising the first error)."""
    with ThreadPoolExecutor(len(students)) as pool:
        return list(pool.map(work, students))


@pytest.fixture(scope="module")
def room(request):
    if sys.platform != "linux":
        _unavailable("classroom test not run: it needs Linux (Unix accounts, PAM, LocalProcessSpawner as root)")
    simulate = _load_simulate()
    try:
        classroom = simulate.Classroom(SIZE)
    except simulate.Unavailable as err:
        _unavailable(f"classroom test not run: {err}")
    request.addfinalizer(classroom.close)  # also when opening fails half-way
    began = time.monotonic()
    try:
        classroom.open()
    except simulate.Unavailable as err:
        _unavailable(f"classroom test not run: {err}")
    simulate.commit_to(classroom.bare, {CHECK: lambda _: CHECK_NOTEBOOK}, "Add the classroom check notebook")
    branch = simulate.git("symbolic-ref", "--short", "HEAD", cwd=classroom.bare).strip()
    classroom.link = nbgitpuller_link(classroom.hub.url, classroom.repo_url, branch=branch)
    classroom.timings = {"hub and accounts": time.monotonic() - began}
    classroom.simulate = simulate
    yield classroom
    print("\nclassroom timings (s): " + ", ".join(f"{k} {v:.1f}" for k, v in classroom.timings.items()))
    for incident in (i for student in classroom.students for i in student.incidents):
        warnings.warn(incident, stacklevel=1)  # recovered from as a student would: shown in the test summary


def _note(name: str) -> str:
    return f"My note ({name}): the alert share is what I expected."


@pytest.fixture(scope="module")
def lesson(room):
    """Each student at once: log in, start their server, click the link, run the notebook to the end, save a note."""
    began = time.monotonic()

    def attend(student):
        student.login()
        student.get_token()
        student.start_server()
        pulled = student.click(room.link)
        nb, errors, _ = student.run_notebook(f"{FOLDER}/{CHECK}")
        nb["cells"].append({"cell_type": "markdown", "id": "student-note", "metadata": {},
                            "source": _note(student.name)})
        student.save_notebook(f"{FOLDER}/{CHECK}", nb)
        return nb, errors, pulled

    results = _each(room.students, attend)
    room.timings["log in, start, pull, run, save"] = time.monotonic() - began
    return results


def test_students_log_in_pull_run_and_save(room, lesson):
    for student, (nb, errors, pulled) in zip(room.students, lesson):
        assert any("git clone" in line for line in pulled), pulled
        assert not errors, f"{student.name}'s run stopped: {errors}"
        printed = "".join(o.get("text", "") for cell in nb["cells"] if cell["cell_type"] == "code"
                          for o in cell["outputs"])
        assert f"user {student.name} home {student.home}" in printed, "the server does not run as the student"
        assert "blood (1000, 5)" in printed and "alert share" in printed, printed
        saved = student.home / FOLDER / CHECK
        assert _note(student.name) in saved.read_text(encoding="utf-8"), f"the note is not on disk in {saved}"
        assert saved.stat().st_uid == student.uid, f"{saved} is not owned by {student.name}"
        paired = student.home / FOLDER / "student" / "source" / Path(CHECK).with_suffix(".py").name
        assert not paired.exists(), f"jupytext wrote {paired}: the next update would make the notebook unopenable"
        assert stat.S_IMODE(student.home.stat().st_mode) == 0o700, f"{student.home} is not private (mode 700)"


def test_no_student_reaches_another(room, lesson):
    """Tokens, cookies, files, the admin API and the proxy: A never reaches B's server or files."""
    import requests

    a, b = room.students[0], room.students[1]
    # A's token on B's server, and A's browser session (cookies) on B's server and the admin page
    for path in ("/api/contents", f"/api/contents/{FOLDER}/{CHECK}", "/api/kernels"):
        reply = requests.get(f"{b.server}{path}", headers={"Authorization": f"token {a.token}"}, timeout=60)
        assert reply.status_code in (403, 404), (path, reply.status_code, reply.text[:300])
    for path in ("/api/contents", "/lab", f"/files/{FOLDER}/{CHECK}"):
        reply = a.session.get(f"{b.server}{path}", timeout=60)
        assert reply.status_code == 403 and _note(b.name) not in reply.text, (path, reply.status_code, reply.url)
    assert a.session.get(f"{room.hub.url}/hub/admin", timeout=60).status_code == 403
    # the file system: B's home is mode 700, and A's own code cannot list it
    outputs, error = a.run_code(f"import os\ntry:\n    os.listdir({str(b.home)!r})\n    print('READ')\n"
                                f"except PermissionError:\n    print('REFUSED')")
    assert error is None and "REFUSED" in "".join(o.get("text", "") for o in outputs), outputs
    # the hub's admin API refuses a student's token
    assert room.hub.api("GET", "/users", token=a.token).status_code == 403
    assert room.hub.api("POST", "/users/intruder", token=a.token).status_code == 403
    assert room.hub.api("DELETE", f"/users/{b.name}/server", token=a.token).status_code in (403, 404)
    assert room.hub.api("POST", f"/users/{b.name}/tokens", token=a.token, json={}).status_code in (403, 404)
    # the proxy: no credentials, no server; the servers' own ports and the proxy's API refuse too
    anonymous = requests.get(f"{b.server}/api/contents", timeout=60)
    assert anonymous.status_code == 403, anonymous.status_code
    page = requests.get(f"{b.server}/lab", timeout=60, allow_redirects=False)
    assert page.status_code == 302 and "/hub/" in page.headers["Location"], page.status_code
    routes = room.hub.api("GET", "/proxy").json()
    target = routes[f"/user/{b.name}/"]["target"]
    direct = requests.get(f"{target}/user/{b.name}/api/contents", timeout=60)
    assert direct.status_code == 403, direct.status_code
    assert requests.get(f"{room.hub.proxy_api}/api/routes", timeout=60).status_code == 403


def test_update_keeps_each_students_work(room, lesson):
    """A new commit of the course, the link clicked again: edits kept, new file there, untouched files updated."""
    simulate = room.simulate
    simulate.commit_to(room.bare, {
        CHECK: lambda old: _retitle(old, "# Classroom check (updated)"),
        UPDATED: lambda old: _retitle(old, "# 00 · Welcome (updated)"),
        NEW: lambda _: _notebook([("markdown", "# New in the update")]),
    }, "Course update")
    began = time.monotonic()
    _each(room.students, lambda student: student.click(room.link))
    room.timings["second pull"] = time.monotonic() - began
    import nbformat

    for student in room.students:
        course = student.home / FOLDER
        text = (course / CHECK).read_text(encoding="utf-8")
        assert _note(student.name) in text, f"{student.name}'s note was lost by the update"
        nbformat.validate(nbformat.reads(text, as_version=4))  # still a valid notebook after git's merge
        assert "Classroom check (updated)" in text, "the update of the edited notebook did not merge"
        assert (course / NEW).exists(), f"the new notebook did not reach {student.name}"
        assert "00 · Welcome (updated)" in (course / UPDATED).read_text(encoding="utf-8")


def test_work_survives_a_server_restart(room, lesson):
    """Each student's server stopped and started again: their saved work is still there."""
    began = time.monotonic()

    def restart(student):
        student.stop_server()
        student.start_server()
        return student.read_notebook(f"{FOLDER}/{CHECK}")

    notebooks = _each(room.students, restart)
    room.timings["stop and start"] = time.monotonic() - began
    for student, nb in zip(room.students, notebooks):
        assert nb["cells"][-1]["source"] == _note(student.name)


def test_everything_is_gone_at_the_end(room):
    """Stop the hub: no process of the hub or of any student is left, and the accounts and homes are removed."""
    began = time.monotonic()
    room.close()
    room.timings["stop and clean up"] = time.monotonic() - began
    left = room.leftovers()
    assert not any(left.values()), f"left behind: {left}"
