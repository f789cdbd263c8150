# %% [markdown] slideshow={"slide_type": "slide"} translated_from="848512de441c"
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/OWNER/REPOSITORY/blob/main/student/fr/03_perceptron.ipynb)
#
# # 03 · Le perceptron
#
# > Un seul neurone artificiel apprend une alerte sur la numération sanguine, puis se heurte à ses limites.
#
# **Durée estimée :** 75 min · **Prérequis :** 01, 02
#
# Un automate de laboratoire signale les numérations sanguines qui méritent un second regard. Un seul neurone artificiel, la plus ancienne brique de l'apprentissage profond, pourrait-il apprendre cette règle à partir d'exemples, au lieu qu'on la programme à la main ? Nous allons en construire un, le regarder apprendre en quelques lignes de NumPy, le confronter à PyTorch et à scikit-learn, puis découvrir le genre de règle clinique qu'il ne pourra jamais apprendre seul.
#
# **À la fin de ce notebook, vous saurez :**
# - expliquer comment un neurone artificiel imite un neurone biologique : somme pondérée, seuil, biais vu comme un poids $w_0$ sur une entrée $x_0 = 1$ ;
# - calculer à la main la sortie d'un neurone pour une numération, et expliquer pourquoi la sigmoïde remplace la fonction seuil ;
# - comparer l'erreur quadratique et l'entropie croisée, et appliquer la mise à jour $w \leftarrow w - \alpha\,\partial \text{Loss}/\partial w$ ;
# - entraîner un neurone écrit à partir de zéro, par descente de gradient stochastique, lire ses courbes d'apprentissage, décider quand arrêter et choisir son seuil d'alerte sur une courbe ROC, le tout sur les données de validation ;
# - reconnaître les problèmes qu'un seul neurone ne sait pas résoudre (le XOR, une plage de normalité en forme de boîte).
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

# %% slideshow={"slide_type": "skip"} translated_from="a9557c9ad5cc"
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import torch
from matplotlib.patches import Polygon, Rectangle
from sklearn.model_selection import train_test_split

import course_utils
from course_utils import checks, i18n, metrics, neuron, plotting, training, widgets
from course_utils.datasets import REFERENCE_RANGES, load_blood_counts
from course_utils.exercises import ____
from course_utils.exercises.perceptron import exercise_1, exercise_2, exercise_3
from course_utils.reference import activations, gradients, losses

course_utils.setup(lang="fr")


# %% [markdown] slideshow={"slide_type": "slide"} translated_from="d641936beb0f"
# ## 1. Du neurone biologique au neurone artificiel
#
# Un **neurone** (cellule nerveuse) reçoit les signaux d'autres neurones par ses **dendrites**. Le corps cellulaire
# fait la somme de ces stimulations. Si le total dépasse un **seuil**, le neurone émet un **potentiel d'action** le
# long de son **axone** ; en dessous du seuil, il ne se passe rien. C'est la loi du tout ou rien.
#
# Certaines connexions (les synapses) sont fortes, d'autres faibles ; certaines excitent, d'autres inhibent. Le
# cerveau apprend, en partie, en modifiant la force de ces connexions.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="e991f520a3ec"
# En 1957, le psychologue Frank Rosenblatt en tire une machine qui apprend, le **perceptron**, en s'appuyant sur le
# neurone à seuil décrit par McCulloch et Pitts en 1943. C'est une caricature mathématique du neurone, pas un
# modèle du cerveau :
#
# | neurone biologique | neurone artificiel |
# | --- | --- |
# | signaux qui arrivent sur les dendrites | entrées $x_1, \dots, x_n$ (des nombres, par exemple des résultats d'analyses) |
# | force de chaque synapse (excitatrice > 0, inhibitrice < 0) | poids $w_1, \dots, w_n$ |
# | le corps cellulaire fait la somme des stimulations | somme pondérée $z = w_1 x_1 + \dots + w_n x_n$ |
# | se déclenche si la somme dépasse un seuil | sortie $1$ si $z \ge \theta$, sinon $0$ |
# | l'apprentissage modifie la force des synapses | l'apprentissage modifie les poids |

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="2928c2f4cbdb"
# La règle du perceptron, avec le seuil $\theta$ (thêta) :
#
# $$
# \text{sortie} = \begin{cases} 1 & \text{si } w_1 x_1 + w_2 x_2 + \dots + w_n x_n \ge \theta \\
# 0 & \text{si } w_1 x_1 + w_2 x_2 + \dots + w_n x_n < \theta \end{cases}
# $$
#
# La fonction qui transforme $z$ en sortie est la **fonction d'activation**. Ici, c'est une **fonction seuil**
# (*step function*, « en marche d'escalier ») : elle saute de 0 à 1 en $\theta$. En NumPy, deux lignes suffisent :

# %% slideshow={"slide_type": ""} translated_from="8785d60b42f6"
def perceptron_with_threshold(x, w, theta):
    z = np.dot(w, x)                  # somme pondérée des entrées
    return 1 if z >= theta else 0     # activation seuil : le neurone se déclenche ou reste silencieux


# trois entrées, deux poids excitateurs et un poids inhibiteur
print(perceptron_with_threshold(x=[1.0, 0.5, 2.0], w=[0.8, 0.4, -0.3], theta=0.3))   # z = 0,40 : il se déclenche
print(perceptron_with_threshold(x=[1.0, 0.5, 3.0], w=[0.8, 0.4, -0.3], theta=0.3))   # z = 0,10 : plus d'inhibition, silence

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="be4251281dc5"
# ## 2. Le biais : le seuil devient un poids $w_0$ sur une entrée $x_0 = 1$
#
# Apprendre un seuil *et* des poids, cela fait deux sortes de paramètres. Une petite astuce les ramène à une
# seule. Faisons passer $\theta$ dans le membre de gauche :
#
# $$
# w_1 x_1 + \dots + w_n x_n \ge \theta \iff \underbrace{(-\theta)}_{w_0} \cdot \underbrace{1}_{x_0} + w_1 x_1 + \dots + w_n x_n \ge 0 .
# $$
#
# On ajoute une entrée fictive $x_0 = 1$, toujours active, avec le poids $w_0 = -\theta$. Ce $w_0$ est le
# **biais**. Le seuil vaut désormais toujours 0, et la sortie du neurone est $g(z)$ avec
#
# $$ z = \sum_{i=0}^{n} w_i x_i = \mathbf{w} \cdot \mathbf{x}, \qquad \mathbf{x} = (1, x_1, \dots, x_n),\ \mathbf{w} = (w_0, w_1, \dots, w_n).$$
#
# Le grand sigma $\sum_{i=0}^{n}$ signifie « faire la somme, pour $i$ allant de 0 à $n$ ». Les lettres en gras
# désignent des listes de nombres (des vecteurs), et $\mathbf w \cdot \mathbf x$, le **produit scalaire**, multiplie
# les deux listes terme à terme puis additionne les produits : c'est exactement la somme pondérée. NumPy l'écrit
# `w @ x`.
#
# Vérifions sur 1 000 entrées tirées au hasard que les deux versions prennent toujours la même décision.

# %% slideshow={"slide_type": ""} translated_from="06d0a1b64cdb"
rng = np.random.default_rng(0)
w_demo, theta_demo = np.array([0.8, 0.4, -0.3]), 0.3
X_demo = rng.normal(size=(1000, 3))

with_threshold = np.array([perceptron_with_threshold(x, w_demo, theta_demo) for x in X_demo])
X_demo_1 = np.column_stack([np.ones(len(X_demo)), X_demo])        # ajoute x0 = 1 en tête de chaque ligne
w_demo_bias = np.concatenate([[-theta_demo], w_demo])              # w0 = -thêta
with_bias = (X_demo_1 @ w_demo_bias >= 0).astype(int)              # seuil 0

print(f"décisions différentes : {np.sum(with_threshold != with_bias)} sur {len(X_demo)}")
checks.true(np.array_equal(with_threshold, with_bias), "le biais w0 = -thêta sur x0 = 1 donne les mêmes décisions")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="974d4badaa9f"
# ## 3. Un exemple clinique : l'alerte sur la numération sanguine
#
# Objectif : déclencher une **alerte** quand une numération paraît anormale et mérite un second regard. Comme dans
# le cours d'origine, nous simplifions volontairement et ne gardons que quelques valeurs :
#
# - les **hématies** (globules rouges, érythrocytes), en T/L (10¹²/L, soit des millions par mm³) ;
# - les **leucocytes** (globules blancs), en G/L (10⁹/L, soit des milliers par mm³) ;
# - l'**hémoglobine**, en g/dL (utilisée à partir de la section 7) ;
# - le **sexe**, codé **1 = homme, 2 = femme**, comme dans les diapositives d'origine.
#
# Les données sont **synthétiques** (produites par un programme à partir des règles des manuels, voir
# `data/README.md`) : 1 000 patients fictifs. L'étiquette `alert` vaut 1 dès qu'une valeur sort de l'intervalle de
# référence de l'adulte pour le sexe du patient.

# %% slideshow={"slide_type": ""} translated_from="c7c6ff37a553"
blood = load_blood_counts()
print(f"{len(blood)} patients synthétiques, dont {blood.alert.mean():.0%} avec alert = 1")
blood.head()

# %% slideshow={"slide_type": ""} translated_from="6a55b9f8883a"
ranges = pd.DataFrame({
    name: {("hommes" if sex == 1 else "femmes"): f"{low:g} - {high:g}" for sex, (low, high) in by_sex.items()}
    for name, by_sex in REFERENCE_RANGES.items()
}).T
ranges["unité"] = ["T/L", "G/L", "g/dL"]
ranges   # intervalles de référence utilisés par l'étiquette (ils varient d'un laboratoire à l'autre)

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="ede54757fd9e"
# ### Le neurone de cette tâche
#
# Trois entrées (hématies $x_1$, leucocytes $x_2$, sexe $x_3$), plus l'entrée de biais $x_0 = 1$ : quatre poids,
# une somme pondérée et une activation. La sortie $h_{\mathbf w}(\mathbf x)$ (« h » comme *hypothèse*) doit être
# proche de 1 en cas d'alerte et proche de 0 sinon. (Dans les tableaux ci-dessus, les variables gardent les noms des
# colonnes de données, en anglais : `red_cells` = hématies, `white_cells` = leucocytes, `haemoglobin` = hémoglobine,
# `sex` = sexe.)

# %% slideshow={"slide_type": ""} translated_from="f6e0de07ef7a"
fig, ax = plt.subplots(figsize=(7.5, 3.6))
neuron.draw_neuron(ax, ["$x_0 = 1$ (entrée de biais)", "hématies $x_1$", "leucocytes $x_2$", "sexe $x_3$"],
                   weights=[1, 2, 3, -4], output_name="alerte ?\n$h_w(x)$",
                   title="Le neurone de la numération, avec les poids de l'exemple détaillé")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="2230f9164523"
# ### Exemple détaillé : des poids tirés au hasard
#
# Avant l'apprentissage, les poids sont fixés au hasard. Les diapositives d'origine prennent
# $\mathbf w = (w_0, w_1, w_2, w_3) = (1, 2, 3, -4)$ et un petit tableau de quatre patients, étiquetés à la main.
# Confrontons d'abord ces étiquettes aux intervalles de référence ci-dessus. Les diapositives ne donnent pas
# l'hémoglobine : seules les hématies et les leucocytes comptent ici.

# %% slideshow={"slide_type": ""} translated_from="635b7d43e9eb"
slide_rows = pd.DataFrame({"red_cells": [3.1, 4.2, 4.6, 1.9], "white_cells": [5.3, 6.2, 7.5, 4.4],
                           "sex": [1, 2, 2, 2], "alert (slide)": [1, 0, 0, 1]})


def alert_by_ranges(red_cells, white_cells, sex):
    # 1 si les hématies ou les leucocytes sortent de l'intervalle de référence pour ce sexe, sinon 0
    (red_low, red_high) = REFERENCE_RANGES["red_cells"][sex]
    (white_low, white_high) = REFERENCE_RANGES["white_cells"][sex]
    return int(not (red_low <= red_cells <= red_high and white_low <= white_cells <= white_high))


slide_rows["alert (our ranges)"] = [alert_by_ranges(row.red_cells, row.white_cells, row.sex)
                                    for row in slide_rows.itertuples()]
slide_rows

# %% slideshow={"slide_type": ""} translated_from="01b3713a35cb"
checks.true((slide_rows["alert (slide)"] == slide_rows["alert (our ranges)"]).all(),
            "les étiquettes des diapositives concordent avec nos intervalles de référence : l'homme (3,1) et la dernière femme (1,9) ont des "
            "hématies sous leur intervalle (anémie possible)")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="2139e04656d3"
# Suivons la **deuxième** patiente : une femme (sexe = 2) avec **4,2 T/L d'hématies** et **6,2 G/L de
# leucocytes**. Les deux valeurs sont dans ses intervalles de référence : la sortie attendue est donc $y = 0$, pas
# d'alerte. Avec la fonction d'activation sigmoïde $g(z) = 1 / (1 + e^{-z})$ (la section 4 explique pourquoi ;
# $e \approx 2{,}718$ est la base de la fonction exponentielle) :
#
# $$ z = 1 \times 1 + 2 \times 4{,}2 + 3 \times 6{,}2 + (-4) \times 2 = 20{,}0, \qquad h = g(20{,}0) \approx 1 .$$

# %% slideshow={"slide_type": ""} translated_from="7d034e17f710"
w_slide = np.array([1.0, 2.0, 3.0, -4.0])        # (w0, w1, w2, w3) : les poids aléatoires des diapositives
woman = slide_rows.iloc[1]                        # la deuxième ligne du tableau
x_patient = np.array([1.0, woman.red_cells, woman.white_cells, woman.sex])   # (x0 = 1, hématies, leucocytes, sexe = 2)
y_patient = int(woman["alert (our ranges)"])      # la sortie attendue : 0, pas d'alerte

z_patient = w_slide @ x_patient                   # la somme pondérée
h_patient = 1 / (1 + np.exp(-z_patient))          # la sigmoïde
print(f"z = {z_patient:.1f}   h = {h_patient:.9f}   sortie attendue y = {y_patient}")

# %% slideshow={"slide_type": ""} translated_from="dabf7a8837c6"
checks.close(z_patient, 20.0, tol=1e-9, name="z de l'exemple détaillé")
checks.between(h_patient, 0.9999, 1.0, name="h de l'exemple détaillé")
checks.true(y_patient == 0, "la femme de l'exemple détaillé est dans ses intervalles de référence : sortie attendue 0")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="88a98cc05875"
# Les diapositives arrondissent $h$ à 0,9999 et en tirent la leçon : le neurone répond (presque) **1 alors qu'on
# attendait 0**. Les poids sont faux et doivent changer. Mais comment ?
#
# Regardons d'abord le tableau entier. Avec ces poids aléatoires, le neurone déclenche l'alerte pour **tout le
# monde** : il a raison pour les deux patients aux hématies basses, mais par pur hasard, et tort pour les deux femmes en bonne
# santé.

# %% slideshow={"slide_type": ""} translated_from="bc258092acc7"
X_rows = np.column_stack([np.ones(4), slide_rows[["red_cells", "white_cells", "sex"]]])
slide_rows["h = sigmoid(z)"] = (1 / (1 + np.exp(-(X_rows @ w_slide)))).round(6)  # z lui-même : exercice 1
slide_rows   # chaque ligne obtient un h proche de 1 : le neurone aléatoire ne distingue personne

# %% slideshow={"slide_type": ""} translated_from="f9de1eec98f7"
checks.true(slide_rows["h = sigmoid(z)"].min() > 0.999,
            "avec les poids aléatoires, chaque patient obtient h > 0,999, même les deux femmes en bonne santé (0 attendu)")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="cb63a9ba78ac"
# ## 4. Pourquoi la fonction seuil ne suffit pas
#
# La fonction seuil de Rosenblatt donne 0 ou 1. Cela pose trois problèmes quand on veut un neurone qui
# **apprend** :
#
# 1. **Aucune pente à suivre.** La fonction seuil est plate partout (pente nulle) et fait un saut au seuil, où elle
#    n'a pas de dérivée du tout. L'apprentissage suivra la pente de l'erreur (section 6) ; une fonction plate
#    n'indique aucune direction.
# 2. **Trop binaire.** $z = 0{,}01$ et $z = 100$ donnent la même réponse, 1. Un patient juste au-dessus de la limite
#    et un autre très au-dessus ne se distinguent pas.
# 3. **Pas de probabilité.** On aimerait lire « la probabilité d'une alerte est de 0,8 », pas un simple oui ou non.
#
# La **sigmoïde** (fonction logistique) règle les trois problèmes. Elle est lisse, monte progressivement de 0 à 1,
# et passe par 0,5 en $z = 0$ :
#
# $$ g(z) = \sigma(z) = \frac{1}{1 + e^{-z}}, \qquad \sigma'(z) = \sigma(z)\,\bigl(1 - \sigma(z)\bigr).$$
#
# $\sigma'(z)$, qui se lit « sigma prime de z », est la **dérivée** de $\sigma$ : la pente de sa courbe au point $z$.
# La formule de droite est démontrée pas à pas dans la section 6. La pente est maximale en $z = 0$, où elle vaut
# $0{,}5 \times 0{,}5 = 0{,}25$, et proche de 0 loin de ce point.

# %% slideshow={"slide_type": ""} translated_from="5c981fa4f3c5"
z_axis = np.linspace(-8, 8, 401)
fig, ax = plt.subplots(figsize=(7, 3.8))
ax.plot(z_axis, activations.step(z_axis), label="fonction seuil (Rosenblatt, 1957)", color=plotting.OKABE_ITO["black"],
        drawstyle="steps-post")
ax.plot(z_axis, activations.sigmoid(z_axis), label=r"sigmoïde $\sigma(z)$", color=plotting.OKABE_ITO["green"])
sig = activations.sigmoid(z_axis)
ax.plot(z_axis, sig * (1 - sig), label=r"pente de la sigmoïde $\sigma'(z)$", color=plotting.OKABE_ITO["green"],
        linestyle="--")
ax.axhline(0.5, color="0.6", linewidth=0.8)
ax.set(xlabel="somme pondérée z (sans unité)", ylabel="valeur (sans unité) : sortie h, ou pente σ'",
       title="Seuil ou sigmoïde : la sigmoïde est lisse et a une pente partout")
ax.legend(loc="center right")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="99c193bed6e3"
# **D'autres fonctions d'activation** existent ; le notebook 06 les compare : la tangente hyperbolique
# $\tanh$ (sortie entre -1 et 1), **ReLU** $\max(0, z)$ (le choix par défaut dans les réseaux profonds) et des
# variantes (leaky ReLU, ELU, softmax pour plusieurs classes). Pour une sortie unique de type oui/non, la sigmoïde
# reste le choix habituel.
#
# La fonction seuil et la sigmoïde appartiennent à une même famille, les fonctions **sigmoïdales** (« en forme de
# S ») : des courbes qui vont de 0, loin à gauche, à 1, loin à droite. La fonction seuil en est le membre le plus
# abrupt, la sigmoïde un membre lisse. $\tanh$ est le même S, recalibré pour aller de -1 à 1 :
# $\tanh(z) = 2\,\sigma(2z) - 1$, comme le vérifie la cellule suivante. Cette famille reviendra dans le
# notebook 06 : le théorème de Cybenko (1989) établit qu'une somme pondérée d'assez de neurones sigmoïdaux continus
# peut suivre n'importe quelle courbe continue sur un intervalle borné d'entrées, d'aussi près que l'on veut.

# %% slideshow={"slide_type": ""} translated_from="54d38dac41e9"
fig, axes = plt.subplots(1, 4, figsize=(11, 2.8), sharex=True)
for ax, name in zip(axes, ("step", "sigmoid", "tanh", "relu")):
    g, _ = activations.activation(name)  # la fonction et sa pente
    ax.plot(z_axis, g(z_axis), color=plotting.OKABE_ITO["green"])
    ax.set(title=name, xlabel="z (sans unité)")
axes[0].set_ylabel("g(z) (sans unité)")
fig.suptitle("Quatre fonctions d'activation (step = seuil, sigmoid = sigmoïde) : les trois premières sont en S",
             fontweight="bold")
plt.show()
checks.close(np.tanh(z_axis), 2 * activations.sigmoid(2 * z_axis) - 1, tol=1e-12,
             name="tanh(z) = 2 sigmoïde(2z) - 1 : tanh est une sigmoïde étirée")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="b1bc31346cfe"
# ## 5. Mesurer l'erreur : les fonctions de perte
#
# Pour améliorer les poids, il faut d'abord un nombre qui dise à quel point le neurone se trompe sur un patient :
# la **perte**, calculée par une **fonction de perte** (*loss function*). Elle compare la cible $y$ (0 ou 1) à la
# prédiction $h$ (entre 0 et 1).
#
# - L'**erreur quadratique**, le choix classique en régression (notebook 02) :
#   $\displaystyle \text{Loss}(y, h) = \tfrac12\,(y - h)^2$.
# - L'**entropie croisée** (*cross-entropy*), le choix habituel en classification :
#   $\displaystyle \text{Loss}(y, h) = -\,y \log h - (1 - y) \log(1 - h)$.
#
# Pour $y = 1$, seul le premier terme subsiste, $-\log h$ ; pour $y = 0$, seul le second, $-\log(1 - h)$
# ($\log$ désigne ici le logarithme népérien, souvent noté $\ln$ en France).

# %% slideshow={"slide_type": ""} translated_from="88cb19a4b3b9"
h_axis = np.linspace(0.001, 0.999, 500)
fig, axes = plt.subplots(1, 2, figsize=(10, 3.8), sharey=True)
for ax, target in zip(axes, (1, 0)):
    color = (plotting.NEGATIVE_COLOR, plotting.POSITIVE_COLOR)[target]   # la couleur de la classe attendue
    ax.plot(h_axis, losses.cross_entropy(target, h_axis), color=color, label="entropie croisée")
    ax.plot(h_axis, losses.squared_error(target, h_axis), color=color, linestyle="--", label="erreur quadratique")
    ax.set(xlabel="prédiction h (probabilité d'une alerte)", title=f"cible y = {target}",
           ylim=(0, 5))
    ax.legend()
axes[0].set_ylabel("perte (sans unité)")
fig.suptitle("Les deux pertes valent 0 pour une prédiction parfaite ; l'entropie croisée punit bien plus\n"
             "les erreurs commises avec assurance",
             fontweight="bold")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="8c23d4ce082b"
# Revenons à l'exemple détaillé : la femme en bonne santé, cible $y = 0$, prédiction $h \approx 1$. À quel point
# est-ce faux, selon chacune des deux pertes ?

# %% slideshow={"slide_type": ""} translated_from="2fce613b4fa2"
ce_slide = losses.cross_entropy(y_patient, h_patient)
se_slide = losses.squared_error(y_patient, h_patient)
print(f"cible y = {y_patient}, h = {h_patient:.9f} : entropie croisée = {float(ce_slide):.2f}   "
      f"erreur quadratique = {float(se_slide):.4f}")
print(f"pente pour w0 (section 6) : entropie croisée h - y = {h_patient - y_patient:.2f}   "
      f"erreur quadratique (h - y) h (1 - h) = {(h_patient - y_patient) * h_patient * (1 - h_patient):.1e}")
checks.close(se_slide, 0.5, tol=1e-6, name="erreur quadratique de l'exemple détaillé : son maximum, 1/2")
checks.close(ce_slide, z_patient, tol=0.01, name="entropie croisée de l'exemple détaillé : environ z lui-même")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="d3a4341b5876"
# L'erreur quadratique ne peut jamais dépasser $\tfrac12$, quelle que soit l'erreur, et ici elle plafonne à cette
# valeur. L'entropie croisée, elle, croît sans limite à mesure qu'une mauvaise prédiction devient plus assurée. Ici,
# elle vaut environ 20, la valeur de $z$ elle-même : quand $z$ est grand, $1 - h = e^{-z} / (1 + e^{-z})$ vaut
# presque $e^{-z}$, et $-\log(e^{-z}) = z$.
#
# Pourtant, ce qui fait bouger un poids n'est pas la perte mais sa **pente** (section 6 ; les valeurs sont affichées
# ci-dessus). Pour $w_0$, avec l'entropie croisée la pente vaut $h - y \approx 1$ ; avec l'erreur quadratique, elle
# vaut $(h - y)\,h\,(1 - h) \approx 2 \times 10^{-9}$. Entraîné avec l'erreur quadratique, ce neurone qui se
# trompe avec assurance bougerait à peine.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="8df74330b04a"
# ## 6. Comment le neurone apprend : suivre la pente de la perte
#
# Représentez-vous la perte comme une courbe qui dépend d'un seul poids $w$. La **dérivée**
# $\partial\text{Loss}/\partial w$ (qui se lit « d Loss sur d w ») est la pente de cette courbe. Le $\partial$
# arrondi rappelle que le neurone a d'autres poids, maintenus fixes pendant que $w$ varie. La pente indique de quel
# côté on descend :
#
# - pente > 0 : la perte augmente avec $w$, donc on diminue $w$ ;
# - pente < 0 : on augmente $w$ ;
# - pente ≈ 0 : on est au fond (ou sur un replat, comme à l'extrême gauche de la courbe ci-dessous).
#
# La **règle de mise à jour** fait un petit pas dans le sens opposé à la pente :
#
# $$ w_i \leftarrow w_i - \alpha \, \frac{\partial \text{Loss}}{\partial w_i} \qquad \text{pour chaque poids } w_i .$$
#
# $\alpha$ est le **taux d'apprentissage** (*learning rate*) : la taille du pas. On le choisit avant
# l'entraînement : c'est un **hyperparamètre**. La liste des pentes de tous les poids forme le **gradient** (noté
# $\nabla \text{Loss}$, « nabla »), d'où le nom de **descente de gradient**, que le notebook 04 étudie en détail.
# Ci-dessous, la pente pour l'exemple détaillé, quand seul le biais $w_0$ varie.

# %% slideshow={"slide_type": ""} translated_from="6eeae4dc1694"
w0_axis = np.linspace(-30, 6, 300)
W_scan = np.tile(w_slide, (len(w0_axis), 1))
W_scan[:, 0] = w0_axis                                     # on ne fait varier que le biais w0
loss_scan = losses.cross_entropy(y_patient, activations.sigmoid(W_scan @ x_patient))
slope_now = (h_patient - y_patient) * x_patient[0]      # dLoss/dw0 = (h - y) * x0 (démontré juste après)

fig, ax = plt.subplots(figsize=(7, 3.8))
ax.plot(w0_axis, loss_scan, color=plotting.OKABE_ITO["green"],
        label=f"entropie croisée de l'exemple détaillé (cible {y_patient})")
ax.plot(w_slide[0], float(ce_slide), "o", color=plotting.OKABE_ITO["orange"],
        label=f"point actuel : $w_0$ = 1, pente = {i18n.number(slope_now, '.2f')}")
tangent = np.linspace(-5, 5, 2)
ax.plot(w_slide[0] + tangent, float(ce_slide) + slope_now * tangent, color=plotting.OKABE_ITO["orange"],
        linestyle="--")
ax.annotate("", xy=(-5, float(ce_slide) - 6), xytext=(0.3, float(ce_slide) - 0.7),
            arrowprops=dict(arrowstyle="->", linewidth=2, color="black"))
ax.text(-19, float(ce_slide) - 2, "un pas contre la pente :\n$w_0$ diminue, la perte baisse", ha="left")
ax.set(xlabel="poids du biais $w_0$ (sans unité)", ylabel="perte (sans unité)",
       title="La perte en fonction d'un seul poids : on descend vers la gauche")
ax.legend(loc="upper left")
plt.show()


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="b1dd3a23bda2"
# ### Le gradient d'un neurone sigmoïde avec l'entropie croisée
#
# Un poids $w_i$ agit sur la perte par une chaîne : $w_i$ modifie $z = \mathbf w \cdot \mathbf x$, $z$ modifie
# $h = \sigma(z)$, et $h$ modifie la perte. La **dérivation en chaîne** (*chain rule*) dit que les pentes le long
# d'une chaîne se **multiplient** : si $z$ varie 3 fois plus vite que $w_i$, et $h$ 0,2 fois plus vite que $z$, alors
# $h$ varie $3 \times 0{,}2 = 0{,}6$ fois plus vite que $w_i$. (Le notebook 05 est consacré à cette règle ; ici, on
# n'en a besoin qu'une fois.) Trois pentes, qui relèvent toutes du programme de lycée :
#
# 1. $z = w_0 x_0 + \dots + w_i x_i + \dots + w_n x_n$. Quand seul $w_i$ varie, seul le terme $w_i x_i$ change,
#    donc $\dfrac{\partial z}{\partial w_i} = x_i$.
# 2. $h = \sigma(z) = \dfrac{1}{1 + e^{-z}}$. Avec $\left(\dfrac1u\right)' = -\dfrac{u'}{u^2}$ et
#    $\left(e^{-z}\right)' = -e^{-z}$ :
#    $\sigma'(z) = \dfrac{e^{-z}}{(1 + e^{-z})^2} = \dfrac{1}{1 + e^{-z}} \times \dfrac{e^{-z}}{1 + e^{-z}}$.
#    Le premier facteur est $h$ ; le second vaut $1 - h$, car $\dfrac{e^{-z}}{1 + e^{-z}} = \dfrac{(1 + e^{-z}) - 1}{1 + e^{-z}} = 1 - \dfrac{1}{1 + e^{-z}}$.
#    Donc $\dfrac{\partial h}{\partial z} = h\,(1 - h)$.
# 3. $\text{Loss} = -\,y \log h - (1 - y) \log(1 - h)$. Avec $(\log u)' = \dfrac{u'}{u}$ (la pente de $1 - h$
#    par rapport à $h$ vaut $-1$) : $\dfrac{\partial \text{Loss}}{\partial h} = -\dfrac{y}{h} + \dfrac{1 - y}{1 - h}$.
#
# On multiplie les trois pentes, puis on développe :
#
# $$
# \frac{\partial \text{Loss}}{\partial w_i}
# = \left(-\frac{y}{h} + \frac{1 - y}{1 - h}\right) \cdot h\,(1 - h) \cdot x_i
# = \bigl(-y\,(1 - h) + (1 - y)\,h\bigr)\, x_i
# = (-y + yh + h - yh)\, x_i
# = -\,(y - h)\, x_i .
# $$
#
# Le résultat est court et facile à lire. Le pas sur $w_i$ est proportionnel à l'**erreur** $y - h$ et à
# l'**entrée** $x_i$. Une entrée nulle ne change rien, une prédiction parfaite ($h = y$) non plus.
#
# Avant de nous y fier, vérifions la formule de deux façons indépendantes :
#
# - une estimation par **différences finies** : on décale chaque poids d'une quantité minuscule $\varepsilon$
#   (epsilon, ici $10^{-6}$) vers le haut puis vers le bas, et on divise la variation de la perte par la variation
#   du poids, $2\varepsilon$ ;
# - l'**autograd** de PyTorch, qui dérive automatiquement la même perte.

# %% slideshow={"slide_type": ""} translated_from="6b7245cbf96f"
def gradient_one_patient(w, x, y):
    h = 1 / (1 + np.exp(-(w @ x)))
    return -(y - h) * x            # dLoss/dw_i = -(y - h) x_i, pour tous les i d'un coup


def loss_one_patient(w, x, y):
    h = 1 / (1 + np.exp(-(w @ x)))
    return -y * np.log(h) - (1 - y) * np.log(1 - h)


# un patient inventé, avec trois entrées standardisées (la standardisation : section 7) et des poids modérés,
# pour que h ne sature pas
w_check = np.array([0.2, -0.5, 0.8, 0.3])
x_check = np.array([1.0, -1.2, 0.4, 0.9])
grad_formula = gradient_one_patient(w_check, x_check, y=1)
grad_numeric = gradients.numerical_gradient(lambda w: loss_one_patient(w, x_check, 1), w_check, eps=1e-6)

w_t = torch.tensor(w_check, requires_grad=True)
loss_t = torch.nn.functional.binary_cross_entropy_with_logits(w_t @ torch.tensor(x_check), torch.tensor(1.0, dtype=torch.float64))
loss_t.backward()
print("formule            :", grad_formula.round(6))
print("différences finies :", grad_numeric.round(6))
print("autograd de torch  :", w_t.grad.numpy().round(6))

# %% slideshow={"slide_type": ""} translated_from="989900299165"
checks.close(grad_formula, grad_numeric, tol=1e-7, name="formule du gradient comparée aux différences finies")
checks.close(grad_formula, w_t.grad.numpy(), tol=1e-10, name="formule du gradient comparée à l'autograd de torch")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="2e239cf3be5c"
# ## 7. Entraîner le neurone sur des numérations sanguines
#
# Pour pouvoir dessiner la décision sur un graphique plan, nous gardons **deux entrées** : les **hématies** et l'**hémoglobine**.
# Nous demandons au neurone une alerte « valeurs basses » : hématies **ou** hémoglobine sous la limite inférieure
# pour le sexe du patient (par exemple < 4,5 T/L ou < 13 g/dL chez un homme). En gros, cela veut dire « anémie
# possible ». L'alerte complète, qui se déclenche aussi sur des valeurs trop *hautes*, fait l'objet de la
# section 10.
#
# Nous répartissons d'abord les patients en trois groupes (notebooks 01 et 02) :
#
# - 60 % pour l'**entraînement** : le neurone y apprend ses poids ;
# - 20 % pour la **validation** : pour suivre l'entraînement et faire tous les choix (quand s'arrêter, où placer le
#   seuil d'alerte) ;
# - 20 % pour le **test** : mis sous clé jusqu'au bilan final, à la fin de cette section, et utilisé une seule fois.

# %% slideshow={"slide_type": ""} translated_from="6030cd1d4bd8"
male = blood.sex.to_numpy() == 1
low_red = np.where(male, REFERENCE_RANGES["red_cells"][1][0], REFERENCE_RANGES["red_cells"][2][0])
low_hb = np.where(male, REFERENCE_RANGES["haemoglobin"][1][0], REFERENCE_RANGES["haemoglobin"][2][0])
y_low = ((blood.red_cells.to_numpy() < low_red) | (blood.haemoglobin.to_numpy() < low_hb)).astype(int)
X_raw = blood[["red_cells", "haemoglobin"]].to_numpy()

patients = np.arange(len(blood))                  # on découpe les numéros de patients, pour que chaque tableau puisse réutiliser le découpage
idx_rest, idx_test = train_test_split(patients, test_size=0.2, random_state=0, stratify=y_low)
idx_train, idx_val = train_test_split(idx_rest, test_size=0.25, random_state=0, stratify=y_low[idx_rest])
X_train_raw, X_val_raw, X_test_raw = X_raw[idx_train], X_raw[idx_val], X_raw[idx_test]
y_train, y_val, y_test = y_low[idx_train], y_low[idx_val], y_low[idx_test]
for name, y_part in (("entraînement", y_train), ("  validation", y_val), ("        test", y_test)):
    print(f"{name:>10} : {len(y_part)} patients, dont {y_part.sum()} avec des valeurs basses ({y_part.mean():.0%})")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="495cc10e2f9e"
# **Standardisation** (comme dans le notebook 02) : les deux entrées n'ont pas la même dispersion (voir
# ci-dessous, chacune dans son unité). Un même pas $\alpha$ ne convient aux deux que si elles sont à la même
# échelle. Nous remplaçons donc chaque valeur par son écart à la moyenne, compté en écarts-types. La moyenne et
# l'écart-type sont calculés sur les seuls patients d'**entraînement**, pour que rien ne fuite des patients de
# validation ou de test.

# %% slideshow={"slide_type": ""} translated_from="0de04550c7d2"
X_train, X_val, X_test = training.standardize(X_train_raw, X_val_raw, X_test_raw)
train_mean, train_std = X_train_raw.mean(axis=0), X_train_raw.std(axis=0)
X1_train = np.column_stack([np.ones(len(X_train)), X_train])     # x0 = 1 en tête : l'entrée de biais
X1_val = np.column_stack([np.ones(len(X_val)), X_val])
X1_test = np.column_stack([np.ones(len(X_test)), X_test])
print(f"écarts-types (patients d'entraînement) : hématies {train_std[0]:.2f} T/L, "
      f"hémoglobine {train_std[1]:.2f} g/dL")
print("un patient d'entraînement standardisé (x0, hématies, hémoglobine) :", X1_train[0].round(2))

# %% slideshow={"slide_type": ""} translated_from="8d160bcadd26"
RED_LIM, HB_LIM = (1.5, 7.5), (7.5, 20.0)   # fenêtre du graphique : T/L et g/dL
fig, ax = plt.subplots(figsize=(7, 4.4))
for label, name, color in ((0, "pas d'alerte valeurs basses", plotting.NEGATIVE_COLOR),
                           (1, "alerte valeurs basses", plotting.POSITIVE_COLOR)):
    mask = y_train == label
    ax.scatter(X_train_raw[mask, 0], X_train_raw[mask, 1], s=14, color=color,
               alpha=0.7, edgecolor="white", linewidth=0.3, label=name)
for sex, style, grey in ((1, "--", "0.3"), (2, ":", "0.6")):
    ax.axvline(REFERENCE_RANGES["red_cells"][sex][0], color=grey, linestyle=style, linewidth=1.2,
               label=f"limites inférieures, {('hommes', 'femmes')[sex - 1]}")
    ax.axhline(REFERENCE_RANGES["haemoglobin"][sex][0], color=grey, linestyle=style, linewidth=1.2)
ax.set(xlim=RED_LIM, ylim=HB_LIM, xlabel="hématies (T/L)", ylabel="hémoglobine (g/dL)",
       title="Patients d'entraînement : une droite devrait bien séparer les deux groupes")
ax.legend(loc="upper left", fontsize="small")
plt.show()


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="b1360fc347d4"
# ### La descente de gradient stochastique, pas à pas
#
# L'algorithme du cours d'origine, étape par étape :
#
# 1. Mettre de côté les données qui servent à évaluer (c'est fait : validation et test).
# 2. Initialiser les poids. Nous partons exprès de mauvais poids, $(1, 2, 3)$, dans l'esprit de la diapositive.
# 3. Tant que l'apprentissage n'est pas terminé :
#    - choisir un patient d'entraînement $(\mathbf x_t, y_t)$ (dans un ordre mélangé) ;
#    - prédire $h = \sigma(\mathbf w \cdot \mathbf x_t)$ ;
#    - calculer le gradient $-(y_t - h)\,\mathbf x_t$ ;
#    - mettre à jour $\mathbf w \leftarrow \mathbf w - \alpha \cdot \text{gradient}$ ;
#    - de temps en temps, évaluer le neurone : perte moyenne sur les patients d'entraînement, perte moyenne et taux
#      d'erreur sur les patients de **validation**.
#
# Les diapositives évaluent le modèle pendant l'entraînement sur les « données de tests (validation) ». Comme cette
# évaluation oriente des décisions (quand s'arrêter), elle doit porter sur les données de validation ; le jeu de
# test reste hors de la boucle.
#
# On parle de descente **stochastique** (aléatoire) parce que chaque pas ne regarde qu'un patient tiré au hasard,
# et non le tableau entier. Un passage sur tous les patients d'entraînement s'appelle une **époque** (*epoch*).

# %% slideshow={"slide_type": ""} translated_from="bf2fa13c586c"
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def mean_cross_entropy(X1, y, w):
    h = sigmoid(X1 @ w)
    return np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h))


def train_neuron(X1, y, X1_val, y_val, w_start, alpha=0.02, max_epochs=8, eval_every=25,
                 target_error=None, patience=None, seed=0):
    # Descente de gradient stochastique pour un neurone sigmoïde ; renvoie les poids, l'historique et la raison de l'arrêt.
    rng = np.random.default_rng(seed)
    w = np.array(w_start, dtype=float)
    history = {"step": [], "train_loss": [], "val_loss": [], "val_error": []}
    best_val_loss, checks_without_progress, step = np.inf, 0, 0
    for _epoch in range(max_epochs):
        for t in rng.permutation(len(X1)):              # ordre mélangé, un patient à la fois
            h = sigmoid(X1[t] @ w)                       # prédire
            gradient = -(y[t] - h) * X1[t]               # dLoss/dw pour ce patient
            w = w - alpha * gradient                     # un pas vers le bas
            step += 1
            if step % eval_every == 0:                   # évaluer le neurone actuel
                val_loss = mean_cross_entropy(X1_val, y_val, w)
                val_error = np.mean((sigmoid(X1_val @ w) >= 0.5) != y_val)
                history["step"].append(step)
                history["train_loss"].append(mean_cross_entropy(X1, y, w))
                history["val_loss"].append(val_loss)
                history["val_error"].append(val_error)
                # règles d'arrêt (section 7.2), toutes deux sur les patients de validation
                if target_error is not None and val_error <= target_error:
                    return w, history, f"objectif atteint : erreur de validation {val_error:.1%} ≤ {target_error:.0%}"
                if patience is not None:
                    if val_loss < best_val_loss - 1e-3:
                        best_val_loss, checks_without_progress = val_loss, 0
                    else:
                        checks_without_progress += 1
                    if checks_without_progress >= patience:
                        return w, history, f"aucun progrès pendant {patience} évaluations"
    return w, history, f"maximum de {max_epochs} époques atteint"


w_start = np.array([1.0, 2.0, 3.0])       # (w0, w_red, w_hb) : mauvais exprès
w_sgd, history, reason = train_neuron(X1_train, y_train, X1_val, y_val, w_start)
print(f"arrêt : {reason}, après {history['step'][-1]} mises à jour")
print("poids appris (w0, w_red, w_hb) sur les entrées standardisées :", w_sgd.round(2))

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="9d433586a36d"
# ### 7.1 Les courbes d'apprentissage
#
# Si tout se passe bien, la perte moyenne baisse avec le nombre de mises à jour, sur les patients d'entraînement
# comme sur ceux de validation, et le taux d'erreur sur les patients de validation baisse aussi. Ces **courbes
# d'apprentissage** sont la première chose à regarder après tout entraînement.

# %% slideshow={"slide_type": ""} translated_from="8c89c4b5a5cc"
steps = np.array(history["step"])
fig, axes = plt.subplots(1, 2, figsize=(11, 3.6))
axes[0].plot(steps, history["train_loss"], color=plotting.OKABE_ITO["green"], label="patients d'entraînement")
axes[0].plot(steps, history["val_loss"], color=plotting.OKABE_ITO["purple"], linestyle="--",
             label="patients de validation")
axes[0].set(xlabel="mises à jour (un patient chacune)", ylabel="entropie croisée moyenne (sans unité)",
            title="Perte", ylim=(0, None))
axes[0].legend()
axes[1].plot(steps, 100 * np.array(history["val_error"]), color=plotting.OKABE_ITO["purple"])
axes[1].axhline(4, color="0.4", linestyle=":", label="objectif de 4 % (section 7.2)")
axes[1].set(xlabel="mises à jour (un patient chacune)", ylabel="erreur de validation (% des patients)",
            title="Erreur sur les patients de validation", ylim=(0, None))
axes[1].legend()
fig.suptitle(f"Courbes d'apprentissage du perceptron (taux d'apprentissage α = 0,02, {len(X1_train)} mises à jour par époque)",
             fontweight="bold")
plt.show()

# %% slideshow={"slide_type": ""} translated_from="16559d346dd5"
share_low = y_train.mean()              # un neurone qui ignore les valeurs biologiques donne à chaque patient h = cette part
constant_loss = -(share_low * np.log(share_low) + (1 - share_low) * np.log(1 - share_low))
checks.true(history["train_loss"][-1] < 0.5 * constant_loss,
            "la perte d'entraînement est tombée sous la moitié de celle d'un neurone qui ignore les valeurs biologiques (biais seul)")
checks.between(history["val_error"][0], 0.5, 1.0, name="erreur de validation des mauvais poids de départ")
checks.between(history["val_error"][-1], 0.0, 0.08, name="erreur de validation après l'entraînement")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="c2b16ca3d69f"
# ### 7.2 Quand arrêter l'entraînement ?
#
# La boucle ci-dessus a tourné pendant un nombre fixe d'époques. Le cours d'origine propose d'arrêter, au vu de
# l'évaluation, quand :
#
# - l'erreur est **satisfaisante** : sous un objectif de $n$ % fixé *à l'avance* (ici 4 %) ;
# - ou l'évaluation **ne progresse plus** (ici : la perte de validation n'a pas baissé de 0,001 pendant
#   10 évaluations d'affilée). L'entraînement a pu converger, mais vers une erreur encore trop élevée, ou ne pas
#   converger du tout.
#
# Les deux règles regardent les patients de validation, jamais ceux du test.

# %% slideshow={"slide_type": ""} translated_from="de3e27a3739a"
w_target, hist_target, reason_target = train_neuron(X1_train, y_train, X1_val, y_val, w_start,
                                                    target_error=0.04)
w_patience, hist_patience, reason_patience = train_neuron(X1_train, y_train, X1_val, y_val, w_start,
                                                          patience=10)
print(f"règle « objectif d'erreur » : {reason_target} → arrêt après {hist_target['step'][-1]} mises à jour")
print(f"règle « aucun progrès » :     {reason_patience} → arrêt après {hist_patience['step'][-1]} mises à jour")
print(f"sans règle :                  {reason} → {history['step'][-1]} mises à jour")
print(f"plus faible erreur de validation observée pendant l'entraînement : {min(history['val_error']):.1%}")

# %% slideshow={"slide_type": ""} translated_from="3f04faad6f44"
checks.true(min(history["val_error"]) > 0.04 and hist_target["step"][-1] == history["step"][-1],
            "l'objectif de 4 % n'est jamais atteint sur les patients de validation : cette règle seule n'arrêterait jamais l'entraînement")
checks.true(hist_patience["step"][-1] < history["step"][-1],
            "la règle « aucun progrès » arrête l'entraînement avant le nombre maximal d'époques")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="8306d2678fca"
# L'objectif de 4 % n'a jamais été atteint : l'erreur de validation s'est stabilisée au-dessus (sa plus faible valeur
# est affichée ci-dessus), et il en a été de même avec chacun des 22 ordres de mélange que nous avons essayés. Seule,
# cette règle n'arrêterait jamais l'entraînement ; c'est pourquoi on garde toujours un nombre maximal d'époques comme
# garde-fou. C'est le dernier cas des diapositives : l'entraînement a convergé, mais vers une erreur encore trop
# élevée pour l'objectif. La règle « aucun progrès » a arrêté l'entraînement au bout d'environ la moitié des mises à
# jour, une fois la perte de validation devenue plate.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="5ca2e01a0671"
# ### 7.3 Que vaut cette alerte, cliniquement ?
#
# L'exactitude (*accuracy*) seule masque les deux sortes d'erreurs. Pour une alerte, c'est la **sensibilité** qui
# compte le plus (la part des valeurs basses qui déclenchent l'alerte) : une anémie manquée est plus grave qu'un
# second regard sur une numération normale. La **spécificité** est la part des numérations normales que l'alerte
# laisse, à juste titre, de côté. Commençons par les patients de validation, avec le seuil naturel : alerte quand
# $h \ge 0{,}5$.

# %% slideshow={"slide_type": ""} translated_from="71f9d5e8d1bf"
p_val = sigmoid(X1_val @ w_sgd)              # probabilité prédite de valeurs basses, patients de validation
m_half = metrics.binary_metrics(y_val, (p_val >= 0.5).astype(int))
print(f"validation, seuil 0,5 : exactitude {m_half['accuracy']:.1%} | sensibilité {m_half['sensitivity']:.1%} "
      f"({m_half['tp']} valeurs basses détectées sur {m_half['tp'] + m_half['fn']}) | spécificité {m_half['specificity']:.1%}")
checks.true(m_half["accuracy"] > 0.9 and m_half["sensitivity"] < 0.75,
            "au seuil 0,5, une exactitude supérieure à 90 % masque une sensibilité inférieure à 75 %")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="261b37bf4aac"
# Une exactitude supérieure à 90 % paraît excellente, et pourtant environ 4 valeurs basses sur 10 passent
# inaperçues. Seuls 13 % des patients ont des valeurs basses (**déséquilibre des classes**, *class imbalance*) : un
# neurone peut avoir raison la plupart du temps tout en manquant une bonne partie de ces patients.
#
# Le seuil de 0,5 est un choix, pas une loi. Un seuil plus bas détecte davantage de valeurs basses, au prix de
# davantage de fausses alertes. Pour le choisir, il faut voir tous les seuils à la fois.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="1d978bbbf4ee"
# ### 7.4 Tous les seuils d'un coup : la courbe ROC
#
# Chaque seuil $t$ (alerte quand $h \ge t$) donne une sensibilité et une spécificité. Représentons chaque seuil par
# un **point** : en abscisse, le **taux de fausses alertes** $1 - \text{spécificité}$ (la part des numérations
# normales signalées, ou taux de faux positifs) ; en ordonnée, la **sensibilité** (la part des valeurs basses
# détectées).
#
# - Un seuil au-dessus de tous les $h$ ne signale personne : c'est le point $(0, 0)$. Un seuil de 0 signale tout le
#   monde : $(1, 1)$.
# - En abaissant le seuil pas à pas, on va de $(0, 0)$ à $(1, 1)$. Ce chemin est la **courbe ROC** (*receiver
#   operating characteristic*, un nom hérité des opérateurs radar).
# - Une alerte parfaite atteint le coin supérieur gauche : toutes les valeurs basses détectées, aucune fausse
#   alerte. La diagonale correspond au pile ou face : signaler des patients au hasard détecte les valeurs basses
#   exactement aussi souvent que cela signale les numérations normales.
#
# L'**AUC** (*area under the curve*, l'aire sous la courbe) résume toute la courbe en un seul nombre, de 0 à 1 :
# 0,5 correspond au pile ou face, 1 à la perfection, et sous 0,5 le modèle classe les patients à l'envers. Elle a
# un sens concret : prenez au hasard un patient qui a des valeurs basses et un patient
# qui n'en a pas ; l'AUC est la probabilité que le neurone donne au premier un $h$ plus élevé qu'au second. La
# cellule suivante le vérifie en comptant toutes ces paires.
#
# **Lecture clinique.** La courbe montre le prix de la sensibilité : combien de numérations normales reçoivent un
# second regard inutile pour chaque valeur basse supplémentaire détectée. L'endroit où se placer sur la courbe est
# une décision clinique, prise *avant* de regarder le jeu de test. Ici, nous décidons de **détecter au moins 90 %
# des valeurs basses**, avec le moins de fausses alertes possible, et nous choisissons le seuil sur les patients de
# validation.

# %% slideshow={"slide_type": ""} translated_from="4701f3971b80"
def threshold_for_sensitivity(y, scores, target=0.9):
    # descendre la courbe ROC (seuil le plus haut d'abord) jusqu'à ce que la sensibilité atteigne l'objectif
    false_alarm_rate, sensitivity, thresholds = metrics.roc_curve(y, scores)
    first = np.argmax(sensitivity >= target)
    return thresholds[first], sensitivity[first], false_alarm_rate[first]


fpr_val, tpr_val, _ = metrics.roc_curve(y_val, p_val)
auc_val = metrics.roc_auc(y_val, p_val)
t_alert, sens_at_t, fpr_at_t = threshold_for_sensitivity(y_val, p_val)
pairs = p_val[y_val == 1][:, None] - p_val[y_val == 0][None, :]   # toutes les paires (valeurs basses, numération normale)
auc_by_pairs = np.mean(pairs > 0) + 0.5 * np.mean(pairs == 0)      # part des paires bien classées (ex aequo : une demie)

fig, ax = plt.subplots(figsize=(5.6, 5.0))
ax.plot(fpr_val, tpr_val, color=plotting.OKABE_ITO["green"], label=f"neurone (AUC = {i18n.number(auc_val, '.3f')})")
ax.plot([0, 1], [0, 1], color="0.6", linestyle="--", label="pile ou face (AUC = 0,5)")
ax.plot(1 - m_half["specificity"], m_half["sensitivity"], "s", color="black", markersize=9,
        label="seuil 0,5")
ax.plot(fpr_at_t, sens_at_t, "o", color=plotting.OKABE_ITO["orange"], markersize=10,
        label=f"seuil {i18n.number(t_alert, '.3f')} : le premier qui détecte 90 %")
ax.set(xlabel="taux de fausses alertes = 1 − spécificité (proportion)", ylabel="sensibilité (proportion)",
       xlim=(-0.02, 1.02), ylim=(-0.02, 1.02), title="Courbe ROC de l'alerte valeurs basses\n(patients de validation)")
ax.legend(loc="lower right")
plt.show()
print(f"AUC {auc_val:.3f} (paires bien classées : {auc_by_pairs:.3f}) | seuil choisi {t_alert:.3f} : "
      f"sensibilité {sens_at_t:.1%}, fausses alertes sur {fpr_at_t:.1%} des numérations normales (validation)")

# %% slideshow={"slide_type": ""} translated_from="5f5618db5bfe"
checks.close(auc_val, auc_by_pairs, tol=1e-9, name="AUC = part des paires (valeurs basses, numération normale) bien classées")
checks.between(fpr_at_t, 0.05, 0.3, name="part des numérations normales signalées pour détecter 90 % des valeurs basses (validation)")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="0b6c4e08c478"
# ### 7.5 Le bilan final, sur le jeu de test
#
# Tous les choix sont faits, sur les patients d'entraînement et de validation : les poids (nous gardons l'entraînement
# de 8 époques, dont la durée était fixée à l'avance ; les règles de la section 7.2 ne faisaient qu'illustrer l'arrêt)
# et le seuil. C'est seulement maintenant que nous ouvrons le jeu de test, une seule fois. À côté du neurone figure
# une **règle de référence** (*baseline*), la plus simple qu'un laboratoire puisse écrire : *une* valeur biologique
# avec *un* seuil. Cette valeur (et le sens de l'alarme, « trop bas » ou « trop haut ») est celle qui classe le mieux
# les patients d'entraînement (l'AUC la plus élevée) ; son seuil est choisi sur les patients de validation, avec la
# même règle des 90 %. Un modèle appris ne vaut sa complexité que s'il fait mieux qu'une telle règle.
#
# Dans le tableau, les colonnes `accuracy`, `sensitivity` et `specificity`, nommées en anglais par la bibliothèque du
# cours, sont l'exactitude, la sensibilité et la spécificité.

# %% slideshow={"slide_type": ""} translated_from="3c072a465830"
def one_value_rule(X_tr, y_tr):
    # la valeur biologique de la référence : la colonne, et son sens (+1 : haut = anormal, -1 : bas = anormal), qui
    # classe le mieux les patients d'entraînement. Son score est sens x valeur : « score >= seuil » déclenche l'alerte.
    _auc, column, direction = max((metrics.roc_auc(y_tr, sign * X_tr[:, j]), j, sign)
                                  for j in range(X_tr.shape[1]) for sign in (1, -1))
    return column, direction


base_col, base_dir = one_value_rule(X_train_raw, y_train)
t_base, _, _ = threshold_for_sensitivity(y_val, base_dir * X_val_raw[:, base_col])   # seuil : patients de validation
base_name = f"{('hématies', 'hémoglobine')[base_col]} {'≥' if base_dir > 0 else '≤'} {base_dir * t_base:g}"
base_test_score = base_dir * X_test_raw[:, base_col]
p_test = sigmoid(X1_test @ w_sgd)
pred_test = (p_test >= t_alert).astype(int)

final_report = metrics.metrics_table({
    f"référence : alerte si {base_name}": (y_test, (base_test_score >= t_base).astype(int)),
    f"neurone : alerte si h ≥ {t_alert:.3f}": (y_test, pred_test),
})
final_report["AUC"] = [round(metrics.roc_auc(y_test, score), 3) for score in (base_test_score, p_test)]
print(f"jeu de test : {len(y_test)} patients, dont {y_test.sum()} avec des valeurs basses : un seul patient fait "
      f"varier la sensibilité de {100 / y_test.sum():.0f} points")
final_report   # patients de test, utilisés une seule fois

# %% slideshow={"slide_type": ""} translated_from="7c461ad57efe"
plotting.plot_confusion(y_test, pred_test, class_names=("pas d'alerte", "alerte"),
                        title=f"Perceptron, alerte valeurs basses (patients de test, h ≥ {i18n.number(t_alert, '.3f')})")
plt.show()
neuron_row, base_row = final_report.iloc[1], final_report.iloc[0]
checks.true(neuron_row["sensibilité"] >= 0.8, "sur les patients de test, le neurone détecte encore au moins 80 % des valeurs basses")
checks.true(neuron_row["spécificité"] > base_row["spécificité"] + 0.1 and neuron_row["AUC"] > base_row["AUC"],
            "avec la même règle des 90 %, le neurone déclenche bien moins de fausses alertes que la référence à une seule valeur")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="5848dc90533a"
# Avec la même règle, le neurone et la référence à une seule valeur détectent tous deux les valeurs basses du jeu
# de test, mais le neurone laisse de côté beaucoup plus de numérations normales (comparez les spécificités) :
# combiner deux valeurs avec les bons poids est payant. Deux précautions. Le jeu de test ne compte que quelques
# dizaines de patients avec des valeurs basses : un patient de plus ou de moins fait varier la sensibilité de
# plusieurs points (voir ci-dessus) ; la section 10 répète la comparaison sur cinq découpages différents. Et le
# placement du seuil reste une décision clinique : que coûte une anémie manquée, et que coûte un second regard
# inutile ?

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="15f7829c7617"
# ## 8. À vous : déplacez la droite de décision
#
# Avec deux entrées, le neurone est indécis ($h = 0{,}5$) exactement là où $z = 0$ :
#
# $$ w_0 + w_1\, x_{\text{red}} + w_2\, x_{\text{hb}} = 0 .$$
#
# C'est l'équation d'une **droite**, la **frontière de décision**. D'un côté, le neurone déclenche l'alerte
# ($h > 0{,}5$, zone colorée) ; de l'autre, non. Les curseurs règlent les trois poids, qui s'appliquent aux valeurs
# *standardisées*. Le graphique reste en unités réelles (notre fonction d'aide convertit la droite). La perte, le
# nombre d'erreurs, la sensibilité et la spécificité sur les patients d'entraînement s'affichent sous la figure.
#
# - Partez des mauvais poids $(w_0, w_{\text{red}}, w_{\text{hb}}) = (1, 2, 3)$ : l'alerte est du mauvais côté.
# - Essayez de faire passer la perte moyenne sous 0,15. La section 7 a affiché les poids trouvés par la descente de
#   gradient.
# - Que fait $w_0$ ? Et le *rapport* $w_{\text{red}} / w_{\text{hb}}$ ?

# %% slideshow={"slide_type": ""} translated_from="adbbb9c3b610"
fig = widgets.new_figure(figsize=(7.6, 4.0))
ax = fig.subplots()
for label, name, color in ((0, "pas d'alerte valeurs basses", plotting.NEGATIVE_COLOR),
                           (1, "alerte valeurs basses", plotting.POSITIVE_COLOR)):
    mask = y_train == label
    ax.scatter(X_train_raw[mask, 0], X_train_raw[mask, 1], s=12, color=color,
               alpha=0.7, edgecolor="white", linewidth=0.3, label=name)
alert_side = Polygon(np.zeros((3, 2)), closed=True, facecolor=plotting.POSITIVE_COLOR, alpha=0.12,
                     edgecolor="none", label="le neurone dit : alerte")
ax.add_patch(alert_side)
(boundary,) = ax.plot([], [], color="black", linewidth=2, label="droite de décision (h = 0,5)")
(wrong,) = ax.plot([], [], "o", markersize=7, markerfacecolor="none", markeredgecolor="black",
                   markeredgewidth=1.0, linestyle="none", label="mal classé")   # une Line2D : rapide à redessiner
ax.set(xlim=RED_LIM, ylim=HB_LIM, xlabel="hématies (T/L)", ylabel="hémoglobine (g/dL)",
       title="Un neurone, une droite (patients d'entraînement)")
ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))   # à l'extérieur : la droite mobile ne la cache jamais


def update(w_red, w_hb, w0):
    w = np.array([w0, w_red, w_hb])                            # poids sur les entrées standardisées
    w_real = neuron.unscale_weights(w, train_mean, train_std)  # la même droite en unités réelles
    boundary.set_data(*neuron.decision_line(w_real, RED_LIM, HB_LIM))
    corners = neuron.alert_side_polygon(w_real, RED_LIM, HB_LIM)
    alert_side.set_visible(len(corners) > 0)
    if len(corners):
        alert_side.set_xy(corners)
    h = sigmoid(X1_train @ w)
    loss = np.mean(losses.cross_entropy(y_train, h))
    predicted = (h >= 0.5).astype(int)
    wrong.set_data(X_train_raw[predicted != y_train, 0], X_train_raw[predicted != y_train, 1])
    sensitivity = np.mean(predicted[y_train == 1] == 1)        # part des valeurs basses signalées
    specificity = np.mean(predicted[y_train == 0] == 0)        # part des numérations normales laissées de côté
    return (f"<b>entropie croisée moyenne = {i18n.number(loss, '.3f')}</b> | erreurs : {np.sum(predicted != y_train)} sur {len(y_train)} | "
            f"sensibilité {i18n.number(sensitivity, '.0%')} | spécificité {i18n.number(specificity, '.0%')}")


live = widgets.LiveFigure(
    fig, update, main=True, dynamic=[alert_side, boundary, wrong],
    w_red=widgets.slider(2.0, -6.0, 6.0, 0.1, "poids des hématies w_red"),
    w_hb=widgets.slider(3.0, -6.0, 6.0, 0.1, "poids de l'hémoglobine w_hb"),
    w0=widgets.slider(1.0, -8.0, 8.0, 0.1, "biais w0"),
)
live

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="cdd187230e00"
# Quelques points à remarquer en manipulant les curseurs :
#
# - modifier $w_0$ fait glisser la droite sans la faire tourner ;
# - modifier le rapport $w_{\text{red}} / w_{\text{hb}}$ la fait tourner ;
# - multiplier les trois poids par un même nombre garde la droite mais change la perte : des poids plus grands rendent
#   la sigmoïde plus raide, donc le neurone plus sûr de lui, pour le meilleur ou pour le pire.
#
# Aucune droite n'est parfaite ici. Les limites d'alerte dépendent du sexe, et « hématies *ou* hémoglobine basses »
# dessine une région en forme de L, pas un demi-plan. Une droite ne fait que s'en approcher.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="b6a7a9e8bd06"
# ## 9. Le même neurone avec PyTorch et scikit-learn
#
# Notre neurone en NumPy n'est pas une version jouet d'autre chose : c'est **exactement** une régression logistique,
# et c'est un réseau de neurones réduit à un seul neurone. Vérifions ces deux affirmations.
#
# **PyTorch.** `torch.nn.Linear(2, 1)` contient $w_1, w_2$ (`weight`) et $w_0$ (`bias`).
# `BCEWithLogitsLoss` applique la sigmoïde et l'entropie croisée en une seule fois. L'optimiseur `SGD` effectue
# $\mathbf w \leftarrow \mathbf w - \alpha\,\nabla \text{Loss}$, le gradient venant de l'autograd et non de notre
# formule. Avec les mêmes poids de départ, les mêmes patients dans le même ordre et le même $\alpha$, les poids
# doivent arriver exactement aux mêmes valeurs.

# %% slideshow={"slide_type": ""} translated_from="72bd94df2ab7"
model = torch.nn.Linear(2, 1).double()
with torch.no_grad():
    model.bias[:] = torch.tensor(w_start[:1])
    model.weight[:] = torch.tensor(w_start[1:])
optimizer = torch.optim.SGD(model.parameters(), lr=0.02)
loss_fn = torch.nn.BCEWithLogitsLoss()
X_train_t, y_train_t = torch.tensor(X_train), torch.tensor(y_train, dtype=torch.float64)

w_numpy = w_start.copy()
order = np.random.default_rng(1).permutation(len(X_train))      # une époque, dans le même ordre pour les deux
for t in order:
    # à partir de zéro (NumPy)
    h = sigmoid(X1_train[t] @ w_numpy)
    w_numpy = w_numpy - 0.02 * (-(y_train[t] - h) * X1_train[t])
    # PyTorch
    optimizer.zero_grad()
    loss = loss_fn(model(X_train_t[t:t + 1])[:, 0], y_train_t[t:t + 1])
    loss.backward()                      # l'autograd calcule dLoss/dw
    optimizer.step()                     # w <- w - lr * dLoss/dw

w_torch = np.concatenate([model.bias.detach().numpy(), model.weight.detach().numpy()[0]])
print("NumPy :  ", w_numpy.round(6))
print("PyTorch :", w_torch.round(6))

# %% slideshow={"slide_type": ""} translated_from="49f10adf45cf"
checks.close(w_numpy, w_torch, tol=1e-9, name="poids après une époque, NumPy comparé à PyTorch")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="853ed693da12"
# **scikit-learn.** `LogisticRegression` cherche les poids qui minimisent l'entropie croisée moyenne, avec un
# optimiseur plus élaboré. `C=np.inf` désactive sa pénalité par défaut sur les grands poids. Notre neurone
# stochastique ne se pose jamais exactement au minimum, car chaque pas suit un seul patient et nous avons arrêté
# après 8 époques ; il devrait pourtant s'en approcher et prendre presque les mêmes décisions (comparées sur les
# patients de validation).
#
# (scikit-learn propose aussi `Perceptron`, la règle d'origine de Rosenblatt, avec sa fonction seuil.)

# %% slideshow={"slide_type": ""} translated_from="218781bf2d59"
from sklearn.linear_model import LogisticRegression

logreg = LogisticRegression(C=np.inf, max_iter=1000).fit(X_train, y_train)
w_sklearn = np.concatenate([logreg.intercept_, logreg.coef_[0]])
loss_sklearn = np.mean(losses.cross_entropy(y_train, sigmoid(X1_train @ w_sklearn)))
loss_ours = np.mean(losses.cross_entropy(y_train, sigmoid(X1_train @ w_sgd)))
agreement = np.mean((sigmoid(X1_val @ w_sgd) >= 0.5) == logreg.predict(X_val))

comparison = pd.DataFrame(
    {"à partir de zéro (SGD)": neuron.unscale_weights(w_sgd, train_mean, train_std),
     "scikit-learn": neuron.unscale_weights(w_sklearn, train_mean, train_std)},
    index=["w0 (biais)", "w_red par T/L", "w_hb par g/dL"])
comparison["scikit-learn / nôtre"] = comparison["scikit-learn"] / comparison["à partir de zéro (SGD)"]
print(f"perte moyenne d'entraînement : la nôtre {loss_ours:.4f}, scikit-learn {loss_sklearn:.4f} | "
      f"même décision (h ≥ 0,5) pour {agreement:.1%} des patients de validation")
comparison.round(2)   # poids reconvertis en unités réelles

# %% slideshow={"slide_type": ""} translated_from="2da2988a6667"
checks.close(loss_ours, loss_sklearn, tol=0.02, name="perte d'entraînement, la nôtre comparée à celle de scikit-learn")
checks.between(agreement, 0.97, 1.0, name="part des patients de validation qui reçoivent la même décision")
checks.true((comparison["scikit-learn / nôtre"] > 1).all(), "les poids de scikit-learn sont tous plus grands que les nôtres")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="89d9c7a1beec"
# En unités réelles, les deux poids d'entrée sont négatifs, comme il se doit : plus les hématies ou l'hémoglobine
# sont élevées, plus $z$ est bas et moins une alerte *valeurs basses* est probable. Chaque poids indique de combien
# $z$ varie quand son entrée augmente d'une unité (un T/L d'hématies de plus, soit un million par mm³, ou un g/dL
# d'hémoglobine de plus).
#
# Les poids diffèrent davantage que les pertes. Près de son minimum, la perte est presque plate : multiplier tous
# les poids par un même facteur garde presque la même droite et ne fait baisser la perte que de peu (section 8). La
# descente de gradient, arrêtée après 8 époques, était encore en train de faire grandir lentement ses poids ;
# scikit-learn est allé jusqu'au bout, si bien que ses poids sont tous plus grands (dernière colonne) et sa sigmoïde
# plus raide. Les décisions diffèrent à peine.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="05732ab9e3d8"
# ## 10. Les limites d'un seul neurone : la séparabilité linéaire
#
# Quels que soient ses poids, un neurone sépare les entrées par une **droite** (un plan avec 3 entrées, un
# « hyperplan » au-delà). Il ne peut être parfait que si les deux classes sont **linéairement séparables**,
# c'est-à-dire s'il existe une droite qui laisse toute une classe du même côté.
#
# Le contre-exemple célèbre est le **XOR** (« ou exclusif ») : la sortie vaut 1 quand exactement une des deux
# entrées vaut 1. Dans leur livre *Perceptrons* (1969), Minsky et Papert ont démontré qu'une seule couche de
# perceptrons ne peut pas le calculer. On accuse souvent ce livre d'avoir fait s'effondrer l'intérêt et les
# financements pour les réseaux de neurones dans les années 1970, ce qu'on a appelé plus tard un « hiver de l'IA ».
# Essayons 20 000 droites tirées au hasard.

# %% slideshow={"slide_type": ""} translated_from="d17791192aad"
X_xor = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
y_xor = np.array([0, 1, 1, 0])
X1_xor = np.column_stack([np.ones(4), X_xor])

W_random = np.random.default_rng(0).normal(size=(20_000, 3)) * 3   # 20 000 neurones (droites) aléatoires
predictions = (X1_xor @ W_random.T >= 0).astype(int)                  # forme (4 points, 20 000 droites)
accuracy_per_line = (predictions == y_xor[:, None]).mean(axis=0)
best = W_random[np.argmax(accuracy_per_line)]
print(f"meilleure exactitude sur 20 000 droites : {accuracy_per_line.max():.0%} (3 des 4 points au plus)")

fig, ax = plt.subplots(figsize=(4.6, 4.2))
for label, color in ((0, plotting.NEGATIVE_COLOR), (1, plotting.POSITIVE_COLOR)):
    ax.scatter(*X_xor[y_xor == label].T, s=160, color=color, label=f"XOR = {label}", edgecolor="black", zorder=3)
ax.plot(*neuron.decision_line(best, (-0.5, 1.5), (-0.5, 1.5)), color="black", label="une des meilleures droites")
ax.set(xlim=(-0.5, 1.5), ylim=(-0.5, 1.5), xlabel="entrée $x_1$ (0 ou 1)", ylabel="entrée $x_2$ (0 ou 1)",
       title="XOR : aucune droite ne sépare\nles deux couleurs")
ax.legend(loc="center", fontsize="small")
plt.show()

# %% slideshow={"slide_type": ""} translated_from="89b3bd8712a5"
checks.close(accuracy_per_line.max(), 0.75, tol=1e-12, name="meilleure exactitude d'un neurone sur le XOR")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="e71920229e20"
# ### La boîte de la numération
#
# La médecine regorge de règles du type XOR. Une valeur est normale **à l'intérieur** d'un intervalle et anormale
# **des deux côtés** : trop peu de leucocytes (leucopénie) comme trop de leucocytes (hyperleucocytose) méritent une
# alerte. Ci-dessous, nous prenons les hommes, leurs hématies et leurs leucocytes, et l'alerte **complète**. Les
# patients normaux occupent une boîte, et les alertes l'entourent. C'est le cas que visaient les diapositives
# d'origine quand elles prévenaient que les numérations sanguines ne sont pas linéairement séparables.

# %% slideshow={"slide_type": ""} translated_from="a9be7de20fb6"
men_train = blood.iloc[idx_train].query("sex == 1")        # les hommes parmi les patients d'entraînement de la section 7
Xm_train, ym_train = men_train[["red_cells", "white_cells"]].to_numpy(), men_train.alert.to_numpy()
m_mean, m_std = Xm_train.mean(axis=0), Xm_train.std(axis=0)
box_neuron = LogisticRegression(C=np.inf, max_iter=1000).fit((Xm_train - m_mean) / m_std, ym_train)
w_box = neuron.unscale_weights(np.r_[box_neuron.intercept_, box_neuron.coef_[0]], m_mean, m_std)  # unités réelles
box_sensitivity = metrics.binary_metrics(ym_train, box_neuron.predict((Xm_train - m_mean) / m_std))["sensitivity"]

fig, ax = plt.subplots(figsize=(8, 4.8))
drawn = plotting.plot_decision_boundary(lambda P: box_neuron.predict_proba((P - m_mean) / m_std), Xm_train,
                                        ym_train, ax=ax, class_names=("pas d'alerte", "alerte"),
                                        feature_names=("hématies (T/L)", "leucocytes (G/L)"),
                                        title="Alerte complète, hommes : un neurone ne sait pas dessiner une boîte")
fig.colorbar(drawn["image"], ax=ax, label="probabilité d'alerte selon le neurone, h")
ax.plot(*neuron.decision_line(w_box, drawn["extent"][:2], drawn["extent"][2:]), color="black", linewidth=2,
        label="droite de décision (h = 0,5)")
(rl, rh), (wl, wh) = REFERENCE_RANGES["red_cells"][1], REFERENCE_RANGES["white_cells"][1]
ax.add_patch(Rectangle((rl, wl), rh - rl, wh - wl, fill=False, edgecolor="black", linestyle="--", linewidth=1.5,
                       label="intervalles normaux (hommes)"))
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=4, frameon=False)   # en dessous : ne cache aucun point
plt.show()
print(f"{len(ym_train)} hommes (patients d'entraînement) : le côté alerte de la droite (h ≥ 0,5) ne contient que "
      f"{box_sensitivity:.0%} de leurs alertes")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="bc1055b8761d"
# La couleur de fond montre la probabilité d'alerte donnée par le neurone, et la droite noire marque l'endroit où
# elle franchit 0,5. La meilleure droite coupe le nuage en deux : elle capte les alertes d'un côté (hématies basses,
# leucocytes élevés) et laisse celles de l'autre côté (hématies élevées, leucocytes bas) dans sa moitié « pas
# d'alerte », soit environ la moitié de toutes les alertes (voir ci-dessus). (Une alerte à l'intérieur de la boîte
# vient de l'hémoglobine, qui n'est pas représentée ici.)
#
# ### Le neurone des diapositives, entraîné
#
# La section 3 a donné au neurone des diapositives des poids aléatoires. Entraînons-le maintenant comme les
# diapositives le prévoyaient : trois entrées (hématies, leucocytes, sexe), standardisées, et l'étiquette même des
# diapositives, l'**alerte complète**, sur tous les patients. À côté de lui figurent le neurone à deux entrées de la
# section 7 (hématies, hémoglobine) et la règle de référence à une seule valeur de la section 7.5, libre ici de
# choisir parmi les trois valeurs biologiques. Par contraste, les trois mêmes modèles apprennent aussi l'alerte
# valeurs basses de la section 7.
#
# Un seul découpage peut flatter ou pénaliser un modèle par hasard : tout est donc répété sur **cinq** découpages
# aléatoires (60 / 20 / 20 comme dans la section 7) : entraînement sur les patients d'entraînement, seuil choisi sur
# les patients de validation, une seule évaluation sur les patients de test. Le tableau donne la moyenne et, entre
# parenthèses, la plus basse et la plus haute des cinq valeurs. Les neurones sont ajustés avec scikit-learn, dont la
# section 9 a montré qu'il donne le même neurone.

# %% slideshow={"slide_type": ""} translated_from="ed76c8575aee"
LAB_VALUES = ["red_cells", "white_cells", "haemoglobin"]
MODELS = {"référence : une seule valeur biologique": None,
          "neurone, entrées de la section 7 (hématies, hémoglobine)": ["red_cells", "haemoglobin"],
          "neurone, entrées des diapositives (hématies, leucocytes, sexe)": ["red_cells", "white_cells", "sex"]}
TASKS = {"alerte valeurs basses": y_low, "alerte complète (diapositives)": blood.alert.to_numpy()}


def scores_on_split(y, seed):
    # un découpage aléatoire 60/20/20 ; pour chaque modèle : son AUC de test, et la part des numérations normales de
    # test signalées au seuil qui détecte 90 % des alertes des patients de validation
    rest, test = train_test_split(patients, test_size=0.2, random_state=seed, stratify=y)
    train, val = train_test_split(rest, test_size=0.25, random_state=seed, stratify=y[rest])
    results = {}
    for name, columns in MODELS.items():
        if columns is None:                       # une seule valeur biologique ; laquelle et dans quel sens : patients d'entraînement
            values = blood[LAB_VALUES].to_numpy()
            column, direction = one_value_rule(values[train], y[train])
            score = direction * values[:, column]
        else:                                     # un neurone ; standardisé avec les statistiques des patients d'entraînement
            X_train_part, X_all = training.standardize(blood[columns].to_numpy(dtype=float)[train],
                                                       blood[columns].to_numpy(dtype=float))
            fitted = LogisticRegression(C=np.inf, solver="newton-cholesky").fit(X_train_part, y[train])  # solveur rapide
            score = fitted.predict_proba(X_all)[:, 1]
        threshold, _, _ = threshold_for_sensitivity(y[val], score[val])
        false_alarms = 1 - metrics.binary_metrics(y[test], (score[test] >= threshold).astype(int))["specificity"]
        results[name] = (metrics.roc_auc(y[test], score[test]), false_alarms)
    return results


SEEDS = range(5)
runs = {task: [scores_on_split(y, seed) for seed in SEEDS] for task, y in TASKS.items()}
auc = {task: pd.DataFrame({seed: {m: r[m][0] for m in MODELS} for seed, r in zip(SEEDS, runs[task])})
       for task in TASKS}                                   # lignes : modèles, colonnes : découpages
flagged = {task: pd.DataFrame({seed: {m: r[m][1] for m in MODELS} for seed, r in zip(SEEDS, runs[task])})
           for task in TASKS}                               # part des numérations normales de test signalées


def mean_and_range(row, fmt):
    return f"{fmt(row.mean())} ({fmt(row.min())} à {fmt(row.max())})"


seed_table = pd.DataFrame({
    (task, measure): table[task].apply(mean_and_range, axis=1, fmt=fmt)
    for task in TASKS
    for measure, table, fmt in (("AUC de test", auc, lambda v: f"{v:.3f}"),
                                ("numérations normales signalées pour détecter 90 %", flagged, lambda v: f"{v:.0%}"))
})
seed_table   # moyenne (de la plus basse à la plus haute) sur 5 découpages, patients de test

# %% slideshow={"slide_type": ""} translated_from="ad6b029174aa"
low, full = auc["alerte valeurs basses"], auc["alerte complète (diapositives)"]
baseline, two_inputs, slides = MODELS                       # les noms des trois modèles, dans l'ordre
checks.true(low.loc[two_inputs].mean() > low.loc[baseline].mean() + 0.01,
            "alerte valeurs basses : le neurone de la section 7 classe mieux les patients que la référence à une seule valeur (AUC moyenne)")
low_flagged = flagged["alerte valeurs basses"]
checks.true(low_flagged.loc[two_inputs].mean() < 0.5 * low_flagged.loc[baseline].mean(),
            "alerte valeurs basses : le neurone de la section 7 signale au moins deux fois moins de numérations normales que la référence")
checks.true(full.mean(axis=1).max() < 0.7,
            "alerte complète : tous les modèles restent sous une AUC de 0,7, guère au-dessus de pile ou face (0,5)")
checks.true(abs(full.loc[slides].mean() - full.loc[baseline].mean()) < full.loc[slides].std() + full.loc[baseline].std(),
            "alerte complète : le neurone des diapositives et une seule valeur biologique diffèrent de moins que la dispersion entre découpages")
checks.true(flagged["alerte complète (diapositives)"].mean(axis=1).min() > 0.8,
            "alerte complète : pour détecter 90 % des alertes, chaque modèle signale la plupart des numérations normales")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="d2f562b81096"
# Ce que dit le tableau :
#
# - **Alerte valeurs basses** (d'un seul côté d'une droite) : le neurone de la section 7 classe mieux les patients
#   que la meilleure valeur biologique isolée (il y est parvenu sur 29 des 30 découpages quand nous en avons essayé
#   30) et, pour détecter 90 % des valeurs basses, il signale au moins deux fois moins de numérations normales :
#   le résultat de la section 7.5 ne tenait pas à la chance d'un seul découpage. Les entrées des diapositives ne font
#   pas nettement mieux que cette valeur isolée (leurs intervalles se chevauchent ; elles la battent sur 18 de ces
#   30 découpages) : il leur manque l'hémoglobine, qui définit la moitié de cette alerte.
# - **Alerte complète** (la tâche même des diapositives) : les trois modèles tournent autour d'une AUC de 0,6, à
#   peine mieux que pile ou face, et le neurone des diapositives, une fois entraîné, ne fait pas mieux qu'une seule
#   valeur biologique : l'écart est plus petit que la dispersion entre découpages. Chaque neurone capte les alertes
#   situées d'un côté de sa droite ; celles de l'autre côté reçoivent des scores *plus bas* que bien des numérations
#   normales, ce qui fait chuter son AUC. Pour détecter 9 alertes sur 10, chaque modèle doit aussi signaler presque
#   toutes les numérations normales : comme filet de sécurité pour les numérations anormales, un seul neurone
#   échoue.
#
# Ajouter des entrées n'y change rien (ajouter le sexe, ou remplacer les leucocytes par l'hémoglobine, change peu
# de chose). C'est la forme qui pose problème : l'alerte complète se déclenche des deux côtés de chaque intervalle,
# une boîte qu'aucune droite ne peut dessiner. Les diapositives le disaient sans détour : la plupart des données ne
# sont pas linéairement séparables, et sur les numérations sanguines, avec un seul neurone, « ça ne marchera pas ».

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="4f6ea0ce0975"
# **Et ensuite ?** Plusieurs neurones côte à côte peuvent chacun tracer un bord de la boîte, et une deuxième
# couche peut les combiner (« trop haut *ou* trop bas »). Pour entraîner un tel réseau, il faut le gradient de
# chaque poids de chaque couche : c'est la **rétropropagation** (*backpropagation*, notebook 05). Le **perceptron
# multicouche** du notebook 06 résout ensuite le XOR et dessine, pour les hommes, la boîte hématies/leucocytes
# qu'un seul neurone ne pouvait pas tracer.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="0cd3ad207e80"
# ## Exercices

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="2be2a13a1c5c"
# ### Exercice 1 : l'homme aux hématies basses et les poids aléatoires
#
# Avec les poids des diapositives $\mathbf w = (1, 2, 3, -4)$ (`w_slide`), calculez la somme pondérée $z$ pour la
# première ligne du tableau des diapositives : un homme (sexe = 1) avec 3,1 T/L d'hématies et 5,3 G/L de
# leucocytes, bien en dessous de son intervalle pour les hématies ; sa sortie attendue est donc 1. Rangez $z$ dans
# `z_man`, sous la forme d'un seul nombre. Le neurone aléatoire lui donne-t-il l'alerte, et cela en fait-il un bon
# neurone ?

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="d9ee170c6dfc"
z_man = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
z_man = w_slide @ np.array([1.0, 3.1, 5.3, 1.0])
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="391a040d21ee"
exercise_1.check()
# exercise_1.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_1.solution()  # une solution commentée

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="ca35b5a3b5af"
# ### Exercice 2 : un pas d'apprentissage à la main
#
# Reprenez l'exemple détaillé : la femme en bonne santé (`x_patient`), les poids des diapositives (`w_slide`) et sa
# sortie attendue $y = 0$ (`y_patient`). Appliquez **une** mise à jour
# $w_i \leftarrow w_i - \alpha\,\bigl(-(y - h)\,x_i\bigr)$ avec $\alpha = 0{,}1$, et rangez les nouveaux poids (un
# tableau de 4 nombres, de $w_0$ à $w_3$) dans `w_after_one_step`. Quel poids bouge le plus, et pourquoi ?

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="cd92f65ddab8"
w_after_one_step = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
h_now = 1 / (1 + np.exp(-(w_slide @ x_patient)))
w_after_one_step = w_slide - 0.1 * (-(y_patient - h_now) * x_patient)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="9debbbda5524"
exercise_2.check()
# exercise_2.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_2.solution()  # une solution commentée

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="aa8f516b5cb2"
# ### Exercice 3 : un neurone qui calcule le ET logique
#
# Le XOR est hors de portée, mais le **ET** (*AND* : sortie 1 seulement quand les deux entrées valent 1) est
# linéairement séparable. Choisissez des poids $(w_0, w_1, w_2)$ pour que le neurone à seuil
# $\text{sortie} = 1$ si $w_0 + w_1 x_1 + w_2 x_2 \ge 0$ classe correctement les quatre cas de `X_xor` pour les
# cibles du ET `[0, 0, 0, 1]`. Rangez les trois poids, biais en premier, dans `w_and`.

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="d8ef07af73f4"
w_and = np.array([____, ____, ____])  # (w0, w1, w2) : remplacez chaque ____ par un nombre
### BEGIN SOLUTION
w_and = np.array([-1.5, 1.0, 1.0])
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_3_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="2c064a387bbd"
exercise_3.check()
# exercise_3.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_3.solution()  # une solution commentée

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="b28284b81db1"
# ## En résumé
#
# **À retenir**
#
# - Un neurone artificiel calcule une somme pondérée de ses entrées plus un biais $w_0$ (un poids sur $x_0 = 1$),
#   puis la fait passer dans une fonction d'activation. Le perceptron de Rosenblatt (1957) utilisait une fonction
#   seuil.
# - La sigmoïde remplace la fonction seuil pour que la sortie soit une probabilité qui varie en douceur, avec une
#   pente partout.
# - Une fonction de perte mesure l'erreur. En classification, la perte adaptée est l'entropie croisée, pas l'erreur
#   quadratique : elle sanctionne durement les erreurs commises avec assurance.
# - Apprendre, c'est appliquer $w \leftarrow w - \alpha\,\partial\text{Loss}/\partial w$. Pour une sigmoïde avec
#   l'entropie croisée, le gradient vaut $-(y - h)\,x_i$. Un patient à la fois, c'est la descente de gradient
#   stochastique.
# - Surveillez les courbes d'apprentissage, et arrêtez-vous sur un objectif d'erreur ou quand les progrès cessent,
#   en jugeant sur les données de validation.
# - L'exactitude masque les patients manqués. La courbe ROC montre tous les seuils à la fois (fausses alertes en
#   abscisse, sensibilité en ordonnée) ; son aire, l'AUC, est la probabilité qu'un patient malade obtienne un score
#   plus élevé qu'un patient sain. Choisissez le seuil sur les données de validation, rendez compte sur le jeu de
#   test une seule fois, à côté d'une règle de référence simple.
# - Un neurone = une droite. Il échoue sur le XOR et sur les règles du type « normal à l'intérieur d'un
#   intervalle » : entraîné sur l'alerte complète des diapositives, il ne fait pas mieux qu'une seule valeur
#   biologique. Il faut plusieurs couches.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="8dded948feac"
# **Questions d'autoévaluation**
#
# 1. Pourquoi peut-on remplacer le seuil $\theta$ par un poids $w_0$ ?
# <details><summary>Réponse</summary>Parce que $\sum_i w_i x_i \ge \theta$ équivaut à $-\theta \cdot 1 + \sum_i w_i x_i \ge 0$ : ajouter une entrée $x_0 = 1$ de poids $w_0 = -\theta$ fait passer le seuil dans les poids, et il s'apprend alors comme n'importe quel autre poids.</details>
#
# 2. Donnez deux raisons pour lesquelles la sigmoïde remplace la fonction seuil.
# <details><summary>Réponse</summary>La fonction seuil n'a pas de dérivée utile (nulle partout, non définie au saut), si bien que la descente de gradient n'obtient aucune direction ; elle fonctionne en tout ou rien, donc elle ne peut pas dire « probabilité de 0,8 » ; et une valeur juste au-dessus du seuil se confond avec une valeur très au-dessus.</details>
#
# 3. Le neurone prédit $h = 0{,}9$ pour un patient avec $y = 1$. Dans quel sens la mise à jour déplace-t-elle un poids dont l'entrée $x_i$ est négative ?
# <details><summary>Réponse</summary>Le gradient vaut $-(1 - 0{,}9)\,x_i = -0{,}1\,x_i$, positif quand $x_i < 0$ ; la mise à jour en soustrait $\alpha$ fois la valeur, donc le poids diminue. Comme $x_i$ est négatif, $w_i x_i$ augmente alors, ce qui fait monter $z$ et $h$ vers la cible 1.</details>
#
# 4. Un seul neurone classe presque parfaitement les alertes valeurs basses (AUC de test proche de 1), mais l'alerte complète à peine mieux que pile ou face (AUC proche de 0,6). Pourquoi ?
# <details><summary>Réponse</summary>L'alerte valeurs basses correspond (presque) à un côté d'une droite. L'alerte complète se déclenche des deux côtés d'un intervalle normal (une boîte), qu'aucune droite ne peut séparer : les classes ne sont pas linéairement séparables.</details>
#
# 5. Pourquoi choisit-on le seuil d'alerte sur les patients de validation et non sur les patients de test ?
# <details><summary>Réponse</summary>Un seuil réglé sur les patients de test s'adapte à leurs particularités : le résultat du test flatterait l'alerte et ne prédirait plus son comportement sur de nouveaux patients. Les patients de validation servent à faire tous les choix ; les patients de test, utilisés une seule fois à la fin, donnent l'estimation honnête.</details>
#
# **Et ensuite :** le notebook 04 examine de près la descente de gradient elle-même : taux d'apprentissage trop
# petits ou trop grands, critères d'arrêt, variantes stochastique et par mini-lots (*mini-batch*). Les
# notebooks 05 et 06 empilent les neurones en couches et les entraînent par rétropropagation.
