# %% [markdown] slideshow={"slide_type": "slide"} translated_from="90fc9f6531fc"
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/OWNER/REPOSITORY/blob/main/student/fr/08_rnn.ipynb)
#
# # 08 · Les réseaux récurrents : lire le rythme cardiaque
#
# > Séquences, mémoire et LSTM : d'un vrai ECG 12 dérivations à un détecteur d'arythmies, comparé à un CNN 1D.
#
# **Durée estimée :** 90 min · **Prérequis :** 03, 05, 06, 07
#
# Un électrocardiogramme (ECG), un scope de surveillance ou un capteur de glycémie ne donnent pas un nombre, mais une *séquence* de nombres dans le temps, et le sens est dans l'ordre. La fibrillation atriale, l'arythmie soutenue la plus fréquente (2 à 4 % des adultes, au moins 1 personne sur 10 après 80 ans), se reconnaît en comparant les battements les uns aux autres. Des entreprises comme Cardiologs vendent déjà des réseaux de neurones qui lisent les ECG ; ce notebook ouvre la boîte noire.
#
# **À la fin de ce notebook, vous saurez :**
# - expliquer pourquoi l'ordre et la mémoire comptent dans les séquences médicales, et transformer une phrase ou un signal en séquence de vecteurs (mots codés en *one-hot*, fenêtres d'échantillons) ;
# - écrire en NumPy une cellule récurrente et une étape de LSTM, les dérouler dans le temps et les vérifier avec PyTorch (`nn.RNN`, `nn.LSTMCell`) ;
# - expliquer, par un produit d'un facteur par étape, pourquoi les gradients s'évanouissent ou explosent au fil du temps, comment les portes d'un LSTM gardent un chemin ouvert à la mémoire, et ce qu'apporte la profondeur (couches empilées, étapes dans le temps) ;
# - entraîner un LSTM et un réseau convolutif 1D (CNN) qui signalent les arythmies sur des ECG synthétiques, et les comparer honnêtement : face à une règle simple, sur trois graines, avec des seuils choisis sur les données de validation et un jeu de test consulté une seule fois.
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

# %% slideshow={"slide_type": "skip"} translated_from="8061e04fcf99"
import time

import ipywidgets
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import torch
from scipy import ndimage
from tqdm.auto import tqdm

import course_utils
from course_utils import checks, i18n, plotting, widgets
from course_utils.exercises import ____
from course_utils.exercises.rnn import exercise_1, exercise_2, exercise_3

course_utils.setup(lang="fr")

# %% slideshow={"slide_type": "skip"} translated_from="573e6c1d1f09"
from course_utils import metrics, training
from course_utils.datasets.ecg import (
    CLASS_NAMES,
    ECG_CLASSES,
    beat_components,
    load_dicom_ecg,
    make_ecg,
    make_ecg_dataset,
)
from course_utils.sequences import build_vocabulary, one_hot, sliding_windows, tokenize

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="9169f8334ae5"
# ## 1. Les séquences en médecine
#
# Une **séquence** est une liste de valeurs dont l'*ordre* a un sens. Quand les valeurs sont mesurées à intervalles
# réguliers, on parle de **série temporelle** (*time series*) ; chaque position est un **pas de temps** (*time step*).
#
# | signal | une valeur, c'est | fréquence habituelle | unités, valeurs de référence |
# | --- | --- | --- | --- |
# | ECG | le potentiel électrique du cœur | 250 à 1 000 échantillons par seconde (Hz) | millivolts (mV) ; une onde R d'environ 0,5 à 2 mV |
# | scope de surveillance | fréquence cardiaque, SpO₂, pression artérielle | une valeur par seconde ou par minute | bpm (60 à 100 au repos) ; SpO₂ ≥ 95 % ; mmHg |
# | capteur de glucose en continu | glucose interstitiel | une valeur toutes les 5 min | mg/dL ; cible 70 à 180 mg/dL (3,9 à 10 mmol/L, soit 0,70 à 1,80 g/L) |
# | observation clinique | un mot | - | - |
#
# La **fréquence d'échantillonnage** $f_s$ est le nombre de valeurs par seconde : à $f_s = 100$ Hz, deux échantillons
# sont séparés de 10 ms.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="297a7b738ca5"
# ### L'ordre est une information
#
# Ci-dessous, une journée simulée d'un capteur de glucose (288 valeurs, une toutes les 5 min) : trois repas donnent
# trois pics. Puis les *mêmes 288 valeurs* dans le désordre. Moyenne, minimum, maximum et histogramme sont identiques,
# et pourtant la seconde courbe ne dit plus rien des repas. Un modèle qui ignore l'ordre (comme le perceptron
# multicouche du notebook 06, qui voit une liste fixe d'entrées sans aucune notion d'« avant ») jette cette information,
# sauf si on lui donne l'ordre explicitement.

# %% slideshow={"slide_type": ""} translated_from="796acfce027a"
rng = np.random.default_rng(0)
hours = np.arange(0, 24, 5 / 60)                       # une valeur toutes les 5 min, en heures
glucose = 95 + rng.normal(0, 3, hours.size)            # glycémie à jeun d'environ 95 mg/dL (0,95 g/L)
for meal_time, rise in [(7.5, 60), (12.5, 75), (19.5, 70)]:
    after = np.clip(hours - meal_time, 0, None)
    glucose += rise * (after / 0.75) * np.exp(1 - after / 0.75)   # pic 45 min après le repas, retour en ~3 h
shuffled = rng.permutation(glucose)

fig, ax = plt.subplots(figsize=(9, 3.4))
ax.plot(hours, glucose, label="dans l'ordre du temps")
ax.plot(hours, shuffled, alpha=0.6, lw=1, label="mêmes valeurs, mélangées")
ax.axhspan(70, 180, color="grey", alpha=0.1, label="cible 70-180 mg/dL")
ax.set(xlabel="heure de la journée (h)", ylabel="glucose (mg/dL)",
       title="Une journée de mesure continue du glucose (simulée)",
       xticks=range(0, 25, 3))
ax.legend(loc="upper left", ncols=3)
plt.show()

def lag1_correlation(x):
    """À quel point chaque valeur ressemble à la précédente (1 = courbe lisse, 0 = aucun lien)."""
    return np.corrcoef(x[:-1], x[1:])[0, 1]

print(f"moyenne : {glucose.mean():.1f} contre {shuffled.mean():.1f} mg/dL | "
      f"corrélation avec la valeur précédente : {lag1_correlation(glucose):.2f} contre {lag1_correlation(shuffled):.2f}")

# %% slideshow={"slide_type": ""} translated_from="6483e11b436d"
checks.true(np.isclose(glucose.mean(), shuffled.mean()) and lag1_correlation(glucose) > 0.9
            and abs(lag1_correlation(shuffled)) < 0.3,
            "mêmes valeurs, même moyenne, mais seule la série ordonnée se souvient d'où elle était un instant plus tôt")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="b598a1f529b7"
# ### La mémoire : lire le présent à la lumière du passé
#
# Une fréquence cardiaque de 120 bpm n'a pas le même sens après dix minutes de montée lente (fièvre, saignement ?)
# qu'après un bond brutal. La fibrillation atriale ne se voit pas sur un seul battement : c'est l'*irrégularité d'un
# battement à l'autre* qui la trahit. Pour lire une séquence, un modèle a besoin d'une **mémoire** de ce qui précède :
# un résumé du passé qu'il met à jour à chaque pas. Ce résumé est l'**état** d'un **réseau de neurones récurrent**
# (RNN, *recurrent neural network*) : chaque nouvelle sortie dépend de l'entrée du moment *et* de tout ce qui l'a
# précédée.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="1740c9e32bd8"
# ## 2. Un vrai ECG, tiré d'un fichier DICOM
#
# DICOM, le format standard des images médicales, stocke aussi des tracés. La bibliothèque `pydicom` fournit comme
# fichier de test un vrai ECG de repos 12 dérivations, anonymisé (`waveform_ecg.dcm`) : nous pouvons le lire sans
# rien télécharger.
#
# Une **dérivation** (*lead*) est un point de vue sur l'activité électrique du cœur, la tension mesurée entre des
# électrodes : les dérivations I, II, III, aVR, aVL, aVF regardent depuis les membres, V1 à V6 depuis le thorax.
# L'en-tête indique comment convertir en volts les entiers stockés (la *sensibilité du canal*), la fréquence
# d'échantillonnage et le filtre de l'appareil.

# %% slideshow={"slide_type": ""} translated_from="dfee90c8b115"
rec = load_dicom_ecg()          # lit le fichier de test de pydicom : signaux, fréquence d'échantillonnage, dérivations, unités...
print(f"{len(rec.leads)} dérivations x {rec.signals.shape[0]} échantillons | fréquence d'échantillonnage {rec.fs:.0f} Hz | "
      f"{rec.duration_s:.0f} s | unités dans l'en-tête : {rec.units} | filtre {rec.filter_hz[0]}-{rec.filter_hz[1]} Hz")
print("dérivations :", ", ".join(rec.leads))
print(f"appareil : {rec.manufacturer} | patient : sexe {rec.patient['sex']}, âge {rec.patient['age']} (anonymisé)")
print("conclusions de l'appareil :", " / ".join(rec.statements))
print("mesures de l'appareil :", ", ".join(f"{k} {v:g} {u}" for k, (v, u) in rec.measurements.items()
                                            if k.endswith(("Interval", "Duration"))))

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="a14691e38f13"
# Les conclusions sont en italien : *ritmo sinusale* = rythme sinusal, *ECG normale* = ECG normal. Les mesures sont
# dans les normes de l'adulte : RR 982 ms (fréquence cardiaque $60\,000 / 982 \approx 61$ bpm), PR 161 ms
# (0,12 à 0,20 s), QRS 75 ms (< 120 ms), QTc 370 ms (< 450 à 470 ms). (« PP Interval 0 » signifie seulement que
# l'appareil a laissé le champ vide.)
#
# Les valeurs sont en microvolts (µV, comme l'indique l'en-tête) ; nous les divisons par 1 000 pour tracer des
# millivolts sur **papier ECG**, tel que tout clinicien le lit : le papier défile à **25 mm/s** et l'amplitude est de
# **10 mm/mV**. Un petit carreau (1 mm x 1 mm) représente donc 0,04 s en largeur et 0,1 mV en hauteur ; un grand
# carreau (5 mm x 5 mm), 0,2 s et 0,5 mV. La présentation standard montre les 12 dérivations sur 3 lignes de
# 4 colonnes, 2,5 s chacune (les colonnes sont des moments successifs des mêmes 10 s), avec en bas un **tracé long**
# de 10 s en DII (*rhythm strip*). Le créneau au début de chaque ligne est le **signal d'étalonnage** : 1 mV de haut
# (10 mm, deux grands carreaux) et 0,2 s de large ; le clinicien le vérifie avant de lire la hauteur des ondes.

# %% slideshow={"slide_type": ""} translated_from="137337969f5d"
to_mv = {"uV": 1e-3, "mV": 1.0}[rec.units]      # l'unité vient de l'en-tête, jamais supposée
MM_PER_S, MM_PER_MV, MM_PER_INCH = 25, 10, 25.4  # vitesse du papier et amplitude standard
layout = [["I", "aVR", "V1", "V4"], ["II", "aVL", "V2", "V5"], ["III", "aVF", "V3", "V6"], ["II"]]  # dernière : DII long
seg_s, row_mv = 2.5, 3.0                        # 2,5 s par dérivation ; lignes espacées de 3 mV (30 mm)
t_low, t_high = -0.4, rec.duration_s            # s : le créneau d'étalonnage se place avant 0 s
v_low, v_high = -1.0, (len(layout) - 1) * row_mv + 1.5   # mV

# la figure est dimensionnée pour que 1 s fasse 25 mm et 1 mV 10 mm, affichée ou imprimée à 100 %
width_mm, height_mm = (t_high - t_low) * MM_PER_S, (v_high - v_low) * MM_PER_MV
margin_mm = {"left": 14, "right": 4, "bottom": 14, "top": 10}
fig_w = width_mm + margin_mm["left"] + margin_mm["right"]
fig_h = height_mm + margin_mm["bottom"] + margin_mm["top"]
fig = plt.figure(figsize=(fig_w / MM_PER_INCH, fig_h / MM_PER_INCH), layout="none")
ax = fig.add_axes((margin_mm["left"] / fig_w, margin_mm["bottom"] / fig_h, width_mm / fig_w, height_mm / fig_h))
ax.grid(False)
paper = plotting.OKABE_ITO["purple"]            # papier rose ; pas une couleur de classe
for mm, lw, alpha in [(1, 0.4, 0.25), (5, 0.9, 0.6)]:   # petits (1 mm) puis grands (5 mm) carreaux
    ax.vlines(np.arange(t_low, t_high + 1e-9, mm / MM_PER_S), v_low, v_high, color=paper, lw=lw, alpha=alpha)
    ax.hlines(np.arange(v_low, v_high + 1e-9, mm / MM_PER_MV), t_low, t_high, color=paper, lw=lw, alpha=alpha)
for r, row in enumerate(layout):
    baseline = (len(layout) - 1 - r) * row_mv
    ax.plot([-0.4, -0.32, -0.32, -0.12, -0.12, -0.04], baseline + np.array([0, 0, 1, 1, 0, 0]), color="black", lw=1.2)
    for c, lead in enumerate(row):
        t0 = c * seg_s
        t1 = rec.duration_s if len(row) == 1 else t0 + seg_s
        i0, i1 = int(t0 * rec.fs), int(t1 * rec.fs)
        ax.plot(rec.time[i0:i1], rec.lead(lead)[i0:i1] * to_mv + baseline, color="black", lw=0.9)
        ax.text(t0 + 0.05, baseline + 1.15, lead, fontsize=11, fontweight="bold", va="bottom")
ax.set(xlim=(t_low, t_high), ylim=(v_low, v_high), xticks=np.arange(0, rec.duration_s + 0.1, 1), yticks=[],
       xlabel="temps (s)", ylabel="tension (1 grand carreau = 0,5 mV)",
       title=f"Vrai ECG 12 dérivations issu d'un fichier DICOM ({rec.fs:.0f} Hz) sur papier standard : 25 mm/s, 10 mm/mV")
plt.show()

# %% slideshow={"slide_type": ""} translated_from="cdb545d1285c"
(x0, y0), (x1, y1) = ax.transData.transform([(0, 0), (0.04, 0.1)])    # un petit carreau, en pixels d'écran
small_square_mm = (x1 - x0) / fig.dpi * MM_PER_INCH, (y1 - y0) / fig.dpi * MM_PER_INCH
print(f"un petit carreau (0,04 s x 0,1 mV) mesure {small_square_mm[0]:.2f} mm x {small_square_mm[1]:.2f} mm sur la figure")
checks.close(np.array(small_square_mm), np.array([1.0, 1.0]), tol=0.01,
             name="petit carreau, largeur et hauteur (mm)",
             hint="À 25 mm/s et 10 mm/mV, 0,04 s et 0,1 mV font chacun 1 mm.")


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="786c52457b76"
# ### Repérer les battements : l'intervalle RR
#
# Chaque pic élevé est une **onde R**, le sommet du **complexe QRS** (la contraction des ventricules). Le temps qui
# sépare deux pics R est l'**intervalle RR** ; la fréquence cardiaque en battements par minute (bpm) vaut
# $60 / \text{RR}$, avec RR en secondes. Un détecteur simple : un échantillon est un pic R s'il dépasse la moitié du
# plus grand pic, s'il est plus haut que ses voisins et s'il arrive au moins 0,25 s après le pic précédent (ce
# détecteur simple suppose donc moins de 240 battements par minute).

# %% slideshow={"slide_type": ""} translated_from="442551670762"
def find_r_peaks(x, fs, refractory_s=0.25):
    """Indices des pics R d'une dérivation x (n_samples,) échantillonnée à fs Hz."""
    threshold = 0.5 * x.max()
    candidates = np.flatnonzero((x[1:-1] > threshold) & (x[1:-1] >= x[:-2]) & (x[1:-1] > x[2:])) + 1
    peaks = []
    for i in candidates:
        if not peaks or i - peaks[-1] > refractory_s * fs:
            peaks.append(i)                    # un nouveau battement
        elif x[i] > x[peaks[-1]]:
            peaks[-1] = i                      # même battement, point plus haut
    return np.array(peaks)

lead_ii = rec.lead("II") * to_mv
peaks = find_r_peaks(lead_ii, rec.fs)
rr_ms = np.diff(peaks) / rec.fs * 1000
print(f"{len(peaks)} battements en {rec.duration_s:.0f} s | intervalles RR (ms) : {np.round(rr_ms).astype(int)}")
print(f"RR moyen {rr_ms.mean():.0f} ms -> {60000 / rr_ms.mean():.0f} bpm | l'appareil indiquait {rec.measurements['RR Interval'][0]:g} ms")

# %% slideshow={"slide_type": ""} translated_from="55e12e163e1b"
checks.close(rr_ms.mean(), rec.measurements["RR Interval"][0], tol=20,
             name="intervalle RR moyen selon notre détecteur (ms)",
             hint="Le détecteur doit trouver un pic par battement en DII.")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="9e77718aa4ca"
# Nos intervalles RR varient de quelques dizaines de millisecondes d'un battement à l'autre : c'est normal
# (**arythmie sinusale**, due surtout à la respiration). Dans la fibrillation atriale, ils varient de plusieurs
# centaines de millisecondes, sans aucune régularité.
#
# L'enregistrement est échantillonné à 1 000 Hz pour mesurer les formes fines. Pour reconnaître un *rythme*, 100 Hz
# suffisent, pour un coût dix fois moindre : nos ECG synthétiques (section 6) sont à 100 Hz.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="d0b28f1056be"
# ## 3. Une séquence de vecteurs : mots en *one-hot*, fenêtres d'échantillons
#
# Un réseau ne prend que des nombres : chaque pas de temps doit devenir un vecteur $x_t$.
#
# Pour un texte, on découpe la phrase en **jetons** (*tokens*, ici des mots), on numérote chaque jeton distinct (le
# **vocabulaire**) et l'on écrit le jeton numéro $k$ sous la forme d'un vecteur **one-hot** : que des zéros, sauf un 1
# en position $k$. Une phrase de $T$ mots devient un tableau $T \times V$, où $V$ est la taille du vocabulaire : une
# ligne par mot, *dans l'ordre de lecture*.

# %% slideshow={"slide_type": ""} translated_from="9dd180359819"
note_a = "Toux sans fièvre"
note_b = "Fièvre sans toux"
tokens_a, tokens_b = tokenize(note_a), tokenize(note_b)
vocabulary = build_vocabulary(tokens_a + tokens_b)
onehot_a, onehot_b = one_hot(tokens_a, vocabulary), one_hot(tokens_b, vocabulary)
print("jetons :", tokens_a, "| vocabulaire :", vocabulary)

fig, axes = plt.subplots(1, 2, figsize=(9, 3.2))
for ax, tokens, table, note in [(axes[0], tokens_a, onehot_a, note_a), (axes[1], tokens_b, onehot_b, note_b)]:
    ax.imshow(table, cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(len(vocabulary)), list(vocabulary), rotation=30)
    ax.set_yticks(range(len(tokens)), [f"t={t + 1} : {w}" for t, w in enumerate(tokens)])
    ax.set(xlabel="vocabulaire (une colonne par mot)", ylabel="pas de temps (mot lu)", title=f"« {note} »")
    ax.grid(False)
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="3e10ab57aa7e"
# Les deux observations utilisent les trois mêmes mots : la *somme* de leurs lignes (un « sac de mots », *bag of
# words*) est identique, et pourtant elles disent l'inverse l'une de l'autre. Seul l'ordre les distingue : le modèle
# doit lire les lignes l'une après l'autre. (De la même façon, « Je mange un avocat » devient un tableau $4 \times 4$.)

# %% slideshow={"slide_type": ""} translated_from="28af9008ec9f"
checks.true(np.array_equal(onehot_a.sum(axis=0), onehot_b.sum(axis=0)) and not np.array_equal(onehot_a, onehot_b),
            "même sac de mots, séquences différentes : c'est l'ordre qui porte le sens")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="4af7dd0ba92e"
# Pour un signal, chaque échantillon est déjà un nombre ($x_t$ de taille 1). On peut aussi regrouper les échantillons
# en courtes **fenêtres** : un ECG de 5 s à 100 Hz (500 échantillons) découpé en fenêtres de 20 échantillons devient
# 25 pas de temps de 0,2 s, chacun étant un vecteur de 20 nombres. Moins de pas, c'est un entraînement plus rapide et
# une mémoire moins longue à entretenir (nous nous en servons à la section 8).

# %% slideshow={"slide_type": ""} translated_from="39c6f4893171"
demo_signal = np.arange(500.0)                  # tient lieu de 5 s d'ECG à 100 Hz
frames = sliding_windows(demo_signal, 20)       # fenêtres de 0,2 s sans chevauchement
print("signal", demo_signal.shape, "-> fenêtres", frames.shape, "| la première fenêtre contient les échantillons",
      frames[0, [0, -1]], "| la deuxième commence à l'échantillon", frames[1, 0])


# %% [markdown] slideshow={"slide_type": "slide"} translated_from="a1e740db0a9f"
# ## 4. La cellule récurrente
#
# Un RNN lit $x_1, x_2, \dots, x_T$ un par un. Il garde un **état caché** $h_t$ (*hidden state*), un vecteur de
# $H$ nombres (sa mémoire), qu'il met à jour à chaque pas à partir de la nouvelle entrée et de l'état précédent :
#
# $$h_t = \tanh\left(W_{xh}\, x_t + b_{xh} + W_{hh}\, h_{t-1} + b_{hh}\right), \qquad h_0 = 0$$
#
# - $W_{xh}$ ($H \times$ taille de l'entrée) regarde la nouvelle entrée ; $W_{hh}$ ($H \times H$) regarde la mémoire ;
# - $\tanh$ ramène chaque valeur dans $(-1, 1)$ (notebook 06) ;
# - les **mêmes** poids servent à chaque pas (partage des poids dans le temps, comme un CNN partage un filtre sur
#   toute l'image) ;
# - pour classer une séquence entière, on lit le dernier état (ou la moyenne des états) avec une couche dense.
#
# Comme $h_{t-1}$ dépend lui-même de $h_{t-2}$, et ainsi de suite, $h_t$ dépend de *toutes* les entrées déjà lues.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="3d39bcd4289d"
# ### Le déroulement dans le temps
#
# Dessiner une copie de la cellule par pas de temps **déroule** le réseau (*unrolling*) : il devient un réseau
# profond sans boucle, avec une couche par pas, toutes ces couches partageant les mêmes poids. Lire $k$ pas avec une
# cellule de $l$ couches revient à un réseau de $l \times k$ couches. On l'entraîne par une rétropropagation
# ordinaire (notebook 05) à travers ce graphe déroulé, appelée **rétropropagation à travers le temps**
# (*backpropagation through time*, BPTT).
#
# ```
#      x_1             x_2             x_3                 x_T
#       │               │               │                   │
#       ▼               ▼               ▼                   ▼
#  ┌─────────┐ h_1 ┌─────────┐ h_2 ┌─────────┐ h_3     ┌─────────┐
#  │ cellule ├────►│ cellule ├────►│ cellule ├──► … ──►│ cellule ├──► h_T ──► dense ──► P(arythmie)
#  └─────────┘     └─────────┘     └─────────┘         └─────────┘
#   mêmes poids W_xh, W_hh, b dans chaque boîte : une seule cellule, dessinée une fois par pas de temps
# ```

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="4257175bf15a"
# ### À partir de zéro, en NumPy
#
# Toute la cellule tient en une ligne, dans une boucle sur le temps.

# %% slideshow={"slide_type": ""} translated_from="2a31446cb7b7"
def rnn_forward(X, W_xh, W_hh, b_xh, b_hh, h0=None):
    """Fait tourner une cellule récurrente sur une séquence X de forme (T, n_inputs) ; renvoie tous les états cachés, (T, H)."""
    h = np.zeros(W_hh.shape[0]) if h0 is None else h0
    states = []
    for x_t in X:                                             # un pas de temps après l'autre
        h = np.tanh(W_xh @ x_t + b_xh + W_hh @ h + b_hh)       # nouvelle mémoire = f(nouvelle entrée, ancienne mémoire)
        states.append(h)
    return np.array(states)


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="6585d63b6be4"
# ### Vérification avec PyTorch
#
# `torch.nn.RNN` applique exactement cette formule. Nous en créons un avec des poids aléatoires, nous copions ses
# poids dans notre fonction et nous donnons aux deux la même phrase codée en *one-hot* : « Le patient signale une
# douleur thoracique sans fièvre ».

# %% slideshow={"slide_type": ""} translated_from="b4f49d5da7e5"
sentence = tokenize("Le patient signale une douleur thoracique sans fièvre")
vocab = build_vocabulary(sentence)
X_words = one_hot(sentence, vocab)                      # (8 mots, 8 entrées de vocabulaire)

torch.manual_seed(0)
rnn = torch.nn.RNN(input_size=len(vocab), hidden_size=6, batch_first=True)   # cellule tanh, H = 6
weights = {name: p.detach().double().numpy() for name, p in rnn.named_parameters()}
print({name: w.shape for name, w in weights.items()})

H_numpy = rnn_forward(X_words, weights["weight_ih_l0"], weights["weight_hh_l0"],
                      weights["bias_ih_l0"], weights["bias_hh_l0"])
with torch.no_grad():
    H_torch, h_last = rnn(torch.tensor(X_words[None], dtype=torch.float32))   # un lot d'une seule phrase
H_torch = H_torch[0].numpy()
print(f"plus grand écart NumPy / PyTorch : {np.abs(H_numpy - H_torch).max():.1e}")

# %% slideshow={"slide_type": ""} translated_from="e726cea8f490"
checks.close(H_numpy, H_torch, tol=1e-5, name="états cachés, NumPy contre torch.nn.RNN",
             hint="Utilisez h = tanh(W_xh x_t + b_xh + W_hh h + b_hh), en partant de h = 0.")
checks.close(H_numpy[-1], h_last[0, 0].numpy(), tol=1e-5, name="dernier état caché h_T")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="3559677e9a06"
# ### L'état caché au fil du temps
#
# Chaque colonne est la mémoire après la lecture d'un mot de plus ; chaque ligne, l'une des 6 unités cachées. Le
# réseau n'est pas encore entraîné (poids aléatoires), mais il montre déjà le mécanisme : l'état change à chaque mot,
# et la dernière colonne dépend de toute la phrase.

# %% slideshow={"slide_type": ""} translated_from="a41727fa410a"
fig, ax = plt.subplots(figsize=(8, 3.2))
image = ax.imshow(H_numpy.T, cmap="RdBu_r", vmin=-1, vmax=1, aspect="auto")
ax.set_xticks(range(len(sentence)), [f"{w}\n(t={t + 1})" for t, w in enumerate(sentence)])
ax.set_yticks(range(6), [f"$h^{{({k + 1})}}$" for k in range(6)])
ax.set(xlabel="mot qui vient d'être lu", ylabel="unité cachée",
       title="État caché $h_t$ d'un RNN (non entraîné), mot après mot")
ax.grid(False)
fig.colorbar(image, ax=ax, label="valeur (tanh : de -1 à 1)")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="879a1fc992a8"
# La même cellule lit un signal. Voici les 3 premières secondes de DII du vrai ECG, ramenées à 100 Hz (une valeur
# sur dix) et **standardisées** (moyenne 0, écart-type 1 : les réseaux apprennent mieux sur des entrées de cet ordre
# de grandeur), données échantillon par échantillon à un nouveau RNN de 8 unités cachées. Chaque onde du battement
# (P, QRS, T) fait bouger l'état ; avec ces petits poids aléatoires, il revient au repos en quelques échantillons :
# sa mémoire est courte. La durée de la mémoire qu'un RNN peut garder, et apprendre, est l'objet de la section 5.

# %% slideshow={"slide_type": ""} translated_from="adb8ff9f0e4f"
ecg_100hz = lead_ii[: int(3 * rec.fs) : 10]                  # 300 échantillons : 3 s à 100 Hz, en mV
ecg_input = (ecg_100hz - ecg_100hz.mean()) / ecg_100hz.std()  # standardisé (sans unité)
torch.manual_seed(1)
rnn_ecg = torch.nn.RNN(input_size=1, hidden_size=8, batch_first=True)
w = {name: p.detach().double().numpy() for name, p in rnn_ecg.named_parameters()}
H_ecg = rnn_forward(ecg_input[:, None], w["weight_ih_l0"], w["weight_hh_l0"], w["bias_ih_l0"], w["bias_hh_l0"])
with torch.no_grad():
    H_ecg_torch = rnn_ecg(torch.tensor(ecg_input[None, :, None], dtype=torch.float32))[0][0].numpy()

t_100 = np.arange(ecg_100hz.size) / 100
fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(9, 4.6), sharex=True, height_ratios=[1, 1.3])
ax1.plot(t_100, ecg_100hz, color="black", lw=1)
ax1.set(ylabel="DII (mV)", title="Un RNN (non entraîné) lit un vrai ECG, un échantillon (10 ms) à la fois")
image = ax2.imshow(H_ecg.T, cmap="RdBu_r", vmin=-1, vmax=1, aspect="auto", extent=(0, t_100[-1], 8.5, 0.5),
                   interpolation="nearest")
ax2.set(xlabel="temps (s)", ylabel="unité cachée", yticks=range(1, 9))
ax2.grid(False)
fig.colorbar(image, ax=[ax1, ax2], label="valeur de l'état caché", shrink=0.6)
plt.show()

# %% slideshow={"slide_type": ""} translated_from="5cb812843de2"
checks.close(H_ecg, H_ecg_torch, tol=1e-5, name="états cachés sur l'ECG, NumPy contre torch.nn.RNN")


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="200a23c50a1b"
# ### Réseaux récurrents profonds : des couches empilées
#
# Un RNN peut être profond dans deux directions. **Dans le temps** : déroulé sur $T$ pas, c'est une chaîne de $T$
# copies de la cellule. **En couches** : on peut empiler des cellules, la deuxième lisant, pas à pas, les états cachés
# de la première au lieu des entrées brutes :
#
# $$h^{(1)}_t = \tanh\left(W^{(1)}_{xh}\, x_t + W^{(1)}_{hh}\, h^{(1)}_{t-1} + b^{(1)}\right), \qquad
# h^{(2)}_t = \tanh\left(W^{(2)}_{xh}\, h^{(1)}_t + W^{(2)}_{hh}\, h^{(2)}_{t-1} + b^{(2)}\right)$$
#
# (l'exposant $(1)$ ou $(2)$ désigne la couche ; chaque biais $b$ représente la somme des deux vecteurs de biais de
# PyTorch). En PyTorch, c'est `torch.nn.RNN(..., num_layers=2)` ; en NumPy, c'est notre fonction appelée deux fois,
# la seconde sur les états de la première.

# %% slideshow={"slide_type": ""} translated_from="cdb681083917"
torch.manual_seed(0)
stacked = torch.nn.RNN(input_size=len(vocab), hidden_size=6, num_layers=2, batch_first=True)
w2 = {name: p.detach().double().numpy() for name, p in stacked.named_parameters()}
layer_1 = rnn_forward(X_words, w2["weight_ih_l0"], w2["weight_hh_l0"], w2["bias_ih_l0"], w2["bias_hh_l0"])
layer_2 = rnn_forward(layer_1, w2["weight_ih_l1"], w2["weight_hh_l1"], w2["bias_ih_l1"], w2["bias_hh_l1"])
with torch.no_grad():
    stacked_torch = stacked(torch.tensor(X_words[None], dtype=torch.float32))[0][0].numpy()   # états de la dernière couche
print("la couche 2 lit les états de la couche 1 :", layer_1.shape, "->", layer_2.shape,
      f"| plus grand écart avec torch.nn.RNN(num_layers=2) : {np.abs(layer_2 - stacked_torch).max():.1e}")
checks.close(layer_2, stacked_torch, tol=1e-5, name="RNN à 2 couches, NumPy (couche 1 puis couche 2) contre PyTorch")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="683970ee8610"
# ### Ce qu'apporte la profondeur
#
# Déroulés, $k$ pas d'une cellule à $l$ couches forment un réseau ordinaire, sans boucle (*feed-forward*), de $l \times k$ couches, qui
# partagent leurs poids. La profondeur dans le temps coûte peu de paramètres, mais elle permet de dessiner des
# fonctions très riches. Un exemple : la couche de 2 neurones ReLU $t(x) = 2\,\mathrm{ReLU}(x) - 4\,\mathrm{ReLU}(x - 0{,}5)$
# dessine une tente sur $[0, 1]$ (elle monte de 0 à 1, puis redescend à 0). Réinjectez sa sortie dans elle-même,
# comme le fait une boucle récurrente, et les tentes se replient : après $k$ passages, la courbe compte $2^k$
# segments de droite. Un réseau à **une seule** couche cachée de $m$ neurones ReLU dessine au plus $m + 1$ segments
# (chaque neurone ajoute au plus un coude). Il lui faut un neurone pour chacun des $2^k - 1$ coudes, plus un
# qui lance le premier segment montant en 0, comme la tente elle-même : $2^k$ neurones pour reproduire ce que
# 2 neurones font en $k$ pas (notebook 06, section 6).

# %% slideshow={"slide_type": ""} translated_from="579277dc6ca2"
def tent(x):
    """Une couche de 2 neurones ReLU : 2 ReLU(x) - 4 ReLU(x - 0,5), une tente sur [0, 1]."""
    return 2 * np.maximum(x, 0) - 4 * np.maximum(x - 0.5, 0)

def count_pieces(y):
    """Nombre de segments de droite d'une courbe échantillonnée sur une grille régulière (changements de pente + 1)."""
    slopes = np.round(np.diff(y), 9)
    return 1 + np.count_nonzero(slopes[1:] != slopes[:-1])

x_grid = np.linspace(0, 1, 2**10 + 1)          # contient tous les coudes des courbes ci-dessous
fig, ax = plt.subplots(figsize=(8, 3.4))
pieces = {}
curve = x_grid
for k in range(1, 6):
    curve = tent(curve)                        # un passage de plus par les 2 mêmes neurones
    pieces[k] = count_pieces(curve)
    if k in (1, 2, 3, 5):
        ax.plot(x_grid, curve, lw=1.5 if k < 5 else 1, color=plotting.SERIES_COLORS[[1, 2, 3, 5].index(k)],
                label=f"{k} passage{'s' if k > 1 else ''} : {pieces[k]} segments")
ax.set(xlabel="entrée x (sans unité)", ylabel="sortie après k passages", ylim=(-0.05, 1.4),
       title="Les 2 mêmes neurones ReLU appliqués k fois : $2^k$ segments de droite")
ax.legend(ncols=4, loc="upper center", columnspacing=1.0)
plt.show()
print({k: f"{n} segments (un réseau à une couche a besoin de {n - 1} neurones)" for k, n in pieces.items()})

# %% slideshow={"slide_type": ""} translated_from="0a9f0a55ede3"
checks.true(all(n == 2**k for k, n in pieces.items()),
            "chaque passage par les 2 mêmes neurones double le nombre de segments de droite")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="e0f4b87cfee6"
# **Ce que l'on sait.** Telgarsky (2015, *Representation benefits of deep feedforward networks*) en a fait un
# théorème : un réseau récurrent de 3 neurones appliqué $k$ fois classe sans une seule erreur $2^k$ points aux
# étiquettes alternées, alors qu'un réseau de $l$ couches d'au plus $2^{(k-3)/l - 1}$ neurones par couche se trompe
# sur au moins 1 point sur 6 : le nombre de neurones nécessaires croît exponentiellement avec $k$. En pratique,
# empiler 2 à 4 couches récurrentes aide sur les tâches difficiles : sur un jeu de référence en reconnaissance de la
# parole (TIMIT), l'erreur a baissé à mesure qu'on empilait les couches de LSTM, de 1 à 5 (Graves et al., 2013), et
# la traduction automatique a utilisé des LSTM à 4 couches, nettement meilleurs que des versions moins profondes
# (Sutskever et al., 2014). Au-delà, les empilements simples deviennent difficiles à entraîner : le système de
# traduction de Google a eu besoin de connexions raccourcies (résiduelles) pour entraîner 8 couches de LSTM (Wu et
# al., 2016). Et la profondeur dans le temps a un prix, objet de la section suivante : les gradients doivent
# remonter à travers chaque pas.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="3a1c2821e0d4"
# ## 5. Gradients qui s'évanouissent ou qui explosent au fil du temps
#
# Pour apprendre qu'une onde P survenue il y a 0,16 s compte maintenant, l'erreur mesurée à la fin doit remonter
# jusqu'aux premiers pas.
#
# **D'abord, une seule unité cachée.** Prenons un RNN à une seule unité cachée : $h_k = \tanh(w\, h_{k-1} + u\, x_k + b)$.
# De combien $h_k$ bouge-t-il quand $h_{k-1}$ bouge un peu ? La pente de $\tanh$ en un point où elle vaut $h$ est
# $1 - h^2$ (notebook 05) ; d'après la règle de dérivation en chaîne,
#
# $$\frac{\partial h_k}{\partial h_{k-1}} = (1 - h_k^2)\, w .$$
#
# Remonter du dernier pas $T$ jusqu'à un pas antérieur $t$ enchaîne $T - t$ pas de ce genre : la règle de dérivation
# en chaîne multiplie un facteur par pas ($\prod$ signifie « multiplier tous les facteurs », comme $\sum$ signifie
# « les additionner ») :
#
# $$\frac{\partial h_T}{\partial h_t} = \prod_{k=t+1}^{T} (1 - h_k^2)\, w .$$
#
# Chaque facteur vaut au plus $|w|$ en valeur absolue, car $0 < 1 - h_k^2 \le 1$. Avec $w = 0{,}9$, 50 pas en arrière,
# le produit vaut au plus $0{,}9^{50}$ : le gradient **s'évanouit** (*vanishing gradient*). Avec $w = 1{,}5$ et de petits
# états (des facteurs proches de 1,5), il croît comme $1{,}5^{T-t}$ : il **explose** (*exploding gradient*).

# %% slideshow={"slide_type": ""} translated_from="0ff112cecb91"
print(f"0.9^50 = {0.9**50:.4f} | 1.5^10 = {1.5**10:.0f}")

w_one, u_one = 0.9, 1.0                                   # une seule unité cachée
x_one = np.random.default_rng(0).normal(size=60)
h_one = [0.0]
for x_k in x_one:
    h_one.append(np.tanh(w_one * h_one[-1] + u_one * x_k))    # h_1 ... h_60 (sans biais ici)
h_one = np.array(h_one)
factors = (1 - h_one[11:] ** 2) * w_one                    # un facteur par pas, k = 11 ... 60
print(f"d h_60 / d h_10, produit de {factors.size} facteurs : {factors.prod():.2e}")

# la même dérivée par la différentiation automatique de PyTorch (notebook 05), pour comparer
h_start = torch.tensor(h_one[10], dtype=torch.float64, requires_grad=True)
h_run = h_start
for x_k in x_one[10:]:
    h_run = torch.tanh(w_one * h_run + u_one * x_k)
h_run.backward()
print(f"d h_60 / d h_10 par autograd :               {h_start.grad.item():.2e}")

# %% slideshow={"slide_type": ""} translated_from="e73119389431"
checks.close(factors.prod(), h_start.grad.item(), tol=1e-12, name="d h_60 / d h_10 : produit des facteurs contre autograd")
checks.true(abs(factors.prod()) < 1e-3 * w_one**50,
            "les pentes de tanh rendent le produit des 50 facteurs bien plus petit que son plafond 0,9^50")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="b8cbea307ffb"
# ### Plusieurs unités cachées : la jacobienne
#
# D'abord, le produit affiché plus haut : il est très en dessous de son plafond $0{,}9^{50}$. Le plafond compte chaque
# pente $1 - h_k^2$ pour 1, mais là où l'état est loin de 0, tanh est presque plate (elle **sature**) et la pente est
# bien plus petite. Le plafond dit seulement jusqu'où le gradient peut aller, au plus.
#
# Avec $H$ unités cachées, « de combien chaque unité de $h_k$ bouge quand chaque unité de $h_{k-1}$ bouge un peu »
# forme un tableau de $H \times H$ pentes, la **matrice jacobienne** $J_k$ : son coefficient ligne $i$, colonne $j$
# vaut $\partial h_k^{(i)} / \partial h_{k-1}^{(j)}$. Pour notre cellule,
#
# $$J_k = \operatorname{diag}\!\left(1 - h_k^2\right) W_{hh},$$
#
# où $\operatorname{diag}(v)$ est la matrice carrée qui porte les nombres de $v$ sur sa diagonale et des zéros
# ailleurs : la multiplier revient à multiplier la ligne $i$ de $W_{hh}$ par $1 - (h_k^{(i)})^2$, la pente de tanh
# pour l'unité $i$. Remonter de plusieurs pas multiplie ces tableaux (le produit matriciel du notebook 02), un par
# pas :
#
# $$\frac{\partial h_T}{\partial h_t} = J_T\, J_{T-1} \cdots J_{t+1}
# = \prod_{k=t+1}^{T} \operatorname{diag}\!\left(1 - h_k^2\right) W_{hh} .$$
#
# La taille d'un tel tableau est son **plus grand étirement** : le plus grand facteur par lequel il peut allonger un
# vecteur (`np.linalg.norm(J, 2)`). Si chaque $J_k$ étire d'au plus $g < 1$, le produit diminue au moins aussi vite
# que $g^{T-t}$ et le réseau ne peut pas apprendre de liens à longue distance. Si $W_{hh}$ étire de plus de 1, le
# produit peut croître (la parade habituelle est l'**écrêtage du gradient**, *gradient clipping* : plafonner la
# taille du gradient). C'est le gradient qui s'évanouit avec la profondeur du notebook 05, cette fois à travers le
# *temps* : un RNN déroulé est très profond.
#
# Ci-dessous, $W_{hh}$ est un *gain* multiplié par une rotation (une matrice qui fait tourner les vecteurs sans les
# étirer) : elle étire donc chaque vecteur exactement du gain. Ce qu'il faut regarder : avec les gains 0,5 et 0,9, la
# taille diminue encore plus vite que $0{,}5^{T-t}$ et $0{,}9^{T-t}$ (toujours les pentes de tanh). Avec le gain 1,5,
# elle commence par dépasser 1 sur quelques pas en arrière : le gradient explose. Puis elle diminue : les grands poids
# poussent les états vers -1 et 1, où tanh sature, et les pentes plates l'emportent. Les gradients continuent
# d'exploser quand les états restent dans la partie raide de tanh, au milieu ; les pas d'entraînement deviennent alors
# énormes, ce qu'empêche l'écrêtage.

# %% slideshow={"slide_type": ""} translated_from="08c484e5003c"
def gradient_through_time(W_hh, states):
    """Taille de d h_T / d h_t pour t = T-1, T-2, ..., 1 : plus grand étirement du produit des jacobiennes."""
    J = np.eye(W_hh.shape[0])
    sizes = []
    for h_k in states[:0:-1]:                          # k = T, T-1, ..., 1 (on remonte le temps)
        J = J @ (np.diag(1 - h_k**2) @ W_hh)           # dérivation en chaîne : un facteur de plus par pas en arrière
        sizes.append(np.linalg.norm(J, 2))
    return np.array(sizes)

rng = np.random.default_rng(0)
n_hidden, steps = 16, 60
inputs = rng.normal(size=(steps, 1))
W_in = rng.normal(scale=0.5, size=(n_hidden, 1))
base = np.linalg.qr(rng.normal(size=(n_hidden, n_hidden)))[0]     # une rotation : n'étire aucun vecteur
fig, ax = plt.subplots(figsize=(8, 3.6))
grad_sizes = {}
for gain, color in zip([0.5, 0.9, 1.5], plotting.SERIES_COLORS):
    W_rec = gain * base                                            # étire chaque vecteur du gain
    states = rnn_forward(inputs, W_in, W_rec, np.zeros(n_hidden), np.zeros(n_hidden))
    grad_sizes[gain] = gradient_through_time(W_rec, states)
    ax.semilogy(np.arange(1, steps), grad_sizes[gain], color=color, label=f"$W_{{hh}}$ de gain {gain}")
ax.axhline(1, color="grey", lw=0.8)
ax.set(xlabel="pas en arrière dans le temps (T - t)",
       ylabel=r"taille du gradient $\|\partial h_T / \partial h_t\|$ (échelle log)",
       title="Combien un pas ancien peut encore influencer le dernier (RNN en NumPy)")
ax.legend()
plt.show()
print({gain: f"{sizes[49]:.1e}" for gain, sizes in grad_sizes.items()}, "<- 50 pas en arrière")
peak = int(np.argmax(grad_sizes[1.5]))
print(f"gain 1,5 : plus grande taille {grad_sizes[1.5][peak]:.1f}, {peak + 1} pas en arrière ; "
      f"{grad_sizes[1.5][9]:.1f} à 10 pas en arrière, {grad_sizes[1.5][49]:.2f} à 50")

# %% slideshow={"slide_type": ""} translated_from="a2d6903b16c3"
# le produit de 10 jacobiennes, d h_60 / d h_50, comparé à la différentiation automatique de PyTorch (gain 0,9)
W_rec = 0.9 * base
states = rnn_forward(inputs, W_in, W_rec, np.zeros(n_hidden), np.zeros(n_hidden))   # states[k - 1] est h_k
J_product = np.eye(n_hidden)
for h_k in states[:49:-1]:                             # h_60, h_59, ..., h_51
    J_product = J_product @ (np.diag(1 - h_k**2) @ W_rec)

def h60_from_h50(h):
    """Fait tourner la même cellule (torch) à partir de h_50 sur les entrées x_51 ... x_60."""
    for x_k in torch.tensor(inputs[50:]):
        h = torch.tanh(torch.tensor(W_in) @ x_k + torch.tensor(W_rec) @ h)
    return h

J_autograd = torch.autograd.functional.jacobian(h60_from_h50, torch.tensor(states[49])).numpy()
checks.close(J_product, J_autograd, tol=1e-10, name="d h_60 / d h_50 : produit de 10 jacobiennes contre autograd")
checks.true(grad_sizes[0.5][49] < 0.01 * 0.5**50 and grad_sizes[0.9][49] < 0.01 * 0.9**50,
            "avec des poids récurrents inférieurs à 1, le gradient 50 pas en arrière a presque disparu, "
            "bien en dessous de gain^50")
checks.true(grad_sizes[1.5][9] > 1 > grad_sizes[1.5][49],
            "avec des poids plus grands, il commence par croître (il explose), "
            "jusqu'à ce que tanh sature et le réduise de nouveau")


# %% [markdown] slideshow={"slide_type": "slide"} translated_from="79125c718d66"
# ### La parade : des portes (LSTM, GRU)
#
# Le **LSTM** (*long short-term memory*, réseau à mémoire à long terme ; Hochreiter et Schmidhuber, 1997) ajoute un
# second état, l'**état de cellule** $c_t$ (*cell state*), un tapis roulant qui traverse le temps avec pour seules
# opérations une multiplication et une addition. Trois **portes** (*gates*), de petites couches terminées par une
# sigmoïde $\sigma(z) = 1 / (1 + e^{-z})$ (notebook 03), donc à valeurs entre 0 (fermée) et 1 (ouverte), décident
# de ce qui se passe sur le tapis :
#
# $$\begin{aligned}
# f_t &= \sigma(W_f [x_t, h_{t-1}] + b_f) && \text{porte d'oubli : quelle part de l'ancienne mémoire garder}\\
# i_t &= \sigma(W_i [x_t, h_{t-1}] + b_i) && \text{porte d'entrée : quelle part d'information nouvelle écrire}\\
# g_t &= \tanh(W_g [x_t, h_{t-1}] + b_g) && \text{l'information nouvelle candidate}\\
# o_t &= \sigma(W_o [x_t, h_{t-1}] + b_o) && \text{porte de sortie : quelle part de la mémoire montrer}\\
# c_t &= f_t \odot c_{t-1} + i_t \odot g_t, \qquad h_t = o_t \odot \tanh(c_t)
# \end{aligned}$$
#
# Notation : $[x_t, h_{t-1}]$ est le vecteur formé de $x_t$ suivi de $h_{t-1}$ ; $W_f [x_t, h_{t-1}]$ revient donc à
# $W_{xf}\, x_t + W_{hf}\, h_{t-1}$ : une matrice de poids pour la nouvelle entrée, une pour la mémoire, comme dans le
# RNN simple. $\odot$ est le produit terme à terme (unité $i$ fois unité $i$).
#
# Suivez le tapis seul, de $c_{t-1}$ à $c_t$ : le facteur par pas est simplement $f_t$, un nombre entre 0 et 1 pour
# chaque unité, sans matrice de poids ni écrasement par tanh. Quand le réseau apprend à maintenir la porte d'oubli
# près de 1, le produit de ces facteurs reste proche de 1 et le gradient remonte presque intact : la mémoire peut
# durer des centaines de pas.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="37cdb46a4422"
# ```
#                      oubli              écriture
#   c_{t-1} ────────────( × )──────────────( + )─────────────────────────► c_t    état de cellule : le tapis roulant
#                         ▲                  ▲                  │
#                        f_t               ( × )              tanh
#                                          ▲   ▲                │
#                                        i_t   g_t    o_t ───►( × )──────────► h_t    état caché (sortie)
#
#   portes     f_t, i_t, o_t = sigmoid(W [x_t, h_{t-1}] + b)    valeurs de 0 (fermée) à 1 (ouverte)
#   candidate            g_t = tanh(W_g [x_t, h_{t-1}] + b_g)   l'information nouvelle proposée
# ```
#
# Le **GRU** (*gated recurrent unit*, unité récurrente à portes ; Cho et al., 2014) est une variante plus légère, à
# deux portes et sans état de cellule séparé : une *porte de mise à jour* $z_t$ dose l'ancien et le nouveau,
# $h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1}$, et une *porte de réinitialisation* choisit quelle part du passé
# entre dans la candidate $n_t$. Côté paramètres, un LSTM en compte 4 fois plus qu'un RNN simple de même taille
# (quatre couches : f, i, g, o), un GRU 3 fois plus.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="77fd18c30a13"
# ### Une étape de LSTM à partir de zéro
#
# Une étape tient en quelques lignes de NumPy. Nous rangeons les poids comme PyTorch : les quatre blocs empilés dans
# un seul tableau, `weight_ih` ($4H \times$ taille de l'entrée) pour l'entrée et `weight_hh` ($4H \times H$) pour la
# mémoire, dans l'ordre porte d'entrée, porte d'oubli, candidate, porte de sortie, plus deux vecteurs de biais de
# taille $4H$ qui s'additionnent.

# %% slideshow={"slide_type": ""} translated_from="65fc895fcb22"
def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def lstm_step(x, h, c, W_ih, W_hh, b_ih, b_hh):
    """Une étape de LSTM : entrée x (n_inputs,), mémoire h et état de cellule c (H,) -> nouveaux (h, c)."""
    z = W_ih @ x + b_ih + W_hh @ h + b_hh          # les quatre blocs d'un coup, (4H,)
    z_i, z_f, z_g, z_o = np.split(z, 4)            # ordre de PyTorch : entrée, oubli, candidate, sortie
    i, f, g, o = sigmoid(z_i), sigmoid(z_f), np.tanh(z_g), sigmoid(z_o)
    c = f * c + i * g                              # le tapis : garder une part de l'ancienne mémoire, en écrire de la nouvelle
    h = o * np.tanh(c)                             # ce que la cellule montre
    return h, c

torch.manual_seed(0)
lstm_cell = torch.nn.LSTMCell(input_size=3, hidden_size=4)           # mêmes poids pour les deux versions
p_cell = {name: p.detach().double().numpy() for name, p in lstm_cell.named_parameters()}
x_steps = np.random.default_rng(1).normal(size=(6, 3))               # 6 pas de temps, 3 entrées chacun
h_np, c_np = np.zeros(4), np.zeros(4)
h_pt, c_pt = torch.zeros(1, 4), torch.zeros(1, 4)
gaps = []
for x_t in x_steps:
    h_np, c_np = lstm_step(x_t, h_np, c_np, p_cell["weight_ih"], p_cell["weight_hh"], p_cell["bias_ih"],
                           p_cell["bias_hh"])
    with torch.no_grad():
        h_pt, c_pt = lstm_cell(torch.tensor(x_t[None], dtype=torch.float32), (h_pt, c_pt))
    gaps.append(max(np.abs(h_np - h_pt[0].numpy()).max(), np.abs(c_np - c_pt[0].numpy()).max()))
print({name: w.shape for name, w in p_cell.items()})
print(f"après {len(x_steps)} pas, plus grand écart NumPy / torch.nn.LSTMCell (h et c) : {max(gaps):.1e}")

# %% slideshow={"slide_type": ""} translated_from="111523a67cd4"
checks.close(h_np, h_pt[0].numpy(), tol=1e-5, name="état caché h du LSTM après 6 pas, NumPy contre torch.nn.LSTMCell",
             hint="Les blocs de PyTorch viennent dans l'ordre : entrée, oubli, candidate (g), sortie.")
checks.close(c_np, c_pt[0].numpy(), tol=1e-5, name="état de cellule c du LSTM après 6 pas, NumPy contre torch.nn.LSTMCell")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="8028430cc535"
# ### Une comparaison chiffrée
#
# Nous donnons 60 entrées aléatoires à un RNN simple, à un LSTM et à un GRU (16 unités cachées chacun) et demandons
# à la différentiation automatique de PyTorch à quel point la dernière sortie dépend de chaque entrée,
# $\lVert \partial h_T / \partial x_t \rVert$. Avec l'initialisation aléatoire par défaut de PyTorch, les portes sont
# à peu près à moitié ouvertes ($\sigma(0) = 0{,}5$) et le gradient s'estompe encore. Avec la porte ouverte par son biais
# (biais de la porte d'oubli à +3, donc $f \approx 0{,}95$ ; en pratique, on l'initialise souvent à +1 et on laisse
# l'entraînement l'ouvrir ou la fermer), le LSTM garde le passé lointain à portée.

# %% slideshow={"slide_type": ""} translated_from="1809c6ea8f57"
def input_gradients(cell, x):
    """Taille de d h_T / d x_t pour chaque pas t (longueur de la colonne des H pentes) ; x a la forme (1, T, 1)."""
    copies = x.repeat(cell.hidden_size, 1, 1).requires_grad_(True)    # une copie de la séquence par unité cachée
    last = cell(copies)[0][:, -1, :]                                   # h_T de chaque copie : (H copies, H unités)
    last.diagonal().sum().backward()                                   # la copie k demande : comment bouge l'unité k de h_T ?
    return copies.grad[:, :, 0].norm(dim=0).numpy()                    # longueur des H pentes, pour chaque t

def gated_cell(kind, gate_bias=0.0, hidden=16):
    torch.manual_seed(0)
    cell = getattr(torch.nn, kind)(input_size=1, hidden_size=hidden, batch_first=True)
    if gate_bias:   # PyTorch range les portes par blocs : LSTM (entrée, oubli, g, sortie) ; GRU (réinitialisation, mise à jour, nouveau)
        with torch.no_grad():
            cell.bias_hh_l0[hidden:2 * hidden] += gate_bias    # porte d'oubli (LSTM) ou de mise à jour (GRU)
    return cell

torch.manual_seed(0)
x_seq = torch.randn(1, 60, 1)
cells = {"RNN": gated_cell("RNN"), "LSTM (initialisation par défaut)": gated_cell("LSTM"),
         "LSTM, porte d'oubli ouverte": gated_cell("LSTM", 3.0),
         "GRU, porte de mise à jour ouverte": gated_cell("GRU", 3.0)}
grads = {name: input_gradients(cell, x_seq) for name, cell in cells.items()}

fig, ax = plt.subplots(figsize=(8, 3.8))
for (name, g), color in zip(grads.items(), plotting.SERIES_COLORS):
    ax.semilogy(np.arange(1, 61), g, color=color, label=name)
ax.set(xlabel="pas de temps t de l'entrée (la sortie est lue à t = 60)",
       ylabel=r"$\|\partial h_{60} / \partial x_t\|$ (échelle log)",
       title="Jusqu'où la dernière sortie « voit »-elle dans le passé ?")
ax.legend(loc="lower right")
plt.show()
table = pd.DataFrame({"gradient de l'étape 60 vers l'étape 1": {k: f"{g[0]:.1e}" for k, g in grads.items()},
                      "rapport étape 1 / étape 60": {k: f"{g[0] / g[-1]:.1e}" for k, g in grads.items()},
                      "paramètres": {k: training.count_parameters(c) for k, c in cells.items()}})
table

# %% slideshow={"slide_type": ""} translated_from="103eca6ba536"
ratio = {k: g[0] / g[-1] for k, g in grads.items()}
checks.true(ratio["RNN"] < 1e-8 and ratio["LSTM, porte d'oubli ouverte"] > 1e-3,
            "le RNN simple oublie presque complètement l'étape 1 ; le LSTM à porte d'oubli ouverte la voit encore")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="9cbf90411b64"
# ## 6. Un générateur d'ECG synthétiques
#
# De vraies bases d'ECG annotés existent (par exemple celles de PhysioNet), mais il faut les télécharger et elles sont
# soumises à des règles d'utilisation. Pour un notebook qui tourne partout en quelques secondes, nous **simulons** des
# ECG à une dérivation, en mV, échantillonnés à $f_s = 100$ Hz, longs de 5 s. Chaque battement est la somme de cinq
# bosses en cloche (des gaussiennes) placées autour du pic R :
#
# | onde | ce que fait le cœur | centre (s par rapport à R) | hauteur (mV) |
# | --- | --- | --- | --- |
# | P | les oreillettes se contractent | -0,16 | 0,15 |
# | Q, R, S (QRS) | les ventricules se contractent (QRS < 0,12 s) | -0,03, 0, +0,03 | -0,1, 1,0, -0,25 |
# | T | les ventricules se repolarisent | +0,27 | 0,3 |
#
# Ce sont les valeurs de référence ; chaque patient simulé reçoit les siennes (hauteurs de 0,6 à 1,6 fois celles-ci,
# jusqu'à 1,8 fois pour l'onde T ; largeurs de 0,9 à 1,15 fois). À droite, pour comparaison, le vrai « battement
# médian » calculé par l'électrocardiographe pour notre patient DICOM.

# %% slideshow={"slide_type": ""} translated_from="578774001bc6"
t_beat = np.linspace(-0.4, 0.6, 1001)                     # secondes autour du pic R (1000 Hz pour un tracé lisse)
waves = beat_components(t_beat, "normal")
median = load_dicom_ecg(group=1)                           # le battement médian de l'appareil, 1,2 s à 1000 Hz
median_ii = median.lead("II") * to_mv
r_index = np.argmax(median_ii)

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.6), sharey=True)
for (name, wave), color in zip(waves.items(), [plotting.SERIES_COLORS[i] for i in (0, 1, 3, 4, 5)]):
    ax1.fill_between(t_beat, wave, color=color, alpha=0.45, lw=0, label=f"onde {name}")
ax1.plot(t_beat, sum(waves.values()), color="black", lw=1.5, label="battement = somme")
ax1.set(xlabel="temps depuis le pic R (s)", ylabel="tension (mV)", title="Battement synthétique : cinq ondes gaussiennes")
ax1.legend(ncols=2, fontsize="small")
ax2.plot(median.time - median.time[r_index], median_ii, color="black")
ax2.set(xlabel="temps depuis le pic R (s)", xlim=(-0.4, 0.6), title="Vrai battement médian, DII (DICOM)")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="746ded47ddc2"
# ### Trois rythmes, et ce qui les rend difficiles à distinguer
#
# - **Rythme sinusal normal** (étiquette 0) : 60 à 100 bpm, une onde P avant chaque QRS. Les intervalles RR ne sont
#   pas tous égaux : la respiration accélère puis ralentit le cœur de 1 à 8 % (**arythmie sinusale respiratoire**,
#   marquée chez les sujets jeunes). Un enregistrement sur trois contient aussi une **extrasystole atriale** (ESA,
#   *premature atrial contraction* ou PAC) : un battement prématuré, parti d'un autre point des oreillettes, avec une
#   onde P de forme différente (souvent plate ou négative) et un QRS normal et fin, après lequel le nœud sinusal
#   repart. Les ESA isolées sont fréquentes chez les personnes en bonne santé et le plus souvent bénignes : pas
#   d'alerte.
# - **Fibrillation atriale (FA)**, que l'on appelle aussi fibrillation auriculaire (*atrial fibrillation*, AF) : les
#   oreillettes s'agitent de façon chaotique au lieu de se contracter. Pas d'onde P, des « ondes f » rapides (4 à
#   9 Hz, de fines, 0,02 mV, à grosses, 0,15 mV) sur la ligne de base, et des intervalles RR *irrégulièrement
#   irréguliers* (ici 60 à 140 bpm). La FA multiplie le risque d'accident vasculaire cérébral (AVC) par 5 environ :
#   la dépister compte.
# - **Extrasystoles ventriculaires** (ESV, *premature ventricular contractions* ou PVC) : un rythme sinusal
#   interrompu par 1 à 3 battements prématurés nés dans les ventricules : pas d'onde P, un QRS large (environ
#   0,16 s) et ample, une onde T de signe opposé, puis une pause.
#
# L'étiquette 1 (alerte) signifie FA ou ESV : sur un court tracé de dépistage, c'est une convention pédagogique pour
# dire « un cardiologue devrait regarder ». Chaque enregistrement reçoit aussi un bruit électrique (écart-type de 0,01
# à 0,04 mV) et une **dérive de la ligne de base** (*baseline wander* : une lente dérive de 0,05 à 0,5 mV, due surtout
# à la respiration et aux mouvements des électrodes), et un sur trois une bouffée d'**artefact musculaire** (0,5 à
# 2,5 s de bruit rapide d'écart-type 0,05 à 0,2 mV, donc des pics jusqu'à 0,6 mV environ, comme lorsque le patient
# frissonne ou bouge), comme dans les vrais enregistrements.
# Chaque enregistrement est un patient simulé différent : fréquence cardiaque, taille et largeur des ondes sont tirées
# au hasard, et chez certains l'onde T dépasse la moitié de la hauteur de l'onde R. (Dans le code, les rythmes gardent
# leurs étiquettes anglaises : `"normal"`, `"af"` pour la FA, `"pvc"` pour les ESV ; dans `beat_types`, `"N"` marque
# un battement sinusal, `"A"` un battement en FA, `"S"` une ESA et `"V"` une ESV.)

# %% slideshow={"slide_type": ""} translated_from="1ff7bdfe0327"
fs = 100
signals, rhythm_labels, infos = make_ecg_dataset(1600, seconds=5, fs=fs, seed=8, proportions=(0.5, 0.25, 0.25),
                                                 return_info=True)
time_s = np.arange(signals.shape[1]) / fs
has_pac = np.array([(info["beat_types"] == "S").any() for info in infos])
counts = pd.Series(np.bincount(rhythm_labels), index=[CLASS_NAMES[c] for c in ECG_CLASSES], name="enregistrements")
print(f"signaux : {signals.shape} (enregistrements, échantillons), en mV, {fs} Hz, {signals.shape[1] / fs:.0f} s chacun | "
      f"enregistrements normaux avec une ESA : {has_pac[rhythm_labels == 0].mean():.0%}")
counts.to_frame().T

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="9105bf0d4cb2"
# ### Explorer les enregistrements
#
# Déplacez le curseur pour feuilleter les enregistrements ; choisissez le rythme dans le menu. Les triangles marquent
# les battements (verts pour une extrasystole ventriculaire, évidés pour une extrasystole atriale) ; le panneau du bas
# trace chaque intervalle RR (le **tachogramme**). Comparez la douce ondulation du rythme sinusal, les zigzags de la
# FA, la paire court-long autour de chaque ESV et l'unique intervalle court d'une ESA : un tachogramme irrégulier
# n'est pas toujours une alerte.

# %% slideshow={"slide_type": ""} translated_from="1061a1f27a29"
fig = widgets.new_figure(figsize=(8.6, 4.3))
ax_ecg, ax_rr = fig.subplots(2, 1, height_ratios=[2, 1])
trace, = ax_ecg.plot(time_s, signals[0], lw=1.2)
sinus_marks, = ax_ecg.plot([], [], "v", color="black", ms=6, label="battement (pic R)")
pvc_marks, = ax_ecg.plot([], [], "v", color=plotting.class_color(2), ms=9, label="extrasystole ventriculaire")
pac_marks, = ax_ecg.plot([], [], "v", color="black", mfc="none", ms=9, label="extrasystole atriale")
ax_ecg.set(xlim=(0, 5), ylim=(-2.2, 3.0), xlabel="temps (s)", ylabel="tension (mV)",
           title="ECG synthétique à une dérivation (100 Hz) : bleu normal, vermillon FA, vert ESV")
ax_ecg.legend(loc="lower left", ncols=3)
tachogram, = ax_rr.plot([], [], "o-", color="black", ms=5)
ax_rr.set(xlim=(0, 5), ylim=(0.25, 1.75), xlabel="instant du battement (s)", ylabel="intervalle RR (s)",
          title="Tachogramme : intervalle depuis le battement précédent")

def show_recording(index, rhythm):
    k = ECG_CLASSES.index(rhythm)
    i = np.flatnonzero(rhythm_labels == k)[index]
    info = infos[i]
    r, beat_types = info["r_peaks_s"], info["beat_types"]
    trace.set_ydata(signals[i])
    trace.set_color(plotting.class_color(k))
    for marks, kinds in [(sinus_marks, ("N", "A")), (pvc_marks, ("V",)), (pac_marks, ("S",))]:
        chosen = np.isin(beat_types, kinds)
        marks.set_data(r[chosen], np.full(chosen.sum(), 2.55))
    rr = np.diff(r)
    tachogram.set_data(r[1:], rr)
    return (f"{CLASS_NAMES[rhythm]}, enregistrement n° {i} · fréquence cardiaque moyenne {60 / rr.mean():.0f} bpm · "
            f"variation des RR (écart-type / moyenne) {i18n.number(rr.std() / rr.mean(), '.0%')} · extrasystoles : "
            f"{(beat_types == 'V').sum()} ventriculaire(s), {(beat_types == 'S').sum()} atriale(s)")

explorer = widgets.LiveFigure(
    fig, show_recording, main=True, dynamic=[trace, sinus_marks, pvc_marks, pac_marks, tachogram],
    index=widgets.slider(0, 0, 29, description="enregistrement", integer=True),
    rhythm=ipywidgets.Dropdown(options=[(CLASS_NAMES[c], c) for c in ECG_CLASSES], value="normal",
                               description="rythme"),
)
explorer

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="41031eb9bd1d"
# ## 7. D'abord une règle simple : le rythme est-il irrégulier ?
#
# La question clinique : *ce tracé de 5 s mérite-t-il l'œil d'un cardiologue ?* Étiquette 1 (alerte) = FA ou ESV,
# étiquette 0 = rythme sinusal normal (avec ou sans ESA). La moitié de nos enregistrements sont normaux : les classes
# sont équilibrées. Dans une vraie population dépistée, la FA est rare (quelques pour cent), ce qui abaisse la part de vraies
# alarmes parmi les alertes (voir l'autoévaluation à la fin).
#
# Nous découpons les enregistrements une fois pour toutes, avant de regarder le moindre résultat :
# - **entraînement** (1 000 enregistrements) : le jeu d'entraînement, sur lequel les réseaux apprennent ;
# - **validation** (300) : le jeu de validation, pour choisir quand arrêter l'entraînement et où placer chaque seuil
#   d'alerte ;
# - **test** (300) : le jeu de test, consulté une seule fois, à la fin (section 10), pour toutes les méthodes ensemble.
#
# Avec de vraies données, on découpe par *patient*, jamais par enregistrement : deux tracés du même patient, un de
# chaque côté, créeraient une fuite de données.

# %% slideshow={"slide_type": ""} translated_from="16d079af8109"
is_alert = (rhythm_labels > 0).astype(int)                # 1 = FA ou ESV, 0 = rythme sinusal normal
train, val, test = np.arange(0, 1000), np.arange(1000, 1300), np.arange(1300, 1600)
print({name: len(idx) for name, idx in [("train", train), ("val", val), ("test", test)]},
      "| part d'alertes :", {name: f"{is_alert[idx].mean():.0%}" for name, idx in [("train", train), ("val", val),
                                                                                    ("test", test)]})

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="5058ea186153"
# Avant tout réseau, un **modèle de référence** (*baseline*) : la règle la plus simple qu'essaierait un clinicien. La
# FA et les ESV rendent le rythme irrégulier ; nous repérons donc les battements avec notre détecteur de pics R de la
# section 2, nous mesurons l'irrégularité des intervalles RR par leur **coefficient de variation** (CV = écart-type /
# moyenne, une fraction sans unité) et nous levons une alerte quand le CV dépasse un seuil. Le détecteur a d'abord
# besoin qu'on retire la dérive de la ligne de base : nous soustrayons une **médiane glissante** sur 0,6 s (la valeur
# du milieu des 61 échantillons qui entourent chaque point), qui suit la dérive lente mais ignore le QRS, trop bref.
#
# Le seuil est choisi sur le jeu de **validation** : la valeur qui rend la somme sensibilité + spécificité la plus
# grande.

# %% slideshow={"slide_type": ""} translated_from="84cfe848986f"
def rr_irregularity(x, fs):
    """Coefficient de variation (écart-type / moyenne) des intervalles RR que notre détecteur de pics R trouve dans un enregistrement."""
    flat = x - ndimage.median_filter(x, size=int(0.6 * fs) + 1, mode="nearest")   # dérive de la ligne de base retirée
    rr = np.diff(find_r_peaks(flat, fs)) / fs                                      # intervalles RR (s)
    return rr.std() / rr.mean() if rr.size >= 2 else 0.0                           # trop peu de battements trouvés : 0

def validation_threshold(scores, y_true):
    """Le seuil qui rend sensibilité + spécificité la plus grande sur les données de validation (alerte si score >= seuil)."""
    candidates = np.unique(scores)
    balance = [(scores[y_true == 1] >= c).mean() + (scores[y_true == 0] < c).mean() for c in candidates]
    return candidates[int(np.argmax(balance))]

rr_cv = np.array([rr_irregularity(x, fs) for x in signals])
rule_threshold = validation_threshold(rr_cv[val], is_alert[val])
rule_flags = (rr_cv >= rule_threshold).astype(int)
rule_val = metrics.binary_metrics(is_alert[val], rule_flags[val])
groups = {"normal, sans ESA": (rhythm_labels == 0) & ~has_pac, "normal avec une ESA": (rhythm_labels == 0) & has_pac,
          "fibrillation atriale": rhythm_labels == 1, "ESV": rhythm_labels == 2}
group_colors = [plotting.NEGATIVE_COLOR, plotting.NEGATIVE_COLOR, plotting.class_color(1), plotting.class_color(2)]
print(f"alerte si CV des RR >= {rule_threshold:.3f} | validation : exactitude {rule_val['accuracy']:.1%}, "
      f"sensibilité {rule_val['sensitivity']:.1%}, spécificité {rule_val['specificity']:.1%}")
print("part signalée en validation :", {g: f"{rule_flags[val][mask[val]].mean():.0%}" for g, mask in groups.items()})

fig, ax = plt.subplots(figsize=(9, 3.6))
jitter = np.random.default_rng(0).uniform(-0.25, 0.25, len(signals))
for row, (mask, color) in enumerate(zip(groups.values(), group_colors)):
    chosen = val[mask[val]]
    ax.scatter(np.minimum(rr_cv[chosen], 0.6), row + jitter[chosen], s=14, color=color, alpha=0.7,
               marker="o" if row != 1 else "s")
ax.axvline(rule_threshold, color="black", ls="--", lw=1.5, label=f"seuil d'alerte {i18n.number(rule_threshold, '.2f')}")
ax.set(yticks=range(len(groups)), yticklabels=list(groups), xlim=(0, 0.62), xlabel="irrégularité des RR : "
       "coefficient de variation (écart-type / moyenne, sans unité ; au-delà de 0,6, tracé à 0,6)",
       title="La règle d'irrégularité des RR sur les enregistrements de validation")
ax.invert_yaxis()
ax.legend(loc="lower right")
plt.show()

# %% slideshow={"slide_type": ""} translated_from="98fba0d65b22"
checks.between(rule_val["accuracy"], 0.6, 0.9, name="exactitude de la règle d'irrégularité des RR (validation)",
               hint="La règle doit faire nettement mieux que le hasard (0,5), mais loin de la perfection.")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="6c443a5c7695"
# La règle s'en sort correctement, et c'est une vraie méthode : les alertes de FA des montres connectées partent de
# l'irrégularité des intervalles entre les battements du pouls. Mais elle se trompe dans les deux sens : elle signale des tracés
# normaux, surtout ceux qui portent une ESA bénigne, et manque des tracés de FA seulement un peu irréguliers sur 5 s.
# Quelle part de ces erreurs revient au détecteur ? Le générateur connaît les vrais instants des battements ; aucun
# appareil réel ne les connaît, c'est donc un diagnostic de nos erreurs, jamais une méthode :

# %% slideshow={"slide_type": ""} translated_from="0f153ec11a48"
true_cv = np.array([np.diff(info["r_peaks_s"]).std() / np.diff(info["r_peaks_s"]).mean() for info in infos])
true_threshold = validation_threshold(true_cv[val], is_alert[val])
true_val = metrics.binary_metrics(is_alert[val], (true_cv[val] >= true_threshold).astype(int))
print(f"erreurs en validation : {1 - rule_val['accuracy']:.1%} avec notre détecteur, {1 - true_val['accuracy']:.1%} "
      "avec les VRAIS instants des battements")
print("part signalée avec les vrais instants des battements :",
      {g: f"{(true_cv[val][mask[val]] >= true_threshold).mean():.0%}" for g, mask in groups.items()})

# %% slideshow={"slide_type": ""} translated_from="e7e7ff94b4f2"
checks.true(true_val["accuracy"] > rule_val["accuracy"] and true_val["accuracy"] < 0.95,
            "une détection parfaite des battements supprimerait une partie des erreurs, mais l'irrégularité seule en laisse beaucoup")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="d21511893ebe"
# Une partie des erreurs vient du détecteur (grandes ondes T comptées comme des battements, battements perdus dans le
# bruit ou l'artefact musculaire), mais même avec des battements parfaits, l'irrégularité seule en laisse beaucoup
# (parts affichées plus haut) : une seule ESA peut rendre un tracé de 5 s aussi irrégulier qu'une FA peu marquée ;
# certains tracés avec une ESA sont donc signalés, et les tracés de FA les moins irréguliers manqués. Pour les
# distinguer, un modèle doit regarder les **formes** (y a-t-il une onde P ? le QRS est-il large ? y a-t-il des
# ondes f ?) *et* le rythme. C'est ce que nous demandons aux réseaux ; un réseau ne vaut sa complexité que s'il bat
# cette règle.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="ed08daaa96e1"
# ## 8. Un LSTM qui signale les arythmies
#
# Préparation : on retire à chaque enregistrement sa moyenne (son décalage), puis on le découpe en 25 fenêtres de
# 0,2 s : le LSTM lit 25 vecteurs de 20 échantillons (une séquence de 500 pas serait 20 fois plus lente et bien plus
# difficile à retenir de bout en bout).

# %% slideshow={"slide_type": ""} translated_from="48e52ab0e19f"
centred = signals - signals.mean(axis=1, keepdims=True)

def to_frames(x):
    """(n, 500) échantillons -> (n, 25, 20) : 25 pas de temps de 0,2 s."""
    return torch.tensor(sliding_windows(x, 20), dtype=torch.float32)

X_seq = {name: to_frames(centred[idx]) for name, idx in [("train", train), ("val", val), ("test", test)]}
y = {name: torch.tensor(is_alert[idx], dtype=torch.float32) for name, idx in [("train", train), ("val", val),
                                                                              ("test", test)]}
print({name: tuple(x.shape) for name, x in X_seq.items()}, "(enregistrements, fenêtres, échantillons par fenêtre)")


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="07193a8dbb4a"
# Le modèle : un LSTM de 32 unités cachées lit les 25 fenêtres ; nous faisons la moyenne de ses 25 états cachés (un
# résumé de tout le tracé) et une couche dense transforme cette moyenne en un seul nombre, le **logit** ; la sigmoïde
# du logit est la probabilité d'alerte. La fonction de perte est l'entropie croisée binaire (notebook 03), minimisée
# avec Adam ; le taux d'apprentissage décroît selon une courbe en cosinus, et l'on garde les poids de l'époque qui a la
# meilleure perte de **validation** (arrêt précoce, notebook 06). Le seuil d'alerte est ensuite choisi sur le jeu de
# validation, comme pour la règle.

# %% slideshow={"slide_type": ""} translated_from="9baa6b711970"
class LSTMClassifier(torch.nn.Module):
    def __init__(self, n_inputs=20, n_hidden=32):
        super().__init__()
        self.lstm = torch.nn.LSTM(n_inputs, n_hidden, batch_first=True)
        self.head = torch.nn.Linear(n_hidden, 1)

    def forward(self, x):                       # x : (lot, 25 pas, 20 échantillons)
        states, _ = self.lstm(x)                # état caché après chaque pas : (lot, 25, 32)
        summary = states.mean(dim=1)            # moyenne dans le temps : (lot, 32)
        return self.head(summary).squeeze(-1)   # un logit par enregistrement

def train_model(model, X_train, y_train, X_val, y_val, epochs, seed=0, lr=1e-2, progress=True):
    """Adam + décroissance du taux d'apprentissage en cosinus, meilleure époque de validation gardée ; renvoie l'historique et la durée en secondes."""
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, epochs)
    start = time.perf_counter()
    history = training.fit(model, (X_train, y_train), (X_val, y_val), loss_fn=torch.nn.BCEWithLogitsLoss(),
                           optimizer=optimizer, scheduler=schedule, epochs=epochs, batch_size=32,
                           patience=epochs, progress=progress, seed=seed)
    return history, time.perf_counter() - start

LSTM_EPOCHS, CNN_EPOCHS = 12, 6
torch.manual_seed(0)
lstm_model = LSTMClassifier()
print("paramètres du LSTM :", training.count_parameters(lstm_model))
lstm_history, lstm_seconds = train_model(lstm_model, X_seq["train"], y["train"], X_seq["val"], y["val"],
                                         epochs=LSTM_EPOCHS)


# %% slideshow={"slide_type": ""} translated_from="8fb33f470b86"
def alert_probability(model, X):
    """P(alerte) pour chaque enregistrement de X, sous forme de tableau NumPy."""
    return torch.sigmoid(training.predict(model, X)).numpy()

lstm_threshold = validation_threshold(alert_probability(lstm_model, X_seq["val"]), is_alert[val])
lstm_flags_val = (alert_probability(lstm_model, X_seq["val"]) >= lstm_threshold).astype(int)
lstm_val = metrics.binary_metrics(is_alert[val], lstm_flags_val)
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.8), width_ratios=[1.4, 1])
plotting.plot_history(lstm_history, keys=["train_loss", "val_loss"], ax=ax1, ylabel="entropie croisée binaire",
                      title=f"Courbes d'apprentissage du LSTM (meilleure époque : {lstm_history['best_epoch'][0]})")
plotting.plot_confusion(is_alert[val], lstm_flags_val, ax=ax2, class_names=("normal", "alerte"),
                        title="LSTM, jeu de validation")
plt.show()
print(f"alerte si P(alerte) >= {lstm_threshold:.2f} (choisi en validation) | part signalée en validation :",
      {g: f"{lstm_flags_val[mask[val]].mean():.0%}" for g, mask in groups.items()})

# %% slideshow={"slide_type": ""} translated_from="e1e1e4adc2a8"
checks.true(lstm_flags_val[rhythm_labels[val] == 2].mean() > lstm_flags_val[rhythm_labels[val] == 1].mean() + 0.3,
            "le LSTM signale les tracés avec ESV bien plus souvent que les tracés de FA : la FA est la partie difficile")


# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="4132f3213fcc"
# **Lire le résultat.** La sensibilité est la part des tracés arythmiques qui déclenchent une alerte ; la spécificité,
# la part des tracés normaux qui n'en déclenchent pas. Une FA manquée, c'est une occasion manquée de prévenir un AVC ; une
# fausse alerte coûte une minute de cardiologue et un peu d'inquiétude. Regardez les parts signalées par rythme : les
# ESV, avec leurs complexes amples et larges, sont faciles ; c'est sur la FA que le LSTM peine. À partir de fenêtres
# d'échantillons bruts, il doit apprendre seul à trouver les battements et à comparer les intervalles qui les
# séparent, et avec 1 000 tracés il ne l'apprend qu'en partie. Ce sont des résultats de validation, qui servent au
# réglage (le seuil a été choisi dessus) ; le jeu de test attend la section 10.
#
# Le LSTM a-t-il fini d'apprendre ? Si sa meilleure époque (dans le titre des courbes d'apprentissage) est la
# dernière, il progressait encore quand l'entraînement s'est arrêté. Entraîné 30 époques au lieu de 12, il fait un peu
# mieux (son exactitude en validation a augmenté avec chacune des 10 graines essayées hors du notebook) ; nous gardons
# 12 époques pour que le notebook tourne en quelques secondes. La suite compare des modèles entraînés rapidement, pas
# le meilleur de ce que chacun pourrait devenir.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="c6d3d0d5d664"
# ### Regarder le LSTM lire
#
# Comme le LSTM porte un état, on peut lui demander son avis après *chaque* fenêtre : on applique la couche dense à la
# moyenne des états cachés vus jusque-là. Déplacez le curseur pour parcourir des enregistrements de validation : la
# probabilité est mise à jour toutes les 0,2 s au fil de la lecture du tracé, comme un scope qui se forge un avis
# battement après battement.

# %% slideshow={"slide_type": ""} translated_from="288337ff0116"
def running_probability(x_frames):
    """P(alerte) après lecture de 1, 2, ..., 25 fenêtres d'un enregistrement (25, 20) -> (25,)."""
    device = next(lstm_model.parameters()).device                          # le CPU, ou le GPU si l'entraînement en a utilisé un
    with torch.no_grad():
        states, _ = lstm_model.lstm(x_frames[None].to(device))            # (1, 25, 32)
        running_mean = states.cumsum(dim=1) / torch.arange(1, states.shape[1] + 1, device=device)[None, :, None]
        return torch.sigmoid(lstm_model.head(running_mean))[0, :, 0].cpu().numpy()

fig2 = widgets.new_figure(figsize=(8.6, 4.0))
ax_top, ax_bottom = fig2.subplots(2, 1, sharex=True)
val_trace, = ax_top.plot(time_s, signals[val[0]], lw=1.2)
ax_top.set(ylim=(-2.2, 3.0), ylabel="tension (mV)",
           title="Un enregistrement de validation (couleur = vrai rythme), lu par le LSTM entraîné")
window_ends = (np.arange(25) + 1) * 0.2
belief, = ax_bottom.plot(window_ends, np.zeros(25), "o-", color="black", ms=4, label="P(alerte) après chaque fenêtre")
ax_bottom.axhline(lstm_threshold, color="grey", ls="--", lw=1.5,
                  label=f"seuil d'alerte {i18n.number(lstm_threshold, '.2f')} (choisi en validation)")
ax_bottom.set(xlim=(0, 5), ylim=(-0.02, 1.02), xlabel="durée déjà lue (s)", ylabel="P(alerte)")
ax_bottom.legend(loc="upper left")

def show_reading(index, rhythm):
    k = ECG_CLASSES.index(rhythm)
    i = val[np.flatnonzero(rhythm_labels[val] == k)[index]]
    val_trace.set_ydata(signals[i])
    val_trace.set_color(plotting.class_color(k))
    p = running_probability(to_frames(centred[i:i + 1])[0])
    belief.set_ydata(p)
    decision = "ALERTE" if p[-1] >= lstm_threshold else "pas d'alerte"
    return f"vrai rythme : {CLASS_NAMES[rhythm]} · P(alerte) finale = {i18n.number(p[-1], '.2f')} -> {decision}"

reader = widgets.LiveFigure(
    fig2, show_reading, dynamic=[val_trace, belief],
    index=widgets.slider(0, 0, 19, description="enregistrement de validation", integer=True),
    rhythm=ipywidgets.Dropdown(options=[(CLASS_NAMES[c], c) for c in ECG_CLASSES], value="af", description="rythme"),
)
reader


# %% [markdown] slideshow={"slide_type": "slide"} translated_from="97982f253ea1"
# ## 9. La même tâche avec un CNN 1D
#
# Les convolutions du notebook 07 s'appliquent aussi aux signaux : un filtre 1D de 7 échantillons (70 ms) glisse le
# long des 500 échantillons (de deux en deux : un pas, ou *stride*, de 2) et réagit partout où sa forme apparaît
# (une onde P, un QRS large, des ondes f), quel que soit le moment. Trois couches de convolution avec ReLU et
# *pooling*, puis le *maximum* de chaque carte de caractéristiques sur tout le tracé (« cette forme est-elle apparue
# quelque part ? »), puis une couche dense. Ni état ni mémoire : chaque valeur de la dernière carte de
# caractéristiques ne voit qu'un tronçon fixe de l'entrée, son **champ récepteur** (*receptive field*, notebook 07).

# %% slideshow={"slide_type": ""} translated_from="f90d28ab66c3"
class CNN1D(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.features = torch.nn.Sequential(
            torch.nn.Conv1d(1, 8, kernel_size=7, padding=3, stride=2), torch.nn.ReLU(), torch.nn.MaxPool1d(2),
            torch.nn.Conv1d(8, 12, kernel_size=7, padding=3), torch.nn.ReLU(), torch.nn.MaxPool1d(2),
            torch.nn.Conv1d(12, 12, kernel_size=7, padding=3), torch.nn.ReLU(),
            torch.nn.AdaptiveMaxPool1d(1),      # la réponse la plus forte, où qu'elle soit dans le tracé
        )
        self.head = torch.nn.Linear(12, 1)

    def forward(self, x):                       # x : (lot, 500 échantillons)
        return self.head(self.features(x[:, None, :]).flatten(1)).squeeze(-1)

def receptive_field(model):
    """Échantillons de l'entrée vus par une valeur de la dernière carte de caractéristiques (avant le maximum global)."""
    size, spacing = 1, 1                        # spacing : échantillons d'entrée entre deux valeurs voisines
    for layer in model.features:
        if isinstance(layer, (torch.nn.Conv1d, torch.nn.MaxPool1d)):
            kernel = layer.kernel_size[0] if isinstance(layer.kernel_size, tuple) else layer.kernel_size
            stride = layer.stride[0] if isinstance(layer.stride, tuple) else layer.stride
            size += (kernel - 1) * spacing
            spacing *= stride
    return size

X_raw = {name: torch.tensor(centred[idx]) for name, idx in [("train", train), ("val", val), ("test", test)]}
torch.manual_seed(0)
cnn_model = CNN1D()
print(f"paramètres du CNN : {training.count_parameters(cnn_model)} | champ récepteur : {receptive_field(cnn_model)} "
      f"échantillons = {receptive_field(cnn_model) / fs:.2f} s")
cnn_history, cnn_seconds = train_model(cnn_model, X_raw["train"], y["train"], X_raw["val"], y["val"],
                                       epochs=CNN_EPOCHS)

# %% slideshow={"slide_type": ""} translated_from="c6673201b1c4"
cnn_threshold = validation_threshold(alert_probability(cnn_model, X_raw["val"]), is_alert[val])
cnn_flags_val = (alert_probability(cnn_model, X_raw["val"]) >= cnn_threshold).astype(int)
cnn_val = metrics.binary_metrics(is_alert[val], cnn_flags_val)
validation = pd.DataFrame({name: {"exactitude": m["accuracy"], "sensibilité": m["sensitivity"],
                                  "spécificité": m["specificity"]}
                           for name, m in [("règle d'irrégularité des RR", rule_val), ("LSTM (graine 0)", lstm_val),
                                           ("CNN 1D (graine 0)", cnn_val)]}).T
print("jeu de validation, chaque seuil choisi dessus | part signalée par le CNN :",
      {g: f"{cnn_flags_val[mask[val]].mean():.0%}" for g, mask in groups.items()})
validation.style.format("{:.1%}")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="7f6a4e647b93"
# Avec les mêmes données d'entraînement, le CNN détecte bien plus de FA que le LSTM, et lève moins de fausses alertes
# sur les ESA que la règle. Son champ récepteur (affiché plus haut) couvre moins d'une seconde, environ un battement :
# il voit rarement deux intervalles RR à la fois (seulement quand les battements se suivent de près) ; il doit
# donc reconnaître la FA surtout à ses **formes** : l'onde P absente et les ondes f, où qu'elles tombent dans le tracé.
# De grandes études confirment que les CNN excellent sur les tracés ECG (par exemple Hannun et al., *Nature Medicine*,
# 2019 : un CNN 1D de 34 couches a atteint le niveau des cardiologues sur 12 classes de rythme, entraîné sur
# 91 232 enregistrements à une dérivation de 53 549 patients). Mais une seule graine, évaluée sur le jeu de validation
# qui a servi à choisir les seuils, n'est pas encore un résultat.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="81229b052150"
# ## 10. Trois graines, un seul test
#
# Le résultat d'un réseau dépend de son initialisation aléatoire et de l'ordre de ses mini-lots (la **graine**,
# *seed*) : autre graine, autre score. Nous entraînons donc chaque réseau deux fois de plus (graines 1 et 2), nous
# choisissons chaque seuil sur le jeu de validation, et seulement ensuite nous regardons le jeu de **test**, une seule
# fois, pour toutes les méthodes ensemble. Nous donnons la moyenne et l'étendue (du plus bas au plus haut) sur les
# graines ; la règle n'a pas de graine. L'**AUC ROC** (notebook 03) est aussi donnée : l'aire sous la courbe ROC,
# c'est-à-dire la probabilité qu'un tracé d'alerte tiré au hasard reçoive un score plus élevé qu'un tracé normal tiré
# au hasard (1 = classement parfait, 0,5 = pile ou face) ; elle ne dépend pas du seuil.
#
# Les tableaux qui suivent gardent les noms du code, en anglais : *RR-irregularity rule* = règle d'irrégularité des
# RR, *1-D CNN* = CNN 1D, *method* = méthode, *seed* = graine, *threshold* = seuil, *accuracy* = exactitude,
# *sensitivity* = sensibilité, *specificity* = spécificité, *parameters* = paramètres, *training time* = durée
# d'entraînement.

# %% slideshow={"slide_type": ""} translated_from="0f36c044d836"
inputs = {"LSTM": X_seq, "1-D CNN": X_raw}
models = {("LSTM", 0): (lstm_model, lstm_seconds), ("1-D CNN", 0): (cnn_model, cnn_seconds)}
for seed in tqdm([1, 2], desc="entraînement, graines 1 et 2 (LSTM + CNN)", unit="graine"):
    for name, make, epochs in [("LSTM", LSTMClassifier, LSTM_EPOCHS), ("1-D CNN", CNN1D, CNN_EPOCHS)]:
        torch.manual_seed(seed)
        model = make()
        _, seconds = train_model(model, inputs[name]["train"], y["train"], inputs[name]["val"], y["val"],
                                 epochs=epochs, seed=seed, progress=False)
        models[(name, seed)] = (model, seconds)

# le jeu de test, utilisé une seule fois : chaque seuil a été fixé plus haut sur le jeu de validation
rows = [{"method": "RR-irregularity rule", "seed": None, "threshold": rule_threshold,
         **metrics.binary_metrics(is_alert[test], rule_flags[test]),
         "ROC AUC": metrics.roc_auc(is_alert[test], rr_cv[test]), "parameters": 0, "training time (s)": 0.0}]
for (name, seed), (model, seconds) in models.items():
    threshold = validation_threshold(alert_probability(model, inputs[name]["val"]), is_alert[val])
    proba_test = alert_probability(model, inputs[name]["test"])
    rows.append({"method": name, "seed": seed, "threshold": threshold,
                 **metrics.binary_metrics(is_alert[test], (proba_test >= threshold).astype(int)),
                 "ROC AUC": metrics.roc_auc(is_alert[test], proba_test),
                 "parameters": training.count_parameters(model), "training time (s)": seconds})
results = pd.DataFrame(rows)
scores = ["accuracy", "sensitivity", "specificity", "ROC AUC"]
spread = results.groupby("method", sort=False)[scores].agg(["mean", "min", "max"])
def mean_and_spread(mean, low, high, fmt):
    """« moyenne (plus bas-plus haut) » sur les graines ; la valeur seule quand il n'y a pas d'étendue (la règle)."""
    return f"{mean:{fmt}}" if low == high else f"{mean:{fmt}} ({low:{fmt}}-{high:{fmt}})"

summary = pd.DataFrame({score: [mean_and_spread(*values, ".3f" if score == "ROC AUC" else ".1%")
                                for values in spread[score].itertuples(index=False)] for score in scores},
                       index=spread.index)
summary["parameters"] = results.groupby("method", sort=False)["parameters"].first()
summary["training time (s)"] = results.groupby("method", sort=False)["training time (s)"].mean().round(1)
per_epoch = {name: results.loc[results["method"] == name, "training time (s)"].mean() / n
             for name, n in [("LSTM", LSTM_EPOCHS), ("1-D CNN", CNN_EPOCHS)]}
print(f"erreur type d'une exactitude proche de 80 % sur {len(test)} tracés : {np.sqrt(0.8 * 0.2 / len(test)):.1%} | "
      "secondes par époque d'entraînement :", {name: f"{s:.3f}" for name, s in per_epoch.items()})
summary

# %% slideshow={"slide_type": ""} translated_from="87a4e9b8ed09"
fig, axes = plt.subplots(1, 3, figsize=(11, 3.6), sharey=True)
methods = list(spread.index)
for ax, score in zip(axes, ["accuracy", "sensitivity", "specificity"]):
    for row, (method, color) in enumerate(zip(methods, plotting.SERIES_COLORS[1:])):   # le vert est ici la classe ESV
        values = results.loc[results["method"] == method, score]
        ax.scatter(values, np.full(len(values), row), s=60, color=color, alpha=0.8, zorder=3)
        ax.plot([values.min(), values.max()], [row, row], color=color, lw=2)
    ax.set(xlabel=f"{score} (jeu de test)", xlim=(0.4, 1.02), title=score)
    ax.xaxis.set_major_formatter(plt.matplotlib.ticker.PercentFormatter(1.0, symbol=" %"))   # espace fine insécable avant le signe %
axes[0].set(yticks=range(len(methods)), yticklabels=[f"{m}\n({'1 règle' if m.startswith('RR') else '3 graines'})"
                                                      for m in methods])
axes[0].set_ylim(len(methods) - 0.5, -0.5)          # première méthode en haut, de la place autour des points
fig.suptitle("Jeu de test, utilisé une seule fois : un point par graine, trait = étendue", fontweight="bold")
plt.show()

# %% slideshow={"slide_type": ""} translated_from="c87bff2a5e60"
auc = {method: results.loc[results["method"] == method, "ROC AUC"] for method in methods}
checks.true(auc["1-D CNN"].mean() > auc["LSTM"].mean() and auc["LSTM"].min() > auc["RR-irregularity rule"].max(),
            "AUC ROC sur le jeu de test : le CNN au-dessus du LSTM en moyenne, "
            "chaque graine du LSTM au-dessus de la règle")
checks.true(spread.loc["1-D CNN", ("accuracy", "mean")] > spread.loc["LSTM", ("accuracy", "mean")]
            and spread.loc["1-D CNN", ("accuracy", "min")] > spread.loc["RR-irregularity rule", ("accuracy", "max")],
            "sur le jeu de test, le CNN est plus exact que le LSTM en moyenne, "
            "et chaque graine du CNN plus exacte que la règle")
checks.true(spread.loc["LSTM", ("sensitivity", "mean")] < spread.loc["RR-irregularity rule", ("sensitivity", "mean")]
            and spread.loc["LSTM", ("specificity", "mean")] > spread.loc["RR-irregularity rule", ("specificity", "mean")],
            "à son seuil de validation, le LSTM lève moins de fausses alertes que la règle, mais détecte moins d'arythmies")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="a9c371fcb9b7"
# **Ce que dit le jeu de test.** En moyenne sur ses graines, le CNN 1D est la meilleure méthode : la meilleure
# exactitude et la meilleure AUC ROC, et chaque graine du CNN est plus exacte que la règle. Alors seulement, nous
# pouvons écrire « sur ces tracés, le CNN bat la règle, et le LSTM en moyenne ». Mais trois graines, c'est peu : sur
# 10 graines entraînées de la même façon hors du notebook, le CNN a été plus exact que la règle avec les 10, et que le
# LSTM de même graine avec 9, mais sa plus mauvaise graine est passée sous la meilleure du LSTM. Comparez des
# moyennes, pas l'essai le plus chanceux ou le plus malchanceux.
#
# La place du LSTM est plus subtile. Son AUC ROC dépasse celle de la règle sur chaque graine. Son exactitude est plus
# haute de quelques points, mais sur 300 tracés de test une erreur type dépasse 2 points (affichée plus haut) : une
# avance aussi petite reste dans les limites du hasard, et « à peu près aussi exact que la règle » est tout ce que
# nous pouvons dire. Et au seuil choisi en validation, il lève moins de fausses alertes que la règle *et détecte moins
# d'arythmies* (comparez les sensibilités ; ce fut le cas avec 9 des 10 graines). Pour un dépistage, où une FA manquée
# coûte plus qu'une fausse alerte, on abaisserait son seuil, en échangeant de la spécificité contre de la
# sensibilité. Un seul chiffre d'exactitude, ou une seule graine, aurait caché tout cela.
#
# Le CNN est aussi le plus petit modèle ici (voir les paramètres). Sur un processeur (CPU), une époque de CNN n'est
# pas moins chère mais plus chère qu'une époque de LSTM (secondes par époque, affichées plus haut : ses filtres
# parcourent les 500 échantillons) ; les durées d'entraînement ne sont proches que parce que le CNN s'entraîne
# 6 époques, le LSTM 12. Mais les calculs du CNN sont indépendants le long du tracé et s'exécutent en parallèle sur
# une carte graphique (GPU), alors que les 25 pas du LSTM doivent s'enchaîner l'un après l'autre.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="ffd87bc67d4d"
# ## 11. RNN ou CNN ?
#
# | | réseau récurrent (RNN, LSTM, GRU) | réseau convolutif (CNN) |
# | --- | --- | --- |
# | données pour lesquelles il est conçu | séquences de valeurs (texte, séries temporelles) | grilles de valeurs (images ; signaux vus comme des grilles 1D) |
# | état | **a un état** $h_t$, transmis de pas en pas | **pas d'état** : chaque sortie ne dépend que de sa fenêtre d'entrée |
# | mémoire | se souvient du passé, en principe sans limite (en pratique, il faut des portes) | ne voit que son champ récepteur, fixé par la profondeur et la taille des filtres |
# | longueur de la séquence | n'importe laquelle, lue pas à pas ; peut tourner en direct, un échantillon à la fois, avec une mémoire constante | n'importe laquelle avec un *pooling* global, mais le contexte vu reste fixe |
# | calcul | séquentiel : le pas $t$ attend le pas $t-1$ (entraînement lent) | parallèle sur les positions (fait pour les GPU) |
# | point fort | l'ordre à longue distance : langage (traduction, dialogue), prévision, flux de surveillance | les formes locales : images, morphologie de l'ECG, détection sur de courtes fenêtres |
#
# Sur nos tracés de 5 s, les formes portent l'essentiel de l'information, et le CNN l'emporte : c'est un résultat sur
# cette tâche et sur deux réseaux entraînés brièvement, pas une loi. (Entraîné 30 époques au lieu de 12, le LSTM
# comble une partie de l'écart, mais avec 9 des 10 graines essayées hors du notebook, son AUC ROC en validation est
# restée sous celle du CNN, lui-même entraîné 6 époques.) Depuis 2017, les *transformers* (fondés sur l'attention) ont
# pris aux LSTM la plupart des tâches de langage ; les idées de ce notebook (ordre, état, mémoire, gradients à travers
# le temps) restent celles avec lesquelles raisonner.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="769e93647d44"
# ### Des enregistrements plus longs, sans réentraînement
#
# Les trois méthodes ont été réglées sur des tracés de 5 s. Aucune n'a de taille d'entrée fixe : toutes peuvent lire
# un tracé de 10 s telles quelles. Le LSTM fait simplement 50 pas au lieu de 25, le maximum du CNN porte sur
# 1 000 échantillons, la règle voit plus de battements. Nous les essayons, seuils inchangés, sur 200 nouveaux
# enregistrements de 10 s (graine 0 de chaque réseau). Dans le tableau, *10-s accuracy* est l'exactitude sur ces
# tracés de 10 s, *5-s test accuracy* celle du jeu de test de 5 s.

# %% slideshow={"slide_type": ""} translated_from="0fb60caf7e73"
long_signals, long_labels = make_ecg_dataset(200, seconds=10, fs=fs, seed=99, proportions=(0.5, 0.25, 0.25))
long_centred = long_signals - long_signals.mean(axis=1, keepdims=True)
long_alert = (long_labels > 0).astype(int)
long_flags = {
    "RR-irregularity rule": np.array([rr_irregularity(x, fs) for x in long_signals]) >= rule_threshold,
    "LSTM": alert_probability(lstm_model, to_frames(long_centred)) >= lstm_threshold,          # (200, 50, 20)
    "1-D CNN": alert_probability(cnn_model, torch.tensor(long_centred)) >= cnn_threshold,       # (200, 1000)
}
long_results = pd.DataFrame({
    method: {"10-s accuracy": metrics.binary_metrics(long_alert, flags.astype(int))["accuracy"],
             "5-s test accuracy (seed 0)": results.loc[results["method"] == method, "accuracy"].iloc[0]}
    for method, flags in long_flags.items()}).T
print(f"erreur type d'une exactitude proche de 80 % sur {len(long_alert)} enregistrements : "
      f"{np.sqrt(0.8 * 0.2 / len(long_alert)):.1%}")
long_results.style.format("{:.1%}")

# %% slideshow={"slide_type": ""} translated_from="88408b84f06c"
checks.true((long_results["10-s accuracy"] > 0.7).all(),
            "les trois méthodes fonctionnent encore sur des enregistrements deux fois plus longs que ceux de leur réglage")
checks.true(long_results["10-s accuracy"].idxmax() == "1-D CNN", "le CNN reste le plus exact sur les tracés de 10 s")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="5d1f1f889060"
# Aucune des trois ne flanche sur les tracés plus longs, et le CNN reste le plus exact (ce fut le cas avec chacune
# des 10 graines essayées hors du notebook). Le LSTM et la règle restent à quelques points l'un de l'autre, et l'ordre
# entre eux dépend de la graine (le LSTM était derrière la règle avec 6 de ces 10 graines). Un tracé plus long contient
# plus de battements, donc plus d'indices d'un rythme irrégulier, mais les seuils ont été réglés sur une autre durée,
# et avec 200 enregistrements, un écart de quelques points entre les deux colonnes reste dans les limites du hasard
# (une erreur type, affichée plus haut, vaut environ 3 points). Lire en direct, battement après battement, pendant des
# heures : c'est là qu'un état récurrent brille. Le LSTM n'a besoin que de ses derniers $h_t$ et $c_t$ pour
# continuer, quelle que soit la durée déjà lue.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="c0ad3f4c1b13"
# ### Au-delà du notebook
#
# - Les vrais ECG sont plus bruités, avec bien plus de rythmes, des stimulateurs cardiaques, des artefacts et
#   plusieurs dérivations ; les règles de confidentialité s'appliquent (un ECG est une donnée de santé à caractère
#   personnel), et les dossiers sont souvent incomplets.
# - Découpez les données par patient pour éviter les fuites ; vérifiez les performances sur la population où l'outil
#   servira (prévalence, appareils, âge), pas seulement sur un jeu de test équilibré.
# - Comparez chaque modèle à une règle simple et sur plusieurs graines, comme ici : un réseau qui ne bat pas la règle
#   ne vaut pas sa complexité.
# - Un générateur synthétique enseigne la mécanique ; il ne pourra jamais montrer qu'un modèle fonctionne chez des
#   patients.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="0cd3ad207e80"
# ## Exercices

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="81fdca68a5e6"
# ### Exercice 1 : deux pas d'un RNN à la main
#
# Un tout petit RNN a une entrée et deux unités cachées, avec
# $W_{xh} = \begin{pmatrix} 0{,}5 \\ -1 \end{pmatrix}$, $W_{hh} = \begin{pmatrix} 0{,}2 & 0 \\ 0{,}4 & 0{,}3 \end{pmatrix}$,
# un biais $b = \begin{pmatrix} 0 \\ 0{,}1 \end{pmatrix}$ (un seul biais) et $h_0 = 0$. Il lit $x_1 = 1$, puis
# $x_2 = 0{,}5$. Calculez $h_2$ avec la formule de la section 4 et rangez-le dans `h2_ex`, sous forme de tableau NumPy
# de 2 nombres (un par unité cachée).

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} tags=["exercise"] translated_from="a4cc2f896122"
W_xh_ex = np.array([[0.5], [-1.0]])
W_hh_ex = np.array([[0.2, 0.0], [0.4, 0.3]])
b_ex = np.array([0.0, 0.1])
h1_ex = ____  # remplacez ____ : l'état après lecture de x_1 = 1
h2_ex = ____  # remplacez ____ : l'état après lecture de x_2 = 0,5
### BEGIN SOLUTION
h1_ex = np.tanh(W_xh_ex[:, 0] * 1.0 + W_hh_ex @ np.zeros(2) + b_ex)
h2_ex = np.tanh(W_xh_ex[:, 0] * 0.5 + W_hh_ex @ h1_ex + b_ex)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="391a040d21ee"
exercise_1.check()
# exercise_1.hint()      # un coup de pouce ; relancez pour l'étape suivante
# exercise_1.solution()  # une solution commentée

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="10462c12ccbf"
# ### Exercice 2 : combien de paramètres dans un LSTM ?
#
# Le `torch.nn.LSTM(20, 32)` de notre classifieur lit des fenêtres de 20 échantillons avec 32 unités cachées. Comme
# le pas de LSTM de la section 5, il a quatre blocs (oubli, entrée, candidate, sortie), et chaque bloc a une matrice
# de poids pour l'entrée, une pour l'état caché précédent et, dans PyTorch, deux vecteurs de biais. Trouvez la taille
# de chacun, puis calculez le nombre total de paramètres du LSTM avec une formule (pas avec `count_parameters`), et
# rangez-le dans `n_params_lstm`, sous forme d'un nombre entier.

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} tags=["exercise"] translated_from="276564672631"
n_in, n_hid = 20, 32
n_params_lstm = ____  # remplacez ____ par une formule qui utilise n_in et n_hid
### BEGIN SOLUTION
n_params_lstm = 4 * (n_hid * n_in + n_hid * n_hid + 2 * n_hid)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="9debbbda5524"
exercise_2.check()
# exercise_2.hint()      # un coup de pouce ; relancez pour l'étape suivante
# exercise_2.solution()  # une solution commentée

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="3c1b32addb56"
# ### Exercice 3 : l'irrégularité de la fibrillation atriale
#
# `make_ecg("af", seconds=10, fs=100, seed=87)` renvoie un enregistrement de FA de 10 s et son `info`, dont la clé
# `"r_peaks_s"` contient les instants des pics R en secondes (la cellule ci-dessous le charge sous le nom `info_af`).
# Calculez les intervalles RR, la fréquence cardiaque moyenne `hr_af` (bpm) et le coefficient de variation des RR
# `cv_af` (écart-type / moyenne des intervalles RR). Faites ensuite de même pour le rythme `"normal"` avec la même
# graine (`info_normal`, `cv_normal`). Lequel est le plus irrégulier ?
#
# Rangez chaque résultat sous forme d'un seul nombre, les coefficients de variation en fractions (0,1 pour 10 %). Pour
# la fréquence cardiaque, les deux méthodes cliniques sont acceptées : 60 / l'intervalle RR moyen en secondes, ou,
# comme sur le papier ECG, le nombre de battements sur le tracé de 10 s multiplié par 6 (précis à quelques bpm près).

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} tags=["exercise"] translated_from="d65e3f92118f"
_, info_af = make_ecg("af", seconds=10, fs=100, seed=87)
_, info_normal = make_ecg("normal", seconds=10, fs=100, seed=87)
hr_af = ____      # remplacez ____ : fréquence cardiaque moyenne de l'enregistrement de FA (bpm)
cv_af = ____      # remplacez ____ : coefficient de variation de ses intervalles RR (une fraction)
cv_normal = ____  # remplacez ____ : la même chose pour l'enregistrement normal
### BEGIN SOLUTION
rr_af = np.diff(info_af["r_peaks_s"])           # RR intervals (s)
hr_af = 60 / rr_af.mean()
cv_af = rr_af.std() / rr_af.mean()
rr_normal = np.diff(info_normal["r_peaks_s"])
cv_normal = rr_normal.std() / rr_normal.mean()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_3_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="2c064a387bbd"
exercise_3.check()
# exercise_3.hint()      # un coup de pouce ; relancez pour l'étape suivante
# exercise_3.solution()  # une solution commentée

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="5bd0860a27e0"
# ## En résumé
#
# **À retenir**
# - Les signaux et les observations médicales sont des séquences : l'ordre porte le sens, et les lire demande une
#   mémoire.
# - Un RNN garde un état caché $h_t = \tanh(W_{xh} x_t + W_{hh} h_{t-1} + b)$, avec les mêmes poids à chaque pas ;
#   déroulé dans le temps, c'est un réseau profond ($k$ pas de $l$ couches empilées : $l \times k$ couches), entraîné
#   par rétropropagation à travers le temps. La profondeur dans le temps permet à quelques neurones de dessiner des
#   fonctions très complexes.
# - Le gradient vers un pas ancien est un produit d'un facteur (une jacobienne) par pas : plus petit que 1, il
#   s'évanouit ; plus grand, il explose. L'état de cellule du LSTM n'est multiplié à chaque pas que par la porte
#   d'oubli, ce qui garde un chemin ouvert.
# - Commencez par un modèle de référence simple. Sur nos tracés synthétiques de 5 s, une règle d'irrégularité des RR
#   s'en sort déjà correctement ; le CNN 1D la bat (exactitude et AUC ROC, sur chaque graine essayée) ; le LSTM classe
#   mieux les tracés que la règle (AUC ROC), est à peu près aussi exact et, à son seuil, manque le plus souvent plus
#   d'arythmies. Les RNN gardent l'avantage pour les séquences longues, en flux continu ou de longueur variable.
# - Comparez les méthodes honnêtement : seuils et arrêt précoce sur les données de validation, jeu de test utilisé une
#   seule fois, plusieurs graines avec leur étendue. Donnez la sensibilité et la spécificité, découpez par patient, et
#   ne tirez jamais de conclusion clinique de données synthétiques.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="dfb9f50ee307"
# **Autoévaluation**
#
# 1. Pourquoi un sac de mots ne distingue-t-il pas « toux sans fièvre » de « fièvre sans toux » ?
# <details><summary>Réponse</summary>Additionner les lignes one-hot fait oublier l'ordre : les deux observations
# contiennent exactement les mêmes mots, une fois chacun. Un modèle de séquence lit les lignes dans l'ordre et peut
# les distinguer.</details>
#
# 2. Que contient l'état caché d'un RNN, et quels poids sont partagés ?
# <details><summary>Réponse</summary>Un résumé de tout ce qui a été lu jusque-là (un vecteur de H nombres). Les mêmes
# $W_{xh}$, $W_{hh}$ et biais servent à chaque pas de temps.</details>
#
# 3. Pourquoi les gradients s'évanouissent-ils au fil du temps, et que change la porte d'oubli du LSTM ?
# <details><summary>Réponse</summary>Le gradient vers un pas ancien est un produit d'une jacobienne par pas
# ($\operatorname{diag}(1-h^2) W_{hh}$) ; quand elles sont plus petites que 1, le produit diminue exponentiellement.
# Le long de l'état de cellule du LSTM, le facteur par pas est simplement la porte d'oubli $f_t$ : maintenue près
# de 1, elle laisse passer le gradient presque intact.</details>
#
# 4. Deux passages de la couche en tente de la section 4 dessinent 4 segments de droite. Combien de segments dessinent
# 4 passages, et combien de neurones ReLU faudrait-il à un réseau à une seule couche cachée pour dessiner la même
# courbe ?
# <details><summary>Réponse</summary>Chaque passage double le nombre de segments : $2^4 = 16$. Une couche cachée a
# besoin d'un neurone ReLU pour chacun des 15 coudes, plus un qui lance le premier segment montant en 0 (comme la
# tente : 1 coude, 2 neurones) : 16 neurones, contre 2 neurones utilisés 4 fois.</details>
#
# 5. Sur le jeu de test, le LSTM est à peu près aussi exact que la règle d'irrégularité des RR (sa petite avance
# reste dans les limites du hasard), mais moins sensible. Lequel choisiriez-vous pour dépister la FA, et que
# changeriez-vous d'abord ?
# <details><summary>Réponse</summary>L'exactitude masque le compromis : en dépistage, une FA manquée coûte plus
# qu'une fausse alerte, donc la sensibilité passe d'abord. Abaissez le seuil du LSTM sur le jeu de *validation*
# jusqu'à atteindre la sensibilité voulue, vérifiez la spécificité qui reste, et seulement ensuite regardez le jeu de
# test, une fois. Ou bien utilisez le CNN, qui bat ici en moyenne la règle en sensibilité comme en spécificité (avec
# 9 des 10 graines essayées).</details>
#
# 6. Votre détecteur a une sensibilité de 90 % et une spécificité de 95 % sur un jeu de test équilibré. Est-il prêt
# pour dépister une population où 2 % des personnes ont une FA ?
# <details><summary>Réponse</summary>Pas de conclusion à ce stade : avec une prévalence de 2 %, sur 1 000 personnes, il
# lèverait environ 18 vraies et 49 fausses alertes : seules 27 % environ de ses alertes seraient vraies (la valeur
# prédictive positive, VPP). Il doit aussi être validé chez de vrais patients, avec un découpage par patient, sur les
# appareils visés.</details>
#
# 7. Donnez une situation où vous choisiriez un RNN plutôt qu'un CNN, et une pour l'inverse.
# <details><summary>Réponse</summary>RNN : un scope de surveillance qui doit mettre à jour son estimation échantillon
# par échantillon pendant des heures (mémoire constante, état transmis de pas en pas), ou un texte. CNN : classer un
# tracé ECG fixe de 10 s ou une image, quand les formes locales comptent et que la vitesse d'entraînement
# importe.</details>

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="d2c44a0a707b"
# **Et ensuite :** le notebook 09 applique ces réseaux aux images médicales : DICOM, unités Hounsfield, segmentation
# avec le score de Dice, et les pièges de l'évaluation des modèles, du point de vue du clinicien.
