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

from bisect import bisect_right
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
    last_before: tuple[tuple[str, bool], ...] = ()  # its fields of the vocabulary's last_before

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
        fields.update(self.last_before)
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
        stages = _stages(ordered)
        conferences = [i for i, (stage, _) in enumerate(stages) if stage is not None]
        by_id = {e.id: i for i, e in enumerate(ordered) if e.id is not None}
        occasion: list[int | None] = [None] * len(ordered)
        found: list[tuple[int, int | None, str, str]] = []  # (event, conference, how, why)
        for i, event in enumerate(ordered):
            if stages[i][0] is not None:
                occasion[i] = i
                continue
            link = vocabulary.events[event.name].link
            if link is not None:
                conference, how, why = self._conference_of(event, link, ordered, stages,
                                                           conferences, by_id)
                occasion[i] = conference
                found.append((i, conference, how, why))
        counted = self._count(ordered, stages)
        last_before = self._last_before(ordered, stages)
        made = []
        for i, event in enumerate(ordered):
            at = occasion[i]
            made.append(CaseEvent(
                event, i + 1, occasion=None if at is None else at + 1,
                occasion_stage=None if at is None else stages[at][0], stage=stages[i][0],
                held=stages[i][1], episode=counted[i][0], first=counted[i][1],
                latest=counted[i][2], last_before=tuple(last_before[i])))
        self.events: tuple[CaseEvent, ...] = tuple(made)
        self.links: list[Link] = [
            Link(self.events[i], None if j is None else self.events[j], how, why)
            for i, j, how, why in found]

    # -- which conference ---------------------------------------------------------------------

    @staticmethod
    def _conference_of(event: Event, link: str, events: list[Event],
                       stages: list[tuple[str | None, bool | None]], conferences: list[int],
                       by_id: dict[str, int]) -> tuple[int | None, str, str]:
        """(the conference's index, how, why) for an event that belongs to one."""
        wanted = event.for_id
        if wanted is not None:
            if wanted not in by_id:  # the case file names it, but it is after the as-of date
                return None, "none", f"its conference {wanted!r} is after the evaluation date"
            return by_id[wanted], "given", f"for: {wanted}"
        day = event.date
        if link == "next":
            stage = STAGE_OF_KIND.get(event.attributes.get("conference", ""))
            kind = f"{stage} conference" if stage else "conference"
            found = next((c for c in conferences if events[c].date >= day
                          and (stage is None or stages[c][0] == stage)), None)
            if found is None:
                return None, "none", f"no {kind} is on or after its date"
            return found, "assumed", f"the next {kind} on or after its date"
        found = next((c for c in reversed(conferences) if events[c].date <= day), None)
        if found is None:
            return None, "none", "no conference is on or before its date"
        return found, "assumed", "the latest conference on or before its date"

    # -- last before ------------------------------------------------------------------------

    def _last_before(self, events: list[Event], stages: list[tuple[str | None, bool | None]]
                     ) -> list[list[tuple[str, bool]]]:
        """Each event's fields of the vocabulary's `last_before`: an `event` is last before a
        `next` when one comes on a later day and no other `event` on a day between (an
        `event` on the `next`'s own day does not come before it). In one pass over days
        found by bisection, for a case of any length."""
        out: list[list[tuple[str, bool]]] = [[] for _ in events]
        for spec in self.vocabulary.last_before.values():
            own = [i for i, e in enumerate(events) if e.name == spec.event]
            own_days = [events[i].date for i in own]
            next_days = [e.date for e, (stage, held) in zip(events, stages, strict=True)
                         if matches(spec.next, {**e.attributes, "stage": stage, "held": held},
                                    e.name, self.vocabulary)]
            for i in own:
                day = events[i].date
                at = bisect_right(next_days, day)
                later = bisect_right(own_days, day)
                last = at < len(next_days) and (
                    later == len(own_days) or own_days[later] >= next_days[at])
                out[i].append((spec.name, last))
        return out

    # -- episodes, first and latest -----------------------------------------------------------

    def _member(self, name: str, fields: dict[str, Any]) -> tuple[str, str] | None:
        """(series, member) an event counts in, if any."""
        for series in self.vocabulary.series.values():
            if name not in self.vocabulary.series_events[series.name][0]:
                continue
            for member in series.members:
                if matches(member, fields, name, self.vocabulary):
                    return series.name, member
        return None

    def _count(self, events: list[Event], stages: list[tuple[str | None, bool | None]]
               ) -> list[tuple[int | None, bool, bool]]:
        """(episode, first, latest) for each event."""
        vocabulary = self.vocabulary
        episode = {name: 1 for name in vocabulary.series}
        pending_end = dict.fromkeys(vocabulary.series, False)
        started = dict.fromkeys(vocabulary.series, False)
        keys: list[tuple[Any, ...] | None] = []
        in_series = {e for members, _ in vocabulary.series_events.values() for e in members}
        for event, (stage, held) in zip(events, stages, strict=True):
            fields = {**event.attributes, "stage": stage, "held": held}
            member = self._member(event.name, fields)
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
            for series in vocabulary.series.values():
                if (started[series.name]
                        and event.name in vocabulary.series_events[series.name][1]
                        and any(matches(n, fields, event.name, vocabulary)
                                for n in series.ends_after)):
                    pending_end[series.name] = True
        first_of: dict[tuple, int] = {}
        last_of: dict[tuple, int] = {}
        for i, key in enumerate(keys):
            if key is not None:
                first_of.setdefault(key, i)
                last_of[key] = i
        return [(None, False, False) if key is None else
                (key[1] if key[0] != "case" else None, first_of[key] == i, last_of[key] == i)
                for i, key in enumerate(keys)]
