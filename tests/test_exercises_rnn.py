"""Exercises of notebook 08 (recurrent networks): plausible wrong answers are rejected with a course message, right
ones accepted."""

import re
from pathlib import Path

import numpy as np
import pytest
from exercise_support import (
    assert_accepted,
    assert_basics,
    assert_french_hints_and_solution,
    assert_rejected,
    assert_rejected_in_french,
    with_reference,
)

from course_utils.datasets.ecg import make_ecg
from course_utils.exercises import rnn

ROOT = Path(__file__).resolve().parents[1]


class _Module:
    """Stands for a PyTorch module: the shapes of its parameters, as ``torch.nn`` gives them (no torch import)."""

    def __init__(self, *shapes, **attributes):
        self.shapes = shapes
        self.__dict__.update(attributes)

    def parameters(self):
        return [np.zeros(shape) for shape in self.shapes]


class LSTMClassifier(_Module):
    """The notebook's classifier: ``torch.nn.LSTM(20, 32)`` (4 blocks stacked) then ``torch.nn.Linear(32, 1)``."""

    def __init__(self, n_inputs=20, n_hidden=32):
        lstm_shapes = [(4 * n_hidden, n_inputs), (4 * n_hidden, n_hidden), (4 * n_hidden,), (4 * n_hidden,)]
        super().__init__(*lstm_shapes, (1, n_hidden), (1,),
                         lstm=_Module(*lstm_shapes, input_size=n_inputs, hidden_size=n_hidden))


@pytest.fixture(scope="module")
def context():
    return {"lstm_model": LSTMClassifier(), "make_ecg": make_ecg}


@pytest.mark.parametrize("exercise", [rnn.exercise_1, rnn.exercise_2, rnn.exercise_3], ids=lambda e: e.label)
def test_basics(exercise, context, capsys, monkeypatch):
    assert_basics(exercise, context, capsys, monkeypatch)


def test_exercise_1_states_the_notebooks_rnn():
    """The module's tiny RNN is the one the notebook's answer cell defines."""
    source = (ROOT / "notebooks" / "source" / "08_rnn.py").read_text(encoding="utf-8")
    given = {}
    for name in ("W_xh_ex", "W_hh_ex", "b_ex"):
        line = re.search(rf"^{name} = (.*)$", source, re.M).group(1)
        given[name] = eval(line, {"np": np})  # noqa: S307 - a literal array from our own notebook
    assert np.array_equal(given["W_xh_ex"], rnn.W_XH)
    assert np.array_equal(given["W_hh_ex"], rnn.W_HH)
    assert np.array_equal(given["b_ex"], rnn.BIAS)


# ------------------------------------------------------------------------------------------- exercise 1: h2

W, U, B = rnn.W_XH[:, 0], rnn.W_HH, rnn.BIAS
H1 = np.tanh(W * 1.0 + B)
H2 = np.tanh(W * 0.5 + U @ H1 + B)


@pytest.mark.parametrize("answer, words", [
    (H1, "h1"),                                                        # stopped after one step
    (np.tanh(W * 0.5 + B), "memory"),                                  # forgot the recurrence (h from zeros)
    (W * 0.5 + U @ (W + B) + B, "no tanh"),                            # without tanh at all
    (W * 0.5 + U @ H1 + B, "tanh of the second step"),                  # tanh forgotten on the last step
    (np.tanh(W * 0.5 + U @ (W + B) + B), "only at the end"),            # tanh on the last step only
    (np.tanh(W * 0.5 + U @ np.tanh(W)), "bias"),                        # without the bias
    (np.tanh(W * 0.5 + U @ np.tanh(W + 2 * B) + 2 * B), "one bias only"),  # b_xh and b_hh both taken as b
    (np.tanh(W * 0.5 + U.T @ H1 + B), "transposed"),                    # W_hh transposed (h @ W_hh)
    (np.tanh(W * 0.5 + H1 @ U + B), "transposed"),
    (np.tanh(W * 1.0 + U @ np.tanh(W * 0.5 + B) + B), "wrong order"),   # inputs swapped
    (np.tanh(W * 1.0 + U @ H1 + B), "x = 1 twice"),
    (np.tanh(W * 0.5 + U @ H2 + B), "h3"),                              # one step too many
    (np.tanh(rnn.W_XH * 0.5 + U @ H1 + B), "2 x 2 table"),             # the (2, 1) column broadcast
    (np.stack([H1, H2]), "keep only the last"),                         # both states
    (-H2, "sign"),
    (H2[0], "2 numbers"),                                               # one unit only
    (np.round(H2, 1), "rounded too much"),
    (np.tanh(W * 0.5 + U @ np.tanh(W) + B), "not h2 yet"),               # bias on the second step only
])
def test_h2_wrong(context, answer, words):
    assert_rejected(rnn.exercise_1, context, words, h2_ex=answer)


def _rnn_forward(X, W_xh, W_hh, b_xh, b_hh):
    h, states = np.zeros(W_hh.shape[0]), []
    for x_t in X:
        h = np.tanh(W_xh @ x_t + b_xh + W_hh @ h + b_hh)
        states.append(h)
    return np.array(states)


@pytest.mark.parametrize("make", [
    lambda: H2,
    lambda: list(H2),                                                               # a list
    lambda: H2.astype(np.float32),                                                   # float32
    lambda: _rnn_forward(np.array([[1.0], [0.5]]), rnn.W_XH, rnn.W_HH, rnn.BIAS, np.zeros(2))[-1],  # section 4
    lambda: np.tanh(rnn.W_XH @ [0.5] + U @ np.tanh(rnn.W_XH @ [1.0] + B) + B),      # the column times [x]
    lambda: H2[:, None],                                                             # a column of 2
    lambda: np.round(H2, 4),                                                         # rounded to 4 decimals
    lambda: (0.33, -0.41),                                                           # by hand, 2 decimals
])
def test_h2_right(context, make):
    assert_accepted(rnn.exercise_1, context, h2_ex=make())


# ------------------------------------------------------------------------------------------- exercise 2: LSTM count

N, H = 20, 32
BLOCK = H * N + H * H + 2 * H


@pytest.mark.parametrize("answer, words", [
    (BLOCK, "one block only"),                         # forgot x4 (= a plain RNN)
    (H * N + H * H + 2 * H, "plain RNN"),
    (4 * (H * N + H * H + H), "two"),                  # one bias vector per block
    (4 * (H * N + H * H), "forgets the bias"),
    (4 * (H * N + H * H) + 2 * H, "own two bias"),     # biases once for the whole LSTM
    (3 * BLOCK, "GRU"),                                # a GRU count
    (4 * H * N + H * H + 2 * H, "parentheses"),        # x4 on the first term only
    (4 * BLOCK + H + 1, "dense layer"),                # the whole classifier
    (8 * BLOCK, "bidirectional"),
    (16 * BLOCK, "4 twice"),
    (4 * (N * N + H * H + 2 * H), "n_in"),
    (4 * (H * N + 2 * H), "previous hidden state"),
    (4 * BLOCK + 0.5, "whole number"),
    (4 * BLOCK - 10, "too small"),
    (4 * BLOCK + 100, "too large"),
])
def test_lstm_count_wrong(context, answer, words):
    assert_rejected(rnn.exercise_2, context, words, n_params_lstm=answer)


@pytest.mark.parametrize("make", [
    lambda: 4 * (H * N + H * H + 2 * H),
    lambda: 4 * H * (N + H + 2),                      # factorised
    lambda: float(4 * BLOCK),                         # a whole float
    lambda: np.int64(4 * BLOCK),
    lambda: 4 * (H * (N + H) + 2 * H),                # [W_ih W_hh] side by side
    lambda: np.array([4 * BLOCK]),                    # an array holding the number
])
def test_lstm_count_right(context, make):
    assert_accepted(rnn.exercise_2, context, n_params_lstm=make())


# ------------------------------------------------------------------------------------------- exercise 3: AF

def _recording(rhythm):
    _, info = make_ecg(rhythm, seconds=10, fs=100, seed=87)
    peaks = info["r_peaks_s"]
    return peaks, np.diff(peaks)


PEAKS_AF, RR_AF = _recording("af")
PEAKS_N, RR_N = _recording("normal")


def _cv(rr, ddof=0):
    return rr.std(ddof=ddof) / rr.mean()


@pytest.mark.parametrize("answers, words", [
    ({"hr_af": 60 / (100 * RR_AF).mean()}, "in samples"),             # RR intervals in samples
    ({"hr_af": 60 / (1000 * RR_AF).mean()}, "milliseconds"),
    ({"hr_af": RR_AF.mean()}, "mean RR interval"),                       # the mean RR instead of the rate
    ({"hr_af": 1000 * RR_AF.mean()}, "mean RR interval"),
    ({"hr_af": 1 / RR_AF.mean()}, "beats per second"),
    ({"hr_af": len(PEAKS_AF)}, "multiply it by 6"),                     # beats in 10 s, not x 6
    ({"hr_af": 6 * len(RR_AF)}, "one fewer"),                           # counted the intervals
    ({"hr_af": 60 * len(PEAKS_AF) / (PEAKS_AF[-1] - PEAKS_AF[0])}, "one interval fewer"),
    ({"hr_af": 60 / RR_N.mean()}, "normal recording"),                  # the normal ECG's rate
    ({"hr_af": 6 * len(PEAKS_N)}, "normal recording"),
    ({"hr_af": 60 / RR_AF}, "one number"),                              # one rate per beat
    ({"hr_af": 100.0}, "too low"),
    ({"cv_af": _cv(RR_N)}, "normal"),                                   # the normal ECG's CV for AF
    ({"cv_af": 100 * _cv(RR_AF)}, "percentage"),
    ({"cv_af": 100 * _cv(RR_AF, 1)}, "percentage"),
    ({"cv_af": RR_AF.std()}, "standard deviation"),                     # std instead of CV
    ({"cv_af": RR_AF.std(ddof=1)}, "divide it by their mean"),
    ({"cv_af": 1000 * RR_AF.std()}, "in ms"),
    ({"cv_af": RR_AF.mean() / RR_AF.std()}, "upside down"),
    ({"cv_af": RR_AF.var() / RR_AF.mean()}, "variance"),
    ({"cv_af": PEAKS_AF.std() / PEAKS_AF.mean()}, "R-peak times"),       # forgot np.diff
    ({"cv_af": np.std(60 / RR_AF) / np.mean(60 / RR_AF)}, "heart rates"),
    ({"cv_af": 3.0}, "too large"),
    ({"cv_normal": _cv(RR_AF)}, "AF"),                                   # swapped
    ({"cv_normal": 100 * _cv(RR_N)}, "percentage"),
    ({"cv_normal": RR_N.std()}, "standard deviation"),
    ({"cv_normal": 0.05}, "too high"),
    ({"cv_af": _cv(RR_N), "cv_normal": _cv(RR_AF)}, "normal"),            # both swapped
])
def test_af_wrong(context, answers, words):
    assert_rejected(rnn.exercise_3, context, words, **answers)


@pytest.mark.parametrize("answers", [
    {"hr_af": 60 / RR_AF.mean(), "cv_af": _cv(RR_AF), "cv_normal": _cv(RR_N)},
    {"hr_af": 6 * len(PEAKS_AF)},                                           # beats in 10 s x 6 (clinical method)
    {"hr_af": len(PEAKS_AF) / 10 * 60},
    {"hr_af": 60000 / (1000 * RR_AF).mean()},                               # RR in ms, 60000 / RR
    {"hr_af": 60 / (np.diff(np.round(PEAKS_AF * 100)) / 100).mean()},      # peaks read at 10-ms resolution
    {"hr_af": np.mean(60 / RR_AF)},                                          # mean of the beat-by-beat rates
    {"hr_af": round(60 / RR_AF.mean())},                                     # rounded to a whole bpm
    {"cv_af": _cv(RR_AF, 1), "cv_normal": _cv(RR_N, 1)},                     # ddof=1
    {"cv_af": round(_cv(RR_AF), 2), "cv_normal": round(_cv(RR_N), 2)},       # rounded to 2 decimals
    {"cv_af": np.float32(_cv(RR_AF)), "cv_normal": np.array(_cv(RR_N))},
    {"cv_af": _cv(100 * RR_AF), "cv_normal": _cv(1000 * RR_N)},              # in samples or ms: CV has no unit
])
def test_af_right(context, answers):
    message = assert_accepted(rnn.exercise_3, context, **answers)
    assert "accepted" in message


def test_af_remark_names_the_method(context):
    counted = assert_accepted(rnn.exercise_3, context, hr_af=6 * len(PEAKS_AF))
    assert "counted the beats" in counted
    exact = assert_accepted(rnn.exercise_3, context, hr_af=60 / RR_AF.mean())
    assert "counted the beats" not in exact and "10-s strip" in exact


def test_af_recordings_are_textbook_examples():
    """The exercise's seed gives a clean sinus rhythm (no premature beat) and a clearly irregular AF."""
    _, info = make_ecg("normal", seconds=10, fs=100, seed=87)
    assert set(info["beat_types"]) == {"N"}
    assert _cv(RR_AF) > 2 * _cv(RR_N)
    assert abs(6 * len(PEAKS_AF) - 60 / RR_AF.mean()) > 0.5  # the remark can tell the two clinical methods apart


# ------------------------------------------------------------------------------------------- in French
# With course_utils.setup(lang="fr"): hints, the prose around the solution, check messages and remarks are French
# (decimal comma, a thin space before ":" and units), and the solution code is the notebook's.


#: For each exercise: words of its French hints, and of the French prose shown with its solution.
FRENCH_TEXTS = {
    "exercise_1": ("d'abord à x_1 = 1 avec h_0 = 0 (cela donne h1), puis à x_2 = 0,5 avec h1",
                   "h2 dépend des deux entrées"),
    "exercise_2": ("combien de blocs un LSTM a-t-il\u202f?", "Chacun des 4 blocs (oubli, entrée, candidat, sortie)"),
    "exercise_3": ("Les intervalles RR sont les durées entre pics R successifs",
                   "les battements d'un tracé de 10\u202fs x 6"),
}


@pytest.mark.parametrize("exercise", [rnn.exercise_1, rnn.exercise_2, rnn.exercise_3], ids=lambda e: e.label)
def test_hints_and_solution_in_french(context, french, capsys, exercise):
    assert_french_hints_and_solution(exercise, context, capsys, *FRENCH_TEXTS[exercise.label])


@pytest.mark.parametrize("exercise, answers, words", [
    (rnn.exercise_1, {"h2_ex": rnn._steps(inputs=(1.0, 1.0))[-1]}, "lit deux fois x = 1\u202f: la seconde entrée "
                                                                    "est x_2 = 0,5."),
    (rnn.exercise_1, {"h2_ex": np.tanh(rnn.W_XH * 1.0 + rnn.BIAS)}, "or c'est un tableau 2 x 2"),
    (rnn.exercise_2, {"n_params_lstm": 3 * (32 * 20 + 32 * 32 + 2 * 32)}, "c'est un GRU"),
    (rnn.exercise_2, {"n_params_lstm": 7000}, "`n_params_lstm` = 7000 est trop grand\u202f:"),
    (rnn.exercise_3, {"hr_af": 100.0}, "`hr_af` = 100\u202fbpm n'est pas encore la fréquence cardiaque moyenne de "
                                       "l'enregistrement en FA (elle est trop basse)."),
    (rnn.exercise_3, {"hr_af": len(PEAKS_AF)}, "le nombre de battements en 10\u202fs"),
    (rnn.exercise_3, {"cv_af": 100 * _cv(RR_AF)}, "donnez une fraction (0,1 pour 10\u202f%)"),
    (rnn.exercise_3, {"cv_normal": _cv(RR_AF)}, "le coefficient de variation de l'enregistrement en FA"),
    (rnn.exercise_3, {"cv_normal": 0.05}, "`cv_normal` = 0,05 n'est pas encore l'écart-type des intervalles RR de "
                                          "l'enregistrement normal divisé par leur moyenne (il est trop élevé)."),
], ids=lambda value: value.label if hasattr(value, "label") else None)
def test_wrong_answers_in_french(context, french, exercise, answers, words):
    assert_rejected_in_french(exercise, context, words, **answers)


def test_af_remark_in_french(context, french):
    counted = rnn.exercise_3.verdict(context, **with_reference(rnn.exercise_3, context, hr_af=6 * len(PEAKS_AF)))
    assert counted.solved and counted.message.startswith("Vous avez compté les battements sur le tracé de 10\u202fs")
    exact = rnn.exercise_3.verdict(context, **with_reference(rnn.exercise_3, context)).message
    assert exact.startswith("60 / RR moyen utilise les intervalles exacts\u202f;"), exact
    assert "fois plus que ceux du rythme sinusal\u202f: «\u202firrégulièrement irrégulier\u202f»." in exact, exact
