"""Where ATOP's member file and its directed dyad-year data disagree: the data-quality table.

casus reads the member file, narrowed by the directed dyad-year table for the alliances whose obligations
are asymmetric or vary by member (:mod:`casus.importers.atop_directed`).  Every disagreement between the
two sources that this rule does not explain is one row of ``atop_directed_notes.csv`` (shipped with the
package, made by ``data-raw/atop_directed_notes.py``, checked by ``tests/test_atop_directed.py``), and
``casus cite --data-notes`` summarises it.  Kinds (column ``kind``):

``obligation_to_no_partner``
    the member file gives a member of a narrowed alliance an obligation, and it has partners there in
    these years, but the table gives it that obligation towards none of them: casus leaves the clause out
    for these years (``ccode2`` blank; ``partners`` lists the partners).
``table_flag_unexplained``
    the table gives ``ccode1`` an obligation towards ``ccode2`` that no alliance's member rows give it on a
    day the two share in that year (``atopid``: an alliance both belong to, if any): casus has no clause
    for it; ATOP's columns show it.
``member_flag_not_in_table``
    in an alliance with neither ``asymm`` nor ``obvary``, the member file gives ``ccode1`` an obligation
    towards ``ccode2`` in these years and the table does not: casus keeps the member file's reading (its
    ``casus_*`` column says 1 where ``atop_*`` says 0).
``flag_also_from_another_alliance``
    not a disagreement but an ambiguity the rule resolves by assumption: a narrowed clause covers
    ``ccode2`` in these years because the table has the flag, and another alliance's member rows give the
    same obligation between the same two states, so the flag may be that alliance's alone.

Years are ATOP's years (1815–2018); a row is a run of consecutive years.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import textwrap
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np

from .atop_directed import (
    DDYR_KINDS,
    DirectedTable,
    Spells,
    ddyr_keys,
    narrow,
    narrowed_alliances,
    records_by_alliance,
    row_days,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["NOTES_FILE", "NOTE_KINDS", "NOTE_COLUMNS", "Note", "compute_notes", "read_data_notes",
           "data_notes_summary", "write_notes", "narrowed_counts"]

_DATA = "casus.data.upstream.atop"
NOTES_FILE = "atop_directed_notes.csv"
NOTE_KINDS = ("obligation_to_no_partner", "table_flag_unexplained", "member_flag_not_in_table",
              "flag_also_from_another_alliance")
NOTE_COLUMNS = ("kind", "atopid", "ccode1", "ccode2", "obligation", "first_year", "last_year", "partners",
                "casus_reading")
_READING = {
    "obligation_to_no_partner": "casus: no clause for these years",
    "table_flag_unexplained": "casus: no clause; atop_* columns show the flag",
    "member_flag_not_in_table": "casus: member file's reading kept (its clause covers ccode2)",
    "flag_also_from_another_alliance": "casus: ccode2 kept in this alliance's narrowed clause",
}


@dataclass(frozen=True, order=True)
class Note:
    """One row of the data-quality table."""

    kind: str
    atopid: int | None
    ccode1: int
    ccode2: int | None
    obligation: str  # a DDYR_KINDS name
    first_year: int
    last_year: int
    partners: tuple[int, ...] = ()

    def row(self) -> dict[str, str]:
        return {"kind": self.kind, "atopid": "" if self.atopid is None else str(self.atopid),
                "ccode1": str(self.ccode1), "ccode2": "" if self.ccode2 is None else str(self.ccode2),
                "obligation": self.obligation, "first_year": str(self.first_year), "last_year": str(self.last_year),
                "partners": " ".join(map(str, self.partners)), "casus_reading": _READING[self.kind]}


# -- what the member file gives, alliance by alliance --------------------------------------------

def _member_dyad_years(members: pd.DataFrame, last_year: int) -> pd.DataFrame:
    """Every (atopid, ccode1, ccode2, year) in which both are members of the alliance on a common day,
    with ccode1's five member-file flags (as ATOP's dyadic files read the member file)."""
    import pandas as pd

    def year(x: int) -> int:
        return dt.date.fromordinal(x).year

    parts: list[tuple] = []
    for atopid, recs in sorted(records_by_alliance(members).items()):
        days = np.array([row_days(r) for r in recs], np.int64)
        m = np.array([int(r["member"]) for r in recs], np.int64)
        flags = np.array([[int(r[k] or 0) for k in DDYR_KINDS] for r in recs], np.int8)
        lo = np.maximum(days[:, 0][:, None], days[:, 0][None, :])
        hi = np.minimum(days[:, 1][:, None], days[:, 1][None, :])
        i, j = np.nonzero((lo <= hi) & (m[:, None] != m[None, :]))
        ylo = np.array([year(x) for x in lo[i, j].tolist()], np.int64)
        yhi = np.minimum(np.array([year(x) for x in hi[i, j].tolist()], np.int64), last_year)
        parts.append((np.full(len(i), int(atopid)), m[i], m[j], ylo, yhi, flags[i]))
    atop, a, b, ylo, yhi, f = (np.concatenate(x) for x in zip(*parts, strict=True))
    n = np.maximum(yhi - ylo + 1, 0)
    rep = np.repeat(np.arange(len(n)), n)
    years = ylo[rep] + (np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n))
    out = pd.DataFrame({"atopid": atop[rep], "ccode1": a[rep], "ccode2": b[rep], "year": years})
    for k, col in enumerate(DDYR_KINDS):
        out[col] = f[rep, k]
    return out.groupby(["atopid", "ccode1", "ccode2", "year"], as_index=False)[list(DDYR_KINDS)].max()


def _narrowed_flags(by_id: dict[int, list[dict]], table: DirectedTable,
                    ids: Iterable[int]) -> tuple[pd.DataFrame, list]:
    """The narrowed alliances' flags (atopid, ccode1, ccode2, year, kind) and their narrowings."""
    import pandas as pd

    recs, narrowings = [], []
    for atopid in sorted(ids):
        for n in narrow(atopid, by_id[atopid], table):
            narrowings.append(n)
            fewer = set(n.narrowed_years)
            for run in n.runs:
                for y in range(run.first, run.last + 1):
                    recs += [(atopid, n.member, p, y, n.kind, y in fewer) for p in run.partners]
    cols = ["atopid", "ccode1", "ccode2", "year", "kind", "narrowed"]
    df = pd.DataFrame(recs, columns=cols).groupby(cols[:-1], as_index=False)["narrowed"].max()
    return df, narrowings


def _runs_of(df: pd.DataFrame, by: list[str]) -> Iterable[tuple[tuple, int, int]]:
    """Group rows (sorted by ``by`` + year) into runs of consecutive years: (key, first, last)."""
    if df.empty:
        return
    df = df.sort_values([*by, "year"], kind="stable")
    cur, first, prev = None, 0, 0
    for row in df[[*by, "year"]].itertuples(index=False):
        key, y = tuple(row[:-1]), int(row[-1])
        if key == cur and y == prev + 1:
            prev = y
            continue
        if cur is not None:
            yield cur, first, prev
        cur, first, prev = key, y, y
    if cur is not None:
        yield cur, first, prev


def _long(df: pd.DataFrame) -> pd.DataFrame:
    """Wide flags → one row per set flag (…, kind)."""
    parts = [df.loc[df[k] == 1].drop(columns=list(DDYR_KINDS)).assign(kind=k) for k in DDYR_KINDS]
    import pandas as pd

    return pd.concat(parts, ignore_index=True)


def _table_long(spells: Spells, last_year: int) -> pd.DataFrame:
    import pandas as pd

    keys, flags = ddyr_keys(1815, last_year, spells)
    pair = keys // 10000
    wide = pd.DataFrame({"ccode1": pair // 1000, "ccode2": pair % 1000, "year": keys % 10000})
    for n, k in enumerate(DDYR_KINDS):
        wide[k] = flags[:, n]
    return _long(wide)


def compute_notes(members: pd.DataFrame | None = None, spells: Spells | None = None) -> list[Note]:
    """The data-quality table, computed from the member file and the directed dyad-year table (default: the
    bundled ones)."""
    from .atop import ATOP_LAST_YEAR, read_atop_members
    from .atop_directed import read_ddyr_spells

    members = read_atop_members() if members is None else members
    members = members[members.member < 1000]
    spells = read_ddyr_spells() if spells is None else spells
    table = DirectedTable(spells)
    by_id = records_by_alliance(members)
    ids = narrowed_alliances(r for rows in by_id.values() for r in rows)
    member_long = _long(_member_dyad_years(members, ATOP_LAST_YEAR))
    narrowed_long, narrowings = _narrowed_flags(by_id, table, ids)
    table_long = _table_long(spells, ATOP_LAST_YEAR)
    key = ["ccode1", "ccode2", "year", "kind"]
    notes = [Note("obligation_to_no_partner", n.atopid, n.member, None, n.kind, g.first, g.last, g.partners)
             for n in narrowings for g in n.gaps]
    # the table's flags that no alliance's member rows give
    explained = member_long[key].drop_duplicates()
    lost = table_long.merge(explained, on=key, how="left", indicator=True)
    lost = lost[lost["_merge"] == "left_only"][key]
    shared = member_long[["atopid", "ccode1", "ccode2", "year"]].drop_duplicates()
    lost = lost.merge(shared, on=["ccode1", "ccode2", "year"], how="left")
    lost["atopid"] = lost["atopid"].fillna(-1).astype(int)
    notes += [Note("table_flag_unexplained", a if a >= 0 else None, c1, c2, k, y0, y1)
              for (a, c1, c2, k), y0, y1 in _runs_of(lost, ["atopid", "ccode1", "ccode2", "kind"])]
    # the member file's flags in the other alliances that the table does not have
    plain = member_long[~member_long.atopid.isin(ids)]
    extra = plain.merge(table_long[key], on=key, how="left", indicator=True)
    extra = extra[extra["_merge"] == "left_only"]
    notes += [Note("member_flag_not_in_table", a, c1, c2, k, y0, y1)
              for (a, c1, c2, k), y0, y1 in _runs_of(extra, ["atopid", "ccode1", "ccode2", "kind"])]
    # partners of a clause the rule narrows whose flag another alliance's member rows give too
    others = member_long.rename(columns={"atopid": "other"})
    amb = narrowed_long[narrowed_long.narrowed].merge(others, on=key)
    amb = amb[amb.other != amb.atopid][["atopid", *key]].drop_duplicates()
    notes += [Note("flag_also_from_another_alliance", a, c1, c2, k, y0, y1)
              for (a, c1, c2, k), y0, y1 in _runs_of(amb, ["atopid", "ccode1", "ccode2", "kind"])]
    order = {k: i for i, k in enumerate(NOTE_KINDS)}
    return sorted(notes, key=lambda n: (order[n.kind], n.atopid or 0, n.ccode1, n.ccode2 or 0,
                                        DDYR_KINDS.index(n.obligation), n.first_year))


def write_notes(notes: Iterable[Note], fh) -> None:
    """Write the table as CSV (``fh``: a text file opened with ``newline=""``)."""
    w = csv.DictWriter(fh, fieldnames=list(NOTE_COLUMNS), lineterminator="\n")
    w.writeheader()
    for n in notes:
        w.writerow(n.row())


@lru_cache(maxsize=1)
def read_data_notes() -> tuple[dict[str, str], ...]:
    """The shipped data-quality table, as rows of strings (columns :data:`NOTE_COLUMNS`)."""
    text = resources.files(_DATA).joinpath(NOTES_FILE).read_text(encoding="utf-8")
    return tuple(csv.DictReader(io.StringIO(text)))


def narrowed_counts(members: pd.DataFrame | None = None) -> dict[int, int]:
    """Per narrowed alliance, how many member clauses (row × obligation) the rule narrows: clauses that no
    longer cover every partner in every year they ran (some partner or some year left out)."""
    from .atop import read_atop_members

    members = read_atop_members() if members is None else members
    members = members[members.member < 1000]
    by_id = records_by_alliance(members)
    ids = narrowed_alliances(r for rows in by_id.values() for r in rows)
    return {atopid: sum(n.narrowed for n in narrow(atopid, by_id[atopid])) for atopid in sorted(ids)}


_MEANING = {
    "obligation_to_no_partner": "the member file gives a member an obligation; the dyad-year data give it to "
                                "none of its partners in that alliance",
    "table_flag_unexplained": "the dyad-year data give an obligation that no alliance's member rows give",
    "member_flag_not_in_table": "outside the narrowed alliances, the member file gives an obligation towards a "
                                "partner that the dyad-year data do not",
    "flag_also_from_another_alliance": "not a disagreement: a narrowed clause keeps a partner whose flag another "
                                       "alliance of the same two states may explain alone",
}
_UNIT = {"obligation_to_no_partner": "member-years"}


def data_notes_summary() -> str:
    """What ``casus cite --data-notes`` prints: the rule, the counts by kind and where the table is."""
    rows = read_data_notes()
    by_kind: Counter[str] = Counter(r["kind"] for r in rows)
    years: Counter[str] = Counter()
    for r in rows:
        years[r["kind"]] += int(r["last_year"]) - int(r["first_year"]) + 1
    counts = narrowed_counts()
    changed = {k: v for k, v in counts.items() if v}
    path = resources.files(_DATA).joinpath(NOTES_FILE)
    intro = (f"casus reads the member-level file; for the {len(counts)} alliances coded asymmetric or varying by "
             "member (asymm/obvary) it narrows each member's clauses to the partners the dyad-year data give it, "
             f"year by year ({sum(changed.values())} clauses in {len(changed)} alliances change: "
             + ", ".join(f"ATOP {k}: {v}" for k, v in changed.items()) + "). ATOP's own columns (casus dyads: "
             "atop_*) are the dyad-year data as published; the casus_* columns follow casus.")
    lines = ["ATOP 5.1 data notes: where its member-level file and its directed dyad-year data disagree", "",
             textwrap.fill(intro, 100), "",
             f"What that rule does not explain ({len(rows)} rows, one per run of years):"]
    for k in NOTE_KINDS:
        head = f"{by_kind.get(k, 0)} rows ({years.get(k, 0)} {_UNIT.get(k, 'dyad-years')}), {k}: "
        lines.append(textwrap.fill(head + f"{_MEANING[k]} — {_READING[k]}.", 100, initial_indent="  * ",
                                   subsequent_indent="    "))
    lines += ["", f"The table: {path}", f"  columns: {', '.join(NOTE_COLUMNS)}",
              "  the kinds in full: help(casus.importers.atop_notes); made by data-raw/atop_directed_notes.py"]
    return "\n".join(lines) + "\n"
