"""peacesciencer-style verbs (casus.analysis.peacescience) on the bundled data.

Every expected value below was read by hand from the upstream files the package bundles (the raw
release files named in each folder's PROVENANCE.md under src/casus/data/upstream/), not computed
by casus: the row of the raw CSV is quoted next to the assertion.
"""

from __future__ import annotations

import io
import math

import numpy as np
import pandas as pd
import pytest

from casus.analysis.dyad_years import create_dyad_years
from casus.analysis.peacescience import (
    PACT_COUNT_COLUMNS,
    add_capital_distance,
    add_contiguity,
    add_cow_alliance,
    add_cow_wars,
    add_gml_mids,
    add_minimum_distance,
    add_pact_counts,
    add_peace_years,
    cite,
    cow_to_gw,
    create_stateyears,
    gw_to_cow,
)
from casus.analysis.peacescience_data import SOURCES, source_label


def dyads(rows: list[tuple[int, int, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["ccode1", "ccode2", "year"])


def states(rows: list[tuple[int, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["ccode", "year"])


def values(df: pd.DataFrame, col: str) -> list:
    """A column as Python values, NA as None."""
    return [None if pd.isna(v) else v for v in df[col].tolist()]


def haversine_km(lat1, lng1, lat2, lng2, r=6378.137):
    """Independent of casus's formula: the haversine form of the great-circle distance."""
    p1, p2, dp, dl = map(math.radians, (lat1, lat2, lat2 - lat1, lng2 - lng1))
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


# -- state-years and GW codes -------------------------------------------------------------

def test_cow_stateyears_count_the_members_of_each_year():
    # statelist2024.csv: distinct ccodes whose spell covers the year (styear <= y <= endyear)
    for year, n in ((1816, 23), (1900, 42), (2000, 191), (2024, 195)):
        df = create_stateyears(year, year)
        assert len(df) == n, year
    df = create_stateyears(1816, 1820)
    assert list(df.columns) == ["ccode", "statenme", "year"]
    assert df.equals(df.sort_values(["ccode", "year"]).reset_index(drop=True))
    assert df.attrs["casus_sources"] == ["COW State System Membership v2024"]
    assert df.attrs["casus_datasets"] == ["cow-states"]  # the ids of casus/data/sources.yaml
    # "2,USA,United States of America,1816,1,1,2024,12,31,2024": censored at 2024-12-31, so open
    assert 2 in set(create_stateyears(2026, 2026).ccode)


def test_cow_stateyears_cover_gaps_and_returns():
    df = create_stateyears(1938, 1946)
    fra = df[df.ccode == 220].year.tolist()  # FRN 1816-1942, 1944-2024: no 1943
    assert fra == [1938, 1939, 1940, 1941, 1942, 1944, 1945, 1946]
    assert 255 not in set(df[df.year == 1946].ccode)  # GMY ends 1945-05-08


def test_gw_stateyears():
    # gw_states.csv: distinct gwcodes whose spell covers the year
    for year, n in ((1816, 45), (1900, 52), (2000, 170), (2017, 174)):
        assert len(create_stateyears(year, year, system="gw")) == n, year
    df = create_stateyears(1990, 1991, system="gw")
    assert list(df.columns) == ["gwcode", "statename", "year"]
    assert set(df[df.gwcode == 265].year) == {1990}  # "265.0,GDR,...,1949-10-05,1990-10-02"
    assert 711 in set(create_stateyears(1920, 1920, system="gw").gwcode)  # Tibet 1913-1950, GW only
    assert 2 in set(create_stateyears(2020, 2020, system="gw").gwcode)  # 2017-12-31 is censoring: open
    with pytest.raises(ValueError, match="system"):
        create_stateyears(system="iso")


def test_cow_gw_conversion_known_differences():
    assert cow_to_gw(255, 1900) == 255 and cow_to_gw(255, 2000) == 260  # Germany
    assert cow_to_gw(260, 1970) == 260 and cow_to_gw(265, 1970) == 265
    assert cow_to_gw(678, 1980) == 678 and cow_to_gw(679, 1995) == 678 and cow_to_gw(680, 1980) == 680  # Yemen
    assert cow_to_gw(345, 1900) == 340 and cow_to_gw(345, 1950) == 345 and cow_to_gw(345, 2010) == 340  # Serbia
    assert cow_to_gw(345, 1917) is None  # GW's Serbia ends 1915-10-01, Yugoslavia begins 1918-12-01
    assert cow_to_gw(221, 2000) is None  # Monaco: a COW member, a GW microstate
    assert cow_to_gw(2, 2000) == 2 and cow_to_gw(None, 2000) is None
    assert gw_to_cow(260, 2000) == 255 and gw_to_cow(260, 1980) == 260 and gw_to_cow(260, 1950) is None
    assert gw_to_cow(340, 1900) == 345 and gw_to_cow(340, 2010) == 345 and gw_to_cow(678, 1995) == 679
    assert gw_to_cow(711, 1920) is None and gw_to_cow(563, 1900) is None  # Tibet, Transvaal: GW only


def test_conversion_is_vectorised_and_round_trips():
    sy = create_stateyears(1990, 2010)
    gw = cow_to_gw(sy.ccode, sy.year)
    assert isinstance(gw, pd.Series) and str(gw.dtype) == "Int64" and gw.index.equals(sy.index)
    back = gw_to_cow(gw, sy.year)
    both = gw.notna()
    differ = sy[both & (back != sy.ccode)]
    # in 1990 COW has both the FRG (260, to Oct. 2) and Germany (255, from Oct. 3), the YAR (678, to May 22) and
    # Yemen (679, from May 22); GW has one state each, whose COW code is the one at the year's end
    assert sorted(zip(differ.ccode, differ.year, strict=True)) == [(260, 1990), (678, 1990)]
    assert set(sy.ccode[~both]) <= {221, 223, 232, 331, 54, 55, 56, 57, 58, 60, 403, 591, 935, 946, 947, 955, 970,
                                    983, 986, 987, 990}  # microstates, which GW lists apart


# -- ATOP pact counts ----------------------------------------------------------------------------

@pytest.mark.parametrize(("ccode", "year", "expected"), [
    # atop5_1m.csv, rows with member == ccode and yrent <= year <= yrexit (0: 2018), one per atopid:
    (2, 1950, (3, 3, 0, 0, 3, 3)),  # 3075 Rio, 3150, 3180 NATO
    (2, 2018, (19, 10, 0, 0, 12, 15)),
    (200, 1914, (5, 2, 1, 1, 1, 4)),  # 1400, 1415, 1445, 1485, 2015
    (365, 1939, (19, 6, 0, 10, 13, 3)),
    (255, 1939, (8, 1, 1, 5, 5, 3)),
    (2, 1815, (0, 0, 0, 0, 0, 0)),
])
def test_pact_counts_match_the_member_file(ccode, year, expected):
    out = add_pact_counts(states([(ccode, year)]))
    assert tuple(int(out[c].iloc[0]) for c in PACT_COUNT_COLUMNS) == expected


def test_pact_counts_are_missing_outside_atop():
    out = add_pact_counts(states([(2, 2019), (2, 1814), (None, 2000)]))
    assert out[list(PACT_COUNT_COLUMNS)].isna().all().all()
    assert out.attrs["casus_sources"] == ["ATOP 5.1"]


# -- COW Formal Alliances v4.1 ------------------------------------------------------------------------

def test_cow_alliance_usa_uk():
    # alliance_v4.1_by_dyad.csv, dyad 2-200:
    #   111 entente 1921-12-13..1931-09-18; 227 (NATO) defense, nonagg, entente from 1949-04-04 (no end);
    #   238 entente 1954-1977; 241 nonagg, entente 1958-1979; 267 neutrality 1962-07-23..1964-07-12
    f = dyads([(2, 200, 1925), (2, 200, 1948), (200, 2, 1960), (2, 200, 1963), (2, 200, 2012), (2, 200, 2013)])
    out = add_cow_alliance(f)
    assert values(out, "cow_defense") == [0, 0, 1, 1, 1, None]
    assert values(out, "cow_neutral") == [0, 0, 0, 1, 0, None]
    assert values(out, "cow_nonagg") == [0, 0, 1, 1, 1, None]
    assert values(out, "cow_entente") == [1, 0, 1, 1, 1, None]
    assert out.attrs["casus_sources"] == ["COW Formal Alliances v4.1"]


def test_cow_alliance_blank_source_value_is_missing():
    # "122,630,Iran,640,Turkey,22,4,1926,8,7,1937,...,0,1,1,,0,4.1": entente blank;
    # "167,630,...,8,7,1937,24,2,1955,...,0,0,1,1,0,4.1": entente 1 from 1937
    out = add_cow_alliance(dyads([(630, 640, 1930), (640, 630, 1937), (630, 640, 1930)]))
    assert values(out, "cow_entente") == [None, 1, None]
    assert values(out, "cow_nonagg") == [1, 1, 1]


# -- wars, MIDs, peace years -----------------------------------------------------------------------------

def test_cow_wars_world_wars_and_resumed_fighting():
    # Inter-StateWarData_v4.0.csv, war 139: USA side 1 from 1941-12-07, Germany side 2 1939-09-01..1945-05-07
    f = dyads([(2, 255, 1940), (2, 255, 1941), (255, 2, 1942), (2, 255, 1945), (2, 255, 1946), (2, 255, 2008)])
    out = add_cow_wars(f)
    assert values(out, "cowinterongoing") == [0, 1, 1, 1, 0, None]
    assert values(out, "cowinteronset") == [0, 1, 0, 0, 0, None]
    # war 13 (First Schleswig-Holstein): Prussia 255 v Denmark 390, 1848-04-10..08-26 and again 1849-03-25..07-10
    out = add_cow_wars(dyads([(255, 390, 1848), (390, 255, 1849), (255, 390, 1850)]))
    assert values(out, "cowinteronset") == [1, 1, 0]
    assert values(out, "cowinterongoing") == [1, 1, 0]


def test_cow_wars_from_maoz_dyads():
    # directed_dyadic_war.csv, statea 2, stateb 255: years 1917, 1918 (war 106) and 1943, 1944, 1945 (war 139)
    out = add_cow_wars(dyads([(2, 255, 1917), (2, 255, 1918), (2, 255, 1941), (2, 255, 1943), (2, 255, 1944)]),
                       source="maoz")
    assert values(out, "cowinterongoing") == [1, 1, 0, 1, 1]
    assert values(out, "cowinteronset") == [1, 0, 0, 1, 0]
    assert out.attrs["casus_sources"] == ["COW Inter-State War v4.0", "Maoz Directed Dyadic War (Dyadic MID 3.0)"]
    with pytest.raises(ValueError, match="source"):
        add_cow_wars(dyads([(2, 255, 1917)]), source="ucdp")


def test_gml_mids():
    # gml-midb-2.1.csv, dispute 2: USA sidea 1 hostlev 3, UKG sidea 0 hostlev 1, 1902-07 .. 1903-01-24;
    # no other USA-UKG dispute 1895-1910
    out = add_gml_mids(dyads([(2, 200, 1901), (2, 200, 1902), (200, 2, 1903), (2, 200, 1904), (2, 200, 2011)]))
    assert values(out, "gmlmidonset") == [0, 1, 0, 0, None]
    assert values(out, "gmlmidongoing") == [0, 1, 1, 0, None]
    assert values(out, "gmlhostlev") == [None, 3, 3, None, None]
    # dispute 194: UKG only on 1863-07-23, Hanover from 1863-12-23: same year, never on a common day
    out = add_gml_mids(dyads([(200, 240, 1863), (200, 240, 1848)]))
    assert values(out, "gmlmidongoing") == [0, 1]  # dispute 375 (1848): both, opposite sides
    assert out.attrs["casus_sources"] == ["GML MID 2.1"]


def test_peace_years_follow_sbtscs():
    f = pd.DataFrame({"ccode1": [2] * 7 + [20] * 3, "ccode2": [20] * 7 + [2] * 3,
                      "year": list(range(2000, 2007)) + [2000, 2001, 2002],
                      "war": [0, 0, 0, 1, 1, 0, 0, 1, 0, 0]})
    out = add_peace_years(f, "war")
    assert out.warspell.tolist() == [0, 1, 2, 3, 0, 0, 1, 0, 0, 1]
    shuffled = f.sample(frac=1, random_state=3)
    again = add_peace_years(shuffled, "war", name="py")
    assert again.index.equals(shuffled.index)
    assert again.py.tolist() == out.warspell.loc[shuffled.index].tolist()


def test_peace_years_gaps_missing_and_state_years():
    f = pd.DataFrame({"ccode": 255, "year": [1940, 1944, 1945, 1991, 1992], "ev": [0, 0, None, 0, 0]})
    assert values(add_peace_years(f, "ev"), "evspell") == [0, 1, None, 2, 3]
    assert values(add_peace_years(f, "ev", pad=True), "evspell") == [0, 0, None, 0, 1]


def test_peace_years_on_real_mids():
    f = dyads([(2, 200, y) for y in range(1895, 1910)])
    out = add_peace_years(add_gml_mids(f), "gmlmidongoing")
    # ongoing 1902, 1903 only in these years: counting from 1895
    assert out.gmlmidspell.tolist() == [0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 1, 2, 3, 4, 5]
    assert out.attrs["casus_sources"] == ["GML MID 2.1"]


# -- contiguity and distances ---------------------------------------------------------------------------

def test_contiguity_dyads():
    # cow_contdir.csv: 2,20,1,1920-01-01,2016-12-01; 2,40,4 1902-05..1906-09 and 1909-01..2016-12;
    # 2,365,0,1816..1958-12 then 2,365,2,1959-01..2016-12; 210,220: 1 to 1830-12, 5 1830-12..1940-07, 5 from 1945-06;
    # 365,740: 3 1860..1945-08, 2 from 1952-04
    f = dyads([(2, 20, 2000), (20, 2, 1920), (2, 40, 1905), (2, 40, 1907), (2, 365, 1958), (2, 365, 1959),
               (210, 220, 1830), (220, 210, 1831), (210, 220, 1942), (365, 740, 1945), (740, 365, 1950),
               (365, 740, 1952), (2, 20, 2017), (2, 20, 1815)])
    out = add_contiguity(f)
    assert values(out, "conttype") == [1, 1, 4, 0, 0, 2, 1, 5, 0, 3, 0, 2, None, None]
    assert out.attrs["casus_sources"] == ["COW Direct Contiguity v3.2 (peacesciencer cow_contdir)"]


def test_contiguity_state_years():
    # from cow_contdir.csv, rows ccode1 == state covering the year, closest type per partner
    out = add_contiguity(states([(2, 2000), (365, 2000), (200, 1900), (2, 2017)]))
    assert values(out, "land") == [2, 14, 0, None]
    assert values(out, "sea") == [3, 8, 6, None]


def test_capital_distance():
    # cow_capitals.csv: USA Washington 38.8950368,-77.0365427; Canada Ottawa 45.4208777,-75.6901106;
    # UK London 51.5074456,-0.1277653; France Paris 48.85889,2.320041, Vichy 46.1239268,3.4203709 1940-07-09..1942-11-27
    usa, can = (38.8950368, -77.0365427), (45.4208777, -75.6901106)
    lon, par, vic = (51.5074456, -0.1277653), (48.8588897, 2.3200410), (46.1239268, 3.4203709)
    f = dyads([(2, 20, 2000), (200, 220, 1940), (200, 220, 1941), (220, 200, 1942), (200, 220, 1943),
               (2, 20, 2025), (2, 999, 2000)])
    out = add_capital_distance(f)
    got = values(out, "capdist")
    expect = [haversine_km(*usa, *can), haversine_km(*lon, *par), haversine_km(*lon, *vic),
              haversine_km(*vic, *lon), haversine_km(*lon, *par)]
    assert got[:5] == pytest.approx(expect, abs=1e-3)
    assert got[5:] == [None, None]
    assert round(got[0]) == 735
    assert out.attrs["casus_sources"] == ["peacesciencer cow_capitals (capitals with coordinates)"]


def test_min_capital_distance_for_state_years():
    out = add_capital_distance(states([(20, 2000), (2, 2030)]))
    assert values(out, "mincapdist")[0] == pytest.approx(
        haversine_km(45.4208777, -75.6901106, 38.8950368, -77.0365427), abs=1e-3)  # Ottawa's nearest: Washington
    assert values(out, "mincapdist")[1] is None


def test_minimum_distance():
    # cow_mindist.csv.gz: "2.0,41.0,1886.0,932.508131769762", "2.0,40.0,1903.0,233.681391013833" (to 1906, none
    # 1907-1909), "2.0,20.0,1921.0,0.0", "200.0,220.0,1940.0,35.2287015523709"
    f = dyads([(2, 41, 1886), (41, 2, 1886), (2, 40, 1906), (2, 40, 1907), (2, 20, 1921), (220, 200, 1940),
               (2, 41, 1885), (2, 41, 2020)])
    out = add_minimum_distance(f)
    assert values(out, "mindist") == [932.508131769762, 932.508131769762, 233.681391013833, None, 0.0,
                                      35.2287015523709, None, None]
    assert values(add_minimum_distance(states([(2, 1950), (2, 1880)])), "minmindist") == [0.0, None]


# -- any frame ----------------------------------------------------------------------------------------------

def test_a_frame_read_from_csv_gets_the_columns_and_keeps_rows_and_order():
    """As a researcher has it: a peacesciencer export written to CSV, extra columns, rows in its own order,
    codes as floats, one row without a partner code."""
    text = ("ccode2,year,ccode1,cinc1,note\n"
            "200,1960.0,2,0.31,a\n"
            "255,1941,2,,b\n"
            "20,2000,2,0.14,c\n"
            ",2000,2,0.14,no partner\n"
            "390,1849,255,0.02,e\n")
    df = pd.read_csv(io.StringIO(text))
    df.index = [10, 7, 3, 99, 5]
    assert not df.attrs
    out = add_peace_years(add_minimum_distance(add_capital_distance(add_contiguity(add_gml_mids(add_cow_wars(
        add_cow_alliance(df)))))), "cowinterongoing")
    assert list(out.index) == [10, 7, 3, 99, 5]
    assert out[list(df.columns)].equals(df)
    # alliance_v4.1_by_dyad.csv: 2-200 and 2-20 in NATO (227) from 1949; 2-255 only from 1990; 255-390 only 1939-40
    assert values(out, "cow_defense") == [1, 0, 1, None, 0]
    assert values(out, "cowinterongoing") == [0, 1, 0, None, 1]
    # cow_contdir.csv: no 2-200 or 2-255 record; "255,390,4,1816-01-01,1865-08-01"
    assert values(out, "conttype") == [0, 0, 1, None, 4]
    assert values(out, "cowinterspell") == [0, 0, 0, None, 0]
    assert out.capdist.isna().tolist() == [False, False, False, True, False]
    assert len(out.attrs["casus_sources"]) == 6
    sy = pd.read_csv(io.StringIO("year,ccode,x\n1950,2,1\n1950,200.0,2\n"))
    # atop5_1m.csv, member 200 in 1950: 2270, 2385, 2535, 3055, 3080, 3125, 3130, 3180
    assert add_pact_counts(sy).atop_n_alliances.tolist() == [3, 8]
    assert add_pact_counts(sy).x.tolist() == [1, 2]


def test_verbs_name_what_they_need():
    with pytest.raises(ValueError, match="ccode1, ccode2, year"):
        add_cow_alliance(states([(2, 1950)]))
    with pytest.raises(ValueError, match="ccode, year"):
        add_pact_counts(dyads([(2, 20, 1950)]))
    with pytest.raises(ValueError, match="is not a column"):
        add_peace_years(dyads([(2, 20, 1950)]), "war")


def test_verbs_on_create_dyad_years():
    dy = create_dyad_years(1950, 1950)
    out = add_contiguity(add_cow_alliance(dy))
    assert len(out) == len(dy) and out.index.equals(dy.index)
    assert out.attrs["casus_data_type"] == "dyad_year"
    row = out[(out.ccode1 == 2) & (out.ccode2 == 20)].iloc[0]
    assert row.conttype == 1 and row.cow_defense == 1  # Canada: land border, NATO


# -- sources and citations ---------------------------------------------------------------------------------

def test_every_source_label_cites_a_bundled_dataset():
    from casus.provenance import datasets

    entries = {d["id"]: d for d in datasets()}
    for key, (_, ids) in SOURCES.items():
        assert ids and all(i in entries for i in ids), key
    # the labels name the versions that sources.yaml (casus cite) gives
    for key, yaml_id in (("atop", "atop"), ("cow_states", "cow-states"), ("cow_alliance", "cow-alliance"),
                         ("cow_wars", "cow-wars"), ("gml", "gml-mid"), ("contdir", "cow-contdir")):
        assert source_label(key).split(" (")[0].endswith(str(entries[yaml_id]["version"])), key
    text = cite(add_gml_mids(add_cow_alliance(dyads([(2, 200, 1960)]))))
    assert "Gibler, Douglas M. 2009" in text and "Gibler, Douglas M., Steven V. Miller, and Erin K. Little" in text
    assert "@article{gibler2016mid" in cite(["GML MID 2.1"], bibtex=True)
    assert "Miller, Steven V. 2022" in cite(add_contiguity(dyads([(2, 20, 2000)])))  # peacesciencer's table
    assert add_contiguity(dyads([(2, 20, 2000)])).attrs["casus_datasets"] == ["cow-contdir", "peacesciencer"]


def test_stateyears_pipeline_counts_and_sources():
    sy = add_contiguity(add_pact_counts(create_stateyears(1950, 1950)))
    assert sy.attrs["casus_sources"] == ["COW State System Membership v2024", "ATOP 5.1",
                                         "COW Direct Contiguity v3.2 (peacesciencer cow_contdir)"]
    assert np.all(sy.atop_n_alliances.to_numpy() >= sy.atop_n_defense.to_numpy())


def test_verbs_compose_with_add_obligations_and_cite_both():
    from casus.analysis.dyad_years import add_obligations

    dy = create_dyad_years(2000, 2000)
    out = add_cow_alliance(add_obligations(dy, source="atop"))
    row = out[(out.ccode1 == 2) & (out.ccode2 == 200)].iloc[0]
    assert row.atop_defense == 1 and row.cow_defense == 1  # NATO in both
    text = cite(out)
    assert "Gibler, Douglas M. 2009" in text


def test_casus_cite_reads_what_the_verbs_record():
    from casus import provenance

    out = add_minimum_distance(add_cow_wars(create_dyad_years(1950, 1950)))
    ids = provenance.used_by(out)
    assert ids is not None and {"cow-wars", "cshapes-mindist", "peacesciencer"} <= set(ids)
    assert "CShapes 2.0" in provenance.cite(ids)


def test_the_peacesciencer_page_runs():
    """docs/peacesciencer.md: its Python blocks run, in order, as written."""
    import contextlib
    import re
    from pathlib import Path

    page = Path(__file__).resolve().parents[1] / "docs" / "peacesciencer.md"
    if not page.is_file():
        pytest.skip("docs/ is not part of this source tree")
    blocks = re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), flags=re.S)
    assert len(blocks) >= 14
    scope: dict = {}
    with contextlib.redirect_stdout(io.StringIO()) as out:
        for block in blocks:
            exec(compile(block, str(page), "exec"), scope)  # noqa: S102 - our own documentation
    assert "Gibler" in out.getvalue()
