# %% [markdown] slideshow={"slide_type": "slide"} translated_from="e5fdd7d320e6"
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/OWNER/REPOSITORY/blob/main/student/fr/01_ml_basics.ipynb)
#
# # 01 · Les bases de l'apprentissage automatique
#
# > Ce que veut dire apprendre à partir de données : vocabulaire, jeux d'entraînement et de test, k-moyennes, tour d'horizon des classifieurs classiques, données vues comme des tenseurs, qualité des données.
#
# **Durée estimée :** 90 min · **Prérequis :** 00
#
# Un anatomopathologiste qui a examiné des milliers de biopsies finit par distinguer une cellule bénigne d'une cellule maligne sans avoir jamais écrit la moindre règle. L'*apprentissage automatique* (*machine learning*) fait la même chose avec des nombres : il apprend la règle à partir d'exemples. Avant de faire confiance à un tel outil, il faut en connaître le vocabulaire, savoir comment on l'évalue et comment des données de mauvaise qualité le trompent.
#
# **À la fin de ce notebook, vous saurez :**
# - situer l'intelligence artificielle, l'apprentissage automatique et l'apprentissage profond, l'IA symbolique et l'IA connexionniste, sur une même carte et une même frise chronologique ;
# - nommer les éléments d'un problème d'apprentissage (échantillons, variables, étiquette, modèle, paramètres, hyperparamètres), répartir les données entre jeu d'entraînement, jeu de validation et jeu de test, et expliquer pourquoi un jeu de test n'estime le *risque* que si les données sont i.i.d. ;
# - distinguer apprentissage supervisé et non supervisé, classification et régression, et appliquer l'algorithme des k-moyennes ;
# - comparer kNN, classifieur bayésien naïf, arbre de décision, SVM et régression logistique à un modèle de référence, par leur sensibilité et leur spécificité sur plusieurs découpages, et reconnaître le sous-apprentissage et le surapprentissage ;
# - décrire tableaux, images, séries temporelles, sons et textes comme des tenseurs, et repérer les pièges liés à la qualité des données.
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

# %% slideshow={"slide_type": "skip"} translated_from="92959882f563"
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import torch

import course_utils
from course_utils import checks, classic, datasets, i18n, metrics, plotting, widgets
from course_utils.exercises import ____
from course_utils.exercises.ml_basics import exercise_1, exercise_2, exercise_3

course_utils.setup(lang="fr")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="d09aede68e84"
# ## 1. Intelligence artificielle, apprentissage automatique, apprentissage profond
#
# L'**intelligence artificielle (IA)** (*artificial intelligence*, AI) est l'art d'écrire des programmes pour des
# tâches dont on penserait qu'elles demandent un esprit humain :
#
# - des tâches qui font appel à la mémoire, aux connaissances et au raisonnement : jouer aux échecs ou au go,
#   proposer un diagnostic à partir de symptômes, sentir si le message d'un patient trahit de l'inquiétude ;
# - des tâches qu'on ne sait pas découper en étapes simples qu'un ordinateur pourrait suivre : reconnaître une
#   tumeur sur une image, comprendre la langue parlée.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="18a8392a2428"
# ### Deux familles d'IA
#
# - **L'IA symbolique** (*symbolic AI*) : des experts écrivent les règles à la main, sous forme logique. Les
#   *systèmes experts* des années 1970-1980 en font partie (MYCIN, à Stanford, proposait une antibiothérapie pour les
#   infections sanguines et les méningites à partir d'environ 600 règles). Le raisonnement peut être lu, vérifié et
#   prouvé, mais quelqu'un doit connaître et écrire chaque règle.
# - **L'IA connexionniste** (*connectionist AI*) : le programme *apprend* son comportement à partir des données, en
#   ajustant un grand nombre de valeurs numériques (les poids des connexions, d'où son nom). L'apprentissage
#   automatique et l'apprentissage profond en font partie. Elle sait traiter des tâches pour lesquelles personne ne
#   sait écrire de règles, mais son raisonnement est difficile à lire ou à prouver.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="59561a2ce2d5"
# L'**alerte** sur la numération sanguine, fil rouge du cours, est une règle symbolique : « déclencher une alerte
# si une valeur sort de son intervalle de référence ». La voici appliquée au patient des diapositives d'origine :
# hématies à 3,1 T/L (3,1 ×10⁶/mm³), leucocytes à 5,3 G/L (5,3 ×10³/mm³), un homme (hémoglobine à 9,5 g/dL,
# ajoutée pour l'exemple).

# %% slideshow={"slide_type": ""} translated_from="60b1720b1e6b"
# Une règle symbolique : écrite par des experts (intervalles de référence), rien n'est appris
alert = datasets.blood_alert(red_cells=3.1, white_cells=5.3, haemoglobin=9.5, sex=1)
print("alerte déclenchée :", bool(alert[0]), "→ hématies à 3,1 T/L, sous l'intervalle de référence de l'homme (T/L) :",
      datasets.REFERENCE_RANGES["red_cells"][1])

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="55e363344476"
# ### Apprentissage automatique et apprentissage profond
#
# - **L'apprentissage automatique** (*machine learning*, ML) : quand on ne sait pas décrire comment calculer la
#   réponse à partir des entrées, on laisse la machine *l'apprendre à partir d'exemples* : le risque de mélanome
#   d'après la photo d'un grain de beauté, le temps qu'il fera dans trois heures d'après la température et la
#   pression du jour, le risque de réhospitalisation d'un patient d'après son dossier.
# - **L'apprentissage profond** (*deep learning*, DL) : de l'apprentissage automatique avec des *réseaux de
#   neurones* à nombreuses couches (« profond » = beaucoup de couches). Ces réseaux construisent eux-mêmes leurs
#   variables intermédiaires à partir des données brutes (pixels, échantillons d'un signal), là où l'apprentissage
#   automatique classique a besoin qu'un humain choisisse d'abord les variables (par exemple « rayon du noyau »).
#
# Apprentissage profond ⊂ apprentissage automatique ⊂ intelligence artificielle :

# %% slideshow={"slide_type": ""} translated_from="68e5ae8a8465"
from matplotlib.patches import Ellipse

fig, ax = plt.subplots(figsize=(8, 4.4))
circles = [  # (largeur, hauteur, centre en y, couleur, titre, exemples)
    (9.6, 5.6, 0.0, plotting.OKABE_ITO["sky"], "Intelligence artificielle",
     "moteurs d'échecs, systèmes experts (règles écrites par des humains)"),
    (6.6, 3.6, -0.9, plotting.OKABE_ITO["orange"], "Apprentissage automatique",
     "kNN, arbres de décision, SVM (règles apprises sur les données)"),
    (3.6, 1.6, -1.75, plotting.OKABE_ITO["green"], "Apprentissage profond", "réseaux de neurones à nombreuses couches"),
]
for width, height, y0, colour, name, examples in circles:
    ax.add_patch(Ellipse((0, y0), width, height, facecolor=colour, alpha=0.35, edgecolor=colour, linewidth=2))
    top = y0 + height / 2
    ax.text(0, top - 0.35, name, ha="center", fontweight="bold", fontsize=12)
    ax.text(0, top - 0.7, examples, ha="center", fontsize=9.5)
ax.set(xlim=(-5, 5), ylim=(-3, 3), title="Apprentissage profond ⊂ apprentissage automatique ⊂ IA")
ax.set_aspect("equal")
ax.axis("off")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="dac0f6be5733"
# ### Un peu d'histoire : deux hivers et un printemps
#
# | année | événement |
# | --- | --- |
# | 1943 | McCulloch et Pitts décrivent un modèle mathématique du neurone |
# | 1957-1958 | Le **perceptron** de Rosenblatt, une machine qui apprend ses poids à partir d'exemples (rapport en 1957, article en 1958 ; notebook 03) |
# | 1969 | Le livre de Minsky et Papert, *Perceptrons*, montre qu'un perceptron seul ne peut pas apprendre le **XOR** (« ou A, ou B, mais pas les deux ») : la recherche sur les réseaux de neurones marque le pas pendant une décennie |
# | 1973-1974 | Le **rapport Lighthill** juge décevants les résultats de l'IA : le Royaume-Uni coupe ses financements, et l'agence de recherche de la défense américaine, la DARPA, coupe les siens : c'est le **premier hiver de l'IA** (environ 1974-1980) |
# | années 1980 | Les systèmes experts (des règles écrites par des humains, comme MYCIN) deviennent une industrie |
# | 1986 | La **rétropropagation** (Rumelhart, Hinton, Williams) permet d'entraîner un réseau muni d'une couche cachée, ou de plusieurs (notebook 05) |
# | 1987 | Le marché des machines Lisp (des ordinateurs conçus pour exécuter Lisp, le langage de la plupart des programmes d'IA de l'époque) s'effondre, et les systèmes experts se révèlent coûteux à maintenir : c'est le **second hiver de l'IA** (environ 1987-1993) |
# | années 1990-2000 | Les réseaux fonctionnent sur de petites tâches (le réseau de LeCun lit les chèques manuscrits), mais les données sont rares et les ordinateurs lents : les SVM et les arbres dominent |
# | 1997 / 2011 | Deep Blue, d'IBM, bat Kasparov aux échecs ; Watson, d'IBM, gagne le jeu télévisé *Jeopardy !* |
# | 2006 | Hinton et ses collègues entraînent des réseaux profonds une couche à la fois : l'intérêt pour les réseaux profonds renaît |
# | 2012 | **AlexNet**, un réseau convolutif profond entraîné sur deux cartes graphiques (GPU) de jeu vidéo, remporte le concours d'images ImageNet (1 000 catégories) : erreur top-5 de 15,3 %, contre 26,2 % pour le deuxième (erreur top-5 : part des images dont la vraie catégorie ne figure pas parmi les 5 premières propositions du réseau) |
# | 2016 | AlphaGo bat Lee Sedol, l'un des meilleurs joueurs de go, 4 parties à 1 |
#
# Les dates des hivers sont celles que l'on retient d'habitude (Crevier, *AI : The Tumultuous History of the Search
# for Artificial Intelligence*, 1993) ; selon les historiens, elles varient d'un an ou deux.

# %% slideshow={"slide_type": ""} translated_from="e4cd208d73b8"
events = [  # (année, texte, hauteur du texte : au-dessus (+) ou au-dessous (-) de l'axe, alignement du texte)
    (1943, "neurone formel", 1, "center"), (1957, "perceptron", -1, "center"), (1969, "limite du XOR", 1, "center"),
    (1973, "rapport Lighthill", -1, "center"), (1986, "rétropropagation", 1, "right"),
    (1987, "krach des\nmachines\nLisp", -1, "left"), (1997, "Deep Blue", 1, "center"),
    (2006, "réseaux profonds,\ncouche par couche", -1, "center"), (2011, "Watson", 1, "right"),
    (2012, "AlexNet", 1.9, "center"), (2016, "AlphaGo", 1, "left"),
]
periods = [  # (début, fin, nom, couleur)
    (1974, 1980, "premier\nhiver de l'IA", "sky"), (1987, 1993, "second\nhiver de l'IA", "sky"),
    (1995, 2006, "réseaux de neurones\npassés de mode", "yellow"),
]
fig, ax = plt.subplots(figsize=(11, 4.0))
for start, end, name, colour in periods:
    ax.axvspan(start, end, color=plotting.OKABE_ITO[colour], alpha=0.35, linewidth=0)
    ax.text((start + end) / 2, 2.25, name, ha="center", va="top", fontsize=10,
            fontweight="bold" if "hiver" in name else "normal")
ax.axhline(0, color="black", linewidth=1)
for year, label, height, align in events:
    ax.plot([year, year], [0, height * 0.75], color="grey", linewidth=1)
    ax.plot(year, 0, "o", color="black")
    ax.text(year, height * 0.8, f"{year}\n{label}" if height > 0 else f"{label}\n{year}",
            ha=align, va="bottom" if height > 0 else "top", fontsize=10)
ax.set(xlim=(1935, 2025), ylim=(-1.9, 2.3), xlabel="année", yticks=[],
       title="Grandes étapes de l'IA et des réseaux de neurones, avec les deux hivers de l'IA")
ax.grid(False)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="b63d575f37cb"
# ### Pourquoi maintenant ?
#
# Le perceptron a presque 70 ans. Trois choses ont changé après 2010 :
#
# 1. **Les données** : images numériques, dossiers patients informatisés, capteurs, le web (les *big data*, ou
#    mégadonnées). Un réseau de neurones profond compte des millions de poids, et il faut beaucoup d'exemples pour
#    les régler.
# 2. **La puissance de calcul** : les cartes graphiques (**GPU**), conçues pour les jeux vidéo, effectuent des
#    milliers de multiplications à la fois, exactement ce dont un réseau a besoin. Un entraînement qui prenait des
#    mois prend quelques heures.
# 3. **Les logiciels et l'investissement** : des bibliothèques libres (PyTorch, qu'utilise ce cours) calculent les
#    gradients automatiquement, et les entreprises investissent massivement.
#
# Une fois entraîné, un réseau tourne sur un ordinateur modeste, voire sur un téléphone : c'est l'*entraînement*
# qui demande de la puissance.

# %% [markdown] slideshow={"slide_type": "notes"} translated_from="68c48548d8e9"
# Notes pour l'intervenant : gardez cette section courte (10 minutes). Demandez au public quels outils d'IA il
# croise déjà au travail (dictée vocale, aide à la décision, tri des images) et placez chacun sur la carte : des
# règles écrites par des humains, ou apprises à partir des données ?

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="7593b3fa29d7"
# ## 2. Le vocabulaire de l'apprentissage automatique, sur un vrai tableau
#
# Le jeu de données **Breast Cancer Wisconsin** : pour 569 nodules du sein, le produit d'une cytoponction à
# l'aiguille fine a été photographié au microscope, et un logiciel a mesuré les noyaux des cellules. Chaque nodule a
# ensuite été diagnostiqué bénin ou malin (par biopsie ou au cours du suivi).

# %% slideshow={"slide_type": ""} translated_from="2381c84eb21d"
cancer = datasets.load_breast_cancer_frame()
print(cancer.shape, "→ 569 tumeurs × (30 mesures + 1 diagnostic)")
cancer.iloc[:5, [0, 1, 2, 3, 4, 7, -1]]

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="7a82e349628b"
# - Un **échantillon** (*sample* ; on dit aussi observation ou exemple) est une ligne : une tumeur (ici, une
#   patiente).
# - Une **variable** (*feature* ; on dit aussi caractéristique) est une colonne d'entrée : `mean_radius` (rayon
#   moyen), `mean_texture` (texture moyenne)… Il y en a 30 : 10 mesures du noyau (rayon, texture, périmètre, aire,
#   régularité du contour…), chacune donnée trois fois : la moyenne sur les noyaux de l'image, son erreur type
#   (`_error` : à quel point elle varie) et la pire valeur (`worst_` : la moyenne des trois plus grandes). Le rayon
#   et le périmètre sont en pixels de l'image numérisée, l'aire en pixels carrés ; la texture est la dispersion des
#   niveaux de gris ; les autres mesures n'ont pas d'unité. Les noms des colonnes sont restés en anglais, comme dans
#   le jeu de données d'origine.
# - L'**étiquette** ou **cible** (*label*, *target*) est ce que l'on cherche à prédire : `malignant` (1 = maligne,
#   0 = bénigne).

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="8f902d0722c0"
# - Un **modèle** est une fonction munie de nombres ajustables, les **paramètres**, qui associe une prédiction
#   aux variables. L'*entraînement* (ou *apprentissage*) fixe les paramètres à partir d'exemples.
# - Un **hyperparamètre** est un réglage choisi *avant* l'entraînement, et non appris : le nombre de voisins dans
#   kNN, la profondeur d'un arbre, le degré d'un polynôme, le taux d'apprentissage d'un réseau.
# - Les **données d'entraînement** (*training data*) sont les exemples à partir desquels le modèle apprend ; les
#   **données de test** (*test data*) sont des exemples mis de côté, jamais vus pendant l'entraînement, pour mesurer
#   ce que vaut le modèle sur de nouveaux patients.

# %% slideshow={"slide_type": ""} translated_from="e7a69a7ee5b7"
counts = cancer["malignant"].value_counts().rename({0: "bénignes (0)", 1: "malignes (1)"})
print(counts.to_string())
print(f"part de tumeurs malignes : {cancer['malignant'].mean():.1%}")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="0ae2e15badbc"
# ### Mettre un jeu de test de côté
#
# Un modèle peut tout simplement mémoriser ses exemples d'entraînement, comme un étudiant qui apprend par cœur les
# annales de l'an dernier. Pour savoir ce qu'il vaudra sur de *nouveaux* patients, on met de côté une partie des
# données, en général **20 à 30 %**, et on ne s'en sert que pour *mesurer* des modèles : jamais pour les entraîner,
# ni pour choisir entre eux.
#
# `train_test_split` mélange les lignes, puis les coupe en deux. `stratify=y` garde la même part de tumeurs
# malignes dans les deux parties ; `random_state` fixe le mélange, pour que tout le monde obtienne le même
# découpage.

# %% slideshow={"slide_type": ""} translated_from="9dffd4621901"
from sklearn.model_selection import train_test_split

feature_names = [c for c in cancer.columns if c != "malignant"]
X = cancer[feature_names].to_numpy()          # variables : forme (569, 30)
y = cancer["malignant"].to_numpy()            # étiquettes : forme (569,)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)
print(f"entraînement : {X_train.shape}, test : {X_test.shape}")
print(f"part de tumeurs malignes — entraînement {y_train.mean():.1%}, test {y_test.mean():.1%}")

# %% slideshow={"slide_type": ""} translated_from="a2001f65f1f7"
# Autovérification : 20 % des 569 tumeurs mises de côté, avec la même part de tumeurs malignes des deux côtés
checks.equal(len(X_test), 114, name="nombre de tumeurs de test")
checks.true(abs(y_train.mean() - y_test.mean()) < 0.01, "les jeux d'entraînement et de test ont la même part de cancers")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="a1d7cf461216"
# **Fuite de données entre patients** (*data leakage*). Ici, chaque ligne correspond à une patiente différente.
# Quand une même personne fournit plusieurs lignes (deux seins, plusieurs images, plusieurs consultations), on
# découpe par *patient*, pas par ligne : sinon le modèle retrouve la même personne à l'entraînement et au test, et
# son score est trop beau pour être vrai.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="badfa21213d4"
# ### Exercice 1 : un jeu de test de 25 %
#
# Découpez à nouveau les mêmes `X` et `y`, en gardant cette fois **25 %** pour le test (découpage stratifié,
# `random_state=0`). Rangez les variables de test dans `X_test_25` (un tableau : une ligne par tumeur de test, une
# colonne par variable). Donnez aussi de nouveaux noms aux autres parties, pour que `X_train` et `X_test`
# ci-dessus gardent leurs valeurs.

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="64ffebae1f19"
X_test_25 = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
X_train_75, X_test_25, y_train_75, y_test_25 = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="391a040d21ee"
exercise_1.check()
# exercise_1.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_1.solution()  # une solution commentée

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="3d09b7ede144"
# ### Pourquoi un jeu de test fonctionne : perte, risque et données i.i.d.
#
# - La **perte** $\ell$ (*loss*) note une prédiction par rapport à la vérité. Prenons ici la plus simple, la *perte
#   0/1* : $\ell = 0$ quand la prédiction est juste, $\ell = 1$ quand elle est fausse. (Les notebooks suivants
#   utilisent des pertes adaptées aux nombres, comme l'erreur quadratique.)
# - Le **risque** $R$ d'un modèle est sa *perte moyenne sur tous les patients qu'il rencontrera un jour* : ici, son
#   taux d'erreur sur l'ensemble de la population. C'est lui qui nous intéresse, et on ne peut jamais le calculer
#   exactement.
# - L'**estimation sur le jeu de test** est la perte moyenne sur les $n$ patients de test :
#
# $$\hat R = \frac{1}{n}\sum_{i=1}^{n} \ell_i = \frac{\ell_1 + \ell_2 + \dots + \ell_n}{n}$$
#
#   où $\ell_i$ est la perte sur le patient de test $i$, et $\sum_{i=1}^{n}$ signifie « additionner pour $i$ allant
#   de 1 à $n$ ». Le chapeau de $\hat R$ signale une estimation.
#
# Cette estimation n'est fiable que si les données sont **i.i.d.**, *indépendantes et identiquement distribuées* :
# chaque patient (d'entraînement, de test, et futur) est tiré de la *même population* (identiquement distribuées),
# et un tirage ne dit rien d'un autre (indépendantes : jamais deux fois le même patient, contrairement à la fuite de
# données ci-dessus). La perte sur le jeu d'entraînement n'estime pas le risque : le modèle a été ajusté sur ces
# patients-là.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="1bda69844c54"
# Vérifions-le sur une règle fixée à l'avance, « maligne si le rayon moyen des noyaux dépasse 15 pixels », en
# faisant comme si les 569 tumeurs formaient toute la population à laquelle la règle est destinée : son risque est
# alors connu. Puis nous tirons de nombreux jeux de test de 114 tumeurs :
#
# - **i.i.d.** : tirés au hasard dans cette population ;
# - **un autre recrutement** : dans un centre de dépistage où seul 1 nodule sur 10 est un
#   cancer (11 cancers, 103 tumeurs bénignes) ;
# - **un autre appareil** : dans un laboratoire dont la caméra grossit 20 % de
#   plus, si bien que chaque rayon mesuré en pixels est multiplié par 1,2.

# %% slideshow={"slide_type": ""} translated_from="8f8a90b4973b"
def radius_rule(radius):
    """Une règle fixe (rien n'est appris) : 1 = maligne quand le rayon moyen des noyaux dépasse 15 pixels."""
    return (radius > 15).astype(int)


radius = X[:, feature_names.index("mean_radius")]
loss = (radius_rule(radius) != y).astype(float)          # perte 0/1 de chacune des 569 tumeurs
risk = loss.mean()                                        # toute la population : le vrai risque
loss_zoomed = (radius_rule(1.2 * radius) != y).astype(float)  # mêmes tumeurs, rayons mesurés 1,2 fois plus grands
cancer_rows, benign_rows = np.flatnonzero(y == 1), np.flatnonzero(y == 0)
rng = np.random.default_rng(0)
n_draws = 1000
estimates = {"jeux de test i.i.d.": [], "dépistage (1 cancer sur 10)": [], "caméra grossissant 1,2 fois": []}
clinic_missed = []                                        # part des 11 cancers du centre de dépistage que la règle manque
for _ in range(n_draws):
    estimates["jeux de test i.i.d."].append(loss[rng.choice(len(y), size=114, replace=False)].mean())
    mix = np.concatenate([rng.choice(cancer_rows, 11, replace=False), rng.choice(benign_rows, 103, replace=False)])
    estimates["dépistage (1 cancer sur 10)"].append(loss[mix].mean())
    clinic_missed.append(loss[mix[:11]].mean())
    estimates["caméra grossissant 1,2 fois"].append(loss_zoomed[rng.choice(len(y), size=114, replace=False)].mean())
estimates = {name: np.array(values) for name, values in estimates.items()}
print(f"risque de la règle dans sa population (taux d'erreur sur les 569 tumeurs) : {risk:.1%}")
for name, values in estimates.items():
    low, high = np.percentile(values, [2.5, 97.5])
    print(f"{name:35s} estimation moyenne {values.mean():.1%}, 95 % des estimations entre {low:.1%} et {high:.1%}")
print(f"cancers manqués par la règle : {loss[cancer_rows].mean():.1%} des {len(cancer_rows)}, "
      f"{np.mean(clinic_missed):.1%} en moyenne au centre de dépistage")

# %% slideshow={"slide_type": ""} translated_from="b2ab0d7ac737"
from matplotlib.ticker import PercentFormatter

fig, ax = plt.subplots(figsize=(9, 3.8))
bins = np.arange(0, 0.5, 1 / 114)                      # une classe par nombre d'erreurs possible
for (name, values), colour in zip(estimates.items(), ("sky", "orange", "purple")):
    ax.hist(values, bins=bins, alpha=0.6, color=plotting.OKABE_ITO[colour], label=name)
ax.axvline(risk, color="black", linestyle="--", label=f"risque dans la population de la règle ({i18n.number(risk, '.1%')})")
ax.xaxis.set_major_formatter(PercentFormatter(1.0, symbol=" %"))   # espace fine insécable avant le signe %
ax.set(xlabel="taux d'erreur mesuré sur un jeu de test de 114 tumeurs", ylabel=f"nombre de jeux de test (sur {n_draws})",
       title="La même règle, testée sur trois populations")
ax.legend(loc="upper right", fontsize=10)
plt.show()

# %% slideshow={"slide_type": ""} translated_from="a50102de513f"
# Autovérifications : les jeux de test i.i.d. se dispersent autour du risque ; tirés ailleurs, ils se centrent ailleurs
iid = estimates["jeux de test i.i.d."]
checks.close(iid.mean(), risk, tol=0.005, name="moyenne des estimations i.i.d.")
# la dispersion d'une proportion mesurée sur n des N patients, tirés sans remise : sqrt(p(1-p)/n x (N-n)/(N-1))
expected_spread = np.sqrt(risk * (1 - risk) / 114 * (len(y) - 114) / (len(y) - 1))
checks.close(iid.std(), expected_spread, tol=0.06, relative=True,
             name="dispersion (écart-type) de l'estimation d'un jeu de test")
checks.close(np.mean(clinic_missed), loss[cancer_rows].mean(), tol=0.02,
             name="part des cancers que la règle manque au centre de dépistage")
checks.true(abs(estimates["dépistage (1 cancer sur 10)"].mean() - risk) > 2 * iid.std()
            and abs(estimates["caméra grossissant 1,2 fois"].mean() - risk) > 2 * iid.std(),
            "un autre recrutement ou un autre appareil déplace le taux d'erreur plus loin que le bruit propre au jeu de test")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="3a25a2a3e9bd"
# **Ce qu'il faut remarquer.**
#
# - Les jeux de test i.i.d. se centrent sur le risque, mais un seul jeu de 114 tumeurs ne le donne qu'à quelques
#   points près (95 % d'entre eux tombent dans l'intervalle affiché plus haut) : une petite différence entre deux
#   modèles sur un seul jeu de test peut relever du hasard.
# - Les jeux de test tirés ailleurs se centrent ailleurs. Dans le centre de dépistage, la *même règle* fait moins
#   d'erreurs, uniquement parce que les cancers y sont plus rares : elle manque toujours la même proportion de
#   cancers (affichée plus haut). Avec l'autre caméra, elle en fait beaucoup plus : son seuil, exprimé en pixels,
#   n'a plus le même sens.
# - Un score de test est une promesse pour des patients tirés *comme les patients de test*. Un nouvel hôpital, un
#   nouvel appareil ou un autre recrutement rompt l'hypothèse i.i.d., et la promesse avec elle (la section 6 montre
#   un modèle qui échoue de cette façon).

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="692d67187e7a"
# ## 3. Apprentissage supervisé et non supervisé
#
# - **L'apprentissage supervisé** (*supervised learning*), « apprendre à partir d'exemples » : chaque échantillon
#   d'entraînement est fourni avec sa réponse (l'étiquette). L'algorithme construit un modèle qui prédit la réponse
#   pour de nouveaux échantillons.
#   - **Classification** : la réponse est une catégorie : maligne ou bénigne, alerte ou non, chat/chien/souris.
#   - **Régression** : la réponse est une quantité : un score d'évolution de la maladie, une pression artérielle,
#     une durée de séjour.
# - **L'apprentissage non supervisé** (*unsupervised learning*), « voyons ce qu'on trouve » : il n'y a pas
#   d'étiquettes ; l'algorithme cherche une structure, par exemple des groupes de patients qui se ressemblent
#   (**partitionnement**, ou *clustering*).

# %% slideshow={"slide_type": ""} translated_from="cf6b4a183b3d"
diabetes = datasets.load_diabetes_frame()
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4))
for label, name in [(0, "bénigne"), (1, "maligne")]:
    rows = cancer["malignant"] == label
    ax1.scatter(cancer.loc[rows, "mean_radius"], cancer.loc[rows, "mean_texture"], s=12, alpha=0.7,
                color=plotting.class_color(label), label=name)
ax1.set(xlabel="rayon moyen des noyaux (pixels)", ylabel="texture moyenne (écart-type des niveaux de gris)",
        title="Classification : prédire une catégorie")
ax1.legend()
ax2.scatter(diabetes["bmi"], diabetes["progression"], s=12, alpha=0.6, color=plotting.OKABE_ITO["green"])
ax2.set(xlabel="indice de masse corporelle (kg/m²)", ylabel="évolution de la maladie à 1 an (score)",
        title="Régression : prédire une quantité")
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="6ad0fd6f5d5b"
# ### Non supervisé : les k-moyennes sur des numérations sans étiquette
#
# Reprenons les 1 000 numérations sanguines synthétiques du notebook 00 et **cachons la colonne d'alerte**.
# Existe-t-il des groupes naturels de patients ? L'**algorithme des k-moyennes** (*k-means*) cherche `k` groupes :
#
# 1. tirer au hasard `k` patients comme centres de départ des groupes ;
# 2. **affecter** chaque patient au centre le plus proche ;
# 3. **déplacer** chaque centre à la moyenne de ses patients ;
# 4. répéter les étapes 2 et 3 jusqu'à ce que plus rien ne change (ici : 30 tours, bien assez).
#
# Les distances n'ont de sens que si les variables sont à des échelles comparables : on convertit donc d'abord
# chacune en **score z** (*z-score*) : (valeur − moyenne) / écart-type. Le nombre de groupes `k` est un
# hyperparamètre (nous prenons 4), et la compacité d'un regroupement se mesure par son **inertie** : la somme des
# carrés des distances entre chaque patient et le centre de son groupe (plus elle est petite, plus les groupes sont
# serrés).

# %% slideshow={"slide_type": ""} translated_from="318b43d36485"
blood = datasets.load_blood_counts()
counts_raw = blood[["red_cells", "white_cells"]].to_numpy()       # (patients, 2), aucune étiquette utilisée
print("numérations sanguines :", counts_raw.shape)
Z = (counts_raw - counts_raw.mean(axis=0)) / counts_raw.std(axis=0)  # scores z


def kmeans(Z, k, n_iter=30, seed=0):
    rng = np.random.default_rng(seed)
    centres = Z[rng.choice(len(Z), size=k, replace=False)]            # 1. centres de départ tirés au hasard
    for _ in range(n_iter):
        distances = np.linalg.norm(Z[:, None, :] - centres[None, :, :], axis=2)  # (n_patients, k)
        groups = distances.argmin(axis=1)                              # 2. centre le plus proche
        centres = np.array([Z[groups == j].mean(axis=0) for j in range(k)])  # 3. déplacement vers la moyenne
    inertia = np.sum((Z - centres[groups]) ** 2)                       # somme des carrés des distances aux centres
    return groups, centres, inertia


# Le résultat dépend du départ tiré au hasard : on essaie 5 départs et on garde le regroupement le plus serré
runs = [kmeans(Z, k=4, seed=s) for s in range(5)]
print("inertie de chaque départ :", [round(float(r[2]), 1) for r in runs])
groups, centres, inertia = min(runs, key=lambda r: r[2])

# %% slideshow={"slide_type": ""} translated_from="a3924b1995ca"
from sklearn.cluster import KMeans

sk_kmeans = KMeans(n_clusters=4, n_init=10, random_state=0).fit(Z)
print(f"notre version : {inertia:.1f}   scikit-learn : {sk_kmeans.inertia_:.1f}")
# Autovérification : nos k-moyennes trouvent des groupes aussi serrés que celles de scikit-learn
checks.close(inertia, sk_kmeans.inertia_, tol=0.01, relative=True, name="inertie des k-moyennes")

# %% slideshow={"slide_type": ""} translated_from="737fe054f943"
centres_units = centres * counts_raw.std(axis=0) + counts_raw.mean(axis=0)  # retour en T/L et G/L
cluster_colours = [plotting.OKABE_ITO[c] for c in ("green", "orange", "sky", "purple")]
fig, ax = plt.subplots(figsize=(7.5, 4.6))
for j in range(4):
    members = counts_raw[groups == j]
    ax.scatter(members[:, 0], members[:, 1], s=10, alpha=0.6, color=cluster_colours[j],
               label=f"groupe {j} ({len(members)} patients)")
ax.scatter(centres_units[:, 0], centres_units[:, 1], marker="X", s=160, color="black", label="centres des groupes")
ranges = datasets.REFERENCE_RANGES                      # valeurs normales, selon le sexe (1 = homme, 2 = femme)
red_low, red_high = min(r[0] for r in ranges["red_cells"].values()), max(r[1] for r in ranges["red_cells"].values())
white_low, white_high = min(r[0] for r in ranges["white_cells"].values()), max(r[1] for r in ranges["white_cells"].values())
ax.add_patch(plt.Rectangle((red_low, white_low), red_high - red_low, white_high - white_low, fill=False,
                           linestyle="--", edgecolor="black", linewidth=1.2,
                           label="normal chez la femme ou chez l'homme"))
ax.set(xlabel="hématies (T/L)", ylabel="leucocytes (G/L)",
       title="k-moyennes (k = 4) sur des numérations sans étiquette")
ax.legend(fontsize=9, loc="upper left", bbox_to_anchor=(1.01, 1.0))
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="764e98d0e806"
# Les groupes n'ont pas de nom : l'algorithme n'a jamais vu de diagnostic. On peut les nommer après coup en
# regardant leurs centres (leucocytes élevés, hématies basses…) et les comparer à l'étiquette d'alerte qui était
# cachée. Les couleurs des groupes ne sont volontairement *pas* le bleu et le vermillon réservés à « normal » et
# « alerte ».

# %% slideshow={"slide_type": ""} translated_from="676e3ac920fe"
table = pd.crosstab(pd.Series(groups, name="groupe des k-moyennes"), blood["alert"].rename("alerte (étiquette cachée)"))
table["centre : hématies (T/L)"] = centres_units[:, 0].round(1)
table["centre : leucocytes (G/L)"] = centres_units[:, 1].round(1)
table

# %% slideshow={"slide_type": ""} translated_from="18a08cc97dd0"
# Autovérification : exactement deux groupes ne contiennent que des alertes (le texte ci-dessous s'appuie dessus)
only_alerts = (table[0] == 0) & (table[1] > 0)
checks.equal(int(only_alerts.sum()), 2, name="nombre de groupes formés uniquement d'alertes")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="026009106237"
# Deux groupes ne contiennent que des alertes (leucocytes très élevés : hyperleucocytose ; hématies très basses,
# comme dans une anémie). Les deux autres mélangent alertes et numérations normales : les k-moyennes coupent là où
# les *données* sont denses, pas là où se trouvent les seuils *cliniques*, et elles n'ont vu ni l'hémoglobine ni le
# sexe. Un regroupement sert à explorer les données, pas à poser un diagnostic.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="1229d1987f00"
# ## 4. Tour d'horizon des classifieurs classiques
#
# Cinq méthodes, toutes entraînées sur les mêmes 455 tumeurs et testées sur les mêmes 114. Dans le code, chacune est
# désignée par son nom anglais (`models["kNN"]`, `models["decision tree"]`…) :
#
# - **Les k plus proches voisins** (*k nearest neighbours*, kNN) : pour classer une nouvelle tumeur, on cherche les
#   `k` tumeurs les plus semblables du jeu d'entraînement et on les fait voter. Rien n'est « appris », à part le
#   stockage des exemples.
# - **Le classifieur bayésien naïf** (*naive Bayes*) : il apprend, pour chaque classe, comment se répartit chaque
#   variable, puis applique la formule de Bayes, qui transforme « cette mesure est-elle fréquente chez les
#   cancers ? » en « quelle est la probabilité d'un cancer, sachant cette mesure ? ». « Naïf », parce qu'il fait
#   comme si les variables étaient indépendantes les unes des autres au sein d'une classe.

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="747d45d3af71"
# - **L'arbre de décision** (*decision tree*) : une suite de questions fermées, chacune sur une seule variable
#   (« le pire périmètre de noyau dépasse-t-il telle valeur ? »), comme un arbre décisionnel clinique ; sa
#   profondeur est un hyperparamètre.
# - **Le séparateur à vaste marge** (*support vector machine*, SVM) : la frontière qui laisse la marge la plus large
#   possible entre les classes ; un *noyau* (*kernel*) permet à cette frontière de s'incurver. (Le SVM du cours
#   transforme en plus la distance de chaque tumeur à la frontière en probabilité, une étape appelée *calibration*,
#   et répond « maligne » au-dessus de 50 % : sa frontière s'en trouve un peu décalée.)
# - **La régression logistique** (*logistic regression*) : une somme pondérée des variables, transformée en
#   probabilité par une courbe en S, la sigmoïde. Malgré son nom, elle sert à classer ; c'est un neurone artificiel
#   unique, la vedette du notebook 03.
#
# kNN et le SVM mesurent des distances entre tumeurs : une variable qui s'exprime en grands nombres (une aire de
# plusieurs centaines de pixels carrés) y écraserait une variable comprise entre 0 et 1 (la régularité du contour) ;
# la régression logistique, elle aussi, s'entraîne mieux sur des échelles comparables. Ces trois méthodes commencent
# donc par standardiser leurs variables (scores z calculés sur le jeu d'*entraînement* seulement).

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="6d19bcc32dd6"
# ### kNN, fait main
#
# Toute la méthode kNN tient en quelques lignes : standardiser, mesurer les distances, prendre les `k` plus
# proches, voter.

# %% slideshow={"slide_type": ""} translated_from="07bc41740a28"
mean, std = X_train.mean(axis=0), X_train.std(axis=0)   # statistiques du jeu d'entraînement seul (pas de fuite)
Z_train, Z_test = (X_train - mean) / std, (X_test - mean) / std


def knn_predict(Z_train, y_train, Z_new, k=5):
    distances = np.linalg.norm(Z_new[:, None, :] - Z_train[None, :, :], axis=2)  # (n_new, n_train)
    nearest = np.argsort(distances, axis=1)[:, :k]        # indices des k tumeurs d'entraînement les plus proches
    votes = y_train[nearest].mean(axis=1)                # part de tumeurs malignes parmi elles
    return (votes > 0.5).astype(int)


knn_pred = knn_predict(Z_train, y_train, Z_test, k=5)
print("exactitude de notre kNN sur le jeu de test :", np.mean(knn_pred == y_test).round(3))

# %% slideshow={"slide_type": ""} translated_from="e231c0e34722"
sk_knn = classic.make_classifier("kNN", n_neighbors=5).fit(X_train, y_train)
agreement = np.mean(sk_knn.predict(X_test) == knn_pred)
# Autovérification : notre kNN de 10 lignes et celui de scikit-learn font les mêmes prédictions
checks.between(agreement, 0.99, 1.0, name="accord avec le kNN de scikit-learn",
               hint="Standardisez avec la moyenne et l'écart-type du jeu d'entraînement, et faites voter les k plus proches.")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="530ee23cc2a6"
# ### Cinq méthodes côte à côte
#
# `classic.fit_classifiers` entraîne chaque méthode avec les réglages fixés par le cours (kNN avec `k = 5`, un
# arbre d'au plus 4 questions de profondeur) ; `classic.score_table` donne l'exactitude (*accuracy* : la part de
# réponses justes) sur le jeu d'entraînement et sur le jeu de test, ainsi que, sur le jeu de test, la
# **sensibilité** (*sensitivity* : part des cancers détectés) et la **spécificité** (*specificity* : part des
# tumeurs bénignes que le modèle, à juste titre, ne signale pas). À côté, un **modèle de référence** (*baseline*) qui n'apprend
# rien : il donne toujours la classe la plus fréquente, « bénigne » (dernière ligne du
# tableau). Un modèle ne vaut quelque chose que s'il fait nettement mieux.

# %% slideshow={"slide_type": ""} translated_from="43b0248535b7"
models = classic.fit_classifiers(X_train, y_train)
scores = classic.score_table(models, X_train, y_train, X_test, y_test)
always_benign = np.zeros_like(y_test)                      # les prédictions du modèle de référence : 0 pour chaque tumeur
scores.loc["référence : toujours bénigne"] = [
    np.mean(y_train == 0), np.mean(always_benign == y_test),      # exactitude sur l'entraînement et sur le test
    np.mean(always_benign[y_test == 1] == 1), np.mean(always_benign[y_test == 0] == 0)]  # sensibilité, spécificité
scores = scores.round(3)
tree_rules = models["decision tree"].tree_
print(f"jeu de test : {len(y_test)} tumeurs, dont {y_test.sum()} cancers")
print(f"la première question de l'arbre : {feature_names[tree_rules.feature[0]]} > {tree_rules.threshold[0]:.1f} ?")
scores

# %% slideshow={"slide_type": ""} translated_from="200322710ed8"
# Autovérification : sur ce jeu de données très étudié, toutes les méthodes sont bonnes, bien au-dessus de la référence
methods = scores.drop(index="référence : toujours bénigne")
checks.true((methods["exactitude (test)"] > 0.88).all(), "chaque méthode classique dépasse 88 % d'exactitude sur le jeu de test")
checks.true((methods["exactitude (test)"] > scores.loc["référence : toujours bénigne", "exactitude (test)"] + 0.2).all(),
            "chaque méthode bat de plus de 20 points la référence « toujours bénigne »")
checks.between(methods["sensibilité"].max(), 0.9, 1.0, name="meilleure sensibilité")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="b5041332e11d"
# **Lire le tableau en clinicien.** L'exactitude compte toutes les erreurs de la même façon. Or un *faux négatif*
# (un cancer classé bénin) retarde le traitement, alors qu'un *faux positif* (un nodule bénin classé malin) coûte une
# biopsie de plus et de l'inquiétude. Deux modèles de même exactitude peuvent différer par les erreurs qu'ils
# commettent : regardez toujours la sensibilité et la spécificité, ainsi que les quatre effectifs qui les
# fondent, la *matrice de confusion* (après l'exercice 2).
#
# Quelle méthode est la meilleure ? Avec 42 cancers dans le jeu de test, un cancer manqué de plus fait varier la
# sensibilité de 1/42, soit environ 2,4 points. Nous refaisons donc toute la comparaison sur cinq découpages
# aléatoires différents (toujours 80/20, stratifiés) et regardons la dispersion des résultats.

# %% slideshow={"slide_type": ""} translated_from="b740d84d3966"
split_scores = []
for split_seed in [42, 0, 1, 2, 3]:                  # 42 est le découpage utilisé plus haut
    Xa, Xb, ya, yb = train_test_split(X, y, test_size=0.2, stratify=y, random_state=split_seed)
    fitted = models if split_seed == 42 else classic.fit_classifiers(Xa, ya)
    one_split = classic.score_table(fitted, Xa, ya, Xb, yb)
    one_split.loc["référence : toujours bénigne"] = [np.mean(ya == 0), np.mean(yb == 0), 0, 1]  # aucun cancer détecté
    split_scores.append(one_split[["exactitude (test)", "sensibilité", "spécificité"]])
spread = pd.concat(split_scores).groupby(level=0, sort=False).agg(["mean", "min", "max"]).round(3)
ranked = [one_split["exactitude (test)"].sort_values(ascending=False) for one_split in split_scores]
wins = pd.Series([accuracies.index[0] for accuracies in ranked]).value_counts()
leads = [round((accuracies.iloc[0] - accuracies.iloc[1]) * len(y_test)) for accuracies in ranked]
print(f"un cancer manqué = {1 / y_test.sum():.1%} de sensibilité")
print("meilleure exactitude sur le test, nombre de découpages gagnés :", wins.to_dict())
print("avance du gagnant sur le deuxième, en tumeurs de test, découpage par découpage :", leads)
spread

# %% slideshow={"slide_type": ""} translated_from="90e690e1ab19"
# Autovérification : impossible de départager les trois meilleures méthodes : leurs plages sur les découpages se chevauchent
accuracy = spread["exactitude (test)"].drop(index="référence : toujours bénigne")
top3 = accuracy["mean"].nlargest(3).index
checks.true(accuracy.loc[top3, "min"].max() <= accuracy.loc[top3, "max"].min(),
            "les plages d'exactitude sur le test des trois meilleures méthodes se chevauchent")
checks.true(max(leads) <= 2, "sur chaque découpage, le gagnant devance le deuxième d'une ou deux tumeurs de test au plus")
checks.true((accuracy["min"] > spread.loc["référence : toujours bénigne", ("exactitude (test)", "max")] + 0.2).all(),
            "sur chaque découpage, chaque méthode bat de plus de 20 points la référence « toujours bénigne »")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="74f640c0f5fe"
# Le gagnant change d'un découpage à l'autre (décompte affiché plus haut), son avance tient à une ou deux tumeurs
# (affichée plus haut), et les plages des trois meilleures méthodes se chevauchent : avec 114 tumeurs de test,
# impossible de désigner un vainqueur parmi elles. Ce qui est sûr, c'est que toutes les méthodes battent largement
# le modèle de référence, sur chaque découpage ; la spécificité parfaite de celui-ci ne vaut rien, puisqu'il ne
# détecte aucun cancer. Proclamer « la meilleure méthode » sur la foi d'un seul jeu de test, ce serait lire du
# bruit, et choisir une méthode d'après son score de test ferait entrer le jeu de test dans le choix. Ici, les jeux
# de test ne font que décrire les cinq méthodes ; un vrai projet choisit sur des données de validation (section
# suivante), puis mesure une seule fois le modèle retenu sur le jeu de test.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="478c1bfc2731"
# ### Exercice 2 : la sensibilité à la main
#
# Pour l'**arbre de décision** (`models["decision tree"]`), comptez sur le jeu de test les vrais positifs (VP :
# cancers prédits malins) et les faux négatifs (FN : cancers prédits bénins), puis calculez sa sensibilité
# `tree_sensitivity` = VP / (VP + FN). Rangez les deux effectifs dans `tree_tp` et `tree_fn` (des nombres entiers)
# et la sensibilité dans `tree_sensitivity` (un nombre entre 0 et 1).

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="b4fcd5c738ad"
tree_tp = ____  # remplacez ____ par votre code
tree_fn = ____
tree_sensitivity = ____
### BEGIN SOLUTION
pred_tree = models["decision tree"].predict(X_test)
tree_tp = np.sum((y_test == 1) & (pred_tree == 1))
tree_fn = np.sum((y_test == 1) & (pred_tree == 0))
tree_sensitivity = tree_tp / (tree_tp + tree_fn)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="9debbbda5524"
exercise_2.check()
# exercise_2.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_2.solution()  # une solution commentée

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="9ae6357987f9"
# **Matrices de confusion.** Chacune compte les quatre issues d'une méthode sur les 114 tumeurs de test : les lignes
# donnent la vérité, les colonnes la prédiction ; les cancers occupent donc la ligne du bas (faux négatifs à gauche,
# vrais positifs à droite). Vérifiez vos effectifs sur la matrice de l'arbre de décision.

# %% slideshow={"slide_type": ""} translated_from="6e6f469033b4"
fig, axes = plt.subplots(1, 5, figsize=(17, 3.9))
for ax, (name, model) in zip(axes, models.items()):
    plotting.plot_confusion(y_test, model.predict(X_test), ax=ax, class_names=("bénigne", "maligne"), title=name)
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="c29a26e19585"
# ### Sous-apprentissage et surapprentissage
#
# - **Sous-apprentissage** (*underfitting*) : le modèle est trop simple pour saisir la structure des données. Il
#   se trompe souvent sur les données d'entraînement *et* sur de nouvelles données.
# - **Surapprentissage** (*overfitting*) : le modèle est si souple qu'il apprend par cœur le bruit de ses exemples
#   d'entraînement. Excellent sur les données d'entraînement, il fait moins bien sur de nouvelles données.
# - Le bon modèle se situe entre les deux, et c'est souvent un **hyperparamètre** qui fixe où : le nombre de
#   voisins `k`, la profondeur d'un arbre, le degré d'un polynôme (notebook 02), le nombre de neurones.
#
# Ce sont les données mises de côté qui le révèlent : le surapprentissage se traduit par un **écart** entre les
# scores sur l'entraînement et les scores sur des tumeurs que le modèle n'a jamais vues.
#
# **Choisir un hyperparamètre honnêtement.** Si l'on essayait toutes les valeurs de `k` pour garder celle qui donne
# le meilleur score *de test*, le jeu de test aurait servi à construire le modèle, et son score serait trop
# optimiste. On recoupe donc le jeu d'entraînement : un **jeu de validation** (*validation set*), ici 25 % des
# tumeurs d'entraînement, sert à choisir `k` ; le jeu de test ne joue aucun rôle dans ce choix, et mesure une seule
# fois le modèle retenu, à la fin.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="683d27df83c5"
# ### Widget : le k de kNN
#
# Deux variables seulement (le rayon et la texture des noyaux), pour pouvoir dessiner les **régions de
# décision** : le fond indique, en chaque point, la part de tumeurs malignes parmi les `k` tumeurs d'entraînement
# les plus proches (bleu = toutes bénignes, vermillon = toutes malignes, échelle de couleurs à droite) ; la ligne
# noire marque le passage à 50 % : c'est la frontière de décision.
#
# Faites varier `k` : avec `k = 1`, les régions épousent chaque tumeur et l'exactitude sur l'entraînement atteint
# 100 % ; avec un `k` très grand (la plupart des 341 tumeurs d'entraînement votent), la frontière s'émousse et
# glisse vers « bénigne », la classe majoritaire. Suivez les exactitudes d'entraînement et de validation sur le
# graphique de droite.

# %% slideshow={"slide_type": ""} translated_from="867a6f89be44"
from sklearn.neighbors import NearestNeighbors

two = ["mean_radius", "mean_texture"]
X2_train = X_train[:, [feature_names.index(f) for f in two]]
X2_test = X_test[:, [feature_names.index(f) for f in two]]
# les 455 tumeurs d'entraînement, recoupées : 341 pour ajuster, 114 pour choisir k (validation) ; le test n'y joue aucun rôle
X2_fit, X2_val, y_fit, y_val = train_test_split(X2_train, y_train, test_size=0.25, stratify=y_train, random_state=5)
m2, s2 = X2_fit.mean(axis=0), X2_fit.std(axis=0)                # scores z avec les statistiques des tumeurs d'ajustement
k_values = np.arange(1, 300, 2)                                  # k impair : pas d'égalité des votes
print(f"ajustement : {len(y_fit)} tumeurs, validation : {len(y_val)}, test (non utilisé pour choisir k) : {len(y_test)}")

# Quel que soit k, ce sont les mêmes voisins, seulement plus nombreux : on cherche une fois pour toutes les 299
# tumeurs d'ajustement les plus proches ; le vote pour un k donné est alors la part de malignes parmi les k premières
# (c'est ce qui rend le curseur rapide).
neighbours = NearestNeighbors(n_neighbors=k_values.max()).fit((X2_fit - m2) / s2)


def cumulative_votes(points):
    _, nearest = neighbours.kneighbors((points - m2) / s2)       # (n_points, 299), les plus proches d'abord
    return np.cumsum(y_fit[nearest], axis=1, dtype=np.int16)     # votes « maligne » parmi les j premières


def knn_accuracy(votes, labels):
    shares = votes[:, k_values - 1] / k_values                   # (n_points, n_k) : le vote pour chaque k
    return np.mean((shares > 0.5) == labels[:, None], axis=0)


curves = {"train_accuracy": knn_accuracy(cumulative_votes(X2_fit), y_fit),
          "val_accuracy": knn_accuracy(cumulative_votes(X2_val), y_val)}
# Autovérification : le raccourci donne les scores de scikit-learn pour quelques valeurs de k
reference = classic.scores_vs_hyperparameter("kNN", "n_neighbors", [1, 15, 101], X2_fit, y_fit, X2_val, y_val)
checks.close(curves["val_accuracy"][[0, 7, 50]], reference["test_accuracy"], tol=0.01,
             name="exactitude de validation pour k = 1, 15, 101")

# %% slideshow={"slide_type": ""} translated_from="25a661eb4602"
import contourpy

fig = widgets.new_figure(figsize=(10.5, 4.2), dpi=80)
ax_map, ax_acc = fig.subplots(1, 2, width_ratios=[1.3, 1])
start = classic.make_classifier("kNN", n_neighbors=15).fit(X2_fit, y_fit)
artists = plotting.plot_decision_boundary(
    start.predict_proba, X2_fit, y_fit, ax=ax_map, class_names=("bénigne", "maligne"),
    feature_names=("rayon moyen des noyaux (pixels)", "texture moyenne (écart-type des gris)"),
    title="Régions de décision (tumeurs d'ajustement)")
artists["image"].set_interpolation("nearest")                       # cellules nettes : plus rapide à redessiner
fig.colorbar(artists["image"], ax=ax_map, label="part de malignes parmi les k plus proches", shrink=0.9)
xmin, xmax, ymin, ymax = artists["extent"]
res = artists["image"].get_array().shape[0]
gx, gy = np.meshgrid(np.linspace(xmin, xmax, res), np.linspace(ymin, ymax, res))
grid_votes = cumulative_votes(np.column_stack([gx.ravel(), gy.ravel()]))   # (res * res, 299)
boundary, = ax_map.plot([], [], color="black", linewidth=1.5, label="frontière à 50 %")
ax_map.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), ncol=3)  # sous la carte, pas par-dessus le fond

ax_acc.plot(k_values, curves["train_accuracy"], label="jeu d'entraînement (ajustement)", color=plotting.OKABE_ITO["black"])
ax_acc.plot(k_values, curves["val_accuracy"], label="jeu de validation", color=plotting.OKABE_ITO["green"])
k_line = ax_acc.axvline(15, color="grey", linestyle="--")
train_dot, = ax_acc.plot([], [], "o", color=plotting.OKABE_ITO["black"])
val_dot, = ax_acc.plot([], [], "o", color=plotting.OKABE_ITO["green"])
ax_acc.set(xlabel="k (nombre de voisins)", ylabel="exactitude (part de réponses justes)", ylim=(0.55, 1.01),
           title="Exactitude : entraînement et validation")
ax_acc.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), ncol=2)
ax_acc.text(5, 0.57, "← surapprentissage", fontsize=10, color="grey")
ax_acc.text(295, 0.57, "sous-\napprentissage →", fontsize=10, color="grey", ha="right")


def boundary_line(share):
    """La ligne des 50 % d'une grille de parts, d'un seul tenant, avec des trous (NaN) entre ses morceaux."""
    pieces = contourpy.contour_generator(gx, gy, share).lines(0.5)
    if not pieces:
        return [], []
    joined = np.concatenate([np.vstack([piece, [np.nan, np.nan]]) for piece in pieces])
    return joined[:, 0], joined[:, 1]


def show_knn(k):
    share = (grid_votes[:, k - 1] / k).reshape(res, res)            # part de malignes parmi les k plus proches
    artists["image"].set_data(share)
    boundary.set_data(*boundary_line(share))
    i = int(np.argmin(np.abs(k_values - k)))                        # position de k sur les courbes
    train_acc, val_acc = curves["train_accuracy"][i], curves["val_accuracy"][i]
    k_line.set_xdata([k, k])
    train_dot.set_data([k], [train_acc])
    val_dot.set_data([k], [val_acc])
    return (f"k = {k} · exactitude d'entraînement {i18n.number(train_acc, '.1%')} · "
            f"exactitude de validation {i18n.number(val_acc, '.1%')}")


knn_view = widgets.LiveFigure(
    fig, show_knn, main=True,
    # redessinés à chaque mise à jour, dans cet ordre : le fond, la ligne des 50 %, puis les points par-dessus
    dynamic=[artists["image"], boundary, *artists["points"], k_line, train_dot, val_dot],
    k=widgets.slider(15, 1, 299, step=2, integer=True, description="k (nombre de voisins)"),
)
knn_view

# %% slideshow={"slide_type": ""} translated_from="6ab05b9973bb"
# Autovérification 1 : la recherche rapide donne le même fond que le kNN de scikit-learn (k = 15)
grid_15 = plotting.probability_grid(start.predict_proba, X2_fit, resolution=res)[0]
checks.true(np.mean(np.abs(grid_15.ravel() - grid_votes[:, 14] / 15)) < 0.01,
            "le fond du widget pour k = 15 correspond au predict_proba de scikit-learn")
# Autovérification 2 : k = 1 mémorise le jeu d'entraînement : un écart entraînement-validation plus large qu'avec
# k = 15, et une exactitude de validation inférieure de plus de 2 points à celle du meilleur k
gap = curves["train_accuracy"] - curves["val_accuracy"]
checks.true(curves["train_accuracy"][0] > 0.99 and gap[0] > gap[7] + 0.05
            and curves["val_accuracy"][0] < curves["val_accuracy"].max() - 0.02,
            "k = 1 surapprend : exactitude parfaite à l'entraînement, écart plus large qu'avec k = 15, et moins bonne exactitude de validation")
# Autovérification 3 : k = 299 sous-apprend : les deux exactitudes tombent bien en dessous de leur meilleure valeur
checks.true(curves["train_accuracy"][-1] < curves["train_accuracy"][1:].max() - 0.05
            and curves["val_accuracy"][-1] < curves["val_accuracy"].max() - 0.05,
            "k = 299 sous-apprend : les exactitudes d'entraînement et de validation baissent toutes les deux")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="64963fdb2e20"
# **Ce qu'il faut remarquer.** L'exactitude sur l'entraînement vaut 100 % pour `k = 1` (chaque tumeur est sa
# propre plus proche voisine) et diminue quand `k` augmente. L'exactitude de validation ondule sur un large plateau
# (chaque marche, vers le haut ou vers le bas, correspond à une tumeur sur 114), puis chute. L'écart entre les deux
# courbes pour `k = 1`, c'est le surapprentissage : les régions déchiquetées collent aux tumeurs d'entraînement, pas
# aux nouvelles, et l'exactitude de validation tombe sous le plateau. Tout à droite, les deux courbes plongent
# ensemble vers la part de tumeurs bénignes : c'est le sous-apprentissage, le modèle répond « bénigne » presque
# partout.
#
# Place maintenant à la procédure honnête : prendre le `k` qui donne la meilleure exactitude de validation,
# réentraîner sur les 455 tumeurs d'entraînement, et le mesurer une seule fois sur le jeu de test, qui n'a joué
# aucun rôle dans le choix de `k`.

# %% slideshow={"slide_type": ""} translated_from="8ead5837682b"
best_k = int(k_values[np.argmax(curves["val_accuracy"])])   # le premier k qui donne la meilleure exactitude de validation
plateau = k_values[curves["val_accuracy"] >= curves["val_accuracy"].max() - 0.02]
final_knn = classic.make_classifier("kNN", n_neighbors=best_k).fit(X2_train, y_train)
final_accuracy = np.mean(final_knn.predict(X2_test) == y_test)
baseline_accuracy = np.mean(y_test == 0)                     # toujours « bénigne »
print(f"k choisi sur la validation : {best_k} ; à moins de 2 points de son exactitude de validation : {len(plateau)} "
      f"valeurs impaires de k, entre {plateau.min()} et {plateau.max()}")
print(f"exactitude sur le test, mesurée une seule fois : {final_accuracy:.1%} · référence « toujours bénigne » : {baseline_accuracy:.1%}")
# Autovérification : deux variables et un k choisi sur la validation battent nettement la référence sur le jeu de test
checks.true(final_accuracy > baseline_accuracy + 0.2, "le kNN retenu bat la référence « toujours bénigne » sur le jeu de test")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="32389a412b04"
# Le jeu de validation ne compte que 114 tumeurs : beaucoup de valeurs de `k` obtiennent à peu près le même score.
# N'importe quel `k` du plateau (affiché plus haut ; `k = 1` n'en fait pas partie) est un choix défendable, et un
# autre découpage de validation en désignerait un autre.
# Avec moins de données, la *validation croisée* (*cross-validation* : faire tourner la partie de validation sur
# tout le jeu d'entraînement, puis faire la moyenne) donne un choix plus stable.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="0c526c4372ab"
# ## 5. Les données sous forme de tenseurs
#
# Les algorithmes d'apprentissage ne prennent que des **nombres**, rangés dans des tableaux appelés **tenseurs**
# (*tensors*) :
#
# | nom | dimensions | exemple |
# | --- | --- | --- |
# | scalaire | 0 | une température, 37,2 °C |
# | vecteur | 1 | les 30 mesures d'une tumeur |
# | matrice | 2 | le tableau entier : tumeurs × mesures ; une image en niveaux de gris : lignes × colonnes |
# | tenseur | 3 ou plus | un lot d'images ; un volume de scanner (coupes × lignes × colonnes) ; patients × temps × signaux |
#
# La **forme** (*shape*) donne la taille selon chaque dimension. Bien gérer les formes, c'est la moitié du travail
# quand on programme de l'apprentissage profond.

# %% slideshow={"slide_type": ""} translated_from="8c6cc0ddab1b"
one_tumour = X[0]                     # une ligne du tableau : un vecteur
print("une tumeur :", one_tumour.shape, "   le tableau :", X.shape)
print("sous forme de tenseur PyTorch :", torch.tensor(X, dtype=torch.float32).shape)

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="dd43da861810"
# **Une image** est une matrice d'intensités de pixels. Ici, un chiffre manuscrit de 8 × 8 pixels fourni par
# scikit-learn (niveaux de gris de 0 à 16) ; une radiographie thoracique repose sur la même idée, avec
# 2 000 × 2 000 pixels ; une photo en couleur ajoute une troisième dimension, de taille 3 (rouge, vert, bleu) ; un
# scanner empile des centaines de coupes.

# %% slideshow={"slide_type": ""} translated_from="025838e3015f"
from sklearn.datasets import load_digits

digits = load_digits()
digit_image = digits.images[0]                 # forme (8, 8)
fig, ax = plt.subplots(figsize=(4, 4))
ax.imshow(digit_image, cmap="gray_r", vmin=0, vmax=16)
for (row, col), value in np.ndenumerate(digit_image):
    ax.text(col, row, int(value), ha="center", va="center", fontsize=8,
            color="white" if value > 8 else "black")
ax.set(xlabel="colonne (pixel)", ylabel="ligne (pixel)", title=f"Un chiffre « {digits.target[0]} » est une matrice 8 × 8")
ax.grid(False)
plt.show()
print("une image :", digit_image.shape, "   toutes les images :", digits.images.shape)

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="4bd986042d6c"
# **Une série temporelle** est un vecteur indexé par le temps : ici, une fréquence cardiaque synthétique relevée
# une fois par minute pendant une heure. Un lot de patients avec deux signaux (fréquence cardiaque et saturation en
# oxygène) devient un tenseur à 3 dimensions (patients × minutes × signaux).

# %% slideshow={"slide_type": ""} translated_from="29a5ae837564"
rng = np.random.default_rng(0)
minutes = np.arange(60)
n_patients = 16
heart_rate = 72 + 6 * np.sin(2 * np.pi * minutes / 60) + rng.normal(0, 2, size=(n_patients, 60))  # battements/min
spo2 = np.clip(97 + rng.normal(0, 0.8, size=(n_patients, 60)), 90, 100)                            # %
vitals = np.stack([heart_rate, spo2], axis=-1)           # (patients, minutes, signaux)

fig, ax = plt.subplots(figsize=(8, 3))
ax.plot(minutes, heart_rate[0], marker=".", color=plotting.OKABE_ITO["black"])
ax.set(xlabel="temps (minutes)", ylabel="fréquence cardiaque (batt./min)", title="Une série temporelle : la fréquence cardiaque d'un patient")
plt.show()
print("fréquence cardiaque d'un patient :", heart_rate[0].shape, "   lot avec deux signaux :", vitals.shape)

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="f6d23086d6df"
# **Un son** est lui aussi une série temporelle, échantillonnée très vite. Un stéthoscope électronique mesure la
# pression acoustique des milliers de fois par seconde (2 000 pour les bruits du cœur du challenge PhysioNet
# 2016) : 3 secondes donnent un vecteur de 6 000 nombres, la **forme d'onde**. Ci-dessous, un bruit du cœur
# synthétique à 72 battements par minute : chaque battement comporte un B1 grave (fermeture des valves mitrale et
# tricuspide), un B2 un peu plus aigu (fermeture des valves aortique et pulmonaire) et, entre les deux, un **souffle
# systolique** : un bruit soufflant, plus aigu, comme celui que fait le sang turbulent en franchissant une valve
# aortique rétrécie (rétrécissement aortique).
#
# Un **spectrogramme** découpe le son en courtes fenêtres qui se chevauchent (64 ms) et mesure, dans chaque
# fenêtre, l'intensité de chaque hauteur (la fréquence, en hertz = vibrations par seconde). Le résultat est une
# matrice fréquences × temps : une *image* du son, que les réseaux conçus pour les images (notebook 07) savent lire.

# %% slideshow={"slide_type": ""} translated_from="5f86d3b40f97"
rate = 2000                                          # échantillons par seconde
t = np.arange(0, 3, 1 / rate)                        # 3 s → 6 000 instants d'échantillonnage
rng = np.random.default_rng(1)


def vibration(centre, width, frequency):
    """Une brève vibration : une sinusoïde de `frequency` Hz sous une enveloppe en cloche centrée en `centre` s."""
    return np.exp(-0.5 * ((t - centre) / width) ** 2) * np.sin(2 * np.pi * frequency * (t - centre))


noise_spectrum = np.fft.rfft(rng.normal(size=t.size))  # bruit blanc, limité à 150-450 Hz : le souffle
noise_frequencies = np.fft.rfftfreq(t.size, 1 / rate)
hiss = np.fft.irfft(noise_spectrum * ((noise_frequencies > 150) & (noise_frequencies < 450)), n=t.size)
hiss /= hiss.std()
heart_sound = 0.02 * rng.normal(size=t.size)         # bruit de fond
for beat_start in np.arange(0.1, 3, 60 / 72):        # un cycle cardiaque toutes les 60/72 = 0,83 s
    heart_sound += vibration(beat_start, 0.02, 45) + 0.7 * vibration(beat_start + 0.32, 0.015, 70)   # B1, B2
    phase = (t - beat_start - 0.06) / 0.2            # de 0 à 1 au fil de la systole, entre B1 et B2
    heart_sound += 0.25 * hiss * np.clip(1 - np.abs(2 * phase - 1), 0, None)   # souffle : il monte, puis décroît

window, hop = 128, 32                                # 128 échantillons = 64 ms ; une nouvelle fenêtre toutes les 16 ms
frames = np.lib.stride_tricks.sliding_window_view(heart_sound, window)[::hop] * np.hanning(window)
spectrogram = 10 * np.log10(np.abs(np.fft.rfft(frames, axis=1)).T ** 2 + 1e-6)   # (fréquences, fenêtres), dB
frequencies = np.fft.rfftfreq(window, 1 / rate)      # de 0 à 1 000 Hz
window_times = (np.arange(len(frames)) * hop + window / 2) / rate

fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(10, 5.8), sharex=True)
ax1.plot(t, heart_sound, color="black", linewidth=0.8)
ax1.set(ylabel="pression acoustique\n(unités arbitraires)", title="Forme d'onde : un vecteur de 6 000 nombres")
power_map = ax2.pcolormesh(window_times, frequencies, spectrogram, cmap="viridis", shading="auto",
                           vmin=spectrogram.max() - 50, vmax=spectrogram.max())
for x, y_text, name in [(0.93, 120, "B1"), (1.25, 140, "B2"), (1.09, 470, "souffle")]:
    ax2.text(x, y_text, name, color="white", ha="center", fontsize=11, fontweight="bold")
ax2.set(ylim=(0, 600), xlabel="temps (s)", ylabel="fréquence (Hz)", title="Spectrogramme : une image du son")
ax2.grid(False)
fig.colorbar(power_map, ax=[ax1, ax2], label="puissance du spectrogramme (dB)", shrink=0.5, anchor=(0.0, 0.0))
plt.show()
print("forme d'onde :", heart_sound.shape, "   spectrogramme (fréquences × fenêtres) :", spectrogram.shape)

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="253ab22a4535"
# **Un texte** est découpé en *jetons* (*tokens* : ici, des mots) ; chaque jeton reçoit un numéro dans un
# **vocabulaire**, et chaque numéro devient un vecteur **one-hot** (un vecteur indicateur) : que des zéros, sauf
# un 1 à la position de ce numéro. Une phrase devient une matrice (mots × taille du vocabulaire).
#
# Notre exemple est une courte note clinique rédigée en anglais : *patient reports severe chest pain*, soit
# « le patient signale une douleur thoracique intense ». Le vocabulaire compte 7 mots anglais : *chest*
# (thorax), *fever* (fièvre), *no* (pas de), *pain* (douleur), *patient*, *reports* (signale), *severe* (intense).

# %% slideshow={"slide_type": ""} translated_from="e8466669bf8b"
vocabulary = ["chest", "fever", "no", "pain", "patient", "reports", "severe"]
sentence = "patient reports severe chest pain".split()
indices = [vocabulary.index(word) for word in sentence]
one_hot = np.eye(len(vocabulary))[indices]                 # ligne i = vecteur one-hot du mot i
pd.DataFrame(one_hot.astype(int), index=sentence, columns=vocabulary)

# %% slideshow={"slide_type": ""} translated_from="155b2634656b"
classic.shape_table(temperature=np.array(37.2), one_tumour=one_tumour, table=X, digit=digit_image,
                    digits=digits.images, vitals=vitals, heart_sound=heart_sound, spectrogram=spectrogram,
                    sentence=one_hot)

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="348639d0e0a2"
# ### Exercice 3 : encoder une phrase en one-hot
#
# Encodez la note de trois mots `"no chest pain"` (« pas de douleur thoracique ») avec le même `vocabulary`.
# Rangez la matrice dans `note_one_hot` (forme : 3 mots × 7 entrées du vocabulaire).

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="62702aa39a0b"
note_one_hot = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
note_indices = [vocabulary.index(word) for word in "no chest pain".split()]
note_one_hot = np.eye(len(vocabulary))[note_indices]
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_3_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="2c064a387bbd"
exercise_3.check()
# exercise_3.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_3.solution()  # une solution commentée


# %% [markdown] slideshow={"slide_type": "slide"} translated_from="2d7e8c587e1b"
# ## 6. Qualité des données : à données médiocres, modèle médiocre
#
# Un modèle ne connaît que ses données d'entraînement. Les Anglo-Saxons disent *garbage in, garbage out*. Trois
# pièges classiques :
#
# - **Le bruit** : des étiquettes fausses ou des erreurs de mesure. Si certains cancers ont été enregistrés comme
#   bénins, le modèle apprend à les manquer.
# - **La couverture** : les données doivent couvrir les cas qui nous intéressent. Un modèle entraîné sur très peu
#   de cancers, sur des adultes seulement ou sur un seul modèle de scanner n'a pas vu le reste du monde.
# - **Les biais et les raccourcis** : un détail qui, par hasard, accompagne l'étiquette. Dans une expérience
#   célèbre, un classifieur entraîné sur des photos où chaque loup se tenait dans la neige distinguait les loups des
#   huskys en cherchant… la **neige** (Ribeiro et al., 2016). En médecine, des modèles de radiographie thoracique ont
#   appris à reconnaître l'*hôpital* d'où venait l'image (ses marqueurs, ses appareils), un indice lié à la pneumonie
#   dans leurs données, et faisaient moins bien dans d'autres hôpitaux (Zech et al., 2018) ; un classifieur de
#   mélanomes attribuait des scores plus élevés aux grains de beauté bénins entourés au **feutre** chirurgical
#   (Winkler et al., 2019).

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="901d651de2f8"
# Nous abîmons volontairement les données d'entraînement, entraînons chaque fois la même régression logistique, et
# la testons sur le même jeu de test, resté propre :
#
# 1. **données propres** : les données d'origine ;
# 2. **étiquettes bruitées** (*noisy labels*) : 30 % des cancers d'entraînement enregistrés comme bénins
#    (diagnostics manqués) ;
# 3. **couverture insuffisante** (*poor coverage*) : seuls 10 % des cancers d'entraînement sont conservés ;
# 4. **raccourci** (*shortcut*) : une colonne inventée, « adressé par le centre anticancéreux », qui concorde avec
#    le diagnostic pour 98 % des tumeurs d'entraînement. Le modèle est testé deux fois : dans les *mêmes* centres
#    (la colonne concorde toujours dans 98 % des cas), puis dans un *nouvel* hôpital, où elle n'apporte aucune information (elle ne concorde que par hasard).
#
# Les étiquettes inversées et les cancers conservés sont tirés au hasard : nous répétons donc chaque dégradation
# avec 3 graines aléatoires et montrons la moyenne et l'étendue.

# %% slideshow={"slide_type": ""} translated_from="b1ccc8eb9892"
def train_logistic(X_fit, y_fit):
    return classic.make_classifier("logistic regression").fit(X_fit, y_fit)


clean_model = train_logistic(X_train, y_train)
cancers = np.flatnonzero(y_train == 1)
print(f"couverture insuffisante : le modèle voit {len(cancers) // 10} des {len(cancers)} cancers d'entraînement")


def damaged_predictions(seed):
    """Prédictions sur le jeu de test du même modèle, entraîné sur des données propres et abîmées (un tirage)."""
    rng = np.random.default_rng(seed)
    # 2. étiquettes bruitées : 30 % des cancers d'entraînement basculés en bénins
    y_noisy = classic.flip_labels(y_train, 0.3, seed=seed, from_class=1)
    # 3. couverture insuffisante : toutes les tumeurs bénignes, mais seulement 10 % des cancers
    keep = np.concatenate([np.flatnonzero(y_train == 0), rng.choice(cancers, size=len(cancers) // 10, replace=False)])
    # 4. colonne raccourci, ajoutée aux 30 vraies variables
    short_train = classic.add_shortcut(y_train, agreement=0.98, seed=seed)
    short_same = classic.add_shortcut(y_test, agreement=0.98, seed=seed + 100)   # mêmes centres : toujours informative
    short_new = rng.integers(0, 2, size=len(y_test))                             # nouvel hôpital : pur hasard
    shortcut_model = train_logistic(np.column_stack([X_train, short_train]), y_train)
    return {
        "1. données propres": (y_test, clean_model.predict(X_test)),
        "2. étiquettes bruitées (30 % des cancers manqués)": (y_test, train_logistic(X_train, y_noisy).predict(X_test)),
        "3. couverture insuffisante (10 % des cancers gardés)": (y_test,
                                                    train_logistic(X_train[keep], y_train[keep]).predict(X_test)),
        "4a. raccourci, mêmes centres": (y_test, shortcut_model.predict(np.column_stack([X_test, short_same]))),
        "4b. raccourci, nouvel hôpital": (y_test, shortcut_model.predict(np.column_stack([X_test, short_new]))),
    }


damage_seeds = range(3)
per_seed = pd.concat([metrics.metrics_table(damaged_predictions(seed)) for seed in damage_seeds])
quality = per_seed.groupby(level=0, sort=False).agg(["mean", "min", "max"])
# affiché sous la forme « moyenne (plus basse-plus haute) » sur les graines
pd.DataFrame({column: [f"{average:.2f} ({low:.2f}-{high:.2f})" for average, low, high in quality[column].to_numpy()]
              for column in ("exactitude", "sensibilité", "spécificité")}, index=quality.index)

# %% slideshow={"slide_type": ""} translated_from="febfd5c73fef"
fig, ax = plt.subplots(figsize=(10, 4.8))
positions = np.arange(len(quality))
for offset, column, colour, meaning in [(-0.2, "sensibilité", plotting.POSITIVE_COLOR, "cancers détectés"),
                                        (0.2, "spécificité", plotting.NEGATIVE_COLOR, "tumeurs bénignes reconnues")]:
    average, low, high = (quality[column][stat].to_numpy() for stat in ("mean", "min", "max"))
    ax.barh(positions + offset, average, height=0.38, color=colour, label=f"{meaning} ({column})",
            xerr=np.clip([average - low, high - average], 0, None), error_kw={"ecolor": "black", "capsize": 3, "linewidth": 1})
ax.set_yticks(positions, quality.index)
ax.invert_yaxis()
ax.set(xlabel=f"part classée correctement (0-1) : barre = moyenne, moustache = étendue sur {len(damage_seeds)} graines",
       xlim=(0, 1.05), title="Même modèle, données d'entraînement abîmées")
ax.legend(loc="upper center", bbox_to_anchor=(0.4, -0.2), ncol=2)
plt.show()

# %% slideshow={"slide_type": ""} translated_from="84fe92662f51"
# Autovérifications : chaque dégradation coûte ce que dit le texte, pour chaque graine (pire cas : le score le plus haut)
clean = quality.loc["1. données propres"]
sens, spec, acc = quality["sensibilité"], quality["spécificité"], quality["exactitude"]
checks.true(sens.loc["2. étiquettes bruitées (30 % des cancers manqués)", "max"] < clean["sensibilité", "mean"] - 0.2,
            "étiquettes bruitées : le modèle manque beaucoup plus de cancers, pour chaque graine")
checks.true(sens.loc["3. couverture insuffisante (10 % des cancers gardés)", "max"] < clean["sensibilité", "mean"] - 0.05,
            "couverture insuffisante : la sensibilité baisse, pour chaque graine")
checks.true((spec.loc[["2. étiquettes bruitées (30 % des cancers manqués)", "3. couverture insuffisante (10 % des cancers gardés)"], "min"]
             >= clean["spécificité", "mean"] - 0.01).all(),
            "étiquettes bruitées et couverture insuffisante ne font pas baisser la spécificité")
checks.true(acc.loc["4b. raccourci, nouvel hôpital", "max"] < acc.loc["4a. raccourci, mêmes centres", "min"] - 0.04
            and acc.loc["4b. raccourci, nouvel hôpital", "mean"] < clean["exactitude", "mean"] - 0.04,
            "le modèle à raccourci brille chez lui et perd en exactitude dans un nouvel hôpital, pour chaque graine")
checks.true(acc.loc["4a. raccourci, mêmes centres", "mean"] > clean["exactitude", "mean"]
            and sens.loc["4b. raccourci, nouvel hôpital", "mean"] < clean["sensibilité", "mean"]
            and spec.loc["4b. raccourci, nouvel hôpital", "mean"] < clean["spécificité", "mean"],
            "chez lui, le modèle à raccourci bat le modèle propre ; dans le nouvel hôpital, il fait moins bien sur les deux classes")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="67fa8e7fd4e8"
# **Ce qu'il faut remarquer.** Les étiquettes bruitées et la couverture insuffisante font baisser la sensibilité
# sans faire baisser la spécificité (elle monte même un peu : le modèle répond moins souvent « maligne ») : elles
# pénalisent les *cancers*, la classe rare et importante. Chez lui, le modèle à raccourci paraît meilleur que le
# modèle propre, et c'est précisément pour cela que les raccourcis passent inaperçus jusqu'au déploiement ; dans le
# nouvel hôpital, il fait moins bien que le modèle propre, en moyenne, sur les cancers comme sur les tumeurs
# bénignes. Cet hôpital rompt l'hypothèse i.i.d. de la section 2 :
# la colonne raccourci ne s'y comporte plus comme à l'entraînement. Pour se défendre : regarder les données, tester
# sur des données venant d'un autre site ou d'une autre période (*validation externe*), et demander aux cliniciens
# quels détails pourraient trahir la réponse.
#
# Les données de santé ajoutent leurs propres difficultés : elles sont **confidentielles** (consentement,
# désidentification (pseudonymisation ou anonymisation), stockage sur des serveurs sécurisés, en France chez un hébergeur certifié
# HDS), souvent **incomplètes** (valeurs manquantes) et **bruitées** (erreurs de saisie, appareils qui ne
# concordent pas).

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="f3561dce3be1"
# ### Données synthétiques : élargir la couverture à dessein
#
# Quand les données réelles ne peuvent pas couvrir tous les scanners, tous les protocoles et toutes les anatomies,
# une solution consiste à *fabriquer* des données d'entraînement. Un générateur récent d'images médicales 3D (Dey et
# al., 2024) prend les contours d'organes d'un jeu de données public de scanners (TotalSegmentator) comme **modèles
# de formes**, en tire quelques-uns au hasard, les **assemble** en une seule scène, les **déforme**, puis peint
# chacun avec une intensité et une texture aléatoires. L'étiquette de chaque voxel (pixel 3D) est connue
# gratuitement, et les images sont volontairement plus étranges que celles de n'importe quel scanner réel : un
# réseau entraîné sur elles doit donc s'appuyer sur les formes plutôt que sur les niveaux de gris d'un scanner
# particulier. Ci-dessous, la même recette en 2D avec quatre modèles de formes faits main ; le notebook 09 utilise
# des coupes de scanner synthétiques et randomisées pour réparer un modèle qui échoue sur les examens sans
# injection de produit de contraste.

# %% slideshow={"slide_type": ""} translated_from="0d2a531fe548"
from matplotlib.colors import ListedColormap
from scipy import ndimage

size = 64
yy, xx = np.mgrid[0:size, 0:size] / size * 2 - 1      # coordonnées des pixels, de -1 à 1
templates = {                                         # modèles de formes binaires (True à l'intérieur de la forme)
    "round organ": xx ** 2 + yy ** 2 < 0.5 ** 2,
    "long organ": (xx / 0.7) ** 2 + (yy / 0.3) ** 2 < 1,
    "bean (kidney-like)": ((xx / 0.45) ** 2 + (yy / 0.6) ** 2 < 1) & ((xx - 0.45) ** 2 + yy ** 2 > 0.25 ** 2),
    "tube (vessel-like)": (np.abs(yy - 0.3 * np.sin(3 * xx)) < 0.12) & (np.abs(xx) < 0.85),
}


def synthetic_example(seed, n_shapes=4):
    """Une image synthétique et sa carte d'étiquettes (0 = fond, 1..n_shapes = les formes)."""
    rng = np.random.default_rng(seed)
    labels = np.zeros((size, size), dtype=int)
    for label, name in enumerate(rng.choice(list(templates), n_shapes), start=1):   # 1. tirer, 2. assembler
        shape = ndimage.zoom(templates[name].astype(float), rng.uniform(0.3, 0.6), order=0)
        shape = ndimage.rotate(shape, rng.uniform(0, 360), order=0) > 0.5
        top, left = rng.integers(0, size - shape.shape[0] + 1), rng.integers(0, size - shape.shape[1] + 1)
        labels[top:top + shape.shape[0], left:left + shape.shape[1]][shape] = label
    shift = [60 * ndimage.gaussian_filter(rng.normal(size=(size, size)), 8) for _ in range(2)]   # 3. déformer :
    rows, cols = np.mgrid[0:size, 0:size]                                                    # un décalage
    labels = ndimage.map_coordinates(labels, [rows + shift[0], cols + shift[1]], order=0, mode="nearest")  # lisse et aléatoire
    grey = rng.permutation(np.linspace(0, 1, n_shapes + 1)) + rng.uniform(-0.08, 0.08, n_shapes + 1)   # 4. peindre
    image = grey[labels] + 2 * ndimage.gaussian_filter(rng.normal(size=(size, size)), 12)     # éclairage inégal
    return ndimage.gaussian_filter(image, 0.7) + rng.normal(0, 0.05, size=(size, size)), labels


examples = [synthetic_example(seed) for seed in range(4)]
label_colours = ListedColormap(["white"] + [plotting.OKABE_ITO[c] for c in ("orange", "sky", "green", "purple")])
fig, axes = plt.subplots(2, 4, figsize=(11, 5.6))
for j, (synthetic_image, label_map) in enumerate(examples):
    shown = axes[0, j].imshow(synthetic_image, cmap="gray", vmin=-0.2, vmax=1.2)
    painted = axes[1, j].imshow(label_map, cmap=label_colours, vmin=-0.5, vmax=4.5, interpolation="nearest")
    axes[0, j].set_title(f"exemple {j + 1}")
    for ax in axes[:, j]:
        ax.set(xticks=[], yticks=[])
        ax.grid(False)
axes[0, 0].set_ylabel("image")
axes[1, 0].set_ylabel("carte d'étiquettes (gratuite)")
fig.colorbar(shown, ax=axes[0, :], label="intensité (unités arbitraires)", shrink=0.8)
legend = fig.colorbar(painted, ax=axes[1, :], ticks=range(5), label="étiquette", shrink=0.8)
legend.set_ticklabels(["fond", "forme 1", "forme 2", "forme 3", "forme 4"])
fig.suptitle("Synthèse aléatoire : modèles de formes tirés, assemblés, déformés et peints", fontweight="bold")
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="a6ad8aa3fb06"
# Les données synthétiques élargissent la couverture ; elles ne remplacent pas les vrais patients. Un modèle
# entraîné sur elles doit encore être testé sur des données réelles et externes avant qu'on puisse s'y fier.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="91016a4f107e"
# ## En résumé
#
# **À retenir**
# - IA ⊃ apprentissage automatique ⊃ apprentissage profond. L'IA symbolique suit des règles écrites par des
#   humains ; l'IA connexionniste (apprentissage automatique, apprentissage profond) les apprend à partir des
#   données. Le perceptron date de 1957-1958 ; après deux hivers de l'IA (environ 1974-1980 et 1987-1993), les
#   données, les GPU et les logiciels ont permis aux réseaux profonds de s'imposer à partir de 2012.
# - Vocabulaire : échantillons (lignes), variables (entrées), étiquette (réponse), modèle avec ses paramètres
#   (appris) et ses hyperparamètres (choisis) ; un jeu d'entraînement, un jeu de validation pour choisir les
#   hyperparamètres, et un jeu de test de 20 à 30 % qui ne sert qu'à mesurer : il n'entraîne rien et ne choisit
#   rien.
# - Le risque est la perte moyenne d'un modèle sur toute la population. Un jeu de test l'estime, à quelques points
#   près, seulement si ses patients sont tirés comme le seront les futurs patients (i.i.d.) ; un autre recrutement
#   ou un autre appareil rompt cette hypothèse.
# - L'apprentissage supervisé prédit une catégorie (classification) ou une quantité (régression) à partir
#   d'exemples étiquetés ; l'apprentissage non supervisé (k-moyennes) trouve une structure sans étiquettes.
# - Les méthodes classiques (kNN, classifieur bayésien naïf, arbres de décision, SVM, régression logistique) sont
#   performantes sur de petits tableaux. Comparez-les à un modèle de référence, par la sensibilité et la
#   spécificité, et sur plusieurs découpages : les petites différences ne sont que du bruit.
# - Le surapprentissage se voit à l'écart entre les scores d'entraînement et de validation ; un hyperparamètre
#   (k, profondeur, degré) règle l'équilibre. Tableaux, images, séries, sons et textes deviennent tous des
#   tenseurs, et des données de mauvaise qualité (bruit, couverture insuffisante, raccourcis) font de mauvais
#   modèles.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="0877824d6cd4"
# **Testez-vous**
# 1. Un collègue annonce une exactitude de 99 % pour un modèle, mesurée sur les données qui ont servi à
#    l'entraîner. Que lui demandez-vous ?
# 2. Prédire la durée d'hospitalisation (en jours), est-ce de la classification ou de la régression ?
# 3. Dans kNN, `k` est-il un paramètre ou un hyperparamètre ? Que se passe-t-il avec `k = 1`, et comment
#    choisir `k` ?
# 4. Un classifieur de lésions cutanées a été entraîné sur les images d'un seul hôpital, où chaque lésion maligne
#    était photographiée à côté d'une réglette. Que peut-il se passer ailleurs ?
# 5. Quelle est la forme d'un lot de 32 photos couleur de 224 × 224 pixels ? Et celle de 10 s de bruits du cœur
#    enregistrés à 2 000 échantillons par seconde ?
# 6. Un modèle a fait 5 % d'erreurs sur un jeu de test issu d'un centre de référence du cancer du sein. Fera-t-il
#    5 % d'erreurs dans un programme de dépistage ?
#
# <details><summary>Réponses</summary>
#
# 1. Son score sur un jeu de **test** mis de côté (jamais vu à l'entraînement), à côté d'un modèle de référence
#    simple, ainsi que la sensibilité et la spécificité : un score d'entraînement ne dit rien sur de nouveaux
#    patients (le modèle est peut-être en surapprentissage).
# 2. De la régression : la réponse est une quantité.
# 3. Un hyperparamètre (choisi, pas appris). Avec `k = 1`, le modèle recopie l'étiquette de l'exemple
#    d'entraînement le plus proche : 100 % d'exactitude à l'entraînement, c'est du surapprentissage. On choisit
#    `k` sur un jeu de validation (ou par validation croisée), jamais sur le jeu de test.
# 4. Le modèle a pu apprendre « réglette = maligne » (un raccourci). Là où les réglettes sont utilisées autrement,
#    il manquera des mélanomes ou déclenchera de fausses alertes. Testez-le sur des données externes.
# 5. (32, 224, 224, 3), ou (32, 3, 224, 224) selon la convention de PyTorch, qui place les canaux en premier ; un
#    vecteur de 10 × 2 000 = 20 000 nombres, de forme (20000,).
# 6. Pas forcément : la population dépistée n'est pas tirée comme celle du centre de référence (moins de cancers,
#    nodules plus petits) ; l'hypothèse i.i.d. tombe, et l'estimation faite sur le jeu de test ne se transpose pas.
#    Il faut la mesurer sur place.
# </details>
#
# **Et ensuite :** [02 · La régression linéaire](02_linear_regression.ipynb) : le plus simple des modèles qui
# apprennent, une droite ajustée en minimisant l'erreur quadratique.
