"""Exercises of notebook 05 (backpropagation): two paths by hand, a batch gradient as a mean, a leaky ReLU."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from course_utils.exercises.core import (
    Exercise,
    array,
    attempted,
    describe,
    fail,
    function,
    is_close,
    is_placeholder,
    known_mistakes,
    number,
)
from course_utils.i18n import N_, tr
from course_utils.i18n import number as in_prose
from course_utils.reference.activations import LEAKY_SLOPE

# --------------------------------------------------------------------------------------------------- exercise 1

X_POINT = 2.0
"""The task's point: "At x = 2, compute df/dx"."""


def _df_dx(x: float) -> float:
    """f = y1 * y2 with y1 = 3x, y2 = x^2: the sum over the two paths, y2 * 3 + y1 * 2x (= 9x^2)."""
    return x**2 * 3 + 3 * x * (2 * x)


def _two_paths() -> dict[str, float]:
    return {"df_dx": _df_dx(X_POINT)}


def _judge_two_paths(answers: dict[str, Any], expected: dict[str, float], uses: dict[str, Any]) -> None:
    value = answers["df_dx"]
    if all(hasattr(value, attribute) for attribute in ("data", "grad", "_prev")):
        fail(tr("`df_dx` is a `Value` of the engine, not a number. Store the number itself: the `.grad` of x after "
                "`backward()`, or the `.data` of a Value you computed the derivative with."))
    got = number(value, "df_dx")
    want = expected["df_dx"]
    if is_close(got, want, 1e-6):
        return
    x = X_POINT
    y1, y2 = 3 * x, x**2
    path_1, path_2 = y2 * 3, y1 * (2 * x)
    known_mistakes(got, [
        (y1 * y2, N_("`df_dx` equals f itself at x = 2 (y₁ · y₂), not its slope. The same number also comes from the "
                  "path through y₂ alone, or from both paths with ∂y₂/∂x = x instead of 2x. Multiply the local "
                  "derivatives along each path, then add both products.")),
        (path_1, N_("`df_dx` holds only the path through y₁ = 3x (∂f/∂y₁ · ∂y₁/∂x). Add the path through y₂ = x²: "
                 "x reaches f along both.")),
        (path_1 * path_2, N_("`df_dx` multiplies the two paths. Contributions of several paths **add up**: sum "
                             "them.")),
        (y2 * y1 + path_2, N_("`df_dx` uses ∂y₁/∂x = 3x: that is y₁ itself. The slope of y₁ = 3x is the number "
                              "3.")),
        (3 + 2 * x, N_("`df_dx` adds the local slopes of y₁ and y₂ but forgets to multiply each one by ∂f/∂y₁ = y₂ "
                    "and ∂f/∂y₂ = y₁: along a path, the local derivatives are multiplied.")),
        (-want, N_("`df_dx` has the wrong sign: every factor on both paths is positive at x = 2.")),
        (2 * want, N_("`df_dx` is twice too large: did you count one of the paths twice, or multiply by 2 once too "
                   "often?")),
        (want / 2, N_("`df_dx` is half the slope: did you divide by 2 somewhere? Along a path the local derivatives "
                   "are multiplied, and the two paths are added.")),
        *[(_df_dx(other), tr("`df_dx` is the slope at x = {other}, not at x = 2. Put x = 2 in every factor.",
                             other=in_prose(other, "g")))
          for other in (0.0, 1.0, 3.0, 4.0, 0.5)],
        (x**3, N_("`df_dx` looks like x³ at x = 2: compute the slope of f = y₁ · y₂ with the chain rule "
                  "instead.")),
    ], tol=1e-6)
    fail(tr("`df_dx` = {got} is not the slope of f at x = 2 yet. Write the two paths from x to f, multiply the "
            "local derivatives along each, and add the two products.", got=in_prose(got, ".4g")))


exercise_1 = Exercise(
    label="exercise_1",
    title=N_("two paths by hand"),
    answers={"df_dx": N_("one number")},
    uses=(),
    reference=_two_paths,
    judge=_judge_two_paths,
    hints=(
        N_("x reaches f along two paths, one through y₁ = 3x and one through y₂ = x². Along each path, multiply the "
           "local derivatives; then add the two products."),
        N_("First compute y₁ and y₂ at x = 2. Path 1: ∂f/∂y₁ = y₂ (since f = y₁ · y₂) times ∂y₁/∂x = 3. Path 2: "
           "∂f/∂y₂ = y₁ times ∂y₂/∂x = 2x. To check your result, expand f = 3x³ and differentiate it."),
    ),
    solution_code="x_ex = 2.0\ny1_ex, y2_ex = 3 * x_ex, x_ex**2\ndf_dx = y2_ex * 3 + y1_ex * (2 * x_ex)",
    explanation=N_("Path 1 (through y₁) gives y₂ · 3 = 12, path 2 (through y₂) gives y₁ · 2x = 24, and their sum "
                   "is the slope. Check: f = 3x³, so f'(x) = 9x² gives the same value at x = 2."),
)

# --------------------------------------------------------------------------------------------------- exercise 2

N_PATIENTS = 8
"""The task's first 8 training patients."""


def _one_patient(forward: Callable, backward: Callable, net: Any, X: Any, y: Any, k: int) -> dict[str, Any]:
    p, cache = forward(net, X[k:k + 1])
    return backward(net, p, cache, y[k:k + 1])


def _batch(forward: Callable, backward: Callable, net: Any, X: Any, y: Any) -> dict[str, Any]:
    p, cache = forward(net, X)
    return backward(net, p, cache, y)


def _average_W2(forward_pass: Callable, backward_pass: Callable, params_check: Any, X_train: Any, y_train: Any,
                trained_params: Any = None) -> dict[str, np.ndarray]:
    per_patient = [_one_patient(forward_pass, backward_pass, params_check, X_train, y_train, k)["W2"]
                   for k in range(N_PATIENTS)]
    return {"grad_W2_average": np.mean(per_patient, axis=0)}


def _judge_average(answers: dict[str, Any], expected: dict[str, Any], uses: dict[str, Any]) -> str:
    name = "grad_W2_average"
    forward, backward, params_check = uses["forward_pass"], uses["backward_pass"], uses["params_check"]
    X_train, y_train = uses["X_train"], uses["y_train"]
    want = np.asarray(expected[name], dtype=float)
    got = array(answers[name], name, kind=tr("an array of shape {shape}", shape=want.shape))

    singles = [_one_patient(forward, backward, params_check, X_train, y_train, k) for k in range(N_PATIENTS + 1)]
    means = {key: np.mean([g[key] for g in singles[:N_PATIENTS]], axis=0) for key in singles[0]}
    _judge_average_shape(got, want, means)
    got = array(got, name, want.shape)

    tol = 1e-6 * float(np.abs(want).max()) + 1e-12
    count = N_PATIENTS
    if is_close(got, want, tol):
        batch = _batch(forward, backward, params_check, X_train[:count], y_train[:count])["W2"]
        difference = float(np.abs(np.asarray(batch, dtype=float) - got).max())
        return tr("Your average equals the gradient of one backward pass on these {count} patients as a batch "
                  "(largest difference {difference}): a batch gradient is the mean of the patients' gradients.",
                  count=count, difference=in_prose(difference, ".0e"))

    w2 = [g["W2"] for g in singles]
    mistakes = [
        (count * want, tr("`{name}` is the **sum** of the {count} gradients, {count} times too large. Take their "
                          "mean: divide the sum by {count}, or use `np.mean(..., axis=0)`.", name=name, count=count)),
        (want / count, tr("`{name}` is {count} times too small. `backward_pass` already averages over the patients "
                          "of its batch (the 1/n in δ₂): divide the sum of the {count} one-patient gradients by "
                          "{count} only once.", name=name, count=count)),
        (-want, tr("`{name}` has the wrong sign: use the gradients as `backward_pass` returns them.", name=name)),
        *[(w2[k], tr("`{name}` is the gradient of one patient only (patient {k}). Compute the gradient of each of "
                     "the first {count} training patients, keep all {count}, then average them.",
                     name=name, k=k, count=count))
          for k in range(count)],
        (np.mean(w2[:count - 1], axis=0), tr("`{name}` averages only {fewer} patients (an off-by-one): "
                                             "`range({count})` gives the patients 0 to {fewer}.",
                                             name=name, fewer=count - 1, count=count)),
        (np.mean(w2[1:count + 1], axis=0), tr("`{name}` averages the patients 1 to {count}: Python counts from 0, "
                                              "so the first {count} patients are 0 to {last}.",
                                              name=name, count=count, last=count - 1)),
        (np.mean(w2, axis=0), tr("`{name}` averages {more} patients: take the first {count} only.",
                                 name=name, more=count + 1, count=count)),
        (params_check["W2"], tr("`{name}` holds the weights `W2` themselves, not their gradient: take the `\"W2\"` "
                                "entry of what `backward_pass` returns.", name=name)),
        (_batch(forward, backward, params_check, X_train[:64], y_train[:64])["W2"],
         tr("`{name}` is the gradient of the batch of 64 patients of the PyTorch check. Use the first {count} "
            "training patients.", name=name, count=count)),
        (_batch(forward, backward, params_check, X_train, y_train)["W2"],
         tr("`{name}` is the gradient over all the training patients. Use the first {count} only.",
            name=name, count=count)),
    ]
    trained = uses.get("trained_params")
    if isinstance(trained, dict) and trained is not params_check and "W2" in trained:
        try:
            mistakes.append((np.mean([_one_patient(forward, backward, trained, X_train, y_train, k)["W2"]
                                      for k in range(count)], axis=0),
                             tr("`{name}` uses `trained_params`, the network trained above. Use `params_check`, as "
                                "the task says.", name=name)))
        except Exception:  # noqa: BLE001 - `trained_params` changed by the student: this mistake cannot be recognised
            pass
    known_mistakes(got, mistakes, tol=tol)
    fail(tr("`{name}` has the right shape but not the right values yet. It should be the mean of {count} one-patient "
            "gradients of W2, each from `forward_pass` and `backward_pass` with `params_check` on one of the first "
            "{count} training patients.", name=name, count=count))


def _judge_average_shape(got: np.ndarray, want: np.ndarray, means: dict[str, Any]) -> None:
    """Name the likely mistake behind a wrong shape (the gradient of another parameter, a wrong axis)."""
    name = "grad_W2_average"
    if got.shape == want.shape:
        return
    for key in ("W1", "b1", "b2"):
        mean = np.asarray(means[key], dtype=float)
        if got.shape == mean.shape and is_close(got, mean, 1e-9 * float(np.abs(mean).max()) + 1e-12):
            fail(tr("`{name}` has the shape {shape} of `{key}`: it is the average gradient of `{key}`. Take the "
                    "`\"W2\"` entry of what `backward_pass` returns.", name=name, shape=got.shape, key=key))
    if got.shape == (N_PATIENTS, *want.shape):
        fail(tr("`{name}` holds the {count} gradients side by side (shape {shape}). Average them over the patients, "
                "the first axis: `np.mean(..., axis=0)`.", name=name, count=N_PATIENTS, shape=got.shape))
    if got.ndim == 0 or got.size == 1:
        fail(tr("`{name}` is a single number: you averaged all the values together. Average over the patients only "
                "(`axis=0`), so that the result keeps the shape {shape} of W2.", name=name, shape=want.shape))
    if got.ndim >= 2 and got.shape[0] == N_PATIENTS:
        fail(tr("`{name}` has shape {shape}: one row per patient, so the mean was taken along the wrong axis. "
                "Average over the patients, the first axis of the list (`axis=0`).", name=name, shape=got.shape))
    if got.shape == want.shape[::-1]:
        fail(tr("`{name}` should have shape {expected} like W2, but it has shape {shape}: rows and columns are "
                "swapped. Keep each gradient as `backward_pass` returns it (or transpose with `.T`).",
                name=name, expected=want.shape, shape=got.shape))


exercise_2 = Exercise(
    label="exercise_2",
    title=N_("a batch gradient is the mean of the patients' gradients"),
    answers={"grad_W2_average": N_("an array of shape (16, 1)")},
    uses=("forward_pass", "backward_pass", "params_check", "X_train", "y_train", "trained_params"),
    reference=_average_W2,
    judge=_judge_average,
    hints=(
        N_("Treat each patient as a batch of one: run `forward_pass` and then `backward_pass` with `params_check` "
           "on `X_train[i:i + 1]` and `y_train[i:i + 1]`, and keep the `\"W2\"` entry of the result."),
        N_("Do it in a loop over the first 8 patients and collect the 8 arrays of shape (16, 1) in a list. Then "
           "average them over the patients with `np.mean(your_list, axis=0)`: axis 0 runs over the list, so the "
           "result keeps the shape (16, 1)."),
    ),
    solution_code=(
        "per_patient_W2 = []\n"
        "for patient in range(8):\n"
        "    p_one, cache_one = forward_pass(params_check, X_train[patient:patient + 1])\n"
        "    grads_one = backward_pass(params_check, p_one, cache_one, y_train[patient:patient + 1])\n"
        "    per_patient_W2.append(grads_one[\"W2\"])\n"
        "grad_W2_average = np.mean(per_patient_W2, axis=0)"
    ),
    explanation=N_("Each one-patient backward pass gives that patient's slope for every weight of W2; their mean is "
                   "exactly the gradient of the batch of 8, because the loss of a batch is the mean of the patients' "
                   "losses."),
)

# --------------------------------------------------------------------------------------------------- exercise 3

NEGATIVE_SLOPE = LEAKY_SLOPE
"""The task's slope for negative inputs: "Leaky ReLU is a when a > 0 and 0.01 a otherwise".

The course's one convention (``course_utils.reference.activations.LEAKY_SLOPE``), PyTorch's default. The lecture
slides write max(0.1 a, a): :data:`SLIDES_SLOPE`, a plausible mistake with its own message.
"""

SLIDES_SLOPE = 0.1

LEAKY = "value_leaky_relu"


def _leaky_reference(Value: type) -> dict[str, Callable]:
    def value_leaky_relu(v: Any) -> Any:
        out = Value(v.data if v.data > 0 else NEGATIVE_SLOPE * v.data, (v,), "leaky ReLU")

        def _backward() -> None:
            v.grad += (1.0 if v.data > 0 else NEGATIVE_SLOPE) * out.grad

        out._backward = _backward
        return out

    return {LEAKY: value_leaky_relu}


def _reaches(out: Any, v: Any) -> bool:
    """True if ``v`` is ``out`` or one of the values ``out`` was computed from (its children, theirs...)."""
    stack, seen = [out], set()
    while stack:
        node = stack.pop()
        if node is v:
            return True
        if id(node) in seen:
            continue
        seen.add(id(node))
        stack.extend(getattr(node, "_prev", ()) or ())
    return False


def _code(x: float) -> str:
    """``x`` as it is written in code (``-2``, ``0.5``): a decimal point in every language."""
    return format(x, "g")


def _error_message(error: Exception, where: str) -> str:
    """The course's words for an error raised by the student's function; ``where`` is already translated.

    The error's own first line (Python's words, in English) is quoted in parentheses so that the student can
    match it with the traceback they know."""
    text = str(error).strip().split("\n")[0][:120]
    kind = type(error).__name__
    if "Placeholder" in text or "____" in text:
        return tr("`{name}` still holds `____` somewhere: replace it with your code.", name=LEAKY)
    stopped = tr("`{name}` stopped with an error {where} ({kind}: {text}).", name=LEAKY, where=where, kind=kind,
                 text=text)
    if isinstance(error, TypeError) and ("not supported between" in text):
        return stopped + " " + tr("A `Value` cannot be compared with a number: compare the number it holds, "
                                  "`v.data`.")
    if isinstance(error, TypeError) and ("float()" in text or "holds one number" in text):
        return stopped + " " + tr("The first argument of `Value(...)` is a plain number (the forward value), not a "
                                  "`Value`: compute it from `v.data`.")
    if isinstance(error, TypeError) and "not iterable" in text:
        return stopped + " " + tr("The children of a new `Value` are a tuple: write `(v,)`, with the comma.")
    if isinstance(error, NameError):
        return stopped + " " + tr("Inside your function the input is called `v` (not `self` as in `_relu`), and the "
                                  "result is the new `Value` you create.")
    if isinstance(error, AttributeError):
        return stopped + " " + tr("A `Value` holds its number in `.data` and its gradient in `.grad`.")
    return stopped


def _leaky_out(fn: Callable, Value: type, x: float, v: Any = None) -> tuple[Any, Any]:
    """Call the student's function on ``v`` (a fresh ``Value(x)`` by default); return (input, output) or fail."""
    v = Value(x) if v is None else v
    try:
        out = fn(v)
    except Exception as error:  # noqa: BLE001 - say what went wrong in the course's words
        fail(_error_message(error, tr("on `Value({x})`", x=_code(x))))
    out = attempted(out)
    if not isinstance(out, Value):
        if all(hasattr(out, attribute) for attribute in ("data", "grad", "_prev")):
            fail(tr("`{name}` returns a `Value` of another engine ({module}): create the result with the notebook's "
                    "`Value` of section 4, so that it joins the same graph as `v`.",
                    name=LEAKY, module=type(out).__module__))
        if isinstance(out, (int, float, np.integer, np.floating)) and not isinstance(out, bool):
            fail(tr("`{name}(Value({x}))` returns {received}, not a `Value`. A plain number has no gradient and no "
                    "link to `v`: wrap the forward value in `Value(...)`, with `v` as its child.",
                    name=LEAKY, x=_code(x), received=describe(out)))
        fail(tr("`{name}(Value({x}))` returns {received}, not a `Value`: the function must return the new `Value` "
                "it creates.", name=LEAKY, x=_code(x), received=describe(out)))
    if not isinstance(v.data, (int, float)) or v.data != x:
        fail(tr("`{name}` changed its input `v` (its `.data` is no longer {x}). Leave `v` as it is and return a new "
                "`Value` computed from it.", name=LEAKY, x=in_prose(x, "g")))
    if not _reaches(out, v):
        fail(tr("The `Value` that `{name}` returns does not have `v` among its children, so `backward()` can never "
                "reach `v` and its gradient stays 0. Give `(v,)` as the children when you create the new `Value`.",
                name=LEAKY))
    return v, out


def _forward_number(out: Any, x: float) -> float:
    if is_placeholder(out.data):
        fail(tr("`{name}` still holds `____` in its forward value: replace it with your code.", name=LEAKY))
    return number(out.data, tr("the `.data` of {name}(Value({x}))", name=LEAKY, x=_code(x)))


def _gradient(fn: Callable, Value: type, x: float, times: float = 3.0, twice: bool = False) -> float:
    """d/dx of ``times * f(x)`` (or of ``f(x) + f(x)`` if ``twice``), by the notebook's ``backward()``."""
    v, out = _leaky_out(fn, Value, x)
    if twice:
        result = out + _leaky_out(fn, Value, x, v)[1]
    else:
        result = out * times
    try:
        result.backward()
    except Exception as error:  # noqa: BLE001 - an error inside the student's _backward
        fail(_error_message(error, tr("during `backward()`, in your `_backward`")))
    if is_placeholder(v.grad):
        fail(tr("`{name}` still holds `____` in its `_backward`: replace it with your code.", name=LEAKY))
    if all(hasattr(v.grad, attribute) for attribute in ("data", "grad")):
        fail(tr("After `backward()`, `v.grad` holds a `Value`, not a number. In `_backward`, use plain numbers: "
                "`v.data` and `out.grad`."))
    return number(v.grad, tr("`v.grad` after backward()"))


def _judge_leaky(answers: dict[str, Any], expected: dict[str, Any], uses: dict[str, Any]) -> None:
    fn = function(answers[LEAKY], LEAKY)
    Value = uses["Value"]
    slope = NEGATIVE_SLOPE

    # forward values, on fresh Values: positive, negative and zero inputs
    for x in (2.0, -3.0, 0.0, 0.5, -0.5):
        _, out = _leaky_out(fn, Value, x)
        got = _forward_number(out, x) + 0.0  # + 0.0 turns -0.0 into 0.0 for the messages
        want = x if x > 0 else slope * x
        if is_close(got, want, 1e-9):
            continue
        where = tr("`{name}(Value({x})).data` is {got}", name=LEAKY, x=_code(x), got=in_prose(got, ".4g"))
        if x > 0:
            known_mistakes(got, [
                (slope * x, tr("{where}: a positive input is multiplied by the small slope. For a > 0 leaky ReLU "
                               "gives a unchanged; the small slope is for a ≤ 0 (is your condition reversed?).",
                               where=where)),
                (0.0, tr("{where}: for a positive input leaky ReLU gives the input unchanged.", where=where)),
            ])
            fail(tr("{where}, but for a positive input leaky ReLU gives the input unchanged.", where=where))
        if x == 0:
            fail(tr("{where}, but for an input of 0 leaky ReLU gives 0.", where=where))
        known_mistakes(got, [
            (0.0, tr("{where}: negative inputs give 0, as in a plain ReLU. Leaky ReLU lets a small part through: "
                     "the task's slope times a.", where=where)),
            (x, tr("{where}: a negative input comes out unchanged. For a ≤ 0 leaky ReLU multiplies it by the task's "
                   "small slope.", where=where)),
            (SLIDES_SLOPE * x, tr("{where}: that is a slope of {slope} for negative inputs, the lecture slides' "
                                  "value. The course uses the slope the task gives, PyTorch's default.",
                                  where=where, slope=in_prose(SLIDES_SLOPE, "g"))),
            (-slope * x, tr("{where}: the sign is flipped. For a ≤ 0 leaky ReLU is the small slope times a, a "
                            "negative number.", where=where)),
            (abs(x), tr("{where}: a negative input became positive. For a ≤ 0 leaky ReLU keeps the sign of a.",
                        where=where)),
        ])
        fail(tr("{where}, but for a negative input leaky ReLU is the task's small slope times the input.",
                where=where))

    # backward: the local slope, times out.grad, added to v.grad
    times = 3.0
    g_pos = _gradient(fn, Value, 2.0, times)
    g_neg = _gradient(fn, Value, -2.0, times)
    pos_ok, neg_ok = is_close(g_pos, times, 1e-9), is_close(g_neg, times * slope, 1e-9)
    setup = tr("With `v = Value(-2.0)` and `out = {name}(v)`, `(out * 3).backward()`", name=LEAKY)
    setup_pos = tr("With `v = Value(2.0)` and `out = {name}(v)`, `(out * 3).backward()`", name=LEAKY)
    pos, neg = in_prose(g_pos, ".4g"), in_prose(g_neg, ".4g")
    if g_pos == 0 and g_neg == 0:
        fail(tr("`backward()` leaves `v.grad` at 0 for every input: the new `Value` has no rule that passes the "
                "gradient on. Define a `_backward` function that adds the local slope times `out.grad` to "
                "`v.grad`, and attach it to the new `Value` (its `_backward` attribute)."))
    if is_close(g_pos, 1.0, 1e-9) and (neg_ok or is_close(g_neg, slope, 1e-9)):
        fail(tr("{setup} gives `v.grad` = {grad}: the gradient arriving from above is lost. In `_backward`, "
                "multiply the local slope by `out.grad` before adding it to `v.grad`.", setup=setup_pos, grad=pos))
    if is_close(g_pos, times * slope, 1e-9) and is_close(g_neg, times, 1e-9):
        fail(tr("{setup} gives `v.grad` = {grad}: the two slopes are swapped. The slope is 1 for a > 0 and the "
                "small slope for a ≤ 0.", setup=setup_pos, grad=pos))
    if not pos_ok:
        fail(tr("{setup} gives `v.grad` = {grad}: for a positive input the local slope of leaky ReLU is 1, times "
                "`out.grad`, added to `v.grad`.", setup=setup_pos, grad=pos))
    if not neg_ok:
        known_mistakes(g_neg, [
            (times, tr("{setup} gives `v.grad` = {grad}: that is a slope of 1 for a negative input. For a ≤ 0 the "
                       "local slope of leaky ReLU is the task's small slope.", setup=setup, grad=neg)),
            (0.0, tr("{setup} gives `v.grad` = 0: a slope of 0 for negative inputs, as in a plain ReLU. Leaky ReLU's "
                     "slope for a ≤ 0 is the task's small slope, so a little gradient still flows.", setup=setup)),
            (slope, tr("{setup} gives `v.grad` = {grad}: the gradient arriving from above is lost. In `_backward`, "
                       "multiply the local slope by `out.grad`.", setup=setup, grad=neg)),
            (times * SLIDES_SLOPE, tr("{setup} gives `v.grad` = {grad}: a slope of {slope}, the lecture slides' "
                                      "value. Use the slope the task gives, PyTorch's default.",
                                      setup=setup, grad=neg, slope=in_prose(SLIDES_SLOPE, "g"))),
            (-times * slope, tr("{setup} gives `v.grad` = {grad}: the sign is flipped. The slope of leaky ReLU is "
                                "positive everywhere.", setup=setup, grad=neg)),
            (times * -2.0, tr("{setup} gives `v.grad` = {grad}: the local slope is not the input's value; it is 1 "
                              "or the small slope.", setup=setup, grad=neg)),
        ], tol=1e-9)
        fail(tr("{setup} gives `v.grad` = {grad}: for a negative input the local slope is the task's small slope, "
                "times `out.grad`, added to `v.grad`.", setup=setup, grad=neg))

    # a value used twice: its gradient must add both contributions (+=)
    for x in (-2.0, 2.0):
        g_twice = _gradient(fn, Value, x, twice=True)
        local = 1.0 if x > 0 else slope
        if is_close(g_twice, 2 * local, 1e-9):
            continue
        message = tr("With `v = Value({x})` used twice, `({name}(v) + {name}(v)).backward()` gives `v.grad` = "
                     "{grad}", x=_code(x), name=LEAKY, grad=in_prose(g_twice, ".4g"))
        if is_close(g_twice, local, 1e-9):
            fail(tr("{message}: only one use counted. Each use must **add** its contribution: `v.grad += ...`, not "
                    "`v.grad = ...` (the sum over paths).", message=message))
        fail(tr("{message}: each use should add its local slope times `out.grad` to `v.grad`.", message=message))


exercise_3 = Exercise(
    label="exercise_3",
    title=N_("teach the engine a new operation"),
    answers={LEAKY: N_("a function that takes a `Value` and returns a new `Value`")},
    uses=("Value",),
    reference=_leaky_reference,
    judge=_judge_leaky,
    hints=(
        N_("Start from `_relu` in section 4.2 and change two things: the forward value for a ≤ 0 (the task's small "
           "slope times a, instead of 0) and the local slope in the backward rule (the small slope, instead of 0). "
           "Inside your function the input is called `v`, not `self`."),
        N_("Three steps. (1) Create the new `Value`: its number is chosen with `v.data > 0`, its children are "
           "`(v,)`, its label is any text. (2) Write a small function `_backward()` with no argument that adds "
           "(local slope) × `out.grad` to `v.grad`, with `+=`. (3) Store that function in the new Value's "
           "`_backward` attribute, and return the new Value."),
    ),
    solution_code=(
        'out = Value(v.data if v.data > 0 else 0.01 * v.data, (v,), "leaky ReLU")\n'
        "\n"
        "def _backward():\n"
        "    v.grad += (1.0 if v.data > 0 else 0.01) * out.grad\n"
        "\n"
        "out._backward = _backward\n"
        "return out"
    ),
    explanation=N_("The forward value and the local slope are chosen by the sign of the input. Adding with `+=` "
                   "lets a value used in several places collect the gradient of every path, and the child `(v,)` is "
                   "what lets `backward()` reach `v`."),
)
