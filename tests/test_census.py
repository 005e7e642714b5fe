"""Reading a census (census.py): the children a worker is given as bytes cut out of the file
(CensusFile.raw_children) are read as the parsed elements are (CensusFile.children), and a
file fails alike on both ways: for every sample, for markup the cut cannot prove harmless
(comments, CDATA, processing instructions, entities, attributes, namespaces, Child tags of
other forms) put inside a child, between two or after the last, and for random damage."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from cpkb.census import CensusFile, ChildRecord, read_raw
from cpkb.errors import InputError

HOME = Path(__file__).resolve().parents[1]
SAMPLES = sorted((HOME / "tests" / "data" / "cin-census").glob("*.xml"))
FAKE = HOME / "tests" / "data" / "cin-census" / "sample-d2i-fake_CIN_data.xml"  # 332 children

# Markup where the cut must fall back to the parsed elements, or that it must read alike.
MARKUP = [
    b"<!-- x -->", b"<!-- <Child>x</Child> -->", b"<![CDATA[</Child>]]>", b"<![CDATA[<]]>",
    b"<?pi <Child>?>", b"<Child/>", b"<Child />", b"<Child a='1'>", b"</Child >", b"<Child>",
    b"</Child>", b"&amp;", b"&lt;Child&gt;", b"&foo;", b"&#233;", b"\xc3\xa9", b"\xff",
    b"\x00", b" a='1'", b" xmlns:x='u'", b"<x:y>1</x:y>", b"<A x:b='2'/>", b"<A a='/>'/>",
    b"\r\n", b"stray", b"<Children>", b"</Children>", b"<A>", b"</A>", b"<", b">", b"]]>",
    b"<Child >x</Child>", b"<Child\n/>", b"<Child>x</Child >", b"10:12", b"a=b", b"?", b"!",
    b"<W>" * 130 + b"</W>" * 130, b"<W>" * 300 + b"</W>" * 300,
    b"<Child><ChildIdentifiers><LAchildID>Z</LAchildID></ChildIdentifiers></Child>",
]


def _read(path: Path) -> tuple[list[ChildRecord] | None, str | None, bool]:
    """(the children, or the failure) read both ways, and whether the file was cut."""
    def parsed() -> list[ChildRecord]:
        return list(CensusFile(path).children())

    def cut() -> tuple[list[ChildRecord], bool]:
        census = CensusFile(path)
        if not census.plain:
            return parsed(), False
        written = census._written
        fell_back = []
        census._written = lambda after: (fell_back.append(after), written(after))[1]
        # all the bytes first: a file that fails may have been given a child its worker
        # cannot read (as it always was), whose failure the command's outruns
        raws = list(census.raw_children())
        return [read_raw(raw) for raw in raws], not fell_back

    try:
        expected: list[ChildRecord] | str = parsed()
    except InputError as error:
        expected = str(error)
    try:
        found, was_cut = cut()
    except InputError as error:
        assert expected == str(error), path.read_bytes()[:2000]
        return None, str(error), False
    assert expected == found, path.read_bytes()[:2000]
    return found, None, was_cut


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_a_sample_is_cut_and_read_as_parsed(sample: Path) -> None:
    children, failure, was_cut = _read(sample)
    assert children and failure is None and was_cut


@pytest.mark.parametrize("markup", MARKUP, ids=repr)
def test_markup_anywhere_is_read_as_parsed(tmp_path: Path, markup: bytes) -> None:
    data = (HOME / "tests" / "data" / "cin-census" / "sample-d2i-CIN_Census_2026.xml"
            ).read_bytes()
    first, second = data.index(b"<Child>"), data.index(b"<Child>", data.index(b"<Child>") + 1)
    # in the first child's identifiers, in the second child, between the two, after the
    # last child, before the first
    places = [data.index(b"<LAchildID>"), data.index(b"<CINdetails>", second), second,
              data.index(b"</Children>"), first]
    for at in places:
        path = tmp_path / "census.xml"
        path.write_bytes(data[:at] + markup + data[at:])
        _read(path)


def test_damaged_files_are_read_as_parsed(tmp_path: Path) -> None:
    rng = random.Random(7)
    bases = [path.read_bytes() for path in SAMPLES]
    cut = 0
    for n in range(150):
        data = bytearray(rng.choice(bases))
        for _ in range(rng.randint(1, 2)):
            at = rng.randrange(len(data))
            kind = rng.random()
            if kind < 0.5:
                data[at:at] = rng.choice(MARKUP)
            elif kind < 0.7:
                del data[at:]
            elif kind < 0.85:
                del data[at:at + rng.randint(1, 20)]
            else:
                data[at] = rng.randrange(256)
        path = tmp_path / f"census-{n}.xml"
        path.write_bytes(bytes(data))
        cut += _read(path)[2]
    assert cut > 0


def test_a_date_is_read_once_and_its_problem_reported_for_each_child() -> None:
    """The dates read once a process (census_events) still give each child its problems."""
    from datetime import date

    from cpkb.census import Episode
    from cpkb.census_events import child_cases

    def record(child: str) -> ChildRecord:
        return ChildRecord(1, {"LAchildID": child, "PersonBirthDate": "2015-02-30",
                               "ExpectedPersonBirthDate": None, "PersonDeathDate": None},
                           [Episode(None, None, [], [
                               {"CPPstartDate": "2023-01-20", "CPPendDate": "2999-01-01",
                                "CPPreviewDate": ["2023-04-01"]}])], [])

    first, second = (child_cases(record(c), "bolton", date(2025, 3, 31)) for c in "AB")
    assert [p["element"] for p in first.problems] == [p["element"] for p in second.problems] == [
        "ChildIdentifiers/PersonBirthDate", "CINdetails/ChildProtectionPlans[1]/CPPendDate",
        "CINdetails/ChildProtectionPlans/CPPstartDate"]
    assert [p["child"] for p in second.problems] == ["B"] * 3
    assert first.episodes[0].case.events == second.episodes[0].case.events


def test_a_file_shortened_while_it_is_cut_does_not_end_the_process(tmp_path: Path) -> None:
    """The cut reads the file's bytes, not a mapping of them: a mapped file shortened under
    it would end the process by a signal (SIGBUS) at the first byte past its new end. Read,
    the children are those of the file as it was read; a file shortened before it was read
    is one that ends too soon, a malformed file with its line and column."""
    path = tmp_path / "census.xml"
    whole = FAKE.read_bytes()
    assert len(whole) > 2**17  # more than the header's parse reads of it
    path.write_bytes(whole)
    census = CensusFile(path)
    children = census.raw_children()
    first = next(children)
    with path.open("r+b") as file:
        file.truncate(len(whole) // 3)
    assert [first, *children] == list(CensusFile(FAKE).raw_children())
    path.write_bytes(whole)
    census = CensusFile(path)
    with path.open("r+b") as file:
        file.truncate(len(whole) * 2 // 3)
    with pytest.raises(InputError, match=r"line \d+, column \d+"):
        list(census.raw_children())


def test_a_file_too_large_to_hold_is_read_as_a_stream(tmp_path: Path, monkeypatch) -> None:
    import cpkb.census

    monkeypatch.setattr(cpkb.census, "_READ_WHOLE", SAMPLES[0].stat().st_size - 1)
    found, failure, was_cut = _read(SAMPLES[0])
    assert found and failure is None and not was_cut
