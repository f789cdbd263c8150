"""Exercises of notebook 03: plausible wrong answers are rejected with a course message, right ones accepted."""

import numpy as np
import pandas as pd
import pytest
import torch
from exercise_support import assert_accepted, assert_basics, assert_rejected

from course_utils.exercises import perceptron

W = np.array([1.0, 2.0, 3.0, -4.0])          # w_slide
X = np.array([1.0, 4.2, 6.2, 2.0])           # x_patient: the healthy woman of the worked example (wanted y = 0)
MAN = np.array([1.0, 3.1, 5.3, 1.0])         # exercise 1: the man with low red cells, first row of the slides' table
H = 1 / (1 + np.exp(-(W @ X)))
GRADIENT = -(0 - H) * X
STEP = W - 0.1 * GRADIENT


@pytest.fixture(scope="module")
def context():
    """The notebook's variables, built as in its sections 3 and 10."""
    slide_rows = pd.DataFrame({"red_cells": [3.1, 4.2, 4.6, 1.9], "white_cells": [5.3, 6.2, 7.5, 4.4],
                               "sex": [1, 2, 2, 2], "alert (slide)": [1, 0, 0, 1]})
    slide_rows["alert (our ranges)"] = [1, 0, 0, 1]
    X_rows = np.column_stack([np.ones(4), slide_rows[["red_cells", "white_cells", "sex"]]])
    slide_rows["h = sigmoid(z)"] = (1 / (1 + np.exp(-(X_rows @ W)))).round(6)
    X_xor = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    return {"w_slide": W.copy(), "x_patient": X.copy(), "slide_rows": slide_rows,
            "X1_xor": np.column_stack([np.ones(4), X_xor])}


@pytest.mark.parametrize("exercise", [perceptron.exercise_1, perceptron.exercise_2, perceptron.exercise_3],
                         ids=lambda e: e.label)
def test_basics(context, capsys, monkeypatch, exercise):
    assert_basics(exercise, context, capsys, monkeypatch)


# --------------------------------------------------------------------------------------------------- exercise 1

@pytest.mark.parametrize("answer, words", [
    (W[1:] @ MAN[1:], "misses the bias"),                               # forgot x0 = 1
    (-W[0] + W[1:] @ MAN[1:], "wrong sign"),                             # bias subtracted
    (W @ np.array([1.0, 5.3, 3.1, 1.0]), "swaps red and white"),
    (1 / (1 + np.exp(-(W @ MAN))), "sigmoid"),                           # h instead of z
    (1, "before the activation"),                                       # the step output
    (W @ X, "woman of the worked example"),                             # the worked example's inputs
    (W @ np.array([1.0, 3.1, 5.3, 2.0]), "sex = 2"),                     # coded as a woman
    (W[:3] @ MAN[:3], "sex term"),                                       # sex left out
    (W @ np.array([1.0, 4.6, 7.5, 2.0]), "another row"),
    (W @ np.array([1.0, 1.9, 4.4, 2.0]), "another row"),
    (W @ np.array([1.0, 3.1e6, 5.3e3, 1.0]), "units"),
    (W * MAN, "adds them up"),                                          # products not summed
    (MAN, "the man's 4 inputs"),
    (np.column_stack([np.ones(4), [[3.1, 5.3, 1], [4.2, 6.2, 2], [4.6, 7.5, 2], [1.9, 4.4, 2]]]) @ W,
     "every row"),
    ([W @ MAN, W @ X], "one number"),
    (21.0, "too large"),
    (-20.0, "too small"),
])
def test_wrong_z_man(context, answer, words):
    assert_rejected(perceptron.exercise_1, context, words, z_man=answer)


def test_bias_sign_and_swapped_cells_are_told_apart(context):
    """Here the two mistakes give different values (17.1 and 16.9): each gets its own message."""
    message = assert_rejected(perceptron.exercise_1, context, "wrong sign", z_man=-W[0] + W[1:] @ MAN[1:])
    assert "swaps red and white" not in message
    message = assert_rejected(perceptron.exercise_1, context, "swaps red and white",
                              z_man=W @ np.array([1.0, 5.3, 3.1, 1.0]))
    assert "wrong sign" not in message


@pytest.mark.parametrize("answer", [
    W @ MAN,
    np.dot(W, MAN),
    float(np.sum(W * MAN)),
    1 * 1 + 2 * 3.1 + 3 * 5.3 - 4 * 1,
    19.1,                                          # worked out by hand
    np.array([W @ MAN]),                           # an array holding one number
    torch.tensor(W) @ torch.tensor(MAN),
])
def test_right_z_man(context, answer):
    assert_accepted(perceptron.exercise_1, context, z_man=answer)


# --------------------------------------------------------------------------------------------------- exercise 2

@pytest.mark.parametrize("answer, words", [
    (GRADIENT, "the gradient"),                        # the gradient itself
    (W + 0.1 * GRADIENT, "instead of subtracted"),     # + instead of -
    (W - 0.1 * (0 - H) * X, "instead of subtracted"),  # gradient with the wrong sign
    (W - GRADIENT, "learning rate"),                   # no alpha
    (STEP[1:], "bias weight w0"),                      # forgot x0 = 1: 3 weights
    (W, "before the step"),                            # weights before the step
    (W - 0.1 * (-(1 - H) * X), "y = 1"),               # wanted output 1: hardly moves
    (-0.1 * GRADIENT, "change of each weight"),
    (0.1 * GRADIENT, "step α × gradient alone"),
    (W - 0.1 * H, "same amount"),                      # forgot x_i
    (W - 0.1 * (W @ X) * X, "weighted sum z"),         # z instead of h
    (W - 0.01 * GRADIENT, "too little"),
    (np.concatenate([STEP[:1], W[1:]]), "only the bias"),
    (STEP[1:3], "4 weights"),                          # 2 weights (raw matmul error before)
    (STEP.reshape(1, 4), "flat list"),
    (float(STEP[0]), "one number"),
    (W - 0.2 * GRADIENT, "not yet"),
])
def test_wrong_step(context, answer, words):
    assert_rejected(perceptron.exercise_2, context, words, w_after_one_step=answer)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def autograd_step():
    w = torch.tensor(W, requires_grad=True)
    loss = torch.nn.functional.binary_cross_entropy_with_logits(w @ torch.tensor(X), torch.tensor(0.0).double())
    loss.backward()
    with torch.no_grad():
        return w - 0.1 * w.grad


@pytest.mark.parametrize("answer", [
    STEP,
    W - 0.1 * sigmoid(W @ X) * X,                  # simplified gradient
    W - 0.1 * X,                                   # h taken as 1 (the slide's verdict)
    [0.9, 1.58, 2.38, -4.2],                       # worked out by hand, as a list
    tuple(STEP),
    torch.tensor(STEP, dtype=torch.float32),
    autograd_step(),                               # PyTorch's autograd and one SGD step
])
def test_right_step(context, answer):
    assert_accepted(perceptron.exercise_2, context, w_after_one_step=answer)


# --------------------------------------------------------------------------------------------------- exercise 3

@pytest.mark.parametrize("answer, words", [
    (np.array([-0.5, 1.0, 1.0]), "computes OR"),
    (np.array([1.5, -1.0, -1.0]), "NAND"),
    (np.array([0.5, -1.0, -1.0]), "NOR"),
    (np.array([1.5, 1.0, 1.0]), "all four cases"),          # the threshold instead of w0 = -theta
    (np.array([-3.0, 1.0, 1.0]), "never fires"),
    (np.array([-0.5, 1.0, 0.0]), "x1 only"),
    (np.array([-0.5, 0.0, 1.0]), "x2 only"),
    (np.array([1.0, 1.0, -1.5]), "bias comes first"),       # bias last
    (np.array([1.0, 1.0]), "bias w0 is missing"),           # 2 weights: a raw matmul error before
    (np.array([0, 0, 0, 1]), "AND outputs"),                # the truth table instead of weights
    (np.array([0, 1, 1, 1]), "OR"),
    (np.array([1, 1, 1, 0]), "NAND"),
    (np.array([0, 1, 1, 0]), "XOR"),
    (np.array([0.1, 0.3, 0.3, 0.8]), "probabilities"),
    (np.array([[-1.5, 1.0, 1.0]]), "flat list"),
    (np.array([-1.5, 1.0, 1.0, 0.0, 2.0]), "3 weights"),
    (np.array([0.5, -1.0, 1.0]), "outputs (1, 1, 0, 1)"),
])
def test_wrong_and(context, answer, words):
    assert_rejected(perceptron.exercise_3, context, words, w_and=answer)


@pytest.mark.parametrize("answer", [
    np.array([-1.5, 1.0, 1.0]),
    [-1.5, 1, 1],
    (-3, 2, 2),
    np.array([-1.1, 1.0, 1.0]),
    np.array([-5.0, 2.0, 4.0]),
    torch.tensor([-15.0, 10.0, 10.0]),
])
def test_right_and(context, answer):
    assert_accepted(perceptron.exercise_3, context, w_and=answer)


def test_and_on_the_edge_is_accepted_with_a_remark(context):
    message = assert_accepted(perceptron.exercise_3, context, w_and=[-2.0, 1.0, 1.0])
    assert "exactly on the line" in message
