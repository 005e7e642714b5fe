// The case form: its fields come from GET /vocabulary, the case goes to POST /evaluate as
// JSON, and the report comes back as `cpkb evaluate --format json` gives it. Nothing is
// stored: the token and the case live in this page's memory only.
"use strict";

(() => {
  let token = null;
  let vocabulary = null;
  let shown = null; // {case, report} of the report on screen, for its downloads

  const $ = (id) => document.getElementById(id);

  // An element with properties (class, text, value, ...) or attributes (data-*, aria-*,
  // for) and children (nodes or strings, strings as text: case data is never markup).
  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("data-") || key.startsWith("aria-") || key === "for") {
        node.setAttribute(key, value);
      } else node[key] = value;
    }
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  }

  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs = {}, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function authorization() {
    return token === null ? {} : { Authorization: `Bearer ${token}` };
  }

  // ---- the fields, from the vocabulary ----

  function options(select, entries, blank) {
    if (blank !== undefined) select.append(el("option", { value: "", text: blank }));
    for (const [value, text, title] of entries) {
      select.append(el("option", { value, text, title }));
    }
    return select;
  }

  // One attribute's input and how to read it: undefined is "not given", left out of the case.
  function widget(attribute) {
    const key = attribute.name;
    const agencies = Object.entries(vocabulary.agencies);
    switch (attribute.type) {
      case "date": {
        const input = el("input", { type: "date", "data-key": key });
        return { node: input, read: () => input.value || undefined };
      }
      case "bool": {
        // A checkbox has two states, enough where the attribute must be given; else "not
        // recorded" is a third answer, and a rule may read false and absent differently.
        if (attribute.required) {
          const box = el("input", { type: "checkbox", "data-key": key });
          return { node: box, read: () => box.checked };
        }
        const select = options(el("select", { "data-key": key }),
                               [["true", "yes"], ["false", "no"]], "not recorded");
        return { node: select, read: () => (select.value ? select.value === "true" : undefined) };
      }
      case "int": {
        const input = el("input", { type: "number", min: 0, step: 1, "data-key": key });
        return { node: input, read: () => (input.value === "" ? undefined : Number(input.value)) };
      }
      case "choice": {
        const select = options(el("select", { "data-key": key }),
                               attribute.choices.map((c) => [c, c]), "not recorded");
        return { node: select, read: () => select.value || undefined };
      }
      case "agency": {
        const select = options(el("select", { "data-key": key }),
                               agencies.map(([name, about]) => [name, name, about]),
                               "not recorded");
        return { node: select, read: () => select.value || undefined };
      }
      case "agencies": {
        const group = el("span", { class: "choices", "data-key": key });
        for (const [name, about] of agencies) {
          group.append(el("label", { title: about },
                          el("input", { type: "checkbox", value: name }), ` ${name}`));
        }
        const read = () => {
          const ticked = [...group.querySelectorAll("input:checked")].map((i) => i.value);
          return ticked.length ? ticked : undefined;
        };
        return { node: group, read };
      }
      case "requirements": {
        const select = options(el("select", { multiple: true, size: 4, "data-key": key }),
                               Object.entries(vocabulary.requirements)
                                 .map(([name, about]) => [name, name, about]));
        const read = () => {
          const chosen = [...select.selectedOptions].map((o) => o.value);
          return chosen.length ? chosen : undefined;
        };
        return { node: select, read };
      }
      case "votes": {
        const group = el("span", { class: "votes", "data-key": key });
        const sides = ["plan", "no_plan"].map((side) => {
          const input = el("input", { type: "number", min: 0, step: 1, "data-side": side });
          group.append(el("label", {}, `${side} `, input));
          return [side, input];
        });
        const read = () => {
          const given = sides.filter(([, input]) => input.value !== "")
            .map(([side, input]) => [side, Number(input.value)]);
          return given.length ? Object.fromEntries(given) : undefined;
        };
        return { node: group, read };
      }
      default: { // text, or a type this page does not know: the server judges the words
        const input = el("input", { type: "text", "data-key": key });
        return { node: input, read: () => (input.value.trim() ? input.value : undefined) };
      }
    }
  }

  function field(attribute, made) {
    const name = attribute.required ? `${attribute.name} (required)` : attribute.name;
    return el("div", { class: "field" },
              el("label", {}, el("span", { class: "name", text: name }), made.node),
              el("small", { class: "help", text: attribute.description }));
  }

  const childFields = [];

  function buildChild() {
    const box = $("child");
    for (const attribute of vocabulary.child) {
      const made = widget(attribute);
      childFields.push([attribute.name, made.read]);
      box.append(field(attribute, made));
    }
  }

  const events = new Map(); // event name -> its vocabulary entry

  // Each row of the events list keeps how to read it.
  const rows = new WeakMap();

  function addEvent() {
    const choose = options(el("select", { "data-key": "event" }),
                           [...events.values()].map((e) => [e.name, e.name, e.description]),
                           "choose an event");
    const date = el("input", { type: "date", "data-key": "date" });
    const id = el("input", { type: "text", "data-key": "id", placeholder: "optional" });
    const about = el("small", { class: "help" });
    const attributes = el("div", { class: "attributes" });
    const remove = el("button", { type: "button", class: "remove", text: "Remove" });
    const row = el("li", { class: "event" },
                   el("div", { class: "event-head" },
                      el("label", {}, el("span", { class: "name", text: "event" }), choose),
                      el("label", {}, el("span", { class: "name", text: "date" }), date),
                      el("label", { title: "a short name other events can refer to (for:)" },
                         el("span", { class: "name", text: "id" }), id),
                      remove),
                   about, attributes);
    const state = { read: [] };
    rows.set(row, state);
    choose.addEventListener("change", () => {
      const chosen = events.get(choose.value);
      about.textContent = chosen ? chosen.description : "";
      attributes.replaceChildren();
      state.read = [];
      if (!chosen) return;
      const all = [...chosen.attributes];
      if (chosen.link) {
        all.push({ name: "for", type: "text", required: false,
                   description: "the id of the conference this belongs to (else: "
                     + (chosen.link === "next" ? "the next conference on or after its date)"
                                              : "the latest conference on or before its date)") });
      }
      for (const attribute of all) {
        const made = widget(attribute);
        state.read.push([attribute.name, made.read]);
        attributes.append(field(attribute, made));
      }
    });
    remove.addEventListener("click", () => row.remove());
    state.base = () => ({ event: choose.value || undefined, date: date.value || undefined,
                          id: id.value.trim() || undefined });
    $("events").append(row);
    return row;
  }

  function given(entries) {
    return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
  }

  // The case as typed, as a case file holds it.
  function caseFromForm() {
    const data = { case: $("case-ref").value.trim() || undefined,
                   authority: $("authority").value || undefined,
                   as_of: $("as-of").value || undefined };
    const child = given(childFields.map(([name, read]) => [name, read()]));
    if (Object.keys(child).length) data.child = child;
    data.events = [...$("events").children].map((row) => {
      const state = rows.get(row);
      return given([...Object.entries(state.base()),
                    ...state.read.map(([name, read]) => [name, read()])]);
    });
    return given(Object.entries(data));
  }

  // ---- a problem with the case: the server's message, beside the form ----

  function fieldAt(place) {
    const child = /^child\.([a-z_]+)/.exec(place);
    if (child) return $("child").querySelector(`[data-key="${child[1]}"]`);
    const event = /^events\[(\d+)\](?:\.([a-z_]+))?/.exec(place);
    if (event) {
      const row = $("events").children[Number(event[1])];
      return row && (row.querySelector(`[data-key="${event[2] || "event"}"]`) || row);
    }
    return document.querySelector(`[data-place="${place.split(/[.[]/)[0]}"]`);
  }

  function clearProblem() {
    $("problem").hidden = true;
    for (const marked of document.querySelectorAll(".invalid")) {
      marked.classList.remove("invalid");
      marked.removeAttribute("aria-invalid");
    }
  }

  function showProblem(message, place) {
    $("problem-message").textContent = message;
    $("problem").hidden = false;
    const at = place ? fieldAt(place) : null;
    if (at) {
      at.classList.add("invalid");
      at.setAttribute("aria-invalid", "true");
      at.scrollIntoView({ block: "center" });
    }
  }

  // ---- the report ----

  function siteLink(url, text) {
    const site = vocabulary.site.endsWith("/") ? vocabulary.site : `${vocabulary.site}/`;
    return el("a", { href: site + url, text, rel: "noreferrer" });
  }

  function citation(source) {
    return el("div", { class: "citation" },
              el("blockquote", { text: source.quote }),
              siteLink(source.url, source.paragraph));
  }

  function why(entry) {
    return el("td", { class: "why" },
              siteLink(`rules/${entry.rule}/`, entry.rule), ` (${entry.modality})`,
              entry.flags ? el("span", { class: "flags", text: ` ${entry.flags.join(", ")}` })
                          : null,
              citation(entry.source),
              ...(entry.also_cites || []).map(citation));
  }

  function origin(trigger) {
    return trigger ? `${trigger.event}${trigger.id ? ` (${trigger.id})` : ""} ${trigger.date}` : "";
  }

  function table(headings, lines) {
    if (!lines.length) return el("p", { text: "None." });
    return el("table", {},
              el("thead", {}, el("tr", {}, ...headings.map((h) => el("th", { text: h })))),
              el("tbody", {}, ...lines));
  }

  function named(name, descriptions) {
    return el("td", {}, el("strong", { text: name }),
              descriptions[name] ? el("small", { class: "help", text: descriptions[name] }) : null);
  }

  function duties(report) {
    return table(["duty", "due", "deadline", "status", "done on", "runs from", "rule and source"],
      report.duties.map((d) => el("tr", { "data-duty": d.duty },
        named(d.duty, vocabulary.duties),
        el("td", { class: "due", text: d.due || "no date" }),
        el("td", { text: d.deadline || "" }),
        el("td", {}, el("span", { class: `status ${d.status}`, text: d.status }),
           d.upcoming ? " upcoming" : null,
           d.ended_on ? ` (${d.ended_on <= report.as_of ? "the plan ended" : "while the plan lasts, to"} ${d.ended_on})`
                      : null),
        el("td", { class: "day", text: d.fulfilled_on || "" }),
        el("td", { text: origin(d.trigger) + (d.occasion ? `; for ${origin(d.occasion)}` : "") }),
        why(d))));
  }

  function decisions(report) {
    return table(["decision", "value", "date", "because of", "rule and source"],
      report.decisions.map((d) => el("tr", { "data-decision": d.decision },
        named(d.decision, vocabulary.decisions),
        el("td", { class: "value", text: JSON.stringify(d.value) }),
        el("td", { text: d.date + (d.upcoming ? " (upcoming)" : "") }),
        el("td", { text: origin(d.trigger) }),
        why(d))));
  }

  function states(report) {
    return table(["state", "from", "to", "started by", "ended by"],
      report.states.map((s) => el("tr", {},
        el("td", { text: s.state }), el("td", { text: s.from }),
        el("td", { text: (s.to || "still in force") + (s.end_upcoming ? " (upcoming)" : "") }),
        el("td", { text: s.started_by || "" }), el("td", { text: s.ended_by || "" }))));
  }

  function conflicts(report) {
    return table(["between", "kind", "for", "rules and answers"],
      report.conflicts.map((c) => el("tr", {},
        el("td", { text: c.duty || c.decision }), el("td", { text: c.kind }),
        el("td", { text: origin(c.trigger) }),
        el("td", { class: "why" }, ...c.rules.map((rule, i) => el("div", {},
          siteLink(`rules/${rule}/`, rule),
          `: ${JSON.stringify((c.due || c.values)[i])}`, citation(c.sources[i])))))));
  }

  function notUsed(report) {
    return table(["event", "date", "why"],
      report.not_used.map((n) => el("tr", {},
        el("td", { text: n.event + (n.id ? ` (${n.id})` : "") }), el("td", { text: n.date }),
        el("td", { text: n.why }))));
  }

  function requirements(report) {
    $("requirement-count").textContent = `${report.requirements.length}, `
      + `${report.requirements.filter((r) => r.status === "met").length} met`;
    return table(["requirement", "status", "at", "rule and source"],
      report.requirements.map((r) => el("tr", {},
        named(r.requirement, vocabulary.requirements),
        el("td", {}, el("span", { class: `status ${r.status}`, text: r.status })),
        el("td", { text: `${r.event} ${r.date}` }), why(r))));
  }

  // ---- the timeline: each event, and each duty from its start to its due date ----

  const DAY = 86400000;
  const dayOf = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
  const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);

  function timeline(data, report) {
    const unused = new Set(report.not_used.map((n) => `${n.event} ${n.date}`));
    const lines = [
      ...data.events.filter((e) => e.date).map((e) => ({
        label: `${e.event} ${e.date}`, kind: unused.has(`${e.event} ${e.date}`) ? "unused" : "event",
        at: dayOf(e.date) })),
      ...report.duties.filter((d) => d.due).map((d) => ({
        label: `${d.duty} due ${d.due}`, kind: `duty ${d.status}`, at: dayOf(d.due),
        from: d.trigger ? dayOf(d.trigger.date) : undefined,
        done: d.fulfilled_on ? dayOf(d.fulfilled_on) : undefined })),
    ];
    const asOf = dayOf(report.as_of);
    const days = [asOf, ...lines.flatMap((l) => [l.at, l.from, l.done])]
      .filter((d) => d !== undefined);
    const first = Math.min(...days) - 3;
    const last = Math.max(...days) + 3;
    const left = 330;
    const width = 1000;
    const top = 30;
    const row = 20;
    const height = top + row * lines.length + 10;
    const x = (day) => left + ((day - first) / (last - first)) * (width - left - 10);
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img",
                               "aria-label": `timeline to ${report.as_of}` });
    // Month starts for the axis; weeks too when the case spans a few months at most.
    const ticks = [];
    for (let day = Math.ceil(first); day <= last; day += 1) {
      const iso = isoOf(day);
      if (iso.endsWith("-01") || (last - first < 120 && new Date(day * DAY).getUTCDay() === 1)) {
        ticks.push([day, iso.endsWith("-01")]);
      }
    }
    for (const [day, month] of ticks) {
      chart.append(svg("line", { x1: x(day), x2: x(day), y1: top - 6, y2: height,
                                 class: month ? "tick month" : "tick" }));
      if (month) chart.append(svg("text", { x: x(day) + 3, y: 12, class: "axis" }, isoOf(day).slice(0, 7)));
    }
    chart.append(svg("line", { x1: x(asOf), x2: x(asOf), y1: 0, y2: height, class: "as-of" }));
    chart.append(svg("text", { x: x(asOf) + 3, y: 24, class: "as-of" }, `as of ${report.as_of}`));
    lines.forEach((line, i) => {
      const y = top + row * i + row / 2;
      const group = svg("g", { class: line.kind });
      group.append(svg("title", {}, line.label));
      group.append(svg("text", { x: left - 8, y: y + 4, "text-anchor": "end" }, line.label));
      if (line.from !== undefined) {
        group.append(svg("line", { x1: x(line.from), x2: x(line.at), y1: y, y2: y, class: "span" }));
      }
      if (line.kind.startsWith("duty")) {
        const at = x(line.at);
        group.append(svg("path", { d: `M${at} ${y - 6}L${at + 6} ${y}L${at} ${y + 6}L${at - 6} ${y}Z`,
                                   class: "due" }));
      } else {
        group.append(svg("circle", { cx: x(line.at), cy: y, r: 5, class: "mark" }));
      }
      if (line.done !== undefined) {
        group.append(svg("circle", { cx: x(line.done), cy: y, r: 3.5, class: "done" }));
      }
      chart.append(group);
    });
    return chart;
  }

  function showReport(data, report) {
    shown = { case: data, report };
    const authority = vocabulary.authorities.find((a) => a.name === report.authority);
    $("report-head").textContent = `Case ${report.case} under ${authority ? authority.title
      : report.authority}, evaluated on ${report.as_of}. Knowledge base ${
      report.knowledge_base.version}, ${report.knowledge_base.fingerprint.slice(0, 19)}…`;
    $("timeline").replaceChildren(timeline(data, report));
    $("duties").replaceChildren(duties(report));
    $("decisions").replaceChildren(decisions(report));
    $("states").replaceChildren(states(report));
    $("conflicts").replaceChildren(conflicts(report));
    $("not-used").replaceChildren(notUsed(report));
    $("requirements").replaceChildren(requirements(report));
    $("report").hidden = false;
  }

  async function evaluate(submitted) {
    submitted.preventDefault();
    clearProblem();
    $("report").hidden = true;
    const data = caseFromForm();
    let answer;
    try {
      answer = await fetch("/evaluate", {
        method: "POST", body: JSON.stringify(data),
        headers: { "Content-Type": "application/json", ...authorization() } });
    } catch {
      showProblem("The server did not answer.");
      return;
    }
    const body = await answer.json().catch(() => null);
    if (answer.ok && body) {
      showReport(data, body);
    } else if (answer.status === 401) {
      askToken("The server refused the token.");
    } else {
      const error = body && body.error;
      showProblem(error ? error.message : `The server answered ${answer.status}.`,
                  error && error.place);
    }
  }

  // ---- downloads, made in the page ----

  function download(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = el("a", { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const fileName = (data, tail) => `${String(data.case || "case").replace(/[^A-Za-z0-9._-]+/g, "-")}${tail}`;

  // YAML as the examples are written: names and dates bare, any other text double-quoted
  // with every character past printable ASCII escaped (YAML refuses some, and reads some
  // as line breaks).
  const YAML_WORDS = new Set(["yes", "no", "true", "false", "on", "off", "null"]);
  function yamlScalar(value) {
    if (typeof value !== "string") return String(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
    if (/^[a-z][a-z0-9_]*$/.test(value) && !YAML_WORDS.has(value)) return value;
    let out = '"';
    for (const ch of value) {
      const code = ch.codePointAt(0);
      if (ch === '"' || ch === "\\") out += `\\${ch}`;
      else if (code >= 0x20 && code < 0x7f) out += ch;
      else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, "0")}`;
      else out += `\\U${code.toString(16).padStart(8, "0")}`;
    }
    return `${out}"`;
  }

  function yamlValue(value) {
    if (Array.isArray(value)) return `[${value.map(yamlScalar).join(", ")}]`;
    if (typeof value === "object") {
      return `{${Object.entries(value).map(([k, v]) => `${k}: ${yamlScalar(v)}`).join(", ")}}`;
    }
    return yamlScalar(value);
  }

  function yaml(data) {
    const site = vocabulary.site.endsWith("/") ? vocabulary.site : `${vocabulary.site}/`;
    const out = [`# yaml-language-server: $schema=${site}schemas/case.schema.json`];
    for (const [key, value] of Object.entries(data)) {
      if (key === "events") {
        out.push(value.length ? "events:" : "events: []");
        for (const event of value) {
          Object.entries(event).forEach(([k, v], i) => {
            out.push(`${i ? "    " : "  - "}${k}: ${yamlValue(v)}`);
          });
          if (!Object.keys(event).length) out.push("  - {}");
        }
      } else if (key === "child") {
        out.push("child:", ...Object.entries(value).map(([k, v]) => `  ${k}: ${yamlValue(v)}`));
      } else {
        out.push(`${key}: ${yamlValue(value)}`);
      }
    }
    return `${out.join("\n")}\n`;
  }

  // ---- start: the vocabulary, asking for the token when the server wants one ----

  function askToken(message) {
    token = null;
    $("work").hidden = true;
    $("token-box").hidden = false;
    $("token-error").textContent = message || "";
    $("token").focus();
  }

  async function start() {
    let answer;
    try {
      answer = await fetch("/vocabulary", { headers: authorization() });
    } catch {
      $("footer").textContent = "The server did not answer; reload the page to try again.";
      return;
    }
    if (answer.status === 401) {
      askToken(token === null ? "" : "The server refused the token.");
      return;
    }
    vocabulary = await answer.json();
    $("token-box").hidden = true;
    for (const e of vocabulary.events) events.set(e.name, e);
    options($("authority"), vocabulary.authorities.map((a) => [a.name, `${a.title} (${a.name})`]),
            "choose the authority");
    buildChild();
    addEvent();
    $("footer").textContent = `Knowledge base ${vocabulary.knowledge_base.version}; `
      + `citations link to ${vocabulary.site}`;
    $("work").hidden = false;
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("token-use").addEventListener("click", () => {
      token = $("token").value;
      $("token").value = "";
      if (vocabulary === null) {
        start();
      } else { // refused on evaluating: what was typed is still there, to send again
        $("token-box").hidden = true;
        $("work").hidden = false;
      }
    });
    $("case-form").addEventListener("submit", evaluate);
    $("add-event").addEventListener("click", () => addEvent().querySelector("select").focus());
    $("download-yaml").addEventListener("click", () => {
      const data = caseFromForm();
      download(fileName(data, ".yaml"), yaml(data), "application/yaml");
    });
    $("download-json").addEventListener("click", () => {
      const data = caseFromForm();
      download(fileName(data, ".json"), `${JSON.stringify(data, null, 2)}\n`, "application/json");
    });
    $("download-report").addEventListener("click", () => {
      download(fileName(shown.case, "-report.json"), `${JSON.stringify(shown.report, null, 2)}\n`,
               "application/json");
    });
    start();
  });
})();
