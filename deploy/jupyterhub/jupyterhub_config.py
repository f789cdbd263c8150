# JupyterHub for one class on one server (deploy/jupyterhub/README.md says how to install and run it).
#
#     sudo /opt/course/venv/bin/jupyterhub -f /opt/course/repo/deploy/jupyterhub/jupyterhub_config.py
#
# - Students log in with their Unix account and password (PAM). Only members of the students' group (and the admins)
#   may log in; deploy/jupyterhub/accounts.py makes the accounts (private homes, mode 700) and their passwords.
# - The hub runs as root so that LocalProcessSpawner can start each student's Jupyter server AS THAT STUDENT, in their
#   home, with the course environment (one virtual environment for everyone, made by install.sh).
# - configurable-http-proxy (npm) is the only public door: it forwards /hub/ to the hub and /user/NAME/ to NAME's
#   server, which accepts only NAME's hub login (the hub's OAuth) or NAME's tokens.
# - jupyterhub-idle-culler stops servers idle for COURSE_HUB_CULL_TIMEOUT seconds (their files stay in the home).
#
# Every setting that differs between a real class and the classroom test is an environment variable (COURSE_HUB_*),
# with the real class's value as default. This file is read by `jupyterhub -f` (it is not imported by the course).
# ruff: noqa: F821 (get_config is defined by JupyterHub when it reads this file)

import os
import shutil
import sys
from pathlib import Path


def _env(name: str, default: str) -> str:
    return os.environ.get(f"COURSE_HUB_{name}", "").strip() or default


c = get_config()

# --- where the hub keeps its state (database, cookie secret, proxy pid) ----------------------------------------------
STATE_DIR = Path(_env("STATE_DIR", "/srv/jupyterhub"))
STATE_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
c.JupyterHub.db_url = f"sqlite:///{STATE_DIR / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE_DIR / "jupyterhub_cookie_secret")
c.ConfigurableHTTPProxy.pid_file = str(STATE_DIR / "jupyterhub-proxy.pid")

# --- network: the public address, the hub's own port and the proxy's API port (all three on loopback in the test) --
# In a real class, put HTTPS in front (Caddy or nginx, README) or give COURSE_HUB_SSL_CERT / COURSE_HUB_SSL_KEY:
# students type their password into this page.
c.JupyterHub.bind_url = _env("BIND_URL", "http://127.0.0.1:8000")
c.JupyterHub.hub_bind_url = _env("HUB_BIND_URL", "http://127.0.0.1:8081")
c.ConfigurableHTTPProxy.api_url = _env("PROXY_API_URL", "http://127.0.0.1:8001")
if os.environ.get("COURSE_HUB_SSL_CERT"):
    c.JupyterHub.ssl_cert = os.environ["COURSE_HUB_SSL_CERT"]
    c.JupyterHub.ssl_key = os.environ["COURSE_HUB_SSL_KEY"]

# configurable-http-proxy from npm: install.sh puts it in /opt/course/node_modules; else the one on PATH.
_chp = _env("CHP", "/opt/course/node_modules/.bin/configurable-http-proxy")
c.ConfigurableHTTPProxy.command = [_chp if Path(_chp).exists() else (shutil.which("configurable-http-proxy") or _chp)]

# --- who may log in -----------------------------------------------------------------------------------------------
c.JupyterHub.authenticator_class = "pam"
c.PAMAuthenticator.allowed_groups = {_env("STUDENTS_GROUP", "course-students")}
c.Authenticator.admin_users = {name for name in _env("ADMINS", "").split(",") if name.strip()}
# No PAM session per login: with LocalProcessSpawner it only adds failures (no logind on most servers) and delays.
c.PAMAuthenticator.open_sessions = False
# Accounts are made with accounts.py, never by the hub (the hub would make them without a password).
c.LocalAuthenticator.create_system_users = False

# --- each student's server: their Unix user, their home, the course environment --------------------------------------
COURSE_PYTHON = _env("PYTHON", "/opt/course/venv/bin/python")
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [COURSE_PYTHON, "-m", "jupyterhub.singleuser"]
c.Spawner.default_url = "/lab"
c.Spawner.notebook_dir = "~"
c.Spawner.environment = {
    # the course environment first, so that a terminal's `python` and `pip` are the course's
    "PATH": f"{Path(COURSE_PYTHON).parent}:/usr/local/bin:/usr/bin:/bin",
    # the course runs tiny networks on CPU: one thread each, so that 30 students share the cores fairly
    "OMP_NUM_THREADS": _env("THREADS", "1"),
    "MKL_NUM_THREADS": _env("THREADS", "1"),
    # the student edition opens in JupyterLab after nbgitpuller's pull
    "NBGITPULLER_APP": "lab",
}
# Students never edit text sources. Where jupytext is installed (it is for the course's authors), its JupyterLab
# extension would write a paired student/source/NN_topic.py beside every notebook a student saves (the course's
# pyproject.toml pairs them), and after nbgitpuller's next update that notebook would refuse to open ("... is more
# recent than ..."). The classroom test caught this; switch the extension off in students' servers.
c.Spawner.args = ["--ServerApp.jpserver_extensions=jupyterlab_jupytext=False"]
# Starting a server imports JupyterLab: give a busy server time (30 students start at once at 9:00).
c.Spawner.start_timeout = int(_env("START_TIMEOUT", "300"))
c.Spawner.http_timeout = int(_env("HTTP_TIMEOUT", "180"))
# Shown to students and the admin page; LocalProcessSpawner does NOT enforce it (SystemdSpawner does, README).
# Measured (benchmarks/CLASSROOM.md, 30 students running notebook 03): 0.49 GB per student (PSS, server and kernel;
# at most 0.6 GB). Plan 1 GB: notebook 09's kernel alone peaks at 0.9 GB.
c.Spawner.mem_limit = _env("MEM_LIMIT", "1G")
# Stopping the hub stops every student's server (their files stay); a restart of the hub is then a clean start.
c.JupyterHub.cleanup_servers = True

# --- services: the idle culler, and (tests and scripts only) an admin token ------------------------------------------
c.JupyterHub.services = [{
    "name": "idle-culler",
    "command": [sys.executable, "-m", "jupyterhub_idle_culler",
                f"--timeout={_env('CULL_TIMEOUT', '3600')}", f"--cull-every={_env('CULL_EVERY', '300')}"],
}]
c.JupyterHub.load_roles = [{
    "name": "idle-culler",
    "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
    "services": ["idle-culler"],
}]
# A script that manages the class through the REST API (the classroom test, the load benchmark) passes its token in
# COURSE_HUB_ADMIN_TOKEN; without it no such service exists.
if os.environ.get("COURSE_HUB_ADMIN_TOKEN"):
    c.JupyterHub.services.append({"name": "classroom-admin", "api_token": os.environ["COURSE_HUB_ADMIN_TOKEN"]})
    c.JupyterHub.load_roles.append({"name": "admin", "services": ["classroom-admin"]})
