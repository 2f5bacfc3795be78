"""ATOP's directed dyad-year obligations: which partner each member owes what, year by year.

The member-level file says *whether* a member undertakes an obligation in an alliance, not *to whom*.
For most alliances that is every partner; for the 91 whose obligations ATOP codes as asymmetric or
varying by member (member-file ``asymm`` or ``obvary`` = 1 in any row), ATOP says to whom in its
directed dyad-year data, bundled here as peacesciencer ships them (``atop_ddyr_spells.csv``: runs of
years of ``atop_alliance``, lossless; see ``PROVENANCE.md`` beside it).

The rule (:func:`narrow`): in such an alliance, a member's clause of one kind covers, in each year, the
partners in that alliance (a common day in that year, as ATOP's dyadic files count) to whom the table
gives the member that obligation in that year.  The clause is split into runs of years with the same
partners (each run's window: the run's years intersected with the member's day-level span); years
with no such partner are dropped; after ATOP's last year (2018) the last year's partners are kept.

The table has no alliance column: a flag may come from another alliance of the same two states.  The
rule then keeps the partner (the member file says this member owes the obligation in this alliance,
the table that it owes it to that partner); :mod:`casus.importers.atop_notes` counts such cases.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["DDYR_FILE", "DDYR_KINDS", "DDYR_COLUMNS", "Spells", "read_ddyr_spells", "ddyr_keys", "DirectedTable",
           "narrowed_alliances", "records_by_alliance", "row_days", "Run", "Narrowing", "narrow", "ddyr_table",
           "bundled_table", "atop_release"]

_DATA = "casus.data.upstream.atop"
#: The bundled table (runs of years of ATOP's directed dyad-year obligations).
DDYR_FILE = "atop_ddyr_spells.csv"
#: The member file's obligation columns, in ATOP's order: the table's are ``atop_`` + these.
DDYR_KINDS = ("defense", "offense", "neutral", "nonagg", "consul")
DDYR_COLUMNS = tuple(f"atop_{k}" for k in DDYR_KINDS)


@lru_cache(maxsize=1)
def atop_release() -> tuple[str, dt.date]:
    """The bundled ATOP release: its version and the last day it covers (``data/sources.yaml``, entry atop;
    :data:`casus.importers.atop.ATOP_VERSION` and ``ATOP_LAST_DAY`` are these)."""
    import yaml

    doc = yaml.safe_load(resources.files("casus.data").joinpath("sources.yaml").read_text(encoding="utf-8"))
    entry = next(d for d in doc["datasets"] if d["id"] == "atop")
    return str(entry["version"]), dt.date.fromisoformat(str(entry["coverage_end"]))


def _last_year() -> int:
    return atop_release()[1].year


@dataclass(frozen=True)
class Spells:
    """The table as runs of years: ``ccode1 → ccode2`` holds ``flags`` (one 0/1 column per
    :data:`DDYR_KINDS`) in every year from ``first`` to ``last``.  Sorted by (ccode1, ccode2, first)."""

    ccode1: np.ndarray
    ccode2: np.ndarray
    first: np.ndarray
    last: np.ndarray
    flags: np.ndarray  # (n, 5) int8

    def __len__(self) -> int:
        return len(self.ccode1)


def read_ddyr_spells(path: str | Path | None = None) -> Spells:
    """The bundled table as :class:`Spells` (``path``: another copy of the same file, e.g. a rebuilt one).

    >>> s = read_ddyr_spells()
    >>> int((s.last - s.first + 1).sum())  # the rows of peacesciencer's atop_alliance
    273296
    """
    if path is None:
        return _bundled_spells()
    with open(path, encoding="ascii") as fh:
        return _parse_spells(fh)


@lru_cache(maxsize=1)
def _bundled_spells() -> Spells:
    with resources.files(_DATA).joinpath(DDYR_FILE).open("r", encoding="ascii") as fh:
        return _parse_spells(fh)


def _parse_spells(fh: Iterable[str]) -> Spells:
    reader = csv.reader(fh)
    header = next(reader)
    expected = ["ccode1", "ccode2", "styear", "endyear", *DDYR_COLUMNS]
    if header != expected:
        raise ValueError(f"{DDYR_FILE}: columns {header}, expected {expected}")
    a = np.array([[int(x) for x in row] for row in reader], np.int64).reshape(-1, len(expected))
    order = np.lexsort((a[:, 2], a[:, 1], a[:, 0]))
    a = a[order]
    return Spells(a[:, 0], a[:, 1], a[:, 2], a[:, 3], a[:, 4:].astype(np.int8))


def ddyr_keys(y1: int, y2: int, spells: Spells | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The table's rows from ``y1`` to ``y2`` as sorted keys ``(ccode1 * 1000 + ccode2) * 10000 + year``
    and their flags (one column per :data:`DDYR_KINDS`)."""
    s = read_ddyr_spells() if spells is None else spells
    lo, hi = np.maximum(s.first, y1), np.minimum(s.last, y2)
    keep = lo <= hi
    lo, hi = lo[keep], hi[keep]
    n = hi - lo + 1
    rep = np.repeat(np.arange(len(n)), n)
    offs = np.arange(int(n.sum()), dtype=np.int64) - np.repeat(np.cumsum(n) - n, n)
    keys = (s.ccode1[keep][rep] * 1000 + s.ccode2[keep][rep]) * 10000 + lo[rep] + offs
    return keys, s.flags[keep][rep]  # sorted: spells are sorted and do not overlap


def ddyr_table(y1: int = 1815, y2: int | None = None):
    """The bundled table expanded back to peacesciencer's ``atop_alliance`` rows (a pandas DataFrame with
    its columns: ccode1, ccode2, year and the five ``atop_*`` flags), ``y1`` to ``y2`` (default: 2018).

    >>> t = ddyr_table(1860, 1860)
    >>> t[(t.ccode1 == 160) & (t.ccode2 == 165)][["atop_defense", "atop_neutral"]].values.tolist()
    [[1, 0]]
    """
    import pandas as pd

    keys, flags = ddyr_keys(y1, _last_year() if y2 is None else y2)
    pair = keys // 10000
    out = pd.DataFrame({"ccode1": pair // 1000, "ccode2": pair % 1000, "year": keys % 10000})
    for i, c in enumerate(DDYR_COLUMNS):
        out[c] = flags[:, i].astype(np.int64)
    return out


class DirectedTable:
    """Per directed dyad, its runs of years, for the importer's questions ("does ``a`` owe ``b`` this
    in this year?"), answered from a dictionary built once."""

    def __init__(self, spells: Spells | None = None):
        s = read_ddyr_spells() if spells is None else spells
        self._runs: dict[tuple[int, int], list[tuple[int, int, np.ndarray]]] = {}
        for a, b, lo, hi, f in zip(s.ccode1.tolist(), s.ccode2.tolist(), s.first.tolist(), s.last.tolist(),
                                   s.flags, strict=True):
            self._runs.setdefault((a, b), []).append((lo, hi, f))

    def flags(self, a: int, b: int, year: int) -> np.ndarray | None:
        """The five flags of ``a → b`` in ``year`` (None: no row)."""
        for lo, hi, f in self._runs.get((a, b), ()):
            if lo <= year <= hi:
                return f
        return None

    def owes(self, a: int, b: int, year: int, kind: str) -> bool:
        """Does the table give ``a`` obligation ``kind`` (a :data:`DDYR_KINDS` name) towards ``b`` in ``year``?"""
        f = self.flags(a, b, year)
        return f is not None and bool(f[DDYR_KINDS.index(kind)])


@lru_cache(maxsize=1)
def bundled_table() -> DirectedTable:
    return DirectedTable()


def _num(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else int(f)


def records_by_alliance(members) -> dict[int, list[dict[str, Any]]]:
    """Member-file rows (a DataFrame) as plain dicts, by ``atopid`` in file order (one conversion: a
    pandas conversion per alliance costs a hundred times more)."""
    cols = {c: members[c].tolist() for c in members.columns}
    out: dict[int, list[dict[str, Any]]] = {}
    for values in zip(*cols.values(), strict=True):
        rec = dict(zip(cols, values, strict=True))
        out.setdefault(int(rec["atopid"]), []).append(rec)
    return out


def narrowed_alliances(rows: Iterable[Mapping[str, Any]]) -> frozenset[int]:
    """ATOP ids of the alliances with ``asymm`` or ``obvary`` = 1 in any member row (member-file rows)."""
    return frozenset(int(_num(r["atopid"]) or 0) for r in rows
                     if _num(r.get("asymm")) == 1 or _num(r.get("obvary")) == 1)


def row_days(r: Mapping[str, Any]) -> tuple[int, int]:
    """A member row's first and last day (ordinals, both inclusive), as ATOP's dyadic files read them:
    a blank entry day is the first of its month, a blank exit day the last; no exit means in force on
    2018-12-31 (ATOP's last day)."""
    day = _num(r["dayent"]) or 1
    start = dt.date(int(_num(r["yrent"]) or 0), int(_num(r["moent"]) or 1), day)
    y = _num(r["yrexit"]) or 0
    if y == 0:
        end = dt.date(_last_year(), 12, 31)
    else:
        mo = _num(r["moexit"]) or 12
        end = dt.date(y, mo, _num(r["dayexit"]) or calendar.monthrange(y, mo)[1])
    return start.toordinal(), end.toordinal()


@dataclass(frozen=True)
class Run:
    """Consecutive years (``first`` to ``last``, both ≤ 2018) in which a member owes one obligation to
    the same ``partners`` in one alliance; ``goes_on``: the member is still in on ATOP's last day and the
    run reaches it, so it continues after 2018 with the same partners."""

    first: int
    last: int
    partners: tuple[int, ...]
    goes_on: bool = False


@dataclass(frozen=True)
class Narrowing:
    """One member row's obligation of one kind, narrowed: its ``runs`` (what the clause becomes) and its
    ``gaps`` (runs of years in which the member has partners in the alliance — ``partners`` — but the
    table gives it the obligation towards none of them)."""

    atopid: int
    member: int
    phase: int
    kind: str  # a DDYR_KINDS name
    row: int  # the row's position among the alliance's rows
    runs: tuple[Run, ...]
    gaps: tuple[Run, ...]
    narrowed_years: tuple[int, ...] = ()  # years in which the table leaves out some partner of the alliance

    @property
    def narrowed(self) -> bool:
        """Does the rule change the member file's reading (every partner, every year)?"""
        return bool(self.narrowed_years)


def _year_partners(i: int, spans: Sequence[tuple[int, int, int]], year: int) -> tuple[int, ...]:
    """Members of the alliance sharing a day of ``year`` with row ``i`` (rows are (member, first, last))."""
    m, s, e = spans[i]
    lo = max(s, dt.date(year, 1, 1).toordinal())
    hi = min(e, dt.date(year, 12, 31).toordinal())
    return tuple(sorted({mj for mj, sj, ej in spans if mj != m and max(lo, sj) <= min(hi, ej)}))


def _runs(years: list[tuple[int, tuple[int, ...]]], open_end: bool, last_year: int) -> tuple[Run, ...]:
    """Group (year, partners) into runs of consecutive years with the same non-empty partners."""
    out: list[Run] = []
    for y, ps in years:
        if not ps:
            continue
        if out and out[-1].partners == ps and out[-1].last == y - 1:
            out[-1] = Run(out[-1].first, y, ps)
        else:
            out.append(Run(y, y, ps))
    if out and open_end and out[-1].last == last_year:
        out[-1] = Run(out[-1].first, out[-1].last, out[-1].partners, goes_on=True)
    return tuple(out)


def narrow(atopid: int, rows: Sequence[Mapping[str, Any]], table: DirectedTable | None = None) -> list[Narrowing]:
    """The narrowed clauses of one alliance (``rows``: its member-file rows, members without a COW code
    already left out), one :class:`Narrowing` per row and obligation the row undertakes.

    >>> from casus.importers.atop import read_atop_members
    >>> m = read_atop_members()
    >>> [(n.member, n.kind, n.runs) for n in narrow(1205, m[m.atopid == 1205].to_dict("records"))]
    ... # doctest: +NORMALIZE_WHITESPACE
    [(140, 'defense', (Run(first=1859, last=1864, partners=(165,), goes_on=False),)),
     (160, 'defense', (Run(first=1859, last=1864, partners=(165,), goes_on=False),)),
     (165, 'neutral', (Run(first=1859, last=1864, partners=(140, 160), goes_on=False),))]
    """
    table = bundled_table() if table is None else table
    last_year = _last_year()
    spans = [(int(_num(r["member"]) or 0), *row_days(r)) for r in rows]
    out: list[Narrowing] = []
    for i, r in enumerate(rows):
        kinds = [k for k in DDYR_KINDS if _num(r.get(k)) == 1]
        if not kinds:
            continue
        m, s, e = spans[i]
        open_end = (_num(r["yrexit"]) or 0) == 0
        years = range(dt.date.fromordinal(s).year, min(dt.date.fromordinal(e).year, last_year) + 1)
        partners = {y: _year_partners(i, spans, y) for y in years}
        for k in kinds:
            owed = [(y, tuple(p for p in ps if table.owes(m, p, y, k))) for y, ps in partners.items()]
            missing = [(y, partners[y] if not ps else ()) for y, ps in owed]
            fewer = tuple(y for y, ps in owed if ps != partners[y])
            out.append(Narrowing(atopid, m, _num(r.get("phase")) or 0, k, i, _runs(owed, open_end, last_year),
                                 _runs(missing, False, last_year), fewer))
    return out
