"""The site's generated pages: what policy officers read instead of the YAML.

`build_site` turns kb/ (with its glossary), rules/, features/, examples/ and the last test run's
results (test-results/cucumber.json) into Markdown pages, keyed by their path under docs/:

- documents/<doc>.md: the document's provenance (publisher, date, the original file, offered
  for download as sources/<file>, with its sha256, and the received text's known defects),
  then every paragraph in order, with its anchor (report.paragraph_anchor) and, beside it,
  the rules that encode it, or the reason it encodes nothing, sentence by sentence;
- rules/<rule-id>.md: a rule with its quotes, its logic in plain English, the rules it
  feeds or is fed by, its conflicts and its scenarios' results;
- features/<doc>/<name>.md: a feature file, readably, with its scenarios' results;
- index.md, the home page: the common questions answered authority by authority
  (HOME_QUESTIONS), a card per authority;
- authorities/<doc>/<topic>.md: an authority's rules on one topic, named for what a reader
  looks for (TOPICS, which joins rule files that split one subject);
- authorities/, examples/<doc>.md (a worked example with its timeline as a Gantt chart),
  compare.md, coverage.md, glossary.md and vocabulary.md;
- timescales.md, the key timescales (cpkb.timescales), with its table as timescales.csv
  beside it, a download of the site.

docs/hooks.py hands the pages to mkdocs at build time; none is written into docs/. Every
link between pages is a relative link to the .md file, so that `mkdocs build --strict`
checks it and its anchor. Every page is a Jinja2 template (templates/*.md.j2; a worked
example's Gantt chart templates/gantt.mmd.j2) filled from a context made by a small method
each (`home_context`, `rule_context`, `document_context`, ...); what a context holds as
Markdown already is a link, a block of free text (`block`) or a table of computed cells
(`table`). The key timescales and compare pages are cpkb.timescales' and cpkb.compare's.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from markdown.extensions.toc import slugify as toc_slugify  # type: ignore[import-untyped]

from cpkb import tables
from cpkb.compare import Compared, Comparison, Topic, by_stage, compare_rules, load_topics
from cpkb.compare import markdown as compare_markdown
from cpkb.compiler import decisions_needed
from cpkb.errors import InputError
from cpkb.features import Feature, Scenario, load_features
from cpkb.files import read_data
from cpkb.kb import Document, Paragraph, Term, load_kb
from cpkb.lint import LintResult, lint
from cpkb.plain import Wording
from cpkb.project import Project
from cpkb.report import paragraph_anchor, render_markdown
from cpkb.rulebook import Decision, Duty, Informative, Rule, load_rulebook
from cpkb.timescales import NOT_STATED, Entry, Timescales, csv_text, render
from cpkb.timescales import build as build_timescales
from cpkb.timescales import markdown as timescales_markdown
from cpkb.vocabulary import Attribute, load_vocabulary

RESULTS_FILE = Path("test-results") / "cucumber.json"
PASSED, FAILED, SKIPPED, NOT_RUN = "passed", "failed", "skipped", "not run"
AUTHORITIES_NAV_ENTRY = {"Authorities": "authorities/index.md"}
TIMESCALES_PAGE, TIMESCALES_CSV = "timescales.md", "timescales.csv"
HOME_PAGE = "index.md"

FLAG_MEANINGS = {
    "ambiguous": "the source can be read more than one way; the notes say which reading the "
                 "rule takes",
    "contradiction": "the source contradicts itself or another paragraph here",
    "interpretation": "the rule had to choose a reading the words do not settle alone",
    "date-level reading": "a time in hours is read as whole days",
    "modality from context": "the rule takes its modality from another sentence it cites, such "
                             "as the lead-in of a list",
}

# Characters with an inline meaning in the site's Markdown: backslash-escaped so that source
# text shows as written. `&` and `<` are not escapable by backslash and become entities.
_INLINE = re.compile(r"([\\`*_{}\[\]>#!|])")
_BLOCK_START = re.compile(r"^(\s*)([-+]|\d+[.)])(\s)")


def inline(text: str) -> str:
    """Text shown as written inside a Markdown paragraph, heading or table cell."""
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return _INLINE.sub(r"\\\1", text).replace("\n", " ")


def block(text: str) -> str:
    """Free text (notes, descriptions) as Markdown paragraphs, shown as written."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip())]
    # A paragraph opening with "-" or "1." would turn into a list.
    return "\n\n".join(_BLOCK_START.sub(r"\1\\\2\3", inline(p)) for p in paragraphs if p)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def href(page: str, target: str, anchor: str = "") -> str:
    """A link from one page to another (paths under docs/), relative as mkdocs checks it."""
    link = posixpath.relpath(target, posixpath.dirname(page) or ".") if target != page else ""
    return link + (f"#{anchor}" if anchor else "")


def feature_page(feature: Feature) -> str:
    return f"features/{feature.uri.removesuffix('.feature')}.md"


def feature_title(feature: Feature) -> str:
    return pretty(Path(feature.uri).stem)


def scenario_anchors(feature: Feature) -> dict[int, str]:
    """Each scenario's anchor on its feature's page (by its line): its name as a slug, made
    unique in the file."""
    anchors: dict[int, str] = {}
    for scenario in feature.scenarios:
        anchor = slug(scenario.name) or f"scenario-{scenario.line}"
        while anchor in anchors.values():
            anchor += "-again"
        anchors[scenario.line] = anchor
    return anchors


def pretty(stem: str) -> str:
    """A file stem as a short title: "initial-conference" -> "Initial conference"."""
    words = stem.replace("-", " ").replace("_", " ")
    return words[:1].upper() + words[1:]


def document_page(doc: str) -> str:
    return f"documents/{doc}.md"


def rule_page(rule_id: str) -> str:
    return f"rules/{rule_id}.md"


def authority_page(doc: str) -> str:
    return f"authorities/{doc}/index.md"


def topic_page(doc: str, stem: str) -> str:
    """A topic's page: the stem of its (first) rule file, under its authority."""
    return f"authorities/{doc}/{stem}.md"


# The site's topics, named for what a reader looks for, each an authority's rule files: a
# rule file is a topic of its own unless listed under another. Bolton's files split one
# subject in two ("Conference conduct" and "Initial conference", "Core group" and "Plan and
# core group", "Reviews" and "Review conduct"): each pair is one topic here. A file not named
# here is a topic of its own, titled from its name.
TOPICS: dict[str, dict[str, tuple[str, ...]]] = {
    "bolton": {
        "initial-conference": ("The initial conference: timing, quoracy, who attends",
                               "conference-conduct"),
        "reports": ("Reports for the initial conference",),
        "core-group": ("The plan, the lead professional and the core group",
                       "plan-and-core-group"),
        "reviews": ("Review conferences", "review-conduct"),
        "pre-birth": ("Before birth: pre-birth conferences",),
        "discontinuing": ("When a plan ends",),
        "records": ("Records and minutes",),
        "information-and-moves": ("Information requests and a child who moves",),
        "missing-resistance-complaints": ("A missing child, resistance and complaints",),
    },
    "derby-derbyshire": {
        "convening": ("Convening and chairing a conference",),
        "conference-tasks": ("What every conference does, and the plan decision",),
        "pre-birth": ("Before birth: pre-birth conferences",),
        "good-practice": ("Good practice: reports, the family, the child's voice",),
    },
    "hammersmith-fulham": {
        "convening-and-timing": ("Convening a conference and its timescales",),
        "reports": ("Reports and invitations for a conference",),
        "conference": ("The conference itself: attendance, the chair, the plan",),
        "key-worker": ("The key worker, visits, core groups and complaints",),
    },
    "sw-guide": {
        "before-conference": ("Before the conference: the consultation and the decision",),
        "reports-and-participation": ("The social worker's report and who takes part",),
        "conference-and-after": ("During and after the conference",),
        "social-worker": ("The social worker's tasks: visits, core groups",),
    },
    "wiltshire": {
        "convening": ("Convening a conference",),
        "conference-tasks": ("What every conference does, and the plan decision",),
        "reviews": ("Review conferences",),
        "transfer-in": ("Transfer-in conferences",),
    },
}


@dataclass(frozen=True)
class SiteTopic:
    """One topic page of an authority: its rule files' rules, in file order."""

    doc: str
    stem: str  # of its first file: its page's name
    title: str
    files: tuple[Path, ...]
    rules: tuple[Rule, ...]

    @property
    def page(self) -> str:
        return topic_page(self.doc, self.stem)

    def rules_of(self, path: Path) -> list[Rule]:
        return [r for r in self.rules if r.file == path]


def example_page(doc: str) -> str:
    return f"examples/{doc}.md"


def original_download(document: Document) -> str:
    """Where the site offers a document's original file: sources/<file>, as in kb/."""
    return f"sources/{document.original.name}"


def compare_anchor(name: str, kind: str) -> str:
    """The compare page's anchor of a duty, decision or topic, on the first row of its name:
    the heading `### <name> (<kind>)` of `cpkb compare`'s Markdown as the toc extension slugs
    it, so that both are linked alike."""
    return toc_slugify(f"{name} ({kind})", "-")


@dataclass(frozen=True)
class Question:
    """A question the home page answers for each authority: by the cells of a line of the
    key timescales (`timescale`, its title), or by the titles of the rules that set one of
    `effects` ((kind, name)) or are named in `rules`."""

    question: str
    anchor: str
    more: tuple[str, str]  # (page, anchor) of the fuller answer
    more_words: str
    timescale: str = ""
    effects: tuple[tuple[str, str], ...] = ()
    rules: tuple[str, ...] = ()


HOME_QUESTIONS = (
    Question("How long until the initial conference?", "initial-conference-timing",
             ("timescales.md", "the-initial-conference"),
             "Every timescale of the initial conference",
             timescale="Hold the initial child protection conference"),
    Question("When is a conference quorate?", "quoracy", ("glossary.md", "quoracy"),
             "Quoracy in the glossary",
             effects=(("decision", "quorate"), ("decision", "quoracy_breach_recorded"),
                      ("decision", "may_stand_down"))),
    Question("When is the first review conference?", "first-review",
             ("timescales.md", "reviews"), "Every timescale of the reviews",
             timescale="Hold the first review conference"),
    Question("When does a plan end?", "plan-end", ("timescales.md", "ending-the-plan"),
             "Ending the plan in the key timescales",
             effects=(("decision", "plan_ends_without_review_conference"),
                      ("decision", "plan_no_longer_required")),
             rules=("bolton.review.decides_end", "wiltshire.review.until_no_longer_at_risk")),
)


# -- Scenarios and their results ---------------------------------------------------------


@dataclass(frozen=True)
class Results:
    """Each scenario's result at the last test run, from pytest-bdd's cucumber JSON."""

    statuses: dict[tuple[str, str], str]  # (feature uri, scenario name) -> status
    source: str  # where and when they come from, for the reader; "" without a file

    def of(self, feature: Feature, scenario: Scenario) -> str:
        return self.statuses.get((feature.uri, scenario.name), NOT_RUN)


_SEVERITY = (PASSED, SKIPPED, FAILED)


def load_results(path: Path) -> Results:
    """The results in `path`; none (every scenario "not run") when there is no such file."""
    if not path.exists():
        return Results({}, "")
    data = read_data(path)
    if not isinstance(data, list):
        raise InputError(path, "top level", "expected the cucumber JSON list of features")
    statuses: dict[tuple[str, str], str] = {}
    for i, feature in enumerate(data):
        if not isinstance(feature, dict) or not isinstance(feature.get("uri"), str):
            raise InputError(path, f"[{i}]", "expected a feature with its uri")
        for element in feature.get("elements", []):
            steps = [s.get("result", {}).get("status") for s in element.get("steps", [])]
            if steps and all(s == PASSED for s in steps):
                status = PASSED
            else:
                status = FAILED if FAILED in steps else SKIPPED
            key = (feature["uri"], element.get("name", ""))
            # One name run more than once (an outline's examples) shows its worst result.
            if _SEVERITY.index(status) >= _SEVERITY.index(statuses.get(key, PASSED)):
                statuses[key] = status
    when = datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    return Results(statuses, f"the test run of {when} (`{RESULTS_FILE.as_posix()}`)")


def result_badge(status: str) -> str:
    return f'<span class="cpkb-result cpkb-{slug(status)}">{status}</span>'


# -- Glossary ------------------------------------------------------------------------------


def term_anchor(term: Term) -> str:
    return slug(term.term)


def abbreviations(terms: Iterable[Term]) -> str:
    """Markdown abbreviation definitions: every page ends with them, so that each
    abbreviation shows its term on hover."""
    meanings: dict[str, list[str]] = {}
    for term in terms:
        for abbreviation in term.abbreviations:
            meanings.setdefault(abbreviation, []).append(term.term)
    return "\n".join(f"*[{a}]: {' / '.join(meanings[a])}" for a in sorted(meanings)) + "\n"


# -- A document's provenance ----------------------------------------------------------------


@dataclass(frozen=True)
class Defect:
    """A known defect of the received text, kept as received (kb/sources/README.md)."""

    paragraphs: tuple[str, ...]
    says: str


@dataclass(frozen=True)
class Provenance:
    """What kb/<doc>.yaml's header says of the text beyond what the rules need (cpkb.kb reads
    the rest): the paragraph its date is stated in, and the received text's known defects."""

    date_stated_in: str | None
    defects: tuple[Defect, ...]


def load_provenance(document: Document) -> Provenance:
    data = read_data(document.path)
    items = data.get("known_defects") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise InputError(document.path, "known_defects",
                         "expected a list of {paragraphs, says} ([] when none is known)")
    defects = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("says"), str) \
                or not isinstance(item.get("paragraphs"), list):
            raise InputError(document.path, f"known_defects[{i}]", "expected paragraphs and says")
        defects.append(Defect(tuple(item["paragraphs"]), item["says"]))
    date_stated_in = data.get("date_stated_in")
    if date_stated_in is not None and not isinstance(date_stated_in, str):
        raise InputError(document.path, "date_stated_in", "expected a paragraph id")
    return Provenance(date_stated_in, tuple(defects))


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def spoken_date(text: str) -> str:
    """A kb date (2010-02, 2010-02-03 or a year) as a reader says it: "February 2010"."""
    parts = text.split("-")
    if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        month = f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
        return f"{int(parts[2])} {month}" if len(parts) == 3 and parts[2].isdigit() else month
    return text


# -- The site ------------------------------------------------------------------------------


@dataclass
class Site:
    """The generated pages (path under docs/ -> Markdown), the authorities' navigation, the
    abbreviations appended to every page and the files offered for download (path under
    docs/ -> content: the key timescales' CSV, and each document's original as bytes, so
    that it is served byte for byte as its sha256 says)."""

    pages: dict[str, str]
    authorities_nav: list[Any]
    abbreviations: str
    downloads: dict[str, str | bytes]


def expand_nav(nav: list[Any] | None, site: Site) -> list[Any]:
    """mkdocs.yml's nav with its `Authorities: authorities/index.md` entry replaced by the
    generated section: each authority's document, example, rules by topic and scenarios."""
    if not nav or AUTHORITIES_NAV_ENTRY not in nav:
        raise InputError(None, "mkdocs.yml nav",
                         f"expected the entry {AUTHORITIES_NAV_ENTRY} for the generated pages")
    return [{"Authorities": site.authorities_nav} if item == AUTHORITIES_NAV_ENTRY else item
            for item in nav]


def build_site(home: Path, results_file: Path | None = None) -> Site:
    # `mkdocs serve` rebuilds in one process after an edit: read the files afresh.
    for loader in (load_kb, load_rulebook, load_vocabulary):
        loader.cache_clear()
    project = Project(home)
    pages = _Pages(project, load_results(results_file or home / RESULTS_FILE))
    downloads: dict[str, str | bytes] = {TIMESCALES_CSV: csv_text(pages.timescales)}
    for document in pages.documents.values():
        downloads[original_download(document)] = document.original.read_bytes()
    return Site(pages.all(), pages.authorities_nav(), abbreviations(pages.glossary), downloads)


@dataclass
class _Pages:
    project: Project
    results: Results
    _rule_files: dict[Path, list[str]] = field(default_factory=dict)

    @property
    def glossary(self) -> tuple[Term, ...]:
        return self.project.kb.glossary

    # -- what the pages share ----------------------------------------------------------

    @cached_property
    def documents(self) -> dict[str, Document]:
        return self.project.kb.documents

    @cached_property
    def rules(self) -> dict[str, Rule]:
        return {r.id: r for r in self.project.rulebook.rules}

    @cached_property
    def lint(self) -> LintResult:
        return lint(self.project)

    @cached_property
    def features(self) -> list[Feature]:
        return load_features(self.project.home / "features")

    @cached_property
    def citing(self) -> dict[str, list[Rule]]:
        """Paragraph id -> the rules that cite it."""
        found: dict[str, list[Rule]] = {}
        for rule in self.rules.values():
            for c in rule.sources:
                found.setdefault(c.paragraph, []).append(rule)
        return found

    @cached_property
    def informative(self) -> dict[str, Informative]:
        return {i.paragraph: i for i in self.project.rulebook.informative}

    @cached_property
    def scenarios(self) -> dict[str, list[tuple[Feature, Scenario]]]:
        """Rule id -> the scenarios tagged with it."""
        found: dict[str, list[tuple[Feature, Scenario]]] = {}
        for feature in self.features:
            for scenario in feature.scenarios:
                for rule_id in scenario.rules:
                    found.setdefault(rule_id, []).append((feature, scenario))
        return found

    @cached_property
    def fed_by(self) -> dict[str, list[Rule]]:
        """Rule id -> the rules of its authority making a decision it needs
        (compiler.decisions_needed: one its patterns match, or one a state it uses is made
        of): the rules that can make it fire, or stop it; the audit's subset follows the same
        graph."""
        vocabulary = self.project.vocabulary
        return {rule.id: [producer for producer in self.rules.values()
                          if isinstance(producer.effect, Decision) and producer.id != rule.id
                          and producer.authority == rule.authority
                          and producer.effect_name in decisions_needed(rule, vocabulary)]
                for rule in self.rules.values()}

    @cached_property
    def feeds(self) -> dict[str, list[Rule]]:
        found: dict[str, list[Rule]] = {rule_id: [] for rule_id in self.rules}
        for rule_id, producers in self.fed_by.items():
            for producer in producers:
                found[producer.id].append(self.rules[rule_id])
        return found

    @cached_property
    def timescales(self) -> Timescales:
        return build_timescales(self.project, self.abbreviations)

    @cached_property
    def wording(self) -> Wording:
        return Wording(self.project.vocabulary, self.abbreviations)

    @cached_property
    def comparison(self) -> Comparison:
        return compare_rules(self.project, self.abbreviations)

    @cached_property
    def abbreviations(self) -> tuple[str, ...]:
        return tuple(a for t in self.glossary for a in t.abbreviations)

    @cached_property
    def compared(self) -> set[tuple[str, str]]:
        """The (name, kind) of every duty and decision the compare page has a row for."""
        return {(row.name, row.kind) for row in self.comparison.rows}

    @cached_property
    def topics_by_rule(self) -> dict[str, list[Topic]]:
        """Rule id -> the topics of rules/comparisons.yaml that line it up with others."""
        found: dict[str, list[Topic]] = {}
        for topic in load_topics(self.project):
            for rule_id in topic.rules:
                found.setdefault(rule_id, []).append(topic)
        return found

    @cached_property
    def conflicts(self) -> dict[str, list[tuple[Compared, tuple[Entry, ...]]]]:
        """Rule id -> (comparison row, the clashing entries of its authority) for every duty
        whose rules, in the rule's authority, give different deadlines from one starting
        point, the rule being one of them. (Decisions with different values are told apart
        by their conditions, which the comparison does not weigh.)"""
        found: dict[str, list[tuple[Compared, tuple[Entry, ...]]]] = {}
        for row in self.comparison.rows:
            if row.kind != "duty":
                continue
            for _, entries in row.contradictions:
                for e in entries:
                    found.setdefault(e.rule, []).append((row, entries))
        return found

    def authority_name(self, doc: str) -> str:
        return self.documents[doc].authority or doc

    def rules_of(self, doc: str) -> list[Rule]:
        return [r for r in self.rules.values() if r.authority == doc]

    def rule_link(self, page: str, rule_id: str) -> str:
        """A rule by its id, linked: for lists of ids (a sentence's rules, a scenario's)."""
        return f"[`{rule_id}`]({href(page, rule_page(rule_id))})"

    def titled_link(self, page: str, rule: Rule) -> str:
        """A rule by its plain words, linked, its id after it in small type (not a link, not
        in backticks, which link_references would link again)."""
        return (f"[{inline(rule.title)}]({href(page, rule_page(rule.id))}) "
                f'<span class="cpkb-id">{rule.id}</span>')

    def paragraph_link(self, page: str, paragraph_id: str) -> str:
        document = paragraph_id.split("/", 1)[0]
        if self.project.kb.paragraph(paragraph_id) is None:
            return f"`{paragraph_id}` (no such paragraph)"
        target = href(page, document_page(document), paragraph_anchor(paragraph_id))
        return f"[{paragraph_id}]({target})"

    def scenario_results(self, rule_id: str) -> list[str]:
        return [self.results.of(f, s) for f, s in self.scenarios.get(rule_id, [])]

    def result_summary(self, statuses: list[str]) -> str:
        if not statuses:
            return "none"
        counts = {s: statuses.count(s) for s in (PASSED, FAILED, SKIPPED, NOT_RUN)}
        return ", ".join(f"{n} {s}" for s, n in counts.items() if n)

    def link_references(self, markdown: str, page: str) -> str:
        """Rule ids in backticks and known paragraph ids, outside code blocks and links, as
        links."""
        out, in_code = [], False
        for line in markdown.split("\n"):
            if line.lstrip().startswith("```"):
                in_code = not in_code
            elif not in_code:
                line = re.sub(r"(?<!\[)`([a-z0-9-]+\.[a-z0-9_.-]+)`(?!\])", lambda m: (
                    self.rule_link(page, m.group(1)) if m.group(1) in self.rules
                    else m.group(0)), line)
                line = re.sub(r"(?<![\w/.\[`-])([a-z][a-z-]*/[\w/-]*\w)", lambda m: (
                    self.paragraph_link(page, m.group(1))
                    if self.project.kb.paragraph(m.group(1)) else m.group(0)), line)
            out.append(line)
        return "\n".join(out)

    def all(self) -> dict[str, str]:
        pages = {
            HOME_PAGE: render("home.md.j2", inline, **self.home_context()),
            "authorities/index.md": self.authorities_index(),
            "compare.md": self.compare(),
            TIMESCALES_PAGE: timescales_markdown(
                self.timescales, href(TIMESCALES_PAGE, TIMESCALES_CSV),
                lambda rule_id: href(TIMESCALES_PAGE, rule_page(rule_id)), inline),
            "coverage.md": self.coverage(),
            "glossary.md": self.glossary_page(),
            "vocabulary.md": self.vocabulary(),
        }
        for doc in self.documents:
            pages[authority_page(doc)] = self.authority(doc)
            for topic in self.topics(doc):
                pages[topic.page] = self.topic(topic)
            pages[document_page(doc)] = self.document(doc)
            pages[example_page(doc)] = self.example(doc)
        for rule in self.rules.values():
            pages[rule_page(rule.id)] = self.rule(rule)
        for feature in self.features:
            pages[feature_page(feature)] = self.feature(feature)
        return pages

    def home_context(self) -> dict[str, Any]:
        """What the home page (templates/home.md.j2) shows: each authority's card, the
        common questions answered authority by authority (HOME_QUESTIONS), the pages' links
        (relative to the home page)."""
        page = HOME_PAGE
        authorities = []
        for doc, document in self.documents.items():
            authorities.append({
                "name": self.authority_name(doc), "title": document.title,
                "publisher": document.publisher, "page": href(page, authority_page(doc)),
                "document": href(page, document_page(doc)),
                "example": href(page, example_page(doc)),
                "rules": len(self.rules_of(doc)),
                "topics": [{"title": t.title, "page": href(page, t.page)}
                           for t in self.topics(doc)],
            })
        links = {name: href(page, target) for name, target in (
            ("timescales", TIMESCALES_PAGE), ("csv", TIMESCALES_CSV), ("compare", "compare.md"),
            ("authorities_page", "authorities/index.md"), ("coverage", "coverage.md"),
            ("glossary", "glossary.md"), ("reading", "reading.md"), ("tracing", "tracing.md"),
            ("changing", "changing-rules.md"))}
        return {"authorities": authorities, "not_stated": NOT_STATED,
                "questions": [self.answers(q, page) for q in HOME_QUESTIONS], **links}

    def answers(self, question: Question, page: str) -> dict[str, Any]:
        """A question's answers, one cell per authority, each answer its words and its rule's
        link."""
        cells: dict[str, list[dict[str, str]]] = {doc: [] for doc in self.documents}
        if question.timescale:
            try:
                row = self.timescales.row(question.timescale)
            except StopIteration:
                raise InputError(None, f"the home page's question {question.question!r}",
                                 f"expected a line of the key timescales named "
                                 f"{question.timescale!r}") from None
            for cell in row.cells:
                cells[cell.authority] += [{"words": e.words,
                                           "link": href(page, rule_page(e.rule))}
                                          for e in cell.entries]
        for rule_id in question.rules:
            if rule_id not in self.rules:
                raise InputError(None, f"the home page's question {question.question!r}",
                                 f"expected a rule id, not {rule_id!r}")
        for rule in self.rules.values():
            if (rule.effect_kind, rule.effect_name) in question.effects \
                    or rule.id in question.rules:
                cells[rule.authority].append({"words": rule.title,
                                              "link": href(page, rule_page(rule.id))})
        return {"question": question.question, "anchor": question.anchor,
                "more": href(page, *question.more), "more_words": question.more_words,
                "cells": [{"authority": self.authority_name(doc), "answers": answers}
                          for doc, answers in cells.items()]}

    def authorities_nav(self) -> list[Any]:
        """Each authority's pages; rule pages are reached from their topic's page (a nav
        listing every rule would be rendered into every page of the site)."""
        nav: list[Any] = ["authorities/index.md"]
        for doc in self.documents:
            section: list[Any] = [
                authority_page(doc),
                {"Source document": document_page(doc)},
                {"Worked example": example_page(doc)},
            ]
            topics = [{t.title: t.page} for t in self.topics(doc)]
            if topics:
                section.append({"Rules": topics})
            features = [{feature_title(f): feature_page(f)} for f in self.features
                        if f.document == doc]
            if features:
                section.append({"Scenarios": features})
            nav.append({self.authority_name(doc): section})
        return nav

    # -- source documents --------------------------------------------------------------

    def document(self, doc: str) -> str:
        return page_end(render("document.md.j2", inline, **self.document_context(doc)))

    def document_context(self, doc: str) -> dict[str, Any]:
        """A document's page: its coverage (`c`), its provenance (`about`) and its paragraphs,
        each with what accounts for it (`paragraph_context`)."""
        document = self.documents[doc]
        page = document_page(doc)
        coverage = self.lint.documents[doc]
        provenance = load_provenance(document)
        defective = {p for d in provenance.defects for p in d.paragraphs}
        return {"title": document.title, "authority": document.authority,
                "authority_page": href(page, authority_page(doc)), "c": coverage,
                "about": self.about_context(document, provenance, page),
                "paragraphs": [self.paragraph_context(p, page, encoded=coverage.encoded,
                                                      defective=p.id in defective)
                               for p in document.paragraphs]}

    def about_context(self, document: Document, provenance: Provenance,
                      page: str) -> dict[str, Any]:
        """Where the text comes from, as kb/<doc>.yaml records it: nothing is guessed, and
        what the source does not say is said to be not stated (by the template)."""
        original = document.original.read_bytes()
        return {
            "publisher": document.publisher, "url": document.url,
            "date": spoken_date(document.date) if document.date else "",
            "date_stated_in": self.paragraph_link(page, provenance.date_stated_in)
            if provenance.date_stated_in else "",
            "file": document.original.name,
            "download": href(page, original_download(document)),
            "size": f"{len(original):,}", "received_as": document.received_as,
            "sha256": hashlib.sha256(original).hexdigest(),
            "defects": [{"says": d.says,
                         "places": [self.paragraph_link(page, p) for p in d.paragraphs]}
                        for d in provenance.defects],
        }

    def paragraph_context(self, paragraph: Paragraph, page: str, encoded: bool,
                          defective: bool) -> dict[str, Any]:
        """A paragraph: a heading of the document (`level`, below the page's h1 and "The
        text"), or one with its state (cited, informative, unaccounted, not-encoded), the
        rules citing it and, unless one sentence says it all, its sentences' coverage."""
        shown: dict[str, Any] = {"id": paragraph.id, "anchor": paragraph_anchor(paragraph.id),
                                 "text": paragraph.text, "kind": paragraph.kind,
                                 "defective": defective, "level": 0}
        if paragraph.is_heading:
            return {**shown, "level": min(len(paragraph.section) + 3, 6)}
        rules = self.citing.get(paragraph.id, [])
        informative = self.informative.get(paragraph.id)
        if rules:
            return {**shown, "state": "cited",
                    "rules": [{"link": self.titled_link(page, r), "modality": r.modality}
                              for r in rules],
                    "sentences": self.sentence_coverage(paragraph, rules, page)}
        if informative:
            return {**shown, "state": "informative", "reason": informative.reason}
        return {**shown, "state": "unaccounted" if encoded else "not-encoded"}

    def sentence_coverage(self, paragraph: Paragraph, rules: list[Rule],
                          page: str) -> list[dict[str, Any]]:
        """A cited paragraph's sentences, each with what accounts for it: its reason for being
        informative, the rules whose quotes cover it (linked), or that nothing does yet. A
        paragraph of one sentence wholly quoted needs none: its rules say it all."""
        states = self.lint.documents[paragraph.document].sentence_states
        quoting: dict[str, list[str]] = {s.id: [] for s in paragraph.sentences}
        for rule in rules:
            for citation in rule.sources:
                if citation.paragraph == paragraph.id:
                    for sentence in paragraph.sentences_of(citation.quote):
                        if rule.id not in quoting[sentence.id]:
                            quoting[sentence.id].append(rule.id)
        if len(paragraph.sentences) == 1 and states.get(paragraph.sentences[0].id) == "quoted":
            return []
        return [{"number": s.id.rsplit(".", 1)[1],
                 "state": states.get(s.id, "not accounted for"),
                 "informative": marked.reason if (marked := self.informative.get(s.id))
                 else None,
                 "rules": [self.rule_link(page, r) for r in quoting[s.id]]}
                for s in paragraph.sentences]

    # -- rules ---------------------------------------------------------------------------

    def rule_as_written(self, rule: Rule) -> str | None:
        """The rule's lines in its file, comments and all; None where they cannot be told
        apart (a rule not written as a `- id: ...` item)."""
        if rule.file not in self._rule_files:
            self._rule_files[rule.file] = rule.file.read_text(encoding="utf-8").split("\n")
        lines = self._rule_files[rule.file]
        for i, line in enumerate(lines):
            item = line.lstrip()
            if item.startswith("- id:") and item[5:].strip().strip("'\"") == rule.id:
                indent = len(line) - len(item)
                end = i + 1
                while end < len(lines) and (not lines[end].strip() or
                                            len(lines[end]) - len(lines[end].lstrip()) > indent):
                    end += 1
                return textwrap.dedent("\n".join(lines[i:end])).rstrip()
        return None

    def rule(self, rule: Rule) -> str:
        page = rule_page(rule.id)
        return self.link_references(
            page_end(render("rule.md.j2", inline, **self.rule_context(rule))), page)

    def rule_context(self, rule: Rule) -> dict[str, Any]:
        """A rule's page: the rule, its plain words (`plain`, and the search line and lead of
        `brief`), its topic, the vocabulary entry of what it sets (`effect`, Markdown), its
        sources, its connected and conflicting rules, the other authorities', its scenarios
        and its lines as written."""
        page = rule_page(rule.id)
        effect = f"`{rule.effect_name}`"
        if rule.effect_kind != "requirement":  # the vocabulary names duties and decisions
            anchor = slug(f"{rule.effect_kind}-{rule.effect_name}")
            effect = f"[{rule.effect_name}]({href(page, 'vocabulary.md', anchor)})"
        plain = self.wording.describe(rule)
        kicker, lead = self.brief(rule, plain.by_when)
        topic = self.topic_of[rule.id]
        written = self.rule_as_written(rule)
        authority = self.authority_name(rule.authority)
        return {
            "rule": rule, "tab_title": json.dumps(f"{rule.title} ({authority})"),
            "breadcrumb": self.breadcrumb(rule), "kicker": kicker, "lead": lead,
            "plain": plain, "effect": effect, "authority": authority,
            "authority_page": href(page, authority_page(rule.authority)),
            "topic": {"title": topic.title, "page": href(page, topic.page)},
            "sources": [self.citation(page, c.paragraph, c.quote) for c in rule.sources],
            "notes": block(rule.notes) if rule.notes else "",
            "flags": [(f, FLAG_MEANINGS[f]) for f in rule.flags],
            "fed_by": [{"link": self.titled_link(page, r), "kind": r.effect_kind,
                        "name": r.effect_name.replace("_", " ")} for r in self.fed_by[rule.id]],
            "feeds": [self.titled_link(page, r) for r in self.feeds[rule.id]],
            "conflicts": [{"name": row.name, "entries": [
                {"link": self.rule_link(page, e.rule), "says": e.says,
                 "runs_from": e.runs_from, "modality": e.modality} for e in entries]}
                for row, entries in self.conflicts.get(rule.id, [])],
            **self.other_authorities(rule, page),
            "results_source": self.results.source,
            "scenarios": [{"badge": result_badge(self.results.of(feature, scenario)),
                           "name": scenario.name, "feature": feature_title(feature),
                           "page": href(page, feature_page(feature),
                                        scenario_anchors(feature)[scenario.line])}
                          for feature, scenario in self.scenarios.get(rule.id, [])],
            "written": None if written is None else written.split("\n"),
            "location": rule.file.relative_to(self.project.home).as_posix(),
        }

    def brief(self, rule: Rule, by_when: str) -> tuple[str, str]:
        """A rule in the words a reader searches with: a line above its title (plain text)
        naming its authority and what it sets in plain words (not the vocabulary's name),
        with the abbreviations of its terms (ICPC), and a lead paragraph (Markdown): how long,
        each number in digits and in words (15, fifteen), and the terms spelled out.

        Material's search (lunr) ranks by these: a page's own entry (its h1 and the text
        before its first h2) counts up to five times a section's; a word of a title counts a
        thousand times a word of text; each word typed is a prefix ("long" finds "longer"), and
        the rarer a word, the more it counts. So "how long initial conference bolton" finds
        this rule first only when its title says "How long", "Bolton" and "initial
        conference": a "no longer" in another title outweighs all three in the text."""
        terms = self.terms_of(rule)
        abbreviated = [a for t in terms for a in t.abbreviations]
        what = rule.effect_name.replace("_", " ")
        authority = self.authority_name(rule.authority)
        kicker = (f"{'How long' if isinstance(rule.effect, Duty) else 'In brief'}: "
                  f"{authority}, {what}" + (f" ({', '.join(abbreviated)})" if abbreviated else ""))
        text = (f"{inline(authority)}'s rule for the {rule.effect_kind} *{inline(what)}* "
                f"({rule.modality})")
        if isinstance(rule.effect, Duty):
            text += f": **{inline(with_number_words(by_when))}**"
        text += "."
        if terms:
            text += " Its terms: " + ", ".join(
                inline(f"{t.term} ({', '.join(t.abbreviations)})" if t.abbreviations else t.term)
                for t in terms) + "."
        return kicker, text

    def breadcrumb(self, rule: Rule) -> list[str]:
        """A rule page's breadcrumb trail, each step as JSON for its front matter: Home,
        Authorities, the authority, the topic."""
        topic = self.topic_of[rule.id]
        return [json.dumps({"title": title, "url": url}) for title, url in (
            ("Home", ""), ("Authorities", "authorities/"),
            (self.authority_name(rule.authority), f"authorities/{rule.authority}/"),
            (topic.title, topic.page.removesuffix(".md") + "/"))]

    def terms_of(self, rule: Rule) -> list[Term]:
        """The glossary's terms a rule names in its id, what it sets or its title, spelled out
        or abbreviated (its quotes would bring in every term of a long paragraph)."""
        words = f"{rule.effect_name.replace('_', ' ')} {rule.title}".lower()
        tokens = set(re.split(r"[^a-z0-9]+", f"{rule.id} {words}"))
        return [t for t in self.glossary
                if re.search(rf"\b{re.escape(t.term.lower())}\b", words)
                or any(a.lower() in tokens for a in t.abbreviations)]

    def other_authorities(self, rule: Rule, page: str) -> dict[str, Any]:
        """How the other procedures handle the same duty, decision or requirement (by name):
        their rules (`others`), the authorities with none (`silent`), the link to the compare
        page's row (`compared`, Markdown, "" without one); and the comparison topics the rule
        belongs to, with their other rules."""
        kind, name = rule.effect_kind, rule.effect_name
        others = [r for r in self.rules.values() if r.authority != rule.authority
                  and (r.effect_kind, r.effect_name) == (kind, name)]
        return {
            "others": [{"authority": self.authority_name(r.authority),
                        "link": self.titled_link(page, r), "modality": r.modality}
                       for r in others],
            "silent": [self.authority_name(d) for d in self.documents if d != rule.authority
                       and all(r.authority != d for r in others)],
            "compared": f" ([side by side]({href(page, 'compare.md', compare_anchor(name, kind))}))"
            if (name, kind) in self.compared else "",
            "topics": [{"title": topic.title,
                        "page": href(page, 'compare.md', compare_anchor(topic.title, "topic")),
                        "rules": [{"authority": self.authority_name(r.authority),
                                   "link": self.titled_link(page, r)}
                                  for r in (self.rules[i] for i in topic.rules)
                                  if r.id != rule.id]}
                       for topic in self.topics_by_rule.get(rule.id, [])],
        }

    def citation(self, page: str, paragraph_id: str, quote: str) -> dict[str, Any]:
        """A source: its paragraph's text with the quote marked (`marked`), or the quote
        alone where there is no such paragraph (`found` false) or it does not hold the quote
        word for word; where it is (`where`: the paragraph linked, in its section)."""
        paragraph = self.project.kb.paragraph(paragraph_id)
        where = self.paragraph_link(page, paragraph_id)
        if paragraph is None:
            return {"text": inline(quote), "where": where, "found": False, "marked": False}
        if paragraph.section:
            where += " in *" + " › ".join(inline(s) for s in paragraph.section) + "*"
        start = paragraph.text.find(quote)
        if start < 0:
            return {"text": inline(quote), "where": where, "found": True, "marked": False}
        text = (inline(paragraph.text[:start]) + "<mark>" + inline(quote) + "</mark>"
                + inline(paragraph.text[start + len(quote):]))
        return {"text": text, "where": where, "found": True, "marked": True}

    # -- feature files -------------------------------------------------------------------

    def feature(self, feature: Feature) -> str:
        return self.link_references(
            page_end(render("feature.md.j2", inline, **self.feature_context(feature))),
            feature_page(feature))

    def feature_context(self, feature: Feature) -> dict[str, Any]:
        """A feature file's page: its authority (`owner`, Markdown), its scenarios' results,
        its background and its scenarios grouped by section (scenarios before any
        `# -- heading --` comment get the heading "Scenarios": each scenario's h3 sits under an
        h2), each with its anchor, result and the rules it tests, linked."""
        page = feature_page(feature)
        anchors = scenario_anchors(feature)
        doc = feature.document
        owner = (f"[{inline(self.authority_name(doc))}]({href(page, authority_page(doc))})"
                 if doc in self.documents else f"`{doc}`")
        sections: list[dict[str, Any]] = []
        for scenario in feature.scenarios:
            if not sections or sections[-1]["section"] != scenario.section:
                heading, anchor = ((scenario.section, slug("section-" + scenario.section))
                                   if scenario.section else ("Scenarios", "scenarios"))
                sections.append({"section": scenario.section, "heading": heading,
                                 "anchor": anchor, "scenarios": []})
            sections[-1]["scenarios"].append({
                "name": scenario.name, "anchor": anchors[scenario.line],
                "badge": result_badge(self.results.of(feature, scenario)),
                "rules": [self.rule_link(page, r) if r in self.rules else f"`{r}` (no such rule)"
                          for r in scenario.rules],
                "description": block(scenario.description),
                "steps": scenario.steps})
        return {"name": feature.name, "owner": owner, "uri": feature.uri,
                "count": len(feature.scenarios),
                "summary": self.result_summary([self.results.of(feature, s)
                                                for s in feature.scenarios]),
                "results_source": self.results.source,
                "description": block(feature.description),
                "background": feature.background, "sections": sections}

    # -- authorities -----------------------------------------------------------------------

    def authorities_index(self) -> str:
        return render("authorities.md.j2", inline, **self.authorities_context())

    def authorities_context(self) -> dict[str, Any]:
        page = "authorities/index.md"
        authorities = []
        for doc, document in self.documents.items():
            c = self.lint.documents[doc]
            authorities.append({
                "name": self.authority_name(doc), "page": href(page, authority_page(doc)),
                "title": document.title, "document": href(page, document_page(doc)),
                "rules": c.rules, "accounted_for": c.accounted_for, "paragraphs": c.paragraphs,
                "scenarios": c.scenarios})
        return {"authorities": authorities}

    def authority(self, doc: str) -> str:
        return render("authority.md.j2", inline, **self.authority_context(doc))

    def authority_context(self, doc: str) -> dict[str, Any]:
        """An authority's page: its document's details and coverage (`c`), its topics and
        its feature files, each with its scenarios' results."""
        document = self.documents[doc]
        page = authority_page(doc)
        topics = [{
            "title": t.title, "page": href(page, t.page), "rules": len(t.rules),
            "holds": [t.rules_of(p)[0].topic for p in t.files],
            "results": self.result_summary([s for r in t.rules
                                            for s in self.scenario_results(r.id)]),
        } for t in self.topics(doc)]
        features = [{
            "name": f.name, "page": href(page, feature_page(f)), "scenarios": len(f.scenarios),
            "results": self.result_summary([self.results.of(f, s) for s in f.scenarios]),
        } for f in self.features if f.document == doc]
        return {"name": self.authority_name(doc), "title": document.title,
                "publisher": document.publisher, "date": document.date,
                "document": href(page, document_page(doc)),
                "example": href(page, example_page(doc)), "c": self.lint.documents[doc],
                "topics": topics, "features": features}

    def topics(self, doc: str) -> list[SiteTopic]:
        """An authority's topics (TOPICS): its rule files, a file listed under another
        joining it, in the order TOPICS names them, then the rest in file order."""
        files: dict[Path, list[Rule]] = {}
        for rule in self.rules_of(doc):
            files.setdefault(rule.file, []).append(rule)
        named = TOPICS.get(doc, {})
        joins = {other: stem for stem, (_, *others) in named.items() for other in others}
        groups: dict[str, list[Path]] = {stem: [] for stem in named}
        for path in files:
            groups.setdefault(joins.get(path.stem, path.stem), []).append(path)
        order = {stem: i for i, stem in enumerate(named)}
        found = []
        for stem, paths in groups.items():
            if not paths:
                continue
            paths.sort(key=lambda p: (p.stem != stem, order.get(p.stem, len(order)), p.name))
            title = named[stem][0] if stem in named else pretty(stem)
            found.append(SiteTopic(doc, stem, title, tuple(paths),
                                   tuple(r for p in paths for r in files[p])))
        return found

    @cached_property
    def topic_of(self) -> dict[str, SiteTopic]:
        """Rule id -> its topic."""
        return {r.id: t for doc in self.documents for t in self.topics(doc) for r in t.rules}

    def topic(self, topic: SiteTopic) -> str:
        return render("topic.md.j2", inline, **self.topic_context(topic))

    def topic_context(self, topic: SiteTopic) -> dict[str, Any]:
        """A topic's page: each of its files (its topic line, where it is) with its rules,
        each linked by its title, what it asks in plain words (a duty's deadline, else what
        follows), its modality and its scenarios' results."""
        page = topic.page

        def says(rule: Rule) -> str:
            plain = self.wording.describe(rule)
            return plain.by_when if isinstance(rule.effect, Duty) else plain.then

        files = [{
            "topic": topic.rules_of(path)[0].topic,
            "location": path.relative_to(self.project.home).as_posix(),
            "rules": [{"link": self.titled_link(page, r), "says": says(r),
                       "modality": r.modality,
                       "results": self.result_summary(self.scenario_results(r.id))}
                      for r in topic.rules_of(path)],
        } for path in topic.files]
        return {"title": topic.title, "authority": self.authority_name(topic.doc),
                "authority_page": href(page, authority_page(topic.doc)), "files": files}

    # -- worked examples -----------------------------------------------------------------

    def example(self, doc: str) -> str:
        return render("example.md.j2", inline, **self.example_context(doc))

    def example_context(self, doc: str) -> dict[str, Any]:
        """An authority's worked example: its first case file (examples/<doc>-*.yaml)
        evaluated today, with its timeline and its report (Markdown, linked); only where one
        would go when there is none (`case` empty)."""
        page = example_page(doc)
        found: dict[str, Any] = {"authority": self.authority_name(doc), "doc": doc,
                                 "case_files": href(page, "case-files.md"), "case": ""}
        files = sorted((self.project.home / "examples").glob(f"{doc}-*.yaml"))
        if not files:
            return found
        path = files[0]
        case = self.project.read_case(read_data(path), path, date.today())
        report = self.project.report(case)
        events = [(e.date.isoformat(), e.name) for e in case.events]
        return {
            **found, "location": path.relative_to(self.project.home).as_posix(),
            "authority_page": href(page, authority_page(doc)), "as_of": report["as_of"],
            "tracing": href(page, "tracing.md"), "gantt": gantt(report, events),
            "case": path.read_text(encoding="utf-8").rstrip(),
            "report": self.link_references(demote_headings(render_markdown(report, events)),
                                           page),
        }

    # -- comparison, coverage, glossary, vocabulary ----------------------------------------

    def compare(self) -> str:
        sections = by_stage(self.project, self.comparison, self.abbreviations)
        # A name split over several rows (a stage's lines, the rules no line takes) is linked
        # at its first.
        first: dict[tuple[str, str], Compared] = {}
        for row in (r for section in sections for r in section.rows):
            first.setdefault((row.name, row.kind), row)
        return compare_markdown(
            self.comparison, sections, lambda rule_id: href("compare.md", rule_page(rule_id)),
            lambda row: compare_anchor(row.name, row.kind)
            if first[row.name, row.kind] is row else "", inline)

    def coverage(self) -> str:
        return page_end(render("coverage.md.j2", inline, **self.coverage_context()))

    def coverage_context(self) -> dict[str, Any]:
        """The coverage page: per document its counts, its sentences not yet accounted for
        (linked to their paragraphs) and lint's problems (paths made relative to the
        project); the problems across documents."""
        page = "coverage.md"
        home = f"{self.project.home}/"
        documents = []
        for doc, c in self.lint.documents.items():
            statuses = [self.results.of(f, s) for f in self.features if f.document == doc
                        for s in f.scenarios]
            missing = [f"{self.paragraph_link(page, s.rsplit('.', 1)[0])} "
                       f"sentence {s.rsplit('.', 1)[1]} ({state})"
                       for s, state in c.sentence_states.items()
                       if state in ("partly quoted", "not accounted for")]
            documents.append({
                "name": self.authority_name(doc),
                "link": f"[{inline(self.authority_name(doc))}]({href(page, document_page(doc))})",
                "encoded": c.encoded, "sentences": c.sentences,
                "accounted_for": percent(c.sentences_accounted_for, c.sentences),
                "quoted": c.sentences_quoted, "informative": c.sentences_informative,
                "rules": c.rules, "with_scenarios": percent(c.rules_with_scenarios, c.rules),
                "scenarios": len(statuses), "results": self.result_summary(statuses),
                "pass_rate": percent(statuses.count(PASSED),
                                     len(statuses) - statuses.count(NOT_RUN)),
                "missing": missing, "problems": [p.replace(home, "") for p in c.problems],
            })
        return {"results_source": self.results.source, "version": self.project.version,
                "fingerprint": self.project.fingerprint, "documents": documents,
                "problems": [p.replace(home, "") for p in self.lint.problems]}

    def glossary_page(self) -> str:
        return page_end(render("glossary.md.j2", inline, **self.glossary_context()))

    def glossary_context(self) -> dict[str, Any]:
        """The glossary: its abbreviations in the glossary's order, its terms alphabetically,
        each with its definition as Markdown and its links (authorities, terms) made."""
        page = "glossary.md"
        known = {t.term: t for t in self.glossary}
        terms = [{
            "term": t.term, "anchor": term_anchor(t), "abbreviations": t.abbreviations,
            "definition": block(t.definition),
            "used_by": [f"[{inline(self.authority_name(d))}]({href(page, authority_page(d))})"
                        if d in self.documents else inline(d) for d in t.used_by],
            "same_as": [f"[{inline(other)}](#{term_anchor(known[other])})" if other in known
                        else inline(other) for other in t.same_as],
        } for t in sorted(self.glossary, key=lambda t: t.term.lower())]
        abbreviations = [{"abbreviation": a, "term": t.term, "anchor": term_anchor(t)}
                         for t in self.glossary for a in t.abbreviations]
        return {"abbreviations": abbreviations, "terms": terms}

    def vocabulary(self) -> str:
        return page_end(render("vocabulary.md.j2", inline, **self.vocabulary_context()))

    def vocabulary_context(self) -> dict[str, Any]:
        """The vocabulary: the child's attributes, the events with theirs, and a table per
        kind of name, each name with its anchor (`{#duty-<name>}`: rule pages link them)."""
        vocabulary = self.project.vocabulary
        duties = {name: duty.description + (f" (done by: {duty.fulfilled_by})"
                                           if duty.fulfilled_by else "")
                  for name, duty in vocabulary.duties.items()}
        sections = [{"title": title, "table": table([kind, "meaning"], [
            [f"{name} {{#{slug(kind + '-' + name)}}}", inline(str(meaning))]
            for name, meaning in names.items()])}
            for title, kind, names in (("Duties", "duty", duties),
                                       ("Decisions", "decision", vocabulary.decisions),
                                       ("Requirements", "requirement", vocabulary.requirements),
                                       ("Agencies", "agency", vocabulary.agencies),
                                       ("Derived fields", "field", vocabulary.derived))]
        sections += [
            {"title": "Groups", "table": table(["group", "events", "narrowed by", "meaning"], [
                [f"{g.name} {{#{slug('group-' + g.name)}}}", ", ".join(g.events),
                 inline(", ".join(f"{k}: {v}" for k, v in g.fields)), inline(g.description)]
                for g in vocabulary.groups.values()])},
            {"title": "Series", "table": table(
                ["series", "members", "an episode ends after", "meaning"],
                [[s.name, ", ".join(s.members), ", ".join(s.ends_after), inline(s.description)]
                 for s in vocabulary.series.values()])},
            {"title": "States", "table": table(
                ["state", "made of the decision", "meaning"],
                [[s.name, s.decision, inline(s.description)]
                 for s in vocabulary.states.values()])},
        ]
        return {"child": attribute_table(vocabulary.child), "sections": sections,
                "events": [{"name": name, "anchor": slug("event-" + name),
                            "description": block(event.description),
                            "attributes": attribute_table(event.attributes)
                            if event.attributes else ""}
                           for name, event in vocabulary.events.items()]}


def table(header: list[str], rows: Iterable[list[str]]) -> str:
    """A Markdown table of the site's Markdown (its cells escaped already, by `inline`)."""
    return "\n".join(tables.markdown(header, rows, escape=str))


def attribute_table(attributes: dict[str, Attribute]) -> str:
    return table(["attribute", "type", "meaning"], [
        [a.name + (" (required)" if a.required else ""),
         inline(a.type + (f": {', '.join(a.choices)}" if a.choices else "")),
         inline(a.description)] for a in attributes.values()])


_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def number_words(n: int) -> str:
    """0 to 999 in words, as the sources write them: 15 -> "fifteen", 24 -> "twenty-four"."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens - 2] + (f"-{_ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    return f"{_ONES[hundreds]} hundred" + (f" and {number_words(rest)}" if rest else "")


def with_number_words(text: str) -> str:
    """Each number of up to three digits followed by its words: "15 (fifteen) working days"."""
    return re.sub(r"\b\d{1,3}\b", lambda m: f"{m.group(0)} ({number_words(int(m.group(0)))})",
                  text)


_TABLE = re.compile(r"<table>.*?</table>", re.S)
_HEADER_CELL = re.compile(r"<th[^>]*>(.*?)</th>", re.S)
_ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
_BODY_CELL = re.compile(r"<td(?![^>]*data-label)([^>]*)>")
_TAG = re.compile(r"<[^>]+>")


def label_cells(html: str) -> str:
    """Every body cell of a page's Markdown tables given its column's heading as data-label:
    on a phone, cpkb.css shows each row as a card, each cell under its column's name."""
    def label_table(table: re.Match[str]) -> str:
        names = [html_attribute(_TAG.sub("", h)) for h in _HEADER_CELL.findall(table.group(0))]

        def label_row(row: re.Match[str]) -> str:
            cells = iter(names)
            return _BODY_CELL.sub(
                lambda cell: f'<td data-label="{next(cells, "")}"{cell.group(1)}>', row.group(0))
        return _ROW.sub(label_row, table.group(0))
    return _TABLE.sub(label_table, html)


def html_attribute(text: str) -> str:
    """Text of the page's HTML (entities kept) as a double-quoted attribute value."""
    return " ".join(text.split()).replace('"', "&quot;")


def page_end(markdown: str) -> str:
    """A page from a template whose blocks each end in a blank line, ending in one newline."""
    return markdown.rstrip("\n") + "\n"


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def demote_headings(markdown: str) -> str:
    """Headings one level down, outside code blocks, to sit under a page's own h1."""
    out, in_code = [], False
    for line in markdown.split("\n"):
        if line.startswith("```"):
            in_code = not in_code
        elif not in_code and line.startswith("#"):
            line = "#" + line
        out.append(line)
    return "\n".join(out)


_GANTT_STATUS = {"met": "done", "late": "crit", "overdue": "crit", "early": "crit",
                 "open": "active"}


def _gantt_label(text: str) -> str:
    # Mermaid ends a task's name at ":" and reads "#" and ";" as syntax.
    return re.sub(r"[:;#]", " ", text).replace("_", " ")


# The width a Gantt chart is drawn at, in px: the article's width at 1280 px and more. The
# chart keeps it on a phone (its box scrolls sideways, cpkb.css) rather than shrink its type to
# nothing; Mermaid would otherwise draw it as wide as the window and scale it to the article.
GANTT_WIDTH = 900
# What the time axis has room for: the width less Mermaid's paddings (90 px left, 75 right)
# over the widest label ("30 Sep 2026" at 14 px is about 80 px) and a gap between labels.
_GANTT_TICKS = 7
# Mermaid's tick intervals, shortest first, with their days (a month counted long) and the
# format of their labels: a month's tick falls on its 1st, so it needs no day.
_GANTT_INTERVALS = (
    ("1day", 1, "%-d %b %Y"), ("1week", 7, "%-d %b %Y"), ("2week", 14, "%-d %b %Y"),
    ("1month", 31, "%b %Y"), ("2month", 62, "%b %Y"), ("3month", 92, "%b %Y"),
    ("6month", 184, "%b %Y"), ("12month", 366, "%Y"),
)


def gantt_axis(first: date, last: date) -> tuple[str, str]:
    """The tick interval and label format for a time axis from `first` to `last`: the
    shortest interval giving at most _GANTT_TICKS ticks, so that no two labels overlap."""
    span = max((last - first).days, 1)
    for interval, days, label in _GANTT_INTERVALS:
        if span / days <= _GANTT_TICKS:
            return interval, label
    return "12month", "%Y"


def gantt(report: dict[str, Any], events: list[tuple[str, str]]) -> str:
    """A case's timeline as a Mermaid Gantt chart (templates/gantt.mmd.j2)."""
    return render("gantt.mmd.j2", inline, **gantt_context(report, events)).rstrip("\n")


def gantt_context(report: dict[str, Any], events: list[tuple[str, str]]) -> dict[str, Any]:
    """The chart's axis (wide enough for every day shown), its events as milestones (label,
    day) and each duty with a due date as a bar from what started it to its due date (from
    its due date, for a duty due before), tagged by its status."""
    days = [day for day, _ in events] + [report["as_of"]] + [
        d for duty in report["duties"] if duty["due"]
        for d in (duty["due"], duty["trigger"]["date"]) if d]
    interval, axis = gantt_axis(date.fromisoformat(min(days)), date.fromisoformat(max(days)))
    duties = []
    for d in (d for d in report["duties"] if d["due"]):
        first, last = sorted((d["trigger"]["date"] or d["due"], d["due"]))
        duties.append({"label": _gantt_label(f"{d['duty']} ({d['status']})"),
                       "tag": _GANTT_STATUS.get(d["status"]), "first": first, "last": last})
    return {"width": GANTT_WIDTH, "case": _gantt_label(report["case"]),
            "authority": report["authority"], "axis": axis, "interval": interval,
            "as_of": report["as_of"], "duties": duties,
            "events": [(_gantt_label(name), day) for day, name in events]}
