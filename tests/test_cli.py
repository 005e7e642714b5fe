"""The CLI's contracts: reports on stdout, bad input as exit 2 with one clear message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cpkb.cli import main

HOME = Path(__file__).resolve().parents[1]
EXAMPLE = HOME / "examples" / "bolton-split-vote.yaml"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_evaluate_json_follows_the_report_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "evaluate", str(EXAMPLE), "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert {"case", "authority", "as_of", "knowledge_base", "duties", "decisions", "conflicts",
            "trace"} <= set(report)
    assert report["knowledge_base"]["fingerprint"].startswith("sha256:")
    duty = next(d for d in report["duties"] if d["duty"] == "initial_conference")
    assert duty == {
        "duty": "initial_conference", "due": "2026-12-22", "deadline": "within 15 working days",
        "status": "met", "fulfilled_on": "2026-12-18",
        "trigger": {"event": "strategy_discussion", "date": "2026-12-01"},
        "rule": "bolton.icpc.timing", "modality": "should",
        "source": {
            "document": "bolton", "paragraph": "bolton/initial/timing/3",
            "sentences": ["bolton/initial/timing/3.1"],
            "quote": "Consequently all Initial Child Protection Case Conferences should take "
                     "place within 15 working days of a strategy discussion, or the last "
                     "strategy discussion if more than one has been held.",
            "url": "documents/bolton/#bolton-initial-timing-3",
        },
        "also_cites": [{
            "document": "bolton", "paragraph": "bolton/initial/timing/2",
            "sentences": ["bolton/initial/timing/2.2"],
            "quote": "Equally, cases where children are at risk should not be allowed to drift.",
            "url": "documents/bolton/#bolton-initial-timing-2",
        }, {
            "document": "bolton", "paragraph": "bolton/intro/1",
            "sentences": ["bolton/intro/1.1"],
            "quote": "A Conference will be convened in all cases where there is reason to "
                     "believe that a child is suffering, or likely to suffer, significant harm",
            "url": "documents/bolton/#bolton-intro-1",
        }],
        "flags": ["ambiguous"],
    }
    assert any(step["rule"] == "bolton.dissent.split_vote_plan" for step in report["trace"])


def test_as_of_option_overrides_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "evaluate", str(EXAMPLE), "--format", "json", "--as-of",
                       "2026-12-02")
    assert code == 0
    report = json.loads(out)
    assert report["as_of"] == "2026-12-02"


@pytest.mark.parametrize("fmt, marker", [("markdown", "## Timeline"), ("text", "Timeline")])
def test_people_formats_carry_a_timeline(capsys, fmt: str, marker: str) -> None:
    code, out, _ = run(capsys, "evaluate", str(EXAMPLE), "--format", fmt)
    assert code == 0
    assert marker in out
    assert "bolton.icpc.timing" in out


def test_rules_json_lists_each_rule_with_its_sources(capsys) -> None:
    code, out, _ = run(capsys, "rules", "--authority", "bolton", "--format", "json")
    assert code == 0
    rules = json.loads(out)
    assert rules and all(r["authority"] == "bolton" for r in rules)
    first = rules[0]
    assert {"id", "authority", "title", "modality", "sources"} <= set(first)
    assert {"document", "paragraph", "quote"} == set(first["sources"][0])


def _case(tmp_path: Path, text: str, name: str = "case.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


BASE = "case: T-1\nauthority: bolton\nas_of: 2027-01-15\n"


@pytest.mark.parametrize(
    "text, place, expected",
    [
        (BASE + "events:\n  - {event: strategy_discussion, date: 2026-02-30}\n",
         "events[0].date", "expected a date as YYYY-MM-DD"),
        (BASE + "events:\n  - {event: tea_party, date: 2026-02-03}\n",
         "events[0].event", "unknown event 'tea_party'"),
        (BASE + "colour: blue\n", "colour", "unknown key"),
        ("case: T-1\nevents: []\n", "authority", "expected one of"),
        (BASE + "events:\n  - {event: initial_conference, date: 2026-12-18, outcome: maybe}\n",
         "events[0].outcome", "expected one of plan, no_plan"),
        (BASE + "events:\n  - {event: strategy_discussion}\n", "events[0].date", "expected a date"),
        (BASE + "child: {born: yesterday}\n", "child.born", "expected a date"),
        (BASE + "events:\n  - {event: initial_conference, date: 2026-12-18, votes: {yes: 2}}\n",
         "events[0].votes", "expected {plan: N, no_plan: N}"),
        (BASE + "events: [\n", "line", "expected YAML"),
        (BASE + "case: T-2\n", "line 4, column 1", "the key 'case' is given twice"),
        ("- just\n- a list\n", "top level", "expected a mapping"),
    ],
)
def test_bad_case_files_exit_2_naming_file_place_and_expectation(
    capsys, tmp_path: Path, text: str, place: str, expected: str
) -> None:
    path = _case(tmp_path, text)
    code, out, err = run(capsys, "evaluate", path)
    assert code == 2
    assert out == ""
    assert path in err and place in err and expected in err
    assert "Traceback" not in err


def test_bad_json_case_names_line_and_column(capsys, tmp_path: Path) -> None:
    path = _case(tmp_path, '{"case": "T-1", "authority": }', "case.json")
    code, out, err = run(capsys, "evaluate", path)
    assert (code, out) == (2, "")
    assert "line 1, column" in err and "expected JSON" in err


def test_one_bad_file_among_good_ones_prints_no_partial_report(capsys, tmp_path: Path) -> None:
    bad = _case(tmp_path, BASE + "events: 3\n")
    code, out, err = run(capsys, "evaluate", str(EXAMPLE), bad)
    assert (code, out) == (2, "")
    assert "events: expected a list" in err


def test_missing_file_and_folder(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "evaluate", str(tmp_path / "nope.yaml"))
    assert (code, out) == (2, "") and "no such file" in err
    code, out, err = run(capsys, "evaluate", str(tmp_path))
    assert (code, out) == (2, "") and "expected a file" in err


def test_yaml_is_loaded_safely(capsys, tmp_path: Path) -> None:
    path = _case(tmp_path, BASE + "events: !!python/object/apply:os.system ['true']\n")
    code, out, err = run(capsys, "evaluate", path)
    assert (code, out) == (2, "")
    assert "expected YAML" in err


def test_unknown_authority_option(capsys) -> None:
    code, out, err = run(capsys, "rules", "--authority", "atlantis")
    assert (code, out) == (2, "") and "--authority" in err


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["evaluate", "--format", "pdf", str(EXAMPLE)])
    assert exit_info.value.code == 2
