# %% [markdown] slideshow={"slide_type": "slide"}
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/OWNER/REPOSITORY/blob/main/student/07_cnn.ipynb)
#
# # 07 · Convolutional neural networks
#
# > Filters that slide over images: convolution, padding, stride, pooling, receptive fields, and a small CNN that reads handwritten digits.
#
# **Estimated time:** 120 min · **Prerequisites:** 03, 04, 05, 06
#
# A CT slice holds a quarter of a million pixels, a retinal photograph millions, a histology slide billions. A dense network would need hundreds of millions of weights to look at a single CT slice, far more for the others. **Convolutional neural networks** (CNN, réseaux de neurones convolutifs) slide one small filter over the whole image instead: the same idea as the edge and blur filters of image software, except that the network learns its own filters. CNNs screen fundus photographs for diabetic retinopathy, flag lung nodules and grade tumours on slides; this notebook opens the box.
#
# **By the end of this notebook you will be able to:**
# - Compute a 2-D convolution by hand in NumPy, with padding and stride, predict its output size, and check it against PyTorch.
# - Explain why an MLP explodes in parameters on images and how local connectivity and weight sharing fix it.
# - Apply classic filters (edges, Laplacian, blur, sharpen, emboss) to retina and histology images, then bias, ReLU and pooling, and compute how the receptive field grows with depth.
# - Train a small CNN on handwritten digits, compare it over three random splits with a simple baseline, an MLP and an SVM, and inspect its filters, feature maps and mistakes.
# - Use data augmentation and global pooling (images of any size), explain what residual connections fix, and read the ImageNet-era architectures from their published figures.
#
# *For learning only: nothing in this course is a medical device or fit for clinical decisions.*

# %% slideshow={"slide_type": "skip"}
# On Google Colab only: install the course package and the libraries Colab lacks (elsewhere: nothing).
import sys

if "google.colab" in sys.modules:
    import importlib.util
    import os
    import subprocess

    if importlib.util.find_spec("course_utils") is None:  # not installed yet
        package_source = os.environ.get("COURSE_UTILS_SOURCE",
                                        "course-utils @ https://github.com/OWNER/REPOSITORY/archive/refs/heads/main.zip")
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", package_source], check=True)
        importlib.invalidate_caches()
    subprocess.run([sys.executable, "-m", "course_utils.instructor.launch", "colab-install"], check=True)

# %% slideshow={"slide_type": "skip"}
import time

import ipywidgets as ipw
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import torch
import torch.nn as nn
import torch.nn.functional as F
from sklearn.datasets import load_digits
from sklearn.metrics import confusion_matrix
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC
from tqdm.auto import tqdm

import course_utils
from course_utils import checks, i18n, images, plotting, training, widgets
from course_utils.exercises import ____
from course_utils.exercises.cnn import exercise_1, exercise_2, exercise_3, exercise_4

course_utils.setup(lang="en")
plt.rcParams["image.interpolation"] = "nearest"     # draw each pixel as a square: the real pixels, and faster

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. Why not a plain MLP on images?
#
# To a computer, a grey image is a **grid of numbers**: one number per **pixel** (picture element), its
# brightness. With 8 bits per pixel, each number is an integer from 0 (black) to 255 (white). A colour image
# has three such grids (red, green, blue), called **channels**.
#
# Classic machine learning needed a human to turn the grid into a few **features**: "the lesion is 6 mm wide",
# "the cat's ears are pointed". But what if the ears are not in the picture? Deep learning lets the machine
# build its own features from the raw pixels.

# %% [markdown] slideshow={"slide_type": "subslide"}
# In the MLP of notebook 06, every neuron of a **dense layer** is connected to **every** input. Feed it an
# image and each hidden neuron needs one weight per pixel:
#
# $$\text{weights of a dense layer} = (\text{number of inputs}) \times (\text{number of neurons}) + \text{one bias per neuron}.$$
#
# With 1000 hidden neurons:
#
# - a tiny $28 \times 28$ grey image (784 pixels): $784 \times 1000 + 1000 \approx 800\,000$ parameters;
# - a 28-megapixel colour photo ($3$ channels of 8 bits): $84 \times 10^6 \times 1000 \approx 10^{11}$
#   parameters, **for one layer**.

# %% slideshow={"slide_type": ""}
HIDDEN = 1000


def dense_params(n_inputs, n_neurons=HIDDEN):
    return n_inputs * n_neurons + n_neurons          # one weight per input and neuron, plus one bias per neuron


def conv_params(c_in, c_out, k=3):
    return c_out * (c_in * k * k + 1)                # one k x k filter per input channel, plus a bias, per filter


examples = {
    "28 x 28 grey (handwritten digit)": (28 * 28, 1),
    "150 x 150 grey (small X-ray thumbnail)": (150 * 150, 1),
    "512 x 512 grey (one CT slice)": (512 * 512, 1),
    "28-megapixel colour photo": (28_000_000 * 3, 3),
}
rows = []
for name, (n_inputs, channels) in examples.items():
    n_dense = dense_params(n_inputs)
    rows.append({"image": name, "inputs (numbers)": n_inputs,
                 "dense layer, 1000 neurons: parameters": n_dense,
                 "memory in 32-bit floats": f"{n_dense * 4 / 1e6:,.0f} MB",
                 "conv layer, 32 filters 3x3: parameters": conv_params(channels, 32)})
param_table = pd.DataFrame(rows).set_index("image")
param_table.style.format({c: "{:,}" for c in param_table.columns if "memory" not in c})

# %% slideshow={"slide_type": ""}
mlp_28 = param_table.iloc[0]["dense layer, 1000 neurons: parameters"]
mlp_28mp = param_table.iloc[-1]["dense layer, 1000 neurons: parameters"]
checks.between(mlp_28, 7.5e5, 8.5e5, name="dense parameters on a 28 x 28 image (the slide says about 800 000)")
checks.between(np.log10(mlp_28mp), 10.5, 11.5, name="log10 of dense parameters on a 28-megapixel photo (about 11)")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### What a CNN does instead
#
# - **Local connectivity**: each output unit looks only at a small **patch** of the image, e.g. $3 \times 3$
#   pixels, because what matters in an image (an edge, a vessel, a nucleus) is local.
# - **Weight sharing**: the *same* small set of weights, a **filter** or **kernel** (noyau de convolution), is
#   used at every position. A vessel detector that works top-left also works bottom-right.
#
# A layer of 32 filters of size $3 \times 3$ on a grey image has $32 \times (9 + 1) = 320$ parameters, **whatever the
# size of the image** (last column of the table). It also keeps the 2-D layout of the pixels, which a dense layer
# throws away when it flattens the image into a long vector.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Convolution by hand
#
# Put the $3 \times 3$ kernel $K$ on the top-left corner of the image $X$, multiply the 9 pairs of overlapping
# numbers (an element-wise or **Hadamard product**) and add them up: that is one output pixel. Slide the kernel
# one pixel to the right and repeat; at the end of the row, go down one row. With a bias $b$:
#
# $$Y[i, j] = b + \sum_{u=0}^{2} \sum_{v=0}^{2} X[i + u,\ j + v]\; K[u, v].$$
#
# The output $Y$ is called a **feature map** (carte de caractéristiques): it is large where the image looks like
# the kernel.
#
# *Vocabulary note*: mathematicians flip the kernel before sliding it and call the above a cross-correlation.
# Deep-learning libraries do not flip (the network learns its kernels anyway) and still call it convolution; so do we.

# %% slideshow={"slide_type": ""}
X_grid = np.array([[4, 1, 2, 5],
                   [3, 5, 3, 2],
                   [5, 1, 3, 3],
                   [0, 2, 1, 2]], dtype=float)
K_grid = np.array([[1, 0, 1],
                   [0, 1, 1],
                   [1, 0, 1]], dtype=float)

top_left = X_grid[0:3, 0:3] * K_grid          # Hadamard product: 9 multiplications
print(top_left)
print("sum =", top_left.sum())


# %% slideshow={"slide_type": ""}
def conv2d(image, kernel, bias=0.0, padding=0, stride=1):
    # 2-D convolution of one grey image, written out: zero padding, then slide, multiply, add.
    image = np.pad(image, padding)                       # `padding` rings of zeros around the image
    kh, kw = kernel.shape
    out_h = (image.shape[0] - kh) // stride + 1
    out_w = (image.shape[1] - kw) // stride + 1
    out = np.zeros((out_h, out_w))
    for i in range(out_h):
        for j in range(out_w):
            window = image[i * stride:i * stride + kh, j * stride:j * stride + kw]
            out[i, j] = np.sum(window * kernel) + bias
    return out


Y_grid = conv2d(X_grid, K_grid)
Y_grid


# %% slideshow={"slide_type": ""}
def show_numbers(ax, grid, title, highlight=None, cmap="Blues"):
    ax.imshow(grid, cmap=cmap, vmin=min(grid.min(), 0), vmax=grid.max() * 1.6)
    for (i, j), value in np.ndenumerate(grid):
        ax.text(j, i, f"{value:g}", ha="center", va="center", fontsize=13)
    if highlight is not None:                             # (row, col, height, width) of a window
        r, c, h, w = highlight
        ax.add_patch(plt.Rectangle((c - 0.5, r - 0.5), w, h, fill=False, lw=3, ec="black"))
    ax.set_xticks(range(grid.shape[1]))
    ax.set_yticks(range(grid.shape[0]))
    ax.set(xlabel="column j (pixel)", ylabel="row i (pixel)", title=title)
    ax.grid(False)


fig, axes = plt.subplots(1, 3, figsize=(11, 3.8), gridspec_kw={"width_ratios": [4, 3, 2]}, layout="none")
fig.subplots_adjust(left=0.06, right=0.99, bottom=0.12, top=0.8, wspace=0.3)   # fixed margins: faster
show_numbers(axes[0], X_grid, "image X (4 x 4)", highlight=(0, 0, 3, 3))
show_numbers(axes[1], K_grid, "kernel K (3 x 3)", cmap="Oranges")
show_numbers(axes[2], Y_grid, "feature map Y (2 x 2)", highlight=(0, 0, 1, 1), cmap="Greens")
fig.suptitle("Top-left window (black frame) x kernel, summed = top-left output: 4+2+5+3+5+3 = 22", fontweight="bold")
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# The source slide of this example prints the result as $\begin{bmatrix}15 & 12\\ 3 & 9\end{bmatrix}$. Only the
# 15 agrees with our loop: it is the **top-right** window $\begin{bmatrix}1&2&5\\5&3&2\\1&3&3\end{bmatrix}$, the
# one drawn on that slide: $1 + 5 + 3 + 2 + 1 + 3 = 15$. When a hand calculation and code disagree, ask a
# third opinion: PyTorch's `conv2d`, which every CNN in this course uses.

# %% [markdown] slideshow={"slide_type": "notes"}
# Speaker notes: before running the next cell, ask the room to compute the top-right value by hand (15), then
# the bottom-left one (11). Slides are hand-made too; checking a result two independent ways is a habit worth
# teaching.

# %% slideshow={"slide_type": ""}
x_t = torch.tensor(X_grid).reshape(1, 1, 4, 4)        # PyTorch wants (batch, channels, height, width)
k_t = torch.tensor(K_grid).reshape(1, 1, 3, 3)        # and (filters, input channels, height, width)
Y_torch = F.conv2d(x_t, k_t)[0, 0]
print(Y_torch)
checks.close(Y_grid, Y_torch, tol=1e-12, name="our conv2d vs torch.nn.functional.conv2d on the 4 x 4 grid")
checks.close(Y_grid, [[22, 15], [11, 17]], name="feature map of the slide's example")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. Padding, stride and the output size
#
# - Without padding a $3 \times 3$ kernel does not fit centred on the border pixels, so the output **shrinks**
#   ($4 \times 4 \to 2 \times 2$), and border pixels are visited less often than central ones.
# - **Padding** (remplissage) $p$ adds $p$ rings of zeros around the image. With $p = 1$ a $3 \times 3$ kernel
#   keeps the size ("same" padding).
# - **Stride** (pas) $s$ is the step between two kernel positions. With $s = 2$ the output is about half as wide:
#   a cheap way to shrink the image.
#
# For an input of $n$ pixels, a kernel of $k$ pixels, padding $p$ and stride $s$:
#
# $$n_\text{out} = \left\lfloor \frac{n + 2p - k}{s} \right\rfloor + 1$$
#
# ($\lfloor\cdot\rfloor$ rounds down). The same formula holds for width and height.

# %% slideshow={"slide_type": ""}
padded = np.pad(X_grid, 1)
print("padded image (6 x 6):\n", padded.astype(int))
same = conv2d(X_grid, K_grid, padding=1)
strided = conv2d(X_grid, K_grid, padding=1, stride=2)
print("padding 1 -> 4 x 4 output:\n", same)
print("padding 1, stride 2 -> 2 x 2 output:\n", strided)

# %% slideshow={"slide_type": ""}
checks.close(same, F.conv2d(x_t, k_t, padding=1)[0, 0], name="padding 1 vs PyTorch")
checks.close(strided, F.conv2d(x_t, k_t, padding=1, stride=2)[0, 0], name="padding 1, stride 2 vs PyTorch")
checks.equal(images.output_size(4, 3, padding=1, stride=2), strided.shape[0],
             name="formula floor((4 + 2 - 3) / 2) + 1")

# %% [markdown] slideshow={"slide_type": "fragment"}
# The source slides also pad the $4 \times 4$ grid **unevenly**: one ring of zeros, plus one more column on the
# right and one more row at the bottom ($7 \times 7$). Some libraries do this so that a stride-2 kernel also
# covers the last row and column. PyTorch's `F.pad` takes (left, right, top, bottom); Exercise 1 asks for the
# output size.

# %% slideshow={"slide_type": ""}
uneven = F.pad(x_t, (1, 2, 1, 2))                    # 1 column left, 2 right, 1 row top, 2 bottom
print(uneven[0, 0].int())


# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. Pooling
#
# **Pooling** (sous-échantillonnage) shrinks a feature map by summarising each small block, usually $2 \times 2$
# blocks with stride 2:
#
# - **max pooling** keeps the largest value ("was the pattern present somewhere in this block?");
# - **average pooling** keeps the mean.
#
# Why? It **reduces the size** of the layers by a factor (4 times fewer values with $2 \times 2$ blocks), so later
# layers are cheaper; and it makes the network **less sensitive to small shifts**: moving a pattern by one pixel
# inside a block does not change the block's maximum. Pooling has no parameters to learn.

# %% slideshow={"slide_type": ""}
def pool2d(image, size=2, mode="max"):
    # Non-overlapping size x size pooling (stride = size), written out.
    out_h, out_w = image.shape[0] // size, image.shape[1] // size
    out = np.zeros((out_h, out_w))
    for i in range(out_h):
        for j in range(out_w):
            block = image[i * size:(i + 1) * size, j * size:(j + 1) * size]
            out[i, j] = block.max() if mode == "max" else block.mean()
    return out


max_pooled, avg_pooled = pool2d(X_grid), pool2d(X_grid, mode="average")
print("max pooling:\n", max_pooled, "\naverage pooling:\n", avg_pooled)
checks.close(max_pooled, F.max_pool2d(x_t, 2)[0, 0], name="our max pooling vs PyTorch")
checks.close(avg_pooled, F.avg_pool2d(x_t, 2)[0, 0], name="our average pooling vs PyTorch")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Classic filters on real medical images
#
# Long before deep learning, image software used hand-made kernels. Three real images ship inside
# scikit-image (no download needed); we load them as grey levels in [0, 1] (0 = black) and shrink them to 200
# pixels wide so everything runs fast.
#
# - a **fundus photograph** of a normal left eye (retina): the **optic disc** (the bright round spot on the left of
#   the image, where the vessels and the optic nerve leave the eye), the **macula** (the darker centre) and the
#   branching vessels;
# - **immunohistochemistry** (IHC) of colonic glands: a protein stained brown, nuclei blue;
# - a **cell** floating in saline, imaged by digital holography (pixel size 0.107 µm in the original).
#
# They are freely reusable teaching images (`images.image_info(name)` gives each one's source and licence), not
# patients of this course.

# %% slideshow={"slide_type": ""}
SIZE = 200
medical = {name: images.load_medical_image(name, size=SIZE) for name in ("retina", "immunohistochemistry", "cell")}
for name, image in medical.items():
    info = images.image_info(name)
    print(f"{name:21s} {image.shape} grey in [{image.min():.2f}, {image.max():.2f}]  {info['modality']}")
disc_row, disc_col = np.unravel_index(medical["retina"].argmax(), medical["retina"].shape)   # the brightest pixel
checks.true(disc_col < SIZE / 4, f"the optic disc (brightest pixel: row {disc_row}, column {disc_col}) is on the left")

# %% [markdown] slideshow={"slide_type": "subslide"}
# The classic kernels, each a $3 \times 3$ grid of weights:
#
# | kernel | weights | what it does |
# | --- | --- | --- |
# | identity | $\begin{bmatrix}0&0&0\\0&1&0\\0&0&0\end{bmatrix}$ | copies the image |
# | blur (box) | $\frac19\begin{bmatrix}1&1&1\\1&1&1\\1&1&1\end{bmatrix}$ | local average: removes noise, and fine detail |
# | sharpen | $\begin{bmatrix}0&-1&0\\-1&5&-1\\0&-1&0\end{bmatrix}$ | the pixel minus its neighbours, added back: crisper edges |
# | Laplacian | $\begin{bmatrix}0&1&0\\1&-4&1\\0&1&0\end{bmatrix}$ | neighbours minus 4 x centre: zero on flat areas, large on spots, lines and edges |
# | edges (Sobel, left to right) | $\begin{bmatrix}-1&0&1\\-2&0&2\\-1&0&1\end{bmatrix}$ | right minus left: vertical edges |
# | edges (Sobel, top to bottom) | $\begin{bmatrix}-1&-2&-1\\0&0&0\\1&2&1\end{bmatrix}$ | bottom minus top: horizontal edges |
# | emboss (repoussage) | $\begin{bmatrix}-2&-1&0\\-1&1&1\\0&1&2\end{bmatrix}$ | the image plus a diagonal edge detector: a relief, as if lit from the top left |
#
# Kernels whose weights sum to 0 (Laplacian, edges) give 0 on flat regions: they only react to **change**.
# Kernels whose weights sum to 1 (identity, blur, sharpen, emboss) keep the brightness of flat regions.
#
# **Emboss**, taken apart: remove the identity (the centre 1) and what is left,
# $\begin{bmatrix}-2&-1&0\\-1&0&1\\0&1&2\end{bmatrix}$, is "bottom right minus top left", an edge detector along
# the diagonal. Emboss adds it to the image: flat areas keep their grey; where the image gets brighter towards the
# bottom right the result is lighter, where it gets darker the result is darker. The eye reads this as a relief
# lit from the top left.

# %% slideshow={"slide_type": ""}
KERNELS = {
    "identity": np.array([[0, 0, 0], [0, 1, 0], [0, 0, 0]], dtype=float),
    "blur (box)": np.ones((3, 3)) / 9,
    "sharpen": np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], dtype=float),
    "Laplacian": np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], dtype=float),
    "edges (Sobel, left to right)": np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype=float),
    "edges (Sobel, top to bottom)": np.array([[-1, -2, -1], [0, 0, 0], [1, 2, 1]], dtype=float),
    "emboss": np.array([[-2, -1, 0], [-1, 1, 1], [0, 1, 2]], dtype=float),
}
flat = np.full((10, 10), 0.6)                                    # a uniform grey patch
checks.close(conv2d(flat, KERNELS["Laplacian"]), np.zeros((8, 8)), tol=1e-12, name="Laplacian on a flat patch (all zeros)")
checks.close(conv2d(flat, KERNELS["blur (box)"]), np.full((8, 8), 0.6), tol=1e-12, name="blur on a flat patch (brightness kept)")
diagonal_edges = KERNELS["emboss"] - KERNELS["identity"]           # emboss = identity + this edge detector
checks.close(conv2d(flat, diagonal_edges), np.zeros((8, 8)), tol=1e-12, name="emboss minus identity on a flat patch (zeros)")
checks.close(conv2d(flat, KERNELS["emboss"]), np.full((8, 8), 0.6), tol=1e-12, name="emboss on a flat patch (brightness kept)")


# %% [markdown] slideshow={"slide_type": "subslide"}
# Our double loop visits each of the $198 \times 198 \approx 39\,000$ positions one by one in Python: fine for
# learning, slow for a network. The same sum can be written for **all windows at once**: NumPy's
# `sliding_window_view` lists every $3 \times 3$ window (without copying), and one `einsum` multiplies each window by
# the kernel and sums. Same numbers, much faster; PyTorch does the equivalent in optimised C++.

# %% slideshow={"slide_type": ""}
def conv2d_fast(image, kernel, bias=0.0):
    # Same as conv2d (no padding, stride 1), all windows at once.
    windows = np.lib.stride_tricks.sliding_window_view(image, kernel.shape)   # shape (out_h, out_w, kh, kw)
    return np.einsum("ijuv,uv->ij", windows, kernel) + bias


retina = medical["retina"]
start = time.perf_counter()
slow = conv2d(retina, KERNELS["Laplacian"])
t_loop = time.perf_counter() - start
start = time.perf_counter()
fast = conv2d_fast(retina, KERNELS["Laplacian"])
t_fast = time.perf_counter() - start
reference = F.conv2d(torch.tensor(retina)[None, None], torch.tensor(KERNELS["Laplacian"])[None, None])[0, 0]
print(f"loop: {t_loop * 1000:.0f} ms | all windows at once: {t_fast * 1000:.1f} ms | output {fast.shape}")
checks.close(slow, reference, tol=1e-10, name="our loop conv2d vs PyTorch on the retina image")
checks.close(fast, reference, tol=1e-10, name="conv2d_fast vs PyTorch on the retina image")

# %% slideshow={"slide_type": ""}
shown_kernels = [name for name in KERNELS if name != "identity"]   # the identity would only copy the image
fig, axes = plt.subplots(3, 7, figsize=(14, 6.8), layout="none")     # fixed margins: faster than automatic layout
fig.subplots_adjust(left=0.04, right=0.99, bottom=0.05, top=0.85, wspace=0.08, hspace=0.3)
for row, (name, image) in enumerate(medical.items()):
    axes[row, 0].imshow(image, cmap="gray", vmin=0, vmax=1)
    axes[row, 0].set_ylabel(f"{name}\n({image.shape[0]} x {image.shape[1]} pixels)")
    axes[row, 0].set_xlabel("black 0, white 1", fontsize="small")
    for col, kname in enumerate(shown_kernels, start=1):
        out = conv2d_fast(image, KERNELS[kname])
        low, high = np.percentile(out, [1, 99])                   # clip the 1 % extremes for contrast
        axes[row, col].imshow(out, cmap="gray", vmin=low, vmax=high)
        axes[row, col].set_xlabel(f"black {i18n.number(low, '+.2f')}, white {i18n.number(high, '+.2f')}", fontsize="small")   # the response's scale
for col, title in enumerate(["original"] + shown_kernels):
    axes[0, col].set_title(title.replace(" (", "\n("), fontsize="medium")
for ax in axes.ravel():
    ax.set_xticks([])
    ax.set_yticks([])
fig.suptitle("Six classic kernels, one per column, on the image of each row\n(under each panel: the responses drawn "
             "black and white, in grey-level units where 1 = white)", fontweight="bold")
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# What a clinician may notice:
#
# - The **Laplacian** and **edge** kernels light up the retinal vessels, the rim of the optic disc, the outline of
#   the glands and nuclei, the border of the cell: what changes, not what is uniform.
# - **Blur** removes noise, but also tiny details: a microaneurysm of diabetic retinopathy is only a few pixels
#   wide and could vanish.
# - Each kernel answers **one** question. Which questions matter for *this* diagnosis? A CNN learns its kernels
#   from labelled examples instead of us choosing them.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. Bias and ReLU after the convolution
#
# A **convolution layer** of a CNN does exactly what a neuron did in notebook 03, at every position: a weighted
# sum (the kernel), plus a **bias**, through an **activation**, usually ReLU:
#
# $$A[i, j] = \operatorname{ReLU}\big(b + (X * K)[i, j]\big), \qquad \operatorname{ReLU}(z) = \max(0, z).$$
#
# A negative bias acts as a **threshold**: only positions where the kernel's response exceeds $-b$ survive, the rest
# becomes 0. The layer **selects** the pixels where its pattern is clearly present.
#
# Retinal vessels are **darker** than the tissue around them, so the Laplacian (neighbours minus centre) is
# **positive** on them. Below, on the green channel of the fundus photo (where vessels have the best contrast),
# a bias of $-0.04$ then ReLU keeps mainly the vessels.

# %% slideshow={"slide_type": ""}
green = images.load_medical_image("retina", size=SIZE, channel="green")
response = conv2d_fast(green, KERNELS["Laplacian"])
bias = -0.04
vessels = np.maximum(0, response + bias)                          # bias, then ReLU

torch_layer = F.relu(F.conv2d(torch.tensor(green)[None, None], torch.tensor(KERNELS["Laplacian"])[None, None],
                              bias=torch.tensor([bias], dtype=torch.float64)))[0, 0]
checks.close(vessels, torch_layer, tol=1e-10, name="conv + bias + ReLU vs PyTorch")
active = (vessels > 0).mean()
checks.between(active, 0.01, 0.3, name="fraction of pixels kept by the bias + ReLU (a selective map)")

# %% slideshow={"slide_type": ""}
fig, axes = plt.subplots(1, 3, figsize=(13, 4.4), layout="none")     # fixed margins: faster than automatic layout
fig.subplots_adjust(left=0.05, right=0.95, bottom=0.1, top=0.83, wspace=0.45)
panels = [(green, "green channel\nof the fundus photo", "gray", (0, green.max()), "grey level (0 = black, 1 = white)"),
          (response, "Laplacian response\n(negative values too)", "PuOr_r", (-0.15, 0.15), "response (grey-level units)"),
          (vessels, f"ReLU(response {i18n.number(bias, '+.2f')})\n{i18n.number(active, '.0%')} of pixels kept", "magma", (0, 0.1),
           "activation (grey-level units)")]
for ax, (img, title, cmap, (low, high), unit) in zip(axes, panels):
    shown = ax.imshow(img, cmap=cmap, vmin=low, vmax=high)
    ax.set(title=title, xlabel="x (pixels)", ylabel="y (pixels)")
    ax.grid(False)
    fig.colorbar(shown, ax=ax, shrink=0.8, label=unit)
fig.suptitle("A convolution layer = kernel, bias, ReLU: the vessels are selected", fontweight="bold")
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# The bright ring is the rim of the camera's field of view, a sharp dark-to-bright edge that the Laplacian
# also detects. A fixed kernel cannot tell a vessel from a rim; a trained network learns to ignore the rim.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7. Your turn: edit a kernel and watch the image
#
# - The **first slider** loads a preset kernel into the $3 \times 3$ boxes.
# - Then **type your own weights** in the boxes (press Enter or click elsewhere to apply). Try: raise only the
#   centre of the blur (the blur gets weaker and the output range grows: the weights no longer sum to 1); turn "left
#   to right" edges into "right to left"; build a **diagonal** edge detector.
# - Move the **bias** and tick **ReLU** to see what a convolution layer keeps.
#
# The output panel is rescaled for contrast at each change: its colour bar shows the values drawn black and white,
# and the full range is printed underneath.

# %% [markdown] slideshow={"slide_type": "notes"}
# Speaker notes: live demo order that works well: Laplacian on the retina (vessels), then tick ReLU and drag the
# bias down until only vessels remain; switch to the cell image and the Sobel preset; finally, with the blur preset, type
# a centre weight of 9: the weights no longer sum to 1 and the output range printed under the figure jumps.

# %% slideshow={"slide_type": ""}
PRESETS = list(KERNELS)
widget_images = {"retina": medical["retina"], "immunohistochemistry": medical["immunohistochemistry"],
                 "cell": medical["cell"]}

fig = widgets.new_figure(figsize=(9.6, 3.2))
ax_in, ax_k, ax_out, ax_bar = fig.subplots(1, 4, gridspec_kw={"width_ratios": [4, 2.6, 4, 0.25]})
img_in = ax_in.imshow(widget_images["retina"], cmap="gray", vmin=0, vmax=1)
ax_in.set(title="input image", xlabel="x (pixels)", ylabel="y (pixels)", xlim=(-0.5, SIZE - 0.5), ylim=(SIZE - 0.5, -0.5))
img_k = ax_k.imshow(np.zeros((3, 3)), cmap="PuOr_r", vmin=-1, vmax=1)
ax_k.set(xticks=range(3), yticks=range(3), xlabel="column v", ylabel="row u",
         title="kernel K\n(orange > 0, purple < 0)")
img_out = ax_out.imshow(conv2d_fast(widget_images["retina"], KERNELS["identity"]), cmap="gray")
ax_out.set(xlabel="x (pixels)", ylabel="y (pixels)", xlim=(-0.5, SIZE - 2.5), ylim=(SIZE - 2.5, -0.5))
title_out = ax_out.set_title("output")
ax_bar.imshow(np.linspace(1, 0, 64)[:, None], cmap="gray", aspect="auto", extent=(0, 1, 0, 1))  # colour bar of the output
ax_bar.set(xticks=[], yticks=[])
ax_bar.yaxis.set_label_position("right")
ax_bar.set_ylabel("output value")
bar_high = ax_bar.text(1.4, 1, "+0.000", transform=ax_bar.transAxes, va="top", fontsize="small")
bar_low = ax_bar.text(1.4, 0, "+0.000", transform=ax_bar.transAxes, va="bottom", fontsize="small")
for ax in (ax_in, ax_k, ax_out, ax_bar):
    ax.grid(False)


kernel_now = np.zeros((3, 3))                                        # the kernel shown in the 9 boxes
state = {"preset": None, "syncing": False, "image": "retina"}
boxes = [ipw.FloatText(value=0.0, step=0.1, layout=ipw.Layout(width="80px")) for _ in range(9)]


def update_kernel(preset, bias, relu):
    if preset != state["preset"]:                                    # a new preset: copy it into the boxes
        state["preset"], state["syncing"] = preset, True
        kernel_now[:] = KERNELS[preset]
        for box, w in zip(boxes, kernel_now.ravel()):
            box.value = float(w)
        state["syncing"] = False
    out = conv2d_fast(widget_images[state["image"]], kernel_now, bias)   # convolution + bias
    if relu:
        out = np.maximum(out, 0)                                     # then ReLU
    img_out.set_data(out)
    img_out.set_extent((-0.5, out.shape[1] - 0.5, out.shape[0] - 0.5, -0.5))
    low, high = np.percentile(out, [1, 99])                          # contrast: clip the 1 % extremes
    img_out.set_clim(low, high if high > low else low + 1e-6)
    bar_high.set_text(f"{i18n.number(high, '+.3f')}")                                # the colour bar's two ends
    bar_low.set_text(f"{i18n.number(low, '+.3f')}")
    scale = max(np.abs(kernel_now).max(), 1e-6)
    img_k.set_data(kernel_now)
    img_k.set_clim(-scale, scale)
    title_out.set_text("output = ReLU(input * K + b)" if relu else "output = input * K + b")
    edited = "" if np.allclose(kernel_now, KERNELS[preset]) else " (edited)"
    n = i18n.number                                  # 0.5 in English, 0,5 in French
    return (f"{preset}{edited} | kernel sum = {n(kernel_now.sum(), '+.3g')} | output range [{n(out.min(), '+.3f')}, "
            f"{n(out.max(), '+.3f')}] shown from {n(low, '+.3f')} (black) to {n(high, '+.3f')} (white) | {n((out > 0).mean(), '.0%')} of pixels > 0")


preset_slider = ipw.SelectionSlider(options=PRESETS, value="Laplacian", description="preset kernel",
                                    continuous_update=True, style={"description_width": "initial"},
                                    layout=ipw.Layout(width="520px"))
live = widgets.LiveFigure(
    fig, update_kernel, main=True, dynamic=[img_in, img_k, img_out, title_out, bar_high, bar_low],
    preset=preset_slider,
    bias=widgets.slider(0.0, -1.0, 1.0, 0.01, "bias b"),
    relu=ipw.Checkbox(value=False, description="ReLU after the convolution"),
)


def edit_box(change):                     # the student typed a weight: redraw with the new kernel
    if not state["syncing"]:
        kernel_now[:] = np.reshape([box.value for box in boxes], (3, 3))
        live.redraw()


def show_image(name):                     # a new input image: show it, then redraw the output
    state["image"] = name
    source = widget_images[name]
    img_in.set_data(source)
    img_in.set_extent((-0.5, source.shape[1] - 0.5, source.shape[0] - 0.5, -0.5))
    live.redraw()


for box in boxes:
    box.observe(edit_box, names="value")
image_menu = ipw.Dropdown(options=list(widget_images), value="retina", description="image")
live.add_control(image_menu, on_change=show_image)
live.arrange_controls(preset_slider, image_menu,                          # the 9 boxes as a 3 x 3 grid
                      ipw.HTML("<b>kernel weights</b> (type a number, then Enter)"),
                      ipw.GridBox(boxes, layout=ipw.Layout(grid_template_columns="repeat(3, 90px)")),
                      live.controls["bias"], live.controls["relu"])
live

# %% slideshow={"slide_type": "skip"}
# What the widget computes must be the same convolution as before (checked with the Sobel preset)
preset_slider.value = "edges (Sobel, left to right)"
checks.close(img_out.get_array(), conv2d_fast(medical["retina"], KERNELS["edges (Sobel, left to right)"]),
             tol=1e-12, name="widget output after choosing the Sobel preset")
preset_slider.value = "Laplacian"
print(f"last widget update: {live.last_update_ms:.0f} ms")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 8. Translation invariance
#
# Because the **same** kernel is used everywhere, moving a pattern in the image moves its response in the feature
# map by the same amount, and nothing else changes. (Mathematicians call this **equivariance**.) If we then keep only
# the **maximum** of the feature map (global max pooling), the answer no longer depends on *where* the pattern was:
# the network recognises a pattern wherever it sits in the image, that is **translation invariance**.
#
# Below, a fundus image with **microaneurysms** (tiny dark dots, an early sign of diabetic retinopathy) is framed
# twice, as if the patient had moved between two photographs: in the second frame everything sits 12 pixels higher
# and 10 pixels further left.

# %% slideshow={"slide_type": ""}
crop = images.load_medical_image("microaneurysms")                 # 102 x 102, green channel of a fundus photo
DY, DX, SIDE = 12, 10, 84
frame_a = crop[:SIDE, :SIDE]                                         # first photograph
frame_b = crop[DY:DY + SIDE, DX:DX + SIDE]                           # second one: content moved up-left by (12, 10)
fmap_a, fmap_b = conv2d_fast(frame_a, KERNELS["Laplacian"]), conv2d_fast(frame_b, KERNELS["Laplacian"])

# the response moves with the content: compare the part of the scene both frames share
checks.close(fmap_b[:-DY, :-DX], fmap_a[DY:, DX:], tol=1e-12,
             name="feature map of the moved frame = moved feature map")
peak_a = np.unravel_index(fmap_a.argmax(), fmap_a.shape)
peak_b = np.unravel_index(fmap_b.argmax(), fmap_b.shape)
checks.close(fmap_b.max(), fmap_a.max(), tol=1e-12, name="global max pooling: same value in both frames")
print(f"strongest response at (row, column) {tuple(map(int, peak_a))} in frame A, {tuple(map(int, peak_b))} in frame B")

# %% slideshow={"slide_type": ""}
fig, axes = plt.subplots(1, 4, figsize=(17, 4.4), layout="none")     # fixed margins: faster than automatic layout
fig.subplots_adjust(left=0.03, right=0.97, bottom=0.13, top=0.82, wspace=0.5)
limits = np.percentile(fmap_a, [1, 99.5])
for ax, img, title, p, cmap, lims in [
        (axes[0], frame_a, "frame A", None, "gray", (0, 1)),
        (axes[1], fmap_a, "Laplacian map of A", peak_a, "magma", limits),
        (axes[2], frame_b, f"frame B: {DY} px up, {DX} px left", None, "gray", (0, 1)),
        (axes[3], fmap_b, "Laplacian map of B", peak_b, "magma", limits)]:
    shown = ax.imshow(img, cmap=cmap, vmin=lims[0], vmax=lims[1])
    fig.colorbar(shown, ax=ax, shrink=0.8,
                 label="grey level (0 = black)" if p is None else "response (grey-level units)")
    if p is not None:
        ax.plot(p[1], p[0], "o", ms=14, mfc="none", mec=plotting.OKABE_ITO["sky"], mew=2.5, label="maximum")
        ax.legend(loc="lower right", fontsize="small", frameon=True)
    ax.set(title=title, xlabel="x (pixels)", ylabel="y (pixels)")
    ax.grid(False)
fig.suptitle("Move the content, the feature map moves with it; its maximum stays the same", fontweight="bold")
plt.show()


# %% [markdown] slideshow={"slide_type": "fragment"}
# In a real CNN the invariance is only **approximate**: pixels pushed out of the frame are lost, and the dense
# layers at the end of most CNNs do care about positions. Section 11 measures how much, and how **data
# augmentation** helps.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 9. Receptive field: how much of the image does a unit see?
#
# The **receptive field** of a unit is the patch of the input image that can influence it.
#
# - After one $3 \times 3$ convolution: $3 \times 3$ pixels.
# - After two stacked $3 \times 3$ convolutions: each of the 3 x 3 units below sees 3 x 3 pixels, overlapping, so
#   $5 \times 5$. Each extra layer adds 2 pixels: $2L + 1$ after $L$ layers.
#
# Stacking small convolutions lets the network recognise larger and larger structures (edge, then vessel branch,
# then optic disc) with few parameters. But how many $3 \times 3$ layers to see a **100 x 100-pixel** object, say a
# 7 cm tumour on a CT slice with 0.7 mm pixels? $2L + 1 \ge 100$ gives $L = 50$ layers. Too many: the receptive
# field must grow faster.

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Pooling and stride** make it grow faster: after a layer of stride $s$, every later pixel step
# corresponds to $s$ times more input pixels. Keeping track of this "jump" $j$ (the product of the strides so far),
# each layer of kernel $k$ adds $(k - 1) \cdot j$ pixels:
#
# $$r \leftarrow r + (k - 1)\, j, \qquad j \leftarrow j \cdot s, \qquad \text{starting from } r = 1,\ j = 1.$$

# %% slideshow={"slide_type": ""}
def receptive_fields(layers):
    # layers: list of (kernel size, stride); returns the receptive field after each layer.
    r, jump, out = 1, 1, []
    for k, s in layers:
        r = r + (k - 1) * jump
        jump = jump * s
        out.append(r)
    return out


def convs_to_reach(target, design, max_convs=80):
    # number of 3x3 convolutions needed before the receptive field reaches `target` pixels
    for n_convs in range(1, max_convs + 1):
        if receptive_fields(design(n_convs))[-1] >= target:
            return n_convs
    return None


designs = {
    "3x3 convolutions only": lambda n: [(3, 1)] * n,
    "+ 2x2 max pooling after every 2 convolutions": lambda n: sum(([(3, 1), (2, 2)] if i % 2 else [(3, 1)]
                                                                   for i in range(n)), []),
    "3x3 convolutions with stride 2": lambda n: [(3, 2)] * n,
}
needed = {name: convs_to_reach(100, design) for name, design in designs.items()}
pd.Series(needed, name="3x3 convolutions to see 100 x 100 pixels").to_frame()

# %% slideshow={"slide_type": ""}
checks.equal(needed["3x3 convolutions only"], 50, name="3x3 layers to see a 100-pixel object (the slide: about 50)")
checks.true(needed["3x3 convolutions with stride 2"] < needed["+ 2x2 max pooling after every 2 convolutions"] < 15,
            "pooling brings it under 15 layers, stride 2 everywhere even fewer")
checks.true(receptive_fields([(3, 1)] * 50) == images.receptive_field_growth([(3, 1)] * 50),
            "our receptive fields agree with course_utils.images for 50 layers")

# %% slideshow={"slide_type": ""}
fig, ax = plt.subplots(figsize=(8, 4.2), layout="none")              # fixed margins: faster to draw
n_axis = np.arange(1, 61)
for color, (name, design) in zip(plotting.PALETTE, designs.items()):
    fields = [receptive_fields(design(n))[-1] for n in n_axis]
    ax.plot(n_axis, fields, color=color, label=f"{name} ({needed[name]} layers)")
ax.axhline(100, color="black", linestyle="--", linewidth=1, label="object of 100 pixels")
ax.set(yscale="log", xlabel="number of 3x3 convolution layers", ylabel="receptive field (pixels, log scale)",
       title="Pooling and stride make the receptive field grow much faster", ylim=(2, 3000))
ax.legend(loc="lower right", fontsize="small")
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 10. A small CNN that reads digits
#
# Time to **learn** the kernels. We use scikit-learn's handwritten **digits**: 1797 grey images of $8 \times 8$
# pixels, 10 classes (0 to 9). Each pixel counts the inked pixels in a $4 \times 4$ block of the original
# $32 \times 32$ scan, so its grey level goes from 0 (no ink) to 16 (all ink). The digits stand in for small
# medical image patches (a white blood cell on a smear, a histology tile) because a CNN learns them in seconds on a
# laptop.
#
# We keep 25 % of the images as a **test set**, never used for training, and split 15 % of the rest off as a
# **validation set**, used to watch the learning curves and to choose settings. Both splits are **stratified**
# (each keeps the proportion of every digit) and drawn with a seed, so that the whole comparison can be repeated
# on other random splits later.

# %% slideshow={"slide_type": ""}
digits = load_digits()
X_dig = (digits.images / 16.0).astype(np.float32)                  # scale grey levels 0..16 to 0..1
y_dig = digits.target


def split_digits(seed):
    # 25 % test, then 15 % of the rest for validation, with the same proportion of each digit everywhere
    X_rest, X_te, y_rest, y_te = train_test_split(X_dig, y_dig, test_size=0.25, stratify=y_dig, random_state=seed)
    X_tr, X_va, y_tr, y_va = train_test_split(X_rest, y_rest, test_size=0.15, stratify=y_rest, random_state=seed)
    return X_tr, X_va, X_te, y_tr, y_va, y_te


X_train, X_val, X_test, y_train, y_val, y_test = split_digits(seed=0)
print(f"train {len(X_train)} | validation {len(X_val)} | test {len(X_test)} images of {X_dig.shape[1:]} pixels")
fig = plotting.image_grid(X_train[:10], titles=[f"label {d}" for d in y_train[:10]], ncols=10, size=1.2,
                          suptitle="Ten training images (8 x 8 pixels each)")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Who wrote the digits? A leak between training and test
#
# Before trusting any score, read where the data come from. The dataset's own description says:

# %% slideshow={"slide_type": ""}
description = " ".join(digits.DESCR.split())                          # the dataset's documentation, on one line
for start, end in [("This is a copy", "datasets"), ("From a total", "test set.")]:
    first = description.index(start)
    print(description[first:description.index(end, first) + len(end)])
n_writers = 13
print(f"-> {len(y_dig)} images by {n_writers} people: about {len(y_dig) / n_writers:.0f} digits per writer, "
      f"about {len(y_dig) / n_writers / 10:.0f} of each digit")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Only **13 people** wrote our 1797 digits, and scikit-learn does not say who wrote which one. A random split
# therefore puts digits of the **same writers** on both sides: the test asks "can you read more digits from people
# you have already seen?", not "can you read a new person's handwriting?". Every accuracy below may be
# **optimistic** for new writers, by an amount this dataset cannot measure. (The original collection does it
# properly: 3823 training digits by 30 *other* people, and these 1797 as its test set; scikit-learn ships only the
# 1797.)
#
# This is the image version of **patient leakage**: several images of one patient (both eyes, several visits,
# neighbouring slices of one CT scan) land in the training and the test set, and the model is graded partly on
# patients it has already seen. The fix is a **grouped split**: all images of a person go to the same side
# (scikit-learn's `GroupShuffleSplit` or `GroupKFold`, given `groups=` the patient or writer identifier). It needs
# that identifier, so a medical image collection must keep a (pseudonymised) patient number with every image.


# %% [markdown] slideshow={"slide_type": "subslide"}
# ### The architecture
#
# The general shape of a CNN: a **feature-learning** part (convolution, ReLU, pooling, repeated), then a
# **classification** part (dense layers), exactly as in the source slides.
#
# - Block 1: conv 3x3 (16 filters) -> conv 3x3 (32 filters) -> max pool 2x2: $8 \times 8 \to 4 \times 4$.
# - Block 2: conv 3x3 (64 filters) -> max pool 2x2: $4 \times 4 \to 2 \times 2$.
# - Classifier: flatten the $64 \times 2 \times 2 = 256$ numbers, one dense layer to 10 scores (one per digit).
#
# Every convolution is followed by **batch normalisation** and ReLU. Batch normalisation rescales each feature map
# to mean 0 and standard deviation 1 over the mini-batch, then multiplies it by a learned scale and adds a learned
# shift (2 parameters per feature map); it makes training faster and steadier. Padding 1 keeps the size; only
# pooling shrinks it.

# %% slideshow={"slide_type": ""}
def make_cnn():
    return nn.Sequential(
        nn.Conv2d(1, 16, kernel_size=3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
        nn.Conv2d(16, 32, kernel_size=3, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(32, 64, kernel_size=3, padding=1), nn.BatchNorm2d(64), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(64 * 2 * 2, 10),
    )


torch.manual_seed(0)
cnn = make_cnn()
x_probe = torch.zeros(1, 1, 8, 8)
for layer in cnn:
    x_probe = layer(x_probe)
    n_params = sum(p.numel() for p in layer.parameters())
    print(f"{layer.__class__.__name__:12s} -> output {tuple(x_probe.shape[1:])!s:13s} {n_params:6d} parameters")
print(f"total: {training.count_parameters(cnn)} parameters")

# %% slideshow={"slide_type": ""}
# parameters by hand: c_out * (c_in * 3 * 3 + 1) per convolution, 2 * c per batch norm, dense 256 * 10 + 10
by_hand = (conv_params(1, 16) + conv_params(16, 32) + conv_params(32, 64) + 2 * (16 + 32 + 64) + 256 * 10 + 10)
checks.equal(training.count_parameters(cnn), by_hand, name="parameters of the CNN, counted by hand")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Training
#
# Cross-entropy loss, Adam, mini-batches of 64 images, 5 epochs, and a learning rate of 0.003 that decays smoothly
# to 0 ("cosine" schedule). This recipe was set when the notebook was written, never by looking at the test set;
# the learning curves below (training and validation loss) show whether it under- or over-fits. (Two settings in
# `train_model` only make it faster on a CPU: the feature maps are stored "channels last" in memory, and Adam
# updates all the weights in one "fused" pass. The maths is the same; only the rounding of the last digits differs.)

# %% slideshow={"slide_type": ""}
Xt_train, yt_train = training.to_tensors(X_train[:, None], y_train, y_dtype="int64")   # (n, 1, 8, 8)
Xt_val, yt_val = training.to_tensors(X_val[:, None], y_val, y_dtype="int64")
Xt_test = torch.as_tensor(X_test[:, None])
EPOCHS, BATCH = 5, 64


def train_model(model, train_data, val_data, seed=0, lr=3e-3, epochs=EPOCHS):
    model.to(memory_format=torch.channels_last)     # feature maps stored "channels last": same maths, faster on a CPU
    torch.manual_seed(seed)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr, fused=True)   # fused: all the weights updated in one pass
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs)
    wall, cpu = time.perf_counter(), time.process_time()
    history = training.fit(model, train_data, val_data, loss_fn=nn.CrossEntropyLoss(), optimizer=optimizer,
                           scheduler=scheduler, epochs=epochs, batch_size=BATCH, progress=False, seed=seed)
    return history, time.perf_counter() - wall, time.process_time() - cpu


def accuracy(model, X, y):
    return float((training.predict(model, X).argmax(dim=1).numpy() == y).mean())


history_cnn, wall_cnn, cpu_cnn = train_model(cnn, (Xt_train, yt_train), (Xt_val, yt_val))
acc_cnn = accuracy(cnn, Xt_test, y_test)
print(f"CNN: test accuracy {acc_cnn:.1%} | training {wall_cnn:.1f} s wall, {cpu_cnn:.1f} s CPU")

# %% slideshow={"slide_type": ""}
checks.between(acc_cnn, 0.97, 1.0, name="CNN test accuracy (450 unseen digits)")

# %% slideshow={"slide_type": ""}
ax = plotting.plot_history(history_cnn, keys=["train_loss", "val_loss"], ylabel="cross-entropy loss (no unit)",
                           title="CNN learning curves")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Side by side: a simple baseline, an MLP, an SVM and the CNN
#
# A score means little alone: 99 % is impressive only if simple methods get much less. On the same images:
#
# - **nearest centroid**, the simple baseline: average the training images of each digit into one "typical" 0,
#   1, ..., 9, then give each test image the label of the closest average (closest: the smallest sum of squared
#   pixel differences). It learns nothing but these 10 averages;
# - an **MLP** (notebook 06) on the 64 pixels flattened: 64 -> 128 -> 64 -> 10, trained like the CNN except for its
#   learning rate (0.003 or 0.01) and number of epochs (6 or 20), chosen on the **validation** set. One of its
#   epochs takes a fraction of a CNN epoch (printed below), so trying four settings is cheap; tuning the MLP more
#   than the CNN can only favour the MLP;
# - a **support vector machine** (SVM, notebook 01) with an RBF kernel on the same 64 numbers (scikit-learn's `SVC`
#   with its default settings); its "parameters" are the stored support vectors and their weights.

# %% slideshow={"slide_type": ""}
def nearest_centroid(X_tr, y_tr, X_new):
    # the average image of each digit, then for each new image the digit whose average is closest
    centroids = np.stack([X_tr[y_tr == digit].mean(axis=0) for digit in range(10)])    # (10, 8, 8)
    distances = ((X_new[:, None] - centroids[None]) ** 2).sum(axis=(2, 3))            # (n_new, 10)
    return distances.argmin(axis=1), centroids


wall = time.perf_counter()
pred_centroid, centroids = nearest_centroid(X_train, y_train, X_test)
wall_centroid = time.perf_counter() - wall                      # "training" (10 averages) and predicting together
acc_centroid = float((pred_centroid == y_test).mean())
print(f"nearest centroid: test accuracy {acc_centroid:.1%}")
fig = plotting.image_grid(centroids, titles=[f"average {d}" for d in range(10)], ncols=10, size=1.2, vmin=0, vmax=1,
                          suptitle="The 10 averages of the nearest-centroid baseline (training images only)")
fig.colorbar(fig.axes[0].images[0], ax=fig.axes, shrink=0.8, label="mean grey level")
plt.show()


# %% slideshow={"slide_type": ""}
def make_mlp():
    return nn.Sequential(nn.Flatten(), nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 10))


mlp_runs = {}                                   # (learning rate, epochs) -> (model, history, wall time, CPU time)
for lr in (3e-3, 1e-2):
    for epochs in (6, 20):
        torch.manual_seed(0)
        candidate = make_mlp()
        mlp_runs[(lr, epochs)] = (candidate, *train_model(candidate, (Xt_train, yt_train), (Xt_val, yt_val), lr=lr,
                                                          epochs=epochs))
        print(f"MLP, learning rate {lr}, {epochs:2d} epochs: validation accuracy "
              f"{accuracy(candidate, Xt_val, y_val):.1%}")
mlp_setting = max(mlp_runs, key=lambda key: accuracy(mlp_runs[key][0], Xt_val, y_val))   # on validation, not test
mlp, history_mlp, wall_mlp, cpu_mlp = mlp_runs[mlp_setting]
acc_mlp = accuracy(mlp, Xt_test, y_test)

wall = time.perf_counter()
svm = SVC().fit(X_train.reshape(len(X_train), -1), y_train)
wall_svm = time.perf_counter() - wall
acc_svm = float((svm.predict(X_test.reshape(len(X_test), -1)) == y_test).mean())
svm_numbers = svm.support_vectors_.size + svm.dual_coef_.size + svm.intercept_.size

comparison = pd.DataFrame({
    "test accuracy": [acc_centroid, acc_mlp, acc_svm, acc_cnn],
    "parameters (numbers learned)": [centroids.size, training.count_parameters(mlp), svm_numbers,
                                     training.count_parameters(cnn)],
    "training time (s)": [wall_centroid, wall_mlp, wall_svm, wall_cnn],
}, index=["nearest centroid", "MLP", "SVM (RBF)", "CNN"])
print(f"MLP setting chosen on the validation set: learning rate {mlp_setting[0]}, {mlp_setting[1]} epochs")
print(f"time per training epoch: MLP {1000 * wall_mlp / mlp_setting[1]:.0f} ms, CNN {1000 * wall_cnn / EPOCHS:.0f} ms")
comparison.style.format({"test accuracy": "{:.1%}", "parameters (numbers learned)": "{:,}",
                         "training time (s)": "{:.2f}"})

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### One split can be lucky: three splits
#
# On 450 test images, one image is 0.2 accuracy points, and a different random split can move a score by a point or
# more (measured below). Before saying that one model beats another, we repeat the whole comparison (split,
# training, test) with seeds 0, 1 and 2, and look at the spread. Seed 0 is the split above; the other two retrain
# every model.

# %% slideshow={"slide_type": ""}
def compare_on_split(seed, mlp_setting):
    # the whole comparison on another random split; the MLP keeps the setting chosen on split 0's validation set
    X_tr, X_va, X_te, y_tr, y_va, y_te = split_digits(seed)
    train_data = training.to_tensors(X_tr[:, None], y_tr, y_dtype="int64")
    val_data = training.to_tensors(X_va[:, None], y_va, y_dtype="int64")
    X_te_t = torch.as_tensor(X_te[:, None])
    scores = {"nearest centroid": float((nearest_centroid(X_tr, y_tr, X_te)[0] == y_te).mean())}
    for name, make, (lr, epochs) in [("MLP", make_mlp, mlp_setting), ("CNN", make_cnn, (3e-3, EPOCHS))]:
        torch.manual_seed(seed)
        model = make()
        train_model(model, train_data, val_data, seed=seed, lr=lr, epochs=epochs)
        scores[name] = accuracy(model, X_te_t, y_te)
    svm_seed = SVC().fit(X_tr.reshape(len(X_tr), -1), y_tr)
    scores["SVM (RBF)"] = float((svm_seed.predict(X_te.reshape(len(X_te), -1)) == y_te).mean())
    return scores


split_scores = {0: {"nearest centroid": acc_centroid, "MLP": acc_mlp, "CNN": acc_cnn, "SVM (RBF)": acc_svm}}
for seed in tqdm([1, 2], desc="two more splits"):
    split_scores[seed] = compare_on_split(seed, mlp_setting)
spread = pd.DataFrame(split_scores).rename(columns=lambda seed: f"split {seed}")
spread["mean"], spread["lowest"], spread["highest"] = spread.mean(axis=1), spread.min(axis=1), spread.max(axis=1)
spread = spread.loc[["nearest centroid", "MLP", "SVM (RBF)", "CNN"]]
spread.style.format("{:.1%}")

# %% slideshow={"slide_type": ""}
splits = ["split 0", "split 1", "split 2"]
cnn_minus_mlp = spread.loc["CNN", splits] - spread.loc["MLP", splits]
cnn_minus_svm = spread.loc["CNN", splits] - spread.loc["SVM (RBF)", splits]
print("CNN minus MLP, in accuracy points, split by split:", ", ".join(f"{100 * d:+.1f}" for d in cnn_minus_mlp))
print("CNN minus SVM, in accuracy points, split by split:", ", ".join(f"{100 * d:+.1f}" for d in cnn_minus_svm))
checks.true(cnn_minus_mlp.min() > 0, "the CNN beats the MLP on every split (same test images for both)")
learned_lowest = spread.loc[["MLP", "SVM (RBF)", "CNN"], "lowest"].min()
checks.true(learned_lowest > spread.loc["nearest centroid", "highest"] + 0.03,
            "every learned model is more than 3 points above the nearest-centroid baseline on every split")
checks.true(abs(cnn_minus_svm).max() < 0.02, "CNN and SVM stay within 2 points of each other on every split")

# %% [markdown] slideshow={"slide_type": "fragment"}
# How to read it (times on a shared computer are noisy; the pattern is what counts):
#
# - The **baseline** already reads about 9 digits in 10 with nothing but 10 average images: that, not 0 %, is the
#   bar a learned model must clear.
# - The **CNN beats the MLP** on every split (by 1 to 2 points, 5 to 7 test images), with parameters of the same
#   order (26 090 for the CNN, 17 226 for the MLP) and although the MLP's settings were tuned: the CNN's filters
#   reuse the same weights everywhere.
# - The **SVM and the CNN** stay within about a point of each other, a handful of the 450 test images, and the
#   difference changes from split to split (line above): three splits cannot tell them apart. On tiny, centred
#   $8 \times 8$ images a classic method is a strong baseline, always worth trying. CNNs are known to pull
#   ahead on large photographs (every ImageNet winner, from AlexNet in 2012 to the last challenge in 2017, was a
#   CNN: section 13) and, as section 11 measures, on shifted images.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Which digits does it confuse?
#
# In medicine, a single accuracy hides *which* cases are missed. For each class, the **sensitivity**
# (recall) is the fraction of its images that were recognised; the confusion matrix shows where the others went.

# %% slideshow={"slide_type": ""}
logits_test = training.predict(cnn, Xt_test)
proba_test = torch.softmax(logits_test, dim=1).numpy()
pred_cnn = proba_test.argmax(axis=1)
cm = confusion_matrix(y_test, pred_cnn)
sensitivity = cm.diagonal() / cm.sum(axis=1)

fig, (ax_cm, ax_sens) = plt.subplots(1, 2, figsize=(12, 4.6), gridspec_kw={"width_ratios": [1.1, 1]}, layout="none")
fig.subplots_adjust(wspace=0.25)                                       # fixed margins: faster to draw
ax_cm.imshow(cm, cmap="Blues")
for (i, j), v in np.ndenumerate(cm):
    if v:
        ax_cm.text(j, i, v, ha="center", va="center", color="white" if v > cm.max() / 2 else "black")
ax_cm.set(xticks=range(10), yticks=range(10), xlabel="predicted digit", ylabel="true digit",
          title=f"CNN confusion matrix (test, accuracy {i18n.number(acc_cnn, '.1%')})")
ax_cm.grid(False)
sens_bars = ax_sens.bar(range(10), sensitivity * 100, color=plotting.OKABE_ITO["green"])
ax_sens.bar_label(sens_bars, labels=[f"{cm[d, d]}/{cm[d].sum()}" for d in range(10)], fontsize="small")
ax_sens.set(xticks=range(10), ylim=(0, 112), yticks=range(0, 101, 20), xlabel="true digit",
            ylabel="sensitivity (recall, %)", title="Sensitivity per digit (on each bar: recognised / all)")
plt.show()
checks.between(sensitivity.min(), 0.9, 1.0, name="lowest per-digit sensitivity")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### What did it learn? Filters and feature maps
#
# The 16 kernels of the first layer are $3 \times 3$ grids of learned weights (orange positive, purple negative).
# Several are positive on one side and negative on the other, like the edge detectors of section 5: nobody told
# the network about edges. Below them, one test digit seen through the filters of the first two layers.

# %% slideshow={"slide_type": ""}
first_filters = cnn[0].weight.detach()[:, 0].numpy()                 # (16, 3, 3)
limit = np.abs(first_filters).max()
fig = plotting.image_grid(first_filters, titles=[f"filter {i + 1}" for i in range(16)], ncols=8, size=1.3,
                          cmap="PuOr_r", vmin=-limit, vmax=limit,
                          suptitle="The 16 learned 3x3 kernels of layer 1 (orange: positive weight, purple: negative)")
fig.colorbar(fig.axes[0].images[0], ax=fig.axes[7::8], shrink=0.8, label="weight (no unit)")   # right of the grid
plt.show()

# %% slideshow={"slide_type": ""}
example = Xt_test[:1]                                                  # one test digit
with torch.no_grad():
    maps_1 = cnn[:3](example)[0].numpy()                              # after conv 1 + batch norm + ReLU: 16 maps
    maps_2 = cnn[:6](example)[0].numpy()                              # after conv 2: 32 maps
fig, axes = plt.subplots(2, 7, figsize=(12, 4.2), layout="none")     # fixed margins: faster than automatic layout
fig.subplots_adjust(left=0.01, right=0.93, bottom=0.02, top=0.82, wspace=0.15, hspace=0.35)
for row, (maps, name) in enumerate([(maps_1, "layer 1"), (maps_2, "layer 2")]):
    axes[row, 0].imshow(X_test[0], cmap="gray", vmin=0, vmax=1)
    axes[row, 0].set_title(f"input (a {y_test[0]})", fontsize="small")
    top = maps[:6].max()                                                # one colour scale per layer
    for k in range(6):
        shown = axes[row, k + 1].imshow(maps[k], cmap="magma", vmin=0, vmax=top)
        axes[row, k + 1].set_title(f"map {k + 1}", fontsize="small")
    fig.colorbar(shown, ax=axes[row, :], fraction=0.02, pad=0.01, label=f"{name}:\nactivation (no unit)")
for ax in axes.ravel():
    ax.set(xticks=[], yticks=[])                                       # no ticks: faster to draw
    ax.axis("off")
fig.suptitle("Feature maps, the first 6 of each layer (layer 1 has 16, layer 2 has 32), 8 x 8 pixels each\n"
             "bright = strong response; layer 2 combines layer-1 patterns", fontweight="bold")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Its mistakes
#
# Looking at the errors is the first thing to do with any classifier: are they understandable (a badly
# written digit), or a sign of a problem with the data?

# %% slideshow={"slide_type": ""}
wrong = np.flatnonzero(pred_cnn != y_test)
print(f"{len(wrong)} mistakes out of {len(y_test)} test images")
if len(wrong):
    fig = plotting.image_grid(X_test[wrong[:10]],
                              titles=[f"true {y_test[i]} -> {pred_cnn[i]}\n(p = {i18n.number(proba_test[i].max(), '.2f')})"
                                      for i in wrong[:10]],
                              ncols=min(len(wrong), 10), size=1.5, suptitle="Test digits the CNN got wrong")
    plt.show()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 11. Data augmentation
#
# A model only knows what its training images showed it. **Data augmentation** creates new, plausible training
# images from the ones we have: shifted by a pixel or two, slightly rotated, mirrored, a little brighter. Each
# epoch sees different random versions, so the network learns that these changes do not alter the label.
#
# The change must **keep the label true**:
#
# - a mirrored "2" is not a 2; a left-right mirrored chest X-ray shows the heart on the right (dextrocardia):
#   **no flips** for these;
# - a histology tile or a cell has no "up": flips and any rotation are fine;
# - brightness and contrast changes mimic another scanner or stain (more in notebook 09).

# %% slideshow={"slide_type": ""}
tile = medical["immunohistochemistry"][60:140, 60:140]                 # an 80 x 80-pixel histology tile
gallery = {
    "original": tile,
    "shifted (8, -10) px": images.shift_images(tile, 8, -10),
    "rotated 20°": images.rotate_images(tile, 20),
    "mirrored (flipped)": tile[:, ::-1],                              # a left-right flip is just reversed columns
    "random mix": images.random_augment(tile, max_shift=8, max_degrees=30, hflip=True, vflip=True, seed=3),
}
checks.close(images.flip_images(tile), tile[:, ::-1], name="flip_images vs reversing the columns")
fig = plotting.image_grid(list(gallery.values()), titles=list(gallery), ncols=5, size=2.2, vmin=0, vmax=1,
                          suptitle="Label-preserving changes of a histology tile (80 x 80 pixels)")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# First, how robust are our four models? We move every test digit by up to one pixel in each direction
# (at random, seeded): the digits stay perfectly readable for a human.

# %% slideshow={"slide_type": ""}
X_test_shifted = images.random_augment(X_test, max_shift=1, seed=123)     # (450, 8, 8), each moved by -1, 0 or +1
Xt_test_shifted = torch.as_tensor(X_test_shifted[:, None])
acc_shifted = {
    "nearest centroid": float((nearest_centroid(X_train, y_train, X_test_shifted)[0] == y_test).mean()),
    "MLP": accuracy(mlp, Xt_test_shifted, y_test),
    "SVM (RBF)": float((svm.predict(X_test_shifted.reshape(len(X_test), -1)) == y_test).mean()),
    "CNN": accuracy(cnn, Xt_test_shifted, y_test),
}
print("accuracy on shifted test digits:", {k: f"{v:.1%}" for k, v in acc_shifted.items()})
checks.true(acc_shifted["CNN"] < acc_cnn - 0.1, "a one-pixel shift costs the CNN more than 10 accuracy points")
sideways = {dx: accuracy(cnn, torch.as_tensor(images.shift_images(X_test, 0, dx)[:, None]), y_test) for dx in (-1, 1)}
edge_ink = X_dig[:, :, [0, -1]].sum() / X_dig.sum()                 # share of all the ink in the two edge columns
print(f"CNN, every test digit moved one pixel left: {sideways[-1]:.1%}, right: {sideways[1]:.1%} "
      f"(the leftmost and rightmost columns hold {edge_ink:.1%} of the ink)")
checks.true(max(sideways.values()) < acc_cnn - 0.05, "a one-pixel move left or right costs the CNN more than 5 points")

# %% [markdown] slideshow={"slide_type": "subslide"}
# All four collapse, the CNN least. Its convolutions shift with the image, but its final dense layer reads fixed
# positions of a tiny $2 \times 2$ map, and it has only ever seen centred digits: even a move to the left or right,
# which pushes out an edge column holding almost no ink, costs it more than 5 points (printed above). Now we train
# the **same** CNN again, showing it randomly shifted (up to 1 pixel) and rotated (up to 10°) digits, new ones at
# every epoch (`images.AugmentedLoader`).

# %% slideshow={"slide_type": ""}
torch.manual_seed(0)
cnn_aug = make_cnn()
augmented_batches = images.AugmentedLoader(Xt_train, yt_train, batch_size=BATCH, seed=0, max_shift=1, max_degrees=10)
history_aug, wall_aug, cpu_aug = train_model(cnn_aug, augmented_batches, (Xt_val, yt_val))
acc_aug, acc_aug_shifted = accuracy(cnn_aug, Xt_test, y_test), accuracy(cnn_aug, Xt_test_shifted, y_test)

comparison["shifted test accuracy"] = [acc_shifted[k] for k in comparison.index]
comparison.loc["CNN + augmentation"] = [acc_aug, training.count_parameters(cnn_aug), wall_aug, acc_aug_shifted]
comparison.style.format({"test accuracy": "{:.1%}", "shifted test accuracy": "{:.1%}",
                         "parameters (numbers learned)": "{:,.0f}", "training time (s)": "{:.2f}"})

# %% slideshow={"slide_type": ""}
checks.between(acc_aug_shifted, 0.95, 1.0, name="augmented CNN on shifted digits")
checks.true(acc_aug_shifted > acc_shifted["CNN"] + 0.1, "augmentation adds more than 10 points on shifted digits")
checks.between(acc_aug, 0.97, 1.0, name="augmented CNN on the original test digits")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Same architecture, same number of parameters: the augmented CNN keeps its accuracy on the original digits (within
# a few test images) and barely notices the shifts. We chose the training shifts to match the test shifts (up to
# one pixel); real changes between hospitals are not known in advance. In medical imaging, where labelled images
# are scarce and scanners differ, augmentation is one of the cheapest ways to make a model more robust, but it does
# not replace testing on images from **other hospitals**.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 12. Images of any size: global pooling
#
# Medical images rarely share one size: a CT slice is often $512 \times 512$ pixels, a mammogram thousands of
# pixels wide, a skin photograph whatever the camera gives. Can one CNN read them all?
#
# The convolutions and poolings can: the same small filters slide over any image, and a bigger image simply gives
# bigger feature maps. The problem is the **dense layer** at the end of our CNN: it has one weight for each of the
# $64 \times 2 \times 2 = 256$ numbers it receives from an $8 \times 8$ digit.

# %% slideshow={"slide_type": ""}
for side in (8, 16):
    reaching = training.predict(cnn[:-1], torch.zeros(1, 1, side, side)).shape[1]   # all layers but the dense one
    print(f"{side:2d} x {side:2d} image -> {reaching:4d} numbers reach the dense layer, "
          f"which has weights for {cnn[-1].in_features}")

# %% [markdown] slideshow={"slide_type": "subslide"}
# The fix is **global average pooling**: instead of flattening the feature maps, take the **average of each map**,
# whatever its size. 64 feature maps give 64 numbers, for an $8 \times 8$ digit as for a $512 \times 512$ slice, and
# the dense layer needs only $64 \times 10 + 10$ weights. PyTorch calls it `nn.AdaptiveAvgPool2d(1)` ("adaptive":
# the pooling window adapts to the map, so that the output is $1 \times 1$ per map).
#
# Below, our CNN with its last two layers replaced (untrained: we only check what comes out) reads three image sizes.

# %% slideshow={"slide_type": ""}
torch.manual_seed(0)
cnn_any_size = nn.Sequential(*make_cnn()[:-2],                        # the same convolutions and poolings
                             nn.AdaptiveAvgPool2d(1), nn.Flatten(),     # the average of each of the 64 maps
                             nn.Linear(64, 10))                         # 64 numbers -> 10 scores
score_shapes = {}
for height, width in [(8, 8), (16, 16), (12, 20)]:
    score_shapes[(height, width)] = tuple(training.predict(cnn_any_size, torch.zeros(1, 1, height, width)).shape)
    print(f"{height:2d} x {width:2d} image -> scores of shape {score_shapes[(height, width)]}")
checks.true(all(shape == (1, 10) for shape in score_shapes.values()),
            "global average pooling: 10 scores whatever the image size")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Two cautions before feeding any image to such a network:
#
# - **Any size is not any scale.** A network trained on $8 \times 8$ digits has filters for strokes one or two
#   pixels wide; the same digit drawn four times larger is a new problem for it. Many medical pipelines therefore
#   first **resample** every image to the same pixel size in millimetres, so that an organ covers about as many
#   pixels in every image; global pooling then copes with different fields of view.
# - **The average forgets where.** Global pooling answers "is the pattern somewhere in the image?", which suits
#   "is there a nodule on this slice?", not "where is it?" (detection and segmentation keep the maps, notebook 09).
#
# Among the ImageNet networks of the next section, Inception, ResNet and DenseNet end with global average pooling
# (AlexNet and VGG still flatten into large dense layers); section 14 feeds ResNet-18 three image sizes.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 13. Deeper and deeper: the ImageNet era
#
# **ImageNet** is a collection of about 14 million photographs sorted into about 22 000 categories; its yearly
# challenge (2010-2017) used 1000 of these classes, with about 1.28 million photographs for training and 50 000 for
# validation. In 2012 **AlexNet**, a CNN trained on two graphics cards (GPUs), won the challenge by a wide margin:
# the start of the deep-learning boom. Deeper networks followed: **VGG** (2014, only stacked 3x3 convolutions, as in
# section 9), **Inception** (its version 3 in 2015), **ResNet** (2015, up to 152 layers, the "revolution of depth")
# and **DenseNet** (2016).
#
# The source lecture shows a table of these networks without its source, and several of its figures are wrong
# (compared below). We use the figures published with the reference implementations of **torchvision**
# (PyTorch's image library), for its weights trained on ImageNet:
#
# - **top-1 accuracy**: the % of the 50 000 validation images whose *first* guess, out of 1000 classes, is right;
#   one crop of $224 \times 224$ pixels per image ($299 \times 299$ for Inception-v3);
# - **parameters** (millions), the whole network;
# - **compute**: billions of multiply-adds for one image (one multiplication and one addition, like each term of a
#   convolution's sum). torchvision calls this column "GFLOPS"; section 14 recounts it for ResNet-18;
# - **weights file** (MB): about 4 bytes per parameter (each weight is a 32-bit number).
#
# The year is when the paper first appeared (as a preprint on arXiv, or at the conference for AlexNet).

# %% slideshow={"slide_type": ""}
# Published figures of torchvision's ImageNet weights (IMAGENET1K_V1): acc@1, num_params, GFLOPS, file size.
# Source: https://pytorch.org/vision/stable/models.html (classification table) and each model's page.
architectures = pd.DataFrame(
    [(2012, "AlexNet", 56.522, 61_100_840, 0.714, 233.087),
     (2014, "VGG-19", 72.376, 143_667_240, 19.632, 548.051),
     (2015, "Inception-v3", 77.294, 27_161_264, 5.713, 103.903),
     (2015, "ResNet-18", 69.758, 11_689_512, 1.814, 44.661),
     (2015, "ResNet-50", 76.130, 25_557_032, 4.089, 97.781),
     (2015, "ResNet-101", 77.374, 44_549_160, 7.801, 170.511),
     (2015, "ResNet-152", 78.312, 60_192_808, 11.514, 230.434),
     (2016, "DenseNet-121", 74.434, 7_978_856, 2.834, 30.845),
     (2016, "DenseNet-169", 75.600, 14_149_480, 3.360, 54.708),
     (2016, "DenseNet-201", 76.896, 20_013_928, 4.291, 77.373)],
    columns=["year", "model", "top-1 accuracy (%)", "parameters", "compute (G multiply-adds)", "weights file (MB)"],
).set_index("model")
architectures.insert(2, "parameters (M)", architectures.pop("parameters") / 1e6)
bytes_per_parameter = architectures["weights file (MB)"] * 2**20 / (architectures["parameters (M)"] * 1e6)
checks.between(bytes_per_parameter.min(), 3.9, 4.1, name="smallest weights file, in bytes per parameter")
checks.between(bytes_per_parameter.max(), 3.9, 4.1, name="largest weights file, in bytes per parameter")
architectures.style.format({"top-1 accuracy (%)": "{:.1f}", "parameters (M)": "{:.1f}",
                            "compute (G multiply-adds)": "{:.2f}", "weights file (MB)": "{:.0f}"})

# %% [markdown] slideshow={"slide_type": ""}
# *Sources.* Figures: torchvision's model documentation, https://pytorch.org/vision/stable/models.html (weights
# IMAGENET1K_V1; torchvision's AlexNet is the single-GPU variant Krizhevsky described in 2014). Papers: Krizhevsky,
# Sutskever & Hinton, NIPS 2012 (AlexNet); Simonyan & Zisserman, arXiv 2014, ICLR 2015 (VGG); Szegedy et al.,
# arXiv 2015, CVPR 2016 (Inception-v3); He, Zhang, Ren & Sun, arXiv 2015, CVPR 2016 (ResNet); Huang, Liu, van der
# Maaten & Weinberger, arXiv 2016, CVPR 2017 (DenseNet). ResNet-18's 10-crop error: He et al., Table 2. Newer
# ResNet-50 recipe: torchvision's ResNet50_Weights.IMAGENET1K_V2.

# %% slideshow={"slide_type": ""}
fig, ax = plt.subplots(figsize=(9, 5), layout="none")                # fixed margins: faster to draw
families = {"AlexNet": "black", "VGG": "orange", "Inception": "purple", "ResNet": "green", "DenseNet": "sky"}
label_offsets = {"Inception-v3": (-20, 9), "DenseNet-201": (-75, 6), "DenseNet-169": (-78, -4),
                 "ResNet-50": (7, -10), "DenseNet-121": (-80, -4)}       # points; the others go to the right
for family, color in families.items():
    rows = architectures[architectures.index.str.startswith(family)]
    ax.scatter(rows["parameters (M)"], rows["top-1 accuracy (%)"], s=30 + 12 * rows["compute (G multiply-adds)"],
               color=plotting.OKABE_ITO[color], label=family, alpha=0.85, edgecolor="white")
    for model, row in rows.iterrows():
        ax.annotate(model, (row["parameters (M)"], row["top-1 accuracy (%)"]), textcoords="offset points",
                    xytext=label_offsets.get(model, (7, -4)), fontsize="small")
ax.set(xscale="log", xlabel="parameters (millions, log scale)", ylabel="ImageNet top-1 accuracy (%)",
       xlim=(4, 250), ylim=(52, 82),
       title="Across families, design matters more than size\n(marker area: compute per image)")
ax.set_xticks([5, 10, 20, 50, 100, 200], labels=["5", "10", "20", "50", "100", "200"])
legend = ax.legend(loc="lower right")
for handle in legend.legend_handles:
    handle.set_sizes([50])                                            # same marker size for every family
ax.add_artist(legend)                                                 # keep it when the second legend is drawn
area_keys = [ax.scatter([], [], s=30 + 12 * g, color="grey", alpha=0.5, edgecolor="white", label=f"{g} G")
             for g in (1, 5, 20)]                                     # the marker area of three compute values
ax.legend(handles=area_keys, loc="lower left", ncols=3, title="compute (G multiply-adds)", fontsize="small")
plt.show()

# %% slideshow={"slide_type": ""}
alex, dense = architectures.loc["AlexNet"], architectures.loc["DenseNet-121"]
vgg, res50 = architectures.loc["VGG-19"], architectures.loc["ResNet-50"]
print(f"DenseNet-121 vs AlexNet: {dense['top-1 accuracy (%)'] - alex['top-1 accuracy (%)']:+.1f} points with "
      f"{alex['parameters (M)'] / dense['parameters (M)']:.1f} times fewer parameters")
print(f"ResNet-50 vs VGG-19: {res50['top-1 accuracy (%)'] - vgg['top-1 accuracy (%)']:+.1f} points with "
      f"{vgg['parameters (M)'] / res50['parameters (M)']:.1f} times fewer parameters and "
      f"{vgg['compute (G multiply-adds)'] / res50['compute (G multiply-adds)']:.1f} times less compute")
checks.true(dense["top-1 accuracy (%)"] > alex["top-1 accuracy (%)"] + 15
            and dense["parameters (M)"] < alex["parameters (M)"] / 7,
            "DenseNet-121: over 15 points above AlexNet with 7 times fewer parameters")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Checking the source lecture's table
#
# The lecture's table gives other figures. Side by side with the published ones:

# %% slideshow={"slide_type": ""}
deck = pd.DataFrame({                                   # the source lecture's table, copied as it is
    "top-1 accuracy (%)": [56.48, 72.38, 79.35, 76.82, 78.07, 77.35, 78.28, 78.46, 75.56, 76.87],
    "parameters (M)": [61.10, 20.08, 6.25, 11.22, 23.70, 42.70, 58.34, 7.05, 12.64, 18.28],
    "compute (G multiply-adds)": [0.72, 0.40, 1.53, 0.56, 1.30, 2.52, 3.74, 0.90, 1.07, 1.38],
}, index=architectures.index)
final_features = {"AlexNet": 4096, "VGG-19": 4096, "Inception-v3": 2048, "ResNet-18": 512, "ResNet-50": 2048,
                  "ResNet-101": 2048, "ResNet-152": 2048, "DenseNet-121": 1024, "DenseNet-169": 1664,
                  "DenseNet-201": 1920}                # numbers entering each network's last (1000-class) layer
deck_check = pd.DataFrame({
    "accuracy: lecture minus published (points)": deck["top-1 accuracy (%)"] - architectures["top-1 accuracy (%)"],
    "parameters: published minus lecture (M)": architectures["parameters (M)"] - deck["parameters (M)"],
    "last layer's parameters (M)": pd.Series(final_features) * 1001 / 1e6,      # (features + 1 bias) x 1000
    "compute: published / lecture": architectures["compute (G multiply-adds)"] / deck["compute (G multiply-adds)"],
})
deck_check.style.format("{:.2f}")

# %% slideshow={"slide_type": ""}
agree = deck_check.index[deck_check["accuracy: lecture minus published (points)"].abs() < 0.1]
too_high = deck_check.index[deck_check["accuracy: lecture minus published (points)"] > 1]
print(f"accuracy within 0.1 point of the published one: {', '.join(agree)}")
print(f"accuracy more than 1 point too high: {', '.join(too_high)}")
checks.equal(len(agree) + len(too_high), len(deck), name="rows that either agree or are too high")
other_figures = {                                 # other published figures for the same networks (sources above)
    "ResNet-18, ResNet paper (top-1 error 27.88 %, 10 crops per image)": 100 - 27.88,
    "ResNet-18, torchvision, top-5 accuracy": 89.078,
    "ResNet-50, torchvision, newer training recipe (weights IMAGENET1K_V2)": 80.858,
}
for what, value in other_figures.items():
    print(f"{value:5.1f} %  {what}")

# %% [markdown] slideshow={"slide_type": "fragment"}
# What the comparison shows:
#
# - **Accuracy**: six rows match the published top-1 accuracy; four are about 2 to 7 points too high. No published
#   figure we know puts ResNet-18 near 77 %: torchvision gives 69.8 %, the ResNet paper 72.1 % (averaging 10 crops
#   of each image, which usually scores higher than one crop). Such gaps can come from a newer training recipe
#   (torchvision's brings ResNet-50 from 76.1 % to 80.9 %), from testing on several crops or larger images, from
#   quoting **top-5** accuracy (the right class among the first five guesses: 89.1 % for ResNet-18), or from a
#   copying error. Without the source and the protocol, nobody can tell.
# - **Parameters**: the ResNet and DenseNet rows fall short by roughly the size of the last, 1000-class layer
#   (compare the two middle columns), as if it had been left out; VGG-19's 20 M counts only its convolutions (its
#   three dense layers hold another 124 M); Inception-v3's 6.25 M matches nothing we know.
# - **Compute**: AlexNet's matches; the ResNets and DenseNets are about 3 times smaller than published, close to
#   what the same count gives for $128 \times 128$-pixel images (section 14); VGG-19's 0.40 is 50 times too small.
#   Beware also of a factor 2 between tables: some count **FLOPs** (each multiply-add is 2 floating-point
#   operations), others multiply-adds (**MACs**).
# - The lecture's "size (MB)" column (up to 9 GB) cannot be the weights (4 bytes per parameter, checked above), and
#   its "time (ms)" depends on a computer it does not name: we left both out.
#
# The lesson stands, and holds on the published figures: **design beats sheer size**. DenseNet-121 has 7.7 times
# fewer parameters than AlexNet and is 18 points more accurate; ResNet-50 beats VGG-19 with a sixth of its
# parameters. (Training recipes also improved over these years, so not all of the gain comes from the design.)
# In medicine, a 121-layer DenseNet (CheXNet, 2017) was trained to read chest X-rays, and an Inception-v3 to grade
# diabetic retinopathy on fundus photographs (Gulshan et al., JAMA 2016).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 14. Residual connections: what they really fix
#
# A **residual block** (ResNet) adds a shortcut: the block's input $\mathbf x$ (all its feature maps) skips over the
# layers and is added, number by number, to what the layers compute from it, $F(\mathbf x)$:
#
# $$\mathbf y = \mathbf x + F(\mathbf x) \qquad \text{(ResNet then applies a ReLU to } \mathbf y\text{)}.$$
#
# ```
# x ─────────────────────────────────┐  (shortcut: identity)
# │                                  ▼
# └──► conv 3x3 ──► batch norm ──► (+) ──► ReLU ──► y
# ```
#
# The layers $F$ only have to learn a **correction** to their input; to leave it unchanged, they just output 0.
# Why did this make 152 layers trainable? Two explanations are often given:
#
# 1. **Vanishing gradients** (notebook 05). Backpropagation multiplies one factor per layer; if the factors are
#    below 1, the first layers get almost no gradient. For one number (and leaving the ReLU aside), $y = x + F(x)$
#    has the slope $1 + F'(x)$: the "1" gives the gradient a direct path around every block.
# 2. **The degradation problem** (He et al., 2015): a deeper *plain* network (no shortcuts) reached a **higher
#    training error** than a shallower one, even when its gradients were fine.
#
# We test the first, then what the shortcut changes in training, on 20 blocks of 8 filters each, ending with the
# global average pooling of section 12.

# %% slideshow={"slide_type": ""}
class ResidualBlock(nn.Module):
    # conv 3x3 (-> batch norm), then ReLU; with the shortcut, the input is added back before the ReLU
    def __init__(self, channels, residual=True, norm=False):
        super().__init__()
        self.conv = nn.Conv2d(channels, channels, kernel_size=3, padding=1, bias=not norm)
        self.norm = nn.BatchNorm2d(channels) if norm else nn.Identity()
        self.residual = residual

    def forward(self, x):
        out = self.norm(self.conv(x))
        return torch.relu(x + out) if self.residual else torch.relu(out)   # the shortcut is one addition


def deep_net(residual, norm=False, he_init=False, depth=20, channels=8, seed=0):
    torch.manual_seed(seed)
    net = nn.Sequential(nn.Conv2d(1, channels, 3, padding=1),
                        *[ResidualBlock(channels, residual, norm) for _ in range(depth)],
                        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(channels, 10))
    if he_init:
        for layer in net.modules():
            if isinstance(layer, nn.Conv2d):
                nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")        # He initialisation (notebook 05)
                if layer.bias is not None:
                    nn.init.zeros_(layer.bias)
    return net


def gradient_per_block(net):
    # one backward pass through the untrained network: size (norm) of the gradient reaching each block
    F.cross_entropy(net(Xt_train[:128]), yt_train[:128]).backward()
    norms = np.array([block.conv.weight.grad.norm().item() for block in net if isinstance(block, ResidualBlock)])
    return norms / norms[-1]                                              # relative to the last block's


gradients = {
    "plain, PyTorch's default start": gradient_per_block(deep_net(residual=False)),
    "plain, He initialisation": gradient_per_block(deep_net(residual=False, he_init=True)),
    "residual, PyTorch's default start": gradient_per_block(deep_net(residual=True)),
}
fig, ax = plt.subplots(figsize=(8.5, 4.2), layout="none")            # fixed margins: faster to draw
for (name, relative), color in zip(gradients.items(), ["orange", "green", "black"]):
    ax.plot(range(1, 21), np.maximum(relative, 1e-30), "o-", color=plotting.OKABE_ITO[color], label=name)
ax.set(yscale="log", xlabel="block (1 = nearest the input)", ylabel="gradient size / last block's (log scale)",
       title="20 blocks deep, before training: the gradient reaching each block", xticks=range(1, 21))
ax.legend(loc="lower right")
plt.show()

# %% slideshow={"slide_type": ""}
default_first = gradients["plain, PyTorch's default start"][0]
he_first = [gradients["plain, He initialisation"][0]] + [                       # seed 0 (above), then seeds 1 and 2
    gradient_per_block(deep_net(residual=False, he_init=True, seed=seed))[0] for seed in (1, 2)]
print(f"block 1 gets, of the last block's gradient: {default_first:.1e} (plain, default start); "
      f"{', '.join(f'{r:.2f}' for r in he_first)} (plain, He initialisation, seeds 0, 1, 2)")
bn_first = gradient_per_block(deep_net(residual=False, norm=True))[0]            # default start, batch normalisation
print(f"with batch normalisation and the default start, block 1 gets {bn_first:.0f} times the last block's gradient")
checks.true(default_first < 1e-3, "default start: the gradient vanishes")
checks.true(min(he_first) > 0.1 and max(he_first) < 10, "He initialisation: block 1 keeps between 1/10 and 10 times "
            "the last block's gradient (3 seeds)")
checks.true(bn_first > 0.1, "batch normalisation: the gradient does not vanish either")

# %% [markdown] slideshow={"slide_type": "fragment"}
# With PyTorch's default starting weights (smaller than He's), the gradient reaching block 1 of the plain network
# is a billionth of the last block's: it vanishes. The shortcut keeps it alive, but so does **He initialisation**
# without any shortcut: the same 20 plain blocks then pass the gradient on at about the same size. At this depth,
# vanishing gradients are solved without any shortcut, by He initialisation or by batch normalisation (both 2015,
# both printed above). So why did ResNets still win?

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Same depth, with and without the shortcut
#
# He et al. trained *plain* networks with He initialisation and batch normalisation, and saw the deeper one end with
# a **higher training error** (on CIFAR-10, 56 layers did worse than 20). That is not over-fitting (which would
# show a low training error and a high test error): the deeper network fails to **optimise**, although it could
# copy the shallower one by turning its extra layers into "do nothing" layers. For a plain layer, "do nothing" is a
# precise set of weights that is hard to find; for a residual block it is simply $F(\mathbf x) = 0$.
#
# Our test: 20 plain blocks against 20 residual blocks, **both** with He initialisation and batch normalisation (the
# ResNet recipe) and the same number of parameters; the only difference is the shortcut. Each trains for 3 epochs
# on the same 160 training digits, with 3 seeds (3 different starting weights).

# %% slideshow={"slide_type": ""}
N_IMAGES, SHORT_EPOCHS = 160, 3
checks.equal(training.count_parameters(deep_net(residual=False, norm=True)),
             training.count_parameters(deep_net(residual=True, norm=True)), name="parameters, plain vs residual")


def training_losses(residual, seed):
    net = deep_net(residual, norm=True, he_init=True, seed=seed)
    history = training.fit(net, (Xt_train[:N_IMAGES], yt_train[:N_IMAGES]), loss_fn=nn.CrossEntropyLoss(),
                           optimizer=torch.optim.Adam(net.parameters(), lr=1e-2), epochs=SHORT_EPOCHS,
                           batch_size=32, progress=False, seed=seed)
    return history["train_loss"]                                   # mean training loss of each epoch


runs = [(kind, seed) for kind in ("plain", "residual") for seed in range(3)]
curves = {run: training_losses(run[0] == "residual", run[1]) for run in tqdm(runs, desc="6 short trainings")}
losses = {kind: np.array([curves[(kind, seed)] for seed in range(3)]) for kind in ("plain", "residual")}
for kind, values in losses.items():
    print(f"{kind:8s} 20 blocks: training loss after {SHORT_EPOCHS} epochs = "
          f"{', '.join(f'{v:.2f}' for v in values[:, -1])} (seeds 0, 1, 2)")

# %% slideshow={"slide_type": ""}
fig, ax = plt.subplots(figsize=(8, 4.2), layout="none")              # fixed margins: faster to draw
epochs_axis = np.arange(1, SHORT_EPOCHS + 1)
for (kind, values), color in zip(losses.items(), ["orange", "green"]):
    ax.fill_between(epochs_axis, values.min(axis=0), values.max(axis=0), color=plotting.OKABE_ITO[color], alpha=0.25)
    ax.plot(epochs_axis, values.mean(axis=0), "o-", color=plotting.OKABE_ITO[color],
            label=f"{kind}: mean of 3 seeds (band: lowest to highest)")
ax.set(xlabel="epoch", ylabel="training loss (cross-entropy, no unit)", xticks=epochs_axis,
       title="Same depth, same parameters, same start: the plain network trains worse")
ax.legend(loc="lower left")
plt.show()
checks.true(losses["residual"][:, -1].max() < losses["plain"][:, -1].min(),
            f"after {SHORT_EPOCHS} epochs, the worst residual run has a lower training loss than the best plain run")

# %% [markdown] slideshow={"slide_type": "fragment"}
# On every seed the plain network ends with a higher **training** loss than the residual one, with the same depth,
# parameters, starting scale and batch normalisation. This is what residual connections fix: they make very deep
# networks **easy to optimise**, because every block starts close to "do nothing" and only has to learn a
# correction. Our 3 short epochs show the start of the gap; in He et al.'s experiments it lasted to the end of
# training. He et al. saw degradation by comparing a deeper plain network with a shallower one; our test compares
# equal depths, so it shows that the shortcut makes a deep network easier to optimise, not that depth alone hurts.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### ResNet-18, put together
#
# A real ResNet-18 uses the same ideas at a larger scale: the "stem" (a $7 \times 7$ convolution of stride 2, then a
# $3 \times 3$ max pooling of stride 2, Exercise 3), then 8 residual blocks of two $3 \times 3$ convolutions each,
# in four stages of 64, 128, 256 and 512 filters (each new stage halves the image with stride 2, and its shortcut
# then needs a $1 \times 1$ convolution to match the shapes), then global average pooling and one dense layer to the
# 1000 ImageNet classes. We build it and count, without training it or even filling its weights (PyTorch's "meta"
# device only tracks shapes), its parameters and its multiply-adds.

# %% slideshow={"slide_type": ""}
class BasicBlock(nn.Module):
    # two 3x3 convolutions with batch norm; the shortcut skips both (a 1x1 convolution when the shape changes)
    def __init__(self, c_in, c_out, stride=1):
        super().__init__()
        self.conv1 = nn.Conv2d(c_in, c_out, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(c_out)
        self.conv2 = nn.Conv2d(c_out, c_out, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(c_out)
        self.shortcut = nn.Identity()
        if stride != 1 or c_in != c_out:
            self.shortcut = nn.Sequential(nn.Conv2d(c_in, c_out, 1, stride=stride, bias=False), nn.BatchNorm2d(c_out))

    def forward(self, x):
        out = self.bn2(self.conv2(torch.relu(self.bn1(self.conv1(x)))))
        return torch.relu(self.shortcut(x) + out)


def resnet18(n_classes=1000):
    stages, c_in = [], 64
    for c_out, stride in [(64, 1), (128, 2), (256, 2), (512, 2)]:
        stages += [BasicBlock(c_in, c_out, stride), BasicBlock(c_out, c_out)]
        c_in = c_out
    return nn.Sequential(nn.Conv2d(3, 64, 7, stride=2, padding=3, bias=False), nn.BatchNorm2d(64), nn.ReLU(),
                         nn.MaxPool2d(3, stride=2, padding=1), *stages,
                         nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(512, n_classes))


def multiply_adds(net, height, width):
    # each output number of a convolution costs (input channels x k x k) multiply-adds; of a dense layer, (inputs)
    counts = []

    def count(layer, inputs, output):
        per_output = (layer.in_features if isinstance(layer, nn.Linear)
                      else layer.in_channels // layer.groups * layer.kernel_size[0] * layer.kernel_size[1])
        counts.append(output.numel() * per_output)

    hooks = [layer.register_forward_hook(count) for layer in net.modules() if isinstance(layer, (nn.Conv2d, nn.Linear))]
    with torch.no_grad():
        scores = net(torch.zeros(1, 3, height, width, device="meta"))
    for hook in hooks:
        hook.remove()
    return sum(counts), tuple(scores.shape)


with torch.device("meta"):                                           # shapes only: no memory, no random weights
    net18 = resnet18()
n_params_18 = sum(p.numel() for p in net18.parameters())
resnet_compute = {side: multiply_adds(net18, side, side) for side in (224, 128, 512)}
print(f"ResNet-18: {n_params_18:,} parameters (published: {architectures.loc['ResNet-18', 'parameters (M)'] * 1e6:,.0f})")
for side, (macs, shape) in resnet_compute.items():
    print(f"{side} x {side} colour image -> scores of shape {shape}, {macs / 1e9:.2f} G multiply-adds")

# %% slideshow={"slide_type": ""}
checks.equal(n_params_18, 11_689_512, name="parameters of our ResNet-18 (torchvision publishes 11 689 512)")
checks.close(resnet_compute[224][0] / 1e9, architectures.loc["ResNet-18", "compute (G multiply-adds)"], tol=0.01,
             name="multiply-adds of ResNet-18 on 224 x 224 images (G), vs torchvision's 'GFLOPS'")
checks.true(resnet_compute[512][1] == resnet_compute[224][1] == (1, 1000),
            "global average pooling: 1000 scores for 224 x 224 and 512 x 512 images alike")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Our count matches torchvision's exactly, parameter for parameter, and its "GFLOPS" column turns out to be
# multiply-adds. On $128 \times 128$ images the same network needs about 3 times fewer multiply-adds, close to the
# lecture's figure for ResNet-18. A $512 \times 512$ image costs about 5 times more compute than a
# $224 \times 224$ one ($512^2 / 224^2 \approx 5.2$) with the same 11.7 M parameters: compute grows with the number
# of pixels, parameters do not.
#
# Beyond classification, the same convolutional building blocks **localise** an object (a box around it),
# **detect** several objects (every nodule on a CT scan) and **segment** an organ pixel by pixel. Notebook 09 does
# segmentation on medical images.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 1: output sizes
#
# (a) A CT slice of $512 \times 512$ pixels goes through a $5 \times 5$ convolution with padding 2 and stride 2.
# What is the output width? Store it in `ct_out` as one whole number.
#
# (b) The slide's unevenly padded $7 \times 7$ grid (section 3) goes through the $3 \times 3$ kernel with stride 2 and
# no further padding. What is the output width? Store it in `uneven_out` as one whole number.

# %% nbgrader={"grade": false, "grade_id": "exercise_1", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
ct_out = ____  # replace ____ with your code
uneven_out = ____
### BEGIN SOLUTION
ct_out = (512 + 2 * 2 - 5) // 2 + 1
uneven_out = (7 - 3) // 2 + 1
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_1_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_1.check()
# exercise_1.hint()      # a nudge; run it again for the next step
# exercise_1.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 2: parameters of a convolution layer
#
# A colour fundus photograph has 3 channels (red, green, blue). A first convolution layer has 16 filters of
# size $5 \times 5$; each filter spans the 3 channels and has one bias. How many parameters does the layer have?
# Store it in `n_conv_params` as one whole number. Then compute `n_dense_params`, the parameters of a dense layer of
# 16 neurons on the same photograph of $224 \times 224$ pixels (every neuron sees all $224 \times 224 \times 3$
# numbers).

# %% nbgrader={"grade": false, "grade_id": "exercise_2", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
n_conv_params = ____  # replace ____ with your code
n_dense_params = ____
### BEGIN SOLUTION
n_conv_params = 16 * (3 * 5 * 5 + 1)
n_dense_params = 16 * (224 * 224 * 3 + 1)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_2_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_2.check()
# exercise_2.hint()      # a nudge; run it again for the next step
# exercise_2.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 3: the receptive field of a ResNet "stem"
#
# ResNets start with a $7 \times 7$ convolution of stride 2, then a $3 \times 3$ max pooling of stride 2. Add four
# $3 \times 3$ convolutions of stride 1. How many pixels wide is the receptive field of one unit after these six
# layers? Store it in `stem_field` as one whole number.

# %% nbgrader={"grade": false, "grade_id": "exercise_3", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
stem_field = ____  # replace ____ with your code
### BEGIN SOLUTION
stem_field = receptive_fields([(7, 2), (3, 2)] + [(3, 1)] * 4)[-1]
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_3_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_3.check()
# exercise_3.hint()      # a nudge; run it again for the next step
# exercise_3.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 4: design your own edge detector
#
# Write a $3 \times 3$ kernel `my_kernel` (a NumPy array) that responds **positively** where the image goes from
# dark on the left to bright on the right, gives **0 on flat regions** and **0 on horizontal edges** (dark top,
# bright bottom). Do not copy the Sobel kernel: find another one.

# %% nbgrader={"grade": false, "grade_id": "exercise_4", "locked": false, "schema_version": 3, "solution": true, "task": false} slideshow={"slide_type": ""}
my_kernel = ____  # replace ____ with a 3 x 3 array: np.array([[..., ..., ...], [...], [...]])
### BEGIN SOLUTION
my_kernel = np.array([[-1, 0, 1],
                      [-1, 0, 1],
                      [-1, 0, 1]], dtype=float)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "exercise_4_check", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false} slideshow={"slide_type": ""}
exercise_4.check()
# exercise_4.hint()      # a nudge; run it again for the next step
# exercise_4.solution()  # a worked solution

# %% [markdown] slideshow={"slide_type": "fragment"}
# Your kernel at work on three test patches of $10 \times 10$ pixels, then on the cell image of section 5.

# %% slideshow={"slide_type": ""}
kernel_4 = np.asarray(exercise_4.answer("my_kernel"), dtype=float)
step_right = np.tile(np.repeat([0.0, 1.0], 5), (10, 1))             # dark left half, bright right half
test_patches = {"flat patch": np.full((10, 10), 0.7),
                "horizontal edge (dark top, bright bottom)": step_right.T,
                "vertical edge (dark left, bright right)": step_right}
for name, patch in test_patches.items():
    out = conv2d(patch, kernel_4)
    print(f"{name:42s} response from {out.min():+.2f} to {out.max():+.2f}")

edges_4 = conv2d_fast(medical["cell"], kernel_4)
fig, axes = plt.subplots(1, 2, figsize=(9, 4), layout="none")        # fixed margins: faster to draw
fig.subplots_adjust(wspace=0.35)
axes[0].imshow(medical["cell"], cmap="gray", vmin=0, vmax=1)
axes[0].set_title("cell (original)")
low, high = np.percentile(edges_4, [1, 99])
shown = axes[1].imshow(edges_4, cmap="PuOr_r", vmin=-max(abs(low), high), vmax=max(abs(low), high))
axes[1].set_title("your kernel\n(orange: dark to bright, purple: the reverse)")
fig.colorbar(shown, ax=axes[1], shrink=0.8, label="response (grey-level units)")
for ax in axes:
    ax.set(xlabel="x (pixels)", ylabel="y (pixels)")
    ax.grid(False)
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Wrap-up
#
# **Key takeaways**
#
# - A dense layer on raw pixels needs one weight per pixel per neuron: about 800 000 for a $28 \times 28$ image,
#   $10^{11}$ for a 28-megapixel photo. A convolution layer needs $c_\text{out}(c_\text{in} k^2 + 1)$, whatever the
#   image size, thanks to **local connectivity** and **weight sharing**.
# - Convolution = slide, multiply element-wise, sum (+ bias, then ReLU). Output size
#   $\lfloor (n + 2p - k)/s \rfloor + 1$. Pooling shrinks feature maps; it ignores only the moves that stay inside
#   one of its blocks.
# - Classic kernels (blur, sharpen, Laplacian, edges, emboss) are hand-made features; a CNN **learns** its kernels.
# - Convolution moves with the image (translation equivariance); global max pooling (section 8) and above all
#   **data augmentation** (section 11) make the network robust to shifts, which our two $2 \times 2$ poolings alone
#   did not. Augmentations must keep the label true (no left-right flips of a chest X-ray).
# - The receptive field grows by $k - 1$ pixels per layer, much faster with pooling or stride.
# - Judge a model against a simple baseline, on several random splits, and ask who is on both sides of the split:
#   13 writers behind 1797 digits, like several images per patient, make a random split optimistic.
# - **Global average pooling** lets one CNN read images of any size (but not of any scale: resample first).
# - Design beats sheer size (published figures: AlexNet 61 M parameters, 56.5 %; DenseNet-121 8 M, 74.4 %); check
#   a table's source before teaching it. **Residual connections** $\mathbf y = \mathbf x + F(\mathbf x)$ make deep
#   networks easy to optimise: with good initialisation the gradient survives 20 plain layers, but the plain network
#   still trains worse than a residual one of the same depth.
#
# **Self-test questions**
#
# 1. Why does a CNN need far fewer parameters than an MLP on a $512 \times 512$ CT slice?
# <details><summary>Answer</summary>Each filter has only k x k weights per input channel (local connectivity) and the
# same filter is reused at every position (weight sharing), so the count does not depend on the number of pixels.
# A dense neuron needs one weight per pixel: 262 144 per neuron.</details>
#
# 2. A $28 \times 28$ image, a $3 \times 3$ kernel, padding 1, stride 1: what size is the output? And with stride 2?
# <details><summary>Answer</summary>(28 + 2 - 3) / 1 + 1 = 28 ("same" size); with stride 2: floor(27 / 2) + 1 = 14.</details>
#
# 3. What does a negative bias followed by ReLU do to a feature map?
# <details><summary>Answer</summary>It acts as a threshold: positions where the kernel's response is below -b become 0,
# only clear occurrences of the pattern are kept.</details>
#
# 4. Is a CNN automatically insensitive to where the lesion is in the image?
# <details><summary>Answer</summary>Only partly. Convolutions shift with the image, but $2 \times 2$ pooling ignores
# only moves that stay inside a block, and borders and the final dense layers depend on position. Our CNN dropped
# from over 99 % to about 70 % on digits shifted by one pixel; training with shifted copies (augmentation) brought it
# back to about 98 %.</details>
#
# 5. Which augmentations would you use for histology tiles, and which are dangerous for chest X-rays?
# <details><summary>Answer</summary>Histology tiles have no orientation: flips, 90° rotations, shifts, small colour
# changes are fine. On chest X-rays a left-right flip moves the heart to the right side (a real, rare condition):
# use small shifts, small rotations and brightness/contrast changes instead.</details>
#
# 6. Why did residual connections allow networks of 100+ layers? Is it only about vanishing gradients?
# <details><summary>Answer</summary>Not only. With y = x + F(x) the slope is 1 + F'(x), a direct path for the
# gradient; but He initialisation and batch normalisation already keep the gradient alive in a plain network. The
# deeper problem was degradation (He et al.): a deeper plain network reached a higher training loss than a shallower
# one. A residual block starts close to "do nothing" (F = 0) and only learns a correction, so adding blocks does not
# make optimisation harder. Section 14 compares equal depths: with the shortcut, 20 blocks reach a lower training
# loss than without it, on every seed (same parameters, same start).</details>
#
# 7. Our digits come from 13 writers, split at random. What would an honest estimate of the accuracy on a new
# writer need, and what is the medical equivalent?
# <details><summary>Answer</summary>The writer of each image, and a grouped split (GroupShuffleSplit, GroupKFold)
# that keeps all of a writer's digits on the same side. In medicine: a patient identifier with every image, and all
# images of a patient (both eyes, several visits, neighbouring slices) in the same set.</details>
#
# **What comes next**: notebook 08 turns from images to **sequences** (ECG, vital signs) with recurrent networks, and
# notebook 09 applies CNNs to medical images: DICOM, Hounsfield units, segmentation and Dice.
