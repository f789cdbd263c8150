"""DICOM helpers: Hounsfield units, display windows, and de-identification of a header.

A DICOM file holds a *header* (hundreds of tagged fields: who, when, which scanner, pixel size ...) and
the *pixel data*. For CT, the stored integers become Hounsfield units (HU) with two header fields::

    HU = stored_value * RescaleSlope + RescaleIntercept

A *window* (level L, width W) then maps the HU range [L - W/2, L + W/2] to black ... white for display.

The notebook writes each step by hand first; these functions are the tested versions it checks against.
``pydicom`` is imported inside the functions so that ``import course_utils`` stays fast.
"""

from __future__ import annotations

import copy
from typing import Any

import numpy as np

from .validation import as_array, check_choice, check_positive

#: Display windows (level, width) in HU used in radiology departments.
WINDOW_PRESETS: dict[str, tuple[float, float]] = {
    "lung": (-600.0, 1500.0),
    "soft tissue": (40.0, 400.0),
    "bone": (400.0, 1800.0),
    "liver": (60.0, 160.0),
    "brain": (40.0, 80.0),
}

#: Header fields that identify a person, where the patient was seen, or link files to them, with the
#: action :func:`deidentify` takes and why. Actions: "pseudonym" (replace by a code), "remove",
#: "empty" (keep the field, blank value: some fields must exist), "uid" (new identifier, same for the same
#: old one, so that files of one study stay linked), "age" (keep, but cap at 90 years).
IDENTIFYING_TAGS: dict[str, tuple[str, str]] = {
    "PatientName": ("pseudonym", "direct identifier"),
    "PatientID": ("pseudonym", "hospital record number: direct identifier"),
    "OtherPatientIDsSequence": ("remove", "other record numbers of the same person"),
    "OtherPatientNames": ("remove", "direct identifier"),
    "PatientBirthDate": ("empty", "with sex and postcode, enough to re-identify most people"),
    "PatientAddress": ("remove", "direct identifier"),
    "PatientTelephoneNumbers": ("remove", "direct identifier"),
    "PatientAge": ("age", "useful clinically; ages over 89 are rare enough to identify"),
    "ReferringPhysicianName": ("empty", "names a person and points to the patient's care pathway"),
    "PerformingPhysicianName": ("remove", "names a person"),
    "OperatorsName": ("remove", "names a person"),
    "PhysiciansOfRecord": ("remove", "names a person"),
    "InstitutionName": ("remove", "where the patient was treated"),
    "InstitutionAddress": ("remove", "where the patient was treated"),
    "StationName": ("remove", "which machine, hence which hospital"),
    "AccessionNumber": ("empty", "links to the hospital's order and report systems"),
    "StudyID": ("empty", "links to the hospital's systems"),
    "StudyDate": ("empty", "dates of care help re-identify (and tell age with the birth date)"),
    "SeriesDate": ("empty", "date of care"),
    "AcquisitionDate": ("empty", "date of care"),
    "ContentDate": ("empty", "date of care"),
    "InstanceCreationDate": ("empty", "date of care"),
    "StudyInstanceUID": ("uid", "unique identifiers can be looked up in the hospital archive (PACS)"),
    "SeriesInstanceUID": ("uid", "looked up in the archive"),
    "SOPInstanceUID": ("uid", "looked up in the archive"),
    "FrameOfReferenceUID": ("uid", "looked up in the archive"),
}


def _require_dataset(ds: Any) -> Any:
    from pydicom.dataset import Dataset

    if not isinstance(ds, Dataset):
        raise TypeError(
            f"ds must be a pydicom Dataset (read one with pydicom.dcmread(path)), got {type(ds).__name__}."
        )
    return ds


def to_hounsfield(ds: Any) -> np.ndarray:
    """Convert the pixel data of a CT ``Dataset`` to Hounsfield units: ``stored * RescaleSlope + RescaleIntercept``.

    Args:
        ds: a pydicom ``Dataset`` of a CT image (``Modality`` 'CT') with pixel data.

    Returns:
        float32 array of HU, shape ``(rows, columns)`` (or ``(frames, rows, columns)``).

    Raises:
        ValueError: not a CT image (MR and other modalities have no Hounsfield scale), or the rescale
            fields are missing.
    """
    _require_dataset(ds)
    modality = str(ds.get("Modality", "?"))
    if modality != "CT":
        raise ValueError(
            f"Hounsfield units only exist for CT images, this file's Modality is {modality!r}. "
            "MR and other images have arbitrary intensity units: normalise them instead (e.g. z-score)."
        )
    if "RescaleSlope" not in ds or "RescaleIntercept" not in ds:
        raise ValueError("This CT file lacks RescaleSlope or RescaleIntercept, so HU cannot be computed.")
    if "PixelData" not in ds:
        raise ValueError("This file has a header but no pixel data (no PixelData element).")
    slope, intercept = float(ds.RescaleSlope), float(ds.RescaleIntercept)
    return (ds.pixel_array.astype(np.float32) * slope + intercept).astype(np.float32)


def window(image: Any, level: float, width: float) -> np.ndarray:
    """Apply a display window: HU in ``[level - width/2, level + width/2]`` map linearly to [0, 1].

    Values below the window are shown black (0), above it white (1).

    Args:
        image: values in HU, any shape.
        level: centre of the window in HU (e.g. 40 for soft tissue).
        width: width of the window in HU, > 0 (e.g. 400 for soft tissue).

    Returns:
        float32 array of the same shape, values in [0, 1].
    """
    hu = as_array(image, "image")
    if isinstance(level, bool) or not isinstance(level, (int, float, np.integer, np.floating)) \
            or not np.isfinite(level):
        raise TypeError(f"level must be a finite number in HU, got {level!r}.")
    width = check_positive(width, "width (HU)")
    low = float(level) - width / 2
    return np.clip((hu - low) / width, 0.0, 1.0).astype(np.float32)


def window_preset(name: str) -> tuple[float, float]:
    """(level, width) in HU of a named window: one of :data:`WINDOW_PRESETS` ('lung', 'soft tissue', ...)."""
    check_choice(name, "name", list(WINDOW_PRESETS))
    return WINDOW_PRESETS[name]


def _new_uid(old: str, salt: str) -> str:
    from pydicom.uid import generate_uid

    # the same old UID and salt give the same new UID: files of one study stay linked to each other
    return str(generate_uid(entropy_srcs=[str(old), salt]))


def deidentify(ds: Any, pseudonym: str = "ANON-0001", salt: str = "course", remove_private: bool = True
               ) -> tuple[Any, list[dict[str, str]]]:
    """Return a de-identified copy of a DICOM header (the original is left untouched) and a report.

    Applies :data:`IDENTIFYING_TAGS`, removes private tags (manufacturer fields that may hold anything,
    including names), and records the method in the header (``PatientIdentityRemoved = 'YES'``).
    It does not look inside the pixels: some images (ultrasound screenshots, scanned documents) have
    names burned into the picture, which needs a separate check.

    Args:
        ds: a pydicom ``Dataset``.
        pseudonym: code that replaces the name and record number (keep the key table elsewhere, secured).
        salt: secret mixed into the new UIDs, so they cannot be recomputed from the old ones by others.
        remove_private: also remove private (manufacturer-specific) tags.

    Returns:
        ``(clean, report)``: the de-identified copy, and one dict per change with keys ``keyword``,
        ``action``, ``old``, ``new`` and ``reason``.
    """
    _require_dataset(ds)
    if not isinstance(pseudonym, str) or not pseudonym:
        raise TypeError(f"pseudonym must be a non-empty string such as 'ANON-0001', got {pseudonym!r}.")
    if not isinstance(salt, str):
        raise TypeError(f"salt must be a string, got {salt!r}.")
    clean = copy.deepcopy(ds)
    report: list[dict[str, str]] = []
    for keyword, (action, reason) in IDENTIFYING_TAGS.items():
        if keyword not in clean:
            continue
        old = clean.data_element(keyword).value
        shown_old = f"{len(old)} item(s)" if keyword.endswith("Sequence") else str(old)
        new = _apply_action(clean, keyword, action, old, pseudonym, salt)
        if shown_old != new:  # an already-empty field, or an age kept as it was, needs no line in the report
            report.append({"keyword": keyword, "action": action, "old": shown_old, "new": new, "reason": reason})
    meta = getattr(clean, "file_meta", None)
    if meta is not None and "MediaStorageSOPInstanceUID" in meta and "SOPInstanceUID" in clean:
        meta.MediaStorageSOPInstanceUID = clean.SOPInstanceUID  # keep the file meta consistent
    if remove_private:
        report.extend(_remove_private_tags(clean))
    clean.PatientIdentityRemoved = "YES"
    clean.DeidentificationMethod = "course_utils.dicom.deidentify (basic profile, simplified)"
    return clean, report


def _apply_action(clean: Any, keyword: str, action: str, old: Any, pseudonym: str, salt: str) -> str:
    """Apply one action of :data:`IDENTIFYING_TAGS` to the field ``keyword`` of ``clean`` (in place).

    Returns the new value as the report shows it ("(removed)" for a removed field).
    """
    if action == "remove":
        delattr(clean, keyword)
        return "(removed)"
    if action == "empty":
        setattr(clean, keyword, "")
        return ""
    if action == "pseudonym":
        setattr(clean, keyword, pseudonym)
        return pseudonym
    if action == "uid":
        new = _new_uid(str(old), salt)
        setattr(clean, keyword, new)
        return new
    # age: keep unless over 89 (DICOM ages read like '045Y')
    digits = "".join(ch for ch in str(old) if ch.isdigit())
    if str(old).endswith("Y") and digits and int(digits) > 89:
        setattr(clean, keyword, "090Y")
        return "090Y"
    return str(old)


def _remove_private_tags(clean: Any) -> list[dict[str, str]]:
    """Remove the private (manufacturer-specific) tags of ``clean`` in place; return the report line, if any."""
    n_private = sum(1 for elem in clean if elem.tag.is_private)
    if not n_private:
        return []
    clean.remove_private_tags()
    return [{"keyword": "(private tags)", "action": "remove", "old": f"{n_private} element(s)",
             "new": "(removed)", "reason": "manufacturer fields may hold names, dates or IDs"}]


def find_identifying(ds: Any) -> list[str]:
    """Keywords of :data:`IDENTIFYING_TAGS` still present with a value that was not replaced, plus
    ``'(private tags)'`` if any remain: an empty list means nothing obvious is left in the header.

    A name equal to a pseudonym ('ANON-...') and new UIDs cannot be told apart from old ones, so only
    ``PatientIdentityRemoved == 'YES'`` tells that UIDs and pseudonyms were changed.
    """
    _require_dataset(ds)
    left = []
    replaced = str(ds.get("PatientIdentityRemoved", "")) == "YES"
    for keyword, (action, _) in IDENTIFYING_TAGS.items():
        if keyword not in ds:
            continue
        value = ds.data_element(keyword).value
        if action in ("remove", "empty") and value not in ("", None) and not (
            hasattr(value, "__len__") and len(value) == 0
        ):
            left.append(keyword)
        elif action in ("pseudonym", "uid") and not replaced and str(value):
            left.append(keyword)
    if any(elem.tag.is_private for elem in ds):
        left.append("(private tags)")
    return left


def header_table(ds: Any, keywords: list[str] | tuple[str, ...]) -> Any:
    """A small pandas table (tag, keyword, value) of chosen header fields, for display.

    Args:
        ds: a pydicom ``Dataset``.
        keywords: DICOM keywords such as ``["Modality", "PixelSpacing", "RescaleSlope"]``; missing ones
            show as '(absent)'.
    """
    import pandas as pd
    from pydicom.datadict import tag_for_keyword

    _require_dataset(ds)
    if isinstance(keywords, str) or not all(isinstance(k, str) for k in keywords):
        raise TypeError("keywords must be a list of DICOM keywords such as ['Modality', 'PixelSpacing'].")
    unknown = [k for k in keywords if tag_for_keyword(k) is None]
    if unknown:
        raise ValueError(f"Unknown DICOM keyword(s) {unknown}: check the spelling (e.g. 'PatientName', "
                         "'PixelSpacing', 'RescaleIntercept').")
    rows = []
    for keyword in keywords:
        if keyword in ds:
            elem = ds.data_element(keyword)
            value = elem.value
            text = f"{len(value)} item(s)" if elem.VR == "SQ" else str(value)
            rows.append({"tag": str(elem.tag), "keyword": keyword, "value": text[:60]})
        else:
            rows.append({"tag": "", "keyword": keyword, "value": "(absent)"})
    return pd.DataFrame(rows).set_index("keyword")
