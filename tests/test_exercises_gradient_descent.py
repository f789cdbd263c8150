"""Exercises of notebook 04: plausible wrong answers are rejected with a course message, right ones accepted."""

import math

import numpy as np
import pytest
import torch
from exercise_support import assert_accepted, assert_basics, assert_rejected

from course_utils import landscapes
from course_utils.exercises import gradient_descent


def f_prime(x):
    return 2 * x


def gradient_descent_1d(grad, x0, lr, eps=1e-3, max_steps=100):
    """The notebook's descent on x^2: the visited points and whether the stopping test was met."""
    x, path = x0, [x0]
    for _ in range(max_steps):
        g = grad(x)
        if abs(g) < eps:
            return np.array(path), True
        x = x - lr * g
        path.append(x)
    return np.array(path), abs(grad(x)) < eps


@pytest.fixture(scope="module")
def context():
    return {"narrow_valley": landscapes.bowl(10.0)}


@pytest.mark.parametrize("label", ["exercise_1", "exercise_2", "exercise_3"])
def test_basics(context, capsys, monkeypatch, label):
    assert_basics(getattr(gradient_descent, label), context, capsys, monkeypatch)


# ------------------------------------------------------------------------------------------------ exercise 1

PATH_EX, OK_EX = gradient_descent_1d(f_prime, x0=2.0, lr=0.25)


@pytest.mark.parametrize("answer, words", [
    (len(PATH_EX), "points of the path"),                                   # counts the points, start included
    (len(gradient_descent_1d(f_prime, x0=3.0, lr=0.25)[0]) - 1, "x0 = 2"),  # started at 3
    (len(PATH_EX) - 2, "one too few"),                                      # rounded the formula down
    (len(gradient_descent_1d(f_prime, x0=2.0, lr=0.1)[0]) - 1, "α = 0.1"),  # the earlier learning rate
    (39, "section 2"),                                                      # k_predicted of section 2
    (len(gradient_descent_1d(f_prime, x0=2.0, lr=0.5)[0]) - 1, "α = 0.5"),
    (6, "loss"),                                                            # stopping test on f(x)
    (100, "max_steps"),
    (PATH_EX[-1], "last point"),                                            # the final x, not the count
    (abs(f_prime(PATH_EX[-1])), "last slope"),
    (math.log(1e-3 / 4) / math.log(0.5), "round up"),                       # the equation's exact solution
    (12.7, "no decimals"),                                                  # never truncated by int()
    ((PATH_EX, OK_EX), "pair of values"),                                   # the tuple gradient_descent_1d returns
    (PATH_EX, "path"),
    (list(PATH_EX), "path"),
    (OK_EX, "yes/no"),
    (-12, "negative"),
    (20, "too large"),
    (3, "too small"),
])
def test_wrong_steps(context, answer, words):
    assert_rejected(gradient_descent.exercise_1, context, words, steps_to_converge=answer)


@pytest.mark.parametrize("answer", [
    len(PATH_EX) - 1,
    12.0,                                                                   # a whole float
    np.int64(12),
    np.ceil(np.log(1e-3 / 4) / np.log(0.5)),                                # the formula, rounded up
    torch.tensor(12),
    np.array([12]),
    len(gradient_descent_1d(f_prime, x0=-2.0, lr=0.25)[0]) - 1,              # from -2: the same by symmetry
])
def test_right_steps(context, answer):
    assert_accepted(gradient_descent.exercise_1, context, steps_to_converge=answer)


# ------------------------------------------------------------------------------------------------ exercise 2

START, GRADIENT = np.array([1.0, 1.0]), np.array([1.0, 10.0])
RIGHT = START - 0.15 * GRADIENT


@pytest.mark.parametrize("answer, words", [
    (GRADIENT, "gradient at (1, 1)"),
    (START + 0.15 * GRADIENT, "uphill"),
    (START - 0.15 * START, "same factor"),                                  # forgot the 10
    (START - 1.5 * START, "10 included"),                                   # the 10 on both coordinates
    (RIGHT - 0.15 * np.array([RIGHT[0], 10 * RIGHT[1]]), "two"),           # the step taken twice
    (RIGHT.reshape(2, 1), "shape"),                                         # a column
    (RIGHT.reshape(1, 2), "shape"),                                         # a row
    (-0.15 * GRADIENT, "step itself"),
    (0.15 * GRADIENT, "subtract"),
    (START - GRADIENT, "learning rate"),
    (START - 0.3 * GRADIENT, "twice the gradient"),
    (START - 0.1 * GRADIENT, "0.1"),
    (RIGHT[::-1].copy(), "swapped"),
    ([RIGHT[0], 1.0], "only p1"),
    ([1.0, RIGHT[1]], "only p2"),
    ([RIGHT[0], 0.5], "p2 is not right"),
    ([0.8, 0.4], "neither"),
    (0.85, "single number"),
    ([0.85, -0.5, 0.0], "2 numbers"),
])
def test_wrong_point(context, answer, words):
    assert_rejected(gradient_descent.exercise_2, context, words, p_next=answer)


@pytest.mark.parametrize("answer", [
    RIGHT,
    [0.85, -0.5],                                                           # by hand, as a list
    (0.85, -0.5),                                                           # or a tuple
    torch.tensor([0.85, -0.5]),                                             # a float32 tensor
    START - 0.15 * landscapes.bowl(10.0).gradient(START),                   # with the notebook's surface
    np.array([1 - 0.15, 1 - 1.5]),
])
def test_right_point(context, answer):
    assert_accepted(gradient_descent.exercise_2, context, p_next=answer)


def test_right_point_answers_the_question(context):
    """The task asks which coordinate overshoots: once the point is right, the check's message says so."""
    message = assert_accepted(gradient_descent.exercise_2, context, p_next=RIGHT)
    assert "p2 overshoots" in message and "other side" in message and "-0.5" in message


# ------------------------------------------------------------------------------------------------ exercise 3

@pytest.mark.parametrize("answer, words", [
    (0.2, "one step"),                  # the optimal step 1/L (and the narrow valley's limit), not the limit
    (2.0, "forgot the 5"),
    (1.0, "x²"),                        # the limit for x^2
    (0.8, "2.5x²"),
    (40.0, "percentage"),
    (2.5, "upside down"),
    (0.0, "+1"),
    (-0.4, "negative"),
    (0.38, "just below"),
    (0.42, "just above"),
    (0.3, "too small"),
    (0.5, "too large"),
    (-1.0, "positive"),
])
def test_wrong_rate(context, answer, words):
    assert_rejected(gradient_descent.exercise_3, context, words, lr_max=answer)


@pytest.mark.parametrize("answer", [0.4, 2 / 5, 4 / 10, np.float32(0.4), torch.tensor(0.4), np.array(0.4)])
def test_right_rate(context, answer):
    assert_accepted(gradient_descent.exercise_3, context, lr_max=answer)
