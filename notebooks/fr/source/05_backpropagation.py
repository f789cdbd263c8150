# %% [markdown] slideshow={"slide_type": "slide"} translated_from="67afd7e1426f"
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/OWNER/REPOSITORY/blob/main/student/fr/05_backpropagation.ipynb)
#
# # 05 · La rétropropagation
#
# > Comment un réseau trouve la pente de chacun de ses poids : graphes de calcul, règle de dérivation en chaîne et un petit moteur de différentiation automatique, vérifié avec PyTorch.
#
# **Durée estimée :** 80 min · **Prérequis :** 03, 04
#
# Un réseau qui signale les numérations sanguines anormales ou qui dépiste le diabète compte de quelques centaines à plusieurs millions de poids. Pour chacun d'eux, la descente de gradient (notebook 04) doit savoir dans quel sens le déplacer un peu. La **rétropropagation** (*backpropagation*) trouve toutes ces pentes en un seul balayage du calcul, à rebours. Elle coûte l'équivalent de quelques prédictions, quel que soit le nombre de poids. C'est ce que fait `loss.backward()` dans PyTorch. Nous allons ouvrir la boîte : l'écrire nous-mêmes en une centaine de lignes, puis comparer le résultat à celui de PyTorch.
#
# **À la fin de ce notebook, vous saurez :**
# - dessiner un graphe de calcul et y effectuer la passe avant (les valeurs) puis la passe arrière (les gradients) ;
# - appliquer la règle de dérivation en chaîne, y compris la somme sur plusieurs chemins ;
# - construire un petit moteur de différentiation automatique sur des nombres, et vérifier ses gradients par différences finies et avec `torch.autograd` ;
# - écrire la rétropropagation d'un réseau à 2 couches sous forme matricielle (NumPy), la confronter à PyTorch et entraîner ce réseau honnêtement
#   (des patients de validation pour décider quand s'arrêter, des patients de test consultés une seule fois, à la fin) ;
# - expliquer pourquoi les gradients s'évanouissent dans les réseaux profonds à sigmoïdes, et en quoi ReLU y remédie.
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

# %% slideshow={"slide_type": "skip"} translated_from="e522d9bbe211"
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

course_utils.setup(lang="fr")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="af3f7be4d11f"
# ## 1. Pourquoi la rétropropagation ?
#
# Dans le notebook 03, un seul neurone apprenait avec la règle de mise à jour
# $w_i \leftarrow w_i - \alpha\,\partial\text{Loss}/\partial w_i$. Nous avions établi son gradient à la main :
# $-(y - h)\,x_i$. Le notebook 04 a montré comment la descente de gradient se sert de tels gradients.
#
# Un **réseau multicouche** (notebook 06) empile de nombreux neurones en **couches**. Un poids de la première couche
# ne modifie la sortie qu'*à travers* toutes les couches qui le suivent. Il nous faut $\partial\text{Loss}/\partial w$
# pour **chaque** poids, et pour chaque nouveau réseau que nous inventerons, sans refaire une formule à la main à
# chaque fois.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="8a69b1025236"
# Trois façons d'obtenir ces pentes :
#
# | méthode | principe | coût pour $P$ poids |
# | --- | --- | --- |
# | à la main | établir une formule pour chaque réseau | des heures d'algèbre, avec un risque d'erreur |
# | différences finies (notebook 04) | déplacer un peu chaque poids, recalculer la perte | $2P$ prédictions |
# | **rétropropagation** | une passe avant, puis une passe arrière avec la règle de dérivation en chaîne | quelques prédictions, quel que soit $P$ |
#
# La **rétropropagation du gradient** n'est pas une méthode d'apprentissage. C'est une comptabilité qui calcule les
# gradients. La **descente de gradient** les *utilise* ensuite pour mettre à jour les poids. Chaque pas d'entraînement
# fait les deux : passe avant, perte, passe arrière (rétropropagation), mise à jour (descente de gradient).

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="8b401d98dc78"
# Les diapositives du cours reprennent l'image du randonneur aux yeux bandés du notebook 04. La descente de gradient,
# c'est le randonneur qui sent la pente sous ses pieds et fait un pas vers le bas. Les diapositives montrent la
# rétropropagation comme le randonneur qui refait son chemin **à l'envers** pour voir comment chaque virage a changé
# son point d'arrivée. Prenez cette image avec prudence : la rétropropagation remonte **un seul calcul**, jamais les
# pas précédents. À chaque pas, elle remonte de la perte jusqu'à chaque poids, et mesure ainsi la pente sous ses pieds
# dans toutes les directions à la fois.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="f4c8f09d88fa"
# Mesurons la différence sur un réseau de la taille de celui que nous entraînerons dans le notebook 06 : 8 entrées,
# deux couches cachées de 20 neurones, 1 sortie, soit $8 \times 20 + 20 + 20 \times 20 + 20 + 20 + 1 = 621$ poids
# (biais compris). Les données sont 256 patients fictifs (des nombres tirés au hasard ; seul le temps de calcul
# compte ici). `loss.backward()` est la rétropropagation de PyTorch. Nous chronométrons aussi une simple prédiction
# (une passe avant seule), pour exprimer le coût de chaque méthode en nombre de prédictions.

# %% slideshow={"slide_type": ""} translated_from="aa1cd74c2f04"
torch.manual_seed(0)
demo_net = torch.nn.Sequential(torch.nn.Linear(8, 20), torch.nn.ReLU(), torch.nn.Linear(20, 20), torch.nn.ReLU(),
                               torch.nn.Linear(20, 1)).double()
X_demo = torch.randn(256, 8, dtype=torch.float64)                 # 256 patients fictifs, 8 mesures
y_demo = (torch.rand(256, 1) < 0.35).double()                     # étiquettes fictives
loss_fn = torch.nn.BCEWithLogitsLoss()                            # sigmoïde + entropie croisée
theta_demo = torch.nn.utils.parameters_to_vector(demo_net.parameters()).detach().numpy().copy()


def demo_loss(theta):
    # la perte en fonction des 621 poids, mis bout à bout en un seul long vecteur
    torch.nn.utils.vector_to_parameters(torch.as_tensor(theta), demo_net.parameters())
    with torch.no_grad():
        return loss_fn(demo_net(X_demo), y_demo).item()


start = time.perf_counter()
grad_fd = gradients.numerical_gradient(demo_loss, theta_demo)          # 2 x 621 prédictions (mesuré une fois : c'est long)
seconds_fd = time.perf_counter() - start

torch.nn.utils.vector_to_parameters(torch.as_tensor(theta_demo), demo_net.parameters())
forward_times, bp_times = [], []
for _repeat in range(20):                                         # on garde le plus rapide de 20 essais (mesure du temps bruitée)
    start = time.perf_counter()
    with torch.no_grad():
        loss_fn(demo_net(X_demo), y_demo).item()                  # 1 passe avant : une prédiction et sa perte
    forward_times.append(time.perf_counter() - start)
    start = time.perf_counter()
    demo_net.zero_grad()
    loss_fn(demo_net(X_demo), y_demo).backward()                  # 1 passe avant + 1 passe arrière
    bp_times.append(time.perf_counter() - start)
seconds_forward, seconds_bp = min(forward_times), min(bp_times)
grad_bp = torch.cat([p.grad.ravel() for p in demo_net.parameters()]).numpy()
bp_in_predictions = seconds_bp / seconds_forward

print(f"{theta_demo.size} poids | différences finies : {2 * theta_demo.size} prédictions, "
      f"{seconds_fd * 1000:.0f} ms (une seule mesure) | rétropropagation : {seconds_bp * 1000:.2f} ms (la plus rapide "
      f"de 20 mesures), le temps de {bp_in_predictions:.1f} prédictions")
print(f"comptée en prédictions, la rétropropagation coûte {2 * theta_demo.size} / {bp_in_predictions:.1f} = "
      f"{2 * theta_demo.size / bp_in_predictions:.0f} fois moins | plus grand écart entre les deux gradients : "
      f"{np.abs(grad_fd - grad_bp).max():.1e}")

# %% slideshow={"slide_type": ""} translated_from="39c0d89949ba"
checks.close(grad_bp, grad_fd, tol=1e-6, name="gradient par rétropropagation comparé aux différences finies (621 poids)")
checks.true(seconds_fd > 20 * seconds_bp, "la rétropropagation est ici plus de 20 fois plus rapide")
checks.between(bp_in_predictions, 1.0, 10.0, name="coût d'un gradient par rétropropagation, en prédictions")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="e30c67c2cad3"
# Mêmes nombres, coût très différent. La rétropropagation a pris le temps de quelques prédictions (affiché plus
# haut) : la passe arrière coûte à peu près deux fois la passe avant, car chaque couche calcule deux produits au
# retour (l'un pour ses poids, l'autre pour transmettre le gradient). Ce rapport reste le même quel que soit le
# nombre de poids du réseau, alors que les différences finies demandent 2 prédictions par poids. L'écart grandit donc
# avec la taille du réseau. Un réseau d'analyse d'images comme ResNet-50 compte environ 25,6 millions de poids :
# environ 51 millions de prédictions par pas avec les différences finies, le temps de quelques-unes avec la
# rétropropagation. Sans rétropropagation, pas d'apprentissage profond. Les différences finies gardent une utilité :
# **vérifier** une rétropropagation sur quelques poids, comme nous venons de le faire.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="d24b3b439e4e"
# ## 2. Les graphes de calcul
#
# Toute formule peut se calculer comme une chaîne d'**opérations élémentaires** (addition, multiplication, division,
# carré, exponentielle…). Représentez chaque valeur intermédiaire par une boîte et chaque opération par un cercle :
# vous obtenez un **graphe de calcul** (*computational graph*).
#
# Un exemple familier : l'**indice de masse corporelle**, $\text{IMC} = \text{masse} / \text{taille}^2$ (en kg/m² ;
# valeurs de référence chez l'adulte : 18,5 à 25). Pour une personne de 70 kg mesurant 1,75 m :
#
# 1. on élève la taille au carré : $1{,}75^2 = 3{,}0625$ m² ;
# 2. on divise la masse par ce nombre : $70 / 3{,}0625 = 22{,}86$ kg/m².
#
# Calculer les valeurs des entrées (à gauche) vers la sortie (à droite), c'est la **passe avant** (*forward pass*).

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="4609a010f403"
# `course_utils.reference.autograd.Value` est une copie toute prête du petit moteur que nous construirons à la
# section 4. Pour l'instant, nous ne nous en servons que pour **dessiner** des graphes : chaque nombre se souvient de
# la façon dont il a été calculé.

# %% slideshow={"slide_type": ""} translated_from="d080c0115e1b"
mass = autograd.Value(70.0, label="masse (kg)")
height = autograd.Value(1.75, label="taille (m)")
height_sq = height**2
height_sq.label = "taille² (m²)"
bmi = mass / height_sq
bmi.label = "IMC (kg/m²)"

autograd.draw_graph(bmi, show_grad=False, digits=4, title="Passe avant : l'IMC sous forme de graphe de calcul")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="ec845497b83f"
# Chaque opération connaît aussi sa **dérivée locale** : de combien sa sortie bouge quand l'une de ses entrées bouge
# un peu, les autres restant fixes. Comme dans le notebook 03, nous la notons $\partial s / \partial h$ (lire
# « d rond s sur d rond h ») : le $\partial$ arrondi rappelle que seul $h$ bouge. Ce sont les règles de dérivation
# du lycée, une opération à la fois :
#
# | opération | sortie | dérivée(s) locale(s) |
# | --- | --- | --- |
# | carré | $s = h^2$ | $\partial s / \partial h = 2h$ |
# | division | $q = a / b$ | $\partial q / \partial a = 1 / b, \quad \partial q / \partial b = -a / b^2$ |
# | addition | $a + b$ | $1$ et $1$ |
# | multiplication | $a \cdot b$ | $b$ et $a$ |
#
# Le graphe n'a jamais besoin de la dérivée de la formule entière, seulement de ces petites règles locales.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="5608690a47f4"
# ## 3. La règle de dérivation en chaîne, sur le graphe
#
# Comment l'IMC varie-t-il quand la taille varie ? La taille n'agit sur l'IMC qu'**à travers** taille². La
# **règle de dérivation en chaîne** (*chain rule*) multiplie les dérivées locales le long du chemin :
#
# $$
# \frac{\partial\,\text{IMC}}{\partial\,\text{taille}}
# = \frac{\partial\,\text{IMC}}{\partial\,\text{taille}^2}\cdot\frac{\partial\,\text{taille}^2}{\partial\,\text{taille}}
# = \left(-\frac{\text{masse}}{(\text{taille}^2)^2}\right)\cdot(2\,\text{taille}) = -\frac{2\,\text{masse}}{\text{taille}^3}.
# $$
#
# La **passe arrière** (*backward pass*) fait ce calcul de droite à gauche. On part de la sortie avec
# $\partial\,\text{IMC}/\partial\,\text{IMC} = 1$. Puis, à chaque cercle, on multiplie le gradient qui arrive de la
# droite par la dérivée locale et on transmet le résultat vers la gauche. Le nombre inscrit dans chaque boîte est son
# **gradient** : de combien la sortie finale bouge par unité de cette boîte.

# %% slideshow={"slide_type": ""} translated_from="4092e4706c26"
m, h = 70.0, 1.75
# passe avant : les valeurs, de gauche à droite
h2 = h**2
bmi_value = m / h2

# passe arrière : les gradients, de droite à gauche (chaque ligne = gradient qui arrive x dérivée locale)
grad_bmi = 1.0                            # d IMC / d IMC
grad_h2 = grad_bmi * (-m / h2**2)         # division, par rapport au dénominateur : -a / b²
grad_m = grad_bmi * (1 / h2)              # division, par rapport au numérateur : 1 / b
grad_h = grad_h2 * (2 * h)                # carré : 2h

print(f"IMC = {bmi_value:.2f} kg/m²")
print(f"d IMC / d masse  = {grad_m:+.3f} kg/m² par kg")
print(f"d IMC / d taille = {grad_h:+.2f} kg/m² par m  (= {grad_h / 100:+.3f} par cm)")

# %% slideshow={"slide_type": ""} translated_from="761bb4635d76"
checks.close(grad_h, -2 * m / h**3, tol=1e-9, name="règle de dérivation en chaîne comparée à la formule -2 masse / taille³")
eps = 1e-6
checks.close(grad_h, ((m / (h + eps) ** 2) - (m / (h - eps) ** 2)) / (2 * eps), tol=1e-5,
             name="règle de dérivation en chaîne comparée à une différence finie")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="6a2adcc8a090"
# Autrement dit, à 70 kg et 1,75 m, un kilogramme de plus ajoute 0,33 kg/m² à l'IMC, et un centimètre de plus en
# retire 0,26 kg/m². Le moteur effectue la même passe arrière quand nous appelons `backward()`. Chaque boîte affiche
# maintenant son gradient (« grad ») en dessous :

# %% slideshow={"slide_type": ""} translated_from="58bf60895104"
bmi.backward()
autograd.draw_graph(bmi, digits=3, title="Passe arrière : gradient de l'IMC par rapport à chaque boîte")
plt.show()
checks.close([mass.grad, height.grad], [grad_m, grad_h], tol=1e-9, name="gradients du moteur comparés à notre passe faite à la main")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="c81d8bbe5d1b"
# ### Plusieurs chemins : on additionne
#
# Une valeur alimente souvent **plusieurs** opérations. Prenons la **pression artérielle moyenne** (PAM), estimée à
# partir des pressions systolique (PAS) et diastolique (PAD) par
#
# $$ \text{PAM} = \text{PAD} + \tfrac13\,(\text{PAS} - \text{PAD}) \qquad (\text{en mmHg, normale entre 70 et 100 environ}).$$
#
# La PAD atteint la PAM par **deux chemins** : directement (le « + »), et à travers la différence
# $\text{PAS} - \text{PAD}$ (la *pression pulsée*, ou pression différentielle). De façon générale, quand une valeur
# $x$ atteint la sortie $z$ à travers deux valeurs intermédiaires $y_1$ et $y_2$, son gradient est la **somme** des
# produits le long de chaque chemin :
#
# $$
# \frac{\partial z}{\partial x} = \frac{\partial z}{\partial y_1}\frac{\partial y_1}{\partial x}
# + \frac{\partial z}{\partial y_2}\frac{\partial y_2}{\partial x}
# \qquad\Rightarrow\qquad
# \frac{\partial\,\text{PAM}}{\partial\,\text{PAD}} = \underbrace{1}_{\text{direct}} + \underbrace{\tfrac13\cdot(-1)}_{\text{par la différence}} = \tfrac23 .
# $$

# %% slideshow={"slide_type": ""} translated_from="82b138f04861"
sbp = autograd.Value(120.0, label="PAS (mmHg)")
dbp = autograd.Value(80.0, label="PAD (mmHg)")
pulse_pressure = sbp - dbp
pulse_pressure.label = "PAS - PAD"
third = pulse_pressure / autograd.Value(3.0, label="constante")
third.label = "(PAS - PAD) / 3"
map_value = dbp + third
map_value.label = "PAM (mmHg)"
map_value.backward()

autograd.draw_graph(map_value, digits=3, title="Deux chemins de la PAD à la PAM : leurs contributions s'additionnent")
plt.show()
print(f"PAM = {map_value.data:.1f} mmHg | dPAM/dPAD = {dbp.grad:.4f} | dPAM/dPAS = {sbp.grad:.4f}")

# %% slideshow={"slide_type": ""} translated_from="45ccd75a4bf8"
checks.close([dbp.grad, sbp.grad], [2 / 3, 1 / 3], tol=1e-12, name="gradients de PAM = (2 PAD + PAS) / 3")


# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="926a5b00c832"
# Dans un réseau, cela se produit partout. Chaque entrée alimente tous les neurones de la première couche, et chaque
# neurone caché alimente tous les neurones de la couche suivante. C'est la somme sur les chemins qui permet au
# gradient d'atteindre la première couche à travers toutes les couches qui la suivent.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="cdf678aeb123"
# ## 4. Un petit moteur de différentiation automatique, pas à pas
#
# L'**autograd** (la différentiation automatique, *automatic differentiation*) est la partie de PyTorch qui enregistre
# chaque opération et effectue la passe arrière à notre place. Nous allons en écrire une version miniature, pour des
# nombres isolés, dans l'esprit de *micrograd*, d'Andrej Karpathy. Trois idées suffisent :
#
# 1. une `Value` stocke un nombre (`data`), son gradient (`grad`) et les valeurs à partir desquelles elle a été
#    calculée ;
# 2. chaque opération calcule sa sortie (passe **avant**) et laisse derrière elle une petite fonction qui applique ses
#    dérivées locales (passe **arrière**). Les deux sont écrites côte à côte ;
# 3. `backward()` parcourt le graphe de la sortie vers les entrées et appelle ces petites fonctions dans le bon
#    ordre.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="6e80112a9a0f"
# ### 4.1 La classe `Value` et deux opérations : l'addition et la multiplication
#
# Lisez `__mul__` lentement. La ligne de la passe avant calcule $a \cdot b$. La fonction `_backward`, juste en
# dessous, applique les dérivées locales ($\partial(ab)/\partial a = b$, $\partial(ab)/\partial b = a$) au gradient de
# la sortie. Remarquez le `+=` : si une valeur sert à plusieurs endroits, chaque utilisation **ajoute** sa
# contribution. C'est la somme sur les chemins de la section 3.

# %% slideshow={"slide_type": ""} translated_from="89f4348c49f6"
class Value:
    """Un nombre qui se souvient de la façon dont il a été calculé, pour que les gradients puissent remonter à travers lui."""

    def __init__(self, data, children=(), op="", label=""):
        self.data = float(data)          # la valeur de la passe avant
        self.grad = 0.0                  # d(sortie finale) / d(cette valeur), rempli par backward()
        self._backward = lambda: None    # transmet mon gradient à mes enfants (défini par l'opération)
        self._prev = tuple(children)     # les valeurs à partir desquelles j'ai été calculée
        self._op = op                    # l'opération qui m'a créée (pour le dessin)
        self.label = label

    def __repr__(self):
        name = f"{self.label} " if self.label else ""
        return f"Value({name}data={self.data:.6g}, grad={self.grad:.6g})"

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), "+")       # passe avant :   a + b

        def _backward():                                             # passe arrière : d(a+b)/da = 1, d(a+b)/db = 1
            self.grad += 1.0 * out.grad
            other.grad += 1.0 * out.grad

        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), "×")       # passe avant :   a · b

        def _backward():                                             # passe arrière : d(ab)/da = b, d(ab)/db = a
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="28786a1e2758"
# ### 4.2 D'autres opérations, sur le même modèle
#
# Chaque nouvelle opération se résume, là encore, à *valeur de la passe avant + dérivée locale*. Nous les rattachons à
# la classe une par une, pour que chaque idée tienne dans sa propre cellule. La soustraction et les autres opérations
# de la fin ne demandent aucune nouvelle dérivée : elles sont construites à partir d'opérations que nous avons déjà.

# %% slideshow={"slide_type": ""} translated_from="8af1e154e588"
def _pow(self, k):                                   # a ** k, pour un nombre ordinaire k
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


def _log(self):                                      # logarithme népérien ln(a)
    out = Value(math.log(self.data), (self,), "log")
    def _backward():
        self.grad += (1 / self.data) * out.grad                        # d(ln a)/da = 1/a
    out._backward = _backward
    return out


Value.__pow__, Value.__truediv__, Value.exp, Value.log = _pow, _truediv, _exp, _log


# %% slideshow={"slide_type": ""} translated_from="65600034f1be"
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
        self.grad += (1.0 if self.data > 0 else 0.0) * out.grad        # pente 1 si a > 0, sinon 0
    out._backward = _backward
    return out


Value.sigmoid, Value.tanh, Value.relu = _sigmoid, _tanh, _relu

# raccourcis construits à partir des opérations ci-dessus (aucune nouvelle dérivée)
Value.__neg__ = lambda self: self * -1
Value.__sub__ = lambda self, other: self + (-other if isinstance(other, Value) else Value(-other))
Value.__radd__ = lambda self, other: self + other              # permet d'écrire 1 + v
Value.__rmul__ = lambda self, other: self * other              # permet d'écrire 2 * v
Value.__rsub__ = lambda self, other: Value(other) - self       # permet d'écrire 1 - v


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="5bed195781ce"
# ### 4.3 La passe arrière : l'ordre topologique, puis les règles locales à rebours
#
# Le gradient d'une valeur n'est complet qu'une fois que **toutes** les valeurs calculées à partir d'elle lui ont
# renvoyé leur contribution. Nous commençons donc par ranger les valeurs dans un **ordre topologique** : chaque valeur
# après toutes celles à partir desquelles elle a été calculée (un parcours en profondeur s'en charge). Puis, en
# partant de $\partial\,\text{sortie}/\partial\,\text{sortie} = 1$, nous appelons les règles locales `_backward` dans
# l'ordre **inverse**, de la sortie vers les entrées.

# %% slideshow={"slide_type": ""} translated_from="d2997559a2db"
def backward(self):
    # 1. ordre topologique : chaque valeur apparaît après les valeurs à partir desquelles elle a été calculée
    order, visited = [], set()

    def visit(v):
        if v not in visited:
            visited.add(v)
            for child in v._prev:
                visit(child)
            order.append(v)

    visit(self)
    # 2. partir de d(sortie)/d(sortie) = 1, puis appliquer chaque règle locale, de la sortie vers les entrées
    for v in order:
        v.grad = 0.0
    self.grad = 1.0
    for v in reversed(order):
        v._backward()


Value.backward = backward

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="82d83061228d"
# Une différence avec PyTorch : notre `backward()` remet d'abord chaque gradient à 0. Le `loss.backward()` de PyTorch
# **ajoute** les nouveaux gradients à ceux déjà rangés dans le `.grad` de chaque poids ; le code d'entraînement les
# efface donc avant chaque passe arrière (`zero_grad()`, comme dans la section 1).
#
# C'est tout le moteur. Il doit reproduire exactement les sections 2 et 3 :

# %% slideshow={"slide_type": ""} translated_from="8b5c655bec7a"
mass, height = Value(70.0, label="masse"), Value(1.75, label="taille")
bmi_ours = mass / height**2
bmi_ours.backward()

sbp, dbp = Value(120.0, label="PAS"), Value(80.0, label="PAD")
map_ours = dbp + (sbp - dbp) / 3
map_ours.backward()

print(bmi_ours, mass, height, sep="\n")
checks.close([mass.grad, height.grad], [grad_m, grad_h], tol=1e-12, name="notre moteur sur l'IMC")
checks.close([dbp.grad, sbp.grad], [2 / 3, 1 / 3], tol=1e-12, name="notre moteur sur la PAM (deux chemins)")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="d661a4a8a7a6"
# ### 4.4 Un neurone : la femme en bonne santé du notebook 03
#
# Revenons au neurone de la numération sanguine, avec les poids aléatoires de la diapositive,
# $\mathbf w = (w_0, w_1, w_2, w_3) = (1, 2, 3, -4)$. La patiente est la femme en bonne santé du tableau de la
# diapositive : hématies 4,2 T/L, leucocytes 6,2 G/L, sexe 2 (les diapositives codent 1 = homme, 2 = femme). La
# sortie attendue est $y = 0$ (pas d'alerte), mais $z = 1 + 2 \cdot 4{,}2 + 3 \cdot 6{,}2 - 4 \cdot 2 = 20$ et
# $h = \sigma(20) \approx 0{,}999\,999\,998$ : une fausse alerte, donnée avec une belle assurance.
#
# La perte est l'entropie croisée du notebook 03. Nous l'écrivons directement à partir de $z$ :
# $\text{Loss} = \ln(1 + e^{z}) - y\,z$. C'est exactement $-y \ln h - (1 - y)\ln(1 - h)$ avec $h = \sigma(z)$, mais
# cette écriture évite de calculer $1 - h$ quand $h$ est aussi proche de 1, là où les arrondis ruineraient les
# chiffres. La `BCEWithLogitsLoss` de PyTorch procède de même.
#
# <details><summary>Pourquoi les deux formules sont identiques</summary>
#
# Multipliez le numérateur et le dénominateur de $h = 1/(1 + e^{-z})$ par $e^{z}$ : $h = e^{z}/(1 + e^{z})$, et
# $1 - h = 1/(1 + e^{z})$. Donc $\ln h = z - \ln(1 + e^{z})$ et $\ln(1 - h) = -\ln(1 + e^{z})$. Il vient
# $-y \ln h - (1 - y)\ln(1 - h) = -y\,z + y\ln(1 + e^{z}) + \ln(1 + e^{z}) - y\ln(1 + e^{z}) = \ln(1 + e^{z}) - y\,z$.
# </details>

# %% slideshow={"slide_type": ""} translated_from="0c813068072a"
x_woman = [1.0, 4.2, 6.2, 2.0]                                  # (x0 = 1 pour le biais, hématies, leucocytes, sexe)
w = [Value(v, label=f"w{i}") for i, v in enumerate([1.0, 2.0, 3.0, -4.0])]
y_woman = 0.0                                                   # attendu : pas d'alerte


def neuron_loss(w, x, y):
    z = w[0] * x[0] + w[1] * x[1] + w[2] * x[2] + w[3] * x[3]    # somme pondérée
    z.label = "z"
    return (1 + z.exp()).log() - y * z                          # entropie croisée, écrite à partir de z


loss = neuron_loss(w, x_woman, y_woman)
loss.label = "perte"
loss.backward()
grad_engine = np.array([wi.grad for wi in w])
print(f"perte = {loss.data:.6f}")
print("gradient calculé par notre moteur :", grad_engine.round(6))

# %% slideshow={"slide_type": ""} translated_from="fa287c7dfb5e"
# le même neurone, dessiné avec des entrées nommées (pour y = 0, la perte vaut simplement ln(1 + e^z))
inputs = [Value(4.2, label="hématies"), Value(6.2, label="leucocytes"), Value(2.0, label="sexe")]
w_draw = [Value(v, label=f"w{i}") for i, v in enumerate([1.0, 2.0, 3.0, -4.0])]
z_draw = w_draw[0] + w_draw[1] * inputs[0] + w_draw[2] * inputs[1] + w_draw[3] * inputs[2]
z_draw.label = "z"
exp_z = z_draw.exp()
exp_z.label = "e^z"
loss_draw = (1 + exp_z).log()
loss_draw.label = "perte"
loss_draw.backward()
autograd.draw_graph(loss_draw, digits=3, title="Le neurone de la numération et sa perte (y = 0), après la passe arrière")
plt.show()


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="b99e06f966a4"
# Le gradient vaut $(1, 4{,}2, 6{,}2, 2)$ : la pente de chaque poids est son entrée. C'est la formule
# $(h - y)\,x_i$ du notebook 03, avec $h - y \approx 1$. Le moteur l'a trouvée sans qu'on lui donne la formule.
#
# Place maintenant aux deux vérifications indépendantes du notebook 04 : les **différences finies** (on déplace un
# peu chaque poids) et l'**autograd de PyTorch** en double précision (`float64`). Les trois résultats doivent
# concorder à $10^{-6}$ près.

# %% slideshow={"slide_type": ""} translated_from="b99bb3e201c4"
def neuron_loss_number(w_array):                               # même perte, en nombres ordinaires, pour les différences finies
    return neuron_loss([Value(v) for v in w_array], x_woman, y_woman).data


grad_fd_neuron = gradients.numerical_gradient(neuron_loss_number, np.array([1.0, 2.0, 3.0, -4.0]))

w_t = torch.tensor([1.0, 2.0, 3.0, -4.0], dtype=torch.float64, requires_grad=True)
x_t = torch.tensor(x_woman, dtype=torch.float64)
loss_t = torch.nn.functional.binary_cross_entropy_with_logits(w_t @ x_t, torch.tensor(y_woman, dtype=torch.float64))
loss_t.backward()

print("différences finies :", grad_fd_neuron.round(6))
print("torch.autograd :    ", w_t.grad.numpy().round(6))

# %% slideshow={"slide_type": ""} translated_from="9c0e09007ec2"
checks.close(loss.data, loss_t.item(), tol=1e-9, name="perte, notre moteur comparé à PyTorch")
checks.close(grad_engine, grad_fd_neuron, tol=1e-6, name="gradient du moteur comparé aux différences finies")
checks.close(grad_engine, w_t.grad, tol=1e-6, name="gradient du moteur comparé à torch.autograd")
checks.close(grad_engine, (1 / (1 + math.exp(-20)) - y_woman) * np.array(x_woman), tol=1e-9,
             name="gradient du moteur comparé à la formule (h - y) x du notebook 03")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="9c154d1e8351"
# ### 4.5 Un petit réseau, et quelques pas de descente de gradient
#
# La taille du graphe importe peu au moteur. Voici un réseau à **3 entrées, une couche cachée de 3 neurones tanh et
# 1 neurone de sortie** : $3 \times 3 + 3 = 12$ poids et biais cachés, plus $3 + 1 = 4$ pour la sortie, 16 en tout. Il
# voit les quatre patients du tableau de la diapositive d'origine (hématies, leucocytes, sexe ; alerte oui ou non),
# centrés et mis à l'échelle à la main autour de valeurs typiques, pour que les nombres restent proches de 0.
#
# La perte est la **moyenne** sur les quatre patients. Son gradient est donc la moyenne des gradients des quatre
# patients : un **gradient moyenné sur le lot**, comme dans la descente par mini-lots (*mini-batch*, notebook 04).

# %% slideshow={"slide_type": ""} translated_from="a27367cbba7d"
slide_table = np.array([[3.1, 5.3, 1], [4.2, 6.2, 2], [4.6, 7.5, 2], [1.9, 4.4, 2]])   # hématies, leucocytes, sexe
y_slide = [1.0, 0.0, 0.0, 1.0]                                                           # alerte ?
X_slide = (slide_table - [4.5, 7.0, 1.5]) / [1.0, 3.0, 1.0]                              # centrés, mis à l'échelle à la main

rng = np.random.default_rng(0)
W1 = [[Value(rng.normal(0, 0.8), label=f"W1[{i},{j}]") for j in range(3)] for i in range(3)]  # entrée i -> neurone caché j
b1 = [Value(0.0, label=f"b1[{j}]") for j in range(3)]
W2 = [Value(rng.normal(0, 0.8), label=f"W2[{j}]") for j in range(3)]                         # neurone caché j -> sortie
b2 = Value(0.0, label="b2")
params = [p for row in W1 for p in row] + b1 + W2 + [b2]


def tiny_network(x):
    hidden = [(b1[j] + sum(W1[i][j] * x[i] for i in range(3))).tanh() for j in range(3)]
    return b2 + sum(W2[j] * hidden[j] for j in range(3))             # la somme pondérée z de la sortie (un logit)


def mean_loss(X, y):
    losses = [(1 + z.exp()).log() - t * z for z, t in ((tiny_network(x), t) for x, t in zip(X, y))]
    return sum(losses) / len(losses)


batch_loss = mean_loss(X_slide, y_slide)
batch_loss.backward()
grad_net = np.array([p.grad for p in params])
print(f"{len(params)} poids | perte moyenne = {batch_loss.data:.4f}")


# %% slideshow={"slide_type": ""} translated_from="d50b13c6bfdc"
def loss_of_vector(theta):                                  # différences finies : fixer les poids, recalculer
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

checks.close(grad_net, grad_fd_net, tol=1e-6, name="16 gradients : moteur comparé aux différences finies")
checks.close(grad_net, grad_torch_net, tol=1e-6, name="16 gradients : moteur comparé à torch.autograd")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="a86816381a8c"
# Réunissons maintenant **rétropropagation et descente de gradient**. Chaque pas effectue la passe avant, puis
# `backward()` (la rétropropagation : chaque `p.grad`), puis déplace chaque poids dans le sens opposé à son gradient
# (la descente de gradient).

# %% slideshow={"slide_type": ""} translated_from="ca8a654a2cdd"
engine_losses = []
for _step in range(60):
    batch_loss = mean_loss(X_slide, y_slide)    # passe avant
    batch_loss.backward()                       # rétropropagation : les gradients
    for p in params:                            # descente de gradient : on s'en sert
        p.data -= 0.5 * p.grad
    engine_losses.append(batch_loss.data)

probabilities = [tiny_network(x).sigmoid().data for x in X_slide]
fig, ax = plt.subplots(figsize=(6.5, 3.2))
ax.plot(np.arange(1, 61), engine_losses, color=plotting.SERIES_COLORS[0])
ax.set(xlabel="pas de descente de gradient", ylabel="entropie croisée moyenne (sans unité)", ylim=(0, None),
       title="Notre moteur + la descente de gradient apprennent les 4 patients")
plt.show()
print("probabilité d'une alerte :", np.round(probabilities, 3), "| attendu :", y_slide)

# %% slideshow={"slide_type": ""} translated_from="5b3f61ee9ee5"
checks.true(engine_losses[-1] < 0.1 * engine_losses[0], "la perte moyenne est tombée à moins du dixième de sa valeur de départ")
checks.true(np.array_equal(np.array(probabilities) > 0.5, np.array(y_slide) == 1),
            "après l'entraînement, le réseau donne l'alerte pour les deux patients aux globules rouges bas, et eux seuls")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="756421fa2b78"
# Quatre patients ne prouvent rien sur le plan clinique : un réseau de 16 poids peut les apprendre par cœur
# (surapprentissage, notebook 06). L'intérêt est ailleurs, dans le mécanisme. C'est ainsi qu'apprend chaque réseau de
# ce cours, simplement avec des tenseurs au lieu de nombres isolés.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="286d05db1299"
# ## 5. À vous : un poids, sa pente et la chaîne qui se cache derrière
#
# Revenons à la femme en bonne santé et au neurone de la section 4.4. Le curseur déplace le poids des hématies
# $w_1$ ; les autres poids restent à $(1, \cdot, 3, -4)$. Les boutons choisissent la sortie attendue $y$.
#
# - **À gauche :** la perte en fonction de $w_1$. La droite en pointillés est la tangente, dont la pente est le
#   gradient $\partial\,\text{Loss}/\partial w_1$ calculé par le `backward()` de notre moteur. Une pente positive
#   signifie « diminuez $w_1$ ».
# - **À droite :** les trois dérivées locales que multiplie la règle de dérivation en chaîne :
#   $\dfrac{\partial\,\text{Loss}}{\partial w_1} = \dfrac{\partial\,\text{Loss}}{\partial h}\cdot\dfrac{\partial h}{\partial z}\cdot\dfrac{\partial z}{\partial w_1}$.
#   Chaque barre s'arrête à la taille de son facteur, sur une échelle logarithmique. Une barre qui s'arrête à gauche
#   du trait gris placé à 1 réduit le produit ; une barre qui s'arrête à droite l'agrandit. Les valeurs, avec leur
#   signe, s'affichent sous la figure.
#
# Essayez un grand $w_1$ avec $y = 0$. Le neurone se trompe avec assurance : la pente de la sigmoïde
# $\partial h/\partial z$ devient minuscule, mais le $\partial\,\text{Loss}/\partial h$ de l'entropie croisée devient
# énorme, et les deux se compensent. Le gradient reste utile. Voilà pourquoi l'entropie croisée est la perte de
# référence en classification.

# %% slideshow={"slide_type": ""} translated_from="200788a47dd2"
W_OTHERS = (1.0, 3.0, -4.0)                                   # w0, w2, w3 comme sur la diapositive
w1_axis = np.linspace(-4, 3, 300)


def neuron_at(w1, target):
    # perte, gradient (par notre moteur) et les trois facteurs de la règle de dérivation en chaîne pour la femme en bonne santé
    weights = [Value(W_OTHERS[0]), Value(w1), Value(W_OTHERS[1]), Value(W_OTHERS[2])]
    loss = neuron_loss(weights, x_woman, target)
    loss.backward()
    z = sum(wi * xi for wi, xi in zip((W_OTHERS[0], w1, *W_OTHERS[1:]), x_woman))
    h = 1 / (1 + math.exp(-z))
    dloss_dh = (h - target) / (h * (1 - h))                   # d'après Loss = -y ln h - (1 - y) ln(1 - h)
    factors = [dloss_dh, h * (1 - h), x_woman[1]]             # dLoss/dh, dh/dz = σ'(z), dz/dw1 = x1
    return loss.data, weights[1].grad, factors, z, h


def loss_curve(target):
    z_axis = W_OTHERS[0] + w1_axis * x_woman[1] + W_OTHERS[1] * x_woman[2] + W_OTHERS[2] * x_woman[3]
    return np.logaddexp(0, z_axis) - target * z_axis            # ln(1 + e^z) - y z, calculé sans débordement


fig = widgets.new_figure(figsize=(9.0, 3.6))
ax_loss, ax_chain = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1.15, 1]})
(curve,) = ax_loss.plot(w1_axis, loss_curve(0.0), color=plotting.SERIES_COLORS[0], label="perte")
(tangent,) = ax_loss.plot([], [], color=plotting.SERIES_COLORS[1], linestyle="--", label="tangente (pente = gradient)")
(point,) = ax_loss.plot([], [], "o", color="black", markersize=7, clip_on=False)   # entier, même aux extrémités
ax_loss.set(xlim=(-4, 3), ylim=(-1, 26), xlabel="poids des hématies $w_1$ (par T/L)",
            ylabel="entropie croisée (sans unité)", title="Perte d'une patiente et sa pente")
ax_loss.legend(loc="upper left")
names = [r"$\partial$Loss/$\partial h$", r"$\partial h/\partial z$ = σ'(z)", r"$\partial z/\partial w_1$ = $x_1$",
         r"produit : $\partial$Loss/$\partial w_1$"]
bars = ax_chain.barh(range(4), [1, 1, 1, 1], left=1e-12, color=[plotting.SERIES_COLORS[i] for i in (3, 0, 1, 2)])
ax_chain.set_xscale("log")
ax_chain.set(xlim=(1e-12, 1e12), ylim=(3.6, -0.6), yticks=range(4), yticklabels=names,
             xlabel="taille du facteur (échelle log)", title="La chaîne, facteur par facteur")
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
    n = i18n.number                                  # 0.5 en anglais, 0,5 en français
    return (f"z = {n(z, '.2f')} | h = σ(z) = {n(h, '.9f')} | perte = {n(loss_value, '.4f')}<br>"
            f"dLoss/dh = {n(factors[0], '+.3g')} × dh/dz = {n(factors[1], '.3g')} × dz/dw1 = {n(factors[2], '.3g')} "
            f"→ gradient dLoss/dw1 = {n(grad, '+.4f')}")


live = widgets.LiveFigure(fig, update, main=True,
                          dynamic=[curve, tangent, point, *bars],
                          w1=widgets.slider(2.0, -4.0, 3.0, 0.05, description="poids des hématies w1"),
                          target=ToggleButtons(options=[("y = 0 (pas d'alerte attendue)", 0.0),
                                                        ("y = 1 (alerte attendue)", 1.0)], value=0.0))
live

# %% slideshow={"slide_type": ""} translated_from="8868afaf0554"
live.set(w1=2.0, target=0.0)
_, grad_start, factors_start, _, _ = neuron_at(2.0, 0.0)
checks.close(grad_start, 4.2, tol=1e-6, name="gradient avec les poids de la diapositive (erreur commise avec assurance : environ x1)")
checks.true(factors_start[1] < 1e-8 < 1e8 < factors_start[0],
            "la pente de la sigmoïde est minuscule et dLoss/dh est énorme : ils se compensent dans le produit")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="7de504485dd3"
# ## 6. La rétropropagation sous forme matricielle : un réseau à 2 couches en NumPy
#
# Notre moteur traite un nombre à la fois : parfait pour comprendre, bien trop lent pour de vraies données. Les vraies
# bibliothèques travaillent sur des **matrices** entières (des tableaux de nombres) : tous les patients d'un lot et
# tous les neurones d'une couche à la fois. Les règles sont les mêmes. Seule la comptabilité change.
#
# Prenons un lot de $n$ patients ayant chacun $d$ mesures, et une couche cachée de $m$ neurones. $X$ est le tableau des
# mesures, une ligne par patient ($n \times d$ : $n$ lignes, $d$ colonnes), et $X[k, i]$ est la mesure $i$ du
# patient $k$. $W_1$ ($d \times m$) contient les poids de la première couche : $W_1[i, j]$ relie l'entrée $i$ au
# neurone caché $j$. $X W_1$ est le produit matriciel du notebook 02 : son coefficient $(k, j)$ vaut
# $\sum_i X[k, i]\,W_1[i, j]$, la somme pondérée du neurone caché $j$ pour le patient $k$. Ajouter la ligne des biais
# $b_1$ ajoute $b_1[j]$ à la colonne $j$, pour chaque patient.
#
# $$
# \underbrace{Z_1}_{n\times m} = X W_1 + b_1,\qquad H = \text{ReLU}(Z_1),\qquad
# \underbrace{z_2}_{n\times 1} = H W_2 + b_2,\qquad p = \sigma(z_2),\qquad
# \text{Loss} = \frac1n \sum_{k=1}^{n} \text{CE}(y[k], p[k]).
# $$
#
# $H$ contient les sorties des neurones cachés, $z_2$ la somme pondérée du neurone de sortie et $p$ sa probabilité
# d'alerte, une par patient ; $y[k]$ vaut 1 si le patient $k$ a une alerte, 0 sinon. ReLU et $\sigma$ agissent sur
# chaque coefficient séparément. $\text{CE}(y, p) = -y\ln p - (1 - y)\ln(1 - p)$ est l'entropie croisée (*cross-entropy*,
# d'où CE) du notebook 03 : la perte est donc sa moyenne sur les $n$ patients.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="ab5180656297"
# ### La passe arrière, coefficient par coefficient
#
# Chaque formule est la règle de dérivation en chaîne de la section 3. Suivons un patient $k$ et un neurone caché $j$,
# de la sortie vers l'entrée :
#
# 1. **La sortie.** Pour une sigmoïde avec l'entropie croisée, le notebook 03 a multiplié
#    $\partial\,\text{Loss}/\partial h$ par $\partial h/\partial z$ et obtenu $h - y$ (ici $p - y$) : la pente de la
#    perte d'un patient par rapport à la somme pondérée. La moyenne sur $n$ patients ajoute un facteur $1/n$. Nous
#    appelons ce gradient $\delta_2$ (« delta 2 ») : $\delta_2[k] = \partial\,\text{Loss}/\partial z_2[k] = (p[k] - y[k])/n$.
# 2. **Les poids de sortie.** $W_2[j]$ entre dans la somme $z_2[k]$ de chaque patient, multiplié par $H[k, j]$ : un
#    chemin par patient, donc les chemins s'additionnent. $\partial\,\text{Loss}/\partial W_2[j] = \sum_k H[k, j]\,\delta_2[k]$.
#    Le biais $b_2$ est multiplié par 1 : $\partial\,\text{Loss}/\partial b_2 = \sum_k \delta_2[k]$.
# 3. **Retour aux valeurs cachées.** $H[k, j]$ n'atteint la perte qu'à travers $z_2[k]$, multiplié par $W_2[j]$ :
#    $\partial\,\text{Loss}/\partial H[k, j] = \delta_2[k]\,W_2[j]$.
# 4. **À travers ReLU.** Sa pente vaut 1 là où $Z_1[k, j] > 0$ et 0 ailleurs :
#    $\delta_1[k, j] = \partial\,\text{Loss}/\partial Z_1[k, j] = \partial\,\text{Loss}/\partial H[k, j]$ si
#    $Z_1[k, j] > 0$, et 0 sinon.
# 5. **Les poids de la première couche.** $W_1[i, j]$ entre dans $Z_1[k, j]$ de chaque patient, multiplié par
#    $X[k, i]$ : $\partial\,\text{Loss}/\partial W_1[i, j] = \sum_k X[k, i]\,\delta_1[k, j]$, et
#    $\partial\,\text{Loss}/\partial b_1[j] = \sum_k \delta_1[k, j]$.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="229fad505233"
# ### La même passe arrière sous forme matricielle
#
# Écrivons-la pour tous les coefficients à la fois. Deux notations de plus : $A^\top$ est la **transposée** du
# notebook 02 (la ligne $j$ de $A^\top$ est la colonne $j$ de $A$), et $\odot$ multiplie deux tableaux de même forme
# coefficient par coefficient. $\mathbb{1}[Z_1 > 0]$ est le tableau qui vaut 1 là où $Z_1 > 0$ et 0 ailleurs.
#
# $$
# \begin{aligned}
# \delta_2 &= \frac{\partial\,\text{Loss}}{\partial z_2} = \frac{p - y}{n} && (n\times1)\ \text{étape 1}\\
# \frac{\partial\,\text{Loss}}{\partial W_2} &= H^\top \delta_2, \qquad \frac{\partial\,\text{Loss}}{\partial b_2} = \textstyle\sum_k \delta_2[k] && (m\times 1),\ (1)\ \text{étape 2}\\
# \frac{\partial\,\text{Loss}}{\partial H} &= \delta_2\, W_2^\top && (n\times m)\ \text{étape 3 (retour à travers les poids)}\\
# \delta_1 &= \frac{\partial\,\text{Loss}}{\partial H} \odot \mathbb{1}[Z_1 > 0] && (n\times m)\ \text{étape 4 (retour à travers ReLU)}\\
# \frac{\partial\,\text{Loss}}{\partial W_1} &= X^\top \delta_1, \qquad \frac{\partial\,\text{Loss}}{\partial b_1[j]} = \textstyle\sum_k \delta_1[k, j] && (d\times m),\ (m)\ \text{étape 5}
# \end{aligned}
# $$
#
# Le coefficient $j$ de $H^\top\delta_2$ vaut $\sum_k H[k, j]\,\delta_2[k]$, exactement l'étape 2 ; le coefficient
# $(i, j)$ de $X^\top\delta_1$ est l'étape 5. Deux règles de bon sens en découlent : chaque gradient a **la forme de
# son paramètre**, et les produits $H^\top\delta_2$ et $X^\top\delta_1$ **somment sur les patients du lot**. Chaque
# poids sert une fois par patient : c'est encore la somme sur les chemins, et le $1/n$ de $\delta_2$ en fait une
# moyenne sur le lot.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="7e699f2ab368"
# Les données : les 1 000 numérations synthétiques du notebook 03, avec l'alerte **complète** (hématies, leucocytes
# ou hémoglobine en dehors de l'intervalle de référence propre à chaque sexe). C'est le problème en forme de boîte
# qu'un seul neurone ne savait pas apprendre. Quatre entrées (hématies, leucocytes, hémoglobine, sexe), standardisées
# avec les statistiques des patients d'entraînement.
#
# Comme dans le notebook 03, les patients sont répartis en trois groupes, chacun avec un seul rôle :
#
# - 60 % pour l'**entraînement** : le réseau apprend ses poids sur eux ;
# - 20 % pour la **validation** : ils servent à faire tous les choix (ici, quand arrêter l'entraînement et quel essai
#   garder) ;
# - 20 % pour le **test** : consultés une seule fois, tout à la fin, pour mesurer ce que vaut le réseau retenu sur
#   des patients qui n'ont pesé sur aucun choix.

# %% slideshow={"slide_type": ""} translated_from="b4820993a268"
blood = load_blood_counts()
features = ["red_cells", "white_cells", "haemoglobin", "sex"]
X_all, y_all = blood[features].to_numpy(), blood["alert"].to_numpy()
order = np.random.default_rng(0).permutation(len(blood))
train_idx, val_idx, test_idx = order[:600], order[600:800], order[800:]
X_train, X_val, X_test = training.standardize(X_all[train_idx], X_all[val_idx], X_all[test_idx])
y_train, y_val, y_test = y_all[train_idx], y_all[val_idx], y_all[test_idx]
print(f"entraînement {X_train.shape}, validation {X_val.shape}, test {X_test.shape} | alertes : {y_train.mean():.0%} "
      f"des patients d'entraînement, {y_val.mean():.0%} de validation, {y_test.mean():.0%} de test")


# %% slideshow={"slide_type": ""} translated_from="8612a180be3e"
def init_params(n_inputs, n_hidden, seed=0):
    rng = np.random.default_rng(seed)
    return {"W1": rng.normal(0, np.sqrt(2 / n_inputs), (n_inputs, n_hidden)), "b1": np.zeros(n_hidden),
            "W2": rng.normal(0, np.sqrt(1 / n_hidden), (n_hidden, 1)), "b2": np.zeros(1)}


def forward_pass(net, X):
    Z1 = X @ net["W1"] + net["b1"]              # (n, m) sommes pondérées des neurones cachés
    H = np.maximum(Z1, 0)                       # (n, m) ReLU
    z2 = H @ net["W2"] + net["b2"]              # (n, 1) somme pondérée du neurone de sortie
    p = 1 / (1 + np.exp(-z2))                   # (n, 1) probabilité d'une alerte
    return p, (X, Z1, H)


def mean_cross_entropy(p, y):
    p, y = np.clip(p.ravel(), 1e-12, 1 - 1e-12), y.ravel()
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def backward_pass(net, p, cache, y):
    X, Z1, H = cache
    delta2 = (p - y.reshape(-1, 1)) / len(X)    # (n, 1) dLoss/dz2                               étape 1
    grads = {"W2": H.T @ delta2,                # (m, 1)                                         étape 2
             "b2": delta2.sum(axis=0)}          # (1,)
    dH = delta2 @ net["W2"].T                   # (n, m) retour à travers les poids de sortie    étape 3
    delta1 = dH * (Z1 > 0)                      # (n, m) retour à travers ReLU                   étape 4
    grads["W1"] = X.T @ delta1                  # (d, m)                                         étape 5
    grads["b1"] = delta1.sum(axis=0)            # (m,)
    return grads


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="dedf660b4837"
# **Vérification avec PyTorch.** Mêmes poids, mêmes 64 patients, double précision. L'autograd de PyTorch ignore tout
# de nos formules : si les résultats concordent à $10^{-10}$ près, c'est que les formules sont justes.

# %% slideshow={"slide_type": ""} translated_from="e8a57bdc58af"
params_check = init_params(4, 16, seed=3)
p_batch, cache_batch = forward_pass(params_check, X_train[:64])
grads_numpy = backward_pass(params_check, p_batch, cache_batch, y_train[:64])

tensors = {k: torch.tensor(v, requires_grad=True) for k, v in params_check.items()}
X_t, y_t = torch.tensor(X_train[:64]), torch.tensor(y_train[:64], dtype=torch.float64).reshape(-1, 1)
logits = torch.relu(X_t @ tensors["W1"] + tensors["b1"]) @ tensors["W2"] + tensors["b2"]
torch.nn.functional.binary_cross_entropy_with_logits(logits, y_t).backward()

for name in ("W1", "b1", "W2", "b2"):
    print(f"{name} : forme {grads_numpy[name].shape}, plus grand écart "
          f"{np.abs(grads_numpy[name] - tensors[name].grad.numpy()).max():.1e}")

# %% slideshow={"slide_type": ""} translated_from="cad43118e245"
for name in ("W1", "b1", "W2", "b2"):
    checks.close(grads_numpy[name], tensors[name].grad, tol=1e-10, name=f"dLoss/d{name}, NumPy comparé à PyTorch")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="807f7029ad92"
# **Entraînement.** Descente de gradient par mini-lots (notebook 04) avec notre passe arrière : 12 lots de
# 50 patients par **époque** (un passage complet sur le jeu d'entraînement), un taux d'apprentissage de 0,5, au plus
# 150 époques. Après chaque époque, nous calculons la perte moyenne sur les patients d'entraînement et sur ceux de
# validation, et nous gardons les poids de l'époque où la perte de **validation** est la plus basse. C'est l'**arrêt
# précoce** (*early stopping*) : il protège du **surapprentissage**, où les époques suivantes collent mieux aux
# patients d'entraînement, mais moins bien aux nouveaux patients. Le seuil d'alerte reste fixé d'avance à 50 %.
#
# Le résultat pourrait tenir à la chance : aux poids de départ et à l'ordre des lots. Nous entraînons donc 5 fois,
# avec 5 graines (*seeds*) différentes, et regardons la dispersion. À côté des réseaux, nous plaçons deux modèles de
# référence simples, jugés sur les mêmes patients de validation : « aucune alerte » (ne jamais donner l'alerte), et
# le neurone seul du notebook 03 (une régression logistique sur les quatre mêmes entrées).

# %% slideshow={"slide_type": ""} translated_from="d0a735924f2c"
def train_network(seed, n_hidden=16, epochs=150, learning_rate=0.5):
    # descente de gradient par mini-lots avec notre passe arrière ; garde l'époque à la plus faible perte de validation
    net = init_params(4, n_hidden, seed=seed)
    rng = np.random.default_rng(seed + 1)                                 # l'ordre des lots
    history = {"train_loss": [], "val_loss": []}
    best = {"val_loss": np.inf}
    for epoch in range(1, epochs + 1):
        for batch in np.array_split(rng.permutation(len(X_train)), 12):
            p_b, cache_b = forward_pass(net, X_train[batch])
            grads = backward_pass(net, p_b, cache_b, y_train[batch])     # rétropropagation : les gradients
            for name in net:
                net[name] -= learning_rate * grads[name]                 # descente de gradient : la mise à jour
        history["train_loss"].append(mean_cross_entropy(forward_pass(net, X_train)[0], y_train))
        history["val_loss"].append(mean_cross_entropy(forward_pass(net, X_val)[0], y_val))
        if history["val_loss"][-1] < best["val_loss"]:                   # arrêt précoce : mémoriser la meilleure époque
            best = {"val_loss": history["val_loss"][-1], "epoch": epoch,
                    "weights": {name: value.copy() for name, value in net.items()}}
    return best, history


def predict_alert(net, X):
    return (forward_pass(net, X)[0].ravel() >= 0.5).astype(int)         # alerte quand la probabilité est >= 50 %


SEEDS = range(5)
runs = {seed: train_network(seed) for seed in SEEDS}
lone_neuron = LogisticRegression(C=np.inf, max_iter=1000).fit(X_train, y_train)     # le neurone du notebook 03

val_scores = {seed: metrics.binary_metrics(y_val, predict_alert(best["weights"], X_val))
              for seed, (best, _) in runs.items()}
neuron_val = metrics.binary_metrics(y_val, lone_neuron.predict(X_val))
print("patients de validation :")
for seed, (best, run_history) in runs.items():
    print(f"{f'réseau, graine {seed}':16} | sensibilité {val_scores[seed]['sensitivity']:6.1%} | spécificité "
          f"{val_scores[seed]['specificity']:6.1%} | époque retenue : {best['epoch']} sur {len(run_history['val_loss'])}")
print(f"{'neurone seul':16} | sensibilité {neuron_val['sensitivity']:6.1%} | spécificité "
      f"{neuron_val['specificity']:6.1%}")
print(f"{'aucune alerte':16} | sensibilité {0:6.1%} | spécificité {1:6.1%} | exactitude {1 - y_val.mean():.1%} "
      f"(la part de numérations normales)")
net_sensitivity = [val_scores[seed]["sensitivity"] for seed in SEEDS]
net_specificity = [val_scores[seed]["specificity"] for seed in SEEDS]
print(f"réseaux sur {len(SEEDS)} graines : sensibilité de {min(net_sensitivity):.1%} à {max(net_sensitivity):.1%}, "
      f"spécificité de {min(net_specificity):.1%} à {max(net_specificity):.1%}")

# %% slideshow={"slide_type": ""} translated_from="d44e5bbc7850"
checks.true(min(net_sensitivity) > neuron_val["sensitivity"] + 0.2,
            "sur les patients de validation, le réseau de chaque graine a une sensibilité supérieure d'au moins 20 points à celle du neurone seul")
checks.true(min(net_specificity) >= neuron_val["specificity"] - 0.05,
            "… sans signaler nettement plus de numérations normales (spécificité à 5 points près, ou meilleure)")
checks.true(max(net_sensitivity) - min(net_sensitivity) < 0.1, "l'écart entre graines est inférieur à 10 points")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="d89964586119"
# Chaque graine donne un réseau qui détecte bien plus d'alertes de validation que le neurone seul, et l'écart est bien
# plus grand que la dispersion entre graines : c'est la couche cachée, et non la chance, qui fait la différence. Nous
# gardons l'essai dont la perte de validation est la plus basse, et c'est seulement maintenant que nous regardons les
# patients de test, une seule fois.

# %% slideshow={"slide_type": ""} translated_from="d49ca2fcb284"
chosen_seed = min(runs, key=lambda seed: runs[seed][0]["val_loss"])      # choisie sur les seules données de validation
best, history = runs[chosen_seed]
trained_params = best["weights"]

pred_test = predict_alert(trained_params, X_test)                         # les patients de test : utilisés une seule fois, ici
m_scratch = metrics.binary_metrics(y_test, pred_test)
m_neuron = metrics.binary_metrics(y_test, lone_neuron.predict(X_test))

fig, axes = plt.subplots(1, 2, figsize=(10.5, 3.8), gridspec_kw={"width_ratios": [1.5, 1]})
epochs = np.arange(1, len(history["train_loss"]) + 1)
axes[0].plot(epochs, history["train_loss"], color=plotting.SERIES_COLORS[0], label="patients d'entraînement")
axes[0].plot(epochs, history["val_loss"], color=plotting.SERIES_COLORS[1], label="patients de validation")
axes[0].axvline(best["epoch"], color="0.3", linestyle=":", label=f"retenue : époque {best['epoch']}")
axes[0].set(xlabel="époque", ylabel="entropie croisée moyenne (sans unité)", ylim=(0, None),
            title=f"Réseau écrit à partir de zéro, graine {chosen_seed} : courbes d'apprentissage")
axes[0].legend()
plotting.plot_confusion(y_test, pred_test, ax=axes[1], class_names=("pas d'alerte", "alerte"),
                        title="Patients de test (consultés une seule fois)")
plt.show()
print(f"test, réseau :        exactitude {m_scratch['accuracy']:.1%} | sensibilité {m_scratch['sensitivity']:.1%} | "
      f"spécificité {m_scratch['specificity']:.1%}")
print(f"test, neurone seul :  exactitude {m_neuron['accuracy']:.1%} | sensibilité {m_neuron['sensitivity']:.1%} | "
      f"spécificité {m_neuron['specificity']:.1%}")
print(f"test, aucune alerte : exactitude {1 - y_test.mean():.1%} | sensibilité 0.0% | spécificité 100.0%")

# %% slideshow={"slide_type": ""} translated_from="3281510bb0f4"
checks.true(history["train_loss"][best["epoch"] - 1] < 0.15 * history["train_loss"][0],
            "à l'époque retenue, la perte d'entraînement a baissé de plus de 85 % depuis la première époque")
checks.between(m_scratch["sensitivity"], 0.9, 1.0, name="sensibilité de l'alerte complète (test)")
checks.between(m_scratch["specificity"], 0.9, 1.0, name="spécificité de l'alerte complète (test)")
checks.true(m_scratch["sensitivity"] > m_neuron["sensitivity"] + 0.2,
            "sur les patients de test aussi, le réseau détecte bien plus d'alertes que le neurone seul")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="ccb570b73375"
# Les courbes d'apprentissage (à gauche) ne montrent ici aucun surapprentissage : la perte de validation baisse encore
# lentement à l'époque 150, avec un peu de bruit, et les époques retenues affichées plus haut arrivent tard dans
# l'entraînement. L'époque retenue est simplement le meilleur point d'un plateau bruité. L'arrêt précoce montre son
# utilité quand l'entraînement dure assez longtemps pour surapprendre (notebook 06).

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="0cdbc1bd9e22"
# Avec une seule couche cachée de 16 neurones, le réseau apprend l'alerte en forme de boîte qui avait mis en échec le
# neurone seul du notebook 03 : sensibilité et spécificité toutes deux supérieures à 90 % sur des patients de test qui
# n'ont pesé sur aucun choix, là où le neurone seul manque la plupart des alertes. Le notebook 06 explique *pourquoi*
# les couches cachées en sont capables. Où se situent les erreurs restantes ? Pour chacune, voici la mesure la plus
# proche d'une limite de son intervalle de référence :

# %% slideshow={"slide_type": ""} translated_from="7a28fce10b7e"
def closest_limit(patient):
    # (distance en part de la largeur de l'intervalle normal, texte) pour la mesure la plus proche de l'une de ses limites
    sex = int(patient["sex"])
    candidates = []
    for name, shown, unit in (("red_cells", "hématies", "T/L"), ("white_cells", "leucocytes", "G/L"),
                              ("haemoglobin", "hémoglobine", "g/dL")):
        low, high = REFERENCE_RANGES[name][sex]
        limit = low if abs(patient[name] - low) < abs(patient[name] - high) else high
        text = f"{shown} {patient[name]:.1f} {unit} (limite {limit:.1f})"
        candidates.append((abs(patient[name] - limit) / (high - low), text))
    return min(candidates)


test_patients = blood.iloc[test_idx].reset_index(drop=True)
closeness = np.array([closest_limit(patient)[0] for _, patient in test_patients.iterrows()])
for k in np.flatnonzero(pred_test != y_test):
    patient = test_patients.iloc[k]
    verdict = "alerte manquée " if y_test[k] == 1 else "fausse alerte  "
    print(f"{verdict}| {'homme' if patient['sex'] == 1 else 'femme'} | la plus proche : {closest_limit(patient)[1]}")
errors = pred_test != y_test
print(f"distance à la limite la plus proche (en part de la largeur de l'intervalle normal) : erreurs, médiane "
      f"{np.median(closeness[errors]):.0%} ; ensemble des patients de test, médiane {np.median(closeness):.0%}")
checks.true(np.median(closeness[errors]) < 0.5 * np.median(closeness),
            "les erreurs du réseau portent sur des valeurs bien plus proches d'une limite de référence que chez le patient typique")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="a7e1ea0a8397"
# Les erreurs portent sur des numérations à la limite de la normale : chacune a une valeur proche d'une borne de son intervalle, bien
# plus proche que chez le patient de test typique (les deux médianes affichées plus haut). Dans cette zone, deux
# patients presque identiques peuvent porter des étiquettes différentes, et une petite erreur de mesure suffirait à
# inverser l'étiquette elle-même.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="bae7e8f87a06"
# ## 7. L'évanouissement du gradient : pourquoi les réseaux profonds à sigmoïdes apprennent lentement
#
# La passe arrière **multiplie** les dérivées locales, couche après couche. Avec une sigmoïde, la pente locale de
# chaque neurone vaut $\sigma'(z) = \sigma(z)(1 - \sigma(z)) \le 0{,}25$. À travers $L$ couches, le gradient qui
# atteint la première couche accumule $L$ facteurs de ce type et rétrécit à peu près comme $0{,}25^L$. Pour $L = 10$,
# cela fait environ $10^{-6}$. Les premières couches ne bougent alors presque plus : c'est le problème de
# l'**évanouissement du gradient** (*vanishing gradient*). C'est l'une des raisons pour lesquelles les réseaux
# profonds étaient difficiles à entraîner avant 2010 environ.
#
# La pente de ReLU vaut exactement 1 partout où le neurone est actif. Avec une échelle de départ adaptée pour les poids
# aléatoires, le gradient garde à peu près sa taille d'une couche à l'autre. Pour ReLU, cette échelle est
# l'**initialisation de He** (des poids aléatoires d'écart-type $\sqrt{2/\text{entrées}}$, où « entrées » désigne le
# nombre d'entrées de la couche) ; pour tanh, dont la pente atteint 1 en 0, c'est l'**initialisation de Glorot** (un
# écart-type de $\sqrt{2/(\text{entrées} + \text{sorties})}$), que nous accordons aussi à la sigmoïde, pour être
# équitables.
#
# Nous mesurons la **taille** du gradient d'une couche par sa **norme** : la racine carrée de la somme des carrés de
# tous ses coefficients (le théorème de Pythagore, avec autant de directions que la couche a de poids).

# %% slideshow={"slide_type": ""} translated_from="a060f620b48a"
X_train_t = torch.tensor(X_train)
y_train_t = torch.tensor(y_train, dtype=torch.float64).reshape(-1, 1)
ACTIVATION_LAYERS = {"sigmoïde": torch.nn.Sigmoid, "tanh": torch.nn.Tanh, "ReLU": torch.nn.ReLU}


def gradient_per_layer(activation, depth, width=16, seed=0):
    # taille (norme) de dLoss/dW pour chaque couche cachée d'un réseau neuf, la première couche d'abord
    torch.manual_seed(seed)
    layers, n_in = [], X_train_t.shape[1]
    for _ in range(depth):
        linear = torch.nn.Linear(n_in, width).double()
        if activation == "ReLU":
            torch.nn.init.kaiming_normal_(linear.weight, nonlinearity="relu")    # initialisation de He
        else:
            torch.nn.init.xavier_normal_(linear.weight)                          # initialisation de Glorot
        torch.nn.init.zeros_(linear.bias)
        layers += [linear, ACTIVATION_LAYERS[activation]()]
        n_in = width
    net = torch.nn.Sequential(*layers, torch.nn.Linear(width, 1).double())
    torch.nn.functional.binary_cross_entropy_with_logits(net(X_train_t), y_train_t).backward()
    return np.array([layer.weight.grad.norm().item() for layer in net[:-1] if isinstance(layer, torch.nn.Linear)])


MAX_DEPTH = 15
grad_sizes = {(act, depth): gradient_per_layer(act, depth)
              for act in ACTIVATION_LAYERS for depth in range(2, MAX_DEPTH + 1)}

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="9f9cb590c66f"
# Le widget montre la taille du gradient qui atteint chaque couche cachée d'un réseau tout juste initialisé, avant tout
# entraînement. La couche 1 est à côté de l'entrée, la dernière à côté de la sortie. Changez la profondeur et la
# fonction d'activation.

# %% slideshow={"slide_type": ""} translated_from="47455d38033f"
fig = widgets.new_figure(figsize=(8.5, 3.8))
ax = fig.subplots()
layer_bars = ax.bar(np.arange(1, MAX_DEPTH + 1), np.ones(MAX_DEPTH), bottom=1e-20, color=plotting.SERIES_COLORS[1])
ax.set_yscale("log")
smallest = min(sizes.min() for sizes in grad_sizes.values())
ax.set(xlim=(0.3, MAX_DEPTH + 0.7), ylim=(smallest / 5, 10), xticks=range(1, MAX_DEPTH + 1),
       xlabel="couche cachée (1 = à côté de l'entrée)", ylabel="taille de dLoss/dW (norme, échelle log)")
layers_title = ax.set_title("Gradient qui atteint chaque couche d'un réseau neuf")
COLORS = {"sigmoïde": plotting.SERIES_COLORS[1], "tanh": plotting.SERIES_COLORS[0], "ReLU": plotting.SERIES_COLORS[2]}


def update_layers(depth, activation):
    sizes = grad_sizes[(activation, depth)]
    layers_title.set_text(f"Gradient reçu par chaque couche, réseau neuf de {depth} couches ({activation})")
    for k, bar in enumerate(layer_bars):
        bar.set_visible(k < depth)
        if k < depth:
            bar.set_height(sizes[k])
            bar.set_color(COLORS[activation])
    n = i18n.number                                  # 0.5 en anglais, 0,5 en français
    return (f"{activation}, {depth} couches : première couche {n(sizes[0], '.1e')}, dernière couche {n(sizes[-1], '.1e')}, "
            f"rapport {n(sizes[0] / sizes[-1], '.1e')}")


live_layers = widgets.LiveFigure(fig, update_layers, dynamic=[*layer_bars, layers_title],
                                 depth=widgets.slider(10, 2, MAX_DEPTH, 1, description="nombre de couches cachées",
                                                      integer=True),
                                 activation=ToggleButtons(options=list(ACTIVATION_LAYERS), value="sigmoïde"))
live_layers

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="5813b666ce1e"
# Un seul réseau par réglage pourrait être un tirage heureux. La cellule ci-dessous reprend le cas à 10 couches avec
# 5 graines (5 tirages différents des poids de départ) et affiche, pour chaque fonction d'activation, l'étendue du
# rapport « taille du gradient dans la couche 1 / dans la couche 10 ».

# %% slideshow={"slide_type": ""} translated_from="b95080487f81"
def first_over_last(activation, seed):
    sizes = gradient_per_layer(activation, 10, seed=seed)       # un réseau neuf à 10 couches
    return sizes[0] / sizes[-1]


ratio = {act: [first_over_last(act, seed) for seed in range(5)] for act in ACTIVATION_LAYERS}
for act, values in ratio.items():
    print(f"{act:8} 10 couches, 5 graines : première couche / dernière couche = de {min(values):.1e} à {max(values):.1e}")
checks.true(max(ratio["sigmoïde"]) < 1e-4,
            "avec 10 couches sigmoïdes, la première couche reçoit moins de 1/10 000 du gradient de la dernière (pour chaque graine)")
checks.true(min(ratio["ReLU"]) > 0.05 and min(ratio["tanh"]) > 0.05,
            "avec 10 couches ReLU (He) ou tanh (Glorot), elle en garde plus de 1/20 (pour chaque graine)")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="04ed676fa138"
# Les remèdes utilisés aujourd'hui, que vous retrouverez pour plusieurs d'entre eux :
#
# - des **fonctions d'activation de type ReLU** dans les couches cachées (notebook 06), la sigmoïde étant réservée à
#   la sortie ;
# - une **échelle de départ soignée** pour les poids (initialisation de He ou de Glorot, comme ci-dessus) ;
# - la **normalisation par lot** (*batch normalization*), qui remet à l'échelle les valeurs de chaque couche pendant
#   l'entraînement ;
# - les **connexions résiduelles** (ResNet, 2015), qui offrent au gradient un raccourci pour contourner des couches
#   (notebook 07).
#
# Le problème inverse existe aussi : l'**explosion du gradient** (*exploding gradients*), quand des facteurs supérieurs
# à 1 s'accumulent (fréquente dans les réseaux récurrents, notebook 08). Le remède habituel consiste à plafonner la
# taille du gradient (*gradient clipping*).

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="0cd3ad207e80"
# ## Exercices

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="737af25b58fb"
# ### Exercice 1 : deux chemins à la main
#
# Une entrée $x$ alimente deux valeurs cachées, $y_1 = 3x$ et $y_2 = x^2$, que l'on multiplie : $f = y_1 \cdot y_2$.
# Pour $x = 2$, calculez $\partial f / \partial x$ **en faisant la somme sur les deux chemins**
# ($\frac{\partial f}{\partial y_1}\frac{\partial y_1}{\partial x} + \frac{\partial f}{\partial y_2}\frac{\partial y_2}{\partial x}$)
# et rangez le résultat, un seul nombre, dans `df_dx`.

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="f0b3363817e1"
df_dx = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
x_ex = 2.0
y1_ex, y2_ex = 3 * x_ex, x_ex**2
df_dx = y2_ex * 3 + y1_ex * (2 * x_ex)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="391a040d21ee"
exercise_1.check()
# exercise_1.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_1.solution()  # une solution commentée

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="1e9bcdcd5b45"
# ### Exercice 2 : le gradient d'un lot est la moyenne des gradients des patients
#
# Avec `params_check` et les fonctions `forward_pass` et `backward_pass` de la section 6, calculez
# $\partial\,\text{Loss}/\partial W_2$ pour **chacun** des 8 premiers patients d'entraînement, *séparément* (un lot
# d'un seul patient : `X_train[i:i + 1]`, `y_train[i:i + 1]`). Faites la moyenne des 8 résultats et rangez-la dans
# `grad_W2_average`, sous la forme d'un tableau de forme `(16, 1)` (la forme de $W_2$).

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="0b64722b3634"
grad_W2_average = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
per_patient_W2 = []
for patient in range(8):
    p_one, cache_one = forward_pass(params_check, X_train[patient:patient + 1])
    grads_one = backward_pass(params_check, p_one, cache_one, y_train[patient:patient + 1])
    per_patient_W2.append(grads_one["W2"])
grad_W2_average = np.mean(per_patient_W2, axis=0)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="9debbbda5524"
exercise_2.check()
# exercise_2.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_2.solution()  # une solution commentée


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="92280c18c28a"
# ### Exercice 3 : apprendre une nouvelle opération au moteur
#
# La **leaky ReLU** (notebook 06) vaut $a$ quand $a > 0$ et $0{,}01\,a$ sinon : sa pente vaut donc 1 ou 0,01.
# Contrairement à ReLU, elle n'est jamais complètement plate, si bien qu'un peu de gradient remonte toujours. Cette
# petite pente est un choix : les diapositives du cours écrivent $\max(0{,}1\,a, a)$, mais tout le cours utilise
# **0,01**, la valeur par défaut de PyTorch (`torch.nn.LeakyReLU()`). Complétez `value_leaky_relu(v)` pour qu'elle
# renvoie une nouvelle `Value` avec la bonne valeur de passe avant, son enfant `v`, et une fonction `_backward` qui
# ajoute à `v.grad` la pente locale multipliée par `out.grad`. Inspirez-vous de `_relu`, à la section 4.2. Écrivez le
# corps de la fonction dans la cellule ci-dessous, à la place de `return ____`.

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="14f5c4b79002"
def value_leaky_relu(v):
    """Leaky ReLU de la `Value` v : une nouvelle `Value`, avec v pour enfant et une règle `_backward`."""
    ### BEGIN SOLUTION
    out = Value(v.data if v.data > 0 else 0.01 * v.data, (v,), "leaky ReLU")

    def _backward():
        v.grad += (1.0 if v.data > 0 else 0.01) * out.grad

    out._backward = _backward
    return out
    ### END SOLUTION
    return ____  # remplacez cette ligne par le corps de votre fonction


# %% nbgrader={"grade": true, "grade_id": "exercise_3_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="2c064a387bbd"
exercise_3.check()
# exercise_3.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_3.solution()  # une solution commentée

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="46d0525b2503"
# Voici votre opération au sein d'une expression plus grande, où $a = -2$ sert deux fois, comparée à la leaky ReLU de
# PyTorch (appelée avec sa pente par défaut, 0,01). Tant que l'exercice 3 n'est pas résolu, cette cellule utilise la
# version du cours.

# %% slideshow={"slide_type": ""} translated_from="fa3d12f7c623"
leaky_relu_engine = exercise_3.answer("value_leaky_relu")
a_ex, b_ex = Value(-2.0), Value(3.0)
result_ex = leaky_relu_engine(a_ex) * leaky_relu_engine(b_ex) + leaky_relu_engine(a_ex)
result_ex.backward()
a_t, b_t = torch.tensor(-2.0, requires_grad=True), torch.tensor(3.0, requires_grad=True)
leaky = torch.nn.functional.leaky_relu
result_t = leaky(a_t) * leaky(b_t) + leaky(a_t)                   # pente par défaut de PyTorch : 0.01
result_t.backward()
print(f"moteur :  valeur {result_ex.data:+.4f}, d/da {a_ex.grad:+.4f}, d/db {b_ex.grad:+.4f}")
print(f"PyTorch : valeur {result_t.item():+.4f}, d/da {a_t.grad.item():+.4f}, d/db {b_t.grad.item():+.4f}")
checks.close([result_ex.data, a_ex.grad, b_ex.grad], [result_t.item(), a_t.grad.item(), b_t.grad.item()], tol=1e-6,
             name="valeur, d/da et d/db avec votre leaky ReLU (comparées à PyTorch)",
             hint="a = -2 sert deux fois : son gradient doit additionner les deux chemins (+=), chacun avec la pente 0,01.")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="2e8966d024e0"
# ## En résumé
#
# **À retenir**
#
# - Tout calcul est un **graphe** d'opérations élémentaires. La passe avant calcule les valeurs, des entrées vers la
#   sortie.
# - La **règle de dérivation en chaîne** multiplie les dérivées locales le long d'un chemin. Quand une valeur alimente
#   plusieurs chemins, leurs contributions **s'additionnent**.
# - La **rétropropagation** applique la règle de dérivation en chaîne à rebours dans le graphe, dans l'ordre
#   topologique inverse. Elle obtient tous les gradients pour le prix de quelques passes avant, quel que soit le
#   nombre de poids. Les différences finies demandent 2 passes par poids.
# - La rétropropagation *calcule* les gradients ; la **descente de gradient** les *utilise*. Un pas d'entraînement
#   fait les deux. Avec un mini-lot, le gradient est la **moyenne** des gradients des patients.
# - Vérifiez les gradients deux fois : par **différences finies** sur quelques poids, et avec **`torch.autograd`**.
# - Sous forme matricielle, chaque gradient a la forme de son paramètre. $X^\top\delta$ fait la somme sur les patients
#   du lot.
# - Entraînez honnêtement : les patients de validation décident quand s'arrêter (arrêt précoce) et quel essai garder ;
#   les patients de test ne sont consultés qu'une fois, à la fin, à côté de modèles de référence simples (ici le
#   neurone seul et « aucune alerte »).
# - Dans les empilements profonds de sigmoïdes, les gradients **s'évanouissent** (chaque couche les multiplie par
#   0,25 au plus). ReLU, avec une échelle de départ soignée, les maintient en vie.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="c75092dd2327"
# **Questions d'autoévaluation**
#
# 1. Quelle différence y a-t-il entre la rétropropagation et la descente de gradient ?
# <details><summary>Réponse</summary>La rétropropagation calcule le gradient de la perte par rapport à chaque poids
# (comment la perte changerait), en appliquant la règle de dérivation en chaîne à rebours dans le graphe de calcul. La
# descente de gradient se sert de ces gradients pour modifier les poids : $w \leftarrow w - \alpha\,\partial\text{Loss}/\partial w$.
# D'autres optimiseurs (le *momentum*, Adam) utilisent les mêmes gradients autrement.</details>
#
# 2. Pourquoi le moteur écrit-il `self.grad += ...` et non `self.grad = ...` ?
# <details><summary>Réponse</summary>Une valeur peut servir à plusieurs opérations (plusieurs chemins vers la sortie).
# Son gradient est la somme des contributions de tous les chemins. Avec `=`, chaque chemin écraserait le précédent, et
# le gradient deviendrait faux dès qu'une valeur est réutilisée (comme la PAD dans la formule de la PAM).</details>
#
# 3. Pourquoi la passe arrière doit-elle suivre l'ordre topologique inverse ?
# <details><summary>Réponse</summary>Une valeur ne peut transmettre son gradient qu'une fois celui-ci complet,
# c'est-à-dire après que chaque valeur calculée à partir d'elle a apporté sa contribution. L'ordre topologique inverse
# garantit que chaque valeur calculée à partir d'elle est traitée avant elle.</details>
#
# 4. Un réseau a 10 couches cachées sigmoïdes, et ses premières couches apprennent très lentement. Pourquoi, et que
#    changeriez-vous ?
# <details><summary>Réponse</summary>Chaque couche sigmoïde multiplie le gradient de la passe arrière par une pente
# d'au plus 0,25 : après 10 couches, il peut être environ un million de fois plus petit
# ($0{,}25^{10} \approx 10^{-6}$ ; comparez avec les rapports mesurés à la section 7). Les poids des premières couches
# bougent à peine (évanouissement du gradient). Utilisez ReLU (ou leaky ReLU, ELU) dans les couches cachées avec
# l'initialisation de He, et gardez la sigmoïde pour la sortie ; la normalisation par lot ou les connexions
# résiduelles aident aussi.</details>
#
# 5. Notre gradient passe la vérification par différences finies, mais celui d'un collègue ne concorde qu'à 2 chiffres
#    près. Est-ce acceptable ?
# <details><summary>Réponse</summary>Non. En double précision, des différences finies centrées avec un pas d'environ
# $10^{-6}$ concordent avec un gradient correct à environ 6 chiffres, ou mieux. Un accord à 2 chiffres seulement
# signale en général un bogue (un facteur oublié, un signe faux sur un chemin, ou un gradient écrasé au lieu d'être
# additionné).</details>
#
# **Et ensuite :** le notebook 06 construit des **perceptrons multicouches** avec PyTorch : les couches denses vues
# comme des sommes pondérées, les fonctions d'activation, la raison pour laquelle des couches cachées viennent à bout
# du XOR et de l'alerte de la numération, et un réseau de dépistage du diabète entraîné par mini-lots, avec Adam et
# une décroissance du taux d'apprentissage. Tout cela repose sur `loss.backward()` : vous savez désormais ce qu'il
# fait.
