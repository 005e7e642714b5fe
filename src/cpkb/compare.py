"""`cpkb compare`: the five procedures side by side.

Without a case: for every duty and decision name, each authority's rules as a cell of the
key timescales (cpkb.timescales: deadline, what it runs from, condition, modality), how the
authorities that state it differ (timescales.differences) and its verdict: they agree,
differ, only one authority says it (silence is not difference), or one contradicts itself;
then the topics in rules/comparisons.yaml, which line up rules that answer one question
under different names (the age from which a child is expected to attend). The rows are typed
(Compared) for the command's JSON and Markdown and the site's page, which groups them by the
stages of rules/stages.yaml (by_stage). With a case: the same case evaluated under every
procedure.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from cpkb import tables
from cpkb.case import Case
from cpkb.errors import InputError, printable
from cpkb.files import read_data
from cpkb.plain import PlainRule, Wording
from cpkb.project import Project
from cpkb.report import citation
from cpkb.rulebook import Decision, Duty, Rule
from cpkb.timescales import (
    NOT_STATED,
    Cell,
    Difference,
    Entry,
    difference_words,
    differences,
    load_stages,
    render,
)
from cpkb.timescales import entry as timescales_entry

COMPARISONS_FILE = "comparisons.yaml"


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    rules: tuple[str, ...]


def load_topics(project: Project) -> list[Topic]:
    path = project.home / "rules" / COMPARISONS_FILE
    if not path.exists():
        return []
    data = read_data(path)
    items = data.get("topics") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise InputError(path, "topics", "expected a list of {id, title, rules}")
    topics = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not {"id", "title", "rules"} <= set(item):
            raise InputError(path, f"topics[{i}]", "expected id, title and rules")
        unknown = [r for r in item["rules"] if project.rulebook.rule(r) is None]
        if unknown:
            raise InputError(path, f"topics[{i}].rules", f"no such rule: {', '.join(unknown)}")
        topics.append(Topic(item["id"], item["title"], tuple(item["rules"])))
    return topics


# A row's verdict, most telling first: a self-contradiction is counted as that alone.
CONTRADICTS, ONE_SAYS, DIFFER, AGREE = (
    "contradicts itself", "only one authority says", "differ", "agree")
VERDICTS = (AGREE, DIFFER, ONE_SAYS, CONTRADICTS)  # the order of the site's summary


@dataclass(frozen=True)
class Written:
    """What a reader checks a rule's entry against: its title, its logic in plain words,
    its first source (report.citation) and its flags."""

    title: str
    logic: PlainRule
    source: dict[str, Any]
    flags: tuple[str, ...]


@dataclass(frozen=True)
class Compared:
    """One duty, decision or topic across the authorities: each one's rules as a cell of the
    key timescales, and how those that state it differ (timescales.differences)."""

    name: str  # the duty's or decision's name, or the topic's title
    kind: str  # "duty", "decision" or "topic"
    title: str  # what a reader reads: a stage line's title, the duty in words, the topic
    cells: tuple[Cell, ...]  # one per authority, in the knowledge base's order
    differences: tuple[Difference, ...]
    contradictions: tuple[tuple[str, tuple[Entry, ...]], ...]  # (authority, clashing entries)
    topic: str = ""  # a topic's id

    @property
    def silent(self) -> list[str]:
        return [c.authority for c in self.cells if not c.entries]

    @property
    def verdict(self) -> str:
        """Silence is not difference: with one authority stating it, nobody differs."""
        if self.contradictions:
            return CONTRADICTS
        if sum(1 for c in self.cells if c.entries) < 2:
            return ONE_SAYS
        return DIFFER if self.differences else AGREE

    def clashing(self, authority: str) -> tuple[Entry, ...]:
        return dict(self.contradictions).get(authority, ())

    def shown(self, entry: Entry) -> str:
        """An entry as a cell shows it: a duty's deadline with what it runs from and its force
        ("15 working days from the latest strategy discussion - should"); a decision's or a
        topic's rule as it says it, its force in brackets."""
        return entry.words if self.kind == "duty" else entry.says


@dataclass(frozen=True)
class Comparison:
    fingerprint: str
    version: str
    authorities: dict[str, str]  # document name -> the authority's name, in order
    rows: tuple[Compared, ...]  # every duty and decision, by name
    topics: tuple[Compared, ...]  # rules/comparisons.yaml
    written: dict[str, Written]  # rule id -> what its entries are checked against

    def row(self, name: str) -> Compared:
        return next(r for r in (*self.rows, *self.topics) if r.name == name)


def summary(rows: Iterable[Compared]) -> dict[str, int]:
    """How many rows have each verdict, in the order of VERDICTS."""
    verdicts = [r.verdict for r in rows]
    return {v: verdicts.count(v) for v in VERDICTS}


def _entry(rule: Rule, wording: Wording, kind: str) -> Entry:
    # For a duty the deadline is what differs between authorities (as in the key
    # timescales); for a decision, its value; for a topic, the conditions too (an age, say),
    # since they are what differs there.
    if kind == "duty":
        return timescales_entry(rule, wording)
    plain = wording.describe(rule)
    start = wording.start(rule)
    says = f"{plain.when}: {plain.then}" if kind == "topic" else plain.then
    return Entry(rule=rule.id, says=says, runs_from=start.runs_from,
                 condition=start.condition, modality=rule.modality)


class _Rows:
    """Makes the rows of one project: its authorities, wording and rules' flags."""

    def __init__(self, project: Project, wording: Wording) -> None:
        self.authorities = {doc: d.authority or doc for doc, d in project.kb.documents.items()}
        self.wording = wording
        self.flags = {r.id: r.flags for r in project.rulebook.rules}

    def row(self, kind: str, name: str, title: str, rules: Iterable[Rule],
            topic: str = "") -> Compared:
        entries = [(r.authority, _entry(r, self.wording, kind)) for r in rules]
        cells = tuple(Cell(doc, tuple(e for a, e in entries if a == doc))
                      for doc in self.authorities)
        contradictions = []
        for cell in cells:
            # Different deadlines from one start under one condition (timescales.Cell), or a
            # rule flagged as contradicting another. Decisions and topics gather rules that
            # apply under different conditions: no contradiction of deadlines.
            clashing = tuple(e for e in cell.entries
                             if (kind == "duty" and e in cell.contradictions)
                             or "contradiction" in self.flags[e.rule])
            if clashing:
                contradictions.append((cell.authority, clashing))
        what = "the period" if kind == "duty" else "what it says"
        return Compared(name, kind, title, cells, differences(cells, what),
                        tuple(contradictions), topic)


def compare_rules(project: Project, abbreviations: Iterable[str] = ()) -> Comparison:
    wording = Wording(project.vocabulary, abbreviations)
    make = _Rows(project, wording)
    rules = project.rulebook.rules
    rows = []
    for kind, effect_type in (("duty", Duty), ("decision", Decision)):
        names = sorted({r.effect_name for r in rules if isinstance(r.effect, effect_type)})
        for name in names:
            rows.append(make.row(kind, name, wording.title(kind, name),
                                 [r for r in rules if isinstance(r.effect, effect_type)
                                  and r.effect_name == name]))
    by_id = {r.id: r for r in rules}  # load_topics refuses a topic naming no rule
    topics = [make.row("topic", t.title, t.title, [by_id[r] for r in t.rules], t.id)
              for t in load_topics(project)]
    written = {r.id: Written(r.title, wording.describe(r), citation(r.sources[0]), r.flags)
               for r in rules}
    return Comparison(project.fingerprint, project.version, make.authorities, tuple(rows),
                      tuple(topics), written)


# -- the site's page: the same rows by stage -----------------------------------------------

OTHER = "Other duties and decisions"
NO_TOPIC = "In no topic"


@dataclass(frozen=True)
class Section:
    title: str
    level: int  # its heading's: 2 for a stage and OTHER, 3 for a topic under OTHER
    rows: tuple[Compared, ...]


def by_stage(project: Project, comparison: Comparison,
             abbreviations: Iterable[str] = ()) -> tuple[Section, ...]:
    """The rows as the site shows them: a stage's lines (rules/stages.yaml) as rows of the
    rules each takes; then, under OTHER, the rules no line takes, by duty or decision, each
    under the first topic of rules/comparisons.yaml holding one of its rules (the topic's
    own row first), the rest under NO_TOPIC. Each rule is on one row, beside the topics."""
    make = _Rows(project, Wording(project.vocabulary, abbreviations))
    rules = project.rulebook.rules
    stages = load_stages(project)
    lines = [line for stage in stages for line in stage.lines]
    sections = [Section(stage.title, 2, tuple(
        make.row(line.kind, line.name, line.title, [r for r in rules if line.takes(r)])
        for line in stage.lines)) for stage in stages]
    others = []
    for row in comparison.rows:
        left = [r for r in rules if r.effect_kind == row.kind and r.effect_name == row.name
                and not any(line.takes(r) for line in lines)]
        if left:
            others.append((make.row(row.kind, row.name, row.title, left), {r.id for r in left}))
    topics = load_topics(project)
    placed: set[str] = set()
    grouped = [Section(OTHER, 2, ())]
    for topic in topics:
        held = [row for row, ids in others
                if row.name not in placed and ids & set(topic.rules)]
        placed |= {row.name for row in held}
        grouped.append(Section(topic.title, 3, (comparison.row(topic.title), *held)))
    grouped.append(Section(NO_TOPIC, 3, tuple(row for row, _ in others
                                              if row.name not in placed)))
    return (*sections, *grouped)


# -- JSON and Markdown -----------------------------------------------------------------------


def _json_entry(entry: Entry, written: Written) -> dict[str, Any]:
    out = {
        "rule": entry.rule,
        "title": written.title,
        "modality": entry.modality,
        "says": entry.says,
        "starts_from": entry.runs_from,
        "condition": entry.condition,
        "logic": {"when": written.logic.when, "then": written.logic.then,
                  "by_when": written.logic.by_when},
        "source": written.source,
    }
    if written.flags:
        out["flags"] = list(written.flags)
    return out


def _json_row(row: Compared, written: dict[str, Written]) -> dict[str, Any]:
    entries = [e for c in row.cells for e in c.entries]
    out: dict[str, Any] = {"id": row.topic} if row.topic else {}
    return {
        **out,
        "name": row.name,
        "kind": row.kind,
        "verdict": row.verdict,
        "authorities": {c.authority: [_json_entry(e, written[e.rule]) for e in c.entries]
                        for c in row.cells},
        "silent": row.silent,
        "differs": bool(row.differences),
        "variants": [{"says": s, "starts_from": f}
                     for s, f in sorted({(e.says, e.runs_from) for e in entries})],
        "differences": [{"aspect": d.aspect, "by_authority": {a: list(v) for a, v in
                                                              d.by_authority}}
                        for d in row.differences],
        "contradictions": {a: [e.rule for e in es] for a, es in row.contradictions},
    }


def as_json(comparison: Comparison) -> dict[str, Any]:
    """`cpkb compare --format json` without a case."""
    return {
        "knowledge_base": {"fingerprint": comparison.fingerprint,
                           "version": comparison.version},
        "authorities": sorted(comparison.authorities),
        "rows": [_json_row(r, comparison.written) for r in comparison.rows],
        "topics": [_json_row(r, comparison.written) for r in comparison.topics],
    }


def compare_case(project: Project, case: Case) -> dict[str, Any]:
    reports = {
        authority: project.report(dataclasses.replace(case, authority=authority))
        for authority in sorted(project.kb.documents)
    }
    names = sorted({d["duty"] for r in reports.values() for d in r["duties"]})
    duties = {
        name: {a: [{k: d[k] for k in ("due", "status", "deadline", "rule")}
                   for d in r["duties"] if d["duty"] == name] for a, r in reports.items()}
        for name in names
    }
    return {
        "case": case.reference,
        "as_of": case.as_of.isoformat(),
        "note": f"the case file names {case.authority}; that is ignored here and the case is "
                "evaluated under every authority's procedure",
        "knowledge_base": {"fingerprint": project.fingerprint, "version": project.version},
        "duties": duties,
        "reports": reports,
    }


def marks(row: Compared, names: dict[str, str]) -> str:
    """A row's verdict in words: how the authorities differ, who is silent, who contradicts
    itself."""
    out = [f"**{difference_words(row.differences, names)}**" if row.differences
           else "only one authority says" if row.verdict == ONE_SAYS else ""]
    if row.silent:
        out.append("silent: " + ", ".join(names[a] for a in row.silent))
    for authority, entries in row.contradictions:
        out.append(f"**{names[authority]} contradicts itself** "
                   f"({', '.join(e.rule for e in entries)})")
    return "; ".join(m for m in out if m) or "all agree"


def _markdown_row(row: Compared, comparison: Comparison) -> list[str]:
    rows = [[cell.authority, f"`{e.rule}`", e.modality, e.says, e.runs_from,
             f"{comparison.written[e.rule].source['paragraph']}: "
             f"\"{comparison.written[e.rule].source['quote']}\""]
            for cell in row.cells for e in cell.entries]
    return [f"### {row.name} ({row.kind})", "",
            tables.cell(marks(row, comparison.authorities)), "",
            *tables.markdown(["authority", "rule", "modality", "says", "runs from", "source"],
                            rows), ""]


def render_rules_markdown(comparison: Comparison) -> str:
    out = ["# Procedures compared", "",
           f"Knowledge base {comparison.version} (`{comparison.fingerprint}`).", "",
           "## Duties and decisions", ""]
    for row in comparison.rows:
        out += _markdown_row(row, comparison)
    if comparison.topics:
        out += ["## Topics", ""]
        for row in comparison.topics:
            out += _markdown_row(row, comparison)
    return "\n".join(out)


def render_case_markdown(comparison: dict[str, Any]) -> str:
    authorities = list(comparison["reports"])
    out = [f"# Case {comparison['case']} under every procedure", "",
           f"As of {comparison['as_of']}. Note: {comparison['note']}.", "",
           *tables.markdown(["duty", *authorities], [
               [name, *("<br>".join(f"{d['due'] or d['deadline']} {d['status']} (`{d['rule']}`)"
                                    for d in cells[authority]) or "silent"
                        for authority in authorities)]
               for name, cells in comparison["duties"].items()])]
    return printable("\n".join(out) + "\n")



# -- the site's page -------------------------------------------------------------------------

# Each verdict as a row's mark, and as a line of the summary after its count.
LABELS = {AGREE: "All that state it agree", DIFFER: "Procedures differ",
          ONE_SAYS: "Only one authority says", CONTRADICTS: "A procedure contradicts itself"}
MEANINGS = {
    AGREE: "agree: every procedure that states it says the same",
    DIFFER: "differ: the procedures that state it differ in what it says, what it runs from "
            "or its force",
    ONE_SAYS: "only one authority says: one procedure states it, the others are silent",
    CONTRADICTS: "contradict: a procedure's own rules give it different deadlines from the "
                 "same starting point (counted here only)",
}


def markdown(comparison: Comparison, sections: Iterable[Section],
             rule_link: Callable[[str], str], anchor: Callable[[Compared], str],
             inline: Callable[[str], str]) -> str:
    """The site's page, from templates/compare.md.j2: `rule_link` gives a rule's page
    relative to this one, `anchor` a row's anchor ("" for none)."""
    sections = tuple(sections)
    rows = [row for section in sections for row in section.rows]
    return render("compare.md.j2", inline, comparison=comparison, sections=sections,
                  total=len(rows), counts=summary(rows), meaning=MEANINGS, label=LABELS,
                  contradictions=[r for r in rows if r.contradictions], rule_link=rule_link,
                  anchor=anchor, difference_words=difference_words, not_stated=NOT_STATED)
