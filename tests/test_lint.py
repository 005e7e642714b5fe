"""Each integrity check fails on a knowledge base broken in just that way."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cpkb.lint import lint
from cpkb.project import Project


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _problems(home: Path) -> list[str]:
    return lint(Project(home)).all_problems


def test_the_real_knowledge_base_has_no_problems_for_bolton(project: Project) -> None:
    result = lint(project)
    bolton = result.documents["bolton"]
    assert bolton.problems == []
    assert bolton.accounted_for == bolton.paragraphs > 0
    assert bolton.rules_with_scenarios == bolton.rules > 0


def test_a_quote_that_is_not_verbatim(project_copy: Path) -> None:
    _edit(project_copy / "rules/bolton/initial-conference.yaml",
          "within 15 working days of a strategy discussion",
          "within fifteen working days of a strategy discussion")
    assert any("bolton.icpc.timing: quote is not verbatim" in p for p in _problems(project_copy))


def test_a_paragraph_neither_cited_nor_informative(project_copy: Path) -> None:
    path = project_copy / "rules/bolton/records.yaml"
    text = path.read_text(encoding="utf-8")
    # Remove the only rule citing record-keeping/3.
    start = text.index("  - id: bolton.records.minutes_amendments")
    path.write_text(text[:start], encoding="utf-8")
    problems = _problems(project_copy)
    assert "bolton/initial/record-keeping/3: neither cited by a rule nor marked informative" in (
        problems)


def test_a_rule_with_no_scenario(project_copy: Path) -> None:
    for feature in (project_copy / "features").rglob("*.feature"):
        text = feature.read_text(encoding="utf-8")
        feature.write_text(text.replace("@rule:bolton.dissent.split_vote_panel", ""),
                           encoding="utf-8")
    problems = _problems(project_copy)
    assert ("bolton.dissent.split_vote_panel: no scenario is tagged "
            "@rule:bolton.dissent.split_vote_panel") in problems


def test_a_scenario_tag_naming_no_rule(project_copy: Path) -> None:
    feature = project_copy / "features/bolton/records.feature"
    _edit(feature, "@rule:bolton.records.minutes_amendments",
          "@rule:bolton.records.minutes_amendments @rule:bolton.records.no_such_rule")
    assert any(re.search(r"records.feature:\d+: scenario tag @rule:bolton.records.no_such_rule "
                         r"names no rule", p) for p in _problems(project_copy))


def test_a_stale_paragraph_hash(project_copy: Path) -> None:
    _edit(project_copy / "kb/bolton.yaml", "text: Members of the public do not have access",
          "text: Members of the press do not have access")
    problems = _problems(project_copy)
    assert "bolton/information/about-child/7: sha256 does not match the paragraph text" in problems
    assert any("text departs from the original" in p for p in problems)


def test_an_original_that_no_longer_matches(project_copy: Path) -> None:
    original = project_copy / "kb/sources/bolton.txt"
    original.write_text(original.read_text(encoding="utf-8") + "An added sentence.\n",
                        encoding="utf-8")
    problems = _problems(project_copy)
    assert "bolton: bolton.txt does not match original_sha256" in problems
    assert any("are in no paragraph" in p for p in problems)


def test_duplicate_rule_ids(project_copy: Path) -> None:
    _edit(project_copy / "rules/bolton/records.yaml", "id: bolton.records.minutes_forwarded",
          "id: bolton.records.minutes_completed")
    assert "bolton.records.minutes_completed: duplicate rule id" in _problems(project_copy)


def test_duplicate_paragraph_ids(project_copy: Path) -> None:
    _edit(project_copy / "kb/bolton.yaml", "id: bolton/initial/timing/2",
          "id: bolton/initial/timing/1")
    assert "bolton/initial/timing/1: duplicate paragraph id" in _problems(project_copy)


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("modality: should\n", "modality: ought\n", "modality: expected one of"),
        ("within: 15 working days", "within: fifteen working days", "expected a period"),
        ("  - id: bolton.icpc.timing", "  - id: wiltshire.icpc.timing", "expected an id starting"),
        ("    duty:\n      name: initial_conference",
         "    duty:\n      nom: initial_conference", "unknown key"),
        ("      - event: strategy_discussion\n        latest: true",
         "      - event: strategy_discussion\n        latest: true\n        after: later",
         "expected the alias of an earlier pattern"),
        ("          other_agencies_with_direct_contact: {at_least: 2}",
         "          other_agencies_with_direct_contact: {at_least: 2}\n          before: p1",
         "expected tests of the trigger's own fields"),
    ],
)
def test_a_rule_file_that_breaks_the_schema(project_copy: Path, old: str, new: str,
                                            expected: str) -> None:
    _edit(project_copy / "rules/bolton/initial-conference.yaml", old, new)
    problems = _problems(project_copy)
    assert len(problems) == 1 and "rule file breaks the schema" in problems[0]
    assert "initial-conference.yaml" in problems[0] and expected in problems[0]


def test_a_name_missing_from_the_vocabulary(project_copy: Path) -> None:
    _edit(project_copy / "rules/bolton/initial-conference.yaml",
          "      - event: strategy_discussion\n        latest: true",
          "      - event: strategy_meeting\n        latest: true")
    assert ("bolton.icpc.timing: when[0] names unknown event strategy_meeting"
            in _problems(project_copy))


def test_two_scenarios_with_one_name(project_copy: Path) -> None:
    feature = project_copy / "features/bolton/records.feature"
    _edit(feature, "Scenario: Amendments sent on the 22nd day are late",
          "Scenario: Amendments sent on the 21st day are in time")
    assert any("records.feature: scenario name 'Amendments sent on the 21st day are in time' "
               "is used 2 times" in p for p in _problems(project_copy))


def test_a_comparison_topic_naming_no_rule(project_copy: Path) -> None:
    _edit(project_copy / "rules/comparisons.yaml", "- sw-guide.advocacy.offered",
          "- sw-guide.advocacy.offred")
    assert any("comparison topics" in p and "no such rule: sw-guide.advocacy.offred" in p
               for p in _problems(project_copy))
