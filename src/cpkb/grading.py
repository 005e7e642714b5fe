"""Whether each duty was done in time, and which decisions are still to come: the one place
where findings are graded.

A duty is `met` if the event that does it happened on or before the due date, `late` if
after, `overdue` if it has not happened and the evaluation date is past due, else `open`
(docs/time.md). Two more, for rules that say so:

- `early`: the rule gives an earliest date too ("at 4 - 6 week intervals") and the event
  came before it;
- `ended`: the duty lasts only while a state holds ("for as long as the child remains the
  subject of a Child Protection Plan") and the state ended before the duty was done.

Which event does a duty: one the rule's `fulfilled_by` (or the vocabulary's default for the
duty) accepts - its tests read the event's fields as the rules see them, derived fields
(`unborn`, `child_age`, ...) included - known on the evaluation date, and

- if that kind of event belongs to a conference (reports, minutes, ...) and the duty has a
  conference, one that belongs to the same conference: the minutes of *this* conference,
  the reports for *this* conference;
- otherwise, for a duty due after what it runs from, the first such event after it; for one
  due before it, such an event up to it, since the previous event of its kind;
- for a duty counted from a date of the child's (an expected birth), the first such event
  on or before that date (due before it), or on or after it.

A duty the source puts on every item (`each: true`: "All reports must be forwarded ...") is
graded for each such event, and once as not done when there is none.

A decision is `upcoming` when it follows from what was known but takes effect after the
evaluation date (the 18th birthday of a 14-year-old); it is never shown as in force, and a
duty it raises (to notify those invited of the plan's end) is upcoming too. Where a
record should show a decision (the census records when a plan ended), the decision is graded
against it like a duty (`graded_against_record`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from cpkb.engine import Fact
from cpkb.findings import Decided, DutyFinding, DutyRaised, StatePeriod
from cpkb.occasions import CaseEvent, matches
from cpkb.rulebook import Duty, Pattern
from cpkb.vocabulary import Vocabulary

STATUSES = ("met", "late", "overdue", "open", "early", "ended")


def fulfilment(duty: Duty, vocabulary: Vocabulary) -> Pattern:
    """The pattern of the event that does the duty: the rule's, else the vocabulary's."""
    if duty.fulfilled_by is not None:
        return duty.fulfilled_by
    default = vocabulary.duties[duty.name].fulfilled_by
    if default is None:
        raise ValueError(f"the duty {duty.name} has no fulfilled_by, in its rule or in the "
                         "vocabulary")
    return Pattern(kind="event", name=default, alias="fulfilment", tests=())


class Grader:
    """Grades the duties of one evaluation."""

    def __init__(self, events: Sequence[CaseEvent], facts: Sequence[Fact], as_of: date,
                 vocabulary: Vocabulary, states: Sequence[StatePeriod]) -> None:
        self.events = events
        self.facts = facts  # each event's fact, as the rules see it (derived fields too)
        self.by_name: dict[str, list[CaseEvent]] = {}
        for event in events:
            self.by_name.setdefault(event.name, []).append(event)
        self.as_of = as_of
        self.vocabulary = vocabulary
        self.states = states

    def does(self, event: CaseEvent, pattern: Pattern) -> bool:
        fields = self.facts[event.seq - 1]
        return any(matches(n, fields, event.name, self.vocabulary) for n in pattern.names) and (
            pattern.holds(fields))

    def names(self, pattern: Pattern) -> set[str]:
        """The event names a fulfilment pattern can accept."""
        return {e for n in pattern.names for e in self.vocabulary.event_names(n)}

    def _of_a_conference(self, pattern: Pattern) -> bool:
        return any(self.vocabulary.events[e].link is not None
                   for n in pattern.names for e in self.vocabulary.event_names(n))

    def candidates(self, raised: DutyRaised) -> list[CaseEvent]:
        """The events that would do the duty, in case order."""
        pattern = fulfilment(raised.duty, self.vocabulary)
        found = sorted((e for name in self.names(pattern) for e in self.by_name.get(name, ())
                        if self.does(e, pattern)), key=lambda e: e.seq)
        if raised.occasion is not None and self._of_a_conference(pattern):
            found = [e for e in found if e.occasion == raised.occasion.seq]
            bound = True
        else:
            bound = False
        trigger = raised.origin.event
        before = raised.duty.timing.direction == "before"
        if bound:
            return [e for e in found if e is not trigger]
        if trigger is not None:
            if before:
                earlier = [e.seq for e in self.events
                           if e.name == trigger.name and e.seq < trigger.seq]
                since = earlier[-1] if earlier else 0
                return [e for e in found if since < e.seq < trigger.seq]
            return [e for e in found if e.seq > trigger.seq]
        start = raised.start
        if start is None:
            return found
        if before:
            return [e for e in found if e.event.date <= start]
        return [e for e in found if e.event.date >= start]

    def ended_on(self, raised: DutyRaised) -> date | None:
        """The day the state a duty lasts while ended (its start, if it was not in force)."""
        state = raised.duty.lasts_while
        if state is None or raised.start is None:
            return None
        start = raised.start
        period = next((p for p in self.states if p.state == state and p.holds_on(start)), None)
        if period is None:
            return start
        return period.end

    def grade(self, raised: DutyRaised) -> list[DutyFinding]:
        done = self.candidates(raised)
        if raised.duty.each and done:
            return [self._finding(raised, event, item=event) for event in done]
        return [self._finding(raised, done[0] if done else None)]

    def _finding(self, raised: DutyRaised, done: CaseEvent | None,
                 item: CaseEvent | None = None) -> DutyFinding:
        duty, due, start = raised.duty, raised.due, raised.start
        earliest = duty.not_before.after(start) if duty.not_before and start else None
        ended_on = self.ended_on(raised)
        if ended_on is not None and done is not None and done.event.date > ended_on:
            done = None  # what happens after the plan has ended does not discharge its duties
        if done is not None:
            day = done.event.date
            if earliest is not None and day < earliest:
                status = "early"
            elif due is None or day <= due:
                status = "met"
            else:
                status = "late"
        elif ended_on is not None and ended_on <= self.as_of and (due is None or ended_on <= due):
            # Ended only once the state has ended by the evaluation date, and before the duty
            # fell due.
            status = "ended"
        elif due is not None and self.as_of > due:
            status = "overdue"
        else:
            status = "open"
        return DutyFinding(raised, status, done, earliest, ended_on, item,
                           upcoming=upcoming(raised.origin.date, self.as_of))


def graded_against_record(decided: Decided, recorded: date | None, as_of: date) -> str:
    """A decision that a record should show on its date (a census shows the plan ending
    at 18 by its end date): `met` if the record shows it on that date, `late` if later,
    `overdue` if the record does not show it and the date has passed, else `open`."""
    assert decided.date is not None
    if recorded is None:
        return "overdue" if as_of > decided.date else "open"
    return "met" if recorded <= decided.date else "late"


def upcoming(day: date | None, as_of: date) -> bool:
    """Whether a decision dated `day` (or a duty it raises) is still to come on `as_of`."""
    return day is not None and day > as_of
