"""Tests for course_utils.sequences: tokens, vocabulary, one-hot encoding, sliding windows."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.sequences import build_vocabulary, one_hot, sliding_windows, tokenize


def test_tokenize_lowercases_and_drops_punctuation():
    assert tokenize("Chest pain since 2 hours.") == ["chest", "pain", "since", "2", "hours"]
    assert tokenize("Je mange un avocat", lower=False) == ["Je", "mange", "un", "avocat"]
    assert tokenize("l'infirmière, non-urgent!") == ["l'infirmière", "non-urgent"]


@pytest.mark.parametrize("bad", [None, 3, ["a", "b"]])
def test_tokenize_rejects_non_strings(bad):
    with pytest.raises(TypeError, match="text must be a string"):
        tokenize(bad)


def test_tokenize_rejects_bad_lower():
    with pytest.raises(TypeError, match="lower"):
        tokenize("a b", lower="yes")


def test_build_vocabulary_first_appearance_and_sorted():
    tokens = ["no", "chest", "pain", "no", "fever"]
    assert build_vocabulary(tokens) == {"no": 0, "chest": 1, "pain": 2, "fever": 3}
    assert build_vocabulary(tokens, sort=True) == {"chest": 0, "fever": 1, "no": 2, "pain": 3}


def test_build_vocabulary_bad_input():
    with pytest.raises(TypeError, match="tokenize"):
        build_vocabulary("chest pain")
    with pytest.raises(ValueError, match="empty"):
        build_vocabulary([])
    with pytest.raises(TypeError, match="list of strings"):
        build_vocabulary(["a", 1])
    with pytest.raises(TypeError, match="sort"):
        build_vocabulary(["a"], sort=1)


def test_one_hot_rows_follow_word_order():
    tokens = tokenize("Je mange un avocat")
    vocab = build_vocabulary(tokens, sort=True)  # avocat, je, mange, un
    encoded = one_hot(tokens, vocab)
    assert encoded.shape == (4, 4)
    np.testing.assert_array_equal(encoded.sum(axis=1), np.ones(4))
    np.testing.assert_array_equal(encoded.argmax(axis=1), [1, 2, 3, 0])
    # same words, other order: same rows, reordered -> order is information
    reversed_encoded = one_hot(tokens[::-1], vocab)
    np.testing.assert_array_equal(reversed_encoded, encoded[::-1])


def test_one_hot_repeated_token_and_errors():
    vocab = build_vocabulary(["pain", "no"])
    np.testing.assert_array_equal(one_hot(["no", "no"], vocab), [[0, 1], [0, 1]])
    with pytest.raises(KeyError, match="not in the vocabulary"):
        one_hot(["fever"], vocab)
    with pytest.raises(TypeError, match="vocabulary"):
        one_hot(["no"], {})
    with pytest.raises(ValueError, match="indices"):
        one_hot(["no"], {"no": 3})
    with pytest.raises(TypeError, match="tokenize"):
        one_hot("no", vocab)


def test_sliding_windows_one_signal():
    x = np.arange(10.0)
    w = sliding_windows(x, 4)
    np.testing.assert_array_equal(w, [[0, 1, 2, 3], [4, 5, 6, 7]])  # last 2 samples dropped
    w2 = sliding_windows(x, 4, step=2)
    assert w2.shape == (4, 4)
    np.testing.assert_array_equal(w2[:, 0], [0, 2, 4, 6])
    w2[0, 0] = 99
    assert x[0] == 0  # a copy


def test_sliding_windows_batch_shape_and_content():
    batch = np.arange(2 * 500, dtype=np.float32).reshape(2, 500)
    frames = sliding_windows(batch, 10)
    assert frames.shape == (2, 50, 10)
    assert frames.dtype == np.float32
    np.testing.assert_array_equal(frames.reshape(2, 500), batch)


def test_sliding_windows_bad_input():
    with pytest.raises(ValueError, match="n_samples"):
        sliding_windows(np.zeros((2, 3, 4)), 2)
    with pytest.raises(ValueError, match="width must be <= 5"):
        sliding_windows(np.zeros(5), 6)
    with pytest.raises(ValueError, match="width must be >= 1"):
        sliding_windows(np.zeros(5), 0)
    with pytest.raises(TypeError, match="step"):
        sliding_windows(np.zeros(5), 2, step=1.5)
    with pytest.raises(TypeError, match="signal"):
        sliding_windows("abc", 2)


def test_memory_refusal_in_french():
    from course_utils import i18n

    before = i18n._language
    i18n.set_language("fr")
    try:
        with pytest.raises(ValueError) as info:
            one_hot(["a"] * 20_000, {f"w{i}": i for i in range(20_000)} | {"a": 20_000})
    finally:
        i18n._language = before
    assert "one_hot(20\u202f000 mots, un vocabulaire de 20\u202f001 mots)" in str(info.value)
