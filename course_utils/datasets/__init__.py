"""Medical data for the course: real sets that ship offline inside installed packages, and seeded
synthetic generators (documented in ``data/README.md``).

The data files (``load_blood_counts``) come from the repository's ``data/`` folder in a clone, and from a cache
folder in an installed package, where they are regenerated and verified (:mod:`.files`). Each generator has
documented size limits (:mod:`.limits`). Everything here is for learning only: none of it may be used to draw
clinical conclusions.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

# name -> submodule that defines it (imported on first use, to keep ``import course_utils`` fast)
_LAZY = {
    "load_breast_cancer_frame": "tabular",
    "load_diabetes_frame": "tabular",
    "BREAST_CANCER_UNITS": "tabular",
    "DIABETES_COLUMNS": "tabular",
    "make_blood_counts": "blood",
    "blood_alert": "blood",
    "load_blood_counts": "blood",
    "REFERENCE_RANGES": "blood",
    "DATA_DIR": "files",
    "DataFileError": "files",
    "data_path": "files",
    "default_data_dir": "files",
    "verify_file": "files",
    "make_diabetes_screening": "diabetes_screening",
    "make_ecg": "ecg",
    "make_ecg_dataset": "ecg",
    "load_dicom_ecg": "ecg",
    "make_ct_slices": "ct",
    "load_medmnist": "medmnist",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    if not name.startswith("_") and importlib.util.find_spec(f"{__name__}.{name}") is not None:
        return importlib.import_module(f"{__name__}.{name}")  # a submodule, e.g. datasets.ecg
    from ..i18n import tr

    raise AttributeError(tr("module 'course_utils.datasets' has no attribute {name}", name=repr(name)))
