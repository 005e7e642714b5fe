"""Benchmark: where one child's audit spends its time, stage by stage.

Run: .venv/bin/python bench/audit_stages.py [--children 10000] [--authority bolton]

Generates a census of --children children (seed 1) and audits every child in this one
process (one worker), as `cpkb audit --workers 1` does, with each stage's functions wrapped
in a timer. It prints, per child, the microseconds spent in each stage (inclusive: the rules'
run is part of the evaluation) beside a bare streaming parse of the same file, so that a
design for the audit's speed (issue 10: at most 8 times the bare parse with two workers) can
be judged against where the time actually goes. The timers cost about a microsecond a call;
the figures are for comparison with one another, not absolute.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import wraps
from pathlib import Path
from typing import Any

import cpkb.audit
import cpkb.census
import cpkb.census_kernel
import cpkb.evaluation
import cpkb.grading
import cpkb.matcher
from cpkb.audit import Auditor, Output, Work
from cpkb.census import CensusFile
from cpkb.census_generator import Settings, write_census
from cpkb.project import Project

ROOT = Path(__file__).resolve().parents[1]  # the project: its rules and knowledge base

# (label, module or class, function name): each stage's entry point, in pipeline order.
# The census path (census_kernel.py, the audit's own for census children) and the matcher's,
# which it falls back to (--matcher: every child on it, as before the kernel).
KERNEL_STAGES: tuple[tuple[str, Any, str], ...] = (
    ("read: the bytes to the child's record", cpkb.audit, "read_raw"),
    ("the kernel's audit of the record, whole", cpkb.census_kernel.CensusKernel, "audit"),
    ("  census record to cases (census_events)", cpkb.census_kernel, "child_cases"),
    ("the kernel's evaluation, whole", cpkb.census_kernel.CensusKernel, "evaluate"),
    ("  the event facts", cpkb.census_kernel.CensusKernel, "_facts"),
    ("  the rules' run (actions included)", cpkb.census_kernel.CensusKernel, "_session"),
    ("    the rules' actions", cpkb.census_kernel._Action, "_compiled_fire"),
    ("  states (all rounds)", cpkb.census_kernel.CensusKernel, "_states"),
    ("  grading the duties", cpkb.census_kernel.CensusKernel, "_grade"),
    ("    the events doing each duty", cpkb.census_kernel.CensusKernel, "_doing"),
    ("the entries and their JSON", cpkb.census_kernel.CensusKernel, "_entries"),
    ("what was not assessed", cpkb.audit, "not_assessed"),
    ("national indicators", cpkb.census_kernel, "child_indicators"),
    ("the tally (JSON written as built)", cpkb.audit, "_tally"),
)
# Of those, the functions that make a function when the kernel is compiled (a rule's action,
# generated for it): what is timed is each function made.
MADE = frozenset({(cpkb.census_kernel._Action, "_compiled_fire")})
STAGES: tuple[tuple[str, Any, str], ...] = (
    ("read: XML to the child's record", cpkb.census, "_record"),
    ("census record to cases (census_events)", cpkb.audit, "child_cases"),
    ("evaluation, whole", cpkb.evaluation.Evaluator, "evaluate"),
    ("  relating the events (occasions)", cpkb.evaluation, "Occasions"),
    ("  event facts", cpkb.evaluation, "event_fact"),
    ("  the rules' run (matcher, actions included)", cpkb.matcher.RuleMatcher, "run"),
    ("  decisions and states", cpkb.evaluation.Evaluator, "_states"),
    ("  findings (grading included)", cpkb.evaluation.Evaluator, "_findings"),
    ("    grading the duties", cpkb.grading.Grader, "grade"),
    ("the audit's findings (plan ends, targets)", cpkb.audit, "_episode_findings"),
    ("what was not assessed", cpkb.audit, "not_assessed"),
    ("national indicators", cpkb.audit, "child_indicators"),
    ("rendering the child's JSON", cpkb.audit, "render_child"),
)


def timed(spent: dict[str, float], label: str, function: Callable) -> Callable:
    @wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.perf_counter() - start

    return run


def timed_made(spent: dict[str, float], label: str, make: Callable) -> Callable:
    @wraps(make)
    def run(*args: Any, **kwargs: Any) -> Any:
        return timed(spent, label, make(*args, **kwargs))

    return run


def bare_parse(path: Path) -> float:
    from lxml import etree

    start = time.perf_counter()
    for _, element in etree.iterparse(str(path), tag="Child", resolve_entities=False,
                                      no_network=True):
        element.clear(keep_tail=False)
        while element.getprevious() is not None:
            del element.getparent()[0]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=10_000)
    parser.add_argument("--authority", default="bolton")
    parser.add_argument("--matcher", action="store_true",
                        help="every child on the matcher's path (the kernel off)")
    args = parser.parse_args()
    project = Project(ROOT)
    auditor = Auditor(project, kernel=not args.matcher)
    output = Output()
    stages = STAGES if args.matcher else KERNEL_STAGES
    spent = dict.fromkeys((label for label, _, _ in stages), 0.0)
    for label, owner, name in stages:
        wrap = timed_made if (owner, name) in MADE else timed
        setattr(owner, name, wrap(spent, label, getattr(owner, name)))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "census.xml"
        with path.open("w", encoding="utf-8") as out:
            write_census(Settings(args.children, seed=1), out)
        parse = bare_parse(path)
        census = CensusFile(path)
        as_of = date.fromisoformat(census.header.reference_date or "2025-03-31")
        warm = CensusFile(path)  # the rules compiled before the clock starts
        auditor.audit(Work(record=next(warm.children()), authority=args.authority, as_of=as_of))
        for label in spent:
            spent[label] = 0.0
        main_process = 0.0
        start = time.perf_counter()
        if args.matcher:
            works = (Work(record=r, authority=args.authority, as_of=as_of)
                     for r in census.children())
        else:
            # As with --workers 2: the command's process parses the file and passes each
            # Child on as its bytes; a worker reads the record and audits it.
            raws = list(census.raw_children())
            main_process = time.perf_counter() - start
            works = (Work(raw=r, authority=args.authority, as_of=as_of) for r in raws)
        children = 0
        for work in works:
            cpkb.audit._tally(auditor.audit(work), output)  # by the module: its timer
            children += 1
        whole = time.perf_counter() - start
    kernel = auditor.kernel_for(args.authority)

    def per_child(seconds: float) -> str:
        return f"{seconds / children * 1e6:7.1f} us"

    print(f"{children} children under {args.authority}, one process, "
          + ("the matcher's path" if args.matcher else
             f"the census kernel (taken: {dict(kernel.taken) if kernel else 'not compiled'})"))
    print(f"{'bare streaming parse (lxml iterparse, cleared)':52} {per_child(parse)}")
    print(f"{'the whole audit of a child (read to rendered)':52} {per_child(whole)}")
    if not args.matcher:
        print(f"{'the command process: parse, each Child as bytes':52} "
              f"{per_child(main_process)}")
    for label, seconds in spent.items():
        print(f"{label:52} {per_child(seconds)}")
    print(f"whole audit / bare parse: {whole / parse:.1f} in one process; the target (two "
          "workers, wall time) is at most 8")


if __name__ == "__main__":
    main()
