"""A synthetic CIN census: any number of children with consistent histories, a chosen share
of late and missing events, and the list of the breaches planted in it.

Each child's history runs in order: a strategy discussion starts a section 47 enquiry
(S47ActualStartDate), an initial conference follows (DateOfInitialCPC), most conferences
make a plan (CPPstartDate on the conference's date), reviews follow while the plan lasts
(CPPreviewDate), and the plan ends at a review (CPPendDate) or at the child's 18th birthday.
Each timed event is late with probability `late_share` and missing (never held) with
probability `missing_share`; a missing event ends the history there.

The deadlines planted against are those of Bolton's procedure (initial conference within
15 working days of the strategy discussion, first review within 3 months of it, further
reviews within 6 months of the previous one, the plan ending at 18): `breaches` lists, per
child, each duty that the audit must find late or overdue, and nothing else is one.
The file is valid against the census schema.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape
from typing import IO, Any

from cpkb.calendar import Period, add_years

INITIAL = Period.parse("15 working days")
FIRST_REVIEW = Period.parse("3 months")
FURTHER_REVIEW = Period.parse("6 months")
LEA = "350"  # Bolton, whose deadlines the breaches are planted against


@dataclass
class Settings:
    children: int
    seed: int
    late_share: float = 0.1
    missing_share: float = 0.05
    reference_date: date = date(2025, 3, 31)


@dataclass
class _Child:
    id: str
    born: date
    strategy: date
    target: date
    conference: date | None = None
    plan_start: date | None = None
    plan_end: date | None = None
    reviews: list[date] = field(default_factory=list)
    not_required: bool = False


def _timed(rng: random.Random, settings: Settings, due: date,
           earliest: date) -> tuple[date | None, str | None]:
    """When a duty due on `due` was done: (date, breach) with breach None, 'late' or
    'overdue'. A date after the reference date was not yet done."""
    roll = rng.random()
    if roll < settings.missing_share:
        when = None
    elif roll < settings.missing_share + settings.late_share:
        when = due + timedelta(days=rng.randint(1, 40))
    else:
        when = max(earliest, due - timedelta(days=rng.randint(0, max((due - earliest).days, 0))))
    if when is not None and when > settings.reference_date:
        when = None
    if when is None:
        return None, "overdue" if settings.reference_date > due else None
    return when, "late" if when > due else None


def _child(rng: random.Random, settings: Settings, n: int,
           breaches: list[dict[str, Any]]) -> _Child:
    ref = settings.reference_date
    strategy = ref - timedelta(days=rng.randint(20, 900))
    # Mostly children of any age; some turn 18 while on the plan.
    age_days = rng.randint(200, 17 * 365) if rng.random() > 0.05 else 18 * 365 - rng.randint(
        100, 300)
    born = strategy - timedelta(days=age_days)
    child = _Child(f"SYN{n:07d}", born, strategy, INITIAL.after(strategy))

    def breach(duty: str, due: date, status: str | None) -> None:
        if status:
            breaches.append({"child": child.id, "duty": duty, "due": due.isoformat(),
                             "status": status})

    if rng.random() < 0.05:  # the enquiry found no conference needed: no duty follows
        child.not_required = True
        return child
    due = child.target
    child.conference, status = _timed(rng, settings, due, strategy + timedelta(1))
    breach("initial_conference", due, status)
    if child.conference is None or rng.random() < 0.15:  # no plan made
        return child
    child.plan_start = start = child.conference
    eighteen = add_years(born, 18)  # as the rules read a 29 February birthday
    reviews_before_end = rng.randint(2, 5)
    previous, period, duty = start, FIRST_REVIEW, "first_review_conference"
    while True:
        due = period.after(previous)
        if due >= eighteen:
            # The plan ends at 18, without a review; no review falls due while it lasts.
            # On time is on the birthday itself: an earlier end with no review on its date
            # would read as a review conference ending the plan.
            end, status = _timed(rng, settings, eighteen, eighteen)
            breach("plan_ends_without_review_conference", eighteen, status)
            child.plan_end = end
            return child
        review, status = _timed(rng, settings, due, previous + timedelta(1))
        if review is not None and review >= eighteen:
            # Not held before the 18th birthday, when the plan should have ended: the review
            # is overdue, and the plan is still open (below).
            review, status = None, "overdue"
        breach(duty, due, status)
        if review is None:
            if ref > eighteen:
                # The plan still open at the audit date past the 18th birthday: reviews due
                # after it ended with the plan, and the end is overdue.
                breach("plan_ends_without_review_conference", eighteen, "overdue")
            return child
        child.reviews.append(review)
        if len(child.reviews) >= reviews_before_end:
            child.plan_end = review
            return child
        previous, period, duty = review, FURTHER_REVIEW, "review_conference"


def _xml_child(child: _Child) -> str:
    lines = [
        "<Child><ChildIdentifiers>",
        f"<LAchildID>{escape(child.id, quote=False)}</LAchildID>",
        f"<PersonBirthDate>{child.born}</PersonBirthDate>",
        "<GenderCurrent>1</GenderCurrent></ChildIdentifiers>",
        "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>",
        "<CINdetails>",
        f"<CINreferralDate>{child.strategy - timedelta(days=3)}</CINreferralDate>",
        "<ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>",
        "<Section47>",
        f"<S47ActualStartDate>{child.strategy}</S47ActualStartDate>",
        f"<InitialCPCtarget>{child.target}</InitialCPCtarget>",
    ]
    if child.conference:
        lines.append(f"<DateOfInitialCPC>{child.conference}</DateOfInitialCPC>")
    lines.append(f"<ICPCnotRequired>{str(child.not_required).lower()}</ICPCnotRequired>")
    lines.append("</Section47><ReferralNFA>false</ReferralNFA>")
    if child.plan_start:
        lines.append(f"<ChildProtectionPlans><CPPstartDate>{child.plan_start}</CPPstartDate>")
        if child.plan_end:
            lines.append(f"<CPPendDate>{child.plan_end}</CPPendDate>")
        lines.append("<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>"
                     "<LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>"
                     "<NumberOfPreviousCPP>1</NumberOfPreviousCPP>")
        if child.reviews:
            lines.append("<Reviews>" + "".join(f"<CPPreviewDate>{r}</CPPreviewDate>"
                                               for r in child.reviews) + "</Reviews>")
        lines.append("</ChildProtectionPlans>")
    lines.append("</CINdetails></Child>")
    return "".join(lines) + "\n"


def write_census(settings: Settings, out: IO[str]) -> list[dict[str, Any]]:
    """Write the census to `out`, child by child; the breaches planted in it."""
    rng = random.Random(settings.seed)
    breaches: list[dict[str, Any]] = []
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<Message><Header><CollectionDetails>'
              f"<Collection>CIN</Collection><Year>{settings.reference_date.year}</Year>"
              f"<ReferenceDate>{settings.reference_date}</ReferenceDate></CollectionDetails>"
              f"<Source><SourceLevel>L</SourceLevel><LEA>{LEA}</LEA>"
              "<SoftwareCode>cpkb generate census</SoftwareCode><Release>1</Release>"
              "<SerialNo>001</SerialNo></Source></Header>\n<Children>\n")
    for n in range(1, settings.children + 1):
        out.write(_xml_child(_child(rng, settings, n, breaches)))
    out.write("</Children></Message>\n")
    return breaches
