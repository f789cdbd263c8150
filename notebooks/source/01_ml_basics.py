# %% [markdown] slideshow={"slide_type": "slide"}
# # 01 · Machine-learning basics
#
# > What learning from data means: vocabulary, train/test split, k-means, a tour of classic classifiers, data as tensors and data quality.
#
# **Estimated time:** 75 min · **Prerequisites:** 00
#
# A pathologist who looks at thousands of biopsies learns to tell benign from malignant cells without ever writing down a rule. *Machine learning* does the same with numbers: it learns the rule from examples. Before trusting such a tool you need its vocabulary, and you need to know how it is tested and how bad data fools it.
#
# **By the end of this notebook you will be able to:**
# - place artificial intelligence, machine learning and deep learning, symbolic and connectionist AI, on one map and one timeline
# - name the parts of a learning problem (samples, features, label, model, parameters, hyper-parameters) and split data into training and test sets
# - tell supervised from unsupervised learning and classification from regression, and run k-means
# - compare kNN, naive Bayes, a decision tree, an SVM and logistic regression with sensitivity and specificity, and recognise under- and over-fitting
# - describe tables, images, time series and text as tensors, and spot data-quality traps
#
# *For learning only: nothing in this course is a medical device or fit for clinical decisions.*

# %% slideshow={"slide_type": "skip"}
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import torch

import course_utils
from course_utils import checks, classic, datasets, metrics, plotting, widgets
from course_utils.exercises import ____
from course_utils.exercises.ml_basics import exercise_1, exercise_2, exercise_3

course_utils.setup()

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
#   (MYCIN proposed antibiotics for blood infections from about 600 rules) belong here. The reasoning can be
#   read, checked and proven, but someone must know and write every rule.
# - **Connectionist AI** (*IA connexionniste*): the program *learns* its behaviour from data, by adjusting many
#   numbers (connection weights, hence the name). Machine learning and deep learning belong here. It handles
#   tasks nobody can write rules for, but its reasoning is hard to read or prove.

# %% [markdown] slideshow={"slide_type": "subslide"}
# The course's blood-count **alert** is a symbolic rule: "raise an alert if any value is outside its
# reference range". Here it is applied to the patient of the original slides: 3.1 x10<sup>6</sup> red cells/mm³,
# 5.3 x10<sup>3</sup> white cells/mm³, a man (haemoglobin 9.5 g/dL added for the example).

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
# | 1957 | Rosenblatt's **perceptron**: a machine that learns its weights from examples (notebook 03) |
# | 1969 | Minsky and Papert show that one perceptron cannot learn **XOR** ("either A or B, not both"): funding dries up, the first **AI winter** |
# | 1986 | **Backpropagation** (Rumelhart, Hinton, Williams) trains networks with hidden layers (notebook 05) |
# | 1990s-2000s | networks work in theory, but data are scarce and computers slow: SVMs and trees dominate |
# | 1997 / 2011 | IBM's Deep Blue beats Kasparov at chess; IBM Watson wins the quiz show *Jeopardy!* |
# | 2012 | **AlexNet**, a deep convolutional network trained on two gaming GPUs, wins the ImageNet image contest: top-5 error 15 % versus 26 % for the runner-up |
# | 2016 | AlphaGo beats the Go champion Lee Sedol |

# %% slideshow={"slide_type": ""}
events = [  # (year, label, label above (+1) or below (-1) the line, text alignment)
    (1943, "formal neuron", 1, "center"), (1957, "perceptron", -1, "center"), (1969, "XOR limit", 1, "center"),
    (1986, "backpropagation", -1, "center"), (1997, "Deep Blue (chess)", 1, "center"),
    (2011, "Watson (Jeopardy!)", -1, "right"), (2012, "AlexNet (ImageNet)", 1, "center"),
    (2016, "AlphaGo", -1, "left"),
]
fig, ax = plt.subplots(figsize=(10, 3.6))
ax.axvspan(1969, 1986, color=plotting.OKABE_ITO["sky"], alpha=0.25, label="AI winter: few results, little funding")
ax.axvspan(1995, 2006, color=plotting.OKABE_ITO["sky"], alpha=0.12, label="neural networks out of fashion")
ax.axhline(0, color="black", linewidth=1)
for year, label, height, align in events:
    ax.plot([year, year], [0, height * 0.8], color="grey", linewidth=1)
    ax.plot(year, 0, "o", color=plotting.OKABE_ITO["vermillion"])
    ax.text(year, height * 0.85, f"{year}\n{label}" if height > 0 else f"{label}\n{year}",
            ha=align, va="bottom" if height > 0 else "top", fontsize=9)
ax.set(xlim=(1935, 2026), ylim=(-2.1, 2.1), xlabel="year", yticks=[],
       title="Milestones of AI and neural networks")
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=2, fontsize=9)
ax.grid(False)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Why now?
#
# Neural networks are 70 years old. Three things changed after 2010:
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
# know how it will do on *new* patients we put part of the data aside, usually **20 to 30 %**, and look at it only
# at the very end.
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
# 4. repeat 2-3 until nothing changes.
#
# Distances only make sense if the features have comparable scales, so we first convert each one to a
# **z-score**: (value − mean) / standard deviation. The number of groups `k` is a hyper-parameter (we take 4), and
# a grouping's tightness is measured by its **inertia**: the sum of squared distances from each patient to the
# centre of its group (smaller = tighter).

# %% slideshow={"slide_type": ""}
blood = datasets.load_blood_counts()
counts_raw = blood[["red_cells", "white_cells"]].to_numpy()       # (1000, 2), no labels used
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
centres_units = centres * counts_raw.std(axis=0) + counts_raw.mean(axis=0)  # back to x10^n/mm³
cluster_colours = [plotting.OKABE_ITO[c] for c in ("green", "orange", "sky", "purple")]
fig, ax = plt.subplots(figsize=(7.5, 4.6))
for j in range(4):
    members = counts_raw[groups == j]
    ax.scatter(members[:, 0], members[:, 1], s=10, alpha=0.6, color=cluster_colours[j],
               label=f"group {j} ({len(members)} patients)")
ax.scatter(centres_units[:, 0], centres_units[:, 1], marker="X", s=160, color="black", label="group centres")
ax.add_patch(plt.Rectangle((4.0, 4.0), 5.9 - 4.0, 10.0 - 4.0, fill=False, linestyle="--", edgecolor="black",
                           linewidth=1.2, label="reference ranges (both sexes)"))
ax.set(xlabel="red cells (x10$^6$/mm³)", ylabel="white cells (x10$^3$/mm³)",
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

# %% [markdown] slideshow={"slide_type": "fragment"}
# Two groups contain only alerts (very high white cells: leukocytosis; very low red cells: anaemia). The
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
#   then apply Bayes' rule to get the probability of each class. "Naive" because it pretends the features are
#   independent of one another within a class.

# %% [markdown] slideshow={"slide_type": "fragment"}
# - **Decision tree** (*arbre de décision*): a sequence of yes/no questions on one feature at a time
#   ("worst radius > 16.8 pixels?"), like a clinical algorithm; its depth is a hyper-parameter.
# - **Support vector machine (SVM)** (*séparateur à vaste marge*): the boundary that leaves the widest possible
#   margin between the classes; a *kernel* lets the boundary curve.
# - **Logistic regression** (*régression logistique*): a weighted sum of the features turned into a
#   probability by an S-shaped curve, the sigmoid. Despite its name it classifies; it is a single artificial
#   neuron, the star of notebook 03.
#
# kNN, SVM and logistic regression compare numbers across features, so their features are standardised first
# (z-scores computed on the *training* set only).

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
# `classic.fit_classifiers` trains each method with default hyper-parameters; `classic.score_table` reports the
# accuracy on the training and test sets, and, on the test set, the **sensitivity** (share of cancers caught)
# and **specificity** (share of benign tumours correctly left alone).

# %% slideshow={"slide_type": ""}
models = classic.fit_classifiers(X_train, y_train)
scores = classic.score_table(models, X_train, y_train, X_test, y_test)
scores

# %% slideshow={"slide_type": ""}
# Self-check: on this well-studied set every method is good, and the best catch at least 90 % of cancers
checks.true((scores["test accuracy"] > 0.88).all(), "every classic method exceeds 88 % test accuracy")
checks.between(scores["sensitivity"].max(), 0.9, 1.0, name="best sensitivity")

# %% slideshow={"slide_type": ""}
fig, axes = plt.subplots(1, 5, figsize=(17, 3.9))
for ax, (name, model) in zip(axes, models.items()):
    plotting.plot_confusion(y_test, model.predict(X_test), ax=ax, class_names=("benign", "malignant"), title=name)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Reading the table like a clinician.** Accuracy counts every error the same. But a *false negative* (a
# cancer called benign) delays treatment, while a *false positive* (a benign lump called malignant) costs an
# extra biopsy and worry. Two models with the same accuracy can differ in which mistakes they make: always look
# at sensitivity and specificity, and at the confusion matrix.
#
# With 114 test tumours (42 cancers), one more missed cancer moves sensitivity by about 2 points: small
# differences between these methods are noise.

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
# The held-out test set is how we see it: over-fitting shows as a **gap** between training and test scores.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Widget: the k of kNN
#
# Two features only (nucleus radius and texture), so that we can draw the **decision regions**: the background
# shows, at every point, the share of malignant tumours among the `k` nearest training tumours (blue = all
# benign, vermillion = all malignant; the boundary is where it crosses 50 %).
#
# Move `k`: with `k = 1` the regions wrap around single tumours and the training accuracy is 100 %; with a very
# large `k` (hundreds of the 455 training tumours vote) the boundary turns blunt and drifts towards "benign", the
# majority class. Watch the train and test accuracies on the right.

# %% slideshow={"slide_type": ""}
from sklearn.neighbors import NearestNeighbors

two = ["mean_radius", "mean_texture"]
X2_train = X_train[:, [feature_names.index(f) for f in two]]
X2_test = X_test[:, [feature_names.index(f) for f in two]]
m2, s2 = X2_train.mean(axis=0), X2_train.std(axis=0)            # z-scores with training statistics
k_values = np.arange(1, 300, 2)                                  # odd k: no tied votes

# Every k uses the same neighbours, only more of them: look up the 299 nearest training tumours once;
# the kNN vote for any k is then the share of malignant among the first k (this keeps the slider fast).
neighbours = NearestNeighbors(n_neighbors=k_values.max()).fit((X2_train - m2) / s2)


def cumulative_votes(points):
    _, nearest = neighbours.kneighbors((points - m2) / s2)       # (n_points, 299), nearest first
    return np.cumsum(y_train[nearest], axis=1, dtype=np.int16)   # malignant votes among the first j


def knn_accuracy(votes, labels):
    shares = votes[:, k_values - 1] / k_values                   # (n_points, n_k): the vote for each k
    return np.mean((shares > 0.5) == labels[:, None], axis=0)


curves = {"train_accuracy": knn_accuracy(cumulative_votes(X2_train), y_train),
          "test_accuracy": knn_accuracy(cumulative_votes(X2_test), y_test)}
# Self-check: the shortcut gives scikit-learn's scores for a few k
reference = classic.scores_vs_hyperparameter("kNN", "n_neighbors", [1, 15, 101], X2_train, y_train, X2_test, y_test)
checks.close(curves["test_accuracy"][[0, 7, 50]], reference["test_accuracy"], tol=0.01,
             name="test accuracy for k = 1, 15, 101")

# %% slideshow={"slide_type": ""}
fig = widgets.new_figure(figsize=(10, 3.9), dpi=80)
ax_map, ax_acc = fig.subplots(1, 2, width_ratios=[1.25, 1])
start = classic.make_classifier("kNN", n_neighbors=15).fit(X2_train, y_train)
artists = plotting.plot_decision_boundary(
    start.predict_proba, X2_train, y_train, ax=ax_map, class_names=("benign", "malignant"),
    feature_names=("mean nucleus radius (pixels)", "mean texture (s.d. of grey levels)"),
    title="kNN decision regions (training tumours)")
artists["image"].set_interpolation("nearest")                       # sharp cells: faster to redraw
ax_map.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), ncol=2)  # below the map, not under the background
xmin, xmax, ymin, ymax = artists["extent"]
res = artists["image"].get_array().shape[0]
gx, gy = np.meshgrid(np.linspace(xmin, xmax, res), np.linspace(ymin, ymax, res))
grid_votes = cumulative_votes(np.column_stack([gx.ravel(), gy.ravel()]))   # (res * res, 299)

ax_acc.plot(k_values, curves["train_accuracy"], label="training set", color=plotting.OKABE_ITO["black"])
ax_acc.plot(k_values, curves["test_accuracy"], label="test set", color=plotting.OKABE_ITO["green"])
k_line = ax_acc.axvline(15, color="grey", linestyle="--")
train_dot, = ax_acc.plot([], [], "o", color=plotting.OKABE_ITO["black"])
test_dot, = ax_acc.plot([], [], "o", color=plotting.OKABE_ITO["green"])
ax_acc.set(xlabel="k (number of neighbours)", ylabel="accuracy (share correct)", ylim=(0.75, 1.01),
           title="Train vs test accuracy")
ax_acc.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), ncol=2)
ax_acc.text(5, 0.76, "← over-fitting", fontsize=9, color="grey")
ax_acc.text(295, 0.76, "under-fitting →", fontsize=9, color="grey", ha="right")


def show_knn(k):
    share = grid_votes[:, k - 1] / k                                # share of malignant among the k nearest
    artists["image"].set_data(share.reshape(res, res))
    i = int(np.argmin(np.abs(k_values - k)))                        # k's position on the curves
    train_acc, test_acc = curves["train_accuracy"][i], curves["test_accuracy"][i]
    k_line.set_xdata([k, k])
    train_dot.set_data([k], [train_acc])
    test_dot.set_data([k], [test_acc])
    return f"k = {k} · training accuracy {train_acc:.1%} · test accuracy {test_acc:.1%}"


knn_view = widgets.LiveFigure(
    fig, show_knn, main=True,
    # redrawn at each update, in this order: the background, then the points on top of it
    dynamic=[artists["image"], *artists["points"], k_line, train_dot, test_dot],
    k=widgets.slider(15, 1, 299, step=2, integer=True, description="k (number of neighbours)"),
)
knn_view

# %% slideshow={"slide_type": ""}
# Self-check 1: the fast look-up gives the same background as scikit-learn's kNN (k = 15)
grid_15 = plotting.probability_grid(start.predict_proba, X2_train, resolution=res)[0]
checks.true(np.mean(np.abs(grid_15.ravel() - grid_votes[:, 14] / 15)) < 0.01,
            "the widget's k = 15 background matches scikit-learn's predict_proba")
# Self-check 2: k = 1 memorises the training set; its train-test gap is larger than with k = 15
gap = curves["train_accuracy"] - curves["test_accuracy"]
checks.true(curves["train_accuracy"][0] > 0.99 and gap[0] > gap[7] + 0.05,
            "k = 1 over-fits: near-perfect training accuracy and a wider train-test gap than k = 15")
# Self-check 3: k = 299 under-fits: both accuracies fall well below their best values
checks.true(curves["train_accuracy"][-1] < curves["train_accuracy"][1:].max() - 0.05
            and curves["test_accuracy"][-1] < curves["test_accuracy"].max() - 0.05,
            "k = 299 under-fits: training and test accuracy both drop")

# %% [markdown] slideshow={"slide_type": "fragment"}
# **What to notice.** Training accuracy is highest at `k = 1` (each tumour is its own nearest neighbour) and
# falls as `k` grows; test accuracy first rises, peaks for `k` of a few dozen, then falls. The gap between the
# curves is over-fitting on the left; on the far right both curves sink together: under-fitting.
#
# **A trap.** Choosing `k` by looking at the *test* curve uses the test set for training decisions: its score is
# then optimistic. In practice we carve a third set, the **validation set** (or use *cross-validation*), to
# choose hyper-parameters, and keep the test set for the final, once-only measurement.

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
image = digits.images[0]                       # shape (8, 8)
fig, ax = plt.subplots(figsize=(4, 4))
ax.imshow(image, cmap="gray_r", vmin=0, vmax=16)
for (row, col), value in np.ndenumerate(image):
    ax.text(col, row, int(value), ha="center", va="center", fontsize=8,
            color="white" if value > 8 else "black")
ax.set(xlabel="column (pixel)", ylabel="row (pixel)", title=f"A digit '{digits.target[0]}' is an 8x8 matrix")
ax.grid(False)
plt.show()
print("one image:", image.shape, "   all images:", digits.images.shape)

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
ax.plot(minutes, heart_rate[0], marker=".", color=plotting.OKABE_ITO["vermillion"])
ax.set(xlabel="time (minutes)", ylabel="heart rate (beats/min)", title="A time series: one patient's heart rate")
plt.show()
print("one patient's heart rate:", heart_rate[0].shape, "   batch with two signals:", vitals.shape)

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
classic.shape_table(temperature=np.array(37.2), one_tumour=one_tumour, table=X, digit=image,
                    digits=digits.images, vitals=vitals, sentence=one_hot)

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
# - **Bias and shortcuts**: a detail that happens to go with the label. A famous classifier told wolves from
#   huskies by looking for **snow** in the background. In medicine, chest X-ray models learned to recognise the
#   *hospital* (its markers and scanners) instead of pneumonia (Zech et al., 2018), and melanoma classifiers were
#   fooled by the surgical **pen marks** dermatologists draw around suspicious moles (Winkler et al., 2019).

# %% [markdown] slideshow={"slide_type": "subslide"}
# We damage the training data on purpose, train the same logistic regression each time, and test it on the
# same clean test set:
#
# 1. **clean**: the original data;
# 2. **noisy labels**: 30 % of the training cancers recorded as benign (missed diagnoses);
# 3. **poor coverage**: only 10 % of the training cancers kept (the model sees 17 of them);
# 4. **shortcut**: a made-up column "sent by the cancer centre" that agrees with the diagnosis for 98 % of the
#    training tumours. Tested twice: in the *same* centres (the column still agrees 98 % of the time), and in a
#    *new* hospital where it carries no information (agrees by chance).

# %% slideshow={"slide_type": ""}
def train_logistic(X_fit, y_fit):
    return classic.make_classifier("logistic regression").fit(X_fit, y_fit)


# 2. noisy labels: 30 % of training cancers flipped to benign
y_noisy = classic.flip_labels(y_train, 0.3, seed=0, from_class=1)
# 3. poor coverage: keep all benign tumours but only 10 % of the cancers
rng = np.random.default_rng(1)
cancers = np.flatnonzero(y_train == 1)
keep = np.concatenate([np.flatnonzero(y_train == 0), rng.choice(cancers, size=len(cancers) // 10, replace=False)])
# 4. shortcut column, added to the 30 real features
short_train = classic.add_shortcut(y_train, agreement=0.98, seed=2)
short_same = classic.add_shortcut(y_test, agreement=0.98, seed=3)      # same centres: still informative
short_new = rng.integers(0, 2, size=len(y_test))                       # new hospital: pure chance

shortcut_model = train_logistic(np.column_stack([X_train, short_train]), y_train)
quality = metrics.metrics_table({
    "1. clean": (y_test, train_logistic(X_train, y_train).predict(X_test)),
    "2. noisy labels (30 % of cancers missed)": (y_test, train_logistic(X_train, y_noisy).predict(X_test)),
    "3. poor coverage (10 % of cancers kept)": (y_test, train_logistic(X_train[keep], y_train[keep]).predict(X_test)),
    "4a. shortcut, same centres": (y_test, shortcut_model.predict(np.column_stack([X_test, short_same]))),
    "4b. shortcut, new hospital": (y_test, shortcut_model.predict(np.column_stack([X_test, short_new]))),
})
quality

# %% slideshow={"slide_type": ""}
fig, ax = plt.subplots(figsize=(9, 3.8))
positions = np.arange(len(quality))
for offset, column, colour in [(-0.2, "sensitivity", plotting.POSITIVE_COLOR),
                               (0.2, "specificity", plotting.NEGATIVE_COLOR)]:
    ax.barh(positions + offset, quality[column], height=0.38, color=colour, label=column)
ax.set_yticks(positions, quality.index)
ax.invert_yaxis()
ax.set(xlabel="share of test tumours correctly classified (0-1)", xlim=(0, 1.05),
       title="Same model, damaged training data")
ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
plt.show()

# %% slideshow={"slide_type": ""}
# Self-checks: each kind of damage costs what the text says
clean = quality.loc["1. clean"]
checks.true(quality.loc["2. noisy labels (30 % of cancers missed)", "sensitivity"] < clean["sensitivity"] - 0.2,
            "noisy labels: the model misses many more cancers")
checks.true(quality.loc["3. poor coverage (10 % of cancers kept)", "sensitivity"] < clean["sensitivity"] - 0.05,
            "poor coverage: sensitivity drops")
checks.true(quality.loc["4b. shortcut, new hospital", "accuracy"]
            < quality.loc["4a. shortcut, same centres", "accuracy"] - 0.05,
            "the shortcut model looks excellent at home and fails in a new hospital")

# %% [markdown] slideshow={"slide_type": "fragment"}
# **What to notice.** Specificity barely moves: every kind of damage here hurts the *cancers*, the rare and
# important class. The shortcut model looks better than the clean one at home, which is exactly why shortcuts
# go unnoticed until deployment. Defences: look at the data, test on data from another site or period
# (*external validation*), and ask clinicians which details could give the answer away.
#
# Health data add their own difficulties: they are **confidential** (consent, de-identification, data kept on
# secure servers), often **incomplete** (missing values) and **noisy** (transcription errors, devices that
# disagree).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Wrap-up
#
# **Key takeaways**
# - AI ⊃ machine learning ⊃ deep learning. Symbolic AI follows rules written by people; connectionist AI (ML, DL)
#   learns them from data. Neural networks date from 1957; data, GPUs and software made them work after 2012.
# - Vocabulary: samples (rows), features (inputs), label (answer), model with parameters (learned) and
#   hyper-parameters (chosen); training set and a held-out test set of 20-30 %.
# - Supervised learning predicts a category (classification) or a quantity (regression) from labelled examples;
#   unsupervised learning (k-means) finds structure without labels.
# - Classic methods (kNN, naive Bayes, trees, SVM, logistic regression) are strong on small tables. Compare them
#   with sensitivity and specificity, not accuracy alone.
# - Over-fitting shows as a gap between training and test scores; a hyper-parameter (k, depth, degree) sets the
#   balance. Tables, images, series and text all become tensors, and bad data (noise, poor coverage, shortcuts)
#   make bad models.

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Self-test**
# 1. A colleague reports 99 % accuracy of a model on the data it was trained on. What do you ask?
# 2. Is predicting the length of hospital stay (in days) classification or regression?
# 3. In kNN, is `k` a parameter or a hyper-parameter? What happens with `k = 1`?
# 4. A skin-lesion classifier was trained on images from one hospital where every malignant lesion was
#    photographed next to a ruler. What could go wrong elsewhere?
# 5. What is the shape of a batch of 32 colour photos of 224 x 224 pixels?
#
# <details><summary>Answers</summary>
#
# 1. Its score on a held-out **test** set (never seen in training), and sensitivity/specificity: a training score
#    says nothing about new patients (it may be over-fitting).
# 2. Regression: the answer is a quantity.
# 3. A hyper-parameter (chosen, not learned). With `k = 1` the model copies the label of the single closest
#    training example: 100 % training accuracy, over-fitting.
# 4. The model may have learned "ruler = malignant" (a shortcut). Where rulers are used differently it will miss
#    melanomas or raise false alarms. Test it on external data.
# 5. (32, 224, 224, 3), or (32, 3, 224, 224) in PyTorch's channels-first convention.
# </details>
#
# **Next:** [02 · Linear regression](02_linear_regression.ipynb): the simplest model that learns, a straight line
# fitted by minimising the squared error.
