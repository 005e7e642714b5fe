"""Each integrity check fails on a knowledge base broken in just that way."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from cpkb.lint import LintResult, lint, render_lint
from cpkb.project import Project
from cpkb.rulebook import Citation, Informative, Rulebook


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _problems(home: Path) -> list[str]:
    return lint(Project(home)).all_problems


def test_the_counts_add_up(project: Project) -> None:
    bolton = lint(project).documents["bolton"]
    assert bolton.accounted_for == bolton.paragraphs > 0
    assert bolton.sentences_accounted_for == (bolton.sentences_quoted
                                              + bolton.sentences_informative)
    assert bolton.rules_with_scenarios == bolton.rules > 0


def test_the_real_knowledge_base_has_no_problems_for_bolton(project: Project) -> None:
    bolton = lint(project).documents["bolton"]
    assert bolton.problems == []
    assert bolton.sentences_accounted_for == bolton.sentences > 0


def test_the_real_knowledge_base_has_no_problems(project: Project) -> None:
    result = lint(project)
    assert result.all_problems == []
    assert all(c.sentences_accounted_for == c.sentences for c in result.documents.values())


def test_a_quote_that_is_not_verbatim(project_copy: Path) -> None:
    _edit(project_copy / "rules/bolton/initial-conference.yaml",
          "within 15 working days of a strategy discussion",
          "within fifteen working days of a strategy discussion")
    assert any("bolton.icpc.timing: quote is not verbatim" in p for p in _problems(project_copy))


def _lint_edited(project: Project, edit: Callable[[Rulebook], Rulebook]) -> LintResult:
    """Lint the real knowledge base with its rulebook changed in memory (in a fresh Project,
    not the shared one): for checks of lint that do not depend on how a rule file spells what
    it says."""
    edited = Project(project.home)
    edited.rulebook = edit(project.rulebook)
    return lint(edited)


def _without_citations_of(paragraph: str) -> Callable[[Rulebook], Rulebook]:
    def edit(rulebook: Rulebook) -> Rulebook:
        rules = []
        for rule in rulebook.rules:
            sources = tuple(c for c in rule.sources if c.paragraph != paragraph)
            if sources:
                rules.append(replace(rule, sources=sources))
        return replace(rulebook, rules=tuple(rules))
    return edit


def _with_rule(rule_id: str, **changes: Any) -> Callable[[Rulebook], Rulebook]:
    def edit(rulebook: Rulebook) -> Rulebook:
        assert rulebook.rule(rule_id) is not None, rule_id
        return replace(rulebook, rules=tuple(replace(r, **changes) if r.id == rule_id else r
                                             for r in rulebook.rules))
    return edit


def _with_informative(*references: str) -> Callable[[Rulebook], Rulebook]:
    """Informative entries as the rulebook keeps them: a paragraph or a sentence id."""
    def edit(rulebook: Rulebook) -> Rulebook:
        added = tuple(Informative(r, "test", Path("test.yaml")) for r in references)
        return replace(rulebook, informative=rulebook.informative + added)
    return edit


def test_a_paragraph_no_rule_quotes_gives_one_problem_per_sentence(project: Project) -> None:
    edit = _without_citations_of("bolton/initial/information/4")
    problems = _lint_edited(project, edit).all_problems
    about = [p for p in problems if p.startswith("bolton/initial/information/4")]
    assert about == [
        "bolton/initial/information/4.1: neither quoted by a rule nor marked informative",
        "bolton/initial/information/4.2: neither quoted by a rule nor marked informative",
    ]


def test_a_partly_quoted_sentence(project_copy: Path) -> None:
    _edit(project_copy / "rules/bolton/initial-conference.yaml",
          "quote: Consequently all Initial Child Protection Case Conferences should take place "
          "within 15 working days of a strategy discussion, or the last strategy discussion if "
          "more than one has been held.",
          "quote: should take place within 15 working days of a strategy discussion")
    assert ('bolton/initial/timing/3.1: partly quoted; not covered: "Consequently all Initial '
            'Child Protection Case Conferences", "or the last strategy discussion if more than '
            'one has been held"') in _problems(project_copy)


def test_connective_words_need_not_be_quoted(project: Project) -> None:
    # record-keeping/3.1 is quoted by two rules, one clause each: the "and" between the
    # clauses is in neither quote.
    quotes = [c.quote for r in project.rulebook.rules for c in r.sources
              if c.paragraph == "bolton/initial/record-keeping/3"]
    assert "Those attending the case conference should read the minutes thoroughly" in quotes
    assert "any amendments should be sent to the chair of the conference within 21 days" in quotes
    assert not any("thoroughly and any" in q for q in quotes)
    assert not any(p.startswith("bolton/initial/record-keeping/3.1:")
                   for p in lint(project).all_problems)


def test_a_sentence_marked_informative_on_its_own(project: Project) -> None:
    # intro/1 is cited for its first sentence; its second, a cross-reference, is marked
    # informative on its own. Without that mark it is a problem; with it, none.
    marked = [i for i in project.rulebook.informative if i.paragraph == "bolton/intro/1.2"]
    assert len(marked) == 1

    def unmarked(rulebook: Rulebook) -> Rulebook:
        return replace(rulebook, informative=tuple(
            i for i in rulebook.informative if i.paragraph != "bolton/intro/1.2"))

    problems = _lint_edited(project, unmarked).all_problems
    assert "bolton/intro/1.2: neither quoted by a rule nor marked informative" in problems
    assert not any(p.startswith("bolton/intro/1.2:") for p in lint(project).all_problems)


def test_an_informative_sentence_that_does_not_exist(project: Project) -> None:
    problems = _lint_edited(project, _with_informative("bolton/intro/1.9")).all_problems
    assert "test.yaml: informative sentence bolton/intro/1.9 does not exist" in problems


def test_a_sentence_marked_informative_twice(project: Project) -> None:
    edit = _with_informative("bolton/intro/1", "bolton/intro/1.2")
    problems = _lint_edited(project, edit).all_problems
    assert "test.yaml: bolton/intro/1.2 is marked informative twice" in problems


def test_a_quoted_sentence_marked_informative(project: Project) -> None:
    problems = _lint_edited(project, _with_informative("bolton/initial/timing/3")).all_problems
    assert "bolton/initial/timing/3.1: both quoted by a rule and marked informative" in problems


def test_a_sentence_marked_informative_in_a_rule_file(project_copy: Path) -> None:
    (project_copy / "rules/bolton/informative-sentences.yaml").write_text(
        "authority: bolton\ninformative:\n  - sentence: bolton/intro/1.2\n"
        "    reason: a cross-reference to other guidance\n", encoding="utf-8")
    problems = _problems(project_copy)
    assert not any("rule file breaks the schema" in p for p in problems)
    assert not any(p.startswith("bolton/intro/1.2:") for p in problems)


def test_a_paragraph_without_sentences_falls_back_to_the_paragraph_check(
        project: Project) -> None:
    edited = Project(project.home)
    document = project.kb.documents["bolton"]
    paragraphs = tuple(replace(p, sentences=()) if p.id == "bolton/initial/information/4" else p
                       for p in document.paragraphs)
    edited.kb = replace(project.kb, documents={
        **project.kb.documents, "bolton": replace(document, paragraphs=paragraphs)})
    edited.rulebook = _without_citations_of("bolton/initial/information/4")(project.rulebook)
    problems = lint(edited).all_problems
    assert "bolton/initial/information/4: no sentences" in problems
    assert "bolton/initial/information/4: neither cited by a rule nor marked informative" in (
        problems)


def test_a_document_without_rules_is_not_encoded_yet(project_copy: Path) -> None:
    shutil.rmtree(project_copy / "rules/derby-derbyshire")
    result = lint(Project(project_copy))
    derby = result.documents["derby-derbyshire"]
    assert not derby.encoded and derby.problems == [] and derby.sentences == 32
    assert derby.sentences_accounted_for == 0
    line = next(line for line in render_lint(result).splitlines()
                if line.startswith("derby-derbyshire"))
    assert line.endswith("(not encoded yet)")


def test_coverage_is_reported_by_sentence(project: Project) -> None:
    result = lint(project)
    bolton = result.as_json()["documents"]["bolton"]
    assert bolton["sentences"] == 175
    assert {"sentences_accounted_for", "sentences_quoted", "sentences_informative",
            "paragraphs", "accounted_for"} <= set(bolton)
    header = render_lint(result).splitlines()[0].split()
    assert header[:5] == ["document", "paragraphs", "sentences", "accounted", "quoted"]


def test_a_modality_that_is_not_a_word_of_the_quotes(project_copy: Path) -> None:
    _edit(project_copy / "rules/bolton/initial-conference.yaml",
          "    modality: should\n    sources:\n      - paragraph: bolton/initial/timing/3",
          "    modality: must\n    sources:\n      - paragraph: bolton/initial/timing/3")
    assert ("bolton.icpc.timing: modality 'must' is not a word of its quotes; quote the "
            "sentence it comes from, or change the modality") in _problems(project_copy)


def test_a_modality_from_the_second_quote_needs_the_flag(project_copy: Path) -> None:
    # bolton.icpc.timing's second quote, from bolton/intro/1, says "A Conference will be".
    _edit(project_copy / "rules/bolton/initial-conference.yaml",
          "    modality: should\n    sources:\n      - paragraph: bolton/initial/timing/3",
          "    modality: will\n    sources:\n      - paragraph: bolton/initial/timing/3")
    assert ("bolton.icpc.timing: modality 'will' is not in the quote of its first source "
            "(bolton/initial/timing/3) but in another; flag the rule 'modality from context', "
            "or cite the sentence it comes from first") in _problems(project_copy)


def test_a_modality_from_context_with_the_flag(project: Project) -> None:
    edit = _with_rule("bolton.icpc.timing", modality="will", flags=("modality from context",))
    result = _lint_edited(project, edit)
    assert not any(p.startswith("bolton.icpc.timing:") for p in result.all_problems)


@pytest.mark.parametrize(
    "modality, quote, found",
    [
        ("should not", "Equally, cases where children are at risk should not be allowed", True),
        ("should not", "cases where children are at risk Should\n  Not be allowed", True),
        ("should not", "cases where children are at risk should be allowed", False),
        ("can", "The Core Group cannot guarantee the safety of the child", False),
        ("must", "they MUST submit a written report", True),
    ],
)
def test_the_modality_is_matched_as_whole_words(project: Project, modality: str, quote: str,
                                                found: bool) -> None:
    # The quote need not be verbatim here: only the modality check is looked at.
    rule_id = "bolton.icpc.timing"
    result = _lint_edited(project, _with_rule(rule_id, modality=modality, sources=(
        Citation("bolton/initial/timing/2", quote),)))
    modality_problems = [p for p in result.all_problems
                         if p.startswith(f"{rule_id}: modality")]
    assert (modality_problems == []) is found


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


def test_a_document_file_named_for_another_document(project_copy: Path) -> None:
    # The commands that only check an authority's name read it from the file names.
    (project_copy / "kb/wiltshire.yaml").rename(project_copy / "kb/wilts.yaml")
    assert ("wilts.yaml: the document is 'wiltshire'; a document's file is named for it "
            "(wiltshire.yaml)") in _problems(project_copy)


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
    assert ("bolton.icpc.timing: when[0] names unknown event or group strategy_meeting"
            in _problems(project_copy))


def test_two_scenarios_with_one_name(project_copy: Path) -> None:
    feature = project_copy / "features/bolton/records.feature"
    _edit(feature, "Scenario: Amendments sent on the 22nd day are late",
          "Scenario: Amendments sent on the 21st day are in time")
    assert any("records.feature: scenario name 'Amendments sent on the 21st day are in time' "
               "is used 2 times" in p for p in _problems(project_copy))


def test_a_feature_file_that_is_not_gherkin_is_a_problem_naming_it(project_copy: Path) -> None:
    # Lint reads the scenarios with the parser pytest-bdd runs them with (features.py), so a
    # file pytest-bdd could not run is found by lint too, and the rest are still checked.
    (project_copy / "features/bolton/broken.feature").write_text(
        "Scenario without a feature\n  Given nothing\n", encoding="utf-8")
    problems = _problems(project_copy)
    assert any(p.startswith("scenarios: ") and "broken.feature" in p
               and "expected Gherkin" in p for p in problems)
    assert not any("no scenario is tagged @rule:bolton.icpc.timing" in p for p in problems)


def test_a_tag_on_a_scenario_inside_a_rule_block_counts(project_copy: Path) -> None:
    (project_copy / "features/bolton/in-a-rule.feature").write_text(
        "Feature: grouped\n\n  Rule: a group\n\n    @rule:bolton.records.no_such_rule\n"
        "    Scenario: inside the rule block\n      Given nothing\n", encoding="utf-8")
    assert any(re.search(r"in-a-rule.feature:6: scenario tag @rule:bolton.records.no_such_rule",
                         p) for p in _problems(project_copy))


def test_a_comparison_topic_naming_no_rule(project_copy: Path) -> None:
    _edit(project_copy / "rules/comparisons.yaml", "- sw-guide.advocacy.offered",
          "- sw-guide.advocacy.offred")
    assert any("comparison topics" in p and "no such rule: sw-guide.advocacy.offred" in p
               for p in _problems(project_copy))


def test_a_vocabulary_word_no_rule_produces(project_copy: Path) -> None:
    _edit(project_copy / "rules/vocabulary/bolton.yaml", "decisions:\n",
          "decisions:\n  never_decided: a decision no rule makes\n")
    assert ("vocabulary: the decision 'never_decided' is produced by no rule"
            in _problems(project_copy))
