# %% [markdown] slideshow={"slide_type": "slide"}
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
# - find the best line on the loss surface and with the closed-form least-squares formula, and check it against scikit-learn
# - fit a regression on several features and explain why feature scaling matters
# - fit polynomials of growing degree and recognise under- and over-fitting from train and test errors
#
# *For learning only: nothing in this course is a medical device or fit for clinical decisions.*

# %% slideshow={"slide_type": "skip"}
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import LogNorm
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

import course_utils
from course_utils import checks, datasets, plotting, regression, training, widgets
from course_utils.exercises import ____
from course_utils.exercises.linear_regression import exercise_1, exercise_2, exercise_3

course_utils.setup()

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
    ax.text((low + min(high, 40)) / 2, 352, name, ha="center", fontsize=9, color="dimgrey")
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
# For patient $i$ the **residual** (*résidu*) $y_i - \hat{y}_i = y_i - (a x_i + b)$ is the vertical gap
# between the real score and the line. The **squared-error loss** adds up the squared residuals of all $n$
# patients:
#
# $$L(a, b) = \sum_{i=1}^{n} \big(y_i - (a x_i + b)\big)^2$$
#
# Squaring makes every gap count positively and punishes big misses more than small ones. Dividing by $n$ gives
# the **mean squared error** (MSE, in score²); its square root, the **RMSE**, is a typical error in score points.
# The best line is the one with the **smallest loss**: *least squares* (*moindres carrés*).

# %% slideshow={"slide_type": ""}
def predict(a, b, x):
    return a * x + b


def squared_error(a, b, x, y):
    residuals = y - predict(a, b, x)
    return np.sum(residuals ** 2)            # L(a, b)


def mse(a, b, x, y):
    return squared_error(a, b, x, y) / len(x)


a_guess, b_guess = 5.0, 20.0
print(f"a = {a_guess}, b = {b_guess}:  L = {squared_error(a_guess, b_guess, x, y):,.0f} score²,"
      f"  MSE = {mse(a_guess, b_guess, x, y):,.0f} score²,  RMSE = {np.sqrt(mse(a_guess, b_guess, x, y)):.1f} points")

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Widget: fit the line by hand
#
# Move the slope $a$ and the intercept $b$. Grey segments are the residuals; the loss is shown live (RMSE in the
# title, MSE and RMSE under the figure). On the right,
# the **loss surface**: the colour is the MSE for every pair $(a, b)$, darker = smaller; the dot is where your
# sliders are. Try to reach the darkest region.

# %% slideshow={"slide_type": ""}
a_grid = np.linspace(-5, 25, 90)
b_grid = np.linspace(-400, 300, 90)
mse_surface = regression.loss_surface(lambda a, b: mse(a, b, x, y), a_grid, b_grid)   # (90, 90)

fig = widgets.new_figure(figsize=(10, 4.0), dpi=80)
ax_fit, ax_loss = fig.subplots(1, 2, width_ratios=[1.2, 1])
patients = ax_fit.scatter(x, y, s=10, alpha=0.6, color=plotting.OKABE_ITO["green"], label="patients")
residual_lines, = ax_fit.plot([], [], color="#b4b4b4", linewidth=0.8, label="residuals")
line, = ax_fit.plot([], [], color=plotting.OKABE_ITO["black"], linewidth=2.5, label="model ŷ = a x + b")
ax_fit.set(xlim=(17, 43), ylim=(-60, 400), xlabel="body-mass index (kg/m²)",
           ylabel="progression at 1 year (score)")
loss_text = ax_fit.set_title(" ")                 # the title shows your line's error (updated below)
ax_fit.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), fontsize=9, ncol=3)
levels = np.geomspace(mse_surface.min(), mse_surface.max(), 25)
ax_loss.contourf(a_grid, b_grid, mse_surface, levels=levels, cmap="viridis", norm=LogNorm())
ax_loss.set(xlabel="slope a (score points per kg/m²)", ylabel="intercept b (score points)",
            title="Loss surface: MSE (log colour scale)")
you_are_here, = ax_loss.plot([], [], "o", color="white", markeredgecolor="black", markersize=9)
x_ends = np.array([17.0, 43.0])


def show_line(a, b):
    line.set_data(x_ends, predict(a, b, x_ends))
    residual_lines.set_data(*regression.residual_lines(x, y, predict(a, b, x)))   # all residuals, one artist
    you_are_here.set_data([a], [b])
    error = mse(a, b, x, y)
    loss_text.set_text(f"RMSE = {np.sqrt(error):.1f} points")
    return f"a = {a:.1f} points per kg/m², b = {b:.0f} points → MSE = {error:,.0f} score², RMSE = {np.sqrt(error):.1f}"


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
# At the bottom of the valley the loss is flat in every direction. The **partial derivative** $\partial L / \partial a$
# is the slope of the loss when only $a$ moves (and $\partial L / \partial b$ when only $b$ moves); at the minimum
# both are zero.
#
# $$\frac{\partial L}{\partial b} = -2 \sum_i \big(y_i - a x_i - b\big) = 0
# \quad\Rightarrow\quad b = \bar{y} - a\,\bar{x}$$
#
# $$\frac{\partial L}{\partial a} = -2 \sum_i x_i \big(y_i - a x_i - b\big) = 0
# \quad\Rightarrow\quad a = \frac{\sum_i (x_i - \bar{x})(y_i - \bar{y})}{\sum_i (x_i - \bar{x})^2}$$
#
# where $\bar{x}$ and $\bar{y}$ are the means. The best line passes through the point of means $(\bar{x}, \bar{y})$,
# and its slope is the **covariance** of $x$ and $y$ (the average product of their deviations from their means:
# positive when they rise together) divided by the **variance** of $x$ (the average squared deviation). This is
# the **closed-form** solution: no search, one formula.

# %% slideshow={"slide_type": ""}
x_mean, y_mean = x.mean(), y.mean()
a_hat = np.sum((x - x_mean) * (y - y_mean)) / np.sum((x - x_mean) ** 2)
b_hat = y_mean - a_hat * x_mean
print(f"best line: progression ≈ {a_hat:.2f} × BMI + ({b_hat:.1f})")
print(f"MSE = {mse(a_hat, b_hat, x, y):,.0f} score², RMSE = {np.sqrt(mse(a_hat, b_hat, x, y)):.1f} points")

# %% slideshow={"slide_type": ""}
sk_line = LinearRegression().fit(x.reshape(-1, 1), y)      # scikit-learn wants a 2-D table of features
print(f"scikit-learn: a = {sk_line.coef_[0]:.4f}, b = {sk_line.intercept_:.4f}")
# Self-checks: our formula gives scikit-learn's line, and no point of the loss surface does better
checks.close(a_hat, sk_line.coef_[0], tol=1e-6, name="slope a_hat")
checks.close(b_hat, sk_line.intercept_, tol=1e-6, name="intercept b_hat")
checks.true(mse(a_hat, b_hat, x, y) <= mse_surface.min(), "the least-squares line beats every (a, b) on the grid")

# %% slideshow={"slide_type": ""}
fig, ax = plt.subplots(figsize=(6.5, 4.3))
ax.contourf(a_grid, b_grid, mse_surface, levels=levels, cmap="viridis", norm=LogNorm())
ax.plot(a_hat, b_hat, "*", color=plotting.OKABE_ITO["orange"], markersize=18, markeredgecolor="black",
        label=f"least squares: a = {a_hat:.1f}, b = {b_hat:.0f}")
ax.plot(a_grid, y_mean - a_grid * x_mean, "--", color="white", linewidth=1, label="valley floor: b = ȳ − a x̄")
ax.set(xlabel="slope a (score points per kg/m²)", ylabel="intercept b (score points)", ylim=(-400, 300),
       title="The minimum of the loss surface")
ax.legend(loc="upper right", fontsize=9)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Reading the result.** Each extra kg/m² of BMI goes with about **10 more points** of progression at one
# year. The typical error (RMSE, about 62 points) is large next to the spread of the scores (standard deviation
# 77 points): BMI explains about a third of the variation (the **coefficient of determination**
# $R^2 = 1 - \text{MSE} / \text{variance of } y \approx 0.34$).
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
print(f"baseline RMSE {exercise_2.answer('baseline_rmse'):.1f} points vs line RMSE "
      f"{np.sqrt(mse(a_hat, b_hat, x, y)):.1f} points")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. Several features at once
#
# Why use only BMI? **Multiple linear regression** gives each of the $p$ features its own weight:
#
# $$\hat{y} = w_0 + w_1 x_1 + w_2 x_2 + \dots + w_p x_p$$
#
# With a first column of 1s in the feature table $X$ (shape $n \times (p+1)$), this is a matrix product
# $\hat{y} = X w$, and setting all derivatives of the squared error to zero gives the **normal equations**:
#
# $$X^\top X\, w = X^\top y$$
#
# `np.linalg.lstsq` solves them in a numerically safe way (never invert $X^\top X$ yourself). This time we keep
# 20 % of the patients as a test set, to compare models on patients they have not seen.

# %% slideshow={"slide_type": ""}
feature_names = ["age", "sex", "bmi", "bp", "tc", "ldl", "hdl", "tch", "ltg", "glu"]
X_all = diabetes[feature_names].to_numpy()                     # (442, 10)
X_train, X_test, y_train, y_test = train_test_split(X_all, y, test_size=0.2, random_state=0)


def add_ones(X):
    return np.column_stack([np.ones(len(X)), X])               # column of 1s for the intercept w0


def rmse(y_true, y_pred):
    return np.sqrt(np.mean((y_true - y_pred) ** 2))


w_all, *_ = np.linalg.lstsq(add_ones(X_train), y_train, rcond=None)        # 11 weights
bmi = feature_names.index("bmi")
w_bmi, *_ = np.linalg.lstsq(add_ones(X_train[:, [bmi]]), y_train, rcond=None)  # 2 weights: b and a
rmse_bmi = rmse(y_test, add_ones(X_test[:, [bmi]]) @ w_bmi)
rmse_all = rmse(y_test, add_ones(X_test) @ w_all)
print(f"test RMSE — BMI only: {rmse_bmi:.1f} points · all 10 features: {rmse_all:.1f} points")

# %% slideshow={"slide_type": ""}
sk_multi = LinearRegression().fit(X_train, y_train)
# Self-checks: the normal equations give scikit-learn's weights, and more features predict new patients better
checks.close(w_all[1:], sk_multi.coef_, tol=1e-6, relative=True, name="weights from the normal equations")
checks.close(w_all[0], sk_multi.intercept_, tol=1e-6, relative=True, name="intercept w0")
checks.true(rmse_all < rmse_bmi - 2, "ten features beat BMI alone on the test patients")

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

units = {"age": "years", "sex": "1/2", "bmi": "kg/m²", "bp": "mmHg", "tc": "mg/dL", "ldl": "mg/dL",
         "hdl": "mg/dL", "tch": "ratio", "ltg": "log mg/dL", "glu": "mg/dL"}
pd.DataFrame({"raw weight (points per unit)": w_all[1:].round(2), "unit": [units[f] for f in feature_names],
              "scaled weight (points per s.d.)": w_scaled[1:].round(1)}, index=feature_names)

# %% slideshow={"slide_type": ""}
order = np.argsort(np.abs(w_scaled[1:]))
fig, ax = plt.subplots(figsize=(7, 4))
colours = [plotting.POSITIVE_COLOR if w > 0 else plotting.NEGATIVE_COLOR for w in w_scaled[1:][order]]
ax.barh(np.array(feature_names)[order], w_scaled[1:][order], color=colours)
ax.axvline(0, color="black", linewidth=0.8)
ax.set(xlabel="weight (progression points per standard deviation of the feature)",
       title="Standardised weights: comparable at last")
ax.bar_label(ax.containers[0], fmt="%.0f", padding=3, fontsize=9)
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# Vermillion bars push the prediction up, blue bars down. The triglyceride (`ltg`) and BMI weights are the
# largest. But beware: total cholesterol (`tc`) and LDL measure overlapping things, so their weights partly
# cancel (one large negative, one positive). With correlated features, a weight is not the effect of that
# feature alone.
#
# Scaling did not change the predictions here. It matters for methods that compare distances (kNN, notebook 01)
# and for **gradient descent** (notebook 04), which walks down the loss surface: on raw BMI the valley is long and
# narrow; on standardised BMI it becomes a round bowl, easy to descend.

# %% slideshow={"slide_type": ""}
z = (x - x_mean) / x.std()                                   # standardised BMI (no unit)
a_z_grid = np.linspace(a_hat * x.std() - 150, a_hat * x.std() + 150, 80)
b_z_grid = np.linspace(y_mean - 150, y_mean + 150, 80)
mse_z = regression.loss_surface(lambda a, b: mse(a, b, z, y), a_z_grid, b_z_grid)

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.2))
ax1.contourf(a_grid, b_grid, mse_surface, levels=levels, cmap="viridis", norm=LogNorm())
ax1.plot(a_hat, b_hat, "*", color=plotting.OKABE_ITO["orange"], markersize=15, markeredgecolor="black")
ax1.set(xlabel="slope a (points per kg/m²)", ylabel="intercept b (points)", title="Raw BMI: a long, narrow valley")
ax2.contourf(a_z_grid, b_z_grid, mse_z, levels=levels, cmap="viridis", norm=LogNorm())
ax2.plot(a_hat * x.std(), y_mean, "*", color=plotting.OKABE_ITO["orange"], markersize=15, markeredgecolor="black",
         label="minimum")
ax2.set(xlabel="slope a (points per s.d. of BMI)", ylabel="intercept b (points)",
        title="Standardised BMI: a round bowl")
ax2.set_aspect("equal")
ax2.legend(loc="upper right")
fig.suptitle("The same loss (MSE, same colour scale) before and after standardising BMI")
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Curves: polynomial regression
#
# Not every relation is a straight line. Core **body temperature** follows a daily (*circadian*) rhythm: lowest
# in the early morning (about 36.4 °C around 5 a.m.), highest in the late afternoon (about 37.1 °C around
# 5 p.m.).
#
# We have 20 readings of one (synthetic) healthy adult taken at random times, to **fit** a model, and 200 other
# readings, **held out** to test it. (Synthetic data from `course_utils.regression`, see `data/README.md`.)

# %% slideshow={"slide_type": ""}
readings = regression.make_circadian_temperature(n=20, seed=1)          # training readings
held_out = regression.make_circadian_temperature(n=200, seed=101)        # test readings, never used to fit
hours, temps = readings["hour"].to_numpy(), readings["temperature"].to_numpy()
hours_test, temps_test = held_out["hour"].to_numpy(), held_out["temperature"].to_numpy()
clock = np.linspace(0, 24, 300)                                          # for drawing curves

fig, ax = plt.subplots(figsize=(8, 3.8))
ax.scatter(hours_test, temps_test, s=10, color="grey", alpha=0.4, label="held-out readings (test, 200)")
ax.scatter(hours, temps, s=35, color=plotting.OKABE_ITO["vermillion"], edgecolor="black", zorder=3,
           label="readings used to fit (training, 20)")
ax.plot(clock, regression.true_circadian_temperature(clock), "--", color="black", linewidth=1,
        label="true rhythm (unknown in real life)")
ax.set(xlabel="time of day (hours)", ylabel="core body temperature (°C)", xticks=range(0, 25, 3),
       title="Body temperature over the day")
ax.legend(loc="upper left", fontsize=9)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# A **polynomial** of degree $d$ adds powers of the input:
#
# $$\hat{y} = w_0 + w_1 z + w_2 z^2 + \dots + w_d z^d$$
#
# where $z$ is the clock time rescaled to $[-1, 1]$ (so that $z^{12}$ stays a reasonable number). The trick: the
# model is still **linear in its weights** $w$. Build a table whose columns are $1, z, z^2, \dots, z^d$, and the
# same least squares as before fits it. The **degree** $d$ is a **hyper-parameter**: we choose it, the fit does
# not.

# %% slideshow={"slide_type": ""}
HOURS = (0, 24)                     # the clock range mapped to z = -1 ... +1, the same for every data set
pd.DataFrame(regression.polynomial_features(hours[:3], 3, HOURS).round(3), columns=["1", "z", "z²", "z³"],
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
test_rmse = np.array([rmse(temps_test, predict_polynomial(w, hours_test)) for w in fits])
pd.DataFrame({"training RMSE (°C)": train_rmse, "test RMSE (°C)": test_rmse}, index=degrees).round(3).T

# %% slideshow={"slide_type": ""}
# Self-checks: a higher degree never fits the training points worse (each model contains the previous one) ...
checks.true(np.all(np.diff(train_rmse) <= 1e-9), "training error never increases with the degree")
# ... but the test error is U-shaped: best at a moderate degree, much worse at the highest ones
best_degree = int(degrees[np.argmin(test_rmse)])
checks.between(best_degree, 2, 6, name="degree with the lowest test error")
checks.true(test_rmse[-1] > 3 * test_rmse.min(), "degree 12 is over-fitted: test error at least 3x the best")


# %% [markdown] slideshow={"slide_type": "slide"}
# ### Widget: the degree of the polynomial
#
# Move the degree. Left: the fitted curve, the 20 training readings (vermillion) and the held-out ones (grey).
# Right: the training and test errors for every degree, with your choice marked. The verdict in the title comes
# from the held-out error: within 15 % of the best is a *good fit*; below the best degree, *under-fitting*; above,
# *over-fitting*.

# %% slideshow={"slide_type": ""}
def verdict(degree):
    if test_rmse[degree] <= 1.15 * test_rmse.min():
        return "good fit", plotting.OKABE_ITO["green"]
    if degree < best_degree:
        return "under-fitting", plotting.OKABE_ITO["blue"]
    return "over-fitting", plotting.OKABE_ITO["vermillion"]


curves = np.array([predict_polynomial(w, clock) for w in fits])           # (13, 300), computed once
fig = widgets.new_figure(figsize=(10, 3.8), dpi=80)
ax_curve, ax_err = fig.subplots(1, 2, width_ratios=[1.3, 1])
ax_curve.scatter(hours_test, temps_test, s=8, color="grey", alpha=0.35, label="held-out (test)")
ax_curve.scatter(hours, temps, s=30, color=plotting.OKABE_ITO["vermillion"], edgecolor="black", zorder=3,
                 label="training")
fit_line, = ax_curve.plot(clock, curves[3], color="black", linewidth=2.2, label="polynomial fit")
ax_curve.set(xlim=(0, 24), ylim=(35.9, 37.7), xticks=range(0, 25, 3), xlabel="time of day (hours)",
             ylabel="core body temperature (°C)")
verdict_text = ax_curve.set_title(" ")           # the title shows the verdict (updated below)
ax_curve.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), fontsize=9, ncol=3)
ax_err.semilogy(degrees, train_rmse, "o-", color=plotting.OKABE_ITO["black"], label="training error")
ax_err.semilogy(degrees, test_rmse, "o-", color=plotting.OKABE_ITO["green"], label="test error")
ax_err.axhline(0.12, color="grey", linestyle=":", linewidth=1, label="measurement noise (0.12 °C)")
ax_err.set(xlabel="polynomial degree (hyper-parameter)", ylabel="RMSE (°C, log scale)", xticks=degrees[::2],
           title="Error vs degree")
ax_err.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), fontsize=9, ncol=2)
degree_marker = ax_err.axvline(3, color="grey", linestyle="--")


def show_degree(degree):
    fit_line.set_ydata(curves[degree])
    label, colour = verdict(degree)
    verdict_text.set_text(f"Degree {degree}: {label}")
    verdict_text.set_color(colour)
    degree_marker.set_xdata([degree, degree])
    return (f"degree {degree}: training RMSE {train_rmse[degree]:.3f} °C · "
            f"test RMSE {test_rmse[degree]:.3f} °C → {label}")


degree_view = widgets.LiveFigure(
    fig, show_degree, dynamic=[fit_line, verdict_text, degree_marker],
    degree=widgets.slider(3, 0, 12, integer=True, description="polynomial degree"),
)
degree_view

# %% [markdown] slideshow={"slide_type": "fragment"}
# **What to notice.**
#
# - Degrees 0-2 (a constant, a line, a parabola) are too stiff to follow a daily cycle: **under-fitting**, both
#   errors high.
# - Degrees 3-4 follow the rhythm; their test error is close to the measurement noise: a **good fit**.
# - From degree 5 on, the curve bends to pass near every training reading and swings wildly between and beyond
#   them (around midnight, where few readings were taken): training error keeps falling, test error explodes.
#   That is **over-fitting**.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### The held-out set and choosing a hyper-parameter
#
# We just chose the degree by looking at the *test* error. Doing that makes the test set part of the training
# decisions, so its error is no longer an honest estimate for new patients. The clean procedure uses **three**
# sets:
#
# 1. **training set**: fits the weights for each candidate degree;
# 2. **validation set**: picks the degree (the hyper-parameter);
# 3. **test set**: measures the chosen model **once**, at the end.
#
# With little data, *cross-validation* rotates the validation role over several slices of the training data.

# %% slideshow={"slide_type": ""}
validation, final_test = held_out.iloc[::2], held_out.iloc[1::2]          # 100 readings each
val_rmse = [rmse(validation["temperature"], predict_polynomial(w, validation["hour"].to_numpy())) for w in fits]
chosen = int(degrees[np.argmin(val_rmse)])
final_rmse = rmse(final_test["temperature"], predict_polynomial(fits[chosen], final_test["hour"].to_numpy()))
print(f"degree chosen on the validation set: {chosen} → error on the untouched test set: {final_rmse:.3f} °C")
checks.between(final_rmse, 0.08, 0.2, name="final test RMSE (°C)",
               hint="A good fit should be close to the measurement noise of 0.12 °C.")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 3: fit a polynomial yourself
#
# Fit a polynomial of degree **4** to the 20 training readings with `fit_polynomial`, then compute its RMSE on
# the 200 held-out readings (`hours_test`, `temps_test`). Store it in `rmse_degree_4` as one number (°C).

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
rmse_degree_4 = ____  # replace ____ with your code
### BEGIN SOLUTION
w4 = fit_polynomial(hours, temps, 4)
rmse_degree_4 = rmse(temps_test, predict_polynomial(w4, hours_test))
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_3_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_3.check()
# exercise_3.hint()      # a nudge; run it again for the next step
# exercise_3.solution()  # a worked solution

# %% slideshow={"slide_type": ""}
print(f"degree 4: test RMSE = {exercise_3.answer('rmse_degree_4'):.3f} °C")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Wrap-up
#
# **Key takeaways**
# - Linear regression models a quantity as $\hat{y} = a x + b$; each parameter has units (here score points per
#   kg/m²). The **squared-error loss** $L(a, b) = \sum_i (y_i - (a x_i + b))^2$ measures how badly a line fits.
# - Fitting = finding the minimum of the loss. For a line it has a **closed form**
#   ($a = \text{cov}(x, y) / \text{var}(x)$, $b = \bar{y} - a\bar{x}$); scikit-learn's `LinearRegression` gives the
#   same answer. Always compare with the baseline that predicts the mean.
# - Several features: $\hat{y} = Xw$ solved by the normal equations. Standardise features (with training
#   statistics) to compare weights and to make the loss surface round.
# - A polynomial is linear regression on the powers of $x$. Its **degree** is a hyper-parameter: too low
#   under-fits, too high over-fits. Only held-out data reveal it; pick hyper-parameters on a validation set and
#   keep the test set for the end.

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Self-test**
# 1. The fitted slope is 10.2 points per kg/m². What does that mean, and what does it *not* mean?
# 2. Why do we square the residuals instead of simply adding them?
# 3. A degree-12 polynomial has a training RMSE of 0.07 °C and a degree-4 polynomial 0.15 °C. Which do you use?
# 4. Why must the test set be standardised with the *training* mean and standard deviation?
#
# <details><summary>Answers</summary>
#
# 1. Among these patients, one more kg/m² of BMI goes with about 10 more points of progression on average. It is
#    an association, not proof that changing a patient's BMI changes their score by that much, and it only holds
#    within the BMI range of the data.
# 2. Positive and negative residuals would cancel out (a bad line could have a sum of 0), and squaring punishes
#    large misses more. Squares are also smooth, which makes the minimum easy to find with derivatives.
# 3. Neither choice can be made from training errors: a higher degree always fits the training data better.
#    Compare them on held-out (validation) data; here degree 4 wins, degree 12 over-fits.
# 4. The model must not learn anything from the test patients (no leakage), and both sets must be expressed on
#    the same scale for the learned weights to apply.
# </details>
#
# **Next:** [03 · The perceptron](03_perceptron.ipynb): the weighted sum $w \cdot x + b$ becomes an artificial
# neuron that classifies, and we learn its weights step by step instead of with a formula.
