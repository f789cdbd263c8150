# %% [markdown] slideshow={"slide_type": "slide"}
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/OWNER/REPOSITORY/blob/main/student/04_gradient_descent.ipynb)
#
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
# - Recognise convergence, oscillation and divergence, and say whether a smaller or a larger learning rate helps
# - Read contour plots, define the condition number of a valley and explain how it limits the learning rate
# - Compare full-batch, stochastic and mini-batch descent on a medical classifier, choosing learning rates on validation data and opening the test set once
# - Check any gradient against a finite-difference estimate and PyTorch autograd
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
import time

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import torch
from matplotlib.contour import ContourSet
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

import course_utils
from course_utils import checks, i18n, landscapes, metrics, plotting, training, widgets
from course_utils.datasets import load_breast_cancer_frame
from course_utils.exercises import ____
from course_utils.exercises.gradient_descent import exercise_1, exercise_2, exercise_3
from course_utils.reference import gradients
from course_utils.reference.losses import logistic_loss_and_gradient

course_utils.setup(lang="en")
COLORS = plotting.SERIES_COLORS   # colours for series that are not classes (the class colours mean the classes)


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
# $x_0 = 3$ the slope is $|f'(x_k)| = 6 \times 0.8^k$. It falls below $10^{-3}$ for the first whole $k$ with
# $0.8^k < 1/6000$. Taking logarithms, $k > \ln 6000 / \ln 1.25 \approx 38.99$, so $k = 39$; the next cell
# computes it and compares it with the descent above.

# %% slideshow={"slide_type": ""}
k_predicted = int(np.ceil(np.log(1e-3 / 6) / np.log(0.8)))
print(f"predicted: {k_predicted} steps (ln 6000 / ln 1.25 = {np.log(6000) / np.log(1.25):.2f})")
checks.equal(len(path) - 1, k_predicted, name="number of steps of our descent on x^2")

# %% slideshow={"slide_type": ""}
x_axis = np.linspace(-3.5, 3.5, 300)
fig, ax = plt.subplots(figsize=(7, 3.8))
ax.plot(x_axis, f(x_axis), color="0.5", label="$f(x) = x^2$")
ax.plot(path, f(path), "o-", color=COLORS[0], markersize=4, linewidth=1, label="descent, α = 0.1")
ax.plot(path[0], f(path[0]), "s", color=COLORS[1], markersize=9, label="start $x_0 = 3$")
ax.set(xlabel="parameter x (no unit)", ylabel="loss f(x) (no unit)",
       title="Big steps where the slope is steep, tiny steps near the bottom")
ax.legend()
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# The steps shrink on their own: the step is $\alpha$ *times the slope*, and the slope vanishes near the
# minimum. (The source slides write the *length* of the step as $\alpha\,|\nabla f(x_k)|$, which is the same
# length; its direction is always downhill, against the sign of the slope.)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. Your turn: learning rate, starting point and number of steps
#
# Move the sliders and watch the hiker. Try in particular:
#
# - $\alpha = 0.05$: safe but slow;
# - $\alpha = 0.4$: fast, straight down;
# - $\alpha = 0.8$: each step **overshoots** the bottom; the hiker zigzags from side to side but still converges;
# - $\alpha = 0.97$: still zigzags and converges, but slowly: here a *smaller* $\alpha$ is faster;
# - $\alpha = 1.0$: bounces forever between $x_0$ and $-x_0$;
# - $\alpha = 1.05$: every step lands higher than the last, so the descent **diverges**.
#
# Right panel: the size of the slope $|f'(x_k)|$ at each step, on a logarithmic scale, with the stopping
# threshold $\varepsilon = 10^{-3}$. The line under the figure says which way to move $\alpha$ to converge faster.

# %% slideshow={"slide_type": ""}
def advice(lr):
    # (behaviour, what to change). Each step multiplies x by r = 1 - 2α: the closer |r| is to 0, the faster,
    # and |r| is 0 at α = 0.5. So below 0.5 a larger α helps, above 0.5 a smaller one.
    r = 1 - 2 * lr
    if abs(r) < 1e-9:
        return "lands on the minimum in one step", "none: no α is faster"
    if 0 < r < 1:
        return "goes straight down", "a larger α (up to 0.5) converges faster"
    if -1 < r < 0 and not np.isclose(r, -1):
        return "overshoots and zigzags", "a smaller α (down to 0.5) converges faster"
    if np.isclose(r, -1):
        return "bounces forever between x0 and -x0", "a smaller α (below 1) is needed to converge"
    return "diverges: every step lands farther away", "a smaller α (below 1) is needed to converge"


fig = widgets.new_figure(figsize=(10, 4.4))
ax_path, ax_grad = fig.subplots(1, 2)
X_LIM, EPS, MAX_STEPS = 4.5, 1e-3, 200
xs = np.linspace(-X_LIM, X_LIM, 300)
ax_path.plot(xs, f(xs), color="0.6", label="$f(x) = x^2$")
(walk,) = ax_path.plot([], [], "o-", color=COLORS[0], markersize=4, linewidth=1, label="steps")
(start_marker,) = ax_path.plot([], [], "s", color=COLORS[1], markersize=9, label="start")
ax_path.set(xlim=(-X_LIM, X_LIM), ylim=(-0.5, X_LIM ** 2), xlabel="parameter x (no unit)",
            ylabel="loss f(x) (no unit)", title="The walk on the loss curve")
ax_path.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=3, fontsize="small")  # outside: never hidden
(grad_line,) = ax_grad.plot([], [], "o-", color=COLORS[0], markersize=3, linewidth=1)
ax_grad.axhline(EPS, color=COLORS[2], linestyle="--", label="stopping threshold ε = 0.001")
ax_grad.set(yscale="log", xlim=(0, MAX_STEPS), ylim=(1e-5, 1e3), xlabel="step k",
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
        status = f"converged after {len(path) - 1} step{'s' if len(path) != 2 else ''}"
    elif abs(factor) < 1 and not np.isclose(abs(factor), 1):
        needed = len(gradient_descent_1d(f_prime, x0=x0, lr=lr, eps=EPS, max_steps=10_000)[0]) - 1
        more = "allow more steps" if needed <= MAX_STEPS else "more than the slider allows"
        status = f"not converged after {steps} steps (it needs {needed}: {more})"
    else:
        status = "no convergence"
    behaviour, change = advice(lr)
    return (f"α = {i18n.number(lr, '.2f')}: each step multiplies x by 1 - 2α = {i18n.number(factor, '+.2f')}: "
            f"{behaviour} | {status} | advice: {change}")


live = widgets.LiveFigure(
    fig, update, main=True, dynamic=[walk, start_marker, grad_line],
    lr=widgets.slider(0.1, 0.01, 1.1, 0.01, "learning rate α"),
    x0=widgets.slider(3.0, -4.0, 4.0, 0.1, "starting point x0"),
    steps=widgets.slider(40, 1, MAX_STEPS, 1, "maximum number of steps", integer=True),
)
live

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### What the widget shows, in one formula
#
# Every step multiplies $x$ by $r = 1 - 2\alpha$. The smaller $|r|$ (the size of $r$, without its sign), the
# faster $x$ shrinks to 0:
#
# | learning rate | factor $r = 1 - 2\alpha$ | behaviour | to converge faster |
# | --- | --- | --- | --- |
# | $0 < \alpha < 0.5$ | between 0 and 1 | straight down, slower as $\alpha \to 0$ | a larger $\alpha$ |
# | $\alpha = 0.5$ | 0 | lands on the minimum in one step | (the fastest) |
# | $0.5 < \alpha < 1$ | between -1 and 0 | overshoots and zigzags, slower as $\alpha \to 1$ | a smaller $\alpha$ |
# | $\alpha = 1$ | -1 | bounces forever | a smaller $\alpha$ |
# | $\alpha > 1$ | below -1 | diverges | a smaller $\alpha$ |
#
# So "too small" and "too large" are both slow, on either side of the best value. On real losses we cannot
# compute $r$, but the same regimes appear: too small (slow), right, and too large (oscillation or divergence;
# the loss becomes `nan`, "not a number").

# %% slideshow={"slide_type": ""}
rows = []
for lr in (0.01, 0.1, 0.4, 0.5, 0.8, 0.97, 1.0, 1.05):
    p, ok = gradient_descent_1d(f_prime, x0=3.0, lr=lr, max_steps=1000)
    behaviour, change = advice(lr)
    rows.append({"learning rate α": lr, "converged": ok, "steps": len(p) - 1, "|x| at the end": f"{abs(p[-1]):.2g}",
                 "behaviour": behaviour, "advice": change})
lr_table = pd.DataFrame(rows).set_index("learning rate α")
lr_table

# %% slideshow={"slide_type": ""}
checks.true(lr_table.loc[0.01, "steps"] > 5 * lr_table.loc[0.1, "steps"],
            "a learning rate 10 times smaller needs more than 5 times as many steps")
checks.equal(int(lr_table.loc[0.5, "steps"]), 1, name="steps with α = 0.5 (straight to the minimum)")
checks.true(not lr_table.loc[1.05, "converged"] and float(lr_table.loc[1.05, "|x| at the end"]) > 1e6,
            "α = 1.05 diverges: |x| explodes")
# the widget's advice points the right way: a nudge of α in the advised direction saves steps
nudged = {lr: lr + 0.02 if "larger" in advice(lr)[1] else lr - 0.02 for lr in (0.05, 0.3, 0.7, 0.97)}
saved = {lr: (len(gradient_descent_1d(f_prime, 3.0, lr, max_steps=5000)[0]) - 1,
              len(gradient_descent_1d(f_prime, 3.0, better, max_steps=5000)[0]) - 1) for lr, better in nudged.items()}
print("steps at α → steps at the advised α:", {f"{lr} → {nudged[lr]:.2f}": s for lr, s in saved.items()})
checks.true(all(after < before for before, after in saved.values()),
            "at α = 0.05, 0.3, 0.7 and 0.97, moving α the advised way converges in fewer steps")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. Checking a gradient: finite differences and autograd
#
# Everything relies on the gradient being right. A wrong sign or a forgotten factor 2 is a silent bug: the
# model simply learns badly. Two independent checks are cheap:
#
# - **Finite differences**: the slope is "rise over run". Nudge $x$ a tiny amount $h$ either way and measure:
#   $$ f'(x) \approx \frac{f(x + h) - f(x - h)}{2h} .$$
#   With several parameters, nudge one at a time (`gradients.numerical_gradient` does this).
# - **Autograd**: PyTorch records the operations of $f$ and differentiates them automatically
#   (`loss.backward()`), as in every later notebook.

# %% slideshow={"slide_type": ""}
x_check, h_fd = 1.7, 1e-6
slope_fd = (f(x_check + h_fd) - f(x_check - h_fd)) / (2 * h_fd)          # finite difference, by hand

x_t = torch.tensor(x_check, dtype=torch.float64, requires_grad=True)
f(x_t).backward()                                                         # autograd
print(f"formula 2x = {f_prime(x_check):.6f} | finite difference = {slope_fd:.6f} | autograd = {x_t.grad.item():.6f}")
checks.close(f_prime(x_check), slope_fd, tol=1e-6, name="f'(1.7): formula vs finite difference")
checks.close(f_prime(x_check), x_t.grad.item(), tol=1e-12, name="f'(1.7): formula vs autograd")


# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Descent in several dimensions
#
# A model has many weights, not one. The loss is then a surface over all of them. The slope along one
# parameter, when only that parameter moves and the others stay fixed, is a **partial derivative**, written
# $\partial f/\partial p_1$ ("partial f over partial p1"). Together they form the **gradient vector**
# $\nabla f = (\partial f/\partial p_1, \partial f/\partial p_2, \dots)$. It points in the direction of
# **steepest ascent**, so the hiker steps the opposite way:
#
# $$ \mathbf p_{k+1} = \mathbf p_k - \alpha\, \nabla f(\mathbf p_k), \qquad \text{stop when } \|\nabla f(\mathbf p_k)\| < \varepsilon ,$$
#
# where $\|\nabla f\| = \sqrt{(\partial f/\partial p_1)^2 + (\partial f/\partial p_2)^2 + \dots}$ is the length
# of the vector (Pythagoras' theorem). To look at a surface over two parameters we draw a **contour map**, like
# the altitude lines of a hiking map. Each line joins points of equal loss, and the gradient is always
# perpendicular to the lines.
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
# Our test surfaces (`course_utils.landscapes`) come with their exact gradients. Trust, but verify:
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


def add_loss_colorbar(ax, label="loss f(p) (no unit)"):
    # a scale for the contour lines drawn by landscapes.plot_surface_contours: which line is which loss
    lines = [c for c in ax.collections if isinstance(c, ContourSet)][-1]
    ticks = lines.levels[::3]
    ax.figure.colorbar(lines, ax=ax, label=label, shrink=0.8).set_ticks(ticks, labels=[f"{v:.2g}" for v in ticks])


# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Round bowl vs narrow valley
#
# - **Round bowl** $f = (p_1^2 + p_2^2)/2$: the contours are circles, and the gradient points straight at the
#   minimum.
# - **Narrow valley** $f = (p_1^2 + 10\,p_2^2)/2$, with gradient $(p_1,\ 10\,p_2)$: the surface is 10 times
#   steeper across the valley ($p_2$) than along it ($p_1$). The gradient points mostly *across* the valley, so
#   the hiker zigzags.
#
# Across the valley, $p_2$ alone behaves like the parabola of section 3: each step multiplies it by
# $1 - 10\alpha$ (there it was $1 - 2\alpha$). Descent diverges once this factor drops below $-1$, that is for
# $\alpha > 2/10 = 0.2$. Along the valley floor, each step only multiplies $p_1$ by $1 - \alpha$, at least
# $0.8$ with such an $\alpha$: the hiker crawls. The figure tries $\alpha = 0.18$ on both surfaces, then a
# larger $\alpha$ on each.

# %% slideshow={"slide_type": ""}
start = (-2.5, 1.5)
runs = {
    ("round", 0.18): gradient_descent(round_bowl.gradient, start, 0.18),
    ("round", 0.6): gradient_descent(round_bowl.gradient, start, 0.6),
    ("narrow", 0.18): gradient_descent(narrow_valley.gradient, start, 0.18),
    ("narrow", 0.21): gradient_descent(narrow_valley.gradient, start, 0.21, max_steps=12),
}
titles = {"round": "round bowl (condition number κ = 1)", "narrow": "narrow valley (condition number κ = 10)"}
fig, axes = plt.subplots(1, 2, figsize=(12, 4.4))
for ax, (surface, kind) in zip(axes, ((round_bowl, "round"), (narrow_valley, "narrow"))):
    landscapes.plot_surface_contours(surface, ax=ax, levels=15, title=titles[kind])
    add_loss_colorbar(ax)
    for color, ((_, lr), (p, ok)) in zip(COLORS, [(key, r) for key, r in runs.items() if key[0] == kind]):
        verdict = f"{len(p) - 1} steps" if ok else "diverges"
        landscapes.plot_path(ax, p, label=f"α = {lr}: {verdict}", color=color)
    ax.set(xlim=(-3, 3), ylim=(-2.2, 2.2))
    ax.legend(loc="lower right", fontsize="small", frameon=True)
plt.show()

# %% slideshow={"slide_type": ""}
steps_taken = {key: len(p) - 1 for key, (p, ok) in runs.items()}
checks.true(runs[("round", 0.6)][1] and steps_taken[("round", 0.6)] < 15,
            "the round bowl allows a large step: converged in < 15 steps")
checks.true(runs[("narrow", 0.18)][1] and steps_taken[("narrow", 0.18)] > 3 * steps_taken[("round", 0.6)],
            "the narrow valley, at α = 0.18, needs more than 3 times as many steps as the round bowl at α = 0.6")
checks.true(not runs[("narrow", 0.21)][1], "α = 0.21 > 2/10 diverges on the narrow valley")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### How narrow? The condition number
#
# The **curvature** of a surface in one direction is how fast its slope grows as you move away from the bottom
# in that direction. For $f(x) = x^2$ the slope $2x$ grows by 2 per unit of $x$: curvature 2. In the narrow
# valley the slope $p_1$ grows by 1 per unit along the floor, and the slope $10\,p_2$ by 10 per unit across it.
#
# The **condition number** $\kappa$ (kappa) of a bowl is the ratio of its steepest curvature to its flattest:
# $10 / 1 = 10$ for the narrow valley, $1$ for the round bowl. It decides two things:
#
# - **The largest safe step.** The steepest direction diverges first: $\alpha$ must stay below
#   $2 / (\text{steepest curvature})$, here $2/10$ (for $x^2$ it was $2/2 = 1$, section 3).
# - **The number of steps.** The flattest direction is then covered slowly. The best compromise,
#   $\alpha = 2/(1 + \kappa)$, makes both directions shrink by the same factor $(\kappa - 1)/(\kappa + 1)$ per
#   step (check: $1 - \alpha$ and $1 - \kappa\alpha$ then have the same size). For $\kappa = 10$ this is
#   $\alpha = 2/11 \approx 0.18$, the value used above. The closer the factor is to 1, the more steps: about
#   in proportion to $\kappa$.
#
# Our bowls all have flattest curvature 1, so $\kappa$ equals their steepest curvature and the two limits read
# $2/\kappa$ and $2/(1 + \kappa)$. In general they are $2/(\text{steepest})$ and
# $2/(\text{steepest} + \text{flattest})$. The next cell measures the steps on bowls of condition number 1 to 100,
# each at its best $\alpha$, from the same start.

# %% slideshow={"slide_type": ""}
condition_rows = []
for kappa in (1, 3, 10, 25, 100):
    best_lr = 2 / (1 + kappa)
    p, ok = gradient_descent(landscapes.bowl(kappa).gradient, start, best_lr, max_steps=5000)
    condition_rows.append({"condition number κ": kappa, "largest safe α = 2/κ": 2 / kappa,
                           "best α = 2/(1+κ)": best_lr, "factor per step (κ-1)/(κ+1)": (kappa - 1) / (kappa + 1),
                           "converged": ok, "steps": len(p) - 1, "steps / κ": (len(p) - 1) / kappa})
condition_table = pd.DataFrame(condition_rows).set_index("condition number κ")
condition_table.round(3)

# %% slideshow={"slide_type": ""}
checks.true(condition_table["converged"].all() and condition_table["steps"].is_monotonic_increasing,
            "the larger the condition number, the more steps, even at the best α")
checks.true(condition_table.loc[[3, 10, 25, 100], "steps / κ"].between(3, 8).all(),
            "from κ = 3 to κ = 100 the steps stay between 3 and 8 times κ: about in proportion to κ")

# %% [markdown] slideshow={"slide_type": "fragment"}
# From $\kappa = 3$ on, the last column stays between about 4 and 6 (the round bowl, $\kappa = 1$, is reached in one
# step): the number of steps grows roughly in proportion to $\kappa$. Inputs on very different scales produce
# exactly such narrow valleys (section 6 measures it on real data): that is one reason we standardised the blood
# counts in notebook 03.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Several valleys: the starting point matters
#
# Real losses are not bowls. The surface below has **two valleys**: a deeper one on the left (the **global**
# minimum) and a shallower one on the right (a **local** minimum). A hiker who only feels the slope goes down
# into whichever valley they start above and stays there. Same algorithm, same learning rate, different ends.

# %% slideshow={"slide_type": ""}
starts = [(-1.8, 1.2), (-0.2, -1.2), (0.3, 1.2), (1.8, -1.2)]
ends = []
fig, ax = plt.subplots(figsize=(7.6, 4.8))
landscapes.plot_surface_contours(two_valleys, ax=ax, levels=18, title="Two valleys: the start decides the end")
add_loss_colorbar(ax)
for color, s in zip([COLORS[0], COLORS[1], COLORS[3], COLORS[4]], starts):
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
# Then raise $\alpha$ to 0.15 and start high on a steep outer wall ($p_1 = \pm 1.9$, $p_2 = 0$): one big step
# flings the hiker over the ridge into the *other* valley. At $\alpha = 0.2$ it flies off the map altogether.

# %% slideshow={"slide_type": ""}
fig2 = widgets.new_figure(figsize=(7, 4.4))
ax2 = fig2.subplots()
landscapes.plot_surface_contours(two_valleys, ax=ax2, levels=18, title="Pick a start: which valley?")
add_loss_colorbar(ax2)
(valley_path,) = ax2.plot([], [], "o-", color=COLORS[0], markersize=3, linewidth=1.5)
(valley_start,) = ax2.plot([], [], "s", color=COLORS[1], markersize=9)


def update_valleys(p1_start, p2_start, lr):
    p, ok = gradient_descent(two_valleys.gradient, (p1_start, p2_start), lr=lr, max_steps=150)
    shown = np.clip(p, -100, 100)                           # keep diverging points drawable
    valley_path.set_data(shown[:, 0], shown[:, 1])
    valley_start.set_data([p1_start], [p2_start])
    if not ok:
        return f"no convergence within 150 steps (α = {i18n.number(lr, '.2f')}): the steps are too large for this slope"
    side = "left (global)" if p[-1, 0] < 0 else "right (local)"
    return f"ends in the {side} minimum after {len(p) - 1} steps, loss {i18n.number(two_valleys.value(p[-1]), '.3f')}"


widgets.LiveFigure(fig2, update_valleys, dynamic=[valley_path, valley_start],
                   p1_start=widgets.slider(0.3, -1.9, 1.9, 0.05, "start p1"),
                   p2_start=widgets.slider(1.2, -1.4, 1.4, 0.05, "start p2"),
                   lr=widgets.slider(0.05, 0.01, 0.25, 0.01, "learning rate α"))

# %% slideshow={"slide_type": ""}
flung = {s: gradient_descent(two_valleys.gradient, s, lr=0.15, max_steps=150) for s in ((1.9, 0.0), (-1.9, 0.0))}
checks.true(all(ok and np.sign(p[-1, 0]) != np.sign(s[0]) for s, (p, ok) in flung.items()),
            "with α = 0.15, a start on either outer wall ends in the other valley")
checks.true(not gradient_descent(two_valleys.gradient, (1.9, 0.0), lr=0.2, max_steps=150)[1],
            "with α = 0.2, the same start flies off the map")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. Full-batch, stochastic and mini-batch descent on a medical task
#
# Back to a real model: **logistic regression** (the sigmoid neuron of notebook 03) predicting whether a breast
# tumour is **malignant** from 30 measurements of its cell nuclei, seen under the microscope in a fine-needle
# aspirate (cells drawn through a thin needle). The data are the Wisconsin breast-cancer set, 569 tumours. For
# tumour $t$, with measurements $x_{t1}, \dots, x_{t30}$ and $x_{t0} = 1$ for the bias, the neuron predicts
# the probability of malignancy
#
# $$ h_t = \sigma(w_0 x_{t0} + w_1 x_{t1} + \dots + w_{30} x_{t30}), \qquad \sigma(z) = \frac{1}{1 + e^{-z}} .$$
#
# The loss is the **mean cross-entropy** of notebook 03 over the $n$ training tumours ($y_t = 1$ for malignant,
# 0 for benign), plus a small penalty, with $\lambda = 0.01$, that keeps the weights finite:
#
# $$ \text{Loss}(\mathbf w) = \frac1n \sum_{t=1}^{n} \Bigl[-y_t \ln h_t - (1 - y_t)\ln(1 - h_t)\Bigr] + \frac{\lambda}{2}\left(w_1^2 + \dots + w_{30}^2\right) .$$
#
# Its slope along each weight (notebook 03 derived it for one patient; here it is averaged over the patients) is
#
# $$ \frac{\partial \text{Loss}}{\partial w_j} = \frac1n \sum_{t=1}^{n} (h_t - y_t)\, x_{tj} \; + \; \lambda\, w_j
# \qquad \text{(without the } \lambda \text{ term for the bias } w_0\text{)} .$$
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
# $n/32$ steps (rounded up) with mini-batches.
#
# The tumours are split three ways, as in notebook 03: 60 % to **train**, 20 % to **validate** (every choice,
# such as the learning rate, is made on these), and 20 % to **test**, opened once at the very end.

# %% slideshow={"slide_type": ""}
cancer = load_breast_cancer_frame()
feature_names = list(cancer.columns.drop("malignant"))
X_all = cancer[feature_names].to_numpy()
y_all = cancer["malignant"].to_numpy()
X_rest_raw, X_te_raw, y_rest, y_te = train_test_split(X_all, y_all, test_size=0.2, random_state=0, stratify=y_all)
X_tr_raw, X_va_raw, y_tr, y_va = train_test_split(X_rest_raw, y_rest, test_size=0.25, random_state=0,
                                                  stratify=y_rest)           # 25 % of the 80 % left: 20 %
X_tr, X_va, X_te = training.standardize(X_tr_raw, X_va_raw, X_te_raw)      # training mean and SD only
X1_tr, X1_va, X1_te = (np.column_stack([np.ones(len(X)), X]) for X in (X_tr, X_va, X_te))  # x0 = 1: the bias
n_train, LAMBDA = len(X1_tr), 0.01
print(f"train: {n_train} tumours x {X1_tr.shape[1] - 1} features ({y_tr.mean():.0%} malignant) | "
      f"validation: {len(y_va)} | test: {len(y_te)} (kept aside)")


# %% slideshow={"slide_type": ""}
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def loss(w, X1, y, lam=LAMBDA):
    h = np.clip(sigmoid(X1 @ w), 1e-12, 1 - 1e-12)        # avoid log(0) if a prediction is 0 or 1 exactly
    return np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h)) + lam / 2 * np.sum(w[1:] ** 2)


def gradient(w, X1, y, lam=LAMBDA):
    h = sigmoid(X1 @ w)
    penalised = np.concatenate([[0.0], w[1:]])             # the bias w0 is not penalised
    # X1.T @ (h - y): for each column j of X1, the sum over patients of (h_t - y_t) x_tj, all 31 at once
    return X1.T @ (h - y) / len(y) + lam * penalised


# %% [markdown] slideshow={"slide_type": "subslide"}
# As always, check the gradient before using it: finite differences on all 31 weights, PyTorch's
# autograd on the same loss, and the reference version in `course_utils.reference.losses`.

# %% slideshow={"slide_type": ""}
w_test = np.random.default_rng(1).normal(0, 0.3, size=X1_tr.shape[1])
grad_ours = gradient(w_test, X1_tr, y_tr)
grad_fd = gradients.numerical_gradient(lambda w: loss(w, X1_tr, y_tr), w_test)

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
checks.close(loss(w_test, X1_tr, y_tr), loss_t.item(), tol=1e-10, name="logistic loss vs torch")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Why standardise? The condition number of a real loss
#
# Section 5 claimed that inputs on very different scales make narrow valleys. Let us measure it. The curvature
# along one weight $w_j$ is how fast the slope $\partial \text{Loss}/\partial w_j$ changes when only $w_j$
# moves: a finite difference of the gradient, as in section 4. We measure it at $\mathbf w = 0$, once with the
# raw measurements (the largest nucleus area runs into the thousands, the standard error of the fractal dimension
# stays below 0.03: ranges printed below) and once with the standardised ones.

# %% slideshow={"slide_type": ""}
def curvature_along_each_weight(X1, y, h=1e-4):
    # finite difference of the slope along w_j, moving w_j alone, at w = 0
    curvatures = []
    for j in range(X1.shape[1]):
        nudge = np.zeros(X1.shape[1])
        nudge[j] = h
        curvatures.append((gradient(nudge, X1, y)[j] - gradient(-nudge, X1, y)[j]) / (2 * h))
    return np.array(curvatures)


weight_names = ["bias", *feature_names]
curvature = {"raw measurements": curvature_along_each_weight(np.column_stack([np.ones(n_train), X_tr_raw]), y_tr),
             "standardised": curvature_along_each_weight(X1_tr, y_tr)}
for label, c in curvature.items():
    ratio = f"{c.max() / c.min():,.0f}" if c.max() / c.min() > 100 else f"{c.max() / c.min():.2f}"
    print(f"{label}: curvature from {c.min():.3g} ({weight_names[c.argmin()]}) to {c.max():,.3g} "
          f"({weight_names[c.argmax()]}), a ratio of {ratio}")
print(f"raw measurements: α must stay below 2 / {curvature['raw measurements'].max():,.3g} = "
      f"{2 / curvature['raw measurements'].max():.1g}")
for column in ("worst_area", "fractal_dimension_error"):
    print(f"raw range of {column}: {X_tr_raw[:, feature_names.index(column)].min():.4g} "
          f"to {X_tr_raw[:, feature_names.index(column)].max():.4g}")

# %% slideshow={"slide_type": ""}
checks.true(curvature["raw measurements"].max() / curvature["raw measurements"].min() > 1e6,
            "raw measurements: one weight's direction is over a million times more curved than another's")
checks.true(curvature["standardised"].max() / curvature["standardised"].min() < 1.1,
            "standardised: every weight's direction has about the same curvature")

# %% [markdown] slideshow={"slide_type": "fragment"}
# With raw measurements, the valley is millions of times narrower in one direction than in another: the
# learning rate would have to stay below about $10^{-5}$, and the flat directions would then take millions of
# steps. After standardising, every weight sees about the same curvature. (This looks at each weight alone. Measurements
# that move together, such as the radius, perimeter and area of a nucleus, still form slanted valleys, so the
# standardised loss is not a perfectly round bowl.)

# %% [markdown] slideshow={"slide_type": "subslide"}
# One training loop covers the three methods: only the **batch size** changes (1, 32 or all patients).
# The learning rate can decay over time, $\alpha_t = \alpha_0 / (1 + \text{decay}\cdot t)$, where $t$ counts the
# steps; section 7 explains why.

# %% slideshow={"slide_type": ""}
def train_logistic(batch_size, lr, epochs, decay=0.0, seed=0):
    rng = np.random.default_rng(seed)
    w = np.zeros(X1_tr.shape[1])
    losses, seconds, t = [loss(w, X1_tr, y_tr)], [0.0], 0
    for _ in range(epochs):
        start_time = time.perf_counter()
        order = rng.permutation(n_train)                          # shuffle the patients every epoch
        for first in range(0, n_train, batch_size):
            batch = order[first:first + batch_size]               # the patients of this step
            g = gradient(w, X1_tr[batch], y_tr[batch])            # mean gradient of the batch
            w = w - lr / (1 + decay * t) * g
            t += 1
        seconds.append(seconds[-1] + time.perf_counter() - start_time)   # training time only
        losses.append(loss(w, X1_tr, y_tr))                       # full training loss, for the curves (not timed)
    return w, np.array(losses), np.array(seconds), t


# %% [markdown] slideshow={"slide_type": "subslide"}
# **Each method's learning rate, chosen on validation data.** For each method we try three learning rates.
# SGD and mini-batches visit the patients in a random order, so each is run with three **seeds** (three
# different random orders); full-batch has no randomness and runs once. We keep, for each method, the learning
# rate with the lowest mean **validation loss** (the same cross-entropy, on the validation tumours).

# %% slideshow={"slide_type": ""}
methods = {   # name: (batch size, epochs, learning rates tried)
    "full-batch": (n_train, 150, (0.3, 1.0, 3.0)),
    "mini-batch (32)": (32, 30, (0.05, 0.2, 0.8)),
    "stochastic (1)": (1, 10, (0.01, 0.05, 0.2)),
}
SEEDS = (0, 1, 2)
runs_by_setting = {}
for name, (batch_size, epochs, rates) in methods.items():
    for lr in rates:
        for seed in SEEDS if batch_size < n_train else SEEDS[:1]:
            runs_by_setting[name, lr, seed] = train_logistic(batch_size, lr, epochs, seed=seed)

search = pd.DataFrame([{"method": name, "learning rate α": lr, "seed": seed, "validation loss": loss(w, X1_va, y_va)}
                       for (name, lr, seed), (w, *_) in runs_by_setting.items()])
lr_search = search.groupby(["method", "learning rate α"], sort=False)["validation loss"].agg(["mean", "min", "max"])
chosen_lr = {name: lr_search.loc[name, "mean"].idxmin() for name in methods}
chosen = {name: [run for (m, lr, _), run in runs_by_setting.items() if m == name and lr == chosen_lr[name]]
          for name in methods}       # the runs (one per seed) of each method's chosen learning rate
print("learning rates chosen on validation:", ", ".join(f"{name} α = {lr:g}" for name, lr in chosen_lr.items()))
two_best_gap = {name: np.diff(np.sort(lr_search.loc[name, "mean"])[:2])[0] for name in methods}
sgd_seeds = lr_search.loc[("stochastic (1)", chosen_lr["stochastic (1)"])]
print("gap in mean validation loss between each method's two best rates:",
      ", ".join(f"{name} {gap:.4f}" for name, gap in two_best_gap.items()),
      f"| spread of SGD's seeds at its chosen rate: {sgd_seeds['max'] - sgd_seeds['min']:.4f}")
lr_search.round(4).rename(columns={"mean": "validation loss (mean)", "min": "best seed", "max": "worst seed"})

# %% [markdown] slideshow={"slide_type": "fragment"}
# The three regimes of section 3 are back on a real model: too small a rate has not converged when the epochs
# run out (a higher loss), too large a rate makes SGD jump around (a higher loss, very different from one seed
# to the next). Each method's two best rates differ in mean validation loss by about 0.001 or less (printed above),
# differences as small as those between SGD's seeds at one rate: the choice is not a sharp optimum, and either of
# the two would do.

# %% slideshow={"slide_type": ""}
# the same penalised loss, minimised by scikit-learn (its C equals 1 / (n * lambda) for our penalty)
reference = LogisticRegression(C=1 / (n_train * LAMBDA), tol=1e-10, max_iter=10_000).fit(X_tr, y_tr)
w_best = np.concatenate([reference.intercept_, reference.coef_[0]])
loss_best = loss(w_best, X1_tr, y_tr)

# the time of one epoch: the median over every epoch of every run of the method in the search above (a single
# timed epoch can be slowed down by whatever else the computer is doing)
epoch_ms = {name: 1000 * np.median(np.concatenate([np.diff(seconds) for (m, _, _), (_, _, seconds, _)
                                                   in runs_by_setting.items() if m == name])) for name in methods}
method_colors = dict(zip(methods, [COLORS[0], COLORS[1], COLORS[3]]))
fig, axes = plt.subplots(1, 2, figsize=(11, 4))
for name, (_, losses, _, _) in ((name, runs[0]) for name, runs in chosen.items()):   # seed 0
    label = f"{name}, α = {chosen_lr[name]:g}"
    epochs_done = np.arange(len(losses))
    axes[0].plot(epochs_done, losses, color=method_colors[name], label=label)
    axes[1].plot(epochs_done[1:] * epoch_ms[name], losses[1:], color=method_colors[name], label=label)  # log axis: no 0
for ax in axes:
    ax.axhline(loss_best, color="black", linestyle=":", label="minimum (scikit-learn)")
    ax.set(ylabel="training loss (no unit)", ylim=(0.08, 0.3))
axes[0].set(xlabel="epochs (passes through the training data)", title="Progress per pass through the data", xlim=(0, 30))
axes[1].set(xscale="log", xlabel="computing time (ms, log scale) = epochs × median time per epoch",
            title="Progress per millisecond of computing")
axes[0].legend()
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# The table sums up the chosen runs, as a range over the three seeds (one value for full-batch). An SGD run is
# noisy, so one seed alone could mislead.

# %% slideshow={"slide_type": ""}
def epochs_to_within(losses, gap=0.01):
    # the first epoch after which the training loss is within `gap` of the minimum (nan if never)
    within = losses - loss_best < gap
    return float(np.argmax(within)) if within.any() else np.nan


per_seed = []
for name, runs in chosen.items():
    batch_size, epochs, _ = methods[name]
    for w, losses, _, n_updates in runs:
        m = metrics.binary_metrics(y_va, (sigmoid(X1_va @ w) >= 0.5).astype(int))
        per_seed.append({"method": name, "α (chosen)": chosen_lr[name], "steps per epoch": n_updates // epochs,
                         "time per epoch (ms, median)": epoch_ms[name],
                         "epochs to within 0.01 of the minimum": epochs_to_within(losses),
                         "time to within 0.01 of the minimum (ms)": epochs_to_within(losses) * epoch_ms[name],
                         "final gap to the minimum": losses[-1] - loss_best,
                         "validation loss": loss(w, X1_va, y_va),
                         "validation AUC": metrics.roc_auc(y_va, sigmoid(X1_va @ w)),
                         "validation sensitivity": m["sensitivity"], "validation specificity": m["specificity"]})
per_seed = pd.DataFrame(per_seed)


def spread(values):
    low, high = np.min(values), np.max(values)
    return f"{low:.4g}" if np.isclose(low, high, rtol=1e-4, atol=0) else f"{low:.4g} – {high:.4g}"


summary = per_seed.groupby("method", sort=False).agg(spread)
summary.T

# %% [markdown] slideshow={"slide_type": "subslide"}
# How to read this (times on a shared or busy computer are noisy, hence the median epoch; the pattern is what
# counts):
#
# - **Per epoch**, SGD is far ahead: one or two passes through the patients bring it within 0.01 of the minimum
#   (one with the three seeds here; two with 7 of 15 other seeds we tried). Full-batch and mini-batches need
#   several epochs (the table). Mini-batches need fewer epochs than full-batch, but not as many fewer as their
#   extra steps per epoch would suggest: the exact full gradient tolerates a larger $\alpha$ (chosen above).
# - **Per millisecond of computing**, SGD falls behind on this small table: it needs the fewest epochs but the
#   most time to come within 0.01 of the minimum (the table's time rows), because an SGD epoch costs many times
#   a full-batch epoch. NumPy handles all the training tumours in one fast matrix product, while SGD pays
#   Python's overhead at each of its one-patient steps. With millions of images, a full-batch step would not
#   even fit in memory: mini-batches are then the practical compromise, and on a GPU a batch of 32 costs hardly
#   more than a single image.
# - SGD's curve is **noisy**: each step follows one patient, so near the minimum it keeps jittering instead of
#   settling.
# - All three reach **about the same model**: on the validation tumours their losses, AUCs, sensitivities and
#   specificities barely differ. The choice of method changes the cost of training, not the result.

# %% slideshow={"slide_type": ""}
by_method = per_seed.groupby("method", sort=False)
checks.close(chosen["full-batch"][0][0], w_best, tol=0.05, name="full-batch weights vs scikit-learn (largest difference)")
epochs_needed = by_method["epochs to within 0.01 of the minimum"]
checks.true(epochs_needed.max()["stochastic (1)"] <= 2
            and epochs_needed.max()["stochastic (1)"] < epochs_needed.min()["mini-batch (32)"]
            and epochs_needed.max()["mini-batch (32)"] < epochs_needed.min()["full-batch"],
            "per epoch: SGD is within 0.01 of the minimum after one or two epochs (every seed), mini-batches need "
            "more epochs, full-batch more still")
time_needed = by_method["time to within 0.01 of the minimum (ms)"]
checks.true(time_needed.min()["stochastic (1)"] > max(time_needed.max()["full-batch"], time_needed.max()["mini-batch (32)"]),
            "per millisecond: SGD needs more computing time than full-batch and mini-batches to come within 0.01 "
            "of the minimum (every seed)")
checks.between(per_seed["final gap to the minimum"].max(), 0.0, 0.01,
               name="largest final gap to the minimum (all methods and seeds)")
checks.between(per_seed["validation loss"].max() - per_seed["validation loss"].min(), 0.0, 0.005,
               name="spread of the validation loss over methods and seeds")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Beside a simple baseline
#
# Is a model of 31 weights worth it? The simplest rival is **one measurement on its own**: the one that best
# ranks the training tumours (the highest AUC, defined below), used as a score without any training. We compare
# it with the model on the validation tumours, and, so that one lucky split cannot decide, on three other
# splits of the same non-test tumours into training and validation (the test set stays closed). The model
# there is scikit-learn's: it reaches the same minimum as our three methods.
#
# **ROC curve and AUC** (notebook 03 explains them in its section "Every threshold at once: the ROC curve"). Any score, a probability $h$ or one
# measurement, becomes an alert with a threshold: "malignant if the score is at least $s$". Each threshold gives
# one **sensitivity** (the share of cancers caught) and one **false-alarm rate**, $1 - \text{specificity}$ (the
# share of benign tumours flagged). The **ROC curve** joins these points for every threshold, from flagging
# nobody, $(0, 0)$, to flagging everybody, $(1, 1)$. The **AUC** (area under the curve) is the probability
# that a malignant tumour, picked at random, scores higher than a benign one picked at random: 0.5 is a coin
# toss, 1 a perfect ranking.

# %% slideshow={"slide_type": ""}
def best_single_measurement(X_raw, y):
    # the column, and its direction (+1: high means malignant, -1: low does), that best ranks these tumours
    _auc, column, direction = max((metrics.roc_auc(y, sign * X_raw[:, j]), j, sign)
                                  for j in range(X_raw.shape[1]) for sign in (1, -1))
    return column, direction


split_rows = []
for split_seed in (0, 1, 2, 3):          # split 0 is the notebook's own
    Xa, Xb, ya, yb = train_test_split(X_rest_raw, y_rest, test_size=0.25, random_state=split_seed, stratify=y_rest)
    Xa_std, Xb_std = training.standardize(Xa, Xb)
    model = LogisticRegression(C=1 / (len(ya) * LAMBDA), max_iter=10_000).fit(Xa_std, ya)
    column, direction = best_single_measurement(Xa, ya)
    split_rows.append({"split": split_seed, "baseline measurement": feature_names[column],
                       "baseline validation AUC": metrics.roc_auc(yb, direction * Xb[:, column]),
                       "model validation AUC": metrics.roc_auc(yb, model.decision_function(Xb_std))})
splits = pd.DataFrame(split_rows).set_index("split")
splits.round(3)

# %% slideshow={"slide_type": ""}
checks.true((splits["model validation AUC"] > splits["baseline validation AUC"]).all(),
            "in all four splits the model ranks the validation tumours better than the best single measurement")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### The clinical view, on the test set (opened once)
#
# Every choice is now made on training and validation tumours. We keep the **mini-batch model** (seed 0), the
# method used in practice; the validation table shows that any of the three would do. Its alert threshold is
# the default 0.5: it was not tuned here (notebook 03 shows how to choose it on validation data). Only now do we
# open the test set, once. The confusion matrix shows the two kinds of mistakes: missed cancers (false
# negatives, the dangerous ones) and false alarms (false positives: an unnecessary further procedure, such as a
# core biopsy or surgery, and worry; the fine-needle aspirate itself is already a small biopsy).
#
# **Clinical reading of the ROC curve.** The closer the curve hugs the top-left corner, the fewer benign
# tumours are sent to further procedures for each extra cancer caught. Where to sit on the curve (which
# threshold) is a clinical decision, fixed before looking at the test set.

# %% slideshow={"slide_type": ""}
w_final = chosen["mini-batch (32)"][0][0]
p_te = sigmoid(X1_te @ w_final)
base_column, base_direction = best_single_measurement(X_tr_raw, y_tr)      # chosen on the training tumours
base_te = base_direction * X_te_raw[:, base_column]
auc_model, auc_base = metrics.roc_auc(y_te, p_te), metrics.roc_auc(y_te, base_te)
test_metrics = metrics.binary_metrics(y_te, (p_te >= 0.5).astype(int))

fig, axes = plt.subplots(1, 2, figsize=(11, 4.4))
plotting.plot_confusion(y_te, (p_te >= 0.5).astype(int), ax=axes[0], class_names=("benign", "malignant"),
                        title="Mini-batch model, test tumours (h ≥ 0.5)")
for scores, color, label in ((p_te, COLORS[0], f"logistic regression (AUC = {i18n.number(auc_model, '.3f')})"),
                             (base_te, COLORS[1], f"{feature_names[base_column].replace('_', ' ')} alone "
                                                  f"(AUC = {i18n.number(auc_base, '.3f')})")):
    fpr, tpr, _ = metrics.roc_curve(y_te, scores)
    axes[1].plot(fpr, tpr, color=color, label=label)
axes[1].plot(1 - test_metrics["specificity"], test_metrics["sensitivity"], "s", color="black", markersize=8,
             label="model at threshold 0.5")
axes[1].plot([0, 1], [0, 1], color="0.6", linestyle="--", label="coin toss (AUC = 0.5)")
axes[1].set(xlabel="false-alarm rate = 1 − specificity (share)", ylabel="sensitivity (share of cancers caught)",
            xlim=(-0.02, 1.02), ylim=(-0.02, 1.02), title="ROC curves, test tumours")
axes[1].legend(loc="lower right", fontsize="small")
plt.show()
print(f"test set: {len(y_te)} tumours, {y_te.sum()} malignant (one missed cancer moves the sensitivity by "
      f"{100 / y_te.sum():.1f} points) | model at 0.5: sensitivity {test_metrics['sensitivity']:.1%} "
      f"({test_metrics['fn']} missed), specificity {test_metrics['specificity']:.1%} ({test_metrics['fp']} false alarms)")

# %% slideshow={"slide_type": ""}
checks.between(auc_model, 0.97, 1.0, name="test ROC AUC of the mini-batch model")
checks.between(test_metrics["sensitivity"], 0.85, 1.0, name="test sensitivity of the mini-batch model at 0.5")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Read these test figures with care. With only about 40 malignant test tumours, one tumour more or less moves the
# sensitivity by more than 2 points (printed above): they are rough estimates, not guarantees. The model ranked
# the tumours better than the single measurement in every validation split, but on the test set the two AUCs are
# close: on a task this clear-cut, one well-chosen measurement already does most of the work, which is exactly
# why a baseline must stand beside every model.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7. Better steps: learning-rate decay, momentum and Adam
#
# **Learning-rate decay.** With a constant $\alpha$, SGD keeps jittering around the minimum, because every
# single patient pulls the weights their own way. Shrinking the steps over time,
# $\alpha_t = \alpha_0 / (1 + \text{decay}\cdot t)$, lets it settle: big steps to travel early, small steps to
# land softly. The source course also suggests decreasing the learning rate over time. Below, SGD with the
# constant rate chosen in section 6 ($\alpha = 0.05$) runs beside SGD whose rate starts twice as large,
# $\alpha_0 = 0.1$ (to travel fast early), and decays by 0.005, for the same three seeds.

# %% slideshow={"slide_type": ""}
schedules = {"constant α = 0.05 (chosen in section 6)": (0.05, 0.0), "α = 0.1 / (1 + 0.005 t)": (0.1, 0.005)}
decay_runs = {(label, seed): train_logistic(batch_size=1, lr=lr, epochs=10, decay=decay, seed=seed)
              for label, (lr, decay) in schedules.items() for seed in SEEDS}
fig, ax = plt.subplots(figsize=(7.5, 3.8))
for (label, seed), (_, losses, _, _) in decay_runs.items():
    color = COLORS[1] if label.startswith("constant") else COLORS[0]
    ax.plot(losses, color=color, linewidth=2 if seed == 0 else 1, alpha=1 if seed == 0 else 0.4,
            label=f"SGD, {label}" if seed == 0 else None)
ax.axhline(loss_best, color="black", linestyle=":", label="minimum (scikit-learn)")
ax.set(xlabel="epochs (passes through the training data)", ylabel="training loss (no unit)", ylim=(0.097, 0.112),
       xlim=(1, 10), title="Decaying the learning rate calms the jitter of SGD\n(thick: seed 0, thin: seeds 1 and 2)")
ax.legend()
plt.show()
decay_table = pd.DataFrame([{"learning rate": label, "seed": seed,
                             "jitter: standard deviation of the loss, epochs 3-10": np.std(losses[3:]),
                             "final gap to the minimum": losses[-1] - loss_best}
                            for (label, seed), (_, losses, _, _) in decay_runs.items()]).set_index(["learning rate", "seed"])
decay_table.round(5)

# %% slideshow={"slide_type": ""}
constant, decayed = (decay_table.xs(label, level="learning rate") for label in schedules)
checks.close(0.1 / chosen_lr["stochastic (1)"], 2.0, tol=1e-9, name="α0 = 0.1 compared with the constant rate chosen for SGD")
jitter_ratio = constant.iloc[:, 0].mean() / decayed.iloc[:, 0].mean()
closer = int((decayed["final gap to the minimum"] < constant["final gap to the minimum"]).sum())
print(f"jitter, mean over the three seeds: {jitter_ratio:.1f} times less with decay than at the constant α = 0.05 | "
      f"decay ends closer to the minimum with {closer} of the 3 seeds")
checks.true(jitter_ratio > 1.4, "with decay, the loss jitters over 1.4 times less than at the constant rate chosen in "
            "section 6 (mean over the three seeds)")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Beside the constant rate chosen in section 6, decay jitters about three times less (printed above). Seed by seed
# it jittered less with 17 of the 18 seeds we tried (0 to 17), up to 4.1 times less, and once more; it ended closer
# to the minimum with these three seeds, and with 14 of those 18.

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Momentum.** A hiker who keeps some speed from previous steps (like a heavy ball rolling downhill)
# crosses the narrow valley's zigzags: the back-and-forth components cancel, and the along-the-valley
# components add up. The update keeps a **velocity** $\mathbf v$:
# $\mathbf v \leftarrow \beta\,\mathbf v + \nabla f$, then $\mathbf p \leftarrow \mathbf p - \alpha\,\mathbf v$,
# with $\beta$ between 0 and 1 ($\beta = 0$ is plain gradient descent).
#
# **Adam** (Kingma and Ba, 2014) keeps, for each parameter, a running mean $m$ of its gradient $g$ and a running
# mean $s$ of the gradient's square: $m \leftarrow 0.9\,m + 0.1\,g$ and $s \leftarrow 0.999\,s + 0.001\,g^2$
# (each step keeps most of the old mean and mixes in a little of the new value). It then steps by
# $\alpha\, m / \sqrt{s}$, with a small correction in the first steps, while $m$ and $s$ are still close to
# their starting value 0. Dividing by $\sqrt s$, the typical size of the gradient, gives every parameter a step
# of about $\alpha$, whether its slope is steep or flat. Adam is the default optimiser of `training.fit` in
# later notebooks.
#
# **A fair race.** Each optimiser has knobs: $\alpha$, and $\beta$ for momentum. In a very narrow valley
# (condition number $\kappa = 25$) we tune the knobs on 10 random starting points (the optimisers' "validation"
# starts), then race the tuned optimisers from 20 other starting points, counting the steps needed to bring the
# loss below $10^{-3}$. Both optimisers are one line in PyTorch; to try many settings from many starts at once,
# we write their update rules in NumPy, and check them against PyTorch further down.

# %% slideshow={"slide_type": ""}
very_narrow = landscapes.bowl(25.0)


def steps_to_bottom(kind, lr, beta, starts, max_steps=150, tol=1e-3):
    # Runs one optimiser from every start at once (one row per start). Returns, for each start, the steps needed
    # to bring the loss below tol (inf: not within max_steps) and whether that descent diverged.
    p = np.array(starts, dtype=float)
    m, s = np.zeros_like(p), np.zeros_like(p)
    steps = np.full(len(p), np.inf)
    with np.errstate(over="ignore", invalid="ignore"):      # diverging descents overflow: we detect them below
        for k in range(1, max_steps + 1):
            g = very_narrow.grad(p)
            if kind == "Adam":
                m, s = 0.9 * m + 0.1 * g, 0.999 * s + 0.001 * g ** 2
                p = p - lr * (m / (1 - 0.9 ** k)) / (np.sqrt(s / (1 - 0.999 ** k)) + 1e-8)
            else:                                           # momentum; beta = 0 is plain gradient descent
                m = beta * m + g
                p = p - lr * m
            steps[np.isinf(steps) & (very_narrow.f(p) < tol)] = k
            diverged = ~(np.abs(p).max(axis=1) < 1e6)       # true for huge, infinite and nan points
            if np.all(np.isfinite(steps) | diverged):
                break
    return steps, diverged & np.isinf(steps)


rng = np.random.default_rng(0)
tuning_starts = rng.uniform([-3, -1.8], [3, 1.8], size=(10, 2))     # to choose each optimiser's knobs
race_starts = rng.uniform([-3, -1.8], [3, 1.8], size=(20, 2))       # to compare the tuned optimisers
LRS = (0.01, 0.03, 0.06, 0.075, 0.1, 0.3, 1.0)
SETTINGS = {"plain": ("plain", 0.0), "momentum β = 0.5": ("momentum", 0.5), "momentum β = 0.7": ("momentum", 0.7),
            "momentum β = 0.9": ("momentum", 0.9), "Adam": ("Adam", None)}
tuning = {(column, lr): steps_to_bottom(kind, lr, beta, tuning_starts)
          for column, (kind, beta) in SETTINGS.items() for lr in LRS}


def median_or_failure(steps, diverged):
    return "diverges" if diverged.any() else "> 150" if np.isinf(steps).any() else f"{np.median(steps):g}"


print("median steps over the 10 tuning starts ('diverges': at least one start diverges; "
      "'> 150': not every start reaches the bottom within 150 steps)")
tuning_table = pd.DataFrame({column: [median_or_failure(*tuning[column, lr]) for lr in LRS] for column in SETTINGS},
                            index=pd.Index(LRS, name="learning rate α"))
tuning_table

# %% slideshow={"slide_type": ""}
best_on_tuning = {}   # optimiser -> (median steps, lr, beta) of its best setting on the tuning starts
for (column, lr), (steps, _) in tuning.items():
    kind, beta = SETTINGS[column]
    if np.isfinite(steps).all() and (kind not in best_on_tuning or np.median(steps) < best_on_tuning[kind][0]):
        best_on_tuning[kind] = (np.median(steps), lr, beta)
tuned = {kind: (kind, lr, beta) for kind, (_, lr, beta) in best_on_tuning.items()}
race = {kind: steps_to_bottom(*setting, race_starts)[0] for kind, setting in tuned.items()}
race_table = pd.DataFrame({kind: {"tuned setting": f"α = {lr:g}" + (f", β = {beta:g}" if kind == "momentum" else ""),
                                  "median steps": np.median(race[kind]), "fastest start": race[kind].min(),
                                  "slowest start": race[kind].max()}
                           for kind, (_, lr, beta) in tuned.items()}).T
print(f"race over 20 new starts; median steps, plain / momentum: "
      f"{np.median(race['plain']) / np.median(race['momentum']):.1f}")
race_table

# %% slideshow={"slide_type": ""}
figure_start = (-2.5, 1.5)
paths, steps_needed = {}, {}
for kind, (_, lr, beta) in tuned.items():
    p = torch.tensor(figure_start, dtype=torch.float64, requires_grad=True)
    if kind == "Adam":
        optimizer = torch.optim.Adam([p], lr=lr)
    else:
        optimizer = torch.optim.SGD([p], lr=lr, momentum=beta)     # momentum 0: plain gradient descent
    visited = [p.detach().numpy().copy()]
    for k in range(150):
        optimizer.zero_grad()
        very_narrow.f(p).backward()          # autograd gives the gradient
        optimizer.step()                     # the optimiser decides the step
        visited.append(p.detach().numpy().copy())
        if kind not in steps_needed and very_narrow.value(visited[-1]) < 1e-3:
            steps_needed[kind] = k + 1
        if kind in steps_needed and k >= 60:
            break
    paths[kind] = np.array(visited)

fig, ax = plt.subplots(figsize=(8.2, 4.8))
landscapes.plot_surface_contours(very_narrow, ax=ax, levels=15,
                                 title="Tuned optimisers in a very narrow valley (κ = 25), from one start")
add_loss_colorbar(ax)
for color, (kind, path) in zip([COLORS[0], COLORS[1], COLORS[3]], paths.items()):
    landscapes.plot_path(ax, path[:60], label=f"{kind} ({race_table.loc[kind, 'tuned setting']}): "
                                              f"{steps_needed.get(kind, '> 150')} steps", color=color)
ax.plot(*very_narrow.minima[0], "*", color="black", markersize=14, zorder=5)   # the minimum again, above the paths
ax.set(xlim=(-3, 3), ylim=(-2.35, 1.8))
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), fontsize="small")
plt.show()

# %% slideshow={"slide_type": ""}
numpy_steps = {kind: steps_to_bottom(*setting, [figure_start])[0][0] for kind, setting in tuned.items()}
checks.true(all(numpy_steps[kind] == steps_needed.get(kind) for kind in tuned),
            "our NumPy update rules take exactly the steps of PyTorch's SGD, momentum and Adam")
checks.true(race["momentum"].max() < race["plain"].min(),
            "tuned momentum needs fewer steps than tuned plain descent from every one of the 20 race starts")
checks.true(steps_needed["Adam"] < steps_needed["plain"] and np.median(race["Adam"]) >= np.median(race["plain"]),
            "tuned Adam beats tuned plain descent from the figure's start, but not over the race starts (median)")
adam_works = [lr for lr in LRS if np.isfinite(tuning["Adam", lr][0]).all()]
plain_diverges = [lr for lr in LRS if tuning["plain", lr][1].any()]
checks.true(adam_works == [0.06, 0.075, 0.1, 0.3, 1.0] and min(plain_diverges) == 0.1,
            "Adam works for every α from 0.06 to 1; plain descent diverges from α = 0.1 (above 2/κ = 0.08)")

# %% [markdown] slideshow={"slide_type": "fragment"}
# What the race shows:
#
# - **Momentum**, tuned, beats plain descent from every start, with about 3 times fewer steps (the median ratio
#   printed above the race table).
# - **Adam is not faster here.** From the figure's single start it beats plain descent, but over the 20 race
#   starts its median is higher: one start can mislead, just as one seed can. Each coordinate moves by about
#   $\alpha$ per step whatever its slope, so it first heads diagonally, overshoots across the valley, then circles
#   the minimum before settling.
# - **Adam's strength is elsewhere**: it works over a wide range of learning rates (0.06 to 1 in the tuning
#   table), while plain descent diverges as soon as $\alpha$ exceeds $2/\kappa = 0.08$. In a real network, with
#   millions of weights whose curvatures differ and change during training, not having to find that narrow band
#   is what makes Adam a good default.

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
# store it in `p_next` (an array of 2 numbers). Then look at the signs: which coordinate overshoots, that is
# jumps past the valley floor ($p_2 = 0$) to the other side, and why that one? Once your point is right, the
# check's message gives the answer.

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
# - The learning rate $\alpha$ is the key hyper-parameter. Too small crawls; too large oscillates or diverges.
#   The fastest lies in between: when the descent zigzags, a *smaller* $\alpha$ helps; when it crawls, a larger one.
# - The **condition number** $\kappa$ of a valley (steepest curvature / flattest curvature) caps the learning rate
#   at 2 / (steepest curvature) and multiplies the number of steps about in proportion to $\kappa$. Inputs on
#   very different scales give huge condition numbers: standardise them.
# - The starting point matters when the loss has several valleys.
# - Full-batch uses every example per step, stochastic one, mini-batch a few dozen; one epoch is one pass
#   through the data. They reach about the same model and differ in cost and noise. Choose their learning
#   rates on validation data, and open the test set once.
# - Learning-rate decay calms SGD, momentum crosses narrow valleys faster, and Adam spares you most of the hunt
#   for the right $\alpha$. Judge such claims over several seeds or starting points, never one.
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
# 5. A model uses age (20 to 90 years) and serum creatinine (about 0.6 to 1.3 mg/dL) without standardising them.
#    With $\alpha = 0.1$ the loss explodes; with $\alpha = 0.0001$ it barely moves. Why, and what should you do?
# <details><summary>Answer</summary>The loss is far more curved along the age weight (large input values) than along the creatinine weight: a high condition number. The steep direction forces a tiny $\alpha$, and the flat direction then crawls. Standardise both inputs (with the training mean and standard deviation).</details>
#
# 6. A colleague reports that Adam beat SGD on their model, from one run. What do you ask before believing it?
# <details><summary>Answer</summary>Were both optimisers tuned, on validation data rather than the test set? Does the result hold over several seeds (or starting points), and is the gap larger than the spread between seeds?</details>
#
# **What comes next:** with one neuron the gradient was a short formula. With layers of neurons, every weight's
# gradient is obtained by **backpropagation** (notebook 05), the chain rule applied from the output back to the
# input. Backpropagation computes the gradient; gradient descent, as here, uses it. Notebook 06 then trains
# multi-layer networks with mini-batches, Adam and learning-rate decay.
