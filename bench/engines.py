"""Benchmark: the audit of one child on durable-rules and on the Python matcher, side by side.

Run: .venv/bin/python bench/engines.py [--children 5000] [--rounds 5] [--authority bolton]

Generates a census of --children children (seed 1) into a temporary folder and reads it once
(the parse is not timed). In one process, after one child on each engine (compiling its
rules), it times `Auditor.audit` of every child on each engine in turn, --rounds times, the
engines alternating so that a machine whose speed drifts slows both alike; it prints each
engine's median milliseconds per child over the rounds (min and max beside it) and, of
them, the time in the engine's `run` (the session: matching and firing, the rules' actions
included), the ratio of the medians, and whether the two engines' results were identical
for every child.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from cpkb.audit import Auditor, Work
from cpkb.census import CensusFile
from cpkb.census_generator import Settings, write_census
from cpkb.compiler import EngineKind
from cpkb.engine import Engine, Fact, Firing, Then
from cpkb.project import Project

ENGINES: tuple[EngineKind, ...] = ("durable", "python")


def read_works(children: int, authority: str) -> list[Work]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "census.xml"
        with path.open("w", encoding="utf-8") as out:
            write_census(Settings(children, seed=1), out)
        census = CensusFile(path)
        as_of = date.fromisoformat(census.header.reference_date or "2025-03-31")
        return [Work(record=r, authority=authority, as_of=as_of) for r in census.children()]


class TimedEngine:
    """An engine whose runs are timed."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.seconds = 0.0

    def run(self, facts: list[Fact], then: Then | None = None) -> list[Firing]:
        start = time.perf_counter()
        try:
            return self.engine.run(facts, then)
        finally:
            self.seconds += time.perf_counter() - start


def timed_round(auditor: Auditor, engine: TimedEngine, works: list[Work]
                ) -> tuple[float, float, list[dict]]:
    """Milliseconds per child, of them in the engine's runs, and the results."""
    engine.seconds = 0.0
    start = time.perf_counter()
    results = [auditor.audit(work).result for work in works]
    spent = time.perf_counter() - start
    return spent * 1000 / len(works), engine.seconds * 1000 / len(works), results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--authority", default="bolton")
    args = parser.parse_args()
    works = read_works(args.children, args.authority)
    project = Project.locate()
    auditors = {engine: Auditor(project, engine) for engine in ENGINES}
    timed = {}
    for engine, auditor in auditors.items():
        auditor.audit(works[0])  # compiles the rules
        compiled = project.engine_for(args.authority, auditor.rule_ids(args.authority),
                                      engine).compiled
        compiled.engine = timed[engine] = TimedEngine(compiled.engine)
    times: dict[str, list[float]] = {engine: [] for engine in ENGINES}
    in_runs: dict[str, list[float]] = {engine: [] for engine in ENGINES}
    identical = True
    for _ in range(args.rounds):
        results = []
        for engine, auditor in auditors.items():
            per_child, running, found = timed_round(auditor, timed[engine], works)
            times[engine].append(per_child)
            in_runs[engine].append(running)
            results.append(found)
        identical = identical and results[0] == results[1]
    print(f"{len(works)} {args.authority} children, {args.rounds} rounds, engines in turn")
    medians = {}
    for engine in ENGINES:
        medians[engine] = statistics.median(times[engine])
        print(f"  {engine:8} median {medians[engine]:.3f} ms a child "
              f"(min {min(times[engine]):.3f}, max {max(times[engine]):.3f}), of which "
              f"{statistics.median(in_runs[engine]):.3f} ms in the engine's runs")
    print(f"  durable / python: {medians['durable'] / medians['python']:.2f}")
    print(f"  results identical for every child: {'yes' if identical else 'NO'}")


if __name__ == "__main__":
    main()
