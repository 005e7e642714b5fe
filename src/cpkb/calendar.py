"""Dates as the procedures count them.

Working days are Monday to Friday less the bank holidays of England and Wales. These come
from one table, bank_holidays.tsv beside this module, generated from the `holidays` package
(which knows one-off days such as 2022-09-19 and 2023-05-08 and the substitute days when
Christmas falls at a weekend) by `python -m cpkb.bank_holidays`; a test regenerates it and
requires the same days, so that it cannot go stale unseen. Reading the table costs a
millisecond where `holidays` took a tenth of a second to build its calendar.

A period such as "15 working days" or "3 months" is parsed once from rule data into a
`Period`, which then moves a date forwards (`after`) or backwards (`before`). The table of
readings is docs/time.md; each reading is implemented in exactly one place below.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path

from dateutil.relativedelta import relativedelta

UNITS = ("working days", "days", "weeks", "months", "years", "hours")
_PERIOD = re.compile(r"^\s*(\d+)\s+(working days?|days?|weeks?|months?|years?|hours?)\s*$")

# The years of the bank-holiday table: those a case's dates may fall in (1900-2199,
# case.EARLIEST and LATEST) and two either side, which working-day counts from them reach.
TABLE_YEARS = range(1898, 2202)
TABLE = Path(__file__).with_name("bank_holidays.tsv")  # "YYYY-MM-DD<tab>name" lines, "#" notes


@cache
def bank_holidays() -> dict[date, str]:
    """The bank holidays of England and Wales in TABLE_YEARS, day -> name, from the table."""
    days = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            day, name = line.split("\t")
            days[date.fromisoformat(day)] = name
    return days


def _in_table(day: date) -> date:
    if day.year not in TABLE_YEARS:
        raise ValueError(f"{day} is outside the bank-holiday table's years "
                         f"({TABLE_YEARS[0]}-{TABLE_YEARS[-1]})")
    return day


def bank_holiday_name(day: date) -> str | None:
    """The name of the England bank holiday on `day`, or None."""
    return bank_holidays().get(_in_table(day))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and _in_table(day) not in bank_holidays()


class _WorkingDays:
    """The working days of the years asked about so far, as one sorted list of day numbers,
    so that counting N of them is a look-up rather than a walk through the calendar."""

    def __init__(self) -> None:
        self.first_year = self.last_year = 0
        self.days: list[int] = []

    def cover(self, first_year: int, last_year: int) -> None:
        if self.days and self.first_year <= first_year and last_year <= self.last_year:
            return
        first = min(first_year, self.first_year) if self.days else first_year
        last = max(last_year, self.last_year) if self.days else last_year
        day, end = date(first, 1, 1), date(last, 12, 31)
        days = []
        while day <= end:
            if is_working_day(day):
                days.append(day.toordinal())
            day += timedelta(days=1)
        self.first_year, self.last_year, self.days = first, last, days

    def add(self, start: date, count: int) -> date:
        years = abs(count) // 200 + 2  # at least 250 working days a year
        self.cover(max(start.year - (years if count < 0 else 1), TABLE_YEARS[0]),
                   min(start.year + (years if count >= 0 else 1), TABLE_YEARS[-1]))
        if count == 0:
            return start
        if count > 0:
            index = bisect_right(self.days, start.toordinal()) + count - 1
        else:
            index = bisect_left(self.days, start.toordinal()) + count
        # Past either end of the table: an error, not a count wrapped round the list.
        if not 0 <= index < len(self.days):
            raise ValueError(f"{count} working days from {start} fall outside the "
                             f"bank-holiday table's years ({TABLE_YEARS[0]}-{TABLE_YEARS[-1]})")
        return date.fromordinal(self.days[index])


    def between(self, start: date, end: date) -> int:
        self.cover(start.year, end.year)
        return (bisect_right(self.days, end.toordinal())
                - bisect_right(self.days, start.toordinal()))


_working_days = _WorkingDays()


def working_days_between(start: date, end: date) -> int:
    """How many working days come after `start`, up to and including `end` (0 when `end` is
    `start`): the count `add_working_days` inverts, for a working day `end`."""
    if end < start:
        raise ValueError(f"{end} is before {start}")
    return _working_days.between(start, end)


def add_working_days(start: date, count: int) -> date:
    """The `count`th working day after `start` (before it when `count` is negative).

    `start` itself is day 0 whether or not it is a working day, so "within 1 working day"
    of a Friday conference is the Monday (or the Tuesday after a bank holiday Monday).
    """
    return _working_days.add(start, count)


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
        return _shifted(self, start, 1)

    def before(self, end: date) -> date:
        return _shifted(self, end, -1)


# A caseload asks the same few periods of the same days again and again.
@lru_cache(maxsize=1 << 16)
def _shifted(period: Period, day: date, sign: int) -> date:
    n = sign * period.amount
    if period.unit == "working days":
        return add_working_days(day, n)
    if period.unit == "days":
        return day + timedelta(days=n)
    if period.unit == "weeks":
        return day + timedelta(weeks=n)
    if period.unit == "months":
        # relativedelta keeps the day of the month and clips it to the month's end.
        return day + relativedelta(months=n)
    if period.unit == "years":
        return add_years(day, n)
    # Hours: the sources give hours for things recorded by date, so 24 hours is read as
    # one calendar day and 48 hours as two (docs/time.md).
    return day + timedelta(days=n // 24)
