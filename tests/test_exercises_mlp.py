"""Exercises of notebook 06: plausible wrong answers are rejected with a course message, right ones accepted."""

import numpy as np
import pandas as pd
import pytest
import torch
from exercise_support import (
    assert_accepted,
    assert_basics,
    assert_french_hints_and_solution,
    assert_rejected,
    assert_rejected_in_french,
)

from course_utils import training
from course_utils.exercises import mlp
from course_utils.reference import activations

# ---- the notebook's objects, as its cells define them


def tent(x):
    return 2 * activations.relu(x) - 4 * activations.relu(x - 0.5)


def sawtooth(x, depth):
    for _layer in range(depth):
        x = tent(x)
    return x


def count_pieces(y, x):
    slopes = np.round(np.diff(y) / np.diff(x), 6)
    return 1 + int(np.sum(slopes[1:] != slopes[:-1]))


def make_screening_mlp():
    return torch.nn.Sequential(torch.nn.Linear(8, 20), torch.nn.ReLU(),
                               torch.nn.Linear(20, 20), torch.nn.ReLU(),
                               torch.nn.Linear(20, 1))


def big_mlp(dropout=0.0):
    torch.manual_seed(0)
    layers = [torch.nn.Linear(8, 64), torch.nn.ReLU(), torch.nn.Dropout(dropout),
              torch.nn.Linear(64, 64), torch.nn.ReLU(), torch.nn.Dropout(dropout),
              torch.nn.Linear(64, 1)]
    return torch.nn.Sequential(*layers)


@pytest.fixture(scope="module")
def context():
    marks = pd.DataFrame(
        [[12, 2, 13, 18, 12, 10, 9], [2, 15, 9, 10, 14, 18, 19], [10, 20, 14, 13, 11, 13, 14]],
        index=["Gino", "Marin", "Arsène"],
        columns=["maths", "sport", "biology", "physics", "chemistry", "language 1", "language 2"])
    return {"marks": marks, "w_science": np.array([1 / 4, 0, 1 / 4, 1 / 4, 1 / 4, 0, 0]),
            "sawtooth": sawtooth, "count_pieces": count_pieces, "x_grid": np.linspace(0, 1, 2**12 + 1),
            "make_screening_mlp": make_screening_mlp, "big_mlp": big_mlp}


@pytest.mark.parametrize("exercise", [mlp.exercise_1, mlp.exercise_2, mlp.exercise_3], ids=lambda e: e.label)
def test_basics(context, exercise, capsys, monkeypatch):
    assert_basics(exercise, context, capsys, monkeypatch)


# ---- exercise 1: the science averages of the three pupils

MARKS = np.array([[12, 2, 13, 18, 12, 10, 9], [2, 15, 9, 10, 14, 18, 19], [10, 20, 14, 13, 11, 13, 14]], float)
SCIENCE = np.array([13.75, 8.75, 12.0])
SPORT = MARKS[:, 1]


@pytest.mark.parametrize("answer, words", [
    (MARKS.mean(axis=1), "all 7 subjects"),                       # the all-subjects average
    (MARKS @ (np.array([1 / 4, 0, 1 / 4, 1 / 4, 1 / 4, 0, 0]) > 0), "*sum*"),   # weights 1: a sum, not an average
    (MARKS[:, [0, 2, 3, 4]].sum(axis=1), "*sum*"),
    (MARKS[:, [0, 2, 3, 4]].sum(axis=1) / 7, "all 7 subjects"),   # science total / 7
    (MARKS.sum(axis=1) / 4, "every subject"),                     # 1/4 on all seven
    (MARKS.sum(axis=1), "total of all the marks"),
    (SCIENCE.reshape(3, 1), "shape (3, 1)"),                      # transposed product shapes
    (SCIENCE.reshape(1, 3), "shape (1, 3)"),
    (np.array([13.75, 0.0]), "Gino's two hidden neurons"),                 # section 1's layer, Gino only
    (np.maximum(MARKS @ np.vstack([[1 / 4, 0, 1 / 4, 1 / 4, 1 / 4, 0, 0], [0, 1, 0, 0, 0, 0, 0]]).T
                + np.array([0, -10]), 0), "whole layer"),                  # both neurons for every pupil
    ((MARKS @ np.vstack([[1 / 4, 0, 1 / 4, 1 / 4, 1 / 4, 0, 0], [0, 1, 0, 0, 0, 0, 0]]).T).T, "shape (2, 3)"),
    (MARKS * np.array([1 / 4, 0, 1 / 4, 1 / 4, 1 / 4, 0, 0]), "element by element"),  # * instead of @
    ((MARKS * np.array([1 / 4, 0, 1 / 4, 1 / 4, 1 / 4, 0, 0])).T, "element by element"),
    (MARKS.T @ np.ones(3) / 3, "one per subject"),                # averaged the wrong axis
    (SCIENCE[::-1], "wrong order"),                               # the wrong row order
    (SCIENCE[[1, 0, 2]], "wrong order"),
    (np.sort(SCIENCE), "wrong order"),
    (13.75, "Gino's average only"),                               # one pupil
    (np.array([13.75]), "Gino's average only"),
    (10.0, "one number"),
    (np.full(3, 13.75), "repeats Gino"),
    (SCIENCE + 0.1 * np.maximum(SPORT - 10, 0), "report mark"),    # layer 2 of section 1
    (np.maximum(SPORT - 10, 0), "sport neuron"),
    (SPORT - 10, "sport neuron"),
    (np.round(SCIENCE), "rounded"),
    (np.trunc(SCIENCE), "decimals"),
    (SCIENCE * 5, "outside 0 to 20"),                             # out of 100
    ([13.75, 8.5, 12.0], "right for Gino and Arsène but not for Marin"),
    ([13.75, 9.0, 12.5], "right for Gino but not for Marin and Arsène"),
    ([1.0, 2.0, 3.0], "does not hold the science averages"),
    (np.array([True, False, True]), "does not hold"),
    (True, "yes/no"),
])
def test_science_averages_wrong(context, answer, words):
    assert_rejected(mlp.exercise_1, context, words, science_averages=answer)


@pytest.mark.parametrize("make", [
    lambda c: c["marks"].to_numpy(dtype=float) @ c["w_science"],
    lambda c: c["marks"] @ c["w_science"],                              # a pandas Series
    lambda c: c["w_science"] @ c["marks"].to_numpy().T,                 # the product the other way round
    lambda c: np.dot(c["marks"].to_numpy(), c["w_science"]),
    lambda c: (c["marks"].to_numpy() @ c["w_science"].reshape(-1, 1)).ravel(),
    lambda c: torch.tensor(c["marks"].to_numpy(), dtype=torch.float32) @ torch.tensor(c["w_science"],
                                                                                      dtype=torch.float32),
    lambda c: [13.75, 8.75, 12],                                        # a list
    lambda c: c["marks"][["maths", "biology", "physics", "chemistry"]].mean(axis=1),
])
def test_science_averages_right(context, make):
    assert_accepted(mlp.exercise_1, context, science_averages=make(context))


# ---- exercise 2: the width of a shallow network that copies the 10-layer sawtooth


@pytest.mark.parametrize("answer, words", [
    (1023, "the tent of section 6: 1 kink, yet 2 neurons"),     # one neuron per kink, none to start the rise
    (2**10 - 1, "first rising piece needs a neuron too"),
    (1025, "one neuron too many"),
    (20, "deep"),                     # the deep network's neurons
    (19, "neurons of the deep network"),
    (10, "number of layers"),
    (11, "adds one piece per layer"),
    (100, "squares"),
    (2**9, "one layer fewer"),
    (2**9 - 1, "one layer fewer"),
    (2**11, "one layer too many"),
    (2**11 - 1, "one layer too many"),
    (2**20, "each *layer*"),
    (2**20 - 1, "each *layer*"),
    (1023.5, "no decimals"),
    (0, "at least one neuron"),
    (-1024, "at least one neuron"),
    (700, "too small"),
    (5000, "too large"),
])
def test_shallow_neurons_wrong(context, answer, words):
    assert_rejected(mlp.exercise_2, context, words, shallow_neurons_needed=answer)


@pytest.mark.parametrize("answer", [2**10, 1024.0, np.int64(1024), np.array(1024), torch.tensor(1024),
                                    (2**10 - 1) + 1, int(np.round(2 ** np.log2(1024)))])
def test_shallow_neurons_right(context, answer):
    assert_accepted(mlp.exercise_2, context, shallow_neurons_needed=answer)


# ---- exercise 3: the parameters of the screening network 8 -> 20 -> 20 -> 1


@pytest.mark.parametrize("answer, words", [
    (8 * 20 + 20 * 20 + 20 * 1, "not the biases"),                           # forgot the biases
    (8 * 20 + 20 * 20 + 20 * 1 + 3, "each layer one bias"),
    ((8 * 20 + 20) + (20 * 20 + 20) + 20 * 1, "output neuron"),
    ((8 * 20 + 8) + (20 * 20 + 20) + (20 * 1 + 20), "per *input*"),
    (8 * 20, "only the weights of the first layer"),                         # first layer only
    (8 * 20 + 20, "only the first layer"),
    (20 * 1 + 1, "only the output layer"),
    ((8 * 20 + 20) + (20 * 20 + 20), "leaves out one"),                      # off by one in the layer count
    ((20 * 20 + 20) + (20 * 1 + 1), "leaves out one"),
    ((8 * 20 + 20) + (20 * 1 + 1), "leaves out one"),
    ((8 * 20 + 20) + 2 * (20 * 20 + 20) + (20 * 1 + 1), "one hidden layer too many"),
    ((8 * 20 + 20) * (20 * 20 + 20) * (20 * 1 + 1), "multiplies"),           # a product instead of a sum
    (8 * 20 * 20 * 1, "multiplies"),
    ((8 * 20) * (20 * 20) * (20 * 1), "multiplies"),
    (20 + 20 + 1, "counts the neurons"),
    (8 + 20 + 20 + 1, "inputs and the neurons"),
    ((8 + 20) + (20 + 20) + (20 + 1), "*times*"),
    ((8 + 20 + 20) + (20 + 20 + 20) + (20 + 1 + 1), "*times*"),
    (4801, "big network of section 8"),                                      # a value from section 8
    (621.5, "no decimals"),
    (300, "too small"),
    (700, "too large"),
])
def test_n_parameters_wrong(context, answer, words):
    assert_rejected(mlp.exercise_3, context, words, n_parameters=answer)


@pytest.mark.parametrize("answer", [(8 * 20 + 20) + (20 * 20 + 20) + (20 * 1 + 1), 621.0, np.int64(621),
                                    8 * 20 + 20 * 20 + 20 + 20 + 20 + 1, torch.tensor(621),
                                    sum((n + 1) * p for n, p in [(8, 20), (20, 20), (20, 1)])])
def test_n_parameters_right(context, answer):
    assert_accepted(mlp.exercise_3, context, n_parameters=answer)


def test_n_parameters_counts_the_notebooks_model(context):
    """The expected count comes from the notebook's model factory, not from a number written in the module."""
    def smaller():
        return torch.nn.Sequential(torch.nn.Linear(8, 10), torch.nn.ReLU(), torch.nn.Linear(10, 1))

    want = training.count_parameters(smaller())
    assert mlp.exercise_3.reference(make_screening_mlp=smaller, big_mlp=big_mlp) == {"n_parameters": want}
    assert mlp.exercise_3.verdict({**context, "make_screening_mlp": smaller}, n_parameters=want).solved
    assert not mlp.exercise_3.verdict(context, n_parameters=want).solved


def test_checks_leave_torch_random_numbers_alone(context):
    """Checking exercise 3 builds models, but the notebook's later random numbers stay the same."""
    torch.manual_seed(123)
    before = torch.rand(3)
    torch.manual_seed(123)
    mlp.exercise_3.verdict(context, n_parameters=600)
    assert torch.equal(torch.rand(3), before)


# ---- in French: hints, the prose around the solution and the check messages (course_utils.setup(lang="fr"))


#: For each exercise: words of its French hints, and of the French prose shown with its solution.
FRENCH_TEXTS = {
    "exercise_1": ("Un produit matriciel fait la même chose pour toutes les lignes d'un tableau",
                   "exactement comme une couche traite tout un lot de patients"),
    "exercise_2": ("Comptez d'abord les morceaux linéaires de la dent de scie profonde",
                   "le réseau peu profond a besoin de 2^10 neurones en tout"),
    "exercise_3": ("une couche dense à n entrées et p neurones a n x p poids et p biais",
                   "les nombres des trois couches s'additionnent"),
}


@pytest.mark.parametrize("exercise", [mlp.exercise_1, mlp.exercise_2, mlp.exercise_3], ids=lambda e: e.label)
def test_hints_and_solution_in_french(context, french, capsys, exercise):
    assert_french_hints_and_solution(exercise, context, capsys, *FRENCH_TEXTS[exercise.label])


@pytest.mark.parametrize("exercise, answers, words", [
    (mlp.exercise_1, {"science_averages": np.array([13.75, 0.0, 12.0])},
     "est juste pour Gino et Arsène, mais faux pour Marin."),
    (mlp.exercise_1, {"science_averages": SCIENCE.reshape(3, 1)}, "un tableau d'une seule colonne"),
    (mlp.exercise_1, {"science_averages": True}, "doit être un tableau de 3 nombres, une moyenne de sciences par "
                                                 "élève. Reçu\u202f: une valeur oui/non (True)."),
    (mlp.exercise_2, {"shallow_neurons_needed": 2**10 + 1}, "compte un neurone de trop"),
    (mlp.exercise_2, {"shallow_neurons_needed": 2**10 - 1}, "la tente de la section 6\u202f: 1 coude, et pourtant 2 "
                                                            "neurones"),
    (mlp.exercise_2, {"shallow_neurons_needed": 20}, "(10 couches de 2)"),
    (mlp.exercise_3, {"n_parameters": 8 * 20 + 20 * 20 + 20 * 1}, "compte les poids, mais pas les biais"),
    (mlp.exercise_3, {"n_parameters": 8 * 64 + 64 + 64 * 64 + 64 + 64 + 1},
     "grand réseau de la section 8 (8 -> 64 -> 64 -> 1). Cet exercice porte sur le réseau de dépistage"),
], ids=lambda value: value.label if hasattr(value, "label") else None)
def test_wrong_answers_in_french(context, french, exercise, answers, words):
    assert_rejected_in_french(exercise, context, words, **answers)
