# %% [markdown] slideshow={"slide_type": "slide"} translated_from="da3ef610b06f"
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/OWNER/REPOSITORY/blob/main/student/fr/06_mlp.ipynb)
#
# # 06 · Le perceptron multicouche
#
# > Des couches de neurones : couches denses, fonctions d'activation, couches cachées qui résolvent le XOR et l'alerte sur la numération sanguine, et un réseau de dépistage du diabète avec PyTorch.
#
# **Durée estimée :** 100 min · **Prérequis :** 03, 04, 05
#
# Un neurone trace une seule droite, et le notebook 03 a montré que bien des règles cliniques demandent davantage : une alerte quand une valeur est trop basse *ou* trop haute, un risque qui s'envole au-delà d'un seuil. Empilez des neurones en **couches**, et ces règles deviennent accessibles. Dans ce notebook, nous construisons de tels réseaux à partir de sommes pondérées, nous voyons pourquoi la fonction d'activation compte, et nous entraînons un réseau de dépistage du diabète sur 10 800 de 15 000 patients (synthétiques). Nous le jugeons comme le ferait un clinicien : face à deux modèles de référence simples (un seuil de glycémie et une régression logistique), avec des courbes ROC et un seuil de dépistage choisis sur des patients de validation, et avec la sensibilité et la spécificité mesurées une seule fois sur les patients de test.
#
# **À la fin de ce notebook, vous saurez :**
# - calculer une couche dense comme des sommes pondérées plus des biais, à la main, avec NumPy et avec PyTorch ;
# - comparer les fonctions d'activation (sigmoïde, tanh, ReLU, leaky ReLU, ELU, maxout) et leurs dérivées ;
# - expliquer comment des couches cachées résolvent le XOR et l'alerte sur la numération sanguine, et dire ce que promettent le théorème d'approximation universelle (Cybenko) et le théorème de Kolmogorov-Arnold, et ce qu'ils ne promettent pas ;
# - entraîner un perceptron multicouche (PMC, *MLP* en anglais) par mini-lots, avec Adam et une décroissance du taux d'apprentissage ; choisir son seuil de dépistage sur les données de validation et le comparer à des modèles de référence simples sur un jeu de test utilisé une seule fois ;
# - reconnaître le surapprentissage et y remédier par l'arrêt précoce, la pénalisation des poids (*weight decay*) et le *dropout* ; enregistrer, recharger et affiner (*fine-tuning*) un modèle.
#
# *Pour l'apprentissage uniquement : rien dans ce cours n'est un dispositif médical, et rien ne doit servir à prendre une décision clinique.*

# %% slideshow={"slide_type": "skip"} translated_from="4e25d9f1d24b"
# Sur Google Colab seulement : installe le paquet du cours et les bibliothèques qui manquent à Colab (ailleurs : rien).
import sys

if "google.colab" in sys.modules:
    import importlib.util
    import os
    import subprocess

    if importlib.util.find_spec("course_utils") is None:  # pas encore installé
        package_source = os.environ.get("COURSE_UTILS_SOURCE",
                                        "course-utils @ https://github.com/OWNER/REPOSITORY/archive/refs/heads/main.zip")
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", package_source], check=True)
        importlib.invalidate_caches()
    subprocess.run([sys.executable, "-m", "course_utils.instructor.launch", "colab-install"], check=True)

# %% slideshow={"slide_type": "skip"} translated_from="6dceb2b62865"
import copy
import math
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import torch
from ipywidgets import Dropdown, ToggleButtons
from matplotlib.collections import LineCollection
from matplotlib.patches import Rectangle
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from tqdm.auto import tqdm

import course_utils
from course_utils import checks, i18n, metrics, plotting, training, widgets
from course_utils.datasets import REFERENCE_RANGES, load_blood_counts
from course_utils.datasets.diabetes_screening import FEATURES, diabetes_probability, make_diabetes_screening
from course_utils.exercises import ____
from course_utils.exercises.mlp import exercise_1, exercise_2, exercise_3
from course_utils.reference import activations

course_utils.setup(lang="fr")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="fefb28324793"
# ## 1. Une couche dense, c'est un ensemble de sommes pondérées
#
# Un neurone (notebook 03) calcule une somme pondérée de ses entrées, y ajoute un biais et applique une fonction
# d'activation $g$. Une **couche dense** (ou couche entièrement connectée, *fully connected layer*) aligne $p$ neurones
# de ce type côte à côte. Chacun voit **toutes** les entrées et possède ses propres poids et son propre biais :
#
# $$ y_j = g\Big(\sum_{i=1}^{n} w_{ji}\,x_i + b_j\Big) = g\big(w_{j1}x_1 + w_{j2}x_2 + \dots + w_{jn}x_n + b_j\big),
# \quad j = 1, \dots, p .$$
#
# Ici, $x_1, \dots, x_n$ sont les $n$ entrées, $w_{ji}$ est le poids que le neurone $j$ donne à l'entrée $i$, $b_j$
# est le biais du neurone $j$ et $y_j$ sa sortie. En notation compacte, $\mathbf y = g(W\mathbf x + \mathbf b)$ :
#
# - la **matrice** $W$ est le tableau de tous les poids, avec **une ligne par neurone** et une colonne par entrée
#   ($p$ lignes, $n$ colonnes : on dit « de forme $p \times n$ ») ;
# - le **produit matrice-vecteur** $W\mathbf x$ est la liste des $p$ sommes pondérées : la ligne $j$ de $W$ multipliée
#   par $\mathbf x$ donne $w_{j1}x_1 + \dots + w_{jn}x_n$ (NumPy et PyTorch l'écrivent `W @ x`) ;
# - $\mathbf b$ ajoute le biais de chaque neurone, et $g$ s'applique à chacun des $p$ nombres séparément.
#
# Une couche à $n$ entrées et $p$ neurones a donc $p \times n$ poids et $p$ biais.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="d202f5d9885e"
# Le cours d'origine l'explique avec des bulletins scolaires, un exemple non médical facile à suivre. Voici trois
# élèves et leurs notes sur 20 dans sept matières :

# %% slideshow={"slide_type": ""} translated_from="d7b19d1f81ef"
marks = pd.DataFrame(
    [[12, 2, 13, 18, 12, 10, 9], [2, 15, 9, 10, 14, 18, 19], [10, 20, 14, 13, 11, 13, 14]],
    index=["Gino", "Marin", "Arsène"],
    columns=["maths", "sport", "biologie", "physique", "chimie", "langue 1", "langue 2"])
marks   # notes sur 20

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="b65b820a9363"
# **Neurone 1 : la moyenne de sciences.** Les poids retiennent les quatre matières scientifiques (maths, biologie,
# physique, chimie) avec $\tfrac14$ chacune et ignorent les autres ; le biais vaut 0 :
#
# $$ \mathbf w_{\text{sciences}} = \left(\tfrac14, 0, \tfrac14, \tfrac14, \tfrac14, 0, 0\right),\qquad
# y_{\text{Gino}} = \tfrac14 \cdot 12 + \tfrac14 \cdot 13 + \tfrac14 \cdot 18 + \tfrac14 \cdot 12 + 0 = 13{,}75 .$$

# %% slideshow={"slide_type": ""} translated_from="78168a675c6c"
w_science = np.array([1 / 4, 0, 1 / 4, 1 / 4, 1 / 4, 0, 0])
b_science = 0.0
x_gino = marks.loc["Gino"].to_numpy(dtype=float)
gino_science = x_gino @ w_science + b_science          # somme pondérée + biais
print(f"moyenne de sciences de Gino : {gino_science}")
checks.close(gino_science, 13.75, tol=1e-12, name="moyenne de sciences de Gino")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="395e3605587b"
# **Neurone 2 : seulement les notes de sport au-dessus de 10, grâce au biais.** Un poids de 1 sur le sport, 0 ailleurs,
# et un biais de $-10$. La somme pondérée vaut alors $\text{sport} - 10$, négative pour un élève sous la moyenne. La
# fonction d'activation **ReLU**, $\text{ReLU}(z) = \max(0, z)$, ramène ces valeurs négatives à zéro : le neurone reste
# muet tant que la note de sport ne dépasse pas 10, puis indique de combien elle la dépasse. Comme dans les diapositives
# d'origine, un élève à la fois :

# %% slideshow={"slide_type": ""} translated_from="b05e33f7e2ca"
w_sport = np.array([0, 1, 0, 0, 0, 0, 0], dtype=float)
b_sport = -10.0
z_sport = np.array([marks.loc[pupil].to_numpy(dtype=float) @ w_sport + b_sport for pupil in marks.index])
sport_above_10 = np.maximum(z_sport, 0)                       # ReLU
for pupil, z, out in zip(marks.index, z_sport, sport_above_10):
    print(f"{pupil:7} : somme pondérée {z:+5.1f} -> après ReLU {out:4.1f}")
checks.close(sport_above_10, [0, 5, 10], tol=1e-12, name="ReLU(sport - 10) pour Gino, Marin, Arsène")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="f35525c624e6"
# **La couche : les deux neurones à la fois.** Empilons les deux vecteurs de poids comme lignes d'une matrice $W$
# (2 lignes, 7 colonnes) et les deux biais dans $\mathbf b$. Un seul produit matrice-vecteur, $W\mathbf x + \mathbf b$,
# calcule alors les deux neurones pour un élève. Une deuxième couche peut combiner ces nouvelles caractéristiques, par
# exemple « moyenne de sciences + 0,1 × bonus de sport ». En empilant ainsi des couches, on construit un **perceptron
# multicouche** (PMC, en anglais *multi-layer perceptron* ou *MLP*). Voici Gino ; l'exercice 1 applique un neurone à toute
# la classe d'un coup.

# %% slideshow={"slide_type": ""} translated_from="9a716eec9d48"
W_layer = np.vstack([w_science, w_sport])          # (2 neurones, 7 entrées) : une ligne de poids par neurone
b_layer = np.array([b_science, b_sport])           # (2,) : un biais par neurone
hidden_gino = np.maximum(W_layer @ x_gino + b_layer, 0)     # 2 sommes pondérées + biais, puis ReLU : forme (2,)
report_gino = np.array([1.0, 0.1]) @ hidden_gino + 0.0      # deuxième couche : un neurone, poids (1 ; 0,1), biais 0
print(f"Gino : la couche 1 donne {hidden_gino} (moyenne de sciences, sport au-dessus de 10) ; "
      f"la couche 2 donne {report_gino:.2f}")
checks.close(hidden_gino, [13.75, 0.0], tol=1e-12, name="les deux neurones cachés de Gino")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="9cb6bea7dd27"
# Dans PyTorch, `torch.nn.Linear(7, 2)` est exactement cette couche. Elle stocke $W$ (`weight`, de forme 2 × 7) et
# $\mathbf b$ (`bias`). Une fois nos poids recopiés dedans, elle doit donner les mêmes nombres :

# %% slideshow={"slide_type": ""} translated_from="417fa0c06c4b"
layer = torch.nn.Linear(7, 2)
with torch.no_grad():
    layer.weight.copy_(torch.tensor(W_layer))
    layer.bias.copy_(torch.tensor(b_layer))
hidden_torch = torch.relu(layer(torch.tensor(x_gino, dtype=torch.float32)))
print(f"paramètres de la couche : {training.count_parameters(layer)} (= 2 × 7 poids + 2 biais)")
checks.close(hidden_torch, hidden_gino, tol=1e-5, name="torch.nn.Linear + ReLU contre NumPy, Gino")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="d27a3b341ce9"
# Dans un vrai réseau de neurones, personne ne choisit ces poids. Ils partent de valeurs aléatoires, et la
# **descente de gradient** (notebook 04), alimentée par la **rétropropagation** (notebook 05), les ajuste. Le réseau
# découvre lui-même quelles combinaisons des entrées sont utiles.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="fb6c3d379713"
# ## 2. Les fonctions d'activation
#
# **Pourquoi ne pas s'en passer ?** Prenons le cas le plus simple : une entrée $x$ et un neurone par couche, sans
# activation. La première couche donne $w_1x + b_1$, la deuxième $w_2(w_1x + b_1) + b_2 = (w_2w_1)\,x + (w_2b_1 + b_2)$ :
# de nouveau une droite $a x + b$, de pente $a = w_2w_1$ et d'ordonnée à l'origine $b = w_2b_1 + b_2$. C'est vrai aussi
# avec beaucoup d'entrées et de neurones :
# $W_2(W_1\mathbf x + \mathbf b_1) + \mathbf b_2 = (W_2W_1)\mathbf x + (W_2\mathbf b_1 + \mathbf b_2)$, où le
# **produit matriciel** $W_2W_1$ est l'unique tableau de poids qui fait « d'abord $W_1$, puis $W_2$ » en une seule étape
# (chacun de ses coefficients est une somme pondérée de sommes pondérées, c'est-à-dire encore une somme pondérée). Quel
# que soit le nombre de couches linéaires empilées, le réseau ne pourrait tracer que des droites (des plans, avec plus
# d'entrées). La fonction d'activation **non linéaire** placée entre les couches permet à chaque couche de déformer
# l'espace dans lequel travaille la suivante : les données peuvent alors être représentées autrement (la section 3 le
# montre sur le XOR). La cellule suivante vérifie l'identité sur 10 exemples tirés au hasard.

# %% slideshow={"slide_type": ""} translated_from="b8478959adde"
rng = np.random.default_rng(0)
W1, b1, W2, b2 = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=(1, 5)), rng.normal(size=1)
X_check = rng.normal(size=(10, 3))                   # 10 exemples (lignes), 3 entrées chacun
# un exemple par ligne, donc chaque couche s'écrit « X @ W.T + b » : le produit W x pour toutes les lignes d'un coup
two_linear_layers = (X_check @ W1.T + b1) @ W2.T + b2
one_linear_layer = X_check @ (W2 @ W1).T + (W2 @ b1 + b2)
checks.close(two_linear_layers, one_linear_layer, tol=1e-10, name="deux couches linéaires = une couche linéaire")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="d17502fb1849"
# Les fonctions d'activation courantes, avec les avantages et inconvénients qu'en donne le cours d'origine ($z$ est la
# somme pondérée du neurone) :
#
# | fonction | formule | sorties | avantages | inconvénients |
# | --- | --- | --- | --- | --- |
# | sigmoïde | $\sigma(z) = 1 / (1 + e^{-z})$ | de 0 à 1 | se lit comme une probabilité ; bien étudiée | sature : pente $\approx 0$ quand $\lvert z \rvert$ est grand (gradients qui s'évanouissent, notebook 05) ; pas centrée sur 0 ; l'exponentielle coûte cher à calculer |
# | tanh | $\tanh(z) = 2\sigma(2z) - 1$ (notebook 03) | de -1 à 1 | centrée sur 0 | sature aussi |
# | ReLU | $\max(0, z)$ | de 0 à $\infty$ | rapide ; pas de saturation pour $z > 0$ ; dans l'article d'AlexNet (Krizhevsky et coll., 2012), un réseau ReLU atteint la même erreur d'entraînement 6 fois plus vite qu'avec tanh | pas centrée sur 0 ; pente nulle pour $z < 0$ (un neurone peut « mourir ») |
# | leaky ReLU | $\max(0{,}01z, z)$ : pente de 0,01 sous 0 | toutes les valeurs | ne sature jamais ; pente jamais nulle ; rapide | la pente de 0,01 est un hyperparamètre de plus (la PReLU l'apprend pendant la rétropropagation) |
# | ELU | $z$ si $z \ge 0$, sinon $\alpha(e^{z} - 1)$, avec $\alpha = 1$ | de $-\alpha$ à $\infty$ | comme la leaky ReLU, mais lisse, avec des sorties mieux centrées | l'exponentielle coûte cher à calculer |
# | maxout | $\max(\mathbf w_1^\top\mathbf x + b_1,\ \mathbf w_2^\top\mathbf x + b_2)$ | toutes les valeurs | généralise ReLU et leaky ReLU ; pas de saturation | deux fois plus de poids par neurone |
#
# **Conventions du cours** (les valeurs par défaut de PyTorch) : la leaky ReLU a une pente négative de **0,01**
# (`torch.nn.LeakyReLU(negative_slope=0.01)` ; une diapositive d'origine écrit $\max(0{,}1z, z)$, une autre 0,01 : la
# pente est un hyperparamètre, et nous gardons 0,01 partout), et l'ELU a $\alpha = 1$. Dans la ligne maxout,
# $\mathbf w^\top\mathbf x$ abrège la somme pondérée $w_1x_1 + \dots + w_nx_n$ de la section 1 : un neurone maxout calcule
# deux sommes pondérées (ou plus), chacune avec ses propres poids et son propre biais, et garde la plus grande.
#
# Règles pratiques du cours d'origine : **ReLU par défaut** dans les couches cachées, puis essayer ses variantes. Garder
# la **sigmoïde pour la sortie** d'un classifieur à deux classes, là où l'on veut une probabilité.

# %% slideshow={"slide_type": ""} translated_from="aae6fa2f21be"
z_axis = np.linspace(-4, 4, 401)
fig, axes = plt.subplots(2, 3, figsize=(11, 5.6), sharex=True)
HIDDEN_ACTIVATIONS = [name for name in activations.ACTIVATIONS if name != "step"]  # la fonction seuil n'a pas de pente (03)
TITLES = {"sigmoid": "sigmoïde", "tanh": "tanh", "relu": "ReLU",
          "leaky_relu": f"leaky ReLU (pente {activations.LEAKY_SLOPE} sous 0)", "elu": "ELU (α = 1)",
          "maxout": "maxout (3 droites fixes)"}
for ax, name in zip(axes.ravel(), HIDDEN_ACTIVATIONS):
    f, f_prime = activations.activation(name)
    ax.plot(z_axis, f(z_axis), color=plotting.OKABE_ITO["green"], label="g(z)")
    ax.plot(z_axis, f_prime(z_axis), color=plotting.OKABE_ITO["orange"], linestyle="--", label="pente g'(z)")
    ax.axhline(0, color="0.6", linewidth=0.8)
    ax.set(title=TITLES[name], ylim=(-1.5, 4.2))
    ax.legend(loc="upper left")
for ax in axes[1]:
    ax.set_xlabel("somme pondérée z (sans unité)")
for ax in axes[:, 0]:
    ax.set_ylabel("sortie (sans unité)")
fig.suptitle("Six fonctions d'activation (trait plein) et leurs pentes (tirets)", fontweight="bold")
plt.show()
leaky, leaky_slope = activations.activation("leaky_relu")
print(f"leaky ReLU en z = -2 : {leaky(np.array([-2.0]))[0]:.2f} (pente {leaky_slope(np.array([-2.0]))[0]}) : "
      "trop petit pour se voir à cette échelle, mais jamais exactement 0")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="d74891cec680"
# ### Comparer deux fonctions d'activation
#
# Choisissez deux fonctions et déplacez $z$ : les points indiquent la sortie de chacune et sa pente. Repérez où la pente
# tombe à 0 (sigmoïde et tanh loin de 0, ReLU pour $z < 0$). Une pente nulle signifie qu'aucun gradient ne repasse par
# ce neurone.

# %% slideshow={"slide_type": ""} translated_from="c1d51e45b216"
ACT_NAMES = HIDDEN_ACTIVATIONS
fig = widgets.new_figure(figsize=(9.0, 3.4))
ax_f, ax_d = fig.subplots(1, 2)
color_a, color_b = plotting.OKABE_ITO["green"], plotting.OKABE_ITO["purple"]
(line_fa,) = ax_f.plot(z_axis, z_axis, color=color_a, label="fonction A")
(line_fb,) = ax_f.plot(z_axis, z_axis, color=color_b, linestyle="--", label="fonction B")
(line_da,) = ax_d.plot(z_axis, z_axis, color=color_a, label="fonction A")
(line_db,) = ax_d.plot(z_axis, z_axis, color=color_b, linestyle="--", label="fonction B")
(dots_f,) = ax_f.plot([], [], "o", color="black", markersize=6)
(dots_d,) = ax_d.plot([], [], "o", color="black", markersize=6)
ax_f.set(xlim=(-4, 4), ylim=(-1.5, 4.2), xlabel="somme pondérée z (sans unité)", ylabel="sortie g(z) (sans unité)",
         title="Sorties")
ax_d.set(xlim=(-4, 4), ylim=(-0.5, 1.4), xlabel="somme pondérée z (sans unité)", ylabel="pente g'(z) (sans unité)",
         title="Pentes (ce que la rétropropagation multiplie)")
name_a = ax_f.text(0.03, 0.95, "", transform=ax_f.transAxes, color=color_a, fontweight="bold", va="top")
name_b = ax_f.text(0.03, 0.85, "", transform=ax_f.transAxes, color=color_b, fontweight="bold", va="top")


def update_activations(z, function_a, function_b):
    (fa, da), (fb, db) = activations.activation(function_a), activations.activation(function_b)
    line_fa.set_ydata(fa(z_axis))
    line_fb.set_ydata(fb(z_axis))
    line_da.set_ydata(da(z_axis))
    line_db.set_ydata(db(z_axis))
    name_a.set_text(f"A : {function_a} (trait plein)")
    name_b.set_text(f"B : {function_b} (tirets)")
    point = np.array([z])
    dots_f.set_data([z, z], [fa(point)[0], fb(point)[0]])
    dots_d.set_data([z, z], [da(point)[0], db(point)[0]])
    n = i18n.number                                  # 0.5 en anglais, 0,5 en français
    return (f"A = {function_a} : g({n(z, '.2f')}) = {n(fa(point)[0], '.3f')}, pente {n(da(point)[0], '.3f')} | "
            f"B = {function_b} : g({n(z, '.2f')}) = {n(fb(point)[0], '.3f')}, pente {n(db(point)[0], '.3f')}")


live_activations = widgets.LiveFigure(
    fig, update_activations, dynamic=[line_fa, line_fb, line_da, line_db, dots_f, dots_d, name_a, name_b],
    z=widgets.slider(-2.0, -4.0, 4.0, 0.05, description="somme pondérée z"),
    function_a=Dropdown(options=ACT_NAMES, value="sigmoid", description="fonction A"),
    function_b=Dropdown(options=ACT_NAMES, value="relu", description="fonction B"))
live_activations


# %% [markdown] slideshow={"slide_type": "slide"} translated_from="38a3c6b84954"
# ## 3. Les couches cachées résolvent le XOR
#
# Dans le notebook 03, aucun neurone seul ne savait apprendre le **XOR** (« ou exclusif » : 1 quand exactement une des
# deux entrées vaut 1). Avec une couche cachée, c'est facile, et l'on peut même choisir les poids à la main, avec des
# neurones à seuil :
#
# - le neurone caché $h_1$ s'active quand **au moins une** entrée est allumée (OU) : $h_1 = \text{seuil}(x_1 + x_2 - 0{,}5)$ ;
# - le neurone caché $h_2$ s'active quand **les deux** sont allumées (ET) : $h_2 = \text{seuil}(x_1 + x_2 - 1{,}5)$ ;
# - la sortie s'active pour « OU mais pas ET » : $\text{sortie} = \text{seuil}(h_1 - h_2 - 0{,}5)$.
#
# Chaque neurone caché trace une droite ; le neurone de sortie combine les deux demi-plans. Pour reprendre les mots du
# cours d'origine, la couche cachée construit des **sous-ensembles** que la couche suivante combine.

# %% slideshow={"slide_type": ""} translated_from="bc4f825c0502"
def step(z):
    return (np.asarray(z) >= 0).astype(int)


X_corners = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
h1 = step(X_corners @ [1, 1] - 0.5)          # OU
h2 = step(X_corners @ [1, 1] - 1.5)          # ET
xor_out = step(1 * h1 - 1 * h2 - 0.5)        # OU et pas ET
pd.DataFrame({"x1": X_corners[:, 0], "x2": X_corners[:, 1], "h1 (OU)": h1, "h2 (ET)": h2, "sortie": xor_out})

# %% slideshow={"slide_type": ""} translated_from="b7ff206ac0b2"
checks.equal(xor_out.tolist(), [0, 1, 1, 0], name="réseau construit à la main sur (0,0), (0,1), (1,0), (1,1)")

# %% slideshow={"slide_type": ""} translated_from="bd1a4256196b"
fig, (ax_in, ax_hidden) = plt.subplots(1, 2, figsize=(10, 4.2))
xor_labels = np.array([0, 1, 1, 0])
line_x = np.linspace(-0.5, 1.5, 2)
for label in (0, 1):
    mask = xor_labels == label
    ax_in.scatter(*X_corners[mask].T, s=160, color=plotting.class_color(label), edgecolor="black", zorder=3,
                  label=f"XOR = {label}")
ax_in.plot(line_x, 0.5 - line_x, color=plotting.OKABE_ITO["green"], label="droite de $h_1$ : $x_1 + x_2 = 0{,}5$")
ax_in.plot(line_x, 1.5 - line_x, color=plotting.OKABE_ITO["orange"], label="droite de $h_2$ : $x_1 + x_2 = 1{,}5$")
ax_in.set(xlim=(-0.5, 1.5), ylim=(-0.5, 1.5), xlabel="entrée $x_1$ (0 ou 1)", ylabel="entrée $x_2$ (0 ou 1)",
          title="Espace des entrées : deux droites,\nune par neurone caché")
ax_in.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2)
jitter = np.array([[0, 0], [-0.05, 0.05], [0.05, -0.05], [0, 0]])     # (0,1) et (1,0) tombent sur le même point
for label in (0, 1):
    mask = xor_labels == label
    ax_hidden.scatter(h1[mask] + jitter[mask, 0], h2[mask] + jitter[mask, 1], s=160, edgecolor="black", zorder=3,
                      color=plotting.class_color(label), label=f"XOR = {label}")
ax_hidden.plot(line_x, line_x - 0.5, color="black", label="droite de sortie : $h_1 - h_2 = 0{,}5$")
ax_hidden.set(xlim=(-0.5, 1.5), ylim=(-0.5, 1.5), xlabel="neurone caché $h_1$ (OU)", ylabel="neurone caché $h_2$ (ET)",
              title="Espace caché : une seule droite suffit\n(les deux XOR = 1 tombent sur (1, 0) : écartés)")
ax_hidden.legend(loc="upper left", frameon=True)
fig.suptitle("La couche cachée change la représentation des données", fontweight="bold")
plt.show()


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="d94df7cfbd10"
# ### Apprendre le XOR au lieu de le concevoir
#
# Les vraies données sont bruitées : faisons de chaque coin un nuage de mesures. Nous entraînons avec PyTorch un petit
# réseau, **2 entrées -> 4 neurones tanh -> 1 sortie**.
#
# La boucle d'entraînement est celle du notebook 05, PyTorch se chargeant des calculs. Nous l'écrivons une fois en
# entier ici ; à partir de la section 4, `training.fit` exécute exactement la même boucle et y ajoute une barre de
# progression, la validation et les courbes d'apprentissage. D'abord, les **mini-lots** (*mini-batches*) : à chaque
# **époque** (un passage complet sur les données d'entraînement), on mélange les patients et on les découpe en petits
# lots. Chaque lot donne un pas de gradient.

# %% slideshow={"slide_type": ""} translated_from="ab60bc6a8495"
class MiniBatches:
    """Mélange les lignes à chaque époque, puis les découpe en mini-lots de `batch_size` lignes."""

    def __init__(self, X, y, batch_size, seed=0):
        self.X, self.y, self.batch_size = X, y, batch_size
        self.generator = torch.Generator().manual_seed(seed)

    def __iter__(self):                                   # un passage sur les données = une époque
        order = torch.randperm(len(self.X), generator=self.generator)
        for start in range(0, len(order), self.batch_size):
            rows = order[start:start + self.batch_size]
            yield self.X[rows], self.y[rows]

    def __len__(self):                                    # nombre de lots (de mises à jour) par époque
        return math.ceil(len(self.X) / self.batch_size)


rng = np.random.default_rng(1)
corner = rng.integers(0, 4, size=600)
X_xor = X_corners[corner] + rng.normal(0, 0.18, size=(600, 2))      # 600 points bruités autour des coins
y_xor = xor_labels[corner]
X_xor_train, X_xor_test, y_xor_train, y_xor_test = X_xor[:400], X_xor[400:], y_xor[:400], y_xor[400:]

# %% slideshow={"slide_type": ""} translated_from="c53371cc7787"
torch.manual_seed(0)
xor_net = torch.nn.Sequential(torch.nn.Linear(2, 4), torch.nn.Tanh(), torch.nn.Linear(4, 1))
optimizer = torch.optim.Adam(xor_net.parameters(), lr=0.05)
loss_fn = torch.nn.BCEWithLogitsLoss()                    # sigmoïde + entropie croisée (notebook 03)
X_t, y_t = training.to_tensors(X_xor_train, y_xor_train.reshape(-1, 1))

xor_losses = []
for epoch in range(40):
    for xb, yb in MiniBatches(X_t, y_t, batch_size=50, seed=epoch):
        optimizer.zero_grad()                 # oublier les gradients du pas précédent
        loss = loss_fn(xor_net(xb), yb)       # propagation avant et perte
        loss.backward()                       # rétropropagation (notebook 05)
        optimizer.step()                      # pas de descente de gradient (Adam, notebook 04)
    xor_losses.append(loss.item())
print(f"perte du dernier mini-lot : {xor_losses[0]:.3f} après l'époque 1, {xor_losses[-1]:.3f} après l'époque 40")

# %% slideshow={"slide_type": ""} translated_from="a714aa265e8a"
xor_neuron = LogisticRegression().fit(X_xor_train, y_xor_train)     # un seul neurone, pour comparer


def xor_net_proba(points):
    return torch.sigmoid(training.predict(xor_net, points)).numpy().ravel()


def decision_map(proba, X, y, ax, colorbar_label, **names):
    # la probabilité du modèle en fond (plotting.plot_decision_boundary), sa barre de couleurs et la ligne des 50 % :
    # la frontière de décision, là où la probabilité franchit 0,5
    drawn = plotting.plot_decision_boundary(proba, X, y, ax=ax, **names)
    ax.contour(drawn["image"].get_array(), levels=[0.5], extent=drawn["extent"], origin="lower", colors="black",
               linewidths=1.5)
    ax.plot([], [], color="black", linewidth=1.5, label="ligne des 50 % (décision)")
    ax.figure.colorbar(drawn["image"], ax=ax, label=colorbar_label)
    return drawn


fig, axes = plt.subplots(1, 2, figsize=(12, 4.8))
for ax, proba, title in ((axes[0], xor_neuron.predict_proba, "Un neurone (régression logistique)"),
                         (axes[1], xor_net_proba, "PMC 2-4-1 (tanh)")):
    decision_map(proba, X_xor_test, y_xor_test, ax=ax, colorbar_label="probabilité que XOR = 1", title=title,
                 feature_names=("entrée $x_1$ (sans unité)", "entrée $x_2$ (sans unité)"),
                 class_names=("XOR = 0", "XOR = 1"))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=3)     # sous la carte : ne cache aucun point
plt.show()
xor_table = metrics.metrics_table({
    "un neurone": (y_xor_test, xor_neuron.predict(X_xor_test)),
    "PMC 2-4-1": (y_xor_test, (xor_net_proba(X_xor_test) >= 0.5).astype(int)),
})
xor_table   # points de test (XOR = 1 compté comme positif)

# %% slideshow={"slide_type": ""} translated_from="094e0348da45"
checks.true(xor_table.loc["PMC 2-4-1", "sensibilité"] >= 0.95 and xor_table.loc["PMC 2-4-1", "spécificité"] >= 0.95,
            "le PMC classe correctement au moins 95 % de chaque classe sur les points de test")
checks.between(xor_table.loc["un neurone", "exactitude"], 0.3, 0.6,
               name="exactitude d'un neurone sur le XOR (pas mieux que le hasard)")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="8f037814bf4a"
# ## 4. L'alerte sur la numération sanguine, résolue par une couche cachée
#
# Le notebook 03 s'est achevé sur un échec. Chez l'homme, l'alerte **complète** (hématies ou leucocytes trop bas **ou**
# trop hauts) place les numérations normales à l'intérieur d'une boîte, et la droite d'un neurone seul ne peut pas
# entourer une boîte. Nous reprenons les données du notebook 03 : les hématies et les leucocytes des hommes, et l'alerte
# complète. Cette fois, 75 % des hommes servent à l'entraînement et 25 % au test ; aucun choix n'est fait sur les hommes
# de test (le seuil reste à 0,5 et le nombre d'époques est fixé d'avance). Le modèle est un PMC à deux couches cachées
# de 16 neurones ReLU, entraîné avec `training.fit` (la boucle de la section 3) et nos mini-lots. À côté, un neurone seul
# (régression logistique) est entraîné sur les mêmes hommes.

# %% slideshow={"slide_type": ""} translated_from="de71183fcfc0"
blood = load_blood_counts()
men = blood[blood.sex == 1]                                  # sexe : 1 = homme, 2 = femme
X_men, y_men = men[["red_cells", "white_cells"]].to_numpy(), men["alert"].to_numpy()
Xm_train, Xm_test, ym_train, ym_test, hb_train, hb_test = train_test_split(
    X_men, y_men, men["haemoglobin"].to_numpy(), test_size=0.25, random_state=0, stratify=y_men)
Xm_train_s, Xm_test_s = training.standardize(Xm_train, Xm_test)
m_mean, m_std = Xm_train.mean(axis=0), Xm_train.std(axis=0)

box_neuron = LogisticRegression().fit(Xm_train_s, ym_train)

torch.manual_seed(0)
box_mlp = torch.nn.Sequential(torch.nn.Linear(2, 16), torch.nn.ReLU(), torch.nn.Linear(16, 16), torch.nn.ReLU(),
                              torch.nn.Linear(16, 1))
Xm_t, ym_t = training.to_tensors(Xm_train_s, ym_train.reshape(-1, 1))
box_history = training.fit(box_mlp, MiniBatches(Xm_t, ym_t, batch_size=64), loss_fn=loss_fn, lr=0.01, epochs=100,
                           progress=True)
print(f"{len(Xm_train)} hommes d'entraînement, {training.count_parameters(box_mlp)} poids, "
      f"perte d'entraînement finale {box_history['train_loss'][-1]:.3f}")


# %% slideshow={"slide_type": ""} translated_from="190e3d5a9b35"
def box_mlp_proba(points):                                   # points en unités réelles -> probabilité d'alerte
    return torch.sigmoid(training.predict(box_mlp, (points - m_mean) / m_std)).numpy().ravel()


(rl, rh), (wl, wh) = REFERENCE_RANGES["red_cells"][1], REFERENCE_RANGES["white_cells"][1]
fig, axes = plt.subplots(1, 2, figsize=(13, 4.8), sharey=True)
for ax, proba, title in ((axes[0], lambda P: box_neuron.predict_proba((P - m_mean) / m_std), "Un neurone"),
                         (axes[1], box_mlp_proba, "PMC 2-16-16-1 (ReLU)")):
    decision_map(proba, Xm_test, ym_test, ax=ax, colorbar_label="probabilité d'une alerte",
                 class_names=("pas d'alerte", "alerte"), title=f"{title} : alerte complète, hommes (test)",
                 feature_names=("hématies (T/L)", "leucocytes (G/L)"))
    ax.add_patch(Rectangle((rl, wl), rh - rl, wh - wl, fill=False, edgecolor="black", linestyle="--", linewidth=1.5,
                           label="valeurs normales (hommes)"))
    ax.legend(loc="upper left", frameon=True)             # le coin supérieur gauche ne contient aucun patient
axes[1].set_ylabel("")
plt.show()
box_pred = (box_mlp_proba(Xm_test) >= 0.5).astype(int)
box_table = metrics.metrics_table({
    "un neurone": (ym_test, box_neuron.predict(Xm_test_s)),
    "PMC 2-16-16-1": (ym_test, box_pred),
})
box_table   # hommes de test, alerte = positif

# %% slideshow={"slide_type": ""} translated_from="f428b880c7ad"
missed = (ym_test == 1) & (box_pred == 0)
in_box = (Xm_test[:, 0] >= rl) & (Xm_test[:, 0] <= rh) & (Xm_test[:, 1] >= wl) & (Xm_test[:, 1] <= wh)
hb_low, hb_high = REFERENCE_RANGES["haemoglobin"][1]
hb_abnormal = (hb_test < hb_low) | (hb_test > hb_high)
print(f"{len(ym_test)} hommes de test, {ym_test.sum()} alertes ; le PMC en manque {missed.sum()} : "
      f"{(missed & in_box).sum()} à l'intérieur de la boîte normale, {(missed & hb_abnormal).sum()} avec une "
      f"hémoglobine hors de {hb_low:g}-{hb_high:g} g/dL")
checks.between(box_table.loc["PMC 2-16-16-1", "sensibilité"], 0.7, 1.0, name="sensibilité de l'alerte du PMC (test)")
checks.between(box_table.loc["PMC 2-16-16-1", "spécificité"], 0.9, 1.0, name="spécificité de l'alerte du PMC (test)")
checks.true(box_table.loc["PMC 2-16-16-1", "sensibilité"] > box_table.loc["un neurone", "sensibilité"] + 0.3,
            "la sensibilité des couches cachées dépasse d'au moins 30 points celle d'un neurone seul")
checks.true((missed & in_box).sum() > missed.sum() / 2,
            "la plupart des alertes manquées par le PMC se trouvent dans la boîte des valeurs normales")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="8a658412f7fa"
# Le réseau trace une région fermée autour de la boîte des valeurs normales : chaque neurone caché en fournit un bord,
# et la couche suivante les assemble ; la ligne noire des 50 % est sa frontière de décision. La plupart des quelques
# alertes qu'il manque (affichées plus haut) se trouvent dans la boîte : leur alerte vient de l'**hémoglobine**, que ces
# deux entrées ne montrent pas. Aucun modèle ne peut détecter celles-là à partir des seules hématies et leucocytes ; le
# réseau du notebook 05 voit aussi l'hémoglobine et le sexe, il dispose donc de l'information nécessaire. Les alertes
# manquées dépendent un peu du départ aléatoire : entraîné avec 20 graines (0 à 19), le réseau n'a manqué que des
# alertes situées dans la boîte pour 15 d'entre elles ; pour les 5 autres, il a aussi manqué 1 à 4 alertes hors de la
# boîte.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="12c1a9bd4a59"
# ## 5. L'approximation universelle : une couche cachée peut suivre n'importe quelle courbe
#
# Jusqu'où peut-on aller ? D'abord, une famille de fonctions d'activation. Une fonction $\sigma$ d'un nombre est dite
# **sigmoïdale** si elle monte de 0 à 1 : $\sigma(z)$ s'approche autant qu'on le veut de 0 quand $z$ part loin vers la
# gauche ($z \to -\infty$), et autant qu'on le veut de 1 quand $z$ part loin vers la droite ($z \to +\infty$). La
# sigmoïde logistique et la fonction seuil du notebook 03 font partie de cette famille ; la fonction seuil n'est pas
# continue, la sigmoïde l'est.
#
# **Le théorème de Cybenko (1989).** Soit $\sigma$ une fonction sigmoïdale *continue* quelconque, et $f$ une fonction
# continue quelconque de $n$ entrées $\mathbf x = (x_1, \dots, x_n)$, chacune comprise entre 0 et 1 (le « cube »
# $[0, 1]^n$ ; toute plage bornée de mesures peut s'y ramener par changement d'échelle). Alors, pour toute tolérance
# $\varepsilon > 0$, aussi petite soit-elle, il existe un nombre entier $N$, des poids de sortie $\alpha_i$, des vecteurs
# de poids $\mathbf w_i$ et des biais $b_i$ tels que
#
# $$ G(\mathbf x) = \sum_{i=1}^{N} \alpha_i\, \sigma(\mathbf w_i^\top\mathbf x + b_i)
# \quad\text{vérifie}\quad \lvert G(\mathbf x) - f(\mathbf x) \rvert < \varepsilon \ \text{ pour tout } \mathbf x
# \text{ de } [0, 1]^n .$$
#
# $G$ est exactement un réseau à **une couche cachée** de $N$ neurones (le neurone $i$ calcule la somme pondérée
# $\mathbf w_i^\top\mathbf x = w_{i1}x_1 + \dots + w_{in}x_n$, y ajoute son biais $b_i$ et applique $\sigma$) suivie d'un
# neurone de sortie sans activation (de poids $\alpha_i$). Les mathématiciens disent que ces sommes sont **denses** dans
# $\mathcal C([0, 1]^n)$, l'ensemble des fonctions continues sur le cube : quelles que soient la fonction continue $f$ et
# la tolérance $\varepsilon$ choisies, l'une d'elles reste à moins de $\varepsilon$ de $f$ partout sur le cube à la fois.
# Des travaux ultérieurs (Leshno, Lin, Pinkus et Schocken, 1993) ont montré que toute activation continue qui n'est pas
# un polynôme convient, ReLU et tanh comprises.
#
# **Ce que le théorème ne dit pas :**
#
# - **combien de neurones** : seulement qu'un nombre fini $N$ suffit ; il dépend des ondulations de $f$ et de
#   $\varepsilon$, et peut être astronomique (voir plus bas : le fléau de la dimension) ;
# - **comment trouver les poids** : il prouve qu'ils existent ; la descente de gradient peut les trouver, ou non ;
# - **quoi que ce soit sur la généralisation** : il parle d'approcher partout une fonction *connue*, pas d'apprendre
#   une fonction inconnue à partir de quelques centaines de patients aux mesures bruitées, ce que font les sections 7
#   et 8 ;
# - quoi que ce soit **hors du cube** : il ne promet rien pour des entrées au-delà des plages observées.
#
# **L'intuition.** Une sigmoïde très raide est une **marche**. $N$ marches placées côte à côte forment un escalier qui
# peut suivre n'importe quelle courbe. Si $f$ varie d'au plus $L$ par unité de $x$ (on dit qu'elle est
# « $L$-lipschitzienne » : $\lvert f(x) - f(y) \rvert \le L\,\lvert x - y \rvert$), environ $L/\varepsilon$ marches sur
# $[0, 1]$ suffisent pour une erreur inférieure à $\varepsilon$. Avec ReLU, chaque neurone ajoute un **coude**, et la
# somme est une ligne brisée.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="550c35eedbdf"
# Notre courbe est une **hyperglycémie provoquée par voie orale** (HGPO) fictive : la glycémie plasmatique au cours des
# 3 heures qui suivent l'absorption de 75 g de glucose. Les données sont en mg/dL, l'unité des laboratoires américains
# (100 mg/dL = 1 g/L = 5,55 mmol/L). Le temps est l'entrée $x$ (en minutes, remis à l'échelle dans les neurones), la
# glycémie est la sortie.

# %% slideshow={"slide_type": ""} translated_from="6c258df2888d"
minutes = np.linspace(0, 180, 241)


def ogtt_glucose(t):
    # une courbe d'HGPO fictive (mg/dL) à t minutes : 90 à jeun (0,90 g/L), maximum à 50 min
    return 90 + 75 * (t / 50) * np.exp(1 - t / 50)


glucose = ogtt_glucose(minutes)
print(f"à jeun {ogtt_glucose(0):.0f} mg/dL | pic {glucose.max():.0f} mg/dL à {minutes[glucose.argmax()]:.0f} min | "
      f"{ogtt_glucose(120):.0f} mg/dL à 2 h (tolérance normale : moins de 140 mg/dL à 2 h)")
checks.true(ogtt_glucose(120) < 140,
            "la courbe fictive montre une tolérance normale au glucose (valeur à 2 h inférieure à 140 mg/dL)")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="7268aef7120b"
# Pour que le widget réagisse instantanément, les poids de chaque neurone caché sont fixés : les neurones sont répartis
# régulièrement sur les 3 heures, chacun montant autour de son propre instant. Seuls les poids de sortie $\alpha_i$ sont
# ajustés, par la méthode des moindres carrés. Dans un vrai réseau, les poids cachés sont appris eux aussi (cellule
# suivante).
#
# - Faites varier le nombre de neurones cachés et regardez l'erreur diminuer.
# - Comparez les marches sigmoïdes (Cybenko) aux coudes ReLU.
# - Le panneau du bas montre la sortie de chaque neurone caché, ramenée entre 0 et 1.

# %% slideshow={"slide_type": ""} translated_from="c9ecf50afa53"
MAX_UNITS = 40


def hidden_outputs(n_units, activation):
    # sorties de n neurones cachés régulièrement répartis, forme (len(minutes), n) : marches (sigmoid) ou coudes (ReLU)
    spacing = 180 / n_units
    if activation == "sigmoid":
        centres = (np.arange(n_units) + 0.5) * spacing
        return activations.sigmoid((minutes[:, None] - centres) * 2 / spacing)
    kinks = np.arange(n_units) * spacing
    return activations.relu(minutes[:, None] - kinks)


def fit_output_layer(n_units, activation):
    H = hidden_outputs(n_units, activation)
    design = np.column_stack([np.ones(len(minutes)), H])             # biais de sortie + un poids par neurone caché
    alpha, *_ = np.linalg.lstsq(design, glucose, rcond=None)
    return design @ alpha, H


# chaque ajustement est calculé une fois pour toutes (une fraction de seconde) : le curseur ne fait que redessiner
fits = {(n, act): fit_output_layer(n, act) for n in range(1, MAX_UNITS + 1) for act in ("sigmoid", "ReLU")}


fig = widgets.new_figure(figsize=(7.6, 4.4))
ax_fit, ax_units = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [2, 1]})
ax_fit.plot(minutes, glucose, color="black", linewidth=3, alpha=0.35, label="cible : courbe de glycémie")
(fit_line,) = ax_fit.plot(minutes, glucose, color=plotting.OKABE_ITO["green"], label="sortie du réseau")
ax_fit.plot(120, 140, marker="_", markersize=16, markeredgewidth=2.5, color="0.3", linestyle="none",
            label="limite de la normale à 2 h (140 mg/dL)")             # une limite pour la valeur à 2 h seulement
ax_fit.set(ylim=(60, 190), ylabel="glycémie plasmatique (mg/dL)", title="Une couche cachée qui approche une courbe")
ax_fit.legend(loc="lower center")
unit_lines = LineCollection([], colors=plotting.OKABE_ITO["orange"], linewidths=1)   # une ligne par neurone caché
ax_units.add_collection(unit_lines)
ax_units.set(xlim=(0, 180), ylim=(-0.05, 1.05), xlabel="temps après la prise de glucose (min)",
             ylabel="sortie du neurone\n(ramenée à 0-1)")


def update_approximation(n_units, activation):
    fitted, H = fits[(n_units, activation)]
    fit_line.set_ydata(fitted)
    unit_lines.set_segments([np.column_stack([minutes, H[:, k] / H[:, k].max()]) for k in range(n_units)])
    error = np.abs(fitted - glucose)
    return (f"{n_units} neurones cachés {activation} ({3 * n_units + 1} poids) : "
            f"plus grande erreur {i18n.number(error.max(), '.1f')} mg/dL, erreur moyenne {i18n.number(error.mean(), '.2f')} mg/dL")


live = widgets.LiveFigure(fig, update_approximation, main=True, dynamic=[fit_line, unit_lines],
                          n_units=widgets.slider(3, 1, MAX_UNITS, 1, description="neurones cachés", integer=True),
                          activation=ToggleButtons(options=["sigmoid", "ReLU"], value="sigmoid"))
live

# %% slideshow={"slide_type": ""} translated_from="48f9045907d9"
largest_error = {(n, act): np.abs(fits[(n, act)][0] - glucose).max()
                 for n in (3, 30) for act in ("sigmoid", "ReLU")}
print({key: round(value, 2) for key, value in largest_error.items()})
for act in ("sigmoid", "ReLU"):
    checks.true(largest_error[(30, act)] < largest_error[(3, act)] / 10 and largest_error[(30, act)] < 2,
                f"{act} : 30 neurones suivent la courbe à 2 mg/dL près, plus de 10 fois mieux que 3")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="741141a3c54a"
# **Maintenant, tout apprendre.** Un vrai réseau apprend aussi les poids cachés $w_i, b_i$, par descente de gradient.
# Voici 20 neurones sigmoïdes entraînés avec Adam sur la même courbe (temps et glycémie ramenés à des valeurs
# comprises entre -2 et 2 environ, comme les réseaux les préfèrent).

# %% slideshow={"slide_type": ""} translated_from="59397f9c5e25"
t_train = torch.tensor((minutes[::3] - 90) / 52, dtype=torch.float32).reshape(-1, 1)       # 121 instants
g_train = torch.tensor((glucose[::3] - 120) / 25, dtype=torch.float32).reshape(-1, 1)
torch.manual_seed(0)
curve_net = torch.nn.Sequential(torch.nn.Linear(1, 20), torch.nn.Sigmoid(), torch.nn.Linear(20, 1))
curve_optimizer = torch.optim.Adam(curve_net.parameters(), lr=0.05)
for _step in tqdm(range(1000), desc="ajustement de la courbe", unit="pas", mininterval=1.0):
    curve_optimizer.zero_grad()
    curve_loss = torch.mean((curve_net(t_train) - g_train) ** 2)       # erreur quadratique : une régression
    curve_loss.backward()
    curve_optimizer.step()
with torch.no_grad():
    learned = curve_net(torch.tensor((minutes - 90) / 52, dtype=torch.float32).reshape(-1, 1)).numpy().ravel() * 25 + 120

fig, ax = plt.subplots(figsize=(7, 3.4))
ax.plot(minutes, glucose, color="black", linewidth=3, alpha=0.35, label="cible")
ax.plot(minutes, learned, color=plotting.OKABE_ITO["green"], label="PMC 1-20-1, tous les poids appris")
ax.set(xlabel="temps après la prise de glucose (min)", ylabel="glycémie plasmatique (mg/dL)",
       title="La descente de gradient trouve seule les poids cachés")
ax.legend()
plt.show()
print(f"plus grande erreur : {np.abs(learned - glucose).max():.2f} mg/dL")

# %% slideshow={"slide_type": ""} translated_from="e8b6b27c1b2f"
checks.between(np.abs(learned - glucose).max(), 0.0, 3.0, name="plus grande erreur du réseau appris (mg/dL)")


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="4245597a1e42"
# ### Le fléau de la dimension, et le théorème de Kolmogorov-Arnold
#
# **Le fléau de la dimension** (*curse of dimensionality*). Avec $n$ entrées, l'escalier devient une grille de cases :
# $L/\varepsilon$ marches le long de chaque entrée, soit environ $(L/\varepsilon)^n$ cases en tout. Avec 10 marches par
# entrée :

# %% slideshow={"slide_type": ""} translated_from="daa8f3817287"
steps_per_input = 10
for n_inputs in (1, 2, 8):
    print(f"{n_inputs} entrée(s) : {steps_per_input ** n_inputs} cases")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="563c694782a2"
# Avec les 8 mesures cliniques de la section 7, une case par neurone caché est une cause perdue : cent millions de
# neurones, et au moins autant de patients pour remplir les cases, bien plus qu'aucun hôpital n'en compte. Les vrais
# réseaux font beaucoup mieux, car les fonctions réelles ne sont pas quelconques : elles ont une structure que le réseau
# peut exploiter.
#
# **Le théorème de Kolmogorov-Arnold (1957).** Kolmogorov, après des travaux menés avec son élève Vladimir Arnold, a
# démontré que toute fonction continue $f$ de $n$ entrées sur le cube $[0, 1]^n$ peut s'écrire **exactement** sous la
# forme
#
# $$ f(x_1, \dots, x_n) = \sum_{q=0}^{2n} \Phi_q\Big(\sum_{p=1}^{n} \varphi_{q,p}(x_p)\Big), $$
#
# où les fonctions « intérieures » $\varphi_{q,p}$ et les fonctions « extérieures » $\Phi_q$ sont des fonctions
# continues d'**un seul** nombre. Autrement dit : transformer chaque entrée séparément, additionner les résultats (de
# $2n + 1$ façons différentes, $q = 0, \dots, 2n$), transformer chaque somme par une autre fonction d'une variable, et
# additionner à nouveau. La seule opération qui mélange les entrées est la **somme**. Un exemple familier a cette forme,
# avec un seul terme : l'indice de masse corporelle,
# $\text{IMC} = \text{poids} / \text{taille}^2 = \exp\big(\ln(\text{poids}) - 2\ln(\text{taille})\big)$, avec les
# fonctions intérieures $\ln$ et $-2\ln$ et la fonction extérieure $\exp$.

# %% slideshow={"slide_type": ""} translated_from="32edc4e6cc50"
weight_kg, height_m = np.array([54.0, 70.0, 98.0]), np.array([1.60, 1.75, 1.82])
bmi_direct = weight_kg / height_m**2
bmi_kolmogorov_arnold = np.exp(np.log(weight_kg) + (-2 * np.log(height_m)))   # ext(int1(x1) + int2(x2))
print("IMC (kg/m²) :", bmi_direct.round(1), "| les mêmes nombres par des fonctions d'une variable et une somme :",
      bmi_kolmogorov_arnold.round(1))
checks.close(bmi_kolmogorov_arnold, bmi_direct, tol=1e-9, name="IMC écrit sous la forme de Kolmogorov-Arnold")
n_inputs = 8
print(f"pour {n_inputs} entrées, la formule compte {2 * n_inputs + 1} fonctions extérieures et "
      f"{n_inputs * (2 * n_inputs + 1)} fonctions intérieures d'une variable")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="81210f977d2d"
# **Ce qu'il dit des réseaux de neurones.** Sa structure (des fonctions d'une variable, puis des sommes, puis des
# fonctions d'une variable, puis une somme) est celle d'un réseau à deux couches cachées, avec un nombre d'unités fixe et
# petit : pour 8 entrées, 136 fonctions intérieures et 17 fonctions extérieures (affichées ci-dessus). En principe, la
# largeur n'a donc pas besoin d'exploser.
#
# **Ce qu'il ne dit pas.** Ces fonctions ne sont ni des sigmoïdes ni des ReLU. En général, elles sont très irrégulières
# (continues, mais hachées plutôt que lisses), et les fonctions extérieures dépendent de $f$ : pour les trouver, il faut
# connaître $f$ partout, et non un échantillon de patients. Le théorème est une représentation exacte, pas une recette :
# il ne dit ni comment construire un tel réseau à partir d'exemples, ni comment il se comporterait sur de nouveaux
# patients. Girosi et Poggio (1989) l'ont jugé sans intérêt pour l'apprentissage pour cette raison ; Kůrková (1991) a
# répondu qu'il en existe des versions approchées, construites avec des neurones sigmoïdes ordinaires, mais en bien plus
# grand nombre. Pour les réseaux que nous entraînons réellement, c'est le théorème de Cybenko qui compte.
#
# Entre « une seule couche très large » et « des formules exactes mais inutilisables » se trouve ce qu'utilise la
# pratique : plusieurs couches de neurones ordinaires. Ce qui nous amène à la profondeur.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="ef30e92b2818"
# ## 6. Profondeur ou largeur : la dent de scie
#
# Prenons la fonction **tente** sur $[0, 1]$, construite avec seulement deux neurones ReLU :
# $T(x) = 2\,\text{ReLU}(x) - 4\,\text{ReLU}(x - 0{,}5)$. Elle monte de 0 à 1, puis redescend à 0. Donnons sa sortie à
# une autre copie d'elle-même, puis encore une fois : $T(T(x))$, $T(T(T(x)))$, … Chaque composition ajoute une
# **couche de 2 neurones**, et chacune **double** le nombre de morceaux linéaires. Après $k$ couches, on obtient $2^k$
# morceaux : une dent de scie.
#
# Un réseau à **une seule** couche cachée de $m$ neurones ReLU produit au plus $m + 1$ morceaux (un coude par neurone) :
# il lui faut donc au moins un neurone par coude. La dent de scie de profondeur $k$ a $2^k$ morceaux, donc $2^k - 1$
# coudes, plus un neurone qui lance le premier morceau montant en $x = 0$. La tente elle-même le montre : 1 coude (en
# 0,5) mais 2 neurones, celui en 0 qui lance la montée et celui en 0,5 qui la fait redescendre (les neurones des coudes
# ne peuvent pas, à eux seuls, donner cette première pente). En tout, une seule couche cachée demande $2^k$ neurones
# pour reproduire la dent de scie de profondeur $k$, contre $2k$ pour le réseau profond ; le code ci-dessous construit ce
# réseau peu profond et vérifie qu'il dessine la même dent de scie. C'est l'idée du résultat de Telgarsky (2015) :
# certaines fonctions qu'un réseau profond calcule à peu de frais demandent un nombre **exponentiel** de neurones à un
# réseau peu profond.
#
# La profondeur seule suffit d'ailleurs à l'universalité : Lu et ses collègues (2017) ont montré que des réseaux ReLU
# larges de seulement $n + 4$ neurones ($n$ entrées), mais aussi profonds qu'il le faut, peuvent approcher n'importe
# quelle fonction intégrable des $n$ entrées avec une erreur moyenne aussi petite qu'on le souhaite.

# %% slideshow={"slide_type": ""} translated_from="077efe8f81eb"
def tent(x):
    return 2 * activations.relu(x) - 4 * activations.relu(x - 0.5)           # une couche de 2 neurones ReLU


def sawtooth(x, depth):
    for _layer in range(depth):
        x = tent(x)
    return x


def count_pieces(y, x):
    slopes = np.round(np.diff(y) / np.diff(x), 6)
    return 1 + int(np.sum(slopes[1:] != slopes[:-1]))


def shallow_sawtooth(x, depth):
    # la même dent de scie avec UNE couche cachée de 2**depth neurones ReLU : un en x = 0 lance la montée, un par coude
    kinks = np.arange(1, 2**depth) / 2**depth                          # les 2**depth - 1 coudes
    slope_changes = 2 ** (depth + 1) * (-1.0) ** np.arange(1, 2**depth)  # redescendre, remonter, redescendre...
    return 2**depth * activations.relu(x) + activations.relu(x[:, None] - kinks) @ slope_changes


x_grid = np.linspace(0, 1, 2**12 + 1)                      # grille fine : chaque coude tombe sur un point de la grille
fig, axes = plt.subplots(1, 4, figsize=(12, 2.8), sharey=True)
for ax, depth in zip(axes, (1, 2, 3, 5)):
    y_saw = sawtooth(x_grid, depth)
    ax.plot(x_grid, y_saw, color=plotting.OKABE_ITO["green"], linewidth=1.5)
    ax.set(title=f"{depth} couche{'s' if depth > 1 else ''} ({2 * depth} neurones)\n"
                 f"{count_pieces(y_saw, x_grid)} morceaux linéaires", xlabel="entrée x (sans unité)")
axes[0].set_ylabel("sortie (sans unité)")
fig.suptitle("Composer la fonction tente : chaque couche double le nombre de morceaux linéaires", fontweight="bold")
plt.show()

pd.DataFrame({"couches k": range(1, 7),
              "profond : neurones": [2 * k for k in range(1, 7)],
              "morceaux linéaires": [count_pieces(sawtooth(x_grid, k), x_grid) for k in range(1, 7)],
              "coudes": [count_pieces(sawtooth(x_grid, k), x_grid) - 1 for k in range(1, 7)],
              "une couche : neurones nécessaires": [2**k for k in range(1, 7)]}).set_index("couches k")

# %% slideshow={"slide_type": ""} translated_from="f00a4185366c"
checks.true(all(count_pieces(sawtooth(x_grid, k), x_grid) == 2**k for k in range(1, 7)),
            "k couches de 2 neurones ReLU donnent 2^k morceaux linéaires (k = 1 ... 6)")
checks.true(all(np.allclose(shallow_sawtooth(x_grid, k), sawtooth(x_grid, k)) for k in range(1, 7)),
            "une seule couche cachée de 2^k neurones ReLU dessine la même dent de scie (k = 1 ... 6)")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="ef8132434db5"
# En pratique, largeur et profondeur se règlent toutes deux comme des **hyperparamètres**. Les réseaux profonds se sont
# imposés pour les images, le son et le texte parce que les fonctions du monde réel sont faites de parties de parties
# (contours -> formes -> organes), exactement ce que capture la composition.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="88371539aa35"
# ## 7. La démonstration du dépistage du diabète
#
# Le cours d'origine termine son exposé par une démonstration : un tableau de **15 000 patients** décrits par
# **8 mesures cliniques** et une étiquette *diabétique oui/non*, **20 %** des patients mis de côté pour l'évaluation, et
# un réseau à **deux couches cachées de 20 neurones**. Les diapositives présentent ces données comme venant d'un
# laboratoire américain ; leurs colonnes sont celles du célèbre jeu de données sur le diabète des Indiens Pima (National
# Institute of Diabetes and Digestive and Kidney Diseases, aux États-Unis : des femmes de 21 ans ou plus, d'où une
# colonne qui compte les grossesses). Nous refaisons la démonstration avec PyTorch. Nos patients sont **synthétiques** :
# un générateur à graine fixe produit des dossiers avec des unités et des plages réalistes, et un lien plausible et
# documenté entre les mesures et l'étiquette (voir `data/README.md`). Ils servent à enseigner la méthode ; ils ne disent
# rien de vrais patients.

# %% slideshow={"slide_type": ""} translated_from="e5436082911f"
diabetes = make_diabetes_screening(n=15000, seed=2024)
print(f"{len(diabetes)} patients, dont {diabetes['Diabetic'].mean():.1%} de diabétiques")
diabetes.head()

# %% slideshow={"slide_type": ""} translated_from="2b57ca4dc56c"
pd.DataFrame({name: {"mesure": description, "unité": unit,
                     "moyenne": diabetes[name].mean().round(2), "min": diabetes[name].min(), "max": diabetes[name].max()}
              for name, (description, unit, _) in FEATURES.items()}).T

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="cc715e4dd549"
# **Avant tout modèle, trois réflexes :**
#
# - `PatientID` est un **identifiant**, pas une mesure. Il ne doit jamais servir de variable d'entrée : un modèle
#   pourrait l'apprendre par cœur (fuite de données), et les identifiants sont confidentiels. Les vrais dossiers doivent
#   être pseudonymisés avant de sortir de l'hôpital.
# - Ici, chaque patient n'apparaît qu'une fois. Avec des consultations répétées, on sépare les données **par patient**,
#   jamais par consultation, sinon le jeu de test fuit dans l'entraînement.
# - Environ un tiers des patients sont diabétiques : les classes sont un peu déséquilibrées, nous donnons donc la
#   sensibilité et la spécificité, pas seulement l'exactitude (*accuracy*).
#
# **Découpage** : 20 % des patients sont mis de côté comme **jeu de test**, utilisé une seule fois, tout à la fin. Sur
# les 80 % restants, 10 % forment un **jeu de validation** : il surveille l'entraînement, et tout choix fait après
# l'entraînement (ici, le seuil de dépistage) se fait sur lui, jamais sur les patients de test. Ensuite, nous
# **standardisons** les données avec les moyennes et les écarts-types des seuls patients d'entraînement.

# %% slideshow={"slide_type": ""} translated_from="6fb8f611b6fd"
feature_names = list(FEATURES)                                 # les 8 mesures, sans PatientID
X = diabetes[feature_names].to_numpy(dtype=float)
y = diabetes["Diabetic"].to_numpy()
X_trval, X_test, y_trval, y_test, ids_trval, ids_test = train_test_split(
    X, y, diabetes["PatientID"].to_numpy(), test_size=0.20, random_state=0, stratify=y)
X_train, X_val, y_train, y_val = train_test_split(X_trval, y_trval, test_size=0.10, random_state=0, stratify=y_trval)
X_train_s, X_val_s, X_test_s = training.standardize(X_train, X_val, X_test)
print(f"entraînement {len(X_train)} | validation {len(X_val)} | test {len(X_test)} patients")
checks.true(len(set(ids_trval) & set(ids_test)) == 0, "aucun patient n'est à la fois dans le jeu d'entraînement et de test")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="b295182d27ed"
# **Le réseau** : 8 entrées -> 20 ReLU -> 20 ReLU -> 1 sortie, un *logit* (la somme pondérée du neurone de sortie, avant
# la sigmoïde ; `BCEWithLogitsLoss` applique la sigmoïde à l'intérieur de la fonction de perte, et nous l'appliquons
# nous-mêmes pour lire des probabilités).
#
# **Comment il est entraîné**, avec le vocabulaire du cours d'origine :
#
# - des **mini-lots** de 128 patients : chaque lot donne un gradient et une mise à jour (une *itération*) ;
# - une **époque** est un passage complet sur les patients d'entraînement : une mise à jour par mini-lot (leur nombre
#   est affiché plus bas) ;
# - l'optimiseur **Adam** (notebook 04), avec un taux d'apprentissage de départ de 0,01 ;
# - la **décroissance du taux d'apprentissage** : le cours d'origine conseille de diminuer $\alpha$ au fil du temps.
#   `ExponentialLR` le multiplie par 0,85 après chaque époque : $\alpha_e = 0{,}01 \times 0{,}85^{e}$ pendant
#   l'époque $e + 1$. De grands pas d'abord pour avancer, puis de petits pas pour se poser.
#
# Les poids aléatoires de départ et le mélange des mini-lots dépendent d'une **graine** (*seed*). Nous entraînons avec la
# graine 0 et gardons ce réseau ; deux autres graines, plus bas, montrent ce que le résultat doit au hasard. Le graphique
# ci-dessous se met à jour après chaque époque.

# %% slideshow={"slide_type": ""} translated_from="3e55744c042f"
def make_screening_mlp():
    return torch.nn.Sequential(torch.nn.Linear(8, 20), torch.nn.ReLU(),
                               torch.nn.Linear(20, 20), torch.nn.ReLU(),
                               torch.nn.Linear(20, 1))


def train_screening_mlp(seed, live_plot=False):
    # la recette de la démonstration ; la graine fixe les poids de départ et l'ordre des mini-lots
    torch.manual_seed(seed)
    model = make_screening_mlp()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.85)     # décroissance du taux d'apprentissage
    batches = MiniBatches(X_train_t, y_train_t, batch_size=128, seed=seed)
    model_history = training.fit(model, batches, [(X_val_t, y_val_t)], loss_fn=loss_fn, optimizer=optimizer,
                                 scheduler=scheduler, epochs=12, progress=live_plot, live_plot=live_plot)
    return model, model_history


X_train_t, y_train_t = training.to_tensors(X_train_s, y_train.reshape(-1, 1))
X_val_t, y_val_t = training.to_tensors(X_val_s, y_val.reshape(-1, 1))
print(f"{len(MiniBatches(X_train_t, y_train_t, batch_size=128))} mises à jour (mini-lots de 128 patients) par époque")
screening_mlp, history = train_screening_mlp(seed=0, live_plot=True)

# %% slideshow={"slide_type": ""} translated_from="1f7e7b60044c"
fig, axes = plt.subplots(1, 2, figsize=(10.5, 3.4))
plotting.plot_history(history, keys=["train_loss", "val_loss"], ax=axes[0], ylabel="entropie croisée moyenne (sans unité)",
                      title="Courbes d'apprentissage")
axes[1].plot(np.arange(1, len(history["lr"]) + 1), history["lr"], marker="o", color=plotting.OKABE_ITO["black"])
axes[1].set(xlabel="époque", ylabel="taux d'apprentissage α (sans unité)",
            title="Décroissance du taux d'apprentissage (× 0,85 par époque)")
plt.show()
checks.true(history["val_loss"][-1] < 0.9 * history["val_loss"][0], "la perte de validation a baissé de plus de 10 %")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="6be9035d597b"
# ### Étape 1 : tous les choix, sur les patients de validation
#
# Quelques rappels du notebook 03. La **sensibilité** est la part des diabétiques que le dépistage signale ; la
# **spécificité**, la part des non-diabétiques qu'il ne signale pas. Un modèle donne à chaque patient un **score**
# (ici une probabilité), et un **seuil** le transforme en décision : « signaler si score $\ge$ seuil ». La **courbe ROC**
# trace la sensibilité en fonction de $1 - \text{spécificité}$ (le taux de fausses alertes) pour tous les seuils
# possibles. L'aire sous cette courbe, l'**AUC ROC**, est la probabilité qu'un diabétique tiré au hasard obtienne un
# score plus élevé qu'un non-diabétique tiré au hasard : 0,5 correspond à pile ou face, 1 à un classement parfait.
#
# Un modèle appris ne vaut sa complexité que s'il fait mieux que des règles simples. À côté du PMC, deux **modèles de
# référence** :
#
# - un **seuil de glycémie**, la règle la plus simple qu'un service puisse écrire : signaler dès que la glycémie à 2 h
#   atteint une certaine valeur (le score est la glycémie elle-même, en mg/dL) ;
# - la **régression logistique**, un neurone avec une sigmoïde sur les 8 mesures (notebook 03).
#
# **La règle de dépistage, fixée avant de regarder les scores du moindre modèle :** repérer au moins **90 %** des
# diabétiques, avec le moins de fausses alertes possible. Pour chaque modèle, le seuil retenu est le plus élevé qui
# atteint 90 % de sensibilité **sur les patients de validation**. La courbe en pointillés est l'**idéal** : la
# probabilité propre au générateur, qu'aucun modèle réel ne peut connaître. Les deux graines supplémentaires du PMC
# montrent la dispersion due au hasard.

# %% slideshow={"slide_type": ""} translated_from="037a30714c05"
def mlp_probability(model, X_scaled):
    return torch.sigmoid(training.predict(model, X_scaled)).numpy().ravel()


def threshold_for_sensitivity(y_true, scores, target=0.9):
    # descendre le long de la courbe ROC (seuil le plus haut d'abord) jusqu'à atteindre la sensibilité visée (notebook 03)
    _false_alarm_rate, sensitivity, thresholds = metrics.roc_curve(y_true, scores)
    return thresholds[np.argmax(sensitivity >= target)]


def screening_row(y_true, scores, threshold):
    # l'AUC ROC des scores, puis la sensibilité et la spécificité de « signaler si score >= seuil »
    rates = metrics.binary_metrics(y_true, (scores >= threshold).astype(int))
    return {"AUC ROC": metrics.roc_auc(y_true, scores), "seuil": threshold,
            "sensibilité": rates["sensitivity"], "spécificité": rates["specificity"]}


glucose_column = feature_names.index("PlasmaGlucose")
logistic = LogisticRegression(max_iter=1000).fit(X_train_s, y_train)
other_mlps = {seed: train_screening_mlp(seed)[0] for seed in tqdm((1, 2), desc="deux autres graines", unit="réseau")}
IDEAL = "idéal (probabilité du générateur)"

val_scores = {"seuil de glycémie (mg/dL)": X_val[:, glucose_column],
              "régression logistique": logistic.predict_proba(X_val_s)[:, 1],
              "PMC 8-20-20-1, graine 0": mlp_probability(screening_mlp, X_val_s)}
val_scores.update({f"PMC 8-20-20-1, graine {seed}": mlp_probability(model, X_val_s) for seed, model in other_mlps.items()})
val_scores[IDEAL] = diabetes_probability(pd.DataFrame(X_val, columns=feature_names))
chosen = {name: threshold_for_sensitivity(y_val, scores) for name, scores in val_scores.items()}
validation_table = pd.DataFrame({name: screening_row(y_val, scores, chosen[name])
                                 for name, scores in val_scores.items()}).T.round(3)
mlp_rows = validation_table[validation_table.index.str.startswith("PMC")]
print(f"validation : {len(y_val)} patients, dont {y_val.sum()} diabétiques | PMC sur {len(mlp_rows)} graines : "
      f"AUC de {mlp_rows['AUC ROC'].min():.3f} à {mlp_rows['AUC ROC'].max():.3f}, spécificité au seuil retenu "
      f"de {mlp_rows['spécificité'].min():.1%} à {mlp_rows['spécificité'].max():.1%}")
validation_table   # seuil : en mg/dL pour le seuil de glycémie, une probabilité pour les autres

# %% slideshow={"slide_type": ""} translated_from="bab78c5af816"
roc_styles = {"seuil de glycémie (mg/dL)": (plotting.OKABE_ITO["sky"], "-"),
              "régression logistique": (plotting.OKABE_ITO["orange"], "-"),
              "PMC 8-20-20-1, graine 0": (plotting.OKABE_ITO["green"], "-"), IDEAL: ("0.4", ":")}
fig, ax = plt.subplots(figsize=(7.2, 5.6))
for name, (color, style) in roc_styles.items():
    false_alarms, sensitivity, _ = metrics.roc_curve(y_val, val_scores[name])
    ax.plot(false_alarms, sensitivity, color=color, linestyle=style,
            label=f"{name} : AUC {i18n.number(validation_table.loc[name, 'AUC ROC'], '.3f')}")
    ax.plot(1 - validation_table.loc[name, "spécificité"], validation_table.loc[name, "sensibilité"], "o",
            color=color, markersize=9, markeredgecolor="black", zorder=2 if name == IDEAL else 3)   # idéal dessous
ax.plot([0, 1], [0, 1], color="0.75", linestyle="--", label="pile ou face : AUC 0,5")
ax.axhline(0.9, color="0.5", linewidth=0.8, linestyle="-.", label="90 % de sensibilité (la règle de dépistage)")
ax.set(xlabel="taux de fausses alertes = 1 − spécificité (proportion)", ylabel="sensibilité (proportion)",
       xlim=(-0.02, 1.02), ylim=(-0.02, 1.02),
       title="Courbes ROC, patients de validation\n(points : le seuil retenu pour 90 % de sensibilité)")
ax.legend(loc="lower right")
plt.show()

# %% slideshow={"slide_type": ""} translated_from="d6fd99cdd4e4"
baseline_rows = validation_table.loc[["seuil de glycémie (mg/dL)", "régression logistique"]]
checks.true(mlp_rows["AUC ROC"].max() - mlp_rows["AUC ROC"].min() < 0.01,
            "les trois graines du PMC concordent : écart d'AUC inférieur à 0,01")
checks.true(mlp_rows["AUC ROC"].min() > baseline_rows["AUC ROC"].max() + 0.05,
            "chaque graine du PMC classe les patients de validation mieux que les deux modèles de référence "
            "(AUC supérieure de plus de 0,05)")
checks.true(mlp_rows["spécificité"].min() > baseline_rows["spécificité"].max() + 0.1,
            "à 90 % de sensibilité, chaque graine du PMC a une spécificité supérieure d'au moins 10 points à celle du "
            "meilleur modèle de référence")
checks.true(abs(baseline_rows.loc["régression logistique", "spécificité"]
                - baseline_rows.loc["seuil de glycémie (mg/dL)", "spécificité"]) < 0.1,
            "à 90 % de sensibilité, la régression logistique écarte à peine plus de non-diabétiques que le seuil de "
            "glycémie")
checks.true(chosen["seuil de glycémie (mg/dL)"] < 140,
            "le seuil de glycémie qui repère 90 % des diabétiques est inférieur à 140 mg/dL, la limite de la "
            "tolérance normale")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="813d173f5152"
# Les trois graines donnent presque les mêmes résultats (leur dispersion est affichée au-dessus du tableau) : l'avance
# du PMC sur les deux modèles de référence dépasse de loin ce que le hasard de l'initialisation fait varier.
#
# Le seuil de glycémie qui repère 90 % des diabétiques se situe bien en dessous des 2 g/L (200 mg/dL, 11,1 mmol/L) à
# 2 heures qui posent le diagnostic de diabète (OMS, American Diabetes Association), et même sous 1,40 g/L (140 mg/dL),
# la limite de la tolérance normale : un dépistage doit repérer presque tout le monde, et nos étiquettes suivent la
# règle du générateur, pas un critère diagnostique ; ce seuil n'a donc aucun sens clinique. À 90 % de sensibilité, il
# signale environ 7 non-diabétiques sur 10. La régression logistique, bien qu'elle utilise les 8 mesures, fait à peine
# mieux en ce point de sa courbe (son AUC plus élevée vient d'autres seuils). Seul le PMC, capable de suivre les
# relations non linéaires, épargne environ 3 non-diabétiques sur 4.
#
# ### Étape 2 : le jeu de test, une seule fois
#
# Tous les choix sont faits : les poids (patients d'entraînement), le seuil (patients de validation). Maintenant
# seulement, nous ouvrons les 3 000 patients de test, une seule fois, avec le réseau de graine 0 que nous avons gardé.

# %% slideshow={"slide_type": ""} translated_from="12e7a894c9ec"
p_mlp = mlp_probability(screening_mlp, X_test_s)
test_scores = {"seuil de glycémie (mg/dL)": X_test[:, glucose_column],
               "régression logistique": logistic.predict_proba(X_test_s)[:, 1],
               "PMC 8-20-20-1, graine 0": p_mlp,
               IDEAL: diabetes_probability(pd.DataFrame(X_test, columns=feature_names))}
test_table = pd.DataFrame({name: screening_row(y_test, scores, chosen[name])
                           for name, scores in test_scores.items()}).T.round(3)
print(f"test : {len(y_test)} patients, dont {y_test.sum()} diabétiques ; seuils choisis sur les patients de validation")
test_table   # patients de test, examinés une seule fois

# %% slideshow={"slide_type": ""} translated_from="0019a5f215ba"
fig, axes = plt.subplots(1, 3, figsize=(13, 4.0))
for ax, name in zip(axes, ["seuil de glycémie (mg/dL)", "régression logistique", "PMC 8-20-20-1, graine 0"]):
    plotting.plot_confusion(y_test, (test_scores[name] >= chosen[name]).astype(int), ax=ax,
                            class_names=("non diabétique", "diabétique"), title=f"{name}\nseuil {chosen[name]:.3g}")
fig.suptitle("Patients de test, aux seuils choisis sur les patients de validation", fontweight="bold")
plt.show()

# %% slideshow={"slide_type": ""} translated_from="d5bf58b9aa60"
mlp_test, logistic_test = test_table.loc["PMC 8-20-20-1, graine 0"], test_table.loc["régression logistique"]
checks.between(mlp_test["sensibilité"], 0.85, 0.95, name="sensibilité du PMC sur les patients de test (visée : 0,9)")
checks.true(mlp_test["spécificité"] > logistic_test["spécificité"] + 0.1,
            "avec la même règle de dépistage, le PMC a une spécificité supérieure d'au moins 10 points à celle de la "
            "régression logistique")
checks.true(mlp_test["AUC ROC"] > logistic_test["AUC ROC"] + 0.05,
            "l'AUC de test du PMC dépasse celle de la régression logistique de plus de 0,05")
checks.true(test_table.loc[IDEAL, "AUC ROC"] - mlp_test["AUC ROC"] < 0.02,
            "l'AUC de test du PMC est à moins de 0,02 de l'idéal")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="f00740b753ed"
# Comment lire ces résultats :
#
# - Les patients de test confirment ce que montraient les patients de validation. Le seuil choisi pour 90 % de
#   sensibilité sur les patients de validation donne aussi environ 90 % sur les patients de test (pas exactement : il a
#   été choisi sur un échantillon).
# - Le PMC fait nettement mieux que les deux modèles de référence, car le générateur cache des relations **non
#   linéaires** (un risque qui grimpe en flèche au-delà d'une glycémie d'environ 1,35 g/L, soit 135 mg/dL, et un risque
#   qui augmente aux *deux* extrémités de l'insulinémie). Un neurone seul ne peut pas épouser ces courbures. Sur
#   beaucoup de vrais jeux de données tabulaires, l'écart est bien plus faible, voire nul : comparez toujours à un modèle
#   de référence simple.
# - La ligne **idéal** utilise la vraie probabilité du générateur. En moyenne, aucun modèle ne peut faire mieux, car
#   l'étiquette reste en partie due au hasard une fois les mesures connues. Notre PMC s'en approche.
# - En **dépistage**, manquer un diabétique coûte plus cher qu'un examen de confirmation de trop : nous avons donc
#   sacrifié de la spécificité au profit de la sensibilité. Le seuil est un choix clinique, fait sur les données de
#   validation avant d'ouvrir le jeu de test.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="b66c3fd26c98"
# ## 8. Le surapprentissage, et trois remèdes
#
# Avec 10 800 patients et quelques centaines de poids (l'exercice 3 les compte), le réseau ci-dessus n'avait pas la
# place d'apprendre par cœur. Facilitons-lui le surapprentissage (*overfitting*) : seulement **300** patients
# d'entraînement et un réseau bien plus gros, **8 -> 64 -> 64 -> 1** (son nombre de poids est affiché plus bas),
# entraîné pendant 60 époques. Trois remèdes classiques, trois formes de **régularisation** au sens large :
#
# - l'**arrêt précoce** (*early stopping*, `patience=10`) : on arrête quand la perte de validation ne s'est pas améliorée
#   depuis 10 époques, et on garde les meilleurs poids. C'est la consigne du cours d'origine : « arrêter quand
#   l'évaluation ne s'améliore plus » ;
# - la **pénalisation des poids** (*weight decay*, une pénalité L2, `weight_decay=0.01`) : chaque pas tire aussi chaque
#   poids vers 0, ce qui favorise des fonctions plus lisses ;
# - le **dropout** (`p = 0.5`) : pendant l'entraînement, chaque neurone caché est éteint au hasard une fois sur deux, si
#   bien que le réseau ne peut compter sur aucun neurone en particulier. Le dropout est désactivé à l'évaluation
#   (`model.eval()`, que fait `training.fit`).
#
# **Quels patients pour quoi.** Les 300 sont tirés parmi les 10 800 patients d'entraînement, et 1 200 *autres* patients
# d'entraînement servent de **jeu de validation** à cette expérience (courbes d'apprentissage, arrêt précoce). Les
# réseaux sont ensuite comparés sur les 1 200 patients de validation de la section 7, qu'aucun d'eux n'a vus : des
# patients **mis de côté**, ceux-là mêmes sur lesquels le réseau de la section 7 a été évalué, et le jeu de test reste
# sous clé. À côté se tient un modèle de référence : une régression logistique entraînée sur les mêmes 300 patients. Avec
# si peu de patients, la chance compte : tout est répété avec **3 graines** (un nouveau tirage des 300 patients, de
# nouveaux poids de départ, de nouveaux mini-lots), et le tableau donne la moyenne et, entre crochets, le minimum et le
# maximum des trois. Le **modèle retenu** est le réseau tel que l'entraînement l'a laissé : après la dernière époque ou,
# avec l'arrêt précoce, avec les meilleurs poids restaurés.

# %% slideshow={"slide_type": ""} translated_from="83f8c7b3689b"
def big_mlp(dropout=0.0, seed=0):
    torch.manual_seed(seed)
    layers = [torch.nn.Linear(8, 64), torch.nn.ReLU(), torch.nn.Dropout(dropout),
              torch.nn.Linear(64, 64), torch.nn.ReLU(), torch.nn.Dropout(dropout),
              torch.nn.Linear(64, 1)]
    return torch.nn.Sequential(*layers)


variants = {
    "sans remède": dict(dropout=0.0, weight_decay=0.0, patience=None),
    "arrêt précoce": dict(dropout=0.0, weight_decay=0.0, patience=10),
    "pénalisation des poids": dict(dropout=0.0, weight_decay=0.01, patience=None),
    "dropout": dict(dropout=0.5, weight_decay=0.0, patience=None),
}
SEEDS = (0, 1, 2)
overfit_histories, overfit_runs = {}, []
for seed in tqdm(SEEDS, desc=f"{len(variants)} réseaux × {len(SEEDS)} graines", unit="graine"):
    order = np.random.default_rng(seed).permutation(len(X_train_s))    # un nouveau tirage de patients d'entraînement
    few, watch = order[:300], order[300:1500]                          # 300 pour entraîner, 1 200 autres pour valider
    X_few_t, y_few_t = training.to_tensors(X_train_s[few], y_train[few].reshape(-1, 1))
    X_watch_t, y_watch_t = training.to_tensors(X_train_s[watch], y_train[watch].reshape(-1, 1))
    for name, setting in variants.items():
        model = big_mlp(setting["dropout"], seed)
        opt = torch.optim.Adam(model.parameters(), lr=3e-3, weight_decay=setting["weight_decay"])
        hist = training.fit(model, MiniBatches(X_few_t, y_few_t, batch_size=50, seed=seed), [(X_watch_t, y_watch_t)],
                            loss_fn=loss_fn, optimizer=opt, epochs=60, patience=setting["patience"], progress=False)
        overfit_histories[name, seed] = hist
        overfit_runs.append({"modèle": name, "graine": seed, "époques effectuées": len(hist["val_loss"]),
                             "époque de la perte de validation minimale": int(np.argmin(hist["val_loss"])) + 1,
                             "perte de validation minimale": min(hist["val_loss"]),
                             "perte de validation du modèle retenu": loss_fn(training.predict(model, X_watch_t),
                                                                             y_watch_t).item(),
                             "AUC (patients mis de côté)": metrics.roc_auc(y_val, mlp_probability(model, X_val_s))})
    small_logistic = LogisticRegression(max_iter=1000).fit(X_train_s[few], y_train[few])
    overfit_runs.append({"modèle": "régression logistique (mêmes 300)", "graine": seed,
                         "AUC (patients mis de côté)": metrics.roc_auc(y_val, small_logistic.predict_proba(X_val_s)[:, 1])})
overfit_runs = pd.DataFrame(overfit_runs)
print(f"le gros réseau a {training.count_parameters(big_mlp())} poids pour 300 patients ; le réseau de la section 7 "
      f"a appris sur {len(X_train)} patients, {len(X_train) / 300:.0f} fois plus")

# %% slideshow={"slide_type": ""} translated_from="fe364828a591"
fig, axes = plt.subplots(1, 4, figsize=(13, 3.6), sharey=True)
for ax, name in zip(axes, variants):
    hist = overfit_histories[name, 0]
    epochs_run = np.arange(1, len(hist["train_loss"]) + 1)
    ax.plot(epochs_run, hist["train_loss"], color=plotting.OKABE_ITO["green"], label="entraînement (300 patients)")
    ax.plot(epochs_run, hist["val_loss"], color=plotting.OKABE_ITO["orange"], label="validation (1 200 autres)")
    best = int(np.argmin(hist["val_loss"])) + 1
    ax.axvline(best, color="0.4", linestyle=":", label="époque de la perte de validation minimale")
    near_right_edge = best > 45                                         # alors l'étiquette va à gauche de la ligne
    ax.text(best - 1 if near_right_edge else best + 1, 0.93, f"époque {best}", color="0.3",
            ha="right" if near_right_edge else "left")
    ax.set(title=name, xlabel="époque", xlim=(0, 61), ylim=(0, 1.0))
axes[0].set_ylabel("entropie croisée moyenne (sans unité)")
fig.legend(*axes[0].get_legend_handles_labels(), loc="outside lower center", ncol=3)
fig.suptitle("Surapprentissage sur 300 patients, et trois remèdes (graine 0)", fontweight="bold")
plt.show()


def mean_and_range(values, digits=3):
    # « moyenne [min-max] » des valeurs des 3 graines (« - » là où la colonne ne s'applique pas)
    values = pd.Series(values).dropna()
    if values.empty:
        return "-"
    return f"{values.mean():.{digits}f} [{values.min():.{digits}f}-{values.max():.{digits}f}]"


COLUMN_DIGITS = {"époques effectuées": 0, "époque de la perte de validation minimale": 0,
                 "perte de validation minimale": 3, "perte de validation du modèle retenu": 3,
                 "AUC (patients mis de côté)": 3}
overfit_table = overfit_runs.groupby("modèle", sort=False).agg(
    {column: lambda values, digits=digits: mean_and_range(values, digits) for column, digits in COLUMN_DIGITS.items()})
overfit_table.loc["PMC de la section 7 (10 800 patients)"] = ["-"] * 4 + [mean_and_range(mlp_rows["AUC ROC"])]
overfit_table   # moyenne [min-max] sur les 3 graines ; AUC : sur les patients de validation de la section 7

# %% slideshow={"slide_type": ""} translated_from="a5e173d3104c"
runs = overfit_runs.set_index(["modèle", "graine"])
plain = runs.loc["sans remède"]
checks.true(bool(np.all(plain["perte de validation du modèle retenu"] > plain["perte de validation minimale"] + 0.1)),
            "sans remède, pour chaque graine, la perte de validation remonte bien au-dessus de son minimum "
            "(surapprentissage)")
checks.true(max(overfit_histories["sans remède", seed]["train_loss"][-1] for seed in SEEDS) < 0.15,
            "sans remède, pour chaque graine, la perte d'entraînement passe sous 0,15 (apprentissage par cœur)")
checks.true(bool(np.all(runs.loc["arrêt précoce", "époques effectuées"] < 60)),
            "l'arrêt précoce s'est déclenché avant l'époque 60 pour chaque graine")
for name in ("pénalisation des poids", "dropout"):
    checks.true(bool(np.all(runs.loc[name, "perte de validation du modèle retenu"]
                            < plain["perte de validation du modèle retenu"] - 0.1)),
                f"{name} : pour chaque graine, la perte de validation finale est bien plus basse que celle du réseau "
                "non protégé")
auc_big = overfit_runs.loc[overfit_runs["modèle"].isin(list(variants)), "AUC (patients mis de côté)"]
checks.true(auc_big.max() < mlp_rows["AUC ROC"].min(),
            "aucun réseau entraîné sur 300 patients n'atteint le réseau de la section 7 (10 800 patients), quelle "
            "que soit la graine")
checks.true(bool(np.all(runs.loc["pénalisation des poids", "AUC (patients mis de côté)"]
                        > runs.loc["régression logistique (mêmes 300)", "AUC (patients mis de côté)"] + 0.03)),
            "avec la pénalisation des poids, le gros réseau bat la régression logistique entraînée sur les mêmes "
            "300 patients, pour chaque graine")
print(f"AUC (patients mis de côté), moyenne des trois graines : arrêt précoce "
      f"{runs.loc['arrêt précoce', 'AUC (patients mis de côté)'].mean():.3f}, "
      f"sans remède {plain['AUC (patients mis de côté)'].mean():.3f}")   # plus basse avec l'arrêt précoce : 15 graines sur 20

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="0ef71cfec43d"
# Sans protection, la perte d'entraînement tombe presque à 0 : le réseau a appris par cœur 300 patients. Pendant ce
# temps, la perte de validation fait demi-tour après une douzaine d'époques (la ligne pointillée) et remonte : c'est le
# **surapprentissage**, pour chaque graine. La pénalisation des poids et le dropout empêchent le réseau d'apprendre par
# cœur dès le départ, et la pénalisation des poids bat, pour chaque graine, le modèle de référence ajusté sur les mêmes
# 300 patients. Pourtant, aucun réseau entraîné sur 300 patients n'atteint l'AUC du réseau de la section 7, entraîné
# sur 36 fois plus de patients : le meilleur remède reste d'avoir **davantage de données**.
#
# Une surprise, à retenir : l'arrêt précoce a gardé l'époque où la **perte** de validation était la plus basse, et
# pourtant son AUC est ici inférieure, en moyenne sur les trois graines (affichée ci-dessus), à celle du réseau non
# protégé ; graine par graine, elle l'a été pour 15 des 20 graines essayées (de 0 à 19). La perte
# punit sévèrement les probabilités trop sûres d'elles, qui apparaissent tôt
# dans le surapprentissage, alors que le *classement* des patients, seul mesuré par l'AUC, peut encore s'améliorer un
# moment. L'arrêt précoce optimise le nombre qu'il surveille : surveillez celui qui compte pour l'usage visé
# (`training.fit` peut aussi enregistrer une métrique, `metric`, sur les patients de validation à chaque époque).

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="f2c14f7c7d4b"
# ## 9. Enregistrer et recharger un modèle entraîné, en toute sécurité
#
# L'entraînement est la partie coûteuse. Une fois entraîné, le réseau n'est plus qu'un petit fichier de nombres, et s'en
# servir ne coûte presque rien. Le cours d'origine le souligne : un modèle entraîné sur de grosses machines peut ensuite
# tourner sur un téléphone ou un système embarqué.
#
# - Enregistrez le **`state_dict`** (les poids, rangés par nom de couche) avec ce qu'il faut pour s'en servir : ici les
#   moyennes et écarts-types de la standardisation et l'ordre des variables. Un modèle sans son prétraitement donne
#   n'importe quoi.
# - `torch.save` utilise le format *pickle* de Python, et charger un pickle peut **exécuter du code arbitraire** caché
#   dans le fichier. Chargez toujours avec **`torch.load(..., weights_only=True)`**, qui n'accepte que des tenseurs et
#   des conteneurs simples (dictionnaires, listes, nombres, chaînes de caractères).
# - Ne mettez jamais de données de patients dans un fichier de modèle que vous partagez.

# %% slideshow={"slide_type": ""} translated_from="719d33a53fbb"
checkpoint = {
    "state_dict": screening_mlp.state_dict(),
    "feature_names": feature_names,
    "mean": torch.tensor(X_train.mean(axis=0)),
    "std": torch.tensor(X_train.std(axis=0)),
}
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "diabetes_screening_mlp.pt"
    torch.save(checkpoint, path)
    size_kb = path.stat().st_size / 1024
    loaded = torch.load(path, weights_only=True)            # tenseurs et conteneurs simples seulement : aucun code ne s'exécute

reloaded_mlp = make_screening_mlp()                         # même architecture, nouveaux poids aléatoires
reloaded_mlp.load_state_dict(loaded["state_dict"])          # ... remplacés par les poids enregistrés
X_new = (X_test - loaded["mean"].numpy()) / loaded["std"].numpy()   # le prétraitement vient du fichier
p_reloaded = torch.sigmoid(training.predict(reloaded_mlp, X_new)).numpy().ravel()
print(f"fichier du modèle : {size_kb:.1f} ko, variables : {loaded['feature_names']}")
checks.close(p_reloaded, p_mlp, tol=1e-6, name="prédictions du modèle rechargé contre celles de l'original")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="ba8c93d23d91"
# ## 10. Modèles pré-entraînés et affinage (*fine-tuning*)
#
# Entraîner un grand réseau à partir de zéro demande beaucoup de données et de puissance de calcul. Mais un réseau
# entraîné sur un grand jeu de données a déjà appris, dans ses couches cachées, des **caractéristiques intermédiaires**
# utiles : des contours et des textures dans les images, des combinaisons typiques de résultats biologiques dans les
# tableaux. On part donc rarement de zéro :
#
# 1. prendre un modèle **pré-entraîné** (partagé par une équipe de recherche ou une entreprise, par exemple entraîné sur
#    des millions d'images) ;
# 2. remplacer sa dernière couche par une couche adaptée à la nouvelle tâche ;
# 3. **geler** les premières couches (pas de gradient, `requires_grad = False`) et n'entraîner que la nouvelle couche
#    sur le petit jeu de données local ; éventuellement, **affiner** ensuite l'ensemble avec un petit taux
#    d'apprentissage.
#
# Précautions : vérifiez la licence et les données que le modèle a vues ; évaluez-le de nouveau sur des patients
# locaux, car un modèle venu d'un hôpital peut échouer dans un autre (**décalage de domaine**, *domain shift*,
# notebook 09).
#
# Ci-dessous, le réseau de dépistage joue le rôle du modèle « pré-entraîné », et une nouvelle clinique apporte
# 600 patients (synthétiques, et issus ici du même générateur : l'exemple montre surtout la mécanique). La clinique
# garde un quart de ses patients pour le test.

# %% slideshow={"slide_type": ""} translated_from="e32dbf9b3e51"
clinic = make_diabetes_screening(n=600, seed=7)
Xc, yc = clinic[feature_names].to_numpy(dtype=float), clinic["Diabetic"].to_numpy()
mean_np, std_np = X_train.mean(axis=0), X_train.std(axis=0)             # garder la mise à l'échelle du modèle pré-entraîné


def fine_tune_last_layer(X_scaled, y, seed=1):
    tuned = copy.deepcopy(screening_mlp)
    for parameter in tuned.parameters():
        parameter.requires_grad = False                      # geler les couches pré-entraînées
    torch.manual_seed(seed)
    tuned[-1] = torch.nn.Linear(20, 1)                       # une nouvelle couche de sortie, entraînable
    X_t, y_t = training.to_tensors(X_scaled, y.reshape(-1, 1))
    training.fit(tuned, MiniBatches(X_t, y_t, batch_size=32, seed=seed), loss_fn=loss_fn, lr=0.01, epochs=30,
                 progress=False)
    return tuned


Xc_train, Xc_test, yc_train, yc_test = train_test_split(Xc, yc, test_size=0.25, random_state=0, stratify=yc)
fine_tuned = fine_tune_last_layer((Xc_train - mean_np) / std_np, yc_train)
print(f"poids entraînables : {training.count_parameters(fine_tuned)} (la nouvelle couche de sortie ; les autres sont gelées)")
auc_clinic = metrics.roc_auc(yc_test, mlp_probability(fine_tuned, (Xc_test - mean_np) / std_np))
print(f"AUC ROC sur les {len(yc_test)} patients de test de la clinique, après l'entraînement de la seule dernière "
      f"couche : {auc_clinic:.3f}")

# %% slideshow={"slide_type": ""} translated_from="d0d701a9a17a"
checks.equal(training.count_parameters(fine_tuned), 21, name="poids entraînables après le gel (20 poids + 1 biais)")
checks.between(auc_clinic, 0.9, 1.0, name="AUC ROC du modèle affiné sur les patients de test de la clinique")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="3a2e3bc8c7a8"
# **Cela valait-il la peine ?** L'affinage est un changement appris : lui aussi se mesure à des modèles de référence, le
# réseau pré-entraîné **inchangé** et une **régression logistique entraînée sur les seuls patients de la clinique**. Avec
# 150 patients de test, un découpage unique est bruité : la comparaison est donc répétée sur 3 découpages aléatoires de
# la clinique (moyenne et, entre crochets, minimum et maximum).

# %% slideshow={"slide_type": ""} translated_from="489e9edf0623"
clinic_runs = []
for split in range(3):
    train_rows, test_rows = train_test_split(np.arange(len(yc)), test_size=0.25, random_state=split, stratify=yc)
    Xs_train, Xs_test = (Xc[train_rows] - mean_np) / std_np, (Xc[test_rows] - mean_np) / std_np
    Xl_train, Xl_test = training.standardize(Xc[train_rows], Xc[test_rows])     # la mise à l'échelle propre à la clinique
    local_logistic = LogisticRegression(max_iter=1000).fit(Xl_train, yc[train_rows])
    retrained = fine_tune_last_layer(Xs_train, yc[train_rows], seed=split + 1)
    y_clinic_test = yc[test_rows]
    clinic_runs.append({
        "réseau pré-entraîné, inchangé": metrics.roc_auc(y_clinic_test, mlp_probability(screening_mlp, Xs_test)),
        "pré-entraîné, dernière couche réentraînée": metrics.roc_auc(y_clinic_test, mlp_probability(retrained, Xs_test)),
        "régression logistique, clinique seule": metrics.roc_auc(y_clinic_test,
                                                                 local_logistic.predict_proba(Xl_test)[:, 1]),
    })
clinic_runs = pd.DataFrame(clinic_runs)
clinic_runs.apply(mean_and_range).to_frame("AUC ROC sur les patients de test de la clinique, 3 découpages")

# %% slideshow={"slide_type": ""} translated_from="1698f876cde1"
clinic_mean = clinic_runs.mean()
checks.true(abs(clinic_mean["pré-entraîné, dernière couche réentraînée"] - clinic_mean["réseau pré-entraîné, inchangé"])
            < 0.03,
            "même population : réentraîner la dernière couche change l'AUC de moins de 0,03 en moyenne")
checks.true(clinic_runs[["réseau pré-entraîné, inchangé", "pré-entraîné, dernière couche réentraînée"]].min(axis=1).min()
            > clinic_runs["régression logistique, clinique seule"].max(),
            "pour chaque découpage, les deux versions pré-entraînées battent le modèle entraîné sur les seuls patients "
            "de la clinique")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="505a7499b4de"
# Ici, les patients de la clinique viennent du même générateur que les patients d'entraînement : le réseau pré-entraîné
# fonctionne donc déjà tel quel, et réentraîner sa dernière couche change peu de chose. Les deux versions battent un
# modèle construit sur les seuls patients de la clinique : ce qui a été appris sur 10 800 patients se transfère, et c'est
# tout l'intérêt du pré-entraînement. Quand les nouveaux patients diffèrent (une autre population, un autre laboratoire :
# **décalage de domaine**, notebook 09), le modèle inchangé peut échouer, et l'affinage est le remède à essayer, jugé
# exactement de la même façon : face au modèle inchangé et à un modèle de référence local, sur des patients locaux qu'il
# n'a jamais vus.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="0cd3ad207e80"
# ## Exercices

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="61edd869a209"
# ### Exercice 1 : toute la classe d'un coup
#
# Avec **un seul produit matriciel**, calculez la moyenne de sciences des trois élèves (Gino, Marin, Arsène, dans cet
# ordre) à partir de `marks` et de `w_science`. Rangez les 3 nombres dans `science_averages`, un tableau de forme (3,) :
# un nombre par élève.

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="a73138eb13b9"
science_averages = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
science_averages = marks.to_numpy(dtype=float) @ w_science
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="391a040d21ee"
exercise_1.check()
# exercise_1.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_1.solution()  # une solution commentée

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="019359d53361"
# ### Exercice 2 : quelle largeur pour un réseau peu profond ?
#
# Un réseau profond de 10 couches de 2 neurones ReLU chacune calcule la dent de scie `sawtooth(x, 10)`. Combien de
# neurones faudrait-il, au minimum, à un réseau à **une seule** couche cachée pour produire la même fonction ? Rangez ce
# nombre dans `shallow_neurons_needed`, sous forme d'un nombre entier.

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="05d2c6ae837d"
shallow_neurons_needed = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
shallow_neurons_needed = 2**10
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="9debbbda5524"
exercise_2.check()
# exercise_2.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_2.solution()  # une solution commentée

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="7f642ab59b07"
# ### Exercice 3 : compter les poids du réseau de dépistage
#
# Sans appeler aucune fonction, calculez le nombre de paramètres entraînables (poids **et** biais) du réseau
# 8 -> 20 -> 20 -> 1. Rangez-le dans `n_parameters`, sous forme d'un nombre entier.

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="8a8dfbad3279"
n_parameters = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
n_parameters = (8 * 20 + 20) + (20 * 20 + 20) + (20 * 1 + 1)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_3_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="2c064a387bbd"
exercise_3.check()
# exercise_3.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_3.solution()  # une solution commentée

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="892e39a7eec7"
# ## En résumé
#
# **À retenir**
#
# - Une **couche dense** est un ensemble de neurones ; chacun calcule une somme pondérée de *toutes* les entrées plus un
#   biais, suivie d'une activation : $\mathbf y = g(W\mathbf x + \mathbf b)$. La moyenne de sciences de Gino (13,75) et
#   « le sport au-dessus de 10 » (ReLU avec un biais de -10) sont deux neurones de ce type.
# - Les **fonctions d'activation** rendent la profondeur utile : sans elles, les couches se réduisent à une seule
#   application linéaire. ReLU est le choix par défaut pour les couches cachées, la sigmoïde pour une sortie à deux
#   classes. Les fonctions qui saturent freinent les gradients.
# - Les **couches cachées** donnent aux données une nouvelle représentation que la couche suivante peut séparer : le
#   XOR, et l'alerte en forme de boîte sur la numération sanguine.
# - **Approximation universelle** (Cybenko, 1989) : des sommes de neurones sigmoïdaux continus, sur une seule couche
#   cachée, approchent à $\varepsilon$ près, pour tout $\varepsilon$, n'importe quelle fonction continue sur le cube
#   $[0, 1]^n$. Le théorème ne dit ni combien de neurones, ni comment trouver les poids, ni comment le réseau se comporte
#   sur de nouveaux patients. **Kolmogorov-Arnold** (1957) écrit exactement toute fonction continue avec des sommes et
#   des fonctions d'une variable, mais ces fonctions ne sont pas des neurones utilisables. La **profondeur** peut être
#   exponentiellement plus économe que la largeur (la dent de scie).
# - On entraîne avec des **mini-lots**, des **époques**, **Adam** et une **décroissance du taux d'apprentissage**. Tout
#   choix (ici le seuil de dépistage) se fait sur les données de **validation**, puis on ouvre le jeu de **test** une
#   seule fois ; on donne la sensibilité, la spécificité et l'AUC ROC à côté de **modèles de référence simples** (un
#   seuil de glycémie, une régression logistique), et on répète avec quelques **graines** pour voir la dispersion.
# - Le **surapprentissage** se voit à une perte de validation qui remonte pendant que la perte d'entraînement baisse.
#   Remèdes : arrêt précoce, pénalisation des poids, dropout, et surtout davantage de données. L'arrêt précoce optimise
#   le nombre qu'il surveille (ici la perte).
# - Enregistrez le `state_dict` *et* le prétraitement, et chargez avec `weights_only=True`. Les modèles
#   **pré-entraînés** se réutilisent en gelant des couches puis en **affinant** le modèle sur des données locales ;
#   on l'évalue ensuite de nouveau localement.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="a376bb0a3e09"
# **Questions d'autoévaluation**
#
# 1. Une couche dense a 8 entrées et 20 neurones. Combien a-t-elle de paramètres ?
# <details><summary>Réponse</summary>$8 \times 20 = 160$ poids plus 20 biais : 180 paramètres.</details>
#
# 2. Pourquoi un réseau sans fonction d'activation ne gagne-t-il rien à avoir plus de couches ?
# <details><summary>Réponse</summary>Chaque couche est alors linéaire ($W\mathbf x + \mathbf b$), et une composition
# d'applications linéaires est une application linéaire :
# $W_2(W_1\mathbf x + \mathbf b_1) + \mathbf b_2 = (W_2W_1)\mathbf x + (W_2\mathbf b_1 + \mathbf b_2)$. Le réseau ne peut
# toujours tracer qu'une droite (un hyperplan).</details>
#
# 3. Comment une couche cachée permet-elle à un réseau d'apprendre le XOR, alors qu'un neurone seul n'y arrive pas ?
# <details><summary>Réponse</summary>Chaque neurone caché trace sa propre droite (par exemple « au moins une entrée
# allumée » et « les deux allumées »). Dans l'espace des sorties des neurones cachés, les deux classes deviennent
# linéairement séparables, et le neurone de sortie les sépare d'une seule droite (« au moins une, mais pas les
# deux »).</details>
#
# 4. Votre perte de validation se met à monter à l'époque 12 alors que la perte d'entraînement continue de baisser. Que se passe-t-il, et que pouvez-vous faire ?
# <details><summary>Réponse</summary>C'est du surapprentissage : le réseau apprend par cœur les patients
# d'entraînement. Arrêtez plus tôt (en gardant les poids de la meilleure époque de validation), ajoutez une pénalisation
# des poids ou du dropout, prenez un réseau plus petit ou, mieux encore, réunissez davantage de données
# d'entraînement.</details>
#
# 5. Pourquoi charger les fichiers de modèle avec `torch.load(path, weights_only=True)` ?
# <details><summary>Réponse</summary>`torch.save` utilise pickle, et désérialiser un fichier pickle peut exécuter du code
# arbitraire qui y serait caché. `weights_only=True` n'accepte que des tenseurs et des conteneurs simples : un fichier
# malveillant ou corrompu ne peut donc pas exécuter de code sur votre machine (ni sur celle de votre hôpital).</details>
#
# 6. Le seuil de dépistage a été choisi sur les patients de validation. Pourquoi ne pas le choisir sur les patients de
# test, qui sont plus nombreux ?
# <details><summary>Réponse</summary>Le jeu de test sert à estimer les performances du dépistage sur de nouveaux
# patients. Un seuil réglé sur les patients de test est ajusté à ces patients-là : sa sensibilité et sa spécificité de
# test paraissent meilleures qu'elles ne le seront sur de nouveaux patients, et il ne reste plus rien pour le vérifier.
# On choisit sur les données de validation, puis on ouvre le jeu de test une seule fois.</details>
#
# 7. Le théorème de Cybenko affirme qu'une seule couche cachée peut approcher n'importe quelle fonction continue.
# Pourquoi entraîne-t-on quand même des réseaux plus profonds, et pourquoi un PMC peut-il malgré tout échouer sur de
# nouveaux patients ?
# <details><summary>Réponse</summary>Le théorème dit qu'il existe assez de neurones, pas combien (peut-être un nombre
# astronomique, surtout avec beaucoup d'entrées), ni comment trouver leurs poids. Les réseaux profonds peuvent
# représenter certaines fonctions avec exponentiellement moins de neurones (la dent de scie). Et le théorème porte sur
# l'approximation d'une fonction connue, pas sur l'apprentissage à partir d'un échantillon fini et bruité : la
# généralisation à de nouveaux patients doit se mesurer sur des données mises de côté.</details>
#
# **Et ensuite :** les images comptent des milliers de pixels, et une couche dense sur une image de 28 × 28 demande déjà
# des centaines de milliers de poids. Le notebook 07 présente les **réseaux convolutifs**, qui partagent leurs poids sur
# toute l'image.
