"""Precision, recall and F1 on the hand-annotated test set (tests/news/gold.yaml).

The table is printed in the terminal summary of every run.  The thresholds
guard against regressions: the dev set (36 articles) was used to write the
rules, so it is read perfectly today; the held-out set (22 articles) was
written after the rules were frozen, in two batches.  Their *first* readings,
before the fixes they prompted, are the honest estimates of accuracy on new
reporting, recorded in gold.yaml's header: batch 1 detection F1 0.40 (parties
0.42, date 0.50, kind 0.20); batch 2, after batch 1's generic fixes, detection
F1 0.91 (parties 0.87, date 0.91, kind 0.91).
Thresholds sit below today's figures with room for one or two articles to
change (each article moves a figure by about 0.03 on the whole set).
"""

from __future__ import annotations

import pytest
from news_gold import gold_articles, metrics, prf, table

from casus.news import EVENT_KINDS, EVENT_TYPES, read

#: what ``casus read`` reads: the rules and the article-level model (tests/news/conftest.py)
ARTICLE_MODEL = True

THRESHOLDS = {"detection": 0.90, "parties": 0.90, "date": 0.85, "kind": 0.85}


@pytest.fixture(scope="module")
def results(corpus):
    out = {}
    for a in gold_articles():
        r = read(a["path"].read_bytes(), reference_date=a.get("reference_date"), corpus=corpus, source=a["file"])
        out[a["file"]] = (a, r)
    return out


def _pred(r) -> list[dict]:
    return [{"type": e.type, "parties": list(e.parties), "date": e.date, "kind": e.kind,
             "match": (e.match or {}).get("treaty") or (e.match or {}).get("status")} for e in r.events]


def test_gold_set_shape():
    arts = gold_articles()
    assert len(arts) >= 30
    ev = [a for a in arts if a["events"]]
    near = [a for a in arts if not a["events"]]
    assert abs(len(ev) - len(near)) <= 3  # half events, half near misses
    assert {a["lang"] for a in arts} == {"hi", "en"}
    types = {e["type"] for a in ev for e in a["events"]}
    kinds = {e["kind"] for a in ev for e in a["events"]}
    # every type the reader knows, but invoked (the fresh set, tests/news/fresh, carries the invocations)
    assert set(EVENT_TYPES) - {"invoked"} <= types <= set(EVENT_TYPES)
    assert {"defense", "neutrality", "nonaggression", "consultation", "none"} <= kinds <= set(EVENT_KINDS)
    for a in arts:
        assert a["path"].exists(), a["path"]


def test_metrics(results, news_report):
    sets = {"dev": [], "heldout": []}
    for a, r in results.values():
        sets[a["set"]].append((_pred(r), a["events"]))
    every = sets["dev"] + sets["heldout"]
    m_all = metrics(every)
    news_report.extend(table(f"all {len(every)} articles", m_all))
    news_report.extend(table(f"dev ({len(sets['dev'])} articles, rules written on them)", metrics(sets["dev"])))
    news_report.extend(table(f"held out ({len(sets['heldout'])} articles, tuned since their first reading)",
                             metrics(sets["heldout"])))
    news_report.append("first untuned readings of the held-out batches (the honest estimate), F1:")
    news_report.append("  batch 1 (12): detection 0.40, parties 0.42, date 0.50, kind 0.20")
    news_report.append("  batch 2 (10): detection 0.91, parties 0.87, date 0.91, kind 0.91")
    for k, floor in THRESHOLDS.items():
        p, rec, f1 = prf(*m_all[k])
        assert f1 >= floor, f"{k}: F1 {f1:.3f} below {floor} (P {p:.3f}, R {rec:.3f})"


#: near misses of this first gold set that the writers of later sets code as events of kind "none" (a defence
#: memorandum of understanding, a government's purchase of fighter jets: fresh209's pc05 and pd02 are such events);
#: the reader follows the later sets, and says so here rather than in the gold
CODED_AS_EVENTS_LATER = {"n08_hi_defence_mou.txt", "h19_hi_rafale_deal.txt"}


def test_near_misses_yield_no_events(results):
    wrong = [a["file"] for a, r in results.values() if not a["events"] and r.events]
    assert [w for w in wrong if w not in CODED_AS_EVENTS_LATER] == [], wrong
    for a, r in results.values():  # ... and what it reads there is a pact of kind none
        if a["file"] in CODED_AS_EVENTS_LATER:
            assert all(e.kind == "none" for e in r.events), a["file"]


def test_evidence_is_exact_and_events_well_formed(results):
    for a, r in results.values():
        for ev in r.events:
            d = ev.to_dict()
            assert d["type"] in EVENT_TYPES and (d["kind"] is None or d["kind"] in EVENT_KINDS)
            assert d["parties"] == sorted(d["parties"]) and d["parties"]
            assert d["date_basis"]
            assert d["evidence"] and any(e["role"] == "event" for e in d["evidence"])
            for e in d["evidence"]:
                assert r.text[e["start"]:e["end"]] == e["text"]
            if not a["path"].suffix == ".html":  # plain text: spans are spans of the file itself
                raw = a["path"].read_text(encoding="utf-8")
                for e in d["evidence"]:
                    assert raw[e["start"]:e["end"]] == e["text"]
            assert d["match"]["status"] in ("corpus", "draft")
