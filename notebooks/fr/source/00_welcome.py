# %% [markdown] slideshow={"slide_type": "slide"} translated_from="2651ef858526"
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/OWNER/REPOSITORY/blob/main/student/fr/00_welcome.ipynb)
#
# # 00 · Bienvenue : mode d'emploi du cours
#
# > Exécuter une cellule, déplacer un curseur, faire vérifier un exercice : les outils que vous retrouverez dans chaque notebook.
#
# **Durée estimée :** 20 min · **Prérequis :** aucun
#
# L'apprentissage profond (*deep learning*) lit déjà des radiographies thoraciques, repère les ECG anormaux et dépiste la rétinopathie diabétique sur des rétinographies. Ce cours vous montre comment ces systèmes fonctionnent de l'intérieur, avec de petits exemples qui tournent sur un simple ordinateur portable. Le but : vous permettre de les juger en connaissance de cause, c'est-à-dire de savoir ce qu'ils apprennent, comment ils se trompent et ce que leurs chiffres signifient pour un patient.
#
# **À la fin de ce notebook, vous saurez :**
# - exécuter un notebook cellule par cellule, et le relancer proprement quand quelque chose ne va pas ;
# - utiliser une figure interactive (un *widget*) et lire ce qu'elle montre ;
# - résoudre un exercice et comprendre la vérification automatique ;
# - trouver les diapositives, la version étudiant et le lien Binder.
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

# %% slideshow={"slide_type": "skip"} translated_from="43a2fb799ed6"
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

import course_utils
from course_utils import checks, i18n, plotting, widgets
from course_utils.exercises import ____
from course_utils.exercises.welcome import exercise_1

course_utils.setup(lang="fr")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="3b353f6ea175"
# ## 1. Un notebook, c'est un cahier de laboratoire… qui s'exécute
#
# Un notebook alterne des **cellules de texte** (comme celle-ci) et des **cellules de code** (les cadres gris marqués `[ ]:` à gauche).
#
# - **Exécuter une cellule :** cliquez dedans et appuyez sur **Maj + Entrée** (*Shift + Enter*). Le résultat s'affiche juste en dessous, et la cellule suivante est sélectionnée.
# - **L'ordre compte :** chaque cellule se sert de ce que les cellules précédentes ont créé. Exécutez-les de haut en bas.
# - **Repartir de zéro :** menu *Kernel → Restart Kernel and Run All Cells…* Le *noyau* (*kernel*) est le programme Python
#   qui exécute votre code ; le redémarrer efface tout, puis rejoue le notebook dans l'ordre.
# - **Vous ne pouvez rien casser :** modifier une cellule n'abîme pas le cours. Si vous ne vous y retrouvez plus, redémarrez le noyau,
#   ou reprenez une copie neuve du notebook.

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="28abfece9417"
# La cellule de configuration (*setup* : la cellule de code grise des `import`, juste avant la partie 1) a
# exécuté `course_utils.setup(lang="fr")` (`lang` : la langue des messages du cours ; l'édition anglaise, dans
# `notebooks/`, indique `"en"`). Cette fonction :
#
# 1. **fixe la graine** (*seed*) des générateurs de nombres aléatoires, pour qu'une nouvelle exécution du notebook
#    donne les mêmes nombres ; sur un autre ordinateur, certains résultats peuvent différer légèrement, et le texte
#    comme les vérifications en tiennent compte ;
# 2. applique le style de figures du cours (couleurs adaptées aux personnes daltoniennes, polices bien lisibles) ;
# 3. affiche une ligne avec les versions des logiciels et le **matériel de calcul** utilisé (*device*) : `cpu` sur un ordinateur
#    portable ou sur Binder, `cuda` si une carte graphique (GPU) est présente. Tout le cours fonctionne sur un processeur
#    ordinaire (CPU) ; le GPU ne sert que s'il y en a un.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="3ec5690caecd"
# ## 2. Nos premières données : 1 000 numérations sanguines (synthétiques)
#
# Dans plusieurs notebooks (01, 03, 05 et 06), nous utilisons une **numération sanguine** très simplifiée, une sorte de mini-hémogramme :
# hématies (globules rouges), leucocytes (globules blancs), hémoglobine et sexe, avec une colonne **alerte** (`alert`)
# qui vaut 1 dès qu'une valeur sort de son intervalle de référence.
# Les patients sont **synthétiques** : ils ont été générés par un programme à graine fixe (voir `data/README.md`).
# Aucune personne réelle n'est concernée, et tout le monde obtient le même tableau.

# %% slideshow={"slide_type": ""} translated_from="52a80073f870"
blood = course_utils.datasets.load_blood_counts()
print(f"{blood.shape[0]} patients (lignes) × {blood.shape[1]} colonnes")
blood.head()

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="b2715bd1733b"
# Les unités sont celles d'un compte rendu de laboratoire : hématies en T/L (10<sup>12</sup>/L), leucocytes en G/L
# (10<sup>9</sup>/L), hémoglobine en g/dL. Les anciennes unités donnent les mêmes nombres, puisque 1 T/L = 1 million/mm³
# et 1 G/L = 1 000/mm³ : le cours d'origine parlait de millions et de milliers par mm³. Le sexe est codé 1 = homme,
# 2 = femme, comme dans ce cours d'origine (H = 1, F = 2).
# Voici les intervalles de référence utilisés pour l'alerte :

# %% slideshow={"slide_type": ""} translated_from="e5b79935f0ed"
ranges = course_utils.datasets.REFERENCE_RANGES
pd.DataFrame({name: {"hommes": f"{r[1][0]}–{r[1][1]}", "femmes": f"{r[2][0]}–{r[2][1]}"}
              for name, r in ranges.items()})

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="e337ffd98fbf"
# ## 3. Une figure interactive
#
# Une seule mesure suffit-elle à déclencher l'alerte ? Imaginons que nous signalions tout patient dont le
# **nombre d'hématies est inférieur à un seuil**. Chaque barre compte les patients d'une tranche de 0,1 T/L, l'orange
# (alerte) empilé sur le bleu (pas d'alerte). Déplacez le curseur : les patients situés à gauche de la ligne
# pointillée sont signalés.
#
# - **Sensibilité** (*sensitivity*) : la part des patients *en alerte* que nous signalons. Nous la voulons élevée, pour
#   ne manquer personne.
# - **Spécificité** (*specificity*) : la part des patients *sans alerte* que nous ne signalons pas. Nous la voulons
#   élevée aussi, pour éviter des inquiétudes et des examens inutiles.
#
# Observez : quand l'une monte, l'autre baisse. Ce compromis reviendra dans chaque notebook.

# %% slideshow={"slide_type": "skip"} translated_from="9d21a1953143"
red = blood["red_cells"].to_numpy()
alert = blood["alert"].to_numpy()
bins = np.round(np.arange(1.5, 7.6, 0.1), 1)  # bornes arrondies (1,5 ; 1,6 ; …) : une valeur de 4,5 tombe dans la barre à droite de 4,5

fig = widgets.new_figure(figsize=(9, 3.8))
ax = fig.subplots()
ax.hist([red[alert == 0], red[alert == 1]], bins=bins, stacked=True,
        color=[plotting.NEGATIVE_COLOR, plotting.POSITIVE_COLOR], label=["pas d'alerte (alert = 0)", "alerte (alert = 1)"])
ax.set(xlabel="hématies (T/L, soit 10$^{12}$/L)", ylabel="nombre de patients",
       title="Signaler les patients dont les hématies sont sous un seuil")
ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0))  # à côté du graphique, là où la ligne ne va jamais
threshold_line = ax.axvline(4.0, color="black", linestyle="--", linewidth=2)
score_text = ax.text(1.02, 0.55, "", transform=ax.transAxes, va="top", fontsize="medium")


def show_threshold(threshold):
    threshold = round(threshold, 1)  # le curseur avance par pas de 0,1 ; un navigateur peut envoyer 4.500000000000001
    flagged = (red < threshold).astype(int)
    m = course_utils.metrics.binary_metrics(alert, flagged)
    threshold_line.set_xdata([threshold, threshold])
    score_text.set_text(f"seuil {i18n.number(threshold, '.1f')} T/L\n"   # 4.5 en anglais, 4,5 en français
                        f"sensibilité {i18n.number(m['sensitivity'], '.0%')} ({m['tp']} sur {m['tp'] + m['fn']})\n"
                        f"spécificité {i18n.number(m['specificity'], '.0%')} ({m['tn']} sur {m['tn'] + m['fp']})")
    return f"{flagged.sum()} patients signalés sur {len(flagged)}"


# %% slideshow={"slide_type": ""} translated_from="f6d72f890e34"
threshold_view = widgets.LiveFigure(
    fig, show_threshold, main=True, dynamic=[threshold_line, score_text],
    threshold=widgets.slider(4.0, 2.0, 6.0, step=0.1, description="seuil d'hématies (T/L)"),
)
threshold_view

# %% slideshow={"slide_type": "subslide"} translated_from="fb2b2e989aa0"
sex = blood["sex"].to_numpy()
red_range = ranges["red_cells"]  # {1: (bas, haut) pour les hommes, 2: (bas, haut) pour les femmes}
low = np.where(sex == 1, red_range[1][0], red_range[2][0])   # la limite basse de chaque patient
high = np.where(sex == 1, red_range[1][1], red_range[2][1])  # et sa limite haute
print("patients en alerte :", alert.sum())
print("  dont hématies dans leur intervalle :", ((alert == 1) & (red >= low) & (red <= high)).sum())
print("  dont hématies trop nombreuses :", ((alert == 1) & (red > high)).sum())
false_alarms = (red < 4.5) & (alert == 0)
print("signalés à 4,5 T/L sans alerte :", false_alarms.sum(), "| femmes :", (false_alarms & (sex == 2)).sum(),
      f"| hématies de {red[false_alarms].min()} à {red[false_alarms].max()}")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="3473884460b6"
# **Ce qu'il faut remarquer.** Sur les 422 patients en alerte, 256 ont un nombre d'hématies *dans* l'intervalle de
# leur sexe : leur alerte vient des leucocytes ou de l'hémoglobine. Un seuil sur une seule mesure ne peut pas les
# repérer sans signaler aussi beaucoup de patients sains. Deux autres angles morts :
#
# - 58 alertes ont des hématies *trop nombreuses* : une règle qui signale les valeurs *sous* un seuil regarde du
#   mauvais côté pour elles.
# - La règle ignore le sexe, alors que l'intervalle de référence en dépend : à 4,5 T/L, les 87 patients signalés sans
#   alerte sont tous des femmes, avec 4,0 à 4,4 T/L, un nombre normal pour une femme.
#
# Combiner plusieurs mesures, c'est précisément ce qu'apprendront à faire les neurones du notebook 03.
#
# *Si le curseur ne réagit pas :* la figure ne reste active que tant que le noyau tourne. Exécutez de nouveau la cellule
# (Maj + Entrée) ; après un redémarrage, exécutez d'abord toutes les cellules situées au-dessus.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="7fc7da50a33b"
# ## 4. Exercices et vérifications
#
# Chaque notebook propose des exercices. Un exercice occupe trois cellules :
#
# 1. l'énoncé, dans une cellule intitulée **Exercice k** ;
# 2. une cellule de code pour votre réponse, avec un code de départ où `____` marque ce qu'il vous reste à écrire :
#    remplacez `____` par votre code, puis exécutez la cellule ;
# 3. une cellule de **vérification**, qui vous dit si votre réponse est juste : un ✅, ou un message qui explique ce qui
#    ne va pas. Tant que vous n'avez rien essayé, elle indique que l'exercice n'est *pas encore tenté*, et le notebook
#    continue.
#
# Vous bloquez ? `exercise_1.hint()` vous donne un premier coup de pouce ; exécutez-le une deuxième fois pour obtenir la
# méthode. `exercise_1.solution()` affiche une solution commentée. Les vérifications sont là pour vous aider, pas pour
# vous noter : lisez le message, corrigez votre code, puis exécutez de nouveau les deux cellules.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="0b11afb68128"
# ### Exercice 1 : la prévalence des alertes
#
# Quelle proportion des 1 000 patients a `alert = 1` ? Rangez-la dans `prevalence`, sous la forme d'un nombre compris
# entre 0 et 1.

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="4b58bba0c5bd"
prevalence = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
prevalence = blood["alert"].mean()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="391a040d21ee"
exercise_1.check()
# exercise_1.hint()      # un coup de pouce ; relancez-le pour l'étape suivante
# exercise_1.solution()  # une solution commentée

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="8e90efd882f7"
# À quoi ressemble une réponse fausse ? Voici la vérification quand elle reçoit un pourcentage (50) au lieu d'une
# proportion entre 0 et 1 : elle dit ce qui ne va pas, sans donner la réponse. Dans votre propre travail,
# la cellule s'arrêterait sur ce message ; ici, nous l'interceptons pour vous le montrer.

# %% slideshow={"slide_type": ""} translated_from="6e1058b40644"
try:
    exercise_1.check(prevalence=50)
except checks.ExerciseError as error:
    print(error)

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="1796130ed9ca"
# ## 5. Autovérifications : le notebook se contrôle lui-même
#
# En plus de vos exercices, les notebooks contiennent des cellules d'**autovérification** qui contrôlent les résultats
# importants : l'exactitude (*accuracy*) d'un modèle, ou un calcul programmé pas à pas qui doit retrouver le résultat
# de PyTorch.
# Nos tests les exécutent automatiquement : si un résultat cité dans le texte change un jour, nous le voyons aussitôt.
# Celle-ci contrôle la figure ci-dessus : avec un seuil de 4,5 T/L, les barres situées à gauche de la ligne pointillée
# contiennent exactement les patients que la règle signale, et la règle fondée sur les hématies manque la plupart des
# alertes.

# %% slideshow={"slide_type": ""} translated_from="5ed870b50f44"
threshold_view.set(threshold=4.5)
line_at = threshold_line.get_xdata()[0]  # la position actuelle de la ligne pointillée de la figure
drawn_left = int(sum(bar.get_height() for bar in ax.patches if bar.get_x() + bar.get_width() / 2 < line_at))
m45 = course_utils.metrics.binary_metrics(alert, (red < line_at).astype(int))
checks.equal(drawn_left, m45["tp"] + m45["fp"], name="patients dessinés à gauche de la ligne à 4,5 T/L",
             hint="Les barres à gauche de la ligne pointillée devraient contenir exactement les patients signalés.")
checks.between(m45["sensitivity"], 0.30, 0.45, name="sensibilité au seuil de 4,5 T/L",
               hint="Les hématies seules ne devraient repérer qu'une partie des alertes.")
checks.between(m45["specificity"], 0.80, 0.90, name="spécificité au seuil de 4,5 T/L")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="1502b35c754e"
# ## 6. Diapositives, version étudiant et Binder
#
# - **Diapositives.** Chaque cellule porte des métadonnées de diaporama : un formateur peut donc présenter ce même
#   notebook en direct, widgets compris (voir la partie du README consacrée aux formateurs).
# - **Version étudiant.** Le dossier `student/fr/` (`student/` pour l'édition anglaise) contient les mêmes notebooks sans
#   les solutions des exercices : les cellules de réponse ne gardent que leur code de départ avec `____`. Cette version
#   s'exécute de bout en bout avant même que vous ayez résolu quoi que ce soit.
# - **Binder.** Le badge *launch binder* du README ouvre tout le cours dans votre navigateur, sans rien installer.
#   Le démarrage prend quelques minutes, et vos modifications sont perdues quand vous fermez l'onglet : téléchargez ce
#   que vous voulez garder.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="ebc23946c2ba"
# ## En résumé
#
# **À retenir**
# - Exécutez les cellules dans l'ordre avec **Maj + Entrée** ; *Restart Kernel and Run All* vous fait repartir de zéro.
# - Les widgets sont des figures vivantes : bougez les commandes et regardez la figure changer.
# - Chaque exercice a sa vérification, qui affiche ✅ ou explique ce qui ne va pas ; `hint()` et `solution()` vous
#   aident à la demande. Les autovérifications contrôlent les résultats du notebook lui-même.
# - Quand on déplace un seuil, la sensibilité et la spécificité varient en sens inverse.
#
# **Testez-vous**
# 1. Vous avez exécuté la cellule 10, puis modifié la cellule 5. Le résultat de la cellule 10 est-il encore à jour ?
# 2. Une règle signale tous les patients. Quelles sont sa sensibilité et sa spécificité ?
#
# <details><summary>Réponses</summary>
#
# 1. Non : la cellule 10 a utilisé les anciennes valeurs. Exécutez de nouveau les cellules qui suivent la cellule 5
#    (ou *Run All*).
# 2. Une sensibilité de 100 % (aucune alerte n'est manquée) et une spécificité de 0 % (tous les patients sains sont
#    signalés).
# </details>
#
# **Et ensuite :** [01 · Les bases de l'apprentissage automatique](01_ml_basics.ipynb), ou ce que veut dire
# « apprendre à partir des données ».
