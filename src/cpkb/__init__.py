"""cpkb: child protection conference procedure as cited, tested rules."""

# The one place the version is written: pyproject.toml reads it from here (its dynamic
# version), so that start-up need not read the installed package's metadata to know it.
__version__ = "0.1.0"
