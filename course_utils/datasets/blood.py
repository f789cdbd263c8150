"""A seeded generator of simplified blood counts with an "alert" label (see ``data/README.md``).

Simplified on purpose, as in the source course: only red cells, white cells, haemoglobin and sex.
Sex is coded as in the source slides: 1 = male (homme), 2 = female (femme).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..i18n import N_, number, tr
from ..validation import check_fraction, check_int
from ._checks import as_numbers
from .files import verify_file
from .limits import call_text, check_count

#: Adult reference ranges (low, high) used for the alert, by sex code (1 = male, 2 = female).
REFERENCE_RANGES = {
    "red_cells": {1: (4.5, 5.9), 2: (4.0, 5.2)},      # x10^6 per mm³
    "white_cells": {1: (4.0, 10.0), 2: (4.0, 10.0)},  # x10^3 per mm³
    "haemoglobin": {1: (13.0, 17.0), 2: (12.0, 16.0)},  # g/dL
}
UNITS = {"red_cells": "x10^6/mm³", "white_cells": "x10^3/mm³", "haemoglobin": "g/dL", "sex": "1 = male, 2 = female"}
COLUMNS = ["red_cells", "white_cells", "haemoglobin", "sex", "alert"]
#: What each count must be, for the error messages (translated where shown).
_EXPECTED = {
    "red_cells": N_("an array of red cells counts in x10^6/mm³"),
    "white_cells": N_("an array of white cells counts in x10^3/mm³"),
    "haemoglobin": N_("an array of haemoglobin counts in g/dL"),
}
#: Size limit of :func:`make_blood_counts`, and the memory one patient takes while the table is made.
MAX_PATIENTS = 1_000_000
BYTES_PER_PATIENT = 260


def blood_alert(red_cells: Any, white_cells: Any, haemoglobin: Any, sex: Any) -> np.ndarray:
    """The labelling rule: 1 when any value lies outside the sex-specific reference range, else 0.

    Args:
        red_cells: x10^6/mm³, shape ``(n,)``.
        white_cells: x10^3/mm³, shape ``(n,)``.
        haemoglobin: g/dL, shape ``(n,)``.
        sex: 1 (male) or 2 (female), shape ``(n,)``.
    Returns:
        int array of shape ``(n,)``.
    """
    values = {
        name: np.atleast_1d(as_numbers(value, name, tr(_EXPECTED[name])))
        for name, value in (("red_cells", red_cells), ("white_cells", white_cells), ("haemoglobin", haemoglobin))
    }
    sex_arr = np.atleast_1d(as_numbers(sex, "sex", tr("an array of sex codes, 1 (male) or 2 (female)")))
    if sex_arr.ndim != 1:
        raise ValueError(tr("sex must be a 1-D array (one code per patient), got shape {shape}.",
                            shape=sex_arr.shape))
    bad = ~np.isin(sex_arr, [1, 2])
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        raise ValueError(tr("sex must be coded 1 (male) or 2 (female), got {value} at position {position} "
                            "(values found: {found}). If your table codes sex as 0/1 or "
                            "'M'/'F', map it first, e.g. df['sex'].map({{'M': 1, 'F': 2}}).",
                            value=number(sex_arr[first], "g"), position=first,
                            found=np.unique(sex_arr)[:5].tolist()))
    sex_arr = sex_arr.astype(int)
    n = len(sex_arr)
    alert = np.zeros(n, dtype=bool)
    for name, arr in values.items():
        if arr.shape != (n,):
            raise ValueError(tr("{name} must have shape ({n},) like sex (one value per patient), got {shape}.",
                                name=name, n=n, shape=arr.shape))
        low = np.where(sex_arr == 1, REFERENCE_RANGES[name][1][0], REFERENCE_RANGES[name][2][0])
        high = np.where(sex_arr == 1, REFERENCE_RANGES[name][1][1], REFERENCE_RANGES[name][2][1])
        alert |= (arr < low) | (arr > high)
    return alert.astype(int)


def make_blood_counts(n: int = 1000, seed: int = 0, abnormal_fraction: float = 0.4) -> Any:
    """Generate ``n`` simplified blood counts with the ``alert`` label.

    About ``abnormal_fraction`` of the patients have one disturbed value (anaemia, polycythaemia,
    leukopenia or leukocytosis); the others are drawn around the middle of the reference ranges, so a
    few of them fall just outside by chance, as in real life.

    Size limit: at most :data:`MAX_PATIENTS` (1,000,000) patients, about 260 bytes each while the table is made
    (260 MB; 0.7 s on a course machine).

    Args:
        n: number of patients (1 to 1,000,000).
        seed: random seed (same seed, same table).
        abnormal_fraction: share of patients with a disturbed value, strictly between 0 and 1.

    Returns:
        pandas DataFrame with columns ``red_cells`` (x10^6/mm³), ``white_cells`` (x10^3/mm³),
        ``haemoglobin`` (g/dL), ``sex`` (1 = male, 2 = female) and ``alert`` (0/1), values rounded to one
        decimal like a lab report.
    """
    import pandas as pd

    n = check_int(n, tr("n (number of patients)"), minimum=1)
    check_count(n, MAX_PATIENTS, BYTES_PER_PATIENT, call_text("make_blood_counts", n=n), "patient",  # same in French
                tr("Ask for fewer patients: the course's file holds 1,000, and 100,000 already make smooth "
                   "histograms."))
    seed = check_int(seed, "seed", minimum=0)
    abnormal_fraction = check_fraction(abnormal_fraction, "abnormal_fraction")
    rng = np.random.default_rng(seed)
    sex = rng.integers(1, 3, size=n)
    male = sex == 1
    red = np.where(male, rng.normal(5.1, 0.32, n), rng.normal(4.6, 0.28, n))
    white = rng.normal(6.8, 1.3, n)
    hb = np.where(male, rng.normal(15.0, 0.9, n), rng.normal(13.9, 0.9, n))

    disturbed = rng.random(n) < abnormal_fraction
    kind = rng.integers(0, 4, size=n)
    severity = rng.uniform(0.5, 1.0, size=n)
    anaemia = disturbed & (kind == 0)
    red[anaemia] -= severity[anaemia] * rng.uniform(0.8, 2.6, anaemia.sum())
    hb[anaemia] -= severity[anaemia] * rng.uniform(2.0, 5.0, anaemia.sum())
    polycyth = disturbed & (kind == 1)
    red[polycyth] += severity[polycyth] * rng.uniform(0.8, 1.6, polycyth.sum())
    hb[polycyth] += severity[polycyth] * rng.uniform(1.5, 3.0, polycyth.sum())
    leukopenia = disturbed & (kind == 2)
    white[leukopenia] = rng.uniform(1.2, 3.9, leukopenia.sum())
    leukocytosis = disturbed & (kind == 3)
    white[leukocytosis] = rng.uniform(10.1, 25.0, leukocytosis.sum())

    frame = pd.DataFrame({
        "red_cells": np.clip(red, 1.0, 8.0).round(1),
        "white_cells": np.clip(white, 0.5, 40.0).round(1),
        "haemoglobin": np.clip(hb, 4.0, 22.0).round(1),
        "sex": sex,
    })
    frame["alert"] = blood_alert(frame.red_cells, frame.white_cells, frame.haemoglobin, frame.sex)
    return frame


def load_blood_counts(data_dir: Any = None) -> Any:
    """Read ``data/blood_counts.csv`` (1,000 synthetic patients), checking that the file is intact.

    Args:
        data_dir: the folder holding the file and its ``checksums.json``; default: the repository's ``data/`` in a
            clone, or a cache folder in an installed package (the file is regenerated there and verified).

    Raises:
        DataFileError: the file is missing or corrupted (the message says how to regenerate it).
    """
    import pandas as pd

    from .files import DataFileError

    path = verify_file("blood_counts.csv", data_dir)
    frame = pd.read_csv(path)
    if list(frame.columns) != COLUMNS:
        raise DataFileError(tr("{path} has columns {got}, expected {expected}.", path=path,
                               got=list(frame.columns), expected=COLUMNS))
    return frame
