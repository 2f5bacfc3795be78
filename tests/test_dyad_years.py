"""Dyad-year tables: COW row counts checked by hand, ATOP columns cell by cell, verbs, CLI."""

from __future__ import annotations

import calendar
import datetime as dt

import pandas as pd
import pyarrow.parquet as pq
import pytest

from casus.analysis.dyad_years import (
    ATOP_LAST_YEAR,
    add_obligations,
    create_dyad_years,
    dyad_year_table,
)
from casus.importers.atop import read_atop_members as read_atop_members_for_tests
from test_cli import run


def test_row_counts_match_cow_membership_by_hand():
    # 1816: 23 system members all year -> 23*22 directed dyads
    df = create_dyad_years(1816, 1816)
    assert len(df) == 23 * 22
    # 1975: Suriname enters 1975-11-25, the Republic of Vietnam ends 1975-04-30: they never share a day
    y1975 = create_dyad_years(1975, 1975)
    pairs = set(zip(y1975.ccode1, y1975.ccode2, strict=True))
    assert (115, 817) not in pairs and (817, 115) not in pairs
    assert (115, 2) in pairs and (817, 2) in pairs
    # undirected rows are half the directed ones
    assert len(create_dyad_years(1975, 1975, directed=False)) * 2 == len(y1975)


def test_directed_1816_2018_has_peacesciencers_row_count():
    tab = dyad_year_table(1816, 2018, directed=True, atop=True)
    assert tab.num_rows == 1_987_950  # create_dyadyears(directed = TRUE, subset_years = 1816:2018)


def _reference_from_member_file(y1: int, y2: int) -> pd.DataFrame:
    """What the ATOP member-level file implies, written plainly (rows × rows, year by year)."""
    m = read_atop_members_for_tests()
    m = m[m.member < 1000]
    out: dict[tuple, list[int]] = {}
    kinds = ["defense", "offense", "neutral", "nonagg", "consul"]
    for _, g in m.groupby("atopid"):
        recs = g.to_dict("records")
        for r in recs:
            d = 1 if pd.isna(r["dayent"]) or r["dayent"] == 0 else int(r["dayent"])
            r["s"] = dt.date(int(r["yrent"]), int(r["moent"]), d)
            if r["yrexit"] == 0:
                r["e"] = dt.date(ATOP_LAST_YEAR, 12, 31)
            else:
                last = calendar.monthrange(int(r["yrexit"]), int(r["moexit"]))[1]
                d = last if pd.isna(r["dayexit"]) or r["dayexit"] == 0 else int(r["dayexit"])
                r["e"] = dt.date(int(r["yrexit"]), int(r["moexit"]), d)
        for a in recs:
            for b in recs:
                if a["member"] == b["member"]:
                    continue
                lo, hi = max(a["s"], b["s"]), min(a["e"], b["e"])
                for y in range(max(lo.year, y1), min(hi.year, y2) + 1):
                    if lo <= hi:
                        key = (a["member"], b["member"], y)
                        cur = out.get(key, [0] * 5)
                        out[key] = [max(c, int(a[k] or 0)) for c, k in zip(cur, kinds, strict=True)]
    return pd.DataFrame([(*k, *v) for k, v in out.items()],
                        columns=["ccode1", "ccode2", "year"] + [f"ref_{k}" for k in kinds])


def _explained_departures() -> set[tuple[int, int, int, str]]:
    """(ccode1, ccode2, year, kind) where ATOP's directed dyad-year data may lack a flag the member file gives:
    both states in an alliance coded asymm/obvary that year, or listed in the data notes."""
    from casus.importers.atop_notes import read_data_notes

    m = read_atop_members_for_tests()
    m = m[m.member < 1000]
    narrowed = set(m.atopid[(m.asymm == 1) | (m.obvary == 1)])
    out: set[tuple[int, int, int, str]] = set()
    for _, g in m[m.atopid.isin(narrowed)].groupby("atopid"):
        members = set(int(x) for x in g.member)
        years = range(int(g.yrent.min()), (int(g.yrexit.max()) or ATOP_LAST_YEAR) + 1)
        out |= {(a, b, y, k) for a in members for b in members for y in years for k in
                ("defense", "offense", "neutral", "nonagg", "consul") if a != b}
    for r in read_data_notes():
        if r["kind"] == "member_flag_not_in_table":
            out |= {(int(r["ccode1"]), int(r["ccode2"]), y, r["obligation"])
                    for y in range(int(r["first_year"]), int(r["last_year"]) + 1)}
    return out


@pytest.mark.slow
@pytest.mark.parametrize("y1, y2", [(1816, 1914), (1914, 1960), (1960, 2018)])
def test_atop_columns_agree_cell_by_cell(y1, y2):
    """The atop_* columns are ATOP's directed dyad-year data (tests/test_atop_directed.py checks them cell by
    cell against the bundled table); against what the member file alone implies they differ only by a flag
    the member file gives and the dyad-year data do not, in an alliance coded asymm/obvary or in a case
    the data notes list (issue 19)."""
    fast = dyad_year_table(y1, y2, directed=True, atop=True).to_pandas()
    ref = _reference_from_member_file(y1, y2)
    merged = fast.merge(ref, on=["ccode1", "ccode2", "year"], how="left").fillna(0)
    explained = _explained_departures()
    for k in ["defense", "offense", "neutral", "nonagg", "consul"]:
        bad = merged[merged[f"atop_{k}"] != merged[f"ref_{k}"]]
        assert (bad[f"atop_{k}"] == 0).all(), f"{k}: ATOP gives a flag the member file does not"
        unexplained = [r for r in bad.itertuples() if (r.ccode1, r.ccode2, r.year, k) not in explained]
        assert not unexplained, f"{k}: {len(unexplained)} cells differ, e.g. {unexplained[:3]}"
    assert merged["atop_defense"].sum() > 0


def test_verbs_and_atop_nulls_after_2018():
    df = add_obligations(create_dyad_years(2017, 2020), source="both")
    assert df.loc[df.year <= 2018, "atop_defense"].notna().all()
    assert df.loc[df.year > 2018, "atop_defense"].isna().all()
    usa_fin = df[(df.ccode1 == 2) & (df.ccode2 == 375)].set_index("year")
    assert usa_fin.loc[2020, "casus_defense"] == 0
    new = add_obligations(create_dyad_years(2024, 2024), source="casus")
    row = new[(new.ccode1 == 2) & (new.ccode2 == 375)]
    assert row.casus_defense.iloc[0] == 1  # Finland joined NATO on 2023-04-04
    # any frame with the three columns works (issue 16): no attrs needed
    plain = add_obligations(pd.DataFrame({"ccode1": [2], "ccode2": [20], "year": [2000]}))
    assert int(plain.loc[0, "atop_defense"]) == 1 and int(plain.loc[0, "casus_defense"]) == 1


def test_directed_vs_undirected_one_way_guarantee():
    # US–Japan 1960 (ATOP 3375): the US owes Japan defence, Japan owes the US none
    d = add_obligations(create_dyad_years(2000, 2000), source="atop")
    us_jp = d[(d.ccode1 == 2) & (d.ccode2 == 740)].atop_defense.iloc[0]
    jp_us = d[(d.ccode1 == 740) & (d.ccode2 == 2)].atop_defense.iloc[0]
    u = add_obligations(create_dyad_years(2000, 2000, directed=False), source="atop")
    assert us_jp == 1
    assert u[(u.ccode1 == 2) & (u.ccode2 == 740)].atop_defense.iloc[0] == 1
    assert jp_us == 0


def test_cli_writes_each_format(capsys, tmp_path):
    for fmt in ("csv", "parquet", "dta"):
        out = tmp_path / f"d.{fmt}"
        code, _, err = run(capsys, "dyads", "--from", "2017", "--to", "2019", "--directed", "-o", str(out))
        assert code == 0, err
        assert out.exists()
    t = pq.read_table(tmp_path / "d.parquet").to_pandas()
    assert {"atop_defense", "casus_defense"} <= set(t.columns)
    assert t.year.min() == 2017 and t.year.max() == 2019
    assert t[t.year == 2019].atop_defense.isna().all() and t[t.year == 2018].atop_defense.notna().all()
    dta = pd.read_stata(tmp_path / "d.dta")
    assert len(dta) == len(t)


def test_cli_bad_years_and_nothing_half_written(capsys, tmp_path):
    out = tmp_path / "x.parquet"
    code, _, err = run(capsys, "dyads", "--from", "1700", "--to", "1800", "-o", str(out))
    assert code == 2 and "out of range" in err and not out.exists()
    code, _, err = run(capsys, "dyads", "--from", "2000", "--to", "2001", "-o", str(tmp_path / "x.xlsx"))
    assert code == 2 and "format" in err
    assert list(tmp_path.iterdir()) == []


def test_similarity_and_graph(capsys, tmp_path):
    from casus.analysis.similarity import similarity

    nato = similarity(2, 200, 2000)
    foes = similarity(2, 731, 2000)
    assert -1 <= foes.s_score < nato.s_score <= 1
    assert foes.kappa < nato.kappa
    code, out, _ = run(capsys, "similarity", "USA", "UKG", "--year", "2000", "--json")
    assert code == 0 and '"s_score"' in out
    code, _, err = run(capsys, "similarity", "USA", "FIN", "--year", "1900")
    assert code == 2 and "not a member" in err
    import networkx as nx

    path = tmp_path / "g.graphml"
    code, _, _ = run(capsys, "graph", "--date", "2025-01-01", "-o", str(path))
    g = nx.read_graphml(path)
    assert g.nodes["731"]["abbrev"] == "PRK"
    assert g.edges["365", "731"]["defense"] == 1 and "rus-prk-2024" in g.edges["365", "731"]["treaties"]
    # one-way: Australia owes Tuvalu defence (Falepili Union), not the reverse
    assert g.edges["900", "947"]["defense"] == 1 and "aul-tuv-2023" in g.edges["900", "947"]["treaties"]
    assert not g.has_edge("947", "900") or "aul-tuv-2023" not in g.edges["947", "900"].get("treaties", "")

