"""A rule's logic in plain English: when it applies, what follows, and by when.

The one place for the words a person reads instead of a rule's YAML: `cpkb compare`, the
key timescales and the site's rule pages all word events, fields, conditions, starting
points and deadlines through `Wording`. Names become words ("initial_conference_held" ->
"initial conference"; abbreviations in capitals, so that the site's tooltips show); an
event whose name is a clause ("icpc_consultation_requested") is said by its vocabulary
description ("the Social Worker requested a consultation ..."); a field's test is said by
the field's description where there is one ("where the resistance was judged
unreasonable"), never as "field is yes".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from cpkb.grading import fulfilment
from cpkb.rulebook import Decision, Duty, Pattern, Rule, Test, Timing
from cpkb.vocabulary import Vocabulary

# The child's date fields as a reader says them.
CHILD_DATES = {"born": "birth", "expected_birth": "expected birth"}

# A conference's or an enquiry's outcome, as a reader says it.
OUTCOMES = {
    "stood_down": "stood down", "deferred": "deferred", "plan": "a plan",
    "no_plan": "no plan", "continue_plan": "the plan continued", "end_plan": "the plan ended",
    "significant_harm": "significant harm", "no_significant_harm": "no significant harm",
}

# Fields whose test reads best as a preposition and the value ("written by the police").
FIELD_PHRASES = {
    "about": "about {}", "author": "written by {}", "agencies": "attended by {}",
    "enquirer": "made by {}", "concern": "about {}", "conference": "for {}",
    "stage": "at the {} stage", "outcome": "with the outcome {}",
}

_NUMBERS = {"at_least": "{} or more", "at_most": "{} or less", "above": "more than {}",
            "below": "less than {}"}
_AGES = {"at_least": "aged {} or over", "at_most": "aged {} or under", "above": "over {}",
         "below": "under {}"}
_DATES = {"after": "after", "on_or_after": "on or after", "before": "before",
          "on_or_before": "on or before", "is": "on the day of"}
# A decision's subject where "the decision for a <name>" does not read.
_DECISION_SUBJECTS = {"quorate": "the conference being quorate"}
# Past participles that end in no "-ed": a name holding one is a clause.
_IRREGULAR = {"sent", "sought", "met", "found", "held", "made", "told", "done", "given"}
_NOUNS_AFTER = {"conference", "meeting"}  # "reconvened conference": an adjective, no clause
_SNAKE_CASE = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")
_AUXILIARY = re.compile(r"\b(is|was|are|were|has|have|had)\b")


@dataclass(frozen=True)
class Start:
    """What a period runs from, and the condition on it ("" if none)."""

    runs_from: str  # "the latest strategy discussion"
    condition: str  # "with the outcome deferred", "when the child is aged 8 or over"


@dataclass(frozen=True)
class PlainRule:
    when: str
    then: str
    by_when: str


def due_words(deadline: str, runs_from: str) -> str:
    """A deadline with what it runs from: "15 working days from the latest strategy
    discussion", "24 hours before the review conference"."""
    if deadline.endswith((" before", " after", " as", " of")):
        return f"{deadline} {runs_from}"
    if deadline[:1].isdigit():
        return f"{deadline} from {runs_from}"
    return f"{deadline}, from {runs_from}"  # words only: say what they are about


def deadline(timing: Timing) -> str:
    """The period in words, without what it runs from."""
    if timing.start_field and timing.period is not None:
        # A date of the child's, or the trigger's own day: the period is all there is.
        if not timing.period.amount:
            return "on the day of"
        return f"{timing.period} {timing.direction}"
    return timing.words.removeprefix("within ")


def _short(description: str) -> str:
    """A description's first clause, without its explanations in brackets, after a colon or
    a dash."""
    return re.split(r" \(|: |; | - ", description, maxsplit=1)[0].strip()


def _negated(clause: str) -> str:
    if _AUXILIARY.search(clause):
        return _AUXILIARY.sub(r"\1 not", clause, count=1).replace("is not evidence",
                                                                   "is no evidence")
    return f"it is not so that {clause}"


def _at(start: Start, preposition: str) -> str:
    """The moment a start names: "at the conference", or "when the chair was notified"."""
    if start.runs_from.startswith("when "):
        return start.runs_from
    return f"{preposition} {start.runs_from}"


class Wording:
    """Plain words for one vocabulary; `abbreviations` stay in capitals (ICPC)."""

    def __init__(self, vocabulary: Vocabulary, abbreviations: Iterable[str] = ()) -> None:
        self.vocabulary = vocabulary
        self.abbreviations = frozenset(a.upper() for a in abbreviations)

    # -- names ---------------------------------------------------------------------------

    def words(self, name: str) -> str:
        """A name in words: a group of held conferences is the conference
        ("initial_conference_held" -> "initial conference")."""
        words = [w.upper() if w.upper() in self.abbreviations else w for w in name.split("_")]
        if words[-1] == "held" and len(words) > 1:
            words.pop()
        return " ".join(words)

    def title(self, kind: str, name: str) -> str:
        """A duty or decision as a heading: a duty by its vocabulary description ("Hold the
        initial child protection conference"), a decision by its name in words (its
        description is a definition of true and false)."""
        duty = self.vocabulary.duties.get(name) if kind == "duty" else None
        text = _short(duty.description) if duty and duty.description else self.words(name)
        return text[:1].upper() + text[1:]

    def _is_clause(self, name: str) -> bool:
        """An event named by what happened ("transfer_in_notified"), not by a thing."""
        words = name.split("_")
        return any((w.endswith("ed") or w in _IRREGULAR) and w != "held"
                   and (i + 1 == len(words) or words[i + 1] not in _NOUNS_AFTER)
                   for i, w in enumerate(words))

    def clause(self, name: str) -> str | None:
        """The event as a clause from its description, if its name is one."""
        event = self.vocabulary.events.get(name)
        if event is None or not event.description or not self._is_clause(name):
            return None
        return _short(event.description)

    def noun(self, name: str) -> str:
        """An event, group or decision as a thing: "initial conference"; a group whose name
        is a clause by its description ("a section 47 enquiry's outcome that ...")."""
        group = self.vocabulary.groups.get(name)
        if group is not None and self._is_clause(name) and group.description:
            return _short(group.description).removeprefix("a ").removeprefix("an ")
        return self.words(name)

    def value(self, value: object) -> str:
        if isinstance(value, list):
            return " or ".join(self.value(v) for v in value)
        if isinstance(value, bool):
            return "yes" if value else "no"
        text = str(value)
        if text in OUTCOMES:
            return OUTCOMES[text]
        agency = self.vocabulary.agencies.get(self.vocabulary.agency(text) or "")
        if agency:
            return _short(agency).split(", ")[0]
        if text in self.vocabulary.events or text in self.vocabulary.groups:
            return self.clause(text) or "the " + self.noun(text)
        return self.words(text)

    # -- conditions ----------------------------------------------------------------------

    def _described(self, names: tuple[str, ...], field: str) -> str:
        """A field's description, short, with any name it mentions in words."""
        short = _short(self._description(names, field))
        return _SNAKE_CASE.sub(lambda m: self.value(m.group()), short)

    def _description(self, names: tuple[str, ...], field: str) -> str:
        for name in names:
            for event in self.vocabulary.event_names(name):
                attribute = self.vocabulary.events.get(event, None)
                if attribute is not None and field in attribute.attributes:
                    return attribute.attributes[field].description
        if not names and field in self.vocabulary.child:
            return self.vocabulary.child[field].description
        return self.vocabulary.derived.get(field, "")

    def condition(self, test: Test, names: tuple[str, ...] = (),
                  aliases: dict[str, str] | None = None) -> str:
        """One test in words, as a phrase that follows what it narrows."""
        other = (aliases or {}).get(test.other or "", f"the {test.other}")
        if test.field == "occasion" and test.other is not None:
            return f"for the same conference as {other}"
        if test.field == "day" and test.other is not None:
            return f"dated {_DATES.get(test.op, test.op)} {other}"
        if test.other is not None:
            return f"in the same {self.words(test.field)} as {other}"
        about = self._described(names, test.field) or self.words(test.field)
        if test.op == "present":
            return f"with {'' if test.value else 'no '}{about} recorded"
        if test.field == "child_age":
            return "when the child is " + _AGES.get(test.op, "{}").format(test.value)
        if test.field in FIELD_PHRASES and test.op in ("is", "one_of", "includes", "not",
                                                       "excludes"):
            phrase = FIELD_PHRASES[test.field].format(self.value(test.value))
            return phrase if test.op in ("is", "one_of", "includes") else f"not {phrase}"
        if isinstance(test.value, bool) and test.op in ("is", "not"):
            holds = (test.value is True) == (test.op == "is")
            if about != self.words(test.field):  # a description: a clause of its own
                about = re.sub(r"^the event\b", "it", about)
                return f"where {about if holds else _negated(about)}"
            return about if holds else f"not {about}"
        if test.op in _NUMBERS:
            return f"where {about} is " + _NUMBERS[test.op].format(test.value)
        verb = {"is": "is", "not": "is not", "one_of": "is", "includes": "includes",
                "excludes": "does not include"}.get(test.op, test.op)
        return f"where {about} {verb} {self.value(test.value)}"

    # -- patterns ------------------------------------------------------------------------

    def _subject(self, pattern: Pattern, definite: bool) -> tuple[str, set[str]]:
        """The thing a pattern matches, and the fields its words already say."""
        if pattern.kind == "child":
            return "the child", set()
        if pattern.kind == "state":
            return f"the {self.words(str(pattern.name))} in force", set()
        tests = {t.field: t for t in pattern.tests if t.other is None}
        if pattern.kind == "decision":
            names = " or ".join(_DECISION_SUBJECTS.get(n) or "a " + self.words(n)
                                for n in pattern.names)
            value = tests.get("value")
            at = tests.get("event")
            where = f" at the {self.noun(str(at.value))}" if at else ""
            against = value is not None and value.value is False
            return f"the decision {'against' if against else 'for'} {names}{where}", {
                "value", "event"}
        clauses = [self.clause(n) for n in pattern.names]
        if all(clauses):
            return " or ".join(c for c in clauses if c), set()
        names = " or ".join(self.noun(n) for n in pattern.names)
        for field, word in (("latest", "latest"), ("first", "first")):
            if field in tests and tests[field].value is True:
                return f"the {word} {names}", {field}
            if field in tests and tests[field].value is False:
                return f"a {names} other than the {word}", {field}
        article = "the" if definite else ("an" if names[:1].lower() in "aeiou" else "a")
        return f"{article} {names}", set()

    def pattern(self, pattern: Pattern, aliases: dict[str, str] | None = None,
                definite: bool = False) -> str:
        subject, said = self._subject(pattern, definite)
        if pattern.kind == "state" and pattern.on:
            subject += f" on the day of {(aliases or {}).get(pattern.on, pattern.on)}"
        conditions = [self.condition(t, pattern.names, aliases) for t in pattern.tests
                      if t.field not in said or t.other is not None]
        return ", ".join([subject, *conditions])

    def aliases(self, rule: Rule) -> dict[str, str]:
        """Each of a rule's pattern aliases as the thing it names ("the strategy discussion"):
        tests that compare with another pattern name it so."""
        named = {}
        for p in (*rule.when, *rule.unless):
            subject, _ = self._subject(Pattern(p.kind, p.name, p.alias, ()), definite=True)
            named[p.alias] = subject
        return named

    # -- what a period runs from ---------------------------------------------------------

    def start(self, rule: Rule) -> Start:
        """What the rule's period (or its moment) runs from, and the condition on it."""
        trigger = rule.when[0]
        timing = getattr(rule.effect, "timing", None)
        if trigger.kind == "child" or (timing is not None and timing.start_field):
            field = timing.start_field if timing and timing.start_field else "born"
            return Start(f"the child's {CHILD_DATES.get(field, self.words(field))}", "")
        subject, said = self._subject(trigger, definite=True)
        clause = all(self.clause(n) for n in trigger.names) and trigger.kind == "event"
        runs_from = f"when {subject}" if clause else subject
        conditions = [self.condition(t, trigger.names) for t in trigger.tests
                      if t.other is None and t.field not in said]
        return Start(runs_from, ", ".join(conditions))

    # -- a whole rule --------------------------------------------------------------------

    def _decision_value(self, effect: Decision, names: tuple[str, ...]) -> str:
        if effect.value_when:
            return ("yes " + ", and ".join(self.condition(t, names) for t in effect.value_when)
                    + "; otherwise no")
        return self.value(effect.value)

    def said(self, rule: Rule) -> str:
        """What the rule says, in a few words: a duty's deadline, a decision's value."""
        effect = rule.effect
        if isinstance(effect, Duty):
            return deadline(effect.timing)
        if isinstance(effect, Decision):
            if effect.timing is not None:
                return deadline(effect.timing)
            return self._decision_value(effect, rule.when[0].names)
        return "required"

    def describe(self, rule: Rule) -> PlainRule:
        aliases = self.aliases(rule)
        when = "When " + ", and ".join(self.pattern(p, aliases) for p in rule.when)
        if rule.unless:
            when += ", unless there is " + " or ".join(self.pattern(p, aliases)
                                                       for p in rule.unless)
        effect = rule.effect
        start = self.start(rule)
        if isinstance(effect, Duty):
            doing = fulfilment(effect, self.vocabulary)
            done_by = (f"done when {self.clause(str(doing.name))}" if self.clause(str(doing.name))
                       else f"done by {self.pattern(doing, aliases, definite=True)}")
            duty = self.vocabulary.duties.get(effect.name)
            what = (_short(duty.description) if duty and duty.description
                    else self.words(effect.name))
            then = f"{what} ({rule.modality}), {done_by}"
            by_when = due_words(deadline(effect.timing), start.runs_from)
            if effect.not_before:
                by_when += f", not sooner than {effect.not_before} after it"
            if effect.lasts_while:
                by_when += f", for as long as the {self.words(effect.lasts_while)} lasts"
            if effect.each:
                by_when += ", for each one"
        elif isinstance(effect, Decision):
            then = (f"{self.words(effect.name)}: "
                    f"{self._decision_value(effect, rule.when[0].names)} ({rule.modality})")
            by_when = (due_words(deadline(effect.timing), start.runs_from) if effect.timing
                       else _at(start, "on the day of"))
        else:
            record = "that event" if start.runs_from.startswith("when ") else start.runs_from
            then = (f"{self.words(effect.name)} ({rule.modality}): met when the record of "
                    f"{record} lists it as done")
            by_when = _at(start, "at")
        return PlainRule(when=when, then=then, by_when=by_when)
