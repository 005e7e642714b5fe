"""The audit's compiled census path (census_kernel.py) held to the matcher's (audit.Auditor
with the kernel off, which tests/test_matcher.py holds to durable-rules): every child of
generated censuses (several seeds and shares of late and missing events) under every
authority, every census sample, and records built to reach the kernel's fallbacks give
the same result, indicators and rendered text in every format; and each rule's action, which
the kernel runs as its own (_Action), makes what the compiled rule's action makes.

    CPKB_DIFFERENTIAL_CHILDREN=50000 .venv/bin/python -m pytest -q \
        tests/test_census_kernel.py -k generated

A difference fails naming the child and the first field that differs.
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from cpkb.audit import Auditor, Output, Work, _tally
from cpkb.calendar import Period
from cpkb.census import CensusFile, ChildRecord, Episode
from cpkb.census_events import CENSUS_CHILD_FIELDS, CENSUS_EVENTS, child_cases
from cpkb.census_generator import Settings, write_census
from cpkb.census_kernel import CensusKernel
from cpkb.project import Project
from cpkb.rulebook import Pattern, Requirement, Timing
from test_matcher import _json, census_works, first_difference

HOME = Path(__file__).resolve().parents[1]
SAMPLES = sorted((HOME / "tests" / "data" / "cin-census").glob("*.xml"))
CHILDREN = int(os.environ.get("CPKB_DIFFERENTIAL_CHILDREN", "2000"))
AUTHORITIES = ["bolton", "wiltshire", "hammersmith-fulham", "sw-guide", "derby-derbyshire"]
OUTPUTS = [Output("json"), Output("json", compact=True), Output("csv"), Output("markdown")]


def compare(project: Project, works: Iterator[Work]) -> Counter:
    """Every work audited on both paths; fails at the first child they differ on. How
    often the kernel was taken, and why not."""
    reference, fast = Auditor(project, kernel=False), Auditor(project)
    children = 0
    for work in works:
        expected, found = reference.audit(work), fast.audit(work)
        child = expected.result["child"]
        difference = first_difference(_json(expected.result), _json(found.result))
        assert difference is None, f"child {child}: {difference}"
        assert (expected.failed, expected.indicators) == (found.failed, found.indicators), child
        for output in OUTPUTS:  # as the command writes it (the kernel's JSON as it built it)
            assert _tally(expected, output).text == _tally(found, output).text, (child, output)
        children += 1
    taken: Counter = Counter({"children": children})
    for authority, kernel in fast._kernels.items():
        if kernel is None:
            taken[f"{authority}: not compiled ({fast.kernel_why[authority]})"] += 1
        else:
            taken.update(kernel.taken)
    return taken


@pytest.fixture(scope="module")
def censuses(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, float, float], Path]:
    """The benchmark's census (seed 1, the default shares: bench/audit.py's), of CHILDREN,
    and two of other seeds and more late and missing events, of up to 3,000."""
    folder = tmp_path_factory.mktemp("censuses")
    made = {}
    for seed, late, missing in [(1, 0.1, 0.05), (11, 0.25, 0.15), (7, 0.5, 0.4)]:
        path = folder / f"census-{seed}.xml"
        children = CHILDREN if seed == 1 else min(CHILDREN, 3000)
        with path.open("w", encoding="utf-8") as out:
            write_census(Settings(children, seed=seed, late_share=late, missing_share=missing),
                         out)
        made[children, seed, late, missing] = path
    return made


@pytest.mark.parametrize("authority", AUTHORITIES)
def test_a_generated_census_is_audited_alike(project: Project, authority: str,
                                             censuses: dict) -> None:
    for settings, path in censuses.items():
        taken = compare(project, census_works(path, authority))
        assert taken["children"] == settings[0], settings
        # The kernel is what audits a generated census.
        assert taken["kernel"] >= 0.99 * settings[0], (settings, taken)
        print(f"{authority}, census {settings}: {dict(taken)}")


@pytest.mark.parametrize("authority", AUTHORITIES)
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_every_census_sample_is_audited_alike(project: Project, sample: Path,
                                              authority: str) -> None:
    taken = compare(project, census_works(sample, authority))
    assert taken["children"] > 0


def test_census_records_give_only_the_events_the_kernel_is_compiled_for(
        project: Project, censuses: dict) -> None:
    kinds = {(name, tuple(sorted(a.items()))) for name, given in CENSUS_EVENTS.items()
             for a in given}
    for path in [*censuses.values(), *SAMPLES]:
        census = CensusFile(path)
        for record in census.children():
            for episode in child_cases(record, "bolton", date(2025, 3, 31)).episodes:
                assert episode.case.child.keys() <= CENSUS_CHILD_FIELDS
                for event in episode.case.events:
                    assert (event.name, tuple(sorted(event.attributes.items()))) in kinds


def _record(child: str, born: str | None, *episodes: Episode,
            died: str | None = None) -> ChildRecord:
    return ChildRecord(1, {"LAchildID": child, "PersonBirthDate": born,
                           "ExpectedPersonBirthDate": None, "PersonDeathDate": died},
                       list(episodes), [])


def _s47(start: str | None, conference: str | None = None, target: str | None = None,
         not_required: str = "false") -> dict[str, str | None]:
    return {"S47ActualStartDate": start, "InitialCPCtarget": target,
            "DateOfInitialCPC": conference, "ICPCnotRequired": not_required}


def _plan(start: str, end: str | None, *reviews: str) -> dict:
    return {"CPPstartDate": start, "CPPendDate": end, "CPPreviewDate": list(reviews)}


# Records that reach the kernel's fallbacks, and others at its edges.
UNUSUAL = [
    # a plan ended at a review, another made on that day, and the child's death on it: two
    # plan periods on the day the rule on a death tests
    _record("TWO-PLANS-ONE-DAY", "2015-01-01", Episode(None, None, [
        _s47("2023-01-02", "2023-01-20")],
        [_plan("2023-01-20", "2023-06-01", "2023-04-10", "2023-06-01"),
         _plan("2023-06-01", None, "2023-08-01")]), died="2023-06-01"),
    # two plans with reviews on one day: duties the sort could order either way
    _record("SAME-DAY-REVIEWS", "2012-05-05", Episode(None, None, [
        _s47("2023-01-02", "2023-01-20"), _s47("2023-02-01", "2023-02-15")],
        [_plan("2023-01-20", None, "2023-04-10"), _plan("2023-02-15", None, "2023-04-10")])),
    # 18 during the plan, a death during another, a plan end on no review's date
    _record("EIGHTEEN", "2005-06-01", Episode(None, None, [_s47("2023-01-02", "2023-01-20")],
                                              [_plan("2023-01-20", "2023-06-01",
                                                     "2023-04-01")])),
    _record("DIED", "2019-06-01", Episode(None, None, [_s47("2023-01-02", "2023-01-25")],
                                          [_plan("2023-01-25", "2023-09-01", "2023-04-20")]),
            died="2023-09-01"),
    _record("UNEXPLAINED-END", "2016-03-01", Episode(None, None, [
        _s47("2023-01-02", "2023-01-24", target="2023-01-23")],
        [_plan("2023-01-24", "2023-05-02", "2023-04-20")])),
    # two enquiries with one start, a conference before its enquiry, no harm found
    _record("TWO-ENQUIRIES", "2014-01-01", Episode(None, "2022-12-01", [
        _s47("2023-01-02", "2023-01-20", target="2023-01-23"),
        _s47("2023-01-02", None, target="2023-01-20"),
        _s47("2023-03-01", None, not_required="true")], [])),
    # no birth date, unborn, two referrals, bad dates
    _record("UNBORN", None, Episode("2023-01-01", None, [_s47("2023-01-02", "2023-01-20")],
                                    [_plan("2023-01-20", None, "2023-04-10", "2023-10-01")]),
            Episode(None, "2024-02-30", [_s47("2024-01-02", "2099-01-01")], [])),
]


def test_unusual_records_fall_back_and_are_audited_alike(project: Project) -> None:
    works = (Work(record=r, authority=a, as_of=date(2025, 3, 31))
             for a in AUTHORITIES for r in UNUSUAL)
    taken = compare(project, works)
    assert taken["children"] == len(AUTHORITIES) * len(UNUSUAL)
    assert taken["two state periods on the day a rule tests"] >= 1, taken
    assert taken["two findings the sort could order either way"] >= 1, taken
    assert taken["kernel"] >= 4 * len(AUTHORITIES), taken


def _with_rules(project: Project, authority: str, change) -> Project:
    """A project whose authority's rules are changed by `change` (rule -> rule)."""
    changed = Project(project.home)
    rules = [change(r) for r in project.rulebook.rules]
    changed.__dict__["rulebook"] = dataclasses.replace(project.rulebook, rules=tuple(rules))
    return changed


def test_a_rule_of_a_shape_the_kernel_does_not_compile_falls_back(project: Project,
                                                                   censuses: dict) -> None:
    def negate_a_state(rule):
        if rule.id != "bolton.icpc.timing":
            return rule
        return dataclasses.replace(rule, unless=(*rule.unless, Pattern(
            kind="state", name="child_protection_plan", alias="s", tests=(), on="trigger")))

    changed = _with_rules(project, "bolton", negate_a_state)
    auditor = Auditor(changed)
    assert auditor.kernel_for("bolton") is None
    assert auditor.kernel_why["bolton"].startswith("bolton.icpc.timing: ")
    path = next(iter(censuses.values()))
    works = list(census_works(path, "bolton"))[:300]
    taken = compare(changed, iter(works))
    assert taken["kernel"] == 0 and taken["children"] == 300


def test_a_requirement_is_not_compiled(project: Project) -> None:
    def as_requirement(rule):
        if rule.id != "sw-guide.plan.further_reviews":
            return rule
        return dataclasses.replace(rule, effect=Requirement("review_conference"))

    changed = _with_rules(project, "sw-guide", as_requirement)
    auditor = Auditor(changed)
    kernel, why = CensusKernel.of(changed, "sw-guide", frozenset(
        r.id for r in changed.rulebook.for_authority("sw-guide")), auditor.build)
    assert kernel is None and why


def test_a_rule_s_deadline_changes_the_kernel_s_audit(project: Project, censuses: dict) -> None:
    """No duty is hand-coded: the due dates come from the rule's own timing."""
    def twenty_days(rule):
        if rule.id != "bolton.icpc.timing":
            return rule
        duty = rule.effect
        return dataclasses.replace(rule, effect=dataclasses.replace(duty, timing=Timing(
            Period(20, "working days"), "after", "within 20 working days")))

    changed = _with_rules(project, "bolton", twenty_days)
    path = next(iter(censuses.values()))
    works = list(census_works(path, "bolton"))[:300]
    taken = compare(changed, iter(works))
    assert taken["kernel"] >= 290
    found = Auditor(changed).audit(works[0]).result
    before = Auditor(project).audit(works[0]).result
    icpc = [d for d in found["duties"] if d.get("duty") == "initial_conference"]
    assert icpc and all(d["deadline"] == "within 20 working days" for d in icpc)
    assert [d["due"] for d in icpc] != [d["due"] for d in before["duties"]
                                        if d.get("duty") == "initial_conference"]


def test_rules_a_census_never_evidences_are_left_out_by_the_check(project: Project) -> None:
    auditor = Auditor(project)
    kernel = auditor.kernel_for("bolton")
    assert kernel is not None
    # Moves, marriage, leaving the UK and votes are never in a census.
    left_out = set(auditor.rule_ids("bolton")) - set(kernel.kept_rules)
    assert left_out == {"bolton.discontinuing.moved_permanently",
                        "bolton.discontinuing.left_uk", "bolton.discontinuing.married",
                        "bolton.dissent.majority", "bolton.dissent.split_vote_plan"}


def _stray_text(child) -> list[tuple[str, str]]:
    """Text beside elements inside the child, as the simplest pass over its elements finds
    it: the reference for read_raw's, which finds it as it reads the record."""
    found = []
    for element in child.iter():
        if not isinstance(element.tag, str):
            continue
        if len(element) and element.text and element.text.strip():
            found.append((element.tag, element.text.strip()))
        if element is not child and element.tail and element.tail.strip():
            found.append((f"after {element.tag}", element.tail.strip()))
    return found


def test_read_raw_finds_every_stray_text() -> None:
    """On random elements (named as a census' are, so that the record's readers meet them
    everywhere) with text and tails of every kind of space, read_raw finds the stray text
    the simplest pass finds, in the same order."""
    import random

    from lxml import etree

    from cpkb.census import _RAW_PARSER, RawChild, read_raw

    rng = random.Random(3)
    texts = [None, None, None, "\t", "\r\n", "\x85", "\u3000", " ", "\n  ", "x", " y ", "\xa0",
             "&", "<", "\u2003", "1"]
    # each element's possible elements: the census' structure, and others anywhere
    inside = {"Child": ["ChildIdentifiers", "CINdetails", "A"],
              "ChildIdentifiers": ["LAchildID", "PersonBirthDate", "A"],
              "CINdetails": ["CINreferralDate", "DateOfInitialCPC", "Section47",
                             "ChildProtectionPlans", "A"],
              "Section47": ["S47ActualStartDate", "ICPCnotRequired", "A"],
              "ChildProtectionPlans": ["CPPstartDate", "Reviews", "A"],
              "Reviews": ["CPPreviewDate", "A"]}

    def element(tag: str, depth: int) -> etree._Element:
        made = etree.Element(tag)
        for _ in range(rng.randint(0, 3) if depth < 4 else 0):
            made.append(element(rng.choice(inside.get(tag, ["A", "B"])), depth + 1))
        made.text, made.tail = rng.choice(texts), rng.choice(texts)
        return made

    stray = 0
    for _ in range(5000):
        child = element("Child", 0)
        child.tail = None
        raw = etree.tostring(child, with_tail=False)
        expected = _stray_text(etree.fromstring(raw, _RAW_PARSER))
        stray += bool(expected)
        assert read_raw(RawChild(1, raw)).stray_text == expected, raw
    assert 0 < stray < 5000


@pytest.mark.parametrize("authority", AUTHORITIES)
def test_each_rule_s_action_makes_what_the_compiled_action_makes(project: Project,
                                                                  authority: str,
                                                                  censuses: dict) -> None:
    """The kernel's actions (_Action) are compiler._action's for its triggers: on every event,
    child and decision of generated children, each rule whose trigger accepts it raises the
    same duty, or makes the same decision, as the compiled rule's action."""
    from cpkb.census_kernel import _Decided, _Raised
    from cpkb.facts import from_day_number

    kernel = Auditor(project).kernel_for(authority)
    if kernel is None or not kernel.variants:
        pytest.skip(f"{authority}: no rule of its that the kernel runs")
    compiled = kernel.compiled.engine.rule_variants  # type: ignore[attr-defined]

    def date_of(number: int | None) -> date | None:
        return from_day_number(number) if number else None

    path = next(iter(censuses.values()))
    compared = 0
    for work in list(census_works(path, authority))[:300]:
        for episode in child_cases(work.record, authority, work.as_of).episodes:
            facts, _ = kernel._facts(episode.case.events, episode.case.child)
            triggers = [*facts, kernel._child_fact(episode.case.child)]
            while triggers:
                trigger = triggers.pop()
                for variant in kernel.variants:
                    condition = variant.trigger.condition
                    if condition.type != trigger["type"] or (
                            condition.names and trigger.get("name") not in condition.names
                    ) or not variant.trigger.accepts(trigger):
                        continue
                    made, decision = variant.act(trigger)
                    # (a decision as the kernel makes it has no seq: no rule reads one)
                    [expected] = compiled[variant.number].rule.action(
                        {variant.aliases[0]: {"seq": 0, **trigger}}, variant.value)
                    origin = expected.get("origin_seq")
                    if isinstance(made, _Raised):
                        assert decision is None
                        assert made == _Raised(
                            expected["rule"], expected["event"], date_of(expected["event_day"]),
                            origin, expected.get("occasion"), date_of(expected["start_day"]),
                            date_of(expected["due_day"])), variant.rule.id
                    else:
                        assert decision == {k: v for k, v in expected.items()
                                            if k not in ("seq", "trigger_seq")}, variant.rule.id
                        assert made == _Decided(
                            expected["rule"], expected["name"], expected["value"],
                            date_of(expected["day"]), expected["event"],
                            date_of(expected["event_day"]), origin,
                            expected.get("occasion")), variant.rule.id
                        triggers.append(decision)
                    compared += 1
    assert compared > 300
