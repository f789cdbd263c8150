"""What every exercise shares: the ``____`` placeholder, the :class:`Exercise` object, and answer checkers.

A notebook's exercise has three parts:

- an **answer cell** whose starter code holds the placeholder ``____`` (the student replaces it);
- a **check cell**: ``exercise_1.check()`` reads the answer from the notebook by its name and prints ✅, a message
  that says what is wrong (never the expected value), or "not attempted yet" (not an error, so *Run All* goes on);
- on request, ``exercise_1.hint()`` (a nudge, then the method) and ``exercise_1.solution()`` (the worked solution).

Where a later cell needs the exercise's result, ``exercise_1.answer("name")`` returns the student's value when the
exercise is solved, and otherwise the course's value, saying so in one line.

Each notebook's exercises are defined in a module of this package (``welcome``, ``ml_basics``, ...). A judge
function receives the student's answers, the expected values and the notebook variables the exercise uses; it
uses the checkers below (:func:`number`, :func:`array`, ...) and :func:`fail` with the course's words.

Languages (``course_utils/i18n.py``): every text a student reads is English in the module and translated where it
is shown. The ``Exercise`` fields ``title``, ``answers`` (the descriptions), ``hints`` and ``explanation``, the
``kind`` of the checkers and the messages of :func:`known_mistakes` are marked with ``N_("...")`` where they are
written and translated here with ``tr``. A message built at check time is translated where it is built:
``fail(tr("`x` = {got} is too large.", got=number_text))``, numbers through ``course_utils.i18n.number``
(decimal comma in French). A judge's success remark is returned already translated (``return tr("...")``).
"""

from __future__ import annotations

import math
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NoReturn

import numpy as np

from course_utils.checks import ExerciseError
from course_utils.i18n import N_, tr
from course_utils.i18n import number as _format_number
from course_utils.validation import describe as _describe_value

__all__ = [
    "____", "Placeholder", "Exercise", "Verdict", "ExerciseError", "fail", "describe", "is_placeholder",
    "number", "integer", "array", "function", "is_close", "known_mistakes", "attempted", "grading_mode",
]


class Placeholder:
    """The ``____`` of starter code: "your answer goes here". Checks recognise it as *not attempted yet*.

    Arithmetic with it gives it back (``2 * ____ + 1`` is still ``____``), so a half-written formula does not
    crash before the check can say what is missing.
    """

    _instance: Placeholder | None = None
    __array_ufunc__ = None  # NumPy hands ``array * ____`` back to __rmul__ instead of building an object array

    def __new__(cls) -> Placeholder:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "____"

    def _absorb(self, *args: Any, **kwargs: Any) -> Placeholder:
        return self

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _absorb
    __truediv__ = __rtruediv__ = __floordiv__ = __rfloordiv__ = __pow__ = __rpow__ = _absorb
    __matmul__ = __rmatmul__ = __mod__ = __rmod__ = __neg__ = __pos__ = __abs__ = _absorb
    __call__ = __getitem__ = _absorb


____ = Placeholder()


def is_placeholder(value: Any) -> bool:
    """True if ``value`` is ``____`` or holds it (in a list, tuple, dict, object array, or as a function's result)."""
    if value is ____:
        return True
    if isinstance(value, (list, tuple, set)):
        return any(is_placeholder(item) for item in value)
    if isinstance(value, dict):
        return any(is_placeholder(item) for item in value.values())
    if isinstance(value, np.ndarray) and value.dtype == object:
        return any(is_placeholder(item) for item in value.ravel())
    return False


def grading_mode() -> bool:
    """True while nbgrader grades or validates a notebook: an exercise not attempted then counts as failed."""
    return os.environ.get("NBGRADER_EXECUTION", "") in {"autograde", "validate"}


def fail(message: str) -> NoReturn:
    """Reject the answer with a message in the course's words (what was expected, what was received, the fix)."""
    raise ExerciseError(message)


# --------------------------------------------------------------------------------------------------- describing


def describe(value: Any) -> str:
    """Say in plain words what ``value`` is: "the number 3.2", "a list of 3 items", "an array of shape (2, 3)".

    The package's :func:`course_utils.validation.describe`, with two remarks for a student's answer: a missing
    ``return`` for ``None``, and the quotes to remove for a string.
    """
    if value is None:
        return tr("nothing (None; does your function end with `return`?)")
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return tr("the text {text} (a string: remove the quotes to give a number)", text=repr(text))
    return _describe_value(value)


def _short(value: Any) -> str:
    try:
        return _format_number(float(value), ".6g")
    except (TypeError, ValueError, OverflowError):
        return repr(value)


def _should_be(name: str, kind: str, value: Any) -> str:
    return tr("`{name}` should be {kind}, but it is {received}.", name=name, kind=tr(kind), received=describe(value))


# --------------------------------------------------------------------------------------------------- answer kinds


def number(value: Any, name: str, kind: str = N_("one number")) -> float:
    """Return ``value`` as a float, or reject it saying what it is (a list, a string, an array of 3 values, NaN).

    Accepted: Python and NumPy numbers, and arrays or tensors holding exactly one number. ``kind`` (what the
    answer should be, e.g. ``N_("one number between 0 and 1")``) is translated here.
    """
    if isinstance(value, (bool, np.bool_)):
        fail(_should_be(name, kind, value))
    if isinstance(value, (int, float, np.integer, np.floating)):
        result = float(value)
    elif hasattr(value, "detach") or isinstance(value, np.ndarray) or type(value).__module__.startswith("pandas"):
        values = _to_float_array(value, name, kind)
        if values.size != 1:
            fail(tr("`{name}` should be {kind}, but it is {received}. If you computed one value per patient or per "
                    "step, you still need to combine them (a mean, a sum, or one element).",
                    name=name, kind=tr(kind), received=describe(value)))
        result = float(values.reshape(()))
    else:
        fail(_should_be(name, kind, value))
    if not math.isfinite(result):
        fail(tr("`{name}` is {value} (not a finite number): a division by zero or a step that diverged?",
                name=name, value=result))
    return result


def integer(value: Any, name: str, kind: str = N_("a whole number")) -> int:
    """Return ``value`` as an int; 12.0 is accepted, 12.5 is rejected (never truncated)."""
    result = number(value, name, kind)
    if result != round(result):
        fail(tr("`{name}` should be {kind}, but it is {value}: a count has no decimals. Did you divide where you "
                "should multiply, or forget to round up?", name=name, kind=tr(kind), value=_short(result)))
    return int(round(result))


def array(value: Any, name: str, shape: Sequence[int] | None = None,
          kind: str = N_("an array of numbers")) -> np.ndarray:
    """Return ``value`` as a float array of the given ``shape``, or reject it.

    Accepted: lists, tuples, NumPy arrays, PyTorch tensors and pandas columns. A transposed or flattened answer
    is named as such.
    """
    if isinstance(value, (str, bytes, dict)) or value is None or callable(value) and not hasattr(value, "shape"):
        fail(_should_be(name, kind, value))
    got = _to_float_array(value, name, kind)
    if shape is not None:
        want = tuple(shape)
        if got.shape != want:
            if got.ndim == 2 and got.shape[::-1] == want:
                fail(tr("`{name}` should have shape {want}, but it has shape {got}: rows and columns are swapped "
                        "(transpose it with `.T`).", name=name, want=want, got=got.shape))
            if got.size == math.prod(want):
                fail(tr("`{name}` should have shape {want}, but it has shape {got}: the right number of values, "
                        "arranged differently (see `.reshape`).", name=name, want=want, got=got.shape))
            fail(tr("`{name}` should have shape {want}, but it has shape {got}.", name=name, want=want, got=got.shape))
    if not np.all(np.isfinite(got)):
        fail(tr("`{name}` contains NaN or infinite values: a division by zero or a step that diverged?", name=name))
    return got


def _to_float_array(value: Any, name: str, kind: str) -> np.ndarray:
    if hasattr(value, "detach"):
        value = value.detach().cpu().numpy()
    elif hasattr(value, "to_numpy"):
        value = value.to_numpy()
    try:
        with np.errstate(all="ignore"):
            result = np.asarray(value, dtype=float)
    except (TypeError, ValueError, OverflowError):
        fail(tr("`{name}` should be {kind}, but it is {received}, which holds something other than numbers.",
                name=name, kind=tr(kind), received=describe(value)))
    return result


def function(value: Any, name: str) -> Callable[..., Any]:
    """Return ``value`` if it is a function, or reject it (e.g. the result of calling it instead of the function)."""
    if not callable(value) or isinstance(value, type):
        fail(tr("`{name}` should be a function (defined with `def {name}(...):`), but it is {received}.",
                name=name, received=describe(value)))
    return value


def is_close(got: Any, want: Any, tol: float = 1e-9, relative: bool = False) -> bool:
    """True if ``got`` and ``want`` (numbers or arrays of the same shape) agree within ``tol``."""
    got, want = np.asarray(got, dtype=float), np.asarray(want, dtype=float)
    if got.shape != want.shape:
        return False
    allowed = tol * np.maximum(np.abs(want), 1e-12) if relative else tol
    return bool(np.all(np.abs(got - want) <= allowed))


def known_mistakes(got: Any, mistakes: Iterable[tuple[Any, str]], tol: float = 1e-9, relative: bool = False) -> None:
    """Reject ``got`` with the matching message if it equals one of the known wrong results.

    Args:
        got: the student's answer, already converted (float or array).
        mistakes: pairs (the value a known mistake gives, what to tell the student): the message marked with
            ``N_("...")`` (translated here), or already translated with ``tr("...", **fields)``.
    """
    for wrong, message in mistakes:
        try:
            matches = is_close(got, wrong, tol, relative)
        except (TypeError, ValueError):
            continue
        if matches:
            fail(tr(message))


# --------------------------------------------------------------------------------------------------- exercises


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking an exercise: ``status`` is "solved", "not attempted" or "wrong"."""

    status: str
    message: str

    @property
    def solved(self) -> bool:
        return self.status == "solved"


@dataclass
class Exercise:
    """One exercise: where its answer lives, how it is judged, its hints and its worked solution.

    Args:
        label: the name the notebook gives this object, e.g. "exercise_1" (used in messages).
        title: a few words, e.g. ``N_("the prevalence of alerts")`` (every text field is marked with ``N_`` and
            translated where it is shown).
        answers: name of each variable the student defines -> what it should be (``N_("a number between 0 and 1")``).
        uses: notebook variables the check needs (data, earlier results), read from the notebook.
        reference: computes the expected answers from the ``uses`` variables: ``reference(**uses) -> {name: value}``.
        judge: ``judge(answers, expected, uses)`` returns None (or a short remark for the success line, already
            translated with ``tr``) and calls :func:`fail` for a wrong answer. Each answer it receives is
            attempted (no ``____`` left).
        hints: hint steps, from a nudge to the method. They never give the expected value or the solution code.
        solution: the worked solution (code), shown by :meth:`solution`.
        explanation: one or two sentences shown with the solution.
    """

    label: str
    title: str
    answers: Mapping[str, str]
    reference: Callable[..., Mapping[str, Any]]
    judge: Callable[[dict[str, Any], Mapping[str, Any], dict[str, Any]], str | None]
    hints: Sequence[str]
    solution_code: str
    explanation: str = ""
    uses: Sequence[str] = ()
    _hints_shown: int = field(default=0, repr=False)

    # ---- what students call

    def check(self, namespace: Mapping[str, Any] | None = None, /, **answers: Any) -> None:
        """Check the answer: print ✅ or "not attempted yet", or raise :class:`ExerciseError` saying what is wrong.

        The answers and ``uses`` variables are read from the notebook (the caller's global variables) unless
        ``namespace`` is given; keyword arguments override them (``exercise_1.check(prevalence=0.42)``).

        It returns nothing, so that the check cell shows only its message (``verdict`` returns the outcome).
        """
        namespace = _caller_namespace() if namespace is None else namespace
        verdict = self.verdict(namespace, **answers)
        if verdict.status == "solved":
            print(tr("✅ {exercise} solved. {remark}", exercise=self._name(), remark=verdict.message).rstrip())
            return
        if verdict.status == "not attempted" and not grading_mode():
            print(f"⏳ {verdict.message}")
            return
        raise ExerciseError(tr("{message}\n(For a hint, run `{label}.hint()`.)", message=verdict.message,
                               label=self.label))

    def hint(self) -> None:
        """Print the next hint step; after the last one, say how to see the solution."""
        if self._hints_shown < len(self.hints):
            self._hints_shown += 1
            step = tr(self.hints[self._hints_shown - 1])
            more = (tr("Run `{label}.hint()` again for the next step.", label=self.label)
                    if self._hints_shown < len(self.hints)
                    else tr("If you are still stuck, `{label}.solution()` shows a worked solution.", label=self.label))
            print(tr("💡 Hint {shown} of {total}: {step}", shown=self._hints_shown, total=len(self.hints), step=step)
                  + f"\n{more}")
        else:
            print(tr("💡 That was the last hint. `{label}.solution()` shows a worked solution.", label=self.label))

    def solution(self) -> None:
        """Print the worked solution."""
        text = tr("📖 A solution to {exercise} ({title}):", exercise=self._name().lower(), title=tr(self.title))
        text += "\n\n" + "\n".join("    " + line if line else ""
                                   for line in self.solution_code.strip("\n").split("\n"))
        if self.explanation:
            text += f"\n\n{tr(self.explanation)}"
        print(text)

    def answer(self, name: str | None = None, namespace: Mapping[str, Any] | None = None) -> Any:
        """The student's value of ``name`` if the exercise is solved, otherwise the course's value (said in a line).

        Later cells use it so that they run whether or not the exercise is done.
        """
        namespace = _caller_namespace() if namespace is None else namespace
        if name is None:
            if len(self.answers) != 1:
                raise ValueError(tr("{label} has several answers {answers}: say which one, e.g. {example}.",
                                    label=self.label, answers=list(self.answers),
                                    example=f"{self.label}.answer({next(iter(self.answers))!r})"))
            name = next(iter(self.answers))
        if name not in self.answers:
            raise ValueError(tr("{label} has no answer called {name}; its answers are {answers}.",
                                label=self.label, name=repr(name), answers=list(self.answers)))
        verdict = self.verdict(namespace)
        if verdict.solved:
            return namespace[name]
        course_value = self._expected(namespace)[name]
        if callable(course_value):
            print(tr("ℹ️ {exercise} is not solved yet, so the cells below use the course's version of `{name}`.",
                     exercise=self._name(), name=name))
        else:
            print(tr("ℹ️ {exercise} is not solved yet, so the cells below use the course's value of `{name}`.",
                     exercise=self._name(), name=name))
        return course_value

    # ---- what tests and graders call

    def verdict(self, namespace: Mapping[str, Any], /, **answers: Any) -> Verdict:
        """Judge without printing or raising: returns a :class:`Verdict` (never raises anything else)."""
        namespace = {**namespace, **answers}
        missing_uses = [name for name in self.uses if name not in namespace]
        if missing_uses:
            names = ", ".join(f"`{n}`" for n in missing_uses)
            if len(missing_uses) == 1:
                return Verdict("wrong", tr("{exercise} needs {names} from the cells above, which is not defined: run "
                                           "the notebook from the top (Run > Run All Above Selected Cell), then this "
                                           "cell again.", exercise=self._name(), names=names))
            return Verdict("wrong", tr("{exercise} needs {names} from the cells above, which are not defined: run the "
                                       "notebook from the top (Run > Run All Above Selected Cell), then this cell "
                                       "again.", exercise=self._name(), names=names))
        not_done = [name for name in self.answers if name not in namespace or is_placeholder(namespace[name])]
        if not_done:
            if len(not_done) == len(self.answers):
                return Verdict("not attempted", tr("{exercise} is not attempted yet: replace `____` in the cell "
                                                   "above with your code, run it, then run this check again.",
                                                   exercise=self._name()))
            names = ", ".join(f"`{n}`" for n in not_done)
            if len(not_done) == 1:
                return Verdict("not attempted", tr("{exercise} is not finished: {names} still has no answer (`____`).",
                                                   exercise=self._name(), names=names))
            return Verdict("not attempted", tr("{exercise} is not finished: {names} still have no answer (`____`).",
                                               exercise=self._name(), names=names))
        values = {name: namespace[name] for name in self.answers}
        try:
            expected = self._expected(namespace)
            remark = self.judge(values, expected, {name: namespace[name] for name in self.uses})
        except ExerciseError as error:
            return Verdict("wrong", tr("Not yet: {error}", error=error))
        except Exception as error:  # noqa: BLE001 - a check must never show a raw library error
            if _placeholder_result(error):
                return Verdict("not attempted", tr("{exercise} is not attempted yet: your function still returns "
                                                   "`____`. Replace it with your code, run the cell, then this "
                                                   "check again.", exercise=self._name()))
            kinds = " ".join(tr("`{name}` should be {kind}.", name=n, kind=tr(k)) for n, k in self.answers.items())
            return Verdict("wrong", tr("Not yet: your answer could not be used ({error}). {kinds}",
                                       error=f"{type(error).__name__}: {_first_line(error)}", kinds=kinds))
        return Verdict("solved", remark or "")

    # ---- helpers

    def _expected(self, namespace: Mapping[str, Any]) -> Mapping[str, Any]:
        return self.reference(**{name: namespace[name] for name in self.uses})

    def _name(self) -> str:
        """ "Exercise 1" (in French "exercice 1": the French messages put the article before it)."""
        found = re.fullmatch(r"exercise_(\w+)", self.label)
        if found:
            return tr("Exercise {number}", number=found.group(1))
        return self.label.replace("_", " ").capitalize()


class _PlaceholderReached(Exception):
    """Raised by :func:`attempted` when a student's function returns ``____``."""


def attempted(value: Any) -> Any:
    """For judges calling a student's function: stop, as *not finished*, if it returned ``____``."""
    if is_placeholder(value):
        raise _PlaceholderReached
    return value


def _placeholder_result(error: Exception) -> bool:
    return isinstance(error, _PlaceholderReached)


def _first_line(error: Exception) -> str:
    text = str(error).strip().split("\n")[0]
    return re.sub(r"\s+", " ", text)[:160]


def _caller_namespace() -> dict[str, Any]:
    """The global variables of the notebook (or module) that called ``check``/``answer``."""
    frame = sys._getframe(2)
    return frame.f_globals
