"""A rule's field tests mean the same in Python (fulfilment, grading) as in the engine: for
any test and any event's fields, `Test.holds` agrees with durable-rules."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cpkb.compiler import _checks
from cpkb.engine import Condition, EngineRule, RuleEngine
from cpkb.rulebook import Test as FieldTest

VALUES = st.one_of(st.integers(-3, 3), st.sampled_from(["a", "b"]), st.booleans())
LISTS = st.lists(st.sampled_from(["a", "b", "c"]), max_size=3)

TESTS = st.one_of(
    st.builds(FieldTest, st.just("x"), st.sampled_from(["is", "not"]), VALUES),
    st.builds(FieldTest, st.just("x"), st.just("one_of"), st.lists(VALUES, min_size=1, max_size=3)),
    st.builds(FieldTest, st.just("x"), st.sampled_from(["at_least", "at_most", "above", "below"]),
              st.integers(-3, 3)),
    st.builds(FieldTest, st.just("l"), st.sampled_from(["includes", "excludes"]),
              st.sampled_from(["a", "b", "c"])),
    st.builds(FieldTest, st.sampled_from(["x", "l"]), st.just("present"), st.booleans()),
)
FIELDS = st.fixed_dictionaries({}, optional={"x": st.integers(-3, 3), "l": LISTS})

_engines: dict[str, RuleEngine] = {}


def _engine(test: FieldTest) -> RuleEngine:
    key = repr(test)
    if key not in _engines:  # a ruleset name is registered once per process
        _engines[key] = RuleEngine("test_holds", [EngineRule(
            "t", (Condition("e", "event", ("e",), _checks([test])),),
            lambda matched, value: [])])
    return _engines[key]


@settings(max_examples=150, deadline=None)
@given(TESTS, FIELDS)
def test_python_and_the_engine_read_a_test_alike(test: FieldTest, fields: dict) -> None:
    fired = bool(_engine(test).run([{"type": "event", "name": "e", "seq": 1, **fields}]))
    assert test.holds(fields) == fired, (test, fields)
