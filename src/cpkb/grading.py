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

from bisect import bisect_left, bisect_right
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


class _Doing:
    """The events that do one fulfilment pattern, in case order, indexed three ways."""

    def __init__(self, events: list[CaseEvent]) -> None:
        self.events = events
        self.seqs = [e.seq for e in events]
        self.days = [e.event.date for e in events]
        self.by_occasion: dict[int, list[CaseEvent]] = {}
        for event in events:
            if event.occasion is not None:
                self.by_occasion.setdefault(event.occasion, []).append(event)


class Grader:
    """Grades the duties of one evaluation."""

    def __init__(self, events: Sequence[CaseEvent], facts: Sequence[Fact], as_of: date,
                 vocabulary: Vocabulary, states: Sequence[StatePeriod]) -> None:
        self.events = events  # in date order: an event's seq is its place in that order
        self.facts = facts  # each event's fact, as the rules see it (derived fields too)
        self.by_name: dict[str, list[CaseEvent]] = {}
        for event in events:
            self.by_name.setdefault(event.name, []).append(event)
        self.seqs_by_name = {name: [e.seq for e in same] for name, same in self.by_name.items()}
        self.as_of = as_of
        self.vocabulary = vocabulary
        self.states = states
        # The events doing each duty, worked out once for all the times it is raised (a long
        # case raises thousands): by the duty's identity.
        self._doing: dict[int, tuple[Duty, Pattern, _Doing]] = {}

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

    def _doing_duty(self, duty: Duty) -> tuple[Pattern, _Doing]:
        """The duty's fulfilment pattern and the events doing it."""
        if id(duty) not in self._doing:
            pattern = fulfilment(duty, self.vocabulary)
            found = sorted((e for name in self.names(pattern) for e in self.by_name.get(name, ())
                            if self.does(e, pattern)), key=lambda e: e.seq)
            # The duty is kept with its entry, so that its id is not reused meanwhile.
            self._doing[id(duty)] = (duty, pattern, _Doing(found))
        _, pattern, doing = self._doing[id(duty)]
        return pattern, doing

    def candidates(self, raised: DutyRaised) -> tuple[list[CaseEvent], int, int]:
        """The events that would do the duty: `events[start:stop]`, in case order (a range,
        not a copy: a long case grades thousands of duties against thousands of events)."""
        pattern, doing = self._doing_duty(raised.duty)
        trigger = raised.origin.event
        if raised.occasion is not None and self._of_a_conference(pattern):
            own = [e for e in doing.by_occasion.get(raised.occasion.seq, ()) if e is not trigger]
            return own, 0, len(own)
        found, seqs = doing.events, doing.seqs
        before = raised.duty.timing.direction == "before"
        if trigger is not None:
            if before:
                # Since the previous event of the trigger's kind, up to the trigger.
                same = self.seqs_by_name[trigger.name]
                previous = bisect_left(same, trigger.seq)
                since = same[previous - 1] if previous else 0
                return found, bisect_right(seqs, since), bisect_left(seqs, trigger.seq)
            return found, bisect_right(seqs, trigger.seq), len(found)
        start = raised.start
        if start is None:
            return found, 0, len(found)
        if before:
            return found, 0, bisect_right(doing.days, start)
        return found, bisect_left(doing.days, start), len(found)

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
        events, start, stop = self.candidates(raised)
        if raised.duty.each and start < stop:
            return [self._finding(raised, event, item=event) for event in events[start:stop]]
        return [self._finding(raised, events[start] if start < stop else None)]

    def _finding(self, raised: DutyRaised, done: CaseEvent | None,
                 item: CaseEvent | None = None) -> DutyFinding:
        duty, due, start = raised.duty, raised.due, raised.start
        earliest = duty.not_before.after(start) if duty.not_before and start else None
        ended_on = self.ended_on(raised)
        if ended_on is not None and done is not None and done.event.date > ended_on:
            done = None  # what happens after the plan has ended does not discharge its duties
        status = duty_status(done.event.date if done is not None else None, due, earliest,
                             ended_on, self.as_of)
        return DutyFinding(raised, status, done, earliest, ended_on, item,
                           upcoming=upcoming(raised.origin.date, self.as_of))


def duty_status(done_on: date | None, due: date | None, earliest: date | None,
                ended_on: date | None, as_of: date) -> str:
    """A duty's status (see the module's docstring) from the day the event doing it happened
    (None: not done, or done only after the state it lasts while had ended), its due date,
    its earliest date and the day that state ended, on the evaluation date."""
    if done_on is not None:
        if earliest is not None and done_on < earliest:
            return "early"
        return "met" if due is None or done_on <= due else "late"
    if ended_on is not None and ended_on <= as_of and (due is None or ended_on <= due):
        # Ended only once the state has ended by the evaluation date, and before the duty
        # fell due.
        return "ended"
    if due is not None and as_of > due:
        return "overdue"
    return "open"


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
