"""Reading a case file: names checked against the vocabulary, and older names read as what
they now are."""

from __future__ import annotations

from datetime import date

import pytest

from cpkb.errors import InputError
from cpkb.project import Project


def _read(project: Project, *events: dict, authority: str = "bolton"):
    return project.read_case({"case": "C", "authority": authority, "events": list(events)},
                             "case.yaml", date(2027, 1, 1))


def test_an_unknown_task_in_done_is_refused_naming_its_place(project: Project) -> None:
    with pytest.raises(InputError) as error:
        _read(project, {"event": "initial_conference", "date": "2026-12-18",
                        "done": ["lead_professional_named", "lead_profesional_named"]})
    assert str(error.value) == (
        "case.yaml: events[0].done[1]: unknown requirement 'lead_profesional_named'; the "
        "names are listed under requirements in rules/vocabulary/")


def test_an_unknown_agency_is_refused(project: Project) -> None:
    with pytest.raises(InputError, match=r"events\[0\].agencies\[1\]: unknown agency 'polise'"):
        _read(project, {"event": "initial_conference", "date": "2026-12-18",
                        "agencies": ["children_social_care", "polise"]})
    with pytest.raises(InputError, match=r"events\[0\].author: expected an agency"):
        _read(project, {"event": "conference_report", "date": "2026-12-18", "author": "gp"})


def test_the_social_worker_is_read_as_their_agency(project: Project) -> None:
    case = _read(project, {"event": "conference_report", "date": "2026-12-18",
                           "author": "social_worker"})
    assert case.events[0].attributes["author"] == "children_social_care"


def test_an_older_event_name_is_read_as_the_event_it_now_is(project: Project) -> None:
    case = _read(project, {"event": "report_shared_with_family", "date": "2026-12-18",
                           "conference": "initial_conference"}, authority="sw-guide")
    event = case.events[0]
    assert event.name == "conference_report_to_family"
    assert event.attributes == {"conference": "initial_conference",
                                "author": "children_social_care"}
