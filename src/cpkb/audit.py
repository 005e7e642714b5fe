"""Auditing a caseload: every child of a CIN census file (or every case file of a folder)
against the authority's own procedure, each finding traced to its paragraph.

A child is evaluated only against the rules its record can evidence (`rules_needed` of the
audited duties and decisions). A census child is audited by the census kernel
(census_kernel.py: those rules compiled into direct computations over the census's few kinds
of event); a child or an authority it does not handle, and every case file, take the
evaluation path (`Project.evaluate`, on the Python matcher, matcher.py) and the report's
entry builders, so that a duty in an audit reads exactly as in `cpkb evaluate`, without the
per-firing trace. durable-rules stays the engine of `evaluate` and the reference:
tests/test_matcher.py holds the matcher to it and tests/test_census_kernel.py the kernel to
the matcher, child by child. Children are spread over worker processes in batches, each
worker with its own Project and engines; results come back in input order, so the output is
the same for any number of workers.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path
from typing import IO, Any, NamedTuple, TextIO

from cpkb import interrupts, tables
from cpkb.case import Case, parse_date
from cpkb.census import CensusFile, ChildRecord, RawChild, read_raw
from cpkb.census_events import (
    AUDITED_EFFECTS,
    PLAN_END,
    EpisodeCase,
    Recorded,
    child_cases,
    read_unexplained_ends,
)
from cpkb.census_kernel import CensusKernel
from cpkb.compiler import EngineKind, rules_needed
from cpkb.errors import InputError, excerpt, printable
from cpkb.evaluation import Evaluation
from cpkb.findings import Decided, DutyFinding
from cpkb.grading import STATUSES, graded_against_record
from cpkb.indicators import BANDS, ChildIndicators, NationalIndicators, child_indicators
from cpkb.project import Project
from cpkb.report import ReportBuilder
from cpkb.workers import OrderedPool

# LEA codes of the authorities whose procedures the knowledge base holds.
LEA_AUTHORITIES = {
    "350": "bolton",
    "865": "wiltshire",
    "830": "derby-derbyshire",
    "831": "derby-derbyshire",
    "205": "hammersmith-fulham",
}
FORMATS = ("json", "csv", "markdown")
BATCH = 200  # children sent to a worker at a time: big enough to pay for the pickling
CSV_COLUMNS = ("child", "kind", "name", "due", "status", "fulfilled_on", "trigger_event",
               "trigger_date", "rule", "modality", "paragraph", "quote", "problem")


@dataclass(frozen=True)
class Output:
    """How the audit is written: `format` (json, csv or markdown), and with `compact`, JSON
    with each rule's citation once, in `rules`, the findings naming the rule by id."""

    format: str = "json"
    compact: bool = False


# The keys of a finding that belong to its rule, the same in every finding of the rule:
# in the compact form they are in `rules` only.
RULE_KEYS = ("modality", "source", "also_cites", "flags")


@dataclass(frozen=True)
class Work:
    """One child to audit: a census record (with its file's authority and audit date) or a
    case read from a case file."""

    record: ChildRecord | None = None
    authority: str = ""
    as_of: date | None = None
    case: Case | None = None
    raw: RawChild | None = None  # a census record still as its XML (read in the worker)


@dataclass(frozen=True)
class PlanEnd:
    """A decision that the plan ends without a review conference (at 18, on death), set
    beside the census's record of when it ended."""

    decided: Decided
    recorded: date | None  # the recorded CPPendDate of the plan in force on its date
    status: str  # grading.graded_against_record


@dataclass(frozen=True)
class EpisodeFindings:
    """What the audit reports of one referral: the audited duties, the plan ends beside the
    record, and what in the record disagrees with the rules."""

    duties: list[DutyFinding]
    plan_ends: list[PlanEnd]
    problems: list[dict[str, Any]]

    def entries(self, build: ReportBuilder) -> list[dict[str, Any]]:
        """The report's entries: each duty as `cpkb evaluate` gives it, each plan end as its
        decision, graded against the record."""
        out = [build.duty(f) for f in self.duties]
        for end in self.plan_ends:
            assert end.decided.date is not None
            entry = build.decision(end.decided)
            entry.update(due=end.decided.date.isoformat(), status=end.status,
                         fulfilled_on=end.recorded.isoformat() if end.recorded else None)
            out.append(entry)
        return out


def _episode_findings(evaluation: Evaluation, episode: EpisodeCase | None) -> EpisodeFindings:
    duties = [f for f in evaluation.duties if f.name in AUDITED_EFFECTS]
    plan_ends: list[PlanEnd] = []
    problems: list[dict[str, Any]] = []
    if episode is not None:
        for decided in evaluation.decisions:
            if decided.name != PLAN_END or decided.value is not True or decided.date is None:
                continue
            # The census records when the plan ended: the decision is set beside it.
            _, recorded = episode.recorded_end(decided.date)
            plan_ends.append(PlanEnd(decided, recorded, graded_against_record(
                decided, recorded, evaluation.case.as_of)))
        problems = target_problems(episode, [(f.name, f.due, f.raised.origin.name,
                                              f.raised.origin.date, f.rule.id,
                                              f.raised.duty.timing.words) for f in duties])
    return EpisodeFindings(duties, plan_ends, problems)


# A duty as the InitialCPCtarget check reads it: (name, due, origin's name, origin's date,
# rule id, deadline words).
TargetDuty = tuple[str, date | None, str, date | None, str, str]


def target_problems(episode: EpisodeCase, duties: list[TargetDuty]) -> list[dict[str, Any]]:
    """Each recorded InitialCPCtarget that differs from the due date the rules give the
    initial conference from its enquiry's strategy discussion."""
    problems = []
    for start, target in episode.targets:
        for name, due, origin, origin_date, rule, words in duties:
            if (name == "initial_conference" and due is not None
                    and origin == "strategy_discussion" and origin_date == start
                    and due != target):
                problems.append({
                    "child": episode.case.reference, "element": "InitialCPCtarget",
                    "value": target.isoformat(),
                    "problem": f"differs from the due date {due.isoformat()} that "
                               f"{rule} gives ({words} of strategy discussion {start})"})
    return problems


REVIEW_DUTIES = ("first_review_conference", "review_conference")
RECORDED = ("initial_conference", "plan", "review_conference")  # what may be not assessed


class Assessed(NamedTuple):  # a tuple: one is made for each duty of every child
    """What the not-assessed check reads of a duty: its name, what it runs from, and the
    day of the event that did it."""

    name: str
    origin: str
    origin_date: date | None
    done_on: date | None

    @classmethod
    def of(cls, duty: DutyFinding) -> Assessed:
        origin = duty.raised.origin
        return cls(duty.name, origin.name, origin.date,
                   duty.fulfilled_by.event.date if duty.fulfilled_by is not None else None)


def _assessed(duties: list[Assessed]) -> set[tuple[str, date | None]]:
    """What of a record the duties were assessed for, as (what, day) of a `Recorded`: the
    conference that met (or was late for) an initial-conference duty, the plan that started
    a first review's, the review that met one review's or started the next's."""
    found: set[tuple[str, date | None]] = set()
    for duty in duties:
        if duty.name == "initial_conference":
            found.add(("initial_conference", duty.done_on))
        elif duty.name in REVIEW_DUTIES:
            found.add(("review_conference", duty.done_on))
            if duty.name == "first_review_conference":
                found.add(("plan", duty.origin_date))
            if duty.origin == "review_conference":
                found.add(("review_conference", duty.origin_date))
    return found


def _why_not_assessed(item: Recorded, authority: str, encoded: bool,
                      duties: list[Assessed]) -> str:
    if not encoded:
        return (f"{authority}'s procedure, as encoded, sets no deadline that the census can "
                "evidence")
    if item.what == "plan":
        return f"no first-review duty of {authority}'s procedure runs from it"
    if item.what == "review_conference":
        return f"no review duty of {authority}'s procedure is met by it or runs from it"
    referral_level = item.element == "CINdetails/DateOfInitialCPC"
    if item.enquiry_start is not None and item.day < item.enquiry_start:
        return f"dated before its enquiry's start {item.enquiry_start.isoformat()}"
    if item.enquiry_start is None and not referral_level:
        return "its Section47 has no usable S47ActualStartDate to time it from"
    own = [d for d in duties if d.name == "initial_conference"]
    if own and all(d.done_on is not None for d in own):
        return "another conference met each initial-conference duty of the referral"
    if own:
        return ("it met none of the referral's initial-conference duties: it came before "
                "what they run from")
    where = " (recorded at referral level, not in a Section47 enquiry)" if referral_level else ""
    return (f"no initial-conference duty of {authority}'s procedure runs from what the census "
            f"records of this referral{where}")


def not_assessed(episode: EpisodeCase, duties: list[Assessed], authority: str,
                 encoded: bool) -> list[dict[str, Any]]:
    """The conferences, plans and reviews of the episode for which no duty was assessed,
    each with why: what the audit could not check is counted, not silent."""
    assessed = _assessed(duties)
    return [{"child": episode.case.reference, "what": item.what, "element": item.element,
             "date": item.day.isoformat(),
             "why": _why_not_assessed(item, authority, encoded, duties)}
            for item in episode.recorded if (item.what, item.day) not in assessed]


def _sort_key(entry: dict[str, Any]) -> tuple:
    return (entry["due"] or "9999", entry.get("duty", entry.get("decision")), entry["rule"])


class Auditor:
    """Audits one child at a time in this process."""

    def __init__(self, project: Project, engine: EngineKind = "python",
                 kernel: bool = True) -> None:
        self.project = project
        self.engine = engine
        self._subsets: dict[str, frozenset[str]] = {}
        self.build = ReportBuilder(project.sentences)
        # The compiled census path of each authority (census_kernel.py), None where its
        # rules are not of a shape it compiles (`kernel_why`): with `kernel` false, none.
        self.kernel = kernel
        self._kernels: dict[str, CensusKernel | None] = {}
        self.kernel_why: dict[str, str] = {}

    def kernel_for(self, authority: str) -> CensusKernel | None:
        if not self.kernel:
            return None
        if authority not in self._kernels:
            self._kernels[authority], why = CensusKernel.of(
                self.project, authority, self.rule_ids(authority), self.build)
            if why:
                self.kernel_why[authority] = why
        return self._kernels[authority]

    def rule_ids(self, authority: str) -> frozenset[str]:
        if authority not in self._subsets:
            needed = rules_needed(self.project.rules_for(authority), set(AUDITED_EFFECTS),
                                  self.project.vocabulary)
            self._subsets[authority] = frozenset(r.id for r in needed)
        return self._subsets[authority]

    def _episode(self, episode: EpisodeCase, ids: frozenset[str]
                 ) -> tuple[Evaluation, EpisodeCase, list[dict[str, Any]]]:
        """The episode evaluated; where a recorded plan end is on no review's date and the
        rules do not end the plan by then, the end is read as a review that ended it."""
        evaluation = self.project.evaluate(episode.case, ids, self.engine)
        amended = read_unexplained_ends(episode, evaluation.states)
        if amended is None:
            return evaluation, episode, []
        episode, problems = amended
        return self.project.evaluate(episode.case, ids, self.engine), episode, problems

    def audit(self, work: Work) -> Audited:
        record = read_raw(work.raw) if work.raw is not None else work.record
        duties: list[dict[str, Any]] = []
        unassessed: list[dict[str, Any]] = []
        indicators = ChildIndicators()
        failed = False
        if work.case is not None:
            child = work.case.reference
            problems: list[dict[str, Any]] = []
            try:
                evaluation = self.project.evaluate(work.case, self.rule_ids(work.case.authority),
                                                  self.engine)
                duties = _episode_findings(evaluation, None).entries(self.build)
            except Exception as error:  # one child's failure is that child's problem
                failed = True
                problems = [_not_evaluated(child, work.case.source or child, error)]
        else:
            assert record is not None and work.as_of is not None
            kernel = self.kernel_for(work.authority)
            if kernel is not None and (fast := kernel.audit(record, work.as_of)):
                return fast
            cases = child_cases(record, work.authority, work.as_of)
            child = cases.child
            ids = self.rule_ids(work.authority)
            problems = list(cases.problems)
            for raw in cases.episodes:
                try:
                    evaluation, episode, read_as = self._episode(raw, ids)
                    found = _episode_findings(evaluation, episode)
                    entries = found.entries(self.build)
                except Exception as error:  # the child's other referrals are still audited
                    failed = True
                    problems.append(_not_evaluated(child, raw.case.reference, error))
                    continue
                duties += entries
                problems += read_as + found.problems
                unassessed += not_assessed(raw, [Assessed.of(d) for d in found.duties],
                                           work.authority, bool(ids))
            indicators = child_indicators(
                [e for episode in cases.episodes for e in episode.enquiries],
                [p for episode in cases.episodes for p in episode.plans], work.as_of)
        duties.sort(key=_sort_key)
        return Audited({"child": child, "duties": duties, "problems": problems,
                        "not_assessed": unassessed}, failed, indicators)


@dataclass(frozen=True)
class Audited:
    """One child's findings, and whether some part of the record could not be evaluated."""

    result: dict[str, Any]
    failed: bool
    indicators: ChildIndicators = ChildIndicators()
    # The result as JSON (render_child's), whole and compact, where it was written as built
    # (census_kernel.py); None: rendered from `result`.
    json: tuple[str, str] | None = None


def _not_evaluated(child: str, what: str, error: Exception) -> dict[str, Any]:
    return {"child": child, "element": "evaluation", "value": what,
            "problem": f"could not be evaluated ({type(error).__name__}: "
                       f"{excerpt(str(error))}); this is a bug in cpkb: please report it"}


def _name(entry: dict[str, Any]) -> str:
    return entry.get("duty") or entry["decision"]


def render_child(result: dict[str, Any], output: Output) -> str:
    if output.format == "json":
        if output.compact:
            result = {**result, "duties": [{k: v for k, v in d.items() if k not in RULE_KEYS}
                                           for d in result["duties"]]}
        return json.dumps(result, ensure_ascii=False, separators=(",", ":"))
    if output.format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        for d in result["duties"]:
            writer.writerow([result["child"], "duty" if "duty" in d else "decision", _name(d),
                             d["due"], d["status"], d["fulfilled_on"], d["trigger"]["event"],
                             d["trigger"]["date"], d["rule"], d["modality"],
                             d["source"]["paragraph"], d["source"]["quote"], ""])
        for p in result["problems"]:
            writer.writerow([result["child"], "problem", p["element"], "", "", p["value"] or "",
                             "", "", "", "", "", "", p["problem"]])
        for n in result["not_assessed"]:
            writer.writerow([result["child"], "not_assessed", n["element"], "", "", n["date"],
                             "", "", "", "", "", "", n["why"]])
        if not (result["duties"] or result["problems"] or result["not_assessed"]):
            writer.writerow([result["child"], "none", *[""] * (len(CSV_COLUMNS) - 2)])
        return out.getvalue()
    lines = [f"### {result['child']}", ""]
    if result["duties"]:
        lines += tables.markdown(["duty", "due", "status", "done", "rule", "source"], [
            [_name(d), d["due"] or "", f"**{d['status']}**", d["fulfilled_on"] or "",
             f"`{d['rule']}`", f"{d['source']['paragraph']}: \"{d['source']['quote']}\""]
            for d in result["duties"]])
    else:
        lines.append("Nothing the census records is due under the procedure.")
    if result["problems"]:
        lines += ["", "Not used or wrong in the record:", ""]
        lines += [f"- `{p['element']}` {p['value'] or ''}: {p['problem']}"
                  for p in result["problems"]]
    if result["not_assessed"]:
        lines += ["", "Recorded but not assessed:", ""]
        lines += [f"- `{n['element']}` {n['date']}: {n['why']}" for n in result["not_assessed"]]
    return printable("\n".join(lines) + "\n\n")


@dataclass(frozen=True)
class Tally:
    """What the summary counts of one child, and the child's rendered findings."""

    statuses: list[tuple[str, str]]  # (duty, status) of each duty
    problems: int
    failed: bool
    text: str
    not_assessed: tuple[str, ...] = ()  # what of each conference, plan or review
    indicators: ChildIndicators = ChildIndicators()


def _tally(audited: Audited, output: Output) -> Tally:
    result = audited.result
    text = (audited.json[output.compact] if audited.json is not None and output.format == "json"
            else render_child(result, output))
    return Tally([(_name(d), d["status"]) for d in result["duties"]], len(result["problems"]),
                 audited.failed, text,
                 tuple(n["what"] for n in result["not_assessed"]), audited.indicators)


# -- batches: audited where they are sent ------------------------------------------------

@dataclass(frozen=True)
class Batch:
    """What a batch of children adds to the summary, and their text, encoded once where
    they were audited (a census of 50,000 children writes over a hundred MiB: counted and
    sent a child at a time, it cost the command more than parsing the file)."""

    caseload: Caseload
    text: bytes


def audit_batch(auditor: Auditor, output: Output, works: Iterable[Work]) -> Batch:
    caseload = Caseload()
    texts = []
    for work in works:
        tally = _tally(auditor.audit(work), output)
        caseload.add(tally)
        texts.append(tally.text)
    # JSON: the children's objects separated by ",\n" (write_report puts the same between
    # batches); CSV and Markdown: each child's text ends its own lines.
    separator = ",\n" if output.format == "json" else ""
    return Batch(caseload, separator.join(texts).encode("utf-8"))


_worker: tuple[Auditor, Output] | None = None


def _start_worker(home: Path, cache: Path | None, output: Output) -> None:
    global _worker
    # Ctrl-C reaches the whole process group: the command handles it and ends the pool;
    # a worker that took it too would print its own traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = (Auditor(Project(home, cache)), output)  # the command's cache: nothing re-parsed


# A census child goes to a worker as a plain tuple, which pickles several times faster than
# a dataclass (a census of 50,000 children).
_Sent = tuple[Any, ...]


def _send(work: Work) -> _Sent:
    if work.raw is not None:
        return (work.raw.position, work.raw.xml, work.authority, work.as_of)
    return (work,)


def _received(sent: _Sent) -> Work:
    if len(sent) == 1:
        return sent[0]
    position, xml, authority, as_of = sent
    return Work(raw=RawChild(position, xml), authority=authority, as_of=as_of)


def _audit_sent(batch: list[_Sent]) -> Batch:
    assert _worker is not None
    return audit_batch(*_worker, map(_received, batch))


def _batches(items: Iterable[Work]) -> Iterator[list[Work]]:
    iterator = iter(items)
    while batch := list(islice(iterator, BATCH)):
        yield batch


def _start_method() -> str:
    """How the workers are started: forked on Linux, where a worker then begins with the
    modules imported (0.15 s of CPU a worker less than spawned, the same answers), unless
    durable-rules is loaded in this process (an audit does not load it; a caller of
    audit_sources may have): a forked worker would share its engine's state. Spawned
    elsewhere (macOS does not fork safely; Windows does not fork)."""
    if sys.platform == "linux" and not any(m.startswith("durable") for m in sys.modules):
        return "fork"
    return "spawn"


def audit_all(project: Project, works: Iterable[Work], output: Output,
              workers: int) -> Iterator[Batch]:
    """Each batch of children audited, in input order."""
    if workers <= 1:
        auditor = Auditor(project)
        for batch in _batches(works):
            yield audit_batch(auditor, output, batch)
        return
    with OrderedPool(workers, _audit_sent, _start_worker,
                     (project.home, project.cache, output), _start_method()) as pool:
        # The batches are parsed as the workers need them: memory stays flat.
        yield from pool.map([_send(work) for work in batch] for batch in _batches(works))


# -- the whole audit -----------------------------------------------------------------------

LEA_PLACE = "Header/Source/LEA"


def census_authority(census: CensusFile, authority: str | None, option: str) -> str:
    """The authority a census is audited under: the one given (by `option`), else its LEA
    code's."""
    if authority:
        return authority
    lea = census.header.lea
    if lea in LEA_AUTHORITIES:
        return LEA_AUTHORITIES[lea]
    known = ", ".join(f"{code} {name}" for code, name in LEA_AUTHORITIES.items())
    raise InputError(census.path, LEA_PLACE, f"LEA code {excerpt(lea)} is not one whose "
                     f"procedure cpkb holds ({known}); give {option}")


def census_as_of(census: CensusFile, given: date | None, today: date) -> date:
    """The audit date: the one given, else the census's reference date, else today."""
    reference = census.header.reference_date
    if given:
        return given
    return (parse_date(reference, census.path, "Header/CollectionDetails/ReferenceDate")
            if reference else today)


@dataclass(frozen=True)
class Source:
    """One input of an audit: a census file, or the cases of a folder, with the authority
    (for a folder, its cases' authorities, named) and the audit date."""

    path: Path
    content: CensusFile | list[Case]
    authority: str
    as_of: date


def audit_sources(project: Project, sources: list[Source], output: Output, workers: int,
                  out: TextIO, progress: Progress) -> None:
    """The audit of every child of `sources`, written whole to `out` once every child is
    read: the summary first, then the children."""
    read = {"bytes": 0}

    def works() -> Iterator[Work]:
        done = 0
        for source in sources:
            if isinstance(source.content, CensusFile):
                census = source.content
                # Where the bar is drawn, how far the file is read (a seek a child: not
                # asked where no bar is drawn).
                counted = progress.enabled
                if workers > 1 and census.plain:
                    # The workers read the records: this process only parses the file.
                    for raw in census.raw_children():
                        if counted:
                            read["bytes"] = done + census.bytes_read
                        yield Work(raw=raw, authority=source.authority, as_of=source.as_of)
                else:
                    for record in census.children():
                        if counted:
                            read["bytes"] = done + census.bytes_read
                        yield Work(record=record, authority=source.authority,
                                   as_of=source.as_of)
                done += census.size
            else:
                yield from (Work(case=case) for case in source.content)

    audited = {c.authority for s in sources if isinstance(s.content, list) for c in s.content}
    audited |= {s.authority for s in sources if isinstance(s.content, CensusFile)}
    caseload = Caseload()
    with spool() as body:
        json_lines = output.format == "json"
        for batch in audit_all(project, works(), output, workers):
            if batch.text:
                # JSON: the batches' children, like a batch's, separated by ",\n"
                # (write_report copies the body as it is).
                if json_lines and body.tell():
                    body.write(b",\n")
                body.write(batch.text)
            caseload.merge(batch.caseload)
            progress.update(caseload.children, read["bytes"])
        progress.update(caseload.children, read["bytes"], final=True)
        inputs = [{"file": str(s.path), "authority": s.authority, "as_of": s.as_of.isoformat()}
                  for s in sources]
        summary = caseload.summary(inputs, project)
        rules = rules_table(project, audited) if output.compact else None
        with interrupts.held():
            write_report(out, output, summary, body, rules)
            out.flush()


class Progress:
    """A one-line progress bar on stderr, drawn only on a terminal."""

    def __init__(self, enabled: bool, total_bytes: int) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.total = max(total_bytes, 1)
        self.start = time.perf_counter()
        self.last = 0.0

    def update(self, children: int, done_bytes: int, final: bool = False) -> None:
        now = time.perf_counter()
        if not self.enabled or (now - self.last < 0.2 and not final):
            return
        self.last = now
        share = min(done_bytes / self.total, 1.0)
        bar = "#" * int(share * 30)
        rate = children / max(now - self.start, 1e-9)
        sys.stderr.write(f"\r[{bar:<30}] {share:4.0%} {children} children, {rate:.0f}/s")
        if final:
            sys.stderr.write("\n")
        sys.stderr.flush()


class Caseload:
    """The summary's counts, child by child as the tallies come in."""

    def __init__(self) -> None:
        self.children = 0
        self.problems = 0
        self.not_evaluated = 0
        self.statuses: dict[str, Counter] = {}
        self.not_assessed: Counter = Counter()
        self.indicators = NationalIndicators()

    def add(self, tally: Tally) -> None:
        self.children += 1
        self.problems += tally.problems
        self.not_evaluated += tally.failed
        for name, status in tally.statuses:
            counts = self.statuses.get(name)
            if counts is None:
                counts = self.statuses[name] = Counter()
            counts[status] += 1
        if tally.not_assessed:
            self.not_assessed.update(tally.not_assessed)
        self.indicators.add(tally.indicators)

    def merge(self, other: Caseload) -> None:
        """Another part of the caseload (a batch, counted in a worker) added to this one."""
        self.children += other.children
        self.problems += other.problems
        self.not_evaluated += other.not_evaluated
        for name, counts in other.statuses.items():
            self.statuses.setdefault(name, Counter()).update(counts)
        self.not_assessed.update(other.not_assessed)
        self.indicators.merge(other.indicators)

    def summary(self, inputs: list[dict[str, Any]], project: Project) -> dict[str, Any]:
        duties = {}
        for name in sorted(self.statuses):
            tally = self.statuses[name]
            total = sum(tally.values())
            duties[name] = {
                "total": total,
                **{status: tally[status] for status in STATUSES if tally[status]},
                "rates": {status: round(tally[status] / total, 4)
                          for status in ("met", "late", "overdue", "open")},
            }
        return {
            "children": self.children,
            "problems": self.problems,
            "not_evaluated": self.not_evaluated,
            "inputs": inputs,
            "knowledge_base": {"fingerprint": project.fingerprint, "version": project.version},
            "duties": duties,
            "not_assessed": {"total": sum(self.not_assessed.values()),
                             **{what: self.not_assessed[what] for what in RECORDED}},
            "indicators": self.indicators.summary(),
        }


def render_summary_markdown(summary: dict[str, Any]) -> str:
    lines = ["# Caseload audit", ""]
    for i in summary["inputs"]:
        lines.append(f"- `{i['file']}`, under {i['authority']}, as of {i['as_of']}")
    lines += ["", f"{summary['children']} children, {summary['problems']} problems in the "
              f"records. Knowledge base {summary['knowledge_base']['version']} "
              f"(`{summary['knowledge_base']['fingerprint']}`).", ""]
    lines += tables.markdown(
        ["duty", "total", "met", "late", "overdue", "open", "met rate"],
        [[name, d["total"], d.get("met", 0), d.get("late", 0), d.get("overdue", 0),
          d.get("open", 0), f"{d['rates']['met']:.1%}"] for name, d in summary["duties"].items()])
    unassessed = summary["not_assessed"]
    lines += ["", f"Recorded but not assessed (no duty could be assessed for them): "
              f"{unassessed['total']}: " + ", ".join(f"{unassessed[w]} {w}" for w in RECORDED)
              + "."]
    lines += _indicators_markdown(summary["indicators"])
    return printable("\n".join(lines)) + "\n\n## Children\n\n"


def _share(value: float | None) -> str:
    return "" if value is None else f"{value:.1%}"


def _indicators_markdown(indicators: dict[str, Any]) -> list[str]:
    icpc = indicators["icpc_within_15_working_days"]
    england = icpc["england"]
    reviewed = indicators["plans_reviewed_within_timescales"]
    quartiles = " / ".join(f"{q:g}" for q in icpc["quartiles"]) if icpc["quartiles"] else ""
    return [
        "", "## National indicators", "",
        "Initial conferences within 15 working days of the start of the section 47 enquiry, "
        "in the year to the audit date (the Department for Education's definition):", "",
        *tables.markdown(["", "this caseload", "England"], [
            ["conferences", icpc["conferences"], england["conferences"]],
            *([f"{b} working days", icpc["bands"][b], england["bands"].get(b, "")]
              for b in BANDS),
            ["dated before their enquiry (not banded)", icpc["before_enquiry"], ""],
            ["within 15", f"{icpc['within_15']} ({_share(icpc['share_within_15'])})",
             f"{england['within_15']} ({_share(england['share_within_15'])})"],
            ["median (quartiles)",
             f"{icpc['median'] if icpc['median'] is not None else ''} ({quartiles})",
             f"{england['median']} ({' / '.join(str(q) for q in england['quartiles'])})"]]),
        "", f"England: {england['source']}, {england['year']}.", "",
        "Child protection plans reviewed within timescales: of the "
        f"{reviewed['children']} children subject of a plan at the audit date for at least 3 "
        f"months, {reviewed['within']} ({_share(reviewed['share'])}) had every review on time "
        "(the first within 3 months, each later one within 6 months of the one before).",
    ]


def indicator_rows(summary: dict[str, Any]) -> list[tuple[str, Any]]:
    """The indicators as (dotted name, figure) pairs, England's beside the caseload's."""
    rows: list[tuple[str, Any]] = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(f"{prefix}.{key}", item)
        elif isinstance(value, list):
            rows.append((prefix, " ".join(f"{v:g}" for v in value)))
        else:
            rows.append((prefix, "" if value is None else value))

    for name, value in summary["indicators"].items():
        walk(name, value)
    return rows


def rules_table(project: Project, authorities: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The compact form's `rules`: the citation of every rule the audit of `authorities`
    runs, by id."""
    auditor, build = Auditor(project), ReportBuilder(project.sentences)
    return {rule.id: {k: v for k, v in build.cited(rule).items() if k != "rule"}
            for authority in sorted(set(authorities))
            for rule in project.rules_for(authority, auditor.rule_ids(authority))}


def write_report(out: TextIO, output: Output, summary: dict[str, Any], body: IO[bytes],
                 rules: dict[str, dict[str, Any]] | None = None) -> None:
    """The summary first (and in the compact form the rules), then the children as they
    were written to `body` (UTF-8; in JSON, each child's object, the objects separated by
    ",\n": copied as it is)."""
    fmt = output.format
    if fmt == "json":
        out.write('{"summary": ' + json.dumps(summary, ensure_ascii=False) + ",\n")
        if rules is not None:
            out.write('"rules": ' + json.dumps(rules, ensure_ascii=False) + ",\n")
        out.write('"children": [\n')
        _copy_body(out, body)
        out.write("\n]}\n")
        return
    if fmt == "csv":
        csv.writer(out, lineterminator="\n").writerow(CSV_COLUMNS)
    else:
        out.write(render_summary_markdown(summary))
    _copy_body(out, body)
    if fmt == "csv":  # the indicators last: known only once every child is read
        writer = csv.writer(out, lineterminator="\n")
        for name, figure in indicator_rows(summary):
            writer.writerow(["", "indicator", name, "", figure, *[""] * (len(CSV_COLUMNS) - 5)])


def _copy_body(out: TextIO, body: IO[bytes]) -> None:
    """The children's text to `out`: as bytes where `out` is UTF-8 (the usual case: not
    decoded and encoded again), else decoded."""
    body.seek(0)
    if codecs.lookup(out.encoding or "ascii").name == "utf-8":
        out.flush()
        while chunk := body.read(1 << 20):
            out.buffer.write(chunk)
        out.buffer.flush()
        return
    text = io.TextIOWrapper(body, encoding="utf-8")  # a character may span two chunks
    while piece := text.read(1 << 20):
        out.write(piece)
    text.detach()


def spool() -> IO[bytes]:
    """Where the children's text waits until the summary is known: memory up to 32 MiB, then
    a temporary file (unlinked: nothing is left behind however the audit ends), so that
    nothing is printed before the whole input has been read."""
    return tempfile.SpooledTemporaryFile(max_size=32 << 20, mode="w+b")
