"""The report of one evaluation: the JSON contract (DESIGN.md, "Reports") and its renderings
for people (Markdown and terminal text, each with a timeline)."""

from __future__ import annotations

from datetime import date
from typing import Any

from cpkb.duties import DutyAssessment
from cpkb.evaluation import Evaluation, from_day_number, rule_id_of
from cpkb.rulebook import Citation, Rule, deadline_phrase


def paragraph_anchor(paragraph_id: str) -> str:
    """The HTML anchor of a paragraph on its document's page of the site."""
    return paragraph_id.replace("/", "-")


def paragraph_url(paragraph_id: str) -> str:
    return f"documents/{paragraph_id.split('/', 1)[0]}/#{paragraph_anchor(paragraph_id)}"


def rule_url(rule_id: str) -> str:
    return f"rules/{rule_id}/"


def citation(c: Citation) -> dict[str, str]:
    return {
        "document": c.document,
        "paragraph": c.paragraph,
        "quote": c.quote,
        "url": paragraph_url(c.paragraph),
    }


def _cited(rule: Rule) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "rule": rule.id,
        "modality": rule.modality,
        "source": citation(rule.sources[0]),
    }
    if len(rule.sources) > 1:
        entry["also_cites"] = [citation(c) for c in rule.sources[1:]]
    if rule.flags:
        entry["flags"] = list(rule.flags)
    return entry


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def duty_entry(a: DutyAssessment, rule: Rule) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "duty": a.duty.name,
        "due": _iso(a.due),
        "deadline": a.duty.timing.words,
        "status": a.status,
        "fulfilled_on": _iso(a.fulfilled_by.date) if a.fulfilled_by else None,
        "trigger": {
            "event": a.fact["event"],
            "date": _iso(a.trigger.date) if a.trigger else _iso(
                from_day_number(a.fact["event_day"]) if a.fact["event_day"] else None),
        },
    }
    if a.earliest:
        entry["earliest"] = _iso(a.earliest)
    if a.ended_on:
        entry["ended_on"] = _iso(a.ended_on)
    entry.update(_cited(rule))
    return entry


def decision_entry(fact: dict[str, Any], rule: Rule) -> dict[str, Any]:
    return {
        "decision": fact["name"],
        "value": fact["value"],
        "date": _iso(from_day_number(fact["day"])) if fact.get("day") else None,
        "trigger": {
            "event": fact["event"],
            "date": _iso(from_day_number(fact["event_day"])) if fact["event_day"] else None,
        },
        **_cited(rule),
    }


def _requirement_entry(fact: dict[str, Any], rule: Rule) -> dict[str, Any]:
    return {
        "requirement": fact["name"],
        "status": "met" if fact["met"] else "not_recorded",
        "event": fact["event"],
        "date": _iso(from_day_number(fact["event_day"])) if fact["event_day"] else None,
        **_cited(rule),
    }


def conflicts(duties: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Two or more rules giving one duty, from one trigger, different due dates."""
    groups: dict[tuple, list[dict[str, Any]]] = {}
    for d in duties:
        groups.setdefault((d["duty"], d["trigger"]["event"], d["trigger"]["date"]), []).append(d)
    found = []
    for (duty, event, day), entries in groups.items():
        if len({e["due"] for e in entries}) > 1:
            found.append({
                "duty": duty,
                "trigger": {"event": event, "date": day},
                "kind": "different deadlines",
                "rules": [e["rule"] for e in entries],
                "due": [e["due"] for e in entries],
                "sources": [e["source"] for e in entries],
            })
    return found


def _fact_summary(fact: dict[str, Any]) -> dict[str, Any]:
    summary = {k: v for k, v in fact.items() if k not in ("seq", "trigger_seq", "index")}
    for key in ("day", "event_day", "due_day", "start_day", "born", "expected_birth"):
        if isinstance(summary.get(key), int) and summary[key] > 0:
            summary[key.replace("_day", "") if key != "day" else "date"] = from_day_number(
                summary.pop(key)).isoformat()
    return summary


def build_report(ev: Evaluation, fingerprint: str, version: str) -> dict[str, Any]:
    rule = ev.rules
    duties = [duty_entry(a, rule[a.fact["rule"]]) for a in ev.duties]
    duties.sort(key=lambda d: (d["due"] or "9999", d["duty"], d["rule"]))
    decisions = [decision_entry(f, rule[f["rule"]]) for f in ev.decisions]
    requirements = [_requirement_entry(f, rule[f["rule"]]) for f in ev.requirements]
    trace = [
        {
            "step": n,
            "rule": rule_id_of(firing.rule),
            "matched": {alias: _fact_summary(f) for alias, f in firing.matched.items()},
            "produced": [_fact_summary(f) for f in firing.produced],
        }
        for n, firing in enumerate(ev.firings, start=1)
    ]
    return {
        "case": ev.case.reference,
        "authority": ev.case.authority,
        "as_of": ev.case.as_of.isoformat(),
        "knowledge_base": {"fingerprint": fingerprint, "version": version},
        "duties": duties,
        "decisions": decisions,
        "requirements": requirements,
        "conflicts": conflicts(duties),
        "trace": trace,
    }


def _timeline(report: dict[str, Any], events: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(date, line) pairs: what happened, and what fell due, in date order."""
    lines = [(day, f"event     {name}") for day, name in events]
    for d in report["duties"]:
        if d["due"]:
            lines.append((d["due"], f"due       {d['duty']} [{d['status']}] ({d['rule']})"))
    for d in report["decisions"]:
        if d["date"]:
            lines.append((d["date"], f"decision  {d['decision']} = {d['value']} ({d['rule']})"))
    return sorted(lines, key=lambda x: x[0])


def _deadline(duty: dict[str, Any]) -> str:
    start = f"{duty['trigger']['event']} {duty['trigger']['date']}"
    return deadline_phrase(duty["deadline"], start)


def _trace_lines(report: dict[str, Any]) -> list[str]:
    """One line per rule firing: the rule, the facts it matched, what it produced."""
    lines = []
    for step in report["trace"]:
        matched = ", ".join(
            f"{alias}={fact.get('name', fact.get('type'))} {fact.get('date', '')}".rstrip()
            for alias, fact in step["matched"].items()
        )
        produced = ", ".join(
            f"{f['type']} {f['name']}" + (f" = {f['value']}" if "value" in f else "")
            for f in step["produced"]
        )
        lines.append(f"{step['step']:>3}. {step['rule']}: {matched} -> {produced}")
    return lines


def render_text(report: dict[str, Any], events: list[tuple[str, str]]) -> str:
    out = [
        f"Case {report['case']} under {report['authority']}, as of {report['as_of']}",
        f"Knowledge base {report['knowledge_base']['version']} "
        f"{report['knowledge_base']['fingerprint']}",
        "",
        "Duties",
    ]
    for d in report["duties"]:
        done = f", done {d['fulfilled_on']}" if d["fulfilled_on"] else ""
        due = f"due {d['due']}, " if d["due"] else ""
        out.append(f"  {d['duty']}: {d['status'].upper()} - {due}{_deadline(d)}{done}")
        out.append(f"      {d['rule']} ({d['modality']}), {d['source']['paragraph']}: "
                   f"\"{d['source']['quote']}\"")
    out.append("")
    out.append("Decisions")
    for d in report["decisions"]:
        out.append(f"  {d['decision']} = {d['value']} ({d['date']})")
        out.append(f"      {d['rule']} ({d['modality']}), {d['source']['paragraph']}: "
                   f"\"{d['source']['quote']}\"")
    if report["requirements"]:
        out.append("")
        out.append("Requirements")
        for r in report["requirements"]:
            out.append(f"  {r['requirement']}: {r['status']} at {r['event']} {r['date']}")
            out.append(f"      {r['rule']} ({r['modality']}), {r['source']['paragraph']}")
    if report["conflicts"]:
        out.append("")
        out.append("Conflicts")
        for c in report["conflicts"]:
            out.append(f"  {c['duty']} after {c['trigger']['event']} {c['trigger']['date']}: "
                       + "; ".join(f"{r} says {d}" for r, d in zip(c["rules"], c["due"],
                                                                    strict=True)))
    out.append("")
    out.append("Timeline")
    out.extend(f"  {day}  {line}" for day, line in _timeline(report, events))
    out.append("")
    out.append("Trace (every rule firing, in order)")
    out.extend(f"  {line}" for line in _trace_lines(report))
    return "\n".join(out) + "\n"


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def render_markdown(report: dict[str, Any], events: list[tuple[str, str]]) -> str:
    out = [
        f"# Case {report['case']} ({report['authority']})",
        "",
        f"Evaluated as of **{report['as_of']}** with knowledge base "
        f"{report['knowledge_base']['version']} (`{report['knowledge_base']['fingerprint']}`).",
        "",
        "## Duties",
        "",
        "| duty | due | status | done | deadline | rule | source |",
        "|---|---|---|---|---|---|---|",
    ]
    for d in report["duties"]:
        out.append(
            f"| {d['duty']} | {d['due'] or ''} | **{d['status']}** | "
            f"{d['fulfilled_on'] or ''} | {_deadline(d)} | `{d['rule']}` ({d['modality']}) | "
            f"{d['source']['paragraph']}: \"{_md_escape(d['source']['quote'])}\" |"
        )
    out += ["", "## Decisions", "", "| decision | value | date | rule | source |",
            "|---|---|---|---|---|"]
    for d in report["decisions"]:
        out.append(
            f"| {d['decision']} | {d['value']} | {d['date']} | `{d['rule']}` ({d['modality']}) "
            f"| {d['source']['paragraph']}: \"{_md_escape(d['source']['quote'])}\" |"
        )
    if report["requirements"]:
        out += ["", "## Requirements", "", "| requirement | status | at | rule | source |",
                "|---|---|---|---|---|"]
        for r in report["requirements"]:
            out.append(f"| {r['requirement']} | {r['status']} | {r['event']} {r['date']} | "
                       f"`{r['rule']}` | {r['source']['paragraph']} |")
    out += ["", "## Conflicts", ""]
    if report["conflicts"]:
        for c in report["conflicts"]:
            out.append(f"- **{c['duty']}** after {c['trigger']['event']} {c['trigger']['date']}: "
                       + "; ".join(f"`{r}` says {d}" for r, d in zip(c["rules"], c["due"],
                                                                      strict=True)))
    else:
        out.append("None.")
    out += ["", "## Timeline", "", "```"]
    out.extend(f"{day}  {line}" for day, line in _timeline(report, events))
    out += ["```", "", "## Trace", "", "Every rule firing, in order: the facts it matched and "
            "what it produced.", "", "```"]
    out.extend(_trace_lines(report))
    out += ["```", ""]
    return "\n".join(out)

