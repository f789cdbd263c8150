"""Small helpers for sequences: words to one-hot vectors, and signals cut into windows.

A recurrent network reads a sequence one element at a time. Each element must be a vector of numbers:

- text: split into tokens (words), give each distinct token a number (the vocabulary), then turn each
  token into a *one-hot* vector: all zeros except a 1 at the token's number;
- signals (ECG, vital signs, glucose): each time step is already a number, or a short window of samples.

The recurrent cell itself is written out in notebook 08; these helpers only prepare its input.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from .datasets._checks import CourseKeyError, as_numbers, check_bool, describe
from .datasets.limits import check_memory, format_bytes
from .i18n import number, tr
from .validation import check_int

_TOKEN = re.compile(r"[\w'-]+", flags=re.UNICODE)


def tokenize(text: str, lower: bool = True) -> list[str]:
    """Split a sentence into word tokens (letters, digits, apostrophes, hyphens); punctuation is dropped.

    Args:
        text: e.g. ``"Chest pain since 2 hours."``
        lower: put every token in lower case (so "Pain" and "pain" are the same token).

    Returns:
        e.g. ``["chest", "pain", "since", "2", "hours"]``.
    """
    if not isinstance(text, str):
        hint = tr(" To split several sentences, call tokenize on each one.") if isinstance(text, (list, tuple)) \
            else ""
        raise TypeError(tr("text must be a string such as 'chest pain since 2 hours', got {received}.{hint}",
                           received=describe(text), hint=hint))
    lower = check_bool(lower, "lower")
    tokens = _TOKEN.findall(text)
    return [t.lower() for t in tokens] if lower else tokens


def _check_tokens(tokens: Any, name: str = "tokens") -> list[str]:
    if isinstance(tokens, str):
        raise TypeError(tr("{name} must be a list of words, got one string {text}. Use tokenize(text) first.",
                           name=name, text=repr(tokens[:50])))
    if (type(tokens).__module__ or "").startswith(("numpy", "pandas")) and getattr(tokens, "ndim", 0) == 1:
        tokens = [str(t) if isinstance(t, str) else t for t in tokens]  # a 1-D array or Series of words
    if not isinstance(tokens, Sequence):
        raise TypeError(tr("{name} must be a list of strings (words), got {received}.", name=name,
                           received=describe(tokens))
                        + (tr(" Its order would be lost: use a list.") if isinstance(tokens, (set, frozenset)) else ""))
    bad = next((i for i, t in enumerate(tokens) if not isinstance(t, str)), None)
    if bad is not None:
        raise TypeError(tr("{name} must be a list of strings (words), got {received} at position {position}. Use "
                           "tokenize(text) to split a sentence into words.", name=name,
                           received=describe(tokens[bad]), position=bad))
    if len(tokens) == 0:
        raise ValueError(tr("{name} is empty; it needs at least one word.", name=name))
    return list(tokens)


def build_vocabulary(tokens: Sequence[str], sort: bool = False) -> dict[str, int]:
    """Give each distinct token a number 0, 1, 2, ... (the position of its 1 in the one-hot vector).

    Args:
        tokens: a list of words, e.g. from :func:`tokenize` (several sentences can be joined first).
        sort: number tokens alphabetically; by default in order of first appearance.

    Returns:
        dict token -> index, with ``len(vocabulary)`` distinct tokens.
    """
    tokens = _check_tokens(tokens)
    sort = check_bool(sort, "sort")
    unique = sorted(set(tokens)) if sort else list(dict.fromkeys(tokens))
    return {token: i for i, token in enumerate(unique)}


def one_hot(tokens: Sequence[str], vocabulary: dict[str, int]) -> np.ndarray:
    """Encode a sequence of tokens as one-hot rows.

    Args:
        tokens: the words of one sentence, in order, length ``n_tokens``.
        vocabulary: token -> index, from :func:`build_vocabulary`.

    Returns:
        float array of shape ``(n_tokens, len(vocabulary))``: row ``t`` is all zeros except a 1 in the column
        of token ``t``. The order of the rows is the order of the words: that is what a recurrent network reads.
    """
    tokens = _check_tokens(tokens)
    size = _check_vocabulary(vocabulary)
    unknown = [t for t in tokens if t not in vocabulary]
    if unknown:
        raise CourseKeyError(tr("tokens hold word(s) {unknown} that are not in the vocabulary of {size} words. Build "
                                "the vocabulary from all the sentences you want to encode.", unknown=unknown[:5],
                                size=size))
    n_bytes = 8.0 * len(tokens) * size
    check_memory(n_bytes, tr("one_hot({tokens} tokens, a vocabulary of {words} words)",
                             tokens=number(len(tokens), ",d"), words=number(size, ",d")), 8.0 * size, tr("token"),
                 tr("Encode the text sentence by sentence, or keep the most frequent words only: a one-hot matrix has "
                    "one column per vocabulary word."))
    out = np.zeros((len(tokens), size))
    out[np.arange(len(tokens)), [vocabulary[t] for t in tokens]] = 1.0
    return out


def _check_vocabulary(vocabulary: Any) -> int:
    """Check a vocabulary {word: index} with indices 0 .. size - 1 each used once; return its size."""
    if not isinstance(vocabulary, dict) or not vocabulary:
        raise TypeError(tr("vocabulary must be a non-empty dict {example}, got {received}; build it with "
                           "build_vocabulary(tokens).", example="{token: index}", received=describe(vocabulary)))
    size = len(vocabulary)
    for word, index in vocabulary.items():
        if not isinstance(word, str) or isinstance(index, (bool, np.bool_)) or not isinstance(index, (int, np.integer)):
            raise TypeError(tr("vocabulary must map words (strings) to whole-number indices, got {word} -> {index}; "
                               "build it with build_vocabulary(tokens).", word=describe(word),
                               index=describe(index)))
    if sorted(int(i) for i in vocabulary.values()) != list(range(size)):
        raise ValueError(tr("vocabulary indices must be 0 .. {last}, each used once, got {indices}; build it with "
                            "build_vocabulary.", last=size - 1,
                            indices=sorted(int(i) for i in vocabulary.values())[:8]))
    return size


def sliding_windows(signal: Any, width: int, step: int | None = None) -> np.ndarray:
    """Cut a signal (or a batch of signals) into windows of ``width`` samples, every ``step`` samples.

    With ``step == width`` (the default) the windows do not overlap: a 5-s ECG at 100 Hz (500 samples) cut
    with ``width=10`` becomes 50 time steps of 0.1 s, each a vector of 10 samples.

    Args:
        signal: shape ``(n_samples,)`` or ``(n_signals, n_samples)``.
        width: samples per window (1 .. n_samples).
        step: samples between the starts of two windows (>= 1; default ``width``). Samples left over at the
            end (fewer than ``width``) are dropped.

    Returns:
        shape ``(n_windows, width)`` for one signal, ``(n_signals, n_windows, width)`` for a batch, with
        ``n_windows = 1 + (n_samples - width) // step``. A copy: changing it leaves ``signal`` intact.
    """
    arr = as_numbers(signal, "signal",
                     tr("an array of numbers (samples), shape (n_samples,) or (n_signals, n_samples)"), dtype=None)
    if arr.ndim not in (1, 2):
        raise ValueError(tr("signal must have shape (n_samples,) or (n_signals, n_samples), got shape {shape}.",
                            shape=arr.shape))
    n_samples = arr.shape[-1]
    width = check_int(width, "width", minimum=1, maximum=n_samples)
    step = width if step is None else check_int(step, "step", minimum=1)
    n_windows = 1 + (n_samples - width) // step
    per_window = float(width * arr.itemsize * (arr.shape[0] if arr.ndim == 2 else 1))
    check_memory(n_windows * per_window, tr("sliding_windows(signal of shape {shape}, width={width}, step={step})",
                                            shape=arr.shape, width=width, step=step),
                 per_window, tr("window"), tr("Use a larger step (each window of {size} is a copy), or cut fewer or "
                                              "shorter signals at a time.", size=format_bytes(per_window)))
    starts = np.arange(n_windows) * step
    index = starts[:, None] + np.arange(width)[None, :]
    return arr[..., index].copy()
