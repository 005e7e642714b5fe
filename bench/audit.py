"""Benchmark: `cpkb audit` of a synthetic CIN census the size of England's caseload, against
its targets.

Run: .venv/bin/python bench/audit.py [--children 50000] [--workers 2] [--runs 3]

Generates a census of --children children (seed 1, the default shares of late and missing
events) into a temporary folder, then in the same run, alternately, --runs times each:

1. a bare streaming parse of the file (lxml iterparse, each Child cleared): the floor;
2. `cpkb audit FILE --format json --workers N --quiet`, output to a file, as a user runs it
   (its `main`, in a new process that then records its CPU and its workers').

It prints the medians: wall time, children per second, the ratio of the audit to the bare
parse (and the median of each run's own ratio, its audit over the parse just before it: the
steadier figure where the machine's speed drifts), the peak resident memory of the largest
process (the command or one of its workers), each beside its target (the audit within 8
times the bare parse, the largest process within 300 MiB), the report's size, in full and
with --compact (from one more run), and the CPU a child of the command's process and of its
workers beside what the target leaves.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

from cpkb.census_generator import Settings, write_census

MAX_RATIO = 8.0  # the audit's wall time over the bare parse's
MAX_PEAK_MIB = 300.0  # the largest process


def bare_parse(path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    children = 0
    for _, element in etree.iterparse(str(path), tag="Child", resolve_entities=False,
                                      no_network=True):
        children += 1
        element.clear(keep_tail=False)
        while element.getprevious() is not None:
            del element.getparent()[0]
    return time.perf_counter() - start, children


# `cpkb audit` as the command runs it, then the CPU seconds of its own process and of the
# workers it reaped (getrusage), written as JSON to the file named first.
_COMMAND = """
import json, resource, sys
from cpkb.cli import main
record, *args = sys.argv[1:]
status = main(args)
used = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
with open(record, "w") as out:
    json.dump([u.ru_utime + u.ru_stime for u in used], out)
sys.exit(status)
"""


def audit(census: Path, report: Path, workers: int, *options: str
          ) -> tuple[float, tuple[float, float]]:
    """The audit's wall time, and the CPU of its command's process and of its workers."""
    record = report.with_suffix(".cpu")
    start = time.perf_counter()
    with report.open("w") as out:
        subprocess.run([sys.executable, "-c", _COMMAND, str(record), "audit", str(census),
                        "--format", "json", "--quiet", "--workers", str(workers), *options],
                       check=True, stdout=out)
    wall = time.perf_counter() - start
    command, workers_cpu = json.loads(record.read_text())
    return wall, (command, workers_cpu)


def verdict(ok: bool) -> str:
    return "within the target" if ok else "MISSES the target"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=50_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        census = Path(folder) / "census.xml"
        with census.open("w", encoding="utf-8") as out:
            write_census(Settings(args.children, seed=1), out)
        report = Path(folder) / "audit.json"
        parses, audits, cpu = [], [], []
        for _ in range(args.runs):
            seconds, children = bare_parse(census)
            parses.append(seconds)
            wall, used = audit(census, report, args.workers)
            audits.append(wall)
            cpu.append(used)
        size = census.stat().st_size / 2**20
        report_size = report.stat().st_size / 2**20
        compact = Path(folder) / "compact.json"
        compact_wall, _ = audit(census, compact, args.workers, "--compact")
        compact_size = compact.stat().st_size / 2**20
    # ru_maxrss of children: the largest of the command and its workers (KiB on Linux)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    parse, wall = statistics.median(parses), statistics.median(audits)
    ratio = wall / parse
    print(f"census: {children} children, {size:.0f} MiB; report {report_size:.0f} MiB, "
          f"with --compact {compact_size:.0f} MiB ({compact_wall:.1f} s, once)")
    print(f"bare streaming parse: median {parse:.2f} s of {args.runs} "
          f"(min {min(parses):.2f}, max {max(parses):.2f}), {children / parse:.0f} children/s")
    print(f"cpkb audit --workers {args.workers}: median {wall:.1f} s of {args.runs} "
          f"(min {min(audits):.1f}, max {max(audits):.1f}), {children / wall:.0f} children/s")
    # Each audit over the parse just before it as well: on a machine whose speed drifts
    # between runs, a pair's two figures were taken at the same speed.
    paired = [a / p for p, a in zip(parses, audits, strict=True)]
    print(f"ratio to the bare parse: {ratio:.1f} ({verdict(ratio <= MAX_RATIO)} of "
          f"{MAX_RATIO:g}); run by run, each audit over the parse before it: median "
          f"{statistics.median(paired):.1f} (min {min(paired):.1f}, max {max(paired):.1f})")
    print(f"peak RSS of the largest process: {peak:.0f} MiB ({verdict(peak <= MAX_PEAK_MIB)} "
          f"of {MAX_PEAK_MIB:g} MiB)")
    command = statistics.median(c for c, _ in cpu) / children * 1e6
    workers = statistics.median(w for _, w in cpu) / children * 1e6
    # On 2 cores, within the target the audit has about cores x 8 x the bare parse of CPU.
    budget = 2 * MAX_RATIO * parse / children * 1e6
    print(f"CPU a child (medians): the command's process {command:.0f} us, its workers "
          f"{workers:.0f} us, {command + workers:.0f} us in all; the target leaves about "
          f"{budget:.0f} us on 2 cores")


if __name__ == "__main__":
    main()
