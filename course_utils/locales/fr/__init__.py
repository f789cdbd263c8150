"""French catalogue of ``course_utils``: one ``MESSAGES = {english: french}`` dict per module (see i18n.py).

House rules for the French: written as a French medical educator would write it (not word for word), the seed
decks' terms (taux d'apprentissage, fonction de perte, rétropropagation, sur-apprentissage...; see
``notebooks/fr/glossary.csv``), a no-break space before ``:``, ``;``, ``?``, ``!`` and ``%`` and between a number and
its unit, and the same ``{fields}`` as the English key.
"""
