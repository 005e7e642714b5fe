"""The scenario files (features/<authority>/*.feature), read by the Gherkin parser that
pytest-bdd runs them with: one reader for `cpkb lint` (tags, duplicate names) and the site
(each feature's page)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gherkin.errors import ParserError
from gherkin.parser import Parser
from gherkin.token_scanner import TokenScanner

from cpkb.errors import InputError

RULE_TAG = "@rule:"  # a scenario's tag naming the rule it tests: @rule:bolton.icpc.timing
# A `# -- heading --` comment: the scenarios after it come under that heading on the site.
_SECTION_COMMENT = re.compile(r"^#\s*-{2,}\s*(.*?)\s*-*\s*$")


@dataclass(frozen=True)
class Scenario:
    name: str
    line: int
    rules: tuple[str, ...]  # from its @rule:<id> tags
    description: str
    steps: tuple[str, ...]  # Gherkin lines, data tables included
    section: str  # the `# -- heading --` comment it comes under, "" before any


@dataclass(frozen=True)
class Feature:
    uri: str  # under features/, as the cucumber JSON names it: bolton/core-group.feature
    name: str
    description: str
    background: tuple[str, ...]
    scenarios: tuple[Scenario, ...]

    @property
    def document(self) -> str:
        return self.uri.split("/", 1)[0]


def _step_lines(steps: list[dict[str, Any]]) -> tuple[str, ...]:
    lines = []
    for step in steps:
        keyword = step["keyword"].strip()
        indent = "  " if step.get("keywordType") == "Conjunction" else ""
        lines.append(f"{indent}{keyword} {step['text']}")
        table = step.get("dataTable")
        if table:
            rows = [[cell["value"] for cell in row["cells"]] for row in table["rows"]]
            widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
            lines += [f"{indent}    | " + " | ".join(c.ljust(w) for c, w in zip(row, widths,
                                                                           strict=True)) + " |"
                      for row in rows]
        doc_string = step.get("docString")
        if doc_string:
            lines += [f'{indent}    """', *(f"{indent}    {t}" for t in
                                           doc_string["content"].splitlines()), f'{indent}    """']
    return tuple(lines)


def load_feature(path: Path, features: Path) -> Feature:
    """A feature file, parsed by the same Gherkin parser pytest-bdd uses."""
    try:
        document = Parser().parse(TokenScanner(path.read_text(encoding="utf-8")))
    except ParserError as error:
        raise InputError(path, "", f"expected Gherkin: {error}") from None
    feature = document.get("feature") or {}
    sections = sorted(
        (c["location"]["line"], m.group(1))
        for c in document.get("comments", [])
        if (m := _SECTION_COMMENT.match(c["text"].strip())) and m.group(1)
    )
    # Read as plain dicts: the parser's TypedDicts name each child's one key as optional, which
    # `"rule" in child` checks at run time and mypy cannot follow.
    children: list[dict[str, Any]] = [dict(c) for c in feature.get("children", [])]
    # Scenarios inside a `Rule:` block are scenarios of the file like any other.
    for child in list(children):
        if "rule" in child:
            children += child["rule"].get("children", [])
    background: tuple[str, ...] = ()
    scenarios = []
    for child in children:
        if "background" in child:
            background = _step_lines(child["background"]["steps"])
        if "scenario" not in child:
            continue
        data = child["scenario"]
        line = data["location"]["line"]
        section = ""
        for comment_line, title in sections:
            if comment_line < line:
                section = title
        scenarios.append(Scenario(
            name=data["name"],
            line=line,
            rules=tuple(t["name"].removeprefix(RULE_TAG) for t in data.get("tags", [])
                        if t["name"].startswith(RULE_TAG)),
            description=data.get("description", ""),
            steps=_step_lines(data["steps"]),
            section=section,
        ))
    return Feature(
        uri=path.relative_to(features).as_posix(),
        name=feature.get("name", path.stem),
        description=feature.get("description", ""),
        background=background,
        scenarios=tuple(sorted(scenarios, key=lambda s: s.line)),
    )


def load_features(features: Path) -> list[Feature]:
    """Every feature file under `features`, in path order."""
    return [load_feature(path, features) for path in sorted(features.rglob("*.feature"))]

