"""The `cpkb` command: evaluate a case, audit a caseload, lint the knowledge base, list the
rules, generate a synthetic census.

Bad input of any kind ends with exit status 2 and one message on stderr naming the file,
the place and what was expected; nothing is printed on stdout then.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpkb import __version__, interrupts
from cpkb.errors import InputError

# Each command imports what it needs when it runs: evaluating one case must not pay for the
# audit, the census reader and generator, lint, compare or lxml (most of the start-up).
if TYPE_CHECKING:
    from cpkb.case import Case
    from cpkb.project import Project

AUDIT_FORMATS = ("json", "csv", "markdown")  # audit.FORMATS, named here without importing it


def _print(text: str) -> None:
    """A report printed whole: a Ctrl-C meanwhile takes effect once it is out (exit 130)."""
    with interrupts.held():
        sys.stdout.write(text)
        sys.stdout.flush()


def _given_as_of(args: argparse.Namespace) -> date | None:
    from cpkb.case import parse_date

    return parse_date(args.as_of, None, "--as-of") if args.as_of else None


def _read_case(path: Path, project: Project, as_of: date | None) -> Case:
    """A case file; `as_of` (the --as-of option) overrides the file's own as_of."""
    from cpkb.case import MAX_FILE_BYTES
    from cpkb.files import read_data

    case = project.read_case(read_data(path, MAX_FILE_BYTES), path, as_of or date.today())
    return dataclasses.replace(case, as_of=as_of) if as_of else case


def _json_documents(documents: list[Any]) -> str:
    """One JSON document as an indented object; several as JSON Lines, one compact object
    per line, so that a program reads them with one standard call per line."""
    if len(documents) == 1:
        return json.dumps(documents[0], indent=2, ensure_ascii=False) + "\n"
    return "".join(json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n"
                   for d in documents)


def _evaluate(args: argparse.Namespace, project: Project) -> int:
    from cpkb.report import render_markdown, render_text

    as_of = _given_as_of(args)
    cases = [_read_case(Path(path), project, as_of) for path in args.cases]
    reports = [project.report(case) for case in cases]
    # Everything is evaluated before anything is printed: no partial report on bad input.
    if args.format == "json":
        _print(_json_documents(reports))
        return EXIT_OK
    render = render_markdown if args.format == "markdown" else render_text
    _print("\n".join(render(report, [(e.date.isoformat(), e.name) for e in case.events])
                               for case, report in zip(cases, reports, strict=True)))
    return EXIT_OK


MAX_LISTED = 20  # bad files named in one message


def _case_files(folder: Path, project: Project, as_of: date | None) -> list[Case]:
    paths = sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".yaml", ".yml", ".json"))
    if not paths:
        raise InputError(folder, "", "expected a CIN census XML file or a folder of case files "
                         "(YAML or JSON); the folder holds none")
    cases, refused = [], []
    for path in paths:  # every bad file is named, not only the first
        try:
            cases.append(_read_case(path, project, as_of))
        except InputError as error:
            refused.append(error)
    if refused:
        shown = "".join(f"\n  {error}" for error in refused[:MAX_LISTED])
        more = len(refused) - MAX_LISTED
        if more > 0:
            shown += f"\n  and {more} more"
        raise InputError(folder, "", f"{len(refused)} of its {len(paths)} case files cannot "
                         f"be used:{shown}")
    return cases


def _audit(args: argparse.Namespace, project: Project) -> int:
    from cpkb.audit import Output, Progress, Source, audit_sources, census_as_of, census_authority
    from cpkb.census import CensusFile

    if args.workers < 1:
        raise InputError(None, "--workers", f"expected 1 or more processes, got {args.workers}")
    if args.compact and args.format != "json":
        raise InputError(None, "--compact", f"expected --format json, got {args.format}")
    if args.authority and args.authority not in project.authorities:
        raise InputError(None, "--authority",
                         f"expected one of {', '.join(sorted(project.authorities))}")
    given = _given_as_of(args)
    today = given or date.today()
    # Every input is opened (and its header checked) before anything is audited.
    sources: list[Source] = []
    for name in args.inputs:
        path = Path(name)
        if path.is_dir():
            cases = _case_files(path, project, given)
            sources.append(Source(path, cases, ", ".join(sorted({c.authority for c in cases})),
                                  today))
            continue
        census = CensusFile(path)
        sources.append(Source(path, census, census_authority(census, args.authority,
                                                             "--authority"),
                              census_as_of(census, given, today)))
    progress = Progress(not args.quiet, sum(
        s.content.size for s in sources if isinstance(s.content, CensusFile)))
    audit_sources(project, sources, Output(args.format, args.compact), args.workers,
                  sys.stdout, progress)
    return 0


def _generate(args: argparse.Namespace, project: Project) -> int:
    from cpkb.census_generator import Settings, write_census
    from cpkb.files import writable, written_whole

    for name, share in (("--late-share", args.late_share), ("--missing-share", args.missing_share)):
        if not 0 <= share <= 1:
            raise InputError(None, name, f"expected a share between 0 and 1, got {share}")
    if args.late_share + args.missing_share > 1:
        raise InputError(None, "--late-share", "expected late and missing shares adding up to "
                         "at most 1")
    if args.children < 1:
        raise InputError(None, "--children", f"expected 1 or more children, got {args.children}")
    settings = Settings(args.children, args.seed, args.late_share, args.missing_share)
    output, breaches_file = Path(args.output), Path(args.breaches) if args.breaches else None
    if breaches_file is not None:
        writable(breaches_file, "--breaches")  # checked before the census is written
        if breaches_file.resolve() == output.resolve():
            raise InputError(breaches_file, "--breaches", "expected a file other than --output")
    with written_whole(output, "--output") as out:
        breaches = write_census(settings, out)
    if breaches_file is not None:
        with written_whole(breaches_file, "--breaches") as out:
            out.write(json.dumps(breaches, indent=1) + "\n")
    return EXIT_OK


def _compare(args: argparse.Namespace, project: Project) -> int:
    from cpkb.compare import (
        as_json,
        compare_case,
        compare_rules,
        render_case_markdown,
        render_rules_markdown,
    )

    if not args.cases:
        rules = compare_rules(project)
        _print(_json_documents([as_json(rules)]) if args.format == "json"
                         else render_rules_markdown(rules))
        return EXIT_OK
    as_of = _given_as_of(args)
    comparisons = [compare_case(project, _read_case(Path(path), project, as_of))
                   for path in args.cases]
    _print(_json_documents(comparisons) if args.format == "json"
                     else "\n".join(render_case_markdown(c) for c in comparisons))
    return EXIT_OK


def _rules(args: argparse.Namespace, project: Project) -> int:
    if args.authority and args.authority not in project.authorities:
        raise InputError(None, "--authority",
                         f"expected one of {', '.join(sorted(project.authorities))}")
    from cpkb.report import citation

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
        _print(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
        _print("".join(f"{r.id:<48} {r.modality:<10} {r.title}\n" for r in rules))
    return 0


def _serve(args: argparse.Namespace, project: Project) -> int:
    try:
        from cpkb.serve import serve
    except ModuleNotFoundError as error:
        raise InputError(None, "serve", f"needs the serve extra ({error.name} is not "
                         "installed): pip install -e '.[serve]'") from None
    from cpkb.serve import Limits

    if not 0 < args.port < 65536:
        raise InputError(None, "--port", f"expected a port from 1 to 65535, got {args.port}")
    if args.audit_workers < 1:
        raise InputError(None, "--audit-workers",
                         f"expected a number of workers from 1, got {args.audit_workers}")
    for option in ("read_timeout", "evaluate_timeout", "audit_timeout"):
        if not getattr(args, option) > 0:
            raise InputError(None, "--" + option.replace("_", "-"),
                             f"expected a number of seconds above 0, got {getattr(args, option)}")
    serve(project, args.host, args.port, args.token, args.site, args.cors_origin,
          Limits(args.read_timeout, args.evaluate_timeout, args.audit_timeout),
          args.audit_workers)
    return EXIT_OK


def _lint(args: argparse.Namespace, project: Project) -> int:
    from cpkb.lint import lint, render_lint
    from cpkb.project import Project

    # Read from the files themselves, never from the cache of parsed files: finding what is
    # wrong in them is lint's job.
    result = lint(Project(project.home))
    if args.format == "json":
        _print(json.dumps(result.as_json(), indent=2) + "\n")
    else:
        _print(render_lint(result))
    return EXIT_OK if result.ok else EXIT_PROBLEMS


EXIT_OK, EXIT_PROBLEMS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_PIPE = 130, 141  # 128 + SIGINT, 128 + SIGPIPE, as a shell reports them
EXIT_STATUSES = f"""exit statuses:
  {EXIT_OK}    done
  {EXIT_PROBLEMS}    lint found problems in the knowledge base
  {EXIT_INPUT}    bad input or usage: one message on stderr names the file, the place and what
       was expected; nothing is printed on stdout and no file is written
  {EXIT_INTERNAL}    internal failure (a bug): one line on stderr; run again with --debug for
       the details
  {EXIT_INTERRUPTED}  interrupted (Ctrl-C): nothing partial is left behind
  {EXIT_PIPE}  the output was closed early (a pipe into head): ended quietly
"""


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="cpkb",
        description="Child protection conference procedure as cited, tested rules.",
        epilog=EXIT_STATUSES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    top.add_argument("--version", action="version", version=f"cpkb {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true",
                        help="on an internal failure, show the details (a traceback)")
    sub = top.add_subparsers(dest="command", required=True)
    add = functools.partial(sub.add_parser, parents=[common], epilog=EXIT_STATUSES,
                            formatter_class=argparse.RawDescriptionHelpFormatter)

    ev = add("evaluate", help="what is due, by when and why, for case files")
    ev.add_argument("cases", nargs="+", metavar="CASE",
                    help="case file(s), YAML or JSON; with several, --format json prints JSON "
                         "Lines (one object per line)")
    ev.add_argument("--format", choices=("json", "markdown", "text"), default="text")
    ev.add_argument("--as-of", metavar="DATE", help="evaluation date (overrides the file's as_of)")
    ev.set_defaults(run=_evaluate)

    li = add("lint", help="check the knowledge base's integrity and coverage")
    li.add_argument("--format", choices=("json", "text"), default="text")
    li.set_defaults(run=_lint)

    co = add("compare", help="the procedures side by side, or one case under each")
    co.add_argument("cases", nargs="*", metavar="CASE",
                    help="case files to evaluate under every authority (their own is ignored); "
                         "without one, the procedures' rules side by side")
    co.add_argument("--format", choices=("json", "markdown"), default="markdown")
    co.add_argument("--as-of", metavar="DATE", help="evaluation date for the case")
    co.set_defaults(run=_compare)

    au = add("audit", help="audit a caseload: a CIN census file or a folder of cases")
    au.add_argument("inputs", nargs="+", metavar="INPUT",
                    help="CIN census XML file(s), or folder(s) of case files")
    au.add_argument("--authority", metavar="A",
                    help="whose procedure (default: from the census header's LEA code)")
    au.add_argument("--as-of", metavar="DATE",
                    help="audit date (default: the census reference date, else today)")
    au.add_argument("--format", choices=AUDIT_FORMATS, default="json")
    au.add_argument("--workers", type=int, default=1, metavar="N",
                    help="processes to spread the children over (default 1)")
    au.add_argument("--compact", action="store_true",
                    help="JSON with each rule's citation once, in `rules`, the findings naming "
                         "the rule by id")
    au.add_argument("--quiet", action="store_true", help="no progress bar")
    au.set_defaults(run=_audit)

    ge = add("generate", help="generate synthetic data")
    ge.add_argument("what", choices=("census",))
    ge.add_argument("--children", type=int, required=True, metavar="N")
    ge.add_argument("--seed", type=int, required=True, metavar="S")
    ge.add_argument("--late-share", type=float, default=0.1, metavar="F")
    ge.add_argument("--missing-share", type=float, default=0.05, metavar="F")
    ge.add_argument("--output", required=True, metavar="FILE", help="the census XML file")
    ge.add_argument("--breaches", metavar="FILE",
                    help="also write the planted breaches here, as JSON")
    ge.set_defaults(run=_generate)

    ru = add("rules", help="list the rules")
    ru.add_argument("--authority", metavar="A", help="only this authority's rules")
    ru.add_argument("--format", choices=("json", "text"), default="text")
    ru.set_defaults(run=_rules)

    se = add("serve", help="the web API (evaluate, compare, rules, documents); needs the "
                          "serve extra")
    se.add_argument("--host", default="127.0.0.1",
                    help="the address to listen on (default 127.0.0.1: this machine only)")
    se.add_argument("--port", type=int, default=8000)
    se.add_argument("--token", help="require this bearer token on every request but /health "
                                    "(default: the CPKB_TOKEN environment variable, if set)")
    se.add_argument("--site", metavar="URL",
                    help="the published site the form's citations link to (default: the "
                         "CPKB_SITE environment variable, else mkdocs.yml's site_url)")
    se.add_argument("--cors-origin", action="append", metavar="ORIGIN",
                    help="let pages of this origin (https://host[:port]) call the API; "
                         "repeatable (default: the CPKB_CORS_ORIGINS environment variable's, "
                         "separated by spaces or commas; else none)")
    se.add_argument("--audit-workers", type=int, default=1, metavar="N",
                    help="worker processes of each POST /audit, in the audit's own process "
                         "(default 1)")
    se.add_argument("--read-timeout", type=float, default=30.0, metavar="S",
                    help="seconds for a case body to arrive, else 408 (default 30)")
    se.add_argument("--evaluate-timeout", type=float, default=30.0, metavar="S",
                    help="seconds for an evaluation or comparison to be answered, waiting "
                         "its turn included, else 503 (default 30)")
    se.add_argument("--audit-timeout", type=float, default=1800.0, metavar="S",
                    help="seconds for a census to be uploaded (else 408) and audited (else "
                         "503) (default 1800)")
    se.set_defaults(run=_serve)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        from cpkb.project import Project  # after the arguments: --help needs none of it

        status = args.run(args, Project.locate())
        sys.stdout.flush()  # a closed pipe shows here, not as a message at exit
        return status
    except InputError as error:
        print(f"cpkb: {error}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("cpkb: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader has gone (`cpkb evaluate ... | head -1`): end quietly, as Unix tools do.
        # What is still buffered for stdout would fail again at exit, so it goes nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE
    except Exception as error:
        if args.debug:
            raise
        # An EngineError can come only from a loaded cpkb.engine; importing it here could
        # fail in turn (durable-rules missing) and end with a traceback.
        engine = sys.modules.get("cpkb.engine")
        failed_in_engine = engine is not None and isinstance(error, engine.EngineError)
        what = "the rules engine failed" if failed_in_engine else "internal error"
        print(f"cpkb: {what} ({type(error).__name__}); this is a bug in cpkb: please report "
              "it with the output of the same command run with --debug", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
