"""Plain wording (cpkb.plain): what a reader sees instead of the rules' code names."""

from __future__ import annotations

import re

import pytest

from cpkb.plain import Wording
from cpkb.project import Project

SNAKE_CASE = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")


@pytest.fixture(scope="module")
def wording(project: Project) -> Wording:
    return Wording(project.vocabulary, ["ICPC", "RCPC", "CPC"])


def _rule(project: Project, rule_id: str):
    rule = project.rulebook.rule(rule_id)
    assert rule is not None
    return rule


def test_the_latest_strategy_discussion(project: Project, wording: Wording) -> None:
    """bolton.icpc.timing: `strategy_discussion` with `latest: true`, a duty met by an
    `initial_conference_held`, "within 15 working days"."""
    plain = wording.describe(_rule(project, "bolton.icpc.timing"))
    assert plain.when.startswith("When the latest strategy discussion, unless there is ")
    assert plain.then == ("hold the initial child protection conference (should), done by "
                          "the initial conference")
    assert plain.by_when == "15 working days from the latest strategy discussion"


def test_an_event_named_by_what_happened_is_said_by_its_description(
    project: Project, wording: Wording
) -> None:
    """icpc_consultation_requested: the vocabulary's "the Social Worker requested a
    consultation with a duty conference chair ...", not "the ICPC consultation requested"."""
    start = wording.start(_rule(project, "sw-guide.consultation.within_2_working_days"))
    assert start.runs_from.startswith("when the Social Worker requested a consultation")
    transfer = wording.start(_rule(project, "bolton.discontinuing.receiving_authority_conference"))
    assert "notified" in transfer.runs_from and "_" not in transfer.runs_from


def test_outcomes_and_conditions_in_words(project: Project, wording: Wording) -> None:
    stood_down = wording.start(_rule(project, "bolton.quoracy.reconvene"))
    assert (stood_down.runs_from, stood_down.condition) == (
        "the conference", "with the outcome stood down")
    request = wording.start(_rule(project, "wiltshire.convening.professional_request_conference"))
    # `supported_by: present` and `evidence_child_not_at_risk: not true`, by their descriptions
    assert request.condition == (
        "with the senior manager or named or designated professional who supported the "
        "request recorded, where there is no evidence that the child is not at risk of or "
        "suffering significant harm")


def test_a_requirement_is_met_when_the_record_lists_it(project: Project,
                                                        wording: Wording) -> None:
    plain = wording.describe(_rule(project, "bolton.dissent.dissents_recorded"))
    assert plain.then == ("dissents recorded (will): met when the record of the conference "
                          "lists it as done")
    assert "shown met" not in plain.then


def test_no_code_names_in_any_authoritys_plain_text(project: Project, wording: Wording) -> None:
    """Every rule of every authority: no snake_case name, no "is yes", no "latest is"."""
    authorities = set()
    for rule in project.rulebook.rules:
        plain = wording.describe(rule)
        start = wording.start(rule)
        text = " | ".join((plain.when, plain.then, plain.by_when, start.runs_from,
                           start.condition, wording.said(rule)))
        assert not SNAKE_CASE.findall(text), (rule.id, text)
        assert "is yes" not in text and "latest is" not in text, (rule.id, text)
        authorities.add(rule.authority)
    assert authorities == set(project.kb.documents)
