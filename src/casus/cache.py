"""The on-disk cache: where it lives and the fingerprint that keys it.

Everything cached (the built corpus, the compiled engine, the backtest's
calibration) is derived from the files bundled in the package and from the
code that reads them; the fingerprint hashes both, so any change to the data
or to casus invalidates the cache.  The folder is ``$CASUS_CACHE_DIR``, else
``$XDG_CACHE_HOME/casus``, else ``~/.cache/casus``; if it cannot be written,
casus works without it.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["cache_dir", "fingerprint"]


def cache_dir() -> Path:
    base = os.environ.get("CASUS_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "casus")
    return Path(base)


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """SHA-256 (16 hex digits) of the package's source and bundled data files."""
    h = hashlib.sha256()
    root = resources.files("casus")

    def walk(node, prefix: str) -> None:
        for entry in sorted(node.iterdir(), key=lambda e: e.name):
            name = f"{prefix}/{entry.name}"
            if entry.is_dir():
                if entry.name in ("__pycache__", "static"):
                    continue
                walk(entry, name)
            elif entry.name.endswith((".py", ".csv", ".yaml", ".yml", ".jsonl", ".json", ".md")):
                h.update(name.encode())
                h.update(entry.read_bytes())

    walk(root, "casus")
    try:  # state names come from the CLDR inside babel: a new babel is a new cache
        import babel

        h.update(f"babel {babel.__version__}".encode())
    except ImportError:  # pragma: no cover - babel is a core dependency
        pass
    return h.hexdigest()[:16]
