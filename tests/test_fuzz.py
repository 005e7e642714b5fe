"""Fuzzing the command line with mutated valid inputs.

What is fuzzed
--------------
* Case files. Each starts as one of the valid examples in examples/*.yaml and is mutated,
  then evaluated with ``cpkb evaluate FILE --format json`` (now and then ``--format text`` or
  ``markdown``). The mutations: a value replaced by one of another type (null, bool, int,
  float, text, list, mapping, numbers too long to read, YAML tags and aliases), dates made
  impossible (2026-02-30), far off (0001-01-01, 9999-12-31) or not ISO at all ("tomorrow"),
  keys dropped, unknown keys added (in YAML also keys that are not text), events duplicated,
  a key given twice in one mapping (written as raw text), values wrapped in lists or
  mappings up to a few thousand levels deep, the text cut at a random point, and the bytes
  changed: UTF-16 or UTF-32, Latin-1 or cp1252 with non-ASCII characters, a byte order mark,
  NUL bytes, invalid UTF-8, other line endings. The file is written as .yaml, .yml or .json
  (sometimes with the other format's suffix).
* CIN census files. Each starts as the first few <Child> elements of a sample in
  tests/data/cin-census/ and is mutated, then audited with
  ``cpkb audit FILE --authority bolton --as-of 2025-03-31 --quiet``. The mutations: elements
  dropped, duplicated, moved, renamed or wrapped deep, siblings reordered, element text or
  tail replaced with garbage or bad dates (0001-01-01, 9999-12-31, 2024-02-30, "tomorrow"),
  comments, processing instructions and CDATA added, entities declared and used, the
  declared encoding made a lie, and the bytes cut at a random point or spoiled.

The contract checked on every mutated input
-------------------------------------------
* The exit status is 0 (done) or 2 (bad input): never 3 (internal error), never an exception
  out of ``main``, never a hang (an example still running after HANG_SECONDS fails).
* On 2: nothing at all on stdout, and stderr is one message ``cpkb: FILE: ...`` naming the
  file, short (an excerpt, never the whole value), with no traceback.
* On 0: nothing on stderr; ``evaluate --format json`` prints one JSON object (the other
  formats print something); ``audit`` prints one JSON document whose first line begins
  ``{"summary": `` and whose children are one JSON object per line, as many as the summary
  counts.

test_known_bad_inputs holds the smallest reproductions of the violations this suite has
found, each fixed since and kept so that it stays fixed.

Running longer
--------------
By default every test runs a few dozen examples (a few hundred in all, well under a minute),
the same ones every run (derandomized), so that CI passes or fails on the code alone.
CPKB_FUZZ_EXAMPLES sets the examples per test for a longer run, with new random examples
each time: that is how new bad inputs are found (add each to KNOWN_BAD)::

    CPKB_FUZZ_EXAMPLES=5000 .venv/bin/python -m pytest tests/test_fuzz.py
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import re
import signal
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from cpkb.cli import main

HOME = Path(__file__).resolve().parents[1]
EXAMPLES_PER_TEST = int(os.environ.get("CPKB_FUZZ_EXAMPLES", "0"))
HANG_SECONDS = 120  # far beyond any example's time (a few hundredths of a second): a hang
MAX_MESSAGE = 600  # characters of a refusal beyond the file's name: an excerpt, not a dump


def fuzz(default_examples: int):
    """Settings for a fuzz test: `default_examples`, the same each run, or CPKB_FUZZ_EXAMPLES
    random ones if it is set."""
    return settings(
        max_examples=EXAMPLES_PER_TEST or default_examples,
        derandomize=not EXAMPLES_PER_TEST,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.large_base_example],
    )


# --- running the command and checking its contract -------------------------------------


class _Hang(BaseException):  # not an Exception: main must not catch it as a bug of its own
    pass


@contextlib.contextmanager
def _hang_guard():
    """A SIGALRM after HANG_SECONDS, so that a hang fails the example instead of the run
    never ending. Only where signals can be used (POSIX, the main thread)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() != threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):
        raise _Hang

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run(argv: list[str]) -> tuple[int, str, str]:
    """The exit status, stdout and stderr of `cpkb argv`, run in this process. Stdout is
    UTF-8 with strict errors, as a real one is (a StringIO would take text that no terminal
    or pipe can be given, such as a lone surrogate)."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="\n")
    err = io.StringIO()
    try:
        with _hang_guard(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    except _Hang:
        raise AssertionError(f"cpkb {' '.join(argv)}: still running after {HANG_SECONDS} s"
                             ) from None
    out.flush()
    return code, out.buffer.getvalue().decode("utf-8"), err.getvalue()


def check_exit(code: int, out: str, err: str, path: Path) -> None:
    """The part of the contract every command shares: 0, or 2 with one short message."""
    assert code in (0, 2), f"exit status {code}, expected 0 or 2; stderr: {err[:2000]}"
    assert "Traceback" not in err, err[:2000]
    if code == 2:
        assert out == "", f"exit 2 but stdout has {out[:300]!r}"
        assert err.startswith(f"cpkb: {path}: "), f"not a message naming the file: {err[:300]!r}"
        # One message on one line: "FILE: PLACE: what was expected", not a parser's own
        # report with its position on a line of its own.
        assert err.endswith("\n") and err.count("\n") == 1, f"not a one-line message: {err!r}"
        assert len(err) <= len(f"cpkb: {path}: ") + MAX_MESSAGE, f"message too long: {err!r}"
    else:
        assert err == "", f"exit 0 but stderr has {err[:300]!r}"


def check_evaluate(path: Path, output: str) -> int:
    code, out, err = run(["evaluate", str(path), "--format", output])
    check_exit(code, out, err, path)
    if code == 0:
        assert out, "exit 0 but nothing printed"
        if output == "json":
            report = json.loads(out)
            assert isinstance(report, dict), out[:300]
            assert isinstance(report.get("duties"), list), out[:300]
    return code


def check_audit(path: Path) -> int:
    code, out, err = run(["audit", str(path), "--authority", "bolton", "--as-of", "2025-03-31",
                          "--quiet"])
    check_exit(code, out, err, path)
    if code == 0:
        assert out.startswith('{"summary": '), out[:300]
        document = json.loads(out)
        lines = out.split("\n")  # JSON Lines split on \n only (not on U+2028 and the like)
        assert lines[1] == '"children": [' and lines[-2:] == ["]}", ""], out[:300]
        children = lines[2:-2]
        for line in children:
            assert isinstance(json.loads(line.removesuffix(",")), dict), line[:300]
        assert len(children) == document["summary"]["children"] == len(document["children"])
    return code


# --- case files --------------------------------------------------------------------------

EXAMPLE_FILES = sorted((HOME / "examples").glob("*.yaml"))
EXAMPLE_TEXTS = {p.name: p.read_text(encoding="utf-8") for p in EXAMPLE_FILES}


def _tokens(value: Any, found: set[str]) -> set[str]:
    """Every text (key or value) of the examples: event names, outcomes, agencies."""
    if isinstance(value, dict):
        for key, item in value.items():
            found.add(str(key))
            _tokens(item, found)
    elif isinstance(value, list):
        for item in value:
            _tokens(item, found)
    elif isinstance(value, str):
        found.add(value)
    return found


TOKENS = sorted(set().union(*(_tokens(yaml.safe_load(t), set())
                              for t in EXAMPLE_TEXTS.values())))
DATE_KEYS = {"date", "as_of", "born", "expected_birth"}

ODD_DATES = [
    "2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0000-01-01",
    "0001-01-01", "9999-12-31", "1899-12-31", "2200-01-01", "10000-01-01", "-2026-01-01",
    "tomorrow", "today", "", " ", "2026/01/05", "05-01-2026", "5 January 2026", "2026-1-5",
    "20260105", "2026-W01-1", "2026-001", "2026-01-05T10:00", "2026-01-05 10:00:00Z",
    "2026-01-05T25:00", "+2026-01-05", "2026-01", "2026", "2026-01-05x", "２０２６-01-05",
    "1900-01-01", "2199-12-31", "2024-02-29",  # the first, last and a leap day: all valid
]

# What YAML's explicit !!timestamp tag reads as a date, a datetime or an error.
TIMESTAMPS = ["2026-01-05", "2026-01-05T10:00:00", "2026-01-05 10:00:00Z", "2026-1-5",
              "2026-02-30", "0001-01-01", "9999-12-31", "2026-01-05T10:00:00.5+01:00"]


@dataclass(frozen=True)
class Raw:
    """Text put into a dumped file as it is: what a dict cannot hold or a dumper won't write."""

    yaml: str
    json: str | None = None  # None: the same as yaml


def _deep(depth: int, kind: str, inner: str, json_form: bool) -> str:
    if kind == "list":
        return "[" * depth + inner + "]" * depth
    key = '"a"' if json_form else "a"
    if kind == "mapping":
        return ("{" + key + ": ") * depth + inner + "}" * depth
    half = depth // 2  # mixed: mappings holding lists
    return ("{" + key + ": [") * half + inner + "]}" * half


@st.composite
def deep_values(draw) -> Raw:
    depth = draw(st.one_of(st.integers(1, 40), st.sampled_from([99, 100, 101, 500, 999, 1000,
                                                                1001, 2000, 3000, 5000])))
    kind = draw(st.sampled_from(["list", "mapping", "mixed"]))
    inner = draw(st.sampled_from(["1", '"x"', '"2026-01-05"', "[]", "{}", "null", '"bolton"']))
    return Raw(_deep(depth, kind, inner, False), _deep(depth, kind, inner, True))


def _big_number(digits: int, sign: str, fraction: bool) -> Raw:
    text = sign + "9" * digits + (".5" if fraction else "")
    return Raw(text)


def _alias_bomb(levels: int) -> str:
    """A few hundred bytes of YAML that expand to 9 ** levels items (a billion laughs)."""
    names = [f"l{i}" for i in range(levels)]
    parts = ["&l0 [x, x, x, x, x, x, x, x, x]"]
    parts += [f"&{name} [" + ", ".join([f"*{below}"] * 9) + "]"
              for below, name in zip(names, names[1:], strict=False)]
    return "[" + ", ".join(parts) + "]"


SPECIAL_RAWS = [
    Raw(".inf", "Infinity"), Raw("-.inf", "-Infinity"), Raw(".nan", "NaN"), Raw("~", "null"),
    Raw("1e400"), Raw("-0"), Raw("0x1F", '"0x1F"'), Raw("0o17", '"0o17"'), Raw("1_000", '"1_000"'),
    Raw("!!binary aGVsbG8=", '"aGVsbG8="'), Raw("!!set {a, b}", '["a", "b"]'),
    Raw("!!timestamp 2026-01-05", '"2026-01-05"'), Raw("!!timestamp 2026-02-30", '"2026-02-30"'),
    Raw("!!timestamp 9999-12-31", '"9999-12-31"'), Raw("!!int '12'", "12"),
    Raw("!!timestamp 2026-01-05T10:00:00", '"2026-01-05T10:00:00"'),
    Raw("!!timestamp 2026-01-05 10:00:00Z", '"2026-01-05 10:00:00Z"'), Raw("!!int x", '"x"'),
    Raw("!!float 'x'", '"x"'), Raw("!!str 2026-01-05", '"2026-01-05"'),
    Raw("!!python/object:os.system 'true'", '"x"'), Raw("!!omap [a: 1, b: 2]", '{"a": 1}'),
    Raw("!!pairs [a: 1, a: 2]", '[["a", 1]]'), Raw("&r [*r]", "[[]]"), Raw("*nowhere", '"x"'),
    Raw(_alias_bomb(9), "[]"), Raw(_alias_bomb(3), "[]"),
    Raw("yes", "true"), Raw("off", "false"), Raw("'2026-01-05'", '"2026-01-05"'),
    Raw("|\n  multi\n  line", '"multi\\nline"'), Raw("'\\x00'", '"\\u0000"'),
    Raw('"\\ud800"', '"\\ud800"'), Raw('"\\U0010FFFF"', '"\\udbff\\udfff"'),
]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(-2, 3), st.floats(),
    st.text(max_size=12), st.sampled_from(TOKENS), st.sampled_from(ODD_DATES),
    st.sampled_from(["\ud800", "x\udfff", "\x00", "\u2028", "\ufeff", " ", "\t", "x" * 5000]),
    st.dates().map(date.isoformat), st.dates(),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.one_of(st.sampled_from(TOKENS), st.text(max_size=6)), inner,
                      max_size=3),
    max_leaves=6,
)
raws = st.one_of(
    st.sampled_from(SPECIAL_RAWS),
    st.builds(_big_number, st.sampled_from([18, 19, 20, 300, 4300, 4301, 5000, 20000]),
              st.sampled_from(["", "-"]), st.booleans()),
    st.sampled_from(ODD_DATES).map(lambda d: Raw(d or "''", json.dumps(d))),  # unquoted
)
keys = st.one_of(
    st.sampled_from(TOKENS), st.text(max_size=8), st.integers(-2, 3), st.none(),
    st.booleans(), st.floats(allow_nan=False), st.sampled_from(sorted(DATE_KEYS)),
    st.sampled_from([200, 1000, 5000]).map(lambda n: "k" * n),  # too long to quote whole
)


def _slots(data: Any, path: tuple = ()) -> list[tuple]:
    """The path of every value under the top level."""
    found = []
    if isinstance(data, dict):
        items = data.items()
    elif isinstance(data, list):
        items = enumerate(data)
    else:
        return found
    for key, value in items:
        found.append((*path, key))
        found.extend(_slots(value, (*path, key)))
    return found


def _at(data: Any, path: tuple) -> Any:
    for key in path:
        data = data[key]
    return data


STRUCTURAL = ("retype", "raw", "date", "drop", "add", "token", "repeat")
TEXTUAL = ("twice", "complex_key", "truncate")
ENCODING = ("encoding",)
DEEP = ("deep",)


@dataclass
class Mutated:
    suffix: str
    content: bytes
    output: str  # --format
    source: str  # the example it started from
    mutations: list[str]


def _mutate_data(draw, data: Any, kind: str, raw: dict[str, Raw], done: list[str]) -> Any:
    """One structural mutation of `data` (changed in place where it can be)."""

    def placeholder(value: Raw) -> str:
        name = f"ZQRAW{len(raw)}ZQ"
        raw[name] = value
        return name

    slots = _slots(data)
    if kind == "add" or not slots:
        mappings = [()] if isinstance(data, dict) else []
        mappings += [s for s in slots if isinstance(_at(data, s), dict)]
        if not mappings:
            return placeholder(draw(raws)) if kind == "raw" else draw(values)
        where = draw(st.sampled_from(mappings))
        key, value = draw(keys), draw(st.one_of(values, raws.map(placeholder)))
        _at(data, where)[key] = value
        shown = raw.get(value, value) if isinstance(value, str) else value
        done.append(f"add {key!r}: {shown!r} at {list(where)}"[:300])
        return data
    if kind == "date":
        dated = [s for s in slots if s[-1] in DATE_KEYS or isinstance(_at(data, s), date)]
        slot = draw(st.sampled_from(dated or slots))
        bad = draw(st.one_of(
            st.sampled_from(ODD_DATES),
            st.sampled_from(ODD_DATES).map(lambda d: placeholder(Raw(d or "''", json.dumps(d)))),
            st.sampled_from(TIMESTAMPS).map(
                lambda d: placeholder(Raw(f"!!timestamp {d}", json.dumps(d)))),
        ))
        new = bad
    else:
        slot = draw(st.sampled_from(slots))
        if kind == "drop":
            del _at(data, slot[:-1])[slot[-1]]
            done.append(f"drop {list(slot)}")
            return data
        if kind == "repeat":
            parent = _at(data, slot[:-1])
            if isinstance(parent, list):
                parent.insert(slot[-1], copy.deepcopy(parent[slot[-1]]))
                done.append(f"repeat {list(slot)}")
                return data
            kind = "retype"
        if kind == "retype":
            new = draw(values)
        elif kind == "raw":
            new = placeholder(draw(raws))
        elif kind == "deep":
            new = placeholder(draw(deep_values()))
        else:  # token: a name from elsewhere in the examples
            new = draw(st.sampled_from(TOKENS))
    _at(data, slot[:-1])[slot[-1]] = new
    shown = raw.get(new, new) if isinstance(new, str) else new
    done.append(f"{kind} {list(slot)} = {shown!r}"[:300])
    return data


_YAML_KEY = re.compile(r"^(?P<indent> *)(?P<dash>- )?(?P<key>[A-Za-z_][\w]*):(?P<rest>.*)$",
                       re.MULTILINE)
_YAML_FLOW_KEY = re.compile(r"(?P<pre>[{,] *)(?P<key>[A-Za-z_]\w*): ")
_JSON_KEY = re.compile(r'"(?P<key>(?:[^"\\]|\\.)*)"\s*:\s*')


def _key_twice(draw, text: str, fmt: str, done: list[str]) -> str:
    """A key of some mapping given a second time in that mapping."""
    if fmt == "json":
        sites = list(_JSON_KEY.finditer(text))
        if not sites:
            return text
        site = draw(st.sampled_from(sites))
        value = json.dumps(draw(scalars), default=str)
        done.append(f"twice {site['key']!r} = {value}")
        return text[:site.start()] + f'"{site["key"]}": {value}, ' + text[site.start():]
    block = [("block", m) for m in _YAML_KEY.finditer(text)]
    flow = [("flow", m) for m in _YAML_FLOW_KEY.finditer(text)]
    if not block + flow:
        return text
    style, site = draw(st.sampled_from(block + flow))
    same = site.groupdict().get("rest", "")
    value = draw(st.one_of(st.just(same.strip() or "x"),
                           st.sampled_from(["1", "x", "bolton", "2026-01-05", "[]", "{}", "~"])))
    done.append(f"twice {site['key']!r} = {value!r} ({style})")
    if style == "flow":
        return text[:site.end("pre")] + f"{site['key']}: {value}, " + text[site.end("pre"):]
    indent, key = site["indent"], site["key"]
    if site["dash"]:
        new = f"{indent}- {key}: {value}\n{indent}  {key}:{site['rest']}"
    else:
        new = f"{indent}{key}: {value}\n{indent}{key}:{site['rest']}"
    return text[:site.start()] + new + text[site.end():]


def _complex_key(draw, text: str, done: list[str]) -> str:
    """A YAML key that is a list or a mapping (which no dict can hold)."""
    key = draw(st.sampled_from(["[a, b]", "[]", "{a: 1}", "[[bolton]]", "!!set {a}"]))
    sites = [m for m in _YAML_KEY.finditer(text)]
    if not sites or draw(st.booleans()):
        done.append(f"complex key {key} at the top")
        return f"? {key}\n: 1\n" + text
    site = draw(st.sampled_from(sites))
    indent = site["indent"]
    if site["dash"]:
        new = f"{indent}- ? {key}\n{indent}  : 1\n{indent}  {site['key']}:{site['rest']}"
    else:
        new = f"{indent}? {key}\n{indent}: 1\n{indent}{site['key']}:{site['rest']}"
    done.append(f"complex key {key} beside {site['key']!r}")
    return text[:site.start()] + new + text[site.end():]


BAD_BYTES = [b"\x00", b"\xff", b"\xfe\xff", b"\xc3", b"\xc3\x28", b"\x80", b"\xed\xa0\x80",
             b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xef\xbb\xbf", b"\x1b", b"\x7f", b"\x0c"]
NON_ASCII = ["é", "£", "ü", "ß", "\xa0", "“", "”", "€", "😀", "\u2028", "\u2029", "\x85",
             "\ufeff", "\u200b", "\u202e", "\ufffd"]


def _bytes(text: str, codec: str = "utf-8") -> bytes:
    """Text as bytes; a lone surrogate (JSON can hold one) is written as UTF-8 forbids."""
    return text.encode(codec, errors="surrogatepass")


def _encode(draw, text: str, done: list[str]) -> bytes:
    """The text as bytes, perhaps in another encoding or with bytes UTF-8 does not allow."""
    how = draw(st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                "utf-8-sig", "latin-1", "cp1252", "non-ascii", "bad-bytes",
                                "crlf", "cr", "byte-cut"]))
    at = draw(st.integers(0, len(text)))
    if how in ("latin-1", "cp1252", "non-ascii"):
        text = text[:at] + draw(st.sampled_from(NON_ASCII)) + text[at:]
        codec = "utf-8" if how == "non-ascii" else how
        done.append(f"{how} at {at}")
        return text.encode(codec, errors="replace")
    if how == "crlf":
        done.append(how)
        return _bytes(text.replace("\n", "\r\n"))
    if how == "cr":
        done.append(how)
        return _bytes(text.replace("\n", "\r"))
    if how in ("bad-bytes", "byte-cut"):
        data = _bytes(text)
        at = draw(st.integers(0, len(data)))
        if how == "byte-cut":
            done.append(f"cut at byte {at}")
            return data[:at]
        bad = draw(st.sampled_from(BAD_BYTES))
        done.append(f"bytes {bad!r} at {at}")
        return data[:at] + bad + data[at:]
    done.append(how)
    return _bytes(text, how)


@st.composite
def case_files(draw, kinds: tuple[str, ...], most: int = 3) -> Mutated:
    source = draw(st.sampled_from(sorted(EXAMPLE_TEXTS)))
    text = EXAMPLE_TEXTS[source]
    chosen = draw(st.lists(st.sampled_from(kinds), min_size=1, max_size=most))
    done: list[str] = []
    fmt = draw(st.sampled_from(["yaml", "json"]))
    structural = [k for k in chosen if k in STRUCTURAL + DEEP]
    if structural or fmt == "json" or draw(st.booleans()):
        data = yaml.safe_load(text)
        raw: dict[str, Raw] = {}
        for kind in structural:
            data = _mutate_data(draw, data, kind, raw, done)
        if fmt == "json":
            text = json.dumps(data, default=str, indent=draw(st.sampled_from([None, 1, 2])),
                              ensure_ascii=draw(st.booleans()))
            for name, value in raw.items():
                text = text.replace(f'"{name}"', value.json if value.json is not None
                                    else value.yaml)
        else:
            text = yaml.safe_dump(data, sort_keys=False, allow_unicode=draw(st.booleans()),
                                  default_flow_style=draw(st.sampled_from([False, None])),
                                  width=draw(st.sampled_from([80, 10**6])))
            for name, value in raw.items():
                text = re.sub(rf"(?<!\w){name}(?!\w)", lambda _, v=value: v.yaml, text)
    for kind in chosen:
        if kind == "twice":
            text = _key_twice(draw, text, fmt, done)
        elif kind == "complex_key" and fmt == "yaml":
            text = _complex_key(draw, text, done)
    if "truncate" in chosen:
        at = draw(st.integers(0, len(text)))
        done.append(f"cut at {at} of {len(text)}")
        text = text[:at]
    content = _encode(draw, text, done) if "encoding" in chosen else _bytes(text)
    suffixes = [".yaml", ".yml", ".YAML"] if fmt == "yaml" else [".json", ".JSON"]
    suffix = draw(st.one_of(st.sampled_from(suffixes),
                            st.sampled_from([".json", ".yaml", ".txt", ""])))
    output = draw(st.sampled_from(["json", "json", "json", "text", "markdown"]))
    return Mutated(suffix, content, output, source, done)


def _write(factory, name: str, content: bytes) -> Path:
    path = factory.mktemp("fuzz") / name
    path.write_bytes(content)
    return path


def check_case(factory, case: Mutated) -> None:
    check_evaluate(_write(factory, f"case{case.suffix}", case.content), case.output)


def test_every_example_passes_the_contract_unmutated(tmp_path_factory) -> None:
    """The starting points are valid: the fuzz tests start from inputs that evaluate."""
    assert EXAMPLE_FILES
    for path in EXAMPLE_FILES:
        for output in ("json", "text"):
            assert check_evaluate(path, output) == 0, path


@fuzz(150)
@given(case=case_files(STRUCTURAL))
def test_case_files_with_values_changed(tmp_path_factory, case: Mutated) -> None:
    check_case(tmp_path_factory, case)


@fuzz(50)
@given(case=case_files(DEEP, most=2))
def test_case_files_nested_deep(tmp_path_factory, case: Mutated) -> None:
    check_case(tmp_path_factory, case)


@fuzz(60)
@given(case=case_files(("twice", "complex_key")))
def test_case_files_with_keys_given_twice(tmp_path_factory, case: Mutated) -> None:
    check_case(tmp_path_factory, case)


@fuzz(50)
@given(case=case_files(("truncate",), most=1))
def test_case_files_cut_short(tmp_path_factory, case: Mutated) -> None:
    check_case(tmp_path_factory, case)


@fuzz(60)
@given(case=case_files(ENCODING, most=1))
def test_case_files_in_other_encodings(tmp_path_factory, case: Mutated) -> None:
    check_case(tmp_path_factory, case)


@fuzz(100)
@given(case=case_files(STRUCTURAL + TEXTUAL + ENCODING + DEEP, most=5))
def test_case_files_with_anything_changed(tmp_path_factory, case: Mutated) -> None:
    check_case(tmp_path_factory, case)


# --- CIN census files --------------------------------------------------------------------

CENSUS_FILES = sorted((HOME / "tests" / "data" / "cin-census").glob("*.xml"))
KEPT_CHILDREN = 3
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _small(path: Path) -> bytes:
    """The sample with only its first KEPT_CHILDREN children."""
    root = etree.parse(str(path), _PARSER).getroot()
    for children in root.iter("Children"):
        for child in children.findall("Child")[KEPT_CHILDREN:]:
            children.remove(child)
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True)


CENSUSES = {p.name: _small(p) for p in CENSUS_FILES}
TAGS = sorted({e.tag for data in CENSUSES.values()
               for e in etree.fromstring(data, _PARSER).iter() if isinstance(e.tag, str)})

_XML_CHARS = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn"))
garbage = st.one_of(
    st.sampled_from(["0001-01-01", "9999-12-31", "2024-02-30", "2023-02-29", "tomorrow",
                     "2024-13-01", "1899-12-31", "2200-01-01", "10000-01-01", "", " ",
                     "2024-03-31T00:00:00", "2024-03-31Z", "2024-03-31+01:00", " 2024-03-31 ",
                     "31/03/2024", "2024-3-31", "20240331", "2024-W13-7", "true", "1", "-1",
                     "9" * 5000, "NaN", "DfEX0000001", "bolton", "<", "&", "]]>", "é€😀"]),
    st.dates().map(date.isoformat),
    st.text(_XML_CHARS, max_size=20),
)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CENSUS_TREE = ("drop", "twice", "reorder", "move", "text", "tail", "rename", "wrap",
               "comment", "cdata", "attribute")
CENSUS_BYTES = ("cut", "bytes", "declaration", "entity", "namespace", "recode")


def _mutate_tree(draw, root, kind: str, done: list[str]) -> None:
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    element = draw(st.sampled_from(elements))
    parent = element.getparent()
    name = element.tag
    if kind == "drop" and parent is not None:
        parent.remove(element)
    elif kind == "twice" and parent is not None:
        element.addnext(copy.deepcopy(element))
    elif kind == "reorder" and len(element) > 1:
        element[:] = draw(st.permutations(list(element)))
    elif kind == "move" and parent is not None:
        inside = set(element.iter())
        targets = [e for e in elements if e not in inside]
        target = draw(st.sampled_from(targets))
        target.insert(draw(st.integers(0, len(target))), element)
        name = f"{element.tag} into {target.tag}"
    elif kind == "text":
        element.text = draw(garbage)
        name = f"{element.tag} = {element.text!r}"[:200]
    elif kind == "tail" and parent is not None:
        element.tail = draw(garbage)
    elif kind == "rename":
        element.tag = draw(st.sampled_from(TAGS))
        name = f"{name} -> {element.tag}"
    elif kind == "wrap" and parent is not None:
        depth = draw(st.sampled_from([1, 2, 5, 50, 200, 300, 1000]))
        outer = inner = etree.Element(draw(st.sampled_from(TAGS)))
        for _ in range(depth - 1):
            inner = etree.SubElement(inner, draw(st.sampled_from(TAGS)))
        element.addprevious(outer)
        inner.append(element)
        name = f"{name} in {depth} levels"
    elif kind == "comment" and parent is not None:
        element.addnext(draw(st.sampled_from([etree.Comment("x"), etree.Comment("2024-01-01"),
                                              etree.ProcessingInstruction("pi", "x")])))
    elif kind == "cdata" and len(element) == 0:
        element.text = etree.CDATA(draw(st.sampled_from(["2024-01-01", "x", "", "9999-12-31"])))
    elif kind == "attribute":
        element.set(draw(st.sampled_from(["id", "date", XML_LANG])), draw(garbage))
    else:
        return
    done.append(f"{kind} {name}")


_DATE_TEXT = re.compile(rb">(\d{4}-\d{2}-\d{2})<")


def _mutate_bytes(draw, data: bytes, kind: str, done: list[str]) -> bytes:
    at = draw(st.integers(0, len(data)))
    body = re.sub(rb"^<\?xml[^>]*\?>\s*", b"", data)
    if kind == "cut":
        done.append(f"cut at byte {at} of {len(data)}")
        return data[:at]
    if kind == "bytes":
        bad = draw(st.sampled_from(BAD_BYTES + [b"<", b"&", b"]]>", b"</Child>", b"<Child>"]))
        done.append(f"bytes {bad!r} at {at}")
        return data[:at] + bad + data[at:]
    if kind == "declaration":
        encoding = draw(st.sampled_from(["UTF-16", "ISO-8859-1", "bogus", "UTF-32", "ASCII"]))
        done.append(f"declared {encoding}")
        return f'<?xml version="1.0" encoding="{encoding}"?>\n'.encode() + body
    if kind == "entity":
        declared = draw(st.sampled_from([
            '<!ENTITY d "2024-01-01">', '<!ENTITY d SYSTEM "file:///etc/hostname">',
            '<!ENTITY d SYSTEM "http://127.0.0.1:9/x">', '<!ENTITY d "&d;">',
            '<!ENTITY a "xxxxxxxxxx"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY d "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">',
        ]))
        dates = list(_DATE_TEXT.finditer(body))
        if dates:
            site = draw(st.sampled_from(dates))
            body = body[:site.start(1)] + b"&d;" + body[site.end(1):]
        done.append(f"entity {declared}")
        return f"<!DOCTYPE Message [{declared}]>\n".encode() + body
    if kind == "namespace":
        done.append("namespace")
        return body.replace(b"<Message>", b'<Message xmlns="urn:x">', 1)
    encoding = draw(st.sampled_from(["utf-16", "utf-16-le", "utf-32", "latin-1"]))
    done.append(f"recoded {encoding} (declaration unchanged)")
    try:
        text = data.decode()
    except UnicodeDecodeError:  # already spoiled or in UTF-16: read as Latin-1, which never fails
        text = data.decode("latin-1")
    return text.encode(encoding, errors="replace")


@st.composite
def census_files(draw, kinds: tuple[str, ...], most: int = 4) -> Mutated:
    source = draw(st.sampled_from(sorted(CENSUSES)))
    root = etree.fromstring(CENSUSES[source], _PARSER)
    chosen = draw(st.lists(st.sampled_from(kinds), min_size=1, max_size=most))
    done: list[str] = []
    for kind in chosen:
        if kind in CENSUS_TREE:
            _mutate_tree(draw, root, kind, done)
    encoding = draw(st.sampled_from(["UTF-8", "UTF-8", "UTF-16", "ISO-8859-1"]))
    data = etree.tostring(root, encoding=encoding, xml_declaration=encoding != "UTF-8"
                          or draw(st.booleans()))
    for kind in chosen:
        if kind in CENSUS_BYTES and kind != "cut":
            data = _mutate_bytes(draw, data, kind, done)
    if "cut" in chosen:
        data = _mutate_bytes(draw, data, "cut", done)
    return Mutated(".xml", data, "json", source, done)


def check_census(factory, census: Mutated) -> None:
    check_audit(_write(factory, "census.xml", census.content))


def test_every_census_sample_passes_the_contract_unmutated(tmp_path_factory) -> None:
    assert CENSUSES
    for name, data in CENSUSES.items():
        assert check_audit(_write(tmp_path_factory, name, data)) == 0, name


@fuzz(120)
@given(census=census_files(CENSUS_TREE))
def test_census_files_with_elements_changed(tmp_path_factory, census: Mutated) -> None:
    check_census(tmp_path_factory, census)


@fuzz(60)
@given(census=census_files(CENSUS_BYTES, most=2))
def test_census_files_with_bytes_changed(tmp_path_factory, census: Mutated) -> None:
    check_census(tmp_path_factory, census)


@fuzz(80)
@given(census=census_files(CENSUS_TREE + CENSUS_BYTES, most=6))
def test_census_files_with_anything_changed(tmp_path_factory, census: Mutated) -> None:
    check_census(tmp_path_factory, census)


# --- the smallest reproductions of what the fuzzing found --------------------------------

# Each is the smallest input found for one violation of the contract; the comment says what
# happened when it was found. Each is fixed; the test keeps it so.
_CASE = b"case: X\nauthority: bolton\n"


def _alias_bomb(levels: int) -> bytes:
    """YAML anchors, each a list of nine aliases of the one before: 9**levels items."""
    anchors = ["&n0 [" + ", ".join(["z"] * 9) + "]"] + [
        f"&n{i} [" + ", ".join([f"*n{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return ", ".join(anchors).encode()


KNOWN_BAD = [
    # exit 3, TypeError: unhashable type: 'list' (case.py, `authority not in authorities`)
    pytest.param("case.yaml", b"case: X\nauthority: [bolton]\n", id="authority-a-list"),
    pytest.param("case.json", b'{"case": "X", "authority": {}}', id="authority-a-mapping"),
    # exit 3, TypeError: unhashable type: 'list' (case.py, `name not in vocabulary.events`)
    pytest.param("case.yaml", _CASE + b"events:\n- {event: [], date: 2026-01-05}\n",
                 id="event-name-a-list"),
    # exit 3, TypeError: unhashable type: 'list' / 'set' (files.py, _Loader.construct_mapping)
    pytest.param("case.yaml", b"? [a]\n: 1\n", id="yaml-key-a-list"),
    pytest.param("case.yaml", b"? !!set {a}\n: 1\n", id="yaml-key-a-set"),
    # exit 3, ValueError: Exceeds the limit (4300 digits) for integer string conversion
    pytest.param("case.yaml", b"case: " + b"9" * 4301 + b"\n", id="yaml-int-4301-digits"),
    pytest.param("case.json", b'{"case": ' + b"9" * 4301 + b"}", id="json-int-4301-digits"),
    # exit 3, ValueError from PyYAML's constructors (not a YAMLError)
    pytest.param("case.yaml", b"case: !!float x\n", id="yaml-float-tag-not-a-number"),
    pytest.param("case.yaml", b"case: !!int x\n", id="yaml-int-tag-not-a-number"),
    pytest.param("case.yaml", b"case: !!timestamp 2026-02-30\n", id="yaml-timestamp-tag-bad-day"),
    # exit 3, AttributeError: 'NoneType' object has no attribute 'groupdict' (PyYAML)
    pytest.param("case.yaml", b"case: !!timestamp x\n", id="yaml-timestamp-tag-not-a-date"),
    # exit 3, TypeError: can't compare datetime.datetime to datetime.date (case.parse_date)
    pytest.param("case.yaml", _CASE + b"as_of: !!timestamp 2026-01-05T10:00:00\n",
                 id="yaml-timestamp-tag-with-a-time"),
    # exit 3, UnicodeEncodeError: a lone surrogate from a JSON escape, printed with
    # ensure_ascii=False to a UTF-8 stdout
    pytest.param("case.json", b'{"case": "\\ud800", "authority": "bolton"}',
                 id="json-lone-surrogate"),
    # exit 2 with a message of 1,000 characters and more: an unknown key is quoted whole
    pytest.param("case.json", b'{"case": "X", "authority": "bolton", "' + b"k" * 1000 + b'": 1}',
                 id="json-unknown-key-quoted-whole"),
    pytest.param("case.yaml", _CASE + b"k" * 1000 + b": 1\n", id="yaml-unknown-key-quoted-whole"),
    # a hang: the check for lone surrogates walked all 9^12 items of an alias bomb
    pytest.param("case.yaml", _CASE + b"x: [" + _alias_bomb(12) + b"]\n", id="yaml-alias-bomb"),
    # exit 2 with a message on two lines: an unknown key holding a newline, shown raw
    pytest.param("case.yaml", _CASE + b'"\\n": 1\n', id="yaml-unknown-key-a-newline"),
    # exit 2 with a message on two lines: the YAML reader's own position after a newline
    # ('... control characters are not allowed\n  in "<unicode string>", position 7')
    pytest.param("case.yaml", b"case: X\x00\n", id="yaml-nul-two-line-message"),
    # exit 2 with a message on two lines: lxml's message ends '\n, line 1, column 10'
    pytest.param("census.xml", b"<Message>\x00</Message>", id="census-nul-two-line-message"),
    # exit 2 with a message of 1,200 characters: lxml, reading the file as UCS-4 after the
    # NUL bytes, quotes what it could not read ("Couldn't find end of Start Tag ���...")
    pytest.param("census.xml", b"\x00\x00\x00<Message>" + b"x" * 2000,
                 id="census-message-quotes-unreadable-bytes"),
]


@pytest.mark.parametrize(("name", "content"), KNOWN_BAD)
def test_known_bad_inputs(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    if path.suffix == ".xml":
        check_audit(path)
    else:
        check_evaluate(path, "json")
