"""What an evaluation finds, as typed values: the report, the audit and compare read these.

A rule firing raises a duty (`DutyRaised`), makes a decision (`Decided`) or requires
something at an event (`Required`); grading turns each raised duty into a `DutyFinding` with
its status. Every finding keeps its `Rule`, and so its citations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from cpkb.case import Event
from cpkb.occasions import CaseEvent
from cpkb.rulebook import Duty, Rule


@dataclass(frozen=True)
class Origin:
    """What an effect runs from: a case event, or a date of the child's (its 18th birthday
    counts from `born`, a pre-birth duty from `expected_birth`)."""

    name: str  # the event's name, or the child's date field
    date: date | None
    event: CaseEvent | None = None


@dataclass(frozen=True)
class DutyRaised:
    rule: Rule
    duty: Duty
    origin: Origin
    occasion: CaseEvent | None  # the conference it belongs to, if any
    start: date | None  # the day its period runs from
    due: date | None


@dataclass(frozen=True)
class DutyFinding:
    raised: DutyRaised
    status: str  # see grading.STATUSES
    fulfilled_by: CaseEvent | None
    earliest: date | None
    ended_on: date | None  # the state the duty lasts while ended on this day
    item: CaseEvent | None = None  # for a duty on every item: the item assessed
    upcoming: bool = False  # it follows from a decision still to come (after the as-of date)

    @property
    def rule(self) -> Rule:
        return self.raised.rule

    @property
    def name(self) -> str:
        return self.raised.duty.name

    @property
    def due(self) -> date | None:
        return self.raised.due


@dataclass(frozen=True)
class Decided:
    rule: Rule
    name: str
    value: Any
    date: date | None  # the day it takes effect
    origin: Origin
    occasion: CaseEvent | None
    upcoming: bool = False  # it follows from what was known, but falls after the as-of date


@dataclass(frozen=True)
class Required:
    rule: Rule
    name: str
    met: bool  # the event's `done` lists it
    origin: Origin


@dataclass(frozen=True)
class StatePeriod:
    """A state in force from `start` to `end` (both included; no end: still in force)."""

    state: str
    start: date
    end: date | None
    started_by: Decided
    ended_by: Decided | None

    def holds_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Conflict:
    """Two or more rules disagreeing for one occasion: on a duty's due date, or on a
    decision's value."""

    kind: str  # "different deadlines" or "different values"
    name: str  # the duty or decision
    origin: Origin
    rules: tuple[Rule, ...]
    answers: tuple[Any, ...]  # the due dates, or the values, in the order of `rules`


@dataclass(frozen=True)
class NotUsed:
    """An event of the case file that the evaluation did not use, and why."""

    event: Event
    why: str
