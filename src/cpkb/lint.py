"""`cpkb lint`: the knowledge base's integrity checks and coverage (docs/writing-rules.md).

Fails on: a quote that is not a verbatim substring of its paragraph; a sentence neither
quoted by a rule nor marked informative, or only partly quoted; a rule whose modality is not
a word of its quotes; a rule with no scenario; a scenario tag naming no rule; a kb paragraph
whose hash no longer matches its text or the source file, or whose sentences do not rebuild
it; duplicate ids; a rule file that breaks the schema; a rule or case word missing from the
vocabulary; two scenarios of one feature file with the same name (pytest-bdd would run only
one); a comparison topic naming no rule.

Coverage is counted by sentence: a sentence is accounted for when it is marked informative
(its paragraph's entry, or its own) or when the quotes of the rules citing its paragraph
cover every word of it but the connective words of CONNECTIVES.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

from cpkb.compare import load_topics
from cpkb.compiler import rule_problems as compile_problems
from cpkb.errors import InputError
from cpkb.features import Feature, load_feature
from cpkb.kb import KnowledgeBase, Paragraph, Sentence, is_sentence_id, verify
from cpkb.project import Project
from cpkb.rulebook import Decision, Duty, Pattern, Requirement, Rule, Rulebook

# Words a rule need not quote for its sentence to count as quoted: they join or introduce
# what the quotes say ("Consequently", "however", "e.g.") without saying anything a rule could
# encode. Bullets, dashes and bare punctuation are not words at all (see WORD).
CONNECTIVES = frozenset({
    "and", "or", "but", "however", "also", "then", "so", "the", "a", "an", "this", "that",
    "these", "those", "it", "its", "in", "of", "to", "as", "consequently", "equally",
    "similarly", "additionally", "e.g", "eg", "i.e", "ie", "etc",
})
# A word: letters or digits, joined inside by an apostrophe, a full stop, a slash or a hyphen
# ("Children’s", "e.g", "child/ren", "co-ordinate", "0-2"). "·", "•", "–" and "-" alone are not.
WORD = re.compile(r"\w+(?:[’'./-]\w+)*")
# The flag of a rule that takes its modality from another sentence it cites, such as the
# lead-in of a list ("The Conference should consider:-"), rather than from its first quote.
MODALITY_FROM_CONTEXT = "modality from context"


@dataclass
class DocumentCoverage:
    document: str
    # The paragraph counts are the coarse view: a paragraph is accounted for when a rule cites
    # it or an informative entry names it or one of its sentences. Lint fails on sentences.
    paragraphs: int = 0
    accounted_for: int = 0
    cited: int = 0
    informative: int = 0
    sentences: int = 0
    sentences_accounted_for: int = 0
    sentences_quoted: int = 0
    sentences_informative: int = 0
    # Sentence id -> quoted, informative, partly quoted or not accounted for (for the site)
    sentence_states: dict[str, str] = field(default_factory=dict)
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
                    "sentences": c.sentences,
                    "sentences_accounted_for": c.sentences_accounted_for,
                    "sentences_quoted": c.sentences_quoted,
                    "sentences_informative": c.sentences_informative,
                    "rules": c.rules,
                    "rules_with_scenarios": c.rules_with_scenarios,
                    "scenarios": c.scenarios,
                    "problems": c.problems,
                }
                for doc, c in self.documents.items()
            },
            "problems": self.problems,
        }


def duplicate_scenario_names(features: list[Feature], root: Path) -> list[str]:
    """pytest-bdd makes one test per scenario name in a file: a repeated name hides one."""
    problems = []
    for feature in features:
        names = Counter(s.name for s in feature.scenarios)
        problems += [f"{root / feature.uri}: scenario name {name!r} is used {n} times; only "
                     "one would run" for name, n in names.items() if n > 1]
    return problems


def scenario_tags(features: list[Feature], root: Path) -> dict[str, list[str]]:
    """Rule id -> the scenarios (file:line) tagged with it."""
    tags: dict[str, list[str]] = {}
    for feature in features:
        for scenario in feature.scenarios:
            for rule_id in scenario.rules:
                tags.setdefault(rule_id, []).append(f"{root / feature.uri}:{scenario.line}")
    return tags


def _pattern_problems(rule: Rule, pattern: Pattern, project: Project, place: str) -> list[str]:
    vocabulary = project.vocabulary
    if pattern.kind == "event":
        unknown = [n for n in pattern.names if not vocabulary.is_event_or_group(n)]
        if unknown:
            return [f"{rule.id}: {place} names unknown event or group {', '.join(unknown)}"]
        known = set(vocabulary.derived) | {"occasion"}
        for name in pattern.names:
            for event in vocabulary.event_names(name):
                known |= set(vocabulary.events[event].attributes)
    elif pattern.kind == "decision":
        unknown = [n for n in pattern.names if n not in vocabulary.decisions]
        if unknown:
            return [f"{rule.id}: {place} names unknown decision {', '.join(unknown)}"]
        known = {"value", "event", "day", "occasion"}
    elif pattern.kind == "state":
        unknown = [n for n in pattern.names if n not in vocabulary.states]
        return [f"{rule.id}: {place} names unknown state {', '.join(unknown)}"] if unknown else []
    else:
        known = set(vocabulary.child) | {"day"}
    return [
        f"{rule.id}: {place} tests unknown field {t.field!r}"
        for t in pattern.tests if t.field not in known
    ]


def _unused_words(project: Project) -> list[str]:
    """Duties, decisions and requirement names that no rule produces: words the vocabulary
    would keep for nothing (event names stay, for the case files that record them)."""
    produced = {(r.effect_kind, r.effect_name) for r in project.rulebook.rules}
    vocabulary = project.vocabulary
    return [f"vocabulary: the {kind} {name!r} is produced by no rule"
            for kind, names in (("duty", vocabulary.duties), ("decision", vocabulary.decisions),
                                ("requirement", vocabulary.requirements))
            for name in names if (kind, name) not in produced]


def _phrase(words: str) -> re.Pattern[str]:
    """The words as a whole-word phrase, any case, any whitespace between them."""
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words.split())) + r"(?!\w)",
                      re.IGNORECASE)


IMPERATIVE = "imperative"


def _modality_problems(rule: Rule) -> list[str]:
    """A rule's modality must be the source's own word: in its first quote, or in another of
    its quotes when the rule is flagged as taking its modality from that context."""
    if rule.modality == IMPERATIVE:
        return []  # a command has no modal word to find; the quote shows its verb
    modality = _phrase(rule.modality)
    first, *others = [c.quote for c in rule.sources]
    if modality.search(first):
        return []
    if not any(modality.search(quote) for quote in others):
        return [f"{rule.id}: modality '{rule.modality}' is not a word of its quotes; quote the "
                "sentence it comes from, or change the modality"]
    if MODALITY_FROM_CONTEXT in rule.flags:
        return []
    return [f"{rule.id}: modality '{rule.modality}' is not in the quote of its first source "
            f"({rule.sources[0].paragraph}) but in another; flag the rule "
            f"'{MODALITY_FROM_CONTEXT}', or cite the sentence it comes from first"]


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
    problems += _modality_problems(rule)
    for i, pattern in enumerate(rule.when):
        problems += _pattern_problems(rule, pattern, project, f"when[{i}]")
    for i, pattern in enumerate(rule.unless):
        problems += _pattern_problems(rule, pattern, project, f"unless[{i}]")
    effect = rule.effect
    vocabulary = project.vocabulary
    if isinstance(effect, Duty):
        if effect.name not in vocabulary.duties:
            problems.append(f"{rule.id}: unknown duty {effect.name!r}")
        elif effect.fulfilled_by is not None:
            problems += _pattern_problems(rule, effect.fulfilled_by, project, "fulfilled_by")
        elif vocabulary.duties[effect.name].fulfilled_by is None:
            problems.append(f"{rule.id}: the duty {effect.name} has no default in the "
                            "vocabulary; say what does it (fulfilled_by)")
        if effect.lasts_while and effect.lasts_while not in vocabulary.states:
            problems.append(f"{rule.id}: while: names unknown state {effect.lasts_while!r}")
    elif isinstance(effect, Decision) and effect.name not in vocabulary.decisions:
        problems.append(f"{rule.id}: unknown decision {effect.name!r}")
    elif isinstance(effect, Requirement) and effect.name not in vocabulary.requirements:
        problems.append(f"{rule.id}: the requirement {effect.name!r} is not registered under "
                        "requirements in rules/vocabulary/")
    if not problems:
        problems += [f"{rule.id}: {p}" for p in compile_problems(rule, vocabulary)]
    return problems


def lint(project: Project) -> LintResult:
    problems: list[str] = []
    if not project.kb.documents:  # nothing to check is not a knowledge base that passes
        return LintResult({}, [f"{project.home / 'kb'}: no documents (kb/<document>.yaml); "
                               "a knowledge base has at least one"])
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
    root = project.home / "features"
    features = []
    for path in sorted(root.rglob("*.feature")):
        try:
            features.append(load_feature(path, root))
        except InputError as error:
            problems.append(f"scenarios: {error}")
    tags = scenario_tags(features, root)
    problems += duplicate_scenario_names(features, root)
    known_rules = set(counts)
    problems += [
        f"{where}: scenario tag @rule:{rule_id} names no rule"
        for rule_id, places in tags.items() if rule_id not in known_rules for where in places
    ]

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

    problems += _unused_words(project)
    marks = _informative_marks(rulebook, project.kb)
    problems += marks.problems
    quotes = _quotes_by_paragraph(rulebook)
    encoded = {path.name for path in (project.home / "rules").iterdir() if path.is_dir()}
    for doc, document in project.kb.documents.items():
        coverage = documents[doc]
        coverage.encoded = doc in encoded
        for paragraph in document.paragraphs:
            if not paragraph.is_heading:
                _count_paragraph(paragraph, quotes.get(paragraph.id, []), marks, coverage)
    return LintResult(documents, problems)


@dataclass(frozen=True)
class InformativeMarks:
    """What the informative lists mark: whole paragraphs and single sentences."""

    paragraphs: frozenset[str]
    sentences: frozenset[str]
    problems: tuple[str, ...]

    def marks(self, sentence: Sentence) -> bool:
        return sentence.paragraph in self.paragraphs or sentence.id in self.sentences

    def touches(self, paragraph: Paragraph) -> bool:
        return paragraph.id in self.paragraphs or any(
            s.id in self.sentences for s in paragraph.sentences)


def _informative_marks(rulebook: Rulebook, kb: KnowledgeBase) -> InformativeMarks:
    """An informative entry names a paragraph (all its sentences) or one sentence: a sentence
    id is its paragraph id with '.<n>' added, so the rulebook keeps both in one field."""
    paragraphs: set[str] = set()
    sentences: set[str] = set()
    problems = []
    for item in rulebook.informative:
        reference = item.paragraph
        if is_sentence_id(reference):
            kind, marked = "sentence", sentences
            exists = kb.sentence(reference) is not None
            # A sentence whose paragraph is marked as a whole is marked twice, and so is a
            # paragraph one of whose sentences is marked on its own.
            twice = reference in sentences or reference.rsplit(".", 1)[0] in paragraphs
        else:
            kind, marked = "paragraph", paragraphs
            exists = kb.paragraph(reference) is not None
            twice = reference in paragraphs or any(
                s.startswith(reference + ".") for s in sentences)
        if not exists:
            problems.append(f"{item.file}: informative {kind} {reference} does not exist")
        elif twice:
            problems.append(f"{item.file}: {reference} is marked informative twice")
        marked.add(reference)
    return InformativeMarks(frozenset(paragraphs), frozenset(sentences), tuple(problems))


def _quotes_by_paragraph(rulebook: Rulebook) -> dict[str, list[str]]:
    quotes: dict[str, list[str]] = {}
    for rule in rulebook.rules:
        for citation in rule.sources:
            quotes.setdefault(citation.paragraph, []).append(citation.quote)
    return quotes


def _covered(paragraph: Paragraph, quotes: list[str]) -> list[bool]:
    """Which characters of the paragraph's text the quotes cover, each at its first occurrence
    (a quote that is not verbatim covers nothing; it is a problem of its own)."""
    covered = [False] * len(paragraph.text)
    for quote in quotes:
        start = paragraph.text.find(quote) if quote else -1
        if start >= 0:
            covered[start:start + len(quote)] = [True] * len(quote)
    return covered


@dataclass(frozen=True)
class _Word:
    start: int  # offsets in the sentence's text
    end: int
    meaningful: bool  # not one of CONNECTIVES
    quoted: bool


def _words(sentence: Sentence, covered: list[bool]) -> list[_Word]:
    return [
        _Word(m.start(), m.end(), m.group().lower() not in CONNECTIVES,
              all(covered[sentence.start + m.start():sentence.start + m.end()]))
        for m in WORD.finditer(sentence.text)
    ]


def _uncovered_stretches(sentence: Sentence, covered: list[bool]) -> tuple[bool, list[str]]:
    """Whether any meaningful word of the sentence is quoted, and the runs of unquoted words
    that hold a meaningful one, as the sentence gives them (connectives and all)."""
    words = _words(sentence, covered)
    stretches = []
    for quoted, run in groupby(words, key=lambda word: word.quoted):
        group = list(run)
        if not quoted and any(word.meaningful for word in group):
            stretches.append(sentence.text[group[0].start:group[-1].end])
    return any(word.quoted and word.meaningful for word in words), stretches


def _count_paragraph(paragraph: Paragraph, quotes: list[str], marks: InformativeMarks,
                     coverage: DocumentCoverage) -> None:
    """Count the paragraph and its sentences into the document's coverage; in an encoded
    document, add a problem for each sentence not accounted for."""
    coverage.paragraphs += 1
    is_cited = bool(quotes)
    coverage.cited += is_cited
    coverage.informative += paragraph.id in marks.paragraphs
    coverage.accounted_for += is_cited or marks.touches(paragraph)
    if not paragraph.sentences:
        # verify reports the missing sentences; say at least what the paragraph lacks.
        if coverage.encoded and not (is_cited or marks.touches(paragraph)):
            coverage.problems.append(
                f"{paragraph.id}: neither cited by a rule nor marked informative")
        return
    covered = _covered(paragraph, quotes)
    quoted_anywhere = {s.id for quote in quotes for s in paragraph.sentences_of(quote)}
    for sentence in paragraph.sentences:
        problem = _count_sentence(sentence, covered, sentence.id in quoted_anywhere, marks,
                                  coverage)
        if problem and coverage.encoded:
            coverage.problems.append(f"{sentence.id}: {problem}")


def _count_sentence(sentence: Sentence, covered: list[bool], overlapped: bool,
                    marks: InformativeMarks, coverage: DocumentCoverage) -> str | None:
    """Count one sentence; the problem with it, if any."""
    coverage.sentences += 1
    states = coverage.sentence_states
    if marks.marks(sentence):
        coverage.sentences_informative += 1
        coverage.sentences_accounted_for += 1
        states[sentence.id] = "informative"
        return "both quoted by a rule and marked informative" if overlapped else None
    any_quoted, stretches = _uncovered_stretches(sentence, covered)
    if not stretches:
        coverage.sentences_quoted += 1
        coverage.sentences_accounted_for += 1
        states[sentence.id] = "quoted"
        return None
    if not any_quoted:
        states[sentence.id] = "not accounted for"
        return "neither quoted by a rule nor marked informative"
    states[sentence.id] = "partly quoted"
    return "partly quoted; not covered: " + ", ".join(f'"{s}"' for s in stretches)


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def render_lint(result: LintResult) -> str:
    """Coverage per document, by sentence ("accounted" is the share of sentences quoted or
    marked informative), then every problem."""
    out = [f"{'document':<20} {'paragraphs':>10} {'sentences':>9} {'accounted':>9} "
           f"{'quoted':>6} {'informative':>11} {'rules':>5} {'with scenarios':>14} "
           f"{'problems':>8}"]
    for c in result.documents.values():
        out.append(
            f"{c.document:<20} {c.paragraphs:>10} {c.sentences:>9} "
            f"{_percent(c.sentences_accounted_for, c.sentences):>9} {c.sentences_quoted:>6} "
            f"{c.sentences_informative:>11} {c.rules:>5} "
            f"{_percent(c.rules_with_scenarios, c.rules):>14} {len(c.problems):>8}"
            + ("" if c.encoded else "  (not encoded yet)")
        )
    problems = result.all_problems
    out.append("")
    out += [f"problem: {p}" for p in problems]
    out.append("lint: ok" if not problems else f"lint: {len(problems)} problem(s)")
    return "\n".join(out) + "\n"
