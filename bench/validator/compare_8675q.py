"""cpkb's overdue initial conferences against the Data to Insight CIN validator's rule 8675Q.

Run from the repository root, with cpkb's own environment:

    .venv/bin/python bench/validator/compare_8675q.py [--children 3000] [--seed 1]
        [--late-share F] [--missing-share F] [--no-probes] [--no-samples] [--output FILE]

It makes the validator's own virtual environment `.venv-validator` (at the repository root)
when it is missing or its requirements changed: `python -m venv`, then `pip install -r
bench/validator/requirements.txt` (csc-validator-be-cin 0.1.13 needs numpy<2 and pytest,
which it does not declare). Nothing is installed into `.venv`.

Then, in a temporary folder, for each census file:

1. the generated census: `cpkb generate census --children N --seed S --output FILE`
   (Bolton's LEA code, ReferenceDate 2025-03-31); with --probes (the default) three small
   probe censuses written here, each child a case at a boundary of one of the two rules
   (enquiries started on each day around "15 working days before the census end", a census
   end on Easter Sunday 2024 and on 31 March 2029, past the validator's bank holiday table,
   ICPCnotRequired missing or in capitals, a plan or a CINdetails conference instead of the
   Section47 one, two enquiries, a conference after the census end, ...); with --samples
   (the default) the census samples of tests/data/cin-census/;
2. the validator, as its `python -m cin_validator run FILE -r cin2024_25` runs it (every rule
   of the 2024/25 ruleset), through bench/validator/run_validator.py in .venv-validator:
   the children its rule 8675Q flags ("S47 Enquiry started more than 15 working days before
   the end of the census year. However, there is no date of Initial Child Protection
   Conference", with ICPCnotRequired false);
3. `cpkb audit FILE --format json --quiet --authority bolton --workers 1` (and, timed, with
   `--workers 2`, whose output must be the same): the children with an `initial_conference`
   duty of status `overdue` at the audit date, which is the header's ReferenceDate;
4. child by child: flagged by both, by the validator only, by cpkb only. Each disagreement
   is classified from both tools' logic (the class table in the report, with the reason),
   and checked against a re-implementation of the validator's test
   (`S47ActualStartDate < ReferenceDate - CustomBusinessDay(n=14)` over its holiday table),
   which must reproduce its flags on every Section47 row.

Prints a Markdown report (the command, versions, counts, the disagreement classes with an
example child each, and the wall time of each tool on the same files); --output also writes
it to FILE. Wall times are of whole commands (interpreter start-up included), taken once;
on a shared machine they are provisional.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib.metadata import version
from pathlib import Path

from lxml import etree

from cpkb.calendar import is_working_day

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
VENV = ROOT / ".venv-validator"
REQUIREMENTS = HERE / "requirements.txt"
SAMPLES = ROOT / "tests" / "data" / "cin-census"
CPKB = Path(sys.executable).with_name("cpkb")


# --- the validator's environment ------------------------------------------------------------

def ensure_validator_env(python: str) -> Path:
    """.venv-validator with the pinned requirements; made or remade when they changed."""
    stamp = VENV / "requirements.sha256"
    wanted = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    interpreter = VENV / "bin" / "python"
    if interpreter.exists() and stamp.exists() and stamp.read_text().strip() == wanted:
        return interpreter
    print(f"making {VENV.relative_to(ROOT)} (pip install -r {REQUIREMENTS.relative_to(ROOT)})",
          file=sys.stderr)
    if not interpreter.exists():
        subprocess.run([python, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(interpreter), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    "-r", str(REQUIREMENTS)], check=True)
    stamp.write_text(wanted + "\n")
    return interpreter


# --- probe censuses -------------------------------------------------------------------------

def _child_xml(child_id: str, *, born: date | None = None, expected: date | None = None,
               enquiries: list[tuple[date, date | None, str | None]],
               cin_conference: date | None = None,
               plan: date | None = None) -> str:
    """One Child in the generator's form: enquiries are (S47ActualStartDate,
    DateOfInitialCPC, ICPCnotRequired text or None for no element)."""
    referral = min(e[0] for e in enquiries) - timedelta(days=3)
    xml = [f"<Child><ChildIdentifiers><LAchildID>{child_id}</LAchildID>"]
    if born:
        xml.append(f"<PersonBirthDate>{born}</PersonBirthDate>")
    if expected:
        xml.append(f"<ExpectedPersonBirthDate>{expected}</ExpectedPersonBirthDate>")
    xml.append("<GenderCurrent>1</GenderCurrent></ChildIdentifiers>"
               "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>"
               f"<CINdetails><CINreferralDate>{referral}</CINreferralDate>"
               "<ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>")
    if cin_conference:
        xml.append(f"<DateOfInitialCPC>{cin_conference}</DateOfInitialCPC>")
    for start, conference, not_required in enquiries:
        xml.append(f"<Section47><S47ActualStartDate>{start}</S47ActualStartDate>")
        if conference:
            xml.append(f"<DateOfInitialCPC>{conference}</DateOfInitialCPC>")
        if not_required is not None:
            xml.append(f"<ICPCnotRequired>{not_required}</ICPCnotRequired>")
        xml.append("</Section47>")
    xml.append("<ReferralNFA>false</ReferralNFA>")
    if plan:
        xml.append(f"<ChildProtectionPlans><CPPstartDate>{plan}</CPPstartDate>"
                   "<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>"
                   "<LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>"
                   "<NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>")
    xml.append("</CINdetails></Child>\n")
    return "".join(xml)


def _census_xml(reference: date, children: list[str]) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<Message><Header><CollectionDetails>'
            f"<Collection>CIN</Collection><Year>{reference.year}</Year>"
            f"<ReferenceDate>{reference}</ReferenceDate></CollectionDetails>"
            "<Source><SourceLevel>L</SourceLevel><LEA>350</LEA>"
            "<SoftwareCode>bench/validator probe</SoftwareCode><Release>1</Release>"
            "<SerialNo>001</SerialNo></Source></Header>\n<Children>\n"
            + "".join(children) + "</Children></Message>\n")


def _boundary_children(reference: date, prefix: str) -> list[str]:
    """An enquiry started on each day from 35 to 10 days before the census end, no
    conference, ICPCnotRequired false: where each rule's boundary falls."""
    out = []
    for days in range(35, 9, -1):
        start = reference - timedelta(days=days)
        out.append(_child_xml(f"{prefix}{start:%m%d}", born=date(2015, 6, 1),
                              enquiries=[(start, None, "false")]))
    return out


def write_probes(folder: Path) -> dict[str, tuple[Path, dict[str, str]]]:
    """The probe censuses: name -> (file, {child id: what it probes})."""
    probes = {}
    ref = date(2025, 3, 31)  # a Monday, the generated census' ReferenceDate
    born = date(2015, 6, 1)
    cases = {
        "P-ICPC-MISSING": ("ICPCnotRequired element missing (the schema requires it)",
                           dict(enquiries=[(date(2024, 12, 2), None, None)])),
        "P-ICPC-0": ("ICPCnotRequired 0", dict(enquiries=[(date(2024, 12, 2), None, "0")])),
        "P-ICPC-FALSE": ("ICPCnotRequired FALSE (a value the schema allows)",
                         dict(enquiries=[(date(2024, 12, 2), None, "FALSE")])),
        "P-ICPC-TRUE": ("ICPCnotRequired TRUE (a value the schema allows)",
                        dict(enquiries=[(date(2024, 12, 2), None, "TRUE")])),
        "P-ICPC-true": ("ICPCnotRequired true",
                        dict(enquiries=[(date(2024, 12, 2), None, "true")])),
        "P-PLAN-ONLY": ("a plan (CPPstartDate) but no DateOfInitialCPC",
                        dict(enquiries=[(date(2024, 12, 2), None, "false")],
                             plan=date(2024, 12, 20))),
        "P-CIN-CPC": ("the conference in CINdetails/DateOfInitialCPC, not in Section47",
                      dict(enquiries=[(date(2024, 12, 2), None, "false")],
                           cin_conference=date(2024, 12, 20))),
        "P-TWO-RECENT": ("two enquiries, no conference: an old one and one started 11 days "
                         "before the census end",
                         dict(enquiries=[(date(2024, 11, 4), None, "false"),
                                         (date(2025, 3, 20), None, "false")])),
        "P-TWO-HELD": ("two enquiries: an old one with no conference, a later one with one",
                       dict(enquiries=[(date(2024, 11, 4), None, "false"),
                                       (date(2024, 12, 2), date(2024, 12, 16), "false")])),
        "P-CPC-AFTER-END": ("a conference dated after the census end",
                            dict(enquiries=[(date(2025, 1, 6), date(2025, 4, 15), "false")])),
        "P-CPC-BEFORE-START": ("a conference dated before the enquiry's start",
                               dict(enquiries=[(date(2024, 12, 2), date(2024, 11, 1),
                                                "false")])),
        "P-UNBORN": ("an unborn child (ExpectedPersonBirthDate only), no conference",
                     dict(born=None, expected=date(2025, 6, 1),
                          enquiries=[(date(2025, 1, 6), None, "false")])),
        "P-ADULT": ("a child 18 before the enquiry started, no conference",
                    dict(born=date(2006, 1, 1),
                         enquiries=[(date(2024, 12, 2), None, "false")])),
        "P-LATE": ("a conference held late, before the census end",
                   dict(enquiries=[(date(2024, 12, 2), date(2025, 1, 20), "false")])),
    }
    children = _boundary_children(ref, "P2025-")
    described = {}
    for child_id, (what, spec) in cases.items():
        spec = dict(spec)
        spec.setdefault("born", born)
        children.append(_child_xml(child_id, **spec))
        described[child_id] = what
    path = folder / "probe-2025-03-31.xml"
    path.write_text(_census_xml(ref, children), encoding="utf-8")
    probes["probe 2025-03-31 (Monday)"] = (path, described)
    for ref, name in ((date(2024, 3, 31), "probe 2024-03-31 (Easter Sunday, as the D2I "
                                          "samples' ReferenceDate)"),
                      (date(2029, 3, 31), "probe 2029-03-31 (Saturday after Good Friday "
                                          "2029, past the validator's holiday table)")):
        path = folder / f"probe-{ref}.xml"
        path.write_text(_census_xml(ref, _boundary_children(ref, f"P{ref.year}-")),
                        encoding="utf-8")
        probes[name] = (path, {})
    return probes


# --- what a census says, for the reasons ----------------------------------------------------

@dataclass
class Record:
    enquiries: list[dict] = field(default_factory=list)  # per Section47: start, cpc, icpc
    cin_conferences: list[str] = field(default_factory=list)
    plan_starts: list[str] = field(default_factory=list)
    born: str | None = None
    expected: str | None = None


def read_census(path: Path) -> tuple[str | None, dict[str, Record]]:
    def text(element, tag):
        found = element.find(tag)
        return None if found is None or found.text is None else found.text.strip()

    records: dict[str, Record] = {}
    reference = None
    for _, element in etree.iterparse(str(path), events=("end",), resolve_entities=False,
                                      no_network=True):
        if element.tag == "ReferenceDate":
            reference = (element.text or "").strip()
        if element.tag != "Child":
            continue
        child = text(element, "ChildIdentifiers/LAchildID") or ""
        record = records.setdefault(child, Record())
        record.born = text(element, "ChildIdentifiers/PersonBirthDate")
        record.expected = text(element, "ChildIdentifiers/ExpectedPersonBirthDate")
        for details in element.iterfind("CINdetails"):
            if text(details, "DateOfInitialCPC"):
                record.cin_conferences.append(text(details, "DateOfInitialCPC"))
            for s47 in details.iterfind("Section47"):
                record.enquiries.append({"start": text(s47, "S47ActualStartDate"),
                                         "cpc": text(s47, "DateOfInitialCPC"),
                                         "icpc": text(s47, "ICPCnotRequired")})
            record.plan_starts += [p.text.strip() for p in
                                   details.iterfind("ChildProtectionPlans/CPPstartDate")
                                   if p.text]
        element.clear()
    return reference, records


# --- the validator's test, re-implemented ---------------------------------------------------

def _is_business_day(day: date, holidays: set[date]) -> bool:
    return day.weekday() < 5 and day not in holidays


def validator_threshold(reference: date, holidays: set[date]) -> date:
    """`reference - CustomBusinessDay(n=14, calendar=holidays)` as pandas computes it: a
    reference date off the calendar first rolls back to the previous business day, which
    counts as the first of the 14."""
    day, steps = reference, 14
    if not _is_business_day(day, holidays):
        while not _is_business_day(day, holidays):
            day -= timedelta(days=1)
        steps -= 1
    while steps:
        day -= timedelta(days=1)
        if _is_business_day(day, holidays):
            steps -= 1
    return day


def cpkb_holidays(first: date, last: date) -> set[date]:
    days, day = set(), first
    while day <= last:
        if day.weekday() < 5 and not is_working_day(day):
            days.add(day)
        day += timedelta(days=1)
    return days


def first_working_day_from(day: date) -> date:
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


# --- running the two tools ------------------------------------------------------------------

def timed(command: list[str], out: Path | None = None) -> tuple[float, str]:
    start = time.perf_counter()
    if out is None:
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        return time.perf_counter() - start, done.stdout
    with out.open("w") as handle:
        subprocess.run(command, check=True, stdout=handle, stderr=subprocess.PIPE)
    return time.perf_counter() - start, out.read_text()


def cpkb_audit(census: Path, workers: int, out: Path) -> tuple[float, dict]:
    seconds, text = timed([str(CPKB), "audit", str(census), "--format", "json", "--quiet",
                           "--authority", "bolton", "--workers", str(workers)], out)
    return seconds, json.loads(text)


def overdue_children(report: dict) -> dict[str, list[dict]]:
    """child -> its initial_conference duties, for the children with one overdue."""
    duties = {c["child"]: [d for d in c["duties"] if d.get("duty") == "initial_conference"]
              for c in report["children"]}
    return {child: ds for child, ds in duties.items()
            if any(d["status"] == "overdue" for d in ds)}


def all_initial_duties(report: dict) -> dict[str, list[dict]]:
    return {c["child"]: [d for d in c["duties"] if d.get("duty") == "initial_conference"]
            for c in report["children"]}


# --- the classes of disagreement ------------------------------------------------------------

CLASSES = {
    "census-day": (
        "convention: the census end date (a working day) counted as elapsed",
        "The validator flags an enquiry when S47ActualStartDate < ReferenceDate - "
        "CustomBusinessDay(n=14) (cin2022_23/rule_8675Q.py, carried into 2024/25; utils.py "
        "subtracts n-1 days \"so that it does include the end date\"): an enquiry whose 15th "
        "working day is the census end date itself is flagged. cpkb counts the enquiry's "
        "start as day 0 and the 15th working day after it is the due date; a duty is overdue "
        "only when the audit date is past it, so on the census end date it is `open`."),
    "census-day-off": (
        "convention: a census end date that is not a working day",
        "The validator's subtraction from a ReferenceDate that is a weekend or bank holiday "
        "first rolls back to the previous working day, and that day counts as one of the 14: "
        "it flags an enquiry whose 15th working day is the first working day after the "
        "census end date, a day on which nothing was yet due. cpkb: the due date is after the "
        "audit date, so `open`."),
    "holiday-table": (
        "the validator's bank holiday table ends",
        "The validator's working days come from a fixed list, cin_validator/"
        "england_holidates.py, of bank holidays from 2022-01-03 to 2027-12-28; outside it "
        "every weekday is a working day. cpkb's come from the holidays package, any year. "
        "Where a bank holiday outside the list falls in the 15 working days, the validator "
        "counts one day more."),
    "icpc-capitals": (
        "validator bug: ICPCnotRequired FALSE not read as false",
        "8675Q tests ICPCnotRequired with .isin([\"false\", \"0\"]); the census schema's "
        "yesnotype also allows FALSE (and TRUE), which the validator therefore never flags. "
        "cpkb reads true/false/1/0 case-insensitively."),
    "icpc-missing": (
        "data: ICPCnotRequired missing",
        "The schema requires ICPCnotRequired; the validator flags only a recorded false "
        "(false or 0), so without it 8675Q says nothing. cpkb runs the duty unless the "
        "record says no conference was required."),
    "plan-as-conference": (
        "convention: a plan start read as its conference",
        "With no DateOfInitialCPC, the validator flags the enquiry. cpkb takes a "
        "CPPstartDate to be the date of the conference that made the plan (census_events.py, "
        "reported as the child's problem), so the duty is met or late, not overdue."),
    "cin-conference": (
        "convention: the conference recorded on CINdetails",
        "8675Q reads only Section47/DateOfInitialCPC. cpkb also reads "
        "CINdetails/DateOfInitialCPC (the same data item, N00110) as the conference."),
    "later-enquiry": (
        "convention: the clock runs from the last strategy discussion",
        "The validator tests each Section47 row alone. Bolton's rule (bolton.icpc.timing: "
        "within 15 working days \"of the last strategy discussion if more than one has been "
        "held\") runs one clock for the strategy discussions before a conference, from the "
        "last; an older enquiry with no conference of its own is not overdue on its own "
        "account when a later one's conference was held or is not yet due."),
    "conference-after-end": (
        "convention: a conference dated after the census end",
        "The validator flags only a missing DateOfInitialCPC, whatever its date. cpkb "
        "does not use an event after the audit date (a problem of the child), so by the "
        "census end date the conference had not been held and is overdue."),
    "conference-before-start": (
        "convention: a conference dated before the enquiry",
        "The validator sees a DateOfInitialCPC and says nothing. cpkb does not count a "
        "conference before the strategy discussion as the one that follows it (reported as "
        "the child's problem), so the duty is overdue."),
    "unexplained": (
        "unexplained",
        "No reason found by the script: see the example."),
}


def classify(child: str, side: str, flagged_rows: list[dict], duties: list[dict],
             record: Record, reference: date, validator_holidays: set[date]) -> str:
    own = cpkb_holidays(reference - timedelta(days=60), reference + timedelta(days=10))
    in_table = set(validator_holidays)
    if side == "validator":
        for row in flagged_rows:
            start = date.fromisoformat(row["S47ActualStartDate"])
            if start >= validator_threshold(reference, own):
                return "holiday-table"  # with cpkb's holidays the validator would not flag
            same = [d for d in duties if d["trigger"]["date"] == row["S47ActualStartDate"]]
            later = [d for d in duties if d["trigger"]["date"] > row["S47ActualStartDate"]]
            for duty in same:
                due = date.fromisoformat(duty["due"])
                if duty["status"] == "open" and due == first_working_day_from(reference):
                    return "census-day" if is_working_day(reference) else "census-day-off"
                fulfilled = duty.get("fulfilled_on")
                if duty["status"] in ("met", "late") and fulfilled:
                    if fulfilled in record.plan_starts and not any(
                            e["cpc"] == fulfilled for e in record.enquiries):
                        return "plan-as-conference"
                    if fulfilled in record.cin_conferences:
                        return "cin-conference"
            if later and not same:
                return "later-enquiry"
        return "unexplained"
    for duty in duties:
        if duty["status"] != "overdue":
            continue
        start = duty["trigger"]["date"]
        for enquiry in record.enquiries:
            if enquiry["start"] != start:
                continue
            if enquiry["icpc"] is None:
                return "icpc-missing"
            if enquiry["icpc"] in ("FALSE", "False"):
                return "icpc-capitals"
            if enquiry["cpc"] and enquiry["cpc"] > reference.isoformat():
                return "conference-after-end"
            if enquiry["cpc"] and enquiry["cpc"] < start:
                return "conference-before-start"
            day = date.fromisoformat(start)
            if (day < validator_threshold(reference, own)
                    and day >= validator_threshold(reference, in_table)):
                return "holiday-table"
    return "unexplained"


# --- one file -------------------------------------------------------------------------------

def compare_file(name: str, census: Path, validator_python: Path, folder: Path,
                 workers_timing: bool, described: dict[str, str]) -> dict:
    v_seconds, v_text = timed([str(validator_python), str(HERE / "run_validator.py"),
                               str(census), "--ruleset", "cin2024_25"])
    validator = json.loads(v_text)
    c1_seconds, report = cpkb_audit(census, 1, folder / f"{census.stem}.w1.json")
    c2_seconds = None
    if workers_timing:
        c2_seconds, report2 = cpkb_audit(census, 2, folder / f"{census.stem}.w2.json")
        if report2 != report:
            raise SystemExit(f"{name}: cpkb audit --workers 2 differs from --workers 1")
    as_of = report["summary"]["inputs"][0]["as_of"]
    reference_text, records = read_census(census)
    reference = date.fromisoformat(validator["reference_date"][:10])
    holidays = {date.fromisoformat(d) for d in validator["holidays"]["days"]}

    rows_by_child: dict[str, list[dict]] = defaultdict(list)
    for row in validator["flagged"]:
        rows_by_child[row["child"]].append(row)
    v_children = set(rows_by_child)
    overdue = overdue_children(report)
    c_children = set(overdue)
    duties = all_initial_duties(report)

    # the re-implementation must give the validator's own flags, row by row
    threshold = validator_threshold(reference, holidays)
    model = set()
    for child, record in records.items():
        for enquiry in record.enquiries:
            if (enquiry["start"] and not enquiry["cpc"] and enquiry["icpc"] in ("false", "0")
                    and date.fromisoformat(enquiry["start"]) < threshold):
                model.add((child, enquiry["start"]))
    actual = {(r["child"], r["S47ActualStartDate"]) for r in validator["flagged"]}

    disagreements: dict[str, list[dict]] = defaultdict(list)
    for side, children in (("validator", v_children - c_children),
                           ("cpkb", c_children - v_children)):
        for child in sorted(children):
            kind = classify(child, side, rows_by_child.get(child, []), duties.get(child, []),
                            records.get(child, Record()), reference, holidays)
            disagreements[kind].append({
                "child": child, "side": side, "probe": described.get(child),
                "validator_rows": rows_by_child.get(child, []),
                "cpkb": [{k: d.get(k) for k in ("due", "status", "fulfilled_on", "trigger")}
                         for d in duties.get(child, [])],
                "record": records.get(child, Record()).__dict__})
    return {
        "name": name, "file": census, "validator": validator, "as_of": as_of,
        "fingerprint": report["summary"]["knowledge_base"]["fingerprint"],
        "reference_header": reference_text, "threshold": threshold,
        "children": report["summary"]["children"],
        "v_children": v_children, "c_children": c_children,
        "both": v_children & c_children, "model_ok": model == actual,
        "model_diff": sorted(model ^ actual)[:5],
        "disagreements": disagreements,
        "seconds": {"validator": v_seconds, "cpkb_w1": c1_seconds, "cpkb_w2": c2_seconds},
    }


# --- the report -----------------------------------------------------------------------------

def _example(item: dict) -> str:
    parts = [f"`{item['child']}`"]
    if item["probe"]:
        parts.append(f"({item['probe']})")
    rows = item["validator_rows"]
    if rows:
        parts.append("validator: " + "; ".join(
            f"S47 start {r['S47ActualStartDate']}, CPC {r['DateOfInitialCPC'] or 'none'}, "
            f"ICPCnotRequired {r['ICPCnotRequired']}" for r in rows))
    else:
        enquiries = item["record"]["enquiries"]
        parts.append("validator: nothing (record: " + "; ".join(
            f"S47 start {e['start']}, CPC {e['cpc'] or 'none'}, ICPCnotRequired "
            f"{e['icpc'] if e['icpc'] is not None else 'missing'}" for e in enquiries) + ")")
    parts.append("cpkb: " + ("; ".join(
        f"due {d['due']} from {d['trigger']['date']}, {d['status']}"
        + (f" on {d['fulfilled_on']}" if d["fulfilled_on"] else "") for d in item["cpkb"])
        or "no initial_conference duty"))
    return " ".join(parts)


def render(results: list[dict], command: str, versions: dict) -> str:
    out = ["# cpkb's overdue initial conferences against the CIN validator's rule 8675Q", ""]
    out += [f"Command: `{command}`", ""]
    out += ["| tool | version |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in versions.items()]
    out += ["", "## Children flagged", "",
            "| file | children | ReferenceDate (cpkb as_of) | validator flags | cpkb overdue "
            "| both | validator only | cpkb only | re-implemented 8675Q matches the validator |",
            "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        v_only = len(r["v_children"] - r["c_children"])
        c_only = len(r["c_children"] - r["v_children"])
        out.append(f"| {r['name']} | {r['children']} | {r['reference_header']} ({r['as_of']}) "
                   f"| {len(r['v_children'])} | {len(r['c_children'])} | {len(r['both'])} "
                   f"| {v_only} | {c_only} | "
                   f"{'yes' if r['model_ok'] else 'NO ' + str(r['model_diff'])} |")
    errors = sorted({e for r in results for e in r["validator"]["rule_errors"]})
    if errors:
        out += ["", "Rules of the validator that raised (it prints them and goes on):", ""]
        out += [f"- {r['name']}: `{e}`" for r in results for e in r["validator"]["rule_errors"]]
    out += ["", "## Disagreements", "",
            "| class | file | children | flagged by | reason | example |",
            "|---|---|---|---|---|---|"]
    any_disagreement = False
    for r in results:
        for kind, items in sorted(r["disagreements"].items()):
            any_disagreement = True
            title, reason = CLASSES[kind]
            sides = ", ".join(sorted({i["side"] for i in items}))
            out.append(f"| {title} | {r['name']} | {len(items)} | {sides} only | {reason} | "
                       f"{_example(items[0])} |")
    if not any_disagreement:
        out.append("| none | | | | | |")
    out += ["", "Every disagreeing child (at most 10 a class and file):", ""]
    for r in results:
        for kind, items in sorted(r["disagreements"].items()):
            for item in items[:10]:
                out.append(f"- {r['name']}, {kind}: {_example(item)}")
            if len(items) > 10:
                out.append(f"- {r['name']}, {kind}: and {len(items) - 10} more")
    out += ["", "## Wall time on the same files", "",
            "Whole commands, interpreter start-up included, each run once; the validator runs "
            "all of its 2024/25 rules (as its `run` command does), its time split into "
            "building its tables from the XML and running the rules.", "",
            "| file | children | validator (tables + rules) | cpkb audit --workers 1 | "
            "cpkb audit --workers 2 | validator / cpkb w1 |", "|---|---|---|---|---|---|"]
    for r in results:
        s, inner = r["seconds"], r["validator"]["seconds"]
        w2 = f"{s['cpkb_w2']:.2f} s" if s["cpkb_w2"] is not None else "-"
        out.append(f"| {r['name']} | {r['children']} | {s['validator']:.2f} s "
                   f"({inner['tables']:.2f} + {inner['rules']:.2f}) | {s['cpkb_w1']:.2f} s "
                   f"| {w2} | {s['validator'] / s['cpkb_w1']:.1f} |")
    try:
        load = os.getloadavg()
        out += ["", f"Load average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
                f"({os.cpu_count()} cores): with others on the machine the times are provisional."]
    except OSError:
        pass
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--late-share", type=float)
    parser.add_argument("--missing-share", type=float)
    parser.add_argument("--probes", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--samples", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--python", default=sys.executable,
                        help="the interpreter .venv-validator is made from")
    parser.add_argument("--output", type=Path, help="also write the report here")
    args = parser.parse_args()

    validator_python = ensure_validator_env(args.python)
    results = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        census = folder / f"census-{args.children}-seed{args.seed}.xml"
        generate = [str(CPKB), "generate", "census", "--children", str(args.children),
                    "--seed", str(args.seed), "--output", str(census)]
        if args.late_share is not None:
            generate += ["--late-share", str(args.late_share)]
        if args.missing_share is not None:
            generate += ["--missing-share", str(args.missing_share)]
        subprocess.run(generate, check=True)
        label = f"generated, {args.children} children, seed {args.seed}"
        print(f"{label}: running the validator and cpkb ...", file=sys.stderr)
        results.append(compare_file(label, census, validator_python, folder, True, {}))
        if args.probes:
            for label, (path, described) in write_probes(folder).items():
                print(f"{label} ...", file=sys.stderr)
                results.append(compare_file(label, path, validator_python, folder, True,
                                            described))
        if args.samples:
            for path in sorted(SAMPLES.glob("*.xml")):
                print(f"{path.name} ...", file=sys.stderr)
                results.append(compare_file(f"tests/data/cin-census/{path.name}", path,
                                            validator_python, folder, True, {}))
    first = results[0]["validator"]
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    versions = {
        "csc-validator-be-cin": f"{first['version']} (ruleset cin2024_25, "
                                f"{first['rules_run']} rules; pandas {first['pandas']}, "
                                f"numpy {first['numpy']}, Python {first['python']}; holiday "
                                f"table {first['holidays']['first']} to "
                                f"{first['holidays']['last']})",
        "cpkb": f"{version('cpkb')} at commit {commit}, knowledge base "
                f"{results[0]['fingerprint']}",
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
                   f"{platform.python_version()} (cpkb)",
    }
    command = " ".join(shlex.quote(a) for a in [".venv/bin/python",
                                                 "bench/validator/compare_8675q.py",
                                                 *sys.argv[1:]])
    text = render(results, command, versions)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
