"""The one error type for bad input: it names the file, the place and what was expected."""

from __future__ import annotations

from pathlib import Path


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
