"""Reading a Children in Need (CIN) census XML file as a stream, one child at a time.

The census is the Department for Education's XML return (schema in
tests/data/cin-census/CIN_schema_2024.xsd): a `Message` with a `Header` (the local
authority's LEA code, the collection's reference date) and `Children`, one `Child` each.
This module only reads: each child becomes a `ChildRecord` of the raw texts the audit may
use, with what could not be read; census_events.py says what those texts mean as case
events.

The file is parsed with lxml's iterparse and every `Child` element is cleared once read, so
memory stays flat whatever the file's size. The parser neither expands entities, loads a
DTD nor touches the network: a census file is data from elsewhere. Where the children go to
worker processes as their bytes (`raw_children`), the bytes are cut out of the file by the
Child tags wherever the file's bytes prove that the cut finds each child and only children,
while a parser that builds no tree checks the whole file; elsewhere each parsed element is
written out again. The cut holds the file's bytes in memory, so it is made for a file of up
to 128 MiB (a census of some 150,000 children); a larger one is read as a stream.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NamedTuple

from lxml import etree

from cpkb.errors import InputError
from cpkb.files import one_line

EXPECTED = "a CIN census XML file (<Message> with <Header> and <Children>)"

# The tags of the values the audit reads, each an element's text, in each element it reads.
IDENTIFIERS = ("LAchildID", "PersonBirthDate", "ExpectedPersonBirthDate", "PersonDeathDate")
SECTION_47 = ("S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired")
PLAN = ("CPPstartDate", "CPPendDate")
REFERRAL = ("CINreferralDate", "DateOfInitialCPC")


@dataclass(frozen=True)
class Header:
    lea: str | None
    reference_date: str | None


# In each dict of texts, a tag the element does not give is not a key: a census gives tens
# of thousands of them, each made in one pass over its element's elements.
@dataclass
class Episode:
    """One CINdetails element: a referral and what followed it, as raw texts."""

    referral: str | None
    initial_conference: str | None  # CINdetails/DateOfInitialCPC
    section_47: list[dict[str, str | None]] = field(default_factory=list)
    # each with CPPreviewDate: every review's text, stripped ("" where it has none)
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


def _stray_in(element: etree._Element, found: list[tuple[str, str]]) -> None:
    """Text of `element` and of every element inside it, in document order, where the schema
    allows none (e.g. `<UPNunknown>UN3</UPNunknown>PersonBirthDate`), which the audit does
    not use: of each, its text beside elements, then its tail (nothing of an entity, comment
    or processing instruction, which is no element)."""
    if not isinstance(element.tag, str):
        return
    _opened(element, found)
    if len(element):
        for inner in element.iterdescendants():
            if isinstance(inner.tag, str):
                _opened(inner, found)


def _opened(element: etree._Element, found: list[tuple[str, str]]) -> None:
    """The stray text of the element itself: its text beside elements, then its tail."""
    text = element.text
    if text and (text := text.strip()) and len(element):
        found.append((element.tag, text))
    tail = element.tail
    if tail and (tail := tail.strip()):
        found.append((f"after {element.tag}", tail))


_Reader = Callable[[etree._Element, list[tuple[str, str]]], Any]


class _Reads(NamedTuple):
    """What `_texts` reads of an element, by the tags of its elements: some as values (their
    text), others by readers of their own."""

    values: frozenset[str]
    readers: dict[str, _Reader]


def _reads(values: tuple[str, ...], **readers: _Reader) -> _Reads:
    return _Reads(frozenset(values), readers)


def _texts(parent: etree._Element, reads: _Reads, found: list[tuple[str, str]]
           ) -> dict[str, Any]:
    """What is read of `parent` (`reads`), in one pass over its elements, with the stray
    text of `parent` and of every element in it, in document order: the text of each value
    (stripped, None where empty; the first of a tag given twice, as `find` has it; no key
    where the tag is not given), and what the reader of each other element it reads gives.

    An element with no elements and no tail but space (nearly every one) is passed by a test
    here, not by a call to `_stray_in`: a census holds tens of thousands of children of a
    few dozen elements each."""
    _opened(parent, found)
    texts: dict[str, Any] = {}
    values, readers = reads
    for element in parent:
        tag = element.tag
        read = readers.get(tag)
        if read is not None:
            texts.setdefault(tag, []).append(read(element, found))
            continue
        tail = element.tail
        if len(element) or (tail and not tail.isspace()):
            _stray_in(element, found)
        if tag in values and tag not in texts:
            text = element.text
            texts[tag] = (text.strip() or None) if text is not None else None
    return texts


def _reviews(reviews: etree._Element, found: list[tuple[str, str]]) -> list[str]:
    """A Reviews element's CPPreviewDate texts, each of them."""
    _opened(reviews, found)
    dates = []
    for review in reviews:
        _stray_in(review, found)
        if review.tag == "CPPreviewDate":
            dates.append((review.text or "").strip())
    return dates


_IN_PLAN = _reads(PLAN, Reviews=_reviews)


def _plan(plan: etree._Element, found: list[tuple[str, str]]
          ) -> dict[str, str | None | list[str]]:
    texts = _texts(plan, _IN_PLAN, found)
    texts["CPPreviewDate"] = [day for dates in texts.pop("Reviews", ()) for day in dates]
    return texts


_IN_SECTION_47 = _reads(SECTION_47)


def _section_47(section: etree._Element, found: list[tuple[str, str]]
                ) -> dict[str, str | None]:
    return _texts(section, _IN_SECTION_47, found)


_IN_IDENTIFIERS = _reads(IDENTIFIERS)
_IN_EPISODE = _reads(REFERRAL, Section47=_section_47, ChildProtectionPlans=_plan)


def _record(child: etree._Element, position: int) -> ChildRecord:
    """The child's record, in one pass over its elements: the texts the audit reads, and
    the stray text of every element, in document order."""
    found: list[tuple[str, str]] = []
    text = child.text
    if text and (text := text.strip()) and len(child):
        found.append((child.tag, text))
    identifiers: dict[str, str | None] | None = None
    episodes = []
    for element in child:
        tag = element.tag
        if tag == "CINdetails":
            texts = _texts(element, _IN_EPISODE, found)
            episodes.append(Episode(texts.get("CINreferralDate"), texts.get("DateOfInitialCPC"),
                                    texts.get("Section47", []),
                                    texts.get("ChildProtectionPlans", [])))
        elif tag == "ChildIdentifiers" and identifiers is None:
            identifiers = _texts(element, _IN_IDENTIFIERS, found)
        else:
            tail = element.tail
            if len(element) or (tail and not tail.isspace()):
                _stray_in(element, found)
    return ChildRecord(position, identifiers or {}, episodes, found)


def _fail(path: Path, error: etree.XMLSyntaxError) -> InputError:
    line, column = error.position if error.position else (0, 0)
    # lxml repeats the position after a newline ("...range\n, line 1, column 10"), and may
    # quote the bytes it could not read
    message = one_line(error.msg.split("\n")[0])
    return InputError(path, f"line {line}, column {column}", f"expected {EXPECTED}: {message}")


class _Nothing:
    """A parser's target that is told of nothing: the parse only checks the bytes."""

    def close(self) -> None:
        return None


# Children are cut out of the file's bytes (CensusFile._cut) only where nothing in them can
# be mistaken: no comment, CDATA section or processing instruction (in which "<Child>" or
# "</Child>" could stand), no Child tag but "<Child>" and "</Child>" (no attributes, no
# space, not empty), no attribute (so no namespace declared: a child's bytes alone would
# name its elements otherwise) and no prefixed name (an undeclared prefix is an error the
# checker does not see), UTF-8 (a child's bytes are read without the file's declaration).
# Without attributes a tag ends at the first ">" after its "<". In what is before and after
# the children, these are looked for as such; in the children, where a census has neither
# times nor free text, by any "!", "?", ":" or "=" (one search of the whole file for each,
# where a search in each child would cost more than the rest of the cut).
_MARKUP = re.compile(rb"<(?:Child[\s/>]|[!?]|[^>]*:)|=")
_MAYBE_MARKUP = (b"!", b"?", b":", b"=")
_CHILD_TAG = re.compile(rb"<Child[\s/>]")
_DECLARATION = re.compile(rb"<\?xml\s[^?]*\?>")
_ENCODING = re.compile(rb"\sencoding\s*=\s*[\"']([^\"']*)[\"']")
_BOM = b"\xef\xbb\xbf"
# The checker of a cut file builds no tree, so it does not see two limits of the parser
# without huge_tree, which the tree's parse enforces: a text of more than 10 MB (no piece of
# the file a cut passes over is longer than _MAX_CUT) and elements more than 256 deep
# (a cut stays well within _MAX_DEPTH, counted from the tags).
_MAX_CUT = 2**20
# A file cut is held whole in the command's process: up to this size (a census of some
# 150,000 children); a larger one is parsed as a stream, its memory flat.
_READ_WHOLE = 128 * 2**20
_MAX_DEPTH = 200
_CHECKED_AT_ONCE = 2**16


def _too_deep(xml: bytes, depth: int) -> bool:
    """Whether a child's elements may be deeper than _MAX_DEPTH in <Children> at `depth`:
    each level takes a "<" (7 bytes at least, with its end tag), so most children are too
    short to be counted."""
    allowed = _MAX_DEPTH - depth
    return len(xml) > 7 * allowed and (xml.count(b"<") + 1) // 2 > allowed


@dataclass(frozen=True)
class _Children:
    """Where a census' children begin, and how deep."""

    start: int  # just after the first <Children>
    depth: int  # of <Children> itself (1 in <Message>)


def _children(data: bytes) -> _Children | None:
    """Where the children of a census begin, where its bytes before them allow cutting
    the children out of it (see _MARKUP); else None."""
    head_end = data.find(b"<Children")
    if head_end < 0 or data.find(b"<Children>") != head_end or head_end > _MAX_CUT:
        return None
    head = data[:head_end]
    if head.startswith(_BOM):
        head = head[len(_BOM):]
    if b"\0" in head[:4] or not head.startswith(b"<"):
        return None
    declared = _DECLARATION.match(head)
    if declared:
        encoding = _ENCODING.search(declared.group())
        if encoding and encoding.group(1).lower() not in (b"utf-8", b"utf8"):
            return None
        head = head[declared.end():]
    if _MARKUP.search(head):
        return None
    ends = head.count(b"</")
    open_elements = head.count(b"<") - 2 * ends - head.count(b"/>")
    return _Children(head_end + len(b"<Children>"), open_elements + 1)


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
        self._cut_at = 0  # where the last child cut out of the file's bytes ends (`_cut`)
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
        return self._cut_at or self._stream.tell()

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
        process: `read_raw`); only for a `plain` file. The bytes are cut out of the file by
        the Child tags where its bytes prove that this finds every child and only children
        (`_cut`), else each element is written out again as it is parsed."""
        assert self._plain
        data = self._whole()
        children = _children(data) if data is not None else None
        if data is None or children is None:
            yield from self._written(0)
        else:
            yield from self._cut(data, children)

    def _whole(self) -> bytes | None:
        """The file's bytes, where it is small enough to hold (None: too large, or not to be
        read at once). Read, not mapped: a mapped file shortened while it is read ends the
        process by a signal, where a shorter read is only a file that ends too soon, which
        the cut's check finds malformed. Read by position, leaving the stream where the
        header's parse left it for `_written`."""
        try:
            descriptor = self._stream.fileno()
            size = os.fstat(descriptor).st_size
            return os.pread(descriptor, size, 0) if size <= _READ_WHOLE else None
        except OSError:
            return None

    def _written(self, after: int) -> Iterator[RawChild]:
        """The children after the first `after`, each element written out as parsed."""
        self._cut_at = 0
        for position, element in self._elements():
            if position > after:
                yield RawChild(position, etree.tostring(element, with_tail=False))

    def _cut(self, data: bytes, children: _Children) -> Iterator[RawChild]:
        """The children, each the bytes from its <Child> to its </Child>, as long as each
        child, and what is between two, is as _MARKUP requires; from the first that
        is not, the rest as `_written` gives them (the children before it are the same).

        The file is still parsed whole, before each child is given, by a parser that builds
        nothing (a third of the cost of the tree). Where it finds the file malformed, the
        rest is read as `_written` reads it too, which fails as it always has (the same
        message, at the same place)."""
        checker = etree.XMLParser(target=_Nothing(), **_parser_options())
        checked = 0
        position = 0
        find = data.find
        at = children.start
        markup = min((i for c in _MAYBE_MARKUP if (i := find(c, at)) >= 0), default=len(data))
        try:
            while (begin := find(b"<Child>", at)) >= 0:
                gap = data[at:begin]
                end = find(b"</Child>", begin)
                xml = data[begin:end + len(b"</Child>")]
                if (end < 0 or end > markup or (gap and not gap.isspace())
                        or len(gap) > _MAX_CUT or len(xml) > _MAX_CUT
                        or _CHILD_TAG.search(xml, 1) or _too_deep(xml, children.depth)):
                    yield from self._written(position)
                    return
                end += len(b"</Child>")
                while checked < end:
                    checker.feed(data[checked:checked + _CHECKED_AT_ONCE])
                    checked += _CHECKED_AT_ONCE
                position += 1
                self._cut_at = end
                yield RawChild(position, xml)
                at = end
            rest = data[at:at + _MAX_CUT + 1]
            if (len(rest) > _MAX_CUT or _MARKUP.search(rest)
                    or children.depth + rest.count(b"<") > _MAX_DEPTH):
                yield from self._written(position)
                return
            while checked < len(data):
                checker.feed(data[checked:checked + _CHECKED_AT_ONCE])
                checked += _CHECKED_AT_ONCE
            checker.close()
        except etree.XMLSyntaxError:
            yield from self._written(position)
            return
        finally:
            self._stream.close()
        if position == 0:
            raise InputError(self.path, "Children", f"expected {EXPECTED}: no <Child>")

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


def read_raw(raw: RawChild) -> ChildRecord:
    """The record of a child from its element's bytes: as `CensusFile.children` reads it."""
    return _record(etree.fromstring(raw.xml, _RAW_PARSER), raw.position)
