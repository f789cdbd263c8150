"""Message catalogues, one folder per language other than English (see :mod:`course_utils.i18n`)."""
