"""Simulated students on a JupyterHub on 127.0.0.1: what the classroom test and the load benchmark share.

Run as root on one machine (it makes real Unix accounts): ``LoopbackHub`` starts JupyterHub with this folder's
``jupyterhub_config.py`` on free loopback ports, with its state in a temporary folder; ``Student`` does over HTTP
what a student's browser does -- logs in (PAM), clicks the nbgitpuller link, opens a notebook, runs it through the
Jupyter server's REST and kernel websocket API, saves it through the contents API. ``Classroom`` ties them together
and cleans up on every exit path: it stops the hub and every process it started, kills any process left to a
student account (by pid), and removes the accounts and their homes.

Used by ``tests/test_classroom.py`` (5 students) and ``benchmarks/classroom_load.py`` (30 students).
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CONFIG = HERE / "jupyterhub_config.py"
CHP_VERSION = "^5"


class Unavailable(RuntimeError):
    """The simulation cannot run on this machine (the message says why and what would make it run)."""


def _load_accounts():
    spec = importlib.util.spec_from_file_location("course_hub_accounts", HERE / "accounts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


accounts = _load_accounts()


# --- what the machine needs ------------------------------------------------------------------------------------------


def check_machine() -> None:
    """Raise ``Unavailable`` unless this process is root on Linux with git, PAM and the hub's Python packages."""
    if sys.platform != "linux" or os.geteuid() != 0:
        raise Unavailable("the classroom simulation makes Unix accounts and runs JupyterHub's LocalProcessSpawner: "
                          "it needs root on Linux (run it in CI or on a disposable machine, as root)")
    for tool in ("git", "useradd", "userdel", "chpasswd", "runuser"):
        if shutil.which(tool) is None:
            raise Unavailable(f"the command {tool!r} is not installed")
    missing = [m for m in ("jupyterhub", "nbgitpuller", "jupyterhub_idle_culler", "pamela", "psutil", "requests",
                           "websocket") if importlib.util.find_spec(m) is None]
    if missing:
        raise Unavailable(f"missing Python packages {missing}: pip install -e '.[test]'")
    try:
        import pamela  # noqa: F401  (loads libpam)
    except Exception as err:  # noqa: BLE001 - any failure to load libpam
        raise Unavailable(f"PAM is not usable here ({err})") from None


def find_chp(cache: Path | None = None) -> str:
    """configurable-http-proxy: ``$COURSE_CHP``, on PATH, or installed from npm into a cache folder (first run)."""
    for candidate in (os.environ.get("COURSE_CHP", ""), shutil.which("configurable-http-proxy") or ""):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    cache = cache or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "course-utils" / "chp"
    binary = cache / "node_modules" / ".bin" / "configurable-http-proxy"
    if binary.exists():
        return str(binary)
    if shutil.which("npm") is None or shutil.which("node") is None:
        raise Unavailable("configurable-http-proxy is not on PATH and Node.js/npm are missing to install it "
                          "(apt-get install nodejs npm, or npm install -g configurable-http-proxy)")
    cache.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", str(cache),
                           f"configurable-http-proxy@{CHP_VERSION}"], capture_output=True, text=True, timeout=300)
    if done.returncode != 0 or not binary.exists():
        raise Unavailable(f"npm could not install configurable-http-proxy into {cache}: {done.stderr.strip()[-500:]}")
    return str(binary)


def _usable_by_others(python: str, cwd: str = "/") -> bool:
    """Whether the unprivileged user ``nobody`` can start ``python`` and find the course's and the hub's packages."""
    probe = ("import importlib.util as u, sys; sys.exit(any(u.find_spec(m) is None for m in ('course_utils', "
             "'jupyterhub', 'nbgitpuller', 'ipykernel', 'torch')))")
    try:
        done = subprocess.run(["runuser", "-u", "nobody", "--", python, "-c", probe], cwd=cwd, capture_output=True,
                              timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def course_python(shared: Path, python: str | None = None) -> str:
    """A Python of the course environment that every student account can run.

    ``$COURSE_HUB_PYTHON`` if set (e.g. ``/opt/course/venv/bin/python``, made by install.sh); else this
    environment's Python when other users can run it. Where they cannot (a virtual environment whose interpreter
    lives in root's home, e.g. pyenv), a thin environment in ``shared``: the system's Python of the same version,
    reading this environment's packages (which must be readable by all) -- no package is installed.
    """
    python = python or os.environ.get("COURSE_HUB_PYTHON") or sys.executable
    if _usable_by_others(python):
        return python
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    system = next((p for p in (f"/usr/bin/python{version}", f"/usr/local/bin/python{version}")
                   if os.access(p, os.X_OK)), None)
    if system is None:
        raise Unavailable(f"{python} cannot be run by other users and there is no system python{version} to "
                          f"share its packages: install the course environment for all (deploy/jupyterhub/"
                          f"install.sh) and set COURSE_HUB_PYTHON to its python")
    thin = shared / "course-env"
    site = thin / "lib" / f"python{version}" / "site-packages"
    site.mkdir(parents=True)
    (thin / "bin").mkdir()
    (thin / "bin" / "python").symlink_to(system)
    (thin / "pyvenv.cfg").write_text(f"home = {Path(system).parent}\ninclude-system-site-packages = false\n"
                                     f"version = {version}\n")
    packages = sysconfig.get_paths()["purelib"]
    (site / "zz_course_env.pth").write_text(f"import site; site.addsitedir({packages!r})\n")
    for folder in ("etc", "share"):  # Jupyter's config (nbgitpuller's server extension) and JupyterLab's assets
        if (Path(sys.prefix) / folder).exists():
            (thin / folder).symlink_to(Path(sys.prefix) / folder)
    _make_readable(shared)
    if not _usable_by_others(str(thin / "bin" / "python")):
        raise Unavailable(f"other users cannot read this environment's packages ({packages}): install the course "
                          f"environment for all (deploy/jupyterhub/install.sh) and set COURSE_HUB_PYTHON")
    return str(thin / "bin" / "python")


def _make_readable(path: Path) -> None:
    subprocess.run(["chmod", "-R", "a+rX", str(path)], check=True)


def shared_folder(prefix: str = "course-class-") -> Path:
    """A temporary folder every account can read (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    folder.chmod(0o755)
    return folder


# --- the course repository students pull ------------------------------------------------------------------------------


def git(*args: str, cwd: Path | None = None) -> str:
    done = subprocess.run(["git", "-c", "user.name=Course team", "-c", "user.email=course@example.org", *args],
                          cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def bare_repository(folder: Path, source: Path = ROOT) -> Path:
    """A bare clone of the course's last commit in ``folder`` (readable by all); students pull it by file:// URL."""
    bare = folder / "course.git"
    git("clone", "--bare", "--quiet", "--no-hardlinks", str(source), str(bare))
    _make_readable(bare)
    return bare


def commit_to(bare: Path, changes: dict[str, Callable[[bytes | None], bytes]], message: str) -> str:
    """Make a new commit in ``bare``: ``changes`` maps a path to a function of its old bytes (None: new file)."""
    work = Path(tempfile.mkdtemp(prefix="course-commit-"))
    try:
        git("clone", "--quiet", str(bare), str(work / "w"))
        for path, change in changes.items():
            target = work / "w" / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(change(target.read_bytes() if target.exists() else None))
        git("add", "--all", cwd=work / "w")
        git("commit", "--quiet", "-m", message, cwd=work / "w")
        git("push", "--quiet", "origin", "HEAD", cwd=work / "w")
        _make_readable(bare)
        return git("rev-parse", "HEAD", cwd=work / "w").strip()
    finally:
        shutil.rmtree(work, ignore_errors=True)


# --- processes ------------------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def processes_of(uids: Iterable[int]) -> list:
    """Every live process owned by one of ``uids`` (psutil.Process objects)."""
    import psutil

    uids = set(uids)
    found = []
    for proc in psutil.process_iter(["uids", "status"]):
        with contextlib.suppress(psutil.Error):
            if proc.info["uids"] and proc.info["uids"].real in uids and proc.info["status"] != psutil.STATUS_ZOMBIE:
                found.append(proc)
    return found


def kill_all(procs: Iterable, timeout: float = 10) -> None:
    """SIGTERM each process (by pid), then SIGKILL what is left after ``timeout`` seconds."""
    import psutil

    procs = list(procs)
    for proc in procs:
        with contextlib.suppress(psutil.Error):
            proc.terminate()
    _, alive = psutil.wait_procs(procs, timeout=timeout)
    for proc in alive:
        with contextlib.suppress(psutil.Error):
            proc.kill()
    psutil.wait_procs(alive, timeout=5)


class MemorySampler:
    """Samples, every ``interval`` s, each account's memory (sum over its processes) and the machine's used memory.

    ``peaks[name]``: the largest sum of PSS (proportional set size: shared libraries counted once across processes,
    the honest share of each student) and of RSS seen for that account; ``machine_peak``: the largest used memory
    of the whole machine (psutil ``total - available``), ``machine_start`` the first sample.
    """

    def __init__(self, uids: dict[str, int], interval: float = 1.0):
        import psutil

        self.uids, self.interval = uids, interval
        self.peaks = {name: {"pss": 0, "rss": 0} for name in uids}
        self.machine_start = psutil.virtual_memory().total - psutil.virtual_memory().available
        self.machine_peak = self.machine_start
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        import psutil

        by_uid: dict[int, dict[str, int]] = {}
        for proc in processes_of(self.uids.values()):
            with contextlib.suppress(psutil.Error):
                info = proc.memory_full_info()
                total = by_uid.setdefault(proc.uids().real, {"pss": 0, "rss": 0})
                total["pss"] += getattr(info, "pss", info.rss)
                total["rss"] += info.rss
        for name, uid in self.uids.items():
            for key, value in by_uid.get(uid, {}).items():
                self.peaks[name][key] = max(self.peaks[name][key], value)
        memory = psutil.virtual_memory()
        self.machine_peak = max(self.machine_peak, memory.total - memory.available)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


# --- the hub ---------------------------------------------------------------------------------------------------------


class LoopbackHub:
    """JupyterHub with ``jupyterhub_config.py`` on 127.0.0.1 (free ports), its state in ``folder/hub``."""

    def __init__(self, folder: Path, python: str, chp: str, group: str, env: dict[str, str] | None = None):
        self.folder, self.python, self.chp, self.group = folder, python, chp, group
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.admin_token = secrets.token_hex(32)
        self.proxy_api = f"http://127.0.0.1:{free_port()}"
        self.extra_env = dict(env or {})
        self.proc: subprocess.Popen | None = None
        self.log_path = folder / "hub.log"
        self.started: set = set()  # every process seen under the hub (proxy, services, servers)

    def start(self, timeout: float = 120) -> None:
        import requests

        state = self.folder / "hub"
        env = {**os.environ, "COURSE_HUB_STATE_DIR": str(state), "COURSE_HUB_BIND_URL": self.url,
               "COURSE_HUB_HUB_BIND_URL": f"http://127.0.0.1:{free_port()}", "COURSE_HUB_PROXY_API_URL":
               self.proxy_api, "COURSE_HUB_CHP": self.chp, "COURSE_HUB_PYTHON": self.python,
               "COURSE_HUB_STUDENTS_GROUP": self.group, "COURSE_HUB_ADMIN_TOKEN": self.admin_token,
               **self.extra_env}
        self.log_path.touch(mode=0o600)
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "jupyterhub", "-f", str(CONFIG)], cwd=self.folder,
                                         env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"JupyterHub exited with code {self.proc.returncode}:\n{self.log_tail()}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(f"{self.url}/hub/api/", timeout=5).status_code == 200:
                    self.remember_children()
                    return
            time.sleep(0.5)
        raise RuntimeError(f"JupyterHub did not answer within {timeout} s:\n{self.log_tail()}")

    def log_tail(self, chars: int = 4000) -> str:
        return self.log_path.read_text(errors="replace")[-chars:] if self.log_path.exists() else "(no log)"

    def explain(self, page, name: str, lines: int = 60) -> str:
        """A failed page, the redirects that led to it, and the hub's log lines about ``name`` or about errors."""
        hops = "\n".join(f"  {r.status_code} {r.url}" for r in [*page.history, page])
        log = self.log_path.read_text(errors="replace").splitlines() if self.log_path.exists() else []
        about = [line for line in log if name in line or any(w in line for w in ("[E ", "[W ", "Error", "rror:"))]
        return (f"HTTP {page.status_code} at {page.url}\nredirects:\n{hops}\nanswer: {page.text[:500]}\n"
                f"hub log about {name} and warnings (last {lines}):\n" + "\n".join(about[-lines:]))

    def api(self, method: str, path: str, token: str | None = None, **kwargs):
        """A request to the hub's REST API (``path`` after ``/hub/api``), as the admin service unless ``token``."""
        import requests

        headers = {"Authorization": f"token {token or self.admin_token}"}
        return requests.request(method, f"{self.url}/hub/api{path}", headers=headers, timeout=60, **kwargs)

    def remember_children(self) -> None:
        import psutil

        if self.proc is not None:
            with contextlib.suppress(psutil.Error):
                self.started.update(psutil.Process(self.proc.pid).children(recursive=True))

    def stop(self, timeout: float = 60) -> None:
        """Stop the hub (which stops every server, the proxy and the culler), then kill anything left it started."""
        if self.proc is None:
            return
        self.remember_children()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        kill_all([p for p in self.started if p.is_running()])
        self.proc = None

    def leftovers(self) -> list:
        """The processes the hub started that still run."""
        import psutil

        alive = []
        for proc in self.started:
            with contextlib.suppress(psutil.Error):
                if proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE:
                    alive.append(proc)
        return alive


# --- a student -----------------------------------------------------------------------------------------------------


class Student:
    """One student: a Unix account, a browser session (cookies) and a hub token, talking HTTP to ``hub``."""

    def __init__(self, hub: LoopbackHub, name: str, password: str):
        import requests

        self.hub, self.name, self.password = hub, name, password
        self.session = requests.Session()
        self.token: str | None = None
        self.home = Path(pwd.getpwnam(name).pw_dir)
        self.uid = pwd.getpwnam(name).pw_uid
        self.server = f"{hub.url}/user/{name}"
        self.last_kernel: dict = {}
        self.incidents: list[str] = []  # what went wrong and was recovered from, as a student would

    # the browser: login and the link
    def login(self) -> None:
        page = self.session.get(f"{self.hub.url}/hub/login", timeout=60)
        page.raise_for_status()
        xsrf = self.session.cookies.get("_xsrf", path="/hub/") or self.session.cookies.get("_xsrf")
        done = self.session.post(f"{self.hub.url}/hub/login", data={"username": self.name, "password":
                                 self.password, "_xsrf": xsrf}, allow_redirects=False, timeout=120)
        if done.status_code != 302:
            raise RuntimeError(f"{self.name} could not log in: HTTP {done.status_code}\n{self.hub.log_tail(1500)}")

    def get_token(self) -> str:
        """A hub API token for this student (made by the admin service, as an instructor's script would)."""
        reply = self.hub.api("POST", f"/users/{self.name}/tokens", json={"note": "classroom", "expires_in": 3600})
        reply.raise_for_status()
        self.token = reply.json()["token"]
        return self.token

    def start_server(self, timeout: float = 300) -> float:
        """Start this student's server with their own token; wait until it answers as theirs. Return the seconds.

        The hub calls a server ready as soon as anything answers HTTP on the port it chose, even a 404 (JupyterHub's
        ``wait_for_http_server``); if another program took that port first, the student's own server could not
        start and the hub routes them to that program. A student then restarts their server from the hub's
        control panel: so does this method, once, and notes it in ``incidents``.
        """
        took = self._start_server(timeout)
        if self._answers_as_mine():
            return took
        self.incidents.append(f"{self.name}'s server did not answer as theirs after the hub called it ready; "
                              f"restarted it. {self.hub.explain(self.rest('GET', '/me'), self.name, lines=20)}")
        self.stop_server()
        took += self._start_server(timeout)
        if not self._answers_as_mine():
            raise RuntimeError(f"{self.name}'s server does not answer as theirs, even after a restart: "
                               f"{self.hub.explain(self.rest('GET', '/me'), self.name)}")
        return took

    def _answers_as_mine(self, timeout: float = 30) -> bool:
        """Whether the server behind ``/user/<name>/`` is this student's (Jupyter's ``/api/me`` names them)."""
        deadline = time.monotonic() + timeout
        while True:
            reply = self.rest("GET", "/me")
            if reply.ok and reply.json().get("identity", {}).get("username") == self.name:
                return True
            if time.monotonic() > deadline:
                return False
            time.sleep(1)

    def _start_server(self, timeout: float) -> float:
        began = time.monotonic()
        reply = self.hub.api("POST", f"/users/{self.name}/server", token=self.token)
        if reply.status_code not in (201, 202, 400):  # 400: already running
            raise RuntimeError(f"starting {self.name}'s server: HTTP {reply.status_code} {reply.text}")
        deadline = began + timeout
        while time.monotonic() < deadline:
            model = self.hub.api("GET", f"/users/{self.name}", token=self.token).json()
            server = model.get("servers", {}).get("")
            if server and server.get("ready"):
                self.hub.remember_children()
                return time.monotonic() - began
            if not model.get("pending") and not server:
                raise RuntimeError(f"{self.name}'s server failed to start:\n{self.hub.log_tail(3000)}")
            time.sleep(0.5)
        raise RuntimeError(f"{self.name}'s server did not start within {timeout} s:\n{self.hub.log_tail(3000)}")

    def stop_server(self, timeout: float = 120) -> None:
        reply = self.hub.api("DELETE", f"/users/{self.name}/server", token=self.token)
        if reply.status_code not in (202, 204):
            raise RuntimeError(f"stopping {self.name}'s server: HTTP {reply.status_code} {reply.text}")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            model = self.hub.api("GET", f"/users/{self.name}", token=self.token).json()
            if not model.get("servers") and not model.get("pending"):
                return
            time.sleep(0.5)
        raise RuntimeError(f"{self.name}'s server did not stop within {timeout} s")

    def click(self, link: str, timeout: float = 300) -> list[str]:
        """Follow the nbgitpuller link as the browser does: redirects, then the pull, then the notebook's page.

        Returns nbgitpuller's progress lines; raises if the pull reports an error.
        """
        page = self.session.get(link, timeout=120)
        if page.status_code >= 400:
            raise RuntimeError(f"{self.name}'s click on the link failed: {self.hub.explain(page, self.name)}")
        final = urlsplit(page.url)
        if not final.path.startswith(f"/user/{self.name}/git-pull"):
            raise RuntimeError(f"{self.name}'s click ended at {page.url}, not at their own server's git-pull page")
        query = {k: v[0] for k, v in parse_qs(final.query).items()}
        xsrf = self.session.cookies.get("_xsrf", path=f"/user/{self.name}/") or ""
        api = {"repo": query["repo"], "branch": query.get("branch", ""), "targetpath": query["targetpath"],
               "_xsrf": xsrf}
        lines, phase = [], None
        with self.session.get(f"{self.server}/git-pull/api", params=api, stream=True, timeout=timeout) as events:
            if events.status_code >= 400:
                raise RuntimeError(f"{self.name}'s pull did not start: {self.hub.explain(events, self.name)}")
            for raw in events.iter_lines(decode_unicode=True):
                if not raw or not raw.startswith("data:"):
                    continue
                event = json.loads(raw[5:])
                phase = event.get("phase")
                lines.append(event.get("output") or event.get("message") or "")
                if phase in ("finished", "error"):
                    break
        if phase != "finished":
            raise RuntimeError(f"nbgitpuller failed for {self.name}:\n" + "\n".join(lines)[-3000:])
        opened = self.session.get(f"{self.server}/{query['urlpath']}", timeout=120)
        if opened.status_code >= 400:
            raise RuntimeError(f"{self.name}'s notebook failed to open: {self.hub.explain(opened, self.name)}")
        return lines

    # the Jupyter server's REST API, with the student's token
    def rest(self, method: str, path: str, token: str | None = None, **kwargs):
        import requests

        headers = {"Authorization": f"token {token or self.token}"}
        return requests.request(method, f"{self.server}/api{path}", headers=headers, timeout=120, **kwargs)

    def read_notebook(self, path: str) -> dict:
        reply = self.rest("GET", f"/contents/{quote(path)}", params={"content": 1})
        _check(reply, f"{self.name} reading {path}")
        return reply.json()["content"]

    def save_notebook(self, path: str, notebook: dict) -> None:
        reply = self.rest("PUT", f"/contents/{quote(path)}", json={"type": "notebook", "format": "json",
                                                                     "content": notebook})
        _check(reply, f"{self.name} saving {path}")

    def run_notebook(self, path: str, cell_timeout: float = 600) -> tuple[dict, list[str], float]:
        """Run every code cell of ``path`` in a new kernel of the student's server, in order, stopping at an error.

        Returns (the notebook with its outputs, the errors, the seconds from the kernel start to the last reply).
        ``last_kernel`` then holds the kernel's own CPU seconds and peak memory (``cpu_s``, ``maxrss_mb``).
        """
        notebook = self.read_notebook(path)
        began = time.monotonic()
        reply = self.rest("POST", "/sessions", json={"path": path, "type": "notebook", "name": Path(path).name,
                                                      "kernel": {"name": "python3"}})
        reply.raise_for_status()
        session_id = reply.json()["id"]
        try:
            with KernelChannel(self, reply.json()["kernel"]["id"]) as kernel:
                errors = []
                for cell in notebook["cells"]:
                    if cell["cell_type"] != "code":
                        continue
                    outputs, error = kernel.execute("".join(cell["source"]) if isinstance(cell["source"], list)
                                                    else cell["source"], cell_timeout)
                    cell["outputs"] = outputs
                    if error:
                        errors.append(error)
                        break
                outputs, _ = kernel.execute(_KERNEL_USAGE, 60)
                text = "".join(o.get("text", "") for o in outputs)
                self.last_kernel = json.loads(text) if text.startswith("{") else {}
        finally:
            self.rest("DELETE", f"/sessions/{session_id}")
        return notebook, errors, time.monotonic() - began

    def run_code(self, code: str, timeout: float = 120) -> tuple[list[dict], str | None]:
        """Run ``code`` in a fresh kernel of the student's server (then shut it down)."""
        reply = self.rest("POST", "/kernels", json={"name": "python3"})
        reply.raise_for_status()
        kernel_id = reply.json()["id"]
        try:
            with KernelChannel(self, kernel_id) as kernel:
                return kernel.execute(code, timeout)
        finally:
            self.rest("DELETE", f"/kernels/{kernel_id}")


# Run after a notebook (not saved in it): the kernel's CPU time and high-water mark of memory, as the course's
# benchmark measures a notebook (benchmarks/run_benchmarks.py).
_KERNEL_USAGE = """\
import json as _json, resource as _resource
_usage = _resource.getrusage(_resource.RUSAGE_SELF)
print(_json.dumps({"cpu_s": _usage.ru_utime + _usage.ru_stime, "maxrss_mb": _usage.ru_maxrss / 1024}))
"""


def _check(reply, what: str) -> None:
    if reply.status_code >= 400:
        raise RuntimeError(f"{what}: HTTP {reply.status_code} {reply.text[:1000]}")


class KernelChannel:
    """The kernel websocket of a student's server (Jupyter messaging protocol, JSON over the websocket)."""

    def __init__(self, student: Student, kernel_id: str):
        self.student, self.kernel_id = student, kernel_id
        self.session = uuid.uuid4().hex
        self.ws = None

    def __enter__(self) -> KernelChannel:
        import websocket

        url = self.student.server.replace("http://", "ws://", 1)
        self.ws = websocket.create_connection(f"{url}/api/kernels/{self.kernel_id}/channels?session_id="
                                              f"{self.session}", header=[f"Authorization: token {self.student.token}"],
                                              timeout=600)
        self._request("kernel_info_request", {}, timeout=300)
        return self

    def __exit__(self, *exc) -> None:
        with contextlib.suppress(Exception):
            self.ws.close()

    def _send(self, msg_type: str, content: dict) -> str:
        msg_id = uuid.uuid4().hex
        self.ws.send(json.dumps({
            "header": {"msg_id": msg_id, "username": self.student.name, "session": self.session, "msg_type": msg_type,
                       "version": "5.3", "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
            "parent_header": {}, "metadata": {}, "content": content, "channel": "shell", "buffers": []}))
        return msg_id

    def _receive(self) -> dict:
        """The next message; a binary frame (a message with buffers, e.g. a widget's) is decoded to its JSON part."""
        frame = self.ws.recv()
        if isinstance(frame, str):
            return json.loads(frame)
        count = int.from_bytes(frame[:4], "big")  # jupyter_server's binary format: count, offsets, JSON, buffers
        offsets = [int.from_bytes(frame[4 * (i + 1): 4 * (i + 2)], "big") for i in range(count)]
        return json.loads(frame[offsets[0]: offsets[1] if count > 1 else None].decode("utf-8"))

    def _request(self, msg_type: str, content: dict, timeout: float) -> None:
        msg_id = self._send(msg_type, content)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            msg = self._receive()
            if msg.get("parent_header", {}).get("msg_id") == msg_id and msg["channel"] == "shell":
                return
        raise TimeoutError(f"no {msg_type} reply within {timeout} s")

    def execute(self, code: str, timeout: float) -> tuple[list[dict], str | None]:
        """Run ``code``; return its outputs (nbformat dicts) and the error's name and value, or None."""
        from nbformat.v4 import output_from_msg

        msg_id = self._send("execute_request", {"code": code, "silent": False, "store_history": True,
                                                "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        outputs, error, replied, idle = [], None, False, False
        deadline = time.monotonic() + timeout
        while not (replied and idle):
            if time.monotonic() > deadline:
                raise TimeoutError(f"a cell ran over {timeout} s on {self.student.name}'s server")
            msg = self._receive()
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = msg["header"]["msg_type"]
            if msg["channel"] == "shell" and kind == "execute_reply":
                replied = True
            elif kind == "status":
                idle = msg["content"]["execution_state"] == "idle"
            elif kind in ("stream", "display_data", "execute_result", "error"):
                outputs.append(dict(output_from_msg(msg)))
                if kind == "error":
                    error = f"{msg['content']['ename']}: {msg['content']['evalue']}"
        return outputs, error


# --- a class ---------------------------------------------------------------------------------------------------------


class Classroom:
    """A hub on loopback with ``size`` students (real accounts); ``close()`` undoes everything (idempotent)."""

    def __init__(self, size: int, hub_env: dict[str, str] | None = None, prefix: str | None = None):
        check_machine()
        self.tag = prefix or f"c{secrets.token_hex(3)}"
        self.group = f"{self.tag}-class"
        self.names = [f"{self.tag}s{i:02d}" for i in range(1, size + 1)]
        self.hub_env = hub_env
        self.folder: Path | None = None
        self.hub: LoopbackHub | None = None
        self.students: list[Student] = []
        self.uids: dict[str, int] = {}
        self.bare: Path | None = None
        self.close_timings: dict[str, float] = {}  # seconds since close() began, after each step

    def open(self) -> Classroom:
        chp = find_chp()
        self.folder = shared_folder()
        python = course_python(self.folder)
        self.bare = bare_repository(self.folder)
        passwords = accounts.add_students(self.names, self.group)
        self.uids = {name: pwd.getpwnam(name).pw_uid for name in self.names}
        for name, uid in self.uids.items():
            # git refuses a repository owned by another user unless told it is safe (a course on GitHub needs not)
            config = Path(pwd.getpwnam(name).pw_dir) / ".gitconfig"
            config.write_text(f"[safe]\n\tdirectory = {self.bare}\n")
            os.chown(config, uid, pwd.getpwnam(name).pw_gid)
        self.hub = LoopbackHub(self.folder, python, chp, self.group, env=self.hub_env)
        self.hub.start()
        self.students = [Student(self.hub, name, passwords[name]) for name in self.names]
        return self

    @property
    def repo_url(self) -> str:
        return f"file://{self.bare}"

    def leftovers(self) -> dict[str, list]:
        """What is still there: processes the hub started, processes of the accounts, accounts, homes."""
        return {
            "hub processes": self.hub.leftovers() if self.hub else [],
            "student processes": processes_of(self.uids.values()),
            "accounts": [n for n in self.names if accounts._exists(n)],
            "homes": [f"/home/{n}" for n in self.names if Path(f"/home/{n}").exists()],
        }

    def close(self) -> None:
        """Stop the hub and its servers, kill what is left of the accounts' processes, remove accounts and folder."""
        began = time.monotonic()
        try:
            if self.hub is not None:
                self.hub.stop()
        finally:
            self.close_timings["stop the hub"] = time.monotonic() - began
            kill_all(processes_of(self.uids.values()))
            self.close_timings["kill what is left"] = time.monotonic() - began
            with contextlib.suppress(accounts.AccountError):
                accounts.remove_students(self.names, self.group)
            self.close_timings["remove accounts"] = time.monotonic() - began
            if not any(accounts._exists(n) for n in self.names):
                subprocess.run(["groupdel", self.group], capture_output=True)
            for name in self.names:  # a home left by a failed userdel
                home = Path(f"/home/{name}")
                if home.exists() and not accounts._exists(name):
                    shutil.rmtree(home, ignore_errors=True)
            if self.folder is not None and self.folder.exists():
                shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Classroom:
        try:
            return self.open()
        except BaseException:
            self.close()
            raise

    def __exit__(self, *exc) -> None:
        self.close()
