#!/usr/bin/env python3
"""Re-read fresh batches with the reader of the commit that first read them, and keep those events.

Run from the repository root (git and the project's virtual environment)::

    .venv/bin/python data-raw/first_readings.py      # writes tests/news/first_readings.json

Each batch's first reading (tests/news/test_news_fresh.py, ``FIRST_READING``) was made once, from a clean worktree of
the commit named for it in that module's docstring.  This script checks out each such commit in a temporary worktree,
reads its batches with that commit's reader (rules only: those readers had no article-level model), and writes every
article's events, so that the first readings can be checked and later steps measured against what the rules read
blind (``data-raw/fit_news_types.py --cv``).  Its counts must give the F1 recorded for each batch.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "news" / "first_readings.json"
#: the commit each pair of batches was first read at (tests/news/test_news_fresh.py's docstring)
COMMITS = {"02b6640": ("fresh127", "fresh128"), "01d9e09": ("fresh129", "fresh130"),
           "c28465b": ("fresh131", "fresh132"), "b829542": ("fresh133", "fresh134"),
           "715194c": ("fresh135", "fresh136"), "ef72b2b": ("fresh137", "fresh138"),
           "798c3f3": ("fresh139", "fresh140"), "cfedc27": ("fresh141", "fresh142"),
           "3984912": ("fresh143", "fresh144"), "5307970": ("fresh145", "fresh146"),
           "9b840af": ("fresh147", "fresh148"), "f3be7e8": ("fresh149", "fresh150")}

_READ = """
import json, sys
from pathlib import Path
wt = Path(sys.argv[1]); sys.path.insert(0, str(wt / "tests" / "news"))
from news_gold import fresh_articles
from casus.corpus import load_corpus
from casus.news import read
import casus.news
assert Path(casus.news.__file__).is_relative_to(wt), casus.news.__file__
corpus = load_corpus()
def resolve(x):
    return corpus.states.resolve(x if len(x) > 3 else f"cow:{x}").abbrev
out = {}
for name in sys.argv[2:]:
    out[name] = {}
    for a in fresh_articles(resolve, wt / "tests" / "news" / name):
        r = read(a["path"].read_bytes(), reference_date=a.get("reference_date"), corpus=corpus, source=a["file"])
        out[name][a["file"]] = [{"type": e.type, "parties": list(e.parties), "date": e.date, "kind": e.kind}
                                for e in r.events]
print(json.dumps(out))
"""


def main() -> None:
    result: dict[str, dict] = {}
    for commit, batches in COMMITS.items():
        with tempfile.TemporaryDirectory() as tmp:
            wt = Path(tmp) / "wt"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(wt), commit], check=True)
            try:
                done = subprocess.run([sys.executable, "-c", _READ, str(wt), *batches], check=True, text=True,
                                      capture_output=True, env={**os.environ, "PYTHONPATH": str(wt / "src")})
                result.update({name: {"commit": commit, "events": events}
                               for name, events in json.loads(done.stdout).items()})
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(wt)], check=True)
        print(f"{commit}: {', '.join(batches)}", file=sys.stderr)
    OUT.write_text(json.dumps(result, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
