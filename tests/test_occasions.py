"""Which conference each event belongs to, which conferences were held, and the episodes that
scope "first" and "latest" (occasions.py), on small cases written out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from cpkb.case import Case
from cpkb.errors import InputError
from cpkb.occasions import CaseEvent, Occasions
from cpkb.project import Project


def _case(project: Project, *events: dict, as_of: str = "2027-12-31") -> Case:
    return project.read_case({"case": "O", "authority": "bolton", "as_of": as_of,
                              "events": list(events)}, "test", date(2027, 12, 31))


def _occasions(project: Project, *events: dict) -> Occasions:
    return Occasions(_case(project, *events).events, project.vocabulary)


def _named(occasions: Occasions, name: str) -> list[CaseEvent]:
    return [e for e in occasions.events if e.name == name]


def test_a_report_belongs_to_the_next_conference_and_minutes_to_the_latest(project) -> None:
    o = _occasions(project,
                   {"event": "initial_conference", "date": "2027-01-15", "outcome": "plan"},
                   {"event": "conference_report", "date": "2027-04-01"},
                   {"event": "minutes_completed", "date": "2027-02-01"},
                   {"event": "review_conference", "date": "2027-04-12",
                    "outcome": "continue_plan"},
                   {"event": "minutes_completed", "date": "2027-04-20"})
    icpc, review = _named(o, "initial_conference")[0], _named(o, "review_conference")[0]
    report = _named(o, "conference_report")[0]
    first_minutes, review_minutes = _named(o, "minutes_completed")
    assert report.occasion == review.seq
    assert first_minutes.occasion == icpc.seq
    assert review_minutes.occasion == review.seq
    assert {(link.event.name, link.how) for link in o.links} == {
        ("conference_report", "assumed"), ("minutes_completed", "assumed")}
    assert next(link for link in o.links if link.event is report).why == (
        "the next conference on or after its date")


def test_for_names_the_conference_and_the_report_says_it_was_given(project) -> None:
    o = _occasions(project,
                   {"event": "initial_conference", "date": "2027-01-15", "id": "icpc"},
                   {"event": "review_conference", "date": "2027-04-12"},
                   {"event": "minutes_amendments", "date": "2027-04-20", "for": "icpc"})
    amendments = _named(o, "minutes_amendments")[0]
    assert amendments.occasion == _named(o, "initial_conference")[0].seq
    assert o.links[0].how == "given" and o.links[0].why == "for: icpc"


def test_a_report_of_a_kind_goes_to_the_next_conference_of_that_kind(project) -> None:
    o = _occasions(project,
                   {"event": "conference_report", "date": "2027-01-10",
                    "conference": "review_conference"},
                   {"event": "initial_conference", "date": "2027-01-15"},
                   {"event": "review_conference", "date": "2027-04-12"})
    assert _named(o, "conference_report")[0].occasion == _named(o, "review_conference")[0].seq


def test_an_event_with_no_conference_says_so(project) -> None:
    o = _occasions(project, {"event": "minutes_completed", "date": "2027-02-01"})
    assert _named(o, "minutes_completed")[0].occasion is None
    assert o.links[0].how == "none"
    assert o.links[0].why == "no conference is on or before its date"


@pytest.mark.parametrize("outcome, stage, held", [
    ("plan", "initial", True), ("no_plan", "initial", True),
    ("continue_plan", "review", True), ("end_plan", "review", True),
])
def test_a_reconvened_conference_takes_the_stage_of_its_outcome(project, outcome, stage,
                                                               held) -> None:
    o = _occasions(project, {"event": "reconvened_conference", "date": "2027-03-01",
                             "outcome": outcome})
    event = o.events[0]
    assert (event.stage, event.held) == (stage, held)


def test_without_such_an_outcome_it_takes_the_stage_of_the_conference_it_reconvenes(
        project) -> None:
    o = _occasions(project,
                   {"event": "initial_conference", "date": "2027-01-15", "outcome": "plan"},
                   {"event": "review_conference", "date": "2027-04-12",
                    "outcome": "stood_down"},
                   {"event": "reconvened_conference", "date": "2027-04-26",
                    "outcome": "stood_down"},
                   {"event": "reconvened_conference", "date": "2027-05-03"})
    stood_down, reconvened = _named(o, "reconvened_conference")
    assert (stood_down.stage, stood_down.held) == ("review", False)
    assert (reconvened.stage, reconvened.held) == ("review", True)
    assert _named(o, "review_conference")[0].held is False


def test_the_last_strategy_discussion_is_the_last_of_its_enquiry(project) -> None:
    o = _occasions(project,
                   {"event": "strategy_discussion", "date": "2026-11-02"},
                   {"event": "strategy_discussion", "date": "2026-11-09"},
                   {"event": "initial_conference", "date": "2026-11-20", "outcome": "plan"},
                   {"event": "strategy_discussion", "date": "2027-03-01"},
                   {"event": "section_47_outcome", "date": "2027-03-08",
                    "outcome": "no_significant_harm"},
                   {"event": "strategy_discussion", "date": "2027-06-01"})
    found = [(e.event.date.isoformat(), e.episode, e.first, e.latest)
             for e in _named(o, "strategy_discussion")]
    assert found == [("2026-11-02", 1, True, False), ("2026-11-09", 1, False, True),
                     ("2027-03-01", 2, True, True), ("2027-06-01", 3, True, True)]
    assert _named(o, "section_47_outcome")[0].episode == 2


def test_a_conference_stood_down_does_not_end_the_enquiry(project) -> None:
    o = _occasions(project,
                   {"event": "strategy_discussion", "date": "2027-01-04"},
                   {"event": "initial_conference", "date": "2027-01-20",
                    "outcome": "stood_down"},
                   {"event": "strategy_discussion", "date": "2027-01-25"})
    assert [e.episode for e in _named(o, "strategy_discussion")] == [1, 1]


def test_the_first_review_is_the_first_held_after_the_initial_conference(project) -> None:
    o = _occasions(project,
                   {"event": "initial_conference", "date": "2027-01-15", "outcome": "plan"},
                   {"event": "review_conference", "date": "2027-04-01",
                    "outcome": "stood_down"},
                   {"event": "reconvened_conference", "date": "2027-04-12",
                    "outcome": "continue_plan"},
                   {"event": "review_conference", "date": "2027-10-01",
                    "outcome": "continue_plan"})
    reconvened = _named(o, "reconvened_conference")[0]
    later = _named(o, "review_conference")[1]
    assert reconvened.first and not later.first
    assert not _named(o, "review_conference")[0].first  # stood down: not in the series


def test_for_must_name_a_conference_of_the_case(project) -> None:
    with pytest.raises(InputError, match="no event has the id 'nope'"):
        _case(project, {"event": "minutes_completed", "date": "2027-02-01", "for": "nope"})
    with pytest.raises(InputError, match="expected the id of a conference"):
        _case(project, {"event": "strategy_discussion", "date": "2027-01-01", "id": "sd"},
              {"event": "minutes_completed", "date": "2027-02-01", "for": "sd"})
    with pytest.raises(InputError, match="belongs to no conference"):
        _case(project, {"event": "initial_conference", "date": "2027-01-01", "id": "c"},
              {"event": "strategy_discussion", "date": "2027-02-01", "for": "c"})
    with pytest.raises(InputError, match=r"events\[1\].id: the id 'c' is already given"):
        _case(project, {"event": "initial_conference", "date": "2027-01-01", "id": "c"},
              {"event": "review_conference", "date": "2027-02-01", "id": "c"})
