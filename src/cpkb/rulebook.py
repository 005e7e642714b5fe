"""Rules as data: rules/<authority>/<topic>.yaml, checked against the rule schema.

A rule cites one or more kb paragraphs with a verbatim quote, says when it applies (`when`,
`unless`) and has exactly one effect: a `duty` (something to do by a date), a `decision` (a
derived value such as `quorate`) or a `requirement` (something to do at an event, with no
date of its own). docs/writing-rules.md explains every key; this module is the schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from cpkb.calendar import Period
from cpkb.errors import InputError, excerpt
from cpkb.files import read_data

# A rule's modality is the source's own word for the force of the clause (lint checks that it
# is a word of the rule's quotes). The present tense ("is", "are") is how some sources state
# what is done; "imperative" is a command with no modal word ("Ensure the child's voice is
# ..."), the one modality lint cannot look for in the quote.
MODALITIES = (
    "must", "must not", "should", "should not", "should never", "will", "will not", "shall",
    "may",
    "may not", "can", "cannot", "need to", "is to", "are to", "requires", "is required to",
    "are required to", "is responsible for", "has a duty to", "is their responsibility",
    "is the responsibility of", "is good practice", "do not", "is", "are", "imperative",
)
FLAGS = ("ambiguous", "contradiction", "date-level reading", "interpretation",
         "modality from context")
KINDS = ("event", "decision", "child", "state")
VOCABULARY_FOLDER = "vocabulary"  # rules/vocabulary/ holds the vocabulary, not rules
TEST_OPS = ("is", "not", "one_of", "at_least", "at_most", "above", "below", "includes",
            "excludes", "present", "same_as")
TEMPORAL_OPS = ("after", "on_or_after", "before", "on_or_before")


@dataclass(frozen=True)
class Citation:
    paragraph: str
    quote: str

    @property
    def document(self) -> str:
        return self.paragraph.split("/", 1)[0]


@dataclass(frozen=True)
class Test:
    """One condition on a field of a fact: `field op value`, where the value may be another
    pattern's field of the same name (`same_as`, `for:`; temporal tests compare `day` with
    the named pattern's `day`)."""

    field: str
    op: str
    value: Any
    other: str | None = None  # alias of the pattern whose field is compared against

    def holds(self, fields: dict[str, Any]) -> bool:
        """Whether a fact's fields pass the test; the engine's reading of each test (a field
        the case does not record is "not" any value, and passes no other test but
        `present: false`; an empty list neither includes nor excludes anything). Tests
        against another pattern need the engine."""
        if self.other is not None:
            raise ValueError(f"the test of {self.field} against {self.other} needs the engine")
        present = self.field in fields
        value = fields.get(self.field)
        if self.op == "present":
            return present is self.value
        if self.op == "not":
            return not present or value != self.value
        if not present:
            return False
        if self.op == "is":
            return bool(value == self.value)
        if self.op == "one_of":
            return value in self.value
        if self.op in ("includes", "excludes"):
            if not isinstance(value, list) or not value:
                return False
            return (self.value in value) == (self.op == "includes")
        return bool(_NUMERIC[self.op](value, self.value))


_NUMERIC = {
    "at_least": lambda a, b: a >= b, "at_most": lambda a, b: a <= b,
    "above": lambda a, b: a > b, "below": lambda a, b: a < b,
}


@dataclass(frozen=True)
class Pattern:
    kind: str  # event, decision, child or state
    name: str | tuple[str, ...] | None  # event, group, decision or state name(s); None: child
    alias: str
    tests: tuple[Test, ...]
    on: str | None = None  # a state pattern: the alias of the pattern on whose date it holds

    @property
    def names(self) -> tuple[str, ...]:
        if self.name is None:
            return ()
        return (self.name,) if isinstance(self.name, str) else self.name

    def holds(self, fields: dict[str, Any]) -> bool:
        return all(t.holds(fields) for t in self.tests)


def deadline_phrase(words: str, start: str) -> str:
    """A deadline with what it runs from: "within 15 working days of strategy discussion",
    "24 hours before review conference", "by the day of initial conference"."""
    if words.startswith("within "):
        return f"{words} of {start}"
    if words.endswith((" before", " as", " of")):
        return f"{words} {start}"
    return f"{words} (from {start})"


@dataclass(frozen=True)
class Timing:
    """When a duty falls due: a period after or before its starting date, or words only."""

    period: Period | None
    direction: str  # "after", "before" or "words"
    words: str  # how the source puts it, e.g. "within 15 working days"
    start_field: str | None = None  # a date field of the trigger fact instead of its date

    def phrase(self, start: str) -> str:
        return deadline_phrase(self.words, start)

    def due(self, start):
        if self.period is None:
            return None
        return self.period.after(start) if self.direction == "after" else self.period.before(start)


@dataclass(frozen=True)
class Duty:
    name: str
    timing: Timing
    # What does it: an event or group, with tests; None: the vocabulary's default for the duty
    fulfilled_by: Pattern | None
    not_before: Period | None = None
    lasts_while: str | None = None  # a state, e.g. child_protection_plan
    each: bool = False  # the source puts the duty on every such event ("All reports ...")


@dataclass(frozen=True)
class Decision:
    name: str
    value: Any  # a literal, or None when `value_when` decides true/false
    value_when: tuple[Test, ...] = ()
    timing: Timing | None = None  # when the decision takes effect, if not on the trigger date


@dataclass(frozen=True)
class Requirement:
    name: str


@dataclass(frozen=True)
class Rule:
    id: str
    authority: str
    title: str
    modality: str
    sources: tuple[Citation, ...]
    when: tuple[Pattern, ...]
    unless: tuple[Pattern, ...]
    effect: Duty | Decision | Requirement
    notes: str = ""
    flags: tuple[str, ...] = ()
    file: Path = field(default=Path(), compare=False)
    topic: str = ""

    @property
    def effect_kind(self) -> str:
        return type(self.effect).__name__.lower()

    @property
    def effect_name(self) -> str:
        return self.effect.name


@dataclass(frozen=True)
class Informative:
    paragraph: str  # a paragraph id, or a sentence id (bolton/intro/1.2) for one sentence
    reason: str
    file: Path = field(default=Path(), compare=False)


@dataclass(frozen=True)
class Rulebook:
    root: Path
    rules: tuple[Rule, ...]
    informative: tuple[Informative, ...]

    def for_authority(self, authority: str) -> list[Rule]:
        return [r for r in self.rules if r.authority == authority]

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


class _Reader:
    """Reads one rule file, keeping track of the place for error messages."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, place: str, expected: str) -> InputError:
        return InputError(self.path, place, expected)

    def text(self, data: dict, key: str, place: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{place}.{key}", f"expected text, got {excerpt(value)}")
        return value

    def keys(self, data: dict, allowed: set[str], place: str) -> None:
        for key in data:
            if key not in allowed:
                raise self.fail(
                    f"{place}.{key}", f"unknown key; expected one of {', '.join(sorted(allowed))}"
                )

    def pairs(self, items: Any, place: str, first: str, second: str) -> list[tuple[str, str]]:
        """A non-empty list of mappings with exactly two text keys, e.g. {paragraph, quote}."""
        if not isinstance(items, list) or not items:
            raise self.fail(place, f"expected a list of {{{first}, {second}}}")
        return [self.pair(item, f"{place}[{i}]", first, second) for i, item in enumerate(items)]

    def pair(self, item: Any, place: str, first: str, second: str) -> tuple[str, str]:
        if not isinstance(item, dict):
            raise self.fail(place, f"expected {{{first}, {second}}}")
        self.keys(item, {first, second}, place)
        return self.text(item, first, place), self.text(item, second, place)

    def informative(self, items: Any) -> list[Informative]:
        """{paragraph, reason} marks a whole paragraph informative, {sentence, reason} one
        sentence of it."""
        if not isinstance(items, list) or not items:
            raise self.fail("informative", "expected a list of {paragraph, reason} or "
                            "{sentence, reason}")
        found = []
        for i, item in enumerate(items):
            where = f"informative[{i}]"
            key = "sentence" if isinstance(item, dict) and "sentence" in item else "paragraph"
            found.append(Informative(*self.pair(item, where, key, "reason"), self.path))
        return found

    def period(self, text: Any, place: str) -> Period:
        try:
            return Period.parse(str(text))
        except ValueError as error:
            raise self.fail(place, str(error)) from None

    def test(self, key: str, value: Any, place: str) -> Test:
        if key in TEMPORAL_OPS:
            if not isinstance(value, str):
                raise self.fail(f"{place}.{key}", "expected the alias of another pattern")
            return Test(field="day", op=key, value=None, other=value)
        if isinstance(value, dict):
            if len(value) != 1 or next(iter(value)) not in TEST_OPS:
                raise self.fail(f"{place}.{key}", f"expected one test of {', '.join(TEST_OPS)}")
            op, operand = next(iter(value.items()))
            if op == "one_of" and not isinstance(operand, list):
                raise self.fail(f"{place}.{key}.one_of", "expected a list")
            if op in ("at_least", "at_most", "above", "below") and (
                not isinstance(operand, int) or isinstance(operand, bool)
            ):
                raise self.fail(f"{place}.{key}.{op}", "expected a whole number")
            if op == "present" and not isinstance(operand, bool):
                raise self.fail(f"{place}.{key}.present", "expected true or false")
            if op == "same_as":
                if not isinstance(operand, str):
                    raise self.fail(f"{place}.{key}.same_as", "expected the alias of another "
                                    "pattern")
                return Test(field=key, op="is", value=None, other=operand)
            return Test(field=key, op=op, value=operand)
        if isinstance(value, list):
            raise self.fail(f"{place}.{key}", "expected a value or a test such as {one_of: [...]}")
        return Test(field=key, op="is", value=value)

    def tests(self, data: Any, place: str) -> tuple[Test, ...]:
        if not isinstance(data, dict):
            raise self.fail(place, "expected a mapping of field tests")
        return tuple(self.test(k, v, place) for k, v in data.items())

    def pattern(self, data: Any, place: str, default_alias: str) -> Pattern:
        if not isinstance(data, dict):
            raise self.fail(place, "expected a pattern such as {event: strategy_discussion}")
        kinds = [k for k in KINDS if k in data]
        if "decision" in kinds and "event" in kinds:
            raise self.fail(f"{place}.event", "expected at: for the event of a decision")
        if len(kinds) != 1:
            raise self.fail(place, "expected exactly one of event:, decision:, state: or "
                            "child:")
        kind = kinds[0]
        name = data[kind]
        if kind == "child":
            if name is not True:
                raise self.fail(f"{place}.child", "expected child: true")
            name = None
        elif isinstance(name, list) and name and all(isinstance(n, str) for n in name):
            name = tuple(name)
        elif not isinstance(name, str):
            raise self.fail(f"{place}.{kind}", "expected a name or a list of names")
        alias = data.get("as", default_alias)
        if not isinstance(alias, str) or not alias.isidentifier():
            raise self.fail(f"{place}.as", "expected a short name made of letters and _")
        fields = {k: v for k, v in data.items() if k not in (kind, "as")}
        if kind == "state":
            return self.state_pattern(name, alias, fields, place)
        tests: list[Test] = []
        if "for" in fields:
            # `for: trigger`: belongs to the same conference as that pattern's fact.
            other = fields.pop("for")
            if not isinstance(other, str):
                raise self.fail(f"{place}.for", "expected the alias of another pattern, "
                                "such as trigger")
            tests.append(Test(field="occasion", op="is", value=None, other=other))
        if kind == "decision" and "at" in fields:
            # `at:` names the event at which the decision was made (its `event` field).
            at = fields.pop("at")
            fields["event"] = {"one_of": at} if isinstance(at, list) else at
        tests += self.tests(fields, place)
        return Pattern(kind=kind, name=name, alias=alias, tests=tuple(tests))

    def state_pattern(self, name: Any, alias: str, fields: dict, place: str) -> Pattern:
        """`state: child_protection_plan`: the state holds on the date of the pattern that
        `holds_on:` names (by default the trigger)."""
        if not isinstance(name, str):
            raise self.fail(f"{place}.state", "expected one state name")
        if True in fields:  # YAML reads the key `on:` as true
            raise self.fail(f"{place}.on", "expected holds_on: (YAML reads on: as true)")
        self.keys(fields, {"holds_on"}, place)
        on = fields.get("holds_on", "trigger")
        if not isinstance(on, str):
            raise self.fail(f"{place}.holds_on", "expected the alias of another pattern")
        return Pattern(kind="state", name=name, alias=alias, tests=(), on=on)

    def check_references(
        self, patterns: tuple[Pattern, ...], place: str, key: str, known: set[str]
    ) -> None:
        """A pattern may compare itself only with patterns of `when` written before it:
        durable-rules matches joins in order, and a forward reference matches wrongly."""
        seen = set(known)
        for i, pattern in enumerate(patterns):
            others = [(t.field, t.other) for t in pattern.tests if t.other is not None]
            if pattern.on is not None:
                others.append(("holds_on", pattern.on))
            for where, other in others:
                if other not in seen:
                    raise self.fail(f"{place}.{key}[{i}].{where}", "expected the alias of an "
                                    f"earlier pattern, got {excerpt(other)}")
            if i == 0 and key == "when" and pattern.kind == "state":
                raise self.fail(f"{place}.when[0]", "expected an event, decision or child "
                                "pattern first: a state holds on the date of another pattern")
            if key == "when":
                seen.add(pattern.alias)

    def timing(self, data: dict, place: str) -> Timing:
        given = [k for k in ("within", "before", "by") if k in data]
        if len(given) != 1:
            raise self.fail(place, "expected exactly one of within:, before: or by:")
        key = given[0]
        start_field = data.get("from")
        if start_field is not None and not isinstance(start_field, str):
            raise self.fail(f"{place}.from", "expected the name of a date field")
        if key == "by":
            return Timing(None, "words", self.text(data, "by", place), start_field)
        period = self.period(data[key], f"{place}.{key}")
        if key == "within":
            words = f"within {period}" if period.amount else "on the same day as"
            return Timing(period, "after", words, start_field)
        return Timing(period, "before", f"{period} before" if period.amount else "by the day of",
                      start_field)

    def duty(self, data: Any, place: str) -> Duty:
        if not isinstance(data, dict):
            raise self.fail(place, "expected a mapping with name and timing")
        self.keys(data, {"name", "within", "before", "by", "from", "not_before",
                         "fulfilled_by", "while", "each"}, place)
        fulfilled = data.get("fulfilled_by")
        fulfilled_by = None
        if fulfilled is not None:
            if isinstance(fulfilled, str):
                fulfilled = {"event": fulfilled}
            fulfilled_by = self.pattern(fulfilled, f"{place}.fulfilled_by", "fulfilment")
            if fulfilled_by.kind != "event" or not isinstance(fulfilled_by.name, str):
                raise self.fail(f"{place}.fulfilled_by", "expected one event or group")
            if any(t.other is not None for t in fulfilled_by.tests):
                # The event that does a duty is found after the run, among the case's events.
                raise self.fail(f"{place}.fulfilled_by", "expected tests of the event's own "
                                "fields; it belongs to the duty's conference without for:")
        lasts_while = data.get("while")
        if lasts_while is not None and not isinstance(lasts_while, str):
            raise self.fail(f"{place}.while", "expected a state name")
        each = data.get("each", False)
        if not isinstance(each, bool):
            raise self.fail(f"{place}.each", "expected true or false")
        not_before = data.get("not_before")
        return Duty(
            name=self.text(data, "name", place),
            timing=self.timing(data, place),
            fulfilled_by=fulfilled_by,
            not_before=self.period(not_before, f"{place}.not_before") if not_before else None,
            lasts_while=lasts_while,
            each=each,
        )

    def decision(self, data: Any, place: str) -> Decision:
        if not isinstance(data, dict):
            raise self.fail(place, "expected a mapping with name and value")
        self.keys(data, {"name", "value", "after", "from"}, place)
        if "value" not in data:
            raise self.fail(f"{place}.value", "expected a value, or {when: {...}}")
        value = data["value"]
        value_when: tuple[Test, ...] = ()
        if isinstance(value, dict):
            if set(value) != {"when"}:
                raise self.fail(f"{place}.value", "expected a value, or {when: {...}}")
            value_when = self.tests(value["when"], f"{place}.value.when")
            if any(t.other for t in value_when):
                # The value is decided on the trigger alone: durable-rules mis-evaluates a
                # reference from the first pattern to a later one.
                raise self.fail(f"{place}.value.when", "expected tests of the trigger's own "
                                "fields; compare dates in when: instead")
            value = None
        timing = None
        if "after" in data:
            start = data.get("from")
            if not isinstance(start, str):
                raise self.fail(f"{place}.from", "expected the date field the period runs from")
            period = self.period(data["after"], f"{place}.after")
            timing = Timing(period, "after", f"{period} after {start}", start)
        return Decision(self.text(data, "name", place), value, value_when, timing)

    def rule(self, data: Any, place: str, authority: str, topic: str) -> Rule:
        if not isinstance(data, dict):
            raise self.fail(place, "expected a rule mapping")
        self.keys(data, {"id", "title", "modality", "sources", "when", "unless", "duty",
                         "decision", "requirement", "notes", "flags"}, place)
        rule_id = self.text(data, "id", place)
        if not rule_id.startswith(authority + "."):
            raise self.fail(f"{place}.id", f"expected an id starting '{authority}.'")
        modality = data.get("modality")
        if modality not in MODALITIES:
            raise self.fail(f"{place}.modality", f"expected one of {', '.join(MODALITIES)}")
        citations = [Citation(paragraph, quote) for paragraph, quote
                     in self.pairs(data.get("sources"), f"{place}.sources", "paragraph", "quote")]
        when = data.get("when")
        if not isinstance(when, list) or not when:
            raise self.fail(f"{place}.when", "expected a list of patterns")
        patterns = tuple(
            self.pattern(p, f"{place}.when[{i}]", "trigger" if i == 0 else f"p{i}")
            for i, p in enumerate(when)
        )
        self.check_references(patterns, place, "when", set())
        unless_data = data.get("unless") or []
        if not isinstance(unless_data, list):
            raise self.fail(f"{place}.unless", "expected a list of patterns")
        unless = tuple(
            self.pattern(p, f"{place}.unless[{i}]", f"u{i}") for i, p in enumerate(unless_data)
        )
        self.check_references(unless, place, "unless", {p.alias for p in patterns})
        for i, pattern in enumerate(unless):
            # Only case events and states may be negated: they are asserted before any rule
            # fires, so a negation never depends on the order in which derived facts appear.
            if pattern.kind not in ("event", "state"):
                raise self.fail(f"{place}.unless[{i}]", "expected an event or state pattern")
        effects = [k for k in ("duty", "decision", "requirement") if k in data]
        if len(effects) != 1:
            raise self.fail(place, "expected exactly one effect: duty:, decision: or requirement:")
        kind = effects[0]
        effect: Duty | Decision | Requirement
        if kind == "duty":
            effect = self.duty(data["duty"], f"{place}.duty")
        elif kind == "decision":
            effect = self.decision(data["decision"], f"{place}.decision")
        else:
            requirement = data["requirement"]
            if not isinstance(requirement, dict):
                raise self.fail(f"{place}.requirement", "expected {name: ...}")
            self.keys(requirement, {"name"}, f"{place}.requirement")
            effect = Requirement(self.text(requirement, "name", f"{place}.requirement"))
        flags = data.get("flags") or []
        if not isinstance(flags, list) or any(f not in FLAGS for f in flags):
            raise self.fail(f"{place}.flags", f"expected a list of {', '.join(FLAGS)}")
        notes = data.get("notes", "")
        if not isinstance(notes, str):
            raise self.fail(f"{place}.notes", "expected text")
        return Rule(
            id=rule_id,
            authority=authority,
            title=self.text(data, "title", place),
            modality=modality,
            sources=tuple(citations),
            when=patterns,
            unless=unless,
            effect=effect,
            notes=notes.strip(),
            flags=tuple(flags),
            file=self.path,
            topic=topic,
        )


def load_rule_file(path: Path) -> tuple[list[Rule], list[Informative]]:
    reader = _Reader(path)
    data = read_data(path)
    authority = path.parent.name
    if not isinstance(data, dict):
        raise reader.fail("top level", "expected a mapping with authority and rules")
    if data.get("authority") != authority:
        raise reader.fail("authority", f"expected {authority!r}, the name of the folder")
    if "informative" in data:
        reader.keys(data, {"authority", "informative"}, "")
        return [], reader.informative(data.get("informative"))
    reader.keys(data, {"authority", "topic", "rules"}, "")
    topic = reader.text(data, "topic", "")
    items = data.get("rules")
    if not isinstance(items, list):
        raise reader.fail("rules", "expected a list of rules")
    return [reader.rule(item, f"rules[{i}]", authority, topic) for i, item in enumerate(items)], []


def read_rulebook(root: Path) -> Rulebook:
    """Every rules/<authority>/*.yaml under `root`."""
    rules: list[Rule] = []
    informative: list[Informative] = []
    for path in sorted(root.glob("*/*.yaml")):
        if path.parent.name == VOCABULARY_FOLDER:
            continue
        found_rules, found_informative = load_rule_file(path)
        rules.extend(found_rules)
        informative.extend(found_informative)
    return Rulebook(root=root, rules=tuple(rules), informative=tuple(informative))


# Kept per folder for the rest of the process: the tests and the site build make many
# Projects of one home (the site clears it when a file changes).
load_rulebook = lru_cache(maxsize=4)(read_rulebook)
