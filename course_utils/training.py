"""A small, readable PyTorch training loop: mini-batches, validation, history, early stopping.

The loop is the one every notebook from 06 on uses; notebook 06 writes it out by hand once first.
:func:`fit` is built from small pieces that can be read, and used, on their own: :func:`train_one_epoch`
(one pass over the training data), :func:`mean_loss` (the loss on data, without learning) and
:class:`EarlyStopping` (keep the best weights, stop when the validation loss no longer improves).

Every function checks what it is given before any work and says, in plain words, what was expected, what was
received and how to fix it (``course_utils.validation``'s style): a model that is not a PyTorch network, a loss
class without parentheses, targets whose shape does not match the model's outputs (PyTorch would silently
compare every output with every target), missing values (located by row and column), a training run that
diverges. Harmless differences are converted without a word: float64 or integer features become float32, 0/1
labels become floats for ``BCEWithLogitsLoss`` and whole-number class labels become integers for
``CrossEntropyLoss``. The caller's data are never modified.
"""

from __future__ import annotations

import copy
import inspect
import math
import time
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from .i18n import N_, tr
from .i18n import number as fmt_number
from .validation import as_array, check_bool, check_int, check_positive, describe

DIVERGENCE_FACTOR = 10.0
""":func:`fit` stops when the mean training loss of an epoch exceeds this many times its value before training."""

_FEATURE_FIX = N_("Fill or remove them first (e.g. df.dropna(), or df.fillna(...) with values computed on the "
                  "training data), then convert again.")


class TrainingDiverged(FloatingPointError):
    """The training loss became NaN or infinite, or rose far above its value before training.

    Raised by :func:`fit` and :func:`train_one_epoch`; the usual cause is a learning rate that is too large.

    Attributes:
        epoch: the epoch (1, 2, ...) at which training stopped (``None`` if unknown).
        history: what :func:`fit` had recorded until then (``None`` from :func:`train_one_epoch`).
    """

    def __init__(self, message: str, epoch: int | None = None, history: dict[str, list[float]] | None = None):
        super().__init__(message)
        self.epoch = epoch
        self.history = history


# --------------------------------------------------------------------------------------------------
# Describing and checking the model, the loss and the device
# --------------------------------------------------------------------------------------------------

def _tensor_text(t: Any) -> str:
    """``a tensor of shape (200, 3), dtype float64`` (an array or tensor, with its dtype)."""
    shape, dtype = tuple(t.shape), str(t.dtype).replace("torch.", "")
    if hasattr(t, "detach"):
        return tr("a tensor of shape {shape}, dtype {dtype}", shape=shape, dtype=dtype)
    return tr("an array of shape {shape}, dtype {dtype}", shape=shape, dtype=dtype)


def _class_name(cls: type) -> str:
    """``torch.nn.Linear`` rather than ``torch.nn.modules.linear.Linear``; a user's class by its own name."""
    module = cls.__module__ or ""
    for public in ("torch.nn", "torch.optim.lr_scheduler", "torch.optim"):
        if module.startswith(public + ".") or module == public:
            return f"{public}.{cls.__name__}"
    return cls.__name__


def _check_model(model: Any, name: str = "model") -> Any:
    """Raise a ``TypeError`` that says what to pass unless ``model`` is a PyTorch network (a ``torch.nn.Module``)."""
    import torch

    if isinstance(model, torch.nn.Module):
        return model
    expected = tr("{name} must be a PyTorch network (a torch.nn.Module such as torch.nn.Linear(2, 1))", name=name)
    if isinstance(model, type) and issubclass(model, torch.nn.Module):
        got = tr("got the class {cls} itself, not a network built from it. Build one with parentheses and its "
                 "arguments, e.g. net = {cls}(...), then pass net.", cls=_class_name(model))
    elif hasattr(model, "fit") and (hasattr(model, "predict") or hasattr(model, "transform")):
        got = tr("got a scikit-learn model ({kind}). The course's training helpers work on PyTorch networks; a "
                 "scikit-learn model has its own methods: model.fit(X, y), model.predict(X) and "
                 "model.predict_proba(X).", kind=type(model).__name__)
    elif isinstance(model, str):
        got = tr("got the text {text}. Pass the network itself: its variable name, without quotes.", text=repr(model))
    elif inspect.isfunction(model) or inspect.ismethod(model):
        got = tr("got the function {function}. If it builds the network, call it and pass the result: "
                 "{name}={function}().", function=model.__name__, name=name)
    elif model is None:
        got = tr("got nothing (None). Did the cell that builds the network run, and does its function end with "
                 "`return`?")
    else:
        got = tr("got {received}.", received=describe(model))
    raise TypeError(tr("{expected}, {got}", expected=expected, got=got))


_LOSS_EXAMPLES = N_("torch.nn.BCEWithLogitsLoss() (yes/no, one output), torch.nn.CrossEntropyLoss() (several "
                    "classes, one output per class) or torch.nn.MSELoss() (a measurement)")


def _check_loss_fn(loss_fn: Any) -> Callable:
    """``loss_fn`` must be a loss object or function: not its class, not a name, with one loss per mini-batch."""
    import torch

    if loss_fn is None:  # a default would hide the choice the course teaches: which loss for which task
        raise TypeError(tr("fit needs the loss to minimise: add loss_fn=..., for example {examples}.",
                           examples=tr(_LOSS_EXAMPLES)))
    if isinstance(loss_fn, type):
        raise TypeError(tr("loss_fn must be a loss function such as torch.nn.BCEWithLogitsLoss(), got the class "
                           "{cls} itself. Add parentheses to build the loss: loss_fn={cls}().",
                           cls=_class_name(loss_fn)))
    if isinstance(loss_fn, str) or not callable(loss_fn):
        raise TypeError(tr("loss_fn must be a loss function such as {examples}, got {received}.",
                           examples=tr(_LOSS_EXAMPLES), received=describe(loss_fn)))
    if isinstance(loss_fn, torch.nn.Module) and getattr(loss_fn, "reduction", "mean") == "none":
        raise ValueError(tr("loss_fn must give one loss per mini-batch (its mean), got {name}(reduction='none'), "
                            "which gives one loss per sample. Use the default: loss_fn=torch.nn.{name}().",
                            name=type(loss_fn).__name__))
    return loss_fn


def _loss_kind(loss_fn: Any) -> str | None:
    """What targets ``loss_fn`` compares the outputs with: ``"binary"`` (0/1, the outputs' shape), ``"regression"``
    (measurements, the outputs' shape), ``"classes"`` (class numbers) or ``None`` (a loss written by hand)."""
    import torch
    import torch.nn.functional as F

    nn = torch.nn
    kinds = {
        "binary": ((nn.BCEWithLogitsLoss, nn.BCELoss), (F.binary_cross_entropy_with_logits, F.binary_cross_entropy)),
        "regression": ((nn.MSELoss, nn.L1Loss, nn.SmoothL1Loss, nn.HuberLoss),
                       (F.mse_loss, F.l1_loss, F.smooth_l1_loss, F.huber_loss)),
        "classes": ((nn.CrossEntropyLoss, nn.NLLLoss), (F.cross_entropy, F.nll_loss)),
    }
    for kind, (classes, functions) in kinds.items():
        if isinstance(loss_fn, classes) or any(loss_fn is f for f in functions):
            return kind
    return None


def _loss_name(loss_fn: Any) -> str:
    """``MSELoss`` for ``torch.nn.MSELoss()``, the function's name for a function."""
    import torch

    if isinstance(loss_fn, torch.nn.Module):
        return type(loss_fn).__name__
    return getattr(loss_fn, "__name__", None) or type(loss_fn).__name__


def _check_device(device: Any) -> Any:
    """``None`` (let the course choose) or a device this computer has; return it as a ``torch.device``."""
    import torch

    if device is None:
        return None
    try:
        checked = torch.device(device)
    except (RuntimeError, TypeError, ValueError):
        raise ValueError(tr("device must be 'cpu', 'cuda' (an NVIDIA GPU) or 'mps' (an Apple GPU), or None to let "
                            "the course choose the best one, got {received}.", received=describe(device))) from None
    mps = getattr(torch.backends, "mps", None)
    available = {"cuda": torch.cuda.is_available(), "mps": mps is not None and mps.is_available()}
    if not available.get(checked.type, True):
        raise ValueError(tr("device={device} asks for a {kind} GPU, but PyTorch finds none on this computer. Leave "
                            "device out (the course picks the best one available) or use device='cpu'.",
                            device=repr(str(device)), kind=checked.type))
    return checked


def _model_device(model: Any) -> Any:
    """Where the model's weights are (the CPU for a model without weights)."""
    import torch

    first = next(iter(model.parameters()), None)
    return first.device if first is not None else torch.device("cpu")


def _model_dtype(model: Any) -> Any:
    """The float type of the model's weights (float32 unless the model was converted, e.g. with ``.double()``)."""
    import torch

    for p in model.parameters():
        if p.is_floating_point():
            return p.dtype
    return torch.get_default_dtype()


def _wants_integer_inputs(model: Any) -> bool:
    """True if the model starts with an embedding layer, which reads integer codes (never converted to floats)."""
    import torch

    for layer in model.modules():
        if isinstance(layer, (torch.nn.Embedding, torch.nn.EmbeddingBag)):
            return True
        if next(layer.parameters(recurse=False), None) is not None:
            return False
    return False


# --------------------------------------------------------------------------------------------------
# Data: conversion to tensors, missing values located by row and column
# --------------------------------------------------------------------------------------------------

def _position(index: tuple[int, ...], columns: Any = None) -> str:
    """``row 12``, ``row 12, column 3 ('glucose')`` or ``sample 12, position (0, 3, 4)``."""
    if len(index) == 1:
        return tr("row {row}", row=index[0])
    if len(index) == 2:
        label = f" ({columns[index[1]]!r})" if columns is not None and index[1] < len(columns) else ""
        return tr("row {row}, column {column}{label}", row=index[0], column=index[1], label=label)
    return tr("sample {sample}, position {position}", sample=index[0], position=tuple(index[1:]))


def _check_finite(t: Any, name: str, consequence: str, columns: Any = None) -> None:
    """Raise a ``ValueError`` locating the first NaN or infinite value of tensor ``t`` (nothing if all are finite)."""
    import torch

    if not t.is_floating_point() or bool(torch.isfinite(t).all()):
        return
    bad = ~torch.isfinite(t)
    first = tuple(int(i) for i in torch.nonzero(bad)[0])
    value = float(t[first])
    what = tr("NaN (a missing value)") if math.isnan(value) else tr("{value} (an infinite value)", value=value)
    count = int(bad.sum())
    others = tr(" ({count} more in all)", count=count - 1) if count > 1 else ""
    raise ValueError(tr("{name} must hold only finite numbers, but {position} holds {what}{others}. {consequence} "
                        "{fix}", name=name, position=_position(first, columns), what=what, others=others,
                        consequence=tr(consequence), fix=tr(_FEATURE_FIX)))


_LEARN_NAN = N_("A network cannot learn from missing or infinite values: the loss would become NaN whatever the "
                "learning rate.")
_PREDICT_NAN = N_("A network cannot compute a prediction from missing or infinite values: the output would be NaN.")


def _input_tensor(X: Any, name: str, dtype: Any, integer: bool, consequence: str) -> Any:
    """The inputs ``X`` (tensor, array, table, list) as a tensor of the model's float type, finite and not empty.

    Never changes ``X``: a conversion makes a new tensor, and a tensor of the right type is used as it is.
    """
    import torch

    columns = getattr(X, "columns", None)
    if isinstance(X, torch.Tensor):
        t = X.detach()
        if t.dtype.is_complex:
            raise TypeError(tr("{name} must hold real numbers, got {received}. Keep the real part (x.real) or the "
                               "size (x.abs()) if that is what you meant.", name=name, received=_tensor_text(t)))
    else:
        arr = as_array(X, name, allow_nan=True, dtype=None if integer else float)
        t = torch.tensor(arr) if integer else torch.tensor(arr, dtype=dtype)  # a copy: never the caller's memory
    if t.ndim == 0 or t.numel() == 0:
        raise ValueError(tr("{name} must hold at least one sample (shape (n_samples, ...)), got {received}.",
                            name=name, received=_tensor_text(t)))
    if integer:
        return t if not t.is_floating_point() else t.long()
    if t.dtype != dtype:
        t = t.to(dtype)  # float64, integers or booleans: the model computes in float32
    _check_finite(t, name, consequence, columns)
    return t


def _target_tensor(y: Any, name: str) -> Any:
    """The targets ``y`` as a tensor (dtype kept: the loss decides later), finite and not empty."""
    import torch

    if isinstance(y, torch.Tensor):
        t = y.detach()
    else:
        arr = as_array(y, name, allow_nan=True, dtype=None)
        if arr.dtype.kind not in "biuf":
            raise TypeError(tr("{name} must hold numbers (0/1 labels, class numbers or measurements), got values of "
                               "dtype {dtype}. Encode them as numbers first, e.g. (y == 'yes').astype(int).",
                               name=name, dtype=arr.dtype))
        t = torch.tensor(arr)  # a copy: never the caller's memory
    if t.ndim == 0 or t.numel() == 0:
        raise ValueError(tr("{name} must hold one target per sample, got {received}.", name=name,
                            received=_tensor_text(t)))
    _check_finite(t, name, _LEARN_NAN, getattr(y, "columns", None))
    return t


def to_tensors(X: Any, y: Any | None = None, y_dtype: str = "float32") -> tuple[Any, Any]:
    """Convert arrays (NumPy, pandas, lists) to tensors: ``X`` as float32, ``y`` as float32 or int64 (``y_dtype``).

    Args:
        X: the inputs, shape ``(n_samples, ...)``.
        y: optional targets, ``n_samples`` of them: 0/1 labels or measurements (``y_dtype="float32"``), or class
            numbers 0, 1, 2, ... (``y_dtype="int64"``, for ``CrossEntropyLoss``).
        y_dtype: ``"float32"`` or ``"int64"`` (also ``"float64"``, ``"int32"``).

    Returns:
        ``(X_tensor, y_tensor)``; ``y_tensor`` is ``None`` without ``y``. Missing values are refused with their row
        and column; class numbers must be whole numbers (2.0, never 2.5).
    """
    import torch

    dtypes = {"float32": torch.float32, "float64": torch.float64, "int64": torch.int64, "int32": torch.int32}
    if y_dtype not in dtypes:
        raise ValueError(tr("y_dtype must be 'float32' (0/1 labels or measurements) or 'int64' (class numbers for "
                            "CrossEntropyLoss), got {received}.", received=describe(y_dtype)))
    Xt = _input_tensor(X, "X", torch.float32, integer=False, consequence=_LEARN_NAN)
    if isinstance(X, torch.Tensor) and Xt.data_ptr() == X.data_ptr():
        Xt = Xt.clone()  # always a new tensor: changing it later must not change X
    if y is None:
        return Xt, None
    integer = y_dtype.startswith("int")
    y_arr = as_array(y, "y", dtype=np.int64 if integer else float, allow_nan=not integer)
    if len(y_arr) != len(Xt):
        raise ValueError(tr("X and y must have the same number of samples (one target per row of X), got {n_x} and "
                            "{n_y}. Take both from the same table or the same split.", n_x=len(Xt), n_y=len(y_arr)))
    yt = torch.tensor(y_arr, dtype=dtypes[y_dtype])
    _check_finite(yt, "y", _LEARN_NAN, getattr(y, "columns", None))
    return Xt, yt


class Batches:
    """Mini-batches over tensors ``X`` (n_samples, ...) and ``y`` (n_samples, ...), reshuffled every epoch.

    A lean stand-in for ``torch.utils.data.DataLoader(TensorDataset(X, y))``: it slices whole batches
    instead of gathering samples one by one, which is 10-50x faster for the small tables of this course.
    """

    def __init__(self, X: Any, y: Any, batch_size: int = 32, shuffle: bool = True, seed: int = 0) -> None:
        import torch

        self.batch_size = check_int(batch_size, "batch_size", minimum=1)
        for value, name in ((X, "X"), (y, "y")):
            if not isinstance(value, torch.Tensor):
                raise TypeError(tr("{name} must be a torch tensor here, got {received}. Convert the data first: "
                                   "X_t, y_t = training.to_tensors(X, y).", name=name, received=describe(value)))
        if X.ndim == 0 or y.ndim == 0 or len(X) != len(y) or len(X) == 0:
            raise ValueError(tr("X and y must hold the same number of samples (at least one), got X of shape "
                                "{x_shape} and y of shape {y_shape}. Row i of X and row i of y must describe the same "
                                "patient.", x_shape=tuple(X.shape), y_shape=tuple(y.shape)))
        self.dataset = (X, y)
        self.shuffle = check_bool(shuffle, "shuffle")
        self.generator = torch.Generator().manual_seed(check_int(seed, "seed", minimum=0))

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
# One mini-batch: inputs -> model -> outputs, compared with the targets by the loss, all checked
# --------------------------------------------------------------------------------------------------

#: How the messages name the data of :func:`fit`: ``where`` -> (its inputs, its targets, "of" those data, those data).
_DATA_WORDS = {
    "training": (N_("X (training inputs)"), N_("y (training targets)"), N_("of the training data"),
                 N_("the training data")),
    "validation": (N_("X (validation inputs)"), N_("y (validation targets)"), N_("of the validation data"),
                   N_("the validation data")),
}


def _of_data(where: str) -> str:
    """``of the training data`` (translated); ``of the data`` for data without a role."""
    return tr(_DATA_WORDS[where][2]) if where in _DATA_WORDS else tr("of the data")


def _the_data(where: str) -> str:
    """``the training data`` (translated); ``the data`` for data without a role."""
    return tr(_DATA_WORDS[where][3]) if where in _DATA_WORDS else tr("the data")


def _batch_names(where: str, number: int | None) -> tuple[str, str]:
    """What the messages call the inputs and targets: ``X (training inputs)`` or ``X (mini-batch 3 of ...)``."""
    if number is None:
        return (tr(_DATA_WORDS[where][0]), tr(_DATA_WORDS[where][1])) if where in _DATA_WORDS else ("X", "y")
    if where not in _DATA_WORDS:
        return tr("X (mini-batch {number})", number=number), tr("y (mini-batch {number})", number=number)
    data = _of_data(where)
    return (tr("X (mini-batch {number} {of_data})", number=number, of_data=data),
            tr("y (mini-batch {number} {of_data})", number=number, of_data=data))


class _Label:
    """What a message calls the inputs or targets of a mini-batch (see :func:`_batch_names`), built only if needed."""

    __slots__ = ("index", "where", "number")

    def __init__(self, index: int, where: str, number: int | None) -> None:
        self.index, self.where, self.number = index, where, number

    def __str__(self) -> str:
        return _batch_names(self.where, self.number)[self.index]

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def _unpack_batch(batch: Any, where: str, number: int) -> tuple[Any, Any]:
    """A mini-batch must be a pair ``(inputs, targets)``; arrays become tensors."""
    import torch

    if isinstance(batch, (tuple, list)) and len(batch) == 2 and all(isinstance(b, torch.Tensor) for b in batch):
        return batch[0], batch[1]
    if not (isinstance(batch, (tuple, list)) and len(batch) == 2):
        raise TypeError(tr("each mini-batch {of_data} must be a pair (inputs, targets), but mini-batch {number} is "
                           "{received}. Pass the data as (X, y), or a DataLoader over TensorDataset(X, y) (with the "
                           "targets too).", of_data=_of_data(where), number=number, received=describe(batch)))
    return tuple(b if isinstance(b, torch.Tensor) else torch.as_tensor(np.asarray(b)) for b in batch)


def _first_layer_mismatch(model: Any, x: Any, name: Any, whole: tuple[int, ...] | None = None) -> str | None:
    """Explain how ``x``'s shape differs from what the model's first layer expects (``None`` if no difference found).

    Only used after the model failed on ``x``, to replace PyTorch's message by one that names the expectation.
    ``whole``: the shape of all the inputs ``x`` was cut from (quoted in the message).
    """
    import torch

    nn, shape, flatten = torch.nn, tuple(whole or x.shape), False
    for layer in model.modules():
        if isinstance(layer, nn.Flatten):
            flatten = True
        elif isinstance(layer, nn.Linear):
            k = layer.in_features
            got = math.prod(shape[1:]) if flatten else (shape[-1] if shape else 0)
            if got == k and len(shape) >= 2:
                return None
            if len(shape) == 1 and k == 1:
                return tr("the model expects 1 input feature per sample (X of shape (n_samples, 1)), but {name} has "
                          "shape {shape}: one value per sample, without the feature axis. Use X.reshape(-1, 1).",
                          name=name, shape=shape)
            if flatten:
                return tr("the model expects {k} numbers per sample once flattened, but {name} has {got} (shape "
                          "{shape}). Give it images of the size it was built for, or build its first dense layer for "
                          "{got}: torch.nn.Linear({got}, ...).", k=k, name=name, got=got, shape=shape)
            return tr("the model expects {k} input features per sample, but {name} has {got} (shape {shape}). Select "
                      "the {k} columns the model was built for, or build the model for {got}: "
                      "torch.nn.Linear({got}, ...).", k=k, name=name, got=got, shape=shape)
        elif isinstance(layer, (nn.Conv1d, nn.Conv2d, nn.Conv3d)):
            return _conv_mismatch(layer, shape, name)
        elif isinstance(layer, (nn.RNN, nn.LSTM, nn.GRU)):
            return _recurrent_mismatch(layer, shape, name)
        elif next(layer.parameters(recurse=False), None) is not None:
            return None  # another kind of first layer: no expectation we can state
    return None


def _conv_mismatch(layer: Any, shape: tuple[int, ...], name: str) -> str | None:
    dims = len(layer.kernel_size)
    c = layer.in_channels
    if len(shape) == dims + 2 and shape[1] == c:
        return None
    layouts = (N_("(n_samples, {channels}, length)"), N_("(n_samples, {channels}, height, width)"),
               N_("(n_samples, {channels}, depth, height, width)"))
    channels = tr("{count} channels", count=c) if c != 1 else tr("{count} channel", count=c)
    expected = tr(layouts[min(dims, 3) - 1], channels=channels)
    fix = ""
    if len(shape) == dims + 1 and c == 1:
        fix = tr(" Add the channel axis: X[:, None] gives shape {shape}.", shape=(shape[0], 1, *shape[1:]))
    elif len(shape) == dims + 2 and shape[-1] == c:
        fix = tr(" The channels are last: move them to axis 1 with X.permute(0, {last}, {order}).", last=dims + 1,
                 order=", ".join(map(str, range(1, dims + 1))))
    return tr("the model's first layer ({layer}) expects inputs of shape {expected}, but {name} has shape "
              "{shape}.{fix}", layer=type(layer).__name__, expected=expected, name=name, shape=shape, fix=fix)


def _recurrent_mismatch(layer: Any, shape: tuple[int, ...], name: str) -> str | None:
    k = layer.input_size
    order = "(n_samples, n_steps, {k})" if layer.batch_first else "(n_steps, n_samples, {k})"
    expected = order.format(k=k)
    if len(shape) == 3 and shape[-1] == k:
        return None
    fix = ""
    if len(shape) == 2 and k == 1:
        fix = tr(" Add the feature axis: X[..., None].")
    elif len(shape) == 3:
        fix = tr(" Each time step has {n} value(s) in X; the layer was built for {k}.", n=shape[-1], k=k)
    return tr("the model's first layer ({layer}) expects sequences of shape {expected}, but {name} has shape "
              "{shape}.{fix}", layer=type(layer).__name__, expected=expected, name=name, shape=shape, fix=fix)


def _forward(model: Any, xb: Any, name: Any, whole: tuple[int, ...] | None = None) -> Any:
    """``model(xb)``, with a message that names the expected input shape if the model fails on ``xb``.

    ``whole``: the shape of all the inputs ``xb`` was cut from, quoted in messages instead of ``xb``'s.
    """
    import torch

    try:
        out = model(xb)
    except Exception as err:  # the model's own code or a torch layer: explain it in the course's words
        explanation = _first_layer_mismatch(model, xb, name, whole)
        if explanation is not None:
            raise ValueError(explanation) from err
        first_line = str(err).strip().splitlines()[0] if str(err).strip() else ""
        raise RuntimeError(tr("the model failed on {name} ({tensor}) with {error}: {detail}. Check that X has the "
                              "shape the model's first layer expects, and the model's forward method (see the error "
                              "above).", name=name, tensor=_tensor_text(xb), error=type(err).__name__,
                              detail=first_line)) from err
    if not isinstance(out, torch.Tensor):
        fix = tr(" An LSTM or GRU returns (outputs, state): keep the part you need in forward.") \
            if isinstance(out, tuple) else ""
        raise TypeError(tr("the model must return a tensor of outputs, got {received}.{fix}", received=describe(out),
                           fix=fix))
    if out.ndim == 0 or out.shape[0] != xb.shape[0]:
        raise ValueError(tr("the model must return one row of outputs per sample, but for {n} samples of {name} "
                            "(shape {x_shape}) it returned outputs of shape {out_shape}. Did forward flatten the whole "
                            "mini-batch (x.view(-1), x.flatten())? Keep the sample axis: x.flatten(1).", n=len(xb),
                            name=name, x_shape=tuple(xb.shape), out_shape=tuple(out.shape)))
    return out


def _checked_targets(kind: str | None, loss_fn: Any, out_shape: tuple[int, ...], out_dtype: Any, y: Any,
                     name: Any) -> Any:
    """The targets ``y`` in the type ``loss_fn`` needs, after checking their shape and values against the outputs.

    ``out_shape`` is the shape of the model's outputs for the same samples; ``name`` names ``y`` in messages.
    """
    import torch

    if kind is None:  # a loss written by hand: only align the float precision with the outputs
        return y.to(out_dtype) if y.is_floating_point() and y.dtype != out_dtype else y
    if kind == "classes":
        return _class_targets(loss_fn, out_shape, y, name)
    y = y.to(out_dtype) if y.dtype != out_dtype else y  # 0/1 integers, booleans, float64 -> the outputs' type
    if tuple(y.shape) != tuple(out_shape):
        raise ValueError(_target_shape_message(_loss_name(loss_fn), kind, out_shape, tuple(y.shape), name))
    if kind == "binary" and y.numel():
        low, high = (float(v) for v in torch.aminmax(y))  # one pass over the targets
        if low < 0 or high > 1:
            raise ValueError(_binary_values_message(_loss_name(loss_fn), y, (y < 0) | (y > 1), name))
    return y


def _target_shape_message(loss: str, kind: str, out_shape: tuple[int, ...], y_shape: tuple[int, ...],
                          name: str) -> str:
    n = out_shape[0]
    head = tr("{loss} compares each output of the model with its own target, so {name} must have the shape of the "
              "outputs, {out_shape}, but it has shape {y_shape}.", loss=loss, name=name, out_shape=out_shape,
              y_shape=y_shape)
    if y_shape == out_shape[:-1] and out_shape[-1] == 1:
        return tr("{head} PyTorch would compare every output with every target (a {n} x {n} table) and train on "
                  "nonsense. Add the missing axis: y.reshape(-1, 1), e.g. training.to_tensors(X, y.reshape(-1, 1)).",
                  head=head, n=n)
    if out_shape == y_shape[:-1] and y_shape[-1] == 1:
        return tr("{head} PyTorch would compare every output with every target (a {n} x {n} table) and train on "
                  "nonsense. Remove y's extra axis: y.reshape(-1), or make the model output shape (n_samples, 1).",
                  head=head, n=n)
    if kind == "binary" and len(out_shape) == 2 and out_shape[1] == 2:
        return tr("{head} The model outputs 2 numbers per sample, but {loss} needs one per target. For two classes, "
                  "either end the model with 1 output (torch.nn.Linear(..., 1)) and keep y of shape (n_samples, 1) "
                  "with 0/1 values, or keep 2 outputs and use torch.nn.CrossEntropyLoss() with y holding the class "
                  "numbers 0/1 (shape (n_samples,), dtype int64).", head=head, loss=loss)
    if math.prod(out_shape[1:]) == math.prod(y_shape[1:]):
        return tr("{head} They hold the same number of values per sample: reshape y to the outputs' shape.", head=head)
    return tr("{head} Check the number of outputs of the model's last layer ({n_out} per sample) against the number "
              "of targets per sample ({n_y}).", head=head, n_out=math.prod(out_shape[1:]), n_y=math.prod(y_shape[1:]))


def _binary_values_message(loss: str, y: Any, outside: Any, name: str) -> str:
    import torch

    first = tuple(int(i) for i in torch.nonzero(outside)[0])
    values = torch.unique(y)
    fix = ""
    found = set(values.tolist())
    if found <= {1.0, 2.0}:
        fix = tr(" If y is coded 1/2, use y - 1 (then 0 = no, 1 = yes).")
    elif found <= {-1.0, 1.0}:
        fix = tr(" If y is coded -1/1, use (y + 1) / 2.")
    elif all(v == round(v) and v >= 0 for v in found):
        fix = tr(" If y holds class numbers 0, 1, 2, ..., use torch.nn.CrossEntropyLoss() with one output per class "
                 "and y of dtype int64.")
    return tr("{loss} compares each output with a target between 0 and 1 (0 = no, 1 = yes), but {name} holds "
              "{value} at {position} (its values: {values}).{fix}", loss=loss, name=name,
              value=fmt_number(float(y[first]), "g"), position=_position(first),
              values=_number_list(values[:10].tolist(), "g"), fix=fix)


def _number_list(values: list[float], spec: str) -> str:
    """``0.52, 0.48`` in English, ``0,52 ; 0,48`` in French (where the comma is the decimal mark)."""
    texts = [fmt_number(v, spec) for v in values]
    joined = texts[0] if texts else ""
    for text in texts[1:]:
        joined = tr("{items}, {item}", items=joined, item=text)
    return joined


def _semicolons(parts: list[str]) -> str:
    """Parts of a sentence separated by semicolons (with the space French puts before them)."""
    joined = parts[0] if parts else ""
    for part in parts[1:]:
        joined = tr("{items}; {item}", items=joined, item=part)
    return joined


def _class_targets(loss_fn: Any, out_shape: tuple[int, ...], y: Any, name: Any) -> Any:
    """Class numbers (0 .. n_classes - 1, shape ``(n_samples, ...)``) as int64, or class probabilities as floats."""
    import torch

    loss = _loss_name(loss_fn)
    if len(out_shape) < 2 or out_shape[1] < 2:
        return _raise_one_output(loss, out_shape)
    n_classes = out_shape[1]
    if y.is_floating_point() and tuple(y.shape) == tuple(out_shape):
        return y  # class probabilities (e.g. one-hot rows): CrossEntropyLoss accepts them as they are
    expected = (out_shape[0], *out_shape[2:])
    if tuple(y.shape) != expected:
        fix = tr(" Remove y's extra axis: y.reshape(-1).") if tuple(y.shape) == (*expected, 1) else ""
        if tuple(y.shape) == tuple(out_shape):
            fix = tr(" y looks one-hot encoded: give the class numbers, y.argmax(dim=1), or probabilities, y.float().")
        raise ValueError(tr("{loss} compares the model's {n_classes} outputs per sample with one class number per "
                            "sample, so {name} must have shape {expected}, but it has shape {shape}.{fix}", loss=loss,
                            n_classes=n_classes, name=name, expected=expected, shape=tuple(y.shape), fix=fix))
    if y.is_floating_point():
        broken = ~torch.isfinite(y) | (y != torch.round(y))
        if bool(broken.any()):
            first = tuple(int(i) for i in torch.nonzero(broken)[0])
            raise ValueError(tr("{loss} needs class numbers (0, 1, 2, ...) in {name}, but {position} holds {value}, "
                                "which is not a whole number. For a measurement use torch.nn.MSELoss(); for a yes/no "
                                "probability, torch.nn.BCEWithLogitsLoss().", loss=loss, name=name,
                                position=_position(first), value=fmt_number(float(y[first]), "g")))
    y = y.long() if y.dtype != torch.long else y
    if not y.numel():
        return y
    low, high = (int(v) for v in torch.aminmax(y))  # one pass; the exact check only if something is off
    ignored = getattr(loss_fn, "ignore_index", -100)
    wrong = ((y < 0) | (y >= n_classes)) & (y != ignored) if low < 0 or high >= n_classes else None
    if wrong is not None and bool(wrong.any()):
        first = tuple(int(i) for i in torch.nonzero(wrong)[0])
        if low < 0:
            fix = tr("Class numbers cannot be negative: recode y as 0, 1, 2, ... (a -1/1 coding becomes "
                     "(y + 1) // 2).")
        elif low >= 1:
            fix = tr("The classes seem to start at {low}: number them from 0 with y - {low} (or give the last layer "
                     "{n} outputs).", low=low, n=high + 1)
        else:
            fix = tr("Give the last layer one output per class ({n} outputs), or check y.", n=high + 1)
        raise ValueError(tr("the model outputs {n_classes} numbers per sample, one per class (classes 0 to {last}), "
                            "but {name} holds the class {value} at {position}. {fix}", n_classes=n_classes,
                            last=n_classes - 1, name=name, value=int(y[first]), position=_position(first), fix=fix))
    return y


def _raise_one_output(loss: str, out_shape: tuple[int, ...]) -> Any:
    raise ValueError(tr("{loss} needs one output per class (at least 2, shape (n_samples, n_classes)), but the model "
                        "outputs shape {shape}: one number per sample. For two classes either keep that single output "
                        "and use torch.nn.BCEWithLogitsLoss() with 0/1 targets of the same shape, or end the model "
                        "with torch.nn.Linear(..., 2).", loss=loss, shape=out_shape))


def _call_loss(loss_fn: Any, out: Any, y: Any, name: Any, training: bool) -> Any:
    """``loss_fn(out, y)``, checked: one number, that depends on the weights when ``training``."""
    import torch

    try:
        loss = loss_fn(out, y)
    except Exception as err:
        loss_name, hint = _loss_name(loss_fn), ""
        if loss_name == "BCELoss" and bool(((out < 0) | (out > 1)).any()):
            hint = tr(" BCELoss needs probabilities between 0 and 1, but the model outputs values from {low} to "
                      "{high}. Use torch.nn.BCEWithLogitsLoss() on the raw outputs (it applies the sigmoid itself), "
                      "or end the model with torch.nn.Sigmoid().", low=fmt_number(float(out.min()), ".3g"),
                      high=fmt_number(float(out.max()), ".3g"))
        first_line = str(err).strip().splitlines()[0] if str(err).strip() else ""
        raise ValueError(tr("loss_fn ({loss}) could not compare the model's outputs, {outputs}, with {name}, "
                            "{targets}: {error}: {detail}.{hint}", loss=loss_name, outputs=_tensor_text(out),
                            name=name, targets=_tensor_text(y), error=type(err).__name__,
                            detail=first_line.rstrip("."), hint=hint)) from err
    if not isinstance(loss, torch.Tensor):
        raise TypeError(tr("loss_fn must return the loss as a torch tensor, got {received}. Compute it with torch "
                           "operations on the outputs (not NumPy, not .item()) so that backward() finds the gradients.",
                           received=describe(loss)))
    if loss.numel() != 1:
        raise ValueError(tr("loss_fn must return one number (the mean loss of the mini-batch), got a tensor of shape "
                            "{shape}. Average it: return loss.mean().", shape=tuple(loss.shape)))
    if training and not loss.requires_grad:
        raise ValueError(tr("the loss does not depend on the model's weights, so backward() cannot compute "
                            "gradients. Compute it from the model's outputs with torch operations (no .detach(), "
                            ".item(), NumPy or torch.no_grad() inside loss_fn), and check that some weights are "
                            "trainable."))
    return loss.reshape(())


def _batch_loss(model: Any, loss_fn: Any, kind: str | None, batch: Any, where: str, number: int, device: Any,
                dtype: Any, integer: bool, training: bool) -> tuple[Any, Any, Any, Any]:
    """Inputs -> outputs -> loss for one mini-batch; return ``(loss, outputs, inputs, targets)`` on ``device``.

    ``kind``: :func:`_loss_kind` of ``loss_fn``; ``dtype``, ``integer``: the inputs the model wants.
    """
    x_name, y_name = _Label(0, where, number), _Label(1, where, number)
    xb, yb = _unpack_batch(batch, where, number)
    if not integer and xb.dtype != dtype:
        xb = xb.to(dtype)
    xb, yb = xb.to(device), yb.to(device)
    out = _forward(model, xb, x_name)
    yb = _checked_targets(kind, loss_fn, tuple(out.shape), out.dtype, yb, y_name)
    return _call_loss(loss_fn, out, yb, y_name, training), out, xb, yb


def _lr_advice(optimizer: Any, xb: Any) -> str:
    """What to change after a divergence: a 10 times smaller learning rate (and scaling, if the inputs are huge)."""
    lr = optimizer.param_groups[0].get("lr") if getattr(optimizer, "param_groups", None) else None
    if not isinstance(lr, (int, float)):
        advice = tr("The learning rate is probably too large: try one 10 times smaller.")
    else:  # lr=... is code: its number keeps the decimal point
        advice = tr("The learning rate (lr={lr}) is probably too large: try one 10 times smaller (lr={smaller}), and "
                    "smaller again if needed.", lr=f"{lr:g}", smaller=f"{lr / 10:g}")
    if xb is not None and xb.is_floating_point():
        largest = float(xb.detach().abs().max())
        if largest > 1e3:
            advice += tr(" The inputs are also very large (up to {largest}): standardise the features first "
                         "(training.standardize).", largest=fmt_number(largest, ".3g"))
    return advice


def _non_finite_loss(loss: float, xb: Any, yb: Any, where: str, number: int, epoch: int | None, optimizer: Any,
                     before: str) -> Exception:
    """The error for a NaN or infinite training loss: missing values in the data, or a diverging training."""
    x_name, y_name = _batch_names(where, number)
    for t, name in ((xb, x_name), (yb, y_name)):
        try:
            _check_finite(t, name, _LEARN_NAN)
        except ValueError as err:
            return err
    if epoch == 1 and number == 1:  # no learning step yet: the learning rate cannot be the cause
        largest = float(xb.detach().abs().max()) if xb.is_floating_point() else 0.0
        cause = (tr("The inputs are very large (up to {largest}): standardise the features first "
                    "(training.standardize).", largest=fmt_number(largest, ".3g")) if largest > 1e3 else
                 tr("Check loss_fn: e.g. BCELoss on probabilities of exactly 0 or 1 gives inf, which "
                    "torch.nn.BCEWithLogitsLoss() on the raw outputs avoids."))
        return FloatingPointError(tr("the loss is already {loss} on the first mini-batch, before any learning step, "
                                     "although the data are finite: the learning rate is not the cause. {cause}",
                                     loss=loss, cause=cause))
    at = (tr("epoch {epoch}, mini-batch {number}", epoch=epoch, number=number) if epoch is not None
          else tr("mini-batch {number}", number=number))
    return TrainingDiverged(tr(
        "the training diverged at {at}: the training loss became {loss}{story}. {advice} These weights are now "
        "unusable: build a new model before training again.", at=at, loss=loss, story=before,
        advice=_lr_advice(optimizer, xb)), epoch=epoch)


# --------------------------------------------------------------------------------------------------
# The pieces of the training loop. ``fit`` below puts them together; notebook 06 writes them out by hand.
# --------------------------------------------------------------------------------------------------

def _run_epoch(model: Any, loader: Any, loss_fn: Callable, optimizer: Any, device: Any, epoch: int | None,
               where: str = "training", before: list[str] | None = None,
               after_step: Callable[[], Any] | None = None) -> tuple[float, float | None]:
    """One pass of gradient descent over ``loader``; return the mean loss and the reference loss before training.

    ``after_step``, if given, is called after every ``optimizer.step()`` (a scheduler stepped per mini-batch).

    The reference (only on the first mini-batch of epoch 1, else ``None``) is the larger of the untrained model's
    loss and the loss of outputs that are all 0: :func:`fit` compares later losses with it to detect divergence.
    ``before``: the losses so far, as :func:`_loss_parts` words them, quoted if the loss becomes NaN.
    """
    model.train()
    dtype, integer, kind = _model_dtype(model), _wants_integer_inputs(model), _loss_kind(loss_fn)
    total, count, reference, recent = 0.0, 0, None, []
    for number, batch in enumerate(loader, start=1):
        optimizer.zero_grad()                 # forget the previous step's gradients
        loss, out, xb, yb = _batch_loss(model, loss_fn, kind, batch, where, number, device, dtype, integer,
                                        training=True)
        value = loss.item()
        if not math.isfinite(value):
            parts = list(before or _loss_parts(reference, []))
            if recent:
                parts.append(tr("the last mini-batches of this epoch: {values}", values=_number_list(recent, ".4g")))
            raise _non_finite_loss(value, xb, yb, where, number, epoch, optimizer, _loss_story(parts))
        if epoch == 1 and number == 1:
            reference = max(value, _zero_output_loss(loss_fn, out, yb))
        recent = [*recent[-2:], value]
        loss.backward()                       # backpropagation: the gradient of the loss for every weight
        optimizer.step()                      # gradient-descent step
        if after_step is not None:
            after_step()                      # e.g. OneCycleLR: a new learning rate for the next mini-batch
        total += value * len(xb)
        count += len(xb)
    if count == 0:
        raise ValueError(_no_batch_message(loader, where, epoch))
    return total / count, reference


def _zero_output_loss(loss_fn: Any, out: Any, yb: Any) -> float:
    """The loss of a model whose outputs are all 0 (probability 0.5 for ``BCELoss``): an untrained level."""
    import torch

    try:
        with torch.no_grad():
            fill = 0.5 if _loss_name(loss_fn) == "BCELoss" else 0.0
            value = float(loss_fn(torch.full_like(out, fill), yb))
    except Exception:  # a hand-written loss that cannot take constant outputs: no reference from it
        return 0.0
    return value if math.isfinite(value) else 0.0


def _no_batch_message(loader: Any, where: str, epoch: int | None) -> str:
    at = tr(" in epoch {epoch}", epoch=epoch) if epoch is not None else ""
    once = (tr(" It can be read only once (a generator or iterator?): pass (X, y) or a DataLoader instead.")
            if isinstance(loader, Iterator) else tr(" Is it empty?"))
    return tr("{data} gave no mini-batch{at}: expected at least one pair (inputs, targets), got {received}.{advice}",
              data=_the_data(where), at=at, received=describe(loader), advice=once)


def _check_loader(loader: Any, name: str) -> None:
    """``loader`` must yield mini-batches (a DataLoader, course batches, a list of pairs), not hold raw data."""
    if _is_pair(loader):
        raise TypeError(tr("{name} must yield mini-batches (inputs, targets), got a pair (X, y) of whole data sets. "
                           "Cut it into mini-batches first: {name}=training.make_loader(X, y, batch_size=32).",
                           name=name))
    if _is_data(loader) or isinstance(loader, (str, bytes, dict)) or not hasattr(loader, "__iter__"):
        raise TypeError(tr("{name} must yield mini-batches (inputs, targets), such as training.make_loader(X, y) or a "
                           "torch DataLoader, got {received}.", name=name, received=describe(loader)))


def _is_data(value: Any) -> bool:
    """True for one block of data (tensor, array, table), which iterates over its rows, not over mini-batches."""
    import torch

    return isinstance(value, (torch.Tensor, np.ndarray)) or type(value).__module__.startswith("pandas")


def train_one_epoch(model: Any, loader: Any, loss_fn: Callable, optimizer: Any, device: Any,
                    epoch: int | None = None) -> float:
    """One pass over the training data, with one gradient-descent step per mini-batch.

    For every mini-batch: forget the old gradients, forward pass, loss, backpropagation, optimizer step.

    Args:
        model: a ``torch.nn.Module``; it is switched to training mode (``model.train()``).
        loader: yields mini-batches ``(xb, yb)``: inputs of shape ``(batch, ...)`` and targets of the shape
            ``loss_fn`` expects (e.g. ``(batch, 1)`` for ``BCEWithLogitsLoss``); see :func:`make_loader`.
        loss_fn: e.g. ``torch.nn.BCEWithLogitsLoss()``.
        optimizer: a torch optimizer built on ``model.parameters()``.
        device: where the model is (e.g. ``"cpu"`` or ``"cuda"``); each mini-batch is moved there.
        epoch: the epoch's number (1, 2, ...), only used in messages.

    Returns:
        The mean training loss of the epoch (each mini-batch weighted by its number of samples).

    Raises:
        TrainingDiverged: the loss became NaN or infinite (a ``FloatingPointError``).
        ValueError: targets whose shape or values do not suit ``loss_fn``; NaN in a mini-batch (located).
    """
    _check_model(model)
    _check_loader(loader, "loader")
    _check_optimizer_object(optimizer)
    epoch = None if epoch is None else check_int(epoch, "epoch", minimum=1)
    device = _check_device(device) or _model_device(model)
    return _run_epoch(model, loader, _check_loss_fn(loss_fn), optimizer, device, epoch)[0]


def mean_loss(model: Any, loader: Any, loss_fn: Callable, device: Any) -> float:
    """Mean loss of ``model`` over all mini-batches of ``loader``, without changing the weights.

    The model is switched to evaluation mode (``model.eval()``: no dropout) and no gradients are computed.

    Args:
        model: a ``torch.nn.Module``.
        loader: yields mini-batches ``(xb, yb)`` (e.g. the validation data); a pair ``(X, y)`` of tensors works too.
        loss_fn: e.g. ``torch.nn.BCEWithLogitsLoss()``.
        device: where the model is; each mini-batch is moved there.

    Returns:
        The loss averaged over all samples (each mini-batch weighted by its number of samples).
    """
    import torch

    _check_model(model)
    loss_fn = _check_loss_fn(loss_fn)
    device = _check_device(device) or _model_device(model)
    if _is_pair(loader):
        loader = make_loader(*_prepare_pair(loader, "", model, loss_fn), batch_size=256, shuffle=False)
    _check_loader(loader, "loader")
    model.eval()
    dtype, integer, kind = _model_dtype(model), _wants_integer_inputs(model), _loss_kind(loss_fn)
    total, count = 0.0, 0
    with torch.no_grad():
        for number, batch in enumerate(loader, start=1):
            loss, _, xb, yb = _batch_loss(model, loss_fn, kind, batch, "", number, device, dtype, integer,
                                          training=False)
            if not torch.isfinite(loss):
                x_name, y_name = _batch_names("", number)
                _check_finite(xb, x_name, _LEARN_NAN)
                _check_finite(yb, y_name, _LEARN_NAN)
            total += float(loss) * len(xb)
            count += len(xb)
    if count == 0:
        raise ValueError(_no_batch_message(loader, "", None))
    return total / count


class EarlyStopping:
    """Keep the weights of the epoch with the lowest validation loss, and say when to stop training.

    Use ``stopper = EarlyStopping(patience=10)``; after each epoch call ``stopper.update(val_loss, model, epoch)``
    and stop when ``stopper.should_stop``; at the end, ``stopper.restore_best(model)``.

    Args:
        patience: stop after this many epochs in a row without improvement (>= 1); ``None`` never stops
            (the best epoch and its weights are still kept).
        min_improvement: a validation loss counts as better only if it is lower than the best by more than this (>= 0).
    """

    def __init__(self, patience: int | None = None, min_improvement: float = 1e-7) -> None:
        self.patience = None if patience is None else check_int(patience, "patience", minimum=1)
        self.min_improvement = check_positive(min_improvement, "min_improvement", allow_zero=True)
        self.best_loss = float("inf")
        self.best_epoch: int | None = None
        self.best_weights: dict[str, Any] | None = None
        self.epochs_without_improvement = 0

    def update(self, val_loss: float, model: Any, epoch: int) -> bool:
        """Record the validation loss of ``epoch``; return True if it is the best so far (its weights are saved)."""
        _check_model(model)
        epoch = check_int(epoch, "epoch", minimum=0)
        if hasattr(val_loss, "detach") and getattr(val_loss, "numel", lambda: 0)() == 1:
            val_loss = float(val_loss.detach())
        if isinstance(val_loss, bool) or not isinstance(val_loss, (int, float, np.integer, np.floating)):
            raise TypeError(tr("val_loss must be a number (the mean validation loss), got {received}.",
                               received=describe(val_loss)))
        if not math.isfinite(val_loss):
            raise ValueError(tr("val_loss must be a finite number, got {value} at epoch {epoch}: the validation loss "
                                "could not be computed (a diverged training, or missing values in the validation "
                                "data).", value=val_loss, epoch=epoch))
        if val_loss < self.best_loss - self.min_improvement:
            self.best_loss = float(val_loss)
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
        _check_model(model)
        if self.best_weights is not None:
            model.load_state_dict(self.best_weights)


# --------------------------------------------------------------------------------------------------
# fit: its arguments checked before anything is built, then the loop
# --------------------------------------------------------------------------------------------------

def _check_fit_arguments(model: Any, train: Any, val: Any, *, loss_fn: Any, optimizer: Any, lr: Any,
                         epochs: Any, patience: Any, batch_size: Any = 64, scheduler: Any = None,
                         metric: Any = None, progress: Any = True, live_plot: Any = False,
                         seed: Any = 0) -> tuple[int, float | None, int | None]:
    """Check the arguments of :func:`fit` before anything runs; return ``(epochs, lr, patience)``, checked.

    Each check raises an error that tells the student what to change. The data are checked afterwards, by
    :func:`_prepare_pair` (a pair ``(X, y)``) or mini-batch by mini-batch (a DataLoader).
    """
    _check_model(model)
    _check_loss_fn(loss_fn)
    epochs = check_int(epochs, "epochs", minimum=1)
    check_int(batch_size, "batch_size", minimum=1)
    check_int(seed, "seed", minimum=0)
    check_bool(progress, "progress")
    check_bool(live_plot, "live_plot")
    if metric is not None and (isinstance(metric, type) or not callable(metric)):
        raise TypeError(tr("metric must be a function metric(outputs, targets) -> number, or None, got {received}.",
                           received=describe(metric)))
    lr = _check_optimizer(model, optimizer, lr, scheduler)
    if patience is not None:
        patience = check_int(patience, "patience", minimum=1)
        if val is None:
            raise ValueError(tr("early stopping (patience) needs validation data: pass val=(X_val, y_val)."))
    _check_data_form(train, "train")
    if val is not None:
        _check_data_form(val, "val")
    return epochs, lr, patience


def _check_optimizer_object(optimizer: Any, in_fit: bool = False) -> None:
    import torch

    if isinstance(optimizer, torch.optim.Optimizer):
        return
    if isinstance(optimizer, type):
        got = tr("the class {cls} itself. Build it on the model's weights: {cls}(model.parameters(), lr=0.01).",
                 cls=_class_name(optimizer))
    else:
        got = tr("{received}. Build one, e.g. torch.optim.Adam(model.parameters(), lr=0.01).",
                 received=describe(optimizer))
    default = tr(" (or None: fit then uses Adam with the learning rate lr)") if in_fit else ""
    raise TypeError(tr("optimizer must be a torch optimizer{default}, got {got}", default=default, got=got))


def _check_optimizer(model: Any, optimizer: Any, lr: Any, scheduler: Any) -> float | None:
    """The optimizer, learning rate and scheduler must fit together and train this model's weights."""
    import torch

    trainable = [p for p in model.parameters() if p.requires_grad]
    if not trainable:
        raise ValueError(tr("the model has no trainable weights ({model} with {count} weights, none with "
                            "requires_grad=True), so training cannot change it. Unfreeze the layers to train "
                            "(requires_grad = True).", model=_class_name(type(model)),
                            count=sum(p.numel() for p in model.parameters())))
    broken = next((name for name, p in model.named_parameters() if not bool(torch.isfinite(p).all())), None)
    if broken is not None:
        raise ValueError(tr("the model's weights ({name}) already hold NaN or infinite values, probably from an "
                            "earlier training that diverged. Build a new model (run the cell that creates it) first.",
                            name=broken))
    if optimizer is None:
        if scheduler is not None:
            raise ValueError(tr("scheduler needs the optimizer it was built on: pass optimizer=... as well (fit would "
                                "otherwise train with its own Adam optimizer, which the scheduler does not control)."))
        if isinstance(lr, str):
            raise TypeError(tr("lr (learning rate) must be a number, got {received}. Remove the quotes: lr={value}.",
                               received=describe(lr), value=lr))
        return check_positive(1e-3 if lr is None else lr, tr("lr (learning rate)"))
    _check_optimizer_object(optimizer, in_fit=True)
    optimized = {id(p) for group in optimizer.param_groups for p in group["params"]}
    if not any(id(p) in optimized for p in trainable):
        raise ValueError(tr("the optimizer was built on another model's weights, so training would not change this "
                            "model. Build it on this one: torch.optim.Adam(model.parameters(), lr=...)."))
    if lr is not None:
        own = optimizer.param_groups[0].get("lr")
        if not isinstance(lr, (int, float)) or isinstance(lr, bool) or lr != own:
            raise ValueError(tr("lr={lr} would be ignored: the optimizer you passed has its own learning rate "
                                "({own}). Give the learning rate to the optimizer "
                                "(torch.optim.Adam(model.parameters(), lr=...)) or leave out optimizer.",
                                lr=describe(lr) if not isinstance(lr, (int, float)) else lr,
                                own=fmt_number(own, "g") if isinstance(own, (int, float)) else own))
    if scheduler is not None:
        if isinstance(scheduler, type) or not hasattr(scheduler, "step"):
            got = (tr("the class {cls} itself. Build it on the optimizer: {cls}(optimizer, ...).",
                      cls=_class_name(scheduler)) if isinstance(scheduler, type) else f"{describe(scheduler)}.")
            raise TypeError(tr("scheduler must be a learning-rate scheduler built on the optimizer, e.g. "
                               "torch.optim.lr_scheduler.StepLR(optimizer, step_size=10), got {got}", got=got))
        if getattr(scheduler, "optimizer", optimizer) is not optimizer:
            raise ValueError(tr("scheduler was built on another optimizer than the one passed to fit, so the learning "
                                "rate would not change. Build it on this optimizer."))
    return lr


def _is_pair(data: Any) -> bool:
    """True for ``(X, y)`` or ``[X, y]``; False for a list of mini-batches such as ``[(X, y)]``."""
    if not isinstance(data, (tuple, list)) or len(data) != 2:
        return False
    return not all(_is_batch(item) for item in data)


def _is_batch(item: Any) -> bool:
    import torch

    return isinstance(item, (tuple, list)) and len(item) == 2 and all(isinstance(t, torch.Tensor) for t in item)


def _check_data_form(data: Any, name: str) -> None:
    """``train`` and ``val`` must each be a pair ``(X, y)`` or a DataLoader (anything that yields mini-batches)."""
    if _is_pair(data):
        return
    if isinstance(data, (tuple, list)) and not all(_is_batch(item) for item in data):
        raise ValueError(tr("{name} must be a pair (X, y) or a DataLoader, got {received}. Pass exactly two things, "
                            "the inputs and the targets: {name}=(X_{name}, y_{name}).", name=name,
                            received=describe(data)))
    if _is_data(data):
        raise TypeError(tr("{name} must be a pair (X, y) or a DataLoader, got only {received}. Pass the targets too: "
                           "{name}=(X_{name}, y_{name}).", name=name, received=describe(data)))
    if isinstance(data, (str, bytes, dict)) or not hasattr(data, "__iter__"):
        raise TypeError(tr("{name} must be a pair (X, y) or a DataLoader, got {received}.", name=name,
                           received=describe(data)))


def _prepare_pair(data: Any, where: str, model: Any, loss_fn: Any) -> tuple[Any, Any]:
    """Check and convert a pair ``(X, y)`` before training; the model is tried on its first rows (without learning).

    ``X`` becomes a tensor of the model's float type; ``y`` the type the loss needs. Shapes, class numbers and
    missing values are checked on all the data, so that a problem is reported before anything runs.
    """
    import torch

    X, y = data
    x_name, y_name = _batch_names(where, None)
    Xt = _input_tensor(X, x_name, _model_dtype(model), _wants_integer_inputs(model), _LEARN_NAN)
    yt = _target_tensor(y, y_name)
    if len(Xt) != len(yt):
        raise ValueError(tr("{x_name} and {y_name} must have the same number of samples (one target per row of X), "
                            "got {n_x} and {n_y}. Row i of X and row i of y must describe the same patient: take both "
                            "from the same table or the same split.", x_name=x_name, y_name=y_name, n_x=len(Xt),
                            n_y=len(yt)))
    modes = _set_eval(model)
    try:
        with torch.no_grad():
            probe = _forward(model, Xt[:4].to(_model_device(model)), x_name, whole=tuple(Xt.shape))
            out_shape = (len(Xt), *probe.shape[1:])
            yt = _checked_targets(_loss_kind(loss_fn), loss_fn, out_shape, probe.dtype, yt, y_name)
            _call_loss(loss_fn, probe, yt[:4].to(probe.device), y_name, training=False)
    finally:
        _restore_modes(modes)
    return Xt, yt


def _set_eval(model: Any) -> dict[Any, bool]:
    """Switch ``model`` to evaluation mode; return every layer's previous mode, for :func:`_restore_modes`."""
    modes = {layer: layer.training for layer in model.modules()}
    model.eval()
    return modes


def _restore_modes(modes: dict[Any, bool]) -> None:
    for layer, training in modes.items():
        layer.training = training


def _move_to_device(model: Any, device: Any | None) -> Any:
    """Move ``model`` to ``device`` (default: the best one here, see :func:`course_utils.device`); return the device."""
    from . import device as best_device

    device = device or best_device()
    model.to(device)
    return device


def _make_loaders(train: Any, val: Any, batch_size: int, seed: int) -> tuple[Any, Any | None]:
    """The training loader (reshuffled every epoch) and the validation loader (``None`` without ``val``).

    A pair ``(X, y)`` (already checked tensors) becomes mini-batches (see :func:`make_loader`); a DataLoader is used
    as it is.
    """
    def as_loader(data: Any, shuffle: bool) -> Any:
        if _is_pair(data):
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
        try:
            value = float(metric(outputs, targets))
        except Exception as err:
            raise ValueError(tr("metric(outputs, targets) must return one number, but it failed on outputs "
                                "({outputs}) and targets ({targets}) with {error}: {detail}.",
                                outputs=_tensor_text(outputs), targets=describe(targets), error=type(err).__name__,
                                detail=str(err).rstrip("."))) from err
        history["val_metric"].append(value)
    return val_loss


def _loss_parts(reference: float | None, losses: list[float]) -> list[str]:
    """``["0.693 before training", "mean loss per epoch: 0.52, 0.48"]``: the values a divergence message quotes."""
    parts = [tr("{value} before training", value=fmt_number(reference, ".4g"))] if reference is not None else []
    if losses:
        parts.append(tr("mean loss per epoch: {values}", values=_number_list(losses[-6:], ".4g")))
    return parts


def _loss_story(parts: list[str]) -> str:
    """`` (0.693 before training; mean loss per epoch: 0.52, 0.48)``, or nothing without ``parts``."""
    return f" ({_semicolons(parts)})" if parts else ""


def _check_divergence(history: dict[str, list[float]], reference: float, epoch: int, optimizer: Any) -> None:
    """Stop with :class:`TrainingDiverged` if the epoch's loss is far above its value before training."""
    loss = history["train_loss"][-1]
    if reference > 0 and loss > DIVERGENCE_FACTOR * reference:
        raise TrainingDiverged(tr(
            "the training diverged at epoch {epoch}: the mean training loss rose to {loss}, more than {factor} times "
            "its value before training{story}. {advice} These weights are now unusable: build a new model before "
            "training again.", epoch=epoch, loss=fmt_number(loss, ".4g"), factor=fmt_number(DIVERGENCE_FACTOR, "g"),
            story=_loss_story(_loss_parts(reference, history["train_loss"])), advice=_lr_advice(optimizer, None)),
            epoch=epoch, history=history)


class _ProgressDisplay:
    """What the student sees while :func:`fit` runs: a progress bar and, optionally, live learning curves.

    It also measures the time since the start of training (``history["seconds"]``).
    """

    def __init__(self, epochs: int, history: dict[str, list[float]], show_bar: bool, live_plot: bool) -> None:
        from tqdm.auto import tqdm

        self.plot = _open_live_plot(history) if live_plot else None
        self.start = time.perf_counter()
        self.bar = tqdm(total=epochs, desc=tr("training"), unit=tr("epoch"), disable=not show_bar)

    def end_of_epoch(self, history: dict[str, list[float]]) -> None:
        """Record the time, advance the bar with the latest losses next to it, and redraw the live plot."""
        history["seconds"].append(time.perf_counter() - self.start)
        postfix = {tr("train loss"): fmt_number(history["train_loss"][-1], ".4f")}
        if "val_loss" in history:
            postfix[tr("val loss")] = fmt_number(history["val_loss"][-1], ".4f")
        self.bar.set_postfix(postfix, refresh=False)
        self.bar.update(1)
        if self.plot is not None:
            self.plot.update(history)

    def early_stop(self, epoch: int, patience: int, best_epoch: int) -> None:
        """Close the progress bar and say why training stopped before the last epoch."""
        self.bar.close()
        print(tr("Early stop after epoch {epoch}: no improvement for {patience} epochs; best weights (epoch {best}) "
                 "restored.", epoch=epoch, patience=patience, best=best_epoch))

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


def _warn_if_worse(history: dict[str, list[float]], reference: float | None, optimizer: Any) -> None:
    """Say so when training ended with a loss well above (2x) its value before training: the model got worse.

    (A smaller excess is not reported: the value before training is measured on one mini-batch only.)
    """
    if reference is not None and history["train_loss"] and history["train_loss"][-1] > 2 * reference:
        print(tr("Warning: the training loss ended at {loss}, more than twice its value before training "
                 "({reference}): the model got worse instead of learning. {advice}",
                 loss=fmt_number(history["train_loss"][-1], ".4g"), reference=fmt_number(reference, ".4g"),
                 advice=_lr_advice(optimizer, None)))


# fit is longer than the course's 60 lines only because its docstring documents every argument.
def fit(model: Any, train: tuple[Any, Any] | Any, val: tuple[Any, Any] | Any | None = None, *,
        loss_fn: Callable | None = None,
        optimizer: Any | None = None, lr: float | None = None, epochs: int = 20, batch_size: int = 64,
        scheduler: Any | None = None, patience: int | None = None, metric: Callable[[Any, Any], float] | None = None,
        progress: bool = True, live_plot: bool = False, device: Any | None = None,
        seed: int = 0) -> dict[str, list[float]]:
    """Train ``model`` with mini-batch gradient descent and return its history.

    Each epoch: for every mini-batch, forward pass -> loss -> ``loss.backward()`` (backpropagation) ->
    ``optimizer.step()`` (gradient descent); then the mean training and validation losses are recorded.

    Args:
        model: a ``torch.nn.Module``.
        train: ``(X, y)`` (or ``[X, y]``: tensors, arrays or tables) or a ``DataLoader``: ``X`` of shape
            ``(n_samples, ...)``, ``y`` of the shape ``loss_fn`` expects: the outputs' shape for
            ``BCEWithLogitsLoss`` and ``MSELoss`` (e.g. ``(n_samples, 1)`` 0/1 labels), ``(n_samples,)`` class
            numbers for ``CrossEntropyLoss``. Features are converted to float32, 0/1 labels to floats and
            whole-number class labels to int64; other mismatches are refused with a message.
        val: optional ``(X, y)`` or ``DataLoader`` for the validation loss (never used to update weights).
        loss_fn: e.g. ``torch.nn.BCEWithLogitsLoss()`` (with parentheses).
        optimizer: a torch optimizer built on ``model.parameters()``; default Adam with learning rate ``lr``.
        lr: learning rate (> 0) of the default optimizer (1e-3 if not given); give it to ``optimizer`` instead
            when you pass one.
        epochs: number of passes over the training data (>= 1).
        batch_size: mini-batch size (number of samples) when ``train``/``val`` are pairs ``(X, y)``.
        scheduler: optional learning-rate scheduler built on ``optimizer``, stepped once per epoch; ``OneCycleLR``
            and ``CyclicLR``, which PyTorch steps after every mini-batch, are stepped after every mini-batch (build
            ``OneCycleLR`` with ``total_steps`` = epochs x mini-batches per epoch, or ``epochs`` and
            ``steps_per_epoch``).
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

    Raises:
        TypeError, ValueError: an argument that cannot work (the message says what was expected, what was received
            and how to fix it); the data are checked before training starts.
        TrainingDiverged: the loss became NaN/infinite or rose more than ``DIVERGENCE_FACTOR`` times above its value
            before training (the learning rate is too large); it carries the ``history`` recorded so far. A run that
            ends above twice its starting loss prints a warning.
    """
    import torch

    epochs, lr, patience = _check_fit_arguments(
        model, train, val, loss_fn=loss_fn, optimizer=optimizer, lr=lr, epochs=epochs, patience=patience,
        batch_size=batch_size, scheduler=scheduler, metric=metric, progress=progress, live_plot=live_plot, seed=seed)
    device = _check_device(device)
    train = _prepare_pair(train, "training", model, loss_fn) if _is_pair(train) else train
    val = _prepare_pair(val, "validation", model, loss_fn) if _is_pair(val) else val
    optimizer = optimizer if optimizer is not None else torch.optim.Adam(model.parameters(), lr=lr)
    device = _move_to_device(model, device)
    train_loader, val_loader = _make_loaders(train, val, batch_size=batch_size, seed=seed)
    per_batch = _steps_per_batch(scheduler)
    if per_batch:
        _check_cycle_length(scheduler, epochs, train_loader, batch_size, early_stopping=patience is not None)
    history = _empty_history(has_val=val is not None, has_metric=metric is not None)
    stopper = EarlyStopping(patience)
    display = _ProgressDisplay(epochs, history, show_bar=progress, live_plot=live_plot)
    reference = None
    try:
        for epoch in range(1, epochs + 1):
            reference = _train_and_record(model, train_loader, loss_fn, optimizer, device, epoch, history, reference,
                                          after_step=scheduler.step if per_batch else None)
            if val_loader is not None:
                val_loss = _validate(model, val_loader, loss_fn, metric, device, history)
                if stopper.update(val_loss, model, epoch):
                    history["best_epoch"] = [epoch]
            if scheduler is not None and not per_batch:
                _step_scheduler(scheduler, history)  # learning-rate decay, once per epoch
            display.end_of_epoch(history)
            if stopper.should_stop:
                display.early_stop(epoch, patience, best_epoch=history["best_epoch"][0])
                break
    finally:
        display.close()
    if patience is not None:
        stopper.restore_best(model)
    _warn_if_worse(history, reference, optimizer)
    return history


def _steps_per_batch(scheduler: Any) -> bool:
    """True for the schedulers PyTorch steps after every mini-batch (``OneCycleLR``, ``CyclicLR``)."""
    import torch

    return isinstance(scheduler, (torch.optim.lr_scheduler.OneCycleLR, torch.optim.lr_scheduler.CyclicLR))


def _check_cycle_length(scheduler: Any, epochs: int, loader: Any, batch_size: int, early_stopping: bool) -> None:
    """A ``OneCycleLR`` must be built for exactly the steps ``fit`` takes: with fewer, PyTorch stops training with an
    error in the middle; with more, the learning rate never comes down to its small final value (a silent harm).
    With early stopping, training may legitimately end sooner, so only too few steps are refused."""
    import torch

    total = getattr(scheduler, "total_steps", None)
    if not isinstance(scheduler, torch.optim.lr_scheduler.OneCycleLR) or total is None:
        return
    try:
        per_epoch = len(loader)
    except TypeError:  # a source of mini-batches without a length: nothing to compare
        return
    needed = epochs * per_epoch
    if total < needed or (total > needed and not early_stopping):
        raise ValueError(tr("the OneCycleLR scheduler was built for {total} steps, but fit takes {needed}: "
                            "epochs={epochs} x {per_epoch} mini-batches per epoch (batch_size={batch_size}). "
                            "Build it with total_steps={needed}, or with epochs={epochs} and "
                            "steps_per_epoch={per_epoch}.",
                            total=total, needed=needed, epochs=epochs, per_epoch=per_epoch, batch_size=batch_size))


def _step_scheduler(scheduler: Any, history: dict[str, list[float]]) -> None:
    """``scheduler.step()``; ``ReduceLROnPlateau`` is given the latest loss it watches (validation, else training)."""
    import torch

    if isinstance(scheduler, torch.optim.lr_scheduler.ReduceLROnPlateau):
        scheduler.step((history.get("val_loss") or history["train_loss"])[-1])
    else:
        scheduler.step()


def _train_and_record(model: Any, loader: Any, loss_fn: Callable, optimizer: Any, device: Any, epoch: int,
                      history: dict[str, Any], reference: float | None,
                      after_step: Callable[[], Any] | None = None) -> float | None:
    """One epoch of :func:`fit`: train, record the loss and learning rate, stop on a divergence.

    ``after_step`` (e.g. a ``OneCycleLR``'s ``step``) is called after every gradient-descent step.

    Returns the loss before training (measured on the first mini-batch of epoch 1), for the next epochs' checks.
    """
    try:
        loss, first = _run_epoch(model, loader, loss_fn, optimizer, device, epoch,
                                 before=_loss_parts(reference, history["train_loss"]), after_step=after_step)
    except TrainingDiverged as err:
        err.history = history
        raise
    history["train_loss"].append(loss)
    history["lr"].append(float(optimizer.param_groups[0]["lr"]))
    reference = first if first is not None else reference
    if reference is not None:
        _check_divergence(history, reference, epoch, optimizer)
    return reference


# --------------------------------------------------------------------------------------------------
# Using a trained model
# --------------------------------------------------------------------------------------------------

def _is_batch_source(data: Any) -> bool:
    """True for a DataLoader-like source of mini-batches; False for inputs (tensor, array, table, nested list)."""
    if _is_data(data) or isinstance(data, (str, bytes, dict)) or data is None:
        return False
    if isinstance(data, (list, tuple)):
        return len(data) > 0 and all(_is_batch(item) for item in data)
    return hasattr(data, "__iter__") and not isinstance(data, (int, float))


def predict(model: Any, data: Any, batch_size: int = 256, device: Any | None = None,
            return_targets: bool = False) -> Any:
    """Run ``model`` on ``data`` without gradients and return its raw outputs (a CPU tensor).

    Args:
        model: a ``torch.nn.Module``; used in evaluation mode (no dropout), its mode is restored afterwards.
        data: the inputs (tensor, array, table, list; shape ``(n_samples, ...)``; converted to float32), or a
            DataLoader (or any source of mini-batches ``(inputs, targets)``).
        batch_size: how many samples are run at once (>= 1), for inputs.
        device: where to compute (default: where the model's weights are).
        return_targets: also return the targets of a DataLoader (``None`` for inputs without targets).

    Returns:
        The outputs, shape ``(n_samples, ...)``; with ``return_targets``, ``(outputs, targets)``.

    Raises:
        TypeError, ValueError: not a PyTorch model, the pair ``(X, y)`` instead of ``X``, missing values (located),
            inputs whose shape does not suit the model's first layer.
    """
    import torch

    _check_model(model)
    batch_size = check_int(batch_size, "batch_size", minimum=1)
    check_bool(return_targets, "return_targets")
    device = _check_device(device) or _model_device(model)
    dtype, integer = _model_dtype(model), _wants_integer_inputs(model)
    from_loader = _is_batch_source(data)
    if from_loader:
        batches: Any = data
    else:
        _refuse_pair_for_predict(data)
        X = _input_tensor(data, "X", dtype, integer, _PREDICT_NAN)
        batches = [(X[i:i + batch_size], None) for i in range(0, len(X), batch_size)]
    model.to(device)
    modes = _set_eval(model)
    outs, targets = [], []
    try:
        with torch.no_grad():
            for number, batch in enumerate(batches, start=1):
                xb, yb = _loader_inputs(batch, number, dtype, integer) if from_loader else batch
                name, whole = (tr("X (mini-batch {number})", number=number), None) if from_loader \
                    else ("X", tuple(X.shape))
                outs.append(_forward(model, xb.to(device), name, whole).cpu())
                if yb is not None:
                    targets.append(yb)
    finally:
        _restore_modes(modes)
    if not outs:
        raise ValueError(_no_batch_message(data, "", None))
    out = torch.cat(outs)
    if return_targets:
        return out, (torch.cat(targets) if targets else None)
    return out


def _loader_inputs(batch: Any, number: int, dtype: Any, integer: bool) -> tuple[Any, Any]:
    """The inputs (checked, in the model's float type) and the targets (or ``None``) of one mini-batch."""
    import torch

    if isinstance(batch, (tuple, list)) and len(batch) in (1, 2):
        xb, yb = batch[0], (batch[1] if len(batch) == 2 else None)
    elif isinstance(batch, torch.Tensor):
        xb, yb = batch, None
    else:
        raise TypeError(tr("each mini-batch must be the inputs or a pair (inputs, targets), but mini-batch {number} "
                           "is {received}.", number=number, received=describe(batch)))
    xb = _input_tensor(xb, tr("X (mini-batch {number})", number=number), dtype, integer, _PREDICT_NAN)
    return xb, yb


def _refuse_pair_for_predict(data: Any) -> None:
    """``predict(model, (X, y))``: a common slip; the model only needs the inputs.

    A tuple of two tensors or arrays is taken for ``(X, y)``; a list of two, only if their shapes differ (a list
    of two equal-shaped tensors can be two samples).
    """
    if isinstance(data, (tuple, list)) and len(data) == 2 and all(_is_data(d) for d in data):
        first, second = data
        if isinstance(data, tuple) or tuple(np.shape(first)) != tuple(np.shape(second)):
            raise TypeError(tr("data must be the inputs X only, got a pair: {first} and {second} (inputs and "
                               "targets?). Use predict(model, X).", first=describe(first), second=describe(second)))


def count_parameters(model: Any) -> int:
    """Number of trainable parameters (weights and biases) of a torch model."""
    _check_model(model)
    return int(sum(p.numel() for p in model.parameters() if p.requires_grad))


def standardize(train: Any, *others: Any) -> tuple[np.ndarray, ...]:
    """Standardise features with the *training* mean and standard deviation (no leakage from test data).

    Args:
        train: shape ``(n_samples, n_features)``.
        others: further arrays (validation, test) of shape ``(m, n_features)``, scaled with train's statistics.
    Returns:
        The scaled arrays, in the same order (new arrays: the inputs are not changed). A constant column is only
        centred (its standard deviation is taken as 1).
    """
    train = as_array(train, "train", ndim=2)
    mean, std = train.mean(axis=0), train.std(axis=0)
    std[std == 0] = 1.0
    out = [(train - mean) / std]
    for i, arr in enumerate(others):
        arr = as_array(arr, f"others[{i}]", shape=(None, train.shape[1]))
        out.append((arr - mean) / std)
    return tuple(out)
