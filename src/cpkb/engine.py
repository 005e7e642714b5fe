"""The engine-neutral rules (`EngineRule`s: conditions on facts and a Python action returning
new facts), and the one adapter to durable-rules: nothing else in cpkb imports `durable`,
and it is imported only when a `RuleEngine` is first built, so that the Python matcher
(matcher.py), which shares these types, never loads it.

Both engines have one contract (`Engine`): built once per ruleset, `run` takes one case's
facts into a fresh session, matches and chains, and returns every firing with the facts it
matched and produced. A `RuleEngine` runs the rules on durable-rules; what durable-rules does
not do for us, done here:

- durable-rules swallows an exception raised in an action and leaves it in the session
  state; `run` raises it as EngineError instead of returning a partial result.
- a fact that no rule's condition accepts raises MessageNotHandledException; such a fact
  is simply one no rule needs, so it is passed over (and still returned by `run`).
- sessions are deleted after each run (at most 1024 may be live per ruleset).
- the default Host's background dispatch threads are not started: they only serve timers
  and queues, which cpkb does not use, and with many sessions they crashed the process.
- deleting a session in which no action has run yet, while a fact waits in a partly matched
  join, crashes durable-rules 2.0.28 (a segmentation fault). Every session therefore opens
  with a sentinel fact that an internal no-op rule consumes, so an action always has run.
- durable-rules fires a rule once for every combination of facts that matches it. A rule
  here has an effect once per trigger (the fact its first condition matched, known by its
  `identity`, else its `seq`): later matches of the same trigger are passed over. Facts that
  stand for the same thing carry the same identity (one decision made by two rules).
- a rule that decides true or false (`EngineRule.decides`) is two durable-rules rules, one
  for each value; neither fires when a field it tests is missing from the trigger.
- a condition on several names (an event group) is one durable-rules rule per name: it
  matches an alternative by pushing every branch onto a stack of 64 entries, and with some
  60 rules accepting one kind of fact the stack overflows ("error code: 303"); a negation
  on several names is one negation per name (`variants`).
- durable-rules applies a condition's tests against other patterns only up to the end of
  its first alternative (several names, `not`, `one_of`), and silently ignores the rest:
  they are written first (`joins_first`), and a condition with two alternative tests
  against other patterns is refused.
- durable-rules catches an exception raised inside its callbacks, KeyboardInterrupt too,
  and logs its traceback: a Ctrl-C during a run printed pages of it. Ctrl-C is held while a
  session runs (milliseconds; about a second for a case of 2,000 events) and takes effect
  when it returns, and durable-rules' log is silenced: `run` raises what went wrong.
- facts that no condition could accept (by type and name) are not sent to durable-rules at
  all, and of the others only the fields a condition tests or an action reads (`keep`):
  each fact costs a JSON round trip across its C boundary (`Intake`, which the matcher
  applies too, so that both engines match and report the same facts).
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from cpkb import interrupts

# durable-rules logs, then reports, what fails in its callbacks; `run` raises it once.
logging.getLogger("durable").addHandler(logging.NullHandler())
logging.getLogger("durable").propagate = False

Fact = dict[str, Any]
_SENTINEL = {"type": "cpkb_session"}  # see the module docstring


def _session_opened(c: Any) -> None:
    """The internal rule's action: nothing to do but to have run."""


class EngineError(RuntimeError):
    """A rule's action failed, or the engine refused the rules or the case's facts."""


@dataclass(frozen=True)
class Check:
    field: str
    op: str
    value: Any = None
    other: str | None = None  # compare with this alias's field (of the same name, or:)
    other_field: str | None = None


@dataclass(frozen=True)
class Condition:
    """Facts of `type` (and `name`, when given) that pass every test. A negated condition
    holds when no such fact exists; `refuted` tests hold when at least one of them fails."""

    alias: str
    type: str
    names: tuple[str, ...]  # any of these names; () for any name
    tests: tuple[Check, ...] = ()
    negated: bool = False
    refuted: tuple[Check, ...] = ()


@dataclass(frozen=True)
class EngineRule:
    """Conditions, and the action that turns the facts they matched into new facts. With
    `decides`, the action gets True when the trigger passes every check and False when it
    fails one; otherwise it gets None."""

    id: str
    conditions: tuple[Condition, ...]
    action: Callable[[dict[str, Fact], bool | None], list[Fact]]
    decides: tuple[Check, ...] = ()


@dataclass
class Firing:
    rule: str
    matched: dict[str, Fact]
    produced: list[Fact]
    value: bool | None = None


Then = Callable[[list[Firing]], list[Fact]]


class Engine(Protocol):
    """A compiled ruleset: durable-rules' (`RuleEngine`) or the Python matcher's."""

    def run(self, facts: list[Fact], then: Then | None = None) -> list[Firing]:
        """Assert `facts` (in the order given) into a new session, then the facts `then`
        gives for the firings so far (facts that follow from the first ones' consequences);
        every firing, in order."""
        ...


@dataclass(frozen=True)
class Intake:
    """Which facts an engine takes in: those some condition could accept by type and name,
    with only the fields a condition tests or an action reads (`keep`; None: every field)."""

    accepted: frozenset[tuple[str, str | None]]  # (type, name); None as name: any name
    keep: frozenset[str] | None

    @classmethod
    def of(cls, rules: list[EngineRule], keep: frozenset[str] | None) -> Intake:
        checks = [c for r in rules for c in _all_checks(r)]
        return cls(
            frozenset((c.type, n) for r in rules for c in r.conditions
                      for n in (c.names or (None,))),
            None if keep is None else keep | {c.field for c in checks} | {
                c.other_field for c in checks if c.other_field} | {
                "type", "name", "seq", "identity"})

    def accepts(self, fact: Fact) -> bool:
        """Whether some condition could accept the fact (by its type and name)."""
        kind = fact.get("type")
        return (kind, None) in self.accepted or (kind, fact.get("name")) in self.accepted

    def sent(self, fact: Fact) -> Fact:
        """A copy of the fact with the fields worth sending."""
        keep = self.keep
        return dict(fact) if keep is None else {k: v for k, v in fact.items() if k in keep}


@dataclass
class _Run:
    firings: list[Firing] = field(default_factory=list)
    error: BaseException | None = None
    fired: set[tuple[str, Any]] = field(default_factory=set)  # (rule, trigger seq)


NEGATED_OP = {
    "is": "not", "not": "is", "at_least": "below", "below": "at_least", "at_most": "above",
    "above": "at_most", "includes": "excludes", "excludes": "includes",
    "after": "on_or_before", "on_or_before": "after", "before": "on_or_after",
    "on_or_after": "before",
}
_COMPARISON = {
    "at_least": "$gte", "at_most": "$lte", "above": "$gt", "below": "$lt",
    "after": "$gt", "on_or_after": "$gte", "before": "$lt", "on_or_before": "$lte",
}


def _expression(test: Check) -> dict:
    """A test in durable-rules' JSON condition language."""
    operand = {test.other: test.other_field or test.field} if test.other else test.value
    if test.op == "is":
        return {test.field: operand}
    if test.op == "not":
        # A field the case does not record is "not" any value.
        return {"$or": [{"$nex": {test.field: 1}}, {"$neq": {test.field: operand}}]}
    if test.op in _COMPARISON:
        return {_COMPARISON[test.op]: {test.field: operand}}
    if test.op == "one_of":
        return {"$or": [{test.field: v} for v in test.value]}
    if test.op == "includes":
        return {"$iany": {test.field: {"$i": test.value}}}
    if test.op == "excludes":
        return {"$iall": {test.field: {"$neq": {"$i": test.value}}}}
    if test.op == "present":
        return {"$ex" if test.value else "$nex": {test.field: 1}}
    raise EngineError(f"unknown test {test.op!r}")


def _negated_expression(test: Check) -> dict:
    if test.op == "one_of":
        return {"$and": [{"$neq": {test.field: v}} for v in test.value]}
    if test.op == "present":
        return _expression(Check(test.field, "present", not test.value))
    return _expression(Check(test.field, NEGATED_OP[test.op], test.value, test.other,
                             test.other_field))


# Tests that durable-rules writes as an alternative ($or, or $and of $neq: see _expression).
ALTERNATIVE_OPS = frozenset({"not", "one_of"})


def joins_first(condition: Condition) -> tuple[Check, ...]:
    """The condition's tests in the order durable-rules must be given them: its tests against
    other patterns first, one that is an alternative (`not`, `one_of`) last of them, then
    its own fields'. durable-rules reads a condition's tests against other patterns only up
    to the end of its first alternative and silently applies none after it (see `variants`
    for the other alternative, several names). Two alternatives against other patterns
    cannot both be applied: that is refused."""
    joins = [t for t in condition.tests if t.other is not None]
    alternatives = [t for t in joins if t.op in ALTERNATIVE_OPS]
    if len(alternatives) > 1 or any(t.other is not None for t in condition.refuted):
        raise EngineError(f"{condition.alias}: durable-rules applies one alternative test "
                          "(not, one_of, a deciding rule's) against another pattern at most")
    return (*[t for t in joins if t.op not in ALTERNATIVE_OPS], *alternatives,
            *[t for t in condition.tests if t.other is None])


def _condition(condition: Condition) -> dict:
    assert len(condition.names) <= 1, "variants gives each condition one name at most"
    parts: list[dict] = [{"type": condition.type}]
    if condition.names:
        parts.append({"name": condition.names[0]})
    parts.extend(_expression(t) for t in joins_first(condition))
    if condition.refuted:
        negations = [_negated_expression(t) for t in condition.refuted]
        parts.append(negations[0] if len(negations) == 1 else {"$or": negations})
    key = f"{condition.alias}$not" if condition.negated else condition.alias
    return {key: {"$and": parts}}


_host: Any = None
_host_lock = threading.Lock()
_ruleset_numbers = itertools.count(1)
_session_numbers = itertools.count(1)
_runs: dict[str, _Run] = {}


def _shared_host() -> Any:
    """The one durable-rules Host of the process, importing durable-rules the first time."""
    global _host
    with _host_lock:
        if _host is None:
            import durable.engine

            class QuietHost(durable.engine.Host):
                def _run(self) -> None:  # no background dispatch threads (module docstring)
                    pass

            _host = QuietHost()
        return _host


def _not_needed() -> type[Exception]:
    """What durable-rules raises for a fact that no rule's condition accepts (its tests
    included): a fact no rule needs, not an error."""
    import durable.engine
    return durable.engine.MessageNotHandledException


class RuleEngine:
    """A compiled ruleset on durable-rules. Build once (a name can be registered once per
    process), run many."""

    def __init__(self, name: str, rules: list[EngineRule],
                 keep: frozenset[str] | None = None) -> None:
        self.name = f"{name}_{next(_ruleset_numbers)}"
        self._host = _shared_host()
        self._not_needed = _not_needed()
        self.intake = Intake.of(rules, keep)
        definition: dict[str, Any] = {}
        for rule in rules:
            for key, value, conditions in variants(rule):
                definition[key] = {"all": [_condition(c) for c in conditions],
                                   "run": self._action(rule, value)}
        definition["cpkb_session_opened"] = {"all": [{"m": _SENTINEL}], "run": _session_opened}
        try:
            self._host.register_rulesets({self.name: definition})
        except Exception as error:  # durable reports bad definitions with a bare Exception
            raise EngineError(f"durable-rules refused the ruleset {name}: {error}") from error

    def _action(self, rule: EngineRule, value: bool | None) -> Callable[[Any], None]:
        aliases = [c.alias for c in rule.conditions if not c.negated]
        trigger = aliases[0]

        def run(c: Any) -> None:  # durable-rules wants a one-argument callable
            record = _runs[c.s.sid]
            try:
                matched = {a: _plain(getattr(c, a)) for a in aliases}
                first = matched[trigger]
                once = (rule.id, first.get("identity", first.get("seq")))
                if once in record.fired:
                    return  # this trigger has had its effect (see the module docstring)
                record.fired.add(once)
                produced = rule.action(matched, value)
                record.firings.append(Firing(rule.id, matched, produced, value))
                for fact in produced:
                    if self.accepts(fact):  # durable-rules refuses the others, at a cost
                        with contextlib.suppress(self._not_needed):
                            c.assert_fact(self.intake.sent(fact))
            except BaseException as error:
                # durable-rules would swallow this; keep it so that run() can raise it.
                record.error = record.error or error
                raise

        return run

    def run(self, facts: list[Fact], then: Then | None = None) -> list[Firing]:
        """Assert `facts` (in the order given) into a new session, then the facts `then`
        gives for the firings so far (facts that follow from the first ones' consequences);
        every firing, in order."""
        with interrupts.held():
            return self._run(facts, then)

    def _run(self, facts: list[Fact], then: Then | None) -> list[Firing]:
        sid = str(next(_session_numbers))
        _runs[sid] = record = _Run()
        try:
            self._host.assert_fact(self.name, {**_SENTINEL, "sid": sid})
            self._assert(sid, facts)
            if then is not None and record.error is None:
                self._assert(sid, then(list(record.firings)))
            state = self._host.get_state(self.name, sid)
            if record.error is not None:
                raise EngineError(f"a rule action failed: {record.error!r}") from record.error
            if state and state.get("exception"):
                raise EngineError(f"durable-rules reported: {state['exception']}")
            return record.firings
        except EngineError:
            raise
        except Exception as error:
            raise EngineError(f"durable-rules failed on the case: {error}") from error
        finally:
            _runs.pop(sid, None)
            with contextlib.suppress(Exception):  # a session that never started has no state
                self._host.delete_state(self.name, sid)

    def _assert(self, sid: str, facts: list[Fact]) -> None:
        for fact in facts:
            if self.accepts(fact):
                with contextlib.suppress(self._not_needed):
                    self._host.assert_fact(self.name, {**self.intake.sent(fact), "sid": sid})

    def accepts(self, fact: Fact) -> bool:
        """Whether some condition could accept the fact (by its type and name)."""
        return self.intake.accepts(fact)


def _all_checks(rule: EngineRule) -> list[Check]:
    return [c for condition in rule.conditions for c in (*condition.tests, *condition.refuted)
            ] + list(rule.decides)


def variants(rule: EngineRule) -> list[tuple[str, bool | None, tuple[Condition, ...]]]:
    """The engine rules of one rule, each with its key and the value it decides: one for
    each combination of the names its conditions accept, and for a deciding rule, one for
    each value it decides."""
    combinations: list[tuple[Condition, ...]] = [()]
    for condition in rule.conditions:
        if len(condition.names) < 2:
            combinations = [(*c, condition) for c in combinations]
        elif condition.negated:
            # No fact of any of the names: a negation for each name. As one alternative
            # ($or of the names), durable-rules would apply none of its tests against other
            # patterns (see joins_first): `initial_conference_held after icpc, before
            # trigger` blocked on any conference held, whatever its date.
            each = tuple(dataclasses.replace(condition, alias=f"{condition.alias}_{n}",
                                             names=(name,))
                         for n, name in enumerate(condition.names))
            combinations = [(*c, *each) for c in combinations]
        else:
            # One rule per name: durable-rules matches a fact against an alternative ($or) by
            # pushing every branch on a stack of 64, and with many rules accepting one kind
            # of fact that stack overflows (error 303).
            combinations = [(*c, dataclasses.replace(condition, names=(name,)))
                            for c in combinations for name in condition.names]
    found: list[tuple[str, bool | None, tuple[Condition, ...]]] = []
    for n, conditions in enumerate(combinations):
        key = rule.id if len(combinations) == 1 else f"{rule.id}#{n}"
        if not rule.decides:
            found.append((key, None, conditions))
            continue
        trigger, others = conditions[0], conditions[1:]
        # A missing field decides nothing: the record cannot say.
        present = tuple(Check(c.field, "present", True) for c in rule.decides
                        if c.op != "present" and c.other is None)
        holds = dataclasses.replace(trigger, tests=trigger.tests + present + rule.decides)
        fails = dataclasses.replace(trigger, tests=trigger.tests + present,
                                    refuted=rule.decides)
        found += [(f"{key}#true", True, (holds, *others)),
                  (f"{key}#false", False, (fails, *others))]
    return found


def _plain(content: Any) -> Fact:
    """A matched fact as a dict. It holds durable-rules' bookkeeping keys too (`sid`, `$...`),
    which `without_bookkeeping` removes where a fact is shown: copying every matched fact
    would cost every firing."""
    return content._d if hasattr(content, "_d") else dict(content)


def without_bookkeeping(fact: Fact) -> Fact:
    return {k: v for k, v in fact.items() if k != "sid" and not k.startswith("$")}
