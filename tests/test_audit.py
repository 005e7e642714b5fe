"""`cpkb audit`: real census samples read without a traceback, a generated census whose planted
breaches are all found and nothing else, the same output for any number of workers."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from cpkb.census_generator import Settings, write_census
from cpkb.cli import main
from cpkb.compiler import rules_needed
from cpkb.project import Project

HOME = Path(__file__).resolve().parents[1]
SAMPLES = HOME / "tests" / "data" / "cin-census"
EFFECTS = {"initial_conference", "first_review_conference", "review_conference",
           "plan_ends_without_review_conference"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.xml")), ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", ["json", "csv", "markdown"])
def test_every_sample_is_audited(capsys, sample: Path, fmt: str) -> None:
    code, out, err = run(capsys, "audit", str(sample), "--authority", "bolton", "--format", fmt)
    assert code == 0, err
    assert out


def test_the_fake_census_reports_each_of_its_332_children(capsys) -> None:
    code, out, _ = run(capsys, "audit", str(SAMPLES / "sample-d2i-fake_CIN_data.xml"),
                       "--authority", "bolton")
    assert code == 0
    report = json.loads(out)
    assert report["summary"]["children"] == 332
    assert len(report["children"]) == 332


def test_sample_errors_are_listed_and_the_jubilee_target_is_caught(capsys) -> None:
    code, out, _ = run(capsys, "audit", str(SAMPLES / "sample-d2i-CIN_Census_2024.xml"),
                       "--authority", "bolton")
    assert code == 0
    child = json.loads(out)["children"][0]
    problems = {p["element"]: p for p in child["problems"]}
    assert problems["after UPNunknown"]["value"] == "PersonBirthDate"
    assert "2022-06-24" in problems["InitialCPCtarget"]["problem"]  # 2 and 3 June 2022
    initial = next(d for d in child["duties"] if d["duty"] == "initial_conference")
    assert initial["due"] == "2022-06-24" and initial["status"] == "met"
    assert initial["source"]["paragraph"] == "bolton/initial/timing/3"


def test_an_unknown_lea_asks_for_the_authority(capsys) -> None:
    code, out, err = run(capsys, "audit", str(SAMPLES / "sample-liia-cin-2022.xml"))
    assert code == 2 and not out
    assert "LEA code '201'" in err and "--authority" in err


@pytest.mark.parametrize("content", ["not xml at all", "<Other><Child/></Other>",
                                     "<Message><Children><Child>"])
def test_a_file_that_is_no_census_exits_2(capsys, tmp_path: Path, content: str) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text(content)
    code, out, err = run(capsys, "audit", str(bad), "--authority", "bolton")
    assert code == 2 and not out
    assert str(bad) in err and "CIN census XML" in err


def test_entities_are_not_expanded(capsys, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE Message [<!ENTITY a "2022-01-01">]>'
                    "<Message><Children><Child><ChildIdentifiers><LAchildID>X</LAchildID>"
                    "<PersonBirthDate>&a;</PersonBirthDate></ChildIdentifiers>"
                    "<CINdetails/></Child></Children></Message>")
    code, out, _ = run(capsys, "audit", str(bomb), "--authority", "bolton")
    assert code == 0
    assert json.loads(out)["children"][0]["child"] == "X"


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Path, list[dict]]:
    path = tmp_path_factory.mktemp("census") / "census.xml"
    with path.open("w", encoding="utf-8") as out:
        breaches = write_census(Settings(600, seed=5, late_share=0.2, missing_share=0.15), out)
    return path, breaches


def test_a_generated_census_is_valid_against_the_schema(generated) -> None:
    schema = etree.XMLSchema(etree.parse(str(SAMPLES / "CIN_schema_2024.xsd")))
    assert schema.validate(etree.parse(str(generated[0]))), schema.error_log.last_error


def test_the_audit_finds_every_planted_breach_and_nothing_else(capsys, generated) -> None:
    path, breaches = generated
    code, out, err = run(capsys, "audit", str(path), "--quiet")  # LEA 350: Bolton
    assert code == 0, err
    report = json.loads(out)
    found = {(c["child"], d.get("duty") or d["decision"], d["due"], d["status"])
             for c in report["children"] for d in c["duties"]
             if d["status"] in ("late", "overdue")}
    planted = {(b["child"], b["duty"], b["due"], b["status"]) for b in breaches}
    assert planted and {b[3] for b in planted} == {"late", "overdue"}
    assert found == planted
    assert not [p for c in report["children"] for p in c["problems"]]


def test_the_output_is_the_same_for_any_number_of_workers(capsys, generated) -> None:
    outputs = []
    for workers in ("1", "2", "3"):
        code, out, err = run(capsys, "audit", str(generated[0]), "--quiet", "--format", "csv",
                             "--workers", workers)
        assert code == 0, err
        outputs.append(out)
    assert outputs[0] == outputs[1] == outputs[2]
    rows = list(csv.DictReader(io.StringIO(outputs[0])))
    assert {r["kind"] for r in rows} <= {"duty", "decision", "problem", "not_assessed", "none",
                                         "indicator"}
    # the indicators come last, after every child
    kinds = [r["kind"] for r in rows]
    assert "indicator" in kinds and set(kinds[kinds.index("indicator"):]) == {"indicator"}


def test_a_folder_of_case_files_is_audited(capsys) -> None:
    code, out, err = run(capsys, "audit", str(HOME / "examples"), "--format", "markdown",
                         "--as-of", "2027-06-01")
    assert code == 0, err
    assert out.startswith("# Caseload audit")


def test_the_rule_subset_gives_the_audited_duties_as_the_whole_ruleset_does(
        project: Project) -> None:
    case = project.read_case({
        "case": "S-1", "authority": "bolton", "child": {"born": "2008-05-05"},
        "events": [
            {"event": "strategy_discussion", "date": "2025-06-02"},
            {"event": "initial_conference", "date": "2025-06-30", "outcome": "plan"},
            {"event": "review_conference", "date": "2025-10-15", "outcome": "continue_plan"},
        ]}, "test", date(2026, 9, 1))
    subset = frozenset(r.id for r in rules_needed(project.rules_for("bolton"), EFFECTS,
                                                   project.vocabulary))
    assert len(subset) < len(project.rules_for("bolton"))

    def audited(evaluation) -> list[tuple]:
        duties = [(f.rule.id, f.due, f.status) for f in evaluation.duties if f.name in EFFECTS]
        decisions = [(d.rule.id, d.date, d.value) for d in evaluation.decisions
                     if d.name in EFFECTS]
        return sorted(duties) + sorted(decisions)

    assert audited(project.evaluate(case, subset)) == audited(project.evaluate(case))


def test_the_compact_form_gives_each_citation_once_and_loses_nothing(capsys, generated) -> None:
    code, full, _ = run(capsys, "audit", str(generated[0]), "--quiet")
    assert code == 0
    code, compact, _ = run(capsys, "audit", str(generated[0]), "--quiet", "--compact")
    assert code == 0
    full_report, compact_report = json.loads(full), json.loads(compact)
    rules = compact_report["rules"]
    assert all(set(r) >= {"modality", "source"} for r in rules.values())
    # each finding, with its rule's citation put back, is the full form's finding
    rebuilt = [{**child, "duties": [{**d, **rules[d["rule"]]} for d in child["duties"]]}
               for child in compact_report["children"]]
    assert [{**c, "duties": [dict(sorted(d.items())) for d in c["duties"]]} for c in rebuilt] \
        == [{**c, "duties": [dict(sorted(d.items())) for d in c["duties"]]}
            for c in full_report["children"]]
    assert compact_report["summary"] == full_report["summary"]
    assert len(compact) < len(full) / 2


def test_the_compact_form_is_json_only(capsys, generated) -> None:
    code, out, err = run(capsys, "audit", str(generated[0]), "--compact", "--format", "csv")
    assert (code, out) == (2, "")
    assert err == "cpkb: --compact: expected --format json, got csv\n"


@pytest.mark.parametrize("encoding", ["utf-16", "latin-1"])
def test_a_terminal_not_in_utf_8_gets_the_same_report(tmp_path: Path, encoding: str) -> None:
    """The children's text waits as UTF-8 bytes and is copied out as bytes where the output
    is UTF-8; elsewhere it is decoded first, a character of two bytes kept whole."""
    sample = (SAMPLES / "sample-d2i-fake_CIN_data.xml").read_text(encoding="utf-8")
    census = tmp_path / "census.xml"
    census.write_text(sample.replace("<LAchildID>", "<LAchildID>Zoé-"), encoding="utf-8")
    script = ("import sys; from cpkb.cli import main; "
              f"sys.exit(main(['audit', {str(census)!r}, '--authority', 'bolton', '--quiet']))")
    outputs = {}
    for name in ("utf-8", encoding):
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True,
                              env={**os.environ, "PYTHONIOENCODING": name})
        outputs[name] = done.stdout.decode(name)
    assert outputs["utf-8"].count("Zoé-") > 300  # every child's id, in every finding
    assert outputs[encoding] == outputs["utf-8"]
