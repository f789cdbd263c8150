"""Exercises of notebook 08 (recurrent networks): two steps of an RNN by hand, the parameters of an LSTM, and the
irregularity of atrial fibrillation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from course_utils.exercises.core import Exercise, array, describe, fail, integer, is_close, known_mistakes, number
from course_utils.i18n import N_, tr
from course_utils.i18n import number as in_prose

# --------------------------------------------------------------------------------------------------- exercise 1

#: The tiny RNN of exercise 1, as the task cell states it (the answer cell defines the same arrays).
W_XH = np.array([[0.5], [-1.0]])
W_HH = np.array([[0.2, 0.0], [0.4, 0.3]])
BIAS = np.array([0.0, 0.1])
INPUTS = (1.0, 0.5)
#: h2 is accepted within this distance: values rounded to 2 decimals pass; the known mistakes all lie further away.
TOLERANCE = 5e-3


def _steps(inputs: tuple[float, ...] = INPUTS, w_hh: np.ndarray = W_HH, bias: np.ndarray = BIAS,
           act: Callable[[np.ndarray], np.ndarray] = np.tanh, recurrent: bool = True) -> list[np.ndarray]:
    """The hidden states h_1, h_2, ... of the tiny RNN (with a variant of the formula for the known mistakes)."""
    h, states = np.zeros(2), []
    for x in inputs:
        h = act(W_XH[:, 0] * x + (w_hh @ h if recurrent else 0) + bias)
        states.append(h)
    return states


def _h2(**_: Any) -> dict[str, np.ndarray]:
    return {"h2_ex": _steps()[-1]}


def _identity(z: np.ndarray) -> np.ndarray:
    return z


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


def _judge_h2(answers: dict[str, Any], expected: dict[str, np.ndarray], uses: dict[str, Any]) -> None:
    value = answers["h2_ex"]
    kind = N_("a NumPy array of 2 numbers (one per hidden unit)")
    got = array(value, "h2_ex", kind=kind)
    want = expected["h2_ex"]
    h1, h2 = _steps()
    if got.shape == (2, 2):
        if is_close(got[-1], want, TOLERANCE):
            fail(tr("`h2_ex` holds two hidden states, one per row (h1, then h2). Keep only the last one, h2."))
        spread = tr("`W_xh_ex` is a column (2 x 1): added to a vector of 2, it spreads into a table; so does `*` "
                    "between a matrix and a vector. Use the column as a vector of 2 (`W_xh_ex[:, 0]`) and `@` for "
                    "the matrix product.")
        table = np.zeros((2, 2))
        for x in INPUTS:
            table = np.tanh(W_XH * x + W_HH @ table + BIAS)
        if is_close(got, table, TOLERANCE):
            fail(tr("`h2_ex` should hold 2 numbers (one per hidden unit), but it is a 2 x 2 table. {spread}",
                    spread=spread))
        fail(tr("`h2_ex` should hold 2 numbers (one per hidden unit), but it is a 2 x 2 table. If its rows are the "
                "states h1 and h2, keep only the last row (and check it: it is not h2 yet). Otherwise: {spread}",
                spread=spread))
    if got.size != 2:
        fail(tr("`{name}` should be {kind}, but it is {received}.", name="h2_ex", kind=tr(kind),
                received=describe(value)))
    got = got.ravel()  # a column (2, 1) or a row (1, 2) holding the right numbers is fine
    if is_close(got, want, TOLERANCE):
        return
    linear = _steps(act=_identity)
    known_mistakes(got, [
        (h1, N_("`h2_ex` is h1, the state after the first input only. Apply the cell a second time, to x_2 = 0.5 "
                "and h1.")),
        (_steps(recurrent=False)[-1], N_("`h2_ex` forgets the memory: the second step must use h1 (through "
                                         "`W_hh_ex`), not a state of zeros. That is the recurrence.")),
        (linear[-1], N_("`h2_ex` has no tanh: apply `np.tanh` at each of the two steps.")),
        (np.tanh(linear[-1]), N_("`h2_ex` applies tanh only at the end: h1 also goes through tanh before it enters "
                                 "the second step.")),
        (W_XH[:, 0] * INPUTS[1] + W_HH @ h1 + BIAS, N_("`h2_ex` misses the tanh of the second step: apply "
                                                       "`np.tanh` to the whole sum.")),
        (_steps(bias=np.zeros(2))[-1], N_("`h2_ex` leaves out the bias `b_ex`: add it at each step.")),
        (_steps(bias=2 * BIAS)[-1], N_("`h2_ex` adds the bias twice per step. This tiny RNN has one bias only, "
                                       "`b_ex` (PyTorch's two biases are summed into it).")),
        (_steps(w_hh=W_HH.T)[-1], N_("`h2_ex` uses `W_hh_ex` transposed (`h @ W_hh_ex` or `W_hh_ex.T @ h`). "
                                     "Write the matrix first: `W_hh_ex @ h`.")),
        (_steps(inputs=INPUTS[::-1])[-1], N_("`h2_ex` reads the inputs in the wrong order: x_1 = 1 comes first, "
                                             "then x_2 = 0.5.")),
        (_steps(inputs=(INPUTS[0],) * 2)[-1], N_("`h2_ex` reads x = 1 twice: the second input is x_2 = 0.5.")),
        (_steps(inputs=(INPUTS[1],) * 2)[-1], N_("`h2_ex` reads x = 0.5 twice: the first input is x_1 = 1.")),
        (_steps(inputs=INPUTS + (INPUTS[1],))[-1], N_("`h2_ex` is one step too far (h3): stop after the second "
                                                      "input.")),
        (_steps(act=_sigmoid)[-1], N_("`h2_ex` uses the sigmoid: this RNN uses tanh (`np.tanh`).")),
        (_steps(act=lambda z: np.maximum(z, 0))[-1], N_("`h2_ex` uses ReLU: this RNN uses tanh (`np.tanh`).")),
        (-want, N_("`h2_ex` has the wrong sign: check the signs of the weights.")),
        (np.round(want, 1), N_("`h2_ex` is rounded too much: keep at least 2 decimals (better, do not round).")),
    ], tol=TOLERANCE)
    fail(tr("`h2_ex` is not h2 yet. Apply h_t = tanh(W_xh x_t + W_hh h_(t-1) + b) twice, starting from h_0 = 0."))


exercise_1 = Exercise(
    label="exercise_1",
    title=N_("two steps of an RNN by hand"),
    answers={"h2_ex": N_("a NumPy array of 2 numbers (one per hidden unit)")},
    uses=(),
    reference=_h2,
    judge=_judge_h2,
    hints=(
        N_("Apply the same cell twice: first to x_1 = 1 with h_0 = 0 (this gives h1), then to x_2 = 0.5 with h1."),
        N_("One step is tanh(W_xh x_t + W_hh h_(t-1) + b). `W_xh_ex` is a column (2 x 1): `W_xh_ex[:, 0]` times "
           "the number x_t gives a vector of 2; `W_hh_ex @ h` is the matrix product with the previous state; "
           "`np.tanh` applies tanh to each value."),
    ),
    solution_code=("h1_ex = np.tanh(W_xh_ex[:, 0] * 1.0 + W_hh_ex @ np.zeros(2) + b_ex)\n"
                   "h2_ex = np.tanh(W_xh_ex[:, 0] * 0.5 + W_hh_ex @ h1_ex + b_ex)"),
    explanation=N_("The second step reads the new input and the memory h1 with the same weights: h2 depends on both "
                   "inputs. `rnn_forward(np.array([[1.0], [0.5]]), W_xh_ex, W_hh_ex, b_ex, np.zeros(2))[-1]` "
                   "gives the same."),
)

# --------------------------------------------------------------------------------------------------- exercise 2


def _n_numbers(module: Any) -> int:
    """The number of parameters (weights and biases) of a PyTorch module."""
    return int(sum(np.prod(tuple(p.shape), dtype=int) for p in module.parameters()))


def _lstm_count(lstm_model: Any) -> dict[str, int]:
    return {"n_params_lstm": _n_numbers(lstm_model.lstm)}


def _judge_lstm_count(answers: dict[str, Any], expected: dict[str, int], uses: dict[str, Any]) -> str:
    got = integer(answers["n_params_lstm"], "n_params_lstm", N_("one whole number (a count of parameters)"))
    want = expected["n_params_lstm"]
    if got == want:
        return tr("A GRU of the same size has 3 blocks, a plain RNN 1: the gates are what the LSTM pays for.")
    lstm = uses["lstm_model"].lstm
    n_in, n_hid = lstm.input_size, lstm.hidden_size
    w_in, w_hid, bias = n_hid * n_in, n_hid * n_hid, n_hid
    block = w_in + w_hid + 2 * bias
    whole_model = _n_numbers(uses["lstm_model"])
    once = N_("`n_params_lstm` counts the biases once for the whole LSTM: every block has its own two bias vectors.")
    known_mistakes(got, [
        (block, N_("`n_params_lstm` counts one block only, which is also the size of a plain RNN (`nn.RNN`). An "
                   "LSTM has four blocks (forget, input, candidate, output), each with its own weights and biases.")),
        (w_in + w_hid + bias, N_("`n_params_lstm` counts one block with one bias vector. An LSTM has four blocks, "
                                 "and in PyTorch each has two bias vectors.")),
        (4 * (w_in + w_hid + bias), N_("`n_params_lstm` has one bias vector per block, but PyTorch has two "
                                       "(`bias_ih` and `bias_hh`): count both.")),
        (4 * (w_in + w_hid), N_("`n_params_lstm` forgets the bias vectors: each block also has two of them, of "
                                "`n_hid` numbers each.")),
        (4 * (w_in + w_hid) + 2 * bias, once),
        (4 * (w_in + w_hid) + bias, once),
        (3 * block, N_("`n_params_lstm` has 3 blocks: that is a GRU (reset, update, new). An LSTM has four.")),
        (3 * (w_in + w_hid + bias), N_("`n_params_lstm` looks like a GRU with one bias per block: an LSTM has four "
                                       "blocks, each with two bias vectors.")),
        (4 * w_in + w_hid + 2 * bias, N_("`n_params_lstm` multiplies only the first term by 4: put the whole block "
                                         "in parentheses before multiplying.")),
        (4 * w_in + w_hid + bias, N_("`n_params_lstm` multiplies only the first term by 4: put the whole block "
                                     "(with its two bias vectors) in parentheses before multiplying.")),
        (whole_model, N_("`n_params_lstm` includes the dense layer of our classifier (`lstm_model` has one after "
                         "the LSTM). Count the LSTM alone.")),
        (2 * want, N_("`n_params_lstm` is twice the count: 4 blocks, not 8 (a bidirectional LSTM would have twice as "
                      "many).")),
        (4 * want, N_("`n_params_lstm` is 4 times too large: did you multiply by 4 twice?")),
        (4 * (n_in * n_in + w_hid + 2 * bias), N_("`n_params_lstm`: the input weight matrix of a block is `n_hid` x "
                                                  "`n_in` (32 x 20), not `n_in` x `n_in`.")),
        (4 * (w_in + 2 * bias), N_("`n_params_lstm` forgets the weights on the previous hidden state (`n_hid` x "
                                   "`n_hid` per block).")),
        (4 * (w_hid + 2 * bias), N_("`n_params_lstm` forgets the weights on the input (`n_hid` x `n_in` per "
                                    "block).")),
    ])
    if got < want:
        fail(tr("`n_params_lstm` = {got} is too small: did you count every matrix and bias vector? One block has two "
                "weight matrices and two bias vectors; an LSTM has four blocks.", got=got))
    fail(tr("`n_params_lstm` = {got} is too large: did you count something twice? One block has two weight matrices "
            "and two bias vectors; an LSTM has four blocks.", got=got))


exercise_2 = Exercise(
    label="exercise_2",
    title=N_("the number of parameters of an LSTM"),
    answers={"n_params_lstm": N_("one whole number (a count of parameters)")},
    uses=("lstm_model",),
    reference=_lstm_count,
    judge=_judge_lstm_count,
    hints=(
        N_("Count one block first: a weight matrix for the input, one for the previous hidden state, and two bias "
           "vectors. Then: how many blocks does an LSTM have?"),
        N_("Each weight matrix has one row per hidden unit and one column per number it reads (the input, or the "
           "previous hidden state); a matrix of r rows and c columns holds r x c numbers, and a bias vector of "
           "`n_hid` holds `n_hid`. Add the four parts of one block using `n_in` and `n_hid`, then multiply the whole "
           "block (in parentheses) by the number of blocks."),
    ),
    solution_code="n_params_lstm = 4 * (n_hid * n_in + n_hid * n_hid + 2 * n_hid)",
    explanation=N_("Each of the 4 blocks (forget, input, candidate, output) has W_ih (32 x 20), W_hh (32 x 32) and "
                   "two bias vectors of 32. `training.count_parameters(torch.nn.LSTM(n_in, n_hid))` confirms it."),
)

# --------------------------------------------------------------------------------------------------- exercise 3

ECG_ARGS = {"seconds": 10, "fs": 100, "seed": 87}


def _rr(make_ecg: Callable[..., Any], rhythm: str) -> tuple[np.ndarray, np.ndarray]:
    """R-peak times and RR intervals (s) of the exercise's 10-s recording of ``rhythm``."""
    peaks = np.asarray(make_ecg(rhythm, **ECG_ARGS)[1]["r_peaks_s"], dtype=float)
    return peaks, np.diff(peaks)


def _irregularity(make_ecg: Callable[..., Any]) -> dict[str, float]:
    _, rr_af = _rr(make_ecg, "af")
    _, rr_normal = _rr(make_ecg, "normal")
    return {"hr_af": float(60 / rr_af.mean()), "cv_af": float(rr_af.std() / rr_af.mean()),
            "cv_normal": float(rr_normal.std() / rr_normal.mean())}


#: A heart rate is accepted within this many bpm of 60 / mean RR: counting the beats on the 10-s strip and
#: multiplying by 6 is only precise to a few bpm (one beat more or less at the edges changes it by 6).
HR_TOLERANCE = 3.0


def _cv_mistakes(name: str, rr: np.ndarray, peaks: np.ndarray, other: str, other_rr: np.ndarray,
                 fs: float) -> list[tuple[float, str]]:
    """Known wrong values of a coefficient of variation of the RR intervals ``rr`` (s); ``other`` is "AF" or
    "normal", the recording the student may have used instead."""
    mean = rr.mean()
    if other == "AF":
        other_recording = tr("`{name}` is the coefficient of variation of the AF recording: use the other one.",
                             name=name)
    else:
        other_recording = tr("`{name}` is the coefficient of variation of the normal recording: use the other one.",
                             name=name)
    sd_message = tr("`{name}` is the standard deviation of the RR intervals: divide it by their mean.", name=name)
    mistakes = []
    for ddof in (0, 1):
        sd = rr.std(ddof=ddof)
        mistakes += [
            (other_rr.std(ddof=ddof) / other_rr.mean(), other_recording),
            (100 * sd / mean, tr("`{name}` looks like a percentage: give a fraction (0.1 for 10 %), do not multiply "
                                 "by 100.", name=name)),
            (sd, sd_message),
            (1000 * sd, tr("`{name}` is the standard deviation of the RR intervals (in ms): divide it by their "
                           "mean.", name=name)),
            (fs * sd, tr("`{name}` is the standard deviation of the RR intervals (in samples): divide it by their "
                         "mean.", name=name)),
            (mean / sd, tr("`{name}` is upside down: standard deviation divided by mean, not the reverse.",
                           name=name)),
            (sd**2 / mean, tr("`{name}` uses the variance: take the standard deviation (its square root) instead.",
                              name=name)),
            ((sd / mean) ** 2, tr("`{name}` is squared (variance / mean²): use the standard deviation, not the "
                                  "variance.", name=name)),
            (peaks.std(ddof=ddof) / peaks.mean(), tr("`{name}` is computed on the R-peak times: first take the "
                                                     "intervals between successive peaks (the RR intervals).",
                                                     name=name)),
            (np.std(60 / rr, ddof=ddof) / np.mean(60 / rr), tr("`{name}` is the variation of the beat-by-beat heart "
                                                               "rates (60 / RR): compute it on the RR intervals "
                                                               "themselves.", name=name)),
        ]
    return mistakes


def _cv_not_yet(name: str, got: float, too_low: bool) -> str:
    """The last word on a wrong coefficient of variation: which recording, and whether it is too low or too high."""
    fields = {"name": name, "got": in_prose(got, ".4g")}
    if name == "cv_af":
        if too_low:
            return tr("`{name}` = {got} is not the standard deviation of the AF recording's RR intervals divided by "
                      "their mean yet (it is too low).", **fields)
        return tr("`{name}` = {got} is not the standard deviation of the AF recording's RR intervals divided by "
                  "their mean yet (it is too high).", **fields)
    if too_low:
        return tr("`{name}` = {got} is not the standard deviation of the normal recording's RR intervals divided by "
                  "their mean yet (it is too low).", **fields)
    return tr("`{name}` = {got} is not the standard deviation of the normal recording's RR intervals divided by "
              "their mean yet (it is too high).", **fields)


def _judge_irregularity(answers: dict[str, Any], expected: dict[str, float], uses: dict[str, Any]) -> str:
    hr = number(answers["hr_af"], "hr_af", N_("one number (beats per minute)"))
    cv_af = number(answers["cv_af"], "cv_af", N_("one number (a fraction)"))
    cv_normal = number(answers["cv_normal"], "cv_normal", N_("one number (a fraction)"))
    fs = float(ECG_ARGS["fs"])
    peaks_af, rr_af = _rr(uses["make_ecg"], "af")
    peaks_normal, rr_normal = _rr(uses["make_ecg"], "normal")
    mean_rr = rr_af.mean()

    # the mean heart rate: 60 / mean RR, or the beats on the 10-s strip x 6
    if abs(hr - expected["hr_af"]) > HR_TOLERANCE:
        per_second = N_("`hr_af` is in beats per second: multiply by 60 for beats per minute.")
        known_mistakes(hr, [
            (60 / (fs * mean_rr), N_("`hr_af` uses RR intervals in samples: divide them by the sampling frequency "
                                     "(100 Hz) to get seconds first.")),
            (60 / (1000 * mean_rr), N_("`hr_af` uses RR intervals in milliseconds: with RR in ms the rate is "
                                       "60000 / RR.")),
            (mean_rr, N_("`hr_af` is the mean RR interval (in seconds), not the heart rate: a rate is beats per "
                         "minute, 60 / RR.")),
            (1000 * mean_rr, N_("`hr_af` is the mean RR interval (in ms), not the heart rate: a rate is beats per "
                                "minute.")),
            (fs * mean_rr, N_("`hr_af` is the mean RR interval (in samples), not the heart rate: a rate is beats "
                              "per minute.")),
            (1 / mean_rr, per_second),
            (peaks_af.size / ECG_ARGS["seconds"], per_second),
            (peaks_af.size, N_("`hr_af` is the number of beats in 10 s: multiply it by 6 for beats per minute.")),
            (6 * rr_af.size, N_("`hr_af` counts the RR intervals, one fewer than the beats: count the R peaks "
                                "(beats) on the 10-s strip, then multiply by 6.")),
            (60 * peaks_af.size / (peaks_af[-1] - peaks_af[0]), N_("`hr_af` divides the number of beats by the time "
                                                                   "from the first to the last beat, which holds "
                                                                   "one interval fewer than the beats.")),
            (60 * mean_rr, N_("`hr_af` multiplies 60 by the RR interval: divide 60 by it instead.")),
            (60 / rr_normal.mean(), N_("`hr_af` is the heart rate of the normal recording: use the AF one.")),
            (6 * peaks_normal.size, N_("`hr_af` counts the beats of the normal recording: use the AF one.")),
        ], tol=0.01, relative=True)
        if hr < expected["hr_af"]:
            fail(tr("`hr_af` = {hr} bpm is not the mean heart rate of the AF recording yet (it is too low).",
                    hr=in_prose(hr, ".4g")))
        fail(tr("`hr_af` = {hr} bpm is not the mean heart rate of the AF recording yet (it is too high).",
                hr=in_prose(hr, ".4g")))

    # the coefficients of variation: ddof=0 and ddof=1 are both accepted
    for name, got, rr, peaks, other, other_rr, tol in [
            ("cv_af", cv_af, rr_af, peaks_af, "normal", rr_normal, 0.0025),
            ("cv_normal", cv_normal, rr_normal, peaks_normal, "AF", rr_af, 0.0015)]:
        if any(is_close(got, rr.std(ddof=ddof) / rr.mean(), tol) for ddof in (0, 1)):
            continue
        known_mistakes(got, _cv_mistakes(name, rr, peaks, other, other_rr, fs), tol=0.02, relative=True)
        if got > 1:
            fail(tr("`{name}` = {got} is too large: the coefficient of variation is a fraction (the standard "
                    "deviation divided by the mean), here well below 1.", name=name, got=in_prose(got, ".4g")))
        fail(_cv_not_yet(name, got, too_low=got < rr.std() / rr.mean()))

    if abs(hr - 6 * peaks_af.size) < 0.5:
        method = tr("You counted the beats on the 10-s strip and multiplied by 6, the quick method on ECG paper; "
                    "60 / mean RR uses the exact intervals.")
    else:
        method = tr("60 / mean RR uses the exact intervals; on ECG paper, counting the beats on the 10-s strip x 6 "
                    "is the quick method.")
    ratio = cv_af / cv_normal if cv_normal > 0 else float("inf")
    return tr("{method} Both are accepted: they differ by a few bpm at most. The AF intervals vary about {ratio} "
              "times more than the sinus rhythm's: 'irregularly irregular'.",
              method=method, ratio=in_prose(ratio, ".0f"))


exercise_3 = Exercise(
    label="exercise_3",
    title=N_("the irregularity of atrial fibrillation"),
    answers={"hr_af": N_("one number (beats per minute)"), "cv_af": N_("one number (a fraction)"),
             "cv_normal": N_("one number (a fraction)")},
    uses=("make_ecg",),
    reference=_irregularity,
    judge=_judge_irregularity,
    hints=(
        N_("The RR intervals are the times between successive R peaks: the differences between neighbouring values "
           "of `info_af[\"r_peaks_s\"]` (`np.diff`), in seconds."),
        N_("Mean heart rate (bpm) = 60 / the mean RR interval in seconds (or count the beats on the 10-s strip and "
           "multiply by 6). Coefficient of variation = standard deviation / mean of the RR intervals, a fraction. "
           "Then the same coefficient for `info_normal`."),
    ),
    solution_code=('rr_af = np.diff(info_af["r_peaks_s"])           # RR intervals (s)\n'
                   "hr_af = 60 / rr_af.mean()\n"
                   "cv_af = rr_af.std() / rr_af.mean()\n"
                   'rr_normal = np.diff(info_normal["r_peaks_s"])\n'
                   "cv_normal = rr_normal.std() / rr_normal.mean()"),
    explanation=N_("A heart rate is beats per minute: 60 / mean RR with RR in seconds (or, on ECG paper, the beats "
                   "on a 10-s strip x 6). The coefficient of variation (SD / mean) compares the irregularity of "
                   "rhythms at different rates; `ddof=0` or `ddof=1` both do."),
)
