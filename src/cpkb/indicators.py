"""The Department for Education's national indicators of conference timeliness, computed
from a CIN census as the Department defines them, so that an authority can set its own
figure beside England's.

These are national definitions, not any one procedure's: they read the census dates
directly and are the same whichever authority's rules the audit applies.

- Initial conferences within 15 working days of the start of the section 47 enquiry
  ("Characteristics of children in need", table C4): each enquiry (Section47) whose initial
  conference (DateOfInitialCPC) falls in the collection year is one conference, counted
  separately when a child had several. Its duration is the working days from
  S47ActualStartDate to DateOfInitialCPC: a conference on the enquiry's first day is 0, on
  the next working day 1. Durations are banded 0-10, 11-15, 16-20 and 21 or more; a
  conference dated before its enquiry is counted among the conferences but left out of the
  bands and the statistics.
- Child protection plans reviewed within timescales (table D6): children subject of a plan
  at the census end date who had been subject of it for at least 3 months, and of them
  those whose every review was held on time: the first within 3 months of the plan's start,
  each later one within 6 months of the one before, none of them overdue at the end date.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from cpkb.calendar import Period, working_days_between
from cpkb.census_events import Enquiry, PlanDates

BANDS = ("0-10", "11-15", "16-20", "21+")
WITHIN = 15  # working days
FIRST_REVIEW = Period.parse("3 months")
LATER_REVIEWS = Period.parse("6 months")
ON_A_PLAN_FOR = Period.parse("3 months")

# England's figures, from the national row of the published table (the Department rounds
# each to the nearest 10, so the bands add up to 72,090 of the 72,100 conferences).
ENGLAND_ICPC = {
    "year": "2024 to 2025 (year to 31 March 2025)",
    "conferences": 72_100,
    "bands": {"0-10": 6_240, "11-15": 52_430, "16-20": 6_430, "21+": 6_990},
    "within_15": 58_670,
    "share_within_15": 0.8137,
    "median": 14,
    "quartiles": [13, 14, 15],
    "source": "Department for Education, Characteristics of children in need: 2024 to 2025, "
              "table C4 (Section 47s and initial child protection conferences), national row: "
              "https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/"
              "b0749fa2-c0e2-4a15-8c0f-23941b3b6161",
}


def band(days: int) -> str:
    if days <= 10:
        return "0-10"
    if days <= WITHIN:
        return "11-15"
    return "16-20" if days <= 20 else "21+"


@lru_cache(maxsize=64)  # asked for every child of a census, of its one end date
def collection_year(end: date) -> tuple[date, date]:
    """The year a census covers, ending on its reference date (31 March)."""
    try:
        first = end.replace(year=end.year - 1) + timedelta(days=1)
    except ValueError:  # 29 February
        first = date(end.year - 1, 3, 1)
    return first, end


@dataclass(frozen=True)
class ChildIndicators:
    """One child's part in the indicators."""

    # Working days from enquiry start to initial conference, one per conference in the
    # year; None for a conference dated before its enquiry.
    icpc_days: tuple[int | None, ...] = ()
    # Subject of a plan at the end date for at least 3 months: were all reviews on time?
    # None when not (a child with two such plans counts once: on time if both were).
    plans_reviewed: bool | None = None


def reviews_on_time(plan: PlanDates, end: date) -> bool:
    """Whether every review of the plan up to `end` was held in time, and the next is not
    yet overdue."""
    previous, period = plan.start, FIRST_REVIEW
    for review in plan.reviews:
        if review > period.after(previous):
            return False
        previous, period = review, LATER_REVIEWS
    return end <= period.after(previous)


def child_indicators(enquiries: Iterable[Enquiry], plans: Iterable[PlanDates],
                     end: date) -> ChildIndicators:
    first, last = collection_year(end)
    days = tuple(
        working_days_between(e.start, e.conference) if e.start <= e.conference else None
        for e in enquiries
        if e.start is not None and e.conference is not None and first <= e.conference <= last)
    # On a plan at the end date: the census keeps no end after it (such dates are problems).
    reviewed = [reviews_on_time(p, end) for p in plans
                if p.end is None and ON_A_PLAN_FOR.after(p.start) <= end]
    return ChildIndicators(days, all(reviewed) if reviewed else None)


def _quartiles(values: list[int]) -> list[float]:
    if len(values) < 2:
        return [float(v) for v in values * 3]
    return [float(q) for q in statistics.quantiles(values, n=4, method="inclusive")]


@dataclass
class NationalIndicators:
    """The indicators of a caseload, child by child as the audit goes."""

    durations: Counter = field(default_factory=Counter)  # working days -> conferences
    before_enquiry: int = 0
    on_a_plan: int = 0
    reviewed_in_time: int = 0

    def add(self, child: ChildIndicators) -> None:
        for days in child.icpc_days:
            if days is None:
                self.before_enquiry += 1
            else:
                self.durations[days] += 1
        if child.plans_reviewed is not None:
            self.on_a_plan += 1
            self.reviewed_in_time += child.plans_reviewed

    def merge(self, other: NationalIndicators) -> None:
        """Another part of the caseload's indicators (a batch's) added to these."""
        self.durations.update(other.durations)
        self.before_enquiry += other.before_enquiry
        self.on_a_plan += other.on_a_plan
        self.reviewed_in_time += other.reviewed_in_time

    def summary(self) -> dict[str, Any]:
        timed = sorted(self.durations.elements())
        bands = Counter(band(d) for d in timed)
        within = bands["0-10"] + bands["11-15"]
        conferences = len(timed) + self.before_enquiry
        return {
            "icpc_within_15_working_days": {
                "conferences": conferences,
                "before_enquiry": self.before_enquiry,
                "bands": {b: bands[b] for b in BANDS},
                "within_15": within,
                "share_within_15": round(within / conferences, 4) if conferences else None,
                "median": statistics.median(timed) if timed else None,
                "quartiles": _quartiles(timed) if timed else None,
                "england": ENGLAND_ICPC,
            },
            "plans_reviewed_within_timescales": {
                "children": self.on_a_plan,
                "within": self.reviewed_in_time,
                "share": round(self.reviewed_in_time / self.on_a_plan, 4)
                if self.on_a_plan else None,
            },
        }
