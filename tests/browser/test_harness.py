"""Fast checks of the browser harness itself (no browser, no server): skip/fail policy, settings, processes."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from . import conftest as harness


def test_missing_browser_skips_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no chromium here"):
        harness._unavailable("no chromium here")
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception):
        harness._unavailable("no chromium here")


def test_missing_browser_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="must run in CI"):
        harness._unavailable("no chromium here")


def test_free_port_is_bindable_on_loopback() -> None:
    port = harness.free_port()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", port))


def test_lab_env_uses_private_folders_and_safe_settings(tmp_path: Path) -> None:
    env = harness._lab_env(tmp_path)
    for key in ("JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTER_DATA_DIR", "JUPYTERLAB_SETTINGS_DIR",
                "JUPYTERLAB_WORKSPACES_DIR", "IPYTHONDIR"):
        assert Path(env[key]).is_dir() and Path(env[key]).is_relative_to(tmp_path), key
    settings = Path(env["JUPYTERLAB_SETTINGS_DIR"])
    docmanager = json.loads((settings / "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings").read_text())
    assert docmanager == {"autosave": False}  # never write a notebook back
    tracker = json.loads((settings / "@jupyterlab/notebook-extension/tracker.jupyterlab-settings").read_text())
    assert tracker["windowingMode"] == "none"  # every output in the DOM
    assert "JUPYTER_TOKEN" not in env


def test_served_folder_is_a_copy_of_the_notebooks(tmp_path: Path) -> None:
    root = harness._prepare_root(tmp_path)
    copies = sorted(p.name for p in (root / "notebooks").glob("*.ipynb"))
    assert copies == sorted(p.name for p in harness.NOTEBOOKS_DIR.glob("*.ipynb"))
    assert not (root / "notebooks").is_symlink()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process tree read from /proc or psutil")
def test_descendants_and_kill_all() -> None:
    parent = subprocess.Popen([sys.executable, "-c",
                               "import subprocess, sys, time; "
                               "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']); "
                               "time.sleep(60)"])
    try:
        for _ in range(100):
            children = harness._descendants(parent.pid)
            if children:
                break
            subprocess.run(["sleep", "0.05"], check=False)
        assert children, "the grandchild process was not found"
        harness._kill_all([parent.pid, *children], grace_s=2)
        parent.wait(timeout=5)
        assert not any(harness._alive(pid) for pid in children)
    finally:
        if parent.poll() is None:
            os.kill(parent.pid, 9)
            parent.wait()
