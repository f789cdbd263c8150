# %% [markdown] slideshow={"slide_type": "slide"}
# # 04 · Gradient descent
#
# > How a model walks downhill on its loss: learning rate, stopping test, stochastic and mini-batch steps.
#
# **Estimated time:** 75 min · **Prerequisites:** 02, 03
#
# Every network in this course, from one neuron to a CT segmentation model, is trained by the same simple recipe: measure the slope of the error and take a small step downhill, millions of times. When training is slow, unstable or stuck, the cause is almost always one of the knobs of this recipe. This notebook lets you turn each knob and see what happens, first on a parabola, then on a breast-cancer classifier.
#
# **By the end of this notebook you will be able to:**
# - Minimise $f(x) = x^2$ by hand and in NumPy: gradient, step, learning rate, starting point, stopping test
# - Recognise convergence, oscillation and divergence, and choose a sensible learning rate
# - Read contour plots and explain why narrow valleys and several minima make descent harder
# - Compare full-batch, stochastic and mini-batch descent on a medical classifier (loss curves and wall time)
# - Check any gradient against a finite-difference estimate and PyTorch autograd
#
# *For learning only: nothing in this course is a medical device or fit for clinical decisions.*

# %% slideshow={"slide_type": "skip"}
import time

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import torch
from sklearn.model_selection import train_test_split

import course_utils
from course_utils import checks, landscapes, metrics, plotting, training, widgets
from course_utils.datasets import load_breast_cancer_frame
from course_utils.exercises import ____
from course_utils.exercises.gradient_descent import exercise_1, exercise_2, exercise_3
from course_utils.reference import gradients
from course_utils.reference.losses import logistic_loss_and_gradient

course_utils.setup()


# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. The blindfolded hiker
#
# Imagine standing somewhere on a mountain in thick fog, blindfolded, and wanting to reach the valley floor.
# You cannot see the valley. You can only feel the **slope under your feet**. A reasonable plan:
#
# 1. feel which direction goes down most steeply;
# 2. take a step that way;
# 3. repeat until the ground feels flat.
#
# That is **gradient descent** (descente de gradient). The mountain is the **loss** of a model (how wrong it
# is), your position is the model's **weights**, and the valley floor is the set of weights with the smallest
# error. Three choices decide whether you get there: **how long your steps are** (the learning rate),
# **where you start**, and **when you decide the ground is flat enough** to stop.

# %% [markdown] slideshow={"slide_type": "fragment"}
# In notebook 03 the neuron did exactly this. Each update $w \leftarrow w - \alpha\,\partial \text{Loss}/\partial w$
# was one step of the hiker. Here we study the walk itself, first on the simplest possible mountain, where we
# can see everything.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Minimising $f(x) = x^2$
#
# Our "loss" is $f(x) = x^2$, a parabola with its minimum at $x = 0$. We pretend we do not know that.
#
# - **Gradient** (here a simple derivative, the slope): $f'(x) = 2x$. It is positive right of the minimum and
#   negative left of it, and its size says how steep the ground is.
# - **Step**: move against the slope, by the **learning rate** $\alpha$ (taux d'apprentissage) times the slope:
#
# $$ x_{k+1} = x_k - \alpha\, f'(x_k) = x_k - 2\alpha\, x_k . $$
#
# - **Stopping test**: stop when the ground is almost flat, $|f'(x_k)| < \varepsilon$ (epsilon, a small number
#   fixed in advance, here $10^{-3}$), or after a maximum number of steps.
# - **Starting point** $x_0$: where the hiker begins.

# %% slideshow={"slide_type": ""}
def f(x):
    return x ** 2


def f_prime(x):
    return 2 * x                      # the gradient (slope) of x^2


def gradient_descent_1d(grad, x0, lr, eps=1e-3, max_steps=100):
    # Returns the visited points x0, x1, ... and whether the stopping test |grad| < eps was met.
    x = x0
    path = [x]
    for _ in range(max_steps):
        g = grad(x)
        if abs(g) < eps:              # stopping test: the ground is flat enough
            return np.array(path), True
        x = x - lr * g                # one step against the slope
        path.append(x)
    return np.array(path), abs(grad(x)) < eps


path, converged = gradient_descent_1d(f_prime, x0=3.0, lr=0.1)
print(f"converged: {converged} after {len(path) - 1} steps; last x = {path[-1]:.6f}")
print("first points:", path[:6].round(3))

# %% [markdown] slideshow={"slide_type": "subslide"}
# Can we predict the number of steps? Each step multiplies $x$ by the same factor:
# $x_{k+1} = x_k - 2\alpha x_k = (1 - 2\alpha)\,x_k$, so $x_k = (1 - 2\alpha)^k\, x_0$. With $\alpha = 0.1$ and
# $x_0 = 3$ the slope is $|f'(x_k)| = 6 \times 0.8^k$. It falls below $10^{-3}$ for the first $k$ with
# $0.8^k < 1/6000$, that is $k = 39$.

# %% slideshow={"slide_type": ""}
k_predicted = int(np.ceil(np.log(1e-3 / 6) / np.log(0.8)))
print(f"predicted: {k_predicted} steps")
checks.equal(len(path) - 1, k_predicted, name="number of steps of our descent on x^2")

# %% slideshow={"slide_type": ""}
x_axis = np.linspace(-3.5, 3.5, 300)
fig, ax = plt.subplots(figsize=(7, 3.8))
ax.plot(x_axis, f(x_axis), color="0.5", label="$f(x) = x^2$")
ax.plot(path, f(path), "o-", color=plotting.PALETTE[0], markersize=4, linewidth=1, label="descent, α = 0.1")
ax.plot(path[0], f(path[0]), "s", color=plotting.PALETTE[1], markersize=9, label="start $x_0 = 3$")
ax.set(xlabel="parameter x (no unit)", ylabel="loss f(x) (no unit)",
       title="Big steps where the slope is steep, tiny steps near the bottom")
ax.legend()
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# The steps shrink on their own: the step is $\alpha$ *times the slope*, and the slope vanishes near the
# minimum. (The source slides write the step size as $\alpha\,|\nabla f(x_k)|$, the same thing.)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. Your turn: learning rate, starting point and number of steps
#
# Move the sliders and watch the hiker. Try in particular:
#
# - $\alpha = 0.05$: safe but slow;
# - $\alpha = 0.4$: fast, straight down;
# - $\alpha = 0.8$: each step **overshoots** the bottom; the hiker zigzags from side to side but still converges;
# - $\alpha = 1.0$: bounces forever between $x_0$ and $-x_0$;
# - $\alpha = 1.05$: every step lands higher than the last, so the descent **diverges**.
#
# Right panel: the size of the slope $|f'(x_k)|$ at each step, on a logarithmic scale, with the stopping
# threshold $\varepsilon = 10^{-3}$.

# %% slideshow={"slide_type": ""}
fig = widgets.new_figure(figsize=(10, 4.4))
ax_path, ax_grad = fig.subplots(1, 2)
X_LIM, EPS = 4.5, 1e-3
xs = np.linspace(-X_LIM, X_LIM, 300)
ax_path.plot(xs, f(xs), color="0.6", label="$f(x) = x^2$")
(walk,) = ax_path.plot([], [], "o-", color=plotting.PALETTE[0], markersize=4, linewidth=1, label="steps")
(start_marker,) = ax_path.plot([], [], "s", color=plotting.PALETTE[1], markersize=9, label="start")
ax_path.set(xlim=(-X_LIM, X_LIM), ylim=(-0.5, X_LIM ** 2), xlabel="parameter x (no unit)",
            ylabel="loss f(x) (no unit)", title="The walk on the loss curve")
ax_path.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=3, fontsize="small")  # outside: never hidden
(grad_line,) = ax_grad.plot([], [], "o-", color=plotting.PALETTE[0], markersize=3, linewidth=1)
ax_grad.axhline(EPS, color=plotting.PALETTE[2], linestyle="--", label="stopping threshold ε = 0.001")
ax_grad.set(yscale="log", xlim=(0, 60), ylim=(1e-5, 1e3), xlabel="step k",
            ylabel="|slope| |f'(x_k)| (log scale)", title="Is the ground getting flatter?")
ax_grad.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), fontsize="small")


def update(lr, x0, steps):
    path, converged = gradient_descent_1d(f_prime, x0=x0, lr=lr, eps=EPS, max_steps=steps)
    shown = np.clip(path, -10 * X_LIM, 10 * X_LIM)          # keep diverging points drawable
    walk.set_data(shown, f(shown))
    start_marker.set_data([x0], [f(x0)])
    grad_line.set_data(np.arange(len(path)), np.maximum(np.abs(f_prime(path)), 1e-12))
    factor = 1 - 2 * lr
    if converged:
        verdict = f"converged: |slope| < ε after {len(path) - 1} steps"
    elif abs(factor) > 1:
        verdict = "DIVERGES: every step lands higher than the one before"
    elif abs(factor) == 1:
        verdict = "bounces forever between x0 and -x0"
    else:
        verdict = f"not converged yet after {steps} steps: allow more steps or a larger α"
    kind = ("overshoots and zigzags" if factor < 0 else "goes straight down") if abs(factor) < 1 else ""
    return f"α = {lr:.2f}: each step multiplies x by 1 - 2α = {factor:+.2f} ({kind or 'no convergence'}) | {verdict}"


live = widgets.LiveFigure(
    fig, update, main=True, dynamic=[walk, start_marker, grad_line],
    lr=widgets.slider(0.1, 0.01, 1.1, 0.01, "learning rate α"),
    x0=widgets.slider(3.0, -4.0, 4.0, 0.1, "starting point x0"),
    steps=widgets.slider(40, 1, 60, 1, "maximum number of steps", integer=True),
)
live

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### What the widget shows, in one formula
#
# Every step multiplies $x$ by $r = 1 - 2\alpha$:
#
# | learning rate | factor $r = 1 - 2\alpha$ | behaviour |
# | --- | --- | --- |
# | $0 < \alpha < 0.5$ | between 0 and 1 | straight down, slower as $\alpha \to 0$ |
# | $\alpha = 0.5$ | 0 | lands on the minimum in one step |
# | $0.5 < \alpha < 1$ | between -1 and 0 | overshoots and zigzags, but converges |
# | $\alpha = 1$ | -1 | bounces forever |
# | $\alpha > 1$ | below -1 | diverges |
#
# On real losses we cannot compute $r$, but the same three regimes appear: too small (slow), right, and too
# large (oscillation or divergence, the loss becomes `nan`).

# %% slideshow={"slide_type": ""}
rows = []
for lr in (0.01, 0.1, 0.4, 0.5, 0.8, 1.0, 1.05):
    p, ok = gradient_descent_1d(f_prime, x0=3.0, lr=lr, max_steps=1000)
    rows.append({"learning rate α": lr, "converged": ok, "steps": len(p) - 1, "|x| at the end": abs(p[-1])})
lr_table = pd.DataFrame(rows).set_index("learning rate α")
lr_table

# %% slideshow={"slide_type": ""}
checks.true(lr_table.loc[0.01, "steps"] > 5 * lr_table.loc[0.1, "steps"],
            "a learning rate 10 times smaller needs more than 5 times as many steps")
checks.equal(int(lr_table.loc[0.5, "steps"]), 1, name="steps with α = 0.5 (straight to the minimum)")
checks.true(not lr_table.loc[1.05, "converged"] and lr_table.loc[1.05, "|x| at the end"] > 1e6,
            "α = 1.05 diverges: |x| explodes")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. Checking a gradient: finite differences and autograd
#
# Everything relies on the gradient being right. A wrong sign or a forgotten factor 2 is a silent bug: the
# model simply learns badly. Two independent checks are cheap:
#
# - **Finite differences**: the slope is "rise over run". Nudge $x$ a tiny $\varepsilon$ either way and measure:
#   $$ f'(x) \approx \frac{f(x + \varepsilon) - f(x - \varepsilon)}{2\varepsilon} .$$
#   With several parameters, nudge one at a time (`gradients.numerical_gradient` does this).
# - **Autograd**: PyTorch records the operations of $f$ and differentiates them automatically
#   (`loss.backward()`), as in every later notebook.

# %% slideshow={"slide_type": ""}
x_check, eps_fd = 1.7, 1e-6
slope_fd = (f(x_check + eps_fd) - f(x_check - eps_fd)) / (2 * eps_fd)     # finite difference, by hand

x_t = torch.tensor(x_check, dtype=torch.float64, requires_grad=True)
f(x_t).backward()                                                         # autograd
print(f"formula 2x = {f_prime(x_check):.6f} | finite difference = {slope_fd:.6f} | autograd = {x_t.grad.item():.6f}")
checks.close(f_prime(x_check), slope_fd, tol=1e-6, name="f'(1.7): formula vs finite difference")
checks.close(f_prime(x_check), x_t.grad.item(), tol=1e-12, name="f'(1.7): formula vs autograd")


# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Descent in several dimensions
#
# A model has many weights, not one. The loss is then a surface over all of them, and the slope becomes the
# **gradient vector** $\nabla f = (\partial f/\partial p_1, \partial f/\partial p_2, \dots)$. It points in the
# direction of **steepest ascent**, so the hiker steps the opposite way:
#
# $$ \mathbf p_{k+1} = \mathbf p_k - \alpha\, \nabla f(\mathbf p_k), \qquad \text{stop when } \|\nabla f(\mathbf p_k)\| < \varepsilon ,$$
#
# where $\|\cdot\|$ is the length of the vector. To look at a surface over two parameters we draw a
# **contour map**, like the altitude lines of a hiking map. Each line joins points of equal loss, and the
# gradient is always perpendicular to the lines.
#
# The code is the same as in one dimension, with vectors instead of numbers:

# %% slideshow={"slide_type": ""}
def gradient_descent(grad, p0, lr, eps=1e-3, max_steps=200):
    p = np.array(p0, dtype=float)
    path = [p.copy()]
    for _ in range(max_steps):
        g = grad(p)
        if np.linalg.norm(g) < eps:          # stopping test on the length of the gradient
            return np.array(path), True
        p = p - lr * g
        path.append(p.copy())
        if np.linalg.norm(p) > 1e6:          # diverged: no point in going on
            break
    return np.array(path), bool(np.linalg.norm(grad(p)) < eps)


# %% [markdown] slideshow={"slide_type": "subslide"}
# Our test surfaces (`course_utils.optim`) come with their exact gradients. Trust, but verify:
# each gradient against finite differences and autograd, at a few random points.

# %% slideshow={"slide_type": ""}
round_bowl, narrow_valley, two_valleys = landscapes.bowl(1.0), landscapes.bowl(10.0), landscapes.two_minima(0.3)
worst_fd, worst_autograd = 0.0, 0.0
for surface in (round_bowl, narrow_valley, two_valleys):
    for p in np.random.default_rng(0).uniform(-1.5, 1.5, size=(5, 2)):
        exact = surface.gradient(p)
        fd = gradients.numerical_gradient(surface.f, p)
        p_t = torch.tensor(p, requires_grad=True)
        surface.f(p_t).backward()                       # the same formula, differentiated by PyTorch
        worst_fd = max(worst_fd, gradients.relative_error(exact, fd))
        worst_autograd = max(worst_autograd, gradients.relative_error(exact, p_t.grad.numpy()))
print(f"largest relative difference: finite differences {worst_fd:.1e}, autograd {worst_autograd:.1e}")
checks.true(worst_fd < 1e-6 and worst_autograd < 1e-12, "all surface gradients agree with finite differences and autograd")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Round bowl vs narrow valley
#
# - **Round bowl** $f = (p_1^2 + p_2^2)/2$: the contours are circles, and the gradient points straight at the
#   minimum.
# - **Narrow valley** $f = (p_1^2 + 10\,p_2^2)/2$: the surface is 10 times steeper across the valley than along
#   it (an **ill-conditioned** problem). The gradient points mostly *across* the valley, so the hiker zigzags.
#   The steep direction caps the learning rate (here $\alpha < 2/10 = 0.2$), and along the flat floor progress
#   is then slow.
#
# Inputs on very different scales produce exactly such narrow valleys. That is one reason we standardised the
# blood counts in notebook 03.

# %% slideshow={"slide_type": ""}
start = (-2.5, 1.5)
runs = {
    ("round", 0.18): gradient_descent(round_bowl.gradient, start, 0.18),
    ("round", 0.6): gradient_descent(round_bowl.gradient, start, 0.6),
    ("narrow", 0.18): gradient_descent(narrow_valley.gradient, start, 0.18),
    ("narrow", 0.21): gradient_descent(narrow_valley.gradient, start, 0.21, max_steps=12),
}
fig, axes = plt.subplots(1, 2, figsize=(11, 4.4))
for ax, (surface, kind) in zip(axes, ((round_bowl, "round"), (narrow_valley, "narrow"))):
    landscapes.plot_surface_contours(surface, ax=ax, levels=15)
    for color, ((_, lr), (p, ok)) in zip(plotting.PALETTE, [(key, r) for key, r in runs.items() if key[0] == kind]):
        verdict = f"{len(p) - 1} steps" if ok else "diverges"
        landscapes.plot_path(ax, p, label=f"α = {lr}: {verdict}", color=color)
    ax.set(xlim=(-3, 3), ylim=(-2.2, 2.2))
    ax.legend(loc="lower right", fontsize="small", frameon=True)
plt.show()

# %% slideshow={"slide_type": ""}
steps = {key: len(p) - 1 for key, (p, ok) in runs.items()}
checks.true(runs[("round", 0.6)][1] and steps[("round", 0.6)] < 15, "the round bowl allows a large step: converged in < 15 steps")
checks.true(runs[("narrow", 0.18)][1] and steps[("narrow", 0.18)] > 3 * steps[("round", 0.6)],
            "the narrow valley, with the largest safe α, needs more than 3 times as many steps")
checks.true(not runs[("narrow", 0.21)][1], "α = 0.21 > 2/10 diverges on the narrow valley")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Several valleys: the starting point matters
#
# Real losses are not bowls. The surface below has **two valleys**: a deeper one on the left (the **global**
# minimum) and a shallower one on the right (a **local** minimum). A hiker who only feels the slope goes down
# into whichever valley they start above and stays there. Same algorithm, same learning rate, different ends.

# %% slideshow={"slide_type": ""}
starts = [(-1.8, 1.2), (-0.2, -1.2), (0.3, 1.2), (1.8, -1.2)]
ends = []
fig, ax = plt.subplots(figsize=(7, 4.8))
landscapes.plot_surface_contours(two_valleys, ax=ax, levels=18, title="Two valleys: the start decides the end")
for color, s in zip(plotting.PALETTE, starts):
    p, ok = gradient_descent(two_valleys.gradient, s, lr=0.05)
    ends.append(p[-1])
    side = "global (left)" if p[-1][0] < 0 else "local (right)"
    landscapes.plot_path(ax, p, label=f"start {s} → {side} minimum", color=color)
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=2, fontsize="small")
plt.show()
f_left, f_right = two_valleys.value(two_valleys.minima)
print(f"loss at the left minimum {f_left:.3f}, at the right minimum {f_right:.3f}")

# %% slideshow={"slide_type": ""}
ends = np.array(ends)
checks.close(ends[:2], np.tile(two_valleys.minima[0], (2, 1)), tol=1e-3, name="ends of the two left starts (global minimum)")
checks.close(ends[2:], np.tile(two_valleys.minima[1], (2, 1)), tol=1e-3, name="ends of the two right starts (local minimum)")

# %% [markdown] slideshow={"slide_type": "subslide"}
# Move the starting point yourself. Where is the **watershed**, the line that separates starts ending in
# the left valley from starts ending in the right one?
#
# Then raise $\alpha$ to 0.15 or 0.2 and start high on a steep outer wall ($p_1 = \pm 1.9$). One big step can
# fling the hiker over the ridge into the *other* valley, or off the map altogether.

# %% slideshow={"slide_type": ""}
fig2 = widgets.new_figure(figsize=(6.4, 4.4))
ax2 = fig2.subplots()
landscapes.plot_surface_contours(two_valleys, ax=ax2, levels=18, title="Pick a start: which valley?")
(valley_path,) = ax2.plot([], [], "o-", color=plotting.PALETTE[0], markersize=3, linewidth=1.5)
(valley_start,) = ax2.plot([], [], "s", color=plotting.PALETTE[1], markersize=9)


def update_valleys(p1_start, p2_start, lr):
    p, ok = gradient_descent(two_valleys.gradient, (p1_start, p2_start), lr=lr, max_steps=150)
    shown = np.clip(p, -100, 100)                           # keep diverging points drawable
    valley_path.set_data(shown[:, 0], shown[:, 1])
    valley_start.set_data([p1_start], [p2_start])
    if not ok:
        return f"no convergence within 150 steps (α = {lr:.2f}): the steps are too large for this slope"
    side = "left (global)" if p[-1, 0] < 0 else "right (local)"
    return f"ends in the {side} minimum after {len(p) - 1} steps, loss {two_valleys.value(p[-1]):.3f}"


widgets.LiveFigure(fig2, update_valleys, dynamic=[valley_path, valley_start],
                   p1_start=widgets.slider(0.3, -1.9, 1.9, 0.05, "start p1"),
                   p2_start=widgets.slider(1.2, -1.4, 1.4, 0.05, "start p2"),
                   lr=widgets.slider(0.05, 0.01, 0.25, 0.01, "learning rate α"))

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. Full-batch, stochastic and mini-batch descent on a medical task
#
# Back to a real model: **logistic regression** (the sigmoid neuron of notebook 03) predicting whether a breast
# tumour is **malignant** from 30 measurements of cell nuclei in a fine-needle aspirate (the Wisconsin
# breast-cancer data, 569 tumours). The loss is the **mean** cross-entropy over the $n$ training patients,
# plus a small penalty $\tfrac{\lambda}{2}\sum_{j \ge 1} w_j^2$ that keeps the weights finite:
#
# $$ \text{Loss}(\mathbf w) = \frac1n \sum_{t=1}^{n} \text{CE}\bigl(y_t, \sigma(\mathbf w\cdot\mathbf x_t)\bigr) + \frac{\lambda}{2}\sum_{j\ge1} w_j^2,
# \qquad \nabla \text{Loss} = \frac1n\, X^\top (\mathbf h - \mathbf y) + \lambda\,(0, w_1, \dots, w_{30}) .$$
#
# The gradient is a mean over patients. How many patients should each step look at?

# %% [markdown] slideshow={"slide_type": "subslide"}
# - **Full-batch** gradient descent: all $n$ patients per step. It gives the exact gradient, but each step is
#   expensive, and with millions of images impossible.
# - **Stochastic** gradient descent (SGD): **one** random patient per step, as in notebook 03. Steps are cheap
#   but noisy: one patient is a poor guide to the whole mountain.
# - **Mini-batch** descent: a small random **batch** (here 32 patients) per step, using the batch's **mean
#   gradient**. It is the compromise used in practice, and it suits GPUs, which process a batch in parallel.
#
# One **epoch** is one pass through the whole training set: 1 step in full-batch, $n$ steps in SGD, and
# $n/32$ steps with mini-batches.

# %% slideshow={"slide_type": ""}
cancer = load_breast_cancer_frame()
X_all = cancer.drop(columns="malignant").to_numpy()
y_all = cancer["malignant"].to_numpy()
X_tr_raw, X_te_raw, y_tr, y_te = train_test_split(X_all, y_all, test_size=0.25, random_state=0, stratify=y_all)
X_tr, X_te = training.standardize(X_tr_raw, X_te_raw)                    # training mean and SD only
X1_tr = np.column_stack([np.ones(len(X_tr)), X_tr])                      # x0 = 1: the bias input
X1_te = np.column_stack([np.ones(len(X_te)), X_te])
n_train, LAMBDA = len(X1_tr), 0.01
print(f"train: {X1_tr.shape[0]} tumours x {X1_tr.shape[1] - 1} features ({y_tr.mean():.0%} malignant) | "
      f"test: {len(X1_te)} tumours")


# %% slideshow={"slide_type": ""}
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def loss_and_gradient(w, X1, y, lam=LAMBDA):
    h = sigmoid(X1 @ w)
    h_safe = np.clip(h, 1e-12, 1 - 1e-12)                      # avoid log(0) if a prediction is 0 or 1 exactly
    penalised = np.concatenate([[0.0], w[1:]])                 # the bias w0 is not penalised
    loss = np.mean(-y * np.log(h_safe) - (1 - y) * np.log(1 - h_safe)) + lam / 2 * np.sum(penalised ** 2)
    gradient = X1.T @ (h - y) / len(y) + lam * penalised
    return loss, gradient


# %% [markdown] slideshow={"slide_type": "subslide"}
# As always, check the gradient before using it: finite differences on all 31 weights, PyTorch's
# autograd on the same loss, and the reference version in `course_utils.neuron`.

# %% slideshow={"slide_type": ""}
w_test = np.random.default_rng(1).normal(0, 0.3, size=X1_tr.shape[1])
_, grad_ours = loss_and_gradient(w_test, X1_tr, y_tr)
grad_fd = gradients.numerical_gradient(lambda w: loss_and_gradient(w, X1_tr, y_tr)[0], w_test)

w_t = torch.tensor(w_test, requires_grad=True)
z_t = torch.tensor(X1_tr) @ w_t
loss_t = torch.nn.functional.binary_cross_entropy_with_logits(z_t, torch.tensor(y_tr, dtype=torch.float64)) \
    + LAMBDA / 2 * (w_t[1:] ** 2).sum()
loss_t.backward()
print(f"relative difference: finite differences {gradients.relative_error(grad_ours, grad_fd):.1e}, "
      f"autograd {gradients.relative_error(grad_ours, w_t.grad.numpy()):.1e}")
checks.close(grad_ours, grad_fd, tol=1e-7, name="logistic gradient vs finite differences")
checks.close(grad_ours, w_t.grad.numpy(), tol=1e-10, name="logistic gradient vs torch autograd")
checks.close(grad_ours, logistic_loss_and_gradient(w_test, X1_tr, y_tr, l2=LAMBDA)[1], tol=1e-12,
             name="logistic gradient vs course_utils reference")


# %% [markdown] slideshow={"slide_type": "subslide"}
# One training loop covers the three methods: only the **batch size** changes (1, 32 or all patients).
# The learning rate can decay over time, $\alpha_t = \alpha_0 / (1 + \text{decay}\cdot t)$, where $t$ counts the
# steps; section 7 explains why.

# %% slideshow={"slide_type": ""}
def train_logistic(batch_size, lr, epochs, decay=0.0, seed=0):
    rng = np.random.default_rng(seed)
    w = np.zeros(X1_tr.shape[1])
    losses, seconds, t = [loss_and_gradient(w, X1_tr, y_tr)[0]], [0.0], 0
    start_time = time.perf_counter()
    for _ in range(epochs):
        order = rng.permutation(n_train)                          # shuffle the patients every epoch
        for first in range(0, n_train, batch_size):
            batch = order[first:first + batch_size]               # the patients of this step
            _, g = loss_and_gradient(w, X1_tr[batch], y_tr[batch])  # mean gradient of the batch
            w = w - lr / (1 + decay * t) * g
            t += 1
        seconds.append(time.perf_counter() - start_time)
        losses.append(loss_and_gradient(w, X1_tr, y_tr)[0])       # full training loss, for the curves
    return w, np.array(losses), np.array(seconds), t


methods = {   # name: (batch size, learning rate, epochs)
    "full-batch": (n_train, 1.0, 150),
    "mini-batch (32)": (32, 0.2, 30),
    "stochastic (1)": (1, 0.05, 10),
}
results = {name: train_logistic(b, lr, ep) for name, (b, lr, ep) in methods.items()}

# %% slideshow={"slide_type": ""}
from sklearn.linear_model import LogisticRegression

# the same loss, minimised by scikit-learn (its C equals 1 / (n * lambda) for our penalty)
reference = LogisticRegression(C=1 / (n_train * LAMBDA), tol=1e-10, max_iter=10_000).fit(X_tr, y_tr)
w_best = np.concatenate([reference.intercept_, reference.coef_[0]])
loss_best = loss_and_gradient(w_best, X1_tr, y_tr)[0]

fig, axes = plt.subplots(1, 2, figsize=(11, 4))
for color, (name, (_, losses, seconds, _)) in zip(plotting.PALETTE, results.items()):
    axes[0].plot(np.arange(len(losses)), losses, color=color, label=name)
    axes[1].plot(seconds, losses, color=color, label=name)
for ax in axes:
    ax.axhline(loss_best, color="black", linestyle=":", label="minimum (scikit-learn)")
    ax.set(ylabel="training loss (no unit)", ylim=(0.08, 0.3))
axes[0].set(xlabel="epochs (passes through the training data)", title="Progress per pass through the data", xlim=(0, 30))
axes[1].set(xlabel="wall-clock time (s)", title="Progress per second of computing")
axes[0].legend()
plt.show()

# %% slideshow={"slide_type": ""}
rows = {}
for name, (w, losses, seconds, n_steps) in results.items():
    m = metrics.binary_metrics(y_te, (sigmoid(X1_te @ w) >= 0.5).astype(int))
    rows[name] = {"steps": n_steps, "steps per epoch": int(np.ceil(n_train / methods[name][0])),
                  "epochs": methods[name][2], "wall time (s)": seconds[-1], "final loss": losses[-1],
                  "gap to minimum": losses[-1] - loss_best, "test sensitivity": m["sensitivity"],
                  "test specificity": m["specificity"]}
summary = pd.DataFrame(rows).T.astype({"steps": int, "steps per epoch": int, "epochs": int})
summary.round(4)

# %% [markdown] slideshow={"slide_type": "subslide"}
# How to read this (wall times on a shared or busy computer are noisy; the pattern is what counts):
#
# - **Per epoch**, SGD and mini-batches get close to the minimum within one or two passes, while full-batch
#   needs many. They take many small steps per pass, full-batch only one.
# - **Per second**, on this small table, full-batch does very well: NumPy handles all 426 tumours in one fast
#   matrix product, while SGD pays Python's overhead on each of its 426 steps per epoch. With millions of
#   images, a full-batch step would not even fit in memory. Mini-batches are then the practical compromise,
#   and on a GPU a batch of 32 costs hardly more than a single image.
# - SGD's curve is **noisy**: each step follows one patient, so near the minimum it keeps jittering instead of settling.

# %% slideshow={"slide_type": ""}
checks.close(results["full-batch"][0], w_best, tol=0.05, name="full-batch weights vs scikit-learn (largest difference)")
checks.between(summary.loc["full-batch", "gap to minimum"], 0.0, 1e-3, name="full-batch: gap to the minimum loss")
checks.between(summary["gap to minimum"].max(), 0.0, 0.01, name="largest gap to the minimum over the three methods")
checks.between(summary["test sensitivity"].min(), 0.9, 1.0, name="lowest test sensitivity of the three models")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### The clinical view
#
# All three reach about the same model. What does it mean for patients? On the held-out tumours, the
# confusion matrix of the mini-batch model shows the two kinds of mistakes: missed cancers (false negatives,
# the dangerous ones) and false alarms (false positives, which mean an unnecessary biopsy and worry).

# %% slideshow={"slide_type": ""}
w_mini = results["mini-batch (32)"][0]
p_te = sigmoid(X1_te @ w_mini)
fig, axes = plt.subplots(1, 2, figsize=(10, 4.2))
plotting.plot_confusion(y_te, (p_te >= 0.5).astype(int), ax=axes[0], class_names=("benign", "malignant"),
                        title="Mini-batch model, test tumours")
fpr, tpr, _ = metrics.roc_curve(y_te, p_te)
auc = metrics.roc_auc(y_te, p_te)
axes[1].plot(fpr, tpr, color=plotting.POSITIVE_COLOR, label=f"logistic regression (AUC = {auc:.3f})")
axes[1].plot([0, 1], [0, 1], color="0.6", linestyle="--", label="coin toss")
axes[1].set(xlabel="1 - specificity (false-alarm rate)", ylabel="sensitivity (share of cancers caught)",
            title="ROC curve, test tumours")
axes[1].legend(loc="lower right")
plt.show()
checks.between(auc, 0.97, 1.0, name="test ROC AUC of the mini-batch model")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7. Better steps: learning-rate decay, momentum and Adam
#
# **Learning-rate decay.** With a constant $\alpha$, SGD keeps jittering around the minimum, because every
# single patient pulls the weights their own way. Shrinking the steps over time,
# $\alpha_t = \alpha_0 / (1 + \text{decay}\cdot t)$, lets it settle: big steps to travel early, small steps to
# land softly. The source course recommends it for training networks.

# %% slideshow={"slide_type": ""}
constant = train_logistic(batch_size=1, lr=0.1, epochs=15)
decayed = train_logistic(batch_size=1, lr=0.1, epochs=15, decay=0.005)
fig, ax = plt.subplots(figsize=(7, 3.8))
ax.plot(constant[1], color=plotting.PALETTE[1], label="SGD, constant α = 0.1")
ax.plot(decayed[1], color=plotting.PALETTE[0], label="SGD, α = 0.1 / (1 + 0.005 t)")
ax.axhline(loss_best, color="black", linestyle=":", label="minimum (scikit-learn)")
ax.set(xlabel="epochs", ylabel="training loss (no unit)", ylim=(0.095, 0.13), xlim=(1, 15),
       title="Decaying the learning rate calms the jitter of SGD")
ax.legend()
plt.show()
jitter_constant, jitter_decayed = np.std(constant[1][5:]), np.std(decayed[1][5:])
print(f"spread of the loss over epochs 5-15: constant {jitter_constant:.5f}, decayed {jitter_decayed:.5f}")

# %% slideshow={"slide_type": ""}
checks.true(jitter_decayed < 0.5 * jitter_constant, "with decay, the loss jitters less than half as much")
checks.true(decayed[1][-1] < constant[1][-1], "with decay, SGD ends closer to the minimum")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Momentum.** A hiker who keeps some speed from previous steps (like a heavy ball rolling downhill)
# crosses the narrow valley's zigzags: the back-and-forth components cancel, and the along-the-valley
# components add up. The update keeps a **velocity** $\mathbf v$:
# $\mathbf v \leftarrow \beta\,\mathbf v + \nabla f$, then $\mathbf p \leftarrow \mathbf p - \alpha\,\mathbf v$
# (typically $\beta = 0.9$).
#
# **Adam** (2014) goes further. It keeps, for each parameter, a running mean of the gradient (momentum) and of
# its square, and divides one by the square root of the other. Every parameter gets its own step size, so steep
# and flat directions are treated alike. Adam is the default optimiser of `training.fit` in later notebooks.
#
# Both are one line in PyTorch. Below, on a very narrow valley (condition 25), each optimiser starts from the
# same point; we count the steps needed to bring the loss below $10^{-3}$.

# %% slideshow={"slide_type": ""}
very_narrow = landscapes.bowl(25.0)
optimisers = {
    "plain gradient descent (α = 0.075)": lambda p: torch.optim.SGD([p], lr=0.075),
    "momentum (α = 0.03, β = 0.7)": lambda p: torch.optim.SGD([p], lr=0.03, momentum=0.7),
    "Adam (α = 0.3)": lambda p: torch.optim.Adam([p], lr=0.3),
}
paths, steps_needed = {}, {}
for name, make in optimisers.items():
    p = torch.tensor([-2.5, 1.5], dtype=torch.float64, requires_grad=True)
    optimizer = make(p)
    visited = [p.detach().numpy().copy()]
    for k in range(120):
        optimizer.zero_grad()
        very_narrow.f(p).backward()          # autograd gives the gradient
        optimizer.step()                     # the optimiser decides the step
        visited.append(p.detach().numpy().copy())
        if name not in steps_needed and very_narrow.value(visited[-1]) < 1e-3:
            steps_needed[name] = k + 1
    paths[name] = np.array(visited)

fig, ax = plt.subplots(figsize=(7.5, 4.6))
landscapes.plot_surface_contours(very_narrow, ax=ax, levels=15, title="Three optimisers in a very narrow valley (condition 25)")
for color, (name, path) in zip(plotting.PALETTE, paths.items()):
    landscapes.plot_path(ax, path[:60], label=f"{name}: {steps_needed.get(name, '> 120')} steps", color=color)
ax.set(xlim=(-3, 3), ylim=(-1.8, 1.8))
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), fontsize="small")
plt.show()

# %% slideshow={"slide_type": ""}
checks.true(steps_needed["momentum (α = 0.03, β = 0.7)"] < steps_needed["plain gradient descent (α = 0.075)"],
            "momentum reaches the bottom of the narrow valley in fewer steps than plain gradient descent")
checks.true(len(steps_needed) == 3, "all three optimisers reach a loss below 0.001 within 120 steps")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 1: count the steps
#
# On $f(x) = x^2$, start at $x_0 = 2$ with learning rate $\alpha = 0.25$ and the stopping test
# $|f'(x)| < 10^{-3}$. How many steps does gradient descent take? Store the number in `steps_to_converge` as
# one whole number. Use `gradient_descent_1d`, or the formula $x_k = (1 - 2\alpha)^k x_0$.

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
steps_to_converge = ____  # replace ____ with your code
### BEGIN SOLUTION
path_ex, ok_ex = gradient_descent_1d(f_prime, x0=2.0, lr=0.25)
steps_to_converge = len(path_ex) - 1
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_1.check()
# exercise_1.hint()      # a nudge; run it again for the next step
# exercise_1.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 2: one step in a narrow valley
#
# For the narrow valley $f(\mathbf p) = (p_1^2 + 10\,p_2^2)/2$, the gradient is $(p_1,\ 10\,p_2)$. Starting
# at $\mathbf p = (1, 1)$ with $\alpha = 0.15$, compute by hand (or in NumPy) the point after **one** step and
# store it in `p_next` (an array of 2 numbers). Which coordinate overshoots the valley floor ($p_2 = 0$)?

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
p_next = ____  # replace ____ with your code
### BEGIN SOLUTION
p_now = np.array([1.0, 1.0])
p_next = p_now - 0.15 * np.array([p_now[0], 10 * p_now[1]])
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_2.check()
# exercise_2.hint()      # a nudge; run it again for the next step
# exercise_2.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 3: the largest safe learning rate
#
# For $f(x) = 2.5x^2$ (a steeper parabola than $x^2$) the gradient is $5x$, so each step multiplies $x$ by
# $1 - 5\alpha$. Descent converges only while $|1 - 5\alpha| < 1$. What is the largest learning rate `lr_max` beyond which it
# diverges? Store it in `lr_max` as one number. The cell after the check tests it numerically: with
# `0.95 * lr_max` descent should converge, with `1.05 * lr_max` it should not.

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
lr_max = ____  # replace ____ with your code
### BEGIN SOLUTION
lr_max = 2 / 5
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_3_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_3.check()
# exercise_3.hint()      # a nudge; run it again for the next step
# exercise_3.solution()  # a worked solution

# %% slideshow={"slide_type": ""}
lr_limit = exercise_3.answer("lr_max")
_, ok_below = gradient_descent_1d(lambda x: 5 * x, x0=1.0, lr=0.95 * lr_limit, max_steps=500)
_, ok_above = gradient_descent_1d(lambda x: 5 * x, x0=1.0, lr=1.05 * lr_limit, max_steps=500)
print(f"α = 0.95 × lr_max: converged {ok_below} | α = 1.05 × lr_max: converged {ok_above}")
checks.true(ok_below and not ok_above, "descent converges just below lr_max and fails just above it")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Wrap-up
#
# **Key takeaways**
#
# - Gradient descent repeats one move: $\mathbf w \leftarrow \mathbf w - \alpha\,\nabla \text{Loss}(\mathbf w)$,
#   until $\|\nabla \text{Loss}\| < \varepsilon$ or a step budget runs out.
# - The learning rate $\alpha$ is the key hyper-parameter. Too small is slow; too large oscillates or diverges.
# - The starting point matters when the loss has several valleys. Narrow valleys (inputs on different scales)
#   force small steps, which is one reason to standardise inputs.
# - Full-batch uses every example per step, stochastic one, mini-batch a few dozen. Mini-batches are the
#   practical compromise; one epoch is one pass through the data.
# - Learning-rate decay, momentum and Adam make the steps smarter.
# - Always check a hand-written gradient against finite differences or autograd.

# %% [markdown] slideshow={"slide_type": "slide"}
# **Self-test questions**
#
# 1. The training loss of your model becomes `nan` after a few epochs. What is the first thing to try?
# <details><summary>Answer</summary>Lower the learning rate (e.g. divide it by 10): `nan` usually means the steps overshoot and the loss diverges. Also check that the inputs are standardised.</details>
#
# 2. Why does gradient descent take small steps near a minimum even with a constant learning rate?
# <details><summary>Answer</summary>The step is $\alpha$ times the gradient, and the gradient shrinks to 0 at a (smooth) minimum.</details>
#
# 3. Two runs of the same model, same data, same learning rate, end with different losses. Give two possible reasons.
# <details><summary>Answer</summary>Different starting weights (random initialisation) leading to different valleys (local minima), and, with stochastic or mini-batch descent, a different random order of the examples.</details>
#
# 4. With 10,000 training images and mini-batches of 50, how many weight updates does one epoch make?
# <details><summary>Answer</summary>10,000 / 50 = 200 updates per epoch.</details>
#
# **What comes next:** with one neuron the gradient was a short formula. With layers of neurons, every weight's
# gradient is obtained by **backpropagation** (notebook 05), the chain rule applied from the output back to the
# input. Backpropagation computes the gradient; gradient descent, as here, uses it. Notebook 06 then trains
# multi-layer networks with mini-batches, Adam and learning-rate decay.
