"""Dyad-year tables in peacesciencer's style, built fast with numpy and pyarrow.

``create_dyad_years()`` gives one row per (directed) dyad-year of COW system
members: a dyad exists in a year when both states were members on a common day
of it (peacesciencer's rule).  ``add_obligations()`` adds

* ``atop_defense``, ``atop_offense``, ``atop_neutral``, ``atop_nonagg``,
  ``atop_consul`` — ATOP's own directed dyad-year data (codebook §2.7; ATOP 5
  as peacesciencer ships them), as its ``add_atop_alliance()`` joins them (bundled:
  :mod:`casus.importers.atop_directed`): 1 if ccode1 has that obligation toward
  ccode2 in an alliance in effect for both during the year, 0 for a dyad-year
  the data do not list; null after 2018 (ATOP ends);
* ``casus_defense`` … ``casus_consul`` — the same from the whole casus corpus
  (ATOP refined by the hand-encoded treaties, and pacts after 2018), counting a
  treaty from its entry into force where known, through today;
* ``casus_defense_automatic`` — 1 if one of those defence duties is graded
  *automatic* (casus's reading of the text: :mod:`casus.importers.response_grades`
  for ATOP's alliances, the treaty files for the rest); ATOP's own columns are
  untouched.

Undirected tables (``directed=False``) keep ccode1 < ccode2 and set a flag when
either state owes it to the other (ATOP dyad-year §2.6).

Where casus reads ATOP differently, it says so beside ATOP's columns, never
instead of them: the ``casus_*`` columns follow the engine, which narrows the
clauses of the alliances coded ``asymm`` or ``obvary`` to the partners ATOP's
dyad-year data give each member, and keeps the member-level file's reading
elsewhere; where the two ATOP sources disagree in a way that rule does not
explain, ``casus cite --data-notes`` lists it (:mod:`casus.importers.atop_notes`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import numpy as np

from ..importers.atop import ATOP_LAST_YEAR
from ..importers.atop import OBLIGATION_FLAGS as KINDS

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyarrow as pa

    from ..corpus import Corpus

__all__ = ["create_dyad_years", "add_obligations", "dyad_year_table", "OBLIGATION_COLUMNS", "CASUS_FLAGS",
           "ATOP_LAST_YEAR"]

#: casus's columns: ATOP's kinds, and whether a defence duty is graded automatic
CASUS_FLAGS = (*KINDS, "defense_automatic")
OBLIGATION_COLUMNS = tuple(f"atop_{k}" for k in KINDS) + tuple(f"casus_{k}" for k in CASUS_FLAGS)
_CASUS_KIND = {"defense": "defense", "offense": "offense", "neutrality": "neutral",
               "nonaggression": "nonagg", "consultation": "consul"}
_EPOCH = dt.date(1, 1, 1).toordinal()


# -- the state system -----------------------------------------------------

def _system_spells(today: dt.date) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(ccode, first day, last day) per COW spell; spells open at COW's censor date run to today."""
    from ..importers.cow_states import system_spells

    spells = system_spells()
    codes = np.array([c for c, _, _ in spells], np.int64)
    starts = np.array([s.toordinal() for _, s, _ in spells], np.int64)
    ends = np.array([(e or today).toordinal() for _, _, e in spells], np.int64)
    return codes, starts, ends


def _year_pairs(y1: int, y2: int, directed: bool, today: dt.date):
    """Yield (year, pairs) with pairs = ccode1*1000 + ccode2 (int64, ascending) of system dyads."""
    codes, starts, ends = _system_spells(today)
    order = np.argsort(codes, kind="stable")
    codes, starts, ends = codes[order], starts[order], ends[order]
    for y in range(y1, y2 + 1):
        lo, hi = dt.date(y, 1, 1).toordinal(), dt.date(y, 12, 31).toordinal()
        m = (starts <= hi) & (ends >= lo)
        c, s, e = codes[m], np.maximum(starts[m], lo), np.minimum(ends[m], hi)
        ok = np.maximum(s[:, None], s[None, :]) <= np.minimum(e[:, None], e[None, :])
        a, b = np.nonzero(ok)
        ca, cb = c[a], c[b]
        keep = (ca < cb) if not directed else (ca != cb)
        pairs = ca[keep] * 1000 + cb[keep]
        if len(c) != len(np.unique(c)):  # a state with two spells in this year
            pairs = np.unique(pairs)
        yield y, pairs


# -- obligations ---------------------------------------------------------------

def _expand(a, b, ylo, yhi, flags, chunk: int = 250_000) -> tuple[np.ndarray, np.ndarray]:
    """Directed (a→b) spans of years with flag rows → sorted (keys, flags) per dyad-year, OR-reduced.

    Works in chunks of about ``chunk`` dyad-years so that memory stays flat.
    """
    if len(a) == 0:
        return np.empty(0, np.int64), np.zeros((0, len(KINDS)), np.int8)
    n = (yhi - ylo + 1).astype(np.int64)
    ends = np.cumsum(n)
    parts_k, parts_f = [], []
    start = 0
    while start < len(a):
        stop = int(np.searchsorted(ends, (ends[start] - n[start]) + chunk, side="right"))
        stop = max(stop, start + 1)
        sl = slice(start, stop)
        nn = n[sl]
        rep = np.repeat(np.arange(stop - start, dtype=np.int32), nn)
        offs = np.arange(int(nn.sum()), dtype=np.int64) - np.repeat(np.cumsum(nn) - nn, nn)
        keys = (a[sl][rep] * 1000 + b[sl][rep]) * 10000 + ylo[sl][rep] + offs
        uniq, inv = np.unique(keys, return_inverse=True)
        red = np.zeros((len(uniq), flags.shape[1]), np.int8)
        np.maximum.at(red, inv, flags[sl][rep])
        parts_k.append(uniq)
        parts_f.append(red)
        start = stop
    keys = np.concatenate(parts_k)
    fl = np.concatenate(parts_f)
    if len(parts_k) == 1:
        return keys, fl
    uniq, inv = np.unique(keys, return_inverse=True)
    red = np.zeros((len(uniq), fl.shape[1]), np.int8)
    np.maximum.at(red, inv, fl)
    return uniq, red


def _atop_obligations(y1: int, y2: int) -> tuple[np.ndarray, np.ndarray]:
    """ATOP's directed dyad-year obligations, ``y1`` to ``y2`` (at most 2018): sorted keys
    ``(ccode1 * 1000 + ccode2) * 10000 + year`` and their flags — the bundled table as it is."""
    from ..importers.atop_directed import ddyr_keys

    return ddyr_keys(y1, min(y2, ATOP_LAST_YEAR))


def _years(ordinals: np.ndarray) -> np.ndarray:
    # ordinal → year, vectorised through numpy datetime64 days
    days = (ordinals - dt.date(1970, 1, 1).toordinal()).astype("timedelta64[D]")
    return (np.datetime64("1970-01-01") + days).astype("datetime64[Y]").astype(np.int64) + 1970


def _casus_obligations(corpus: Corpus, y1: int, y2: int, basis: str = "in-force") -> tuple[np.ndarray, np.ndarray]:
    """Directed casus obligations per dyad-year: every obligation of a treaty in law (the one
    expansion, :mod:`casus.engine.obligations`) on every day it may hold."""
    from ..engine.obligations import index_for

    A, B, LO, HI, K, AUTO = [], [], [], [], [], []
    for ob in index_for(corpus).all():
        if ob.treaty.legal_status != "treaty":
            continue
        k = KINDS.index(_CASUS_KIND[ob.kind])
        auto = ob.kind == "defense" and ob.clause.response == "automatic"
        for seg in ob.segments(basis):
            A.append(ob.obligor)
            B.append(ob.beneficiary)
            LO.append(seg.lo)
            HI.append(seg.hi - 1)
            K.append(k)
            AUTO.append(auto)
    if not A:
        return np.empty(0, np.int64), np.zeros((0, len(CASUS_FLAGS)), np.int8)
    today = dt.date.today().toordinal()
    lo = _years(np.array(LO, np.int64))
    hi = _years(np.minimum(np.array(HI, np.int64), today))
    lo, hi = np.maximum(lo, y1), np.minimum(hi, y2)
    keep = lo <= hi
    f = np.zeros((len(A), len(CASUS_FLAGS)), np.int8)
    f[np.arange(len(A)), np.array(K)] = 1
    f[:, CASUS_FLAGS.index("defense_automatic")] = np.array(AUTO, np.int8)
    a, b = np.array(A, np.int64)[keep], np.array(B, np.int64)[keep]
    return _expand(a, b, lo[keep], hi[keep], f[keep])


def _or_matches(out: np.ndarray, sorted_keys: np.ndarray, flags: np.ndarray, queries: np.ndarray) -> None:
    """OR into ``out[i]`` the flags of ``sorted_keys == queries[i]`` (where there is one)."""
    pos = np.minimum(np.searchsorted(sorted_keys, queries), len(sorted_keys) - 1)
    hit = np.flatnonzero(sorted_keys[pos] == queries)
    out[hit] |= flags[pos[hit]]


def _reversed_pairs(pairs: np.ndarray) -> np.ndarray:
    return (pairs % 1000) * 1000 + pairs // 1000


def _lookup(keys: np.ndarray, src_keys: np.ndarray, src_flags: np.ndarray, directed: bool) -> np.ndarray:
    """Flags for arbitrary ``keys`` against sorted source keys (0 where absent)."""
    out = np.zeros((len(keys), src_flags.shape[1]), np.int8)
    if len(src_keys) == 0:
        return out
    _or_matches(out, src_keys, src_flags, keys)
    if not directed:
        _or_matches(out, src_keys, src_flags, _reversed_pairs(keys // 10000) * 10000 + keys % 10000)
    return out


class _ByYear:
    """Obligation flags re-indexed by (year, pair) for per-year lookups."""

    def __init__(self, keys: np.ndarray, flags: np.ndarray):
        year, pair = keys % 10000, keys // 10000
        order = np.argsort(year * 1_000_000 + pair, kind="stable")
        self.year, self.pair, self.flags = year[order], pair[order], flags[order]

    def lookup(self, y: int, pairs: np.ndarray, directed: bool) -> np.ndarray:
        out = np.zeros((len(pairs), self.flags.shape[1]), np.int8)
        lo, hi = np.searchsorted(self.year, [y, y + 1])
        if hi == lo:
            return out
        src, fl = self.pair[lo:hi], self.flags[lo:hi]
        _or_matches(out, src, fl, pairs)
        if not directed:
            _or_matches(out, src, fl, _reversed_pairs(pairs))
        return out


def dyad_year_table(y1: int = 1816, y2: int | None = None, directed: bool = True, atop: bool = True,
                    corpus: Corpus | None = None, today: dt.date | None = None) -> pa.Table:
    """The dyad-year table as a pyarrow Table (the fast path behind the CLI).

    Built year by year into record batches, so memory stays near the size of
    the result.
    """
    if corpus is not None:
        from ..session import corpus_of

        corpus = corpus_of(corpus)
    import pyarrow as pa

    today = today or dt.date.today()
    y2 = today.year if y2 is None else y2
    sources: list[tuple[str, _ByYear, tuple[str, ...]]] = []
    if atop:
        sources.append(("atop", _ByYear(*_atop_obligations(y1, y2)), KINDS))
    if corpus is not None:
        sources.append(("casus", _ByYear(*_casus_obligations(corpus, y1, y2)), CASUS_FLAGS))
    names = ["ccode1", "ccode2", "year"] + [f"{src}_{k}" for src, _, cols in sources for k in cols]
    offsets = np.cumsum([0] + [len(cols) for *_, cols in sources])
    per_year = [(y, pairs.astype(np.int32)) for y, pairs in _year_pairs(y1, y2, directed, today)]
    n = sum(len(p) for _, p in per_year)
    c1, c2, yr = np.empty(n, np.int16), np.empty(n, np.int16), np.empty(n, np.int16)
    flags = np.zeros((int(offsets[-1]), n), np.int8)
    atop_null = np.zeros(n, bool)
    at = 0
    for y, pairs in per_year:
        k = len(pairs)
        sl = slice(at, at + k)
        c1[sl], c2[sl], yr[sl] = pairs // 1000, pairs % 1000, y
        for j, (src, table, _) in enumerate(sources):
            flags[offsets[j]:offsets[j + 1], sl] = table.lookup(y, pairs.astype(np.int64), directed).T
            if src == "atop" and y > ATOP_LAST_YEAR:
                atop_null[sl] = True
        at += k
    del per_year

    def wrap(arr: np.ndarray, typ, null: np.ndarray | None = None) -> pa.Array:
        # zero-copy: the Arrow array points at the numpy buffer
        validity = None
        if null is not None and null.any():
            validity = pa.py_buffer(np.packbits(~null, bitorder="little"))
        return pa.Array.from_buffers(typ, len(arr), [validity, pa.py_buffer(arr)],
                                     null_count=int(null.sum()) if null is not None else 0)

    arrays = [wrap(c1, pa.int16()), wrap(c2, pa.int16()), wrap(yr, pa.int16())]
    for j, (src, _, cols) in enumerate(sources):
        for i in range(len(cols)):
            arrays.append(wrap(flags[offsets[j] + i], pa.int8(), atop_null if src == "atop" else None))
    return pa.Table.from_arrays(arrays, names=names)


# -- peacesciencer-style verbs --------------------------------------------------

def create_dyad_years(y1: int = 1816, y2: int | None = None, directed: bool = True) -> pd.DataFrame:
    """One row per (directed) dyad-year of COW system members (``ccode1, ccode2, year``).

    >>> df = create_dyad_years(1816, 1816)
    >>> len(df), list(df.columns)
    (506, ['ccode1', 'ccode2', 'year'])
    """
    df = dyad_year_table(y1, y2, directed, atop=False).to_pandas()
    df.attrs["casus_data_type"] = "dyad_year"
    df.attrs["casus_directed"] = directed
    return df


def _dyad_keys(df: pd.DataFrame) -> np.ndarray:
    """(ccode1 * 1000 + ccode2) * 10000 + year, from any frame with those columns (ints, floats from a merge,
    or nullable ints from a CSV); a row without all three is an error naming it."""
    missing = [c for c in ("ccode1", "ccode2", "year") if c not in df.columns]
    if missing:
        raise ValueError(f"add_obligations() needs columns ccode1, ccode2 and year (COW codes and a year: "
                         f"peacesciencer's and create_dyad_years()' names); this frame lacks {', '.join(missing)}")
    cols = df[["ccode1", "ccode2", "year"]]
    bad = cols.isna().any(axis=1).to_numpy()
    if bad.any():
        raise ValueError(f"add_obligations(): {int(bad.sum())} row(s) lack a ccode1, ccode2 or year, e.g. row "
                         f"{df.index[bad][0]!r}; drop or fill them first")
    a, b, y = (cols[c].to_numpy(np.float64).astype(np.int64) for c in ("ccode1", "ccode2", "year"))
    return (a * 1000 + b) * 10000 + y


def add_obligations(df: pd.DataFrame, source: str = "both", corpus: Corpus | None = None,
                    directed: bool | None = None) -> pd.DataFrame:
    """Add ``atop_*`` and/or ``casus_*`` obligation columns to any dyad-year frame with ``ccode1``, ``ccode2``
    and ``year`` columns: one from :func:`create_dyad_years`, after a merge or a CSV round-trip, or a
    peacesciencer export.  Rows and their order are kept; other columns are left alone.

    ``source``: ``"atop"``, ``"casus"`` or ``"both"``.  ``directed``: read each row as ccode1's obligations to
    ccode2 (True) or as either's to the other (False); default: what :func:`create_dyad_years` recorded in the
    frame's ``attrs``, else directed (peacesciencer's ``create_dyadyears()`` default).

    >>> import pandas as pd
    >>> df = pd.DataFrame({"ccode1": [2, 2], "ccode2": [200, 731], "year": [2000, 2000], "mine": ["a", "b"]})
    >>> add_obligations(df, source="atop")[["ccode2", "atop_defense", "mine"]].values.tolist()
    [[200, 1, 'a'], [731, 0, 'b']]
    """
    if source not in ("atop", "casus", "both"):
        raise ValueError(f"source must be 'atop', 'casus' or 'both', not {source!r}")
    if directed is None:
        directed = bool(df.attrs.get("casus_directed", True))
    keys = _dyad_keys(df)
    years = keys % 10000
    y1, y2 = (int(years.min()), int(years.max())) if len(years) else (1816, 1816)
    out = df.copy()
    if source in ("atop", "both"):
        ak, af = _atop_obligations(y1, y2)
        flags = _lookup(keys, ak, af, directed)
        beyond = years > ATOP_LAST_YEAR
        import pandas as pd

        for i, k in enumerate(KINDS):
            out[f"atop_{k}"] = pd.array(np.where(beyond, 0, flags[:, i]), dtype="Int8")
            out.loc[beyond, f"atop_{k}"] = pd.NA
    if source in ("casus", "both"):
        from ..session import corpus_of

        ck, cf = _casus_obligations(corpus_of(corpus), y1, y2)
        flags = _lookup(keys, ck, cf, directed)
        for i, k in enumerate(CASUS_FLAGS):
            out[f"casus_{k}"] = flags[:, i]
    out.attrs.update(df.attrs)
    used = list(out.attrs.get("casus_datasets") or [])
    used += ["atop", "atop-ddyr"] if source in ("atop", "both") else []
    used += ["atop", "atop-ddyr", "casus-treaties", "cow-states"] if source in ("casus", "both") else []
    out.attrs["casus_datasets"] = list(dict.fromkeys(used))
    return out


