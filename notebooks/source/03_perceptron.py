# %% [markdown] slideshow={"slide_type": "slide"}
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
# - Train a neuron from scratch with stochastic gradient descent, read its learning curves and decide when to stop
# - Recognise problems that one neuron cannot solve (XOR, a normal-range box)
#
# *For learning only: nothing in this course is a medical device or fit for clinical decisions.*

# %% slideshow={"slide_type": "skip"}
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import torch
from matplotlib.patches import Polygon, Rectangle
from sklearn.model_selection import train_test_split

import course_utils
from course_utils import checks, metrics, neuron, plotting, training, widgets
from course_utils.datasets import REFERENCE_RANGES, load_blood_counts
from course_utils.exercises import ____
from course_utils.exercises.perceptron import exercise_1, exercise_2, exercise_3
from course_utils.reference import activations, gradients, losses

course_utils.setup()


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
# In 1957 the psychologist Frank Rosenblatt turned this into a machine, the **perceptron**. It is a
# mathematical caricature of a neuron, not a model of the brain:
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
print(perceptron_with_threshold(x=[1.0, 0.5, 2.0], w=[0.8, 0.4, -0.3], theta=0.3))   # z = 0.40
print(perceptron_with_threshold(x=[1.0, 0.5, 0.5], w=[0.8, 0.4, -0.3], theta=0.3))   # z = 0.85

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
# - **red blood cells** (erythrocytes, *hématies*), in millions per mm³ (x10^6/mm³);
# - **white blood cells** (leukocytes, *leucocytes*), in thousands per mm³ (x10^3/mm³);
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
ranges["unit"] = ["x10^6/mm³", "x10^3/mm³", "g/dL"]
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
# $\mathbf w = (w_0, w_1, w_2, w_3) = (1, 2, 3, -4)$ and a man whose count shows
# **3.1 x10^6 red cells/mm³** and **5.3 x10^3 white cells/mm³**. With the sigmoid activation
# $g(z) = 1 / (1 + e^{-z})$ (section 4 explains why):
#
# $$ z = 1 \times 1 + 2 \times 3.1 + 3 \times 5.3 + (-4) \times 1 = 19.1, \qquad h = g(19.1) \approx 0.9999 .$$

# %% slideshow={"slide_type": ""}
w_slide = np.array([1.0, 2.0, 3.0, -4.0])        # (w0, w1, w2, w3)
x_patient = np.array([1.0, 3.1, 5.3, 1.0])        # (x0 = 1, red cells, white cells, sex = 1 male)

z_patient = w_slide @ x_patient                   # the weighted sum
h_patient = 1 / (1 + np.exp(-z_patient))          # the sigmoid
print(f"z = {z_patient:.1f}   h = {h_patient:.8f}")

# %% slideshow={"slide_type": ""}
checks.close(z_patient, 19.1, tol=1e-9, name="z for the worked example")
checks.between(h_patient, 0.9999, 1.0, name="h for the worked example")

# %% [markdown] slideshow={"slide_type": "subslide"}
# The slide's punchline is that the neuron answers **0.9999 when the wanted output was 0**. The weights
# are wrong and must change. But how?
#
# A careful reader will spot a catch. By the reference ranges above, 3.1 x10^6/mm³ is far below the male range
# (4.5 - 5.9), so this patient is anaemic and our labelling rule *wants* an alert. The slide's own table even
# lists him with alert = 1. Its point still holds, and the next cell shows why: with these random weights the
# neuron says "alert" to **everyone**, including the healthy woman on the next row of the table.

# %% slideshow={"slide_type": ""}
slide_rows = pd.DataFrame({"red_cells": [3.1, 4.2, 4.6, 1.9], "white_cells": [5.3, 6.2, 7.5, 4.4],
                           "sex": [1, 2, 2, 2], "alert (slide)": [1, 0, 0, 1]})
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

# %% slideshow={"slide_type": ""}
z_axis = np.linspace(-8, 8, 401)
fig, ax = plt.subplots(figsize=(7, 3.8))
ax.plot(z_axis, activations.step(z_axis), label="step (Rosenblatt 1957)", color=plotting.PALETTE[3], drawstyle="steps-post")
ax.plot(z_axis, activations.sigmoid(z_axis), label=r"sigmoid $\sigma(z)$", color=plotting.PALETTE[0])
sig = activations.sigmoid(z_axis)
ax.plot(z_axis, sig * (1 - sig), label=r"slope of the sigmoid $\sigma'(z)$", color=plotting.PALETTE[0], linestyle="--")
ax.axhline(0.5, color="0.6", linewidth=0.8)
ax.set(xlabel="weighted sum z (no unit)", ylabel="neuron output h (no unit)",
       title="Step vs sigmoid: the sigmoid is smooth and has a slope everywhere")
ax.legend(loc="center right")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Other activation functions** exist and are compared in notebook 06: the hyperbolic tangent
# $\tanh$ (output between -1 and 1), **ReLU** $\max(0, z)$ (the default inside deep networks), and variants
# (leaky ReLU, ELU, softmax for several classes). For a single yes/no output, the sigmoid stays the usual choice.

# %% slideshow={"slide_type": ""}
fig, axes = plt.subplots(1, 4, figsize=(11, 2.6), sharex=True)
for ax, name in zip(axes, ("step", "sigmoid", "tanh", "relu")):
    g, _ = activations.activation(name)  # the function and its slope
    ax.plot(z_axis, g(z_axis), color=plotting.PALETTE[0])
    ax.set(title=name, xlabel="z (no unit)")
axes[0].set_ylabel("g(z) (no unit)")
fig.suptitle("Four activation functions", fontweight="bold")
plt.show()

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
    color = plotting.class_color(target)
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
# Back to the slide's verdict: target 0, prediction $h = 0.99999999$. The squared error can never
# exceed $\tfrac12$, whatever the mistake. Cross-entropy grows without limit as a wrong prediction becomes more
# confident. Here it is about 19, and that strong signal makes learning fast.

# %% slideshow={"slide_type": ""}
ce_slide = losses.cross_entropy(0, h_patient)
se_slide = losses.squared_error(0, h_patient)
print(f"cross-entropy = {float(ce_slide):.2f}   squared error = {float(se_slide):.4f}")
checks.close(ce_slide, 19.1, tol=0.01, name="cross-entropy of the worked example (target 0)")
checks.close(se_slide, 0.5, tol=1e-6, name="squared error of the worked example (target 0)")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. How the neuron learns: follow the slope of the loss
#
# Picture the loss as a curve over one weight $w$. The **derivative** $\partial\text{Loss}/\partial w$ is the
# slope of that curve. It tells which way is downhill:
#
# - slope > 0: the loss increases with $w$, so decrease $w$;
# - slope < 0: increase $w$;
# - slope ≈ 0: we are at the bottom.
#
# The **update rule** takes a small step against the slope:
#
# $$ w_i \leftarrow w_i - \alpha \, \frac{\partial \text{Loss}}{\partial w_i} \qquad \text{for every weight } w_i .$$
#
# $\alpha$ is the **learning rate** (taux d'apprentissage): how big a step we take. We choose it before
# training, so it is a **hyper-parameter**. Notebook 04 studies this **gradient descent** in detail.

# %% slideshow={"slide_type": ""}
w0_axis = np.linspace(-30, 6, 300)
W_scan = np.tile(w_slide, (len(w0_axis), 1))
W_scan[:, 0] = w0_axis                                     # vary only the bias w0
loss_scan = losses.cross_entropy(0, activations.sigmoid(W_scan @ x_patient))
slope_now = float(activations.sigmoid(z_patient)) * x_patient[0]   # dLoss/dw0 = (h - y) * x0 with y = 0

fig, ax = plt.subplots(figsize=(7, 3.8))
ax.plot(w0_axis, loss_scan, label="cross-entropy for the worked example (target 0)")
ax.plot(w_slide[0], float(ce_slide), "o", color=plotting.POSITIVE_COLOR, label=f"today: $w_0$ = 1, slope = {slope_now:.2f}")
tangent = np.linspace(-5, 5, 2)
ax.plot(w_slide[0] + tangent, float(ce_slide) + slope_now * tangent, color=plotting.POSITIVE_COLOR, linestyle="--")
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
# The **chain rule** breaks the derivative into three easy pieces ($z = \mathbf w \cdot \mathbf x$, $h = \sigma(z)$):
#
# $$
# \frac{\partial \text{Loss}}{\partial w_i}
# = \underbrace{\left(-\frac{y}{h} + \frac{1 - y}{1 - h}\right)}_{\partial \text{Loss} / \partial h}
# \cdot \underbrace{h\,(1 - h)}_{\partial h / \partial z}
# \cdot \underbrace{x_i}_{\partial z / \partial w_i}
# = -\,(y - h)\, x_i .
# $$
#
# The result is short and readable. The step on $w_i$ is proportional to the **error** $y - h$ and to the
# **input** $x_i$. An input that was 0 changes nothing, and a correct prediction changes nothing.
#
# Before trusting it we check the formula two independent ways:
#
# - a **finite-difference** estimate: nudge each weight by $\pm\varepsilon$ and measure how much the loss moves;
# - PyTorch's **autograd**, which differentiates the same loss automatically.

# %% slideshow={"slide_type": ""}
def gradient_one_patient(w, x, y):
    h = 1 / (1 + np.exp(-(w @ x)))
    return -(y - h) * x            # dLoss/dw_i = -(y - h) x_i, for every i at once


def loss_one_patient(w, x, y):
    h = 1 / (1 + np.exp(-(w @ x)))
    return -y * np.log(h) - (1 - y) * np.log(1 - h)


# a patient with standardised values (section 7) and moderate weights, so that h is not saturated
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
# (e.g. < 4.5 x10^6/mm³ or < 13 g/dL for a man). This roughly means "possible anaemia". The full alert, which also
# fires on values that are too *high*, is the subject of section 10.
#
# First we split the patients (notebook 01): 75 % to **train** the neuron and 25 % held out to **test** it.

# %% slideshow={"slide_type": ""}
male = blood.sex.to_numpy() == 1
low_red = np.where(male, REFERENCE_RANGES["red_cells"][1][0], REFERENCE_RANGES["red_cells"][2][0])
low_hb = np.where(male, REFERENCE_RANGES["haemoglobin"][1][0], REFERENCE_RANGES["haemoglobin"][2][0])
y_low = ((blood.red_cells.to_numpy() < low_red) | (blood.haemoglobin.to_numpy() < low_hb)).astype(int)
X_raw = blood[["red_cells", "haemoglobin"]].to_numpy()

X_train_raw, X_test_raw, y_train, y_test = train_test_split(
    X_raw, y_low, test_size=0.25, random_state=0, stratify=y_low)
print(f"train: {len(X_train_raw)} patients ({y_train.mean():.0%} low-count alerts) | "
      f"test: {len(X_test_raw)} patients ({y_test.mean():.0%})")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Standardising** (as in notebook 02): red cells vary by about 0.7 x10^6/mm³ and haemoglobin by about
# 1.5 g/dL. One step size $\alpha$ suits both only when they live on the same scale. We therefore replace each
# value by its distance to the mean, counted in standard deviations. The mean and standard deviation come from the
# **training** patients only, so that nothing leaks from the test set.

# %% slideshow={"slide_type": ""}
X_train, X_test = training.standardize(X_train_raw, X_test_raw)
train_mean, train_std = X_train_raw.mean(axis=0), X_train_raw.std(axis=0)
X1_train = np.column_stack([np.ones(len(X_train)), X_train])     # x0 = 1 in front: the bias input
X1_test = np.column_stack([np.ones(len(X_test)), X_test])
print("one standardised training patient (x0, red cells, haemoglobin):", X1_train[0].round(2))

# %% slideshow={"slide_type": ""}
RED_LIM, HB_LIM = (1.5, 7.5), (7.5, 20.0)   # plotting window: x10^6/mm³ and g/dL
fig, ax = plt.subplots(figsize=(7, 4.4))
for label, name in ((0, "no low-count alert"), (1, "low-count alert")):
    mask = y_train == label
    ax.scatter(X_train_raw[mask, 0], X_train_raw[mask, 1], s=14, color=plotting.class_color(label),
               alpha=0.7, edgecolor="white", linewidth=0.3, label=name)
ax.axvline(4.5, color="0.3", linestyle="--", linewidth=1, label="lower limits, men")
ax.axhline(13.0, color="0.3", linestyle="--", linewidth=1)
ax.axvline(4.0, color="0.6", linestyle=":", linewidth=1.2, label="lower limits, women")
ax.axhline(12.0, color="0.6", linestyle=":", linewidth=1.2)
ax.set(xlim=RED_LIM, ylim=HB_LIM, xlabel="red blood cells (x10^6/mm³)", ylabel="haemoglobin (g/dL)",
       title="Training patients: a straight line should separate the two groups well")
ax.legend(loc="upper left", fontsize="small")
plt.show()


# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Stochastic gradient descent, written out
#
# The algorithm of the source course, step by step:
#
# 1. Set aside the test data (done).
# 2. Initialise the weights. We start from deliberately bad ones, $(1, 2, 3)$, in the spirit of the slide.
# 3. Until training is finished:
#    - pick a training patient $(\mathbf x_t, y_t)$ (in a shuffled order);
#    - predict $h = \sigma(\mathbf w \cdot \mathbf x_t)$;
#    - compute the gradient $-(y_t - h)\,\mathbf x_t$;
#    - update $\mathbf w \leftarrow \mathbf w - \alpha \cdot \text{gradient}$;
#    - every so often, evaluate the neuron: mean loss on the training patients, error rate on the test patients.
#
# It is called **stochastic** (random) because each step looks at one randomly chosen patient, not the whole
# table. One pass through all training patients is an **epoch**.

# %% slideshow={"slide_type": ""}
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def train_neuron(X1, y, X1_test, y_test, w_start, alpha=0.02, max_epochs=8, eval_every=25,
                 target_error=None, patience=None, seed=0):
    # Stochastic gradient descent for one sigmoid neuron; returns the weights, the history and why it stopped.
    rng = np.random.default_rng(seed)
    w = np.array(w_start, dtype=float)
    history = {"step": [], "train_loss": [], "test_error": []}
    best_loss, checks_without_progress, step = np.inf, 0, 0
    for _epoch in range(max_epochs):
        for t in rng.permutation(len(X1)):              # shuffled order, one patient at a time
            h = sigmoid(X1[t] @ w)                       # predict
            gradient = -(y[t] - h) * X1[t]               # dLoss/dw for this patient
            w = w - alpha * gradient                     # step downhill
            step += 1
            if step % eval_every == 0:                   # evaluate the current neuron
                h_all = sigmoid(X1 @ w)
                train_loss = np.mean(-y * np.log(h_all) - (1 - y) * np.log(1 - h_all))
                test_error = np.mean((sigmoid(X1_test @ w) >= 0.5) != y_test)
                history["step"].append(step)
                history["train_loss"].append(train_loss)
                history["test_error"].append(test_error)
                # stopping rules (section 7.2)
                if target_error is not None and test_error <= target_error:
                    return w, history, f"target reached: test error {test_error:.1%} <= {target_error:.0%}"
                if patience is not None:
                    if train_loss < best_loss - 1e-3:
                        best_loss, checks_without_progress = train_loss, 0
                    else:
                        checks_without_progress += 1
                    if checks_without_progress >= patience:
                        return w, history, f"no progress for {patience} evaluations"
    return w, history, f"maximum of {max_epochs} epochs reached"


w_start = np.array([1.0, 2.0, 3.0])       # (w0, w_red, w_hb): bad on purpose
w_sgd, history, reason = train_neuron(X1_train, y_train, X1_test, y_test, w_start)
print(f"stopped: {reason} after {history['step'][-1]} updates")
print("learned weights (w0, w_red, w_hb) on standardised inputs:", w_sgd.round(2))

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### 7.1 Learning curves
#
# If all goes well the mean training loss falls with the number of updates, and so does the error rate on the
# held-out test patients. These two **learning curves** are the first thing to look at after any training.

# %% slideshow={"slide_type": ""}
steps = np.array(history["step"])
fig, axes = plt.subplots(1, 2, figsize=(11, 3.6))
axes[0].plot(steps, history["train_loss"], color=plotting.PALETTE[0])
axes[0].set(xlabel="updates (one patient each)", ylabel="mean cross-entropy (no unit)",
            title="Training loss", ylim=(0, None))
axes[1].plot(steps, 100 * np.array(history["test_error"]), color=plotting.PALETTE[1])
axes[1].set(xlabel="updates (one patient each)", ylabel="test error (% of patients)",
            title="Error on the held-out test patients")
fig.suptitle(f"Learning curves of the perceptron (learning rate α = 0.02, {len(X1_train)} updates per epoch)",
             fontweight="bold")
plt.show()

# %% slideshow={"slide_type": ""}
checks.true(history["train_loss"][-1] < 0.25 * history["train_loss"][0],
            "the training loss fell to less than a quarter of its starting value")
checks.between(history["test_error"][0], 0.5, 1.0, name="test error of the bad starting weights")
checks.between(history["test_error"][-1], 0.0, 0.08, name="test error after training")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### 7.2 When should training stop?
#
# The loop above ran a fixed number of epochs. The source course suggests stopping, based on the evaluation,
# when:
#
# - the error is **good enough**: below a target $n$ % fixed *in advance* (here 5 %); or
# - the evaluation **no longer improves** (the training loss has not dropped by 0.001 for, say, 10
#   evaluations in a row). Training may have converged, but to an error still too high, or it may not converge at all.
#
# A caveat: once the test set helps decide when to stop, it is no longer fully independent. In practice a third
# **validation** set is used for such decisions, and the test set is kept for the final report (notebook 06).

# %% slideshow={"slide_type": ""}
w_target, hist_target, reason_target = train_neuron(X1_train, y_train, X1_test, y_test, w_start,
                                                    target_error=0.05)
w_patience, hist_patience, reason_patience = train_neuron(X1_train, y_train, X1_test, y_test, w_start,
                                                          patience=10)
print(f"rule 'target error':  {reason_target} -> stopped after {hist_target['step'][-1]} updates")
print(f"rule 'no progress':   {reason_patience} -> stopped after {hist_patience['step'][-1]} updates")
print(f"no rule:              {reason} -> {history['step'][-1]} updates")
checks.true(hist_target["step"][-1] < history["step"][-1] and hist_patience["step"][-1] < history["step"][-1],
            "both stopping rules end training earlier than the fixed number of epochs")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### 7.3 How good is the alert, clinically?
#
# Accuracy alone hides the two kinds of mistakes. For an alert, the **sensitivity** (share of low counts that
# raise the alert) matters most: a missed anaemia is worse than a second look at a normal count. The
# **specificity** is the share of normal counts correctly left alone.

# %% slideshow={"slide_type": ""}
pred_test = (sigmoid(X1_test @ w_sgd) >= 0.5).astype(int)
m_sgd = metrics.binary_metrics(y_test, pred_test)
plotting.plot_confusion(y_test, pred_test, class_names=("no alert", "alert"),
                        title="Perceptron, low-count alert (test patients)")
plt.show()
print(f"accuracy {m_sgd['accuracy']:.1%} | sensitivity {m_sgd['sensitivity']:.1%} | specificity {m_sgd['specificity']:.1%}")

# %% [markdown] slideshow={"slide_type": "subslide"}
# An accuracy of about 95 % looks excellent, yet the sensitivity is only about 70 %: almost a third of
# the low counts are missed. Only 13 % of patients have a low count (**class imbalance**), so a neuron can be
# right most of the time while missing many of them.
#
# The threshold 0.5 is a choice. Lowering it to 0.3 catches more low counts, at the price of more false alerts:

# %% slideshow={"slide_type": ""}
p_test = sigmoid(X1_test @ w_sgd)            # predicted probability of a low-count alert
by_threshold = {f"threshold {th}": (y_test, (p_test >= th).astype(int)) for th in (0.5, 0.3)}
threshold_table = metrics.metrics_table(by_threshold)
threshold_table

# %% slideshow={"slide_type": ""}
checks.between(threshold_table.loc["threshold 0.5", "sensitivity"], 0.6, 0.9,
               name="sensitivity at threshold 0.5 (good accuracy, mediocre sensitivity)")
checks.true(threshold_table.loc["threshold 0.3", "sensitivity"] >= 0.8
            and threshold_table.loc["threshold 0.3", "specificity"] >= 0.9,
            "at threshold 0.3 the alert catches at least 80 % of low counts and keeps specificity >= 90 %")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Where to put the threshold is a clinical decision: what does a missed anaemia cost, and what does a
# needless second look cost? Notebook 04 draws the full trade-off, the ROC curve, for a breast-cancer model.

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
# - Try to bring the mean loss below 0.15. The trained neuron found about $(-3.8, -2.1, -1.8)$.
# - What does $w_0$ do? And the *ratio* $w_{\text{red}} / w_{\text{hb}}$?

# %% slideshow={"slide_type": ""}
fig = widgets.new_figure(figsize=(7.6, 4.0))
ax = fig.subplots()
for label, name in ((0, "no low-count alert"), (1, "low-count alert")):
    mask = y_train == label
    ax.scatter(X_train_raw[mask, 0], X_train_raw[mask, 1], s=12, color=plotting.class_color(label),
               alpha=0.7, edgecolor="white", linewidth=0.3, label=name)
alert_side = Polygon(np.zeros((3, 2)), closed=True, facecolor=plotting.POSITIVE_COLOR, alpha=0.12,
                     edgecolor="none", label="neuron says: alert")
ax.add_patch(alert_side)
(boundary,) = ax.plot([], [], color="black", linewidth=2, label="decision line (h = 0.5)")
(wrong,) = ax.plot([], [], "o", markersize=7, markerfacecolor="none", markeredgecolor="black",
                   markeredgewidth=1.0, linestyle="none", label="misclassified")   # a Line2D: fast to redraw
ax.set(xlim=RED_LIM, ylim=HB_LIM, xlabel="red blood cells (x10^6/mm³)", ylabel="haemoglobin (g/dL)",
       title="One neuron, one straight line (training patients)")
ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)   # outside: the moving line never hides it


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
    m = metrics.binary_metrics(y_train, predicted)
    return (f"<b>mean cross-entropy = {loss:.3f}</b> | errors {np.sum(predicted != y_train)} / {len(y_train)} | "
            f"sensitivity {m['sensitivity']:.0%} | specificity {m['specificity']:.0%}")


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
# $w \leftarrow w - \alpha\,\nabla$, where the gradient comes from autograd instead of our formula. With the
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
# neuron never sits exactly at the minimum, because each step follows one patient, but it should come very close
# and take almost the same decisions.
#
# (scikit-learn also has `Perceptron`, Rosenblatt's original step-function rule.)

# %% slideshow={"slide_type": ""}
from sklearn.linear_model import LogisticRegression

logreg = LogisticRegression(C=np.inf, max_iter=1000).fit(X_train, y_train)
w_sklearn = np.concatenate([logreg.intercept_, logreg.coef_[0]])
loss_sklearn = np.mean(losses.cross_entropy(y_train, sigmoid(X1_train @ w_sklearn)))
loss_ours = np.mean(losses.cross_entropy(y_train, sigmoid(X1_train @ w_sgd)))
agreement = np.mean((sigmoid(X1_test @ w_sgd) >= 0.5) == logreg.predict(X_test))

comparison = pd.DataFrame(
    {"from scratch (SGD)": neuron.unscale_weights(w_sgd, train_mean, train_std),
     "scikit-learn": neuron.unscale_weights(w_sklearn, train_mean, train_std)},
    index=["w0 (bias)", "w_red per 10^6/mm³", "w_hb per g/dL"]).round(2)
print(f"mean training loss: ours {loss_ours:.4f}, scikit-learn {loss_sklearn:.4f} | "
      f"same decision on {agreement:.1%} of test patients")
comparison   # weights converted back to real units

# %% slideshow={"slide_type": ""}
checks.close(loss_ours, loss_sklearn, tol=0.02, name="training loss, ours vs scikit-learn")
checks.between(agreement, 0.97, 1.0, name="share of test patients with the same decision")

# %% [markdown] slideshow={"slide_type": "fragment"}
# In real units both weights are negative, as they should be: the higher the red cells or the
# haemoglobin, the lower $z$ and the less likely a *low*-count alert. Each weight says how much $z$ changes for
# one more unit of its input (one more million red cells per mm³, one more g/dL of haemoglobin).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 10. The limits of a single neuron: linear separability
#
# Whatever its weights, one neuron splits the inputs with a **straight line** (with 3 inputs a plane, with more a
# "hyperplane"). It can only be perfect when the two classes are **linearly separable**, i.e. when some straight
# line has all of one class on one side.
#
# The famous counter-example is **XOR** ("exclusive or"): output 1 when exactly one of two inputs is 1. In 1969
# Minsky and Papert showed that a single perceptron cannot learn it. Enthusiasm for neural networks collapsed
# for years, a period later called an "AI winter". Let us try 20,000 random lines.

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
for label in (0, 1):
    ax.scatter(*X_xor[y_xor == label].T, s=160, color=plotting.class_color(label), label=f"XOR = {label}",
               edgecolor="black", zorder=3)
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
men = blood[blood.sex == 1]
X_men, y_men = men[["red_cells", "white_cells"]].to_numpy(), men.alert.to_numpy()
Xm_train, Xm_test, ym_train, ym_test = train_test_split(X_men, y_men, test_size=0.25, random_state=0, stratify=y_men)
Xm_train_s, Xm_test_s = training.standardize(Xm_train, Xm_test)
box_neuron = LogisticRegression(C=np.inf).fit(Xm_train_s, ym_train)
m_mean, m_std = Xm_train.mean(axis=0), Xm_train.std(axis=0)

fig, ax = plt.subplots(figsize=(7, 4.6))
plotting.plot_decision_boundary(lambda P: box_neuron.predict_proba((P - m_mean) / m_std), Xm_train, ym_train, ax=ax,
                                feature_names=("red blood cells (x10^6/mm³)", "white blood cells (x10^3/mm³)"),
                                class_names=("no alert", "alert"),
                                title="Full alert, men: one neuron cannot draw a box")
(rl, rh), (wl, wh) = REFERENCE_RANGES["red_cells"][1], REFERENCE_RANGES["white_cells"][1]
ax.add_patch(Rectangle((rl, wl), rh - rl, wh - wl, fill=False, edgecolor="black", linestyle="--", linewidth=1.5,
                       label="normal ranges (men)"))
ax.legend(loc="upper right", frameon=True, fontsize="small")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# The shading shows the neuron's probability of an alert. Its best straight line cuts through the
# cloud, and many alerts fall on the "no alert" side. (An alert inside the box would come from
# haemoglobin, which is not shown here.) Side by side with the low-count alert, the damage is clear:

# %% slideshow={"slide_type": ""}
table = metrics.metrics_table({
    "low-count alert (red cells, haemoglobin)": (y_test, pred_test),
    "full alert, men (red cells, white cells)": (ym_test, box_neuron.predict(Xm_test_s)),
})
table

# %% slideshow={"slide_type": ""}
checks.true(table.loc["full alert, men (red cells, white cells)", "sensitivity"] < 0.7,
            "on the box-shaped full alert a single neuron misses more than 30 % of the alerts")
checks.true(table.iloc[0]["sensitivity"] > table.iloc[1]["sensitivity"] + 0.2,
            "the low-count alert (a half-plane) is learned far better than the box")

# %% [markdown] slideshow={"slide_type": "fragment"}
# **What comes next.** Several neurons side by side can each draw one edge of the box, and a second
# layer can combine them ("high *or* low"). Training such a network needs the gradient of every weight in
# every layer, which is **backpropagation** (notebook 05). The **multi-layer perceptron** of notebook 06 then
# solves XOR and the full blood-count alert.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 1: the healthy woman with random weights
#
# With the slide's weights $\mathbf w = (1, 2, 3, -4)$, compute the weighted sum $z$ for the second row of the
# slide's table: a woman (sex = 2) with 4.2 x10^6 red cells/mm³ and 6.2 x10^3 white cells/mm³. Store it in
# `z_woman` as one number.

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
z_woman = ____  # replace ____ with your code
### BEGIN SOLUTION
z_woman = w_slide @ np.array([1.0, 4.2, 6.2, 2.0])
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_1.check()
# exercise_1.hint()      # a nudge; run it again for the next step
# exercise_1.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 2: one learning step by hand
#
# Take the worked example (`w_slide`, `x_patient`) and, as the slide says, the wanted output $y = 0$. Apply **one**
# update $w_i \leftarrow w_i - \alpha\,\bigl(-(y - h)\,x_i\bigr)$ with $\alpha = 0.1$ and store the new weights
# (an array of 4 numbers, $w_0$ to $w_3$) in `w_after_one_step`. Which weight moves the most, and why?

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
w_after_one_step = ____  # replace ____ with your code
### BEGIN SOLUTION
h_now = 1 / (1 + np.exp(-(w_slide @ x_patient)))
w_after_one_step = w_slide - 0.1 * (-(0 - h_now) * x_patient)
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
# - Watch the learning curves, and stop on a target error or when progress stops.
# - One neuron = one straight line. It fails on XOR and on "normal inside a range" rules; several layers are needed.

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
# 4. A single neuron gets 96 % right on the low-count alert but misses many alerts on the full alert. Why?
# <details><summary>Answer</summary>The low-count alert is (almost) one side of a line. The full alert fires on both sides of a normal range (a box), which no single straight line can separate: the classes are not linearly separable.</details>
#
# **What comes next:** notebook 04 looks closely at gradient descent itself: learning rates that are too small or
# too large, stopping tests, and the stochastic and mini-batch variants. Notebooks 05 and 06 stack neurons into
# layers and train them with backpropagation.
