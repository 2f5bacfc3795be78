"""The gold set (gold.yaml) and the metrics of the news-reader tests."""

from __future__ import annotations

from pathlib import Path

import yaml

HERE = Path(__file__).parent


def events_of(text: str, corpus, ref: str | None = None) -> list[tuple]:
    """``(type, parties, date)`` of each event the reader reads in ``text`` (the unit tests' view of an answer)."""
    from casus.news import read_article

    return [(e.type, e.parties, e.date) for e in read_article(text, reference_date=ref, corpus=corpus)]


def events_with_kind(text: str, corpus, ref: str | None = None) -> list[tuple]:
    """``(type, parties, date, kind)`` of each event the reader reads in ``text``."""
    from casus.news import read_article

    return [(e.type, e.parties, e.date, e.kind) for e in read_article(text, reference_date=ref, corpus=corpus)]


def kinds_of(text: str, corpus, ref: str | None = None) -> list[str | None]:
    """The kind of each event the reader reads in ``text``."""
    return [t[3] for t in events_with_kind(text, corpus, ref)]
SEED = HERE / "seed" / "000_5d189613c297ab9a.txt"


def gold_articles() -> list[dict]:
    """Entries of gold.yaml, each with ``path`` (the article file) and ``set``."""
    doc = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))
    out = []
    for a in doc["articles"]:
        a = dict(a)
        a.setdefault("set", "dev")
        a["path"] = HERE / ("heldout" if a["set"] == "heldout" else "articles") / a["file"]
        for e in a["events"]:
            e["date"] = None if e.get("date") is None else str(e["date"])
        if a.get("reference_date") is not None:
            a["reference_date"] = str(a["reference_date"])
        out.append(a)
    return out


def _align(pred: list[dict], gold: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """Pair predicted with gold events: same type, most shared parties first."""
    pairs: list[tuple[dict | None, dict | None]] = []
    free = list(range(len(gold)))
    for p in pred:
        best, score = None, -1
        for j in free:
            g = gold[j]
            if g["type"] != p["type"]:
                continue
            s = len(set(p["parties"]) & set(g["parties"]))
            if s > score:
                best, score = j, s
        if best is None:
            pairs.append((p, None))
        else:
            free.remove(best)
            pairs.append((p, gold[best]))
    pairs += [(None, gold[j]) for j in free]
    return pairs


def metrics(results: list[tuple[list[dict], list[dict]]]) -> dict[str, tuple[int, int, int]]:
    """(TP, FP, FN) for detection, parties, date, kind (and match accuracy as TP/FP).

    * detection: a predicted event paired with a gold event of the same type;
    * parties: per state, over paired events (unpaired events count all their states);
    * date, kind: per event with a non-null gold (resp. predicted) value: right
      when paired and equal, otherwise a miss (and a false alarm if predicted);
    * match: paired events whose corpus id (or "draft") equals the gold one.
    """
    c = {k: [0, 0, 0] for k in ("detection", "parties", "date", "kind", "match")}
    for pred, gold in results:
        for p, g in _align(pred, gold):
            if p is not None and g is not None:
                c["detection"][0] += 1
                pp, gp = set(p["parties"]), set(g["parties"])
                c["parties"][0] += len(pp & gp)
                c["parties"][1] += len(pp - gp)
                c["parties"][2] += len(gp - pp)
                for k in ("date", "kind"):
                    if g[k] is not None and p[k] == g[k]:
                        c[k][0] += 1
                    else:
                        if p[k] is not None:
                            c[k][1] += 1
                        if g[k] is not None:
                            c[k][2] += 1
                c["match"][0 if p["match"] == g["match"] else 1] += 1
            elif p is not None:
                c["detection"][1] += 1
                c["parties"][1] += len(p["parties"])
                for k in ("date", "kind"):
                    c[k][1] += p[k] is not None
            elif g is not None:
                c["detection"][2] += 1
                c["parties"][2] += len(g["parties"])
                for k in ("date", "kind"):
                    c[k][2] += g[k] is not None
    return {k: (v[0], v[1], v[2]) for k, v in c.items()}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def table(title: str, m: dict[str, tuple[int, int, int]]) -> list[str]:
    lines = [title, f"  {'':10} {'precision':>9} {'recall':>7} {'F1':>6}   (TP/FP/FN)"]
    for k in ("detection", "parties", "date", "kind"):
        p, r, f = prf(*m[k])
        lines.append(f"  {k:10} {p:9.3f} {r:7.3f} {f:6.3f}   ({m[k][0]}/{m[k][1]}/{m[k][2]})")
    ok, bad, _ = m["match"]
    lines.append(f"  {'match':10} {ok}/{ok + bad} paired events matched to the gold corpus pact (or draft)")
    return lines


FRESH = HERE / "fresh"


def fresh_articles(resolve, folder: Path = FRESH) -> list[dict]:
    """The fresh set (fresh/gold.yaml): rewritten from real reports and annotated before the reader
    ran on it.  ``resolve`` maps a state as the annotator wrote it (COW abbreviation or name) to its
    COW abbreviation; events carry ``match`` None (the set names pacts, not corpus ids)."""
    doc = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    out = []
    for a in doc["articles"]:
        a = dict(a, set=folder.name, path=folder / a["file"])
        events = []
        for e in a.get("events") or []:
            e = dict(e)
            e["date"] = None if e.get("date") is None else str(e["date"])
            e["parties"] = sorted(resolve(x) for x in e.get("parties") or [])
            e["against"] = sorted(resolve(x) for x in e.get("against") or [])
            e["match"] = None
            events.append(e)
        a["events"] = events
        if a.get("reference_date") is not None:
            a["reference_date"] = str(a["reference_date"])
        out.append(a)
    return out


def type_accuracy(results: list[tuple[list[dict], list[dict]]]) -> tuple[int, int, int]:
    """(right, wrong, missed): each gold event paired with the predicted event sharing most of its
    parties, whatever its type; right when the types agree, missed when no predicted event shares a
    party."""
    right = wrong = missed = 0
    for pred, gold in results:
        free = list(range(len(pred)))
        for g in gold:
            best, score = None, 0
            for j in free:
                s = len(set(pred[j]["parties"]) & set(g["parties"]))
                if s > score:
                    best, score = j, s
            if best is None:
                missed += 1
                continue
            free.remove(best)
            if pred[best]["type"] == g["type"]:
                right += 1
            else:
                wrong += 1
    return right, wrong, missed
