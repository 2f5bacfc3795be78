"""add_obligations() on the frames researchers have (issue 16): a peacesciencer export, a CSV round-trip, a
merge — keyed on ccode1/ccode2/year, never on attrs."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from casus.analysis.dyad_years import add_obligations, create_dyad_years

PS = Path(__file__).parent / "data" / "peacesciencer_atop_dyads_1914_2000_2018.csv.gz"


@pytest.fixture(scope="module")
def reference(corpus):
    frames = [create_dyad_years(y, y) for y in (1914, 2000, 2018)]
    ref = pd.concat(frames, ignore_index=True)
    ref.attrs.update(frames[0].attrs)
    return add_obligations(ref, corpus=corpus)


def test_a_peacesciencer_frame_gets_the_same_columns_as_create_dyad_years(corpus, reference):
    ps = pd.read_csv(PS)
    ps = ps[["ccode1", "ccode2", "year"]].assign(note="from R")  # a peacesciencer create_dyadyears() export
    got = add_obligations(ps, corpus=corpus)
    assert list(got.index) == list(ps.index) and (got["note"] == "from R").all()
    cols = [c for c in reference.columns if c.startswith(("atop_", "casus_"))]
    merged = got.merge(reference, on=["ccode1", "ccode2", "year"], suffixes=("", "_ref"), validate="one_to_one")
    # the rows create_dyad_years() does not make are ATOP dyad-years of a state COW v2024 does not list as a
    # system member that year (Costa Rica before 1920, Montenegro before 2006)
    outside = got.merge(reference[["ccode1", "ccode2", "year"]], how="left", indicator=True)
    outside = outside[outside["_merge"] == "left_only"]
    assert len(outside) < 20 and len(merged) + len(outside) == len(got)
    for row in outside.itertuples():
        assert not all(any(sp.start.year <= row.year <= (sp.end.year if sp.end else 9999)
                           for sp in corpus.states.get(c).spans) for c in (row.ccode1, row.ccode2)), row
    for c in cols:
        np.testing.assert_array_equal(merged[c].astype("float64").fillna(-1).to_numpy(),
                                      merged[f"{c}_ref"].astype("float64").fillna(-1).to_numpy(), err_msg=c)
    assert got.attrs["casus_datasets"] == ["atop", "atop-ddyr", "casus-treaties", "cow-states"]


def test_a_csv_round_trip_and_a_merge_keep_working(corpus):
    base = create_dyad_years(2000, 2000)
    again = pd.read_csv(io.StringIO(base.to_csv(index=False)))
    assert again.attrs == {}
    a = add_obligations(base, source="atop")
    b = add_obligations(again, source="atop")
    assert (a["atop_defense"].to_numpy() == b["atop_defense"].to_numpy()).all()
    extra = pd.DataFrame({"ccode1": [2.0], "ccode2": [200.0], "year": [2000.0], "trade": [1.5]})  # floats: a merge
    merged = add_obligations(extra, source="atop")
    assert int(merged.loc[0, "atop_defense"]) == 1


def test_a_frame_without_the_columns_or_with_gaps_is_refused_by_name():
    with pytest.raises(ValueError, match="lacks ccode2, year"):
        add_obligations(pd.DataFrame({"ccode1": [2]}))
    with pytest.raises(ValueError, match="1 row\\(s\\) lack a ccode1, ccode2 or year"):
        add_obligations(pd.DataFrame({"ccode1": [2, 2], "ccode2": [200, None], "year": [2000, 2000]}))
