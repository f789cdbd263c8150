"""Load benchmark of a class on one server: N simulated students on the class hub, all at once (NOT a test).

It uses deploy/jupyterhub/simulate.py, like tests/test_classroom.py, with more students and a real notebook: N Unix
accounts are made, the hub starts on 127.0.0.1 with deploy/jupyterhub/jupyterhub_config.py, and every student, at
the same moment, logs in and starts their server (the 9:00 rush), clicks the nbgitpuller link, then runs NOTEBOOK top
to bottom through the kernel websocket API ("Run All"). A sampler records, every second, each student's memory
(PSS: shared libraries counted once across processes; and RSS) and CPU time (over all their processes), and the
machine's used memory. Everything is removed at the end. Run as root; it takes several minutes and most of the
machine (it stops early and cleans up if less than --min-free-gb of memory is left):

    .venv/bin/python benchmarks/classroom_load.py --students 30 --notebook student/03_perceptron.ipynb

It writes benchmarks/CLASSROOM.md (the lead merges it into RESULTS.md) and prints the same figures.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import platform
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from course_utils.instructor.classroom import nbgitpuller_link  # noqa: E402

FOLDER = "course"
BUDGET_S = 60  # one notebook, top to bottom, loaded machine (CONTRIBUTING.md, Budgets)
MB = 1024 * 1024


def _load_simulate():
    spec = importlib.util.spec_from_file_location("course_hub_simulate", ROOT / "deploy/jupyterhub/simulate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


simulate = _load_simulate()


class Sampler(simulate.MemorySampler):
    """MemorySampler plus each account's CPU seconds (largest user+system seen per process, summed), and a guard."""

    def __init__(self, uids, interval, min_free, on_low_memory):
        super().__init__(uids, interval)
        self.cpu: dict[int, float] = {}  # pid -> largest CPU time seen
        self.owner: dict[int, str] = {}
        self.names = {uid: name for name, uid in uids.items()}
        self.min_free, self.on_low_memory, self.low = min_free, on_low_memory, False

    def _sample(self) -> None:
        import psutil

        super()._sample()
        for proc in simulate.processes_of(self.uids.values()):
            with contextlib.suppress(psutil.Error):
                times = proc.cpu_times()
                self.cpu[proc.pid] = max(self.cpu.get(proc.pid, 0.0), times.user + times.system)
                self.owner[proc.pid] = self.names[proc.uids().real]
        if psutil.virtual_memory().available < self.min_free and not self.low:
            self.low = True
            threading.Thread(target=self.on_low_memory, daemon=True).start()

    def cpu_by_student(self) -> dict[str, float]:
        totals = dict.fromkeys(self.uids, 0.0)
        for pid, seconds in self.cpu.items():
            totals[self.owner[pid]] += seconds
        return totals


def _each(students, work):
    """``work(student)`` for every student at once; per student: (result or None, error text or None, seconds)."""
    def timed(student):
        began = time.monotonic()
        try:
            return work(student), None, time.monotonic() - began
        except Exception as err:  # noqa: BLE001 - a failure is a result of the benchmark
            return None, f"{type(err).__name__}: {str(err)[:300]}", time.monotonic() - began
    with ThreadPoolExecutor(len(students)) as pool:
        return list(pool.map(timed, students))


def run(students: int, notebook: str, min_free_gb: float) -> dict:
    import psutil

    load_before = os.getloadavg()
    room = simulate.Classroom(students)
    results: dict = {"students": students, "notebook": notebook, "load_before": load_before, "phases": {},
                     "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                     "failures": {}, "aborted": None}
    try:
        began = time.monotonic()
        room.open()
        results["phases"]["hub and accounts"] = time.monotonic() - began
        branch = simulate.git("symbolic-ref", "--short", "HEAD", cwd=room.bare).strip()
        link = nbgitpuller_link(room.hub.url, room.repo_url, branch=branch)

        def abort():
            results["aborted"] = f"less than {min_free_gb} GB of memory left: the class was stopped"
            room.hub.stop()

        sampler = Sampler(room.uids, 1.0, min_free_gb * 1024**3, abort)
        with sampler:
            phases = [
                ("log in and start the server", lambda s: (s.login(), s.get_token(), s.start_server())),
                ("click the link (first pull)", lambda s: s.click(link)),
                ("run the notebook", lambda s: s.run_notebook(f"{FOLDER}/{notebook}", cell_timeout=1800)),
            ]
            per_student = {s.name: {} for s in room.students}
            for phase, work in phases:
                began = time.monotonic()
                cpu_before = sampler.cpu_by_student()
                outcome = _each(room.students, work)
                results["phases"][phase] = time.monotonic() - began
                sampler._sample()
                cpu_after = sampler.cpu_by_student()
                for student, (value, error, seconds) in zip(room.students, outcome):
                    record = per_student[student.name]
                    record[f"{phase} s"] = seconds
                    record[f"{phase} cpu s"] = cpu_after[student.name] - cpu_before[student.name]
                    if error is None and phase == "run the notebook" and value[1]:
                        error = f"the notebook stopped: {value[1][0][:300]}"
                    if error:
                        results["failures"].setdefault(phase, []).append(f"{student.name}: {error}")
                if results["aborted"]:
                    break
        for name, peak in sampler.peaks.items():
            per_student[name].update({"peak pss MB": peak["pss"] / MB, "peak rss MB": peak["rss"] / MB})
        for student in room.students:
            per_student[student.name].update({f"kernel {k}": v for k, v in student.last_kernel.items()})
        results["per_student"] = per_student
        results["machine"] = {"used at start GB": sampler.machine_start / 1024**3,
                              "used at peak GB": sampler.machine_peak / 1024**3,
                              "total GB": psutil.virtual_memory().total / 1024**3, "cores": os.cpu_count()}
    finally:
        began = time.monotonic()
        room.close()
        results["phases"]["stop and clean up"] = time.monotonic() - began
        results["close_timings"] = room.close_timings
        results["leftovers"] = {k: len(v) for k, v in room.leftovers().items()}
        results["load_after"] = os.getloadavg()
    return results


def _median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else float("nan")


def report(results: dict, command: str, note: str) -> str:
    """The markdown section for benchmarks/CLASSROOM.md."""
    n, per = results["students"], results.get("per_student", {})
    cores = results.get("machine", {}).get("cores") or os.cpu_count()
    start_cpu = [r.get("log in and start the server cpu s") for r in per.values()]
    pss = [r.get("peak pss MB") for r in per.values()]
    rss = [r.get("peak rss MB") for r in per.values()]
    runs = [r.get("run the notebook s") for r in per.values()]
    kernel_cpu = [r.get("kernel cpu_s") for r in per.values()]
    kernel_rss = [r.get("kernel maxrss_mb") for r in per.values()]
    machine = results.get("machine", {})
    delta = machine.get("used at peak GB", 0) - machine.get("used at start GB", 0)
    c, s = _median(kernel_cpu), _median(start_cpu)
    wall = results["phases"].get("run the notebook", float("nan"))
    lines = [
        f"## A class on one server: {n} students at once ({results['notebook']})",
        "",
        f"- Date: {results['date']}; machine: {cores} cores, "
        f"{machine.get('total GB', 0):.0f} GiB, {platform.platform()}; load average before "
        f"{', '.join(f'{x:.1f}' for x in results['load_before'])}, after "
        f"{', '.join(f'{x:.1f}' for x in results['load_after'])} (1, 5, 15 min)",
        f"- Command: `{command}`",
        "- Method: JupyterHub on 127.0.0.1 with `deploy/jupyterhub/jupyterhub_config.py` (PAM, LocalProcessSpawner, "
        "one Unix account per student, OMP/MKL threads 1), the students simulated by `deploy/jupyterhub/simulate.py`"
        " over HTTP: all log in and start their server at once, all click the nbgitpuller link, all run the "
        "notebook top to bottom at once (\"Run All\") through the kernel websocket. Memory is sampled every second "
        "per account (all its processes: server, kernel, git); CPU is each account's processes' CPU time.",
        "",
        "| phase (all students at once) | wall time to all done | median per student | CPU per student (median) |",
        "|---|---|---|---|",
    ]
    for phase in ("log in and start the server", "click the link (first pull)", "run the notebook"):
        if phase in results["phases"]:
            lines.append(f"| {phase} | {results['phases'][phase]:.1f} s | "
                         f"{_median([r.get(f'{phase} s') for r in per.values()]):.1f} s | "
                         f"{_median([r.get(f'{phase} cpu s') for r in per.values()]):.1f} s |")
    lines += [
        f"| hub start and {n} accounts | {results['phases'].get('hub and accounts', float('nan')):.1f} s | | |",
        f"| stop everything, remove accounts | {results['phases'].get('stop and clean up', float('nan')):.1f} s "
        f"| | |",
        "",
        "| memory | figure |",
        "|---|---|",
        f"| peak per student, PSS (median / max) | {_median(pss):.0f} MB / {max(pss, default=0):.0f} MB |",
        f"| peak per student, RSS (median / max; counts shared libraries in every process) | {_median(rss):.0f} MB"
        f" / {max(rss, default=0):.0f} MB |",
        f"| the kernel alone, high-water mark (VmHWM; median / max) | {_median(kernel_rss):.0f} MB / "
        f"{max([k for k in kernel_rss if k], default=0):.0f} MB |",
        f"| machine's used memory: start → peak (whole class) | {machine.get('used at start GB', 0):.1f} → "
        f"{machine.get('used at peak GB', 0):.1f} GiB (+{delta:.1f} GiB, {delta * 1024 / max(n, 1):.0f} MB per "
        f"student) |",
        "",
        f"- Failures: {json.dumps(results['failures']) if results['failures'] else 'none'}"
        f"{'; ABORTED: ' + results['aborted'] if results['aborted'] else ''}",
        f"- Left behind after the run: {results['leftovers']} (processes, accounts, homes: all should be 0)",
        f"- Slowest student's run: {max([r for r in runs if r], default=float('nan')):.1f} s. The kernel's own CPU "
        f"time for the notebook (getrusage, read in the kernel after the last cell): median {c:.1f} s, max "
        f"{max([k for k in kernel_cpu if k], default=float('nan')):.1f} s.",
        "",
        "### What it implies for a real server",
        "",
        f"- CPU: a student's run of this notebook costs about {c:.1f} CPU-seconds (median), starting their server "
        f"about {s:.1f}. When the whole class presses Run All at the same moment the work queues up: the last "
        f"student is done after about N × {c:.1f} s / cores. To keep that under the course's {BUDGET_S} s budget "
        f"for one notebook: **about {BUDGET_S / c:.0f} students per core** at the same moment"
        f" ({n} students → {n * c / BUDGET_S:.1f} cores). From the wall time measured here instead (all {n} done "
        f"in {wall:.0f} s on {cores} cores, with the machine's other load and the servers' own work): about "
        f"{BUDGET_S / wall * n / cores:.0f} students per core ({n} students → {wall * cores / BUDGET_S:.1f} cores). "
        f"Students who read, think and run cells one by one (a normal lesson) load the server much less; how much "
        f"less was not measured here.",
        f"- Memory: **about {max(pss, default=0) / 1024 * 1.25:.1f} GB per student** (the largest peak PSS plus a "
        f"quarter for the heavier notebooks and for students who keep two notebooks open), plus about 2 GB for the "
        f"system and the hub: {n} students → {n * max(pss, default=0) / 1024 * 1.25 + 2:.0f} GB.",
    ]
    if note:
        lines += ["", "### Notes", "", note]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--notebook", default="student/03_perceptron.ipynb", help="path inside the course")
    parser.add_argument("--min-free-gb", type=float, default=2.0, help="stop the class below this free memory")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "CLASSROOM.md")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument("--note", default="", help="a paragraph added under Notes")
    parser.add_argument("--render", type=Path, help="write the report from figures saved by --json (no run)")
    args = parser.parse_args(argv)
    if args.render:
        results = json.loads(args.render.read_text(encoding="utf-8"))
    else:
        try:
            simulate.check_machine()
        except simulate.Unavailable as err:
            print(f"cannot run the load benchmark: {err}", file=sys.stderr)
            return 2
        results = run(args.students, args.notebook, args.min_free_gb)
        results["command"] = "sudo .venv/bin/python benchmarks/classroom_load.py " + " ".join(
            argv if argv is not None else sys.argv[1:])
        if args.json:
            args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    text = report(results, results["command"].strip(), args.note)
    args.out.write_text("# Benchmark: a class on one server\n\n" + text, encoding="utf-8")
    print(text)
    return 1 if results["failures"] or results["aborted"] else 0


if __name__ == "__main__":
    sys.exit(main())
