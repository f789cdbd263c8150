"""Size limits of the generators: how much memory one call may take, and when a progress bar shows.

Every generator estimates, before drawing anything, how much memory its result will take and how long it will
run. Above :data:`MAX_BYTES` it refuses, saying the limit and the memory it would have taken (a course machine
such as Binder has about 2 GB in all, and the course budgets 1 GB per notebook); above :data:`PROGRESS_SECONDS`
of estimated work it shows a progress bar (``tqdm.auto``) that also shows the memory estimate.

An instructor with a bigger machine can raise the limit for a session::

    from course_utils.datasets import limits
    limits.MAX_BYTES = 4e9   # 4 GB
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from ..i18n import N_, get_language, number, tr

#: Largest result one call of a generator may build, in bytes (1 GB: the course's memory budget per notebook).
MAX_BYTES: float = 1e9
#: Estimated work, in seconds, above which a generator shows a progress bar.
PROGRESS_SECONDS: float = 5.0

T = TypeVar("T")

# What a reader may set or call; the other functions are the generators' plumbing.
__all__ = ["MAX_BYTES", "PROGRESS_SECONDS", "format_bytes"]


def format_bytes(n_bytes: float) -> str:
    """``1234567`` -> ``"1.2 MB"`` (decimal units, as on a phone's storage screen)."""
    for unit, size in ((N_("TB"), 1e12), (N_("GB"), 1e9), (N_("MB"), 1e6), (N_("kB"), 1e3)):
        if n_bytes >= size:
            return tr("{value} {unit}", value=number(n_bytes / size, ".1f"), unit=tr(unit))
    return tr("{n} bytes", n=int(n_bytes))


def check_memory(n_bytes: float, call: str, per_item: float, item: str, fix: str) -> None:
    """Raise ``ValueError`` if a result of ``n_bytes`` would exceed :data:`MAX_BYTES`.

    Args:
        n_bytes: estimated size of the result.
        call: the call as the student wrote it, e.g. ``"make_ct_slices(n=100000, size=64)"``.
        per_item: bytes per item (slice, recording, row), to say how many items fit.
        item: the item's name, singular ("slice", "recording").
        fix: one sentence saying what to do instead.
    """
    if n_bytes <= MAX_BYTES:
        return
    fits = int(MAX_BYTES // per_item) if per_item > 0 else 0
    raise ValueError(tr(
        "{call} would take about {size} of memory ({per_item} per {item}); the limit is {limit}, at most {fits} with "
        "these settings (a course machine has about 2 GB in all).\n{fix}\n(On a bigger machine, an instructor can "
        "raise course_utils.datasets.limits.MAX_BYTES.)", call=call, size=format_bytes(n_bytes),
        per_item=format_bytes(per_item), item=item, limit=format_bytes(MAX_BYTES), fits=plural(fits, item), fix=fix))


def check_count(n: int, maximum: int, per_item: float, call: str, item: str, fix: str) -> None:
    """Raise ``ValueError`` if ``n`` exceeds a generator's documented maximum number of items (``item``: singular).

    The message says the limit, the memory the call would have taken and the memory at the limit.
    """
    if n <= maximum:
        return
    raise ValueError(tr(
        "{call} asks for {n}, about {size} of memory; the limit is {maximum} (about {limit}).\n{fix}", call=call,
        n=plural(n, item), size=format_bytes(n * per_item), maximum=plural(maximum, item),
        limit=format_bytes(maximum * per_item), fix=fix))


def progress(items: Iterable[T], total: int, seconds: float, n_bytes: float, desc: str,
             show: bool | None = None, unit: str = "item") -> Iterator[T] | Iterable[T]:
    """Wrap ``items`` in a ``tqdm.auto`` progress bar when the work is long (or when ``show`` is True).

    Args:
        items: what the generator loops over.
        total: how many items.
        seconds: estimated duration of the loop.
        n_bytes: estimated size of the result, shown in the bar's description.
        desc: what is being made ("CT slices").
        show: True or False to force the bar on or off; None (default) shows it above :data:`PROGRESS_SECONDS`.
        unit: what one item is ("slice"), for the speed shown (slices per second).
    """
    if show is None:
        show = seconds > PROGRESS_SECONDS
    if not show:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, total=total, desc=tr("{desc} ({size} in memory)", desc=desc, size=format_bytes(n_bytes)),
                unit=f" {unit}", leave=False)


def plural(n: int, word: str) -> str:
    """``plural(3, "slice")`` -> ``"3 slices"`` (French: ``plural(3, "coupe")`` -> ``"3 coupes"``, 0 and 1 singular).

    ``word`` is already in the course's language (the caller translates it)."""
    singular = n in (0, 1) if get_language() == "fr" else n == 1
    return f"{number(n, ',d')} {word}{'' if singular else 's'}"


def call_text(function: str, **kwargs: Any) -> str:
    """``call_text("make_ecg_dataset", n=5)`` -> ``"make_ecg_dataset(n=5)"``: how a message quotes the call."""
    return f"{function}({', '.join(f'{k}={v!r}' for k, v in kwargs.items())})"
