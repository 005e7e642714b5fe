"""The site's generated pages (cpkb.site): every rule and paragraph is there, anchors match the
reports' links, scenario results come from the cucumber JSON, conflicts and connections show."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import markdown
import pytest

from cpkb.compare import compare_rules
from cpkb.compiler import rules_needed
from cpkb.errors import InputError
from cpkb.features import load_feature
from cpkb.kb import load_glossary
from cpkb.project import Project
from cpkb.report import paragraph_anchor, paragraph_url, rule_url
from cpkb.rulebook import FLAGS
from cpkb.site import (
    AUTHORITIES_NAV_ENTRY,
    FLAG_MEANINGS,
    Site,
    abbreviations,
    build_site,
    document_page,
    example_page,
    expand_nav,
    feature_page,
    gantt,
    gantt_axis,
    inline,
    load_results,
    rule_page,
    scenario_anchors,
    term_anchor,
)

HOME = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The site with no test results (the results file does not exist)."""
    return build_site(HOME, tmp_path_factory.mktemp("results") / "cucumber.json")


def _anchors(page: str) -> set[str]:
    return set(re.findall(r'id="([^"]+)"', page)) | set(re.findall(r"\{#([^}\s]+)\}", page))


def test_every_rule_has_a_page_at_the_reports_url(site: Site, project: Project) -> None:
    for rule in project.rulebook.rules:
        assert rule_page(rule.id) in site.pages
        # mkdocs serves rules/<id>.md at rules/<id>/, the url reports give.
        assert rule_page(rule.id).removesuffix(".md") + "/" == rule_url(rule.id)


def test_every_paragraph_is_on_its_document_page_with_the_reports_anchor(
    site: Site, project: Project
) -> None:
    for doc, document in project.kb.documents.items():
        page = site.pages[document_page(doc)]
        anchors = _anchors(page)
        for paragraph in document.paragraphs:
            assert paragraph_anchor(paragraph.id) in anchors, paragraph.id
            assert (document_page(doc).removesuffix(".md") + "/#" + paragraph_anchor(paragraph.id)
                    == paragraph_url(paragraph.id))
        assert page.index(paragraph_anchor(document.paragraphs[-1].id)) > page.index(
            paragraph_anchor(document.paragraphs[0].id)), "paragraphs in source order"


def test_each_cited_paragraph_lists_its_rules_and_each_rule_links_back(
    site: Site, project: Project
) -> None:
    for rule in project.rulebook.rules:
        page = site.pages[rule_page(rule.id)]
        for citation in rule.sources:
            document = site.pages[document_page(citation.document)]
            anchor = paragraph_anchor(citation.paragraph)
            block = document[document.index(f'id="{anchor}"'):]
            block = block[:block.index("</div>\n</div>")]
            assert f"../rules/{rule.id}.md" in block
            assert f"../documents/{citation.document}.md#{anchor}" in page


def test_informative_paragraphs_show_their_reason(site: Site, project: Project) -> None:
    for item in project.rulebook.informative:
        page = site.pages[document_page(item.paragraph.split("/", 1)[0])]
        assert inline(item.reason) in page


def test_a_rule_page_shows_quote_logic_and_not_run_without_results(site: Site) -> None:
    page = site.pages[rule_page("bolton.icpc.timing")]
    assert (
        "<mark>Consequently all Initial Child Protection Case Conferences should take place"
        in page
    )
    assert "**When:**" in page and "**Then:**" in page and "**By when:**" in page
    assert "**By when:** 15 working days from the latest strategy discussion" in page
    assert ">not run</span>" in page
    assert ">passed</span>" not in page


def _cucumber(feature_path: Path, status_of: dict[str, str]) -> list[dict]:
    """A cucumber JSON as pytest-bdd writes it, for one feature file."""
    feature = load_feature(feature_path, HOME / "features")
    return [{
        "uri": feature.uri,
        "name": feature.name,
        "elements": [
            {"type": "scenario", "name": s.name, "line": s.line,
             "steps": [{"result": {"status": status_of.get(s.name, "passed")}}]}
            for s in feature.scenarios
        ],
    }]


def test_a_rule_page_shows_the_last_runs_results(tmp_path: Path) -> None:
    path = HOME / "features" / "bolton" / "initial-conference.feature"
    scenarios = load_feature(path, HOME / "features").scenarios
    timing = [s for s in scenarios if "bolton.icpc.timing" in s.rules]
    failing = timing[0].name
    results = tmp_path / "cucumber.json"
    results.write_text(json.dumps(_cucumber(path, {failing: "failed"})), encoding="utf-8")

    page = build_site(HOME, results).pages[rule_page("bolton.icpc.timing")]

    rows = [line for line in page.split("\n") if "cpkb-result" in line]
    assert len(rows) == len(timing)
    assert sum(">passed</span>" in row for row in rows) == len(timing) - 1
    assert [row for row in rows if ">failed</span>" in row][0].count(inline(failing)) == 1


def test_results_of_one_scenario_run_more_than_once_show_the_worst(tmp_path: Path) -> None:
    results = tmp_path / "cucumber.json"
    element = {"name": "A", "steps": [{"result": {"status": "passed"}}]}
    failed = {"name": "A", "steps": [{"result": {"status": "failed"}}]}
    results.write_text(json.dumps([{"uri": "x.feature", "elements": [element, failed, element]}]),
                       encoding="utf-8")
    assert load_results(results).statuses == {("x.feature", "A"): "failed"}
    assert load_results(tmp_path / "none.json").statuses == {}


def test_results_that_are_not_cucumber_json_are_refused(tmp_path: Path) -> None:
    results = tmp_path / "cucumber.json"
    results.write_text('{"not": "a list"}', encoding="utf-8")
    with pytest.raises(InputError, match="cucumber JSON"):
        load_results(results)


def test_rules_that_feed_each_other_are_linked_both_ways(site: Site, project: Project) -> None:
    checked = 0
    for rule in project.rulebook.rules:
        names = {n for p in rule.when if p.kind == "decision" for n in p.names}
        producers = [r for r in project.rulebook.rules if r.authority == rule.authority
                     and r.effect_kind == "decision" and r.effect_name in names and r is not rule]
        for producer in producers:
            fed_by = site.pages[rule_page(rule.id)].split("## Connected rules")[1]
            feeds = site.pages[rule_page(producer.id)].split("## Connected rules")[1]
            assert f"{producer.id}.md" in fed_by.split("## Conflicts")[0]
            assert f"{rule.id}.md" in feeds.split("## Conflicts")[0]
            checked += 1
    assert checked, "some rule starts from another's decision"


def test_a_rule_on_a_state_is_fed_by_the_rules_deciding_it_as_the_audit_reads_it(
        site: Site, project: Project) -> None:
    # "Fed by" is the graph the audit's subset of rules follows (compiler.decisions_needed):
    # a rule testing "subject of a Child Protection Plan" needs the rules deciding the plan.
    connected = site.pages[rule_page("bolton.discontinuing.died")].split("## Connected rules")[1]
    fed_by = connected.split("Feeds")[0].split("## Conflicts")[0]
    assert "bolton.plan.decide.md" in fed_by and "bolton.review.decides_end.md" in fed_by
    needed = {r.id for r in rules_needed(project.rules_for("bolton"),
                                         {"plan_ends_without_review_conference"},
                                         project.vocabulary)}
    assert {"bolton.plan.decide", "bolton.review.decides_end"} <= needed


def test_a_duty_given_two_deadlines_from_one_start_is_a_conflict_on_both_pages(
    project_copy: Path,
) -> None:
    extra = project_copy / "rules" / "bolton" / "zz-conflict.yaml"
    extra.write_text("""\
authority: bolton
topic: A second reading of the initial conference's timing
rules:
  - id: bolton.zz.timing
    title: Hold the initial conference within 10 working days of the strategy discussion
    modality: should
    sources:
      - paragraph: bolton/initial/timing/3
        quote: all Initial Child Protection Case Conferences should take place
    when:
      - event: strategy_discussion
        latest: true
    duty:
      name: initial_conference
      within: 10 working days
      fulfilled_by: initial_conference
""", encoding="utf-8")
    site = build_site(project_copy)
    for rule_id, other in (("bolton.zz.timing", "bolton.icpc.timing"),
                           ("bolton.icpc.timing", "bolton.zz.timing")):
        conflicts = site.pages[rule_page(rule_id)].split("## Conflicts")[1].split("## ")[0]
        assert "contradicts itself on initial_conference" in conflicts
        assert f"{other}.md" in conflicts
    assert "None." in site.pages[rule_page("bolton.quoracy.minimum")].split("## Conflicts")[1]


def test_conflicts_are_those_of_the_comparison(site: Site, project: Project) -> None:
    for row in compare_rules(project).rows:
        if row.kind != "duty":
            continue
        for _, entries in row.contradictions:
            for e in entries:
                page = site.pages[rule_page(e.rule)]
                assert "contradicts itself" in page.split("## Conflicts")[1].split("## ")[0]


def test_each_feature_file_has_a_page_with_its_scenarios(site: Site) -> None:
    for path in sorted((HOME / "features").rglob("*.feature")):
        feature = load_feature(path, HOME / "features")
        page = site.pages[feature_page(feature)]
        anchors = scenario_anchors(feature)
        assert len(set(anchors.values())) == len(feature.scenarios)
        for scenario in feature.scenarios:
            assert f"{{#{anchors[scenario.line]}}}" in page
            for rule_id in scenario.rules:
                assert f"{rule_id}.md" in page


def test_compare_and_coverage_pages_mark_what_matters(site: Site, project: Project) -> None:
    compare = site.pages["compare.md"]
    assert "Procedures differ" in compare and "Only one authority says" in compare
    # Summed by hand from the rows below (tests/test_compare.py checks a few): 0 agree, 26
    # differ, 78 stated by one authority, 1 contradiction, of 105 (the stages' 46 lines, 53
    # rows of other duties and decisions: 29 duties and 24 decisions, 6 topics).
    assert "Summary: 105 lines" in compare
    for line in ("**0** agree", "**26** differ", "**78** only one authority says",
                 "**1** contradict"):
        assert f"- {line}" in compare
    # Each cell's plain words link its rule; no rule id in monospace.
    assert "[15 working days from the latest strategy discussion - should]" \
           "(rules/bolton.icpc.timing.md)" in compare
    assert "`bolton.icpc.timing`" not in compare
    # Stages in the order of rules/stages.yaml, then the rest.
    headings = [line for line in compare.split("\n") if line.startswith("## ")]
    assert headings[0] == "## Before the initial conference"
    assert headings[-1] == "## Other duties and decisions"
    coverage = site.pages["coverage.md"]
    for doc in project.kb.documents:
        assert f"](documents/{doc}.md)" in coverage
    assert project.fingerprint in coverage


def test_worked_examples_have_a_report_and_a_gantt_chart(site: Site, project: Project) -> None:
    for doc in project.kb.documents:
        page = site.pages[example_page(doc)]
        if sorted((HOME / "examples").glob(f"{doc}-*.yaml")):
            assert "```mermaid\n---" in page and "\ngantt\n" in page
            assert "## Duties" in page
        else:
            assert "There is no example case" in page


def test_an_authority_without_an_example_gets_a_page_saying_so(project_copy: Path) -> None:
    # The copy has no examples/ folder.
    site = build_site(project_copy)
    assert "There is no example case for Bolton yet" in site.pages[example_page("bolton")]


def test_what_the_knowledge_base_does_not_show_today_is_shown_too(project_copy: Path) -> None:
    """The pages' branches the knowledge base has no case of: a paragraph no rule cites and
    none marks informative, a document with no rules, a quote not word for word in its
    paragraph, a scenario tagging no rule, a document's web address."""
    shutil.rmtree(project_copy / "rules" / "derby-derbyshire")
    comparisons = project_copy / "rules" / "comparisons.yaml"
    comparisons.write_text("".join(line for line in comparisons.read_text().splitlines(True)
                                   if "- derby-derbyshire." not in line))
    (project_copy / "rules" / "wiltshire" / "informative.yaml").unlink()
    records = project_copy / "rules" / "bolton" / "records.yaml"
    records.write_text(records.read_text().replace(
        "quote: should be circulated to all", "quote: must be circulated to all", 1))
    sw_guide = project_copy / "kb" / "sw-guide.yaml"
    sw_guide.write_text(sw_guide.read_text().replace(
        "\nurl: null\n", "\nurl: https://example.org/sw-guide\n", 1))
    site = build_site(project_copy)
    assert "**Not accounted for:** no rule cites it" in site.pages[document_page("wiltshire")]
    assert "\nNot encoded yet.\n" in site.pages[document_page("derby-derbyshire")]
    assert "(no such rule)" in site.pages["features/derby-derbyshire/convening.md"]
    assert ('!!! failure "The quote is not word for word in the paragraph"'
            in site.pages[rule_page("bolton.records.decision_circulated")])
    assert ("- **Web address:** <https://example.org/sw-guide>\n"
            in site.pages[document_page("sw-guide")])


def test_gantt_chart_draws_events_and_duties() -> None:
    report = {
        "case": "EX-1", "authority": "bolton", "as_of": "2027-01-04",
        "duties": [
            {"duty": "initial_conference", "due": "2026-12-22", "status": "met",
             "trigger": {"event": "strategy_discussion", "date": "2026-12-01"}},
            {"duty": "conference_report", "due": "2026-12-17", "status": "late",
             "trigger": {"event": "initial_conference", "date": "2026-12-18"}},
            {"duty": "core_group", "due": None, "status": "open",
             "trigger": {"event": "initial_conference", "date": "2026-12-18"}},
        ],
    }
    chart = gantt(report, [("2026-12-01", "strategy_discussion")])
    assert "strategy discussion : milestone, 2026-12-01, 0d" in chart
    assert "initial conference (met) : done, 2026-12-01, 2026-12-22" in chart
    # A duty due before its trigger runs from its due date to the trigger.
    assert "conference report (late) : crit, 2026-12-17, 2026-12-18" in chart
    assert "core group" not in chart
    # Three weeks and a few days: a tick a week, each labelled with its day.
    assert "    axisFormat %-d %b %Y\n    tickInterval 1week" in chart


def test_a_timelines_axis_has_few_enough_ticks_for_its_labels() -> None:
    assert gantt_axis(date(2027, 1, 1), date(2027, 1, 5)) == ("1day", "%-d %b %Y")
    assert gantt_axis(date(2026, 12, 1), date(2027, 1, 4)) == ("1week", "%-d %b %Y")
    assert gantt_axis(date(2026, 12, 1), date(2027, 4, 20)) == ("1month", "%b %Y")
    assert gantt_axis(date(2026, 1, 1), date(2027, 9, 1)) == ("3month", "%b %Y")
    assert gantt_axis(date(2010, 1, 1), date(2027, 9, 1)) == ("12month", "%Y")
    for days in range(1, 4000, 7):
        interval, _ = gantt_axis(date(2020, 1, 1), date(2020, 1, 1) + timedelta(days))
        step = {"1day": 1, "1week": 7, "2week": 14, "1month": 28, "2month": 59, "3month": 89,
                "6month": 181, "12month": 365}[interval]
        assert days / step <= 8 or interval == "12month", (days, interval)


def test_glossary_gives_every_abbreviation_a_tooltip(site: Site) -> None:
    terms = load_glossary(HOME / "kb" / "glossary.yaml")
    for term in terms:
        assert f"{{#{term_anchor(term)}}}" in site.pages["glossary.md"]
        for abbreviation in term.abbreviations:
            assert f"*[{abbreviation}]: " in site.abbreviations
    html = markdown.markdown("An ICPC.\n\n" + abbreviations(terms), extensions=["abbr"])
    assert '<abbr title="Initial Child Protection Conference">ICPC</abbr>' in html


def test_source_text_shows_as_written() -> None:
    html = markdown.markdown(inline("a *b* _c_ <d> & [e](f) `g` |h|"), extensions=["tables"])
    assert html == "<p>a *b* _c_ &lt;d&gt; &amp; [e](f) `g` |h|</p>"


def test_nav_gets_each_authoritys_pages(site: Site, project: Project) -> None:
    nav = expand_nav([{"Home": "index.md"}, AUTHORITIES_NAV_ENTRY], site)
    authorities = nav[1]["Authorities"]
    assert authorities[0] == "authorities/index.md"
    assert [next(iter(a)) for a in authorities[1:]] == [
        project.kb.documents[d].authority or d for d in project.kb.documents]
    with pytest.raises(InputError, match="nav"):
        expand_nav([{"Home": "index.md"}], site)


def test_every_link_to_a_page_names_a_generated_or_written_page(site: Site) -> None:
    written = {p.relative_to(HOME / "docs").as_posix() for p in (HOME / "docs").rglob("*.md")}
    known = written | set(site.pages)
    for path, page in site.pages.items():
        for target in re.findall(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)", page):
            resolved = Path(path).parent.joinpath(target).as_posix()
            parts: list[str] = []
            for part in resolved.split("/"):
                if part == "..":
                    parts.pop()
                elif part != ".":
                    parts.append(part)
            assert "/".join(parts) in known, f"{path} links to {target}"


def test_every_flag_a_rule_may_carry_is_explained() -> None:
    assert set(FLAG_MEANINGS) == set(FLAGS)


def test_a_feature_file_that_is_not_gherkin_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bolton" / "broken.feature"
    path.parent.mkdir()
    path.write_text("Scenario without a feature\n  Given nothing\n", encoding="utf-8")
    with pytest.raises(InputError, match="expected Gherkin"):
        load_feature(path, tmp_path)


def test_overlapping_topics_are_one_page_named_for_what_a_reader_looks_for(
    site: Site, project: Project
) -> None:
    # Bolton's rule files split three subjects in two: one page each here.
    for merged, into in (("conference-conduct", "initial-conference"),
                         ("plan-and-core-group", "core-group"), ("review-conduct", "reviews")):
        assert f"authorities/bolton/{merged}.md" not in site.pages
        page = site.pages[f"authorities/bolton/{into}.md"]
        for rule in project.rulebook.rules:
            if rule.authority == "bolton" and rule.file.stem in (merged, into):
                assert f"](../../rules/{rule.id}.md)" in page, rule.id
    assert site.pages["authorities/bolton/initial-conference.md"].startswith(
        "# The initial conference: timing, quoracy, who attends\n")
    # Every rule is on exactly one topic page of its authority.
    for rule in project.rulebook.rules:
        on = [path for path, page in site.pages.items()
              if path.startswith(f"authorities/{rule.authority}/") and path.count("/") == 2
              and not path.endswith("index.md") and f"../../rules/{rule.id}.md)" in page]
        assert len(on) == 1, (rule.id, on)


def test_rules_are_linked_by_their_plain_words(site: Site, project: Project) -> None:
    """Review finding 4: the link is the rule's title, its id beside it unlinked."""
    rule = project.rulebook.rule("bolton.icpc.timing")
    assert rule is not None
    link = f"[{inline(rule.title)}](../../rules/{rule.id}.md) <span class=\"cpkb-id\">{rule.id}"
    assert link in site.pages["authorities/bolton/initial-conference.md"]
    assert link.replace("../../", "../") in site.pages[document_page("bolton")]
    assert "[`bolton.icpc.timing`]" not in site.pages["authorities/bolton/initial-conference.md"]
    assert "- [`bolton.icpc.timing`](../rules/bolton.icpc.timing.md)<br>" \
        not in site.pages[document_page("bolton")]
    # Other authorities' rules on a rule page, too.
    other = site.pages[rule_page("hammersmith-fulham.timing.initial")].split(
        "## Other authorities")[1]
    assert f"[{inline(rule.title)}]({rule.id}.md)" in other


def test_a_rule_page_opens_with_a_readers_words_and_its_trail(site: Site) -> None:
    page = site.pages[rule_page("bolton.icpc.timing")]
    front, body = page.split("\n---\n", 1)
    assert '- {"title": "Bolton", "url": "authorities/bolton/"}' in front
    assert '"url": "authorities/bolton/initial-conference/"' in front
    h1 = body.lstrip().split("\n")[0]
    assert h1.startswith('# <span class="cpkb-kicker">How long: Bolton, initial conference '
                         "(ICPC)")
    assert h1.endswith("Hold the initial conference within 15 working days of the last "
                       "strategy discussion before it")
    # What comes before the first h2 is the page's own entry in the search index.
    lead = body.split("\n## ")[0]
    assert "15 (fifteen) working days from the latest strategy discussion" in lead


def test_the_home_page_answers_the_common_questions(site: Site, project: Project) -> None:
    home = site.pages["index.md"]
    # One card per authority, linking its page, its document and its worked example.
    cards = home.split("## The authorities")[1].split("## What else")[0]
    for doc in project.kb.documents:
        for target in (f"authorities/{doc}/index.md", document_page(doc), example_page(doc)):
            assert f"]({target})" in cards, target
    questions = home.split("## Common questions")[1].split("## The authorities")[0]
    rows = {row.split("**")[1]: row for row in questions.split("<tr markdown")[1:]}
    assert list(rows) == ["How long until the initial conference?",
                          "When is a conference quorate?",
                          "When is the first review conference?", "When does a plan end?"]

    def cell(question: str, authority: str) -> str:
        return rows[question].split(f'data-label="{authority}"')[1].split("</td>")[0]

    assert "[15 working days from the latest strategy discussion - should]" \
           "(rules/bolton.icpc.timing.md)" in cell("How long until the initial conference?",
                                                   "Bolton")
    assert "not stated" in cell("How long until the initial conference?", "sw-guide")
    assert "(rules/bolton.quoracy.minimum.md)" in cell("When is a conference quorate?", "Bolton")
    assert "(rules/wiltshire.review.first.md)" in cell("When is the first review conference?",
                                                       "Wiltshire")
    assert "(rules/bolton.discontinuing.age_18.md)" in cell("When does a plan end?", "Bolton")
    assert "(rules/wiltshire.review.until_no_longer_at_risk.md)" in cell(
        "When does a plan end?", "Wiltshire")
    # Each question links its fuller answer.
    assert "(timescales.md#the-initial-conference)" in rows["How long until the initial "
                                                            "conference?"]


def test_a_home_question_naming_no_line_or_rule_is_refused(
    project_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cpkb.site

    for question in (
        cpkb.site.Question("Q?", "q", ("timescales.md", ""), "more", timescale="No such line"),
        cpkb.site.Question("Q?", "q", ("timescales.md", ""), "more", rules=("bolton.none",)),
    ):
        monkeypatch.setattr(cpkb.site, "HOME_QUESTIONS", (question,))
        with pytest.raises(InputError, match="home page's question 'Q\\?'"):
            build_site(project_copy)
