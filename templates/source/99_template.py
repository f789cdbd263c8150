# %% [markdown] slideshow={"slide_type": "slide"}
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/OWNER/REPOSITORY/blob/main/templates/99_template.ipynb)
#
# # 99 · Template: one idea, one clinical example
#
# > Copy this notebook to start a new one: every part a course notebook needs, each in its place.
#
# **Estimated time:** 15 min · **Prerequisites:** 00
#
# Two or three sentences on why a clinician would care: the clinical question this notebook answers. Here: a lab
# flags low haemoglobin; where should the threshold sit, and what does moving it cost?
#
# **By the end of this notebook you will be able to:**
# - state the idea of the notebook in one sentence (replace these 3-5 objectives with yours)
# - compute it from scratch with NumPy and check it against a library
# - explore it with an interactive figure and read the trade-off it shows
#
# *For learning only: nothing in this course is a medical device or fit for clinical decisions.*

# %% [markdown] slideshow={"slide_type": "notes"}
# Speaker notes (hidden from students' slides, shown to the presenter). How to use this template: copy
# `templates/source/99_template.py` to `notebooks/source/NN_topic.py`, edit it, then run
# `.venv/bin/python -m course_utils.instructor.notebook_sources sync` (CONTRIBUTING.md, "Adding a notebook").

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

import course_utils
from course_utils import checks, datasets, metrics, plotting, widgets
from course_utils.exercises import ____
from course_utils.exercises.template import exercise_1, exercise_2

course_utils.setup(lang="en")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. The idea, in words
#
# Intuition first, in plain words and with a clinical picture. Define every term at first use. Here: a
# **threshold** turns a number (haemoglobin, g/dL) into a decision (flag or not). **Sensitivity** is the share of
# patients *with* the condition that we flag; **specificity** the share *without* it that we leave alone.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## 2. The maths, then the code from scratch
#
# With threshold $t$, patient $i$ is flagged when $x_i < t$; with $y_i = 1$ for patients with an alert,
#
# $$\text{sensitivity} = \frac{\#\{i : x_i < t,\ y_i = 1\}}{\#\{i : y_i = 1\}}.$$

# %% slideshow={"slide_type": ""}
blood = datasets.load_blood_counts()
haemoglobin = blood["haemoglobin"].to_numpy()   # g/dL, shape (1000,)
alert = blood["alert"].to_numpy()               # 0 or 1, shape (1000,)

flagged = haemoglobin < 12.0
sensitivity_by_hand = np.sum(flagged & (alert == 1)) / np.sum(alert == 1)
print(f"threshold 12.0 g/dL: sensitivity {sensitivity_by_hand:.1%} (from scratch)")

# %% [markdown] slideshow={"slide_type": "fragment"}
# The same with the course's helper: from-scratch code and library code must agree, and a check says so.

# %% slideshow={"slide_type": ""}
sensitivity_helper = metrics.binary_metrics(alert, flagged.astype(int))["sensitivity"]
checks.close(sensitivity_by_hand, sensitivity_helper, tol=1e-12, name="sensitivity (from scratch vs helper)")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. Play with it
#
# One interactive figure per notebook is the *main* one (`main=True`): the benchmark and the browser test move it.
# Name the artists that change in `dynamic=[...]` so that only they are redrawn.

# %% slideshow={"slide_type": "skip"}
fig = widgets.new_figure(figsize=(7.0, 3.4))
ax = fig.subplots()
bins = np.arange(8.0, 19.5, 0.25)
ax.hist(haemoglobin[alert == 0], bins=bins, alpha=0.7, color=plotting.NEGATIVE_COLOR, label="no alert")
ax.hist(haemoglobin[alert == 1], bins=bins, alpha=0.7, color=plotting.POSITIVE_COLOR, label="alert")
ax.set(xlabel="haemoglobin (g/dL)", ylabel="number of patients", title="Flag patients below a threshold")
ax.legend(loc="upper right")
threshold_line = ax.axvline(12.0, color="black", linestyle="--", linewidth=2)


def show_threshold(threshold):
    threshold_line.set_xdata([threshold, threshold])
    m = metrics.binary_metrics(alert, (haemoglobin < threshold).astype(int))
    return f"threshold {threshold:.1f} g/dL · sensitivity {m['sensitivity']:.0%} · specificity {m['specificity']:.0%}"


# %% slideshow={"slide_type": ""}
threshold_view = widgets.LiveFigure(
    fig, show_threshold, main=True, dynamic=[threshold_line],
    threshold=widgets.slider(12.0, 9.0, 16.0, step=0.1, description="threshold (g/dL)"),
)
threshold_view

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Exercise 1: the share of patients with an alert
#
# Store in `alert_share` the fraction of patients whose `alert` is 1 (a number between 0 and 1).

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
alert_share = ____  # replace ____ with your code
### BEGIN SOLUTION
alert_share = blood["alert"].mean()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_1.check()
# exercise_1.hint()      # a nudge; run it again for the next step
# exercise_1.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 2: specificity at 12 g/dL
#
# Store in `specificity_12` the share of patients *without* an alert whose haemoglobin is **not** below 12.0 g/dL.

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
specificity_12 = ____  # replace ____ with your code
### BEGIN SOLUTION
specificity_12 = np.mean(haemoglobin[alert == 0] >= 12.0)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_2.check()
# exercise_2.hint()      # a nudge; run it again for the next step
# exercise_2.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Wrap-up
#
# - Key takeaway 1: one sentence each, 3-5 of them.
# - Key takeaway 2: a threshold trades sensitivity against specificity.
#
# **Self-test**
#
# 1. Why can a threshold never give 100 % sensitivity and 100 % specificity here?
#
# <details><summary>Answer</summary>
#
# The two groups' haemoglobin values overlap: any threshold either misses some alerts or flags some patients
# without one.
# </details>
#
# **Next:** say which notebook comes next and what it adds.
