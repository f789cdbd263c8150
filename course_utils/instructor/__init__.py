"""Instructor and maintainer tools: not called by the notebooks.

- ``notebook_sources`` – keep each notebook and its text source (jupytext percent ``.py``) in sync
- ``student``          – generate the student edition (solution blocks removed, starter code kept)
- ``grading``          – nbgrader course folder, metadata of exercise cells, and the results table
- ``launch``           – Colab and Binder badges and the Colab install cell, from ``[tool.course]``
- ``catalog``          – read each notebook's title cell and regenerate the README's table of contents
- ``benchmarking``     – the kernel-side half of ``benchmarks/run_benchmarks.py`` (widget latency)
"""
