"""Generating the bank-holiday table (calendar.TABLE) from the `holidays` package.

Run `python -m cpkb.bank_holidays` (with the test extra installed, which holds `holidays`)
to write it again, after upgrading `holidays` or when a new one-off bank holiday is
announced; tests/test_calendar.py fails while the table and the package disagree.
"""

from __future__ import annotations

from datetime import date

import holidays  # only this module and its test import it: evaluation reads the table

from cpkb.calendar import TABLE, TABLE_YEARS
from cpkb.files import written_whole


def entries() -> list[tuple[date, str]]:
    """The bank holidays of England and Wales in TABLE_YEARS, as `holidays` gives them."""
    # The names in British English, whatever the locale: without `language` the package
    # names them after the locale (LANG=C.UTF-8 gives "Pentecost Monday" for Whit Monday).
    found = holidays.country_holidays("GB", subdiv="ENG", years=TABLE_YEARS, language="en_GB")
    return sorted(found.items())


def table_text() -> str:
    """The table file: its provenance as "#" lines, then one "YYYY-MM-DD<tab>name" a day."""
    days = entries()
    last = days[-1][0].year
    notes = [
        f"The bank holidays of England and Wales, {TABLE_YEARS[0]}-{TABLE_YEARS[-1]}: the",
        "years a case's dates may fall in (1900-2199) and two either side.",
        f"Generated from holidays {holidays.__version__}, "
        'country_holidays("GB", subdiv="ENG", language="en_GB"),',
        "by `python -m cpkb.bank_holidays`; do not edit by hand (tests/test_calendar.py",
        "regenerates it and requires the same days).",
        f"holidays knows no bank holiday after {last}: later years count Monday to Friday only.",
    ]
    return "".join(f"# {note}\n" for note in notes) + "".join(
        f"{day.isoformat()}\t{name}\n" for day, name in days)


def main() -> None:
    with written_whole(TABLE, "table") as out:
        out.write(table_text())
    TABLE.chmod(0o644)  # readable by all, like the modules beside it (the temporary was not)
    print(f"wrote {TABLE}")


if __name__ == "__main__":
    main()
