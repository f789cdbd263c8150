"""Exercises of notebook 07: plausible wrong answers are rejected with a course message, right ones accepted."""

import math

import numpy as np
import pytest
from exercise_support import (
    assert_accepted,
    assert_basics,
    assert_french_hints_and_solution,
    assert_rejected,
    assert_rejected_in_french,
)

from course_utils import images
from course_utils.exercises import cnn
from course_utils.i18n import tr

SOBEL = [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]
PREWITT = [[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]]


@pytest.fixture(scope="module")
def context():
    # as in the notebook: the 4 x 4 grid of section 2, its kernel, the unevenly padded 7 x 7 grid, the kernel table
    # (the notebook's `uneven` and `k_t` are PyTorch tensors of these shapes; NumPy keeps this file fast)
    x_grid = np.array([[4, 1, 2, 5], [3, 5, 3, 2], [5, 1, 3, 3], [0, 2, 1, 2]], dtype=float)
    k_grid = np.array([[1, 0, 1], [0, 1, 1], [1, 0, 1]], dtype=float)
    uneven = np.pad(x_grid, ((1, 2), (1, 2))).reshape(1, 1, 7, 7)    # F.pad(x_t, (1, 2, 1, 2))
    kernels = {
        "identity": np.array([[0, 0, 0], [0, 1, 0], [0, 0, 0]], dtype=float),
        "blur (box)": np.ones((3, 3)) / 9,
        "sharpen": np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], dtype=float),
        "Laplacian": np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], dtype=float),
        "edges (Sobel, left to right)": np.array(SOBEL, dtype=float),
        "edges (Sobel, top to bottom)": np.array(SOBEL, dtype=float).T,
        "emboss": np.array([[-2, -1, 0], [-1, 1, 1], [0, 1, 2]], dtype=float),
    }
    return {"uneven": uneven, "k_t": k_grid.reshape(1, 1, 3, 3), "KERNELS": kernels}


@pytest.mark.parametrize("exercise", [cnn.exercise_1, cnn.exercise_2, cnn.exercise_3, cnn.exercise_4],
                         ids=lambda e: e.label)
def test_basics(context, capsys, monkeypatch, exercise):
    assert_basics(exercise, context, capsys, monkeypatch)


def test_references(context):
    expected = cnn.exercise_1.reference(uneven=context["uneven"], k_t=context["k_t"])
    assert expected == {"ct_out": 256, "uneven_out": 3}                 # PyTorch's conv2d gives these widths
    assert cnn.exercise_2.reference() == {"n_conv_params": 16 * 76, "n_dense_params": 16 * 150529}
    assert cnn.exercise_3.reference() == {"stem_field": 43}


# ------------------------------------------------------------------------------------------- exercise 1

@pytest.mark.parametrize("answers, words", [
    ({"ct_out": (512 - 5) // 2 + 1}, "padding"),                     # forgot the padding
    ({"ct_out": (512 + 4 - 5) + 1}, "forgets the stride"),           # no division by the stride
    ({"ct_out": (512 + 4 - 5) // 2}, "+1"),                          # forgot the +1
    ({"ct_out": (512 + 2 - 5) // 2 + 1}, "one side"),                # padding on one side only
    ({"ct_out": (512 + 4 - 5) / 2 + 1}, "`//`"),                     # true division: 256.5
    ({"ct_out": math.ceil((512 + 4 - 5) / 2) + 1}, "rounded the division *up*"),
    ({"ct_out": (512 + 4) // 2 + 1}, "subtract the kernel"),
    ({"ct_out": 256 * 256}, "width only"),
    ({"ct_out": (512 - 5) / 2 + 1}, "floor division"),               # no padding and true division: 254.5
    ({"ct_out": 128}, "too small"),
    ({"ct_out": 0}, "at least 1 pixel"),
    ({"ct_out": (1, 16, 256, 256)}, "the last number"),              # a whole shape
    ({"ct_out": 3, "uneven_out": 256}, "swap"),
    ({"uneven_out": (7 + 2 - 3) // 2 + 1}, "already holds its zeros"),  # padded a second time
    ({"uneven_out": (7 - 3) // 2}, "+1"),                            # forgot the +1 (or the 4 x 4 grid, padding 1)
    ({"uneven_out": (4 - 3) // 2 + 1}, "4 x 4 grid before padding"),
    ({"uneven_out": 7 - 3 + 1}, "forgets the stride"),
    ({"uneven_out": 9}, "width only"),
    ({"uneven_out": 3.5}, "decimals"),
    ({"uneven_out": [3, 3]}, "single number"),
    ({"uneven_out": np.zeros((1, 1, 3, 3)).shape}, "single number"),  # the output's shape
])
def test_exercise_1_wrong_answers(context, answers, words):
    assert_rejected(cnn.exercise_1, context, words, **answers)


@pytest.mark.parametrize("answers", [
    {"ct_out": images.output_size(512, 5, padding=2, stride=2), "uneven_out": images.output_size(7, 3, stride=2)},
    {"ct_out": 256.0, "uneven_out": 3.0},                            # whole floats
    {"ct_out": np.int64(256), "uneven_out": np.float32(3)},
    {"ct_out": math.floor((512 + 4 - 5) / 2) + 1, "uneven_out": int((7 - 3) / 2 + 1)},
    {"ct_out": np.zeros((256, 256)).shape[-1], "uneven_out": np.array([3])},  # an array holding one number
])
def test_exercise_1_right_answers(context, answers):
    assert_accepted(cnn.exercise_1, context, **answers)


# ------------------------------------------------------------------------------------------- exercise 2

@pytest.mark.parametrize("answers, words", [
    ({"n_conv_params": 16 * 3 * 5 * 5}, "forgets the biases"),
    ({"n_conv_params": 16 * (5 * 5 + 1)}, "3 colour channels"),
    ({"n_conv_params": 16 * 5 * 5}, "3 colour channels"),
    ({"n_conv_params": 16 * 3 * 5 * 5 + 1}, "one bias for the whole layer"),
    ({"n_conv_params": 16 * 3 * (5 * 5 + 1)}, "one bias per channel"),
    ({"n_conv_params": 3 * 5 * 5 + 1}, "one filter"),
    ({"n_conv_params": 16 * (3 * 5 + 1)}, "5 x 5 weights"),
    ({"n_conv_params": 16 * (3 * 3 * 3 + 1)}, "3 x 3 filters"),          # conv_params(3, 16) without k=5
    ({"n_conv_params": 3 * (16 * 5 * 5 + 1)}, "swaps the input and output"),
    ({"n_conv_params": 16 * 224 * 224}, "outputs"),
    ({"n_conv_params": 16 * 220 * 220}, "outputs"),
    ({"n_conv_params": 1216.5}, "whole number"),
    ({"n_conv_params": 2000}, "too many"),
    ({"n_conv_params": 16 * (224 * 224 * 3 + 1), "n_dense_params": 16 * (3 * 5 * 5 + 1)}, "swap"),
    ({"n_dense_params": 16 * 224 * 224 * 3}, "forgets the biases"),
    ({"n_dense_params": 16 * (224 * 224 + 1)}, "3 colour channels"),
    ({"n_dense_params": 16 * 224 * 224}, "3 colour channels"),
    ({"n_dense_params": 16 * 224 * 224 * 3 + 1}, "one bias for the whole layer"),
    ({"n_dense_params": 224 * 224 * 3 + 1}, "one neuron"),
    ({"n_dense_params": 224 * 224 * 3}, "*inputs*"),
    ({"n_dense_params": 16}, "*outputs*"),
    ({"n_dense_params": 1000 * (224 * 224 * 3 + 1)}, "1000 neurons"),
    ({"n_dense_params": 16 * (224 * 224 * 3 + 1) + 0.5}, "whole number"),  # not truncated by int()
    ({"n_dense_params": 3e6}, "too many"),
    ({"n_dense_params": [16, 150529]}, "single number"),
])
def test_exercise_2_wrong_answers(context, answers, words):
    assert_rejected(cnn.exercise_2, context, words, **answers)


@pytest.mark.parametrize("answers", [
    {"n_conv_params": 16 * (3 * 5 * 5 + 1), "n_dense_params": 16 * (224 * 224 * 3 + 1)},
    {"n_conv_params": 16 * 3 * 25 + 16, "n_dense_params": 224 * 224 * 3 * 16 + 16},
    {"n_conv_params": 16 * 3 * 5 * 5 + 16 * 1, "n_dense_params": 2408464.0},      # weights, then biases
    {"n_conv_params": np.int64(1216), "n_dense_params": np.array([2408464])},
])
def test_exercise_2_right_answers(context, answers):
    assert_accepted(cnn.exercise_2, context, **answers)


# ------------------------------------------------------------------------------------------- exercise 3

@pytest.mark.parametrize("answer, words", [
    (1 + 6 + 2 + 4 * 2, "as if every stride were 1"),                 # adds k - 1 each layer, no jump
    (images.receptive_field([(7, 2), (3, 2)] + [(3, 1)] * 4) - 1, "starts at r = 1"),
    (images.receptive_field([(7, 2), (3, 2)] + [(3, 1)] * 4) + 1, "one pixel too many"),
    (images.receptive_field([(7, 2)] + [(3, 1)] * 4), "leaves out the 3 x 3 max pooling"),
    (images.receptive_field([(7, 2), (3, 1)] + [(3, 1)] * 4), "stride of the max pooling"),
    (images.receptive_field([(7, 1), (3, 2)] + [(3, 1)] * 4), "stride of the 7 x 7"),
    (13 + 8 + 4 * 8, "too early"),                                     # jump updated before adding
    (images.receptive_field([(7, 2), (3, 2)] + [(3, 1)] * 3), "one layer early"),
    (images.receptive_field([(7, 2), (2, 2)] + [(3, 1)] * 4), "2 x 2 pooling"),
    (7 + 3 + 4 * 3, "adds up the kernel sizes"),
    (43 * 43, "area"),
    (images.receptive_field_growth([(7, 2), (3, 2)] + [(3, 1)] * 4), "keep the last one"),
    (43.5, "whole number"),
    (100, "too large"),
])
def test_exercise_3_wrong_answers(context, answer, words):
    assert_rejected(cnn.exercise_3, context, words, stem_field=answer)


@pytest.mark.parametrize("make", [
    lambda: images.receptive_field([(7, 2), (3, 2)] + [(3, 1)] * 4),
    lambda: images.receptive_field_growth([(7, 2), (3, 2), (3, 1), (3, 1), (3, 1), (3, 1)])[-1],
    lambda: 1 + 6 * 1 + 2 * 2 + 4 * (2 * 4),                           # by hand: r += (k - 1) * jump
    lambda: 43.0,
    lambda: np.array(43),
])
def test_exercise_3_right_answers(context, make):
    assert_accepted(cnn.exercise_3, context, stem_field=make())


# ------------------------------------------------------------------------------------------- exercise 4

@pytest.mark.parametrize("answer, words", [
    (np.array(SOBEL, dtype=float), "Sobel kernel of section 5"),        # the forbidden kernel, copied
    (np.array(SOBEL, dtype=float) / 8, "Sobel kernel of section 5"),    # the same, scaled
    (SOBEL, "Sobel kernel of section 5"),                               # as a list
    (np.array(SOBEL, dtype=float).T, "top-to-bottom Sobel"),            # the other table entry
    (np.array(PREWITT, dtype=float).T, "transpose"),                     # horizontal edges
    (-np.array(PREWITT, dtype=float), "swap the signs"),                # bright-to-dark
    (-np.array(SOBEL, dtype=float), "Sobel kernel, which the task excludes"),
    (np.zeros((3, 3)), "all zeros"),
    (np.array(PREWITT, dtype=float)[None], "shape (3, 3)"),             # (1, 3, 3), as for PyTorch
    (np.array(PREWITT, dtype=float).ravel(), "shape (3, 3)"),
    (np.array(PREWITT, dtype=np.float32).reshape(1, 1, 3, 3), "shape (3, 3)"),     # PyTorch's weight layout
    (np.array([[-1, 0, 1], [-1, 0, 1]], dtype=float), "shape (3, 3)"),
    ([[0, 0, 1], [0, 0, 1], [0, 0, 1]], "weights add up to"),           # forgot the negative side
    (np.ones((3, 3)) / 9, "blur (box) kernel"),
    ([[0, 1, 0], [1, -4, 1], [0, 1, 0]], "Laplacian"),
    ([[1, -2, 1], [1, -2, 1], [1, -2, 1]], "lines"),                    # a line detector, both directions
    ([[0, 1, 2], [-1, 0, 1], [-2, -1, 0]], "horizontal edge"),          # a diagonal edge detector
    ([[1, -1, 0], [-1, 1, 0], [0, 0, 0]], "gives 0 on a vertical"),     # zero on flat and on both edges
])
def test_exercise_4_wrong_answers(context, answer, words):
    assert_rejected(cnn.exercise_4, context, words, my_kernel=answer)


@pytest.mark.parametrize("answer", [
    np.array(PREWITT, dtype=float),
    PREWITT,                                                             # a list of lists
    np.array(PREWITT) / 3,                                               # scaled
    [[-3, 0, 3], [-10, 0, 10], [-3, 0, 3]],                              # Scharr
    [[0, 0, 0], [-1, 0, 1], [0, 0, 0]],                                  # central difference, middle row only
    [[-1, 1, 0], [-1, 1, 0], [-1, 1, 0]],                                # forward difference
    [[-1, 0, 1], [-3, 0, 3], [-1, 0, 1]],                                # Sobel-like, other weights
    np.array(PREWITT, dtype=np.float32),
    [[-0.3, 0.1, 0.2], [-0.3, 0.1, 0.2], [-0.3, 0.1, 0.2]],              # rows summing to 0 up to rounding
])
def test_exercise_4_right_answers(context, answer):
    assert_accepted(cnn.exercise_4, context, my_kernel=answer)


# ------------------------------------------------------------------------------------------- in French
# With course_utils.setup(lang="fr"): hints, the prose around the solution and check messages are French (decimal
# comma, a thin space before ":" and "?"), and the solution code is the notebook's.


#: For each exercise: words of its French hints, and of the French prose shown with its solution.
FRENCH_TEXTS = {
    "exercise_1": ("divisez par le pas s en arrondissant vers le bas (`//` en Python, et non `/`)",
                   "Avec un pas de 2, la largeur est à peu près divisée par deux\u202f;"),
    "exercise_2": ("Un filtre a une grille de poids 5 x 5 par canal d'entrée, et un biais\u202f;",
                   "la couche dense en demande environ 2\u202f000 fois plus"),
    "exercise_3": ("r augmente de (k - 1) x saut, puis le saut est multiplié par le pas de la couche",
                   "Les pas et le pooling font grandir vite le champ récepteur."),
    "exercise_4": ("chaque ligne de poids a, à elle seule, une somme nulle",
                   "C'est le noyau de Prewitt\u202f: la colonne de droite moins celle de gauche"),
}


@pytest.mark.parametrize("exercise", [cnn.exercise_1, cnn.exercise_2, cnn.exercise_3, cnn.exercise_4],
                         ids=lambda e: e.label)
def test_hints_and_solution_in_french(context, french, capsys, exercise):
    assert_french_hints_and_solution(exercise, context, capsys, *FRENCH_TEXTS[exercise.label])


@pytest.mark.parametrize("exercise, answers, words", [
    (cnn.exercise_1, {"ct_out": 128}, "`ct_out` = 128 n'est pas encore la largeur de sortie (valeur trop petite)."),
    (cnn.exercise_1, {"ct_out": 300}, "(valeur trop grande). Appliquez la formule de la section 3\u202f:"),
    (cnn.exercise_1, {"ct_out": 3, "uneven_out": 256}, "auriez-vous inversé `ct_out` et `uneven_out`\u202f?"),
    (cnn.exercise_1, {"uneven_out": (1, 1, 3, 3)}, "Donnez un seul nombre\u202f: la largeur de la sortie (dans une "
                                                   "forme telle que (lot, canaux, hauteur, largeur)"),
    (cnn.exercise_1, {"uneven_out": 3.5}, "prenez `//` (division entière) au lieu de `/`."),
    (cnn.exercise_2, {"n_conv_params": 2000}, "`n_conv_params` = 2000 n'est pas encore le nombre de paramètres de "
                                              "la couche de convolution (il y en a trop)."),
    (cnn.exercise_2, {"n_conv_params": 1000}, "(il en manque)"),
    (cnn.exercise_2, {"n_dense_params": 100}, "`n_dense_params` = 100 n'est pas encore le nombre de paramètres de "
                                              "la couche dense (il en manque)."),
    (cnn.exercise_2, {"n_dense_params": [16, 150529]}, "or c'est une liste de 2 éléments. Donnez un seul nombre."),
    (cnn.exercise_3, {"stem_field": 100}, "`stem_field` = 100 n'est pas encore le champ récepteur (valeur trop "
                                          "grande)."),
    (cnn.exercise_3, {"stem_field": 20}, "(valeur trop petite). Suivez r et le saut à travers les six couches"),
    (cnn.exercise_4, {"my_kernel": [[0, 0, 0.5], [0, 0, 0.5], [0, 0, 0.5]]},
     "`my_kernel` réagit sur une zone uniforme\u202f: la somme de ses poids vaut 1,5, et non 0."),
    (cnn.exercise_4, {"my_kernel": np.ones((3, 3)) / 9}, "(c'est le noyau de flou par moyenne de la section 5)"),
    (cnn.exercise_4, {"my_kernel": [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]}, "(c'est le noyau d'accentuation"),
    (cnn.exercise_4, {"my_kernel": -np.array(SOBEL, dtype=float)}, "Inversez les signes de ses poids (mais, ainsi "
                                                                   "retourné, ce serait le noyau de Sobel"),
], ids=lambda value: value.label if hasattr(value, "label") else None)
def test_wrong_answers_in_french(context, french, exercise, answers, words):
    assert_rejected_in_french(exercise, context, words, **answers)


def test_titles_and_answer_kinds_in_french(french):
    assert tr(cnn.exercise_3.title) == "le champ récepteur du «\u202fstem\u202f» d'un ResNet"
    assert tr(cnn.exercise_1.answers["ct_out"]) == "un nombre entier (une largeur en pixels)"
    assert tr(cnn.exercise_4.answers["my_kernel"]) == "un tableau 3 x 3 de poids"
    assert all(tr(message) != message for message in cnn.COPIED.values())
    assert all(tr(name).startswith("le noyau") for name in cnn.KERNEL_NAMES.values())
