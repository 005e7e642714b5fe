"""Where the knowledge base lives, loading it once, and its fingerprint.

The knowledge base is the project's kb/ and rules/ folders. They are found from the
CPKB_HOME environment variable, else from the installed source tree (an editable install
from a clone), else from the current folder.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from cpkb import __version__
from cpkb.case import Case, case_from_data
from cpkb.compiler import EngineKind
from cpkb.errors import InputError
from cpkb.evaluation import Evaluation, Evaluator
from cpkb.kb import KnowledgeBase, document_ids, load_kb
from cpkb.report import build_report
from cpkb.rulebook import Citation, Rule, Rulebook, load_rulebook
from cpkb.vocabulary import Vocabulary, load_vocabulary


def _is_home(folder: Path) -> bool:
    return (folder / "rules" / "vocabulary").is_dir() and (folder / "kb").is_dir()


def find_home() -> Path:
    """CPKB_HOME when it is set (an error if it is not a knowledge base: a home named and
    not used would silently give another procedure's answers), else the source tree of
    this installation, else the current folder."""
    if "CPKB_HOME" in os.environ:
        named = os.environ["CPKB_HOME"]
        if not named or not _is_home(Path(named)):
            raise InputError(None, "CPKB_HOME", f"{named!r} is not a cpkb knowledge base: "
                             "expected a folder holding kb/ and rules/vocabulary/ (or unset "
                             "CPKB_HOME to use the installed one)")
        return Path(named)
    for candidate in (Path(__file__).resolve().parents[2], Path.cwd()):
        if _is_home(candidate):
            return candidate
    raise InputError(
        None, "", "cannot find the knowledge base (kb/ and rules/): run from a cpkb clone or "
        "set CPKB_HOME to one"
    )


@dataclass
class Project:
    home: Path
    _engines: dict[tuple[str, frozenset[str] | None, EngineKind], Evaluator] = field(
        default_factory=dict)
    _rules: dict[tuple[str, frozenset[str] | None], list[Rule]] = field(default_factory=dict)
    _sentences: dict[Citation, list[str]] = field(default_factory=dict)

    @classmethod
    def locate(cls) -> Project:
        return cls(find_home())

    @cached_property
    def kb(self) -> KnowledgeBase:
        return load_kb(self.home / "kb")

    @cached_property
    def rulebook(self) -> Rulebook:
        return load_rulebook(self.home / "rules")

    @cached_property
    def vocabulary(self) -> Vocabulary:
        return load_vocabulary(self.home / "rules" / "vocabulary")

    @property
    def authorities(self) -> set[str]:
        # From the file names: a command that only checks a name (the audit's parent
        # process) need not read the documents.
        return document_ids(self.home / "kb")

    def rules_for(self, authority: str, rule_ids: frozenset[str] | None = None) -> list[Rule]:
        """The authority's rules, or only those of them named in `rule_ids`."""
        key = (authority, rule_ids)
        if key not in self._rules:  # kept: an audit asks once per child
            rules = self.rulebook.for_authority(authority)
            self._rules[key] = rules if rule_ids is None else [
                r for r in rules if r.id in rule_ids]
        return self._rules[key]

    def engine_for(self, authority: str, rule_ids: frozenset[str] | None = None,
                   engine: EngineKind = "durable") -> Evaluator:
        """The compiled rules of the authority (or the subset `rule_ids`) on `engine`, built
        once per process: a ruleset name can be registered only once in durable-rules."""
        key = (authority, rule_ids, engine)
        if key not in self._engines:
            self._engines[key] = Evaluator(authority, self.rules_for(authority, rule_ids),
                                           self.vocabulary, engine)
        return self._engines[key]

    def read_case(self, data: Any, file: str | Path, today: date) -> Case:
        """A case from already-parsed file content (see case.case_from_data)."""
        return case_from_data(data, self.vocabulary, self.authorities, file, today)

    def evaluate(self, case: Case, rule_ids: frozenset[str] | None = None,
                 engine: EngineKind = "durable") -> Evaluation:
        """One case under its own authority's rules, or only the subset `rule_ids` of them."""
        return self.engine_for(case.authority, rule_ids, engine).evaluate(case)

    def report(self, case: Case) -> dict[str, Any]:
        """The report of one case under its own authority's rules (the `evaluate` contract)."""
        return build_report(self.evaluate(case), self.fingerprint, self.version, self.sentences)

    def sentences(self, cited: Citation) -> list[str]:
        """The ids of the sentences a citation's quote falls in."""
        if cited not in self._sentences:  # asked for every finding of an audit
            paragraph = self.kb.paragraph(cited.paragraph)
            self._sentences[cited] = [s.id for s in paragraph.sentences_of(cited.quote)
                                      ] if paragraph else []
        return list(self._sentences[cited])

    @cached_property
    def fingerprint(self) -> str:
        """sha256 over every file of kb/ and rules/ (path and content), in path order."""
        digest = hashlib.sha256()
        for folder in ("kb", "rules"):
            for path in sorted((self.home / folder).rglob("*")):
                if path.is_file():
                    digest.update(path.relative_to(self.home).as_posix().encode() + b"\0")
                    digest.update(hashlib.sha256(path.read_bytes()).digest())
        return "sha256:" + digest.hexdigest()

    @property
    def version(self) -> str:
        return __version__
