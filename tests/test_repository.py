"""Repository-level checks: lint, Binder pins in step with pyproject, no CUDA build of torch."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_lint_code_and_notebooks():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    targets = [t for t in ("course_utils", "tests", "notebooks", "templates", "benchmarks") if (ROOT / t).exists()]
    result = subprocess.run([ruff, "check", *targets], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _pyproject_requirements():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return {Requirement(r).name.lower().replace("_", "-"): Requirement(r) for r in data["project"]["dependencies"]}


def _binder_pins():
    pins = {}
    for line in (ROOT / "binder" / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if not line or line.startswith("-"):
            continue
        match = re.fullmatch(r"([A-Za-z0-9_.\-\[\]]+)==([^\s;]+)", line)
        assert match, f"binder/requirements.txt: '{line}' should be pinned as name==version"
        pins[match.group(1).lower().replace("_", "-").split("[")[0]] = Version(match.group(2))
    return pins


def test_binder_pins_agree_with_pyproject_ranges():
    reqs, pins = _pyproject_requirements(), _binder_pins()
    missing = sorted(set(reqs) - set(pins))
    assert not missing, f"binder/requirements.txt lacks pins for {missing}"
    for name, req in reqs.items():
        assert req.specifier.contains(pins[name], prereleases=True), \
            f"binder pins {name}=={pins[name]}, outside pyproject's range '{req.specifier}'"


def test_binder_uses_the_cpu_build_of_torch():
    text = (ROOT / "binder" / "requirements.txt").read_text()
    assert "download.pytorch.org/whl/cpu" in text
    assert _binder_pins()["torch"] == Version("2.13.0")


def test_torch_range_excludes_newer_cuda_builds():
    spec = _pyproject_requirements()["torch"].specifier
    assert spec.contains("2.13.0") and not spec.contains("2.14.1") and not spec.contains("2.15.0")


def test_no_nvidia_packages_installed():
    pytest.importorskip("importlib.metadata")
    from importlib.metadata import distributions

    nvidia = sorted({d.metadata["Name"] for d in distributions() if d.metadata["Name"].lower().startswith("nvidia")})
    assert not nvidia, f"CUDA packages were installed: {nvidia}"
