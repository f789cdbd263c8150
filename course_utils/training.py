"""A small, readable PyTorch training loop: mini-batches, validation, history, early stopping.

The loop is the one every notebook from 06 on uses; notebook 06 writes it out by hand once first.
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


def _mean_loss(model: Any, loader: Any, loss_fn: Callable, device: Any) -> float:
    import torch

    model.eval()
    total, count = 0.0, 0
    with torch.no_grad():
        for xb, yb in loader:
            xb, yb = xb.to(device), yb.to(device)
            total += float(loss_fn(model(xb), yb)) * len(xb)
            count += len(xb)
    return total / count


def fit(
    model: Any,
    train: tuple[Any, Any] | Any,
    val: tuple[Any, Any] | Any | None = None,
    *,
    loss_fn: Callable,
    optimizer: Any | None = None,
    lr: float = 1e-3,
    epochs: int = 20,
    batch_size: int = 64,
    scheduler: Any | None = None,
    patience: int | None = None,
    metric: Callable[[Any, Any], float] | None = None,
    progress: bool = True,
    live_plot: bool = False,
    device: Any | None = None,
    seed: int = 0,
) -> dict[str, list[float]]:
    """Train ``model`` with mini-batch gradient descent and return its history.

    Each epoch: for every mini-batch, forward pass -> loss -> ``loss.backward()`` (backpropagation) ->
    ``optimizer.step()`` (gradient descent); then the mean training and validation losses are recorded.

    Args:
        model: a ``torch.nn.Module``.
        train: ``(X, y)`` tensors or a ``DataLoader``.
        val: optional ``(X, y)`` or ``DataLoader`` for the validation loss (never used to update weights).
        loss_fn: e.g. ``torch.nn.BCEWithLogitsLoss()``.
        optimizer: a torch optimizer; default Adam with learning rate ``lr``.
        lr: learning rate (> 0), used when ``optimizer`` is None.
        epochs: number of passes over the training data (>= 1).
        batch_size: mini-batch size when ``train``/``val`` are tensors.
        scheduler: optional learning-rate scheduler, stepped once per epoch (learning-rate decay).
        patience: early stopping – stop when the validation loss has not improved for this many epochs,
            and restore the best weights (needs ``val``).
        metric: optional ``metric(outputs, targets) -> float`` computed on the validation set each epoch.
        progress: show a ``tqdm`` progress bar.
        live_plot: draw the learning curves live under the cell (updated in place each epoch).
        device: where to train (default: :func:`course_utils.device`).

    Returns:
        dict with lists ``train_loss``, ``val_loss`` (if ``val``), ``val_metric`` (if ``metric``), ``lr``,
        and ``seconds`` (wall time), one entry per completed epoch; ``best_epoch`` when early stopping.
    """
    import torch
    from tqdm.auto import tqdm

    from . import device as best_device

    if not isinstance(model, torch.nn.Module):
        raise TypeError(f"model must be a torch.nn.Module, got {type(model).__name__}.")
    if not callable(loss_fn):
        raise TypeError("loss_fn must be a loss function such as torch.nn.BCEWithLogitsLoss().")
    epochs = check_int(epochs, "epochs", minimum=1)
    if optimizer is None:
        optimizer = torch.optim.Adam(model.parameters(), lr=check_positive(lr, "lr (learning rate)"))
    if patience is not None:
        patience = check_int(patience, "patience", minimum=1)
        if val is None:
            raise ValueError("early stopping (patience) needs validation data: pass val=(X_val, y_val).")
    device = device or best_device()
    model.to(device)

    def as_loader(data: Any, shuffle: bool) -> Any:
        if isinstance(data, tuple):
            if len(data) != 2:
                raise ValueError("train/val must be a pair (X, y) or a DataLoader.")
            return make_loader(data[0], data[1], batch_size=batch_size, shuffle=shuffle, seed=seed)
        if not hasattr(data, "__iter__"):
            raise TypeError(f"train/val must be a pair (X, y) or a DataLoader, got {type(data).__name__}.")
        return data

    train_loader = as_loader(train, shuffle=True)
    val_loader = as_loader(val, shuffle=False) if val is not None else None
    history: dict[str, list[float]] = {"train_loss": [], "lr": [], "seconds": []}
    if val_loader is not None:
        history["val_loss"] = []
    if metric is not None and val_loader is not None:
        history["val_metric"] = []

    plot = None
    if live_plot:
        from IPython.display import display

        from .widgets import LivePlot

        plot = LivePlot(keys=tuple(k for k in ("train_loss", "val_loss") if k in history))
        display(plot)

    best_loss, best_state, waited = float("inf"), None, 0
    start = time.perf_counter()
    bar = tqdm(range(epochs), desc="training", unit="epoch", disable=not progress)
    for epoch in bar:
        model.train()
        total, count = 0.0, 0
        for xb, yb in train_loader:
            xb, yb = xb.to(device), yb.to(device)
            optimizer.zero_grad()
            loss = loss_fn(model(xb), yb)
            if not torch.isfinite(loss):
                raise FloatingPointError(
                    f"the training loss became {loss.item()} at epoch {epoch + 1}: the learning rate is probably "
                    "too large, or the inputs are not scaled. Try a smaller lr or standardise the features."
                )
            loss.backward()
            optimizer.step()
            total += loss.item() * len(xb)
            count += len(xb)
        history["train_loss"].append(total / count)
        history["lr"].append(float(optimizer.param_groups[0]["lr"]))
        if scheduler is not None:
            scheduler.step()
        postfix = {"train loss": f"{history['train_loss'][-1]:.4f}"}
        if val_loader is not None:
            val_loss = _mean_loss(model, val_loader, loss_fn, device)
            history["val_loss"].append(val_loss)
            postfix["val loss"] = f"{val_loss:.4f}"
            if metric is not None:
                outs, targets = predict(model, val_loader, device=device, return_targets=True)
                history["val_metric"].append(float(metric(outs, targets)))
            if val_loss < best_loss - 1e-7:
                best_loss, waited = val_loss, 0
                best_state = copy.deepcopy(model.state_dict())
                history["best_epoch"] = [epoch + 1]
            else:
                waited += 1
        history["seconds"].append(time.perf_counter() - start)
        bar.set_postfix(postfix)
        if plot is not None:
            plot.update(history)
        if patience is not None and waited >= patience:
            bar.close()
            print(f"Early stop after epoch {epoch + 1}: no improvement for {patience} epochs; "
                  f"best weights (epoch {history['best_epoch'][0]}) restored.")
            break
    if patience is not None and best_state is not None:
        model.load_state_dict(best_state)
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
