# %% [markdown] slideshow={"slide_type": "slide"}
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/OWNER/REPOSITORY/blob/main/student/03_perceptron.ipynb)
#
# # 03 · The perceptron
#
# > One artificial neuron learns a blood-count alert, and meets its limits.
#
# **Estimated time:** 75 min · **Prerequisites:** 01, 02
#
# A laboratory system flags blood counts that need a second look. Could a single artificial neuron, the oldest building block of deep learning, learn that rule from examples instead of being programmed by hand? We build one, watch it learn with a few lines of NumPy, check it against PyTorch and scikit-learn, and find the kind of clinical rule it can never learn alone.
#
# **By the end of this notebook you will be able to:**
# - Explain how an artificial neuron mimics a biological one: weighted sum, threshold, bias as $w_0$ on $x_0 = 1$
# - Compute a neuron's output by hand on a blood count and explain why the sigmoid replaces the step
# - Compare squared-error and cross-entropy losses and apply the update $w \leftarrow w - \alpha\,\partial \text{Loss}/\partial w$
# - Train a neuron from scratch with stochastic gradient descent, read its learning curves, decide when to stop and choose its alert threshold on a ROC curve, all on validation data
# - Recognise problems that one neuron cannot solve (XOR, a normal-range box)
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
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import torch
from matplotlib.patches import Polygon, Rectangle
from sklearn.model_selection import train_test_split

import course_utils
from course_utils import checks, i18n, metrics, neuron, plotting, training, widgets
from course_utils.datasets import REFERENCE_RANGES, load_blood_counts
from course_utils.exercises import ____
from course_utils.exercises.perceptron import exercise_1, exercise_2, exercise_3
from course_utils.reference import activations, gradients, losses

course_utils.setup(lang="en")


# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. From a biological neuron to an artificial one
#
# A **neuron** (nerve cell) receives signals from other neurons through its **dendrites**. The cell body adds
# up these stimulations. If the total exceeds a **threshold**, the neuron fires an **action potential** along its
# **axon**; below the threshold, nothing happens. It is all or nothing.
#
# Some connections (synapses) are strong and others weak, and some excite while others inhibit. The brain learns,
# in part, by changing the strength of these connections.

# %% [markdown] slideshow={"slide_type": "subslide"}
# In 1957 the psychologist Frank Rosenblatt turned this into a learning machine, the **perceptron**, building on
# the threshold neuron that McCulloch and Pitts had described in 1943. It is a mathematical caricature of a
# neuron, not a model of the brain:
#
# | biological neuron | artificial neuron |
# | --- | --- |
# | signals arriving on the dendrites | inputs $x_1, \dots, x_n$ (numbers, e.g. lab values) |
# | strength of each synapse (excitatory > 0, inhibitory < 0) | weights $w_1, \dots, w_n$ |
# | the cell body sums the stimulation | weighted sum $z = w_1 x_1 + \dots + w_n x_n$ |
# | fires if the sum exceeds a threshold | output $1$ if $z \ge \theta$, else $0$ |
# | learning changes synaptic strength | learning changes the weights |

# %% [markdown] slideshow={"slide_type": "subslide"}
# The perceptron's rule, with threshold $\theta$ (theta):
#
# $$
# \text{output} = \begin{cases} 1 & \text{if } w_1 x_1 + w_2 x_2 + \dots + w_n x_n \ge \theta \\
# 0 & \text{if } w_1 x_1 + w_2 x_2 + \dots + w_n x_n < \theta \end{cases}
# $$
#
# The function that turns $z$ into the output is the **activation function**. Here it is a **step function**
# (fonction seuil): it jumps from 0 to 1 at $\theta$. In NumPy this is two lines:

# %% slideshow={"slide_type": ""}
def perceptron_with_threshold(x, w, theta):
    z = np.dot(w, x)                  # weighted sum of the inputs
    return 1 if z >= theta else 0     # step activation: fire or stay silent


# three inputs, two excitatory weights and one inhibitory weight
print(perceptron_with_threshold(x=[1.0, 0.5, 2.0], w=[0.8, 0.4, -0.3], theta=0.3))   # z = 0.40: fires
print(perceptron_with_threshold(x=[1.0, 0.5, 3.0], w=[0.8, 0.4, -0.3], theta=0.3))   # z = 0.10: more inhibition, silent

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. The bias: the threshold becomes a weight $w_0$ on an input $x_0 = 1$
#
# Learning a threshold *and* weights means two kinds of parameters. A small trick turns them into one kind.
# Move $\theta$ to the left-hand side:
#
# $$
# w_1 x_1 + \dots + w_n x_n \ge \theta \iff \underbrace{(-\theta)}_{w_0} \cdot \underbrace{1}_{x_0} + w_1 x_1 + \dots + w_n x_n \ge 0 .
# $$
#
# We add a made-up input $x_0 = 1$ that is always on, with weight $w_0 = -\theta$. This $w_0$ is the **bias**.
# The threshold is now always 0, and the neuron's output is $g(z)$ with
#
# $$ z = \sum_{i=0}^{n} w_i x_i = \mathbf{w} \cdot \mathbf{x}, \qquad \mathbf{x} = (1, x_1, \dots, x_n),\ \mathbf{w} = (w_0, w_1, \dots, w_n).$$
#
# The capital sigma $\sum_{i=0}^{n}$ means "add up, for $i$ from 0 to $n$". Bold letters are lists of numbers
# (vectors), and $\mathbf w \cdot \mathbf x$, the **dot product**, multiplies the two lists term by term and adds
# up the products: exactly the weighted sum. NumPy writes it `w @ x`.
#
# Let us check on 1,000 random inputs that both versions always agree.

# %% slideshow={"slide_type": ""}
rng = np.random.default_rng(0)
w_demo, theta_demo = np.array([0.8, 0.4, -0.3]), 0.3
X_demo = rng.normal(size=(1000, 3))

with_threshold = np.array([perceptron_with_threshold(x, w_demo, theta_demo) for x in X_demo])
X_demo_1 = np.column_stack([np.ones(len(X_demo)), X_demo])        # prepend x0 = 1 to every row
w_demo_bias = np.concatenate([[-theta_demo], w_demo])              # w0 = -theta
with_bias = (X_demo_1 @ w_demo_bias >= 0).astype(int)              # threshold 0

print(f"decisions that differ: {np.sum(with_threshold != with_bias)} out of {len(X_demo)}")
checks.true(np.array_equal(with_threshold, with_bias), "the bias w0 = -theta on x0 = 1 gives the same decisions")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. A clinical example: the blood-count alert
#
# Goal: raise an **alert** when a blood count looks abnormal and deserves a second look. As in the source
# course, we simplify on purpose and keep only a few values:
#
# - **red blood cells** (erythrocytes, *hématies*), in millions per mm³ (x10⁶/mm³);
# - **white blood cells** (leukocytes, *leucocytes*), in thousands per mm³ (x10³/mm³);
# - **haemoglobin**, in g/dL (used from section 7 on);
# - **sex**, coded **1 = male, 2 = female** as in the source slides.
#
# The data are **synthetic** (made by a program from textbook rules, see `data/README.md`): 1,000 made-up
# patients. The label `alert` is 1 when any value lies outside its adult reference range for that sex.

# %% slideshow={"slide_type": ""}
blood = load_blood_counts()
print(f"{len(blood)} synthetic patients, {blood.alert.mean():.0%} with alert = 1")
blood.head()

# %% slideshow={"slide_type": ""}
ranges = pd.DataFrame({
    name: {("male" if sex == 1 else "female"): f"{low:g} - {high:g}" for sex, (low, high) in by_sex.items()}
    for name, by_sex in REFERENCE_RANGES.items()
}).T
ranges["unit"] = ["x10⁶/mm³", "x10³/mm³", "g/dL"]
ranges   # reference ranges used by the label (they vary between laboratories)

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### The neuron for this task
#
# Three inputs (red cells $x_1$, white cells $x_2$, sex $x_3$) plus the bias input $x_0 = 1$, four weights,
# a weighted sum and an activation. The output $h_{\mathbf w}(\mathbf x)$ ("h" for hypothesis) should be close to
# 1 for an alert and close to 0 otherwise.

# %% slideshow={"slide_type": ""}
fig, ax = plt.subplots(figsize=(7.5, 3.6))
neuron.draw_neuron(ax, ["$x_0 = 1$ (bias input)", "red cells $x_1$", "white cells $x_2$", "sex $x_3$"],
                   weights=[1, 2, 3, -4], output_name="alert?\n$h_w(x)$",
                   title="The blood-count neuron with the weights of the worked example")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Worked example: weights chosen at random
#
# Before learning, the weights are set at random. The source slides use
# $\mathbf w = (w_0, w_1, w_2, w_3) = (1, 2, 3, -4)$ and a short table of four patients, labelled by hand.
# We first check those labels against the reference ranges above. The slides give no haemoglobin, so only the
# red and white cells count here.

# %% slideshow={"slide_type": ""}
slide_rows = pd.DataFrame({"red_cells": [3.1, 4.2, 4.6, 1.9], "white_cells": [5.3, 6.2, 7.5, 4.4],
                           "sex": [1, 2, 2, 2], "alert (slide)": [1, 0, 0, 1]})


def alert_by_ranges(red_cells, white_cells, sex):
    # 1 if the red or the white cells lie outside the reference range for this sex, else 0
    (red_low, red_high) = REFERENCE_RANGES["red_cells"][sex]
    (white_low, white_high) = REFERENCE_RANGES["white_cells"][sex]
    return int(not (red_low <= red_cells <= red_high and white_low <= white_cells <= white_high))


slide_rows["alert (our ranges)"] = [alert_by_ranges(row.red_cells, row.white_cells, row.sex)
                                    for row in slide_rows.itertuples()]
slide_rows

# %% slideshow={"slide_type": ""}
checks.true((slide_rows["alert (slide)"] == slide_rows["alert (our ranges)"]).all(),
            "the slides' labels agree with our reference ranges: the man (3.1) and the last woman (1.9) have red cells "
            "below their range (possible anaemia)")

# %% [markdown] slideshow={"slide_type": "subslide"}
# We follow the **second** patient: a woman (sex = 2) with **4.2 x10⁶ red cells/mm³** and **6.2 x10³ white
# cells/mm³**. Both values lie inside her reference ranges, so the wanted output is $y = 0$: no alert. With the
# sigmoid activation $g(z) = 1 / (1 + e^{-z})$ (section 4 explains why; $e \approx 2.718$ is the base of the
# exponential function):
#
# $$ z = 1 \times 1 + 2 \times 4.2 + 3 \times 6.2 + (-4) \times 2 = 20.0, \qquad h = g(20.0) \approx 1 .$$

# %% slideshow={"slide_type": ""}
w_slide = np.array([1.0, 2.0, 3.0, -4.0])        # (w0, w1, w2, w3): the slides' random weights
woman = slide_rows.iloc[1]                        # the second row of the table
x_patient = np.array([1.0, woman.red_cells, woman.white_cells, woman.sex])   # (x0 = 1, red, white, sex = 2)
y_patient = int(woman["alert (our ranges)"])      # the wanted output: 0, no alert

z_patient = w_slide @ x_patient                   # the weighted sum
h_patient = 1 / (1 + np.exp(-z_patient))          # the sigmoid
print(f"z = {z_patient:.1f}   h = {h_patient:.9f}   wanted output y = {y_patient}")

# %% slideshow={"slide_type": ""}
checks.close(z_patient, 20.0, tol=1e-9, name="z for the worked example")
checks.between(h_patient, 0.9999, 1.0, name="h for the worked example")
checks.true(y_patient == 0, "the woman of the worked example is inside her reference ranges: wanted output 0")

# %% [markdown] slideshow={"slide_type": "subslide"}
# The slides round $h$ to 0.9999 and draw the lesson: the neuron answers (almost) **1 when 0 was wanted**. The
# weights are wrong and must change. But how?
#
# First, a look at the whole table. With these random weights the neuron says "alert" to **everyone**: it is
# right for the two patients with low red cells only by luck, and wrong for both healthy women.

# %% slideshow={"slide_type": ""}
X_rows = np.column_stack([np.ones(4), slide_rows[["red_cells", "white_cells", "sex"]]])
slide_rows["h = sigmoid(z)"] = (1 / (1 + np.exp(-(X_rows @ w_slide)))).round(6)  # z itself: exercise 1
slide_rows   # every row gets h close to 1: the random neuron cannot tell anyone apart

# %% slideshow={"slide_type": ""}
checks.true(slide_rows["h = sigmoid(z)"].min() > 0.999,
            "with the random weights every patient gets h > 0.999, even the two healthy women (wanted 0)")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. Why the step function is not enough
#
# Rosenblatt's step gives 0 or 1. Three problems when we want a neuron that **learns**:
#
# 1. **No slope to follow.** The step is flat everywhere (slope 0) and jumps at the threshold, where it has no
#    derivative at all. Learning will follow the slope of the error (section 6); a flat function gives no
#    direction.
# 2. **Too binary.** $z = 0.01$ and $z = 100$ give the same answer, 1. A patient just over the line and one far
#    over it look identical.
# 3. **No probability.** We would like "the probability of an alert is 0.8", not a bare yes/no.
#
# The **sigmoid** (logistic function) fixes all three. It is smooth, it rises gradually from 0 to 1, and it
# crosses 0.5 at $z = 0$:
#
# $$ g(z) = \sigma(z) = \frac{1}{1 + e^{-z}}, \qquad \sigma'(z) = \sigma(z)\,\bigl(1 - \sigma(z)\bigr).$$
#
# $\sigma'(z)$, read "sigma prime of z", is the **derivative** of $\sigma$: the slope of its curve at $z$. The
# formula on the right is derived step by step in section 6. The slope is largest, $0.5 \times 0.5 = 0.25$, at
# $z = 0$, and close to 0 far from it.

# %% slideshow={"slide_type": ""}
z_axis = np.linspace(-8, 8, 401)
fig, ax = plt.subplots(figsize=(7, 3.8))
ax.plot(z_axis, activations.step(z_axis), label="step (Rosenblatt 1957)", color=plotting.OKABE_ITO["black"],
        drawstyle="steps-post")
ax.plot(z_axis, activations.sigmoid(z_axis), label=r"sigmoid $\sigma(z)$", color=plotting.OKABE_ITO["green"])
sig = activations.sigmoid(z_axis)
ax.plot(z_axis, sig * (1 - sig), label=r"slope of the sigmoid $\sigma'(z)$", color=plotting.OKABE_ITO["green"],
        linestyle="--")
ax.axhline(0.5, color="0.6", linewidth=0.8)
ax.set(xlabel="weighted sum z (no unit)", ylabel="value (no unit): output h, or slope σ'",
       title="Step vs sigmoid: the sigmoid is smooth and has a slope everywhere")
ax.legend(loc="center right")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Other activation functions** exist and are compared in notebook 06: the hyperbolic tangent
# $\tanh$ (output between -1 and 1), **ReLU** $\max(0, z)$ (the default inside deep networks), and variants
# (leaky ReLU, ELU, softmax for several classes). For a single yes/no output, the sigmoid stays the usual choice.
#
# The step and the sigmoid belong to one family, the **sigmoidal** ("S-shaped") functions: curves that go from
# 0 far to the left to 1 far to the right. The step is the most abrupt member; the sigmoid is a smooth one.
# $\tanh$ is the same S rescaled to run from -1 to 1: $\tanh(z) = 2\,\sigma(2z) - 1$, as the next cell checks.
# The family returns in notebook 06: Cybenko's theorem (1989) says that a weighted sum of enough continuous
# sigmoidal neurons can follow any continuous curve over a bounded range of inputs, as closely as we want.

# %% slideshow={"slide_type": ""}
fig, axes = plt.subplots(1, 4, figsize=(11, 2.8), sharex=True)
for ax, name in zip(axes, ("step", "sigmoid", "tanh", "relu")):
    g, _ = activations.activation(name)  # the function and its slope
    ax.plot(z_axis, g(z_axis), color=plotting.OKABE_ITO["green"])
    ax.set(title=name, xlabel="z (no unit)")
axes[0].set_ylabel("g(z) (no unit)")
fig.suptitle("Four activation functions: step, sigmoid and tanh are S-shaped", fontweight="bold")
plt.show()
checks.close(np.tanh(z_axis), 2 * activations.sigmoid(2 * z_axis) - 1, tol=1e-12,
             name="tanh(z) = 2 sigmoid(2z) - 1: tanh is a stretched sigmoid")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Measuring the error: loss functions
#
# To improve the weights we first need one number that says how wrong the neuron is on a patient: the
# **loss** (fonction de perte). It compares the target $y$ (0 or 1) with the prediction $h$ (between 0 and 1).
#
# - **Squared error**, the classic choice for regression (notebook 02):
#   $\displaystyle \text{Loss}(y, h) = \tfrac12\,(y - h)^2$.
# - **Cross-entropy** (entropie croisée), the usual choice for classification:
#   $\displaystyle \text{Loss}(y, h) = -\,y \log h - (1 - y) \log(1 - h)$.
#
# For $y = 1$ only the first term remains, $-\log h$; for $y = 0$ only the second, $-\log(1 - h)$
# ($\log$ is the natural logarithm).

# %% slideshow={"slide_type": ""}
h_axis = np.linspace(0.001, 0.999, 500)
fig, axes = plt.subplots(1, 2, figsize=(10, 3.8), sharey=True)
for ax, target in zip(axes, (1, 0)):
    color = (plotting.NEGATIVE_COLOR, plotting.POSITIVE_COLOR)[target]   # the colour of the wanted class
    ax.plot(h_axis, losses.cross_entropy(target, h_axis), color=color, label="cross-entropy")
    ax.plot(h_axis, losses.squared_error(target, h_axis), color=color, linestyle="--", label="squared error")
    ax.set(xlabel="prediction h (probability of an alert)", title=f"target y = {target}",
           ylim=(0, 5))
    ax.legend()
axes[0].set_ylabel("loss (no unit)")
fig.suptitle("Both losses are 0 for a perfect prediction; cross-entropy punishes confident mistakes far more",
             fontweight="bold")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# Back to the worked example: the healthy woman, target $y = 0$, prediction $h \approx 1$. How wrong is that,
# according to each loss?

# %% slideshow={"slide_type": ""}
ce_slide = losses.cross_entropy(y_patient, h_patient)
se_slide = losses.squared_error(y_patient, h_patient)
print(f"target y = {y_patient}, h = {h_patient:.9f}: cross-entropy = {float(ce_slide):.2f}   "
      f"squared error = {float(se_slide):.4f}")
print(f"slope for w0 (section 6): cross-entropy h - y = {h_patient - y_patient:.2f}   "
      f"squared error (h - y) h (1 - h) = {(h_patient - y_patient) * h_patient * (1 - h_patient):.1e}")
checks.close(se_slide, 0.5, tol=1e-6, name="squared error of the worked example: its maximum, 1/2")
checks.close(ce_slide, z_patient, tol=0.01, name="cross-entropy of the worked example: about z itself")

# %% [markdown] slideshow={"slide_type": "fragment"}
# The squared error can never exceed $\tfrac12$, whatever the mistake, and here it sits at that ceiling.
# Cross-entropy grows without limit as a wrong prediction becomes more confident. Here it is about 20, the value
# of $z$ itself: when $z$ is large, $1 - h = e^{-z} / (1 + e^{-z})$ is almost $e^{-z}$, and
# $-\log(e^{-z}) = z$.
#
# Yet what moves a weight is not the loss but its **slope** (section 6; the values are printed above). For $w_0$,
# with cross-entropy the slope is $h - y \approx 1$; with squared error it is
# $(h - y)\,h\,(1 - h) \approx 2 \times 10^{-9}$. Trained on squared error, this confidently wrong neuron would
# barely move.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. How the neuron learns: follow the slope of the loss
#
# Picture the loss as a curve over one weight $w$. The **derivative** $\partial\text{Loss}/\partial w$ (read
# "d Loss by d w") is the slope of that curve. The curly $\partial$ reminds us that the neuron has other weights,
# held fixed while $w$ moves. The slope tells which way is downhill:
#
# - slope > 0: the loss increases with $w$, so decrease $w$;
# - slope < 0: increase $w$;
# - slope ≈ 0: we are at the bottom (or on a flat stretch, like the far left of the curve below).
#
# The **update rule** takes a small step against the slope:
#
# $$ w_i \leftarrow w_i - \alpha \, \frac{\partial \text{Loss}}{\partial w_i} \qquad \text{for every weight } w_i .$$
#
# $\alpha$ is the **learning rate** (taux d'apprentissage): how big a step we take. We choose it before
# training, so it is a **hyper-parameter**. The list of the slopes of all the weights is the **gradient**
# (written $\nabla \text{Loss}$, "nabla"), hence the name **gradient descent**, which notebook 04 studies in
# detail. Below, the slope for the worked example, when only the bias $w_0$ moves.

# %% slideshow={"slide_type": ""}
w0_axis = np.linspace(-30, 6, 300)
W_scan = np.tile(w_slide, (len(w0_axis), 1))
W_scan[:, 0] = w0_axis                                     # vary only the bias w0
loss_scan = losses.cross_entropy(y_patient, activations.sigmoid(W_scan @ x_patient))
slope_now = (h_patient - y_patient) * x_patient[0]      # dLoss/dw0 = (h - y) * x0 (derived just below)

fig, ax = plt.subplots(figsize=(7, 3.8))
ax.plot(w0_axis, loss_scan, color=plotting.OKABE_ITO["green"],
        label=f"cross-entropy for the worked example (target {y_patient})")
ax.plot(w_slide[0], float(ce_slide), "o", color=plotting.OKABE_ITO["orange"],
        label=f"now: $w_0$ = 1, slope = {i18n.number(slope_now, '.2f')}")
tangent = np.linspace(-5, 5, 2)
ax.plot(w_slide[0] + tangent, float(ce_slide) + slope_now * tangent, color=plotting.OKABE_ITO["orange"],
        linestyle="--")
ax.annotate("", xy=(-5, float(ce_slide) - 6), xytext=(0.3, float(ce_slide) - 0.7),
            arrowprops=dict(arrowstyle="->", linewidth=2, color="black"))
ax.text(-19, float(ce_slide) - 2, "a step against the slope:\n$w_0$ decreases, the loss falls", ha="left")
ax.set(xlabel="bias weight $w_0$ (no unit)", ylabel="loss (no unit)",
       title="The loss as a function of one weight: downhill is to the left")
ax.legend(loc="upper left")
plt.show()


# %% [markdown] slideshow={"slide_type": "subslide"}
# ### The gradient for a sigmoid neuron with cross-entropy
#
# A weight $w_i$ acts on the loss through a chain: $w_i$ changes $z = \mathbf w \cdot \mathbf x$, $z$ changes
# $h = \sigma(z)$, and $h$ changes the loss. The **chain rule** says that slopes along a chain **multiply**: if
# $z$ moves 3 times as fast as $w_i$, and $h$ moves 0.2 times as fast as $z$, then $h$ moves $3 \times 0.2 = 0.6$
# times as fast as $w_i$. (Notebook 05 is devoted to this rule; here we only need it once.) Three slopes, each
# from high-school calculus:
#
# 1. $z = w_0 x_0 + \dots + w_i x_i + \dots + w_n x_n$. When only $w_i$ moves, only the term $w_i x_i$ changes,
#    so $\dfrac{\partial z}{\partial w_i} = x_i$.
# 2. $h = \sigma(z) = \dfrac{1}{1 + e^{-z}}$. With $\left(\dfrac1u\right)' = -\dfrac{u'}{u^2}$ and
#    $\left(e^{-z}\right)' = -e^{-z}$:
#    $\sigma'(z) = \dfrac{e^{-z}}{(1 + e^{-z})^2} = \dfrac{1}{1 + e^{-z}} \times \dfrac{e^{-z}}{1 + e^{-z}}$.
#    The first factor is $h$; the second is $1 - h$, because $\dfrac{e^{-z}}{1 + e^{-z}} = \dfrac{(1 + e^{-z}) - 1}{1 + e^{-z}} = 1 - \dfrac{1}{1 + e^{-z}}$.
#    So $\dfrac{\partial h}{\partial z} = h\,(1 - h)$.
# 3. $\text{Loss} = -\,y \log h - (1 - y) \log(1 - h)$. With $(\log u)' = \dfrac{u'}{u}$ (the slope of $1 - h$
#    with respect to $h$ is $-1$): $\dfrac{\partial \text{Loss}}{\partial h} = -\dfrac{y}{h} + \dfrac{1 - y}{1 - h}$.
#
# Multiply the three slopes, then expand:
#
# $$
# \frac{\partial \text{Loss}}{\partial w_i}
# = \left(-\frac{y}{h} + \frac{1 - y}{1 - h}\right) \cdot h\,(1 - h) \cdot x_i
# = \bigl(-y\,(1 - h) + (1 - y)\,h\bigr)\, x_i
# = (-y + yh + h - yh)\, x_i
# = -\,(y - h)\, x_i .
# $$
#
# The result is short and readable. The step on $w_i$ is proportional to the **error** $y - h$ and to the
# **input** $x_i$. An input that was 0 changes nothing, and a perfect prediction ($h = y$) changes nothing.
#
# Before trusting it we check the formula two independent ways:
#
# - a **finite-difference** estimate: nudge each weight up and down by a tiny amount $\varepsilon$ (epsilon, here
#   $10^{-6}$) and divide the change of the loss by the change of the weight, $2\varepsilon$;
# - PyTorch's **autograd**, which differentiates the same loss automatically.

# %% slideshow={"slide_type": ""}
def gradient_one_patient(w, x, y):
    h = 1 / (1 + np.exp(-(w @ x)))
    return -(y - h) * x            # dLoss/dw_i = -(y - h) x_i, for every i at once


def loss_one_patient(w, x, y):
    h = 1 / (1 + np.exp(-(w @ x)))
    return -y * np.log(h) - (1 - y) * np.log(1 - h)


# a made-up patient with three standardised inputs (standardising: section 7) and moderate weights, so that h
# is not saturated
w_check = np.array([0.2, -0.5, 0.8, 0.3])
x_check = np.array([1.0, -1.2, 0.4, 0.9])
grad_formula = gradient_one_patient(w_check, x_check, y=1)
grad_numeric = gradients.numerical_gradient(lambda w: loss_one_patient(w, x_check, 1), w_check, eps=1e-6)

w_t = torch.tensor(w_check, requires_grad=True)
loss_t = torch.nn.functional.binary_cross_entropy_with_logits(w_t @ torch.tensor(x_check), torch.tensor(1.0, dtype=torch.float64))
loss_t.backward()
print("formula          :", grad_formula.round(6))
print("finite difference:", grad_numeric.round(6))
print("torch autograd   :", w_t.grad.numpy().round(6))

# %% slideshow={"slide_type": ""}
checks.close(grad_formula, grad_numeric, tol=1e-7, name="gradient formula vs finite differences")
checks.close(grad_formula, w_t.grad.numpy(), tol=1e-10, name="gradient formula vs torch autograd")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7. Training the neuron on blood counts
#
# To see the decision on a flat screen we keep **two inputs**: **red cells** and **haemoglobin**. We ask the
# neuron for a *low-count* alert: red cells **or** haemoglobin below the lower limit for the patient's sex
# (e.g. < 4.5 x10⁶/mm³ or < 13 g/dL for a man). This roughly means "possible anaemia". The full alert, which also
# fires on values that are too *high*, is the subject of section 10.
#
# First we split the patients three ways (notebooks 01 and 02):
#
# - 60 % to **train**: the neuron learns its weights from them;
# - 20 % for **validation**: to watch training and make every choice (when to stop, where to put the alert
#   threshold);
# - 20 % for the **test**: locked away until the final report at the end of this section, and used once.

# %% slideshow={"slide_type": ""}
male = blood.sex.to_numpy() == 1
low_red = np.where(male, REFERENCE_RANGES["red_cells"][1][0], REFERENCE_RANGES["red_cells"][2][0])
low_hb = np.where(male, REFERENCE_RANGES["haemoglobin"][1][0], REFERENCE_RANGES["haemoglobin"][2][0])
y_low = ((blood.red_cells.to_numpy() < low_red) | (blood.haemoglobin.to_numpy() < low_hb)).astype(int)
X_raw = blood[["red_cells", "haemoglobin"]].to_numpy()

patients = np.arange(len(blood))                  # split patient numbers, so that every table can reuse the split
idx_rest, idx_test = train_test_split(patients, test_size=0.2, random_state=0, stratify=y_low)
idx_train, idx_val = train_test_split(idx_rest, test_size=0.25, random_state=0, stratify=y_low[idx_rest])
X_train_raw, X_val_raw, X_test_raw = X_raw[idx_train], X_raw[idx_val], X_raw[idx_test]
y_train, y_val, y_test = y_low[idx_train], y_low[idx_val], y_low[idx_test]
for name, y_part in (("train", y_train), ("validation", y_val), ("test", y_test)):
    print(f"{name:>10}: {len(y_part)} patients, {y_part.sum()} low counts ({y_part.mean():.0%})")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Standardising** (as in notebook 02): the two inputs have different spreads, printed below in their own units.
# One step size $\alpha$ suits both only when they live on the same scale. We therefore replace each value by its
# distance to the mean, counted in standard deviations. The mean and standard deviation come from the
# **training** patients only, so that nothing leaks from the validation or test patients.

# %% slideshow={"slide_type": ""}
X_train, X_val, X_test = training.standardize(X_train_raw, X_val_raw, X_test_raw)
train_mean, train_std = X_train_raw.mean(axis=0), X_train_raw.std(axis=0)
X1_train = np.column_stack([np.ones(len(X_train)), X_train])     # x0 = 1 in front: the bias input
X1_val = np.column_stack([np.ones(len(X_val)), X_val])
X1_test = np.column_stack([np.ones(len(X_test)), X_test])
print(f"standard deviations (training patients): red cells {train_std[0]:.2f} x10⁶/mm³, "
      f"haemoglobin {train_std[1]:.2f} g/dL")
print("one standardised training patient (x0, red cells, haemoglobin):", X1_train[0].round(2))

# %% slideshow={"slide_type": ""}
RED_LIM, HB_LIM = (1.5, 7.5), (7.5, 20.0)   # plotting window: x10⁶/mm³ and g/dL
fig, ax = plt.subplots(figsize=(7, 4.4))
for label, name, color in ((0, "no low-count alert", plotting.NEGATIVE_COLOR),
                           (1, "low-count alert", plotting.POSITIVE_COLOR)):
    mask = y_train == label
    ax.scatter(X_train_raw[mask, 0], X_train_raw[mask, 1], s=14, color=color,
               alpha=0.7, edgecolor="white", linewidth=0.3, label=name)
for sex, style, grey in ((1, "--", "0.3"), (2, ":", "0.6")):
    ax.axvline(REFERENCE_RANGES["red_cells"][sex][0], color=grey, linestyle=style, linewidth=1.2,
               label=f"lower limits, {('men', 'women')[sex - 1]}")
    ax.axhline(REFERENCE_RANGES["haemoglobin"][sex][0], color=grey, linestyle=style, linewidth=1.2)
ax.set(xlim=RED_LIM, ylim=HB_LIM, xlabel="red blood cells (x10⁶/mm³)", ylabel="haemoglobin (g/dL)",
       title="Training patients: a straight line should separate the two groups well")
ax.legend(loc="upper left", fontsize="small")
plt.show()


# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Stochastic gradient descent, written out
#
# The algorithm of the source course, step by step:
#
# 1. Set aside the data used to evaluate (done: validation and test).
# 2. Initialise the weights. We start from deliberately bad ones, $(1, 2, 3)$, in the spirit of the slide.
# 3. Until training is finished:
#    - pick a training patient $(\mathbf x_t, y_t)$ (in a shuffled order);
#    - predict $h = \sigma(\mathbf w \cdot \mathbf x_t)$;
#    - compute the gradient $-(y_t - h)\,\mathbf x_t$;
#    - update $\mathbf w \leftarrow \mathbf w - \alpha \cdot \text{gradient}$;
#    - every so often, evaluate the neuron: mean loss on the training patients, mean loss and error rate on the
#      **validation** patients.
#
# The slides evaluate on "test data (validation)" during training. Because this evaluation steers decisions
# (when to stop), it must use validation data; the test set stays out of the loop.
#
# It is called **stochastic** (random) because each step looks at one randomly chosen patient, not the whole
# table. One pass through all training patients is an **epoch**.

# %% slideshow={"slide_type": ""}
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def mean_cross_entropy(X1, y, w):
    h = sigmoid(X1 @ w)
    return np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h))


def train_neuron(X1, y, X1_val, y_val, w_start, alpha=0.02, max_epochs=8, eval_every=25,
                 target_error=None, patience=None, seed=0):
    # Stochastic gradient descent for one sigmoid neuron; returns the weights, the history and why it stopped.
    rng = np.random.default_rng(seed)
    w = np.array(w_start, dtype=float)
    history = {"step": [], "train_loss": [], "val_loss": [], "val_error": []}
    best_val_loss, checks_without_progress, step = np.inf, 0, 0
    for _epoch in range(max_epochs):
        for t in rng.permutation(len(X1)):              # shuffled order, one patient at a time
            h = sigmoid(X1[t] @ w)                       # predict
            gradient = -(y[t] - h) * X1[t]               # dLoss/dw for this patient
            w = w - alpha * gradient                     # step downhill
            step += 1
            if step % eval_every == 0:                   # evaluate the current neuron
                val_loss = mean_cross_entropy(X1_val, y_val, w)
                val_error = np.mean((sigmoid(X1_val @ w) >= 0.5) != y_val)
                history["step"].append(step)
                history["train_loss"].append(mean_cross_entropy(X1, y, w))
                history["val_loss"].append(val_loss)
                history["val_error"].append(val_error)
                # stopping rules (section 7.2), both on the validation patients
                if target_error is not None and val_error <= target_error:
                    return w, history, f"target reached: validation error {val_error:.1%} <= {target_error:.0%}"
                if patience is not None:
                    if val_loss < best_val_loss - 1e-3:
                        best_val_loss, checks_without_progress = val_loss, 0
                    else:
                        checks_without_progress += 1
                    if checks_without_progress >= patience:
                        return w, history, f"no progress for {patience} evaluations"
    return w, history, f"maximum of {max_epochs} epochs reached"


w_start = np.array([1.0, 2.0, 3.0])       # (w0, w_red, w_hb): bad on purpose
w_sgd, history, reason = train_neuron(X1_train, y_train, X1_val, y_val, w_start)
print(f"stopped: {reason} after {history['step'][-1]} updates")
print("learned weights (w0, w_red, w_hb) on standardised inputs:", w_sgd.round(2))

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### 7.1 Learning curves
#
# If all goes well the mean loss falls with the number of updates, on the training patients and on the
# validation patients, and so does the error rate on the validation patients. These **learning curves** are the
# first thing to look at after any training.

# %% slideshow={"slide_type": ""}
steps = np.array(history["step"])
fig, axes = plt.subplots(1, 2, figsize=(11, 3.6))
axes[0].plot(steps, history["train_loss"], color=plotting.OKABE_ITO["green"], label="training patients")
axes[0].plot(steps, history["val_loss"], color=plotting.OKABE_ITO["purple"], linestyle="--",
             label="validation patients")
axes[0].set(xlabel="updates (one patient each)", ylabel="mean cross-entropy (no unit)",
            title="Loss", ylim=(0, None))
axes[0].legend()
axes[1].plot(steps, 100 * np.array(history["val_error"]), color=plotting.OKABE_ITO["purple"])
axes[1].axhline(4, color="0.4", linestyle=":", label="4 % target (section 7.2)")
axes[1].set(xlabel="updates (one patient each)", ylabel="validation error (% of patients)",
            title="Error on the validation patients", ylim=(0, None))
axes[1].legend()
fig.suptitle(f"Learning curves of the perceptron (learning rate α = 0.02, {len(X1_train)} updates per epoch)",
             fontweight="bold")
plt.show()

# %% slideshow={"slide_type": ""}
share_low = y_train.mean()              # a neuron that ignores the lab values gives every patient h = this share
constant_loss = -(share_low * np.log(share_low) + (1 - share_low) * np.log(1 - share_low))
checks.true(history["train_loss"][-1] < 0.5 * constant_loss,
            "the training loss fell below half that of a neuron that ignores the lab values (bias only)")
checks.between(history["val_error"][0], 0.5, 1.0, name="validation error of the bad starting weights")
checks.between(history["val_error"][-1], 0.0, 0.08, name="validation error after training")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### 7.2 When should training stop?
#
# The loop above ran a fixed number of epochs. The source course suggests stopping, based on the evaluation,
# when:
#
# - the error is **good enough**: below a target $n$ % fixed *in advance* (here 4 %); or
# - the evaluation **no longer improves** (here: the validation loss has not dropped by 0.001 for 10
#   evaluations in a row). Training may have converged, but to an error still too high, or it may not converge
#   at all.
#
# Both rules look at the validation patients, never at the test patients.

# %% slideshow={"slide_type": ""}
w_target, hist_target, reason_target = train_neuron(X1_train, y_train, X1_val, y_val, w_start,
                                                    target_error=0.04)
w_patience, hist_patience, reason_patience = train_neuron(X1_train, y_train, X1_val, y_val, w_start,
                                                          patience=10)
print(f"rule 'target error':  {reason_target} -> stopped after {hist_target['step'][-1]} updates")
print(f"rule 'no progress':   {reason_patience} -> stopped after {hist_patience['step'][-1]} updates")
print(f"no rule:              {reason} -> {history['step'][-1]} updates")
print(f"lowest validation error seen during training: {min(history['val_error']):.1%}")

# %% slideshow={"slide_type": ""}
checks.true(min(history["val_error"]) > 0.04 and hist_target["step"][-1] == history["step"][-1],
            "the 4 % target is never reached on the validation patients: that rule alone would never stop")
checks.true(hist_patience["step"][-1] < history["step"][-1],
            "the 'no progress' rule ends training before the maximum number of epochs")

# %% [markdown] slideshow={"slide_type": "fragment"}
# The 4 % target was never reached: the validation error levelled off above it (lowest value printed above), and
# so it did with each of the 22 shuffle orders we tried. On its own, that rule would never stop, which is why a
# maximum number of epochs always stays as a safety net. This is the slides' last case: training converged, but to
# an error that is still too high for the target. The "no progress" rule stopped after about half the updates, once
# the validation loss had flattened.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### 7.3 How good is the alert, clinically?
#
# Accuracy alone hides the two kinds of mistakes. For an alert, the **sensitivity** (share of low counts that
# raise the alert) matters most: a missed anaemia is worse than a second look at a normal count. The
# **specificity** is the share of normal counts correctly left alone. First, on the validation patients, with the
# natural threshold: alert when $h \ge 0.5$.

# %% slideshow={"slide_type": ""}
p_val = sigmoid(X1_val @ w_sgd)              # predicted probability of a low count, validation patients
m_half = metrics.binary_metrics(y_val, (p_val >= 0.5).astype(int))
print(f"validation, threshold 0.5: accuracy {m_half['accuracy']:.1%} | sensitivity {m_half['sensitivity']:.1%} "
      f"({m_half['tp']} of {m_half['tp'] + m_half['fn']} low counts caught) | specificity {m_half['specificity']:.1%}")
checks.true(m_half["accuracy"] > 0.9 and m_half["sensitivity"] < 0.75,
            "at threshold 0.5, accuracy above 90 % hides a sensitivity below 75 %")

# %% [markdown] slideshow={"slide_type": "fragment"}
# An accuracy above 90 % looks excellent, yet about 4 low counts in 10 are missed. Only 13 % of patients have a
# low count (**class imbalance**), so a neuron can be right most of the time while missing many of them.
#
# The threshold 0.5 is a choice, not a law. A lower threshold catches more low counts, at the price of more false
# alerts. To choose it we need to see every threshold at once.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### 7.4 Every threshold at once: the ROC curve
#
# Each threshold $t$ (alert when $h \ge t$) gives one sensitivity and one specificity. Draw each threshold as
# a **point**: across, the **false-alarm rate** $1 - \text{specificity}$ (the share of normal counts flagged);
# up, the **sensitivity** (the share of low counts caught).
#
# - A threshold above every $h$ flags nobody: the point $(0, 0)$. A threshold of 0 flags everybody: $(1, 1)$.
# - Lowering the threshold step by step walks from $(0, 0)$ to $(1, 1)$. This path is the **ROC curve**
#   (*receiver operating characteristic*, a name inherited from radar operators).
# - A perfect alert reaches the top-left corner: every low count caught, no false alarm. The diagonal is a coin
#   toss: flagging patients at random catches low counts exactly as often as it flags normal ones.
#
# The **AUC** (*area under the curve*) sums up the whole curve in one number, from 0 to 1: 0.5 is a coin toss,
# 1 is perfect, and below 0.5 the model ranks patients backwards. It has a concrete meaning: pick one patient
# with a low count and one without, at random; the AUC is the probability that the neuron gives the first a
# higher $h$ than the second. The next cell checks this by counting all such pairs.
#
# **Clinical reading.** The curve shows the price of sensitivity: how many normal counts get a needless second
# look for each extra low count caught. Where to sit on it is a clinical decision, fixed *before* looking at the
# test set. Here we decide to **catch at least 90 % of low counts**, with as few false alarms as possible, and
# choose the threshold on the validation patients.

# %% slideshow={"slide_type": ""}
def threshold_for_sensitivity(y, scores, target=0.9):
    # walk down the ROC curve (highest threshold first) until the sensitivity reaches the target
    false_alarm_rate, sensitivity, thresholds = metrics.roc_curve(y, scores)
    first = np.argmax(sensitivity >= target)
    return thresholds[first], sensitivity[first], false_alarm_rate[first]


fpr_val, tpr_val, _ = metrics.roc_curve(y_val, p_val)
auc_val = metrics.roc_auc(y_val, p_val)
t_alert, sens_at_t, fpr_at_t = threshold_for_sensitivity(y_val, p_val)
pairs = p_val[y_val == 1][:, None] - p_val[y_val == 0][None, :]   # every (low count, normal count) pair
auc_by_pairs = np.mean(pairs > 0) + 0.5 * np.mean(pairs == 0)      # share of pairs ranked right (ties: half)

fig, ax = plt.subplots(figsize=(5.6, 5.0))
ax.plot(fpr_val, tpr_val, color=plotting.OKABE_ITO["green"], label=f"neuron (AUC = {i18n.number(auc_val, '.3f')})")
ax.plot([0, 1], [0, 1], color="0.6", linestyle="--", label="coin toss (AUC = 0.5)")
ax.plot(1 - m_half["specificity"], m_half["sensitivity"], "s", color="black", markersize=9,
        label="threshold 0.5")
ax.plot(fpr_at_t, sens_at_t, "o", color=plotting.OKABE_ITO["orange"], markersize=10,
        label=f"threshold {i18n.number(t_alert, '.3f')}: first to catch 90 %")
ax.set(xlabel="false-alarm rate = 1 − specificity (share)", ylabel="sensitivity (share)",
       xlim=(-0.02, 1.02), ylim=(-0.02, 1.02), title="ROC curve of the low-count alert\n(validation patients)")
ax.legend(loc="lower right")
plt.show()
print(f"AUC {auc_val:.3f} (pairs ranked right: {auc_by_pairs:.3f}) | chosen threshold {t_alert:.3f}: "
      f"sensitivity {sens_at_t:.1%}, false alarms {fpr_at_t:.1%} of normal counts (validation)")

# %% slideshow={"slide_type": ""}
checks.close(auc_val, auc_by_pairs, tol=1e-9, name="AUC = share of (low count, normal count) pairs ranked right")
checks.between(fpr_at_t, 0.05, 0.3, name="share of normal counts flagged to catch 90 % of low counts (validation)")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### 7.5 The final report, on the test set
#
# Every choice is now made on training and validation patients: the weights (we keep the 8-epoch run, its length
# fixed in advance; section 7.2's rules only illustrated stopping) and the threshold. Only now do we
# open the test set, once. Beside the neuron stands a **baseline**, the simplest rule a laboratory could write:
# *one* lab value with *one* cut-off. The value (and whether "too low" or "too high" is the alarm) is the one
# that best ranks the training patients (highest AUC); its cut-off is chosen on the validation patients with the
# same 90 % rule. A learned model is only worth its complexity if it beats such a rule.

# %% slideshow={"slide_type": ""}
def one_value_rule(X_tr, y_tr):
    # the baseline's lab value: the column, and its direction (+1: high is abnormal, -1: low is abnormal), that
    # best ranks the training patients. Its score is direction x value, so "score >= cut-off" raises the alert.
    _auc, column, direction = max((metrics.roc_auc(y_tr, sign * X_tr[:, j]), j, sign)
                                  for j in range(X_tr.shape[1]) for sign in (1, -1))
    return column, direction


base_col, base_dir = one_value_rule(X_train_raw, y_train)
t_base, _, _ = threshold_for_sensitivity(y_val, base_dir * X_val_raw[:, base_col])   # cut-off: validation
base_name = f"{('red cells', 'haemoglobin')[base_col]} {'≥' if base_dir > 0 else '≤'} {base_dir * t_base:g}"
base_test_score = base_dir * X_test_raw[:, base_col]
p_test = sigmoid(X1_test @ w_sgd)
pred_test = (p_test >= t_alert).astype(int)

final_report = metrics.metrics_table({
    f"baseline: alert if {base_name}": (y_test, (base_test_score >= t_base).astype(int)),
    f"neuron: alert if h ≥ {t_alert:.3f}": (y_test, pred_test),
})
final_report["AUC"] = [round(metrics.roc_auc(y_test, score), 3) for score in (base_test_score, p_test)]
print(f"test set: {len(y_test)} patients, {y_test.sum()} low counts: one patient moves the sensitivity by "
      f"{100 / y_test.sum():.0f} points")
final_report   # test patients, used once

# %% slideshow={"slide_type": ""}
plotting.plot_confusion(y_test, pred_test, class_names=("no alert", "alert"),
                        title=f"Perceptron, low-count alert (test patients, h ≥ {i18n.number(t_alert, '.3f')})")
plt.show()
neuron_row, base_row = final_report.iloc[1], final_report.iloc[0]
checks.true(neuron_row["sensitivity"] >= 0.8, "on the test patients the neuron still catches at least 80 % of low counts")
checks.true(neuron_row["specificity"] > base_row["specificity"] + 0.1 and neuron_row["AUC"] > base_row["AUC"],
            "at the same 90 % rule, the neuron raises far fewer false alarms than the one-value baseline")

# %% [markdown] slideshow={"slide_type": "fragment"}
# With the same rule, the neuron and the one-value baseline both catch the low counts of the test set, but the
# neuron leaves far more normal counts alone (compare the specificities): combining two values with the right
# weights pays. Two cautions. The test set holds only a few dozen low counts, so one patient more or less moves
# the sensitivity by several points (printed above); section 10 repeats the comparison over five different splits. And where to put
# the threshold remains a clinical decision: what does a missed anaemia cost, and what does a needless second
# look cost?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 8. Your turn: move the decision line
#
# With two inputs, the neuron is undecided ($h = 0.5$) exactly where $z = 0$:
#
# $$ w_0 + w_1\, x_{\text{red}} + w_2\, x_{\text{hb}} = 0 .$$
#
# This is the equation of a **straight line**, the **decision boundary**. On one side the neuron raises the
# alert ($h > 0.5$, shaded), on the other it does not. The sliders set the three weights, which act on the
# *standardised* values. The plot stays in real units (our helper converts the line). The loss, the number of
# errors, the sensitivity and the specificity on the training patients are shown under the figure.
#
# - Start from the bad weights $(w_0, w_{\text{red}}, w_{\text{hb}}) = (1, 2, 3)$: the alert side is the wrong side.
# - Try to bring the mean loss below 0.15. Section 7 printed the weights that gradient descent found.
# - What does $w_0$ do? And the *ratio* $w_{\text{red}} / w_{\text{hb}}$?

# %% slideshow={"slide_type": ""}
fig = widgets.new_figure(figsize=(7.6, 4.0))
ax = fig.subplots()
for label, name, color in ((0, "no low-count alert", plotting.NEGATIVE_COLOR),
                           (1, "low-count alert", plotting.POSITIVE_COLOR)):
    mask = y_train == label
    ax.scatter(X_train_raw[mask, 0], X_train_raw[mask, 1], s=12, color=color,
               alpha=0.7, edgecolor="white", linewidth=0.3, label=name)
alert_side = Polygon(np.zeros((3, 2)), closed=True, facecolor=plotting.POSITIVE_COLOR, alpha=0.12,
                     edgecolor="none", label="neuron says: alert")
ax.add_patch(alert_side)
(boundary,) = ax.plot([], [], color="black", linewidth=2, label="decision line (h = 0.5)")
(wrong,) = ax.plot([], [], "o", markersize=7, markerfacecolor="none", markeredgecolor="black",
                   markeredgewidth=1.0, linestyle="none", label="misclassified")   # a Line2D: fast to redraw
ax.set(xlim=RED_LIM, ylim=HB_LIM, xlabel="red blood cells (x10⁶/mm³)", ylabel="haemoglobin (g/dL)",
       title="One neuron, one straight line (training patients)")
ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))   # outside: the moving line never hides it


def update(w_red, w_hb, w0):
    w = np.array([w0, w_red, w_hb])                            # weights on standardised inputs
    w_real = neuron.unscale_weights(w, train_mean, train_std)  # same line in real units
    boundary.set_data(*neuron.decision_line(w_real, RED_LIM, HB_LIM))
    corners = neuron.alert_side_polygon(w_real, RED_LIM, HB_LIM)
    alert_side.set_visible(len(corners) > 0)
    if len(corners):
        alert_side.set_xy(corners)
    h = sigmoid(X1_train @ w)
    loss = np.mean(losses.cross_entropy(y_train, h))
    predicted = (h >= 0.5).astype(int)
    wrong.set_data(X_train_raw[predicted != y_train, 0], X_train_raw[predicted != y_train, 1])
    sensitivity = np.mean(predicted[y_train == 1] == 1)        # share of low counts flagged
    specificity = np.mean(predicted[y_train == 0] == 0)        # share of normal counts left alone
    return (f"<b>mean cross-entropy = {i18n.number(loss, '.3f')}</b> | errors {np.sum(predicted != y_train)} / {len(y_train)} | "
            f"sensitivity {i18n.number(sensitivity, '.0%')} | specificity {i18n.number(specificity, '.0%')}")


live = widgets.LiveFigure(
    fig, update, main=True, dynamic=[alert_side, boundary, wrong],
    w_red=widgets.slider(2.0, -6.0, 6.0, 0.1, "weight of red cells w_red"),
    w_hb=widgets.slider(3.0, -6.0, 6.0, 0.1, "weight of haemoglobin w_hb"),
    w0=widgets.slider(1.0, -8.0, 8.0, 0.1, "bias w0"),
)
live

# %% [markdown] slideshow={"slide_type": "subslide"}
# A few things to notice while playing:
#
# - changing $w_0$ slides the line without turning it;
# - changing the ratio $w_{\text{red}} / w_{\text{hb}}$ turns it;
# - multiplying all three weights by the same number keeps the line but changes the loss: larger weights make the
#   sigmoid steeper, so the neuron is more confident, for better or worse.
#
# No line is perfect here. Alert limits depend on sex, and "red cells *or* haemoglobin low" is an L-shaped region,
# not a half-plane. A straight line only approximates it.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 9. The same neuron in PyTorch and scikit-learn
#
# Our NumPy neuron is not a toy version of something else: it **is** logistic regression, and it is a
# one-neuron network. We check both claims.
#
# **PyTorch.** `torch.nn.Linear(2, 1)` holds $w_1, w_2$ (`weight`) and $w_0$ (`bias`).
# `BCEWithLogitsLoss` applies the sigmoid and the cross-entropy together. The optimiser `SGD` performs
# $\mathbf w \leftarrow \mathbf w - \alpha\,\nabla \text{Loss}$, where the gradient comes from autograd instead of our
# formula. With the
# same starting weights, the same patients in the same order and the same $\alpha$, the weights must end up
# identical.

# %% slideshow={"slide_type": ""}
model = torch.nn.Linear(2, 1).double()
with torch.no_grad():
    model.bias[:] = torch.tensor(w_start[:1])
    model.weight[:] = torch.tensor(w_start[1:])
optimizer = torch.optim.SGD(model.parameters(), lr=0.02)
loss_fn = torch.nn.BCEWithLogitsLoss()
X_train_t, y_train_t = torch.tensor(X_train), torch.tensor(y_train, dtype=torch.float64)

w_numpy = w_start.copy()
order = np.random.default_rng(1).permutation(len(X_train))      # one epoch, same order for both
for t in order:
    # from scratch
    h = sigmoid(X1_train[t] @ w_numpy)
    w_numpy = w_numpy - 0.02 * (-(y_train[t] - h) * X1_train[t])
    # PyTorch
    optimizer.zero_grad()
    loss = loss_fn(model(X_train_t[t:t + 1])[:, 0], y_train_t[t:t + 1])
    loss.backward()                      # autograd computes dLoss/dw
    optimizer.step()                     # w <- w - lr * dLoss/dw

w_torch = np.concatenate([model.bias.detach().numpy(), model.weight.detach().numpy()[0]])
print("from scratch:", w_numpy.round(6))
print("PyTorch     :", w_torch.round(6))

# %% slideshow={"slide_type": ""}
checks.close(w_numpy, w_torch, tol=1e-9, name="weights after one epoch, NumPy vs PyTorch")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **scikit-learn.** `LogisticRegression` finds the weights that minimise the mean cross-entropy with a
# more sophisticated optimiser. `C=np.inf` switches off its default penalty on large weights. Our stochastic
# neuron never sits exactly at the minimum, because each step follows one patient and we stopped after 8 epochs,
# but it should come close and take almost the same decisions (compared on the validation patients).
#
# (scikit-learn also has `Perceptron`, Rosenblatt's original step-function rule.)

# %% slideshow={"slide_type": ""}
from sklearn.linear_model import LogisticRegression

logreg = LogisticRegression(C=np.inf, max_iter=1000).fit(X_train, y_train)
w_sklearn = np.concatenate([logreg.intercept_, logreg.coef_[0]])
loss_sklearn = np.mean(losses.cross_entropy(y_train, sigmoid(X1_train @ w_sklearn)))
loss_ours = np.mean(losses.cross_entropy(y_train, sigmoid(X1_train @ w_sgd)))
agreement = np.mean((sigmoid(X1_val @ w_sgd) >= 0.5) == logreg.predict(X_val))

comparison = pd.DataFrame(
    {"from scratch (SGD)": neuron.unscale_weights(w_sgd, train_mean, train_std),
     "scikit-learn": neuron.unscale_weights(w_sklearn, train_mean, train_std)},
    index=["w0 (bias)", "w_red per 10⁶/mm³", "w_hb per g/dL"])
comparison["scikit-learn / ours"] = comparison["scikit-learn"] / comparison["from scratch (SGD)"]
print(f"mean training loss: ours {loss_ours:.4f}, scikit-learn {loss_sklearn:.4f} | "
      f"same decision (h ≥ 0.5) on {agreement:.1%} of validation patients")
comparison.round(2)   # weights converted back to real units

# %% slideshow={"slide_type": ""}
checks.close(loss_ours, loss_sklearn, tol=0.02, name="training loss, ours vs scikit-learn")
checks.between(agreement, 0.97, 1.0, name="share of validation patients with the same decision")
checks.true((comparison["scikit-learn / ours"] > 1).all(), "scikit-learn's weights are all larger than ours")

# %% [markdown] slideshow={"slide_type": "fragment"}
# In real units both input weights are negative, as they should be: the higher the red cells or the
# haemoglobin, the lower $z$ and the less likely a *low*-count alert. Each weight says how much $z$ changes for
# one more unit of its input (one more million red cells per mm³, one more g/dL of haemoglobin).
#
# The weights differ more than the losses do. Near its minimum the loss is almost flat: scaling all the weights up
# keeps nearly the same line and lowers the loss only a little (section 8). Gradient descent, stopped after 8
# epochs, was still slowly growing its weights; scikit-learn went all the way, so its weights are all larger (last
# column) and its sigmoid steeper. The decisions barely differ.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 10. The limits of a single neuron: linear separability
#
# Whatever its weights, one neuron splits the inputs with a **straight line** (with 3 inputs a plane, with more a
# "hyperplane"). It can only be perfect when the two classes are **linearly separable**, i.e. when some straight
# line has all of one class on one side.
#
# The famous counter-example is **XOR** ("exclusive or"): output 1 when exactly one of two inputs is 1. In their
# 1969 book *Perceptrons*, Minsky and Papert proved that a single layer of perceptrons cannot compute it. The book
# is often blamed for the collapse of interest and funding in neural networks during the 1970s, part of what was
# later called an "AI winter". Let us try 20,000 random lines.

# %% slideshow={"slide_type": ""}
X_xor = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
y_xor = np.array([0, 1, 1, 0])
X1_xor = np.column_stack([np.ones(4), X_xor])

W_random = np.random.default_rng(0).normal(size=(20_000, 3)) * 3   # 20,000 random neurons (lines)
predictions = (X1_xor @ W_random.T >= 0).astype(int)                  # shape (4 points, 20,000 lines)
accuracy_per_line = (predictions == y_xor[:, None]).mean(axis=0)
best = W_random[np.argmax(accuracy_per_line)]
print(f"best accuracy over 20,000 lines: {accuracy_per_line.max():.0%} (3 of the 4 points at most)")

fig, ax = plt.subplots(figsize=(4.6, 4.2))
for label, color in ((0, plotting.NEGATIVE_COLOR), (1, plotting.POSITIVE_COLOR)):
    ax.scatter(*X_xor[y_xor == label].T, s=160, color=color, label=f"XOR = {label}", edgecolor="black", zorder=3)
ax.plot(*neuron.decision_line(best, (-0.5, 1.5), (-0.5, 1.5)), color="black", label="one of the best lines")
ax.set(xlim=(-0.5, 1.5), ylim=(-0.5, 1.5), xlabel="input $x_1$ (0 or 1)", ylabel="input $x_2$ (0 or 1)",
       title="XOR: no straight line separates\nthe two colours")
ax.legend(loc="center", fontsize="small")
plt.show()

# %% slideshow={"slide_type": ""}
checks.close(accuracy_per_line.max(), 0.75, tol=1e-12, name="best accuracy of one neuron on XOR")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### The blood-count box
#
# Medicine is full of XOR-like rules. A value is normal **inside** a range and abnormal on **both** sides:
# too few white cells (leukopenia) and too many (leukocytosis) both deserve an alert. Below we take the men,
# red cells and white cells, and the **full** alert. The normal patients sit in a box, and the alerts surround
# it. This is the case the source slides had in mind when they warned that blood counts are not linearly
# separable.

# %% slideshow={"slide_type": ""}
men_train = blood.iloc[idx_train].query("sex == 1")        # the men among section 7's training patients
Xm_train, ym_train = men_train[["red_cells", "white_cells"]].to_numpy(), men_train.alert.to_numpy()
m_mean, m_std = Xm_train.mean(axis=0), Xm_train.std(axis=0)
box_neuron = LogisticRegression(C=np.inf, max_iter=1000).fit((Xm_train - m_mean) / m_std, ym_train)
w_box = neuron.unscale_weights(np.r_[box_neuron.intercept_, box_neuron.coef_[0]], m_mean, m_std)  # real units
box_sensitivity = metrics.binary_metrics(ym_train, box_neuron.predict((Xm_train - m_mean) / m_std))["sensitivity"]

fig, ax = plt.subplots(figsize=(8, 4.8))
drawn = plotting.plot_decision_boundary(lambda P: box_neuron.predict_proba((P - m_mean) / m_std), Xm_train,
                                        ym_train, ax=ax, class_names=("no alert", "alert"),
                                        feature_names=("red blood cells (x10⁶/mm³)", "white blood cells (x10³/mm³)"),
                                        title="Full alert, men: one neuron cannot draw a box")
fig.colorbar(drawn["image"], ax=ax, label="neuron's probability of an alert, h")
ax.plot(*neuron.decision_line(w_box, drawn["extent"][:2], drawn["extent"][2:]), color="black", linewidth=2,
        label="decision line (h = 0.5)")
(rl, rh), (wl, wh) = REFERENCE_RANGES["red_cells"][1], REFERENCE_RANGES["white_cells"][1]
ax.add_patch(Rectangle((rl, wl), rh - rl, wh - wl, fill=False, edgecolor="black", linestyle="--", linewidth=1.5,
                       label="normal ranges (men)"))
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=4, frameon=False)   # below: hides no point
plt.show()
print(f"{len(ym_train)} men (training patients): the line's alert side (h ≥ 0.5) holds only "
      f"{box_sensitivity:.0%} of their alerts")

# %% [markdown] slideshow={"slide_type": "subslide"}
# The shading shows the neuron's probability of an alert, and the black line is where it crosses 0.5. The best
# straight line cuts through the cloud: it catches the alerts on one side (low red cells, high white cells) and
# leaves those on the other side (high red cells, low white cells) in its "no alert" half, about half of all
# alerts (printed above). (An alert inside the box comes from haemoglobin, which is not shown here.)
#
# ### The slides' neuron, trained
#
# Section 3 gave the slides' neuron random weights. Now we train it as the slides intended: three inputs (red
# cells, white cells, sex), standardised, and the slides' own label, the **full alert**, on all patients. Beside
# it stand the two-input neuron of section 7 (red cells, haemoglobin) and the one-value baseline of section 7.5,
# free here to pick any of the three lab values. For contrast, the same three models also learn the low-count
# alert of section 7.
#
# One split can flatter or punish a model by chance, so everything is repeated on **five** random splits
# (60 / 20 / 20 as in section 7): trained on the training patients, threshold chosen on the validation patients,
# scored once on the test patients. The table shows the mean and, in brackets, the lowest and highest of the five.
# The neurons are fitted with scikit-learn, which section 9 showed to be the same neuron.

# %% slideshow={"slide_type": ""}
LAB_VALUES = ["red_cells", "white_cells", "haemoglobin"]
MODELS = {"baseline: one lab value": None,
          "neuron, section 7's inputs (red cells, haemoglobin)": ["red_cells", "haemoglobin"],
          "neuron, the slides' inputs (red cells, white cells, sex)": ["red_cells", "white_cells", "sex"]}
TASKS = {"low-count alert": y_low, "full alert (the slides')": blood.alert.to_numpy()}


def scores_on_split(y, seed):
    # one random 60/20/20 split; for each model: its test AUC, and the share of normal test counts flagged at the
    # threshold that catches 90 % of the alerts of the validation patients
    rest, test = train_test_split(patients, test_size=0.2, random_state=seed, stratify=y)
    train, val = train_test_split(rest, test_size=0.25, random_state=seed, stratify=y[rest])
    results = {}
    for name, columns in MODELS.items():
        if columns is None:                       # one lab value; which one and its direction: training patients
            values = blood[LAB_VALUES].to_numpy()
            column, direction = one_value_rule(values[train], y[train])
            score = direction * values[:, column]
        else:                                     # one neuron; standardised with the training patients' statistics
            X_train_part, X_all = training.standardize(blood[columns].to_numpy(dtype=float)[train],
                                                       blood[columns].to_numpy(dtype=float))
            fitted = LogisticRegression(C=np.inf, solver="newton-cholesky").fit(X_train_part, y[train])  # fast solver
            score = fitted.predict_proba(X_all)[:, 1]
        threshold, _, _ = threshold_for_sensitivity(y[val], score[val])
        false_alarms = 1 - metrics.binary_metrics(y[test], (score[test] >= threshold).astype(int))["specificity"]
        results[name] = (metrics.roc_auc(y[test], score[test]), false_alarms)
    return results


SEEDS = range(5)
runs = {task: [scores_on_split(y, seed) for seed in SEEDS] for task, y in TASKS.items()}
auc = {task: pd.DataFrame({seed: {m: r[m][0] for m in MODELS} for seed, r in zip(SEEDS, runs[task])})
       for task in TASKS}                                   # rows: models, columns: splits
flagged = {task: pd.DataFrame({seed: {m: r[m][1] for m in MODELS} for seed, r in zip(SEEDS, runs[task])})
           for task in TASKS}                               # share of normal test counts flagged


def mean_and_range(row, fmt):
    return f"{fmt(row.mean())} ({fmt(row.min())} to {fmt(row.max())})"


seed_table = pd.DataFrame({
    (task, measure): table[task].apply(mean_and_range, axis=1, fmt=fmt)
    for task in TASKS
    for measure, table, fmt in (("test AUC", auc, lambda v: f"{v:.3f}"),
                                ("normal counts flagged to catch 90 %", flagged, lambda v: f"{v:.0%}"))
})
seed_table   # mean (lowest to highest) over 5 splits, test patients

# %% slideshow={"slide_type": ""}
low, full = auc["low-count alert"], auc["full alert (the slides')"]
baseline, two_inputs, slides = MODELS                       # the three model names, in order
checks.true(low.loc[two_inputs].mean() > low.loc[baseline].mean() + 0.01,
            "low-count alert: section 7's neuron ranks patients better than the one-value baseline (mean AUC)")
low_flagged = flagged["low-count alert"]
checks.true(low_flagged.loc[two_inputs].mean() < 0.5 * low_flagged.loc[baseline].mean(),
            "low-count alert: section 7's neuron flags less than half as many normal counts as the baseline")
checks.true(full.mean(axis=1).max() < 0.7,
            "full alert: every model stays below an AUC of 0.7, not far above a coin toss (0.5)")
checks.true(abs(full.loc[slides].mean() - full.loc[baseline].mean()) < full.loc[slides].std() + full.loc[baseline].std(),
            "full alert: the slides' neuron and one lab value differ by less than the spread between splits")
checks.true(flagged["full alert (the slides')"].mean(axis=1).min() > 0.8,
            "full alert: to catch 90 % of alerts, every model flags most normal counts")

# %% [markdown] slideshow={"slide_type": "fragment"}
# What the table says:
#
# - **Low-count alert** (one side of a line): section 7's neuron ranks patients better than the best single lab
#   value (it did on 29 of 30 splits when we tried 30), and to catch 90 % of low counts it flags less than half as
#   many normal counts: section 7.5's result was not the luck of one split. The slides' inputs do no clearly better
#   than that one value (their ranges overlap; they beat it on 18 of those 30 splits): they lack haemoglobin, which
#   defines half of this alert.
# - **Full alert** (the slides' own task): all three models sit near an AUC of 0.6, a little above a coin toss,
#   and the trained slides' neuron does no better than one lab value: the gap is smaller than the spread between
#   splits. Each neuron catches the alerts on one side of its line; those on the far side get *lower* scores than
#   many normal counts, which drags its AUC down. To catch 9 alerts in 10, every model must flag almost every normal
#   count too: as a safety net for abnormal counts, one neuron fails.
#
# More inputs do not fix this (adding sex, or swapping white cells for haemoglobin, changes little). The shape
# is the problem: the full alert fires on both sides of each range, a box that no straight line can draw. The
# slides said it plainly: most data are not linearly separable, and one neuron "will not work" on blood counts.

# %% [markdown] slideshow={"slide_type": "fragment"}
# **What comes next.** Several neurons side by side can each draw one edge of the box, and a second
# layer can combine them ("high *or* low"). Training such a network needs the gradient of every weight in
# every layer, which is **backpropagation** (notebook 05). The **multi-layer perceptron** of notebook 06 then
# solves XOR and draws the men's red/white-cell box that one neuron could not.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 1: the man with low red cells, and random weights
#
# With the slides' weights $\mathbf w = (1, 2, 3, -4)$ (`w_slide`), compute the weighted sum $z$ for the first row
# of the slides' table: a man (sex = 1) with 3.1 x10⁶ red cells/mm³ and 5.3 x10³ white cells/mm³, far below his
# red-cell range, so his wanted output is 1. Store $z$ in `z_man` as one number. Does the random neuron give him
# the alert, and does that make it a good neuron?

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
z_man = ____  # replace ____ with your code
### BEGIN SOLUTION
z_man = w_slide @ np.array([1.0, 3.1, 5.3, 1.0])
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_1.check()
# exercise_1.hint()      # a nudge; run it again for the next step
# exercise_1.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 2: one learning step by hand
#
# Take the worked example: the healthy woman (`x_patient`), the slides' weights (`w_slide`) and her wanted output
# $y = 0$ (`y_patient`). Apply **one** update $w_i \leftarrow w_i - \alpha\,\bigl(-(y - h)\,x_i\bigr)$ with
# $\alpha = 0.1$ and store the new weights (an array of 4 numbers, $w_0$ to $w_3$) in `w_after_one_step`. Which
# weight moves the most, and why?

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
w_after_one_step = ____  # replace ____ with your code
### BEGIN SOLUTION
h_now = 1 / (1 + np.exp(-(w_slide @ x_patient)))
w_after_one_step = w_slide - 0.1 * (-(y_patient - h_now) * x_patient)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_2.check()
# exercise_2.hint()      # a nudge; run it again for the next step
# exercise_2.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 3: a neuron that computes AND
#
# XOR is out of reach, but **AND** (output 1 only when both inputs are 1) is linearly separable. Choose weights
# $(w_0, w_1, w_2)$ so that the step neuron $\text{output} = 1$ if $w_0 + w_1 x_1 + w_2 x_2 \ge 0$
# gets all four cases of `X_xor` right for the AND targets `[0, 0, 0, 1]`. Store the three weights, bias first,
# in `w_and`.

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
w_and = np.array([____, ____, ____])  # (w0, w1, w2): replace each ____ with a number
### BEGIN SOLUTION
w_and = np.array([-1.5, 1.0, 1.0])
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
# - An artificial neuron computes a weighted sum of its inputs plus a bias $w_0$ (a weight on $x_0 = 1$) and
#   passes it through an activation. Rosenblatt's 1957 perceptron used a step function.
# - The sigmoid replaces the step so that the output is a smooth probability with a slope everywhere.
# - A loss measures the error. Cross-entropy, not squared error, is the classification loss; it punishes
#   confident mistakes hard.
# - Learning means $w \leftarrow w - \alpha\,\partial\text{Loss}/\partial w$. For a sigmoid with cross-entropy the
#   gradient is $-(y - h)\,x_i$. One patient at a time, this is stochastic gradient descent.
# - Watch the learning curves, and stop on a target error or when progress stops, judged on validation data.
# - Accuracy hides missed patients. The ROC curve shows every threshold at once (false alarms across, sensitivity
#   up); its area, the AUC, is the chance that a sick patient scores above a healthy one. Choose the threshold on
#   validation data, report on the test set once, beside a simple baseline.
# - One neuron = one straight line. It fails on XOR and on "normal inside a range" rules: trained on the slides'
#   full alert, it does no better than one lab value. Several layers are needed.

# %% [markdown] slideshow={"slide_type": "slide"}
# **Self-test questions**
#
# 1. Why can the threshold $\theta$ be replaced by a weight $w_0$?
# <details><summary>Answer</summary>Because $\sum_i w_i x_i \ge \theta$ is the same as $-\theta \cdot 1 + \sum_i w_i x_i \ge 0$: adding an input $x_0 = 1$ with weight $w_0 = -\theta$ moves the threshold into the weights, and it is then learned like any other weight.</details>
#
# 2. Give two reasons why the step function is replaced by the sigmoid.
# <details><summary>Answer</summary>The step has no useful derivative (0 everywhere, undefined at the jump), so gradient descent gets no direction; it is all-or-nothing, so it cannot say "probability 0.8"; and a value just over the threshold looks the same as one far over it.</details>
#
# 3. The neuron predicts $h = 0.9$ for a patient with $y = 1$. In which direction does the update move a weight whose input $x_i$ is negative?
# <details><summary>Answer</summary>The gradient is $-(1 - 0.9)\,x_i = -0.1\,x_i$, which is positive when $x_i < 0$; the update subtracts $\alpha$ times it, so the weight decreases. Since $x_i$ is negative, $w_i x_i$ then increases, pushing $z$ and $h$ up towards the target 1.</details>
#
# 4. A single neuron ranks the low-count alerts almost perfectly (test AUC near 1) but the full alert barely better than a coin toss (AUC near 0.6). Why?
# <details><summary>Answer</summary>The low-count alert is (almost) one side of a line. The full alert fires on both sides of a normal range (a box), which no single straight line can separate: the classes are not linearly separable.</details>
#
# 5. Why is the alert threshold chosen on the validation patients and not on the test patients?
# <details><summary>Answer</summary>A threshold tuned on the test patients fits their quirks, so the test result would flatter the alert and no longer predict how it does on new patients. The validation patients make every choice; the test patients, used once at the end, give the honest estimate.</details>
#
# **What comes next:** notebook 04 looks closely at gradient descent itself: learning rates that are too small or
# too large, stopping tests, and the stochastic and mini-batch variants. Notebooks 05 and 06 stack neurons into
# layers and train them with backpropagation.
