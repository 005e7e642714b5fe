"""Ctrl-C only where it does no harm."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) while the block runs; a Ctrl-C pressed meanwhile takes effect
    (KeyboardInterrupt) as soon as it ends. For work that must not stop halfway: a report
    being written out, a rules-engine session (durable-rules catches and logs an exception
    raised inside its callbacks, so a Ctrl-C there printed its traceback)."""
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
