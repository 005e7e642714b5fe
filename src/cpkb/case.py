"""A case file (YAML or JSON), checked against the vocabulary and turned into a Case.

Everything a user can get wrong is reported as an InputError naming the file, the place
(``events[2].date``) and what was expected; nothing is guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from cpkb.errors import InputError
from cpkb.vocabulary import Attribute, Vocabulary

CASE_KEYS = ("case", "authority", "as_of", "child", "events")


@dataclass(frozen=True)
class Event:
    name: str
    date: date
    attributes: dict[str, Any] = field(default_factory=dict)
    index: int = 0  # position in the case file, so that reports can point back to it


@dataclass(frozen=True)
class Case:
    reference: str
    authority: str
    as_of: date
    child: dict[str, Any]
    events: tuple[Event, ...]
    source: str = ""

    def events_named(self, name: str) -> list[Event]:
        return [e for e in self.events if e.name == name]


def parse_date(value: Any, file: str | Path | None, place: str) -> date:
    """A calendar date from YAML (already a date) or from text in ISO form (JSON)."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise InputError(file, place, f"expected a date as YYYY-MM-DD, got {value!r}")


def _value(attribute: Attribute, value: Any, file: str | Path, place: str) -> Any:
    kind = attribute.type
    if kind == "date":
        return parse_date(value, file, place)
    if kind == "bool":
        if isinstance(value, bool):
            return value
        raise InputError(file, place, f"expected true or false, got {value!r}")
    if kind == "int":
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        raise InputError(file, place, f"expected a whole number of 0 or more, got {value!r}")
    if kind == "text":
        if isinstance(value, str) and value.strip():
            return value
        raise InputError(file, place, f"expected some text, got {value!r}")
    if kind == "choice":
        if value in attribute.choices:
            return value
        choices = ", ".join(attribute.choices)
        raise InputError(file, place, f"expected one of {choices}, got {value!r}")
    if kind == "list":
        if isinstance(value, list) and all(isinstance(v, str) and v for v in value):
            return list(value)
        raise InputError(file, place, f"expected a list of names, got {value!r}")
    # votes
    if (
        isinstance(value, dict)
        and set(value) <= {"plan", "no_plan"}
        and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value.values())
    ):
        return {"plan": value.get("plan", 0), "no_plan": value.get("no_plan", 0)}
    raise InputError(file, place, f"expected {{plan: N, no_plan: N}}, got {value!r}")


def _unknown_keys(data: dict, allowed: Any, file: str | Path, place: str) -> None:
    for key in data:
        if key not in allowed:
            names = ", ".join(sorted(allowed)) or "none"
            raise InputError(file, f"{place}{key}", f"unknown key; expected one of: {names}")


def case_from_data(
    data: Any, vocabulary: Vocabulary, authorities: set[str], file: str | Path, today: date
) -> Case:
    if not isinstance(data, dict):
        raise InputError(file, "top level", "expected a mapping with case, authority and events")
    _unknown_keys(data, CASE_KEYS, file, "")
    reference = data.get("case")
    if not isinstance(reference, str | int) or isinstance(reference, bool) or not str(reference):
        raise InputError(file, "case", "expected a case reference (never a name)")
    authority = data.get("authority")
    if authority not in authorities:
        known = ", ".join(sorted(authorities))
        raise InputError(file, "authority", f"expected one of {known}, got {authority!r}")
    as_of = parse_date(data["as_of"], file, "as_of") if data.get("as_of") is not None else today

    child_data = data.get("child") or {}
    if not isinstance(child_data, dict):
        raise InputError(file, "child", "expected a mapping")
    _unknown_keys(child_data, vocabulary.child, file, "child.")
    child = {
        key: _value(vocabulary.child[key], value, file, f"child.{key}")
        for key, value in child_data.items()
        if value is not None
    }

    raw_events = data.get("events")
    if raw_events is None:
        raw_events = []
    if not isinstance(raw_events, list):
        raise InputError(file, "events", "expected a list of events")
    events = []
    for index, item in enumerate(raw_events):
        place = f"events[{index}]"
        if not isinstance(item, dict):
            raise InputError(file, place, "expected a mapping with event and date")
        name = item.get("event")
        if name not in vocabulary.events:
            raise InputError(
                file, f"{place}.event", f"unknown event {name!r}; see the case file guide"
            )
        event_type = vocabulary.events[name]
        _unknown_keys(item, {"event", "date", *event_type.attributes}, file, f"{place}.")
        if "date" not in item:
            raise InputError(file, f"{place}.date", "expected a date as YYYY-MM-DD")
        when = parse_date(item["date"], file, f"{place}.date")
        attributes = {}
        for key, attribute in event_type.attributes.items():
            if item.get(key) is not None:
                attributes[key] = _value(attribute, item[key], file, f"{place}.{key}")
            elif attribute.required:
                raise InputError(file, f"{place}.{key}", f"expected {key} for a {name} event")
        events.append(Event(name=name, date=when, attributes=attributes, index=index))
    events.sort(key=lambda e: (e.date, e.index))
    return Case(
        reference=str(reference),
        authority=authority,
        as_of=as_of,
        child=child,
        events=tuple(events),
        source=str(file),
    )

