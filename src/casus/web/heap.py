"""A long-running server's memory, kept bounded where the C library allows it (glibc).

Python frees the objects of an answer once it is sent, but glibc keeps the freed pages in the arena of
the thread that used them, and creates up to eight arenas per core for a server's worker threads: after
many distinct questions the process holds far more than it uses.  :func:`limit_arenas` (called before the
server starts its threads) caps the arenas at two; :class:`HeapTrimmer` hands freed pages back to the
system every few hundred computed answers (``malloc_trim``: a few milliseconds).  Elsewhere both do
nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import threading

__all__ = ["limit_arenas", "HeapTrimmer"]

_M_ARENA_MAX = -8  # mallopt's parameter number (malloc.h)


def _glibc():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None
    except OSError:
        return None


def limit_arenas(n: int = 2) -> bool:
    """At most ``n`` malloc arenas from now on (True if the C library took it)."""
    libc = _glibc()
    return bool(libc is not None and libc.mallopt(_M_ARENA_MAX, n))


class HeapTrimmer:
    """``tick()`` after each computed answer; every ``every`` ticks the freed heap goes back to the system."""

    def __init__(self, every: int = 500):
        self.every = every
        self._libc = _glibc()
        self._count = 0
        self._lock = threading.Lock()

    def tick(self) -> bool:
        """Count one answer; True when this tick trimmed the heap."""
        if self._libc is None:
            return False
        with self._lock:
            self._count += 1
            due = self._count % self.every == 0
        if due:
            self._libc.malloc_trim(0)
        return due
