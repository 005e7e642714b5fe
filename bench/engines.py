"""Benchmark: the audit of one child on durable-rules and on the Python matcher, side by side.

Run: .venv/bin/python bench/engines.py [--children 5000] [--rounds 5] [--authority bolton]

Generates a census of --children children (seed 1) into a temporary folder and reads it once
(the parse is not timed). In one process, after one child on each engine (compiling its
rules), it times `Auditor.audit` of every child on each engine in turn, --rounds times, the
engines alternating so that a machine whose speed drifts slows both alike; it prints each
engine's median milliseconds per child over the rounds (min and max beside it), the ratio of
the medians, and whether the two engines' results were identical for every child.
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


def timed_round(auditor: Auditor, works: list[Work]) -> tuple[float, list[dict]]:
    """Milliseconds per child, and the results."""
    start = time.perf_counter()
    results = [auditor.audit(work).result for work in works]
    return (time.perf_counter() - start) * 1000 / len(works), results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--authority", default="bolton")
    args = parser.parse_args()
    works = read_works(args.children, args.authority)
    project = Project.locate()
    auditors = {engine: Auditor(project, engine) for engine in ENGINES}
    for auditor in auditors.values():
        auditor.audit(works[0])  # compiles the rules
    times: dict[str, list[float]] = {engine: [] for engine in ENGINES}
    identical = True
    for _ in range(args.rounds):
        results = []
        for engine, auditor in auditors.items():
            per_child, found = timed_round(auditor, works)
            times[engine].append(per_child)
            results.append(found)
        identical = identical and results[0] == results[1]
    print(f"{len(works)} {args.authority} children, {args.rounds} rounds, engines in turn")
    medians = {}
    for engine in ENGINES:
        medians[engine] = statistics.median(times[engine])
        print(f"  {engine:8} median {medians[engine]:.3f} ms a child "
              f"(min {min(times[engine]):.3f}, max {max(times[engine]):.3f})")
    print(f"  durable / python: {medians['durable'] / medians['python']:.2f}")
    print(f"  results identical for every child: {'yes' if identical else 'NO'}")


if __name__ == "__main__":
    main()
