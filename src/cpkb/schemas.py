"""The JSON Schema of a case file, generated from the vocabulary, so that an editor checks a
case file as it is typed (a YAML file's first line `# yaml-language-server:
$schema=...`, as the examples have).

The schema says what case.py accepts as far as a schema can: the keys, every event and its
attributes with their types and choices, the agencies and requirements by name, dates as
YYYY-MM-DD, at most MAX_EVENTS events. What only reading the whole case can check stays
case.py's: that an id is given once and that `for:` names a conference of the case, dates
that do not exist (2026-02-30) and the range 1900-2199. case.py stays the judge: the schema
is a help while typing, and tests/test_schemas.py holds the two to the same answers.

`python -m cpkb.schemas` writes it to docs/schemas/case.schema.json, which the site
publishes; a test fails while that file and the vocabulary disagree.
"""

from __future__ import annotations

import json
from typing import Any

from cpkb.case import EVENT_KEYS, MAX_EVENTS
from cpkb.files import written_whole
from cpkb.project import Project
from cpkb.vocabulary import Attribute, Vocabulary

SCHEMA_PATH = "docs/schemas/case.schema.json"  # below the knowledge base's home
SCHEMA_ID = "https://cpkb.example.org/cpkb/schemas/case.schema.json"  # mkdocs.yml's site_url

Schema = dict[str, Any]

_DATE: Schema = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$",
                 "description": "a date as YYYY-MM-DD"}
_REFERENCE: Schema = {"type": ["string", "integer"], "minLength": 1,
                      "description": "a short name for an event (`id`), or the id of the "
                                     "conference it belongs to (`for`)"}


def _definitions(vocabulary: Vocabulary) -> Schema:
    """The long lists, given once (`$defs`) and referred to by every attribute using them."""
    agencies = sorted([*vocabulary.agencies, *vocabulary.agency_aliases])
    return {
        "date": _DATE,
        "agency": {"enum": agencies},
        "agencies": {"type": "array", "items": {"$ref": "#/$defs/agency"}},
        "requirements": {"type": "array", "items": {"enum": sorted(vocabulary.requirements)}},
    }


# An attribute's values by its type, as case._value accepts them; choice is the attribute's
# own list.
_KINDS: dict[str, Schema] = {
    "date": {"$ref": "#/$defs/date"},
    "bool": {"type": "boolean"},
    "int": {"type": "integer", "minimum": 0},
    "text": {"type": "string", "pattern": r"\S"},
    "list": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "agency": {"$ref": "#/$defs/agency"},
    "agencies": {"$ref": "#/$defs/agencies"},
    "requirements": {"$ref": "#/$defs/requirements"},
    "votes": {"type": "object", "additionalProperties": False,
              "properties": {side: {"type": "integer", "minimum": 0}
                             for side in ("plan", "no_plan")}},
}


def _value(attribute: Attribute) -> Schema:
    kind = {"enum": list(attribute.choices)} if attribute.type == "choice" else _KINDS[
        attribute.type]
    return {**kind, "description": attribute.description}


def _attributes(attributes: dict[str, Attribute]) -> Schema:
    # null is no value (case.py passes it over), as a key left out would be
    return {name: {"anyOf": [_value(a), {"type": "null"}]} for name, a in attributes.items()}


def _event(name: str, vocabulary: Vocabulary) -> Schema:
    """What an event of this name (or an older name for it) may hold besides its name."""
    alias = vocabulary.event_aliases.get(name)
    event = vocabulary.events[alias.event if alias else name]
    fixed = {key for key, _ in alias.fixed} if alias else set()
    properties = _attributes(event.attributes)
    if event.link is None:
        properties["for"] = False  # it belongs to no conference
    return {
        "if": {"properties": {"event": {"const": name}}, "required": ["event"]},
        "then": {
            "properties": properties,
            "required": [a.name for a in event.attributes.values()
                         if a.required and a.name not in fixed],
        },
    }


def case_schema(vocabulary: Vocabulary, authorities: set[str]) -> Schema:
    names = sorted([*vocabulary.events, *vocabulary.event_aliases])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "cpkb case file",
        "description": "One case: the child and what happened, with dates (docs/case-files.md)."
                       " Generated from rules/vocabulary/ by `python -m cpkb.schemas`.",
        "$defs": _definitions(vocabulary),
        "type": "object",
        "required": ["case", "authority"],
        "additionalProperties": False,
        "properties": {
            "case": {"type": ["string", "integer"], "minLength": 1,
                     "description": "the case's reference (never a name)"},
            "authority": {"enum": sorted(authorities),
                          "description": "whose procedure applies"},
            "as_of": {"$ref": "#/$defs/date", "description": "the evaluation date (default: "
                                                            "today)"},
            "child": {"type": ["object", "null"], "additionalProperties": False,
                      "properties": _attributes(vocabulary.child)},
            "events": {
                "type": ["array", "null"],
                "maxItems": MAX_EVENTS,
                "items": {
                    "type": "object",
                    "required": ["event", "date"],
                    "properties": {"event": {"enum": names}, "date": {"$ref": "#/$defs/date"},
                                   **{key: _REFERENCE for key in EVENT_KEYS
                                      if key not in ("event", "date")}},
                    "allOf": [_event(name, vocabulary) for name in names],
                    "unevaluatedProperties": False,  # no key the event does not have
                },
            },
        },
    }


def schema_text(vocabulary: Vocabulary, authorities: set[str]) -> str:
    return json.dumps(case_schema(vocabulary, authorities), indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    project = Project.locate()
    path = project.home / SCHEMA_PATH
    path.parent.mkdir(exist_ok=True)
    with written_whole(path, "schema") as out:
        out.write(schema_text(project.vocabulary, project.authorities))
    path.chmod(0o644)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
