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

from .validation import as_array, check_int

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
        raise TypeError(f"text must be a string such as 'chest pain since 2 hours', got {type(text).__name__}.")
    if not isinstance(lower, bool):
        raise TypeError(f"lower must be True or False, got {lower!r}.")
    tokens = _TOKEN.findall(text)
    return [t.lower() for t in tokens] if lower else tokens


def _check_tokens(tokens: Any, name: str = "tokens") -> list[str]:
    if isinstance(tokens, str):
        raise TypeError(f"{name} must be a list of words, got one string {tokens!r}. Use tokenize(text) first.")
    if not isinstance(tokens, Sequence) or not all(isinstance(t, str) for t in tokens):
        raise TypeError(f"{name} must be a list of strings (words), got {type(tokens).__name__}.")
    if len(tokens) == 0:
        raise ValueError(f"{name} is empty; it needs at least one word.")
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
    if not isinstance(sort, bool):
        raise TypeError(f"sort must be True or False, got {sort!r}.")
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
    if not isinstance(vocabulary, dict) or not vocabulary:
        raise TypeError("vocabulary must be a non-empty dict {token: index}; build it with build_vocabulary(tokens).")
    size = len(vocabulary)
    if sorted(vocabulary.values()) != list(range(size)):
        raise ValueError(f"vocabulary indices must be 0 .. {size - 1}, each used once; build it with build_vocabulary.")
    unknown = [t for t in tokens if t not in vocabulary]
    if unknown:
        raise KeyError(f"token(s) {unknown[:5]} are not in the vocabulary of {size} words. "
                       "Build the vocabulary from all the sentences you want to encode.")
    out = np.zeros((len(tokens), size))
    out[np.arange(len(tokens)), [vocabulary[t] for t in tokens]] = 1.0
    return out


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
    arr = as_array(signal, "signal", dtype=None)
    if arr.ndim not in (1, 2):
        raise ValueError(f"signal must have shape (n_samples,) or (n_signals, n_samples), got shape {arr.shape}.")
    n_samples = arr.shape[-1]
    width = check_int(width, "width", minimum=1, maximum=n_samples)
    step = width if step is None else check_int(step, "step", minimum=1)
    n_windows = 1 + (n_samples - width) // step
    starts = np.arange(n_windows) * step
    index = starts[:, None] + np.arange(width)[None, :]
    return arr[..., index].copy()
