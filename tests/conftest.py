"""Shared fixtures for the unit tests: the project, and a disposable copy of it to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cpkb.project import Project

HOME = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def project() -> Project:
    return Project(HOME)


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A copy of kb/, rules/ and features/ that a test may break."""
    for folder in ("kb", "rules", "features"):
        shutil.copytree(HOME / folder, tmp_path / folder)
    return tmp_path
