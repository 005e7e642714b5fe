"""Benchmark: how long `cpkb evaluate` takes for one case, and cases per second in process.

Run: .venv/bin/python bench/evaluate.py [--runs 7] [--cases 2000]

1. Wall time of the command `cpkb evaluate examples/bolton-split-vote.yaml --format json`
   as a user runs it (a new process each time), median of --runs runs, with the cache of
   parsed files (a run before them fills it) and with CPKB_CACHE=off, each run in turn with
   `python -c pass` (the interpreter's own start-up), so that the ratio holds on a machine
   whose speed drifts. The cache is a temporary folder, not the user's.
2. Where the time of one such case goes, in a new process each run (medians): importing
   what evaluate imports, loading the knowledge base from the cache and by parsing its
   files, reading the case, compiling the rules into durable-rules, evaluating, the report.
3. Evaluation throughput in one process, after the rules are compiled: --cases generated
   Bolton cases, cases per second (report included) and the peak resident memory.
4. The same cases evaluated (no report) with all of Bolton's rules and with the subset the
   census audit runs (the rules its duties and decisions need), milliseconds per case, in
   turn in one process.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HOME = Path(__file__).resolve().parents[1]
EXAMPLE = HOME / "examples" / "bolton-split-vote.yaml"

# Run in a new process: each phase of one evaluation, timed as the command meets it.
PHASES = """
import time
start = time.perf_counter()
import json, sys
from datetime import date
from pathlib import Path
import cpkb.cli
from cpkb.cache import cache_folder
from cpkb.files import read_data
from cpkb.project import Project
from cpkb.report import build_report
marks = {"import": time.perf_counter()}
home, example = Path(sys.argv[1]), Path(sys.argv[2])
cached = Project(home, cache_folder())
cached.kb, cached.rulebook, cached.vocabulary, cached.fingerprint
marks["loading (cache)"] = time.perf_counter()
parsed = Project(home)
parsed.kb, parsed.rulebook, parsed.vocabulary, parsed.fingerprint
marks["loading (parsing)"] = time.perf_counter()
case = cached.read_case(read_data(example), example, date.today())
marks["reading the case"] = time.perf_counter()
cached.engine_for(case.authority)
marks["compiling"] = time.perf_counter()
evaluation = cached.evaluate(case)
marks["evaluating"] = time.perf_counter()
json.dumps(build_report(evaluation, cached.fingerprint, cached.version, cached.sentences),
           indent=2, ensure_ascii=False)
marks["report"] = time.perf_counter()
print(json.dumps({"start": start, **marks}))
"""


def _timed(command: list[str], environment: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=environment)
    return time.perf_counter() - start


def command_wall_times(runs: int, environment: dict[str, str]) -> dict[str, list[float]]:
    """Seconds of each run: `python -c pass`, `cpkb evaluate` with the cache and without."""
    cpkb = str(Path(sys.executable).with_name("cpkb"))
    evaluate = [cpkb, "evaluate", str(EXAMPLE), "--format", "json"]
    _timed(evaluate, environment)  # fills the cache
    commands = {
        "python -c pass": ([sys.executable, "-c", "pass"], environment),
        "cpkb evaluate (cache)": (evaluate, environment),
        "cpkb evaluate (CPKB_CACHE=off)": (evaluate, {**environment, "CPKB_CACHE": "off"}),
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):  # in turn, so that drift in the machine's speed falls on all
        for name, (command, env) in commands.items():
            times[name].append(_timed(command, env))
    return times


def phase_times(runs: int, environment: dict[str, str]) -> dict[str, list[float]]:
    """Seconds of each phase of one case in a new process, per run."""
    phases: dict[str, list[float]] = {}
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", PHASES, str(HOME), str(EXAMPLE)],
                              check=True, capture_output=True, text=True, env=environment)
        marks = json.loads(done.stdout)
        names = list(marks)
        for before, name in itertools.pairwise(names):
            phases.setdefault(name, []).append(marks[name] - marks[before])
    return phases


def bench_cases(cases: int) -> list[dict]:
    start_day = date(2026, 1, 5)
    data = []
    for n in range(cases):
        day = start_day + timedelta(days=n % 300)
        data.append({
            "case": f"B-{n}", "authority": "bolton", "as_of": "2027-12-31",
            "child": {"born": "2015-05-05"},
            "events": [
                {"event": "strategy_discussion", "date": day.isoformat()},
                {"event": "initial_conference", "date": (day + timedelta(days=14)).isoformat(),
                 "outcome": "plan", "agencies": ["children_social_care", "police", "health"]},
                {"event": "core_group_meeting", "date": (day + timedelta(days=24)).isoformat()},
                {"event": "review_conference", "date": (day + timedelta(days=90)).isoformat(),
                 "outcome": "continue_plan"},
            ],
        })
    return data


def throughput(cases: int) -> tuple[float, float]:
    from cpkb.project import Project

    project = Project(HOME)
    data = bench_cases(cases)
    project.report(project.read_case(data[0], "bench", date(2027, 12, 31)))  # compile once
    start = time.perf_counter()
    for case in data:
        project.report(project.read_case(case, "bench", date(2027, 12, 31)))
    elapsed = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return cases / elapsed, peak_mib


def all_rules_and_audit_subset(cases: int) -> tuple[int, int, float, float]:
    """(all rules, subset size, ms per case with all, ms per case with the subset)."""
    from cpkb.audit import Auditor
    from cpkb.project import Project

    project = Project(HOME)
    read = [project.read_case(c, "bench", date(2027, 12, 31)) for c in bench_cases(cases)]
    subset = Auditor(project).rule_ids("bolton")
    everything = frozenset(r.id for r in project.rules_for("bolton"))
    totals = {everything: 0.0, subset: 0.0}
    for ids in totals:
        project.evaluate(read[0], ids)  # compile once
    for case in read:  # in turn, so that drift in the machine's speed falls on both
        for ids in totals:
            start = time.perf_counter()
            project.evaluate(case, ids)
            totals[ids] += time.perf_counter() - start
    return (len(everything), len(subset), totals[everything] * 1000 / cases,
            totals[subset] * 1000 / cases)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cases", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        environment = {**os.environ, "XDG_CACHE_HOME": cache}
        environment.pop("CPKB_CACHE", None)
        times = command_wall_times(args.runs, environment)
        phases = phase_times(args.runs, environment)
    bare = statistics.median(times["python -c pass"])
    print(f"one case, a new process each time, medians of {args.runs} runs in turn:")
    for name, seconds in times.items():
        median = statistics.median(seconds)
        print(f"  {name:<32} {median:.3f} s (min {min(seconds):.3f}, max {max(seconds):.3f})"
              f"  {median / bare:5.1f} x python -c pass")
    print("where its time goes (medians; the command loads from the cache, not both ways):")
    for name, seconds in phases.items():
        print(f"  {name:<32} {_ms(statistics.median(seconds))}")
    rate, peak = throughput(args.cases)
    print(f"in-process evaluation: {rate:.0f} cases/s over {args.cases} cases, "
          f"peak RSS {peak:.0f} MiB")
    total, part, every_ms, subset_ms = all_rules_and_audit_subset(args.cases)
    print(f"evaluation without the report: all {total} Bolton rules {every_ms:.2f} ms a case, "
          f"the audit's {part} rules {subset_ms:.2f} ms a case")


if __name__ == "__main__":
    main()
