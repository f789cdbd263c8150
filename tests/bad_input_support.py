"""What the bad-input tests of the data helpers (dicom, sequences, datasets) check about every error message.

The course's error style (CONTRIBUTING.md, "Helpers"): the exception says what was expected, what was received and
the fix, in a few plain lines; never a raw NumPy/pandas/pydicom message, never a dump of the object received.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

#: Fragments of raw library messages (or of object dumps) that must never reach a student.
RAW_MARKERS = (
    "Traceback", "object at 0x", "(0002,0000)", "Dataset.file_meta", "Use force=True", "No tag to read",
    "is not iterable", "unsupported operand", "could not convert string", "only integers, slices",
    "inhomogeneous", "allow_pickle", "[Errno", "unknown url type", "expected str, bytes or os.PathLike",
    "object has no attribute", "not supported between instances", "index out of bounds", "argument should be",
    "<class '",
)
#: Exception types a course message may have (a raw error of these types is caught by the message checks).
COURSE_ERRORS: tuple[type[BaseException], ...] = (TypeError, ValueError, KeyError, OSError, RuntimeError)


def check_message(message: str, *fragments: str) -> None:
    """A course message: short, plain, holding every fragment (case-insensitive), no raw library text."""
    assert 15 < len(message) < 900, f"message too short or too long ({len(message)} characters): {message[:300]}"
    for marker in RAW_MARKERS:
        assert marker not in message, f"raw library text {marker!r} in: {message}"
    low = message.lower()
    for fragment in fragments:
        assert fragment.lower() in low, f"{fragment!r} not in: {message}"


#: Words that mean a French message is still (partly) English.
ENGLISH_WORDS = re.compile(r"\b(the|got|expected|must|should|received|instead|which|with|or a|give|pass|use)\b")


def in_french(call: Callable[[], Any]) -> str | None:
    """The message ``call()`` raises once the course speaks French (``setup(lang="fr")``); None if it returns."""
    from course_utils import i18n

    before = i18n._language
    i18n.set_language("fr")
    try:
        call()
    except Exception as err:  # noqa: BLE001 - any error: its message is what is checked
        return str(err)
    finally:
        i18n._language = before
    return None


def check_french(call: Callable[[], Any], english: str) -> None:
    """``call()`` raises in French too, with a message that is not the English one and does not read as English.

    Course messages quote code, names and values received, so only words of English prose are looked for."""
    french = in_french(call)
    assert french is not None, f"no error in French for: {english}"
    assert french != english, f"not translated to French (add it to course_utils/locales/fr/): {english}"
    prose = re.sub(r"`[^`]*`|'[^']*'|\"[^\"]*\"|\([^()]*\)", " ", french)
    left = ENGLISH_WORDS.findall(prose)
    assert not left, f"English words {left} left in the French message: {french}\n(English: {english})"


def assert_course_message(error: BaseException, *fragments: str, raw: tuple[str, ...] = (),
                          max_length: int = 900) -> None:
    """``error``'s message is a course message: plain length, each fragment (case-sensitive), none of the raw library
    texts (:data:`RAW_MARKERS` and the test file's own ``raw``)."""
    message = str(error)
    assert 15 < len(message) < max_length, f"message too short or too long ({len(message)} characters): {message}"
    for marker in (*RAW_MARKERS, *raw):
        assert marker not in message, f"raw library text {marker!r} in: {message}"
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in: {message}"


def course_error(error: type[BaseException] | tuple[type[BaseException], ...], call: Callable[[], Any],
                 *fragments: str) -> str:
    """Call ``call``; assert it raises ``error`` (or a subclass) with a course message holding ``fragments``."""
    with pytest.raises(error) as info:
        call()
    message = str(info.value)
    check_message(message, *fragments)
    check_french(call, message)
    return message


def never_raw(call: Callable[[], Any], name: str, legitimate: tuple[type[BaseException], ...] = ()) -> Any:
    """Call ``call``: it may return, or raise a course error whose message names the argument ``name``.

    ``legitimate``: errors the call may raise for a valid value (e.g. "not in the cache and downloads are off"); their
    message must still be a course message, but need not name the argument.
    """
    try:
        return call()
    except legitimate as err:
        check_message(str(err))
        return err
    except COURSE_ERRORS as err:
        check_message(str(err))
        assert re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", str(err)), f"{name!r} not named in: {err}"
        check_french(call, str(err))
        return err


def unchanged(value: Any) -> Callable[[Any], None]:
    """Snapshot ``value`` (deep copy); the returned function asserts that the value is still equal to it."""
    snapshot = copy.deepcopy(value)

    def check(now: Any) -> None:
        if isinstance(snapshot, np.ndarray):
            np.testing.assert_array_equal(now, snapshot)
        elif hasattr(snapshot, "equals"):  # pandas
            assert now.equals(snapshot)
        elif isinstance(snapshot, dict):
            assert set(now) == set(snapshot)
            for key in snapshot:
                unchanged(snapshot[key])(now[key])
        else:
            assert now == snapshot

    return check


def junk_values() -> list[Any]:
    """Values a student might pass by mistake anywhere (wrong types, missing values, odd numbers)."""
    return [None, True, "abc", "", b"bytes", 3.5, -1, float("nan"), float("inf"), {"a": 1}, {1, 2}, [], [None],
            ["a", "b"], [[1, 2], [3]], np.array(["x", "y"]), np.array([1, None], dtype=object), object(), print]


#: ``junk_values()`` and readable test ids, for ``@pytest.mark.parametrize("junk", JUNK, ids=JUNK_IDS)``.
JUNK = junk_values()
JUNK_IDS = ["None", "True", "text", "empty text", "bytes", "3.5", "-1", "nan", "inf", "dict", "set", "empty list",
            "[None]", "list of text", "ragged list", "array of text", "object array", "object", "function"]


def refused(call: Callable[[], Any], error: type[BaseException], *words: str) -> str:
    """``call()`` raises ``error`` whose message contains every one of ``words``; returns the message."""
    with pytest.raises(error) as info:
        call()
    message = str(info.value)
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"
    check_french(call, message)
    return message
