"""The `cpkb` command: evaluate a case, lint the knowledge base, list the rules.

Bad input of any kind ends with exit status 2 and one message on stderr naming the file,
the place and what was expected; nothing is printed on stdout then.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import date
from pathlib import Path

from cpkb import __version__
from cpkb.case import parse_date
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


def _evaluate(args: argparse.Namespace, project: Project) -> int:
    today = parse_date(args.as_of, None, "--as-of") if args.as_of else date.today()
    outputs = []
    for path in args.cases:
        case = project.read_case(read_data(Path(path)), path, today)
        if args.as_of:
            case = dataclasses.replace(case, as_of=today)
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


def _compare(args: argparse.Namespace, project: Project) -> int:
    if args.case:
        today = parse_date(args.as_of, None, "--as-of") if args.as_of else date.today()
        case = project.read_case(read_data(Path(args.case)), args.case, today)
        if args.as_of:
            case = dataclasses.replace(case, as_of=today)
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
