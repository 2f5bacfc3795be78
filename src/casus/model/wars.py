"""Wars as value types: COW Inter-State Wars v4.0 and the Maoz directed dyadic war data
(read by :mod:`casus.importers.cow_wars`).

A :class:`War` has participants (:class:`Participant`: COW code, side, entry
and exit day, whether COW codes it an initiator) and the pairs that fought
each other (from Maoz).  COW's −9 (unknown) day or month is read as the first
day (entry) or last day (exit) of the month or year, and flagged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = ["Participant", "War", "WHERE_FOUGHT"]


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
