"""Write binder/repo2docker-base.txt: the Python packages of repo2docker's base environment, as pip pins.

mybinder.org builds this repository with repo2docker. For ``runtime.txt`` = ``python-3.11`` it starts from a conda
environment frozen in repo2docker's ``repo2docker/buildpacks/conda/environment.py-3.11-linux-64.lock`` (JupyterLab,
Notebook, Jupyter Server, JupyterHub's single-user server...) and then runs ``pip install -r binder/requirements.txt``
*into that same environment*. Whatever our lock pins differently from that environment, pip replaces; whatever our
lock needs that clashes with a package it leaves alone (``notebook`` 7.4 requires ``jupyterlab<4.5``) is a broken
build. So the lock is resolved with this file as constraints (``binder/lock.sh``), and
``tests/test_binder.py`` checks that the lock and the base environment resolve together without a conflict.

Usage, from the repository root, with a checkout of https://github.com/jupyterhub/repo2docker::

    python binder/base_environment.py PATH/TO/repo2docker/repo2docker/buildpacks/conda/environment.py-3.11-linux-64.lock

Only Python packages are kept (conda build strings starting with ``py``); conda names are mapped to PyPI names.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUTPUT = Path(__file__).with_name("repo2docker-base.txt")
#: conda-forge names whose PyPI name differs (beyond PEP 503 normalisation of '_' and '-').
PYPI_NAMES = {"brotli-python": "brotli", "python-fastjsonschema": "fastjsonschema", "nbconvert-core": "nbconvert",
              "jupyterhub-base": "jupyterhub"}
#: Installers, not part of what the lock constrains.
SKIP = {"python", "pip", "wheel"}
_URL = re.compile(r"/(?P<file>[^/#]+)\.(?:conda|tar\.bz2)(?:#.*)?$")


def base_pins(lock_text: str) -> dict[str, str]:
    """``{pypi_name: version}`` for every Python package of a conda-lock ``@EXPLICIT`` file."""
    pins = {}
    for line in lock_text.splitlines():
        match = _URL.search(line.strip())
        if not match or line.startswith("#"):
            continue
        name, version, build = match.group("file").rsplit("-", 2)
        if not build.startswith("py") or name in SKIP:
            continue
        name = PYPI_NAMES.get(name, name).lower().replace("_", "-")
        pins[name] = version
    return dict(sorted(pins.items()))


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_file():
        print(__doc__.split("Usage, ")[1].split("\n\n")[1].strip(), file=sys.stderr)
        return 2
    lock = Path(argv[0])
    text = lock.read_text(encoding="utf-8")
    stamps = [line.lstrip("# ") for line in text.splitlines() if line.startswith(("# Frozen on", "# input_hash"))]
    header = [
        "# Python packages of repo2docker's base environment for Python 3.11 (mybinder.org's starting point), as pins.",
        f"# Made by `python binder/base_environment.py .../{lock.name}` from jupyterhub/repo2docker",
        f"# (that lock: {'; '.join(stamps) or 'no date'}). binder/lock.sh resolves the lock with these as constraints,",
        "# except for the packages binder/requirements.in upgrades on purpose (listed there).",
    ]
    OUTPUT.write_text("\n".join(header + [f"{n}=={v}" for n, v in base_pins(text).items()]) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
