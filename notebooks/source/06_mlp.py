# %% [markdown] slideshow={"slide_type": "slide"}
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/OWNER/REPOSITORY/blob/main/student/06_mlp.ipynb)
#
# # 06 · The multi-layer perceptron
#
# > Layers of neurons: dense layers, activation functions, hidden layers that solve XOR and the blood-count alert, and a diabetes-screening network in PyTorch.
#
# **Estimated time:** 100 min · **Prerequisites:** 03, 04, 05
#
# One neuron draws one straight line, and notebook 03 showed that many clinical rules need more: an alert when a value is too low *or* too high, a risk that climbs steeply past a threshold. Stack neurons in **layers** and these rules come within reach. In this notebook we build such networks from weighted sums, see why the activation function matters, and train a diabetes-screening network on 10,800 of 15,000 (synthetic) patients. We judge it the way a clinician would: beside two simple baselines (a glucose cut-off and logistic regression), with ROC curves and a screening threshold chosen on validation patients, and with sensitivity and specificity on test patients looked at once.
#
# **By the end of this notebook you will be able to:**
# - Compute a dense layer as weighted sums plus biases, by hand, in NumPy and in PyTorch
# - Compare activation functions (sigmoid, tanh, ReLU, leaky ReLU, ELU, maxout) and their derivatives
# - Explain how hidden layers solve XOR and the blood-count alert, and state what the universal approximation theorem (Cybenko) and the Kolmogorov-Arnold theorem promise, and what they do not
# - Train an MLP with mini-batches, Adam and learning-rate decay; choose its screening threshold on validation data and compare it with simple baselines on a test set used once
# - Recognise over-fitting and apply early stopping, weight decay and dropout; save, reload and fine-tune a model
#
# *For learning only: nothing in this course is a medical device or fit for clinical decisions.*

# %% slideshow={"slide_type": "skip"}
# On Google Colab only: install the course package and the libraries Colab lacks (elsewhere: nothing).
import sys

if "google.colab" in sys.modules:
    import importlib.util
    import os
    import subprocess

    if importlib.util.find_spec("course_utils") is None:  # not installed yet
        package_source = os.environ.get("COURSE_UTILS_SOURCE",
                                        "course-utils @ https://github.com/OWNER/REPOSITORY/archive/refs/heads/main.zip")
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", package_source], check=True)
        importlib.invalidate_caches()
    subprocess.run([sys.executable, "-m", "course_utils.instructor.launch", "colab-install"], check=True)

# %% slideshow={"slide_type": "skip"}
import copy
import math
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import torch
from ipywidgets import Dropdown, ToggleButtons
from matplotlib.collections import LineCollection
from matplotlib.patches import Rectangle
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from tqdm.auto import tqdm

import course_utils
from course_utils import checks, i18n, metrics, plotting, training, widgets
from course_utils.datasets import REFERENCE_RANGES, load_blood_counts
from course_utils.datasets.diabetes_screening import FEATURES, diabetes_probability, make_diabetes_screening
from course_utils.exercises import ____
from course_utils.exercises.mlp import exercise_1, exercise_2, exercise_3
from course_utils.reference import activations

course_utils.setup(lang="en")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. A dense layer is a set of weighted sums
#
# A neuron (notebook 03) computes a weighted sum of its inputs, adds a bias and applies an activation function $g$.
# A **dense layer** (fully connected layer, *couche dense*) is $p$ such neurons side by side. Each one sees **all** the
# inputs and has its own weights and bias:
#
# $$ y_j = g\Big(\sum_{i=1}^{n} w_{ji}\,x_i + b_j\Big) = g\big(w_{j1}x_1 + w_{j2}x_2 + \dots + w_{jn}x_n + b_j\big),
# \quad j = 1, \dots, p .$$
#
# Here $x_1, \dots, x_n$ are the $n$ inputs, $w_{ji}$ is the weight that neuron $j$ gives to input $i$, $b_j$ is the
# bias of neuron $j$ and $y_j$ its output. Written compactly, $\mathbf y = g(W\mathbf x + \mathbf b)$:
#
# - the **matrix** $W$ is the table of all the weights, one **row per neuron** and one column per input ($p$ rows,
#   $n$ columns: "shape $p \times n$");
# - the **matrix-vector product** $W\mathbf x$ is the list of the $p$ weighted sums: row $j$ of $W$ times $\mathbf x$ is
#   $w_{j1}x_1 + \dots + w_{jn}x_n$ (NumPy and PyTorch write it `W @ x`);
# - $\mathbf b$ adds each neuron's bias, and $g$ is applied to each of the $p$ numbers on its own.
#
# A layer with $n$ inputs and $p$ neurons therefore has $p \times n$ weights and $p$ biases.

# %% [markdown] slideshow={"slide_type": "subslide"}
# The source course explains this with school reports, a non-medical example that is easy to follow. Three pupils
# and their marks out of 20 (the French scale) in seven subjects:

# %% slideshow={"slide_type": ""}
marks = pd.DataFrame(
    [[12, 2, 13, 18, 12, 10, 9], [2, 15, 9, 10, 14, 18, 19], [10, 20, 14, 13, 11, 13, 14]],
    index=["Gino", "Marin", "Arsène"],
    columns=["maths", "sport", "biology", "physics", "chemistry", "language 1", "language 2"])
marks   # marks out of 20

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Neuron 1: the science average.** The weights pick the four sciences (maths, biology, physics, chemistry) with
# $\tfrac14$ each and ignore the rest; the bias is 0:
#
# $$ \mathbf w_{\text{science}} = \left(\tfrac14, 0, \tfrac14, \tfrac14, \tfrac14, 0, 0\right),\qquad
# y_{\text{Gino}} = \tfrac14 \cdot 12 + \tfrac14 \cdot 13 + \tfrac14 \cdot 18 + \tfrac14 \cdot 12 + 0 = 13.75 .$$

# %% slideshow={"slide_type": ""}
w_science = np.array([1 / 4, 0, 1 / 4, 1 / 4, 1 / 4, 0, 0])
b_science = 0.0
x_gino = marks.loc["Gino"].to_numpy(dtype=float)
gino_science = x_gino @ w_science + b_science          # weighted sum + bias
print(f"Gino's science average: {gino_science}")
checks.close(gino_science, 13.75, tol=1e-12, name="Gino's science average")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Neuron 2: only sport marks above 10, with the bias.** Weight 1 on sport, 0 elsewhere, and a bias of $-10$.
# The weighted sum is then $\text{sport} - 10$, negative for a pupil below 10. The **ReLU** activation,
# $\text{ReLU}(z) = \max(0, z)$, sets these negative values to zero: the neuron stays silent unless the sport mark
# exceeds 10, and then reports by how much. As in the source slides, one pupil at a time:

# %% slideshow={"slide_type": ""}
w_sport = np.array([0, 1, 0, 0, 0, 0, 0], dtype=float)
b_sport = -10.0
z_sport = np.array([marks.loc[pupil].to_numpy(dtype=float) @ w_sport + b_sport for pupil in marks.index])
sport_above_10 = np.maximum(z_sport, 0)                       # ReLU
for pupil, z, out in zip(marks.index, z_sport, sport_above_10):
    print(f"{pupil:7}: weighted sum {z:+5.1f} -> after ReLU {out:4.1f}")
checks.close(sport_above_10, [0, 5, 10], tol=1e-12, name="ReLU(sport - 10) for Gino, Marin, Arsène")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **The layer: both neurons at once.** Stack the two weight vectors as the rows of a matrix $W$ (2 rows, 7 columns)
# and the two biases in $\mathbf b$. One matrix-vector product, $W\mathbf x + \mathbf b$, then computes both neurons
# for a pupil. A second layer can combine these new features, for example "science average + 0.1 x sport bonus".
# Stacking layers like this builds a **multi-layer perceptron** (MLP). Here is Gino; exercise 1 runs a neuron on the
# whole class at once.

# %% slideshow={"slide_type": ""}
W_layer = np.vstack([w_science, w_sport])          # (2 neurons, 7 inputs): one row of weights per neuron
b_layer = np.array([b_science, b_sport])           # (2,): one bias per neuron
hidden_gino = np.maximum(W_layer @ x_gino + b_layer, 0)     # 2 weighted sums + biases, then ReLU: shape (2,)
report_gino = np.array([1.0, 0.1]) @ hidden_gino + 0.0      # second layer: one neuron, weights (1, 0.1), bias 0
print(f"Gino: layer 1 gives {hidden_gino} (science average, sport above 10); layer 2 gives {report_gino:.2f}")
checks.close(hidden_gino, [13.75, 0.0], tol=1e-12, name="Gino's two hidden neurons")

# %% [markdown] slideshow={"slide_type": "fragment"}
# PyTorch's `torch.nn.Linear(7, 2)` is exactly this layer. It stores $W$ (`weight`, shape 2 x 7) and $\mathbf b$
# (`bias`). With our weights copied in, it must give the same numbers:

# %% slideshow={"slide_type": ""}
layer = torch.nn.Linear(7, 2)
with torch.no_grad():
    layer.weight.copy_(torch.tensor(W_layer))
    layer.bias.copy_(torch.tensor(b_layer))
hidden_torch = torch.relu(layer(torch.tensor(x_gino, dtype=torch.float32)))
print(f"parameters of the layer: {training.count_parameters(layer)} (= 2 x 7 weights + 2 biases)")
checks.close(hidden_torch, hidden_gino, tol=1e-5, name="torch.nn.Linear + ReLU vs NumPy, Gino")

# %% [markdown] slideshow={"slide_type": "fragment"}
# In a real network nobody chooses these weights. They start at random and **gradient descent** (notebook 04), fed by
# **backpropagation** (notebook 05), tunes them. The network itself discovers which combinations of the inputs are
# useful.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Activation functions
#
# **Why not skip them?** Take the smallest case: one input $x$ and one neuron per layer, with no activation. The first
# layer gives $w_1x + b_1$, the second $w_2(w_1x + b_1) + b_2 = (w_2w_1)\,x + (w_2b_1 + b_2)$: again a straight line
# $a x + b$, with slope $a = w_2w_1$ and intercept $b = w_2b_1 + b_2$. The same holds with many inputs and neurons:
# $W_2(W_1\mathbf x + \mathbf b_1) + \mathbf b_2 = (W_2W_1)\mathbf x + (W_2\mathbf b_1 + \mathbf b_2)$, where the
# **matrix product** $W_2W_1$ is the single table of weights that does "first $W_1$, then $W_2$" in one step (each of
# its entries is a weighted sum of weighted sums, which is again a weighted sum). However many linear layers we stack,
# the network could only draw straight lines (flat planes with more inputs). The **non-linear** activation between
# layers lets each layer bend the space in which the next layer works, so the data can be represented differently
# (section 3 shows this on XOR). The next cell checks the identity on 10 random examples.

# %% slideshow={"slide_type": ""}
rng = np.random.default_rng(0)
W1, b1, W2, b2 = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=(1, 5)), rng.normal(size=1)
X_check = rng.normal(size=(10, 3))                   # 10 examples (rows), 3 inputs each
# one example per row, so each layer is "X @ W.T + b": the matrix-vector product W x for every row at once
two_linear_layers = (X_check @ W1.T + b1) @ W2.T + b2
one_linear_layer = X_check @ (W2 @ W1).T + (W2 @ b1 + b2)
checks.close(two_linear_layers, one_linear_layer, tol=1e-10, name="two linear layers = one linear layer")

# %% [markdown] slideshow={"slide_type": "subslide"}
# The usual activation functions, with the pros and cons listed in the source course ($z$ is the neuron's weighted sum):
#
# | function | formula | outputs | pros | cons |
# | --- | --- | --- | --- | --- |
# | sigmoid | $\sigma(z) = 1 / (1 + e^{-z})$ | 0 to 1 | reads as a probability; well studied | saturates: slope $\approx 0$ for large $\lvert z \rvert$ (vanishing gradients, notebook 05); not centred on 0; the exponential is costly |
# | tanh | $\tanh(z) = 2\sigma(2z) - 1$ (notebook 03) | -1 to 1 | centred on 0 | saturates too |
# | ReLU | $\max(0, z)$ | 0 to $\infty$ | fast; no saturation for $z > 0$; in the AlexNet paper (Krizhevsky et al., 2012) a ReLU network reached the same training error 6 times faster than with tanh | not centred on 0; slope 0 for $z < 0$ (a neuron can "die") |
# | leaky ReLU | $\max(0.01z, z)$: slope 0.01 below 0 | all values | never saturates; slope never 0; fast | the slope 0.01 is one more hyper-parameter (PReLU learns it during backpropagation) |
# | ELU | $z$ if $z \ge 0$, else $\alpha(e^{z} - 1)$, with $\alpha = 1$ | $-\alpha$ to $\infty$ | like leaky ReLU, smooth, outputs closer to centred | the exponential is costly |
# | maxout | $\max(\mathbf w_1^\top\mathbf x + b_1,\ \mathbf w_2^\top\mathbf x + b_2)$ | all values | generalises ReLU and leaky ReLU; no saturation | twice the weights per neuron |
#
# **Conventions of the course** (PyTorch's defaults): leaky ReLU has the negative slope **0.01**
# (`torch.nn.LeakyReLU(negative_slope=0.01)`; one source slide writes $\max(0.1z, z)$, another 0.01: the slope is a
# hyper-parameter, and we keep 0.01 throughout), and ELU has $\alpha = 1$. In the maxout row, $\mathbf w^\top\mathbf x$
# is short for the weighted sum $w_1x_1 + \dots + w_nx_n$ of section 1: a maxout neuron computes two (or more) weighted
# sums, each with its own weights and bias, and keeps the larger.
#
# Rules of thumb from the source: **ReLU by default** in hidden layers, and try its variants. Keep the **sigmoid for the
# output** of a two-class classifier, where a probability is wanted.

# %% slideshow={"slide_type": ""}
z_axis = np.linspace(-4, 4, 401)
fig, axes = plt.subplots(2, 3, figsize=(11, 5.6), sharex=True)
HIDDEN_ACTIVATIONS = [name for name in activations.ACTIVATIONS if name != "step"]  # the step has no slope (03)
TITLES = {"sigmoid": "sigmoid", "tanh": "tanh", "relu": "ReLU",
          "leaky_relu": f"leaky ReLU (slope {activations.LEAKY_SLOPE} below 0)", "elu": "ELU (α = 1)",
          "maxout": "maxout (3 fixed lines)"}
for ax, name in zip(axes.ravel(), HIDDEN_ACTIVATIONS):
    f, f_prime = activations.activation(name)
    ax.plot(z_axis, f(z_axis), color=plotting.OKABE_ITO["green"], label="g(z)")
    ax.plot(z_axis, f_prime(z_axis), color=plotting.OKABE_ITO["orange"], linestyle="--", label="slope g'(z)")
    ax.axhline(0, color="0.6", linewidth=0.8)
    ax.set(title=TITLES[name], ylim=(-1.5, 4.2))
    ax.legend(loc="upper left")
for ax in axes[1]:
    ax.set_xlabel("weighted sum z (no unit)")
for ax in axes[:, 0]:
    ax.set_ylabel("output (no unit)")
fig.suptitle("Six activation functions (solid) and their slopes (dashed)", fontweight="bold")
plt.show()
leaky, leaky_slope = activations.activation("leaky_relu")
print(f"leaky ReLU at z = -2: {leaky(np.array([-2.0]))[0]:.2f} (slope {leaky_slope(np.array([-2.0]))[0]}): "
      "too small to see at this scale, but never exactly 0")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Compare two activations
#
# Pick two functions and move $z$: the markers show each output and its slope. Notice where the slope goes to 0
# (sigmoid and tanh far from 0, ReLU for $z < 0$). A slope of 0 means no gradient flows back through that neuron.

# %% slideshow={"slide_type": ""}
ACT_NAMES = HIDDEN_ACTIVATIONS
fig = widgets.new_figure(figsize=(9.0, 3.4))
ax_f, ax_d = fig.subplots(1, 2)
color_a, color_b = plotting.OKABE_ITO["green"], plotting.OKABE_ITO["purple"]
(line_fa,) = ax_f.plot(z_axis, z_axis, color=color_a, label="function A")
(line_fb,) = ax_f.plot(z_axis, z_axis, color=color_b, linestyle="--", label="function B")
(line_da,) = ax_d.plot(z_axis, z_axis, color=color_a, label="function A")
(line_db,) = ax_d.plot(z_axis, z_axis, color=color_b, linestyle="--", label="function B")
(dots_f,) = ax_f.plot([], [], "o", color="black", markersize=6)
(dots_d,) = ax_d.plot([], [], "o", color="black", markersize=6)
ax_f.set(xlim=(-4, 4), ylim=(-1.5, 4.2), xlabel="weighted sum z (no unit)", ylabel="output g(z) (no unit)",
         title="Outputs")
ax_d.set(xlim=(-4, 4), ylim=(-0.5, 1.4), xlabel="weighted sum z (no unit)", ylabel="slope g'(z) (no unit)",
         title="Slopes (what backpropagation multiplies)")
name_a = ax_f.text(0.03, 0.95, "", transform=ax_f.transAxes, color=color_a, fontweight="bold", va="top")
name_b = ax_f.text(0.03, 0.85, "", transform=ax_f.transAxes, color=color_b, fontweight="bold", va="top")


def update_activations(z, function_a, function_b):
    (fa, da), (fb, db) = activations.activation(function_a), activations.activation(function_b)
    line_fa.set_ydata(fa(z_axis))
    line_fb.set_ydata(fb(z_axis))
    line_da.set_ydata(da(z_axis))
    line_db.set_ydata(db(z_axis))
    name_a.set_text(f"A: {function_a} (solid)")
    name_b.set_text(f"B: {function_b} (dashed)")
    point = np.array([z])
    dots_f.set_data([z, z], [fa(point)[0], fb(point)[0]])
    dots_d.set_data([z, z], [da(point)[0], db(point)[0]])
    n = i18n.number                                  # 0.5 in English, 0,5 in French
    return (f"A = {function_a}: g({n(z, '.2f')}) = {n(fa(point)[0], '.3f')}, slope {n(da(point)[0], '.3f')} | "
            f"B = {function_b}: g({n(z, '.2f')}) = {n(fb(point)[0], '.3f')}, slope {n(db(point)[0], '.3f')}")


live_activations = widgets.LiveFigure(
    fig, update_activations, dynamic=[line_fa, line_fb, line_da, line_db, dots_f, dots_d, name_a, name_b],
    z=widgets.slider(-2.0, -4.0, 4.0, 0.05, description="weighted sum z"),
    function_a=Dropdown(options=ACT_NAMES, value="sigmoid", description="function A"),
    function_b=Dropdown(options=ACT_NAMES, value="relu", description="function B"))
live_activations


# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. Hidden layers solve XOR
#
# In notebook 03 no single neuron could learn **XOR** (1 when exactly one of two inputs is 1). With one hidden layer it is
# easy, and we can even choose the weights by hand, using step neurons:
#
# - hidden neuron $h_1$ fires when **at least one** input is on (OR): $h_1 = \text{step}(x_1 + x_2 - 0.5)$;
# - hidden neuron $h_2$ fires when **both** are on (AND): $h_2 = \text{step}(x_1 + x_2 - 1.5)$;
# - the output fires for "OR but not AND": $\text{out} = \text{step}(h_1 - h_2 - 0.5)$.
#
# Each hidden neuron draws one line; the output neuron combines the two half-planes. In the source's words, the hidden
# layer builds **sub-sets** that the next layer combines.

# %% slideshow={"slide_type": ""}
def step(z):
    return (np.asarray(z) >= 0).astype(int)


X_corners = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
h1 = step(X_corners @ [1, 1] - 0.5)          # OR
h2 = step(X_corners @ [1, 1] - 1.5)          # AND
xor_out = step(1 * h1 - 1 * h2 - 0.5)        # OR and not AND
pd.DataFrame({"x1": X_corners[:, 0], "x2": X_corners[:, 1], "h1 (OR)": h1, "h2 (AND)": h2, "output": xor_out})

# %% slideshow={"slide_type": ""}
checks.equal(xor_out.tolist(), [0, 1, 1, 0], name="hand-made network on (0,0), (0,1), (1,0), (1,1)")

# %% slideshow={"slide_type": ""}
fig, (ax_in, ax_hidden) = plt.subplots(1, 2, figsize=(10, 4.2))
xor_labels = np.array([0, 1, 1, 0])
line_x = np.linspace(-0.5, 1.5, 2)
for label in (0, 1):
    mask = xor_labels == label
    ax_in.scatter(*X_corners[mask].T, s=160, color=plotting.class_color(label), edgecolor="black", zorder=3,
                  label=f"XOR = {label}")
ax_in.plot(line_x, 0.5 - line_x, color=plotting.OKABE_ITO["green"], label="$h_1$ line: $x_1 + x_2 = 0.5$")
ax_in.plot(line_x, 1.5 - line_x, color=plotting.OKABE_ITO["orange"], label="$h_2$ line: $x_1 + x_2 = 1.5$")
ax_in.set(xlim=(-0.5, 1.5), ylim=(-0.5, 1.5), xlabel="input $x_1$ (0 or 1)", ylabel="input $x_2$ (0 or 1)",
          title="Input space: two lines, one per hidden neuron")
ax_in.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2)
jitter = np.array([[0, 0], [-0.05, 0.05], [0.05, -0.05], [0, 0]])     # (0,1) and (1,0) land on the same point
for label in (0, 1):
    mask = xor_labels == label
    ax_hidden.scatter(h1[mask] + jitter[mask, 0], h2[mask] + jitter[mask, 1], s=160, edgecolor="black", zorder=3,
                      color=plotting.class_color(label), label=f"XOR = {label}")
ax_hidden.plot(line_x, line_x - 0.5, color="black", label="output line: $h_1 - h_2 = 0.5$")
ax_hidden.set(xlim=(-0.5, 1.5), ylim=(-0.5, 1.5), xlabel="hidden neuron $h_1$ (OR)", ylabel="hidden neuron $h_2$ (AND)",
              title="Hidden space: now one line separates\n(both XOR = 1 points land on (1, 0): drawn apart)")
ax_hidden.legend(loc="upper left", frameon=True)
fig.suptitle("The hidden layer changes the representation of the data", fontweight="bold")
plt.show()


# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Learning XOR instead of designing it
#
# Real data are noisy, so let each corner be a cloud of measurements. We train a small network, **2 inputs -> 4 tanh
# neurons -> 1 output**, with PyTorch.
#
# The training loop is the one of notebook 05, with PyTorch doing the arithmetic. We write it out once here; from section 4 on,
# `training.fit` runs the very same loop and adds a progress bar, validation and learning curves. First, the
# **mini-batches**: at every **epoch** (one pass over the training data), shuffle the patients and cut them into small
# batches. Each batch gives one gradient step.

# %% slideshow={"slide_type": ""}
class MiniBatches:
    """Shuffle the rows at every epoch, then cut them into mini-batches of `batch_size` rows."""

    def __init__(self, X, y, batch_size, seed=0):
        self.X, self.y, self.batch_size = X, y, batch_size
        self.generator = torch.Generator().manual_seed(seed)

    def __iter__(self):                                   # one pass over the data = one epoch
        order = torch.randperm(len(self.X), generator=self.generator)
        for start in range(0, len(order), self.batch_size):
            rows = order[start:start + self.batch_size]
            yield self.X[rows], self.y[rows]

    def __len__(self):                                    # number of batches (updates) per epoch
        return math.ceil(len(self.X) / self.batch_size)


rng = np.random.default_rng(1)
corner = rng.integers(0, 4, size=600)
X_xor = X_corners[corner] + rng.normal(0, 0.18, size=(600, 2))      # 600 noisy points around the corners
y_xor = xor_labels[corner]
X_xor_train, X_xor_test, y_xor_train, y_xor_test = X_xor[:400], X_xor[400:], y_xor[:400], y_xor[400:]

# %% slideshow={"slide_type": ""}
torch.manual_seed(0)
xor_net = torch.nn.Sequential(torch.nn.Linear(2, 4), torch.nn.Tanh(), torch.nn.Linear(4, 1))
optimizer = torch.optim.Adam(xor_net.parameters(), lr=0.05)
loss_fn = torch.nn.BCEWithLogitsLoss()                    # sigmoid + cross-entropy (notebook 03)
X_t, y_t = training.to_tensors(X_xor_train, y_xor_train.reshape(-1, 1))

xor_losses = []
for epoch in range(40):
    for xb, yb in MiniBatches(X_t, y_t, batch_size=50, seed=epoch):
        optimizer.zero_grad()                 # forget the previous step's gradients
        loss = loss_fn(xor_net(xb), yb)       # forward pass and loss
        loss.backward()                       # backpropagation (notebook 05)
        optimizer.step()                      # gradient-descent step (Adam, notebook 04)
    xor_losses.append(loss.item())
print(f"loss of the last mini-batch: {xor_losses[0]:.3f} after epoch 1, {xor_losses[-1]:.3f} after epoch 40")

# %% slideshow={"slide_type": ""}
xor_neuron = LogisticRegression().fit(X_xor_train, y_xor_train)     # a single neuron, for comparison


def xor_net_proba(points):
    return torch.sigmoid(training.predict(xor_net, points)).numpy().ravel()


def decision_map(proba, X, y, ax, colorbar_label, **names):
    # the model's probability as a background (plotting.plot_decision_boundary), its colour bar, and the 50 % line:
    # the decision boundary, where the probability crosses 0.5
    drawn = plotting.plot_decision_boundary(proba, X, y, ax=ax, **names)
    ax.contour(drawn["image"].get_array(), levels=[0.5], extent=drawn["extent"], origin="lower", colors="black",
               linewidths=1.5)
    ax.plot([], [], color="black", linewidth=1.5, label="50 % line (decision)")
    ax.figure.colorbar(drawn["image"], ax=ax, label=colorbar_label)
    return drawn


fig, axes = plt.subplots(1, 2, figsize=(12, 4.8))
for ax, proba, title in ((axes[0], xor_neuron.predict_proba, "One neuron (logistic regression)"),
                         (axes[1], xor_net_proba, "MLP 2-4-1 (tanh)")):
    decision_map(proba, X_xor_test, y_xor_test, ax=ax, colorbar_label="probability of XOR = 1", title=title,
                 feature_names=("input $x_1$ (no unit)", "input $x_2$ (no unit)"), class_names=("XOR = 0", "XOR = 1"))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=3)     # below the map: hides no point
plt.show()
xor_table = metrics.metrics_table({
    "one neuron": (y_xor_test, xor_neuron.predict(X_xor_test)),
    "MLP 2-4-1": (y_xor_test, (xor_net_proba(X_xor_test) >= 0.5).astype(int)),
})
xor_table   # test points (XOR = 1 counted as positive)

# %% slideshow={"slide_type": ""}
checks.true(xor_table.loc["MLP 2-4-1", "sensitivity"] >= 0.95 and xor_table.loc["MLP 2-4-1", "specificity"] >= 0.95,
            "the MLP gets at least 95 % of both classes right on test points")
checks.between(xor_table.loc["one neuron", "accuracy"], 0.3, 0.6, name="accuracy of one neuron on XOR (no better than a guess)")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. The blood-count alert, solved by a hidden layer
#
# Notebook 03 ended on a failure. For men, the **full** alert (red or white cells too low **or** too high) puts the
# normal counts inside a box, and a single neuron's straight line cannot surround a box. Same data as in notebook 03:
# the men's red and white cells and the full alert. Here we keep 75 % of the men to train and 25 % to test; no choice
# is made on the test men (the threshold stays at 0.5, the number of epochs is fixed in advance). The model is an MLP
# with two hidden layers of 16 ReLU neurons, trained with `training.fit` (the loop of section 3) and our mini-batches.
# Beside it stands one neuron (logistic regression) trained on the same men.

# %% slideshow={"slide_type": ""}
blood = load_blood_counts()
men = blood[blood.sex == 1]                                  # sex: 1 = male, 2 = female
X_men, y_men = men[["red_cells", "white_cells"]].to_numpy(), men["alert"].to_numpy()
Xm_train, Xm_test, ym_train, ym_test, hb_train, hb_test = train_test_split(
    X_men, y_men, men["haemoglobin"].to_numpy(), test_size=0.25, random_state=0, stratify=y_men)
Xm_train_s, Xm_test_s = training.standardize(Xm_train, Xm_test)
m_mean, m_std = Xm_train.mean(axis=0), Xm_train.std(axis=0)

box_neuron = LogisticRegression().fit(Xm_train_s, ym_train)

torch.manual_seed(0)
box_mlp = torch.nn.Sequential(torch.nn.Linear(2, 16), torch.nn.ReLU(), torch.nn.Linear(16, 16), torch.nn.ReLU(),
                              torch.nn.Linear(16, 1))
Xm_t, ym_t = training.to_tensors(Xm_train_s, ym_train.reshape(-1, 1))
box_history = training.fit(box_mlp, MiniBatches(Xm_t, ym_t, batch_size=64), loss_fn=loss_fn, lr=0.01, epochs=100,
                           progress=True)
print(f"{len(Xm_train)} training men, {training.count_parameters(box_mlp)} weights, "
      f"final training loss {box_history['train_loss'][-1]:.3f}")


# %% slideshow={"slide_type": ""}
def box_mlp_proba(points):                                   # points in real units -> probability of an alert
    return torch.sigmoid(training.predict(box_mlp, (points - m_mean) / m_std)).numpy().ravel()


(rl, rh), (wl, wh) = REFERENCE_RANGES["red_cells"][1], REFERENCE_RANGES["white_cells"][1]
fig, axes = plt.subplots(1, 2, figsize=(13, 4.8), sharey=True)
for ax, proba, title in ((axes[0], lambda P: box_neuron.predict_proba((P - m_mean) / m_std), "One neuron"),
                         (axes[1], box_mlp_proba, "MLP 2-16-16-1 (ReLU)")):
    decision_map(proba, Xm_test, ym_test, ax=ax, colorbar_label="probability of an alert",
                 class_names=("no alert", "alert"), title=f"{title}: full alert, men (test)",
                 feature_names=("red blood cells (x10⁶/mm³)", "white blood cells (x10³/mm³)"))
    ax.add_patch(Rectangle((rl, wl), rh - rl, wh - wl, fill=False, edgecolor="black", linestyle="--", linewidth=1.5,
                           label="normal ranges (men)"))
    ax.legend(loc="upper left", frameon=True)             # the upper left corner holds no patient
axes[1].set_ylabel("")
plt.show()
box_pred = (box_mlp_proba(Xm_test) >= 0.5).astype(int)
box_table = metrics.metrics_table({
    "one neuron": (ym_test, box_neuron.predict(Xm_test_s)),
    "MLP 2-16-16-1": (ym_test, box_pred),
})
box_table   # test men, alert = positive

# %% slideshow={"slide_type": ""}
missed = (ym_test == 1) & (box_pred == 0)
in_box = (Xm_test[:, 0] >= rl) & (Xm_test[:, 0] <= rh) & (Xm_test[:, 1] >= wl) & (Xm_test[:, 1] <= wh)
hb_low, hb_high = REFERENCE_RANGES["haemoglobin"][1]
hb_abnormal = (hb_test < hb_low) | (hb_test > hb_high)
print(f"{len(ym_test)} test men, {ym_test.sum()} alerts; the MLP misses {missed.sum()}: {(missed & in_box).sum()} of them "
      f"inside the normal box, {(missed & hb_abnormal).sum()} with haemoglobin outside {hb_low:g}-{hb_high:g} g/dL")
checks.between(box_table.loc["MLP 2-16-16-1", "sensitivity"], 0.7, 1.0, name="sensitivity of the MLP alert (test)")
checks.between(box_table.loc["MLP 2-16-16-1", "specificity"], 0.9, 1.0, name="specificity of the MLP alert (test)")
checks.true(box_table.loc["MLP 2-16-16-1", "sensitivity"] > box_table.loc["one neuron", "sensitivity"] + 0.3,
            "the hidden layers catch at least 30 points more of the alerts than one neuron")
checks.true((missed & in_box).sum() > missed.sum() / 2, "most of the alerts the MLP misses lie inside the normal box")

# %% [markdown] slideshow={"slide_type": "fragment"}
# The network draws a closed region around the normal box: each hidden neuron contributes an edge, and the next layer
# combines them; the black 50 % line is its decision boundary. Most of the few alerts it misses (printed above) sit
# inside the box: their alert comes from **haemoglobin**, which these two inputs do not show. No model can catch those
# from red and white cells alone; notebook 05's network also sees haemoglobin and sex, so it has the information to.
# The misses depend a little on the random start: trained with 20 seeds (0 to 19), the network missed only alerts inside
# the box in 15 of them, and in the other 5 it also missed 1 to 4 alerts outside it.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Universal approximation: one hidden layer can fit any curve
#
# How far can this go? First, a family of activation functions. A function $\sigma$ of one number is **sigmoidal** if
# it climbs from 0 to 1: $\sigma(z)$ comes as close to 0 as we like when $z$ goes far to the left ($z \to -\infty$), and
# as close to 1 as we like when $z$ goes far to the right ($z \to +\infty$). The logistic sigmoid and the step of
# notebook 03 are two members of this family; the step is not continuous, the sigmoid is.
#
# **Cybenko's theorem (1989).** Let $\sigma$ be any *continuous* sigmoidal function, and $f$ any continuous function of
# $n$ inputs $\mathbf x = (x_1, \dots, x_n)$, each between 0 and 1 (the "cube" $[0, 1]^n$; any bounded range of
# measurements can be rescaled to it). Then for every tolerance $\varepsilon > 0$, however small, there are a whole
# number $N$, output weights $\alpha_i$, weight vectors $\mathbf w_i$ and biases $b_i$ such that
#
# $$ G(\mathbf x) = \sum_{i=1}^{N} \alpha_i\, \sigma(\mathbf w_i^\top\mathbf x + b_i)
# \quad\text{satisfies}\quad \lvert G(\mathbf x) - f(\mathbf x) \rvert < \varepsilon \ \text{ for every } \mathbf x
# \text{ in } [0, 1]^n .$$
#
# $G$ is exactly a network with **one hidden layer** of $N$ neurons (neuron $i$ computes the weighted sum
# $\mathbf w_i^\top\mathbf x = w_{i1}x_1 + \dots + w_{in}x_n$, adds its bias $b_i$ and applies $\sigma$) and an output
# neuron without activation (weights $\alpha_i$). Mathematicians say that such sums are **dense** in
# $\mathcal C([0, 1]^n)$, the set of continuous functions on the cube: whatever continuous $f$ and whatever tolerance
# $\varepsilon$ we pick, one of them stays within $\varepsilon$ of $f$ everywhere on the cube at once. Later work (Leshno, Lin, Pinkus and Schocken, 1993)
# showed that any continuous activation that is not a polynomial will do, ReLU and tanh included.
#
# **What the theorem does not say:**
#
# - **how many neurons**: only that a finite $N$ exists; it depends on how wiggly $f$ is and on $\varepsilon$, and can
#   be astronomically large (below: the curse of dimensionality);
# - **how to find the weights**: it proves they exist; gradient descent may or may not find them;
# - **anything about generalisation**: it is about approximating a *known* function everywhere, not about learning an
#   unknown one from a few hundred noisy patients, which is what sections 7 and 8 do;
# - anything **outside the cube**: it promises nothing for inputs beyond the ranges seen.
#
# **The intuition.** A steep sigmoid is a **step**. $N$ steps placed side by side form a staircase that can follow any
# curve. If $f$ changes by at most $L$ per unit of $x$ (it is "$L$-Lipschitz": $\lvert f(x) - f(y) \rvert \le L\,\lvert
# x - y \rvert$), about $L/\varepsilon$ steps on $[0, 1]$ are enough for an error below $\varepsilon$. With ReLU, each
# neuron adds a **kink** and the sum is a broken line.

# %% [markdown] slideshow={"slide_type": "subslide"}
# Our curve is an illustrative **oral glucose tolerance test** (OGTT): plasma glucose (mg/dL) over the 3 hours after
# drinking 75 g of glucose. The time is the input $x$ (minutes, rescaled inside the neurons), the glucose the output.

# %% slideshow={"slide_type": ""}
minutes = np.linspace(0, 180, 241)


def ogtt_glucose(t):
    # an illustrative glucose tolerance curve (mg/dL) at t minutes: fasting 90, highest at 50 min
    return 90 + 75 * (t / 50) * np.exp(1 - t / 50)


glucose = ogtt_glucose(minutes)
print(f"fasting {ogtt_glucose(0):.0f} mg/dL | peak {glucose.max():.0f} mg/dL at {minutes[glucose.argmax()]:.0f} min | "
      f"{ogtt_glucose(120):.0f} mg/dL at 2 h (normal tolerance: below 140 mg/dL at 2 h)")
checks.true(ogtt_glucose(120) < 140, "the illustrative curve is a normal glucose tolerance (2-hour value below 140 mg/dL)")

# %% [markdown] slideshow={"slide_type": "subslide"}
# To keep the widget instant, each hidden neuron's weights are fixed: neurons are spread evenly over the 3 hours,
# each one rising around its own time. Only the output weights $\alpha_i$ are fitted, by least squares. In a real network
# the hidden weights are learned too (next cell).
#
# - Move the number of hidden neurons and watch the error fall.
# - Compare sigmoid steps (Cybenko) with ReLU kinks.
# - The lower panel shows what each hidden neuron outputs, scaled from 0 to 1.

# %% slideshow={"slide_type": ""}
MAX_UNITS = 40


def hidden_outputs(n_units, activation):
    # outputs of n evenly spread hidden neurons, shape (len(minutes), n): steps (sigmoid) or kinks (ReLU)
    spacing = 180 / n_units
    if activation == "sigmoid":
        centres = (np.arange(n_units) + 0.5) * spacing
        return activations.sigmoid((minutes[:, None] - centres) * 2 / spacing)
    kinks = np.arange(n_units) * spacing
    return activations.relu(minutes[:, None] - kinks)


def fit_output_layer(n_units, activation):
    H = hidden_outputs(n_units, activation)
    design = np.column_stack([np.ones(len(minutes)), H])             # output bias + one weight per hidden neuron
    alpha, *_ = np.linalg.lstsq(design, glucose, rcond=None)
    return design @ alpha, H


# every fit computed once in advance (a fraction of a second), so that the slider only redraws
fits = {(n, act): fit_output_layer(n, act) for n in range(1, MAX_UNITS + 1) for act in ("sigmoid", "ReLU")}


fig = widgets.new_figure(figsize=(7.6, 4.4))
ax_fit, ax_units = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [2, 1]})
ax_fit.plot(minutes, glucose, color="black", linewidth=3, alpha=0.35, label="target: glucose curve")
(fit_line,) = ax_fit.plot(minutes, glucose, color=plotting.OKABE_ITO["green"], label="network output")
ax_fit.plot(120, 140, marker="_", markersize=16, markeredgewidth=2.5, color="0.3", linestyle="none",
            label="2-h limit of normal (140 mg/dL)")                    # a limit for the 2-hour value only
ax_fit.set(ylim=(60, 190), ylabel="plasma glucose (mg/dL)", title="One hidden layer approximating a curve")
ax_fit.legend(loc="lower center")
unit_lines = LineCollection([], colors=plotting.OKABE_ITO["orange"], linewidths=1)   # one line per hidden neuron
ax_units.add_collection(unit_lines)
ax_units.set(xlim=(0, 180), ylim=(-0.05, 1.05), xlabel="time after the glucose drink (min)",
             ylabel="neuron output\n(scaled 0-1)")


def update_approximation(n_units, activation):
    fitted, H = fits[(n_units, activation)]
    fit_line.set_ydata(fitted)
    unit_lines.set_segments([np.column_stack([minutes, H[:, k] / H[:, k].max()]) for k in range(n_units)])
    error = np.abs(fitted - glucose)
    return (f"{n_units} hidden {activation} neurons ({3 * n_units + 1} weights): "
            f"largest error {i18n.number(error.max(), '.1f')} mg/dL, mean error {i18n.number(error.mean(), '.2f')} mg/dL")


live = widgets.LiveFigure(fig, update_approximation, main=True, dynamic=[fit_line, unit_lines],
                          n_units=widgets.slider(3, 1, MAX_UNITS, 1, description="hidden neurons", integer=True),
                          activation=ToggleButtons(options=["sigmoid", "ReLU"], value="sigmoid"))
live

# %% slideshow={"slide_type": ""}
largest_error = {(n, act): np.abs(fits[(n, act)][0] - glucose).max()
                 for n in (3, 30) for act in ("sigmoid", "ReLU")}
print({key: round(value, 2) for key, value in largest_error.items()})
for act in ("sigmoid", "ReLU"):
    checks.true(largest_error[(30, act)] < largest_error[(3, act)] / 10 and largest_error[(30, act)] < 2,
                f"{act}: 30 neurons fit the curve to within 2 mg/dL, more than 10 times better than 3")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Now learning everything.** A real network learns the hidden weights $w_i, b_i$ too, with gradient descent. Here are
# 20 sigmoid neurons trained with Adam on the same curve (time and glucose rescaled to values between about -2 and 2, as
# networks prefer).

# %% slideshow={"slide_type": ""}
t_train = torch.tensor((minutes[::3] - 90) / 52, dtype=torch.float32).reshape(-1, 1)       # 121 time points
g_train = torch.tensor((glucose[::3] - 120) / 25, dtype=torch.float32).reshape(-1, 1)
torch.manual_seed(0)
curve_net = torch.nn.Sequential(torch.nn.Linear(1, 20), torch.nn.Sigmoid(), torch.nn.Linear(20, 1))
curve_optimizer = torch.optim.Adam(curve_net.parameters(), lr=0.05)
for _step in tqdm(range(1000), desc="fitting the curve", unit="step", mininterval=1.0):
    curve_optimizer.zero_grad()
    curve_loss = torch.mean((curve_net(t_train) - g_train) ** 2)       # squared error: a regression
    curve_loss.backward()
    curve_optimizer.step()
with torch.no_grad():
    learned = curve_net(torch.tensor((minutes - 90) / 52, dtype=torch.float32).reshape(-1, 1)).numpy().ravel() * 25 + 120

fig, ax = plt.subplots(figsize=(7, 3.4))
ax.plot(minutes, glucose, color="black", linewidth=3, alpha=0.35, label="target")
ax.plot(minutes, learned, color=plotting.OKABE_ITO["green"], label="MLP 1-20-1, all weights learned")
ax.set(xlabel="time after the glucose drink (min)", ylabel="plasma glucose (mg/dL)",
       title="Gradient descent finds the hidden weights by itself")
ax.legend()
plt.show()
print(f"largest error: {np.abs(learned - glucose).max():.2f} mg/dL")

# %% slideshow={"slide_type": ""}
checks.between(np.abs(learned - glucose).max(), 0.0, 3.0, name="largest error of the learned network (mg/dL)")


# %% [markdown] slideshow={"slide_type": "subslide"}
# ### The curse of dimensionality, and the Kolmogorov-Arnold theorem
#
# **Curse of dimensionality.** With $n$ inputs the staircase becomes a grid of boxes: $L/\varepsilon$ steps along each
# input, so about $(L/\varepsilon)^n$ boxes in all. With 10 steps per input:

# %% slideshow={"slide_type": ""}
steps_per_input = 10
for n_inputs in (1, 2, 8):
    print(f"{n_inputs} input(s): {steps_per_input ** n_inputs:,} boxes")

# %% [markdown] slideshow={"slide_type": "fragment"}
# With the 8 clinical measurements of section 7, one box per hidden neuron is hopeless: a hundred million neurons, and
# at least as many patients to fill the boxes, far more than any hospital has. Real networks do much better because
# real functions are not arbitrary: they have structure that the network can exploit.
#
# **The Kolmogorov-Arnold theorem (1957).** Kolmogorov, after work with his student Vladimir Arnold, proved that every
# continuous function $f$ of $n$ inputs on the cube $[0, 1]^n$ can be written **exactly** as
#
# $$ f(x_1, \dots, x_n) = \sum_{q=0}^{2n} \Phi_q\Big(\sum_{p=1}^{n} \varphi_{q,p}(x_p)\Big), $$
#
# where the "inner" functions $\varphi_{q,p}$ and the "outer" functions $\Phi_q$ are continuous functions of **one**
# number. In words: transform each input on its own, add the results (in $2n + 1$ different ways, $q = 0, \dots, 2n$),
# transform each sum with another one-variable function, and add again. The only operation that mixes the inputs is
# the **sum**. A familiar example has this shape with a single term: the body-mass index,
# $\text{BMI} = \text{weight} / \text{height}^2 = \exp\big(\ln(\text{weight}) - 2\ln(\text{height})\big)$, with inner
# functions $\ln$ and $-2\ln$ and outer function $\exp$.

# %% slideshow={"slide_type": ""}
weight_kg, height_m = np.array([54.0, 70.0, 98.0]), np.array([1.60, 1.75, 1.82])
bmi_direct = weight_kg / height_m**2
bmi_kolmogorov_arnold = np.exp(np.log(weight_kg) + (-2 * np.log(height_m)))   # outer(inner1(x1) + inner2(x2))
print("BMI (kg/m²):", bmi_direct.round(1), "| same numbers through one-variable functions and a sum:",
      bmi_kolmogorov_arnold.round(1))
checks.close(bmi_kolmogorov_arnold, bmi_direct, tol=1e-9, name="BMI written in the Kolmogorov-Arnold shape")
n_inputs = 8
print(f"for {n_inputs} inputs the formula has {2 * n_inputs + 1} outer and {n_inputs * (2 * n_inputs + 1)} inner "
      "one-variable functions")

# %% [markdown] slideshow={"slide_type": "fragment"}
# **What it says for neural networks.** Its structure (one-variable functions, then sums, then one-variable functions,
# then a sum) is that of a network with two hidden layers, with a fixed, small number of units: for 8 inputs, 136 inner
# and 17 outer functions (printed above). So, in principle, width need not explode.
#
# **What it does not say.** Those functions are not sigmoids or ReLUs. In general they are very irregular (continuous,
# but jagged rather than smooth), and the outer ones depend on $f$: finding them needs $f$ known everywhere, not a sample
# of patients. The theorem is an exact representation, not a recipe: it tells neither how to build such a network from
# examples nor how it would do on new patients. Girosi and Poggio (1989) called it irrelevant for learning for this
# reason; Kůrková (1991) answered that approximate versions built from ordinary sigmoid neurons exist, but with many
# more of them. For the networks we actually train, Cybenko's theorem is the relevant one.
#
# Between "one very wide layer" and "exact but unusable formulas" lies what practice uses: several layers of ordinary
# neurons. Which brings us to depth.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. Depth versus width: the sawtooth
#
# Take the **tent** function on $[0, 1]$, built from just two ReLU neurons:
# $T(x) = 2\,\text{ReLU}(x) - 4\,\text{ReLU}(x - 0.5)$. It goes up from 0 to 1, then back down to 0. Feed its output into
# another copy of itself, and again: $T(T(x))$, $T(T(T(x)))$, ... Each composition is one more **layer of 2 neurons**, and
# each one **doubles** the number of linear pieces. After $k$ layers there are $2^k$ pieces: a sawtooth.
#
# A network with a **single** hidden layer of $m$ ReLU neurons makes at most $m + 1$ pieces (one kink per neuron), so it
# needs at least one neuron per kink. The depth-$k$ sawtooth has $2^k$ pieces, so $2^k - 1$ kinks, plus one neuron that
# starts the first rising piece at $x = 0$. The tent itself shows it: 1 kink (at 0.5) but 2 neurons, the one at 0 that
# starts the rise and the one at 0.5 that turns it down (the kinks' neurons alone cannot make that first slope). In
# all, one hidden layer needs $2^k$ neurons to copy the depth-$k$ sawtooth, against $2k$ for the deep one; the code
# below builds that shallow network and checks that it draws the same sawtooth. This is the idea of Telgarsky's result
# (2015): some functions that deep networks compute cheaply need **exponentially** many neurons in a shallow network.
#
# Depth alone is also enough for universality: Lu and colleagues (2017) showed that ReLU networks only $n + 4$ neurons
# wide ($n$ inputs), but as deep as needed, can approximate any integrable function of the $n$ inputs with an average
# error as small as we like.

# %% slideshow={"slide_type": ""}
def tent(x):
    return 2 * activations.relu(x) - 4 * activations.relu(x - 0.5)           # one layer of 2 ReLU neurons


def sawtooth(x, depth):
    for _layer in range(depth):
        x = tent(x)
    return x


def count_pieces(y, x):
    slopes = np.round(np.diff(y) / np.diff(x), 6)
    return 1 + int(np.sum(slopes[1:] != slopes[:-1]))


def shallow_sawtooth(x, depth):
    # the same sawtooth from ONE hidden layer of 2**depth ReLU neurons: one at x = 0 starts the rise, one per kink
    kinks = np.arange(1, 2**depth) / 2**depth                          # the 2**depth - 1 kinks
    slope_changes = 2 ** (depth + 1) * (-1.0) ** np.arange(1, 2**depth)  # turn down, up, down, ...
    return 2**depth * activations.relu(x) + activations.relu(x[:, None] - kinks) @ slope_changes


x_grid = np.linspace(0, 1, 2**12 + 1)                      # fine grid: every kink falls on a grid point
fig, axes = plt.subplots(1, 4, figsize=(12, 2.8), sharey=True)
for ax, depth in zip(axes, (1, 2, 3, 5)):
    y_saw = sawtooth(x_grid, depth)
    ax.plot(x_grid, y_saw, color=plotting.OKABE_ITO["green"], linewidth=1.5)
    ax.set(title=f"{depth} layer{'s' if depth > 1 else ''} ({2 * depth} neurons)\n"
                 f"{count_pieces(y_saw, x_grid)} linear pieces", xlabel="input x (no unit)")
axes[0].set_ylabel("output (no unit)")
fig.suptitle("Composing the tent function: each layer doubles the number of linear pieces", fontweight="bold")
plt.show()

pd.DataFrame({"layers k": range(1, 7),
              "deep: neurons": [2 * k for k in range(1, 7)],
              "linear pieces": [count_pieces(sawtooth(x_grid, k), x_grid) for k in range(1, 7)],
              "kinks": [count_pieces(sawtooth(x_grid, k), x_grid) - 1 for k in range(1, 7)],
              "one layer: neurons needed": [2**k for k in range(1, 7)]}).set_index("layers k")

# %% slideshow={"slide_type": ""}
checks.true(all(count_pieces(sawtooth(x_grid, k), x_grid) == 2**k for k in range(1, 7)),
            "k layers of 2 ReLU neurons make 2^k linear pieces (k = 1 ... 6)")
checks.true(all(np.allclose(shallow_sawtooth(x_grid, k), sawtooth(x_grid, k)) for k in range(1, 7)),
            "one hidden layer of 2^k ReLU neurons draws the same sawtooth (k = 1 ... 6)")

# %% [markdown] slideshow={"slide_type": "fragment"}
# In practice both width and depth are tuned as **hyper-parameters**. Deep networks won in images, sound and text
# because real-world functions are built from parts of parts (edges -> shapes -> organs), which is exactly what
# composition captures.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7. The diabetes-screening demo
#
# The source course ends its lecture with a demo: a table of **15,000 patients** with **8 clinical measurements** and a
# label *diabetic yes/no*, **20 %** of the patients held out for evaluation, and a network with **two hidden layers of
# 20 neurons**. The slides present it as data from a US laboratory; its columns are those of the well-known Pima Indians
# diabetes data (US National Institute of Diabetes and Digestive and Kidney Diseases: women aged 21 or more, hence a
# column counting pregnancies). We redo the demo in PyTorch. Our patients are **synthetic**: a seeded generator
# produces records with realistic units and ranges, and a documented, plausible link between the measurements and the
# label (see `data/README.md`). It teaches the method; it says nothing about real patients.

# %% slideshow={"slide_type": ""}
diabetes = make_diabetes_screening(n=15000, seed=2024)
print(f"{len(diabetes):,} patients, {diabetes['Diabetic'].mean():.1%} diabetic")
diabetes.head()

# %% slideshow={"slide_type": ""}
pd.DataFrame({name: {"measurement": description, "unit": unit,
                     "mean": diabetes[name].mean().round(2), "min": diabetes[name].min(), "max": diabetes[name].max()}
              for name, (description, unit, _) in FEATURES.items()}).T

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Before any model, three habits:**
#
# - `PatientID` is an **identifier**, not a measurement. It must never be a feature: a model could memorise it
#   (data leakage), and identifiers are confidential. Real records must be pseudonymised before leaving the hospital.
# - Each patient appears once here. With repeated visits, split **by patient**, never by visit, or the test set leaks
#   into training.
# - About a third of the patients are diabetic: the classes are somewhat imbalanced, so we report sensitivity and
#   specificity, not only accuracy.
#
# **Split**: 20 % held out as the **test** set, used once at the very end. From the remaining 80 %, 10 % form a
# **validation** set: it watches training, and every choice made after training (here, the screening threshold) is
# made on it, never on the test patients. Then we **standardise** with the training patients' means and standard
# deviations only.

# %% slideshow={"slide_type": ""}
feature_names = list(FEATURES)                                 # the 8 measurements, PatientID left out
X = diabetes[feature_names].to_numpy(dtype=float)
y = diabetes["Diabetic"].to_numpy()
X_trval, X_test, y_trval, y_test, ids_trval, ids_test = train_test_split(
    X, y, diabetes["PatientID"].to_numpy(), test_size=0.20, random_state=0, stratify=y)
X_train, X_val, y_train, y_val = train_test_split(X_trval, y_trval, test_size=0.10, random_state=0, stratify=y_trval)
X_train_s, X_val_s, X_test_s = training.standardize(X_train, X_val, X_test)
print(f"train {len(X_train):,} | validation {len(X_val):,} | test {len(X_test):,} patients")
checks.true(len(set(ids_trval) & set(ids_test)) == 0, "no patient is in both the training and the test set")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **The network**: 8 inputs -> 20 ReLU -> 20 ReLU -> 1 output, a *logit* (the output neuron's weighted sum before the
# sigmoid; `BCEWithLogitsLoss` applies the sigmoid inside the loss, and we apply it ourselves to read probabilities).
#
# **How it is trained**, in the source course's vocabulary:
#
# - **mini-batches** of 128 patients: each batch gives one gradient and one update (an *iteration*);
# - an **epoch** is one pass over the training patients: one update per mini-batch (the count is printed below);
# - the **Adam** optimiser (notebook 04) with a starting learning rate of 0.01;
# - **learning-rate decay**: the source advises lowering $\alpha$ over time. `ExponentialLR` multiplies it by 0.85 after
#   each epoch: $\alpha_e = 0.01 \times 0.85^{e}$ during epoch $e + 1$. Big steps first to travel, then small steps to
#   settle.
#
# The random starting weights and the shuffling of the mini-batches depend on a **seed**. We train with seed 0 and keep
# that network; two more seeds, further down, show how much the result owes to chance. The live plot below updates
# after every epoch.

# %% slideshow={"slide_type": ""}
def make_screening_mlp():
    return torch.nn.Sequential(torch.nn.Linear(8, 20), torch.nn.ReLU(),
                               torch.nn.Linear(20, 20), torch.nn.ReLU(),
                               torch.nn.Linear(20, 1))


def train_screening_mlp(seed, live_plot=False):
    # the demo's recipe; the seed sets the random starting weights and the order of the mini-batches
    torch.manual_seed(seed)
    model = make_screening_mlp()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.85)     # learning-rate decay
    batches = MiniBatches(X_train_t, y_train_t, batch_size=128, seed=seed)
    model_history = training.fit(model, batches, [(X_val_t, y_val_t)], loss_fn=loss_fn, optimizer=optimizer,
                                 scheduler=scheduler, epochs=12, progress=live_plot, live_plot=live_plot)
    return model, model_history


X_train_t, y_train_t = training.to_tensors(X_train_s, y_train.reshape(-1, 1))
X_val_t, y_val_t = training.to_tensors(X_val_s, y_val.reshape(-1, 1))
print(f"{len(MiniBatches(X_train_t, y_train_t, batch_size=128))} updates (mini-batches of 128 patients) per epoch")
screening_mlp, history = train_screening_mlp(seed=0, live_plot=True)

# %% slideshow={"slide_type": ""}
fig, axes = plt.subplots(1, 2, figsize=(10.5, 3.4))
plotting.plot_history(history, keys=["train_loss", "val_loss"], ax=axes[0], ylabel="mean cross-entropy (no unit)",
                      title="Learning curves")
axes[1].plot(np.arange(1, len(history["lr"]) + 1), history["lr"], marker="o", color=plotting.OKABE_ITO["black"])
axes[1].set(xlabel="epoch", ylabel="learning rate α (no unit)", title="Learning-rate decay (× 0.85 per epoch)")
plt.show()
checks.true(history["val_loss"][-1] < 0.9 * history["val_loss"][0], "the validation loss fell by more than 10 %")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Step 1: every choice, on the validation patients
#
# A few reminders from notebook 03. **Sensitivity** is the share of diabetics the screen flags; **specificity** the share
# of non-diabetics it leaves alone. A model gives each patient a **score** (here a probability), and a **threshold**
# turns it into a decision: "flag if score $\ge$ threshold". The **ROC curve** draws sensitivity against
# $1 - \text{specificity}$ (the false-alarm rate) for every possible threshold. The area under it, the **ROC AUC**, is the
# probability that a diabetic picked at random gets a higher score than a non-diabetic picked at random: 0.5 is a coin
# toss, 1 a perfect ranking.
#
# A learned model is only worth its complexity if it beats simple rules. Beside the MLP stand two **baselines**:
#
# - a **glucose cut-off**, the simplest rule a clinic could write: flag when the 2-hour glucose is at least some value
#   (the score is the glucose itself, in mg/dL);
# - **logistic regression**, one neuron with a sigmoid on all 8 measurements (notebook 03).
#
# **The screening rule, decided before looking at any model's scores:** catch at least **90 %** of diabetics, with as few false
# alarms as possible. For each model, the threshold is the highest one that reaches 90 % sensitivity **on the validation
# patients**. The dotted curve is the **ideal**: the generator's own probability, which no real model can know. The two
# extra MLP seeds show the spread due to chance.

# %% slideshow={"slide_type": ""}
def mlp_probability(model, X_scaled):
    return torch.sigmoid(training.predict(model, X_scaled)).numpy().ravel()


def threshold_for_sensitivity(y_true, scores, target=0.9):
    # walk down the ROC curve (highest threshold first) until the sensitivity reaches the target (notebook 03)
    _false_alarm_rate, sensitivity, thresholds = metrics.roc_curve(y_true, scores)
    return thresholds[np.argmax(sensitivity >= target)]


def screening_row(y_true, scores, threshold):
    # the ROC AUC of the scores, and the sensitivity and specificity of "flag if score >= threshold"
    rates = metrics.binary_metrics(y_true, (scores >= threshold).astype(int))
    return {"ROC AUC": metrics.roc_auc(y_true, scores), "threshold": threshold,
            "sensitivity": rates["sensitivity"], "specificity": rates["specificity"]}


glucose_column = feature_names.index("PlasmaGlucose")
logistic = LogisticRegression(max_iter=1000).fit(X_train_s, y_train)
other_mlps = {seed: train_screening_mlp(seed)[0] for seed in tqdm((1, 2), desc="two more seeds", unit="network")}
IDEAL = "ideal (generator's probability)"

val_scores = {"glucose cut-off (mg/dL)": X_val[:, glucose_column],
              "logistic regression": logistic.predict_proba(X_val_s)[:, 1],
              "MLP 8-20-20-1, seed 0": mlp_probability(screening_mlp, X_val_s)}
val_scores.update({f"MLP 8-20-20-1, seed {seed}": mlp_probability(model, X_val_s) for seed, model in other_mlps.items()})
val_scores[IDEAL] = diabetes_probability(pd.DataFrame(X_val, columns=feature_names))
chosen = {name: threshold_for_sensitivity(y_val, scores) for name, scores in val_scores.items()}
validation_table = pd.DataFrame({name: screening_row(y_val, scores, chosen[name])
                                 for name, scores in val_scores.items()}).T.round(3)
mlp_rows = validation_table[validation_table.index.str.startswith("MLP")]
print(f"validation: {len(y_val):,} patients, {y_val.sum()} diabetics | MLP over {len(mlp_rows)} seeds: "
      f"AUC {mlp_rows['ROC AUC'].min():.3f} to {mlp_rows['ROC AUC'].max():.3f}, specificity at the chosen threshold "
      f"{mlp_rows['specificity'].min():.1%} to {mlp_rows['specificity'].max():.1%}")
validation_table   # threshold: mg/dL for the glucose cut-off, a probability for the others

# %% slideshow={"slide_type": ""}
roc_styles = {"glucose cut-off (mg/dL)": (plotting.OKABE_ITO["sky"], "-"),
              "logistic regression": (plotting.OKABE_ITO["orange"], "-"),
              "MLP 8-20-20-1, seed 0": (plotting.OKABE_ITO["green"], "-"), IDEAL: ("0.4", ":")}
fig, ax = plt.subplots(figsize=(7.2, 5.6))
for name, (color, style) in roc_styles.items():
    false_alarms, sensitivity, _ = metrics.roc_curve(y_val, val_scores[name])
    ax.plot(false_alarms, sensitivity, color=color, linestyle=style,
            label=f"{name}: AUC {i18n.number(validation_table.loc[name, 'ROC AUC'], '.3f')}")
    ax.plot(1 - validation_table.loc[name, "specificity"], validation_table.loc[name, "sensitivity"], "o",
            color=color, markersize=9, markeredgecolor="black", zorder=2 if name == IDEAL else 3)   # ideal's dot below
ax.plot([0, 1], [0, 1], color="0.75", linestyle="--", label="coin toss: AUC 0.5")
ax.axhline(0.9, color="0.5", linewidth=0.8, linestyle="-.", label="90 % sensitivity (the screening rule)")
ax.set(xlabel="false-alarm rate = 1 − specificity (share)", ylabel="sensitivity (share)", xlim=(-0.02, 1.02),
       ylim=(-0.02, 1.02), title="ROC curves, validation patients\n(dots: the threshold chosen for 90 % sensitivity)")
ax.legend(loc="lower right")
plt.show()

# %% slideshow={"slide_type": ""}
baseline_rows = validation_table.loc[["glucose cut-off (mg/dL)", "logistic regression"]]
checks.true(mlp_rows["ROC AUC"].max() - mlp_rows["ROC AUC"].min() < 0.01, "the three MLP seeds agree: AUC spread under 0.01")
checks.true(mlp_rows["ROC AUC"].min() > baseline_rows["ROC AUC"].max() + 0.05,
            "every MLP seed ranks the validation patients better than both baselines (AUC higher by over 0.05)")
checks.true(mlp_rows["specificity"].min() > baseline_rows["specificity"].max() + 0.1,
            "at 90 % sensitivity, every MLP seed clears at least 10 points more non-diabetics than the best baseline")
checks.true(abs(baseline_rows.loc["logistic regression", "specificity"]
                - baseline_rows.loc["glucose cut-off (mg/dL)", "specificity"]) < 0.1,
            "at 90 % sensitivity, logistic regression clears hardly more non-diabetics than the glucose cut-off")
checks.true(chosen["glucose cut-off (mg/dL)"] < 140,
            "the glucose cut-off that catches 90 % of diabetics lies below 140 mg/dL, the limit of normal tolerance")

# %% [markdown] slideshow={"slide_type": "fragment"}
# The three seeds give almost the same results (their spread is printed above the table): the MLP's lead over both
# baselines is far larger than what the chance of the random start moves.
#
# The glucose cut-off that catches 90 % of the diabetics sits far below the 200 mg/dL at 2 hours that diagnoses
# diabetes (WHO, American Diabetes Association), and even below the 140 mg/dL limit of normal tolerance: a screen must
# catch nearly everyone, and our labels follow the generator's rule, not a diagnostic criterion, so this cut-off means
# nothing clinically. At 90 % sensitivity it flags about 7 non-diabetics in 10. Logistic regression, although it uses
# all 8 measurements, does hardly better at this point of its curve (its higher AUC comes from other thresholds). Only
# the MLP, which can bend around the non-linear relations, leaves about 3 non-diabetics in 4 alone.
#
# ### Step 2: the test set, once
#
# Every choice is made: weights (training patients), threshold (validation patients). Only now do we open the 3,000
# test patients, once, with the seed-0 network we kept.

# %% slideshow={"slide_type": ""}
p_mlp = mlp_probability(screening_mlp, X_test_s)
test_scores = {"glucose cut-off (mg/dL)": X_test[:, glucose_column],
               "logistic regression": logistic.predict_proba(X_test_s)[:, 1],
               "MLP 8-20-20-1, seed 0": p_mlp,
               IDEAL: diabetes_probability(pd.DataFrame(X_test, columns=feature_names))}
test_table = pd.DataFrame({name: screening_row(y_test, scores, chosen[name])
                           for name, scores in test_scores.items()}).T.round(3)
print(f"test: {len(y_test):,} patients, {y_test.sum()} diabetics; thresholds from the validation patients")
test_table   # test patients, looked at once

# %% slideshow={"slide_type": ""}
fig, axes = plt.subplots(1, 3, figsize=(13, 4.0))
for ax, name in zip(axes, ["glucose cut-off (mg/dL)", "logistic regression", "MLP 8-20-20-1, seed 0"]):
    plotting.plot_confusion(y_test, (test_scores[name] >= chosen[name]).astype(int), ax=ax,
                            class_names=("not diabetic", "diabetic"), title=f"{name}\nthreshold {chosen[name]:.3g}")
fig.suptitle("Test patients, at the thresholds chosen on the validation patients", fontweight="bold")
plt.show()

# %% slideshow={"slide_type": ""}
mlp_test, logistic_test = test_table.loc["MLP 8-20-20-1, seed 0"], test_table.loc["logistic regression"]
checks.between(mlp_test["sensitivity"], 0.85, 0.95, name="sensitivity of the MLP on the test patients (aimed at 0.9)")
checks.true(mlp_test["specificity"] > logistic_test["specificity"] + 0.1,
            "at the same screening rule, the MLP clears at least 10 points more non-diabetics than logistic regression")
checks.true(mlp_test["ROC AUC"] > logistic_test["ROC AUC"] + 0.05, "the MLP's test AUC beats logistic regression's by over 0.05")
checks.true(test_table.loc[IDEAL, "ROC AUC"] - mlp_test["ROC AUC"] < 0.02, "the MLP's test AUC is within 0.02 of the ideal")

# %% [markdown] slideshow={"slide_type": "subslide"}
# How to read this:
#
# - The test patients confirm what the validation patients showed. The threshold chosen for 90 % sensitivity on the
#   validation patients gives about 90 % on the test patients too (not exactly: it was chosen on a sample).
# - The MLP beats both baselines clearly, because the generator hides **non-linear** relations (a risk that climbs
#   steeply above ~135 mg/dL of glucose, and a risk that rises at *both* ends of insulin). A single neuron cannot bend
#   around them. On many real tabular data sets the gap is much smaller, or absent: always compare with a simple
#   baseline.
# - The **ideal** row uses the generator's true probability. On average no model can beat it, because the label stays
#   partly random given the measurements. Our MLP comes close to it.
# - For **screening**, missing a diabetic costs more than an extra confirmatory test, so we traded specificity for
#   sensitivity. The threshold is a clinical choice, made on validation data before the test set is opened.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 8. Over-fitting, and three remedies
#
# With 10,800 patients and a few hundred weights (exercise 3 counts them), the network above had no room to
# memorise. Make it easy for it to over-fit: only **300** training patients and a much bigger network,
# **8 -> 64 -> 64 -> 1** (its number of weights is printed below), trained for 60 epochs. Three classic remedies:
#
# - **early stopping** (`patience=10`): stop when the validation loss has not improved for 10 epochs and keep the best
#   weights. The source's "stop when the evaluation no longer improves";
# - **weight decay** (an L2 penalty, `weight_decay=0.01`): each step also pulls every weight towards 0, which favours
#   smoother functions;
# - **dropout** (`p = 0.5`): during training, each hidden neuron is switched off at random half of the time, so the network
#   cannot rely on any single one. Dropout is off at evaluation (`model.eval()`, done by `training.fit`).
#
# **Which patients for what.** The 300 are drawn from the 10,800 training patients, and 1,200 *other* training patients
# serve as this experiment's **validation** set (learning curves, early stopping). The networks are then compared on
# section 7's 1,200 validation patients, which none of them has seen: **held-out** patients, the same ones on which
# section 7's network was scored, and the test set stays locked. Beside them stands a baseline, logistic regression
# trained on the same 300 patients. With so few patients, luck matters: everything is repeated with **3 seeds** (a new
# draw of the 300 patients, new starting weights, new mini-batches), and the table shows the mean and, in brackets,
# the lowest and highest of the three. The **kept model** is the network as training left it: after the last epoch, or,
# with early stopping, the restored best weights.

# %% slideshow={"slide_type": ""}
def big_mlp(dropout=0.0, seed=0):
    torch.manual_seed(seed)
    layers = [torch.nn.Linear(8, 64), torch.nn.ReLU(), torch.nn.Dropout(dropout),
              torch.nn.Linear(64, 64), torch.nn.ReLU(), torch.nn.Dropout(dropout),
              torch.nn.Linear(64, 1)]
    return torch.nn.Sequential(*layers)


variants = {
    "no remedy": dict(dropout=0.0, weight_decay=0.0, patience=None),
    "early stopping": dict(dropout=0.0, weight_decay=0.0, patience=10),
    "weight decay": dict(dropout=0.0, weight_decay=0.01, patience=None),
    "dropout": dict(dropout=0.5, weight_decay=0.0, patience=None),
}
SEEDS = (0, 1, 2)
overfit_histories, overfit_runs = {}, []
for seed in tqdm(SEEDS, desc=f"{len(variants)} networks x {len(SEEDS)} seeds", unit="seed"):
    order = np.random.default_rng(seed).permutation(len(X_train_s))    # a new draw of training patients
    few, watch = order[:300], order[300:1500]                          # 300 to train on, 1,200 others to validate
    X_few_t, y_few_t = training.to_tensors(X_train_s[few], y_train[few].reshape(-1, 1))
    X_watch_t, y_watch_t = training.to_tensors(X_train_s[watch], y_train[watch].reshape(-1, 1))
    for name, setting in variants.items():
        model = big_mlp(setting["dropout"], seed)
        opt = torch.optim.Adam(model.parameters(), lr=3e-3, weight_decay=setting["weight_decay"])
        hist = training.fit(model, MiniBatches(X_few_t, y_few_t, batch_size=50, seed=seed), [(X_watch_t, y_watch_t)],
                            loss_fn=loss_fn, optimizer=opt, epochs=60, patience=setting["patience"], progress=False)
        overfit_histories[name, seed] = hist
        overfit_runs.append({"model": name, "seed": seed, "epochs run": len(hist["val_loss"]),
                             "epoch of the lowest validation loss": int(np.argmin(hist["val_loss"])) + 1,
                             "lowest validation loss": min(hist["val_loss"]),
                             "validation loss of the kept model": loss_fn(training.predict(model, X_watch_t),
                                                                          y_watch_t).item(),
                             "held-out AUC": metrics.roc_auc(y_val, mlp_probability(model, X_val_s))})
    small_logistic = LogisticRegression(max_iter=1000).fit(X_train_s[few], y_train[few])
    overfit_runs.append({"model": "logistic regression (same 300)", "seed": seed,
                         "held-out AUC": metrics.roc_auc(y_val, small_logistic.predict_proba(X_val_s)[:, 1])})
overfit_runs = pd.DataFrame(overfit_runs)
print(f"the big network has {training.count_parameters(big_mlp()):,} weights for 300 patients; section 7's network "
      f"learned from {len(X_train):,} patients, {len(X_train) / 300:.0f} times more")

# %% slideshow={"slide_type": ""}
fig, axes = plt.subplots(1, 4, figsize=(13, 3.6), sharey=True)
for ax, name in zip(axes, variants):
    hist = overfit_histories[name, 0]
    epochs_run = np.arange(1, len(hist["train_loss"]) + 1)
    ax.plot(epochs_run, hist["train_loss"], color=plotting.OKABE_ITO["green"], label="training (300 patients)")
    ax.plot(epochs_run, hist["val_loss"], color=plotting.OKABE_ITO["orange"], label="validation (1,200 others)")
    best = int(np.argmin(hist["val_loss"])) + 1
    ax.axvline(best, color="0.4", linestyle=":", label="epoch of the lowest validation loss")
    near_right_edge = best > 45                                         # then write the label left of the line
    ax.text(best - 1 if near_right_edge else best + 1, 0.93, f"epoch {best}", color="0.3",
            ha="right" if near_right_edge else "left")
    ax.set(title=name, xlabel="epoch", xlim=(0, 61), ylim=(0, 1.0))
axes[0].set_ylabel("mean cross-entropy (no unit)")
fig.legend(*axes[0].get_legend_handles_labels(), loc="outside lower center", ncol=3)
fig.suptitle("Over-fitting on 300 patients, and three remedies (seed 0)", fontweight="bold")
plt.show()


def mean_and_range(values, digits=3):
    # "mean [lowest-highest]" of the values of the 3 seeds ("-" where the column does not apply)
    values = pd.Series(values).dropna()
    if values.empty:
        return "-"
    return f"{values.mean():.{digits}f} [{values.min():.{digits}f}-{values.max():.{digits}f}]"


COLUMN_DIGITS = {"epochs run": 0, "epoch of the lowest validation loss": 0, "lowest validation loss": 3,
                 "validation loss of the kept model": 3, "held-out AUC": 3}
overfit_table = overfit_runs.groupby("model", sort=False).agg(
    {column: lambda values, digits=digits: mean_and_range(values, digits) for column, digits in COLUMN_DIGITS.items()})
overfit_table.loc["section 7's MLP (10,800 patients)"] = ["-"] * 4 + [mean_and_range(mlp_rows["ROC AUC"])]
overfit_table   # mean [lowest-highest] over the 3 seeds; held-out AUC: on section 7's validation patients

# %% slideshow={"slide_type": ""}
runs = overfit_runs.set_index(["model", "seed"])
plain = runs.loc["no remedy"]
checks.true(bool(np.all(plain["validation loss of the kept model"] > plain["lowest validation loss"] + 0.1)),
            "without remedy, in every seed, the validation loss climbs well above its lowest point (over-fitting)")
checks.true(max(overfit_histories["no remedy", seed]["train_loss"][-1] for seed in SEEDS) < 0.15,
            "without remedy, in every seed, the training loss falls below 0.15 (memorised)")
checks.true(bool(np.all(runs.loc["early stopping", "epochs run"] < 60)), "early stopping stopped before epoch 60 in every seed")
for name in ("weight decay", "dropout"):
    checks.true(bool(np.all(runs.loc[name, "validation loss of the kept model"]
                            < plain["validation loss of the kept model"] - 0.1)),
                f"{name}: in every seed, the final validation loss is far below the unprotected network's")
auc_big = overfit_runs.loc[overfit_runs["model"].isin(list(variants)), "held-out AUC"]
checks.true(auc_big.max() < mlp_rows["ROC AUC"].min(),
            "no network trained on 300 patients reaches section 7's network (10,800 patients), in any seed")
checks.true(bool(np.all(runs.loc["weight decay", "held-out AUC"]
                        > runs.loc["logistic regression (same 300)", "held-out AUC"] + 0.03)),
            "with weight decay, the big network beats logistic regression on the same 300 patients, in every seed")
print(f"held-out AUC, mean of the three seeds: early stopping {runs.loc['early stopping', 'held-out AUC'].mean():.3f}, "
      f"no remedy {plain['held-out AUC'].mean():.3f}")   # lower with early stopping in 15 of 20 seeds: not a check

# %% [markdown] slideshow={"slide_type": "fragment"}
# Without protection, the training loss goes to almost 0: the network has memorised 300 patients. Meanwhile the
# validation loss turns around after a dozen or so epochs (the dotted line) and climbs: **over-fitting**, in every
# seed. Weight decay and dropout keep the network from memorising in the first place, and weight decay beats the
# baseline fitted on the same 300 patients in every seed. Yet no network trained on 300 patients reaches the AUC of
# section 7's network, trained on 36 times more patients: the best remedy is **more data**.
#
# One surprise, worth remembering: early stopping kept the epoch with the lowest validation **loss**, yet its AUC is
# lower here, on average over the three seeds (printed above), than the unprotected network's; seed by seed it was
# lower in 15 of the 20 seeds we tried (0 to 19). The
# loss severely punishes over-confident probabilities, which appear early in over-fitting, while the *ranking* of the
# patients, which is all the AUC measures, can still improve for a while. Early stopping optimises the number it
# watches: watch the one that matters for the use (`training.fit` can also record a `metric` on the validation patients
# each epoch).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 9. Saving and reloading a trained model, safely
#
# Training is the expensive part. Once trained, the network is a small file of numbers, and using it is cheap. The
# source course notes that a model trained on big machines can then run on a phone or an embedded device.
#
# - Save the **`state_dict`** (the weights, by layer name) together with what is needed to use it: here the
#   standardisation means and standard deviations and the feature order. A model without its preprocessing gives
#   nonsense.
# - `torch.save` uses Python's *pickle* format, and loading a pickle can **run arbitrary code** hidden in the file. Always
#   load with **`torch.load(..., weights_only=True)`**, which accepts only tensors and plain containers (dicts, lists,
#   numbers, strings).
# - Never put patient data in a model file you share.

# %% slideshow={"slide_type": ""}
checkpoint = {
    "state_dict": screening_mlp.state_dict(),
    "feature_names": feature_names,
    "mean": torch.tensor(X_train.mean(axis=0)),
    "std": torch.tensor(X_train.std(axis=0)),
}
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "diabetes_screening_mlp.pt"
    torch.save(checkpoint, path)
    size_kb = path.stat().st_size / 1024
    loaded = torch.load(path, weights_only=True)            # tensors and plain containers only: no code runs

reloaded_mlp = make_screening_mlp()                         # same architecture, fresh random weights
reloaded_mlp.load_state_dict(loaded["state_dict"])          # ... replaced by the saved ones
X_new = (X_test - loaded["mean"].numpy()) / loaded["std"].numpy()   # preprocessing from the file
p_reloaded = torch.sigmoid(training.predict(reloaded_mlp, X_new)).numpy().ravel()
print(f"model file: {size_kb:.1f} kB, features: {loaded['feature_names']}")
checks.close(p_reloaded, p_mlp, tol=1e-6, name="predictions of the reloaded model vs the original")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 10. Pre-trained models and fine-tuning
#
# Training a large network from scratch needs a lot of data and computing power. But a network trained on one large data
# set has already learned useful **intermediate features** in its hidden layers: edges and textures in images, typical
# combinations of lab values in tables. So we rarely start from zero:
#
# 1. take a **pre-trained** model (shared by a research group or a company, e.g. trained on millions of images);
# 2. replace its last layer by one suited to the new task;
# 3. **freeze** the early layers (no gradient, `requires_grad = False`) and train only the new layer on the small local
#    data set; optionally, **fine-tune** everything afterwards with a small learning rate.
#
# Cautions: check the licence and what data the model saw; evaluate again on local patients, because a model from one
# hospital can fail in another (**domain shift**, notebook 09).
#
# Below, the screening network plays the "pre-trained" model and a new clinic brings 600 patients (synthetic, and from
# the same generator here, so this mainly shows the mechanics). The clinic keeps a quarter of its patients to test.

# %% slideshow={"slide_type": ""}
clinic = make_diabetes_screening(n=600, seed=7)
Xc, yc = clinic[feature_names].to_numpy(dtype=float), clinic["Diabetic"].to_numpy()
mean_np, std_np = X_train.mean(axis=0), X_train.std(axis=0)             # keep the pre-trained model's scaling


def fine_tune_last_layer(X_scaled, y, seed=1):
    tuned = copy.deepcopy(screening_mlp)
    for parameter in tuned.parameters():
        parameter.requires_grad = False                      # freeze the pre-trained layers
    torch.manual_seed(seed)
    tuned[-1] = torch.nn.Linear(20, 1)                       # a new, trainable output layer
    X_t, y_t = training.to_tensors(X_scaled, y.reshape(-1, 1))
    training.fit(tuned, MiniBatches(X_t, y_t, batch_size=32, seed=seed), loss_fn=loss_fn, lr=0.01, epochs=30,
                 progress=False)
    return tuned


Xc_train, Xc_test, yc_train, yc_test = train_test_split(Xc, yc, test_size=0.25, random_state=0, stratify=yc)
fine_tuned = fine_tune_last_layer((Xc_train - mean_np) / std_np, yc_train)
print(f"trainable weights: {training.count_parameters(fine_tuned)} (the new output layer; the others are frozen)")
auc_clinic = metrics.roc_auc(yc_test, mlp_probability(fine_tuned, (Xc_test - mean_np) / std_np))
print(f"ROC AUC on the clinic's {len(yc_test)} test patients after training only the last layer: {auc_clinic:.3f}")

# %% slideshow={"slide_type": ""}
checks.equal(training.count_parameters(fine_tuned), 21, name="trainable weights after freezing (20 weights + 1 bias)")
checks.between(auc_clinic, 0.9, 1.0, name="ROC AUC of the fine-tuned model on the clinic's test patients")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Was it worth it?** Fine-tuning is a learned change, so it too stands beside baselines: the pre-trained network
# **unchanged**, and a **logistic regression trained on the clinic's patients only**. With 150 test patients one split
# is noisy, so the comparison is repeated on 3 random splits of the clinic (mean and, in brackets, lowest and highest).

# %% slideshow={"slide_type": ""}
clinic_runs = []
for split in range(3):
    train_rows, test_rows = train_test_split(np.arange(len(yc)), test_size=0.25, random_state=split, stratify=yc)
    Xs_train, Xs_test = (Xc[train_rows] - mean_np) / std_np, (Xc[test_rows] - mean_np) / std_np
    Xl_train, Xl_test = training.standardize(Xc[train_rows], Xc[test_rows])     # the clinic's own scaling
    local_logistic = LogisticRegression(max_iter=1000).fit(Xl_train, yc[train_rows])
    retrained = fine_tune_last_layer(Xs_train, yc[train_rows], seed=split + 1)
    y_clinic_test = yc[test_rows]
    clinic_runs.append({
        "pre-trained network, unchanged": metrics.roc_auc(y_clinic_test, mlp_probability(screening_mlp, Xs_test)),
        "pre-trained, last layer retrained": metrics.roc_auc(y_clinic_test, mlp_probability(retrained, Xs_test)),
        "logistic regression, clinic only": metrics.roc_auc(y_clinic_test, local_logistic.predict_proba(Xl_test)[:, 1]),
    })
clinic_runs = pd.DataFrame(clinic_runs)
clinic_runs.apply(mean_and_range).to_frame("ROC AUC on the clinic's test patients, 3 splits")

# %% slideshow={"slide_type": ""}
clinic_mean = clinic_runs.mean()
checks.true(abs(clinic_mean["pre-trained, last layer retrained"] - clinic_mean["pre-trained network, unchanged"]) < 0.03,
            "same population: retraining the last layer changes the AUC by less than 0.03 on average")
checks.true(clinic_runs[["pre-trained network, unchanged", "pre-trained, last layer retrained"]].min(axis=1).min()
            > clinic_runs["logistic regression, clinic only"].max(),
            "in every split, both pre-trained versions beat the model trained on the clinic's patients alone")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Here the clinic's patients come from the same generator as the training patients, so the pre-trained network already
# works as it is, and retraining its last layer changes little. Both beat a model built from the clinic's patients
# alone: what was learned from 10,800 patients carries over, which is the point of pre-training. When the new patients
# differ (another population, another laboratory: **domain shift**, notebook 09), the unchanged model can fail, and
# fine-tuning is the remedy to try, judged exactly like this: against the unchanged model and a local baseline, on
# local patients it has not seen.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 1: the whole class at once
#
# Use **one matrix product** to compute the science average of all three pupils (Gino, Marin, Arsène, in this order)
# from `marks` and `w_science`. Store the 3 numbers in `science_averages`, an array of shape (3,): one number per
# pupil.

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
science_averages = ____  # replace ____ with your code
### BEGIN SOLUTION
science_averages = marks.to_numpy(dtype=float) @ w_science
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_1.check()
# exercise_1.hint()      # a nudge; run it again for the next step
# exercise_1.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 2: how wide would a shallow network be?
#
# A deep network of 10 layers with 2 ReLU neurons each computes the sawtooth `sawtooth(x, 10)`. How many neurons would a
# network with a **single** hidden layer need, at least, to produce the same function? Store the number in
# `shallow_neurons_needed` as one whole number.

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
shallow_neurons_needed = ____  # replace ____ with your code
### BEGIN SOLUTION
shallow_neurons_needed = 2**10
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_2.check()
# exercise_2.hint()      # a nudge; run it again for the next step
# exercise_2.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 3: count the weights of the screening network
#
# Without calling any function, compute the number of trainable parameters (weights **and** biases) of the network
# 8 -> 20 -> 20 -> 1. Store it in `n_parameters` as one whole number.

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
n_parameters = ____  # replace ____ with your code
### BEGIN SOLUTION
n_parameters = (8 * 20 + 20) + (20 * 20 + 20) + (20 * 1 + 1)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_3_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_3.check()
# exercise_3.hint()      # a nudge; run it again for the next step
# exercise_3.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Wrap-up
#
# **Key takeaways**
#
# - A **dense layer** is a set of neurons, each a weighted sum of *all* inputs plus a bias, followed by an activation:
#   $\mathbf y = g(W\mathbf x + \mathbf b)$. Gino's science average (13.75) and "sport above 10" (ReLU with bias -10)
#   are two such neurons.
# - **Activations** make depth useful: without them, layers collapse into one linear map. ReLU is the default for hidden
#   layers, sigmoid for a two-class output. Saturating functions stall gradients.
# - **Hidden layers** re-represent the data so that the next layer can separate it: XOR, and the box-shaped blood-count
#   alert.
# - **Universal approximation** (Cybenko, 1989): sums of continuous sigmoidal neurons, one hidden layer, come within any
#   $\varepsilon$ of any continuous function on the cube $[0, 1]^n$. It does not say how many neurons, how to find the
#   weights, or how the network does on new patients. **Kolmogorov-Arnold** (1957) writes any continuous function
#   exactly with sums and one-variable functions, but those functions are not usable neurons. **Depth** can be
#   exponentially more economical than width (the sawtooth).
# - Train with **mini-batches**, **epochs**, **Adam** and **learning-rate decay**. Make every choice (here the screening
#   threshold) on **validation** data, then open the **test** set once; report sensitivity, specificity and ROC AUC
#   beside **simple baselines** (a glucose cut-off, logistic regression), and repeat with a few **seeds** to see the
#   spread.
# - **Over-fitting** shows as a validation loss that climbs while the training loss falls. Remedies: early stopping,
#   weight decay, dropout, and above all more data. Early stopping optimises the number it watches (the loss here).
# - Save the `state_dict` *and* the preprocessing, and load with `weights_only=True`. **Pre-trained** models can be
#   re-used by freezing layers and **fine-tuning** on local data, then evaluated again locally.

# %% [markdown] slideshow={"slide_type": "slide"}
# **Self-test questions**
#
# 1. A dense layer has 8 inputs and 20 neurons. How many parameters does it have?
# <details><summary>Answer</summary>$8 \times 20 = 160$ weights plus 20 biases: 180 parameters.</details>
#
# 2. Why does a network without activation functions gain nothing from extra layers?
# <details><summary>Answer</summary>Each layer is then linear ($W\mathbf x + \mathbf b$), and a composition of linear maps is
# one linear map: $W_2(W_1\mathbf x + \mathbf b_1) + \mathbf b_2 = (W_2W_1)\mathbf x + (W_2\mathbf b_1 + \mathbf b_2)$. The
# network can still only draw a straight line (a hyperplane).</details>
#
# 3. How does a hidden layer let a network learn XOR, when one neuron cannot?
# <details><summary>Answer</summary>Each hidden neuron draws its own line (e.g. "at least one input on" and "both on"). In
# the space of the hidden neurons' outputs, the two classes become linearly separable, and the output neuron separates
# them with one line ("at least one, but not both").</details>
#
# 4. Your validation loss starts rising at epoch 12 while the training loss keeps falling. What is happening and what can you do?
# <details><summary>Answer</summary>Over-fitting: the network memorises the training patients. Stop early (keep the
# weights of the best validation epoch), add weight decay or dropout, use a smaller network, or, best of all, get more
# training data.</details>
#
# 5. Why load model files with `torch.load(path, weights_only=True)`?
# <details><summary>Answer</summary>`torch.save` uses pickle, and unpickling a file can execute arbitrary code hidden in
# it. `weights_only=True` only accepts tensors and simple containers, so a malicious or corrupted file cannot run code on
# your machine (or your hospital's).</details>
#
# 6. The screening threshold was chosen on the validation patients. Why not choose it on the test patients, which are
# more numerous?
# <details><summary>Answer</summary>The test set estimates how the screen will do on new patients. A threshold tuned on
# the test patients is fitted to those very patients, so its test sensitivity and specificity look better than they
# will be on new ones, and nothing is left to check it. Choose on validation data, then open the test set once.</details>
#
# 7. Cybenko's theorem says one hidden layer can approximate any continuous function. Why do we still train deeper
# networks, and why can an MLP still fail on new patients?
# <details><summary>Answer</summary>The theorem says that enough neurons exist, not how many (possibly astronomically
# many, especially with many inputs), nor how to find their weights. Deep networks can represent some functions with
# exponentially fewer neurons (the sawtooth). And the theorem is about approximating a known function, not about learning
# from a finite, noisy sample: generalisation to new patients must be measured on held-out data.</details>
#
# **What comes next.** Images have thousands of pixels: a dense layer on a 28 x 28 image already needs hundreds of
# thousands of weights. Notebook 07 introduces **convolutional networks**, which share their weights across the image.
