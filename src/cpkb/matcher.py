"""The compiled rules matched in plain Python: the audit's fast path, with RuleEngine's contract.

`RuleMatcher` runs the same `EngineRule`s as engine.RuleEngine (the same variants, once per
trigger, the same facts and fields taken in) without a durable-rules session, and gives the
same firings in the same order: a test (tests/test_matcher.py) holds the two engines to
identical findings. It does what durable-rules 2.0.28 does, as its C core's rete reads and
as experiments with it show:

- Each variant of a rule (engine.variants) is a chain of its conditions. A fact that passes
  a condition's own tests is kept at it; a partial match (a fact for each condition so far)
  waits at the next condition and takes each fact kept there, oldest first, that passes the
  tests against the facts already matched; no fact appears twice in one match.
- A negated condition lets a partial match on only while it holds no such fact: a fact it
  takes later does not take back a match already fired, hence the order the evaluation
  asserts facts in (engine.py, evaluation.py). Of the matches not yet fired, it takes back
  every one, of whatever rule, that holds all the facts of the partial match it now blocks
  (durable-rules compares sets of facts), but only where durable-rules finds one of them:
  it looks for them in the first slots of the partial match's table of 16, where each fact
  sits at its alias' hash (FNV-1a) modulo 16 or the next free slot, and finds none when
  those slots are empty (`_takes_back`).
- A fact asserted from outside is matched, then the pending matches fire until none is left:
  always the variant that comes first in the ruleset, and of its matches the newest. A fact
  an action produces is matched at once, and its matches join the pending ones.
- Tests read values as durable-rules does: numbers and booleans compare as numbers, null
  equals only null, a value of no comparable type passes no test; `includes` and
  `excludes` need a non-empty list. A number compared with a string is compared as text;
  durable-rules does so too, but over a length it leaves unset for a rule's own values, so
  that its answer where one text begins the other ("1" and 1, "" and 0) is not defined.
  Case fields have the vocabulary's types, so the rules compare like with like.
- A condition's tests against other patterns are all applied: engine.joins_first writes
  them for durable-rules in the one order in which it applies them all, and refuses a
  condition for which there is none.
- Where durable-rules reports an error for a test against another pattern (that pattern's
  field missing, or values it cannot compare: error codes 311, 312), the matcher raises
  EngineError; where durable-rules crashes (a null compared with another pattern's field),
  it raises EngineError too.

One order it does not reproduce: a fact that two conditions of one variant accept meets them
in condition order, where durable-rules follows its alpha network (the order of the fields'
tests); only the order of that variant's firings can differ, and no audited rule has such
a pair.
"""

from __future__ import annotations

import heapq
import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cpkb.engine import (
    NEGATED_OP,
    Check,
    Condition,
    EngineError,
    EngineRule,
    Fact,
    Firing,
    Intake,
    Then,
    joins_first,
    variants,
)

Frame = tuple[int, ...]  # a partial match: the session's numbers of its facts, in order
_Test = Callable[[Fact], bool]
_Join = Callable[[Fact, list[Fact]], bool]  # a fact against the facts of a partial match

_ORDER = {"eq": operator.eq, "neq": operator.ne, "lt": operator.lt, "lte": operator.le,
          "gt": operator.gt, "gte": operator.ge}
_RELATION = {"is": "eq", "not": "neq", "at_least": "gte", "at_most": "lte", "above": "gt",
             "below": "lt", "after": "gt", "on_or_after": "gte", "before": "lt",
             "on_or_before": "lte"}
_NUMBERS = (bool, int, float)
_SCALARS = frozenset({bool, int, float, str})


def _text(value: Any) -> str:
    """A number as durable-rules writes it to compare it with a string."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return f"{value:f}" if isinstance(value, float) else str(value)


def _compare(relation: str, left: Any, right: Any) -> bool | None:
    """`left relation right` as durable-rules reads it (left: the fact's own field); None
    where it cannot compare the two."""
    if left is None:
        return relation == "eq" if right is None else None
    if right is None:
        return relation == "neq" if isinstance(left, (*_NUMBERS, str)) else None
    if isinstance(left, str) != isinstance(right, str):
        if not isinstance(left, (*_NUMBERS, str)) or not isinstance(right, (*_NUMBERS, str)):
            return None
        left, right = (left, _text(right)) if isinstance(left, str) else (_text(left), right)
    elif not (isinstance(left, str) or isinstance(left, _NUMBERS) and isinstance(right, _NUMBERS)):
        return None
    return bool(_ORDER[relation](left, right))


def _relation(name: str, relation: str, value: Any) -> _Test:
    """`fact[name] relation value`; a fact without the field fails."""
    kind, compare = type(value), _ORDER[relation]

    def test(fact: Fact) -> bool:
        if name not in fact:
            return False
        mine = fact[name]
        if type(mine) is kind and kind in _SCALARS:  # the common case, without _compare
            return bool(compare(mine, value))
        return _compare(relation, mine, value) is True

    return test


def _test(check: Check) -> _Test:
    """A test of a fact's own field against a value."""
    name, value = check.field, check.value
    if check.op == "present":
        return (lambda fact: name in fact) if value else (lambda fact: name not in fact)
    if check.op == "not":
        differs = _relation(name, "neq", value)
        return lambda fact: name not in fact or differs(fact)
    if check.op == "one_of":
        alternatives = [_relation(name, "eq", v) for v in value]
        return lambda fact: any(a(fact) for a in alternatives)
    if check.op in ("includes", "excludes"):
        wanted = check.op == "includes"
        return lambda fact: (isinstance(items := fact.get(name), list) and bool(items) and (
            any(_compare("eq", i, value) is True for i in items) if wanted else
            all(_compare("neq", i, value) is True for i in items)))
    return _relation(name, _RELATION[check.op], value)


def _refutation(check: Check) -> _Test:
    """The test that holds when `check` fails, as durable-rules is given it
    (engine._negated_expression): the opposite test; for `one_of`, a value none of them."""
    if check.op == "one_of":
        return lambda fact: check.field in fact and all(
            _compare("neq", fact[check.field], v) is True for v in check.value)
    if check.op == "present":
        return _test(Check(check.field, "present", not check.value))
    return _test(Check(check.field, NEGATED_OP[check.op], check.value))


def _join(check: Check, slot: int) -> _Join:
    """A test of a fact's field against the field of the fact at `slot` of a partial match."""
    name, other = check.field, check.other_field or check.field
    relation = _RELATION.get(check.op)
    if relation is None:
        raise EngineError(f"a test {check.op!r} cannot compare with another pattern")

    def holds(fact: Fact, frame: list[Fact]) -> bool:
        # Only `not` lets a fact without the field reach the join (see _node).
        if name not in fact or other not in frame[slot]:
            raise EngineError(f"{name!r} compared with {check.other}'s {other!r}, which a "
                              "fact does not have (durable-rules: error 311)")
        mine, theirs = fact[name], frame[slot][other]
        result = None if mine is None or theirs is None else _compare(relation, mine, theirs)
        if result is None:
            raise EngineError(f"{name!r} ({mine!r}) cannot be compared with {check.other}'s "
                              f"{other!r} ({theirs!r})")
        return result

    return holds


def _fnv1a(text: str) -> int:
    """durable-rules' hash of a name (its bytes as C's signed chars)."""
    number = 0x811C9DC5
    for byte in text.encode():
        number = ((number ^ (byte - 256 if byte > 127 else byte)) * 16777619) & 0xFFFFFFFF
    return number


def _takes_back(aliases: list[str]) -> bool:
    """Whether durable-rules takes back the pending matches holding a partial match of these
    aliases: it places each fact in a table of 16 slots (at its alias' hash, else the next
    free one) and then, by a slip, looks for one only in the first slots, one per fact."""
    taken: list[int] = []
    for alias in aliases:
        slot = _fnv1a(alias) % 16
        while slot in taken:
            slot = (slot + 1) % 16
        taken.append(slot)
    return any(slot < len(taken) for slot in taken)


def _all(tests: list[_Test]) -> _Test:
    if len(tests) == 1:
        return tests[0]

    def every(fact: Fact) -> bool:  # a loop, not all() over a generator: the hottest test
        for test in tests:  # noqa: SIM110
            if not test(fact):
                return False
        return True

    return every


@dataclass(eq=False)
class _Node:
    """One condition of one variant: where the facts it accepts are kept (`right`) and its
    partial matches wait (`left`, in the session)."""

    number: int  # in ruleset order: variants in turn, each's conditions in turn
    variant: int
    condition: Condition
    accepts: _Test  # the fact's own fields
    joins: tuple[_Join, ...]  # against the partial match
    first: bool
    takes_back: bool  # a negated condition: see _takes_back
    next: _Node | None = None  # None: the variant's action


@dataclass(eq=False)
class _Variant:
    rule: EngineRule
    value: bool | None
    aliases: tuple[str, ...]  # of the facts of a complete match, in order


def _node(number: int, variant: int, condition: Condition, slots: dict[str, int],
          first: bool) -> _Node:
    """A condition compiled: the tests of a fact's own fields (its type and name are
    `RuleMatcher.reached`'s), and those against the facts matched before it (their `slots`)."""
    ordered = joins_first(condition)  # refuses what durable-rules would not apply whole
    own = [c for c in ordered if c.other is None]
    against = [c for c in ordered if c.other is not None]
    tests = [_test(c) for c in own]
    # A test against another pattern needs the fact's own field (`not` does not).
    tests += [(lambda name: lambda fact: name in fact)(c.field) for c in against
              if c.op != "not"]
    if condition.refuted:
        refutations = [_refutation(c) for c in condition.refuted]
        tests.append(lambda fact: any(r(fact) for r in refutations))
    unknown = {c.other for c in against} - set(slots)
    if unknown:
        raise EngineError(f"{condition.alias}: a test against {', '.join(map(str, unknown))}, "
                          "which no condition before it matches")
    return _Node(number, variant, condition, _all(tests),
                 tuple(_join(c, slots[c.other or ""]) for c in against), first,
                 condition.negated and _takes_back(list(slots)))


class RuleMatcher:
    """A compiled ruleset matched in Python. Build once, run many (see the module docstring)."""

    def __init__(self, name: str, rules: list[EngineRule],
                 keep: frozenset[str] | None = None) -> None:
        self.name = name
        self.intake = Intake.of(rules, keep)
        self.rule_variants: list[_Variant] = []
        self._nodes: list[_Node] = []
        for rule in rules:
            for _, value, conditions in variants(rule):
                self._add(rule, value, conditions)
        self._reached: dict[tuple[Any, Any], list[_Node]] = {}

    def _add(self, rule: EngineRule, value: bool | None,
             conditions: tuple[Condition, ...]) -> None:
        number = len(self.rule_variants)
        slots: dict[str, int] = {}
        chain: list[_Node] = []
        for condition in conditions:
            node = _node(len(self._nodes), number, condition, slots,
                         first=not chain and not condition.negated)
            if chain:
                chain[-1].next = node
            chain.append(node)
            self._nodes.append(node)
            if not condition.negated:
                slots[condition.alias] = len(slots)
        self.rule_variants.append(_Variant(rule, value, tuple(slots)))

    def reached(self, fact: Fact) -> list[_Node]:
        """The conditions that could accept a fact of its type and name, in ruleset order."""
        kind = (fact.get("type"), fact.get("name"))
        if kind not in self._reached:
            self._reached[kind] = [n for n in self._nodes if n.condition.type == kind[0] and (
                not n.condition.names or kind[1] in n.condition.names)]
        return self._reached[kind]

    def accepts(self, fact: Fact) -> bool:
        """Whether some condition could accept the fact (by its type and name)."""
        return self.intake.accepts(fact)

    def run(self, facts: list[Fact], then: Then | None = None) -> list[Firing]:
        """Assert `facts` (in the order given) into a new session, then the facts `then`
        gives for the firings so far (facts that follow from the first ones' consequences);
        every firing, in order."""
        session = _Session(self)
        session.assert_facts(facts)
        if then is not None:
            session.assert_facts(then(list(session.firings)))
        return session.firings


@dataclass
class _Session:
    """One case's facts, partial matches and pending matches."""

    rules: RuleMatcher
    facts: list[Fact] = field(default_factory=list)
    right: dict[int, list[int]] = field(default_factory=dict)  # node: its facts
    left: dict[int, list[Frame]] = field(default_factory=dict)  # node: its partial matches
    pending: dict[int, list[Frame]] = field(default_factory=dict)  # variant: its matches
    due: list[int] = field(default_factory=list)  # heap of variants with pending matches
    fired: set[tuple[str, Any]] = field(default_factory=set)  # (rule, trigger) had effect
    firings: list[Firing] = field(default_factory=list)

    def assert_facts(self, facts: list[Fact]) -> None:
        for fact in facts:
            if self.rules.accepts(fact):
                self._match(self.rules.intake.sent(fact))
                self._fire()

    def _match(self, fact: Fact) -> None:
        number = len(self.facts)
        self.facts.append(fact)
        for node in self.rules.reached(fact):
            if node.accepts(fact):
                self._arrive(node, number)

    def _arrive(self, node: _Node, number: int) -> None:
        """A fact that a condition accepts: kept there, and met by its partial matches."""
        if node.first:
            self._extend(node.next, node.variant, (number,))
            return
        self.right.setdefault(node.number, []).append(number)
        fact = self.facts[number]
        for frame in list(self.left.get(node.number, ())):
            if number in frame or not self._joins(node, fact, frame):
                continue
            if not node.condition.negated:
                self._extend(node.next, node.variant, (*frame, number))
            elif node.takes_back:
                self._take_back(node, frame)

    def _extend(self, node: _Node | None, variant: int, frame: Frame) -> None:
        """A partial match arriving at a condition (None: the action) and going on with each
        fact kept there that fits it (a negated condition: if none does)."""
        if node is None:
            queue = self.pending.setdefault(variant, [])
            if not queue:
                heapq.heappush(self.due, variant)
            queue.append(frame)
            return
        self.left.setdefault(node.number, []).append(frame)
        kept = self.right.get(node.number, ())
        if node.condition.negated:
            if not any(n not in frame and self._joins(node, self.facts[n], frame)
                       for n in kept):
                self._extend(node.next, variant, frame)
            return
        for n in list(kept):
            if n not in frame and self._joins(node, self.facts[n], frame):
                self._extend(node.next, variant, (*frame, n))

    def _joins(self, node: _Node, fact: Fact, frame: Frame) -> bool:
        if not node.joins:
            return True
        facts = [self.facts[n] for n in frame]
        return all(j(fact, facts) for j in node.joins)

    def _take_back(self, node: _Node, blocked: Frame) -> None:
        """A negated condition has met a fact: the partial matches after it and the pending
        matches holding every fact of `blocked` are dropped."""
        held = set(blocked)
        for number, frames in self.left.items():
            if number > node.number:
                frames[:] = [f for f in frames if not held <= set(f)]
        for queue in self.pending.values():
            queue[:] = [f for f in queue if not held <= set(f)]

    def _fire(self) -> None:
        """Fire the pending matches, first variant first and its newest match first, until
        none is left (actions add theirs as they run)."""
        while self.due:
            variant = self.due[0]
            queue = self.pending[variant]
            if not queue:
                heapq.heappop(self.due)
                continue
            frame = queue.pop()
            if not queue:
                heapq.heappop(self.due)
            self._run_action(self.rules.rule_variants[variant], frame)

    def _run_action(self, variant: _Variant, frame: Frame) -> None:
        matched = {a: self.facts[n] for a, n in zip(variant.aliases, frame, strict=True)}
        first = self.facts[frame[0]]
        once = (variant.rule.id, first.get("identity", first.get("seq")))
        if once in self.fired:
            return  # this trigger has had its effect (see engine.py)
        self.fired.add(once)
        try:
            produced = variant.rule.action(matched, variant.value)
        except Exception as error:
            raise EngineError(f"a rule action failed: {error!r}") from error
        self.firings.append(Firing(variant.rule.id, matched, produced, variant.value))
        for fact in produced:
            if self.rules.accepts(fact):
                self._match(self.rules.intake.sent(fact))
