"""A small, readable PyTorch training loop: mini-batches, validation, history, early stopping.

The loop is the one every notebook from 06 on uses; notebook 06 writes it out by hand once first.
:func:`fit` is built from small pieces that can be read, and used, on their own: :func:`train_one_epoch`
(one pass over the training data), :func:`mean_loss` (the loss on data, without learning) and
:class:`EarlyStopping` (keep the best weights, stop when the validation loss no longer improves).
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from .validation import as_array, check_int, check_positive, check_same_length


def to_tensors(X: Any, y: Any | None = None, y_dtype: str = "float32") -> tuple[Any, Any]:
    """Convert arrays (NumPy, pandas, lists) to float32 tensors; ``y`` as float32 or int64 (``y_dtype``)."""
    import torch

    X_arr = as_array(X, "X")
    Xt = torch.as_tensor(X_arr, dtype=torch.float32)
    if y is None:
        return Xt, None
    y_arr = as_array(y, "y")
    check_same_length(X_arr, y_arr, "X", "y")
    yt = torch.as_tensor(y_arr, dtype=getattr(torch, y_dtype))
    return Xt, yt


class Batches:
    """Mini-batches over tensors ``X`` (n_samples, ...) and ``y`` (n_samples, ...), reshuffled every epoch.

    A lean stand-in for ``torch.utils.data.DataLoader(TensorDataset(X, y))``: it slices whole batches
    instead of gathering samples one by one, which is 10-50x faster for the small tables of this course.
    """

    def __init__(self, X: Any, y: Any, batch_size: int = 32, shuffle: bool = True, seed: int = 0) -> None:
        import torch

        self.batch_size = check_int(batch_size, "batch_size", minimum=1)
        if not (isinstance(X, torch.Tensor) and isinstance(y, torch.Tensor)):
            raise TypeError("X and y must be torch tensors here; convert them with training.to_tensors(X, y).")
        check_same_length(X, y, "X", "y")
        self.dataset = (X, y)
        self.shuffle = shuffle
        self.generator = torch.Generator().manual_seed(seed)

    def __len__(self) -> int:
        return -(-len(self.dataset[0]) // self.batch_size)

    def __iter__(self) -> Any:
        import torch

        X, y = self.dataset
        n = len(X)
        order = torch.randperm(n, generator=self.generator) if self.shuffle else torch.arange(n)
        for start in range(0, n, self.batch_size):
            index = order[start:start + self.batch_size]
            yield X[index], y[index]


def make_loader(X: Any, y: Any, batch_size: int = 32, shuffle: bool = True, seed: int = 0) -> Batches:
    """Mini-batches over tensors ``X`` and ``y`` (seeded shuffling each epoch); see :class:`Batches`."""
    return Batches(X, y, batch_size=batch_size, shuffle=shuffle, seed=seed)


# --------------------------------------------------------------------------------------------------
# The pieces of the training loop. ``fit`` below puts them together; notebook 06 writes them out by hand.
# --------------------------------------------------------------------------------------------------

def train_one_epoch(model: Any, loader: Any, loss_fn: Callable, optimizer: Any, device: Any,
                    epoch: int | None = None) -> float:
    """One pass over the training data, with one gradient-descent step per mini-batch.

    For every mini-batch: forget the old gradients, forward pass, loss, backpropagation, optimizer step.

    Args:
        model: a ``torch.nn.Module``; it is switched to training mode (``model.train()``).
        loader: yields mini-batches ``(xb, yb)``: inputs of shape ``(batch, ...)`` and targets of the shape
            ``loss_fn`` expects (e.g. ``(batch, 1)`` for ``BCEWithLogitsLoss``).
        loss_fn: e.g. ``torch.nn.BCEWithLogitsLoss()``.
        optimizer: a torch optimizer built on ``model.parameters()``.
        device: where the model is (e.g. ``"cpu"`` or ``"cuda"``); each mini-batch is moved there.
        epoch: the epoch's number (1, 2, ...), only used in the error message.

    Returns:
        The mean training loss of the epoch (each mini-batch weighted by its number of samples).

    Raises:
        FloatingPointError: the loss became NaN or infinite (the training diverged).
    """
    import torch

    model.train()
    total, count = 0.0, 0
    for xb, yb in loader:
        xb, yb = xb.to(device), yb.to(device)
        optimizer.zero_grad()              # forget the previous step's gradients
        loss = loss_fn(model(xb), yb)      # forward pass and loss
        if not torch.isfinite(loss):
            at_epoch = f" at epoch {epoch}" if epoch is not None else ""
            raise FloatingPointError(
                f"the training loss became {loss.item()}{at_epoch}: the learning rate is probably "
                "too large, or the inputs are not scaled. Try a smaller lr or standardise the features."
            )
        loss.backward()                    # backpropagation: the gradient of the loss for every weight
        optimizer.step()                   # gradient-descent step
        total += loss.item() * len(xb)
        count += len(xb)
    return total / count


def mean_loss(model: Any, loader: Any, loss_fn: Callable, device: Any) -> float:
    """Mean loss of ``model`` over all mini-batches of ``loader``, without changing the weights.

    The model is switched to evaluation mode (``model.eval()``: no dropout) and no gradients are computed.

    Args:
        model: a ``torch.nn.Module``.
        loader: yields mini-batches ``(xb, yb)`` (e.g. the validation data).
        loss_fn: e.g. ``torch.nn.BCEWithLogitsLoss()``.
        device: where the model is; each mini-batch is moved there.

    Returns:
        The loss averaged over all samples (each mini-batch weighted by its number of samples).
    """
    import torch

    model.eval()
    total, count = 0.0, 0
    with torch.no_grad():
        for xb, yb in loader:
            xb, yb = xb.to(device), yb.to(device)
            total += float(loss_fn(model(xb), yb)) * len(xb)
            count += len(xb)
    return total / count


class EarlyStopping:
    """Keep the weights of the epoch with the lowest validation loss, and say when to stop training.

    Use ``stopper = EarlyStopping(patience=10)``; after each epoch call ``stopper.update(val_loss, model, epoch)``
    and stop when ``stopper.should_stop``; at the end, ``stopper.restore_best(model)``.

    Args:
        patience: stop after this many epochs in a row without improvement (>= 1); ``None`` never stops
            (the best epoch and its weights are still kept).
        min_improvement: a validation loss counts as better only if it is lower than the best by more than this.
    """

    def __init__(self, patience: int | None = None, min_improvement: float = 1e-7) -> None:
        self.patience = None if patience is None else check_int(patience, "patience", minimum=1)
        self.min_improvement = min_improvement
        self.best_loss = float("inf")
        self.best_epoch: int | None = None
        self.best_weights: dict[str, Any] | None = None
        self.epochs_without_improvement = 0

    def update(self, val_loss: float, model: Any, epoch: int) -> bool:
        """Record the validation loss of ``epoch``; return True if it is the best so far (its weights are saved)."""
        if val_loss < self.best_loss - self.min_improvement:
            self.best_loss = val_loss
            self.best_epoch = epoch
            self.best_weights = copy.deepcopy(model.state_dict())  # a copy: training goes on changing the model
            self.epochs_without_improvement = 0
            return True
        self.epochs_without_improvement += 1
        return False

    @property
    def should_stop(self) -> bool:
        """True once the validation loss has not improved for ``patience`` epochs in a row."""
        return self.patience is not None and self.epochs_without_improvement >= self.patience

    def restore_best(self, model: Any) -> None:
        """Put the saved best weights back into ``model`` (nothing happens if none were saved)."""
        if self.best_weights is not None:
            model.load_state_dict(self.best_weights)


def _check_fit_arguments(model: Any, train: Any, val: Any, *, loss_fn: Any, optimizer: Any, lr: Any,
                         epochs: Any, patience: Any) -> tuple[int, float, int | None]:
    """Check the arguments of :func:`fit` before anything runs; return ``(epochs, lr, patience)``, checked.

    Each check raises an error that tells the student what to change. New checks of ``fit``'s inputs go here.
    """
    import torch

    if not isinstance(model, torch.nn.Module):
        raise TypeError(f"model must be a torch.nn.Module, got {type(model).__name__}.")
    if not callable(loss_fn):
        raise TypeError("loss_fn must be a loss function such as torch.nn.BCEWithLogitsLoss().")
    epochs = check_int(epochs, "epochs", minimum=1)
    if optimizer is None:  # fit builds an Adam optimizer with this learning rate
        lr = check_positive(lr, "lr (learning rate)")
    if patience is not None:
        patience = check_int(patience, "patience", minimum=1)
        if val is None:
            raise ValueError("early stopping (patience) needs validation data: pass val=(X_val, y_val).")
    _check_data_form(train)
    if val is not None:
        _check_data_form(val)
    return epochs, lr, patience


def _check_data_form(data: Any) -> None:
    """``train`` and ``val`` must each be a pair ``(X, y)`` or a DataLoader (anything that yields mini-batches)."""
    if isinstance(data, tuple):
        if len(data) != 2:
            raise ValueError("train/val must be a pair (X, y) or a DataLoader.")
    elif not hasattr(data, "__iter__"):
        raise TypeError(f"train/val must be a pair (X, y) or a DataLoader, got {type(data).__name__}.")


def _move_to_device(model: Any, device: Any | None) -> Any:
    """Move ``model`` to ``device`` (default: the best one here, see :func:`course_utils.device`); return the device."""
    from . import device as best_device

    device = device or best_device()
    model.to(device)
    return device


def _make_loaders(train: Any, val: Any, batch_size: int, seed: int) -> tuple[Any, Any | None]:
    """The training loader (reshuffled every epoch) and the validation loader (``None`` without ``val``).

    A pair ``(X, y)`` becomes mini-batches (see :func:`make_loader`); a DataLoader is used as it is.
    """
    def as_loader(data: Any, shuffle: bool) -> Any:
        if isinstance(data, tuple):
            X, y = data
            return make_loader(X, y, batch_size=batch_size, shuffle=shuffle, seed=seed)
        return data

    return as_loader(train, shuffle=True), (as_loader(val, shuffle=False) if val is not None else None)


def _empty_history(has_val: bool, has_metric: bool) -> dict[str, list[float]]:
    """The lists that :func:`fit` fills, one value per epoch."""
    history: dict[str, list[float]] = {"train_loss": [], "lr": [], "seconds": []}
    if has_val:
        history["val_loss"] = []
        if has_metric:
            history["val_metric"] = []
    return history


def _validate(model: Any, val_loader: Any, loss_fn: Callable, metric: Callable[[Any, Any], float] | None,
              device: Any, history: dict[str, list[float]]) -> float:
    """Record the validation loss (and ``metric``, if given) of the current weights; return the loss."""
    val_loss = mean_loss(model, val_loader, loss_fn, device)
    history["val_loss"].append(val_loss)
    if metric is not None:
        outputs, targets = predict(model, val_loader, device=device, return_targets=True)
        history["val_metric"].append(float(metric(outputs, targets)))
    return val_loss


class _ProgressDisplay:
    """What the student sees while :func:`fit` runs: a progress bar and, optionally, live learning curves.

    It also measures the time since the start of training (``history["seconds"]``).
    """

    def __init__(self, epochs: int, history: dict[str, list[float]], show_bar: bool, live_plot: bool) -> None:
        from tqdm.auto import tqdm

        self.plot = _open_live_plot(history) if live_plot else None
        self.start = time.perf_counter()
        self.bar = tqdm(total=epochs, desc="training", unit="epoch", disable=not show_bar)

    def end_of_epoch(self, history: dict[str, list[float]]) -> None:
        """Record the time, advance the bar with the latest losses next to it, and redraw the live plot."""
        history["seconds"].append(time.perf_counter() - self.start)
        postfix = {"train loss": f"{history['train_loss'][-1]:.4f}"}
        if "val_loss" in history:
            postfix["val loss"] = f"{history['val_loss'][-1]:.4f}"
        self.bar.set_postfix(postfix, refresh=False)
        self.bar.update(1)
        if self.plot is not None:
            self.plot.update(history)

    def early_stop(self, epoch: int, patience: int, best_epoch: int) -> None:
        """Close the progress bar and say why training stopped before the last epoch."""
        self.bar.close()
        print(f"Early stop after epoch {epoch}: no improvement for {patience} epochs; "
              f"best weights (epoch {best_epoch}) restored.")

    def close(self) -> None:
        """Close the progress bar (closing it twice does no harm)."""
        self.bar.close()


def _open_live_plot(history: dict[str, list[float]]) -> Any:
    """Show a learning-curve figure under the cell, to be updated after each epoch (see ``widgets.LivePlot``)."""
    from IPython.display import display

    from .widgets import LivePlot

    plot = LivePlot(keys=tuple(k for k in ("train_loss", "val_loss") if k in history))
    display(plot)
    return plot


def fit(model: Any, train: tuple[Any, Any] | Any, val: tuple[Any, Any] | Any | None = None, *, loss_fn: Callable,
        optimizer: Any | None = None, lr: float = 1e-3, epochs: int = 20, batch_size: int = 64,
        scheduler: Any | None = None, patience: int | None = None, metric: Callable[[Any, Any], float] | None = None,
        progress: bool = True, live_plot: bool = False, device: Any | None = None,
        seed: int = 0) -> dict[str, list[float]]:
    """Train ``model`` with mini-batch gradient descent and return its history.

    Each epoch: for every mini-batch, forward pass -> loss -> ``loss.backward()`` (backpropagation) ->
    ``optimizer.step()`` (gradient descent); then the mean training and validation losses are recorded.

    Args:
        model: a ``torch.nn.Module``.
        train: ``(X, y)`` tensors or a ``DataLoader``: ``X`` of shape ``(n_samples, ...)``, ``y`` of the shape
            ``loss_fn`` expects (e.g. ``(n_samples, 1)`` floats 0/1 for ``BCEWithLogitsLoss``).
        val: optional ``(X, y)`` or ``DataLoader`` for the validation loss (never used to update weights).
        loss_fn: e.g. ``torch.nn.BCEWithLogitsLoss()``.
        optimizer: a torch optimizer; default Adam with learning rate ``lr``.
        lr: learning rate (> 0), used when ``optimizer`` is None.
        epochs: number of passes over the training data (>= 1).
        batch_size: mini-batch size (number of samples) when ``train``/``val`` are tensors.
        scheduler: optional learning-rate scheduler, stepped once per epoch (learning-rate decay).
        patience: early stopping – stop when the validation loss has not improved for this many epochs,
            and restore the best weights (needs ``val``).
        metric: optional ``metric(outputs, targets) -> float`` computed on the validation set each epoch.
        progress: show a ``tqdm`` progress bar.
        live_plot: draw the learning curves live under the cell (updated in place each epoch).
        device: where to train (default: :func:`course_utils.device`).
        seed: seed of the mini-batch shuffling when ``train`` is ``(X, y)``.

    Returns:
        dict with lists ``train_loss``, ``val_loss`` (if ``val``), ``val_metric`` (if ``metric``), ``lr``, ``seconds``
        (wall time), one entry per completed epoch; ``best_epoch``: ``[epoch of the lowest val_loss]`` (if ``val``).
    """
    import torch

    epochs, lr, patience = _check_fit_arguments(model, train, val, loss_fn=loss_fn, optimizer=optimizer, lr=lr,
                                                epochs=epochs, patience=patience)
    optimizer = optimizer if optimizer is not None else torch.optim.Adam(model.parameters(), lr=lr)
    device = _move_to_device(model, device)
    train_loader, val_loader = _make_loaders(train, val, batch_size=batch_size, seed=seed)
    history = _empty_history(has_val=val is not None, has_metric=metric is not None)
    stopper = EarlyStopping(patience)
    display = _ProgressDisplay(epochs, history, show_bar=progress, live_plot=live_plot)
    for epoch in range(1, epochs + 1):
        history["train_loss"].append(train_one_epoch(model, train_loader, loss_fn, optimizer, device, epoch))
        history["lr"].append(float(optimizer.param_groups[0]["lr"]))
        if scheduler is not None:
            scheduler.step()  # learning-rate decay, once per epoch
        if val_loader is not None:
            val_loss = _validate(model, val_loader, loss_fn, metric, device, history)
            if stopper.update(val_loss, model, epoch):
                history["best_epoch"] = [epoch]
        display.end_of_epoch(history)
        if stopper.should_stop:
            display.early_stop(epoch, patience, best_epoch=history["best_epoch"][0])
            break
    display.close()
    if patience is not None:
        stopper.restore_best(model)
    return history


def predict(model: Any, data: Any, batch_size: int = 256, device: Any | None = None,
            return_targets: bool = False) -> Any:
    """Run ``model`` on ``data`` (a tensor/array of inputs or a DataLoader) without gradients.

    Returns the raw outputs as a CPU tensor (and the targets if ``return_targets`` and data has them).
    """
    import torch

    from . import device as best_device

    device = device or best_device()
    model.to(device)
    model.eval()
    if not hasattr(data, "dataset"):
        Xt = data if isinstance(data, torch.Tensor) else to_tensors(data)[0]
        batches = [(Xt[i:i + batch_size], None) for i in range(0, len(Xt), batch_size)]
    else:
        batches = data
    outs, targets = [], []
    with torch.no_grad():
        for xb, yb in batches:
            outs.append(model(xb.to(device)).cpu())
            if yb is not None:
                targets.append(yb)
    out = torch.cat(outs)
    if return_targets:
        return out, (torch.cat(targets) if targets else None)
    return out


def count_parameters(model: Any) -> int:
    """Number of trainable parameters (weights and biases) of a torch model."""
    return int(sum(p.numel() for p in model.parameters() if p.requires_grad))


def standardize(train: Any, *others: Any) -> tuple[np.ndarray, ...]:
    """Standardise features with the *training* mean and standard deviation (no leakage from test data).

    Args:
        train: shape ``(n_samples, n_features)``.
        others: further arrays (validation, test) of shape ``(m, n_features)``, scaled with train's statistics.
    Returns:
        The scaled arrays, in the same order.
    """
    train = as_array(train, "train", ndim=2)
    mean, std = train.mean(axis=0), train.std(axis=0)
    std[std == 0] = 1.0
    out = [(train - mean) / std]
    for i, arr in enumerate(others):
        arr = as_array(arr, f"others[{i}]", shape=(None, train.shape[1]))
        out.append((arr - mean) / std)
    return tuple(out)
