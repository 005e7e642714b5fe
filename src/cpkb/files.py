"""Reading YAML and JSON files safely, with errors that say where the problem is."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from cpkb.errors import InputError

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
            if key in keys:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is given twice", key_node.start_mark)
            keys.add(key)
        return super().construct_mapping(node, deep=deep)


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


def read_data(path: Path) -> Any:
    """The content of a YAML or JSON file, read with safe loading only."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, "", "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "", "expected a file, found a folder") from None
    except UnicodeDecodeError as error:
        raise InputError(path, f"byte {error.start}", "expected UTF-8 text") from None
    except OSError as error:
        raise InputError(path, "", f"cannot be read ({error.strerror})") from None
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(
                path, f"line {error.lineno}, column {error.colno}", f"expected JSON: {error.msg}"
            ) from None
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        place = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise InputError(path, place, f"expected YAML: {error.problem}") from None
    except yaml.YAMLError as error:
        raise InputError(path, "", f"expected YAML: {error}") from None
