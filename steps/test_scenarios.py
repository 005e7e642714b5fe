"""Collects every scenario under features/ (one folder per authority)."""

from pytest_bdd import scenarios

scenarios("")
