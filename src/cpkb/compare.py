"""`cpkb compare`: the five procedures side by side.

Without a case: for every duty and decision name, each authority's rules (deadline and what
it runs from, modality, verbatim quote), marking where authorities differ, where one is
silent, and where one contradicts itself; then the topics in rules/comparisons.yaml, which
line up rules that answer one question under different names (the age from which a child is
expected to attend). With a case: the same case evaluated under every procedure.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from cpkb.case import Case
from cpkb.errors import InputError
from cpkb.files import read_data
from cpkb.plain import Wording
from cpkb.project import Project
from cpkb.report import citation, printable
from cpkb.rulebook import Decision, Duty, Rule

COMPARISONS_FILE = "comparisons.yaml"


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    rules: tuple[str, ...]


def load_topics(project: Project) -> list[Topic]:
    path = project.home / "rules" / COMPARISONS_FILE
    if not path.exists():
        return []
    data = read_data(path)
    items = data.get("topics") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise InputError(path, "topics", "expected a list of {id, title, rules}")
    topics = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not {"id", "title", "rules"} <= set(item):
            raise InputError(path, f"topics[{i}]", "expected id, title and rules")
        unknown = [r for r in item["rules"] if project.rulebook.rule(r) is None]
        if unknown:
            raise InputError(path, f"topics[{i}].rules", f"no such rule: {', '.join(unknown)}")
        topics.append(Topic(item["id"], item["title"], tuple(item["rules"])))
    return topics


def _entry(rule: Rule, wording: Wording, topic: bool = False) -> dict[str, Any]:
    plain = wording.describe(rule)
    start = wording.start(rule)
    # For a duty the deadline is what differs between authorities; for a decision, its value;
    # for a topic, the conditions too (an age, say), since they are what differs there.
    if topic:
        rule_says = f"{plain.when}: {plain.then}"
    elif isinstance(rule.effect, Duty):
        rule_says = wording.said(rule)
    else:
        rule_says = plain.then
    entry = {
        "rule": rule.id,
        "title": rule.title,
        "modality": rule.modality,
        "says": rule_says,
        "starts_from": start.runs_from,
        "condition": start.condition,
        "logic": {"when": plain.when, "then": plain.then, "by_when": plain.by_when},
        "source": citation(rule.sources[0]),
    }
    if rule.flags:
        entry["flags"] = list(rule.flags)
    return entry


def _row(project: Project, title: str, kind: str, rules: list[Rule]) -> dict[str, Any]:
    authorities = sorted(project.kb.documents)
    by_authority: dict[str, list[dict[str, Any]]] = {a: [] for a in authorities}
    for rule in rules:
        by_authority[rule.authority].append(
            _entry(rule, Wording(project.vocabulary), topic=kind == "topic"))
    variants = sorted({(e["says"], e["starts_from"]) for es in by_authority.values() for e in es})
    contradictions = {}
    for authority, entries in by_authority.items():
        # One authority contradicts itself where its rules give one duty, from one start under
        # one condition, different deadlines (a conference stood down and one deferred are
        # two starts, as in timescales.Cell), or where a rule is flagged as contradicting
        # another. Decisions and topics gather rules that apply under different conditions:
        # no contradiction.
        deadlines: dict[tuple[str, str], set[str]] = {}
        for e in entries:
            deadlines.setdefault((e["starts_from"], e["condition"]), set()).add(e["says"])
        clashing = [e["rule"] for e in entries
                    if (kind == "duty" and len(deadlines[e["starts_from"], e["condition"]]) > 1)
                    or "contradiction" in e.get("flags", [])]
        if clashing:
            contradictions[authority] = clashing
    return {
        "name": title,
        "kind": kind,
        "authorities": by_authority,
        "silent": [a for a, es in by_authority.items() if not es],
        "differs": len(variants) > 1,
        "variants": [{"says": s, "starts_from": f} for s, f in variants],
        "differences": _differences(by_authority),
        "contradictions": contradictions,
    }


ASPECTS = (("says", "what it says"), ("starts_from", "what it runs from"),
           ("modality", "its force"))


def _differences(by_authority: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """How the authorities that have rules differ: each aspect (what the rule says, what it
    runs from, its modality) on which they do not all agree, with each authority's values.
    Silence is not a difference."""
    found = []
    for key, words in ASPECTS:
        values = {a: sorted({e[key] for e in es}) for a, es in by_authority.items() if es}
        if len({tuple(v) for v in values.values()}) > 1:
            found.append({"aspect": words, "by_authority": values})
    return found


def _difference_words(row: dict[str, Any]) -> str:
    parts = []
    for difference in row["differences"]:
        said = "; ".join(f"{a}: {' / '.join(v)}" for a, v in difference["by_authority"].items())
        parts.append(f"{difference['aspect']} ({said})")
    return "authorities differ in " + ", and in ".join(parts) if parts else ""


def compare_rules(project: Project) -> dict[str, Any]:
    rules = project.rulebook.rules
    rows = []
    for kind, effect_type in (("duty", Duty), ("decision", Decision)):
        names = sorted({r.effect_name for r in rules if isinstance(r.effect, effect_type)})
        for name in names:
            matching = [r for r in rules if isinstance(r.effect, effect_type)
                        and r.effect_name == name]
            rows.append(_row(project, name, kind, matching))
    by_id = {r.id: r for r in rules}  # load_topics refuses a topic naming no rule
    topics = [
        {"id": t.id, **_row(project, t.title, "topic", [by_id[r] for r in t.rules])}
        for t in load_topics(project)
    ]
    return {
        "knowledge_base": {"fingerprint": project.fingerprint, "version": project.version},
        "authorities": sorted(project.kb.documents),
        "rows": rows,
        "topics": topics,
    }


def compare_case(project: Project, case: Case) -> dict[str, Any]:
    reports = {
        authority: project.report(dataclasses.replace(case, authority=authority))
        for authority in sorted(project.kb.documents)
    }
    names = sorted({d["duty"] for r in reports.values() for d in r["duties"]})
    duties = {
        name: {a: [{k: d[k] for k in ("due", "status", "deadline", "rule")}
                   for d in r["duties"] if d["duty"] == name] for a, r in reports.items()}
        for name in names
    }
    return {
        "case": case.reference,
        "as_of": case.as_of.isoformat(),
        "note": f"the case file names {case.authority}; that is ignored here and the case is "
                "evaluated under every authority's procedure",
        "knowledge_base": {"fingerprint": project.fingerprint, "version": project.version},
        "duties": duties,
        "reports": reports,
    }


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown_row(row: dict[str, Any]) -> list[str]:
    marks = []
    if row["differences"]:
        marks.append(f"**{_cell(_difference_words(row))}**")
    if row["silent"]:
        marks.append("silent: " + ", ".join(row["silent"]))
    for authority, rules in row["contradictions"].items():
        marks.append(f"**{authority} contradicts itself** ({', '.join(rules)})")
    out = [f"### {row['name']} ({row['kind']})", "", "; ".join(marks) or "all agree", "",
           "| authority | rule | modality | says | runs from | source |",
           "|---|---|---|---|---|---|"]
    for authority, entries in row["authorities"].items():
        for e in entries:
            out.append(
                f"| {authority} | `{e['rule']}` | {e['modality']} | {_cell(e['says'])} | "
                f"{_cell(e['starts_from'])} | {e['source']['paragraph']}: "
                f"\"{_cell(e['source']['quote'])}\" |"
            )
    return [*out, ""]


def render_rules_markdown(comparison: dict[str, Any]) -> str:
    out = ["# Procedures compared", "",
           f"Knowledge base {comparison['knowledge_base']['version']} "
           f"(`{comparison['knowledge_base']['fingerprint']}`).", "", "## Duties and decisions", ""]
    for row in comparison["rows"]:
        out += _markdown_row(row)
    if comparison["topics"]:
        out += ["## Topics", ""]
        for row in comparison["topics"]:
            out += _markdown_row(row)
    return "\n".join(out)


def render_case_markdown(comparison: dict[str, Any]) -> str:
    authorities = list(comparison["reports"])
    out = [f"# Case {comparison['case']} under every procedure", "",
           f"As of {comparison['as_of']}. Note: {comparison['note']}.", "",
           "| duty | " + " | ".join(authorities) + " |",
           "|---|" + "---|" * len(authorities)]
    for name, cells in comparison["duties"].items():
        row = []
        for authority in authorities:
            row.append("<br>".join(f"{d['due'] or d['deadline']} {d['status']} (`{d['rule']}`)"
                                   for d in cells[authority]) or "silent")
        out.append(f"| {name} | " + " | ".join(row) + " |")
    return printable("\n".join(out) + "\n")

