"""The one step vocabulary for every authority's scenarios (features/<authority>/*.feature).

A scenario builds a case file in memory, evaluates it through the same public API as
`cpkb evaluate` (Project.read_case and Project.report) and checks the report:

    Given a bolton case
    And the child was born on 2014-03-02
    And a strategy discussion on 2026-12-01
    And an initial conference on 2026-12-18 with outcome plan
    And an initial conference on 2026-12-18 with:
      | outcome  | plan                                 |
      | agencies | children_social_care, police, health |
      | votes    | plan 3, no_plan 3                    |
    And a conference report on 2026-12-16 with author police and for icpc
    When the case is evaluated on 2027-01-15
    Then the duty initial_conference is due on 2026-12-22
    And the duty initial_conference is met
    And the duty conference_report for the conference report on 2026-12-16 is met
    And the decision plan_ends_without_review_conference is upcoming on 2032-03-02
    And the child is subject of a child protection plan from 2026-12-18
    And the strategy discussion on 2027-02-01 is not used
    And the decision quorate is false
    And the decision statutory_responsibility is referring_authority
    And there is no duty first_core_group_meeting
    And there is no requirement lead_professional_appointed

Event words are the event names with spaces ("initial conference" is initial_conference);
`id X` names an event, and `for X` says which conference an event belongs to.
Duty, decision and requirement names are written as in the report. Where a scenario is
tagged @rule:<id>, the Then steps look first at entries produced by the tagged rules, so a
passing scenario shows that its rule, not another, produced the result; a failing one prints
every entry of that name with its rule and paragraph.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from cpkb.project import Project

DATE = r"(?P<day>\d{4}-\d{2}-\d{2})"
NAME = r"(?P<name>[a-z0-9_]+)"


def pytest_bdd_apply_tag(tag: str, function):
    """@rule:<id> becomes pytest.mark.rule("<id>"), so that --strict-markers accepts it."""
    if tag.startswith("rule:"):
        return pytest.mark.rule(tag.split(":", 1)[1])(function)
    return None


def pytest_configure(config: pytest.Config) -> None:
    # pytest-bdd writes --cucumberjson only into a folder that exists.
    target = config.getoption("cucumber_json_path", None)
    if target:
        Path(target).parent.mkdir(parents=True, exist_ok=True)


@pytest.fixture(scope="session")
def project() -> Project:
    return Project.locate()


class Scenario:
    """The case a scenario builds, and the report once it is evaluated."""

    def __init__(self, rules: list[str]) -> None:
        self.rules = rules
        self.case: dict[str, Any] = {"case": "SCENARIO", "events": [], "child": {}}
        self.report: dict[str, Any] | None = None

    def entries(self, section: str, key: str, name: str) -> list[dict[str, Any]]:
        """The report's entries of that name, produced by the scenario's tagged rules (by any
        rule when it has no tag)."""
        assert self.report is not None, "the case has not been evaluated (missing When step)"
        found = [e for e in self.report[section] if e[key] == name]
        return [e for e in found if e["rule"] in self.rules] if self.rules else found

    def describe(self, section: str) -> str:
        assert self.report is not None
        lines = [
            f"  {e.get('duty') or e.get('decision') or e.get('requirement')}: "
            + ", ".join(f"{k}={e[k]}" for k in ("due", "status", "value", "fulfilled_on")
                        if k in e)
            + f"  [{e['rule']} citing {e['source']['paragraph']}]"
            for e in self.report[section]
        ]
        return f"{section} in the report:\n" + ("\n".join(lines) or "  (none)")


@pytest.fixture
def scenario(request: pytest.FixtureRequest) -> Scenario:
    return Scenario([m.args[0] for m in request.node.iter_markers("rule")])


def _value(project: Project, event: str, attribute: str, text: str) -> Any:
    """An attribute value written in a step, converted by the vocabulary's type for it."""
    spec = project.vocabulary.events[event].attributes.get(attribute)
    text = text.strip()
    if spec is None:
        return text  # unknown attributes are left for the case reader to reject
    if spec.type in ("list", "agencies", "requirements"):
        return [part.strip() for part in text.split(",") if part.strip()]
    if spec.type == "bool":
        words = {"true": True, "yes": True, "false": False, "no": False}
        assert text.lower() in words, f"{attribute}: expected true, yes, false or no, got {text!r}"
        return words[text.lower()]
    if spec.type == "int":
        return int(text)
    if spec.type == "votes":
        return {k: int(v) for k, v in re.findall(r"(no_plan|plan)\s+(\d+)", text)}
    return text


def _event_name(words: str) -> str:
    return words.strip().replace(" ", "_")


@given(parsers.re(r"an? (?P<authority>[a-z-]+) case"))
def a_case(scenario: Scenario, authority: str) -> None:
    scenario.case["authority"] = authority


@given(parsers.re(rf"the child was born on {DATE}"))
def child_born(scenario: Scenario, day: str) -> None:
    scenario.case["child"]["born"] = day


@given(parsers.re(rf"the child is expected to be born on {DATE}"))
def child_expected(scenario: Scenario, day: str) -> None:
    scenario.case["child"]["expected_birth"] = day


@given("the child is looked after")
def child_looked_after(scenario: Scenario) -> None:
    scenario.case["child"]["looked_after"] = True


@given(parsers.re(rf"the child has been looked after since {DATE}"))
def child_looked_after_from(scenario: Scenario, day: str) -> None:
    scenario.case["child"]["looked_after_from"] = day


@given(parsers.re(rf"an? (?P<words>[a-z0-9 ]+?) on {DATE} with:"))
def event_with_table(
    scenario: Scenario, project: Project, words: str, day: str, datatable: list[list[str]]
) -> None:
    name = _event_name(words)
    event: dict[str, Any] = {"event": name, "date": day}
    for attribute, value in datatable:
        event[attribute.strip()] = _value(project, name, attribute.strip(), value)
    scenario.case["events"].append(event)


@given(parsers.re(rf"an? (?P<words>[a-z0-9 ]+?) on {DATE}(?: with (?P<attributes>[^:]+))?$"))
def event(scenario: Scenario, project: Project, words: str, day: str,
          attributes: str | None) -> None:
    name = _event_name(words)
    event: dict[str, Any] = {"event": name, "date": day}
    for pair in (attributes or "").split(" and "):
        if pair.strip():
            attribute, _, value = pair.strip().partition(" ")
            event[attribute] = _value(project, name, attribute, value)
    scenario.case["events"].append(event)


@when(parsers.re(rf"the case is evaluated on {DATE}"))
def evaluated(scenario: Scenario, project: Project, day: str) -> None:
    scenario.case["as_of"] = day
    case = project.read_case(scenario.case, "scenario", date.fromisoformat(day))
    scenario.report = project.report(case)
    for entry in scenario.report["duties"] + scenario.report["decisions"]:
        # Every entry cites a paragraph that exists, with a quote that is verbatim in it.
        paragraph = project.kb.paragraph(entry["source"]["paragraph"])
        assert paragraph is not None and entry["source"]["quote"] in paragraph.text, entry


@then(parsers.re(rf"the duty {NAME} is due on {DATE}"))
def duty_due(scenario: Scenario, name: str, day: str) -> None:
    dues = [e["due"] for e in scenario.entries("duties", "duty", name)]
    assert day in dues, f"expected {name} due on {day}\n{scenario.describe('duties')}"


@then(parsers.re(rf"the duty {NAME} has no due date"))
def duty_undated(scenario: Scenario, name: str) -> None:
    entries = scenario.entries("duties", "duty", name)
    assert entries and all(e["due"] is None for e in entries), (
        f"expected {name} without a due date\n{scenario.describe('duties')}")


@then(parsers.re(rf"the duty {NAME} is (?P<status>met|late|overdue|open|early|ended)"
                 rf"(?: on {DATE})?$"))
def duty_status(scenario: Scenario, name: str, status: str, day: str | None) -> None:
    entries = scenario.entries("duties", "duty", name)
    if day:
        entries = [e for e in entries if e["due"] == day]
    assert entries and all(e["status"] == status for e in entries), (
        f"expected {name} {status}\n{scenario.describe('duties')}")


@then(parsers.re(rf"there is no duty {NAME}"))
def no_duty(scenario: Scenario, name: str) -> None:
    found = [e for e in scenario.report["duties"] if e["duty"] == name]
    assert not found, f"expected no {name}\n{scenario.describe('duties')}"


@then(parsers.re(rf"the decision {NAME} is (?P<value>[a-z0-9_-]+)(?: on {DATE})?$"))
def decision_value(scenario: Scenario, name: str, value: str, day: str | None) -> None:
    """true and false are the booleans; any other word is a text value such as wiltshire."""
    entries = scenario.entries("decisions", "decision", name)
    wanted: Any = {"true": True, "false": False}.get(value, value)
    matching = [e for e in entries
                if e["value"] == wanted and type(e["value"]) is type(wanted)
                and (day is None or e["date"] == day)]
    assert matching, f"expected {name} = {value}\n{scenario.describe('decisions')}"


@then(parsers.re(rf"there is no decision {NAME}"))
def no_decision(scenario: Scenario, name: str) -> None:
    found = [e for e in scenario.report["decisions"] if e["decision"] == name]
    assert not found, f"expected no {name}\n{scenario.describe('decisions')}"


@then(parsers.re(rf"the requirement {NAME} is (?P<status>met|not_recorded)"))
def requirement_status(scenario: Scenario, name: str, status: str) -> None:
    entries = scenario.entries("requirements", "requirement", name)
    assert entries and all(e["status"] == status for e in entries), (
        f"expected {name} {status}\n{scenario.describe('requirements')}")


# How many entries one name has: a duty graded for each report, a decision made at each
# conference, a requirement asked at each.
_COUNTED = {"duty": ("duties", "graded"), "decision": ("decisions", "made"),
            "requirement": ("requirements", "asked")}


@then(parsers.re(rf"the (?P<kind>duty|decision|requirement) {NAME} is "
                 r"(?P<verb>graded|made|asked) (?P<count>\d+) times?"))
def entry_count(scenario: Scenario, kind: str, name: str, verb: str, count: str) -> None:
    section, counted_as = _COUNTED[kind]
    assert verb == counted_as, f"a {kind} is {counted_as}, not {verb}"
    entries = scenario.entries(section, kind, name)
    assert len(entries) == int(count), (
        f"expected {count} entries for {name}\n{scenario.describe(section)}")


@then(parsers.re(rf"there is no requirement {NAME}"))
def no_requirement(scenario: Scenario, name: str) -> None:
    found = [e for e in scenario.report["requirements"] if e["requirement"] == name]
    assert not found, f"expected no {name}\n{scenario.describe('requirements')}"


@then(parsers.re(rf"a conflict is reported for the duty {NAME}"))
def conflict(scenario: Scenario, name: str) -> None:
    assert any(c["duty"] == name for c in scenario.report["conflicts"]), scenario.report[
        "conflicts"]


@then("no conflict is reported")
def no_conflict(scenario: Scenario) -> None:
    assert scenario.report["conflicts"] == [], scenario.report["conflicts"]



def _is(entry_ref: dict[str, Any] | None, name: str, day: str) -> bool:
    return bool(entry_ref) and entry_ref["event"] == name and entry_ref["date"] == day


@then(parsers.re(rf"the duty {NAME} for the (?P<words>[a-z0-9 ]+?) on {DATE} is "
                 rf"(?P<status>met|late|overdue|open|early|ended)$"))
def duty_for(scenario: Scenario, name: str, words: str, day: str, status: str) -> None:
    """The entries of the duty for one occasion: the item it grades (a report), else the
    conference it belongs to, else the event it runs from."""
    event = _event_name(words)
    entries = [e for e in scenario.entries("duties", "duty", name)
               if _is(e.get("item"), event, day) or _is(e.get("occasion"), event, day)
               or _is(e["trigger"], event, day)]
    assert entries and all(e["status"] == status for e in entries), (
        f"expected {name} for the {words} on {day} {status}\n{scenario.describe('duties')}")


@then(parsers.re(rf"the decision {NAME} is upcoming on {DATE}"))
def decision_upcoming(scenario: Scenario, name: str, day: str) -> None:
    entries = [e for e in scenario.entries("decisions", "decision", name)
               if e["date"] == day and e.get("upcoming") is True]
    assert entries, f"expected {name} upcoming on {day}\n{scenario.describe('decisions')}"


@then(parsers.re(rf"the decision {NAME} is in force on no day"))
def decision_not_in_force(scenario: Scenario, name: str) -> None:
    """Every entry of the decision is still to come."""
    entries = scenario.entries("decisions", "decision", name)
    assert all(e.get("upcoming") for e in entries), (
        f"expected {name} only as upcoming\n{scenario.describe('decisions')}")


@then(parsers.re(rf"the (?P<words>[a-z0-9 ]+?) on {DATE} is not used"))
def not_used(scenario: Scenario, words: str, day: str) -> None:
    assert scenario.report is not None
    event = _event_name(words)
    assert any(n["event"] == event and n["date"] == day for n in scenario.report["not_used"]), (
        scenario.report["not_used"])


@then(parsers.re(rf"the (?P<words>[a-z0-9 ]+?) on {DATE} is taken to belong to the "
                 rf"(?P<conference>[a-z0-9 ]+?) on (?P<conference_day>\d{{4}}-\d{{2}}-\d{{2}})"))
def linked(scenario: Scenario, words: str, day: str, conference: str,
           conference_day: str) -> None:
    assert scenario.report is not None
    event = _event_name(words)
    links = [link for link in scenario.report["links"]
             if link["event"] == event and link["date"] == day]
    assert links and all(_is(link["for"], _event_name(conference), conference_day)
                         for link in links), scenario.report["links"]


@then(parsers.re(rf"a conflict is reported for the decision {NAME}"))
def decision_conflict(scenario: Scenario, name: str) -> None:
    assert scenario.report is not None
    assert any(c.get("decision") == name for c in scenario.report["conflicts"]), (
        scenario.report["conflicts"])


@then(parsers.re(rf"the child is subject of a child protection plan from {DATE}"
                 rf"(?: to (?P<end>\d{{4}}-\d{{2}}-\d{{2}}))?$"))
def plan_state(scenario: Scenario, day: str, end: str | None) -> None:
    assert scenario.report is not None
    periods = [(s["from"], s["to"]) for s in scenario.report["states"]
               if s["state"] == "child_protection_plan"]
    assert (day, end) in periods, f"expected the plan from {day} to {end}; found {periods}"


@then("the child is never subject of a child protection plan")
def no_plan_state(scenario: Scenario) -> None:
    assert scenario.report is not None
    assert not [s for s in scenario.report["states"] if s["state"] == "child_protection_plan"], (
        scenario.report["states"])
