"""Benchmark: how long `cpkb evaluate` takes for one case, and cases per second in process.

Run: .venv/bin/python bench/evaluate.py [--runs 7] [--cases 2000]

1. Wall time of the command `cpkb evaluate examples/bolton-split-vote.yaml --format json`
   as a user runs it (a new process each time: start-up, loading the knowledge base,
   compiling the rules into durable-rules, evaluating), median of --runs runs.
2. Evaluation throughput in one process, after the rules are compiled: --cases generated
   Bolton cases, cases per second (report included) and the peak resident memory.
3. The same cases evaluated (no report) with all of Bolton's rules and with the subset the
   census audit runs (the rules its duties and decisions need), milliseconds per case, in
   turn in one process.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

HOME = Path(__file__).resolve().parents[1]


def command_wall_times(runs: int) -> list[float]:
    cpkb = Path(sys.executable).with_name("cpkb")
    example = HOME / "examples" / "bolton-split-vote.yaml"
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(cpkb), "evaluate", str(example), "--format", "json"], check=True,
                       stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cases", type=int, default=2000)
    args = parser.parse_args()
    times = command_wall_times(args.runs)
    print(f"cpkb evaluate (one case, new process): median {statistics.median(times):.3f} s, "
          f"min {min(times):.3f} s, max {max(times):.3f} s over {args.runs} runs")
    rate, peak = throughput(args.cases)
    print(f"in-process evaluation: {rate:.0f} cases/s over {args.cases} cases, "
          f"peak RSS {peak:.0f} MiB")
    total, part, every_ms, subset_ms = all_rules_and_audit_subset(args.cases)
    print(f"evaluation without the report: all {total} Bolton rules {every_ms:.2f} ms a case, "
          f"the audit's {part} rules {subset_ms:.2f} ms a case")


if __name__ == "__main__":
    main()
