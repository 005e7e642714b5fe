"""The bundled example cases evaluate, and between them show every duty and decision name
of the report contract that each authority's text supports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cpkb.files import read_data
from cpkb.project import Project

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.yaml"))

# The contract's names (docs/report.md) that the Bolton procedure gives rules for.
# Bolton sets no times for child protection visits, transfer-in reports or post-birth
# reviews, so those names come from other authorities.
BOLTON_DUTIES = {
    "initial_conference", "first_review_conference", "review_conference",
    "first_core_group_meeting", "core_group_meeting", "decision_circulated",
    "minutes_completed", "minutes_shared", "split_decision_referral",
    "missing_child_conference", "transfer_in_conference", "reconvened_conference",
    "pre_birth_conference", "conference_report",
}
BOLTON_DECISIONS = {"quorate", "child_protection_plan", "plan_ends_without_review_conference"}


def _reports(project: Project, authority: str) -> list[dict]:
    reports = []
    for path in EXAMPLES:
        data = read_data(path)
        if data["authority"] == authority:
            reports.append(project.report(project.read_case(data, path, date(2027, 1, 1))))
    return reports


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_each_example_evaluates(project: Project, path: Path) -> None:
    report = project.report(project.read_case(read_data(path), path, date(2027, 1, 1)))
    assert report["duties"] or report["decisions"]


def test_bolton_examples_show_every_supported_duty_and_decision(project: Project) -> None:
    reports = _reports(project, "bolton")
    duties = {d["duty"] for r in reports for d in r["duties"]}
    decisions = {d["decision"] for r in reports for d in r["decisions"]}
    assert duties >= BOLTON_DUTIES, BOLTON_DUTIES - duties
    assert decisions >= BOLTON_DECISIONS, BOLTON_DECISIONS - decisions


# Every duty and decision name of the report contract (docs/report.md).
CONTRACT = BOLTON_DUTIES | BOLTON_DECISIONS | {
    "first_child_protection_visit", "child_protection_visit", "transfer_in_report",
    "post_birth_review_conference",
}


@pytest.mark.parametrize("authority", ["bolton", "wiltshire", "derby-derbyshire", "sw-guide",
                                       "hammersmith-fulham"])
def test_each_authority_has_examples_showing_every_contract_name_its_rules_give(
    project: Project, authority: str
) -> None:
    supported = CONTRACT & {r.effect_name for r in project.rules_for(authority)}
    reports = _reports(project, authority)
    shown = {d["duty"] for r in reports for d in r["duties"]} | {
        d["decision"] for r in reports for d in r["decisions"]}
    assert reports, f"no example case for {authority}"
    assert supported <= shown, supported - shown


def test_bolton_rules_support_those_names_and_no_other_contract_name(project: Project) -> None:
    produced = {r.effect_name for r in project.rules_for("bolton")}
    assert produced >= BOLTON_DUTIES | BOLTON_DECISIONS
    assert not produced & {"first_child_protection_visit", "child_protection_visit",
                           "transfer_in_report", "post_birth_review_conference"}
