"""The parsed knowledge base kept between runs, so that a command need not parse the YAML of
kb/ and rules/ (about 40 files, a tenth of a second) every time it starts.

Each part (the kb, the rulebook, the vocabulary) is a pickle in the user's cache folder,
$XDG_CACHE_HOME/cpkb, else ~/.cache/cpkb; CPKB_CACHE=off turns it off (on is the default).
An entry's key covers everything the parse depends on: the home's path (the parsed objects
hold paths under it), the fingerprint of kb/ and rules/ (every file's content), the source of
every cpkb module (the classes pickled and the code that parsed them), the Python and PyYAML
versions. Any edit gives a new key; old entries are never read again and are removed once
more than KEEP files are there.

A cache that cannot be used is passed over, never an error: a folder that cannot be made or
written, a file truncated, corrupted, foreign (written by anything but cpkb, or by another
user) or of another key. The files are then parsed as without a cache.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from cpkb.errors import InputError, excerpt

MAGIC = b"cpkb parsed files 1\n"  # the first line of every cache file; the format's version
KEEP = 24  # newest files kept: the three parts of the last eight versions
_DIGEST = hashlib.sha256().digest_size


def cache_folder() -> Path | None:
    """The folder of the cache, or None when CPKB_CACHE=off (or no home folder is known)."""
    switch = os.environ.get("CPKB_CACHE", "on")
    if switch not in ("on", "off"):
        raise InputError(None, "CPKB_CACHE", f"expected on or off, got {excerpt(switch)}")
    if switch == "off":
        return None
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # unset, empty or relative: the XDG rule is to ignore it
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home folder to be found
            return None
    return Path(base) / "cpkb"


@functools.cache
def _code_digest() -> bytes:
    """sha256 over the source of every cpkb module (name and content)."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.digest()


@dataclass(frozen=True)
class ParsedCache:
    """The entries of one version of a knowledge base, parsed by one version of cpkb."""

    folder: Path
    key: str

    @classmethod
    def of(cls, folder: Path, home: Path, fingerprint: str) -> ParsedCache:
        digest = hashlib.sha256(_code_digest())
        for part in (str(home), fingerprint, sys.version, yaml.__version__):
            digest.update(b"\0" + part.encode("utf-8", "surrogateescape"))
        return cls(folder, digest.hexdigest())

    def _path(self, part: str) -> Path:
        return self.folder / f"{self.key}-{part}.pickle"

    def _header(self) -> bytes:
        return MAGIC + self.key.encode() + b"\n"

    def read(self, part: str) -> object | None:
        """The part as stored, or None if there is no usable entry for it."""
        path = self._path(part)
        try:
            with path.open("rb") as file:
                status = os.fstat(file.fileno())
                # Unpickling runs code the file names: only a file of this user's that no
                # one else may have written is read.
                if status.st_uid != os.getuid() or status.st_mode & 0o022:
                    return None
                data = file.read()
        except OSError:
            return None
        header = self._header()
        if not data.startswith(header):  # not cpkb's, or of another key
            return None
        digest, body = data[len(header):len(header) + _DIGEST], data[len(header) + _DIGEST:]
        if hashlib.sha256(body).digest() != digest:  # damaged: it might unpickle, wrongly
            return None
        try:
            return pickle.loads(body)  # noqa: S301 - the user's own file, checked above
        except Exception:  # passed every check yet does not load: not ours after all
            return None

    def write(self, part: str, value: object) -> None:
        """Store the part whole (a temporary file renamed into place) or not at all."""
        body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        path = self._path(part)
        temporary = None
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(dir=self.folder, prefix=f".{path.name}.",
                                                     suffix=".part")
            with os.fdopen(descriptor, "wb") as file:
                file.write(self._header() + hashlib.sha256(body).digest() + body)
            os.replace(temporary, path)
        except OSError:  # a folder that cannot be made or written: no cache, as with off
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
            return
        self._prune()

    def _prune(self) -> None:
        """Remove all but the KEEP newest files (a temporary file left by a killed run too)."""
        with contextlib.suppress(OSError):
            files = [p for p in self.folder.iterdir() if p.name.endswith((".pickle", ".part"))]
            ages = {}
            for file in files:
                with contextlib.suppress(OSError):
                    ages[file] = file.stat().st_mtime
            for file in sorted(ages, key=ages.__getitem__, reverse=True)[KEEP:]:
                with contextlib.suppress(OSError):
                    file.unlink()
