"""How a case's events relate: which conference each belongs to, which were held, and the
episodes that scope "the first" and "the last".

A rule about minutes means the minutes of *this* conference, a rule about "the last strategy
discussion" means the last one of *this* enquiry, and a conference that was stood down is not
the conference held. Those relations are worked out here, once, from the case and the
vocabulary (rules/vocabulary/: `groups`, `series`, each event's `link`), and every event
reaches the rules as a `CaseEvent` carrying them:

- `occasion`: the conference the event belongs to. A conference is its own occasion. An
  event whose type has a `link` (reports, minutes, decisions circulated, ...) belongs to the
  conference its `for:` names; without one, a `next` event (a report) belongs to the next
  conference on or after its date - of the stage its `conference` attribute gives, if any -
  and a `previous` event (minutes) to the latest conference on or before its date. Each
  such link is recorded as a `Link`, so that the report can say which it assumed.
- `stage` of a conference: `initial` or `review`. A `reconvened_conference` whose outcome is
  plan or no_plan is an initial conference, continue_plan or end_plan a review; with no such
  outcome it has the stage of the conference it re-convenes (the latest earlier one not held).
  Transfer-in and missing-child conferences have stages of their own.
- `held`: the conference was not stood down or deferred.
- `episode`, `first`, `latest`: within the vocabulary's series (the strategy discussions of
  one enquiry end with the initial conference held on it, or with a finding of no
  significant harm); events in no series count over the whole case.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cpkb.case import Event
from cpkb.vocabulary import Vocabulary

STAGES = {
    "initial_conference": "initial",
    "review_conference": "review",
    "transfer_in_conference": "transfer_in",
    "missing_child_conference": "missing",
}
STAGE_OF_OUTCOME = {"plan": "initial", "no_plan": "initial",
                    "continue_plan": "review", "end_plan": "review"}
NOT_HELD = ("stood_down", "deferred")
# A report's `conference` attribute (the kind of conference it is for) as a stage.
STAGE_OF_KIND = {"initial_conference": "initial", "review_conference": "review"}
KIND_OF_STAGE = {stage: kind for kind, stage in STAGE_OF_KIND.items()}
RECONVENED = "reconvened_conference"


@dataclass(frozen=True)
class CaseEvent:
    """An event of the case with what the case says about its relations."""

    event: Event
    seq: int  # its position among the events used, from 1: its identity in the engine
    occasion: int | None = None  # seq of the conference it belongs to
    occasion_stage: str | None = None  # that conference's stage
    stage: str | None = None
    held: bool | None = None
    episode: int | None = None
    first: bool = False
    latest: bool = False

    @property
    def name(self) -> str:
        return self.event.name

    def fields(self) -> dict[str, Any]:
        """The event's attributes and the relations rules may test, by field name."""
        fields: dict[str, Any] = {**self.event.attributes, "first": self.first,
                                  "latest": self.latest}
        kind = KIND_OF_STAGE.get(self.occasion_stage or "")
        if kind is not None and self.stage is None:
            # A report that does not say which kind of conference it is for is for the kind
            # of the conference it belongs to.
            fields.setdefault("conference", kind)
        for key in ("occasion", "stage", "held", "episode"):
            value = getattr(self, key)
            if value is not None:
                fields[key] = value
        return fields


@dataclass(frozen=True)
class Link:
    """Which conference an event that belongs to one was taken to belong to, and how."""

    event: CaseEvent
    conference: CaseEvent | None
    how: str  # "given" (its for:), "assumed" (by date) or "none"
    why: str


def matches(name: str, fields: dict[str, Any], event_name: str, vocabulary: Vocabulary) -> bool:
    """Whether an event (its name and fields) is the event or group `name`."""
    group = vocabulary.groups.get(name)
    if group is None:
        return event_name == name
    return event_name in group.events and all(
        (fields.get(k) in v) if isinstance(v, list) else fields.get(k) == v
        for k, v in group.fields
    )


def _stages(events: list[Event]) -> list[tuple[str | None, bool | None]]:
    """(stage, held) for each event; (None, None) for events that are no conference."""
    out: list[tuple[str | None, bool | None]] = []
    for i, event in enumerate(events):
        outcome = event.attributes.get("outcome")
        if event.name == RECONVENED:
            stage = STAGE_OF_OUTCOME.get(outcome) if isinstance(outcome, str) else None
            if stage is None:
                reconvened = next((out[j][0] for j in range(i - 1, -1, -1)
                                   if out[j][0] in ("initial", "review") and out[j][1] is False),
                                  None)
                stage = reconvened or "initial"
        elif event.name in STAGES:
            stage = STAGES[event.name]
        else:
            out.append((None, None))
            continue
        out.append((stage, outcome not in NOT_HELD))
    return out


class Occasions:
    """The relations of the events of one case (the events used, in date order)."""

    def __init__(self, events: Iterable[Event], vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        ordered = list(events)
        staged = [CaseEvent(e, seq, stage=stage, held=held)
                  for seq, (e, (stage, held)) in enumerate(zip(ordered, _stages(ordered),
                                                               strict=True), start=1)]
        found: list[Link] = []
        linked = self._link(staged, found)
        self.events: tuple[CaseEvent, ...] = tuple(self._count(linked))
        # The links, with the events as they finally are.
        self.links: list[Link] = [
            Link(self.events[link.event.seq - 1],
                 self.events[link.conference.seq - 1] if link.conference else None,
                 link.how, link.why)
            for link in found
        ]

    # -- which conference ---------------------------------------------------------------------

    def _link(self, events: list[CaseEvent], links: list[Link]) -> list[CaseEvent]:
        conferences = [e for e in events if e.stage is not None]
        by_id = {e.event.id: e for e in events if e.event.id is not None}
        out = []
        for event in events:
            if event.stage is not None:
                out.append(_with(event, occasion=event.seq))
                continue
            link = self.vocabulary.events[event.name].link
            if link is None:
                out.append(event)
                continue
            found = self._conference_of(event, link, conferences, by_id)
            links.append(found)
            out.append(_with(event, occasion=found.conference.seq,
                             occasion_stage=found.conference.stage) if found.conference
                       else event)
        return out

    def _conference_of(self, event: CaseEvent, link: str, conferences: list[CaseEvent],
                       by_id: dict[str, CaseEvent]) -> Link:
        wanted = event.event.for_id
        if wanted is not None:
            target = by_id.get(wanted)
            if target is None:  # the case file names it, but it is after the evaluation date
                return Link(event, None, "none", f"its conference {wanted!r} is after the "
                            "evaluation date")
            return Link(event, target, "given", f"for: {wanted}")
        day = event.event.date
        if link == "next":
            stage = STAGE_OF_KIND.get(event.event.attributes.get("conference", ""))
            kind = f"{stage} conference" if stage else "conference"
            found = next((c for c in conferences if c.event.date >= day
                          and (stage is None or c.stage == stage)), None)
            if found is None:
                return Link(event, None, "none", f"no {kind} is on or after its date")
            return Link(event, found, "assumed", f"the next {kind} on or after its date")
        found = next((c for c in reversed(conferences) if c.event.date <= day), None)
        if found is None:
            return Link(event, None, "none", "no conference is on or before its date")
        return Link(event, found, "assumed", "the latest conference on or before its date")

    # -- episodes, first and latest -----------------------------------------------------------

    def _member(self, event: CaseEvent) -> tuple[str, str] | None:
        """(series, member) the event counts in, if any."""
        fields = event.fields()
        for series in self.vocabulary.series.values():
            for member in series.members:
                if matches(member, fields, event.name, self.vocabulary):
                    return series.name, member
        return None

    def _count(self, events: list[CaseEvent]) -> list[CaseEvent]:
        episode = {name: 1 for name in self.vocabulary.series}
        pending_end = dict.fromkeys(self.vocabulary.series, False)
        started = dict.fromkeys(self.vocabulary.series, False)
        keys: list[tuple[Any, ...] | None] = []
        in_series = {e for s in self.vocabulary.series.values() for m in s.members
                     for e in self.vocabulary.event_names(m)}
        for event in events:
            member = self._member(event)
            if member is None:
                # An event of a series' kind that is not a member (a review stood down) is
                # neither first nor latest of anything.
                keys.append(None if event.name in in_series else ("case", event.name))
            else:
                series_name, name = member
                if pending_end[series_name]:
                    episode[series_name] += 1
                    pending_end[series_name] = False
                started[series_name] = True
                keys.append((series_name, episode[series_name], name))
            fields = event.fields()
            for series in self.vocabulary.series.values():
                if started[series.name] and any(
                        matches(n, fields, event.name, self.vocabulary)
                        for n in series.ends_after):
                    pending_end[series.name] = True
        first_of: dict[tuple, int] = {}
        last_of: dict[tuple, int] = {}
        for i, key in enumerate(keys):
            if key is not None:
                first_of.setdefault(key, i)
                last_of[key] = i
        return [
            event if key is None else
            _with(event, episode=key[1] if key[0] != "case" else None,
                  first=first_of[key] == i, latest=last_of[key] == i)
            for i, (event, key) in enumerate(zip(events, keys, strict=True))
        ]

    def conference(self, event: CaseEvent) -> CaseEvent | None:
        """The conference an event belongs to."""
        return self.events[event.occasion - 1] if event.occasion else None


def _with(event: CaseEvent, **changes: Any) -> CaseEvent:
    return dataclasses.replace(event, **changes)
