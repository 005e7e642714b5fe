"""Duty status edge cases that scenarios reach only indirectly."""

from __future__ import annotations

from datetime import date

from cpkb.calendar import Period
from cpkb.case import Case, Event
from cpkb.duties import assess
from cpkb.rulebook import Duty, Pattern, Timing

MEETING = Pattern(kind="event", name="core_group_meeting", alias="fulfilment", tests=())


def _case(as_of: date) -> Case:
    events = (Event("initial_conference", date(2027, 1, 4), {"outcome": "plan"}, 0),)
    return Case("T", "bolton", as_of, {}, events)


def _fact(due: date | None) -> dict:
    return {"event": "initial_conference", "event_day": date(2027, 1, 4).toordinal(),
            "trigger_seq": 1, "start_day": date(2027, 1, 4).toordinal(),
            "due_day": due.toordinal() if due else None, "rule": "t"}


def _plan_ends(on: date) -> list[dict]:
    return [{"name": "child_protection_plan", "value": False, "day": on.toordinal()}]


def test_an_undated_duty_is_open_until_the_plan_has_actually_ended() -> None:
    duty = Duty("core_group_meeting", Timing(None, "words", "sufficiently regularly"), MEETING,
                lasts_while="child_protection_plan")
    future_end = _plan_ends(date(2033, 3, 2))
    assert assess(_fact(None), duty, _case(date(2027, 6, 1)), future_end).status == "open"
    assert assess(_fact(None), duty, _case(date(2033, 3, 2)), future_end).status == "ended"


def test_a_dated_duty_that_fell_due_before_the_plan_ended_is_overdue() -> None:
    due = date(2027, 1, 18)
    duty = Duty("first_core_group_meeting", Timing(Period(10, "working days"), "after",
                                                   "within 10 working days"), MEETING,
                lasts_while="child_protection_plan")
    assert assess(_fact(due), duty, _case(date(2027, 6, 1)),
                  _plan_ends(date(2027, 3, 1))).status == "overdue"
    assert assess(_fact(due), duty, _case(date(2027, 6, 1)),
                  _plan_ends(date(2027, 1, 10))).status == "ended"
