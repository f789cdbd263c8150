"""DICOM helpers: Hounsfield units, display windows, and de-identification of a header.

A DICOM file holds a *header* (hundreds of tagged fields: who, when, which scanner, pixel size ...) and
the *pixel data*. For CT, the stored integers become Hounsfield units (HU) with two header fields::

    HU = stored_value * RescaleSlope + RescaleIntercept

A *window* (level L, width W) then maps the HU range [L - W/2, L + W/2] to black ... white for display.

The notebook writes each step by hand first; these functions are the tested versions it checks against.
Each takes a pydicom ``Dataset`` or the path of a DICOM file (:func:`read_dicom` reads it, saying plainly when a
file is not DICOM or is truncated). ``pydicom`` is imported inside the functions so that ``import course_utils``
stays fast.
"""

from __future__ import annotations

import copy
import os
from typing import Any

import numpy as np

from .datasets._checks import as_numbers, check_bool, check_path, describe, guess_file_kind, is_dicom_dataset
from .i18n import N_, number, tr
from .validation import check_choice, check_positive

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
    "PatientName": ("pseudonym", N_("direct identifier")),
    "PatientID": ("pseudonym", N_("hospital record number: direct identifier")),
    "OtherPatientIDsSequence": ("remove", N_("other record numbers of the same person")),
    "OtherPatientNames": ("remove", N_("direct identifier")),
    "PatientBirthDate": ("empty", N_("with sex and postcode, enough to re-identify most people")),
    "PatientAddress": ("remove", N_("direct identifier")),
    "PatientTelephoneNumbers": ("remove", N_("direct identifier")),
    "PatientAge": ("age", N_("useful clinically; ages over 89 are rare enough to identify")),
    "ReferringPhysicianName": ("empty", N_("names a person and points to the patient's care pathway")),
    "PerformingPhysicianName": ("remove", N_("names a person")),
    "OperatorsName": ("remove", N_("names a person")),
    "PhysiciansOfRecord": ("remove", N_("names a person")),
    "InstitutionName": ("remove", N_("where the patient was treated")),
    "InstitutionAddress": ("remove", N_("where the patient was treated")),
    "StationName": ("remove", N_("which machine, hence which hospital")),
    "AccessionNumber": ("empty", N_("links to the hospital's order and report systems")),
    "StudyID": ("empty", N_("links to the hospital's systems")),
    "StudyDate": ("empty", N_("dates of care help re-identify (and tell age with the birth date)")),
    "SeriesDate": ("empty", N_("date of care")),
    "AcquisitionDate": ("empty", N_("date of care")),
    "ContentDate": ("empty", N_("date of care")),
    "InstanceCreationDate": ("empty", N_("date of care")),
    "StudyInstanceUID": ("uid", N_("unique identifiers can be looked up in the hospital archive (PACS)")),
    "SeriesInstanceUID": ("uid", N_("looked up in the archive")),
    "SOPInstanceUID": ("uid", N_("looked up in the archive")),
    "FrameOfReferenceUID": ("uid", N_("looked up in the archive")),
}


class DicomFileError(ValueError):
    """A file is not a DICOM file, or a DICOM file is truncated, corrupted or lacks what a function needs."""


def read_dicom(path: str | os.PathLike, what: str = N_("a DICOM file")) -> Any:
    """Read a DICOM file with ``pydicom.dcmread``, with course messages when it is not one or is damaged.

    Args:
        path: the file, e.g. ``"scan.dcm"`` (text or ``pathlib.Path``).
        what: what the file should be, in words, for the messages (e.g. "a DICOM ECG").

    Returns:
        the pydicom ``Dataset`` (header and pixel data).

    Raises:
        TypeError: ``path`` is not a path. FileNotFoundError / IsADirectoryError: no such file, or a folder.
        DicomFileError: the file is not DICOM (says what it seems to be: a CSV table, a PNG image ...), or it is
            truncated or corrupted.
    """
    if not isinstance(what, str):
        raise TypeError(tr("what must be a few words such as 'a DICOM file', got {received}.",
                           received=describe(what)))
    return _read_dicom(path, "path", what)


def _read_dicom(path: Any, name: str, what: str) -> Any:
    """:func:`read_dicom`, with the argument's name for the messages."""
    import pydicom
    from pydicom.errors import InvalidDicomError

    what = tr(what)  # the course's own descriptions ("a DICOM file") in the course's language
    path = check_path(path, name, what=what)
    try:
        ds = pydicom.dcmread(path)
    except InvalidDicomError:
        kind = guess_file_kind(path)
        hint = tr(" If it is an old DICOM file without the standard header, read it with "
                  "pydicom.dcmread(path, force=True) and pass the result.") \
            if kind == tr("a binary file of an unknown kind") else ""  # guess_file_kind's text, in either language
        raise DicomFileError(tr(
            "{file} is not {what}: it looks like {kind}. A DICOM file starts with a 128-byte preamble and the letters "
            "'DICM'. Check that you picked the right file (DICOM files often end in .dcm).{hint}", file=path.name,
            what=what, kind=kind, hint=hint)) from None
    except Exception:  # pydicom reports a damaged file with OSError, EOFError, ValueError, struct.error ...
        raise DicomFileError(tr(
            "{file} starts like a DICOM file but cannot be read to the end ({size} bytes): it is probably truncated "
            "(an interrupted copy or download) or corrupted. Copy it again from its source.", file=path.name,
            size=number(path.stat().st_size, ",d"))) from None
    if len(ds) == 0:
        raise DicomFileError(tr(
            "{file} holds a DICOM file header but no data ({size} bytes): it is probably truncated (an interrupted "
            "copy or download). Copy it again from its source.", file=path.name,
            size=number(path.stat().st_size, ",d")))
    return ds


def _require_dataset(ds: Any, what: str = N_("a DICOM file")) -> Any:
    """``ds`` itself if it is a pydicom Dataset; the file read with :func:`read_dicom` if it is a path."""
    if isinstance(ds, (str, bytes, os.PathLike)):
        return _read_dicom(ds, "ds", what)
    if not is_dicom_dataset(ds):
        raise TypeError(tr("ds must be a pydicom Dataset (read one with pydicom.dcmread(path)) or the path of "
                           "{what}, got {received}.", what=tr(what), received=describe(ds)))
    return ds


def _header_number(ds: Any, keyword: str) -> float:
    """A numeric header field (e.g. ``RescaleSlope``) as a float, or a :class:`DicomFileError` naming the field."""
    value = ds.get(keyword)
    try:
        amount = float(value)
    except (TypeError, ValueError):
        raise DicomFileError(tr("The header field {keyword} must hold a number, got {value}: this file's header is "
                                "damaged, so HU cannot be computed.", keyword=keyword, value=repr(value))) from None
    if not np.isfinite(amount):
        raise DicomFileError(tr("The header field {keyword} must hold a finite number, got {value}.",
                                keyword=keyword, value=amount))
    return amount


def _pixels(ds: Any) -> np.ndarray:
    """The stored pixel values of ``ds``, or a :class:`DicomFileError` saying why they cannot be decoded."""
    try:
        return ds.pixel_array
    except Exception:  # pydicom's pixel handlers raise ValueError, RuntimeError, NotImplementedError ...
        pass
    syntax = getattr(getattr(ds, "file_meta", None), "get", lambda *_: None)("TransferSyntaxUID")
    if syntax is not None and getattr(syntax, "is_compressed", False):
        raise DicomFileError(tr(
            "The pixel data of this file is compressed ({syntax}) and cannot be decoded on this computer. Install a "
            "decoder (pip install pylibjpeg pylibjpeg-libjpeg), or ask for an uncompressed copy.",
            syntax=syntax.name)) from None
    try:
        frames = int(ds.get("NumberOfFrames", 1) or 1)
        per_frame = int(ds.Rows) * int(ds.Columns) * int(ds.get("SamplesPerPixel", 1)) * int(ds.BitsAllocated) // 8
        expected = per_frame * frames
        detail = tr(" (it holds {held} bytes of pixels, the header announces {expected})",
                    held=number(len(ds.PixelData), ",d"), expected=number(expected, ",d"))
    except Exception:  # a header too damaged to compute the expected size
        detail = ""
    raise DicomFileError(tr(
        "The pixel data of this file cannot be decoded{detail}: the file is probably truncated or corrupted. Copy it "
        "again from its source.", detail=detail)) from None


def to_hounsfield(ds: Any) -> np.ndarray:
    """Convert the pixel data of a CT ``Dataset`` to Hounsfield units: ``stored * RescaleSlope + RescaleIntercept``.

    Args:
        ds: a pydicom ``Dataset`` of a CT image (``Modality`` 'CT') with pixel data, or the path of such a file.
            It is not changed.

    Returns:
        float32 array of HU, shape ``(rows, columns)`` (or ``(frames, rows, columns)``).

    Raises:
        TypeError: ``ds`` is neither a Dataset nor a path.
        ValueError: not a CT image (MR and other modalities have no Hounsfield scale), or the rescale
            fields are missing. DicomFileError (a ValueError): not a DICOM file, truncated, or corrupted.
    """
    ds = _require_dataset(ds, N_("a DICOM CT image"))
    if "Modality" not in ds and "PixelData" not in ds:
        raise DicomFileError(tr(
            "This Dataset holds no DICOM image (no Modality field, no pixel data): it was probably read from a file "
            "that is not DICOM (for instance with pydicom.dcmread(..., force=True)). Read a CT image instead."))
    modality = str(ds.get("Modality", "?"))
    if modality != "CT":
        raise ValueError(tr(
            "Hounsfield units only exist for CT images, this file's Modality is {modality}. MR and other images have "
            "arbitrary intensity units: normalise them instead (e.g. z-score).", modality=repr(modality)))
    if "RescaleSlope" not in ds or "RescaleIntercept" not in ds:
        raise ValueError(tr("This CT file lacks RescaleSlope or RescaleIntercept, so HU cannot be computed."))
    if "PixelData" not in ds:
        raise ValueError(tr("This file has a header but no pixel data (no PixelData element)."))
    slope, intercept = _header_number(ds, "RescaleSlope"), _header_number(ds, "RescaleIntercept")
    if slope == 0:
        raise DicomFileError(tr("RescaleSlope is 0 in this file's header: every pixel would get the same HU. The "
                                "header is damaged."))
    return (_pixels(ds).astype(np.float32) * slope + intercept).astype(np.float32)


def window(image: Any, level: float, width: float) -> np.ndarray:
    """Apply a display window: HU in ``[level - width/2, level + width/2]`` map linearly to [0, 1].

    Values below the window are shown black (0), above it white (1).

    Args:
        image: values in HU, any shape (e.g. ``dicom.to_hounsfield(ds)``); not changed.
        level: centre of the window in HU (e.g. 40 for soft tissue).
        width: width of the window in HU, > 0 (e.g. 400 for soft tissue).

    Returns:
        float32 array of the same shape, values in [0, 1].
    """
    if is_dicom_dataset(image):
        raise TypeError(tr("image must be the array in Hounsfield units, got a pydicom Dataset (a whole DICOM "
                           "file). Convert it first: hu = dicom.to_hounsfield(ds), then dicom.window(hu, level, "
                           "width)."))
    hu = as_numbers(image, "image", tr("an array of values in Hounsfield units (use dicom.to_hounsfield(ds))"))
    if isinstance(level, bool) or not isinstance(level, (int, float, np.integer, np.floating)) \
            or not np.isfinite(level):
        raise TypeError(tr("level must be a finite number in HU (e.g. 40 for soft tissue), got {received}.",
                           received=describe(level)))
    width = check_positive(width, tr("width (HU)"))
    low = float(level) - width / 2
    return np.clip((hu - low) / width, 0.0, 1.0).astype(np.float32)


def window_preset(name: str) -> tuple[float, float]:
    """(level, width) in HU of a named window: one of :data:`WINDOW_PRESETS` ('lung', 'soft tissue', ...).

    Capitals and ``_`` or ``-`` for the space are accepted ("Soft_tissue" is "soft tissue").
    """
    if not isinstance(name, str):
        raise TypeError(tr("name must be the name of a window, one of {choices}, got {received}.",
                           choices=list(WINDOW_PRESETS), received=describe(name)))
    key = " ".join(name.strip().lower().replace("_", " ").replace("-", " ").split())
    check_choice(key if key in WINDOW_PRESETS else name, "name", list(WINDOW_PRESETS))
    return WINDOW_PRESETS[key]


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
        ds: a pydicom ``Dataset`` (or the path of a DICOM file).
        pseudonym: code that replaces the name and record number, at most 64 characters (keep the key table
            elsewhere, secured).
        salt: secret mixed into the new UIDs, so they cannot be recomputed from the old ones by others.
        remove_private: also remove private (manufacturer-specific) tags.

    Returns:
        ``(clean, report)``: the de-identified copy, and one dict per change with keys ``keyword``,
        ``action``, ``old``, ``new`` and ``reason``.
    """
    ds = _require_dataset(ds)
    if not isinstance(pseudonym, str) or not pseudonym.strip():
        raise TypeError(tr("pseudonym must be a non-empty string such as 'ANON-0001', got {received}.",
                           received=describe(pseudonym)))
    if len(pseudonym) > 64:
        raise ValueError(tr("pseudonym must have at most 64 characters (the DICOM limit for a patient ID), got "
                            "{count}.", count=len(pseudonym)))
    if not isinstance(salt, str):
        raise TypeError(tr("salt must be a string (a secret word), got {received}.", received=describe(salt)))
    remove_private = check_bool(remove_private, "remove_private")
    clean = copy.deepcopy(ds)
    report: list[dict[str, str]] = []
    for keyword, (action, reason) in IDENTIFYING_TAGS.items():
        if keyword not in clean:
            continue
        old = clean.data_element(keyword).value
        shown_old = tr("{count} item(s)", count=len(old)) if keyword.endswith("Sequence") else str(old)
        new = _apply_action(clean, keyword, action, old, pseudonym, salt)
        if shown_old != new:  # an already-empty field, or an age kept as it was, needs no line in the report
            report.append({"keyword": keyword, "action": action, "old": shown_old, "new": new,
                           "reason": tr(reason)})
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
        return tr("(removed)")
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
    return [{"keyword": "(private tags)", "action": "remove", "old": tr("{count} element(s)", count=n_private),
             "new": tr("(removed)"), "reason": tr("manufacturer fields may hold names, dates or IDs")}]


def find_identifying(ds: Any) -> list[str]:
    """Keywords of :data:`IDENTIFYING_TAGS` still present with a value that was not replaced, plus
    ``'(private tags)'`` if any remain: an empty list means nothing obvious is left in the header.

    A name equal to a pseudonym ('ANON-...') and new UIDs cannot be told apart from old ones, so only
    ``PatientIdentityRemoved == 'YES'`` tells that UIDs and pseudonyms were changed.
    """
    ds = _require_dataset(ds)
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
        ds: a pydicom ``Dataset`` (or the path of a DICOM file).
        keywords: DICOM keywords such as ``["Modality", "PixelSpacing", "RescaleSlope"]``; missing ones
            show as '(absent)'.
    """
    import pandas as pd
    from pydicom.datadict import tag_for_keyword

    ds = _require_dataset(ds)
    if isinstance(keywords, str):
        raise TypeError(tr("keywords must be a list of DICOM keywords such as ['Modality', 'PixelSpacing'], got one "
                           "string {text}: put it in a list, [{text}].", text=repr(keywords)))
    if not isinstance(keywords, (list, tuple)) or not all(isinstance(k, str) for k in keywords):
        bad = next((describe(k) for k in keywords if not isinstance(k, str)), None) \
            if isinstance(keywords, (list, tuple)) else None
        received = tr("a list holding {item}", item=bad) if bad else describe(keywords)
        raise TypeError(tr("keywords must be a list of DICOM keywords such as ['Modality', 'PixelSpacing'], got "
                           "{received}.", received=received))
    if not keywords:
        raise ValueError(tr("keywords is empty: give at least one DICOM keyword, such as ['Modality']."))
    unknown = [k for k in keywords if tag_for_keyword(k) is None]
    if unknown:
        raise ValueError(tr("keywords hold unknown DICOM keyword(s) {unknown}: check the spelling and the capitals "
                            "(e.g. 'PatientName', 'PixelSpacing', 'RescaleIntercept').", unknown=unknown))
    rows = []
    for keyword in keywords:
        if keyword in ds:
            elem = ds.data_element(keyword)
            value = elem.value
            text = tr("{count} item(s)", count=len(value)) if elem.VR == "SQ" else str(value)
            rows.append({"tag": str(elem.tag), "keyword": keyword, "value": text[:60]})
        else:
            rows.append({"tag": "", "keyword": keyword, "value": tr("(absent)")})
    return pd.DataFrame(rows).set_index("keyword")
