# %% [markdown] slideshow={"slide_type": "slide"} translated_from="34ebdbfeee11"
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/OWNER/REPOSITORY/blob/main/student/fr/04_gradient_descent.ipynb)
#
# # 04 · La descente de gradient
#
# > Comment un modèle descend la pente de sa perte : taux d'apprentissage, critère d'arrêt, pas stochastiques et par mini-lots.
#
# **Durée estimée :** 75 min · **Prérequis :** 02, 03
#
# Tous les réseaux de ce cours, du neurone isolé au modèle de segmentation en scanner, apprennent selon la même recette toute simple : mesurer la pente de l'erreur et faire un petit pas vers le bas, des millions de fois. Quand l'apprentissage est lent, instable ou bloqué, la cause tient presque toujours à l'un des réglages de cette recette. Ce notebook vous laisse tourner chaque bouton et observer ce qui se passe, d'abord sur une parabole, puis sur un classifieur de tumeurs du sein.
#
# **À la fin de ce notebook, vous saurez :**
# - minimiser $f(x) = x^2$ à la main et en NumPy : gradient, pas, taux d'apprentissage, point de départ, critère d'arrêt ;
# - reconnaître la convergence, l'oscillation et la divergence, et dire s'il faut diminuer ou augmenter le taux d'apprentissage ;
# - lire des courbes de niveau, définir le conditionnement d'une vallée et expliquer comment il limite le taux d'apprentissage ;
# - comparer la descente sur le lot complet, stochastique et par mini-lots sur un classifieur médical, en choisissant les taux d'apprentissage sur des données de validation et en n'ouvrant le jeu de test qu'une seule fois ;
# - vérifier n'importe quel gradient par différences finies et avec la différentiation automatique de PyTorch.
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

# %% slideshow={"slide_type": "skip"} translated_from="45625384e9c1"
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

course_utils.setup(lang="fr")
COLORS = plotting.SERIES_COLORS   # couleurs des séries qui ne sont pas des classes (les couleurs de classe désignent les classes)


# %% [markdown] slideshow={"slide_type": "slide"} translated_from="74c19a8d20b0"
# ## 1. Le randonneur aux yeux bandés
#
# Imaginez-vous quelque part en montagne, dans un brouillard épais, les yeux bandés, avec l'envie de rejoindre le
# fond de la vallée. Vous ne voyez pas la vallée. Vous sentez seulement **la pente sous vos pieds**. Un plan raisonnable :
#
# 1. sentir dans quelle direction le terrain descend le plus fort ;
# 2. faire un pas dans cette direction ;
# 3. recommencer jusqu'à ce que le sol paraisse plat.
#
# C'est la **descente de gradient** (*gradient descent*). La montagne, c'est la **perte** d'un modèle (à quel point
# il se trompe) ; votre position, ce sont les **poids** du modèle ; le fond de la vallée, ce sont les poids qui
# donnent l'erreur la plus faible. Trois choix décident si vous y arrivez : **la longueur de vos pas** (le taux
# d'apprentissage), **l'endroit d'où vous partez**, et **le moment où vous jugez le sol assez plat** pour vous arrêter.

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="c14574ff6fab"
# Dans le notebook 03, le neurone faisait exactement cela. Chaque mise à jour
# $w \leftarrow w - \alpha\,\partial \text{Loss}/\partial w$ était un pas du randonneur. Ici, nous étudions la marche
# elle-même, d'abord sur la montagne la plus simple qui soit, où l'on voit tout.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="759b6610274a"
# ## 2. Minimiser $f(x) = x^2$
#
# Notre « perte » est $f(x) = x^2$, une parabole dont le minimum est en $x = 0$. Faisons comme si nous l'ignorions.
#
# - **Gradient** (ici une simple dérivée, la pente) : $f'(x) = 2x$. Il est positif à droite du minimum, négatif
#   à gauche, et sa taille dit à quel point le terrain est raide.
# - **Pas** : on se déplace à l'opposé de la pente, de la quantité **taux d'apprentissage** $\alpha$
#   (*learning rate*) multipliée par la pente :
#
# $$ x_{k+1} = x_k - \alpha\, f'(x_k) = x_k - 2\alpha\, x_k . $$
#
# - **Critère d'arrêt** : on s'arrête quand le sol est presque plat, $|f'(x_k)| < \varepsilon$ (epsilon, un petit
#   nombre fixé à l'avance, ici $10^{-3}$), ou après un nombre maximal de pas.
# - **Point de départ** $x_0$ : l'endroit d'où part le randonneur.

# %% slideshow={"slide_type": ""} translated_from="2d9bfd242e39"
def f(x):
    return x ** 2


def f_prime(x):
    return 2 * x                      # le gradient (la pente) de x^2


def gradient_descent_1d(grad, x0, lr, eps=1e-3, max_steps=100):
    # Renvoie les points visités x0, x1, ... et indique si le critère d'arrêt |grad| < eps a été atteint.
    x = x0
    path = [x]
    for _ in range(max_steps):
        g = grad(x)
        if abs(g) < eps:              # critère d'arrêt : le sol est assez plat
            return np.array(path), True
        x = x - lr * g                # un pas à l'opposé de la pente
        path.append(x)
    return np.array(path), abs(grad(x)) < eps


path, converged = gradient_descent_1d(f_prime, x0=3.0, lr=0.1)
print(f"convergence : {converged} après {len(path) - 1} pas ; dernier x = {path[-1]:.6f}")
print("premiers points :", path[:6].round(3))

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="e45bc83c1641"
# Peut-on prévoir le nombre de pas ? Chaque pas multiplie $x$ par le même facteur :
# $x_{k+1} = x_k - 2\alpha x_k = (1 - 2\alpha)\,x_k$, donc $x_k = (1 - 2\alpha)^k\, x_0$. Avec $\alpha = 0{,}1$ et
# $x_0 = 3$, la pente vaut $|f'(x_k)| = 6 \times 0{,}8^k$. Elle passe sous $10^{-3}$ au premier entier $k$ tel que
# $0{,}8^k < 1/6000$. En passant aux logarithmes, $k > \ln 6000 / \ln 1{,}25 \approx 38{,}99$, donc $k = 39$ ; la
# cellule suivante le calcule et le compare à la descente ci-dessus.

# %% slideshow={"slide_type": ""} translated_from="90f9aead372d"
k_predicted = int(np.ceil(np.log(1e-3 / 6) / np.log(0.8)))
print(f"prévu : {k_predicted} pas (ln 6000 / ln 1,25 = {np.log(6000) / np.log(1.25):.2f})")
checks.equal(len(path) - 1, k_predicted, name="nombre de pas de notre descente sur x^2")

# %% slideshow={"slide_type": ""} translated_from="7ae580e5db01"
x_axis = np.linspace(-3.5, 3.5, 300)
fig, ax = plt.subplots(figsize=(7, 3.8))
ax.plot(x_axis, f(x_axis), color="0.5", label="$f(x) = x^2$")
ax.plot(path, f(path), "o-", color=COLORS[0], markersize=4, linewidth=1, label="descente, α = 0,1")
ax.plot(path[0], f(path[0]), "s", color=COLORS[1], markersize=9, label="départ $x_0 = 3$")
ax.set(xlabel="paramètre x (sans unité)", ylabel="perte f(x) (sans unité)",
       title="De grands pas là où la pente est raide, de tout petits près du fond")
ax.legend()
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="f2b135349e93"
# Les pas raccourcissent d'eux-mêmes : le pas vaut $\alpha$ *fois la pente*, et la pente s'annule près du
# minimum. (Les diapositives d'origine écrivent la *longueur* du pas $\alpha\,|\nabla f(x_k)|$, ce qui revient à
# la même longueur ; sa direction va toujours vers le bas, à l'opposé du signe de la pente.)

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="3370aef7a7e1"
# ## 3. À vous : taux d'apprentissage, point de départ et nombre de pas
#
# Déplacez les curseurs et observez le randonneur. Essayez en particulier :
#
# - $\alpha = 0{,}05$ : sûr, mais lent ;
# - $\alpha = 0{,}4$ : rapide, tout droit vers le bas ;
# - $\alpha = 0{,}8$ : chaque pas **dépasse** le fond ; le randonneur zigzague d'un versant à l'autre, mais converge quand même ;
# - $\alpha = 0{,}97$ : il zigzague et converge encore, mais lentement : ici, un $\alpha$ *plus petit* va plus vite ;
# - $\alpha = 1{,}0$ : il rebondit indéfiniment entre $x_0$ et $-x_0$ ;
# - $\alpha = 1{,}05$ : chaque pas retombe plus haut que le précédent, et la descente **diverge**.
#
# Panneau de droite : la taille de la pente $|f'(x_k)|$ à chaque pas, en échelle logarithmique, avec le seuil
# d'arrêt $\varepsilon = 10^{-3}$. La ligne sous la figure indique dans quel sens modifier $\alpha$ pour converger
# plus vite.

# %% slideshow={"slide_type": ""} translated_from="e4a927a6db9a"
def advice(lr):
    # (comportement, ce qu'il faut changer). Chaque pas multiplie x par r = 1 - 2α : plus |r| est proche de 0,
    # plus c'est rapide, et |r| vaut 0 pour α = 0,5. Sous 0,5, un α plus grand aide donc ; au-dessus, un plus petit.
    r = 1 - 2 * lr
    if abs(r) < 1e-9:
        return "atteint le minimum en un seul pas", "aucun changement, c'est déjà le plus rapide"
    if 0 < r < 1:
        return "descend tout droit", "un α plus grand (jusqu'à 0,5) converge plus vite"
    if -1 < r < 0 and not np.isclose(r, -1):
        return "dépasse le fond et zigzague", "un α plus petit (jusqu'à 0,5) converge plus vite"
    if np.isclose(r, -1):
        return "rebondit indéfiniment entre x0 et -x0", "il faut un α plus petit (sous 1) pour converger"
    return "diverge, chaque pas retombe plus loin", "il faut un α plus petit (sous 1) pour converger"


fig = widgets.new_figure(figsize=(10, 4.4))
ax_path, ax_grad = fig.subplots(1, 2)
X_LIM, EPS, MAX_STEPS = 4.5, 1e-3, 200
xs = np.linspace(-X_LIM, X_LIM, 300)
ax_path.plot(xs, f(xs), color="0.6", label="$f(x) = x^2$")
(walk,) = ax_path.plot([], [], "o-", color=COLORS[0], markersize=4, linewidth=1, label="pas")
(start_marker,) = ax_path.plot([], [], "s", color=COLORS[1], markersize=9, label="départ")
ax_path.set(xlim=(-X_LIM, X_LIM), ylim=(-0.5, X_LIM ** 2), xlabel="paramètre x (sans unité)",
            ylabel="perte f(x) (sans unité)", title="La marche sur la courbe de perte")
ax_path.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=3, fontsize="small")  # dehors : jamais masquée
(grad_line,) = ax_grad.plot([], [], "o-", color=COLORS[0], markersize=3, linewidth=1)
ax_grad.axhline(EPS, color=COLORS[2], linestyle="--", label="seuil d'arrêt ε = 0,001")
ax_grad.set(yscale="log", xlim=(0, MAX_STEPS), ylim=(1e-5, 1e3), xlabel="pas k",
            ylabel="|pente| |f'(x_k)| (échelle log)", title="Le sol devient-il plus plat ?")
ax_grad.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), fontsize="small")


def update(lr, x0, steps):
    path, converged = gradient_descent_1d(f_prime, x0=x0, lr=lr, eps=EPS, max_steps=steps)
    shown = np.clip(path, -10 * X_LIM, 10 * X_LIM)          # pour que les points qui divergent restent traçables
    walk.set_data(shown, f(shown))
    start_marker.set_data([x0], [f(x0)])
    grad_line.set_data(np.arange(len(path)), np.maximum(np.abs(f_prime(path)), 1e-12))
    factor = 1 - 2 * lr
    if converged:
        status = f"convergence après {len(path) - 1} pas effectué{'s' if len(path) != 2 else ''}"
    elif abs(factor) < 1 and not np.isclose(abs(factor), 1):
        needed = len(gradient_descent_1d(f_prime, x0=x0, lr=lr, eps=EPS, max_steps=10_000)[0]) - 1
        more = "autorisez plus de pas" if needed <= MAX_STEPS else "plus que le curseur ne le permet"
        status = f"pas de convergence après {steps} pas (il en faut {needed} : {more})"
    else:
        status = "pas de convergence"
    behaviour, change = advice(lr)
    return (f"α = {i18n.number(lr, '.2f')} : chaque pas multiplie x par 1 - 2α = {i18n.number(factor, '+.2f')} : "
            f"{behaviour} | {status} | conseil : {change}")


live = widgets.LiveFigure(
    fig, update, main=True, dynamic=[walk, start_marker, grad_line],
    lr=widgets.slider(0.1, 0.01, 1.1, 0.01, "taux d'apprentissage α"),
    x0=widgets.slider(3.0, -4.0, 4.0, 0.1, "point de départ x0"),
    steps=widgets.slider(40, 1, MAX_STEPS, 1, "nombre maximal de pas", integer=True),
)
live

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="3831b2a726bf"
# ### Ce que montre le widget, en une formule
#
# Chaque pas multiplie $x$ par $r = 1 - 2\alpha$. Plus $|r|$ (la taille de $r$, sans son signe) est petit, plus
# $x$ se rapproche vite de 0 :
#
# | taux d'apprentissage | facteur $r = 1 - 2\alpha$ | comportement | pour converger plus vite |
# | --- | --- | --- | --- |
# | $0 < \alpha < 0{,}5$ | entre 0 et 1 | tout droit vers le bas, d'autant plus lentement que $\alpha \to 0$ | un $\alpha$ plus grand |
# | $\alpha = 0{,}5$ | 0 | atteint le minimum en un seul pas | (le plus rapide) |
# | $0{,}5 < \alpha < 1$ | entre -1 et 0 | dépasse le fond et zigzague, d'autant plus lentement que $\alpha \to 1$ | un $\alpha$ plus petit |
# | $\alpha = 1$ | -1 | rebondit indéfiniment | un $\alpha$ plus petit |
# | $\alpha > 1$ | inférieur à -1 | diverge | un $\alpha$ plus petit |
#
# « Trop petit » et « trop grand » sont donc lents tous les deux, de part et d'autre de la meilleure valeur. Sur une
# vraie perte, on ne peut pas calculer $r$, mais les mêmes régimes apparaissent : trop petit (lent), adapté, et trop
# grand (oscillation ou divergence ; la perte devient `nan`, *not a number*, « pas un nombre »).

# %% slideshow={"slide_type": ""} translated_from="fbc568c386db"
rows = []
for lr in (0.01, 0.1, 0.4, 0.5, 0.8, 0.97, 1.0, 1.05):
    p, ok = gradient_descent_1d(f_prime, x0=3.0, lr=lr, max_steps=1000)
    behaviour, change = advice(lr)
    rows.append({"taux d'apprentissage α": lr, "convergé": ok, "pas": len(p) - 1, "|x| à la fin": f"{abs(p[-1]):.2g}",
                 "comportement": behaviour, "conseil": change})
lr_table = pd.DataFrame(rows).set_index("taux d'apprentissage α")
lr_table

# %% slideshow={"slide_type": ""} translated_from="e2bfddafb3b9"
checks.true(lr_table.loc[0.01, "pas"] > 5 * lr_table.loc[0.1, "pas"],
            "un taux d'apprentissage 10 fois plus petit demande plus de 5 fois plus de pas")
checks.equal(int(lr_table.loc[0.5, "pas"]), 1, name="pas avec α = 0,5 (droit au minimum)")
checks.true(not lr_table.loc[1.05, "convergé"] and float(lr_table.loc[1.05, "|x| à la fin"]) > 1e6,
            "α = 1,05 diverge : |x| explose")
# le conseil du widget va dans le bon sens : un petit coup de pouce à α dans le sens conseillé économise des pas
nudged = {lr: lr + 0.02 if "grand" in advice(lr)[1] else lr - 0.02 for lr in (0.05, 0.3, 0.7, 0.97)}
saved = {lr: (len(gradient_descent_1d(f_prime, 3.0, lr, max_steps=5000)[0]) - 1,
              len(gradient_descent_1d(f_prime, 3.0, better, max_steps=5000)[0]) - 1) for lr, better in nudged.items()}
print("pas à α → pas à l'α conseillé :", {f"{lr} → {nudged[lr]:.2f}": s for lr, s in saved.items()})
checks.true(all(after < before for before, after in saved.values()),
            "à α = 0,05, 0,3, 0,7 et 0,97, modifier α dans le sens conseillé fait converger en moins de pas")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="bd0e025cba60"
# ## 4. Vérifier un gradient : différences finies et différentiation automatique
#
# Tout repose sur l'exactitude du gradient. Un signe inversé ou un facteur 2 oublié est une erreur silencieuse :
# le modèle apprend mal, tout simplement. Deux vérifications indépendantes ne coûtent presque rien :
#
# - **Différences finies** : la pente, c'est « ce qu'on monte divisé par ce qu'on avance ». On décale $x$ d'une
#   toute petite quantité $h$ de chaque côté et on mesure :
#   $$ f'(x) \approx \frac{f(x + h) - f(x - h)}{2h} .$$
#   Avec plusieurs paramètres, on les décale un par un (c'est ce que fait `gradients.numerical_gradient`).
# - **Différentiation automatique** (*autograd*) : PyTorch enregistre les opérations de $f$ et les dérive
#   automatiquement (`loss.backward()`), comme dans tous les notebooks suivants.

# %% slideshow={"slide_type": ""} translated_from="8ef54109ee07"
x_check, h_fd = 1.7, 1e-6
slope_fd = (f(x_check + h_fd) - f(x_check - h_fd)) / (2 * h_fd)          # différence finie, à la main

x_t = torch.tensor(x_check, dtype=torch.float64, requires_grad=True)
f(x_t).backward()                                                         # autograd
print(f"formule 2x = {f_prime(x_check):.6f} | différence finie = {slope_fd:.6f} | autograd = {x_t.grad.item():.6f}")
checks.close(f_prime(x_check), slope_fd, tol=1e-6, name="f'(1,7) : formule et différence finie")
checks.close(f_prime(x_check), x_t.grad.item(), tol=1e-12, name="f'(1,7) : formule et autograd")


# %% [markdown] slideshow={"slide_type": "slide"} translated_from="0c4f42adf54d"
# ## 5. La descente en plusieurs dimensions
#
# Un modèle n'a pas un poids, il en a beaucoup. La perte est alors une surface au-dessus de tous ces poids. La pente
# selon un paramètre, quand seul ce paramètre bouge et que les autres restent fixes, est une **dérivée partielle**,
# notée $\partial f/\partial p_1$ (« d rond f sur d rond p1 »). Ensemble, elles forment le **vecteur gradient**
# $\nabla f = (\partial f/\partial p_1, \partial f/\partial p_2, \dots)$. Il pointe dans la direction de **plus
# forte montée** ; le randonneur fait donc son pas dans le sens opposé :
#
# $$ \mathbf p_{k+1} = \mathbf p_k - \alpha\, \nabla f(\mathbf p_k), \qquad \text{arrêt quand } \|\nabla f(\mathbf p_k)\| < \varepsilon ,$$
#
# où $\|\nabla f\| = \sqrt{(\partial f/\partial p_1)^2 + (\partial f/\partial p_2)^2 + \dots}$ est la longueur
# du vecteur (théorème de Pythagore). Pour regarder une surface au-dessus de deux paramètres, on trace ses **courbes
# de niveau**, comme les courbes d'altitude d'une carte de randonnée. Chaque courbe relie des points de même perte,
# et le gradient est toujours perpendiculaire aux courbes.
#
# Le code est le même qu'en une dimension, avec des vecteurs à la place des nombres :

# %% slideshow={"slide_type": ""} translated_from="383ed8cfd250"
def gradient_descent(grad, p0, lr, eps=1e-3, max_steps=200):
    p = np.array(p0, dtype=float)
    path = [p.copy()]
    for _ in range(max_steps):
        g = grad(p)
        if np.linalg.norm(g) < eps:          # critère d'arrêt sur la longueur du gradient
            return np.array(path), True
        p = p - lr * g
        path.append(p.copy())
        if np.linalg.norm(p) > 1e6:          # divergence : inutile de continuer
            break
    return np.array(path), bool(np.linalg.norm(grad(p)) < eps)


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="dd0761ba0eca"
# Nos surfaces d'essai (`course_utils.landscapes`) sont livrées avec leurs gradients exacts. La confiance
# n'exclut pas le contrôle : vérifions chaque gradient par différences finies et par autograd, en quelques points
# tirés au hasard.

# %% slideshow={"slide_type": ""} translated_from="60f694ee69cf"
round_bowl, narrow_valley, two_valleys = landscapes.bowl(1.0), landscapes.bowl(10.0), landscapes.two_minima(0.3)
worst_fd, worst_autograd = 0.0, 0.0
for surface in (round_bowl, narrow_valley, two_valleys):
    for p in np.random.default_rng(0).uniform(-1.5, 1.5, size=(5, 2)):
        exact = surface.gradient(p)
        fd = gradients.numerical_gradient(surface.f, p)
        p_t = torch.tensor(p, requires_grad=True)
        surface.f(p_t).backward()                       # la même formule, dérivée par PyTorch
        worst_fd = max(worst_fd, gradients.relative_error(exact, fd))
        worst_autograd = max(worst_autograd, gradients.relative_error(exact, p_t.grad.numpy()))
print(f"plus grand écart relatif : différences finies {worst_fd:.1e}, autograd {worst_autograd:.1e}")
checks.true(worst_fd < 1e-6 and worst_autograd < 1e-12, "tous les gradients des surfaces concordent avec les différences finies et autograd")


def add_loss_colorbar(ax, label="perte f(p) (sans unité)"):
    # une échelle pour les courbes de niveau tracées par landscapes.plot_surface_contours : quelle courbe correspond à quelle perte
    lines = [c for c in ax.collections if isinstance(c, ContourSet)][-1]
    ticks = lines.levels[::3]
    ax.figure.colorbar(lines, ax=ax, label=label, shrink=0.8).set_ticks(ticks, labels=[f"{v:.2g}" for v in ticks])


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="53deae8e0d60"
# ### Cuvette ronde ou vallée étroite
#
# - **Cuvette ronde** $f = (p_1^2 + p_2^2)/2$ : les courbes de niveau sont des cercles, et le gradient pointe droit
#   vers le minimum.
# - **Vallée étroite** $f = (p_1^2 + 10\,p_2^2)/2$, de gradient $(p_1,\ 10\,p_2)$ : la surface est 10 fois plus
#   raide en travers de la vallée ($p_2$) que dans son axe ($p_1$). Le gradient pointe surtout *en travers* de la
#   vallée, et le randonneur zigzague.
#
# En travers de la vallée, $p_2$ se comporte à lui seul comme la parabole de la section 3 : chaque pas le multiplie
# par $1 - 10\alpha$ (c'était $1 - 2\alpha$). La descente diverge dès que ce facteur passe sous $-1$, c'est-à-dire
# pour $\alpha > 2/10 = 0{,}2$. Le long du fond de la vallée, chaque pas ne multiplie $p_1$ que par $1 - \alpha$,
# au moins $0{,}8$ avec un tel $\alpha$ : le randonneur avance à pas de fourmi. La figure essaie $\alpha = 0{,}18$
# sur les deux surfaces, puis un $\alpha$ plus grand sur chacune.

# %% slideshow={"slide_type": ""} translated_from="13fe4fdda2c1"
start = (-2.5, 1.5)
runs = {
    ("round", 0.18): gradient_descent(round_bowl.gradient, start, 0.18),
    ("round", 0.6): gradient_descent(round_bowl.gradient, start, 0.6),
    ("narrow", 0.18): gradient_descent(narrow_valley.gradient, start, 0.18),
    ("narrow", 0.21): gradient_descent(narrow_valley.gradient, start, 0.21, max_steps=12),
}
titles = {"round": "cuvette ronde (conditionnement κ = 1)", "narrow": "vallée étroite (conditionnement κ = 10)"}
fig, axes = plt.subplots(1, 2, figsize=(12, 4.4))
for ax, (surface, kind) in zip(axes, ((round_bowl, "round"), (narrow_valley, "narrow"))):
    landscapes.plot_surface_contours(surface, ax=ax, levels=15, title=titles[kind])
    add_loss_colorbar(ax)
    for color, ((_, lr), (p, ok)) in zip(COLORS, [(key, r) for key, r in runs.items() if key[0] == kind]):
        verdict = f"{len(p) - 1} pas" if ok else "diverge"
        landscapes.plot_path(ax, p, label=f"α = {lr} : {verdict}", color=color)
    ax.set(xlim=(-3, 3), ylim=(-2.2, 2.2))
    ax.legend(loc="lower right", fontsize="small", frameon=True)
plt.show()

# %% slideshow={"slide_type": ""} translated_from="016f1bfaac8f"
steps_taken = {key: len(p) - 1 for key, (p, ok) in runs.items()}
checks.true(runs[("round", 0.6)][1] and steps_taken[("round", 0.6)] < 15,
            "la cuvette ronde accepte un grand pas : convergence en moins de 15 pas")
checks.true(runs[("narrow", 0.18)][1] and steps_taken[("narrow", 0.18)] > 3 * steps_taken[("round", 0.6)],
            "la vallée étroite, à α = 0,18, demande plus de 3 fois plus de pas que la cuvette ronde à α = 0,6")
checks.true(not runs[("narrow", 0.21)][1], "α = 0,21 > 2/10 diverge dans la vallée étroite")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="b266fdefe778"
# ### Étroite à quel point ? Le conditionnement
#
# La **courbure** d'une surface dans une direction, c'est la vitesse à laquelle sa pente augmente quand on s'éloigne
# du fond dans cette direction. Pour $f(x) = x^2$, la pente $2x$ augmente de 2 par unité de $x$ : courbure 2. Dans
# la vallée étroite, la pente $p_1$ augmente de 1 par unité le long du fond, et la pente $10\,p_2$ de 10 par unité
# en travers.
#
# Le **conditionnement** $\kappa$ (kappa, *condition number*) d'une cuvette est le rapport entre sa plus forte
# courbure et sa plus faible : $10 / 1 = 10$ pour la vallée étroite, $1$ pour la cuvette ronde. Il décide de deux
# choses :
#
# - **Le plus grand pas sans danger.** La direction la plus raide diverge la première : $\alpha$ doit rester sous
#   $2 / (\text{plus forte courbure})$, ici $2/10$ (pour $x^2$, c'était $2/2 = 1$, section 3).
# - **Le nombre de pas.** La direction la plus plate est alors parcourue lentement. Le meilleur compromis,
#   $\alpha = 2/(1 + \kappa)$, fait rétrécir les deux directions du même facteur $(\kappa - 1)/(\kappa + 1)$ à
#   chaque pas (vérification : $1 - \alpha$ et $1 - \kappa\alpha$ ont alors la même taille). Pour $\kappa = 10$,
#   cela donne $\alpha = 2/11 \approx 0{,}18$, la valeur utilisée plus haut. Plus ce facteur est proche de 1, plus
#   il faut de pas : à peu près proportionnellement à $\kappa$.
#
# Nos cuvettes ont toutes une plus faible courbure égale à 1 : $\kappa$ y est donc égal à la plus forte courbure, et
# les deux limites s'écrivent $2/\kappa$ et $2/(1 + \kappa)$. En général, elles valent $2/(\text{plus forte})$ et
# $2/(\text{plus forte} + \text{plus faible})$. La cellule suivante mesure le nombre de pas sur des cuvettes de
# conditionnement 1 à 100, chacune à son meilleur $\alpha$, depuis le même point de départ.

# %% slideshow={"slide_type": ""} translated_from="59c9b4c17c45"
condition_rows = []
for kappa in (1, 3, 10, 25, 100):
    best_lr = 2 / (1 + kappa)
    p, ok = gradient_descent(landscapes.bowl(kappa).gradient, start, best_lr, max_steps=5000)
    condition_rows.append({"conditionnement κ": kappa, "plus grand α sans danger = 2/κ": 2 / kappa,
                           "meilleur α = 2/(1+κ)": best_lr, "facteur par pas (κ-1)/(κ+1)": (kappa - 1) / (kappa + 1),
                           "convergé": ok, "pas": len(p) - 1, "pas / κ": (len(p) - 1) / kappa})
condition_table = pd.DataFrame(condition_rows).set_index("conditionnement κ")
condition_table.round(3)

# %% slideshow={"slide_type": ""} translated_from="2b8a45442b58"
checks.true(condition_table["convergé"].all() and condition_table["pas"].is_monotonic_increasing,
            "plus le conditionnement est grand, plus il faut de pas, même au meilleur α")
checks.true(condition_table.loc[[3, 10, 25, 100], "pas / κ"].between(3, 8).all(),
            "de κ = 3 à κ = 100, le nombre de pas reste entre 3 et 8 fois κ : à peu près proportionnel à κ")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="d485c22167b2"
# À partir de $\kappa = 3$, la dernière colonne reste entre 4 et 6 environ (la cuvette ronde, $\kappa = 1$, est
# atteinte en un seul pas) : le nombre de pas croît à peu près proportionnellement à $\kappa$.
# Des entrées d'échelles très différentes produisent exactement ce genre de vallées étroites (la section 6 le mesure
# sur des données réelles) : c'est l'une des raisons pour lesquelles nous avons standardisé les numérations
# sanguines dans le notebook 03.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="b8b7958ab3ac"
# ### Plusieurs vallées : le point de départ compte
#
# Les vraies pertes ne sont pas des cuvettes. La surface ci-dessous a **deux vallées** : une plus profonde à gauche
# (le minimum **global**) et une moins profonde à droite (un minimum **local**). Un randonneur qui ne sent que la
# pente descend dans la vallée au-dessus de laquelle il part, et il y reste. Même algorithme, même taux
# d'apprentissage, arrivées différentes.

# %% slideshow={"slide_type": ""} translated_from="49cf09d7f2f2"
starts = [(-1.8, 1.2), (-0.2, -1.2), (0.3, 1.2), (1.8, -1.2)]
ends = []
fig, ax = plt.subplots(figsize=(7.6, 4.8))
landscapes.plot_surface_contours(two_valleys, ax=ax, levels=18, title="Deux vallées : le départ décide de l'arrivée")
add_loss_colorbar(ax)
for color, s in zip([COLORS[0], COLORS[1], COLORS[3], COLORS[4]], starts):
    p, ok = gradient_descent(two_valleys.gradient, s, lr=0.05)
    ends.append(p[-1])
    side = "global (gauche)" if p[-1][0] < 0 else "local (droite)"
    landscapes.plot_path(ax, p, label=f"départ {s} → minimum {side}", color=color)
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=2, fontsize="small")
plt.show()
f_left, f_right = two_valleys.value(two_valleys.minima)
print(f"perte au minimum de gauche {f_left:.3f}, au minimum de droite {f_right:.3f}")

# %% slideshow={"slide_type": ""} translated_from="f79bb4e43f85"
ends = np.array(ends)
checks.close(ends[:2], np.tile(two_valleys.minima[0], (2, 1)), tol=1e-3, name="arrivées des deux départs de gauche (minimum global)")
checks.close(ends[2:], np.tile(two_valleys.minima[1], (2, 1)), tol=1e-3, name="arrivées des deux départs de droite (minimum local)")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="9e777fcf5ef1"
# Déplacez vous-même le point de départ. Où passe la **ligne de partage des eaux**, la ligne qui sépare les départs
# qui finissent dans la vallée de gauche de ceux qui finissent dans celle de droite ?
#
# Montez ensuite $\alpha$ à 0,15 et partez haut sur une paroi extérieure raide ($p_1 = \pm 1{,}9$, $p_2 = 0$) : un
# seul grand pas projette le randonneur par-dessus la crête, dans l'*autre* vallée. À $\alpha = 0{,}2$, il
# s'envole carrément hors de la carte.

# %% slideshow={"slide_type": ""} translated_from="49a49b86f286"
fig2 = widgets.new_figure(figsize=(7, 4.4))
ax2 = fig2.subplots()
landscapes.plot_surface_contours(two_valleys, ax=ax2, levels=18, title="Choisissez un départ : quelle vallée ?")
add_loss_colorbar(ax2)
(valley_path,) = ax2.plot([], [], "o-", color=COLORS[0], markersize=3, linewidth=1.5)
(valley_start,) = ax2.plot([], [], "s", color=COLORS[1], markersize=9)


def update_valleys(p1_start, p2_start, lr):
    p, ok = gradient_descent(two_valleys.gradient, (p1_start, p2_start), lr=lr, max_steps=150)
    shown = np.clip(p, -100, 100)                           # pour que les points qui divergent restent traçables
    valley_path.set_data(shown[:, 0], shown[:, 1])
    valley_start.set_data([p1_start], [p2_start])
    if not ok:
        return f"pas de convergence en 150 pas (α = {i18n.number(lr, '.2f')}) : les pas sont trop grands pour cette pente"
    side = "de gauche (global)" if p[-1, 0] < 0 else "de droite (local)"
    return f"arrive au minimum {side} après {len(p) - 1} pas, perte {i18n.number(two_valleys.value(p[-1]), '.3f')}"


widgets.LiveFigure(fig2, update_valleys, dynamic=[valley_path, valley_start],
                   p1_start=widgets.slider(0.3, -1.9, 1.9, 0.05, "départ p1"),
                   p2_start=widgets.slider(1.2, -1.4, 1.4, 0.05, "départ p2"),
                   lr=widgets.slider(0.05, 0.01, 0.25, 0.01, "taux d'apprentissage α"))

# %% slideshow={"slide_type": ""} translated_from="9f3a7fcb6939"
flung = {s: gradient_descent(two_valleys.gradient, s, lr=0.15, max_steps=150) for s in ((1.9, 0.0), (-1.9, 0.0))}
checks.true(all(ok and np.sign(p[-1, 0]) != np.sign(s[0]) for s, (p, ok) in flung.items()),
            "avec α = 0,15, un départ sur l'une ou l'autre paroi extérieure finit dans l'autre vallée")
checks.true(not gradient_descent(two_valleys.gradient, (1.9, 0.0), lr=0.2, max_steps=150)[1],
            "avec α = 0,2, le même départ s'envole hors de la carte")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="5454da8ff544"
# ## 6. Descente sur le lot complet, stochastique et par mini-lots sur une tâche médicale
#
# Revenons à un vrai modèle : une **régression logistique** (le neurone sigmoïde du notebook 03) qui prédit si une
# tumeur du sein est **maligne** à partir de 30 mesures de ses noyaux cellulaires, observés au microscope sur une
# cytoponction à l'aiguille fine (des cellules prélevées à travers une aiguille très fine). Les données sont celles
# du jeu Wisconsin sur le cancer du sein : 569 tumeurs. Pour la tumeur $t$, de mesures $x_{t1}, \dots, x_{t30}$,
# avec $x_{t0} = 1$ pour le biais, le neurone prédit la probabilité de malignité
#
# $$ h_t = \sigma(w_0 x_{t0} + w_1 x_{t1} + \dots + w_{30} x_{t30}), \qquad \sigma(z) = \frac{1}{1 + e^{-z}} .$$
#
# La fonction de perte est l'**entropie croisée moyenne** du notebook 03 sur les $n$ tumeurs d'entraînement
# ($y_t = 1$ si la tumeur est maligne, 0 si elle est bénigne), plus une petite pénalité, avec $\lambda = 0{,}01$,
# qui empêche les poids de partir à l'infini :
#
# $$ \text{Loss}(\mathbf w) = \frac1n \sum_{t=1}^{n} \Bigl[-y_t \ln h_t - (1 - y_t)\ln(1 - h_t)\Bigr] + \frac{\lambda}{2}\left(w_1^2 + \dots + w_{30}^2\right) .$$
#
# Sa pente selon chaque poids (le notebook 03 l'a établie pour un patient ; ici, on en fait la moyenne sur les
# patients) vaut
#
# $$ \frac{\partial \text{Loss}}{\partial w_j} = \frac1n \sum_{t=1}^{n} (h_t - y_t)\, x_{tj} \; + \; \lambda\, w_j
# \qquad \text{(sans le terme en } \lambda \text{ pour le biais } w_0\text{)} .$$
#
# Le gradient est une moyenne sur les patients. Combien de patients chaque pas doit-il regarder ?

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="b0798607d19c"
# - Descente de gradient sur le **lot complet** (*full-batch*) : les $n$ patients à chaque pas. Le gradient est
#   exact, mais chaque pas coûte cher, et devient impossible avec des millions d'images.
# - **Descente de gradient stochastique** (*stochastic gradient descent*, SGD) : **un seul** patient tiré au hasard
#   à chaque pas, comme dans le notebook 03. Les pas sont bon marché mais bruités : un seul patient est un piètre
#   guide pour toute la montagne.
# - Descente par **mini-lots** (*mini-batch*) : un petit **lot** tiré au hasard (ici 32 patients) à chaque pas, en
#   utilisant le **gradient moyen** du lot. C'est le compromis utilisé en pratique, et il convient aux GPU, qui
#   traitent un lot en parallèle.
#
# Une **époque** (*epoch*) est un passage complet sur le jeu d'entraînement : 1 pas sur le lot complet, $n$ pas en
# SGD, et $n/32$ pas (arrondi au supérieur) par mini-lots.
#
# Les tumeurs sont réparties en trois groupes, comme dans le notebook 03 : 60 % pour l'**entraînement**, 20 % pour la
# **validation** (tous les choix, comme celui du taux d'apprentissage, se font sur ces tumeurs-là), et 20 % pour le
# **test**, ouvert une seule fois, tout à la fin.

# %% slideshow={"slide_type": ""} translated_from="00d279d68b56"
cancer = load_breast_cancer_frame()
feature_names = list(cancer.columns.drop("malignant"))
X_all = cancer[feature_names].to_numpy()
y_all = cancer["malignant"].to_numpy()
X_rest_raw, X_te_raw, y_rest, y_te = train_test_split(X_all, y_all, test_size=0.2, random_state=0, stratify=y_all)
X_tr_raw, X_va_raw, y_tr, y_va = train_test_split(X_rest_raw, y_rest, test_size=0.25, random_state=0,
                                                  stratify=y_rest)           # 25 % des 80 % restants : 20 %
X_tr, X_va, X_te = training.standardize(X_tr_raw, X_va_raw, X_te_raw)      # moyenne et écart-type d'entraînement seulement
X1_tr, X1_va, X1_te = (np.column_stack([np.ones(len(X)), X]) for X in (X_tr, X_va, X_te))  # x0 = 1 : le biais
n_train, LAMBDA = len(X1_tr), 0.01
print(f"entraînement : {n_train} tumeurs × {X1_tr.shape[1] - 1} variables ({y_tr.mean():.0%} malignes) | "
      f"validation : {len(y_va)} | test : {len(y_te)} (mis de côté)")


# %% slideshow={"slide_type": ""} translated_from="bea68bed7bbc"
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def loss(w, X1, y, lam=LAMBDA):
    h = np.clip(sigmoid(X1 @ w), 1e-12, 1 - 1e-12)        # évite log(0) si une prédiction vaut exactement 0 ou 1
    return np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h)) + lam / 2 * np.sum(w[1:] ** 2)


def gradient(w, X1, y, lam=LAMBDA):
    h = sigmoid(X1 @ w)
    penalised = np.concatenate([[0.0], w[1:]])             # le biais w0 n'est pas pénalisé
    # X1.T @ (h - y) : pour chaque colonne j de X1, la somme sur les patients de (h_t - y_t) x_tj, les 31 d'un coup
    return X1.T @ (h - y) / len(y) + lam * penalised


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="9d197fde9554"
# Comme toujours, vérifions le gradient avant de nous en servir : différences finies sur les 31 poids, autograd de
# PyTorch sur la même perte, et la version de référence de `course_utils.reference.losses`.

# %% slideshow={"slide_type": ""} translated_from="df26bdb1a327"
w_test = np.random.default_rng(1).normal(0, 0.3, size=X1_tr.shape[1])
grad_ours = gradient(w_test, X1_tr, y_tr)
grad_fd = gradients.numerical_gradient(lambda w: loss(w, X1_tr, y_tr), w_test)

w_t = torch.tensor(w_test, requires_grad=True)
z_t = torch.tensor(X1_tr) @ w_t
loss_t = torch.nn.functional.binary_cross_entropy_with_logits(z_t, torch.tensor(y_tr, dtype=torch.float64)) \
    + LAMBDA / 2 * (w_t[1:] ** 2).sum()
loss_t.backward()
print(f"écart relatif : différences finies {gradients.relative_error(grad_ours, grad_fd):.1e}, "
      f"autograd {gradients.relative_error(grad_ours, w_t.grad.numpy()):.1e}")
checks.close(grad_ours, grad_fd, tol=1e-7, name="gradient logistique et différences finies")
checks.close(grad_ours, w_t.grad.numpy(), tol=1e-10, name="gradient logistique et autograd de torch")
checks.close(grad_ours, logistic_loss_and_gradient(w_test, X1_tr, y_tr, l2=LAMBDA)[1], tol=1e-12,
             name="gradient logistique et référence de course_utils")
checks.close(loss(w_test, X1_tr, y_tr), loss_t.item(), tol=1e-10, name="perte logistique et torch")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="31fed35764aa"
# ### Pourquoi standardiser ? Le conditionnement d'une vraie perte
#
# La section 5 affirmait que des entrées d'échelles très différentes creusent des vallées étroites. Mesurons-le. La
# courbure selon un poids $w_j$, c'est la vitesse à laquelle la pente $\partial \text{Loss}/\partial w_j$ varie
# quand seul $w_j$ bouge : une différence finie du gradient, comme à la section 4. Nous la mesurons en
# $\mathbf w = 0$, une fois avec les mesures brutes (la plus grande aire de noyau se compte en milliers,
# l'erreur type de la dimension fractale reste sous 0,03 : étendues affichées ci-dessous) et une fois avec les
# mesures standardisées (centrées-réduites).

# %% slideshow={"slide_type": ""} translated_from="8602dc47777e"
def curvature_along_each_weight(X1, y, h=1e-4):
    # différence finie de la pente selon w_j, en ne bougeant que w_j, en w = 0
    curvatures = []
    for j in range(X1.shape[1]):
        nudge = np.zeros(X1.shape[1])
        nudge[j] = h
        curvatures.append((gradient(nudge, X1, y)[j] - gradient(-nudge, X1, y)[j]) / (2 * h))
    return np.array(curvatures)


weight_names = ["biais", *feature_names]
curvature = {"mesures brutes": curvature_along_each_weight(np.column_stack([np.ones(n_train), X_tr_raw]), y_tr),
             "mesures standardisées": curvature_along_each_weight(X1_tr, y_tr)}
for label, c in curvature.items():
    ratio = f"{c.max() / c.min():,.0f}" if c.max() / c.min() > 100 else f"{c.max() / c.min():.2f}"
    print(f"{label} : courbure de {c.min():.3g} ({weight_names[c.argmin()]}) à {c.max():,.3g} "
          f"({weight_names[c.argmax()]}), soit un rapport de {ratio}")
print(f"mesures brutes : α doit rester sous 2 / {curvature['mesures brutes'].max():,.3g} = "
      f"{2 / curvature['mesures brutes'].max():.1g}")
for column in ("worst_area", "fractal_dimension_error"):
    print(f"étendue brute de {column} : de {X_tr_raw[:, feature_names.index(column)].min():.4g} "
          f"à {X_tr_raw[:, feature_names.index(column)].max():.4g}")

# %% slideshow={"slide_type": ""} translated_from="34ca436970f4"
checks.true(curvature["mesures brutes"].max() / curvature["mesures brutes"].min() > 1e6,
            "mesures brutes : la direction d'un poids est plus d'un million de fois plus courbée que celle d'un autre")
checks.true(curvature["mesures standardisées"].max() / curvature["mesures standardisées"].min() < 1.1,
            "mesures standardisées : la direction de chaque poids a à peu près la même courbure")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="c134a25874ef"
# Avec les mesures brutes, la vallée est des millions de fois plus étroite dans une direction que dans une autre :
# le taux d'apprentissage devrait rester sous $10^{-5}$ environ, et les directions plates demanderaient alors des
# millions de pas. Après standardisation, chaque poids voit à peu près la même courbure. (On regarde ici chaque
# poids isolément. Des mesures qui varient ensemble, comme le rayon, le périmètre et l'aire d'un noyau, forment
# encore des vallées obliques : la perte sur les mesures standardisées n'est donc pas une cuvette parfaitement ronde.)

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="8f677381aba1"
# Une seule boucle d'entraînement couvre les trois méthodes : seule la **taille du lot** change (1, 32 ou tous les
# patients). Le taux d'apprentissage peut décroître au fil du temps, $\alpha_t = \alpha_0 / (1 + \text{decay}\cdot t)$,
# où $t$ compte les pas et *decay* est le coefficient de décroissance ; la section 7 explique pourquoi.

# %% slideshow={"slide_type": ""} translated_from="f62f3986968d"
def train_logistic(batch_size, lr, epochs, decay=0.0, seed=0):
    rng = np.random.default_rng(seed)
    w = np.zeros(X1_tr.shape[1])
    losses, seconds, t = [loss(w, X1_tr, y_tr)], [0.0], 0
    for _ in range(epochs):
        start_time = time.perf_counter()
        order = rng.permutation(n_train)                          # mélange les patients à chaque époque
        for first in range(0, n_train, batch_size):
            batch = order[first:first + batch_size]               # les patients de ce pas
            g = gradient(w, X1_tr[batch], y_tr[batch])            # gradient moyen du lot
            w = w - lr / (1 + decay * t) * g
            t += 1
        seconds.append(seconds[-1] + time.perf_counter() - start_time)   # temps d'entraînement seulement
        losses.append(loss(w, X1_tr, y_tr))                       # perte d'entraînement complète, pour les courbes (non chronométrée)
    return w, np.array(losses), np.array(seconds), t


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="4199bc71a7e0"
# **Le taux d'apprentissage de chaque méthode, choisi sur les données de validation.** Pour chaque méthode, nous
# essayons trois taux d'apprentissage. La SGD et les mini-lots parcourent les patients dans un ordre aléatoire : on
# lance donc chacun avec trois **graines** (*seeds*), c'est-à-dire trois ordres aléatoires différents ; le lot
# complet n'a aucune part de hasard et ne tourne qu'une fois. Pour chaque méthode, nous retenons le taux
# d'apprentissage qui donne la plus faible **perte de validation** moyenne (la même entropie croisée, calculée sur
# les tumeurs de validation).

# %% slideshow={"slide_type": ""} translated_from="d562fc505af7"
methods = {   # nom : (taille du lot, époques, taux d'apprentissage essayés)
    "lot complet": (n_train, 150, (0.3, 1.0, 3.0)),
    "mini-lots (32)": (32, 30, (0.05, 0.2, 0.8)),
    "stochastique (1)": (1, 10, (0.01, 0.05, 0.2)),
}
SEEDS = (0, 1, 2)
runs_by_setting = {}
for name, (batch_size, epochs, rates) in methods.items():
    for lr in rates:
        for seed in SEEDS if batch_size < n_train else SEEDS[:1]:
            runs_by_setting[name, lr, seed] = train_logistic(batch_size, lr, epochs, seed=seed)

search = pd.DataFrame([{"méthode": name, "taux d'apprentissage α": lr, "graine": seed, "perte de validation": loss(w, X1_va, y_va)}
                       for (name, lr, seed), (w, *_) in runs_by_setting.items()])
lr_search = search.groupby(["méthode", "taux d'apprentissage α"], sort=False)["perte de validation"].agg(["mean", "min", "max"])
chosen_lr = {name: lr_search.loc[name, "mean"].idxmin() for name in methods}
chosen = {name: [run for (m, lr, _), run in runs_by_setting.items() if m == name and lr == chosen_lr[name]]
          for name in methods}       # les essais (un par graine) du taux d'apprentissage retenu pour chaque méthode
print("taux d'apprentissage choisis sur la validation :", ", ".join(f"{name} α = {lr:g}" for name, lr in chosen_lr.items()))
two_best_gap = {name: np.diff(np.sort(lr_search.loc[name, "mean"])[:2])[0] for name in methods}
sgd_seeds = lr_search.loc[("stochastique (1)", chosen_lr["stochastique (1)"])]
print("écart de perte de validation moyenne entre les deux meilleurs taux de chaque méthode :",
      ", ".join(f"{name} {gap:.4f}" for name, gap in two_best_gap.items()),
      f"| dispersion des graines de la SGD à son taux retenu : {sgd_seeds['max'] - sgd_seeds['min']:.4f}")
lr_search.round(4).rename(columns={"mean": "perte de validation (moyenne)", "min": "meilleure graine", "max": "pire graine"})

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="eb84e124b157"
# Les trois régimes de la section 3 réapparaissent sur un vrai modèle : avec un taux trop petit, la descente n'a pas
# convergé quand les époques sont épuisées (une perte plus élevée) ; avec un taux trop grand, la SGD saute dans tous
# les sens (une perte plus élevée, très différente d'une graine à l'autre). Pour chaque méthode, les deux meilleurs
# taux diffèrent d'environ 0,001 ou moins en perte de validation moyenne (valeurs affichées plus haut), des écarts
# aussi faibles que ceux qui séparent les graines de la SGD à un même taux : le choix ne correspond pas à un optimum
# bien net, et l'un ou l'autre des deux ferait l'affaire.

# %% slideshow={"slide_type": ""} translated_from="55ae604e479e"
# la même perte pénalisée, minimisée par scikit-learn (son C vaut 1 / (n * lambda) pour notre pénalité)
reference = LogisticRegression(C=1 / (n_train * LAMBDA), tol=1e-10, max_iter=10_000).fit(X_tr, y_tr)
w_best = np.concatenate([reference.intercept_, reference.coef_[0]])
loss_best = loss(w_best, X1_tr, y_tr)

# la durée d'une époque : la médiane sur toutes les époques de tous les essais de la méthode dans la recherche
# ci-dessus (une seule époque chronométrée peut être ralentie par tout ce que fait l'ordinateur par ailleurs)
epoch_ms = {name: 1000 * np.median(np.concatenate([np.diff(seconds) for (m, _, _), (_, _, seconds, _)
                                                   in runs_by_setting.items() if m == name])) for name in methods}
method_colors = dict(zip(methods, [COLORS[0], COLORS[1], COLORS[3]]))
fig, axes = plt.subplots(1, 2, figsize=(11, 4))
for name, (_, losses, _, _) in ((name, runs[0]) for name, runs in chosen.items()):   # graine 0
    label = f"{name}, α = {chosen_lr[name]:g}"
    epochs_done = np.arange(len(losses))
    axes[0].plot(epochs_done, losses, color=method_colors[name], label=label)
    axes[1].plot(epochs_done[1:] * epoch_ms[name], losses[1:], color=method_colors[name], label=label)  # axe log : pas de 0
for ax in axes:
    ax.axhline(loss_best, color="black", linestyle=":", label="minimum (scikit-learn)")
    ax.set(ylabel="perte d'entraînement (sans unité)", ylim=(0.08, 0.3))
axes[0].set(xlabel="époques (passages sur les données d'entraînement)", title="Progrès à chaque passage sur les données", xlim=(0, 30))
axes[1].set(xscale="log", xlabel="temps de calcul (ms, échelle log) = époques × durée médiane d'une époque",
            title="Progrès par milliseconde de calcul")
axes[0].legend()
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="920f6a2e0930"
# Le tableau résume les essais retenus, sous la forme d'une fourchette sur les trois graines (une seule valeur pour
# le lot complet). Un essai de SGD est bruité : une seule graine pourrait induire en erreur.

# %% slideshow={"slide_type": ""} translated_from="83b5b65a64f6"
def epochs_to_within(losses, gap=0.01):
    # la première époque après laquelle la perte d'entraînement est à moins de `gap` du minimum (nan si jamais)
    within = losses - loss_best < gap
    return float(np.argmax(within)) if within.any() else np.nan


per_seed = []
for name, runs in chosen.items():
    batch_size, epochs, _ = methods[name]
    for w, losses, _, n_updates in runs:
        m = metrics.binary_metrics(y_va, (sigmoid(X1_va @ w) >= 0.5).astype(int))
        per_seed.append({"méthode": name, "α (retenu)": chosen_lr[name], "pas par époque": n_updates // epochs,
                         "temps par époque (ms, médiane)": epoch_ms[name],
                         "époques pour passer à moins de 0,01 du minimum": epochs_to_within(losses),
                         "temps pour passer à moins de 0,01 du minimum (ms)": epochs_to_within(losses) * epoch_ms[name],
                         "écart final au minimum": losses[-1] - loss_best,
                         "perte de validation": loss(w, X1_va, y_va),
                         "AUC de validation": metrics.roc_auc(y_va, sigmoid(X1_va @ w)),
                         "sensibilité de validation": m["sensitivity"], "spécificité de validation": m["specificity"]})
per_seed = pd.DataFrame(per_seed)


def spread(values):
    low, high = np.min(values), np.max(values)
    return f"{low:.4g}" if np.isclose(low, high, rtol=1e-4, atol=0) else f"{low:.4g} – {high:.4g}"


summary = per_seed.groupby("méthode", sort=False).agg(spread)
summary.T

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="4b7aec6ca597"
# Comment lire ce tableau (sur un ordinateur partagé ou chargé, les temps mesurés varient beaucoup, d'où la durée
# médiane d'une époque ; c'est la tendance qui compte) :
#
# - **Par époque**, la SGD est loin devant : un ou deux passages sur les patients l'amènent à moins de 0,01 du
#   minimum (un seul avec les trois graines d'ici ; deux avec 7 des 15 autres graines que nous avons essayées). Le
#   lot complet et les mini-lots demandent plusieurs époques (voir le tableau). Les
#   mini-lots demandent moins d'époques que le lot complet, mais pas autant de moins que leurs pas supplémentaires
#   par époque le laisseraient penser : le gradient complet, exact, tolère un $\alpha$ plus grand (choisi plus haut).
# - **Par milliseconde de calcul**, la SGD passe derrière sur ce petit tableau de données : il lui faut le moins
#   d'époques, mais le plus de temps pour passer à moins de 0,01 du minimum (les lignes de temps du tableau), car
#   une époque de SGD coûte beaucoup plus cher qu'une époque sur le lot complet. NumPy traite toutes les tumeurs
#   d'entraînement en un seul produit matriciel rapide, alors que la SGD paie le surcoût de Python à chacun de ses
#   pas à un seul patient. Avec des millions d'images, un pas sur le lot complet ne tiendrait même pas en mémoire :
#   les mini-lots sont alors le compromis pratique, et sur un GPU un lot de 32 ne coûte guère plus qu'une seule image.
# - La courbe de la SGD est **bruitée** : chaque pas suit un seul patient, si bien que près du minimum elle continue
#   de trembler au lieu de se stabiliser.
# - Les trois méthodes aboutissent **à peu près au même modèle** : sur les tumeurs de validation, leurs pertes,
#   AUC, sensibilités et spécificités diffèrent à peine. Le choix de la méthode change le coût de l'entraînement,
#   pas le résultat.

# %% slideshow={"slide_type": ""} translated_from="3fb41451364d"
by_method = per_seed.groupby("méthode", sort=False)
checks.close(chosen["lot complet"][0][0], w_best, tol=0.05, name="poids du lot complet et de scikit-learn (plus grand écart)")
epochs_needed = by_method["époques pour passer à moins de 0,01 du minimum"]
checks.true(epochs_needed.max()["stochastique (1)"] <= 2
            and epochs_needed.max()["stochastique (1)"] < epochs_needed.min()["mini-lots (32)"]
            and epochs_needed.max()["mini-lots (32)"] < epochs_needed.min()["lot complet"],
            "par époque : la SGD est à moins de 0,01 du minimum après une ou deux époques (pour chaque graine), les "
            "mini-lots demandent plus d'époques, le lot complet plus encore")
time_needed = by_method["temps pour passer à moins de 0,01 du minimum (ms)"]
checks.true(time_needed.min()["stochastique (1)"] > max(time_needed.max()["lot complet"], time_needed.max()["mini-lots (32)"]),
            "par milliseconde : la SGD demande plus de temps de calcul que le lot complet et les mini-lots pour passer "
            "à moins de 0,01 du minimum (pour chaque graine)")
checks.between(per_seed["écart final au minimum"].max(), 0.0, 0.01,
               name="plus grand écart final au minimum (toutes méthodes et graines confondues)")
checks.between(per_seed["perte de validation"].max() - per_seed["perte de validation"].min(), 0.0, 0.005,
               name="dispersion de la perte de validation entre méthodes et graines")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="b401d923dd29"
# ### Face à une référence simple
#
# Un modèle à 31 poids en vaut-il la peine ? Le rival le plus simple, c'est **une seule mesure prise isolément** :
# celle qui classe le mieux les tumeurs d'entraînement (la plus forte AUC, définie ci-dessous), utilisée comme score
# sans aucun entraînement. Nous la comparons au modèle sur les tumeurs de validation et, pour qu'un découpage
# chanceux ne suffise pas à trancher, sur trois autres découpages des mêmes tumeurs hors test en entraînement et
# validation (le jeu de test reste fermé). Le modèle utilisé là est celui de scikit-learn : il atteint le même
# minimum que nos trois méthodes.
#
# **Courbe ROC et AUC** (le notebook 03 les présente dans sa section « Tous les seuils à la fois : la courbe ROC »).
# Tout score, une probabilité $h$ comme une mesure isolée, devient une alerte dès qu'on lui fixe un seuil :
# « maligne si le score vaut au moins $s$ ». Chaque seuil donne une **sensibilité** (la part des cancers détectés)
# et un **taux de fausses alertes**, $1 - \text{spécificité}$ (la part des tumeurs bénignes signalées). La **courbe
# ROC** relie ces points pour tous les seuils, de « personne n'est signalé », $(0, 0)$, à « tout le monde est
# signalé », $(1, 1)$. L'**AUC** (*area under the curve*, aire sous la courbe) est la probabilité qu'une tumeur
# maligne tirée au hasard obtienne un score plus élevé qu'une tumeur bénigne tirée au hasard : 0,5 correspond à un
# tirage à pile ou face, 1 à un classement parfait.

# %% slideshow={"slide_type": ""} translated_from="f03d77b2f87b"
def best_single_measurement(X_raw, y):
    # la colonne et son sens (+1 : une valeur haute signe la malignité, -1 : une valeur basse) qui classent le mieux ces tumeurs
    _auc, column, direction = max((metrics.roc_auc(y, sign * X_raw[:, j]), j, sign)
                                  for j in range(X_raw.shape[1]) for sign in (1, -1))
    return column, direction


split_rows = []
for split_seed in (0, 1, 2, 3):          # le découpage 0 est celui du notebook
    Xa, Xb, ya, yb = train_test_split(X_rest_raw, y_rest, test_size=0.25, random_state=split_seed, stratify=y_rest)
    Xa_std, Xb_std = training.standardize(Xa, Xb)
    model = LogisticRegression(C=1 / (len(ya) * LAMBDA), max_iter=10_000).fit(Xa_std, ya)
    column, direction = best_single_measurement(Xa, ya)
    split_rows.append({"découpage": split_seed, "mesure de référence": feature_names[column],
                       "AUC de validation, mesure de référence": metrics.roc_auc(yb, direction * Xb[:, column]),
                       "AUC de validation, modèle": metrics.roc_auc(yb, model.decision_function(Xb_std))})
splits = pd.DataFrame(split_rows).set_index("découpage")
splits.round(3)

# %% slideshow={"slide_type": ""} translated_from="bf9fcd239359"
checks.true((splits["AUC de validation, modèle"] > splits["AUC de validation, mesure de référence"]).all(),
            "dans les quatre découpages, le modèle classe les tumeurs de validation mieux que la meilleure mesure isolée")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="65ea1ed26d4f"
# ### Le point de vue clinique, sur le jeu de test (ouvert une seule fois)
#
# Tous les choix sont désormais faits sur les tumeurs d'entraînement et de validation. Nous gardons le **modèle par
# mini-lots** (graine 0), la méthode utilisée en pratique ; le tableau de validation montre que n'importe laquelle
# des trois ferait l'affaire. Son seuil d'alerte est la valeur par défaut, 0,5 : il n'a pas été réglé ici (le
# notebook 03 montre comment le choisir sur des données de validation). C'est seulement maintenant que nous ouvrons
# le jeu de test, une seule fois. La matrice de confusion montre les deux sortes d'erreurs : les cancers manqués
# (faux négatifs, les plus dangereux) et les fausses alertes (faux positifs : un examen complémentaire inutile,
# comme une microbiopsie ou une chirurgie, et de l'inquiétude ; la cytoponction elle-même est déjà un petit
# prélèvement).
#
# **Lecture clinique de la courbe ROC.** Plus la courbe épouse le coin supérieur gauche, moins on envoie de tumeurs
# bénignes vers des examens complémentaires pour chaque cancer supplémentaire détecté. L'endroit où se placer sur la courbe (le choix du
# seuil) est une décision clinique, prise avant de regarder le jeu de test.

# %% slideshow={"slide_type": ""} translated_from="879d204a5dc0"
w_final = chosen["mini-lots (32)"][0][0]
p_te = sigmoid(X1_te @ w_final)
base_column, base_direction = best_single_measurement(X_tr_raw, y_tr)      # choisie sur les tumeurs d'entraînement
base_te = base_direction * X_te_raw[:, base_column]
auc_model, auc_base = metrics.roc_auc(y_te, p_te), metrics.roc_auc(y_te, base_te)
test_metrics = metrics.binary_metrics(y_te, (p_te >= 0.5).astype(int))

fig, axes = plt.subplots(1, 2, figsize=(11, 4.4))
plotting.plot_confusion(y_te, (p_te >= 0.5).astype(int), ax=axes[0], class_names=("bénigne", "maligne"),
                        title="Modèle par mini-lots, tumeurs de test (h ≥ 0,5)")
for scores, color, label in ((p_te, COLORS[0], f"régression logistique (AUC = {i18n.number(auc_model, '.3f')})"),
                             (base_te, COLORS[1], f"{feature_names[base_column].replace('_', ' ')} seule "
                                                  f"(AUC = {i18n.number(auc_base, '.3f')})")):
    fpr, tpr, _ = metrics.roc_curve(y_te, scores)
    axes[1].plot(fpr, tpr, color=color, label=label)
axes[1].plot(1 - test_metrics["specificity"], test_metrics["sensitivity"], "s", color="black", markersize=8,
             label="modèle au seuil 0,5")
axes[1].plot([0, 1], [0, 1], color="0.6", linestyle="--", label="pile ou face (AUC = 0,5)")
axes[1].set(xlabel="taux de fausses alertes = 1 − spécificité (proportion)", ylabel="sensibilité (proportion de cancers détectés)",
            xlim=(-0.02, 1.02), ylim=(-0.02, 1.02), title="Courbes ROC, tumeurs de test")
axes[1].legend(loc="lower right", fontsize="small")
plt.show()
print(f"jeu de test : {len(y_te)} tumeurs, dont {y_te.sum()} malignes (un cancer manqué fait varier la sensibilité de "
      f"{100 / y_te.sum():.1f} points) | modèle au seuil 0,5 : sensibilité {test_metrics['sensitivity']:.1%} "
      f"({test_metrics['fn']} manqués), spécificité {test_metrics['specificity']:.1%} ({test_metrics['fp']} fausses alertes)")

# %% slideshow={"slide_type": ""} translated_from="f9e6b6ccdcb3"
checks.between(auc_model, 0.97, 1.0, name="AUC ROC de test du modèle par mini-lots")
checks.between(test_metrics["sensitivity"], 0.85, 1.0, name="sensibilité de test du modèle par mini-lots au seuil 0,5")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="69fd5663652c"
# Lisez ces chiffres de test avec prudence. Avec une quarantaine de tumeurs malignes seulement dans le jeu de test,
# une tumeur de plus ou de moins fait varier la sensibilité de plus de 2 points (valeur affichée plus haut) : ce sont
# des estimations grossières, pas des garanties. Le modèle classait les tumeurs mieux que la mesure isolée dans
# chacun des découpages de validation, mais sur le jeu de test les deux AUC sont proches : sur une tâche aussi
# tranchée, une seule mesure bien choisie fait déjà l'essentiel du travail, et c'est précisément pourquoi chaque
# modèle doit être comparé à une référence simple.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="0d35fea07481"
# ## 7. De meilleurs pas : décroissance du taux d'apprentissage, momentum et Adam
#
# **Décroissance du taux d'apprentissage.** Avec un $\alpha$ constant, la SGD continue de trembler autour du
# minimum, parce que chaque patient, à lui seul, tire les poids de son côté. Raccourcir les pas au fil du temps,
# $\alpha_t = \alpha_0 / (1 + \text{decay}\cdot t)$, lui permet de se stabiliser : de grands pas pour voyager au
# début, de petits pas pour se poser en douceur. Le cours d'origine suggère lui aussi de faire décroître le taux
# d'apprentissage au fil du temps. Ci-dessous, la SGD au taux constant choisi à la section 6 ($\alpha = 0{,}05$)
# tourne à côté d'une SGD dont le taux part deux fois plus haut, $\alpha_0 = 0{,}1$ (pour avancer vite au début), et
# décroît de 0,005, pour les trois mêmes graines.

# %% slideshow={"slide_type": ""} translated_from="6490752aa857"
schedules = {"α constant = 0,05 (choisi à la section 6)": (0.05, 0.0), "α = 0,1 / (1 + 0,005 t)": (0.1, 0.005)}
decay_runs = {(label, seed): train_logistic(batch_size=1, lr=lr, epochs=10, decay=decay, seed=seed)
              for label, (lr, decay) in schedules.items() for seed in SEEDS}
fig, ax = plt.subplots(figsize=(7.5, 3.8))
for (label, seed), (_, losses, _, _) in decay_runs.items():
    color = COLORS[1] if label.startswith("α constant") else COLORS[0]
    ax.plot(losses, color=color, linewidth=2 if seed == 0 else 1, alpha=1 if seed == 0 else 0.4,
            label=f"SGD, {label}" if seed == 0 else None)
ax.axhline(loss_best, color="black", linestyle=":", label="minimum (scikit-learn)")
ax.set(xlabel="époques (passages sur les données d'entraînement)", ylabel="perte d'entraînement (sans unité)", ylim=(0.097, 0.112),
       xlim=(1, 10), title="Faire décroître le taux d'apprentissage calme les soubresauts de la SGD\n(trait épais : graine 0 ; traits fins : graines 1 et 2)")
ax.legend()
plt.show()
decay_table = pd.DataFrame([{"taux d'apprentissage": label, "graine": seed,
                             "tremblement : écart-type de la perte, époques 3 à 10": np.std(losses[3:]),
                             "écart final au minimum": losses[-1] - loss_best}
                            for (label, seed), (_, losses, _, _) in decay_runs.items()]).set_index(["taux d'apprentissage", "graine"])
decay_table.round(5)

# %% slideshow={"slide_type": ""} translated_from="3cdf4d213550"
constant, decayed = (decay_table.xs(label, level="taux d'apprentissage") for label in schedules)
checks.close(0.1 / chosen_lr["stochastique (1)"], 2.0, tol=1e-9, name="α0 = 0,1 comparé au taux constant choisi pour la SGD")
jitter_ratio = constant.iloc[:, 0].mean() / decayed.iloc[:, 0].mean()
closer = int((decayed["écart final au minimum"] < constant["écart final au minimum"]).sum())
print(f"tremblement, moyenne sur les trois graines : {jitter_ratio:.1f} fois moins avec décroissance qu'au taux constant α = 0,05 | "
      f"la décroissance finit plus près du minimum avec {closer} des 3 graines")
checks.true(jitter_ratio > 1.4, "avec décroissance, la perte tremble plus de 1,4 fois moins qu'au taux constant choisi à "
            "la section 6 (moyenne sur les trois graines)")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="479b918d5881"
# À côté du taux constant choisi à la section 6, avec la décroissance, la perte tremble environ trois fois moins
# (valeur affichée plus haut). Graine par graine, elle a moins tremblé avec 17 des 18 graines que nous avons
# essayées (de 0 à 17), jusqu'à 4,1 fois moins, et une fois davantage ; la SGD a fini plus près du minimum avec ces
# trois graines, et avec 14 de ces 18.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="414ab7a1f14b"
# **Momentum (inertie).** Un randonneur qui garde un peu de l'élan de ses pas précédents (comme une lourde bille qui
# dévale une pente) franchit les zigzags de la vallée étroite : les allers-retours en travers s'annulent, et les
# composantes dans l'axe de la vallée s'additionnent. La mise à jour conserve une **vitesse** $\mathbf v$ :
# $\mathbf v \leftarrow \beta\,\mathbf v + \nabla f$, puis $\mathbf p \leftarrow \mathbf p - \alpha\,\mathbf v$,
# avec $\beta$ compris entre 0 et 1 ($\beta = 0$ redonne la descente de gradient simple).
#
# **Adam** (Kingma et Ba, 2014) tient, pour chaque paramètre, une moyenne glissante $m$ de son gradient $g$ et une
# moyenne glissante $s$ du carré du gradient : $m \leftarrow 0{,}9\,m + 0{,}1\,g$ et
# $s \leftarrow 0{,}999\,s + 0{,}001\,g^2$ (chaque pas garde l'essentiel de l'ancienne moyenne et y mêle un peu de
# la nouvelle valeur). Il avance ensuite de $\alpha\, m / \sqrt{s}$, avec une petite correction lors des premiers
# pas, tant que $m$ et $s$ sont encore proches de leur valeur de départ, 0. Diviser par $\sqrt s$, la taille
# typique du gradient, donne à chaque paramètre un pas d'environ $\alpha$, que sa pente soit raide ou plate. Adam
# est l'optimiseur par défaut de `training.fit` dans les notebooks suivants.
#
# **Une course équitable.** Chaque optimiseur a ses réglages : $\alpha$, plus $\beta$ pour le momentum. Dans une
# vallée très étroite (conditionnement $\kappa = 25$), nous réglons ces paramètres sur 10 points de départ tirés au
# hasard (les départs de « validation » des optimiseurs), puis nous faisons courir les optimiseurs réglés depuis 20
# autres points de départ, en comptant les pas nécessaires pour faire passer la perte sous $10^{-3}$. Chaque
# optimiseur tient en une ligne dans PyTorch ; pour essayer de nombreux réglages depuis de nombreux départs à la
# fois, nous écrivons leurs règles de mise à jour en NumPy, et nous les vérifions avec PyTorch un peu plus bas.

# %% slideshow={"slide_type": ""} translated_from="98e8c8147ee9"
very_narrow = landscapes.bowl(25.0)


def steps_to_bottom(kind, lr, beta, starts, max_steps=150, tol=1e-3):
    # Fait tourner un optimiseur depuis tous les départs à la fois (une ligne par départ). Renvoie, pour chaque départ,
    # le nombre de pas nécessaires pour faire passer la perte sous tol (inf : pas en max_steps pas) et si la descente a divergé.
    p = np.array(starts, dtype=float)
    m, s = np.zeros_like(p), np.zeros_like(p)
    steps = np.full(len(p), np.inf)
    with np.errstate(over="ignore", invalid="ignore"):      # les descentes qui divergent débordent : on les repère plus bas
        for k in range(1, max_steps + 1):
            g = very_narrow.grad(p)
            if kind == "Adam":
                m, s = 0.9 * m + 0.1 * g, 0.999 * s + 0.001 * g ** 2
                p = p - lr * (m / (1 - 0.9 ** k)) / (np.sqrt(s / (1 - 0.999 ** k)) + 1e-8)
            else:                                           # momentum ; beta = 0 donne la descente de gradient simple
                m = beta * m + g
                p = p - lr * m
            steps[np.isinf(steps) & (very_narrow.f(p) < tol)] = k
            diverged = ~(np.abs(p).max(axis=1) < 1e6)       # vrai pour les points énormes, infinis et nan
            if np.all(np.isfinite(steps) | diverged):
                break
    return steps, diverged & np.isinf(steps)


rng = np.random.default_rng(0)
tuning_starts = rng.uniform([-3, -1.8], [3, 1.8], size=(10, 2))     # pour choisir les réglages de chaque optimiseur
race_starts = rng.uniform([-3, -1.8], [3, 1.8], size=(20, 2))       # pour comparer les optimiseurs réglés
LRS = (0.01, 0.03, 0.06, 0.075, 0.1, 0.3, 1.0)
SETTINGS = {"simple": ("simple", 0.0), "momentum β = 0,5": ("momentum", 0.5), "momentum β = 0,7": ("momentum", 0.7),
            "momentum β = 0,9": ("momentum", 0.9), "Adam": ("Adam", None)}
tuning = {(column, lr): steps_to_bottom(kind, lr, beta, tuning_starts)
          for column, (kind, beta) in SETTINGS.items() for lr in LRS}


def median_or_failure(steps, diverged):
    return "diverge" if diverged.any() else "> 150" if np.isinf(steps).any() else f"{np.median(steps):g}"


print("nombre médian de pas sur les 10 départs de réglage (« diverge » : au moins un départ diverge ; "
      "« > 150 » : certains départs n'atteignent pas le fond en 150 pas ; simple : descente de gradient simple)")
tuning_table = pd.DataFrame({column: [median_or_failure(*tuning[column, lr]) for lr in LRS] for column in SETTINGS},
                            index=pd.Index(LRS, name="taux d'apprentissage α"))
tuning_table

# %% slideshow={"slide_type": ""} translated_from="4b36889180c5"
best_on_tuning = {}   # optimiseur -> (nombre médian de pas, lr, beta) de son meilleur réglage sur les départs de réglage
for (column, lr), (steps, _) in tuning.items():
    kind, beta = SETTINGS[column]
    if np.isfinite(steps).all() and (kind not in best_on_tuning or np.median(steps) < best_on_tuning[kind][0]):
        best_on_tuning[kind] = (np.median(steps), lr, beta)
tuned = {kind: (kind, lr, beta) for kind, (_, lr, beta) in best_on_tuning.items()}
race = {kind: steps_to_bottom(*setting, race_starts)[0] for kind, setting in tuned.items()}
race_table = pd.DataFrame({kind: {"réglage retenu": f"α = {lr:g}" + (f", β = {beta:g}" if kind == "momentum" else ""),
                                  "nombre médian de pas": np.median(race[kind]), "pas, départ le plus rapide": race[kind].min(),
                                  "pas, départ le plus lent": race[kind].max()}
                           for kind, (_, lr, beta) in tuned.items()}).T
print(f"course sur 20 nouveaux départs ; rapport des nombres médians de pas, simple / momentum : "
      f"{np.median(race['simple']) / np.median(race['momentum']):.1f}")
race_table

# %% slideshow={"slide_type": ""} translated_from="8ccc35c43e8d"
figure_start = (-2.5, 1.5)
paths, steps_needed = {}, {}
for kind, (_, lr, beta) in tuned.items():
    p = torch.tensor(figure_start, dtype=torch.float64, requires_grad=True)
    if kind == "Adam":
        optimizer = torch.optim.Adam([p], lr=lr)
    else:
        optimizer = torch.optim.SGD([p], lr=lr, momentum=beta)     # momentum 0 : descente de gradient simple
    visited = [p.detach().numpy().copy()]
    for k in range(150):
        optimizer.zero_grad()
        very_narrow.f(p).backward()          # autograd fournit le gradient
        optimizer.step()                     # l'optimiseur décide du pas
        visited.append(p.detach().numpy().copy())
        if kind not in steps_needed and very_narrow.value(visited[-1]) < 1e-3:
            steps_needed[kind] = k + 1
        if kind in steps_needed and k >= 60:
            break
    paths[kind] = np.array(visited)

fig, ax = plt.subplots(figsize=(8.2, 4.8))
landscapes.plot_surface_contours(very_narrow, ax=ax, levels=15,
                                 title="Optimiseurs réglés dans une vallée très étroite (κ = 25), depuis un même départ")
add_loss_colorbar(ax)
for color, (kind, path) in zip([COLORS[0], COLORS[1], COLORS[3]], paths.items()):
    landscapes.plot_path(ax, path[:60], label=f"{kind} ({race_table.loc[kind, 'réglage retenu']}) : "
                                              f"{steps_needed.get(kind, '> 150')} pas", color=color)
ax.plot(*very_narrow.minima[0], "*", color="black", markersize=14, zorder=5)   # le minimum à nouveau, au-dessus des trajets
ax.set(xlim=(-3, 3), ylim=(-2.35, 1.8))
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), fontsize="small")
plt.show()

# %% slideshow={"slide_type": ""} translated_from="95108b43510c"
numpy_steps = {kind: steps_to_bottom(*setting, [figure_start])[0][0] for kind, setting in tuned.items()}
checks.true(all(numpy_steps[kind] == steps_needed.get(kind) for kind in tuned),
            "nos règles de mise à jour en NumPy font exactement les mêmes pas que SGD, momentum et Adam dans PyTorch")
checks.true(race["momentum"].max() < race["simple"].min(),
            "le momentum réglé demande moins de pas que la descente simple réglée, depuis chacun des 20 départs de la course")
checks.true(steps_needed["Adam"] < steps_needed["simple"] and np.median(race["Adam"]) >= np.median(race["simple"]),
            "Adam réglé bat la descente simple réglée depuis le départ de la figure, mais pas sur les départs de la course (médiane)")
adam_works = [lr for lr in LRS if np.isfinite(tuning["Adam", lr][0]).all()]
plain_diverges = [lr for lr in LRS if tuning["simple", lr][1].any()]
checks.true(adam_works == [0.06, 0.075, 0.1, 0.3, 1.0] and min(plain_diverges) == 0.1,
            "Adam fonctionne pour tout α de 0,06 à 1 ; la descente simple diverge dès α = 0,1 (au-delà de 2/κ = 0,08)")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="8e0e3b636805"
# Ce que montre la course :
#
# - Le **momentum**, une fois réglé, bat la descente simple depuis chaque départ, avec environ 3 fois moins de pas
#   (le rapport des médianes affiché au-dessus du tableau de la course).
# - **Adam n'est pas plus rapide ici.** Depuis l'unique départ de la figure, il bat la descente simple, mais sur les
#   20 départs de la course sa médiane est plus élevée : un seul départ peut tromper, tout comme une seule graine.
#   Chaque coordonnée bouge d'environ $\alpha$ par pas, quelle que soit sa pente : il part d'abord en diagonale,
#   dépasse le fond de la vallée en la traversant, puis tourne autour du minimum avant de se stabiliser.
# - **La force d'Adam est ailleurs** : il fonctionne sur une large gamme de taux d'apprentissage (de 0,06 à 1 dans
#   le tableau de réglage), alors que la descente simple diverge dès que $\alpha$ dépasse $2/\kappa = 0{,}08$. Dans
#   un vrai réseau, avec des millions de poids dont les courbures diffèrent et changent pendant l'entraînement, ne
#   pas avoir à dénicher cette bande étroite fait d'Adam un bon choix par défaut.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="0cd3ad207e80"
# ## Exercices

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="fb259b7f9114"
# ### Exercice 1 : compter les pas
#
# Sur $f(x) = x^2$, partez de $x_0 = 2$ avec un taux d'apprentissage $\alpha = 0{,}25$ et le critère d'arrêt
# $|f'(x)| < 10^{-3}$. Combien de pas la descente de gradient fait-elle ? Rangez ce nombre dans `steps_to_converge`,
# sous la forme d'un nombre entier. Utilisez `gradient_descent_1d`, ou la formule $x_k = (1 - 2\alpha)^k x_0$.

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="f7d7e2a7b22d"
steps_to_converge = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
path_ex, ok_ex = gradient_descent_1d(f_prime, x0=2.0, lr=0.25)
steps_to_converge = len(path_ex) - 1
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="391a040d21ee"
exercise_1.check()
# exercise_1.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_1.solution()  # une solution commentée

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="3131e54f0c75"
# ### Exercice 2 : un pas dans une vallée étroite
#
# Pour la vallée étroite $f(\mathbf p) = (p_1^2 + 10\,p_2^2)/2$, le gradient vaut $(p_1,\ 10\,p_2)$. En partant de
# $\mathbf p = (1, 1)$ avec $\alpha = 0{,}15$, calculez à la main (ou en NumPy) le point obtenu après **un** pas et
# rangez-le dans `p_next` (un tableau de 2 nombres). Regardez ensuite les signes : quelle coordonnée dépasse le
# fond, c'est-à-dire saute par-dessus le fond de la vallée ($p_2 = 0$) pour se retrouver de l'autre côté, et
# pourquoi celle-là ? Une fois votre point correct, le message de la vérification vous donne la réponse.

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="ac6443e6b532"
p_next = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
p_now = np.array([1.0, 1.0])
p_next = p_now - 0.15 * np.array([p_now[0], 10 * p_now[1]])
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="9debbbda5524"
exercise_2.check()
# exercise_2.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_2.solution()  # une solution commentée

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="a997116a6d5e"
# ### Exercice 3 : le plus grand taux d'apprentissage sans danger
#
# Pour $f(x) = 2{,}5x^2$ (une parabole plus raide que $x^2$), le gradient vaut $5x$ : chaque pas multiplie donc $x$
# par $1 - 5\alpha$. La descente ne converge que tant que $|1 - 5\alpha| < 1$. Quel est le plus grand taux
# d'apprentissage `lr_max` au-delà duquel elle diverge ? Rangez-le dans `lr_max`, sous la forme d'un seul nombre. La
# cellule qui suit la vérification le teste numériquement : avec `0.95 * lr_max`, la descente doit converger, avec
# `1.05 * lr_max`, elle ne doit pas converger.

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="8c68a0cc1308"
lr_max = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
lr_max = 2 / 5
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_3_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="2c064a387bbd"
exercise_3.check()
# exercise_3.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_3.solution()  # une solution commentée

# %% slideshow={"slide_type": ""} translated_from="8ad23a0f6a1a"
lr_limit = exercise_3.answer("lr_max")
_, ok_below = gradient_descent_1d(lambda x: 5 * x, x0=1.0, lr=0.95 * lr_limit, max_steps=500)
_, ok_above = gradient_descent_1d(lambda x: 5 * x, x0=1.0, lr=1.05 * lr_limit, max_steps=500)
print(f"α = 0,95 × lr_max : convergence {ok_below} | α = 1,05 × lr_max : convergence {ok_above}")
checks.true(ok_below and not ok_above, "la descente converge juste sous lr_max et échoue juste au-dessus")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="94c634e4a0df"
# ## En résumé
#
# **À retenir**
#
# - La descente de gradient répète un seul geste : $\mathbf w \leftarrow \mathbf w - \alpha\,\nabla \text{Loss}(\mathbf w)$,
#   jusqu'à ce que $\|\nabla \text{Loss}\| < \varepsilon$ ou que le nombre de pas autorisé soit épuisé.
# - Le taux d'apprentissage $\alpha$ est l'hyperparamètre clé. Trop petit, on avance à pas de fourmi ; trop grand,
#   on oscille ou on diverge. Le plus rapide se trouve entre les deux : quand la descente zigzague, un $\alpha$ *plus
#   petit* aide ; quand elle se traîne, un plus grand.
# - Le **conditionnement** $\kappa$ d'une vallée (plus forte courbure / plus faible courbure) plafonne le taux
#   d'apprentissage à 2 / (plus forte courbure) et multiplie le nombre de pas à peu près proportionnellement à
#   $\kappa$. Des entrées d'échelles très différentes donnent des conditionnements énormes : standardisez-les.
# - Le point de départ compte quand la perte a plusieurs vallées.
# - Le lot complet utilise tous les exemples à chaque pas, la descente stochastique un seul, les mini-lots quelques
#   dizaines ; une époque est un passage complet sur les données. Les trois aboutissent à peu près au même modèle et
#   diffèrent par leur coût et leur bruit. Choisissez leurs taux d'apprentissage sur les données de validation, et
#   n'ouvrez le jeu de test qu'une fois.
# - La décroissance du taux d'apprentissage calme la SGD, le momentum traverse plus vite les vallées étroites, et
#   Adam vous épargne l'essentiel de la chasse au bon $\alpha$. Jugez ce genre d'affirmation sur plusieurs graines ou
#   plusieurs points de départ, jamais sur un seul.
# - Vérifiez toujours un gradient écrit à la main par différences finies ou avec autograd.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="0c8609206aee"
# **Testez-vous**
#
# 1. La perte d'entraînement de votre modèle devient `nan` au bout de quelques époques. Que faut-il essayer en premier ?
# <details><summary>Réponse</summary>Baisser le taux d'apprentissage (par exemple le diviser par 10) : `nan` signifie en général que les pas dépassent le fond et que la perte diverge. Vérifiez aussi que les entrées sont standardisées.</details>
#
# 2. Pourquoi la descente de gradient fait-elle de petits pas près d'un minimum, même avec un taux d'apprentissage constant ?
# <details><summary>Réponse</summary>Le pas vaut $\alpha$ fois le gradient, et le gradient tend vers 0 en un minimum (d'une fonction lisse).</details>
#
# 3. Deux entraînements du même modèle, sur les mêmes données et avec le même taux d'apprentissage, finissent avec des pertes différentes. Donnez deux raisons possibles.
# <details><summary>Réponse</summary>Des poids de départ différents (initialisation aléatoire) qui mènent à des vallées différentes (minima locaux) et, en descente stochastique ou par mini-lots, un ordre aléatoire différent des exemples.</details>
#
# 4. Avec 10 000 images d'entraînement et des mini-lots de 50, combien de mises à jour des poids une époque compte-t-elle ?
# <details><summary>Réponse</summary>10 000 / 50 = 200 mises à jour par époque.</details>
#
# 5. Un modèle utilise l'âge (de 20 à 90 ans) et la créatinine sérique exprimée en mg/dL (environ 0,6 à 1,3 mg/dL, soit 53 à 115 µmol/L) sans les standardiser.
#    Avec $\alpha = 0{,}1$, la perte explose ; avec $\alpha = 0{,}0001$, elle bouge à peine. Pourquoi, et que faut-il faire ?
# <details><summary>Réponse</summary>La perte est bien plus courbée selon le poids de l'âge (grandes valeurs d'entrée) que selon celui de la créatinine : le conditionnement est élevé. La direction raide impose un $\alpha$ minuscule, et la direction plate avance alors à pas de fourmi. Standardisez les deux entrées (avec la moyenne et l'écart-type d'entraînement).</details>
#
# 6. Un collègue vous annonce qu'Adam a battu la SGD sur son modèle, d'après un seul entraînement. Que lui demandez-vous avant de le croire ?
# <details><summary>Réponse</summary>Les deux optimiseurs ont-ils été réglés, et sur des données de validation plutôt que sur le jeu de test ? Le résultat tient-il sur plusieurs graines (ou points de départ), et l'écart dépasse-t-il la dispersion d'une graine à l'autre ?</details>
#
# **Et ensuite :** avec un seul neurone, le gradient tenait en une courte formule. Avec des couches de neurones, le
# gradient de chaque poids s'obtient par **rétropropagation** (*backpropagation*, notebook 05), c'est-à-dire la
# dérivation en chaîne appliquée de la sortie jusqu'à l'entrée. La rétropropagation calcule le gradient ; la descente
# de gradient, comme ici, l'utilise. Le notebook 06 entraîne ensuite des réseaux multicouches avec des mini-lots,
# Adam et la décroissance du taux d'apprentissage.
