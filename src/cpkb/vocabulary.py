"""The shared words of case files and rules (rules/vocabulary.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cpkb.errors import InputError
from cpkb.files import read_data

ATTRIBUTE_TYPES = ("date", "bool", "text", "int", "choice", "list", "votes")


@dataclass(frozen=True)
class Attribute:
    name: str
    type: str
    description: str
    choices: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True)
class EventType:
    name: str
    description: str
    attributes: dict[str, Attribute]


@dataclass(frozen=True)
class Vocabulary:
    child: dict[str, Attribute]
    events: dict[str, EventType]
    duties: dict[str, str]
    decisions: dict[str, str]


def _attributes(path: Path, place: str, data: object) -> dict[str, Attribute]:
    if not isinstance(data, dict):
        raise InputError(path, place, "expected a mapping of attribute names")
    attributes = {}
    for name, spec in data.items():
        if not isinstance(spec, dict) or spec.get("type") not in ATTRIBUTE_TYPES:
            raise InputError(
                path, f"{place}.{name}", f"expected a type, one of {', '.join(ATTRIBUTE_TYPES)}"
            )
        attributes[name] = Attribute(
            name=name,
            type=spec["type"],
            description=str(spec.get("description", "")),
            choices=tuple(spec.get("choices", ())),
            required=bool(spec.get("required", False)),
        )
    return attributes


@lru_cache(maxsize=4)
def load_vocabulary(path: Path) -> Vocabulary:
    data = read_data(path)
    if not isinstance(data, dict):
        raise InputError(path, "top level", "expected child, events, duties and decisions")
    events = {}
    for name, spec in (data.get("events") or {}).items():
        if not isinstance(spec, dict):
            raise InputError(path, f"events.{name}", "expected description and attributes")
        events[name] = EventType(
            name=name,
            description=str(spec.get("description", "")),
            attributes=_attributes(path, f"events.{name}.attributes", spec.get("attributes", {})),
        )
    return Vocabulary(
        child=_attributes(path, "child", data.get("child", {})),
        events=events,
        duties=dict(data.get("duties") or {}),
        decisions=dict(data.get("decisions") or {}),
    )
