"""A case as the engine sees it: one fact per event, one for the child, one per state period.

The engine has no date type, so dates are day numbers (`date.toordinal`). Each event fact
carries the event's attributes, its relations (occasions.CaseEvent: `occasion`, `stage`,
`held`, `episode`, `first`, `latest`) and a few fields derived from its attributes; every
field is listed, with its meaning, under `derived` in rules/vocabulary/.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from cpkb.calendar import Period, add_years
from cpkb.case import Case
from cpkb.engine import Fact
from cpkb.occasions import CaseEvent

# The agency the quoracy rules count the others against: the social worker's own.
CHILDRENS_SOCIAL_CARE = "children_social_care"
# A state with no end yet is in force up to this day.
OPEN_END = date.max.toordinal()


def day_number(day: date) -> int:
    return day.toordinal()


def from_day_number(number: int) -> date:
    return date.fromordinal(number)


def whole_years(born: date, day: date) -> int:
    """Age in whole years on `day`; a 29 February birthday is on 1 March in other years
    (calendar.add_years)."""
    return day.year - born.year - (day < add_years(born, day.year - born.year))


def dated_field(start_field: str, period: Period) -> str:
    """The name of a derived child field: a date field of the child moved on by a period
    ("born+18 years"), so that a rule dated that way can test a state on that day."""
    return f"{start_field}+{period}"


def event_fact(event: CaseEvent, child: dict[str, Any]) -> Fact:
    attributes = event.event.attributes
    fact: Fact = {"type": "event", "name": event.name, "seq": event.seq,
                  "day": day_number(event.event.date), **event.fields()}
    if "votes" in attributes:
        votes = fact.pop("votes")
        fact.update(votes_plan=votes["plan"], votes_no_plan=votes["no_plan"],
                    vote_margin=votes["plan"] - votes["no_plan"])
    if "agencies" in attributes:
        without = set(attributes.get("agencies_without_direct_contact", ()))
        fact["other_agencies_with_direct_contact"] = len(
            {a for a in attributes["agencies"] if a != CHILDRENS_SOCIAL_CARE} - without)
    if "agencies_in_contact_with_child" in attributes:
        fact["other_agencies_in_contact_with_child"] = len(
            set(attributes["agencies_in_contact_with_child"]) - {CHILDRENS_SOCIAL_CARE})
    looked_after_from = child.get("looked_after_from")
    if looked_after_from is not None:
        fact["child_looked_after"] = event.event.date >= looked_after_from
    elif child.get("looked_after") is not None:
        fact["child_looked_after"] = child["looked_after"]
    born = child.get("born")
    if born is not None or "expected_birth" in child:
        fact["unborn"] = born is None or event.event.date < born
    if born is not None and event.event.date >= born:
        fact["child_age"] = whole_years(born, event.event.date)
    return fact


def child_fact(case: Case, dated: Iterable[tuple[str, Period]]) -> Fact:
    """The child, with each `dated` field (a date field moved on by a period) the rules need."""
    fact: Fact = {"type": "child", "seq": 0}
    for key, value in case.child.items():
        fact[key] = day_number(value) if isinstance(value, date) else value
    for start_field, period in dated:
        start = case.child.get(start_field)
        if isinstance(start, date):
            fact[dated_field(start_field, period)] = day_number(period.after(start))
    return fact


def state_fact(name: str, seq: int, start: date, end: date | None) -> Fact:
    return {"type": "state", "name": name, "seq": seq, "start_day": day_number(start),
            "end_day": day_number(end) if end else OPEN_END}
