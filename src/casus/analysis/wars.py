"""COW Inter-State Wars v4.0 and the Maoz directed dyadic war data, as value types.

A :class:`War` has participants (:class:`Participant`: COW code, side, entry
and exit day, whether COW codes it an initiator) and the pairs that fought
each other (from Maoz).  COW's −9 (unknown) day or month is read as the first
day (entry) or last day (exit) of the month or year, and flagged.
"""

from __future__ import annotations

import calendar
import csv
import io
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

__all__ = ["Participant", "War", "read_wars", "WHERE_FOUGHT"]


@dataclass(frozen=True)
class Participant:
    ccode: int
    name: str
    side: int
    entry: date
    exit: date
    initiator: bool
    day_estimated: bool = False


#: COW's WhereFought codes (Inter-State War codebook) as casus region ids.
WHERE_FOUGHT = {
    1: ("north_america", "south_america"), 2: ("europe",), 4: ("africa",), 6: ("middle_east",), 7: ("asia",),
    9: ("oceania",), 11: ("europe", "middle_east"), 12: ("europe", "asia"),
    13: ("north_america", "south_america", "asia"), 14: ("europe", "africa", "middle_east"),
    15: ("europe", "africa", "middle_east", "asia"), 16: ("africa", "middle_east", "asia", "oceania"),
    17: ("asia", "oceania"), 18: ("africa", "middle_east"), 19: ("europe", "africa", "middle_east", "asia", "oceania"),
}


@dataclass(frozen=True)
class War:
    num: int
    name: str
    participants: tuple[Participant, ...]
    fought: frozenset[tuple[int, int]] = field(default=frozenset())  # (a, b) pairs, both directions
    where: tuple[str, ...] = ()  # regions where it was fought (COW WhereFought)
    dyad_initiated: frozenset[tuple[int, int]] = field(default=frozenset())  # (a, b): a began the fighting with b

    def attacked(self, ccode: int) -> bool:
        """Was ``ccode`` attacked?  On the non-initiating side and either a target on the war's first
        day, or a state that an initiating-side state entered the war against on the same day (a
        declaration of war), or one that Maoz records as the target of a dyad's first fighting."""
        init = self.initiating_side
        mine = self.sides_of(ccode)
        if not mine or init in mine:
            return False
        entry = self.entry_of(ccode)
        if entry == self.start:
            return True
        if any(p.side == init and p.entry == entry for p in self.participants):
            return True
        return any(b == ccode and self.side_of(a) == init for a, b in self.dyad_initiated)

    @property
    def start(self) -> date:
        return min(p.entry for p in self.participants)

    @property
    def initiating_side(self) -> int:
        """The side of COW's initiator(s); side 1 if COW codes none."""
        sides = {p.side for p in self.participants if p.initiator}
        return min(sides) if sides else 1

    def side_of(self, ccode: int) -> int | None:
        for p in self.participants:
            if p.ccode == ccode:
                return p.side
        return None

    def sides_of(self, ccode: int) -> set[int]:
        return {p.side for p in self.participants if p.ccode == ccode}

    def entry_of(self, ccode: int) -> date | None:
        days = [p.entry for p in self.participants if p.ccode == ccode]
        return min(days) if days else None

    def states(self) -> set[int]:
        return {p.ccode for p in self.participants}

    def opponents(self, ccode: int) -> set[int]:
        """Whom ``ccode`` fought: Maoz pairs, else everyone on the other side(s)."""
        pairs = {b for a, b in self.fought if a == ccode}
        if pairs:
            return pairs
        mine = self.sides_of(ccode)
        return {p.ccode for p in self.participants if p.side not in mine}


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
