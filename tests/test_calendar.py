from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpkb.bank_holidays import entries
from cpkb.calendar import (
    TABLE,
    TABLE_YEARS,
    Period,
    add_working_days,
    bank_holiday_name,
    bank_holidays,
    is_working_day,
    working_days_between,
)
from cpkb.facts import whole_years


def test_the_table_holds_the_bank_holidays_the_holidays_package_gives() -> None:
    # The table is generated from `holidays` (python -m cpkb.bank_holidays); when the two
    # part (a new one-off bank holiday, a correction), this fails until it is regenerated.
    assert sorted(bank_holidays().items()) == entries(), (
        f"{TABLE.name} differs from the holidays package: run python -m cpkb.bank_holidays")


def test_working_days_are_not_counted_outside_the_table() -> None:
    with pytest.raises(ValueError, match="outside the bank-holiday table"):
        is_working_day(date(TABLE_YEARS[-1] + 1, 1, 4))
    with pytest.raises(ValueError, match="outside the bank-holiday table"):
        add_working_days(date(TABLE_YEARS[0], 1, 10), -10)
    assert add_working_days(date(2199, 12, 31), 15) == date(2200, 1, 21)


@pytest.mark.parametrize(
    "day, name",
    [
        (date(2022, 9, 19), "State Funeral of Queen Elizabeth II"),
        (date(2023, 5, 8), "Coronation of Charles III"),
        (date(2022, 6, 2), "Spring Bank Holiday"),
        (date(2022, 6, 3), "Platinum Jubilee of Elizabeth II"),
    ],
)
def test_one_off_bank_holidays_are_not_working_days(day: date, name: str) -> None:
    assert not is_working_day(day)
    assert bank_holiday_name(day) == name


def test_christmas_at_a_weekend_gives_substitute_days() -> None:
    # 2021: Christmas Day and Boxing Day fell on Saturday and Sunday.
    assert not is_working_day(date(2021, 12, 27))
    assert not is_working_day(date(2021, 12, 28))
    assert is_working_day(date(2021, 12, 29))
    # 2026: Boxing Day is a Saturday, so Monday 28 December is the substitute.
    assert not is_working_day(date(2026, 12, 28))


def test_day_zero_is_the_start_and_weekends_are_skipped() -> None:
    friday = date(2026, 11, 20)
    assert add_working_days(friday, 0) == friday
    assert add_working_days(friday, 1) == date(2026, 11, 23)
    assert add_working_days(friday, 5) == date(2026, 11, 27)


def test_start_on_a_weekend_counts_from_the_next_working_day() -> None:
    saturday = date(2026, 11, 21)
    assert add_working_days(saturday, 1) == date(2026, 11, 23)


def test_working_days_across_christmas_and_new_year() -> None:
    assert add_working_days(date(2026, 12, 18), 5) == date(2026, 12, 29)
    assert add_working_days(date(2026, 12, 15), 15) == date(2027, 1, 8)


def test_working_days_backwards() -> None:
    assert add_working_days(date(2026, 12, 29), -1) == date(2026, 12, 24)
    assert Period.parse("2 working days").before(date(2027, 3, 30)) == date(2027, 3, 24)


@pytest.mark.parametrize(
    "start, months, due",
    [
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2027, 11, 30), 3, date(2028, 2, 29)),  # a leap year
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 3, 15), 3, date(2026, 6, 15)),
    ],
)
def test_months_keep_the_day_clipped_to_the_month_end(start: date, months: int, due: date) -> None:
    assert Period(months, "months").after(start) == due


@pytest.mark.parametrize(
    "text, start, due",
    [
        ("24 hours", date(2026, 12, 18), date(2026, 12, 19)),
        ("48 hours", date(2026, 12, 18), date(2026, 12, 20)),
        ("28 days", date(2026, 12, 23), date(2027, 1, 20)),
        ("6 weeks", date(2027, 1, 18), date(2027, 3, 1)),
        ("1 working day", date(2026, 12, 24), date(2026, 12, 29)),
        # 29 February in a year without one: the years are complete at the end of 28
        # February, so the anniversary is 1 March.
        ("18 years", date(2008, 2, 29), date(2026, 3, 1)),
        ("18 years", date(2008, 2, 28), date(2026, 2, 28)),
        ("4 years", date(2008, 2, 29), date(2012, 2, 29)),
    ],
)
def test_periods_as_the_sources_word_them(text: str, start: date, due: date) -> None:
    assert Period.parse(text).after(start) == due


def test_a_child_born_on_29_february_is_a_year_older_on_1_march() -> None:
    born = date(2008, 2, 29)
    assert whole_years(born, date(2026, 2, 28)) == 17
    assert whole_years(born, date(2026, 3, 1)) == 18
    assert whole_years(born, date(2028, 2, 29)) == 20
    assert whole_years(date(2015, 4, 1), date(2027, 3, 31)) == 11


def test_hours_before_an_event_are_whole_days_before_it() -> None:
    assert Period.parse("24 hours").before(date(2026, 12, 18)) == date(2026, 12, 17)


@pytest.mark.parametrize("text", ["fifteen working days", "15 fortnights", "36 hours", ""])
def test_unreadable_periods_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="expected"):
        Period.parse(text)


def _walk(start: date, count: int) -> date:
    """Working days counted one calendar day at a time: what the table must agree with."""
    step = 1 if count >= 0 else -1
    day, remaining = start, abs(count)
    while remaining:
        day += timedelta(days=step)
        if is_working_day(day):
            remaining -= 1
    return day


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2150, 12, 31)),
       st.integers(min_value=-300, max_value=300))
def test_the_working_day_table_counts_as_the_calendar_does(start: date, count: int) -> None:
    assert add_working_days(start, count) == _walk(start, count)


@pytest.mark.parametrize("start", ["2024-12-16", "2024-12-24", "2025-04-17", "2026-05-23"])
def test_counting_working_days_inverts_adding_them(start: str) -> None:
    first = date.fromisoformat(start)
    for count in range(0, 30):
        end = add_working_days(first, count)
        assert working_days_between(first, end) == count
