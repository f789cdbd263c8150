"""Exercises of notebook 04 (gradient descent): counting steps, one step in a narrow valley, the largest safe rate."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from course_utils.exercises.core import Exercise, array, fail, integer, is_close, known_mistakes, number
from course_utils.i18n import N_, tr
from course_utils.i18n import number as fmt

# The settings the tasks state (markdown of the notebook), not data: exercise 1 starts at x0 = 2 with alpha = 0.25
# on f(x) = x^2 and stops when |f'(x)| < 0.001; exercise 2 steps from (1, 1) with alpha = 0.15 in the narrow valley;
# exercise 3 has the gradient 5 x (f(x) = 2.5 x^2).
EX1_X0, EX1_LR, EPS = 2.0, 0.25, 1e-3
EX2_START, EX2_LR = np.array([1.0, 1.0]), 0.15
EX3_CURVATURE = 5.0


# --------------------------------------------------------------------------------------------------- exercise 1


def _descend_1d(x0: float, lr: float, eps: float = EPS, max_steps: int = 100,
                stop_on: str = "slope") -> tuple[int, float]:
    """Gradient descent on x^2 as the notebook's `gradient_descent_1d` does it: (number of steps, last x).

    ``stop_on`` gives the quantity compared with ``eps``: the slope |2x| (the task), or, for a known mistake, the
    loss x^2.
    """
    measure = {"slope": lambda x: abs(2 * x), "loss": lambda x: x * x}[stop_on]
    x = x0
    for step in range(max_steps):
        if measure(x) < eps:
            return step, x
        x = x - lr * 2 * x
    return max_steps, x


def _steps(**_: Any) -> dict[str, int]:
    return {"steps_to_converge": _descend_1d(EX1_X0, EX1_LR)[0]}


def _judge_steps(answers: dict[str, Any], expected: dict[str, int], uses: dict[str, Any]) -> None:
    name, kind = "steps_to_converge", N_("one whole number (a count of steps)")
    value = answers[name]
    if isinstance(value, tuple) and len(value) == 2:
        fail(tr("`{name}` is a pair of values. `gradient_descent_1d` returns two things, the visited points and "
                "whether the stopping test was met: unpack them into two names, then count the steps.", name=name))
    if isinstance(value, (list, tuple, np.ndarray)) or hasattr(value, "detach"):
        values = array(value, name, kind=kind)
        if values.ndim == 1 and values.size > 1:
            fail(tr("`{name}` holds {size} values: it looks like the path (the points visited) rather than the "
                    "number of steps. Count the steps: the path holds the start, then one point per step.",
                    name=name, size=values.size))
    got = number(value, name, kind)
    want = expected[name]
    last_x = _descend_1d(EX1_X0, EX1_LR)[1]
    ratio = math.log(EPS / (2 * EX1_X0)) / math.log(abs(1 - 2 * EX1_LR))
    known_mistakes(got, [
        (last_x, tr("`{name}` looks like the last point x reached, not the number of steps taken to reach it.",
                    name=name)),
        (abs(2 * last_x), tr("`{name}` looks like the last slope |f'(x)|, not the number of steps taken.", name=name)),
        (ratio, tr("`{name}` solves the equation for k exactly, which gives a number with decimals. The number of "
                   "steps is a whole number: the first whole k for which the slope is below 0.001 (round up).",
                   name=name)),
    ], tol=1e-3, relative=True)
    steps = integer(value, name, kind)
    if steps == want:
        return
    known_mistakes(steps, [
        (want + 1, tr("`{name}` is one too many. It probably counts the points of the path, and the path also holds "
                      "the start x0 (the steps are one fewer). Also check that you start at x0 = 2, not at the x0 = "
                      "3 of the earlier sections.", name=name)),
        (want - 1, tr("`{name}` is one too few. With the formula, take the first whole k where the slope |f'(x_k)| "
                      "= |2 x_k| is below 0.001 (round up, not down); and the stopping test is on the slope "
                      "|f'(x)|, not on x itself.", name=name)),
        (_descend_1d(EX1_X0, EX1_LR, stop_on="loss")[0], tr("`{name}` stops when the loss f(x) = x² is below 0.001. "
                                                            "The stopping test is on the slope, |f'(x)| < 0.001.",
                                                            name=name)),
        (_descend_1d(EX1_X0, 0.1)[0], tr("`{name}` is the count for the learning rate α = 0.1 (the default of the "
                                         "earlier sections). Use α = 0.25, as the task says.", name=name)),
        (_descend_1d(3.0, 0.1)[0], tr("`{name}` is the count of section 2 (α = 0.1, start x0 = 3). Use α = 0.25 and "
                                      "x0 = 2, as the task says.", name=name)),
        (_descend_1d(EX1_X0, 0.5)[0], tr("`{name}` is the count for α = 0.5, which lands on the minimum in one "
                                         "step. Use α = 0.25.", name=name)),
        (100, tr("`{name}` is the maximum number of steps (`max_steps`): did the descent meet its stopping test? "
                 "Count the steps of the path it returns.", name=name)),
    ])
    if steps < 0:
        fail(tr("`{name}` = {steps}, but a number of steps cannot be negative.", name=name, steps=steps))
    if steps > want:
        fail(tr("`{name}` = {steps} is not the number of steps of this descent yet: it is too large. Check the start "
                "(x0 = 2), the learning rate (α = 0.25) and the stopping test (|f'(x)| < 0.001).",
                name=name, steps=steps))
    fail(tr("`{name}` = {steps} is not the number of steps of this descent yet: it is too small. Check the start "
            "(x0 = 2), the learning rate (α = 0.25) and the stopping test (|f'(x)| < 0.001).", name=name, steps=steps))


exercise_1 = Exercise(
    label="exercise_1",
    title=N_("count the steps"),
    answers={"steps_to_converge": N_("one whole number (a count of steps)")},
    uses=(),
    reference=_steps,
    judge=_judge_steps,
    hints=(
        N_("Run `gradient_descent_1d` with the gradient `f_prime`, the start x0 = 2 and the learning rate 0.25 (its "
           "default stopping test, |f'(x)| < 0.001, is the one asked). It returns two things: the visited points and "
           "whether the stopping test was met."),
        N_("The path holds the start, then one point per step: the number of steps is one less than the number of "
           "points. By hand: each step multiplies x by 1 - 2α = 0.5, so the slope is |f'(x_k)| = 4 × 0.5^k; find the "
           "first whole k for which it is below 0.001."),
    ),
    solution_code=("path_ex, ok_ex = gradient_descent_1d(f_prime, x0=2.0, lr=0.25)\n"
                   "steps_to_converge = len(path_ex) - 1"),
    explanation=N_("The path holds x0 and then one point per step, so the steps are its length minus one. Each step "
                   "halves x (1 - 2 × 0.25 = 0.5), and the slope 4 × 0.5^k first drops below 0.001 at that step."),
)


# --------------------------------------------------------------------------------------------------- exercise 2


def _one_step(narrow_valley: Any) -> dict[str, np.ndarray]:
    return {"p_next": EX2_START - EX2_LR * np.asarray(narrow_valley.gradient(EX2_START.copy()), dtype=float)}


def _judge_one_step(answers: dict[str, Any], expected: dict[str, np.ndarray], uses: dict[str, Any]) -> None:
    name = "p_next"
    got = array(answers[name], name, kind=N_("an array of 2 numbers (p1, p2)"))
    if got.size == 1:
        fail(tr("`{name}` is a single number, but a point of the valley has two coordinates (p1, p2): give an array "
                "of 2 numbers.", name=name))
    if got.shape != (2,):
        if got.size == 2:
            fail(tr("`{name}` has the shape {shape}, a table of one row or one column. Give a flat array of 2 "
                    "numbers, shape (2,), like the point (1, 1) it starts from (`.ravel()` flattens it).",
                    name=name, shape=got.shape))
        fail(tr("`{name}` should hold 2 numbers (p1, p2), but it is {size} numbers of shape {shape}.",
                name=name, size=got.size, shape=got.shape))
    want = expected[name]
    if is_close(got, want, 1e-6):
        return _overshoot_remark(want)
    start, lr = EX2_START, EX2_LR
    gradient = np.asarray(uses["narrow_valley"].gradient(start.copy()), dtype=float)
    twice = want - lr * np.asarray(uses["narrow_valley"].gradient(want.copy()), dtype=float)
    same_factor = start - lr * start
    known_mistakes(got, [
        (gradient, tr("`{name}` is the gradient at (1, 1), not the new point. Take the step: the point minus α "
                      "times the gradient.", name=name)),
        (start + lr * gradient, tr("`{name}` moved uphill: the gradient points up the slope, so the step "
                                   "*subtracts* α times the gradient (you added it).", name=name)),
        (same_factor, tr("`{name}` moved both coordinates by the same factor. The gradient is (p1, 10 p2): across "
                         "the valley (p2) the slope is 10 times steeper, so the step in p2 is 10 times larger.",
                         name=name)),
        (start - lr * start * gradient[1] / gradient[0], tr("`{name}` moved both coordinates by the same factor, "
                                                            "the 10 included. The gradient is (p1, 10 p2): only p2 "
                                                            "is multiplied by 10.", name=name)),
        (twice, tr("`{name}` is the point after *two* steps. Take only one step from (1, 1).", name=name)),
        (-lr * gradient, tr("`{name}` is the step itself (minus α times the gradient), not the new point. Add the "
                            "step to the starting point (1, 1).", name=name)),
        (lr * gradient, tr("`{name}` is α times the gradient, not the new point. Subtract it from the starting "
                           "point (1, 1).", name=name)),
        (start - gradient, tr("`{name}` forgot the learning rate: the step is α = 0.15 times the gradient, not the "
                              "whole gradient.", name=name)),
        (start - 2 * lr * gradient, tr("`{name}` uses twice the gradient. The gradient of (p1² + 10 p2²)/2 is (p1, "
                                       "10 p2): the 1/2 cancels the 2 of the derivative.", name=name)),
        (start - 0.1 * gradient, tr("`{name}` uses the learning rate 0.1. The task asks for α = 0.15.", name=name)),
        (want[::-1], tr("`{name}` has its two coordinates swapped: give (p1, p2) in this order.", name=name)),
        (np.array([want[0], start[1]]), tr("`{name}` moved only p1. Both coordinates take a step: p2 as well.",
                                           name=name)),
        (np.array([start[0], want[1]]), tr("`{name}` moved only p2. Both coordinates take a step: p1 as well.",
                                           name=name)),
    ], tol=1e-6)
    wrong = [coordinate for coordinate, ok in zip(("p1", "p2"), np.abs(got - want) <= 1e-6) if not ok]
    if len(wrong) == 1:
        fail(tr("`{name}`: the coordinate {coordinate} is not right yet (the other one is). Check the gradient in "
                "that direction and the step α × gradient.", name=name, coordinate=wrong[0]))
    fail(tr("`{name}` is not the point after one step yet: neither coordinate is right. New point = (1, 1) minus α "
            "times the gradient at (1, 1).", name=name))


def _overshoot_remark(point: np.ndarray) -> str:
    """The answer to the task's question, shown once the point is right: which coordinate overshoots, and why."""
    factors = point / EX2_START                  # what one step multiplied each coordinate by
    return tr("p2 overshoots: it went from 1 to {p2}, past the valley floor (p2 = 0) to the other side, while p1 "
              "only went from 1 to {p1}, on the same side. Across the valley the slope is 10 times steeper, so the "
              "step multiplies p2 by 1 - 10α = {factor2} (below 0: it changes side) and p1 by 1 - α = {factor1}.",
              p2=fmt(point[1], "g"), p1=fmt(point[0], "g"), factor2=fmt(factors[1], "g"), factor1=fmt(factors[0], "g"))


exercise_2 = Exercise(
    label="exercise_2",
    title=N_("one step in a narrow valley"),
    answers={"p_next": N_("an array of 2 numbers (p1, p2)")},
    uses=("narrow_valley",),
    reference=_one_step,
    judge=_judge_one_step,
    hints=(
        N_("One step of gradient descent: new point = old point - α × gradient, with the gradient computed at the old "
           "point."),
        N_("At p = (1, 1) the gradient (p1, 10 p2) is (1, 10). Put the point and the gradient in NumPy arrays "
           "(`np.array([..., ...])`), then subtract α = 0.15 times the gradient from the point."),
    ),
    solution_code=("p_now = np.array([1.0, 1.0])\n"
                   "p_next = p_now - 0.15 * np.array([p_now[0], 10 * p_now[1]])"),
    explanation=N_("p2 overshoots: it jumps from 1 to the other side of the valley floor (p2 = 0). Across the narrow "
                   "valley the slope is 10 times steeper, so the same α gives p2 a 10 times larger step; p1 stays on "
                   "its side."),
)


# --------------------------------------------------------------------------------------------------- exercise 3


def _largest_rate(**_: Any) -> dict[str, float]:
    return {"lr_max": 2 / EX3_CURVATURE}


def _judge_largest_rate(answers: dict[str, Any], expected: dict[str, float], uses: dict[str, Any]) -> None:
    name = "lr_max"
    got = number(answers[name], name, N_("one number (a learning rate)"))
    want = expected[name]
    if is_close(got, want, 1e-6):
        return
    known_mistakes(got, [
        (1 / EX3_CURVATURE, tr("`{name}` is the learning rate that makes the factor 1 - 5α equal to 0: it lands on "
                               "the minimum in one step, the best step. Larger steps overshoot but still converge "
                               "while the factor stays above -1: find where it reaches -1. (It is also the narrow "
                               "valley's limit, whose curvature is 10; here it is 5.)", name=name)),
        (2.0, tr("`{name}` forgot the 5: the factor is 1 - 5α, not 1 - α.", name=name)),
        (1.0, tr("`{name}` is the limit for f(x) = x² of section 3 (gradient 2x). Here the gradient is 5x, so the "
                 "factor is 1 - 5α.", name=name)),
        (2 / 2.5, tr("`{name}` used 2.5, the number in f(x) = 2.5x². The step uses the gradient 5x, so the factor "
                     "is 1 - 5α.", name=name)),
        (100 * want, tr("`{name}` looks like a percentage. Give the learning rate itself (do not multiply by 100).",
                        name=name)),
        (1 / want, tr("`{name}` looks upside down: check which side of the equation you divided.", name=name)),
        (0.0, tr("`{name}` = 0 solves 1 - 5α = 1. Divergence starts where the factor reaches -1, not +1.", name=name)),
        (-want, tr("`{name}` is negative, but a learning rate is positive: check the signs when you solve 1 - 5α = "
                   "-1.", name=name)),
        (0.95 * want, tr("`{name}` is just below the limit (with it descent converges). Give the limit itself: the "
                         "α where the factor is exactly -1.", name=name)),
        (1.05 * want, tr("`{name}` is just above the limit (with it descent diverges). Give the limit itself: the α "
                         "where the factor is exactly -1.", name=name)),
    ], tol=1e-6)
    if got <= 0:
        fail(tr("`{name}` = {got}, but a learning rate is positive.", name=name, got=fmt(got, ".4g")))
    factor = 1 - EX3_CURVATURE * got
    if got < want:
        fail(tr("`{name}` = {got} is too small: the factor 1 - 5α is then {factor}, above -1, so descent still "
                "converges. The limit is where the factor reaches -1.", name=name, got=fmt(got, ".4g"),
                factor=fmt(factor, ".4g")))
    fail(tr("`{name}` = {got} is too large: the factor 1 - 5α is then {factor}, below -1, so descent already "
            "diverges. The limit is where the factor is exactly -1.", name=name, got=fmt(got, ".4g"),
            factor=fmt(factor, ".4g")))


exercise_3 = Exercise(
    label="exercise_3",
    title=N_("the largest safe learning rate"),
    answers={"lr_max": N_("one number (a learning rate)")},
    uses=(),
    reference=_largest_rate,
    judge=_judge_largest_rate,
    hints=(
        N_("Each step multiplies x by the factor 1 - 5α. Descent diverges once this factor falls below -1: each step "
           "then lands farther from the minimum, on the other side, than the point it started from."),
        N_("Set the factor equal to -1 and solve for α: 1 - 5α = -1."),
    ),
    solution_code="lr_max = 2 / 5",
    explanation=N_("At α = lr_max the factor 1 - 5α is exactly -1: x flips sign at every step without shrinking. "
                   "Below it descent converges, above it diverges: the limit is 2 divided by the curvature (here 5, "
                   "the number in the gradient 5x), as for the narrow valley's 2/10 in section 5."),
)
