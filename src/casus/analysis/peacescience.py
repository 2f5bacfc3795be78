"""peacesciencer-style verbs for Python: state-years, Gleditsch–Ward codes, pact counts, COW alliances,
wars, MIDs, peace years, contiguity and distances — each from a dataset bundled with casus, each cited.

Every ``add_*`` verb takes ANY pandas frame with ``ccode1``, ``ccode2`` and ``year`` columns (dyad-years,
directed or not) or ``ccode`` and ``year`` (state-years): a frame from :func:`create_stateyears` or
:func:`~casus.analysis.dyad_years.create_dyad_years`, read from CSV, merged, or exported by peacesciencer.
It returns a copy with new columns; rows, their order and the index are kept.  Codes may be floats or
nullable integers; a row whose code or year is missing gets NA.  A year outside a dataset's coverage gets
NA (missing, not 0); inside it, 0 means the dataset records nothing for the dyad.

Each verb lists the datasets it used, name and version, in ``df.attrs["casus_sources"]`` (added to any
already there); :func:`cite` turns that list into citations, as peacesciencer's ``ps_cite()`` does.

>>> sy = create_stateyears(1816, 1816)
>>> sy.attrs["casus_sources"]
['COW State System Membership v2024']

The conflict verbs (:func:`add_cow_wars`, :func:`add_gml_mids`, :func:`add_peace_years`) live in
:mod:`casus.analysis.peacescience_conflict` and are importable from here.  See ``docs/peacesciencer.md``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from ..importers.atop import ATOP_LAST_YEAR, OBLIGATION_FLAGS
from .peacescience_conflict import add_cow_wars, add_gml_mids, add_peace_years
from .peacescience_data import (
    dyad_keys,
    expand_years,
    finish,
    frame_kind,
    lookup,
    nullable,
    ordinal_years,
    pair_year_key,
    read_upstream,
    source_ids,
    state_keys,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["create_stateyears", "cow_to_gw", "gw_to_cow", "add_pact_counts", "add_cow_alliance", "add_cow_wars",
           "add_gml_mids", "add_peace_years", "add_contiguity", "add_capital_distance", "add_minimum_distance",
           "cite", "GW_CENSOR_DATE", "PACT_COUNT_COLUMNS"]

#: peacesciencer's ``gw_states`` ends every open spell here; casus reads such a spell as open (to today).
GW_CENSOR_DATE = dt.date(2017, 12, 31)
#: Columns of :func:`add_pact_counts`.
PACT_COUNT_COLUMNS = ("atop_n_alliances", *(f"atop_n_{k}" for k in OBLIGATION_FLAGS))
ATOP_FIRST_YEAR = 1815
COW_ALLIANCE_YEARS = (1816, 2012)  # COW Formal Alliances v4.1; no end date = in force on 2012-12-31
CONTIGUITY_YEARS = (1816, 2016)  # COW Direct Contiguity v3.2
MINDIST_YEARS = (1886, 2019)  # CShapes 2.0
EARTH_RADIUS_KM = 6378.137  # geosphere::distVincentySphere's default radius, as peacesciencer uses


# -- state-years and Gleditsch–Ward codes -------------------------------------------

@lru_cache(maxsize=1)
def _cow_spells() -> tuple[tuple[int, str, dt.date, dt.date | None], ...]:
    from ..importers.cow_states import _csv_rows, _spans

    return tuple((c, name, span.start, span.end) for c, spells in _spans(_csv_rows("statelist2024.csv")).items()
                 for span, name in spells)


@lru_cache(maxsize=1)
def _gw_spells() -> tuple[tuple[int, str, dt.date, dt.date | None], ...]:
    g = read_upstream("gw_states", "gw_states.csv.gz")
    out = []
    for code, name, start, end in zip(g.gwcode, g.statename, g.startdate, g.enddate, strict=True):
        stop = dt.date.fromisoformat(end)
        out.append((int(code), str(name).strip(), dt.date.fromisoformat(start),
                    None if stop == GW_CENSOR_DATE else stop))
    return tuple(out)


def _state_years(system: str, y1: int, y2: int) -> tuple[np.ndarray, list[str], np.ndarray]:
    spells = {"cow": _cow_spells, "gw": _gw_spells}[system]()
    today = dt.date.today()
    lo = np.array([max(s.year, y1) for _, _, s, _ in spells], np.int64)
    hi = np.array([min((e or today).year, y2) for _, _, _, e in spells], np.int64)
    rows, years = expand_years(lo, hi)
    code = np.array([c for c, _, _, _ in spells], np.int64)[rows]
    names = [spells[i][1] for i in rows]
    return code, names, years


@lru_cache(maxsize=2)
def _member_keys(system: str) -> np.ndarray:
    code, _, years = _state_years(system, 1800, dt.date.today().year)
    return np.unique(code * 10000 + years)


def create_stateyears(y1: int = 1816, y2: int | None = None, system: str = "cow") -> pd.DataFrame:
    """One row per state-year of the state system: a state is in a year if it was a member on any day of it.

    ``system="cow"`` (COW State System Membership v2024): columns ``ccode, statenme, year``; a spell
    open at COW's censoring (2024-12-31) runs to today.  ``system="gw"`` (Gleditsch & Ward 1999, as
    peacesciencer's ``gw_states`` ships it, to 2017-12-31, read as open the same way): columns
    ``gwcode, statename, year``.  ``y2`` defaults to this year.  A state with two spells in one year
    (it left and came back) has one row; the name is that of its first spell in the year.

    >>> df = create_stateyears(1816, 1816)
    >>> len(df), list(df.columns)
    (23, ['ccode', 'statenme', 'year'])
    >>> len(create_stateyears(2000, 2000, system="gw"))
    170
    """
    import pandas as pd

    if system not in ("cow", "gw"):
        raise ValueError(f"system must be 'cow' or 'gw', not {system!r}")
    y2 = dt.date.today().year if y2 is None else y2
    code, names, years = _state_years(system, y1, y2)
    cols = ("ccode", "statenme") if system == "cow" else ("gwcode", "statename")
    df = pd.DataFrame({cols[0]: code.astype(np.int16), cols[1]: names, "year": years.astype(np.int16)})
    df = df.drop_duplicates([cols[0], "year"]).sort_values([cols[0], "year"], kind="stable").reset_index(drop=True)
    df.attrs.update({"casus_data_type": "state_year", "casus_system": system})
    return finish(df, {}, ("cow_states",) if system == "cow" else ("gw_states",))


def _as_codes(code: Any, year: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray, bool, Any]:
    import pandas as pd

    index = next((x.index for x in (code, year) if isinstance(x, pd.Series)), None)
    scalar = np.ndim(code) == 0 and np.ndim(year) == 0
    c = pd.to_numeric(pd.Series(np.atleast_1d(np.asarray(code, dtype=object))), errors="coerce")
    y = pd.to_numeric(pd.Series(np.atleast_1d(np.asarray(year, dtype=object))), errors="coerce")
    cv, yv = np.broadcast_arrays(c.to_numpy("float64", na_value=np.nan), y.to_numpy("float64", na_value=np.nan))
    ok = np.isfinite(cv) & np.isfinite(yv)
    return np.where(ok, cv, 0).astype(np.int64), np.where(ok, yv, 0).astype(np.int64), ok, scalar, index


def _converted(out: np.ndarray, y: np.ndarray, ok: np.ndarray, system: str, scalar: bool, index: Any):
    import pandas as pd

    ok = ok & np.isin(out * 10000 + y, _member_keys(system))
    if scalar:
        return int(out[0]) if ok[0] else None
    return pd.Series(nullable(out, ~ok, "Int64"), index=index)


def cow_to_gw(ccode: Any, year: Any):
    """The Gleditsch–Ward code of COW state ``ccode`` in ``year`` (scalars, or array-likes → an ``Int64`` Series).

    The codes are the same except: Germany (COW 255 from 1990 is GW 260, the Federal Republic
    continued); Yemen (COW 679, from 1990, is GW 678, the Yemen Arab Republic continued); Serbia (COW
    345 before 1918 and from 2006 is GW 340; GW 345 is Yugoslavia 1918–2006).  In a year of change the
    code is the one at the year's end.  The answer is None / NA where GW does not count the state that
    year — e.g. COW's microstates (Monaco 221, Liechtenstein 223, …), which GW lists apart; COW 345 in
    1916–17 (GW's Serbia ends 1915); or dates on which the lists differ (COW's Canada from 1920, GW's
    from 1867).  Source: Gleditsch & Ward (1999) as peacesciencer's ``gw_states`` ships it.

    >>> cow_to_gw(255, 2000), cow_to_gw(255, 1900), cow_to_gw(679, 2000), cow_to_gw(345, 2010)
    (260, 255, 678, 340)
    >>> cow_to_gw(221, 2000) is None
    True
    """
    c, y, ok, scalar, index = _as_codes(ccode, year)
    g = c.copy()
    g[(c == 255) & (y >= 1990)] = 260
    g[(c == 345) & ((y < 1918) | (y >= 2006))] = 340
    g[c == 679] = 678
    return _converted(g, y, ok, "gw", scalar, index)


def gw_to_cow(gwcode: Any, year: Any):
    """The COW code of Gleditsch–Ward state ``gwcode`` in ``year``: the inverse of :func:`cow_to_gw`.

    GW 260 from 1990 is COW 255; GW 340 (Serbia, to 1915 and from 2006) is COW 345; GW 678 from 1990
    is COW 679.  None / NA where COW does not count the state that year (GW-only states such as Tibet
    711, Transvaal 563, Orange Free State 564, or Korea before 1887).

    >>> gw_to_cow(260, 2000), gw_to_cow(260, 1980), gw_to_cow(340, 1900), gw_to_cow(678, 1995)
    (255, 260, 345, 679)
    >>> gw_to_cow(711, 1920) is None
    True
    """
    g, y, ok, scalar, index = _as_codes(gwcode, year)
    c = g.copy()
    c[(g == 260) & (y >= 1990)] = 255
    c[g == 340] = 345
    c[(g == 678) & (y >= 1990)] = 679
    return _converted(c, y, ok, "cow", scalar, index)


# -- ATOP pact counts per state-year -----------------------------------------------------

@lru_cache(maxsize=1)
def _atop_state_years() -> tuple[np.ndarray, np.ndarray]:
    """Sorted ``ccode * 10000 + year`` and counts (alliances, then one per obligation kind)."""
    import pandas as pd

    from ..importers.atop import member_spells

    cols = member_spells()  # the member file read as ATOP's dyadic files read it (casus.importers.atop)
    lo = ordinal_years(np.array(cols["start"], np.int64))
    hi = ordinal_years(np.array(cols["end"], np.int64))
    rows, years = expand_years(lo, hi)
    frame = pd.DataFrame({"member": np.array(cols["member"], np.int64)[rows], "year": years,
                          "atopid": np.array(cols["atopid"], np.int64)[rows]})
    for k in OBLIGATION_FLAGS:
        frame[k] = np.array(cols[k], np.int64)[rows]
    per_alliance = frame.groupby(["member", "year", "atopid"], sort=False)[list(OBLIGATION_FLAGS)].max()
    grouped = per_alliance.groupby(level=["member", "year"])
    n = grouped.size()
    sums = grouped.sum()
    keys = n.index.get_level_values(0).to_numpy(np.int64) * 10000 + n.index.get_level_values(1).to_numpy(np.int64)
    table = np.column_stack([n.to_numpy(np.int64)] + [sums[k].to_numpy(np.int64) for k in OBLIGATION_FLAGS])
    order = np.argsort(keys)
    return keys[order], table[order]


def add_pact_counts(df: pd.DataFrame) -> pd.DataFrame:
    """Add ATOP alliance counts to a state-year frame (``ccode``, ``year``).

    ``atop_n_alliances``: the ATOP alliances the state was a member of on some day of the year;
    ``atop_n_defense``, ``atop_n_offense``, ``atop_n_neutral``, ``atop_n_nonagg``, ``atop_n_consul``:
    how many of them gave the state that obligation (ATOP's member-level flags; a member with several
    phases in one alliance counts once).  Read from the bundled ATOP member file as
    :mod:`casus.importers.atop` reads it (blank days: first/last of the month; no exit: in force on
    ATOP's last day).  NA outside ATOP's years (1815–2018).

    >>> sy = add_pact_counts(create_stateyears(1950, 1950))
    >>> int(sy.loc[sy.ccode == 2, "atop_n_defense"].iloc[0]) > 0
    True
    """
    frame_kind(df, "add_pact_counts", ("state",))
    c, y, ok = state_keys(df)
    keys, table = _atop_state_years()
    pos, hit = lookup(keys, c * 10000 + y)
    missing = ~ok | (y < ATOP_FIRST_YEAR) | (y > ATOP_LAST_YEAR)
    vals = np.where(hit[:, None], table[pos], 0)
    cols = {name: nullable(vals[:, i], missing, "Int16") for i, name in enumerate(PACT_COUNT_COLUMNS)}
    return finish(df, cols, ("atop",))


# -- COW Formal Alliances v4.1 -------------------------------------------------------------

COW_ALLIANCE_COLUMNS = ("cow_defense", "cow_neutral", "cow_nonagg", "cow_entente")


@lru_cache(maxsize=1)
def _cow_alliance_years() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sorted undirected keys, 0/1 flags and NA flags (a source value left blank) per dyad-year."""
    d = read_upstream("cow_alliance", "alliance_v4.1_by_dyad.csv.gz")
    a = np.minimum(d.ccode1, d.ccode2).to_numpy(np.int64)
    b = np.maximum(d.ccode1, d.ccode2).to_numpy(np.int64)
    lo = d.dyad_st_year.to_numpy(np.int64)
    hi = d.dyad_end_year.fillna(COW_ALLIANCE_YEARS[1]).to_numpy(np.int64)
    rows, years = expand_years(lo, hi)
    raw = d[["defense", "neutrality", "nonaggression", "entente"]].to_numpy("float64")[rows]
    keys = pair_year_key(a[rows], b[rows], years)
    uniq, inv = np.unique(keys, return_inverse=True)
    one = np.zeros((len(uniq), 4), bool)
    na = np.zeros((len(uniq), 4), bool)
    np.logical_or.at(one, inv, raw == 1)
    np.logical_or.at(na, inv, np.isnan(raw))
    return uniq, one, na & ~one


def add_cow_alliance(df: pd.DataFrame) -> pd.DataFrame:
    """Add Gibler's COW Formal Alliances v4.1 to a dyad-year frame, as a robustness check on ATOP.

    ``cow_defense``, ``cow_neutral``, ``cow_nonagg``, ``cow_entente``: 1 if the two states were in an
    alliance of that type in some part of the year (the dyad file's start and end years; no end date:
    in force on 2012-12-31), else 0; NA outside 1816–2012.  The dyad file has one row per undirected
    dyad, so both directions get the same flags (COW's 245 asymmetric dyads are not told apart).  One
    source row leaves ``entente`` blank (Iran–Turkey 1926–1937): NA there unless another alliance of
    the dyad gives 1.

    >>> import pandas as pd
    >>> add_cow_alliance(pd.DataFrame({"ccode1": [2], "ccode2": [200], "year": [1960]})).cow_defense.tolist()
    [1]
    """
    frame_kind(df, "add_cow_alliance", ("dyad",))
    c1, c2, y, ok = dyad_keys(df)
    keys, one, na = _cow_alliance_years()
    pos, hit = lookup(keys, pair_year_key(np.minimum(c1, c2), np.maximum(c1, c2), y))
    out_years = (y < COW_ALLIANCE_YEARS[0]) | (y > COW_ALLIANCE_YEARS[1]) | ~ok
    cols = {}
    for i, name in enumerate(COW_ALLIANCE_COLUMNS):
        vals = hit & one[pos, i]
        cols[name] = nullable(vals.astype(np.int8), out_years | (hit & na[pos, i]))
    return finish(df, cols, ("cow_alliance",))


# -- contiguity ------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _contiguity_years() -> tuple[np.ndarray, np.ndarray]:
    """Sorted directed keys and the closest contiguity type (1–5; 0 if only 'none' spells) per dyad-year."""
    d = read_upstream("cow_contdir", "cow_contdir.csv.gz")
    lo = d.stdate.str[:4].astype(int).to_numpy(np.int64)
    hi = d.enddate.str[:4].astype(int).to_numpy(np.int64)
    rows, years = expand_years(lo, hi)
    keys = pair_year_key(d.ccode1.to_numpy(np.int64)[rows], d.ccode2.to_numpy(np.int64)[rows], years)
    t = d.conttype.to_numpy(np.int64)[rows]
    t = np.where(t == 0, 99, t)  # 0 (no contiguity, peacesciencer's filler spells) ranks after 5
    uniq, inv = np.unique(keys, return_inverse=True)
    best = np.full(len(uniq), 99, np.int64)
    np.minimum.at(best, inv, t)
    return uniq, np.where(best == 99, 0, best)


def add_contiguity(df: pd.DataFrame) -> pd.DataFrame:
    """Add COW direct contiguity (v3.2): ``conttype`` for dyad-years, ``land`` and ``sea`` for state-years.

    ``conttype`` is the closest contiguity of the two states in any part of the year: 1 land, 2 water
    of 12 miles or less, 3 of 24, 4 of 150, 5 of 400; 0 none.  For a state-year, ``land`` counts the
    states it bordered by land that year (closest type 1) and ``sea`` those it was contiguous to by
    water only (2–5).  NA outside 1816–2016.  From peacesciencer's ``cow_contdir`` (the COW master
    records, made directed, spells dated by month; peacesciencer ≥ 1.2 can instead keep the first or
    last relationship of a year of change — casus keeps the closest, as older peacesciencer did).

    >>> import pandas as pd
    >>> add_contiguity(pd.DataFrame({"ccode1": [2, 2], "ccode2": [20, 200], "year": [1950, 1950]})).conttype.tolist()
    [1, 0]
    """
    kind = frame_kind(df, "add_contiguity")
    keys, best = _contiguity_years()
    if kind == "dyad":
        c1, c2, y, ok = dyad_keys(df)
        pos, hit = lookup(keys, pair_year_key(c1, c2, y))
        missing = ~ok | (y < CONTIGUITY_YEARS[0]) | (y > CONTIGUITY_YEARS[1])
        return finish(df, {"conttype": nullable(np.where(hit, best[pos], 0), missing)}, ("contdir",))
    c, y, ok = state_keys(df)
    state_year = (keys // 10_000_000) * 10000 + keys % 10000
    counts = {}
    for name, sel in (("land", best == 1), ("sea", best > 1)):
        sk, n = np.unique(state_year[sel], return_counts=True)
        pos, hit = lookup(sk, c * 10000 + y)
        counts[name] = np.where(hit, n[pos], 0)
    missing = ~ok | (y < CONTIGUITY_YEARS[0]) | (y > CONTIGUITY_YEARS[1])
    return finish(df, {k: nullable(v, missing, "Int16") for k, v in counts.items()}, ("contdir",))


# -- capitals and distances --------------------------------------------------------------------

@lru_cache(maxsize=1)
def _capital_years() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sorted ``ccode * 10000 + year`` with the latitude and longitude of the year's first capital."""
    d = read_upstream("capitals", "cow_capitals.csv.gz").sort_values(["ccode", "stdate"], kind="stable")
    lo = d.stdate.str[:4].astype(int).to_numpy(np.int64)
    hi = d.enddate.str[:4].astype(int).to_numpy(np.int64)
    rows, years = expand_years(lo, hi)
    keys = d.ccode.to_numpy(np.int64)[rows] * 10000 + years
    uniq, first = np.unique(keys, return_index=True)  # rows are in start order: the first is Jan. 1's capital
    return uniq, d.lat.to_numpy("float64")[rows][first], d.lng.to_numpy("float64")[rows][first]


def _capital(c: np.ndarray, y: np.ndarray, ok: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    keys, lat, lng = _capital_years()
    pos, hit = lookup(keys, c * 10000 + y)
    hit &= ok
    return np.where(hit, lat[pos], np.nan), np.where(hit, lng[pos], np.nan), hit


def great_circle_km(lat1, lng1, lat2, lng2) -> np.ndarray:
    """Great-circle distance in km on a sphere of radius 6378.137 km (Vincenty's formula for the sphere,
    as ``geosphere::distVincentySphere``, which peacesciencer uses).

    >>> round(float(great_circle_km(0, 0, 0, 1)), 3)
    111.319
    """
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dl = np.radians(np.asarray(lng2, dtype="float64") - np.asarray(lng1, dtype="float64"))
    num = np.hypot(np.cos(p2) * np.sin(dl), np.cos(p1) * np.sin(p2) - np.sin(p1) * np.cos(p2) * np.cos(dl))
    den = np.sin(p1) * np.sin(p2) + np.cos(p1) * np.cos(p2) * np.cos(dl)
    return EARTH_RADIUS_KM * np.arctan2(num, den)


def _min_capital_distance(c: np.ndarray, y: np.ndarray, ok: np.ndarray) -> np.ndarray:
    """Per state-year: the distance to the nearest capital of another COW member it shared a day with."""
    from .dyad_years import _year_pairs

    out = np.full(len(c), np.nan)
    years = np.unique(y[ok])
    if len(years) == 0:
        return out
    want = set(years.tolist())
    for year, pairs in _year_pairs(int(years[0]), int(years[-1]), True, dt.date.today()):
        if year not in want or len(pairs) == 0:
            continue
        a, b = pairs // 1000, pairs % 1000
        yy = np.full(len(pairs), year)
        la, na_, ha = _capital(a, yy, np.ones(len(a), bool))
        lb, nb, hb = _capital(b, yy, np.ones(len(b), bool))
        d = np.where(ha & hb, great_circle_km(la, na_, lb, nb), np.inf)
        states, inv = np.unique(a, return_inverse=True)
        best = np.full(len(states), np.inf)
        np.minimum.at(best, inv, d)
        sel = ok & (y == year)
        pos, hit = lookup(states, c[sel])
        out[np.flatnonzero(sel)] = np.where(hit & np.isfinite(best[pos]), best[pos], np.nan)
    return out


def add_capital_distance(df: pd.DataFrame) -> pd.DataFrame:
    """Add the great-circle distance in km between capitals: ``capdist`` (dyad-years) or ``mincapdist``
    (state-years: to the nearest capital of another COW member that shared a day of the year with it).

    Capitals and their coordinates are peacesciencer's ``cow_capitals`` (hand-coded capitals with start
    and end dates, geocoded; to 2024-12-31); where a capital moved during a year, the year's first
    (1 January) capital is used, as peacesciencer does.  Distances on a sphere of radius 6378.137 km,
    as peacesciencer computes them.  NA where a state has no capital in the table for the year (e.g.
    after 2024).  Kept as upstream ships it: the coordinates given for Brasília (from 1960) are those of
    Brazil's centroid (−10.33, −53.2), some 800 km away.

    >>> import pandas as pd
    >>> round(float(add_capital_distance(pd.DataFrame({"ccode1": [2], "ccode2": [20], "year": [2000]})).capdist[0]))
    735
    """
    kind = frame_kind(df, "add_capital_distance")
    if kind == "dyad":
        c1, c2, y, ok = dyad_keys(df)
        la, na_, h1 = _capital(c1, y, ok)
        lb, nb, h2 = _capital(c2, y, ok)
        d = np.where(h1 & h2, great_circle_km(la, na_, lb, nb), 0.0)
        return finish(df, {"capdist": nullable(d, ~(h1 & h2), "Float64")}, ("capitals",))
    c, y, ok = state_keys(df)
    d = _min_capital_distance(c, y, ok)
    return finish(df, {"mincapdist": nullable(np.nan_to_num(d), np.isnan(d), "Float64")}, ("capitals", "cow_states"))


@lru_cache(maxsize=1)
def _mindist_spells() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(sorted ``pair * 10000 + first year``, last year, distance) of the CShapes minimum-distance spells."""
    d = read_upstream("cshapes_mindist", "cow_mindist_spells.csv.gz")
    keys = pair_year_key(d.ccode1.to_numpy(np.int64), d.ccode2.to_numpy(np.int64), d.styear.to_numpy(np.int64))
    order = np.argsort(keys)
    return keys[order], d.endyear.to_numpy(np.int64)[order], d.mindist.to_numpy("float64")[order]


def _mindist(a: np.ndarray, b: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Minimum distance of undirected pairs (a < b) in year y; NaN where CShapes has no value."""
    start, last, dist = _mindist_spells()
    q = pair_year_key(a, b, y)
    i = np.searchsorted(start, q, side="right") - 1
    i = np.maximum(i, 0)
    same_pair = (start[i] // 10000) == (q // 10000)
    hit = same_pair & (start[i] % 10000 <= y) & (y <= last[i])
    return np.where(hit, dist[i], np.nan)


@lru_cache(maxsize=1)
def _min_mindist_state_years() -> tuple[np.ndarray, np.ndarray]:
    start, last, dist = _mindist_spells()
    rows, years = expand_years(start % 10000, last)
    pair = start // 10000
    keys = np.concatenate([(pair // 1000)[rows] * 10000 + years, (pair % 1000)[rows] * 10000 + years])
    vals = np.concatenate([dist[rows], dist[rows]])
    uniq, inv = np.unique(keys, return_inverse=True)
    best = np.full(len(uniq), np.inf)
    np.minimum.at(best, inv, vals)
    return uniq, best


def add_minimum_distance(df: pd.DataFrame) -> pd.DataFrame:
    """Add the minimum distance in km between two states' territories: ``mindist`` (dyad-years) or
    ``minmindist`` (state-years: to the nearest other state CShapes has that year).

    From CShapes 2.0 (Schvitz et al. 2022) as peacesciencer's ``cow_mindist`` ships it (1886–2019,
    COW codes); bundled as runs of years with the same distance, which expand to exactly peacesciencer's
    values.  0 for states that touch.  NA outside 1886–2019 and for a dyad CShapes does not have.

    >>> import pandas as pd
    >>> f = pd.DataFrame({"ccode1": [2, 2], "ccode2": [20, 40], "year": [1950, 1950]})
    >>> add_minimum_distance(f).mindist.round(1).tolist()
    [0.0, 233.7]
    """
    kind = frame_kind(df, "add_minimum_distance")
    if kind == "dyad":
        c1, c2, y, ok = dyad_keys(df)
        d = _mindist(np.minimum(c1, c2), np.maximum(c1, c2), y)
        missing = ~ok | np.isnan(d) | (c1 == c2)
        return finish(df, {"mindist": nullable(np.nan_to_num(d), missing, "Float64")}, ("mindist",))
    c, y, ok = state_keys(df)
    keys, best = _min_mindist_state_years()
    pos, hit = lookup(keys, c * 10000 + y)
    hit &= ok
    return finish(df, {"minmindist": nullable(np.where(hit, best[pos], 0.0), ~hit, "Float64")}, ("mindist",))


# -- citations --------------------------------------------------------------------------------

def cite(df_or_labels: Any, bibtex: bool = False) -> str:
    """The citations of the datasets a frame used (its ``attrs["casus_sources"]`` labels and
    ``attrs["casus_datasets"]`` ids, which :func:`~casus.analysis.dyad_years.add_obligations` records too),
    as peacesciencer's ``ps_cite()``: one block per dataset, from ``casus/data/sources.yaml``;
    ``bibtex=True`` gives the BibTeX entries that exist.  Accepts a frame or a list of labels.

    >>> print(cite(create_stateyears(1816, 1816)).splitlines()[0])
    Correlates of War State System Membership List — version 2024
    """
    from .. import provenance

    attrs = getattr(df_or_labels, "attrs", None)
    labels = list(attrs.get("casus_sources") or []) if attrs is not None else list(df_or_labels)
    ids = [i for label in labels for i in source_ids(label)]
    ids = list(dict.fromkeys(ids + (list(attrs.get("casus_datasets") or []) if attrs is not None else [])))
    return provenance.bibtex(ids) if bibtex else provenance.cite(ids)
