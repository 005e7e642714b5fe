"""The JSON Schemas of the files people write, generated from the vocabulary and the rule
language's own lists, so that an editor checks a file as it is typed (a YAML file's first
line `# yaml-language-server: $schema=...`, as the examples have): a case file, and a rule
file (rules/<authority>/<topic>.yaml).

The schema says what case.py accepts as far as a schema can: the keys, every event and its
attributes with their types and choices, the agencies and requirements by name, dates as
YYYY-MM-DD, at most MAX_EVENTS events. What only reading the whole case can check stays
case.py's: that an id is given once and that `for:` names a conference of the case, dates
that do not exist (2026-02-30) and the range 1900-2199. case.py stays the judge: the schema
is a help while typing, and tests/test_schemas.py holds the two to the same answers.

The rule file's schema says what the rule loader (rulebook.py) accepts, and lint's names:
every event, group, decision, duty, requirement and state by its name in the vocabulary.
What needs the whole rulebook or the knowledge base (quotes verbatim, aliases of earlier
patterns only, sentences covered) stays lint's.

`python -m cpkb.schemas` writes both to docs/schemas/, which the site publishes; a test
fails while those files and the vocabulary disagree.
"""

from __future__ import annotations

import json
from typing import Any

from cpkb.case import EVENT_KEYS, MAX_EVENTS
from cpkb.files import written_whole
from cpkb.project import Project
from cpkb.rulebook import FLAGS, KINDS, MODALITIES, TEMPORAL_OPS, TEST_OPS
from cpkb.vocabulary import Attribute, Vocabulary

SCHEMAS = "docs/schemas"  # below the knowledge base's home
SCHEMA_PATH = f"{SCHEMAS}/case.schema.json"
RULE_SCHEMA_PATH = f"{SCHEMAS}/rules.schema.json"
_SITE = "https://cpkb.example.org/cpkb/schemas"  # mkdocs.yml's site_url

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
        "$id": f"{_SITE}/case.schema.json",
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


def _one_of_keys(*keys: str) -> list[Schema]:
    """Exactly one of `keys` present."""
    return [{"required": [key]} for key in keys]


def _name_or_names(names: list[str]) -> Schema:
    one = {"enum": sorted(set(names))}
    return {"anyOf": [one, {"type": "array", "minItems": 1, "items": one}]}


def _rule_definitions(vocabulary: Vocabulary) -> Schema:
    text = {"type": "string", "pattern": r"\S"}
    alias = {"type": "string", "pattern": r"^[A-Za-z_][A-Za-z0-9_]*$",
             "description": "the `as:` name of another pattern (the first is `trigger`)"}
    period = {"type": ["string", "integer"],
              "description": "a period as the sources word it: 15 working days, 3 months, "
                             "24 hours (docs/time.md)"}
    operands: Schema = {op: {} for op in TEST_OPS} | {
        "one_of": {"type": "array"}, "present": {"type": "boolean"}, "same_as": alias,
        **{op: {"type": "integer"} for op in ("at_least", "at_most", "above", "below")}}
    events = [*vocabulary.events, *vocabulary.groups]
    return {
        "text": text,
        "alias": alias,
        "period": period,
        "test": {
            "description": "a field's value, or one test of it",
            "anyOf": [{"type": ["string", "number", "boolean", "null"]},
                      {"type": "object", "minProperties": 1, "maxProperties": 1,
                       "additionalProperties": False, "properties": operands}],
        },
        "tests": {"type": "object", "additionalProperties": {"$ref": "#/$defs/test"}},
        "pattern": {
            "type": "object",
            "oneOf": _one_of_keys(*KINDS),
            "properties": {
                "event": _name_or_names(events),
                "decision": _name_or_names(list(vocabulary.decisions)),
                "state": {"enum": sorted(vocabulary.states)},
                "child": {"const": True},
                "as": alias, "for": alias, "holds_on": alias,
                "at": _name_or_names(events),
                **{op: alias for op in TEMPORAL_OPS},
            },
            "additionalProperties": {"$ref": "#/$defs/test"},
        },
        "patterns": {"type": "array", "items": {"$ref": "#/$defs/pattern"}},
        "duty": {
            "type": "object", "required": ["name"], "additionalProperties": False,
            "oneOf": _one_of_keys("within", "before", "by"),
            "properties": {
                "name": {"enum": sorted(vocabulary.duties)},
                "within": {"$ref": "#/$defs/period"}, "before": {"$ref": "#/$defs/period"},
                "by": text, "from": {"type": "string"},
                "not_before": {"$ref": "#/$defs/period"},
                "fulfilled_by": {"anyOf": [{"enum": sorted(events)},
                                           {"$ref": "#/$defs/pattern"}]},
                "while": {"enum": sorted(vocabulary.states)},
                "each": {"type": "boolean"},
            },
        },
        "decision": {
            "type": "object", "required": ["name", "value"], "additionalProperties": False,
            "dependentRequired": {"after": ["from"]},
            "properties": {
                "name": {"enum": sorted(vocabulary.decisions)},
                "value": {"anyOf": [
                    {"not": {"type": "object"}},
                    {"type": "object", "required": ["when"], "additionalProperties": False,
                     "properties": {"when": {"$ref": "#/$defs/tests"}}}]},
                "after": {"$ref": "#/$defs/period"}, "from": {"type": "string"},
            },
        },
        "requirement": {
            "type": "object", "required": ["name"], "additionalProperties": False,
            "properties": {"name": {"enum": sorted(vocabulary.requirements)}},
        },
    }


def rule_file_schema(vocabulary: Vocabulary, authorities: set[str]) -> Schema:
    def pairs(first: str, second: str) -> Schema:
        return {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": [first, second], "additionalProperties": False,
            "properties": {first: {"$ref": "#/$defs/text"}, second: {"$ref": "#/$defs/text"}}}}

    prefixes = "|".join(sorted(authorities))
    rule = {
        "type": "object",
        "required": ["id", "title", "modality", "sources", "when"],
        "additionalProperties": False,
        "oneOf": _one_of_keys("duty", "decision", "requirement"),
        "properties": {
            "id": {"type": "string", "pattern": rf"^({prefixes})\.",
                   "description": "the rule's id, starting with its authority's"},
            "title": {"$ref": "#/$defs/text"},
            "modality": {"enum": list(MODALITIES)},
            "sources": pairs("paragraph", "quote"),
            "when": {"$ref": "#/$defs/patterns", "minItems": 1},
            "unless": {"anyOf": [{"$ref": "#/$defs/patterns"}, {"type": "null"}]},
            "duty": {"$ref": "#/$defs/duty"},
            "decision": {"$ref": "#/$defs/decision"},
            "requirement": {"$ref": "#/$defs/requirement"},
            "notes": {"type": "string"},
            "flags": {"anyOf": [{"type": "array", "items": {"enum": list(FLAGS)}},
                                {"type": "null"}]},
        },
    }
    informative = {"type": "array", "minItems": 1, "items": {"anyOf": [
        pairs("paragraph", "reason")["items"], pairs("sentence", "reason")["items"]]}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{_SITE}/rules.schema.json",
        "title": "cpkb rule file",
        "description": "rules/<authority>/<topic>.yaml: the rules of one topic, or the "
                       "paragraphs and sentences that encode nothing (docs/writing-rules.md). "
                       "Generated from rules/vocabulary/ by `python -m cpkb.schemas`.",
        "$defs": _rule_definitions(vocabulary),
        "type": "object",
        "required": ["authority"],
        "oneOf": [
            {"required": ["topic", "rules"], "not": {"required": ["informative"]}},
            {"required": ["informative"], "not": {"anyOf": _one_of_keys("topic", "rules")}},
        ],
        "additionalProperties": False,
        "properties": {
            "authority": {"enum": sorted(authorities),
                          "description": "the folder's name"},
            "topic": {"$ref": "#/$defs/text"},
            "rules": {"type": "array", "items": rule},
            "informative": informative,
        },
    }


def _text(schema: Schema) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def schema_texts(vocabulary: Vocabulary, authorities: set[str]) -> dict[str, str]:
    """Each schema file's path below the home, and its text."""
    return {SCHEMA_PATH: _text(case_schema(vocabulary, authorities)),
            RULE_SCHEMA_PATH: _text(rule_file_schema(vocabulary, authorities))}


def main() -> None:
    project = Project.locate()
    for name, text in schema_texts(project.vocabulary, project.authorities).items():
        path = project.home / name
        path.parent.mkdir(exist_ok=True)
        with written_whole(path, "schema") as out:
            out.write(text)
        path.chmod(0o644)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
