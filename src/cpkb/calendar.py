"""Dates as the procedures count them.

Working days are Monday to Friday less the bank holidays of England and Wales, taken from
the `holidays` package (which knows one-off days such as 2022-09-19 and 2023-05-08 and the
substitute days when Christmas falls at a weekend).

A period such as "15 working days" or "3 months" is parsed once from rule data into a
`Period`, which then moves a date forwards (`after`) or backwards (`before`). The table of
readings is docs/time.md; each reading is implemented in exactly one place below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import holidays
from dateutil.relativedelta import relativedelta

UNITS = ("working days", "days", "weeks", "months", "years", "hours")
_PERIOD = re.compile(r"^\s*(\d+)\s+(working days?|days?|weeks?|months?|years?|hours?)\s*$")


@cache
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())


def bank_holiday_name(day: date) -> str | None:
    """The name of the England bank holiday on `day`, or None."""
    return holidays.country_holidays("GB", subdiv="ENG", years=day.year).get(day)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def add_working_days(start: date, count: int) -> date:
    """The `count`th working day after `start` (before it when `count` is negative).

    `start` itself is day 0 whether or not it is a working day, so "within 1 working day"
    of a Friday conference is the Monday (or the Tuesday after a bank holiday Monday).
    """
    step = 1 if count >= 0 else -1
    day, remaining = start, abs(count)
    while remaining:
        day += timedelta(days=step)
        if is_working_day(day):
            remaining -= 1
    return day


def add_years(day: date, years: int) -> date:
    """The same day `years` later (or earlier). A date of 29 February falls on 1 March in a
    year without one: the years are complete at the end of 28 February, so a child born on
    29 February 2008 reaches 18 on 1 March 2026."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year
        return date(day.year + years, 3, 1)


@dataclass(frozen=True)
class Period:
    """A length of time as a source words it: an amount and a unit from UNITS."""

    amount: int
    unit: str

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read "15 working days", "1 working day", "3 months", "24 hours" and the like."""
        match = _PERIOD.match(text)
        if not match:
            raise ValueError(
                f"expected a period such as '15 working days' or '3 months', got {text!r}"
            )
        amount, unit = int(match.group(1)), match.group(2)
        if not unit.endswith("s"):
            unit += "s"
        if unit == "hours" and amount % 24:
            raise ValueError(f"expected hours in whole days (24, 48, ...), got {text!r}")
        return cls(amount, unit)

    def __str__(self) -> str:
        unit = self.unit[:-1] if self.amount == 1 else self.unit
        return f"{self.amount} {unit}"

    def after(self, start: date) -> date:
        return self._shift(start, 1)

    def before(self, end: date) -> date:
        return self._shift(end, -1)

    def _shift(self, day: date, sign: int) -> date:
        n = sign * self.amount
        if self.unit == "working days":
            return add_working_days(day, n)
        if self.unit == "days":
            return day + timedelta(days=n)
        if self.unit == "weeks":
            return day + timedelta(weeks=n)
        if self.unit == "months":
            # relativedelta keeps the day of the month and clips it to the month's end.
            return day + relativedelta(months=n)
        if self.unit == "years":
            return add_years(day, n)
        # Hours: the sources give hours for things recorded by date, so 24 hours is read as
        # one calendar day and 48 hours as two (docs/time.md).
        return day + timedelta(days=n // 24)
