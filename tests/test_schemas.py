"""The JSON Schemas of case files and rule files (docs/schemas/) against what reads them,
the judges (case.py, rulebook.py): the published files are what the vocabulary gives, every
example and rule file passes both, and each kind of mistake a schema can see is refused by
both."""

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
from cpkb.rulebook import load_rule_file
from cpkb.schemas import RULE_SCHEMA_PATH, SCHEMA_PATH, schema_texts

HOME = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((HOME / "examples").glob("*.yaml"))


RULE_FILES = sorted(p for p in (HOME / "rules").glob("*/*.yaml")
                    if p.parent.name != "vocabulary")


def _validator(path: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((HOME / path).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    return _validator(SCHEMA_PATH)


@pytest.fixture(scope="module")
def rule_validator() -> jsonschema.Draft202012Validator:
    return _validator(RULE_SCHEMA_PATH)


def test_the_published_schemas_are_the_vocabularys(project: Project) -> None:
    for path, text in schema_texts(project.vocabulary, project.authorities).items():
        assert (HOME / path).read_text(encoding="utf-8") == text, "run python -m cpkb.schemas"


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


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_rule_file_passes_the_rule_schema(rule_validator, path: Path) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message[:200]}"
              for e in rule_validator.iter_errors(read_data(path))]
    assert errors == []


def _rule(data: dict, rule_id: str) -> dict:
    return next(r for r in data["rules"] if r["id"] == rule_id)


# Each a change to rules/bolton/initial-conference.yaml's bolton.icpc.timing (a duty within
# 15 working days of the last strategy discussion), and whether the rule loader takes it.
RULE_CHANGES = {
    "an unknown key in a rule": (lambda r: r.update(colour="red"), False),
    "no when": (lambda r: r.pop("when"), False),
    "two effects": (lambda r: r.update(requirement={"name": "chair_allocated"}), False),
    "a modality of no source": (lambda r: r.update(modality="ought to"), False),
    "a flag not in the list": (lambda r: r.update(flags=["doubtful"]), False),
    "a pattern of two kinds": (lambda r: r["when"][0].update(decision="quorate"), False),
    "a pattern's alias not a name": (lambda r: r["when"][0].update(**{"as": "the trigger"}),
                                     False),
    "a test of no kind": (lambda r: r["when"][0].update(outcome={"roughly": 3}), False),
    "a duty with two deadlines": (lambda r: r["duty"].update(by="soon"), False),
    "a duty with an unknown key": (lambda r: r["duty"].update(urgent=True), False),
    "a source without its quote": (lambda r: r["sources"][0].pop("quote"), False),
    "a test by one_of": (
        lambda r: r["when"][0].update(outcome={"one_of": ["plan", "no_plan"]}), True),
    "no notes, no flags": (lambda r: (r.pop("notes", None), r.pop("flags", None)), True),
}


@pytest.mark.parametrize("name", sorted(RULE_CHANGES))
def test_a_rule_change_is_judged_alike(rule_validator, tmp_path: Path, name: str) -> None:
    source = HOME / "rules/bolton/initial-conference.yaml"
    data = copy.deepcopy(read_data(source))
    change, accepted = RULE_CHANGES[name]
    change(_rule(data, "bolton.icpc.timing"))
    path = tmp_path / "bolton" / source.name  # the loader reads the authority from the folder
    path.parent.mkdir()
    path.write_text(json.dumps(data), encoding="utf-8")  # YAML reads JSON
    try:
        load_rule_file(path)
        loaded = True
    except InputError:
        loaded = False
    assert (rule_validator.is_valid(data), loaded) == (accepted, accepted)


def test_the_rule_schema_knows_the_vocabularys_names(rule_validator) -> None:
    """What lint checks beyond the loader, the schema checks too: names of the vocabulary."""
    data = copy.deepcopy(read_data(HOME / "rules/bolton/initial-conference.yaml"))
    rule = _rule(data, "bolton.icpc.timing")
    assert rule_validator.is_valid(data)
    rule["duty"]["name"] = "initial_conferense"
    assert not rule_validator.is_valid(data)
