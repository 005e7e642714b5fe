"""cpkb: child protection conference procedure as cited, tested rules."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cpkb")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
