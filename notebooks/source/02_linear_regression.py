# %% [markdown] slideshow={"slide_type": "slide"}
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/OWNER/REPOSITORY/blob/main/student/02_linear_regression.ipynb)
#
# # 02 · Linear regression
#
# > Fit a straight line, then a curve, to clinical measurements: squared-error loss, least squares, several features, and over-fitting.
#
# **Estimated time:** 60 min · **Prerequisites:** 01
#
# Does a higher body-mass index go with a faster progression of diabetes, and by how much? A straight line through the data answers in one number per kg/m². Fitting that line is the simplest case of what every neural network does: choose the parameters that make a loss as small as possible.
#
# **By the end of this notebook you will be able to:**
# - write the model y = a x + b and its squared-error loss, and read both in clinical units
# - derive the least-squares line by setting the derivatives of the loss to zero, and check it against scikit-learn
# - write a regression on several features as a matrix product, solve its normal equations, and explain why feature scaling matters
# - fit polynomials of growing degree, recognise under- and over-fitting, choose the degree on validation data and measure the chosen model once on test data
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
from matplotlib.colors import LogNorm
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

import course_utils
from course_utils import checks, datasets, i18n, plotting, regression, training, widgets
from course_utils.exercises import ____
from course_utils.exercises.linear_regression import exercise_1, exercise_2, exercise_3

course_utils.setup(lang="en")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. A clinical question: BMI and diabetes progression
#
# The **diabetes** data set (Efron et al., 2004): 442 patients with diabetes, ten measurements at baseline, and
# a **disease-progression score** one year later (from 25 to 346; higher = worse). We ask how the
# **body-mass index** (BMI, weight / height², in kg/m²) relates to that score.
#
# This is **regression** (notebook 01): the answer is a quantity, not a category.

# %% slideshow={"slide_type": ""}
diabetes = datasets.load_diabetes_frame()
x = diabetes["bmi"].to_numpy()             # body-mass index, kg/m²        shape (442,)
y = diabetes["progression"].to_numpy()     # progression score at 1 year   shape (442,)
print(f"{len(x)} patients · BMI {x.min():.1f}-{x.max():.1f} kg/m² · progression {y.min():.0f}-{y.max():.0f}")
diabetes[["age", "sex", "bmi", "bp", "progression"]].head()

# %% slideshow={"slide_type": ""}
fig, ax = plt.subplots(figsize=(7.5, 4.2))
for low, high, name, shade in [(18.5, 25, "normal", 0.06), (25, 30, "overweight", 0.12), (30, 43, "obese", 0.18)]:
    ax.axvspan(low, high, color="grey", alpha=shade, linewidth=0)
    ax.text((low + min(high, 40)) / 2, 352, name, ha="center", fontsize=10, color="dimgrey")
ax.scatter(x, y, s=14, alpha=0.6, color=plotting.OKABE_ITO["green"], label="patients")
ax.set(xlabel="body-mass index (kg/m²)", ylabel="disease progression at 1 year (score)", ylim=(0, 370),
       title="Higher BMI, faster progression? (WHO BMI categories shaded)")
ax.legend(loc="lower right")
plt.show()


# %% [markdown] slideshow={"slide_type": "fragment"}
# The cloud rises from left to right, but widely scattered: BMI is one factor among many. A straight line
# will summarise the trend; it cannot predict a single patient precisely.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. The model and its loss
#
# The **model** is a straight line:
#
# $$\hat{y} = a\,x + b$$
#
# - $x$: the input (BMI, kg/m²); $\hat{y}$ ("y hat"): the predicted progression (score);
# - $a$, the **slope**: how many score points the prediction rises per extra kg/m²;
# - $b$, the **intercept**: the prediction at $x = 0$ (a BMI of 0 is impossible, so $b$ has no clinical
#   meaning on its own: it only positions the line).
#
# $a$ and $b$ are the model's two **parameters**. Learning means choosing them from the data.

# %% [markdown] slideshow={"slide_type": "fragment"}
# For patient $i$ (numbered 1 to $n$; $x_i$ is their BMI, $y_i$ their real score) the **residual** (*résidu*)
# $y_i - \hat{y}_i = y_i - (a x_i + b)$ is the vertical gap between the real score and the line. The
# **squared-error loss** adds up the squared residuals of all $n$ patients ($\sum_{i=1}^{n}$, "the sum for $i$ from 1
# to $n$"):
#
# $$L(a, b) = \sum_{i=1}^{n} \big(y_i - (a x_i + b)\big)^2$$
#
# Squaring makes every gap count positively and punishes big misses more than small ones. Dividing by $n$ gives
# the **mean squared error** (MSE, in score²); its square root, the **RMSE**, is a typical error in score points.
# The best line is the one with the **smallest loss**: *least squares* (*moindres carrés*). It minimises the
# *vertical* gaps (errors on the score), not the shortest distances from the points to the line.

# %% slideshow={"slide_type": ""}
def predict(a, b, x):
    return a * x + b


def squared_error(a, b, x, y):
    residuals = y - predict(a, b, x)
    return np.sum(residuals ** 2)            # L(a, b)


def mse(a, b, x, y):
    return squared_error(a, b, x, y) / len(x)


a_guess, b_guess = 2.0, 50.0
print(f"a = {a_guess}, b = {b_guess}:  L = {squared_error(a_guess, b_guess, x, y):,.0f} score²,"
      f"  MSE = {mse(a_guess, b_guess, x, y):,.0f} score²,  RMSE = {np.sqrt(mse(a_guess, b_guess, x, y)):.1f} points")

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Widget: fit the line by hand
#
# Move the slope $a$ and the intercept $b$. Grey segments are the residuals; the loss is shown live (RMSE in the
# title, MSE and RMSE under the figure). On the right,
# the **loss surface**: the colour is the MSE for every pair $(a, b)$ (colour bar: darker = smaller); the dot is
# where your sliders are. Try to reach the darkest region.

# %% slideshow={"slide_type": ""}
a_grid = np.linspace(-5, 25, 90)
b_grid = np.linspace(-400, 300, 90)
mse_surface = regression.loss_surface(lambda a, b: mse(a, b, x, y), a_grid, b_grid)   # (90, 90)

fig = widgets.new_figure(figsize=(10.5, 4.0), dpi=80)
ax_fit, ax_loss = fig.subplots(1, 2, width_ratios=[1.2, 1])
patients = ax_fit.scatter(x, y, s=10, alpha=0.6, color=plotting.OKABE_ITO["green"], label="patients")
residual_lines, = ax_fit.plot([], [], color="#b4b4b4", linewidth=0.8, label="residuals")
line, = ax_fit.plot([], [], color=plotting.OKABE_ITO["black"], linewidth=2.5, label="model ŷ = a x + b")
ax_fit.set(xlim=(17, 43), ylim=(-60, 400), xlabel="body-mass index (kg/m²)",
           ylabel="progression at 1 year (score)")
loss_text = ax_fit.set_title(" ")                 # the title shows your line's error (updated below)
ax_fit.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), fontsize=10, ncol=3)
levels = np.geomspace(mse_surface.min(), mse_surface.max(), 25)


def mse_colour_bar(fig, surface, ax):
    """A colour bar for an MSE surface, with round numbers as ticks."""
    bar = fig.colorbar(surface, ax=ax, label="MSE (score², log scale)")
    ticks = [t for t in (4_000, 10_000, 30_000, 100_000, 300_000) if levels[0] <= t <= levels[-1]]
    bar.set_ticks(ticks, labels=[f"{t:,}" for t in ticks])
    bar.minorticks_off()


surface = ax_loss.contourf(a_grid, b_grid, mse_surface, levels=levels, cmap="viridis", norm=LogNorm())
mse_colour_bar(fig, surface, ax_loss)
ax_loss.set(xlabel="slope a (score points per kg/m²)", ylabel="intercept b (score points)",
            title="Loss surface: MSE")
you_are_here, = ax_loss.plot([], [], "o", color="white", markeredgecolor="black", markersize=9,
                              clip_on=False)   # whole even at the corners
x_ends = np.array([17.0, 43.0])


def show_line(a, b):
    line.set_data(x_ends, predict(a, b, x_ends))
    residual_lines.set_data(*regression.residual_lines(x, y, predict(a, b, x)))   # all residuals, one artist
    you_are_here.set_data([a], [b])
    error = mse(a, b, x, y)
    loss_text.set_text(f"RMSE = {i18n.number(np.sqrt(error), '.1f')} points")
    return (f"a = {i18n.number(a, '.1f')} points per kg/m², b = {b:.0f} points → MSE = {i18n.number(error, ',.0f')} "
            f"score², RMSE = {i18n.number(np.sqrt(error), '.1f')}")


line_view = widgets.LiveFigure(
    fig, show_line, main=True, dynamic=[residual_lines, patients, line, you_are_here, loss_text],  # in drawing order
    a=widgets.slider(a_guess, -5.0, 25.0, step=0.1, description="slope a (points per kg/m²)"),
    b=widgets.slider(b_guess, -400.0, 300.0, step=1.0, description="intercept b (points)"),
)
line_view

# %% [markdown] slideshow={"slide_type": "fragment"}
# **What to notice.** The dark region is a long, narrow **valley**: a steeper slope can be compensated by a
# lower intercept, because all BMIs are far from 0 (18-42 kg/m²). Many lines are *almost* as good; only one is
# the best. Finding it by hand is tedious, so let us compute it.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. The best line, computed: least squares
#
# At the bottom of the valley the loss is flat in every direction. To find that point we use **derivatives**
# (the derivative of a curve is its slope at each point) and two rules from school:
#
# - the derivative of a sum is the sum of the derivatives;
# - the derivative of a square $u^2$, where $u$ changes, is $2u \times u'$, with $u'$ the derivative of $u$.
#
# $L$ depends on two numbers, $a$ and $b$. Its **partial derivative** $\partial L / \partial b$ (read "d L by d b")
# is its ordinary derivative when only $b$ moves and $a$ stays fixed, like any constant; $\partial L / \partial a$
# is the same with only $a$ moving. At the bottom of the valley both are zero. Each term of $L$ is a square $u_i^2$
# with $u_i = y_i - a x_i - b$.

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Step 1: the intercept.** When only $b$ moves, $u_i = y_i - a x_i - b$ drops by 1 for each unit of $b$, so
# $u_i' = -1$:
#
# $$\frac{\partial L}{\partial b} = \sum_{i=1}^{n} 2\,(y_i - a x_i - b) \times (-1) = -2 \sum_{i=1}^{n} (y_i - a x_i - b) = 0$$
#
# Divide by $-2$ and split the sum ($b$ is added $n$ times): $\sum_i y_i - a \sum_i x_i - n\,b = 0$. Divide by $n$,
# with the means $\bar{x} = \frac{1}{n}\sum_i x_i$ and $\bar{y} = \frac{1}{n}\sum_i y_i$ ("x bar", "y bar"):
#
# $$\bar{y} - a\,\bar{x} - b = 0 \quad\Rightarrow\quad b = \bar{y} - a\,\bar{x}$$
#
# So the best line passes through the point of means $(\bar{x}, \bar{y})$.

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Step 2: the slope.** When only $a$ moves, $u_i$ drops by $x_i$ for each unit of $a$, so $u_i' = -x_i$:
#
# $$\frac{\partial L}{\partial a} = -2 \sum_{i=1}^{n} x_i\,(y_i - a x_i - b) = 0$$
#
# Replace $b$ by step 1's $\bar{y} - a\bar{x}$: the bracket becomes $(y_i - \bar{y}) - a\,(x_i - \bar{x})$. Divide by
# $-2$, split the sum, and solve for $a$:
#
# $$\sum_i x_i\,(y_i - \bar{y}) - a \sum_i x_i\,(x_i - \bar{x}) = 0 \quad\Rightarrow\quad
# a = \frac{\sum_i x_i\,(y_i - \bar{y})}{\sum_i x_i\,(x_i - \bar{x})}$$
#
# Last touch: deviations from a mean add up to zero ($\sum_i (y_i - \bar{y}) = 0$ and $\sum_i (x_i - \bar{x}) = 0$), so
# writing $x_i - \bar{x}$ instead of $x_i$ in front changes neither sum (it subtracts $\bar{x} \times 0$). The usual form:
#
# $$a = \frac{\sum_i (x_i - \bar{x})(y_i - \bar{y})}{\sum_i (x_i - \bar{x})^2}$$

# %% [markdown] slideshow={"slide_type": "fragment"}
# Divided by $n$, the top is the **covariance** of $x$ and $y$ (the average product of their deviations from their
# means: positive when they rise together) and the bottom is the **variance** of $x$ (the average squared
# deviation). Why is this flat point the lowest point and not a peak? For a fixed $a$, $L$ is a parabola in $b$ with
# the positive term $n\,b^2$: it opens upwards, and its lowest point is step 1's $b = \bar{y} - a\bar{x}$ (the valley
# floor). Along that floor, $L = \sum_i \big((y_i - \bar{y}) - a\,(x_i - \bar{x})\big)^2$ is a parabola in $a$ with the
# positive term $a^2 \sum_i (x_i - \bar{x})^2$: it opens upwards too, and its lowest point is step 2's $a$. This is the
# **closed-form** solution: no search, one formula.

# %% slideshow={"slide_type": ""}
x_mean, y_mean = x.mean(), y.mean()
a_hat = np.sum((x - x_mean) * (y - y_mean)) / np.sum((x - x_mean) ** 2)
b_hat = y_mean - a_hat * x_mean
print(f"best line: progression ≈ {a_hat:.2f} × BMI + ({b_hat:.1f})")
print(f"MSE = {mse(a_hat, b_hat, x, y):,.0f} score², RMSE = {np.sqrt(mse(a_hat, b_hat, x, y)):.1f} points")


# %% slideshow={"slide_type": ""}
def dL_da(a, b):
    return -2 * np.sum(x * (y - a * x - b))     # step 2's formula


def dL_db(a, b):
    return -2 * np.sum(y - a * x - b)           # step 1's formula


# A partial derivative is the slope of L when one parameter moves a tiny step and the other stays put
step = 0.001
slope_by_step = (squared_error(a_guess + step, b_guess, x, y) - squared_error(a_guess - step, b_guess, x, y)) / (2 * step)
print(f"at a = {a_guess}, b = {b_guess}: ∂L/∂a = {dL_da(a_guess, b_guess):,.0f} by the formula, "
      f"{slope_by_step:,.0f} by moving a a tiny step (negative: a larger slope lowers the loss)")
print(f"at the best line: ∂L/∂a = {dL_da(a_hat, b_hat):.1g}, ∂L/∂b = {dL_db(a_hat, b_hat):.1g} (zero up to rounding)")
# Self-checks: the formula is the slope of L, and both partial derivatives vanish at the least-squares line
checks.close(dL_da(a_guess, b_guess), slope_by_step, tol=1e-6, relative=True, name="∂L/∂a by the formula")
checks.close([dL_da(a_hat, b_hat), dL_db(a_hat, b_hat)], [0, 0], tol=1e-3, name="∂L/∂a and ∂L/∂b at the best line")

# %% slideshow={"slide_type": ""}
sk_line = LinearRegression().fit(x.reshape(-1, 1), y)      # scikit-learn wants a 2-D table of features
print(f"scikit-learn: a = {sk_line.coef_[0]:.4f}, b = {sk_line.intercept_:.4f}")
# Self-checks: our formula gives scikit-learn's line, and no point of the loss surface does better
checks.close(a_hat, sk_line.coef_[0], tol=1e-6, name="slope a_hat")
checks.close(b_hat, sk_line.intercept_, tol=1e-6, name="intercept b_hat")
checks.true(mse(a_hat, b_hat, x, y) <= mse_surface.min(), "the least-squares line beats every (a, b) on the grid")

# %% slideshow={"slide_type": ""}
fig, ax = plt.subplots(figsize=(7.2, 4.3))
surface = ax.contourf(a_grid, b_grid, mse_surface, levels=levels, cmap="viridis", norm=LogNorm())
mse_colour_bar(fig, surface, ax)
ax.plot(a_hat, b_hat, "*", color=plotting.OKABE_ITO["orange"], markersize=18, markeredgecolor="black",
        label=f"least squares: a = {i18n.number(a_hat, '.1f')}, b = {b_hat:.0f}")
ax.plot(a_grid, y_mean - a_grid * x_mean, "--", color="white", linewidth=1, label="valley floor: b = ȳ − a x̄")
ax.set(xlabel="slope a (score points per kg/m²)", ylabel="intercept b (score points)", ylim=(-400, 300),
       title="The minimum of the loss surface")
ax.legend(loc="upper right", fontsize=10)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Reading the result.** Each extra kg/m² of BMI goes with about **10 more points** of progression at one
# year, and the line's typical error (RMSE) is about 62 points. Is that good? Exercise 2 builds the yardstick.
#
# This is an *association* in these 442 patients, not a cause: it does not say that losing 1 kg/m² lowers a
# given patient's score by 10 points. And the line is only trustworthy inside the range of the data
# (18-42 kg/m²).

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 1: a prediction
#
# Use the fitted line (`a_hat`, `b_hat`) to predict the progression score of a patient with a BMI of
# 32 kg/m². Store it in `progression_bmi_32` as one number (a score).

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
progression_bmi_32 = ____  # replace ____ with your code
### BEGIN SOLUTION
progression_bmi_32 = predict(a_hat, b_hat, 32)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_1.check()
# exercise_1.hint()      # a nudge; run it again for the next step
# exercise_1.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 2: the baseline every model must beat
#
# The laziest model ignores BMI and predicts the **mean** score $\bar{y}$ for everyone. Compute its RMSE over
# all 442 patients (the same patients as the line's RMSE above) and store it in `baseline_rmse` as one number,
# in score points. The cell after the check compares it with the line's RMSE.

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
baseline_rmse = ____  # replace ____ with your code
### BEGIN SOLUTION
baseline_rmse = np.sqrt(np.mean((y - y.mean()) ** 2))
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_2.check()
# exercise_2.hint()      # a nudge; run it again for the next step
# exercise_2.solution()  # a worked solution

# %% slideshow={"slide_type": ""}
line_rmse = np.sqrt(mse(a_hat, b_hat, x, y))
r_squared = 1 - mse(a_hat, b_hat, x, y) / mse(0, y_mean, x, y)   # the baseline is the line of slope 0 through ȳ
print(f"baseline RMSE {exercise_2.answer('baseline_rmse'):.1f} points vs line RMSE {line_rmse:.1f} points"
      f" → R² = {r_squared:.2f}")
checks.close(r_squared, sk_line.score(x.reshape(-1, 1), y), tol=1e-9, name="R² (scikit-learn's score)")

# %% [markdown] slideshow={"slide_type": "fragment"}
# **Is the line worth it?** The baseline's RMSE is the **standard deviation** of the scores: both are the square
# root of the average squared gap to the mean. The line brings the typical error down, but not by much. The
# **coefficient of determination** $R^2 = 1 - \text{MSE}_{\text{line}} / \text{MSE}_{\text{baseline}}$ is the share of
# the baseline's squared error that the line removes: here about a third. Both errors were measured on the patients
# the line was fitted on; section 4 measures them on patients the model has not seen.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. Several features at once
#
# Why use only BMI? **Multiple linear regression** gives each of the $p$ features its own weight:
#
# $$\hat{y} = w_0 + w_1 x_1 + w_2 x_2 + \dots + w_p x_p$$
#
# For $n$ patients, put the features in a table $X$ with one row per patient and one column per feature, plus a
# first column of 1s (it carries the intercept $w_0$): $X$ has $n$ rows and $p + 1$ columns. Two operations on such
# tables (**matrices**) write the whole model and its fit in one line.

# %% [markdown] slideshow={"slide_type": "subslide"}
# **The matrix product.** The product $A B$ of a table $A$ with $k$ columns and a table $B$ with $k$ rows has, at row
# $i$ and column $j$, the sum of the products of row $i$ of $A$ with column $j$ of $B$, term by term ("row times
# column"). The inner sizes must match. With a column of weights $w$, $X w$ gives each patient's weighted sum of
# features, the prediction $\hat{y}$. Two patients (1, BMI in kg/m², blood pressure in mmHg):
#
# $$\underbrace{\begin{pmatrix}1 & 25 & 90\\ 1 & 32 & 100\end{pmatrix}}_{X:\ 2 \times 3}
# \underbrace{\begin{pmatrix}-100\\ 8\\ 1\end{pmatrix}}_{w:\ 3 \times 1}
# = \begin{pmatrix}1 \times (-100) + 25 \times 8 + 90 \times 1\\ 1 \times (-100) + 32 \times 8 + 100 \times 1\end{pmatrix}
# = \begin{pmatrix}190\\ 256\end{pmatrix}$$
#
# **The transpose.** $X^\top$ ("X transposed") swaps rows and columns: row $j$ of $X^\top$ is column $j$ of $X$, and
# a $2 \times 3$ table becomes $3 \times 2$. So $X^\top r$, for a column $r$ of one number per patient, gives one
# number per feature: the sum over patients of (feature × $r_i$). With $r = (10, -6)$:
#
# $$X^\top = \begin{pmatrix}1 & 1\\ 25 & 32\\ 90 & 100\end{pmatrix}, \qquad
# X^\top r = \begin{pmatrix}1 \times 10 + 1 \times (-6)\\ 25 \times 10 + 32 \times (-6)\\ 90 \times 10 + 100 \times (-6)\end{pmatrix}
# = \begin{pmatrix}4\\ 58\\ 300\end{pmatrix}$$

# %% slideshow={"slide_type": ""}
X_tiny = np.array([[1, 25, 90], [1, 32, 100]])   # 2 patients: 1, BMI (kg/m²), blood pressure (mmHg)
w_tiny = np.array([-100, 8, 1])                   # w0 (points), points per kg/m², points per mmHg
r_tiny = np.array([10, -6])                       # one residual per patient (points)
by_hand = [sum(X_tiny[i, j] * w_tiny[j] for j in range(3)) for i in range(2)]   # row times column
# In NumPy, @ is the matrix product and .T the transpose
print("X @ w   =", X_tiny @ w_tiny)
print("X.T     =", X_tiny.T.tolist(), "  shape", X_tiny.T.shape)
print("X.T @ r =", X_tiny.T @ r_tiny)
checks.close(X_tiny @ w_tiny, by_hand, name="X @ w, row times column")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **The normal equations.** With residuals $r_i = y_i - \hat{y}_i$ and loss $L = \sum_i r_i^2$, the derivative with
# respect to one weight $w_j$ follows section 3 exactly: when only $w_j$ moves, $r_i$ drops by $x_{ij}$ (patient $i$'s
# value of feature $j$) per unit of $w_j$, so
#
# $$\frac{\partial L}{\partial w_j} = -2 \sum_{i=1}^{n} x_{ij}\, r_i = 0 \qquad \text{for every feature } j = 0, 1, \dots, p$$
#
# The sums $\sum_i x_{ij} r_i$ are the $p + 1$ numbers of $X^\top r$, so all the conditions together read
# $X^\top (y - X w) = 0$. Matrix products distribute like ordinary products, so this is $X^\top y - X^\top X\, w = 0$:
#
# $$X^\top X\, w = X^\top y$$
#
# the **normal equations**: $p + 1$ equations for $p + 1$ unknown weights, like the systems of two equations in two
# unknowns solved at school, only larger. With BMI alone ($X$ has the columns 1 and $x$), the two equations are
# section 3's: row 0 is $\sum_i r_i = 0$ (from $\partial L / \partial b$) and row 1 is $\sum_i x_i r_i = 0$ (from
# $\partial L / \partial a$).

# %% slideshow={"slide_type": ""}
def add_ones(X):
    return np.column_stack([np.ones(len(X)), X])               # column of 1s for the intercept w0


X_bmi = add_ones(x.reshape(-1, 1))                             # (442, 2): the columns 1 and BMI
w_normal = np.linalg.solve(X_bmi.T @ X_bmi, X_bmi.T @ y)       # solve the 2 equations in 2 unknowns
print(f"normal equations, BMI alone: w0 = {w_normal[0]:.2f}, w1 = {w_normal[1]:.4f}")
# Self-check: the same line as section 3's formula (w0 is the intercept b, w1 the slope a)
checks.close(w_normal, [b_hat, a_hat], tol=1e-6, relative=True, name="weights from the normal equations")

# %% [markdown] slideshow={"slide_type": "subslide"}
# With several features, `np.linalg.lstsq` ("least squares") finds the same weights by a more careful route: when
# two columns nearly repeat each other, as some cholesterol columns do here, computing $X^\top X$ first can lose
# digits. This time we keep 20 % of the patients as a **test set**, to compare three models on patients they have
# not seen: the mean baseline (the training patients' mean score), BMI alone, and all ten features.

# %% slideshow={"slide_type": ""}
feature_names = ["age", "sex", "bmi", "bp", "tc", "ldl", "hdl", "tch", "ltg", "glu"]
X_all = diabetes[feature_names].to_numpy()                     # (442, 10)
X_train, X_test, y_train, y_test = train_test_split(X_all, y, test_size=0.2, random_state=0)


def rmse(y_true, y_pred):
    return np.sqrt(np.mean((y_true - y_pred) ** 2))


w_all, *_ = np.linalg.lstsq(add_ones(X_train), y_train, rcond=None)        # 11 weights
bmi = feature_names.index("bmi")
w_bmi, *_ = np.linalg.lstsq(add_ones(X_train[:, [bmi]]), y_train, rcond=None)  # 2 weights: b and a
rmse_mean = rmse(y_test, y_train.mean())
rmse_bmi = rmse(y_test, add_ones(X_test[:, [bmi]]) @ w_bmi)
rmse_all = rmse(y_test, add_ones(X_test) @ w_all)
print(f"test RMSE on {len(y_test)} patients — mean baseline: {rmse_mean:.1f} points · BMI only: {rmse_bmi:.1f} · "
      f"all 10 features: {rmse_all:.1f}")

# %% slideshow={"slide_type": ""}
sk_multi = LinearRegression().fit(X_train, y_train)
# Self-checks: lstsq solves the normal equations, and gives scikit-learn's weights
checks.close(add_ones(X_train).T @ add_ones(X_train) @ w_all, add_ones(X_train).T @ y_train, tol=1e-6,
             relative=True, name="Xᵀ X w = Xᵀ y")
checks.close(w_all[1:], sk_multi.coef_, tol=1e-6, relative=True, name="weights from lstsq")
checks.close(w_all[0], sk_multi.intercept_, tol=1e-6, relative=True, name="intercept w0")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **One split could be lucky.** 89 test patients is few: another random split gives other numbers. Before saying
# that ten features beat BMI alone, we repeat the whole comparison on 10 different random splits (the one above is
# split 0) and look at the spread.

# %% slideshow={"slide_type": ""}
split_rows = []
for split in range(10):
    Xa, Xb, ya, yb = train_test_split(X_all, y, test_size=0.2, random_state=split)
    wa_bmi, *_ = np.linalg.lstsq(add_ones(Xa[:, [bmi]]), ya, rcond=None)
    wa_all, *_ = np.linalg.lstsq(add_ones(Xa), ya, rcond=None)
    split_rows.append([rmse(yb, ya.mean()), rmse(yb, add_ones(Xb[:, [bmi]]) @ wa_bmi), rmse(yb, add_ones(Xb) @ wa_all)])
splits = pd.DataFrame(split_rows, columns=["mean baseline", "BMI only", "all 10 features"])
splits["gain of 10 features over BMI"] = splits["BMI only"] - splits["all 10 features"]
# Self-checks: on every split, BMI beats the baseline and ten features beat BMI alone
checks.true((splits["BMI only"] < splits["mean baseline"]).all(), "BMI alone beats the mean baseline on all 10 splits")
checks.true((splits["gain of 10 features over BMI"] > 0).all(), "ten features beat BMI alone on all 10 splits")
splits.agg(["mean", "std", "min", "max"]).round(1)

# %% [markdown] slideshow={"slide_type": "fragment"}
# The test RMSE of each model moves by several points from split to split (its standard deviation, `std`, in the
# table), but on every split the ten-feature model beats BMI alone, and BMI alone beats the baseline. The claim
# holds; its size (the mean gain, a few points) is what to report, with its spread.

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Feature scaling
#
# The raw weights cannot be compared: age is in years, cholesterol in mg/dL, the triglyceride feature is a
# logarithm. A weight of 1 per mg/dL and a weight of 1 per year mean very different things.
#
# **Standardising** (*centrer-réduire*) each feature to a z-score, (value − mean) / standard deviation, puts them
# all in "standard deviations". Use the **training** set's mean and standard deviation for both sets: the test
# patients must not influence anything the model learns (no *leakage*).

# %% slideshow={"slide_type": ""}
Z_train, Z_test = training.standardize(X_train, X_test)        # training mean and std applied to both
w_scaled, *_ = np.linalg.lstsq(add_ones(Z_train), y_train, rcond=None)
# Self-check: scaling changes the weights, not the predictions of a least-squares fit
checks.close(add_ones(Z_test) @ w_scaled, add_ones(X_test) @ w_all, tol=1e-6, name="predictions after scaling")

scaled_by_split = []                                            # the same fit on the 10 splits above
for split in range(10):
    Xa, Xb, ya, yb = train_test_split(X_all, y, test_size=0.2, random_state=split)
    scaled_by_split.append(np.linalg.lstsq(add_ones(training.standardize(Xa)[0]), ya, rcond=None)[0][1:])
scaled_by_split = np.array(scaled_by_split)                     # (10 splits, 10 features)

units = {"age": "years", "sex": "code 1 or 2", "bmi": "kg/m²", "bp": "mmHg", "tc": "mg/dL", "ldl": "mg/dL",
         "hdl": "mg/dL", "tch": "ratio", "ltg": "ln(mg/dL)", "glu": "mg/dL"}
weights = pd.DataFrame({"raw weight (points per unit)": w_all[1:].round(2), "unit": [units[f] for f in feature_names],
                        "scaled weight (points per s.d.)": w_scaled[1:].round(1),
                        "scaled, lowest of 10 splits": scaled_by_split.min(axis=0).round(1),
                        "scaled, highest of 10 splits": scaled_by_split.max(axis=0).round(1)}, index=feature_names)
weights

# %% slideshow={"slide_type": ""}
order = np.argsort(np.abs(w_scaled[1:]))
split_low, split_high = scaled_by_split.min(axis=0)[order], scaled_by_split.max(axis=0)[order]
spread = [w_scaled[1:][order] - split_low, split_high - w_scaled[1:][order]]   # whiskers, from split 0's bar
fig, ax = plt.subplots(figsize=(7.5, 4.2))
ax.barh(np.array(feature_names)[order], w_scaled[1:][order], color=plotting.OKABE_ITO["sky"], edgecolor="black",
        linewidth=0.5, label="split 0 (the split above)")
ax.errorbar(w_scaled[1:][order], np.arange(len(order)), xerr=spread, fmt="none", ecolor="black", elinewidth=1,
            capsize=3, label="lowest to highest of 10 splits")
ax.axvline(0, color="black", linewidth=0.8)
ax.set(xlabel="weight (progression points per standard deviation of the feature)", ylabel="feature",
       title="Standardised weights: same scale, not independent effects")
ax.legend(loc="lower left", fontsize=10)
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# Bars to the right push the prediction up, bars to the left push it down. On this split the largest in size are the
# triglycerides (`ltg`), total cholesterol (`tc`) and BMI. Does a high total cholesterol *lower* the score? Not
# necessarily: the cholesterol columns repeat one another. In this data set LDL matches the Friedewald formula,
# LDL = total cholesterol − HDL − triglycerides / 5 (in mg/dL), for every patient (the next cell checks it): it was
# calculated from the other columns, not measured on its own. The fit can then raise one weight and lower another
# with almost the same predictions: the table and the whiskers show `tc` and `ldl` moving by about 20 points from
# split to split, and `hdl` even changing sign. With overlapping features, a weight is
# not the effect of that feature alone.

# %% slideshow={"slide_type": ""}
triglycerides = np.exp(diabetes["ltg"])                  # ltg is the natural log of the triglycerides (mg/dL)
friedewald_ldl = diabetes["tc"] - diabetes["hdl"] - triglycerides / 5
print(f"largest gap between ldl and the Friedewald formula: {np.abs(diabetes['ldl'] - friedewald_ldl).max():.1f} mg/dL"
      f" (ldl ranges over {diabetes['ldl'].min():.0f}-{diabetes['ldl'].max():.0f} mg/dL)")
hdl = feature_names.index("hdl")
# Self-checks: ldl repeats tc, hdl and ltg; and hdl's weight does not even keep its sign from split to split
checks.close(diabetes["ldl"], friedewald_ldl, tol=0.5, name="ldl = tc − hdl − exp(ltg) / 5 (mg/dL)")
checks.true(scaled_by_split[:, hdl].min() < 0 < scaled_by_split[:, hdl].max(), "hdl's weight changes sign across splits")

# %% [markdown] slideshow={"slide_type": "subslide"}
# Scaling did not change the predictions here. It matters for methods that compare distances (kNN, notebook 01)
# and for **gradient descent** (notebook 04), which walks down the loss surface: on raw BMI the valley is long and
# narrow; on standardised BMI it becomes a round bowl, easy to descend.

# %% slideshow={"slide_type": ""}
z = (x - x_mean) / x.std()                                   # standardised BMI (no unit)
a_z_grid = np.linspace(a_hat * x.std() - 150, a_hat * x.std() + 150, 80)
b_z_grid = np.linspace(y_mean - 150, y_mean + 150, 80)
mse_z = regression.loss_surface(lambda a, b: mse(a, b, z, y), a_z_grid, b_z_grid)

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12, 4.4), layout="constrained")
ax1.contourf(a_grid, b_grid, mse_surface, levels=levels, cmap="viridis", norm=LogNorm(), extend="max")
ax1.plot(a_hat, b_hat, "*", color=plotting.OKABE_ITO["orange"], markersize=15, markeredgecolor="black")
ax1.set(xlabel="slope a (points per kg/m²)", ylabel="intercept b (points)", title="Raw BMI: a long, narrow valley")
surface = ax2.contourf(a_z_grid, b_z_grid, mse_z, levels=levels, cmap="viridis", norm=LogNorm(), extend="max")
ax2.plot(a_hat * x.std(), y_mean, "*", color=plotting.OKABE_ITO["orange"], markersize=15, markeredgecolor="black",
         label="minimum")
ax2.set(xlabel="slope a (points per s.d. of BMI)", ylabel="intercept b (points)",
        title="Standardised BMI: a round bowl")
ax2.set_aspect("equal")
ax2.legend(loc="upper right")
mse_colour_bar(fig, surface, [ax1, ax2])
fig.suptitle("The same loss (MSE, same colour scale) before and after standardising BMI")
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Curves: polynomial regression
#
# Not every relation is a straight line. Core **body temperature** follows a daily (*circadian*) rhythm: lowest
# in the early morning, highest in the late afternoon. We have readings of one (synthetic) healthy adult taken at
# random times (synthetic data from `course_utils.regression`, see `data/README.md`), in **three** sets with three
# roles:
#
# 1. **training set** (20 readings): fits the weights of each candidate model;
# 2. **validation set** (100 readings): compares the candidates and picks one, here the degree of the curve;
# 3. **test set** (100 readings): measures the chosen model **once**, at the very end.
#
# Why not pick with the test set? Whatever set picks the model becomes part of the training decisions, and its
# error is then flattering, no longer an honest estimate for new readings. With little data, *cross-validation*
# rotates the validation role over several slices of the training data.

# %% slideshow={"slide_type": ""}
NOISE_SD = 0.12                                                   # measurement noise of the readings (°C)
readings = regression.make_circadian_temperature(n=20, seed=1, noise_sd=NOISE_SD)        # training readings
held_out = regression.make_circadian_temperature(n=200, seed=101, noise_sd=NOISE_SD)     # never used to fit
val_readings, test_readings = train_test_split(held_out, test_size=0.5, random_state=0)  # 100 + 100
hours, temps = readings["hour"].to_numpy(), readings["temperature"].to_numpy()
hours_val, temps_val = val_readings["hour"].to_numpy(), val_readings["temperature"].to_numpy()
hours_test, temps_test = test_readings["hour"].to_numpy(), test_readings["temperature"].to_numpy()   # kept aside
clock = np.linspace(0, 24, 300)                                          # for drawing curves
rhythm = regression.true_circadian_temperature(clock)
print(f"true rhythm: lowest {rhythm.min():.2f} °C at {clock[rhythm.argmin()]:.0f} h, "
      f"highest {rhythm.max():.2f} °C at {clock[rhythm.argmax()]:.0f} h; readings add noise of {NOISE_SD} °C (s.d.)")

fig, ax = plt.subplots(figsize=(8, 3.8))
ax.scatter(hours_val, temps_val, s=10, color="grey", alpha=0.5, label="validation readings (100)")
ax.scatter(hours, temps, s=35, color=plotting.OKABE_ITO["orange"], edgecolor="black", zorder=3,
           label="training readings (20)")
ax.plot(clock, rhythm, "--", color="black", linewidth=1, label="true rhythm (unknown in real life)")
ax.set(xlabel="time of day (hours)", ylabel="core body temperature (°C)", xticks=range(0, 25, 3),
       title="Body temperature over the day (the 100 test readings stay hidden)")
ax.legend(loc="upper left", fontsize=10)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# A **polynomial** of degree $d$ adds powers of the input:
#
# $$\hat{y} = w_0 + w_1 t + w_2 t^2 + \dots + w_d t^d$$
#
# where $t$ is the clock time rescaled to $[-1, 1]$ (so that $t^{12}$ stays a reasonable number). The trick: the
# model is still **linear in its weights** $w$. Build a table whose columns are $1, t, t^2, \dots, t^d$, and the
# same least squares as before fits it. The **degree** $d$ is a **hyper-parameter**: we choose it, the fit does
# not. (A daily cycle would be modelled more naturally with a cosine; polynomials show best what the degree does.)

# %% slideshow={"slide_type": ""}
HOURS = (0, 24)                     # the clock range mapped to t = -1 ... +1, the same for every data set
pd.DataFrame(regression.polynomial_features(hours[:3], 3, HOURS).round(3), columns=["1", "t", "t²", "t³"],
             index=[f"{h:.1f} h" for h in hours[:3]])


# %% slideshow={"slide_type": ""}
def fit_polynomial(hours, temps, degree):
    A = regression.polynomial_features(hours, degree, HOURS)     # (n, degree + 1)
    w, *_ = np.linalg.lstsq(A, temps, rcond=None)                 # least squares, as for the straight line
    return w


def predict_polynomial(w, hours):
    return regression.polynomial_features(hours, len(w) - 1, HOURS) @ w


degrees = np.arange(0, 13)
fits = [fit_polynomial(hours, temps, d) for d in degrees]
train_rmse = np.array([rmse(temps, predict_polynomial(w, hours)) for w in fits])
val_rmse = np.array([rmse(temps_val, predict_polynomial(w, hours_val)) for w in fits])
pd.DataFrame({"training RMSE (°C)": train_rmse, "validation RMSE (°C)": val_rmse}, index=degrees).round(3).T

# %% slideshow={"slide_type": ""}
# Self-checks: a higher degree never fits the training points worse (each model contains the previous one) ...
checks.true(np.all(np.diff(train_rmse) <= 1e-9), "training error never increases with the degree")
# ... but the validation error is U-shaped: best at a moderate degree, much worse at the highest ones
best_degree = int(degrees[np.argmin(val_rmse)])                  # the degree chosen on the validation set
checks.between(best_degree, 3, 4, name="degree with the lowest validation error")
near_best = degrees[val_rmse <= 1.15 * val_rmse.min()]           # the degrees the widget below calls a good fit
checks.true(list(near_best) == [3, 4], "degrees 3 and 4, and only they, are within 15 % of the best validation error")
checks.true(val_rmse[-1] > 3 * val_rmse.min(), "degree 12 is over-fitted: validation error at least 3x the best")
checks.true(val_rmse[9:].min() > 1, "from degree 9 on, the validation error exceeds 1 °C")
checks.true(train_rmse[-1] < NOISE_SD < val_rmse[-1] / 2,
            "degree 12: training error below the noise, validation error over twice the noise")


# %% [markdown] slideshow={"slide_type": "slide"}
# ### Widget: the degree of the polynomial
#
# Move the degree. Left: the fitted curve, the 20 training readings (orange) and the validation ones (grey).
# Right: the training and validation errors for every degree, with your choice marked. The verdict in the title
# comes from the validation error: within 15 % of the best is a *good fit*; below the best degree,
# *under-fitting*; above, *over-fitting*.

# %% slideshow={"slide_type": ""}
def verdict(degree):
    if val_rmse[degree] <= 1.15 * val_rmse.min():
        return "good fit", plotting.OKABE_ITO["green"]
    if degree < best_degree:
        return "under-fitting", plotting.OKABE_ITO["purple"]
    return "over-fitting", plotting.OKABE_ITO["black"]


curves = np.array([predict_polynomial(w, clock) for w in fits])           # (13, 300), computed once
fig = widgets.new_figure(figsize=(10.5, 4.0), dpi=80)
ax_curve, ax_err = fig.subplots(1, 2, width_ratios=[1.3, 1])
ax_curve.scatter(hours_val, temps_val, s=8, color="grey", alpha=0.45, label="validation")
ax_curve.scatter(hours, temps, s=30, color=plotting.OKABE_ITO["orange"], edgecolor="black", zorder=3,
                 label="training")
fit_line, = ax_curve.plot(clock, curves[3], color="black", linewidth=2.2, label="polynomial fit")
ax_curve.set(xlim=(0, 24), ylim=(35.9, 37.7), xticks=range(0, 25, 3), xlabel="time of day (hours)",
             ylabel="core body temperature (°C)")
verdict_text = ax_curve.set_title(" ")           # the title shows the verdict (updated below)
ax_curve.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), fontsize=10, ncol=3)
ax_err.semilogy(degrees, train_rmse, "o-", color=plotting.OKABE_ITO["black"], label="training error")
ax_err.semilogy(degrees, val_rmse, "o-", color=plotting.OKABE_ITO["green"], label="validation error")
ax_err.axhline(NOISE_SD, color="grey", linestyle=":", linewidth=1, label=f"measurement noise ({NOISE_SD} °C)")
ax_err.set(xlabel="polynomial degree (hyper-parameter)", ylabel="RMSE (°C, log scale)", xticks=degrees[::2],
           title="Error vs degree")
ax_err.set_yticks([0.1, 0.2, 0.5, 1], labels=["0.1", "0.2", "0.5", "1"])   # plain numbers, not powers of ten
ax_err.minorticks_off()
ax_err.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), fontsize=10, ncol=2)
degree_marker = ax_err.axvline(3, color="grey", linestyle="--")


def show_degree(degree):
    fit_line.set_ydata(curves[degree])
    label, colour = verdict(degree)
    verdict_text.set_text(f"Degree {degree}: {label}")
    verdict_text.set_color(colour)
    degree_marker.set_xdata([degree, degree])
    return (f"degree {degree}: training RMSE {i18n.number(train_rmse[degree], '.3f')} °C · "
            f"validation RMSE {i18n.number(val_rmse[degree], '.3f')} °C → {label}")


degree_view = widgets.LiveFigure(
    fig, show_degree, dynamic=[fit_line, verdict_text, degree_marker],
    degree=widgets.slider(3, 0, 12, integer=True, description="polynomial degree"),
)
degree_view

# %% [markdown] slideshow={"slide_type": "fragment"}
# **What to notice** (the numbers are in the table above).
#
# - Degrees 0-2 (a constant, a line, a parabola) are too stiff to follow a daily cycle: **under-fitting**, both
#   errors high, well above the measurement noise.
# - Degrees 3 and 4 follow the rhythm; their validation errors are almost tied and close to the noise: a **good
#   fit**. The validation set picks the one with the lower validation error (`best_degree`, the self-check above prints it).
# - From degree 5 on, the validation error is higher than at the best degree: a little at degrees 5 and 6, then far
#   more, though not steadily (over 1 °C from degree 9 on). The curve bends to pass near every training reading
#   and swings wildly where readings are missing, in the afternoon gap and at the ends of the day. The training
#   error keeps falling, below the noise itself: the curve learns the noise. That is **over-fitting**.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Does the lesson hold with other readings?
#
# Our 20 training readings are one draw among many. The next cell repeats the choice of degree on 10 draws of 20
# readings (draw 1 is ours), with the same validation set and still without touching the test set. The columns give
# the validation RMSE of the chosen degree, of the constant (degree 0) and of degree 12.

# %% slideshow={"slide_type": ""}
draw_rows = []
for draw in range(1, 11):
    other = regression.make_circadian_temperature(n=20, seed=draw, noise_sd=NOISE_SD)
    other_fits = [fit_polynomial(other["hour"].to_numpy(), other["temperature"].to_numpy(), d) for d in degrees]
    other_val = np.array([rmse(temps_val, predict_polynomial(w, hours_val)) for w in other_fits])
    draw_rows.append({"draw": draw, "degree chosen": int(degrees[np.argmin(other_val)]), "chosen (°C)": other_val.min(),
                      "constant (°C)": other_val[0], "degree 12 (°C)": other_val[-1]})
draws = pd.DataFrame(draw_rows).set_index("draw")
wild = int((draws["degree 12 (°C)"] > 2 * draws["chosen (°C)"]).sum())
print(f"degree chosen: {draws['degree chosen'].min()} to {draws['degree chosen'].max()} · degree 12 at least twice as "
      f"bad as the chosen degree on {wild} draws of 10")
# Self-checks: the chosen degree beats the constant on every draw; degree 12 over-fits on most of them
checks.true((draws["chosen (°C)"] < 0.6 * draws["constant (°C)"]).all(), "the chosen degree beats the constant on every draw")
checks.true(wild >= 8, "degree 12 over-fits on most draws")
draws.round(3)

# %% [markdown] slideshow={"slide_type": "fragment"}
# The chosen degree changes from draw to draw: a hyper-parameter chosen on data is itself uncertain. What holds on
# every draw is that the chosen degree's validation error stays near the noise, about half the constant's. Degree 12
# is badly over-fitted on most draws, sometimes absurdly (tens of °C off, where readings are missing), but not on
# all: where the 20 readings happen to fall decides how far a flexible curve can swing. One draw would not have shown
# this.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 3: the test set, once
#
# The validation set chose the degree `best_degree`. Now, and only now, open the test set: fit a polynomial of
# that degree to the 20 training readings with `fit_polynomial`, then compute its RMSE on the 100 test readings
# (`hours_test`, `temps_test`). Store it in `test_rmse_chosen` as one number (°C).

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
test_rmse_chosen = ____  # replace ____ with your code
### BEGIN SOLUTION
w_chosen = fit_polynomial(hours, temps, best_degree)
test_rmse_chosen = rmse(temps_test, predict_polynomial(w_chosen, hours_test))
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_3_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_3.check()
# exercise_3.hint()      # a nudge; run it again for the next step
# exercise_3.solution()  # a worked solution

# %% slideshow={"slide_type": ""}
final_rmse = exercise_3.answer("test_rmse_chosen")
constant_rmse = rmse(temps_test, temps.mean())       # the baseline: degree 0 predicts the training mean at every hour
print(f"test set, used once: degree {best_degree} → RMSE {final_rmse:.3f} °C (validation: {val_rmse[best_degree]:.3f} °C)"
      f" · constant baseline → {constant_rmse:.3f} °C · measurement noise {NOISE_SD} °C")
checks.between(final_rmse, 0.08, 0.2, name="test RMSE of the chosen degree (°C)",
               hint="A good fit should be close to the measurement noise.")
checks.true(final_rmse < constant_rmse / 2, "the chosen curve at least halves the constant baseline's error")

# %% [markdown] slideshow={"slide_type": "fragment"}
# This test error, and only this one, is the honest estimate to report for new readings: the training error
# flatters (the weights were fitted to those readings), and so, a little, does the validation error (the degree was
# picked because it did well there). Had we chosen the degree on the test set, no honest number would be left.
#
# Here the test error even comes out below the validation error, and below the noise. An RMSE measured on 100
# readings moves by chance from one set of readings to another, and here that chance is larger than the validation
# error's flattery: the flattery shows on average over many draws, not on every one.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Wrap-up
#
# **Key takeaways**
# - Linear regression models a quantity as $\hat{y} = a x + b$; each parameter has units (here score points per
#   kg/m²). The **squared-error loss** $L(a, b) = \sum_i (y_i - (a x_i + b))^2$ measures how badly a line fits.
# - Fitting = finding the minimum of the loss, where both partial derivatives are zero. For a line this gives a
#   **closed form** ($a = \text{cov}(x, y) / \text{var}(x)$, $b = \bar{y} - a\bar{x}$); scikit-learn's
#   `LinearRegression` gives the same answer. Always compare with the baseline that predicts the mean.
# - Several features: $\hat{y} = Xw$ (a matrix product), fitted by the normal equations $X^\top X w = X^\top y$.
#   Judge a model on held-out patients, over several splits. Weights of overlapping features cannot be read alone;
#   standardise features (with training statistics) to compare weights and to make the loss surface round.
# - A polynomial is linear regression on the powers of $x$. Its **degree** is a hyper-parameter: too low
#   under-fits, too high over-fits. Only held-out data reveal it: pick the degree on a validation set, then measure
#   the chosen model once on the test set.

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Self-test**
# 1. The fitted slope is 10.2 points per kg/m². What does that mean, and what does it *not* mean?
# 2. Why do we square the residuals instead of simply adding them?
# 3. A degree-12 polynomial fits the 20 training readings more closely than a degree-4 polynomial. Which do you use?
# 4. Why must the test set be standardised with the *training* mean and standard deviation?
# 5. Why is the test error of the degree chosen on the test set not an honest estimate?
#
# <details><summary>Answers</summary>
#
# 1. Among these patients, one more kg/m² of BMI goes with about 10 more points of progression on average. It is
#    an association, not proof that changing a patient's BMI changes their score by that much, and it only holds
#    within the BMI range of the data.
# 2. Positive and negative residuals would cancel out (a bad line could have a sum of 0), and squaring punishes
#    large misses more. Squares are also smooth, which makes the minimum easy to find with derivatives.
# 3. Neither choice can be made from training errors: a higher degree always fits the training data better.
#    Compare them on validation data; here degree 12 over-fits badly. Then measure the chosen one once on the test
#    set.
# 4. The model must not learn anything from the test patients (no leakage), and both sets must be expressed on
#    the same scale for the learned weights to apply.
# 5. Choosing the degree that does best on the test readings tunes the model to them: part of its low error is luck
#    on those particular readings, which new readings will not repeat. Choose on validation data, then test once.
# </details>
#
# **Next:** [03 · The perceptron](03_perceptron.ipynb): the weighted sum $w \cdot x + b$ becomes an artificial
# neuron that classifies, and we learn its weights step by step instead of with a formula.
