"""What a command loads when it starts: evaluating a case imports neither the audit, the
census, the generator, lint, compare, the site nor lxml, and reads no package metadata or
`holidays` (bench/evaluate.py measures the time; this holds what makes it short)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import cpkb
from cpkb.audit import FORMATS
from cpkb.cli import AUDIT_FORMATS

HOME = Path(__file__).resolve().parents[1]
EXAMPLE = HOME / "examples" / "bolton-split-vote.yaml"
NOT_FOR_EVALUATE = ("cpkb.audit", "cpkb.census", "cpkb.census_events", "cpkb.census_generator",
                    "cpkb.lint", "cpkb.compare", "cpkb.site", "cpkb.bank_holidays", "lxml",
                    "importlib.metadata", "holidays", "urllib.request", "http.client")


def _modules_after(argv: list[str], tmp_path: Path) -> tuple[int, set[str]]:
    """The exit status of `cpkb <argv>` in a new process, and the modules it had loaded."""
    script = ("import json, sys\n"
              "from cpkb.cli import main\n"
              "try:\n"
              f"    status = main({argv!r})\n"
              "except SystemExit as exit:\n"
              "    status = exit.code\n"
              "print(json.dumps([status, sorted(sys.modules)]), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={"HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path)},
                          cwd=tmp_path)
    status, modules = json.loads(done.stderr.splitlines()[-1])
    return status, set(modules)


@pytest.mark.parametrize("cached", [False, True], ids=["first run", "from the cache"])
def test_evaluate_loads_nothing_it_does_not_use(tmp_path: Path, cached: bool) -> None:
    argv = ["evaluate", str(EXAMPLE), "--format", "json"]
    if cached:
        _modules_after(argv, tmp_path)
    status, modules = _modules_after(argv, tmp_path)
    assert status == 0
    assert "cpkb.evaluation" in modules  # it did evaluate
    assert sorted(m for m in modules if m.startswith(NOT_FOR_EVALUATE)) == []


def test_help_loads_no_command(tmp_path: Path) -> None:
    status, modules = _modules_after(["--help"], tmp_path)
    assert status == 0
    assert sorted(m for m in modules if m.startswith(("cpkb.project", "yaml", "durable"))) == []


@pytest.mark.parametrize("argv", [["lint"], ["compare", "--format", "markdown"]])
def test_lint_and_compare_need_nothing_of_the_site_extra(tmp_path: Path, argv: list[str]
                                                         ) -> None:
    # They run on the base install (README's first command), which has no Jinja2 or MkDocs.
    status, modules = _modules_after(argv, tmp_path)
    assert status == 0
    assert sorted(m for m in modules if m.startswith(("jinja2", "mkdocs", "markdown"))) == []


def test_the_audit_formats_are_the_audits() -> None:
    # The command lists them without importing the audit.
    assert AUDIT_FORMATS == FORMATS


def test_the_version_is_the_installed_packages() -> None:
    from importlib.metadata import version

    assert cpkb.__version__ == version("cpkb")
