"""For every test run (tests/ and steps/): the cache of parsed files (cpkb.cache) goes to a
temporary folder, so that tests never write into the user's own ~/.cache/cpkb; commands the
tests start inherit it."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_FOLDER] = folder = tempfile.mkdtemp(prefix="cpkb-test-cache-")
    os.environ["XDG_CACHE_HOME"] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(config.stash[_FOLDER], ignore_errors=True)


_FOLDER = pytest.StashKey[str]()
