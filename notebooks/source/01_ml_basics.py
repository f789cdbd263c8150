# %% [markdown] slideshow={"slide_type": "slide"}
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/OWNER/REPOSITORY/blob/main/student/01_ml_basics.ipynb)
#
# # 01 · Machine-learning basics
#
# > What learning from data means: vocabulary, train/test split, k-means, a tour of classic classifiers, data as tensors and data quality.
#
# **Estimated time:** 90 min · **Prerequisites:** 00
#
# A pathologist who looks at thousands of biopsies learns to tell benign from malignant cells without ever writing down a rule. *Machine learning* does the same with numbers: it learns the rule from examples. Before trusting such a tool you need its vocabulary, and you need to know how it is tested and how bad data fools it.
#
# **By the end of this notebook you will be able to:**
# - place artificial intelligence, machine learning and deep learning, symbolic and connectionist AI, on one map and one timeline
# - name the parts of a learning problem (samples, features, label, model, parameters, hyper-parameters), split data into training, validation and test sets, and explain why a test set estimates the *risk* only when the data are i.i.d.
# - tell supervised from unsupervised learning and classification from regression, and run k-means
# - compare kNN, naive Bayes, a decision tree, an SVM and logistic regression with a baseline, by sensitivity and specificity across several splits, and recognise under- and over-fitting
# - describe tables, images, time series, sounds and text as tensors, and spot data-quality traps
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

import course_utils
from course_utils import checks, classic, datasets, i18n, metrics, plotting, widgets
from course_utils.exercises import ____
from course_utils.exercises.ml_basics import exercise_1, exercise_2, exercise_3

course_utils.setup(lang="en")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. Artificial intelligence, machine learning, deep learning
#
# **Artificial intelligence (AI)** (*intelligence artificielle*) is the art of writing programs for tasks that
# we would expect to need a human mind:
#
# - tasks that call on memory, knowledge and reasoning: playing chess or Go, proposing a diagnosis from symptoms,
#   judging whether a patient's message sounds worried;
# - tasks that we cannot break into simple steps a computer could follow: recognising a tumour on an image,
#   understanding spoken language.

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Two families of AI
#
# - **Symbolic AI** (*IA symbolique*): experts write the rules by hand, as logic. *Expert systems* of the 1970s-80s
#   (MYCIN, at Stanford, proposed antibiotics for blood infections and meningitis from about 600 rules) belong here. The reasoning can be
#   read, checked and proven, but someone must know and write every rule.
# - **Connectionist AI** (*IA connexionniste*): the program *learns* its behaviour from data, by adjusting many
#   numbers (connection weights, hence the name). Machine learning and deep learning belong here. It handles
#   tasks nobody can write rules for, but its reasoning is hard to read or prove.

# %% [markdown] slideshow={"slide_type": "subslide"}
# The course's blood-count **alert** is a symbolic rule: "raise an alert if any value is outside its
# reference range". Here it is applied to the patient of the original slides: red cells 3.1 x10⁶/mm³, white
# cells 5.3 x10³/mm³, a man (haemoglobin 9.5 g/dL added for the example).

# %% slideshow={"slide_type": ""}
# A symbolic rule: written by experts (reference ranges), nothing is learned
alert = datasets.blood_alert(red_cells=3.1, white_cells=5.3, haemoglobin=9.5, sex=1)
print("alert raised:", bool(alert[0]), "→ red cells 3.1 are below the male range",
      datasets.REFERENCE_RANGES["red_cells"][1])

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Machine learning and deep learning
#
# - **Machine learning (ML)** (*apprentissage automatique*): we cannot describe how to compute the answer from
#   the inputs, so we let the machine *learn it from examples*: the risk of melanoma from a photo of a mole, the
#   weather in three hours from today's temperature and pressure, a patient's risk of readmission from their file.
# - **Deep learning (DL)** (*apprentissage profond*): machine learning with *neural networks* of many layers
#   ("deep" = many layers). They learn their own intermediate features from raw data (pixels, signal samples),
#   where classic ML needs a human to choose the features (e.g. "nucleus radius") first.
#
# Deep learning ⊂ machine learning ⊂ artificial intelligence:

# %% slideshow={"slide_type": ""}
from matplotlib.patches import Ellipse

fig, ax = plt.subplots(figsize=(8, 4.4))
circles = [  # (width, height, centre y, colour, title, examples)
    (9.6, 5.6, 0.0, plotting.OKABE_ITO["sky"], "Artificial intelligence",
     "chess engines, expert systems (rules written by people)"),
    (6.6, 3.6, -0.9, plotting.OKABE_ITO["orange"], "Machine learning",
     "kNN, decision trees, SVM (rules learned from data)"),
    (3.6, 1.6, -1.75, plotting.OKABE_ITO["green"], "Deep learning", "many-layer neural networks"),
]
for width, height, y0, colour, name, examples in circles:
    ax.add_patch(Ellipse((0, y0), width, height, facecolor=colour, alpha=0.35, edgecolor=colour, linewidth=2))
    top = y0 + height / 2
    ax.text(0, top - 0.35, name, ha="center", fontweight="bold", fontsize=12)
    ax.text(0, top - 0.7, examples, ha="center", fontsize=9.5)
ax.set(xlim=(-5, 5), ylim=(-3, 3), title="Deep learning ⊂ machine learning ⊂ AI")
ax.set_aspect("equal")
ax.axis("off")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### A short history: two winters and a spring
#
# | year | event |
# | --- | --- |
# | 1943 | McCulloch and Pitts describe a mathematical model of a neuron |
# | 1957-58 | Rosenblatt's **perceptron**, a machine that learns its weights from examples (report 1957, article 1958; notebook 03) |
# | 1969 | Minsky and Papert's book *Perceptrons* shows that one perceptron cannot learn **XOR** ("either A or B, not both"): research on neural networks slows down for a decade |
# | 1973-74 | The **Lighthill report** judges AI's results disappointing: the UK cuts its funding, and the US defence agency DARPA cuts its own: the **first AI winter** (about 1974-1980) |
# | 1980s | Expert systems (rules written by people, like MYCIN) become an industry |
# | 1986 | **Backpropagation** (Rumelhart, Hinton, Williams) trains networks with hidden layers (notebook 05) |
# | 1987 | The market for Lisp machines (computers built to run Lisp, the language of most AI programs then) collapses, and expert systems prove costly to maintain: the **second AI winter** (about 1987-1993) |
# | 1990s-2000s | networks work on small tasks (LeCun's network reads handwritten cheques), but data are scarce and computers slow: SVMs and trees dominate |
# | 1997 / 2011 | IBM's Deep Blue beats Kasparov at chess; IBM Watson wins the quiz show *Jeopardy!* |
# | 2006 | Hinton and colleagues train deep networks one layer at a time: interest in deep networks returns |
# | 2012 | **AlexNet**, a deep convolutional network trained on two gaming GPUs, wins the ImageNet image contest (1,000 categories): top-5 error 15.3 % against 26.2 % for the runner-up (top-5 error: share of images whose true category is not among the network's 5 best guesses) |
# | 2016 | AlphaGo beats Lee Sedol, one of the best Go players, 4 games to 1 |
#
# The winters' dates are the usual ones (Crevier, *AI: The Tumultuous History of the Search for Artificial
# Intelligence*, 1993); historians date them to within a year or two.

# %% slideshow={"slide_type": ""}
events = [  # (year, label, height of the label: above (+) or below (-) the line, text alignment)
    (1943, "formal neuron", 1, "center"), (1957, "perceptron", -1, "center"), (1969, "XOR limit", 1, "center"),
    (1973, "Lighthill report", -1, "center"), (1986, "backpropagation", 1, "right"),
    (1987, "Lisp-machine\ncrash", -1, "left"), (1997, "Deep Blue", 1, "center"),
    (2006, "deep networks,\nlayer by layer", -1, "center"), (2011, "Watson", 1, "right"),
    (2012, "AlexNet", 1.9, "center"), (2016, "AlphaGo", 1, "left"),
]
periods = [  # (start, end, name, colour)
    (1974, 1980, "first\nAI winter", "sky"), (1987, 1993, "second\nAI winter", "sky"),
    (1995, 2006, "neural networks\nout of fashion", "yellow"),
]
fig, ax = plt.subplots(figsize=(11, 4.0))
for start, end, name, colour in periods:
    ax.axvspan(start, end, color=plotting.OKABE_ITO[colour], alpha=0.35, linewidth=0)
    ax.text((start + end) / 2, 2.25, name, ha="center", va="top", fontsize=10,
            fontweight="bold" if "winter" in name else "normal")
ax.axhline(0, color="black", linewidth=1)
for year, label, height, align in events:
    ax.plot([year, year], [0, height * 0.75], color="grey", linewidth=1)
    ax.plot(year, 0, "o", color="black")
    ax.text(year, height * 0.8, f"{year}\n{label}" if height > 0 else f"{label}\n{year}",
            ha=align, va="bottom" if height > 0 else "top", fontsize=10)
ax.set(xlim=(1935, 2025), ylim=(-1.9, 2.3), xlabel="year", yticks=[],
       title="Milestones of AI and neural networks, with the two AI winters")
ax.grid(False)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Why now?
#
# The perceptron is almost 70 years old. Three things changed after 2010:
#
# 1. **Data**: digital images, electronic health records, sensors, the web (*big data*). A deep network has
#    millions of weights and needs many examples to set them.
# 2. **Computing power**: graphics cards (**GPUs**), built for video games, do thousands of multiplications at
#    once, which is exactly what a network needs. Training that took months takes hours.
# 3. **Software and investment**: free libraries (PyTorch, which this course uses) compute gradients
#    automatically, and companies invest heavily.
#
# Once trained, a network runs on a modest computer or even a phone; *training* is what needs the power.

# %% [markdown] slideshow={"slide_type": "notes"}
# Speaker notes: keep this section short (10 minutes). Ask the audience which AI tools they already meet at
# work (dictation, decision support, image triage) and place each on the map: rules written by people, or
# learned from data?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. The vocabulary of machine learning, on a real table
#
# The **Breast Cancer Wisconsin** data set: for 569 breast lumps, a fine-needle aspirate (*cytoponction*) was
# imaged under the microscope and software measured the cell nuclei. Each lump was then diagnosed benign or
# malignant (by biopsy or follow-up).

# %% slideshow={"slide_type": ""}
cancer = datasets.load_breast_cancer_frame()
print(cancer.shape, "→ 569 tumours × (30 measurements + 1 diagnosis)")
cancer.iloc[:5, [0, 1, 2, 3, 4, 7, -1]]

# %% [markdown] slideshow={"slide_type": "subslide"}
# - A **sample** (*observation, exemple*) is one row: one tumour (here, one patient).
# - A **feature** (*variable, caractéristique*) is one input column: `mean_radius`, `mean_texture`, ... 30 of them:
#   10 nucleus measurements (radius, texture, perimeter, area, smoothness, ...), each given three times: the mean
#   over the nuclei of the image, its standard error (`_error`: how much it varies) and the worst value (`worst_`:
#   mean of the three largest). Radius and perimeter are in pixels of the digitised image, area in square pixels; texture is the
#   spread of grey levels; the others have no unit.
# - The **label** or **target** (*étiquette, cible*) is what we want to predict: `malignant` (1 = malignant,
#   0 = benign).

# %% [markdown] slideshow={"slide_type": "fragment"}
# - A **model** is a function with adjustable numbers, the **parameters**, that maps features to a prediction.
#   *Training* (*apprentissage*) sets the parameters from examples.
# - A **hyper-parameter** is a setting chosen *before* training, not learned: the number of neighbours in kNN,
#   the depth of a tree, the degree of a polynomial, the learning rate of a network.
# - **Training data** (*données d'apprentissage*) are the examples the model learns from; **test data**
#   (*données de test*) are examples kept aside, never seen during training, to measure how it does on new
#   patients.

# %% slideshow={"slide_type": ""}
counts = cancer["malignant"].value_counts().rename({0: "benign (0)", 1: "malignant (1)"})
print(counts.to_string())
print(f"share of malignant tumours: {cancer['malignant'].mean():.1%}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Keeping a test set aside
#
# A model can simply memorise its training examples, like a student who learns last year's exam by heart. To
# know how it will do on *new* patients we put part of the data aside, usually **20 to 30 %**, and use it only to
# *measure* models: never to train them, nor to choose between them.
#
# `train_test_split` shuffles the rows and cuts them. `stratify=y` keeps the same share of malignant tumours in
# both parts; `random_state` fixes the shuffle so that everyone gets the same split.

# %% slideshow={"slide_type": ""}
from sklearn.model_selection import train_test_split

feature_names = [c for c in cancer.columns if c != "malignant"]
X = cancer[feature_names].to_numpy()          # features: shape (569, 30)
y = cancer["malignant"].to_numpy()            # labels:   shape (569,)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)
print(f"training: {X_train.shape}, test: {X_test.shape}")
print(f"malignant share — training {y_train.mean():.1%}, test {y_test.mean():.1%}")

# %% slideshow={"slide_type": ""}
# Self-check: 20 % of 569 tumours held out, with the same share of malignant tumours in both parts
checks.equal(len(X_test), 114, name="number of test tumours")
checks.true(abs(y_train.mean() - y_test.mean()) < 0.01, "training and test sets have the same share of cancers")

# %% [markdown] slideshow={"slide_type": "fragment"}
# **Leakage between patients.** Here each row is a different patient. When a patient contributes several
# rows (two breasts, several images, several visits), split by *patient*, not by row: otherwise the model meets
# the same person in training and in test, and its score is too good to be true.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 1: a 25 % test set
#
# Split the same `X` and `y` again, keeping **25 %** for testing (stratified, `random_state=0`). Store the test
# features in `X_test_25` (a table: one row per test tumour, one column per feature). Give the other parts new
# names too, so that `X_train` and `X_test` above keep their values.

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
X_test_25 = ____  # replace ____ with your code
### BEGIN SOLUTION
X_train_75, X_test_25, y_train_75, y_test_25 = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_1.check()
# exercise_1.hint()      # a nudge; run it again for the next step
# exercise_1.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Why a test set works: loss, risk and i.i.d. data
#
# - The **loss** $\ell$ scores one prediction against the truth. Here the simplest one, the *0/1 loss*: $\ell = 0$
#   when the prediction is right, $\ell = 1$ when it is wrong. (Later notebooks use losses for numbers, such as
#   the squared error.)
# - The **risk** $R$ of a model is its *average loss over all the patients it will ever meet*: here, its error
#   rate on the whole population. It is what we care about, and we can never compute it exactly.
# - The **test estimate** is the average loss over the $n$ test patients:
#
# $$\hat R = \frac{1}{n}\sum_{i=1}^{n} \ell_i = \frac{\ell_1 + \ell_2 + \dots + \ell_n}{n}$$
#
#   where $\ell_i$ is the loss on test patient $i$ and $\sum_{i=1}^{n}$ means "add up for $i$ from 1 to $n$". The
#   hat on $\hat R$ marks an estimate.
#
# The test estimate is only trustworthy if the data are **i.i.d.**, *independent and identically distributed*:
# every patient (training, test, and future) is drawn from the *same population* (identically distributed), and
# one draw tells nothing about another (independent: not the same patient twice, as in the leakage above).
# The training loss is no estimate of the risk: the model was fitted to those very patients.

# %% [markdown] slideshow={"slide_type": "subslide"}
# We check this on a rule fixed in advance, "malignant if the mean nucleus radius is above 15 pixels", and
# pretend that the 569 tumours are the whole population the rule is meant for, so that its risk is known. Then we
# draw many test sets of 114 tumours:
#
# - **i.i.d.**: drawn at random from that population;
# - **another case mix**: from a screening clinic where only 1 lump in 10 is a cancer (11 cancers, 103 benign);
# - **another instrument**: from a lab whose camera magnifies 20 % more, so every radius measured in pixels is
#   1.2 times larger.

# %% slideshow={"slide_type": ""}
def radius_rule(radius):
    """A fixed rule (nothing is learned): 1 = malignant when the mean nucleus radius is above 15 pixels."""
    return (radius > 15).astype(int)


radius = X[:, feature_names.index("mean_radius")]
loss = (radius_rule(radius) != y).astype(float)          # 0/1 loss of each of the 569 tumours
risk = loss.mean()                                        # the whole population: the true risk
loss_zoomed = (radius_rule(1.2 * radius) != y).astype(float)  # same tumours, radii measured 1.2 times larger
cancer_rows, benign_rows = np.flatnonzero(y == 1), np.flatnonzero(y == 0)
rng = np.random.default_rng(0)
n_draws = 1000
estimates = {"i.i.d. test sets": [], "screening clinic (1 cancer in 10)": [], "camera with 1.2x magnification": []}
clinic_missed = []                                        # share of the clinic's 11 cancers the rule misses
for _ in range(n_draws):
    estimates["i.i.d. test sets"].append(loss[rng.choice(len(y), size=114, replace=False)].mean())
    mix = np.concatenate([rng.choice(cancer_rows, 11, replace=False), rng.choice(benign_rows, 103, replace=False)])
    estimates["screening clinic (1 cancer in 10)"].append(loss[mix].mean())
    clinic_missed.append(loss[mix[:11]].mean())
    estimates["camera with 1.2x magnification"].append(loss_zoomed[rng.choice(len(y), size=114, replace=False)].mean())
estimates = {name: np.array(values) for name, values in estimates.items()}
print(f"risk of the rule in its population (error rate on all 569 tumours): {risk:.1%}")
for name, values in estimates.items():
    low, high = np.percentile(values, [2.5, 97.5])
    print(f"{name:35s} average estimate {values.mean():.1%}, 95 % of them between {low:.1%} and {high:.1%}")
print(f"cancers the rule misses: {loss[cancer_rows].mean():.1%} of all {len(cancer_rows)}, "
      f"{np.mean(clinic_missed):.1%} on average in the screening clinic")

# %% slideshow={"slide_type": ""}
from matplotlib.ticker import PercentFormatter

fig, ax = plt.subplots(figsize=(9, 3.8))
bins = np.arange(0, 0.5, 1 / 114)                      # one bin per possible number of errors
for (name, values), colour in zip(estimates.items(), ("sky", "orange", "purple")):
    ax.hist(values, bins=bins, alpha=0.6, color=plotting.OKABE_ITO[colour], label=name)
ax.axvline(risk, color="black", linestyle="--", label=f"risk in the rule's population ({i18n.number(risk, '.1%')})")
ax.xaxis.set_major_formatter(PercentFormatter(1.0, symbol="%"))   # the French edition puts a thin space before %
ax.set(xlabel="error rate measured on one test set of 114 tumours", ylabel=f"number of test sets (of {n_draws})",
       title="The same rule, tested on three populations")
ax.legend(loc="upper right", fontsize=10)
plt.show()

# %% slideshow={"slide_type": ""}
# Self-checks: i.i.d. test sets scatter around the risk; test sets drawn elsewhere centre somewhere else
iid = estimates["i.i.d. test sets"]
checks.close(iid.mean(), risk, tol=0.005, name="average of the i.i.d. estimates")
# the spread of a share measured on n of N patients drawn without replacement: sqrt(p(1-p)/n x (N-n)/(N-1))
expected_spread = np.sqrt(risk * (1 - risk) / 114 * (len(y) - 114) / (len(y) - 1))
checks.close(iid.std(), expected_spread, tol=0.06, relative=True,
             name="spread (standard deviation) of one test set's estimate")
checks.close(np.mean(clinic_missed), loss[cancer_rows].mean(), tol=0.02,
             name="share of cancers the rule misses in the screening clinic")
checks.true(abs(estimates["screening clinic (1 cancer in 10)"].mean() - risk) > 2 * iid.std()
            and abs(estimates["camera with 1.2x magnification"].mean() - risk) > 2 * iid.std(),
            "a different case mix or instrument moves the error rate further than the test set's own noise")

# %% [markdown] slideshow={"slide_type": "fragment"}
# **What to notice.**
#
# - I.i.d. test sets centre on the risk, but one test set of 114 tumours gives it only to within a few points
#   (95 % of them fall in the range printed above): a small difference between two models on one test set may
#   be luck.
# - Test sets drawn elsewhere centre somewhere else. In the screening clinic the *same rule* makes fewer errors,
#   only because cancers are rarer there: it still misses the same share of cancers (printed above). With the
#   other camera it makes far more: its threshold, in pixels, no longer means the same thing.
# - A test score is a promise about patients drawn *like the test patients*. A new hospital, a new device or a
#   new case mix breaks the i.i.d. assumption, and the promise with it (section 6 shows a model failing this way).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. Supervised and unsupervised learning
#
# - **Supervised learning** (*apprentissage supervisé*), "learn from examples": every training sample comes with
#   its answer (the label). The algorithm builds a model that predicts the answer for new samples.
#   - **Classification**: the answer is a category: malignant or benign, alert or not, cat/dog/mouse.
#   - **Regression**: the answer is a quantity: a disease-progression score, a blood pressure, a length of stay.
# - **Unsupervised learning** (*apprentissage non supervisé*), "see what you can find": there are no labels; the
#   algorithm looks for structure, for example groups of similar patients (**clustering**).

# %% slideshow={"slide_type": ""}
diabetes = datasets.load_diabetes_frame()
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4))
for label, name in [(0, "benign"), (1, "malignant")]:
    rows = cancer["malignant"] == label
    ax1.scatter(cancer.loc[rows, "mean_radius"], cancer.loc[rows, "mean_texture"], s=12, alpha=0.7,
                color=plotting.class_color(label), label=name)
ax1.set(xlabel="mean nucleus radius (pixels)", ylabel="mean texture (s.d. of grey levels)",
        title="Classification: predict a category")
ax1.legend()
ax2.scatter(diabetes["bmi"], diabetes["progression"], s=12, alpha=0.6, color=plotting.OKABE_ITO["green"])
ax2.set(xlabel="body-mass index (kg/m²)", ylabel="disease progression at 1 year (score)",
        title="Regression: predict a quantity")
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Unsupervised: k-means on unlabelled blood counts
#
# Take the 1,000 synthetic blood counts of notebook 00 and **hide the alert column**. Are there natural groups of
# patients? The **k-means** algorithm (*algorithme des k moyennes*) looks for `k` groups:
#
# 1. pick `k` patients at random as starting group centres;
# 2. **assign** each patient to the nearest centre;
# 3. **move** each centre to the mean of its patients;
# 4. repeat 2-3 until nothing changes (here: 30 rounds, more than enough).
#
# Distances only make sense if the features have comparable scales, so we first convert each one to a
# **z-score**: (value − mean) / standard deviation. The number of groups `k` is a hyper-parameter (we take 4), and
# a grouping's tightness is measured by its **inertia**: the sum of squared distances from each patient to the
# centre of its group (smaller = tighter).

# %% slideshow={"slide_type": ""}
blood = datasets.load_blood_counts()
counts_raw = blood[["red_cells", "white_cells"]].to_numpy()       # (patients, 2), no labels used
print("blood counts:", counts_raw.shape)
Z = (counts_raw - counts_raw.mean(axis=0)) / counts_raw.std(axis=0)  # z-scores


def kmeans(Z, k, n_iter=30, seed=0):
    rng = np.random.default_rng(seed)
    centres = Z[rng.choice(len(Z), size=k, replace=False)]            # 1. random starting centres
    for _ in range(n_iter):
        distances = np.linalg.norm(Z[:, None, :] - centres[None, :, :], axis=2)  # (n_patients, k)
        groups = distances.argmin(axis=1)                              # 2. nearest centre
        centres = np.array([Z[groups == j].mean(axis=0) for j in range(k)])  # 3. move to the mean
    inertia = np.sum((Z - centres[groups]) ** 2)                       # total squared distance to centres
    return groups, centres, inertia


# The result depends on the random start: try 5 starts and keep the tightest grouping
runs = [kmeans(Z, k=4, seed=s) for s in range(5)]
print("inertia of each start:", [round(float(r[2]), 1) for r in runs])
groups, centres, inertia = min(runs, key=lambda r: r[2])

# %% slideshow={"slide_type": ""}
from sklearn.cluster import KMeans

sk_kmeans = KMeans(n_clusters=4, n_init=10, random_state=0).fit(Z)
print(f"from scratch: {inertia:.1f}   scikit-learn: {sk_kmeans.inertia_:.1f}")
# Self-check: our k-means finds groups as tight as scikit-learn's
checks.close(inertia, sk_kmeans.inertia_, tol=0.01, relative=True, name="k-means inertia")

# %% slideshow={"slide_type": ""}
centres_units = centres * counts_raw.std(axis=0) + counts_raw.mean(axis=0)  # back to x10⁶/mm³ and x10³/mm³
cluster_colours = [plotting.OKABE_ITO[c] for c in ("green", "orange", "sky", "purple")]
fig, ax = plt.subplots(figsize=(7.5, 4.6))
for j in range(4):
    members = counts_raw[groups == j]
    ax.scatter(members[:, 0], members[:, 1], s=10, alpha=0.6, color=cluster_colours[j],
               label=f"group {j} ({len(members)} patients)")
ax.scatter(centres_units[:, 0], centres_units[:, 1], marker="X", s=160, color="black", label="group centres")
ranges = datasets.REFERENCE_RANGES                      # normal values, by sex (1 = man, 2 = woman)
red_low, red_high = min(r[0] for r in ranges["red_cells"].values()), max(r[1] for r in ranges["red_cells"].values())
white_low, white_high = min(r[0] for r in ranges["white_cells"].values()), max(r[1] for r in ranges["white_cells"].values())
ax.add_patch(plt.Rectangle((red_low, white_low), red_high - red_low, white_high - white_low, fill=False,
                           linestyle="--", edgecolor="black", linewidth=1.2,
                           label="normal for women or men"))
ax.set(xlabel="red cells (x10⁶/mm³)", ylabel="white cells (x10³/mm³)",
       title="k-means (k = 4) on unlabelled blood counts")
ax.legend(fontsize=9, loc="upper left", bbox_to_anchor=(1.01, 1.0))
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# The groups have no names: the algorithm never saw a diagnosis. We can name them afterwards by looking at
# the centres (high white cells, low red cells, ...) and compare them with the alert label that was hidden.
# Group colours are deliberately *not* the blue/vermillion used for healthy/alert.

# %% slideshow={"slide_type": ""}
table = pd.crosstab(pd.Series(groups, name="k-means group"), blood["alert"].rename("alert (hidden label)"))
table["centre: red cells"] = centres_units[:, 0].round(1)
table["centre: white cells"] = centres_units[:, 1].round(1)
table

# %% slideshow={"slide_type": ""}
# Self-check: exactly two groups contain only alerts (the text below relies on it)
only_alerts = (table[0] == 0) & (table[1] > 0)
checks.equal(int(only_alerts.sum()), 2, name="number of groups made only of alerts")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Two groups contain only alerts (very high white cells: leukocytosis; very low red cells, as in anaemia). The
# other two mix alerts and normal counts: k-means cuts where the *data* are dense, not where the *clinical*
# thresholds lie, and it never saw haemoglobin or sex. Clusters are a way to explore data, not a diagnosis.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. A tour of classic classifiers
#
# Five methods, all trained on the same 455 tumours and tested on the same 114:
#
# - **k nearest neighbours (kNN)** (*k plus proches voisins*): to classify a new tumour, find the `k` most
#   similar tumours of the training set and take a vote. Nothing is "learned" beyond storing the examples.
# - **Naive Bayes** (*classification bayésienne naïve*): learn, for each class, how each feature is distributed,
#   then apply Bayes' rule, which turns "how common is this measurement among cancers?" into "how likely is a
#   cancer, given this measurement?". "Naive" because it pretends the features are independent of one another
#   within a class.

# %% [markdown] slideshow={"slide_type": "fragment"}
# - **Decision tree** (*arbre de décision*): a sequence of yes/no questions on one feature at a time
#   ("is the worst nucleus perimeter above some value?"), like a clinical algorithm; its depth is a
#   hyper-parameter.
# - **Support vector machine (SVM)** (*séparateur à vaste marge*): the boundary that leaves the widest possible
#   margin between the classes; a *kernel* lets the boundary curve. (The course's SVM also turns each tumour's
#   distance to the boundary into a probability, a step called *calibration*, and says malignant above 50 %: this
#   shifts its boundary a little.)
# - **Logistic regression** (*régression logistique*): a weighted sum of the features turned into a
#   probability by an S-shaped curve, the sigmoid. Despite its name it classifies; it is a single artificial
#   neuron, the star of notebook 03.
#
# kNN and the SVM measure distances between tumours, where a feature counted in large numbers (an area in
# hundreds of square pixels) would drown one between 0 and 1 (smoothness); logistic regression also trains better
# on comparable scales. So these three standardise their features first (z-scores computed on the *training* set
# only).

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### kNN from scratch
#
# The whole kNN method fits in a few lines: standardise, measure distances, take the `k` nearest, vote.

# %% slideshow={"slide_type": ""}
mean, std = X_train.mean(axis=0), X_train.std(axis=0)   # training statistics only (no leakage)
Z_train, Z_test = (X_train - mean) / std, (X_test - mean) / std


def knn_predict(Z_train, y_train, Z_new, k=5):
    distances = np.linalg.norm(Z_new[:, None, :] - Z_train[None, :, :], axis=2)  # (n_new, n_train)
    nearest = np.argsort(distances, axis=1)[:, :k]        # indices of the k nearest training tumours
    votes = y_train[nearest].mean(axis=1)                # share of malignant among them
    return (votes > 0.5).astype(int)


knn_pred = knn_predict(Z_train, y_train, Z_test, k=5)
print("test accuracy of our kNN:", np.mean(knn_pred == y_test).round(3))

# %% slideshow={"slide_type": ""}
sk_knn = classic.make_classifier("kNN", n_neighbors=5).fit(X_train, y_train)
agreement = np.mean(sk_knn.predict(X_test) == knn_pred)
# Self-check: our 10-line kNN and scikit-learn's make the same predictions
checks.between(agreement, 0.99, 1.0, name="agreement with scikit-learn's kNN",
               hint="Standardise with the training mean and std, and vote among the k nearest.")

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Five methods side by side
#
# `classic.fit_classifiers` trains each method with the course's fixed settings (kNN with `k = 5`, a tree at most
# 4 questions deep); `classic.score_table` reports the accuracy on the training and test sets, and, on the test
# set, the **sensitivity** (share of cancers caught) and **specificity** (share of benign tumours correctly left
# alone). Beside them, a **baseline** that learns nothing: it always answers the most frequent class, "benign".
# A model is only worth something if it clearly beats it.

# %% slideshow={"slide_type": ""}
models = classic.fit_classifiers(X_train, y_train)
scores = classic.score_table(models, X_train, y_train, X_test, y_test)
always_benign = np.zeros_like(y_test)                      # the baseline's predictions: 0 for every tumour
scores.loc["baseline: always benign"] = [
    np.mean(y_train == 0), np.mean(always_benign == y_test),      # training and test accuracy
    np.mean(always_benign[y_test == 1] == 1), np.mean(always_benign[y_test == 0] == 0)]  # sensitivity, specificity
scores = scores.round(3)
tree_rules = models["decision tree"].tree_
print(f"test set: {len(y_test)} tumours, {y_test.sum()} of them cancers")
print(f"the tree's first question: {feature_names[tree_rules.feature[0]]} > {tree_rules.threshold[0]:.1f}?")
scores

# %% slideshow={"slide_type": ""}
# Self-check: on this well-studied set every method is good, far above the baseline
methods = scores.drop(index="baseline: always benign")
checks.true((methods["test accuracy"] > 0.88).all(), "every classic method exceeds 88 % test accuracy")
checks.true((methods["test accuracy"] > scores.loc["baseline: always benign", "test accuracy"] + 0.2).all(),
            "every method beats the always-benign baseline by more than 20 points")
checks.between(methods["sensitivity"].max(), 0.9, 1.0, name="best sensitivity")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Reading the table like a clinician.** Accuracy counts every error the same. But a *false negative* (a
# cancer called benign) delays treatment, while a *false positive* (a benign lump called malignant) costs an
# extra biopsy and worry. Two models with the same accuracy can differ in which mistakes they make: always look
# at sensitivity and specificity, and at the four counts behind them, the *confusion matrix* (after Exercise 2).
#
# Which method is best? With 42 cancers in the test set, one more missed cancer moves sensitivity by
# 1/42, about 2.4 points. So we repeat the whole comparison on five different random splits (the same 80/20,
# stratified) and look at the spread.

# %% slideshow={"slide_type": ""}
split_scores = []
for split_seed in [42, 0, 1, 2, 3]:                  # 42 is the split used above
    Xa, Xb, ya, yb = train_test_split(X, y, test_size=0.2, stratify=y, random_state=split_seed)
    fitted = models if split_seed == 42 else classic.fit_classifiers(Xa, ya)
    one_split = classic.score_table(fitted, Xa, ya, Xb, yb)
    one_split.loc["baseline: always benign"] = [np.mean(ya == 0), np.mean(yb == 0), 0, 1]  # no cancer caught
    split_scores.append(one_split[["test accuracy", "sensitivity", "specificity"]])
spread = pd.concat(split_scores).groupby(level=0, sort=False).agg(["mean", "min", "max"]).round(3)
ranked = [one_split["test accuracy"].sort_values(ascending=False) for one_split in split_scores]
wins = pd.Series([accuracies.index[0] for accuracies in ranked]).value_counts()
leads = [round((accuracies.iloc[0] - accuracies.iloc[1]) * len(y_test)) for accuracies in ranked]
print(f"one missed cancer = {1 / y_test.sum():.1%} of sensitivity")
print("best test accuracy, number of splits won:", wins.to_dict())
print("winner's lead over the runner-up, in test tumours, split by split:", leads)
spread

# %% slideshow={"slide_type": ""}
# Self-check: the three best methods cannot be told apart: each one's range over the splits overlaps the others'
accuracy = spread["test accuracy"].drop(index="baseline: always benign")
top3 = accuracy["mean"].nlargest(3).index
checks.true(accuracy.loc[top3, "min"].max() <= accuracy.loc[top3, "max"].min(),
            "the test-accuracy ranges of the three best methods overlap")
checks.true(max(leads) <= 2, "on every split, the winner leads the runner-up by one or two test tumours at most")
checks.true((accuracy["min"] > spread.loc["baseline: always benign", ("test accuracy", "max")] + 0.2).all(),
            "on every split, every method beats the always-benign baseline by more than 20 points")

# %% [markdown] slideshow={"slide_type": "fragment"}
# The winner is not the same on every split (count printed above), its lead is one or two tumours (printed
# above), and the ranges of the three best methods overlap: with 114 test tumours we cannot call a winner among
# them. What is certain is that every method beats the baseline by far, on every split; the baseline's perfect
# specificity is worthless, as it catches no cancer. Declaring "the best method" from one test set would be
# reading noise, and choosing a method by its test score would make the test set part of the choice. Here the
# test sets only describe the five methods; a real project chooses on validation data (next section), then
# measures the chosen model once on the test set.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 2: sensitivity by hand
#
# Count, for the **decision tree**, the true positives (cancers predicted malignant) and false negatives (cancers
# predicted benign) on the test set, and compute its sensitivity `tree_sensitivity` = TP / (TP + FN). Store the
# counts in `tree_tp` and `tree_fn` (whole numbers) and the sensitivity in `tree_sensitivity` (one number between
# 0 and 1).

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
tree_tp = ____  # replace ____ with your code
tree_fn = ____
tree_sensitivity = ____
### BEGIN SOLUTION
pred_tree = models["decision tree"].predict(X_test)
tree_tp = np.sum((y_test == 1) & (pred_tree == 1))
tree_fn = np.sum((y_test == 1) & (pred_tree == 0))
tree_sensitivity = tree_tp / (tree_tp + tree_fn)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_2.check()
# exercise_2.hint()      # a nudge; run it again for the next step
# exercise_2.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Confusion matrices.** Each one counts a method's four outcomes on the 114 test tumours: rows are the truth,
# columns the prediction, so the cancers sit on the bottom row (false negatives left, true positives right).
# Check your counts against the decision tree's matrix.

# %% slideshow={"slide_type": ""}
fig, axes = plt.subplots(1, 5, figsize=(17, 3.9))
for ax, (name, model) in zip(axes, models.items()):
    plotting.plot_confusion(y_test, model.predict(X_test), ax=ax, class_names=("benign", "malignant"), title=name)
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Under-fitting and over-fitting
#
# - **Under-fitting** (*sous-apprentissage*): the model is too simple to capture the pattern. It does badly on the
#   training data *and* on new data.
# - **Over-fitting** (*sur-apprentissage*): the model is so flexible that it learns the noise of its training
#   examples by heart. Excellent on the training data, worse on new data.
# - The right model sits in between, and a **hyper-parameter** often sets where: the number of neighbours `k`,
#   the depth of a tree, the degree of a polynomial (notebook 02), the number of neurons.
#
# Data kept aside is how we see it: over-fitting shows as a **gap** between training scores and scores on
# tumours the model has not seen.
#
# **Choosing a hyper-parameter honestly.** If we tried every `k` and kept the one with the best *test* score,
# the test set would have helped train the model, and its score would be too optimistic. So we cut the training
# set once more: a **validation set** (*ensemble de validation*), here 25 % of the training tumours, chooses `k`;
# the test set plays no part in that choice, and measures the chosen model once, at the end.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Widget: the k of kNN
#
# Two features only (nucleus radius and texture), so that we can draw the **decision regions**: the background
# shows, at every point, the share of malignant tumours among the `k` nearest training tumours (blue = all
# benign, vermillion = all malignant, colour bar on the right); the black line is where it crosses 50 %, the
# decision boundary.
#
# Move `k`: with `k = 1` the regions wrap around single tumours and the training accuracy is 100 %; with a very
# large `k` (most of the 341 training tumours vote) the boundary turns blunt and drifts towards "benign", the
# majority class. Watch the training and validation accuracies on the right.

# %% slideshow={"slide_type": ""}
from sklearn.neighbors import NearestNeighbors

two = ["mean_radius", "mean_texture"]
X2_train = X_train[:, [feature_names.index(f) for f in two]]
X2_test = X_test[:, [feature_names.index(f) for f in two]]
# the 455 training tumours, cut again: 341 to fit, 114 to choose k (validation); the test set plays no part
X2_fit, X2_val, y_fit, y_val = train_test_split(X2_train, y_train, test_size=0.25, stratify=y_train, random_state=5)
m2, s2 = X2_fit.mean(axis=0), X2_fit.std(axis=0)                # z-scores with the fitting tumours' statistics
k_values = np.arange(1, 300, 2)                                  # odd k: no tied votes
print(f"fit: {len(y_fit)} tumours, validation: {len(y_val)}, test (not used to choose k): {len(y_test)}")

# Every k uses the same neighbours, only more of them: look up the 299 nearest fitting tumours once;
# the kNN vote for any k is then the share of malignant among the first k (this keeps the slider fast).
neighbours = NearestNeighbors(n_neighbors=k_values.max()).fit((X2_fit - m2) / s2)


def cumulative_votes(points):
    _, nearest = neighbours.kneighbors((points - m2) / s2)       # (n_points, 299), nearest first
    return np.cumsum(y_fit[nearest], axis=1, dtype=np.int16)     # malignant votes among the first j


def knn_accuracy(votes, labels):
    shares = votes[:, k_values - 1] / k_values                   # (n_points, n_k): the vote for each k
    return np.mean((shares > 0.5) == labels[:, None], axis=0)


curves = {"train_accuracy": knn_accuracy(cumulative_votes(X2_fit), y_fit),
          "val_accuracy": knn_accuracy(cumulative_votes(X2_val), y_val)}
# Self-check: the shortcut gives scikit-learn's scores for a few k
reference = classic.scores_vs_hyperparameter("kNN", "n_neighbors", [1, 15, 101], X2_fit, y_fit, X2_val, y_val)
checks.close(curves["val_accuracy"][[0, 7, 50]], reference["test_accuracy"], tol=0.01,
             name="validation accuracy for k = 1, 15, 101")

# %% slideshow={"slide_type": ""}
import contourpy

fig = widgets.new_figure(figsize=(10.5, 4.2), dpi=80)
ax_map, ax_acc = fig.subplots(1, 2, width_ratios=[1.3, 1])
start = classic.make_classifier("kNN", n_neighbors=15).fit(X2_fit, y_fit)
artists = plotting.plot_decision_boundary(
    start.predict_proba, X2_fit, y_fit, ax=ax_map, class_names=("benign", "malignant"),
    feature_names=("mean nucleus radius (pixels)", "mean texture (s.d. of grey levels)"),
    title="kNN decision regions (fitting tumours)")
artists["image"].set_interpolation("nearest")                       # sharp cells: faster to redraw
fig.colorbar(artists["image"], ax=ax_map, label="share of malignant among the k nearest", shrink=0.9)
xmin, xmax, ymin, ymax = artists["extent"]
res = artists["image"].get_array().shape[0]
gx, gy = np.meshgrid(np.linspace(xmin, xmax, res), np.linspace(ymin, ymax, res))
grid_votes = cumulative_votes(np.column_stack([gx.ravel(), gy.ravel()]))   # (res * res, 299)
boundary, = ax_map.plot([], [], color="black", linewidth=1.5, label="50 % boundary")
ax_map.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), ncol=3)  # below the map, not under the background

ax_acc.plot(k_values, curves["train_accuracy"], label="training (fit) set", color=plotting.OKABE_ITO["black"])
ax_acc.plot(k_values, curves["val_accuracy"], label="validation set", color=plotting.OKABE_ITO["green"])
k_line = ax_acc.axvline(15, color="grey", linestyle="--")
train_dot, = ax_acc.plot([], [], "o", color=plotting.OKABE_ITO["black"])
val_dot, = ax_acc.plot([], [], "o", color=plotting.OKABE_ITO["green"])
ax_acc.set(xlabel="k (number of neighbours)", ylabel="accuracy (share correct)", ylim=(0.55, 1.01),
           title="Training vs validation accuracy")
ax_acc.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), ncol=2)
ax_acc.text(5, 0.57, "← over-fitting", fontsize=10, color="grey")
ax_acc.text(295, 0.57, "under-fitting →", fontsize=10, color="grey", ha="right")


def boundary_line(share):
    """The 50 % line of a grid of shares, as one line with gaps (NaN) between its pieces."""
    pieces = contourpy.contour_generator(gx, gy, share).lines(0.5)
    if not pieces:
        return [], []
    joined = np.concatenate([np.vstack([piece, [np.nan, np.nan]]) for piece in pieces])
    return joined[:, 0], joined[:, 1]


def show_knn(k):
    share = (grid_votes[:, k - 1] / k).reshape(res, res)            # share of malignant among the k nearest
    artists["image"].set_data(share)
    boundary.set_data(*boundary_line(share))
    i = int(np.argmin(np.abs(k_values - k)))                        # k's position on the curves
    train_acc, val_acc = curves["train_accuracy"][i], curves["val_accuracy"][i]
    k_line.set_xdata([k, k])
    train_dot.set_data([k], [train_acc])
    val_dot.set_data([k], [val_acc])
    return (f"k = {k} · training accuracy {i18n.number(train_acc, '.1%')} · "
            f"validation accuracy {i18n.number(val_acc, '.1%')}")


knn_view = widgets.LiveFigure(
    fig, show_knn, main=True,
    # redrawn at each update, in this order: the background, the 50 % line, then the points on top
    dynamic=[artists["image"], boundary, *artists["points"], k_line, train_dot, val_dot],
    k=widgets.slider(15, 1, 299, step=2, integer=True, description="k (number of neighbours)"),
)
knn_view

# %% slideshow={"slide_type": ""}
# Self-check 1: the fast look-up gives the same background as scikit-learn's kNN (k = 15)
grid_15 = plotting.probability_grid(start.predict_proba, X2_fit, resolution=res)[0]
checks.true(np.mean(np.abs(grid_15.ravel() - grid_votes[:, 14] / 15)) < 0.01,
            "the widget's k = 15 background matches scikit-learn's predict_proba")
# Self-check 2: k = 1 memorises the training set: a wider train-validation gap than with k = 15, and a
# validation accuracy more than 2 points below the best k's
gap = curves["train_accuracy"] - curves["val_accuracy"]
checks.true(curves["train_accuracy"][0] > 0.99 and gap[0] > gap[7] + 0.05
            and curves["val_accuracy"][0] < curves["val_accuracy"].max() - 0.02,
            "k = 1 over-fits: perfect training accuracy, a wider gap than k = 15, and a worse validation accuracy")
# Self-check 3: k = 299 under-fits: both accuracies fall well below their best values
checks.true(curves["train_accuracy"][-1] < curves["train_accuracy"][1:].max() - 0.05
            and curves["val_accuracy"][-1] < curves["val_accuracy"].max() - 0.05,
            "k = 299 under-fits: training and validation accuracy both drop")

# %% [markdown] slideshow={"slide_type": "fragment"}
# **What to notice.** Training accuracy is 100 % at `k = 1` (each tumour is its own nearest neighbour) and falls
# as `k` grows. Validation accuracy wobbles on a broad plateau (each step up or down is one tumour of the 114),
# then falls. The gap between the curves at `k = 1` is over-fitting: the jagged regions fit the training tumours,
# not new ones, and validation accuracy drops below the plateau. On the far right both curves sink together to
# the share of benign tumours: under-fitting, the model answers "benign" almost everywhere.
#
# Now the honest procedure: take the `k` with the best validation accuracy, retrain on all 455 training tumours,
# and score it once on the test set, which played no part in choosing `k`.

# %% slideshow={"slide_type": ""}
best_k = int(k_values[np.argmax(curves["val_accuracy"])])   # the first k with the best validation accuracy
plateau = k_values[curves["val_accuracy"] >= curves["val_accuracy"].max() - 0.02]
final_knn = classic.make_classifier("kNN", n_neighbors=best_k).fit(X2_train, y_train)
final_accuracy = np.mean(final_knn.predict(X2_test) == y_test)
baseline_accuracy = np.mean(y_test == 0)                     # always "benign"
print(f"k chosen on validation: {best_k}; within 2 points of its validation accuracy: {len(plateau)} odd values "
      f"of k, between {plateau.min()} and {plateau.max()}")
print(f"test accuracy, measured once: {final_accuracy:.1%} · always-benign baseline: {baseline_accuracy:.1%}")
# Self-check: two features and a k chosen on validation data clearly beat the baseline on the test set
checks.true(final_accuracy > baseline_accuracy + 0.2, "the chosen kNN beats the always-benign baseline on the test set")

# %% [markdown] slideshow={"slide_type": "fragment"}
# The validation set has only 114 tumours, so many values of `k` score about the same: any `k` on the plateau
# (printed above; `k = 1` is not on it) is a fair choice, and another validation split would pick another one.
# With less data, *cross-validation* (rotating the validation part through the training set and averaging) gives
# a steadier choice.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Data as tensors
#
# Learning algorithms only take **numbers**, arranged in arrays called **tensors** (*tenseurs*):
#
# | name | dimensions | example |
# | --- | --- | --- |
# | scalar | 0 | one temperature, 37.2 °C |
# | vector | 1 | one tumour's 30 measurements |
# | matrix | 2 | the whole table: tumours × measurements; a grey image: rows × columns |
# | tensor | 3 or more | a batch of images; a CT volume (slices × rows × columns); patients × time × signals |
#
# The **shape** lists the size along each dimension. Getting shapes right is half of deep-learning programming.

# %% slideshow={"slide_type": ""}
one_tumour = X[0]                     # a table row: vector
print("one tumour:", one_tumour.shape, "   the table:", X.shape)
print("as a PyTorch tensor:", torch.tensor(X, dtype=torch.float32).shape)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **An image** is a matrix of pixel intensities. Here an 8x8 handwritten digit from scikit-learn (grey levels
# 0-16); a chest X-ray is the same idea with 2,000 x 2,000 pixels, a colour photo adds a third dimension of size
# 3 (red, green, blue), a CT scan stacks hundreds of slices.

# %% slideshow={"slide_type": ""}
from sklearn.datasets import load_digits

digits = load_digits()
digit_image = digits.images[0]                 # shape (8, 8)
fig, ax = plt.subplots(figsize=(4, 4))
ax.imshow(digit_image, cmap="gray_r", vmin=0, vmax=16)
for (row, col), value in np.ndenumerate(digit_image):
    ax.text(col, row, int(value), ha="center", va="center", fontsize=8,
            color="white" if value > 8 else "black")
ax.set(xlabel="column (pixel)", ylabel="row (pixel)", title=f"A digit '{digits.target[0]}' is an 8x8 matrix")
ax.grid(False)
plt.show()
print("one image:", digit_image.shape, "   all images:", digits.images.shape)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **A time series** is a vector indexed by time: here a synthetic heart rate recorded once a minute for an hour.
# A batch of patients with two signals (heart rate and oxygen saturation) becomes a 3-D tensor
# (patients × minutes × signals).

# %% slideshow={"slide_type": ""}
rng = np.random.default_rng(0)
minutes = np.arange(60)
n_patients = 16
heart_rate = 72 + 6 * np.sin(2 * np.pi * minutes / 60) + rng.normal(0, 2, size=(n_patients, 60))  # beats/min
spo2 = np.clip(97 + rng.normal(0, 0.8, size=(n_patients, 60)), 90, 100)                            # %
vitals = np.stack([heart_rate, spo2], axis=-1)           # (patients, minutes, signals)

fig, ax = plt.subplots(figsize=(8, 3))
ax.plot(minutes, heart_rate[0], marker=".", color=plotting.OKABE_ITO["black"])
ax.set(xlabel="time (minutes)", ylabel="heart rate (beats/min)", title="A time series: one patient's heart rate")
plt.show()
print("one patient's heart rate:", heart_rate[0].shape, "   batch with two signals:", vitals.shape)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **A sound** is a time series too, sampled very fast. A digital stethoscope measures the sound pressure
# thousands of times per second (2,000 for the heart sounds of the PhysioNet 2016 challenge): 3 seconds make a
# vector of 6,000 numbers, the **waveform**. Below, a synthetic heart sound at 72 beats/min: each beat has a
# low-pitched S1 (closure of the mitral and tricuspid valves), a slightly higher S2 (closure of the aortic and
# pulmonary valves), and between them a **systolic murmur**: a rushing, higher-pitched noise, like the one
# turbulent blood makes through a narrowed aortic valve (aortic stenosis).
#
# A **spectrogram** cuts the sound into short overlapping windows (64 ms) and measures how strong each pitch
# (frequency, in hertz = vibrations per second) is in each window. The result is a matrix, frequencies × time:
# an *image* of the sound, which image networks (notebook 07) can read.

# %% slideshow={"slide_type": ""}
rate = 2000                                          # samples per second
t = np.arange(0, 3, 1 / rate)                        # 3 s → 6,000 sampling times
rng = np.random.default_rng(1)


def vibration(centre, width, frequency):
    """A short vibration: a sine wave of `frequency` Hz under a bell-shaped envelope centred at `centre` s."""
    return np.exp(-0.5 * ((t - centre) / width) ** 2) * np.sin(2 * np.pi * frequency * (t - centre))


noise_spectrum = np.fft.rfft(rng.normal(size=t.size))  # white noise, kept between 150 and 450 Hz: the hiss
noise_frequencies = np.fft.rfftfreq(t.size, 1 / rate)
hiss = np.fft.irfft(noise_spectrum * ((noise_frequencies > 150) & (noise_frequencies < 450)), n=t.size)
hiss /= hiss.std()
heart_sound = 0.02 * rng.normal(size=t.size)         # background noise
for beat_start in np.arange(0.1, 3, 60 / 72):        # one cardiac cycle every 60/72 = 0.83 s
    heart_sound += vibration(beat_start, 0.02, 45) + 0.7 * vibration(beat_start + 0.32, 0.015, 70)   # S1, S2
    phase = (t - beat_start - 0.06) / 0.2            # 0 → 1 across systole, between S1 and S2
    heart_sound += 0.25 * hiss * np.clip(1 - np.abs(2 * phase - 1), 0, None)   # murmur: rises, then falls

window, hop = 128, 32                                # 128 samples = 64 ms; a new window every 16 ms
frames = np.lib.stride_tricks.sliding_window_view(heart_sound, window)[::hop] * np.hanning(window)
spectrogram = 10 * np.log10(np.abs(np.fft.rfft(frames, axis=1)).T ** 2 + 1e-6)   # (frequencies, windows), dB
frequencies = np.fft.rfftfreq(window, 1 / rate)      # 0 to 1,000 Hz
window_times = (np.arange(len(frames)) * hop + window / 2) / rate

fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(10, 5.8), sharex=True)
ax1.plot(t, heart_sound, color="black", linewidth=0.8)
ax1.set(ylabel="sound pressure\n(arbitrary units)", title="Waveform: a vector of 6,000 numbers")
power_map = ax2.pcolormesh(window_times, frequencies, spectrogram, cmap="viridis", shading="auto",
                           vmin=spectrogram.max() - 50, vmax=spectrogram.max())
for x, y_text, name in [(0.93, 120, "S1"), (1.25, 140, "S2"), (1.09, 470, "murmur")]:
    ax2.text(x, y_text, name, color="white", ha="center", fontsize=11, fontweight="bold")
ax2.set(ylim=(0, 600), xlabel="time (s)", ylabel="frequency (Hz)", title="Spectrogram: an image of the sound")
ax2.grid(False)
fig.colorbar(power_map, ax=[ax1, ax2], label="spectrogram power (dB)", shrink=0.5, anchor=(0.0, 0.0))
plt.show()
print("waveform:", heart_sound.shape, "   spectrogram (frequencies × windows):", spectrogram.shape)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Text** is cut into *tokens* (here, words), each token gets an index in a **vocabulary**, and each index
# becomes a **one-hot** vector: all zeros except a 1 at that index. A sentence becomes a matrix
# (words × vocabulary size).

# %% slideshow={"slide_type": ""}
vocabulary = ["chest", "fever", "no", "pain", "patient", "reports", "severe"]
sentence = "patient reports severe chest pain".split()
indices = [vocabulary.index(word) for word in sentence]
one_hot = np.eye(len(vocabulary))[indices]                 # row i = one-hot vector of word i
pd.DataFrame(one_hot.astype(int), index=sentence, columns=vocabulary)

# %% slideshow={"slide_type": ""}
classic.shape_table(temperature=np.array(37.2), one_tumour=one_tumour, table=X, digit=digit_image,
                    digits=digits.images, vitals=vitals, heart_sound=heart_sound, spectrogram=spectrogram,
                    sentence=one_hot)

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 3: one-hot encode a sentence
#
# Encode the three-word note `"no chest pain"` with the same `vocabulary`. Store the matrix in `note_one_hot`
# (shape: 3 words × 7 vocabulary entries).

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
note_one_hot = ____  # replace ____ with your code
### BEGIN SOLUTION
note_indices = [vocabulary.index(word) for word in "no chest pain".split()]
note_one_hot = np.eye(len(vocabulary))[note_indices]
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_3_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_3.check()
# exercise_3.hint()      # a nudge; run it again for the next step
# exercise_3.solution()  # a worked solution


# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. Data quality: garbage in, garbage out
#
# A model only knows its training data. Three classic traps:
#
# - **Noise**: wrong labels or measurement errors. If some cancers were recorded as benign, the model learns
#   to miss them.
# - **Coverage**: the data must cover the cases we care about. A model trained on very few cancers, on adults
#   only, or on one scanner model, has not seen the rest of the world.
# - **Bias and shortcuts**: a detail that happens to go with the label. In a well-known experiment, a classifier
#   trained on photos where every wolf stood in snow told wolves from huskies by looking for **snow** (Ribeiro
#   et al., 2016). In medicine, chest X-ray models learned to recognise the *hospital* an image came from (its
#   markers and scanners), a clue that went with pneumonia in their data, and did worse in other hospitals (Zech
#   et al., 2018); a melanoma classifier gave higher melanoma scores to benign moles circled with a surgical
#   **pen** (Winkler et al., 2019).

# %% [markdown] slideshow={"slide_type": "subslide"}
# We damage the training data on purpose, train the same logistic regression each time, and test it on the
# same clean test set:
#
# 1. **clean**: the original data;
# 2. **noisy labels**: 30 % of the training cancers recorded as benign (missed diagnoses);
# 3. **poor coverage**: only 10 % of the training cancers kept;
# 4. **shortcut**: a made-up column "sent by the cancer centre" that agrees with the diagnosis for 98 % of the
#    training tumours. Tested twice: in the *same* centres (the column still agrees 98 % of the time), and in a
#    *new* hospital where it carries no information (agrees by chance).
#
# Which labels are flipped and which cancers are kept is random, so we repeat each damage with 3 seeds and show
# the average and the range.

# %% slideshow={"slide_type": ""}
def train_logistic(X_fit, y_fit):
    return classic.make_classifier("logistic regression").fit(X_fit, y_fit)


clean_model = train_logistic(X_train, y_train)
cancers = np.flatnonzero(y_train == 1)
print(f"poor coverage: the model sees {len(cancers) // 10} of the {len(cancers)} training cancers")


def damaged_predictions(seed):
    """Test-set predictions of the same model trained on clean and on damaged data (one random draw)."""
    rng = np.random.default_rng(seed)
    # 2. noisy labels: 30 % of training cancers flipped to benign
    y_noisy = classic.flip_labels(y_train, 0.3, seed=seed, from_class=1)
    # 3. poor coverage: keep all benign tumours but only 10 % of the cancers
    keep = np.concatenate([np.flatnonzero(y_train == 0), rng.choice(cancers, size=len(cancers) // 10, replace=False)])
    # 4. shortcut column, added to the 30 real features
    short_train = classic.add_shortcut(y_train, agreement=0.98, seed=seed)
    short_same = classic.add_shortcut(y_test, agreement=0.98, seed=seed + 100)   # same centres: still informative
    short_new = rng.integers(0, 2, size=len(y_test))                             # new hospital: pure chance
    shortcut_model = train_logistic(np.column_stack([X_train, short_train]), y_train)
    return {
        "1. clean": (y_test, clean_model.predict(X_test)),
        "2. noisy labels (30 % of cancers missed)": (y_test, train_logistic(X_train, y_noisy).predict(X_test)),
        "3. poor coverage (10 % of cancers kept)": (y_test,
                                                    train_logistic(X_train[keep], y_train[keep]).predict(X_test)),
        "4a. shortcut, same centres": (y_test, shortcut_model.predict(np.column_stack([X_test, short_same]))),
        "4b. shortcut, new hospital": (y_test, shortcut_model.predict(np.column_stack([X_test, short_new]))),
    }


damage_seeds = range(3)
per_seed = pd.concat([metrics.metrics_table(damaged_predictions(seed)) for seed in damage_seeds])
quality = per_seed.groupby(level=0, sort=False).agg(["mean", "min", "max"])
# shown as "average (lowest-highest)" over the seeds
pd.DataFrame({column: [f"{average:.2f} ({low:.2f}-{high:.2f})" for average, low, high in quality[column].to_numpy()]
              for column in ("accuracy", "sensitivity", "specificity")}, index=quality.index)

# %% slideshow={"slide_type": ""}
fig, ax = plt.subplots(figsize=(10, 4.8))
positions = np.arange(len(quality))
for offset, column, colour, meaning in [(-0.2, "sensitivity", plotting.POSITIVE_COLOR, "cancers caught"),
                                        (0.2, "specificity", plotting.NEGATIVE_COLOR, "benign tumours cleared")]:
    average, low, high = (quality[column][stat].to_numpy() for stat in ("mean", "min", "max"))
    ax.barh(positions + offset, average, height=0.38, color=colour, label=f"{column} ({meaning})",
            xerr=np.clip([average - low, high - average], 0, None), error_kw={"ecolor": "black", "capsize": 3, "linewidth": 1})
ax.set_yticks(positions, quality.index)
ax.invert_yaxis()
ax.set(xlabel=f"share classified correctly (0-1): bar = mean, whisker = range over {len(damage_seeds)} seeds",
       xlim=(0, 1.05), title="Same model, damaged training data")
ax.legend(loc="upper center", bbox_to_anchor=(0.4, -0.2), ncol=2)
plt.show()

# %% slideshow={"slide_type": ""}
# Self-checks: each kind of damage costs what the text says, for every seed (worst case: the highest score)
clean = quality.loc["1. clean"]
sens, spec, acc = quality["sensitivity"], quality["specificity"], quality["accuracy"]
checks.true(sens.loc["2. noisy labels (30 % of cancers missed)", "max"] < clean["sensitivity", "mean"] - 0.2,
            "noisy labels: the model misses many more cancers, for every seed")
checks.true(sens.loc["3. poor coverage (10 % of cancers kept)", "max"] < clean["sensitivity", "mean"] - 0.05,
            "poor coverage: sensitivity drops, for every seed")
checks.true((spec.loc[["2. noisy labels (30 % of cancers missed)", "3. poor coverage (10 % of cancers kept)"], "min"]
             >= clean["specificity", "mean"] - 0.01).all(),
            "noisy labels and poor coverage do not lower specificity")
checks.true(acc.loc["4b. shortcut, new hospital", "max"] < acc.loc["4a. shortcut, same centres", "min"] - 0.04
            and acc.loc["4b. shortcut, new hospital", "mean"] < clean["accuracy", "mean"] - 0.04,
            "the shortcut model looks excellent at home and loses accuracy in a new hospital, for every seed")
checks.true(acc.loc["4a. shortcut, same centres", "mean"] > clean["accuracy", "mean"]
            and sens.loc["4b. shortcut, new hospital", "mean"] < clean["sensitivity", "mean"]
            and spec.loc["4b. shortcut, new hospital", "mean"] < clean["specificity", "mean"],
            "at home the shortcut model beats the clean one; in the new hospital it is worse on both classes")

# %% [markdown] slideshow={"slide_type": "fragment"}
# **What to notice.** Noisy labels and poor coverage cost sensitivity and do not lower specificity (it even rises
# a little: the model says "malignant" less often): they hurt the *cancers*, the rare and important class. The
# shortcut model looks better than the clean one at home, which is exactly why shortcuts go unnoticed until
# deployment; in the new hospital it does worse than the clean model, on average on cancers and benign tumours
# alike. That hospital breaks the i.i.d. assumption of section 2: the shortcut column no longer behaves as in
# training. Defences: look at the data, test on data from another site or period (*external validation*), and ask
# clinicians which details could give the answer away.
#
# Health data add their own difficulties: they are **confidential** (consent, de-identification, data kept on
# secure servers), often **incomplete** (missing values) and **noisy** (transcription errors, devices that
# disagree).

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Synthetic data: widening coverage on purpose
#
# When real data cannot cover every scanner, protocol or anatomy, one answer is to *make* training data. A
# recent data engine for 3-D medical images (Dey et al., 2024) takes organ outlines from a public CT data set
# (TotalSegmentator) as **shape templates**, samples a few at random, **composes** them into one scene, **deforms**
# them, and paints each with a random intensity and texture. The label of every voxel (3-D pixel) is known for
# free, and the images are deliberately stranger than any real scanner's, so that a network trained on them has
# to rely on shapes rather than on one scanner's grey levels. Below, the same recipe in 2-D with four hand-made
# templates; notebook 09 uses randomised synthetic CT slices to repair a model that fails on scans without
# contrast.

# %% slideshow={"slide_type": ""}
from matplotlib.colors import ListedColormap
from scipy import ndimage

size = 64
yy, xx = np.mgrid[0:size, 0:size] / size * 2 - 1      # pixel coordinates from -1 to 1
templates = {                                         # binary shape templates (True inside the shape)
    "round organ": xx ** 2 + yy ** 2 < 0.5 ** 2,
    "long organ": (xx / 0.7) ** 2 + (yy / 0.3) ** 2 < 1,
    "bean (kidney-like)": ((xx / 0.45) ** 2 + (yy / 0.6) ** 2 < 1) & ((xx - 0.45) ** 2 + yy ** 2 > 0.25 ** 2),
    "tube (vessel-like)": (np.abs(yy - 0.3 * np.sin(3 * xx)) < 0.12) & (np.abs(xx) < 0.85),
}


def synthetic_example(seed, n_shapes=4):
    """One synthetic image and its label map (0 = background, 1..n_shapes = the shapes)."""
    rng = np.random.default_rng(seed)
    labels = np.zeros((size, size), dtype=int)
    for label, name in enumerate(rng.choice(list(templates), n_shapes), start=1):   # 1. sample, 2. compose
        shape = ndimage.zoom(templates[name].astype(float), rng.uniform(0.3, 0.6), order=0)
        shape = ndimage.rotate(shape, rng.uniform(0, 360), order=0) > 0.5
        top, left = rng.integers(0, size - shape.shape[0] + 1), rng.integers(0, size - shape.shape[1] + 1)
        labels[top:top + shape.shape[0], left:left + shape.shape[1]][shape] = label
    shift = [60 * ndimage.gaussian_filter(rng.normal(size=(size, size)), 8) for _ in range(2)]   # 3. deform:
    rows, cols = np.mgrid[0:size, 0:size]                                                    # a smooth random
    labels = ndimage.map_coordinates(labels, [rows + shift[0], cols + shift[1]], order=0, mode="nearest")  # shift
    grey = rng.permutation(np.linspace(0, 1, n_shapes + 1)) + rng.uniform(-0.08, 0.08, n_shapes + 1)   # 4. paint
    image = grey[labels] + 2 * ndimage.gaussian_filter(rng.normal(size=(size, size)), 12)     # uneven shading
    return ndimage.gaussian_filter(image, 0.7) + rng.normal(0, 0.05, size=(size, size)), labels


examples = [synthetic_example(seed) for seed in range(4)]
label_colours = ListedColormap(["white"] + [plotting.OKABE_ITO[c] for c in ("orange", "sky", "green", "purple")])
fig, axes = plt.subplots(2, 4, figsize=(11, 5.6))
for j, (synthetic_image, label_map) in enumerate(examples):
    shown = axes[0, j].imshow(synthetic_image, cmap="gray", vmin=-0.2, vmax=1.2)
    painted = axes[1, j].imshow(label_map, cmap=label_colours, vmin=-0.5, vmax=4.5, interpolation="nearest")
    axes[0, j].set_title(f"example {j + 1}")
    for ax in axes[:, j]:
        ax.set(xticks=[], yticks=[])
        ax.grid(False)
axes[0, 0].set_ylabel("image")
axes[1, 0].set_ylabel("label map (free)")
fig.colorbar(shown, ax=axes[0, :], label="intensity (arbitrary units)", shrink=0.8)
legend = fig.colorbar(painted, ax=axes[1, :], ticks=range(5), label="label", shrink=0.8)
legend.set_ticklabels(["background", "shape 1", "shape 2", "shape 3", "shape 4"])
fig.suptitle("Random synthesis: shape templates sampled, composed, deformed and painted", fontweight="bold")
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# Synthetic data widen coverage; they do not replace real patients. A model trained on them must still be tested
# on real, external data before anyone trusts it.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Wrap-up
#
# **Key takeaways**
# - AI ⊃ machine learning ⊃ deep learning. Symbolic AI follows rules written by people; connectionist AI (ML, DL)
#   learns them from data. The perceptron dates from 1957-58; after two AI winters (about 1974-1980 and
#   1987-1993), data, GPUs and software made deep networks win from 2012.
# - Vocabulary: samples (rows), features (inputs), label (answer), model with parameters (learned) and
#   hyper-parameters (chosen); a training set, a validation set to choose hyper-parameters, and a test set of
#   20-30 % that only measures: it trains nothing and chooses nothing.
# - The risk is a model's average loss over the whole population. A test set estimates it, give or take a few
#   points, only if its patients are drawn like the future ones (i.i.d.); a new case mix or device breaks that.
# - Supervised learning predicts a category (classification) or a quantity (regression) from labelled examples;
#   unsupervised learning (k-means) finds structure without labels.
# - Classic methods (kNN, naive Bayes, trees, SVM, logistic regression) are strong on small tables. Compare them
#   with a baseline, with sensitivity and specificity, and over several splits: small differences are noise.
# - Over-fitting shows as a gap between training and validation scores; a hyper-parameter (k, depth, degree) sets
#   the balance. Tables, images, series, sounds and text all become tensors, and bad data (noise, poor coverage,
#   shortcuts) make bad models.

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Self-test**
# 1. A colleague reports 99 % accuracy of a model on the data it was trained on. What do you ask?
# 2. Is predicting the length of hospital stay (in days) classification or regression?
# 3. In kNN, is `k` a parameter or a hyper-parameter? What happens with `k = 1`, and how do you choose `k`?
# 4. A skin-lesion classifier was trained on images from one hospital where every malignant lesion was
#    photographed next to a ruler. What could go wrong elsewhere?
# 5. What is the shape of a batch of 32 colour photos of 224 x 224 pixels? Of 10 s of heart sound recorded at
#    2,000 samples per second?
# 6. A model's error rate was 5 % on a test set from a breast-cancer referral centre. Will it make 5 % errors in a
#    screening programme?
#
# <details><summary>Answers</summary>
#
# 1. Its score on a held-out **test** set (never seen in training), next to a simple baseline, and
#    sensitivity/specificity: a training score says nothing about new patients (it may be over-fitting).
# 2. Regression: the answer is a quantity.
# 3. A hyper-parameter (chosen, not learned). With `k = 1` the model copies the label of the single closest
#    training example: 100 % training accuracy, over-fitting. Choose `k` on a validation set (or by
#    cross-validation), never on the test set.
# 4. The model may have learned "ruler = malignant" (a shortcut). Where rulers are used differently it will miss
#    melanomas or raise false alarms. Test it on external data.
# 5. (32, 224, 224, 3), or (32, 3, 224, 224) in PyTorch's channels-first convention; a vector of
#    10 x 2,000 = 20,000 numbers, shape (20000,).
# 6. Not necessarily: the screening population is not drawn like the referral centre's (fewer cancers, smaller
#    lumps), so the i.i.d. assumption fails and the test estimate does not carry over. Measure it there.
# </details>
#
# **Next:** [02 · Linear regression](02_linear_regression.ipynb): the simplest model that learns, a straight line
# fitted by minimising the squared error.
