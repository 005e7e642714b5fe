"""A case file (YAML or JSON), checked against the vocabulary and turned into a Case.

Everything a user can get wrong is reported as an InputError naming the file, the place
(``events[2].date``) and what was expected; nothing is guessed.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cpkb.errors import InputError, excerpt
from cpkb.vocabulary import Attribute, Vocabulary

CASE_KEYS = ("case", "authority", "as_of", "child", "events")
# Keys every event may carry besides its attributes: `id` names it, so that events that
# belong to a conference can say which one with `for: <id>`.
EVENT_KEYS = ("event", "date", "id", "for")


@dataclass(frozen=True)
class Event:
    name: str
    date: date
    attributes: dict[str, Any] = field(default_factory=dict)
    index: int = 0  # position in the case file, so that reports can point back to it
    id: str | None = None
    for_id: str | None = None  # the `for:` of the case file: the id of its conference


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


# A case's size (docs/case-files.md): evaluation time grows about linearly up to these (a
# 2,000-event case takes about 2 s, bench/long_case.py); larger ones are refused rather than
# left to run for minutes.
MAX_EVENTS = 2000
MAX_FILE_BYTES = 5 * 2**20

# The dates a case may give (docs/case-files.md): any later or earlier is a typing error, and
# every period counted from them (18 years, 15 working days) stays a date.
EARLIEST, LATEST = date(1900, 1, 1), date(2199, 12, 31)


def parse_date(value: Any, file: str | Path | None, place: str) -> date:
    """A calendar date from YAML (already a date) or from text in ISO form (JSON), between
    EARLIEST and LATEST."""
    # A YAML `!!timestamp` tag gives a datetime, which is a date with a time: not a date.
    day = value if isinstance(value, date) and not isinstance(value, datetime) else None
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            day = date.fromisoformat(value)
    if day is None:
        raise InputError(file, place, f"expected a date as YYYY-MM-DD, got {excerpt(value)}")
    if not EARLIEST <= day <= LATEST:
        raise InputError(file, place, f"expected a date from {EARLIEST} to {LATEST}, got {day}")
    return day


def _names(value: Any, section: str, what: str, read: Any, file: str | Path,
           place: str) -> list[str]:
    """A list of names, each read by `read` (None for an unknown name) from the vocabulary's
    `section` (agencies, requirements)."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise InputError(file, place, f"expected a list of {what} names, got {excerpt(value)}")
    names = []
    for i, name in enumerate(value):
        resolved = read(name)
        if resolved is None:
            raise InputError(file, f"{place}[{i}]", f"unknown {what} {excerpt(name)}; the "
                             f"names are listed under {section} in rules/vocabulary/")
        names.append(resolved)
    return names


def _value(attribute: Attribute, value: Any, vocabulary: Vocabulary, file: str | Path,
           place: str) -> Any:
    kind = attribute.type
    if kind == "date":
        return parse_date(value, file, place)
    if kind == "bool":
        if isinstance(value, bool):
            return value
        raise InputError(file, place, f"expected true or false, got {excerpt(value)}")
    if kind == "int":
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        raise InputError(file, place, f"expected a whole number of 0 or more, got {excerpt(value)}")
    if kind == "text":
        if isinstance(value, str) and value.strip():
            return value
        raise InputError(file, place, f"expected some text, got {excerpt(value)}")
    if kind == "choice":
        if value in attribute.choices:
            return value
        choices = ", ".join(attribute.choices)
        raise InputError(file, place, f"expected one of {choices}, got {excerpt(value)}")
    if kind == "list":
        if isinstance(value, list) and all(isinstance(v, str) and v for v in value):
            return list(value)
        raise InputError(file, place, f"expected a list of names, got {excerpt(value)}")
    if kind == "agency":
        agency = vocabulary.agency(value) if isinstance(value, str) else None
        if agency is None:
            raise InputError(file, place, f"expected an agency named under agencies in "
                             f"rules/vocabulary/, got {excerpt(value)}")
        return agency
    if kind == "agencies":
        return _names(value, "agencies", "agency", vocabulary.agency, file, place)
    if kind == "requirements":
        return _names(value, "requirements", "requirement", vocabulary.requirement, file, place)
    # votes
    if (
        isinstance(value, dict)
        and set(value) <= {"plan", "no_plan"}
        and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value.values())
    ):
        return {"plan": value.get("plan", 0), "no_plan": value.get("no_plan", 0)}
    raise InputError(file, place, f"expected {{plan: N, no_plan: N}}, got {excerpt(value)}")


def _reference(item: dict, key: str, file: str | Path, place: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int) or not str(value).strip():
        raise InputError(file, f"{place}.{key}", f"expected a short name, got {excerpt(value)}")
    return str(value)


def _check_references(events: list[Event], vocabulary: Vocabulary, file: str | Path) -> None:
    """Ids are unique, and each `for:` names a conference of the case."""
    by_id: dict[str, Event] = {}
    for event in events:
        if event.id is None:
            continue
        if event.id in by_id:
            raise InputError(file, f"events[{event.index}].id", f"the id {event.id!r} is "
                             f"already given to events[{by_id[event.id].index}]")
        by_id[event.id] = event
    conferences = set(vocabulary.event_names("conference"))
    for event in events:
        if event.for_id is None:
            continue
        target = by_id.get(event.for_id)
        if target is None:
            raise InputError(file, f"events[{event.index}].for",
                             f"no event has the id {event.for_id!r}")
        if target.name not in conferences:
            raise InputError(file, f"events[{event.index}].for", f"expected the id of a "
                             f"conference; {event.for_id!r} is a {target.name}")


def _unknown_keys(data: dict, allowed: Any, file: str | Path, place: str) -> None:
    for key in data:
        if key not in allowed:
            names = ", ".join(sorted(allowed)) or "none"
            shown = str(key) if len(str(key)) <= 40 else str(key)[:39] + "…"
            raise InputError(file, f"{place}{shown}", f"unknown key; expected one of: {names}")


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
    if not isinstance(authority, str) or authority not in authorities:
        known = ", ".join(sorted(authorities))
        raise InputError(file, "authority", f"expected one of {known}, got {excerpt(authority)}")
    as_of = parse_date(data["as_of"], file, "as_of") if data.get("as_of") is not None else today

    child_data = data.get("child") or {}
    if not isinstance(child_data, dict):
        raise InputError(file, "child", "expected a mapping")
    _unknown_keys(child_data, vocabulary.child, file, "child.")
    child = {
        key: _value(vocabulary.child[key], value, vocabulary, file, f"child.{key}")
        for key, value in child_data.items()
        if value is not None
    }

    raw_events = data.get("events")
    if raw_events is None:
        raw_events = []
    if not isinstance(raw_events, list):
        raise InputError(file, "events", "expected a list of events")
    if len(raw_events) > MAX_EVENTS:
        raise InputError(file, "events", f"expected at most {MAX_EVENTS} events in one case, "
                         f"got {len(raw_events)}: split the case at a referral")
    events = []
    for index, item in enumerate(raw_events):
        place = f"events[{index}]"
        if not isinstance(item, dict):
            raise InputError(file, place, "expected a mapping with event and date")
        name = item.get("event")
        alias = vocabulary.event_aliases.get(name) if isinstance(name, str) else None
        if alias is not None:  # an older name: read as the event it now is
            item = {**dict(alias.fixed), **item, "event": alias.event}
            name = alias.event
        if not isinstance(name, str) or name not in vocabulary.events:
            raise InputError(
                file, f"{place}.event", f"unknown event {excerpt(name)}; see the case file guide"
            )
        event_type = vocabulary.events[name]
        _unknown_keys(item, {*EVENT_KEYS, *event_type.attributes}, file, f"{place}.")
        if "date" not in item:
            raise InputError(file, f"{place}.date", "expected a date as YYYY-MM-DD")
        when = parse_date(item["date"], file, f"{place}.date")
        attributes = {}
        for key, attribute in event_type.attributes.items():
            if item.get(key) is not None:
                attributes[key] = _value(attribute, item[key], vocabulary, file, f"{place}.{key}")
            elif attribute.required:
                raise InputError(file, f"{place}.{key}", f"expected {key} for a {name} event")
        event_id = _reference(item, "id", file, place)
        for_id = _reference(item, "for", file, place)
        if for_id is not None and event_type.link is None:
            raise InputError(file, f"{place}.for", f"a {name} event belongs to no conference; "
                             "for: is for reports, minutes, decisions circulated and the like")
        events.append(Event(name=name, date=when, attributes=attributes, index=index,
                            id=event_id, for_id=for_id))
    _check_references(events, vocabulary, file)
    events.sort(key=lambda e: (e.date, e.index))
    return Case(
        reference=str(reference),
        authority=authority,
        as_of=as_of,
        child=child,
        events=tuple(events),
        source=str(file),
    )

