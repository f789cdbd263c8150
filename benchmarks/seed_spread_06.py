"""Notebook 06's claims over 20 seeds, reproduced: the box MLP (section 4) and the over-fitting networks (section 8).

Notebook 06 trains its 2-16-16-1 "box" MLP with seed 0 (section 4) and its over-fitting experiment with seeds 0-2
(section 8); its prose and self-checks add what 20 seeds trained the same way showed "outside the notebook" ("trained
with 20 seeds (0 to 19), the network missed only alerts inside the box in 15 of them", "seed by seed it was lower in
15 of the 20 seeds we tried"). This script is that outside: it runs the notebook's source up to section 9 once
(figures closed, nothing displayed, the Colab cell skipped, self-checks recorded instead of raised), then for each
seed runs the notebook's own training cells again with only the seed changed: section 4's cell with
``torch.manual_seed(seed)`` and mini-batches shuffled with ``seed``, section 8's cell with ``SEEDS = (seed,)``. It
writes one row per seed, the ranges, each claim of the prose counted beside the count the prose states, and each
self-check of sections 4 and 8 measured seed by seed against its bound (the margin between the bound and the range).

Usage (from the repository root; about a minute for 20 seeds on one core: the notebook prefix, then ~2 s a seed)::

    .venv/bin/python benchmarks/seed_spread_06.py --seeds 0-19      # writes benchmarks/SEED_SPREAD_06.md

``--output -`` prints the report without writing it (for a trial over a few seeds).

Numbers are those of this machine and torch version; a CPU that rounds differently may move a seed.
"""

from __future__ import annotations

import argparse
import ast
import math
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # this folder: seed_tools, shared by the seed scripts
import seed_tools  # noqa: E402
from seed_tools import parse_seeds, prose, recorded_checks  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "notebooks" / "source" / "06_mlp.py"
SECTION_MARKER = "# ## 9. Saving and reloading"     # the source runs up to the cell holding this line
# The seed lines of the notebook's training cells, and what each becomes for seed SWEEP_SEED (each must occur once).
BOX_SEED_LINES = (("torch.manual_seed(0)\nbox_mlp = ", "torch.manual_seed(SWEEP_SEED)\nbox_mlp = "),
                  ("MiniBatches(Xm_t, ym_t, batch_size=64)", "MiniBatches(Xm_t, ym_t, batch_size=64, seed=SWEEP_SEED)"))
OVERFIT_SEED_LINES = (("SEEDS = (0, 1, 2)\n", "SEEDS = (SWEEP_SEED,)\n"),)
NAMES = ("MiniBatches", "loss_fn", "metrics", "box_mlp", "box_mlp_proba", "box_neuron", "Xm_test", "Xm_test_s",
         "ym_test", "in_box", "hb_abnormal", "big_mlp", "variants", "SEEDS", "overfit_runs", "overfit_histories",
         "mlp_rows", "mlp_probability")
BOX_COLUMNS = ("sensitivity", "specificity", "alerts missed", "inside the box", "outside the box",
               "haemoglobin abnormal")
MODELS = ("no remedy", "early stopping", "weight decay", "dropout", "logistic regression (same 300)")
RUN_COLUMNS = ("epochs run", "epoch of the lowest validation loss", "lowest validation loss",
               "validation loss of the kept model", "last training loss", "held-out AUC")
INTEGER_COLUMNS = {"alerts missed", "inside the box", "outside the box", "haemoglobin abnormal", "epochs run",
                   "epoch of the lowest validation loss"}


def box(x):
    return x["box"]


def run(x, model, column):
    return x["runs"][model][column]


def es_below(x):
    return run(x, "early stopping", "held-out AUC") < run(x, "no remedy", "held-out AUC")


# Each claim: the prose's words (as in the notebook: markdown, or a code comment), what is counted, the test of one
# seed's row x, and the count the prose states over 20 seeds.
CLAIMS = [
    ("trained with 20 seeds (0 to 19), the network missed only alerts inside the box in 15 of them",
     "box MLP: no missed alert outside the normal box", lambda x: box(x)["outside the box"] == 0, 15),
    ("in the other 5 it also missed 1 to 4 alerts outside it", "box MLP: 1 to 4 missed alerts outside the box",
     lambda x: 1 <= box(x)["outside the box"] <= 4, 5),
    ("seed by seed it was lower in 15 of the 20 seeds we tried (0 to 19)",
     "held-out AUC lower with early stopping than with no remedy", es_below, 15),
    ("lower with early stopping in 15 of 20 seeds", "held-out AUC lower with early stopping than with no remedy "
     "(the code comment)", es_below, 15),
]

# Each self-check of sections 4 and 8 whose value depends on the seed: section, the check's words (as in the
# notebook), the code holding its bound (as in the notebook), what is measured per seed, its value for one seed's row
# x, the comparison, and the bound (a number, or a name: a value of the notebook's own run, resolved in BOUND_VALUES).
# A check whose words start with a model's name ("dropout: ...") is written in the notebook as an f-string: its words
# are looked for there from after the name.
BOUNDS = [
    ("4", "sensitivity of the MLP alert (test)", '"sensitivity"], 0.7, 1.0', "box MLP: sensitivity",
     lambda x: box(x)["sensitivity"], ">=", 0.7),
    ("4", "specificity of the MLP alert (test)", '"specificity"], 0.9, 1.0', "box MLP: specificity",
     lambda x: box(x)["specificity"], ">=", 0.9),
    ("4", "the hidden layers catch at least 30 points more of the alerts than one neuron",
     '> box_table.loc["one neuron", "sensitivity"] + 0.3', "box MLP's sensitivity minus one neuron's",
     lambda x: box(x)["sensitivity"] - x["neuron sensitivity"], ">", 0.3),
    ("4", "most of the alerts the MLP misses lie inside the normal box", "(missed & in_box).sum() > missed.sum() / 2",
     "missed alerts inside the box minus half of all missed", lambda x: box(x)["inside the box"]
     - box(x)["alerts missed"] / 2, ">", 0),
    ("8", "without remedy, in every seed, the validation loss climbs well above its lowest point (over-fitting)",
     'plain["lowest validation loss"] + 0.1', "no remedy: kept model's validation loss minus the lowest",
     lambda x: run(x, "no remedy", "validation loss of the kept model") - run(x, "no remedy", "lowest validation "
                                                                                               "loss"), ">", 0.1),
    ("8", "without remedy, in every seed, the training loss falls below 0.15 (memorised)",
     '["train_loss"][-1] for seed in SEEDS) < 0.15', "no remedy: last training loss",
     lambda x: run(x, "no remedy", "last training loss"), "<", 0.15),
    ("8", "early stopping stopped before epoch 60 in every seed", 'runs.loc["early stopping", "epochs run"] < 60',
     "early stopping: epochs run", lambda x: run(x, "early stopping", "epochs run"), "<", 60),
    *[("8", f"{name}: in every seed, the final validation loss is far below the unprotected network's",
       '< plain["validation loss of the kept model"] - 0.1', f"kept model's validation loss, no remedy minus {name}",
       lambda x, name=name: run(x, "no remedy", "validation loss of the kept model")
       - run(x, name, "validation loss of the kept model"), ">", 0.1) for name in ("weight decay", "dropout")],
    ("8", "no network trained on 300 patients reaches section 7's network (10,800 patients), in any seed",
     'auc_big.max() < mlp_rows["ROC AUC"].min()', "highest held-out AUC of the 4 big networks",
     lambda x: max(run(x, name, "held-out AUC") for name in MODELS[:4]), "<", "section 7's lowest MLP AUC"),
    ("8", "with weight decay, the big network beats logistic regression on the same 300 patients, in every seed",
     '> runs.loc["logistic regression (same 300)", "held-out AUC"] + 0.03',
     "held-out AUC, weight decay minus logistic regression",
     lambda x: run(x, "weight decay", "held-out AUC") - run(x, MODELS[4], "held-out AUC"), ">", 0.03),
]
BOUND_VALUES = {"section 7's lowest MLP AUC": lambda g: float(g["mlp_rows"]["ROC AUC"].min())}
COMPARE = {">": lambda v, b: v > b, ">=": lambda v, b: v >= b, "<": lambda v, b: v < b}


def count(claim, seeds: list[dict]) -> int:
    """How many seeds pass the claim's test."""
    return sum(bool(claim[2](x)) for x in seeds)



def cells(source: str) -> list[str]:
    """The notebook's cells before section 9, Colab cell left out."""
    return [cell for cell in re.split(r"^# %%.*$", source[:source.index(SECTION_MARKER)], flags=re.M)
            if "google.colab" not in cell]


def missing(source: str) -> list[str]:
    """What this script needs from the notebook's source and does not find there (names before section 9, the
    section marker, each seed line once); an empty list when all is there."""
    if SECTION_MARKER not in source:
        return [f"the section marker {SECTION_MARKER!r}"]
    prefix = source[:source.index(SECTION_MARKER)]
    tree = ast.parse(prefix)
    defined = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    defined |= {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    defined |= {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
    return sorted(set(NAMES) - defined) + [f"the line {old!r} (once; found {prefix.count(old)} times)"
                                           for old, _ in BOX_SEED_LINES + OVERFIT_SEED_LINES if prefix.count(old) != 1]


def seeded(source: str, lines) -> str:
    """The one cell holding every seed line of ``lines``, with each seed line replaced by its SWEEP_SEED form."""
    cell = next(cell for cell in cells(source) if all(old in cell for old, _ in lines))
    for old, new in lines:
        cell = cell.replace(old, new)
    return cell


def run_notebook(source: str, failed: list[str]) -> dict:
    """Execute the notebook's cells before section 9 (Colab cell skipped, figures closed); return its variables."""
    seed_tools.without_windows()
    namespace = {"__name__": "__main__"}
    with recorded_checks(failed):
        for cell in cells(source):
            exec(compile(cell, str(SOURCE), "exec"), namespace)
    return namespace


def box_row(g: dict, proba) -> dict:
    """Section 4's figures for one box MLP, from its P(alert) on the test men, as the notebook computes them."""
    pred = (proba >= 0.5).astype(int)
    table = g["metrics"].metrics_table({"one neuron": (g["ym_test"], g["box_neuron"].predict(g["Xm_test_s"])),
                                        "MLP 2-16-16-1": (g["ym_test"], pred)})
    missed = (g["ym_test"] == 1) & (pred == 0)
    return {"sensitivity": table.loc["MLP 2-16-16-1", "sensitivity"],
            "specificity": table.loc["MLP 2-16-16-1", "specificity"], "alerts missed": int(missed.sum()),
            "inside the box": int((missed & g["in_box"]).sum()), "outside the box": int((missed & ~g["in_box"]).sum()),
            "haemoglobin abnormal": int((missed & g["hb_abnormal"]).sum()),
            "neuron sensitivity": table.loc["one neuron", "sensitivity"]}


def overfit_rows(g: dict, runs, histories, seed: int) -> dict:
    """Section 8's table rows of one seed (the notebook's columns, and the last training loss), by model."""
    rows = {}
    for record in runs[runs["seed"] == seed].to_dict("records"):
        hist = histories.get((record["model"], seed))
        rows[record["model"]] = {**record, "last training loss": hist["train_loss"][-1] if hist else math.nan}
    return rows


def train_seed(g: dict, source: str, seed: int, failed: list[str]) -> dict:
    """Seed ``seed``: the notebook's section 4 and section 8 training cells run again with only the seed changed."""
    with recorded_checks(failed):
        g["SWEEP_SEED"] = seed
        exec(compile(seeded(source, BOX_SEED_LINES), str(SOURCE), "exec"), g)
        proba = g["box_mlp_proba"](g["Xm_test"])           # the notebook's function, on the model just trained
        exec(compile(seeded(source, OVERFIT_SEED_LINES), str(SOURCE), "exec"), g)
    row = box_row(g, proba)
    return {"seed": seed, "box": row, "neuron sensitivity": row.pop("neuron sensitivity"), "box proba": proba,
            "runs": overfit_rows(g, g["overfit_runs"], g["overfit_histories"], seed)}


def same_as_notebook(seeds: list[dict], own: dict) -> str:
    """Whether the seeds the notebook trains itself come out identical here (box: seed 0; section 8: its SEEDS)."""
    import numpy as np
    box_same = [np.array_equal(s["box proba"], own["box proba"]) for s in seeds if s["seed"] == 0]
    runs_same = [np.allclose([s["runs"][m][c] for m in MODELS for c in RUN_COLUMNS],
                             [own["runs"][s["seed"]][m][c] for m in MODELS for c in RUN_COLUMNS], rtol=0, atol=0,
                             equal_nan=True) for s in seeds if s["seed"] in own["runs"]]
    if not box_same and not runs_same:
        return "not run (none of the notebook's own seeds in this sweep)"
    if all(box_same + runs_same):
        return (f"yes (box MLP: {'seed 0' if box_same else 'not run'}; section 8: "
                f"{len(runs_same)} of its seeds {sorted(own['runs'])})")
    return "**NO** (the training here differs from the notebook's)"


def cell(value, column: str = "") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(int(value)) if column in INTEGER_COLUMNS else f"{value:.3f}"


def spread(values: list, column: str = "") -> str:
    """'lowest-highest (mean)' of the values that are numbers."""
    values = [v for v in values if not (isinstance(v, float) and math.isnan(v))]
    if not values:
        return ""
    digits = 1 if column in INTEGER_COLUMNS else 3
    return f"{cell(min(values), column)}-{cell(max(values), column)} ({sum(values) / len(values):.{digits}f})"


def seed_tables(seeds: list[dict]) -> list[str]:
    """Per-seed rows and ranges of section 4's box MLP and of section 8's networks."""
    lines = ["## Section 4: the box MLP (2-16-16-1), test men", "",
             f"Missed alerts: the test alerts the MLP does not flag (threshold 0.5); one neuron's sensitivity: "
             f"{cell(seeds[0]['neuron sensitivity'])}.", "",
             "| seed | " + " | ".join(BOX_COLUMNS) + " |", "|---|" + "---|" * len(BOX_COLUMNS)]
    lines += [f"| {s['seed']} | " + " | ".join(cell(s["box"][c], c) for c in BOX_COLUMNS) + " |" for s in seeds]
    lines += ["| lowest-highest (mean) | " + " | ".join(spread([s["box"][c] for s in seeds], c) for c in BOX_COLUMNS)
              + " |", "", "## Section 8: over-fitting on 300 patients, and three remedies", "",
              "| seed | model | " + " | ".join(RUN_COLUMNS) + " |", "|---|---|" + "---|" * len(RUN_COLUMNS)]
    lines += [f"| {s['seed']} | {m} | " + " | ".join(cell(s["runs"][m][c], c) for c in RUN_COLUMNS) + " |"
              for s in seeds for m in MODELS]
    lines += ["", f"Ranges over the {len(seeds)} seeds (lowest-highest, mean):", "",
              "| model | " + " | ".join(RUN_COLUMNS) + " |", "|---|" + "---|" * len(RUN_COLUMNS)]
    lines += [f"| {m} | " + " | ".join(spread([s["runs"][m][c] for s in seeds], c) for c in RUN_COLUMNS) + " |"
              for m in MODELS]
    return lines


def claim_lines(seeds: list[dict], words: str) -> list[str]:
    """Each claim's count beside the prose's."""
    n = len(seeds)
    lines = ["", "## Claims", "", f"Each phrase is quoted from the notebook; the prose states its count over 20 seeds "
             f"(0 to 19), measured here over {n}.", "",
             "| notebook's words | what is counted | prose | measured | agree |", "|---|---|---|---|---|"]
    for claim in CLAIMS:
        (phrase, what, _, stated), got = claim, count(claim, seeds)
        agree = "n/a (not 20 seeds)" if n != 20 else "yes" if got == stated else "**NO**"
        found = "" if phrase in words else " (**not in the notebook any more**)"
        lines.append(f"| \"...{phrase}...\"{found} | {what} | {stated} of 20 | {got} of {n} | {agree} |")
    return lines


def bound_lines(seeds: list[dict], bounds: dict, words: str) -> list[str]:
    """Each self-check's bound against the range measured over the seeds, its margin and the seeds that pass."""
    n = len(seeds)
    lines = ["", "## Self-check bounds", "", "Each check of sections 4 and 8 that depends on the seed, measured seed "
             "by seed (the notebook applies section 8's to each of its 3 seeds). Margin: the distance from the bound "
             "to the nearest end of the range; a bound inside the range fails for some seeds.", "",
             "| section | check (the notebook's words) | measured per seed | bound | lowest-highest | margin | "
             "seeds passing |", "|---|---|---|---|---|---|---|"]
    for section, message, code, what, value, op, bound in BOUNDS:
        limit = bounds[bound] if isinstance(bound, str) else bound
        values = [value(x) for x in seeds]
        margin = (min(values) - limit) if op.startswith(">") else (limit - max(values))
        passing = sum(COMPARE[op](v, limit) for v in values)
        digits = 0 if all(float(v).is_integer() for v in values + [limit]) else 3
        shown = f"{margin:.{digits}f}" if passing == n else f"**inside the range** ({margin:.{digits}f})"
        named = f"{bound}: {limit:.3f}" if isinstance(bound, str) else f"{limit:g}"
        found = "" if message.split(": ", 1)[-1] in words and code in words else " (**not in the notebook any more**)"
        lines.append(f"| {section} | \"{message}\"{found} | {what} | {op} {named} | {min(values):.{digits}f}-"
                     f"{max(values):.{digits}f} | {shown} | {passing} of {n} |")
    return lines


def render(seeds: list[dict], bounds: dict, text: str, header: list[str]) -> str:
    """The Markdown report: per-seed tables, ranges, each claim's count beside the prose's, each bound's margin."""
    words = prose(text)
    return "\n".join(header + [""] + seed_tables(seeds) + claim_lines(seeds, words)
                     + bound_lines(seeds, bounds, words)) + "\n"



def refuse(lacking: list[str]) -> None:
    seed_tools.refuse(SOURCE.relative_to(ROOT), "seed_spread_06.py", lacking,
                      "NAMES, SECTION_MARKER, BOX_SEED_LINES or OVERFIT_SEED_LINES")


def header_lines(argv, start: float, load_start, same: str, failed: list[str]) -> list[str]:
    import torch
    return [
        "# Notebook 06: the box MLP and the over-fitting networks over seeds, and the claims of its prose", "",
        seed_tools.command_line("seed_spread_06.py", argv),
        seed_tools.machine_line(start, load_start, f"torch {torch.__version__}, {torch.get_num_threads()} thread(s)"),
        "- `notebooks/source/06_mlp.py` ran once up to section 9; then, for each seed, its section 4 training cell "
        "(`torch.manual_seed(seed)`, mini-batches shuffled with `seed`) and its section 8 training cell "
        "(`SEEDS = (seed,)`: a new draw of the 300 patients, new starting weights, new mini-batches) ran again.",
        f"- The seeds the notebook trains itself come out identical here: {same}",
        seed_tools.self_checks_line(failed),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="0-19", help="'0-19' or '0,3,5' (default 0-19)")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "SEED_SPREAD_06.md",
                        help="write the Markdown report here (default benchmarks/SEED_SPREAD_06.md; '-': print only)")
    args = parser.parse_args(argv)
    output = None if str(args.output) == "-" else args.output.resolve()      # before moving to notebooks/
    text = SOURCE.read_text(encoding="utf-8")
    refuse(missing(text))
    start, load_start = time.perf_counter(), os.getloadavg()
    os.chdir(SOURCE.parents[1])                      # notebooks/, where the notebook runs
    failed: list[str] = []
    g = run_notebook(text, failed)
    refuse([name for name in NAMES if name not in g])
    own = {"box proba": g["box_mlp_proba"](g["Xm_test"]),
           "runs": {seed: overfit_rows(g, g["overfit_runs"], g["overfit_histories"], seed) for seed in g["SEEDS"]}}
    bounds = {name: resolve(g) for name, resolve in BOUND_VALUES.items()}
    seeds = []
    for seed in parse_seeds(args.seeds):
        seeds.append(train_seed(g, text, seed, []))
        print(f"seed {seed} done ({time.perf_counter() - start:.0f} s)", file=sys.stderr, flush=True)
    report = render(seeds, bounds, text, header_lines(argv, start, load_start, same_as_notebook(seeds, own), failed))
    return seed_tools.finish(report, output)


if __name__ == "__main__":
    raise SystemExit(main())
