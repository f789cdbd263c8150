"""French of the messages of ``course_utils/__init__.py`` (``setup``)."""

MESSAGES: dict[str, str] = {
    "device: {device} | seed: {seed}": "calcul sur\u202f: {device} | graine aléatoire\u202f: {seed}",
}
