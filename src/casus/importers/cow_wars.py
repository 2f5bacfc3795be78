"""Reading COW Inter-State Wars v4.0 and the Maoz directed dyadic war data (bundled, with provenance
in ``data/upstream/cow/``) into :class:`~casus.model.wars.War` values.

COW's −9 (unknown) day or month is read as the first day (entry) or last day (exit) of the month or
year, and flagged.
"""

from __future__ import annotations

import calendar
import csv
import io
from datetime import date
from functools import lru_cache
from importlib import resources

from ..model.wars import WHERE_FOUGHT, Dyad, Participant, War

__all__ = ["read_wars"]


def _day(y: int, m: int, d: int, end: bool) -> tuple[date, bool]:
    est = False
    if m < 1:
        m, est = (12 if end else 1), True
    if d < 1:
        d, est = (calendar.monthrange(y, m)[1] if end else 1), True
    return date(y, m, min(d, calendar.monthrange(y, m)[1])), est


def _dyad_day(y: str, m: str, d: str) -> date | None:
    """A Maoz dyad's start or end day; None where the source's date is not a real day (the known
    errors: a year 19118, a month 24 in war 106) or unknown."""
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _read_dyads(text: str) -> tuple[dict[int, set[tuple[int, int]]], dict[int, set[tuple[int, int]]],
                                     dict[int, dict[tuple, Dyad]]]:
    fought: dict[int, set[tuple[int, int]]] = {}
    initiated: dict[int, set[tuple[int, int]]] = {}
    dyads: dict[int, dict[tuple, Dyad]] = {}
    for r in csv.DictReader(io.StringIO(text)):
        n, a, b = int(r["warnum"]), int(r["statea"]), int(r["stateb"])
        fought.setdefault(n, set()).add((a, b))
        began = r["wardyadrolea"].strip() == "1"
        if began:
            initiated.setdefault(n, set()).add((a, b))
        key = (r["dyindex"], a, b)  # one dyad, one row per year
        if key not in dyads.setdefault(n, {}):
            dyads[n][key] = Dyad(a, b, _dyad_day(r["warstrtyr"], r["warstrtmnth"], r["warstrtday"]),
                                 _dyad_day(r["warendyr"], r["warendmnth"], r["warenday"]), began)
    return fought, initiated, dyads


@lru_cache(maxsize=1)
def read_wars() -> tuple[War, ...]:
    """All 95 wars, in COW war-number order."""
    pkg = resources.files("casus.data.upstream.cow")
    text = pkg.joinpath("Inter-StateWarData_v4.0.csv").read_bytes().decode("latin-1")
    rows = list(csv.DictReader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n"))))
    fought, initiated, dyads = _read_dyads(pkg.joinpath("directed_dyadic_war.csv").read_text(encoding="utf-8"))
    wars: dict[int, dict] = {}
    for r in rows:
        n = int(r["WarNum"])
        w = wars.setdefault(n, {"name": r["WarName"].strip(), "parts": [],
                                "where": WHERE_FOUGHT.get(int(r["WhereFought"]), ())})
        for k in ("1", "2"):
            y = int(r[f"StartYear{k}"])
            if y < 0:
                continue
            entry, e1 = _day(y, int(r[f"StartMonth{k}"]), int(r[f"StartDay{k}"]), end=False)
            ey = int(r[f"EndYear{k}"])
            exit_, e2 = _day(ey, int(r[f"EndMonth{k}"]), int(r[f"EndDay{k}"]), end=True) if ey > 0 else (entry, True)
            w["parts"].append(Participant(int(r["ccode"]), r["StateName"].strip(), int(r["Side"]), entry, exit_,
                                          r["Initiator"].strip() == "1", e1 or e2))
    return tuple(War(n, w["name"], tuple(w["parts"]), frozenset(fought.get(n, ())), w["where"],
                     frozenset(initiated.get(n, ())), tuple(dyads.get(n, {}).values()))
                 for n, w in sorted(wars.items()))
