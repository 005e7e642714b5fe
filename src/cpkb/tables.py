"""Markdown tables, the one way every report, comparison and audit writes them."""

from __future__ import annotations

from collections.abc import Callable, Iterable


def cell(text: object) -> str:
    """Text for a table cell: a `|` would end the cell and a line break the row."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def markdown(header: Iterable[str], rows: Iterable[Iterable[object]],
             escape: Callable[[object], str] = cell) -> list[str]:
    """The lines of a table: the header, its rule, a line a row, each cell escaped (by
    `cell`, unless the cells come escaped already: the site's Markdown, `escape=str`)."""
    names = list(header)
    return ["| " + " | ".join(names) + " |", "|" + "---|" * len(names),
            *("| " + " | ".join(escape(c) for c in row) + " |" for row in rows)]
