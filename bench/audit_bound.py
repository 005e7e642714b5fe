"""Benchmark: how fast the audit could be made by a faster evaluation of the rules alone.

Run: .venv/bin/python bench/audit_bound.py [--children 50000] [--runs 3]

Issue 10 asks for the audit of 50,000 children within 8 times the bare streaming parse,
`--workers 2` on 2 cores. The census kernel's evaluation (CensusKernel.evaluate: the event
facts, the rules' run, the states and grading) is one part of each child's audit; reading
the record, turning it into cases, the report's entries and their JSON, what was not
assessed and the indicators are the rest. This measures what the audit would take if the
evaluation cost nothing: before the audit, in the command's process, every child's
evaluation is worked out once and kept by its inputs (the events, the child's fields, the
audit date); the workers, forked from it, look each one up instead of evaluating (a key
built and looked up, a few microseconds). The report is checked to be the same, byte for
byte. No faster evaluation, however made, could take the audit below this figure.

Generates the census as bench/audit.py does (seed 1), then, --runs times in turn, in a new
process each: the bare parse (bench/audit.py's), the audit as it is, and the audit with the
evaluation looked up. Both audits are timed inside their process, from the call of the
command's `main` (the audit's modules already imported, for both), so the two compare with
each other; bench/audit.py's whole-process figure is a little larger.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from audit import MAX_RATIO, bare_parse, verdict

from cpkb.census_generator import Settings, write_census

# One audit in this process, `mode` "as is" or "looked up", its report to `out`, then its
# wall time and the CPU of the command's process and its workers (from the call of `main`)
# as JSON to `record`.
_AUDIT = """
import json, os, sys, time
from datetime import date
from pathlib import Path
import cpkb.audit, cpkb.census_kernel as kernel_module
from cpkb.audit import Auditor
from cpkb.census import CensusFile, read_raw
from cpkb.cli import main
from cpkb.project import Project

mode, record, census, out = sys.argv[1:]
evaluate = kernel_module.CensusKernel.evaluate
kept = {}

def inputs(events, child, as_of):
    return (tuple([(e.name, e.date, tuple(e.attributes.items()), e.index, e.id)
                   for e in events]), tuple(child.items()), as_of)

def keeping(kernel, events, child, as_of):
    kept[inputs(events, child, as_of)] = found = evaluate(kernel, events, child, as_of)
    return found

def looked_up(kernel, events, child, as_of):
    found = kept.get(inputs(events, child, as_of))
    return found if found is not None else evaluate(kernel, events, child, as_of)

if mode == "looked up":
    file = CensusFile(Path(census))
    as_of = cpkb.audit.census_as_of(file, None, date.today())
    kernel = Auditor(Project(Path.cwd())).kernel_for("bolton")
    kernel_module.CensusKernel.evaluate = keeping
    for raw in file.raw_children():
        kernel.audit(read_raw(raw), as_of)
    kernel_module.CensusKernel.evaluate = looked_up
before, start = os.times(), time.perf_counter()
sys.stdout = open(out, "w")
status = main(["audit", census, "--authority", "bolton", "--format", "json", "--quiet",
               "--workers", "2"])
sys.stdout.close()
wall, after = time.perf_counter() - start, os.times()
with open(record, "w") as written:
    json.dump([wall, after.user - before.user + after.system - before.system,
               after.children_user - before.children_user
               + after.children_system - before.children_system, len(kept)], written)
sys.exit(status)
"""


def audit(mode: str, census: Path, folder: Path) -> tuple[float, float, float, int, bytes]:
    """(wall, the command's CPU, its workers', the evaluations kept, the report)."""
    record, out = folder / "record.json", folder / f"{mode}.json"
    subprocess.run([sys.executable, "-c", _AUDIT, mode, str(record), str(census), str(out)],
                   check=True, cwd=Path(__file__).resolve().parents[1])
    wall, command, workers, kept = json.loads(record.read_text())
    return wall, command, workers, kept, out.read_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        census = folder / "census.xml"
        with census.open("w", encoding="utf-8") as out:
            write_census(Settings(args.children, seed=1), out)
        parses, runs = [], {"as is": [], "looked up": []}
        for _ in range(args.runs):
            seconds, children = bare_parse(census)
            parses.append(seconds)
            reports = {}
            for mode, found in runs.items():
                *figures, kept, reports[mode] = audit(mode, census, folder)
                found.append(figures)
            if reports["as is"] != reports["looked up"]:
                sys.exit("the report with the evaluations looked up differs: no bound")
    parse = statistics.median(parses)
    print(f"census: {children} children; bare streaming parse: median {parse:.2f} s of "
          f"{args.runs} (min {min(parses):.2f}, max {max(parses):.2f})")
    print(f"the evaluations looked up: {kept} kept; the reports identical, byte for byte")
    for mode, found in runs.items():
        wall = statistics.median(f[0] for f in found)
        cpu = statistics.median(f[1] + f[2] for f in found) / children * 1e6
        ratio = wall / parse
        print(f"audit, the evaluation {mode}: median {wall:.2f} s from its main, "
              f"{ratio:.1f} times the bare parse ({verdict(ratio <= MAX_RATIO)} of "
              f"{MAX_RATIO:g}), {cpu:.0f} us of CPU a child")


if __name__ == "__main__":
    main()
