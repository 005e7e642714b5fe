"""Benchmark: how evaluation time grows with the events of one case, up to the limit.

Run: .venv/bin/python bench/long_case.py [--sizes 250 500 1000 2000] [--runs 3]

Each size is one Bolton case: a strategy discussion, an initial conference that makes a plan,
then review conferences and core group meetings alternating, two days in three. Every size is
evaluated in the same process, in turn, `--runs` times (the rules compiled once before), and
the median is printed with the time per event: about constant per event is linear growth.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from cpkb.case import MAX_EVENTS
from cpkb.project import Project

HOME = Path(__file__).resolve().parents[1]


def long_case(events: int) -> dict:
    day = date(2020, 2, 1)
    listed = [{"event": "strategy_discussion", "date": "2020-01-06"},
              {"event": "initial_conference", "date": "2020-01-20", "outcome": "plan",
               "agencies": ["children_social_care", "police", "health"]}]
    for n in range(events - 2):
        if n % 2:
            listed.append({"event": "core_group_meeting", "date": day.isoformat()})
        else:
            listed.append({"event": "review_conference", "date": day.isoformat(),
                           "outcome": "continue_plan"})
        if n % 3:
            day += timedelta(days=1)
    return {"case": f"LONG-{events}", "authority": "bolton", "as_of": "2199-01-01",
            "child": {"born": "2019-05-05"}, "events": listed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, MAX_EVENTS])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    project = Project(HOME)
    cases = {n: project.read_case(long_case(n), "bench", date(2199, 1, 1)) for n in args.sizes}
    project.evaluate(cases[args.sizes[0]])  # compile the rules once
    times: dict[int, list[float]] = {n: [] for n in args.sizes}
    for _ in range(args.runs):
        for n, case in cases.items():  # in turn: drift in the machine's speed falls on all
            start = time.perf_counter()
            project.evaluate(case)
            times[n].append(time.perf_counter() - start)
    for n in args.sizes:
        median = statistics.median(times[n])
        print(f"{n:>5} events: median {median:.2f} s over {args.runs} runs, "
              f"{median / n * 1000:.2f} ms an event")


if __name__ == "__main__":
    main()
