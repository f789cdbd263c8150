"""Tests for course_utils.images: medical images, convolution arithmetic, reference ops, augmentation."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from course_utils import images

GRID = np.array([[4, 1, 2, 5], [3, 5, 3, 2], [5, 1, 3, 3], [0, 2, 1, 2]], dtype=float)
KERNEL = np.array([[1, 0, 1], [0, 1, 1], [1, 0, 1]], dtype=float)


# --- medical images ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(images.MEDICAL_IMAGES))
def test_load_medical_image_grey_in_unit_range(name):
    image = images.load_medical_image(name, size=48)
    assert image.ndim == 2 and max(image.shape) == 48
    assert image.dtype == np.float64
    assert 0.0 <= image.min() and image.max() <= 1.0
    assert image.std() > 0.01  # not blank


def test_load_medical_image_full_size_channels_and_alias():
    full = images.load_medical_image("microaneurysms")
    assert full.shape == images.MEDICAL_IMAGES["microaneurysms"]["original_shape"]
    rgb = images.load_medical_image("ihc", size=32, channel="rgb")
    assert rgb.shape == (32, 32, 3)
    green = images.load_medical_image("retina", size=32, channel="green")
    assert green.shape == (32, 32)
    cell = images.load_medical_image("cell", size=60)
    assert cell.shape == (60, 50)  # aspect ratio 660 x 550 kept


def test_load_medical_image_bad_input():
    with pytest.raises(ValueError, match="unknown image"):
        images.load_medical_image("chest_xray")
    with pytest.raises(TypeError, match="string"):
        images.load_medical_image(3)
    with pytest.raises(ValueError, match="channel"):
        images.load_medical_image("retina", channel="purple")
    with pytest.raises(ValueError, match="grey image"):
        images.load_medical_image("cell", channel="rgb")
    with pytest.raises(ValueError, match="larger than the image"):
        images.load_medical_image("microaneurysms", size=500)
    with pytest.raises(TypeError):
        images.load_medical_image("retina", size=12.5)


def test_image_info():
    info = images.image_info("IHC")
    assert info["name"] == "immunohistochemistry"
    assert {"title", "modality", "source", "licence", "shows"} <= set(info)
    with pytest.raises(ValueError):
        images.image_info("nope")


# --- convolution arithmetic -------------------------------------------------------------------------------

@pytest.mark.parametrize("n,k,p,s,d", [(4, 3, 0, 1, 1), (4, 3, 1, 2, 1), (512, 5, 2, 2, 1), (28, 3, 1, 1, 1),
                                       (10, 3, 0, 3, 1), (9, 3, 2, 1, 2)])
def test_output_size_matches_torch(n, k, p, s, d):
    out = F.conv2d(torch.zeros(1, 1, n, n), torch.zeros(1, 1, k, k), padding=p, stride=s, dilation=d)
    assert images.output_size(n, k, p, s, d) == out.shape[-1]


def test_output_size_bad_input():
    with pytest.raises(ValueError, match="does not fit"):
        images.output_size(2, 5)
    with pytest.raises(ValueError):
        images.output_size(4, 3, stride=0)
    with pytest.raises(ValueError):
        images.output_size(4, 3, padding=-1)
    with pytest.raises(TypeError):
        images.output_size(4.0, 3)


def test_receptive_field():
    assert images.receptive_field([(3, 1)]) == 3
    assert images.receptive_field([(3, 1)] * 50) == 101
    assert images.receptive_field_growth([(3, 1), (3, 1), (2, 2), (3, 1)]) == [3, 5, 6, 10]
    assert images.receptive_field([(7, 2), (3, 2)] + [(3, 1)] * 4) == 43
    assert images.receptive_field([(3, 2)] * 6) == 127


def test_receptive_field_bad_input():
    with pytest.raises(ValueError, match="empty"):
        images.receptive_field([])
    with pytest.raises(TypeError):
        images.receptive_field("3x3")
    with pytest.raises(TypeError, match="pair"):
        images.receptive_field([(3, 1, 1)])
    with pytest.raises(ValueError):
        images.receptive_field([(0, 1)])


# --- reference operations ---------------------------------------------------------------------------------

# --- augmentation -----------------------------------------------------------------------------------------

def test_shift_images_numpy_and_torch():
    x = np.arange(16.0).reshape(4, 4)
    moved = images.shift_images(x, 1, -2)
    assert isinstance(moved, np.ndarray) and moved.shape == (4, 4)
    np.testing.assert_array_equal(moved[1:, :2], x[:3, 2:])
    assert (moved[0] == 0).all() and (moved[:, 2:] == 0).all()
    batch = torch.arange(32.0).reshape(2, 4, 4)
    out = images.shift_images(batch, -1, 0, fill=-1.0)
    assert isinstance(out, torch.Tensor) and out.shape == (2, 4, 4)
    assert torch.equal(out[:, :3], batch[:, 1:]) and (out[:, 3] == -1).all()
    assert (images.shift_images(x, 10, 0) == 0).all()  # pushed out of the frame entirely
    np.testing.assert_array_equal(images.shift_images(x, 0, 0), x)


def test_flip_and_rotate():
    x = np.arange(12.0).reshape(3, 4)
    np.testing.assert_array_equal(images.flip_images(x), x[:, ::-1])
    np.testing.assert_array_equal(images.flip_images(x, horizontal=False), x[::-1])
    dot = np.zeros((5, 7))
    dot[2, 5] = 1.0  # two pixels right of the centre
    turned = images.rotate_images(dot, 90)  # anticlockwise: right -> top
    assert np.unravel_index(turned.argmax(), turned.shape) == (0, 3)
    np.testing.assert_allclose(images.rotate_images(dot, 0), dot, atol=1e-12)
    batch = torch.zeros(2, 1, 5, 5)
    batch[:, 0, 2, 4] = 1
    both = images.rotate_images(batch, [90, -90])
    assert both[0, 0, 0, 2] > 0.99 and both[1, 0, 4, 2] > 0.99


def test_augmentation_bad_input():
    with pytest.raises(ValueError, match="shape"):
        images.shift_images(np.ones((2, 2, 2, 2, 2)), 1, 1)
    with pytest.raises(ValueError, match="at least 2 x 2"):
        images.rotate_images(np.ones((3, 1)), 10)
    with pytest.raises(ValueError, match="one angle per image"):
        images.rotate_images(np.ones((3, 4, 4)), [1, 2])
    with pytest.raises(TypeError):
        images.flip_images(np.ones((3, 3)), horizontal="yes")
    with pytest.raises(TypeError):
        images.shift_images(np.ones((3, 3)), 0.5, 0)
    with pytest.raises(ValueError):
        images.random_augment(np.ones((2, 4, 4)), max_shift=-1)
    with pytest.raises(TypeError):
        images.random_augment(np.ones((2, 4, 4)), hflip=1)


def test_random_augment_is_seeded_and_keeps_type():
    rng = np.random.default_rng(0)
    x = rng.random((6, 8, 8)).astype(np.float32)
    a = images.random_augment(x, max_shift=1, max_degrees=10, hflip=True, seed=3)
    b = images.random_augment(x, max_shift=1, max_degrees=10, hflip=True, seed=3)
    assert a.dtype == np.float32 and a.shape == x.shape
    np.testing.assert_array_equal(a, b)
    assert not np.allclose(a, x)
    np.testing.assert_array_equal(images.random_augment(x, max_shift=0), x)  # nothing asked, nothing changed
    t = torch.tensor(x)[:, None]
    out = images.random_augment(t, max_shift=2, seed=np.random.default_rng(1))
    assert isinstance(out, torch.Tensor) and out.shape == (6, 1, 8, 8)
    ints = images.random_augment(np.ones((2, 5, 5), dtype=int), max_shift=1, seed=0)
    assert ints.dtype == np.float64


def test_augmented_loader():
    X = torch.rand(10, 1, 6, 6)
    y = torch.arange(10)
    loader = images.AugmentedLoader(X, y, batch_size=4, seed=0, max_shift=1)
    batches = list(loader)
    assert len(loader) == 3 and [len(b[1]) for b in batches] == [4, 4, 2]
    assert sorted(torch.cat([b[1] for b in batches]).tolist()) == list(range(10))
    assert batches[0][0].shape == (4, 1, 6, 6)
    first_epoch = torch.cat([b[1] for b in batches])
    again = images.AugmentedLoader(X, y, batch_size=4, seed=0, max_shift=1)
    assert torch.equal(torch.cat([b[1] for b in again]), first_epoch)  # same seed, same order
    with pytest.raises(TypeError, match="torch tensors"):
        images.AugmentedLoader(X.numpy(), y)
    with pytest.raises(ValueError, match="same number"):
        images.AugmentedLoader(X, y[:5])
    with pytest.raises(TypeError, match="unknown augmentation"):
        images.AugmentedLoader(X, y, max_angle=3)


def test_image_info_in_french(french):
    info = images.image_info("cell")
    assert info["title"] == "Une cellule en suspension dans du sérum physiologique"
    assert info["pixel_size"] == "0,107\u202fµm" and info["licence"] == "CC0 (domaine public)"
    assert images.MEDICAL_IMAGES["cell"]["title"] == "A cell floating in saline"  # the table itself stays English
    with pytest.raises(ValueError, match="lue comme"):
        images.shift_images(np.zeros((1, 5)), 1, 0)
