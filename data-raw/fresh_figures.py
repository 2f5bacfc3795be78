#!/usr/bin/env python3
"""Read fresh batches with one checkout's reader and count what it reads; count windows of first readings.

Run from the repository root with the project's virtual environment::

    .venv/bin/python data-raw/fresh_figures.py read OUT.json --sets 293,294            # this checkout's reader
    .venv/bin/python data-raw/fresh_figures.py read OUT.json --sets 1-296 --tree WT    # a worktree's reader
    .venv/bin/python data-raw/fresh_figures.py read OUT.json --sets 293,294 --rules-only
    .venv/bin/python data-raw/fresh_figures.py score OUT.json [--per-set]
    .venv/bin/python data-raw/fresh_figures.py compare A.json B.json       # the articles two readings read apart
    .venv/bin/python data-raw/fresh_figures.py window 289 296               # last eight, from first_readings.json

``read`` is how a batch's first reading is taken (from a clean worktree of the commit that holds the batch, before
anything else reads it) and how a rule change is measured on the development sets (``read`` before and after,
``score`` both, ``compare`` them: development figures, not estimates). ``window`` counts a run of batches' kept first
readings (``tests/news/first_readings.json``): detection, date, kind, parties as TP/FP/FN per language, the rules'
events alone, and the share of found events whose writer coded a kind that the reader read right, as the README
reports them. Scores are those of ``tests/news/news_gold.py`` (events paired by type; see its ``metrics``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("detection", "date", "kind", "parties")


def _setup(tree: Path):
    """Import the reader of ``tree`` (its ``src``) and the scoring of its tests; the corpus and a resolver."""
    sys.path.insert(0, str(tree / "src"))
    sys.path.insert(0, str(tree / "tests" / "news"))
    import casus.news
    from casus.corpus import load_corpus

    if not Path(casus.news.__file__).resolve().is_relative_to(tree.resolve()):
        sys.exit(f"casus imported from {casus.news.__file__}, not from --tree {tree}")
    corpus = load_corpus()
    return corpus, lambda x: corpus.states.resolve(x if len(x) > 3 else f"cow:{x}").abbrev


def _names(spec: str) -> list[str]:
    out: list[str] = []
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        out += [f"fresh{i}" if i > 1 else "fresh" for i in range(int(lo), int(hi or lo) + 1)]
    return out


def _rows(run: dict, resolve, news: Path, events: str = "events"):
    from news_gold import fresh_articles

    for name, reading in run.items():
        reading = reading[events] if events in reading else reading
        for a in fresh_articles(resolve, news / name):
            yield name, a, [dict(e, match=None) for e in reading[a["file"]]]


def _line(m: dict) -> str:
    from news_gold import prf

    return " ".join(f"{k} {prf(*m[k])[2]:.3f} {m[k]}" for k in KINDS)


def read(args) -> None:
    tree = Path(args.tree)
    corpus, resolve = _setup(tree)
    from news_gold import fresh_articles

    from casus.news import article_types, read

    if args.rules_only:
        article_types.ENABLED = False
    out: dict[str, dict] = {}
    for name in _names(args.sets):
        out[name] = {}
        for a in fresh_articles(resolve, tree / "tests" / "news" / name):
            r = read(a["path"].read_bytes(), reference_date=a.get("reference_date"), corpus=corpus, source=a["file"])
            out[name][a["file"]] = [{"type": e.type, "parties": list(e.parties), "date": e.date, "kind": e.kind}
                                    for e in r.events]
    Path(args.out).write_text(json.dumps(out), encoding="utf-8")
    print(f"{len(out)} sets read into {args.out}")


def score(args) -> None:
    _, resolve = _setup(ROOT)
    from news_gold import metrics

    run = json.loads(Path(args.run).read_text(encoding="utf-8"))
    rows: dict[tuple[str, str], list] = {}
    for name, a, pred in _rows(run, resolve, ROOT / "tests" / "news"):
        rows.setdefault((name, a["lang"]), []).append((pred, a["events"]))
    for lang in ("en", "hi"):
        if args.per_set:
            for (name, lg), r in rows.items():
                if lg == lang:
                    print(name, lang, _line(metrics(r)))
        print("all", lang, _line(metrics([x for (_, lg), r in rows.items() if lg == lang for x in r])))


def compare(args) -> None:
    _, resolve = _setup(ROOT)
    from news_gold import metrics

    a_run, b_run = (json.loads(Path(p).read_text(encoding="utf-8")) for p in (args.a, args.b))

    def said(evs) -> str:
        return "; ".join(f"{e['type']} {'+'.join(e['parties'])} {e['date']} {e['kind']}" for e in evs) or "-"

    for name, art, pred_a in _rows(a_run, resolve, ROOT / "tests" / "news"):
        pred_b = [dict(e, match=None) for e in b_run[name][art["file"]]]
        if pred_a == pred_b:
            continue
        ma, mb = metrics([(pred_a, art["events"])]), metrics([(pred_b, art["events"])])
        moved = " ".join(f"{k} {tuple(y - x for x, y in zip(ma[k], mb[k], strict=True))}" for k in KINDS)
        print(f"{name}/{art['file']} [{art['lang']}] (TP, FP, FN) moved: {moved}")
        print(f"   gold: {said(art['events'])}\n   A:    {said(pred_a)}\n   B:    {said(pred_b)}")


def window(args) -> None:
    _, resolve = _setup(ROOT)
    from news_gold import _align, metrics, prf

    kept = json.loads((ROOT / "tests" / "news" / "first_readings.json").read_text(encoding="utf-8"))
    run = {f"fresh{n}": kept[f"fresh{n}"] for n in range(args.lo, args.hi + 1)}
    articles = {"en": 0, "hi": 0}
    events = 0
    for lang in ("en", "hi"):
        rows = [(pred, a["events"]) for _, a, pred in _rows(run, resolve, ROOT / "tests" / "news") if a["lang"] == lang]
        rules = [(pred, a["events"]) for _, a, pred in _rows(run, resolve, ROOT / "tests" / "news", "rules_events")
                 if a["lang"] == lang]
        articles[lang] = len(rows)
        events += sum(len(g) for _, g in rows)
        found = [(p, g) for pred, gold in rows for p, g in _align(pred, gold) if p is not None and g is not None]
        coded = [(p, g) for p, g in found if g["kind"] is not None]
        right = sum(p["kind"] == g["kind"] for p, g in coded)
        uncoded = sum(g["kind"] is None and p["kind"] is not None for p, g in found)
        r = metrics(rules)
        print(f"{lang}: {_line(metrics(rows))} | rules detection {prf(*r['detection'])[2]:.3f} {r['detection']} | "
              f"found {len(found)}, kind read where its writer coded none {uncoded}, "
              f"kind right {right} of {len(coded)}")
    print(f"fresh{args.lo}-fresh{args.hi}: {articles['en'] + articles['hi']} articles ({articles['hi']} Hindi), "
          f"{events} events")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("read", help="read batches with a checkout's reader")
    p.add_argument("out")
    p.add_argument("--sets", required=True, help="batch numbers and ranges: 1-296 or 293,294 (1 is fresh/)")
    p.add_argument("--tree", default=str(ROOT), help="the checkout whose reader reads (default: this one)")
    p.add_argument("--rules-only", action="store_true", help="the rules alone (the article-level model off)")
    p = sub.add_parser("score", help="TP/FP/FN per language of a reading")
    p.add_argument("run")
    p.add_argument("--per-set", action="store_true")
    p = sub.add_parser("compare", help="the articles two readings read apart")
    p.add_argument("a")
    p.add_argument("b")
    p = sub.add_parser("window", help="a run of batches' kept first readings, counted")
    p.add_argument("lo", type=int)
    p.add_argument("hi", type=int)
    args = ap.parse_args()
    {"read": read, "score": score, "compare": compare, "window": window}[args.command](args)


if __name__ == "__main__":
    main()
