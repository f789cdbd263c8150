"""SLOW PACKAGING TEST (about 10 s): build a wheel of course_utils, install it into a fresh virtual environment and
load every dataset from a folder that is not the repository.

It guards what a clone hides: an installed package has no ``data/`` folder beside it, so it must regenerate the data
files into its cache folder and verify them against the checksums shipped as package data
(``course_utils/datasets/checksums.json``, declared in pyproject's ``[tool.setuptools.package-data]``).

How, offline and without touching the repository or the current virtual environment:

1. copy ``pyproject.toml``, ``README.md`` and ``course_utils/`` to a temporary folder (so that setuptools' ``build/``
   and ``*.egg-info`` are written there) and run ``pip wheel --no-deps --no-build-isolation --no-index``;
2. create a fresh venv (``--without-pip``; no system site-packages) and install the wheel into its site-packages
   with ``pip install --no-deps --no-index --target``;
3. give it the current venv's packages for the dependencies with a ``.pth`` file (``.pth`` files *inside* that
   folder, such as the editable install of course_utils, are not processed, so the wheel's copy is the one imported);
4. run a script there, from an empty working folder, with ``COURSE_UTILS_CACHE`` and ``HOME`` pointing at temporary
   folders and ``PYTHONPATH`` unset.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [pytest.mark.timeout(300), pytest.mark.packaging]

SCRIPT = textwrap.dedent('''
    import json, sys
    from pathlib import Path
    import numpy as np
    import pandas as pd
    import course_utils
    from course_utils import datasets, dicom
    from course_utils.datasets import build, ct, ecg, files, medmnist

    repo_csv, npz = Path(sys.argv[1]), Path(sys.argv[2])
    out = {"module": course_utils.__file__, "in_repository": files.in_repository(),
           "data_dir": str(files.default_data_dir())}
    blood = datasets.load_blood_counts()
    out["blood_equal_to_repository"] = bool(blood.equals(pd.read_csv(repo_csv)))
    out["cached_files"] = sorted(p.name for p in files.default_data_dir().iterdir())
    stamp = (files.default_data_dir() / "blood_counts.csv").stat().st_mtime_ns
    datasets.load_blood_counts()  # second time: read from the cache, not regenerated
    out["regenerated_twice"] = (files.default_data_dir() / "blood_counts.csv").stat().st_mtime_ns != stamp
    out["build_check"] = build.check()
    out["shapes"] = {
        "breast_cancer": list(datasets.load_breast_cancer_frame().shape),
        "diabetes": list(datasets.load_diabetes_frame().shape),
        "dicom_ecg": list(datasets.load_dicom_ecg().signals.shape),
        "ecg_dataset": list(datasets.make_ecg_dataset(6, seed=0)[0].shape),
        "ct_slices": list(datasets.make_ct_slices(2, seed=0).images.shape),
        "diabetes_screening": list(datasets.make_diabetes_screening(10, seed=0).shape),
        "medmnist_local_file": list(medmnist.load_npz(npz)["train"][0].shape),
    }
    from pydicom.data import get_testdata_file
    out["hu_shape"] = list(dicom.to_hounsfield(get_testdata_file("CT_small.dcm")).shape)
    print(json.dumps(out))
''')


def _run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{' '.join(map(str, command))} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    pytest.importorskip("setuptools")
    pytest.importorskip("pip")
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md", "LICENSE", "LICENSE-CONTENT.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "course_utils", src / "course_utils", ignore=shutil.ignore_patterns("__pycache__"))
    dist = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
          "-w", str(dist), str(src)])
    (found,) = dist.glob("course_utils-*.whl")
    return found


def test_wheel_ships_the_checksums_as_package_data(wheel):
    import zipfile

    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        shipped = json.loads(archive.read("course_utils/datasets/checksums.json"))
    assert shipped == json.loads((ROOT / "data" / "checksums.json").read_text())
    assert not any(name.startswith("data/") for name in names)  # the data are regenerated, not shipped


def test_installed_wheel_loads_every_dataset_outside_the_repository(wheel, tmp_path):
    fresh = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(fresh)])
    python = fresh / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    _run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", str(site), str(wheel)])
    (site / "_course_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    import numpy as np

    npz = tmp_path / "tiny.npz"
    rng = np.random.default_rng(0)
    np.savez(npz, train_images=rng.integers(0, 256, (3, 8, 8), dtype=np.uint8), train_labels=np.zeros((3, 1)))
    work, cache, home = tmp_path / "work", tmp_path / "cache", tmp_path / "home"
    for folder in (work, home):
        folder.mkdir()
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(COURSE_UTILS_CACHE=str(cache), HOME=str(home), PYTHONNOUSERSITE="1")
    result = _run([str(python), "-c", SCRIPT, str(ROOT / "data" / "blood_counts.csv"), str(npz)],
                  cwd=work, env=env, timeout=240)
    out = json.loads(result.stdout.strip().splitlines()[-1])

    assert Path(out["module"]).is_relative_to(site), f"imported the repository's copy, not the wheel's: {out}"
    assert out["in_repository"] is False and out["data_dir"] == str(cache / "data")
    assert out["blood_equal_to_repository"], "the regenerated blood_counts.csv differs from the repository's"
    assert out["cached_files"] == ["blood_counts.csv", "checksums.json"]
    assert out["regenerated_twice"] is False and out["build_check"] == []
    assert out["shapes"] == {"breast_cancer": [569, 31], "diabetes": [442, 11], "dicom_ecg": [10000, 12],
                             "ecg_dataset": [6, 500], "ct_slices": [2, 64, 64], "diabetes_screening": [10, 10],
                             "medmnist_local_file": [3, 8, 8]}
    assert out["hu_shape"] == [128, 128]
    assert not list(work.iterdir()), "loading the data wrote into the working folder"
