"""How much do notebook 09's checked results move when the U-Net starts from another random seed?

Notebook 09 trains one U-Net and builds sections 8 and 9 on its outlines. A claim its prose makes ("the rule
loses more AUC than the CNN to the U-Net's outline errors") or a bound its self-checks hold must not depend on
that one random start: a student's CPU that rounds differently would land on another trajectory. This script
runs the notebook's source top to bottom as a script, once per U-Net seed (figures closed, self-checks
recorded instead of raised), and writes the checked quantities per seed and their range.

Usage (from the repository root; about 15 s per seed, two at a time on two cores)::

    .venv/bin/python benchmarks/seed_spread.py --seeds 0-13 --output benchmarks/SEED_SPREAD.md

The notebook itself uses seed 0. Numbers are those of this machine and torch version; the point is the spread.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # this folder: seed_tools, shared by the seed scripts
from seed_tools import parse_seeds  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "notebooks" / "source" / "09_medical_imaging.py"
UNET_SEED_LINE = "torch.manual_seed(0)\nunet = UNet()"

# (column, how to compute it from the notebook's variables, what it is)
QUANTITIES = [
    ("U-Net val. Dice", "dice_per_slice(val.liver, pred_val).mean()",
     "U-Net, mean Dice on the validation slices (what its recipe was chosen on)"),
    ("U-Net Dice", "dice_pv.mean()", "U-Net, mean test Dice with contrast (check: 0.90 to 1)"),
    ("threshold Dice", "dice_threshold_pv.mean()", "HU threshold, mean test Dice with contrast"),
    ("rule AUC", "rule_row['test (U-Net outline)']", "darkest-spot rule, test AUC, U-Net outline (check: >= 0.75)"),
    ("rule loss", "rule_row['test, reference outline (oracle)'] - rule_row['test (U-Net outline)']",
     "AUC the rule loses with the U-Net's outline instead of the reference"),
    ("CNN AUC", "cnn_test.mean()", "lesion CNN, test AUC, mean of its 3 seeds (check: >= 0.75)"),
    ("CNN loss", "cnn_oracle.mean() - cnn_test.mean()", "AUC the CNN loses with the U-Net's outline"),
    ("CNN oracle gain, worst seed", "(cnn_oracle - cnn_test).min()",
     "AUC the reference outline adds to the CNN, smallest over its 3 seeds (check: > 0)"),
    ("CNN - rule AUC", "cnn_test.mean() - rule_row['test (U-Net outline)']",
     "test AUC, CNN (mean of its 3 seeds) minus rule (check: within 0.08 either way)"),
    ("CNN spec. at 0.5", "at_half['specificity']", "kept CNN, test specificity at threshold 0.5"),
    ("CNN screening sens.", "at_screen['sensitivity']",
     "kept CNN, test sensitivity at the threshold chosen for 95 % on validation (check: 0.8 to 1)"),
    ("CNN screening spec.", "at_screen['specificity']",
     "kept CNN, test specificity at that screening threshold (check: below 0.6)"),
    ("rule screening spec.", "rule_screen['specificity']", "rule, test specificity at its screening threshold"),
    ("CNN small at 0.5", "(p_test[groups['small (under 3 cm²)']] >= 0.5).mean()",
     "kept CNN, share of the small lesions (under 3 cm²) caught at threshold 0.5"),
    ("CNN large at 0.5", "(p_test[groups['large (3 cm² or more)']] >= 0.5).mean()",
     "kept CNN, share of the large lesions (3 cm² or more) caught at threshold 0.5"),
    ("aug. Dice no contrast", "dice_robust_nc.mean()",
     "augmented U-Net, mean Dice without contrast (check: >= 0.7, and 0.3 above the contrast-only U-Net's)"),
    ("aug. Dice contrast", "dice_robust_pv.mean()",
     "augmented U-Net, mean Dice with contrast (check: >= 0.8, below the U-Net's)"),
]

RUNNER = r'''
import json, os, sys
os.environ["MPLBACKEND"] = "Agg"
import matplotlib.pyplot as plt
import course_utils.checks as checks
failed = []
for name in ("true", "between", "close", "equal"):
    def recording(*args, _check=getattr(checks, name), **kwargs):
        try:
            return _check(*args, **kwargs)
        except Exception as error:            # a failed self-check: record it, go on
            failed.append(str(error).splitlines()[0])
    setattr(checks, name, recording)
source, seed, quantities, seed_line = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4]
code = open(source, encoding="utf-8").read()
if code.count(seed_line) != 1:                           # else every "seed" would run the notebook's own
    sys.exit(f"the line {seed_line!r} must appear once in {source}: update UNET_SEED_LINE in seed_spread.py")
code = code.replace(seed_line, seed_line.replace("manual_seed(0)", f"manual_seed({seed})"))
code = code.replace("plt.show()", "plt.close('all')")
os.chdir(os.path.dirname(os.path.dirname(source)))      # notebooks/, where the notebook runs
namespace = {"__name__": "__main__"}
exec(compile(code, source, "exec"), namespace)
print("RESULT " + json.dumps({"seed": seed, "failed": failed,
                              **{name: float(eval(expr, namespace)) for name, expr, _ in quantities}}))
'''


def run_seed(seed: int) -> dict:
    """Run the notebook's source with the U-Net seeded by ``seed``; return the checked quantities."""
    done = subprocess.run([sys.executable, "-c", RUNNER, str(SOURCE), str(seed), json.dumps(QUANTITIES),
                           UNET_SEED_LINE],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode or not lines:
        raise RuntimeError(f"seed {seed} failed:\n{done.stderr[-3000:]}")
    return json.loads(lines[-1].removeprefix("RESULT "))


def render(rows: list[dict]) -> str:
    names = [name for name, _, _ in QUANTITIES]
    lines = [
        "# Notebook 09: its checked results over U-Net seeds",
        "",
        f"- Date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; command: "
        "`.venv/bin/python benchmarks/seed_spread.py " + " ".join(sys.argv[1:]) + "`",
        "- Each row runs `notebooks/source/09_medical_imaging.py` top to bottom with the U-Net initialised from "
        "another seed (the notebook uses 0); everything downstream follows from that U-Net.",
        "",
        "| seed | " + " | ".join(names) + " | failed self-checks |",
        "|---|" + "---|" * (len(names) + 1),
    ]
    for row in rows:
        lines.append(f"| {row['seed']} | " + " | ".join(f"{row[n]:.3f}" for n in names)
                     + f" | {len(row['failed'])} |")
    lines.append("| **range** | " + " | ".join(f"{min(r[n] for r in rows):.3f}-{max(r[n] for r in rows):.3f}"
                                               for n in names) + " | |")
    n = len(rows)
    rule_more = sum(row["rule loss"] > row["CNN loss"] for row in rows)
    cnn_ahead = sum(row["CNN AUC"] > row["rule AUC"] for row in rows)
    unet_ahead = sum(row["U-Net Dice"] > row["threshold Dice"] for row in rows)
    small_missed = sum(row["CNN small at 0.5"] < row["CNN large at 0.5"] for row in rows)
    augmentation_price = sum(row["aug. Dice contrast"] < row["U-Net Dice"] for row in rows)
    lines += ["", "What the columns are:", ""] + [f"- **{name}**: {what}" for name, _, what in QUANTITIES]
    lines += ["", f"The rule lost more AUC than the CNN to the U-Net's outline in {rule_more} of {n} runs.",
              f"The CNN (mean of its 3 seeds) scored a higher test AUC than the rule in {cnn_ahead} of {n} runs.",
              f"The U-Net's mean test Dice beat the HU threshold's in {unet_ahead} of {n} runs.",
              f"At threshold 0.5 the CNN caught a smaller share of small lesions than of large ones in {small_missed} "
              f"of {n} runs.",
              f"On contrast slices the augmented U-Net's mean Dice was below the contrast-only U-Net's in "
              f"{augmentation_price} of {n} runs.",
              f"Runs with a failed self-check: {sum(bool(row['failed']) for row in rows)} of {n}."]
    for row in rows:
        for message in row["failed"]:
            lines.append(f"- seed {row['seed']}: {message}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="0-13", help="'0-13' or '0,3,5' (default 0-13)")
    parser.add_argument("--workers", type=int, default=2, help="runs at once (default 2)")
    parser.add_argument("--output", type=Path, help="write the Markdown table here (default: print it)")
    args = parser.parse_args(argv)
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        rows = sorted(pool.map(run_seed, parse_seeds(args.seeds)), key=lambda row: row["seed"])
    text = render(rows)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
