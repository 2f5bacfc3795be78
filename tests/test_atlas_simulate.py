"""The atlas, probabilistic expansion, and the same answers on a local Dask cluster."""

from __future__ import annotations

import datetime as dt
import json

import pyarrow.parquet as pq
import pytest

from casus.analysis.atlas import atlas_table, create_atlas
from casus.analysis.simulate import simulate
from casus.engine.compiled_atlas import full_engine_counts
from test_cli import run

SEED_DAY = dt.date(2025, 1, 1)


def test_atlas_rows_and_values(corpus):
    tab = atlas_table(corpus, 2024, 2025).to_pandas()
    for y in (2024, 2025):
        n = len(corpus.states.members_on(dt.date(y, 7, 1)))
        assert (tab.year == y).sum() == n * (n - 1)
    row = tab[(tab.year == 2025) & (tab.attacker == 2) & (tab.target == 731)].iloc[0]
    full = full_engine_counts(corpus.corpus, 2, 731, dt.date(2025, 7, 1))
    assert {k: int(row[k]) for k in full} == full
    assert row.defenders_bound >= 3  # Russia, China, Cuba
    fin = tab[(tab.attacker == 365) & (tab.target == 375)].set_index("year")
    assert fin.loc[2025, "defenders_bound"] > 20  # NATO since 2023


def test_atlas_cli(capsys, tmp_path):
    out = tmp_path / "a.parquet"
    code, _, err = run(capsys, "atlas", "--from", "1914", "--to", "1915", "-o", str(out))
    assert code == 0 and "wrote" in err
    t = pq.read_table(out).to_pandas()
    assert set(t.year) == {1914, 1915} and {"defenders_bound", "side_target"} <= set(t.columns)
    code, _, err = run(capsys, "atlas", "--from", "1914", "--to", "1915", "--on", "13-45", "-o", str(out))
    assert code == 2 and "MM-DD" in err


def test_simulation_is_reproducible_and_sensible(corpus):
    a = simulate(corpus, 2, 731, SEED_DAY, draws=50_000, seed=11)
    b = simulate(corpus, 2, 731, SEED_DAY, draws=50_000, seed=11)
    c = simulate(corpus, 2, 731, SEED_DAY, draws=50_000, seed=12)
    assert a.outcomes == b.outcomes and a.outcomes != c.outcomes
    # each duty is drawn with its own probability (the reliability model: docs/reliability.md)
    p = {d["ccode"]: d["p"] for d in a.probabilities["duties"]}
    jp = a.join_probability
    for state in (365, 710):  # Russia and China: each joins with about its own estimated probability
        assert abs(jp[state]["D"] - p[state]) < 0.01
        assert jp[state]["A"] == 0
    assert p[365] != p[710]
    assert abs(sum(a.war_size.values()) - 1) < 1e-9
    assert a.coalitions(1)[0][0] == (2,)
    # 1914: Austria-Hungary attacks Serbia; Montenegro's alliance with Serbia is the one duty
    ww1 = simulate(corpus, 300, 345, dt.date(1914, 7, 29), draws=20_000, seed=0)
    early = {d["ccode"]: d["p"] for d in ww1.probabilities["duties"]}[341]
    assert set(ww1.join_probability) <= {341} and abs(ww1.join_probability[341]["D"] - early) < 0.015


@pytest.mark.slow
def test_simulate_cli(capsys, tmp_path):
    png = tmp_path / "s.png"
    code, out, _ = run(capsys, "simulate", "--by", "USA", "--on", "PRK", "--date", "2025-01-01", "--draws", "20000",
                       "--seed", "5", "--plot", str(png), "--json")
    d = json.loads(out)
    assert code == 0 and d["draws"] == 20000 and png.stat().st_size > 1000
    assert {j["ccode"] for j in d["join_probability"]} >= {365, 710}


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None)
    yield cluster.scheduler_address
    cluster.close()


def test_dask_gives_the_single_machine_answers(corpus, dask_cluster):
    local = atlas_table(corpus, 1990, 1992).to_pandas()
    remote = create_atlas(1990, 1992, corpus=corpus, scheduler=dask_cluster)
    assert local.equals(remote)
    s1 = simulate(corpus, 2, 731, SEED_DAY, draws=600_000, seed=4)
    s2 = simulate(corpus, 2, 731, SEED_DAY, draws=600_000, seed=4, scheduler=dask_cluster)
    assert s1.outcomes == s2.outcomes
