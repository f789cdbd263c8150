"""Bad inputs to course_utils.sequences (tokens, vocabulary, one-hot, sliding windows), inputs never changed, and
the helpers' properties on random data (Hypothesis)."""

from __future__ import annotations

import numpy as np
import pytest
from bad_input_support import JUNK, JUNK_IDS, course_error, never_raw, unchanged
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from course_utils.sequences import build_vocabulary, one_hot, sliding_windows, tokenize

VOCAB = {"chest": 0, "pain": 1}

CASES = [  # (id, call, error, words)
    ("tokenize none", lambda: tokenize(None), TypeError, ["text must be a string", "got None"]),
    ("tokenize number", lambda: tokenize(3), TypeError, ["text must be a string", "the number 3"]),
    ("tokenize list", lambda: tokenize(["chest pain", "fever"]), TypeError, ["a list of 2 items", "each one"]),
    ("tokenize bytes", lambda: tokenize(b"pain"), TypeError, ["text must be a string", "decode"]),
    ("tokenize lower text", lambda: tokenize("a b", lower="yes"), TypeError, ["lower must be True or False", "'yes'"]),
    ("tokenize lower number", lambda: tokenize("a b", lower=1), TypeError, ["lower", "the number 1"]),
    ("vocabulary of a sentence", lambda: build_vocabulary("chest pain"), TypeError, ["one string", "tokenize(text)"]),
    ("vocabulary of a set", lambda: build_vocabulary({"a", "b"}), TypeError, ["a set of 2 items", "order"]),
    ("vocabulary of a generator", lambda: build_vocabulary(w for w in "ab"), TypeError,
     ["list of strings", "generator"]),
    ("vocabulary with a number", lambda: build_vocabulary(["a", 1]), TypeError, ["the number 1", "position 1"]),
    ("vocabulary with None", lambda: build_vocabulary(["a", None]), TypeError, ["got None", "position 1"]),
    ("vocabulary empty", lambda: build_vocabulary([]), ValueError, ["tokens is empty"]),
    ("vocabulary of None", lambda: build_vocabulary(None), TypeError, ["list of strings", "got None"]),
    ("vocabulary sort text", lambda: build_vocabulary(["a"], sort="yes"), TypeError, ["sort must be True or False"]),
    ("one_hot of a sentence", lambda: one_hot("chest", VOCAB), TypeError, ["one string", "tokenize"]),
    ("one_hot vocabulary list", lambda: one_hot(["chest"], ["chest"]), TypeError, ["dict", "a list of 1 item"]),
    ("one_hot vocabulary none", lambda: one_hot(["chest"], None), TypeError, ["vocabulary", "got None"]),
    ("one_hot vocabulary empty", lambda: one_hot(["chest"], {}), TypeError, ["non-empty dict", "a dict with 0 keys"]),
    ("one_hot float index", lambda: one_hot(["a"], {"a": 0.0}), TypeError, ["whole-number indices", "0.0"]),
    ("one_hot text index", lambda: one_hot(["a"], {"a": "0"}), TypeError, ["whole-number indices", "'0'"]),
    ("one_hot bool index", lambda: one_hot(["a", "b"], {"a": False, "b": True}), TypeError, ["yes/no value"]),
    ("one_hot number word", lambda: one_hot(["a"], {"a": 0, 1: 1}), TypeError, ["words (strings)", "the number 1"]),
    ("one_hot index gap", lambda: one_hot(["a"], {"a": 3}), ValueError, ["indices must be 0 .. 0", "[3]"]),
    ("one_hot repeated index", lambda: one_hot(["a"], {"a": 0, "b": 0}), ValueError, ["each used once", "[0, 0]"]),
    ("one_hot unknown word", lambda: one_hot(["fever"], VOCAB), KeyError, ["['fever']", "not in the vocabulary"]),
    ("windows of text", lambda: sliding_windows("abc", 2), TypeError, ["signal must be", "the text 'abc'"]),
    ("windows of None", lambda: sliding_windows(None, 2), TypeError, ["signal", "got None"]),
    ("windows of a dict", lambda: sliding_windows({"a": 1}, 1), TypeError, ["signal", "a dict"]),
    ("windows of words", lambda: sliding_windows(np.array(["a", "b"]), 1), TypeError, ["signal", "text"]),
    ("windows of objects", lambda: sliding_windows(np.array([1, None]), 1), TypeError, ["signal", "None"]),
    ("windows of dates", lambda: sliding_windows(np.array(["2024-01-01"], "datetime64[D]"), 1), TypeError,
     ["signal", "dates"]),
    ("windows of complex", lambda: sliding_windows([1j, 2j], 1), TypeError, ["signal", "complex"]),
    ("windows ragged", lambda: sliding_windows([[1, 2], [3]], 1), ValueError, ["signal", "row 1"]),
    ("windows 3-D", lambda: sliding_windows(np.zeros((2, 3, 4)), 2), ValueError,
     ["(n_signals, n_samples)", "(2, 3, 4)"]),
    ("windows scalar", lambda: sliding_windows(5.0, 1), ValueError, ["signal must have shape", "()"]),
    ("windows nan", lambda: sliding_windows([1.0, np.nan, 3.0], 2), ValueError, ["signal", "nan"]),
    ("windows empty", lambda: sliding_windows([], 1), ValueError, ["signal", "empty"]),
    ("width zero", lambda: sliding_windows(np.zeros(5), 0), ValueError, ["width must be >= 1", "got 0"]),
    ("width negative", lambda: sliding_windows(np.zeros(5), -2), ValueError, ["width must be >= 1", "-2"]),
    ("width too large", lambda: sliding_windows(np.zeros(5), 6), ValueError, ["width must be <= 5", "got 6"]),
    ("width float", lambda: sliding_windows(np.zeros(5), 2.0), TypeError, ["width must be an integer", "2.0"]),
    ("width text", lambda: sliding_windows(np.zeros(5), "2"), TypeError, ["width", "'2'"]),
    ("width none", lambda: sliding_windows(np.zeros(5), None), TypeError, ["width", "None"]),
    ("step zero", lambda: sliding_windows(np.zeros(5), 2, step=0), ValueError, ["step must be >= 1", "got 0"]),
    ("step float", lambda: sliding_windows(np.zeros(5), 2, step=1.5), TypeError, ["step must be an integer", "1.5"]),
]


@pytest.mark.parametrize("call, error, words", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input(call, error, words):
    course_error(error, call, *words)


def test_unknown_word_message_prints_plainly():
    with pytest.raises(KeyError) as info:
        one_hot(["fever"], VOCAB)
    assert str(info.value).startswith("tokens hold word(s) ['fever']")  # not in quotes like a raw KeyError


def test_sizes_that_would_not_fit_in_memory_are_refused():
    course_error(ValueError, lambda: sliding_windows(np.zeros(600_000), 1000, step=1),
                 "sliding_windows(signal of shape (600000,), width=1000, step=1)", "4.8 GB", "limit is 1.0 GB",
                 "larger step")
    words = [f"w{i}" for i in range(20_000)]
    vocabulary = {w: i for i, w in enumerate(words)}
    course_error(ValueError, lambda: one_hot(words, vocabulary), "20,000 tokens", "3.2 GB", "limit is 1.0 GB",
                 "sentence by sentence")


@pytest.mark.parametrize("junk", JUNK, ids=JUNK_IDS)
def test_junk_never_gives_a_raw_error(junk):
    never_raw(lambda: tokenize(junk), "text")
    never_raw(lambda: tokenize("a b", lower=junk), "lower")
    never_raw(lambda: build_vocabulary(junk), "tokens")
    never_raw(lambda: build_vocabulary(["a"], sort=junk), "sort")
    never_raw(lambda: one_hot(junk, VOCAB), "tokens")
    never_raw(lambda: one_hot(["chest"], junk), "vocabulary")
    never_raw(lambda: sliding_windows(junk, 1), "signal")
    never_raw(lambda: sliding_windows(np.zeros(5), junk), "width")
    never_raw(lambda: sliding_windows(np.zeros(5), 2, step=junk), "step")


def test_no_function_changes_its_inputs():
    tokens = ["no", "chest", "pain", "no"]
    tokens_check = unchanged(tokens)
    vocabulary = build_vocabulary(tokens)
    vocabulary_check = unchanged(vocabulary)
    one_hot(tokens, vocabulary)
    tokens_check(tokens)
    vocabulary_check(vocabulary)
    signal = np.arange(20.0)
    signal_check = unchanged(signal)
    windows = sliding_windows(signal, 5, step=2)
    windows[:] = -1
    signal_check(signal)


@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_sliding_windows_properties(data):
    """Shape ``(n_windows, width)``, ``n_windows = 1 + (n - width) // step``; window k is signal[k*step:][:width]."""
    signal = data.draw(hnp.arrays(np.float64, st.integers(1, 60), elements=st.floats(-5, 5)))
    width = data.draw(st.integers(1, len(signal)))
    step = data.draw(st.integers(1, 10))
    before = signal.copy()
    windows = sliding_windows(signal, width, step)
    n_windows = 1 + (len(signal) - width) // step
    assert windows.shape == (n_windows, width)
    for k in range(n_windows):
        np.testing.assert_array_equal(windows[k], signal[k * step: k * step + width])
    np.testing.assert_array_equal(signal, before)


@settings(max_examples=80, deadline=None)
@given(words=st.lists(st.sampled_from(["chest", "pain", "no", "fever", "since", "2", "hours"]), min_size=1,
                      max_size=20), sort=st.booleans())
def test_one_hot_properties(words, sort):
    """One 1 per row, in the column of that row's word; every vocabulary word has a column."""
    vocabulary = build_vocabulary(words, sort=sort)
    encoded = one_hot(words, vocabulary)
    assert encoded.shape == (len(words), len(set(words)))
    np.testing.assert_array_equal(encoded.sum(axis=1), np.ones(len(words)))
    assert [vocabulary[w] for w in words] == encoded.argmax(axis=1).tolist()


@settings(max_examples=80, deadline=None)
@given(text=st.text(max_size=80), lower=st.booleans())
def test_tokenize_properties(text, lower):
    """Tokens are non-empty pieces of the text (lower-cased if asked), never any punctuation or space."""
    tokens = tokenize(text, lower=lower)
    source = text.lower() if lower else text
    for token in tokens:
        assert token and not any(ch.isspace() for ch in token)
        assert token in source or token.lower() in text.lower()
