"""Exercises with checks, stepped hints and worked solutions, one module per notebook.

A notebook imports its exercises and the placeholder::

    from course_utils.exercises import ____
    from course_utils.exercises.welcome import exercise_1

See :mod:`course_utils.exercises.core` for the design.
"""

from course_utils.exercises.core import Exercise, ExerciseError, Placeholder, Verdict, ____, is_placeholder

__all__ = ["____", "Exercise", "ExerciseError", "Placeholder", "Verdict", "is_placeholder"]
