"""ATOP's directed dyad-year data (issue 19): bundled as published, read into the clauses of the alliances
coded asymmetric or varying by member, reproduced cell by cell in the ``atop_*`` columns, and every
disagreement with the member file listed in the data-quality table.

The expected values below were read by hand from peacesciencer's ``atop_alliance`` (the upstream file named in
``src/casus/data/upstream/atop/PROVENANCE.md``) and from ATOP 5.1's member file, not computed by casus.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from casus.analysis.dyad_years import add_obligations, create_dyad_years, dyad_year_table
from casus.importers.atop import atop_treaties
from casus.importers.atop_directed import (
    DDYR_COLUMNS,
    ddyr_table,
    narrow,
    narrowed_alliances,
    read_ddyr_spells,
    records_by_alliance,
)
from casus.importers.atop_notes import NOTE_COLUMNS, NOTE_KINDS, read_data_notes, write_notes
from test_cli import run

ROOT = Path(__file__).resolve().parents[1]
ARG, BRA, URU = 160, 140, 165
UKG, BEL, FRN, GMY, ITA = 200, 211, 220, 255, 325


@pytest.fixture(scope="module")
def treaties():
    return {t.atopid: t for t in atop_treaties()}


# -- the bundled table is ATOP's, as peacesciencer ships it ---------------------------------------

def test_the_bundled_table_expands_to_peacesciencers_rows():
    t = ddyr_table(1815, 2018)
    assert len(t) == 273_296 and list(t.columns) == ["ccode1", "ccode2", "year", *DDYR_COLUMNS]
    assert (t.year.min(), t.year.max()) == (1815, 2018)
    assert not t.duplicated(["ccode1", "ccode2", "year"]).any()
    assert int((t[list(DDYR_COLUMNS)].sum(axis=1) == 0).sum()) == 170  # rows with no flag are kept
    rows = t.set_index(["ccode1", "ccode2", "year"])
    # ATOP 1205 (1859): Brazil and Argentina each guarantee Uruguay, which is neutral between them
    assert rows.loc[(ARG, URU, 1860)].tolist() == [1, 0, 0, 0, 0]
    assert rows.loc[(URU, ARG, 1860)].tolist() == [0, 0, 1, 0, 0]
    assert rows.loc[(ARG, BRA, 1860)].tolist() == [0, 0, 0, 0, 0]
    assert rows.loc[(ARG, BRA, 1865)].tolist() == [1, 1, 0, 0, 1]  # ATOP 1215, the Triple Alliance
    # Locarno (ATOP 2130), 1930: Britain guarantees France, France owes Britain no defence
    assert rows.loc[(UKG, FRN, 1930)].tolist() == [1, 0, 0, 0, 1]
    assert rows.loc[(FRN, UKG, 1930)].tolist() == [0, 0, 0, 0, 1]
    assert rows.loc[(GMY, FRN, 1930)].tolist() == [0, 0, 0, 1, 0]
    assert len(read_ddyr_spells()) == 15_419


# -- the rule: clauses narrowed to the partners the table gives ------------------------------------

def test_1205_guarantors_owe_uruguay_not_each_other(treaties):
    t = treaties[1205]
    by_member = {(c.atop_member, c.kind): c for c in t.clauses}
    assert set(by_member) == {(ARG, "defense"), (BRA, "defense"), (URU, "neutrality")}
    for guarantor in (ARG, BRA):
        c = by_member[(guarantor, "defense")]
        assert c.beneficiaries == (URU,) and c.id == f"atop-1205-p0-{guarantor}-defense"  # the id is kept
        assert not c.protects(BRA if guarantor == ARG else ARG, guarantor) and c.protects(URU, guarantor)
        assert "directed dyad-year data" in c.note
        assert all(x.kind != "obligations_vary" for x in c.conditions)  # the partners are now encoded
    assert t.source("atop-ddyr").title.startswith("ATOP directed dyad-year obligations")  # cited on the treaty
    neutral = by_member[(URU, "neutrality")]
    assert neutral.beneficiaries is None and neutral.window == t.clauses[0].window  # every partner, whole span


def test_locarno_split_by_years_and_a_duty_no_partner_is_given_left_out(treaties):
    t = treaties[2130]
    ids = {c.id: c for c in t.clauses}
    assert not any(c.atop_member == GMY and c.kind == "defense" for c in t.clauses)
    assert any("Germany" in n or "255" in n for n in t.notes)  # said on the treaty, not silent
    early, late = ids["atop-2130-p0-200-defense-1925"], ids["atop-2130-p0-200-defense-1937"]
    assert early.beneficiaries == (BEL, FRN, GMY) and late.beneficiaries == (FRN,)
    assert early.window.end == late.window.start and str(late.window.end) == "1937-04-24"
    assert ids["atop-2130-p0-211-defense"].beneficiaries == (FRN, GMY)  # Belgium owes Britain none


def test_a_run_reaching_2018_goes_on_after_it():
    m = pd.read_csv(ROOT / "src" / "casus" / "data" / "upstream" / "atop" / "atop5_1m.csv")
    by_id = records_by_alliance(m[m.member < 1000])
    ids = narrowed_alliances(r for rows in by_id.values() for r in rows)
    assert len(ids) == 91
    runs = [(a, n, n.runs[-1]) for a in ids for n in narrow(a, by_id[a]) if n.runs]
    open_rows = [(a, n) for a, n, r in runs if r.goes_on]
    assert open_rows and all(r.last == 2018 for _, _, r in runs if r.goes_on)
    # US–Japan (ATOP 3375, asymm): the US owes Japan defence, on after 2018
    us = next(n for a, n in open_rows if a == 3375 and n.member == 2 and n.kind == "defense")
    assert us.runs[-1].partners == (740,)


def test_narrowing_is_deterministic(treaties):
    m = pd.read_csv(ROOT / "src" / "casus" / "data" / "upstream" / "atop" / "atop5_1m.csv")
    rows = m[m.atopid == 2130].to_dict("records")
    assert narrow(2130, rows) == narrow(2130, list(rows))
    ids = [c.id for c in treaties[2130].clauses]
    assert len(ids) == len(set(ids))


# -- answers ------------------------------------------------------------------------------------

def test_argentina_attacking_brazil_breaches_no_duty_to_defend_brazil(capsys):
    code, out, err = run(capsys, "attack", "--by", "ARG", "--on", "BRA", "--date", "1860-06-01")
    assert code == 0, err
    assert "defend, ATOP 1205" not in out and "Duties the attack itself breaches" not in out
    assert "Uruguay (URU), binding: ATOP 1205" in out  # Uruguay's neutrality between them stands
    code, out, _ = run(capsys, "attack", "--by", "ARG", "--on", "BRA", "--date", "1860-06-01", "--json")
    import json

    doc = json.loads(out)
    assert not [b for b in doc["breaches"] if b["treaty"]["atopid"] == 1205 and b["duty"] == "defend"]


def test_uruguays_guarantors_are_bound_to_uruguay(capsys):
    code, out, err = run(capsys, "allies", "URU", "--date", "1860-06-01")
    assert code == 0, err
    must_defend = out.split("Must defend Uruguay (URU):")[1]
    assert "Brazil (BRA): ATOP 1205" in must_defend and "Argentina (ARG): ATOP 1205" in must_defend
    code, out, _ = run(capsys, "allies", "BRA", "--date", "1860-06-01")
    assert "Uruguay (URU): ATOP 1205" in out.split("Must defend Brazil (BRA):")[0]
    assert "ATOP 1205" not in out.split("Must defend Brazil (BRA):")[1]


def test_locarno_germany_attacking_france_breaches_non_aggression_only(capsys):
    code, out, err = run(capsys, "attack", "--by", "GMY", "--on", "FRN", "--date", "1930-06-01")
    assert code == 0, err
    breaches = out.split("Duties the attack itself breaches:")[1]
    assert "nonaggression, ATOP 2130" in breaches and "defend, ATOP 2130" not in breaches
    assert "United Kingdom (UKG)" in out.split("Bound to defend France (FRN):")[1]


# -- the dyad-year columns ------------------------------------------------------------------------

def _compare(y1: int, y2: int, directed: bool) -> None:
    got = dyad_year_table(y1, y2, directed=directed, atop=True).to_pandas()
    ref = ddyr_table(y1, y2)
    if not directed:  # either direction
        rev = ref.rename(columns={"ccode1": "ccode2", "ccode2": "ccode1"})
        ref = pd.concat([ref, rev]).groupby(["ccode1", "ccode2", "year"], as_index=False)[list(DDYR_COLUMNS)].max()
    merged = got.merge(ref, on=["ccode1", "ccode2", "year"], how="left", suffixes=("", "_ref"))
    assert len(merged) == len(got)
    for c in DDYR_COLUMNS:
        want = merged[f"{c}_ref"].fillna(0).astype(int).to_numpy()
        bad = np.flatnonzero(merged[c].to_numpy() != want)
        assert len(bad) == 0, f"{c}: {len(bad)} cells differ, e.g. {merged.iloc[bad[:3]].to_dict('records')}"


@pytest.mark.parametrize("year", [1816, 1860, 1914, 1930, 1990, 2018])
@pytest.mark.parametrize("directed", [True, False])
def test_atop_columns_equal_atops_table_in_a_few_years(year, directed):
    _compare(year, year, directed)


@pytest.mark.slow
@pytest.mark.parametrize("directed", [True, False])
def test_atop_columns_equal_atops_table_1816_2018_every_row_and_flag(directed):
    """``create_dyadyears(directed = TRUE, subset_years = 1816:2018) |> add_atop_alliance()``, cell by cell."""
    tab = dyad_year_table(1816, 2018, directed=directed, atop=True)
    if directed:
        assert tab.num_rows == 1_987_950
    _compare(1816, 2018, directed)


def test_add_obligations_atop_and_casus_beside_each_other(corpus):
    df = add_obligations(create_dyad_years(1860, 1860), corpus=corpus)
    row = df[(df.ccode1 == ARG) & (df.ccode2 == BRA)].iloc[0]
    assert row.atop_defense == 0 and row.casus_defense == 0  # no longer a duty to defend Brazil
    df = add_obligations(create_dyad_years(1930, 1930), corpus=corpus).set_index(["ccode1", "ccode2"])
    assert df.loc[(UKG, FRN), "atop_defense"] == 1 and df.loc[(UKG, FRN), "casus_defense"] == 1
    assert df.loc[(FRN, UKG), "atop_defense"] == 0 and df.loc[(FRN, UKG), "casus_defense"] == 0
    assert df.loc[(GMY, FRN), "casus_defense"] == 0 and df.loc[(GMY, FRN), "casus_nonagg"] == 1
    assert df.attrs["casus_datasets"][:2] == ["atop", "atop-ddyr"]
    after = add_obligations(create_dyad_years(2019, 2019), source="atop")
    assert after.atop_defense.isna().all()


# -- the data-quality table -----------------------------------------------------------------------

def test_the_shipped_data_notes_are_well_formed_and_match_the_treaties(treaties):
    rows = read_data_notes()
    assert rows and set(rows[0]) == set(NOTE_COLUMNS)
    assert {r["kind"] for r in rows} <= set(NOTE_KINDS)
    gaps = [r for r in rows if r["kind"] == "obligation_to_no_partner"]
    assert ("2130", "255", "defense", "1925", "1936") in {(r["atopid"], r["ccode1"], r["obligation"], r["first_year"],
                                                           r["last_year"]) for r in gaps}
    for r in gaps:  # each is said on its treaty too
        assert any("none of its partners" in n for n in treaties[int(r["atopid"])].notes)
    assert not [r for r in rows if r["kind"] == "table_flag_unexplained"]  # every flag ATOP gives, a member row gives


def _notes_script():
    spec = importlib.util.spec_from_file_location("atop_directed_notes", ROOT / "data-raw" / "atop_directed_notes.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["atop_directed_notes"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.slow
@pytest.mark.skipif(not (ROOT / "data-raw").is_dir(), reason="data-raw/ is not part of this source tree")
def test_the_shipped_data_notes_are_what_the_script_makes():
    atop = ROOT / "src" / "casus" / "data" / "upstream" / "atop"
    text = _notes_script().make(atop / "atop5_1m.csv", atop / "atop_ddyr_spells.csv")
    assert (atop / "atop_directed_notes.csv").read_text(encoding="utf-8") == text


def test_notes_round_trip_through_csv():
    from casus.importers.atop_notes import Note

    buf = io.StringIO()
    write_notes([Note("obligation_to_no_partner", 2130, GMY, None, "defense", 1925, 1936, (UKG, BEL))], buf)
    (row,) = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row["ccode2"] == "" and row["partners"] == "200 211" and row["casus_reading"].startswith("casus:")


def test_cite_data_notes(capsys):
    code, out, err = run(capsys, "cite", "--data-notes")
    assert code == 0, err
    assert "atop_directed_notes.csv" in out and "obligation_to_no_partner" in out
    assert "ATOP 1205: 2" in out and "91 alliances" in out
    code, out, _ = run(capsys, "cite")
    assert "peacesciencer's atop_alliance" in out
