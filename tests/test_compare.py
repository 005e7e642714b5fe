"""`cpkb compare` shows where the five procedures differ, with citations."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from cpkb.cli import main
from cpkb.compare import (
    AGREE,
    CONTRADICTS,
    DIFFER,
    ONE_SAYS,
    OTHER,
    Comparison,
    as_json,
    by_stage,
    compare_case,
    compare_rules,
    summary,
)
from cpkb.files import read_data
from cpkb.project import Project
from cpkb.timescales import load_stages

HOME = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def typed(project: Project) -> Comparison:
    return compare_rules(project)


@pytest.fixture(scope="module")
def comparison(typed: Comparison) -> dict:
    """As `cpkb compare --format json` prints it."""
    return as_json(typed)


def _row(comparison: dict, name: str, section: str = "rows") -> dict:
    return next(r for r in comparison[section] if r["name"] == name)


def _says(row: dict, authority: str) -> set[tuple[str, str]]:
    return {(e["says"], e["starts_from"]) for e in row["authorities"][authority]}


def test_what_starts_the_initial_conference_clock_differs(comparison: dict) -> None:
    row = _row(comparison, "initial_conference")
    assert row["differs"]
    assert ("15 working days", "the latest strategy discussion") in _says(row, "bolton")
    assert ("15 working days", "the conference notification") in _says(
        row, "hammersmith-fulham")
    assert {s for s, _ in _says(row, "wiltshire")} == {"no number of days is given"}
    assert "derby-derbyshire" in row["silent"]
    bolton = row["authorities"]["bolton"][0]
    assert bolton["source"]["paragraph"] == "bolton/initial/timing/3"
    assert bolton["source"]["quote"].startswith(
        "Consequently all Initial Child Protection Case Conferences")
    aspects = {d["aspect"]: d["by_authority"] for d in row["differences"]}
    assert aspects["what it runs from"]["bolton"] == ["the latest strategy discussion"]
    assert "derby-derbyshire" not in aspects["the period"]  # silence is no difference


def test_report_lead_times_before_initial_and_review_conferences(comparison: dict) -> None:
    row = _row(comparison, "conference_report")
    assert ("24 hours before", "the review stage conference") in _says(row, "bolton")
    assert ("5 days before", "the review conference") in _says(row, "hammersmith-fulham")
    assert ("2 days before", "the initial conference") in _says(row, "hammersmith-fulham")


def test_the_family_copies_of_reports_are_lined_up(comparison: dict) -> None:
    """F19: the copy to the family, one topic: Hammersmith & Fulham 2 days before an initial
    conference, 5 working days (the social worker) and 5 days (others) before a review;
    the Guide for Social Workers 2 working days; Derby and Bolton no date of their own."""
    row = _row(comparison, "Reports shared with the family before the conference", "topics")
    family = _row(comparison, "social_care_report_to_family")
    assert ("2 working days before", "the initial conference") in _says(family, "sw-guide")
    assert ("5 working days before", "the review conference") in _says(
        family, "hammersmith-fulham")
    assert ("5 days before", "the review conference") in _says(
        _row(comparison, "conference_report_to_family"), "hammersmith-fulham")
    assert {a for a, es in row["authorities"].items() if es} == {
        "bolton", "derby-derbyshire", "sw-guide", "hammersmith-fulham"}
    assert row["silent"] == ["wiltshire"]


def test_the_pre_birth_conferences_are_lined_up(comparison: dict) -> None:
    """F20: Wiltshire's consideration of a pre-birth conference is no silence."""
    row = _row(comparison, "Conferences about an unborn child", "topics")
    assert row["silent"] == ["sw-guide"]
    assert row["authorities"]["wiltshire"]
    derby = {e["starts_from"] for e in row["authorities"]["derby-derbyshire"]}
    assert derby == {"the child's expected birth", "the child's birth"}


def test_the_first_review_differs_only_in_its_force(comparison: dict) -> None:
    """F21: all give 3 months from the plan made at the initial conference; compare says so."""
    row = _row(comparison, "first_review_conference")
    assert {d["aspect"] for d in row["differences"]} == {"the modality"}
    assert row["differs"] and row["verdict"] == DIFFER


def test_core_group_frequency_and_minutes_timescales(comparison: dict) -> None:
    core = _row(comparison, "core_group_meeting")
    assert ("6 weeks", "the core group meeting") in _says(core, "bolton")
    assert ("28 days", "the core group meeting") in _says(core, "sw-guide")
    minutes = _row(comparison, "minutes_completed")
    assert {s for s, _ in _says(minutes, "bolton")} == {"15 working days"}
    assert {s for s, _ in _says(minutes, "sw-guide")} == {"11 working days"}
    assert minutes["differs"] and core["differs"]


def test_the_age_from_which_a_child_is_expected_to_attend(comparison: dict) -> None:
    row = _row(comparison, "The age from which a child is expected to attend the conference",
               "topics")
    hammersmith = " ".join(e["says"] for e in row["authorities"]["hammersmith-fulham"])
    assert "when the child is aged 12 or over" in hammersmith
    derby = row["authorities"]["derby-derbyshire"][0]
    assert "secondary school age" in derby["source"]["quote"]
    assert row["differs"]


def test_a_document_that_contradicts_itself_is_marked(comparison: dict) -> None:
    row = _row(comparison, "first_child_protection_visit")
    assert set(row["contradictions"]["sw-guide"]) == {
        "sw-guide.plan.visit_within_48_hours", "sw-guide.visits.first_within_2_working_days"}
    assert "bolton" not in row["contradictions"]
    assert _row(comparison, "child_protection_plan")["contradictions"] == {}


def test_a_conference_stood_down_and_one_deferred_are_no_contradiction(comparison: dict) -> None:
    """Bolton re-convenes a conference stood down "at the earliest opportunity" and a
    deferred one "within 3 months": both run from a conference, but not from the same one."""
    row = _row(comparison, "reconvened_conference")
    quoracy, deferment = (next(e for e in row["authorities"]["bolton"] if e["rule"] == rule)
                          for rule in ("bolton.quoracy.reconvene", "bolton.deferment.reconvene"))
    assert quoracy["starts_from"] == deferment["starts_from"] == "the conference"
    assert (quoracy["condition"], deferment["condition"]) == (
        "with the outcome stood down", "with the outcome deferred")
    assert row["contradictions"] == {}


def test_one_case_under_every_procedure(project: Project) -> None:
    path = HOME / "examples" / "sw-guide-plan-and-visits.yaml"
    case = project.read_case(read_data(path), path, date(2027, 1, 1))
    result = compare_case(project, case)
    assert sorted(result["reports"]) == sorted(project.kb.documents)
    assert "sw-guide" in result["note"] and "ignored" in result["note"]
    assert result["reports"]["sw-guide"]["conflicts"]
    visits = result["duties"]["first_child_protection_visit"]
    assert len(visits["sw-guide"]) == 2 and visits["bolton"] == []


def test_compare_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"]
    assert main(["compare", str(HOME / "examples" / "bolton-split-vote.yaml")]) == 0
    out = capsys.readouterr().out
    assert "under every procedure" in out and "| initial_conference |" in out


def test_the_initial_conference_differs_in_period_start_and_force(typed: Comparison) -> None:
    """Bolton 15 working days from the latest strategy discussion (should); Hammersmith &
    Fulham 15 working days from the notification (must); Wiltshire no number (must, and
    should on a professional's request); Derby and sw-guide silent, and no part of it."""
    row = typed.row("initial_conference")
    assert row.verdict == DIFFER and row.silent == ["derby-derbyshire", "sw-guide"]
    said = {d.aspect: dict(d.by_authority) for d in row.differences}
    assert said["the period"] == {"bolton": ("15 working days",),
                                  "hammersmith-fulham": ("15 working days",),
                                  "wiltshire": ("no number of days is given",)}
    assert said["the modality"] == {"bolton": ("should",), "hammersmith-fulham": ("must",),
                                    "wiltshire": ("must", "should")}
    assert said["what it runs from"]["hammersmith-fulham"] == ("the conference notification",)


def test_one_authority_alone_is_no_difference(typed: Comparison, comparison: dict) -> None:
    """Bolton alone re-convenes a conference (three rules, stood down or deferred); the
    others are silent: only one authority says, and none contradicts itself."""
    row = typed.row("reconvened_conference")
    assert row.verdict == ONE_SAYS and row.differences == () and row.contradictions == ()
    assert len(row.silent) == 4
    assert _row(comparison, "reconvened_conference")["verdict"] == "only one authority says"
    assert not _row(comparison, "reconvened_conference")["differs"]
    assert not _row(comparison, "advocacy_consent_sought")["differs"]  # sw-guide's alone


def test_the_first_visit_is_a_contradiction(typed: Comparison) -> None:
    row = typed.row("first_child_protection_visit")
    assert row.verdict == CONTRADICTS
    assert [(a, {e.rule for e in es}) for a, es in row.contradictions] == [("sw-guide", {
        "sw-guide.plan.visit_within_48_hours", "sw-guide.visits.first_within_2_working_days"})]


def test_the_summary_counts_each_row_once(typed: Comparison) -> None:
    rows = [typed.row(n) for n in ("initial_conference", "reconvened_conference",
                                   "first_child_protection_visit", "first_review_conference")]
    assert summary(rows) == {AGREE: 0, DIFFER: 2, ONE_SAYS: 1, CONTRADICTS: 1}
    everything = summary((*typed.rows, *typed.topics))
    assert sum(everything.values()) == len(typed.rows) + len(typed.topics)


def test_every_stage_line_is_under_its_stage(project: Project, typed: Comparison) -> None:
    sections = by_stage(project, typed)
    for stage, section in zip(load_stages(project), sections, strict=False):
        assert section.title == stage.title
        assert [r.title for r in section.rows] == [line.title for line in stage.lines]
    # Every rule is on a row of a stage or of OTHER (the topics' own rows aside); a rule for
    # any conference is on the initial and the review lines both.
    topic_titles = {t.name for t in typed.topics}
    placed = {e.rule for section in sections for row in section.rows
              if row.name not in topic_titles for c in row.cells for e in c.entries}
    assert placed == {r.id for r in project.rulebook.rules
                      if r.effect_kind in ("duty", "decision")}
    titles = [s.title for s in sections]
    assert titles[len(load_stages(project))] == OTHER
