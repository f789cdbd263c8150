"""Exercises of notebook 03 (perceptron): a weighted sum by hand, one learning step, a neuron that computes AND."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from course_utils.exercises.core import Exercise, ExerciseError, array, fail, is_close, known_mistakes, number
from course_utils.i18n import N_, tr
from course_utils.i18n import number as fmt

ALPHA = 0.1        # the learning rate of exercise 2 (given in the task)
Y_WANTED = 0.0     # the wanted output of the worked example (given in the task)
CASES = "(0, 0), (0, 1), (1, 0), (1, 1)"


def _sigmoid(z: Any) -> Any:
    return 1 / (1 + np.exp(-np.asarray(z, dtype=float)))


def _reject_known(got: Any, mistakes: Iterable[tuple[Any, str]], tol: float) -> None:
    """Like :func:`known_mistakes`, but when two mistakes give the same value here, both are named.

    The messages are marked with ``N_`` (or already translated): they are translated here."""
    merged: list[tuple[Any, str]] = []
    for value, message in mistakes:
        message = tr(message)
        for i, (other, text) in enumerate(merged):
            if is_close(value, other, tol):
                merged[i] = (other, tr("{first} Another possibility: {second}", first=text,
                                       second=message[0].lower() + message[1:]))
                break
        else:
            merged.append((value, message))
    known_mistakes(got, merged, tol)


def _flat(value: Any, name: str, kind: str) -> np.ndarray:
    """The answer as a flat array of numbers (any length), or a course message for a table or a single number."""
    got = array(value, name, kind=kind)
    if got.ndim == 0:
        fail(tr("`{name}` should be {kind}, but it is one number: each weight gets its own value.",
                name=name, kind=tr(kind)))
    if got.ndim > 1 and got.size != max(got.shape):
        fail(tr("`{name}` should be {kind}, but it is a table of shape {shape}. Give one flat list of numbers.",
                name=name, kind=tr(kind), shape=got.shape))
    if got.ndim > 1:
        fail(tr("`{name}` should be {kind}, but it has shape {shape} (a row or a column inside a table). Give one "
                "flat list of numbers, e.g. with `.ravel()`.", name=name, kind=tr(kind), shape=got.shape))
    return got


# --------------------------------------------------------------------------------------------------- exercise 1

MAN_ROW, WOMAN_ROW = 0, 1   # slides' table rows: the man with low red cells (exercise 1), the worked example's woman


def _row_inputs(slide_rows: Any, row: int = MAN_ROW) -> np.ndarray:
    """(x0 = 1, red cells, white cells, sex) for a row of the slides' table (row 0: the man with low red cells)."""
    values = slide_rows[["red_cells", "white_cells", "sex"]].to_numpy(dtype=float)[row]
    return np.concatenate([[1.0], values])


def _z_man(w_slide: Any, slide_rows: Any) -> dict[str, float]:
    return {"z_man": float(np.asarray(w_slide, dtype=float) @ _row_inputs(slide_rows))}


def _explain_several_values(value: Any, w: np.ndarray, slide_rows: Any) -> None:
    """`z_man` holds several numbers: say which ones they probably are."""
    try:
        got = array(value, "z_man")
    except ExerciseError:
        return
    x = _row_inputs(slide_rows)
    rows = np.column_stack([np.ones(len(slide_rows)), slide_rows[["red_cells", "white_cells", "sex"]].to_numpy()])
    _reject_known(got, [
        (w * x, N_("`z_man` holds 4 numbers, one product w_i × x_i per input. The weighted sum z adds them up into "
                   "one number.")),
        (x, N_("`z_man` holds the man's 4 inputs. Multiply each by its weight and add them up.")),
        (rows @ w, N_("`z_man` holds z for every row of the slides' table. Keep only the man's row (the first one): "
                      "one number.")),
    ], 1e-6)


def _judge_z_man(answers: dict[str, Any], expected: dict[str, float], uses: dict[str, Any]) -> None:
    w, slide_rows = np.asarray(uses["w_slide"], dtype=float), uses["slide_rows"]
    try:
        got = number(answers["z_man"], "z_man", N_("one number (the weighted sum z)"))
    except ExerciseError:
        _explain_several_values(answers["z_man"], w, slide_rows)
        raise
    want = expected["z_man"]
    if is_close(got, want, 1e-6):
        return
    x = _row_inputs(slide_rows)
    with_sex = lambda sex: float(w @ np.array([x[0], x[1], x[2], sex]))
    mistakes = [
        (want - w[0] * x[0], N_("`z_man` misses the bias: z starts with w0 × x0, where x0 = 1 is the bias input that "
                                "is always on. Put 1 in front of the man's values.")),
        (want - 2 * w[0] * x[0], N_("`z_man` has the bias with the wrong sign: the bias w0 is added (+ w0 × 1) with "
                                    "its own sign, here the first weight of `w_slide`.")),
        (float(w @ np.array([x[0], x[2], x[1], x[3]])), N_("`z_man` swaps red and white cells: w1 multiplies the red "
                                                           "cells and w2 the white cells (the order of `x_patient`).")),
        (float(w @ _row_inputs(slide_rows, WOMAN_ROW)), N_("`z_man` is z for the woman of the worked example (second "
                                                           "row of the table). Use the man's values: first row, sex "
                                                           "= 1.")),
        (with_sex(2.0), N_("`z_man` uses sex = 2, which codes a woman. The man has sex = 1.")),
        (with_sex(0.0), N_("`z_man` misses the sex term: add w3 × sex, with sex = 1 for a man.")),
        (float(w @ (x * np.array([1, 1e6, 1e3, 1]))), N_("`z_man` is far too large: use the values in the table's "
                                                         "units: the counts in millions and thousands per mm³ as "
                                                         "they are written there, e.g. 3.1 for the red cells.")),
    ]
    mistakes += [(float(w @ _row_inputs(slide_rows, row)), N_("`z_man` is z for another row of the slides' table. Use "
                                                              "the man's row, the first one."))
                 for row in range(2, len(slide_rows))]
    _reject_known(got, mistakes, 1e-6)
    if 0 < got <= 1:
        fail(tr("`z_man` lies between 0 and 1, like the neuron's output h = sigmoid(z) or a step's 0 or 1. The "
                "exercise asks for the weighted sum z itself, before the activation."))
    if got > want:
        fail(tr("`z_man` = {got} is too large: it is not yet the weighted sum w0 × 1 + w1 × red cells + w2 × white "
                "cells + w3 × sex for the man.", got=fmt(got, ".4g")))
    fail(tr("`z_man` = {got} is too small: it is not yet the weighted sum w0 × 1 + w1 × red cells + w2 × white cells "
            "+ w3 × sex for the man.", got=fmt(got, ".4g")))


exercise_1 = Exercise(
    label="exercise_1",
    title=N_("the weighted sum z for the man with low red cells"),
    answers={"z_man": N_("one number (the weighted sum z)")},
    uses=("w_slide", "slide_rows"),
    reference=_z_man,
    judge=_judge_z_man,
    hints=(
        N_("z is the weighted sum before any activation: each input times its weight, all added up, including the "
           "bias input x0 = 1."),
        N_("Build the man's input vector in the same order as `x_patient`: x0 = 1, red cells, white cells, then sex "
           "(1 for a man). Its dot product with `w_slide` (the `@` operator) is z."),
    ),
    solution_code="z_man = w_slide @ np.array([1.0, 3.1, 5.3, 1.0])",
    explanation=N_("The bias input x0 = 1 comes first, then red cells, white cells and sex, in the order of the "
                   "weights. z is large and positive, so the sigmoid gives almost 1: the alert he needs, but by "
                   "luck. The same neuron gives almost 1 to the two healthy women too (section 3's table): it cannot "
                   "tell anyone apart, so it is not a good neuron yet."),
)


# --------------------------------------------------------------------------------------------------- exercise 2


def _one_step(w_slide: Any, x_patient: Any) -> dict[str, np.ndarray]:
    w, x = np.asarray(w_slide, dtype=float), np.asarray(x_patient, dtype=float)
    h = _sigmoid(w @ x)
    return {"w_after_one_step": w - ALPHA * (-(Y_WANTED - h) * x)}


def _judge_one_step(answers: dict[str, Any], expected: dict[str, np.ndarray], uses: dict[str, Any]) -> None:
    name, kind = "w_after_one_step", N_("an array of 4 weights (w0, w1, w2, w3)")
    w, x = np.asarray(uses["w_slide"], dtype=float), np.asarray(uses["x_patient"], dtype=float)
    h = float(_sigmoid(w @ x))
    gradient = -(Y_WANTED - h) * x
    got = _flat(answers[name], name, kind)
    if got.size == len(w) - 1:
        fail(tr("`{name}` holds 3 weights, but the neuron has 4: the bias weight w0 also learns. Its input is x0 = "
                "1, the first value of `x_patient`, so it is updated like the others.", name=name))
    if got.size != len(w):
        fail(tr("`{name}` holds {size} numbers, but it should be {kind}: the 4 weights of `w_slide`, each after one "
                "update.", name=name, size=got.size, kind=tr(kind)))
    want = expected[name]
    if is_close(got, want, 1e-4):
        return
    _reject_known(got, [
        (w, tr("`{name}` equals (almost) the weights before the step. Subtract α times the gradient −(y − h)·x_i, "
               "with the wanted output y = 0 (with y = 1 the weights would hardly move, since h is almost 1).",
               name=name)),
        (gradient, tr("`{name}` holds the gradient −(y − h)·x_i (here almost the inputs themselves), not the new "
                      "weights. The new weights are the old ones minus α times this gradient.", name=name)),
        (x, tr("`{name}` holds the inputs `x_patient`. The new weights are the old ones minus α times the gradient.",
               name=name)),
        (w + ALPHA * gradient, tr("`{name}` moves uphill: the step was added instead of subtracted (or the gradient "
                                  "has the wrong sign: it is −(y − h)·x_i). The update is w − α × gradient.",
                                  name=name)),
        (w - gradient, tr("`{name}` has moved far too much: the learning rate α = 0.1 is missing. Multiply the "
                          "gradient by α before subtracting it.", name=name)),
        (w - 0.01 * gradient, tr("`{name}` has moved too little: the learning rate is α = 0.1.", name=name)),
        (-ALPHA * gradient, tr("`{name}` holds the change of each weight, α times the gradient with a minus sign. "
                               "Add it to the weights before the step (`w_slide`).", name=name)),
        (ALPHA * gradient, tr("`{name}` holds the step α × gradient alone. Subtract it from the weights before the "
                              "step (`w_slide`).", name=name)),
        (w - ALPHA * h, tr("`{name}`: every weight moved by the same amount. The gradient of weight w_i is "
                           "multiplied by its own input x_i.", name=name)),
        (w - ALPHA * (-(Y_WANTED - (w @ x)) * x), tr("`{name}` uses the weighted sum z where the output h = "
                                                     "sigmoid(z) belongs. Pass z through the sigmoid first.",
                                                     name=name)),
        (np.concatenate([w[:1] - ALPHA * gradient[:1], w[1:]]), tr("`{name}`: only the bias w0 changed. All 4 "
                                                                   "weights take a step, each with its own input.",
                                                                   name=name)),
    ], 1e-4)
    fail(tr("`{name}` is not yet the weights after one update w_i − α × (−(y − h)·x_i), with h the sigmoid of "
            "`w_slide` · `x_patient`, y = 0 and α = 0.1.", name=name))


exercise_2 = Exercise(
    label="exercise_2",
    title=N_("one learning step by hand"),
    answers={"w_after_one_step": N_("an array of 4 weights (w0, w1, w2, w3)")},
    uses=("w_slide", "x_patient"),
    reference=_one_step,
    judge=_judge_one_step,
    hints=(
        N_("First compute the neuron's output h for the worked example: the sigmoid of the weighted sum of `w_slide` "
           "and `x_patient`. The gradient of each weight is then −(y − h)·x_i, with y = 0."),
        N_("NumPy updates all 4 weights at once: the gradient is a vector (a number times `x_patient`, whose first "
           "value is the bias input x0 = 1), and the new weights are `w_slide` minus α = 0.1 times that vector."),
    ),
    solution_code="h_now = 1 / (1 + np.exp(-(w_slide @ x_patient)))\n"
                  "w_after_one_step = w_slide - 0.1 * (-(y_patient - h_now) * x_patient)",
    explanation=N_("Since h is almost 1 and y = 0, each weight drops by about 0.1 × x_i. The white-cell weight moves "
                   "the most because its input (6.2) is the largest: the step is proportional to the input. The sex "
                   "weight drops by about 0.2, since a woman's sex input is 2."),
)


# --------------------------------------------------------------------------------------------------- exercise 3

AND = (0, 0, 0, 1)
TABLES = {
    (0, 1, 1, 1): "OR",
    (1, 1, 1, 0): "NAND",
    (0, 1, 1, 0): "XOR",
    (1, 0, 0, 0): "NOR",
}
WRONG_OUTPUTS = {
    (0, 1, 1, 1): N_("Your neuron computes OR: it already fires when only one input is 1. AND must stay silent then: "
                     "make the bias w0 more negative, so that one input alone does not bring z up to 0."),
    (1, 1, 1, 0): N_("Your neuron computes NAND, the opposite of AND (it fires except when both inputs are 1): the "
                     "signs are flipped. Change the sign of all three weights."),
    (1, 0, 0, 0): N_("Your neuron computes NOR: it fires only when both inputs are 0. The input weights w1 and w2 "
                     "should be positive, so that the inputs push z up, and the bias negative."),
    (0, 0, 0, 0): N_("Your neuron never fires, not even for (1, 1). Either the bias w0 is too negative for your input "
                     "weights, or w1 and w2 are not positive enough: for (1, 1), w0 + w1 + w2 must reach 0."),
    (1, 1, 1, 1): N_("Your neuron fires for all four cases, even (0, 0), where z = w0 alone. The bias must be "
                     "negative (w0 = −θ: a threshold enters with a minus sign)."),
    (0, 0, 1, 1): N_("Your neuron follows x1 only and ignores x2. Both inputs need a positive weight."),
    (0, 1, 0, 1): N_("Your neuron follows x2 only and ignores x1. Both inputs need a positive weight."),
}


def _outputs(X1_xor: Any, w: np.ndarray) -> tuple[int, ...]:
    return tuple(int(v) for v in (np.asarray(X1_xor, dtype=float) @ w >= 0))


def _and_weights(X1_xor: Any) -> dict[str, np.ndarray]:
    return {"w_and": np.array([-1.5, 1.0, 1.0])}


def _explain_four_numbers(got: np.ndarray) -> None:
    """`w_and` holds 4 numbers: probably outputs (one per case) instead of weights."""
    ask = tr("The exercise asks for the neuron itself: its 3 weights (w0, w1, w2), bias first.")
    as_tuple = tuple(int(v) for v in got) if np.all(np.isin(got, (0, 1))) else None
    if as_tuple == AND:
        fail(tr("`w_and` holds the AND outputs (one per case), which the task gives. {ask}", ask=ask))
    if as_tuple in TABLES:
        fail(tr("`w_and` holds 4 outputs, and they are those of {gate}, not AND. {ask}", gate=TABLES[as_tuple],
                ask=ask))
    if as_tuple is not None:
        fail(tr("`w_and` holds 4 values of 0 or 1, like outputs (one per case). {ask}", ask=ask))
    if np.all((got >= 0) & (got <= 1)):
        fail(tr("`w_and` holds 4 numbers between 0 and 1, like probabilities (one per case). {ask}", ask=ask))
    fail(tr("`w_and` holds 4 numbers, but a neuron with 2 inputs has 3 weights (w0, w1, w2), bias first."))


def _judge_and(answers: dict[str, Any], expected: dict[str, np.ndarray], uses: dict[str, Any]) -> str | None:
    got = _flat(answers["w_and"], "w_and", N_("3 weights (w0, w1, w2)"))
    if got.size == 2:
        fail(tr("`w_and` holds 2 weights, one per input, but the bias w0 is missing: give 3 weights (w0, w1, w2), "
                "bias first, since the neuron also has the bias input x0 = 1."))
    if got.size == 4:
        _explain_four_numbers(got)
    if got.size != 3:
        fail(tr("`w_and` holds {size} numbers, but a neuron with 2 inputs has 3 weights (w0, w1, w2), bias first.",
                size=got.size))
    X1_xor = uses["X1_xor"]
    outputs = _outputs(X1_xor, got)
    if outputs == AND:
        z = np.asarray(X1_xor, dtype=float) @ got
        if np.any(np.isclose(z, 0.0, atol=1e-9)):
            return (tr("One case sits exactly on the line z = 0, and the rule '≥ 0' decides it. A bias a little "
                       "further from that edge gives a safety margin."))
        return None
    if _outputs(X1_xor, np.roll(got, 1)) == AND:
        fail(tr("`w_and` would work with the bias last, but the bias comes first: (w0, w1, w2), matching the input x0 "
                "= 1 in front of each row of `X1_xor`."))
    if outputs in WRONG_OUTPUTS:
        fail(tr(WRONG_OUTPUTS[outputs]))
    shown = ", ".join(str(v) for v in outputs)
    fail(tr("Your neuron gives the outputs ({shown}) on the cases {CASES}, but AND wants 1 only for (1, 1).",
            shown=shown, CASES=CASES))


exercise_3 = Exercise(
    label="exercise_3",
    title=N_("a neuron that computes AND"),
    answers={"w_and": N_("3 weights (w0, w1, w2)")},
    uses=("X1_xor",),
    reference=_and_weights,
    judge=_judge_and,
    hints=(
        N_("Write z = w0 + w1·x1 + w2·x2 for the four cases (0, 0), (0, 1), (1, 0) and (1, 1). The neuron must reach "
           "z ≥ 0 for (1, 1) only."),
        N_("Give both inputs the same positive weight, say 1: z is then w0, w0 + 1, w0 + 1 and w0 + 2. Choose the "
           "bias w0 so that only the last one is at least 0."),
    ),
    solution_code="w_and = np.array([-1.5, 1.0, 1.0])",
    explanation=N_("With w1 = w2 = 1, z = w0 + x1 + x2 is 0, 1 or 2 plus the bias; any bias between -2 and -1 (here "
                   "-1.5) fires only for (1, 1). Many other weights work: the line only has to cut off the corner "
                   "(1, 1)."),
)
