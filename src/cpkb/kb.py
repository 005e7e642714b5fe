"""The source documents as data: kb/<document>.yaml, one file per document.

Each document is a list of paragraphs in source order. A paragraph has a stable id built
from its section path (``bolton/initial/timing/3``), the headings that contain it, its kind
(heading, text or bullet), its verbatim text with whitespace normalised, and the sha256 of
that text. The original file is kept beside it in kb/sources/ so that anyone can check the
paragraphs against it (`verify`).

Every paragraph but a heading is also split into sentences (``bolton/initial/timing/3.1``),
whose texts joined with single spaces give the paragraph's text: lint counts coverage by
sentence, so that a secondary sentence of a cited paragraph cannot go unencoded unseen.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from cpkb.errors import InputError, excerpt
from cpkb.files import read_data

GLOSSARY = "glossary.yaml"  # in kb/ beside the documents, and not one of them

KINDS = ("heading", "text", "bullet")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_space(text: str) -> str:
    return " ".join(text.split())


def is_sentence_id(reference: str) -> bool:
    """A sentence id is its paragraph's id with ``.<n>`` added; paragraph ids have no '.'
    after their last '/', so one reference field can name either."""
    return "." in reference.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Sentence:
    id: str
    paragraph: str  # the paragraph's id
    text: str
    start: int  # character offset of the sentence in its paragraph's text

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Paragraph:
    id: str
    document: str
    section: tuple[str, ...]
    kind: str
    text: str
    sha256: str
    sentences: tuple[Sentence, ...] = ()

    @property
    def is_heading(self) -> bool:
        return self.kind == "heading"

    def sentence(self, sentence_id: str) -> Sentence | None:
        return next((s for s in self.sentences if s.id == sentence_id), None)

    def sentences_of(self, quote: str) -> tuple[Sentence, ...]:
        """The sentences that the quote's first occurrence overlaps (none if it is not in the
        text): a quote may run across a sentence end, or cover part of one sentence."""
        start = self.text.find(quote) if quote else -1
        if start < 0:
            return ()
        end = start + len(quote)
        return tuple(s for s in self.sentences if s.start < end and start < s.end)


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    authority: str | None
    publisher: str | None
    date: str | None
    url: str | None
    original: Path
    received_as: str
    original_sha256: str
    paragraphs: tuple[Paragraph, ...]
    path: Path
    _by_id: dict[str, Paragraph] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {p.id: p for p in self.paragraphs})

    def paragraph(self, paragraph_id: str) -> Paragraph | None:
        return self._by_id.get(paragraph_id)


@dataclass(frozen=True)
class Term:
    """A term of the glossary (kb/glossary.yaml): what it means, its abbreviations, the
    documents that use it and its other names."""

    term: str
    definition: str
    abbreviations: tuple[str, ...] = ()
    used_by: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()


@dataclass(frozen=True)
class KnowledgeBase:
    root: Path
    documents: dict[str, Document]
    glossary: tuple[Term, ...] = ()  # kb/glossary.yaml

    def paragraph(self, paragraph_id: str) -> Paragraph | None:
        document = self.documents.get(paragraph_id.split("/", 1)[0])
        return document.paragraph(paragraph_id) if document else None

    def sentence(self, sentence_id: str) -> Sentence | None:
        if not is_sentence_id(sentence_id):
            return None
        paragraph = self.paragraph(sentence_id.rsplit(".", 1)[0])
        return paragraph.sentence(sentence_id) if paragraph else None


def _require(data: dict, key: str, kind: type, path: Path, place: str):
    value = data.get(key)
    if not isinstance(value, kind):
        raise InputError(path, f"{place}{key}", f"expected {kind.__name__}, got {excerpt(value)}")
    return value


def _load_sentences(item: dict, paragraph_id: str, kind: str, path: Path,
                    place: str) -> tuple[Sentence, ...]:
    """A paragraph's `sentences:` list. Each start is where the sentence would begin in the
    paragraph's text if the sentences rebuild it; `verify` checks that they do."""
    items = item.get("sentences")
    if items is None:
        return ()
    if kind == "heading":
        raise InputError(path, place + "sentences", "expected no sentences: a heading has none")
    if not isinstance(items, list):
        raise InputError(path, place + "sentences",
                         f"expected a list of {{id, text}}, got {excerpt(items)}")
    sentences = []
    start = 0
    for index, entry in enumerate(items):
        where = f"{place}sentences[{index}]"
        if not isinstance(entry, dict):
            raise InputError(path, where, f"expected a mapping {{id, text}}, got {excerpt(entry)}")
        unknown = sorted(str(key) for key in entry if key not in ("id", "text"))
        if unknown:
            raise InputError(path, f"{where}.{unknown[0]}", "unknown key; expected id and text")
        text = _require(entry, "text", str, path, where + ".")
        sentences.append(Sentence(_require(entry, "id", str, path, where + "."), paragraph_id,
                                  text, start))
        start += len(text) + 1
    return tuple(sentences)


def _load_paragraph(item: object, document: str, path: Path, index: int) -> Paragraph:
    if not isinstance(item, dict):
        raise InputError(path, f"paragraphs[{index}]", "expected a mapping")
    place = f"paragraphs[{index}]."
    kind = _require(item, "kind", str, path, place)
    if kind not in KINDS:
        raise InputError(path, place + "kind", f"expected one of {', '.join(KINDS)}")
    paragraph_id = _require(item, "id", str, path, place)
    return Paragraph(
        id=paragraph_id,
        document=document,
        section=tuple(_require(item, "section", list, path, place)),
        kind=kind,
        text=_require(item, "text", str, path, place),
        sha256=_require(item, "sha256", str, path, place),
        sentences=_load_sentences(item, paragraph_id, kind, path, place),
    )


def load_document(path: Path) -> Document:
    data = read_data(path)
    if not isinstance(data, dict):
        raise InputError(path, "top level", "expected a mapping with document and paragraphs")
    doc_id = _require(data, "document", str, path, "")
    paragraphs = [_load_paragraph(item, doc_id, path, index)
                  for index, item in enumerate(_require(data, "paragraphs", list, path, ""))]
    return Document(
        id=doc_id,
        title=_require(data, "title", str, path, ""),
        authority=data.get("authority"),
        publisher=data.get("publisher"),
        date=data.get("date"),
        url=data.get("url"),
        original=path.parent / _require(data, "original", str, path, ""),
        received_as=_require(data, "received_as", str, path, ""),
        original_sha256=_require(data, "original_sha256", str, path, ""),
        paragraphs=tuple(paragraphs),
        path=path,
    )


def document_ids(root: Path) -> set[str]:
    """The ids of the documents under `root`, without reading them: a document's id is the
    name of its file (`verify` checks it)."""
    return {path.stem for path in root.glob("*.yaml") if path.name != GLOSSARY}


def read_kb(root: Path) -> KnowledgeBase:
    """Every kb/<document>.yaml under `root`, and the glossary (kb/glossary.yaml, which is not
    a document)."""
    documents = {}
    for path in sorted(root.glob("*.yaml")):
        if path.name == GLOSSARY:
            continue
        document = load_document(path)
        documents[document.id] = document
    glossary = root / GLOSSARY
    return KnowledgeBase(root=root, documents=documents,
                         glossary=load_glossary(glossary) if glossary.is_file() else ())


def load_glossary(path: Path) -> tuple[Term, ...]:
    data = read_data(path)
    if not isinstance(data, list):
        raise InputError(path, "top level", "expected a list of terms")
    terms = []
    for i, item in enumerate(data):
        if not isinstance(item, dict) or not isinstance(item.get("term"), str) \
                or not isinstance(item.get("definition"), str):
            raise InputError(path, f"[{i}]", "expected term and definition")
        terms.append(Term(
            term=item["term"],
            definition=item["definition"],
            abbreviations=tuple(item.get("abbreviations") or ()),
            used_by=tuple(item.get("used_by") or ()),
            same_as=tuple(item.get("same_as") or ()),
        ))
    return tuple(terms)


# Kept per folder for the rest of the process: the tests and the site build make many
# Projects of one home (the site clears it when a file changes).
load_kb = lru_cache(maxsize=4)(read_kb)


def verify(document: Document) -> list[str]:
    """Problems with a document's integrity: stale hashes, duplicate ids, lost words, sentences
    that do not rebuild their paragraph."""
    problems = []
    if document.path.stem != document.id:
        problems.append(f"{document.path.name}: the document is '{document.id}'; a document's "
                        f"file is named for it ({document.id}.yaml)")
    seen: set[str] = set()
    for p in document.paragraphs:
        if p.id in seen:
            problems.append(f"{p.id}: duplicate paragraph id")
        seen.add(p.id)
        if not p.id.startswith(document.id + "/"):
            problems.append(f"{p.id}: id does not start with '{document.id}/'")
        if is_sentence_id(p.id):
            problems.append(f"{p.id}: a '.' after the last '/' marks a sentence id; a "
                            "paragraph id may not have one")
        if text_hash(p.text) != p.sha256:
            problems.append(f"{p.id}: sha256 does not match the paragraph text")
        if p.text != normalise_space(p.text):
            problems.append(f"{p.id}: text has unnormalised whitespace")
        problems.extend(_sentence_problems(p))
    try:
        original = document.original.read_bytes()
    except OSError:
        return [*problems, f"{document.id}: original {document.original} cannot be read"]
    if hashlib.sha256(original).hexdigest() != document.original_sha256:
        problems.append(f"{document.id}: {document.original.name} does not match original_sha256")
    problems.extend(_word_order_problems(document, original.decode("utf-8")))
    return problems


def _sentence_problems(paragraph: Paragraph) -> list[str]:
    """A paragraph's sentences must be numbered from 1 in order and rebuild its text exactly."""
    if paragraph.is_heading:
        return []
    if not paragraph.sentences:
        return [f"{paragraph.id}: no sentences"]
    problems = [
        f"{s.id}: expected the sentence id {paragraph.id}.{n}"
        for n, s in enumerate(paragraph.sentences, start=1) if s.id != f"{paragraph.id}.{n}"
    ]
    rebuilt = " ".join(s.text for s in paragraph.sentences)
    if rebuilt != paragraph.text:
        at = len(os.path.commonprefix([rebuilt, paragraph.text]))
        problems.append(
            f"{paragraph.id}: sentences do not rebuild the paragraph text; they depart at "
            f"character {at + 1} ({rebuilt[at:at + 30]!r} for {paragraph.text[at:at + 30]!r})"
        )
    return problems


def _word_order_problems(document: Document, original: str) -> list[str]:
    """The paragraphs, read in order, must give the original's words in order."""
    source_words = original.split()
    position = 0
    for p in document.paragraphs:
        words = p.text.split()
        if source_words[position : position + len(words)] != words:
            context = " ".join(source_words[position : position + 8])
            return [f"{p.id}: text departs from the original at word {position + 1} ({context!r})"]
        position += len(words)
    if position != len(source_words):
        rest = " ".join(source_words[position : position + 8])
        return [f"{document.id}: original words from {position + 1} are in no paragraph ({rest!r})"]
    return []
