"""Repository-level checks: lint, no CUDA build of torch (the Binder lock is checked in tests/test_binder.py)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement

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


def test_torch_range_excludes_newer_cuda_builds():
    spec = _pyproject_requirements()["torch"].specifier
    assert spec.contains("2.13.0") and not spec.contains("2.14.1") and not spec.contains("2.15.0")


def test_no_nvidia_packages_installed():
    pytest.importorskip("importlib.metadata")
    from importlib.metadata import distributions

    nvidia = sorted({d.metadata["Name"] for d in distributions() if d.metadata["Name"].lower().startswith("nvidia")})
    assert not nvidia, f"CUDA packages were installed: {nvidia}"
