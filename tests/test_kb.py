"""The kb reproduces the original documents word for word, and its loader reports errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpkb.errors import InputError
from cpkb.kb import load_document, read_kb, text_hash, verify
from cpkb.project import Project

DOCUMENTS = ["wiltshire", "bolton", "derby-derbyshire", "sw-guide", "hammersmith-fulham"]


def test_all_five_documents_are_in_the_kb(project: Project) -> None:
    assert sorted(project.kb.documents) == sorted(DOCUMENTS)


@pytest.mark.parametrize("document", DOCUMENTS)
def test_paragraphs_reproduce_the_original_words_in_order(project: Project, document: str) -> None:
    doc = project.kb.documents[document]
    original = doc.original.read_text(encoding="utf-8").split()
    assert [w for p in doc.paragraphs for w in p.text.split()] == original
    assert verify(doc) == []


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_hash_is_the_hash_of_its_text(project: Project, document: str) -> None:
    for p in project.kb.documents[document].paragraphs:
        assert p.sha256 == text_hash(p.text), p.id


def test_ids_named_in_the_design_exist(project: Project) -> None:
    timing = project.kb.paragraph("bolton/initial/timing/3")
    assert timing is not None and timing.text.startswith("Consequently all Initial")
    quoracy = project.kb.paragraph("bolton/initial/quoracy/1")
    assert quoracy is not None and quoracy.section[-1] == "Quoracy"


def test_a_broken_kb_file_is_reported_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("document: x\ntitle: X\nauthority: X\noriginal: x.txt\nreceived_as: x\n"
                    "original_sha256: '0'\nparagraphs:\n  - {id: x/1, section: [], kind: poem,"
                    " text: a, sha256: b}\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_document(path)
    assert "paragraphs[0].kind" in str(error.value) and "expected one of" in str(error.value)


def test_the_glossary_is_loaded_with_the_kb_and_is_no_document(project: Project) -> None:
    terms = {t.term: t for t in project.kb.glossary}
    assert "ICPC" in terms["Initial Child Protection Conference"].abbreviations
    assert "glossary" not in project.kb.documents


def test_a_broken_glossary_is_reported_with_its_place(tmp_path: Path) -> None:
    (tmp_path / "glossary.yaml").write_text("- term: Core group\n  definition: 3\n",
                                            encoding="utf-8")
    with pytest.raises(InputError, match=r"\[0\].*expected term and definition"):
        read_kb(tmp_path)
