"""Applying an authority's rules to one case: the case in, cited and graded findings out.

1. The evaluation date is a horizon: events dated after `as_of` are not used (the report lists
   them), so every finding is what was known on that day.
2. The events used are related (occasions.py): which conference each belongs to, which
   conferences were held, the episodes that scope "first" and "latest".
3. The rules run on the engine the evaluator was built for: durable-rules, the reference, or
   the Python matcher (matcher.py), which gives the same firings. The case's facts go in
   first, and the rules that need no state fire. From their decisions the states are worked
   out (states.py: the child is subject of a plan from the conference that made it to its
   end), and the state facts go into the same session, so the rules that need a state ("a
   child subject of a Child Protection Plan") fire. Their decisions may end a state sooner
   (the plan ends at 18): where a firing no longer holds under the new states, the case
   runs again, in a new session with the states given from the start, until they no longer
   change.
4. Each raised duty is graded (grading.py), decisions after `as_of` are marked upcoming, and
   rules that disagree on one occasion are listed as conflicts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cpkb.case import Case
from cpkb.compiler import STATES_KNOWN, EngineKind, compile_rules
from cpkb.engine import Fact, Firing
from cpkb.facts import child_fact, event_fact, from_day_number, state_fact
from cpkb.findings import (
    Conflict,
    Decided,
    DutyFinding,
    DutyRaised,
    NotUsed,
    Origin,
    Required,
    StatePeriod,
)
from cpkb.grading import Grader, upcoming
from cpkb.occasions import CaseEvent, Link, Occasions
from cpkb.rulebook import Duty, Rule
from cpkb.states import periods
from cpkb.vocabulary import Vocabulary

MAX_ROUNDS = 8  # states only shorten from round to round; a few rounds settle any case


@dataclass
class Evaluation:
    case: Case
    events: tuple[CaseEvent, ...]  # the events used, related
    not_used: list[NotUsed]
    links: list[Link]
    firings: list[Firing]
    duties: list[DutyFinding]
    decisions: list[Decided]
    requirements: list[Required]
    states: list[StatePeriod]
    conflicts: list[Conflict] = field(default_factory=list)


def horizon(case: Case) -> tuple[list, list[NotUsed]]:
    """The events known on the evaluation date, and the others with why they are not used."""
    used = [e for e in case.events if e.date <= case.as_of]
    later = [NotUsed(e, f"after the evaluation date {case.as_of.isoformat()}")
             for e in case.events if e.date > case.as_of]
    return used, later


class Evaluator:
    """An authority's rules (or a subset of them) compiled once, to evaluate many cases."""

    def __init__(self, name: str, rules: list[Rule], vocabulary: Vocabulary,
                 engine: EngineKind = "durable") -> None:
        self.vocabulary = vocabulary
        self.rules = {r.id: r for r in rules}
        self.compiled = compile_rules(name, rules, vocabulary, engine)
        self.state_decisions = {s.decision for s in vocabulary.states.values()}
        self.negated = {n for r in rules for p in r.unless if p.kind == "event"
                        for n in vocabulary_names(p.names, vocabulary)}

    def evaluate(self, case: Case) -> Evaluation:
        used, not_used = horizon(case)
        occasions = Occasions(used, self.vocabulary)
        events = occasions.events
        facts = [event_fact(e, case.child) for e in events]
        base = self._base_facts(case, facts)
        engine = self.compiled.engine
        as_of = case.as_of
        known: list[StatePeriod] = []
        before: list[Decided] = []  # the decisions made before the states were known
        fired_before = [0]

        def with_states(firings: list[Firing]) -> list[Fact]:
            before[:] = self._decisions(_made(firings), events, as_of)
            fired_before[0] = len(firings)
            known[:] = self._states(before)
            return [*self._state_facts(known), STATES_KNOWN]

        firings = engine.run(base, then=with_states)
        later = self._decisions(_made(firings[fired_before[0]:]), events, as_of)
        decided = before + later
        states = self._states(decided) if self._decide_a_state(later) else list(known)
        for _ in range(MAX_ROUNDS):
            if states == known or self._still_hold(firings, states):
                break
            known = states  # a new session, with the states given from the start
            firings = engine.run([*self._state_facts(known), STATES_KNOWN, *base])
            decided = self._decisions(_made(firings), events, as_of)
            states = self._states(decided)
        return self._findings(case, events, facts, not_used, occasions.links, firings,
                              decided, states)

    # -- facts ---------------------------------------------------------------------------

    def _base_facts(self, case: Case, facts: list[Fact]) -> list[Fact]:
        """The child and the events. Events that some rule negates (`unless`) come first, so
        that a negation is settled before any rule that it guards can fire."""
        child = child_fact(case, self.compiled.dated)
        negated = [f for f in facts if f["name"] in self.negated]
        return [*negated, child, *(f for f in facts if f["name"] not in self.negated)]

    @staticmethod
    def _state_facts(states: list[StatePeriod]) -> list[Fact]:
        return [state_fact(p.state, -(n + 1), p.start, p.end) for n, p in enumerate(states)]

    def _decide_a_state(self, decisions: list[Decided]) -> bool:
        return any(d.name in self.state_decisions for d in decisions)

    def _states(self, decisions: list[Decided]) -> list[StatePeriod]:
        return [p for state in self.vocabulary.states.values()
                for p in periods(state, decisions, self.vocabulary)]

    def _still_hold(self, firings: list[Firing], states: list[StatePeriod]) -> bool:
        """Whether every state a firing relied on still covers the day it was tested on, and
        no period grew: then running again would give the same firings."""
        for firing in firings:
            for check in self.compiled.state_checks.get(firing.rule, ()):
                state = firing.matched[check.state]
                day = firing.matched[check.on].get(check.field)
                if day is None or not any(
                        p.state == state["name"] and p.holds_on(from_day_number(day))
                        and p.start == from_day_number(state["start_day"]) for p in states):
                    return False
        return True

    # -- findings ------------------------------------------------------------------------

    def _origin(self, fact: Fact, events: Sequence[CaseEvent]) -> Origin:
        day = fact.get("event_day")
        seq = fact.get("origin_seq")
        return Origin(fact["event"], from_day_number(day) if day else None,
                      events[seq - 1] if seq else None)

    def _occasion(self, fact: Fact, events: Sequence[CaseEvent]) -> CaseEvent | None:
        seq = fact.get("occasion")
        return events[seq - 1] if seq else None

    def _decisions(self, made: list[Fact], events: Sequence[CaseEvent], as_of: date
                   ) -> list[Decided]:
        decisions = []
        for f in made:
            if f["type"] != "decision":
                continue
            day = from_day_number(f["day"]) if f.get("day") else None
            decisions.append(Decided(self.rules[f["rule"]], f["name"], f["value"], day,
                                     self._origin(f, events), self._occasion(f, events),
                                     upcoming=upcoming(day, as_of)))
        return decisions

    def _findings(self, case: Case, events: tuple[CaseEvent, ...], facts: list[Fact],
                  not_used: list[NotUsed], links: list[Link], firings: list[Firing],
                  decided: list[Decided], states: list[StatePeriod]) -> Evaluation:
        grader = Grader(events, facts, case.as_of, self.vocabulary, states)
        made = _made(firings)
        raised = []
        for f in made:
            if f["type"] != "duty":
                continue
            rule = self.rules[f["rule"]]
            assert isinstance(rule.effect, Duty)
            raised.append(DutyRaised(
                rule, rule.effect, self._origin(f, events), self._occasion(f, events),
                from_day_number(f["start_day"]) if f.get("start_day") else None,
                from_day_number(f["due_day"]) if f.get("due_day") else None))
        decisions = decided
        requirements = [
            Required(self.rules[f["rule"]], f["name"], bool(f["met"]), self._origin(f, events))
            for f in made if f["type"] == "requirement"
        ]
        return Evaluation(
            case=case, events=events, not_used=not_used, links=links, firings=firings,
            duties=[finding for r in raised for finding in grader.grade(r)],
            decisions=decisions, requirements=requirements, states=states,
            conflicts=deadline_conflicts(raised) + value_conflicts(decisions),
        )


def _made(firings: list[Firing]) -> list[Fact]:
    return [f for firing in firings for f in firing.produced]


def vocabulary_names(names: Sequence[str], vocabulary: Vocabulary) -> set[str]:
    return {e for n in names for e in vocabulary.event_names(n)}


def _origin_key(origin: Origin) -> tuple[Any, ...]:
    return (origin.name, origin.date, origin.event.seq if origin.event else None)


def deadline_conflicts(raised: list[DutyRaised]) -> list[Conflict]:
    """Two or more rules giving one duty, from one start, different due dates."""
    groups: dict[tuple, list[DutyRaised]] = {}
    for r in raised:
        groups.setdefault((r.duty.name, _origin_key(r.origin)), []).append(r)
    return [
        Conflict("different deadlines", same[0].duty.name, same[0].origin,
                 tuple(r.rule for r in same), tuple(r.due for r in same))
        for same in groups.values() if len({r.due for r in same}) > 1
    ]


def value_conflicts(decisions: list[Decided]) -> list[Conflict]:
    """Two or more rules deciding one decision differently for one occasion (a conference),
    or, for decisions of no conference, from one start."""
    groups: dict[tuple, list[Decided]] = {}
    for d in decisions:
        key = ("occasion", d.occasion.seq) if d.occasion else _origin_key(d.origin)
        groups.setdefault((d.name, key), []).append(d)
    return [
        Conflict("different values", same[0].name, same[0].origin,
                 tuple(d.rule for d in same), tuple(d.value for d in same))
        for same in groups.values()
        if len({repr(d.value) for d in same}) > 1 and len({d.rule.id for d in same}) > 1
    ]
