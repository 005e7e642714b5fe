"""Whether a duty was done in time, read from the case's events.

A duty is `met` if its fulfilling event happened on or before the due date, `late` if
after, `overdue` if it has not happened and the evaluation date is past due, else `open`
(DESIGN.md, "Time"). Two more, for rules that say so:

- `early`: the rule gives an earliest date too ("at 4 - 6 week intervals") and the event
  came before it;
- `ended`: the duty lasts only while a decision holds ("for as long as the child remains the
  subject of a Child Protection Plan") and that decision ended before the duty was done.

Which event fulfils a duty: for a duty due *after* its trigger, the first matching event
after the trigger; for one due *before* its trigger (a report before a conference), the
first matching event since the previous event of the trigger's kind, up to the trigger.
A duty counted from a date that is no event (the child's expected birth) is fulfilled by
the first matching event on or before that date (due before it) or on or after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from cpkb.case import Case, Event
from cpkb.rulebook import Duty

STATUSES = ("met", "late", "overdue", "open", "early", "ended")


@dataclass(frozen=True)
class DutyAssessment:
    fact: dict[str, Any]
    duty: Duty
    due: date | None
    earliest: date | None
    status: str
    fulfilled_by: Event | None
    trigger: Event | None
    ended_on: date | None


def _fulfils(event: Event, duty: Duty) -> bool:
    pattern = duty.fulfilled_by
    return event.name == pattern.name and all(
        event.attributes.get(t.field) == t.value for t in pattern.tests
    )


def _trigger_event(case: Case, fact: dict[str, Any]) -> Event | None:
    """The case event the duty runs from (for a duty from a decision, the decision's event)."""
    seq = fact.get("trigger_seq")
    if isinstance(seq, int) and 1 <= seq <= len(case.events) and fact.get("event") != "child":
        event = case.events[seq - 1]
        if event.name == fact["event"]:
            return event
    candidates = [
        e for e in case.events
        if e.name == fact["event"] and e.date.toordinal() == fact["event_day"]
    ]
    return candidates[0] if candidates else None


def _fulfilment(case: Case, duty: Duty, trigger: Event | None, start: date | None) -> Event | None:
    events = list(case.events)
    if duty.timing.direction == "before" and trigger is not None:
        position = events.index(trigger)
        earlier_same = [i for i in range(position) if events[i].name == trigger.name]
        window = events[(earlier_same[-1] + 1 if earlier_same else 0) : position + 1]
        return next((e for e in window if _fulfils(e, duty) and e is not trigger), None)
    if trigger is not None:
        candidates = events[events.index(trigger) + 1 :]
    elif start is None:
        candidates = events
    elif duty.timing.direction == "before":
        # Counted back from a date that is no event (an expected birth): what happened up to
        # that date can fulfil it.
        candidates = [e for e in events if e.date <= start]
    else:
        candidates = [e for e in events if e.date >= start]
    return next((e for e in candidates if _fulfils(e, duty)), None)


def _end_of(decision: str, since: date, decisions: list[dict[str, Any]]) -> date | None:
    """The first date on or after `since` on which `decision` was decided false."""
    ends = [
        date.fromordinal(d["day"]) for d in decisions
        if d["name"] == decision and d["value"] is False and d["day"] >= since.toordinal()
    ]
    return min(ends) if ends else None


def assess(
    fact: dict[str, Any], duty: Duty, case: Case, decisions: list[dict[str, Any]]
) -> DutyAssessment:
    due = date.fromordinal(fact["due_day"]) if fact.get("due_day") else None
    start = date.fromordinal(fact["start_day"]) if fact.get("start_day") else None
    trigger = _trigger_event(case, fact)
    earliest = duty.not_before.after(start) if duty.not_before and start else None
    done = _fulfilment(case, duty, trigger, start)
    ended_on = None
    if duty.lasts_while and start is not None:
        ended_on = _end_of(duty.lasts_while, start, decisions)
        if ended_on is not None and done is not None and done.date > ended_on:
            done = None  # what happens after the plan has ended does not discharge its duties
    if done is not None:
        if earliest is not None and done.date < earliest:
            status = "early"
        elif due is None or done.date <= due:
            status = "met"
        else:
            status = "late"
    elif ended_on is not None and ended_on <= case.as_of and (due is None or ended_on <= due):
        # Ended only once the plan has ended by the evaluation date (an 18th birthday years
        # ahead ends nothing yet), and before the duty fell due.
        status = "ended"
    elif due is not None and case.as_of > due:
        status = "overdue"
    else:
        status = "open"
    return DutyAssessment(fact, duty, due, earliest, status, done, trigger, ended_on)
