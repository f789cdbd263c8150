"""Instructor and maintainer tools: not called by the notebooks.

- ``notebook_sources`` – keep each notebook and its text source (jupytext percent ``.py``) in sync
- ``student``          – generate the student edition (solutions replaced by placeholders)
- ``catalog``          – read each notebook's title cell and regenerate the README's table of contents
- ``benchmarking``     – the kernel-side half of ``benchmarks/run_benchmarks.py`` (widget latency)
"""
