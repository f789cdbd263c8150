# %% [markdown] slideshow={"slide_type": "slide"}
# # 06 · The multi-layer perceptron
#
# > Layers of neurons: dense layers, activation functions, hidden layers that solve XOR and the blood-count alert, and a diabetes-screening network in PyTorch.
#
# **Estimated time:** 100 min · **Prerequisites:** 03, 04, 05
#
# One neuron draws one straight line, and notebook 03 showed that many clinical rules need more: an alert when a value is too low *or* too high, a risk that climbs steeply past a threshold. Stack neurons in **layers** and these rules come within reach. In this notebook we build such networks from weighted sums, see why the activation function matters, and train a diabetes-screening network on 15,000 (synthetic) patients. We compare it with logistic regression the way a clinician would: sensitivity, specificity and ROC curves.
#
# **By the end of this notebook you will be able to:**
# - Compute a dense layer as weighted sums plus biases, by hand, in NumPy and in PyTorch
# - Compare activation functions (sigmoid, tanh, ReLU, leaky ReLU, ELU, maxout) and their derivatives
# - Explain how hidden layers solve XOR and the blood-count alert, and what universal approximation promises
# - Train an MLP with mini-batches, Adam and learning-rate decay, and evaluate it against logistic regression
# - Recognise over-fitting and apply early stopping, weight decay and dropout; save, reload and fine-tune a model
#
# *For learning only: nothing in this course is a medical device or fit for clinical decisions.*

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
from course_utils import checks, metrics, plotting, training, widgets
from course_utils.datasets import REFERENCE_RANGES, load_blood_counts
from course_utils.datasets.diabetes_screening import FEATURES, diabetes_probability, make_diabetes_screening
from course_utils.exercises import ____
from course_utils.exercises.mlp import exercise_1, exercise_2, exercise_3
from course_utils.reference import activations

course_utils.setup()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. A dense layer is a set of weighted sums
#
# A neuron (notebook 03) computes a weighted sum of its inputs, adds a bias and applies an activation function $g$.
# A **dense layer** (fully connected layer, *couche dense*) is $p$ such neurons side by side. Each one sees **all** the
# inputs and has its own weights and bias:
#
# $$ y_j = g\Big(\sum_{i=1}^{n} w_{ji}\,x_i + b_j\Big), \quad j = 1, \dots, p
# \qquad\Longleftrightarrow\qquad \mathbf y = g(W\mathbf x + \mathbf b), \quad W \text{ of shape } p \times n .$$
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
# exceeds 10, and then reports by how much.

# %% slideshow={"slide_type": ""}
w_sport = np.array([0, 1, 0, 0, 0, 0, 0], dtype=float)
b_sport = -10.0
z_sport = marks.to_numpy(dtype=float) @ w_sport + b_sport     # all three pupils at once: (-8, 5, 10)
sport_above_10 = np.maximum(z_sport, 0)                       # ReLU
print("weighted sums:", z_sport, "-> after ReLU:", sport_above_10)
checks.close(sport_above_10, [0, 5, 10], tol=1e-12, name="ReLU(sport - 10) for Gino, Marin, Arsène")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **The layer: both neurons at once.** Stack the two weight vectors as the rows of a matrix $W$ (2 x 7) and the
# biases in $\mathbf b$. One matrix product then computes every neuron for every pupil. A second layer can combine
# these new features, for example "science average + 0.1 x sport bonus". Stacking layers like this builds a
# **multi-layer perceptron** (MLP).

# %% slideshow={"slide_type": ""}
W_layer = np.vstack([w_science, w_sport])          # (2 neurons, 7 inputs)
b_layer = np.array([b_science, b_sport])           # (2,)
hidden = np.maximum(marks.to_numpy(dtype=float) @ W_layer.T + b_layer, 0)   # (3 pupils, 2 neurons), ReLU
report = hidden @ np.array([1.0, 0.1]) + 0.0       # second layer: one neuron, weights (1, 0.1), bias 0

layer_table = pd.DataFrame(hidden, index=marks.index, columns=["science average", "sport above 10"])
layer_table["report mark (layer 2)"] = report
layer_table

# %% [markdown] slideshow={"slide_type": "fragment"}
# PyTorch's `torch.nn.Linear(7, 2)` is exactly this layer. It stores $W$ (`weight`, shape 2 x 7) and $\mathbf b$
# (`bias`). With our weights copied in, it must give the same numbers:

# %% slideshow={"slide_type": ""}
layer = torch.nn.Linear(7, 2)
with torch.no_grad():
    layer.weight.copy_(torch.tensor(W_layer))
    layer.bias.copy_(torch.tensor(b_layer))
hidden_torch = torch.relu(layer(torch.tensor(marks.to_numpy(), dtype=torch.float32)))
print(f"parameters of the layer: {training.count_parameters(layer)} (= 2 x 7 weights + 2 biases)")
checks.close(hidden_torch, hidden, tol=1e-5, name="torch.nn.Linear + ReLU vs NumPy")

# %% [markdown] slideshow={"slide_type": "fragment"}
# In a real network nobody chooses these weights. They start at random and **gradient descent** (notebook 04), fed by
# **backpropagation** (notebook 05), tunes them. The network itself discovers which combinations of the inputs are
# useful.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Activation functions
#
# **Why not skip them?** Without an activation, a layer is a linear function $W\mathbf x + \mathbf b$. Two linear layers
# in a row are still one linear layer: $W_2(W_1\mathbf x + \mathbf b_1) + \mathbf b_2 = (W_2W_1)\mathbf x + (W_2\mathbf b_1 +
# \mathbf b_2)$. However many we stack, the network could only draw straight lines. The **non-linear** activation between
# layers lets each layer bend the space in which the next layer works, so the data can be represented differently
# (section 3 shows this on XOR).

# %% slideshow={"slide_type": ""}
rng = np.random.default_rng(0)
W1, b1, W2, b2 = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=(1, 5)), rng.normal(size=1)
X_check = rng.normal(size=(10, 3))
two_linear_layers = (X_check @ W1.T + b1) @ W2.T + b2
one_linear_layer = X_check @ (W2 @ W1).T + (W2 @ b1 + b2)
checks.close(two_linear_layers, one_linear_layer, tol=1e-10, name="two linear layers = one linear layer")

# %% [markdown] slideshow={"slide_type": "subslide"}
# The usual activation functions, with the pros and cons listed in the source course ($z$ is the neuron's weighted sum):
#
# | function | formula | outputs | pros | cons |
# | --- | --- | --- | --- | --- |
# | sigmoid | $\sigma(z) = 1 / (1 + e^{-z})$ | 0 to 1 | reads as a probability; well studied | saturates: slope $\approx 0$ for large $\lvert z \rvert$ (vanishing gradients, notebook 05); not centred on 0; the exponential is costly |
# | tanh | $\tanh(z)$ | -1 to 1 | centred on 0 | saturates too |
# | ReLU | $\max(0, z)$ | 0 to $\infty$ | fast; no saturation for $z > 0$; trains about 5-10 times faster than sigmoid/tanh | not centred on 0; slope 0 for $z < 0$ (a neuron can "die") |
# | leaky ReLU | $\max(0.01z, z)$ | all values | never saturates; slope never 0; fast | the 0.01 is one more hyper-parameter (PReLU learns it during backpropagation) |
# | ELU | $z$ if $z \ge 0$, else $\alpha(e^{z} - 1)$ | $-\alpha$ to $\infty$ | like leaky ReLU, smooth, outputs closer to centred | the exponential is costly |
# | maxout | $\max(\mathbf w_1^\top\mathbf x + b_1,\ \mathbf w_2^\top\mathbf x + b_2)$ | all values | generalises ReLU and leaky ReLU; no saturation | twice the weights per neuron |
#
# Rules of thumb from the source: **ReLU by default** in hidden layers, and try its variants. Keep the **sigmoid for the
# output** of a two-class classifier, where a probability is wanted.

# %% slideshow={"slide_type": ""}
z_axis = np.linspace(-4, 4, 401)
fig, axes = plt.subplots(2, 3, figsize=(11, 5.6), sharex=True)
HIDDEN_ACTIVATIONS = [name for name in activations.ACTIVATIONS if name != "step"]  # the step has no slope (03)
for ax, name in zip(axes.ravel(), HIDDEN_ACTIVATIONS):
    f, f_prime = activations.activation(name)
    ax.plot(z_axis, f(z_axis), color=plotting.PALETTE[0], label="g(z)")
    ax.plot(z_axis, f_prime(z_axis), color=plotting.PALETTE[3], linestyle="--", label="slope g'(z)")
    ax.axhline(0, color="0.6", linewidth=0.8)
    ax.set(title=name.replace("_", " "), ylim=(-1.5, 4.2))
    ax.legend(loc="upper left", fontsize="small")
for ax in axes[1]:
    ax.set_xlabel("weighted sum z (no unit)")
for ax in axes[:, 0]:
    ax.set_ylabel("output (no unit)")
fig.suptitle("Six activation functions (solid) and their slopes (dashed); maxout shown with 3 fixed lines",
             fontweight="bold")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Compare two activations
#
# Pick two functions and move $z$: the markers show each output and its slope. Notice where the slope goes to 0
# (sigmoid and tanh far from 0, ReLU for $z < 0$). A slope of 0 means no gradient flows back through that neuron.

# %% slideshow={"slide_type": ""}
ACT_NAMES = HIDDEN_ACTIVATIONS
fig = widgets.new_figure(figsize=(9.0, 3.4))
ax_f, ax_d = fig.subplots(1, 2)
color_a, color_b = plotting.PALETTE[2], plotting.PALETTE[5]
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
    return (f"A = {function_a}: g({z:.2f}) = {fa(point)[0]:.3f}, slope {da(point)[0]:.3f} | "
            f"B = {function_b}: g({z:.2f}) = {fb(point)[0]:.3f}, slope {db(point)[0]:.3f}")


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
ax_in.plot(line_x, 0.5 - line_x, color=plotting.PALETTE[2], label="$h_1$ line: $x_1 + x_2 = 0.5$")
ax_in.plot(line_x, 1.5 - line_x, color=plotting.PALETTE[3], label="$h_2$ line: $x_1 + x_2 = 1.5$")
ax_in.set(xlim=(-0.5, 1.5), ylim=(-0.5, 1.5), xlabel="input $x_1$ (0 or 1)", ylabel="input $x_2$ (0 or 1)",
          title="Input space: two lines, one per hidden neuron")
ax_in.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2, fontsize="small")
jitter = np.array([[0, 0], [-0.05, 0.05], [0.05, -0.05], [0, 0]])     # (0,1) and (1,0) land on the same point
for label in (0, 1):
    mask = xor_labels == label
    ax_hidden.scatter(h1[mask] + jitter[mask, 0], h2[mask] + jitter[mask, 1], s=160, edgecolor="black", zorder=3,
                      color=plotting.class_color(label), label=f"XOR = {label}")
ax_hidden.plot(line_x, line_x - 0.5, color="black", label="output line: $h_1 - h_2 = 0.5$")
ax_hidden.set(xlim=(-0.5, 1.5), ylim=(-0.5, 1.5), xlabel="hidden neuron $h_1$ (OR)", ylabel="hidden neuron $h_2$ (AND)",
              title="Hidden space: now one line separates")
ax_hidden.legend(loc="upper left", fontsize="small", frameon=True)
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


fig, axes = plt.subplots(1, 2, figsize=(10.5, 4.2))
plotting.plot_decision_boundary(xor_neuron.predict_proba, X_xor_test, y_xor_test, ax=axes[0],
                                feature_names=("input $x_1$", "input $x_2$"), class_names=("XOR = 0", "XOR = 1"),
                                title="One neuron (logistic regression)")
plotting.plot_decision_boundary(xor_net_proba, X_xor_test, y_xor_test, ax=axes[1],
                                feature_names=("input $x_1$", "input $x_2$"), class_names=("XOR = 0", "XOR = 1"),
                                title="MLP 2-4-1 (tanh)")
plt.show()
xor_table = metrics.metrics_table({
    "one neuron": (y_xor_test, xor_neuron.predict(X_xor_test)),
    "MLP 2-4-1": (y_xor_test, (xor_net_proba(X_xor_test) >= 0.5).astype(int)),
})
xor_table   # test points (XOR = 1 counted as positive)

# %% slideshow={"slide_type": ""}
checks.true(xor_table.loc["MLP 2-4-1", "sensitivity"] >= 0.95 and xor_table.loc["MLP 2-4-1", "specificity"] >= 0.95,
            "the MLP gets at least 95 % of both classes right on test points")
checks.between(xor_table.loc["one neuron", "accuracy"], 0.0, 0.7, name="accuracy of one neuron on XOR (no better than a guess)")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. The blood-count alert, solved by a hidden layer
#
# Notebook 03 ended on a failure. For men, the **full** alert (red or white cells too low **or** too high) puts the
# normal counts inside a box, and a single neuron's straight line cannot surround a box. Same data, same split
# (75 % / 25 %). This time the model is an MLP with two hidden layers of 16 ReLU neurons, trained with `training.fit`
# (the loop of section 3) and our mini-batches.

# %% slideshow={"slide_type": ""}
blood = load_blood_counts()
men = blood[blood.sex == 1]                                  # sex: 1 = male, 2 = female
X_men, y_men = men[["red_cells", "white_cells"]].to_numpy(), men["alert"].to_numpy()
Xm_train, Xm_test, ym_train, ym_test = train_test_split(X_men, y_men, test_size=0.25, random_state=0, stratify=y_men)
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
fig, axes = plt.subplots(1, 2, figsize=(11, 4.4), sharey=True)
for ax, proba, title in ((axes[0], lambda P: box_neuron.predict_proba((P - m_mean) / m_std), "One neuron"),
                         (axes[1], box_mlp_proba, "MLP 2-16-16-1 (ReLU)")):
    plotting.plot_decision_boundary(proba, Xm_test, ym_test, ax=ax, class_names=("no alert", "alert"),
                                    feature_names=("red blood cells (x10^6/mm³)", "white blood cells (x10^3/mm³)"),
                                    title=f"{title}: full alert, men (test)")
    ax.add_patch(Rectangle((rl, wl), rh - rl, wh - wl, fill=False, edgecolor="black", linestyle="--", linewidth=1.5,
                           label="normal ranges (men)"))
    ax.legend(loc="upper right", frameon=True, fontsize="small")
axes[1].set_ylabel("")
plt.show()
box_table = metrics.metrics_table({
    "one neuron": (ym_test, box_neuron.predict(Xm_test_s)),
    "MLP 2-16-16-1": (ym_test, (box_mlp_proba(Xm_test) >= 0.5).astype(int)),
})
box_table

# %% slideshow={"slide_type": ""}
checks.between(box_table.loc["MLP 2-16-16-1", "sensitivity"], 0.8, 1.0, name="sensitivity of the MLP alert (test)")
checks.between(box_table.loc["MLP 2-16-16-1", "specificity"], 0.9, 1.0, name="specificity of the MLP alert (test)")
checks.true(box_table.loc["MLP 2-16-16-1", "sensitivity"] > box_table.loc["one neuron", "sensitivity"] + 0.3,
            "the hidden layers catch at least 30 points more of the alerts than one neuron")

# %% [markdown] slideshow={"slide_type": "fragment"}
# The network draws a closed region around the normal box: each hidden neuron contributes an edge, and the next layer
# combines them. The few alerts it misses sit inside the box. Their alert comes from **haemoglobin**, which these two
# inputs do not show. With all four measurements (red cells, white cells, haemoglobin, sex), the from-scratch network of
# notebook 05 reached a sensitivity and specificity above 95 %.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Universal approximation: one hidden layer can fit any curve
#
# How far can this go? In 1989 George **Cybenko** proved that a network with **one** hidden layer of sigmoid neurons can
# approximate **any continuous function** on a bounded range as closely as we want, given enough hidden neurons:
#
# $$ f(x) \approx \sum_{i=1}^{N} \alpha_i\, \sigma(w_i x + b_i) \qquad (\text{dense in } \mathcal C([0, 1]^n)).$$
#
# The number $N$ of neurons depends on how wiggly $f$ is and on the accuracy wanted. The intuition: a steep sigmoid is a
# **step**. $N$ steps placed side by side form a staircase that can follow any curve. If $f$ changes by at most $L$ per
# unit of $x$ (it is "$L$-Lipschitz"), about $L/\varepsilon$ steps reach an error $\varepsilon$. With ReLU, each neuron
# adds a **kink** and the sum is a broken line.

# %% [markdown] slideshow={"slide_type": "subslide"}
# Our curve is an illustrative **oral glucose tolerance test** (OGTT): plasma glucose (mg/dL) over the 3 hours after
# drinking 75 g of glucose. It starts at a fasting 90 mg/dL, peaks at 165 mg/dL after 50 min and falls to 134 mg/dL at
# 2 hours (below the 140 mg/dL limit of normal tolerance).
#
# To keep the widget instant, each hidden neuron's weights are fixed: neurons are spread evenly over the 3 hours,
# each one rising around its own time. Only the output weights $\alpha_i$ are fitted, by least squares. In a real network
# the hidden weights are learned too (next cell).
#
# - Move the number of hidden neurons and watch the error fall.
# - Compare sigmoid steps (Cybenko) with ReLU kinks.
# - The lower panel shows what each hidden neuron outputs, scaled from 0 to 1.

# %% slideshow={"slide_type": ""}
minutes = np.linspace(0, 180, 241)


def ogtt_glucose(t):
    # an illustrative glucose tolerance curve (mg/dL): fasting 90, peak 165 at 50 min
    return 90 + 75 * (t / 50) * np.exp(1 - t / 50)


glucose = ogtt_glucose(minutes)
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
(fit_line,) = ax_fit.plot(minutes, glucose, color=plotting.PALETTE[0], label="network output")
ax_fit.axhline(140, color="0.5", linestyle=":", linewidth=1, label="140 mg/dL at 2 h: limit of normal")
ax_fit.set(ylim=(60, 190), ylabel="plasma glucose (mg/dL)", title="One hidden layer approximating a curve")
ax_fit.legend(loc="upper right", fontsize="small")
unit_lines = LineCollection([], colors=plotting.PALETTE[2], linewidths=1)   # one line per hidden neuron
ax_units.add_collection(unit_lines)
ax_units.set(xlim=(0, 180), ylim=(-0.05, 1.05), xlabel="time after the glucose drink (min)",
             ylabel="neuron output\n(scaled 0-1)")


def update_approximation(n_units, activation):
    fitted, H = fits[(n_units, activation)]
    fit_line.set_ydata(fitted)
    unit_lines.set_segments([np.column_stack([minutes, H[:, k] / H[:, k].max()]) for k in range(n_units)])
    error = np.abs(fitted - glucose)
    return (f"{n_units} hidden {activation} neurons ({3 * n_units + 1} weights): "
            f"largest error {error.max():.1f} mg/dL, mean error {error.mean():.2f} mg/dL")


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
# 20 sigmoid neurons trained with Adam on the same curve (inputs and outputs standardised, as always).

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
ax.plot(minutes, learned, color=plotting.PALETTE[0], label="MLP 1-20-1, all weights learned")
ax.set(xlabel="time after the glucose drink (min)", ylabel="plasma glucose (mg/dL)",
       title="Gradient descent finds the hidden weights by itself")
ax.legend()
plt.show()
print(f"largest error: {np.abs(learned - glucose).max():.2f} mg/dL")

# %% slideshow={"slide_type": ""}
checks.between(np.abs(learned - glucose).max(), 0.0, 5.0, name="largest error of the learned network (mg/dL)")


# %% [markdown] slideshow={"slide_type": "subslide"}
# Universal approximation is a promise about what **can** be represented. It does not say how many neurons are needed,
# whether gradient descent will find the weights, or whether the fit will generalise to new patients. Two further results
# from the source course:
#
# - **Curse of dimensionality.** With $n$ inputs the staircase needs about $(L/\varepsilon)^n$ steps: with 8 clinical
#   measurements, hopeless for a single wide layer.
# - **Kolmogorov-Arnold** (1957): any continuous function of several variables can be written as sums and compositions of
#   functions of **one** variable. Deep, narrow ReLU networks are universal too (width $n + 4$ is enough).
#
# Which brings us to depth.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. Depth versus width: the sawtooth
#
# Take the **tent** function on $[0, 1]$, built from just two ReLU neurons:
# $T(x) = 2\,\text{ReLU}(x) - 4\,\text{ReLU}(x - 0.5)$. It goes up from 0 to 1, then back down to 0. Feed its output into
# another copy of itself, and again: $T(T(x))$, $T(T(T(x)))$, ... Each composition is one more **layer of 2 neurons**, and
# each one **doubles** the number of linear pieces. After $k$ layers there are $2^k$ pieces: a sawtooth.
#
# A network with a **single** hidden layer of $m$ ReLU neurons makes at most $m + 1$ pieces (one kink per neuron). To copy
# the depth-$k$ sawtooth it needs at least $2^k - 1$ neurons, against $2k$ for the deep one. This is Telgarsky's result
# (2015): some functions that deep networks compute cheaply need **exponentially** many neurons in a shallow network.

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


x_grid = np.linspace(0, 1, 2**12 + 1)                      # fine grid: every kink falls on a grid point
fig, axes = plt.subplots(1, 4, figsize=(12, 2.8), sharey=True)
for ax, depth in zip(axes, (1, 2, 3, 5)):
    y_saw = sawtooth(x_grid, depth)
    ax.plot(x_grid, y_saw, color=plotting.PALETTE[0], linewidth=1.5)
    ax.set(title=f"{depth} layer{'s' if depth > 1 else ''} ({2 * depth} neurons)\n"
                 f"{count_pieces(y_saw, x_grid)} linear pieces", xlabel="input x (no unit)")
axes[0].set_ylabel("output (no unit)")
fig.suptitle("Composing the tent function: each layer doubles the number of linear pieces", fontweight="bold")
plt.show()

pd.DataFrame({"layers k": range(1, 7),
              "deep: neurons": [2 * k for k in range(1, 7)],
              "linear pieces": [count_pieces(sawtooth(x_grid, k), x_grid) for k in range(1, 7)],
              "one layer: neurons needed": [2**k - 1 for k in range(1, 7)]}).set_index("layers k")

# %% slideshow={"slide_type": ""}
checks.true(all(count_pieces(sawtooth(x_grid, k), x_grid) == 2**k for k in range(1, 7)),
            "k layers of 2 ReLU neurons make 2^k linear pieces (k = 1 ... 6)")

# %% [markdown] slideshow={"slide_type": "fragment"}
# In practice both width and depth are tuned as **hyper-parameters**. Deep networks won in images, sound and text
# because real-world functions are built from parts of parts (edges -> shapes -> organs), which is exactly what
# composition captures.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7. The diabetes-screening demo
#
# The source course ends its lecture with a demo. A table from a US laboratory with **8 clinical measurements** for
# **15,000 patients** (women: one column counts pregnancies), a label *diabetic yes/no*, **20 %** of the patients held out for evaluation, and a network with
# **two hidden layers of 20 neurons**. We redo it in PyTorch. The patients are **synthetic**: a seeded generator produces
# records with realistic units and ranges, and a documented, plausible link between the measurements and the label
# (see `data/README.md`). It teaches the method; it says nothing about real patients.

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
# **validation** set to watch training. Then we **standardise** with the training patients' means and standard
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
# **The network**: 8 inputs -> 20 ReLU -> 20 ReLU -> 1 output (a logit; the sigmoid is inside the loss).
#
# **How it is trained**, in the source course's vocabulary:
#
# - **mini-batches** of 128 patients: each batch gives one gradient and one update (an *iteration*);
# - an **epoch** is one pass over the 10,800 training patients: about 85 updates;
# - the **Adam** optimiser (notebook 04) with a starting learning rate of 0.01;
# - **learning-rate decay**: the source advises lowering $\alpha$ over time. `ExponentialLR` multiplies it by 0.85 after
#   each epoch: $\alpha_e = 0.01 \times 0.85^{e}$. Big steps first to travel, then small steps to settle.
#
# The live plot below updates after every epoch.

# %% slideshow={"slide_type": ""}
torch.manual_seed(0)


def make_screening_mlp():
    return torch.nn.Sequential(torch.nn.Linear(8, 20), torch.nn.ReLU(),
                               torch.nn.Linear(20, 20), torch.nn.ReLU(),
                               torch.nn.Linear(20, 1))


screening_mlp = make_screening_mlp()
X_train_t, y_train_t = training.to_tensors(X_train_s, y_train.reshape(-1, 1))
X_val_t, y_val_t = training.to_tensors(X_val_s, y_val.reshape(-1, 1))
optimizer = torch.optim.Adam(screening_mlp.parameters(), lr=0.01)
scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.85)     # learning-rate decay

history = training.fit(screening_mlp, MiniBatches(X_train_t, y_train_t, batch_size=128), [(X_val_t, y_val_t)],
                       loss_fn=loss_fn, optimizer=optimizer, scheduler=scheduler, epochs=12,
                       progress=True, live_plot=True)

# %% slideshow={"slide_type": ""}
fig, axes = plt.subplots(1, 2, figsize=(10.5, 3.4))
plotting.plot_history(history, keys=["train_loss", "val_loss"], ax=axes[0], ylabel="mean cross-entropy (no unit)",
                      title="Learning curves")
axes[1].plot(np.arange(1, len(history["lr"]) + 1), history["lr"], marker="o", color=plotting.PALETTE[3])
axes[1].set(xlabel="epoch", ylabel="learning rate α", title="Learning-rate decay (× 0.85 per epoch)")
plt.show()
checks.true(history["val_loss"][-1] < 0.8 * history["val_loss"][0], "the validation loss fell by more than 20 %")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Evaluation on the 3,000 test patients**, side by side with **logistic regression** (a single neuron, fitted by
# scikit-learn on the same standardised data). A probability of 0.5 or more counts as "diabetic".

# %% slideshow={"slide_type": ""}
p_mlp = torch.sigmoid(training.predict(screening_mlp, X_test_s)).numpy().ravel()
logistic = LogisticRegression(max_iter=1000).fit(X_train_s, y_train)
p_logistic = logistic.predict_proba(X_test_s)[:, 1]

comparison = metrics.metrics_table({
    "logistic regression": (y_test, (p_logistic >= 0.5).astype(int)),
    "MLP 8-20-20-1": (y_test, (p_mlp >= 0.5).astype(int)),
})
comparison["ROC AUC"] = [round(metrics.roc_auc(y_test, p), 3) for p in (p_logistic, p_mlp)]
comparison

# %% slideshow={"slide_type": ""}
p_ideal = diabetes_probability(pd.DataFrame(X_test, columns=feature_names))    # the generator's own probability
fig, axes = plt.subplots(1, 3, figsize=(13, 4.0), gridspec_kw={"width_ratios": [1.3, 1, 1]})
for p, name, color in ((p_logistic, "logistic regression", plotting.PALETTE[3]),
                       (p_mlp, "MLP 8-20-20-1", plotting.PALETTE[0]),
                       (p_ideal, "ideal (true probability)", "0.6")):
    fpr, tpr, _ = metrics.roc_curve(y_test, p)
    axes[0].plot(fpr, tpr, color=color, linestyle=":" if "ideal" in name else "-",
                 label=f"{name}: AUC {metrics.roc_auc(y_test, p):.3f}")
axes[0].plot([0, 1], [0, 1], color="0.8", linestyle="--", label="coin toss: AUC 0.5")
axes[0].set(xlabel="1 - specificity (false-positive rate)", ylabel="sensitivity (true-positive rate)",
            title="ROC curves, test patients")
axes[0].legend(loc="lower right", fontsize="small")
plotting.plot_confusion(y_test, (p_logistic >= 0.5).astype(int), ax=axes[1], class_names=("not diabetic", "diabetic"),
                        title="Logistic regression")
plotting.plot_confusion(y_test, (p_mlp >= 0.5).astype(int), ax=axes[2], class_names=("not diabetic", "diabetic"),
                        title="MLP 8-20-20-1")
plt.show()

# %% slideshow={"slide_type": ""}
checks.between(comparison.loc["MLP 8-20-20-1", "ROC AUC"], 0.9, 1.0, name="ROC AUC of the MLP (test)")
checks.true(comparison.loc["MLP 8-20-20-1", "ROC AUC"] > comparison.loc["logistic regression", "ROC AUC"] + 0.05,
            "the MLP's AUC beats logistic regression's by more than 0.05")
checks.between(comparison.loc["MLP 8-20-20-1", "sensitivity"], 0.7, 1.0, name="sensitivity of the MLP at 0.5")
checks.between(comparison.loc["MLP 8-20-20-1", "specificity"], 0.85, 1.0, name="specificity of the MLP at 0.5")

# %% [markdown] slideshow={"slide_type": "subslide"}
# How to read this:
#
# - The MLP beats logistic regression clearly, because the generator hides **non-linear** relations (a risk that climbs
#   steeply above ~135 mg/dL of glucose, and a risk that rises at *both* ends of insulin). A single neuron cannot bend
#   around them. On many real tabular data sets the gap is much smaller: always compare with a simple baseline.
# - The dotted **ideal** curve uses the generator's true probability. No model can beat it, because the label stays
#   partly random given the measurements. Our MLP is close to it.
# - For **screening**, missing a diabetic costs more than an extra confirmatory test. Lowering the threshold trades
#   specificity for sensitivity:

# %% slideshow={"slide_type": ""}
threshold_table = metrics.metrics_table({f"MLP, threshold {th}": (y_test, (p_mlp >= th).astype(int))
                                         for th in (0.5, 0.3, 0.2)})
threshold_table

# %% slideshow={"slide_type": ""}
checks.true(threshold_table.iloc[2]["sensitivity"] >= 0.9 and threshold_table.iloc[2]["specificity"] >= 0.7,
            "at threshold 0.2 the MLP catches at least 90 % of diabetics and still clears 70 % of the others")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 8. Over-fitting, and three remedies
#
# With 10,800 patients and a few hundred weights (exercise 3 counts them), the network above had no room to
# memorise. Make it easy for it to over-fit: only **300** training patients and a much bigger network,
# **8 -> 64 -> 64 -> 1** (4,801 weights), trained for 60 epochs. The 1,200 validation patients tell the truth. Three
# classic remedies:
#
# - **early stopping** (`patience=10`): stop when the validation loss has not improved for 10 epochs and keep the best
#   weights. The source's "stop when the evaluation no longer improves";
# - **weight decay** (an L2 penalty, `weight_decay=0.01`): each step also pulls every weight towards 0, which favours
#   smoother functions;
# - **dropout** (`p = 0.5`): during training, each hidden neuron is switched off at random half of the time, so the network
#   cannot rely on any single one. Dropout is off at evaluation (`model.eval()`, done by `training.fit`).
#
# The best remedy, when possible, is **more data**.

# %% slideshow={"slide_type": ""}
few = np.random.default_rng(0).choice(len(X_train_s), size=300, replace=False)
X_few_t, y_few_t = training.to_tensors(X_train_s[few], y_train[few].reshape(-1, 1))


def big_mlp(dropout=0.0):
    torch.manual_seed(0)
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
overfit_histories, overfit_auc = {}, {}
for name, setting in tqdm(variants.items(), desc="training 4 networks", unit="network"):
    model = big_mlp(setting["dropout"])
    opt = torch.optim.Adam(model.parameters(), lr=3e-3, weight_decay=setting["weight_decay"])
    overfit_histories[name] = training.fit(model, MiniBatches(X_few_t, y_few_t, batch_size=50), [(X_val_t, y_val_t)],
                                           loss_fn=loss_fn, optimizer=opt, epochs=60, patience=setting["patience"],
                                           progress=False)
    overfit_auc[name] = metrics.roc_auc(y_test, torch.sigmoid(training.predict(model, X_test_s)).numpy().ravel())
print(f"the big network has {training.count_parameters(big_mlp()):,} weights for 300 patients")

# %% slideshow={"slide_type": ""}
fig, axes = plt.subplots(1, 4, figsize=(13, 3.4), sharey=True)
for ax, (name, hist) in zip(axes, overfit_histories.items()):
    epochs_run = np.arange(1, len(hist["train_loss"]) + 1)
    ax.plot(epochs_run, hist["train_loss"], color=plotting.PALETTE[0], label="training (300 patients)")
    ax.plot(epochs_run, hist["val_loss"], color=plotting.PALETTE[3], label="validation (1,200)")
    best = int(np.argmin(hist["val_loss"])) + 1
    ax.axvline(best, color="0.5", linestyle=":", label=f"best epoch ({best})")
    ax.set(title=name, xlabel="epoch", xlim=(0, 61), ylim=(0, 1.0))
    ax.legend(fontsize="x-small", loc="upper right")
axes[0].set_ylabel("mean cross-entropy (no unit)")
fig.suptitle("Over-fitting on 300 patients, and three remedies", fontweight="bold")
plt.show()
pd.DataFrame({name: {"epochs run": len(h["val_loss"]), "best validation loss": round(min(h["val_loss"]), 3),
                     "final validation loss": round(h["val_loss"][-1], 3), "test ROC AUC": round(overfit_auc[name], 3)}
              for name, h in overfit_histories.items()}).T

# %% slideshow={"slide_type": ""}
plain = overfit_histories["no remedy"]
checks.true(plain["val_loss"][-1] > min(plain["val_loss"]) + 0.2 and plain["train_loss"][-1] < 0.1,
            "without remedy the training loss goes to ~0 while the validation loss climbs (over-fitting)")
checks.true(len(overfit_histories["early stopping"]["val_loss"]) < 60, "early stopping stopped before epoch 60")
for name in ("weight decay", "dropout"):
    checks.true(overfit_histories[name]["val_loss"][-1] < plain["val_loss"][-1] - 0.15,
                f"{name}: the final validation loss is far below the unprotected network's")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Without protection, the training loss goes to almost 0: the network has memorised 300 patients. Meanwhile the
# validation loss turns around after about 15 epochs and climbs: **over-fitting**. Early stopping keeps the weights from
# the best moment. Weight decay and dropout keep the network from memorising in the first place. Yet none of them
# reaches the AUC of section 7, trained on 36 times more patients.

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
# the same generator here, so this only shows the mechanics).

# %% slideshow={"slide_type": ""}
clinic = make_diabetes_screening(n=600, seed=7)
Xc_train, Xc_test, yc_train, yc_test = train_test_split(clinic[feature_names].to_numpy(dtype=float),
                                                        clinic["Diabetic"].to_numpy(), test_size=0.25,
                                                        random_state=0, stratify=clinic["Diabetic"])
mean_np, std_np = X_train.mean(axis=0), X_train.std(axis=0)             # keep the pre-trained model's scaling
Xc_train_t, yc_train_t = training.to_tensors((Xc_train - mean_np) / std_np, yc_train.reshape(-1, 1))

fine_tuned = copy.deepcopy(screening_mlp)
for parameter in fine_tuned.parameters():
    parameter.requires_grad = False                          # freeze the pre-trained layers
torch.manual_seed(1)
fine_tuned[-1] = torch.nn.Linear(20, 1)                      # a new, trainable output layer
print(f"trainable weights: {training.count_parameters(fine_tuned)} (the new output layer; the others are frozen)")
fine_history = training.fit(fine_tuned, MiniBatches(Xc_train_t, yc_train_t, batch_size=32), loss_fn=loss_fn,
                            lr=0.01, epochs=30, progress=False)
auc_clinic = metrics.roc_auc(yc_test, torch.sigmoid(training.predict(fine_tuned, (Xc_test - mean_np) / std_np))
                             .numpy().ravel())
print(f"ROC AUC on the clinic's 150 test patients after training only the last layer: {auc_clinic:.3f}")

# %% slideshow={"slide_type": ""}
checks.equal(training.count_parameters(fine_tuned), 21, name="trainable weights after freezing (20 weights + 1 bias)")
checks.between(auc_clinic, 0.85, 1.0, name="ROC AUC of the fine-tuned model on the clinic's test patients")

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
shallow_neurons_needed = 2**10 - 1
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
# - **Universal approximation** (Cybenko): one hidden layer can fit any continuous curve given enough neurons. **Depth**
#   can be exponentially more economical (the sawtooth).
# - Train with **mini-batches**, **epochs**, **Adam** and **learning-rate decay**. Evaluate on a held-out **test** set with
#   sensitivity, specificity and ROC AUC, and compare with a simple baseline.
# - **Over-fitting** shows as a validation loss that climbs while the training loss falls. Remedies: early stopping,
#   weight decay, dropout, and above all more data.
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
# 6. The screening MLP has a sensitivity of 80 % at threshold 0.5. How would you make it a better screening tool?
# <details><summary>Answer</summary>Lower the decision threshold (e.g. 0.2 or 0.3): more diabetics are caught (higher
# sensitivity) at the cost of more false alarms (lower specificity), which is usually acceptable for screening
# followed by a confirmatory test. The ROC curve shows every possible trade-off.</details>
#
# **What comes next.** Images have thousands of pixels: a dense layer on a 28 x 28 image already needs hundreds of
# thousands of weights. Notebook 07 introduces **convolutional networks**, which share their weights across the image.
