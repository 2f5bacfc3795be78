"""The bundled tables the reliability model reads, light (the standard library, no pandas), each a lookup.

Each lookup answers for a year (or a day) and says which year of its table it used: a year after a
table's last year is read with that last year (the table was closed then; what it says about later years
is not data), and the caller says so on the answer (:data:`COVERAGE`).  A year before a table's first
year, or a state or pair the table lacks, is missing (``None``), never 0.

* COW major powers v2016 (``upstream/cow_majors/majors2016.csv``);
* Thompson & Dreyer's strategic rivalries (``upstream/td_rivalries/td_rivalries.csv``);
* COW National Material Capabilities, the CINC score (``upstream/cow_nmc/cow_nmc_cinc.csv.gz``);
* COW Direct Contiguity v3.2 (``upstream/cow_contdir/cow_contdir.csv.gz``): the closest type in any
  part of the year, as :func:`casus.analysis.peacescience.add_contiguity` reads it;
* capitals with coordinates (``upstream/capitals/cow_capitals.csv.gz``): the year's first capital and
  the sphere distance, as :func:`casus.analysis.peacescience.add_capital_distance` computes it;
* ATOP 5.1's institutional fields of an alliance member (``upstream/atop/atop5_1m.csv``).

The tests check these lookups against the peacesciencer-style verbs on every row the model is fitted on.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import math
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

__all__ = ["COVERAGE", "major_power", "rivals", "cinc", "contiguity", "capital_distance", "atop_row",
           "covered_year", "ATOP_FIELDS", "contiguity_in", "capital_at", "sphere_distance", "Capital", "majors_on",
           "rivals_of", "contiguous_to", "atop_row_in", "month_of"]

#: table → (first year, last year, the dataset's name as an answer cites it)
COVERAGE: dict[str, tuple[int, int, str]] = {
    "majors": (1816, 2016, "COW major powers v2016"),
    "rivalries": (1494, 2010, "Thompson & Dreyer strategic rivalries"),
    "nmc": (1816, 2022, "COW National Material Capabilities"),
    "contiguity": (1816, 2016, "COW Direct Contiguity v3.2"),
    "capitals": (1816, 2024, "peacesciencer cow_capitals"),
}
#: ATOP 5.1 member-file fields the model reads (institutions, design)
ATOP_FIELDS = ("intcom", "base", "milcon", "organ1", "asymm", "bilat", "specthrt")
EARTH_RADIUS_KM = 6378.137  # as casus.analysis.peacescience (geosphere's default)


def _text(folder: str, name: str) -> str:
    path = resources.files("casus").joinpath("data", "upstream", folder, name)
    raw = path.read_bytes()
    return (gzip.decompress(raw) if name.endswith(".gz") else raw).decode("utf-8")


def _rows(folder: str, name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_text(folder, name))))


def _int(x: str) -> int:
    return int(float(x))


def covered_year(table: str, year: int) -> int | None:
    """The year of ``table`` a question about ``year`` reads: itself, the table's last year after it, None
    before its first."""
    lo, hi, _ = COVERAGE[table]
    if year < lo:
        return None
    return min(year, hi)


# -- major powers ----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _major_spells() -> dict[int, tuple[tuple[dt.date, dt.date], ...]]:
    out: dict[int, list[tuple[dt.date, dt.date]]] = {}
    for r in _rows("cow_majors", "majors2016.csv"):
        start = dt.date(_int(r["styear"]), _int(r["stmonth"]), _int(r["stday"]))
        end = dt.date(_int(r["endyear"]), _int(r["endmonth"]), _int(r["endday"]))
        out.setdefault(_int(r["ccode"]), []).append((start, end))
    return {k: tuple(v) for k, v in out.items()}


def major_power(ccode: int, d: dt.date) -> bool | None:
    """Was ``ccode`` a COW major power on ``d`` (after 2016: on 2016-12-31)?  None before 1816."""
    majors = majors_on(d)
    return None if majors is None else ccode in majors


def majors_on(d: dt.date) -> frozenset[int] | None:
    """The COW major powers on ``d`` (:func:`major_power` of every state at once); None before 1816."""
    lo, hi, _ = COVERAGE["majors"]
    if d.year < lo:
        return None
    day = min(d, dt.date(hi, 12, 31))
    return frozenset(c for c, spells in _major_spells().items() if any(s <= day <= e for s, e in spells))


# -- strategic rivalries ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _rivalry_spells() -> dict[tuple[int, int], tuple[tuple[int, int, str], ...]]:
    out: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    for r in _rows("td_rivalries", "td_rivalries.csv"):
        a, b = sorted((_int(r["ccode1"]), _int(r["ccode2"])))
        out.setdefault((a, b), []).append((_int(r["styear"]), _int(r["endyear"]), r["rivalryname"]))
    return {k: tuple(v) for k, v in out.items()}


def rivals(a: int, b: int, year: int) -> str | None:
    """The name of a strategic rivalry of ``a`` and ``b`` running in ``year`` (after 2010: in 2010), ``""``
    if there is none, None before the table's first year."""
    of_a = rivals_of(a, year)
    return None if of_a is None else of_a.get(b, "")


@lru_cache(maxsize=1)
def _rivalries_by_state() -> dict[int, tuple[tuple[int, int, int, str], ...]]:
    """state → its rivalries' spells: the other state, first and last year, name."""
    out: dict[int, list[tuple[int, int, int, str]]] = {}
    for (a, b), spells in _rivalry_spells().items():
        for lo, hi, name in spells:
            out.setdefault(a, []).append((b, lo, hi, name))
            out.setdefault(b, []).append((a, lo, hi, name))
    return {k: tuple(v) for k, v in out.items()}


def rivals_of(state: int, year: int) -> dict[int, str] | None:
    """The states in a strategic rivalry with ``state`` in ``year`` (after 2010: in 2010) → the rivalry's name
    (:func:`rivals` of every pair with ``state`` at once); None before the table's first year."""
    y = covered_year("rivalries", year)
    if y is None:
        return None
    out: dict[int, str] = {}
    for other, lo, hi, name in _rivalries_by_state().get(state, ()):
        if lo <= y <= hi and other not in out:
            out[other] = name
    return out


# -- capabilities ----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _cinc() -> dict[tuple[int, int], float]:
    out = {}
    for r in _rows("cow_nmc", "cow_nmc_cinc.csv.gz"):
        if r["cinc"].strip():
            out[(int(r["ccode"]), int(r["year"]))] = float(r["cinc"])
    return out


def cinc(ccode: int, year: int) -> float | None:
    """``ccode``'s CINC score in ``year`` (after 2022: in 2022); None where the table has none."""
    y = covered_year("nmc", year)
    return None if y is None else _cinc().get((ccode, y))


# -- contiguity and distance ------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _contiguity() -> dict[tuple[int, int], tuple[tuple[int, int, int], ...]]:
    out: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
    for r in _rows("cow_contdir", "cow_contdir.csv.gz"):
        key = (int(r["ccode1"]), int(r["ccode2"]))
        out.setdefault(key, []).append((int(r["stdate"][:4]), int(r["enddate"][:4]), int(r["conttype"])))
    return {k: tuple(v) for k, v in out.items()}


def contiguity(a: int, b: int, year: int) -> int | None:
    """The closest COW direct contiguity of ``a`` and ``b`` in any part of ``year`` (after 2016: in 2016):
    1 land; 2, 3, 4, 5 water of 12, 24, 150, 400 miles; 0 none.  None before 1816."""
    y = covered_year("contiguity", year)
    return None if y is None else contiguity_in(a, b, y)


@lru_cache(maxsize=1)
def _contiguity_to() -> dict[int, tuple[tuple[int, int, int, int], ...]]:
    """state ``b`` → the spells of every pair (a, b): a, first and last year, type."""
    out: dict[int, list[tuple[int, int, int, int]]] = {}
    for (a, b), spells in _contiguity().items():
        out.setdefault(b, []).extend((a, lo, hi, t) for lo, hi, t in spells)
    return {k: tuple(v) for k, v in out.items()}


def contiguous_to(b: int, y: int) -> dict[int, int]:
    """Every state ``a`` with a contiguity to ``b`` in a year of the table → :func:`contiguity_in` ``(a, b, y)``
    (states not in it: 0)."""
    out: dict[int, int] = {}
    for a, lo, hi, t in _contiguity_to().get(b, ()):
        if lo <= y <= hi and t > 0 and (out.get(a, 0) == 0 or t < out[a]):
            out[a] = t
    return out


def contiguity_in(a: int, b: int, y: int) -> int:
    """:func:`contiguity` in a year of the table (``covered_year("contiguity", year)``, not None)."""
    return contiguous_to(b, y).get(a, 0)


@lru_cache(maxsize=1)
def _capitals() -> dict[int, tuple[tuple[int, int, float, float, float, float, float], ...]]:
    """ccode → its capitals in start order (a year's first capital is the one in force on 1 January): first
    and last year, latitude and longitude, and the latitude's sine and cosine and the longitude in radians."""
    out: dict[int, list[tuple[str, int, int, float, float]]] = {}
    for r in _rows("capitals", "cow_capitals.csv.gz"):
        out.setdefault(int(r["ccode"]), []).append(
            (r["stdate"], int(r["stdate"][:4]), int(r["enddate"][:4]), float(r["lat"]), float(r["lng"])))
    return {k: tuple((lo, hi, lat, lng, math.sin(math.radians(lat)), math.cos(math.radians(lat)), math.radians(lng))
                     for _, lo, hi, lat, lng in sorted(v, key=lambda x: x[0]))
            for k, v in out.items()}


#: a capital's row: first and last year, latitude, longitude, the latitude's sine and cosine, the longitude in radians
Capital = tuple[int, int, float, float, float, float, float]


def capital_at(ccode: int, y: int) -> Capital | None:
    """``ccode``'s capital on 1 January of a year of the table (``covered_year("capitals", year)``), or None."""
    for row in _capitals().get(ccode, ()):
        if row[0] <= y <= row[1]:
            return row
    return None


def sphere_distance(ca: Capital, cb: Capital) -> float:
    """Vincenty's formula on a sphere of radius 6378.137 km (as peacesciencer) between two capitals."""
    sin1, cos1, sin2, cos2 = ca[4], ca[5], cb[4], cb[5]
    dl = math.radians(cb[3] - ca[3])
    sin_dl, cos_dl = math.sin(dl), math.cos(dl)
    num = math.hypot(cos2 * sin_dl, cos1 * sin2 - sin1 * cos2 * cos_dl)
    return EARTH_RADIUS_KM * math.atan2(num, sin1 * sin2 + cos1 * cos2 * cos_dl)


def capital_distance(a: int, b: int, year: int) -> float | None:
    """The great-circle distance in km between the capitals of ``a`` and ``b`` on 1 January of ``year``
    (after 2024: of 2024); None where either has no capital in the table."""
    y = covered_year("capitals", year)
    if y is None:
        return None
    ca, cb = capital_at(a, y), capital_at(b, y)
    if ca is None or cb is None:
        return None
    return sphere_distance(ca, cb)


# -- ATOP institutions ------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _atop_rows() -> dict[tuple[int, int], tuple[tuple[int, dict[str, int | None]], ...]]:
    out: dict[tuple[int, int], list[tuple[int, dict[str, int | None]]]] = {}
    with resources.files("casus.data.upstream.atop").joinpath("atop5_1m.csv").open("r", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            start = dt.date(_int(r["yrent"]), max(_int(r["moent"] or "1"), 1), 1).toordinal()
            fields = {f: (_int(r[f]) if r[f].strip() else None) for f in ATOP_FIELDS}
            out.setdefault((_int(r["atopid"]), _int(r["member"])), []).append((start, fields))
    return {k: tuple(sorted(v, key=lambda x: x[0])) for k, v in out.items()}


def atop_row(atopid: int, member: int, d: dt.date) -> Mapping[str, int | None] | None:
    """ATOP 5.1's :data:`ATOP_FIELDS` for ``member`` of ``atopid``: from the member's row (phase) begun
    last on or before ``d``'s month (its first row if none had begun); blank fields are None; None if
    ATOP has no row for the member.  The table's own row: read it, never change it."""
    return atop_row_in(atopid, member, month_of(d))


def month_of(d: dt.date) -> int:
    """The ordinal of the first day of ``d``'s month, as :func:`atop_row_in` reads a day."""
    return dt.date(d.year, d.month, 1).toordinal()


def atop_row_in(atopid: int, member: int, month: int) -> Mapping[str, int | None] | None:
    """:func:`atop_row` on a day given as :func:`month_of` it."""
    rows = _atop_rows().get((atopid, member))
    if not rows:
        return None
    chosen = rows[0][1]
    for start, fields in rows:
        if start <= month:
            chosen = fields
    return chosen
