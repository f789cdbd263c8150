"""Real medical tables that ship with scikit-learn (no network needed), with readable names and units."""

from __future__ import annotations

from typing import Any

from ..i18n import N_

#: The texts below are in English; ``course_utils.i18n.tr(text)`` gives them in the course's language.
BREAST_CANCER_UNITS = N_(
    "Each of 10 cell-nucleus measurements from a fine-needle aspirate image (radius, texture, perimeter, "
    "area, smoothness, compactness, concavity, concave points, symmetry, fractal dimension) is given as "
    "mean, standard error ('se') and worst (mean of the three largest) value. Radius and perimeter are "
    "in pixels of the digitised image, area in square pixels; the other features have no unit."
)

#: Diabetes set (Efron et al. 2004): column name -> (description, unit).
DIABETES_COLUMNS = {
    "age": (N_("age"), N_("years")),
    "sex": (N_("sex, coded 1 or 2 in the source"), N_("category")),
    "bmi": (N_("body-mass index"), "kg/m²"),
    "bp": (N_("mean arterial blood pressure"), "mmHg"),
    "tc": (N_("total serum cholesterol"), "mg/dL"),
    "ldl": (N_("low-density lipoproteins"), "mg/dL"),
    "hdl": (N_("high-density lipoproteins"), "mg/dL"),
    "tch": (N_("total cholesterol / HDL ratio"), N_("ratio")),
    "ltg": (N_("log of serum triglycerides"), "log(mg/dL)"),
    "glu": (N_("blood sugar level"), "mg/dL"),
    "progression": (N_("disease progression one year after baseline"), N_("score (25-346)")),
}


def load_breast_cancer_frame() -> Any:
    """The Wisconsin breast-cancer set: 569 tumours, 30 features, label ``malignant`` (1) or benign (0).

    Returns:
        A pandas DataFrame of shape (569, 31): the 30 features (snake_case names such as ``mean_radius``)
        and ``malignant`` (1 = malignant, 0 = benign; note scikit-learn's own target is the reverse).
        See :data:`BREAST_CANCER_UNITS` for the units.
    """
    from sklearn.datasets import load_breast_cancer

    raw = load_breast_cancer(as_frame=True)
    frame = raw.frame.copy()
    frame.columns = [c.replace(" ", "_") for c in frame.columns]
    frame["malignant"] = 1 - frame.pop("target")  # scikit-learn codes malignant as 0
    return frame


def load_diabetes_frame() -> Any:
    """The diabetes progression set: 442 patients, 10 baseline measurements in their original units.

    Returns:
        A pandas DataFrame of shape (442, 11) with columns ``age, sex, bmi, bp, tc, ldl, hdl, tch, ltg,
        glu`` and the target ``progression`` (a quantitative measure of disease progression one year
        after baseline). See :data:`DIABETES_COLUMNS` for descriptions and units.
    """
    from sklearn.datasets import load_diabetes

    raw = load_diabetes(as_frame=True, scaled=False)
    frame = raw.frame.copy()
    frame.columns = list(DIABETES_COLUMNS)
    return frame
