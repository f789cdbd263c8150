"""What the seed-spread scripts share: reading a ``--seeds`` argument and searching a notebook's prose.

Imported by ``seed_spread.py`` (notebook 09), ``seed_spread_06.py`` and ``seed_spread_08.py``, which put this
folder on ``sys.path`` first (they are scripts, not a package).
"""

from __future__ import annotations

import re


def parse_seeds(text: str) -> list[int]:
    """'0-13' or '0,3,5' -> list of seeds."""
    if "-" in text:
        first, last = text.split("-")
        return list(range(int(first), int(last) + 1))
    return [int(part) for part in text.split(",")]


def prose(source: str) -> str:
    """The notebook's text with its comment line breaks joined, so that a phrase split over two lines is found."""
    return re.sub(r"\s+", " ", re.sub(r"\n#\s?", " ", source))
