# %% [markdown] slideshow={"slide_type": "slide"}
# # 08 · Recurrent networks: reading heart rhythms
#
# > Sequences, memory and the LSTM: from a real 12-lead ECG to an arrhythmia detector, compared with a 1-D CNN.
#
# **Estimated time:** 90 min · **Prerequisites:** 05, 06, 07
#
# An electrocardiogram (ECG), a bedside monitor or a glucose sensor does not give one number: it gives a *sequence* of numbers in time, and the meaning is in the order. Atrial fibrillation, the most common arrhythmia (about 1 adult in 50, 1 in 10 after 80), is recognised by comparing beat after beat. Companies such as Cardiologs already sell networks that read ECGs; this notebook opens the box.
#
# **By the end of this notebook you will be able to:**
# - explain why order and memory matter in medical sequences, and turn a sentence or a signal into a sequence of vectors (one-hot tokens, windows of samples);
# - write a recurrent cell in NumPy, unroll it in time, and check it against PyTorch's `nn.RNN`;
# - explain why gradients vanish through time and how the gates of an LSTM or GRU keep a memory path open;
# - train an LSTM that flags arrhythmias on synthetic ECGs, report its sensitivity and specificity, and compare it with a 1-D convolutional network (CNN).
#
# *For learning only: nothing in this course is a medical device or fit for clinical decisions.*

# %% slideshow={"slide_type": "skip"}
import time

import ipywidgets
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import torch

import course_utils
from course_utils import checks, plotting, widgets
from course_utils.exercises import ____
from course_utils.exercises.rnn import exercise_1, exercise_2, exercise_3

course_utils.setup()

# %% slideshow={"slide_type": "skip"}
from course_utils import metrics, training
from course_utils.datasets.ecg import (
    CLASS_NAMES,
    ECG_CLASSES,
    beat_components,
    load_dicom_ecg,
    make_ecg,
    make_ecg_dataset,
)
from course_utils.sequences import build_vocabulary, one_hot, sliding_windows, tokenize

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. Sequences in medicine
#
# A **sequence** is a list of values whose *order* carries meaning. When the values are measured at regular moments
# it is a **time series** (série temporelle); each position is a **time step**.
#
# | signal | one value is | typical rate | units, reference range |
# | --- | --- | --- | --- |
# | ECG | the heart's electrical potential | 250-1000 samples per second (Hz) | millivolts (mV); an R wave of about 0.5-2 mV |
# | bedside monitor | heart rate, SpO₂, blood pressure | one value per second or minute | bpm (60-100 at rest), % (≥ 95 %), mmHg |
# | continuous glucose monitor | interstitial glucose | one value every 5 min | mg/dL; target range 70-180 mg/dL (3.9-10 mmol/L) |
# | clinical note | a word | - | - |
#
# The **sampling frequency** $f_s$ is the number of values per second: at $f_s = 100$ Hz two samples are 10 ms apart.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Order is information
#
# Below, one simulated day of a glucose sensor (288 values, one every 5 min): three meals give three peaks. Then the
# *same 288 values* in a shuffled order. The mean, the minimum, the maximum and the histogram are identical, yet the
# second curve tells nothing about the meals. A model that ignores order (like the MLP of notebook 06, which sees a
# fixed list of inputs with no notion of "before") throws this information away unless we hand it the order explicitly.

# %% slideshow={"slide_type": ""}
rng = np.random.default_rng(0)
hours = np.arange(0, 24, 5 / 60)                       # one value every 5 min, in hours
glucose = 95 + rng.normal(0, 3, hours.size)            # fasting level about 95 mg/dL
for meal_time, rise in [(7.5, 60), (12.5, 75), (19.5, 70)]:
    after = np.clip(hours - meal_time, 0, None)
    glucose += rise * (after / 0.75) * np.exp(1 - after / 0.75)   # peak 45 min after the meal, back in ~3 h
shuffled = rng.permutation(glucose)

fig, ax = plt.subplots(figsize=(9, 3.4))
ax.plot(hours, glucose, label="in time order")
ax.plot(hours, shuffled, alpha=0.6, lw=1, label="same values, shuffled")
ax.axhspan(70, 180, color=plotting.OKABE_ITO["green"], alpha=0.08, label="target range 70-180 mg/dL")
ax.set(xlabel="time of day (h)", ylabel="glucose (mg/dL)", title="One day of a continuous glucose monitor (simulated)",
       xticks=range(0, 25, 3))
ax.legend(loc="upper left", ncols=3)
plt.show()

def lag1_correlation(x):
    """How much each value resembles the previous one (1 = smooth curve, 0 = no link)."""
    return np.corrcoef(x[:-1], x[1:])[0, 1]

print(f"mean: {glucose.mean():.1f} vs {shuffled.mean():.1f} mg/dL | "
      f"correlation with the previous value: {lag1_correlation(glucose):.2f} vs {lag1_correlation(shuffled):.2f}")

# %% slideshow={"slide_type": ""}
checks.true(np.isclose(glucose.mean(), shuffled.mean()) and lag1_correlation(glucose) > 0.9
            and abs(lag1_correlation(shuffled)) < 0.3,
            "same values, same mean, but only the ordered series remembers where it was a moment ago")

# %% [markdown] slideshow={"slide_type": "fragment"}
# ### Memory: the present is read in the light of the past
#
# A heart rate of 120 bpm means one thing after ten minutes of a slow climb (fever, bleeding?) and another after a
# sudden jump. Atrial fibrillation cannot be seen on one beat: it is the *irregularity from one beat to the next*
# that gives it away. To read a sequence, a model needs a **memory** of what came before: a summary of the past that
# it updates at every step. That summary is the **state** of a **recurrent neural network** (RNN, réseau de neurones
# récurrent): each new output depends on the current input *and* on everything before it.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. A real ECG, straight from a DICOM file
#
# DICOM, the standard format of medical images, also stores waveforms. The library `pydicom` ships a real, anonymised
# 12-lead resting ECG as a test file (`waveform_ecg.dcm`), so we can read it without any download.
#
# A **lead** (dérivation) is one viewpoint on the heart's electrical activity, the voltage between electrodes: leads
# I, II, III, aVR, aVL, aVF look from the limbs, V1-V6 from the chest. The header says how to turn the stored integers
# into volts (the *channel sensitivity*), the sampling frequency, and the filter of the machine.

# %% slideshow={"slide_type": ""}
rec = load_dicom_ecg()          # reads pydicom's test file: signals, sampling frequency, leads, units, ...
print(f"{len(rec.leads)} leads x {rec.signals.shape[0]} samples | sampling frequency {rec.fs:.0f} Hz | "
      f"{rec.duration_s:.0f} s | units in the header: {rec.units} | filter {rec.filter_hz[0]}-{rec.filter_hz[1]} Hz")
print("leads:", ", ".join(rec.leads))
print(f"device: {rec.manufacturer} | patient: sex {rec.patient['sex']}, age {rec.patient['age']} (anonymised)")
print("the machine's statements:", " / ".join(rec.statements))
print("the machine's measurements:", ", ".join(f"{k} {v:g} {u}" for k, (v, u) in rec.measurements.items()
                                            if k.endswith(("Interval", "Duration"))))

# %% [markdown] slideshow={"slide_type": "subslide"}
# The statements are in Italian: *ritmo sinusale* = sinus rhythm, *ECG normale* = normal ECG. The measurements sit in
# the adult reference ranges: RR 982 ms (heart rate $60\,000 / 982 \approx 61$ bpm), PR 161 ms (0.12-0.20 s), QRS
# 75 ms (< 120 ms), QTc 370 ms (< 450-470 ms). ("PP Interval 0" only means the machine left it blank.)
#
# The values come in microvolts (µV, as the header says); we divide by 1000 to plot millivolts, on the pink grid of
# ECG paper: a small square is 0.04 s wide and 0.1 mV high, a large square 0.2 s and 0.5 mV.

# %% slideshow={"slide_type": ""}
to_mv = {"uV": 1e-3, "mV": 1.0}[rec.units]      # the unit comes from the header, never assumed
shown = ["I", "II", "V1", "V5"]
seconds_shown = 5
n = int(seconds_shown * rec.fs)

fig, axes = plt.subplots(len(shown), 1, figsize=(10, 6.4), sharex=True)
paper = plotting.OKABE_ITO["vermillion"]
for ax, lead in zip(axes, shown):
    # ECG paper: small squares 0.04 s x 0.1 mV, large squares 0.2 s x 0.5 mV
    ax.grid(False)
    ax.vlines(np.arange(0, seconds_shown + 1e-9, 0.04), -1.5, 2.5, color=paper, lw=0.4, alpha=0.15)
    ax.hlines(np.arange(-1.5, 2.51, 0.1), 0, seconds_shown, color=paper, lw=0.4, alpha=0.15)
    ax.vlines(np.arange(0, seconds_shown + 1e-9, 0.2), -1.5, 2.5, color=paper, lw=0.8, alpha=0.4)
    ax.hlines(np.arange(-1.5, 2.51, 0.5), 0, seconds_shown, color=paper, lw=0.8, alpha=0.4)
    ax.plot(rec.time[:n], rec.lead(lead)[:n] * to_mv, color="black", lw=1)
    ax.set(xlim=(0, seconds_shown), ylim=(-1.3, 2.1), yticks=np.arange(-1, 2.01, 1), ylabel=f"{lead} (mV)")
axes[-1].set_xlabel("time (s)")
axes[0].set_title(f"Real 12-lead ECG from a DICOM file: {len(shown)} of {len(rec.leads)} leads, first {seconds_shown} s "
                  f"of {rec.duration_s:.0f} ({rec.fs:.0f} Hz)")
plt.show()


# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Finding the beats: the RR interval
#
# Each tall spike is an **R wave**, the peak of the **QRS complex** (the ventricles contracting). The time between two
# R peaks is the **RR interval**; the heart rate in beats per minute (bpm) is $60 / \text{RR}$ with RR in seconds.
# A simple detector: a sample is an R peak when it is above half of the tallest peak, higher than its neighbours,
# and at least 0.25 s after the previous peak (so this simple detector assumes fewer than 240 beats per minute).

# %% slideshow={"slide_type": ""}
def find_r_peaks(x, fs, refractory_s=0.25):
    """Indices of R peaks in one lead x (n_samples,) sampled at fs Hz."""
    threshold = 0.5 * x.max()
    candidates = np.flatnonzero((x[1:-1] > threshold) & (x[1:-1] >= x[:-2]) & (x[1:-1] > x[2:])) + 1
    peaks = []
    for i in candidates:
        if not peaks or i - peaks[-1] > refractory_s * fs:
            peaks.append(i)                    # a new beat
        elif x[i] > x[peaks[-1]]:
            peaks[-1] = i                      # same beat, higher point
    return np.array(peaks)

lead_ii = rec.lead("II") * to_mv
peaks = find_r_peaks(lead_ii, rec.fs)
rr_ms = np.diff(peaks) / rec.fs * 1000
print(f"{len(peaks)} beats in {rec.duration_s:.0f} s | RR intervals (ms): {np.round(rr_ms).astype(int)}")
print(f"mean RR {rr_ms.mean():.0f} ms -> {60000 / rr_ms.mean():.0f} bpm | the machine said {rec.measurements['RR Interval'][0]:g} ms")

# %% slideshow={"slide_type": ""}
checks.close(rr_ms.mean(), rec.measurements["RR Interval"][0], tol=20, name="mean RR interval from our detector (ms)",
             hint="The detector should find one peak per beat on lead II.")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Our RR intervals vary by a few tens of milliseconds from beat to beat: that is normal (**sinus arrhythmia**,
# mostly from breathing). In atrial fibrillation they vary by hundreds of milliseconds, with no pattern.
#
# The recording is sampled at 1000 Hz to measure fine shapes. To recognise a *rhythm*, 100 Hz is enough, and 10 times
# cheaper: our synthetic ECGs (section 6) use 100 Hz.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. A sequence of vectors: one-hot words, windows of samples
#
# A network only takes numbers: every time step must become a vector $x_t$.
#
# For text, we cut a sentence into **tokens** (here, words), number each distinct token (the **vocabulary**), and
# write token number $k$ as a **one-hot** vector: all zeros except a 1 in position $k$. A sentence of $T$ words becomes
# a $T \times V$ table, $V$ being the vocabulary size: one row per word, *in reading order*.

# %% slideshow={"slide_type": ""}
note_a = "No fever but cough"
note_b = "No cough but fever"
tokens_a, tokens_b = tokenize(note_a), tokenize(note_b)
vocabulary = build_vocabulary(tokens_a + tokens_b)
onehot_a, onehot_b = one_hot(tokens_a, vocabulary), one_hot(tokens_b, vocabulary)
print("tokens:", tokens_a, "| vocabulary:", vocabulary)

fig, axes = plt.subplots(1, 2, figsize=(9, 3.2))
for ax, tokens, table, note in [(axes[0], tokens_a, onehot_a, note_a), (axes[1], tokens_b, onehot_b, note_b)]:
    ax.imshow(table, cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(len(vocabulary)), list(vocabulary), rotation=30)
    ax.set_yticks(range(len(tokens)), [f"t={t + 1}: {w}" for t, w in enumerate(tokens)])
    ax.set(xlabel="vocabulary (one column per word)", ylabel="time step (word read)", title=f'"{note}"')
    ax.grid(False)
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# The two notes use the same four words, so the *sum* of their rows (a "bag of words") is identical, yet they mean
# opposite things. Only the order tells them apart: the model must read the rows one after the other. (The same idea
# turns "Je mange un avocat" into a $4 \times 4$ table.)

# %% slideshow={"slide_type": ""}
checks.true(np.array_equal(onehot_a.sum(axis=0), onehot_b.sum(axis=0)) and not np.array_equal(onehot_a, onehot_b),
            "same bag of words, different sequences: the order carries the meaning")

# %% [markdown] slideshow={"slide_type": "subslide"}
# For a signal, each sample is already a number ($x_t$ of size 1). We can also group samples into short
# **windows**: a 5-s ECG at 100 Hz (500 samples) cut into windows of 20 samples becomes 25 time steps of 0.2 s, each a
# vector of 20 numbers. Fewer steps means faster training and a shorter memory to keep (we use this in section 7).

# %% slideshow={"slide_type": ""}
demo_signal = np.arange(500.0)                  # stands for 5 s of ECG at 100 Hz
frames = sliding_windows(demo_signal, 20)       # non-overlapping windows of 0.2 s
print("signal", demo_signal.shape, "-> frames", frames.shape, "| first frame holds samples", frames[0, [0, -1]],
      "| second frame starts at sample", frames[1, 0])


# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. The recurrent cell
#
# An RNN reads $x_1, x_2, \dots, x_T$ one at a time. It keeps a **hidden state** $h_t$, a vector of $H$ numbers
# (its memory), and updates it at every step from the new input and the previous state:
#
# $$h_t = \tanh\left(W_{xh}\, x_t + b_{xh} + W_{hh}\, h_{t-1} + b_{hh}\right), \qquad h_0 = 0$$
#
# - $W_{xh}$ ($H \times$ input size) looks at the new input; $W_{hh}$ ($H \times H$) at the memory;
# - $\tanh$ squashes each value into $(-1, 1)$ (notebook 06);
# - the **same** weights are used at every step (weight sharing in time, as a CNN shares a filter across an image);
# - to classify a whole sequence we read out the last state (or the average of the states) with a dense layer.
#
# Because $h_{t-1}$ itself depends on $h_{t-2}$, and so on, $h_t$ depends on *every* input seen so far.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Unrolling in time
#
# Drawing one copy of the cell per time step **unrolls** the network: it becomes a deep feed-forward network with one
# layer per step, all layers sharing the same weights. Reading $k$ steps with a cell of $l$ layers is a network
# $l \times k$ layers deep. Training it is ordinary backpropagation (notebook 05) through this unrolled graph, called
# **backpropagation through time** (BPTT).
#
# ```
#    x_1          x_2          x_3                x_T
#     │            │            │                  │
#     ▼            ▼            ▼                  ▼
#  ┌──────┐ h_1 ┌──────┐ h_2 ┌──────┐ h_3     ┌──────┐
#  │ cell ├────►│ cell ├────►│ cell ├──► … ──►│ cell ├──► h_T ──► dense ──► P(arrhythmia)
#  └──────┘     └──────┘     └──────┘         └──────┘
#   same weights W_xh, W_hh, b in every box: one cell, drawn once per time step
# ```

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### From scratch in NumPy
#
# The whole cell is one line inside a loop over time.

# %% slideshow={"slide_type": ""}
def rnn_forward(X, W_xh, W_hh, b_xh, b_hh, h0=None):
    """Run a recurrent cell over a sequence X of shape (T, n_inputs); return every hidden state, (T, H)."""
    h = np.zeros(W_hh.shape[0]) if h0 is None else h0
    states = []
    for x_t in X:                                             # one time step after the other
        h = np.tanh(W_xh @ x_t + b_xh + W_hh @ h + b_hh)       # new memory = f(new input, old memory)
        states.append(h)
    return np.array(states)


# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Checked against PyTorch
#
# `torch.nn.RNN` implements exactly this formula. We create one with random weights, copy its weights into our
# function and feed both the one-hot sentence "patient reports chest pain but no fever".

# %% slideshow={"slide_type": ""}
sentence = tokenize("Patient reports chest pain but no fever")
vocab = build_vocabulary(sentence)
X_words = one_hot(sentence, vocab)                      # (7 words, 7 vocabulary entries)

torch.manual_seed(0)
rnn = torch.nn.RNN(input_size=len(vocab), hidden_size=6, batch_first=True)   # tanh cell, H = 6
weights = {name: p.detach().double().numpy() for name, p in rnn.named_parameters()}
print({name: w.shape for name, w in weights.items()})

H_numpy = rnn_forward(X_words, weights["weight_ih_l0"], weights["weight_hh_l0"],
                      weights["bias_ih_l0"], weights["bias_hh_l0"])
with torch.no_grad():
    H_torch, h_last = rnn(torch.tensor(X_words[None], dtype=torch.float32))   # batch of 1 sentence
H_torch = H_torch[0].numpy()
print(f"largest difference NumPy vs PyTorch: {np.abs(H_numpy - H_torch).max():.1e}")

# %% slideshow={"slide_type": ""}
checks.close(H_numpy, H_torch, tol=1e-5, name="hidden states, NumPy vs torch.nn.RNN",
             hint="Use h = tanh(W_xh x_t + b_xh + W_hh h + b_hh), starting from h = 0.")
checks.close(H_numpy[-1], h_last[0, 0].numpy(), tol=1e-5, name="last hidden state h_T")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### The hidden state over time
#
# Each column is the memory after reading one more word; each row one of the 6 hidden units. The network is not trained
# yet (random weights), but it already shows the mechanism: the state changes with every word, and the last column
# depends on the whole sentence.

# %% slideshow={"slide_type": ""}
fig, ax = plt.subplots(figsize=(8, 3.2))
image = ax.imshow(H_numpy.T, cmap="RdBu_r", vmin=-1, vmax=1, aspect="auto")
ax.set_xticks(range(len(sentence)), [f"{w}\n(t={t + 1})" for t, w in enumerate(sentence)])
ax.set_yticks(range(6), [f"$h^{{({k + 1})}}$" for k in range(6)])
ax.set(xlabel="word just read", ylabel="hidden unit", title="Hidden state $h_t$ of an (untrained) RNN, word by word")
ax.grid(False)
fig.colorbar(image, ax=ax, label="value (tanh: -1 to 1)")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# The same cell reads a signal. Here the first 3 s of lead II of the real ECG, brought down to 100 Hz (one value in
# ten) and **standardised** (mean 0, standard deviation 1: networks learn best from inputs of that size), are fed
# sample by sample into a fresh RNN with 8 hidden units. Each wave of the beat (P, QRS, T) moves the state; with these
# small random weights it returns to rest within a few samples: its memory is short. How long a memory an RNN can
# keep, and learn, is the subject of section 5.

# %% slideshow={"slide_type": ""}
ecg_100hz = lead_ii[: int(3 * rec.fs) : 10]                  # 300 samples: 3 s at 100 Hz, in mV
ecg_input = (ecg_100hz - ecg_100hz.mean()) / ecg_100hz.std()  # standardised (no unit)
torch.manual_seed(1)
rnn_ecg = torch.nn.RNN(input_size=1, hidden_size=8, batch_first=True)
w = {name: p.detach().double().numpy() for name, p in rnn_ecg.named_parameters()}
H_ecg = rnn_forward(ecg_input[:, None], w["weight_ih_l0"], w["weight_hh_l0"], w["bias_ih_l0"], w["bias_hh_l0"])
with torch.no_grad():
    H_ecg_torch = rnn_ecg(torch.tensor(ecg_input[None, :, None], dtype=torch.float32))[0][0].numpy()

t_100 = np.arange(ecg_100hz.size) / 100
fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(9, 4.6), sharex=True, height_ratios=[1, 1.3])
ax1.plot(t_100, ecg_100hz, color="black", lw=1)
ax1.set(ylabel="lead II (mV)", title="An (untrained) RNN reading a real ECG, one sample (10 ms) at a time")
image = ax2.imshow(H_ecg.T, cmap="RdBu_r", vmin=-1, vmax=1, aspect="auto", extent=(0, t_100[-1], 8.5, 0.5),
                   interpolation="nearest")
ax2.set(xlabel="time (s)", ylabel="hidden unit", yticks=range(1, 9))
ax2.grid(False)
fig.colorbar(image, ax=[ax1, ax2], label="hidden state value", shrink=0.6)
plt.show()

# %% slideshow={"slide_type": ""}
checks.close(H_ecg, H_ecg_torch, tol=1e-5, name="hidden states on the ECG, NumPy vs torch.nn.RNN")


# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Vanishing gradients through time
#
# To learn that a P wave 0.16 s ago matters now, the error at the end must flow back to early steps. By the chain rule
# (notebook 05), the influence of an old state $h_t$ on the last one $h_T$ is a product of one factor per step:
#
# $$\frac{\partial h_T}{\partial h_t} = \prod_{k=t+1}^{T} \frac{\partial h_k}{\partial h_{k-1}}
# = \prod_{k=t+1}^{T} \operatorname{diag}\!\left(1 - h_k^2\right) W_{hh}$$
#
# Multiply many numbers smaller than 1 and the product shrinks exponentially: the gradient **vanishes**, and the
# network cannot learn long-range links. Larger than 1, it **explodes** (the usual fix is *gradient clipping*: cap its
# size). This is notebook 05's vanishing gradient through depth, now through *time*: an unrolled RNN is very deep.

# %% slideshow={"slide_type": ""}
def gradient_through_time(W_hh, states):
    """Size of d h_T / d h_t for t = T-1, T-2, ..., 0 (largest singular value of the product of Jacobians)."""
    J = np.eye(W_hh.shape[0])
    sizes = []
    for h_k in states[:0:-1]:                          # k = T, T-1, ..., 1 (walking back in time)
        J = J @ (np.diag(1 - h_k**2) @ W_hh)           # chain rule: one more factor per step back
        sizes.append(np.linalg.norm(J, 2))
    return np.array(sizes)

rng = np.random.default_rng(0)
n_hidden, steps = 16, 60
inputs = rng.normal(size=(steps, 1))
W_in = rng.normal(scale=0.5, size=(n_hidden, 1))
base = np.linalg.qr(rng.normal(size=(n_hidden, n_hidden)))[0]     # a rotation: all singular values 1
fig, ax = plt.subplots(figsize=(8, 3.6))
grad_sizes = {}
for gain, color in [(0.5, plotting.PALETTE[0]), (0.9, plotting.PALETTE[2]), (1.5, plotting.PALETTE[1])]:
    W_rec = gain * base                                            # every singular value = gain
    states = rnn_forward(inputs, W_in, W_rec, np.zeros(n_hidden), np.zeros(n_hidden))
    grad_sizes[gain] = gradient_through_time(W_rec, states)
    ax.semilogy(np.arange(1, steps), grad_sizes[gain], color=color, label=f"$W_{{hh}}$ with gain {gain}")
ax.axhline(1, color="grey", lw=0.8)
ax.set(xlabel="steps back in time (T - t)", ylabel=r"gradient size $\|\partial h_T / \partial h_t\|$ (log scale)",
       title="How much an old step can still influence the last one (NumPy RNN)")
ax.legend()
plt.show()
print({gain: f"{sizes[49]:.1e}" for gain, sizes in grad_sizes.items()}, "<- after 50 steps back")

# %% slideshow={"slide_type": ""}
checks.true(grad_sizes[0.5][49] < 1e-10 and grad_sizes[0.9][49] < 1e-2,
            "with recurrent weights below 1 the gradient 50 steps back has all but vanished")
checks.true(grad_sizes[1.5][9] > 1,
            "with larger weights it first grows (exploding), until tanh saturates and flattens it again")


# %% [markdown] slideshow={"slide_type": "slide"}
# ### The fix: gates (LSTM, GRU)
#
# The **LSTM** (long short-term memory, Hochreiter and Schmidhuber 1997) adds a second state, the **cell state** $c_t$,
# a conveyor belt that runs through time with only a multiplication and an addition on it. Three **gates**, small
# sigmoid layers with values between 0 (closed) and 1 (open), decide what happens on the belt:
#
# $$\begin{aligned}
# f_t &= \sigma(W_f [x_t, h_{t-1}] + b_f) && \text{forget gate: how much of the old memory to keep}\\
# i_t &= \sigma(W_i [x_t, h_{t-1}] + b_i) && \text{input gate: how much new information to write}\\
# g_t &= \tanh(W_g [x_t, h_{t-1}] + b_g) && \text{the candidate new information}\\
# o_t &= \sigma(W_o [x_t, h_{t-1}] + b_o) && \text{output gate: how much of the memory to show}\\
# c_t &= f_t \odot c_{t-1} + i_t \odot g_t, \qquad h_t = o_t \odot \tanh(c_t)
# \end{aligned}$$
#
# ($\odot$: element-by-element product.) Along the belt, $\partial c_t / \partial c_{t-1} = \operatorname{diag}(f_t)$: no
# weight matrix, no squashing. When the network learns to hold the forget gate near 1, the gradient travels back
# almost unchanged: the memory can last hundreds of steps.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ```
#                      forget             write
#   c_{t-1} ────────────( × )──────────────( + )─────────────────────────► c_t    cell state: the conveyor belt
#                         ▲                  ▲                  │
#                        f_t               ( × )              tanh
#                                          ▲   ▲                │
#                                        i_t   g_t    o_t ───►( × )──────────► h_t    hidden state (output)
#
#   gates   f_t, i_t, o_t = sigmoid(W [x_t, h_{t-1}] + b)    values from 0 (closed) to 1 (open)
#   candidate         g_t = tanh(W_g [x_t, h_{t-1}] + b_g)   the new information on offer
# ```
#
# The **GRU** (gated recurrent unit, Cho et al. 2014) is a lighter variant with two gates and no separate cell state:
# an *update gate* $z_t$ mixes old and new, $h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1}$, and a *reset gate*
# chooses how much of the past enters the candidate $n_t$. Parameters: an LSTM has 4 times those of a plain RNN of the
# same size (four layers: f, i, g, o), a GRU 3 times.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### A numeric comparison
#
# We feed 60 random inputs to a plain RNN, an LSTM and a GRU (16 hidden units each) and ask PyTorch's autograd how much
# the last output depends on each input, $\lVert \partial h_T / \partial x_t \rVert$. With PyTorch's default random
# start, the gates are about half open ($\sigma(0) = 0.5$) and the gradient still fades. With the gate biased open
# (forget-gate bias +3, so $f \approx 0.95$; a common practice is to start it at +1 and let training open or close it),
# the LSTM keeps the far past within reach.

# %% slideshow={"slide_type": ""}
def input_gradients(cell, x):
    """Size of d(last output)/d(input at step t) for every t; x has shape (1, T, 1)."""
    x = x.clone().requires_grad_(True)
    outputs = cell(x)[0]
    outputs[0, -1].sum().backward()
    return x.grad[0, :, 0].abs().numpy()

def gated_cell(kind, gate_bias=0.0, hidden=16):
    torch.manual_seed(0)
    cell = getattr(torch.nn, kind)(input_size=1, hidden_size=hidden, batch_first=True)
    if gate_bias:   # PyTorch stores the gates in blocks: LSTM (input, forget, g, output); GRU (reset, update, new)
        with torch.no_grad():
            cell.bias_hh_l0[hidden:2 * hidden] += gate_bias    # forget gate (LSTM) or update gate (GRU)
    return cell

torch.manual_seed(0)
x_seq = torch.randn(1, 60, 1)
cells = {"RNN": gated_cell("RNN"), "LSTM (default start)": gated_cell("LSTM"),
         "LSTM, forget gate open": gated_cell("LSTM", 3.0), "GRU, update gate open": gated_cell("GRU", 3.0)}
grads = {name: input_gradients(cell, x_seq) for name, cell in cells.items()}

fig, ax = plt.subplots(figsize=(8, 3.8))
for (name, g), color in zip(grads.items(), [plotting.PALETTE[1], plotting.PALETTE[3], plotting.PALETTE[0],
                                             plotting.PALETTE[2]]):
    ax.semilogy(np.arange(1, 61), g, color=color, label=name)
ax.set(xlabel="time step t of the input (the output is read at t = 60)", ylabel=r"$\|\partial h_{60} / \partial x_t\|$ (log scale)",
       title="How far back can the last output 'see'?")
ax.legend(loc="lower right")
plt.show()
table = pd.DataFrame({"gradient from step 60 to step 1": {k: f"{g[0]:.1e}" for k, g in grads.items()},
                      "ratio step 1 / step 60": {k: f"{g[0] / g[-1]:.1e}" for k, g in grads.items()},
                      "parameters": {k: training.count_parameters(c) for k, c in cells.items()}})
table

# %% slideshow={"slide_type": ""}
ratio = {k: g[0] / g[-1] for k, g in grads.items()}
checks.true(ratio["RNN"] < 1e-8 and ratio["LSTM, forget gate open"] > 1e-3,
            "the plain RNN forgets step 1 almost completely; the LSTM with an open forget gate still sees it")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. A synthetic ECG generator
#
# Real annotated ECG databases exist (e.g. PhysioNet's), but they must be downloaded and come with data-use rules. For a
# notebook that runs anywhere in seconds we **simulate** single-lead ECGs, in mV, sampled at $f_s = 100$ Hz, 5 s long.
# Each beat is a sum of five bell-shaped (Gaussian) bumps placed around the R peak:
#
# | wave | what the heart does | centre (s from R) | height (mV) |
# | --- | --- | --- | --- |
# | P | the atria contract | -0.16 | 0.15 |
# | Q, R, S (QRS) | the ventricles contract (QRS < 0.12 s) | -0.03, 0, +0.03 | -0.1, 1.0, -0.25 |
# | T | the ventricles recover | +0.27 | 0.3 |
#
# On the right, the real "median beat" computed by the ECG machine for our DICOM patient, for comparison.

# %% slideshow={"slide_type": ""}
t_beat = np.linspace(-0.4, 0.6, 1001)                     # seconds around the R peak (1000 Hz for a smooth drawing)
waves = beat_components(t_beat, "normal")
median = load_dicom_ecg(group=1)                           # the machine's median beat, 1.2 s at 1000 Hz
median_ii = median.lead("II") * to_mv
r_index = np.argmax(median_ii)

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.6), sharey=True)
for (name, wave), color in zip(waves.items(), plotting.PALETTE[2:]):
    ax1.fill_between(t_beat, wave, color=color, alpha=0.45, lw=0, label=f"{name} wave")
ax1.plot(t_beat, sum(waves.values()), color="black", lw=1.5, label="beat = sum")
ax1.set(xlabel="time from the R peak (s)", ylabel="voltage (mV)", title="Synthetic beat: five Gaussian waves")
ax1.legend(ncols=2, fontsize="small")
ax2.plot(median.time - median.time[r_index], median_ii, color="black")
ax2.set(xlabel="time from the R peak (s)", xlim=(-0.4, 0.6), title="Real median beat, lead II (DICOM)")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Three rhythms
#
# - **Normal sinus rhythm** (label 0): 55-100 bpm, a P wave before every QRS, RR intervals almost equal (a few % of
#   breathing-related variation).
# - **Atrial fibrillation (AF)**: the atria quiver chaotically instead of contracting. No P waves, small fast
#   "f waves" (4-9 Hz) on the baseline, and *irregularly irregular* RR intervals (70-130 bpm here). AF multiplies the
#   risk of stroke by about 5: finding it matters.
# - **Premature ventricular contractions (PVC)**: sinus rhythm interrupted by 1-3 early beats that start in the
#   ventricles: no P wave, a wide (about 0.16 s) and tall QRS, a T wave of opposite sign, then a pause.
#
# Every recording also gets electrical noise (0.01-0.04 mV) and **baseline wander** (a slow drift of 0.05-0.3 mV,
# mostly breathing and electrode movement), as real ones do. Each recording is a different simulated patient (random
# heart rate, wave sizes and widths).

# %% slideshow={"slide_type": ""}
fs = 100
signals, rhythm_labels, infos = make_ecg_dataset(2600, seconds=5, fs=fs, seed=8, proportions=(0.5, 0.25, 0.25),
                                                 return_info=True)
time_s = np.arange(signals.shape[1]) / fs
counts = pd.Series(np.bincount(rhythm_labels), index=[CLASS_NAMES[c] for c in ECG_CLASSES], name="recordings")
print(f"signals: {signals.shape} (recordings, samples), in mV, {fs} Hz, {signals.shape[1] / fs:.0f} s each")
counts.to_frame().T

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Explore the recordings
#
# Move the slider to flip through recordings; choose the rhythm in the menu. Triangles mark the beats (green for a
# premature ventricular beat); the lower panel plots each RR interval (the **tachogram**). Compare how flat it is in
# sinus rhythm, how it zig-zags in AF, and the short-long pair around each PVC.

# %% slideshow={"slide_type": ""}
fig = widgets.new_figure(figsize=(8.6, 4.3))
ax_ecg, ax_rr = fig.subplots(2, 1, height_ratios=[2, 1])
trace, = ax_ecg.plot(time_s, signals[0], lw=1.2)
sinus_marks, = ax_ecg.plot([], [], "v", color="black", ms=6, label="beat (R peak)")
pvc_marks, = ax_ecg.plot([], [], "v", color=plotting.class_color(2), ms=9, label="premature ventricular beat")
ax_ecg.set(xlim=(0, 5), ylim=(-2.2, 3.0), xlabel="time (s)", ylabel="voltage (mV)",
           title="Synthetic single-lead ECG (100 Hz): blue normal, vermillion AF, green PVCs")
ax_ecg.legend(loc="lower left", ncols=2, fontsize="small")
tachogram, = ax_rr.plot([], [], "o-", color="black", ms=5)
ax_rr.set(xlim=(0, 5), ylim=(0.25, 1.75), xlabel="time of the beat (s)", ylabel="RR interval (s)",
          title="Tachogram: interval since the previous beat")

def show_recording(index, rhythm):
    k = ECG_CLASSES.index(rhythm)
    i = np.flatnonzero(rhythm_labels == k)[index]
    info = infos[i]
    r, beat_types = info["r_peaks_s"], info["beat_types"]
    trace.set_ydata(signals[i])
    trace.set_color(plotting.class_color(k))
    sinus_marks.set_data(r[beat_types != "V"], np.full((beat_types != "V").sum(), 2.55))
    pvc_marks.set_data(r[beat_types == "V"], np.full((beat_types == "V").sum(), 2.55))
    rr = np.diff(r)
    tachogram.set_data(r[1:], rr)
    return (f"{CLASS_NAMES[rhythm]}, recording #{i} · mean heart rate {60 / rr.mean():.0f} bpm · RR variation (SD / mean) {rr.std() / rr.mean():.0%} · "
            f"{(beat_types == 'V').sum()} premature ventricular beat(s)")

explorer = widgets.LiveFigure(
    fig, show_recording, main=True, dynamic=[trace, sinus_marks, pvc_marks, tachogram],
    index=widgets.slider(0, 0, 29, description="recording", integer=True),
    rhythm=ipywidgets.Dropdown(options=[(CLASS_NAMES[c], c) for c in ECG_CLASSES], value="normal",
                               description="rhythm"),
)
explorer

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7. An LSTM that flags arrhythmias
#
# The clinical question: *does this 5-s strip need a cardiologist's look?* Label 1 (alert) = atrial fibrillation or
# PVCs, label 0 = normal sinus rhythm. Half of our recordings are normal, so the classes are balanced; in a real
# screening population AF is rare (a few %), which lowers the share of true alarms among the alerts (see the self-test at the end).
#
# Preparation:
# - split into training (2000), validation (300, to choose when to stop) and test (300, looked at once at the end).
#   With real data, split by *patient*, never by recording: two strips of the same patient on both sides would leak;
# - subtract each recording's mean (its offset), then cut it into 25 windows of 0.2 s: the LSTM reads 25 vectors of 20
#   samples (a 500-step sequence would be 20 times slower and much harder to remember through).

# %% slideshow={"slide_type": ""}
is_alert = (rhythm_labels > 0).astype(np.float32)         # 1 = AF or PVC, 0 = normal sinus rhythm
train, val, test = np.arange(0, 2000), np.arange(2000, 2300), np.arange(2300, 2600)
centred = signals - signals.mean(axis=1, keepdims=True)

def to_frames(x):
    """(n, 500) samples -> (n, 25, 20): 25 time steps of 0.2 s."""
    return torch.tensor(sliding_windows(x, 20), dtype=torch.float32)

X_seq = {name: to_frames(centred[idx]) for name, idx in [("train", train), ("val", val), ("test", test)]}
y = {name: torch.tensor(is_alert[idx]) for name, idx in [("train", train), ("val", val), ("test", test)]}
print({name: tuple(x.shape) for name, x in X_seq.items()}, "| share of alerts in training:",
      f"{is_alert[train].mean():.0%}")


# %% [markdown] slideshow={"slide_type": "subslide"}
# The model: an LSTM with 32 hidden units reads the 25 windows; we average its 25 hidden states (a summary of the
# whole strip) and a dense layer turns the average into one number, the **logit**; the sigmoid of the logit is the
# probability of an alert. The loss is the binary cross-entropy (notebook 03), minimised with Adam; the learning rate
# decays along a cosine curve, and the weights of the epoch with the best validation loss are kept.

# %% slideshow={"slide_type": ""}
class LSTMClassifier(torch.nn.Module):
    def __init__(self, n_inputs=20, n_hidden=32):
        super().__init__()
        self.lstm = torch.nn.LSTM(n_inputs, n_hidden, batch_first=True)
        self.head = torch.nn.Linear(n_hidden, 1)

    def forward(self, x):                       # x: (batch, 25 steps, 20 samples)
        states, _ = self.lstm(x)                # hidden state after every step: (batch, 25, 32)
        summary = states.mean(dim=1)            # average over time: (batch, 32)
        return self.head(summary).squeeze(-1)   # one logit per recording

def train_model(model, X_train, y_train, X_val, y_val, epochs, lr=1e-2):
    """Adam + cosine learning-rate decay, best validation epoch kept; returns the history and seconds taken."""
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, epochs)
    start = time.perf_counter()
    history = training.fit(model, (X_train, y_train), (X_val, y_val), loss_fn=torch.nn.BCEWithLogitsLoss(),
                           optimizer=optimizer, scheduler=schedule, epochs=epochs, batch_size=32,
                           patience=epochs, progress=True)
    return history, time.perf_counter() - start

torch.manual_seed(0)
lstm_model = LSTMClassifier()
print("LSTM parameters:", training.count_parameters(lstm_model))
lstm_history, lstm_seconds = train_model(lstm_model, X_seq["train"], y["train"], X_seq["val"], y["val"], epochs=15)


# %% slideshow={"slide_type": ""}
def evaluate(model, X, y_true):
    """Probabilities, 0/1 predictions (threshold 0.5) and the clinical metrics on a data set."""
    proba = torch.sigmoid(training.predict(model, X)).numpy()
    predicted = (proba >= 0.5).astype(int)
    return proba, predicted, metrics.binary_metrics(y_true.numpy().astype(int), predicted)

lstm_proba, lstm_pred, lstm_metrics = evaluate(lstm_model, X_seq["test"], y["test"])
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.8), width_ratios=[1.4, 1])
plotting.plot_history(lstm_history, keys=["train_loss", "val_loss"], ax=ax1, ylabel="binary cross-entropy",
                      title=f"LSTM learning curves (best epoch {lstm_history['best_epoch'][0]})")
plotting.plot_confusion(y["test"].numpy().astype(int), lstm_pred, ax=ax2, class_names=("normal", "alert"),
                        title="LSTM, test set")
plt.show()
caught = {CLASS_NAMES[c]: lstm_pred[rhythm_labels[test] == k].mean() for k, c in enumerate(ECG_CLASSES)}
print("share flagged as alert, by true rhythm:", {k: f"{v:.0%}" for k, v in caught.items()})

# %% slideshow={"slide_type": ""}
checks.between(lstm_metrics["sensitivity"], 0.75, 1.0, name="LSTM sensitivity (test)",
               hint="Train longer, or check that the windows are built from the centred signals.")
checks.between(lstm_metrics["specificity"], 0.85, 1.0, name="LSTM specificity (test)")


# %% [markdown] slideshow={"slide_type": "fragment"}
# **Reading the result.** Sensitivity is the share of arrhythmic strips that raise an alert; specificity the share
# of normal strips left alone. A missed AF is a missed chance to prevent a stroke; a false alert costs a
# cardiologist's minute and some worry. Which rhythm does the LSTM miss most? PVCs, with their big, wide complexes,
# are easy; AF hides in small details (no P wave, slight irregularity).

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Watching the LSTM read
#
# Because the LSTM carries a state, we can ask it for its opinion after *each* window: apply the dense layer to the
# average of the hidden states seen so far. Move the slider through test recordings: the probability is updated every
# 0.2 s as the strip is read, like a monitor that makes up its mind beat after beat.

# %% slideshow={"slide_type": ""}
def running_probability(x_frames):
    """P(alert) after reading 1, 2, ..., 25 windows of one recording (25, 20) -> (25,)."""
    device = next(lstm_model.parameters()).device                          # CPU, or the GPU if training used one
    with torch.no_grad():
        states, _ = lstm_model.lstm(x_frames[None].to(device))            # (1, 25, 32)
        running_mean = states.cumsum(dim=1) / torch.arange(1, states.shape[1] + 1, device=device)[None, :, None]
        return torch.sigmoid(lstm_model.head(running_mean))[0, :, 0].cpu().numpy()

fig2 = widgets.new_figure(figsize=(8.6, 4.0))
ax_top, ax_bottom = fig2.subplots(2, 1, sharex=True)
test_trace, = ax_top.plot(time_s, signals[test[0]], lw=1.2)
ax_top.set(ylim=(-2.2, 3.0), ylabel="voltage (mV)", title="A test recording (colour = true rhythm), read by the trained LSTM")
window_ends = (np.arange(25) + 1) * 0.2
belief, = ax_bottom.plot(window_ends, np.zeros(25), "o-", color="black", ms=4, label="P(alert) after each window")
ax_bottom.axhline(0.5, color="grey", ls="--", lw=1, label="threshold 0.5")
ax_bottom.set(xlim=(0, 5), ylim=(-0.02, 1.02), xlabel="time read so far (s)", ylabel="P(alert)")
ax_bottom.legend(loc="upper left")

def show_reading(index, rhythm):
    k = ECG_CLASSES.index(rhythm)
    i = np.flatnonzero(rhythm_labels[test] == k)[index]
    test_trace.set_ydata(signals[test[i]])
    test_trace.set_color(plotting.class_color(k))
    p = running_probability(X_seq["test"][i])
    belief.set_ydata(p)
    return f"true rhythm: {CLASS_NAMES[rhythm]} · final P(alert) = {p[-1]:.2f} -> {'ALERT' if p[-1] >= 0.5 else 'no alert'}"

reader = widgets.LiveFigure(
    fig2, show_reading, dynamic=[test_trace, belief],
    index=widgets.slider(0, 0, 19, description="test recording", integer=True),
    rhythm=ipywidgets.Dropdown(options=[(CLASS_NAMES[c], c) for c in ECG_CLASSES], value="af", description="rhythm"),
)
reader


# %% [markdown] slideshow={"slide_type": "slide"}
# ## 8. The same task with a 1-D CNN
#
# Notebook 07's convolutions work on signals too: a 1-D filter of 7 samples (70 ms) slides along the 500 samples (two
# at a time: stride 2) and reacts wherever its shape appears (a P wave, a wide QRS), whatever the time. Three
# convolution layers with ReLU and pooling, then the *maximum* of each feature map over the whole strip ("did this shape occur anywhere?"), then a
# dense layer. No state, no memory: each output only sees a fixed window of the input (its receptive field).

# %% slideshow={"slide_type": ""}
class CNN1D(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.features = torch.nn.Sequential(
            torch.nn.Conv1d(1, 8, kernel_size=7, padding=3, stride=2), torch.nn.ReLU(), torch.nn.MaxPool1d(2),
            torch.nn.Conv1d(8, 16, kernel_size=7, padding=3), torch.nn.ReLU(), torch.nn.MaxPool1d(2),
            torch.nn.Conv1d(16, 16, kernel_size=7, padding=3), torch.nn.ReLU(),
            torch.nn.AdaptiveMaxPool1d(1),      # strongest response anywhere in the strip
        )
        self.head = torch.nn.Linear(16, 1)

    def forward(self, x):                       # x: (batch, 500 samples)
        return self.head(self.features(x[:, None, :]).flatten(1)).squeeze(-1)

X_raw = {name: torch.tensor(centred[idx]) for name, idx in [("train", train), ("val", val), ("test", test)]}
torch.manual_seed(0)
cnn_model = CNN1D()
print("CNN parameters:", training.count_parameters(cnn_model))
cnn_history, cnn_seconds = train_model(cnn_model, X_raw["train"], y["train"], X_raw["val"], y["val"], epochs=6)
cnn_proba, cnn_pred, cnn_metrics = evaluate(cnn_model, X_raw["test"], y["test"])

# %% slideshow={"slide_type": ""}
comparison = pd.DataFrame({
    name: {"accuracy": m["accuracy"], "sensitivity": m["sensitivity"], "specificity": m["specificity"],
           "ROC AUC": metrics.roc_auc(y["test"].numpy().astype(int), proba),
           "parameters": training.count_parameters(model), "epochs": len(history["train_loss"]),
           "training time (s)": seconds}
    for name, m, proba, model, history, seconds in [
        ("LSTM (25 windows of 0.2 s)", lstm_metrics, lstm_proba, lstm_model, lstm_history, lstm_seconds),
        ("1-D CNN (500 samples)", cnn_metrics, cnn_proba, cnn_model, cnn_history, cnn_seconds)]
}).T
comparison.style.format({"accuracy": "{:.1%}", "sensitivity": "{:.1%}", "specificity": "{:.1%}",
                         "ROC AUC": "{:.3f}", "parameters": "{:,.0f}", "epochs": "{:.0f}",
                         "training time (s)": "{:.1f}"})

# %% slideshow={"slide_type": ""}
checks.between(cnn_metrics["sensitivity"], 0.9, 1.0, name="CNN sensitivity (test)")
checks.between(cnn_metrics["specificity"], 0.9, 1.0, name="CNN specificity (test)")

# %% [markdown] slideshow={"slide_type": "fragment"}
# On these short strips the CNN does as well or better, with fewer parameters and fewer epochs: its filters slide over
# *every* sample, so it finds a missing P wave or a wide QRS wherever it falls, while the LSTM reads 0.2-s windows whose
# content shifts from beat to beat. Each CNN epoch is not cheaper here (16 filters look at all 500 samples), but those
# computations are independent along the strip and run in parallel on a GPU, whereas the LSTM's 25 steps must run one
# after the other. Large studies agree that CNNs are excellent for ECG strips (e.g. Hannun et al., *Nature Medicine*
# 2019: a 34-layer 1-D CNN reached cardiologist-level accuracy on 12 rhythm classes, trained on 91,232 single-lead
# recordings from 53,549 patients).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 9. RNN or CNN?
#
# | | recurrent network (RNN, LSTM, GRU) | convolutional network (CNN) |
# | --- | --- | --- |
# | data it is built for | sequences of values (text, time series) | grids of values (images; signals as 1-D grids) |
# | state | **has a state** $h_t$ carried from step to step | **no state**: each output depends only on its input window |
# | memory | remembers the past, in principle without limit (in practice: gates needed) | sees only its receptive field, fixed by depth and kernel sizes |
# | sequence length | any length, read step by step; can run live, one sample at a time, with constant memory | any length with global pooling, but the context it sees is fixed |
# | computation | sequential: step $t$ waits for step $t-1$ (slow to train) | parallel over positions (made for GPUs) |
# | good at | long-range order: language (translation, dialogue), forecasting, monitoring streams | local shapes: images, ECG morphology, detection in short windows |
#
# Since 2017, *transformers* (attention) have taken over most language tasks from LSTMs; the ideas of this notebook
# (order, state, memory, gradients through time) are still the ones to reason with.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Longer recordings, no retraining
#
# Both models were trained on 5-s strips. Neither has a fixed input size, so both can read a 10-s strip as they are:
# the LSTM simply takes 50 steps instead of 25.

# %% slideshow={"slide_type": ""}
long_signals, long_labels = make_ecg_dataset(200, seconds=10, fs=fs, seed=99, proportions=(0.5, 0.25, 0.25))
long_centred = long_signals - long_signals.mean(axis=1, keepdims=True)
long_y = torch.tensor((long_labels > 0).astype(np.float32))
_, _, lstm_long = evaluate(lstm_model, to_frames(long_centred), long_y)          # (200, 50, 20)
_, _, cnn_long = evaluate(cnn_model, torch.tensor(long_centred), long_y)         # (200, 1000)
pd.DataFrame({"LSTM": lstm_long, "1-D CNN": cnn_long}).loc[["accuracy", "sensitivity", "specificity"]].T.round(3)

# %% slideshow={"slide_type": ""}
checks.true(lstm_long["accuracy"] > 0.8 and cnn_long["accuracy"] > 0.8,
            "both models still work on recordings twice as long as those they were trained on")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Compare with the 5-s results above: a longer strip holds more beats, hence more evidence of an irregular rhythm.
# Reading live, beat after beat, for hours is where a recurrent state shines: the LSTM only needs its last $h_t$ and
# $c_t$ to go on, whatever the length already read.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Beyond the notebook
#
# - Real ECG data are noisier, with many more rhythms, pacemakers, artefacts and several leads; confidentiality rules
#   apply (an ECG is personal health data), and records are often incomplete.
# - Split data by patient to avoid leakage; check performance on the population where the tool will be used
#   (prevalence, devices, age), not only on a balanced test set.
# - A synthetic generator teaches the mechanics; it can never show that a model works on patients.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 1: two steps of an RNN by hand
#
# A tiny RNN has one input and two hidden units, with
# $W_{xh} = \begin{pmatrix} 0.5 \\ -1 \end{pmatrix}$, $W_{hh} = \begin{pmatrix} 0.2 & 0 \\ 0.4 & 0.3 \end{pmatrix}$,
# bias $b = \begin{pmatrix} 0 \\ 0.1 \end{pmatrix}$ (one bias only) and $h_0 = 0$. It reads $x_1 = 1$, then
# $x_2 = 0.5$. Compute $h_2$ with the formula of section 4, and store it in `h2_ex` as a NumPy array of 2 numbers
# (one per hidden unit).

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} tags=["exercise"]
W_xh_ex = np.array([[0.5], [-1.0]])
W_hh_ex = np.array([[0.2, 0.0], [0.4, 0.3]])
b_ex = np.array([0.0, 0.1])
h1_ex = ____  # replace ____: the state after reading x_1 = 1
h2_ex = ____  # replace ____: the state after reading x_2 = 0.5
### BEGIN SOLUTION
h1_ex = np.tanh(W_xh_ex[:, 0] * 1.0 + W_hh_ex @ np.zeros(2) + b_ex)
h2_ex = np.tanh(W_xh_ex[:, 0] * 0.5 + W_hh_ex @ h1_ex + b_ex)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_1.check()
# exercise_1.hint()      # a nudge; run it again for the next step
# exercise_1.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 2: how many parameters in an LSTM?
#
# Our classifier's `torch.nn.LSTM(20, 32)` has four blocks (forget, input, candidate, output). Each block has a weight
# matrix for the input ($32 \times 20$), one for the previous hidden state ($32 \times 32$) and, in PyTorch, two bias
# vectors of 32. Compute the total number of parameters with a formula (not with `count_parameters`), and store it
# in `n_params_lstm` as one whole number.

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} tags=["exercise"]
n_in, n_hid = 20, 32
n_params_lstm = ____  # replace ____ with a formula using n_in and n_hid
### BEGIN SOLUTION
n_params_lstm = 4 * (n_hid * n_in + n_hid * n_hid + 2 * n_hid)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_2.check()
# exercise_2.hint()      # a nudge; run it again for the next step
# exercise_2.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 3: the irregularity of atrial fibrillation
#
# `make_ecg("af", seconds=10, fs=100, seed=5)` returns a 10-s AF recording and its `info`, whose `"r_peaks_s"` holds
# the R-peak times in seconds (the cell below loads it as `info_af`). Compute the RR intervals, the mean heart rate
# `hr_af` (bpm) and the RR coefficient of variation `cv_af` (standard deviation / mean of the RR intervals). Then do
# the same for the `"normal"` rhythm with the same seed (`info_normal`, `cv_normal`). Which is more irregular?
#
# Store each as one number, the coefficients of variation as fractions (0.1 for 10 %). For the heart rate, either
# clinical method is accepted: 60 / the mean RR interval in seconds, or, as on ECG paper, the number of beats on the
# 10-s strip x 6 (precise to a few bpm).

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} tags=["exercise"]
_, info_af = make_ecg("af", seconds=10, fs=100, seed=5)
_, info_normal = make_ecg("normal", seconds=10, fs=100, seed=5)
hr_af = ____      # replace ____: mean heart rate of the AF recording (bpm)
cv_af = ____      # replace ____: coefficient of variation of its RR intervals (a fraction)
cv_normal = ____  # replace ____: the same for the normal recording
### BEGIN SOLUTION
rr_af = np.diff(info_af["r_peaks_s"])           # RR intervals (s)
hr_af = 60 / rr_af.mean()
cv_af = rr_af.std() / rr_af.mean()
rr_normal = np.diff(info_normal["r_peaks_s"])
cv_normal = rr_normal.std() / rr_normal.mean()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_3_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_3.check()
# exercise_3.hint()      # a nudge; run it again for the next step
# exercise_3.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Wrap-up
#
# **Key takeaways**
# - Medical signals and notes are sequences: the order carries the meaning, and reading them needs a memory.
# - An RNN keeps a hidden state $h_t = \tanh(W_{xh} x_t + W_{hh} h_{t-1} + b)$, with the same weights at every step;
#   unrolled in time it is a deep network, trained by backpropagation through time.
# - Gradients shrink (or blow up) as they travel back through many steps; the gates of LSTMs and GRUs give the memory
#   a path where they pass almost unchanged.
# - On synthetic 5-s ECG strips an LSTM flags arrhythmias with good sensitivity and specificity; a 1-D CNN does as
#   well or better with fewer parameters. RNNs keep the edge for long, streaming or variable-length sequences.
# - Report sensitivity and specificity, split by patient, and never draw clinical conclusions from synthetic data.

# %% [markdown] slideshow={"slide_type": "slide"}
# **Test yourself**
#
# 1. Why can a bag of words not tell "no fever but cough" from "no cough but fever"?
# <details><summary>Answer</summary>Summing the one-hot rows forgets the order: both notes contain exactly the same
# words once each. A sequence model reads the rows in order and can tell them apart.</details>
#
# 2. What does the hidden state of an RNN hold, and which weights are shared?
# <details><summary>Answer</summary>A summary of everything read so far (a vector of H numbers). The same
# $W_{xh}$, $W_{hh}$ and biases are used at every time step.</details>
#
# 3. Why do gradients vanish through time, and what does the LSTM's forget gate change?
# <details><summary>Answer</summary>The gradient to an old step is a product of one Jacobian per step
# ($\operatorname{diag}(1-h^2) W_{hh}$); when these are smaller than 1 the product shrinks exponentially. Along the
# LSTM's cell state the factor per step is just the forget gate $f_t$: held near 1, the gradient passes almost
# unchanged.</details>
#
# 4. Your detector has sensitivity 90 % and specificity 95 % on a balanced test set. Is it ready for screening a
# population where 2 % have AF?
# <details><summary>Answer</summary>No conclusion yet: with 2 % prevalence, among 1000 people it would raise about
# 18 true and 49 false alerts (PPV about 27 %). It must also be validated on real patients, split by patient, on the
# target devices.</details>
#
# 5. Give one situation where you would choose an RNN over a CNN, and one for the reverse.
# <details><summary>Answer</summary>RNN: a bedside monitor that must update its estimate sample by sample for hours
# (constant memory, state carried forward), or text. CNN: classifying a fixed 10-s ECG strip or an image, where local
# shapes matter and training speed counts.</details>

# %% [markdown] slideshow={"slide_type": "slide"}
# **What comes next:** notebook 09 applies these networks to medical images: DICOM, Hounsfield units,
# segmentation with the Dice score, and the pitfalls of evaluating models with clinicians in mind.
