"""The language students read: every message, hint, label and progress bar of ``course_utils`` in English or French.

The notebooks choose the language once, in their set-up cell::

    course_utils.setup(lang="fr")        # the French notebooks (notebooks/fr/); the English ones pass "en"

Without ``setup``, the language is the environment variable ``COURSE_LANG`` if it names one of
:data:`LANGUAGES`, else English.

How a module writes a message (one rule, checked by ``tests/test_i18n.py``)::

    from .i18n import tr
    raise ValueError(tr("x must have {expected} columns, got {got}. Select the columns with X[:, :{expected}].",
                        expected=2, got=x.shape[1]))

- The **English text is the key**: ``tr`` looks it up in the French catalogue (``course_utils/locales/fr/``, one
  small ``MESSAGES`` dict per area of the package) and fills the ``{named}`` fields with ``str.format``. The French
  text uses the same field names (the test checks it), in the order French needs.
- The key must be a string literal written at the call (``tr(f"...")`` or ``tr(variable)`` cannot be found by the
  test). Texts defined ahead of use (tables of hints, known mistakes) are marked with ``N_("...")``, which returns
  its argument unchanged, and translated where they are shown: ``tr(hint)``.
- Numbers inside French prose take a decimal comma: pass them through :func:`number` (``number(0.25, ".2f")`` is
  ``"0,25"`` in French, ``"0.25"`` in English) before giving them to ``tr``.

This is the gettext model (English keys, a catalogue per language, ``N_`` for deferred texts) in plain Python
dicts: no compilation step, the catalogue is read in a code review, and one test proves it complete.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from typing import Any

#: The languages the course is written in (English first: it is the key of every message).
LANGUAGES = ("en", "fr")
DEFAULT_LANGUAGE = "en"
ENV_VARIABLE = "COURSE_LANG"
#: A thin no-break space, the French thousands separator and the space before ``:``, ``%`` and units.
THIN_SPACE = "\u202f"

_language: str | None = None
_catalogues: dict[str, dict[str, str]] = {}


def _check_language(lang: Any) -> str:
    if not isinstance(lang, str) or lang.strip().lower() not in LANGUAGES:
        raise ValueError(
            f"lang must be one of {', '.join(repr(x) for x in LANGUAGES)} (English or French), got {lang!r}. "
            f"Write course_utils.setup(lang=\"fr\") for French, or course_utils.setup(lang=\"en\") for English. / "
            f"lang doit valoir {' ou '.join(repr(x) for x in LANGUAGES)}.")
    return lang.strip().lower()


def set_language(lang: str) -> None:
    """Make ``lang`` (``"en"`` or ``"fr"``) the language of every message from now on (``setup`` calls this)."""
    global _language
    _language = _check_language(lang)


def get_language() -> str:
    """The current language: the one set by :func:`set_language`, else ``$COURSE_LANG``, else English."""
    if _language is not None:
        return _language
    env = os.environ.get(ENV_VARIABLE, "").strip().lower()
    return env if env in LANGUAGES else DEFAULT_LANGUAGE


def catalogue(lang: str) -> dict[str, str]:
    """Every message of ``lang``: ``{english text: translated text}``, merged from ``course_utils/locales/<lang>/``.

    English has no catalogue (its texts are the keys): ``catalogue("en")`` is empty."""
    lang = _check_language(lang)
    if lang == DEFAULT_LANGUAGE:
        return {}
    if lang not in _catalogues:
        merged: dict[str, str] = {}
        package = importlib.import_module(f"{__package__}.locales.{lang}")
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            merged.update(getattr(module, "MESSAGES", {}))
        _catalogues[lang] = merged
    return _catalogues[lang]


def N_(message: str) -> str:  # noqa: N802 - gettext's conventional name
    """Mark ``message`` for translation where it is defined; translate it where it is shown with ``tr(message)``."""
    return message


def tr(message: str, /, **values: Any) -> str:
    """``message`` in the current language, its ``{name}`` fields filled from ``values``.

    Args:
        message: the English text (the catalogue's key), with ``str.format`` fields such as ``{got}``.
        values: the fields' values (numbers inside prose: pass them through :func:`number` first).

    Returns:
        The translated text (the English one where the catalogue has no entry: the tests forbid that).
    """
    lang = get_language()
    text = message if lang == DEFAULT_LANGUAGE else catalogue(lang).get(message, message)
    return text.format(**values) if values else text


def number(value: float, spec: str = "g") -> str:
    """``value`` formatted with ``spec`` (as in ``format(value, spec)``) in the current language's convention.

    French: decimal comma, a thin no-break space between thousands and before ``%`` (``number(1234.5, ",.1f")``
    is ``"1 234,5"``, ``number(0.25, ".0%")`` is ``"25 %"``); English: ``"1,234.5"`` and ``"25%"``."""
    text = format(value, spec)
    if get_language() != "fr":
        return text
    text = text.replace(",", THIN_SPACE).replace(".", ",")
    return text[:-1] + THIN_SPACE + "%" if text.endswith("%") else text


def localized(value: Any) -> Any:
    """``value`` with every text in it translated (texts inside tuples, lists and dicts too; other values as they are).

    Texts that are not in the catalogue (a unit such as ``"mg/dL"``, a column name) come back unchanged."""
    if isinstance(value, str):
        return tr(value)
    if isinstance(value, tuple):
        return tuple(localized(v) for v in value)
    if isinstance(value, list):
        return [localized(v) for v in value]
    if isinstance(value, dict):
        return {k: localized(v) for k, v in value.items()}
    return value


class TranslatedDict(dict):
    """A constant table whose texts are read in the current language: ``CLASS_NAMES["af"]`` is "atrial fibrillation"
    in English and "fibrillation atriale" after ``setup(lang="fr")``. Keys never change (code looks them up).

    Mark the texts with ``N_`` where the table is written; reading goes through :func:`localized`."""

    def __getitem__(self, key: Any) -> Any:
        return localized(super().__getitem__(key))

    def get(self, key: Any, default: Any = None) -> Any:
        return self[key] if key in self else default

    def values(self) -> Any:  # a list, not a view: the translation is made when read
        return [self[key] for key in self]

    def items(self) -> Any:
        return [(key, self[key]) for key in self]
