"""Exercises of notebook 07 (convolutional neural networks): output sizes, parameter counts, a receptive field and
an edge detector of your own."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from course_utils import images
from course_utils.exercises.core import Exercise, array, describe, fail, integer, known_mistakes, number
from course_utils.i18n import N_, tr
from course_utils.i18n import number as in_prose

# --------------------------------------------------------------------------------------------------- helpers


def _one_count(value: Any, name: str, kind: str, several: str = N_("Give a single number.")) -> float:
    """The answer as a float, or a course message if it is several numbers (a shape, a list per layer...).

    ``kind`` and ``several`` are marked with ``N_`` where they are written and translated here."""
    shape = getattr(value, "shape", None)
    if (isinstance(value, (list, tuple)) and len(value) > 1
            or isinstance(shape, tuple) and math.prod(shape) > 1):
        fail(tr("`{name}` should be {kind}, but it is {received}. {several}", name=name, kind=tr(kind),
                received=describe(value), several=tr(several)))
    return number(value, name, kind)


# --------------------------------------------------------------------------------------------------- exercise 1

CT_SIDE, CT_KERNEL, CT_PADDING, CT_STRIDE = 512, 5, 2, 2
UNEVEN_STRIDE = 2
WIDTH = N_("one whole number (a width in pixels)")


def _size(n: float, k: float, p: float, s: float) -> int:
    return int((n + 2 * p - k) // s + 1)


def _output_sizes(uneven: Any, k_t: Any) -> dict[str, int]:
    return {
        "ct_out": images.output_size(CT_SIDE, CT_KERNEL, padding=CT_PADDING, stride=CT_STRIDE),
        "uneven_out": images.output_size(int(uneven.shape[-1]), int(k_t.shape[-1]), padding=0, stride=UNEVEN_STRIDE),
    }


def _judge_width(value: Any, name: str, want: int, mistakes: list[tuple[float, str]], other: str,
                 other_want: int) -> None:
    got = _one_count(value, name, WIDTH, N_("Give a single number: the width of the output (in a shape such as "
                                            "(batch, channels, height, width), the last number)."))
    if got == want:
        return
    known_mistakes(got, mistakes)
    if got != round(got):
        fail(tr("`{name}` has decimals, but a width counts whole pixels. The formula rounds *down* after dividing by "
                "the stride: use `//` (floor division) instead of `/`.", name=name))
    got = integer(got, name, WIDTH)
    if got == other_want:
        fail(tr("`{name}` looks like the answer to the other part of the exercise: did you swap `{name}` and "
                "`{other}`?", name=name, other=other))
    if got < 1:
        fail(tr("`{name}` = {got}, but an output is at least 1 pixel wide.", name=name, got=in_prose(got, "d")))
    if got > want:
        fail(tr("`{name}` = {got} is not the output width yet (too large). Use the formula of section 3: padding on "
                "both sides, minus the kernel, divided by the stride (rounded down), plus 1.",
                name=name, got=in_prose(got, "d")))
    fail(tr("`{name}` = {got} is not the output width yet (too small). Use the formula of section 3: padding on both "
            "sides, minus the kernel, divided by the stride (rounded down), plus 1.",
            name=name, got=in_prose(got, "d")))


def _judge_sizes(answers: dict[str, Any], expected: dict[str, int], uses: dict[str, Any]) -> None:
    n, k, p, s = CT_SIDE, CT_KERNEL, CT_PADDING, CT_STRIDE
    _judge_width(answers["ct_out"], "ct_out", expected["ct_out"], [
        ((n + 2 * p - k) / s + 1, N_("`ct_out` has decimals: you divided with `/`. A width counts whole pixels and "
                                     "the formula rounds *down*: use `//` (floor division).")),
        (math.ceil((n + 2 * p - k) / s) + 1, N_("`ct_out` is one pixel too many: you rounded the division *up*. The "
                                                "formula rounds down (`//` in Python).")),
        (_size(n, k, 0, s), N_("`ct_out` leaves out the padding: the CT slice gets 2 rings of zeros, which add "
                               "2 pixels on *each* side before the kernel slides.")),
        ((n + 2 * p - k) // s, N_("`ct_out` is one pixel short: did you add the padding on one side only, or forget "
                                  "the +1 at the end (it counts the kernel's first position)?")),
        (n + 2 * p - k + 1, N_("`ct_out` forgets the stride: with stride 2 the kernel jumps 2 pixels at a time, so "
                               "divide by the stride (rounding down) before adding 1.")),
        (n + 2 * p - k, N_("`ct_out` forgets the stride (divide by it, rounding down) and the +1 at the end.")),
        ((n + 2 * p) // s + 1, N_("`ct_out` forgets to subtract the kernel size: the 5 x 5 kernel must fit inside "
                                  "the padded image.")),
        (expected["ct_out"] ** 2, N_("`ct_out` looks like the number of pixels of the output (width x height). Give "
                                     "the width only.")),
    ], "uneven_out", expected["uneven_out"])

    n, k = int(uses["uneven"].shape[-1]), int(uses["k_t"].shape[-1])
    s, small = UNEVEN_STRIDE, n - 3                                            # the 4 x 4 grid before its padding
    _judge_width(answers["uneven_out"], "uneven_out", expected["uneven_out"], [
        (_size(n, k, 1, s), N_("`uneven_out` pads the grid a second time: the 7 x 7 grid already holds its zeros, "
                               "so the padding is 0 here.")),
        ((n - k) // s, N_("`uneven_out` is one pixel short: did you forget the +1 at the end of the formula (it "
                          "counts the kernel's first position), or use the 4 x 4 grid of section 3 with padding 1? "
                          "Here the grid is the 7 x 7 one, already padded.")),
        (_size(small, k, 0, s), N_("`uneven_out` uses the 4 x 4 grid before padding. Exercise 1 (b) is about the "
                                   "unevenly padded 7 x 7 grid.")),
        (n - k + 1, N_("`uneven_out` forgets the stride: with stride 2 the kernel jumps 2 pixels at a time, so divide "
                       "by the stride (rounding down) before adding 1.")),
        (n - k, N_("`uneven_out` forgets the stride (divide by it, rounding down) and the +1 at the end.")),
        (expected["uneven_out"] ** 2, N_("`uneven_out` looks like the number of pixels of the output (width x "
                                         "height). Give the width only.")),
    ], "ct_out", expected["ct_out"])


exercise_1 = Exercise(
    label="exercise_1",
    title=N_("output sizes"),
    answers={"ct_out": WIDTH, "uneven_out": WIDTH},
    uses=("uneven", "k_t"),
    reference=_output_sizes,
    judge=_judge_sizes,
    hints=(
        N_("Use the output-size formula of section 3, with n the input width, k the kernel, p the padding and "
           "s the stride. For (b) the grid already holds its zeros: its n is 7 and its padding 0."),
        N_("Add the padding on both sides (2p), subtract the kernel k, divide by the stride s rounding down (`//` in "
           "Python, not `/`), then add 1."),
    ),
    solution_code="ct_out = (512 + 2 * 2 - 5) // 2 + 1\nuneven_out = (7 - 3) // 2 + 1",
    explanation=N_("n_out = floor((n + 2p - k) / s) + 1. With stride 2 the width is about halved; PyTorch agrees: "
                   "`F.conv2d(uneven, k_t, stride=2).shape[-1]`."),
)


# --------------------------------------------------------------------------------------------------- exercise 2

FILTERS, CHANNELS, KERNEL, PHOTO_SIDE = 16, 3, 5, 224
PARAMETERS = N_("one whole number (a count of parameters)")


def _parameter_counts() -> dict[str, int]:
    n_inputs = PHOTO_SIDE * PHOTO_SIDE * CHANNELS
    return {"n_conv_params": FILTERS * (CHANNELS * KERNEL * KERNEL + 1),
            "n_dense_params": FILTERS * (n_inputs + 1)}


def _judge_counts(answers: dict[str, Any], expected: dict[str, int], uses: dict[str, Any]) -> None:
    f, c, k, side = FILTERS, CHANNELS, KERNEL, PHOTO_SIDE
    kind = PARAMETERS
    conv = integer(_one_count(answers["n_conv_params"], "n_conv_params", kind), "n_conv_params", kind)
    if conv != expected["n_conv_params"]:
        if conv == expected["n_dense_params"]:
            fail(tr("`n_conv_params` holds the count of the *dense* layer: did you swap `n_conv_params` and "
                    "`n_dense_params`?"))
        outputs = N_("`n_conv_params` counts the layer's *outputs* (16 feature maps), not its parameters. The "
                     "weights of a filter do not depend on the image size.")
        known_mistakes(conv, [
            (f * c * k * k, N_("`n_conv_params` forgets the biases: each of the 16 filters also has one bias.")),
            (f * (k * k + 1), N_("`n_conv_params` forgets the 3 colour channels: each filter spans red, green and "
                                 "blue, so it has one 5 x 5 grid of weights *per channel*.")),
            (f * k * k, N_("`n_conv_params` forgets the 3 colour channels (one 5 x 5 grid of weights per channel) "
                           "and the biases (one per filter).")),
            (f * c * k * k + 1, N_("`n_conv_params` has one bias for the whole layer: each filter has its own.")),
            (f * c * (k * k + 1), N_("`n_conv_params` has one bias per channel: each filter has a single bias, "
                                     "whatever the number of channels.")),
            (c * k * k + 1, N_("`n_conv_params` counts one filter: the layer has 16.")),
            (f * (c * k + 1), N_("`n_conv_params` uses 5 weights per channel: a 5 x 5 filter has 5 x 5 weights.")),
            (f * (c * 3 * 3 + 1), N_("`n_conv_params` uses 3 x 3 filters (the default of `conv_params`): these are "
                                     "5 x 5.")),
            (c * (f * k * k + 1), N_("`n_conv_params` swaps the input and output channels: 3 channels come in, "
                                     "16 filters come out.")),
            (f * side * side, N_("`n_conv_params` counts the layer's *outputs* (16 feature maps of the image's "
                                 "size), not its parameters. The weights of a filter do not depend on the image "
                                 "size.")),
            (f * (side - k + 1) ** 2, outputs),
        ])
        if conv > expected["n_conv_params"]:
            fail(tr("`n_conv_params` = {got} is not the number of parameters of the convolution layer yet (too "
                    "many). Count the weights of one filter over all its channels, add its bias, then multiply by "
                    "the number of filters.", got=in_prose(conv, "d")))
        fail(tr("`n_conv_params` = {got} is not the number of parameters of the convolution layer yet (too few). "
                "Count the weights of one filter over all its channels, add its bias, then multiply by the number "
                "of filters.", got=in_prose(conv, "d")))

    dense = integer(_one_count(answers["n_dense_params"], "n_dense_params", kind), "n_dense_params", kind)
    if dense == expected["n_dense_params"]:
        return
    if dense == expected["n_conv_params"]:
        fail(tr("`n_dense_params` holds the count of the *convolution* layer: did you swap `n_conv_params` and "
                "`n_dense_params`?"))
    n_inputs, n_grey = side * side * c, side * side
    known_mistakes(dense, [
        (f * n_inputs, N_("`n_dense_params` forgets the biases: each of the 16 neurons also has one bias.")),
        (f * (n_grey + 1), N_("`n_dense_params` forgets the 3 colour channels: each neuron sees 224 x 224 x 3 "
                              "numbers.")),
        (f * n_grey, N_("`n_dense_params` forgets the 3 colour channels (each neuron sees 224 x 224 x 3 numbers) "
                        "and the biases (one per neuron).")),
        (f * n_inputs + 1, N_("`n_dense_params` has one bias for the whole layer: each neuron has its own.")),
        (n_inputs + 1, N_("`n_dense_params` counts one neuron: the layer has 16.")),
        (n_inputs, N_("`n_dense_params` counts the *inputs* of one neuron (the numbers of the photograph), not the "
                      "parameters of the layer.")),
        (f, N_("`n_dense_params` counts the layer's *outputs* (one per neuron), not its parameters.")),
        (1000 * (n_inputs + 1), N_("`n_dense_params` counts 1000 neurons (the default of `dense_params`): this "
                                   "layer has 16.")),
    ])
    if dense > expected["n_dense_params"]:
        fail(tr("`n_dense_params` = {got} is not the number of parameters of the dense layer yet (too many). Each "
                "neuron has one weight per input number, plus one bias.", got=in_prose(dense, "d")))
    fail(tr("`n_dense_params` = {got} is not the number of parameters of the dense layer yet (too few). Each neuron "
            "has one weight per input number, plus one bias.", got=in_prose(dense, "d")))


exercise_2 = Exercise(
    label="exercise_2",
    title=N_("parameters of a convolution layer"),
    answers={"n_conv_params": PARAMETERS, "n_dense_params": PARAMETERS},
    uses=(),
    reference=_parameter_counts,
    judge=_judge_counts,
    hints=(
        N_("A parameter is a number the network learns: weights and biases. A filter has one 5 x 5 grid of weights "
           "per input channel, and one bias; a dense neuron has one weight per input number, and one bias."),
        N_("Convolution: (channels x kernel height x kernel width + 1) per filter, times the number of filters "
           "(the notebook's `conv_params` does this, with k=5). Dense: (number of inputs + 1) per neuron, times the "
           "number of neurons, with inputs = 224 x 224 x 3."),
    ),
    solution_code="n_conv_params = 16 * (3 * 5 * 5 + 1)\nn_dense_params = 16 * (224 * 224 * 3 + 1)",
    explanation=N_("The convolution layer's count does not depend on the image size; the dense layer needs about "
                   "2000 times more parameters for the same 16 units. `training.count_parameters(nn.Conv2d(3, 16, "
                   "kernel_size=5))` agrees."),
)


# --------------------------------------------------------------------------------------------------- exercise 3

STEM = [(7, 2), (3, 2)] + [(3, 1)] * 4                                   # (kernel, stride) of the six layers


def _no_jump(layers: list[tuple[int, int]]) -> int:
    return 1 + sum(k - 1 for k, _ in layers)


def _jump_too_early(layers: list[tuple[int, int]]) -> int:
    r, jump = 1, 1
    for k, s in layers:
        jump *= s
        r += (k - 1) * jump
    return r


def _stem_field() -> dict[str, int]:
    return {"stem_field": images.receptive_field(STEM)}


def _judge_stem(answers: dict[str, Any], expected: dict[str, int], uses: dict[str, Any]) -> None:
    value = answers["stem_field"]
    kind = WIDTH
    if isinstance(value, (list, tuple)) and len(value) == len(STEM):
        fail(tr("`stem_field` is a list with one receptive field per layer: keep the last one, after the six "
                "layers."))
    got = integer(_one_count(value, "stem_field", kind), "stem_field", kind)
    want = expected["stem_field"]
    if got == want:
        return
    field = images.receptive_field
    known_mistakes(got, [
        (_no_jump(STEM), N_("`stem_field` adds k - 1 pixels per layer, as if every stride were 1. After a layer of "
                            "stride 2, each step of the next layer covers 2 input pixels: multiply k - 1 by the "
                            "jump (the product of the strides so far).")),
        (want - 1, N_("`stem_field` is one pixel short: the receptive field starts at r = 1 (one pixel sees "
                      "itself), not 0.")),
        (want + 1, N_("`stem_field` is one pixel too many: start from r = 1 and add (k - 1) x jump per layer.")),
        (field([(7, 2)] + [(3, 1)] * 4), N_("`stem_field` leaves out the 3 x 3 max pooling: pooling also has a "
                                            "kernel and a stride, and counts as a layer here.")),
        (field([(7, 2), (3, 1)] + [(3, 1)] * 4), N_("`stem_field` ignores the stride of the max pooling: its "
                                                    "stride 2 doubles the jump for the four convolutions after it.")),
        (field([(7, 1), (3, 2)] + [(3, 1)] * 4), N_("`stem_field` ignores the stride of the 7 x 7 convolution: its "
                                                    "stride 2 doubles the jump for every layer after it.")),
        (_jump_too_early(STEM), N_("`stem_field` multiplies by a layer's own stride too early: a layer's stride "
                                   "only affects the layers *after* it. Add (k - 1) x jump first, then update the "
                                   "jump.")),
        (field(STEM[:-1]), N_("`stem_field` stops one layer early: count all six layers (the 7 x 7 convolution, the "
                              "pooling and four 3 x 3 convolutions).")),
        (field([(7, 2), (2, 2)] + [(3, 1)] * 4), N_("`stem_field` uses a 2 x 2 pooling: this one is 3 x 3.")),
        (sum(k for k, _ in STEM), N_("`stem_field` adds up the kernel sizes: each layer adds (k - 1) x jump pixels, "
                                     "starting from r = 1.")),
        (want ** 2, N_("`stem_field` looks like an area (width x height): give the width of the receptive field.")),
    ])
    if got > want:
        fail(tr("`stem_field` = {got} is not the receptive field yet (too large). Follow r and the jump through the "
                "six layers, in order.", got=in_prose(got, "d")))
    fail(tr("`stem_field` = {got} is not the receptive field yet (too small). Follow r and the jump through the six "
            "layers, in order.", got=in_prose(got, "d")))


exercise_3 = Exercise(
    label="exercise_3",
    title=N_('the receptive field of a ResNet "stem"'),
    answers={"stem_field": WIDTH},
    uses=(),
    reference=_stem_field,
    judge=_judge_stem,
    hints=(
        N_("List the six layers as (kernel size, stride) pairs, in order; the max pooling is a layer with its own "
           "kernel and stride. Then follow the rule of section 9."),
        N_("Start from r = 1 and jump = 1. For each layer: r grows by (k - 1) x jump, then jump is multiplied by the "
           "layer's stride. The notebook's `receptive_fields` does this for a list of pairs; keep its last value."),
    ),
    solution_code="stem_field = receptive_fields([(7, 2), (3, 2)] + [(3, 1)] * 4)[-1]",
    explanation=N_("The two stride-2 layers multiply the jump by 4, so each later 3 x 3 convolution adds 8 pixels "
                   "instead of 2: strides and pooling make the receptive field grow fast."),
)


# --------------------------------------------------------------------------------------------------- exercise 4

SOBEL_LEFT_TO_RIGHT = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype=float)

#: What to say about a (positive multiple of a) kernel copied from the table of section 5.
COPIED = {
    "edges (Sobel, left to right)": N_("`my_kernel` is the Sobel kernel of section 5 (or a multiple of it): the task "
                                       "asks you to find another one. Change its weights: other kernels do the same "
                                       "job."),
    "edges (Sobel, top to bottom)": N_("`my_kernel` is the top-to-bottom Sobel kernel of section 5: it finds "
                                       "horizontal edges, while the task asks for vertical ones (dark left, bright "
                                       "right), and for a kernel other than Sobel."),
    "Laplacian": N_("`my_kernel` is the Laplacian of section 5: it reacts to change in every direction, horizontal "
                    "edges included, and to both dark-to-bright and bright-to-dark edges."),
}

#: The names of the other kernels of section 5 (the keys of the notebook's `KERNELS`), as a message says them.
KERNEL_NAMES = {
    "identity": N_("the identity kernel"),
    "blur (box)": N_("the blur (box) kernel"),
    "sharpen": N_("the sharpen kernel"),
    "emboss": N_("the emboss kernel"),
}


def _test_images() -> dict[str, np.ndarray]:
    step_right = np.tile(np.repeat([0.0, 1.0], 5), (10, 1))                 # dark left half, bright right half
    return {"flat": np.full((10, 10), 0.7), "step_down": step_right.T, "step_right": step_right}


def _convolve(image: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    windows = np.lib.stride_tricks.sliding_window_view(image, kernel.shape)
    return np.einsum("ijuv,uv->ij", windows, kernel)


def _responses(kernel: np.ndarray) -> dict[str, np.ndarray]:
    return {name: _convolve(image, kernel) for name, image in _test_images().items()}


def _tolerance(kernel: np.ndarray) -> float:
    return 1e-9 * max(1.0, float(np.abs(kernel).max()))


def _satisfies_task(kernel: np.ndarray) -> bool:
    out, tol = _responses(kernel), _tolerance(kernel)
    return bool(np.abs(out["flat"]).max() <= tol and np.abs(out["step_down"]).max() <= tol
                and out["step_right"].max() > tol and out["step_right"].min() >= -tol)


def _positive_multiple(kernel: np.ndarray, of: np.ndarray) -> bool:
    of = np.asarray(of, dtype=float)
    if of.shape != kernel.shape or not np.any(of):
        return False
    scale = float(np.sum(kernel * of) / np.sum(of * of))
    return scale > 0 and bool(np.allclose(kernel, scale * of, rtol=0, atol=_tolerance(kernel)))


def _edge_kernel(KERNELS: Any) -> dict[str, np.ndarray]:
    return {"my_kernel": np.array([[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]], dtype=float)}


def _judge_kernel(answers: dict[str, Any], expected: dict[str, np.ndarray], uses: dict[str, Any]) -> None:
    kernel = array(answers["my_kernel"], "my_kernel", (3, 3), N_("a 3 x 3 array of weights"))
    if not np.any(kernel):
        fail(tr("`my_kernel` is all zeros: it gives 0 everywhere, on the edge too. Give it weights that respond to "
                "a dark-to-bright change."))
    if _positive_multiple(kernel, SOBEL_LEFT_TO_RIGHT):
        fail(tr(COPIED["edges (Sobel, left to right)"]))
    for name, copied in uses["KERNELS"].items():
        if _positive_multiple(kernel, copied) and name in COPIED:
            fail(tr(COPIED[name]))
    out, tol = _responses(kernel), _tolerance(kernel)
    if np.abs(out["flat"]).max() > tol:
        total = in_prose(float(kernel.sum()), ".3g")
        named = [name for name, copied in uses["KERNELS"].items() if _positive_multiple(kernel, copied)]
        if named:
            kernel_name = tr(KERNEL_NAMES[named[0]]) if named[0] in KERNEL_NAMES else repr(named[0])
            fail(tr("`my_kernel` responds on a flat region (it is {kernel} of section 5): its weights add up to "
                    "{total}, not 0. An edge detector must give 0 where nothing changes.",
                    kernel=kernel_name, total=total))
        fail(tr("`my_kernel` responds on a flat region: its weights add up to {total}, not 0. An edge detector must "
                "give 0 where nothing changes.", total=total))
    if np.abs(out["step_down"]).max() > tol:
        if _satisfies_task(kernel.T) or _satisfies_task(-kernel.T):
            fail(tr("`my_kernel` finds horizontal edges (dark top, bright bottom) and gives 0 on vertical ones: rows "
                    "and columns are swapped (transpose it with `.T`). The task asks for dark left, bright right."))
        fail(tr("`my_kernel` responds to a horizontal edge (dark top, bright bottom), where the task asks for 0. "
                "Make the weights of each row add up to 0."))
    if out["step_right"].max() <= tol:
        if _satisfies_task(-kernel):
            if _positive_multiple(-kernel, SOBEL_LEFT_TO_RIGHT):
                fail(tr("`my_kernel` responds *negatively* to a dark-to-bright edge: it finds bright-to-dark edges, "
                        "the opposite direction. Swap the signs of its weights (and, flipped, it would be the Sobel "
                        "kernel, which the task excludes)."))
            fail(tr("`my_kernel` responds *negatively* to a dark-to-bright edge: it finds bright-to-dark edges, the "
                    "opposite direction. Swap the signs of its weights."))
        fail(tr("`my_kernel` gives 0 on a vertical dark-to-bright edge too: it misses the edge it should find. Make "
                "the bright pixels on the right count more than the dark ones on the left."))
    if out["step_right"].min() < -tol:
        fail(tr("`my_kernel` responds positively on one side of a dark-to-bright edge and negatively on the other, "
                "so it reacts the same way to a bright-to-dark edge: it finds lines, not the direction of an edge. "
                "Let the weights go from negative on the left to positive on the right."))
    return None


exercise_4 = Exercise(
    label="exercise_4",
    title=N_("design your own edge detector"),
    answers={"my_kernel": N_("a 3 x 3 array of weights")},
    uses=("KERNELS",),
    reference=_edge_kernel,
    judge=_judge_kernel,
    hints=(
        N_("Zero on flat regions means the weights add up to 0. Zero on a horizontal edge (dark top, bright bottom) "
           "means each row of weights adds up to 0 on its own."),
        N_("Put negative weights in the left column and positive ones in the right column, balanced within each row, "
           "so that bright pixels on the right give a positive sum. The Sobel kernel is one such choice, with "
           "weights 1, 2, 1 down each side; pick other weights."),
    ),
    solution_code="my_kernel = np.array([[-1, 0, 1],\n                      [-1, 0, 1],\n"
                  "                      [-1, 0, 1]], dtype=float)",
    explanation=N_("This is the Prewitt kernel: right column minus left column, the same weight in every row. Any "
                   "kernel whose rows each sum to 0 and whose weights grow from left to right does the job."),
)
