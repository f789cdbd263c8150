# %% [markdown] slideshow={"slide_type": "slide"} translated_from="9b7332b5517b"
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/OWNER/REPOSITORY/blob/main/student/fr/09_medical_imaging.ipynb)
#
# # 09 · L'apprentissage profond en imagerie médicale
#
# > Des fichiers DICOM et des unités Hounsfield jusqu'à un U-Net qui contoure le foie, et ce qui casse quand on retire le produit de contraste.
#
# **Durée estimée :** 120 min · **Prérequis :** 06, 07
#
# Un seul scanner abdominal compte des centaines d'images, et les services de radiologie en lisent chaque année davantage. L'apprentissage profond contoure déjà des organes, repère la rétinopathie diabétique sur des photographies du fond d'œil et lit des lames d'anatomopathologie. Avant de faire confiance à un tel outil, il faut savoir ce qu'il voit : des nombres en unités Hounsfield, rangés dans un fichier DICOM. Il faut aussi savoir comment il se trompe. Ici, un modèle du foie entraîné sur des scanners injectés échoue sans prévenir sur des scanners sans injection. Nous allons le voir se produire, essayer le remède habituel (l'augmentation de données) et nous demander ce qu'une expérience sur données synthétiques peut prouver, et ce qu'elle ne peut pas prouver.
#
# **À la fin de ce notebook, vous saurez :**
# - lire un fichier DICOM, convertir ses pixels en unités Hounsfield (UH), choisir une fenêtre d'affichage et désidentifier son en-tête ;
# - expliquer comment une image de tomodensitométrie est reconstruite à partir de projections de rayons X, et ce que coûte une réduction du nombre de projections ;
# - distinguer classification, détection et segmentation, et les évaluer avec la sensibilité, la spécificité, les courbes ROC et le score de Dice ;
# - entraîner, sur le processeur d'un ordinateur portable, un U-Net qui contoure le foie et un petit CNN qui signale les lésions hépatiques à l'intérieur de ce contour, et comparer chacun à une règle simple ;
# - mettre en évidence un décalage de domaine (scanner avec ou sans injection), le réduire par augmentation de données, et dire ce que les cliniciens doivent vérifier avant d'utiliser un tel outil.
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

# %% slideshow={"slide_type": "skip"} translated_from="8de7185da808"
import copy
import os

import ipywidgets as ipw
import matplotlib.pyplot as plt
import nibabel
import numpy as np
import pandas as pd
import pydicom
import torch
import torch.nn.functional as F
from matplotlib.colors import ListedColormap
from matplotlib.patches import Rectangle
from pydicom.data import get_testdata_file
from pydicom.pixels import apply_modality_lut
from scipy import ndimage
from skimage import data as skdata
from skimage.transform import downscale_local_mean, iradon, radon, rescale, rotate
from torch import nn

import course_utils
from course_utils import checks, dicom, i18n, metrics, plotting, training, widgets
from course_utils.datasets import ct, medmnist
from course_utils.exercises import ____
from course_utils.exercises.medical_imaging import exercise_1, exercise_2, exercise_3

course_utils.setup(lang="fr")

# %% [markdown] slideshow={"slide_type": "notes"} translated_from="a87d68bdacef"
# Notes pour l'intervenant : environ 2 heures en tout. Une pause s'impose naturellement après la section 5 (les
# données) ; les sections 7 à 9 contiennent les entraînements (chaque cellule affiche une barre de progression).
# Si le temps manque, passez vite sur les sections 3 et 11, mais gardez intacte l'histoire de la chaîne de
# traitement et du décalage de domaine (sections 8 et 9) : c'est celle dont les cliniciens se souviennent.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="34ed5754678c"
# ## 1. Qu'est-ce qu'une image médicale ?
#
# Pour un ordinateur, toute image médicale est une grille de nombres.
#
# - Un **pixel** (*picture element*) est une case d'une image 2D. Il a une taille en millimètres, par exemple
#   0,66 × 0,66 mm sur une coupe de scanner.
# - Un **voxel** (*volume element*) est une case d'une image 3D. Il a aussi une épaisseur : un voxel de scanner
#   peut mesurer 0,7 × 0,7 × 5 mm. Un examen de scanner ou d'IRM est un **volume**, un empilement de coupes.
# - Le nombre contenu dans chaque case est l'**intensité**. Ce qu'elle mesure dépend de l'appareil, c'est-à-dire
#   de la **modalité**.
#
# | modalité | ce que mesure le nombre | taille typique |
# | --- | --- | --- |
# | radiographie (rayons X) | rayons X absorbés le long d'une ligne à travers le corps | 1 image, 2 000 × 2 500 pixels |
# | tomodensitométrie (TDM, « scanner ») | absorption des rayons X dans chaque voxel, en **unités Hounsfield** | 100 à 1 000 coupes de 512 × 512 |
# | IRM (imagerie par résonance magnétique) | signal des noyaux d'hydrogène ; **unités arbitraires**, sans échelle fixe | 20 à 200 coupes de 256 × 256 |
# | échographie | échos d'ondes ultrasonores | vidéo, 2D ou 3D |
# | rétinographie (fond d'œil) | couleur : valeurs de rouge, de vert et de bleu | 1 image, 2 000 × 2 000 × 3 |
# | lame d'anatomopathologie | couleur d'un tissu coloré, vu au microscope | jusqu'à 100 000 × 100 000 × 3 |

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="4198b967557d"
# ### DICOM : le format de fichier de l'imagerie médicale
#
# **DICOM** (*Digital Imaging and Communications in Medicine*) est la norme qu'utilisent tous les scanners et
# toutes les archives hospitalières (le PACS, *picture archiving and communication system*). Un fichier DICOM
# contient deux choses :
#
# 1. un **en-tête** : des centaines de **balises** (*tags*, des attributs), chacune avec un numéro
#    `(groupe, élément)`, un mot-clé et une valeur. Elles indiquent qui est le patient, quand et comment
#    l'image a été acquise, la taille des pixels, et comment convertir les nombres stockés en unités physiques ;
# 2. les **données de pixels** : la grille de nombres elle-même.
#
# La bibliothèque `pydicom` lit les deux. Elle est livrée avec quelques petits fichiers réels de test, ce qui
# permet d'en ouvrir un sans connexion internet : une coupe de scanner du thorax.

# %% slideshow={"slide_type": ""} translated_from="9910359209b6"
ct_ds = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
stored = ct_ds.pixel_array        # les données de pixels : des entiers stockés, pas encore en unités physiques
print(f"données de pixels : tableau {stored.shape} de type {stored.dtype}, valeurs de {stored.min()} à {stored.max()}")
dicom.header_table(ct_ds, ["Modality", "Manufacturer", "ContrastBolusAgent", "ContrastBolusRoute",
                           "SliceThickness", "PixelSpacing", "Rows", "Columns", "KVP",
                           "RescaleSlope", "RescaleIntercept", "PatientName", "InstitutionName"])

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="e3c75afe59fb"
# Lecture de l'en-tête : une coupe de **scanner** (*CT*) acquise sur une machine GE, épaisse de **5 mm**, avec
# des pixels de **0,66 mm**. Le patient a reçu une injection intraveineuse de **produit de contraste** iodé
# (`ISOVUE300`). La grille fait 128 × 128 pixels (les vraies images de scanner font 512 × 512 ; ce fichier de test a été
# réduit). L'en-tête donne aussi le nom du patient et celui de l'hôpital : c'est pourquoi la section 4 traite
# de la confidentialité.
#
# Les nombres stockés (de 128 à 2 191) n'ont pas encore de sens. `RescaleSlope` et `RescaleIntercept` disent
# comment les convertir en unités Hounsfield.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="7f18d3914bf0"
# ### Les unités Hounsfield (UH)
#
# Le scanner mesure à quel point chaque voxel atténue les rayons X (son **coefficient d'atténuation** $\mu$),
# puis remet cette valeur à l'échelle de sorte que **l'eau vaille 0** et **l'air -1 000** :
#
# $$ \mathrm{UH} = 1000 \times \frac{\mu - \mu_{\text{eau}}}{\mu_{\text{eau}} - \mu_{\text{air}}} $$
#
# L'échelle est la même sur tout scanner correctement calibré, et c'est ce qui rend la tomodensitométrie
# quantitative :
#
# | tissu | UH |
# | --- | --- |
# | air | -1 000 |
# | poumon | -900 à -500 |
# | graisse | -120 à -80 |
# | eau, liquide cérébrospinal (LCS) | 0 à 15 |
# | muscle | 35 à 55 (moins quand la graisse l'infiltre, par exemple avec l'âge) |
# | foie, sans injection | 50 à 65 |
# | foie, temps portal (environ 70 s après l'injection de produit de contraste) | 100 à 120 |
# | sang opacifié par le produit de contraste iodé | 150 à 300 ; souvent 300 à 500 au temps artériel |
# | **os spongieux** (trabéculaire), par exemple à l'intérieur d'un corps vertébral | 100 à 300 chez l'adulte ; diminue avec l'âge (environ 230 avant 30 ans, environ 90 à 90 ans) et avec l'ostéoporose |
# | **os cortical** (compact), la coque externe dure | au-delà de 1 000 (jusqu'à environ 2 000) |
# | métal | au-delà de 2 000, souvent au-delà du haut de l'échelle (3 071) |
#
# L'os regroupe deux tissus. L'intérieur d'une vertèbre est une éponge de fines travées osseuses remplie de
# moelle : une région d'intérêt placée là fait la moyenne de l'os et de la moelle, soit environ 100 à 300 UH
# (Jang et al., *Radiology* 2019, ont mesuré la première vertèbre lombaire chez 20 000 adultes : 226 UH en
# moyenne avant 30 ans, 89 UH à 90 ans et au-delà ; sous environ 110 à 160 UH, une ostéoporose devient probable,
# Pickhardt et al., *Annals of Internal Medicine* 2013). Seule la fine coque compacte atteint 1 000 UH et plus.
#
# Le fichier stocke des entiers, et l'en-tête donne la conversion :
#
# $$ \mathrm{UH} = \text{valeur stockée} \times \texttt{RescaleSlope} + \texttt{RescaleIntercept} $$

# %% slideshow={"slide_type": ""} translated_from="73e526616a87"
slope, intercept = float(ct_ds.RescaleSlope), float(ct_ds.RescaleIntercept)
hu_by_hand = stored * slope + intercept                  # toute la conversion, écrite en clair

hu = dicom.to_hounsfield(ct_ds)                          # la version testée du cours
hu_pydicom = apply_modality_lut(stored, ct_ds)           # celle de pydicom (« modality look-up table »)
print(f"pente {slope:g}, ordonnée à l'origine {intercept:g} : UH de {hu_by_hand.min():.0f} à {hu_by_hand.max():.0f}")
checks.close(hu_by_hand, hu, tol=1e-3, name="UH à la main vs dicom.to_hounsfield")
checks.close(hu_by_hand, hu_pydicom, tol=1e-3, name="UH à la main vs pydicom.apply_modality_lut")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="50dba3b58ef4"
# Les nombres ont maintenant un sens. Mesurons quelques régions d'intérêt (ROI, *regions of interest*), comme
# le fait un radiologue à la souris, et comparons-les au tableau.

# %% slideshow={"slide_type": ""} translated_from="1498723276d6"
SOFT_TISSUE = dicom.window_preset("soft tissue")          # (niveau 40, largeur 400) UH : la fenêtre de la plupart des figures
SOFT_LOW, SOFT_HIGH = SOFT_TISSUE[0] - SOFT_TISSUE[1] / 2, SOFT_TISSUE[0] + SOFT_TISSUE[1] / 2   # -160, 240 UH
SOFT_LABEL = f"UH (fenêtre de {SOFT_LOW:.0f} à {SOFT_HIGH:.0f})"

rois = {   # nom : (lignes, colonnes) d'un petit rectangle, choisi en regardant l'image
    "poumon": (slice(10, 22), slice(2, 14)),
    "graisse": (slice(120, 128), slice(48, 72)),
    "canal rachidien (moelle et LCS)": (slice(46, 56), slice(52, 64)),
    "muscle": (slice(84, 96), slice(20, 40)),
    "aorte (contraste)": (slice(4, 16), slice(78, 92)),
    "corps vertébral (os spongieux)": (slice(16, 30), slice(46, 60)),
}
fig, axes = plt.subplots(1, 2, figsize=(12.5, 4.8), gridspec_kw={"width_ratios": [1, 1.1]})
ct_im = axes[0].imshow(hu, cmap="gray", vmin=SOFT_LOW, vmax=SOFT_HIGH)
fig.colorbar(ct_im, ax=axes[0], label=SOFT_LABEL, shrink=0.85)
roi_means = {}
for k, (name, (rows, cols)) in enumerate(rois.items()):
    color = plotting.SERIES_COLORS[(0, 1, 3, 4, 5, 2)[k]]      # le noir va sur la vertèbre, qui est claire
    axes[0].add_patch(Rectangle((cols.start - 0.5, rows.start - 0.5), cols.stop - cols.start,
                                rows.stop - rows.start, fill=False, edgecolor=color, linewidth=2.5))
    roi_means[name] = float(hu[rows, cols].mean())
    axes[1].barh(k, roi_means[name], color=color)
    axes[1].text(roi_means[name], k, f" {roi_means[name]:.0f} UH ", va="center",
                 ha="left" if roi_means[name] > 0 else "right")
axes[0].set(title="CT_small.dcm et six régions d'intérêt", xlabel="colonne (pixel de 0,66 mm)",
            ylabel="ligne (pixel de 0,66 mm)")
axes[0].grid(False)
axes[1].set_yticks(range(len(rois)), list(rois))
axes[1].set(xlabel="valeur moyenne dans la région (UH)", title="Unités Hounsfield mesurées", xlim=(-1300, 500),
            xticks=[-1000, -500, 0, 500])
axes[1].axvline(0, color="0.3", linewidth=0.8)
plt.show()

# %% slideshow={"slide_type": ""} translated_from="d49bcdf46001"
brightest = np.unravel_index(np.argmax(hu), hu.shape)          # (ligne, colonne) de la valeur la plus haute
print(f"pixel le plus clair : {hu.max():.0f} UH, ligne {brightest[0]}, colonne {brightest[1]} (l'arc vertébral)")
muscle_rows, muscle_cols = rois["muscle"]
print(f"rectangle du muscle : moyenne {roi_means['muscle']:.0f} UH, écart-type {hu[muscle_rows, muscle_cols].std():.0f} UH "
      "(bruit et un peu de graisse entre les muscles)")
checks.between(roi_means["poumon"], -950, -500, name="poumon (UH)")
checks.between(roi_means["graisse"], -130, -50, name="graisse (UH)")
checks.true(roi_means["aorte (contraste)"] > 120, "l'aorte est claire : le sang transporte le produit de contraste iodé")
checks.between(roi_means["corps vertébral (os spongieux)"], 100, 300, name="corps vertébral (UH)",
               hint="Un rectangle à l'intérieur du corps vertébral fait la moyenne des travées et de la moelle : "
                    "c'est de l'os spongieux.")
checks.true(hu.max() > 1000, "seule la coque compacte (corticale) de la vertèbre atteint 1 000 UH")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="6ad9cd133e2a"
# Une fois l'os séparé en deux, les mesures concordent avec le tableau. Le rectangle placé dans le corps
# vertébral donne environ 200 UH : de l'os spongieux, une éponge d'os et de moelle. Seule la fine coque compacte
# de l'arc vertébral dépasse 1 000 UH (le pixel le plus clair, ci-dessus). Dans la fenêtre « tissus mous » de la
# figure, tout ce qui atteint ou dépasse 240 UH a le même blanc : la vertèbre n'y montre aucun détail interne
# (la section 2 change de fenêtre). Le muscle mesure un peu moins que le bas de la fourchette du tableau : cette petite
# image de test est bruitée (voir l'écart-type affiché ci-dessus) et le rectangle attrape aussi un peu de
# graisse entre les muscles. Le canal rachidien contient la moelle épinière (un tissu mou) en plus du liquide :
# il mesure donc plus que l'eau.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="b72b58e9d5c6"
# ### Toutes les images n'ont pas d'unités Hounsfield
#
# La même bibliothèque lit une coupe d'IRM. L'IRM mesure un signal magnétique dont l'échelle change avec
# l'appareil, la séquence et même le patient. Il n'existe pas de `RescaleSlope` vers une unité physique : une
# valeur de 1 000 ne veut rien dire en elle-même. Les modèles pour l'IRM **normalisent** donc l'intensité de chaque
# image (par exemple en la standardisant : moyenne 0, écart-type 1).
#
# DICOM stocke aussi des résultats, pas seulement des images. `liver_1frame.dcm` est un **objet de
# segmentation** (DICOM SEG) : un contour du foie tracé de façon semi-automatique par une équipe de recherche
# dans le logiciel 3D Slicer, stocké sous la forme d'un masque 0/1 de 512 × 512 pixels qui renvoie aux images de
# scanner sur lesquelles il a été tracé.

# %% slideshow={"slide_type": ""} translated_from="796112cca11d"
mr_ds = pydicom.dcmread(get_testdata_file("MR_small.dcm"))
seg_ds = pydicom.dcmread(get_testdata_file("liver_1frame.dcm"))
try:
    dicom.to_hounsfield(mr_ds)
except ValueError as err:
    print("IRM ->", err)

liver_seg = seg_ds.pixel_array
seg_mm = float(seg_ds.SharedFunctionalGroupsSequence[0].PixelMeasuresSequence[0].PixelSpacing[0])
fig, axes = plt.subplots(1, 2, figsize=(9, 4))
im = axes[0].imshow(mr_ds.pixel_array, cmap="gray")
fig.colorbar(im, ax=axes[0], label="signal IRM (unités arbitraires)")
axes[0].set(title=f"MR_small.dcm ({mr_ds.Modality}), pixels de {i18n.number(float(mr_ds.PixelSpacing[0]), '.2f')} mm",
            xlabel="colonne (pixel)", ylabel="ligne (pixel)")
axes[1].imshow(liver_seg, cmap="gray")
axes[1].set(title=f"liver_1frame.dcm ({seg_ds.Modality}) : masque « {seg_ds.SegmentSequence[0].SegmentLabel} »",
            xlabel="colonne (pixel)", ylabel="ligne (pixel)")
for ax in axes:
    ax.grid(False)
plt.show()
print(f"surface du foie sur cette coupe : {liver_seg.sum() * seg_mm ** 2 / 100:.0f} cm² "
      f"({liver_seg.sum()} pixels de {seg_mm:.2f} mm)")
segment = seg_ds.SegmentSequence[0]
print(f"comment il a été tracé : {segment.SegmentAlgorithmType} ({segment.SegmentAlgorithmName}) ; "
      f"{seg_ds.ContentDescription}")


# %% [markdown] slideshow={"slide_type": "slide"} translated_from="9819d1530b44"
# ## 2. Le fenêtrage : choisir ce que l'écran montre
#
# Les valeurs du scanner s'étendent sur environ 4 000 UH, de l'air à l'os dense. Un écran affiche 256 niveaux de
# gris : répartis sur 4 000 UH, chaque gris couvrirait environ 16 UH, et le foie (55 UH) et le muscle (50 UH)
# auraient le même gris.
#
# Les radiologues choisissent donc une **fenêtre** : un **niveau** $L$ (le centre) et une **largeur** $W$ (de
# l'anglais *level* et *width*). Les valeurs comprises dans $[L - W/2,\ L + W/2]$ sont étalées du noir au blanc ;
# celles qui sont en dessous sont noires, celles qui sont au-dessus sont blanches :
#
# $$ \text{gris} = \operatorname{clip}\!\left(\frac{\mathrm{UH} - (L - W/2)}{W},\ 0,\ 1\right) $$
#
# ($\operatorname{clip}(x, 0, 1)$ maintient $x$ entre 0 et 1 : en dessous de 0 elle donne 0, le noir ; au-dessus
# de 1 elle donne 1, le blanc.)
#
# | préréglage | niveau (UH) | largeur (UH) | ce qu'il montre |
# | --- | --- | --- | --- |
# | poumon (`lung`) | -600 | 1 500 | parenchyme pulmonaire, bronches, nodules |
# | tissus mous (`soft tissue` : abdomen, médiastin) | 40 | 400 | organes, vaisseaux, muscles, graisse |
# | os (`bone`) | 400 | 1 800 | corticale et médullaire, fractures |
# | foie (`liver`) | 60 | 160 | lésions hépatiques discrètes (fenêtre étroite, contraste élevé) |
#
# Une fenêtre ne change que l'**affichage** ; les valeurs en UH du fichier restent les mêmes. Un réseau, lui,
# voit les nombres qu'on lui donne : le fenêtrage est donc aussi une première étape courante avant un modèle.

# %% slideshow={"slide_type": ""} translated_from="3f4372094a80"
def apply_window(hu_values, level, width):
    low = level - width / 2                               # cette valeur en UH devient noire
    return np.clip((hu_values - low) / width, 0.0, 1.0)   # ... et low + width devient blanc


lung_view = apply_window(hu, -600, 1500)
checks.close(lung_view, dicom.window(hu, -600, 1500), tol=1e-6, name="fenêtre faite main vs dicom.window")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="9eb8d1a1a0d8"
# ### À vous : niveau et largeur sur une vraie coupe de scanner
#
# Déplacez les curseurs **niveau** et **largeur**, ou choisissez un **préréglage** (*preset*). À droite,
# l'histogramme gris compte les pixels à chaque valeur d'UH (échelle logarithmique), et la ligne orange est la
# rampe de gris de la fenêtre.
#
# - **lung** (poumon) : les coins sombres deviennent du parenchyme pulmonaire parcouru de petits vaisseaux ;
# - **bone** (os) : la vertèbre montre sa corticale dense et son intérieur spongieux ;
# - une largeur **étroite** (moins de 100 UH) donne un fort contraste, mais rend la plus grande partie de
#   l'image noire ou blanche.

# %% slideshow={"slide_type": ""} translated_from="97fde049e134"
hist_counts, hist_edges = np.histogram(hu, bins=120, range=(-1100, 1300))
fig = widgets.new_figure(figsize=(9.5, 3.9))
ax_img, ax_hist = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1, 1.3]})
ct_image = ax_img.imshow(hu, cmap="gray", vmin=SOFT_LOW, vmax=SOFT_HIGH, interpolation="nearest")
ax_img.set(title="CT_small.dcm (vrai scanner, thorax)", xlabel="colonne (pixel de 0,66 mm)", ylabel="ligne (pixel)")
ax_img.grid(False)
hist_bars = ax_hist.bar(hist_edges[:-1], hist_counts, width=np.diff(hist_edges), align="edge", color="0.65",
                        label="pixels par classe d'UH")
ax_hist.set_yscale("log")
ax_hist.set(xlabel="unités Hounsfield (UH)", ylabel="nombre de pixels (échelle log)", xlim=(-1100, 1300),
            title="Histogramme et fenêtre")
ax_ramp = ax_hist.twinx()
ax_ramp.set(ylim=(-0.02, 1.02), ylabel="gris affiché (0 = noir, 1 = blanc)")
ax_ramp.grid(False)
window_band = Rectangle((-160, 0), 400, 1, transform=ax_hist.get_xaxis_transform(),
                        color=plotting.SERIES_COLORS[3], alpha=0.25, label="fenêtre [L - W/2, L + W/2]")
ax_hist.add_patch(window_band)
(ramp_line,) = ax_ramp.plot([], [], color=plotting.SERIES_COLORS[1], linewidth=2.5, label="rampe de gris")
ax_hist.legend(handles=[hist_bars, window_band, ramp_line], loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=3,
               fontsize="small")


def show_window(level, width):
    low, high = level - width / 2, level + width / 2
    ct_image.set_clim(low, high)
    window_band.set_x(low)
    window_band.set_width(width)
    ramp_line.set_data([-1100, low, high, 1300], [0, 0, 1, 1])
    in_window = np.mean((hu > low) & (hu < high))       # ces pixels reçoivent un gris entre le noir et le blanc
    return f"fenêtre de {low:.0f} à {high:.0f} UH · {in_window:.0%} des pixels reçoivent une nuance de gris ; les autres sont tout noirs ou tout blancs"


level_slider = widgets.slider(40, -1000, 1000, step=10, description="niveau L (UH)")
width_slider = widgets.slider(400, 10, 2500, step=10, description="largeur W (UH)")
window_widget = widgets.LiveFigure(fig, show_window, main=True, dynamic=[ct_image, window_band, ramp_line],
                                   level=level_slider, width=width_slider)
preset_menu = ipw.Dropdown(options=["soft tissue", "lung", "bone", "liver", "(curseurs)"],
                           value="soft tissue", description="préréglage")


def apply_preset(name):                    # un préréglage déplace les deux curseurs à la fois : un seul rafraîchissement
    if name in dicom.WINDOW_PRESETS:
        level, width = dicom.window_preset(name)
        window_widget.set(level=level, width=width)


window_widget.add_control(preset_menu, on_change=apply_preset)  # le menu se place sous les deux curseurs
window_widget

# %% slideshow={"slide_type": ""} translated_from="ece38e30e10a"
preset_menu.value = "lung"                        # ce que fait le choix de « lung » dans le menu
checks.equal((level_slider.value, width_slider.value), (-600.0, 1500.0), name="(niveau, largeur) après le choix de lung")
checks.true(window_widget.last_update_ms < 200,
            f"le widget se redessine en moins de 200 ms ({window_widget.last_update_ms:.0f} ms)")
preset_menu.value = "soft tissue"

# %% [markdown] slideshow={"slide_type": "notes"} translated_from="4a39ac155435"
# Notes pour l'intervenant : un ordre de démonstration qui marche bien. Partez de la fenêtre tissus mous et
# demandez ce que sont les zones blanches (l'os, l'aorte opacifiée par le produit de contraste) ; passez à la
# fenêtre poumon et montrez les vaisseaux dans les coins ; puis réduisez la largeur à environ 80 UH autour de 40
# et montrez comment les muscles se détachent de la graisse, alors que tout le reste sature.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="b2db888b76e6"
# ### Exercice 1 : que cache une fenêtre ?
#
# Avec la fenêtre **tissus mous** (`dicom.window_preset("soft tissue")`), quelle fraction des pixels de `hu`
# est affichée en blanc pur, c'est-à-dire au niveau du haut de la fenêtre ou au-dessus ? Rangez-la dans
# `white_fraction`, sous la forme d'un seul nombre compris entre 0 et 1.

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="2219fd27dc36"
white_fraction = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
soft_level, soft_width = dicom.window_preset("soft tissue")
white_fraction = np.mean(hu >= soft_level + soft_width / 2)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="391a040d21ee"
exercise_1.check()
# exercise_1.hint()      # un coup de pouce ; relancez-la pour l'étape suivante
# exercise_1.solution()  # une solution commentée

# %% slideshow={"slide_type": ""} translated_from="cebe10d19b4e"
print(f"{exercise_1.answer('white_fraction'):.0%} de la coupe (l'os et les vaisseaux opacifiés) s'affiche en blanc "
      "uniforme : une fracture à cet endroit resterait invisible tant que vous ne passez pas à la fenêtre osseuse.")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="3e1b1fa77dc6"
# ## 3. Comment se forme une image de scanner : projections et reconstruction
#
# Un scanner ne photographie jamais une coupe. Un tube à rayons X tourne autour du patient, et des détecteurs
# placés en face mesurent la part de chaque rayon qui traverse le corps. Chaque rayon donne la **somme des
# atténuations** le long de sa ligne. Un tour complet fournit des centaines de **projections**, une par angle.
#
# En empilant les projections, une colonne par angle, on obtient le **sinogramme** (chaque point du corps y
# trace une sinusoïde). L'opération mathématique qui transforme une image en ses projections est la
# **transformée de Radon**. Pour un angle $\theta$ et une position $s$ sur le détecteur :
#
# $$ p_\theta(s) = \int \mu(x, y)\ \text{le long de la droite d'angle } \theta \text{ située à la distance } s \text{ du centre} $$
#
# La **reconstruction** fait le chemin inverse, du sinogramme vers l'image. La méthode classique, la
# **rétroprojection filtrée** (*filtered back-projection*, FBP), étale chaque projection en retour sur l'image, le
# long de ses rayons, après l'avoir passée dans un filtre qui renforce la netteté. Sans ce filtre, le résultat est flou.

# %% slideshow={"slide_type": ""} translated_from="791bb0585526"
phantom = rescale(skdata.shepp_logan_phantom(), 0.25)       # une « tête » de test classique, 100 x 100 pixels
angles = np.arange(0.0, 180.0, 1.0)                          # une projection par degré
sinogram = radon(phantom, theta=angles)                       # forme (positions sur le détecteur, angles)

# une projection à la main : tourner l'image de -30 degrés (autour du pixel 50, 50, comme le fait radon),
# puis additionner chaque colonne : chaque colonne est un rayon X, sa somme est ce que mesure le détecteur
by_hand_30 = rotate(phantom, -30, center=(50, 50)).sum(axis=0)
checks.close(by_hand_30, sinogram[:, 30], tol=1e-6, name="projection à 30 degrés, à la main vs radon")
print(f"fantôme {phantom.shape}, sinogramme {sinogram.shape} (positions sur le détecteur x angles)")

# %% slideshow={"slide_type": ""} translated_from="a8d0ec7b1b51"
blurred = iradon(sinogram, theta=angles, filter_name=None)        # rétroprojection sans filtre
fbp = iradon(sinogram, theta=angles, filter_name="ramp")          # rétroprojection filtrée
fig, axes = plt.subplots(1, 4, figsize=(13, 3.6))
panels = [(phantom, "1. l'objet (fantôme)", "colonne (pixel)"),
          (sinogram, "2. sinogramme : 180 projections", "angle (degrés)"),
          (blurred, "3. rétroprojection sans filtre", "colonne (pixel)"),
          (fbp, "4. rétroprojection filtrée", "colonne (pixel)")]
for ax, (img, title, xlabel) in zip(axes, panels):
    extent = (0, 180, sinogram.shape[0], 0) if img is sinogram else None
    ax.imshow(img, cmap="gray", aspect="auto" if img is sinogram else "equal", extent=extent)
    ax.set(title=title, xlabel=xlabel, ylabel="position sur le détecteur (pixel)" if img is sinogram else "ligne (pixel)")
    ax.grid(False)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="1e05ad27338f"
# ### Moins de projections : moins d'irradiation, plus d'artefacts
#
# Chaque projection ajoute de la dose d'irradiation. Avec moins d'angles, la reconstruction montre des **artefacts
# en stries**. Réduire la dose en gardant la qualité d'image est un domaine de recherche actif, où
# l'apprentissage profond aide désormais aussi (débruitage des scanners « basse dose », reconstruction
# apprise). Nous mesurons l'erreur par la **racine de l'erreur quadratique moyenne** (RMSE, *root mean squared
# error*) entre la reconstruction et le vrai fantôme.

# %% slideshow={"slide_type": ""} translated_from="a1184ec1173b"
angle_counts = [8, 16, 32, 64, 180]
reconstructions, rmse = {}, {}
for n_angles in angle_counts:
    theta = np.linspace(0.0, 180.0, n_angles, endpoint=False)
    reconstructions[n_angles] = iradon(radon(phantom, theta=theta), theta=theta, filter_name="ramp")
    rmse[n_angles] = float(np.sqrt(np.mean((reconstructions[n_angles] - phantom) ** 2)))

fig, axes = plt.subplots(1, len(angle_counts) + 1, figsize=(14, 3.0),
                         gridspec_kw={"width_ratios": [1] * len(angle_counts) + [1.4]})
for ax, n_angles in zip(axes, angle_counts):
    ax.imshow(reconstructions[n_angles], cmap="gray", vmin=0, vmax=1)
    ax.set(title=f"{n_angles} angles", xticks=[], yticks=[])
    ax.grid(False)
axes[-1].plot(angle_counts, [rmse[n] for n in angle_counts], marker="o")
axes[-1].set(xscale="log", xlabel="nombre de projections (échelle log)", ylabel="RMSE (unités du fantôme)",
             title="Erreur selon le nombre de projections")
plt.show()

# %% slideshow={"slide_type": ""} translated_from="f88256cc0098"
checks.true(all(rmse[a] > rmse[b] for a, b in zip(angle_counts, angle_counts[1:])),
            "l'erreur diminue chaque fois qu'on ajoute des projections (8, 16, 32, 64, 180)")
checks.true(rmse[180] < rmse[8] / 2, f"180 angles (RMSE {rmse[180]:.3f}) font mieux que 8 angles (RMSE {rmse[8]:.3f})")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="2006c0cc0039"
# ## 4. Confidentialité : désidentifier un en-tête DICOM
#
# Les données de santé comptent parmi les données personnelles les plus sensibles. Selon le règlement général
# européen sur la protection des données (RGPD, dont la CNIL contrôle l'application en France), partager des
# images pour la recherche ou pour entraîner un modèle exige une base légale et, en pratique, de retirer ce qui
# identifie le patient. Deux niveaux de désidentification :
#
# - la **pseudonymisation** : les identifiants sont remplacés par un code ; une table de correspondance
#   distincte et protégée permet de revenir au patient (utile pour ajouter plus tard des données de suivi).
#   Juridiquement, les données restent des données personnelles ;
# - l'**anonymisation** : aucun retour raisonnablement possible, même en croisant plusieurs sources. C'est
#   difficile à obtenir.
#
# L'en-tête DICOM est le premier endroit où regarder. Notre fichier de test contient encore un nom, des numéros
# de dossier, l'hôpital, des dates et des identifiants uniques (UID) que l'archive de l'hôpital sait
# retrouver, ainsi que de nombreuses **balises privées** : des champs propres au constructeur, qui peuvent
# contenir n'importe quoi, y compris des noms.

# %% slideshow={"slide_type": ""} translated_from="8d11befb8cb7"
present = dicom.find_identifying(ct_ds)
n_private = sum(1 for element in ct_ds if element.tag.is_private)
print(f"{len(present)} champs ou groupes identifiants dans CT_small.dcm (« (private tags) » regroupe à lui seul {n_private} champs) :")
print(", ".join(present))

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="f503589ccc39"
# Désidentifier à la main tient en quelques lignes de `pydicom` : remplacer, vider ou supprimer chaque champ,
# et retirer les balises privées. Nous gardons ce qui est cliniquement utile (sexe, âge, taille des pixels,
# épaisseur de coupe, produit de contraste).

# %% slideshow={"slide_type": ""} translated_from="c89aca387822"
by_hand = copy.deepcopy(ct_ds)                  # ne jamais modifier l'original
by_hand.PatientName = "ANON-0001"               # pseudonyme ; la table de correspondance reste à l'hôpital
by_hand.PatientID = "ANON-0001"
for keyword in ["OtherPatientIDsSequence", "InstitutionName", "StationName"]:
    delattr(by_hand, keyword)                   # supprimer : inutile pour la recherche
for keyword in ["StudyDate", "SeriesDate", "AcquisitionDate", "ContentDate", "StudyID"]:
    setattr(by_hand, keyword, "")               # vider : le champ doit exister, pas sa valeur
by_hand.remove_private_tags()
print("encore identifiant après nos quelques lignes :", dicom.find_identifying(by_hand))

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="2d0e654f3e57"
# Nous avons oublié des champs : les **UID** et une date. `dicom.deidentify` applique une liste plus longue,
# note pourquoi chaque champ disparaît et écrit de nouveaux UID. Il donne le même nouvel UID au même ancien
# UID : les coupes d'un même examen restent ensemble.

# %% slideshow={"slide_type": ""} translated_from="be1d88320391"
clean, report = dicom.deidentify(ct_ds, pseudonym="ANON-0001")
report_table = pd.DataFrame(report)[["keyword", "action", "old", "new", "reason"]]
report_table["old"] = report_table["old"].str.slice(0, 28)
report_table["new"] = report_table["new"].str.slice(0, 24)
report_table

# %% slideshow={"slide_type": ""} translated_from="9895843d268e"
checks.equal(dicom.find_identifying(clean), [], name="champs identifiants restants")
checks.equal(str(clean.PatientName), str(by_hand.PatientName), name="pseudonyme")
checks.true(np.array_equal(clean.pixel_array, ct_ds.pixel_array) and clean.PixelSpacing == ct_ds.PixelSpacing,
            "les pixels et leur taille sont inchangés")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="0845e213a364"
# Ce que le nettoyage de l'en-tête **ne peut pas** faire :
#
# - le **texte incrusté** : l'échographie et les documents numérisés impriment souvent le nom dans les pixels
#   eux-mêmes ;
# - les **visages** : un scanner ou une IRM de la tête peut être rendu en 3D en un visage reconnaissable ; on
#   efface donc le visage des examens cérébraux (*defacing*) avant tout partage ;
# - les **combinaisons rares** : une maladie rare, un âge et une petite commune peuvent désigner une seule
#   personne ;
# - les **fuites entre jeux de données** : le même patient dans le jeu d'entraînement et dans le jeu de test
#   gonfle les résultats. Séparez donc par patient, jamais par image.
#
# À l'hôpital, la désidentification suit une procédure validée avec le délégué à la protection des données (DPO).

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="aaa19fa4b00a"
# ## 5. Des coupes de scanner synthétiques : des données que nous avons le droit de partager
#
# Aucun scanner de vrai patient ne peut accompagner un cours public, et les vraies données de scanner annotées
# sont rares : contourer un foie à la main prend plusieurs minutes par cas à un radiologue. Nous utilisons donc
# un **générateur synthétique avec graine**, `ct.make_ct_slices`. Il dessine des coupes axiales de l'abdomen
# supérieur, telles que les radiologues les regardent (la droite du patient à gauche de l'image, l'avant en
# haut), selon la recette des moteurs de données que le cours d'origine présente pour produire des données
# d'entraînement synthétiques : **échantillonner des formes, les assembler, les déformer, puis les peindre**.
#
# 1. **échantillonner** des gabarits de formes simples (des ellipses) pour le corps, la paroi abdominale, le
#    foie, la rate, les reins, l'aorte, la veine cave, la vertèbre, le canal rachidien, les muscles du dos et
#    les côtes, avec des tailles et des positions tirées au hasard pour chaque patient ;
# 2. **assembler** ces formes en une seule **carte d'étiquettes** : un code de tissu par pixel, chaque forme
#    dessinée par-dessus les précédentes (le foie par-dessus l'intestin, la vertèbre par-dessus les muscles) ;
# 3. **déformer** : le foie est une ellipse dont le bord est courbé par quatre ondulations aléatoires, avec un
#    lobe gauche chez la plupart des patients ; l'intestin et sa graisse suivent un motif aléatoire et lisse ;
#    des **lésions** facultatives (rondes ou ovales, de 5 à 20 mm de rayon) se trouvent dans le foie ;
# 4. **peindre** chaque tissu avec une valeur en unités Hounsfield, tirée pour chaque patient autour des valeurs
#    du tableau ci-dessous, à l'un des deux **temps** : sans injection, ou au **temps portal**, où le foie, la
#    rate, les reins et les vaisseaux se rehaussent. Les lésions sont de 15 à 60 UH plus sombres que le foie
#    avec injection, et seulement 30 % de cet écart sans injection ;
# 5. **simuler l'acquisition** : un léger flou et un **bruit** gaussien, comme sur un vrai scanner.
#
# Chaque coupe est livrée avec ses **étiquettes** : le masque du foie, le masque des lésions, une étiquette
# oui/non « lésion », les rectangles englobant les lésions, et la carte d'étiquettes elle-même. La même graine
# donne les mêmes patients avec et sans injection.

# %% slideshow={"slide_type": ""} translated_from="8a357d22d557"
demo_pv = ct.make_ct_slices(n=4, size=128, seed=7, contrast=True, lesion_fraction=1.0)   # 4 patients synthétiques
tissue_colors = ListedColormap(plt.get_cmap("tab20").colors[:len(ct.TISSUES)])    # une couleur par code de tissu
portal_venous_hu = np.array([ct.tissue_values(contrast=True)[name] for name in ct.TISSUES])
painted = portal_venous_hu[demo_pv.tissues[0]]        # peindre : chaque pixel reçoit la valeur en UH de son code de tissu

fig, axes = plt.subplots(1, 4, figsize=(16, 4.3))
for ax, k in zip(axes[:2], range(2)):
    label_im = ax.imshow(demo_pv.tissues[k], cmap=tissue_colors, vmin=-0.5, vmax=len(ct.TISSUES) - 0.5,
                         interpolation="nearest")
    ax.set_title(f"{k + 1}-3. carte d'étiquettes, patient {k + 1}" if k == 0 else "un autre tirage : patient 2")
bar = fig.colorbar(label_im, ax=axes[:2], ticks=range(len(ct.TISSUES)), shrink=0.9)
bar.ax.set_yticklabels([name.replace("_", " ") for name in ct.TISSUES])
axes[2].imshow(painted, cmap="gray", vmin=SOFT_LOW, vmax=SOFT_HIGH, interpolation="nearest")
axes[2].set_title("4. peinte en UH (patient 1)")
hu_im = axes[3].imshow(demo_pv.images[0], cmap="gray", vmin=SOFT_LOW, vmax=SOFT_HIGH, interpolation="nearest")
axes[3].set_title("5. + flou et bruit du scanner")
fig.colorbar(hu_im, ax=axes[2:], label=SOFT_LABEL, shrink=0.9)
for ax in axes:
    ax.set(xticks=[], yticks=[])
    ax.grid(False)
fig.suptitle("Comment le générateur construit une coupe : des formes assemblées, puis des intensités "
             "(128 x 128 pixels de 3,1 mm)", fontweight="bold")
plt.show()

# %% slideshow={"slide_type": ""} translated_from="67c69c374e3d"
demo_nc = ct.make_ct_slices(n=4, size=128, seed=7, contrast=False, lesion_fraction=1.0)
fig, axes = plt.subplots(2, 4, figsize=(13, 6.4))
for i in range(4):
    for row, (data, phase) in enumerate([(demo_pv, "avec injection"), (demo_nc, "sans injection")]):
        ax = axes[row, i]
        slice_im = ax.imshow(data.images[i], cmap="gray", vmin=SOFT_LOW, vmax=SOFT_HIGH)
        ax.set(title=f"patient {i + 1}, {phase}", xticks=[], yticks=[])
        ax.grid(False)
fig.colorbar(slice_im, ax=axes, label=SOFT_LABEL, shrink=0.8)
fig.suptitle("Les mêmes patients synthétiques au temps portal (en haut) et sans injection (en bas)",
             fontweight="bold")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="6ca4630371f5"
# Regardez le foie (le gros organe à gauche de l'image). Avec injection, il est plus clair que l'intestin et
# les muscles qui l'entourent, et les lésions ressortent en taches plus sombres. Sans injection, le foie, la
# rate, les muscles et l'intestin restent à une vingtaine d'UH les uns des autres (55, 45, 50 et 35 UH dans le
# tableau ci-dessous), et les lésions sont beaucoup plus discrètes. Gardez-le en tête pour la section 9.
#
# Voici maintenant les jeux de données de la suite du notebook : 64 × 64 pixels (6,25 mm par pixel), pour que
# l'entraînement reste rapide sur un ordinateur portable. Une coupe par patient simulé, et des **patients
# différents** dans les jeux d'entraînement, de validation et de test (des graines différentes) : rien ne fuit
# de l'un à l'autre.

# %% slideshow={"slide_type": ""} translated_from="eb8aa4c23933"
train = ct.make_ct_slices(n=300, seed=1)                  # temps portal (avec injection)
val = ct.make_ct_slices(n=100, seed=2)
test = ct.make_ct_slices(n=200, seed=3)
test_nc = ct.make_ct_slices(n=200, seed=3, contrast=False)  # les MÊMES patients de test, scannés sans injection
for name, data in [("entraînement", train), ("validation", val), ("test", test)]:
    print(f"{name:12s} : {len(data)} coupes de {data.images.shape[1]} x {data.images.shape[2]} pixels "
          f"({data.pixel_mm:.2f} mm), {data.has_lesion.mean():.0%} avec une lésion, "
          f"foie sur {data.liver.mean():.0%} des pixels")
checks.true(np.array_equal(test.liver, test_nc.liver), "même graine : même anatomie avec et sans injection")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="b63ab73233dc"
# Les valeurs que peint le générateur, à côté de ce que mesure une région d'intérêt sur les coupes
# d'entraînement de 64 × 64 pixels (moyenne sur tous les pixels de ce tissu). Les deux diffèrent là où une
# structure est fine par rapport à un pixel de 6,25 mm : le flou du scanner la mélange à ses voisines. Cet
# **effet de volume partiel** explique pourquoi la fine coque d'os compact mesure bien moins que sa valeur
# peinte, pourquoi le petit corps vertébral mesure plus (il emprunte à sa coque claire), pourquoi le fin canal
# rachidien (du liquide, peint à 8 UH, `csf` ci-dessous) mesure plus de 100 UH dans son anneau d'os, et pourquoi
# une vraie mesure doit se faire bien à l'intérieur de la structure.

# %% slideshow={"slide_type": ""} translated_from="82f2388755d1"
hu_table = pd.DataFrame(ct.HU_TABLE, index=["peint, sans injection", "peint, temps portal", "dispersion entre patients"]).T
hu_table = hu_table.drop(index=["lesion", "air"])
hu_table["mesuré, temps portal (64 px)"] = [train.images[train.tissues == ct.TISSUE_CODE[name]].mean()
                                            for name in hu_table.index]
hu_table.round(0).astype(int).rename_axis("tissu (UH)")

# %% slideshow={"slide_type": ""} translated_from="9da6dd1de5e6"
measured = hu_table["mesuré, temps portal (64 px)"]
checks.between(measured["bone_marrow"], 100, 350, name="corps vertébral synthétique, os spongieux (UH)")
checks.true(measured["bone_cortex"] < ct.HU_TABLE["bone_cortex"][1],
            f"l'os compact, fin, mesure moins que sa valeur peinte ({measured['bone_cortex']:.0f} < "
            f"{ct.HU_TABLE['bone_cortex'][1]:.0f} UH) : volume partiel")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="e5fcb752cb6b"
# ### Exercice 2 : mesurer le rehaussement du foie
#
# À l'aide du masque du foie du premier patient de test (`test.liver[0]`, qui vaut 1 dans le foie), calculez
# la moyenne en UH du foie sur l'image injectée `test.images[0]` et sur l'image sans injection
# `test_nc.images[0]`. Rangez la différence (avec injection moins sans injection) dans `enhancement_hu`, sous la
# forme d'un seul nombre, en UH.

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="01c99c03f2b6"
enhancement_hu = ____  # remplacez ____ par votre code
### BEGIN SOLUTION
liver_pixels = test.liver[0] == 1
enhancement_hu = test.images[0][liver_pixels].mean() - test_nc.images[0][liver_pixels].mean()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="9debbbda5524"
exercise_2.check()
# exercise_2.hint()      # un coup de pouce ; relancez-la pour l'étape suivante
# exercise_2.solution()  # une solution commentée

# %% slideshow={"slide_type": ""} translated_from="5110339a7dd9"
checks.between(exercise_2.answer("enhancement_hu"), 35, 80, name="rehaussement du foie (UH)",
               hint="Au temps portal, le foie mesure environ 110 UH ; sans injection, environ 55 UH.")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="1eb4911a3da0"
# ### Des données bruitées
#
# Les vraies images sont bruitées : une dose plus faible, un patient plus corpulent ou une coupe fine augmentent
# le bruit, que l'on mesure par l'écart-type dans une région homogène (souvent 10 à 20 UH sur un scanner
# abdominal). Les étiquettes aussi sont bruitées : deux radiologues ne tracent jamais exactement le même
# contour. Un modèle doit faire avec les deux.

# %% slideshow={"slide_type": ""} translated_from="c03ee66809e2"
fig, axes = plt.subplots(1, 3, figsize=(12, 3.9))
for ax, noise in zip(axes, [4, 15, 40]):
    noisy = ct.make_ct_slices(n=1, size=128, seed=7, noise_hu=noise, lesion_fraction=1.0)
    noisy_im = ax.imshow(noisy.images[0], cmap="gray", vmin=SOFT_LOW, vmax=SOFT_HIGH)
    inside = ndimage.binary_erosion(noisy.tissues[0] == ct.TISSUE_CODE["liver"], iterations=3)  # loin des bords
    liver_sd = noisy.images[0][inside].std()
    ax.set(title=f"bruit {noise} UH (écart-type dans le foie {liver_sd:.0f} UH)", xticks=[], yticks=[])
    ax.grid(False)
fig.colorbar(noisy_im, ax=axes, label="UH (fenêtre tissus mous)", shrink=0.9)
fig.suptitle("Le même patient à trois niveaux de bruit : la lésion se fond dans le bruit", fontweight="bold")
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="2085d434a85b"
# ## 6. Classification, détection, segmentation : trois questions sur une même image
#
# Une même coupe peut répondre à des questions différentes, et chacune demande un type d'étiquette et une
# métrique différents :
#
# | tâche | question | sortie | étiquette nécessaire | métrique habituelle |
# | --- | --- | --- | --- | --- |
# | **classification** | y a-t-il une lésion ? | une probabilité par image | un oui/non par image | sensibilité, spécificité, AUC ROC |
# | classification + **localisation** | y en a-t-il une, et où ? | probabilité + un rectangle | un rectangle | les précédentes + recouvrement des rectangles |
# | **détection** | où sont *toutes* les lésions ? | une liste de rectangles | chaque rectangle | sensibilité par lésion vs faux positifs par image |
# | **segmentation** | quels pixels appartiennent au foie, à la lésion ? | une probabilité par pixel | un masque (contour) | score de Dice, erreur de volume |
#
# Les étiquettes coûtent de plus en plus cher de haut en bas : une case à cocher, quelques clics, un contour
# tracé sur chaque coupe. La segmentation fournit aussi des **mesures** : surfaces, volumes et leur évolution
# dans le temps. (L'AUC ROC et le score de Dice sont rappelés là où nous les utilisons pour la première fois,
# aux sections 8 et 7.)

# %% slideshow={"slide_type": ""} translated_from="193b8b41ba71"
two = int(np.flatnonzero([len(b) == 2 for b in test.boxes])[0])     # une coupe de test avec deux lésions
img, boxes = test.images[two], test.boxes[two]
fig, axes = plt.subplots(1, 4, figsize=(15, 4.1))
for ax in axes:
    task_im = ax.imshow(img, cmap="gray", vmin=SOFT_LOW, vmax=SOFT_HIGH)
    ax.set(xticks=[], yticks=[])
    ax.grid(False)
axes[0].set_title("classification :\n« lésion présente » (oui)")
axes[0].text(2, 60, "étiquette : 1", color="white", fontsize="large", fontweight="bold")


def draw_box(ax, box, color):
    r0, c0, r1, c1 = box
    ax.add_patch(Rectangle((c0 - 0.5, r0 - 0.5), c1 - c0, r1 - r0, fill=False, edgecolor=color, linewidth=2))


draw_box(axes[1], boxes[0], plotting.POSITIVE_COLOR)
axes[1].set_title("classification + localisation :\nun rectangle")
for box in boxes:
    draw_box(axes[2], box, plotting.POSITIVE_COLOR)
axes[2].set_title(f"détection :\ntoutes les lésions ({len(boxes)} rectangles)")
axes[3].contour(test.liver[two], levels=[0.5], colors=[plotting.SERIES_COLORS[0]], linewidths=1.5)
axes[3].contourf(test.lesions[two], levels=[0.5, 1.5], colors=[plotting.POSITIVE_COLOR], alpha=0.7)
liver_cm2 = test.liver[two].sum() * test.pixel_mm ** 2 / 100
lesion_cm2 = test.lesions[two].sum() * test.pixel_mm ** 2 / 100
axes[3].set_title(f"segmentation : foie {liver_cm2:.0f} cm²\n(vert), lésions {i18n.number(lesion_cm2, '.1f')} cm² (vermillon)")
fig.colorbar(task_im, ax=axes, label="UH (fenêtre tissus mous)", shrink=0.85)
fig.suptitle("Quatre tâches sur la même coupe synthétique (64 x 64 pixels de 6,25 mm)", fontweight="bold")
plt.show()


# %% [markdown] slideshow={"slide_type": "slide"} translated_from="c1039f00922b"
# ## 7. Segmenter le foie avec un U-Net
#
# Pourquoi segmenter le foie ? C'est le plus gros organe interne du corps, et le siège de nombreuses maladies chroniques
# et tumeurs. Son contour donne son **volume** (avant une hépatectomie ou une greffe à partir d'un donneur
# vivant), indique dans lequel des **8 segments de Couinaud** se trouve une tumeur (la carte chirurgicale du
# foie, chaque segment ayant sa propre vascularisation et son propre drainage veineux et biliaire), et permet de comparer
# un scanner de suivi au précédent. À la main, le tracer prend de longues minutes par examen. La section 8
# se servira aussi de ce contour pour chercher des lésions à l'intérieur du foie.
#
# **Segmenter**, c'est classer chaque pixel : foie (1) ou non (0). Le réseau classique pour cela est le
# **U-Net** (Ronneberger et al., 2015) :
#
# - un **encodeur** (la branche gauche du U) : des convolutions et du pooling, comme dans un CNN de
#   classification. L'image rétrécit et les caractéristiques deviennent plus abstraites : *ce qu'il y a* dans
#   l'image ;
# - un **décodeur** (la branche droite) : des suréchantillonnages (convolutions transposées) qui ramènent à la
#   taille d'origine : *où* cela se trouve ;
# - des **connexions de saut** (*skip connections*) : à chaque taille, la carte de caractéristiques (*feature
#   map*) de l'encodeur est recopiée de l'autre côté et concaténée à celle du décodeur. Ces connexions
#   rapportent les détails fins que le pooling avait jetés, et le contour reste net.

# %% slideshow={"slide_type": ""} translated_from="215687ce462c"
def conv_block(c_in, c_out):
    """Deux convolutions 3 x 3, chacune suivie d'une normalisation par lot et d'une ReLU (taille inchangée)."""
    return nn.Sequential(
        nn.Conv2d(c_in, c_out, kernel_size=3, padding=1), nn.BatchNorm2d(c_out), nn.ReLU(),
        nn.Conv2d(c_out, c_out, kernel_size=3, padding=1), nn.BatchNorm2d(c_out), nn.ReLU(),
    )


class UNet(nn.Module):
    """Un petit U-Net : entrée 64 x 64, deux poolings, 8-16-32 cartes de caractéristiques, un logit par pixel en sortie."""

    def __init__(self, c=(8, 16, 32)):
        super().__init__()
        self.enc1, self.enc2 = conv_block(1, c[0]), conv_block(c[0], c[1])        # encodeur
        self.bottom = conv_block(c[1], c[2])                                      # goulot (16 x 16)
        self.up2 = nn.ConvTranspose2d(c[2], c[1], kernel_size=2, stride=2)        # 16 -> 32 pixels
        self.dec2 = conv_block(2 * c[1], c[1])                                    # après la concaténation du saut
        self.up1 = nn.ConvTranspose2d(c[1], c[0], kernel_size=2, stride=2)        # 32 -> 64 pixels
        self.dec1 = conv_block(2 * c[0], c[0])
        self.head = nn.Conv2d(c[0], 1, kernel_size=1)                             # un logit par pixel

    def forward(self, x):
        e1 = self.enc1(x)                                   # (n, 8, 64, 64)
        e2 = self.enc2(F.max_pool2d(e1, 2))                 # (n, 16, 32, 32)
        b = self.bottom(F.max_pool2d(e2, 2))                # (n, 32, 16, 16)
        d2 = self.dec2(torch.cat([self.up2(b), e2], dim=1))  # connexion de saut : concaténer e2
        d1 = self.dec1(torch.cat([self.up1(d2), e1], dim=1))  # connexion de saut : concaténer e1
        return self.head(d1)                                # (n, 1, 64, 64)


torch.manual_seed(0)
unet = UNet()
with torch.no_grad():
    shape_out = tuple(unet.eval()(torch.zeros(2, 1, 64, 64)).shape)
print(f"U-Net : {training.count_parameters(unet)} paramètres ; entrée (2, 1, 64, 64) -> sortie {shape_out}")

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="a352fb9acf2b"
# ### Le score de Dice, et pourquoi l'exactitude par pixel trompe
#
# Le foie couvre environ 10 % des pixels. Un « modèle » qui répond *pas de foie* partout a raison sur 90 % des
# pixels, et ne sert à rien. Le **score de Dice** mesure le recouvrement entre le masque prédit $P$ et le vrai
# masque $T$ ($|P|$ est le nombre de pixels de $P$, et $P \cap T$ les pixels qui sont dans les deux) :
#
# $$ \mathrm{Dice}(P, T) = \frac{2\,|P \cap T|}{|P| + |T|} $$
#
# Il vaut 1 pour un contour parfait et 0 quand les deux masques ne se recouvrent pas. Pour l'entraînement, il
# nous faut une fonction lisse. Le **Dice doux** (*soft Dice*) utilise les probabilités prédites $p_i$ au lieu
# de pixels 0/1 ($t_i$ vaut 1 si le pixel $i$ est du foie, 0 sinon), et la fonction de perte y ajoute
# l'entropie croisée binaire habituelle (BCE, notebook 03) :
#
# $$ \text{Dice doux} = \frac{2 \sum_i p_i t_i + \varepsilon}{\sum_i p_i + \sum_i t_i + \varepsilon}, \qquad
#    \text{Perte} = \text{BCE} + (1 - \text{Dice doux}) $$
#
# ($\varepsilon = 1$ évite de diviser par zéro sur une coupe sans foie.)

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="ce1100b8e0b5"
# ### Exercice 3 : exactitude et Dice de modèles paresseux
#
# Pour le masque du foie de la première coupe de test, `test.liver[0]`, imaginez un modèle qui prédit un masque
# **vide** (que des zéros). Calculez son exactitude par pixel (la part des pixels où la prédiction est égale à
# la vérité) dans `lazy_accuracy`, et son score de Dice avec `metrics.dice(truth, prediction)` dans
# `lazy_dice`.
#
# Un second modèle paresseux ne regarde jamais l'image : il dessine toujours le foie d'un autre patient, ici
# `test.liver[2]`. Calculez son score de Dice par rapport à la vérité `test.liver[0]` **avec la formule
# ci-dessus** : comptez le recouvrement $|P \cap T|$ (les pixels qui valent 1 dans les deux masques) et les
# pixels de chaque masque. Rangez-le dans `copy_dice` (vous pouvez comparer avec `metrics.dice`). Chaque
# réponse est un seul nombre compris entre 0 et 1.

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""} translated_from="e7c85d91bed1"
lazy_accuracy = ____  # remplacez ____ par votre code
lazy_dice = ____
copy_dice = ____
### BEGIN SOLUTION
empty_mask = np.zeros_like(test.liver[0])
lazy_accuracy = np.mean(empty_mask == test.liver[0])
lazy_dice = metrics.dice(test.liver[0], empty_mask)
copy_overlap = np.sum((test.liver[0] == 1) & (test.liver[2] == 1))
copy_dice = 2 * copy_overlap / (test.liver[0].sum() + test.liver[2].sum())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_3_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""} translated_from="2c064a387bbd"
exercise_3.check()
# exercise_3.hint()      # un coup de pouce ; relancez-la pour l'étape suivante
# exercise_3.solution()  # une solution commentée

# %% slideshow={"slide_type": ""} translated_from="853ae04b03cc"
accuracy_3 = exercise_3.answer("lazy_accuracy")
dice_3 = exercise_3.answer("lazy_dice")
copy_dice_3 = exercise_3.answer("copy_dice")
print(f"Un masque vide a une exactitude de {accuracy_3:.0%} et un Dice de {dice_3:.0f} : une réponse vide ne trompe pas le Dice.")
print(f"Copier le foie d'un autre patient, sans regarder l'image, donne déjà un Dice de {copy_dice_3:.2f} : "
      "comparez le Dice d'un modèle à une telle référence, pas à 0.")


# %% slideshow={"slide_type": ""} translated_from="fb4724b82aa5"
def soft_dice(logits, target, eps=1.0):
    """Dice doux moyen sur le lot ; logits et target ont la forme (n, 1, hauteur, largeur)."""
    p = torch.sigmoid(logits)
    overlap = (p * target).sum(dim=(1, 2, 3))
    return ((2 * overlap + eps) / (p.sum(dim=(1, 2, 3)) + target.sum(dim=(1, 2, 3)) + eps)).mean()


def dice_bce_loss(logits, target):
    return F.binary_cross_entropy_with_logits(logits, target) + (1 - soft_dice(logits, target))


# avec des logits très tranchés, le Dice doux est égal au Dice ordinaire des masques
truth = torch.tensor(test.liver[:1, None], dtype=torch.float32)
guess = torch.tensor(test.liver[1:2, None], dtype=torch.float32)    # le foie d'un autre patient en guise de « prédiction »
checks.close(soft_dice(50 * (2 * guess - 1), truth, eps=0.0), metrics.dice(truth, guess), tol=1e-4,
             name="Dice doux de logits saturés vs metrics.dice")


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="258a726e8ac6"
# ### Deux modèles de référence avant tout réseau
#
# Un modèle appris doit battre ce qui ne demande aucun apprentissage. Voici deux références de ce genre :
#
# 1. **le foie moyen** : les pixels qui sont du foie sur au moins la moitié des 300 coupes d'entraînement. Il ne
#    regarde jamais l'image, comme le contour copié de l'exercice 3, mais il utilise tous les patients
#    d'entraînement ;
# 2. **un seuil en unités Hounsfield**, la règle qu'un radiologue pourrait écrire. Avec injection, le foie
#    mesure environ 110 UH : plus clair que l'intestin et les muscles, plus sombre que les reins et les
#    vaisseaux opacifiés. On lisse légèrement l'image (un flou gaussien de 1 pixel, contre le bruit), on garde
#    les pixels compris entre une valeur basse et une valeur haute d'UH, on ne conserve que la plus grande
#    tache d'un seul tenant (le foie est le plus gros organe à cet endroit), et on bouche ses trous (vaisseaux,
#    lésions).
#
# Les deux valeurs d'UH sont des **hyperparamètres** : nous essayons 9 couples et gardons celui qui donne le
# meilleur Dice moyen sur les coupes de **validation**. Les coupes de test ne jouent aucun rôle dans ce choix.

# %% slideshow={"slide_type": ""} translated_from="194835b871d8"
def dice_per_slice(truth_masks, predicted_masks):
    return np.array([metrics.dice(t, p) for t, p in zip(truth_masks, predicted_masks)])


def threshold_liver(images_hu, low, high):
    """Masques du foie par une plage d'UH : lisser, garder low <= UH <= high, garder la plus grande tache, boucher ses trous."""
    smoothed = ndimage.gaussian_filter(images_hu, sigma=(0, 1.0, 1.0))     # flouter chaque coupe, pas d'une coupe à l'autre
    masks = np.zeros(images_hu.shape, dtype=np.uint8)
    for i, inside in enumerate((smoothed >= low) & (smoothed <= high)):
        blobs, n_blobs = ndimage.label(inside)                              # numéroter les taches connexes 1, 2, ...
        if n_blobs:
            sizes = ndimage.sum(inside, blobs, range(1, n_blobs + 1))
            masks[i] = ndimage.binary_fill_holes(blobs == 1 + np.argmax(sizes))
    return masks


average_liver = (train.liver.mean(axis=0) >= 0.5).astype(np.uint8)         # référence 1 : pas besoin de l'image
hu_pairs = [(low, high) for low in (80, 90, 100) for high in (120, 130, 140)]
val_dice_by_pair = {pair: dice_per_slice(val.liver, threshold_liver(val.images, *pair)).mean() for pair in hu_pairs}
hu_low, hu_high = max(val_dice_by_pair, key=val_dice_by_pair.get)          # référence 2 : meilleur couple en validation
print(f"plage d'UH choisie sur les coupes de validation : de {hu_low} à {hu_high} UH "
      f"(Dice de validation {val_dice_by_pair[(hu_low, hu_high)]:.3f} ; pire couple essayé "
      f"{min(val_dice_by_pair.values()):.3f})")


# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="954f696a8ddb"
# ### Entraîner le U-Net sur des coupes injectées
#
# Entrée : la fenêtre tissus mous (L 40, W 400 UH) ramenée à [0, 1]. Cible : le masque du foie. Trois époques
# sur les 300 coupes d'entraînement, des mini-lots de 4, Adam avec une décroissance du taux d'apprentissage en
# cosinus (notebook 06 : de grands pas d'abord, de petits pas prudents à la fin). De petits lots donnent plus de
# pas, plus bruités, pour le même temps de calcul. La recette a été choisie sur les coupes de validation. Elle
# tient quelle que soit l'initialisation aléatoire : sur 14 initialisations (`benchmarks/SEED_SPREAD.md`, produit
# par `benchmarks/seed_spread.py`), le Dice de validation est resté entre 0,928 et 0,949. Comme dans le
# notebook 07, les poids sont rangés « canaux en dernier » (*channels last*) et
# Adam est « fusionné » (*fused*) : plus rapide sur un processeur, mêmes calculs. Les courbes se mettent à jour
# en direct sous la cellule.

# %% slideshow={"slide_type": ""} translated_from="9e4952e265f2"
def as_input(images):
    return torch.tensor(images[:, None], dtype=torch.float32)   # (n, 1 canal, hauteur, largeur)


def seg_input(data_or_images):
    images = getattr(data_or_images, "images", data_or_images)
    return as_input(dicom.window(images, *SOFT_TISSUE))


def seg_target(masks):
    return torch.tensor(masks[:, None], dtype=torch.float32)


unet.train().to(memory_format=torch.channels_last)
unet_optimizer = torch.optim.Adam(unet.parameters(), lr=2e-3, fused=True)
unet_history = training.fit(unet, (seg_input(train), seg_target(train.liver)), (seg_input(val), seg_target(val.liver)),
                            loss_fn=dice_bce_loss, optimizer=unet_optimizer, epochs=3, batch_size=4,
                            scheduler=torch.optim.lr_scheduler.CosineAnnealingLR(unet_optimizer, T_max=3),
                            progress=True, live_plot=True)


# %% slideshow={"slide_type": ""} translated_from="99fade12c3f9"
def predict_masks(model, images_01):
    model.to(memory_format=torch.channels_last)     # mêmes poids, rangés « canaux en dernier » : environ 2 fois plus rapide sur un processeur
    logits = training.predict(model, images_01, batch_size=8)[:, 0]   # de petits lots tiennent dans le cache du processeur
    return (logits > 0).numpy().astype(np.uint8)            # logit > 0 <=> probabilité > 0,5


def dice_summary(dice_values):
    return {"Dice moyen": dice_values.mean(), "pire coupe": dice_values.min(),
            "coupes avec Dice >= 0,90": np.mean(dice_values >= 0.9)}


pred_pv = predict_masks(unet, seg_input(test))              # les contours du U-Net sur les 200 coupes de test
threshold_pv = threshold_liver(test.images, hu_low, hu_high)
dice_pv = dice_per_slice(test.liver, pred_pv)
dice_threshold_pv = dice_per_slice(test.liver, threshold_pv)
dice_average_pv = dice_per_slice(test.liver, np.broadcast_to(average_liver, test.liver.shape))
segmentation_table = pd.DataFrame({
    "foie moyen de l'entraînement (ne regarde jamais)": dice_summary(dice_average_pv),
    f"seuil UH {hu_low}-{hu_high} (validation)": dice_summary(dice_threshold_pv),
    "U-Net": dice_summary(dice_pv),
}).T
print(f"200 coupes de test injectées, mises de côté ; le U-Net bat le seuil sur "
      f"{np.sum(dice_pv > dice_threshold_pv)} d'entre elles")
segmentation_table.round(3)

# %% slideshow={"slide_type": ""} translated_from="c2ce81451861"
checks.between(dice_pv.mean(), 0.90, 1.0, name="Dice moyen du U-Net sur les coupes de test injectées",
               hint="Relancez la cellule d'entraînement ; 3 époques devraient atteindre environ 0,94.")
checks.true(dice_pv.mean() > dice_threshold_pv.mean() > dice_average_pv.mean(),
            "U-Net > seuil UH > foie moyen (Dice moyen, coupes de test avec injection)")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="69d45e851e18"
# Le U-Net bat les deux références, et sur la plupart des coupes de test, pas seulement en moyenne. Mais le
# seuil en UH n'est pas loin derrière : avec injection, le foie est surtout une affaire de luminosité, et une
# règle à deux nombres en capture l'essentiel. Le tableau montre un seul entraînement (une seule initialisation
# aléatoire). Sur 14 initialisations aléatoires (`benchmarks/SEED_SPREAD.md`), le Dice de test du U-Net est allé
# de 0,927 à 0,948, et il a battu le Dice moyen du seuil les 14 fois : un écart plus petit que son avance ici. La
# figure montre où le U-Net et le seuil se trompent, de la pire coupe du U-Net à sa meilleure.

# %% slideshow={"slide_type": ""} translated_from="0d079c058cae"
SEG_COLORS = {"vérité terrain": plotting.SERIES_COLORS[0], "U-Net": plotting.SERIES_COLORS[1],
              "seuil UH": plotting.SERIES_COLORS[3]}


def overlay(ax, image, outlines, title):
    """Une image de scanner (fenêtre tissus mous) avec un contour par masque : {nom: masque}."""
    im = ax.imshow(image, cmap="gray", vmin=SOFT_LOW, vmax=SOFT_HIGH)
    styles = {"vérité terrain": "-", "U-Net": "--", "seuil UH": ":"}
    for name, mask in outlines.items():
        if mask.any():
            ax.contour(mask, levels=[0.5], colors=[SEG_COLORS[name]], linewidths=2.2, linestyles=styles[name])
    ax.set(title=title, xticks=[], yticks=[])
    ax.grid(False)
    return im


def outline_legend(ax, names):
    styles = {"vérité terrain": "-", "U-Net": "--", "seuil UH": ":"}
    for name in names:
        ax.plot([], [], color=SEG_COLORS[name], linestyle=styles[name], linewidth=2, label=name)
    ax.legend(loc="lower left", fontsize="small", frameon=True)


shown = [int(np.argsort(dice_pv)[k]) for k in (0, len(dice_pv) // 4, len(dice_pv) // 2, len(dice_pv) - 1)]
fig, axes = plt.subplots(1, 4, figsize=(15, 4.3))
for ax, i, label in zip(axes, shown, ["pire", "quartile inférieur", "médiane", "meilleure"]):
    im = overlay(ax, test.images[i], {"vérité terrain": test.liver[i], "U-Net": pred_pv[i], "seuil UH": threshold_pv[i]},
                 f"{label}\nU-Net {dice_pv[i]:.2f}, seuil {dice_threshold_pv[i]:.2f}")
outline_legend(axes[0], ["vérité terrain", "U-Net", "seuil UH"])
fig.colorbar(im, ax=axes, label="UH (fenêtre tissus mous)", shrink=0.85)
fig.suptitle("Contours du foie sur des coupes de test injectées (Dice dans les titres)", fontweight="bold")
plt.show()


# %% [markdown] slideshow={"slide_type": "slide"} translated_from="b18515994871"
# ## 8. Chercher des lésions hépatiques à l'intérieur du contour du U-Net
#
# **Tâche :** pour une coupe donnée, produire la probabilité que le foie contienne au moins une lésion.
#
# Une coupe entière de 64 × 64 pixels est une grosse botte de foin pour une petite aiguille : la graisse sombre
# et les gaz digestifs sont partout, et 300 coupes d'entraînement, c'est peu pour apprendre que seules comptent
# les taches sombres *à l'intérieur du foie*. Les radiologues regardent d'abord l'organe ; nous ferons de même,
# avec une **chaîne de traitement** (*pipeline*) en deux étapes :
#
# 1. le U-Net de la section 7 contoure le foie ;
# 2. nous rétrécissons ce contour d'une petite **marge** (c'est sur son bord qu'il se trompe, et un liseré de
#    graisse sombre à l'intérieur ressemblerait à une lésion), nous découpons une **imagette de 32 × 32 pixels
#    (200 mm de côté)** centrée sur lui, et nous effaçons tout ce qui se trouve hors du contour rétréci (en le
#    remplaçant par la valeur médiane du foie) ;
# 3. une règle simple, ou un petit CNN, décide si l'imagette contient une lésion.
#
# En pratique, la chaîne ne dispose que du contour du U-Net : les imagettes de validation et de test sont donc
# découpées avec lui. L'entraînement, lui, peut utiliser les contours de référence : ils font partie des
# étiquettes d'entraînement. Découper les imagettes de *test* avec les contours de référence reviendrait à
# utiliser un **oracle**, une entrée qu'aucune chaîne réelle ne possède ; nous ne le montrons que comme borne
# supérieure.

# %% slideshow={"slide_type": ""} translated_from="185679d091df"
def shrink(masks, margin):
    """Rétrécit chaque masque 0/1 de `margin` pixels (érosion binaire) ; une marge de 0 le laisse inchangé."""
    if margin == 0:
        return masks.astype(bool)
    return np.array([ndimage.binary_erosion(m, iterations=margin) for m in masks])


def liver_crops(images_hu, outlines, margin, size=32):
    """Un carré size x size centré sur chaque contour, effacé hors du contour rétréci de `margin` pixels.

    Renvoie des imagettes ramenées à [0, 1] avec la fenêtre foie (L 60, W 160 UH), de forme (n, size, size). Une
    coupe dont le contour est vide (aucun foie trouvé) donne une imagette uniforme : la chaîne n'a rien à regarder.
    """
    crops = np.full((len(images_hu), size, size), 60.0, dtype=np.float32)    # gris uniforme du foie par défaut
    side = images_hu.shape[1]
    inner = shrink(outlines, margin)
    for i in range(len(images_hu)):
        keep = inner[i] if inner[i].sum() >= 5 else outlines[i].astype(bool)  # contour minuscule : le garder entier
        if not keep.any():
            continue                                                          # aucun foie trouvé
        rows, cols = np.nonzero(keep)
        r = int(np.clip(round(rows.mean()) - size // 2, 0, side - size))
        c = int(np.clip(round(cols.mean()) - size // 2, 0, side - size))
        crop = images_hu[i, r:r + size, c:c + size].copy()
        inside = keep[r:r + size, c:c + size]
        crop[~inside] = np.median(crop[inside])                               # ne regarder que l'intérieur de l'organe
        crops[i] = crop
    return dicom.window(crops, *dicom.window_preset("liver"))                 # fenêtre foie : les lésions ressortent


pred_val = predict_masks(unet, seg_input(val))              # les contours du U-Net sur les coupes de validation
lesion_slices = np.flatnonzero(test.has_lesion)
inside_share = np.array([(test.lesions[i] & pred_pv[i]).sum() / test.lesions[i].sum() for i in lesion_slices])
print(f"coupes de test avec une lésion : en moyenne, {inside_share.mean():.0%} des pixels de la lésion sont dans le "
      f"contour du U-Net ; moins de la moitié sur {np.sum(inside_share < 0.5)} coupes sur {len(lesion_slices)}")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="21a924a20a61"
# Le U-Net a été entraîné à inclure les lésions dans le foie, et pourtant il en laisse certaines en partie
# dehors : une lésion sombre proche du bord ressemble aux tissus plus sombres qui entourent le foie. Ce que le
# contour laisse dehors, l'étape suivante ne peut pas le voir. Les erreurs s'additionnent le long d'une chaîne
# de traitement.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="48bae4efdb3d"
# ### D'abord une référence : le point le plus sombre
#
# Une lésion est une tache sombre dans un organe homogène. La règle : lisser légèrement l'image, regarder à
# l'intérieur du contour rétréci, et mesurer de combien d'UH son pixel le plus sombre est plus sombre que la
# médiane du foie. Plus l'écart est grand, plus une lésion est probable. Cette règle a deux hyperparamètres, la
# marge et le lissage, choisis sur les coupes de validation.
#
# Pour comparer des scores avant d'avoir choisi le moindre seuil, nous utilisons la **courbe ROC** (notebook 03).
# Pour chaque seuil possible sur le score, elle porte la **sensibilité** (la part des coupes avec lésion qui sont
# signalées) en fonction de **1 - spécificité** (la part des coupes sans lésion signalées à tort). L'**AUC** est
# l'aire sous cette courbe : la probabilité qu'une coupe avec lésion, tirée au hasard, ait un score plus élevé
# qu'une coupe sans lésion. 0,5 correspond à pile ou face ; 1 à un classement parfait.

# %% slideshow={"slide_type": ""} translated_from="9fc399332fd2"
def darkest_spot(images_hu, outlines, margin, smooth):
    """Score de chaque coupe : médiane du foie moins le pixel lissé le plus sombre dans le contour rétréci (en UH)."""
    scores = np.zeros(len(images_hu))                  # aucun foie trouvé : score 0
    inner = shrink(outlines, margin)
    for i in range(len(images_hu)):
        keep = inner[i] if inner[i].sum() >= 5 else outlines[i].astype(bool)
        if keep.any():
            smoothed = ndimage.gaussian_filter(images_hu[i], smooth)
            scores[i] = np.median(images_hu[i][outlines[i] == 1]) - smoothed[keep].min()
    return scores


rule_choices = [(margin, smooth) for margin in (0, 1, 2) for smooth in (0.5, 1.0)]
rule_val_auc = {choice: metrics.roc_auc(val.has_lesion, darkest_spot(val.images, pred_val, *choice))
                for choice in rule_choices}
margin, smooth = max(rule_val_auc, key=rule_val_auc.get)
rule_val = darkest_spot(val.images, pred_val, margin, smooth)
rule_test = darkest_spot(test.images, pred_pv, margin, smooth)
print(f"choix fait en validation : marge de {margin} pixel(s) ({margin * test.pixel_mm:.1f} mm), lissage de {smooth} pixel ; "
      f"AUC de validation {rule_val_auc[(margin, smooth)]:.3f}")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="79915cb5ac4b"
# ### Le CNN
#
# Le CNN est du type construit au notebook 07 : trois blocs convolution, normalisation par lot, ReLU et max
# pooling, puis un pooling **max** global, qui garde la réponse la plus forte du « détecteur de lésion » où
# qu'elle apparaisse dans l'imagette (invariance par translation). Il reçoit les mêmes imagettes que la règle,
# avec la marge que la règle a choisie en validation. Il s'entraîne pendant 4 époques avec Adam et une
# décroissance du taux d'apprentissage en cosinus. Le résultat d'un réseau dépend de son initialisation
# aléatoire et de l'ordre des mini-lots : nous l'entraînons donc trois fois, avec les graines 0, 1 et 2, et
# regardons la dispersion.

# %% slideshow={"slide_type": ""} translated_from="d4948811ccc3"
X_crop = {"train": as_input(liver_crops(train.images, train.liver, margin)),   # contours de référence (étiquettes)
          "val": as_input(liver_crops(val.images, pred_val, margin)),           # contours du U-Net, comme en pratique
          "test": as_input(liver_crops(test.images, pred_pv, margin)),
          "test, oracle": as_input(liver_crops(test.images, test.liver, margin))}  # borne supérieure seulement
y_lesion = {name: torch.tensor(d.has_lesion[:, None], dtype=torch.float32) for name, d in [("train", train), ("val", val)]}
order = np.argsort(-train.has_lesion[:10], kind="stable")[:8]
fig = plotting.image_grid(X_crop["train"][order, 0].numpy(), ncols=8, size=1.6,
                          titles=["lésion" if train.has_lesion[i] else "sans lésion" for i in order],
                          suptitle="Entrées d'entraînement : imagettes de 32 x 32 autour du foie, extérieur effacé "
                                   "(fenêtre foie L 60 / W 160 UH : noir -20, blanc 140 UH)", vmin=0, vmax=1)
plt.show()


# %% slideshow={"slide_type": ""} translated_from="88784ee78890"
def make_lesion_cnn():
    return nn.Sequential(
        nn.Conv2d(1, 8, kernel_size=3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.MaxPool2d(2),    # 32 -> 16
        nn.Conv2d(8, 16, kernel_size=3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),  # 16 -> 8
        nn.Conv2d(16, 32, kernel_size=3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),  # 8 -> 4
        nn.AdaptiveMaxPool2d(1), nn.Flatten(),           # réponse la plus forte de chacune des 32 cartes de caractéristiques
        nn.Linear(32, 1),                                # un logit : lésion ou non
    ).to(memory_format=torch.channels_last)              # poids rangés « canaux en dernier » : plus rapide sur un processeur


lesion_cnns, cnn_histories = [], []
for seed in (0, 1, 2):
    torch.manual_seed(seed)
    cnn = make_lesion_cnn()
    cnn_optimizer = torch.optim.Adam(cnn.parameters(), lr=5e-3)
    cnn_histories.append(training.fit(
        cnn, (X_crop["train"], y_lesion["train"]), (X_crop["val"], y_lesion["val"]), loss_fn=nn.BCEWithLogitsLoss(),
        optimizer=cnn_optimizer, scheduler=torch.optim.lr_scheduler.CosineAnnealingLR(cnn_optimizer, T_max=4),
        epochs=4, batch_size=16, progress=True, seed=seed))
    lesion_cnns.append(cnn)
print(f"{training.count_parameters(lesion_cnns[0])} paramètres par CNN")


# %% slideshow={"slide_type": ""} translated_from="694f0a68a658"
def lesion_probability(model, X):
    return torch.sigmoid(training.predict(model, X))[:, 0].numpy()


def auc_of(labels, scores):
    return metrics.roc_auc(labels, scores)


cnn_auc = pd.DataFrame({
    f"CNN, graine {seed}": {
        "validation (contour du U-Net)": auc_of(val.has_lesion, lesion_probability(cnn, X_crop["val"])),
        "test (contour du U-Net)": auc_of(test.has_lesion, lesion_probability(cnn, X_crop["test"])),
        "test, contour de référence (oracle)": auc_of(test.has_lesion, lesion_probability(cnn, X_crop["test, oracle"])),
    } for seed, cnn in enumerate(lesion_cnns)}).T
rule_row = {"validation (contour du U-Net)": auc_of(val.has_lesion, rule_val),
            "test (contour du U-Net)": auc_of(test.has_lesion, rule_test),
            "test, contour de référence (oracle)": auc_of(test.has_lesion,
                                                          darkest_spot(test.images, test.liver, margin, smooth))}
auc_table = pd.concat([pd.DataFrame({"règle du point le plus sombre": rule_row}).T, cnn_auc,
                       cnn_auc.agg(["mean", "min", "max"]).rename(index=lambda stat: f"CNN, 3 graines, {stat}")])
cnn_test = cnn_auc["test (contour du U-Net)"]
cnn_oracle = cnn_auc["test, contour de référence (oracle)"]
print(f"AUC de test avec le contour du U-Net : règle {rule_row['test (contour du U-Net)']:.3f}, CNN {cnn_test.mean():.3f} "
      f"(trois graines, de {cnn_test.min():.3f} à {cnn_test.max():.3f})")
print(f"le contour oracle ajoute {cnn_oracle.mean() - cnn_test.mean():+.3f} au CNN et "
      f"{rule_row['test, contour de référence (oracle)'] - rule_row['test (contour du U-Net)']:+.3f} à la règle")
auc_mid, n_pos, n_neg = cnn_test.mean(), int(test.has_lesion.sum()), int(len(test) - test.has_lesion.sum())
q_pos, q_neg = auc_mid / (2 - auc_mid), 2 * auc_mid ** 2 / (1 + auc_mid)     # formule de Hanley et McNeil (1982)
auc_se = np.sqrt((auc_mid * (1 - auc_mid) + (n_pos - 1) * (q_pos - auc_mid ** 2)
                  + (n_neg - 1) * (q_neg - auc_mid ** 2)) / (n_pos * n_neg))
print(f"erreur type d'une AUC proche de {auc_mid:.2f} sur {n_pos} coupes avec lésion et {n_neg} sans lésion : "
      f"{auc_se:.3f}")
auc_table.round(3)

# %% slideshow={"slide_type": ""} translated_from="83f0b1fda9b9"
fig, ax = plt.subplots(figsize=(7, 3.8))
for seed, history in enumerate(cnn_histories):
    color = plotting.SERIES_COLORS[seed]
    epochs = range(1, len(history["train_loss"]) + 1)
    ax.plot(epochs, history["train_loss"], color=color, linestyle="--", label=f"graine {seed}, entraînement")
    ax.plot(epochs, history["val_loss"], color=color, label=f"graine {seed}, validation")
ax.set(xlabel="époque", xticks=list(epochs), ylabel="perte d'entropie croisée",
       title="CNN des lésions : courbes d'apprentissage des trois graines")
ax.legend(fontsize="small", ncol=2)
plt.show()

# %% slideshow={"slide_type": ""} translated_from="06246fa9922c"
checks.true((cnn_oracle > cnn_test).all(),
            "l'oracle (contour de référence) est une borne supérieure : chaque graine fait mieux avec lui")
checks.between(cnn_test.mean(), 0.75, 1.0, name="CNN des lésions, AUC de test moyenne sur trois graines (contour du U-Net)")
checks.between(rule_row["test (contour du U-Net)"], 0.75, 1.0, name="règle du point le plus sombre, AUC de test (contour du U-Net)")
checks.true(abs(rule_row["test (contour du U-Net)"] - cnn_test.mean()) < 0.08,
            "la règle d'une ligne et le CNN sont à moins de 0,08 d'AUC l'un de l'autre")
checks.true(rule_row["test, contour de référence (oracle)"] > rule_row["test (contour du U-Net)"] + 0.02,
            "la règle, elle aussi, perd de l'AUC aux erreurs de contour du U-Net")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="1d7ac0088c42"
# Trois leçons dans un seul tableau :
#
# - la colonne **oracle** est plus haute pour tous les modèles : avec le contour de référence, aucune lésion
#   n'est amputée et aucun liseré sombre ne se glisse dans l'imagette. Un article qui la rapporte mesure une
#   chaîne que personne ne peut faire tourner. (Sur les courbes d'apprentissage, les imagettes de validation,
#   découpées avec le contour du U-Net, gardent une perte plus élevée que les imagettes d'entraînement,
#   découpées avec le contour de référence ; une partie de cet écart vient du contour.)
# - les trois graines du CNN n'obtiennent pas le même score : une différence entre deux modèles plus petite que
#   cette dispersion ne prouve rien ;
# - la **règle** d'une ligne est une concurrente sérieuse. Ici, le CNN la devance de quelques centièmes d'AUC,
#   à peine plus d'une erreur type d'une AUC sur 200 coupes (les deux sont affichés ci-dessus) : cela reste dans les
#   limites du hasard. Sur 14 initialisations aléatoires du U-Net (celle-ci comprise), le CNN (moyenne de ses
#   trois graines) n'a devancé la règle que 10 fois (`benchmarks/SEED_SPREAD.md`). La règle est aussi la plus
#   fragile des deux : un seul pixel sombre de graisse laissé dans le contour suffit à la tromper. Comparez ce
#   que chacun perd quand le contour de référence est remplacé par celui du U-Net (voir l'affichage ci-dessus) :
#   sur ces mêmes 14 initialisations, la règle a perdu plus que le CNN 13 fois. Nos lésions synthétiques sont
#   des taches rondes, homogènes et sombres dans un foie homogène : exactement ce que cherche la règle. Sur de
#   vrais foies (vaisseaux, kystes, graisse, texture du bruit), les caractéristiques apprises sont souvent
#   payantes ; cela aussi se mesure, cela ne se suppose jamais.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="72ed4c1a2b75"
# ### Choisir le seuil pour le dépistage
#
# Un score devient une décision grâce à un **seuil**. La valeur par défaut de 0,5 est arbitraire. En
# **dépistage**, une lésion manquée (faux négatif) coûte bien plus cher qu'un second regard du radiologue (faux
# positif). Nous fixons donc la **sensibilité** voulue, disons au moins 95 %, et prenons le seuil le plus élevé
# qui l'atteint **sur le jeu de validation**. Nous gardons la graine du CNN qui a la meilleure AUC de validation
# (un choix fait lui aussi en validation). Puis nous rapportons ce que donnent les deux sur le jeu de test, qui
# n'a joué aucun rôle dans ces choix.

# %% slideshow={"slide_type": ""} translated_from="7e831b10a601"
kept = int(np.argmax(cnn_auc["validation (contour du U-Net)"].to_numpy()))          # meilleure graine en validation
lesion_cnn = lesion_cnns[kept]
p_val = lesion_probability(lesion_cnn, X_crop["val"])
p_test = lesion_probability(lesion_cnn, X_crop["test"])


def screening_threshold(labels, scores, sensitivity=0.95):
    """Seuil le plus élevé dont la sensibilité atteint `sensitivity` (sur les données fournies : la validation)."""
    _, tpr, thresholds = metrics.roc_curve(labels, scores)
    return float(thresholds[np.argmax(tpr >= sensitivity)])


cnn_threshold = screening_threshold(val.has_lesion, p_val)
rule_threshold = screening_threshold(val.has_lesion, rule_val)
decisions = {"CNN, seuil 0,5": p_test >= 0.5,
             f"CNN, seuil de dépistage {cnn_threshold:.2f}": p_test >= cnn_threshold,
             f"règle, seuil de dépistage {rule_threshold:.0f} UH": rule_test >= rule_threshold}
at_half, at_screen, rule_screen = (metrics.binary_metrics(test.has_lesion, d.astype(int)) for d in decisions.values())

fig, axes = plt.subplots(1, 3, figsize=(15, 4.4), gridspec_kw={"width_ratios": [1.25, 1, 1]})
for scores, name, color in [(p_test, f"CNN (graine {kept})", plotting.SERIES_COLORS[1]),
                            (rule_test, "règle du point le plus sombre", plotting.SERIES_COLORS[3])]:
    fpr, tpr, _ = metrics.roc_curve(test.has_lesion, scores)
    axes[0].plot(fpr, tpr, color=color, label=f"{name} : AUC {i18n.number(auc_of(test.has_lesion, scores), '.2f')}")
axes[0].plot([0, 1], [0, 1], color="0.6", linestyle="--", label="hasard")
for m, name, marker in [(at_half, "CNN à 0,5", "s"), (at_screen, f"CNN à {i18n.number(cnn_threshold, '.2f')}", "o"),
                        (rule_screen, f"règle à {rule_threshold:.0f} UH", "^")]:
    axes[0].plot(1 - m["specificity"], m["sensitivity"], marker, markersize=9, color="0.15", label=name,
                 markerfacecolor="none" if marker == "s" else "0.15")
axes[0].set(xlabel="1 - spécificité (taux de faux positifs)", ylabel="sensibilité (taux de vrais positifs)",
            title="Courbes ROC sur les coupes de test")
axes[0].legend(loc="lower right", fontsize="small")
plotting.plot_confusion(test.has_lesion, (p_test >= 0.5).astype(int), ax=axes[1],
                        class_names=("sans lésion", "lésion"), title="CNN, seuil 0,5")
plotting.plot_confusion(test.has_lesion, (p_test >= cnn_threshold).astype(int), ax=axes[2],
                        class_names=("sans lésion", "lésion"), title=f"CNN, seuil de dépistage {i18n.number(cnn_threshold, '.2f')}")
plt.show()
print(f"coupes de test signalées, sur {len(test)} : " + " ; ".join(f"{name} : {d.sum()}" for name, d in decisions.items()))
metrics.metrics_table({name: (test.has_lesion, d.astype(int)) for name, d in decisions.items()})

# %% slideshow={"slide_type": ""} translated_from="1f6174d356cc"
checks.true(at_screen["specificity"] < 0.6,
            f"le prix du seuil de dépistage : la spécificité de test du CNN passe de {at_half['specificity']:.2f} "
            f"(seuil 0,5) à {at_screen['specificity']:.2f} (sous 0,6)")
checks.between(at_screen["sensitivity"], 0.8, 1.0, name="sensibilité de test du CNN au seuil de dépistage",
               hint="Le seuil a été choisi pour 95 % de sensibilité en validation ; en test, elle devrait rester proche.")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="feff1e6a76d2"
# Le seuil de dépistage échange de la spécificité contre de la sensibilité, et ici l'échange est rude : la
# spécificité du CNN tombe de 0,97 au seuil 0,5 à 0,17, et il signale 182 des 200 coupes de test (voir
# l'affichage ci-dessus), à peine moins que si l'on envoyait chaque examen au radiologue. La règle, à son seuil de
# dépistage, ne fait pas mieux. Ce n'est pas le hasard d'un seul entraînement : sur 14 initialisations aléatoires
# du U-Net (`benchmarks/SEED_SPREAD.md`), la spécificité du CNN à son seuil de dépistage est restée entre 0,04 et
# 0,36. Une sensibilité de 99 % est facile à atteindre en signalant tout : un outil de dépistage se juge sur les
# deux nombres. La sensibilité en test peut aussi tomber un peu sous les 95 % visés en
# validation : 100 coupes de validation donnent une estimation, pas une garantie.
#
# Quelles lésions la chaîne manque-t-elle ? Les cliniciens le demanderont, et c'est la première chose à
# vérifier : les performances par **sous-groupe**, ici selon l'écart entre la lésion et le foie (de combien d'UH elle est plus sombre),
# et selon sa taille.

# %% slideshow={"slide_type": ""} translated_from="1ad7736d6d9e"
lesion_area_cm2 = test.lesions.sum(axis=(1, 2)) * test.pixel_mm ** 2 / 100   # surface de la lésion sur la coupe
groups = {
    "discrète (15 à 30 UH plus sombre)": (test.has_lesion == 1) & (test.lesion_contrast_hu < 30),
    "marquée (30 à 60 UH plus sombre)": (test.has_lesion == 1) & (test.lesion_contrast_hu >= 30),
    "petite (moins de 3 cm²)": (test.has_lesion == 1) & (lesion_area_cm2 < 3),
    "grande (3 cm² ou plus)": (test.has_lesion == 1) & (lesion_area_cm2 >= 3),
}
pd.DataFrame({"lésions": {k: int(g.sum()) for k, g in groups.items()},
              "sensibilité du CNN à 0,5": {k: (p_test[g] >= 0.5).mean().round(2) for k, g in groups.items()},
              f"CNN à {cnn_threshold:.2f}": {k: (p_test[g] >= cnn_threshold).mean().round(2) for k, g in groups.items()},
              f"règle à {rule_threshold:.0f} UH": {k: (rule_test[g] >= rule_threshold).mean().round(2)
                                                    for k, g in groups.items()}})

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="2289091d372b"
# Au seuil par défaut de 0,5, c'est la taille qui compte le plus : ici, le CNN repère 0,32 des 19 petites lésions
# contre 0,84 des 82 grandes (les lésions discrètes et marquées diffèrent moins). Avec seulement 19 petites
# lésions, une de plus repérée ou manquée déplace leur taux de 0,05 : ces taux sont approximatifs, mais les
# petites lésions sont restées derrière les 14 fois, sur 14 initialisations aléatoires du U-Net
# (`benchmarks/SEED_SPREAD.md`). Aux seuils de
# dépistage, tous les groupes sont proches de 1,00, mais seulement parce que presque toutes les coupes sont
# signalées (voir plus haut) : une sensibilité ne dit pas grand-chose sans la spécificité à côté.


# %% [markdown] slideshow={"slide_type": "slide"} translated_from="a7f4946f42ad"
# ## 9. Décalage de domaine : les mêmes patients sans injection
#
# Notre U-Net n'a vu que des scanners injectés. Or un hôpital réalise aussi des scanners sans injection
# (insuffisance rénale, allergie au produit de contraste, urgences, suivi de lithiases). Le cours d'origine
# souligne que les modèles d'apprentissage profond segmentent bien le foie **avec ou sans injection**, à
# condition d'avoir été entraînés pour les deux.
#
# Un changement entre les données sur lesquelles un modèle a été entraîné et celles qu'il rencontre en
# pratique est un **décalage de domaine** (*domain shift*) : un autre temps d'injection, un autre scanner, un
# autre noyau de reconstruction, un autre hôpital ou une autre population. Le modèle ne prévient pas ; il
# répond, c'est tout. Testons le U-Net, et le seuil en UH, sur les **mêmes patients de test** scannés sans
# injection.

# %% [markdown] slideshow={"slide_type": "notes"} translated_from="a68bfe4cdbbf"
# Notes pour l'intervenant : avant de lancer la cellule suivante, demandez à la salle de prédire le Dice sans
# injection (la plupart répondent 0,7 à 0,8). L'effondrement surprend, et la figure superposée ci-dessous
# montre pourquoi : le modèle a appris « organe clair à gauche », et sans injection rien sur l'image n'est
# aussi clair que le foie qu'il a appris.

# %% slideshow={"slide_type": ""} translated_from="f1afdbf96582"
pred_nc = predict_masks(unet, seg_input(test_nc))
threshold_nc = threshold_liver(test_nc.images, hu_low, hu_high)
dice_nc = dice_per_slice(test_nc.liver, pred_nc)
dice_threshold_nc = dice_per_slice(test_nc.liver, threshold_nc)
print(f"U-Net    : Dice moyen {dice_pv.mean():.3f} avec injection, {dice_nc.mean():.3f} sans   "
      "<- mêmes patients, mêmes contours")
print(f"seuil UH : Dice moyen {dice_threshold_pv.mean():.3f} avec injection, {dice_threshold_nc.mean():.3f} sans")
print(f"le U-Net ne trouve aucun foie sur {np.sum(pred_nc.sum(axis=(1, 2)) == 0)} des {len(test_nc)} "
      "coupes sans injection, et ne le signale pas")
checks.true(dice_nc.mean() < dice_pv.mean() - 0.3,
            f"le Dice chute de plus de 0,3 sans injection ({dice_pv.mean():.2f} -> {dice_nc.mean():.2f})")

# %% slideshow={"slide_type": ""} translated_from="1e0a7eacd1f3"
fig, axes = plt.subplots(2, 4, figsize=(15, 7.4))
for col, i in enumerate(shown):
    overlay(axes[0, col], test.images[i], {"vérité terrain": test.liver[i], "U-Net": pred_pv[i]},
            f"avec injection : Dice {dice_pv[i]:.2f}")
    im = overlay(axes[1, col], test_nc.images[i], {"vérité terrain": test_nc.liver[i], "U-Net": pred_nc[i]},
                 f"sans injection : Dice {dice_nc[i]:.2f}")
outline_legend(axes[0, 0], ["vérité terrain", "U-Net"])
fig.colorbar(im, ax=axes, label="UH (fenêtre tissus mous)", shrink=0.8)
fig.suptitle("Mêmes patients, même U-Net : il a appris « organe clair à gauche », pas « foie »", fontweight="bold")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="79bf219f914f"
# La règle du seuil échoue de la même façon, pour la même raison : sa plage d'UH a été choisie sur des coupes
# injectées. Et la chaîne de détection des lésions de la section 8 échoue avec elle : sans contour, rien à
# découper. Même avec le contour de référence (un oracle), les lésions seraient-elles visibles sans injection ?

# %% slideshow={"slide_type": ""} translated_from="588ef72153b9"
lesion_nc = {
    "CNN, contour du U-Net": lesion_probability(lesion_cnn, as_input(liver_crops(test_nc.images, pred_nc, margin))),
    "CNN, contour de référence (oracle)": lesion_probability(lesion_cnn, as_input(
        liver_crops(test_nc.images, test_nc.liver, margin))),
    "règle, contour de référence (oracle)": darkest_spot(test_nc.images, test_nc.liver, margin, smooth),
}
auc_nc = {name: auc_of(test.has_lesion, scores) for name, scores in lesion_nc.items()}
faint = test_nc.lesion_contrast_hu[test_nc.has_lesion == 1]
print(f"sans injection, les lésions sont de {faint.min():.0f} à {faint.max():.0f} UH plus sombres que le foie "
      f"(avec injection : de {test.lesion_contrast_hu[test.has_lesion == 1].min():.0f} à "
      f"{test.lesion_contrast_hu.max():.0f} UH) ; bruit de l'image : {test_nc.meta['noise_hu']:.0f} UH")
for name, value in auc_nc.items():
    print(f"AUC des lésions sans injection, {name:36s} : {value:.3f}")
checks.true(max(auc_nc.values()) < 0.75, "sans injection, tous les modèles perdent l'essentiel de leur AUC sur les lésions")

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="a56898e988e7"
# La chaîne de traitement en est à pile ou face (pas de contour, rien à regarder), et même un contour parfait
# laisse les modèles loin de leur AUC avec injection. Sans injection, l'écart entre nos lésions et le foie ne
# vaut plus que 30 % de ce qu'il était en UH : 5 à 18 UH, face à 12 UH de bruit d'image (voir l'affichage
# ci-dessus). Le signal est faible, pas absent : avec un contour parfait, la règle, qui se passe d'entraînement, fait encore
# mieux que pile ou face, quoique loin de son AUC avec injection ; le CNN n'a vu que des imagettes injectées à
# l'entraînement. Sur de vrais scanners sans injection aussi, beaucoup de lésions hépatiques passent
# inaperçues ; c'est pourquoi on injecte du produit de contraste quand c'est possible.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="1998b1bbdf0f"
# ### L'augmentation de données : s'entraîner sur des images que le scanner aurait pu produire
#
# Le contour du foie, lui, reste visible sans injection (forme, position, quelques UH d'écart). Comment
# apprendre à un réseau à le trouver sans collecter ni contourer de scanners sans injection ? Le remède
# habituel est l'**augmentation de données** (*data augmentation*) : modifier au hasard chaque image
# d'entraînement, d'une façon dont un vrai scanner ou un vrai protocole pourrait le faire, pour que le réseau
# ne puisse pas s'appuyer sur une luminosité ou un contraste particuliers. Tout ce qui suit s'applique aux
# images *déjà rendues*, comme n'importe quelle chaîne hospitalière peut le faire sur ses propres examens :
#
# 1. **contraste** : étirer ou resserrer les valeurs d'UH autour de 40 UH d'un facteur compris entre 0,75 et
#    1,25 ;
# 2. **flou** : un flou gaussien de 0 à 1 pixel (un noyau de reconstruction plus doux) ;
# 3. **bruit** : un bruit gaussien de 0 à 20 UH (une dose plus faible, un patient plus corpulent) ;
# 4. **gamma** : après la fenêtre tissus mous, élever chaque valeur de gris (entre 0 et 1) à une puissance
#    comprise entre 0,7 et 1,5, ce qui assombrit ou éclaircit les gris moyens sans toucher au noir ni au blanc ;
# 5. **forme** : tourner (jusqu'à 10 degrés), agrandir (jusqu'à 10 %) et décaler (jusqu'à 3 pixels) l'image et
#    son masque ensemble.
#
# Les plages d'intensité sont du même ordre que l'augmentation par défaut de nnU-Net (Isensee et al., 2021),
# le U-Net qui se configure tout seul ; nos changements de forme sont plus doux. Le notebook n'utilise aucune
# image sans injection pour choisir quoi que ce soit. Nous poursuivons l'entraînement du U-Net entraîné sur
# les coupes injectées pendant une époque sur des copies augmentées de 150 coupes d'entraînement (la moitié, tirée au
# hasard). Il ne voit jamais de scanner sans injection. Nous le faisons une fois ici ; la variation de son résultat
# selon le départ aléatoire a été mesurée sur 14 exécutions du notebook entier (chiffres plus bas).
#
# Le cours d'origine présente aussi la **synthèse aléatoire** : échantillonner des gabarits de formes, les
# assembler et les déformer en cartes d'étiquettes, puis peindre chaque tissu avec des intensités aléatoires.
# Nous ne l'utilisons pas ici, pour une raison qu'il est utile de connaître : nos coupes de test sans injection
# sont peintes par le même générateur, sur le même genre de cartes d'étiquettes ; s'entraîner sur des cartes
# d'étiquettes peintes au hasard mettrait donc le domaine de test dans les données d'entraînement, et la
# « récupération » serait acquise d'avance. Les vrais moteurs peignent des cartes d'étiquettes d'une anatomie
# *réelle* (issues d'outils comme TotalSegmentator) et sont jugés sur de vrais scanners venus d'autres
# hôpitaux.

# %% slideshow={"slide_type": ""} translated_from="281ddbcb45cf"
def augment(images_hu, masks, seed):
    """Changements aléatoires de contraste, flou, bruit, gamma et forme d'images en UH ; renvoie des images [0, 1] et des masques."""
    rng = np.random.default_rng(seed)
    out_images = np.empty(images_hu.shape, dtype=np.float32)
    out_masks = np.empty(masks.shape, dtype=np.float32)
    centre = np.array([(images_hu.shape[1] - 1) / 2] * 2)
    for i, image in enumerate(images_hu.astype(np.float64)):
        image = 40 + rng.uniform(0.75, 1.25) * (image - 40)                          # 1. contraste
        image = ndimage.gaussian_filter(image, rng.uniform(0, 1.0))                   # 2. flou
        image = image + rng.normal(0, rng.uniform(0, 20), image.shape)               # 3. bruit
        grey = dicom.window(image, *SOFT_TISSUE) ** rng.uniform(0.7, 1.5)             # 4. gamma
        angle, zoom = np.deg2rad(rng.uniform(-10, 10)), rng.uniform(0.9, 1.1)         # 5. forme
        turn = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]]) / zoom
        offset = centre - turn @ centre + rng.uniform(-3, 3, size=2)
        out_images[i] = ndimage.affine_transform(grey, turn, offset, order=1, mode="nearest")
        out_masks[i] = ndimage.affine_transform(masks[i].astype(np.float32), turn, offset, order=0)
    return out_images, out_masks


half = np.random.default_rng(0).choice(len(train), size=150, replace=False)   # 150 des 300 coupes d'entraînement
aug_images, aug_masks = augment(train.images[half], train.liver[half], seed=0)
liver_grey = dicom.window(np.array(ct.tissue_values(contrast=True)["liver"]), *SOFT_TISSUE)   # 110 UH -> gris
print(f"un gamma de 1,5 donne au gris d'un foie rehaussé ({ct.tissue_values(contrast=True)['liver']:.0f} UH) le "
      f"gris de {SOFT_LOW + SOFT_TISSUE[1] * liver_grey ** 1.5:.0f} UH ; un foie sans injection mesure environ "
      f"{ct.tissue_values(contrast=False)['liver']:.0f} UH")
fig = plotting.image_grid(np.concatenate([dicom.window(train.images[half[:4]], *SOFT_TISSUE), aug_images[:4]]),
                          ncols=8, size=1.7, vmin=0, vmax=1,
                          titles=[f"originale {k + 1}" for k in range(4)] + [f"augmentée {k + 1}" for k in range(4)],
                          suptitle="Quatre coupes d'entraînement et leurs copies augmentées (fenêtre tissus mous, "
                                   "0 = noir, 1 = blanc)")
plt.show()

# %% slideshow={"slide_type": ""} translated_from="330435677fa6"
robust = copy.deepcopy(unet)                            # partir du U-Net entraîné avec injection
training.fit(robust, (as_input(aug_images), seg_target(aug_masks)), loss_fn=dice_bce_loss,
             optimizer=torch.optim.Adam(robust.parameters(), lr=1e-3, fused=True), epochs=1, batch_size=8,
             progress=True, seed=0)

# %% slideshow={"slide_type": ""} translated_from="1621343b0d11"
robust_nc = predict_masks(robust, seg_input(test_nc))    # les contours du U-Net augmenté sans injection
robust_pv = predict_masks(robust, seg_input(test))       # et avec injection
dice_robust_nc = dice_per_slice(test_nc.liver, robust_nc)
dice_robust_pv = dice_per_slice(test.liver, robust_pv)
dice_results = pd.DataFrame({
    "seuil UH (validation)": {"test avec injection": dice_threshold_pv.mean(),
                              "test sans injection": dice_threshold_nc.mean()},
    "U-Net, coupes injectées seules": {"test avec injection": dice_pv.mean(), "test sans injection": dice_nc.mean()},
    "U-Net + augmentation": {"test avec injection": dice_robust_pv.mean(),
                             "test sans injection": dice_robust_nc.mean()},
}).T

fig, ax = plt.subplots(figsize=(10, 4.2))
for k, (column, color) in enumerate([("test avec injection", plotting.SERIES_COLORS[0]),
                                     ("test sans injection", plotting.SERIES_COLORS[1])]):
    rows = np.arange(3) - (k - 0.5) * 0.38                 # avec injection au-dessus, sans injection en dessous
    ax.barh(rows, dice_results[column], height=0.36, color=color, label=column)
    for row, value in zip(rows, dice_results[column]):     # 0.94 ; en français 0,94
        ax.annotate(i18n.number(value, ".2f"), (value, row), xytext=(8, 0), textcoords="offset points", va="center")
ax.set_yticks(range(3), dice_results.index)
ax.set(xlabel="Dice moyen sur 200 coupes de test", xlim=(0, 1.12), title="Décalage de domaine, et ce que l'augmentation récupère")
ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
plt.show()
dice_results.round(3)

# %% slideshow={"slide_type": ""} translated_from="92f12149f801"
checks.between(dice_robust_nc.mean(), 0.7, 1.0, name="U-Net augmenté, Dice moyen sans injection")
checks.true(dice_robust_nc.mean() > dice_nc.mean() + 0.3,
            f"l'augmentation récupère l'essentiel du Dice sans injection ({dice_nc.mean():.2f} -> "
            f"{dice_robust_nc.mean():.2f})")
checks.between(dice_robust_pv.mean(), 0.8, 1.0, name="U-Net augmenté, Dice moyen avec injection")
checks.true(dice_robust_pv.mean() < dice_pv.mean(),
            "sur les coupes injectées, le U-Net augmenté reste sous le U-Net entraîné sur les seules coupes injectées")
print(f"avec injection : U-Net entraîné sur coupes injectées {dice_pv.mean():.3f}, U-Net augmenté "
      f"{dice_robust_pv.mean():.3f}")

# %% slideshow={"slide_type": ""} translated_from="3c346dc32322"
robust_nc_auc = auc_of(test.has_lesion,                             # contours du U-Net augmenté
                       lesion_probability(lesion_cnn, as_input(liver_crops(test_nc.images, robust_nc, margin))))
print(f"sans injection, chaîne de détection des lésions avec le contour du U-Net augmenté et le CNN entraîné sur "
      f"des imagettes injectées : AUC {robust_nc_auc:.3f} (avec injection : {cnn_test.iloc[kept]:.3f})")

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="ef9f35c4c351"
# Ce qu'il faut en retenir :
#
# - le U-Net augmenté retrouve le foie sans injection. Ce n'est pas un hasard : sur 14 exécutions de ce notebook
#   depuis 14 départs aléatoires, celui-ci compris (`benchmarks/SEED_SPREAD.md`), son Dice moyen sans injection est allé de 0,81
#   à 0,90. Sur les coupes injectées, il perd un peu de Dice par rapport au U-Net entraîné sur les seules coupes
#   injectées (voir l'affichage ci-dessus), et cela dans les 14 exécutions : l'augmentation a un prix sur le
#   domaine d'origine, ici une partie de l'avance du U-Net sur le seuil en UH ;
# - le contour est revenu, mais **pas les lésions** : le CNN des lésions, entraîné sur les seules imagettes
#   injectées (nous n'avons augmenté que le U-Net), reste proche de pile ou face sans injection (voir l'affichage
#   ci-dessus). L'augmentation peut apprendre à un modèle à ignorer un changement ; elle ne peut pas rendre fort un
#   signal faible. Sans injection, nos lésions sont de 5 à 18 UH plus sombres que le foie, face à 12 UH de
#   bruit : même avec le contour de référence, la règle reste loin de son AUC avec injection ;
# - un modèle est validé pour **un domaine** : la notice d'utilisation d'un outil devrait indiquer « scanner abdominal
#   injecté, temps portal » si c'est tout ce sur quoi il a été testé.
#
# **Ce que cette expérience synthétique peut montrer, et ce qu'elle ne peut pas montrer.** Elle montre le
# *mécanisme* : un modèle s'appuie sur n'importe quel indice qui sépare les classes dans ses données
# d'entraînement, casse sans prévenir quand cet indice change, et peut être poussé vers d'autres indices par
# l'augmentation. Elle ne peut pas montrer *de combien* l'augmentation aide sur de vrais scanners. Nos deux temps
# ne diffèrent que par l'UH moyenne de chaque tissu, un changement que les plages de contraste et de gamma
# couvrent largement (le gamma le plus fort assombrit un foie rehaussé jusqu'au gris d'un foie sans injection,
# voir l'affichage ci-dessus). De vrais scanners sans injection diffèrent aussi par la texture du bruit, les
# vaisseaux, la reconstruction, les patients et les machines, et le décalage du prochain hôpital n'est pas
# connu d'avance. Seul un test sur de vrais examens annotés, du type visé, répond à cette question.


# %% [markdown] slideshow={"slide_type": "slide"} translated_from="623440d9d4c9"
# ## 10. Passer à de vraies images : MedMNIST
#
# **MedMNIST** (Yang et al., 2023 ; licence CC BY 4.0, sauf DermaMNIST : CC BY-NC 4.0, pas d'usage commercial) est
# une collection de petites images médicales réelles : radiographies thoraciques, photographies du fond d'œil,
# lésions cutanées, cellules sanguines, imagettes d'organes en scanner, et d'autres encore, chacune rangée dans un
# fichier `.npz` avec ses jeux d'entraînement, de validation et de test. `course_utils.datasets.medmnist`
# télécharge un fichier **une seule fois** dans un dossier de cache, ne le garde que si sa somme de contrôle
# correspond à celle publiée par MedMNIST, enregistre son SHA-256 et le vérifie à chaque chargement suivant. Il dit
# clairement ce qui s'est mal passé si vous êtes hors ligne ou si un fichier est corrompu.
#
# Le notebook tourne sur des données synthétiques pour fonctionner partout, sans internet. Pour essayer de
# vraies radiographies thoraciques, passez `USE_REAL_DATA = True` sur un ordinateur connecté à internet.

# %% slideshow={"slide_type": ""} translated_from="f6f39bafbf38"
pd.DataFrame(medmnist.REGISTRY).T[["description"]]

# %% slideshow={"slide_type": ""} translated_from="dec059ac288c"
USE_REAL_DATA = False      # True : télécharger PneumoniaMNIST une fois (environ 4 Mo) et regarder de vraies radiographies thoraciques

if USE_REAL_DATA:
    splits = medmnist.load_medmnist("pneumoniamnist")
    X_real, y_real = splits["train"]
    print(f"{len(X_real)} vraies radiographies thoraciques de {X_real.shape[1:]} pixels, pneumonie dans {y_real.mean():.0%} des cas")
    plotting.image_grid(X_real[:8], titles=[["normale", "pneumonie"][k] for k in y_real[:8]], ncols=8, size=1.4)
    plt.show()
else:
    try:   # sans télécharger : montre ce qui se passe quand le fichier est absent
        medmnist.load_medmnist("pneumoniamnist", download=False)
        print("PneumoniaMNIST est déjà dans votre cache : passez USE_REAL_DATA = True pour l'utiliser.")
    except medmnist.DatasetDownloadError as err:
        print("Le notebook tourne sur des données synthétiques. Le chargeur explique :\n" + str(err))

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="d3bc88e783bd"
# ## 11. D'autres modalités disponibles hors ligne
#
# ### Un volume d'IRM 3D, parcouru coupe par coupe
#
# `nibabel` lit le **NIfTI** (`.nii`), le format habituel de la recherche pour les images 3D et 4D (les séries
# DICOM y sont souvent converties). Il est livré avec une petite IRM cérébrale réelle pondérée en T1,
# rééchantillonnée en voxels de 2 mm. Une image 3D se regarde dans trois plans orthogonaux : **axial** (vu des
# pieds), **coronal** (vu de face) et **sagittal** (vu de profil).

# %% slideshow={"slide_type": ""} translated_from="2f26ad39312a"
mri = nibabel.load(os.path.join(os.path.dirname(nibabel.__file__), "tests", "data", "anatomical.nii"))
volume = mri.get_fdata()
voxel_mm = mri.header.get_zooms()
print(f"volume de {volume.shape} voxels de {' x '.join(f'{v:.0f}' for v in voxel_mm)} mm, "
      f"orientation {''.join(nibabel.aff2axcodes(mri.affine))} (les axes pointent vers la gauche [L], l'avant [A] et le haut [S]) ; "
      f"intensités de {volume.min():.0f} à {volume.max():.0f} (unités arbitraires)")

# %% slideshow={"slide_type": ""} translated_from="ea8c41e197b1"
nx, ny, nz = volume.shape
vmax = np.percentile(volume, 99.5)
fig = widgets.new_figure(figsize=(10, 3.8))
ax_ax, ax_co, ax_sa = fig.subplots(1, 3, gridspec_kw={"width_ratios": [nx, nx, ny]})
axial_img = ax_ax.imshow(volume[:, :, nz // 2].T, cmap="gray", origin="lower", vmin=0, vmax=vmax, interpolation="nearest")
coronal_img = ax_co.imshow(volume[:, ny // 2, :].T, cmap="gray", origin="lower", vmin=0, vmax=vmax, interpolation="nearest")
sagittal_img = ax_sa.imshow(volume[nx // 2, ::-1, :].T, cmap="gray", origin="lower", vmin=0, vmax=vmax, interpolation="nearest")
cross = plotting.PALETTE[3]
lines = {
    "ax_v": ax_ax.axvline(nx // 2, color=cross, lw=1), "ax_h": ax_ax.axhline(ny // 2, color=cross, lw=1),
    "co_v": ax_co.axvline(nx // 2, color=cross, lw=1), "co_h": ax_co.axhline(nz // 2, color=cross, lw=1),
    "sa_v": ax_sa.axvline(ny - 1 - ny // 2, color=cross, lw=1), "sa_h": ax_sa.axhline(nz // 2, color=cross, lw=1),
}
ax_ax.set(title="axial (vu des pieds)", xlabel="droite -> gauche (voxel)", ylabel="arrière -> avant (voxel)")
ax_co.set(title="coronal (vu de face)", xlabel="droite -> gauche (voxel)", ylabel="pieds -> tête (voxel)")
ax_sa.set(title="sagittal (vu de profil)", xlabel="avant -> arrière (voxel)", ylabel="pieds -> tête (voxel)")
for ax in (ax_ax, ax_co, ax_sa):
    ax.grid(False)


def show_slices(axial, coronal, sagittal):
    axial_img.set_data(volume[:, :, axial].T)
    coronal_img.set_data(volume[:, coronal, :].T)
    sagittal_img.set_data(volume[sagittal, ::-1, :].T)
    lines["ax_v"].set_xdata([sagittal, sagittal])
    lines["ax_h"].set_ydata([coronal, coronal])
    lines["co_v"].set_xdata([sagittal, sagittal])
    lines["co_h"].set_ydata([axial, axial])
    lines["sa_v"].set_xdata([ny - 1 - coronal] * 2)
    lines["sa_h"].set_ydata([axial, axial])
    return f"coupe axiale {axial} · coupe coronale {coronal} · coupe sagittale {sagittal} (espacées de 2 mm)"


mri_widget = widgets.LiveFigure(
    fig, show_slices, dynamic=[axial_img, coronal_img, sagittal_img, *lines.values()],
    axial=widgets.slider(nz // 2, 0, nz - 1, integer=True, description="coupe axiale (pieds -> tête)"),
    coronal=widgets.slider(ny // 2, 0, ny - 1, integer=True, description="coupe coronale (arrière -> avant)"),
    sagittal=widgets.slider(nx // 2, 0, nx - 1, integer=True, description="coupe sagittale (droite -> gauche)"),
)
mri_widget

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="86611b9aa1ce"
# ### Photographies du fond d'œil et rétinopathie diabétique
#
# La **rétinopathie diabétique** abîme les petits vaisseaux de la rétine. Elle se manifeste par des
# micro-anévrismes, de petites hémorragies, des exsudats jaunes puis, plus tard, des néovaisseaux fragiles.
# C'est une cause majeure de cécité chez l'adulte en âge de travailler, et le diabète explose dans le monde entier : toute personne
# diabétique devrait faire photographier régulièrement son fond d'œil. Il n'y a pas assez d'ophtalmologistes
# pour lire toutes ces photographies.
#
# L'apprentissage profond classe les rétinographies selon qu'une rétinopathie justifie ou non d'adresser le
# patient à l'ophtalmologiste, et des caméras rétiniennes qui se fixent sur un **smartphone** amènent le
# dépistage en médecine générale et dans les zones isolées. Le cours d'origine cite un tel système pour le
# diagnostic précoce de la rétinopathie diabétique et du **glaucome**. Ci-dessous, une vraie rétinographie
# livrée avec scikit-image : la **papille** (le disque optique), claire, à gauche, là où les vaisseaux et les
# fibres nerveuses entrent dans l'œil, et la **macula**, plus sombre, au centre, la zone de la vision précise.
# Le **canal vert** montre les vaisseaux et les hémorragies avec le meilleur contraste, et un filtre simple (le
# *top-hat* noir) fait ressortir les fines structures sombres qu'un réseau apprend à regarder.

# %% slideshow={"slide_type": ""} translated_from="fed9ac88342c"
retina = skdata.retina()                                    # photographie RVB de 1411 x 1411
small = downscale_local_mean(retina[:1408, :1408], (4, 4, 1)) / 255   # moyenne de chaque bloc 4 x 4 : 352 x 352, entre 0 et 1
green = small[..., 1]
vessels = ndimage.black_tophat(green, size=9)               # les structures sombres et fines ressortent
fig, axes = plt.subplots(1, 3, figsize=(13.5, 4.1))
axes[0].imshow(small)
axes[0].set_title("rétinographie (couleur)")
axes[1].imshow(green, cmap="gray")
axes[1].set_title("canal vert : meilleur contraste des vaisseaux")
tophat_im = axes[2].imshow(vessels, cmap="magma", vmax=np.percentile(vessels, 99.5))
axes[2].set_title("top-hat noir : vaisseaux mis en évidence")
fig.colorbar(tophat_im, ax=axes[2], label="plus sombre que l'entourage (niveau de vert, 0-1)", shrink=0.8)
for ax in axes:
    ax.set(xlabel="x (pixel, sous-échantillonné x4)", ylabel="y (pixel)")
    ax.grid(False)
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="8838c2ff38c8"
# ## 12. Applications, et les limites à garder en tête
#
# La santé a ses propres contraintes : la **confidentialité** des données, et des données **bruitées, très
# souvent incomplètes**. L'apprentissage profond donne le meilleur de lui-même là où il y a beaucoup d'images et
# une question claire :
#
# - l'**imagerie médicale** : segmentation, comptage de cellules ou d'organes ;
# - l'**aide à la radiologie** : une plateforme comme Philips IntelliSpace Portal propose la segmentation
#   d'organes et la détection de la tuberculose sur les radiographies thoraciques ;
# - l'**aide au diagnostic** et la **prédiction** d'une maladie ou d'un événement indésirable.
#
# Exemples tirés du cours d'origine :
#
# | domaine | exemple | ce que fait le modèle |
# | --- | --- | --- |
# | ophtalmologie | Dreamquark : caméra rétinienne sur smartphone | diagnostic précoce de la rétinopathie diabétique et du glaucome |
# | cardiologie | Cardiologs | reconnaît des motifs dans les ECG pour détecter rapidement des troubles cardiaques (séquences : notebook 08) |
# | cardiologie | Implicity | cardiologie connectée : filtre les alertes des dispositifs implantés à l'aide du dossier du patient |
# | anatomopathologie | Google AI | repère des métastases de cancer du sein sur des lames de ganglions lymphatiques : **« 89 % contre 73 % pour un pathologiste sans limite de temps »** (voir ci-dessous) |
# | segmentation d'organes | MedSAM | contoure n'importe quelle structure dans un rectangle tracé par l'utilisateur |
# | segmentation d'organes | TotalSegmentator | segmente automatiquement plus de 100 structures anatomiques en scanner |
#
# Lisez avec prudence les chiffres annoncés. Le « 89 % contre 73 % » de l'anatomopathologie (Liu et al., 2017,
# sur les lames ganglionnaires de Camelyon16) n'est pas une exactitude : 89 % est un score de localisation du
# modèle, qui détectait 92 % des tumeurs en acceptant 8 fausses alertes par lame ; 73 % est la sensibilité d'un
# pathologiste cherchant sans limite de temps, sans aucune fausse alerte. Deux mesures différentes, sur le jeu
# de données choisi par le développeur : ce ne sont pas une sensibilité et une spécificité mesurées dans un essai
# prospectif dans votre hôpital.

# %% [markdown] slideshow={"slide_type": "notes"} translated_from="1eb9baf6019d"
# Notes pour l'intervenant : invitez les cliniciens présents à citer un outil utilisé dans leur service et à
# dire quelles preuves ils ont vues avant son installation : cela mène tout naturellement à la liste
# d'évaluation ci-dessous.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="26267d71ace3"
# ### MedSAM et TotalSegmentator
#
# **MedSAM** adapte aux images médicales un modèle généraliste de type « segmenter n'importe quoi » (*segment
# anything*). Son **encodeur** est un *vision transformer* qui transforme l'image en une représentation
# vectorielle (*embedding*). Un **encodeur d'invite** (*prompt encoder*) code le rectangle que l'utilisateur
# trace autour de la structure. Un **décodeur de masque** fusionne les deux pour produire le masque final. Dans
# l'étude d'annotation des auteurs (Ma et al., *Nature Communications* 2024), deux experts qui contouraient des
# tumeurs en scanner ont eu besoin de **plus de 80 % de temps en moins** avec l'aide de MedSAM qu'à la main :
# une mesure d'efficacité, pas d'exactitude.
#
# **TotalSegmentator** est un modèle et un jeu de données en accès libre, fait d'examens de scanner (et d'IRM)
# où plus de 100 structures sont contourées. Ses contours servent à construire des bancs d'essai comme
# Touchstone (NeurIPS 2024), qui se demande si nous évaluons correctement les algorithmes de segmentation
# médicale.
#
# Pour le **foie** en particulier, le cours d'origine retient :
#
# - c'est le plus gros organe interne et le siège de nombreuses maladies chroniques et tumeurs ; le scanner est la base
#   de son imagerie, et l'apprentissage profond aide au dépistage, au diagnostic et au suivi des maladies
#   hépatiques ;
# - les modèles fonctionnent sur des scanners **avec et sans injection** s'ils ont été entraînés pour les deux
#   (section 9), pour de nombreuses maladies (cirrhose, ascite, foies opérés), et segmentent plus précisément
#   les foies sains et les foies atteints de **stéatose** (surcharge graisseuse du foie, UH plus basses : essayez
#   `ct.make_ct_slices(..., steatosis_fraction=0.5)`) ;
# - la partition en **8 segments de Couinaud** est essentielle pour localiser les tumeurs et planifier la
#   chirurgie.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="e00a5e5aaa08"
# ### Stratégies de données synthétiques
#
# - **Synthèse aléatoire** : échantillonner des gabarits de formes 3D, les assembler en cartes d'étiquettes, les
#   déformer, les peindre avec des intensités aléatoires (notre générateur suit les premières étapes de cette
#   recette, section 5). Le moteur de données produit des échantillons très variés pour anticiper les décalages
#   de domaine ; la section 9 explique pourquoi il doit être jugé sur de vrais examens, jamais sur des données
#   qu'il a lui-même produites.
# - **Pré-entraînement contrastif** : un réseau 3D apprend d'abord, sans étiquettes, à donner la même
#   représentation à deux versions d'une même image, pour devenir stable face aux changements d'imagerie.
# - **Simulation** : collecter de vraies données avec des capteurs fixés sur des caméras chirurgicales coûte
#   très cher. SARAMIS (simulation pour la chirurgie mini-invasive assistée par robot) fournit des
#   environnements à partir desquels on peut générer une multitude de données d'entraînement synthétiques.
#
# Les données synthétiques enseignent la robustesse. Elles ne remplacent pas un test sur de vrais patients.

# %% [markdown] slideshow={"slide_type": "subslide"} translated_from="c954a7a32f23"
# ### Évaluer avec les cliniciens
#
# Un Dice élevé sur un jeu de test est un point de départ, pas une conclusion. Avant tout usage dans les soins :
#
# 1. **l'usage prévu** : quels patients, quel scanner et quel temps d'injection, quelle question, qui agit sur
#    la sortie ;
# 2. le **point de fonctionnement**, choisi avec les cliniciens qui supportent le coût de chaque erreur
#    (section 8 : la sensibilité d'abord pour le dépistage), et toute la **chaîne de traitement** évaluée telle
#    qu'elle tournera (section 8 : le contour tracé par un modèle, pas celui tracé par un expert) ;
# 3. la **validation externe** : d'autres hôpitaux, d'autres scanners, d'autres populations (section 9 :
#    attendez-vous à une baisse) ;
# 4. les **sous-groupes** : lésions petites ou discrètes, enfants, anatomies rares, implants ; revoir les
#    erreurs une par une avec un radiologue ;
# 5. les **études de lecteurs** : les cliniciens font-ils mieux *avec* l'outil que *sans* lui ? (les 80 % de
#    MedSAM sont une mesure de ce type, en temps gagné) ;
# 6. la **variabilité inter-observateurs** : deux experts ne tracent jamais exactement le même contour ; mesurez
#    leur accord sur les mêmes examens, car un modèle ne peut pas être jugé plus précisément que sa référence ;
# 7. la **réglementation et la surveillance** : en Europe, un logiciel d'aide au diagnostic est un dispositif
#    médical (marquage CE au titre du règlement européen 2017/745 relatif aux dispositifs médicaux, dit MDR) ; ses performances
#    doivent être surveillées après sa mise en service, car les scanners et les protocoles changent.
#
# Et les données elles-mêmes : **bruitées** (bruit d'image, artefacts, étiquettes discordantes),
# **incomplètes** (temps d'injection manquants, comptes rendus absents, contours partiels), **déséquilibrées**
# (peu de cas positifs) et **confidentielles** (section 4).

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="4c749575068d"
# ## En résumé
#
# **À retenir**
#
# - Une image médicale est une grille de nombres qui ont un sens physique. En scanner, les unités Hounsfield
#   se déduisent de l'en-tête DICOM (`RescaleSlope`, `RescaleIntercept`) : air -1 000, eau 0, foie 55 (110
#   avec injection), os spongieux 100 à 300 (moins avec l'âge), os cortical au-delà de 1 000. L'IRM n'a pas
#   d'échelle de ce genre.
# - Une fenêtre (niveau, largeur) choisit la plage d'UH que montre l'écran ; elle cache tout ce qui est en
#   dehors.
# - Les images de scanner sont reconstruites à partir de projections (sinogramme, rétroprojection filtrée) ;
#   moins de projections, c'est moins de dose et plus d'artefacts.
# - Désidentifiez les en-têtes (noms, identifiants, dates, établissement, UID, balises privées), et pensez aux
#   pixels et aux fuites entre jeux de données.
# - Classification, détection et segmentation répondent à des questions différentes, avec des étiquettes et
#   des métriques différentes. Rapportez la sensibilité et la spécificité à un seuil choisi pour l'usage
#   clinique, les courbes ROC et le Dice.
# - Placez une référence simple à côté de chaque modèle appris (un contour moyen, un seuil en UH, une règle du
#   point le plus sombre), entraînez avec plusieurs graines quand l'écart est faible, et choisissez chaque
#   seuil et chaque hyperparamètre sur les données de validation.
# - Évaluez la chaîne de traitement telle qu'elle tournera : les lésions cherchées dans le contour du U-Net,
#   pas dans celui de l'expert. Une entrée oracle donne une borne supérieure, pas un résultat.
# - Un U-Net (encodeur, décodeur, connexions de saut) entraîné avec Dice + entropie croisée contoure bien le
#   foie sur le type d'examens sur lequel il a été entraîné, et peut échouer complètement sur un autre type
#   (décalage de domaine). L'augmentation de données réduit l'échec, mais ne peut pas rendre fort un signal
#   faible (les lésions sans injection : 5 à 18 UH face à 12 UH de bruit) ; une expérience synthétique montre le
#   mécanisme, seules de vraies données externes en montrent l'ampleur.

# %% [markdown] slideshow={"slide_type": "slide"} translated_from="0b09fdf6fe3c"
# **Questions d'autoévaluation**
#
# 1. Un fichier de scanner a `RescaleSlope = 1` et `RescaleIntercept = -1024`. Un pixel stocke 1 079. De quel tissu s'agit-il probablement ?
#    <details><summary>Réponse</summary>1 079 × 1 - 1 024 = 55 UH : un tissu mou comme le foie sans injection (ou le muscle).</details>
# 2. Pourquoi la fenêtre poumon est-elle large (1 500 UH) et la fenêtre foie étroite (160 UH) ?
#    <details><summary>Réponse</summary>En imagerie thoracique, il faut voir ensemble l'air (-1 000), le poumon (-800) et les tissus mous (0 à 100) ; les lésions hépatiques ne diffèrent du foie que de quelques dizaines d'UH, et une fenêtre étroite étale ces quelques UH sur toute l'échelle de gris.</details>
# 3. Un classifieur de lésions a une AUC de 0,93. Quel seuil utiliseriez-vous pour un dépistage, et sur quelles données le choisiriez-vous ?
#    <details><summary>Réponse</summary>Le seuil le plus élevé qui atteint la sensibilité requise (par exemple 95 %), choisi sur les données de validation, jamais sur le jeu de test ; le jeu de test donne ensuite une estimation honnête de la sensibilité et de la spécificité.</details>
# 4. Pourquoi préfère-t-on le score de Dice à l'exactitude par pixel pour segmenter un organe ?
#    <details><summary>Réponse</summary>L'organe n'occupe qu'une petite part des pixels : prédire « rien » donne une exactitude élevée mais un Dice de 0. Le Dice ne compte que le recouvrement avec l'organe.</details>
# 5. Votre modèle du foie obtient un Dice de 0,94 dans sa validation. Que vérifiez-vous avant de l'utiliser sur les examens de votre hôpital ?
#    <details><summary>Réponse</summary>Que vos examens correspondent au domaine pour lequel il a été validé (temps d'injection, scanner, population), ses performances sur un échantillon local annoté qui inclut des examens sans injection et des cas inhabituels, et ses erreurs revues avec des radiologues ; puis le surveiller dans la durée.</details>
# 6. Un article rapporte une AUC de 0,95 pour un classifieur de lésions qui regarde des imagettes découpées avec le contour du foie tracé par le radiologue. Quel chiffre demandez-vous ?
#    <details><summary>Réponse</summary>L'AUC de toute la chaîne, avec le contour tracé par le modèle de segmentation qui tournera en pratique, sur des patients mis de côté. Le contour du radiologue est un oracle : à la section 8, la chaîne a obtenu un score plus bas qu'avec lui.</details>

# %% [markdown] slideshow={"slide_type": "fragment"} translated_from="524396057898"
# **Et ensuite ?** Vous disposez maintenant de toute la chaîne, d'un fichier DICOM à une chaîne de traitement
# testée honnêtement. Pour aller plus loin sur des données réelles : MedMNIST (section 10) pour de petites
# tâches de classification ; puis **MONAI** (PyTorch pour l'imagerie médicale), **nnU-Net** (un U-Net qui se
# configure tout seul et qui remporte de nombreuses compétitions de segmentation, les *challenges*) et **TotalSegmentator** pour des
# segmentations de scanner toutes prêtes. Quel que soit l'outil, continuez à vous poser les questions de la
# section 12.
