"""States such as "a child subject of a Child Protection Plan", from the decisions of the rules.

A state is made of one decision (vocabulary `states`): it starts on a day the decision is
decided true, at an occasion that can start it, while the state is not in force, and ends
on the first later day it is decided false, both days included (the review that ends a plan
is held while the plan is in force).
Where rules decide it differently for one occasion (Bolton's first-review policy against a
review that ended the plan) the change takes effect, as the record shows it happened, and
the report lists the conflict beside it. The decisions are read in date order, those of one
occasion together.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby

from cpkb.findings import Decided, StatePeriod
from cpkb.occasions import matches
from cpkb.vocabulary import State, Vocabulary


def _occasion(decision: Decided) -> int:
    """The conference a decision was made for (0: none, such as an 18th birthday)."""
    return decision.occasion.seq if decision.occasion else 0


def _may_start(state: State, decided: Decided, vocabulary: Vocabulary) -> bool:
    """Whether the decision was made at an occasion that can start the state."""
    origin = decided.origin.event
    if not state.starts_at:
        return True
    return origin is not None and any(
        matches(name, origin.fields(), origin.name, vocabulary) for name in state.starts_at)


def periods(state: State, decisions: Iterable[Decided],
            vocabulary: Vocabulary) -> list[StatePeriod]:
    made = sorted((d for d in decisions if d.name == state.decision and d.date is not None
                   and isinstance(d.value, bool)),
                  key=lambda d: (d.date, _occasion(d)))
    found: list[StatePeriod] = []
    current: Decided | None = None  # what started the period in force
    for _, same_day in groupby(made, key=lambda d: d.date):
        for _, on_occasion in groupby(same_day, key=_occasion):
            group = list(on_occasion)
            # A case file may begin mid-plan (its first conference a review that keeps the
            # plan): then that review shows the plan in force. After a period has ended, only
            # an occasion that can start the state starts it again.
            start = next((d for d in group if d.value and (
                not found or _may_start(state, d, vocabulary))), None)
            end = next((d for d in group if not d.value), None)
            if current is None and start is not None:
                current = start
            elif current is not None and end is not None:
                assert current.date is not None and end.date is not None
                found.append(StatePeriod(state.name, current.date, end.date, current, end))
                current = None
    if current is not None and current.date is not None:
        found.append(StatePeriod(state.name, current.date, None, current, None))
    return found
