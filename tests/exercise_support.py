"""What every exercise's tests check, shared by ``tests/test_exercises_*.py``.

A notebook's exercise tests build the notebook variables its exercises use (the *context*), then:

- ``assert_basics(exercise, context)``: the course's answer is accepted; ``____`` and a missing answer are
  "not attempted" (an error only while grading); answers of the wrong kind (None, text, a tuple, NaN, a
  function...) get a course message, never a raw error; hints and messages never give the expected value or the
  solution code;
- ``assert_rejected(exercise, context, words, **answers)`` for each plausible wrong answer: rejected with a
  message containing ``words``;
- ``assert_accepted(exercise, context, **answers)`` for each valid alternative.

Each of them also runs the check once more in French (``course_utils.setup(lang="fr")``): the message, the hints,
the title and the explanation must be translated, read as French, and still give nothing away.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Mapping
from typing import Any

import numpy as np
import pytest
from bad_input_support import ENGLISH_WORDS

from course_utils import i18n
from course_utils.exercises import Exercise, ExerciseError, ____
from course_utils.i18n import tr

#: Answers of the wrong kind that every exercise must reject with a course message (never a raw error).
WRONG_KINDS: list[Any] = [None, "0.5", "abc", (1, 2, 3), {"answer": 1}, float("nan"), float("inf"), True,
                          lambda *args: 0, np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]), object(), 1 + 2j]

#: How many wrong answers the exercise tests tried, and how many were rejected (printed at the end of a run).
TRIED = {"wrong": 0, "rejected": 0}


def _numbers_in(value: Any) -> list[float]:
    try:
        array = np.asarray(value, dtype=float).ravel()
    except (TypeError, ValueError):
        return []
    return [float(v) for v in array[:50] if np.isfinite(v)]


def leaked_values(message: str, expected: Mapping[str, Any]) -> list[str]:
    """Expected numbers (of 2 or more significant digits) that appear in ``message``, as they appear there.

    Both notations are looked for: ``0.42`` and the French ``0,42``."""
    found = []
    for value in (v for answer in expected.values() for v in _numbers_in(answer)):
        for text in {f"{value:.6g}", f"{value:.4g}", f"{value:.3g}", f"{value:g}"}:
            digits = re.sub(r"[^0-9]", "", text.lstrip("-0."))
            if len(digits) < 2 and abs(value) < 10:
                continue
            for form in {text, text.replace(".", ",")}:
                if re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d])", message):
                    found.append(form)
    return found


def solution_lines(exercise: Exercise) -> list[str]:
    """The solution's code lines long enough to be telling (short lines such as `else:` are skipped)."""
    lines = [line.strip() for line in exercise.solution_code.split("\n")]
    return [line for line in lines if len(line) >= 12 and not line.startswith("#")]


def assert_no_leak(message: str, exercise: Exercise, context: Mapping[str, Any]) -> None:
    expected = exercise.reference(**{name: context[name] for name in exercise.uses})
    assert not leaked_values(message, expected), f"message gives the expected value away: {message}"
    for line in solution_lines(exercise):
        assert line not in message, f"message quotes the solution ({line!r}): {message}"


@contextlib.contextmanager
def french() -> Iterator[None]:
    """The course speaks French inside the block (``setup(lang="fr")``), then the language it spoke before."""
    before = i18n._language
    i18n.set_language("fr")
    try:
        yield
    finally:
        i18n._language = before


#: English words that French course prose never contains (on top of bad_input_support.ENGLISH_WORDS).
MORE_ENGLISH = re.compile(r"\b(is|are|not|and|of|to|your|this|that|yet|but|from|divide|count|share)\b")


def check_french_text(french_text: str, english: str, what: str = "message") -> None:
    """``french_text`` is the French of ``english``: not the same text, and no English prose left in it.

    Code in backticks, quoted text, and a raw error's name and words in brackets (``(ZeroDivisionError: ...)``,
    quoted from the student's own code) are not prose; apostrophes of French words are not quotes."""
    assert french_text != english, f"{what} not translated to French (add it to course_utils/locales/fr/): {english}"
    prose = re.sub(r"`[^`]*`|\"[^\"]*\"|«[^»]*»|(?<![A-Za-zÀ-ÿ])'[^']*'|\(\w*(Error|Exception)\b[^()]*\)", " ",
                   french_text)
    left = ENGLISH_WORDS.findall(prose) + MORE_ENGLISH.findall(prose)
    assert not left, f"English words {left} left in the French {what}: {french_text}\n(English: {english})"


def assert_rejected(exercise: Exercise, context: Mapping[str, Any], words: str | None = None,
                    **answers: Any) -> str:
    """The answers (others from the reference) are rejected with a course message containing ``words``.

    In French too: rejected, with a French message (``words`` are English: they are looked for in English only)."""
    full = {**_reference_answers(exercise, context), **answers}
    verdict = exercise.verdict(context, **full)
    TRIED["wrong"] += 1
    assert verdict.status == "wrong", f"{exercise.label} accepted a wrong answer {answers!r}: {verdict}"
    TRIED["rejected"] += 1
    assert verdict.message.startswith("Not yet: "), verdict.message
    assert "could not be used" not in verdict.message, f"no course message for {answers!r}: {verdict.message}"
    if words is not None:
        assert words.lower() in verdict.message.lower(), f"expected {words!r} in: {verdict.message}"
    assert_no_leak(_without_echo(verdict.message, answers), exercise, context)
    with french():
        in_french = exercise.verdict(context, **full)
    assert in_french.status == "wrong", f"{exercise.label} accepted a wrong answer in French {answers!r}"
    assert in_french.message.startswith("Pas encore\u202f: "), in_french.message
    assert "n'a pas pu être utilisée" not in in_french.message, f"no course message for {answers!r}: {in_french}"
    check_french_text(in_french.message, verdict.message)
    assert_no_leak(_without_echo(in_french.message, answers), exercise, context)
    return verdict.message


def _without_echo(message: str, answers: Mapping[str, Any]) -> str:
    """The message without the student's own answers echoed back (echoing an answer gives nothing away)."""
    for value in answers.values():
        if isinstance(value, (str, int, float, np.number)):
            forms = {str(value), repr(value), f"{value!r}"}
            if not isinstance(value, str):
                forms |= {f"{float(value):.6g}", f"{float(value):.4g}"}
                forms |= {form.replace(".", ",") for form in forms}
            for form in sorted(forms, key=len, reverse=True):
                message = message.replace(form, "")
    return message


def assert_accepted(exercise: Exercise, context: Mapping[str, Any], **answers: Any) -> str:
    """The answers (others from the reference) are accepted, in English and in French (a remark translated)."""
    full = {**_reference_answers(exercise, context), **answers}
    verdict = exercise.verdict(context, **full)
    assert verdict.status == "solved", f"{exercise.label} rejected a valid answer {answers!r}: {verdict.message}"
    with french():
        in_french = exercise.verdict(context, **full)
    assert in_french.status == "solved", f"{exercise.label} rejected a valid answer in French: {in_french.message}"
    if verdict.message:
        check_french_text(in_french.message, verdict.message, "remark")
    return verdict.message


def _reference_answers(exercise: Exercise, context: Mapping[str, Any]) -> dict[str, Any]:
    return dict(exercise.reference(**{name: context[name] for name in exercise.uses}))


def with_reference(exercise: Exercise, context: Mapping[str, Any], **answers: Any) -> dict[str, Any]:
    """The course's answers of ``exercise``, with ``answers`` in their place."""
    return {**_reference_answers(exercise, context), **answers}


def assert_rejected_in_french(exercise: Exercise, context: Mapping[str, Any], words: str, **answers: Any) -> str:
    """In French (use with the ``french`` fixture): the answers (others from the reference) are rejected with a
    message that starts "Pas encore : " and contains ``words``, written in French."""
    verdict = exercise.verdict(context, **with_reference(exercise, context, **answers))
    assert verdict.status == "wrong" and verdict.message.startswith("Pas encore\u202f: "), verdict
    assert words in verdict.message, verdict.message
    return verdict.message


def assert_basics(exercise: Exercise, context: Mapping[str, Any], capsys: pytest.CaptureFixture[str],
                  monkeypatch: pytest.MonkeyPatch) -> None:
    """What every exercise must do, whatever its topic (see the module docstring)."""
    reference = _reference_answers(exercise, context)
    assert set(reference) == set(exercise.answers)
    assert exercise.verdict(context, **reference).solved
    # not attempted: the starter's ____, or no answer at all, is not an error in a student's Run All...
    placeholders = {name: ____ for name in exercise.answers}
    assert exercise.verdict(context, **placeholders).status == "not attempted"
    assert exercise.verdict({k: v for k, v in context.items() if k not in exercise.answers}).status == "not attempted"
    exercise.check(dict(context), **placeholders)
    assert "not attempted yet" in capsys.readouterr().out
    # ...but it is while nbgrader grades
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    with pytest.raises(ExerciseError, match="not attempted"):
        exercise.check(dict(context), **placeholders)
    monkeypatch.delenv("NBGRADER_EXECUTION")
    # a half-finished multi-part answer is "not finished"
    if len(exercise.answers) > 1:
        first = next(iter(exercise.answers))
        assert exercise.verdict(context, **{**reference, first: ____}).status == "not attempted"
    # answers of the wrong kind: a course message, never a raw error
    for name in exercise.answers:
        for wrong in WRONG_KINDS:
            assert_rejected(exercise, context, None, **{name: wrong})
    # the later cells get the course's value when the exercise is not done
    for name in exercise.answers:
        value = exercise.answer(name, {**context, **placeholders})
        assert np.all(np.asarray(value, dtype=object) == np.asarray(reference[name], dtype=object)) or callable(value)
    capsys.readouterr()
    # hints teach without giving the answer away; the solution is shown only on request
    assert 1 <= len(exercise.hints) <= 3
    for hint in exercise.hints:
        assert not leaked_values(hint, reference), f"{exercise.label} hint gives the value away: {hint}"
        for line in solution_lines(exercise):
            assert line not in hint, f"{exercise.label} hint quotes the solution: {hint}"
    _assert_basics_in_french(exercise, context, reference, capsys, monkeypatch)


def _assert_basics_in_french(exercise: Exercise, context: Mapping[str, Any], reference: Mapping[str, Any],
                             capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The same student, with ``setup(lang="fr")``: every text of the exercise in French, still giving nothing away."""
    placeholders = {name: ____ for name in exercise.answers}
    capsys.readouterr()
    with french():
        check_french_text(tr(exercise.title), exercise.title, "title")
        if exercise.explanation:
            check_french_text(tr(exercise.explanation), exercise.explanation, "explanation")
        for kind in exercise.answers.values():
            check_french_text(tr(kind), kind, "answer description")
        for hint in exercise.hints:
            check_french_text(tr(hint), hint, "hint")
            assert not leaked_values(tr(hint), reference), f"{exercise.label} hint gives the value away: {tr(hint)}"
            for line in solution_lines(exercise):
                assert line not in tr(hint), f"{exercise.label} hint quotes the solution: {tr(hint)}"
        # the check cell's lines
        assert exercise.verdict(context, **reference).solved
        exercise.check(dict(context), **reference)
        assert capsys.readouterr().out.startswith(f"✅ L'exercice {exercise.label.split('_')[-1]} est réussi.")
        exercise.check(dict(context), **placeholders)
        assert "pas encore commencé" in capsys.readouterr().out
        monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
        with pytest.raises(ExerciseError, match="pas encore commencé") as info:
            exercise.check(dict(context), **placeholders)
        assert f"(Pour un indice, exécutez `{exercise.label}.hint()`.)" in str(info.value)
        monkeypatch.delenv("NBGRADER_EXECUTION")
        # the hints, then the solution: French around the notebook's code, unchanged
        shown = exercise._hints_shown
        try:
            exercise._hints_shown = 0
            for step in range(1, len(exercise.hints) + 1):
                exercise.hint()
                out = capsys.readouterr().out
                assert out.startswith(f"💡 Indice {step} sur {len(exercise.hints)}\u202f: "), out
        finally:
            exercise._hints_shown = shown
        exercise.solution()
        out = capsys.readouterr().out
        assert out.startswith("📖 Une solution de l'exercice"), out
        for line in exercise.solution_code.strip("\n").split("\n"):
            assert line in out, f"{exercise.label} solution code changed in French: {line!r} not in {out}"
        for name in exercise.answers:
            exercise.answer(name, {**context, **placeholders})
            assert "n'est pas encore réussi" in capsys.readouterr().out


def assert_french_hints_and_solution(exercise: Exercise, context: Mapping[str, Any], capsys: pytest.CaptureFixture[str],
                                     hint_words: str, solution_words: str, absent: tuple[str, ...] = ()) -> None:
    """In French (the caller's ``french`` fixture): every hint step is French (``hint_words`` among them), gives no
    value, solution line or text of ``absent`` away, and the worked solution shows its French prose and the
    notebook's code unchanged."""
    shown = exercise._hints_shown
    try:
        exercise._hints_shown = 0
        for _step in exercise.hints:
            exercise.hint()
    finally:
        exercise._hints_shown = shown
    hints = capsys.readouterr().out
    steps = len(exercise.hints)
    assert all(f"💡 Indice {k} sur {steps}\u202f: " in hints for k in range(1, steps + 1)), hints
    assert hint_words in hints, hints
    assert not any(english in hints for english in exercise.hints), hints
    assert not leaked_values(hints, _reference_answers(exercise, context)), hints
    assert not any(line in hints for line in solution_lines(exercise)), hints
    assert not any(text in hints for text in absent), hints
    exercise.solution()
    solution = capsys.readouterr().out
    assert solution_words in solution and exercise.explanation not in solution, solution
    assert all(line in solution for line in exercise.solution_code.split("\n")), solution
