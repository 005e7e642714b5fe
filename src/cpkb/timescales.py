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
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from cpkb.errors import InputError
from cpkb.files import read_data
from cpkb.plain import Wording, due_words
from cpkb.project import Project
from cpkb.rulebook import Decision, Duty, Rule

if TYPE_CHECKING:
    from jinja2 import Environment

STAGES_FILE = "stages.yaml"
NOT_STATED = "not stated"
KINDS = ("duty", "decision")

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
    # What the rule says: a deadline ("15 working days", "24 hours before", "no number of
    # days is given"), or, for a decision of no date, its value (cpkb.compare).
    says: str
    runs_from: str  # "the latest strategy discussion"
    condition: str  # "" or "when the child is aged 8 or over"
    modality: str

    @property
    def words(self) -> str:
        """The cell's text: "15 working days from the latest strategy discussion - should"."""
        when = due_words(self.says, self.runs_from)
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
            deadlines.setdefault((e.runs_from, e.condition), set()).add(e.says)
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


def entry(rule: Rule, wording: Wording) -> Entry:
    start = wording.start(rule)
    return Entry(rule=rule.id, says=wording.said(rule), runs_from=start.runs_from,
                 condition=start.condition, modality=rule.modality)


@dataclass(frozen=True)
class Difference:
    """One aspect on which the authorities that state a line do not all agree."""

    aspect: str  # "the period", "what it runs from", "the modality"
    by_authority: tuple[tuple[str, tuple[str, ...]], ...]  # (authority, what its rules say)

    def words(self, names: dict[str, str]) -> str:
        """"the period (15 working days: Bolton, Hammersmith & Fulham; ...: Wiltshire)"."""
        saying: dict[str, list[str]] = {}
        for authority, said in self.by_authority:
            saying.setdefault(" or ".join(said), []).append(names[authority])
        return f"{self.aspect} (" + "; ".join(f"{said}: {', '.join(who)}"
                                            for said, who in saying.items()) + ")"


def differences(cells: Iterable[Cell], what: str = "the period") -> tuple[Difference, ...]:
    """How the authorities that state a line differ: each of what they say (`what`: the
    period, for a deadline), starting point and modality on which they do not all agree.
    Silence is not a difference: a cell with no rule takes no part."""
    stated = [c for c in cells if c.entries]
    found = []
    for aspect, of in ((what, lambda e: e.says), ("what it runs from", lambda e: e.runs_from),
                       ("the modality", lambda e: e.modality)):
        by_authority = tuple((c.authority, tuple(sorted({of(e) for e in c.entries})))
                             for c in stated)
        if len({said for _, said in by_authority}) > 1:
            found.append(Difference(aspect, by_authority))
    return tuple(found)


def difference_words(found: Iterable[Difference], names: dict[str, str]) -> str:
    parts = [d.words(names) for d in found]
    return ("They differ in " + ", and in ".join(parts) + ".") if parts else ""


def build(project: Project, abbreviations: Iterable[str] = ()) -> Timescales:
    wording = Wording(project.vocabulary, abbreviations)
    names = {doc: d.authority or doc for doc, d in project.kb.documents.items()}
    rules = project.rulebook.rules
    stages = load_stages(project)
    built = []
    for stage in stages:
        rows = []
        for line in stage.lines:
            cells = tuple(
                Cell(doc, tuple(entry(r, wording) for r in rules
                                if r.authority == doc and line.takes(r)))
                for doc in names)
            rows.append(Row(stage.title, line.title, cells,
                            difference_words(differences(cells), names)))
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
                writer.writerow((row.stage, row.title, authority, e.words, e.says,
                                 e.runs_from, e.condition, e.modality, e.rule, row.differences))
            if not cell.entries:
                writer.writerow((row.stage, row.title, authority, NOT_STATED, "", "", "", "", "",
                                 row.differences))
    return out.getvalue()


TEMPLATES = Path(__file__).parent / "templates"


def render(template: str, inline: Callable[[str], str], **context: object) -> str:
    """A page from one of templates/, `inline` showing text as written in Markdown (the
    site's escaping); `html` writes text into an HTML attribute or element as it stands."""
    return _environment(inline).get_template(template).render(**context)


@lru_cache(maxsize=4)
def _environment(inline: Callable[[str], str]) -> Environment:
    """One Jinja2 environment for each escaping: it compiles each template once for the
    site's hundreds of pages (and again when a template file changes, under `mkdocs serve`)."""
    # Jinja2 comes with the site extra (MkDocs): only the site renders templates, and
    # `cpkb lint` and `cpkb compare`, which import this module, run on the base install.
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    environment = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined,
                              keep_trailing_newline=True, autoescape=False)
    environment.filters["inline"] = inline
    environment.filters["html"] = lambda text: (
        str(text).replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;"))
    return environment


def markdown(table: Timescales, csv_file: str, rule_link: Callable[[str], str],
             inline: Callable[[str], str]) -> str:
    """The page, from templates/timescales.md.j2: `csv_file` is the download's link,
    `rule_link` gives a rule's page relative to this one."""
    return render("timescales.md.j2", inline, table=table, csv_file=csv_file,
                  rule_link=rule_link, not_stated=NOT_STATED)
