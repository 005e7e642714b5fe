"""Reading YAML and JSON files safely, with errors that say where the problem is; writing
files whole or not at all."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Hashable, Iterator
from pathlib import Path
from typing import IO, Any

import yaml

from cpkb.errors import InputError, excerpt

# The C loader when libyaml is there (much faster on the whole knowledge base); both are safe.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loading that leaves dates as text, so that a bad date such as 2026-02-30 is
    reported at its place in the file (events[2].date) rather than as a loader failure,
    and that refuses a key given twice in one mapping (YAML would keep the last silently)."""

    def construct_mapping(self, node, deep=False):
        keys = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable):  # `? [a]` makes a list a key
                raise yaml.constructor.ConstructorError(
                    None, None, "expected a key of plain text", key_node.start_mark)
            if key in keys:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {excerpt(key)} is given twice", key_node.start_mark)
            keys.add(key)
        return super().construct_mapping(node, deep=deep)


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing a key given twice (json would keep the last silently), as
    YAML mappings are refused."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise _DuplicateKey(key)
        data[key] = value
    return data


def read_data(path: Path, max_bytes: int | None = None) -> Any:
    """The content of a YAML or JSON file, read with safe loading only; a file larger than
    `max_bytes` is refused before it is read."""
    try:
        if max_bytes is not None and path.is_file() and path.stat().st_size > max_bytes:
            raise InputError(path, "", f"expected a file of at most {max_bytes // 2**20} MiB "
                             f"(it has {path.stat().st_size / 2**20:.1f} MiB)")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, "", "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "", "expected a file, found a folder") from None
    except UnicodeDecodeError as error:
        raise InputError(path, f"byte {error.start}", "expected UTF-8 text") from None
    except OSError as error:
        raise InputError(path, "", f"cannot be read ({error.strerror})") from None
    return parse_data(text, path, as_json=path.suffix.lower() == ".json")


def parse_data(text: str, source: str | Path, as_json: bool) -> Any:
    """Text read as JSON or YAML (safe loading only), errors naming `source`."""
    data = _json(text, source) if as_json else _yaml(text, source)
    _refuse_lone_surrogates(data, source)
    return data


def _json(text: str, path: str | Path) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as error:
        raise InputError(
            path, f"line {error.lineno}, column {error.colno}", f"expected JSON: {error.msg}"
        ) from None
    except _DuplicateKey as error:
        raise InputError(path, "", f"expected JSON: the key {excerpt(error.key)} is given "
                         "twice in one object") from None
    except RecursionError:
        raise InputError(path, "", "expected JSON: exceeded maximum nesting depth") from None
    except ValueError as error:  # a number of more than 4,300 digits
        raise InputError(path, "", f"expected JSON: {one_line(error)}") from None


def _yaml(text: str, path: str | Path) -> Any:
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        place = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise InputError(path, place, f"expected YAML: {one_line(error.problem)}") from None
    except yaml.reader.ReaderError as error:
        char = error.character  # a byte (int) or a character
        code = char if isinstance(char, int) else ord(char)
        raise InputError(path, f"character {error.position + 1}", "expected YAML: "
                         f"{one_line(error.reason)} (#x{code:04x})") from None
    except yaml.YAMLError as error:
        raise InputError(path, "", f"expected YAML: {one_line(error)}") from None
    except Exception as error:
        # PyYAML's constructors fail with plain exceptions on an explicit tag that does not
        # fit its value (`!!float x`, `!!timestamp 2026-02-30`, an empty `!!timestamp`) or a
        # number of more than 4,300 digits: all of them are about the text read.
        raise InputError(path, "", "expected YAML: cannot read a value "
                         f"({one_line(error) or type(error).__name__})") from None


def one_line(error: object) -> str:
    """A parser's message on one line, cut short."""
    text = " ".join(str(error).split())
    return text if len(text) <= 160 else text[:159] + "…"


def _refuse_lone_surrogates(data: Any, path: str | Path) -> None:
    """Refuse text holding half of a UTF-16 pair (`"\\ud800"` in JSON or YAML): it can be
    neither printed nor written as UTF-8. Each list or mapping is visited once: YAML aliases
    share them, and an alias bomb must not be expanded here."""
    stack = [data]
    visited: set[int] = set()
    while stack:
        item = stack.pop()
        if isinstance(item, (dict, list)):
            if id(item) in visited:
                continue
            visited.add(id(item))
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as error:
                raise InputError(path, "", "expected text; it holds a lone surrogate "
                                 f"(\\u{ord(item[error.start]):04x}), which is no "
                                 "character") from None


def writable(path: Path, option: str) -> None:
    """Refuse, before anything is written, an output path that cannot be written: its folder
    missing or not writable, or the path a folder."""
    folder = path.parent
    if path.is_dir():
        raise InputError(path, option, "expected a file to write, found a folder")
    if not folder.is_dir():
        raise InputError(path, option, f"the folder {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(path, option, f"the folder {str(folder)!r} cannot be written to")


@contextlib.contextmanager
def written_whole(path: Path, option: str) -> Iterator[IO[str]]:
    """A text file written in full or not at all: the text goes to a temporary file beside
    `path`, which replaces `path` only once everything is written. On any failure or an
    interrupt the temporary file is removed and a file already at `path` is untouched."""
    writable(path, option)
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, then renamed
            "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".part",
            delete=False)
    except OSError as error:
        raise InputError(path, option, f"cannot be written ({error.strerror})") from None
    try:
        with handle:
            yield handle
        os.replace(handle.name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise
