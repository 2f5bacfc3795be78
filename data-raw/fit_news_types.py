#!/usr/bin/env python3
"""Fit the news reader's article-level model (:mod:`casus.news.article_types`) and write
``src/casus/data/news_types.npz``.

Run from the repository root (scikit-learn from the ``model`` extra; the reader applies the weights with numpy)::

    .venv/bin/python data-raw/fit_news_types.py          # fit on every labelled article, write the model
    .venv/bin/python data-raw/fit_news_types.py --cv     # also: ten folds by batch, out-of-fold figures

Rows: every labelled article (tests/news/gold.yaml's development and held-out sets, fresh ... freshN), its text
as the reader cleans it.  Per event type, the label is whether the article's gold lists at least one event of
that type.  Each type's model is an L2-regularised logistic regression (L-BFGS, C = :data:`C`; the intercept not
penalised) on the hashed columns of :func:`casus.news.article_types.features`; weights below :data:`PRUNE` in size
are set to 0 and the rest kept in half precision.  The kind head (:func:`fit_kinds`) is a multinomial logistic
regression (C = :data:`C_KIND`) on the articles whose gold events have a kind, each labelled with the kind its events
have most often.

``--cv`` holds out each tenth of the batches (batch number mod 10; the development and held-out sets count as 0),
fits on the rest, and reports per language the detection counts (TP/FP/FN, as tests/news/news_gold.py counts them,
by type) of the rules alone, of the model alone (an event of each type whose probability reaches ``ADD``), of
the two together (the model's events in an article where the rules found none) and of the reader (the same, once the
rules' events of a type whose probability is below ``VETO`` are set aside).  The rules were
written on these articles, so "rules alone" is a development figure; the model's figures are out-of-fold.  Then the
same for the rules as they first read each batch, blind (``tests/news/first_readings.json``, written by
``data-raw/first_readings.py``), with the out-of-fold model where they found nothing.  For the kind head: its
out-of-fold accuracy, and the kind F1 of the rules' events (today's on fresh73 on; the blind first readings) without
and with it filling the kinds they left empty.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT / "tests" / "news"
OUT = ROOT / "src" / "casus" / "data" / "news_types.npz"
C = 3.0
C_KIND = 1.0
PRUNE = 0.02
FIT_DATE = "2026-12-01"


def load_articles(last: int | None = None) -> list[dict]:
    """Every labelled article (of the batches up to fresh``last``, if given: a batch not yet read blind stays out):
    ``set``, ``file``, ``text`` (cleaned), ``lang``, ``gold`` types, ``rules`` types."""
    sys.path.insert(0, str(NEWS))
    from news_gold import fresh_articles, gold_articles

    from casus.corpus import load_corpus
    from casus.news import read

    corpus = load_corpus()

    def resolve(x: str) -> str:
        return corpus.states.resolve(x if len(x) > 3 else f"cow:{x}").abbrev

    arts = list(gold_articles())
    folders = sorted((p for p in NEWS.iterdir() if re.fullmatch(r"fresh\d*", p.name) and (p / "gold.yaml").is_file()),
                     key=lambda p: int(p.name[5:] or 1))
    for folder in folders:
        if last is None or int(folder.name[5:] or 1) <= last:
            arts.extend(fresh_articles(resolve, folder))
    out = []
    for a in arts:
        r = read(a["path"].read_bytes(), reference_date=a.get("reference_date"), corpus=corpus, source=a["file"],
                 learned_types=False)
        out.append({"set": a["set"], "file": a["file"], "text": r.text, "lang": r.lang,
                    "gold": [e["type"] for e in a["events"]], "rules": [e.type for e in r.events],
                    "kind": article_kind(a["events"]), "events": a["events"],
                    "rules_events": [{"type": e.type, "parties": list(e.parties), "date": e.date, "kind": e.kind,
                                      "match": None} for e in r.events]})
    return out


def article_kind(events: list[dict]) -> str | None:
    """The kind an article's gold events have most often (the first of equals); None if none has one."""
    kinds = Counter(e["kind"] for e in events if e.get("kind"))
    return kinds.most_common(1)[0][0] if kinds else None


def design(arts: list[dict]):
    from scipy import sparse

    from casus.news.article_types import N_HASH, features

    rows, cols, vals = [], [], []
    for i, a in enumerate(arts):
        for k, v in features(a["text"], a["lang"]).items():
            rows.append(i)
            cols.append(k)
            vals.append(v)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(arts), N_HASH))


def fit(x, y: np.ndarray) -> tuple[float, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    m = LogisticRegression(C=C, max_iter=5000, solver="lbfgs").fit(x, y)
    w = m.coef_[0].copy()
    w[np.abs(w) < PRUNE] = 0.0
    return float(m.intercept_[0]), w.astype(np.float16)


def fit_kinds(x, labels: list[str | None], kinds: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """The kind head: a multinomial logistic regression (L-BFGS, C = :data:`C_KIND`) on the articles with a kind,
    one row of intercept and weights per kind (weights pruned and halved as :func:`fit`'s)."""
    from sklearn.linear_model import LogisticRegression

    has = np.array([k is not None for k in labels])
    y = np.array([kinds.index(k) for k in labels if k is not None])
    m = LogisticRegression(C=C_KIND, max_iter=5000, solver="lbfgs").fit(x[has], y)
    assert list(m.classes_) == list(range(len(kinds))), "every kind needs an article"
    w = m.coef_.copy()
    w[np.abs(w) < PRUNE] = 0.0
    return m.intercept_.astype(float), w.astype(np.float16)


def kind_probabilities(x, intercepts: np.ndarray, weights: np.ndarray) -> np.ndarray:
    eta = x @ weights.astype(float).T + intercepts
    eta -= eta.max(axis=1, keepdims=True)
    e = np.exp(eta)
    return e / e.sum(axis=1, keepdims=True)


def batch_number(name: str) -> int:
    return 0 if name in ("dev", "heldout") else int(name[5:] or 1)


def counts(arts: list[dict], chosen: list[Counter]) -> dict[str, tuple[int, int, int]]:
    out = {}
    for lang in ("en", "hi"):
        tp = fp = fn = 0
        for a, got in zip(arts, chosen, strict=True):
            if a["lang"] != lang:
                continue
            gold = Counter(a["gold"])
            for t in set(gold) | set(got):
                tp += min(got[t], gold[t])
                fp += max(got[t] - gold[t], 0)
                fn += max(gold[t] - got[t], 0)
        out[lang] = (tp, fp, fn)
    return out


def f1(c: tuple[int, int, int]) -> float:
    return 2 * c[0] / (2 * c[0] + c[1] + c[2]) if c[0] else 0.0


def _with_model(rules: Counter, probs: np.ndarray, types: tuple[str, ...], add: float, veto: float) -> Counter:
    """The reader's events by type: the rules' of a type whose probability reaches ``veto``; where none stands, one of
    each type whose probability reaches ``add``."""
    standing = Counter({t: n for t, n in rules.items() if probs[types.index(t)] >= veto})
    return standing or Counter({t: 1 for j, t in enumerate(types) if probs[j] >= add})


def cross_validate(arts: list[dict], x, types: tuple[str, ...], add: float, kinds: tuple[str, ...],
                   fill: float, veto: float) -> None:
    fold = np.array([batch_number(a["set"]) % 10 for a in arts])
    p = np.zeros((len(arts), len(types)))
    pk = np.zeros((len(arts), len(kinds)))
    for k in range(10):
        train, test = fold != k, fold == k
        for j, t in enumerate(types):
            y = np.array([t in a["gold"] for a in arts])
            b, w = fit(x[train], y[train])
            p[test, j] = 1 / (1 + np.exp(-(x[test] @ w.astype(float) + b)))
        kb, kw = fit_kinds(x[train], [a["kind"] for a, keep in zip(arts, train, strict=True) if keep], kinds)
        pk[test] = kind_probabilities(x[test], kb, kw)
    _report_kinds(arts, pk, kinds, fill)
    numbers = np.array([batch_number(a["set"]) for a in arts])
    for title, lo in (("every labelled article", 0), ("fresh73 on", 73), ("fresh127 on", 127)):
        keep = [i for i in range(len(arts)) if numbers[i] >= lo]
        sub = [arts[i] for i in keep]
        rules = [Counter(a["rules"]) for a in sub]
        model = [Counter({t: 1 for j, t in enumerate(types) if p[i, j] >= add}) for i in keep]
        both = [r if r else m for r, m in zip(rules, model, strict=True)]  # (the model where the rules found none)
        vetoed = [_with_model(r, p[i], types, add, veto) for r, i in zip(rules, keep, strict=True)]
        _report(f"{title} ({len(sub)} articles)", sub, (("rules alone (development)", rules),
                                                         ("model alone (out of fold)", model),
                                                         ("rules + model (out of fold)", both),
                                                         ("+ unlikely types set aside", vetoed)))
    # the rules as they first read each batch, blind (tests/news/first_readings.json), with the out-of-fold model
    first = _rules_read_blind()
    keep = [i for i, a in enumerate(arts) if a["file"] in first.get(a["set"], {})]
    sub = [arts[i] for i in keep]
    blind = [Counter(e["type"] for e in first[a["set"]][a["file"]]) for a in sub]
    model = [Counter({t: 1 for j, t in enumerate(types) if p[i, j] >= add}) for i in keep]
    _report(f"first readings of {min(first, key=batch_number)}-{max(first, key=batch_number)} ({len(sub)} articles)",
            sub, (("rules, read blind", blind),
                  ("+ model (out of fold)", [r if r else m for r, m in zip(blind, model, strict=True)]),
                  ("+ unlikely types set aside", [_with_model(r, p[i], types, add, veto)
                                                  for r, i in zip(blind, keep, strict=True)])))


def _rules_read_blind() -> dict[str, dict[str, list[dict]]]:
    """Each kept first reading's events of the rules alone (tests/news/first_readings.json: a batch read with the
    article-level model keeps the rules' own events beside its reading, ``rules_events``), by batch and article."""
    kept = json.loads((NEWS / "first_readings.json").read_text(encoding="utf-8"))
    return {name: reading.get("rules_events", reading["events"]) for name, reading in kept.items()}


def _filled(events: list[dict], probs: np.ndarray, kinds: tuple[str, ...], fill: float) -> list[dict]:
    """The events with the kind head's kind where they have none and its probability reaches ``fill``."""
    best = int(probs.argmax())
    return [dict(e, kind=kinds[best]) if e["kind"] is None and probs[best] >= fill else e for e in events]


def _report_kinds(arts: list[dict], pk: np.ndarray, kinds: tuple[str, ...], fill: float) -> None:
    """Kind F1 (tests/news/news_gold.py's counts) of the rules' events without and with the out-of-fold kind head
    filling the kinds they left empty: today's rules on fresh73 on (a development figure for the rules), and the
    rules as they first read fresh127-fresh150, blind."""
    from news_gold import metrics

    has = [i for i, a in enumerate(arts) if a["kind"] is not None]
    right = sum(kinds[int(pk[i].argmax())] == arts[i]["kind"] for i in has)
    print(f"kind head, out of fold: the article's kind right in {right} of {len(has)} articles with one "
          f"({right / len(has):.3f})")
    first = _rules_read_blind()
    for title, rows in (("fresh73 on, today's rules", [(i, a["rules_events"]) for i, a in enumerate(arts)
                                                         if batch_number(a["set"]) >= 73]),
                        ("first readings, rules read blind", [
                            (i, [dict(e, match=None) for e in first[a["set"]][a["file"]]])
                            for i, a in enumerate(arts) if a["file"] in first.get(a["set"], {})])):
        line = []
        for lang in ("en", "hi"):
            gold = {i: [dict(e, match=None) for e in arts[i]["events"]] for i, _ in rows}
            plain = metrics([(ev, gold[i]) for i, ev in rows if arts[i]["lang"] == lang])["kind"]
            filled = metrics([(_filled(ev, pk[i], kinds, fill), gold[i]) for i, ev in rows
                              if arts[i]["lang"] == lang])["kind"]
            line.append(f"{lang} {f1(plain):.3f} ({plain[0]}/{plain[1]}/{plain[2]}) -> {f1(filled):.3f} "
                        f"({filled[0]}/{filled[1]}/{filled[2]})")
        print(f"  kind F1, {title:36} " + "  ".join(line))


def _report(title: str, arts: list[dict], rows) -> None:
    print(title)
    for name, chosen in rows:
        c = counts(arts, chosen)
        print(f"  {name:28} " + "  ".join(f"{lang} {f1(v):.3f} ({v[0]}/{v[1]}/{v[2]})" for lang, v in c.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="also report ten-fold (by batch) out-of-fold figures")
    ap.add_argument("--last", type=int, metavar="N",
                    help="fit on the batches up to freshN only (leave out a batch not yet read blind)")
    args = ap.parse_args()
    from casus.news.article_types import _WORD, ADD, KIND_FILL, KINDS, MAX_WORDS, N_HASH, SCHEMA, VETO
    from casus.news.events import EVENT_TYPES

    arts = load_articles(args.last)
    x = design(arts)
    types = tuple(EVENT_TYPES)
    if args.cv:
        cross_validate(arts, x, types, ADD, KINDS, KIND_FILL, VETO)
    intercepts, weights = [], []
    for t in types:
        b, w = fit(x, np.array([t in a["gold"] for a in arts]))
        intercepts.append(b)
        weights.append(w)
    kind_intercepts, kind_weights = fit_kinds(x, [a["kind"] for a in arts], KINDS)
    sets = list(dict.fromkeys(a["set"] for a in arts))
    meta = {"schema": SCHEMA, "note": "article-level event-type model of the news reader (casus.news.article_types); "
            "fitted by data-raw/fit_news_types.py", "fitted": FIT_DATE, "training_sets": sets,
            "articles": len(arts), "positives": {t: sum(t in a["gold"] for a in arts) for t in types},
            "types": list(types), "kinds": list(KINDS),
            "kind_articles": {k: sum(a["kind"] == k for a in arts) for k in KINDS},
            "n_hash": N_HASH, "max_words": MAX_WORDS, "C": C, "C_kind": C_KIND, "prune": PRUNE,
            "longest_article_words": max(len(_WORD.findall(a["text"].lower())) for a in arts),
            "hash": "crc32 of the UTF-8 bytes of 'w'+word, 'b'+word pair (of the first max_words words), "
                    "'h'+headline word, 'lang'+language, mod n_hash; log1p counts"}
    buf = io.BytesIO()
    np.savez_compressed(buf, meta=np.array(json.dumps(meta)), intercepts=np.array(intercepts),
                        weights=np.vstack(weights), kind_intercepts=kind_intercepts, kind_weights=kind_weights)
    OUT.write_bytes(buf.getvalue())
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes; {len(arts)} articles, "
          f"{int((np.vstack(weights) != 0).sum()) + int((kind_weights != 0).sum()):,} weights)")


if __name__ == "__main__":
    main()
