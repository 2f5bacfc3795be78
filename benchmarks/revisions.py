"""Two revisions of casus checked out side by side, for benchmarks that compare them in one session."""

from __future__ import annotations

import contextlib
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@contextlib.contextmanager
def side_by_side(base: str, new: str | None, prefix: str) -> Iterator[tuple[Path, dict[str, Path]]]:
    """(a scratch folder, {"old": base's src, "new": new's src or the working tree's}); the git
    worktrees are removed on the way out, whatever happens."""
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        trees = {"old": Path(tmp) / "base", "new": Path(tmp) / "new"}
        try:
            for name, rev in (("old", base), ("new", new)):
                if rev:
                    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(trees[name]), rev],
                                   check=True, capture_output=True)
            yield Path(tmp), {"old": trees["old"] / "src", "new": (trees["new"] if new else ROOT) / "src"}
        finally:
            for tree in trees.values():
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False,
                               capture_output=True)
            subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], check=False, capture_output=True)
