"""Bad inputs to ``course_utils.training``: every mistake gets a course message, never a raw torch error.

Each case asserts the exception type and that the message names what was expected and what was received.
``BAD_INPUTS`` lists the plain cases (one call each); the tests below it add the cases that need more set-up
(divergence, DataLoaders, model modes), the inputs that must be accepted and converted, a test that the caller's
data are never changed, and Hypothesis properties of the shape, label and missing-value checks.
"""

import re
import warnings

import numpy as np
import pandas as pd
import pytest
from bad_input_support import check_french, in_french
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

torch = pytest.importorskip("torch")
nn = torch.nn

from course_utils import i18n, training  # noqa: E402

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _xy(n=16, features=2, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, features))
    y = (X[:, 0] > 0).astype(float)
    return X, y


X_NP, Y_NP = _xy()
X_T = torch.tensor(X_NP, dtype=torch.float32)
Y_COL = torch.tensor(Y_NP, dtype=torch.float32).reshape(-1, 1)   # (16, 1) 0/1 floats: right for BCE and MSE
Y_CLASS = torch.tensor(Y_NP, dtype=torch.long)                    # (16,) class numbers: right for CrossEntropy
BCE = nn.BCEWithLogitsLoss()


def linear(n_in=2, n_out=1):
    torch.manual_seed(0)
    return nn.Linear(n_in, n_out)


def sgd_pair():
    """A fresh linear model and an SGD optimizer on its weights."""
    model = linear()
    return model, torch.optim.SGD(model.parameters(), lr=0.1)


DEFAULT = object()


def fit(model=DEFAULT, train=DEFAULT, **kwargs):
    """``training.fit`` on a good model and good data, with one thing changed by the case."""
    kwargs.setdefault("loss_fn", BCE)
    kwargs.setdefault("epochs", 1)
    kwargs.setdefault("progress", False)
    return training.fit(linear() if model is DEFAULT else model, (X_T, Y_COL) if train is DEFAULT else train, **kwargs)


def make_net():
    return nn.Linear(2, 1)


class Squeezed(nn.Module):
    """Outputs shape (n,) instead of (n, 1)."""

    def __init__(self):
        super().__init__()
        self.layer = nn.Linear(2, 1)

    def forward(self, x):
        return self.layer(x).squeeze(-1)


class RawLSTM(nn.Module):
    """Forgets to unpack the LSTM's (outputs, state)."""

    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 4, batch_first=True)

    def forward(self, x):
        return self.lstm(x)


class FlattensBatch(nn.Module):
    def __init__(self):
        super().__init__()
        self.layer = nn.Linear(2, 1)

    def forward(self, x):
        return self.layer(x).view(-1, 2)


def frozen():
    model = linear()
    for p in model.parameters():
        p.requires_grad = False
    return model


def with_nan_weights():
    model = linear()
    with torch.no_grad():
        model.weight[0, 1] = float("nan")
    return model


def with_nan(X, row, col, value=float("nan")):
    X = X.clone() if isinstance(X, torch.Tensor) else X.copy()
    X[row, col] = value
    return X


def sklearn_model():
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression()


def as_item(out, y):
    return (out - y).pow(2).mean().item()


# (id, call, exception type, regex that must be found in the message: what was expected ... what was received)
BAD_INPUTS = [
    # ---- to_tensors
    ("to_tensors X text", lambda: training.to_tensors("abc"), TypeError, r"X must be an array of numbers.*text 'abc'"),
    ("to_tensors X None", lambda: training.to_tensors(None), TypeError, r"X must be an array of numbers.*None"),
    ("to_tensors X empty", lambda: training.to_tensors(np.zeros((0, 2))), ValueError, r"X .*empty.*\(0, 2\)"),
    ("to_tensors X NaN", lambda: training.to_tensors(with_nan(X_NP, 3, 1)), ValueError,
     r"X must hold only finite numbers, but row 3, column 1 holds NaN"),
    ("to_tensors X NaN in a table", lambda: training.to_tensors(
        pd.DataFrame({"glucose": [5.0, np.nan], "bmi": [20.0, 30.0]})), ValueError, r"row 1, column 0 \('glucose'\)"),
    ("to_tensors lengths", lambda: training.to_tensors(np.zeros((3, 2)), np.zeros(4)), ValueError,
     r"same number of samples.*got 3 and 4"),
    ("to_tensors y_dtype unknown", lambda: training.to_tensors(X_NP, Y_NP, y_dtype="integer"), ValueError,
     r"y_dtype must be 'float32'.*'int64'.*integer"),
    ("to_tensors y_dtype a class", lambda: training.to_tensors(X_NP, Y_NP, y_dtype=int), ValueError,
     r"y_dtype must be.*class int"),
    ("to_tensors class numbers 0.5", lambda: training.to_tensors(X_NP[:2], [0.5, 1.0], y_dtype="int64"), ValueError,
     r"whole numbers.*0\.5"),
    ("to_tensors text labels", lambda: training.to_tensors(X_NP[:2], ["yes", "no"]), TypeError,
     r"y must be an array of numbers.*'yes'"),
    ("to_tensors y NaN", lambda: training.to_tensors(X_NP[:2], [0.0, np.nan]), ValueError,
     r"y must hold only finite numbers, but row 1 holds NaN"),
    ("to_tensors class numbers NaN", lambda: training.to_tensors(X_NP[:2], [0, np.nan], y_dtype="int64"), ValueError,
     r"y must hold whole numbers.*NaN"),
    # ---- make_loader / Batches
    ("make_loader arrays", lambda: training.make_loader(X_NP, Y_NP), TypeError,
     r"X must be a torch tensor here, got an array of shape \(16, 2\).*to_tensors"),
    ("make_loader y list", lambda: training.make_loader(X_T, [0, 1]), TypeError, r"y must be a torch tensor.*list"),
    ("make_loader lengths", lambda: training.make_loader(X_T, Y_COL[:5]), ValueError,
     r"same number of samples.*\(16, 2\).*\(5, 1\)"),
    ("make_loader batch_size 0", lambda: training.make_loader(X_T, Y_COL, batch_size=0), ValueError,
     r"batch_size must be >= 1, got 0"),
    ("make_loader batch_size 2.5", lambda: training.make_loader(X_T, Y_COL, batch_size=2.5), TypeError,
     r"batch_size must be an integer.*2\.5"),
    ("make_loader shuffle text", lambda: training.make_loader(X_T, Y_COL, shuffle="yes"), TypeError,
     r"shuffle must be True or False.*'yes'"),
    ("make_loader seed -1", lambda: training.make_loader(X_T, Y_COL, seed=-1), ValueError,
     r"seed must be >= 0, got -1"),
    # ---- fit: the model
    ("fit model text", lambda: fit("mlp"), TypeError, r"model must be a PyTorch network.*got the text 'mlp'"),
    ("fit model class", lambda: fit(nn.Linear), TypeError,
     r"PyTorch network.*got the class torch\.nn\.Linear itself.*parentheses"),
    ("fit model user class", lambda: fit(Squeezed), TypeError, r"class Squeezed itself"),
    ("fit model sklearn", lambda: fit(sklearn_model()), TypeError,
     r"PyTorch network.*scikit-learn model \(LogisticRegression\).*model\.fit\(X, y\)"),
    ("fit model function", lambda: fit(make_net), TypeError, r"got the function make_net.*model=make_net\(\)"),
    ("fit model None", lambda: fit(None), TypeError, r"got nothing \(None\)"),
    ("fit model frozen", lambda: fit(frozen()), ValueError, r"no trainable weights.*requires_grad"),
    ("fit model NaN weights", lambda: fit(with_nan_weights()), ValueError, r"weights \(weight\) already hold NaN"),
    ("fit model returns a tuple", lambda: fit(RawLSTM(), (X_T[:, None, :], Y_COL)), TypeError,
     r"must return a tensor of outputs, got a tuple.*LSTM"),
    ("fit model flattens the batch", lambda: fit(FlattensBatch()), ValueError,
     r"one row of outputs per sample, but for 4 samples of X \(training inputs\).*returned outputs of shape \(2, 2\)"),
    # ---- fit: the loss
    ("fit loss class", lambda: fit(loss_fn=nn.BCEWithLogitsLoss), TypeError,
     r"loss function such as.*got the class torch\.nn\.BCEWithLogitsLoss itself.*BCEWithLogitsLoss\(\)"),
    ("fit loss text", lambda: fit(loss_fn="mse"), TypeError, r"loss_fn must be a loss function.*text 'mse'"),
    ("fit loss None", lambda: fit(loss_fn=None), TypeError, r"fit needs the loss to minimise: add loss_fn="),
    ("fit loss forgotten", lambda: training.fit(nn.Linear(2, 1), (X_NP, Y_NP)), TypeError,
     r"fit needs the loss to minimise: add loss_fn=.*BCEWithLogitsLoss\(\)"),
    ("fit loss reduction none", lambda: fit(loss_fn=nn.MSELoss(reduction="none")), ValueError,
     r"one loss per mini-batch.*reduction='none'"),
    ("fit loss not a loss", lambda: fit(loss_fn=nn.Sigmoid()), ValueError,
     r"loss_fn \(Sigmoid\) could not compare the model's outputs, a tensor of shape \(4, 1\).*TypeError"),
    ("fit loss returns a float", lambda: fit(loss_fn=as_item), TypeError,
     r"return the loss as a torch tensor, got the number"),
    ("fit loss per sample", lambda: fit(loss_fn=lambda out, y: (out - y) ** 2), ValueError,
     r"one number \(the mean loss.*shape \(4, 1\).*loss\.mean\(\)"),
    ("fit loss detached", lambda: fit(loss_fn=lambda out, y: BCE(out.detach(), y)), ValueError,
     r"does not depend on the model's weights.*\.detach\(\)"),
    ("fit BCELoss on logits", lambda: fit(train=(X_T * 100, Y_COL), loss_fn=nn.BCELoss()), ValueError,
     r"BCELoss needs probabilities between 0 and 1.*BCEWithLogitsLoss"),
    # ---- fit: the data
    ("fit train triple", lambda: fit(train=(X_T, Y_COL, Y_COL)), ValueError,
     r"a pair \(X, y\) or a DataLoader, got a tuple of 3 items"),
    ("fit train X only", lambda: fit(train=X_T), TypeError,
     r"a pair \(X, y\) or a DataLoader, got only a PyTorch tensor of shape \(16, 2\).*targets too"),
    ("fit train number", lambda: fit(train=5), TypeError, r"train must be a pair \(X, y\).*the number 5"),
    ("fit val number", lambda: fit(val=5), TypeError, r"val must be a pair \(X, y\) or a DataLoader.*the number 5"),
    ("fit lengths", lambda: fit(train=(X_T, Y_COL[:10])), ValueError,
     r"X \(training inputs\) and y \(training targets\) must have the same number of samples.*16 and 10"),
    ("fit text labels", lambda: fit(train=(X_NP, np.array(["yes", "no"] * 8))), TypeError,
     r"y \(training targets\) must hold numbers.*dtype <U3.*\(y == 'yes'\)"),
    ("fit three features", lambda: fit(train=(torch.randn(16, 3), Y_COL)), ValueError,
     r"the model expects 2 input features per sample, but X \(training inputs\) has 3 \(shape \(16, 3\)\)"),
    ("fit one feature without axis", lambda: fit(linear(1), (torch.randn(16), Y_COL)), ValueError,
     r"expects 1 input feature per sample.*shape \(16,\).*X\.reshape\(-1, 1\)"),
    ("fit images without channel", lambda: fit(nn.Sequential(nn.Conv2d(1, 2, 3), nn.Flatten()),
                                               (torch.randn(16, 8, 8), Y_COL)), ValueError,
     r"expects inputs of shape \(n_samples, 1 channel, height, width\), but X \(training inputs\) has shape "
     r"\(16, 8, 8\)\. Add the channel axis: X\[:, None\]"),
    ("fit images channels last", lambda: fit(nn.Sequential(nn.Conv2d(3, 2, 3), nn.Flatten()),
                                             (torch.randn(16, 8, 8, 3), Y_COL)), ValueError,
     r"\(n_samples, 3 channels, height, width\).*\(16, 8, 8, 3\).*X\.permute\(0, 3, 1, 2\)"),
    ("fit sequences wrong size", lambda: fit(nn.LSTM(3, 4, batch_first=True), (torch.randn(16, 5, 2), Y_COL)),
     ValueError, r"expects sequences of shape \(n_samples, n_steps, 3\), but X \(training inputs\) has shape "
                 r"\(16, 5, 2\)"),
    ("fit flattened images wrong size", lambda: fit(nn.Sequential(nn.Flatten(), nn.Linear(64, 1)),
                                                    (torch.randn(16, 1, 7, 7), Y_COL)), ValueError,
     r"expects 64 numbers per sample once flattened, but X \(training inputs\) has 49"),
    ("fit NaN in X", lambda: fit(train=(with_nan(X_T, 5, 1), Y_COL)), ValueError,
     r"X \(training inputs\) must hold only finite numbers, but row 5, column 1 holds NaN"),
    ("fit inf in X", lambda: fit(train=(with_nan(X_NP, 2, 0, np.inf), Y_COL)), ValueError,
     r"row 2, column 0 holds inf \(an infinite value\)"),
    ("fit NaN in a table", lambda: fit(train=(pd.DataFrame(with_nan(X_NP, 4, 1), columns=["age", "bmi"]), Y_COL)),
     ValueError, r"row 4, column 1 \('bmi'\) holds NaN"),
    ("fit NaN in y", lambda: fit(train=(X_T, with_nan(Y_COL, 7, 0))), ValueError,
     r"y \(training targets\) must hold only finite numbers, but row 7, column 0 holds NaN"),
    ("fit NaN in val", lambda: fit(val=(with_nan(X_T, 1, 0), Y_COL)), ValueError,
     r"X \(validation inputs\).*row 1, column 0 holds NaN"),
    ("fit MSE (n,) targets", lambda: fit(train=(X_T, Y_COL.ravel()), loss_fn=nn.MSELoss()), ValueError,
     r"MSELoss compares each output.*outputs, \(16, 1\), but it has shape \(16,\).*16 x 16.*y\.reshape\(-1, 1\)"),
    ("fit BCE (n,) targets", lambda: fit(train=(X_T, Y_COL.ravel())), ValueError,
     r"BCEWithLogitsLoss.*\(16, 1\), but it has shape \(16,\)"),
    ("fit MSE (n, 1) targets, (n,) outputs", lambda: fit(Squeezed(), loss_fn=nn.MSELoss()), ValueError,
     r"outputs, \(16,\), but it has shape \(16, 1\).*y\.reshape\(-1\)"),
    ("fit BCE two outputs", lambda: fit(linear(2, 2)), ValueError,
     r"\(16, 2\), but it has shape \(16, 1\).*outputs 2 numbers per sample.*CrossEntropyLoss"),
    ("fit BCE labels 1/2", lambda: fit(train=(X_T, Y_COL + 1)), ValueError,
     r"target between 0 and 1.*holds 2 at row 0, column 0 \(its values: 1, 2\).*y - 1"),
    ("fit BCE labels -1/1", lambda: fit(train=(X_T, 2 * Y_COL - 1)), ValueError, r"values: -1, 1\).*\(y \+ 1\) / 2"),
    ("fit BCE class numbers", lambda: fit(train=(X_T, torch.arange(16.0).reshape(-1, 1) % 4)), ValueError,
     r"between 0 and 1.*values: 0, 1, 2, 3\).*CrossEntropyLoss"),
    ("fit CE one output", lambda: fit(linear(2, 1), (X_T, Y_CLASS), loss_fn=nn.CrossEntropyLoss()), ValueError,
     r"CrossEntropyLoss needs one output per class.*shape \(16, 1\).*BCEWithLogitsLoss"),
    ("fit CE (n, 1) labels", lambda: fit(linear(2, 2), (X_T, Y_CLASS[:, None]), loss_fn=nn.CrossEntropyLoss()),
     ValueError, r"must have shape \(16,\), but it has shape \(16, 1\)\. Remove y's extra axis"),
    ("fit CE decimal labels", lambda: fit(linear(2, 2), (X_T, Y_CLASS * 0.5), loss_fn=nn.CrossEntropyLoss()),
     ValueError, r"needs class numbers \(0, 1, 2, \.\.\.\).*holds 0\.5, which is not a whole number"),
    ("fit CE class too large", lambda: fit(linear(2, 3), (X_T, Y_CLASS * 3), loss_fn=nn.CrossEntropyLoss()),
     ValueError, r"outputs 3 numbers per sample.*classes 0 to 2\), but y \(training targets\) holds the class 3"),
    ("fit CE labels from 1", lambda: fit(linear(2, 2), (X_T, Y_CLASS + 1), loss_fn=nn.CrossEntropyLoss()),
     ValueError, r"classes 0 to 1\).*holds the class 2.*start at 1: number them from 0 with y - 1"),
    ("fit CE negative label", lambda: fit(linear(2, 2), (X_T, Y_CLASS - 1), loss_fn=nn.CrossEntropyLoss()),
     ValueError, r"holds the class -1.*cannot be negative"),
    # ---- fit: optimizer, scheduler and the other settings
    ("fit optimizer class", lambda: fit(optimizer=torch.optim.Adam), TypeError,
     r"optimizer must be a torch optimizer.*class torch\.optim\.Adam itself.*model\.parameters\(\)"),
    ("fit optimizer text", lambda: fit(optimizer="adam"), TypeError, r"torch optimizer.*text 'adam'"),
    ("fit optimizer of another model", lambda: fit(optimizer=torch.optim.SGD(linear().parameters(), lr=0.1)),
     ValueError, r"built on another model's weights"),
    ("fit lr and optimizer", lambda: (lambda m: fit(m, optimizer=torch.optim.SGD(m.parameters(), lr=0.1), lr=0.5))(
        linear()), ValueError, r"lr=0\.5 would be ignored.*own learning rate \(0\.1\)"),
    ("fit scheduler without optimizer", lambda: (lambda m: fit(m, scheduler=torch.optim.lr_scheduler.StepLR(
        torch.optim.SGD(m.parameters(), lr=0.1), 1)))(linear()), ValueError, r"scheduler needs the optimizer"),
    ("fit scheduler of another optimizer", lambda: (lambda m: fit(
        m, optimizer=torch.optim.SGD(m.parameters(), lr=0.1),
        scheduler=torch.optim.lr_scheduler.StepLR(torch.optim.SGD(m.parameters(), lr=0.1), 1)))(linear()),
     ValueError, r"scheduler was built on another optimizer"),
    ("fit one-cycle too short", lambda: (lambda m, o: fit(m, optimizer=o, epochs=2, batch_size=4, scheduler=(
        torch.optim.lr_scheduler.OneCycleLR(o, max_lr=0.1, total_steps=4))))(*sgd_pair()), ValueError,
     r"OneCycleLR scheduler was built for 4 steps, but fit takes 8: epochs=2 x 4 mini-batches per epoch "
     r"\(batch_size=4\)\. "
     r"Build it with total_steps=8, or with epochs=2 and steps_per_epoch=4"),
    ("fit one-cycle too long", lambda: (lambda m, o: fit(m, optimizer=o, epochs=1, batch_size=4, scheduler=(
        torch.optim.lr_scheduler.OneCycleLR(o, max_lr=0.1, epochs=2, steps_per_epoch=4))))(*sgd_pair()), ValueError,
     r"built for 8 steps, but fit takes 4: epochs=1 x 4 mini-batches per epoch"),
    ("fit scheduler class", lambda: (lambda m: fit(m, optimizer=torch.optim.SGD(m.parameters(), lr=0.1),
                                                   scheduler=torch.optim.lr_scheduler.StepLR))(linear()),
     TypeError, r"learning-rate scheduler built on the optimizer.*class torch\.optim\.lr_scheduler\.StepLR itself"),
    ("fit lr 0", lambda: fit(lr=0), ValueError, r"lr \(learning rate\) must be a finite number > 0, got 0"),
    ("fit lr negative", lambda: fit(lr=-0.1), ValueError, r"lr \(learning rate\) must be a finite number > 0"),
    ("fit lr nan", lambda: fit(lr=float("nan")), ValueError, r"lr \(learning rate\) must be a finite number"),
    ("fit lr text", lambda: fit(lr="0.01"), TypeError,
     r"lr \(learning rate\) must be a number.*text '0\.01'.*Remove the quotes: lr=0\.01\."),
    ("fit epochs 0", lambda: fit(epochs=0), ValueError, r"epochs must be >= 1, got 0"),
    ("fit epochs 2.5", lambda: fit(epochs=2.5), TypeError, r"epochs must be an integer.*2\.5"),
    ("fit epochs text", lambda: fit(epochs="10"), TypeError, r"epochs must be an integer.*epochs=10"),
    ("fit batch_size 0", lambda: fit(batch_size=0), ValueError, r"batch_size must be >= 1, got 0"),
    ("fit patience without val", lambda: fit(patience=2), ValueError, r"early stopping \(patience\) needs validation"),
    ("fit patience 0", lambda: fit(val=(X_T, Y_COL), patience=0), ValueError, r"patience must be >= 1, got 0"),
    ("fit seed negative", lambda: fit(seed=-3), ValueError, r"seed must be >= 0, got -3"),
    ("fit progress text", lambda: fit(progress="no"), TypeError, r"progress must be True or False.*'no'"),
    ("fit live_plot number", lambda: fit(live_plot=2), TypeError, r"live_plot must be True or False.*number 2"),
    ("fit metric text", lambda: fit(val=(X_T, Y_COL), metric="accuracy"), TypeError,
     r"metric must be a function metric\(outputs, targets\).*text 'accuracy'"),
    ("fit metric that fails", lambda: fit(val=(X_T, Y_COL), metric=lambda o, t: o.nonexistent), ValueError,
     r"metric\(outputs, targets\) must return one number.*AttributeError"),
    ("fit device unknown", lambda: fit(device="gpu"), ValueError, r"device must be 'cpu', 'cuda'.*text 'gpu'"),
    # ---- predict
    ("predict NaN", lambda: training.predict(linear(), with_nan(X_T, 5, 1)), ValueError,
     r"X must hold only finite numbers, but row 5, column 1 holds NaN.*prediction"),
    ("predict three features", lambda: training.predict(linear(), np.zeros((3, 3))), ValueError,
     r"expects 2 input features per sample, but X has 3 \(shape \(3, 3\)\)"),
    ("predict a pair", lambda: training.predict(linear(), (X_T, Y_COL)), TypeError,
     r"data must be the inputs X only, got a pair.*predict\(model, X\)"),
    ("predict a pair of equal shapes", lambda: training.predict(linear(1, 1), (Y_COL, Y_COL)), TypeError,
     r"inputs X only, got a pair"),
    ("predict model text", lambda: training.predict("model", X_T), TypeError, r"PyTorch network.*text 'model'"),
    ("predict model class", lambda: training.predict(nn.Linear, X_T), TypeError, r"class torch\.nn\.Linear itself"),
    ("predict model sklearn", lambda: training.predict(sklearn_model(), X_NP), TypeError, r"scikit-learn model"),
    ("predict text data", lambda: training.predict(linear(), "X_test"), TypeError, r"X must be an array of numbers"),
    ("predict None", lambda: training.predict(linear(), None), TypeError, r"X must be an array of numbers.*None"),
    ("predict batch_size 0", lambda: training.predict(linear(), X_T, batch_size=0), ValueError,
     r"batch_size must be >= 1, got 0"),
    ("predict return_targets text", lambda: training.predict(linear(), X_T, return_targets="yes"), TypeError,
     r"return_targets must be True or False"),
    ("predict NaN in a loader", lambda: training.predict(linear(), training.make_loader(with_nan(X_T, 3, 0), Y_COL,
                                                                                        shuffle=False)),
     ValueError, r"X \(mini-batch 1\) must hold only finite numbers, but row 3, column 0 holds NaN"),
    ("predict device unknown", lambda: training.predict(linear(), X_T, device="graphics card"), ValueError,
     r"device must be 'cpu'"),
    # ---- count_parameters
    ("count_parameters text", lambda: training.count_parameters("cnn"), TypeError, r"PyTorch network.*text 'cnn'"),
    ("count_parameters class", lambda: training.count_parameters(nn.Conv2d), TypeError,
     r"class torch\.nn\.Conv2d itself.*torch\.nn\.Conv2d\(\.\.\.\)"),
    ("count_parameters sklearn", lambda: training.count_parameters(sklearn_model()), TypeError,
     r"scikit-learn model \(LogisticRegression\)"),
    ("count_parameters function", lambda: training.count_parameters(make_net), TypeError, r"function make_net"),
    ("count_parameters None", lambda: training.count_parameters(None), TypeError, r"got nothing \(None\)"),
    # ---- train_one_epoch and mean_loss
    ("train_one_epoch pair", lambda: training.train_one_epoch(
        linear(), (X_T, Y_COL), BCE, torch.optim.SGD(linear().parameters(), lr=0.1), "cpu"), TypeError,
     r"loader must yield mini-batches.*got a pair \(X, y\).*make_loader"),
    ("train_one_epoch array", lambda: training.train_one_epoch(
        linear(), X_NP, BCE, torch.optim.SGD(linear().parameters(), lr=0.1), "cpu"), TypeError,
     r"loader must yield mini-batches.*array of shape \(16, 2\)"),
    ("train_one_epoch no optimizer", lambda: training.train_one_epoch(
        linear(), training.make_loader(X_T, Y_COL), BCE, None, "cpu"), TypeError,
     r"optimizer must be a torch optimizer, got nothing \(None\)"),
    ("train_one_epoch epoch 0", lambda: (lambda m: training.train_one_epoch(
        m, training.make_loader(X_T, Y_COL), BCE, torch.optim.SGD(m.parameters(), lr=0.1), "cpu", epoch=0))(linear()),
     ValueError, r"epoch must be >= 1, got 0"),
    ("train_one_epoch shapes", lambda: (lambda m: training.train_one_epoch(
        m, training.make_loader(X_T, Y_COL.ravel()), nn.MSELoss(), torch.optim.SGD(m.parameters(), lr=0.1), "cpu"))(
        linear()), ValueError, r"y \(mini-batch 1 of the training data\) must have the shape of the outputs"),
    ("mean_loss shapes", lambda: training.mean_loss(linear(), training.make_loader(X_T, Y_COL.ravel()),
                                                    nn.MSELoss(), "cpu"), ValueError,
     r"y \(mini-batch 1\) must have the shape of the outputs, \(16, 1\), but it has shape \(16,\)"),
    ("mean_loss empty", lambda: training.mean_loss(linear(), [], BCE, "cpu"), ValueError,
     r"gave no mini-batch: expected at least one pair.*a list of 0 items"),
    ("mean_loss loss class", lambda: training.mean_loss(linear(), (X_T, Y_COL), nn.MSELoss, "cpu"), TypeError,
     r"class torch\.nn\.MSELoss itself"),
    ("mean_loss device", lambda: training.mean_loss(linear(), (X_T, Y_COL), BCE, 3.5), ValueError,
     r"device must be.*the number 3\.5"),
    # ---- EarlyStopping
    ("EarlyStopping patience 0", lambda: training.EarlyStopping(patience=0), ValueError, r"patience must be >= 1"),
    ("EarlyStopping patience text", lambda: training.EarlyStopping(patience="5"), TypeError,
     r"patience must be an integer.*patience=5"),
    ("EarlyStopping min_improvement", lambda: training.EarlyStopping(min_improvement=-1), ValueError,
     r"min_improvement must be a finite number >= 0, got -1"),
    ("EarlyStopping NaN loss", lambda: training.EarlyStopping().update(float("nan"), linear(), 3), ValueError,
     r"val_loss must be a finite number, got nan at epoch 3"),
    ("EarlyStopping text loss", lambda: training.EarlyStopping().update("0.5", linear(), 3), TypeError,
     r"val_loss must be a number.*text '0\.5'"),
    ("EarlyStopping model text", lambda: training.EarlyStopping().update(0.5, "model", 3), TypeError,
     r"PyTorch network.*text 'model'"),
    ("EarlyStopping restore into a class", lambda: training.EarlyStopping().restore_best(nn.Linear), TypeError,
     r"class torch\.nn\.Linear itself"),
    # ---- standardize
    ("standardize text", lambda: training.standardize("data"), TypeError, r"train must be an array of numbers"),
    ("standardize 1-D", lambda: training.standardize(np.arange(4.0)), ValueError,
     r"train must be 2-D, got 1-D.*reshape\(-1, 1\)"),
    ("standardize NaN", lambda: training.standardize(with_nan(X_NP, 2, 1)), ValueError,
     r"train contains 1 missing.*row 2, column 1"),
    ("standardize other width", lambda: training.standardize(X_NP, np.zeros((3, 3))), ValueError,
     r"others\[0\] must have shape \(n_samples, 2\), got \(3, 3\)"),
    ("standardize empty", lambda: training.standardize(np.zeros((0, 2))), ValueError, r"train is empty"),
]


@pytest.mark.parametrize("call, error, pattern", [case[1:] for case in BAD_INPUTS], ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_gets_a_course_message(call, error, pattern):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a torch warning (e.g. about broadcasting) would mean a silent problem
        with pytest.raises(error) as info:
            call()
    assert type(info.value) is error, f"expected exactly {error.__name__}, got {type(info.value).__name__}"
    assert re.search(pattern, str(info.value), flags=re.S), str(info.value)
    check_french(call, str(info.value))


def test_bad_input_cases_are_many_and_named_once():
    ids = [case[0] for case in BAD_INPUTS]
    assert len(ids) == len(set(ids)) and len(ids) >= 100


# -------------------------------------------------------------------------------------------------- divergence


def _noisy(n=400, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 8))
    y = ((X[:, 0] + rng.normal(size=n)) > 0).astype(float)
    return training.to_tensors(X, y.reshape(-1, 1))


def _mlp():
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(8, 20), nn.ReLU(), nn.Linear(20, 1))


def test_a_huge_learning_rate_stops_with_the_epoch_the_losses_and_a_smaller_lr():
    X, y = _noisy()
    with pytest.raises(training.TrainingDiverged) as info:
        training.fit(_mlp(), (X, y), loss_fn=BCE, lr=1000, epochs=5, progress=False)
    message = str(info.value)
    assert re.search(r"diverged at epoch 1: the mean training loss rose to [\d.e+]+, more than 10 times its value "
                     r"before training \(0\.\d+ before training", message), message
    assert "lr=1000" in message and "lr=100)" in message and "build a new model" in message
    assert isinstance(info.value, FloatingPointError) and info.value.epoch == 1
    assert len(info.value.history["train_loss"]) == 1  # the history so far travels with the error
    french = in_french(lambda: training.fit(_mlp(), (X, y), loss_fn=BCE, lr=1000, epochs=5, progress=False))
    assert re.search(r"l'entraînement a divergé à l'époque 1\u202f: la perte moyenne d'entraînement est montée à "
                     r"[\d,e+]+, plus de 10 fois sa valeur avant l'entraînement \(0,\d+ avant l'entraînement", french)
    assert "lr=1000" in french and "lr=100)" in french and "construisez un nouveau modèle" in french


def test_a_loss_that_becomes_nan_stops_at_once_and_blames_the_learning_rate():
    X, y = _noisy(64)
    model = _mlp()
    with pytest.raises(training.TrainingDiverged) as info:
        training.fit(model, (X, y), loss_fn=nn.MSELoss(), optimizer=torch.optim.SGD(model.parameters(), lr=1e6),
                     epochs=50, batch_size=8, progress=False)
    message = str(info.value)
    assert re.search(r"the training diverged at epoch \d+, mini-batch \d+: the training loss became (nan|inf) "
                     r"\([\d.]+ before training.*the last mini-batches of this epoch: [\d.]+", message), message
    assert "lr=1e+06" in message and "lr=100000" in message

    def diverge():
        model = _mlp()
        training.fit(model, (X, y), loss_fn=nn.MSELoss(), optimizer=torch.optim.SGD(model.parameters(), lr=1e6),
                     epochs=50, batch_size=8, progress=False)

    french = in_french(diverge)
    assert re.search(r"l'entraînement a divergé à l'époque \d+, mini-lot \d+\u202f: la perte d'entraînement est "
                     r"devenue (nan|inf) \([\d,]+ avant l'entraînement.*derniers mini-lots de cette époque\u202f: "
                     r"[\d,]+", french), french
    check_french(diverge, message)


def test_an_untrained_model_with_an_infinite_loss_blames_the_scaling_not_the_learning_rate():
    X, y = _noisy(16)
    expected = (r"already inf on the first mini-batch.*the data are finite: the learning rate is not the cause\. "
                r"The inputs are very large \(up to .*e\+30\): standardise")
    with pytest.raises(FloatingPointError, match=expected) as info:
        training.fit(nn.Linear(8, 1), (X * 1e30, y), loss_fn=nn.MSELoss(), epochs=1, progress=False)
    check_french(lambda: training.fit(nn.Linear(8, 1), (X * 1e30, y), loss_fn=nn.MSELoss(), epochs=1,
                                      progress=False), str(info.value))


def test_missing_values_in_a_dataloader_are_located_not_blamed_on_the_learning_rate():
    X, y = _noisy(64)
    X = with_nan(X, 37, 2)
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(X, y), batch_size=16)  # in order
    with pytest.raises(ValueError, match=r"X \(mini-batch 3 of the training data\) must hold only finite numbers, "
                                         r"but row 5, column 2 holds NaN") as info:
        training.fit(_mlp(), loader, loss_fn=BCE, epochs=1, progress=False)
    assert "learning rate is" not in str(info.value)
    french = in_french(lambda: training.fit(_mlp(), loader, loss_fn=BCE, epochs=1, progress=False))
    assert "X (mini-lot 3 des données d'entraînement) ne doit contenir que des nombres finis, mais on trouve NaN " \
        "(une valeur manquante) en ligne 5, colonne 2" in french


def test_a_dataloader_without_targets_and_a_one_shot_generator_are_explained():
    X, y = _noisy(32)
    only_X = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(X), batch_size=8)
    with pytest.raises(TypeError, match=r"each mini-batch of the training data must be a pair \(inputs, targets\), "
                                        r"but mini-batch 1 is a list of 1 item") as info:
        training.fit(_mlp(), only_X, loss_fn=BCE, epochs=1, progress=False)
    check_french(lambda: training.fit(_mlp(), only_X, loss_fn=BCE, epochs=1, progress=False), str(info.value))
    assert "chaque mini-lot des données d'entraînement doit être une paire (entrées, cibles)" in in_french(
        lambda: training.fit(_mlp(), only_X, loss_fn=BCE, epochs=1, progress=False))
    once = ((X[i:i + 8], y[i:i + 8]) for i in range(0, 32, 8))
    with pytest.raises(ValueError, match=r"the training data gave no mini-batch in epoch 2.*read only once") as info:
        training.fit(_mlp(), once, loss_fn=BCE, epochs=2, progress=False)
    again = lambda: training.fit(_mlp(), iter([(X, y)]), loss_fn=BCE, epochs=2, progress=False)  # noqa: E731
    french = in_french(again)
    assert "les données d'entraînement n'ont donné aucun mini-lot à l'époque 2" in french, french
    check_french(again, str(info.value))


def test_a_good_run_prints_no_warning_and_a_run_that_ends_worse_says_so(capsys):
    X, y = _noisy(128)
    training.fit(_mlp(), (X, y), loss_fn=BCE, lr=0.01, epochs=3, progress=False)
    assert capsys.readouterr().out == ""
    model = nn.Linear(8, 1)
    history = {"train_loss": [0.9, 2.0]}
    training._warn_if_worse(history, 0.69, torch.optim.SGD(model.parameters(), lr=10))
    assert re.search(r"Warning: the training loss ended at 2, more than twice its value before training \(0\.69\).*"
                     r"lr=10\).*lr=1\)", capsys.readouterr().out)
    before = i18n._language
    i18n.set_language("fr")
    try:
        training._warn_if_worse({"train_loss": [0.9, 2.5]}, 0.69, torch.optim.SGD(model.parameters(), lr=10))
    finally:
        i18n._language = before
    assert capsys.readouterr().out.strip() == (
        "Attention\u202f: la perte d'entraînement a fini à 2,5, plus du double de sa valeur avant l'entraînement "
        "(0,69)\u202f: le modèle s'est dégradé au lieu d'apprendre. Le taux d'apprentissage (lr=10) est sans doute "
        "trop grand\u202f: essayez-en un 10 fois plus petit (lr=1), puis plus petit encore si nécessaire.")


# -------------------------------------------------------------------------------------------------- accepted


def test_mistakes_that_are_harmless_are_converted_and_training_works():
    torch.manual_seed(0)
    kwargs = dict(epochs=2, progress=False)
    h = training.fit(linear(), [X_T, Y_COL], loss_fn=BCE, **kwargs)                      # a list instead of a tuple
    assert len(h["train_loss"]) == 2
    training.fit(linear(), (torch.tensor(X_NP), Y_COL), loss_fn=BCE, **kwargs)           # float64 features
    training.fit(linear(), (X_NP, Y_NP.reshape(-1, 1)), loss_fn=BCE, **kwargs)          # NumPy arrays
    training.fit(linear(), (pd.DataFrame(X_NP), pd.DataFrame(Y_NP)), loss_fn=BCE, **kwargs)   # tables
    training.fit(linear(), (X_T, Y_COL.long()), loss_fn=BCE, **kwargs)                   # integer 0/1 labels
    training.fit(linear(), (X_T, Y_COL.bool()), loss_fn=nn.MSELoss(), **kwargs)          # yes/no labels
    training.fit(linear(2, 2), (X_T, Y_CLASS.float()), loss_fn=nn.CrossEntropyLoss(), **kwargs)   # 0.0/1.0 classes
    training.fit(linear(2, 2), (X_T, Y_CLASS.int()), loss_fn=nn.CrossEntropyLoss(), **kwargs)     # int32 classes
    onehot = torch.nn.functional.one_hot(Y_CLASS, 2).float()                               # class probabilities
    training.fit(linear(2, 2), (X_T, onehot), loss_fn=nn.CrossEntropyLoss(), **kwargs)
    training.fit(linear(2, 2), (X_T, Y_CLASS), loss_fn=nn.functional.cross_entropy, **kwargs)     # a function
    training.fit(linear(), [(X_T, Y_COL)], [(X_T, Y_COL)], loss_fn=BCE, **kwargs)        # lists of mini-batches
    training.fit(linear().double(), (X_T, Y_COL), loss_fn=BCE, **kwargs)                 # a float64 model
    sgd_model = linear()
    training.fit(sgd_model, (X_T, Y_COL), loss_fn=BCE, optimizer=torch.optim.SGD(sgd_model.parameters(), lr=0.1),
                 lr=0.1, **kwargs)                                                        # the same lr twice: fine
    out = training.predict(linear(), X_NP)                                                # float64 inputs
    assert out.dtype == torch.float32 and out.shape == (16, 1)


@pytest.mark.skipif(torch.cuda.is_available(), reason="this computer has a GPU")
def test_asking_for_a_gpu_that_is_not_there():
    with pytest.raises(ValueError, match=r"device='cuda' asks for a cuda GPU, but PyTorch finds none.*device='cpu'") \
            as info:
        fit(device="cuda")
    check_french(lambda: fit(device="cuda"), str(info.value))


def test_schedulers_step_once_per_epoch_including_reduce_on_plateau():
    model = linear()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    plateau = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, factor=0.5, patience=0, threshold=10.0)
    history = training.fit(model, (X_NP.tolist(), Y_NP.reshape(-1, 1).tolist()), (X_T, Y_COL), loss_fn=BCE,
                           optimizer=opt, scheduler=plateau, epochs=3, progress=False)   # nested lists work too
    assert history["lr"] == pytest.approx([0.1, 0.05, 0.025])  # never 10 x better: halved after each epoch


def test_one_cycle_and_cyclic_schedulers_step_after_every_mini_batch():
    model, opt = sgd_pair()
    cycle = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.1, epochs=2, steps_per_epoch=4)
    history = fit(model, optimizer=opt, scheduler=cycle, epochs=2, batch_size=4)
    _, hand_opt = sgd_pair()                                   # the same schedule stepped by hand, 4 steps per epoch
    hand = torch.optim.lr_scheduler.OneCycleLR(hand_opt, max_lr=0.1, epochs=2, steps_per_epoch=4)
    expected = []
    for _ in range(2):
        for _ in range(4):
            hand_opt.step()
            hand.step()
        expected.append(hand_opt.param_groups[0]["lr"])
    assert cycle.last_epoch == 8 and history["lr"] == pytest.approx(expected)
    model, opt = sgd_pair()                                    # early stopping may end sooner: a longer cycle is fine
    fit(model, (X_T, Y_COL), val=(X_T, Y_COL), optimizer=opt, epochs=1, batch_size=4, patience=2,
        scheduler=torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.1, total_steps=8))
    model, opt = sgd_pair()
    cyclic = torch.optim.lr_scheduler.CyclicLR(opt, base_lr=0.01, max_lr=0.1, step_size_up=2)
    fit(model, optimizer=opt, scheduler=cyclic, epochs=1, batch_size=4)
    assert cyclic.last_epoch == 4


def test_a_model_with_an_embedding_keeps_integer_inputs():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Embedding(10, 3), nn.Flatten(), nn.Linear(6, 1))
    codes = torch.randint(0, 10, (16, 2))
    training.fit(model, (codes, Y_COL), loss_fn=BCE, epochs=1, progress=False)
    assert training.predict(model, codes.numpy()).shape == (16, 1)


def test_predict_accepts_loaders_of_pairs_or_of_inputs_and_restores_every_layer_mode():
    model = nn.Sequential(nn.Linear(2, 4), nn.Dropout(0.5), nn.Linear(4, 1))
    model.train()
    model[1].eval()  # a layer the caller froze on purpose
    before = {name: m.training for name, m in model.named_modules()}
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(X_T, Y_COL), batch_size=5)
    out, targets = training.predict(model, loader, return_targets=True)
    assert out.shape == (16, 1) and torch.equal(targets, Y_COL)
    inputs_only = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(X_T), batch_size=5)
    assert torch.allclose(training.predict(model, inputs_only), out)
    assert {name: m.training for name, m in model.named_modules()} == before


# -------------------------------------------------------------------------------------------------- never mutated


def test_the_callers_data_are_never_changed():
    X_np, y_np = X_NP.copy(), Y_NP.reshape(-1, 1).copy()
    X64 = torch.tensor(X_NP)                       # float64: converted, never in place
    y_int = Y_COL.long()
    table = pd.DataFrame(X_NP, columns=["a", "b"])
    copies = [X_np.copy(), y_np.copy(), X64.clone(), y_int.clone(), table.copy()]
    training.to_tensors(X_np, y_np)
    training.standardize(X_np, X_np)
    training.fit(linear(), (X_np, y_np), (X64, y_int), loss_fn=BCE, epochs=2, progress=False)
    training.fit(linear(), (table, y_int), loss_fn=BCE, epochs=1, progress=False)
    training.predict(linear(), X64)
    training.predict(linear(), table)
    training.mean_loss(linear(), (X64, y_int), BCE, "cpu")
    np.testing.assert_array_equal(X_np, copies[0])
    np.testing.assert_array_equal(y_np, copies[1])
    assert X64.dtype == torch.float64 and torch.equal(X64, copies[2])
    assert y_int.dtype == torch.long and torch.equal(y_int, copies[3])
    pd.testing.assert_frame_equal(table, copies[4])


# -------------------------------------------------------------------------------------------------- properties


@FAST
@given(n=st.integers(2, 6), out_tail=st.lists(st.integers(1, 3), min_size=0, max_size=2),
       y_tail=st.lists(st.integers(1, 3), min_size=0, max_size=2))
def test_property_mse_and_bce_accept_exactly_the_outputs_shape(n, out_tail, y_tail):
    class Shaped(nn.Module):
        def __init__(self):
            super().__init__()
            self.w = nn.Parameter(torch.zeros(1))

        def forward(self, x):
            return x[:, :1].reshape(-1, *([1] * len(out_tail))).expand(-1, *out_tail) * self.w

    X = torch.rand(n, 2)
    y = torch.rand(n, *y_tail)
    for loss_fn in (nn.MSELoss(), BCE):
        if list(out_tail) == list(y_tail):
            training.fit(Shaped(), (X, y), loss_fn=loss_fn, epochs=1, progress=False)
        else:
            with pytest.raises(ValueError, match=re.escape(f"but it has shape {(n, *y_tail)}")):
                training.fit(Shaped(), (X, y), loss_fn=loss_fn, epochs=1, progress=False)


@FAST
@given(n=st.integers(1, 12), k=st.integers(1, 4), data=st.data())
def test_property_the_first_missing_value_is_located(n, k, data):
    row = data.draw(st.integers(0, n - 1))
    col = data.draw(st.integers(0, k - 1))
    X = np.ones((n, k))
    X[row, col] = data.draw(st.sampled_from([np.nan, np.inf, -np.inf]))
    for call in (lambda: training.to_tensors(X), lambda: training.predict(nn.Linear(k, 1), X),
                 lambda: training.fit(nn.Linear(k, 1), (X, np.zeros((n, 1))), loss_fn=nn.MSELoss(), progress=False)):
        with pytest.raises(ValueError, match=rf"row {row}, column {col} holds"):
            call()


@FAST
@given(n_classes=st.integers(2, 5), labels=st.lists(st.integers(-3, 7), min_size=1, max_size=12))
def test_property_class_numbers_must_lie_between_0_and_n_classes_minus_1(n_classes, labels):
    X = torch.zeros(len(labels), 2)
    y = torch.tensor(labels, dtype=torch.float32)   # floats: converted when whole
    bad = [v for v in labels if not 0 <= v < n_classes]
    call = lambda: training.fit(nn.Linear(2, n_classes), (X, y), loss_fn=nn.CrossEntropyLoss(),  # noqa: E731
                                epochs=1, progress=False)
    if bad:
        with pytest.raises(ValueError, match=rf"classes 0 to {n_classes - 1}\), but y \(training targets\) holds the "
                                             rf"class {bad[0]} at row {labels.index(bad[0])}"):
            call()
    else:
        call()


@FAST
@given(values=st.lists(st.floats(-2, 3, allow_nan=False), min_size=1, max_size=10))
def test_property_bce_targets_must_lie_between_0_and_1(values):
    X = torch.zeros(len(values), 2)
    y = torch.tensor(values, dtype=torch.float32).reshape(-1, 1)
    call = lambda: training.fit(nn.Linear(2, 1), (X, y), loss_fn=BCE, epochs=1, progress=False)  # noqa: E731
    if all(0 <= v <= 1 for v in y.ravel().tolist()):
        call()
    else:
        with pytest.raises(ValueError, match=r"target between 0 and 1"):
            call()


@FAST
@given(rows=st.integers(1, 8), cols=st.integers(1, 4), seed=st.integers(0, 1000))
def test_property_to_tensors_keeps_the_values_and_standardize_the_inputs(rows, cols, seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(scale=100, size=(rows, cols))
    keep = X.copy()
    Xt, yt = training.to_tensors(X, rng.integers(0, 3, rows), y_dtype="int64")
    assert Xt.dtype == torch.float32 and yt.dtype == torch.int64
    np.testing.assert_allclose(Xt.numpy(), X.astype(np.float32))
    scaled, again = training.standardize(X, X)
    np.testing.assert_allclose(scaled, again)
    np.testing.assert_allclose(scaled.mean(axis=0), 0, atol=1e-9)
    np.testing.assert_array_equal(X, keep)
