"""The one error type for bad input: it names the file, the place and what was expected."""

from __future__ import annotations

import reprlib
from pathlib import Path
from typing import Any

# A message quotes a short excerpt of a value, however large the value is: quoting a whole
# value could print megabytes, or take for ever on a YAML alias bomb (a few lines of YAML
# that expand to billions of items).
_EXCERPT = reprlib.Repr()
_EXCERPT.maxstring = _EXCERPT.maxother = 60
_EXCERPT.maxlist = _EXCERPT.maxtuple = _EXCERPT.maxdict = _EXCERPT.maxset = 4
_EXCERPT.maxlevel = 2


MAX_EXCERPT = 100  # characters


def excerpt(value: Any) -> str:
    """A value as an error message quotes it: its repr, cut short."""
    if value is None:
        return "nothing"
    shown = _EXCERPT.repr(value)
    return shown if len(shown) <= MAX_EXCERPT else shown[:MAX_EXCERPT - 1] + "…"


class InputError(Exception):
    """Input that cpkb cannot use. The CLI prints it and exits with status 2."""

    def __init__(self, file: str | Path | None, place: str, expected: str) -> None:
        self.file = str(file) if file is not None else None
        self.place = place
        self.expected = expected
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.file}: " if self.file else ""
        place = f"{self.place}: " if self.place else ""
        return f"{where}{place}{self.expected}"
