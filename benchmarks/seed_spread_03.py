"""Notebook 03's claims over shuffle orders and splits, reproduced: section 7's neuron and section 10's comparison.

Notebook 03 trains its neuron with one shuffle order (section 7) and compares three models on 5 splits (section 10);
its prose and self-checks add what more of them showed outside the notebook ("each of the 22 shuffle orders we
tried", "29 of 30 splits when we tried 30"). This script is that outside: it runs the notebook's source up to its
exercises once (figures closed, the Colab cell skipped, self-checks recorded instead of raised), then the notebook's
own cells again with only the seed changed: per shuffle order, section 7's cells from its training cell on and
section 9's (which compares section 7's weights with scikit-learn), ``seed=SWEEP_SEED`` added to the three
``train_neuron`` calls; per window of 5 consecutive splits, section 10's cells from "The slides' neuron, trained" on,
with ``SEEDS = SWEEP_SPLITS`` (its checks judge 5 splits at once, as in the notebook). It writes one row per shuffle
order and per split, the ranges, each claim's count beside the prose's, and each seed-dependent self-check against
the measured range (its margin).

Usage (from the repository root; about 10 s on one core)::

    .venv/bin/python benchmarks/seed_spread_03.py --shuffles 0-21 --splits 0-29   # writes benchmarks/SEED_SPREAD_03.md

``--output -`` prints the report without writing it. Numbers are those of this machine and library versions.
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
SOURCE = ROOT / "notebooks" / "source" / "03_perceptron.py"
END_MARKER = "# ## Exercises"                           # the source runs up to the cell holding this line
SHUFFLE_PARTS = (("# ### Stochastic gradient descent, written out", "# ## 8. Your turn"),   # rerun per shuffle order
                 ("# ## 9. The same neuron", "# ## 10. The limits"))
SPLIT_PARTS = (("# ### The slides' neuron, trained", END_MARKER),)                           # rerun per window
SHUFFLE_LINES = (("y_val, w_start)\n", "y_val, w_start, seed=SWEEP_SEED)\n"),
                 ("target_error=0.04)", "target_error=0.04, seed=SWEEP_SEED)"),
                 ("patience=10)", "patience=10, seed=SWEEP_SEED)"))
SPLIT_LINES = (("SEEDS = range(5)\n", "SEEDS = SWEEP_SPLITS\n"),)
WINDOW = 5                                              # the notebook's SEEDS: section 10's checks judge 5 splits
NAMES = ("train_neuron", "w_sgd", "history", "hist_target", "hist_patience", "constant_loss", "m_half", "fpr_at_t",
         "neuron_row", "base_row", "loss_ours", "loss_sklearn", "agreement", "comparison", "scores_on_split",
         "MODELS", "TASKS", "SEEDS", "auc", "flagged")
# Checks of the rerun cells whose value no seed changes (an identity, and section 9's own fixed order).
UNSEEDED_CHECKS = ("AUC = share of (low count, normal count) pairs ranked right",
                   "weights after one epoch, NumPy vs PyTorch")
LOW, FULL = "low-count alert", "full alert (the slides')"
SHORT = ("one value", "section 7's neuron", "slides' neuron")        # the notebook's MODELS, in order
SHUFFLE_COLUMNS = ("updates", "train loss / bias-only", "first val. error", "last val. error", "lowest val. error",
                   "updates, 4 % rule", "updates, no-progress rule", "accuracy at 0.5", "sensitivity at 0.5",
                   "false alarms at 90 % (val.)", "test sensitivity", "test spec. - baseline's",
                   "test AUC - baseline's", "loss gap to scikit-learn", "same decision", "scikit-learn / ours, lowest",
                   "checks failed")
SPLIT_COLUMNS = tuple(f"{measure}: {model}" for measure in ("AUC", "flagged") for model in SHORT)
INTEGER_COLUMNS = {"updates", "updates, 4 % rule", "updates, no-progress rule", "checks failed"}

# Each claim: the prose's words (as in the notebook), what is counted, which rows ("shuffle" orders or "split"s),
# the test of one row x, the count the prose states and out of how many.
CLAIMS = [
    ("so it did with each of the 22 shuffle orders we tried", "4 % target never reached: lowest validation error "
     "above 4 %, the target rule ran all 8 epochs", "shuffle",
     lambda x: x["lowest val. error"] > 0.04 and x["updates, 4 % rule"] == x["updates"], 22, 22),
    ("it did on 29 of 30 splits when we tried 30", "low-count alert: test AUC of section 7's neuron above one value's",
     "split", lambda x: x[LOW]["AUC: section 7's neuron"] > x[LOW]["AUC: one value"], 29, 30),
    ("they beat it on 18 of those 30 splits", "low-count alert: test AUC of the slides' neuron above one value's",
     "split", lambda x: x[LOW]["AUC: slides' neuron"] > x[LOW]["AUC: one value"], 18, 30),
]


def mean(w: dict, table: str, task: str, k: int) -> float:
    return w[table][task].iloc[k].mean()    # over a window's splits, the k-th model (MODELS order) of auc or flagged


# What section 10's checks measure on a window of 5 splits (its auc and flagged tables, as the notebook builds them).
WINDOW_MEASURES = {
    "low: mean AUC, section 7's neuron minus one value": lambda w: mean(w, "auc", LOW, 1) - mean(w, "auc", LOW, 0),
    "low: mean share flagged, section 7's neuron / one value":
        lambda w: mean(w, "flagged", LOW, 1) / mean(w, "flagged", LOW, 0),
    "full: highest mean AUC": lambda w: w["auc"][FULL].mean(axis=1).max(),
    "full: SDs of slides' neuron and one value added, minus the gap of their mean AUCs":
        lambda w: w["auc"][FULL].iloc[[0, 2]].std(axis=1).sum()
        - abs(mean(w, "auc", FULL, 2) - mean(w, "auc", FULL, 0)),
    "full: lowest mean share flagged": lambda w: w["flagged"][FULL].mean(axis=1).min(),
}
# Each self-check whose value depends on a seed: section, the check's words and the code holding its bound (as in the
# notebook), what is measured (sections 7 and 9: a column of the shuffle-order table; section 10: one of
# WINDOW_MEASURES), the comparison and the bound (a number, or a value of the notebook's own run: BOUND_VALUES).
ACCURACY = "at threshold 0.5, accuracy above 90 % hides a sensitivity below 75 %"
FLAGGED_90 = "share of normal counts flagged to catch 90 % of low counts (validation)"
FEWER = "at the same 90 % rule, the neuron raises far fewer false alarms than the one-value baseline"
BOUNDS = [
    ("7.1", "the training loss fell below half that of a neuron that ignores the lab values (bias only)",
     '["train_loss"][-1] < 0.5 * constant_loss', "train loss / bias-only", "<", 0.5),
    ("7.1", "validation error of the bad starting weights", '["val_error"][0], 0.5, 1.0', "first val. error", ">=",
     0.5),
    ("7.1", "validation error after training", '["val_error"][-1], 0.0, 0.08', "last val. error", "<=", 0.08),
    ("7.2", "the 4 % target is never reached on the validation patients: that rule alone would never stop",
     'min(history["val_error"]) > 0.04', "lowest val. error", ">", 0.04),
    ("7.2", "the 'no progress' rule ends training before the maximum number of epochs",
     'hist_patience["step"][-1] < history["step"][-1]', "updates, no-progress rule", "<", "updates in 8 epochs"),
    ("7.3", ACCURACY, 'm_half["accuracy"] > 0.9', "accuracy at 0.5", ">", 0.9),
    ("7.3", ACCURACY, 'm_half["sensitivity"] < 0.75', "sensitivity at 0.5", "<", 0.75),
    ("7.4", FLAGGED_90, "fpr_at_t, 0.05, 0.3", "false alarms at 90 % (val.)", ">=", 0.05),
    ("7.4", FLAGGED_90, "fpr_at_t, 0.05, 0.3", "false alarms at 90 % (val.)", "<=", 0.3),
    ("7.5", "on the test patients the neuron still catches at least 80 % of low counts",
     'neuron_row["sensitivity"] >= 0.8', "test sensitivity", ">=", 0.8),
    ("7.5", FEWER, '> base_row["specificity"] + 0.1', "test spec. - baseline's", ">", 0.1),
    ("7.5", FEWER, 'neuron_row["AUC"] > base_row["AUC"]', "test AUC - baseline's", ">", 0),
    ("9", "training loss, ours vs scikit-learn", "loss_ours, loss_sklearn, tol=0.02", "loss gap to scikit-learn", "<=",
     0.02),
    ("9", "share of validation patients with the same decision", "agreement, 0.97, 1.0", "same decision", ">=", 0.97),
    ("9", "scikit-learn's weights are all larger than ours", '(comparison["scikit-learn / ours"] > 1).all()',
     "scikit-learn / ours, lowest", ">", 1),
    ("10", "low-count alert: section 7's neuron ranks patients better than the one-value baseline (mean AUC)",
     "> low.loc[baseline].mean() + 0.01", "low: mean AUC, section 7's neuron minus one value", ">", 0.01),
    ("10", "low-count alert: section 7's neuron flags less than half as many normal counts as the baseline",
     "< 0.5 * low_flagged.loc[baseline].mean()", "low: mean share flagged, section 7's neuron / one value", "<", 0.5),
    ("10", "full alert: every model stays below an AUC of 0.7, not far above a coin toss (0.5)",
     "full.mean(axis=1).max() < 0.7", "full: highest mean AUC", "<", 0.7),
    ("10", "full alert: the slides' neuron and one lab value differ by less than the spread between splits",
     "< full.loc[slides].std() + full.loc[baseline].std()",
     "full: SDs of slides' neuron and one value added, minus the gap of their mean AUCs", ">", 0),
    ("10", "full alert: to catch 90 % of alerts, every model flags most normal counts",
     "(the slides')\"].mean(axis=1).min() > 0.8", "full: lowest mean share flagged", ">", 0.8),
]
BOUND_VALUES = {"updates in 8 epochs": lambda g: g["history"]["step"][-1]}
COMPARE = {">": lambda v, b: v > b, ">=": lambda v, b: v >= b, "<": lambda v, b: v < b, "<=": lambda v, b: v <= b}


def part(source: str, parts, lines=()) -> str:
    """The source between each (start, end) pair of ``parts``, each seed line of ``lines`` replaced by its new form."""
    text = "".join(source[source.index(start) if start else 0:source.index(end)] for start, end in parts)
    for old, new in lines:
        text = text.replace(old, new)
    return text


def cells(text: str) -> list[str]:
    return [c for c in re.split(r"^# %%.*$", text, flags=re.M) if "google.colab" not in c]   # Colab cell left out


def missing(source: str) -> list[str]:
    """What this script needs from the notebook's source and does not find there (markers, names before the
    exercises, each seed line once in the cells rerun); an empty list when all is there."""
    markers = [m for parts in (SHUFFLE_PARTS, SPLIT_PARTS) for pair in parts for m in pair]
    lacking = [f"the marker {m!r}" for m in dict.fromkeys(markers) if m not in source]
    if lacking:
        return lacking
    tree = ast.parse(part(source, [(None, END_MARKER)]))
    defined = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    defined |= {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    for parts, lines in ((SHUFFLE_PARTS, SHUFFLE_LINES), (SPLIT_PARTS, SPLIT_LINES)):
        text = part(source, parts)
        lacking += [f"the line {old!r} (once; found {text.count(old)} times)" for old, _ in lines
                    if text.count(old) != 1]
    return sorted(set(NAMES) - defined) + lacking


def run_cells(g: dict, code: list[str], failed: list[str]) -> dict:
    with recorded_checks(failed):
        for c in code:
            exec(compile(c, str(SOURCE), "exec"), g)
    return g


def shuffle_row(g: dict, seed: int, failed: list[str]) -> dict:
    """Sections 7 and 9's figures of one shuffle order, read from the notebook's own variables."""
    h, r, b = g["history"], g["neuron_row"], g["base_row"]
    values = (h["step"][-1], h["train_loss"][-1] / g["constant_loss"], h["val_error"][0], h["val_error"][-1],
              min(h["val_error"]), g["hist_target"]["step"][-1], g["hist_patience"]["step"][-1],
              g["m_half"]["accuracy"], g["m_half"]["sensitivity"], g["fpr_at_t"], r["sensitivity"],
              r["specificity"] - b["specificity"], r["AUC"] - b["AUC"], abs(g["loss_ours"] - g["loss_sklearn"]),
              g["agreement"], g["comparison"]["scikit-learn / ours"].min(), len(failed))
    return {"seed": seed, "w": g["w_sgd"], **{c: float(v) for c, v in zip(SHUFFLE_COLUMNS, values)}}


def split_rows(window: dict) -> list[dict]:
    """One row per split of a window: per task, each model's test AUC and share of normal counts flagged."""
    return [{"split": s, **{task: {f"{m}: {name}": float(window[t][task].iloc[k][s]) for m, t in
                                   (("AUC", "auc"), ("flagged", "flagged")) for k, name in enumerate(SHORT)}
                            for task in (LOW, FULL)}} for s in window["splits"]]


def cell(value, column: str = "") -> str:
    return str(int(value)) if column in INTEGER_COLUMNS else f"{value:.3f}"


def spread(values: list, column: str = "") -> str:
    digits = 1 if column in INTEGER_COLUMNS else 3
    return f"{cell(min(values), column)}-{cell(max(values), column)} ({sum(values) / len(values):.{digits}f})"


def tables(rows: dict) -> list[str]:
    shuffles, splits, windows = rows["shuffle"], rows["split"], rows["window"]
    lines = ["## Sections 7 and 9: the neuron trained with each shuffle order", "",
             "val.: the validation patients; test: section 7.5's report; checks failed: of the rerun cells.", "",
             "| shuffle order | " + " | ".join(SHUFFLE_COLUMNS) + " |", "|---|" + "---|" * len(SHUFFLE_COLUMNS)]
    lines += [f"| {x['seed']} | " + " | ".join(cell(x[c], c) for c in SHUFFLE_COLUMNS) + " |" for x in shuffles]
    lines += ["| lowest-highest (mean) | " + " | ".join(spread([x[c] for x in shuffles], c) for c in SHUFFLE_COLUMNS)
              + " |", "", "## Section 10: the three models on each split (test patients)", "",
              "AUC: test ROC AUC; flagged: share of normal test counts flagged at the threshold that catches 90 % of "
              "the validation alerts.", "", "| split | task | " + " | ".join(SPLIT_COLUMNS) + " |",
              "|---|---|" + "---|" * len(SPLIT_COLUMNS)]
    lines += [f"| {x['split']} | {task} | " + " | ".join(cell(x[task][c]) for c in SPLIT_COLUMNS) + " |"
              for task in (LOW, FULL) for x in splits]
    lines += [f"| lowest-highest (mean) | {task} | " + " | ".join(spread([x[task][c] for x in splits])
                                                                 for c in SPLIT_COLUMNS) + " |" for task in (LOW, FULL)]
    lines += ["", f"Windows of {WINDOW} consecutive splits, each judged by section 10's own checks (the notebook's is "
              "the first): " + "; ".join(f"splits {w['splits'][0]}-{w['splits'][-1]}: " + (
                  "all passed" if not w["failed"] else "**failed** " + " / ".join(w["failed"])) for w in windows)]
    return lines


def claim_lines(rows: dict, words: str) -> list[str]:
    lines = ["", "## Claims", "", "Each phrase is quoted from the notebook beside the count its prose states.", "",
             "| notebook's words | what is counted | prose | measured | agree |", "|---|---|---|---|---|"]
    for phrase, what, kind, test, stated, total in CLAIMS:
        n, got = len(rows[kind]), sum(bool(test(x)) for x in rows[kind])
        agree = f"n/a (not {total} {kind}s)" if n != total else "yes" if got == stated else "**NO**"
        found = "" if phrase in words else " (**not in the notebook any more**)"
        lines.append(f"| \"...{phrase}...\"{found} | {what} | {stated} of {total} | {got} of {n} | {agree} |")
    return lines


def bound_lines(rows: dict, bounds: dict, words: str) -> list[str]:
    lines = ["", "## Self-check bounds", "", "Each check that depends on a seed, measured per shuffle order (sections "
             f"7 and 9) or per window of {WINDOW} splits (section 10). Margin: the distance from the bound to the "
             "nearest end of the range; a bound inside the range fails for some seeds.", "",
             "| section | check (the notebook's words) | measured | bound | lowest-highest | margin | passing |",
             "|---|---|---|---|---|---|---|"]
    for section, message, code, what, op, bound in BOUNDS:
        limit = bounds[bound] if isinstance(bound, str) else bound
        values = [WINDOW_MEASURES[what](w) for w in rows["window"]] if what in WINDOW_MEASURES else [
            x[what] for x in rows["shuffle"]]
        margin = (min(values) - limit) if op.startswith(">") else (limit - max(values))
        passing = sum(COMPARE[op](v, limit) for v in values)
        digits = 0 if all(float(v).is_integer() for v in values + [limit]) else 3
        shown = f"{margin:.{digits}f}" if passing == len(values) else f"**inside the range** ({margin:.{digits}f})"
        named = f"{bound}: {limit:g}" if isinstance(bound, str) else f"{limit:g}"
        found = "" if message in words and code in words else " (**not in the notebook any more**)"
        lines.append(f"| {section} | \"{message}\"{found} | {what} | {op} {named} | {min(values):.{digits}f}-"
                     f"{max(values):.{digits}f} | {shown} | {passing} of {len(values)} |")
    return lines


def render(rows: dict, bounds: dict, text: str, header: list[str]) -> str:
    words = prose(text)
    return "\n".join(header + [""] + tables(rows) + claim_lines(rows, words) + bound_lines(rows, bounds, words)) + "\n"


def refuse(lacking: list[str]) -> None:
    seed_tools.refuse(SOURCE.relative_to(ROOT), "seed_spread_03.py", lacking, "NAMES, the markers or the seed lines")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shuffles", default="0-21", help="section 7's shuffle orders, '0-21' or '0,3,5'")
    parser.add_argument("--splits", default="0-29", help="section 10's splits, '0-29' or '0,3,5'")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "SEED_SPREAD_03.md",
                        help="write the Markdown report here (default benchmarks/SEED_SPREAD_03.md; '-': print only)")
    args = parser.parse_args(argv)
    output = None if str(args.output) == "-" else args.output.resolve()      # before moving to notebooks/
    text = SOURCE.read_text(encoding="utf-8")
    refuse(missing(text))
    import torch
    start, load_start, own_failed = time.perf_counter(), os.getloadavg(), []
    os.chdir(SOURCE.parents[1])                                               # notebooks/, where the notebook runs
    seed_tools.without_windows()
    g = run_cells({"__name__": "__main__"}, cells(part(text, [(None, END_MARKER)])), own_failed)
    refuse([name for name in NAMES if name not in g])
    own = {"w": g["w_sgd"], "auc": g["auc"], "flagged": g["flagged"], "splits": list(g["SEEDS"])}
    bounds = {name: resolve(g) for name, resolve in BOUND_VALUES.items()}
    rows = {"shuffle": [], "split": [], "window": []}
    shuffle_code = cells(part(text, SHUFFLE_PARTS, SHUFFLE_LINES))
    for seed in parse_seeds(args.shuffles):
        failed, g["SWEEP_SEED"] = [], seed
        rows["shuffle"].append(shuffle_row(run_cells(g, shuffle_code, failed), seed, failed))
    split_code, splits = cells(part(text, SPLIT_PARTS, SPLIT_LINES)), parse_seeds(args.splits)
    for first in range(0, len(splits), WINDOW):
        failed, g["SWEEP_SPLITS"] = [], splits[first:first + WINDOW]
        run_cells(g, split_code, failed)
        window = {"auc": g["auc"], "flagged": g["flagged"], "splits": g["SWEEP_SPLITS"], "failed": failed}
        rows["window"].append(window)
        rows["split"] += split_rows(window)
    print(f"done ({time.perf_counter() - start:.0f} s)", file=sys.stderr, flush=True)
    same = [bool((x["w"] == own["w"]).all()) for x in rows["shuffle"] if x["seed"] == 0]
    same += [all(w[t][task].equals(own[t][task]) for t in ("auc", "flagged") for task in (LOW, FULL))
             for w in rows["window"] if w["splits"] == own["splits"]]
    header = [
        "# Notebook 03: the neuron over shuffle orders, the three models over splits, and the claims of its prose", "",
        seed_tools.command_line("seed_spread_03.py", argv),
        seed_tools.machine_line(start, load_start, f"torch {torch.__version__}, {torch.get_num_threads()} thread(s)"),
        "- `notebooks/source/03_perceptron.py` ran once up to its exercises; then, for each shuffle order, section 7's "
        "cells from its training cell on and section 9's cells (`train_neuron(..., seed=order)`), and for each window "
        f"of {WINDOW} splits, section 10's cells from \"The slides' neuron, trained\" on (`SEEDS` = the window).",
        seed_tools.identical_line("The notebook's own shuffle order (0) and splits (0-4) come out identical here",
                                  same),
        seed_tools.self_checks_line(own_failed),
    ]
    report = render(rows, bounds, text, header)
    return seed_tools.finish(report, output)


if __name__ == "__main__":
    raise SystemExit(main())
