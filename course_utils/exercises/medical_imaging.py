"""Exercises of notebook 09 (deep learning for medical imaging): what a display window hides, the contrast
enhancement of the liver, and pixel accuracy versus Dice for two lazy segmentation "models"."""

from __future__ import annotations

from typing import Any

import numpy as np

from course_utils import dicom, metrics
from course_utils.exercises.core import Exercise, fail, is_close, known_mistakes, number
from course_utils.i18n import N_, tr
from course_utils.i18n import number as in_prose

FRACTION = N_("one number between 0 and 1")

# --------------------------------------------------------------------------------------------------- helpers


def _share(condition: Any) -> float:
    return float(np.mean(condition))


def _rounded(got: float, want: float, name: str, decimals: range = range(0, 5)) -> None:
    """Reject an answer that is ``want`` rounded (or cut with ``int()``) too early."""
    for d in decimals:
        if got != want and (got == round(want, d) or (d == 0 and got == int(want))):
            fail(tr("`{name}` looks rounded (or cut with `int()`): keep all the decimals and let Python round only "
                    "when it prints.", name=name))


def _fraction_range(got: float, name: str) -> None:
    if 1 < got <= 100:
        fail(tr("`{name}` = {got} looks like a percentage. Give a fraction between 0 and 1 (do not multiply by "
                "100).", name=name, got=in_prose(got, ".4g")))
    if not 0 <= got <= 1:
        fail(tr("`{name}` = {got}, but a share of pixels lies between 0 and 1.", name=name, got=in_prose(got, ".4g")))


# --------------------------------------------------------------------------------------------------- exercise 1

WINDOW = "soft tissue"

#: What to say when ``white_fraction`` used another window of :data:`course_utils.dicom.WINDOW_PRESETS`.
OTHER_WINDOWS = {
    "lung": N_("`white_fraction` uses the lung window. The question is about the soft-tissue window, "
               "`dicom.window_preset(\"soft tissue\")`."),
    "bone": N_("`white_fraction` uses the bone window. The question is about the soft-tissue window, "
               "`dicom.window_preset(\"soft tissue\")`."),
    "liver": N_("`white_fraction` uses the liver window. The question is about the soft-tissue window, "
                "`dicom.window_preset(\"soft tissue\")`."),
    "brain": N_("`white_fraction` uses the brain window. The question is about the soft-tissue window, "
                "`dicom.window_preset(\"soft tissue\")`."),
}
#: For a window added to WINDOW_PRESETS later, before its own message above.
ANOTHER_WINDOW = N_("`white_fraction` uses another window ({other}). The question is about the soft-tissue window, "
                    "`dicom.window_preset(\"soft tissue\")`.")


def _white_fraction(ct_ds: Any, mr_ds: Any) -> dict[str, float]:
    hu = dicom.to_hounsfield(ct_ds)
    level, width = dicom.window_preset(WINDOW)
    return {"white_fraction": _share(hu >= level + width / 2)}


def _judge_white_fraction(answers: dict[str, Any], expected: dict[str, float], uses: dict[str, Any]) -> None:
    name = "white_fraction"
    got = number(answers[name], name, FRACTION)
    want = expected[name]
    if is_close(got, want, 1e-7):
        return
    hu = dicom.to_hounsfield(uses["ct_ds"])
    stored = np.asarray(uses["ct_ds"].pixel_array, dtype=float)
    level, width = dicom.window_preset(WINDOW)
    low, top = level - width / 2, level + width / 2
    if got == 0:
        fail(tr("`white_fraction` is 0: no pixel was counted. Did you compare the displayed greys (0 to 1, after a "
                "window) with a HU value, or use the bone window? Compare the Hounsfield units of `hu` with the top "
                "of the soft-tissue window."))
    known_mistakes(got, [
        (_share(hu > top), N_("`white_fraction` counts only the pixels strictly *above* the top of the window. A "
                              "pixel exactly at the top is pure white too: use `>=` instead of `>`.")),
        (_share(hu >= level + width), N_("`white_fraction` uses level + width as the top of the window. The window "
                                         "is centred on the level, so its top is only *half* a width above it.")),
        (_share(hu <= low), N_("`white_fraction` is the share of *black* pixels (at or below the bottom of the "
                               "window, level - width/2). The question asks for the pure white ones, at or above "
                               "the top.")),
        (_share(hu < low), N_("`white_fraction` is the share of *black* pixels (below the bottom of the window, "
                              "level - width/2). The question asks for the pure white ones, at or above the top.")),
        (_share(hu >= low), N_("`white_fraction` counts the pixels above the *bottom* of the window (level - "
                               "width/2), where black ends. Pixels turn pure white only at the top: the level plus "
                               "half the width.")),
        (100 * want, N_("`white_fraction` looks like a percentage. Give a fraction between 0 and 1 (do not multiply "
                        "by 100).")),
        (1 - want, N_("`white_fraction` is the share of pixels that are *not* pure white. Count those at or above "
                      "the top of the window.")),
        (_share(hu >= level), N_("`white_fraction` uses the level as the threshold. The level is the *centre* of the "
                                 "window (mid-grey); pure white starts at the top, the level plus half the width.")),
        (_share(hu >= width / 2), N_("`white_fraction` uses half the width alone as the threshold: add the level to "
                                     "it (the window is centred on the level).")),
        (_share(hu >= width), N_("`white_fraction` uses the width as a threshold. The width is the size of the "
                                 "window, not a HU value: the top of the window is the level plus half the width.")),
        (_share(stored >= top), N_("`white_fraction` uses the numbers stored in the file (`ct_ds.pixel_array`), "
                                   "which are not Hounsfield units yet. Use `hu`, the slice converted to HU.")),
        (_share(np.asarray(uses["mr_ds"].pixel_array) >= top),
         N_("`white_fraction` was computed on the MR slice (`mr_ds`), which has no Hounsfield units. Use the CT "
            "slice `hu`.")),
        (_share(dicom.window(hu, level, width)), N_("`white_fraction` is the mean grey of the windowed image. The "
                                                    "question asks for the share of pixels that are *pure* white "
                                                    "(grey 1).")),
        (hu.size * want, N_("`white_fraction` is a number of pixels. Divide it by the number of pixels of the slice "
                            "(`hu.size`), or take the mean of the True/False array.")),
    ] + [
        (_share(hu >= other_level + other_width / 2),
         OTHER_WINDOWS[other] if other in OTHER_WINDOWS else tr(ANOTHER_WINDOW, other=repr(other)))
        for other, (other_level, other_width) in dicom.WINDOW_PRESETS.items() if other != WINDOW
    ])
    if 1 < got <= 100 and abs(got - 100 * want) < 0.5:
        fail(tr("`white_fraction` looks like a rounded percentage. Compute the fraction between 0 and 1 from `hu`, "
                "and keep all its decimals."))
    _rounded(got, want, name)
    _fraction_range(got, name)
    if got > want:
        fail(tr("`white_fraction` = {got} is not the share of pure white pixels yet (too large). Compare every value "
                "of `hu` with the top of the soft-tissue window and take the share of True.",
                got=in_prose(got, ".4g")))
    fail(tr("`white_fraction` = {got} is not the share of pure white pixels yet (too small). Compare every value of "
            "`hu` with the top of the soft-tissue window and take the share of True.", got=in_prose(got, ".4g")))


exercise_1 = Exercise(
    label="exercise_1",
    title=N_("what a window hides"),
    answers={"white_fraction": FRACTION},
    uses=("ct_ds", "mr_ds"),
    reference=_white_fraction,
    judge=_judge_white_fraction,
    hints=(
        N_("A pixel is pure white when its HU value is at or above the top of the window. Get the soft-tissue level "
           "and width from `dicom.window_preset`, then work out the top from the formula of section 2."),
        N_("The window is centred on the level, so its top is the level plus *half* the width. Compare `hu` with "
           "it using `>=` (a pixel exactly at the top is white too): you get an array of True/False, and its mean "
           "is the share of True."),
    ),
    solution_code='soft_level, soft_width = dicom.window_preset("soft tissue")\n'
                  "white_fraction = np.mean(hu >= soft_level + soft_width / 2)",
    explanation=N_("The window spreads [L - W/2, L + W/2] from black to white; every pixel at or above L + W/2 gets "
                   "the same white, so bone and contrast-filled vessels lose all their detail in this window."),
)

# --------------------------------------------------------------------------------------------------- exercise 2

HU_DIFFERENCE = N_("one number (a difference in HU)")


def _liver_means(test: Any, test_nc: Any, patient: int = 0) -> tuple[float, float]:
    inside = np.asarray(test.liver[patient]) == 1
    return (float(np.mean(test.images[patient][inside], dtype=np.float64)),
            float(np.mean(test_nc.images[patient][inside], dtype=np.float64)))


def _enhancement(test: Any, test_nc: Any) -> dict[str, float]:
    enhanced, plain = _liver_means(test, test_nc)
    return {"enhancement_hu": enhanced - plain}


def _judge_enhancement(answers: dict[str, Any], expected: dict[str, float], uses: dict[str, Any]) -> None:
    name = "enhancement_hu"
    got = number(answers[name], name, HU_DIFFERENCE)
    want = expected[name]
    if is_close(got, want, 0.051):          # a value rounded to one decimal is fine
        return
    test, test_nc = uses["test"], uses["test_nc"]
    enhanced, plain = _liver_means(test, test_nc)
    pv, nc = np.asarray(test.images[0], dtype=float), np.asarray(test_nc.images[0], dtype=float)
    mask = np.asarray(test.liver[0]) == 1
    all_livers = np.asarray(test.liver) == 1
    mistakes = [
        (-want, N_("`enhancement_hu` has the wrong sign: you subtracted the contrast-enhanced mean from the "
                   "non-contrast one. Compute enhanced minus non-contrast: contrast makes the liver brighter.")),
        (pv.mean() - nc.mean(), N_("`enhancement_hu` compares the means of the *whole* images (air, fat, bone...). "
                                   "Select the liver pixels first, with the mask `test.liver[0]`.")),
        (enhanced / plain, N_("`enhancement_hu` is a ratio. The enhancement is a *difference* in HU: subtract the "
                              "two liver means.")),
        (plain / enhanced, N_("`enhancement_hu` is a ratio. The enhancement is a *difference* in HU: subtract the "
                              "two liver means (enhanced minus non-contrast).")),
        (enhanced, N_("`enhancement_hu` is the mean of the liver *with* contrast only. Subtract the mean of the same "
                      "pixels on the non-contrast image `test_nc.images[0]`.")),
        (plain, N_("`enhancement_hu` is the mean of the liver *without* contrast only. Compute the mean of the same "
                   "pixels on the enhanced image `test.images[0]`, and subtract this one from it.")),
        ((pv * mask).mean() - (nc * mask).mean(),
         N_("`enhancement_hu` multiplies the images by the mask: the pixels outside the liver become 0 but still "
            "count in the mean. Select the liver pixels instead: `image[mask == 1]` keeps only them.")),
        (-((pv * mask).mean() - (nc * mask).mean()),
         N_("`enhancement_hu` multiplies the images by the mask (the pixels outside the liver become 0 but still "
            "count in the mean) and has the wrong sign. Select the liver pixels with `image[mask == 1]`, then "
            "compute enhanced minus non-contrast.")),
        (np.asarray(test.images, dtype=float)[all_livers].mean() - np.asarray(test_nc.images, dtype=float)[
            all_livers].mean(),
         N_("`enhancement_hu` uses the livers of all the test patients. The question is about the first one only: "
            "`test.images[0]`, `test_nc.images[0]` and `test.liver[0]`.")),
        (pv[~mask].mean() - nc[~mask].mean(), N_("`enhancement_hu` uses the pixels *outside* the liver (mask = 0). "
                                                 "Keep those where `test.liver[0] == 1`.")),
        (np.median(pv[mask]) - np.median(nc[mask]), N_("`enhancement_hu` compares medians. The question asks for "
                                                       "the mean HU of the liver on each image.")),
        (np.median(pv[mask] - nc[mask]), N_("`enhancement_hu` is a median. The question asks for the difference of "
                                            "the mean HU of the liver on each image.")),
        ((enhanced - plain) / plain * 100, N_("`enhancement_hu` is a relative enhancement in %. Give the difference "
                                              "itself, in HU.")),
        ((enhanced - plain) / plain, N_("`enhancement_hu` is a relative enhancement (divided by the non-contrast "
                                        "mean). Give the difference itself, in HU.")),
        ((pv[mask] - nc[mask]).sum(), N_("`enhancement_hu` is a sum over the liver pixels. Take the *mean* of each "
                                         "image inside the liver, then subtract.")),
    ]
    if len(test) > 1:
        e1, p1 = _liver_means(test, test_nc, 1)
        mistakes.append((e1 - p1, N_("`enhancement_hu` uses the second test patient (index 1). The first one is "
                                     "index 0: `test.images[0]`, `test_nc.images[0]`, `test.liver[0]`.")))
    known_mistakes(got, mistakes, tol=0.003)
    if got == round(want) or got == int(want):
        fail(tr("`enhancement_hu` looks rounded to a whole number (or cut with `int()`): keep at least one decimal."))
    if got <= 0:
        fail(tr("`enhancement_hu` = {got} HU, but contrast makes the liver *brighter*: enhanced minus non-contrast "
                "is positive.", got=in_prose(got, ".4g")))
    if got > want:
        fail(tr("`enhancement_hu` = {got} HU is not the enhancement of the first patient's liver yet (too large). "
                "Take the mean of each image inside the liver mask, then subtract: enhanced minus non-contrast.",
                got=in_prose(got, ".4g")))
    fail(tr("`enhancement_hu` = {got} HU is not the enhancement of the first patient's liver yet (too small). Take "
            "the mean of each image inside the liver mask, then subtract: enhanced minus non-contrast.",
            got=in_prose(got, ".4g")))


exercise_2 = Exercise(
    label="exercise_2",
    title=N_("the contrast enhancement of the liver"),
    answers={"enhancement_hu": HU_DIFFERENCE},
    uses=("test", "test_nc"),
    reference=_enhancement,
    judge=_judge_enhancement,
    hints=(
        N_("A mask picks pixels: `image[mask == 1]` keeps only the pixels where the mask is 1, here the liver. Use "
           "the same mask, `test.liver[0]`, on both images (same patient, same anatomy)."),
        N_("Take the mean of the liver pixels of `test.images[0]`, the mean of the same pixels of "
           "`test_nc.images[0]`, and subtract: enhanced minus non-contrast, in HU."),
    ),
    solution_code="liver_pixels = test.liver[0] == 1\n"
                  "enhancement_hu = test.images[0][liver_pixels].mean() - test_nc.images[0][liver_pixels].mean()",
    explanation=N_("Iodinated contrast roughly doubles the HU of the liver in the portal-venous phase. A model that "
                   "learned 'bright organ' on enhanced scans loses its main cue without contrast (section 9)."),
)


# --------------------------------------------------------------------------------------------------- exercise 3

COPIED = 2      # the patient whose liver the second lazy model always draws: test.liver[COPIED]


def _masks(test: Any) -> tuple[np.ndarray, np.ndarray]:
    return np.asarray(test.liver[0]) > 0.5, np.asarray(test.liver[COPIED]) > 0.5


def _lazy_scores(test: Any) -> dict[str, float]:
    truth, copied = _masks(test)
    return {"lazy_accuracy": _share(truth == 0),
            "lazy_dice": metrics.dice(truth, np.zeros_like(truth)),
            "copy_dice": metrics.dice(truth, copied)}


def _judge_lazy_accuracy(got: float, expected: dict[str, float], test: Any) -> None:
    name, want = "lazy_accuracy", expected["lazy_accuracy"]
    truth, copied = _masks(test)
    known_mistakes(got, [
        (0.0, N_("`lazy_accuracy` is 0: you counted only the liver pixels (where the empty mask is always wrong), or "
                 "took the mean of the prediction itself. Accuracy compares prediction and truth on *every* pixel: "
                 "the share of pixels where they are equal.")),
        (1.0, N_("`lazy_accuracy` is 1: did you compare the empty mask with itself? Compare it with the truth, "
                 "`test.liver[0]`.")),
        (1 - want, N_("`lazy_accuracy` is the share of pixels where prediction and truth *differ* (the error rate, "
                      "here also the share of liver pixels). Accuracy is the share where they are *equal*.")),
        (100 * want, N_("`lazy_accuracy` looks like a percentage. Give a fraction between 0 and 1 (do not multiply "
                        "by 100).")),
        (truth.size * want, N_("`lazy_accuracy` is a number of pixels. Divide it by the number of pixels of the "
                               "slice, or take the mean of the True/False array.")),
        (_share(np.asarray(test.liver) == 0), N_("`lazy_accuracy` uses all the test slices. The question is about "
                                                 "the first one: `test.liver[0]`.")),
        (_share(truth == copied), tr("`lazy_accuracy` is the accuracy of the copied outline `test.liver[{copied}]`. "
                                     "`lazy_accuracy` is about the empty mask.", copied=COPIED)),
        (_share(~copied), tr("`lazy_accuracy` compares the empty mask with `test.liver[{copied}]`. The truth is the "
                             "first slice, `test.liver[0]`.", copied=COPIED)),
        (_share(np.asarray(test.liver[1]) == 0), N_("`lazy_accuracy` uses the second slice (index 1). The first one "
                                                    "is `test.liver[0]`.")),
        (expected["copy_dice"], N_("`lazy_accuracy` holds the Dice of the copied outline: did you swap "
                                   "`lazy_accuracy` and `copy_dice`?")),
    ], tol=1e-7)
    _rounded(got, want, name)
    _fraction_range(got, name)
    if got > want:
        fail(tr("`lazy_accuracy` = {got} is not the share of pixels where the empty mask equals the truth yet (too "
                "large).", got=in_prose(got, ".4g")))
    fail(tr("`lazy_accuracy` = {got} is not the share of pixels where the empty mask equals the truth yet (too "
            "small).", got=in_prose(got, ".4g")))


def _judge_lazy_dice(got: float, expected: dict[str, float], test: Any) -> None:
    name = "lazy_dice"
    truth, _ = _masks(test)
    known_mistakes(got, [
        (1.0, N_("`lazy_dice` is 1, the score of a perfect outline. Did you compare two empty masks "
                 "(`metrics.dice` gives 1 when both are empty), the truth with itself, or compute 1 - Dice? Compare "
                 "the truth `test.liver[0]` with the empty mask.")),
        (expected["lazy_accuracy"], N_("`lazy_dice` equals the pixel accuracy. The Dice score counts only the "
                                       "overlap with the liver, not the background pixels: use "
                                       "`metrics.dice(truth, prediction)`.")),
        (metrics.dice(~truth, np.ones_like(truth)), N_("`lazy_dice` is the Dice of the *background* (the pixels "
                                                       "outside the liver). Dice is about the liver: compare "
                                                       "`test.liver[0]` with the empty mask.")),
        (expected["copy_dice"], N_("`lazy_dice` holds the Dice of the copied outline: did you swap `lazy_dice` and "
                                   "`copy_dice`?")),
    ], tol=1e-7)
    _fraction_range(got, name)
    fail(tr("`lazy_dice` = {got} is not the Dice score of the empty mask yet. How many predicted pixels overlap the "
            "liver? Use the formula above, or `metrics.dice(truth, prediction)`.", got=in_prose(got, ".4g")))


def _judge_copy_dice(got: float, expected: dict[str, float], test: Any) -> None:
    name, want = "copy_dice", expected["copy_dice"]
    truth, copied = _masks(test)
    overlap, union = float(np.sum(truth & copied)), float(np.sum(truth | copied))
    sizes = float(truth.sum() + copied.sum())
    other = np.asarray(test.liver[1]) > 0.5
    known_mistakes(got, [
        (overlap / union, N_("`copy_dice` divides the overlap by the union of the two masks: that is the IoU "
                             "(intersection over union, or Jaccard index), another score. Dice divides *twice* the "
                             "overlap by the sum of the two mask sizes.")),
        (overlap / sizes, N_("`copy_dice` forgets the factor 2: without it even a perfect outline would score only "
                             "0.5. Dice is 2 x overlap / (size of P + size of T).")),
        (2 * overlap / union, N_("`copy_dice` divides by the union of the two masks. Dice divides twice the overlap "
                                 "by the *sum* of the two mask sizes (the overlap is counted in both).")),
        (overlap / truth.sum(), N_("`copy_dice` divides the overlap by the size of the true liver only: that is the "
                                   "sensitivity of the outline. Dice divides *twice* the overlap by the sum of both "
                                   "sizes.")),
        (overlap / copied.sum(), N_("`copy_dice` divides the overlap by the size of the copied outline only: that "
                                    "is its precision. Dice divides *twice* the overlap by the sum of both sizes.")),
        (_share(truth == copied), N_("`copy_dice` is the pixel accuracy of the copied outline. The Dice score counts "
                                     "only the liver: 2 x overlap / (size of P + size of T).")),
        (overlap, N_("`copy_dice` is the overlap in pixels. Dice divides twice the overlap by the sum of the two "
                     "mask sizes.")),
        (2 * overlap, N_("`copy_dice` is twice the overlap, in pixels: divide it by the sum of the two mask sizes.")),
        (1 - want, N_("`copy_dice` is 1 - Dice (the Dice *loss* used for training). Give the Dice score itself.")),
        (100 * want, N_("`copy_dice` looks like a percentage. Give a number between 0 and 1 (do not multiply by "
                        "100).")),
        ((2 * overlap + 1) / (sizes + 1), N_("`copy_dice` adds the smoothing term ε = 1 of the soft Dice (it is "
                                             "there for training). Compute the plain Dice score of the two masks.")),
        (1.0, tr("`copy_dice` is 1, the score of a perfect outline: did you compare the truth with itself? The "
                 "prediction is `test.liver[{copied}]`, the truth `test.liver[0]`.", copied=COPIED)),
        (0.0, tr("`copy_dice` is 0, as if the masks did not overlap at all (that is the empty mask's Dice). The "
                 "prediction is the liver of patient {copied}, `test.liver[{copied}]`.", copied=COPIED)),
        (metrics.dice(truth, other), tr("`copy_dice` uses the liver of patient 1 (`test.liver[1]`). The copied "
                                        "outline is `test.liver[{copied}]`.", copied=COPIED)),
        (metrics.dice(other, copied), tr("`copy_dice` compares `test.liver[1]` with `test.liver[{copied}]`. The "
                                         "truth is the first slice, `test.liver[0]`.", copied=COPIED)),
        (expected["lazy_accuracy"], N_("`copy_dice` holds the accuracy of the empty mask: did you swap `copy_dice` "
                                       "and `lazy_accuracy`?")),
    ], tol=1e-7)
    _rounded(got, want, name)
    _fraction_range(got, name)
    if got > want:
        fail(tr("`copy_dice` = {got} is not the Dice score of the copied outline yet (too large). Dice is 2 x overlap "
                "/ (size of P + size of T), with P = `test.liver[{copied}]` and T = `test.liver[0]`.",
                got=in_prose(got, ".4g"), copied=COPIED))
    fail(tr("`copy_dice` = {got} is not the Dice score of the copied outline yet (too small). Dice is 2 x overlap / "
            "(size of P + size of T), with P = `test.liver[{copied}]` and T = `test.liver[0]`.",
            got=in_prose(got, ".4g"), copied=COPIED))


def _judge_lazy_scores(answers: dict[str, Any], expected: dict[str, float], uses: dict[str, Any]) -> None:
    judges = {"lazy_accuracy": _judge_lazy_accuracy, "lazy_dice": _judge_lazy_dice, "copy_dice": _judge_copy_dice}
    for name, judge in judges.items():
        got = number(answers[name], name, FRACTION)
        if not is_close(got, expected[name], 1e-7):
            judge(got, expected, uses["test"])


exercise_3 = Exercise(
    label="exercise_3",
    title=N_("accuracy vs Dice for lazy models"),
    answers={"lazy_accuracy": FRACTION, "lazy_dice": FRACTION, "copy_dice": FRACTION},
    uses=("test",),
    reference=_lazy_scores,
    judge=_judge_lazy_scores,
    hints=(
        N_("The empty prediction is an array of zeros of the same shape as `test.liver[0]` (`np.zeros_like`). "
           "Accuracy is the share of pixels where prediction and truth are equal; Dice counts only the overlap "
           "with the liver."),
        N_("For `copy_dice`, P is `test.liver[2]` and T is `test.liver[0]`. The overlap counts the pixels that are "
           "1 in both (combine the two conditions with `&`, then `.sum()`); Dice is twice the overlap divided by "
           "the number of pixels of P plus the number of pixels of T."),
    ),
    solution_code="empty_mask = np.zeros_like(test.liver[0])\n"
                  "lazy_accuracy = np.mean(empty_mask == test.liver[0])\n"
                  "lazy_dice = metrics.dice(test.liver[0], empty_mask)\n"
                  "copy_overlap = np.sum((test.liver[0] == 1) & (test.liver[2] == 1))\n"
                  "copy_dice = 2 * copy_overlap / (test.liver[0].sum() + test.liver[2].sum())",
    explanation=N_("The liver is a small share of the pixels, so predicting nothing is highly accurate but has Dice "
                   "0. A model that never looks at the image and copies another patient's liver still scores a fair "
                   "Dice: judge a segmentation against such a baseline, not against 0."),
)
