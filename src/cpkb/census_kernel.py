"""The audit's compiled census path: the audited rules of an authority run as direct
computations over a census child's events, without a rules session.

A CIN census gives only a few kinds of event (census_events.CENSUS_EVENTS): strategy
discussions, enquiry outcomes of no significant harm, initial conferences (with or without
a plan), review conferences (continuing or ending the plan) and a death, and the child's
birth (or expected birth). For these the audited rules (`rules_needed` of the audited duties
and decisions, as `Auditor.rule_ids`) are compiled once per authority (`CensusKernel.of`):

- from the same compiled conditions the engines run (compiler.compile_rules, the matcher's
  condition tests): each rule's trigger test, its negations and its state condition are
  applied to the facts directly; what a test of a census event kind's fixed fields gives
  is worked out once per kind, and whether a rule accepts a decision once per the values
  it reads;
- each rule's action is compiler._action for the triggers the kernel compiles (_Action):
  the same duty, as a typed value (_Raised), or decision, with the due dates from the
  rule's own Timing, each day it moves on worked out once;
- what each census event kind is offered (the rules its events trigger, and the rules
  accepting the decisions these make, in turn) is generated as straight-line Python once per
  kernel (_Generator), where which rules accept those decisions is fixed by the kind and the
  actions; the rest are offered one by one;
- a rule that can never fire for a census child is left out by a check, not a list: an
  event pattern that accepts no census event kind (its names, or a test of a field the
  kind's events never carry, fails on every kind), and, transitively, a rule matching a
  decision that only such rules make;
- how the evaluation settles states (evaluation.Evaluator.evaluate: the rules that need no
  state, then the states, then those that do, and again with the states given until they
  no longer change), how duties are graded (grading.Grader) and what the audit reports
  (audit.Auditor) are done over these facts in the same order of steps.

Rules of other shapes (a trigger with more than one event or decision pattern, a negated
state, a duty on every item, an event negated by one rule and triggering another), an
event kind the census does not give, or an unusual record (two state periods on one day,
findings the report's sort could order either way, a fault) are not handled here: `audit`
returns None and the caller audits that child on the matcher (audit.Auditor), and an
authority whose rules the kernel cannot compile is audited on the matcher throughout
(`CensusKernel.of` gives the reason). tests/test_census_kernel.py holds the two paths to
identical results, child by child, and the kernel's actions to the compiled rules'.
"""

from __future__ import annotations

import dataclasses
import json
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import repeat
from typing import TYPE_CHECKING, Any

from cpkb.case import Event
from cpkb.census_events import (
    AUDITED_EFFECTS,
    CENSUS_CHILD_FIELDS,
    CENSUS_EVENTS,
    PLAN_END,
    EpisodeCase,
    child_cases,
    read_unexplained_ends,
)
from cpkb.compiler import compile_rules, rules_needed
from cpkb.engine import Fact, joins_first
from cpkb.evaluation import MAX_ROUNDS, vocabulary_names
from cpkb.facts import dated_field, day_number, from_day_number, state_fact, whole_years
from cpkb.grading import duty_status, fulfilment, graded_against_record, upcoming
from cpkb.indicators import child_indicators
from cpkb.matcher import RuleMatcher, _Node, _refutation, _test
from cpkb.occasions import NOT_HELD, STAGES, matches
from cpkb.rulebook import Decision, Duty, Pattern, Rule, Test
from cpkb.vocabulary import Vocabulary

if TYPE_CHECKING:
    from cpkb.audit import Audited
    from cpkb.census import ChildRecord
    from cpkb.project import Project
    from cpkb.report import ReportBuilder


class Unhandled(Exception):
    """This child is not for the kernel: the caller audits it on the matcher."""


# The fields of an event's fact that are not among its fields as a group reads them
# (occasions.CaseEvent.fields).
_NOT_FIELDS = frozenset({"type", "name", "seq", "day", "unborn", "child_age"})
# The fields of a census event's fact that differ from one event of a kind to another; every
# other field is fixed by the kind (its attributes, stage and held) or never present.
DYNAMIC_FIELDS = frozenset({"seq", "day", "first", "latest", "occasion", "episode", "unborn",
                            "child_age"})


def _kind(name: str, attributes: dict[str, Any]) -> tuple[str, tuple[tuple[str, Any], ...]]:
    return name, tuple(sorted(attributes.items()))


@dataclass
class _Kind:
    """What is fixed for every census event of one name and attributes."""

    name: str
    attributes: dict[str, Any]
    stage: str | None
    held: bool | None
    member: tuple[str, str] | None  # (series, member) it counts in
    in_series: bool  # of a series' kind, whether or not a member
    ends: tuple[str, ...]  # the series it ends, once started
    # variants whose trigger could accept it, each with the tests left to apply
    triggers: tuple[tuple[_Variant, tuple[Callable[[Fact], bool], ...]], ...]
    # negated conditions that could accept it, likewise
    negated: tuple[tuple[_Node, tuple[Callable[[Fact], bool], ...]], ...]
    # the rules whose duty it does (True) or may do (None: ask, for each event)
    doing: tuple[tuple[str, bool | None], ...]
    may_start: dict[str, bool | None]  # by state: whether it can start it (None: ask)
    blocking: bool = False  # of an event some rule's negation names: offered before the rest
    # Its triggers' offers as generated code (_Generator), None where they are offered one
    # by one (CensusKernel._session's offer).
    run: Callable[..., None] | None = None


@dataclass
class _Variant:
    number: int
    rule: Rule
    value: bool | None
    trigger: _Node
    state: _Node | None
    negated: tuple[_Node, ...]
    aliases: tuple[str, ...]
    action: _Action
    # Where it tests a state (compiler.StateCheck): the state's place in the facts it
    # matched, the place of the fact holding the date tested on, and that date's field.
    checks: tuple[tuple[int, int, str], ...]
    rule_id: str = dataclasses.field(init=False)
    plain: bool = dataclasses.field(init=False)  # no state nor negation: its trigger is all
    act: Callable[[Fact], tuple[_Raised | _Decided, Fact | None]] = dataclasses.field(
        init=False)  # its action's fire
    # The facts it matches with a trigger: its state's period and no negated event
    # (_Generator.matched).
    matched: Callable[[Fact, list[Fact], dict[int, list[Fact]]], tuple[Fact, ...] | None] = (
        dataclasses.field(init=False))

    def __post_init__(self) -> None:
        self.rule_id = self.rule.id
        self.act = self.action.fire
        self.plain = self.state is None and not self.negated


def _static_fact(kind: tuple[str, dict[str, Any]], stage: str | None,
                 held: bool | None) -> Fact:
    name, attributes = kind
    fact: Fact = {"type": "event", "name": name, **attributes}
    if stage is not None:
        fact["stage"] = stage
        fact["held"] = held
    return fact


def _conjuncts(node: _Node) -> list[tuple[frozenset[str], Callable[[Fact], bool]]]:
    """A condition's tests of a fact's own fields, as matcher._node makes them, each with the
    fields it reads: their conjunction is `node.accepts`."""
    condition = node.condition
    ordered = joins_first(condition)
    found: list[tuple[frozenset[str], Callable[[Fact], bool]]] = [
        (frozenset({c.field}), _test(c)) for c in ordered if c.other is None]
    found += [(frozenset({c.field}), (lambda name: lambda fact: name in fact)(c.field))
              for c in ordered if c.other is not None and c.op != "not"]
    if condition.refuted:
        refutations = [_refutation(c) for c in condition.refuted]
        found.append((frozenset(c.field for c in condition.refuted),
                      lambda fact: any(r(fact) for r in refutations)))
    return found


def _residual(node: _Node, fact: Fact) -> tuple[Callable[[Fact], bool], ...] | None:
    """For census events of the kind `fact` stands for (its fixed fields): None when the
    condition accepts none of them, else the tests left to apply to each (those of the
    fields that vary from event to event)."""
    condition = node.condition
    if condition.type != "event" or (condition.names and fact["name"] not in condition.names):
        return None
    left = []
    for fields, test in _conjuncts(node):
        if fields & DYNAMIC_FIELDS:
            left.append(test)
        elif not test(fact):
            return None
    return tuple(left)


def _could_accept(node: _Node, fact: Fact) -> bool:
    return _residual(node, fact) is not None


def _passes(tests: tuple[Callable[[Fact], bool], ...], fact: Fact) -> bool:
    for test in tests:  # noqa: SIM110
        if not test(fact):
            return False
    return True


def _fixed_match(names: tuple[str, ...], tests: tuple[Test, ...], fact: Fact,
                 vocabulary: Vocabulary) -> bool | None:
    """Whether every census event of the kind `fact` stands for is one of the events or
    groups `names` and passes `tests` (grading.Grader.does); None when that turns on a field
    that varies from event to event."""
    read = {t.field for t in tests}
    for name in names:
        group = vocabulary.groups.get(name)
        if group is not None:
            read |= {k for k, _ in group.fields}
    if read & DYNAMIC_FIELDS:
        return None
    return any(matches(n, fact, fact["name"], vocabulary) for n in names) and all(
        t.holds(fact) for t in tests)


# A rule's firing: its variant, the facts it matched (in the order of its aliases), and the
# duty it raised or the decision it made.
_Fired = tuple["_Variant", tuple[Fact, ...], "_Raised | _Decided"]


class KernelUnsupported(Exception):
    """The authority's audited rules have a shape the kernel does not compile."""


class CensusKernel:
    """The audited rules of one authority compiled for census children."""

    def __init__(self, project: Project, authority: str, ids: frozenset[str],
                 build: ReportBuilder) -> None:
        vocabulary = project.vocabulary
        self.vocabulary = vocabulary
        self.authority = authority
        self.encoded = bool(ids)
        self.build = build
        rules = project.rules_for(authority, ids)
        self.rules = {r.id: r for r in rules}
        if rules_needed(rules, set(AUDITED_EFFECTS), vocabulary) != rules:
            raise KernelUnsupported("the rules given are not the audited rules")
        for name in CENSUS_EVENTS:
            if vocabulary.events[name].link is not None:
                raise KernelUnsupported(f"census event {name} belongs to a conference (link)")
        for spec in vocabulary.last_before.values():
            if spec.event in CENSUS_EVENTS:
                raise KernelUnsupported(f"census event {spec.event} has last_before fields")
        compiled = compile_rules(authority, rules, vocabulary, "python")
        matcher = compiled.engine
        assert isinstance(matcher, RuleMatcher)
        self.compiled = compiled
        # The child's date fields moved on by a period (facts.dated_field), each with the
        # name of the field it gives.
        self.dated = tuple((start_field, period, dated_field(start_field, period))
                           for start_field, period in compiled.dated)
        # Each of them worked out once for each date: a caseload's children share birthdays.
        self.dated_days: dict[tuple[str, date], int] = {}
        self.state_decisions = {s.decision: s for s in vocabulary.states.values()}
        self.negated_names = {n for r in rules for p in r.unless if p.kind == "event"
                              for n in vocabulary_names(p.names, vocabulary)}
        kinds = {(name, tuple(sorted(a.items()))): (name, a)
                 for name, attributes in CENSUS_EVENTS.items() for a in attributes}
        statics = {}
        for key, kind in kinds.items():
            stage = STAGES.get(kind[0])
            held = (kind[1].get("outcome") not in NOT_HELD) if stage is not None else None
            statics[key] = (_static_fact(kind, stage, held), stage, held)
        # The variants, each a chain of its conditions: a trigger, a state and negations.
        variants: list[_Variant] = []
        for number, variant in enumerate(matcher.rule_variants):
            nodes = []
            node: _Node | None = next(n for n in matcher._nodes if n.variant == number
                                      and n.first)
            while node is not None:
                nodes.append(node)
                node = node.next
            trigger, rest = nodes[0], nodes[1:]
            if trigger.condition.type not in ("event", "child", "decision"):
                raise KernelUnsupported(f"{variant.rule.id}: a trigger of type "
                                        f"{trigger.condition.type}")
            states = [n for n in rest if n.condition.type == "state" and not n.condition.negated]
            negated = [n for n in rest if n.condition.negated]
            others = [n for n in rest if n not in states and n not in negated]
            rule = self.rules[variant.rule.id]
            if trigger.condition.type == "event" and not any(
                    _could_accept(trigger, fact) for fact, _, _ in statics.values()):
                continue  # no census event is its trigger: it never fires
            if any(n.condition.type == "event" and not any(
                    _could_accept(n, fact) for fact, _, _ in statics.values()) for n in others):
                continue  # it needs an event the census never gives: it never fires
            if others:
                raise KernelUnsupported(f"{rule.id}: more than a trigger, a state and negations")
            if len(states) > 1:
                raise KernelUnsupported(f"{rule.id}: more than one state condition")
            if any(n.condition.type != "event" for n in negated):
                raise KernelUnsupported(f"{rule.id}: a negated state or marker")
            if any(c.other is not None and c.other != trigger.condition.alias
                   for n in negated for c in n.condition.tests):
                raise KernelUnsupported(f"{rule.id}: a negation tested against a state")
            effect = rule.effect
            if not isinstance(effect, Duty | Decision):
                raise KernelUnsupported(f"{rule.id}: a requirement")
            if isinstance(effect, Duty) and effect.each:
                raise KernelUnsupported(f"{rule.id}: a duty on every item")
            aliases = variant.aliases
            variants.append(_Variant(
                number, rule, variant.value, trigger,
                states[0] if states else None, tuple(negated), aliases,
                _Action(rule, variant.value, trigger.condition.type),
                tuple((aliases.index(c.state), aliases.index(c.on), c.field)
                      for c in compiled.state_checks.get(rule.id, ()))))
        # A decision only rules left out make: the rules matching it never fire either.
        while True:
            made = {v.rule.effect.name for v in variants if isinstance(v.rule.effect, Decision)}
            kept = [v for v in variants if v.trigger.condition.type != "decision"
                    or set(v.trigger.condition.names) & made]
            if len(kept) == len(variants):
                break
            variants = kept
        self.variants = variants
        self.kept_rules = sorted({v.rule.id for v in variants})
        triggers = {v.trigger.condition.names for v in variants
                    if v.trigger.condition.type == "event"}
        if self.negated_names & {n for names in triggers for n in names}:
            raise KernelUnsupported("an event is negated by one rule and triggers another")
        # Each census kind: what is fixed for it.
        self.kinds: dict[tuple[str, tuple[tuple[str, Any], ...]], _Kind] = {}
        in_series = {e for members, _ in vocabulary.series_events.values() for e in members}
        for key, (name, attributes) in kinds.items():
            fact, stage, held = statics[key]
            fields = {**attributes, "stage": stage, "held": held}
            member = None
            for series in vocabulary.series.values():
                if name not in vocabulary.series_events[series.name][0]:
                    continue
                found = next((m for m in series.members
                              if matches(m, fields, name, vocabulary)), None)
                if found is not None:
                    member = (series.name, found)
                    break
            ends = tuple(s.name for s in vocabulary.series.values()
                         if name in vocabulary.series_events[s.name][1]
                         and any(matches(n, fields, name, vocabulary) for n in s.ends_after))
            self.kinds[key] = _Kind(
                name, attributes, stage, held, member, name in in_series, ends,
                tuple((v, left) for v in variants
                      if (left := _residual(v.trigger, fact)) is not None),
                tuple((node, left) for v in variants for node in v.negated
                      if (left := _residual(node, fact)) is not None), (), {},
                name in self.negated_names)
        self.child_variants = tuple(v for v in variants if v.trigger.condition.type == "child")
        self.decision_variants: dict[str, tuple[int, ...]] = {}
        for n, v in enumerate(variants):
            if v.trigger.condition.type == "decision":
                for name in v.trigger.condition.names:
                    self.decision_variants[name] = (*self.decision_variants.get(name, ()), n)
        # By decision, the fields of it that the rules matching it read: which of them accept
        # a decision is kept by their values, as the same few decisions are made again and
        # again.
        self.decision_reads = {
            name: tuple(sorted({f for n in numbers for fields, _ in _conjuncts(
                variants[n].trigger) for f in fields}))
            for name, numbers in self.decision_variants.items()}
        self.decisions_accepted: dict[tuple[Any, ...], tuple[_Variant, ...]] = {}
        # The starting occasions of each state, and each duty's fulfilment.
        self.fulfilments: dict[str, tuple[Pattern, frozenset[str]]] = {}
        for v in variants:
            effect = v.rule.effect
            if isinstance(effect, Duty) and v.rule.id not in self.fulfilments:
                pattern = fulfilment(effect, vocabulary)
                names = frozenset(e for n in pattern.names for e in vocabulary.event_names(n))
                if any(vocabulary.events[e].link is not None for e in names):
                    raise KernelUnsupported(f"{v.rule.id}: done by an event of a conference")
                self.fulfilments[v.rule.id] = (pattern, names)
        # Whether anything reads an event's `unborn` or `child_age` (a rule's test, a duty's
        # fulfilment, a group's fields): else they are not worked out for each event.
        read = {f for v in matcher.rule_variants
                for check in (*v.rule.decides, *(t for c in v.rule.conditions
                                                 for t in (*c.tests, *c.refuted)))
                for f in (check.field, check.other_field) if f}
        read |= {k for g in vocabulary.groups.values() for k, _ in g.fields}
        read |= {t.field for pattern, _ in self.fulfilments.values() for t in pattern.tests}
        self.reads_unborn, self.reads_age = "unborn" in read, "child_age" in read
        for known in self.kinds.values():
            fact, _, _ = statics[_kind(known.name, known.attributes)]
            doing = {rule_id: _fixed_match(pattern.names, pattern.tests, fact, vocabulary)
                     if known.name in names else False
                     for rule_id, (pattern, names) in self.fulfilments.items()}
            known.doing = tuple((r, does) for r, does in doing.items() if does is not False)
            for state in vocabulary.states.values():
                known.may_start[state.name] = _fixed_match(state.starts_at, (), fact,
                                                           vocabulary)
        # The citations, built once.
        self.cited = {rid: build.cited(r) for rid, r in self.rules.items()}
        # Each rule's citation as JSON, whole and (audit.RULE_KEYS left out) compact.
        from cpkb.audit import RULE_KEYS
        self.cited_json = {rid: (_dumps(c)[1:-1], _dumps(
            {k: v for k, v in c.items() if k not in RULE_KEYS})[1:-1])
            for rid, c in self.cited.items()}
        # The rules of the audited duties, each with what grading reads of its duty: its
        # name, whether it falls due before its start, its not_before, the state it lasts
        # while and its deadline's words.
        self.graded = {rid: (r, r.effect.name, r.effect.timing.direction == "before",
                             r.effect.not_before, r.effect.lasts_while, r.effect.timing.words)
                       for rid, r in self.rules.items()
                       if isinstance(r.effect, Duty) and r.effect.name in AUDITED_EFFECTS}
        # What its rule fixes of a duty's entry: its JSON up to its due date and from its
        # deadline to its status, its citation, and that as JSON, whole and compact.
        self.duty_json = {
            rid: (f'{{"duty":{_dumps(r.effect.name)},"due":',
                  f',"deadline":{_dumps(r.effect.timing.words)},"status":"',
                  self.cited[rid], *self.cited_json[rid])
            for rid, r in self.rules.items() if isinstance(r.effect, Duty)}
        self.taken = Counter[str]()
        self.kinds_seen: dict[tuple[Any, ...], _Kind] = {}
        generator = _Generator(self)
        for v in variants:
            v.matched = generator.matched(v)
        for known in self.kinds.values():
            known.run = generator.run(known.triggers, _event_shape(known))
        self.child_run = generator.run(
            tuple((v, (v.trigger.accepts,)) for v in self.child_variants),
            dict.fromkeys(CENSUS_CHILD_FIELDS, _MAYBE) | {"type": "child", "seq": 0})

    @classmethod
    def of(cls, project: Project, authority: str, ids: frozenset[str],
           build: ReportBuilder) -> tuple[CensusKernel | None, str]:
        """The kernel for the authority, or None and why not."""
        try:
            return cls(project, authority, ids, build), ""
        except KernelUnsupported as why:
            return None, str(why)

    # -- one episode -------------------------------------------------------------------

    def _facts(self, events: tuple[Event, ...], child: dict[str, Any]
               ) -> tuple[list[Fact], list[_Kind]]:
        """The event facts (facts.event_fact; unborn and child_age only where something reads
        them) and the events' kinds."""
        vocabulary = self.vocabulary
        kinds = []
        seen = self.kinds_seen
        # Episodes, first and latest (occasions.Occasions._count, over the kinds).
        episode = dict.fromkeys(vocabulary.series, 1)
        pending_end = dict.fromkeys(vocabulary.series, False)
        started = dict.fromkeys(vocabulary.series, False)
        first_of: set[tuple[Any, ...]] = set()
        last_of: dict[tuple[Any, ...], int] = {}
        born = child.get("born")
        unborn_known = self.reads_unborn and (born is not None or "expected_birth" in child)
        aged = born if self.reads_age else None
        facts = []
        for i, event in enumerate(events):
            # By the attributes in the order given, as census_events gives them, before
            # sorting them.
            attributes = event.attributes
            kind = seen.get((event.name, *attributes.items()))
            if kind is None:
                kind = self.kinds.get(_kind(event.name, attributes))
                if kind is not None:
                    seen[(event.name, *attributes.items())] = kind
            if kind is None or event.id is not None:
                raise Unhandled(f"an event of a kind the census does not give: {event.name}")
            kinds.append(kind)
            day = event.date
            fact: Fact = {"type": "event", "name": kind.name, "seq": i + 1,
                          "day": day.toordinal(), **kind.attributes}
            member = kind.member
            if member is not None:
                series, name = member
                if pending_end[series]:
                    episode[series] += 1
                    pending_end[series] = False
                started[series] = True
                key: tuple[Any, ...] | None = (series, episode[series], name)
            else:
                key = None if kind.in_series else ("case", kind.name)
            for series in kind.ends:
                if started[series]:
                    pending_end[series] = True
            if key is None:
                fact["first"] = False
            else:
                fact["first"] = key not in first_of
                first_of.add(key)
                last_of[key] = i
            fact["latest"] = False  # until a later event of its key is known not to follow
            if kind.stage is not None:
                fact["occasion"] = i + 1
                fact["stage"] = kind.stage
                fact["held"] = kind.held
            if member is not None:
                fact["episode"] = episode[member[0]]
            if unborn_known:
                fact["unborn"] = born is None or day < born
            if aged is not None and day >= aged:
                fact["child_age"] = whole_years(aged, day)
            facts.append(fact)
        for i in last_of.values():
            facts[i]["latest"] = True
        return facts, kinds

    def _child_fact(self, child: dict[str, Any]) -> Fact:
        fact: Fact = {"type": "child", "seq": 0}
        for key, value in child.items():
            fact[key] = day_number(value) if isinstance(value, date) else value
        for start_field, period, field in self.dated:
            start = child.get(start_field)
            if isinstance(start, date):
                moved = self.dated_days.get((field, start))
                if moved is None:
                    moved = self.dated_days[field, start] = day_number(period.after(start))
                fact[field] = moved
        return fact

    def _session(self, facts: list[Fact], kinds: list[_Kind], child: Fact,
                 states: list[_Period] | None, then: bool
                 ) -> tuple[list[_Fired], int,
                            list[_Period]]:
        """The firings of one session: with `states` given from the start, else first the
        rules needing no state and then (`then`) those needing one, with the states of the
        decisions made so far. (firings, how many fired before the states were known, those
        states)."""
        firings: list[_Fired] = []
        fired: set[tuple[str, Any]] = set()
        accepting = self._accepting
        # The negated conditions' facts: every case event some negation accepts.
        blockers: dict[int, list[Fact]] = {}
        for fact, kind in zip(facts, kinds, strict=True):
            for node, left in kind.negated:
                if _passes(left, fact):
                    blockers.setdefault(node.number, []).append(fact)
        state_facts = _state_facts(states) if states is not None else []
        # a variant offered a trigger before the states it needs were known, and where it was
        # generated (_Generator.offers), its offer from there
        waiting: list[tuple[_Variant, Fact, Callable[..., None] | None]] = []
        known = states is not None

        def offer(variant: _Variant, trigger: Fact) -> None:
            """The trigger offered to a variant whose trigger accepts it, and each decision
            made offered in turn to the rules whose trigger accepts it, in the order made."""
            offered = [(variant, trigger)]
            for variant, trigger in offered:  # in order, as the decisions made join it
                if variant.plain:
                    matched: tuple[Fact, ...] = (trigger,)
                elif variant.state is not None and not known:
                    waiting.append((variant, trigger, None))
                    continue
                else:
                    found = variant.matched(trigger, state_facts, blockers)
                    if found is None:
                        continue
                    matched = found
                identity = trigger.get("identity")
                once = (variant.rule_id, trigger["seq"] if identity is None else identity)
                if once in fired:
                    continue
                fired.add(once)
                made, decision = variant.act(trigger)
                firings.append((variant, matched, made))
                if decision is not None:
                    for accepts in accepting(decision):
                        offered.append((accepts, decision))

        # The events some negation names first, then the child, then the other events: by
        # the generated offers where there are (_Generator), else one by one.
        for blocking in (True, False):
            for fact, kind in zip(facts, kinds, strict=True):
                if kind.blocking is blocking:
                    if kind.run is not None:
                        kind.run(fact, firings, fired, waiting, known, state_facts, blockers)
                        continue
                    for variant, left in kind.triggers:
                        if not left or _passes(left, fact):
                            offer(variant, fact)
            if blocking:
                if self.child_run is not None:
                    self.child_run(child, firings, fired, waiting, known, state_facts,
                                   blockers)
                    continue
                for variant in self.child_variants:
                    if variant.trigger.accepts(child):
                        offer(variant, child)
        before = len(firings)
        if known or not then:
            return firings, before, states or []
        given = self._states(_decided(firings))
        state_facts[:] = _state_facts(given)
        known = True
        for variant, trigger, resume in waiting:  # by its generated resume where it has one
            if resume is None:
                offer(variant, trigger)
            else:
                resume(trigger, firings, fired, waiting, True, state_facts, blockers)
        return firings, before, given

    def _accepting(self, decision: Fact) -> tuple[_Variant, ...]:
        """The variants whose trigger accepts the decision."""
        name = decision["name"]
        reads = self.decision_reads.get(name)
        if reads is None:
            return ()
        key = (name, *map(decision.get, reads, repeat(_ABSENT)))
        try:
            found = self.decisions_accepted.get(key)
        except TypeError:  # a value that is not hashable: a list
            return self._accepted(decision)
        if found is None:
            found = self.decisions_accepted[key] = self._accepted(decision)
        return found

    def _accepted(self, decision: Fact) -> tuple[_Variant, ...]:
        return tuple(self.variants[n] for n in self.decision_variants[decision["name"]]
                     if self.variants[n].trigger.accepts(decision))

    def _states(self, decisions: list[_Decided]) -> list[_Period]:
        found: list[_Period] = []
        for state in self.vocabulary.states.values():
            made = [d for d in decisions if d.name == state.decision and d.date is not None
                    and isinstance(d.value, bool)]
            if made:
                found += self._periods(state.name, state.starts_at, made)
        return found

    def _periods(self, name: str, starts_at: tuple[str, ...],
                 made: list[_Decided]) -> list[_Period]:
        """states.periods over the kernel's decisions of the state (`made`, dated, each true
        or false): read in date order, those of one occasion together."""
        if len(made) == 1:  # most often: one plan, never ended
            d = made[0]
            return [_Period(name, d.date, None)] if d.value else []  # type: ignore[arg-type]
        keys = [(d.date, d.occasion or 0) for d in made]
        order = sorted(range(len(made)), key=keys.__getitem__)  # stable, as states.periods
        found: list[_Period] = []
        current: _Decided | None = None
        i, count = 0, len(order)
        while i < count:
            key = keys[order[i]]
            start = end = None
            while i < count and keys[order[i]] == key:
                d = made[order[i]]
                if d.value:
                    if start is None and (not found or self._may_start(name, starts_at, d)):
                        start = d
                elif end is None:
                    end = d
                i += 1
            if current is None and start is not None:
                current = start
            elif current is not None and end is not None:
                assert current.date is not None and end.date is not None
                found.append(_Period(name, current.date, end.date))
                current = None
        if current is not None and current.date is not None:
            found.append(_Period(name, current.date, None))
        return found

    def _may_start(self, state: str, starts_at: tuple[str, ...], decided: _Decided) -> bool:
        if not starts_at:
            return True
        seq = decided.origin_seq
        if not seq:
            return False
        fixed = self._kinds_now[seq - 1].may_start[state]
        if fixed is not None:
            return fixed
        name = self._kinds_now[seq - 1].name
        fields = {k: v for k, v in self._facts_now[seq - 1].items() if k not in _NOT_FIELDS}
        return any(matches(n, fields, name, self.vocabulary) for n in starts_at)

    def _still_hold(self, firings: list[_Fired],
                    states: list[_Period]) -> bool:
        for variant, matched, _ in firings:
            for state_at, on, field in variant.checks:
                state = matched[state_at]
                day = matched[on].get(field)
                if day is None or not any(
                        p.state == state["name"] and p.holds_on(from_day_number(day))
                        and p.start == from_day_number(state["start_day"]) for p in states):
                    return False
        return True

    def evaluate(self, events: tuple[Event, ...], child_fields: dict[str, Any], as_of: date
                 ) -> tuple[list[_Duty], list[_Decided], list[_Period]]:
        """The audited duties, graded, the decisions and the states of one episode."""
        if any(e.date > as_of for e in events):
            raise Unhandled("an event after the audit date")
        if not child_fields.keys() <= CENSUS_CHILD_FIELDS:
            raise Unhandled("a child field the census does not give")
        facts, kinds = self._facts(events, child_fields)
        self._facts_now = facts
        self._kinds_now = kinds
        child = self._child_fact(child_fields)
        firings, before_count, known = self._session(facts, kinds, child, None, then=True)
        decided = _decided(firings)
        # A state's decision made once the states were known: they are worked out again.
        later = any(type(made) is _Decided and made.name in self.state_decisions
                    for _, _, made in firings[before_count:])
        states = self._states(decided) if later else list(known)
        for _ in range(MAX_ROUNDS):
            if states == known or self._still_hold(firings, states):
                break
            known = states
            firings, _, _ = self._session(facts, kinds, child, known, then=False)
            decided = _decided(firings)
            states = self._states(decided)
        duties = self._grade(events, facts, firings, states, as_of)
        return duties, decided, states

    def _doing(self, events: tuple[Event, ...], facts: list[Fact]
               ) -> dict[str, tuple[list[int], list[date]]]:
        """By rule, the events that do its duty (its fulfilment): their seqs and dates."""
        doing: dict[str, tuple[list[int], list[date]]] = {
            rule_id: ([], []) for rule_id in self.fulfilments}
        for i, kind in enumerate(self._kinds_now):
            for rule_id, does in kind.doing:
                if does is None:
                    pattern, names = self.fulfilments[rule_id]
                    does = kind.name in names and any(
                        matches(n, facts[i], kind.name, self.vocabulary)
                        for n in pattern.names) and pattern.holds(facts[i])
                if does:
                    seqs, days = doing[rule_id]
                    seqs.append(i + 1)
                    days.append(events[i].date)
        return doing

    def _grade(self, events: tuple[Event, ...], facts: list[Fact],
               firings: list[_Fired],
               states: list[_Period], as_of: date) -> list[_Duty]:
        duties = []
        doing: dict[str, tuple[list[int], list[date]]] | None = None
        for _, _, raised in firings:
            if type(raised) is not _Raised:
                continue
            graded = self.graded.get(raised.rule)
            if graded is None:
                continue
            rule, name, before, not_before, lasts_while, words = graded
            if doing is None:
                doing = self._doing(events, facts)
            seqs, days = doing[rule.id]
            origin_seq = raised.origin_seq
            start, due = raised.start, raised.due
            if origin_seq:
                if before:
                    origin_name = events[origin_seq - 1].name
                    same = [i + 1 for i, e in enumerate(events) if e.name == origin_name]
                    previous = bisect_left(same, origin_seq)
                    since = same[previous - 1] if previous else 0
                    low, high = bisect_right(seqs, since), bisect_left(seqs, origin_seq)
                else:
                    low, high = bisect_right(seqs, origin_seq), len(seqs)
            elif start is None:
                low, high = 0, len(seqs)
            elif before:
                low, high = 0, bisect_right(days, start)
            else:
                low, high = bisect_left(days, start), len(seqs)
            done_on = days[low] if low < high else None
            earliest = not_before.after(start) if not_before and start else None
            ended_on = None
            if lasts_while is not None and start is not None:
                ended_on = start
                for period in states:
                    if period.state == lasts_while and period.holds_on(start):
                        ended_on = period.end
                        break
                if done_on is not None and ended_on is not None and done_on > ended_on:
                    done_on = None
            origin_date: date | None
            if origin_seq:
                origin = events[origin_seq - 1]
                origin_name, origin_date = origin.name, origin.date
            else:
                origin_name, origin_date = raised.origin, raised.origin_date
            occasion = raised.occasion
            duties.append(_Duty(
                rule, name, due, words, duty_status(done_on, due, earliest, ended_on, as_of),
                done_on, origin_name, origin_date,
                occasion if occasion and occasion != origin_seq else None,
                upcoming(origin_date, as_of), earliest, ended_on))
        return duties

    # -- one child ---------------------------------------------------------------------

    def audit(self, record: ChildRecord, as_of: date) -> Audited | None:
        """The child's audit, as audit.Auditor gives it; None where the kernel does not
        handle this child."""
        from cpkb.audit import Assessed, Audited, not_assessed, target_problems

        cases = child_cases(record, self.authority, as_of)
        try:
            entries: list[tuple[tuple[str, str, str], dict[str, Any], str, str]] = []
            problems = list(cases.problems)
            unassessed: list[dict[str, Any]] = []
            for raw in cases.episodes:
                episode = raw
                duties, decided, states = self.evaluate(raw.case.events, raw.case.child, as_of)
                amended = read_unexplained_ends(raw, states)  # type: ignore[arg-type]
                read_as: list[dict[str, Any]] = []
                if amended is not None:
                    episode, read_as = amended
                    duties, decided, states = self.evaluate(episode.case.events,
                                                            episode.case.child, as_of)
                entries += self._entries(episode, duties, decided, as_of)
                found = target_problems(episode, [
                    (d.name, d.due, d.origin_name, d.origin_date, d.rule.id, d.words)
                    for d in duties])
                problems += read_as + found
                unassessed += not_assessed(raw, [Assessed(d.name, d.origin_name, d.origin_date,
                                                          d.done_on) for d in duties],
                                           self.authority, self.encoded)
                _check_targets(raw, duties)
        except Unhandled as why:
            self.taken[str(why)] += 1
            return None
        except Exception as error:  # the matcher's path reports it as the child's problem
            self.taken[f"a fault: {type(error).__name__}"] += 1
            return None
        if len(entries) > 1:
            if len({e[0] for e in entries}) != len(entries):
                self.taken["two findings the sort could order either way"] += 1
                return None
            entries.sort(key=_sort_key)
        indicators = child_indicators(
            [e for episode in cases.episodes for e in episode.enquiries],
            [p for episode in cases.episodes for p in episode.plans], as_of)
        self.taken["kernel"] += 1
        # (the child's reference is its own: not kept among the names _dumps keeps)
        head = '{"child":' + _COMPACT.encode(cases.child) + ',"duties":['
        tail = '],"problems":' + _dumps(problems) + ',"not_assessed":' + _dumps(unassessed) + "}"
        return Audited({"child": cases.child, "duties": [e[1] for e in entries],
                        "problems": problems, "not_assessed": unassessed}, False, indicators,
                       (f'{head}{",".join([e[2] for e in entries])}{tail}',
                        f'{head}{",".join([e[3] for e in entries])}{tail}'))

    def _entries(self, episode: EpisodeCase, duties: list[_Duty], decided: list[_Decided],
                 as_of: date) -> list[tuple[tuple[str, str, str], dict[str, Any], str, str]]:
        """The report's entries of an episode, each with its sort key and its JSON: the
        duties, and each plan end graded against the record (audit.EpisodeFindings)."""
        entries = []
        for d in duties:
            entry, full, compact = self._duty_entry(d)
            entries.append(((entry["due"] or "9999", d.name, d.rule.id), entry, full, compact))
        for made in decided:
            if made.name != PLAN_END or made.value is not True or made.date is None:
                continue
            _, recorded = episode.recorded_end(made.date)
            status = graded_against_record(made, recorded, as_of)  # type: ignore[arg-type]
            entries.append(((made.date.isoformat(), made.name, made.rule),
                            *self._plan_end_entry(made, recorded, status, events_of(episode),
                                                  as_of)))
        return entries

    def _duty_entry(self, d: _Duty) -> tuple[dict[str, Any], str, str]:
        """A duty's entry (report.ReportBuilder.duty), and it as JSON, whole and compact."""
        if d.occasion is not None:
            raise Unhandled("a duty of another conference than its trigger")
        due = done = day = None
        due_json = done_json = day_json = "null"  # the dates as _day writes them
        if d.due:
            due = d.due.isoformat()
            due_json = f'"{due}"'
        if d.done_on:
            done = d.done_on.isoformat()
            done_json = f'"{done}"'
        if d.origin_date:
            day = d.origin_date.isoformat()
            day_json = f'"{day}"'
        entry: dict[str, Any] = {
            "duty": d.name, "due": due, "deadline": d.words, "status": d.status,
            "fulfilled_on": done, "trigger": {"event": d.origin_name, "date": day},
        }
        head, deadline, cited, full, compact = self.duty_json[d.rule.id]
        text = (f'{head}{due_json}{deadline}{d.status}","fulfilled_on":{done_json},'
                f'"trigger":{{"event":{_dumps(d.origin_name)},"date":{day_json}}}')
        if d.upcoming:
            entry["upcoming"] = True
            text += ',"upcoming":true'
        if d.earliest:
            entry["earliest"] = d.earliest.isoformat()
            text += f',"earliest":"{entry["earliest"]}"'
        if d.ended_on:
            entry["ended_on"] = d.ended_on.isoformat()
            text += f',"ended_on":"{entry["ended_on"]}"'
        entry.update(cited)
        return entry, f"{text},{full}}}", f"{text},{compact}}}"

    def _plan_end_entry(self, d: _Decided, recorded: date | None, status: str,
                        events: tuple[Event, ...], as_of: date
                        ) -> tuple[dict[str, Any], str, str]:
        """A plan end's entry (ReportBuilder.decision, graded against the record)."""
        assert d.date is not None
        if d.origin_seq:
            event = events[d.origin_seq - 1]
            trigger: dict[str, str | None] = {"event": event.name,
                                              "date": event.date.isoformat()}
        else:
            trigger = {"event": d.origin, "date": d.origin_date.isoformat()
                       if d.origin_date else None}
        day = d.date.isoformat()
        entry: dict[str, Any] = {"decision": d.name, "value": d.value, "date": day,
                                 "trigger": trigger}
        text = (f'{{"decision":{_dumps(d.name)},"value":{_dumps(d.value)},"date":"{day}",'
                f'"trigger":{{"event":{_dumps(trigger["event"])},"date":'
                f'{_day(trigger["date"])}}}')
        if d.occasion and d.occasion != d.origin_seq:
            raise Unhandled("a decision of another conference than its trigger")
        if upcoming(d.date, as_of):
            entry["upcoming"] = True
            text += ',"upcoming":true'
        entry.update(self.cited[d.rule])
        done = recorded.isoformat() if recorded else None
        entry.update(due=day, status=status, fulfilled_on=done)
        graded = f',"due":"{day}","status":"{status}","fulfilled_on":{_day(done)}}}'
        full, compact = self.cited_json[d.rule]
        return entry, f"{text},{full}{graded}", f"{text},{compact}{graded}"


_DUMPED: dict[str, str] = {}


def _dumps(value: Any) -> str:
    if type(value) is str:  # names, deadlines and ids again and again
        found = _DUMPED.get(value)
        if found is None:
            found = _DUMPED[value] = json.dumps(value, ensure_ascii=False)
            if len(_DUMPED) > 1 << 16:
                _DUMPED.clear()
        return found
    if type(value) is list and not value:
        return "[]"
    return _COMPACT.encode(value)


# json.dumps(value, ensure_ascii=False, separators=(",", ":")), without making an encoder for
# each value.
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _sort_key(entry: tuple[tuple[str, str, str], dict[str, Any], str, str]
              ) -> tuple[str, str, str]:
    return entry[0]


def _day(iso: str | None) -> str:
    return "null" if iso is None else f'"{iso}"'


def events_of(episode: EpisodeCase) -> tuple[Event, ...]:
    return episode.case.events


def _check_targets(episode: EpisodeCase, duties: list[_Duty]) -> None:
    """Two initial-conference duties from one strategy discussion: the problems' order
    would follow the rules' firing order."""
    for start, _ in episode.targets:
        if sum(1 for d in duties if d.name == "initial_conference" and d.due is not None
               and d.origin_name == "strategy_discussion" and d.origin_date == start) > 1:
            raise Unhandled("two initial-conference duties from one strategy discussion")


_Date = date


@dataclass(slots=True)  # made for every firing: not frozen, which costs
class _Decided:
    rule: str
    name: str
    value: Any
    date: _Date | None
    origin: str
    origin_date: _Date | None
    origin_seq: int | None
    occasion: int | None


@dataclass(slots=True)  # made for every firing: not frozen, which costs
class _Period:
    state: str
    start: date
    end: date | None

    def holds_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(slots=True)  # made for every firing: not frozen, which costs
class _Duty:
    rule: Rule
    name: str
    due: date | None
    words: str
    status: str
    done_on: date | None
    origin_name: str
    origin_date: date | None
    occasion: int | None
    upcoming: bool
    earliest: date | None
    ended_on: date | None


@dataclass(slots=True)  # made for every duty raised: not frozen, which costs
class _Raised:
    """A duty a rule raised (compiler._action's duty fact): what it runs from, when, and the
    due date its rule's Timing gives."""

    rule: str
    origin: str
    origin_date: _Date | None
    origin_seq: int | None
    occasion: int | None
    start: _Date | None
    due: _Date | None


class _Action:
    """A rule's action (compiler._action) for the triggers the kernel compiles (an event, a
    decision, the child): the duty it raises or the decision it makes, and that decision as
    the fact the rules matching decisions are offered. Its `fire` is generated for it, with
    what its rule fixes decided once (a call a firing, each child several), and each day its
    Timing moves on is worked out once: a caseload asks the same few hundred days again and
    again."""

    def __init__(self, rule: Rule, value: bool | None, trigger: str) -> None:
        effect = rule.effect
        assert isinstance(effect, Duty | Decision)
        self.rule = rule.id
        self.name = effect.name
        self.on_event = trigger == "event"
        self.on_decision = trigger == "decision"
        self.timing = effect.timing
        self.start_field = effect.timing.start_field if effect.timing is not None else None
        # The child's field a child trigger runs from.
        self.child_origin = self.start_field or "born"
        self.duty = isinstance(effect, Duty)
        self.decided = (value if value is not None or isinstance(effect, Duty)
                        else effect.value)
        self.identity = f"{self.name}={self.decided!r}@"
        self.moved = self.duty or (effect.timing is not None
                                   and effect.timing.period is not None)
        self.shifted: dict[int, tuple[int | None, date | None, date | None]] = {}
        # its fire(trigger), generated for it (_fire_source)
        self.fire = self._compiled_fire()

    def shift(self, start: int) -> tuple[int | None, date | None, date | None]:
        """The day the Timing gives from the day `start` (a day number), as a number and a
        date, and the date of `start`: the action's dates are wanted as both."""
        found = self.shifted.get(start)
        if found is None:
            timing = self.timing
            assert timing is not None
            if self.duty:
                due = timing.due(from_day_number(start))
                day = day_number(due) if due else None
            else:
                assert timing.period is not None
                day = day_number(timing.period.after(from_day_number(start)))
            found = self.shifted[start] = (day, _date_of(day), _date_of(start))
        return found

    def _fire_source(self) -> list[str]:
        """The lines of this action's fire(trigger) -> (the duty raised or the decision
        made, and that decision's fact or None): compiler._action for its trigger, with what
        its rule fixes (the trigger's type, a duty or a decision, its Timing) decided here."""
        # The case event it runs from (compiler._origin) and the conference it belongs to.
        if self.on_event:
            lines = ['event = trigger["name"]', 'event_day = own_day = trigger["day"]',
                     'origin = trigger["seq"] or None']
        elif self.on_decision:  # a decision as fire makes it: with its day and event_day
            lines = ['own_day = trigger["day"]', 'origin = trigger.get("origin_seq") or None',
                     'if origin is None and own_day != trigger["event_day"]:',
                     '    event, event_day = trigger["name"], own_day',
                     "else:",
                     '    event, event_day = trigger["event"], trigger["event_day"]']
        else:
            lines = [f"event = {self.child_origin!r}", "event_day = trigger.get(event)",
                     "origin = None", 'own_day = trigger.get("day", event_day)']
        lines += ['occasion = trigger.get("occasion")',
                  "origin_date = DATES.get(event_day) or date_of(event_day)"]
        shifted = ["found = shifted.get(start)", "if found is None:",
                   "    found = shift(start)"]
        if self.duty:
            start = f"trigger.get({self.start_field!r})" if self.start_field else "own_day"
            return [*lines, f"start = {start}", "if start is None:",
                    "    return Raised(RULE, event, origin_date, origin, occasion, None, None),"
                    " None", *shifted,
                    "return Raised(RULE, event, origin_date, origin, occasion, found[2],"
                    " found[1]), None"]
        if not self.moved:
            lines += ["day = own_day",
                      "day_date = (origin_date if day == event_day"
                      " else DATES.get(day) or date_of(day))"]
        else:
            lines += [f"start = trigger.get({self.start_field or ''!r})",
                      "if start is not None:", *_indented(shifted),
                      "    day, day_date = found[0], found[1]", "else:",
                      "    day = day_date = None"]
        # Without compiler._action's seq and trigger_seq: numbers of a run's effect facts,
        # which no rule matching a decision reads. One decision, however many rules make it
        # (its identity): what it triggers happens once.
        return [*lines,
                'fact = {"type": "decision", "name": NAME, "rule": RULE, "event": event, '
                '"event_day": event_day, "value": DECIDED, "day": day, '
                '"identity": f"{IDENTITY}{occasion}/{origin}/{day}"}',
                'if origin:', '    fact["origin_seq"] = origin',
                # of the conference it belongs to
                'if "occasion" in trigger:', '    fact["occasion"] = occasion',
                'if "stage" in trigger:', '    fact["stage"] = trigger["stage"]',
                'if "held" in trigger:', '    fact["held"] = trigger["held"]',
                "return Decided(RULE, NAME, DECIDED, day_date, event, origin_date, origin,"
                " occasion), fact"]

    def _compiled_fire(self) -> Callable[[Fact], tuple[_Raised | _Decided, Fact | None]]:
        namespace: dict[str, Any] = {
            "RULE": self.rule, "NAME": self.name, "DECIDED": self.decided,
            "IDENTITY": self.identity, "DATES": _DATES, "date_of": _date_of,
            "shifted": self.shifted, "shift": self.shift, "Raised": _Raised,
            "Decided": _Decided}
        source = "\n".join(["def fire(trigger):", *_indented(self._fire_source())])
        exec(compile(source, f"<action of {self.rule}>", "exec"), namespace)
        return namespace["fire"]  # type: ignore[no-any-return]


_ABSENT = object()  # a field a fact does not have


# -- the offers as generated code ----------------------------------------------------------

# In a fact's shape (what is known of its fields before a child is read): a value that
# varies from fact to fact, and a field that may or may not be there.
_VARIES = object()
_MAYBE = object()
# The most rules a trigger's offer, with the decisions made in turn, is generated for.
_MOST_GENERATED = 32


def _event_shape(kind: _Kind) -> Fact:
    """The shape of a census event fact of the kind (CensusKernel._facts)."""
    shape: Fact = {"type": "event", "name": kind.name, "seq": _VARIES, **kind.attributes}
    if kind.stage is not None:
        shape.update(occasion=_VARIES, stage=kind.stage, held=kind.held)
    return shape


def _made_shapes(action: _Action, trigger: Fact
                 ) -> list[tuple[tuple[tuple[str, str], ...], Fact]] | None:
    """The shapes of the decision fact `action` makes from a trigger of the shape given
    (_Action.fire), each with the values of the fact made that tell it (none: the one
    shape), None where which fields it has turns on the trigger's values."""
    if action.on_event:
        events: list[Any] = [trigger["name"]]
        origin = True  # its seq: never 0
    elif action.on_decision:
        origin = "origin_seq" in trigger
        # without an origin, its event is the trigger's or, as their days differ, its name
        events = [trigger["event"]] if origin else list(dict.fromkeys(
            (trigger["name"], trigger["event"])))
    else:
        events, origin = [action.child_origin], False
    shape: Fact = {"type": "decision", "name": action.name, "rule": action.rule,
                   "event": _VARIES, "event_day": _VARIES, "value": action.decided,
                   "day": _VARIES, "identity": _VARIES}
    if origin:
        shape["origin_seq"] = _VARIES
    for field in ("occasion", "stage", "held"):
        value = trigger.get(field, _ABSENT)
        if value is _MAYBE:
            return None
        if value is not _ABSENT:
            shape[field] = value
    if len(events) == 1:
        return [((), {**shape, "event": events[0]})]
    if not all(type(event) is str for event in events):
        return None
    return [((("event", event),), {**shape, "event": event}) for event in events]


class _Generator:
    """Each census event kind's offers (CensusKernel._session's offer) as straight-line
    Python, compiled once per kernel: the trigger tests left for the kind, each rule
    accepting it fired in turn, and the decisions it makes offered to the rules accepting
    them, in the order `offer` takes them. Which rules accept a decision is worked out here
    where the fields they read are fixed by the kind and the actions; where one of them is
    not (or the chain is long), the kind is offered by `offer` instead. Each variant's state
    and negations are generated too (`matched`); the rules' actions are their own
    (_Action.fire)."""

    def __init__(self, kernel: CensusKernel) -> None:
        self.kernel = kernel
        self.names: dict[int, str] = {}  # by id: each object's name in the generated code
        self.namespace: dict[str, Any] = {"Unhandled": Unhandled}

    def name(self, value: Any, prefix: str) -> str:
        """The name `value` is given in the generated code's namespace."""
        found = self.names.get(id(value))
        if found is None:
            found = self.names[id(value)] = f"{prefix}{len(self.names)}"
            self.namespace[found] = value
        return found

    def matched(self, variant: _Variant) -> Callable[..., tuple[Fact, ...] | None]:
        """The function giving the facts a variant with a state or negations matches with a
        trigger: matched(trigger, state_facts, blockers) -> (the trigger and its state's
        period), None if its state does not hold or a negated event is there (the matcher's
        joins, applied in the order of its conditions)."""
        lines = ["def matched(trigger, state_facts, blockers):", "    frame = [trigger]"]
        state = variant.state
        if state is not None:
            tests = " and ".join([f"state['name'] in {self.name(state.condition.names, 'names')}",
                                  f"{self.name(state.accepts, 'test')}(state)",
                                  *(f"{self.name(j, 'join')}(state, frame)"
                                    for j in state.joins)])
            lines += ["    covering = None", "    more = False", "    for state in state_facts:",
                      f"        if {tests}:",
                      "            if covering is None:", "                covering = state",
                      "            else:", "                more = True",
                      "    if covering is None:", "        return None",
                      "    if more:",
                      "        raise Unhandled('two state periods on the day a rule tests')",
                      "    frame.append(covering)"]
        for node in variant.negated:
            if not node.joins:
                lines += [f"    if blockers.get({node.number}):", "        return None"]
                continue
            joins = " and ".join(f"{self.name(j, 'join')}(blocker, frame)" for j in node.joins)
            lines += [f"    for blocker in blockers.get({node.number}, ()):",
                      f"        if {joins}:", "            return None"]
        return self.compiled([*lines, "    return tuple(frame)"], "matched")

    def compiled(self, lines: list[str], name: str) -> Callable[..., Any]:
        """The function `name` the lines define, in the generated code's namespace."""
        namespace = dict(self.namespace)
        exec(compile("\n".join(lines), f"<census kernel {self.kernel.authority}>", "exec"),
             namespace)
        return namespace[name]  # type: ignore[no-any-return]

    def accepting(self, shape: Fact) -> tuple[_Variant, ...] | None:
        """The variants accepting every decision of the shape, None where it turns on the
        decision's values (CensusKernel._accepting)."""
        reads = self.kernel.decision_reads.get(shape["name"])
        if reads is None:
            return ()
        if any(shape.get(f) is _VARIES for f in reads):
            return None
        return self.kernel._accepted({k: None if v is _VARIES else v for k, v in shape.items()})

    def run(self, triggers: tuple[tuple[_Variant, tuple[Callable[[Fact], bool], ...]], ...],
            shape: Fact) -> Callable[..., None] | None:
        """The function offering a fact of the shape to the variants `triggers` (each with
        the tests left to apply): run(fact, firings, fired, waiting, known, state_facts,
        blockers), as `offer` does each; None for no triggers or one not generated."""
        if not triggers:
            return None
        lines = []
        for variant, left in triggers:
            body = self.offers(variant, shape, False, False)
            if body is None:
                return None
            tests = " and ".join(f"{self.name(t, 'test')}(fact)" for t in left)
            lines += [f"if {tests}:", *_indented(body)] if tests else body
        return self.function(lines)

    def function(self, lines: list[str]) -> Callable[..., None]:
        return self.compiled(
            ["def run(fact, firings, fired, waiting, known, state_facts, blockers):",
             *_indented(lines)], "run")

    def offers(self, variant: _Variant, shape: Fact, decision: bool,
               known: bool) -> list[str] | None:
        """The lines offering `fact` (of the shape, a decision or not) to the variant whose
        trigger accepts it, as `offer`: the decisions made offered in turn, each step run
        only if the one before it whose decision it takes made it (and made it of the shape
        the step was generated for); with the states `known`, or not yet where they may not
        be: a step needing them then waits, to be run from where it is (its resume)."""
        # (variant, the name of its trigger, the trigger's shape, the values telling it)
        steps: list[tuple[_Variant, str, Fact, tuple[tuple[str, str], ...]]] = [
            (variant, "fact", shape, ())]
        lines: list[str] = []
        for number, (step, trigger, given, tells) in enumerate(steps):
            if len(steps) > _MOST_GENERATED:
                return None
            v, act = self.name(step, "variant"), self.name(step.act, "act")
            decides = not step.action.duty
            matched = f"({trigger},)" if step.plain else "found"
            body = [f"made, {f'decision{number}' if decides else '_'} = {act}({trigger})",
                    f"firings.append(({v}, {matched}, made))"]
            if number or decision:
                # A decision: taken once however many rules make it (after its state and
                # negations, as `offer`); an event, or the child, is offered each rule once.
                once = f"({step.rule_id!r}, {trigger}['identity'])"
                body = [f"if {once} not in fired:", f"    fired.add({once})", *_indented(body)]
            if not step.plain:
                body = [f"found = {v}.matched({trigger}, state_facts, blockers)",
                        "if found is not None:", *_indented(body)]
                if step.state is not None and not known:
                    resume = self.offers(step, given, bool(number or decision), True)
                    if resume is None:
                        return None
                    waits = f"({v}, {trigger}, {self.name(self.function(resume), 'resume')})"
                    body = ["if not known:", f"    waiting.append({waits})", "else:",
                            *_indented(body)]
            if number:
                guard = " and ".join([f"{trigger} is not None", *(
                    f"{trigger}[{field!r}] == {value!r}" for field, value in tells)])
                body = [f"if {guard}:", *_indented(body)]
            if decides:
                lines.append(f"decision{number} = None")
            lines += body
            if decides:
                shapes = _made_shapes(step.action, given)
                if shapes is None:
                    return None
                for told, made_shape in shapes:
                    accepting = self.accepting(made_shape)
                    if accepting is None:
                        return None
                    steps += [(a, f"decision{number}", made_shape, told) for a in accepting]
        return lines


def _indented(lines: list[str]) -> list[str]:
    return ["    " + line for line in lines]
_DATES: dict[int, date] = {}


def _date_of(number: int | None) -> date | None:
    """The date of a day number (facts.from_day_number), None for none (or 0): the same few
    hundred days again and again."""
    if not number:
        return None
    found = _DATES.get(number)
    if found is None:
        found = _DATES[number] = from_day_number(number)
    return found


def _decided(firings: list[_Fired]) -> list[_Decided]:
    return [made for _, _, made in firings if type(made) is _Decided]


def _state_facts(states: list[_Period]) -> list[Fact]:
    return [state_fact(p.state, -(n + 1), p.start, p.end) for n, p in enumerate(states)]


