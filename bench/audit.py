"""Benchmark: `cpkb audit` of a synthetic CIN census the size of England's caseload.

Run: .venv/bin/python bench/audit.py [--children 50000] [--workers 2]

Generates a census of --children children (seed 1) into a temporary folder, then in the
same run measures:

1. a bare streaming parse of the file (lxml iterparse, each Child cleared): the floor;
2. `cpkb audit FILE --format json --workers N --quiet`, output to a file, as a user runs it:
   wall time, children per second, the peak resident memory of the command and of its
   largest worker process, and its ratio to the bare parse.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

from cpkb.census_generator import Settings, write_census


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=50_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        census = Path(folder) / "census.xml"
        with census.open("w", encoding="utf-8") as out:
            write_census(Settings(args.children, seed=1), out)
        size = census.stat().st_size / 2**20
        parse_time, children = bare_parse(census)
        cpkb = Path(sys.executable).with_name("cpkb")
        start = time.perf_counter()
        with (Path(folder) / "audit.json").open("w") as out:
            subprocess.run([str(cpkb), "audit", str(census), "--format", "json", "--quiet",
                            "--workers", str(args.workers)], check=True, stdout=out)
        wall = time.perf_counter() - start
        report = (Path(folder) / "audit.json").stat().st_size / 2**20
    # ru_maxrss of children: the largest of the command and its workers (KiB on Linux)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"census: {children} children, {size:.0f} MiB; report {report:.0f} MiB")
    print(f"bare streaming parse: {parse_time:.2f} s ({children / parse_time:.0f} children/s)")
    print(f"cpkb audit --workers {args.workers}: {wall:.1f} s wall, "
          f"{children / wall:.0f} children/s, peak RSS of one process {peak:.0f} MiB, "
          f"{wall / parse_time:.1f} x the bare parse")


if __name__ == "__main__":
    main()
