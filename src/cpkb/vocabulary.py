"""The shared words of case files and rules (rules/vocabulary/*.yaml).

Besides the event names and their attributes, the vocabulary holds the words that say how
events relate, so that rules and the code that links events read them from one place:

- `agencies`: who did something (an event's `author`, a conference's `agencies`);
- `requirements`: the names a case's `done` lists may use;
- `groups`: names for sets of events, narrowed by their fields ("an initial conference that
  was held" is an initial_conference, or a reconvened_conference at the initial stage, not
  stood down or deferred);
- `series`: events counted together in episodes (the strategy discussions of one enquiry),
  which scope `first`, `latest` and `episode`;
- `states`: conditions that hold from one decision to another ("a child subject of a Child
  Protection Plan");
- `last_before`: fields true on an event that comes last before an event of another kind
  ("the Core Group meeting prior to each review conference");
- `derived`: the fields computed for each event fact, with what each means.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from cpkb.errors import InputError
from cpkb.files import read_data

ATTRIBUTE_TYPES = ("date", "bool", "text", "int", "choice", "list", "votes", "agency",
                   "agencies", "requirements")
LINKS = ("next", "previous")  # how an event is linked to its conference when it names none


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
    # An event that belongs to a conference (its reports, minutes, ...) may name it with
    # `for:`; without one it is linked to the next conference on or after its date ("next")
    # or the latest on or before it ("previous"). None for events of no conference.
    link: str | None = None


@dataclass(frozen=True)
class Group:
    """A name for the events of `events` whose fields have the values of `fields`."""

    name: str
    description: str
    events: tuple[str, ...]
    fields: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Series:
    """Events counted in episodes: an episode ends after an event of `ends_after`, and the next
    member starts a new one. `members` are event or group names; `first` and `latest` are
    counted per member within an episode."""

    name: str
    description: str
    members: tuple[str, ...]
    ends_after: tuple[str, ...]


@dataclass(frozen=True)
class LastBefore:
    """A field (`name`) of each `event`: true where a `next` (an event or group) comes on a
    later day with no other `event` on a day between, else false. "The Core Group meeting
    prior to each review conference" is the core group meeting with `last_before_review`."""

    name: str
    description: str
    event: str
    next: str


@dataclass(frozen=True)
class State:
    """A condition that holds from a `decision` decided true to the same decision decided
    false: the child protection plan from the conference that makes it to its end. Only a
    decision made at one of `starts_at` (events or groups) starts it: a review that keeps a
    plan does not make one."""

    name: str
    description: str
    decision: str
    starts_at: tuple[str, ...] = ()


@dataclass(frozen=True)
class DutyType:
    name: str
    description: str
    # What does the duty, when a rule does not say: an event or group name. None: every rule
    # must say (`fulfilled_by`).
    fulfilled_by: str | None = None


@dataclass(frozen=True)
class EventAlias:
    """An older event name, read as `event` with the attribute values `fixed`."""

    name: str
    event: str
    fixed: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Vocabulary:
    child: dict[str, Attribute]
    events: dict[str, EventType]
    duties: dict[str, DutyType]
    decisions: dict[str, str]
    agencies: dict[str, str]
    agency_aliases: dict[str, str]
    requirements: dict[str, str]
    groups: dict[str, Group]
    series: dict[str, Series]
    states: dict[str, State]
    derived: dict[str, str]  # every derived field, those of last_before included
    event_aliases: dict[str, EventAlias]
    last_before: dict[str, LastBefore]

    @cached_property
    def series_events(self) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
        """Series name -> (the event names of its members, of its ends_after): which events
        can count in it or end an episode of it at all."""
        return {
            s.name: (frozenset(e for m in s.members for e in self.event_names(m)),
                     frozenset(e for m in s.ends_after for e in self.event_names(m)))
            for s in self.series.values()
        }

    def event_names(self, name: str) -> tuple[str, ...]:
        """The event names an event or group name stands for."""
        group = self.groups.get(name)
        return group.events if group else (name,)

    def is_event_or_group(self, name: str) -> bool:
        return name in self.events or name in self.groups

    def agency(self, name: str) -> str | None:
        """The agency a name stands for (an alias read as its agency), or None if unknown."""
        name = self.agency_aliases.get(name, name)
        return name if name in self.agencies else None

    def requirement(self, name: str) -> str | None:
        return name if name in self.requirements else None


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, place: str, expected: str) -> InputError:
        return InputError(self.path, place, expected)

    def mapping(self, data: Any, place: str) -> dict:
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise self.fail(place, "expected a mapping")
        return data

    def names(self, data: Any, place: str) -> tuple[str, ...]:
        if not isinstance(data, list) or not data or not all(isinstance(n, str) for n in data):
            raise self.fail(place, "expected a list of names")
        return tuple(data)

    def descriptions(self, data: Any, place: str) -> dict[str, str]:
        """A mapping of names to one-line descriptions."""
        out = {}
        for name, text in self.mapping(data, place).items():
            if not isinstance(text, str) or not text.strip():
                raise self.fail(f"{place}.{name}", "expected a one-line description")
            out[str(name)] = text
        return out

    def attributes(self, data: Any, place: str) -> dict[str, Attribute]:
        attributes = {}
        for name, spec in self.mapping(data, place).items():
            if not isinstance(spec, dict) or spec.get("type") not in ATTRIBUTE_TYPES:
                raise self.fail(f"{place}.{name}",
                                f"expected a type, one of {', '.join(ATTRIBUTE_TYPES)}")
            attributes[name] = Attribute(
                name=name,
                type=spec["type"],
                description=str(spec.get("description", "")),
                choices=tuple(spec.get("choices", ())),
                required=bool(spec.get("required", False)),
            )
        return attributes

    def events(self, data: Any) -> dict[str, EventType]:
        events = {}
        for name, spec in self.mapping(data, "events").items():
            place = f"events.{name}"
            if not isinstance(spec, dict):
                raise self.fail(place, "expected description and attributes")
            link = spec.get("link")
            if link is not None and link not in LINKS:
                raise self.fail(f"{place}.link", f"expected one of {', '.join(LINKS)}")
            events[name] = EventType(
                name=name,
                description=str(spec.get("description", "")),
                attributes=self.attributes(spec.get("attributes", {}), f"{place}.attributes"),
                link=link,
            )
        return events

    def groups(self, data: Any, events: dict[str, EventType]) -> dict[str, Group]:
        groups = {}
        for name, spec in self.mapping(data, "groups").items():
            place = f"groups.{name}"
            if not isinstance(spec, dict) or "events" not in spec:
                raise self.fail(place, "expected description, events and field values")
            if name in events:
                raise self.fail(place, "expected a name that is not also an event's")
            members = self.names(spec["events"], f"{place}.events")
            unknown = [e for e in members if e not in events]
            if unknown:
                raise self.fail(f"{place}.events", f"unknown event {', '.join(unknown)}")
            fields = tuple((k, v) for k, v in spec.items() if k not in ("events", "description"))
            groups[name] = Group(name, str(spec.get("description", "")), members, fields)
        return groups

    def series(self, data: Any, known: set[str]) -> dict[str, Series]:
        series = {}
        for name, spec in self.mapping(data, "series").items():
            place = f"series.{name}"
            if not isinstance(spec, dict):
                raise self.fail(place, "expected description, members and ends_after")
            members = self.names(spec.get("members"), f"{place}.members")
            ends_after = self.names(spec.get("ends_after"), f"{place}.ends_after")
            for key, names in (("members", members), ("ends_after", ends_after)):
                unknown = [n for n in names if n not in known]
                if unknown:
                    raise self.fail(f"{place}.{key}", f"unknown event or group "
                                    f"{', '.join(unknown)}")
            series[name] = Series(name, str(spec.get("description", "")), members, ends_after)
        return series

    def states(self, data: Any, decisions: dict[str, str], known: set[str]) -> dict[str, State]:
        states = {}
        for name, spec in self.mapping(data, "states").items():
            place = f"states.{name}"
            if not isinstance(spec, dict) or spec.get("decision") not in decisions:
                raise self.fail(f"{place}.decision", "expected the name of a decision")
            starts_at = self.names(spec["starts_at"], f"{place}.starts_at") if (
                "starts_at" in spec) else ()
            unknown = [n for n in starts_at if n not in known]
            if unknown:
                raise self.fail(f"{place}.starts_at", f"unknown event or group "
                                f"{', '.join(unknown)}")
            states[name] = State(name, str(spec.get("description", "")), spec["decision"],
                                 starts_at)
        return states

    def last_before(self, data: Any, events: dict[str, EventType], known: set[str],
                    taken: set[str]) -> dict[str, LastBefore]:
        fields = {}
        for name, spec in self.mapping(data, "last_before").items():
            place = f"last_before.{name}"
            if not isinstance(spec, dict) or not isinstance(spec.get("description"), str):
                raise self.fail(place, "expected description, event and next")
            if spec.get("event") not in events:
                raise self.fail(f"{place}.event", "expected an event name")
            if spec.get("next") not in known:
                raise self.fail(f"{place}.next", "expected an event or group name")
            if name in taken or name in events[spec["event"]].attributes:
                raise self.fail(place, "expected a field name that is no other field's")
            fields[name] = LastBefore(name, spec["description"], spec["event"], spec["next"])
        return fields

    def event_aliases(self, data: Any, events: dict[str, EventType]) -> dict[str, EventAlias]:
        aliases = {}
        for name, spec in self.mapping(data, "event_aliases").items():
            place = f"event_aliases.{name}"
            if not isinstance(spec, dict) or spec.get("event") not in events or name in events:
                raise self.fail(place, "expected {event: <an event name>, <attribute>: <value>}"
                                " for a name that is no event's")
            fixed = tuple((k, v) for k, v in spec.items() if k != "event")
            unknown = [k for k, _ in fixed if k not in events[spec["event"]].attributes]
            if unknown:
                raise self.fail(place, f"unknown attribute {', '.join(unknown)} of "
                                f"{spec['event']}")
            aliases[name] = EventAlias(name, spec["event"], fixed)
        return aliases

    def duties(self, data: Any, known: set[str]) -> dict[str, DutyType]:
        duties = {}
        for name, spec in self.mapping(data, "duties").items():
            place = f"duties.{name}"
            if isinstance(spec, str):
                spec = {"description": spec}
            if not isinstance(spec, dict) or not isinstance(spec.get("description"), str):
                raise self.fail(place, "expected a description, or {description, fulfilled_by}")
            fulfilled_by = spec.get("fulfilled_by")
            if fulfilled_by is None and name in known:
                fulfilled_by = name  # the duty to hold a core group meeting: a meeting does it
            if fulfilled_by is not None and fulfilled_by not in known:
                raise self.fail(f"{place}.fulfilled_by", "expected an event or group name")
            duties[name] = DutyType(name, spec["description"], fulfilled_by)
        return duties


SECTIONS = ("child", "agencies", "agency_aliases", "conference_attributes", "events",
            "event_aliases", "groups", "series", "states", "last_before", "derived", "duties",
            "decisions", "requirements")


def _merged(folder: Path) -> dict[str, dict]:
    """The sections of every file of the folder, merged; a name defined twice is an error
    naming both files."""
    paths = sorted(folder.glob("*.yaml"))
    if not paths:
        raise InputError(folder, "", "expected the vocabulary's YAML files; the folder has none")
    merged: dict[str, dict] = {}
    origin: dict[tuple[str, str], Path] = {}
    for path in paths:
        read = _Reader(path)
        data = read_data(path)
        if not isinstance(data, dict):
            raise read.fail("top level", f"expected sections such as {', '.join(SECTIONS[:5])}")
        for section, content in data.items():
            if section not in SECTIONS:
                raise read.fail(str(section), f"unknown section; expected one of "
                                f"{', '.join(SECTIONS)}")
            for name, spec in read.mapping(content, section).items():
                first = origin.setdefault((section, name), path)
                if first != path:
                    raise read.fail(f"{section}.{name}", f"already defined in {first.name}")
                merged.setdefault(section, {})[name] = spec
    return merged


def read_vocabulary(folder: Path) -> Vocabulary:
    """rules/vocabulary/*.yaml: the words shared by all (common.yaml) and those each
    authority's rules brought in, as one vocabulary."""
    data = _merged(folder)
    read = _Reader(folder)
    events = read.events(data.get("events"))
    groups = read.groups(data.get("groups"), events)
    known = set(events) | set(groups)
    decisions = read.descriptions(data.get("decisions"), "decisions")
    agencies = read.descriptions(data.get("agencies"), "agencies")
    aliases = {str(k): str(v) for k, v in read.mapping(data.get("agency_aliases"),
                                                       "agency_aliases").items()}
    for alias, agency in aliases.items():
        if agency not in agencies:
            raise read.fail(f"agency_aliases.{alias}", "expected the name of an agency")
    derived = read.descriptions(data.get("derived"), "derived")
    last_before = read.last_before(data.get("last_before"), events, known, set(derived))
    return Vocabulary(
        child=read.attributes(data.get("child"), "child"),
        events=events,
        duties=read.duties(data.get("duties"), known),
        decisions=decisions,
        agencies=agencies,
        agency_aliases=aliases,
        requirements=read.descriptions(data.get("requirements"), "requirements"),
        groups=groups,
        series=read.series(data.get("series"), known),
        states=read.states(data.get("states"), decisions, known),
        derived={**derived, **{f.name: f.description for f in last_before.values()}},
        event_aliases=read.event_aliases(data.get("event_aliases"), events),
        last_before=last_before,
    )


# Kept per folder for the rest of the process: the tests and the site build make many
# Projects of one home (the site clears it when a file changes).
load_vocabulary = lru_cache(maxsize=4)(read_vocabulary)
