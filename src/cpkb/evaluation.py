"""Applying an authority's rules to one case: facts in, cited duties and decisions out.

1. The case becomes facts (`case_facts`): one per event, with its day number and a few
   neutral derived fields (whether it is the first or latest of its kind, the vote margin,
   how many other agencies with direct contact attended).
2. Each rule becomes one engine rule (two for a decision whose value is true or false by a
   test); its action turns the matched facts into the rule's effect, itself a fact that
   other rules may match (a split vote decides a plan; a plan starts core group duties).
3. After the run, each duty is checked against the case's events (`duties.assess`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from cpkb.case import Case, Event
from cpkb.duties import DutyAssessment, assess
from cpkb.engine import Check, Condition, EngineRule, Fact, Firing, RuleEngine
from cpkb.rulebook import Decision, Duty, Pattern, Rule, Test

# Agencies are free names in a case file; this one is named by the quoracy rules.
CHILDRENS_SOCIAL_CARE = "children_social_care"

# Fields that every event fact has, or that are derived from its attributes, besides the
# attributes the vocabulary lists (docs/case-files.md explains each).
derived_event_fields = frozenset({
    "day", "first", "latest", "votes_plan", "votes_no_plan", "vote_margin",
    "other_agencies_with_direct_contact", "unborn", "child_age",
})


def day_number(day: date) -> int:
    return day.toordinal()


def from_day_number(number: int) -> date:
    return date.fromordinal(number)


def whole_years(born: date, day: date) -> int:
    """Age in whole years on `day`, as dateutil's relativedelta counts it (a 29 February
    birthday falls on 28 February in other years), at a fraction of its cost."""
    try:
        anniversary = born.replace(year=day.year)
    except ValueError:
        anniversary = born.replace(year=day.year, day=28)
    return day.year - born.year - (day < anniversary)


def _event_fact(case: Case, event: Event, seq: int) -> Fact:
    same = case.events_named(event.name)
    fact: Fact = {
        "type": "event",
        "name": event.name,
        "seq": seq,
        "index": event.index,
        "day": day_number(event.date),
        "first": same[0] is event,
        "latest": same[-1] is event,
    }
    for key, value in event.attributes.items():
        if key == "votes":
            fact["votes_plan"] = value["plan"]
            fact["votes_no_plan"] = value["no_plan"]
            fact["vote_margin"] = value["plan"] - value["no_plan"]
        else:
            fact[key] = value
    if "agencies" in event.attributes:
        without = set(event.attributes.get("agencies_without_direct_contact", ()))
        fact["other_agencies_with_direct_contact"] = len(
            {a for a in event.attributes["agencies"] if a != CHILDRENS_SOCIAL_CARE} - without
        )
    born = case.child.get("born")
    if born is not None or "expected_birth" in case.child:
        fact["unborn"] = born is None or event.date < born
    if born is not None and event.date >= born:
        fact["child_age"] = whole_years(born, event.date)
    return fact


def case_facts(case: Case, negated_events: set[str]) -> list[Fact]:
    """The case as engine facts. Events that some rule negates (`unless`) come first, so that
    a negation is settled before any rule that it guards can fire."""
    child: Fact = {"type": "child", "seq": 0}
    for key, value in case.child.items():
        child[key] = day_number(value) if isinstance(value, date) else value
    events = [_event_fact(case, e, seq) for seq, e in enumerate(case.events, start=1)]
    negated = [f for f in events if f["name"] in negated_events]
    return [*negated, child, *(f for f in events if f["name"] not in negated_events)]


def _engine_tests(tests: tuple[Test, ...]) -> tuple[Check, ...]:
    return tuple(Check(t.field, t.op, t.value, t.other) for t in tests)


def _condition(pattern: Pattern, negated: bool = False) -> Condition:
    return Condition(
        alias=pattern.alias,
        type=pattern.kind,
        names=pattern.names,
        tests=_engine_tests(pattern.tests),
        negated=negated,
    )


def _origin(fact: Fact) -> tuple[str, int]:
    """The case event behind a fact: an event is its own origin; a decision carries its."""
    if fact["type"] == "event":
        return fact["name"], fact["day"]
    if fact["type"] == "decision":
        return fact["event"], fact["event_day"]
    return "birth", fact.get("born")


def _start(timing_field: str | None, trigger: Fact) -> int | None:
    """The day a period runs from: a named date field of the trigger, else the day of the
    trigger (an event's date, or the day a decision took effect)."""
    if timing_field is not None:
        return trigger.get(timing_field)
    return trigger.get("day", _origin(trigger)[1])


class _Effects:
    """Builds the action of each rule: the facts its effect adds."""

    def __init__(self) -> None:
        self.numbers = iter(range(1_000_000, 10**9))

    def action(self, rule: Rule, value: Any = None):
        trigger_alias = rule.when[0].alias
        effect = rule.effect

        def act(matched: dict[str, Fact]) -> list[Fact]:
            trigger = matched[trigger_alias]
            event, event_day = _origin(trigger)
            fact: Fact = {
                "name": effect.name,
                "rule": rule.id,
                "seq": next(self.numbers),
                "event": event,
                "event_day": event_day,
                "trigger_seq": trigger.get("seq"),
            }
            timing = getattr(effect, "timing", None)
            if trigger["type"] == "child" and timing is not None and timing.start_field:
                # Counted from a date of the child's (expected_birth, born): that date is
                # what the duty or decision runs from, and what the report shows.
                fact.update(event=timing.start_field, event_day=trigger.get(timing.start_field))
            if isinstance(effect, Duty):
                start = _start(effect.timing.start_field, trigger)
                due = effect.timing.due(from_day_number(start)) if start is not None else None
                fact.update(type="duty", start_day=start,
                            due_day=day_number(due) if due else None)
            elif isinstance(effect, Decision):
                day = _start(None, trigger)
                if effect.timing is not None:
                    start = _start(effect.timing.start_field, trigger)
                    day = day_number(effect.timing.due(from_day_number(start)))
                fact.update(type="decision", value=effect.value if value is None else value,
                            day=day)
            else:
                fact.update(type="requirement", day=event_day,
                            met=effect.name in trigger.get("done", ()))
            return [fact]

        return act


def rules_needed(rules: list[Rule], effects: set[str]) -> list[Rule]:
    """The rules whose effect is one of `effects`, and (transitively) every rule producing a
    decision that one of them matches in `when` or `unless`: evaluating a case with only
    these gives those effects exactly as the whole ruleset does, since nothing else can
    reach them. Events and the child are case facts, which no rule produces."""
    wanted = set(effects)
    while True:
        chosen = [r for r in rules if r.effect_name in wanted]
        matched = {
            name for r in chosen for p in (*r.when, *r.unless) if p.kind == "decision"
            for name in p.names
        }
        if matched <= wanted:
            return chosen
        wanted |= matched


def compile_rules(name: str, rules: list[Rule]) -> RuleEngine:
    effects = _Effects()
    engine_rules = []
    for rule in rules:
        conditions = [_condition(p) for p in rule.when]
        conditions += [_condition(p, negated=True) for p in rule.unless]
        effect = rule.effect
        if isinstance(effect, Decision) and effect.value_when:
            # True when every test passes, false when one fails; neither when a field tested
            # is missing from the case, since then the record cannot say.
            trigger = conditions[0]
            present = tuple(Check(t.field, "present", True) for t in effect.value_when
                            if t.op != "present" and t.other is None)
            decided = _engine_tests(effect.value_when)
            holds = Condition(trigger.alias, trigger.type, trigger.names,
                              trigger.tests + present + decided)
            fails = Condition(trigger.alias, trigger.type, trigger.names,
                              trigger.tests + present, refuted=decided)
            engine_rules.append(EngineRule(f"{rule.id}#true", (holds, *conditions[1:]),
                                           effects.action(rule, True)))
            engine_rules.append(EngineRule(f"{rule.id}#false", (fails, *conditions[1:]),
                                           effects.action(rule, False)))
        else:
            engine_rules.append(EngineRule(rule.id, tuple(conditions), effects.action(rule)))
    return RuleEngine(name, engine_rules)


@dataclass
class Evaluation:
    case: Case
    rules: dict[str, Rule]
    firings: list[Firing]
    duties: list[DutyAssessment]
    decisions: list[Fact]
    requirements: list[Fact]


def rule_id_of(engine_rule_id: str) -> str:
    return engine_rule_id.split("#", 1)[0]


def _distinct(facts) -> list[Fact]:
    """One effect per rule, trigger and outcome. A rule whose pattern joins a decision fires
    once for each matching decision (a plan decided at the conference and again at a review),
    which is one duty, not two; the trace keeps every firing."""
    seen: set[tuple] = set()
    distinct = []
    for fact in facts:
        key = (fact["type"], fact["rule"], fact["trigger_seq"], fact.get("due_day"),
               fact.get("value"), fact.get("day"))
        if key not in seen:
            seen.add(key)
            distinct.append(fact)
    return distinct


def evaluate(case: Case, engine: RuleEngine, rules: list[Rule]) -> Evaluation:
    by_id = {r.id: r for r in rules}
    negated = {name for r in rules for p in r.unless for name in p.names}
    firings = engine.run(case_facts(case, negated))
    produced = _distinct(fact for firing in firings for fact in firing.produced)
    decisions = [f for f in produced if f["type"] == "decision"]
    duties = [
        assess(fact, by_id[fact["rule"]].effect, case, decisions)
        for fact in produced
        if fact["type"] == "duty"
    ]
    requirements = [f for f in produced if f["type"] == "requirement"]
    return Evaluation(case, by_id, firings, duties, decisions, requirements)
