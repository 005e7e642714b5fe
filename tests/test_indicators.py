"""The national indicators and what the audit could not assess, on a census written here,
each expected figure worked out by hand from the calendar (England and Wales bank holidays:
27 May 2024, 26 August 2024, 25 and 26 December 2024, 1 January 2025)."""

from __future__ import annotations

import json
import statistics
import xml.etree.ElementTree as ElementTree
from datetime import date, timedelta
from pathlib import Path

import holidays
import pytest
from dateutil.relativedelta import relativedelta

from cpkb.audit import Assessed, not_assessed
from cpkb.calendar import working_days_between
from cpkb.case import Case
from cpkb.census_events import EpisodeCase, PlanDates, Recorded
from cpkb.census_generator import Settings, write_census
from cpkb.cli import main
from cpkb.indicators import band, collection_year, reviews_on_time

AS_OF = "2025-03-31"  # the census end date: the collection year is 1 April 2024 to this


@pytest.mark.parametrize("start, end, days", [
    ("2024-05-01", "2024-05-01", 0),   # a conference on the enquiry's first day
    ("2024-05-24", "2024-05-28", 1),   # Fri; Sat, Sun, bank holiday Mon; Tue is the 1st
    ("2024-12-16", "2025-01-09", 15),  # 17-20, 23, 24, 27, 30, 31 Dec (9), 2, 3, 6-9 Jan
    ("2024-12-16", "2025-01-10", 16),
    ("2024-08-01", "2024-09-02", 21),  # 26 August is a bank holiday
])
def test_working_days_from_enquiry_to_conference(start: str, end: str, days: int) -> None:
    assert working_days_between(date.fromisoformat(start), date.fromisoformat(end)) == days


@pytest.mark.parametrize("days, expected", [(0, "0-10"), (10, "0-10"), (11, "11-15"),
                                            (15, "11-15"), (16, "16-20"), (20, "16-20"),
                                            (21, "21+")])
def test_the_published_bands(days: int, expected: str) -> None:
    assert band(days) == expected


def test_the_collection_year_ends_on_the_reference_date() -> None:
    assert collection_year(date(2025, 3, 31)) == (date(2024, 4, 1), date(2025, 3, 31))


@pytest.mark.parametrize("start, reviews, on_time", [
    ("2024-06-10", ["2024-09-10", "2025-03-10"], True),   # 3 months, then 6, to the day
    ("2024-06-10", ["2024-09-11"], False),                # the first a day late
    ("2024-10-01", [], False),                            # first review due 1 Jan 2025: overdue
    ("2024-11-30", ["2025-02-28"], True),                 # 3 months on is 28 February
    ("2024-06-10", ["2024-09-10", "2025-03-11"], False),  # the second a day late
])
def test_reviews_on_time(start: str, reviews: list[str], on_time: bool) -> None:
    plan = PlanDates(date.fromisoformat(start), None, [date.fromisoformat(r) for r in reviews])
    assert reviews_on_time(plan, date.fromisoformat(AS_OF)) is on_time


def _child(child_id: str, *details: str) -> str:
    return (f"<Child><ChildIdentifiers><LAchildID>{child_id}</LAchildID>"
            "<PersonBirthDate>2015-01-01</PersonBirthDate></ChildIdentifiers>"
            + "".join(details) + "</Child>")


def _enquiry(start: str | None, conference: str | None) -> str:
    inner = (f"<S47ActualStartDate>{start}</S47ActualStartDate>" if start else "") + (
        f"<DateOfInitialCPC>{conference}</DateOfInitialCPC>" if conference else "")
    return f"<Section47>{inner}</Section47>"


def _referral(*parts: str, conference: str | None = None) -> str:
    icpc = f"<DateOfInitialCPC>{conference}</DateOfInitialCPC>" if conference else ""
    return ("<CINdetails><CINreferralDate>2024-01-02</CINreferralDate>" + icpc + "".join(parts)
            + "</CINdetails>")


def _plan(start: str, reviews: list[str], end: str | None = None) -> str:
    ended = f"<CPPendDate>{end}</CPPendDate>" if end else ""
    held = "".join(f"<CPPreviewDate>{r}</CPPreviewDate>" for r in reviews)
    return (f"<ChildProtectionPlans><CPPstartDate>{start}</CPPstartDate>{ended}"
            f"<Reviews>{held}</Reviews></ChildProtectionPlans>")


CENSUS = ("<Message><Header><CollectionDetails><ReferenceDate>" + AS_OF +
          "</ReferenceDate></CollectionDetails><Source><LEA>350</LEA></Source></Header><Children>"
          + _child("A", _referral(_enquiry("2024-12-16", "2025-01-09"),   # 15 working days
                                  _enquiry("2024-10-10", "2024-10-09")))  # before its enquiry
          + _child("B", _referral(_enquiry("2024-05-01", "2024-05-01"),   # 0
                                  _enquiry("2024-05-24", "2024-05-28")))  # 1
          + _child("C", _referral(_enquiry("2024-08-01", "2024-09-02"),   # 21
                                  _enquiry("2024-12-16", "2025-01-10"),   # 16
                                  _enquiry("2024-03-01", "2024-03-28"),   # before the year
                                  _enquiry(None, "2024-07-01")))          # no start: untimed
          # plans, each made at a conference recorded at referral level (no enquiry): none of
          # them counts in the first indicator
          + _child("P1", _referral(_plan("2024-06-10", ["2024-09-10", "2025-03-10"]),
                                   conference="2024-06-10"))  # on time
          + _child("P2", _referral(_plan("2024-06-10", ["2024-09-11"]),
                                   conference="2024-06-10"))  # first review a day late
          + _child("P3", _referral(_plan("2025-01-15", []),
                                   conference="2025-01-15"))  # under 3 months: not counted
          + _child("P4", _referral(_plan("2024-10-01", []),
                                   conference="2024-10-01"))  # first review overdue
          + _child("P5", _referral(_plan("2024-01-05", ["2024-04-05"], end="2025-02-01"),
                                   conference="2024-01-05"))  # ended: not counted
          + _child("P6", _referral(_plan("2024-11-30", ["2025-02-28"]),
                                   conference="2024-11-30"))  # on time
          + "</Children></Message>")


@pytest.fixture
def audited(tmp_path: Path, capsys) -> dict:
    path = tmp_path / "census.xml"
    path.write_text(CENSUS, encoding="utf-8")
    assert main(["audit", str(path), "--quiet"]) == 0
    return json.loads(capsys.readouterr().out)


def test_initial_conferences_within_15_working_days(audited: dict) -> None:
    icpc = audited["summary"]["indicators"]["icpc_within_15_working_days"]
    # durations 0, 1, 15, 16, 21 and one conference before its enquiry
    assert {k: v for k, v in icpc.items() if k != "england"} == {
        "conferences": 6, "before_enquiry": 1,
        "bands": {"0-10": 2, "11-15": 1, "16-20": 1, "21+": 1},
        "within_15": 3, "share_within_15": 0.5,
        "median": 15, "quartiles": [1.0, 15.0, 16.0],  # inclusive quartiles of 0 1 15 16 21
    }
    england = icpc["england"]
    assert (england["conferences"], england["within_15"], england["median"]) == (72_100, 58_670, 14)
    assert sum(england["bands"].values()) == 72_090  # published rounded to the nearest 10
    assert "table C4" in england["source"]


def test_plans_reviewed_within_timescales(audited: dict) -> None:
    # P1, P2, P4, P6 on a plan for 3 months or more at the end date; P1 and P6 on time
    assert audited["summary"]["indicators"]["plans_reviewed_within_timescales"] == {
        "children": 4, "within": 2, "share": 0.5}


def test_what_could_not_be_assessed_is_counted(audited: dict) -> None:
    children = {c["child"]: c for c in audited["children"]}
    whys = {(n["element"], n["date"]): n["why"] for n in children["C"]["not_assessed"]}
    assert whys == {
        ("CINdetails/Section47[4]/DateOfInitialCPC", "2024-07-01"):
            "its Section47 has no usable S47ActualStartDate to time it from"}
    assert [(n["element"], n["date"]) for n in children["A"]["not_assessed"]] == [
        ("CINdetails/Section47[2]/DateOfInitialCPC", "2024-10-09")]
    # a plan's conference recorded at referral level cannot be timed, but the plan and its
    # reviews are assessed (Bolton's first review runs from the conference that made it)
    assert [n["element"] for n in children["P1"]["not_assessed"]] == [
        "CINdetails/DateOfInitialCPC"]
    summary = audited["summary"]["not_assessed"]
    # A: 1, C: 1 (the conference of 2024-03-28 has a start: it is assessed, late or met),
    # P1-P6: their referral-level conferences
    assert summary == {"total": 8, "initial_conference": 8, "plan": 0, "review_conference": 0}


def test_the_indicators_in_csv_and_markdown(tmp_path: Path, capsys) -> None:
    path = tmp_path / "census.xml"
    path.write_text(CENSUS, encoding="utf-8")
    assert main(["audit", str(path), "--quiet", "--format", "csv"]) == 0
    rows = [line.split(",") for line in capsys.readouterr().out.splitlines()]
    figures = {r[2]: r[4] for r in rows if r[1] == "indicator"}
    assert figures["icpc_within_15_working_days.bands.11-15"] == "1"
    assert figures["icpc_within_15_working_days.quartiles"] == "1 15 16"
    assert figures["plans_reviewed_within_timescales.share"] == "0.5"
    unassessed = next(r for r in rows if r[0] == "C" and r[1] == "not_assessed")
    assert unassessed[:6] == ["C", "not_assessed", "CINdetails/Section47[4]/DateOfInitialCPC",
                              "", "", "2024-07-01"]
    assert main(["audit", str(path), "--quiet", "--format", "markdown"]) == 0
    markdown = capsys.readouterr().out
    assert "| within 15 | 3 (50.0%) | 58670 (81.4%) |" in markdown
    assert "| 16-20 working days | 1 | 6430 |" in markdown
    assert "of the 4 children subject of a plan at the audit date for at least 3 months, 2 " \
           "(50.0%) had every review on time" in markdown


def test_the_fake_samples_conferences_are_not_assessed_rather_than_silent(capsys) -> None:
    # 350 DateOfInitialCPC at referral level, no Section47 at all: 6 are after the audit date
    # (problems), the other 344 could not be timed, and say so
    sample = Path(__file__).parent / "data" / "cin-census" / "sample-d2i-fake_CIN_data.xml"
    assert main(["audit", str(sample), "--authority", "bolton", "--quiet"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["duties"] == {}
    assert report["summary"]["not_assessed"] == {
        "total": 344, "initial_conference": 344, "plan": 0, "review_conference": 0}
    assert report["summary"]["problems"] == 6
    assert {(n["element"], n["why"]) for c in report["children"] for n in c["not_assessed"]} == {
        ("CINdetails/DateOfInitialCPC", "no initial-conference duty of bolton's procedure runs "
         "from what the census records of this referral (recorded at referral level, not in a "
         "Section47 enquiry)")}


def test_an_authority_with_no_deadline_the_census_evidences_lists_everything(capsys,
                                                                              tmp_path: Path
                                                                              ) -> None:
    path = tmp_path / "census.xml"
    path.write_text(CENSUS, encoding="utf-8")
    assert main(["audit", str(path), "--authority", "derby-derbyshire", "--quiet"]) == 0
    report = json.loads(capsys.readouterr().out)
    # 8 conferences with a Section47 (A 2, B 2, C 4), 6 at referral level; 6 plans; 5 reviews
    # (P1 2, P2 1, P5 1, P6 1)
    assert report["summary"]["not_assessed"] == {
        "total": 25, "initial_conference": 14, "plan": 6, "review_conference": 5}
    whys = {n["why"] for c in report["children"] for n in c["not_assessed"]}
    assert whys == {"derby-derbyshire's procedure, as encoded, sets no deadline that the "
                    "census can evidence"}


def test_a_missing_icpc_not_required_is_the_childs_problem(audited: dict) -> None:
    # the census requires ICPCnotRequired in every Section47; this census gives none
    children = {c["child"]: c for c in audited["children"]}
    missing = [p for p in children["B"]["problems"]
               if p["element"].endswith("/ICPCnotRequired")]
    assert [(p["element"], p["value"]) for p in missing] == [
        ("CINdetails/Section47[1]/ICPCnotRequired", None),
        ("CINdetails/Section47[2]/ICPCnotRequired", None)]
    assert missing[0]["problem"] == ("missing (the census requires it); a conference is taken "
                                     "to be required")


def test_a_generated_census_gives_what_an_independent_count_gives(tmp_path: Path,
                                                                  capsys) -> None:
    """The indicators of a generated census against a count written here from the text of
    the definitions, with other tools: the standard library's XML parser, the `holidays`
    package itself (not cpkb's table) and dateutil's months (not cpkb's periods)."""
    path = tmp_path / "census.xml"
    with path.open("w", encoding="utf-8") as out:
        write_census(Settings(400, seed=11, late_share=0.3, missing_share=0.1), out)
    end = date(2025, 3, 31)  # the generator's reference date
    bank = holidays.country_holidays("GB", subdiv="ENG", years=range(2015, 2026))

    def working_days(start: date, day: date) -> int:
        return sum(1 for n in range(1, (day - start).days + 1)
                   if (d := start + timedelta(days=n)).weekday() < 5 and d not in bank)

    durations, on_plan, in_time = [], 0, 0
    for child in ElementTree.parse(path).getroot().iter("Child"):
        for s47 in child.iter("Section47"):
            start, held = s47.findtext("S47ActualStartDate"), s47.findtext("DateOfInitialCPC")
            if start and held and date(2024, 4, 1) <= date.fromisoformat(held) <= end:
                durations.append(working_days(date.fromisoformat(start),
                                              date.fromisoformat(held)))
        for plan in child.iter("ChildProtectionPlans"):
            begun = date.fromisoformat(plan.findtext("CPPstartDate") or "")
            if plan.findtext("CPPendDate") or begun + relativedelta(months=3) > end:
                continue
            on_plan += 1
            due, ok = begun + relativedelta(months=3), True
            for review in sorted(date.fromisoformat(r.text or "")
                                 for r in plan.iter("CPPreviewDate")):
                ok = ok and review <= due
                due = review + relativedelta(months=6)
            in_time += ok and end <= due
    bands = {"0-10": sum(d <= 10 for d in durations),
             "11-15": sum(11 <= d <= 15 for d in durations),
             "16-20": sum(16 <= d <= 20 for d in durations),
             "21+": sum(d >= 21 for d in durations)}

    assert main(["audit", str(path), "--quiet"]) == 0
    indicators = json.loads(capsys.readouterr().out)["summary"]["indicators"]
    icpc = indicators["icpc_within_15_working_days"]
    assert durations and on_plan  # the census has something to count
    assert (icpc["conferences"], icpc["bands"], icpc["median"]) == (
        len(durations), bands, statistics.median(durations))
    assert indicators["plans_reviewed_within_timescales"]["children"] == on_plan
    assert indicators["plans_reviewed_within_timescales"]["within"] == in_time


def test_why_a_conference_was_not_assessed(tmp_path: Path, capsys) -> None:
    # Hammersmith & Fulham's 15 working days run from the conference's notification, which a
    # census does not hold: no duty runs from anything this referral records
    path = tmp_path / "census.xml"
    path.write_text(CENSUS, encoding="utf-8")
    assert main(["audit", str(path), "--authority", "hammersmith-fulham", "--quiet"]) == 0
    report = json.loads(capsys.readouterr().out)
    b = next(c for c in report["children"] if c["child"] == "B")
    assert {n["why"] for n in b["not_assessed"]} == {
        "no initial-conference duty of hammersmith-fulham's procedure runs from what the "
        "census records of this referral"}
    # The d2i sample: its Section47 conference of 17 June 2022 met Bolton's duty (due 24 June,
    # 15 working days from the start on 2 June); the referral-level one of 6 December did not
    sample = Path(__file__).parent / "data" / "cin-census" / "sample-d2i-CIN_Census_2024.xml"
    assert main(["audit", str(sample), "--authority", "bolton", "--quiet"]) == 0
    report = json.loads(capsys.readouterr().out)
    [item] = [n for c in report["children"] for n in c["not_assessed"]]
    assert (item["element"], item["date"], item["why"]) == (
        "CINdetails/DateOfInitialCPC", "2022-12-06",
        "another conference met each initial-conference duty of the referral")


def test_what_each_duty_assesses_of_the_record() -> None:
    """A conference is assessed by the initial-conference duty it did, a plan by the first
    review running from its start, a review by the review duty it did or the next one
    running from it; a date alone, of another kind of duty, assesses nothing."""
    icpc, plan, first, second, later = (date(2024, 5, d) for d in (2, 3, 20, 27, 30))
    recorded = [
        Recorded("initial_conference", "S47/DateOfInitialCPC", icpc, date(2024, 4, 15)),
        Recorded("initial_conference", "CINdetails/DateOfInitialCPC", first),  # a review's day
        Recorded("plan", "CPP/CPPstartDate", plan),
        Recorded("plan", "CPP[2]/CPPstartDate", second),  # a review's day, no first review
        Recorded("review_conference", "Reviews/CPPreviewDate", first),  # did the first review
        Recorded("review_conference", "Reviews/CPPreviewDate", second),  # the next runs from it
        Recorded("review_conference", "Reviews/CPPreviewDate", later),  # neither
    ]
    duties = [Assessed("initial_conference", "strategy_discussion", date(2024, 4, 15), icpc),
              Assessed("first_review_conference", "initial_conference", plan, first),
              Assessed("review_conference", "review_conference", second, None)]
    episode = EpisodeCase(Case("C", "bolton", date(2024, 6, 30), {}, ()), [], [],
                          recorded=recorded)
    assert [(n["element"], n["date"]) for n in not_assessed(episode, duties, "bolton", True)
            ] == [("CINdetails/DateOfInitialCPC", "2024-05-20"),
                  ("CPP[2]/CPPstartDate", "2024-05-27"),
                  ("Reviews/CPPreviewDate", "2024-05-30")]
