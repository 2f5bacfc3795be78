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

from ..model.wars import WHERE_FOUGHT, Participant, War

__all__ = ["read_wars"]


def _day(y: int, m: int, d: int, end: bool) -> tuple[date, bool]:
    est = False
    if m < 1:
        m, est = (12 if end else 1), True
    if d < 1:
        d, est = (calendar.monthrange(y, m)[1] if end else 1), True
    return date(y, m, min(d, calendar.monthrange(y, m)[1])), est


@lru_cache(maxsize=1)
def read_wars() -> tuple[War, ...]:
    """All 95 wars, in COW war-number order."""
    pkg = resources.files("casus.data.upstream.cow")
    text = pkg.joinpath("Inter-StateWarData_v4.0.csv").read_bytes().decode("latin-1")
    rows = list(csv.DictReader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n"))))
    fought: dict[int, set[tuple[int, int]]] = {}
    initiated: dict[int, set[tuple[int, int]]] = {}
    dy = pkg.joinpath("directed_dyadic_war.csv").read_text(encoding="utf-8")
    for r in csv.DictReader(io.StringIO(dy)):
        a, b = int(r["statea"]), int(r["stateb"])
        fought.setdefault(int(r["warnum"]), set()).add((a, b))
        if r["wardyadrolea"].strip() == "1":
            initiated.setdefault(int(r["warnum"]), set()).add((a, b))
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
                     frozenset(initiated.get(n, ()))) for n, w in sorted(wars.items()))
