"""The compiled engine agrees with the one-scenario engine, on thousands of random scenarios."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest

from casus.engine.compiled import compile_corpus
from casus.engine.compiled_atlas import full_engine_counts, pair_counts
from casus.engine.evaluate import evaluate
from casus.model.findings import Scenario

ORDER = {"conflicted": 3, "binding": 2, "conditional": 1}


@pytest.fixture(scope="module")
def comp(corpus):
    return compile_corpus(corpus.corpus)


def _engine(corpus, a, t, d):
    ev = evaluate(corpus.corpus, Scenario((a,), (t,), d))
    best: dict = {}
    for f in ev.findings:
        if f.duty in ("defend", "join"):
            k = (f.obligor, f.duty, f.beneficiary)
            best[k] = f.status if k not in best or ORDER[f.status] > ORDER[best[k]] else best[k]
    return best, dict(ev.side)


def test_cascade_agrees_on_2000_random_scenarios(corpus, comp):
    rng = random.Random(20261127)
    first, span = dt.date(1816, 1, 1), (dt.date(2026, 11, 1) - dt.date(1816, 1, 1)).days
    views: dict = {}
    checked = with_findings = cascades = 0
    for _ in range(2000):
        d = first + dt.timedelta(days=rng.randint(0, span))
        members = [s.ccode for s in corpus.states.members_on(d)]
        allied = [m for m in members if corpus.treaties_of(m)]
        a = rng.choice(members)
        t = rng.choice([m for m in (allied if rng.random() < 0.8 else members) if m != a] or
                       [m for m in members if m != a])
        view = views.get(d) or views.setdefault(d, comp.date_view(d))
        found, side = view.cascade(Scenario((a,), (t,), d))
        assert (found, side) == _engine(corpus, a, t, d), (d, a, t)
        checked += 1
        with_findings += bool(found)
        cascades += sum(1 for s in side.values() if s == "A") > 1
    assert checked == 2000 and with_findings > 500  # the sample is not trivially empty


def test_bulk_counts_agree_with_the_full_engine(corpus, comp):
    rng = random.Random(7)
    idx = comp.index()
    for year in (1870, 1914, 1939, 1960, 1985, 2000, 2025):
        d = dt.date(year, 7, 1)
        members = np.array(sorted(idx[s.ccode] for s in corpus.states.members_on(d)))
        counts = pair_counts(comp.date_view(d), members)
        allied = [j for j, m in enumerate(members) if corpus.treaties_of(int(comp.codes[m]))]
        for _ in range(30):
            j = rng.choice(allied)
            i = rng.choice([k for k in range(len(members)) if k != j])
            a, t = int(comp.codes[members[i]]), int(comp.codes[members[j]])
            expect = full_engine_counts(corpus.corpus, a, t, d)
            assert {k: int(counts[k][i, j]) for k in expect} == expect, (d, a, t)


def test_seed_pair_in_bulk(corpus, comp):
    found, side = comp.date_view(dt.date(2025, 1, 1)).cascade(Scenario((2,), (731,), dt.date(2025, 1, 1)))
    assert found[(365, "defend", 731)] == "binding"
    assert found[(710, "defend", 731)] == "binding"
    before = comp.date_view(dt.date(2024, 11, 1)).cascade(Scenario((2,), (731,), dt.date(2024, 11, 1)))[0]
    assert (365, "defend", 731) not in before


def test_cache_is_keyed_by_the_data(corpus, comp, tmp_path, monkeypatch):
    from casus.corpus import build_corpus
    from casus.importers.treaty_files import bundled_treaty_files

    monkeypatch.setenv("CASUS_CACHE_DIR", str(tmp_path))
    fresh = compile_corpus(corpus.corpus)
    assert any(tmp_path.glob("compiled-*.npz"))
    again = compile_corpus(corpus.corpus)
    assert np.array_equal(fresh.o, again.o) and fresh.fingerprint == again.fingerprint
    extra = ("treaties/zz-test.yaml",
             "id: zz-test\nname: Test\nshort_name: Test\nsigned: {date: 2020-01-01, sources: [s]}\n"
             "in_force: {date: 2020-01-01, sources: [s]}\nsources: [{id: s, title: test}]\n"
             "parties: [{state: ICE}, {state: MLT}]\narticles:\n  - number: '1'\n    clauses: "
             "[{id: a, kind: defense}]\n")
    other = build_corpus(bundled_treaty_files() + [extra])
    comp2 = compile_corpus(other)  # a corpus with other files is compiled afresh, never from the cache
    assert len(comp2.o) > len(fresh.o)
    assert len(list(tmp_path.glob("compiled-*.npz"))) == 1
