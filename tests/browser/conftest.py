"""Fixtures for the real-browser tests: a private JupyterLab server and the system Chromium via Playwright.

- ``chromium_executable``: Debian's Chromium (``/usr/bin/chromium``, or ``$COURSE_CHROMIUM``). Where it (or the
  ``playwright`` package) is missing the browser tests are skipped with the reason, except in CI (env ``CI`` set),
  where they fail: CI must run them. Never ``playwright install`` (its browser download fails here).
- ``lab_server``: JupyterLab on 127.0.0.1, a free port, no token, its own config/runtime/data/settings/workspaces
  folders (env vars), serving a temporary COPY of ``notebooks/`` and ``student/`` so that nothing is ever saved back
  into the repository. Autosave, news and update checks are off; notebooks are rendered without windowing (every cell is
  in the DOM, so the tests see every output). At teardown, also after a failure, every kernel is shut down, the
  server is stopped, and any process it left behind is killed.
- ``browser``: one headless Chromium for the whole module (each test opens its own context/page).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# COURSE_NOTEBOOKS_DIR lets a developer point the suite at another folder of notebooks (default: notebooks/).
NOTEBOOKS_DIR = Path(os.environ.get("COURSE_NOTEBOOKS_DIR") or ROOT / "notebooks").resolve()
#: The student editions: what students open in JupyterLab (Binder, Colab, the README's command), so what the browser
#: tests run; the course editions run under nbval (see the root conftest.py).
STUDENT_DIR = (ROOT / "student").resolve()
ARTIFACTS_DIR = ROOT / "test-artifacts" / "browser"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SERVER_START_TIMEOUT_S = 120

# User settings written into the private JUPYTERLAB_SETTINGS_DIR (plugin id -> settings).
LAB_SETTINGS = {
    # every cell stays in the DOM (default windowing would drop off-screen outputs from the page)
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
    # never write a notebook back (the copy is temporary anyway)
    "@jupyterlab/docmanager-extension/plugin": {"autosave": False},
    # no network, no toasts covering the page
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/extensionmanager-extension/plugin": {"enabled": False},
}


def notebook_paths(folder: Path = STUDENT_DIR) -> list[Path]:
    """Every notebook of ``folder`` (default: the English student editions), found at collection time (a new notebook
    is covered automatically)."""
    return sorted(folder.glob("[!.]*.ipynb"))


#: The French student editions the browser runs: the first one, which every French student opens, checks that French
#: text reaches the page in widgets and figures. The others run the same code and widgets as their English
#: editions, which the browser runs, so nbval runs them (top to bottom, with every check; a browser run costs
#: about twice the time of an nbval run, and the test command has a 5-minute budget).
FRENCH_IN_BROWSER = ("00_welcome",)


def browser_notebooks() -> list[Path]:
    """The student editions the browser tests run (the root conftest.py leaves them to it): every English one and
    the French ones named in ``FRENCH_IN_BROWSER``."""
    return notebook_paths() + [STUDENT_DIR / "fr" / f"{name}.ipynb" for name in FRENCH_IN_BROWSER]


def browser_available() -> bool:
    """Whether the browser tests can run here (Chromium and Playwright present): the root conftest.py uses it."""
    candidates = [os.environ.get("COURSE_CHROMIUM", ""), "/usr/bin/chromium", shutil.which("chromium") or "",
                  shutil.which("chromium-browser") or ""]
    if not any(c and os.access(c, os.X_OK) for c in candidates):
        return False
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return True


def _unavailable(reason: str) -> None:
    """Skip outside CI; fail in CI (where the browser suite must run)."""
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        pytest.fail(f"{reason} (CI is set: the browser tests must run in CI; .ci/run installs chromium)",
                    pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    """Path of the system Chromium; skip (or fail in CI) when it or Playwright is missing."""
    candidates = [os.environ.get("COURSE_CHROMIUM", ""), "/usr/bin/chromium", shutil.which("chromium") or "",
                  shutil.which("chromium-browser") or ""]
    path = next((c for c in candidates if c and os.access(c, os.X_OK)), None)
    if path is None:
        _unavailable("system Chromium not found (install it with: apt-get update && apt-get install -y chromium "
                     "chromium-driver; never `playwright install`)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("the Python package 'playwright' is not installed (pip install -e '.[test]')")
    return str(path)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _descendants(pid: int) -> list[int]:
    """PIDs of every process below ``pid`` (psutil when installed, else /proc)."""
    try:
        import psutil

        return [p.pid for p in psutil.Process(pid).children(recursive=True)]
    except ImportError:
        pass
    except Exception:  # noqa: BLE001 - process already gone
        return []
    parents: dict[int, int] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text()
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        children = [child for child, ppid in parents.items() if ppid == parent]
        found += children
        frontier += children
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie is dead for our purposes
    with contextlib.suppress(OSError):
        if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
            return False
    return True


def _kill_all(pids: list[int], grace_s: float = 5.0) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    for pid in pids:
        if _alive(pid):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)


class LabServer:
    """A running JupyterLab: ``url`` (no trailing slash), ``root`` (served folder), ``api()`` for REST calls."""

    def __init__(self, url: str, root: Path, proc: subprocess.Popen[bytes], log_path: Path) -> None:
        self.url = url
        self.root = root
        self.proc = proc
        self.log_path = log_path

    def api(self, path: str, method: str = "GET", timeout: float = 10.0) -> object:
        request = urllib.request.Request(f"{self.url}{path}", method=method)
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - loopback only
            body = response.read()
        return json.loads(body) if body else None

    def shutdown_kernels(self) -> None:
        """Delete every session and kernel (the page may already have done it)."""
        with contextlib.suppress(Exception):
            for session in self.api("/api/sessions"):  # type: ignore[union-attr]
                with contextlib.suppress(Exception):
                    self.api(f"/api/sessions/{session['id']}", method="DELETE")
        with contextlib.suppress(Exception):
            for kernel in self.api("/api/kernels"):  # type: ignore[union-attr]
                with contextlib.suppress(Exception):
                    self.api(f"/api/kernels/{kernel['id']}", method="DELETE")

    def log_tail(self, n: int = 40) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        return ""


def _prepare_root(base: Path) -> Path:
    """A served folder with copies of notebooks/ and student/ (never the originals) and links to the data."""
    root = base / "root"
    shutil.copytree(NOTEBOOKS_DIR, root / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    shutil.copytree(STUDENT_DIR, root / "student", ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    for name in ("data",):
        if (ROOT / name).exists():
            (root / name).symlink_to(ROOT / name)
    return root


def _lab_env(base: Path) -> dict[str, str]:
    env = dict(os.environ)
    dirs = {
        "JUPYTER_CONFIG_DIR": base / "config",
        "JUPYTER_RUNTIME_DIR": base / "runtime",
        "JUPYTER_DATA_DIR": base / "data",
        "JUPYTERLAB_SETTINGS_DIR": base / "settings",
        "JUPYTERLAB_WORKSPACES_DIR": base / "workspaces",
        "IPYTHONDIR": base / "ipython",
    }
    for key, folder in dirs.items():
        folder.mkdir(parents=True, exist_ok=True)
        env[key] = str(folder)
    for plugin, settings in LAB_SETTINGS.items():
        package, name = plugin.rsplit("/", 1)
        target = dirs["JUPYTERLAB_SETTINGS_DIR"] / package / f"{name}.jupyterlab-settings"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(settings))
    env.pop("JUPYTER_TOKEN", None)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _die_with_parent() -> None:
    """In the child, before exec: on Linux, get SIGTERM if pytest itself dies (even by SIGKILL), so that the
    server never outlives the test run; its kernels then exit too (they watch their parent, JPY_PARENT_PID)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@contextlib.contextmanager
def run_lab_server(base: Path) -> Iterator[LabServer]:
    """Start JupyterLab in ``base`` and always stop it (and its kernels) on exit."""
    root = _prepare_root(base)
    env = _lab_env(base)
    log_path = base / "jupyterlab.log"
    last_error = ""
    for _attempt in range(3):  # the free port may be taken between choosing and binding it
        port = free_port()
        cmd = [
            sys.executable, "-m", "jupyterlab", "--no-browser",
            "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
            "--IdentityProvider.token=", "--ServerApp.password=", "--ServerApp.disable_check_xsrf=True",
            f"--ServerApp.root_dir={root}", "--LabApp.expose_app_in_browser=True", "--LabApp.news_url=",
            "--ServerApp.terminals_enabled=False", "--LabApp.extension_manager=readonly",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:  # CI and containers run as root
            cmd.append("--allow-root")
        log = log_path.open("ab")
        proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True, preexec_fn=_die_with_parent)
        log.close()
        server = LabServer(f"http://127.0.0.1:{port}", root, proc, log_path)
        try:
            deadline = time.monotonic() + SERVER_START_TIMEOUT_S
            while time.monotonic() < deadline and proc.poll() is None:
                try:
                    server.api("/api/status", timeout=2)
                    break
                except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                    time.sleep(0.3)
            else:
                last_error = (f"JupyterLab did not start (exit code {proc.poll()}); log tail:\n"
                              f"{server.log_tail()}")
                continue
            yield server
            return
        finally:
            _stop(server)
    raise RuntimeError(last_error)


def _stop(server: LabServer) -> None:
    """Shut kernels down politely, stop the server, then kill anything left (kernels run in own sessions)."""
    proc = server.proc
    if proc.poll() is None:
        server.shutdown_kernels()
    leftovers = _descendants(proc.pid) if proc.poll() is None else []
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGTERM)  # the server cleans up its kernels on SIGTERM
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
    _kill_all([pid for pid in leftovers if _alive(pid)])


@pytest.fixture(scope="module")
def lab_server(chromium_executable: str) -> Iterator[LabServer]:
    """One JupyterLab server per test module (not per notebook), on a temporary copy of notebooks/."""
    with tempfile.TemporaryDirectory(prefix="course-lab-") as tmp, run_lab_server(Path(tmp)) as server:
        yield server


@pytest.fixture(scope="module")
def browser(chromium_executable: str) -> Iterator[object]:
    """One headless system Chromium per module (Playwright, never its own downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=chromium_executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


VIEWPORT = {"width": 1400, "height": 1000}


def load_lab(page: object, server: LabServer) -> None:
    """(Re)load JupyterLab in ``page`` with a clean workspace and wait until the app is restored."""
    page.goto(f"{server.url}/lab?reset", wait_until="domcontentloaded")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => !!(window.jupyterapp && window.jupyterapp.shell && document.querySelector('#jp-main-dock-panel'))",
        timeout=120_000, polling=250)
    page.evaluate("async () => { await window.jupyterapp.restored; }")  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def lab_page(browser: object, lab_server: LabServer) -> Iterator[object]:
    """One JupyterLab page for the module: notebooks are opened and closed in it (a page load costs ~15 s)."""
    context = browser.new_context(viewport=VIEWPORT)  # type: ignore[attr-defined]
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.console_errors = []  # type: ignore[attr-defined]
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))
    try:
        load_lab(page, lab_server)
        yield page
    finally:
        with contextlib.suppress(Exception):
            context.close()
        lab_server.shutdown_kernels()


@pytest.fixture
def page(lab_page: object, lab_server: LabServer) -> Iterator[object]:
    """The module's JupyterLab page, restored to a clean state after each test, pass or fail."""
    lab_page.console_errors.clear()  # type: ignore[attr-defined]
    yield lab_page
    lab_server.shutdown_kernels()
    with contextlib.suppress(Exception):
        lab_page.set_viewport_size(VIEWPORT)  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS_DIR
