"""Bad inputs to course_utils.images get course messages (issue 13); image layouts; inputs never mutated.

Every case names the exception type and words the message must contain: what was expected and what was
received. ``BAD_INPUTS`` is the list the issue's report counts.
"""

import re

import numpy as np
import pytest
import torch
from bad_input_support import check_french
from hypothesis import given, settings
from hypothesis import strategies as st

from course_utils import images

IMG = np.arange(20.0).reshape(4, 5) / 20           # one grey image (H, W)
BATCH = np.random.default_rng(0).random((3, 6, 6))  # N grey images... but N = 3: see the CHW case below
RGB = np.random.default_rng(1).random((6, 7, 3))   # one colour image (H, W, 3), as load_medical_image(channel="rgb")
X = torch.rand(6, 1, 5, 5)
Y = torch.arange(6)


#: Fragments of raw library messages or object dumps that must never reach a student.
RAW = ("Traceback", "object at 0x", "could not convert", "inhomogeneous", "is not iterable", "unsupported operand",
       "<class '", "has no attribute", "not supported between", "index out of", "positional argument")


def _case(label, func, args, kwargs, error, *words):
    return pytest.param(func, args, kwargs, error, words, id=label)


BAD_INPUTS = [
    # load_medical_image / image_info
    _case("load-name-number", images.load_medical_image, (3,), {}, TypeError, "name", "number 3"),
    _case("load-name-none", images.load_medical_image, (None,), {}, TypeError, "string", "None"),
    _case("load-name-unknown", images.load_medical_image, ("chest_xray",), {}, ValueError, "unknown image",
          "chest_xray", "retina"),
    _case("load-name-empty", images.load_medical_image, ("",), {}, ValueError, "unknown image", "''"),
    _case("load-channel-unknown", images.load_medical_image, ("retina",), {"channel": "purple"}, ValueError,
          "channel", "grey", "purple"),
    _case("load-channel-none", images.load_medical_image, ("retina",), {"channel": None}, TypeError, "channel",
          "None"),
    _case("load-channel-list", images.load_medical_image, ("retina",), {"channel": ["red"]}, TypeError,
          "channel", "list"),
    _case("load-channel-grey-image", images.load_medical_image, ("cell",), {"channel": "rgb"}, ValueError,
          "grey image", "'rgb'"),
    _case("load-size-zero", images.load_medical_image, ("retina",), {"size": 0}, ValueError, "size", ">= 4", "0"),
    _case("load-size-negative", images.load_medical_image, ("retina",), {"size": -8}, ValueError, "size", "-8"),
    _case("load-size-float", images.load_medical_image, ("retina",), {"size": 12.5}, TypeError, "size",
          "integer", "12.5"),
    _case("load-size-string", images.load_medical_image, ("retina",), {"size": "64"}, TypeError, "size", "'64'"),
    _case("load-size-bool", images.load_medical_image, ("retina",), {"size": True}, TypeError, "size", "yes/no"),
    _case("load-size-too-large", images.load_medical_image, ("microaneurysms",), {"size": 500}, ValueError,
          "larger than the image", "102"),
    _case("info-none", images.image_info, (None,), {}, TypeError, "string", "None"),
    _case("info-unknown", images.image_info, ("nope",), {}, ValueError, "unknown image", "'nope'"),
    # output_size
    _case("output-kernel-0", images.output_size, (28, 0), {}, ValueError, "kernel_size", ">= 1", "0"),
    _case("output-stride-0", images.output_size, (28, 3), {"stride": 0}, ValueError, "stride", ">= 1", "0"),
    _case("output-padding-negative", images.output_size, (28, 3), {"padding": -1}, ValueError, "padding",
          ">= 0", "-1"),
    _case("output-dilation-0", images.output_size, (28, 3), {"dilation": 0}, ValueError, "dilation", "0"),
    _case("output-n-0", images.output_size, (0, 3), {}, ValueError, "n ", ">= 1", "0"),
    _case("output-n-float", images.output_size, (28.0, 3), {}, TypeError, "integer", "28.0"),
    _case("output-n-string", images.output_size, ("28", 3), {}, TypeError, "integer", "'28'"),
    _case("output-kernel-tuple", images.output_size, (28, (3, 3)), {}, TypeError, "one whole number", "(3, 3)",
          "once per axis"),
    _case("output-padding-none", images.output_size, (28, 3), {"padding": None}, TypeError, "padding", "None"),
    _case("output-does-not-fit", images.output_size, (2, 5), {}, ValueError, "does not fit", "5 pixels",
          "2 pixels"),
    # receptive_field(_growth)
    _case("rf-empty", images.receptive_field, ([],), {}, ValueError, "empty", "(kernel_size, stride)"),
    _case("rf-string", images.receptive_field, ("3x3",), {}, TypeError, "pairs", "'3x3'"),
    _case("rf-none", images.receptive_field, (None,), {}, TypeError, "pairs", "None"),
    _case("rf-dict", images.receptive_field, ({"kernel": 3},), {}, TypeError, "pairs", "dictionary"),
    _case("rf-one-pair", images.receptive_field, ((3, 1),), {}, TypeError, "list of pairs", "[(3, 1)]"),
    _case("rf-triple", images.receptive_field_growth, ([(3, 1, 1)],), {}, TypeError, "layers[0]", "pair",
          "(3, 1, 1)"),
    _case("rf-kernel-0", images.receptive_field, ([(0, 1)],), {}, ValueError, "kernel_size", ">= 1", "0"),
    _case("rf-stride-0", images.receptive_field, ([(3, 0)],), {}, ValueError, "stride", ">= 1", "0"),
    _case("rf-float", images.receptive_field, ([(3.0, 1)],), {}, TypeError, "integer", "3.0"),
    # pixels: shape, kind, content (every augmentation reads them the same way)
    _case("shift-1d", images.shift_images, (np.ones(16), 1, 0), {}, ValueError, "(H, W)", "1-D", "(16,)",
          "reshape"),
    _case("shift-0d", images.shift_images, (np.float64(3.0), 1, 0), {}, ValueError, "(H, W)", "0-D"),
    _case("shift-5d", images.shift_images, (np.ones((2, 2, 2, 2, 2)), 1, 1), {}, ValueError, "(N, C, H, W)",
          "5-D", "squeeze"),
    _case("shift-string", images.shift_images, ("scan.png", 1, 0), {}, TypeError, "array", "'scan.png'"),
    _case("shift-none", images.shift_images, (None, 1, 0), {}, TypeError, "array", "None"),
    _case("shift-nan", images.shift_images, (np.where(IMG > 0.5, np.nan, IMG), 1, 0), {}, ValueError, "NaN",
          "9", "nan_to_num"),
    _case("shift-nan-tensor", images.shift_images, (torch.full((4, 4), float("nan")), 1, 0), {}, ValueError,
          "NaN", "16"),
    _case("shift-inf", images.shift_images, (np.full((3, 3), np.inf), 1, 0), {}, ValueError, "infinite"),
    _case("shift-empty", images.shift_images, (np.ones((0, 4, 4)), 1, 0), {}, ValueError, "empty", "(0, 4, 4)"),
    _case("shift-empty-tensor", images.shift_images, (torch.ones(0, 4, 4), 1, 0), {}, ValueError, "empty",
          "(0, 4, 4)"),
    _case("shift-ragged-list", images.shift_images, ([np.ones((4, 4)), np.ones((5, 5))], 1, 0), {}, ValueError,
          "different sizes", "(4, 4)", "(5, 5)"),
    _case("shift-text-pixels", images.shift_images, (np.array([["a", "b"], ["c", "d"]]), 1, 0), {}, TypeError,
          "numbers"),
    _case("shift-complex", images.shift_images, (np.ones((4, 4), dtype=complex), 1, 0), {}, TypeError, "real",
          "complex"),
    _case("shift-complex-tensor", images.shift_images, (torch.ones(4, 4, dtype=torch.complex64), 1, 0), {},
          TypeError, "real", "complex"),
    _case("shift-too-small", images.shift_images, (np.ones((3, 1)), 1, 0), {}, ValueError, "2 x 2", "(3, 1)"),
    _case("shift-dy-float", images.shift_images, (IMG, 0.5, 0), {}, TypeError, "dy", "integer", "0.5"),
    _case("shift-dy-string", images.shift_images, (IMG, "1", 0), {}, TypeError, "dy", "'1'"),
    _case("shift-dx-none", images.shift_images, (IMG, 1, None), {}, TypeError, "dx", "None"),
    _case("shift-fill-string", images.shift_images, (IMG, 1, 0), {"fill": "black"}, TypeError, "fill", "number",
          "'black'"),
    _case("shift-fill-nan", images.shift_images, (IMG, 1, 0), {"fill": float("nan")}, ValueError, "fill",
          "finite", "nan"),
    _case("shift-fill-bool", images.shift_images, (IMG, 1, 0), {"fill": True}, TypeError, "fill", "yes/no"),
    # layouts
    _case("layout-ambiguous-3d", images.flip_images, (np.ones((2, 8, 3)),), {}, ValueError, "(2, 8, 3)",
          "layout='NHW'", "layout='HWC'"),
    _case("layout-ambiguous-4d", images.flip_images, (np.ones((5, 3, 4, 4)),), {}, ValueError, "(5, 3, 4, 4)",
          "layout='NCHW'", "layout='NHWC'"),
    _case("layout-unknown", images.flip_images, (IMG,), {"layout": "WH"}, ValueError, "layout", "'HW'", "'WH'"),
    _case("layout-not-text", images.flip_images, (IMG,), {"layout": 2}, TypeError, "layout", "number 2"),
    _case("layout-wrong-ndim", images.flip_images, (IMG,), {"layout": "NCHW"}, ValueError, "4-D", "(4, 5)",
          "2-D"),
    _case("layout-misread-small", images.flip_images, (np.ones((4, 1, 4)),), {"layout": "HWC"}, ValueError,
          "2 x 2", "layout="),
    # flip / rotate
    _case("flip-horizontal-none", images.flip_images, (IMG, None), {}, TypeError, "horizontal", "True or False",
          "None"),
    _case("flip-horizontal-text", images.flip_images, (IMG, "yes"), {}, TypeError, "horizontal", "'yes'"),
    _case("rotate-degrees-text", images.rotate_images, (IMG, "90"), {}, TypeError, "degrees", "'90'"),
    _case("rotate-degrees-none", images.rotate_images, (IMG, None), {}, TypeError, "degrees", "None"),
    _case("rotate-degrees-nan", images.rotate_images, (IMG, float("nan")), {}, ValueError, "degrees", "nan"),
    _case("rotate-degrees-bool", images.rotate_images, (IMG, True), {}, TypeError, "degrees", "yes/no"),
    _case("rotate-degrees-count", images.rotate_images, (np.ones((4, 5, 5)), [1, 2]), {}, ValueError,
          "one angle per image", "4 image", "(2,)"),
    _case("rotate-fill-text", images.rotate_images, (IMG, 10), {"fill": "white"}, TypeError, "fill", "'white'"),
    # random_augment
    _case("augment-max-shift-negative", images.random_augment, (BATCH,), {"max_shift": -1, "layout": "NHW"},
          ValueError, "max_shift", ">= 0", "-1"),
    _case("augment-max-shift-float", images.random_augment, (BATCH,), {"max_shift": 1.5, "layout": "NHW"},
          TypeError, "max_shift", "1.5"),
    _case("augment-max-degrees-negative", images.random_augment, (BATCH,), {"max_degrees": -3, "layout": "NHW"},
          ValueError, "max_degrees", ">= 0", "-3"),
    _case("augment-max-degrees-text", images.random_augment, (BATCH,), {"max_degrees": "10", "layout": "NHW"},
          TypeError, "max_degrees", "'10'"),
    _case("augment-max-degrees-nan", images.random_augment, (BATCH,), {"max_degrees": float("nan")}, ValueError,
          "max_degrees", "nan"),
    _case("augment-hflip-int", images.random_augment, (BATCH,), {"hflip": 1, "layout": "NHW"}, TypeError,
          "hflip", "True or False", "number 1"),
    _case("augment-vflip-text", images.random_augment, (BATCH,), {"vflip": "no", "layout": "NHW"}, TypeError,
          "vflip", "'no'"),
    _case("augment-seed-negative", images.random_augment, (BATCH,), {"seed": -1, "layout": "NHW"}, ValueError,
          "seed", ">= 0", "-1"),
    _case("augment-seed-float", images.random_augment, (BATCH,), {"seed": 1.5, "layout": "NHW"}, TypeError,
          "seed", "1.5"),
    _case("augment-seed-text", images.random_augment, (BATCH,), {"seed": "a", "layout": "NHW"}, TypeError,
          "seed", "'a'"),
    _case("augment-three-images-or-colour", images.random_augment, (BATCH,), {}, ValueError, "(3, 6, 6)",
          "3 grey images", "layout='CHW'"),
    # AugmentedLoader
    _case("loader-numpy", images.AugmentedLoader, (X.numpy(), Y), {}, TypeError, "torch tensors", "array",
          "to_tensors"),
    _case("loader-list-labels", images.AugmentedLoader, (X, [0, 1, 2, 3, 4, 5]), {}, TypeError, "torch tensors",
          "list of 6"),
    _case("loader-lengths", images.AugmentedLoader, (X, Y[:4]), {}, ValueError, "same number", "6", "4"),
    _case("loader-label-scalar", images.AugmentedLoader, (X, torch.tensor(1)), {}, ValueError, "one entry per image",
          "()"),
    _case("loader-table", images.AugmentedLoader, (torch.rand(6, 30), Y), {}, ValueError, "batch of images",
          "(6, 30)", "reshape"),
    _case("loader-5d", images.AugmentedLoader, (torch.rand(6, 1, 1, 4, 4), Y), {}, ValueError, "5-D", "squeeze"),
    _case("loader-empty", images.AugmentedLoader, (torch.rand(0, 4, 4), torch.arange(0)), {}, ValueError, "empty",
          "(0, 4, 4)"),
    _case("loader-nan", images.AugmentedLoader, (torch.full((6, 4, 4), float("nan")), Y), {}, ValueError, "NaN",
          "96"),
    _case("loader-batch-0", images.AugmentedLoader, (X, Y), {"batch_size": 0}, ValueError, "batch_size", ">= 1"),
    _case("loader-batch-float", images.AugmentedLoader, (X, Y), {"batch_size": 8.0}, TypeError, "batch_size",
          "8.0"),
    _case("loader-seed-none", images.AugmentedLoader, (X, Y), {"seed": None}, TypeError, "seed", "None"),
    _case("loader-unknown-option", images.AugmentedLoader, (X, Y), {"max_angle": 3}, TypeError, "max_angle",
          "max_degrees"),
    _case("loader-bad-option", images.AugmentedLoader, (X, Y), {"max_shift": -1}, ValueError, "max_shift", "-1"),
]


@pytest.mark.parametrize("func, args, kwargs, error, words", BAD_INPUTS)
def test_bad_input_gets_a_course_message(func, args, kwargs, error, words):
    with pytest.raises(error) as info:
        func(*args, **kwargs)
    message = str(info.value)
    assert type(info.value) in (TypeError, ValueError), type(info.value)  # never a library's own exception class
    for word in words:
        assert word.lower() in message.lower(), f"{word!r} missing from: {message}"
    assert not [raw for raw in RAW if raw in message], message
    assert len(message) < 600 and "\n" not in message.strip()
    check_french(lambda: func(*args, **kwargs), message)


def test_the_issue_counts_its_cases():
    assert len(BAD_INPUTS) >= 90


# --- layouts: colour images are never mistaken for a stack of grey ones ---------------------------------------

def test_colour_image_flips_and_turns_as_one_picture():
    flipped = images.flip_images(RGB)
    np.testing.assert_array_equal(flipped, RGB[:, ::-1])              # columns reversed, colours kept in place
    np.testing.assert_array_equal(images.flip_images(RGB, horizontal=False), RGB[::-1])
    turned = images.rotate_images(RGB, 30)
    per_channel = np.stack([images.rotate_images(RGB[..., c], 30) for c in range(3)], axis=-1)
    np.testing.assert_allclose(turned, per_channel, atol=1e-12)
    moved = images.shift_images(RGB, 1, -2)
    np.testing.assert_array_equal(moved[1:, :-2], RGB[:-1, 2:])
    assert moved.shape == RGB.shape and moved.flags["C_CONTIGUOUS"]


def test_real_colour_image_from_load_medical_image():
    rgb = images.load_medical_image("ihc", size=16, channel="rgb")
    assert images.image_layout(rgb) == "HWC"
    np.testing.assert_array_equal(images.flip_images(rgb), rgb[:, ::-1])
    out = images.random_augment(rgb, max_shift=2, max_degrees=15, hflip=True, seed=0)
    assert out.shape == rgb.shape


@pytest.mark.parametrize("make", [
    lambda: np.stack([RGB, RGB[::-1]]),                                        # NHWC
    lambda: torch.as_tensor(np.stack([RGB, RGB[::-1]])).permute(0, 3, 1, 2),  # NCHW
])
def test_batches_of_colour_images(make):
    batch = make()
    flipped = images.flip_images(batch)
    axis = -1 if images.image_layout(batch) == "NCHW" else -2
    expected = batch.flip(axis) if isinstance(batch, torch.Tensor) else np.flip(batch, axis)
    assert type(flipped) is type(batch)
    np.testing.assert_array_equal(np.asarray(flipped), np.asarray(expected))
    both = images.rotate_images(batch, [90, -90])
    assert both.shape == batch.shape


@pytest.mark.parametrize("shape, layout", [
    ((4, 4), "HW"), ((16, 16, 3), "HWC"), ((4, 4, 3), "HWC"), ((28, 28, 1), "HWC"), ((64, 64, 4), "HWC"),
    ((16, 3, 3), "NHW"), ((2, 4, 4), "NHW"), ((450, 8, 8), "NHW"), ((3, 28, 28), "NHW"),
    ((10, 1, 28, 28), "NCHW"), ((10, 3, 32, 32), "NCHW"), ((10, 16, 8, 8), "NCHW"), ((10, 1, 4, 4), "NCHW"),
    ((10, 28, 28, 3), "NHWC"), ((10, 28, 28, 1), "NHWC"), ((10, 3, 28, 1), "NHWC"),
])
def test_image_layout_rules(shape, layout):
    assert images.image_layout(np.zeros(shape)) == layout
    assert images.image_layout(torch.zeros(shape)) == layout


def test_explicit_layout_settles_an_ambiguous_shape():
    two = np.random.default_rng(2).random((2, 8, 3))
    as_images = images.flip_images(two, layout="NHW")
    np.testing.assert_array_equal(as_images, two[:, :, ::-1])
    as_colour = images.flip_images(two, layout="hwc")  # case does not matter
    np.testing.assert_array_equal(as_colour, two[:, ::-1])
    chw = images.random_augment(BATCH, max_shift=1, seed=0, layout="CHW")
    assert chw.shape == BATCH.shape
    # one colour image channels first: every channel moves by the same draw
    assert all(np.array_equal(chw[0] != 0, chw[c] != 0) for c in range(3))


def test_pytorch_batch_with_one_channel_keeps_its_shape():
    out = images.random_augment(X, max_shift=1, seed=0)
    assert isinstance(out, torch.Tensor) and out.shape == X.shape


def test_image_layout_bad_input():
    with pytest.raises(TypeError, match="pixel values"):
        images.image_layout("image.png")
    with pytest.raises(TypeError, match="pixel values"):
        images.image_layout(None)


def test_loader_reads_the_layout_once():
    # (N, 8, 3): all the images together read as grey images 3 pixels wide would be ambiguous batch by batch
    X_thin = torch.rand(7, 8, 3)
    loader = images.AugmentedLoader(X_thin, torch.arange(7), batch_size=3, seed=0, max_shift=1, layout="NHW")
    assert [tuple(b[0].shape) for b in loader] == [(3, 8, 3), (3, 8, 3), (1, 8, 3)]


def test_integer_and_half_precision_pixels_are_computed_in_float():
    ints = images.flip_images(np.array([[0, 255], [128, 64]], dtype=np.uint8))
    assert ints.dtype == np.float64
    np.testing.assert_array_equal(ints, [[255, 0], [64, 128]])
    half = images.rotate_images(torch.ones(4, 4, dtype=torch.float16), 0)
    assert half.dtype == torch.float32


# --- inputs are never modified ---------------------------------------------------------------------------------

def _calls():
    yield lambda x: images.shift_images(x, 1, -1, fill=0.5)
    yield lambda x: images.flip_images(x)
    yield lambda x: images.flip_images(x, horizontal=False)
    yield lambda x: images.rotate_images(x, 33, fill=1.0)
    yield lambda x: images.random_augment(x, max_shift=2, max_degrees=20, hflip=True, vflip=True, seed=0,
                                          layout="NCHW" if x.ndim == 4 else None)


@pytest.mark.parametrize("call", list(_calls()))
@pytest.mark.parametrize("make", [lambda: IMG.copy(), lambda: RGB.copy(), lambda: RGB.astype(np.float32),
                                  lambda: torch.rand(2, 3, 5, 5), lambda: torch.rand(4, 5, requires_grad=True),
                                  lambda: (IMG * 255).astype(np.uint8)])
def test_inputs_are_never_modified(call, make):
    value = make()
    before = value.detach().clone() if isinstance(value, torch.Tensor) else value.copy()
    out = call(value)
    if isinstance(value, torch.Tensor):
        assert torch.equal(value.detach(), before)
        out.add_(1.0)  # writing into the result does not reach the input either
        assert torch.equal(value.detach(), before)
    else:
        np.testing.assert_array_equal(value, before)
        out += 1.0
        np.testing.assert_array_equal(value, before)


def test_loader_does_not_modify_x():
    X_copy = X.clone()
    for batch, _ in images.AugmentedLoader(X, Y, batch_size=4, seed=0, max_shift=2, max_degrees=30, hflip=True):
        batch.mul_(0)
    assert torch.equal(X, X_copy)


def test_cached_image_stays_intact():
    first = images.load_medical_image("microaneurysms")
    first[:] = 0.0  # a student's in-place edit
    assert images.load_medical_image("microaneurysms").std() > 0.01
    info = images.image_info("retina")
    info["title"] = "changed"
    assert images.MEDICAL_IMAGES["retina"]["title"] != "changed"


# --- properties (Hypothesis) ------------------------------------------------------------------------------------

shapes = st.one_of(
    st.tuples(st.integers(2, 7), st.integers(2, 7)),
    st.tuples(st.integers(1, 4), st.integers(2, 7), st.integers(2, 7)),
    st.tuples(st.integers(1, 3), st.sampled_from([1, 3]), st.integers(5, 7), st.integers(5, 7)),
)


@settings(max_examples=40, deadline=None)
@given(shape=shapes, seed=st.integers(0, 2**16))
def test_flip_twice_is_the_identity_and_zero_shift_changes_nothing(shape, seed):
    x = np.random.default_rng(seed).random(shape)
    try:
        layout = images.image_layout(x)
    except ValueError as err:  # an ambiguous shape: refused with the two readings, never guessed
        assert "layout=" in str(err)
        return
    np.testing.assert_array_equal(images.flip_images(images.flip_images(x)), x)
    np.testing.assert_array_equal(images.shift_images(x, 0, 0), x)
    np.testing.assert_allclose(images.rotate_images(x, 0), x, atol=1e-12)
    assert images.random_augment(x, max_shift=1, seed=seed, layout=layout).shape == x.shape


@settings(max_examples=60, deadline=None)
@given(shape=st.lists(st.integers(0, 6), min_size=0, max_size=6))
def test_image_layout_either_answers_or_explains(shape):
    try:
        layout = images.image_layout(np.zeros(shape))
    except ValueError as err:
        assert str(shape[0] if shape else "") in str(err) and ("layout" in str(err) or "-D" in str(err))
    else:
        assert len(layout) == len(shape) and layout in images.LAYOUTS


@settings(max_examples=80, deadline=None)
@given(n=st.integers(-3, 60), k=st.integers(-2, 9), p=st.integers(-2, 4), s=st.integers(-1, 4),
       d=st.integers(-1, 3))
def test_output_size_matches_torch_or_says_why(n, k, p, s, d):
    import torch.nn.functional as F

    try:
        size = images.output_size(n, k, padding=p, stride=s, dilation=d)
    except ValueError as err:
        assert re.search(r"must be >= |does not fit", str(err))
        return
    out = F.conv2d(torch.zeros(1, 1, n, 1), torch.zeros(1, 1, k, 1), padding=(p, 0), stride=(s, 1),
                   dilation=(d, 1))
    assert size == out.shape[2]


@settings(max_examples=40, deadline=None)
@given(layers=st.lists(st.tuples(st.integers(1, 7), st.integers(1, 3)), min_size=1, max_size=8))
def test_receptive_field_grows_and_accepts_any_sequence(layers):
    growth = images.receptive_field_growth(layers)
    assert growth == sorted(growth) and growth[0] == layers[0][0]
    assert images.receptive_field(zip(*zip(*layers))) == growth[-1] == images.receptive_field(np.array(layers))
