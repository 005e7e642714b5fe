"""The key timescales (cpkb.timescales): each cell made from its rules, silence shown as
silence, differences and self-contradictions said, every timed duty on a line, the CSV the
same table."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from cpkb.compare import compare_rules
from cpkb.errors import InputError
from cpkb.project import Project
from cpkb.site import TIMESCALES_CSV, TIMESCALES_PAGE, build_site
from cpkb.timescales import (
    CSV_COLUMNS,
    NOT_STATED,
    Timescales,
    build,
    csv_text,
    load_stages,
    unplaced,
)

INITIAL = "Hold the initial child protection conference"


@pytest.fixture(scope="module")
def table(project: Project) -> Timescales:
    return build(project, ["ICPC", "RCPC"])


def _cell(table: Timescales, title: str, authority: str):
    return next(c for c in table.row(title).cells if c.authority == authority)


def test_bolton_initial_conference_cell_is_built_from_its_rule(table: Timescales) -> None:
    (entry,) = _cell(table, INITIAL, "bolton").entries
    assert entry.rule == "bolton.icpc.timing"
    assert (entry.says, entry.runs_from, entry.modality) == (
        "15 working days", "the latest strategy discussion", "should")
    assert entry.words == "15 working days from the latest strategy discussion - should"


def test_an_authority_with_no_rule_for_a_line_is_not_stated(table: Timescales) -> None:
    row = table.row("Tell the Quality Assurance Team Manager of a child who moved in")
    stated = [c.authority for c in row.cells if c.entries]
    assert stated == ["bolton"]
    assert {c.words for c in row.cells if not c.entries} == {NOT_STATED}
    # One authority's rule against four silences: no difference.
    assert row.differences == ""


def test_a_line_whose_authorities_differ_says_how(table: Timescales) -> None:
    row = table.row(INITIAL)
    assert "the period (15 working days: Bolton, Hammersmith & Fulham; no number of days is " \
           "given: Wiltshire)" in row.differences
    assert "the conference notification: Hammersmith & Fulham" in row.differences
    assert "should: Bolton; must: Hammersmith & Fulham" in row.differences
    assert "Derby" not in row.differences and "sw-guide" not in row.differences
    agreeing = table.row("Hold the first review conference")
    assert "the period" not in agreeing.differences
    assert "the modality (must: Bolton, Hammersmith & Fulham; will: sw-guide, Wiltshire)" \
        in agreeing.differences


def test_the_sw_guide_first_visit_is_the_one_self_contradiction(
    table: Timescales, project: Project
) -> None:
    (found,) = table.contradictions
    assert found.authority == "sw-guide"
    assert {e.rule for e in found.entries} == {"sw-guide.plan.visit_within_48_hours",
                                               "sw-guide.visits.first_within_2_working_days"}
    assert {e.says for e in found.entries} == {"48 hours", "2 working days"}
    # The comparison finds it too.
    compared = compare_rules(project).row("first_child_protection_visit")
    assert compared.contradictions == (("sw-guide", found.entries),)


def test_every_rule_giving_a_duty_a_period_is_on_a_line(project: Project) -> None:
    assert unplaced(project, load_stages(project)) == []


def test_a_timed_duty_on_no_line_is_caught_and_shown(project_copy: Path) -> None:
    stages = project_copy / "rules" / "stages.yaml"
    text = stages.read_text(encoding="utf-8")
    kept = "\n".join(line for line in text.split("\n")
                     if "missing_child_conference" not in line
                     and "Hold a conference after a child subject to a plan goes missing"
                     not in line)
    stages.write_text(kept, encoding="utf-8")
    project = Project(project_copy)
    assert [r.id for r in unplaced(project, load_stages(project))] == ["bolton.missing.conference"]
    page = build_site(project_copy).pages[TIMESCALES_PAGE]
    assert "## Not yet on a line" in page and "rules/bolton.missing.conference.md" in page


def test_a_line_naming_no_duty_is_refused(project_copy: Path) -> None:
    stages = project_copy / "rules" / "stages.yaml"
    stages.write_text(stages.read_text(encoding="utf-8").replace(
        "duty: icpc_consultation", "duty: icpc_consultaton"), encoding="utf-8")
    with pytest.raises(InputError, match="no such duty in the vocabulary: icpc_consultaton"):
        load_stages(Project(project_copy))


def test_the_csv_has_the_pages_cells(table: Timescales) -> None:
    lines = list(csv.DictReader(io.StringIO(csv_text(table))))
    assert tuple(lines[0]) == CSV_COLUMNS
    bolton = [x for x in lines if x["timescale"] == INITIAL and x["authority"] == "Bolton"]
    assert [(x["says"], x["rule"], x["modality"]) for x in bolton] == [
        ("15 working days from the latest strategy discussion - should", "bolton.icpc.timing",
         "should")]
    derby = [x for x in lines if x["timescale"] == INITIAL
             and x["authority"] == "Derby and Derbyshire"]
    assert [(x["says"], x["rule"]) for x in derby] == [(NOT_STATED, "")]
    # One line per rule of a cell, one for a cell with none: every cell of the table.
    cells = [(row.title, table.authorities[c.authority], words)
             for row in table.rows for c in row.cells
             for words in [e.words for e in c.entries] or [NOT_STATED]]
    assert sorted((x["timescale"], x["authority"], x["says"]) for x in lines) == sorted(cells)


def test_the_page_links_each_cell_to_its_rule_and_offers_the_csv(project: Project) -> None:
    site = build_site(project.home)
    page = site.pages[TIMESCALES_PAGE]
    assert ("[15 working days from the latest strategy discussion - should]"
            "(rules/bolton.icpc.timing.md)") in page
    assert f"]({TIMESCALES_CSV})" in page
    assert site.downloads[TIMESCALES_CSV].startswith(",".join(CSV_COLUMNS))
    # Plain words only: no code name of a duty or an event, no "latest is yes".
    shown = re.sub(r"\]\([^)]*\)", "]", page.split("## Before the initial conference")[1])
    assert "`" not in shown and "latest is" not in shown and "is yes" not in shown
    assert not re.findall(r"\b[a-z0-9]+_[a-z0-9_]+\b", shown)
