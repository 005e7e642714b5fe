"""The plan as a state made of decisions (states.py), and how duties are graded against it
and against their own occasion (grading.py)."""

from __future__ import annotations

from datetime import date

from cpkb.case import Case, Event
from cpkb.findings import Decided, Origin
from cpkb.occasions import Occasions
from cpkb.project import Project
from cpkb.rulebook import Citation, Decision, Rule
from cpkb.states import periods


def _rule(rule_id: str) -> Rule:
    return Rule(id=rule_id, authority="bolton", title=rule_id, modality="will",
                sources=(Citation("bolton/intro/1", "A Conference"),), when=(), unless=(),
                effect=Decision("child_protection_plan", True))


def _decided(project: Project, value: bool, day: date, event: str, rule: str = "r"
             ) -> Decided:
    """A plan decision made at a conference of that name on that day."""
    case = Case("S", "bolton", date(2030, 1, 1), {}, (Event(event, day, {"outcome": "plan"}),))
    conference = Occasions(case.events, project.vocabulary).events[0]
    return Decided(_rule(rule), "child_protection_plan", value, day,
                   Origin(event, day, conference), conference)


def _periods(project: Project, *decisions: Decided) -> list[tuple[date, date | None]]:
    state = project.vocabulary.states["child_protection_plan"]
    return [(p.start, p.end) for p in periods(state, decisions, project.vocabulary)]


D = date


def test_a_plan_runs_from_the_conference_that_makes_it_to_the_decision_that_ends_it(
        project: Project) -> None:
    assert _periods(project,
                    _decided(project, True, D(2027, 1, 15), "initial_conference"),
                    _decided(project, True, D(2027, 4, 12), "review_conference"),
                    _decided(project, False, D(2027, 10, 1), "review_conference"),
                    ) == [(D(2027, 1, 15), D(2027, 10, 1))]


def test_a_review_keeps_a_plan_but_does_not_make_one_after_it_ended(project: Project) -> None:
    assert _periods(project,
                    _decided(project, True, D(2027, 1, 15), "initial_conference"),
                    _decided(project, False, D(2027, 4, 12), "review_conference"),
                    _decided(project, True, D(2027, 6, 1), "review_conference"),
                    _decided(project, True, D(2027, 9, 1), "initial_conference"),
                    ) == [(D(2027, 1, 15), D(2027, 4, 12)), (D(2027, 9, 1), None)]


def test_a_case_that_begins_with_a_review_keeping_the_plan_begins_mid_plan(
        project: Project) -> None:
    assert _periods(project, _decided(project, True, D(2027, 4, 12), "review_conference")
                    ) == [(D(2027, 4, 12), None)]


def test_rules_disagreeing_on_one_occasion_let_the_change_take_effect(
        project: Project) -> None:
    assert _periods(project,
                    _decided(project, True, D(2027, 1, 15), "initial_conference"),
                    _decided(project, True, D(2027, 4, 12), "review_conference", "policy"),
                    _decided(project, False, D(2027, 4, 12), "review_conference", "outcome"),
                    ) == [(D(2027, 1, 15), D(2027, 4, 12))]


def test_an_end_when_no_plan_is_in_force_ends_nothing(project: Project) -> None:
    assert _periods(project, _decided(project, False, D(2027, 1, 15), "initial_conference")
                    ) == []


def _report(project: Project, *events: dict, as_of: str, child: dict | None = None) -> dict:
    case = project.read_case({"case": "G", "authority": "bolton", "as_of": as_of,
                              "child": child or {}, "events": list(events)},
                             "test", date(2030, 1, 1))
    return project.report(case)


def test_a_duty_that_lasts_while_the_plan_does_ends_with_it(project: Project) -> None:
    report = _report(project,
                     {"event": "initial_conference", "date": "2027-01-15", "outcome": "plan"},
                     {"event": "died", "date": "2027-02-01"},
                     as_of="2027-06-01")
    first_review = next(d for d in report["duties"] if d["duty"] == "first_review_conference")
    assert (first_review["status"], first_review["ended_on"]) == ("ended", "2027-02-01")


def test_a_state_ending_after_the_as_of_date_ends_nothing_yet(project: Project) -> None:
    report = _report(project,
                     {"event": "initial_conference", "date": "2027-01-15", "outcome": "plan"},
                     as_of="2027-02-01", child={"born": "2009-03-01"})
    first_review = next(d for d in report["duties"] if d["duty"] == "first_review_conference")
    assert first_review["status"] == "open"
    assert report["states"] == [{
        "state": "child_protection_plan", "from": "2027-01-15", "to": "2027-03-01",
        "started_by": "bolton.plan.decide", "ended_by": "bolton.discontinuing.no_review_needed",
        "end_upcoming": True}]


def test_events_after_the_as_of_date_are_not_used(project: Project) -> None:
    report = _report(project,
                     {"event": "strategy_discussion", "date": "2027-01-04"},
                     {"event": "initial_conference", "date": "2027-01-20", "outcome": "plan",
                      "id": "icpc"},
                     as_of="2027-01-10")
    assert report["not_used"] == [{"event": "initial_conference", "date": "2027-01-20",
                                   "id": "icpc",
                                   "why": "after the evaluation date 2027-01-10"}]
    icpc = next(d for d in report["duties"] if d["duty"] == "initial_conference")
    assert (icpc["status"], icpc["fulfilled_on"]) == ("open", None)
    assert not [d for d in report["decisions"] if d["decision"] == "child_protection_plan"]


def test_a_report_after_its_conference_counts_only_for_the_conference_it_names(
        project: Project) -> None:
    report = _report(project,
                     {"event": "initial_conference", "date": "2027-01-15", "outcome": "plan",
                      "id": "icpc"},
                     {"event": "conference_report", "date": "2027-01-18", "for": "icpc",
                      "author": "police"},
                     {"event": "review_conference", "date": "2027-04-12",
                      "outcome": "continue_plan"},
                     as_of="2027-06-01")
    reports = [d for d in report["duties"] if d["duty"] == "conference_report"
               and d["rule"] == "bolton.reports.lead_time"]
    assert [(d["trigger"]["date"], d["status"], d.get("item", {}).get("date"))
            for d in reports] == [("2027-01-15", "late", "2027-01-18")]
