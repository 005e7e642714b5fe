"""The `cpkb` command: evaluate a case, audit a caseload, lint the knowledge base, list the
rules, generate a synthetic census.

Bad input of any kind ends with exit status 2 and one message on stderr naming the file,
the place and what was expected; nothing is printed on stdout then.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from cpkb import __version__
from cpkb.audit import FORMATS, LEA_AUTHORITIES, Progress, Work, audit_all, spool, summarise
from cpkb.audit import write_report as write_audit
from cpkb.case import Case, parse_date
from cpkb.census import CensusFile
from cpkb.census_generator import Settings, write_census
from cpkb.compare import (
    compare_case,
    compare_rules,
    render_case_markdown,
    render_rules_markdown,
)
from cpkb.engine import EngineError
from cpkb.errors import InputError
from cpkb.files import read_data
from cpkb.lint import lint, render_lint
from cpkb.project import Project
from cpkb.report import citation, render_markdown, render_text


def _given_as_of(args: argparse.Namespace) -> date | None:
    return parse_date(args.as_of, None, "--as-of") if args.as_of else None


def _read_case(path: Path, project: Project, as_of: date | None) -> Case:
    """A case file; `as_of` (the --as-of option) overrides the file's own as_of."""
    case = project.read_case(read_data(path), path, as_of or date.today())
    return dataclasses.replace(case, as_of=as_of) if as_of else case


def _evaluate(args: argparse.Namespace, project: Project) -> int:
    as_of = _given_as_of(args)
    outputs = []
    for path in args.cases:
        case = _read_case(Path(path), project, as_of)
        report = project.report(case)
        events = [(e.date.isoformat(), e.name) for e in case.events]
        if args.format == "json":
            outputs.append(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        elif args.format == "markdown":
            outputs.append(render_markdown(report, events))
        else:
            outputs.append(render_text(report, events))
    # Everything is evaluated before anything is printed: no partial report on bad input.
    sys.stdout.write("\n".join(outputs))
    return 0


def _case_files(folder: Path, project: Project, as_of: date | None) -> list[Case]:
    paths = sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".yaml", ".yml", ".json"))
    if not paths:
        raise InputError(folder, "", "expected a CIN census XML file or a folder of case files "
                         "(YAML or JSON); the folder holds none")
    return [_read_case(path, project, as_of) for path in paths]


def _census_authority(census: CensusFile, args: argparse.Namespace, project: Project) -> str:
    if args.authority:
        return args.authority
    lea = census.header.lea
    if lea in LEA_AUTHORITIES:
        return LEA_AUTHORITIES[lea]
    known = ", ".join(f"{code} {name}" for code, name in LEA_AUTHORITIES.items())
    raise InputError(census.path, "Header/Source/LEA",
                     f"LEA code {lea!r} is not one whose procedure cpkb holds ({known}); "
                     "give --authority")


def _audit(args: argparse.Namespace, project: Project) -> int:
    if args.authority and args.authority not in project.authorities:
        raise InputError(None, "--authority",
                         f"expected one of {', '.join(sorted(project.authorities))}")
    given = _given_as_of(args)
    today = given or date.today()
    # Every input is opened (and its header checked) before anything is audited.
    sources: list[tuple[Path, CensusFile | list[Case], str, date]] = []
    for name in args.inputs:
        path = Path(name)
        if path.is_dir():
            cases = _case_files(path, project, given)
            authorities = ", ".join(sorted({c.authority for c in cases}))
            sources.append((path, cases, authorities, today))
            continue
        census = CensusFile(path)
        reference = census.header.reference_date
        as_of = given or (parse_date(reference, path, "Header/CollectionDetails/ReferenceDate")
                          if reference else today)
        sources.append((path, census, _census_authority(census, args, project), as_of))
    progress = Progress(not args.quiet, sum(
        s[1].size for s in sources if isinstance(s[1], CensusFile)))
    read = {"bytes": 0}

    def works():
        done = 0
        for _, source, authority, as_of in sources:
            if isinstance(source, CensusFile):
                for record in source.children():
                    read["bytes"] = done + source.bytes_read
                    yield Work(record=record, authority=authority, as_of=as_of)
                done += source.size
            else:
                yield from (Work(case=case) for case in source)

    counts: dict[str, Counter] = {}
    children = problems = 0
    with spool() as body:
        for statuses, found, text in audit_all(project, works(), args.format, args.workers):
            children += 1
            problems += found
            for name, status in statuses:
                counts.setdefault(name, Counter())[status] += 1
            body.write(text if args.format != "json" else text + "\n")
            progress.update(children, read["bytes"])
        progress.update(children, read["bytes"], final=True)
        inputs = [{"file": str(path), "authority": authority, "as_of": as_of.isoformat()}
                  for path, _, authority, as_of in sources]
        summary = summarise(counts, children, problems, inputs, project)
        write_audit(sys.stdout, args.format, summary, body)
    return 0


def _generate(args: argparse.Namespace, project: Project) -> int:
    for name, share in (("--late-share", args.late_share), ("--missing-share", args.missing_share)):
        if not 0 <= share <= 1:
            raise InputError(None, name, f"expected a share between 0 and 1, got {share}")
    if args.late_share + args.missing_share > 1:
        raise InputError(None, "--late-share", "expected late and missing shares adding up to "
                         "at most 1")
    settings = Settings(args.children, args.seed, args.late_share, args.missing_share)
    with open(args.output, "w", encoding="utf-8") as out:
        breaches = write_census(settings, out)
    if args.breaches:
        Path(args.breaches).write_text(json.dumps(breaches, indent=1) + "\n", encoding="utf-8")
    return 0


def _compare(args: argparse.Namespace, project: Project) -> int:
    if args.case:
        case = _read_case(Path(args.case), project, _given_as_of(args))
        comparison = compare_case(project, case)
        text = render_case_markdown(comparison)
    else:
        comparison = compare_rules(project)
        text = render_rules_markdown(comparison)
    if args.format == "json":
        text = json.dumps(comparison, indent=2, ensure_ascii=False) + "\n"
    sys.stdout.write(text)
    return 0


def _rules(args: argparse.Namespace, project: Project) -> int:
    if args.authority and args.authority not in project.authorities:
        raise InputError(None, "--authority",
                         f"expected one of {', '.join(sorted(project.authorities))}")
    rules = [r for r in project.rulebook.rules if args.authority in (None, r.authority)]
    if args.format == "json":
        data = [
            {
                "id": r.id,
                "authority": r.authority,
                "title": r.title,
                "modality": r.modality,
                "effect": {"kind": r.effect_kind, "name": r.effect_name},
                "sources": [
                    {k: v for k, v in citation(c).items() if k != "url"} for c in r.sources
                ],
            }
            for r in rules
        ]
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
        for r in rules:
            sys.stdout.write(f"{r.id:<48} {r.modality:<10} {r.title}\n")
    return 0


def _lint(args: argparse.Namespace, project: Project) -> int:
    result = lint(project)
    if args.format == "json":
        sys.stdout.write(json.dumps(result.as_json(), indent=2) + "\n")
    else:
        sys.stdout.write(render_lint(result))
    return 0 if result.ok else 1


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="cpkb",
        description="Child protection conference procedure as cited, tested rules.",
    )
    top.add_argument("--version", action="version", version=f"cpkb {__version__}")
    sub = top.add_subparsers(dest="command", required=True)

    ev = sub.add_parser("evaluate", help="what is due, by when and why, for case files")
    ev.add_argument("cases", nargs="+", metavar="CASE", help="case file(s), YAML or JSON")
    ev.add_argument("--format", choices=("json", "markdown", "text"), default="text")
    ev.add_argument("--as-of", metavar="DATE", help="evaluation date (overrides the file's as_of)")
    ev.set_defaults(run=_evaluate)

    li = sub.add_parser("lint", help="check the knowledge base's integrity and coverage")
    li.add_argument("--format", choices=("json", "text"), default="text")
    li.set_defaults(run=_lint)

    co = sub.add_parser("compare", help="the procedures side by side, or one case under each")
    co.add_argument("case", nargs="?", metavar="CASE",
                    help="a case file to evaluate under every authority (its own is ignored)")
    co.add_argument("--format", choices=("json", "markdown"), default="markdown")
    co.add_argument("--as-of", metavar="DATE", help="evaluation date for the case")
    co.set_defaults(run=_compare)

    au = sub.add_parser("audit", help="audit a caseload: a CIN census file or a folder of cases")
    au.add_argument("inputs", nargs="+", metavar="INPUT",
                    help="CIN census XML file(s), or folder(s) of case files")
    au.add_argument("--authority", metavar="A",
                    help="whose procedure (default: from the census header's LEA code)")
    au.add_argument("--as-of", metavar="DATE",
                    help="audit date (default: the census reference date, else today)")
    au.add_argument("--format", choices=FORMATS, default="json")
    au.add_argument("--workers", type=int, default=1, metavar="N",
                    help="processes to spread the children over (default 1)")
    au.add_argument("--quiet", action="store_true", help="no progress bar")
    au.set_defaults(run=_audit)

    ge = sub.add_parser("generate", help="generate synthetic data")
    ge.add_argument("what", choices=("census",))
    ge.add_argument("--children", type=int, required=True, metavar="N")
    ge.add_argument("--seed", type=int, required=True, metavar="S")
    ge.add_argument("--late-share", type=float, default=0.1, metavar="F")
    ge.add_argument("--missing-share", type=float, default=0.05, metavar="F")
    ge.add_argument("--output", required=True, metavar="FILE", help="the census XML file")
    ge.add_argument("--breaches", metavar="FILE",
                    help="also write the planted breaches here, as JSON")
    ge.set_defaults(run=_generate)

    ru = sub.add_parser("rules", help="list the rules")
    ru.add_argument("--authority", metavar="A", help="only this authority's rules")
    ru.add_argument("--format", choices=("json", "text"), default="text")
    ru.set_defaults(run=_rules)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args, Project.locate())
    except InputError as error:
        print(f"cpkb: {error}", file=sys.stderr)
        return 2
    except EngineError as error:
        print(f"cpkb: the rules engine failed: {error}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
