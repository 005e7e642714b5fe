"""The kb's sentences: they rebuild every paragraph, keep stable ids, and their loader and
`verify` report what is wrong with them. Lint counts coverage by sentence."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from cpkb.errors import InputError
from cpkb.kb import is_sentence_id, load_document, verify
from cpkb.project import Project

DOCUMENTS = ["wiltshire", "bolton", "derby-derbyshire", "sw-guide", "hammersmith-fulham"]

SENTENCE_COUNTS = {"bolton": 175, "derby-derbyshire": 32, "hammersmith-fulham": 69,
                   "sw-guide": 49, "wiltshire": 33}


@pytest.mark.parametrize("document", DOCUMENTS)
def test_sentences_rebuild_every_paragraph(project: Project, document: str) -> None:
    for p in project.kb.documents[document].paragraphs:
        if p.is_heading:
            assert p.sentences == (), p.id
            continue
        assert p.sentences, p.id
        assert " ".join(s.text for s in p.sentences) == p.text, p.id
        for s in p.sentences:
            assert p.text[s.start:s.end] == s.text and s.paragraph == p.id, s.id


@pytest.mark.parametrize("document", DOCUMENTS)
def test_sentence_ids_are_well_formed_and_found(project: Project, document: str) -> None:
    sentences = [s for p in project.kb.documents[document].paragraphs for s in p.sentences]
    assert len(sentences) == SENTENCE_COUNTS[document], "a re-split changes sentence ids"
    for p in project.kb.documents[document].paragraphs:
        assert not is_sentence_id(p.id), p.id
        for n, s in enumerate(p.sentences, start=1):
            assert s.id == f"{p.id}.{n}" and is_sentence_id(s.id)
            assert project.kb.sentence(s.id) is s


@pytest.mark.parametrize(
    "sentence_id, text",
    [
        ("bolton/initial/timing/3.1", "Consequently all Initial Child Protection Case "
         "Conferences should take place within 15 working days of a strategy discussion, or "
         "the last strategy discussion if more than one has been held."),
        ("bolton/review/reports/1.1", "At the Core Group meeting prior to each review "
         "conference a collective report should be developed, this should be co-ordinated by "
         "the Lead Professional using the Integrated Children’s Services exemplar."),
        # Split by hand: the source lost the full stop after "made known".
        ("bolton/initial/involving-family/2.2", "This is the Lead professional’s responsibility."),
        # Not split: a bracketed reference stays with its sentence.
        ("bolton/initial/information/2.1", "All other workers who are involved with the child, "
         "parents or carers should prepare a written report using the inter agency proforma. "
         "(see Framework for Action Guidance LSCB31)."),
        # Not split after "e.g.".
        ("wiltshire/types/transfer-in/1.1", "Transfer in conferences should take place when a "
         "child ,who is the subject of a child protection plan, moves from one Local Authority "
         "(Referring LA) area to another LA area to live there permanently e.g. for a period of "
         "more than 3 months."),
    ],
)
def test_sentences_named_in_the_design_exist(project: Project, sentence_id: str,
                                             text: str) -> None:
    sentence = project.kb.sentence(sentence_id)
    assert sentence is not None and sentence.text == text


def test_a_missing_sentence_or_a_paragraph_id_is_no_sentence(project: Project) -> None:
    assert project.kb.sentence("bolton/initial/timing/3.2") is None
    assert project.kb.sentence("bolton/initial/timing/3") is None
    assert project.kb.sentence("nowhere/1.1") is None


def test_the_sentences_a_quote_falls_in(project: Project) -> None:
    paragraph = project.kb.paragraph("bolton/initial/quoracy/2")
    assert paragraph is not None
    first, second = paragraph.sentences
    assert paragraph.sentences_of("may decide to stand the conference down") == (first,)
    assert paragraph.sentences_of("stand the conference down. It is expected") == (first, second)
    assert paragraph.sentences_of("with the appropriate professionals present.") == (second,)
    assert paragraph.sentences_of("not in the paragraph") == ()


def _one_paragraph_file(tmp_path: Path, paragraph: str) -> Path:
    path = tmp_path / "broken.yaml"
    path.write_text("document: x\ntitle: X\nauthority: X\noriginal: x.txt\nreceived_as: x\n"
                    f"original_sha256: '0'\nparagraphs:\n  - {paragraph}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "paragraph, place, expected",
    [
        ("{id: x/1, section: [], kind: text, text: a, sha256: b, sentences: a}",
         "paragraphs[0].sentences", "expected a list"),
        ("{id: x/1, section: [], kind: text, text: a, sha256: b, sentences: [a]}",
         "paragraphs[0].sentences[0]", "expected a mapping"),
        ("{id: x/1, section: [], kind: text, text: a, sha256: b, sentences: [{id: x/1.1}]}",
         "paragraphs[0].sentences[0].text", "expected str"),
        ("{id: x/1, section: [], kind: text, text: a, sha256: b,"
         " sentences: [{id: x/1.1, text: a, start: 0}]}",
         "paragraphs[0].sentences[0].start", "unknown key"),
        ("{id: x/1, section: [], kind: heading, text: a, sha256: b,"
         " sentences: [{id: x/1.1, text: a}]}",
         "paragraphs[0].sentences", "a heading has none"),
    ],
)
def test_a_broken_sentences_list_is_reported_with_its_place(
        tmp_path: Path, paragraph: str, place: str, expected: str) -> None:
    with pytest.raises(InputError) as error:
        load_document(_one_paragraph_file(tmp_path, paragraph))
    assert error.value.place == place and expected in error.value.expected
    assert "broken.yaml" in str(error.value)


def test_verify_catches_a_sentence_that_does_not_rebuild_its_paragraph(
        project_copy: Path) -> None:
    path = project_copy / "kb/bolton.yaml"
    text = path.read_text(encoding="utf-8")
    old = "    text: Equally, cases where children are at risk should not be allowed to drift."
    assert old in text
    path.write_text(text.replace(old, old.replace("should not", "must not")), encoding="utf-8")
    problems = verify(load_document(path))
    assert problems == [
        "bolton/initial/timing/2: sentences do not rebuild the paragraph text; they depart at "
        "character 185 ('must not be allowed to drift.' for 'should not be allowed to drift')"]


def test_verify_catches_sentence_ids_out_of_order(project_copy: Path) -> None:
    path = project_copy / "kb/bolton.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  - id: bolton/initial/timing/2.2\n",
                                 "  - id: bolton/initial/timing/2.3\n"), encoding="utf-8")
    assert verify(load_document(path)) == [
        "bolton/initial/timing/2.3: expected the sentence id bolton/initial/timing/2.2"]


def test_verify_catches_a_paragraph_without_sentences(project: Project) -> None:
    document = project.kb.documents["bolton"]
    paragraphs = tuple(replace(p, sentences=()) if p.id == "bolton/initial/timing/2" else p
                       for p in document.paragraphs)
    assert verify(replace(document, paragraphs=paragraphs)) == [
        "bolton/initial/timing/2: no sentences"]
