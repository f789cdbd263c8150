# %% [markdown] slideshow={"slide_type": "slide"}
# # 09 · Deep learning for medical imaging
#
# > From DICOM files and Hounsfield units to a U-Net that outlines the liver, and what breaks when the contrast changes.
#
# **Estimated time:** 120 min · **Prerequisites:** 06, 07
#
# A single abdominal CT holds hundreds of images, and radiology departments read more scans every year. Deep learning already outlines organs, flags diabetic retinopathy on retina photographs and reads biopsies. Before trusting such a tool you need to know what it sees: numbers in Hounsfield units inside a DICOM file. You also need to know how it fails. Here a liver model trained on contrast-enhanced scans breaks silently on scans without contrast. We watch it happen, then fix it with synthetic data.
#
# **By the end of this notebook you will be able to:**
# - Read a DICOM file, convert its pixels to Hounsfield units, choose a display window, and de-identify its header
# - Explain how a CT image is reconstructed from X-ray projections and what fewer projections cost
# - Tell classification, detection and segmentation apart, and evaluate them with sensitivity, specificity, ROC curves and the Dice score
# - Train a small CNN that flags liver lesions and a U-Net that outlines the liver, on a laptop CPU
# - Show a domain shift (contrast vs non-contrast CT), reduce it with intensity and shape randomisation, and say what clinicians must check before using such a tool
#
# *For learning only: nothing in this course is a medical device or fit for clinical decisions.*

# %% slideshow={"slide_type": "skip"}
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
from matplotlib.patches import Rectangle
from nibabel.testing import data_path as nibabel_data_path
from pydicom.data import get_testdata_file
from pydicom.pixels import apply_modality_lut
from scipy import ndimage
from skimage import data as skdata
from skimage.transform import iradon, radon, rescale, rotate
from torch import nn

import course_utils
from course_utils import checks, dicom, metrics, plotting, training, widgets
from course_utils.datasets import ct, medmnist
from course_utils.exercises import ____
from course_utils.exercises.medical_imaging import exercise_1, exercise_2, exercise_3

course_utils.setup()

# %% [markdown] slideshow={"slide_type": "notes"}
# Speaker notes: about 2 hours in all. A natural break comes after section 5 (the data); sections 7-9 hold the
# three trainings (about 45 s together on a laptop). If time is short, present sections 3 and 11 quickly and
# keep the domain-shift story (sections 8-9) intact: it is the one clinicians remember.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. What is a medical image?
#
# To a computer, every medical image is a grid of numbers.
#
# - A **pixel** (picture element) is one cell of a 2-D image. It has a size in millimetres, for example
#   0.66 mm x 0.66 mm on a CT slice.
# - A **voxel** (volume element) is one cell of a 3-D image. It has a thickness too: a CT voxel may measure
#   0.7 x 0.7 x 5 mm. A CT or MRI examination is a **volume**, a stack of slices.
# - The number in each cell is the **intensity**. What it measures depends on the machine, the **modality**.
#
# | modality | what the number measures | typical size |
# | --- | --- | --- |
# | radiograph (X-ray) | X-rays absorbed along a line through the body | 1 image, 2000 x 2500 pixels |
# | CT (computed tomography, scanner) | X-ray absorption of each voxel, in **Hounsfield units** | 100-1000 slices of 512 x 512 |
# | MRI (magnetic resonance) | signal of hydrogen nuclei; **arbitrary units**, no fixed scale | 20-200 slices of 256 x 256 |
# | ultrasound | echoes of sound waves | video, 2-D or 3-D |
# | fundus photograph (retina) | colour: red, green and blue values | 1 image, 2000 x 2000 x 3 |
# | pathology slide | colour of stained tissue under a microscope | up to 100 000 x 100 000 x 3 |

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### DICOM: the file format of medical imaging
#
# **DICOM** (Digital Imaging and Communications in Medicine) is the standard used by every scanner and every
# hospital archive (PACS, picture archiving and communication system). A DICOM file holds two things:
#
# 1. a **header**: hundreds of **tags** (attributes), each with a number `(group, element)`, a keyword and a
#    value. They record who the patient is, when and how the image was taken, the pixel size, and how to turn
#    the stored numbers into physical units;
# 2. the **pixel data**: the grid of numbers itself.
#
# The `pydicom` library reads both. It ships a few small real files for testing, so we can open one without
# internet: a CT slice through the thorax.

# %% slideshow={"slide_type": ""}
ct_ds = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
stored = ct_ds.pixel_array        # the pixel data: stored integers, not yet in physical units
print(f"pixel data: {stored.shape} array of {stored.dtype}, values {stored.min()} to {stored.max()}")
dicom.header_table(ct_ds, ["Modality", "Manufacturer", "ContrastBolusAgent", "ContrastBolusRoute",
                           "SliceThickness", "PixelSpacing", "Rows", "Columns", "KVP",
                           "RescaleSlope", "RescaleIntercept", "PatientName", "InstitutionName"])

# %% [markdown] slideshow={"slide_type": "fragment"}
# Reading the header: a **CT** slice from a GE scanner, **5 mm** thick, with pixels of **0.66 mm**. The
# patient had received iodinated **contrast** (`ISOVUE300`) into a vein. The grid is 128 x 128 pixels (real
# scans are 512 x 512; this test file was cut down). The header also names the patient and the hospital,
# which is why section 4 deals with confidentiality.
#
# The stored numbers (128 to 2191) are not meaningful yet. `RescaleSlope` and `RescaleIntercept` say how to
# turn them into Hounsfield units.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Hounsfield units (HU)
#
# CT measures how much each voxel attenuates X-rays (its **attenuation coefficient** $\mu$), and rescales it so
# that **water is 0** and **air is -1000**:
#
# $$ \mathrm{HU} = 1000 \times \frac{\mu - \mu_{\text{water}}}{\mu_{\text{water}} - \mu_{\text{air}}} $$
#
# The scale is the same on every calibrated scanner, and that is what makes CT quantitative:
#
# | tissue | HU |
# | --- | --- |
# | air | -1000 |
# | lung | -900 to -500 |
# | fat | -120 to -80 |
# | water, cerebrospinal fluid | 0 to 15 |
# | muscle | 40 to 60 |
# | liver, no contrast | 50 to 65 |
# | liver, portal-venous phase (about 70 s after contrast injection) | 100 to 120 |
# | blood with iodinated contrast | 150 to 300 |
# | bone | 400 to 1000 (dense cortex up to 2000) |
# | metal | above 2000 |
#
# The file stores integers, and the header gives the conversion:
#
# $$ \mathrm{HU} = \text{stored value} \times \texttt{RescaleSlope} + \texttt{RescaleIntercept} $$

# %% slideshow={"slide_type": ""}
slope, intercept = float(ct_ds.RescaleSlope), float(ct_ds.RescaleIntercept)
hu_by_hand = stored * slope + intercept                  # the whole conversion, written out

hu = dicom.to_hounsfield(ct_ds)                          # the course's tested version
hu_pydicom = apply_modality_lut(stored, ct_ds)           # pydicom's own ("modality look-up table")
print(f"slope {slope:g}, intercept {intercept:g}: HU from {hu_by_hand.min():.0f} to {hu_by_hand.max():.0f}")
checks.close(hu_by_hand, hu, tol=1e-3, name="HU by hand vs dicom.to_hounsfield")
checks.close(hu_by_hand, hu_pydicom, tol=1e-3, name="HU by hand vs pydicom.apply_modality_lut")

# %% [markdown] slideshow={"slide_type": "subslide"}
# Now the numbers mean something. Let us measure a few regions of interest (ROIs), as a radiologist does with
# the mouse, and compare them with the table.

# %% slideshow={"slide_type": ""}
rois = {   # name: (rows, columns) of a small rectangle, chosen by looking at the image
    "lung": (slice(10, 22), slice(2, 14)),
    "fat": (slice(120, 128), slice(48, 72)),
    "spinal canal": (slice(46, 56), slice(52, 64)),
    "muscle": (slice(84, 96), slice(20, 40)),
    "aorta (contrast)": (slice(4, 16), slice(78, 92)),
    "vertebral body": (slice(16, 30), slice(46, 60)),
}
fig, axes = plt.subplots(1, 2, figsize=(11, 4.6), gridspec_kw={"width_ratios": [1, 1.1]})
axes[0].imshow(hu, cmap="gray", vmin=-160, vmax=240)
roi_means = {}
for k, (name, (rows, cols)) in enumerate(rois.items()):
    color = plotting.PALETTE[k % len(plotting.PALETTE)]
    axes[0].add_patch(Rectangle((cols.start - 0.5, rows.start - 0.5), cols.stop - cols.start,
                                rows.stop - rows.start, fill=False, edgecolor=color, linewidth=2))
    roi_means[name] = float(hu[rows, cols].mean())
    axes[1].barh(k, roi_means[name], color=color)
    axes[1].text(roi_means[name], k, f" {roi_means[name]:.0f} HU", va="center",
                 ha="left" if roi_means[name] > 0 else "right")
axes[0].set(title="CT_small.dcm with six regions of interest", xlabel="column (pixel, 0.66 mm)",
            ylabel="row (pixel, 0.66 mm)")
axes[0].grid(False)
axes[1].set_yticks(range(len(rois)), list(rois))
axes[1].set(xlabel="mean value in the region (HU)", title="Measured Hounsfield units", xlim=(-1000, 450))
axes[1].axvline(0, color="0.3", linewidth=0.8)
plt.show()

# %% slideshow={"slide_type": ""}
checks.between(roi_means["lung"], -950, -500, name="lung (HU)")
checks.between(roi_means["fat"], -130, -50, name="fat (HU)")
checks.true(roi_means["aorta (contrast)"] > 120, "the aorta is bright: blood carries iodinated contrast")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Not every image has Hounsfield units
#
# The same library reads an MRI slice. MRI measures a magnetic signal whose scale changes with the machine, the
# sequence and even the patient. There is no `RescaleSlope` to physical units, so a value of 1000 means nothing
# by itself. Models for MRI therefore **normalise** each image (for example to mean 0 and standard deviation 1).
#
# DICOM also stores results, not only images. `liver_1frame.dcm` is a **segmentation object** (DICOM SEG): a
# liver outline drawn semi-automatically by a research team in the 3D Slicer software, stored as a 0/1 mask
# of 512 x 512 pixels that points back to the CT images it was drawn on.

# %% slideshow={"slide_type": ""}
mr_ds = pydicom.dcmread(get_testdata_file("MR_small.dcm"))
seg_ds = pydicom.dcmread(get_testdata_file("liver_1frame.dcm"))
try:
    dicom.to_hounsfield(mr_ds)
except ValueError as err:
    print("MR ->", err)

liver_seg = seg_ds.pixel_array
seg_mm = float(seg_ds.SharedFunctionalGroupsSequence[0].PixelMeasuresSequence[0].PixelSpacing[0])
fig, axes = plt.subplots(1, 2, figsize=(9, 4))
im = axes[0].imshow(mr_ds.pixel_array, cmap="gray")
fig.colorbar(im, ax=axes[0], label="MR signal (arbitrary units)")
axes[0].set(title=f"MR_small.dcm ({mr_ds.Modality}), {float(mr_ds.PixelSpacing[0]):.2f} mm pixels",
            xlabel="column (pixel)", ylabel="row (pixel)")
axes[1].imshow(liver_seg, cmap="gray")
axes[1].set(title=f"liver_1frame.dcm ({seg_ds.Modality}): '{seg_ds.SegmentSequence[0].SegmentLabel}' mask",
            xlabel="column (pixel)", ylabel="row (pixel)")
for ax in axes:
    ax.grid(False)
plt.show()
print(f"liver area on this slice: {liver_seg.sum() * seg_mm ** 2 / 100:.0f} cm² "
      f"({liver_seg.sum()} pixels of {seg_mm:.2f} mm)")


# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Windowing: choosing what the screen shows
#
# CT values span about 4000 HU, from air to dense bone. A screen shows 256 grey levels, and the eye tells
# apart far fewer. Showing the whole range at once would put liver (55 HU) and muscle (50 HU) on the same
# grey.
#
# So radiologists choose a **window** (fenêtre): a **level** $L$ (the centre) and a **width** $W$. Values in
# $[L - W/2,\ L + W/2]$ are spread from black to white; values below are black and values above are white:
#
# $$ \text{grey} = \operatorname{clip}\!\left(\frac{\mathrm{HU} - (L - W/2)}{W},\ 0,\ 1\right) $$
#
# | preset | level (HU) | width (HU) | shows |
# | --- | --- | --- | --- |
# | lung | -600 | 1500 | lung tissue, airways, nodules |
# | soft tissue (abdomen, mediastinum) | 40 | 400 | organs, vessels, muscles, fat |
# | bone | 400 | 1800 | cortex and marrow, fractures |
# | liver | 60 | 160 | subtle liver lesions (narrow window, high contrast) |
#
# A window changes only the **display**; the HU values in the file stay the same. A network, though, sees
# whatever numbers we give it, so windowing is also a common first step before a model.

# %% slideshow={"slide_type": ""}
def apply_window(hu_values, level, width):
    low = level - width / 2                               # this HU becomes black
    return np.clip((hu_values - low) / width, 0.0, 1.0)   # ... and low + width becomes white


lung_view = apply_window(hu, -600, 1500)
checks.close(lung_view, dicom.window(hu, -600, 1500), tol=1e-6, name="window from scratch vs dicom.window")

# %% [markdown] slideshow={"slide_type": "slide"}
# ### Try it: level and width on a real CT slice
#
# Move the **level** and **width** sliders, or pick a **preset**. On the right, the grey histogram counts the
# pixels at each HU value (log scale), and the orange line is the window's grey ramp.
#
# - **lung**: the dark corners turn into lung tissue with small vessels;
# - **bone**: the vertebra shows its dense cortex and spongy inside;
# - a **narrow** width (under 100 HU) gives strong contrast but turns most of the image black or white.

# %% slideshow={"slide_type": ""}
hist_counts, hist_edges = np.histogram(hu, bins=120, range=(-1100, 1300))
fig = widgets.new_figure(figsize=(9.5, 3.9))
ax_img, ax_hist = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1, 1.3]})
ct_image = ax_img.imshow(hu, cmap="gray", vmin=-160, vmax=240, interpolation="nearest")
ax_img.set(title="CT_small.dcm (real CT, thorax)", xlabel="column (pixel, 0.66 mm)", ylabel="row (pixel)")
ax_img.grid(False)
hist_bars = ax_hist.bar(hist_edges[:-1], hist_counts, width=np.diff(hist_edges), align="edge", color="0.65",
                        label="pixels per HU bin")
ax_hist.set_yscale("log")
ax_hist.set(xlabel="Hounsfield units (HU)", ylabel="number of pixels (log scale)", xlim=(-1100, 1300),
            title="Histogram and window")
ax_ramp = ax_hist.twinx()
ax_ramp.set(ylim=(-0.02, 1.02), ylabel="displayed grey (0 = black, 1 = white)")
ax_ramp.grid(False)
window_band = Rectangle((-160, 0), 400, 1, transform=ax_hist.get_xaxis_transform(),
                        color=plotting.PALETTE[4], alpha=0.25, label="window [L - W/2, L + W/2]")
ax_hist.add_patch(window_band)
(ramp_line,) = ax_ramp.plot([], [], color=plotting.PALETTE[3], linewidth=2.5, label="grey ramp")
ax_hist.legend(handles=[hist_bars, window_band, ramp_line], loc="upper right", fontsize="small")


def show_window(level, width):
    low, high = level - width / 2, level + width / 2
    ct_image.set_clim(low, high)
    window_band.set_x(low)
    window_band.set_width(width)
    ramp_line.set_data([-1100, low, high, 1300], [0, 0, 1, 1])
    black, white = np.mean(hu <= low), np.mean(hu >= high)
    return f"window {low:.0f} to {high:.0f} HU · {black:.0%} of pixels black, {white:.0%} white"


level_slider = widgets.slider(40, -1000, 1000, step=10, description="level L (HU)")
width_slider = widgets.slider(400, 10, 2500, step=10, description="width W (HU)")
window_widget = widgets.LiveFigure(fig, show_window, main=True, dynamic=[ct_image, window_band, ramp_line],
                                   level=level_slider, width=width_slider)
preset_menu = ipw.Dropdown(options=["soft tissue", "lung", "bone", "liver", "(sliders)"],
                           value="soft tissue", description="preset")


def apply_preset(name):                    # a preset moves both sliders at once: one redraw
    if name in dicom.WINDOW_PRESETS:
        level, width = dicom.window_preset(name)
        window_widget.set(level=level, width=width)


window_widget.add_control(preset_menu, on_change=apply_preset)  # the menu goes under the two sliders
window_widget

# %% slideshow={"slide_type": ""}
preset_menu.value = "lung"                        # what choosing "lung" in the menu does
checks.equal((level_slider.value, width_slider.value), (-600.0, 1500.0), name="(level, width) after choosing lung")
checks.true(window_widget.last_update_ms < 1000, f"the widget redraws ({window_widget.last_update_ms:.0f} ms)")
preset_menu.value = "soft tissue"

# %% [markdown] slideshow={"slide_type": "notes"}
# Speaker notes: live demo order that works: start on soft tissue and ask what the white areas are (bone,
# contrast-filled aorta); switch to lung and point out the vessels in the corners; then narrow the width to
# about 80 HU around 40 and show how the muscles separate from fat but everything else saturates.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 1: what does a window hide?
#
# With the **soft-tissue** window (`dicom.window_preset("soft tissue")`), what fraction of the pixels of `hu`
# is shown pure white, that is at or above the top of the window? Store it in `white_fraction` as one number
# between 0 and 1.

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
white_fraction = ____  # replace ____ with your code
### BEGIN SOLUTION
soft_level, soft_width = dicom.window_preset("soft tissue")
white_fraction = np.mean(hu >= soft_level + soft_width / 2)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_1.check()
# exercise_1.hint()      # a nudge; run it again for the next step
# exercise_1.solution()  # a worked solution

# %% slideshow={"slide_type": ""}
print(f"{exercise_1.answer('white_fraction'):.0%} of the slice (bone and contrast-filled vessels) is shown as a flat "
      "white: a fracture inside would be invisible until you switch to the bone window.")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. How a CT image is made: projections and reconstruction
#
# A CT scanner never photographs a slice. An X-ray tube turns around the patient, and detectors on the
# opposite side measure how much of each ray gets through. Each ray gives the **sum of the attenuation** along
# its line. One full turn gives hundreds of **projections**, one per angle.
#
# Stacking the projections, one column per angle, gives the **sinogram** (each point of the body traces a
# sine wave in it). The mathematical operation that turns an image into its projections is the **Radon
# transform**. For an angle $\theta$ and a detector position $s$:
#
# $$ p_\theta(s) = \int \mu(x, y)\ \text{along the line at angle } \theta \text{ and distance } s \text{ from the centre} $$
#
# **Reconstruction** goes backwards, from the sinogram to the image. The classic method, **filtered
# back-projection** (FBP), smears each projection back across the image along its rays, after a sharpening
# filter. Without the filter the result is blurred.

# %% slideshow={"slide_type": ""}
phantom = rescale(skdata.shepp_logan_phantom(), 0.25)       # a standard test "head", 100 x 100 pixels
angles = np.arange(0.0, 180.0, 1.0)                          # one projection per degree
sinogram = radon(phantom, theta=angles)                       # shape (detector positions, angles)

# one projection by hand: turn the image by -30 degrees (around pixel 50, 50, as radon does),
# then add up every column: each column is one X-ray, its sum what the detector measures
by_hand_30 = rotate(phantom, -30, center=(50, 50)).sum(axis=0)
checks.close(by_hand_30, sinogram[:, 30], tol=1e-6, name="projection at 30 degrees by hand vs radon")
print(f"phantom {phantom.shape}, sinogram {sinogram.shape} (detector positions x angles)")

# %% slideshow={"slide_type": ""}
blurred = iradon(sinogram, theta=angles, filter_name=None)        # back-projection without the filter
fbp = iradon(sinogram, theta=angles, filter_name="ramp")          # filtered back-projection
fig, axes = plt.subplots(1, 4, figsize=(13, 3.6))
panels = [(phantom, "1. the object (phantom)", "column (pixel)"),
          (sinogram, "2. sinogram: 180 projections", "angle (degrees)"),
          (blurred, "3. back-projection, no filter", "column (pixel)"),
          (fbp, "4. filtered back-projection", "column (pixel)")]
for ax, (img, title, xlabel) in zip(axes, panels):
    extent = (0, 180, sinogram.shape[0], 0) if img is sinogram else None
    ax.imshow(img, cmap="gray", aspect="auto" if img is sinogram else "equal", extent=extent)
    ax.set(title=title, xlabel=xlabel, ylabel="detector position (pixel)" if img is sinogram else "row (pixel)")
    ax.grid(False)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Fewer projections: less radiation, more artefacts
#
# Each projection costs radiation dose. With fewer angles, the reconstruction shows **streak artefacts**.
# Reducing dose while keeping image quality is an active field, and deep learning now helps there too
# (denoising of low-dose CT, learned reconstruction). We measure the error with the **root mean squared
# error** (RMSE) between the reconstruction and the true phantom.

# %% slideshow={"slide_type": ""}
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
axes[-1].set(xscale="log", xlabel="number of projections (log scale)", ylabel="RMSE (phantom units)",
             title="Error vs projections")
plt.show()

# %% slideshow={"slide_type": ""}
checks.true(all(rmse[a] > rmse[b] for a, b in zip(angle_counts, angle_counts[1:])),
            "the error decreases with every doubling of the number of projections")
checks.true(rmse[180] < rmse[8] / 2, f"180 angles (RMSE {rmse[180]:.3f}) beat 8 angles (RMSE {rmse[8]:.3f})")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. Confidentiality: de-identifying a DICOM header
#
# Health data are among the most sensitive personal data. Under the European GDPR (RGPD in French), sharing
# images for research or for training a model requires a legal basis and, in practice, removing what
# identifies the patient. Two levels:
#
# - **pseudonymisation**: identifiers are replaced by a code; a separate, protected key table can link back
#   (needed to add follow-up data later). The data remain personal data in law;
# - **anonymisation**: no reasonable way back, even by combining sources. This is hard to achieve.
#
# The DICOM header is the first place to look. Our test file still carries a name, record numbers, the
# hospital, dates and unique identifiers (UIDs) that the hospital archive can look up, plus 179 **private
# tags**, manufacturer fields that may hold anything.

# %% slideshow={"slide_type": ""}
present = dicom.find_identifying(ct_ds)
print(f"{len(present)} identifying fields (or groups) in CT_small.dcm:")
print(", ".join(present))

# %% [markdown] slideshow={"slide_type": "subslide"}
# De-identification by hand is a few lines of `pydicom`: replace, empty or delete each field, and drop the
# private tags. We keep what is clinically useful (sex, age, pixel size, slice thickness, contrast agent).

# %% slideshow={"slide_type": ""}
by_hand = copy.deepcopy(ct_ds)                  # never modify the original
by_hand.PatientName = "ANON-0001"               # pseudonym; the key table stays in the hospital
by_hand.PatientID = "ANON-0001"
for keyword in ["OtherPatientIDsSequence", "InstitutionName", "StationName"]:
    delattr(by_hand, keyword)                   # delete: not needed for research
for keyword in ["StudyDate", "SeriesDate", "AcquisitionDate", "ContentDate", "StudyID"]:
    setattr(by_hand, keyword, "")               # empty: the field must exist, its value must not
by_hand.remove_private_tags()
print("still identifying after our few lines:", dicom.find_identifying(by_hand))

# %% [markdown] slideshow={"slide_type": "fragment"}
# We forgot some fields: the **UIDs** and one date. `dicom.deidentify` applies a longer list, records why each
# field goes, and writes new UIDs. It uses the same new UID for the same old one, so the slices of one study
# stay together.

# %% slideshow={"slide_type": ""}
clean, report = dicom.deidentify(ct_ds, pseudonym="ANON-0001")
report_table = pd.DataFrame(report)[["keyword", "action", "old", "new", "reason"]]
report_table["old"] = report_table["old"].str.slice(0, 28)
report_table["new"] = report_table["new"].str.slice(0, 24)
report_table

# %% slideshow={"slide_type": ""}
checks.equal(dicom.find_identifying(clean), [], name="identifying fields left")
checks.equal(str(clean.PatientName), str(by_hand.PatientName), name="pseudonym")
checks.true(np.array_equal(clean.pixel_array, ct_ds.pixel_array) and clean.PixelSpacing == ct_ds.PixelSpacing,
            "the pixels and the pixel size are unchanged")

# %% [markdown] slideshow={"slide_type": "subslide"}
# What header cleaning **cannot** do:
#
# - **burned-in text**: ultrasound and scanned documents often print the name inside the pixels;
# - **faces**: a head CT or MRI can be rendered in 3-D into a recognisable face, so brain datasets are
#   "defaced" before sharing;
# - **rare combinations**: a rare disease, an age and a small town can point to one person;
# - **leaks between datasets**: the same patient in the training and the test set inflates results, so split
#   by patient, never by image.
#
# In a hospital, de-identification follows a validated procedure with the data protection officer (DPO).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Synthetic CT slices: data we are allowed to share
#
# No real patient scan can ship with a public course, and real labelled CT data are scarce: outlining a liver
# by hand takes a radiologist several minutes per case. We therefore use a **seeded synthetic generator**,
# `ct.make_ct_slices`. It draws axial slices of the upper abdomen, as radiologists view them (the patient's
# right on the image's left, the front at the top):
#
# - a body outline with subcutaneous fat, the abdominal wall, bowel and fat, the **liver** with a few vessels,
#   the spleen, kidneys, aorta and vena cava, a vertebra with the spinal canal, back muscles and ribs;
# - realistic Hounsfield units for each tissue, varying between patients; optional **lesions** inside the liver
#   (hypodense like metastases or cysts), 5-20 mm in radius and 15-60 HU darker than the liver after contrast
#   (only 30 % of that difference without contrast);
# - two **phases**: without contrast, or the **portal-venous phase** where the liver, spleen, kidneys and
#   vessels light up;
# - a slight blur and Gaussian **noise**, like a real scanner.
#
# Each slice comes with its **labels**: the liver mask, the lesion mask, a yes/no lesion label, lesion boxes,
# and a map of every tissue. The same seed gives the same patients with and without contrast.

# %% slideshow={"slide_type": ""}
hu_table = pd.DataFrame(ct.HU_TABLE, index=["no contrast (HU)", "portal-venous (HU)", "spread between patients (HU)"]).T
hu_table.drop(index="lesion")

# %% slideshow={"slide_type": ""}
demo_pv = ct.make_ct_slices(n=4, size=128, seed=7, contrast=True, lesion_fraction=1.0)
demo_nc = ct.make_ct_slices(n=4, size=128, seed=7, contrast=False, lesion_fraction=1.0)
fig, axes = plt.subplots(2, 4, figsize=(12, 6.2))
for i in range(4):
    for row, (data, phase) in enumerate([(demo_pv, "portal-venous"), (demo_nc, "no contrast")]):
        ax = axes[row, i]
        ax.imshow(data.images[i], cmap="gray", vmin=-160, vmax=240)
        ax.set(title=f"patient {i + 1}, {phase}", xticks=[], yticks=[])
        ax.grid(False)
axes[0, 0].set_ylabel("with contrast")
axes[1, 0].set_ylabel("without contrast")
fig.suptitle("Synthetic slices (soft-tissue window L 40 / W 400 HU; 400 mm field of view, 3.1 mm pixels)",
             fontweight="bold")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# Look at the liver (large organ on the image's left). With contrast it is brighter than the bowel and the
# muscles around it, and the lesions stand out as darker spots. Without contrast, liver, spleen, muscle and
# bowel are all within a few HU of each other, and the lesions are much fainter. Keep this in mind for
# section 9.
#
# Now the data sets for the rest of the notebook: 64 x 64 pixels (6.25 mm per pixel) so that training stays
# fast on a laptop. One slice per simulated patient, and **different patients** in the training,
# validation and test sets (different seeds), so nothing leaks between them.

# %% slideshow={"slide_type": ""}
train = ct.make_ct_slices(n=300, seed=1)                  # portal-venous phase (contrast-enhanced)
val = ct.make_ct_slices(n=100, seed=2)
test = ct.make_ct_slices(n=200, seed=3)
test_nc = ct.make_ct_slices(n=200, seed=3, contrast=False)  # the SAME test patients, scanned without contrast
for name, data in [("train", train), ("val", val), ("test", test)]:
    print(f"{name:5s}: {len(data)} slices of {data.images.shape[1]} x {data.images.shape[2]} pixels "
          f"({data.pixel_mm:.2f} mm), {data.has_lesion.mean():.0%} with a lesion, "
          f"liver {data.liver.mean():.0%} of the pixels")
checks.true(np.array_equal(test.liver, test_nc.liver), "same seed: same anatomy with and without contrast")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 2: measure the contrast enhancement of the liver
#
# Using the liver mask of the first test patient (`test.liver[0]`, 1 inside the liver), compute the mean HU
# of the liver on the contrast-enhanced image `test.images[0]` and on the non-contrast image
# `test_nc.images[0]`. Store the difference (enhanced minus non-contrast) in `enhancement_hu` as one number,
# in HU.

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
enhancement_hu = ____  # replace ____ with your code
### BEGIN SOLUTION
liver_pixels = test.liver[0] == 1
enhancement_hu = test.images[0][liver_pixels].mean() - test_nc.images[0][liver_pixels].mean()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_2.check()
# exercise_2.hint()      # a nudge; run it again for the next step
# exercise_2.solution()  # a worked solution

# %% slideshow={"slide_type": ""}
checks.between(exercise_2.answer("enhancement_hu"), 35, 80, name="liver enhancement (HU)",
               hint="Portal-venous liver is about 110 HU, non-contrast liver about 55 HU.")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Noisy data
#
# Real images are noisy: a lower radiation dose, a larger patient or a thin slice all raise the noise, measured
# as the standard deviation in a uniform region (often 10-20 HU on abdominal CT). Labels are noisy too: two
# radiologists never draw exactly the same outline. A model must cope with both.

# %% slideshow={"slide_type": ""}
fig, axes = plt.subplots(1, 3, figsize=(10, 3.6))
for ax, noise in zip(axes, [4, 15, 40]):
    noisy = ct.make_ct_slices(n=1, size=128, seed=7, noise_hu=noise, lesion_fraction=1.0)
    ax.imshow(noisy.images[0], cmap="gray", vmin=-160, vmax=240)
    inside = ndimage.binary_erosion(noisy.tissues[0] == ct.TISSUE_CODE["liver"], iterations=3)  # away from edges
    liver_sd = noisy.images[0][inside].std()
    ax.set(title=f"noise {noise} HU (liver SD {liver_sd:.0f} HU)", xticks=[], yticks=[])
    ax.grid(False)
fig.suptitle("The same patient at three noise levels: the lesion fades into the noise", fontweight="bold")
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. Classification, detection, segmentation: three questions about one image
#
# The same slice can answer different questions, and each needs a different kind of label and metric:
#
# | task | question | output | label needed | typical metric |
# | --- | --- | --- | --- | --- |
# | **classification** | is there a lesion? | one probability per image | one yes/no per image | sensitivity, specificity, ROC AUC |
# | classification + **localisation** | is there one, and where? | probability + one box | one box | the above + box overlap |
# | **detection** | where are *all* the lesions? | a list of boxes | every box | lesion sensitivity vs false positives per image |
# | **segmentation** | which pixels belong to the liver / lesion? | one probability per pixel | a mask (outline) | Dice score, volume error |
#
# Labels get more expensive from top to bottom: a tick box, a few clicks, an outline drawn on every slice.
# Segmentation also gives **measurements**: areas, volumes, and their change over time.

# %% slideshow={"slide_type": ""}
two = int(np.flatnonzero([len(b) == 2 for b in test.boxes])[0])     # a test slice with two lesions
img, boxes = test.images[two], test.boxes[two]
fig, axes = plt.subplots(1, 4, figsize=(14, 3.9))
for ax in axes:
    ax.imshow(img, cmap="gray", vmin=-160, vmax=240)
    ax.set(xticks=[], yticks=[])
    ax.grid(False)
axes[0].set_title("classification:\n'lesion present' (yes)")
axes[0].text(2, 60, "label: 1", color="white", fontsize="large", fontweight="bold")


def draw_box(ax, box, color):
    r0, c0, r1, c1 = box
    ax.add_patch(Rectangle((c0 - 0.5, r0 - 0.5), c1 - c0, r1 - r0, fill=False, edgecolor=color, linewidth=2))


draw_box(axes[1], boxes[0], plotting.POSITIVE_COLOR)
axes[1].set_title("classification + localisation:\none box")
for box in boxes:
    draw_box(axes[2], box, plotting.POSITIVE_COLOR)
axes[2].set_title(f"detection:\nall lesions ({len(boxes)} boxes)")
axes[3].contour(test.liver[two], levels=[0.5], colors=[plotting.PALETTE[2]], linewidths=1.5)
axes[3].contourf(test.lesions[two], levels=[0.5, 1.5], colors=[plotting.POSITIVE_COLOR], alpha=0.7)
liver_cm2 = test.liver[two].sum() * test.pixel_mm ** 2 / 100
lesion_cm2 = test.lesions[two].sum() * test.pixel_mm ** 2 / 100
axes[3].set_title(f"segmentation: liver {liver_cm2:.0f} cm²\n(green), lesions {lesion_cm2:.1f} cm² (red)")
fig.suptitle("Four tasks on the same synthetic slice (64 x 64 pixels of 6.25 mm)", fontweight="bold")
plt.show()


# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7. Lesion classification with a small CNN
#
# **Task:** given a slice, output the probability that the liver contains at least one lesion.
#
# A whole 64 x 64 slice is a big haystack for a small needle. With only 300 training slices, a small CNN
# trained on whole slices never finds the lesions (we tried: it stays at chance level, because dark fat and
# bowel gas are everywhere). Radiologists look at the organ, and so will we:
#
# 1. crop a **32 x 32 window (200 mm) centred on the liver**, using its mask;
# 2. blank out everything **outside the liver** (set it to the liver's median value), so the only dark spots
#    left are inside the organ.
#
# In a real system, the mask comes from a segmentation model like the one of section 8. This two-step design,
# *find the organ, then look inside it*, is common in practice.
#
# The CNN is the kind built in notebook 07: three blocks of convolution, batch normalisation, ReLU and max
# pooling, then a global **max** pooling, which keeps the strongest "lesion detector" response wherever it
# appears in the window (translation invariance). It trains for 15 epochs with Adam and a learning rate that
# decays along a cosine curve (learning-rate decay, notebook 06): big steps first, small careful steps at the end.

# %% slideshow={"slide_type": ""}
def liver_crops(data, size=32):
    """A size x size window centred on the liver of every slice, outside of the liver blanked out.

    Returns images windowed to [0, 1] with the liver window (L 60, W 160 HU), shape (n, size, size).
    """
    crops = np.empty((len(data), size, size), dtype=np.float32)
    side = data.images.shape[1]
    for i in range(len(data)):
        rows, cols = np.nonzero(data.liver[i])
        r = int(np.clip(round(rows.mean()) - size // 2, 0, side - size))
        c = int(np.clip(round(cols.mean()) - size // 2, 0, side - size))
        crop = data.images[i, r:r + size, c:c + size].copy()
        in_liver = data.liver[i, r:r + size, c:c + size] == 1
        crop[~in_liver] = np.median(crop[in_liver])      # look only inside the organ
        crops[i] = crop
    return dicom.window(crops, level=60, width=160)       # liver window: lesions stand out


def as_input(images):
    return torch.tensor(images[:, None], dtype=torch.float32)   # (n, 1 channel, height, width)


X_crop = {name: as_input(liver_crops(d)) for name, d in [("train", train), ("val", val), ("test", test)]}
y_lesion = {name: torch.tensor(d.has_lesion[:, None], dtype=torch.float32)
            for name, d in [("train", train), ("val", val), ("test", test)]}
order = np.argsort(-train.has_lesion[:10], kind="stable")[:8]
fig = plotting.image_grid(X_crop["train"][order, 0].numpy(), ncols=8, size=1.5,
                          titles=["lesion" if train.has_lesion[i] else "no lesion" for i in order],
                          suptitle="Training inputs: 32 x 32 crops around the liver, outside blanked "
                                   "(liver window L 60 / W 160 HU)")
plt.show()

# %% slideshow={"slide_type": ""}
torch.manual_seed(0)
lesion_cnn = nn.Sequential(
    nn.Conv2d(1, 8, kernel_size=3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.MaxPool2d(2),    # 32 -> 16
    nn.Conv2d(8, 16, kernel_size=3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),  # 16 -> 8
    nn.Conv2d(16, 32, kernel_size=3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),  # 8 -> 4
    nn.AdaptiveMaxPool2d(1), nn.Flatten(),           # strongest response of each of the 32 feature maps
    nn.Linear(32, 1),                                # one logit: lesion or not
)
print(f"{training.count_parameters(lesion_cnn):,} parameters")
cnn_optimizer = torch.optim.Adam(lesion_cnn.parameters(), lr=3e-3)
cnn_decay = torch.optim.lr_scheduler.CosineAnnealingLR(cnn_optimizer, T_max=15)   # learning-rate decay
cnn_history = training.fit(lesion_cnn, (X_crop["train"], y_lesion["train"]), (X_crop["val"], y_lesion["val"]),
                           loss_fn=nn.BCEWithLogitsLoss(), optimizer=cnn_optimizer, scheduler=cnn_decay,
                           epochs=15, batch_size=16, progress=True)


# %% slideshow={"slide_type": ""}
def lesion_probability(model, X):
    return torch.sigmoid(training.predict(model, X))[:, 0].numpy()


p_val = lesion_probability(lesion_cnn, X_crop["val"])
p_test = lesion_probability(lesion_cnn, X_crop["test"])
auc_test = metrics.roc_auc(test.has_lesion, p_test)
fig, ax = plt.subplots(figsize=(5.5, 3.4))
plotting.plot_history(cnn_history, keys=["train_loss", "val_loss"], ax=ax, ylabel="cross-entropy loss",
                      title="Lesion CNN: learning curves")
plt.show()
print(f"test ROC AUC = {auc_test:.3f} (0.5 = coin toss, 1 = perfect ranking)")

# %% slideshow={"slide_type": ""}
checks.between(auc_test, 0.8, 1.0, name="lesion CNN test AUC",
               hint="Re-run the training cell; the AUC should be well above 0.5.")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Choosing the threshold for screening
#
# The network outputs a probability; a **threshold** turns it into a decision. The default 0.5 is arbitrary.
# In **screening**, a missed lesion (false negative) costs far more than an extra look by a radiologist (false
# positive). So we fix the **sensitivity** we want, say at least 95 %, and take the highest threshold that
# reaches it **on the validation set**. Then we report what it gives on the test set, which played no part in
# the choice.

# %% slideshow={"slide_type": ""}
fpr_val, tpr_val, thr_val = metrics.roc_curve(val.has_lesion, p_val)
screen_threshold = float(thr_val[np.argmax(tpr_val >= 0.95)])       # first (= highest) threshold with sens >= 95 %
at_half = metrics.binary_metrics(test.has_lesion, (p_test >= 0.5).astype(int))
at_screen = metrics.binary_metrics(test.has_lesion, (p_test >= screen_threshold).astype(int))

fpr_test, tpr_test, _ = metrics.roc_curve(test.has_lesion, p_test)
fig, axes = plt.subplots(1, 3, figsize=(14, 4.2), gridspec_kw={"width_ratios": [1.2, 1, 1]})
axes[0].plot(fpr_test, tpr_test, label=f"test ROC (AUC {auc_test:.2f})")
axes[0].plot([0, 1], [0, 1], color="0.6", linestyle="--", label="chance")
for m, name, color in [(at_half, "threshold 0.5", plotting.PALETTE[2]),
                       (at_screen, f"screening threshold {screen_threshold:.2f}", plotting.POSITIVE_COLOR)]:
    axes[0].plot(1 - m["specificity"], m["sensitivity"], "o", markersize=9, color=color, label=name)
axes[0].set(xlabel="1 - specificity (false-positive rate)", ylabel="sensitivity (true-positive rate)",
            title="ROC curve of the lesion CNN (test)")
axes[0].legend(loc="lower right", fontsize="small")
plotting.plot_confusion(test.has_lesion, (p_test >= 0.5).astype(int), ax=axes[1],
                        class_names=("no lesion", "lesion"), title="threshold 0.5")
plotting.plot_confusion(test.has_lesion, (p_test >= screen_threshold).astype(int), ax=axes[2],
                        class_names=("no lesion", "lesion"), title=f"screening threshold {screen_threshold:.2f}")
plt.show()
metrics.metrics_table({"threshold 0.5": (test.has_lesion, (p_test >= 0.5).astype(int)),
                       f"screening ({screen_threshold:.2f})": (test.has_lesion, (p_test >= screen_threshold).astype(int))})

# %% slideshow={"slide_type": ""}
checks.true(at_screen["sensitivity"] >= at_half["sensitivity"],
            "the screening threshold catches at least as many lesions as 0.5")
checks.between(at_screen["sensitivity"], 0.8, 1.0, name="test sensitivity at the screening threshold",
               hint="The threshold was chosen for 95 % sensitivity on validation; test should stay close.")

# %% [markdown] slideshow={"slide_type": "subslide"}
# Which lesions does the network miss? Clinicians will ask, and it is the first thing to check: performance
# by **subgroup**. Here, by how much darker than the liver the lesion is, and by its size. At 0.5 the misses
# are mostly faint or small lesions; the screening threshold rescues them, at the price of the false alarms
# counted above.

# %% slideshow={"slide_type": ""}
lesion_area_cm2 = test.lesions.sum(axis=(1, 2)) * test.pixel_mm ** 2 / 100   # lesion area on the slice
groups = {
    "faint (15-30 HU darker)": (test.has_lesion == 1) & (test.lesion_contrast_hu < 30),
    "marked (30-60 HU darker)": (test.has_lesion == 1) & (test.lesion_contrast_hu >= 30),
    "small (under 3 cm²)": (test.has_lesion == 1) & (lesion_area_cm2 < 3),
    "large (3 cm² or more)": (test.has_lesion == 1) & (lesion_area_cm2 >= 3),
}
pd.DataFrame({"lesions": {k: int(g.sum()) for k, g in groups.items()},
              "sensitivity at 0.5": {k: (p_test[g] >= 0.5).mean().round(2) for k, g in groups.items()},
              f"at {screen_threshold:.2f}": {k: (p_test[g] >= screen_threshold).mean().round(2)
                                            for k, g in groups.items()}})


# %% [markdown] slideshow={"slide_type": "slide"}
# ## 8. Segmenting the liver with a U-Net
#
# Why segment the liver? It is the largest organ of the body and the seat of many chronic diseases and
# tumours. Its outline gives its **volume** (before a resection or a living-donor transplant), tells where a
# tumour lies among the **8 Couinaud segments** (the surgical map of the liver, each with its own blood
# supply and drainage), and lets a follow-up scan be compared with the last one. Drawn by hand, it takes many
# minutes per scan.
#
# **Segmentation** means classifying every pixel: liver (1) or not (0). The standard network for it is the
# **U-Net** (Ronneberger et al., 2015):
#
# - an **encoder** (the left arm of the U): convolutions and pooling, as in a classification CNN. The image
#   shrinks and the features get more abstract: *what* is in the image;
# - a **decoder** (the right arm): up-sampling (transposed convolutions) back to the full size: *where* it is;
# - **skip connections**: the encoder's feature maps at each size are copied across and concatenated with
#   the decoder's. They bring back the fine detail that pooling threw away, so the outline is sharp.

# %% slideshow={"slide_type": ""}
def conv_block(c_in, c_out):
    """Two 3 x 3 convolutions, each followed by batch normalisation and ReLU (size unchanged)."""
    return nn.Sequential(
        nn.Conv2d(c_in, c_out, kernel_size=3, padding=1), nn.BatchNorm2d(c_out), nn.ReLU(),
        nn.Conv2d(c_out, c_out, kernel_size=3, padding=1), nn.BatchNorm2d(c_out), nn.ReLU(),
    )


class UNet(nn.Module):
    """A small U-Net: 64 x 64 input, two poolings, 8-16-32 feature maps, one output logit per pixel."""

    def __init__(self, c=(8, 16, 32)):
        super().__init__()
        self.enc1, self.enc2 = conv_block(1, c[0]), conv_block(c[0], c[1])        # encoder
        self.bottom = conv_block(c[1], c[2])                                      # bottleneck (16 x 16)
        self.up2 = nn.ConvTranspose2d(c[2], c[1], kernel_size=2, stride=2)        # 16 -> 32 pixels
        self.dec2 = conv_block(2 * c[1], c[1])                                    # after the skip concat
        self.up1 = nn.ConvTranspose2d(c[1], c[0], kernel_size=2, stride=2)        # 32 -> 64 pixels
        self.dec1 = conv_block(2 * c[0], c[0])
        self.head = nn.Conv2d(c[0], 1, kernel_size=1)                             # one logit per pixel

    def forward(self, x):
        e1 = self.enc1(x)                                   # (n, 8, 64, 64)
        e2 = self.enc2(F.max_pool2d(e1, 2))                 # (n, 16, 32, 32)
        b = self.bottom(F.max_pool2d(e2, 2))                # (n, 32, 16, 16)
        d2 = self.dec2(torch.cat([self.up2(b), e2], dim=1))  # skip connection: concatenate e2
        d1 = self.dec1(torch.cat([self.up1(d2), e1], dim=1))  # skip connection: concatenate e1
        return self.head(d1)                                # (n, 1, 64, 64)


torch.manual_seed(0)
unet = UNet()
print(f"U-Net: {training.count_parameters(unet):,} parameters; "
      f"input {tuple(torch.zeros(2, 1, 64, 64).shape)} -> output {tuple(unet(torch.zeros(2, 1, 64, 64)).shape)}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ### The Dice score, and why pixel accuracy misleads
#
# The liver covers about 10 % of the pixels. A "model" that answers *no liver* everywhere is right on 90 % of
# the pixels and useless. The **Dice score** measures the overlap between the predicted mask $P$ and the true
# mask $T$:
#
# $$ \mathrm{Dice}(P, T) = \frac{2\,|P \cap T|}{|P| + |T|} $$
#
# It is 1 for a perfect outline and 0 when they do not overlap. For training, we need something smooth. The
# **soft Dice** uses the predicted probabilities $p_i$ instead of 0/1 pixels, and the loss adds the usual
# binary cross-entropy (BCE, notebook 03):
#
# $$ \text{soft Dice} = \frac{2 \sum_i p_i t_i + \varepsilon}{\sum_i p_i + \sum_i t_i + \varepsilon}, \qquad
#    \text{Loss} = \text{BCE} + (1 - \text{soft Dice}) $$
#
# ($\varepsilon = 1$ avoids dividing by zero on a slice without liver.)

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 3: accuracy vs Dice for lazy models
#
# For the liver mask of the first test slice, `test.liver[0]`, imagine a model that predicts an **empty** mask
# (all zeros). Compute its pixel accuracy (share of pixels where the prediction equals the truth) in
# `lazy_accuracy`, and its Dice score with `metrics.dice(truth, prediction)` in `lazy_dice`.
#
# A second lazy model never looks at the image: it always draws the liver of another patient, here
# `test.liver[2]`. Compute its Dice score against the truth `test.liver[0]` **with the formula above**: count
# the overlap $|P \cap T|$ (pixels that are 1 in both masks) and the pixels of each mask. Store it in
# `copy_dice` (you can compare with `metrics.dice`). Each answer is one number between 0 and 1.

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
lazy_accuracy = ____  # replace ____ with your code
lazy_dice = ____
copy_dice = ____
### BEGIN SOLUTION
empty_mask = np.zeros_like(test.liver[0])
lazy_accuracy = np.mean(empty_mask == test.liver[0])
lazy_dice = metrics.dice(test.liver[0], empty_mask)
copy_overlap = np.sum((test.liver[0] == 1) & (test.liver[2] == 1))
copy_dice = 2 * copy_overlap / (test.liver[0].sum() + test.liver[2].sum())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_3_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_3.check()
# exercise_3.hint()      # a nudge; run it again for the next step
# exercise_3.solution()  # a worked solution

# %% slideshow={"slide_type": ""}
accuracy_3 = exercise_3.answer("lazy_accuracy")
dice_3 = exercise_3.answer("lazy_dice")
copy_dice_3 = exercise_3.answer("copy_dice")
print(f"An empty mask is {accuracy_3:.0%} accurate and has Dice {dice_3:.0f}: an empty answer cannot fool Dice.")
print(f"Copying another patient's liver, without looking at the image, already gives Dice {copy_dice_3:.2f}: "
      "compare a model's Dice with such a baseline, not with 0.")


# %% slideshow={"slide_type": ""}
def soft_dice(logits, target, eps=1.0):
    """Mean soft Dice over the batch; logits and target have shape (n, 1, height, width)."""
    p = torch.sigmoid(logits)
    overlap = (p * target).sum(dim=(1, 2, 3))
    return ((2 * overlap + eps) / (p.sum(dim=(1, 2, 3)) + target.sum(dim=(1, 2, 3)) + eps)).mean()


def dice_bce_loss(logits, target):
    return F.binary_cross_entropy_with_logits(logits, target) + (1 - soft_dice(logits, target))


# with very confident logits, soft Dice equals the ordinary Dice of the masks
truth = torch.tensor(test.liver[:1, None], dtype=torch.float32)
guess = torch.tensor(test.liver[1:2, None], dtype=torch.float32)    # another patient's liver as a "guess"
checks.close(soft_dice(50 * (2 * guess - 1), truth, eps=0.0), metrics.dice(truth, guess), tol=1e-4,
             name="soft Dice of saturated logits vs metrics.dice")


# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Training on contrast-enhanced slices
#
# Input: the soft-tissue window (L 40, W 400 HU) scaled to [0, 1]. Target: the liver mask. Five passes over the
# 300 training slices, mini-batches of 8, Adam with a cosine learning-rate decay. The curves update live below
# the cell (about 15-20 s on a laptop).

# %% slideshow={"slide_type": ""}
def seg_input(data_or_images):
    images = getattr(data_or_images, "images", data_or_images)
    return as_input(dicom.window(images, level=40, width=400))


def seg_target(masks):
    return torch.tensor(masks[:, None], dtype=torch.float32)


unet_optimizer = torch.optim.Adam(unet.parameters(), lr=3e-3)
unet_history = training.fit(unet, (seg_input(train), seg_target(train.liver)), (seg_input(val), seg_target(val.liver)),
                            loss_fn=dice_bce_loss, optimizer=unet_optimizer, epochs=5, batch_size=8,
                            scheduler=torch.optim.lr_scheduler.CosineAnnealingLR(unet_optimizer, T_max=5),
                            progress=True, live_plot=True)


# %% slideshow={"slide_type": ""}
def predict_masks(model, images_01):
    logits = training.predict(model, images_01, batch_size=50)[:, 0]
    return (logits > 0).numpy().astype(np.uint8)            # logit > 0 <=> probability > 0.5


def dice_per_slice(truth_masks, predicted_masks):
    return np.array([metrics.dice(t, p) for t, p in zip(truth_masks, predicted_masks)])


pred_pv = predict_masks(unet, seg_input(test))
dice_pv = dice_per_slice(test.liver, pred_pv)
print(f"held-out test slices (contrast-enhanced): mean Dice {dice_pv.mean():.3f}, "
      f"worst {dice_pv.min():.3f}, {np.mean(dice_pv >= 0.9):.0%} of slices >= 0.90")

# %% slideshow={"slide_type": ""}
checks.between(dice_pv.mean(), 0.90, 1.0, name="U-Net mean Dice on held-out contrast-enhanced slices",
               hint="Re-run the training cell; 5 epochs should reach about 0.93-0.95.")


# %% slideshow={"slide_type": ""}
def overlay(ax, image, truth, predicted, title):
    ax.imshow(image, cmap="gray", vmin=-160, vmax=240)
    ax.contour(truth, levels=[0.5], colors=[plotting.PALETTE[2]], linewidths=1.6)
    ax.contour(predicted, levels=[0.5], colors=[plotting.PALETTE[3]], linewidths=1.6, linestyles="--")
    ax.set(title=title, xticks=[], yticks=[])
    ax.grid(False)


shown = [int(np.argsort(dice_pv)[k]) for k in (0, len(dice_pv) // 4, len(dice_pv) // 2, len(dice_pv) - 1)]
fig, axes = plt.subplots(1, 4, figsize=(13, 3.7))
for ax, i, label in zip(axes, shown, ["worst", "lower quartile", "median", "best"]):
    overlay(ax, test.images[i], test.liver[i], pred_pv[i], f"{label}: Dice {dice_pv[i]:.2f}")
axes[0].plot([], [], color=plotting.PALETTE[2], label="truth")
axes[0].plot([], [], color=plotting.PALETTE[3], linestyle="--", label="U-Net")
axes[0].legend(loc="lower left", fontsize="small", frameon=True)
fig.suptitle("U-Net predictions on held-out contrast-enhanced slices", fontweight="bold")
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 9. Domain shift: the same patients without contrast
#
# Our U-Net saw only contrast-enhanced scans. A hospital also does non-contrast CT (kidney failure, contrast
# allergy, emergencies, follow-up of stones). The source course notes that deep-learning models segment the
# liver well **with or without contrast**, provided they were trained for both.
#
# A change between the data a model was trained on and the data it meets in use is a **domain shift**: another
# contrast phase, scanner, reconstruction kernel, hospital or population. The model gives no warning; it just
# answers. Let us test the U-Net on the **same test patients** scanned without contrast.

# %% [markdown] slideshow={"slide_type": "notes"}
# Speaker notes: before running the next cell, ask the room to predict the Dice without contrast (most answer
# 0.7-0.8). The collapse to almost 0 surprises, and the overlay figure below shows why: the model learned
# "bright organ on the left".

# %% slideshow={"slide_type": ""}
pred_nc = predict_masks(unet, seg_input(test_nc))
dice_nc = dice_per_slice(test_nc.liver, pred_nc)
print(f"contrast-enhanced: mean Dice {dice_pv.mean():.3f}")
print(f"no contrast      : mean Dice {dice_nc.mean():.3f}   <- same patients, same outlines")
checks.true(dice_nc.mean() < dice_pv.mean() - 0.3,
            f"the Dice drops by more than 0.3 without contrast ({dice_pv.mean():.2f} -> {dice_nc.mean():.2f})")

# %% slideshow={"slide_type": ""}
fig, axes = plt.subplots(2, 4, figsize=(13, 6.6))
for col, i in enumerate(shown):
    overlay(axes[0, col], test.images[i], test.liver[i], pred_pv[i], f"with contrast: Dice {dice_pv[i]:.2f}")
    overlay(axes[1, col], test_nc.images[i], test_nc.liver[i], pred_nc[i], f"no contrast: Dice {dice_nc[i]:.2f}")
axes[0, 0].plot([], [], color=plotting.PALETTE[2], label="truth")
axes[0, 0].plot([], [], color=plotting.PALETTE[3], linestyle="--", label="U-Net")
axes[0, 0].legend(loc="lower left", fontsize="small", frameon=True)
fig.suptitle("Same patients, same U-Net: the model learned 'bright organ on the left', not 'liver'",
             fontweight="bold")
plt.show()


# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Synthetic data and randomisation for robustness
#
# How do we fix it without collecting and outlining non-contrast scans? The source course presents **random
# synthesis**: a data engine that samples shape templates, assembles them into label maps, deforms them, and
# paints them with random intensities. A network trained on such wildly varied images has to rely on shape
# and context, because intensity is no longer a reliable cue. Such engines anticipate domain shifts instead
# of waiting for them.
#
# Our version, written out below, uses the tissue maps of the training slices (in real life these could come
# from a tool such as TotalSegmentator):
#
# 1. **intensity randomisation**: in half of the training images, every tissue gets a random value between
#    -200 and 300 HU (air stays black). The liver can come out brighter, darker or the same as its neighbours;
# 2. **shape randomisation**: every image and its mask are rotated (up to 10 degrees), zoomed (up to 10 %) and
#    shifted (up to 3 pixels) together.
#
# We then continue training the same U-Net for 3 more epochs on these images. It never sees a non-contrast scan.

# %% slideshow={"slide_type": ""}
def randomise(data, seed=0, fraction=0.5):
    """Intensity and shape randomisation of synthetic slices.

    Returns images in HU, liver masks, and which images had their intensities randomised.
    """
    rng = np.random.default_rng(seed)
    n, size = len(data), data.images.shape[1]
    # 1) intensity: a random value for every tissue of every image
    values = rng.uniform(-200, 300, size=(n, len(ct.TISSUES)))
    values[:, ct.TISSUE_CODE["air"]] = -1000
    images = ct.render_tissues(data.tissues, values, noise_hu=12, seed=seed)
    keep = rng.uniform(size=n) > fraction
    images[keep] = data.images[keep]                       # the other images keep their real contrast
    # 2) shape: one random rotation, zoom and shift per image, applied to the image and its mask
    masks = data.liver.astype(np.float32)
    centre = np.array([(size - 1) / 2, (size - 1) / 2])
    for i in range(n):
        angle, zoom = np.deg2rad(rng.uniform(-10, 10)), rng.uniform(0.9, 1.1)
        matrix = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]]) / zoom
        offset = centre - matrix @ centre + rng.uniform(-3, 3, size=2)
        images[i] = ndimage.affine_transform(images[i], matrix, offset, order=1, mode="nearest")
        masks[i] = ndimage.affine_transform(masks[i], matrix, offset, order=0)
    return images, masks, ~keep


random_images, random_masks, randomised = randomise(train, seed=0)
fig = plotting.image_grid(dicom.window(random_images[:8], 40, 400), ncols=8, size=1.6,
                          titles=["random intensities" if r else "real contrast" for r in randomised[:8]],
                          suptitle="Training images after randomisation (soft-tissue window; all also turned, "
                                   "zoomed and shifted)")
plt.show()

# %% slideshow={"slide_type": ""}
robust_unet = UNet()
robust_unet.load_state_dict(unet.state_dict())           # start from the contrast-trained U-Net
robust_optimizer = torch.optim.Adam(robust_unet.parameters(), lr=3e-3)
robust_history = training.fit(robust_unet, (seg_input(random_images), seg_target(random_masks)),
                              loss_fn=dice_bce_loss, optimizer=robust_optimizer, epochs=3, batch_size=8,
                              scheduler=torch.optim.lr_scheduler.CosineAnnealingLR(robust_optimizer, T_max=3),
                              progress=True, seed=1)

# %% slideshow={"slide_type": ""}
robust_pv = dice_per_slice(test.liver, predict_masks(robust_unet, seg_input(test)))
robust_nc = dice_per_slice(test_nc.liver, predict_masks(robust_unet, seg_input(test_nc)))
results = pd.DataFrame({"test with contrast": [dice_pv.mean(), robust_pv.mean()],
                        "test without contrast": [dice_nc.mean(), robust_nc.mean()]},
                       index=["U-Net trained on contrast only", "+ intensity and shape randomisation"]).round(3)
fig, ax = plt.subplots(figsize=(7.5, 3.4))
results.plot.barh(ax=ax, color=[plotting.PALETTE[0], plotting.PALETTE[3]])
for bars in ax.containers:
    ax.bar_label(bars, fmt="%.2f", padding=3, fontsize="small")
ax.set(xlabel="mean Dice on 200 held-out slices", xlim=(0, 1), title="Domain shift and its repair")
ax.axvline(0.9, color="0.4", linestyle=":", linewidth=1)
ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize="small")
plt.show()
results

# %% slideshow={"slide_type": ""}
checks.between(robust_nc.mean(), 0.75, 1.0, name="robust U-Net, Dice without contrast")
checks.true(robust_nc.mean() > dice_nc.mean() + 0.3,
            f"randomisation recovers the non-contrast slices ({dice_nc.mean():.2f} -> {robust_nc.mean():.2f})")
checks.between(robust_pv.mean(), 0.85, 1.0, name="robust U-Net, Dice with contrast (still good)")

# %% [markdown] slideshow={"slide_type": "subslide"}
# What to take from it:
#
# - a model is validated for **a domain**: the label of a tool should say "contrast-enhanced abdominal CT,
#   portal-venous phase" if that is all it was tested on;
# - **always test on data like the target use**: other phases, scanners, hospitals. A drop there is the norm,
#   not the exception;
# - randomisation and synthetic data buy robustness, sometimes at a small cost on the original domain. Real
#   labelled data from the new domain remain the gold standard for checking.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 10. Switching to real images: MedMNIST
#
# **MedMNIST** (Yang et al., 2023, licence CC BY 4.0) is a collection of small real medical images: chest
# X-rays, retina photographs, skin lesions, blood cells, CT organ crops and more, each packed in one `.npz`
# file with training, validation and test splits. `course_utils.datasets.medmnist` downloads a file **once**
# into a cache folder, keeps it only if its checksum matches the one published by MedMNIST, records its
# SHA-256 and checks it at every later load. It says clearly what went wrong when you are offline or a file
# is corrupted.
#
# The notebook runs on synthetic data so that it works anywhere, without internet. To try real chest X-rays,
# set `USE_REAL_DATA = True` on a computer with internet.

# %% slideshow={"slide_type": ""}
pd.DataFrame(medmnist.REGISTRY).T[["description"]]

# %% slideshow={"slide_type": ""}
USE_REAL_DATA = False      # True: download PneumoniaMNIST once (about 4 MB) and look at real chest X-rays

if USE_REAL_DATA:
    splits = medmnist.load_medmnist("pneumoniamnist")
    X_real, y_real = splits["train"]
    print(f"{len(X_real)} real chest X-rays of {X_real.shape[1:]} pixels, pneumonia in {y_real.mean():.0%}")
    plotting.image_grid(X_real[:8], titles=[["normal", "pneumonia"][k] for k in y_real[:8]], ncols=8, size=1.4)
    plt.show()
else:
    try:   # without downloading: shows what happens when the file is not there
        medmnist.load_medmnist("pneumoniamnist", download=False)
        print("PneumoniaMNIST is already in your cache: set USE_REAL_DATA = True to use it.")
    except medmnist.DatasetDownloadError as err:
        print("Running on synthetic data. The loader explains:\n" + str(err))

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 11. Other modalities that ship offline
#
# ### A 3-D MRI volume, browsed slice by slice
#
# `nibabel` reads **NIfTI** (`.nii`), the usual research format for 3-D and 4-D images (DICOM series are often
# converted to it). It ships a small real T1-weighted brain MRI, resampled to 2 mm voxels. A 3-D image is
# viewed in three orthogonal planes: **axial** (from the feet), **coronal** (from the front) and **sagittal**
# (from the side).

# %% slideshow={"slide_type": ""}
mri = nibabel.load(os.path.join(nibabel_data_path, "anatomical.nii"))
volume = mri.get_fdata()
voxel_mm = mri.header.get_zooms()
print(f"volume {volume.shape} voxels of {' x '.join(f'{v:.0f}' for v in voxel_mm)} mm, "
      f"orientation {''.join(nibabel.aff2axcodes(mri.affine))} (axes point to Left, Anterior, Superior); "
      f"intensities {volume.min():.0f} to {volume.max():.0f} (arbitrary units)")

# %% slideshow={"slide_type": ""}
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
ax_ax.set(title="axial (from the feet)", xlabel="right -> left (voxel)", ylabel="back -> front (voxel)")
ax_co.set(title="coronal (from the front)", xlabel="right -> left (voxel)", ylabel="feet -> head (voxel)")
ax_sa.set(title="sagittal (from the side)", xlabel="front -> back (voxel)", ylabel="feet -> head (voxel)")
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
    return f"axial slice {axial} · coronal slice {coronal} · sagittal slice {sagittal} (2 mm apart)"


mri_widget = widgets.LiveFigure(
    fig, show_slices, dynamic=[axial_img, coronal_img, sagittal_img, *lines.values()],
    axial=widgets.slider(nz // 2, 0, nz - 1, integer=True, description="axial slice (feet -> head)"),
    coronal=widgets.slider(ny // 2, 0, ny - 1, integer=True, description="coronal slice (back -> front)"),
    sagittal=widgets.slider(nx // 2, 0, nx - 1, integer=True, description="sagittal slice (right -> left)"),
)
mri_widget

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Retina photographs and diabetic retinopathy
#
# **Diabetic retinopathy** damages the small vessels of the retina. It shows as micro-aneurysms, small
# haemorrhages, yellow exudates and, later, fragile new vessels. It is a leading cause of blindness in working
# age, and diabetes is exploding worldwide, so every person with diabetes should have the back of the eye
# photographed regularly. There are not enough ophthalmologists to read all those photographs.
#
# Deep learning grades fundus photographs for referable retinopathy, and retinal cameras that clip onto a
# **smartphone** bring screening to general practice and remote areas. The source course cites such a system
# for early diagnosis of diabetic retinopathy and **glaucoma**. Below, a real fundus photograph bundled with
# scikit-image: the bright **optic disc** on the left, where vessels and nerve fibres enter the eye, and the
# darker **macula** in the centre, the area of sharp vision. The **green channel** shows vessels and haemorrhages
# with the best contrast, and a simple filter (black top-hat) brings out the thin dark structures a network
# learns to look at.

# %% slideshow={"slide_type": ""}
retina = skdata.retina()                                    # 1411 x 1411 RGB photograph
small = rescale(retina, 0.25, channel_axis=2)               # 353 x 353, enough to show the idea
green = small[..., 1]
vessels = ndimage.black_tophat(green, size=9)               # dark, thin structures stand out
fig, axes = plt.subplots(1, 3, figsize=(12, 4.1))
axes[0].imshow(small)
axes[0].set_title("fundus photograph (colour)")
axes[1].imshow(green, cmap="gray")
axes[1].set_title("green channel: best vessel contrast")
axes[2].imshow(vessels, cmap="magma", vmax=np.percentile(vessels, 99.5))
axes[2].set_title("black top-hat: vessels highlighted")
for ax in axes:
    ax.set(xlabel="x (pixel, 4x down-sampled)", ylabel="y (pixel)")
    ax.grid(False)
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 12. Applications, and the limits to keep in mind
#
# Health has its own constraints: **confidentiality** of data, and data that are **noisy and very often
# incomplete**. Deep learning works best where there are many images and a clear question:
#
# - **medical imaging**: segmentation, counting cells or organs;
# - **radiology assistance**: a platform such as Philips IntelliSpace Portal offers organ segmentation and
#   tuberculosis detection on chest X-rays;
# - **diagnostic assistance** and **prediction** of a disease or an adverse event.
#
# Examples from the source course:
#
# | field | example | what the model does |
# | --- | --- | --- |
# | ophthalmology | Dreamquark: retinal camera on a smartphone | early diagnosis of diabetic retinopathy and glaucoma |
# | cardiology | Cardiologs | recognises patterns in ECGs for fast detection of heart disorders (sequences: notebook 08) |
# | cardiology | Implicity | connected cardiology: filters device alerts using the patient's record |
# | pathology | Google AI | analyses biopsies of suspect tissue for cancer: **89 % accuracy announced, vs 73 % for a pathologist without time limit** |
# | organ segmentation | MedSAM | outlines any structure in a box drawn by the user |
# | organ segmentation | TotalSegmentator | segments over 100 anatomical structures on CT automatically |
#
# Read announced figures with care: accuracy on the developer's own data set, not sensitivity and
# specificity in a prospective trial in your hospital.

# %% [markdown] slideshow={"slide_type": "notes"}
# Speaker notes: invite the clinicians in the room to name a tool used in their department and to say what
# evidence they saw before it was installed: it leads naturally to the evaluation checklist below.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### MedSAM and TotalSegmentator
#
# **MedSAM** adapts a general "segment anything" model to medical images. Its **encoder** is a vision
# transformer that turns the image into an embedding. A **prompt encoder** encodes the box that the user draws
# around the structure. A **mask decoder** fuses the two into the final mask. In a trial with two groups of
# doctors, those assisted by the model worked **more than 80 % more efficiently** than those following the
# standard manual workflow.
#
# **TotalSegmentator** is an open-source model and data set of CT (and MRI) scans with more than 100
# structures outlined. Its outlines are used to build benchmarks such as Touchstone (NeurIPS 2024), which asks
# whether we evaluate medical segmentation algorithms the right way.
#
# For the **liver** in particular, the source course notes:
#
# - it is the largest organ and the seat of many chronic diseases and tumours; CT is the base of its imaging,
#   and deep learning helps in screening, diagnosis and follow-up of liver disease;
# - models work on CT **with and without contrast** when trained for both (section 9), across many diseases
#   (cirrhosis, ascites, post-operative livers), and segment more precisely for healthy livers and livers with
#   **steatosis** (fatty liver, lower HU: try `ct.make_ct_slices(..., steatosis_fraction=0.5)`);
# - the partition into **8 Couinaud segments** is essential to locate tumours and plan surgery.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Synthetic data strategies
#
# - **Random synthesis** (section 9): sample 3-D shape templates, compose them into label maps, deform them,
#   paint them with random intensities. The data engine produces very varied samples to anticipate domain
#   shifts.
# - **Contrastive pre-training**: a 3-D network first learns, without labels, to give the same representation
#   to two versions of the same image, so that it becomes stable to changes in imaging.
# - **Simulation**: collecting real data with sensors fixed on surgical cameras is very costly. SARAMIS
#   (simulation for robot-assisted minimally invasive surgery) offers environments from which a multitude of
#   synthetic training data can be generated.
#
# Synthetic data teach robustness. They do not replace a test on real patients.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Evaluating with clinicians
#
# A Dice of 0.94 on a test set is a start, not a conclusion. Before use in care:
#
# 1. **intended use**: which patients, which scanner and phase, which question, who acts on the output;
# 2. **operating point** chosen with the clinicians who bear the cost of each error (section 7: sensitivity
#    first for screening);
# 3. **external validation**: other hospitals, scanners and populations (section 9: expect a drop);
# 4. **subgroups**: small or faint lesions, children, rare anatomy, implants; check the errors one by one with
#    a radiologist;
# 5. **reader studies**: do clinicians *with* the tool do better than *without* it? (MedSAM's 80 % is such a
#    measure, of efficiency);
# 6. **inter-observer variability**: two experts also disagree (often Dice 0.90-0.95 for the liver); a model
#    cannot be judged more precisely than its reference;
# 7. **regulation and monitoring**: in Europe a diagnostic software is a medical device (CE marking under the
#    MDR); performance must be watched after deployment, because scanners and protocols change.
#
# And the data themselves: **noisy** (image noise, artefacts, disagreeing labels), **incomplete** (missing
# phases, missing reports, partial outlines), **imbalanced** (few positive cases), and **confidential**
# (section 4).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Wrap-up
#
# **Key takeaways**
#
# - A medical image is a grid of numbers with a physical meaning. In CT, Hounsfield units come from the
#   DICOM header (`RescaleSlope`, `RescaleIntercept`): air -1000, water 0, liver 55 (110 with contrast), bone
#   400-1000. MRI has no such scale.
# - A window (level, width) chooses which HU range the screen shows; it hides everything outside.
# - CT images are reconstructed from projections (sinogram, filtered back-projection); fewer projections
#   means less dose and more artefacts.
# - De-identify headers (names, IDs, dates, institution, UIDs, private tags), and remember the pixels and
#   leaks between data sets.
# - Classification, detection and segmentation answer different questions with different labels and metrics.
#   Report sensitivity and specificity at a threshold chosen for the clinical use, ROC curves and Dice.
# - A U-Net (encoder, decoder, skip connections) trained with Dice + cross-entropy outlines the liver well on
#   the kind of scans it was trained on, and can fail completely on another kind (domain shift).
#   Randomisation and synthetic data reduce the failure; external testing reveals it.

# %% [markdown] slideshow={"slide_type": "slide"}
# **Self-test questions**
#
# 1. A CT file has `RescaleSlope = 1` and `RescaleIntercept = -1024`. A pixel stores 1079. Which tissue is it likely to be?
#    <details><summary>Answer</summary>1079 x 1 - 1024 = 55 HU: soft tissue such as liver without contrast (or muscle).</details>
# 2. Why is the lung window wide (1500 HU) and the liver window narrow (160 HU)?
#    <details><summary>Answer</summary>Lung imaging must show air (-1000), lung (-800) and soft tissue (0-100) together; liver lesions differ from the liver by a few tens of HU, so a narrow window spreads those few HU over the whole grey scale.</details>
# 3. A lesion classifier has AUC 0.93. Which threshold would you use for screening, and on which data do you choose it?
#    <details><summary>Answer</summary>The highest threshold reaching the required sensitivity (e.g. 95 %), chosen on validation data, never on the test set; the test set then gives an honest estimate of sensitivity and specificity.</details>
# 4. Why is the Dice score preferred to pixel accuracy for organ segmentation?
#    <details><summary>Answer</summary>The organ is a small share of the pixels: predicting "nothing" is highly accurate but has Dice 0. Dice only counts the overlap with the organ.</details>
# 5. Your liver model scores Dice 0.94 in its validation. What do you check before using it on your hospital's scans?
#    <details><summary>Answer</summary>That your scans match its validated domain (phase, scanner, population), its performance on a local labelled sample including non-contrast and unusual cases, and errors reviewed with radiologists; then monitor it over time.</details>

# %% [markdown] slideshow={"slide_type": "fragment"}
# **What next?** You now have the whole chain, from a DICOM file to a validated segmentation. To go further on
# real data: MedMNIST (section 10) for small classification tasks; then **MONAI** (PyTorch for medical
# imaging), **nnU-Net** (a self-configuring U-Net that wins many segmentation challenges) and
# **TotalSegmentator** for ready-made CT segmentations. Whatever the tool, keep asking the questions of
# section 12.
