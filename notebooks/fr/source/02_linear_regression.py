# %% [markdown] slideshow={"slide_type": "slide"} translated_from="8b17a54b0fe5"
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/OWNER/REPOSITORY/blob/main/student/fr/02_linear_regression.ipynb)
#
# # 02 · La régression linéaire
#
# > Ajuster une droite, puis une courbe, à des mesures cliniques : perte quadratique, moindres carrés, plusieurs variables et surapprentissage.
#
# **Durée estimée :** 60 min · **Prérequis :** 01
#
# Un indice de masse corporelle plus élevé va-t-il de pair avec une progression plus rapide du diabète, et de combien ? Une droite tracée à travers les données répond par un seul chiffre, exprimé en points par kg/m². Ajuster cette droite, c'est le cas le plus simple de ce que fait tout réseau de neurones : choisir les paramètres qui rendent une fonction de perte aussi petite que possible.
#
# **À la fin de ce notebook, vous saurez :**
# - écrire le modèle y = a x + b et sa perte quadratique, et lire l'un comme l'autre en unités cliniques ;
# - établir la droite des moindres carrés en annulant les dérivées de la perte, et la confronter à celle de scikit-learn ;
# - écrire une régression sur plusieurs variables sous la forme d'un produit matriciel, résoudre ses équations normales, et expliquer pourquoi la mise à l'échelle des variables compte ;
# - ajuster des polynômes de degré croissant, reconnaître le sous-apprentissage et le surapprentissage, choisir le degré sur des données de validation et mesurer le modèle retenu une seule fois sur les données de test.
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

# %% slideshow={"slide_type": "skip"} translated_from="cd6ade413f29"
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

course_utils.setup(lang="fr")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="baa95df3eceb"
# ## 1. Une question clinique : IMC et progression du diabète
#
# Le jeu de données **diabetes** (Efron et al., 2004) : 442 patients diabétiques, dix mesures à l'inclusion et un
# **score de progression de la maladie** un an plus tard (de 25 à 346 ; plus il est élevé, plus la maladie a progressé). Nous cherchons
# comment l'**indice de masse corporelle** (IMC, poids / taille², en kg/m²) est lié à ce score.
#
# C'est une **régression** (notebook 01) : la réponse est une quantité, pas une catégorie.

# %% slideshow={"slide_type": ""} translated_from="54a8fda1fe86"
diabetes = datasets.load_diabetes_frame()
x = diabetes["bmi"].to_numpy()             # indice de masse corporelle, kg/m²   forme (442,)
y = diabetes["progression"].to_numpy()     # score de progression à 1 an       forme (442,)
print(f"{len(x)} patients · IMC de {x.min():.1f} à {x.max():.1f} kg/m² · progression de {y.min():.0f} à {y.max():.0f}")
diabetes[["age", "sex", "bmi", "bp", "progression"]].head()

# %% slideshow={"slide_type": ""} translated_from="0523ea2c0ad3"
fig, ax = plt.subplots(figsize=(7.5, 4.2))
for low, high, name, shade in [(18.5, 25, "normal", 0.06), (25, 30, "surpoids", 0.12), (30, 43, "obésité", 0.18)]:
    ax.axvspan(low, high, color="grey", alpha=shade, linewidth=0)
    ax.text((low + min(high, 40)) / 2, 352, name, ha="center", fontsize=10, color="dimgrey")
ax.scatter(x, y, s=14, alpha=0.6, color=plotting.OKABE_ITO["green"], label="patients")
ax.set(xlabel="indice de masse corporelle (kg/m²)", ylabel="progression de la maladie à 1 an (score)", ylim=(0, 370),
       title="IMC plus élevé, progression plus rapide ? (classes d'IMC de l'OMS en grisé)")
ax.legend(loc="lower right")
plt.show()


# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="4657ba67a104"
# Le nuage monte de gauche à droite, mais il est très dispersé : l'IMC n'est qu'un facteur parmi d'autres. Une droite
# résumera la tendance ; elle ne permet pas de prédire avec précision le score d'un patient donné.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="76393b79339a"
# ## 2. Le modèle et sa perte
#
# Le **modèle** est une droite :
#
# $$\hat{y} = a\,x + b$$
#
# - $x$ : l'entrée (l'IMC, en kg/m²) ; $\hat{y}$ (« y chapeau ») : la progression prédite (un score) ;
# - $a$, la **pente** : de combien de points de score la prédiction augmente pour chaque kg/m² supplémentaire ;
# - $b$, l'**ordonnée à l'origine** : la prédiction en $x = 0$ (un IMC nul est impossible : $b$ n'a donc pas de sens
#   clinique à lui seul, il sert seulement à placer la droite).
#
# $a$ et $b$ sont les deux **paramètres** du modèle. Apprendre, c'est les choisir à partir des données.

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="92ee57d7cf1f"
# Pour le patient $i$ (les patients sont numérotés de 1 à $n$ ; $x_i$ est son IMC, $y_i$ son score réel), le **résidu**
# (*residual*) $y_i - \hat{y}_i = y_i - (a x_i + b)$ est l'écart vertical entre le score réel et la droite. La
# **perte quadratique** (*squared-error loss*) additionne les carrés des résidus des $n$ patients ($\sum_{i=1}^{n}$,
# « la somme pour $i$ allant de 1 à $n$ ») :
#
# $$L(a, b) = \sum_{i=1}^{n} \big(y_i - (a x_i + b)\big)^2$$
#
# Le carré rend chaque écart positif et pénalise davantage les grosses erreurs que les petites. En divisant par $n$, on
# obtient l'**erreur quadratique moyenne** (*mean squared error*, MSE, en score²) ; sa racine carrée, la **RMSE**
# (*root mean squared error*), est une erreur typique, en points de score. La meilleure droite est celle dont la
# **perte est la plus petite** : c'est la méthode des *moindres carrés* (*least squares*). Elle minimise les écarts
# *verticaux* (les erreurs sur le score), et non les distances les plus courtes entre les points et la droite.

# %% slideshow={"slide_type": ""} translated_from="20c9df64000e"
def predict(a, b, x):
    return a * x + b


def squared_error(a, b, x, y):
    residuals = y - predict(a, b, x)
    return np.sum(residuals ** 2)            # L(a, b)


def mse(a, b, x, y):
    return squared_error(a, b, x, y) / len(x)


a_guess, b_guess = 2.0, 50.0
print(f"a = {a_guess}, b = {b_guess} :  L = {squared_error(a_guess, b_guess, x, y):.0f} score²,"
      f"  MSE = {mse(a_guess, b_guess, x, y):.0f} score²,  RMSE = {np.sqrt(mse(a_guess, b_guess, x, y)):.1f} points")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="e3617072fabe"
# ### Widget : ajustez la droite à la main
#
# Déplacez la pente $a$ et l'ordonnée à l'origine $b$. Les segments gris sont les résidus ; la perte s'affiche en
# direct (la RMSE dans le titre, la MSE et la RMSE sous la figure). À droite, la **surface de perte** : la couleur
# donne la MSE pour chaque couple $(a, b)$ (barre de couleurs : plus c'est sombre, plus c'est petit) ; le point
# indique la position de vos curseurs. Essayez d'atteindre la zone la plus sombre.

# %% slideshow={"slide_type": ""} translated_from="ed69c9ff834a"
a_grid = np.linspace(-5, 25, 90)
b_grid = np.linspace(-400, 300, 90)
mse_surface = regression.loss_surface(lambda a, b: mse(a, b, x, y), a_grid, b_grid)   # (90, 90)

fig = widgets.new_figure(figsize=(10.5, 4.0), dpi=80)
ax_fit, ax_loss = fig.subplots(1, 2, width_ratios=[1.2, 1])
patients = ax_fit.scatter(x, y, s=10, alpha=0.6, color=plotting.OKABE_ITO["green"], label="patients")
residual_lines, = ax_fit.plot([], [], color="#b4b4b4", linewidth=0.8, label="résidus")
line, = ax_fit.plot([], [], color=plotting.OKABE_ITO["black"], linewidth=2.5, label="modèle ŷ = a x + b")
ax_fit.set(xlim=(17, 43), ylim=(-60, 400), xlabel="indice de masse corporelle (kg/m²)",
           ylabel="progression à 1 an (score)")
loss_text = ax_fit.set_title(" ")                 # le titre affiche l'erreur de votre droite (mis à jour plus bas)
ax_fit.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), fontsize=10, ncol=3)
levels = np.geomspace(mse_surface.min(), mse_surface.max(), 25)


def mse_colour_bar(fig, surface, ax):
    """Une barre de couleurs pour une surface de MSE, graduée en nombres ronds."""
    bar = fig.colorbar(surface, ax=ax, label="MSE (score², échelle log)")
    ticks = [t for t in (4_000, 10_000, 30_000, 100_000, 300_000) if levels[0] <= t <= levels[-1]]
    bar.set_ticks(ticks, labels=[f"{t}" for t in ticks])
    bar.minorticks_off()


surface = ax_loss.contourf(a_grid, b_grid, mse_surface, levels=levels, cmap="viridis", norm=LogNorm())
mse_colour_bar(fig, surface, ax_loss)
ax_loss.set(xlabel="pente a (points de score par kg/m²)", ylabel="ordonnée à l'origine b (points de score)",
            title="Surface de perte : MSE")
you_are_here, = ax_loss.plot([], [], "o", color="white", markeredgecolor="black", markersize=9,
                              clip_on=False)   # entier même dans les coins
x_ends = np.array([17.0, 43.0])


def show_line(a, b):
    line.set_data(x_ends, predict(a, b, x_ends))
    residual_lines.set_data(*regression.residual_lines(x, y, predict(a, b, x)))   # tous les résidus, un seul objet
    you_are_here.set_data([a], [b])
    error = mse(a, b, x, y)
    loss_text.set_text(f"RMSE = {i18n.number(np.sqrt(error), '.1f')} points")
    return (f"a = {i18n.number(a, '.1f')} points par kg/m², b = {b:.0f} points → MSE = {i18n.number(error, ',.0f')}"
            f" score², RMSE = {i18n.number(np.sqrt(error), '.1f')}")


line_view = widgets.LiveFigure(
    fig, show_line, main=True, dynamic=[residual_lines, patients, line, you_are_here, loss_text],  # ordre de tracé
    a=widgets.slider(a_guess, -5.0, 25.0, step=0.1, description="pente a (points par kg/m²)"),
    b=widgets.slider(b_guess, -400.0, 300.0, step=1.0, description="ordonnée à l'origine b (points)"),
)
line_view

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="990843965f02"
# **À observer.** La zone sombre est une **vallée** longue et étroite : une pente plus forte peut être compensée par
# une ordonnée à l'origine plus basse, parce que tous les IMC sont loin de 0 (de 18 à 42 kg/m²). Beaucoup de droites
# sont *presque* aussi bonnes ; une seule est la meilleure. La trouver à la main est fastidieux : calculons-la.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="8f00e5703d4b"
# ## 3. La meilleure droite, calculée : les moindres carrés
#
# Au fond de la vallée, la perte est plate dans toutes les directions. Pour trouver ce point, nous utilisons les
# **dérivées** (la dérivée d'une courbe est sa pente en chaque point) et deux règles vues au lycée :
#
# - la dérivée d'une somme est la somme des dérivées ;
# - la dérivée d'un carré $u^2$, où $u$ varie, est $2u \times u'$, avec $u'$ la dérivée de $u$.
#
# $L$ dépend de deux nombres, $a$ et $b$. Sa **dérivée partielle** $\partial L / \partial b$ (lire « d rond L sur
# d rond b ») est sa dérivée ordinaire quand seul $b$ varie et que $a$ reste fixe, comme n'importe quelle constante ;
# $\partial L / \partial a$ est la même chose quand seul $a$ varie. Au fond de la vallée, les deux sont nulles. Chaque
# terme de $L$ est un carré $u_i^2$, avec $u_i = y_i - a x_i - b$.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="76db2ee4c5d9"
# **Étape 1 : l'ordonnée à l'origine.** Quand seul $b$ varie, $u_i = y_i - a x_i - b$ diminue de 1 pour chaque unité
# de $b$, donc $u_i' = -1$ :
#
# $$\frac{\partial L}{\partial b} = \sum_{i=1}^{n} 2\,(y_i - a x_i - b) \times (-1) = -2 \sum_{i=1}^{n} (y_i - a x_i - b) = 0$$
#
# Divisez par $-2$ et séparez la somme ($b$ y est ajouté $n$ fois) : $\sum_i y_i - a \sum_i x_i - n\,b = 0$. Divisez
# par $n$, en notant les moyennes $\bar{x} = \frac{1}{n}\sum_i x_i$ et $\bar{y} = \frac{1}{n}\sum_i y_i$ (« x barre »,
# « y barre ») :
#
# $$\bar{y} - a\,\bar{x} - b = 0 \quad\Rightarrow\quad b = \bar{y} - a\,\bar{x}$$
#
# La meilleure droite passe donc par le point moyen $(\bar{x}, \bar{y})$.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="bce74901ddb9"
# **Étape 2 : la pente.** Quand seul $a$ varie, $u_i$ diminue de $x_i$ pour chaque unité de $a$, donc $u_i' = -x_i$ :
#
# $$\frac{\partial L}{\partial a} = -2 \sum_{i=1}^{n} x_i\,(y_i - a x_i - b) = 0$$
#
# Remplacez $b$ par le résultat de l'étape 1, $\bar{y} - a\bar{x}$ : la parenthèse devient
# $(y_i - \bar{y}) - a\,(x_i - \bar{x})$. Divisez par $-2$, séparez la somme et isolez $a$ :
#
# $$\sum_i x_i\,(y_i - \bar{y}) - a \sum_i x_i\,(x_i - \bar{x}) = 0 \quad\Rightarrow\quad
# a = \frac{\sum_i x_i\,(y_i - \bar{y})}{\sum_i x_i\,(x_i - \bar{x})}$$
#
# Dernière retouche : les écarts à une moyenne ont une somme nulle ($\sum_i (y_i - \bar{y}) = 0$ et
# $\sum_i (x_i - \bar{x}) = 0$), donc écrire $x_i - \bar{x}$ au lieu de $x_i$ devant la parenthèse ne change aucune des
# deux sommes (cela retranche $\bar{x} \times 0$). On obtient la forme habituelle :
#
# $$a = \frac{\sum_i (x_i - \bar{x})(y_i - \bar{y})}{\sum_i (x_i - \bar{x})^2}$$

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="1364d787f2de"
# Une fois divisé par $n$, le numérateur est la **covariance** de $x$ et $y$ (la moyenne du produit de leurs écarts à
# leurs moyennes : positive quand les deux augmentent ensemble) et le dénominateur est la **variance** de $x$ (la
# moyenne des carrés des écarts). Pourquoi ce point plat est-il le point le plus bas, et non un sommet ? Pour $a$ fixé,
# $L$ est une parabole en $b$ dont le terme $n\,b^2$ est positif : elle est tournée vers le haut, et son point le plus
# bas est le $b = \bar{y} - a\bar{x}$ de l'étape 1 (le fond de la vallée). Le long de ce fond,
# $L = \sum_i \big((y_i - \bar{y}) - a\,(x_i - \bar{x})\big)^2$ est une parabole en $a$ dont le terme
# $a^2 \sum_i (x_i - \bar{x})^2$ est positif : elle est tournée vers le haut elle aussi, et son point le plus bas est le
# $a$ de l'étape 2. C'est la solution **explicite** (*closed form*) : pas de recherche, une seule formule.

# %% slideshow={"slide_type": ""} translated_from="15f1f0905a3c"
x_mean, y_mean = x.mean(), y.mean()
a_hat = np.sum((x - x_mean) * (y - y_mean)) / np.sum((x - x_mean) ** 2)
b_hat = y_mean - a_hat * x_mean
print(f"meilleure droite : progression ≈ {a_hat:.2f} × IMC + ({b_hat:.1f})")
print(f"MSE = {mse(a_hat, b_hat, x, y):.0f} score², RMSE = {np.sqrt(mse(a_hat, b_hat, x, y)):.1f} points")


# %% slideshow={"slide_type": ""} translated_from="06340f37dd89"
def dL_da(a, b):
    return -2 * np.sum(x * (y - a * x - b))     # la formule de l'étape 2


def dL_db(a, b):
    return -2 * np.sum(y - a * x - b)           # la formule de l'étape 1


# Une dérivée partielle est la pente de L quand un paramètre fait un tout petit pas et que l'autre ne bouge pas
step = 0.001
slope_by_step = (squared_error(a_guess + step, b_guess, x, y) - squared_error(a_guess - step, b_guess, x, y)) / (2 * step)
print(f"en a = {a_guess}, b = {b_guess} : ∂L/∂a = {dL_da(a_guess, b_guess):.0f} par la formule, "
      f"{slope_by_step:.0f} en déplaçant a d'un tout petit pas (négatif : une pente plus forte fait baisser la perte)")
print(f"sur la meilleure droite : ∂L/∂a = {dL_da(a_hat, b_hat):.1g}, ∂L/∂b = {dL_db(a_hat, b_hat):.1g} "
      f"(nulles aux arrondis près)")
# Autovérifications : la formule donne bien la pente de L, et les deux dérivées partielles s'annulent sur la droite des
# moindres carrés
checks.close(dL_da(a_guess, b_guess), slope_by_step, tol=1e-6, relative=True, name="∂L/∂a par la formule")
checks.close([dL_da(a_hat, b_hat), dL_db(a_hat, b_hat)], [0, 0], tol=1e-3, name="∂L/∂a et ∂L/∂b sur la meilleure droite")

# %% slideshow={"slide_type": ""} translated_from="52f9d7f8009e"
sk_line = LinearRegression().fit(x.reshape(-1, 1), y)      # scikit-learn attend un tableau de variables à 2 dimensions
print(f"scikit-learn : a = {sk_line.coef_[0]:.4f}, b = {sk_line.intercept_:.4f}")
# Autovérifications : notre formule donne la droite de scikit-learn, et aucun point de la surface de perte ne fait mieux
checks.close(a_hat, sk_line.coef_[0], tol=1e-6, name="pente a_hat")
checks.close(b_hat, sk_line.intercept_, tol=1e-6, name="ordonnée à l'origine b_hat")
checks.true(mse(a_hat, b_hat, x, y) <= mse_surface.min(), "la droite des moindres carrés bat tous les couples (a, b) de la grille")

# %% slideshow={"slide_type": ""} translated_from="6b223cb64574"
fig, ax = plt.subplots(figsize=(7.2, 4.3))
surface = ax.contourf(a_grid, b_grid, mse_surface, levels=levels, cmap="viridis", norm=LogNorm())
mse_colour_bar(fig, surface, ax)
ax.plot(a_hat, b_hat, "*", color=plotting.OKABE_ITO["orange"], markersize=18, markeredgecolor="black",
        label=f"moindres carrés : a = {i18n.number(a_hat, '.1f')}, b = {b_hat:.0f}")
ax.plot(a_grid, y_mean - a_grid * x_mean, "--", color="white", linewidth=1, label="fond de la vallée : b = ȳ − a x̄")
ax.set(xlabel="pente a (points de score par kg/m²)", ylabel="ordonnée à l'origine b (points de score)", ylim=(-400, 300),
       title="Le minimum de la surface de perte")
ax.legend(loc="upper right", fontsize=10)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="16bb74b4174d"
# **Lire le résultat.** Chaque kg/m² d'IMC supplémentaire va de pair avec environ **10 points de plus** de progression
# à un an, et l'erreur typique de la droite (RMSE) est d'environ 62 points. Est-ce bien ? L'exercice 2 construit
# l'étalon de comparaison.
#
# Il s'agit d'une *association* chez ces 442 patients, pas d'une relation de cause à effet : elle ne dit pas que perdre
# 1 kg/m² ferait baisser de 10 points le score d'un patient donné. Et la droite n'est fiable qu'à l'intérieur de la plage
# des données (de 18 à 42 kg/m²).

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="04a96bf73db6"
# ### Exercice 1 : une prédiction
#
# Avec la droite ajustée (`a_hat`, `b_hat`), prédisez le score de progression d'un patient dont l'IMC est de
# 32 kg/m². Rangez-le dans `progression_bmi_32`, sous la forme d'un seul nombre (un score).

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="74bb20261c26"
progression_bmi_32 = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
progression_bmi_32 = predict(a_hat, b_hat, 32)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="391a040d21ee"
exercise_1.check()
# exercise_1.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_1.solution()  # une solution commentée

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="4dcc63c0dd8d"
# ### Exercice 2 : la référence que tout modèle doit battre
#
# Le modèle le plus paresseux ignore l'IMC et prédit le score **moyen** $\bar{y}$ pour tout le monde. Calculez sa RMSE
# sur les 442 patients (les mêmes que pour la RMSE de la droite, plus haut) et rangez-la dans `baseline_rmse`, sous la
# forme d'un seul nombre, en points de score. La cellule qui suit la vérification la compare à la RMSE de la droite.

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="aecedd75f977"
baseline_rmse = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
baseline_rmse = np.sqrt(np.mean((y - y.mean()) ** 2))
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="9debbbda5524"
exercise_2.check()
# exercise_2.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_2.solution()  # une solution commentée

# %% slideshow={"slide_type": ""} translated_from="7b4934bed7ec"
line_rmse = np.sqrt(mse(a_hat, b_hat, x, y))
r_squared = 1 - mse(a_hat, b_hat, x, y) / mse(0, y_mean, x, y)   # la référence est la droite de pente 0 passant par ȳ
print(f"RMSE de la référence : {exercise_2.answer('baseline_rmse'):.1f} points, RMSE de la droite : {line_rmse:.1f} points"
      f" → R² = {r_squared:.2f}")
checks.close(r_squared, sk_line.score(x.reshape(-1, 1), y), tol=1e-9, name="R² (la méthode score de scikit-learn)")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="0b378a27b79b"
# **La droite en vaut-elle la peine ?** La RMSE de la référence n'est autre que l'**écart-type** des scores : dans les
# deux cas, c'est la racine carrée de la moyenne des carrés des écarts à la moyenne. La droite réduit l'erreur
# typique, mais pas de beaucoup. Le **coefficient de détermination**
# $R^2 = 1 - \text{MSE}_{\text{droite}} / \text{MSE}_{\text{référence}}$ est la part de l'erreur quadratique de la
# référence que la droite fait disparaître : ici, environ un tiers. Les deux erreurs ont été mesurées sur les patients qui
# ont servi à ajuster la droite ; la section 4 les mesure sur des patients que le modèle n'a jamais vus.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="da7c548ae5ec"
# ## 4. Plusieurs variables à la fois
#
# Pourquoi se limiter à l'IMC ? La **régression linéaire multiple** donne à chacune des $p$ variables (*features*) son
# propre poids :
#
# $$\hat{y} = w_0 + w_1 x_1 + w_2 x_2 + \dots + w_p x_p$$
#
# Pour $n$ patients, rangez les variables dans un tableau $X$, avec une ligne par patient et une colonne par variable,
# plus une première colonne de 1 (elle porte l'ordonnée à l'origine $w_0$) : $X$ a $n$ lignes et $p + 1$ colonnes. Deux
# opérations sur ces tableaux (les **matrices**) permettent d'écrire le modèle entier et son ajustement en une ligne.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="71ceacb5e023"
# **Le produit matriciel.** Le produit $A B$ d'un tableau $A$ à $k$ colonnes par un tableau $B$ à $k$ lignes contient,
# à la ligne $i$ et à la colonne $j$, la somme des produits terme à terme de la ligne $i$ de $A$ par la colonne $j$ de
# $B$ (« ligne fois colonne »). Il faut donc autant de colonnes dans $A$ que de lignes dans $B$. Avec une colonne de poids $w$, $X w$
# donne pour chaque patient la somme pondérée de ses variables, c'est-à-dire la prédiction $\hat{y}$. Deux patients (1,
# IMC en kg/m², pression artérielle en mmHg) :
#
# $$\underbrace{\begin{pmatrix}1 & 25 & 90\\ 1 & 32 & 100\end{pmatrix}}_{X:\ 2 \times 3}
# \underbrace{\begin{pmatrix}-100\\ 8\\ 1\end{pmatrix}}_{w:\ 3 \times 1}
# = \begin{pmatrix}1 \times (-100) + 25 \times 8 + 90 \times 1\\ 1 \times (-100) + 32 \times 8 + 100 \times 1\end{pmatrix}
# = \begin{pmatrix}190\\ 256\end{pmatrix}$$
#
# **La transposée.** $X^\top$ (« X transposée ») échange les lignes et les colonnes : la ligne $j$ de $X^\top$ est la
# colonne $j$ de $X$, et un tableau $2 \times 3$ devient un tableau $3 \times 2$. Ainsi, pour une colonne $r$ qui contient
# un nombre par patient, $X^\top r$ donne un nombre par variable : la somme, sur les patients, de (variable × $r_i$).
# Avec $r = (10, -6)$ :
#
# $$X^\top = \begin{pmatrix}1 & 1\\ 25 & 32\\ 90 & 100\end{pmatrix}, \qquad
# X^\top r = \begin{pmatrix}1 \times 10 + 1 \times (-6)\\ 25 \times 10 + 32 \times (-6)\\ 90 \times 10 + 100 \times (-6)\end{pmatrix}
# = \begin{pmatrix}4\\ 58\\ 300\end{pmatrix}$$

# %% slideshow={"slide_type": ""} translated_from="3a67e9cca046"
X_tiny = np.array([[1, 25, 90], [1, 32, 100]])   # 2 patients : 1, IMC (kg/m²), pression artérielle (mmHg)
w_tiny = np.array([-100, 8, 1])                   # w0 (points), points par kg/m², points par mmHg
r_tiny = np.array([10, -6])                       # un résidu par patient (points)
by_hand = [sum(X_tiny[i, j] * w_tiny[j] for j in range(3)) for i in range(2)]   # ligne fois colonne
# En NumPy, @ est le produit matriciel et .T la transposée
print("X @ w   =", X_tiny @ w_tiny)
print("X.T     =", X_tiny.T.tolist(), "  forme", X_tiny.T.shape)
print("X.T @ r =", X_tiny.T @ r_tiny)
checks.close(X_tiny @ w_tiny, by_hand, name="X @ w, ligne fois colonne")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="5e31edfa4d7f"
# **Les équations normales.** Avec les résidus $r_i = y_i - \hat{y}_i$ et la perte $L = \sum_i r_i^2$, la dérivée
# par rapport à un poids $w_j$ se calcule exactement comme dans la section 3 : quand seul $w_j$ varie, $r_i$ diminue de
# $x_{ij}$ (la valeur de la variable $j$ chez le patient $i$) par unité de $w_j$, donc
#
# $$\frac{\partial L}{\partial w_j} = -2 \sum_{i=1}^{n} x_{ij}\, r_i = 0 \qquad \text{pour chaque variable } j = 0, 1, \dots, p$$
#
# Les sommes $\sum_i x_{ij} r_i$ sont les $p + 1$ nombres de $X^\top r$ : toutes les conditions réunies s'écrivent donc
# $X^\top (y - X w) = 0$. Le produit matriciel se distribue comme le produit ordinaire, d'où
# $X^\top y - X^\top X\, w = 0$ :
#
# $$X^\top X\, w = X^\top y$$
#
# Ce sont les **équations normales** : $p + 1$ équations pour $p + 1$ poids inconnus, comme les systèmes de deux
# équations à deux inconnues appris à l'école, en plus grand. Avec l'IMC seul ($X$ a les colonnes 1 et $x$), on retrouve les
# deux équations de la section 3 : la ligne 0 est $\sum_i r_i = 0$ (issue de $\partial L / \partial b$) et la ligne 1
# est $\sum_i x_i r_i = 0$ (issue de $\partial L / \partial a$).

# %% slideshow={"slide_type": ""} translated_from="196b61a4376e"
def add_ones(X):
    return np.column_stack([np.ones(len(X)), X])               # colonne de 1 pour l'ordonnée à l'origine w0


X_bmi = add_ones(x.reshape(-1, 1))                             # (442, 2) : les colonnes 1 et IMC
w_normal = np.linalg.solve(X_bmi.T @ X_bmi, X_bmi.T @ y)       # résout les 2 équations à 2 inconnues
print(f"équations normales, IMC seul : w0 = {w_normal[0]:.2f}, w1 = {w_normal[1]:.4f}")
# Autovérification : la même droite qu'avec la formule de la section 3 (w0 est l'ordonnée à l'origine b, w1 la pente a)
checks.close(w_normal, [b_hat, a_hat], tol=1e-6, relative=True, name="poids obtenus par les équations normales")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="a9c1401013ed"
# Avec plusieurs variables, `np.linalg.lstsq` (*least squares*, moindres carrés) trouve les mêmes poids par une voie
# plus sûre : quand deux colonnes se répètent presque, comme certaines colonnes de cholestérol ici, calculer d'abord
# $X^\top X$ peut faire perdre des chiffres significatifs. Cette fois, nous gardons 20 % des patients comme **jeu de
# test**, pour comparer trois modèles sur des patients qu'ils n'ont pas vus : la référence « moyenne » (le score moyen
# des patients d'entraînement), l'IMC seul, et les dix variables.

# %% slideshow={"slide_type": ""} translated_from="fac8091b4d2f"
feature_names = ["age", "sex", "bmi", "bp", "tc", "ldl", "hdl", "tch", "ltg", "glu"]
X_all = diabetes[feature_names].to_numpy()                     # (442, 10)
X_train, X_test, y_train, y_test = train_test_split(X_all, y, test_size=0.2, random_state=0)


def rmse(y_true, y_pred):
    return np.sqrt(np.mean((y_true - y_pred) ** 2))


w_all, *_ = np.linalg.lstsq(add_ones(X_train), y_train, rcond=None)        # 11 poids
bmi = feature_names.index("bmi")
w_bmi, *_ = np.linalg.lstsq(add_ones(X_train[:, [bmi]]), y_train, rcond=None)  # 2 poids : b et a
rmse_mean = rmse(y_test, y_train.mean())
rmse_bmi = rmse(y_test, add_ones(X_test[:, [bmi]]) @ w_bmi)
rmse_all = rmse(y_test, add_ones(X_test) @ w_all)
print(f"RMSE de test sur {len(y_test)} patients — référence moyenne : {rmse_mean:.1f} points · IMC seul : {rmse_bmi:.1f} · "
      f"les 10 variables : {rmse_all:.1f}")

# %% slideshow={"slide_type": ""} translated_from="f8acb4a02640"
sk_multi = LinearRegression().fit(X_train, y_train)
# Autovérifications : lstsq résout bien les équations normales, et donne les poids de scikit-learn
checks.close(add_ones(X_train).T @ add_ones(X_train) @ w_all, add_ones(X_train).T @ y_train, tol=1e-6,
             relative=True, name="Xᵀ X w = Xᵀ y")
checks.close(w_all[1:], sk_multi.coef_, tol=1e-6, relative=True, name="poids obtenus par lstsq")
checks.close(w_all[0], sk_multi.intercept_, tol=1e-6, relative=True, name="ordonnée à l'origine w0")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="dddec60b84fa"
# **Un seul découpage peut être un coup de chance.** 89 patients de test, c'est peu : un autre découpage aléatoire
# donne d'autres chiffres. Avant d'affirmer que dix variables font mieux que l'IMC seul, nous répétons toute la
# comparaison sur 10 découpages aléatoires différents (celui du dessus est le découpage 0) et regardons la dispersion.

# %% slideshow={"slide_type": ""} translated_from="29bbfbd2e19b"
split_rows = []
for split in range(10):
    Xa, Xb, ya, yb = train_test_split(X_all, y, test_size=0.2, random_state=split)
    wa_bmi, *_ = np.linalg.lstsq(add_ones(Xa[:, [bmi]]), ya, rcond=None)
    wa_all, *_ = np.linalg.lstsq(add_ones(Xa), ya, rcond=None)
    split_rows.append([rmse(yb, ya.mean()), rmse(yb, add_ones(Xb[:, [bmi]]) @ wa_bmi), rmse(yb, add_ones(Xb) @ wa_all)])
splits = pd.DataFrame(split_rows, columns=["référence (moyenne)", "IMC seul", "10 variables"])
splits["gain des 10 variables sur l'IMC"] = splits["IMC seul"] - splits["10 variables"]
# Autovérifications : sur chaque découpage, l'IMC bat la référence, et dix variables battent l'IMC seul
checks.true((splits["IMC seul"] < splits["référence (moyenne)"]).all(), "l'IMC seul bat la référence « moyenne » sur les 10 découpages")
checks.true((splits["gain des 10 variables sur l'IMC"] > 0).all(), "dix variables battent l'IMC seul sur les 10 découpages")
splits.agg(["mean", "std", "min", "max"]).round(1)

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="4d726320b5f3"
# La RMSE de test de chaque modèle varie de plusieurs points d'un découpage à l'autre (son écart-type, `std`, dans le
# tableau), mais sur chaque découpage le modèle à dix variables bat l'IMC seul, et
# l'IMC seul bat la référence. L'affirmation tient ; c'est son ampleur (le gain moyen, quelques
# points) qu'il faut rapporter, avec sa dispersion.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="313722f9e8ac"
# ### Mise à l'échelle des variables
#
# Les poids bruts ne sont pas comparables : l'âge est en années, le cholestérol en mg/dL (100 mg/dL = 1 g/L, l'unité
# des laboratoires français), et la variable des triglycérides est un logarithme. Un poids de 1 par mg/dL et un poids
# de 1 par année ne veulent pas du tout dire la même chose.
#
# **Centrer-réduire** (*standardise*) chaque variable, c'est la transformer en score z, (valeur − moyenne) / écart-type :
# toutes s'expriment alors en « écarts-types ». Utilisez la moyenne et l'écart-type du jeu d'**entraînement** pour les
# deux jeux : les patients de test ne doivent influencer rien de ce que le modèle apprend (pas de *fuite de données*,
# *leakage* en anglais).

# %% slideshow={"slide_type": ""} translated_from="a7d01c112753"
Z_train, Z_test = training.standardize(X_train, X_test)        # moyenne et écart-type d'entraînement, appliqués aux deux
w_scaled, *_ = np.linalg.lstsq(add_ones(Z_train), y_train, rcond=None)
# Autovérification : la mise à l'échelle change les poids, pas les prédictions d'un ajustement par moindres carrés
checks.close(add_ones(Z_test) @ w_scaled, add_ones(X_test) @ w_all, tol=1e-6, name="prédictions après mise à l'échelle")

scaled_by_split = []                                            # le même ajustement sur les 10 découpages ci-dessus
for split in range(10):
    Xa, Xb, ya, yb = train_test_split(X_all, y, test_size=0.2, random_state=split)
    scaled_by_split.append(np.linalg.lstsq(add_ones(training.standardize(Xa)[0]), ya, rcond=None)[0][1:])
scaled_by_split = np.array(scaled_by_split)                     # (10 découpages, 10 variables)

units = {"age": "ans", "sex": "code 1 ou 2", "bmi": "kg/m²", "bp": "mmHg", "tc": "mg/dL", "ldl": "mg/dL",
         "hdl": "mg/dL", "tch": "rapport", "ltg": "ln(mg/dL)", "glu": "mg/dL"}
weights = pd.DataFrame({"poids brut (points par unité)": w_all[1:].round(2), "unité": [units[f] for f in feature_names],
                        "poids standardisé (points par écart-type)": w_scaled[1:].round(1),
                        "standardisé, minimum sur 10 découpages": scaled_by_split.min(axis=0).round(1),
                        "standardisé, maximum sur 10 découpages": scaled_by_split.max(axis=0).round(1)}, index=feature_names)
weights

# %% slideshow={"slide_type": ""} translated_from="271f151a8efa"
order = np.argsort(np.abs(w_scaled[1:]))
split_low, split_high = scaled_by_split.min(axis=0)[order], scaled_by_split.max(axis=0)[order]
spread = [w_scaled[1:][order] - split_low, split_high - w_scaled[1:][order]]   # moustaches, depuis la barre du découpage 0
fig, ax = plt.subplots(figsize=(7.5, 4.2))
ax.barh(np.array(feature_names)[order], w_scaled[1:][order], color=plotting.OKABE_ITO["sky"], edgecolor="black",
        linewidth=0.5, label="découpage 0 (celui du tableau)")
ax.errorbar(w_scaled[1:][order], np.arange(len(order)), xerr=spread, fmt="none", ecolor="black", elinewidth=1,
            capsize=3, label="extrêmes sur 10 découpages")
ax.axvline(0, color="black", linewidth=0.8)
ax.set(xlabel="poids (points de progression par écart-type de la variable)", ylabel="variable",
       title="Poids standardisés : même échelle, pas des effets séparés")
ax.legend(loc="lower left", fontsize=10)
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="95c16fbbd1d2"
# Les barres tournées vers la droite font monter la prédiction, celles tournées vers la gauche la font baisser. Sur ce
# découpage, les plus grandes en valeur absolue sont celles des triglycérides (`ltg`), du cholestérol total (`tc`) et
# de l'IMC. Un cholestérol total élevé *abaisserait*-il le score ? Pas forcément : les colonnes de cholestérol se
# répètent les unes les autres.
# Dans ce jeu de données, le LDL suit, pour chaque patient, la formule de Friedewald,
# LDL = cholestérol total − HDL − triglycérides / 5 (en mg/dL comme ici, ou en g/L : la formule est la même) ; la
# cellule suivante le vérifie. Le LDL a donc été calculé à partir des autres colonnes, et non mesuré à part.
# L'ajustement peut alors augmenter un poids et en diminuer un autre en gardant presque les mêmes prédictions : le
# tableau et les moustaches montrent que les poids de `tc` et de `ldl` varient d'environ 20 points d'un découpage à
# l'autre, et que celui de `hdl` change même de signe. Quand des variables se recouvrent, un poids ne représente pas
# l'effet de sa variable seule.

# %% slideshow={"slide_type": ""} translated_from="e3868ee179ad"
triglycerides = np.exp(diabetes["ltg"])                  # ltg est le logarithme népérien des triglycérides (mg/dL)
friedewald_ldl = diabetes["tc"] - diabetes["hdl"] - triglycerides / 5
print(f"plus grand écart entre ldl et la formule de Friedewald : {np.abs(diabetes['ldl'] - friedewald_ldl).max():.1f} mg/dL"
      f" (ldl va de {diabetes['ldl'].min():.0f} à {diabetes['ldl'].max():.0f} mg/dL)")
hdl = feature_names.index("hdl")
# Autovérifications : ldl répète tc, hdl et ltg ; et le poids de hdl ne garde même pas son signe d'un découpage à l'autre
checks.close(diabetes["ldl"], friedewald_ldl, tol=0.5, name="ldl = tc − hdl − exp(ltg) / 5 (mg/dL)")
checks.true(scaled_by_split[:, hdl].min() < 0 < scaled_by_split[:, hdl].max(), "le poids de hdl change de signe selon le découpage")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="ce6073f43fd4"
# Ici, la mise à l'échelle n'a pas changé les prédictions. Elle compte en revanche pour les méthodes qui comparent des
# distances (kNN, notebook 01) et pour la **descente de gradient** (notebook 04), qui descend la surface de perte pas à
# pas : avec l'IMC brut, la vallée est longue et étroite ; avec l'IMC centré-réduit, elle devient une cuvette ronde,
# facile à descendre.

# %% slideshow={"slide_type": ""} translated_from="ef3458582346"
z = (x - x_mean) / x.std()                                   # IMC centré-réduit (sans unité)
a_z_grid = np.linspace(a_hat * x.std() - 150, a_hat * x.std() + 150, 80)
b_z_grid = np.linspace(y_mean - 150, y_mean + 150, 80)
mse_z = regression.loss_surface(lambda a, b: mse(a, b, z, y), a_z_grid, b_z_grid)

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12, 4.4), layout="constrained")
ax1.contourf(a_grid, b_grid, mse_surface, levels=levels, cmap="viridis", norm=LogNorm(), extend="max")
ax1.plot(a_hat, b_hat, "*", color=plotting.OKABE_ITO["orange"], markersize=15, markeredgecolor="black")
ax1.set(xlabel="pente a (points par kg/m²)", ylabel="ordonnée à l'origine b (points)",
        title="IMC brut : une vallée longue et étroite")
surface = ax2.contourf(a_z_grid, b_z_grid, mse_z, levels=levels, cmap="viridis", norm=LogNorm(), extend="max")
ax2.plot(a_hat * x.std(), y_mean, "*", color=plotting.OKABE_ITO["orange"], markersize=15, markeredgecolor="black",
         label="minimum")
ax2.set(xlabel="pente a (points par écart-type d'IMC)", ylabel="ordonnée à l'origine b (points)",
        title="IMC centré-réduit : une cuvette ronde")
ax2.set_aspect("equal")
ax2.legend(loc="upper right")
mse_colour_bar(fig, surface, [ax1, ax2])
fig.suptitle("La même perte (MSE, même échelle de couleurs) avant et après centrage-réduction de l'IMC")
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="211c35659f80"
# ## 5. Des courbes : la régression polynomiale
#
# Toutes les relations ne sont pas des droites. La **température centrale** suit un rythme quotidien (*circadien*) :
# elle est au plus bas au petit matin, au plus haut en fin d'après-midi. Nous disposons de mesures prises à des heures
# aléatoires chez un adulte sain (fictif) : ce sont des données synthétiques de `course_utils.regression` (voir
# `data/README.md`), réparties en **trois** jeux aux rôles distincts :
#
# 1. le **jeu d'entraînement** (20 mesures) : il ajuste les poids de chaque modèle candidat ;
# 2. le **jeu de validation** (100 mesures) : il compare les candidats et en retient un, ici le degré de la courbe ;
# 3. le **jeu de test** (100 mesures) : il mesure le modèle retenu **une seule fois**, tout à la fin.
#
# Pourquoi ne pas choisir avec le jeu de test ? Le jeu qui sert à choisir le modèle entre dans les décisions
# d'entraînement : son erreur devient flatteuse et n'est plus une estimation honnête pour de nouvelles mesures. Quand
# les données sont rares, la *validation croisée* (*cross-validation*) fait tourner le rôle de validation sur
# plusieurs tranches des données d'entraînement.

# %% slideshow={"slide_type": ""} translated_from="fae1d23ebef8"
NOISE_SD = 0.12                                                   # bruit de mesure des relevés (°C)
readings = regression.make_circadian_temperature(n=20, seed=1, noise_sd=NOISE_SD)        # mesures d'entraînement
held_out = regression.make_circadian_temperature(n=200, seed=101, noise_sd=NOISE_SD)     # jamais utilisées pour ajuster
val_readings, test_readings = train_test_split(held_out, test_size=0.5, random_state=0)  # 100 + 100
hours, temps = readings["hour"].to_numpy(), readings["temperature"].to_numpy()
hours_val, temps_val = val_readings["hour"].to_numpy(), val_readings["temperature"].to_numpy()
hours_test, temps_test = test_readings["hour"].to_numpy(), test_readings["temperature"].to_numpy()   # mises de côté
clock = np.linspace(0, 24, 300)                                          # pour tracer les courbes
rhythm = regression.true_circadian_temperature(clock)
print(f"rythme réel : minimum {rhythm.min():.2f} °C à {clock[rhythm.argmin()]:.0f} h, "
      f"maximum {rhythm.max():.2f} °C à {clock[rhythm.argmax()]:.0f} h ; les mesures y ajoutent un bruit de "
      f"{NOISE_SD} °C (écart-type)")

fig, ax = plt.subplots(figsize=(8, 3.8))
ax.scatter(hours_val, temps_val, s=10, color="grey", alpha=0.5, label="mesures de validation (100)")
ax.scatter(hours, temps, s=35, color=plotting.OKABE_ITO["orange"], edgecolor="black", zorder=3,
           label="mesures d'entraînement (20)")
ax.plot(clock, rhythm, "--", color="black", linewidth=1, label="rythme réel (inconnu en pratique)")
ax.set(xlabel="heure de la journée (h)", ylabel="température centrale (°C)", xticks=range(0, 25, 3),
       title="La température au fil de la journée (les 100 mesures de test restent cachées)")
ax.legend(loc="upper left", fontsize=10)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="89e498d41f98"
# Un **polynôme** de degré $d$ ajoute des puissances de l'entrée :
#
# $$\hat{y} = w_0 + w_1 t + w_2 t^2 + \dots + w_d t^d$$
#
# où $t$ est l'heure ramenée à l'intervalle $[-1, 1]$ (pour que $t^{12}$ reste un nombre raisonnable). L'astuce : le
# modèle reste **linéaire par rapport à ses poids** $w$. Construisez un tableau dont les colonnes sont
# $1, t, t^2, \dots, t^d$ : les mêmes moindres carrés que plus haut l'ajustent. Le **degré** $d$ est un
# **hyperparamètre** (*hyper-parameter*) : c'est nous qui le choisissons, pas l'ajustement. (Un cycle quotidien se
# modéliserait plus naturellement avec un cosinus ; les polynômes montrent mieux l'effet du degré.)

# %% slideshow={"slide_type": ""} translated_from="959503836efe"
HOURS = (0, 24)                     # la plage horaire ramenée à t = -1 ... +1, la même pour tous les jeux de données
pd.DataFrame(regression.polynomial_features(hours[:3], 3, HOURS).round(3), columns=["1", "t", "t²", "t³"],
             index=[f"{h:.1f} h" for h in hours[:3]])


# %% slideshow={"slide_type": ""} translated_from="e174439d84e6"
def fit_polynomial(hours, temps, degree):
    A = regression.polynomial_features(hours, degree, HOURS)     # (n, degré + 1)
    w, *_ = np.linalg.lstsq(A, temps, rcond=None)                 # moindres carrés, comme pour la droite
    return w


def predict_polynomial(w, hours):
    return regression.polynomial_features(hours, len(w) - 1, HOURS) @ w


degrees = np.arange(0, 13)
fits = [fit_polynomial(hours, temps, d) for d in degrees]
train_rmse = np.array([rmse(temps, predict_polynomial(w, hours)) for w in fits])
val_rmse = np.array([rmse(temps_val, predict_polynomial(w, hours_val)) for w in fits])
pd.DataFrame({"RMSE d'entraînement (°C)": train_rmse, "RMSE de validation (°C)": val_rmse}, index=degrees).round(3).T

# %% slideshow={"slide_type": ""} translated_from="7b0e18b50599"
# Autovérifications : un degré plus élevé n'ajuste jamais moins bien les points d'entraînement (chaque modèle contient
# le précédent)...
checks.true(np.all(np.diff(train_rmse) <= 1e-9), "l'erreur d'entraînement n'augmente jamais avec le degré")
# ... mais l'erreur de validation dessine un U : minimale à un degré modéré, bien pire aux degrés les plus élevés
best_degree = int(degrees[np.argmin(val_rmse)])                  # le degré choisi sur le jeu de validation
checks.between(best_degree, 3, 4, name="degré de plus faible erreur de validation")
near_best = degrees[val_rmse <= 1.15 * val_rmse.min()]           # les degrés que le widget ci-dessous juge bien ajustés
checks.true(list(near_best) == [3, 4], "les degrés 3 et 4, et eux seuls, sont à moins de 15 % de la meilleure erreur de validation")
checks.true(val_rmse[-1] > 3 * val_rmse.min(), "le degré 12 surapprend : erreur de validation au moins 3 fois la meilleure")
checks.true(val_rmse[9:].min() > 1, "à partir du degré 9, l'erreur de validation dépasse 1 °C")
checks.true(train_rmse[-1] < NOISE_SD < val_rmse[-1] / 2,
            "degré 12 : erreur d'entraînement sous le bruit, erreur de validation à plus du double du bruit")


# %% [markdown] slideshow={"slide_type": "slide"} translated_from="5ec0db7e3dd3"
# ### Widget : le degré du polynôme
#
# Déplacez le curseur du degré. À gauche : la courbe ajustée, les 20 mesures d'entraînement (en orange) et celles de
# validation (en gris). À droite : les erreurs d'entraînement et de validation pour chaque degré, votre choix étant
# marqué. Le verdict affiché dans le titre vient de l'erreur de validation : à moins de 15 % de la meilleure, c'est un
# *bon ajustement* ; en dessous du meilleur degré, du *sous-apprentissage* ; au-dessus, du *surapprentissage*.

# %% slideshow={"slide_type": ""} translated_from="ac9a931681a9"
def verdict(degree):
    if val_rmse[degree] <= 1.15 * val_rmse.min():
        return "bon ajustement", plotting.OKABE_ITO["green"]
    if degree < best_degree:
        return "sous-apprentissage", plotting.OKABE_ITO["purple"]
    return "surapprentissage", plotting.OKABE_ITO["black"]


curves = np.array([predict_polynomial(w, clock) for w in fits])           # (13, 300), calculé une seule fois
fig = widgets.new_figure(figsize=(10.5, 4.0), dpi=80)
ax_curve, ax_err = fig.subplots(1, 2, width_ratios=[1.3, 1])
ax_curve.scatter(hours_val, temps_val, s=8, color="grey", alpha=0.45, label="validation")
ax_curve.scatter(hours, temps, s=30, color=plotting.OKABE_ITO["orange"], edgecolor="black", zorder=3,
                 label="entraînement")
fit_line, = ax_curve.plot(clock, curves[3], color="black", linewidth=2.2, label="polynôme ajusté")
ax_curve.set(xlim=(0, 24), ylim=(35.9, 37.7), xticks=range(0, 25, 3), xlabel="heure de la journée (h)",
             ylabel="température centrale (°C)")
verdict_text = ax_curve.set_title(" ")           # le titre affiche le verdict (mis à jour plus bas)
ax_curve.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), fontsize=10, ncol=3)
ax_err.semilogy(degrees, train_rmse, "o-", color=plotting.OKABE_ITO["black"], label="erreur d'entraînement")
ax_err.semilogy(degrees, val_rmse, "o-", color=plotting.OKABE_ITO["green"], label="erreur de validation")
ax_err.axhline(NOISE_SD, color="grey", linestyle=":", linewidth=1, label=f"bruit de mesure ({NOISE_SD} °C)")
ax_err.set(xlabel="degré du polynôme (hyperparamètre)", ylabel="RMSE (°C, échelle log)", xticks=degrees[::2],
           title="Erreur selon le degré")
ax_err.set_yticks([0.1, 0.2, 0.5, 1], labels=["0,1", "0,2", "0,5", "1"])   # des nombres simples, pas des puissances de dix
ax_err.minorticks_off()
ax_err.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), fontsize=10, ncol=2)
degree_marker = ax_err.axvline(3, color="grey", linestyle="--")


def show_degree(degree):
    fit_line.set_ydata(curves[degree])
    label, colour = verdict(degree)
    verdict_text.set_text(f"Degré {degree} : {label}")
    verdict_text.set_color(colour)
    degree_marker.set_xdata([degree, degree])
    return (f"degré {degree} : RMSE d'entraînement {i18n.number(train_rmse[degree], '.3f')} °C · "
            f"RMSE de validation {i18n.number(val_rmse[degree], '.3f')} °C → {label}")


degree_view = widgets.LiveFigure(
    fig, show_degree, dynamic=[fit_line, verdict_text, degree_marker],
    degree=widgets.slider(3, 0, 12, integer=True, description="degré du polynôme"),
)
degree_view

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="b23194c74c51"
# **À observer** (les chiffres figurent dans le tableau plus haut).
#
# - Les degrés 0 à 2 (une constante, une droite, une parabole) sont trop rigides pour suivre un cycle quotidien : c'est
#   du **sous-apprentissage** (*underfitting*) ; les deux erreurs sont élevées, bien au-dessus du bruit de mesure.
# - Les degrés 3 et 4 suivent le rythme ; leurs erreurs de validation sont presque à égalité et proches du bruit : c'est
#   un **bon ajustement**. Le jeu de validation retient celui des deux dont l'erreur est la plus basse (`best_degree`,
#   que l'autovérification plus haut affiche).
# - À partir du degré 5, l'erreur de validation est plus élevée qu'au meilleur degré : un peu aux degrés 5 et 6,
#   puis bien davantage, mais sans monter régulièrement (plus de 1 °C dès le degré 9). La courbe se tord pour passer
#   près de chaque mesure d'entraînement, et s'emballe là où les mesures manquent : dans le trou de l'après-midi,
#   sans aucune mesure, et aux deux bouts de la journée. L'erreur d'entraînement, elle, continue de baisser, jusqu'à
#   passer sous le bruit lui-même : la courbe apprend le bruit. C'est le **surapprentissage** (*overfitting*).

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="9ab596e1ea42"
# ### La leçon tient-elle avec d'autres mesures ?
#
# Nos 20 mesures d'entraînement ne sont qu'un tirage parmi bien d'autres. La cellule suivante refait le choix du degré
# sur 10 tirages de 20 mesures (le tirage 1 est le nôtre), avec le même jeu de validation et toujours sans toucher au
# jeu de test. Les colonnes donnent la RMSE de validation du degré retenu, de la constante (degré 0)
# et du degré 12.

# %% slideshow={"slide_type": ""} translated_from="458b9641c588"
draw_rows = []
for draw in range(1, 11):
    other = regression.make_circadian_temperature(n=20, seed=draw, noise_sd=NOISE_SD)
    other_fits = [fit_polynomial(other["hour"].to_numpy(), other["temperature"].to_numpy(), d) for d in degrees]
    other_val = np.array([rmse(temps_val, predict_polynomial(w, hours_val)) for w in other_fits])
    draw_rows.append({"tirage": draw, "degré retenu": int(degrees[np.argmin(other_val)]), "retenu (°C)": other_val.min(),
                      "constante (°C)": other_val[0], "degré 12 (°C)": other_val[-1]})
draws = pd.DataFrame(draw_rows).set_index("tirage")
wild = int((draws["degré 12 (°C)"] > 2 * draws["retenu (°C)"]).sum())
print(f"degré retenu : de {draws['degré retenu'].min()} à {draws['degré retenu'].max()} · degré 12 au moins deux fois "
      f"moins bon que le degré retenu sur {wild} tirages sur 10")
# Autovérifications : le degré retenu bat la constante à chaque tirage ; le degré 12 surapprend sur la plupart d'entre eux
checks.true((draws["retenu (°C)"] < 0.6 * draws["constante (°C)"]).all(), "le degré retenu bat la constante à chaque tirage")
checks.true(wild >= 8, "le degré 12 surapprend sur la plupart des tirages")
draws.round(3)

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="d5c24dfa9872"
# Le degré retenu change d'un tirage à l'autre : un hyperparamètre choisi sur des données est lui-même incertain. Ce qui
# se vérifie à chaque tirage, c'est que l'erreur de validation du degré retenu reste proche du bruit, environ la moitié
# de celle de la constante. Le degré 12 surapprend nettement sur la plupart des tirages, parfois de façon absurde (des
# dizaines de °C d'écart, là où les mesures manquent), mais pas sur tous : c'est la position des 20 mesures qui décide
# jusqu'où une courbe souple peut s'écarter. Un seul tirage ne l'aurait pas montré.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="3a4219feb113"
# ### Exercice 3 : le jeu de test, une seule fois
#
# Le jeu de validation a choisi le degré `best_degree`. Maintenant, et seulement maintenant, ouvrez le jeu de test :
# ajustez un polynôme de ce degré aux 20 mesures d'entraînement avec `fit_polynomial`, puis calculez sa RMSE sur les
# 100 mesures de test (`hours_test`, `temps_test`). Rangez-la dans `test_rmse_chosen`, sous la forme d'un seul nombre
# (en °C).

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="0482dceaf3f2"
test_rmse_chosen = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
w_chosen = fit_polynomial(hours, temps, best_degree)
test_rmse_chosen = rmse(temps_test, predict_polynomial(w_chosen, hours_test))
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_3_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="2c064a387bbd"
exercise_3.check()
# exercise_3.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_3.solution()  # une solution commentée

# %% slideshow={"slide_type": ""} translated_from="24fe553a08a8"
final_rmse = exercise_3.answer("test_rmse_chosen")
constant_rmse = rmse(temps_test, temps.mean())       # la référence : le degré 0 prédit la moyenne d'entraînement à toute heure
print(f"jeu de test, utilisé une seule fois : degré {best_degree} → RMSE {final_rmse:.3f} °C (validation : {val_rmse[best_degree]:.3f} °C)"
      f" · référence constante → {constant_rmse:.3f} °C · bruit de mesure {NOISE_SD} °C")
checks.between(final_rmse, 0.08, 0.2, name="RMSE de test du degré retenu (°C)",
               hint="Un bon ajustement devrait avoir une erreur proche du bruit de mesure.")
checks.true(final_rmse < constant_rmse / 2, "la courbe retenue divise au moins par deux l'erreur de la référence constante")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="7664fb7f49dd"
# Cette erreur de test, et elle seule, est l'estimation honnête à annoncer pour de nouvelles mesures : l'erreur
# d'entraînement est flatteuse (les poids ont été ajustés sur ces mesures-là), et l'erreur de validation l'est aussi,
# un peu (le degré a été retenu parce qu'il y réussissait bien). Si nous avions choisi le degré sur le jeu de test, il
# ne nous resterait plus aucun chiffre honnête.
#
# Ici, l'erreur de test tombe même sous l'erreur de validation, et sous le bruit. Une RMSE calculée sur 100 mesures
# varie par hasard d'un jeu de mesures à l'autre, et ici ce hasard pèse plus que la flatterie de l'erreur de
# validation : celle-ci se voit en moyenne sur de nombreux tirages, pas à chaque fois.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="0ed47ca18d1e"
# ## En résumé
#
# **À retenir**
# - La régression linéaire modélise une quantité par $\hat{y} = a x + b$ ; chaque paramètre a une unité (ici, des
#   points de score par kg/m²). La **perte quadratique** $L(a, b) = \sum_i (y_i - (a x_i + b))^2$ mesure à quel point
#   une droite s'ajuste mal.
# - Ajuster, c'est trouver le minimum de la perte, là où les deux dérivées partielles sont nulles. Pour une droite, on
#   obtient une **formule explicite** ($a = \text{cov}(x, y) / \text{var}(x)$, $b = \bar{y} - a\bar{x}$) ;
#   `LinearRegression` de scikit-learn donne la même réponse. Comparez toujours avec le modèle de référence qui prédit
#   la moyenne.
# - Plusieurs variables : $\hat{y} = Xw$ (un produit matriciel), ajusté par les équations normales
#   $X^\top X w = X^\top y$. Jugez un modèle sur des patients mis de côté, et sur plusieurs découpages. Les poids de
#   variables qui se recouvrent ne se lisent pas isolément ; centrez-réduisez les variables (avec les statistiques
#   d'entraînement) pour comparer les poids et arrondir la surface de perte.
# - Un polynôme, c'est une régression linéaire sur les puissances de $x$. Son **degré** est un hyperparamètre : trop
#   bas, le modèle sous-apprend ; trop haut, il surapprend. Seules des données mises de côté le révèlent : choisissez le
#   degré sur un jeu de validation, puis mesurez le modèle retenu une seule fois sur le jeu de test.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="dfea1ab20611"
# **Testez-vous**
# 1. La pente ajustée vaut 10,2 points par kg/m². Qu'est-ce que cela signifie, et qu'est-ce que cela ne signifie *pas* ?
# 2. Pourquoi élever les résidus au carré plutôt que de simplement les additionner ?
# 3. Un polynôme de degré 12 colle plus étroitement aux 20 mesures d'entraînement qu'un polynôme de degré 4. Lequel
#    utilisez-vous ?
# 4. Pourquoi faut-il centrer-réduire le jeu de test avec la moyenne et l'écart-type du jeu d'*entraînement* ?
# 5. Pourquoi l'erreur de test du degré choisi sur le jeu de test n'est-elle pas une estimation honnête ?
#
# <details><summary>Réponses</summary>
#
# 1. Chez ces patients, un kg/m² d'IMC de plus va de pair, en moyenne, avec environ 10 points de progression en plus.
#    C'est une association, pas la preuve que modifier l'IMC d'un patient changerait son score d'autant, et elle ne
#    vaut que dans la plage d'IMC des données.
# 2. Les résidus positifs et négatifs se compenseraient (une mauvaise droite pourrait avoir une somme nulle), et le
#    carré pénalise davantage les grosses erreurs. Les carrés sont en outre des fonctions lisses, ce qui rend le minimum
#    facile à trouver avec les dérivées.
# 3. Les erreurs d'entraînement ne permettent pas de trancher : un degré plus élevé colle toujours mieux aux données
#    d'entraînement. Comparez les deux sur des données de validation ; ici, le degré 12 surapprend nettement. Mesurez
#    ensuite le modèle retenu une seule fois sur le jeu de test.
# 4. Le modèle ne doit rien apprendre des patients de test (pas de fuite de données), et les deux jeux doivent être
#    exprimés sur la même échelle pour que les poids appris s'y appliquent.
# 5. Retenir le degré qui réussit le mieux sur les mesures de test, c'est régler le modèle sur elles : une partie de sa
#    faible erreur tient à la chance sur ces mesures-là, et de nouvelles mesures ne la reproduiront pas. Choisissez sur
#    des données de validation, puis testez une seule fois.
# </details>
#
# **Et ensuite :** [03 · Le perceptron](03_perceptron.ipynb) : la somme pondérée $w \cdot x + b$ devient un neurone
# artificiel qui classe, et nous apprenons ses poids pas à pas plutôt qu'avec une formule.
