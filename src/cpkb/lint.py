"""`cpkb lint`: the knowledge base's integrity checks and coverage (DESIGN.md, "Integrity checks").

Fails on: a quote that is not a verbatim substring of its paragraph; a paragraph neither
cited nor marked informative; a rule with no scenario; a scenario tag naming no rule; a kb
paragraph whose hash no longer matches its text or the source file; duplicate ids; a rule
file that breaks the schema; a rule or case word missing from the vocabulary; two scenarios
of one feature file with the same name (pytest-bdd would run only one); a comparison topic
naming no rule.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from cpkb.compare import load_topics
from cpkb.errors import InputError
from cpkb.evaluation import derived_event_fields
from cpkb.kb import verify
from cpkb.project import Project
from cpkb.rulebook import Decision, Duty, Pattern, Rule

RULE_TAG = re.compile(r"@rule:(\S+)")


@dataclass
class DocumentCoverage:
    document: str
    paragraphs: int = 0
    accounted_for: int = 0
    cited: int = 0
    informative: int = 0
    rules: int = 0
    rules_with_scenarios: int = 0
    scenarios: int = 0
    # A document with no rules/<document>/ folder is not encoded yet: its coverage is shown
    # but its unaccounted paragraphs are not failures until encoding starts.
    encoded: bool = False
    problems: list[str] = field(default_factory=list)


@dataclass
class LintResult:
    documents: dict[str, DocumentCoverage]
    problems: list[str]  # not tied to one document

    @property
    def all_problems(self) -> list[str]:
        return self.problems + [p for d in self.documents.values() for p in d.problems]

    @property
    def ok(self) -> bool:
        return not self.all_problems

    def as_json(self) -> dict:
        return {
            "ok": self.ok,
            "documents": {
                doc: {
                    "encoded": c.encoded,
                    "paragraphs": c.paragraphs,
                    "accounted_for": c.accounted_for,
                    "cited": c.cited,
                    "informative": c.informative,
                    "rules": c.rules,
                    "rules_with_scenarios": c.rules_with_scenarios,
                    "scenarios": c.scenarios,
                    "problems": c.problems,
                }
                for doc, c in self.documents.items()
            },
            "problems": self.problems,
        }


def duplicate_scenario_names(features: Path) -> list[str]:
    """pytest-bdd makes one test per scenario name in a file: a repeated name hides one."""
    problems = []
    for path in sorted(features.rglob("*.feature")):
        names = Counter(
            line.strip().split(":", 1)[1].strip()
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip().startswith(("Scenario:", "Scenario Outline:", "Example:"))
        )
        problems += [f"{path}: scenario name {name!r} is used {n} times; only one would run"
                     for name, n in names.items() if n > 1]
    return problems


def scenario_tags(features: Path) -> dict[str, list[str]]:
    """Rule id -> the scenarios (file:line) tagged with it."""
    tags: dict[str, list[str]] = {}
    for path in sorted(features.rglob("*.feature")):
        lines = path.read_text(encoding="utf-8").splitlines()
        pending: list[str] = []
        for number, line in enumerate(lines, start=1):
            stripped = line.strip()
            if stripped.startswith("@"):
                pending += RULE_TAG.findall(stripped)
            elif stripped.startswith(("Scenario", "Example:")):
                for rule_id in pending:
                    tags.setdefault(rule_id, []).append(f"{path}:{number}")
                pending = []
            elif stripped and not stripped.startswith("#"):
                pending = []
    return tags


def _pattern_problems(rule: Rule, pattern: Pattern, project: Project, place: str) -> list[str]:
    vocabulary = project.vocabulary
    if pattern.kind == "event":
        unknown = [n for n in pattern.names if n not in vocabulary.events]
        if unknown:
            return [f"{rule.id}: {place} names unknown event {', '.join(unknown)}"]
        known = set(derived_event_fields)
        for name in pattern.names:
            known |= set(vocabulary.events[name].attributes)
    elif pattern.kind == "decision":
        unknown = [n for n in pattern.names if n not in vocabulary.decisions]
        if unknown:
            return [f"{rule.id}: {place} names unknown decision {', '.join(unknown)}"]
        known = {"value", "event", "day"}
    else:
        known = set(vocabulary.child) | {"day"}
    return [
        f"{rule.id}: {place} tests unknown field {t.field!r}"
        for t in pattern.tests if t.field not in known
    ]


def _rule_problems(rule: Rule, project: Project) -> list[str]:
    problems = []
    for citation in rule.sources:
        paragraph = project.kb.paragraph(citation.paragraph)
        if paragraph is None:
            problems.append(f"{rule.id}: cites unknown paragraph {citation.paragraph}")
        elif citation.quote not in paragraph.text:
            problems.append(
                f"{rule.id}: quote is not verbatim in {citation.paragraph}: {citation.quote!r}"
            )
    if rule.authority not in project.kb.documents:
        problems.append(f"{rule.id}: rules/{rule.authority}/ names no kb document")
    for i, pattern in enumerate(rule.when):
        problems += _pattern_problems(rule, pattern, project, f"when[{i}]")
    for i, pattern in enumerate(rule.unless):
        problems += _pattern_problems(rule, pattern, project, f"unless[{i}]")
    effect = rule.effect
    if isinstance(effect, Duty):
        if effect.name not in project.vocabulary.duties:
            problems.append(f"{rule.id}: unknown duty {effect.name!r}")
        problems += _pattern_problems(rule, effect.fulfilled_by, project, "fulfilled_by")
        if effect.lasts_while and effect.lasts_while not in project.vocabulary.decisions:
            problems.append(f"{rule.id}: while: names unknown decision {effect.lasts_while!r}")
    elif isinstance(effect, Decision) and effect.name not in project.vocabulary.decisions:
        problems.append(f"{rule.id}: unknown decision {effect.name!r}")
    return problems


def lint(project: Project) -> LintResult:
    problems: list[str] = []
    documents = {doc: DocumentCoverage(doc) for doc in project.kb.documents}
    for doc, document in project.kb.documents.items():
        documents[doc].problems += verify(document)
    try:
        rulebook = project.rulebook
    except InputError as error:
        return LintResult(documents, [f"rule file breaks the schema: {error}"])

    try:
        load_topics(project)
    except InputError as error:
        problems.append(f"comparison topics: {error}")
    counts = Counter(r.id for r in rulebook.rules)
    problems += [f"{rule_id}: duplicate rule id" for rule_id, n in counts.items() if n > 1]
    tags = scenario_tags(project.home / "features")
    problems += duplicate_scenario_names(project.home / "features")
    known_rules = set(counts)
    problems += [
        f"{where}: scenario tag @rule:{rule_id} names no rule"
        for rule_id, places in tags.items() if rule_id not in known_rules for where in places
    ]

    cited: dict[str, set[str]] = {}
    for rule in rulebook.rules:
        coverage = documents.get(rule.authority)
        rule_problems = _rule_problems(rule, project)
        if coverage is None:
            problems += rule_problems
            continue
        coverage.problems += rule_problems
        coverage.rules += 1
        if rule.id in tags:
            coverage.rules_with_scenarios += 1
            coverage.scenarios += len(tags[rule.id])
        else:
            coverage.problems.append(f"{rule.id}: no scenario is tagged @rule:{rule.id}")
        for c in rule.sources:
            cited.setdefault(c.paragraph, set()).add(rule.id)

    informative: dict[str, str] = {}
    for item in rulebook.informative:
        if project.kb.paragraph(item.paragraph) is None:
            problems.append(f"{item.file}: informative paragraph {item.paragraph} does not exist")
        elif item.paragraph in informative:
            problems.append(f"{item.file}: {item.paragraph} is marked informative twice")
        informative[item.paragraph] = item.reason

    encoded = {path.name for path in (project.home / "rules").iterdir() if path.is_dir()}
    for doc, document in project.kb.documents.items():
        coverage = documents[doc]
        coverage.encoded = doc in encoded
        for p in document.paragraphs:
            if p.is_heading:
                continue
            coverage.paragraphs += 1
            is_cited, is_informative = p.id in cited, p.id in informative
            coverage.cited += is_cited
            coverage.informative += is_informative
            if is_cited and is_informative:
                coverage.problems.append(f"{p.id}: both cited by a rule and marked informative")
            if is_cited or is_informative:
                coverage.accounted_for += 1
            elif coverage.encoded:
                coverage.problems.append(f"{p.id}: neither cited by a rule nor marked informative")
    return LintResult(documents, problems)


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def render_lint(result: LintResult) -> str:
    out = [f"{'document':<20} {'paragraphs':>10} {'accounted':>10} {'rules':>6} "
           f"{'with scenarios':>15} {'problems':>9}"]
    for c in result.documents.values():
        out.append(
            f"{c.document:<20} {c.paragraphs:>10} "
            f"{_percent(c.accounted_for, c.paragraphs):>10} {c.rules:>6} "
            f"{_percent(c.rules_with_scenarios, c.rules):>15} {len(c.problems):>9}"
            + ("" if c.encoded else "  (not encoded yet)")
        )
    problems = result.all_problems
    out.append("")
    out += [f"problem: {p}" for p in problems]
    out.append("lint: ok" if not problems else f"lint: {len(problems)} problem(s)")
    return "\n".join(out) + "\n"
