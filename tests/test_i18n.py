"""Every message of course_utils exists in both languages, with the same fields (course_utils/i18n.py)."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

import course_utils
from course_utils import i18n
from course_utils.i18n import N_, number, tr

PACKAGE = Path(course_utils.__file__).parent
MARKERS = {"tr", "N_"}


def _marker(node: ast.AST) -> str | None:
    """``tr`` or ``N_`` when ``node`` calls one of them (``tr(...)`` or ``i18n.tr(...)``), else None."""
    if not isinstance(node, ast.Call):
        return None
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    return name if name in MARKERS else None


def _literal(node: ast.AST) -> str | None:
    """The text of a string literal (implicit concatenation included), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def marked_messages() -> dict[str, list[str]]:
    """Every ``tr("...")`` and ``N_("...")`` literal in course_utils -> where it is (``file:line``)."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "locales" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not _marker(node) or not node.args:
                continue
            text = _literal(node.args[0])
            if text is not None:
                found.setdefault(text, []).append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    return found


def unfindable_keys() -> list[str]:
    """``tr``/``N_`` calls whose key is not a literal the test can read (an f-string, a concatenation...).

    ``tr(name)`` with a plain variable is allowed: it translates a text marked with ``N_`` where it was defined."""
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "locales" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if _marker(node):
                arg = node.args[0] if node.args else None
                if arg is None or _literal(arg) is not None:
                    continue
                if _marker(node) == "tr" and isinstance(arg, ast.Name | ast.Attribute | ast.Subscript):
                    continue
                bad.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    return bad


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_marked_message_has_a_french_translation() -> None:
    french = i18n.catalogue("fr")
    missing = {text: where for text, where in marked_messages().items() if text not in french}
    assert not missing, (
        f"{len(missing)} messages have no French translation (add them to course_utils/locales/fr/<module>.py):\n"
        + "\n".join(f"  {where[0]}: {text!r}" for text, where in list(missing.items())[:40]))


def test_every_french_entry_is_used_and_keeps_the_fields() -> None:
    marked = marked_messages()
    french = i18n.catalogue("fr")
    unused = [key for key in french if key not in marked]
    assert not unused, "French entries whose English text is no longer in course_utils (remove or update them):\n" + \
        "\n".join(f"  {key!r}" for key in unused[:40])
    wrong = [(key, fields(key), fields(value)) for key, value in french.items() if fields(key) != fields(value)]
    assert not wrong, "French entries whose {fields} differ from the English:\n" + \
        "\n".join(f"  {key!r}: English {a}, French {b}" for key, a, b in wrong[:40])
    same = [key for key, value in french.items() if key == value and any(c.isalpha() for c in key)]
    assert not same, "French entries identical to the English (not translated):\n" + \
        "\n".join(f"  {key!r}" for key in same[:40])


def test_the_catalogue_files_do_not_contradict_each_other() -> None:
    import importlib
    import pkgutil

    from course_utils.locales import fr

    seen: dict[str, tuple[str, str]] = {}
    clashes = []
    for info in pkgutil.iter_modules(fr.__path__):
        module = importlib.import_module(f"{fr.__name__}.{info.name}")
        for key, value in getattr(module, "MESSAGES", {}).items():
            if key in seen and seen[key][1] != value:
                clashes.append(f"{key!r}: {seen[key][0]} and {info.name} translate it differently")
            seen[key] = (info.name, value)
    assert not clashes, "\n".join(clashes)


def test_every_key_is_a_literal_the_test_can_read() -> None:
    assert not unfindable_keys(), (
        "tr()/N_() calls whose English text is not a string literal (write tr(\"... {field}\", field=value)):\n"
        + "\n".join(unfindable_keys()))


def test_french_typography_in_the_catalogue() -> None:
    """A no-break (thin) space, never a plain one, before : ; ! ? and %, as French typesetting wants."""
    bad = []
    for key, value in i18n.catalogue("fr").items():
        prose = re.sub(r"`[^`]*`|\[[^\]]*\]|\{[^}]*\}", "", value)  # code, subscripts and fields are not prose
        for mark in ":;!?%":
            if f" {mark}" in prose:
                bad.append(f"{key!r} -> {value!r}: plain space before {mark!r}")
    assert not bad, "\n".join(bad[:40])


def test_tr_translates_and_fills_fields(french) -> None:
    expected = "calcul sur\u202f: cpu | graine aléatoire\u202f: 42"
    assert tr("device: {device} | seed: {seed}", device="cpu", seed=42) == expected
    i18n.set_language("en")
    assert tr("device: {device} | seed: {seed}", device="cpu", seed=42) == "device: cpu | seed: 42"
    assert N_("anything") == "anything"


def test_number_uses_the_french_decimal_comma(french) -> None:
    assert number(1234.5, ",.1f") == "1\u202f234,5"
    assert number(0.25, ".0%") == "25\u202f%"
    i18n.set_language("en")
    assert number(1234.5, ",.1f") == "1,234.5"


def test_language_comes_from_setup_then_environment(monkeypatch) -> None:
    before = i18n._language
    try:
        i18n._language = None
        monkeypatch.setenv("COURSE_LANG", "fr")
        assert i18n.get_language() == "fr"
        monkeypatch.setenv("COURSE_LANG", "de")
        assert i18n.get_language() == "en"
        with pytest.raises(ValueError, match="lang must be one of 'en', 'fr'"):
            i18n.set_language("french")
        with pytest.raises(ValueError, match="got 3"):
            course_utils.setup(lang=3)
    finally:
        i18n._language = before


def test_constant_tables_are_read_in_the_current_language(french) -> None:
    import pandas as pd

    from course_utils.datasets import medmnist
    from course_utils.datasets.diabetes_screening import FEATURES
    from course_utils.datasets.ecg import CLASS_NAMES
    from course_utils.i18n import TranslatedDict

    assert CLASS_NAMES["af"] == "fibrillation atriale" and list(CLASS_NAMES) == ["normal", "af", "pvc"]
    assert FEATURES["Age"][:2] == ("âge", "années") and FEATURES["PlasmaGlucose"][1] == "mg/dL"
    assert "radiographies" in pd.DataFrame(medmnist.REGISTRY).T.loc["pneumoniamnist", "description"]
    i18n.set_language("en")
    assert CLASS_NAMES["af"] == "atrial fibrillation" and dict(CLASS_NAMES.items())["pvc"].startswith("premature")
    table = TranslatedDict({"k": ("text", 3, ["a"])})
    assert table["k"] == ("text", 3, ["a"]) and table.get("missing", 0) == 0 and len(table) == 1
