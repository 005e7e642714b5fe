"""Key timescales: every deadline of the five procedures, stage by stage, authority by authority.

The stages and their lines come from rules/stages.yaml; each cell is made from the rules that
set the line's duty (or dated decision) in one authority: the deadline in plain words, what
it runs from, the condition if any, the modality and the rule. A cell with no rule says "not
stated": silence is not a difference. A line whose authorities' rules differ in period,
starting point or modality says how; an authority whose rules give one duty different
deadlines from one starting point contradicts itself, and those are listed first. The table
is typed data here, rendered as the site's page (templates/timescales.md.j2) and as CSV.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from cpkb.errors import InputError
from cpkb.files import read_data
from cpkb.plain import CHILD_DATES
from cpkb.project import Project
from cpkb.rulebook import Decision, Duty, Pattern, Rule, Test, Timing

STAGES_FILE = "stages.yaml"
NOT_STATED = "not stated"
KINDS = ("duty", "decision")

# The words of a condition on the starting event, where the rule narrows it (a split vote,
# a child of 8 or over).
_OPS = {"is": "is", "not": "is not", "one_of": "is one of", "at_least": "is at least",
        "at_most": "is at most", "above": "is above", "below": "is below"}


# -- rules/stages.yaml ---------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One line of the table: a duty or decision, narrowed to the rules whose period runs
    from one of `starts` (their first `when` pattern's names) when that is given."""

    kind: str  # "duty" or "decision"
    name: str
    title: str
    starts: tuple[str, ...] = ()

    def takes(self, rule: Rule) -> bool:
        effect = rule.effect
        if self.kind == "duty":
            if not isinstance(effect, Duty):
                return False
        elif not isinstance(effect, Decision) or effect.timing is None:
            return False  # a decision with no date of its own has no timescale
        if effect.name != self.name:
            return False
        return not self.starts or bool(set(rule.when[0].names) & set(self.starts))


@dataclass(frozen=True)
class Stage:
    title: str
    lines: tuple[Line, ...]


def load_stages(project: Project) -> list[Stage]:
    path = project.home / "rules" / STAGES_FILE
    data = read_data(path)
    items = data.get("stages") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise InputError(path, "stages", "expected a list of {title, lines}")
    vocabulary = project.vocabulary
    known = {"duty": set(vocabulary.duties), "decision": set(vocabulary.decisions)}
    starting = set(vocabulary.events) | set(vocabulary.groups) | set(vocabulary.decisions)
    stages = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("title"), str) \
                or not isinstance(item.get("lines"), list):
            raise InputError(path, f"stages[{i}]", "expected title and lines")
        lines = []
        for j, line in enumerate(item["lines"]):
            where = f"stages[{i}].lines[{j}]"
            kinds = [k for k in KINDS if isinstance(line, dict) and k in line]
            if len(kinds) != 1 or not isinstance(line.get("title"), str):
                raise InputError(path, where, "expected a duty or a decision, and a title")
            kind = kinds[0]
            if line[kind] not in known[kind]:
                raise InputError(path, where, f"no such {kind} in the vocabulary: {line[kind]}")
            starts = line.get("from", [])
            if not isinstance(starts, list) or not set(starts) <= starting:
                raise InputError(path, f"{where}.from", "expected a list of event, group or "
                                 f"decision names, got {starts!r}")
            lines.append(Line(kind, line[kind], line["title"], tuple(starts)))
        stages.append(Stage(item["title"], tuple(lines)))
    return stages


def timed_rules(project: Project) -> list[Rule]:
    """The rules that give a duty a period: each must be on some line of the stages."""
    return [r for r in project.rulebook.rules
            if isinstance(r.effect, Duty) and r.effect.timing.period is not None]


def unplaced(project: Project, stages: Iterable[Stage]) -> list[Rule]:
    lines = [line for stage in stages for line in stage.lines]
    return [r for r in timed_rules(project) if not any(line.takes(r) for line in lines)]


# -- the table -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One rule in a cell."""

    rule: str  # its id
    deadline: str  # "15 working days", "24 hours before", "no number of days is given"
    runs_from: str  # "the last strategy discussion"
    condition: str  # "" or "when the child's age is at least 8"
    modality: str

    @property
    def words(self) -> str:
        """The cell's text: "15 working days from the last strategy discussion - should"."""
        if self.deadline.endswith((" before", " after", " as", " of")):
            when = f"{self.deadline} {self.runs_from}"
        elif self.deadline[:1].isdigit():
            when = f"{self.deadline} from {self.runs_from}"
        else:  # words only ("no number of days is given"): say what they are about
            when = f"{self.deadline}, from {self.runs_from}"
        if self.condition:
            when += f", {self.condition}"
        return f"{when} - {self.modality}"


@dataclass(frozen=True)
class Cell:
    authority: str  # the document's name (bolton)
    entries: tuple[Entry, ...]  # none: the authority states no rule for the line

    @property
    def words(self) -> str:
        return "; ".join(e.words for e in self.entries) or NOT_STATED

    @property
    def contradictions(self) -> tuple[Entry, ...]:
        """Its entries that give one starting point, under one condition, different
        deadlines (a conference stood down and one deferred are two starting points)."""
        deadlines: dict[tuple[str, str], set[str]] = {}
        for e in self.entries:
            deadlines.setdefault((e.runs_from, e.condition), set()).add(e.deadline)
        return tuple(e for e in self.entries if len(deadlines[e.runs_from, e.condition]) > 1)


@dataclass(frozen=True)
class Row:
    stage: str
    title: str
    cells: tuple[Cell, ...]  # one per authority, in the knowledge base's order
    differences: str  # how the authorities that state it differ, in words; "" if they agree


@dataclass(frozen=True)
class Contradiction:
    authority: str
    row: Row
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Timescales:
    authorities: dict[str, str]  # document name -> the authority's name, in order
    stages: tuple[tuple[str, tuple[Row, ...]], ...]
    unplaced: tuple[Rule, ...]  # timed rules on no line (tests hold it empty)

    @property
    def rows(self) -> list[Row]:
        return [row for _, rows in self.stages for row in rows]

    @property
    def contradictions(self) -> list[Contradiction]:
        return [Contradiction(cell.authority, row, cell.contradictions)
                for row in self.rows for cell in row.cells if cell.contradictions]

    def row(self, title: str) -> Row:
        return next(r for r in self.rows if r.title == title)


def _name(name: str, abbreviations: frozenset[str]) -> str:
    """An event, group or decision name in words: a group of held conferences is the
    conference ("initial_conference_held" -> "initial conference"); abbreviations stay in
    capitals, so that their tooltips show."""
    words = [w.upper() if w.upper() in abbreviations else w
             for w in name.split("_")]
    if words[-1] == "held" and len(words) > 1:
        words.pop()
    return " ".join(words)


def _condition(test: Test) -> str:
    field = test.field.replace("_", " ")
    if test.op == "present":
        return f"{field} {'recorded' if test.value else 'not recorded'}"
    if isinstance(test.value, bool) and test.op in ("is", "not"):
        return field if (test.value is True) == (test.op == "is") else f"not {field}"
    value = test.value
    if isinstance(value, list):
        value = " or ".join(str(v).replace("_", " ") for v in value)
    return f"{field} {_OPS.get(test.op, test.op)} {str(value).replace('_', ' ')}"


def _start(trigger: Pattern, timing: Timing | None,
           abbreviations: frozenset[str]) -> tuple[str, str]:
    """What the rule's period runs from, and the condition on it, in words."""
    if trigger.kind == "child":
        field = timing.start_field if timing and timing.start_field else "born"
        return f"the child's {CHILD_DATES.get(field, field.replace('_', ' '))}", ""
    names = " or ".join(_name(n, abbreviations) for n in trigger.names)
    tests = {t.field: t for t in trigger.tests if t.other is None}
    said = set()
    if trigger.kind == "decision":
        at = tests.get("event")
        where = f" at the {_name(str(at.value), abbreviations)}" if at else ""
        value = tests.get("value")
        start = (f"the decision for a {names}{where}" if value and value.value is True
                 else f"the {names} decision{where}")
        said = {"event", "value"}
    else:
        order = next((word for field, word in (("latest", "last"), ("first", "first"))
                      if field in tests and tests[field].value is True), "")
        start = f"the {order + ' ' if order else ''}{names}"
        said = {"latest", "first"} if order else set()
    conditions = [_condition(t) for f, t in tests.items() if f not in said]
    return start, ("when " + " and ".join(conditions)) if conditions else ""


def _deadline(timing: Timing) -> str:
    """The period in words, without what it runs from."""
    if timing.start_field and timing.period is not None:
        # A date of the child's, or the trigger's own day: the period is all there is.
        if not timing.period.amount:
            return "on the day of"
        return f"{timing.period} {timing.direction}"
    return timing.words.removeprefix("within ")


def entry(rule: Rule, abbreviations: frozenset[str]) -> Entry:
    timing = getattr(rule.effect, "timing", None)
    runs_from, condition = _start(rule.when[0], timing, abbreviations)
    return Entry(rule=rule.id, deadline=_deadline(timing) if timing else "",
             runs_from=runs_from, condition=condition, modality=rule.modality)


def _differences(cells: tuple[Cell, ...], names: dict[str, str]) -> str:
    """How the authorities that state the line differ: each of period, starting point and
    modality on which they do not all agree, with the authorities that say each. Silence is
    not a difference."""
    stated = [c for c in cells if c.entries]
    parts = []
    for aspect, of in (("the period", lambda e: e.deadline),
                       ("what it runs from", lambda e: e.runs_from),
                       ("the modality", lambda e: e.modality)):
        saying: dict[str, list[str]] = {}
        for c in stated:
            said = " or ".join(sorted({of(e) for e in c.entries}))
            saying.setdefault(said, []).append(names[c.authority])
        if len(saying) > 1:
            parts.append(f"{aspect} (" + "; ".join(f"{said}: {', '.join(who)}"
                                                   for said, who in saying.items()) + ")")
    return ("They differ in " + ", and in ".join(parts) + ".") if parts else ""


def build(project: Project, abbreviations: Iterable[str] = ()) -> Timescales:
    known = frozenset(abbreviations)
    names = {doc: d.authority or doc for doc, d in project.kb.documents.items()}
    rules = project.rulebook.rules
    stages = load_stages(project)
    built = []
    for stage in stages:
        rows = []
        for line in stage.lines:
            cells = tuple(
                Cell(doc, tuple(entry(r, known) for r in rules
                                if r.authority == doc and line.takes(r)))
                for doc in names)
            rows.append(Row(stage.title, line.title, cells, _differences(cells, names)))
        built.append((stage.title, tuple(rows)))
    return Timescales(names, tuple(built), tuple(unplaced(project, stages)))


# -- the page and the download -------------------------------------------------------------

CSV_COLUMNS = ("stage", "timescale", "authority", "says", "deadline", "runs from", "condition",
               "modality", "rule", "how the authorities differ")


def csv_text(table: Timescales) -> str:
    """The table as CSV: one line per rule in a cell, and one "not stated" line for a cell
    with none, so that a spreadsheet filters it by stage, authority or rule."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in table.rows:
        for cell in row.cells:
            authority = table.authorities[cell.authority]
            for e in cell.entries:
                writer.writerow((row.stage, row.title, authority, e.words, e.deadline,
                                 e.runs_from, e.condition, e.modality, e.rule, row.differences))
            if not cell.entries:
                writer.writerow((row.stage, row.title, authority, NOT_STATED, "", "", "", "", "",
                                 row.differences))
    return out.getvalue()


TEMPLATES = Path(__file__).parent / "templates"


def markdown(table: Timescales, csv_file: str, rule_link: Callable[[str], str],
             inline: Callable[[str], str]) -> str:
    """The page, from templates/timescales.md.j2: `csv_file` is the download's link,
    `rule_link` gives a rule's page relative to this one, `inline` shows text as written in
    Markdown (the site's escaping)."""
    environment = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined,
                              keep_trailing_newline=True, autoescape=False)
    environment.filters["inline"] = inline
    # Text in an HTML attribute or element written into the page as it stands.
    environment.filters["html"] = lambda text: (
        str(text).replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;"))
    return environment.get_template("timescales.md.j2").render(
        table=table, csv_file=csv_file, rule_link=rule_link, not_stated=NOT_STATED)
