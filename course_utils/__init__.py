"""Helpers for the course *Deep learning for health professionals*.

The notebooks call ``course_utils.setup()`` once, then use the submodules:

- ``plotting``  – course figure style, colour-blind-safe palette, reusable plots
- ``widgets``   – interactive figures that update in place (live in JupyterLab, drawn once headless)
- ``training``  – a small, readable PyTorch fit loop with a progress bar
- ``checks``    – self-check helpers (``close``, ``between``, ``true``...) for the notebooks' own results
- ``exercises`` – each notebook's exercises: checks, stepped hints, worked solutions, the ``____`` placeholder
- ``metrics``   – sensitivity, specificity and friends, written out
- ``datasets``  – real offline medical data and seeded synthetic generators
- ``validation``– the input checks every public function uses
- topic helpers: ``classic`` (01), ``regression`` (02), ``neuron`` (03), ``landscapes`` (04), ``images`` (07),
  ``sequences`` (08), ``dicom`` (09)

Two sub-packages hold the other kinds of code:

- ``reference``  – from-scratch implementations the notebooks teach and check against (activations, losses,
  gradients, autograd)
- ``instructor`` – tools for instructors and maintainers (notebook sources, student edition, grading, launch
  badges and the Colab cell, catalog, benchmark); notebooks never import them

Submodules are imported lazily so that ``import course_utils`` stays fast (torch and
scikit-learn are only imported by the functions that need them).
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import platform
import random
from typing import Any

__version__ = "0.1.0"

DEFAULT_SEED = 42

_SUBMODULES = {
    "checks", "datasets", "metrics", "plotting", "training", "validation", "widgets",
}

__all__ = ["DEFAULT_SEED", "device", "seed_everything", "setup", *sorted(_SUBMODULES)]


def __getattr__(name: str) -> Any:
    """Import submodules on first use (``course_utils.plotting`` works without an explicit import)."""
    if name in _SUBMODULES or (not name.startswith("_") and importlib.util.find_spec(f"{__name__}.{name}")):
        module = importlib.import_module(f"{__name__}.{name}")
        globals()[name] = module
        return module
    raise AttributeError(f"module 'course_utils' has no attribute {name!r}")


def seed_everything(seed: int = DEFAULT_SEED) -> None:
    """Seed Python's ``random``, NumPy and (if it is installed) PyTorch, for repeatable results.

    Args:
        seed: a non-negative integer.
    """
    from .validation import check_int

    check_int(seed, "seed", minimum=0)
    import numpy as np

    random.seed(seed)
    np.random.seed(seed)
    os.environ["PYTHONHASHSEED"] = str(seed)
    try:
        import torch
    except ImportError:  # pragma: no cover - torch is a dependency, but keep setup usable without it
        return
    torch.manual_seed(seed)
    _deterministic_torch()


def _deterministic_torch() -> None:
    """Make torch pick deterministic algorithms (warning, not failing, where an operation has none).

    ``torch.use_deterministic_algorithms`` also imports torch's compiler (``torch._inductor``) to set its flag, which
    costs about 1 s of CPU in every notebook; the course never compiles, so only the runtime flag is set, through
    the call that function itself makes. Falls back to the public function if a torch version lacks it.

    In that mode torch also fills every new tensor with NaN before use, to expose operations that would read memory
    nobody wrote (a bug inside torch, not in a notebook): 6-8 % of a small CNN's training time on a CPU. The
    course's results do not depend on it, so that filling is turned off; the algorithms stay deterministic."""
    import torch
    import torch.utils.deterministic

    setter = getattr(torch._C, "_set_deterministic_algorithms", None)
    if setter is None:  # pragma: no cover - every torch the course supports has it
        torch.use_deterministic_algorithms(True, warn_only=True)
    else:
        setter(True, warn_only=True)
    torch.utils.deterministic.fill_uninitialized_memory = False


def device() -> Any:
    """Return the best available PyTorch device: CUDA if present, then Apple's MPS, else the CPU."""
    import torch

    if torch.cuda.is_available():
        return torch.device("cuda")
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        return torch.device("mps")
    return torch.device("cpu")


def _limit_blas_threads(threads: int) -> None:
    """Let NumPy's and scikit-learn's linear-algebra library (OpenBLAS, MKL) use at most ``threads`` threads.

    On a 2-core laptop running two kernels (or a test worker beside a notebook), two threads each oversubscribe
    the cores and small matrix products get slower, not faster."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        return
    threadpool_limits(limits=threads)


def setup(seed: int = DEFAULT_SEED, presentation: bool = False, threads: int | None = 1,
          lang: str | None = None) -> None:
    """Prepare a notebook: choose its language, seed everything, apply the course figure style, print one line.

    Args:
        seed: seed for Python, NumPy and torch (same seed, same results).
        presentation: larger fonts and lines, for projecting in a lecture hall.
        threads: number of CPU threads torch and NumPy's linear algebra may use. The course's networks are small:
            one thread is as fast as two and never fights other programs (or the second test worker) for the
            cores; ``None`` leaves the libraries' defaults.
        lang: the language of every message, hint, progress bar and figure label of ``course_utils``: ``"en"``
            or ``"fr"`` (:mod:`course_utils.i18n`); ``None`` keeps the current one (``$COURSE_LANG``, else English).

    Prints one summary line (versions and the device); returns nothing, so the line is not shown twice.
    """
    from . import i18n, plotting

    if lang is not None:
        i18n.set_language(lang)
    seed_everything(seed)
    plotting.use_style(presentation=presentation)
    import numpy as np
    import torch

    if threads is not None:
        from .validation import check_int

        check_int(threads, "threads", minimum=1)
        torch.set_num_threads(threads)
        _limit_blas_threads(threads)
    dev = device()
    import gc

    gc.freeze()  # the libraries imported so far never become garbage: later collections skip them (faster cells)
    # Collect young objects every 50,000 allocations instead of 700. A notebook's cells make many short-lived
    # objects (figure parts, table cells): in notebook 09 the default spent 0.44 s in 700 collections, this
    # 0.08 s in 9, for 6 MB more memory at the peak.
    gc.set_threshold(50_000, 20, 20)
    line = (
        f"course_utils {__version__} | Python {platform.python_version()} | numpy {np.__version__} | "
        f"torch {torch.__version__.split('+')[0]} | "
        + i18n.tr("device: {device} | seed: {seed}", device=dev.type, seed=seed)
    )
    print(line)
