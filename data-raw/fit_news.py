#!/usr/bin/env python3
"""Fit the news reader's learned step (:mod:`casus.news.learned`) and write ``src/casus/data/news_model.json``.

Run from the repository root (numpy only; no scikit-learn needed)::

    .venv/bin/python data-raw/fit_news.py            # fit on every labelled set, write the model
    .venv/bin/python data-raw/fit_news.py --lobo     # also: leave one batch out, before/after, per language
    .venv/bin/python data-raw/fit_news.py --lobo-all # only: leave one batch out over every labelled batch, pooled

Rows: every candidate sentence the reader sees in the labelled sets (tests/news/articles + heldout via gold.yaml,
fresh … fresh5; never fresh6), with the rules alone.  A row is positive when the article's gold has an event
of the row's type sharing a party with it (or, for a row with no party, any event of its type).  The model
is an L2-regularised logistic regression on standardised columns, fitted by Newton's method: the same rows give
the same coefficients.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT / "tests" / "news"
OUT = ROOT / "src" / "casus" / "data" / "news_model.json"
#: the labelled batches, in order; fresh6 is the blind test and is never read here (fresh4 and fresh5 were, until
#: their first readings were recorded)
BATCHES = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5")
#: every labelled batch whose first reading is recorded (tests/news/test_news_fresh.py), for ``--lobo-all``; a new
#: batch joins only after its first reading
LABELLED = ("dev", "heldout", "fresh", *(f"fresh{i}" for i in range(2, 29)))
#: the (DROP, ADD) settings ``--lobo-all`` compares with the rules alone
GRID = tuple((d, a) for d in (0.05, 0.1, 0.2) for a in (None, 0.5, 0.6, 0.7, 0.8))
#: the L2 penalty (on standardised columns; the intercept is not penalised)
L2 = 16.0
FIT_DATE = "2026-11-28"


def load_batches(names: tuple[str, ...] = BATCHES) -> dict[str, list[dict]]:
    """Each batch's articles (``path``, ``lang``, ``reference_date``, ``events`` as tests/news/news_gold.py loads)."""
    if str(NEWS) not in sys.path:
        sys.path.insert(0, str(NEWS))
    from news_gold import fresh_articles, gold_articles

    from casus.importers.cow_states import load_states

    states = load_states()

    def resolve(x: str) -> str:
        return states.resolve(x if len(x) > 3 else f"cow:{x}").abbrev

    out: dict[str, list[dict]] = {"dev": [], "heldout": []}
    for a in gold_articles():
        out[a["set"]].append(a)
    for name in names:
        if name not in out:
            out[name] = fresh_articles(resolve, NEWS / name)
    return out


def _ref(a: dict) -> date | None:
    r = a.get("reference_date")
    return date.fromisoformat(r) if r else None


def article_rows(a: dict) -> list[dict]:
    """The learned step's candidate rows of one article, read by the rules alone."""
    from casus.news.clean import clean
    from casus.news.extract import _Reader

    cleaned = clean(a["path"].read_bytes())
    if cleaned.binary or not cleaned.text.strip():
        return []
    r = _Reader(cleaned, _ref(a), None, a["file"])
    r.collect = []
    r.run()
    return r.collect


def label(row: dict, gold: list[dict]) -> int:
    """1 if the article's gold has an event of the row's type sharing a party with it (any, if it has none)."""
    same = [g for g in gold if g["type"] == row["type"]]
    if not row["parties"]:
        return int(bool(same))
    return int(any(set(row["parties"]) & set(g["parties"]) for g in same))


def rows_of(batches: dict[str, list[dict]]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Per batch: the design matrix and the labels."""
    out = {}
    for name, arts in batches.items():
        xs, ys = [], []
        for a in arts:
            for row in article_rows(a):
                xs.append(row["row"])
                ys.append(label(row, a["events"]))
        out[name] = (np.vstack(xs), np.asarray(ys, dtype=float))
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float | None = None, iters: int = 50) -> dict:
    """L2-regularised logistic regression on standardised columns, by Newton's method."""
    mean = x.mean(axis=0)
    sd = x.std(axis=0)
    sd[sd < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / sd])
    w = np.zeros(z.shape[1])
    pen = np.full(z.shape[1], L2 if l2 is None else l2)
    pen[0] = 1e-6
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -50, 50)))
        grad = z.T @ (p - y) + pen * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(pen)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return {"intercept": float(w[0]), "coef": w[1:].tolist(), "mean": mean.tolist(), "sd": sd.tolist()}


def model_doc(fitted: dict, batches: list[str], n: int, positives: int) -> dict:
    """The JSON the reader loads (:func:`casus.news.learned.load_model`): header, features, coefficients."""
    from casus.news import learned

    return {
        "schema": learned.SCHEMA,
        "note": "logistic re-ranker of the news reader's trigger sentences (casus.news.learned); "
                "fitted by data-raw/fit_news.py",
        "fitted": FIT_DATE,
        "training_sets": batches,
        "rows": n,
        "positives": positives,
        "l2": L2,
        "features": list(learned.FEATURES),
        "n_hash": learned.N_HASH,
        "hash": "crc32 of UTF-8 character 3- and 4-grams of the folded text within "
                f"{learned.WINDOW} characters of the trigger, mod n_hash; log1p counts",
        "drop": learned.DROP,
        "add": learned.ADD,
        **{k: (round(v, 10) if isinstance(v, float) else [round(c, 10) for c in v]) for k, v in fitted.items()},
    }


def fit_batches(rows: dict[str, tuple[np.ndarray, np.ndarray]], names: list[str]) -> dict:
    x = np.vstack([rows[n][0] for n in names])
    y = np.concatenate([rows[n][1] for n in names])
    return model_doc(fit(x, y), names, len(y), int(y.sum()))


def _loaded(doc: dict) -> dict:
    doc = dict(doc)
    for k in ("coef", "mean", "sd"):
        doc[f"_{k}"] = np.asarray(doc[k], dtype=float)
    return doc


def score(arts: list[dict], corpus, rerank) -> dict[str, dict[str, float]]:
    """F1 of detection, parties, date, kind per language of ``arts`` read with ``rerank`` (False: the rules)."""
    from news_gold import metrics, prf

    from casus.news import read

    out = {}
    for lang in ("en", "hi"):
        res = []
        for a in arts:
            if a["lang"] != lang:
                continue
            r = read(a["path"].read_bytes(), reference_date=a.get("reference_date"), corpus=corpus,
                     source=a["file"], match=corpus is not None, rerank=rerank)
            pred = [{"type": e.type, "parties": list(e.parties), "date": e.date, "kind": e.kind, "match": None}
                    for e in r.events]
            res.append((pred, [dict(g, match=None) for g in a["events"]]))
        m = metrics(res)
        out[lang] = {k: prf(*m[k])[2] for k in ("detection", "parties", "date", "kind")}
    return out


def lobo(batches: dict[str, list[dict]], rows, corpus) -> list[str]:
    """Leave one batch out: each batch read by the rules, and by the rules with the step fitted on the others."""
    lines = [f"{'batch':8} {'lang':4} " + " ".join(f"{k:>17}" for k in ("detection", "parties", "date", "kind")),
             f"{'':8} {'':4} " + " ".join(f"{'rules -> learned':>17}" for _ in range(4))]
    for held in BATCHES:
        model = _loaded(fit_batches(rows, [b for b in BATCHES if b != held]))
        before = score(batches[held], corpus, False)
        after = score(batches[held], corpus, model)
        for lang in ("en", "hi"):
            lines.append(f"{held:8} {lang:4} " + " ".join(
                f"{before[lang][k]:8.2f} -> {after[lang][k]:.2f}" for k in ("detection", "parties", "date", "kind")))
    return lines


def lobo_all(corpus) -> list[str]:
    """Leave one labelled batch out (:data:`LABELLED`), pooled: every fresh batch read by the rules alone and by the
    rules with the step fitted on every other batch, at each (DROP, ADD) of :data:`GRID`; per language, detection
    F1 with its counts, and the F1 of date and kind."""
    from casus.news import learned, read

    batches = load_batches(LABELLED)  # (puts tests/news on the path)
    from news_gold import metrics, prf

    rows = rows_of(batches)
    settings: list[tuple[float | None, float | None]] = [(None, None), *GRID]
    got: dict[tuple, dict[str, list]] = {s: {"en": [], "hi": []} for s in settings}
    saved = learned.DROP, learned.ADD
    try:
        for held in (b for b in LABELLED if b.startswith("fresh")):
            model = _loaded(fit_batches(rows, [b for b in LABELLED if b != held]))
            for setting in settings:
                learned.DROP, learned.ADD = setting if setting != (None, None) else saved
                rerank = model if setting != (None, None) else False
                for a in batches[held]:
                    r = read(a["path"].read_bytes(), reference_date=a.get("reference_date"), corpus=corpus,
                             source=a["file"], match=corpus is not None, rerank=rerank)
                    pred = [{"type": e.type, "parties": list(e.parties), "date": e.date, "kind": e.kind, "match": None}
                            for e in r.events]
                    got[setting][a["lang"]].append((pred, [dict(g, match=None) for g in a["events"]]))
    finally:
        learned.DROP, learned.ADD = saved
    lines = []
    for setting in settings:
        name = "rules alone" if setting == (None, None) else f"drop {setting[0]}, add {setting[1]}"
        parts = [f"{name:22}"]
        for lang in ("en", "hi"):
            m = metrics(got[setting][lang])
            tp, fp, fn = m["detection"]
            parts.append(f"{lang} detection {prf(tp, fp, fn)[2]:.3f} ({tp}/{fp}/{fn}) date {prf(*m['date'])[2]:.3f} "
                         f"kind {prf(*m['kind'])[2]:.3f}")
        lines.append(" | ".join(parts))
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lobo", action="store_true", help="also print the leave-one-batch-out figures")
    ap.add_argument("--dry-run", action="store_true", help="do not write the model")
    ap.add_argument("--lobo-all", action="store_true",
                    help="only print the pooled leave-one-batch-out figures over every labelled batch (LABELLED)")
    args = ap.parse_args(argv)
    if args.lobo_all:
        from casus.corpus import load_corpus

        print("\n".join(lobo_all(load_corpus())))
        return 0
    batches = load_batches()
    rows = rows_of(batches)
    for b in BATCHES:
        print(f"{b:8} {len(rows[b][1]):4} rows, {int(rows[b][1].sum()):3} positive", file=sys.stderr)
    doc = fit_batches(rows, list(BATCHES))
    if not args.dry_run:
        OUT.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)
    if args.lobo:
        from casus.corpus import load_corpus

        try:
            corpus = load_corpus()
        except Exception as e:  # noqa: BLE001 - the corpus being edited: score without matching (kinds not inherited)
            print(f"corpus not loaded ({e}): events not matched, kinds not inherited from the corpus", file=sys.stderr)
            corpus = None
        print("\n".join(lobo(batches, rows, corpus)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
