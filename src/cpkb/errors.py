"""The one error type for bad input: it names the file, the place and what was expected."""

from __future__ import annotations

import re
import reprlib
import unicodedata
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


# What a human format shows escaped: control characters other than the newline, format
# characters (the bidirectional overrides, zero-width spaces) and line separators. A case id
# with U+202E would otherwise display reversed. Only characters outside printable ASCII are
# looked at, so long reports stay cheap.
_NOT_PLAIN = re.compile(r"[^\n -~]")
_HIDDEN = ("Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn")


def _shown(match: re.Match[str]) -> str:
    char = match.group()
    if unicodedata.category(char) not in _HIDDEN:
        return char
    return f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}"


def printable(text: str) -> str:
    """Text for a terminal or a Markdown page: hidden characters shown as escapes (\\u202e)."""
    return _NOT_PLAIN.sub(_shown, text)


class InputError(Exception):
    """Input that cpkb cannot use. The CLI prints it and exits with status 2."""

    def __init__(self, file: str | Path | None, place: str, expected: str) -> None:
        self.file = str(file) if file is not None else None
        self.place = place
        self.expected = expected
        super().__init__(str(self))

    def __str__(self) -> str:
        """The file and the place come from the input (a key of "\\n", a file name with
        U+202E): they are shown escaped, so that the message can neither break in two nor
        display falsely. What was expected quotes values by `excerpt`, escaped already."""
        where = f"{_one_line(self.file)}: " if self.file else ""
        place = f"{_one_line(self.place)}: " if self.place else ""
        return f"{where}{place}{self.expected}"


def _one_line(text: str) -> str:
    return printable(text).replace("\n", "\\n")
