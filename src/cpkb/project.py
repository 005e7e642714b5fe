"""Where the knowledge base lives, loading it once, and its fingerprint.

The knowledge base is the project's kb/ and rules/ folders. They are found from the
CPKB_HOME environment variable, else from the installed source tree (an editable install
from a clone), else from the current folder. The command (`Project.locate`) keeps what it
parsed from them in the user's cache folder for the next run (cpkb.cache).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from cpkb import __version__
from cpkb.cache import ParsedCache, cache_folder
from cpkb.case import Case, case_from_data
from cpkb.compiler import EngineKind
from cpkb.errors import InputError
from cpkb.evaluation import Evaluation, Evaluator
from cpkb.kb import KnowledgeBase, document_ids, load_kb, read_kb
from cpkb.report import build_report
from cpkb.rulebook import Citation, Rule, Rulebook, load_rulebook, read_rulebook
from cpkb.vocabulary import Vocabulary, load_vocabulary, read_vocabulary

_Parsed = TypeVar("_Parsed", KnowledgeBase, Rulebook, Vocabulary)


def _is_home(folder: Path) -> bool:
    return (folder / "rules" / "vocabulary").is_dir() and (folder / "kb").is_dir()


def fingerprint(home: Path) -> str:
    """sha256 over every file of kb/ and rules/ (path and content), in path order."""
    digest = hashlib.sha256()
    for folder in ("kb", "rules"):
        for path in sorted((home / folder).rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(home).as_posix().encode() + b"\0")
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return "sha256:" + digest.hexdigest()


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
    # The folder where what is parsed from kb/ and rules/ is kept between runs; None: the
    # files are parsed in every process (tests, lint, the site).
    cache: Path | None = None
    _engines: dict[tuple[str, frozenset[str] | None, EngineKind], Evaluator] = field(
        default_factory=dict)
    _rules: dict[tuple[str, frozenset[str] | None], list[Rule]] = field(default_factory=dict)
    _sentences: dict[Citation, list[str]] = field(default_factory=dict)

    @classmethod
    def locate(cls) -> Project:
        """The knowledge base as the command finds it, with the cache of parsed files."""
        return cls(find_home(), cache_folder())

    @cached_property
    def kb(self) -> KnowledgeBase:
        return self._parsed("kb", KnowledgeBase, load_kb, read_kb, self.home / "kb")

    @cached_property
    def rulebook(self) -> Rulebook:
        return self._parsed("rulebook", Rulebook, load_rulebook, read_rulebook,
                            self.home / "rules")

    @cached_property
    def vocabulary(self) -> Vocabulary:
        return self._parsed("vocabulary", Vocabulary, load_vocabulary, read_vocabulary,
                            self.home / "rules" / "vocabulary")

    @cached_property
    def _parsed_cache(self) -> ParsedCache | None:
        if self.cache is None:
            return None
        try:
            return ParsedCache.of(self.cache, self.home, self.fingerprint)
        except OSError:  # a file that cannot be read: parsing it names it, as without a cache
            return None

    def _parsed(self, part: str, kind: type[_Parsed], load: Callable[[Path], _Parsed],
                read: Callable[[Path], _Parsed], folder: Path) -> _Parsed:
        """The files of `folder` parsed: without a cache by `load`, which keeps what it
        parsed per folder in this process; with one, from the cache when it holds this
        version of them, else by `read`, from the files as they are now (what `load` kept
        may be of an earlier version, and must not be stored under this version's key)."""
        store = self._parsed_cache
        if store is None:
            return load(folder)
        found = store.read(part)
        if isinstance(found, kind):
            return found
        parsed = read(folder)
        with contextlib.suppress(OSError):
            if fingerprint(self.home) == self.fingerprint:  # no file changed meanwhile
                store.write(part, parsed)
        return parsed

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
        return fingerprint(self.home)

    @property
    def version(self) -> str:
        return __version__
