"""The command under faults, one test per probe of the reliability review: closed pipes,
Ctrl-C, paths that cannot be written, unreadable inputs, bad options, JSON's duplicate keys and
deep nesting, alias bombs, dates out of range, long cases, an unusable CPKB_HOME, output a
program can read, characters that display falsely, internal failures.

Processes that must be interrupted or have their output closed run as real subprocesses; the
rest call `main` in this process."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cpkb.census_kernel
import cpkb.project
from cpkb.census_generator import Settings, write_census
from cpkb.cli import EXIT_INTERRUPTED, EXIT_PIPE, main

HOME = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((HOME / "examples").glob("*.yaml"))
CPKB = Path(sys.executable).with_name("cpkb")
CASE = """case: T-1
authority: bolton
as_of: 2027-03-01
child: {born: 2015-04-01}
events:
  - {event: strategy_discussion, date: 2027-01-04}
  - {event: initial_conference, date: 2027-01-15, outcome: plan}
"""
# A hang guard for subprocesses, not a speed check: far above any run's time.
HANG = 120


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _environment() -> dict[str, str]:
    """This environment without PYTHONUNBUFFERED: a closed pipe must end quietly with the
    output buffered, as a user's shell has it."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONUNBUFFERED", "CPKB_HOME")}


@pytest.fixture(scope="module")
def census(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("census") / "census.xml"
    with path.open("w", encoding="utf-8") as out:
        write_census(Settings(2000, seed=3), out)
    return path


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- closed pipes ------------------------------------------------------------------------------

def _read_one_line_then_close(args: list[str]) -> tuple[int, str]:
    process = subprocess.Popen([str(CPKB), *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=_environment())
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # as `| head -1` does
    err = process.stderr.read().decode()
    return process.wait(timeout=HANG), err


def test_evaluate_into_a_closed_pipe_ends_quietly() -> None:
    status, err = _read_one_line_then_close(["evaluate", *[str(p) for p in EXAMPLES] * 36])
    assert (status, err) == (EXIT_PIPE, "")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_audit_into_a_closed_pipe_ends_quietly(census: Path, workers: str) -> None:
    status, err = _read_one_line_then_close(["audit", str(census), "--quiet", "--workers",
                                             workers])
    assert (status, err) == (EXIT_PIPE, "")


# -- Ctrl-C ------------------------------------------------------------------------------------

def _ctrl_c_as_usual() -> None:
    """Ctrl-C's default in the command, as a terminal starts it: run in the background of a
    script, the tests would hand it on ignored, and Python then never raises
    KeyboardInterrupt (the command rightly keeps an ignored Ctrl-C ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt(args: list[str], after: float, cwd: Path | None = None
               ) -> tuple[int, str, str, list[str]]:
    """Run the command in its own process group, send Ctrl-C to the group (as a terminal
    does) after `after` seconds; (status, stdout, stderr, processes left in the group)."""
    process = subprocess.Popen([str(CPKB), *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=_environment(),
                               start_new_session=True, cwd=cwd, preexec_fn=_ctrl_c_as_usual)
    time.sleep(after)
    assert process.poll() is None, "the command ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=HANG)
    left: list[str] = []
    for _ in range(50):  # the pool's helper processes take a moment to go
        left = subprocess.run(["pgrep", "-g", str(process.pid)], capture_output=True,
                              text=True).stdout.split()
        if not left:
            break
        time.sleep(0.1)
    return process.returncode, out.decode(), err.decode(), left


@pytest.fixture(scope="module")
def large_census(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A census whose audit takes far longer than the wait before Ctrl-C (about 8 s with one
    worker on the development machine, with the census kernel), so that the interrupt falls
    while children are audited."""
    path = tmp_path_factory.mktemp("census") / "large.xml"
    with path.open("w", encoding="utf-8") as out:
        write_census(Settings(40_000, seed=3), out)
    return path


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_during_an_audit(large_census: Path, workers: str) -> None:
    status, out, err, left = _interrupt(["audit", str(large_census), "--quiet", "--workers",
                                         workers], after=3)
    assert (status, out, err, left) == (EXIT_INTERRUPTED, "", "cpkb: interrupted\n", [])


def test_ctrl_c_during_generate_leaves_the_earlier_file_untouched(tmp_path: Path) -> None:
    target = _write(tmp_path, "census.xml", "the earlier census\n")
    status, out, err, _ = _interrupt(["generate", "census", "--children", "2000000", "--seed",
                                      "1", "--output", str(target)], after=3)
    assert (status, out, err) == (EXIT_INTERRUPTED, "", "cpkb: interrupted\n")
    assert target.read_text(encoding="utf-8") == "the earlier census\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["census.xml"]  # no temporary file


# -- generate: paths and counts --------------------------------------------------------------------

@pytest.mark.parametrize("where, expected", [
    ("missing/census.xml", "does not exist"),
    (".", "expected a file to write, found a folder"),
])
def test_generate_refuses_an_output_it_cannot_write(capsys, tmp_path: Path, where: str,
                                                    expected: str) -> None:
    target = tmp_path / where
    code, out, err = run(capsys, "generate", "census", "--children", "3", "--seed", "1",
                         "--output", str(target))
    assert (code, out) == (2, "")
    assert err.startswith(f"cpkb: {target}: --output: ") and expected in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_generate_refuses_a_read_only_folder(capsys, tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    code, _, err = run(capsys, "generate", "census", "--children", "3", "--seed", "1",
                       "--output", str(folder / "census.xml"))
    assert code == 2 and "cannot be written to" in err


def test_generate_refuses_proc(capsys) -> None:
    code, out, err = run(capsys, "generate", "census", "--children", "3", "--seed", "1",
                         "--output", "/proc/cpkb-census.xml")
    assert (code, out) == (2, "") and err.startswith("cpkb: /proc/cpkb-census.xml: --output: ")


def test_a_bad_breaches_path_is_refused_before_the_census_is_written(capsys,
                                                                      tmp_path: Path) -> None:
    output = tmp_path / "census.xml"
    code, _, err = run(capsys, "generate", "census", "--children", "3", "--seed", "1",
                       "--output", str(output), "--breaches", str(tmp_path / "no" / "b.json"))
    assert code == 2 and "--breaches" in err
    assert not output.exists()


def test_generate_writes_both_files(tmp_path: Path, capsys) -> None:
    output, breaches = tmp_path / "census.xml", tmp_path / "breaches.json"
    code, _, err = run(capsys, "generate", "census", "--children", "40", "--seed", "2",
                       "--output", str(output), "--breaches", str(breaches))
    assert code == 0, err
    assert output.read_text(encoding="utf-8").rstrip().endswith("</Message>")
    assert isinstance(json.loads(breaches.read_text(encoding="utf-8")), list)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["breaches.json", "census.xml"]


@pytest.mark.parametrize("option, value", [("--children", "-5"), ("--children", "0")])
def test_generate_refuses_counts_below_one(capsys, tmp_path: Path, option: str,
                                           value: str) -> None:
    code, _, err = run(capsys, "generate", "census", option, value, "--seed", "1",
                       "--output", str(tmp_path / "c.xml"))
    assert code == 2 and err.startswith(f"cpkb: {option}: ")
    assert not (tmp_path / "c.xml").exists()


# -- audit: unreadable inputs and options ----------------------------------------------------------

def _unreadable(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Reading `target` fails as it does without permission (tests may run as root, for whom
    no file is unreadable)."""
    real_open, real_read = Path.open, Path.read_text

    def refusing_open(self: Path, *args, **kwargs):
        if self == target:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    def refusing_read(self: Path, *args, **kwargs):
        if self == target:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    monkeypatch.setattr(Path, "read_text", refusing_read)


def test_an_unreadable_census_exits_2(capsys, monkeypatch, census: Path) -> None:
    _unreadable(monkeypatch, census)
    code, out, err = run(capsys, "audit", str(census), "--quiet")
    assert (code, out) == (2, "")
    assert err == f"cpkb: {census}: cannot be read (Permission denied)\n"


def test_an_unreadable_case_file_in_a_folder_exits_2(capsys, monkeypatch,
                                                     tmp_path: Path) -> None:
    case = _write(tmp_path, "case.yaml", CASE)
    _unreadable(monkeypatch, case)
    code, out, err = run(capsys, "audit", str(tmp_path), "--quiet")
    assert (code, out) == (2, "")
    assert f"{case}: cannot be read (Permission denied)" in err


def test_every_bad_file_of_a_folder_is_named(capsys, tmp_path: Path) -> None:
    _write(tmp_path, "good.yaml", CASE)
    first = _write(tmp_path, "a.yaml", "case: [\n")
    second = _write(tmp_path, "b.json", '{"case": "x", "as_of": "2027-01-01"}')
    code, out, err = run(capsys, "audit", str(tmp_path), "--quiet")
    assert (code, out) == (2, "")
    assert err.startswith(f"cpkb: {tmp_path}: 2 of its 3 case files cannot be used:")
    assert f"\n  {first}: line 2" in err and f"\n  {second}: authority: " in err


@pytest.mark.parametrize("workers", ["0", "-1"])
def test_workers_below_one_are_refused(capsys, census: Path, workers: str) -> None:
    code, out, err = run(capsys, "audit", str(census), "--workers", workers)
    assert (code, out) == (2, "")
    assert err == f"cpkb: --workers: expected 1 or more processes, got {workers}\n"


# -- JSON and YAML: duplicates, nesting, alias bombs -----------------------------------------------

def test_a_json_key_given_twice_is_refused(capsys, tmp_path: Path) -> None:
    path = _write(tmp_path, "case.json", '{"case": "a", "authority": "bolton", "authority": '
                  '"wiltshire", "as_of": "2027-01-01", "events": []}')
    code, out, err = run(capsys, "evaluate", str(path))
    assert (code, out) == (2, "")
    assert err == f"cpkb: {path}: expected JSON: the key 'authority' is given twice in one " \
                  "object\n"


@pytest.mark.parametrize("suffix, text", [
    (".json", "[" * 10_000 + "]" * 10_000),
    (".yaml", "case: " + "[" * 10_000 + "]" * 10_000),
])
def test_deep_nesting_is_refused(capsys, tmp_path: Path, suffix: str, text: str) -> None:
    path = _write(tmp_path, f"case{suffix}", text)
    code, out, err = run(capsys, "evaluate", str(path))
    assert (code, out) == (2, "")
    assert err.startswith(f"cpkb: {path}: ") and "nesting depth" in err


def test_an_alias_bomb_inside_an_attribute_is_refused_at_once(tmp_path: Path) -> None:
    levels = ["&l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
        f"&l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, 10)]
    path = _write(tmp_path, "bomb.yaml", CASE + "  - event: initial_conference\n"
                  "    date: 2027-02-01\n    agencies: [" + ", ".join(levels) + "]\n")
    done = subprocess.run([str(CPKB), "evaluate", str(path)], capture_output=True, text=True,
                          timeout=HANG, env=_environment())
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"cpkb: {path}: events[2].agencies: expected a list of ")
    assert len(done.stderr) < 300  # a short excerpt, not billions of items


# -- dates, limits ---------------------------------------------------------------------------------

@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1899-12-31", "2200-01-01"])
def test_a_date_out_of_range_names_its_place(capsys, tmp_path: Path, day: str) -> None:
    path = _write(tmp_path, "case.yaml", CASE.replace("date: 2027-01-04", f"date: {day}"))
    code, out, err = run(capsys, "evaluate", str(path))
    assert (code, out) == (2, "")
    assert err == (f"cpkb: {path}: events[0].date: expected a date from 1900-01-01 to "
                   f"2199-12-31, got {day}\n")


def test_an_as_of_option_out_of_range_is_refused(capsys, tmp_path: Path) -> None:
    path = _write(tmp_path, "case.yaml", CASE)
    code, _, err = run(capsys, "evaluate", str(path), "--as-of", "9999-12-31")
    assert code == 2 and err.startswith("cpkb: --as-of: expected a date from 1900-01-01")


def test_a_census_child_dated_out_of_range_is_that_childs_problem(capsys,
                                                                  tmp_path: Path) -> None:
    path = tmp_path / "census.xml"
    with path.open("w", encoding="utf-8") as out:
        write_census(Settings(20, seed=4), out)
    text = path.read_text(encoding="utf-8")
    first = text.index("<PersonBirthDate>") + len("<PersonBirthDate>")
    path.write_text(text[:first] + "0001-01-01" + text[first + 10:], encoding="utf-8")
    code, out, err = run(capsys, "audit", str(path), "--quiet")
    assert code == 0, err
    report = json.loads(out)
    assert report["summary"]["children"] == 20
    problems = [p for c in report["children"] for p in c["problems"]]
    assert [(p["element"], p["value"]) for p in problems] == [
        ("ChildIdentifiers/PersonBirthDate", "0001-01-01")]
    assert "expected a date from 1900-01-01 to 2199-12-31" in problems[0]["problem"]


def test_a_case_over_the_event_limit_is_refused(capsys, tmp_path: Path) -> None:
    events = "".join(f"  - {{event: core_group_meeting, date: 2027-02-{1 + n % 28:02d}}}\n"
                     for n in range(2001))
    path = _write(tmp_path, "long.yaml", CASE + events)
    code, out, err = run(capsys, "evaluate", str(path))
    assert (code, out) == (2, "")
    assert err == (f"cpkb: {path}: events: expected at most 2000 events in one case, got 2003:"
                   " split the case at a referral\n")


def test_a_case_file_over_the_size_limit_is_refused_unread(capsys, tmp_path: Path) -> None:
    path = _write(tmp_path, "big.yaml", CASE + "# " + "x" * (5 * 2**20) + "\n")
    code, _, err = run(capsys, "evaluate", str(path))
    assert code == 2 and err == f"cpkb: {path}: expected a file of at most 5 MiB (it has " \
                                "5.0 MiB)\n"


# -- the knowledge base ----------------------------------------------------------------------------

@pytest.mark.parametrize("home", ["/nonexistent", "", "file"])
def test_a_cpkb_home_that_is_no_knowledge_base_is_an_error(capsys, monkeypatch, tmp_path: Path,
                                                          home: str) -> None:
    if home == "file":
        home = str(_write(tmp_path, "not-a-folder", "x"))
    monkeypatch.setenv("CPKB_HOME", home)
    code, out, err = run(capsys, "lint")
    assert (code, out) == (2, "")
    assert err.startswith(f"cpkb: CPKB_HOME: {home!r} is not a cpkb knowledge base")


def test_lint_fails_on_a_knowledge_base_without_documents(capsys, monkeypatch,
                                                          tmp_path: Path) -> None:
    (tmp_path / "kb").mkdir()
    shutil.copytree(HOME / "rules" / "vocabulary", tmp_path / "rules" / "vocabulary")
    monkeypatch.setenv("CPKB_HOME", str(tmp_path))
    code, out, _ = run(capsys, "lint")
    assert code == 1
    assert f"problem: {tmp_path / 'kb'}: no documents" in out
    assert "lint: ok" not in out


def test_lint_on_a_broken_vocabulary_names_the_file(capsys, monkeypatch,
                                                     tmp_path: Path) -> None:
    shutil.copytree(HOME / "kb", tmp_path / "kb")
    (tmp_path / "rules" / "vocabulary").mkdir(parents=True)
    broken = _write(tmp_path / "rules" / "vocabulary", "common.yaml", "events: [1, 2\n")
    monkeypatch.setenv("CPKB_HOME", str(tmp_path))
    code, out, err = run(capsys, "lint")
    assert (code, out) == (2, "")
    assert err.startswith(f"cpkb: {broken}: line 2")


# -- output a program can read, and what a person sees ---------------------------------------------

def test_several_cases_in_json_are_json_lines(capsys) -> None:
    code, out, err = run(capsys, "evaluate", *[str(p) for p in EXAMPLES], "--format", "json")
    assert code == 0, err
    reports = [json.loads(line) for line in out.splitlines()]
    assert [r["case"] for r in reports] == [
        json.loads(run(capsys, "evaluate", str(p), "--format", "json")[1])["case"]
        for p in EXAMPLES]


def test_one_case_in_json_is_one_document(capsys) -> None:
    code, out, _ = run(capsys, "evaluate", str(EXAMPLES[0]), "--format", "json")
    assert code == 0 and isinstance(json.loads(out), dict)


def test_several_cases_compared_in_json_are_json_lines(capsys) -> None:
    code, out, err = run(capsys, "compare", *[str(p) for p in EXAMPLES[:3]], "--format", "json")
    assert code == 0, err
    assert len([json.loads(line) for line in out.splitlines()]) == 3


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_hidden_characters_in_an_id_are_shown_escaped(capsys, tmp_path: Path, fmt: str) -> None:
    path = _write(tmp_path, "case.yaml", CASE.replace("case: T-1", 'case: "T\u202e1-\u200b"'))
    code, out, _ = run(capsys, "evaluate", str(path), "--format", fmt)
    assert code == 0
    assert "T\\u202e1-\\u200b" in out and "\u202e" not in out and "\u200b" not in out


def test_json_keeps_the_id_as_it_is(capsys, tmp_path: Path) -> None:
    path = _write(tmp_path, "case.yaml", CASE.replace("case: T-1", 'case: "T\u202e1"'))
    code, out, _ = run(capsys, "evaluate", str(path), "--format", "json")
    assert code == 0 and json.loads(out)["case"] == "T\u202e1"


# -- exit statuses and internal failures -----------------------------------------------------------

def test_the_exit_statuses_are_in_the_help(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    out = capsys.readouterr().out
    assert exited.value.code == 0
    for status in ("0", "1", "2", "3", "130", "141"):
        assert f"\n  {status} " in out


def _failing_report(self, case):
    raise RuntimeError("something inside went wrong")


def test_an_internal_failure_is_one_line_asking_for_a_report(capsys, monkeypatch,
                                                             tmp_path: Path) -> None:
    monkeypatch.setattr(cpkb.project.Project, "report", _failing_report)
    path = _write(tmp_path, "case.yaml", CASE)
    code, out, err = run(capsys, "evaluate", str(path))
    assert (code, out) == (3, "")
    assert err == ("cpkb: internal error (RuntimeError); this is a bug in cpkb: please report "
                   "it with the output of the same command run with --debug\n")


def test_debug_shows_the_internal_failure(capsys, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(cpkb.project.Project, "report", _failing_report)
    path = _write(tmp_path, "case.yaml", CASE)
    with pytest.raises(RuntimeError, match="something inside went wrong"):
        main(["evaluate", str(path), "--debug"])


def test_one_childs_failed_evaluation_does_not_stop_the_audit(capsys, monkeypatch,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "census.xml"
    with path.open("w", encoding="utf-8") as out:
        write_census(Settings(10, seed=6), out)
    real = cpkb.project.Project.evaluate

    def failing_for_one(self, case, rule_ids=None, engine="durable"):
        if case.reference.startswith("SYN0000003"):
            raise OverflowError("date value out of range")
        return real(self, case, rule_ids, engine)

    def kernel_failing(self, *args):
        raise OverflowError("date value out of range")

    monkeypatch.setattr(cpkb.project.Project, "evaluate", failing_for_one)
    # The census kernel too: each child falls back to the matcher's path, where one fails.
    monkeypatch.setattr(cpkb.census_kernel.CensusKernel, "evaluate", kernel_failing)
    code, out, err = run(capsys, "audit", str(path), "--quiet")
    assert code == 0, err
    report = json.loads(out)
    assert report["summary"]["children"] == 10 and report["summary"]["not_evaluated"] == 1
    failed = [c for c in report["children"] if c["child"] == "SYN0000003"][0]
    assert failed["duties"] == []
    assert [p["element"] for p in failed["problems"]] == ["evaluation"]
    assert "could not be evaluated (OverflowError: 'date value out of range')" in \
        failed["problems"][0]["problem"]
    assert all(c["duties"] for c in report["children"] if c["child"] != "SYN0000003")
