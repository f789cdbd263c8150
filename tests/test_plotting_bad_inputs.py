"""Bad input for ``course_utils.plotting``: every mistake gets a course message (what was expected, what was
received, the fix), never a raw NumPy/Matplotlib/torch error, never a silently wrong figure, never a changed input.
"""

from __future__ import annotations

import copy

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from bad_input_support import assert_course_message as shared_check  # noqa: E402
from bad_input_support import check_french  # noqa: E402

from course_utils import plotting  # noqa: E402

RAW = ("could not convert", "inhomogeneous", "float() argument", "ambiguous", "object at 0x", "Can't call numpy()",
       "unsupported operand", "not supported between", "Invalid shape", "is not a valid value for", "has no attribute")

rng = np.random.default_rng(0)
X = rng.normal(size=(40, 2))
y = (X[:, 0] + X[:, 1] > 0).astype(int)
HISTORY = {"train_loss": [0.9, 0.6, 0.4], "val_loss": [1.0, 0.7, 0.6], "val_metric": [0.6, 0.7, 0.8],
           "lr": [0.1, 0.05, 0.025], "seconds": [0.5, 1.0, 1.5], "best_epoch": [3]}


def assert_course_message(error: BaseException, *fragments: str) -> None:
    shared_check(error, *fragments, raw=RAW, max_length=800)


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def logistic():
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression().fit(X, y)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


CASES = [
    # plot_history
    (lambda: plotting.plot_history([0.9, 0.5]), TypeError, ["history must be a dict of curves", "a list of 2 items",
                                                           "plot_history({'train_loss': losses})"]),
    (lambda: plotting.plot_history(None), TypeError, ["history must be a dict", "None"]),
    (lambda: plotting.plot_history({}), ValueError, ["history is empty", "train the model first"]),
    (lambda: plotting.plot_history({"model": "MLP"}), ValueError, ["no learning curve to draw", "['model']",
                                                                   "keys=[...]"]),
    (lambda: plotting.plot_history(HISTORY, keys="val_los"), KeyError, ["no curve named ['val_los']",
                                                                        "available", "Did you mean 'val_loss'?"]),
    (lambda: plotting.plot_history(HISTORY, keys=["acc"]), KeyError, ["no curve named ['acc']", "available"]),
    (lambda: plotting.plot_history(HISTORY, keys="seconds"), ValueError, ["history['seconds'] is the time",
                                                                          "not a learning curve",
                                                                          "plt.plot(history['seconds'])"]),
    (lambda: plotting.plot_history(HISTORY, keys="best_epoch"), ValueError, ["not a learning curve"]),
    (lambda: plotting.plot_history(HISTORY, keys=3), TypeError, ["keys must be a curve name", "the number 3"]),
    (lambda: plotting.plot_history(HISTORY, keys=[]), TypeError, ["keys must be a curve name", "a list of 0 items"]),
    (lambda: plotting.plot_history({"loss": 0.5}, keys="loss"), ValueError, ["history['loss'] must be 1-D",
                                                                             "[x]"]),
    (lambda: plotting.plot_history({"loss": ["a", "b"]}, keys="loss"), TypeError, ["history['loss']",
                                                                                   "the text 'a'"]),
    (lambda: plotting.plot_history({"loss": [[1, 2], [3]]}, keys="loss"), ValueError, ["rows of equal length"]),
    (lambda: plotting.plot_history(HISTORY, ax="left"), TypeError, ["ax must be a matplotlib Axes", "the text"]),
    (lambda: plotting.plot_history(HISTORY, ax=plt.subplots()), TypeError, ["Axes", "a tuple of 2 items",
                                                                           "fig, ax = plt.subplots()"]),
    (lambda: plotting.plot_history(HISTORY, ylabel=None), TypeError, ["ylabel must be a text", "None"]),
    # probability_grid and plot_decision_boundary: the classifier
    (lambda: plotting.plot_decision_boundary("model", X, y), TypeError, ["predict_proba must be a function",
                                                                          "PyTorch model", "the text 'model'"]),
    (lambda: plotting.plot_decision_boundary(_sklearn_class(), X, y), TypeError, ["the class LogisticRegression",
                                                                                 "add parentheses", "fit"]),
    (lambda: plotting.plot_decision_boundary(_unfitted(), X, y), ValueError, ["not trained yet", "model.fit(X, y)"]),
    (lambda: plotting.plot_decision_boundary(logistic().decision_function, X, y), ValueError,
     ["probabilities between 0 and 1", "logits", "sigmoid"]),
    (lambda: plotting.plot_decision_boundary(lambda P: P, X, y), ValueError, ["2 values per point",
                                                                              "do not add up to 1",
                                                                              "did it return its input?"]),
    (lambda: plotting.plot_decision_boundary(lambda P: P[:10, 0], X, y), ValueError, ["one value per point",
                                                                                      "(22500,)", "got shape (10,)"]),
    (lambda: plotting.plot_decision_boundary(lambda P: np.ones((len(P), 3)) / 3, X, y), ValueError,
     ["one value per point", "(22500, 3)", "two classes"]),
    (lambda: plotting.plot_decision_boundary(lambda P: None, X, y), TypeError, ["returned nothing (None)",
                                                                                "return"]),
    (lambda: plotting.plot_decision_boundary(lambda P: np.full(len(P), np.nan), X, y), ValueError,
     ["22500 NaN", "diverged"]),
    (lambda: plotting.plot_decision_boundary(lambda P: ["a"] * len(P), X, y), TypeError, ["the text 'a'"]),
    (lambda: plotting.plot_decision_boundary(lambda P: P[:, 0] / 0 if P.ndim == 3 else 1 // 0, X, y), TypeError,
     ["failed on the grid of points", "NumPy array of shape (22500, 2)", "ZeroDivisionError: integer division"]),
    # the data and the texts
    (lambda: plotting.plot_decision_boundary(sigmoid, X[:, 0], y), ValueError, ["X must have shape (n_samples, 2)",
                                                                                "1-D"]),
    (lambda: plotting.plot_decision_boundary(logistic(), np.c_[X, X], y), ValueError,
     ["X must have shape (n_samples, 2)", "(40, 4)", "X[:, :2]"]),
    (lambda: plotting.plot_decision_boundary(logistic(), X, y[:5]), ValueError, ["X and y must have the same number",
                                                                                 "40 and 5"]),
    (lambda: plotting.plot_decision_boundary(logistic(), X, y + 0.5), ValueError, ["y must hold class numbers",
                                                                                   "got 0.5", "index"]),
    (lambda: plotting.plot_decision_boundary(logistic(), X, 2 * y - 1), ValueError, ["class numbers", "got -1",
                                                                                     "(y == 1)"]),
    (lambda: plotting.plot_decision_boundary(logistic(), X, y * 9), ValueError, ["at most 8 classes", "got 9"]),
    (lambda: plotting.plot_decision_boundary(logistic(), X, sigmoid(X[:, 0])), ValueError,
     ["class numbers", "probabilities", "true labels"]),
    (lambda: plotting.plot_decision_boundary(logistic(), X, ["benign"] * 40), TypeError, ["y must be an array",
                                                                                          "'benign'"]),
    (lambda: plotting.plot_decision_boundary(logistic(), X, y.reshape(-1, 1)), ValueError, ["y must be 1-D",
                                                                                            "y.ravel()"]),
    (lambda: plotting.plot_decision_boundary(logistic(), X, y, class_names="ab"), TypeError,
     ["class_names must be a list of texts", "the text 'ab'"]),
    (lambda: plotting.plot_decision_boundary(logistic(), X, y, feature_names=("age (years)",)), ValueError,
     ["feature_names must have 2 names", "got 1"]),
    (lambda: plotting.plot_decision_boundary(logistic(), X, y, title=3), TypeError, ["title must be a text"]),
    (lambda: plotting.plot_decision_boundary(logistic(), X, y, resolution=5), ValueError, ["resolution must be >= 10",
                                                                                          "got 5"]),
    (lambda: plotting.plot_decision_boundary(logistic(), X, y, resolution=150.0), TypeError,
     ["resolution must be an integer", "resolution=150"]),
    (lambda: plotting.probability_grid(logistic(), X, margin=-1), ValueError, ["margin must be >= 0", "-1"]),
    (lambda: plotting.probability_grid(logistic(), X, margin="0.1"), TypeError, ["margin must be a number",
                                                                                "margin=0.1"]),
    # plot_confusion
    (lambda: plotting.plot_confusion([0, 1], [0, 1], class_names="ab"), TypeError, ["class_names must be a list"]),
    (lambda: plotting.plot_confusion([0, 1], [0, 1], class_names=["a", "b", "c"]), ValueError, ["2 names",
                                                                                                "got 3"]),
    (lambda: plotting.plot_confusion([0, 1], [0, 1], ax="axes"), TypeError, ["ax must be a matplotlib Axes"]),
    (lambda: plotting.plot_confusion([0, 1], [0, 1], title=None), TypeError, ["title must be a text"]),
    # image_grid
    (lambda: plotting.image_grid(np.zeros((4, 4))), ValueError, ["several images", "one image of shape (4, 4)",
                                                                 "image_grid([image])"]),
    (lambda: plotting.image_grid(np.zeros((64, 64, 3))), ValueError, ["one colour image", "(64, 64, 3)",
                                                                      "image_grid([image])"]),
    (lambda: plotting.image_grid(np.zeros((2, 2, 8, 8))), ValueError, ["must have shape (n_images, height, width)",
                                                                       "(2, 2, 8, 8)"]),
    (lambda: plotting.image_grid(np.zeros((2, 8, 8, 8, 1))), ValueError, ["n_images", "(2, 8, 8, 8, 1)"]),
    (lambda: plotting.image_grid(np.zeros((1000, 8, 8))), ValueError, ["at most 100 images", "got 1000",
                                                                       "images[:25]"]),
    (lambda: plotting.image_grid([]), ValueError, ["empty list"]),
    (lambda: plotting.image_grid([np.zeros((4, 4)), np.zeros((4, 4, 5))]), ValueError,
     ["images[1] must be a grey image", "(4, 4, 5)"]),
    (lambda: plotting.image_grid(np.full((2, 8, 8, 3), 200.5)), ValueError, ["colour image with values from 200",
                                                                             "0 to 1", "0 to 255"]),
    (lambda: plotting.image_grid(np.full((2, 8, 8, 3), -1.0)), ValueError, ["colour image", "-1", "Rescale"]),
    (lambda: plotting.image_grid(np.zeros((2, 8, 8)), titles="ab"), TypeError, ["titles must be a list",
                                                                                "the text 'ab'"]),
    (lambda: plotting.image_grid(np.zeros((2, 8, 8)), titles=["a"]), ValueError, ["one entry per image",
                                                                                  "2 images, 1 titles"]),
    (lambda: plotting.image_grid(np.zeros((2, 8, 8)), cmap="viridus"), ValueError, ["'viridus' is not",
                                                                                    "'viridis'"]),
    (lambda: plotting.image_grid(np.zeros((2, 8, 8)), cmap=3), TypeError, ["cmap must be the name"]),
    (lambda: plotting.image_grid(np.zeros((2, 8, 8)), ncols=0), ValueError, ["ncols must be >= 1"]),
    (lambda: plotting.image_grid(np.zeros((2, 8, 8)), size=-2), ValueError, ["size must be a finite number > 0"]),
    (lambda: plotting.image_grid(np.zeros((2, 8, 8)), vmin=1, vmax=0), ValueError, ["vmin must be below vmax"]),
    (lambda: plotting.image_grid(np.zeros((2, 8, 8)), vmin="0"), TypeError, ["vmin must be a number"]),
    (lambda: plotting.image_grid(np.zeros((2, 8, 8)), suptitle=5), TypeError, ["suptitle must be a text"]),
    (lambda: plotting.image_grid(np.full((2, 8, 8), np.nan)), ValueError, ["missing or infinite"]),
    (lambda: plotting.image_grid("scan.png"), TypeError, ["images must be an array of numbers", "the text"]),
    # style and colours
    (lambda: plotting.use_style(presentation="yes"), TypeError, ["presentation must be True or False",
                                                                 "the text 'yes'"]),
    (lambda: plotting.class_color(99), ValueError, ["label must be <= 7", "got 99"]),
    (lambda: plotting.class_color(1.0), TypeError, ["label must be an integer", "label=1"]),
    (lambda: plotting.class_color("1"), TypeError, ["label must be an integer", "label=1"]),
]


def _sklearn_class():
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression


def _unfitted():
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression()


@pytest.mark.parametrize("call, error, fragments", CASES)
def test_plotting_bad_input(call, error, fragments):
    with pytest.raises(error) as info:
        call()
    assert_course_message(info.value, *fragments)
    check_french(call, str(info.value))


TORCH_CASES = [
    ("three inputs", TypeError, ["PyTorch model (Linear) failed on the grid", "another number of input features"]),
    ("in [0, 1] without sigmoid", ValueError, ["all lie between 0 and 1", "probabilities, or logits",
                                              "torch.sigmoid"]),
    ("a function given numpy", TypeError, ["failed on the grid", "torch.as_tensor(P, dtype=torch.float32)"]),
    ("three classes", ValueError, ["one value per point", "two classes"]),
]


@pytest.mark.parametrize("case, error, fragments", TORCH_CASES)
def test_torch_models_bad_input(case, error, fragments):
    torch = pytest.importorskip("torch")
    nn = torch.nn
    torch.manual_seed(0)
    if case == "three inputs":
        call = lambda: plotting.plot_decision_boundary(nn.Linear(3, 1), X, y)  # noqa: E731
    elif case == "in [0, 1] without sigmoid":
        always = nn.Linear(2, 1)
        with torch.no_grad():
            always.weight.zero_()
            always.bias.fill_(0.3)
        call = lambda: plotting.plot_decision_boundary(always, X, y)  # noqa: E731
    elif case == "a function given numpy":
        net = nn.Linear(2, 1)
        call = lambda: plotting.plot_decision_boundary(lambda P: torch.sigmoid(net(P)), X, y)  # noqa: E731
    else:
        call = lambda: plotting.plot_decision_boundary(nn.Linear(2, 3), X, y)  # noqa: E731
    with pytest.raises(error) as info:
        call()
    assert_course_message(info.value, *fragments)
    check_french(call, str(info.value))


def test_models_are_accepted_and_read_the_right_way():
    torch = pytest.importorskip("torch")
    from sklearn.svm import SVC

    model = logistic()
    via_function = plotting.probability_grid(model.predict_proba, X, resolution=20)[0]
    via_model = plotting.probability_grid(model, X, resolution=20)[0]
    np.testing.assert_allclose(via_model, via_function)
    hard = plotting.probability_grid(SVC().fit(X, y), X, resolution=20)[0]  # no predict_proba: 0/1 classes
    assert set(np.unique(hard)) <= {0.0, 1.0}
    table_model = logistic().fit(pd.DataFrame(X, columns=["red", "white"]), y)
    plotting.probability_grid(table_model, X, resolution=20)
    net = torch.nn.Sequential(torch.nn.Linear(2, 1))
    with torch.no_grad():
        net[0].weight.copy_(torch.tensor([[3.0, 3.0]]))
        net[0].bias.zero_()
    net.train()
    grid, _ = plotting.probability_grid(net, X, resolution=20)  # logits: a sigmoid is applied
    points = np.stack(np.meshgrid(np.linspace(-1, 1, 3), np.linspace(-1, 1, 3)), -1).reshape(-1, 2)
    assert grid.min() >= 0 and grid.max() <= 1 and net.training  # train mode given back
    expected = plotting._torch_probabilities(net, points)
    np.testing.assert_allclose(expected, sigmoid(3 * points.sum(axis=1)), atol=1e-6)
    with_sigmoid = torch.nn.Sequential(net[0], torch.nn.Sigmoid())
    np.testing.assert_allclose(plotting._torch_probabilities(with_sigmoid, points), expected, atol=1e-6)
    two = torch.nn.Linear(2, 2)
    assert plotting._torch_probabilities(two, points).shape == (9,)  # softmax, second class
    column = plotting.probability_grid(lambda P: sigmoid(P[:, :1]), X, resolution=10)[0]  # (n, 1) is fine
    assert column.shape == (10, 10)


def test_plot_history_draws_only_learning_curves_and_the_rate_on_its_own_axis():
    torch = pytest.importorskip("torch")
    ax = plotting.plot_history(HISTORY)
    assert [line.get_label() for line in ax.lines] == ["train loss", "val loss", "val metric"]
    assert len(ax.figure.axes) == 1
    ax = plotting.plot_history(HISTORY, keys="train_loss")
    assert [line.get_label() for line in ax.lines] == ["train loss"]
    ax = plotting.plot_history(HISTORY, keys=["train_loss", "val_loss", "lr"])
    twin = [other for other in ax.figure.axes if other is not ax][0]
    assert [line.get_label() for line in ax.lines] == ["train loss", "val loss"]
    assert len(twin.lines) == 1 and twin.get_ylabel() == "learning rate α"
    assert len(ax.get_legend().get_texts()) == 3
    ax = plotting.plot_history(HISTORY, keys="lr")  # the learning rate alone takes the main axis
    assert ax.get_ylabel() == "learning rate α" and [line.get_label() for line in ax.lines] == ["learning rate"]
    grads = {"train_loss": [torch.tensor(0.9, requires_grad=True) * 1, torch.tensor(0.5, requires_grad=True)]}
    ax = plotting.plot_history(grads)
    np.testing.assert_allclose(ax.lines[0].get_ydata(), [0.9, 0.5])
    ax = plotting.plot_history({"train_loss": [1.0, 5.0, float("inf")]})
    assert "NaN/inf from epoch 3" in ax.lines[0].get_label()
    ax = plotting.plot_history(pd.DataFrame({"train_loss": [1.0, 0.5], "val_loss": [1.1, 0.7]}))
    assert len(ax.lines) == 2


def test_image_grid_reads_pytorch_and_colour_layouts():
    torch = pytest.importorskip("torch")
    fig = plotting.image_grid(torch.zeros(3, 1, 8, 8))
    assert fig.axes[0].images[0].get_array().shape == (8, 8)
    fig = plotting.image_grid(np.zeros((2, 3, 8, 8)))
    assert fig.axes[0].images[0].get_array().shape == (8, 8, 3)
    fig = plotting.image_grid(np.full((2, 8, 8, 3), 200.0))  # whole numbers 0-255
    assert fig.axes[0].images[0].get_array().dtype == np.uint8
    fig = plotting.image_grid(np.zeros((2, 8, 8)), titles=np.array([3, 7]))
    assert fig.axes[1].get_title() == "7"


def test_plotting_never_changes_its_inputs():
    history = copy.deepcopy(HISTORY)
    X_before, y_before = X.copy(), y.copy()
    images = np.full((2, 8, 8, 3), 200.0)
    images_before = images.copy()
    table = pd.DataFrame(X, columns=["a", "b"])
    table_before = table.copy()
    plotting.plot_history(history, keys=["train_loss", "lr"])
    plotting.plot_decision_boundary(logistic(), table, y)
    plotting.probability_grid(lambda P: sigmoid(P[:, 0]), X)
    plotting.image_grid(images)
    plotting.plot_confusion(y, y)
    assert history == HISTORY
    np.testing.assert_array_equal(X, X_before)
    np.testing.assert_array_equal(y, y_before)
    np.testing.assert_array_equal(images, images_before)
    pd.testing.assert_frame_equal(table, table_before)
