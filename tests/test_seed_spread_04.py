"""benchmarks/seed_spread_04.py: notebook 04's claims over seeds ("7 of 15 other seeds we tried", "over 12 seeds we
tried", "10 of those 12") and the margins of its self-checks. Only the script's logic, the notebook's source and the
committed report are read here (seconds); the sweep itself (about 10 s) runs with
`.venv/bin/python benchmarks/seed_spread_04.py --seeds 0-17`."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from benchmark_support import claim_rows, load_script

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "benchmarks" / "SEED_SPREAD_04.md"
STALE = "benchmarks/SEED_SPREAD_04.md is stale: rerun .venv/bin/python benchmarks/seed_spread_04.py --seeds 0-17"


spread04 = load_script("seed_spread_04")
NOTEBOOK_04 = spread04.SOURCE.read_text(encoding="utf-8")
# Self-checks whose bound the committed sweep finds inside the measured range (a finding to fix in the notebook;
# the test of each turns into a failure, XPASS, once the bound and the report are fixed).
INSIDE_THE_RANGE: dict[str, str] = {}   # bound -> why it sits inside the measured range (none now)


def _report_rows(text: str, start: str) -> list[list[str]]:
    return [line.split(" | ") for line in text.splitlines() if line.startswith(start)]


def test_seed_spread_04_finds_its_names_the_marker_and_the_seed_line_in_notebook_04():
    assert spread04.missing(NOTEBOOK_04) == [], "seed_spread_04.py would refuse to run: update NAMES or the notebook"
    rerun = spread04.rerun_cells(NOTEBOOK_04)
    ast.parse("".join(rerun))
    assert spread04.SEED_LINE[1] in rerun[0] and spread04.SEED_LINE[0] not in "".join(rerun), "seed line not replaced"
    assert f"SEEDS = {spread04.NOTEBOOK_SEEDS}\n" == spread04.SEED_LINE[0], "NOTEBOOK_SEEDS differs from the notebook's"


def test_seed_spread_04_refuses_naming_what_the_notebook_lacks(tmp_path, monkeypatch):
    changed = tmp_path / "04_gradient_descent.py"
    monkeypatch.setattr(spread04, "SOURCE", changed)
    monkeypatch.setattr(spread04, "ROOT", tmp_path)
    changed.write_text(NOTEBOOK_04.replace("jitter_ratio", "jitter_factor"), encoding="utf-8")
    with pytest.raises(SystemExit, match=r"no longer has .*: jitter_ratio\. Update NAMES"):
        spread04.main(["--seeds", "0-2", "--output", "-"])
    changed.write_text(NOTEBOOK_04.replace("SEEDS = (0, 1, 2)\n", "SEEDS = (0, 1, 2, 3)\n"), encoding="utf-8")
    with pytest.raises(SystemExit, match=r"the line 'SEEDS = \(0, 1, 2\)\\n' \(once; found 0 times\)"):
        spread04.main(["--seeds", "0-2", "--output", "-"])
    changed.write_text(NOTEBOOK_04.replace(spread04.END_MARKER, "# **Heavy ball.**"), encoding="utf-8")
    with pytest.raises(SystemExit, match=re.escape("the marker '# **Momentum.**'")):
        spread04.main(["--seeds", "0-2", "--output", "-"])
    with pytest.raises(SystemExit, match="give seeds in groups of 3"):
        spread04.main(["--seeds", "0-3", "--output", "-"])


def test_seed_spread_04_counts_every_claim_of_the_prose_and_knows_every_bound():
    words = spread04.prose(NOTEBOOK_04)
    spans = [(m.start(), m.end()) for phrase, *_ in spread04.CLAIMS for m in re.finditer(re.escape(phrase), words)]
    for phrase, _, seeds, _, stated in spread04.CLAIMS:
        assert phrase in words, f"no longer in notebook 04's prose: {phrase!r}"
        said = set(re.findall(r"\d+(?:\.\d+)?", phrase.replace("three", "3")))
        assert set(re.findall(r"\d+(?:\.\d+)?", stated)) <= said, f"{phrase!r} does not state {stated!r}"
        assert str(len(seeds)) in said, f"{phrase!r} is not about {len(seeds)} seeds"
    for m in re.finditer(r"\b\d+ of (?:the |those )?\d+\b|\bwe tried\b", words):
        context = words[max(0, m.start() - 80):m.end() + 20]
        assert any(a <= m.start() and m.end() <= b for a, b in spans), f"a claim the script does not count: {context!r}"
    for section, message, code, what, _, bound in spread04.BOUNDS:
        assert message in NOTEBOOK_04, f"section {section}: no longer a check of notebook 04: {message!r}"
        assert code in NOTEBOOK_04, f"section {section}: the bound of {message!r} is no longer {code!r}"
        assert bound == 0 or re.search(rf"(?<![\d.]){re.escape(format(bound, 'g'))}(?:\.0+)?(?![\d.])", code), (
            f"{code!r} does not hold {bound}")
        assert what in spread04.SEED_COLUMNS + spread04.GROUP_COLUMNS, f"{what!r}: no such measured column"


def test_seed_spread_04_report_agrees_with_every_claim_of_the_prose():
    text = REPORT.read_text(encoding="utf-8")
    rows = claim_rows(text, spread04.CLAIMS, STALE)
    for row, (phrase, _, seeds, _, stated) in zip(rows, spread04.CLAIMS):
        assert row[2] == f"{seeds[0]}-{seeds[-1]}" and row[3] == stated, STALE
        assert row[5] == "yes |", f"the prose says {stated} ({phrase!r}), the report measured {row[4]!r}"
    assert "come out identical here: yes" in text, "the sweep's seeds 0-2 differ from the notebook's own run"
    assert "self-checks, on this machine: all passed" in text, "notebook 04's own self-checks failed in the sweep"


@pytest.mark.parametrize("bound", [pytest.param(b, id=b[3], marks=[pytest.mark.xfail(
    reason=f"bound inside the measured range ({INSIDE_THE_RANGE[b[3]]})", strict=True)] if b[3] in INSIDE_THE_RANGE
    else []) for b in spread04.BOUNDS])
def test_seed_spread_04_report_puts_each_bound_outside_the_measured_range(bound):
    section, message, _, what, op, limit = bound
    rows = _report_rows(REPORT.read_text(encoding="utf-8"), f"| {section} | ")
    row = next((r for r in rows if r[1] == f'"{message}"' and r[2] == what), None)
    assert row is not None, STALE
    assert row[0] == f"| {section}" and row[3] == f"{op} {limit:g}", STALE
    count = re.fullmatch(r"(\d+) of (\d+) (seeds|groups) \|", row[6])
    assert count and count[1] == count[2] and "inside" not in row[5] and "differs" not in row[5], (
        f"section {section}, {message!r}: the bound {op} {limit:g} lies inside the measured range {row[4]} "
        f"({row[6].removesuffix(' |')} pass)")


def test_seed_spread_04_counts_claims_and_measures_the_margin_of_each_bound():
    def seed(k):
        return {"seed": k, **dict.fromkeys(spread04.SEED_COLUMNS, 0.5), "SGD epochs to 0.01": 2 if k in (4, 9) else 1,
                "jitter ratio": 4.1 - 0.2 * k, "gap, constant α": 0.002, "gap, decay": 0.003 if k == 1 else 0.001,
                "mini-batch test AUC": 0.96 if k == 2 else 0.99}

    def group(first, spread, ratio):
        return {"seeds": (first, first + 1, first + 2), "failed": [], spread04.GROUP_COLUMNS[0]: "1, 0.2, 0.05",
                **dict.fromkeys(spread04.GROUP_COLUMNS[1:], 1.0), "val. loss spread": spread,
                "0.1 / SGD's chosen α": 2.0 if ratio > 2 else 10.0, "mean jitter ratio": ratio}

    seeds = [seed(k) for k in range(18)]
    groups = [group(0, 0.002, 3.0), group(3, 0.006, 1.3)]
    text = spread04.render(seeds, groups, NOTEBOOK_04, ["# header"])
    assert "| 0-2 | 3 of 3 | 2 of 3 | **NO** |" in text                        # seed 1: decay ends farther
    assert "| 3-17 | 7 of 15 | 2 of 15 | **NO** |" in text                      # 2 epochs: seeds 4 and 9 only
    assert "| 0-17 | 17 of 18 | 16 of 18 | **NO** |" in text                    # 4.1 - 0.2 k > 1 for k <= 15
    assert "| 0-17 | 4.1 | 4.1 | yes |" in text                                # the highest ratio, seed 0
    assert "| 0-17 | 14 of 18 | 17 of 18 | **NO** |" in text and "not in the notebook" not in text
    assert "| <= 2 | 1-2 | 0 | 18 of 18 seeds |" in text
    assert "| >= 0.97 | 0.9600-0.9900 | **inside the range** (-0.0100) | 17 of 18 seeds |" in text
    assert "| <= 0.005 | 0.0020-0.0060 | **inside the range** (-0.0010) | 1 of 2 groups |" in text
    assert "| > 1.4 | 1.3000-3.0000 | **inside the range** (-0.1000) | 1 of 2 groups |" in text
    assert "| = 2 | 2-10 | **differs** | 1 of 2 groups |" in text
    assert "| 0.96 to 0.99 (mean 0.9883) |" in text                                  # the test AUC: range and mean
    claims = spread04.render(seeds[:3], groups[:1], NOTEBOOK_04, [])
    assert "| 0-2 | 3 of 3 | 2 of 3 | **NO** |" in claims and claims.count("n/a (seeds not run)") == 4
    assert "| = 2 | 2-2 | exact | 1 of 1 groups |" in claims
