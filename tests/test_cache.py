"""The cache of parsed files (cpkb.cache): the same answers as without it, a new answer after
any edit, and a cache that cannot be used passed over in silence. Every test points
XDG_CACHE_HOME (or the Project's cache folder) at a folder of its own, never at ~/.cache."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import cpkb.cache
import cpkb.project
import cpkb.rulebook
from cpkb.cache import KEEP, MAGIC, ParsedCache, cache_folder
from cpkb.cli import main
from cpkb.errors import InputError
from cpkb.project import Project
from cpkb.rulebook import Rulebook

HOME = Path(__file__).resolve().parents[1]
CPKB = Path(sys.executable).with_name("cpkb")
EXAMPLE = HOME / "examples" / "bolton-split-vote.yaml"
RULE_FILE = Path("rules/bolton/initial-conference.yaml")
SPLIT_REFERRAL = "      within: 5 working days"  # the chair's referral of a split vote: unique
PARTS = ("kb", "rulebook", "vocabulary")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A copy of the knowledge base that a test may edit."""
    copy = tmp_path / "home"
    for folder in ("kb", "rules"):
        shutil.copytree(HOME / folder, copy / folder)
    return copy


def _evaluate(home: Path, cache: Path, switch: str = "on") -> subprocess.CompletedProcess[str]:
    """`cpkb evaluate` of the example in a new process, with CPKB_HOME and the cache given."""
    environment = {**os.environ, "CPKB_HOME": str(home), "XDG_CACHE_HOME": str(cache),
                   "CPKB_CACHE": switch}
    return subprocess.run([str(CPKB), "evaluate", str(EXAMPLE), "--format", "json"],
                          capture_output=True, text=True, env=environment)


def _referral_due(done: subprocess.CompletedProcess[str]) -> str:
    """The due date of the split vote's referral in a report, which must be all there is."""
    assert (done.returncode, done.stderr) == (0, "")
    duties = json.loads(done.stdout)["duties"]
    return next(d["due"] for d in duties if d["duty"] == "split_decision_referral")


def _entries(folder: Path) -> list[str]:
    """The parts stored in a cache folder."""
    return sorted(path.stem.rsplit("-", 1)[1] for path in folder.glob("*.pickle"))


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def _must_not_parse(folder: Path) -> None:
    raise AssertionError(f"{folder} parsed: expected it from the cache")


def test_the_cache_gives_the_report_parsing_gives(tmp_path: Path, monkeypatch) -> None:
    case = Project(HOME).read_case(
        {"case": "C-1", "authority": "bolton", "as_of": "2027-01-15",
         "child": {"born": "2014-03-02"},
         "events": [{"event": "strategy_discussion", "date": "2026-12-01"},
                    {"event": "initial_conference", "date": "2026-12-18", "outcome": "plan",
                     "votes": {"plan": 3, "no_plan": 3}}]},
        "case.yaml", date(2027, 1, 15))
    parsed = Project(HOME).report(case)
    assert Project(HOME, tmp_path).report(case) == parsed  # parsed, then stored
    assert _entries(tmp_path) == sorted(PARTS)
    for read in ("read_kb", "read_rulebook", "read_vocabulary"):
        monkeypatch.setattr(cpkb.project, read, _must_not_parse)
    assert Project(HOME, tmp_path).report(case) == parsed


def test_a_new_process_gives_the_same_report_from_the_cache(home: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    without = _evaluate(home, cache, switch="off")
    assert not cache.exists()
    first, second = _evaluate(home, cache), _evaluate(home, cache)
    assert _entries(cache / "cpkb") == sorted(PARTS)
    assert without.stdout == first.stdout == second.stdout
    assert (second.returncode, second.stderr) == (0, "")


def test_an_edited_rule_changes_the_next_answer(home: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert _referral_due(_evaluate(home, cache)) == "2026-12-29"
    assert _referral_due(_evaluate(home, cache)) == "2026-12-29"  # from the cache
    _edit(home / RULE_FILE, SPLIT_REFERRAL, SPLIT_REFERRAL.replace("5", "6"))
    assert _referral_due(_evaluate(home, cache)) == "2026-12-30"
    # The edit undone: the first version's entries answer again.
    _edit(home / RULE_FILE, SPLIT_REFERRAL.replace("5", "6"), SPLIT_REFERRAL)
    assert _referral_due(_evaluate(home, cache)) == "2026-12-29"


def test_an_edit_of_the_kb_alone_is_a_new_version(home: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _evaluate(home, cache)
    with (home / "kb" / "glossary.yaml").open("a", encoding="utf-8") as glossary:
        glossary.write("# an edit\n")
    _evaluate(home, cache)
    assert _entries(cache / "cpkb") == sorted(PARTS * 2)


@pytest.mark.parametrize("damage", ["truncated", "a byte changed", "foreign", "empty",
                                    "another key", "a folder"])
def test_a_damaged_cache_file_is_passed_over(home: Path, tmp_path: Path, damage: str) -> None:
    cache = tmp_path / "cache"
    right = _referral_due(_evaluate(home, cache))
    for path in (cache / "cpkb").glob("*.pickle"):
        data = path.read_bytes()
        if damage == "truncated":
            path.write_bytes(data[:len(data) // 2])
        elif damage == "a byte changed":
            middle = len(data) // 2
            path.write_bytes(data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1:])
        elif damage == "foreign":
            path.write_bytes(b"\x80\x04\x95 not a pickle of cpkb's \xff" * 100)
        elif damage == "empty":
            path.write_bytes(b"")
        elif damage == "another key":
            path.write_bytes(MAGIC + b"0" * 64 + data[len(MAGIC) + 64:])
        else:
            path.unlink()
            path.mkdir()
    assert _referral_due(_evaluate(home, cache)) == right
    if damage != "a folder":  # stored again, whole
        assert _referral_due(_evaluate(home, cache)) == right
        assert all(p.read_bytes().startswith(MAGIC) for p in (cache / "cpkb").glob("*.pickle"))


def test_a_cache_folder_that_cannot_be_made_is_passed_over(home: Path, tmp_path: Path) -> None:
    in_the_way = tmp_path / "cache"
    in_the_way.write_text("a file where the cache folder would be\n", encoding="utf-8")
    assert _referral_due(_evaluate(home, in_the_way)) == "2026-12-29"
    assert _referral_due(_evaluate(home, in_the_way)) == "2026-12-29"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_cache_folder_is_passed_over(home: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (cache / "cpkb").mkdir(parents=True)
    (cache / "cpkb").chmod(0o500)
    try:
        assert _referral_due(_evaluate(home, cache)) == "2026-12-29"
        assert _entries(cache / "cpkb") == []
    finally:
        (cache / "cpkb").chmod(0o700)


def test_a_file_others_may_write_is_not_read(tmp_path: Path, monkeypatch) -> None:
    Project(HOME, tmp_path).rulebook  # noqa: B018 - parsed and stored
    for path in tmp_path.glob("*.pickle"):
        path.chmod(0o666)
    parsed: list[Path] = []

    def read_rulebook(folder: Path) -> Rulebook:
        parsed.append(folder)
        return cpkb.rulebook.read_rulebook(folder)

    monkeypatch.setattr(cpkb.project, "read_rulebook", read_rulebook)
    assert Project(HOME, tmp_path).rulebook.rules
    assert parsed == [HOME / "rules"]


def test_bad_yaml_gives_the_same_message_with_the_cache(home: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _evaluate(home, cache)  # the good version stored
    _edit(home / RULE_FILE, SPLIT_REFERRAL, SPLIT_REFERRAL + "\n   - [unclosed")
    without = _evaluate(home, cache, switch="off")
    assert without.returncode == 2 and str(RULE_FILE) in without.stderr
    for _ in range(2):  # nothing is stored for a file that does not parse
        done = _evaluate(home, cache)
        assert (done.returncode, done.stdout, done.stderr) == (2, "", without.stderr)


def test_lint_reads_the_files_not_the_cache(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("CPKB_HOME", raising=False)
    assert main(["rules", "--format", "json"]) == 0  # stores the rulebook
    assert _entries(tmp_path / "cpkb") == ["rulebook"]

    def refused(self: ParsedCache, part: str) -> object:
        raise AssertionError(f"lint read the {part} from the cache")

    monkeypatch.setattr(ParsedCache, "read", refused)
    capsys.readouterr()
    assert main(["lint"]) == 0


def test_the_switch_and_the_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("CPKB_CACHE", raising=False)
    assert cache_folder() == tmp_path / "cpkb"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/folder")  # not a base XDG allows
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    assert cache_folder() == tmp_path / "user" / ".cache" / "cpkb"
    monkeypatch.setenv("CPKB_CACHE", "off")
    assert cache_folder() is None
    monkeypatch.setenv("CPKB_CACHE", "of")
    with pytest.raises(InputError, match="CPKB_CACHE: expected on or off"):
        cache_folder()


def test_with_the_cache_off_nothing_is_written(home: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert _referral_due(_evaluate(home, cache, switch="off")) == "2026-12-29"
    assert not cache.exists()


def test_old_entries_are_removed_beyond_the_newest(tmp_path: Path) -> None:
    for n in range(KEEP + 5):
        old = tmp_path / f"{n:064x}-kb.pickle"
        old.write_bytes(b"an old entry")
        os.utime(old, (1_000_000 + n, 1_000_000 + n))
    (tmp_path / ".left-by-a-killed-run.part").write_bytes(b"")
    os.utime(tmp_path / ".left-by-a-killed-run.part", (1, 1))
    store = ParsedCache(tmp_path, "f" * 64)
    store.write("vocabulary", {"a": 1})
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert len(kept) == KEEP and f"{'f' * 64}-vocabulary.pickle" in kept
    assert f"{KEEP + 4:064x}-kb.pickle" in kept and f"{0:064x}-kb.pickle" not in kept
    assert store.read("vocabulary") == {"a": 1}


def test_the_key_covers_the_home_and_the_code(tmp_path: Path, monkeypatch) -> None:
    key = ParsedCache.of(tmp_path, HOME, "sha256:0").key
    assert ParsedCache.of(tmp_path, HOME, "sha256:1").key != key
    assert ParsedCache.of(tmp_path, tmp_path, "sha256:0").key != key
    monkeypatch.setattr(cpkb.cache, "_code_digest", lambda: b"other code")
    assert ParsedCache.of(tmp_path, HOME, "sha256:0").key != key
