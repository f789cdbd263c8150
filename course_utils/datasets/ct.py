"""A seeded generator of synthetic abdominal CT slices (liver level), with organ masks and lesion labels.

Each slice is an axial cut through the upper abdomen seen the way radiologists look at it: the patient's
right on the image's left, the front (anterior) at the top. It holds a body outline with subcutaneous fat,
an abdominal wall, bowel and mesenteric fat, a liver with a few intrahepatic vessels, the spleen, kidneys,
aorta and inferior vena cava, a vertebra with its spinal canal, paraspinal muscles and ribs. Every tissue
gets a realistic value in Hounsfield units (HU), drawn per patient around the values of a non-contrast
scan or of a portal-venous phase scan (after intravenous iodinated contrast); then the image is blurred
slightly (the scanner's resolution) and Gaussian noise is added (the scanner's quantum noise).

Optional liver lesions (round or oval, hypodense like metastases or cysts) vary in size and contrast.

The same ``seed`` gives the same patients: ``make_ct_slices(seed=1, contrast=True)`` and
``make_ct_slices(seed=1, contrast=False)`` are the same anatomy and noise, before and after contrast
injection. That is what lets the notebook show a domain shift cleanly.

Synthetic and simplified on purpose (see ``data/README.md``): for learning only, never for clinical use.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..i18n import number, tr
from ..validation import as_array, check_fraction, check_int, check_positive
from ._checks import check_bool, describe
from .limits import call_text, check_memory
from .limits import progress as progress_bar

#: Tissue classes of the label maps (``CTSlices.tissues``): the code of a tissue is its index here.
TISSUES: tuple[str, ...] = (
    "air", "fat", "bowel", "muscle", "liver", "spleen", "kidney", "vessel",
    "bone_marrow", "bone_cortex", "csf", "lesion",
)
TISSUE_CODE = {name: code for code, name in enumerate(TISSUES)}

#: Typical values in HU: (non-contrast mean, portal-venous mean, spread between patients).
#: Sources: standard radiology teaching values (water 0, air -1000, fat about -100, liver 50-60 HU
#: before and 100-120 HU in the portal-venous phase). Bone is two tissues: cancellous (trabecular) bone inside
#: a vertebral body averages bone plates and marrow, about 100-300 HU in adults and falling with age (first
#: lumbar vertebra: 226 HU on average under 30 years, 89 HU at 90 and over; Jang et al., Radiology 2019), while
#: compact (cortical) bone exceeds 1000 HU. Thin structures drawn at a coarse pixel size come out lower after
#: the scanner blur (partial-volume effect): the cortex of a 64 x 64 slice measures about 950 HU.
HU_TABLE: dict[str, tuple[float, float, float]] = {
    "air": (-1000.0, -1000.0, 0.0),
    "fat": (-100.0, -100.0, 8.0),
    "bowel": (35.0, 65.0, 6.0),
    "muscle": (50.0, 60.0, 4.0),
    "liver": (55.0, 110.0, 4.0),
    "spleen": (45.0, 120.0, 5.0),
    "kidney": (32.0, 170.0, 10.0),
    "vessel": (40.0, 160.0, 10.0),
    "bone_marrow": (190.0, 200.0, 40.0),   # cancellous bone of the vertebral body (bone plates and marrow)
    "bone_cortex": (1200.0, 1200.0, 150.0),  # compact bone: vertebral shell, arch and ribs
    "csf": (8.0, 8.0, 3.0),
    "lesion": (40.0, 60.0, 10.0),  # only used by render_tissues; make_ct_slices sets each lesion's own value
}

FIELD_OF_VIEW_MM = 400.0  # width of the square field of view (a typical abdominal CT reconstruction)


@dataclass
class CTSlices:
    """A batch of synthetic CT slices and their labels (all arrays share the first axis ``n``).

    Attributes:
        images: HU values, float32, shape ``(n, size, size)``.
        liver: liver mask (parenchyma + its vessels + lesions), uint8 0/1, shape ``(n, size, size)``.
        lesions: lesion mask, uint8 0/1, shape ``(n, size, size)``.
        has_lesion: 1 if the slice contains at least one lesion, int64, shape ``(n,)``.
        boxes: one array per slice of lesion bounding boxes ``(row_min, col_min, row_max, col_max)`` in
            pixels, shape ``(k, 4)`` with ``k`` = number of lesions (0 to 2).
        tissues: label map, uint8 codes of :data:`TISSUES`, shape ``(n, size, size)``.
        lesion_contrast_hu: per slice, the largest lesion-to-liver difference in HU (0 without lesion).
        contrast: True for a portal-venous phase scan, False for a non-contrast scan.
        pixel_mm: pixel size in millimetres.
        seed: the seed that made them.
    """

    images: np.ndarray
    liver: np.ndarray
    lesions: np.ndarray
    has_lesion: np.ndarray
    boxes: list[np.ndarray]
    tissues: np.ndarray
    lesion_contrast_hu: np.ndarray
    contrast: bool
    pixel_mm: float
    seed: int
    meta: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.images)


# --------------------------------------------------------------------------------------------------
# Geometry: shapes are described in normalised coordinates (x and y in [-1, 1], y pointing down,
# i.e. towards the patient's back), then drawn at any resolution.
# --------------------------------------------------------------------------------------------------

class _Grid:
    """Pixel centres of a ``size`` x ``size`` image in normalised coordinates (x, y in [-1, 1])."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.centres = (np.arange(size) + 0.5) / size * 2 - 1

    def index(self, lo: float, hi: float) -> slice:
        """Pixel range covering the interval [lo, hi] of normalised coordinates."""
        start = int(np.floor((lo + 1) / 2 * self.size - 0.5))
        stop = int(np.ceil((hi + 1) / 2 * self.size - 0.5)) + 1
        return slice(max(start, 0), max(min(stop, self.size), 0))

    def ellipse(self, cx: float, cy: float, a: float, b: float, angle: float = 0.0) -> np.ndarray:
        """Boolean mask of an ellipse centred (cx, cy), semi-axes a (x) and b (y), rotated by ``angle`` rad.

        Only the pixels of its bounding box are computed (a slice is drawn from about 30 shapes).
        """
        mask = np.zeros((self.size, self.size), dtype=bool)
        r = max(a, b)
        rows, cols = self.index(cy - r, cy + r), self.index(cx - r, cx + r)
        dx = self.centres[cols][None, :] - cx
        dy = self.centres[rows][:, None] - cy
        if angle:
            c, s = np.cos(angle), np.sin(angle)
            dx, dy = c * dx + s * dy, -s * dx + c * dy
        mask[rows, cols] = (dx / a) ** 2 + (dy / b) ** 2 <= 1.0
        return mask


def _sample_anatomy(rng: np.random.Generator, steatosis: bool) -> dict[str, Any]:
    """Draw one patient's anatomy (sizes and positions) in normalised units (1 unit = 200 mm)."""
    p: dict[str, Any] = {}
    cx, cy = rng.normal(0, 0.02), 0.03 + rng.normal(0, 0.02)
    a, b = rng.uniform(0.78, 0.92), rng.uniform(0.58, 0.70)
    t_fat, t_mus = rng.uniform(0.04, 0.12), rng.uniform(0.03, 0.045)
    p["body"] = (cx, cy, a, b)
    p["wall"] = (cx, cy, a - t_fat, b - t_fat)
    a_in, b_in = a - t_fat - t_mus, b - t_fat - t_mus
    p["cavity"] = (cx, cy, a_in, b_in)
    # spine: vertebral body about 75 mm in front of the skin of the back
    y_vb = cy + b - rng.uniform(0.36, 0.42)
    r_vb = rng.uniform(0.085, 0.105)
    x_sp = cx + rng.normal(0, 0.01)
    p["vertebra"] = (x_sp, y_vb, r_vb)
    r_canal = rng.uniform(0.04, 0.05)
    p["canal"] = (x_sp, y_vb + r_vb + r_canal * 0.9, r_canal)
    p["paraspinal"] = [(x_sp + s * rng.uniform(0.11, 0.14), y_vb + r_vb + 0.07, rng.uniform(0.08, 0.1),
                        rng.uniform(0.07, 0.09)) for s in (-1, 1)]
    # vessels in front of the spine: aorta (patient's left = image right) and IVC (image left)
    p["aorta"] = (x_sp + rng.uniform(0.05, 0.09), y_vb - r_vb - 0.05, rng.uniform(0.04, 0.055))
    p["ivc"] = (x_sp - rng.uniform(0.08, 0.12), y_vb - r_vb - 0.06, rng.uniform(0.05, 0.065),
                rng.uniform(0.035, 0.045))
    # liver: a deformed blob on the image left plus, usually, a left lobe crossing the midline
    scale = rng.uniform(0.78, 1.12)
    p["liver"] = {
        "centre": (cx - a_in * rng.uniform(0.38, 0.46), cy - b_in * rng.uniform(0.02, 0.12)),
        "radii": (a_in * 0.5 * scale, b_in * 0.72 * scale),
        "harmonics": [(rng.normal(0, 0.07 / k), rng.uniform(0, 2 * np.pi)) for k in range(1, 5)],
        "left_lobe": (rng.uniform() < 0.8, cx + rng.uniform(-0.05, 0.12),
                      cy - b_in * rng.uniform(0.45, 0.6), rng.uniform(0.15, 0.28) * scale,
                      rng.uniform(0.08, 0.13) * scale, rng.uniform(-0.3, 0.1)),
    }
    p["liver_vessels"] = [(rng.uniform(-0.5, 0.5), rng.uniform(-0.5, 0.5), rng.uniform(0.018, 0.03))
                          for _ in range(rng.integers(1, 4))]
    p["spleen"] = (rng.uniform() < 0.85, cx + a_in * rng.uniform(0.55, 0.72),
                   cy + b_in * rng.uniform(0.05, 0.3), rng.uniform(0.09, 0.15), rng.uniform(0.15, 0.24),
                   rng.uniform(-0.9, -0.4))
    p["kidneys"] = [(rng.uniform() < 0.7, x_sp + s * rng.uniform(0.26, 0.34), y_vb + rng.uniform(-0.04, 0.04),
                     rng.uniform(0.07, 0.09), rng.uniform(0.1, 0.13), s * rng.uniform(0.3, 0.6))
                    for s in (-1, 1)]
    n_ribs = rng.integers(6, 11)
    angles = np.concatenate([rng.uniform(np.deg2rad(20), np.deg2rad(75), n_ribs // 2),
                             rng.uniform(np.deg2rad(105), np.deg2rad(160), n_ribs - n_ribs // 2)])
    angles = np.where(rng.uniform(size=n_ribs) < 0.5, angles, -angles)  # front or back half
    p["ribs"] = [(float(th), rng.uniform(0.022, 0.035), rng.uniform(0.015, 0.022)) for th in angles]
    p["fat_fraction"] = rng.uniform(0.25, 0.55)
    n_waves = 8
    freq = rng.uniform(3.0, 9.0, n_waves)
    direction = rng.uniform(0, np.pi, n_waves)
    p["fat_waves"] = np.column_stack([freq * np.cos(direction), freq * np.sin(direction),
                                      rng.uniform(0, 2 * np.pi, n_waves)])
    p["gas"] = [(rng.uniform(0.0, 0.5), rng.uniform(-0.6, 0.2), rng.uniform(0.02, 0.05))
                for _ in range(rng.integers(0, 4))]
    p["steatosis"] = steatosis
    return p


def _liver_mask(g: _Grid, liver: dict[str, Any]) -> np.ndarray:
    (lx, ly), (ra, rb) = liver["centre"], liver["radii"]
    dx = g.centres[None, :] - lx
    dy = g.centres[:, None] - ly
    theta = np.arctan2(dy / rb, dx / ra)
    radius = np.sqrt((dx / ra) ** 2 + (dy / rb) ** 2)
    edge = 1.0 + sum(c * np.cos(k * theta + ph) for k, (c, ph) in enumerate(liver["harmonics"], start=1))
    mask = radius <= edge
    present, x2, y2, a2, b2, ang = liver["left_lobe"]
    if present:
        mask |= g.ellipse(x2, y2, a2, b2, ang)
    return mask


def _smooth_field(g: _Grid, waves: np.ndarray) -> np.ndarray:
    """A smooth random texture: a sum of plane waves (rows of ``waves``: kx, ky, phase), any resolution.

    cos(kx x + ky y + phase) = cos(kx x) cos(ky y + phase) - sin(kx x) sin(ky y + phase): two small
    matrix products instead of one cosine per pixel and wave.
    """
    ax = np.outer(waves[:, 0], g.centres)                      # (n_waves, size)
    ay = np.outer(waves[:, 1], g.centres) + waves[:, 2:3]
    return np.cos(ay).T @ np.cos(ax) - np.sin(ay).T @ np.sin(ax)


def _rasterize(p: dict[str, Any], size: int) -> tuple[np.ndarray, np.ndarray]:
    """Draw the anatomy (without lesions) at ``size`` x ``size``: label map and liver mask."""
    g = _Grid(size)
    t = np.zeros((size, size), dtype=np.uint8)  # air
    code = TISSUE_CODE
    t[g.ellipse(*p["body"])] = code["fat"]
    wall = g.ellipse(*p["wall"])
    t[wall] = code["muscle"]
    cavity = g.ellipse(*p["cavity"])
    t[cavity] = code["bowel"]
    field_ = _smooth_field(g, p["fat_waves"])
    threshold = np.quantile(field_[cavity], 1 - p["fat_fraction"]) if cavity.any() else np.inf
    t[cavity & (field_ > threshold)] = code["fat"]
    for gx, gy, gr in p["gas"]:
        t[cavity & g.ellipse(gx, gy, gr, gr)] = code["air"]
    cx, cy, a_in, b_in = p["cavity"]
    inner = g.ellipse(cx, cy, a_in - 0.01, b_in - 0.01)
    liver = _liver_mask(g, p["liver"]) & inner
    t[liver] = code["liver"]
    present, sx, sy, sa, sb, sang = p["spleen"]
    if present:
        t[g.ellipse(sx, sy, sa, sb, sang) & inner & ~liver] = code["spleen"]
    for present, kx, ky, ka, kb, kang in p["kidneys"]:
        if present:
            t[g.ellipse(kx, ky, ka, kb, kang) & inner] = code["kidney"]
    ax_, ay_, ar = p["aorta"]
    t[g.ellipse(ax_, ay_, ar, ar)] = code["vessel"]
    t[g.ellipse(*p["ivc"])] = code["vessel"]
    for px, py, pa, pb in p["paraspinal"]:
        t[g.ellipse(px, py, pa, pb) & wall] = code["muscle"]
    vx, vy, vr = p["vertebra"]
    t[g.ellipse(vx, vy, vr, vr)] = code["bone_cortex"]
    t[g.ellipse(vx, vy, vr * 0.8, vr * 0.8)] = code["bone_marrow"]
    qx, qy, qr = p["canal"]
    arch = g.ellipse(qx, qy, qr * 1.55, qr * 1.45)
    arch[: g.index(-1.0, vy).stop] = False  # keep the posterior half only
    t[arch] = code["bone_cortex"]
    t[g.ellipse(qx, qy + qr * 1.6, 0.022, qr * 1.2)] = code["bone_cortex"]  # spinous process
    t[g.ellipse(qx, qy, qr, qr)] = code["csf"]
    wx, wy, wa, wb = p["wall"]
    for theta, ra, rb in p["ribs"]:
        rx, ry = wx + (wa - 0.02) * np.cos(theta), wy + (wb - 0.02) * np.sin(theta)
        t[g.ellipse(rx, ry, ra, rb, theta + np.pi / 2)] = code["bone_cortex"]
    # intrahepatic vessels: positions relative to the liver's centre and size, kept only inside the liver
    (lx, ly), (lra, lrb) = p["liver"]["centre"], p["liver"]["radii"]
    liver_now = t == code["liver"]
    hepatic = np.zeros_like(liver_now)
    for vxr, vyr, vrad in p["liver_vessels"]:
        hepatic |= g.ellipse(lx + vxr * lra, ly + vyr * lrb, vrad, vrad)
    hepatic &= liver_now
    t[hepatic] = code["vessel"]
    return t, liver_now | hepatic


def _paint_lesions(t: np.ndarray, liver_mask: np.ndarray,
                   lesions: Sequence[tuple[float, float, float, float]]) -> np.ndarray:
    """Add lesions (inside the liver only) to the label map ``t`` in place; return the lesion index map."""
    g = _Grid(t.shape[0])
    lesion_map = np.zeros(t.shape, dtype=np.int16)
    for k, (lcx, lcy, la, lb) in enumerate(lesions, start=1):
        lesion_map[g.ellipse(lcx, lcy, la, lb) & liver_mask] = k
    t[lesion_map > 0] = TISSUE_CODE["lesion"]
    return lesion_map


def _place_lesions(rng: np.random.Generator, liver_64: np.ndarray, n_lesions: int,
                   radius_mm: tuple[float, float]) -> list[tuple[float, float, float, float]]:
    """Choose lesion centres well inside the liver (checked on its 64 x 64 mask) and their radii."""
    from scipy import ndimage

    ref = liver_64.shape[0]
    depth = ndimage.distance_transform_edt(liver_64) / ref * 2  # distance to the liver's edge, normalised
    mm_to_unit = 2.0 / FIELD_OF_VIEW_MM
    out = []
    for _ in range(n_lesions):
        r = rng.uniform(*radius_mm) * mm_to_unit
        ok = np.argwhere(depth >= r * 0.9)
        if len(ok) == 0:  # small liver on this slice: shrink the lesion to what fits
            ok = np.argwhere(depth >= depth.max() * 0.8)
            r = max(depth.max() * 0.8, 2.5 * mm_to_unit)
        row, col = ok[rng.integers(len(ok))]
        cx_, cy_ = (col + 0.5) / ref * 2 - 1, (row + 0.5) / ref * 2 - 1
        aspect = rng.uniform(0.8, 1.2)
        out.append((cx_, cy_, r * aspect, r / aspect))
    return out


def _tissue_values(rng: np.random.Generator, contrast: bool, steatosis: bool) -> np.ndarray:
    """HU value of every tissue for one patient (the same random draws for both phases)."""
    z = rng.normal(size=len(TISSUES))
    values = np.empty(len(TISSUES))
    for i, name in enumerate(TISSUES):
        nc, pv, sd = HU_TABLE[name]
        values[i] = (pv if contrast else nc) + sd * z[i]
    if steatosis:  # fatty liver: lower density, before and after contrast
        drop = 30.0 + 10.0 * abs(z[TISSUE_CODE["liver"]])
        values[TISSUE_CODE["liver"]] -= drop
    return values


def _blur_and_noise(hu: np.ndarray, noise_hu: float, rng: np.random.Generator, size: int) -> np.ndarray:
    from scipy import ndimage

    img = ndimage.gaussian_filter(hu, sigma=0.45 * size / 64)
    if noise_hu > 0:
        img = img + rng.normal(0.0, noise_hu, size=img.shape)
    return np.clip(img, -1024.0, 3071.0)


def make_ct_slices(
    n: int = 200,
    size: int = 64,
    contrast: bool = True,
    lesion_fraction: float = 0.5,
    noise_hu: float = 12.0,
    seed: int = 0,
    lesion_contrast_hu: tuple[float, float] = (15.0, 60.0),
    lesion_radius_mm: tuple[float, float] = (5.0, 20.0),
    steatosis_fraction: float = 0.0,
    progress: bool | None = None,
) -> CTSlices:
    """Generate ``n`` synthetic axial CT slices of the upper abdomen with liver masks and lesion labels.

    Size limits: a slice takes ``7 * size**2`` bytes (28.7 kB at 64 pixels, 459 kB at 256) and about 5 ms at
    64 pixels (more at larger sizes). A call whose result would exceed 1 GB
    (:data:`course_utils.datasets.limits.MAX_BYTES`: about 34,800 slices at 64 pixels, 2,180 at 256) is refused
    with a message; one estimated to run longer than 5 s shows a progress bar with its memory estimate.

    Args:
        n: number of slices (one per simulated patient), >= 1.
        size: image height and width in pixels (>= 32); the field of view is 400 mm, so a pixel measures
            ``400 / size`` mm (6.25 mm at 64 pixels, 3.1 mm at 128).
        contrast: True for a portal-venous phase scan (liver about 110 HU, aorta about 160 HU), False for
            a non-contrast scan (liver about 55 HU, aorta about 40 HU).
        lesion_fraction: share of slices (patients) with at least one liver lesion, in [0, 1].
        noise_hu: standard deviation of the image noise in HU (typical CT: 8-20 HU), 0 to 500.
        seed: random seed; the same seed gives the same anatomy, lesions and noise whatever ``contrast``.
        lesion_contrast_hu: (low, high) range of how much darker than the liver a lesion is in the
            portal-venous phase, in HU (0 < low <= high <= 300); without contrast the difference is 30 % of that.
        lesion_radius_mm: (low, high) range of lesion radii in mm (1 <= low <= high <= 60; the liver is about
            150-200 mm wide, and a pixel measures ``400 / size`` mm).
        steatosis_fraction: share of patients with a fatty liver (30-60 HU darker), in [0, 1].
        progress: True or False to show a progress bar or not; None (default) shows one for long runs.

    Returns:
        a :class:`CTSlices` with ``images`` in HU, ``liver`` and ``lesions`` masks, ``has_lesion`` labels,
        lesion ``boxes`` and the ``tissues`` label maps.
    """
    n = check_int(n, tr("n (number of slices)"), minimum=1)
    size = check_int(size, tr("size (pixels)"), minimum=32, maximum=512)
    _check_contrast(contrast)
    lesion_fraction = check_fraction(lesion_fraction, "lesion_fraction", inclusive=True)
    noise_hu = _check_noise(noise_hu)
    seed = check_int(seed, "seed", minimum=0)
    steatosis_fraction = check_fraction(steatosis_fraction, "steatosis_fraction", inclusive=True)
    lesion_contrast_hu = _check_range(lesion_contrast_hu, "lesion_contrast_hu", "HU", (0.0, 300.0))
    lesion_radius_mm = _check_range(lesion_radius_mm, "lesion_radius_mm", "mm", (1.0, 60.0))
    show = None if progress is None else check_bool(progress, "progress")
    per_slice = 7.0 * size * size
    check_memory(n * per_slice, call_text("make_ct_slices", n=n, size=size), per_slice, tr("slice"),
                 tr("Ask for fewer slices (the notebook trains on 300), or make several smaller sets with different "
                    "seeds."))
    bar = progress_bar(range(n), n, n * _seconds_per_slice(size), n * per_slice, tr("CT slices"), show,
                       tr("slice"))
    return _draw_slices(n, size, contrast, lesion_fraction, noise_hu, seed, steatosis_fraction,
                        lesion_contrast_hu, lesion_radius_mm, bar)


def _check_contrast(contrast: Any) -> None:
    if not isinstance(contrast, (bool, np.bool_)):
        raise TypeError(tr("contrast must be True (portal-venous phase) or False (non-contrast), got {received}.",
                           received=describe(contrast)))


def _seconds_per_slice(size: int) -> float:
    """Rough time to draw one slice of ``size`` pixels (measured on a 2-core course machine)."""
    return 0.005 + 6e-7 * size * size


def _check_noise(noise_hu: Any) -> float:
    noise_hu = check_positive(noise_hu, "noise_hu", allow_zero=True)
    if noise_hu > 500:
        raise ValueError(tr("noise_hu must lie between 0 and 500 HU (real CT noise is about 5-50 HU), got {value}.",
                            value=number(noise_hu, "")))
    return noise_hu


def _draw_slices(n: int, size: int, contrast: bool, lesion_fraction: float, noise_hu: float, seed: int,
                 steatosis_fraction: float, lesion_contrast_hu: tuple[float, float],
                 lesion_radius_mm: tuple[float, float], indices: Iterable[int]) -> CTSlices:
    """The work of :func:`make_ct_slices` once its arguments are checked: one patient per slice.

    ``indices`` is ``range(n)``, possibly wrapped in a progress bar.
    """
    images = np.empty((n, size, size), dtype=np.float32)
    tissues = np.empty((n, size, size), dtype=np.uint8)
    liver = np.empty((n, size, size), dtype=np.uint8)
    lesions = np.empty((n, size, size), dtype=np.uint8)
    has_lesion = np.zeros(n, dtype=np.int64)
    lesion_delta = np.zeros(n, dtype=np.float64)
    boxes: list[np.ndarray] = []
    for i in indices:
        images[i], tissues[i], liver[i], lesion_map, deltas = _draw_patient(
            seed, i, size, contrast, lesion_fraction, noise_hu, steatosis_fraction, lesion_contrast_hu,
            lesion_radius_mm)
        lesions[i] = lesion_map > 0
        has_lesion[i], lesion_delta[i], slice_boxes = _lesion_summary(lesion_map, deltas)
        boxes.append(slice_boxes)
    return CTSlices(images=images, liver=liver, lesions=lesions, has_lesion=has_lesion, boxes=boxes,
                    tissues=tissues, lesion_contrast_hu=lesion_delta, contrast=bool(contrast),
                    pixel_mm=FIELD_OF_VIEW_MM / size, seed=seed,
                    meta={"noise_hu": noise_hu, "lesion_fraction": lesion_fraction})


def _anatomy(seed: int, i: int, size: int, lesion_fraction: float, steatosis_fraction: float,
             lesion_contrast_hu: tuple[float, float], lesion_radius_mm: tuple[float, float]) -> tuple[Any, ...]:
    """Patient ``i``'s anatomy, the same in both phases: ``(tissues, liver_mask, lesion_map, lesion_draws, steatosis)``.

    ``lesion_draws`` is how much darker than the liver each lesion is with contrast, in HU (30 % of it without).
    The arrays are read-only: :func:`_kept_anatomy` shares them between calls.
    """
    rng = np.random.default_rng([seed, i, 0])  # anatomy and lesions
    steatosis = bool(rng.uniform() < steatosis_fraction)
    p = _sample_anatomy(rng, steatosis)
    n_les = 0
    if rng.uniform() < lesion_fraction:
        n_les = 1 + int(rng.uniform() < 0.3)
    t, liver_mask = _rasterize(p, size)
    liver_64 = liver_mask if size == 64 else _rasterize(p, 64)[1]
    spec = _place_lesions(rng, liver_64, n_les, lesion_radius_mm) if n_les else []
    lesion_draws = rng.uniform(*lesion_contrast_hu, size=n_les)
    lesion_map = _paint_lesions(t, liver_mask, spec)
    for array in (t, liver_mask, lesion_map, lesion_draws):
        array.flags.writeable = False
    return t, liver_mask, lesion_map, lesion_draws, steatosis


#: The anatomy of the last 1024 patients drawn at 64 pixels or less (16 kB each, 16 MB at most), so that drawing the
#: same patients in the other phase, as notebook 09 does for its test set, only repaints them.
_kept_anatomy = functools.lru_cache(maxsize=1024)(_anatomy)


def _draw_patient(seed: int, i: int, size: int, contrast: bool, lesion_fraction: float, noise_hu: float,
                  steatosis_fraction: float, lesion_contrast_hu: tuple[float, float],
                  lesion_radius_mm: tuple[float, float]) -> tuple[np.ndarray, ...]:
    """Draw patient ``i``: anatomy, lesions, tissue values, then blur and noise.

    Each part has its own random generator, seeded by ``(seed, i, part)``, so that the anatomy and the noise
    are the same with and without contrast.

    Returns:
        ``(image, tissues, liver_mask, lesion_map, deltas)``: the image in HU (float64), the tissue label map,
        the liver mask, the lesion index map (0 = no lesion, k = lesion k) and, per lesion, how much darker
        than the liver it is in this phase, in HU.
    """
    anatomy = _kept_anatomy if size <= 64 else _anatomy
    t, liver_mask, lesion_map, lesion_draws, steatosis = anatomy(seed, i, size, lesion_fraction, steatosis_fraction,
                                                                 lesion_contrast_hu, lesion_radius_mm)
    deltas = lesion_draws * (1.0 if contrast else 0.3)
    n_les = len(deltas)
    values = _tissue_values(np.random.default_rng([seed, i, 1]), contrast, steatosis)
    hu = values[t]
    for k in range(1, n_les + 1):
        hu[lesion_map == k] = values[TISSUE_CODE["liver"]] - deltas[k - 1]
    image = _blur_and_noise(hu, noise_hu * np.random.default_rng([seed, i, 3]).uniform(0.8, 1.2),
                            np.random.default_rng([seed, i, 2]), size)
    return image, t, liver_mask, lesion_map, deltas


def _lesion_summary(lesion_map: np.ndarray, deltas: np.ndarray) -> tuple[int, float, np.ndarray]:
    """For one slice: 1 if a lesion is visible (else 0), the largest lesion-to-liver difference in HU (0 without
    lesion), and the bounding boxes ``(row_min, col_min, row_max, col_max)`` of the visible lesions, shape ``(k, 4)``.
    """
    present = [k for k in range(1, len(deltas) + 1) if (lesion_map == k).any()]
    largest_delta = max((deltas[k - 1] for k in present), default=0.0)
    box_list = []
    for k in present:
        rows, cols = np.nonzero(lesion_map == k)
        box_list.append([rows.min(), cols.min(), rows.max() + 1, cols.max() + 1])
    return int(bool(present)), largest_delta, np.asarray(box_list, dtype=float).reshape(-1, 4)


def _check_range(value: Any, name: str, unit: str, bounds: tuple[float, float]) -> tuple[float, float]:
    """Check a pair (low, high) with ``bounds[0] < low <= high <= bounds[1]`` (``<=`` when bounds[0] > 0)."""
    if isinstance(value, np.ndarray):
        value = value.tolist()
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise TypeError(tr("{name} must be a pair (low, high) in {unit}, such as {example}, got {received}.",
                           name=name, unit=unit, example=_EXAMPLES[name], received=describe(value)))
    low = check_positive(value[0], tr("{name}[0] (low, in {unit})", name=name, unit=unit))
    high = check_positive(value[1], tr("{name}[1] (high, in {unit})", name=name, unit=unit))
    lo, hi = bounds
    if low > high:
        raise ValueError(tr("{name} must be (low, high) with low <= high, got ({low}, {high}): swap them.",
                            name=name, low=number(low), high=number(high)))
    if low < lo or high > hi:
        raise ValueError(tr("{name} must lie between {lo} and {hi} {unit}, got ({low}, {high}).", name=name,
                            lo=number(lo), hi=number(hi), unit=unit, low=number(low), high=number(high)))
    return low, high


_EXAMPLES = {"lesion_contrast_hu": "(15, 60)", "lesion_radius_mm": "(5, 20)"}


def tissue_values(contrast: bool = True) -> dict[str, float]:
    """Mean HU of every tissue, for a portal-venous (``contrast=True``) or a non-contrast scan."""
    _check_contrast(contrast)
    return {name: (pv if contrast else nc) for name, (nc, pv, _) in HU_TABLE.items()}


def render_tissues(tissues: Any, values_hu: Any, noise_hu: float = 12.0, seed: int = 0,
                   progress: bool | None = None) -> np.ndarray:
    """Turn label maps into images: each tissue gets the value you choose, then blur and noise are added.

    This is the basis of "random synthesis" (domain randomisation): draw ``values_hu`` at random for
    every image, and a network trained on the results cannot rely on any particular contrast. Beware of a
    circular test: :func:`make_ct_slices` paints its non-contrast images from the same kind of label maps, so a
    network trained on randomly painted maps has already seen that domain, and its "recovery" is built in.
    Judge such training on images this generator did not make (for real engines: real scans).

    Args:
        tissues: label maps, integer codes of :data:`TISSUES`, shape ``(n, height, width)`` (square images),
            e.g. ``make_ct_slices(...).tissues``. It is not changed.
        values_hu: value of each tissue in HU (-1024 to 3071, the CT scale), shape ``(len(TISSUES),)`` (same for
            every image) or ``(n, len(TISSUES))`` (one row per image).
        noise_hu: standard deviation of the added noise in HU, 0 to 500.
        seed: random seed of the noise.
        progress: True or False to show a progress bar or not; None (default) shows one for long runs.

    Returns:
        float32 images of shape ``(n, height, width)``. The same size limit as :func:`make_ct_slices` applies
        (the result may not exceed 1 GB).
    """
    t = _check_tissue_maps(tissues)
    v = _check_tissue_values(values_hu, len(t))
    noise_hu = _check_noise(noise_hu)
    seed = check_int(seed, "seed", minimum=0)
    show = None if progress is None else check_bool(progress, "progress")
    size = t.shape[1]
    per_image = 4.0 * size * size
    check_memory(len(t) * per_image, tr("render_tissues(tissues of shape {shape})", shape=t.shape), per_image,
                 "image",  # the same word in French
                 tr("Render fewer label maps at a time (e.g. tissues[:1000]), then the next ones."))
    rng = np.random.default_rng(seed)
    out = np.empty(t.shape, dtype=np.float32)
    seconds = len(t) * (5e-5 + 3e-8 * size * size)  # measured: 0.1 ms at 64 pixels, 1.8 ms at 256
    # "images" and "image" are the same words in French
    for i in progress_bar(range(len(t)), len(t), seconds, len(t) * per_image, "images", show, "image"):
        out[i] = _blur_and_noise(v[i][t[i]], noise_hu, rng, size)
    return out


def _check_tissue_maps(tissues: Any) -> np.ndarray:
    """``tissues`` as an integer array ``(n, size, size)`` of codes 0 .. len(TISSUES) - 1, or a clear error."""
    t = as_array(tissues, "tissues", dtype=None)
    if t.ndim == 2 and t.shape[0] == t.shape[1]:
        raise ValueError(tr("tissues must be a stack of label maps of shape (n, size, size), got one map of shape "
                            "{shape}. For a single map, pass tissues[None] (shape (1, {rows}, {cols})).",
                            shape=t.shape, rows=t.shape[0], cols=t.shape[1]))
    if t.ndim != 3:
        raise ValueError(tr("tissues must be label maps of shape (n, size, size) such as "
                            "make_ct_slices(...).tissues, got {ndim}-D with shape {shape}.", ndim=t.ndim,
                            shape=t.shape))
    if t.shape[1] != t.shape[2]:
        raise ValueError(tr("tissues must hold square images (n, size, size), got shape {shape}.", shape=t.shape))
    if not np.issubdtype(t.dtype, np.integer):
        raise ValueError(tr("tissues must hold integer codes 0..{last} (see ct.TISSUES), got dtype {dtype}. Pass "
                            "the label maps (data.tissues), not the images; to convert whole numbers stored as "
                            "floats, use tissues.astype(int).", last=len(TISSUES) - 1, dtype=t.dtype))
    low, high = int(t.min()), int(t.max())
    if low < 0 or high >= len(TISSUES):
        bad = low if low < 0 else high
        where = tuple(int(k) for k in np.argwhere(t == bad)[0])
        raise ValueError(tr("tissues must hold integer codes 0..{last} (see ct.TISSUES), got {bad} at index "
                            "{where}.", last=len(TISSUES) - 1, bad=bad, where=where))
    return t


def _check_tissue_values(values_hu: Any, n: int) -> np.ndarray:
    """``values_hu`` as a float array ``(n, len(TISSUES))`` of HU values (a read-only broadcast view if 1-D)."""
    v = as_array(values_hu, "values_hu")
    if v.ndim == 1:
        v = np.broadcast_to(v, (n, len(v)))
    if v.shape != (n, len(TISSUES)):
        raise ValueError(tr("values_hu must have shape ({k},) or ({n}, {k}) (one value per tissue of ct.TISSUES, "
                            "in HU), got shape {shape}.", k=len(TISSUES), n=n, shape=np.shape(values_hu)))
    if v.min() < -1024 or v.max() > 3071:
        bad = float(v.min()) if v.min() < -1024 else float(v.max())
        raise ValueError(tr("values_hu must be in Hounsfield units, between -1024 (air) and 3071, got {bad}. "
                            "(for example -100 for fat, 60 for the liver, 700 for bone).", bad=number(bad)))
    return v
