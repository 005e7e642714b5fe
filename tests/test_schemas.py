"""The case file's JSON Schema (docs/schemas/case.schema.json) against case.py, the judge:
the published file is what the vocabulary gives, every example passes both, and each kind of
mistake a schema can see is refused by both."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from cpkb.errors import InputError
from cpkb.files import read_data
from cpkb.project import Project
from cpkb.schemas import SCHEMA_PATH, schema_text

HOME = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((HOME / "examples").glob("*.yaml"))


@pytest.fixture(scope="module")
def validator(project: Project) -> jsonschema.Draft202012Validator:
    schema = json.loads((HOME / SCHEMA_PATH).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_published_schema_is_the_vocabularys(project: Project) -> None:
    assert (HOME / SCHEMA_PATH).read_text(encoding="utf-8") == schema_text(
        project.vocabulary, project.authorities), "run python -m cpkb.schemas"


def _judged(project: Project, validator: jsonschema.Draft202012Validator, data: Any
            ) -> tuple[bool, bool]:
    """(the schema accepts it, case.py accepts it)."""
    try:
        project.read_case(data, "case.yaml", date(2027, 1, 1))
        read = True
    except InputError:
        read = False
    return validator.is_valid(data), read


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_passes_both(project: Project, validator, path: Path) -> None:
    assert _judged(project, validator, read_data(path)) == (True, True)
    # and says where its editor finds the schema
    assert path.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../docs/schemas/case.schema.json\n")


def _first_event_named(data: dict, *names: str) -> dict:
    return next(e for e in data["events"] if e["event"] in names)


# Each a change to bolton-split-vote.yaml (a strategy discussion, then an initial conference
# with votes, agencies and an outcome), and whether case.py accepts the result.
CHANGES = {
    "an unknown key": (lambda d: d.update(colour="red"), False),
    "an unknown authority": (lambda d: d.update(authority="leeds"), False),
    "no authority": (lambda d: d.pop("authority"), False),
    "an unknown event": (lambda d: d["events"][0].update(event="picnic"), False),
    "an event without a date": (lambda d: d["events"][0].pop("date"), False),
    "a date not as YYYY-MM-DD": (lambda d: d["events"][0].update(date="5 January 2027"), False),
    "an attribute of another event": (
        lambda d: d["events"][0].update(votes={"plan": 1}), False),
    "an outcome not among the choices": (
        lambda d: _first_event_named(d, "initial_conference").update(outcome="maybe"), False),
    "an unknown agency": (
        lambda d: _first_event_named(d, "initial_conference").update(agencies=["fire"]),
        False),
    "votes of another kind": (
        lambda d: _first_event_named(d, "initial_conference").update(votes={"plan": "3"}),
        False),
    "an unknown child field": (lambda d: d.setdefault("child", {}).update(eyes="blue"), False),
    "for: on an event of no conference": (
        lambda d: d["events"][0].update(**{"for": "icpc"}), False),
    "a case reference true": (lambda d: d.update(case=True), False),
    "an attribute given as null": (
        lambda d: _first_event_named(d, "initial_conference").update(outcome=None), True),
    "an agency by its other name": (
        lambda d: _first_event_named(d, "initial_conference").update(
            agencies=["social_worker", "police"]), True),
}


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_a_change_is_judged_alike(project: Project, validator, name: str) -> None:
    data = copy.deepcopy(read_data(HOME / "examples/bolton-split-vote.yaml"))
    change, accepted = CHANGES[name]
    change(data)
    assert _judged(project, validator, data) == (accepted, accepted)


def test_what_only_the_whole_case_shows_is_left_to_case_py(project: Project,
                                                          validator) -> None:
    data = copy.deepcopy(read_data(HOME / "examples/bolton-split-vote.yaml"))
    data["events"][0]["date"] = "2026-02-30"  # the shape of a date, but no day
    assert _judged(project, validator, data) == (True, False)
