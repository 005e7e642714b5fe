"""Reading a Children in Need (CIN) census XML file as a stream, one child at a time.

The census is the Department for Education's XML return (schema in
tests/data/cin-census/CIN_schema_2024.xsd): a `Message` with a `Header` (the local
authority's LEA code, the collection's reference date) and `Children`, one `Child` each.
This module only reads: each child becomes a `ChildRecord` of the raw texts the audit may
use, with what could not be read; census_events.py says what those texts mean as case
events.

The file is parsed with lxml's iterparse and every `Child` element is cleared once read, so
memory stays flat whatever the file's size. The parser neither expands entities, loads a
DTD nor touches the network: a census file is data from elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from lxml import etree

from cpkb.errors import InputError
from cpkb.files import one_line

EXPECTED = "a CIN census XML file (<Message> with <Header> and <Children>)"

# Where the audit may find each date or flag it reads, relative to a Child element.
IDENTIFIERS = ("LAchildID", "PersonBirthDate", "ExpectedPersonBirthDate", "PersonDeathDate")
SECTION_47 = ("S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired")
PLAN = ("CPPstartDate", "CPPendDate")
REFERRAL = ("CINreferralDate", "DateOfInitialCPC")


@dataclass(frozen=True)
class Header:
    lea: str | None
    reference_date: str | None


@dataclass
class Episode:
    """One CINdetails element: a referral and what followed it, as raw texts."""

    referral: str | None
    initial_conference: str | None  # CINdetails/DateOfInitialCPC
    section_47: list[dict[str, str | None]] = field(default_factory=list)
    plans: list[dict[str, str | None | list[str]]] = field(default_factory=list)


@dataclass
class ChildRecord:
    position: int  # 1 for the file's first Child, so that a child without an id is found
    identifiers: dict[str, str | None]
    episodes: list[Episode]
    stray_text: list[tuple[str, str]]  # (element path, text) of text where none belongs


def _parser_options() -> dict:
    return {"resolve_entities": False, "no_network": True, "load_dtd": False,
            "huge_tree": False, "remove_comments": True, "remove_pis": True}


def _text(parent: etree._Element, tag: str) -> str | None:
    element = parent.find(tag)
    if element is None or element.text is None:
        return None
    return element.text.strip() or None


def _texts(parent: etree._Element | None, tags: tuple[str, ...]) -> dict[str, str | None]:
    """`_text` of each of `tags` under `parent`, in one pass over its elements (the first of
    a tag given twice, as `find` has it): a census holds tens of thousands of children."""
    found: dict[str, str | None] = dict.fromkeys(tags)
    if parent is None:
        return found
    seen: set[str] = set()
    for element in parent:
        tag = element.tag
        if tag in found and tag not in seen:
            seen.add(tag)
            text = element.text
            found[tag] = (text.strip() or None) if text is not None else None
    return found


def _stray_text(child: etree._Element) -> list[tuple[str, str]]:
    """Text beside elements inside the child (e.g. `<UPNunknown>UN3</UPNunknown>PersonBirthDate`),
    which the schema does not allow and the audit does not use."""
    found = []
    for element in child.iter():
        if not isinstance(element.tag, str):
            continue
        if len(element) and element.text and element.text.strip():
            found.append((element.tag, element.text.strip()))
        if element is not child and element.tail and element.tail.strip():
            found.append((f"after {element.tag}", element.tail.strip()))
    return found


def _record(child: etree._Element, position: int, stray: bool = True) -> ChildRecord:
    identifiers = _texts(child.find("ChildIdentifiers"), IDENTIFIERS)
    episodes = []
    for details in child.iterfind("CINdetails"):
        referral = _texts(details, REFERRAL)
        episode = Episode(referral["CINreferralDate"], referral["DateOfInitialCPC"])
        for s47 in details.iterfind("Section47"):
            episode.section_47.append(_texts(s47, SECTION_47))
        for plan in details.iterfind("ChildProtectionPlans"):
            entry: dict[str, str | None | list[str]] = {**_texts(plan, PLAN)}
            entry["CPPreviewDate"] = [
                (r.text or "").strip() for r in plan.iterfind("Reviews/CPPreviewDate")
            ]
            episode.plans.append(entry)
        episodes.append(episode)
    return ChildRecord(position, identifiers, episodes, _stray_text(child) if stray else [])


def _fail(path: Path, error: etree.XMLSyntaxError) -> InputError:
    line, column = error.position if error.position else (0, 0)
    # lxml repeats the position after a newline ("...range\n, line 1, column 10"), and may
    # quote the bytes it could not read
    message = one_line(error.msg.split("\n")[0])
    return InputError(path, f"line {line}, column {column}", f"expected {EXPECTED}: {message}")


class CensusFile:
    """A census file: its header, then its children, read in one pass."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if not path.is_file():
            raise InputError(path, "", f"no such file; expected {EXPECTED}")
        try:
            self.size = path.stat().st_size
            self._stream: IO[bytes] = path.open("rb")
        except OSError as error:
            raise InputError(path, "", f"cannot be read ({error.strerror})") from None
        # Only the elements read here are reported: the others cost nothing in Python.
        self._root: etree._Element | None = None
        self._events = etree.iterparse(self._stream, events=("start", "end"),
                                       tag=("Message", "Header", "Children", "Child"),
                                       **_parser_options())
        self._pending: list[tuple[str, etree._Element]] = []
        self.header = self._read_header()
        self._plain = self._root is not None and not self._root.getroottree().docinfo.doctype

    def _next(self) -> tuple[str, etree._Element] | None:
        if self._pending:
            return self._pending.pop()
        try:
            return next(self._events)
        except StopIteration:
            return None
        except etree.XMLSyntaxError as error:
            raise _fail(self.path, error) from None

    def _read_header(self) -> Header:
        first = self._next()
        if first is None or first[1].tag != "Message" or first[1].getparent() is not None:
            raise InputError(self.path, "root element",
                             f"expected {EXPECTED}, found no <Message> root element")
        self._root = first[1]
        while (item := self._next()) is not None:
            event, element = item
            if event == "end" and element.tag == "Header":
                return Header(_text(element, "Source/LEA"),
                              _text(element, "CollectionDetails/ReferenceDate"))
            if event == "start" and element.tag == "Children":
                self._pending.append(item)
                return Header(None, None)
        raise InputError(self.path, "Message", f"expected {EXPECTED}: no <Children> element")

    @property
    def bytes_read(self) -> int:
        return self._stream.tell()

    @property
    def plain(self) -> bool:
        """Whether each child can be read again from its own bytes (`raw_children`): a file
        without a document type declaration, whose entities could not be read out of it."""
        return self._plain

    def children(self) -> Iterator[ChildRecord]:
        """Every child in file order. A file that turns out malformed part way raises an
        InputError naming the line."""
        for position, element in self._elements():
            yield _record(element, position)

    def raw_children(self) -> Iterator[RawChild]:
        """Every child in file order as its element's bytes, to be read elsewhere (a worker
        process: `read_raw`); only for a `plain` file."""
        assert self._plain
        for position, element in self._elements():
            yield RawChild(position, etree.tostring(element, with_tail=False))

    def _elements(self) -> Iterator[tuple[int, etree._Element]]:
        position = 0
        try:
            while (item := self._next()) is not None:
                event, element = item
                if event != "end" or element.tag != "Child":
                    continue
                position += 1
                yield position, element
                # Free the child and what went before it: memory stays flat.
                element.clear(keep_tail=False)
                parent = element.getparent()
                while parent is not None and element.getprevious() is not None:
                    del parent[0]
            if position == 0:
                raise InputError(self.path, "Children", f"expected {EXPECTED}: no <Child>")
        finally:
            self._stream.close()


@dataclass(frozen=True)
class RawChild:
    """A Child element as its bytes, and its place in the file."""

    position: int
    xml: bytes


_RAW_PARSER = etree.XMLParser(**_parser_options())


# Whether an element may hold text beside elements (see _stray_text): a text node of an
# element that has elements, with a character that is not XML whitespace. Where it has none
# there is no stray text (Python strips XML whitespace too) and the pass over every element is
# not needed; where it has some, the pass is made.
_MAYBE_STRAY = etree.XPath("boolean(descendant-or-self::*[*]/text()[normalize-space()])")


def read_raw(raw: RawChild) -> ChildRecord:
    """The record of a child from its element's bytes: as `CensusFile.children` reads it."""
    child = etree.fromstring(raw.xml, _RAW_PARSER)
    return _record(child, raw.position, stray=bool(_MAYBE_STRAY(child)))
