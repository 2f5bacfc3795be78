#!/usr/bin/env python3
"""Re-read fresh batches with the reader of the commit that first read them, and keep those events.

Run from the repository root (git and the project's virtual environment)::

    .venv/bin/python data-raw/first_readings.py      # writes tests/news/first_readings.json

Each batch's first reading (tests/news/test_news_fresh.py, ``FIRST_READING``) was made once, from a clean worktree of
the commit named for it in that module's docstring. This script checks out each such commit in a temporary worktree,
reads its batches with that commit's reader and writes every article's events, so that the first readings can be
checked and later steps measured against what the rules read blind (``data-raw/fit_news_types.py --cv``). Its counts
must give the F1 recorded for each batch. The readers of fresh127-fresh150 had no article-level model; from fresh151
on the reader has one, and each such batch kept here (:data:`MODEL_READERS`: fresh209 on, ``"article_model": true``)
also keeps what the rules of the same reader read alone (``rules_events``: the model off), from which the README's
counts of what the model added and set aside come. ``--only fresh259,fresh260`` re-reads those batches and keeps the
rest of the file.
"""

from __future__ import annotations

import argparse
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
wt, news, model = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "model"
sys.path.insert(0, str(news))
from news_gold import fresh_articles
from casus.corpus import load_corpus
from casus.news import read
import casus.news
assert Path(casus.news.__file__).is_relative_to(wt), casus.news.__file__
corpus = load_corpus()
def resolve(x):
    return corpus.states.resolve(x if len(x) > 3 else f"cow:{x}").abbrev
def reading(name, with_model):
    if model:
        from casus.news import article_types
        article_types.ENABLED = with_model
    out = {}
    for a in fresh_articles(resolve, news / name):
        r = read(a["path"].read_bytes(), reference_date=a.get("reference_date"), corpus=corpus, source=a["file"])
        out[a["file"]] = [{"type": e.type, "parties": list(e.parties), "date": e.date, "kind": e.kind}
                          for e in r.events]
    return out
print(json.dumps({name: {"events": reading(name, model), **({"rules_events": reading(name, False)} if model else {})}
                  for name in sys.argv[4:]}))
"""


#: the batches read with the article-level model (from fresh151 on): the commit whose reader (and model) first read
#: each, as the README's table of first readings names it (fresh215's reader, named 067de2a there, is no commit of
#: the history: the batch is read from the clean worktree it was first read from, 15e56df, whose reader is bd4eb13's)
MODEL_READERS = {"fresh209": "65ba553", "fresh210": "35941d6", "fresh211": "7c2541c", "fresh212": "b6cb7ab",
                 "fresh214": "b06e078", "fresh215": "15e56df", "fresh216": "8dff2dc", "fresh217": "d35ea21",
                 "fresh218": "ac2deae", "fresh219": "0d0090a", "fresh220": "39d094d", "fresh221": "531ecca",
                 "fresh222": "6ae409b", "fresh223": "31b4762", "fresh224": "d4d870f", "fresh225": "6f342f9",
                 "fresh226": "cf3df3d", "fresh227": "2c2b65f", "fresh228": "1b1cf35", "fresh229": "e473b88",
                 "fresh230": "4206cc1", "fresh231": "f53e323", "fresh232": "629d7fe", "fresh233": "579fcfb",
                 "fresh234": "85ac7c1", "fresh235": "5089495", "fresh236": "7b617a1", "fresh237": "fb2d032",
                 "fresh238": "137a525", "fresh239": "afa9938", "fresh240": "3a2f8fc", "fresh241": "dabaee3",
                 "fresh242": "3f2ac8d", "fresh243": "f71b629", "fresh244": "42878a9", "fresh245": "8dcdcda",
                 "fresh246": "366ab73", "fresh247": "c19db3c", "fresh248": "92e1697", "fresh249": "3d61367",
                 "fresh250": "89da247", "fresh251": "ed61572", "fresh252": "4acee01", "fresh253": "9682cb0",
                 "fresh254": "364e744", "fresh255": "0729901", "fresh256": "b2c4e3f", "fresh257": "17c4918",
                 "fresh258": "977d015", "fresh259": "ceca920", "fresh260": "76f350a", "fresh261": "7509cbf",
                 "fresh262": "062998b", "fresh263": "95c7538", "fresh264": "4983ad1", "fresh265": "837a5b6",
                 "fresh266": "f966bad", "fresh267": "4a85cbc", "fresh268": "c3292b9",
                 "fresh269": "2c98cb8", "fresh270": "2c98cb8",
                 "fresh271": "a44fc65", "fresh272": "a44fc65",
                 "fresh273": "e35fcb9", "fresh274": "e35fcb9",
                 "fresh275": "705396b", "fresh276": "705396b",
                 "fresh277": "dff9569", "fresh278": "dff9569",
                 "fresh279": "46f8cf4", "fresh280": "46f8cf4",
                 "fresh281": "105b674", "fresh282": "105b674",
                 "fresh283": "914da2c", "fresh284": "914da2c",
                 "fresh285": "caf1520", "fresh286": "caf1520",
                 "fresh287": "38387b8", "fresh288": "38387b8",
                 "fresh289": "81c4eed", "fresh290": "81c4eed",
                 "fresh291": "3c98d56", "fresh292": "3c98d56",
                 "fresh293": "0446614", "fresh294": "0446614",
                 "fresh295": "7014b2e", "fresh296": "7014b2e",
                 "fresh297": "1ec72bd", "fresh298": "1ec72bd",
                 "fresh299": "50797c8", "fresh300": "50797c8",
                 "fresh301": "b1b508c", "fresh302": "b1b508c",
                 "fresh303": "5400d21", "fresh304": "5400d21",
                 "fresh305": "dde14b7", "fresh306": "dde14b7",
                 "fresh307": "467547b", "fresh308": "467547b",
                 "fresh309": "d8f188f", "fresh310": "d8f188f",
                 "fresh311": "f531d6e", "fresh312": "f531d6e",
                 "fresh313": "a4e5ffa", "fresh314": "a4e5ffa",
                 "fresh315": "ef7ec8c", "fresh316": "ef7ec8c",
                 "fresh317": "731567a", "fresh318": "731567a",
                 "fresh319": "e793875", "fresh320": "e793875",
                 "fresh321": "930898e", "fresh322": "930898e",
                 "fresh323": "8334dd7", "fresh324": "8334dd7",
                 "fresh325": "0f465ce", "fresh326": "0f465ce", "fresh327": "2d70ebd", "fresh328": "2d70ebd",
                 "fresh329": "2d70ebd", "fresh330": "2d70ebd", "fresh331": "2d70ebd", "fresh332": "2d70ebd",
                 "fresh333": "2d70ebd", "fresh334": "2d70ebd", "fresh335": "9d1f4bb", "fresh336": "9d1f4bb",
                 "fresh337": "9d1f4bb", "fresh338": "9d1f4bb",
                 "fresh339": "b564ffa", "fresh340": "b564ffa", "fresh341": "b564ffa", "fresh342": "b564ffa",
                 "fresh343": "12d4815", "fresh344": "12d4815", "fresh345": "12d4815", "fresh346": "12d4815",
                 "fresh347": "66e62a5", "fresh348": "66e62a5", "fresh349": "66e62a5", "fresh350": "66e62a5",
                 "fresh351": "6ccd76d", "fresh352": "6ccd76d", "fresh353": "6ccd76d", "fresh354": "6ccd76d",
                 "fresh355": "cf1c508", "fresh356": "cf1c508", "fresh357": "cf1c508", "fresh358": "f2c7352",
                 "fresh359": "f2c7352", "fresh360": "f2c7352", "fresh361": "f2c7352", "fresh362": "62a0bf2",
                 "fresh363": "62a0bf2", "fresh364": "62a0bf2", "fresh365": "62a0bf2", "fresh366": "c290fa5",
                 "fresh367": "c290fa5", "fresh368": "c290fa5", "fresh369": "c290fa5"}


def _read(commit: str, batches: list[str], model: bool) -> dict[str, dict]:
    """``batches`` read by the reader of ``commit`` (its article-level model on if ``model``), from a temporary
    worktree of that commit; the articles and their gold are today's (tests/news/<batch>)."""
    with tempfile.TemporaryDirectory() as tmp:
        wt = Path(tmp) / "wt"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(wt), commit], check=True)
        try:
            done = subprocess.run([sys.executable, "-c", _READ, str(wt), str(ROOT / "tests" / "news"),
                                   "model" if model else "rules", *batches], check=True, text=True,
                                  capture_output=True, env={**os.environ, "PYTHONPATH": str(wt / "src")})
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(wt)], check=True)
    return {name: {"commit": commit, "article_model": model, **read}
            for name, read in json.loads(done.stdout).items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="comma-separated batches to re-read (the others kept as they are in the file)")
    args = ap.parse_args()
    jobs = [(commit, list(batches), False) for commit, batches in COMMITS.items()]
    by_commit: dict[str, list[str]] = {}
    for name, commit in MODEL_READERS.items():
        by_commit.setdefault(commit, []).append(name)
    jobs += [(commit, batches, True) for commit, batches in by_commit.items()]
    result: dict[str, dict] = {}
    if args.only:
        want = set(args.only.split(","))
        unknown = want - {b for _, batches, _ in jobs for b in batches}
        if unknown:
            ap.error(f"--only names batches with no recorded reader: {', '.join(sorted(unknown))} "
                     f"(batches read with a recorded reader: fresh127-fresh150 and those of MODEL_READERS)")
        result = json.loads(OUT.read_text(encoding="utf-8"))
        jobs = [(c, [b for b in batches if b in want], m) for c, batches, m in jobs if want & set(batches)]
    for commit, batches, model in jobs:
        result.update(_read(commit, batches, model))
        print(f"{commit}: {', '.join(batches)}", file=sys.stderr)
    OUT.write_text(json.dumps(result, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
