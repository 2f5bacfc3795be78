"""Benchmark: the news reader (``casus read``), articles per second on one core.

Run with ``.venv/bin/python benchmarks/bench_news.py [--json] [--seconds N]``.
The articles are the test set (``tests/news/articles``, ``heldout`` and the
seed: 49 articles, Hindi and English, 0.5–9 KB).  Reported, each measured in
the same run so that ratios, not absolute times, compare across machines:

* **baseline**: decoding, folding (Unicode normalisation for matching) and
  sentence splitting only — the least any reader must do;
* **read**: the full reader — noise removal, the lexicon scan, events, dates,
  kinds — with corpus matching (and draft treaty files);
* **read, no matching**: the same without the corpus;
* one-off costs: loading the corpus and building the lexicon automaton.

Target: at least 200 typical articles per second.  Benchmarks never fail; the
test suite never times anything.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "tests" / "news"


def _articles() -> list[bytes]:
    files = sorted(NEWS.glob("articles/*")) + sorted(NEWS.glob("heldout/*")) + sorted(NEWS.glob("seed/*.txt"))
    return [p.read_bytes() for p in files if p.suffix in (".txt", ".html")]


def _rate(fn, docs: list[bytes], seconds: float) -> tuple[float, int]:
    n = 0
    t0 = time.perf_counter()
    while True:
        for d in docs:
            fn(d)
        n += len(docs)
        el = time.perf_counter() - t0
        if el >= seconds:
            return n / el, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--seconds", type=float, default=3.0, help="time spent on each measurement")
    args = ap.parse_args()

    t0 = time.perf_counter()
    from casus.corpus import load_corpus

    corpus = load_corpus()
    t_corpus = time.perf_counter() - t0
    t0 = time.perf_counter()
    from casus.news.index import get_index

    get_index()
    t_index = time.perf_counter() - t0

    from casus.news import read
    from casus.news.clean import decode_bytes
    from casus.news.text import fold, split_sentences

    docs = _articles()
    for d in docs:  # warm caches (dateparser's locale data, ...)
        read(d, corpus=corpus)

    def baseline(d: bytes) -> None:
        split_sentences(fold(decode_bytes(d)))

    base, _ = _rate(baseline, docs, args.seconds)
    full, n = _rate(lambda d: read(d, corpus=corpus, source="bench"), docs, args.seconds)
    bare, _ = _rate(lambda d: read(d, corpus=corpus, match=False), docs, args.seconds)
    seed = [(NEWS / "seed" / "000_5d189613c297ab9a.txt").read_bytes()]
    seed_base, _ = _rate(baseline, seed, args.seconds / 2)
    seed_full, _ = _rate(lambda d: read(d, corpus=corpus, source="bench"), seed, args.seconds / 2)
    events = sum(len(read(d, corpus=corpus).events) for d in docs)
    kb = sum(len(d) for d in docs) / len(docs) / 1024
    res = {
        "articles": len(docs),
        "mean_article_kb": round(kb, 2),
        "events_in_set": events,
        "baseline_articles_per_s": round(base, 1),
        "read_articles_per_s": round(full, 1),
        "read_no_matching_articles_per_s": round(bare, 1),
        "read_ms_per_article": round(1000 / full, 3),
        "read_vs_baseline": round(base / full, 1),
        "seed_8_8kb_baseline_per_s": round(seed_base, 1),
        "seed_8_8kb_read_per_s": round(seed_full, 1),
        "corpus_load_s": round(t_corpus, 3),
        "lexicon_automaton_s": round(t_index, 3),
        "target_articles_per_s": 200,
        "meets_target": min(full, seed_full) >= 200,
    }
    if args.json:
        print(json.dumps(res, indent=2))
        return
    print(f"casus read benchmark: {len(docs)} articles (mean {kb:.1f} KB), {events} events, one core")
    print(f"  baseline (decode + fold + split)   {base:9.1f} articles/s")
    print(f"  read (events + corpus matching)    {full:9.1f} articles/s  "
          f"({1000 / full:.2f} ms/article, {base / full:.1f}x the baseline)")
    print(f"  read without matching              {bare:9.1f} articles/s")
    print(f"  the seed alone (8.8 KB, Hindi): baseline {seed_base:.1f}/s, read {seed_full:.1f}/s")
    print(f"  one-off: corpus load {t_corpus:.2f} s, lexicon automaton {t_index:.2f} s")
    print(f"  target >= 200 articles/s: {'met' if min(full, seed_full) >= 200 else 'NOT met'}")


if __name__ == "__main__":
    main()
