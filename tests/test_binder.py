"""Binder: the lock agrees with pyproject.toml and resolves together with repo2docker's base environment.

mybinder.org (repo2docker) starts from a conda environment of its own (Python 3.11, JupyterLab, Notebook, Jupyter
Server, JupyterHub's single-user server...), then runs ``pip install -r binder/requirements.txt`` into it and
``binder/postBuild``. ``binder/repo2docker-base.txt`` lists that environment's Python packages (made from repo2docker's
lock by ``binder/base_environment.py``); ``binder/lock.sh`` resolves ``binder/requirements.in`` against it with uv.

The dry-run test asks pip to resolve the lock and the rest of the base environment together, for Binder's platform,
without installing anything: it needs PyPI (and the CPU wheel of torch, from PyTorch's index or a local folder pip
is configured with). Without them it is skipped, except in CI where it fails.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parents[1]
BINDER = ROOT / "binder"
TORCH_INDEX = "https://download.pytorch.org/whl/cpu"
#: The environment Binder's pip runs in: Linux x86_64, CPython 3.11 (binder/runtime.txt).
BINDER_ENV = {**default_environment(), "sys_platform": "linux", "platform_system": "Linux",
              "platform_machine": "x86_64", "os_name": "posix", "python_version": "3.11",
              "python_full_version": "3.11.14", "implementation_name": "cpython", "extra": ""}
_PIN = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;#]+)")


def _pins(path: Path) -> dict[str, Version]:
    """``{name: version}`` of a requirements file made of ``name==version`` lines (comments and options skipped)."""
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if not line or line.startswith("-"):
            continue
        match = _PIN.fullmatch(line)
        assert match, f"{path.name}: '{line}' should be pinned as name==version"
        pins[canonicalize_name(match.group(1))] = Version(match.group(2))
    return pins


LOCK = _pins(BINDER / "requirements.txt")
INPUT = _pins(BINDER / "requirements.in")
BASE = _pins(BINDER / "repo2docker-base.txt")
UPGRADES = {canonicalize_name(n) for n in
            re.search(r"^# upgrades: (.+)$", (BINDER / "requirements.in").read_text(), re.M).group(1).split()}


def _binder_requirements() -> list[Requirement]:
    """pyproject.toml's dependencies that apply on Binder's machine (markers evaluated there)."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    reqs = [Requirement(r) for r in data["project"]["dependencies"]]
    return [r for r in reqs if r.marker is None or r.marker.evaluate(BINDER_ENV)]


# --- the lock and pyproject.toml ----------------------------------------------------------------------------------


def test_every_direct_dependency_is_locked_inside_pyproject_range():
    for req in _binder_requirements():
        name = canonicalize_name(req.name)
        assert name in LOCK, f"binder/requirements.txt lacks {name} (a pyproject.toml dependency): run binder/lock.sh"
        assert req.specifier.contains(LOCK[name], prereleases=True), \
            f"binder locks {name}=={LOCK[name]}, outside pyproject's range '{req.specifier}'"


def test_intel_mac_numpy_marker_does_not_apply_on_binder():
    numpy = [r for r in _binder_requirements() if r.name == "numpy"]
    assert [str(r.specifier) for r in numpy] == [">=1.24"]
    assert LOCK["numpy"] >= Version("2")


def test_lock_holds_what_requirements_in_pins():
    for name, version in INPUT.items():
        assert LOCK.get(name) == version, f"requirements.in pins {name}=={version}, the lock has {LOCK.get(name)}: " \
                                          "run binder/lock.sh"


def test_lock_is_the_full_set_of_transitive_versions():
    assert len(LOCK) > 3 * len(INPUT), "the lock should list every package, not only the direct ones"
    header = (BINDER / "requirements.txt").read_text().splitlines()[:4]
    assert any("binder/lock.sh" in line for line in header), "the lock's header names the command that made it"
    assert "uv pip compile binder/requirements.in" in (BINDER / "lock.sh").read_text()


def test_lock_keeps_the_base_environment_except_declared_upgrades():
    moved = {name for name in LOCK.keys() & BASE.keys() if LOCK[name] != BASE[name]}
    assert moved == UPGRADES, \
        f"the lock moves base packages {sorted(moved)}; requirements.in declares {sorted(UPGRADES)}"
    assert LOCK["notebook"] >= Version("7.6") and LOCK["jupyterlab"] >= Version("4.6")


def test_binder_gets_the_cpu_build_of_torch_and_no_cuda():
    text = (BINDER / "requirements.txt").read_text()
    assert f"--extra-index-url {TORCH_INDEX}" in text.splitlines()
    assert str(LOCK["torch"]).endswith("+cpu")
    assert not [n for n in LOCK if n.startswith(("nvidia", "triton"))]


def test_nbgrader_is_not_a_binder_dependency():
    assert "nbgrader" not in LOCK


def test_runtime_and_base_are_python_3_11():
    assert (BINDER / "runtime.txt").read_text().strip() == "python-3.11"
    assert "Python 3.11" in (BINDER / "repo2docker-base.txt").read_text().splitlines()[0]


def test_postbuild_installs_the_package_only():
    path = BINDER / "postBuild"
    assert os.access(path, os.X_OK), "binder/postBuild must be executable"
    text = path.read_text()
    assert "pip install --no-deps -e ." in text and "set -euo pipefail" in text
    subprocess.run(["bash", "-n", str(path)], check=True)


def test_base_environment_converter():
    spec = importlib.util.spec_from_file_location("base_environment", BINDER / "base_environment.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lock = "\n".join([
        "# platform: linux-64", "@EXPLICIT",
        "https://conda.anaconda.org/conda-forge/linux-64/python-3.11.14-hfe2f287_1_cpython.conda#abc",
        "https://conda.anaconda.org/conda-forge/linux-64/libzlib-1.3.1-hb9d3cd8_2.conda#abc",
        "https://conda.anaconda.org/conda-forge/noarch/jupyter_server-2.17.0-pyhcf101f3_0.conda#abc",
        "https://conda.anaconda.org/conda-forge/noarch/nbconvert-core-7.16.6-pyh29332c3_0.conda#abc",
        "https://conda.anaconda.org/conda-forge/linux-64/brotli-python-1.1.0-py311h1ddb823_4.conda#abc",
        "https://conda.anaconda.org/conda-forge/noarch/pip-25.2-pyh8b19718_0.conda#abc",
        "https://conda.anaconda.org/conda-forge/noarch/jupyterhub-singleuser-5.4.0-hd843c07_0.conda#abc",
    ])
    assert module.base_pins(lock) == {"brotli": "1.1.0", "jupyter-server": "2.17.0", "nbconvert": "7.16.6"}


# --- resolution against repo2docker's base environment ------------------------------------------------------------


_PLATFORMS = ["manylinux_2_28_x86_64", "manylinux_2_27_x86_64", "manylinux_2_26_x86_64", "manylinux_2_24_x86_64",
              "manylinux_2_17_x86_64", "manylinux2014_x86_64", "manylinux_2_5_x86_64", "manylinux1_x86_64"]


def _dry_run(requirements: list[str], tmp_path: Path) -> tuple[subprocess.CompletedProcess, dict]:
    """pip's resolution of ``requirements`` for Binder's platform, nothing installed: (process, report)."""
    (tmp_path / "requirements.txt").write_text("\n".join(requirements) + "\n")
    report = tmp_path / "report.json"
    command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
               "--report", str(report), "--target", str(tmp_path / "never"), "--python-version", "3.11",
               "--only-binary=:all:", *[arg for p in _PLATFORMS for arg in ("--platform", p)],
               "-r", str(tmp_path / "requirements.txt")]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    return result, (json.loads(report.read_text()) if report.exists() else {})


def _skip_without_network(result: subprocess.CompletedProcess) -> None:
    out = result.stdout + result.stderr
    offline = re.search(r"NewConnectionError|Name or service not known|Temporary failure in name resolution|"
                        r"No matching distribution found for torch", out)
    if offline and not os.environ.get("CI"):
        pytest.skip(f"this resolution needs PyPI and the CPU wheel of torch: {offline.group(0)}")


@pytest.mark.timeout(600)
def test_lock_and_repo2docker_base_environment_resolve_together(tmp_path):
    # Binder keeps every base package the lock does not name; pip must find no conflict and add nothing.
    expected = {**{n: v for n, v in BASE.items() if n not in LOCK}, **LOCK}
    result, report = _dry_run([f"{n}=={v}" for n, v in sorted(expected.items())], tmp_path)
    _skip_without_network(result)
    assert result.returncode == 0, f"pip found a conflict:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    resolved = {canonicalize_name(i["metadata"]["name"]): Version(i["metadata"]["version"]) for i in report["install"]}
    assert resolved == expected, f"added or changed: {sorted(set(resolved.items()) ^ set(expected.items()))}"


@pytest.mark.timeout(300)
def test_the_resolution_catches_the_conflict_the_old_pins_had(tmp_path):
    # Before the lock: jupyterlab 4.6 over the base environment's notebook 7.4.7, which requires jupyterlab<4.5.
    result, _ = _dry_run(["jupyterlab==4.6.6", f"notebook=={BASE['notebook']}", "jupyter-server==2.21.1",
                          "jupyterlab-server==2.28.1"], tmp_path)
    _skip_without_network(result)
    assert result.returncode != 0 and "conflict" in (result.stdout + result.stderr).lower()
