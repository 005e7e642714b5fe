"""Any case file, however odd, either evaluates or is refused with exit 2 and a message."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpkb.cli import main
from cpkb.project import Project

PROJECT = Project(Path(__file__).resolve().parents[1])
EVENTS = sorted(PROJECT.vocabulary.events)
OUTCOMES = ["plan", "no_plan", "deferred", "stood_down", "continue_plan", "end_plan",
            "significant_harm", "no_significant_harm", "initial_conference",
            "review_conference"]
AGENCIES = ["children_social_care", "police", "health", "education"]

dates = st.dates(min_value=date(2019, 1, 1), max_value=date(2030, 12, 31)).map(date.isoformat)
odd = st.one_of(st.none(), st.integers(-3, 3), st.text(max_size=5), st.booleans())

event = st.fixed_dictionaries(
    {"event": st.one_of(st.sampled_from(EVENTS), st.text(max_size=6)),
     "date": st.one_of(dates, odd)},
    optional={
        "outcome": st.one_of(st.sampled_from(OUTCOMES), odd),
        "conference": st.sampled_from(["initial_conference", "review_conference"]),
        "agencies": st.lists(st.sampled_from(AGENCIES), max_size=4, unique=True),
        "agencies_without_direct_contact": st.lists(st.sampled_from(AGENCIES), max_size=2),
        "votes": st.one_of(st.fixed_dictionaries({"plan": st.integers(0, 6),
                                                  "no_plan": st.integers(0, 6)}), odd),
        "quoracy_breach_reason": st.one_of(st.text(min_size=1, max_size=10), odd),
        "exceptional_circumstances": st.one_of(st.booleans(), odd),
        "done": st.lists(st.text(min_size=1, max_size=8), max_size=2),
        "colour": odd,
    },
)
case = st.fixed_dictionaries(
    {"case": st.one_of(st.text(min_size=1, max_size=8), odd),
     "authority": st.one_of(st.sampled_from(sorted(PROJECT.authorities)), odd),
     "events": st.one_of(st.lists(event, max_size=12), odd)},
    optional={"as_of": st.one_of(dates, odd),
              "child": st.fixed_dictionaries({}, optional={
                  "born": st.one_of(dates, odd), "expected_birth": dates,
                  "looked_after": st.booleans()})},
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=case)
def test_any_case_evaluates_or_exits_2(tmp_path_factory, data) -> None:
    path = tmp_path_factory.mktemp("case") / "case.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["evaluate", str(path), "--format", "json"])
    if code == 0:
        report = json.loads(out.getvalue())
        assert report["authority"] == data["authority"]
        for duty in report["duties"]:
            assert duty["status"] in ("met", "late", "overdue", "open", "early", "ended")
    else:
        assert code == 2, err.getvalue()
        assert out.getvalue() == ""
        assert err.getvalue().startswith(f"cpkb: {path}: ")


@settings(max_examples=60, deadline=None)
@given(start=st.dates(min_value=date(2022, 1, 1), max_value=date(2029, 12, 31)),
       delay=st.integers(0, 40))
def test_the_initial_conference_is_met_exactly_when_held_by_the_due_date(start, delay) -> None:
    held = start + timedelta(days=delay)
    report = PROJECT.report(PROJECT.read_case({
        "case": "P", "authority": "bolton", "as_of": "2031-01-01",
        "events": [{"event": "strategy_discussion", "date": start.isoformat()},
                   {"event": "initial_conference", "date": held.isoformat(),
                    "outcome": "no_plan"}],
    }, "generated", date(2031, 1, 1)))
    duty = next(d for d in report["duties"] if d["duty"] == "initial_conference")
    assert duty["status"] == ("met" if held.isoformat() <= duty["due"] else "late")
