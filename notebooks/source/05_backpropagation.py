# %% [markdown] slideshow={"slide_type": "slide"}
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/OWNER/REPOSITORY/blob/main/student/05_backpropagation.ipynb)
#
# # 05 · Backpropagation
#
# > How a network finds the slope of every weight: computational graphs, the chain rule, and a tiny autograd engine checked against PyTorch.
#
# **Estimated time:** 80 min · **Prerequisites:** 03, 04
#
# A network that flags abnormal blood counts or screens for diabetes has hundreds to millions of weights. Gradient descent (notebook 04) needs, for every one of them, the direction in which to nudge it. **Backpropagation** finds all these slopes in one backward sweep through the computation. It costs a few predictions' worth of computing, however many weights there are. It is what `loss.backward()` does in PyTorch. We open the box: we write it ourselves in about 100 lines and check the result against PyTorch.
#
# **By the end of this notebook you will be able to:**
# - Draw a computational graph, run the forward pass (values) and the backward pass (gradients) on it
# - Apply the chain rule, including the sum over several paths
# - Build a tiny scalar autograd engine and check its gradients with finite differences and `torch.autograd`
# - Write backpropagation for a 2-layer network in matrix form (NumPy), check it against PyTorch, and train it honestly
#   (validation patients to decide when to stop, test patients once at the end)
# - Explain why gradients vanish in deep sigmoid networks, and why ReLU helps
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
import math
import time

import matplotlib.pyplot as plt
import numpy as np
import torch
from ipywidgets import ToggleButtons
from sklearn.linear_model import LogisticRegression

import course_utils
from course_utils import checks, i18n, metrics, plotting, training, widgets
from course_utils.datasets import REFERENCE_RANGES, load_blood_counts
from course_utils.exercises import ____
from course_utils.exercises.backpropagation import exercise_1, exercise_2, exercise_3
from course_utils.reference import autograd, gradients

course_utils.setup(lang="en")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. Why backpropagation?
#
# In notebook 03 one neuron learned with the update rule
# $w_i \leftarrow w_i - \alpha\,\partial\text{Loss}/\partial w_i$. We derived its gradient by hand:
# $-(y - h)\,x_i$. Notebook 04 showed how gradient descent uses such gradients.
#
# A **multi-layer network** (notebook 06) stacks many neurons in **layers**. A weight in the first layer
# changes the output only *through* all the layers after it. We need $\partial\text{Loss}/\partial w$ for
# **every** weight, for every new network we invent, without deriving a formula by hand each time.

# %% [markdown] slideshow={"slide_type": "subslide"}
# Three ways to get these slopes:
#
# | method | how | cost for $P$ weights |
# | --- | --- | --- |
# | by hand | derive a formula per network | hours of algebra, error-prone |
# | finite differences (notebook 04) | nudge each weight, recompute the loss | $2P$ predictions |
# | **backpropagation** | one forward pass, then one backward pass with the chain rule | a few predictions, whatever $P$ |
#
# **Backpropagation** (rétropropagation du gradient) is not a learning method. It is bookkeeping that
# computes the gradients. **Gradient descent** then *uses* them to update the weights. Every training step does both:
# forward pass, loss, backward pass (backprop), update (gradient descent).

# %% [markdown] slideshow={"slide_type": "fragment"}
# The course's lecture slides compare this to the blindfolded hiker of notebook 04. Gradient descent is the hiker
# feeling the slope under her feet and stepping downhill. The slides picture backpropagation as her walking the path
# **backwards** to see how each turn changed where she arrived. Read that picture with care: backpropagation goes
# back through **one calculation**, never through earlier steps. At every step it goes from the loss back to each
# weight, and so measures the slope under her feet in every direction at once.

# %% [markdown] slideshow={"slide_type": "subslide"}
# Let us measure the difference on a network of the size we will train in notebook 06: 8 inputs, two hidden layers of 20
# neurons, 1 output, that is $8 \times 20 + 20 + 20 \times 20 + 20 + 20 + 1 = 621$ weights (biases included). The data
# are 256 made-up patients (random numbers; only the timing matters here). `loss.backward()` is PyTorch's
# backpropagation. We also time one plain prediction (a forward pass alone), to express each method's cost in
# predictions.

# %% slideshow={"slide_type": ""}
torch.manual_seed(0)
demo_net = torch.nn.Sequential(torch.nn.Linear(8, 20), torch.nn.ReLU(), torch.nn.Linear(20, 20), torch.nn.ReLU(),
                               torch.nn.Linear(20, 1)).double()
X_demo = torch.randn(256, 8, dtype=torch.float64)                 # 256 made-up patients, 8 measurements
y_demo = (torch.rand(256, 1) < 0.35).double()                     # made-up labels
loss_fn = torch.nn.BCEWithLogitsLoss()                            # sigmoid + cross-entropy
theta_demo = torch.nn.utils.parameters_to_vector(demo_net.parameters()).detach().numpy().copy()


def demo_loss(theta):
    # the loss as a function of all 621 weights, written as one long vector
    torch.nn.utils.vector_to_parameters(torch.as_tensor(theta), demo_net.parameters())
    with torch.no_grad():
        return loss_fn(demo_net(X_demo), y_demo).item()


start = time.perf_counter()
grad_fd = gradients.numerical_gradient(demo_loss, theta_demo)          # 2 x 621 predictions (timed once: slow)
seconds_fd = time.perf_counter() - start

torch.nn.utils.vector_to_parameters(torch.as_tensor(theta_demo), demo_net.parameters())
forward_times, bp_times = [], []
for _repeat in range(20):                                         # keep the fastest of 20 runs (timing noise)
    start = time.perf_counter()
    with torch.no_grad():
        loss_fn(demo_net(X_demo), y_demo).item()                  # 1 forward pass: one prediction and its loss
    forward_times.append(time.perf_counter() - start)
    start = time.perf_counter()
    demo_net.zero_grad()
    loss_fn(demo_net(X_demo), y_demo).backward()                  # 1 forward + 1 backward pass
    bp_times.append(time.perf_counter() - start)
seconds_forward, seconds_bp = min(forward_times), min(bp_times)
grad_bp = torch.cat([p.grad.ravel() for p in demo_net.parameters()]).numpy()
bp_in_predictions = seconds_bp / seconds_forward

print(f"{theta_demo.size} weights | finite differences: {2 * theta_demo.size} predictions, "
      f"{seconds_fd * 1000:.0f} ms (one run) | backpropagation: {seconds_bp * 1000:.2f} ms (fastest of 20 runs), "
      f"the time of {bp_in_predictions:.1f} predictions")
print(f"counted in predictions, backpropagation is {2 * theta_demo.size} / {bp_in_predictions:.1f} = "
      f"{2 * theta_demo.size / bp_in_predictions:.0f} times cheaper | largest difference between the two gradients: "
      f"{np.abs(grad_fd - grad_bp).max():.1e}")

# %% slideshow={"slide_type": ""}
checks.close(grad_bp, grad_fd, tol=1e-6, name="backprop gradient vs finite differences (621 weights)")
checks.true(seconds_fd > 20 * seconds_bp, "backpropagation is more than 20 times faster here")
checks.between(bp_in_predictions, 1.0, 10.0, name="cost of one gradient by backpropagation, in predictions")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Same numbers, very different cost. Backpropagation took the time of a few predictions (printed above): the backward
# pass costs roughly twice the forward pass, because each layer computes two products on the way back (one for its
# weights, one to pass the gradient on). That ratio stays the same however many weights the network has, while finite
# differences need 2 predictions per weight. The gap therefore grows with the size of the network. An image network
# such as ResNet-50 has about 25.6 million weights: about 51 million predictions per step with finite differences, the
# time of a few with backpropagation. Without backpropagation there would be no deep learning. Finite differences
# remain useful for one thing: **checking** a backpropagation on a few weights, as we just did.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Computational graphs
#
# Any formula can be computed as a chain of **elementary operations** (add, multiply, divide, square,
# exponential, ...). Draw each intermediate value as a box and each operation as a circle. The result is a
# **computational graph** (graphe de calcul).
#
# A familiar one is the **body-mass index**, $\text{BMI} = \text{mass} / \text{height}^2$ (kg/m²; adult reference
# range 18.5-25). For a 70 kg person who is 1.75 m tall:
#
# 1. square the height: $1.75^2 = 3.0625$ m²;
# 2. divide the mass by it: $70 / 3.0625 = 22.86$ kg/m².
#
# Computing the values from the inputs (left) to the output (right) is the **forward pass**.

# %% [markdown] slideshow={"slide_type": "fragment"}
# `course_utils.reference.autograd.Value` is a ready-made copy of the small engine we build in section 4. For now we only use it
# to **draw** graphs: each number remembers how it was computed.

# %% slideshow={"slide_type": ""}
mass = autograd.Value(70.0, label="mass (kg)")
height = autograd.Value(1.75, label="height (m)")
height_sq = height**2
height_sq.label = "height² (m²)"
bmi = mass / height_sq
bmi.label = "BMI (kg/m²)"

autograd.draw_graph(bmi, show_grad=False, digits=4, title="Forward pass: the BMI as a computational graph")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# Each operation also knows its **local derivative**: how much its output moves when one of its inputs moves a
# little, the other inputs staying fixed. As in notebook 03 we write it $\partial s / \partial h$ (read "d s by d h"):
# the curly $\partial$ says that only $h$ moves. These are the rules from school, one operation at a time:
#
# | operation | output | local derivative(s) |
# | --- | --- | --- |
# | square | $s = h^2$ | $\partial s / \partial h = 2h$ |
# | divide | $q = a / b$ | $\partial q / \partial a = 1 / b, \quad \partial q / \partial b = -a / b^2$ |
# | add | $a + b$ | $1$ and $1$ |
# | multiply | $a \cdot b$ | $b$ and $a$ |
#
# The graph never needs the derivative of the whole formula, only these small local rules.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. The chain rule, on the graph
#
# How does the BMI change when the height changes? The height acts on the BMI only **through** height². The
# **chain rule** (règle de dérivation en chaîne) multiplies the local derivatives along the path:
#
# $$
# \frac{\partial\,\text{BMI}}{\partial\,\text{height}}
# = \frac{\partial\,\text{BMI}}{\partial\,\text{height}^2}\cdot\frac{\partial\,\text{height}^2}{\partial\,\text{height}}
# = \left(-\frac{\text{mass}}{(\text{height}^2)^2}\right)\cdot(2\,\text{height}) = -\frac{2\,\text{mass}}{\text{height}^3}.
# $$
#
# The **backward pass** does this from right to left. Start at the output with
# $\partial\,\text{BMI}/\partial\,\text{BMI} = 1$. Then, at each circle, multiply the gradient arriving from the right by
# the local derivative and pass the result to the left. The number stored in each box is its **gradient**: how much the
# final output moves per unit of that box.

# %% slideshow={"slide_type": ""}
m, h = 70.0, 1.75
# forward pass: values, left to right
h2 = h**2
bmi_value = m / h2

# backward pass: gradients, right to left (each line = gradient arriving x local derivative)
grad_bmi = 1.0                            # d BMI / d BMI
grad_h2 = grad_bmi * (-m / h2**2)         # divide, with respect to the denominator: -a / b²
grad_m = grad_bmi * (1 / h2)              # divide, with respect to the numerator: 1 / b
grad_h = grad_h2 * (2 * h)                # square: 2h

print(f"BMI = {bmi_value:.2f} kg/m²")
print(f"d BMI / d mass   = {grad_m:+.3f} kg/m² per kg")
print(f"d BMI / d height = {grad_h:+.2f} kg/m² per m  (= {grad_h / 100:+.3f} per cm)")

# %% slideshow={"slide_type": ""}
checks.close(grad_h, -2 * m / h**3, tol=1e-9, name="chain rule vs the formula -2 mass / height³")
eps = 1e-6
checks.close(grad_h, ((m / (h + eps) ** 2) - (m / (h - eps) ** 2)) / (2 * eps), tol=1e-5,
             name="chain rule vs finite difference")

# %% [markdown] slideshow={"slide_type": "fragment"}
# In words: at 70 kg and 1.75 m, one more kilogram adds 0.33 kg/m² to the BMI, and one more centimetre
# of height removes 0.26 kg/m². The engine does the same backward pass when we call `backward()`. Each box now shows
# its gradient ("grad") under it:

# %% slideshow={"slide_type": ""}
bmi.backward()
autograd.draw_graph(bmi, digits=3, title="Backward pass: gradient of the BMI with respect to every box")
plt.show()
checks.close([mass.grad, height.grad], [grad_m, grad_h], tol=1e-9, name="engine gradients vs our hand-made pass")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Several paths: add them up
#
# A value often feeds **several** operations. Take the **mean arterial pressure**, estimated from the systolic
# (SBP) and diastolic (DBP) pressures as
#
# $$ \text{MAP} = \text{DBP} + \tfrac13\,(\text{SBP} - \text{DBP}) \qquad (\text{mmHg; normal about 70-100}).$$
#
# DBP reaches MAP along **two paths**: directly (the "+"), and through the difference $\text{SBP} - \text{DBP}$ (the
# *pulse pressure*). In general, when a value $x$ reaches the output $z$ through two intermediate values $y_1$ and
# $y_2$, its gradient is the **sum** of the products along each path:
#
# $$
# \frac{\partial z}{\partial x} = \frac{\partial z}{\partial y_1}\frac{\partial y_1}{\partial x}
# + \frac{\partial z}{\partial y_2}\frac{\partial y_2}{\partial x}
# \qquad\Rightarrow\qquad
# \frac{\partial\,\text{MAP}}{\partial\,\text{DBP}} = \underbrace{1}_{\text{direct}} + \underbrace{\tfrac13\cdot(-1)}_{\text{through the difference}} = \tfrac23 .
# $$

# %% slideshow={"slide_type": ""}
sbp = autograd.Value(120.0, label="SBP (mmHg)")
dbp = autograd.Value(80.0, label="DBP (mmHg)")
pulse_pressure = sbp - dbp
pulse_pressure.label = "SBP - DBP"
third = pulse_pressure / autograd.Value(3.0, label="constant")
third.label = "(SBP - DBP) / 3"
map_value = dbp + third
map_value.label = "MAP (mmHg)"
map_value.backward()

autograd.draw_graph(map_value, digits=3, title="Two paths from DBP to MAP: their contributions add up")
plt.show()
print(f"MAP = {map_value.data:.1f} mmHg | dMAP/dDBP = {dbp.grad:.4f} | dMAP/dSBP = {sbp.grad:.4f}")

# %% slideshow={"slide_type": ""}
checks.close([dbp.grad, sbp.grad], [2 / 3, 1 / 3], tol=1e-12, name="gradients of MAP = (2 DBP + SBP) / 3")


# %% [markdown] slideshow={"slide_type": "fragment"}
# In a network this happens everywhere. Each input feeds every neuron of the first layer, and each hidden neuron feeds
# every neuron of the next layer. Summing over paths is what lets a gradient reach the first layer through all the
# layers after it.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. A tiny autograd engine, step by step
#
# **Autograd** (automatic differentiation) is the part of PyTorch that records every operation and runs the
# backward pass for us. We now write a miniature one for single numbers, in the spirit of Andrej Karpathy's
# *micrograd*. Three ideas are enough:
#
# 1. a `Value` stores a number (`data`), its gradient (`grad`) and the values it was computed from;
# 2. each operation computes its output (**forward**) and leaves behind a small function that applies its local
#    derivatives (**backward**). The two sit side by side;
# 3. `backward()` visits the graph from the output back to the inputs and runs those small functions in the right
#    order.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### 4.1 The `Value` and two operations: add and multiply
#
# Read `__mul__` slowly. The forward line computes $a \cdot b$. The `_backward` function right below applies the local
# derivatives ($\partial(ab)/\partial a = b$, $\partial(ab)/\partial b = a$) to the gradient of the output. Note the `+=`:
# if a value is used in several places, each use **adds** its contribution. That is the sum over paths of section 3.

# %% slideshow={"slide_type": ""}
class Value:
    """A number that remembers how it was computed, so that gradients can flow back through it."""

    def __init__(self, data, children=(), op="", label=""):
        self.data = float(data)          # the forward value
        self.grad = 0.0                  # d(final output) / d(this value), filled in by backward()
        self._backward = lambda: None    # passes my gradient on to my children (set by the operation)
        self._prev = tuple(children)     # the values I was computed from
        self._op = op                    # the operation that made me (for drawing)
        self.label = label

    def __repr__(self):
        name = f"{self.label} " if self.label else ""
        return f"Value({name}data={self.data:.6g}, grad={self.grad:.6g})"

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), "+")       # forward:  a + b

        def _backward():                                             # backward: d(a+b)/da = 1, d(a+b)/db = 1
            self.grad += 1.0 * out.grad
            other.grad += 1.0 * out.grad

        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), "×")       # forward:  a · b

        def _backward():                                             # backward: d(ab)/da = b, d(ab)/db = a
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out


# %% [markdown] slideshow={"slide_type": "subslide"}
# ### 4.2 More operations, same pattern
#
# Each new operation is again *forward value + local derivative*. We attach them to the class one by one, so that
# each idea sits in its own cell. Subtraction and the others at the end need no new derivative: they are built
# from operations we already have.

# %% slideshow={"slide_type": ""}
def _pow(self, k):                                   # a ** k, for a plain number k
    out = Value(self.data**k, (self,), f"^{k:g}")
    def _backward():
        self.grad += k * self.data ** (k - 1) * out.grad               # d(a^k)/da = k a^(k-1)
    out._backward = _backward
    return out


def _truediv(self, other):                           # a / b
    other = other if isinstance(other, Value) else Value(other)
    out = Value(self.data / other.data, (self, other), "÷")
    def _backward():
        self.grad += (1 / other.data) * out.grad                       # d(a/b)/da = 1/b
        other.grad += (-self.data / other.data**2) * out.grad          # d(a/b)/db = -a/b²
    out._backward = _backward
    return out


def _exp(self):                                      # e^a
    out = Value(math.exp(self.data), (self,), "exp")
    def _backward():
        self.grad += out.data * out.grad                               # d(e^a)/da = e^a
    out._backward = _backward
    return out


def _log(self):                                      # natural logarithm ln(a)
    out = Value(math.log(self.data), (self,), "log")
    def _backward():
        self.grad += (1 / self.data) * out.grad                        # d(ln a)/da = 1/a
    out._backward = _backward
    return out


Value.__pow__, Value.__truediv__, Value.exp, Value.log = _pow, _truediv, _exp, _log


# %% slideshow={"slide_type": ""}
def _sigmoid(self):                                  # σ(a) = 1 / (1 + e^-a)
    s = 1 / (1 + math.exp(-self.data))
    out = Value(s, (self,), "σ")
    def _backward():
        self.grad += s * (1 - s) * out.grad                            # σ'(a) = σ(a) (1 - σ(a))
    out._backward = _backward
    return out


def _tanh(self):
    t = math.tanh(self.data)
    out = Value(t, (self,), "tanh")
    def _backward():
        self.grad += (1 - t**2) * out.grad                             # tanh'(a) = 1 - tanh(a)²
    out._backward = _backward
    return out


def _relu(self):                                     # max(0, a)
    out = Value(max(self.data, 0.0), (self,), "ReLU")
    def _backward():
        self.grad += (1.0 if self.data > 0 else 0.0) * out.grad        # slope 1 if a > 0, else 0
    out._backward = _backward
    return out


Value.sigmoid, Value.tanh, Value.relu = _sigmoid, _tanh, _relu

# conveniences built from the operations above (no new derivative needed)
Value.__neg__ = lambda self: self * -1
Value.__sub__ = lambda self, other: self + (-other if isinstance(other, Value) else Value(-other))
Value.__radd__ = lambda self, other: self + other              # lets us write 1 + v
Value.__rmul__ = lambda self, other: self * other              # lets us write 2 * v
Value.__rsub__ = lambda self, other: Value(other) - self       # lets us write 1 - v


# %% [markdown] slideshow={"slide_type": "subslide"}
# ### 4.3 The backward pass: topological order, then local rules in reverse
#
# A value's gradient is complete only once **every** value computed from it has passed its contribution back.
# So we first list the values in **topological order**: each value after all the values it was computed from (a
# depth-first walk does it). Then, starting from $\partial\,\text{output}/\partial\,\text{output} = 1$, we call the
# local `_backward` rules in the **reverse** of that order, from the output back to the inputs.

# %% slideshow={"slide_type": ""}
def backward(self):
    # 1. topological order: every value appears after the values it was computed from
    order, visited = [], set()

    def visit(v):
        if v not in visited:
            visited.add(v)
            for child in v._prev:
                visit(child)
            order.append(v)

    visit(self)
    # 2. start from d(output)/d(output) = 1, then apply each local rule from the output back to the inputs
    for v in order:
        v.grad = 0.0
    self.grad = 1.0
    for v in reversed(order):
        v._backward()


Value.backward = backward

# %% [markdown] slideshow={"slide_type": "fragment"}
# One difference with PyTorch: our `backward()` first resets every gradient to 0. PyTorch's `loss.backward()` **adds**
# the new gradients to those already stored in each weight's `.grad`, so training code clears them before every
# backward pass (`zero_grad()`, as in section 1).
#
# That is the whole engine. It should reproduce sections 2-3 exactly:

# %% slideshow={"slide_type": ""}
mass, height = Value(70.0, label="mass"), Value(1.75, label="height")
bmi_ours = mass / height**2
bmi_ours.backward()

sbp, dbp = Value(120.0, label="SBP"), Value(80.0, label="DBP")
map_ours = dbp + (sbp - dbp) / 3
map_ours.backward()

print(bmi_ours, mass, height, sep="\n")
checks.close([mass.grad, height.grad], [grad_m, grad_h], tol=1e-12, name="our engine on the BMI")
checks.close([dbp.grad, sbp.grad], [2 / 3, 1 / 3], tol=1e-12, name="our engine on the MAP (two paths)")

# %% [markdown] slideshow={"slide_type": "slide"}
# ### 4.4 One neuron: the healthy woman of notebook 03
#
# Back to the blood-count neuron with the slide's random weights $\mathbf w = (w_0, w_1, w_2, w_3) = (1, 2, 3, -4)$.
# The patient is the healthy woman of the slide's table: red cells 4.2 x10⁶/mm³, white cells 6.2 x10³/mm³, sex 2
# (the slides code 1 = man, 2 = woman). The wanted output is $y = 0$ (no alert), but $z = 1 + 2 \cdot 4.2 + 3 \cdot 6.2 - 4 \cdot 2 = 20$ and
# $h = \sigma(20) \approx 0.999\,999\,998$: a confident false alert.
#
# The loss is the cross-entropy of notebook 03. We write it directly from $z$:
# $\text{Loss} = \ln(1 + e^{z}) - y\,z$. This is exactly $-y \ln h - (1 - y)\ln(1 - h)$ with $h = \sigma(z)$, but it
# avoids computing $1 - h$ when $h$ is this close to 1, where rounding would ruin the digits.
# PyTorch's `BCEWithLogitsLoss` does the same.
#
# <details><summary>Why the two formulas are the same</summary>
#
# Multiply the top and bottom of $h = 1/(1 + e^{-z})$ by $e^{z}$: $h = e^{z}/(1 + e^{z})$, and
# $1 - h = 1/(1 + e^{z})$. So $\ln h = z - \ln(1 + e^{z})$ and $\ln(1 - h) = -\ln(1 + e^{z})$. Then
# $-y \ln h - (1 - y)\ln(1 - h) = -y\,z + y\ln(1 + e^{z}) + \ln(1 + e^{z}) - y\ln(1 + e^{z}) = \ln(1 + e^{z}) - y\,z$.
# </details>

# %% slideshow={"slide_type": ""}
x_woman = [1.0, 4.2, 6.2, 2.0]                                  # (x0 = 1 for the bias, red, white, sex)
w = [Value(v, label=f"w{i}") for i, v in enumerate([1.0, 2.0, 3.0, -4.0])]
y_woman = 0.0                                                   # wanted: no alert


def neuron_loss(w, x, y):
    z = w[0] * x[0] + w[1] * x[1] + w[2] * x[2] + w[3] * x[3]    # weighted sum
    z.label = "z"
    return (1 + z.exp()).log() - y * z                          # cross-entropy, written from z


loss = neuron_loss(w, x_woman, y_woman)
loss.label = "loss"
loss.backward()
grad_engine = np.array([wi.grad for wi in w])
print(f"loss = {loss.data:.6f}")
print("gradient from our engine:", grad_engine.round(6))

# %% slideshow={"slide_type": ""}
# the same neuron, drawn with named inputs (for y = 0 the loss is simply ln(1 + e^z))
inputs = [Value(4.2, label="red cells"), Value(6.2, label="white cells"), Value(2.0, label="sex")]
w_draw = [Value(v, label=f"w{i}") for i, v in enumerate([1.0, 2.0, 3.0, -4.0])]
z_draw = w_draw[0] + w_draw[1] * inputs[0] + w_draw[2] * inputs[1] + w_draw[3] * inputs[2]
z_draw.label = "z"
exp_z = z_draw.exp()
exp_z.label = "e^z"
loss_draw = (1 + exp_z).log()
loss_draw.label = "loss"
loss_draw.backward()
autograd.draw_graph(loss_draw, digits=3, title="The blood-count neuron and its loss (y = 0), after the backward pass")
plt.show()


# %% [markdown] slideshow={"slide_type": "subslide"}
# The gradient is $(1, 4.2, 6.2, 2)$: each weight's slope is its input, the formula $(h - y)\,x_i$ of
# notebook 03 with $h - y \approx 1$. The engine found it without being told the formula.
#
# Now the two independent checks of notebook 04: **finite differences** (nudge each weight) and **PyTorch's autograd**
# in double precision (`float64`). All three must agree to $10^{-6}$.

# %% slideshow={"slide_type": ""}
def neuron_loss_number(w_array):                               # same loss, plain floats, for finite differences
    return neuron_loss([Value(v) for v in w_array], x_woman, y_woman).data


grad_fd_neuron = gradients.numerical_gradient(neuron_loss_number, np.array([1.0, 2.0, 3.0, -4.0]))

w_t = torch.tensor([1.0, 2.0, 3.0, -4.0], dtype=torch.float64, requires_grad=True)
x_t = torch.tensor(x_woman, dtype=torch.float64)
loss_t = torch.nn.functional.binary_cross_entropy_with_logits(w_t @ x_t, torch.tensor(y_woman, dtype=torch.float64))
loss_t.backward()

print("finite differences:", grad_fd_neuron.round(6))
print("torch.autograd:    ", w_t.grad.numpy().round(6))

# %% slideshow={"slide_type": ""}
checks.close(loss.data, loss_t.item(), tol=1e-9, name="loss, our engine vs PyTorch")
checks.close(grad_engine, grad_fd_neuron, tol=1e-6, name="engine gradient vs finite differences")
checks.close(grad_engine, w_t.grad, tol=1e-6, name="engine gradient vs torch.autograd")
checks.close(grad_engine, (1 / (1 + math.exp(-20)) - y_woman) * np.array(x_woman), tol=1e-9,
             name="engine gradient vs the formula (h - y) x of notebook 03")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### 4.5 A small network, and a few steps of gradient descent
#
# The engine does not care how big the graph is. Here is a network with **3 inputs, one hidden layer of 3 tanh
# neurons and 1 output neuron**: $3 \times 3 + 3 = 12$ hidden weights and biases, plus $3 + 1 = 4$ output ones,
# 16 in all. It sees the four patients of the source slide's table (red cells, white cells, sex; alert yes/no),
# centred and scaled by hand around typical values so that the numbers stay near 0.
#
# The loss is the **mean** over the four patients. Its gradient is therefore the mean of the four patients' gradients:
# a **batch-averaged gradient**, as in mini-batch descent (notebook 04).

# %% slideshow={"slide_type": ""}
slide_table = np.array([[3.1, 5.3, 1], [4.2, 6.2, 2], [4.6, 7.5, 2], [1.9, 4.4, 2]])   # red, white, sex
y_slide = [1.0, 0.0, 0.0, 1.0]                                                           # alert?
X_slide = (slide_table - [4.5, 7.0, 1.5]) / [1.0, 3.0, 1.0]                              # centred, scaled by hand

rng = np.random.default_rng(0)
W1 = [[Value(rng.normal(0, 0.8), label=f"W1[{i},{j}]") for j in range(3)] for i in range(3)]  # input i -> hidden j
b1 = [Value(0.0, label=f"b1[{j}]") for j in range(3)]
W2 = [Value(rng.normal(0, 0.8), label=f"W2[{j}]") for j in range(3)]                         # hidden j -> output
b2 = Value(0.0, label="b2")
params = [p for row in W1 for p in row] + b1 + W2 + [b2]


def tiny_network(x):
    hidden = [(b1[j] + sum(W1[i][j] * x[i] for i in range(3))).tanh() for j in range(3)]
    return b2 + sum(W2[j] * hidden[j] for j in range(3))             # the output's weighted sum z (a logit)


def mean_loss(X, y):
    losses = [(1 + z.exp()).log() - t * z for z, t in ((tiny_network(x), t) for x, t in zip(X, y))]
    return sum(losses) / len(losses)


batch_loss = mean_loss(X_slide, y_slide)
batch_loss.backward()
grad_net = np.array([p.grad for p in params])
print(f"{len(params)} weights | mean loss = {batch_loss.data:.4f}")


# %% slideshow={"slide_type": ""}
def loss_of_vector(theta):                                  # finite differences: set the weights, recompute
    saved = [p.data for p in params]
    for p, value in zip(params, theta):
        p.data = float(value)
    result = mean_loss(X_slide, y_slide).data
    for p, value in zip(params, saved):
        p.data = value
    return result


grad_fd_net = gradients.numerical_gradient(loss_of_vector, np.array([p.data for p in params]))

W1_t = torch.tensor([[p.data for p in row] for row in W1], dtype=torch.float64, requires_grad=True)
b1_t = torch.tensor([p.data for p in b1], dtype=torch.float64, requires_grad=True)
W2_t = torch.tensor([p.data for p in W2], dtype=torch.float64, requires_grad=True)
b2_t = torch.tensor(b2.data, dtype=torch.float64, requires_grad=True)
z_t = torch.tanh(torch.tensor(X_slide) @ W1_t + b1_t) @ W2_t + b2_t
torch.nn.functional.binary_cross_entropy_with_logits(z_t, torch.tensor(y_slide, dtype=torch.float64)).backward()
grad_torch_net = torch.cat([W1_t.grad.ravel(), b1_t.grad, W2_t.grad, b2_t.grad.reshape(1)]).numpy()

checks.close(grad_net, grad_fd_net, tol=1e-6, name="16 gradients: engine vs finite differences")
checks.close(grad_net, grad_torch_net, tol=1e-6, name="16 gradients: engine vs torch.autograd")

# %% [markdown] slideshow={"slide_type": "slide"}
# Now **backpropagation and gradient descent together**. Each step runs the forward pass, then
# `backward()` (backpropagation: every `p.grad`), then moves each weight against its gradient (gradient descent).

# %% slideshow={"slide_type": ""}
engine_losses = []
for _step in range(60):
    batch_loss = mean_loss(X_slide, y_slide)    # forward pass
    batch_loss.backward()                       # backpropagation: the gradients
    for p in params:                            # gradient descent: use them
        p.data -= 0.5 * p.grad
    engine_losses.append(batch_loss.data)

probabilities = [tiny_network(x).sigmoid().data for x in X_slide]
fig, ax = plt.subplots(figsize=(6.5, 3.2))
ax.plot(np.arange(1, 61), engine_losses, color=plotting.SERIES_COLORS[0])
ax.set(xlabel="gradient-descent step", ylabel="mean cross-entropy (no unit)", ylim=(0, None),
       title="Our engine + gradient descent learns the 4 patients")
plt.show()
print("probability of an alert:", np.round(probabilities, 3), "| wanted:", y_slide)

# %% slideshow={"slide_type": ""}
checks.true(engine_losses[-1] < 0.1 * engine_losses[0], "the mean loss fell to less than a tenth")
checks.true(np.array_equal(np.array(probabilities) > 0.5, np.array(y_slide) == 1),
            "after training, the network raises the alert for exactly the two patients with low red-cell counts")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Four patients prove nothing clinically: a 16-weight network can memorise them (over-fitting, notebook 06). The
# point is the mechanism. This is how every network in this course learns, only with tensors instead of single numbers.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Your turn: one weight, its slope, and the chain behind it
#
# Back to the healthy woman and the neuron of section 4.4. The slider moves the red-cell weight $w_1$; the other
# weights stay at $(1, \cdot, 3, -4)$. The buttons choose the wanted output $y$.
#
# - **Left:** the loss as a function of $w_1$. The dashed line is the tangent whose slope is the gradient
#   $\partial\,\text{Loss}/\partial w_1$, computed by our engine's `backward()`. A positive slope means "decrease
#   $w_1$".
# - **Right:** the three local derivatives that the chain rule multiplies:
#   $\dfrac{\partial\,\text{Loss}}{\partial w_1} = \dfrac{\partial\,\text{Loss}}{\partial h}\cdot\dfrac{\partial h}{\partial z}\cdot\dfrac{\partial z}{\partial w_1}$.
#   Each bar ends at the size of its factor, on a logarithmic scale. A bar ending left of the grey line at 1 shrinks
#   the product; one ending right of it enlarges it. The values, with their signs, are printed under the figure.
#
# Try large $w_1$ with $y = 0$. The neuron is confidently wrong: the sigmoid's slope $\partial h/\partial z$ becomes
# tiny, but the cross-entropy's $\partial\,\text{Loss}/\partial h$ becomes huge, and the two cancel. The gradient
# stays useful. This is why cross-entropy is the loss for classification.

# %% slideshow={"slide_type": ""}
W_OTHERS = (1.0, 3.0, -4.0)                                   # w0, w2, w3 as in the slide
w1_axis = np.linspace(-4, 3, 300)


def neuron_at(w1, target):
    # loss, gradient (by our engine) and the three chain-rule factors for the healthy woman
    weights = [Value(W_OTHERS[0]), Value(w1), Value(W_OTHERS[1]), Value(W_OTHERS[2])]
    loss = neuron_loss(weights, x_woman, target)
    loss.backward()
    z = sum(wi * xi for wi, xi in zip((W_OTHERS[0], w1, *W_OTHERS[1:]), x_woman))
    h = 1 / (1 + math.exp(-z))
    dloss_dh = (h - target) / (h * (1 - h))                   # from Loss = -y ln h - (1 - y) ln(1 - h)
    factors = [dloss_dh, h * (1 - h), x_woman[1]]             # dLoss/dh, dh/dz = σ'(z), dz/dw1 = x1
    return loss.data, weights[1].grad, factors, z, h


def loss_curve(target):
    z_axis = W_OTHERS[0] + w1_axis * x_woman[1] + W_OTHERS[1] * x_woman[2] + W_OTHERS[2] * x_woman[3]
    return np.logaddexp(0, z_axis) - target * z_axis            # ln(1 + e^z) - y z, computed safely


fig = widgets.new_figure(figsize=(9.0, 3.6))
ax_loss, ax_chain = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1.15, 1]})
(curve,) = ax_loss.plot(w1_axis, loss_curve(0.0), color=plotting.SERIES_COLORS[0], label="loss")
(tangent,) = ax_loss.plot([], [], color=plotting.SERIES_COLORS[1], linestyle="--", label="tangent (slope = gradient)")
(point,) = ax_loss.plot([], [], "o", color="black", markersize=7, clip_on=False)   # whole, even at the ends
ax_loss.set(xlim=(-4, 3), ylim=(-1, 26), xlabel="red-cell weight $w_1$ (per x10⁶/mm³)",
            ylabel="cross-entropy loss (no unit)", title="Loss of one patient and its slope")
ax_loss.legend(loc="upper left")
names = [r"$\partial$Loss/$\partial h$", r"$\partial h/\partial z$ = σ'(z)", r"$\partial z/\partial w_1$ = $x_1$",
         r"product: $\partial$Loss/$\partial w_1$"]
bars = ax_chain.barh(range(4), [1, 1, 1, 1], left=1e-12, color=[plotting.SERIES_COLORS[i] for i in (3, 0, 1, 2)])
ax_chain.set_xscale("log")
ax_chain.set(xlim=(1e-12, 1e12), ylim=(3.6, -0.6), yticks=range(4), yticklabels=names,
             xlabel="size of the factor (log scale)", title="The chain rule, factor by factor")
ax_chain.axvline(1, color="0.5", linewidth=0.8)


def update(w1, target):
    target = float(target)
    loss_value, grad, factors, z, h = neuron_at(w1, target)
    curve.set_ydata(loss_curve(target))
    point.set_data([w1], [loss_value])
    span = np.array([w1 - 1.0, w1 + 1.0])
    tangent.set_data(span, loss_value + grad * (span - w1))
    for bar, value in zip(bars, [*factors, grad]):
        bar.set_width(max(abs(value), 1.1e-12) - 1e-12)
    n = i18n.number                                  # 0.5 in English, 0,5 in French
    return (f"z = {n(z, '.2f')} | h = σ(z) = {n(h, '.9f')} | loss = {n(loss_value, '.4f')}<br>"
            f"dLoss/dh = {n(factors[0], '+.3g')} × dh/dz = {n(factors[1], '.3g')} × dz/dw1 = {n(factors[2], '.3g')} "
            f"→ gradient dLoss/dw1 = {n(grad, '+.4f')}")


live = widgets.LiveFigure(fig, update, main=True,
                          dynamic=[curve, tangent, point, *bars],
                          w1=widgets.slider(2.0, -4.0, 3.0, 0.05, description="red-cell weight w1"),
                          target=ToggleButtons(options=[("y = 0 (no alert wanted)", 0.0),
                                                        ("y = 1 (alert wanted)", 1.0)], value=0.0))
live

# %% slideshow={"slide_type": ""}
live.set(w1=2.0, target=0.0)
_, grad_start, factors_start, _, _ = neuron_at(2.0, 0.0)
checks.close(grad_start, 4.2, tol=1e-6, name="gradient at the slide's weights (confidently wrong: about x1)")
checks.true(factors_start[1] < 1e-8 < 1e8 < factors_start[0],
            "the sigmoid's slope is tiny and dLoss/dh is huge: they cancel in the product")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. Backpropagation in matrix form: a 2-layer network in NumPy
#
# Our engine handles one number at a time: fine for understanding, far too slow for real data. Real libraries work
# with whole **matrices** (tables of numbers): all patients of a batch and all neurons of a layer at once. The rules are
# the same. Only the bookkeeping changes.
#
# Take a batch of $n$ patients with $d$ measurements and a hidden layer of $m$ neurons. $X$ is the table of
# measurements, one row per patient ($n \times d$: $n$ rows, $d$ columns), and $X[k, i]$ is measurement $i$ of
# patient $k$. $W_1$ ($d \times m$) holds the first layer's weights: $W_1[i, j]$ links input $i$ to hidden neuron $j$.
# $X W_1$ is the matrix product of notebook 02: its entry $(k, j)$ is $\sum_i X[k, i]\,W_1[i, j]$, the weighted sum of
# hidden neuron $j$ for patient $k$. Adding the row of biases $b_1$ adds $b_1[j]$ to column $j$, for every patient.
#
# $$
# \underbrace{Z_1}_{n\times m} = X W_1 + b_1,\qquad H = \text{ReLU}(Z_1),\qquad
# \underbrace{z_2}_{n\times 1} = H W_2 + b_2,\qquad p = \sigma(z_2),\qquad
# \text{Loss} = \frac1n \sum_{k=1}^{n} \text{CE}(y[k], p[k]).
# $$
#
# $H$ holds the outputs of the hidden neurons, $z_2$ the output neuron's weighted sum and $p$ its probability of an
# alert, one per patient; $y[k]$ is 1 if patient $k$ has an alert, else 0. ReLU and $\sigma$ act on each entry
# separately. $\text{CE}(y, p) = -y\ln p - (1 - y)\ln(1 - p)$ is the cross-entropy of notebook 03, so the loss is its
# mean over the $n$ patients.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### The backward pass, one entry at a time
#
# Each formula is the chain rule of section 3. Follow one patient $k$ and one hidden neuron $j$, from the output back
# to the input:
#
# 1. **Output.** For a sigmoid with cross-entropy, notebook 03 multiplied $\partial\,\text{Loss}/\partial h$ by
#    $\partial h/\partial z$ and found $h - y$ (here $p - y$): the slope of one patient's loss with respect to the
#    weighted sum. The mean over $n$ patients adds a factor $1/n$. We call this gradient $\delta_2$
#    ("delta 2"): $\delta_2[k] = \partial\,\text{Loss}/\partial z_2[k] = (p[k] - y[k])/n$.
# 2. **Output weights.** $W_2[j]$ enters the sum $z_2[k]$ of every patient, multiplied by $H[k, j]$: one path per
#    patient, so the paths add up. $\partial\,\text{Loss}/\partial W_2[j] = \sum_k H[k, j]\,\delta_2[k]$. The bias $b_2$
#    is multiplied by 1: $\partial\,\text{Loss}/\partial b_2 = \sum_k \delta_2[k]$.
# 3. **Back to the hidden values.** $H[k, j]$ reaches the loss only through $z_2[k]$, multiplied by $W_2[j]$:
#    $\partial\,\text{Loss}/\partial H[k, j] = \delta_2[k]\,W_2[j]$.
# 4. **Through ReLU.** Its slope is 1 where $Z_1[k, j] > 0$ and 0 elsewhere:
#    $\delta_1[k, j] = \partial\,\text{Loss}/\partial Z_1[k, j] = \partial\,\text{Loss}/\partial H[k, j]$ if
#    $Z_1[k, j] > 0$, and 0 otherwise.
# 5. **First-layer weights.** $W_1[i, j]$ enters $Z_1[k, j]$ of every patient, multiplied by $X[k, i]$:
#    $\partial\,\text{Loss}/\partial W_1[i, j] = \sum_k X[k, i]\,\delta_1[k, j]$, and
#    $\partial\,\text{Loss}/\partial b_1[j] = \sum_k \delta_1[k, j]$.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### The same backward pass in matrix form
#
# Written for all entries at once. Two more notations: $A^\top$ is the **transpose** of notebook 02 (row $j$ of
# $A^\top$ is column $j$ of $A$), and $\odot$ multiplies two tables of the same shape entry by entry.
# $\mathbb{1}[Z_1 > 0]$ is the table with 1 where $Z_1 > 0$ and 0 elsewhere.
#
# $$
# \begin{aligned}
# \delta_2 &= \frac{\partial\,\text{Loss}}{\partial z_2} = \frac{p - y}{n} && (n\times1)\ \text{step 1}\\
# \frac{\partial\,\text{Loss}}{\partial W_2} &= H^\top \delta_2, \qquad \frac{\partial\,\text{Loss}}{\partial b_2} = \textstyle\sum_k \delta_2[k] && (m\times 1),\ (1)\ \text{step 2}\\
# \frac{\partial\,\text{Loss}}{\partial H} &= \delta_2\, W_2^\top && (n\times m)\ \text{step 3: back through the weights}\\
# \delta_1 &= \frac{\partial\,\text{Loss}}{\partial H} \odot \mathbb{1}[Z_1 > 0] && (n\times m)\ \text{step 4: back through ReLU}\\
# \frac{\partial\,\text{Loss}}{\partial W_1} &= X^\top \delta_1, \qquad \frac{\partial\,\text{Loss}}{\partial b_1[j]} = \textstyle\sum_k \delta_1[k, j] && (d\times m),\ (m)\ \text{step 5}
# \end{aligned}
# $$
#
# Entry $j$ of $H^\top\delta_2$ is $\sum_k H[k, j]\,\delta_2[k]$, exactly step 2; entry $(i, j)$ of $X^\top\delta_1$ is
# step 5. Two sanity rules follow: every gradient has **the shape of its parameter**, and the products $H^\top\delta_2$
# and $X^\top\delta_1$ **sum over the patients of the batch**. Each weight is used once per patient: that is the sum
# over paths again, and the $1/n$ in $\delta_2$ turns it into a batch average.

# %% [markdown] slideshow={"slide_type": "subslide"}
# The data: the 1,000 synthetic blood counts of notebook 03 with the **full** alert (any of red cells, white
# cells or haemoglobin outside the sex-specific range). This is the box-shaped problem a single neuron could not
# learn. Four inputs (red cells, white cells, haemoglobin, sex), standardised with the training patients' statistics.
#
# As in notebook 03 the patients are split three ways, and each part has one job:
#
# - 60 % to **train**: the network learns its weights from them;
# - 20 % for **validation**: they make every choice (here, when to stop training and which run to keep);
# - 20 % to **test**: looked at once, at the very end, to report how the chosen network does on patients that played
#   no part in any choice.

# %% slideshow={"slide_type": ""}
blood = load_blood_counts()
features = ["red_cells", "white_cells", "haemoglobin", "sex"]
X_all, y_all = blood[features].to_numpy(), blood["alert"].to_numpy()
order = np.random.default_rng(0).permutation(len(blood))
train_idx, val_idx, test_idx = order[:600], order[600:800], order[800:]
X_train, X_val, X_test = training.standardize(X_all[train_idx], X_all[val_idx], X_all[test_idx])
y_train, y_val, y_test = y_all[train_idx], y_all[val_idx], y_all[test_idx]
print(f"train {X_train.shape}, validation {X_val.shape}, test {X_test.shape} | alerts: {y_train.mean():.0%} of "
      f"training, {y_val.mean():.0%} of validation, {y_test.mean():.0%} of test patients")


# %% slideshow={"slide_type": ""}
def init_params(n_inputs, n_hidden, seed=0):
    rng = np.random.default_rng(seed)
    return {"W1": rng.normal(0, np.sqrt(2 / n_inputs), (n_inputs, n_hidden)), "b1": np.zeros(n_hidden),
            "W2": rng.normal(0, np.sqrt(1 / n_hidden), (n_hidden, 1)), "b2": np.zeros(1)}


def forward_pass(net, X):
    Z1 = X @ net["W1"] + net["b1"]              # (n, m) weighted sums of the hidden neurons
    H = np.maximum(Z1, 0)                       # (n, m) ReLU
    z2 = H @ net["W2"] + net["b2"]              # (n, 1) weighted sum of the output neuron
    p = 1 / (1 + np.exp(-z2))                   # (n, 1) probability of an alert
    return p, (X, Z1, H)


def mean_cross_entropy(p, y):
    p, y = np.clip(p.ravel(), 1e-12, 1 - 1e-12), y.ravel()
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def backward_pass(net, p, cache, y):
    X, Z1, H = cache
    delta2 = (p - y.reshape(-1, 1)) / len(X)    # (n, 1) dLoss/dz2                          step 1
    grads = {"W2": H.T @ delta2,                # (m, 1)                                    step 2
             "b2": delta2.sum(axis=0)}          # (1,)
    dH = delta2 @ net["W2"].T                   # (n, m) back through the output weights    step 3
    delta1 = dH * (Z1 > 0)                      # (n, m) back through ReLU                  step 4
    grads["W1"] = X.T @ delta1                  # (d, m)                                    step 5
    grads["b1"] = delta1.sum(axis=0)            # (m,)
    return grads


# %% [markdown] slideshow={"slide_type": "subslide"}
# **Check against PyTorch.** Same weights, same 64 patients, double precision. PyTorch's autograd knows nothing of our
# formulas, so agreement to $10^{-10}$ means the formulas are right.

# %% slideshow={"slide_type": ""}
params_check = init_params(4, 16, seed=3)
p_batch, cache_batch = forward_pass(params_check, X_train[:64])
grads_numpy = backward_pass(params_check, p_batch, cache_batch, y_train[:64])

tensors = {k: torch.tensor(v, requires_grad=True) for k, v in params_check.items()}
X_t, y_t = torch.tensor(X_train[:64]), torch.tensor(y_train[:64], dtype=torch.float64).reshape(-1, 1)
logits = torch.relu(X_t @ tensors["W1"] + tensors["b1"]) @ tensors["W2"] + tensors["b2"]
torch.nn.functional.binary_cross_entropy_with_logits(logits, y_t).backward()

for name in ("W1", "b1", "W2", "b2"):
    print(f"{name}: shape {grads_numpy[name].shape}, largest difference "
          f"{np.abs(grads_numpy[name] - tensors[name].grad.numpy()).max():.1e}")

# %% slideshow={"slide_type": ""}
for name in ("W1", "b1", "W2", "b2"):
    checks.close(grads_numpy[name], tensors[name].grad, tol=1e-10, name=f"dLoss/d{name}, NumPy vs PyTorch")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Training.** Mini-batch gradient descent (notebook 04) with our backward pass: 12 batches of 50 patients per
# **epoch** (one pass over the training set), learning rate 0.5, at most 150 epochs. After each epoch we compute the
# mean loss on the training and on the validation patients, and we keep the weights of the epoch with the lowest
# **validation** loss. This is **early stopping**: it guards against **over-fitting**, where later epochs fit the
# training patients better but new patients worse. The alert threshold stays at 50 %, fixed in advance.
#
# The result could depend on luck: the starting weights and the order of the batches. So we train 5 times, with 5
# seeds, and look at the spread. Beside the networks we put two simple baselines, judged on the same validation
# patients: "never raise the alert", and the lone neuron of notebook 03 (logistic regression on the same four inputs).

# %% slideshow={"slide_type": ""}
def train_network(seed, n_hidden=16, epochs=150, learning_rate=0.5):
    # mini-batch gradient descent with our backward pass; keeps the epoch with the lowest validation loss
    net = init_params(4, n_hidden, seed=seed)
    rng = np.random.default_rng(seed + 1)                                 # the order of the batches
    history = {"train_loss": [], "val_loss": []}
    best = {"val_loss": np.inf}
    for epoch in range(1, epochs + 1):
        for batch in np.array_split(rng.permutation(len(X_train)), 12):
            p_b, cache_b = forward_pass(net, X_train[batch])
            grads = backward_pass(net, p_b, cache_b, y_train[batch])     # backpropagation: the gradients
            for name in net:
                net[name] -= learning_rate * grads[name]                 # gradient descent: the update
        history["train_loss"].append(mean_cross_entropy(forward_pass(net, X_train)[0], y_train))
        history["val_loss"].append(mean_cross_entropy(forward_pass(net, X_val)[0], y_val))
        if history["val_loss"][-1] < best["val_loss"]:                   # early stopping: remember the best epoch
            best = {"val_loss": history["val_loss"][-1], "epoch": epoch,
                    "weights": {name: value.copy() for name, value in net.items()}}
    return best, history


def predict_alert(net, X):
    return (forward_pass(net, X)[0].ravel() >= 0.5).astype(int)         # alert when the probability is >= 50 %


SEEDS = range(5)
runs = {seed: train_network(seed) for seed in SEEDS}
lone_neuron = LogisticRegression(C=np.inf, max_iter=1000).fit(X_train, y_train)     # the neuron of notebook 03

val_scores = {seed: metrics.binary_metrics(y_val, predict_alert(best["weights"], X_val))
              for seed, (best, _) in runs.items()}
neuron_val = metrics.binary_metrics(y_val, lone_neuron.predict(X_val))
print("validation patients:")
for seed, (best, run_history) in runs.items():
    print(f"{f'network, seed {seed}':15} | sensitivity {val_scores[seed]['sensitivity']:6.1%} | specificity "
          f"{val_scores[seed]['specificity']:6.1%} | kept epoch {best['epoch']} of {len(run_history['val_loss'])}")
print(f"{'lone neuron':15} | sensitivity {neuron_val['sensitivity']:6.1%} | specificity "
      f"{neuron_val['specificity']:6.1%}")
print(f"{'never alert':15} | sensitivity {0:6.1%} | specificity {1:6.1%} | accuracy {1 - y_val.mean():.1%} "
      f"(the share of normal counts)")
net_sensitivity = [val_scores[seed]["sensitivity"] for seed in SEEDS]
net_specificity = [val_scores[seed]["specificity"] for seed in SEEDS]
print(f"networks over {len(SEEDS)} seeds: sensitivity {min(net_sensitivity):.1%} to {max(net_sensitivity):.1%}, "
      f"specificity {min(net_specificity):.1%} to {max(net_specificity):.1%}")

# %% slideshow={"slide_type": ""}
checks.true(min(net_sensitivity) > neuron_val["sensitivity"] + 0.2,
            "on validation patients, every seed's network catches at least 20 points more alerts than the lone neuron")
checks.true(min(net_specificity) >= neuron_val["specificity"] - 0.05,
            "... without flagging noticeably more normal counts (specificity within 5 points or better)")
checks.true(max(net_sensitivity) - min(net_sensitivity) < 0.1, "the spread between seeds is under 10 points")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Every seed gives a network that catches far more of the validation alerts than the lone neuron, and the gap is much
# larger than the spread between seeds: the hidden layer, not luck, makes the difference. We keep the run with the
# lowest validation loss, and only now look at the test patients, once.

# %% slideshow={"slide_type": ""}
chosen_seed = min(runs, key=lambda seed: runs[seed][0]["val_loss"])      # chosen on validation data only
best, history = runs[chosen_seed]
trained_params = best["weights"]

pred_test = predict_alert(trained_params, X_test)                         # the test patients: used once, here
m_scratch = metrics.binary_metrics(y_test, pred_test)
m_neuron = metrics.binary_metrics(y_test, lone_neuron.predict(X_test))

fig, axes = plt.subplots(1, 2, figsize=(10.5, 3.8), gridspec_kw={"width_ratios": [1.5, 1]})
epochs = np.arange(1, len(history["train_loss"]) + 1)
axes[0].plot(epochs, history["train_loss"], color=plotting.SERIES_COLORS[0], label="training patients")
axes[0].plot(epochs, history["val_loss"], color=plotting.SERIES_COLORS[1], label="validation patients")
axes[0].axvline(best["epoch"], color="0.3", linestyle=":", label=f"kept: epoch {best['epoch']}")
axes[0].set(xlabel="epoch", ylabel="mean cross-entropy (no unit)", ylim=(0, None),
            title=f"From-scratch network, seed {chosen_seed}: learning curves")
axes[0].legend()
plotting.plot_confusion(y_test, pred_test, ax=axes[1], class_names=("no alert", "alert"),
                        title="Test patients (looked at once)")
plt.show()
print(f"test, network:     accuracy {m_scratch['accuracy']:.1%} | sensitivity {m_scratch['sensitivity']:.1%} | "
      f"specificity {m_scratch['specificity']:.1%}")
print(f"test, lone neuron: accuracy {m_neuron['accuracy']:.1%} | sensitivity {m_neuron['sensitivity']:.1%} | "
      f"specificity {m_neuron['specificity']:.1%}")
print(f"test, never alert: accuracy {1 - y_test.mean():.1%} | sensitivity 0.0% | specificity 100.0%")

# %% slideshow={"slide_type": ""}
checks.true(history["train_loss"][best["epoch"] - 1] < 0.15 * history["train_loss"][0],
            "by the kept epoch, the training loss fell by more than 85 % since the first epoch")
checks.between(m_scratch["sensitivity"], 0.9, 1.0, name="sensitivity of the full alert (test)")
checks.between(m_scratch["specificity"], 0.9, 1.0, name="specificity of the full alert (test)")
checks.true(m_scratch["sensitivity"] > m_neuron["sensitivity"] + 0.2,
            "on the test patients too, the network catches far more alerts than the lone neuron")

# %% [markdown] slideshow={"slide_type": "fragment"}
# The learning curves (left) show no over-fitting here: the validation loss is still creeping down at epoch 150, with
# some noise, and the kept epochs printed above come late in training. The kept epoch is simply the best point of a
# noisy plateau. Early stopping earns its keep when training goes on long enough to over-fit (notebook 06).

# %% [markdown] slideshow={"slide_type": "fragment"}
# With a single hidden layer of 16 neurons, the network learns the box-shaped alert that defeated the lone neuron of
# notebook 03: sensitivity and specificity both above 90 % on test patients that played no part in any choice, where
# the lone neuron misses most alerts. Notebook 06 explains *why* hidden layers can do this. Where are its remaining
# errors? For each one, the measurement closest to a limit of its reference range:

# %% slideshow={"slide_type": ""}
def closest_limit(patient):
    # (distance as a share of the normal range's width, text) for the measurement nearest to one of its limits
    sex = int(patient["sex"])
    candidates = []
    for name, shown, unit in (("red_cells", "red cells", "x10⁶/mm³"), ("white_cells", "white cells", "x10³/mm³"),
                              ("haemoglobin", "haemoglobin", "g/dL")):
        low, high = REFERENCE_RANGES[name][sex]
        limit = low if abs(patient[name] - low) < abs(patient[name] - high) else high
        text = f"{shown} {patient[name]:.1f} {unit} (limit {limit:.1f})"
        candidates.append((abs(patient[name] - limit) / (high - low), text))
    return min(candidates)


test_patients = blood.iloc[test_idx].reset_index(drop=True)
closeness = np.array([closest_limit(patient)[0] for _, patient in test_patients.iterrows()])
for k in np.flatnonzero(pred_test != y_test):
    patient = test_patients.iloc[k]
    verdict = "missed alert " if y_test[k] == 1 else "false alert  "
    print(f"{verdict}| {'man  ' if patient['sex'] == 1 else 'woman'} | closest: {closest_limit(patient)[1]}")
errors = pred_test != y_test
print(f"distance to the nearest limit (share of the normal range's width): errors, median "
      f"{np.median(closeness[errors]):.0%}; all test patients, median {np.median(closeness):.0%}")
checks.true(np.median(closeness[errors]) < 0.5 * np.median(closeness),
            "the network's errors sit much closer to a reference limit than the typical patient")

# %% [markdown] slideshow={"slide_type": "fragment"}
# The errors are borderline counts: each has a value close to a limit of its range, much closer than the typical test
# patient (the two medians printed above). There, two almost identical patients can carry different labels, and a
# small measurement error would flip the label itself.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7. Vanishing gradients: why deep sigmoid networks learn slowly
#
# The backward pass **multiplies** local derivatives, layer after layer. With a sigmoid, each neuron's local slope is
# $\sigma'(z) = \sigma(z)(1 - \sigma(z)) \le 0.25$. Through $L$ layers the gradient reaching the first layer picks up
# $L$ such factors, and shrinks roughly like $0.25^L$. For $L = 10$ that is about $10^{-6}$. The first layers then
# barely move: this is the **vanishing gradient** problem. It is one reason why deep networks were hard to train before
# about 2010.
#
# ReLU's slope is exactly 1 wherever the neuron is active. With a suitable starting scale for the random weights, the
# gradient keeps roughly its size from layer to layer. For ReLU that scale is **He initialisation** (random weights
# with a standard deviation of $\sqrt{2/\text{inputs}}$, where "inputs" is the number of inputs of the layer); for tanh,
# whose slope reaches 1 at 0, it is **Glorot initialisation** (a standard deviation of
# $\sqrt{2/(\text{inputs} + \text{outputs})}$), which we also give the sigmoid to be fair to it.
#
# We measure the **size** of a layer's gradient by its **norm**: the square root of the sum of the squares of all its
# entries (Pythagoras' theorem, with as many directions as the layer has weights).

# %% slideshow={"slide_type": ""}
X_train_t = torch.tensor(X_train)
y_train_t = torch.tensor(y_train, dtype=torch.float64).reshape(-1, 1)
ACTIVATION_LAYERS = {"sigmoid": torch.nn.Sigmoid, "tanh": torch.nn.Tanh, "ReLU": torch.nn.ReLU}


def gradient_per_layer(activation, depth, width=16, seed=0):
    # size (norm) of dLoss/dW for each hidden layer of a fresh network, first layer first
    torch.manual_seed(seed)
    layers, n_in = [], X_train_t.shape[1]
    for _ in range(depth):
        linear = torch.nn.Linear(n_in, width).double()
        if activation == "ReLU":
            torch.nn.init.kaiming_normal_(linear.weight, nonlinearity="relu")    # He initialisation
        else:
            torch.nn.init.xavier_normal_(linear.weight)                          # Glorot initialisation
        torch.nn.init.zeros_(linear.bias)
        layers += [linear, ACTIVATION_LAYERS[activation]()]
        n_in = width
    net = torch.nn.Sequential(*layers, torch.nn.Linear(width, 1).double())
    torch.nn.functional.binary_cross_entropy_with_logits(net(X_train_t), y_train_t).backward()
    return np.array([layer.weight.grad.norm().item() for layer in net[:-1] if isinstance(layer, torch.nn.Linear)])


MAX_DEPTH = 15
grad_sizes = {(act, depth): gradient_per_layer(act, depth)
              for act in ACTIVATION_LAYERS for depth in range(2, MAX_DEPTH + 1)}

# %% [markdown] slideshow={"slide_type": "slide"}
# The widget shows the size of the gradient reaching each hidden layer of a freshly initialised network, before any
# training. Layer 1 is next to the input, the last layer next to the output. Move the depth and switch the activation.

# %% slideshow={"slide_type": ""}
fig = widgets.new_figure(figsize=(8.5, 3.8))
ax = fig.subplots()
layer_bars = ax.bar(np.arange(1, MAX_DEPTH + 1), np.ones(MAX_DEPTH), bottom=1e-20, color=plotting.SERIES_COLORS[1])
ax.set_yscale("log")
smallest = min(sizes.min() for sizes in grad_sizes.values())
ax.set(xlim=(0.3, MAX_DEPTH + 0.7), ylim=(smallest / 5, 10), xticks=range(1, MAX_DEPTH + 1),
       xlabel="hidden layer (1 = next to the input)", ylabel="size of dLoss/dW (norm, log scale)")
layers_title = ax.set_title("Gradient reaching each layer of a fresh network")
COLORS = {"sigmoid": plotting.SERIES_COLORS[1], "tanh": plotting.SERIES_COLORS[0], "ReLU": plotting.SERIES_COLORS[2]}


def update_layers(depth, activation):
    sizes = grad_sizes[(activation, depth)]
    layers_title.set_text(f"Gradient reaching each layer of a fresh network: {depth} {activation} layers")
    for k, bar in enumerate(layer_bars):
        bar.set_visible(k < depth)
        if k < depth:
            bar.set_height(sizes[k])
            bar.set_color(COLORS[activation])
    n = i18n.number                                  # 0.5 in English, 0,5 in French
    return (f"{activation}, {depth} layers: first layer {n(sizes[0], '.1e')}, last layer {n(sizes[-1], '.1e')}, "
            f"ratio {n(sizes[0] / sizes[-1], '.1e')}")


live_layers = widgets.LiveFigure(fig, update_layers, dynamic=[*layer_bars, layers_title],
                                 depth=widgets.slider(10, 2, MAX_DEPTH, 1, description="number of hidden layers",
                                                      integer=True),
                                 activation=ToggleButtons(options=list(ACTIVATION_LAYERS), value="sigmoid"))
live_layers

# %% [markdown] slideshow={"slide_type": "fragment"}
# One network per setting could be a lucky draw. The cell below repeats the 10-layer case with 5 seeds (5 different
# random starting weights) and prints, for each activation, the range of the ratio "gradient size in layer 1 / in
# layer 10".

# %% slideshow={"slide_type": ""}
def first_over_last(activation, seed):
    sizes = gradient_per_layer(activation, 10, seed=seed)       # a fresh 10-layer network
    return sizes[0] / sizes[-1]


ratio = {act: [first_over_last(act, seed) for seed in range(5)] for act in ACTIVATION_LAYERS}
for act, values in ratio.items():
    print(f"{act:8} 10 layers, 5 seeds: first layer / last layer = {min(values):.1e} to {max(values):.1e}")
checks.true(max(ratio["sigmoid"]) < 1e-4,
            "with 10 sigmoid layers the first layer gets less than 1/10,000 of the last one's gradient (every seed)")
checks.true(min(ratio["ReLU"]) > 0.05 and min(ratio["tanh"]) > 0.05,
            "with 10 ReLU (He) or tanh (Glorot) layers it keeps more than 1/20 of it (every seed)")

# %% [markdown] slideshow={"slide_type": "subslide"}
# Remedies used today, several of which you will meet again:
#
# - **ReLU-like activations** in hidden layers (notebook 06), sigmoid only at the output;
# - a **careful starting scale** for the weights (He or Glorot initialisation, as above);
# - **batch normalisation**, which rescales each layer's values during training;
# - **residual connections** (ResNet, 2015), which give the gradient a shortcut around layers (notebook 07).
#
# The opposite problem also exists: **exploding gradients**, when factors larger than 1 pile up (common in recurrent
# networks, notebook 08). The usual fix is to cap the gradient's size ("gradient clipping").

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 1: two paths by hand
#
# An input $x$ feeds two hidden values, $y_1 = 3x$ and $y_2 = x^2$, which are multiplied: $f = y_1 \cdot y_2$.
# At $x = 2$, compute $\partial f / \partial x$ **by summing over the two paths**
# ($\frac{\partial f}{\partial y_1}\frac{\partial y_1}{\partial x} + \frac{\partial f}{\partial y_2}\frac{\partial y_2}{\partial x}$)
# and store it in `df_dx` as one number.

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
df_dx = ____  # replace ____ with your code
### BEGIN SOLUTION
x_ex = 2.0
y1_ex, y2_ex = 3 * x_ex, x_ex**2
df_dx = y2_ex * 3 + y1_ex * (2 * x_ex)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_1.check()
# exercise_1.hint()      # a nudge; run it again for the next step
# exercise_1.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 2: a batch gradient is the mean of the patients' gradients
#
# With `params_check` and the functions `forward_pass` and `backward_pass` of section 6, compute
# $\partial\,\text{Loss}/\partial W_2$ for **each** of the first 8 training patients *separately* (a batch of one:
# `X_train[i:i + 1]`, `y_train[i:i + 1]`). Average the 8 results and store the average in `grad_W2_average`, as an
# array of shape `(16, 1)` (the shape of $W_2$).

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
grad_W2_average = ____  # replace ____ with your code
### BEGIN SOLUTION
per_patient_W2 = []
for patient in range(8):
    p_one, cache_one = forward_pass(params_check, X_train[patient:patient + 1])
    grads_one = backward_pass(params_check, p_one, cache_one, y_train[patient:patient + 1])
    per_patient_W2.append(grads_one["W2"])
grad_W2_average = np.mean(per_patient_W2, axis=0)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_2.check()
# exercise_2.hint()      # a nudge; run it again for the next step
# exercise_2.solution()  # a worked solution


# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 3: teach the engine a new operation
#
# **Leaky ReLU** (notebook 06) is $a$ when $a > 0$ and $0.01\,a$ otherwise, so its slope is 1 or 0.01. Unlike ReLU it
# never goes completely flat, so a little gradient always flows back. The small slope is a choice: the lecture slides
# write $\max(0.1\,a, a)$, but the whole course uses **0.01**, PyTorch's default (`torch.nn.LeakyReLU()`). Complete
# `value_leaky_relu(v)` so that it returns a new `Value` with the right forward value, its child `v`, and a `_backward`
# that adds the local slope times `out.grad` to `v.grad`. Copy the pattern of `_relu` in section 4.2. Write the body of
# the function in the cell below, in place of `return ____`.

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
def value_leaky_relu(v):
    """Leaky ReLU of the `Value` v: a new `Value`, with v as its child and a `_backward` rule."""
    ### BEGIN SOLUTION
    out = Value(v.data if v.data > 0 else 0.01 * v.data, (v,), "leaky ReLU")

    def _backward():
        v.grad += (1.0 if v.data > 0 else 0.01) * out.grad

    out._backward = _backward
    return out
    ### END SOLUTION
    return ____  # replace this line with the body of your function


# %% nbgrader={"grade": true, "grade_id": "exercise_3_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_3.check()
# exercise_3.hint()      # a nudge; run it again for the next step
# exercise_3.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "fragment"}
# Your operation inside a larger expression, where $a = -2$ is used twice, compared with PyTorch's own leaky ReLU
# (called with its default slope, 0.01). Until exercise 3 is solved, this cell uses the course's version.

# %% slideshow={"slide_type": ""}
leaky_relu_engine = exercise_3.answer("value_leaky_relu")
a_ex, b_ex = Value(-2.0), Value(3.0)
result_ex = leaky_relu_engine(a_ex) * leaky_relu_engine(b_ex) + leaky_relu_engine(a_ex)
result_ex.backward()
a_t, b_t = torch.tensor(-2.0, requires_grad=True), torch.tensor(3.0, requires_grad=True)
leaky = torch.nn.functional.leaky_relu
result_t = leaky(a_t) * leaky(b_t) + leaky(a_t)                   # PyTorch's default slope: 0.01
result_t.backward()
print(f"engine:  value {result_ex.data:+.4f}, d/da {a_ex.grad:+.4f}, d/db {b_ex.grad:+.4f}")
print(f"PyTorch: value {result_t.item():+.4f}, d/da {a_t.grad.item():+.4f}, d/db {b_t.grad.item():+.4f}")
checks.close([result_ex.data, a_ex.grad, b_ex.grad], [result_t.item(), a_t.grad.item(), b_t.grad.item()], tol=1e-6,
             name="value, d/da and d/db with your leaky ReLU (vs PyTorch)",
             hint="a = -2 is used twice: its gradient must add both paths (+=), each with slope 0.01.")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Wrap-up
#
# **Key takeaways**
#
# - Any computation is a **graph** of elementary operations. The forward pass computes values from inputs to output.
# - The **chain rule** multiplies local derivatives along a path. When a value feeds several paths, their contributions
#   **add up**.
# - **Backpropagation** runs the chain rule backwards through the graph, in reverse topological order. It finds every
#   gradient for the cost of a few forward passes, however many weights there are. Finite differences need 2 passes
#   per weight.
# - Backpropagation *computes* the gradients; **gradient descent** *uses* them. A training step does both. With a mini-batch
#   the gradient is the **average** of the patients' gradients.
# - Check gradients twice: with **finite differences** on a few weights, and against **`torch.autograd`**.
# - In matrix form each gradient has the shape of its parameter. $X^\top\delta$ sums over the patients of the batch.
# - Train honestly: the validation patients decide when to stop (early stopping) and which run to keep; the test
#   patients are looked at once, at the end, beside simple baselines (here the lone neuron and "never alert").
# - Deep stacks of sigmoids make gradients **vanish** (each layer multiplies by at most 0.25). ReLU plus a careful initial
#   scale keeps them alive.

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Self-test questions**
#
# 1. What is the difference between backpropagation and gradient descent?
# <details><summary>Answer</summary>Backpropagation computes the gradient of the loss with respect to every weight
# (how the loss would change), by applying the chain rule backwards through the computational graph. Gradient descent
# uses those gradients to change the weights: $w \leftarrow w - \alpha\,\partial\text{Loss}/\partial w$. Other optimisers
# (momentum, Adam) use the same gradients differently.</details>
#
# 2. Why does the engine use `self.grad += ...` and not `self.grad = ...`?
# <details><summary>Answer</summary>A value may be used by several operations (several paths to the output). Its
# gradient is the sum of the contributions of all paths. With `=` each path would overwrite the previous one, and
# the gradient would be wrong as soon as a value is reused (like DBP in the MAP formula).</details>
#
# 3. Why must the backward pass follow the reverse topological order?
# <details><summary>Answer</summary>A value may pass its gradient on only once that gradient is complete, i.e. after every
# value computed from it has contributed. Reverse topological order guarantees that every value computed from it is
# processed before the value itself.</details>
#
# 4. A network has 10 sigmoid hidden layers and learns very slowly in its first layers. Why, and what would you change?
# <details><summary>Answer</summary>Each sigmoid layer multiplies the backward gradient by a slope of at most 0.25, so
# after 10 layers it can be around a million times smaller ($0.25^{10} \approx 10^{-6}$; compare the ratios measured in
# section 7): the first layers' weights barely move (vanishing gradients). Use ReLU (or leaky ReLU/ELU) in the hidden
# layers with He initialisation, keep the sigmoid for the output; batch normalisation or residual connections also
# help.</details>
#
# 5. Our gradient passes the finite-difference check but a colleague's only agrees to 2 digits. Is that fine?
# <details><summary>Answer</summary>No. In double precision, central finite differences with a step of about $10^{-6}$
# agree with a correct gradient to about 6 digits or better. Agreement to 2 digits usually means a bug (a missing factor,
# a wrong sign on one path, or a gradient that is overwritten instead of added).</details>
#
# **What comes next.** Notebook 06 builds **multi-layer perceptrons** with PyTorch: dense layers as weighted sums,
# activation functions, why hidden layers solve XOR and the blood-count alert, and a diabetes-screening network trained
# with mini-batches, Adam and learning-rate decay. All of it relies on `loss.backward()`: now you know what it does.
