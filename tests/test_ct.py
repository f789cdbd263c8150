"""Tests of the synthetic CT generator (course_utils.datasets.ct)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.datasets import ct


@pytest.fixture(scope="module")
def pv():
    return ct.make_ct_slices(n=24, seed=3)


@pytest.fixture(scope="module")
def nc():
    return ct.make_ct_slices(n=24, seed=3, contrast=False)


def _mean_hu(data, tissue):
    return float(data.images[data.tissues == ct.TISSUE_CODE[tissue]].mean())


def test_shapes_types_and_units(pv):
    n, size = 24, 64
    assert len(pv) == n
    assert pv.images.shape == (n, size, size) and pv.images.dtype == np.float32
    for mask in (pv.liver, pv.lesions, pv.tissues):
        assert mask.shape == (n, size, size) and mask.dtype == np.uint8
    assert set(np.unique(pv.liver)) <= {0, 1} and set(np.unique(pv.lesions)) <= {0, 1}
    assert pv.has_lesion.shape == (n,) and len(pv.boxes) == n
    assert pv.pixel_mm == pytest.approx(400 / 64)
    assert pv.contrast is True and pv.seed == 3
    assert pv.images.min() >= -1024


def test_realistic_hounsfield_units(pv, nc):
    assert _mean_hu(pv, "air") == pytest.approx(-1000, abs=30)
    assert -130 < _mean_hu(pv, "fat") < -70
    assert 40 < _mean_hu(nc, "muscle") < 65
    assert 45 < _mean_hu(nc, "liver") < 65        # non-contrast liver about 55 HU
    assert 95 < _mean_hu(pv, "liver") < 125       # portal-venous liver about 100-120 HU
    assert 300 < _mean_hu(pv, "bone_cortex") < 1100   # thin compact bone, blurred at 6.25 mm pixels (partial volume)
    # bone is two tissues: cancellous (vertebral body, about 100-300 HU in adults) and cortical (above 1000 HU)
    assert 100 <= ct.HU_TABLE["bone_marrow"][0] <= 300 and ct.HU_TABLE["bone_cortex"][0] > 1000
    assert 100 < _mean_hu(pv, "bone_marrow") < 350
    assert _mean_hu(pv, "vessel") > _mean_hu(nc, "vessel") + 60  # contrast in the vessels
    assert ct.tissue_values(True)["liver"] == 110 and ct.tissue_values(False)["liver"] == 55


def test_same_seed_same_anatomy_with_or_without_contrast(pv, nc):
    np.testing.assert_array_equal(pv.liver, nc.liver)
    np.testing.assert_array_equal(pv.tissues, nc.tissues)
    np.testing.assert_array_equal(pv.has_lesion, nc.has_lesion)
    assert not np.allclose(pv.images, nc.images)
    again = ct.make_ct_slices(n=24, seed=3)
    np.testing.assert_array_equal(again.images, pv.images)
    other = ct.make_ct_slices(n=24, seed=4)
    assert not np.array_equal(other.liver, pv.liver)


def test_the_anatomy_kept_for_the_other_phase_is_never_shared_with_a_result():
    first = ct.make_ct_slices(n=3, seed=41)
    first.tissues[:] = 0                                  # a student scribbling on a result...
    first.liver[:] = 1
    again, other_phase = ct.make_ct_slices(n=3, seed=41), ct.make_ct_slices(n=3, seed=41, contrast=False)
    fresh = ct._anatomy(41, 0, 64, 0.5, 0.0, (15.0, 60.0), (5.0, 20.0))   # drawn anew, not from the cache
    for result in (again, other_phase):                   # ...changes neither a later call nor the other phase
        assert np.array_equal(result.tissues[0], fresh[0]) and np.array_equal(result.liver[0], fresh[1])


def test_lesions_labels_masks_and_boxes_agree(pv):
    assert 0 < pv.has_lesion.sum() < len(pv)
    for i in range(len(pv)):
        assert pv.has_lesion[i] == int(pv.lesions[i].any())
        assert np.all(pv.liver[i][pv.lesions[i] == 1] == 1)  # lesions lie inside the liver
        boxes = pv.boxes[i]
        assert boxes.shape[1] == 4
        assert (len(boxes) > 0) == bool(pv.has_lesion[i])
        for r0, c0, r1, c1 in boxes.astype(int):
            assert pv.lesions[i, r0:r1, c0:c1].any()
        if pv.has_lesion[i]:
            assert pv.lesion_contrast_hu[i] > 0
            # a lesion is darker than the liver around it in the portal-venous phase
            liver_only = (pv.liver[i] == 1) & (pv.lesions[i] == 0)
            assert pv.images[i][pv.lesions[i] == 1].mean() < pv.images[i][liver_only].mean()
    assert 0.03 < pv.liver.mean() < 0.25


def test_lesion_fraction_and_sizes():
    none = ct.make_ct_slices(n=10, seed=0, lesion_fraction=0.0)
    assert none.has_lesion.sum() == 0 and none.lesions.sum() == 0
    every = ct.make_ct_slices(n=10, seed=0, lesion_fraction=1.0)
    assert every.has_lesion.sum() == 10
    big = ct.make_ct_slices(n=10, size=128, seed=0, lesion_fraction=1.0)
    assert big.images.shape == (10, 128, 128) and big.pixel_mm == pytest.approx(400 / 128)
    # the same patients at two resolutions: the liver covers about the same share of the image
    assert abs(big.liver.mean() - every.liver.mean()) < 0.01


def test_noise_and_steatosis():
    quiet = ct.make_ct_slices(n=4, seed=1, noise_hu=0.0, contrast=False)
    noisy = ct.make_ct_slices(n=4, seed=1, noise_hu=30.0, contrast=False)
    code = ct.TISSUE_CODE["liver"]
    assert noisy.images[noisy.tissues == code].std() > quiet.images[quiet.tissues == code].std() + 10
    fatty = ct.make_ct_slices(n=8, seed=1, steatosis_fraction=1.0, contrast=False)
    assert _mean_hu(fatty, "liver") < 35


def test_render_tissues():
    data = ct.make_ct_slices(n=3, seed=2)
    values = np.arange(len(ct.TISSUES), dtype=float) * 10
    img = ct.render_tissues(data.tissues, values, noise_hu=0)
    assert img.shape == data.tissues.shape and img.dtype == np.float32
    assert abs(img[data.tissues == ct.TISSUE_CODE["liver"]].mean() - 40) < 5
    per_image = np.tile(values, (3, 1))
    per_image[1] += 100
    img2 = ct.render_tissues(data.tissues, per_image, noise_hu=5, seed=1)
    assert img2[1].mean() > img2[0].mean() + 50


def test_bad_input_messages():
    with pytest.raises(ValueError, match="n"):
        ct.make_ct_slices(n=0)
    with pytest.raises(ValueError, match="size"):
        ct.make_ct_slices(n=2, size=8)
    with pytest.raises(TypeError, match="contrast"):
        ct.make_ct_slices(n=2, contrast="yes")
    with pytest.raises(ValueError, match="lesion_fraction"):
        ct.make_ct_slices(n=2, lesion_fraction=1.5)
    with pytest.raises(ValueError, match="noise_hu"):
        ct.make_ct_slices(n=2, noise_hu=-1)
    with pytest.raises(ValueError, match="low <= high"):
        ct.make_ct_slices(n=2, lesion_radius_mm=(20, 5))
    with pytest.raises(TypeError, match="pair"):
        ct.make_ct_slices(n=2, lesion_contrast_hu=30)
    with pytest.raises(TypeError, match="contrast"):
        ct.tissue_values("no")
    tissues = ct.make_ct_slices(n=2, seed=0).tissues
    with pytest.raises(ValueError, match="values_hu"):
        ct.render_tissues(tissues, np.zeros(3))
    with pytest.raises(ValueError, match="integer codes"):
        ct.render_tissues(tissues.astype(float), np.zeros(len(ct.TISSUES)))
    with pytest.raises(ValueError, match="square"):
        ct.render_tissues(tissues[:, :, :10], np.zeros(len(ct.TISSUES)))
    with pytest.raises(ValueError):
        ct.render_tissues(tissues[0], np.zeros(len(ct.TISSUES)))


def test_french_progress_bar_and_messages(french, capsys):
    """Once setup(lang="fr") ran, the progress bar and the generator's own messages read in French."""
    ct.make_ct_slices(n=2, progress=True)
    err = capsys.readouterr().err
    assert "coupes de scanner" in err and "CT slices" not in err
    with pytest.raises(ValueError, match="inversez les deux valeurs"):
        ct.make_ct_slices(n=2, lesion_radius_mm=(20, 5))
    with pytest.raises(ValueError, match="entre 1 et 60 mm, reçu\u202f: \\(0,5, 20\\)"):
        ct.make_ct_slices(n=2, lesion_radius_mm=(0.5, 20))
    with pytest.raises(ValueError, match="une seule carte de forme \\(64, 64\\)"):
        ct.render_tissues(ct.make_ct_slices(n=1).tissues[0], np.zeros(len(ct.TISSUES)))
