"""Image utilities for the convolution and medical-imaging notebooks (07, 09): no torchvision needed.

- :func:`load_medical_image` – real medical images that ship offline inside scikit-image, as grey
  (or colour) float arrays in [0, 1], optionally downscaled.
- :func:`output_size`, :func:`receptive_field`, :func:`receptive_field_growth` – the arithmetic of
  convolution layers (output size, how much of the image one output pixel "sees").
  the notebooks write their own, step by step.
- :func:`shift_images`, :func:`flip_images`, :func:`rotate_images`, :func:`random_augment` and
  :class:`AugmentedLoader` – data augmentation for NumPy arrays or torch tensors of shape ``(H, W)``,
  ``(N, H, W)`` or ``(N, C, H, W)``.

Convention: like PyTorch, "convolution" here means cross-correlation (the kernel is not flipped), and
images are indexed ``[row, column]`` = ``[y, x]`` with row 0 at the top.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from .validation import as_array, check_choice, check_int, check_positive

#: The medical images of scikit-image that load without a network (name -> description).
MEDICAL_IMAGES: dict[str, dict[str, Any]] = {
    "retina": {
        "title": "Fundus photograph of a normal left eye",
        "modality": "colour fundus photography (RGB)",
        "original_shape": (1411, 1411, 3),
        "pixel_size": None,
        "source": "Mikael Häggström, Wikimedia Commons (skimage.data.retina)",
        "licence": "CC0 (public domain)",
        "shows": "optic disc (bright, right), macula (dark, centre), branching retinal vessels",
    },
    "immunohistochemistry": {
        "title": "Colonic glands, immunohistochemistry",
        "modality": "bright-field microscopy of a stained tissue section (RGB)",
        "original_shape": (512, 512, 3),
        "pixel_size": None,
        "source": "Center for Microscopy And Molecular Imaging (skimage.data.immunohistochemistry)",
        "licence": "no known copyright restrictions",
        "shows": "FHL2 protein revealed in brown (DAB), nuclei counterstained in blue (hematoxylin)",
    },
    "cell": {
        "title": "A cell floating in saline",
        "modality": "quantitative phase image from a digital hologram (grey)",
        "original_shape": (660, 550),
        "pixel_size": "0.107 µm",
        "source": "Müller et al., qpformat (skimage.data.cell)",
        "licence": "CC0 (public domain)",
        "shows": "one round cell brighter than the background, with a banding artefact in the background",
    },
    "microaneurysms": {
        "title": "Retina with microaneurysms (diabetic retinopathy)",
        "modality": "crop of a fundus photograph, green channel (grey)",
        "original_shape": (102, 102),
        "pixel_size": None,
        "source": "High-Resolution Fundus database, Budai et al. 2013 (skimage.data.microaneurysms)",
        "licence": "CC0 (public domain)",
        "shows": "small dark dots (microaneurysms) next to vessels",
    },
}
_ALIASES = {"ihc": "immunohistochemistry", "fundus": "retina"}
_CHANNELS = ("grey", "rgb", "red", "green", "blue")


def image_info(name: str) -> dict[str, Any]:
    """Describe one of :data:`MEDICAL_IMAGES` (title, modality, source, licence, pixel size, what it shows)."""
    key = _image_key(name)
    return {"name": key, **MEDICAL_IMAGES[key]}


def _image_key(name: Any) -> str:
    if not isinstance(name, str):
        raise TypeError(f"name must be a string such as 'retina', got {type(name).__name__} {name!r}.")
    key = _ALIASES.get(name.lower(), name.lower())
    if key not in MEDICAL_IMAGES:
        raise ValueError(f"unknown image {name!r}; choose one of {sorted(MEDICAL_IMAGES)} "
                         f"(aliases: {sorted(_ALIASES)}).")
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
        channel: ``"grey"`` (luminance, the default), ``"rgb"``, or one colour channel ``"red"``,
            ``"green"``, ``"blue"`` (the green channel shows retinal vessels best). Grey images
            accept ``"grey"`` only.

    Returns:
        float64 array of shape ``(height, width)`` (grey or one channel) or ``(height, width, 3)`` (RGB),
        values in [0, 1] (0 = black).
    """
    key = _image_key(name)
    channel = check_choice(channel, "channel", _CHANNELS)
    from skimage import color, transform

    image = _raw_image(key).astype(np.float64) / 255.0
    if image.ndim == 2:
        if channel != "grey":
            raise ValueError(f"{key!r} is a grey image: use channel='grey', got channel={channel!r}.")
    elif channel == "grey":
        image = color.rgb2gray(image)
    elif channel != "rgb":
        image = image[..., ("red", "green", "blue").index(channel)]
    if size is not None:
        size = check_int(size, "size", minimum=4)
        longest = max(image.shape[:2])
        if size > longest:
            raise ValueError(f"size={size} is larger than the image ({longest} pixels on its longest side): "
                             f"use size <= {longest}, or size=None for the original.")
        scale = size / longest
        shape = tuple(max(1, round(s * scale)) for s in image.shape[:2]) + image.shape[2:]
        image = transform.resize(image, shape, anti_aliasing=True, preserve_range=True)
    return np.clip(image, 0.0, 1.0)


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
    n = check_int(n, "n", minimum=1)
    kernel_size = check_int(kernel_size, "kernel_size", minimum=1)
    padding = check_int(padding, "padding", minimum=0)
    stride = check_int(stride, "stride", minimum=1)
    dilation = check_int(dilation, "dilation", minimum=1)
    span = dilation * (kernel_size - 1) + 1
    if n + 2 * padding < span:
        raise ValueError(f"a kernel spanning {span} pixels does not fit in an input of {n} pixels padded by "
                         f"{padding} on each side ({n + 2 * padding} pixels): use a smaller kernel or more padding.")
    return (n + 2 * padding - span) // stride + 1


def _check_layers(layers: Any) -> list[tuple[int, int]]:
    if isinstance(layers, (str, bytes)) or not isinstance(layers, Sequence) or len(layers) == 0:
        raise TypeError("layers must be a non-empty list of (kernel_size, stride) pairs, e.g. [(3, 1), (2, 2)], "
                        f"got {layers!r}.")
    checked = []
    for i, layer in enumerate(layers):
        if not isinstance(layer, (tuple, list)) or len(layer) != 2:
            raise TypeError(f"layers[{i}] must be a (kernel_size, stride) pair such as (3, 1), got {layer!r}.")
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
            3x3 convolutions and a 2x2 max-pooling.

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
# Data augmentation
# ---------------------------------------------------------------------------------------------------------


def _to_batch(images: Any, name: str = "images") -> tuple[Any, Any]:
    """Return ``images`` as a 4-D torch tensor (N, C, H, W) and a function turning the result back."""
    import torch

    is_tensor = isinstance(images, torch.Tensor)
    if is_tensor:
        tensor = images.detach()
        if not torch.is_floating_point(tensor):
            tensor = tensor.float()
    else:
        arr = as_array(images, name, dtype=None)
        if arr.dtype not in (np.float32, np.float64):
            arr = as_array(arr, name, dtype=np.float64)  # integers, booleans, float16: compute in float64
        tensor = torch.from_numpy(np.ascontiguousarray(arr))
    ndim = tensor.ndim
    if ndim not in (2, 3, 4):
        raise ValueError(f"{name} must have shape (H, W), (N, H, W) or (N, C, H, W), got shape {tuple(tensor.shape)}.")
    if min(tensor.shape[-2:]) < 2:
        raise ValueError(f"{name} must be at least 2 x 2 pixels, got shape {tuple(tensor.shape)}.")
    if ndim == 2:  # one image
        batch = tensor.reshape(1, 1, *tensor.shape)
    elif ndim == 3:  # N grey images: one channel each
        batch = tensor.unsqueeze(1)
    else:
        batch = tensor

    def back(result: Any) -> Any:
        result = result.reshape(tensor.shape)
        return result if is_tensor else result.numpy()

    return batch, back


def _rng(seed: Any) -> np.random.Generator:
    if isinstance(seed, np.random.Generator):
        return seed
    if seed is None:
        return np.random.default_rng()
    return np.random.default_rng(check_int(seed, "seed", minimum=0))


def shift_images(images: Any, dy: int, dx: int, fill: float = 0.0) -> Any:
    """Move images by whole pixels, filling the uncovered border with ``fill``.

    Args:
        images: NumPy array or torch tensor of shape ``(H, W)``, ``(N, H, W)`` or ``(N, C, H, W)``.
        dy: pixels down (negative = up).
        dx: pixels right (negative = left).
        fill: value of the pixels that enter the image (0 = black).

    Returns:
        Same type and shape as ``images`` (a new array; pixels pushed out of the frame are lost).
    """
    dy, dx = check_int(dy, "dy"), check_int(dx, "dx")
    fill = float(fill)
    batch, back = _to_batch(images)
    h, w = batch.shape[-2:]
    out = batch.new_full(batch.shape, fill)
    if abs(dy) < h and abs(dx) < w:
        src_y, dst_y = slice(max(0, -dy), h - max(0, dy)), slice(max(0, dy), h - max(0, -dy))
        src_x, dst_x = slice(max(0, -dx), w - max(0, dx)), slice(max(0, dx), w - max(0, -dx))
        out[..., dst_y, dst_x] = batch[..., src_y, src_x]
    return back(out)


def flip_images(images: Any, horizontal: bool = True) -> Any:
    """Mirror images left-right (``horizontal=True``) or top-bottom (``horizontal=False``).

    Beware anatomy: a left-right flipped chest X-ray shows the heart on the wrong side.

    Args:
        images: NumPy array or torch tensor of shape ``(H, W)``, ``(N, H, W)`` or ``(N, C, H, W)``.

    Returns:
        Same type and shape as ``images``.
    """
    if not isinstance(horizontal, bool):
        raise TypeError(f"horizontal must be True or False, got {horizontal!r}.")
    batch, back = _to_batch(images)
    return back(batch.flip(-1 if horizontal else -2))


def _affine(batch: Any, degrees: Any, dy: Any, dx: Any, fill: float) -> Any:
    """Shift each image by (dy[i], dx[i]) pixels, then rotate it by ``degrees[i]`` about the image centre."""
    import torch
    import torch.nn.functional as F

    n, _, h, w = batch.shape
    theta = torch.as_tensor(np.deg2rad(degrees), dtype=batch.dtype)
    cos, sin = torch.cos(theta), torch.sin(theta)
    # affine_grid maps output coordinates (normalised to [-1, 1]) to input coordinates; aspect ratio kept
    mat = torch.zeros((n, 2, 3), dtype=batch.dtype)
    mat[:, 0, 0], mat[:, 0, 1] = cos, -sin * h / w
    mat[:, 1, 0], mat[:, 1, 1] = sin * w / h, cos
    mat[:, 0, 2] = -2.0 * torch.as_tensor(dx, dtype=batch.dtype) / w
    mat[:, 1, 2] = -2.0 * torch.as_tensor(dy, dtype=batch.dtype) / h
    grid = F.affine_grid(mat, list(batch.shape), align_corners=False)
    moved = F.grid_sample(batch - fill, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    return moved + fill


def rotate_images(images: Any, degrees: float | Sequence[float], fill: float = 0.0) -> Any:
    """Rotate images anticlockwise about their centre (bilinear interpolation), corners filled with ``fill``.

    Args:
        images: NumPy array or torch tensor of shape ``(H, W)``, ``(N, H, W)`` or ``(N, C, H, W)``.
        degrees: one angle for all images, or one per image (length N), in degrees.
        fill: value of the pixels that enter the image (0 = black).

    Returns:
        Same type and shape as ``images`` (float).
    """
    batch, back = _to_batch(images)
    n = batch.shape[0]
    angles = as_array(degrees, "degrees")
    if angles.ndim == 0:
        angles = np.full(n, float(angles))
    elif angles.shape != (n,):
        raise ValueError(f"degrees must be one number or one angle per image ({n}), got shape {angles.shape}.")
    zeros = np.zeros(n)
    return back(_affine(batch, angles, zeros, zeros, float(fill)))


def random_augment(images: Any, max_shift: int = 1, max_degrees: float = 0.0, hflip: bool = False,
                   vflip: bool = False, seed: int | np.random.Generator | None = None) -> Any:
    """Random shifts, small rotations and flips, drawn independently for every image (data augmentation).

    Args:
        images: NumPy array or torch tensor of shape ``(N, H, W)`` or ``(N, C, H, W)`` (or one ``(H, W)``).
        max_shift: each image moves by a whole number of pixels in [-max_shift, max_shift] along each axis.
        max_degrees: each image turns by an angle drawn uniformly in [-max_degrees, max_degrees].
        hflip: mirror left-right with probability 1/2 (only where left and right mean nothing).
        vflip: mirror top-bottom with probability 1/2.
        seed: an int, a ``numpy.random.Generator`` (advanced at each call: new draws each epoch) or None.

    Returns:
        Same type and shape as ``images``; new values, the input is not modified. Borders are filled with 0.
    """
    max_shift = check_int(max_shift, "max_shift", minimum=0)
    max_degrees = check_positive(max_degrees, "max_degrees", allow_zero=True)
    for flag, flag_name in ((hflip, "hflip"), (vflip, "vflip")):
        if not isinstance(flag, bool):
            raise TypeError(f"{flag_name} must be True or False, got {flag!r}.")
    rng = _rng(seed)
    batch, back = _to_batch(images)
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
        X: float tensor of images, shape ``(N, C, H, W)`` (or ``(N, H, W)``).
        y: tensor of labels, shape ``(N, ...)``.
        batch_size: images per mini-batch.
        seed: seeds the shuffling and the augmentations (same seed, same batches).
        **augment: keyword arguments of :func:`random_augment` (``max_shift``, ``max_degrees``, ``hflip``,
            ``vflip``).
    """

    def __init__(self, X: Any, y: Any, batch_size: int = 32, seed: int = 0, **augment: Any) -> None:
        import torch

        if not (isinstance(X, torch.Tensor) and isinstance(y, torch.Tensor)):
            raise TypeError("X and y must be torch tensors; convert them with training.to_tensors(X, y).")
        if len(X) != len(y):
            raise ValueError(f"X and y must have the same number of samples, got {len(X)} and {len(y)}.")
        unknown = set(augment) - {"max_shift", "max_degrees", "hflip", "vflip"}
        if unknown:
            raise TypeError(f"unknown augmentation option(s) {sorted(unknown)}; use max_shift, max_degrees, "
                            "hflip or vflip.")
        self.X, self.y = X, y
        self.batch_size = check_int(batch_size, "batch_size", minimum=1)
        self.augment = augment
        self.rng = np.random.default_rng(check_int(seed, "seed", minimum=0))
        random_augment(X[:1], seed=0, **augment)  # validate the options now, not in the middle of training

    def __len__(self) -> int:
        return -(-len(self.X) // self.batch_size)

    def __iter__(self) -> Iterator[tuple[Any, Any]]:
        order = self.rng.permutation(len(self.X))
        for start in range(0, len(order), self.batch_size):
            idx = order[start:start + self.batch_size].tolist()
            yield random_augment(self.X[idx], seed=self.rng, **self.augment), self.y[idx]
