"""Image utilities for the convolution and medical-imaging notebooks (07, 09): no torchvision needed.

- :func:`load_medical_image` – real medical images that ship offline inside scikit-image, as grey
  (or colour) float arrays in [0, 1], optionally downscaled.
- :func:`output_size`, :func:`receptive_field`, :func:`receptive_field_growth` – the arithmetic of
  convolution layers (output size, how much of the image one output pixel "sees").
- :func:`shift_images`, :func:`flip_images`, :func:`rotate_images`, :func:`random_augment` and
  :class:`AugmentedLoader` – data augmentation for NumPy arrays or torch tensors, in any of the layouts
  below (:func:`image_layout` says which one an array has).

Layouts (:data:`LAYOUTS`; H = height, W = width, N = images, C = channels). Every augmentation function
accepts all of them, moves the channels of one image together, and returns the same layout:

======== ============================================ ==============================================
layout   shape                                        typical source
======== ============================================ ==============================================
``HW``   ``(H, W)``: one grey image                    ``load_medical_image(name)``
``HWC``  ``(H, W, C)``, C = 1, 3 (RGB) or 4 (RGBA)     ``load_medical_image(name, channel="rgb")``
``CHW``  ``(C, H, W)``: one image, PyTorch order       a tensor from torchvision (pass ``layout="CHW"``)
``NHW``  ``(N, H, W)``: N grey images                  ``load_digits().images``
``NCHW`` ``(N, C, H, W)``: PyTorch batch               ``torch.as_tensor(X[:, None])``
``NHWC`` ``(N, H, W, C)``: N colour images             MedMNIST colour sets
======== ============================================ ==============================================

The layout is read from the shape (:func:`image_layout` gives the rules); a shape that fits two layouts
(``(2, 8, 3)``, ``(n, 3, 4, 4)``) is refused with a message naming both, and ``layout=`` settles it.

Convention: like PyTorch, "convolution" here means cross-correlation (the kernel is not flipped), and
images are indexed ``[row, column]`` = ``[y, x]`` with row 0 at the top.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from .i18n import N_, tr
from .validation import as_array, check_bool, check_int, check_number, check_positive, describe, shape_of

#: The medical images of scikit-image that load without a network (name -> description).
MEDICAL_IMAGES: dict[str, dict[str, Any]] = {
    "retina": {
        "title": N_("Fundus photograph of a normal left eye"),
        "modality": N_("colour fundus photography (RGB)"),
        "original_shape": (1411, 1411, 3),
        "pixel_size": None,
        "source": "Mikael Häggström, Wikimedia Commons (skimage.data.retina)",
        "licence": N_("CC0 (public domain)"),
        "shows": N_("optic disc (bright, left), macula (dark, centre), branching retinal vessels"),
    },
    "immunohistochemistry": {
        "title": N_("Colonic glands, immunohistochemistry"),
        "modality": N_("bright-field microscopy of a stained tissue section (RGB)"),
        "original_shape": (512, 512, 3),
        "pixel_size": None,
        "source": "Center for Microscopy And Molecular Imaging (skimage.data.immunohistochemistry)",
        "licence": N_("no known copyright restrictions"),
        "shows": N_("FHL2 protein revealed in brown (DAB), nuclei counterstained in blue (hematoxylin)"),
    },
    "cell": {
        "title": N_("A cell floating in saline"),
        "modality": N_("quantitative phase image from a digital hologram (grey)"),
        "original_shape": (660, 550),
        "pixel_size": N_("0.107 µm"),
        "source": "Müller et al., qpformat (skimage.data.cell)",
        "licence": N_("CC0 (public domain)"),
        "shows": N_("one round cell brighter than the background, with a banding artefact in the background"),
    },
    "microaneurysms": {
        "title": N_("Retina with microaneurysms (diabetic retinopathy)"),
        "modality": N_("crop of a fundus photograph, green channel (grey)"),
        "original_shape": (102, 102),
        "pixel_size": None,
        "source": "High-Resolution Fundus database, Budai et al. 2013 (skimage.data.microaneurysms)",
        "licence": N_("CC0 (public domain)"),
        "shows": N_("small dark dots (microaneurysms) next to vessels"),
    },
}
_TRANSLATED_INFO = ("title", "modality", "pixel_size", "licence", "shows")
_ALIASES = {"ihc": "immunohistochemistry", "fundus": "retina"}
_CHANNELS = ("grey", "rgb", "red", "green", "blue")
_CHANNEL_ALIASES = {"gray": "grey", "colour": "rgb", "color": "rgb"}


def image_info(name: str) -> dict[str, Any]:
    """Describe one of :data:`MEDICAL_IMAGES` (title, modality, source, licence, pixel size, what it shows), in the
    course's language."""
    key = _image_key(name)
    info = dict(MEDICAL_IMAGES[key])
    for field in _TRANSLATED_INFO:
        if info[field] is not None:
            info[field] = tr(info[field])
    return {"name": key, **info}


def _image_key(name: Any) -> str:
    if not isinstance(name, str):
        raise TypeError(tr("name must be the name of an image, a string such as 'retina', got {received}.",
                           received=describe(name)))
    key = _ALIASES.get(name.strip().lower(), name.strip().lower())
    if key not in MEDICAL_IMAGES:
        raise ValueError(tr("unknown image {name}; choose one of {names} (aliases: {aliases}).", name=repr(name),
                            names=sorted(MEDICAL_IMAGES), aliases=sorted(_ALIASES)))
    return key


@lru_cache(maxsize=8)
def _raw_image(key: str) -> np.ndarray:
    """The original 8-bit image, read once per session (read-only)."""
    import skimage.data

    raw = getattr(skimage.data, key)()
    raw.setflags(write=False)
    return raw


def load_medical_image(name: str, size: int | None = None, channel: str = "grey") -> np.ndarray:
    """Load a real medical image bundled with scikit-image (no network), as floats in [0, 1].

    Args:
        name: one of ``"retina"``, ``"immunohistochemistry"`` (alias ``"ihc"``), ``"cell"``,
            ``"microaneurysms"`` (see :data:`MEDICAL_IMAGES`).
        size: if given, downscale (with anti-aliasing) so that the longest side is ``size`` pixels,
            keeping the aspect ratio; ``None`` keeps the original resolution. Never upscales.
        channel: ``"grey"`` (luminance, the default; ``"gray"`` works too), ``"rgb"``, or one colour channel
            ``"red"``, ``"green"``, ``"blue"`` (the green channel shows retinal vessels best). Grey images
            accept ``"grey"`` only.

    Returns:
        float64 array of shape ``(height, width)`` (grey or one channel) or ``(height, width, 3)`` (RGB),
        values in [0, 1] (0 = black).
    """
    key = _image_key(name)
    channel = _check_channel(channel)
    if size is not None:
        size = check_int(size, "size", minimum=4)
    from skimage import color, transform

    image = _raw_image(key).astype(np.float64) / 255.0
    if image.ndim == 2:
        if channel != "grey":
            raise ValueError(tr("{name} is a grey image: use channel='grey', got channel={channel}.", name=repr(key),
                                channel=repr(channel)))
    elif channel == "grey":
        image = color.rgb2gray(image)
    elif channel != "rgb":
        image = image[..., ("red", "green", "blue").index(channel)]
    if size is not None:
        longest = max(image.shape[:2])
        if size > longest:
            raise ValueError(tr("size={size} is larger than the image ({longest} pixels on its longest side): use "
                                "size <= {longest}, or size=None for the original.", size=size, longest=longest))
        scale = size / longest
        shape = tuple(max(1, round(s * scale)) for s in image.shape[:2]) + image.shape[2:]
        image = transform.resize(image, shape, anti_aliasing=True, preserve_range=True)
    return np.clip(image, 0.0, 1.0)


def _check_channel(channel: Any) -> str:
    if not isinstance(channel, str):
        raise TypeError(tr("channel must be one of {choices}, got {received}.", choices=list(_CHANNELS),
                           received=describe(channel)))
    key = _CHANNEL_ALIASES.get(channel.lower(), channel.lower())
    if key not in _CHANNELS:
        raise ValueError(tr("channel must be one of {choices}, got {received}.", choices=list(_CHANNELS),
                            received=repr(channel)))
    return key


def output_size(n: int, kernel_size: int, padding: int = 0, stride: int = 1, dilation: int = 1) -> int:
    """Size of a convolution's (or pooling's) output along one axis.

    ``floor((n + 2 * padding - dilation * (kernel_size - 1) - 1) / stride) + 1``; with ``dilation=1``
    this is the familiar ``floor((n + 2p - k) / s) + 1``.

    Args:
        n: input size in pixels (>= 1).
        kernel_size: kernel size k in pixels (>= 1).
        padding: zeros added on each side (>= 0).
        stride: step between two kernel positions (>= 1).
        dilation: spacing between kernel taps (>= 1; 1 = an ordinary kernel).

    Returns:
        The output size in pixels (>= 1).

    Raises:
        ValueError: the kernel does not fit in the padded input.
    """
    for value, arg in ((n, "n"), (kernel_size, "kernel_size"), (padding, "padding"), (stride, "stride"),
                       (dilation, "dilation")):
        if isinstance(value, (tuple, list)):
            raise TypeError(tr("{name} must be one whole number (output_size works along one axis), got {received} "
                               "{value}. For a non-square kernel, call output_size once per axis: "
                               "output_size(height, 3, ...) and output_size(width, 5, ...).", name=arg,
                               received=describe(value), value=repr(tuple(value))))
    n = check_int(n, "n", minimum=1)
    kernel_size = check_int(kernel_size, "kernel_size", minimum=1)
    padding = check_int(padding, "padding", minimum=0)
    stride = check_int(stride, "stride", minimum=1)
    dilation = check_int(dilation, "dilation", minimum=1)
    span = dilation * (kernel_size - 1) + 1
    if n + 2 * padding < span:
        raise ValueError(tr("a kernel spanning {span} pixels does not fit in an input of {n} pixels padded by "
                            "{padding} on each side ({total} pixels): use a smaller kernel or more padding.",
                            span=span, n=n, padding=padding, total=n + 2 * padding))
    return (n + 2 * padding - span) // stride + 1


def _check_layers(layers: Any) -> list[tuple[int, int]]:
    example = tr("e.g. [(3, 1), (2, 2)] for a 3x3 convolution then a 2x2 pooling")
    if isinstance(layers, np.ndarray) and layers.ndim == 2:
        layers = layers.tolist()
    if isinstance(layers, (str, bytes, dict, set)) or layers is None or not hasattr(layers, "__iter__"):
        raise TypeError(tr("layers must be a list of (kernel_size, stride) pairs, {example}, got {received}.",
                           example=example, received=describe(layers)))
    layers = list(layers)  # a tuple, or zip(kernel_sizes, strides), is fine too
    if len(layers) == 0:
        raise ValueError(tr("layers is empty: it needs at least one (kernel_size, stride) pair, {example}.",
                            example=example))
    if len(layers) == 2 and all(isinstance(v, (int, np.integer)) for v in layers):
        raise TypeError(tr("layers must be a list of pairs, got one pair {pair}: write [{pair}] for a single layer.",
                           pair=repr(tuple(layers))))
    checked = []
    for i, layer in enumerate(layers):
        if isinstance(layer, np.ndarray):
            layer = layer.tolist()
        if not isinstance(layer, (tuple, list)) or len(layer) != 2:
            raise TypeError(tr("layers[{i}] must be a (kernel_size, stride) pair such as (3, 1), got {received} "
                               "{value}.", i=i, received=describe(layer), value=repr(layer)[:150]))
        checked.append((check_int(layer[0], f"layers[{i}] kernel_size", minimum=1),
                        check_int(layer[1], f"layers[{i}] stride", minimum=1)))
    return checked


def receptive_field_growth(layers: Sequence[tuple[int, int]]) -> list[int]:
    """Receptive field after each layer of a stack of convolutions and poolings.

    The receptive field is the width (in input pixels) of the square patch of the input that one output
    pixel depends on. Each layer with kernel ``k`` and stride ``s`` adds ``(k - 1) * j`` pixels, where the
    "jump" ``j`` is the product of the strides of the layers before it: ``r <- r + (k - 1) * j``,
    ``j <- j * s`` (starting from ``r = 1``, ``j = 1``).

    Args:
        layers: ``(kernel_size, stride)`` per layer, in order, e.g. ``[(3, 1), (3, 1), (2, 2)]`` for two
            3x3 convolutions and a 2x2 max-pooling (a list, a tuple, ``zip(kernels, strides)`` or an array of
            shape ``(n_layers, 2)``).

    Returns:
        list of ints, one per layer: the receptive field (pixels) after that layer.
    """
    r, jump, out = 1, 1, []
    for kernel, stride in _check_layers(layers):
        r += (kernel - 1) * jump
        jump *= stride
        out.append(r)
    return out


def receptive_field(layers: Sequence[tuple[int, int]]) -> int:
    """Receptive field (pixels) of the last layer of a stack; see :func:`receptive_field_growth`.

    Example: ``receptive_field([(3, 1)] * 50) == 101`` (fifty 3x3 convolutions see 101 x 101 pixels).
    """
    return receptive_field_growth(layers)[-1]


# ---------------------------------------------------------------------------------------------------------
# Image layouts
# ---------------------------------------------------------------------------------------------------------

#: The array layouts the augmentation functions accept. H = height, W = width (pixels), N = number of images,
#: C = channels (1 grey, 3 RGB colour, 4 RGBA colour).
LAYOUTS: dict[str, str] = {
    "HW": N_("one grey image (H, W)"),
    "HWC": N_("one colour image, channels last (H, W, C), as load_medical_image(channel='rgb') and plt.imread give"),
    "CHW": N_("one image, channels first (C, H, W), the PyTorch order"),
    "NHW": N_("N grey images (N, H, W)"),
    "NCHW": N_("N images, channels first (N, C, H, W), the PyTorch order"),
    "NHWC": N_("N colour images, channels last (N, H, W, C)"),
}
_COLOUR_LAST = (1, 3, 4)  # channel counts recognised on the last axis without being told (grey, RGB, RGBA)


def _ambiguous(shape: tuple[int, ...], readings: dict[str, str], name: str) -> ValueError:
    options = tr(", or ").join(f"{text} (layout={key!r})" for key, text in readings.items())
    return ValueError(tr("{name} has shape {shape}, which could be {options}. Say which with layout={first} or "
                         "layout={last}.", name=name, shape=shape, options=options, first=repr(next(iter(readings))),
                         last=repr(list(readings)[-1])))


def image_layout(images: Any, layout: str | None = None, name: str = "images") -> str:
    """Which layout (see :data:`LAYOUTS`) an array of images has, read from its shape.

    The rules, for a NumPy array or torch tensor of shape...

    - ``(H, W)``: ``"HW"``, one grey image;
    - ``(a, b, c)``: ``"HWC"`` (one colour image) when the last axis has 1 entry, or 3 or 4 entries (RGB, RGBA)
      with both other axes longer; ``"NHW"`` (N grey images) otherwise, e.g. ``(16, 3, 3)`` (sixteen 3 x 3
      kernels) or ``(450, 8, 8)``. A shape such as ``(2, 8, 3)`` (two grey 8 x 3 images, or one 2 x 8 colour
      image) is refused: pass ``layout``;
    - ``(n, b, c, d)``: ``"NCHW"`` (PyTorch order), unless the last axis has 1, 3 or 4 entries and axis 1
      does not (``(n, 28, 28, 3)``: ``"NHWC"``). When both could be channels (``(n, 3, 4, 4)``) pass ``layout``.

    A single colour image in PyTorch order ``(3, H, W)`` is read as three grey images (the same result for
    shifts, flips and one rotation angle); pass ``layout="CHW"`` for :func:`random_augment`.

    Args:
        images: the array (only its shape is read).
        layout: a layout you know (one of :data:`LAYOUTS`); it is checked against the shape and returned.
        name: the argument's name, used in error messages.

    Returns:
        One of the keys of :data:`LAYOUTS`.
    """
    shape = shape_of(images)
    if shape is None or isinstance(images, (str, bytes)):
        raise TypeError(tr("{name} must be an array or tensor of pixel values, got {received}.", name=name,
                           received=describe(images)))
    return _layout_from_shape(shape, layout, name)


def _layout_from_shape(shape: tuple[int, ...], layout: str | None, name: str) -> str:
    if layout is not None:
        if not isinstance(layout, str):
            raise TypeError(tr("layout must be one of {choices} (a text) or None, got {received}.",
                               choices=list(LAYOUTS), received=describe(layout)))
        if layout.upper() not in LAYOUTS:
            raise ValueError(tr("layout must be one of {choices} (None: read it from the shape), got {received}.",
                                choices=list(LAYOUTS), received=repr(layout)))
        layout = layout.upper()
        if len(layout) != len(shape):
            raise ValueError(tr("layout={layout} ({meaning}) needs a {ndim}-D array, but {name} has shape {shape} "
                                "({got}-D).", layout=repr(layout), meaning=tr(LAYOUTS[layout]), ndim=len(layout),
                                name=name, shape=shape, got=len(shape)))
        return layout
    if len(shape) == 2:
        return "HW"
    if len(shape) == 3:
        a, b, c = shape
        if c == 1 or (c in _COLOUR_LAST and b > c and a > c):
            return "HWC"
        if c in _COLOUR_LAST and b > c:  # a <= c: a few tall thin grey images, or one small colour image
            raise _ambiguous(shape, {"NHW": tr("{n} grey images of {h} x {w} pixels", n=a, h=b, w=c),
                                     "HWC": tr("one colour image of {h} x {w} pixels with {c} channels", h=a, w=b,
                                               c=c)}, name)
        return "NHW"
    if len(shape) == 4:
        b, d = shape[1], shape[3]
        if d in _COLOUR_LAST and (b not in _COLOUR_LAST or (d == 1 and b != 1)):
            return "NHWC"
        if b in _COLOUR_LAST and d in _COLOUR_LAST and b != 1:
            raise _ambiguous(shape, {"NCHW": tr("{n} images with {c} channels of {h} x {w} pixels", n=shape[0], c=b,
                                                h=shape[2], w=d),
                                     "NHWC": tr("{n} images of {h} x {w} pixels with {c} channels", n=shape[0], h=b,
                                                w=shape[2], c=d)},
                             name)
        return "NCHW"
    fix = {0: N_("A single number is not an image."),
           1: N_("A single row of pixels is not an image: reshape it, e.g. x.reshape(8, 8) for 64 pixels.")}
    hint = fix.get(len(shape), N_("Remove the extra axes of length 1, e.g. x.squeeze()."))
    raise ValueError(tr("{name} must be one image (H, W) or (H, W, 3), or a batch (N, H, W), (N, C, H, W) or "
                        "(N, H, W, 3), got {ndim}-D with shape {shape}. {hint}", name=name, ndim=len(shape),
                        shape=shape, hint=tr(hint)))


def _pixels(images: Any, name: str) -> tuple[Any, bool]:
    """``images`` as a float torch tensor and whether it was a tensor; checked: numbers, not empty, no NaN.

    The tensor may share memory with the caller's array: the augmentations only read it (never in place).
    """
    import torch

    is_tensor = isinstance(images, torch.Tensor)
    if is_tensor:
        tensor = images.detach()
        if tensor.is_complex():
            raise TypeError(tr("{name} must hold real pixel values, got a complex tensor ({dtype}).", name=name,
                               dtype=tensor.dtype))
        if not torch.is_floating_point(tensor) or tensor.dtype in (torch.float16, torch.bfloat16):
            tensor = tensor.float()
    else:
        if isinstance(images, (list, tuple)) and len(images) > 1:
            shapes = {tuple(np.shape(im)) for im in images}
            if len(shapes) > 1:
                raise ValueError(tr("{name} is a list of images of different sizes {sizes}: a batch needs images "
                                    "of one size. Crop or resize them first, or call this function once per image.",
                                    name=name, sizes=sorted(shapes)[:4]))
        arr = as_array(images, name, dtype=None, allow_nan=True)
        if arr.dtype.kind not in "biuf":
            raise TypeError(tr("{name} must hold numbers (pixel values), got values of type {dtype} (shape "
                               "{shape}). Load the pixels first, e.g. load_medical_image(...).", name=name,
                               dtype=arr.dtype, shape=arr.shape))
        if arr.dtype not in (np.float32, np.float64):
            arr = arr.astype(np.float64)  # integers, booleans, float16: compute in float64
        tensor = torch.from_numpy(np.ascontiguousarray(arr) if arr.ndim else arr.copy())  # (ascontiguousarray: >= 1-D)
    if tensor.numel() == 0:
        raise ValueError(tr("{name} is empty (shape {shape}): it needs at least one image.", name=name,
                            shape=tuple(tensor.shape)))
    bad = int((~torch.isfinite(tensor)).sum())
    if bad:
        raise ValueError(tr("{name} contains {bad} missing (NaN) or infinite pixel value(s) out of {total}: every "
                            "pixel needs a number. Replace them first, e.g. np.nan_to_num(x) or torch.nan_to_num(x).",
                            name=name, bad=bad, total=tensor.numel()))
    return tensor, is_tensor


def _to_batch(images: Any, name: str = "images", layout: str | None = None) -> tuple[Any, Any]:
    """Return ``images`` as a 4-D float torch tensor (N, C, H, W) and a function turning a result back."""
    tensor, is_tensor = _pixels(images, name)
    layout = _layout_from_shape(tuple(tensor.shape), layout, name)
    to_nchw = {"HW": lambda t: t[None, None], "HWC": lambda t: t.permute(2, 0, 1)[None], "CHW": lambda t: t[None],
               "NHW": lambda t: t[:, None], "NCHW": lambda t: t, "NHWC": lambda t: t.permute(0, 3, 1, 2)}
    from_nchw = {"HW": lambda t: t[0, 0], "HWC": lambda t: t[0].permute(1, 2, 0), "CHW": lambda t: t[0],
                 "NHW": lambda t: t[:, 0], "NCHW": lambda t: t, "NHWC": lambda t: t.permute(0, 2, 3, 1)}
    batch = to_nchw[layout](tensor)
    if min(batch.shape[-2:]) < 2:
        raise ValueError(tr("{name} must be at least 2 x 2 pixels, got shape {shape} read as {meaning}. If that "
                            "reading is wrong, pass layout= (one of {choices}).", name=name, shape=tuple(tensor.shape),
                            meaning=tr(LAYOUTS[layout]), choices=list(LAYOUTS)))

    def back(result: Any) -> Any:
        result = from_nchw[layout](result).contiguous()
        return result if is_tensor else result.numpy()

    return batch, back


# ---------------------------------------------------------------------------------------------------------
# Data augmentation
# ---------------------------------------------------------------------------------------------------------


def _rng(seed: Any) -> np.random.Generator:
    if isinstance(seed, np.random.Generator):
        return seed
    if seed is None:
        return np.random.default_rng()
    return np.random.default_rng(check_int(seed, "seed", minimum=0))


def shift_images(images: Any, dy: int, dx: int, fill: float = 0.0, layout: str | None = None) -> Any:
    """Move images by whole pixels, filling the uncovered border with ``fill``.

    Args:
        images: NumPy array or torch tensor in one of the :data:`LAYOUTS`: ``(H, W)``, ``(H, W, 3)``,
            ``(N, H, W)``, ``(N, C, H, W)`` or ``(N, H, W, 3)``; every channel moves together.
        dy: pixels down (negative = up).
        dx: pixels right (negative = left).
        fill: value of the pixels that enter the image (0 = black).
        layout: only for an ambiguous shape (see :func:`image_layout`).

    Returns:
        Same type, shape and layout as ``images`` (a new array; pixels pushed out of the frame are lost).
    """
    dy, dx = check_int(dy, "dy"), check_int(dx, "dx")
    fill = check_number(fill, tr("fill (the pixel value of the uncovered border)"))
    batch, back = _to_batch(images, layout=layout)
    h, w = batch.shape[-2:]
    out = batch.new_full(batch.shape, fill)
    if abs(dy) < h and abs(dx) < w:
        src_y, dst_y = slice(max(0, -dy), h - max(0, dy)), slice(max(0, dy), h - max(0, -dy))
        src_x, dst_x = slice(max(0, -dx), w - max(0, dx)), slice(max(0, dx), w - max(0, -dx))
        out[..., dst_y, dst_x] = batch[..., src_y, src_x]
    return back(out)


def flip_images(images: Any, horizontal: bool = True, layout: str | None = None) -> Any:
    """Mirror images left-right (``horizontal=True``) or top-bottom (``horizontal=False``).

    Beware anatomy: a left-right flipped chest X-ray shows the heart on the wrong side.

    Args:
        images: NumPy array or torch tensor in one of the :data:`LAYOUTS` (a colour image ``(H, W, 3)`` keeps
            its colours: only rows or columns are reversed).
        horizontal: True for left-right, False for top-bottom.
        layout: only for an ambiguous shape (see :func:`image_layout`).

    Returns:
        Same type, shape and layout as ``images``.
    """
    horizontal = check_bool(horizontal, "horizontal")
    batch, back = _to_batch(images, layout=layout)
    return back(batch.flip(-1 if horizontal else -2))


def _affine(batch: Any, degrees: Any, dy: Any, dx: Any, fill: float) -> Any:
    """Shift each image by (dy[i], dx[i]) pixels, then rotate it by ``degrees[i]`` about the image centre."""
    import torch
    import torch.nn.functional as F

    n, _, h, w = batch.shape
    kind = {"dtype": batch.dtype, "device": batch.device}
    theta = torch.as_tensor(np.deg2rad(degrees), **kind)
    cos, sin = torch.cos(theta), torch.sin(theta)
    # affine_grid maps output coordinates (normalised to [-1, 1]) to input coordinates; aspect ratio kept
    mat = torch.zeros((n, 2, 3), **kind)
    mat[:, 0, 0], mat[:, 0, 1] = cos, -sin * h / w
    mat[:, 1, 0], mat[:, 1, 1] = sin * w / h, cos
    mat[:, 0, 2] = -2.0 * torch.as_tensor(dx, **kind) / w
    mat[:, 1, 2] = -2.0 * torch.as_tensor(dy, **kind) / h
    grid = F.affine_grid(mat, list(batch.shape), align_corners=False)
    moved = F.grid_sample(batch - fill, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    return moved + fill


def rotate_images(images: Any, degrees: float | Sequence[float], fill: float = 0.0,
                  layout: str | None = None) -> Any:
    """Rotate images anticlockwise about their centre (bilinear interpolation), corners filled with ``fill``.

    Args:
        images: NumPy array or torch tensor in one of the :data:`LAYOUTS`; every channel turns together.
        degrees: one angle for all images, or one per image (length N), in degrees.
        fill: value of the pixels that enter the image (0 = black).
        layout: only for an ambiguous shape (see :func:`image_layout`).

    Returns:
        Same type, shape and layout as ``images`` (float).
    """
    fill = check_number(fill, tr("fill (the pixel value of the uncovered border)"))
    batch, back = _to_batch(images, layout=layout)
    n = batch.shape[0]
    if isinstance(degrees, (bool, np.bool_)):
        raise TypeError(tr("degrees must be an angle in degrees such as 90, got {received}.",
                           received=describe(degrees)))
    angles = as_array(degrees, "degrees")
    if angles.ndim == 0 or angles.size == 1:
        angles = np.full(n, float(angles.ravel()[0]))
    elif angles.shape != (n,):
        raise ValueError(tr("degrees must be one angle, or one angle per image ({n} image(s)), got shape {shape}.",
                            n=n, shape=angles.shape))
    zeros = np.zeros(n)
    return back(_affine(batch, angles, zeros, zeros, fill))


def random_augment(images: Any, max_shift: int = 1, max_degrees: float = 0.0, hflip: bool = False,
                   vflip: bool = False, seed: int | np.random.Generator | None = None,
                   layout: str | None = None) -> Any:
    """Random shifts, small rotations and flips, drawn independently for every image (data augmentation).

    Args:
        images: NumPy array or torch tensor in one of the :data:`LAYOUTS`, e.g. ``(N, H, W)``,
            ``(N, C, H, W)`` or one image ``(H, W)`` / ``(H, W, 3)``. The channels of one image move together.
        max_shift: each image moves by a whole number of pixels in [-max_shift, max_shift] along each axis.
        max_degrees: each image turns by an angle drawn uniformly in [-max_degrees, max_degrees].
        hflip: mirror left-right with probability 1/2 (only where left and right mean nothing).
        vflip: mirror top-bottom with probability 1/2.
        seed: an int, a ``numpy.random.Generator`` (advanced at each call: new draws each epoch) or None.
        layout: for an ambiguous shape (see :func:`image_layout`); a ``(3, H, W)`` array needs it here
            (three grey images ``"NHW"``, or one colour image in PyTorch order ``"CHW"``), since each image
            gets its own random draw.

    Returns:
        Same type, shape and layout as ``images``; new values, the input is not modified. Borders are filled
        with 0.
    """
    max_shift = check_int(max_shift, "max_shift", minimum=0)
    max_degrees = check_positive(max_degrees, "max_degrees", allow_zero=True)
    hflip, vflip = check_bool(hflip, "hflip"), check_bool(vflip, "vflip")
    rng = _rng(seed)
    shape = tuple(images.shape) if hasattr(images, "shape") else tuple(np.shape(images))
    if layout is None and len(shape) == 3 and shape[0] == 3 and _layout_from_shape(shape, None, "images") == "NHW":
        raise _ambiguous(shape, {"NHW": tr("{n} grey images of {h} x {w} pixels", n=shape[0], h=shape[1], w=shape[2]),
                                 "CHW": tr("one image with {c} channels, PyTorch order", c=shape[0])}, "images")
    batch, back = _to_batch(images, layout=layout)
    n = batch.shape[0]
    dy = rng.integers(-max_shift, max_shift + 1, size=n)
    dx = rng.integers(-max_shift, max_shift + 1, size=n)
    angles = rng.uniform(-max_degrees, max_degrees, size=n)
    out = batch.clone()
    for flag, axis in ((hflip, -1), (vflip, -2)):
        if flag:
            chosen = np.flatnonzero(rng.random(n) < 0.5).tolist()
            out[chosen] = out[chosen].flip(axis)
    if max_shift > 0 or max_degrees > 0:
        out = _affine(out, angles, dy, dx, 0.0)
    return back(out)


class AugmentedLoader:
    """Mini-batches of ``(augmented images, labels)``, with fresh random augmentations at every epoch.

    Pass it to :func:`course_utils.training.fit` as ``train``; iterate over it like a ``DataLoader``.

    Args:
        X: float tensor of images, shape ``(N, C, H, W)`` or ``(N, H, W)`` (or ``(N, H, W, 3)``; see
            :data:`LAYOUTS`), read once here so that every batch keeps the same layout.
        y: tensor of labels, shape ``(N, ...)``.
        batch_size: images per mini-batch.
        seed: seeds the shuffling and the augmentations (same seed, same batches).
        **augment: keyword arguments of :func:`random_augment` (``max_shift``, ``max_degrees``, ``hflip``,
            ``vflip``, ``layout``).
    """

    def __init__(self, X: Any, y: Any, batch_size: int = 32, seed: int = 0, **augment: Any) -> None:
        import torch

        if not (isinstance(X, torch.Tensor) and isinstance(y, torch.Tensor)):
            raise TypeError(tr("X and y must be torch tensors, got X: {x} and y: {y}. Convert them with "
                               "training.to_tensors(X, y).", x=describe(X), y=describe(y)))
        unknown = set(augment) - {"max_shift", "max_degrees", "hflip", "vflip", "layout"}
        if unknown:
            raise TypeError(tr("unknown augmentation option(s) {unknown}; use max_shift, max_degrees, hflip, vflip or "
                               "layout.", unknown=sorted(unknown)))
        if y.ndim == 0 or X.ndim == 0:
            raise ValueError(tr("X and y must hold one entry per image, got shapes {x} and {y}.",
                                x=tuple(X.shape), y=tuple(y.shape)))
        if len(X) != len(y):
            raise ValueError(tr("X and y must have the same number of samples, got {x} and {y}.", x=len(X),
                                y=len(y)))
        layout = _layout_from_shape(tuple(X.shape), augment.get("layout"), "X")
        if not layout.startswith("N"):
            raise ValueError(tr("X must be a batch of images (N, H, W), (N, C, H, W) or (N, H, W, 3), got shape "
                                "{shape}, read as {meaning}. A table of numbers (N, features) cannot be shifted or "
                                "rotated; for images, reshape it, e.g. X.reshape(-1, 8, 8).", shape=tuple(X.shape),
                                meaning=tr(LAYOUTS[layout])))
        _pixels(X, "X")  # numbers, not empty, no NaN: checked once for the whole set
        self.X, self.y = X, y
        self.batch_size = check_int(batch_size, "batch_size", minimum=1)
        self.augment = {**augment, "layout": layout}
        self.rng = np.random.default_rng(check_int(seed, "seed", minimum=0))
        random_augment(X[:1], seed=0, **self.augment)  # validate the options now, not in the middle of training

    def __len__(self) -> int:
        return -(-len(self.X) // self.batch_size)

    def __iter__(self) -> Iterator[tuple[Any, Any]]:
        order = self.rng.permutation(len(self.X))
        for start in range(0, len(order), self.batch_size):
            idx = order[start:start + self.batch_size].tolist()
            yield random_augment(self.X[idx], seed=self.rng, **self.augment), self.y[idx]
