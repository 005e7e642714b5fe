"""Shared fixtures for the unit tests: the project, and a disposable copy of it to break."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cpkb.project import Project

HOME = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")  # Debian's: the browser tests download no browser
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def project() -> Project:
    return Project(HOME)


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A copy of kb/, rules/ and features/ that a test may break."""
    for folder in ("kb", "rules", "features"):
        shutil.copytree(HOME / folder, tmp_path / folder)
    return tmp_path


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of the test's own for what the code makes with tempfile, so that
    the folders a test counts (an audit's, say) are its own, not those of other tests or
    programs running meanwhile."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Chromium (Playwright) for the browser tests; they are skipped where Debian's
    chromium is not installed."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: the browser tests need Debian's chromium package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
