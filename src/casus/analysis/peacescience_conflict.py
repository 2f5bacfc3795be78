"""Conflict verbs in peacesciencer's style: COW inter-state wars and GML MIDs per dyad-year, and peace
years (years since the last event).  Importable from :mod:`casus.analysis.peacescience`; the frame
conventions (any frame with ``ccode1``/``ccode2``/``year``; NA outside a dataset's years) are the same.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np

from .peacescience_data import (
    dyad_keys,
    expand_years,
    finish,
    frame_kind,
    lookup,
    nullable,
    pair_year_key,
    read_upstream,
    state_keys,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["add_cow_wars", "add_gml_mids", "add_peace_years", "COW_WAR_YEARS", "GML_YEARS"]

#: COW Inter-State War v4.0 covers 1816–2007 (Sarkees & Wayman 2010).
COW_WAR_YEARS = (1816, 2007)
#: GML MID 2.1 covers 1816–2010.
GML_YEARS = (1816, 2010)


def _reduce(keys: np.ndarray, onset: np.ndarray, level: np.ndarray | None = None):
    """Sorted unique keys, whether any row of the key is an onset, and the highest ``level``."""
    uniq, inv = np.unique(keys, return_inverse=True)
    on = np.zeros(len(uniq), bool)
    np.logical_or.at(on, inv, onset)
    top = np.zeros(len(uniq), np.int64)
    if level is not None:
        np.maximum.at(top, inv, level)
    return uniq, on, top


@lru_cache(maxsize=2)
def _war_years(source: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Directed dyad-years at war: (sorted keys, onset flags, unused levels)."""
    a, b, lo, hi, first = [], [], [], [], []
    if source == "cow":
        from ..importers.cow_wars import read_wars

        for war in read_wars():  # each participation spell a row; a state that switched sides has one per side
            for p in war.participants:
                for q in war.participants:
                    if p.side == q.side or p.ccode == q.ccode:
                        continue
                    start, end = max(p.entry, q.entry), min(p.exit, q.exit)
                    if start <= end:  # on opposite sides on a common day, as peacesciencer pairs them
                        a.append(p.ccode)
                        b.append(q.ccode)
                        lo.append(start.year)
                        hi.append(end.year)
        first = lo
    else:
        import pandas as pd

        with resources.files("casus").joinpath("data", "upstream", "cow", "directed_dyadic_war.csv").open("rb") as fh:
            d = pd.read_csv(fh, usecols=["warnum", "statea", "stateb", "year"])
        start = d.groupby(["warnum", "statea", "stateb"]).year.transform("min")
        a, b, lo, hi, first = list(d.statea), list(d.stateb), list(d.year), list(d.year), list(start)
    rows, years = expand_years(np.array(lo, np.int64), np.array(hi, np.int64))
    keys = pair_year_key(np.array(a, np.int64)[rows], np.array(b, np.int64)[rows], years)
    return _reduce(keys, years == np.array(first, np.int64)[rows])


def add_cow_wars(df: pd.DataFrame, source: str = "cow") -> pd.DataFrame:
    """Add COW inter-state war to a dyad-year frame: ``cowinterongoing`` (the two states were at war with
    each other in the year) and ``cowinteronset`` (a war between them began that year).

    ``source="cow"`` (default, as peacesciencer's ``add_cow_wars(type = "inter")``): COW Inter-State War
    v4.0, pairing participants on opposite sides on a common day, each participation spell apart (a
    resumed spell has its own onset).  ``source="maoz"``: the Maoz directed dyadic war data, whose dyads
    are the states that actually fought each other and from when (the USA and Germany: 1917–18 and
    1943–45, not from December 1941).  Both directions of a dyad get the same values.  0 where the
    data record no war; NA outside 1816–2007.

    >>> import pandas as pd
    >>> f = pd.DataFrame({"ccode1": [2, 2, 2], "ccode2": [255, 255, 255], "year": [1941, 1942, 1946]})
    >>> add_cow_wars(f).cowinterongoing.tolist(), add_cow_wars(f).cowinteronset.tolist()
    ([1, 1, 0], [1, 0, 0])
    """
    if source not in ("cow", "maoz"):
        raise ValueError(f"source must be 'cow' or 'maoz', not {source!r}")
    frame_kind(df, "add_cow_wars", ("dyad",))
    c1, c2, y, ok = dyad_keys(df)
    keys, onset, _ = _war_years(source)
    pos, hit = lookup(keys, pair_year_key(c1, c2, y))
    missing = ~ok | (y < COW_WAR_YEARS[0]) | (y > COW_WAR_YEARS[1])
    cols = {"cowinteronset": nullable((hit & onset[pos]).astype(np.int8), missing),
            "cowinterongoing": nullable(hit.astype(np.int8), missing)}
    return finish(df, cols, ("cow_wars",) if source == "cow" else ("cow_wars", "maoz"))


def _day(y: int, m: int, d: int, end: bool) -> int:
    """Day ordinal of a MID date; an unknown (−9) day is the first (start) or last (end) of the month."""
    m = m if 1 <= m <= 12 else (12 if end else 1)
    last = calendar.monthrange(y, m)[1]
    d = d if 1 <= d <= last else (last if end else 1)
    return dt.date(y, m, d).toordinal()


@lru_cache(maxsize=1)
def _gml_years() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Directed dyad-years in a GML MID: (sorted keys, onset flags, highest hostility level)."""
    d = read_upstream("gml", "gml-midb-2.1.csv.gz",
                      usecols=["dispnum", "ccode", "stday", "stmon", "styear", "endday", "endmon", "endyear",
                               "sidea", "hostlev"])
    d = d[d.sidea.notna()]  # one record (ROK in MID 4455, 2003) has no side: it cannot be paired
    d["start"] = [_day(int(y), int(m), int(dd), False) for y, m, dd in zip(d.styear, d.stmon, d.stday, strict=True)]
    d["end"] = [_day(int(y), int(m), int(dd), True) for y, m, dd in zip(d.endyear, d.endmon, d.endday, strict=True)]
    pairs = d.merge(d, on="dispnum", suffixes=("_a", "_b"))
    pairs = pairs[(pairs.sidea_a != pairs.sidea_b) & (pairs.ccode_a != pairs.ccode_b)]
    lo = np.maximum(pairs.start_a, pairs.start_b).to_numpy(np.int64)
    hi = np.minimum(pairs.end_a, pairs.end_b).to_numpy(np.int64)
    keep = lo <= hi  # on opposite sides of the dispute on a common day
    pairs, lo, hi = pairs[keep], lo[keep], hi[keep]
    ylo = np.array([dt.date.fromordinal(int(o)).year for o in lo], np.int64)
    yhi = np.array([dt.date.fromordinal(int(o)).year for o in hi], np.int64)
    a, b = pairs.ccode_a.to_numpy(np.int64), pairs.ccode_b.to_numpy(np.int64)
    # the dyad's onset in a dispute: the first year the two faced each other in it (over all their records)
    disp = pairs.dispnum.to_numpy(np.int64)
    group = (disp * 1000 + a) * 1000 + b
    order = np.argsort(group, kind="stable")
    uniq, idx = np.unique(group[order], return_index=True)
    first = np.minimum.reduceat(ylo[order], idx)
    onset_year = first[np.searchsorted(uniq, group)]
    level = np.maximum(pairs.hostlev_a, pairs.hostlev_b).to_numpy(np.int64)
    rows, years = expand_years(ylo, yhi)
    return _reduce(pair_year_key(a[rows], b[rows], years), years == onset_year[rows], level[rows])


def add_gml_mids(df: pd.DataFrame) -> pd.DataFrame:
    """Add Gibler–Miller–Little MIDs (v2.1) to a dyad-year frame.

    ``gmlmidongoing``: the two states were on opposite sides of a MID on a common day of the year;
    ``gmlmidonset``: a MID between them began that year (the first year they faced each other in it);
    ``gmlhostlev``: the highest hostility level (1–5, MID ``hostlev``) either of them reached in the
    MIDs between them that were ongoing in the year — a participant's level over its whole
    participation, as MIDB codes it — NA when there was none.  Built from the GML participant file
    (MIDB); an unknown day is read as the first (start) or last (end) of its month; the one record
    without a side (South Korea in MID 4455, 2003) is left out.  0 where there was
    no MID; NA outside 1816–2010.  (peacesciencer's ``add_gml_mids`` joins GML 2.2.1's directed
    dispute-year data and keeps one dispute per dyad-year; casus reports any dispute.)

    >>> import pandas as pd
    >>> f = pd.DataFrame({"ccode1": [2, 200, 2], "ccode2": [200, 2, 200], "year": [1902, 1903, 1904]})
    >>> add_gml_mids(f)[["gmlmidonset", "gmlmidongoing"]].values.tolist()
    [[1, 1], [0, 1], [0, 0]]
    """
    frame_kind(df, "add_gml_mids", ("dyad",))
    c1, c2, y, ok = dyad_keys(df)
    keys, onset, level = _gml_years()
    pos, hit = lookup(keys, pair_year_key(c1, c2, y))
    missing = ~ok | (y < GML_YEARS[0]) | (y > GML_YEARS[1])
    cols = {"gmlmidonset": nullable((hit & onset[pos]).astype(np.int8), missing),
            "gmlmidongoing": nullable(hit.astype(np.int8), missing),
            "gmlhostlev": nullable(np.where(hit, level[pos], 0), missing | ~hit)}
    return finish(df, cols, ("gml",))


def _spell_name(event_col: str) -> str:
    return re.sub(r"(onset|ongoing)$", "", event_col) + "spell"


def add_peace_years(df: pd.DataFrame, event_col: str, name: str | None = None, pad: bool = False) -> pd.DataFrame:
    """Add peace years: per dyad (``ccode1``, ``ccode2``; each direction apart) or state (``ccode``),
    the years since the last year in which ``event_col`` was non-zero, as peacesciencer does it
    (``add_spells``/``add_peace_years``, through stevemisc's ``sbtscs``, after Beck, Katz & Tucker's
    ``btscs``).  The column is ``name``, by default ``event_col`` with a final ``onset``/``ongoing``
    replaced by ``spell`` (``gmlmidongoing`` → ``gmlmidspell``).

    The convention, exactly that of ``sbtscs``: rows are ordered by year within the dyad; the dyad's
    first row counts 0 (the frame cannot see events before it: start the frame early, e.g. 1816,
    when that matters); each later row counts one more than the row before, and 0 after a row with
    an event; an event row keeps the count of peace years before it (events at rows 3 and 4 give
    0, 1, 2, 3, 0, 0, 1 …).  Rows count, not calendar years: a gap in a dyad's years (a state that
    left the system) is bridged as if the years were consecutive; ``pad=True`` treats a gap as
    an event instead (``sbtscs(pad_ts = TRUE)``): the count starts again at 0 after it.  A row whose
    event is NA gets NA and is skipped.  The frame's rows and their order are kept.

    >>> import pandas as pd
    >>> f = pd.DataFrame({"ccode1": 2, "ccode2": 20, "year": range(2000, 2007), "war": [0, 0, 0, 1, 1, 0, 0]})
    >>> add_peace_years(f, "war").warspell.tolist()
    [0, 1, 2, 3, 0, 0, 1]
    """
    import pandas as pd

    if event_col not in df.columns:
        raise ValueError(f"add_peace_years(): {event_col!r} is not a column of the frame")
    if frame_kind(df, "add_peace_years") == "dyad":
        c1, c2, y, ok = dyad_keys(df)
        unit = c1 * 1000 + c2
    else:
        unit, y, ok = state_keys(df)
    ev = pd.to_numeric(df[event_col], errors="coerce").to_numpy("float64", na_value=np.nan)
    ok = ok & ~np.isnan(ev)
    idx = np.flatnonzero(ok)
    idx = idx[np.lexsort((y[idx], unit[idx]))]  # by unit, then year; ties keep the frame's order
    u, yy, e = unit[idx], y[idx], ev[idx] != 0
    pos = np.arange(len(idx))
    new = np.ones(len(idx), bool)
    new[1:] = u[1:] != u[:-1]
    gstart = np.maximum.accumulate(np.where(new, pos, 0))
    mark = np.where(e, pos, -1)
    if pad:  # a gap in the years: as if every missing year had an event
        gap = np.zeros(len(idx), bool)
        gap[1:] = ~new[1:] & (yy[1:] - yy[:-1] > 1)
        mark[np.flatnonzero(gap) - 1] = np.flatnonzero(gap) - 1
    before = np.full(len(idx), -1)
    before[1:] = np.maximum.accumulate(mark)[:-1]
    last = np.maximum(before, gstart - 1)  # the first row of a dyad counts as just after an event
    spell = np.zeros(len(df), np.int64)
    spell[idx] = pos - last - 1
    return finish(df, {name or _spell_name(event_col): nullable(spell, ~ok, "Int64")}, ())
