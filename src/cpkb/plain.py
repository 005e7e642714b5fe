"""A rule's logic in plain English: when it applies, what follows, and by when.

Used wherever a person reads a rule rather than its YAML: `cpkb compare` and the site.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpkb.grading import fulfilment
from cpkb.rulebook import Decision, Duty, Pattern, Rule, Test
from cpkb.vocabulary import Vocabulary

_OPS = {
    "is": "is", "not": "is not", "one_of": "is one of", "at_least": "is at least",
    "at_most": "is at most", "above": "is above", "below": "is below",
    "includes": "includes", "excludes": "does not include",
    "after": "is after", "on_or_after": "is on or after", "before": "is before",
    "on_or_before": "is on or before",
}


# The child's date fields as a reader says them.
CHILD_DATES = {"born": "birth", "expected_birth": "expected birth"}


def _words(name: str) -> str:
    return name.replace("_", " ")


def _test(test: Test) -> str:
    if test.field == "occasion" and test.other is not None:
        return f"for the same conference as the {test.other}"
    if test.other is not None and test.field != "day":
        return f"the same {_words(test.field)} as the {test.other}"
    if test.other is not None:
        return f"its date {_OPS[test.op]} the {test.other}'s"
    if test.op == "present":
        return f"{_words(test.field)} is {'recorded' if test.value else 'not recorded'}"
    value = test.value
    if isinstance(value, list):
        value = " or ".join(str(v) for v in value)
    elif isinstance(value, bool):
        value = "yes" if value else "no"
    return f"{_words(test.field)} {_OPS[test.op]} {value}"


def describe_pattern(pattern: Pattern) -> str:
    if pattern.kind == "state":
        return f"the {_words(str(pattern.name))} in force on the {pattern.on}'s date"
    if pattern.kind == "child":
        subject = "the child"
    elif pattern.kind == "decision":
        subject = f"the decision {' or '.join(pattern.names)}"
    else:
        names = " or ".join(_words(n) for n in pattern.names)
        subject = ("an " if names[:1] in "aeiou" else "a ") + names
    tests = [_test(t) for t in pattern.tests]
    return subject + (f" ({'; '.join(tests)})" if tests else "")


def starting_point(rule: Rule) -> str:
    """What a duty's or dated decision's period runs from, in words."""
    effect = rule.effect
    timing = getattr(effect, "timing", None)
    if timing is not None and timing.start_field:
        return f"the child's {CHILD_DATES.get(timing.start_field, _words(timing.start_field))}"
    trigger = rule.when[0]
    if trigger.kind == "decision":
        at = next((t.value for t in trigger.tests if t.field == "event"), None)
        if isinstance(at, list):
            at = " or ".join(at)
        where = f" at {_words(str(at))}" if at else ""
        return f"the {' or '.join(_words(n) for n in trigger.names)} decision{where}"
    return " or ".join(_words(n) for n in trigger.names) or "the child"


@dataclass(frozen=True)
class PlainRule:
    when: str
    then: str
    by_when: str


def _value(effect: Decision) -> str:
    if effect.value_when:
        return "true if " + " and ".join(_test(t) for t in effect.value_when) + ", else false"
    value = effect.value
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def describe(rule: Rule, vocabulary: Vocabulary) -> PlainRule:
    when = "When " + ", and ".join(describe_pattern(p) for p in rule.when)
    if rule.unless:
        when += ", unless there is " + " or ".join(describe_pattern(p) for p in rule.unless)
    effect = rule.effect
    if isinstance(effect, Duty):
        done_by = describe_pattern(fulfilment(effect, vocabulary))
        then = f"{_words(effect.name)} ({rule.modality}), done by {done_by}"
        by_when = (effect.timing.words if effect.timing.period is None
                   else effect.timing.phrase(starting_point(rule)))
        if effect.not_before:
            by_when += f", not sooner than {effect.not_before} after it"
        if effect.lasts_while:
            by_when += f", for as long as the {_words(effect.lasts_while)} lasts"
        if effect.each:
            by_when += ", for each one"
    elif isinstance(effect, Decision):
        then = f"{_words(effect.name)} is {_value(effect)} ({rule.modality})"
        by_when = (f"{effect.timing.words}" if effect.timing else "on the date of "
                   + starting_point(rule))
    else:
        then = f"{_words(effect.name)} is required ({rule.modality}), shown met when recorded done"
        by_when = "at " + starting_point(rule)
    return PlainRule(when=when, then=then, by_when=by_when)
