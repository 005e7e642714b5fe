"""What a child's CIN census record means as case events: the one place that says so.

Data item codes are the Department for Education's (CIN census guide). Per child:

- `ChildIdentifiers/PersonBirthDate` -> child.born; `ExpectedPersonBirthDate` ->
  child.expected_birth; `PersonDeathDate` -> event `died`.
- Each `CINdetails` (one referral and what followed it) is audited as its own case, so that
  "the last strategy discussion" is the last of that referral's, not of the child's life.
- `Section47/S47ActualStartDate` (N00148) is the date of the strategy discussion that
  started the enquiry -> event `strategy_discussion`.
- `Section47/DateOfInitialCPC` (N00110) and `CINdetails/DateOfInitialCPC` (N00110) ->
  event `initial_conference` (one per date).
- `Section47/ICPCnotRequired` (N00111) true -> event `section_47_outcome` with outcome
  `no_significant_harm`, dated at the enquiry's start: the census records no outcome date,
  and only the outcome matters to the rules.
- `ChildProtectionPlans/CPPstartDate` (N00105) is, by the census' definition, the date of
  the conference that made the child subject of the plan: the initial conference on that
  date gets outcome `plan`; with no DateOfInitialCPC on that date, an initial conference
  with outcome `plan` is taken to have been held then (and the record says so, as a
  problem). An initial conference on whose date no plan starts gets no outcome: the census
  records the conference's decision only through a plan's start.
- `Reviews/CPPreviewDate` (N00116) -> event `review_conference`, outcome `end_plan` when
  it is the plan's `CPPendDate` (N00115), else `continue_plan`.
- `CPPendDate` (N00115) on no review's date is no event at first: the rules may end the
  plan themselves on that date (at 18, on death). Where the rules, run on the record, leave
  the plan in force past it, the end is read as the review conference that ended the plan
  (outcome `end_plan`), and the record says so (`read_unexplained_ends`).
- `Section47/InitialCPCtarget` (N00109) is no event: the audit compares it with the due
  date the rules compute for the initial conference.

Dates that cannot be read, dates after the audit date, and dates out of order (a review
before its plan started, a plan ending before it started) are left out, each with a
problem naming the element, the child and why; the rest of the record is audited.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

from cpkb.case import EARLIEST, LATEST, Case, Event
from cpkb.census import ChildRecord, Episode
from cpkb.findings import StatePeriod

# The findings the census can evidence: duties and decisions the audit reports.
AUDITED_DUTIES = ("initial_conference", "first_review_conference", "review_conference")
# The decision that a plan ends without a review conference (at 18, on death): the census
# records the plan's end, so the audit sets the two side by side.
PLAN_END = "plan_ends_without_review_conference"
PLAN_STATE = "child_protection_plan"
AUDITED_EFFECTS = frozenset({*AUDITED_DUTIES, PLAN_END})

# The events a census record gives, each name with the attributes its events may carry, and
# the child's fields: what the audit's compiled path (census_kernel.py) is compiled for (a
# test holds child_cases to them).
CENSUS_EVENTS: dict[str, tuple[dict[str, Any], ...]] = {
    "strategy_discussion": ({},),
    "section_47_outcome": ({"outcome": "no_significant_harm"},),
    "initial_conference": ({}, {"outcome": "plan"}),
    "review_conference": ({"outcome": "continue_plan"}, {"outcome": "end_plan"}),
    "died": ({},),
}
CENSUS_CHILD_FIELDS = frozenset({"born", "expected_birth"})

MAX_VALUE_SHOWN = 80  # characters of a bad value quoted in a problem
_TRUE = {"true", "1"}
_FALSE = {"false", "0"}


@dataclass
class PlanDates:
    start: date
    end: date | None
    reviews: list[date]
    where: str = "CINdetails/ChildProtectionPlans"  # the element, numbered as in the record


# Enquiry and Recorded are named tuples, not dataclasses: a census gives several of each a
# child, and a tuple is made in half the time.
class Enquiry(NamedTuple):
    """One Section47 element's dates, as read (None where missing or unusable)."""

    start: date | None  # S47ActualStartDate
    conference: date | None  # DateOfInitialCPC


class Recorded(NamedTuple):
    """A conference, plan or review the census records: what the audit must assess, or say
    why it could not."""

    what: str  # initial_conference, plan or review_conference
    element: str  # where the record gives it
    day: date
    enquiry_start: date | None = None  # for an initial conference: its enquiry's start


@dataclass
class EpisodeCase:
    """One referral of a child as a case, with what the audit checks beside the rules."""

    case: Case
    plans: list[PlanDates]
    targets: list[tuple[date, date]]  # (strategy discussion, recorded InitialCPCtarget)
    enquiries: list[Enquiry] = field(default_factory=list)
    recorded: list[Recorded] = field(default_factory=list)

    def recorded_end(self, day: date) -> tuple[bool, date | None]:
        """(whether a recorded plan was in force on `day`, its recorded end)."""
        plan = max((p for p in self.plans if p.start <= day), key=lambda p: p.start,
                   default=None)
        return (plan is not None, plan.end if plan else None)


@dataclass
class ChildCases:
    child: str
    episodes: list[EpisodeCase] = field(default_factory=list)
    problems: list[dict[str, Any]] = field(default_factory=list)


class _Reader:
    def __init__(self, child: str, as_of: date) -> None:
        self.child = child
        self.as_of = as_of
        self.problems: list[dict[str, Any]] = []

    def problem(self, element: str, value: Any, why: str) -> None:
        text = None if value is None else str(value)
        if text is not None and len(text) > MAX_VALUE_SHOWN:  # a short excerpt, not the lot
            text = text[:MAX_VALUE_SHOWN] + "…"
        self.problems.append({"child": self.child, "element": element, "value": text,
                              "problem": why})

    def date(self, element: str, text: str | None, planned: bool = False) -> date | None:
        """A date the record gives; one after the audit date only if it is `planned` (a
        target), since an event after it cannot have happened yet."""
        if text is None:
            return None
        day = _calendar_date(text)
        if isinstance(day, str):
            self.problem(element, text, day)
            return None
        if day > self.as_of and not planned:
            self.problem(element, text, f"after the audit date {self.as_of}; not used")
            return None
        return day

    def flag(self, element: str, text: str | None) -> bool | None:
        if text is None:
            return None
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        self.problem(element, text, "expected true or false (or 1 or 0); not used")
        return None


@lru_cache(maxsize=4096)
def _calendar_date(text: str) -> date | str:
    """The date `text` gives, else why it gives none: a census repeats the same few hundred
    dates over its children, each read once here."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return "expected a date as YYYY-MM-DD; not used"
    if not EARLIEST <= day <= LATEST:
        return f"expected a date from {EARLIEST} to {LATEST}; not used"
    return day


class _PlanPlaces(NamedTuple):
    """Where the n-th ChildProtectionPlans of a CINdetails gives each date, as a problem
    names it."""

    plan: str
    start: str
    end: str
    review: str


class _EnquiryPlaces(NamedTuple):
    """Where the n-th Section47 of a CINdetails gives each date and flag."""

    start: str
    conference: str
    target: str
    not_required: str


# The places are made once for each number (a record has one or two of each element, and
# tens of thousands of records name them), not once a record.
@lru_cache(maxsize=256)
def _plan_places(n: int) -> _PlanPlaces:
    where = f"CINdetails/ChildProtectionPlans[{n}]"
    return _PlanPlaces(where, f"{where}/CPPstartDate", f"{where}/CPPendDate",
                       f"{where}/Reviews/CPPreviewDate")


@lru_cache(maxsize=256)
def _enquiry_places(n: int) -> _EnquiryPlaces:
    where = f"CINdetails/Section47[{n}]"
    return _EnquiryPlaces(f"{where}/S47ActualStartDate", f"{where}/DateOfInitialCPC",
                          f"{where}/InitialCPCtarget", f"{where}/ICPCnotRequired")


def _plans(read: _Reader, episode: Episode) -> list[PlanDates]:
    plans = []
    for n, plan in enumerate(episode.plans, start=1):
        places = _plan_places(n)
        start_text = plan.get("CPPstartDate")
        start = read.date(places.start, start_text)  # type: ignore[arg-type]
        if start is None:
            if start_text is None:
                read.problem(places.start, None, "missing; the plan is not audited")
            continue
        end = read.date(places.end, plan.get("CPPendDate"))  # type: ignore[arg-type]
        if end is not None and end < start:
            read.problem(places.end, end, f"before the plan's start {start}; not used")
            end = None
        reviews = []
        for text in plan["CPPreviewDate"]:  # type: ignore[union-attr]
            review = read.date(places.review, text or None)
            if review is None:
                if not text:
                    read.problem(places.review, text, "empty; not used")
            elif review < start:
                read.problem(places.review, review, f"before the plan's start {start}; not used")
            elif end is not None and review > end:
                read.problem(places.review, review, f"after the plan's end {end}; not used")
            else:
                reviews.append(review)
        plans.append(PlanDates(start, end, sorted(set(reviews)), places.plan))
    return plans


_DAY = itemgetter(0)  # of an event as (day, name, outcome)


@lru_cache(maxsize=2**16)
def _event(name: str, day: date, outcome: str | None, index: int) -> Event:
    """The event: one for each (name, day, outcome, index), shared by the cases that have it
    (an Event is frozen, and nothing changes its attributes): a census repeats the same few
    hundred dates, and an Event takes longer to make than the rest of its reading."""
    return Event(name, day, {} if outcome is None else {"outcome": outcome}, index)


def _episode_case(read: _Reader, episode: Episode, number: int, authority: str,
                  child: dict[str, Any], died: date | None) -> EpisodeCase:
    events: list[tuple[date, str, str | None]] = []  # (day, name, outcome)
    conferences: dict[date, str | None] = {}  # each initial conference's day: its outcome
    targets = []
    enquiries = []
    recorded = []
    for n, s47 in enumerate(episode.section_47, start=1):
        places = _enquiry_places(n)
        start_text = s47.get("S47ActualStartDate")
        start = read.date(places.start, start_text)
        if start is None and start_text is None:
            read.problem(places.start, None, "missing; the enquiry's initial conference cannot "
                         "be timed")
        conference = read.date(places.conference, s47.get("DateOfInitialCPC"))
        target = read.date(places.target, s47.get("InitialCPCtarget"), planned=True)
        flag_text = s47.get("ICPCnotRequired")
        not_required = read.flag(places.not_required, flag_text)
        if flag_text is None:
            read.problem(places.not_required, None, "missing (the census requires it); a "
                         "conference is taken to be required")
        if start is not None:
            events.append((start, "strategy_discussion", None))
            if not_required:
                events.append((start, "section_47_outcome", "no_significant_harm"))
            if target is not None:
                targets.append((start, target))
            if conference is not None and conference < start:
                read.problem(places.conference, conference,
                             f"before the enquiry's start {start}")
        if conference is not None:
            if not_required:
                read.problem(places.conference, conference,
                             "a conference is recorded although ICPCnotRequired is true")
            conferences.setdefault(conference, None)
            recorded.append(Recorded("initial_conference", places.conference, conference,
                                     start))
        enquiries.append(Enquiry(start, conference))
    icpc = read.date("CINdetails/DateOfInitialCPC", episode.initial_conference)
    if icpc is not None:
        if icpc not in conferences:  # the same conference as a Section47's, when on its day
            recorded.append(Recorded("initial_conference", "CINdetails/DateOfInitialCPC", icpc))
        conferences.setdefault(icpc, None)

    plans = _plans(read, episode)
    for plan in plans:
        recorded.append(Recorded("plan", f"{plan.where}/CPPstartDate", plan.start))
        recorded += [Recorded("review_conference", f"{plan.where}/Reviews/CPPreviewDate",
                              review) for review in plan.reviews]
        if plan.start not in conferences:
            read.problem("CINdetails/ChildProtectionPlans/CPPstartDate", plan.start,
                         "no DateOfInitialCPC on the plan's start date; the plan is taken to "
                         "have been made by an initial conference on that date")
        conferences[plan.start] = "plan"
        for review in plan.reviews:
            outcome = "end_plan" if review == plan.end else "continue_plan"
            events.append((review, "review_conference", outcome))
    events += [(day, "initial_conference", outcome) for day, outcome in conferences.items()]
    if died is not None:
        events.append((died, "died", None))
    events.sort(key=_DAY)
    case = Case(
        reference=read.child,
        authority=authority,
        as_of=read.as_of,
        child=child,
        events=tuple([_event(name, day, outcome, index)
                      for index, (day, name, outcome) in enumerate(events)]),
        source=f"CINdetails[{number}]",
    )
    return EpisodeCase(case, plans, targets, enquiries, recorded)


def read_unexplained_ends(episode: EpisodeCase, states: list[StatePeriod]
                          ) -> tuple[EpisodeCase, list[dict[str, Any]]] | None:
    """The episode with each recorded plan end that is on no review's date, and that the
    rules (given the states they found) do not explain, read as a review conference that
    ended the plan; None when every end is explained."""
    ends = []
    for plan in episode.plans:
        if plan.end is None or plan.end in plan.reviews:
            continue
        ended_by_rules = any(p.state == PLAN_STATE and p.holds_on(plan.start)
                             and p.end is not None and p.end <= plan.end for p in states)
        if not ended_by_rules:
            ends.append(plan.end)
    if not ends:
        return None
    case = episode.case
    events = sorted([*case.events, *(Event("review_conference", end, {"outcome": "end_plan"})
                                     for end in ends)], key=lambda e: e.date)
    renumbered = tuple(dataclasses.replace(e, index=i) for i, e in enumerate(events))
    problems = [{"child": case.reference, "element": "CINdetails/ChildProtectionPlans/CPPendDate",
                 "value": end.isoformat(), "problem": "no CPPreviewDate on the plan's end date; "
                 "read as the review conference that ended the plan"} for end in ends]
    return dataclasses.replace(episode, case=dataclasses.replace(case, events=renumbered)
                               ), problems


def child_cases(record: ChildRecord, authority: str, as_of: date) -> ChildCases:
    """The child's referrals as cases under `authority`, and what could not be used."""
    identifiers = record.identifiers
    child_id = identifiers.get("LAchildID")
    read = _Reader(child_id or f"Child[{record.position}]", as_of)
    if child_id is None:
        read.problem("ChildIdentifiers/LAchildID", None,
                     f"missing; the child is named by its position ({read.child})")
    for element, text in record.stray_text:
        read.problem(element, text, "text where the schema allows none; not used")
    child: dict[str, Any] = {}
    born = read.date("ChildIdentifiers/PersonBirthDate", identifiers.get("PersonBirthDate"))
    if born is not None:
        child["born"] = born
    expected = read.date("ChildIdentifiers/ExpectedPersonBirthDate",
                         identifiers.get("ExpectedPersonBirthDate"), planned=True)
    if expected is not None:
        child["expected_birth"] = expected
    died = read.date("ChildIdentifiers/PersonDeathDate", identifiers.get("PersonDeathDate"))
    if died is not None and born is not None and died < born:
        read.problem("ChildIdentifiers/PersonDeathDate", died, f"before the birth {born}; "
                     "not used")
        died = None
    result = ChildCases(read.child)
    for number, episode in enumerate(record.episodes, start=1):
        result.episodes.append(_episode_case(read, episode, number, authority, child, died))
    result.problems = read.problems
    return result

