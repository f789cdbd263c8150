# %% [markdown] slideshow={"slide_type": "slide"}
# # 07 · Convolutional neural networks
#
# > Filters that slide over images: convolution, padding, stride, pooling, receptive fields, and a small CNN that reads handwritten digits.
#
# **Estimated time:** 100 min · **Prerequisites:** 03, 04, 05, 06
#
# A retinal photograph, a histology slide or a CT slice holds hundreds of thousands of pixels. A dense network would need billions of weights to look at them. **Convolutional neural networks** (CNN, réseaux de neurones convolutifs) slide one small filter over the whole image instead: the same idea as the edge and blur filters of image software, except that the network learns its own filters. CNNs screen fundus photographs for diabetic retinopathy, flag lung nodules and grade tumours on slides; this notebook opens the box.
#
# **By the end of this notebook you will be able to:**
# - Compute a 2-D convolution by hand in NumPy, with padding and stride, predict its output size, and check it against PyTorch.
# - Explain why an MLP explodes in parameters on images and how local connectivity and weight sharing fix it.
# - Apply classic filters (edges, Laplacian, blur, sharpen) to retina and histology images, then bias, ReLU and pooling, and compute how the receptive field grows with depth.
# - Train a small CNN to >= 98 % accuracy, compare it with an MLP and an SVM, and inspect its filters, feature maps and mistakes.
# - Use data augmentation, and explain residual connections and the ImageNet-era architectures.
#
# *For learning only: nothing in this course is a medical device or fit for clinical decisions.*

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

import course_utils
from course_utils import checks, images, plotting, training, widgets
from course_utils.exercises import ____
from course_utils.exercises.cnn import exercise_1, exercise_2, exercise_3, exercise_4

course_utils.setup()

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
        ax.add_patch(plt.Rectangle((c - 0.5, r - 0.5), w, h, fill=False, lw=3, ec=plotting.POSITIVE_COLOR))
    ax.set_xticks(range(grid.shape[1]))
    ax.set_yticks(range(grid.shape[0]))
    ax.set(xlabel="column j (pixel)", ylabel="row i (pixel)", title=title)
    ax.grid(False)


fig, axes = plt.subplots(1, 3, figsize=(11, 3.8), gridspec_kw={"width_ratios": [4, 3, 2]})
show_numbers(axes[0], X_grid, "image X (4 x 4)", highlight=(0, 0, 3, 3))
show_numbers(axes[1], K_grid, "kernel K (3 x 3)", cmap="Oranges")
show_numbers(axes[2], Y_grid, "feature map Y (2 x 2)", highlight=(0, 0, 1, 1), cmap="Greens")
fig.suptitle("Top-left window (red) x kernel, summed = top-left output: 4+2+5+3+5+3 = 22", fontweight="bold")
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
# - a **fundus photograph** of a normal left eye (retina): optic disc, macula, vessels;
# - **immunohistochemistry** (IHC) of colonic glands: a protein stained brown, nuclei blue;
# - a **cell** floating in saline, imaged by digital holography (pixel size 0.107 µm in the original).
#
# They are public-domain teaching images, not patients of this course.

# %% slideshow={"slide_type": ""}
SIZE = 200
medical = {name: images.load_medical_image(name, size=SIZE) for name in ("retina", "immunohistochemistry", "cell")}
for name, image in medical.items():
    info = images.image_info(name)
    print(f"{name:21s} {image.shape} grey in [{image.min():.2f}, {image.max():.2f}]  {info['modality']}")

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
# | emboss (repoussage) | $\begin{bmatrix}-2&-1&0\\-1&1&1\\0&1&2\end{bmatrix}$ | relief effect, as if lit from one side |
#
# Kernels whose weights sum to 0 (Laplacian, edges) give 0 on flat regions: they only react to **change**.
# Kernels whose weights sum to 1 (blur, sharpen, identity) keep the overall brightness.

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
shown_kernels = ["blur (box)", "sharpen", "Laplacian", "edges (Sobel, left to right)", "edges (Sobel, top to bottom)"]
fig, axes = plt.subplots(3, 6, figsize=(15, 8))
for row, (name, image) in enumerate(medical.items()):
    axes[row, 0].imshow(image, cmap="gray", vmin=0, vmax=1)
    axes[row, 0].set_title(f"{name}\n(original)", fontsize="medium")
    for col, kname in enumerate(shown_kernels, start=1):
        out = conv2d_fast(image, KERNELS[kname])
        low, high = np.percentile(out, [1, 99])                   # clip the 1 % extremes for contrast
        axes[row, col].imshow(out, cmap="gray", vmin=low, vmax=high)
        axes[row, col].set_title(kname.replace(" (", "\n("), fontsize="medium")
for ax in axes.ravel():
    ax.set_xticks([])
    ax.set_yticks([])
for row in range(3):
    axes[row, 0].set_ylabel(f"{SIZE} pixels")
axes[2, 0].set_xlabel(f"{medical['cell'].shape[1]} pixels")
fig.suptitle("Seven classic kernels, five shown: each panel is one convolution of the image on the left "
             "(grey: low response, white: high)", fontweight="bold")
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
fig, axes = plt.subplots(1, 3, figsize=(13, 4.4))
panels = [(green, "green channel\nof the fundus photo", "gray", (0, green.max())),
          (response, "Laplacian response\n(negative values too)", "PuOr_r", (-0.15, 0.15)),
          (vessels, f"ReLU(response {bias:+.2f})\n{active:.0%} of pixels kept", "magma", (0, 0.1))]
for ax, (img, title, cmap, (low, high)) in zip(axes, panels):
    shown = ax.imshow(img, cmap=cmap, vmin=low, vmax=high)
    ax.set(title=title, xlabel="x (pixels)", ylabel="y (pixels)")
    ax.grid(False)
    fig.colorbar(shown, ax=ax, shrink=0.8, label="grey level (0 = black, 1 = white)")
fig.suptitle("A convolution layer = kernel, bias, ReLU: the vessels are selected", fontweight="bold")
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# The bright ring is the rim of the camera's field of view, a sharp dark-to-bright edge that the Laplacian
# also detects. A fixed kernel cannot tell a vessel from a rim; a trained network learns to ignore the rim.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7. Your turn: edit a kernel and watch the image
#
# - The **first slider** loads a preset kernel into the $3 \times 3$ boxes.
# - Then **type your own weights** in the boxes (press Enter or click elsewhere to apply). Try: make the blur
#   stronger by raising only the centre; turn "left to right" edges into "right to left"; build a **diagonal** edge
#   detector.
# - Move the **bias** and tick **ReLU** to see what a convolution layer keeps.
#
# The output panel is rescaled for contrast at each change; its range is printed underneath.

# %% [markdown] slideshow={"slide_type": "notes"}
# Speaker notes: live demo order that works well: Laplacian on the retina (vessels), then tick ReLU and drag the
# bias down until only vessels remain; switch to the cell image and the Sobel preset; finally, with the blur preset, type
# a centre weight of 9: the weights no longer sum to 1 and the output range printed under the figure jumps.

# %% slideshow={"slide_type": ""}
PRESETS = list(KERNELS)
widget_images = {"retina": medical["retina"], "immunohistochemistry": medical["immunohistochemistry"],
                 "cell": medical["cell"]}

fig = widgets.new_figure(figsize=(9, 3.2))
ax_in, ax_k, ax_out = fig.subplots(1, 3, gridspec_kw={"width_ratios": [4, 2.6, 4]})
img_in = ax_in.imshow(widget_images["retina"], cmap="gray", vmin=0, vmax=1)
ax_in.set(title="input image", xlabel="x (pixels)", ylabel="y (pixels)", xlim=(-0.5, SIZE - 0.5), ylim=(SIZE - 0.5, -0.5))
img_k = ax_k.imshow(np.zeros((3, 3)), cmap="PuOr_r", vmin=-1, vmax=1)
ax_k.set(xticks=range(3), yticks=range(3), xlabel="column v", ylabel="row u",
         title="kernel K\n(orange > 0, purple < 0)")
img_out = ax_out.imshow(conv2d_fast(widget_images["retina"], KERNELS["identity"]), cmap="gray")
ax_out.set(xlabel="x (pixels)", ylabel="y (pixels)", xlim=(-0.5, SIZE - 2.5), ylim=(SIZE - 2.5, -0.5))
title_out = ax_out.set_title("output")
for ax in (ax_in, ax_k, ax_out):
    ax.grid(False)


kernel_now = np.zeros((3, 3))                                        # the kernel shown in the 9 boxes
state = {"preset": None, "syncing": False}
boxes = [ipw.FloatText(value=0.0, step=0.1, layout=ipw.Layout(width="80px")) for _ in range(9)]


def update_kernel(preset, image, bias, relu):
    if preset != state["preset"]:                                    # a new preset: copy it into the boxes
        state["preset"], state["syncing"] = preset, True
        kernel_now[:] = KERNELS[preset]
        for box, w in zip(boxes, kernel_now.ravel()):
            box.value = float(w)
        state["syncing"] = False
    out = conv2d_fast(widget_images[image], kernel_now, bias)        # convolution + bias
    if relu:
        out = np.maximum(out, 0)                                     # then ReLU
    img_out.set_data(out)
    img_out.set_extent((-0.5, out.shape[1] - 0.5, out.shape[0] - 0.5, -0.5))
    low, high = np.percentile(out, [1, 99])                          # contrast: clip the 1 % extremes
    img_out.set_clim(low, high if high > low else low + 1e-6)
    scale = max(np.abs(kernel_now).max(), 1e-6)
    img_k.set_data(kernel_now)
    img_k.set_clim(-scale, scale)
    title_out.set_text("output = ReLU(input * K + b)" if relu else "output = input * K + b")
    edited = "" if np.allclose(kernel_now, KERNELS[preset]) else " (edited)"
    return (f"{preset}{edited} | kernel sum = {kernel_now.sum():+.3g} | output range [{out.min():+.3f}, "
            f"{out.max():+.3f}] shown from {low:+.3f} (black) to {high:+.3f} (white) | {(out > 0).mean():.0%} of pixels > 0")


preset_slider = ipw.SelectionSlider(options=PRESETS, value="Laplacian", description="preset kernel",
                                    continuous_update=True, style={"description_width": "initial"},
                                    layout=ipw.Layout(width="520px"))
live = widgets.LiveFigure(
    fig, update_kernel, main=True, dynamic=[img_k, img_out, title_out],
    preset=preset_slider,
    image=ipw.Dropdown(options=list(widget_images), value="retina", description="image"),
    bias=widgets.slider(0.0, -1.0, 1.0, 0.01, "bias b"),
    relu=ipw.Checkbox(value=False, description="ReLU after the convolution"),
)


def edit_box(change):                     # the student typed a weight: redraw with the new kernel
    if not state["syncing"]:
        kernel_now[:] = np.reshape([box.value for box in boxes], (3, 3))
        live.redraw()


def show_image(change):                   # a new input image changes the static part: redraw everything once
    source = widget_images[change["new"]]
    img_in.set_data(source)
    img_in.set_extent((-0.5, source.shape[1] - 0.5, source.shape[0] - 0.5, -0.5))
    live.full_redraw()


for box in boxes:
    box.observe(edit_box, names="value")
live.controls["image"].observe(show_image, names="value")
live.arrange_controls(preset_slider, live.controls["image"],              # the 9 boxes as a 3 x 3 grid
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
fig, axes = plt.subplots(1, 4, figsize=(15, 4))
limits = np.percentile(fmap_a, [1, 99.5])
for ax, img, title, p, cmap, lims in [
        (axes[0], frame_a, "frame A", None, "gray", (0, 1)),
        (axes[1], fmap_a, "Laplacian map of A", peak_a, "magma", limits),
        (axes[2], frame_b, f"frame B: moved ({-DY}, {-DX}) px", None, "gray", (0, 1)),
        (axes[3], fmap_b, "Laplacian map of B", peak_b, "magma", limits)]:
    ax.imshow(img, cmap=cmap, vmin=lims[0], vmax=lims[1])
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
fig, ax = plt.subplots(figsize=(8, 4.2))
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
# pixels (grey levels 0 to 16), 10 classes (0 to 9). They stand in for small medical image patches (a white blood
# cell on a smear, a histology tile) because a CNN learns them in seconds on a laptop.
#
# We keep 25 % of the images as a **test set**, never used for training, and split 15 % of the rest off as a
# **validation set** to watch the learning curves.

# %% slideshow={"slide_type": ""}
digits = load_digits()
X_dig = (digits.images / 16.0).astype(np.float32)                  # scale grey levels 0..16 to 0..1
y_dig = digits.target
X_train_full, X_test, y_train_full, y_test = train_test_split(X_dig, y_dig, test_size=0.25, stratify=y_dig,
                                                              random_state=0)
X_train, X_val, y_train, y_val = train_test_split(X_train_full, y_train_full, test_size=0.15,
                                                  stratify=y_train_full, random_state=0)
print(f"train {len(X_train)} | validation {len(X_val)} | test {len(X_test)} images of {X_dig.shape[1:]} pixels")
fig = plotting.image_grid(X_train[:10], titles=[f"label {d}" for d in y_train[:10]], ncols=10, size=1.2,
                          suptitle="Ten training images (8 x 8 pixels each)")
plt.show()


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
# Every convolution is followed by **batch normalisation** (it rescales each feature map to mean 0 and standard
# deviation 1 over the mini-batch, which makes training faster and steadier) and ReLU. Padding 1 keeps the size;
# only pooling shrinks it.

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
# Cross-entropy loss, Adam, mini-batches of 32 images, 10 epochs, and a learning rate that decays smoothly to 0
# ("cosine" schedule). The progress bar shows the losses after each epoch.

# %% slideshow={"slide_type": ""}
Xt_train, yt_train = training.to_tensors(X_train[:, None], y_train, y_dtype="int64")   # (n, 1, 8, 8)
Xt_val, yt_val = training.to_tensors(X_val[:, None], y_val, y_dtype="int64")
Xt_test = torch.as_tensor(X_test[:, None])
EPOCHS = 10


def train_model(model, train_data, seed=0):
    torch.manual_seed(seed)
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=EPOCHS)
    wall, cpu = time.perf_counter(), time.process_time()
    history = training.fit(model, train_data, (Xt_val, yt_val), loss_fn=nn.CrossEntropyLoss(), optimizer=optimizer,
                           scheduler=scheduler, epochs=EPOCHS, batch_size=32, progress=True, seed=seed)
    return history, time.perf_counter() - wall, time.process_time() - cpu


def accuracy(model, X):
    return float((training.predict(model, X).argmax(dim=1).numpy() == y_test).mean())


history_cnn, wall_cnn, cpu_cnn = train_model(cnn, (Xt_train, yt_train))
acc_cnn = accuracy(cnn, Xt_test)
print(f"CNN: test accuracy {acc_cnn:.1%} | training {wall_cnn:.1f} s wall, {cpu_cnn:.1f} s CPU")

# %% slideshow={"slide_type": ""}
checks.between(acc_cnn, 0.98, 1.0, name="CNN test accuracy (450 unseen digits)")

# %% slideshow={"slide_type": ""}
ax = plotting.plot_history(history_cnn, keys=["train_loss", "val_loss"], ylabel="cross-entropy loss (no unit)",
                           title="CNN learning curves")
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Side by side: CNN, MLP and SVM
#
# Same data, same training recipe for the two networks:
#
# - an **MLP** (notebook 06) on the 64 pixels flattened: 64 -> 128 -> 64 -> 10;
# - a **support vector machine** (SVM, notebook 01) with an RBF kernel on the same 64 numbers (scikit-learn's
#   `SVC`); its "parameters" are the stored support vectors and their weights.

# %% slideshow={"slide_type": ""}
torch.manual_seed(0)
mlp = nn.Sequential(nn.Flatten(), nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 10))
history_mlp, wall_mlp, cpu_mlp = train_model(mlp, (Xt_train, yt_train))
acc_mlp = accuracy(mlp, Xt_test)

wall = time.perf_counter()
svm = SVC(C=10, gamma="scale").fit(X_train.reshape(len(X_train), -1), y_train)
wall_svm = time.perf_counter() - wall
acc_svm = float((svm.predict(X_test.reshape(len(X_test), -1)) == y_test).mean())
svm_numbers = svm.support_vectors_.size + svm.dual_coef_.size + svm.intercept_.size

comparison = pd.DataFrame({
    "test accuracy": [acc_cnn, acc_mlp, acc_svm],
    "parameters (numbers learned)": [training.count_parameters(cnn), training.count_parameters(mlp), svm_numbers],
    "training time (s)": [wall_cnn, wall_mlp, wall_svm],
}, index=["CNN", "MLP", "SVM (RBF)"])
comparison.style.format({"test accuracy": "{:.1%}", "parameters (numbers learned)": "{:,}",
                         "training time (s)": "{:.2f}"})

# %% slideshow={"slide_type": ""}
checks.true(acc_cnn >= acc_mlp, f"the CNN ({acc_cnn:.1%}) is at least as accurate as the MLP ({acc_mlp:.1%})")
checks.between(acc_svm, 0.97, 1.0, name="SVM test accuracy")

# %% [markdown] slideshow={"slide_type": "fragment"}
# How to read it (times on a shared computer are noisy; the pattern is what counts):
#
# - The CNN beats the MLP with a similar number of parameters: its filters reuse the same weights everywhere.
# - The SVM is about as good, and fastest, although it stores more numbers than the CNN (its support vectors are
#   training images kept in memory). On tiny, centred $8 \times 8$ images a classic method is a strong
#   baseline, always worth trying. The CNN's advantage grows with the size of the images (hundreds of pixels
#   wide, where an SVM on raw pixels struggles) and, as section 11 shows, with shifted images.

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

fig, (ax_cm, ax_sens) = plt.subplots(1, 2, figsize=(12, 4.6), gridspec_kw={"width_ratios": [1.1, 1]})
ax_cm.imshow(cm, cmap="Blues")
for (i, j), v in np.ndenumerate(cm):
    if v:
        ax_cm.text(j, i, v, ha="center", va="center", color="white" if v > cm.max() / 2 else "black")
ax_cm.set(xticks=range(10), yticks=range(10), xlabel="predicted digit", ylabel="true digit",
          title=f"CNN confusion matrix (test, accuracy {acc_cnn:.1%})")
ax_cm.grid(False)
ax_sens.bar(range(10), sensitivity * 100, color=plotting.NEGATIVE_COLOR)
ax_sens.set(xticks=range(10), ylim=(80, 100.5), xlabel="true digit", ylabel="sensitivity (recall, %)",
            title="Sensitivity per digit")
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
plt.show()

# %% slideshow={"slide_type": ""}
example = Xt_test[:1]                                                  # one test digit
with torch.no_grad():
    maps_1 = cnn[:3](example)[0].numpy()                              # after conv 1 + batch norm + ReLU: 16 maps
    maps_2 = cnn[:6](example)[0].numpy()                              # after conv 2: 32 maps
fig, axes = plt.subplots(2, 9, figsize=(13, 3.6))
for row, (maps, name) in enumerate([(maps_1, "layer 1"), (maps_2, "layer 2")]):
    axes[row, 0].imshow(X_test[0], cmap="gray")
    axes[row, 0].set_title(f"input (a {y_test[0]})", fontsize="small")
    for k in range(8):
        axes[row, k + 1].imshow(maps[k], cmap="magma")
        axes[row, k + 1].set_title(f"{name}, map {k + 1}", fontsize="small")
for ax in axes.ravel():
    ax.axis("off")
fig.suptitle("Feature maps (8 x 8 pixels; bright = strong response): layer 2 combines layer-1 patterns",
             fontweight="bold")
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
                              titles=[f"true {y_test[i]} -> {pred_cnn[i]}\n(p = {proba_test[i].max():.2f})"
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
# First, how robust are our three models? We move every test digit by up to one pixel in each direction
# (at random, seeded): the digits stay perfectly readable for a human.

# %% slideshow={"slide_type": ""}
X_test_shifted = images.random_augment(X_test, max_shift=1, seed=123)     # (450, 8, 8), each moved by -1, 0 or +1
Xt_test_shifted = torch.as_tensor(X_test_shifted[:, None])
acc_shifted = {
    "CNN": accuracy(cnn, Xt_test_shifted),
    "MLP": accuracy(mlp, Xt_test_shifted),
    "SVM (RBF)": float((svm.predict(X_test_shifted.reshape(len(X_test), -1)) == y_test).mean()),
}
print("accuracy on shifted test digits:", {k: f"{v:.1%}" for k, v in acc_shifted.items()})
checks.true(acc_shifted["CNN"] < acc_cnn - 0.1, "a one-pixel shift costs the CNN more than 10 accuracy points")

# %% [markdown] slideshow={"slide_type": "subslide"}
# All three collapse. The CNN's convolutions shift with the image, but its final dense layer looks at fixed
# positions of a tiny $2 \times 2$ map, and an $8 \times 8$ digit that moves by one pixel loses an eighth of its
# columns. Now we train the **same** CNN again, showing it randomly shifted (up to 1 pixel) and rotated (up to
# 10°) digits, new ones at every epoch (`images.AugmentedLoader`).

# %% slideshow={"slide_type": ""}
torch.manual_seed(0)
cnn_aug = make_cnn()
augmented_batches = images.AugmentedLoader(Xt_train, yt_train, batch_size=32, seed=0, max_shift=1, max_degrees=10)
history_aug, wall_aug, cpu_aug = train_model(cnn_aug, augmented_batches)
acc_aug, acc_aug_shifted = accuracy(cnn_aug, Xt_test), accuracy(cnn_aug, Xt_test_shifted)

comparison["shifted test accuracy"] = [acc_shifted[k] for k in comparison.index]
comparison.loc["CNN + augmentation"] = [acc_aug, training.count_parameters(cnn_aug), wall_aug, acc_aug_shifted]
comparison.style.format({"test accuracy": "{:.1%}", "shifted test accuracy": "{:.1%}",
                         "parameters (numbers learned)": "{:,.0f}", "training time (s)": "{:.2f}"})

# %% slideshow={"slide_type": ""}
checks.between(acc_aug_shifted, 0.95, 1.0, name="augmented CNN on shifted digits")
checks.true(acc_aug_shifted > acc_shifted["CNN"] + 0.1, "augmentation adds more than 10 points on shifted digits")
checks.between(acc_aug, 0.97, 1.0, name="augmented CNN on the original test digits")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Same architecture, same number of parameters, same training time: the augmented CNN keeps its accuracy
# on the original digits and barely notices the shifts. In medical imaging, where labelled images are scarce and
# scanners differ, augmentation is one of the cheapest ways to make a model more robust. It does not replace
# testing on images from **other hospitals**.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 12. Deeper and deeper: the ImageNet era
#
# **ImageNet** is a set of about 1.2 million photographs in 1000 classes. In 2012 **AlexNet**, a CNN trained on
# two graphics cards (GPUs), won its yearly challenge by a wide margin: the start of the deep-learning boom. Each
# following year brought deeper networks: **VGG** (2014, only stacked 3x3 convolutions, as in section 9),
# **Inception** (2014), **ResNet** (2016, up to 152 layers, the "revolution of depth") and **DenseNet**.
#
# The table is the one of the source lecture: accuracy (top-1, % of the 1000-class test images whose first guess is
# right), size, compute (MACs: billions of multiply-adds per image), parameters (millions) and time per image.

# %% slideshow={"slide_type": ""}
architectures = pd.DataFrame(
    [(2012, "AlexNet", 56.48, 237.89, 0.72, 61.10, 0.46),
     (2014, "VGG19", 72.38, 461.10, 0.40, 20.08, 1.12),
     (2014, "Inception_v3", 79.35, 5212.60, 1.53, 6.25, 5.80),
     (2016, "ResNet18", 76.82, 721.60, 0.56, 11.22, 1.28),
     (2016, "ResNet50", 78.07, 4233.60, 1.30, 23.70, 4.56),
     (2016, "ResNet101", 77.35, 6409.60, 2.52, 42.70, 7.38),
     (2016, "ResNet152", 78.28, 9097.60, 3.74, 58.34, 10.54),
     (2018, "DenseNet121", 78.46, 5025.60, 0.90, 7.05, 5.23),
     (2018, "DenseNet169", 75.56, 6111.60, 1.07, 12.64, 6.75),
     (2018, "DenseNet201", 76.87, 7947.60, 1.38, 18.28, 9.24)],
    columns=["year", "model", "accuracy (%)", "size (MB)", "MACs (G)", "parameters (M)", "time (ms)"],
).set_index("model")
architectures

# %% slideshow={"slide_type": ""}
fig, ax = plt.subplots(figsize=(8.5, 4.8))
families = {"AlexNet": 0, "VGG": 7, "Inception": 5, "ResNet": 1, "DenseNet": 2}
for family, color_index in families.items():
    rows = architectures[architectures.index.str.startswith(family)]
    ax.scatter(rows["parameters (M)"], rows["accuracy (%)"], s=40 + 12 * rows["time (ms)"],
               color=plotting.PALETTE[color_index], label=family, alpha=0.85, edgecolor="white")
    for model, row in rows.iterrows():
        ax.annotate(model, (row["parameters (M)"], row["accuracy (%)"]), textcoords="offset points", xytext=(6, 4),
                    fontsize="small")
ax.set(xlabel="parameters (millions)", ylabel="ImageNet top-1 accuracy (%)", xlim=(0, 70), ylim=(52, 83),
       title="More parameters is not more accuracy (marker size: time per image)")
ax.legend(loc="lower left")
plt.show()

# %% slideshow={"slide_type": ""}
alex, dense = architectures.loc["AlexNet"], architectures.loc["DenseNet121"]
checks.true(dense["accuracy (%)"] > alex["accuracy (%)"] + 20 and dense["parameters (M)"] < alex["parameters (M)"] / 8,
            "DenseNet121 is 20 points more accurate than AlexNet with 8 times fewer parameters")


# %% [markdown] slideshow={"slide_type": "fragment"}
# Read the table for **trends**, not decimals: the figures come from one benchmark, and other sources differ by
# a few points. The parameter counts of the ResNet and DenseNet rows leave out the final 1000-class layer (ResNet-50
# has 25.6 M parameters with it); VGG19's 20 M counts its convolutional part only (the whole network, with its three
# dense layers, has about 144 M). The "size" column cannot be the weight file (58 M parameters in 32-bit floats
# take about 233 MB, not 9 GB): it probably measures memory while running. The lesson stands: **depth and clever
# design beat sheer size**. Medical examples: a 121-layer DenseNet (CheXNet, 2017) was trained to read chest X-rays,
# and an Inception-v3 to grade diabetic retinopathy on fundus photographs (Gulshan et al., JAMA 2016).

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Residual connections
#
# Why could nobody train 152 layers before ResNet? Backpropagation multiplies one factor per layer (notebook 05).
# If the factors are below 1, the gradient reaching the first layers **vanishes**, and those layers stop learning.
#
# A **residual block** (ResNet) adds a shortcut: the input skips over the layers and is added back to their output,
#
# $$\mathbf y = \mathbf x + F(\mathbf x), \qquad \frac{\partial \mathbf y}{\partial \mathbf x} = 1 + \frac{\partial F}{\partial \mathbf x}.$$
#
# ```
# x ──────────────────────────┐  (shortcut: identity)
# │                           ▼
# └──► conv 3x3 ──► ReLU ──► (+) ──► y = x + F(x)
# ```
#
# The layers $F$ only have to learn a **correction** to their input, and the "1" gives the gradient a direct path
# back through every block: the product over layers no longer shrinks to nothing.

# %% slideshow={"slide_type": ""}
class ResidualBlock(nn.Module):
    def __init__(self, channels, residual=True):
        super().__init__()
        self.conv = nn.Conv2d(channels, channels, kernel_size=3, padding=1)
        self.residual = residual

    def forward(self, x):
        out = torch.relu(self.conv(x))
        return x + out if self.residual else out                    # the shortcut is one addition


def gradient_per_layer(residual, depth=20):
    # one backward pass through a deep, untrained network: size of the gradient reaching each block
    torch.manual_seed(0)
    blocks = [ResidualBlock(8, residual) for _ in range(depth)]
    net = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), *blocks, nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 10))
    loss = F.cross_entropy(net(Xt_train[:128]), yt_train[:128])
    loss.backward()
    norms = np.array([block.conv.weight.grad.norm().item() for block in blocks])
    return norms / norms[-1]                                          # relative to the last block


relative_plain, relative_residual = gradient_per_layer(False), gradient_per_layer(True)
fig, ax = plt.subplots(figsize=(8, 4))
ax.plot(range(1, 21), np.maximum(relative_plain, 1e-30), "o-", color=plotting.POSITIVE_COLOR, label="plain: conv + ReLU")
ax.plot(range(1, 21), relative_residual, "o-", color=plotting.NEGATIVE_COLOR, label="residual: x + ReLU(conv(x))")
ax.set(yscale="log", xlabel="block (1 = nearest the input)", ylabel="gradient size / last block's (log scale)",
       title="20 blocks deep: the gradient vanishes without shortcuts", xticks=range(1, 21))
ax.legend()
plt.show()

# %% slideshow={"slide_type": ""}
checks.true(relative_plain[0] < 1e-3, f"plain network: the first block gets {relative_plain[0]:.1e} of the last block's gradient")
checks.true(relative_residual[0] > 0.1, f"residual network: the first block gets {relative_residual[0]:.2f} of it")

# %% [markdown] slideshow={"slide_type": "fragment"}
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
fig, axes = plt.subplots(1, 2, figsize=(8, 4))
axes[0].imshow(medical["cell"], cmap="gray", vmin=0, vmax=1)
axes[0].set_title("cell (original)")
low, high = np.percentile(edges_4, [1, 99])
axes[1].imshow(edges_4, cmap="PuOr_r", vmin=-max(abs(low), high), vmax=max(abs(low), high))
axes[1].set_title("your kernel\n(orange: dark to bright, purple: the reverse)")
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
#   $\lfloor (n + 2p - k)/s \rfloor + 1$. Pooling shrinks feature maps and tolerates small shifts.
# - Classic kernels (blur, sharpen, Laplacian, edges) are hand-made features; a CNN **learns** its kernels.
# - Convolution moves with the image (translation equivariance); max pooling and **data augmentation** make the
#   whole network robust to shifts. Augmentations must keep the label true (no left-right flips of a chest X-ray).
# - The receptive field grows by $k - 1$ pixels per layer, much faster with pooling or stride.
# - Depth wins over size (AlexNet 61 M parameters, 56 %; DenseNet121 7 M, 78 %); **residual connections**
#   $\mathbf y = \mathbf x + F(\mathbf x)$ keep the gradient alive through 100+ layers.
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
# <details><summary>Answer</summary>Only partly. Convolutions shift with the image and pooling tolerates small moves,
# but borders and the final dense layers depend on position. Our CNN dropped from 99 % to about 70 % on digits
# shifted by one pixel; training with shifted copies (augmentation) fixed it.</details>
#
# 5. Which augmentations would you use for histology tiles, and which are dangerous for chest X-rays?
# <details><summary>Answer</summary>Histology tiles have no orientation: flips, 90° rotations, shifts, small colour
# changes are fine. On chest X-rays a left-right flip moves the heart to the right side (a real, rare condition):
# use small shifts, small rotations and brightness/contrast changes instead.</details>
#
# 6. Why did residual connections allow networks of 100+ layers?
# <details><summary>Answer</summary>With y = x + F(x), the derivative is 1 + dF/dx: the gradient has a direct path
# back to the first layers instead of a product of many small factors that vanishes.</details>
#
# **What comes next**: notebook 08 turns from images to **sequences** (ECG, vital signs) with recurrent networks, and
# notebook 09 applies CNNs to medical images: DICOM, Hounsfield units, segmentation and Dice.
