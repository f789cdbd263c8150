"""Bad inputs to the synthetic CT generator (course_utils.datasets.ct), its size limits and progress bar, and a check
that it never changes its inputs."""

from __future__ import annotations

import numpy as np
import pytest
from bad_input_support import JUNK, JUNK_IDS, course_error, never_raw, unchanged

from course_utils.datasets import ct, limits

N_TISSUES = len(ct.TISSUES)


@pytest.fixture(scope="module")
def tissues():
    return ct.make_ct_slices(n=2, seed=0).tissues


MAKE_CASES = [  # (id, keyword arguments, error, words)
    ("n zero", {"n": 0}, ValueError, ["n (number of slices) must be >= 1", "got 0"]),
    ("n negative", {"n": -5}, ValueError, ["n (number of slices)", "-5"]),
    ("n float", {"n": 1.5}, TypeError, ["n (number of slices) must be an integer", "1.5"]),
    ("n text", {"n": "10"}, TypeError, ["n (number of slices)", "'10'"]),
    ("n none", {"n": None}, TypeError, ["n (number of slices)", "None"]),
    ("n bool", {"n": True}, TypeError, ["n (number of slices)", "True"]),
    ("size small", {"size": 8}, ValueError, ["size (pixels) must be >= 32", "got 8"]),
    ("size large", {"size": 1024}, ValueError, ["size (pixels) must be <= 512", "1024"]),
    ("size float", {"size": 64.0}, TypeError, ["size (pixels) must be an integer", "64.0"]),
    ("contrast text", {"contrast": "yes"}, TypeError, ["contrast must be True", "the text 'yes'"]),
    ("contrast number", {"contrast": 1}, TypeError, ["contrast must be True", "the number 1"]),
    ("contrast none", {"contrast": None}, TypeError, ["contrast must be True", "None"]),
    ("lesion_fraction above 1", {"lesion_fraction": 1.5}, ValueError, ["lesion_fraction", "1.5"]),
    ("lesion_fraction negative", {"lesion_fraction": -0.1}, ValueError, ["lesion_fraction", "-0.1"]),
    ("lesion_fraction nan", {"lesion_fraction": float("nan")}, ValueError, ["lesion_fraction", "nan"]),
    ("lesion_fraction text", {"lesion_fraction": "0.5"}, TypeError, ["lesion_fraction", "'0.5'"]),
    ("noise negative", {"noise_hu": -1}, ValueError, ["noise_hu", "-1"]),
    ("noise huge", {"noise_hu": 1000}, ValueError, ["noise_hu must lie between 0 and 500 HU", "1000"]),
    ("noise nan", {"noise_hu": float("nan")}, ValueError, ["noise_hu", "nan"]),
    ("noise text", {"noise_hu": "12"}, TypeError, ["noise_hu", "'12'"]),
    ("seed negative", {"seed": -1}, ValueError, ["seed must be >= 0", "-1"]),
    ("seed float", {"seed": 1.5}, TypeError, ["seed must be an integer", "1.5"]),
    ("seed text", {"seed": "1"}, TypeError, ["seed", "'1'"]),
    ("seed none", {"seed": None}, TypeError, ["seed", "None"]),
    ("contrast range single", {"lesion_contrast_hu": 30}, TypeError,
     ["pair (low, high) in HU", "(15, 60)", "the number 30"]),
    ("contrast range triple", {"lesion_contrast_hu": (1, 2, 3)}, TypeError, ["pair", "a tuple of 3 items"]),
    ("contrast range text", {"lesion_contrast_hu": "15,60"}, TypeError, ["pair", "the text '15,60'"]),
    ("contrast range reversed", {"lesion_contrast_hu": (60, 15)}, ValueError, ["low <= high", "(60, 15)", "swap"]),
    ("contrast range zero", {"lesion_contrast_hu": (0, 10)}, ValueError, ["lesion_contrast_hu[0] (low, in HU)", "> 0"]),
    ("contrast range huge", {"lesion_contrast_hu": (10, 1000)}, ValueError, ["between 0 and 300 HU", "(10, 1000)"]),
    ("contrast range nan", {"lesion_contrast_hu": (float("nan"), 3)}, ValueError, ["lesion_contrast_hu[0]", "nan"]),
    ("radius huge", {"lesion_radius_mm": (500, 1000)}, ValueError, ["between 1 and 60 mm", "(500, 1000)"]),
    ("radius tiny", {"lesion_radius_mm": (0.001, 0.002)}, ValueError, ["between 1 and 60 mm", "(0.001, 0.002)"]),
    ("radius text items", {"lesion_radius_mm": ("5", "20")}, TypeError, ["lesion_radius_mm[0]", "'5'"]),
    ("steatosis above 1", {"steatosis_fraction": 2}, ValueError, ["steatosis_fraction", "2"]),
    ("progress text", {"progress": "yes"}, TypeError, ["progress must be True or False", "'yes'"]),
    ("too many slices", {"n": 100_000}, ValueError,
     ["make_ct_slices(n=100000, size=64)", "2.9 GB", "28.7 kB per slice", "limit is 1.0 GB", "34,877 slices"]),
    ("too many large slices", {"n": 3000, "size": 256}, ValueError, ["1.4 GB", "at most 2,179 slices"]),
]


@pytest.mark.parametrize("kwargs, error, words", [c[1:] for c in MAKE_CASES], ids=[c[0] for c in MAKE_CASES])
def test_make_ct_slices_bad_input(kwargs, error, words):
    course_error(error, lambda: ct.make_ct_slices(**{"n": 1, **kwargs}), *words)


RENDER_CASES = [  # (id, tissues as a function of the fixture, values, keyword arguments, error, words)
    ("one map", lambda t: t[0], np.zeros(N_TISSUES), {}, ValueError, ["one map of shape (64, 64)", "tissues[None]"]),
    ("4-D", lambda t: t[..., None], np.zeros(N_TISSUES), {}, ValueError, ["(n, size, size)", "(2, 64, 64, 1)"]),
    ("images", lambda t: t.astype(float), np.zeros(N_TISSUES), {}, ValueError,
     ["integer codes", "float64", "astype(int)"]),
    ("booleans", lambda t: t > 0, np.zeros(N_TISSUES), {}, ValueError, ["integer codes", "bool"]),
    ("code too high", lambda t: t + 12, np.zeros(N_TISSUES), {}, ValueError, ["codes 0..11", "at index"]),
    ("negative code", lambda t: t.astype(int) - 1, np.zeros(N_TISSUES), {}, ValueError, ["codes 0..11", "-1"]),
    ("not square", lambda t: t[:, :, :10], np.zeros(N_TISSUES), {}, ValueError, ["square", "(2, 64, 10)"]),
    ("empty", lambda t: t[:0], np.zeros(N_TISSUES), {}, ValueError, ["tissues", "empty"]),
    ("text", lambda t: "tissues.npy", np.zeros(N_TISSUES), {}, TypeError, ["tissues", "the text 'tissues.npy'"]),
    ("none", lambda t: None, np.zeros(N_TISSUES), {}, TypeError, ["tissues", "None"]),
    ("values too short", lambda t: t, np.zeros(3), {}, ValueError,
     ["values_hu must have shape (12,) or (2, 12)", "(3,)"]),
    ("values rows", lambda t: t, np.zeros((3, N_TISSUES)), {}, ValueError, ["values_hu", "(3, 12)"]),
    ("values nan", lambda t: t, np.full(N_TISSUES, np.nan), {}, ValueError, ["values_hu", "nan"]),
    ("values not HU", lambda t: t, np.full(N_TISSUES, 5000.0), {}, ValueError, ["Hounsfield units", "5000"]),
    ("values text", lambda t: t, "soft tissue", {}, TypeError, ["values_hu", "the text 'soft tissue'"]),
    ("values dict", lambda t: t, {"liver": 60}, {}, TypeError, ["values_hu", "a dict"]),
    ("noise negative", lambda t: t, np.zeros(N_TISSUES), {"noise_hu": -1}, ValueError, ["noise_hu", "-1"]),
    ("seed negative", lambda t: t, np.zeros(N_TISSUES), {"seed": -1}, ValueError, ["seed", "-1"]),
    ("progress number", lambda t: t, np.zeros(N_TISSUES), {"progress": 1}, TypeError, ["progress", "the number 1"]),
]


@pytest.mark.parametrize("make, values, kwargs, error, words", [c[1:] for c in RENDER_CASES],
                         ids=[c[0] for c in RENDER_CASES])
def test_render_tissues_bad_input(tissues, make, values, kwargs, error, words):
    course_error(error, lambda: ct.render_tissues(make(tissues), values, **kwargs), *words)


@pytest.mark.parametrize("contrast", ["no", 1, None, [True]])
def test_tissue_values_bad_input(contrast):
    course_error(TypeError, lambda: ct.tissue_values(contrast), "contrast must be True")


def test_render_tissues_memory_limit(tissues, monkeypatch):
    monkeypatch.setattr(limits, "MAX_BYTES", 10_000.0)
    course_error(ValueError, lambda: ct.render_tissues(tissues, np.zeros(N_TISSUES)),
                 "render_tissues(tissues of shape (2, 64, 64))", "32.8 kB", "limit is 10.0 kB", "tissues[:1000]")


def test_long_runs_show_a_progress_bar_with_the_memory(monkeypatch, capsys):
    ct.make_ct_slices(n=2, progress=True)
    err = capsys.readouterr().err
    assert "CT slices (57.3 kB in memory)" in err and "/2 " in err and "slice/s" in err
    ct.make_ct_slices(n=2)  # short: no bar
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(limits, "PROGRESS_SECONDS", 0.0)  # every run counts as long
    ct.make_ct_slices(n=1)
    assert "CT slices" in capsys.readouterr().err
    ct.make_ct_slices(n=1, progress=False)
    assert capsys.readouterr().err == ""


def test_progress_bar_leaves_the_data_unchanged():
    with_bar, without = ct.make_ct_slices(n=3, seed=4, progress=True), ct.make_ct_slices(n=3, seed=4, progress=False)
    np.testing.assert_array_equal(with_bar.images, without.images)


@pytest.mark.parametrize("junk", JUNK, ids=JUNK_IDS)
def test_junk_never_gives_a_raw_error(tissues, junk):
    for name in ("n", "size", "contrast", "lesion_fraction", "noise_hu", "seed", "lesion_contrast_hu",
                 "lesion_radius_mm", "steatosis_fraction", "progress"):
        never_raw(lambda name=name: ct.make_ct_slices(**{"n": 1, name: junk}), name)
    never_raw(lambda: ct.render_tissues(junk, np.zeros(N_TISSUES)), "tissues")
    never_raw(lambda: ct.render_tissues(tissues, junk), "values_hu")
    never_raw(lambda: ct.render_tissues(tissues, np.zeros(N_TISSUES), noise_hu=junk), "noise_hu")
    never_raw(lambda: ct.tissue_values(junk), "contrast")


def test_no_function_changes_its_inputs(tissues):
    t = tissues.copy()
    values = np.linspace(-100, 200, N_TISSUES)
    per_image = np.tile(values, (2, 1))
    checks = [(t, unchanged(t)), (values, unchanged(values)), (per_image, unchanged(per_image))]
    ct.render_tissues(t, values)
    ct.render_tissues(t, per_image, noise_hu=0)
    ranges = [10.0, 40.0]
    checks.append((ranges, unchanged(ranges)))
    ct.make_ct_slices(n=1, lesion_contrast_hu=ranges, lesion_radius_mm=ranges)
    for value, check in checks:
        check(value)
