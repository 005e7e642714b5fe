"""Shared fixtures for the unit tests: the project, and a disposable copy of it to break."""

from __future__ import annotations

import shutil
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
