"""The JupyterLab extensions the course needs are installed, enabled and compatible (fast: no browser).

Checked by name, not "everything OK": an unrelated extension that reports a problem must not hide (or cause)
a failure here. ``jupyter labextension list`` is the source of truth (what JupyterLab will load).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# display name in `jupyter labextension list` -> why the course needs it
REQUIRED = {
    "@jupyter-widgets/jupyterlab-manager": "ipywidgets (sliders, LiveFigure images) in JupyterLab",
    "jupyterlab-slideshow": "presenting a notebook live as slides with working widgets",
}
# needed only when a notebook uses ipympl's live canvas (%matplotlib widget / ipympl)
IPYMPL = "jupyter-matplotlib"

ANSI = re.compile(r"\x1b\[[0-9;]*m")
LINE = re.compile(r"^\s+(?P<name>\S+)\s+v(?P<version>\S+)\s+(?P<enabled>enabled|disabled)"
                  r"\s+(?P<status>\S+)(?P<rest>.*)$")


def labextensions() -> dict[str, dict[str, str]]:
    """Parse ``jupyter labextension list`` (it prints to stderr) into {name: {version, enabled, status}}."""
    proc = subprocess.run([sys.executable, "-m", "jupyter", "labextension", "list"], capture_output=True,
                          text=True, timeout=120, check=False)
    text = ANSI.sub("", proc.stdout + "\n" + proc.stderr)
    found: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        match = LINE.match(line)
        if match:
            found[match["name"]] = {"version": match["version"], "enabled": match["enabled"],
                                    "status": match["status"], "line": line.strip()}
    assert found, f"could not read `jupyter labextension list` (exit {proc.returncode}):\n{text[-2000:]}"
    return found


def notebooks_use_ipympl() -> bool:
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for cell in cells:
            source = "".join(cell.get("source", []))
            if cell.get("cell_type") == "code" and ("%matplotlib widget" in source or "%matplotlib ipympl" in source
                                                     or "import ipympl" in source):
                return True
    return False


@pytest.fixture(scope="module")
def installed() -> dict[str, dict[str, str]]:
    return labextensions()


def _check(installed: dict[str, dict[str, str]], name: str, why: str) -> None:
    assert name in installed, (f"JupyterLab extension {name} is missing ({why}); install the course with "
                               f"`pip install -e .` (found: {sorted(installed)})")
    ext = installed[name]
    assert ext["enabled"] == "enabled", f"{name} is installed but disabled: {ext['line']}"
    assert ext["status"] == "OK", f"{name} is not compatible with this JupyterLab: {ext['line']}"


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_required_extension_installed_and_enabled(installed: dict[str, dict[str, str]], name: str) -> None:
    _check(installed, name, REQUIRED[name])


def test_ipympl_extension_when_a_notebook_uses_it(installed: dict[str, dict[str, str]]) -> None:
    if not notebooks_use_ipympl():
        pytest.skip("no notebook uses ipympl (%matplotlib widget): LiveFigure renders with Agg")
    _check(installed, IPYMPL, "ipympl's live Matplotlib canvas")


def test_parser_reads_a_typical_listing() -> None:
    sample = ("JupyterLab v4.6.6\n/x/share/jupyter/labextensions\n"
              "        \x1b[32menabled\x1b[0m\n"
              "        @jupyter-widgets/jupyterlab-manager v5.0.16 \x1b[32menabled\x1b[0m \x1b[32mOK\x1b[0m "
              "(python, jupyterlab_widgets)\n"
              "        jupyterlab-slideshow v0.3.4 \x1b[31mdisabled\x1b[0m \x1b[31mX\x1b[0m\n")
    parsed = {}
    for line in ANSI.sub("", sample).splitlines():
        match = LINE.match(line)
        if match:
            parsed[match["name"]] = (match["version"], match["enabled"], match["status"])
    assert parsed == {"@jupyter-widgets/jupyterlab-manager": ("5.0.16", "enabled", "OK"),
                      "jupyterlab-slideshow": ("0.3.4", "disabled", "X")}
