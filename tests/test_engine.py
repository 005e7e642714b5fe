"""The engines' shared contract, on durable-rules (RuleEngine) and on the Python matcher
(RuleMatcher): chaining, negation, once per trigger, deciding rules, surfaced action errors;
and the durable-rules adapter's own: many cases in a row, sessions cleaned up."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cpkb.engine import Check, Condition, EngineError, EngineRule, RuleEngine
from cpkb.matcher import RuleMatcher
from cpkb.project import Project

Engine = type[RuleEngine] | type[RuleMatcher]


@pytest.fixture(params=[RuleEngine, RuleMatcher], ids=["durable", "python"])
def engine_class(request: pytest.FixtureRequest) -> Engine:
    return request.param


def test_chaining_and_negation(engine_class: Engine) -> None:
    def plan(matched, value):
        return [{"type": "decision", "name": "plan", "seq": 100, "day": matched["m"]["day"]}]

    def duty(matched, value):
        return [{"type": "duty", "name": "core_group", "seq": 200,
                 "day": matched["d"]["day"] + 10}]

    engine = engine_class("test_chain", [
        EngineRule("split", (Condition("m", "event", ("conference",),
                                       (Check("margin", "is", 0),)),), plan),
        EngineRule("core", (
            Condition("d", "decision", ("plan",)),
            Condition("x", "event", ("died",), (Check("day", "before", other="d"),),
                      negated=True),
        ), duty),
    ])
    firings = engine.run([
        {"type": "event", "name": "conference", "seq": 1, "day": 5, "margin": 0},
        {"type": "event", "name": "unrelated", "seq": 2, "day": 6},
    ])
    assert [f.rule for f in firings] == ["split", "core"]
    assert firings[1].produced[0]["day"] == 15
    assert firings[1].matched["d"]["name"] == "plan"

    blocked = engine.run([
        {"type": "event", "name": "died", "seq": 1, "day": 1},
        {"type": "event", "name": "conference", "seq": 2, "day": 5, "margin": 0},
    ])
    assert [f.rule for f in blocked] == ["split"]


def test_an_error_in_an_action_is_raised_not_swallowed(engine_class: Engine) -> None:
    def broken(matched, value):
        raise ZeroDivisionError("boom")

    engine = engine_class("test_broken", [
        EngineRule("broken", (Condition("m", "event", ("x",)),), broken),
    ])
    with pytest.raises(EngineError, match="boom"):
        engine.run([{"type": "event", "name": "x", "seq": 1, "day": 1}])
    # The session was cleaned up: the next run starts afresh and fails the same way.
    with pytest.raises(EngineError, match="boom"):
        engine.run([{"type": "event", "name": "x", "seq": 1, "day": 1}])


def _rss_kib() -> int:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * 4


def test_two_thousand_cases_in_a_row_without_error_or_growth(project: Project) -> None:
    """More sessions than durable-rules allows live at once (1024; a case with a plan opens
    two, one per stage), each deleted after use."""
    start = date(2026, 1, 5)

    def case(n: int):
        day = start + timedelta(days=n % 300)
        return project.read_case({
            "case": f"LOAD-{n}", "authority": "bolton", "as_of": "2027-12-31",
            "child": {"born": "2015-05-05"},
            "events": [
                {"event": "strategy_discussion", "date": day.isoformat()},
                {"event": "initial_conference", "date": (day + timedelta(days=14)).isoformat(),
                 "outcome": "plan", "votes": {"plan": n % 4, "no_plan": 2}},
                {"event": "core_group_meeting", "date": (day + timedelta(days=24)).isoformat()},
            ],
        }, "generated", date(2027, 12, 31))

    for n in range(300):  # warm up caches and allocator pools
        project.report(case(n))
    before = _rss_kib()
    for n in range(300, 2000):
        report = project.report(case(n))
        assert report["duties"], n
    growth_mib = (_rss_kib() - before) / 1024
    assert growth_mib < 32, f"resident memory grew by {growth_mib:.1f} MiB over 1,700 cases"


def test_a_case_where_no_rule_fires_and_a_join_waits_is_cleaned_up(engine_class: Engine
                                                                    ) -> None:
    """durable-rules 2.0.28 crashed deleting such a session; the adapter's sentinel avoids it."""
    engine = engine_class("test_waiting_join", [
        EngineRule("pair", (Condition("c", "child", ()),
                            Condition("p", "decision", ("plan",))), lambda matched, value: []),
    ])
    assert engine.run([{"type": "child", "seq": 0}]) == []
    assert engine.run([]) == []


def test_a_rule_has_its_effect_once_per_trigger(engine_class: Engine) -> None:
    """A rule whose second pattern matches two facts fires once for its trigger, and facts
    with one identity (one decision made by two rules) are one trigger."""
    def duty(matched, value):
        return [{"type": "duty", "name": "review", "seq": 900 + matched["t"]["seq"]}]

    engine = engine_class("test_once", [
        EngineRule("next_review", (Condition("t", "decision", ("plan",)),
                                   Condition("c", "event", ("conference",))), duty),
    ])
    firings = engine.run([
        {"type": "event", "name": "conference", "seq": 1, "day": 5},
        {"type": "event", "name": "conference", "seq": 2, "day": 6},
        {"type": "decision", "name": "plan", "seq": 10, "identity": "plan@1"},
        {"type": "decision", "name": "plan", "seq": 11, "identity": "plan@1"},
        {"type": "decision", "name": "plan", "seq": 12, "identity": "plan@2"},
    ])
    assert [f.matched["t"]["seq"] for f in firings] == [10, 12]


@pytest.mark.parametrize("fact, value", [
    ({"type": "event", "name": "c", "seq": 1, "margin": 2}, True),
    ({"type": "event", "name": "c", "seq": 1, "margin": 0}, False),
    ({"type": "event", "name": "c", "seq": 1}, None),  # the record cannot say
])
def test_a_deciding_rule_gives_true_false_or_nothing(engine_class: Engine, fact, value
                                                     ) -> None:
    engine = engine_class("test_decides", [
        EngineRule("plan", (Condition("t", "event", ("c",)),),
                   lambda matched, decided: [], decides=(Check("margin", "above", 0),)),
    ])
    assert [f.value for f in engine.run([fact])] == ([] if value is None else [value])


def test_facts_no_condition_accepts_are_not_sent(engine_class: Engine) -> None:
    engine = engine_class("test_accepts", [
        EngineRule("r", (Condition("t", "event", ("wanted",)),), lambda matched, value: []),
    ])
    assert engine.accepts({"type": "event", "name": "wanted"})
    assert not engine.accepts({"type": "event", "name": "other"})
    assert not engine.accepts({"type": "decision", "name": "wanted"})


def test_many_rules_accepting_one_kind_of_fact_by_several_names(engine_class: Engine) -> None:
    """durable-rules matches an alternative ($or) by pushing each branch on a stack of 64;
    with 80 rules accepting a fact under two names it overflowed (error 303). The adapter
    makes one rule per name."""
    rules = [EngineRule(f"r{n}", (Condition("t", "event", ("a", "b"), (Check("k", "is", n),)),),
                        lambda matched, value: []) for n in range(80)]
    engine = engine_class("test_many", rules)
    firings = engine.run([{"type": "event", "name": "b", "seq": 1, "k": 7}])
    assert [f.rule for f in firings] == ["r7"]
