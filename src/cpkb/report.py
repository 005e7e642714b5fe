"""The report of one evaluation: the JSON contract (docs/report.md) and its renderings for
people (Markdown and terminal text, each with a timeline)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from cpkb import tables
from cpkb.engine import without_bookkeeping
from cpkb.errors import printable
from cpkb.evaluation import Evaluation
from cpkb.facts import from_day_number
from cpkb.findings import Conflict, Decided, DutyFinding, Origin, Required, StatePeriod
from cpkb.occasions import CaseEvent, Link
from cpkb.rulebook import Citation, Rule, deadline_phrase

# The sentence ids a quote falls in (the kb's Paragraph.sentences_of), when known.
SentenceLookup = Callable[[Citation], list[str]]


def paragraph_anchor(paragraph_id: str) -> str:
    """The HTML anchor of a paragraph on its document's page of the site."""
    return paragraph_id.replace("/", "-")


def paragraph_url(paragraph_id: str) -> str:
    return f"documents/{paragraph_id.split('/', 1)[0]}/#{paragraph_anchor(paragraph_id)}"


def rule_url(rule_id: str) -> str:
    return f"rules/{rule_id}/"


def citation(c: Citation, sentences: SentenceLookup | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {"document": c.document, "paragraph": c.paragraph}
    if sentences is not None:
        entry["sentences"] = sentences(c)
    entry.update(quote=c.quote, url=paragraph_url(c.paragraph))
    return entry


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def event_ref(event: CaseEvent) -> dict[str, Any]:
    """An event as a report names it: its name and date, and its id when the file gives one."""
    ref: dict[str, Any] = {"event": event.name, "date": _iso(event.event.date)}
    if event.event.id is not None:
        ref["id"] = event.event.id
    return ref


def _origin(origin: Origin) -> dict[str, Any]:
    if origin.event is not None:
        return event_ref(origin.event)
    return {"event": origin.name, "date": _iso(origin.date)}


class ReportBuilder:
    """Turns findings into the entries of the JSON report."""

    def __init__(self, sentences: SentenceLookup | None = None) -> None:
        self.sentences = sentences
        # A rule's citation is the same in every entry it is in (a caseload has thousands):
        # built once, merged into each entry, never modified.
        self._cited: dict[str, dict[str, Any]] = {}

    def cited(self, rule: Rule) -> dict[str, Any]:
        if rule.id not in self._cited:
            self._cited[rule.id] = self._citing(rule)
        return self._cited[rule.id]

    def _citing(self, rule: Rule) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "rule": rule.id,
            "modality": rule.modality,
            "source": citation(rule.sources[0], self.sentences),
        }
        if len(rule.sources) > 1:
            entry["also_cites"] = [citation(c, self.sentences) for c in rule.sources[1:]]
        if rule.flags:
            entry["flags"] = list(rule.flags)
        return entry

    def duty(self, finding: DutyFinding) -> dict[str, Any]:
        raised = finding.raised
        entry: dict[str, Any] = {
            "duty": finding.name,
            "due": _iso(raised.due),
            "deadline": raised.duty.timing.words,
            "status": finding.status,
            "fulfilled_on": _iso(finding.fulfilled_by.event.date) if finding.fulfilled_by
            else None,
            "trigger": _origin(raised.origin),
        }
        if raised.occasion is not None and raised.occasion is not raised.origin.event:
            entry["occasion"] = event_ref(raised.occasion)
        if finding.item is not None:
            entry["item"] = {**event_ref(finding.item),
                             **({"author": finding.item.event.attributes["author"]}
                                if "author" in finding.item.event.attributes else {})}
        if finding.upcoming:
            entry["upcoming"] = True
        if finding.earliest:
            entry["earliest"] = _iso(finding.earliest)
        if finding.ended_on:
            entry["ended_on"] = _iso(finding.ended_on)
        entry.update(self.cited(finding.rule))
        return entry

    def decision(self, decided: Decided) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "decision": decided.name,
            "value": decided.value,
            "date": _iso(decided.date),
            "trigger": _origin(decided.origin),
        }
        if decided.occasion is not None and decided.occasion is not decided.origin.event:
            entry["occasion"] = event_ref(decided.occasion)
        if decided.upcoming:
            entry["upcoming"] = True
        entry.update(self.cited(decided.rule))
        return entry

    def requirement(self, required: Required) -> dict[str, Any]:
        return {
            "requirement": required.name,
            "status": "met" if required.met else "not_recorded",
            "event": required.origin.name,
            "date": _iso(required.origin.date),
            **self.cited(required.rule),
        }

    def conflict(self, conflict: Conflict) -> dict[str, Any]:
        duty = conflict.kind == "different deadlines"
        return {
            "duty" if duty else "decision": conflict.name,
            "trigger": _origin(conflict.origin),
            "kind": conflict.kind,
            "rules": [r.id for r in conflict.rules],
            "due" if duty else "values": [
                _iso(a) if duty else a for a in conflict.answers],
            "sources": [citation(r.sources[0], self.sentences) for r in conflict.rules],
        }


def _link(link: Link) -> dict[str, Any]:
    return {**event_ref(link.event),
            "for": event_ref(link.conference) if link.conference else None,
            "link": link.how, "why": link.why}


def _state(period: StatePeriod, as_of: date) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "state": period.state, "from": _iso(period.start), "to": _iso(period.end),
        "started_by": period.started_by.rule.id,
        "ended_by": period.ended_by.rule.id if period.ended_by else None,
    }
    if period.end is not None and period.end > as_of:
        entry["end_upcoming"] = True
    return entry


def _fact_summary(fact: dict[str, Any]) -> dict[str, Any]:
    summary = {k: v for k, v in without_bookkeeping(fact).items()
               if k not in ("seq", "trigger_seq", "origin_seq", "occasion", "identity")}
    for key in ("day", "event_day", "due_day", "start_day", "born", "expected_birth",
                "end_day"):
        if isinstance(summary.get(key), int) and 0 < summary[key] < date.max.toordinal():
            summary[key.replace("_day", "") if key != "day" else "date"] = from_day_number(
                summary.pop(key)).isoformat()
    return summary


def _sort_key(entry: dict[str, Any]) -> tuple:
    return (entry["due"] or "9999", entry["duty"], entry["rule"],
            (entry.get("item") or {}).get("date") or "")


def build_report(ev: Evaluation, fingerprint: str, version: str,
                 sentences: SentenceLookup | None = None) -> dict[str, Any]:
    build = ReportBuilder(sentences)
    duties = sorted((build.duty(f) for f in ev.duties), key=_sort_key)
    trace = [
        {
            "step": n,
            "rule": firing.rule,
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
        "decisions": [build.decision(d) for d in ev.decisions],
        "requirements": [build.requirement(r) for r in ev.requirements],
        "conflicts": [build.conflict(c) for c in ev.conflicts],
        "states": [_state(p, ev.case.as_of) for p in ev.states],
        "links": [_link(link) for link in ev.links],
        "not_used": [{"event": n.event.name, "date": _iso(n.event.date),
                      **({"id": n.event.id} if n.event.id else {}), "why": n.why}
                     for n in ev.not_used],
        "trace": trace,
    }


# -- for people --------------------------------------------------------------------------

def _timeline(report: dict[str, Any], events: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(date, line) pairs: what happened, and what fell due, in date order."""
    lines = [(day, f"event     {name}") for day, name in events]
    for d in report["duties"]:
        if d["due"]:
            lines.append((d["due"], f"due       {d['duty']} [{d['status']}] ({d['rule']})"))
    for d in report["decisions"]:
        if d["date"]:
            word = "upcoming " if d.get("upcoming") else "decision "
            lines.append((d["date"], f"{word} {d['decision']} = {d['value']} ({d['rule']})"))
    lines.append((report["as_of"], "as of     (the evaluation date)"))
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


def _ref(ref: dict[str, Any] | None) -> str:
    if ref is None:
        return "no conference"
    name = f"{ref['event']} {ref['date']}"
    return f"{name} ({ref['id']})" if "id" in ref else name


def status_words(d: dict[str, Any]) -> str:
    """A duty's status for people: an open duty with no due date says so, so that "not yet
    due" and "no date can be given" do not look the same."""
    if d["status"] == "open" and not d["due"]:
        return "open, no due date"
    return d["status"]


def _duty_line(d: dict[str, Any]) -> str:
    done = f", done {d['fulfilled_on']}" if d["fulfilled_on"] else ""
    due = f"due {d['due']}, " if d["due"] else ""
    item = f" [{_ref(d['item'])}]" if "item" in d else ""
    return f"{d['duty']}{item}: {status_words(d).upper()} - {due}{_deadline(d)}{done}"


def _conflict_line(c: dict[str, Any]) -> str:
    name = c.get("duty") or c["decision"]
    answers = c.get("due") or c.get("values") or []
    return (f"{name} at {c['trigger']['event']} {c['trigger']['date']}: "
            + "; ".join(f"{r} says {a}" for r, a in zip(c["rules"], answers, strict=True)))


def _sections(report: dict[str, Any]) -> dict[str, Any]:
    return {
        "duties": [d for d in report["duties"] if not d.get("upcoming")],
        "decisions": [d for d in report["decisions"] if not d.get("upcoming")],
        "upcoming_duties": [d for d in report["duties"] if d.get("upcoming")],
        "upcoming": [d for d in report["decisions"] if d.get("upcoming")],
        "assumed": [link for link in report["links"] if link["link"] != "given"],
    }


def render_text(report: dict[str, Any], events: list[tuple[str, str]]) -> str:
    parts = _sections(report)
    out = [
        f"Case {report['case']} under {report['authority']}, as of {report['as_of']}",
        f"Knowledge base {report['knowledge_base']['version']} "
        f"{report['knowledge_base']['fingerprint']}",
        "",
        "Duties",
    ]
    for d in parts["duties"]:
        out.append(f"  {_duty_line(d)}")
        out.append(f"      {d['rule']} ({d['modality']}), {d['source']['paragraph']}: "
                   f"\"{d['source']['quote']}\"")
    out += ["", "Decisions"]
    for d in parts["decisions"]:
        out.append(f"  {d['decision']} = {d['value']} ({d['date']})")
        out.append(f"      {d['rule']} ({d['modality']}), {d['source']['paragraph']}: "
                   f"\"{d['source']['quote']}\"")
    if parts["upcoming"] or parts["upcoming_duties"]:
        out += ["", "Upcoming (follow from what is known, after the evaluation date)"]
        for d in parts["upcoming"]:
            out.append(f"  {d['decision']} = {d['value']} on {d['date']}")
            out.append(f"      {d['rule']} ({d['modality']}), {d['source']['paragraph']}: "
                       f"\"{d['source']['quote']}\"")
        for d in parts["upcoming_duties"]:
            out.append(f"  {_duty_line(d)}")
            out.append(f"      {d['rule']} ({d['modality']}), {d['source']['paragraph']}: "
                       f"\"{d['source']['quote']}\"")
    if report["states"]:
        out += ["", "States"]
        for s in report["states"]:
            until = f"to {s['to']}" if s["to"] else "in force"
            out.append(f"  {s['state']}: from {s['from']} {until} ({s['started_by']}"
                       + (f", ended by {s['ended_by']})" if s["ended_by"] else ")"))
    if report["requirements"]:
        out += ["", "Requirements"]
        for r in report["requirements"]:
            out.append(f"  {r['requirement']}: {r['status']} at {r['event']} {r['date']}")
            out.append(f"      {r['rule']} ({r['modality']}), {r['source']['paragraph']}")
    if report["conflicts"]:
        out += ["", "Conflicts"]
        out += [f"  {_conflict_line(c)}" for c in report["conflicts"]]
    if parts["assumed"]:
        out += ["", "Links assumed (events that name no conference)"]
        out += [f"  {_ref(link)} -> {_ref(link['for'])}: {link['why']}"
                for link in parts["assumed"]]
    if report["not_used"]:
        out += ["", "Not used"]
        out += [f"  {_ref(n)}: {n['why']}" for n in report["not_used"]]
    out += ["", "Timeline"]
    out.extend(f"  {day}  {line}" for day, line in _timeline(report, events))
    out += ["", "Trace (every rule firing, in order)"]
    out.extend(f"  {line}" for line in _trace_lines(report))
    return printable("\n".join(out) + "\n")


def _source(d: dict[str, Any]) -> str:
    return f"{d['source']['paragraph']}: \"{d['source']['quote']}\""


def _duty_table(duties: list[dict[str, Any]]) -> list[str]:
    return tables.markdown(["duty", "due", "status", "done", "deadline", "rule", "source"], [
        [d["duty"] + (f" ({_ref(d['item'])})" if "item" in d else ""), d["due"] or "",
         f"**{status_words(d)}**", d["fulfilled_on"] or "", _deadline(d),
         f"`{d['rule']}` ({d['modality']})", _source(d)]
        for d in duties])


def render_markdown(report: dict[str, Any], events: list[tuple[str, str]]) -> str:
    parts = _sections(report)
    out = [
        f"# Case {report['case']} ({report['authority']})",
        "",
        f"Evaluated as of **{report['as_of']}** with knowledge base "
        f"{report['knowledge_base']['version']} (`{report['knowledge_base']['fingerprint']}`).",
        "",
        "## Duties",
        "",
        *_duty_table(parts["duties"]),
        "", "## Decisions", "",
        *tables.markdown(["decision", "value", "date", "rule", "source"], [
            [d["decision"], d["value"], d["date"], f"`{d['rule']}` ({d['modality']})",
             _source(d)] for d in parts["decisions"]]),
    ]
    if parts["upcoming"] or parts["upcoming_duties"]:
        out += ["", "## Upcoming", "",
                "Decisions that follow from what is known but fall after the evaluation "
                "date, and the duties they raise; they are not in force on it.", "",
                *tables.markdown(["decision", "value", "date", "rule", "source"], [
                    [d["decision"], d["value"], d["date"], f"`{d['rule']}` ({d['modality']})",
                     _source(d)] for d in parts["upcoming"]])]
        if parts["upcoming_duties"]:
            out += ["", *_duty_table(parts["upcoming_duties"])]
    if report["states"]:
        out += ["", "## States", "",
                *tables.markdown(["state", "from", "to", "started by", "ended by"], [
                    [s["state"], s["from"], s["to"] or "(in force)", f"`{s['started_by']}`",
                     f"`{s['ended_by']}`" if s["ended_by"] else ""]
                    for s in report["states"]])]
    if report["requirements"]:
        out += ["", "## Requirements", "",
                *tables.markdown(["requirement", "status", "at", "rule", "source"], [
                    [r["requirement"], r["status"], f"{r['event']} {r['date']}",
                     f"`{r['rule']}`", r["source"]["paragraph"]]
                    for r in report["requirements"]])]
    out += ["", "## Conflicts", ""]
    out += [f"- {tables.cell(_conflict_line(c))}" for c in report["conflicts"]] or ["None."]
    if parts["assumed"]:
        out += ["", "## Links assumed", "",
                *tables.markdown(["event", "belongs to", "why"], [
                    [_ref(link), _ref(link["for"]), link["why"]]
                    for link in parts["assumed"]])]
    if report["not_used"]:
        out += ["", "## Not used", "",
                *tables.markdown(["event", "why"],
                                 [[_ref(n), n["why"]] for n in report["not_used"]])]
    out += ["", "## Timeline", "", "```"]
    out.extend(f"{day}  {line}" for day, line in _timeline(report, events))
    out += ["```", "", "## Trace", "", "Every rule firing, in order: the facts it matched and "
            "what it produced.", "", "```"]
    out.extend(_trace_lines(report))
    out += ["```", ""]
    return printable("\n".join(out))
