"""Rules as engine rules: each pattern an engine condition, each effect the fact its action adds.

- An event pattern may name a group of the vocabulary (`initial_conference_held`): it stands
  for the group's events with the group's field values as tests.
- `for: trigger` compares `occasion` with the trigger's: the same conference.
- A state pattern (`state: child_protection_plan`) matches the period of the state that
  covers the date of the pattern it is `on` (the trigger by default): an event's or a
  decision's date, or for the child, the date the rule's effect runs from (18 years from
  `born` is a field of the child fact, see facts.dated_field).
- The effect is a fact of type duty, decision or requirement that carries the rule, the event
  it runs from, the conference it belongs to, and its dates as day numbers; decisions are
  facts other rules match.

Rules that depend on a state - directly, or through a decision made by such a rule - fire
once the states are known (see evaluation.py): the state facts are asserted after the other
facts' consequences, with a marker that rules negating a state wait for.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from cpkb.calendar import Period
from cpkb.engine import Check, Condition, Engine, EngineRule, Fact, RuleEngine
from cpkb.facts import dated_field, day_number, from_day_number
from cpkb.matcher import RuleMatcher
from cpkb.rulebook import Decision, Duty, Pattern, Rule, Test
from cpkb.vocabulary import Vocabulary

# Which engine runs the compiled rules: durable-rules, the reference (every command but the
# audit), or the Python matcher (matcher.py) the audit uses, held to the same answers by a test.
EngineKind = Literal["durable", "python"]
ENGINES: dict[EngineKind, type[RuleEngine] | type[RuleMatcher]] = {
    "durable": RuleEngine, "python": RuleMatcher}

_numbers = itertools.count(1_000_000)  # seq of effect facts: after every case event's
# Asserted with the states: a rule that negates a state (`unless: state`) waits for it, so that
# it does not fire before the states are known (durable-rules never takes a firing back).
STATES_KNOWN: Fact = {"type": "marker", "name": "states_known", "seq": -1}


@dataclass(frozen=True)
class StateCheck:
    """Where a rule tested a state: the state fact's alias, and the alias and field of the
    date it was tested on."""

    state: str
    on: str
    field: str


@dataclass
class Compiled:
    """An engine for a set of rules, and what evaluation needs to know about them."""

    engine: Engine
    rules: dict[str, Rule]
    state_checks: dict[str, tuple[StateCheck, ...]]
    dated: tuple[tuple[str, Period], ...]  # child date fields moved on by a period


def _checks(tests: Iterable[Test]) -> tuple[Check, ...]:
    return tuple(Check(t.field, t.op, t.value, t.other) for t in tests)


def _group_tests(fields: tuple[tuple[str, Any], ...]) -> tuple[Check, ...]:
    return tuple(Check(k, "one_of", v) if isinstance(v, list) else Check(k, "is", v)
                 for k, v in fields)


def event_names_and_tests(pattern: Pattern, vocabulary: Vocabulary
                          ) -> tuple[tuple[str, ...], tuple[Check, ...]]:
    """The event names a pattern stands for, and the tests its group adds (a group with field
    values may only be named alone: one condition holds one set of tests)."""
    names: list[str] = []
    tests: tuple[Check, ...] = ()
    for name in pattern.names:
        group = vocabulary.groups.get(name)
        if group is None:
            names.append(name)
            continue
        if group.fields and len(pattern.names) > 1:
            raise ValueError(f"the group {name} narrows its events by field values and must "
                             "be named alone")
        names += group.events
        tests = _group_tests(group.fields)
    return tuple(names), tests


def _date_field(rule: Rule, pattern: Pattern) -> str:
    """The field holding the date a state is tested on, for the pattern it is `on`."""
    if pattern.kind != "child":
        return "day"
    timing = getattr(rule.effect, "timing", None)
    if timing is None or timing.start_field is None:
        raise ValueError(f"{rule.id}: a state on the child needs an effect dated from a field "
                         "of the child (from:)")
    if isinstance(rule.effect, Decision) and timing.period is not None:
        return dated_field(timing.start_field, timing.period)
    return timing.start_field


def _condition(rule: Rule, pattern: Pattern, vocabulary: Vocabulary,
               negated: bool = False) -> Condition:
    if pattern.kind == "state":
        on = next(p for p in rule.when if p.alias == pattern.on)
        field = _date_field(rule, on)
        covers = (Check("start_day", "at_most", other=on.alias, other_field=field),
                  Check("end_day", "at_least", other=on.alias, other_field=field))
        return Condition(pattern.alias, "state", pattern.names, covers, negated=negated)
    if pattern.kind == "event":
        names, tests = event_names_and_tests(pattern, vocabulary)
        return Condition(pattern.alias, "event", names, tests + _checks(pattern.tests),
                         negated=negated)
    checks: list[Check] = []
    for test in pattern.tests:
        if pattern.kind == "decision" and test.field == "event" and test.op in ("is", "one_of"):
            checks += _at(test, vocabulary)  # `at:` the event, or group, it was made at
        else:
            checks += _checks([test])
    return Condition(pattern.alias, pattern.kind, pattern.names, tuple(checks),
                     negated=negated)


def _at(test: Test, vocabulary: Vocabulary) -> list[Check]:
    """A decision's `at:` as tests of the event it was made at, a group narrowing it by the
    conference's stage and whether it was held."""
    names = [test.value] if test.op == "is" else list(test.value)
    at = Pattern(kind="event", name=tuple(names), alias="at", tests=())
    events, tests = event_names_and_tests(at, vocabulary)
    return [Check("event", "one_of", list(events)), *tests]


# The fields of a fact the actions read (_origin, _action); the engine sends these and the
# ones conditions test, and no others.
ACTION_FIELDS = frozenset({"type", "name", "seq", "day", "event", "event_day", "origin_seq",
                           "occasion", "stage", "held", "done", "value", "identity", "born",
                           "expected_birth"})


def _origin(trigger: Fact, start_field: str | None) -> tuple[str, int | None]:
    """The case event (name and day) an effect runs from: an event is its own origin, a
    decision carries its, and a decision dated from a date of the child's (the 18th
    birthday) is its own; for the child, the date field its effect is counted from."""
    if trigger["type"] == "event":
        return trigger["name"], trigger["day"]
    if trigger["type"] == "decision":
        if "origin_seq" not in trigger and trigger.get("day") != trigger.get("event_day"):
            return trigger["name"], trigger["day"]
        return trigger["event"], trigger["event_day"]
    field = start_field or "born"
    return field, trigger.get(field)


def _action(rule: Rule):
    trigger_alias = rule.when[0].alias
    effect = rule.effect
    timing = getattr(effect, "timing", None)
    start_field = timing.start_field if timing is not None else None

    def act(matched: dict[str, Fact], value: bool | None) -> list[Fact]:
        trigger = matched[trigger_alias]
        event, event_day = _origin(trigger, start_field)
        fact: Fact = {"name": effect.name, "rule": rule.id, "seq": next(_numbers),
                      "event": event, "event_day": event_day, "trigger_seq": trigger["seq"]}
        # The case event it runs from, and the conference it belongs to, as their seq.
        origin = trigger["seq"] if trigger["type"] == "event" else trigger.get("origin_seq")
        if origin:
            fact["origin_seq"] = origin
        for key in ("occasion", "stage", "held"):  # of the conference it belongs to
            if key in trigger:
                fact[key] = trigger[key]
        own_day = trigger.get("day", event_day)
        if isinstance(effect, Duty):
            start = trigger.get(start_field) if start_field else own_day
            due = effect.timing.due(from_day_number(start)) if start is not None else None
            fact.update(type="duty", start_day=start, due_day=day_number(due) if due else None)
        elif isinstance(effect, Decision):
            day = own_day
            if effect.timing is not None and effect.timing.period is not None:
                start = trigger.get(effect.timing.start_field or "")
                day = (day_number(effect.timing.period.after(from_day_number(start)))
                       if start is not None else None)
            decided = effect.value if value is None else value
            # One decision, however many rules make it: what it triggers happens once.
            fact.update(type="decision", value=decided, day=day,
                        identity=f"{effect.name}={decided!r}@{fact.get('occasion')}"
                                 f"/{fact.get('origin_seq')}/{day}")
        else:
            fact.update(type="requirement", day=event_day,
                        met=effect.name in trigger.get("done", ()))
        return [fact]

    return act


def compile_rules(name: str, rules: list[Rule], vocabulary: Vocabulary,
                  engine: EngineKind = "durable") -> Compiled:
    engine_rules = []
    checks: dict[str, tuple[StateCheck, ...]] = {}
    dated: set[tuple[str, Period]] = set()
    for rule in rules:
        conditions = [_condition(rule, p, vocabulary) for p in rule.when]
        if any(p.kind == "state" for p in rule.unless):
            # before the negations: durable-rules joins in order, a negation last
            conditions.append(Condition("states_known", "marker", ("states_known",)))
        conditions += [_condition(rule, p, vocabulary, negated=True) for p in rule.unless]
        effect = rule.effect
        decides = _checks(effect.value_when) if isinstance(effect, Decision) else ()
        engine_rules.append(EngineRule(rule.id, tuple(conditions), _action(rule), decides))
        checks[rule.id] = tuple(
            StateCheck(c.alias, c.tests[0].other or "", c.tests[0].other_field or "")
            for c in conditions if c.type == "state" and not c.negated)
        if (isinstance(effect, Decision) and effect.timing is not None
                and effect.timing.period is not None and effect.timing.start_field):
            dated.add((effect.timing.start_field, effect.timing.period))
    read = {f for f in map(_start_field, rules) if f} | {dated_field(s, p) for s, p in dated}
    return Compiled(ENGINES[engine](name, engine_rules, keep=ACTION_FIELDS | read),
                    {r.id: r for r in rules}, checks, tuple(sorted(dated, key=str)))


def _start_field(rule: Rule) -> str | None:
    """The field of the trigger a rule's effect is counted from, if it names one."""
    effect = rule.effect
    timing = effect.timing if isinstance(effect, Duty | Decision) else None
    return timing.start_field if timing is not None else None


def _decisions_matched(rule: Rule) -> set[str]:
    return {n for p in (*rule.when, *rule.unless) if p.kind == "decision" for n in p.names}


def _states_used(rule: Rule) -> set[str]:
    used = {p.name for p in (*rule.when, *rule.unless) if p.kind == "state"}
    if isinstance(rule.effect, Duty) and rule.effect.lasts_while:
        used.add(rule.effect.lasts_while)
    return {u for u in used if isinstance(u, str)}


def decisions_needed(rule: Rule, vocabulary: Vocabulary) -> set[str]:
    """The decisions that can bear on whether a rule fires: those its patterns match (`when`
    or `unless`), and those the states it uses (in a pattern, or `lasts_while`) are made of.
    The one graph of the rules: the audit's subset follows it, the site's "fed by" shows it."""
    return _decisions_matched(rule) | {vocabulary.states[s].decision for s in _states_used(rule)
                                       if s in vocabulary.states}


def rules_needed(rules: list[Rule], effects: set[str], vocabulary: Vocabulary) -> list[Rule]:
    """The rules whose effect is one of `effects`, and (transitively) every rule producing a
    decision that one of them needs (`decisions_needed`): evaluating a case with only these
    gives those effects exactly as the whole ruleset does, since nothing else can reach
    them. Events and the child are case facts, which no rule produces."""
    wanted = set(effects)
    while True:
        chosen = [r for r in rules if r.effect_name in wanted]
        matched = set().union(*(decisions_needed(r, vocabulary) for r in chosen))
        if matched <= wanted:
            return chosen
        wanted |= matched


def rule_problems(rule: Rule, vocabulary: Vocabulary) -> list[str]:
    """What would stop the rule compiling: a group with field values named beside other
    events, a state on the child with no dated effect."""
    problems = []
    for pattern in (*rule.when, *rule.unless):
        try:
            _condition(rule, pattern, vocabulary)
        except ValueError as error:
            problems.append(str(error).removeprefix(f"{rule.id}: "))
    return problems
