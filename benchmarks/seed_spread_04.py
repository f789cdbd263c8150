"""Notebook 04's claims over 18 seeds, reproduced: section 6's three descent methods and section 7's decaying rate.

Notebook 04 shuffles the tumours of SGD and mini-batches with SEEDS = (0, 1, 2); its prose and self-checks add what
other seeds showed ("two with 7 of 15 other seeds we tried", "17 of the 18 seeds we tried", "14 of those 18").
This script is that outside: it runs the notebook's source up to "Momentum" (section 7) once (figures closed, the
Colab cell skipped, self-checks recorded instead of raised), then, per group of three seeds (0-2, 3-5, ...), the
notebook's own cells again from its ``SEEDS = (0, 1, 2)`` cell on with ``SEEDS = <the group>``: learning rates chosen
again on validation, section 6's table, test-set model and checks, section 7's decay runs and checks. It writes one
row per seed and per group, each claim beside what the prose states, and each self-check's bound against the range.

Usage (from the repository root; about 10 s on one core)::

    .venv/bin/python benchmarks/seed_spread_04.py --seeds 0-17      # writes benchmarks/SEED_SPREAD_04.md

``--output -`` prints the report without writing it. Numbers are those of this machine and library versions; the
time check also depends on the machine's speed and load.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # this folder: seed_tools, shared by the seed scripts
import seed_tools  # noqa: E402
from seed_tools import parse_seeds, prose, recorded_checks  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "notebooks" / "source" / "04_gradient_descent.py"
END_MARKER = "# **Momentum.**"                  # the source runs up to the cell holding this line
SEED_LINE = ("SEEDS = (0, 1, 2)\n", "SEEDS = SWEEP_SEEDS\n")   # the cells rerun per group start at the one holding it
NOTEBOOK_SEEDS = (0, 1, 2)
NAMES = ("train_logistic", "methods", "SEEDS", "chosen", "chosen_lr", "per_seed", "epochs_needed", "time_needed",
         "sigmoid", "metrics", "X1_te", "y_te", "schedules", "decay_runs", "constant", "decayed", "jitter_ratio")
FULL, MINI, SGD = "full-batch", "mini-batch (32)", "stochastic (1)"
SEED_COLUMNS = ("SGD epochs to 0.01", "mini-batch epochs to 0.01", "SGD val. loss", "mini-batch val. loss",
                "mini-batch test AUC", "mini-batch test sensitivity", "jitter, constant α", "jitter, decay",
                "jitter ratio", "gap, constant α", "gap, decay")
GROUP_COLUMNS = ("chosen α (full, mini, SGD)", "full-batch epochs to 0.01", "mini-batch's fewest epochs - SGD's most",
                 "full-batch's epochs - mini-batch's most", "SGD's least time - others' most (ms)",
                 "largest final gap", "val. loss spread", "0.1 / SGD's chosen α", "mean jitter ratio", "checks failed")
counted = lambda test: lambda rows: f"{sum(bool(test(x)) for x in rows)} of {len(rows)}"   # "7 of 15"


# Each claim: the prose's words (as in the notebook), what is measured, over which seeds, how (a count of the seeds
# passing a test, or a range rounded as the prose rounds it), and what the prose states.
CLAIMS = [
    ("one with the three seeds here", "SGD within 0.01 of the minimum after 1 epoch (the notebook's seeds)",
     NOTEBOOK_SEEDS, counted(lambda x: x["SGD epochs to 0.01"] == 1), "3 of 3"),
    ("two with 7 of 15 other seeds we tried", "SGD within 0.01 of the minimum after 2 epochs (not 1)",
     tuple(range(3, 18)), counted(lambda x: x["SGD epochs to 0.01"] == 2), "7 of 15"),
    ("it jittered less with 17 of the 18 seeds we tried", "jitter, constant α = 0.05 / decay, above 1",
     tuple(range(18)), counted(lambda x: x["jitter ratio"] > 1), "17 of 18"),
    ("17 of the 18 seeds we tried (0 to 17), up to 4.1 times less", "jitter, constant α = 0.05 / decay, the highest",
     tuple(range(18)),
     lambda rows: f"{max(x['jitter ratio'] for x in rows):.1f}", "4.1"),
    ("closer to the minimum with these three seeds", "final gap to the minimum smaller with decay",
     NOTEBOOK_SEEDS, counted(lambda x: x["gap, decay"] < x["gap, constant α"]), "3 of 3"),
    ("and with 14 of those 18", "final gap to the minimum smaller with decay", tuple(range(18)),
     counted(lambda x: x["gap, decay"] < x["gap, constant α"]), "14 of 18"),
]
EPOCHS = "per epoch: SGD is within 0.01 of the minimum after one or two epochs (every seed)"
# Each self-check whose value depends on the seeds: section, the check's words and the code holding its bound (as in
# the notebook), what is measured (a column of the per-seed or the per-group table), the comparison and the bound.
BOUNDS = [
    ("6", EPOCHS, 'epochs_needed.max()["stochastic (1)"] <= 2', "SGD epochs to 0.01", "<=", 2),
    ("6", EPOCHS, 'epochs_needed.max()["stochastic (1)"] < epochs_needed.min()["mini-batch (32)"]',
     "mini-batch's fewest epochs - SGD's most", ">", 0),
    ("6", EPOCHS, 'epochs_needed.max()["mini-batch (32)"] < epochs_needed.min()["full-batch"]',
     "full-batch's epochs - mini-batch's most", ">", 0),
    ("6", "per millisecond: SGD needs more computing time than full-batch and mini-batches to come within 0.01",
     'time_needed.min()["stochastic (1)"] > max(time_needed.max()["full-batch"], time_needed.max()["mini-batch (32)"])',
     "SGD's least time - others' most (ms)", ">", 0),
    ("6", "largest final gap to the minimum (all methods and seeds)",
     'per_seed["final gap to the minimum"].max(), 0.0, 0.01', "largest final gap", "<=", 0.01),
    ("6", "spread of the validation loss over methods and seeds", 'per_seed["validation loss"].min(), 0.0, 0.005',
     "val. loss spread", "<=", 0.005),
    ("6", "test ROC AUC of the mini-batch model", "auc_model, 0.97, 1.0", "mini-batch test AUC", ">=", 0.97),
    ("6", "test sensitivity of the mini-batch model at 0.5", 'test_metrics["sensitivity"], 0.85, 1.0',
     "mini-batch test sensitivity", ">=", 0.85),
    ("7", "α0 = 0.1 compared with the constant rate chosen for SGD", '0.1 / chosen_lr["stochastic (1)"], 2.0, tol=1e-9',
     "0.1 / SGD's chosen α", "=", 2.0),
    ("7", "with decay, the loss jitters over 1.4 times less than at the constant rate chosen in",
     "jitter_ratio > 1.4", "mean jitter ratio", ">", 1.4),
]
COMPARE = {">": lambda v, b: v > b, ">=": lambda v, b: v >= b, "<=": lambda v, b: v <= b,
           "=": lambda v, b: abs(v - b) <= 1e-9}


def cells(text: str) -> list[str]:
    return [c for c in re.split(r"^# %%.*$", text, flags=re.M) if "google.colab" not in c]   # Colab cell left out


def rerun_cells(source: str) -> list[str]:
    """The cells rerun per group: from the one holding the seed line to the end marker, the seed line replaced."""
    every = cells(source[:source.index(END_MARKER)])
    return [c.replace(*SEED_LINE) for c in every[next(k for k, c in enumerate(every) if SEED_LINE[0] in c):]]


def missing(source: str) -> list[str]:
    """What this script needs and the notebook's source lacks (end marker, seed line once, names); [] if nothing."""
    if END_MARKER not in source:
        return [f"the marker {END_MARKER!r}"]
    prefix = source[:source.index(END_MARKER)]
    if prefix.count(SEED_LINE[0]) != 1:
        return [f"the line {SEED_LINE[0]!r} (once; found {prefix.count(SEED_LINE[0])} times)"]
    tree = ast.parse(prefix)
    defined = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    defined |= {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    defined |= {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
    return sorted(set(NAMES) - defined)


def run_cells(g: dict, code: list[str], failed: list[str]) -> dict:
    """Execute ``code`` in the namespace ``g``, failed self-checks recorded in ``failed``; return ``g``."""
    with recorded_checks(failed):
        for c in code:
            exec(compile(c, str(SOURCE), "exec"), g)
    return g


def seed_rows(g: dict) -> list[dict]:
    """One row per seed of the group just run, read from the notebook's own variables (per_seed, decay tables)."""
    rows, table = [], g["per_seed"]
    for k, seed in enumerate(g["SEEDS"]):
        sgd, mini = (table[table["method"] == name].iloc[k] for name in (SGD, MINI))
        p_te = g["sigmoid"](g["X1_te"] @ g["chosen"][MINI][k][0])       # as section 6 scores its mini-batch model
        const, dec = g["constant"].loc[seed], g["decayed"].loc[seed]
        values = (sgd["epochs to within 0.01 of the minimum"], mini["epochs to within 0.01 of the minimum"],
                  sgd["validation loss"], mini["validation loss"], g["metrics"].roc_auc(g["y_te"], p_te),
                  g["metrics"].binary_metrics(g["y_te"], (p_te >= 0.5).astype(int))["sensitivity"], const.iloc[0],
                  dec.iloc[0], const.iloc[0] / dec.iloc[0], const["final gap to the minimum"],
                  dec["final gap to the minimum"])
        rows.append({"seed": seed, **{c: float(v) for c, v in zip(SEED_COLUMNS, values)}})
    return rows


def group_row(g: dict, failed: list[str]) -> dict:
    """The group's figures as section 6's and 7's checks compute them."""
    most, fewest, time_ = g["epochs_needed"].max(), g["epochs_needed"].min(), g["time_needed"]
    losses = g["per_seed"]["validation loss"]
    values = (fewest[FULL], fewest[MINI] - most[SGD], fewest[FULL] - most[MINI],
              time_.min()[SGD] - max(time_.max()[FULL], time_.max()[MINI]),
              g["per_seed"]["final gap to the minimum"].max(), losses.max() - losses.min(),
              0.1 / g["chosen_lr"][SGD], g["jitter_ratio"], len(failed))
    return {"seeds": tuple(g["SEEDS"]), "failed": failed, GROUP_COLUMNS[0]: ", ".join(
        f"{g['chosen_lr'][m]:g}" for m in (FULL, MINI, SGD)), **dict(zip(GROUP_COLUMNS[1:], map(float, values)))}


def cell(value, column: str = "") -> str:
    integer = "epochs" in column or column == "checks failed"
    return value if isinstance(value, str) else str(int(value)) if integer else f"{value:.4g}"


def spread(values: list, column: str = "") -> str:
    return f"{cell(min(values), column)} to {cell(max(values), column)} (mean {sum(values) / len(values):.4g})"


def tables(seeds: list[dict], groups: list[dict]) -> list[str]:
    lines = ["## Per seed", "", "Epochs to 0.01: the first epoch after which the training loss is within 0.01 of the "
             "minimum; val.: validation tumours; test: the mini-batch model of that seed at 0.5 (the notebook scores "
             "its group's first seed); jitter: standard deviation of SGD's training loss over epochs 3-10, at the "
             "constant α = 0.05 and with decay (section 7); gap: final training loss minus the minimum.", "",
             "| seed | " + " | ".join(SEED_COLUMNS) + " |", "|---|" + "---|" * len(SEED_COLUMNS)]
    lines += [f"| {x['seed']} | " + " | ".join(cell(x[c], c) for c in SEED_COLUMNS) + " |" for x in seeds]
    lines += ["| lowest to highest (mean) | " + " | ".join(spread([x[c] for x in seeds], c) for c in SEED_COLUMNS)
              + " |", "", "## Per group of three seeds (the notebook's SEEDS)", "",
              "Each group reruns the notebook from its `SEEDS` cell on; its checks judge the group as they judge "
              "seeds 0-2. Times: epochs to 0.01 x the median time of one epoch on this machine.", "",
              "| seeds | " + " | ".join(GROUP_COLUMNS) + " |", "|---|" + "---|" * len(GROUP_COLUMNS)]
    lines += [f"| {x['seeds'][0]}-{x['seeds'][-1]} | " + " | ".join(cell(x[c], c) for c in GROUP_COLUMNS) + " |"
              for x in groups]
    failed = [f"- seeds {x['seeds'][0]}-{x['seeds'][-1]}: **failed** {' / '.join(x['failed'])}" for x in groups
              if x["failed"]]
    return lines + [""] * bool(failed) + failed


def claim_lines(seeds: list[dict], words: str) -> list[str]:
    lines = ["", "## Claims", "", "Each phrase is quoted from the notebook beside what its prose states.", "",
             "| notebook's words | what is measured | seeds | prose | measured | agree |", "|---|---|---|---|---|---|"]
    by_seed = {x["seed"]: x for x in seeds}
    for phrase, what, which, measure, stated in CLAIMS:
        found = "" if phrase in words else " (**not in the notebook any more**)"
        got = measure([by_seed[s] for s in which]) if set(which) <= set(by_seed) else ""
        agree = "n/a (seeds not run)" if not got else "yes" if got == stated else "**NO**"
        lines.append(f"| \"...{phrase}...\"{found} | {what} | {which[0]}-{which[-1]} | {stated} | {got} | {agree} |")
    return lines


def bound_lines(seeds: list[dict], groups: list[dict], text: str) -> list[str]:
    lines = ["", "## Self-check bounds", "", "Each check that depends on the seeds, measured per seed or per group of "
             "three. Margin: the distance from the bound to the nearest end of the range; a bound inside the range "
             "fails for some seeds.", "",
             "| section | check (the notebook's words) | measured | bound | lowest-highest | margin | passing |",
             "|---|---|---|---|---|---|---|"]
    for section, message, code, what, op, bound in BOUNDS:
        rows, unit = (seeds, "seeds") if what in SEED_COLUMNS else (groups, "groups")
        values = [x[what] for x in rows]
        margin = min(values) - bound if op.startswith(">") else bound - max(values)
        passing = sum(COMPARE[op](v, bound) for v in values)
        digits = 0 if all(float(v).is_integer() for v in values + [bound]) else 4
        shown = f"{margin:.{digits}f}" if passing == len(values) else f"**inside the range** ({margin:.{digits}f})"
        if op == "=":                                           # an equality: no margin, it holds or it does not
            shown = "exact" if passing == len(values) else "**differs**"
        found = "" if message in text and code in text else " (**not in the notebook any more**)"
        lines.append(f"| {section} | \"{message}\"{found} | {what} | {op} {bound:g} | {min(values):.{digits}f}-"
                     f"{max(values):.{digits}f} | {shown} | {passing} of {len(values)} {unit} |")
    return lines


def render(seeds: list[dict], groups: list[dict], text: str, header: list[str]) -> str:
    return "\n".join(header + [""] + tables(seeds, groups) + claim_lines(seeds, prose(text))
                     + bound_lines(seeds, groups, text)) + "\n"


def refuse(lacking: list[str]) -> None:
    seed_tools.refuse(SOURCE.relative_to(ROOT), "seed_spread_04.py", lacking, "NAMES, END_MARKER or SEED_LINE")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="0-17", help="groups of three seeds, '0-17' or '0,1,2,6,7,8' (default 0-17)")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "SEED_SPREAD_04.md",
                        help="write the Markdown report here (default benchmarks/SEED_SPREAD_04.md; '-': print only)")
    args = parser.parse_args(argv)
    output = None if str(args.output) == "-" else args.output.resolve()      # before moving to notebooks/
    seeds, size = parse_seeds(args.seeds), len(NOTEBOOK_SEEDS)
    if len(seeds) % size:
        sys.exit(f"--seeds {args.seeds}: give seeds in groups of {size} (the notebook's SEEDS), e.g. 0-17")
    text = SOURCE.read_text(encoding="utf-8")
    refuse(missing(text))
    start, load_start, own_failed = time.perf_counter(), os.getloadavg(), []
    os.chdir(SOURCE.parents[1])                                               # notebooks/, where the notebook runs
    seed_tools.without_windows()
    import numpy as np
    import sklearn
    per_group = rerun_cells(text)
    g = run_cells({"__name__": "__main__"}, cells(text[:text.index(END_MARKER)]), own_failed)   # the notebook's run
    refuse([name for name in NAMES if name not in g])
    own = {x["seed"]: x for x in seed_rows(g)}
    seed_table, groups = [], []
    for first in range(0, len(seeds), size):
        failed, g["SWEEP_SEEDS"] = [], tuple(seeds[first:first + size])
        seed_table += seed_rows(run_cells(g, per_group, failed))
        groups.append(group_row(g, failed))
        print(f"seeds {g['SEEDS']} done ({time.perf_counter() - start:.0f} s)", file=sys.stderr, flush=True)
    same = [np.array_equal([x[c] for c in SEED_COLUMNS], [own[x["seed"]][c] for c in SEED_COLUMNS], equal_nan=True)
            for x in seed_table if x["seed"] in own]
    header = [
        "# Notebook 04: the three descent methods and the decaying rate over seeds, and the claims of its prose", "",
        seed_tools.command_line("seed_spread_04.py", argv),
        seed_tools.machine_line(start, load_start, f"NumPy {np.__version__}, scikit-learn {sklearn.__version__}"),
        "- `notebooks/source/04_gradient_descent.py` ran once up to \"Momentum\" (section 7); then, for each group of "
        "three seeds, its cells from `SEEDS = (0, 1, 2)` on, with `SEEDS` = the group (learning rates chosen again "
        "on validation, section 6's table and checks, the test-set model, section 7's decay runs and checks).",
        seed_tools.identical_line("The notebook's own seeds (0-2) come out identical here", same),
        seed_tools.self_checks_line(own_failed),
    ]
    report = render(seed_table, groups, text, header)
    return seed_tools.finish(report, output)


if __name__ == "__main__":
    raise SystemExit(main())
