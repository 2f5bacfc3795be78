"""Wars as value types: COW Inter-State Wars v4.0 and the Maoz directed dyadic war data
(read by :mod:`casus.importers.cow_wars`).

A :class:`War` has participants (:class:`Participant`: COW code, side, entry
and exit day, whether COW codes it an initiator; a state that switched sides,
such as Italy in the Second World War, has one row per side) and the pairs
that fought each other (:class:`Dyad`, from Maoz: who, from when to when, and
who began the fighting).  COW's −9 (unknown) day or month is read as the first
day (entry) or last day (exit) of the month or year, and flagged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = ["Dyad", "Participant", "War", "WHERE_FOUGHT"]


@dataclass(frozen=True)
class Participant:
    ccode: int
    name: str
    side: int
    entry: date
    exit: date
    initiator: bool
    day_estimated: bool = False


@dataclass(frozen=True)
class Dyad:
    """Two states that fought each other in a war (Maoz directed dyadic war data, one per direction
    merged): ``a`` and ``b``, from ``start`` to ``end``, and whether ``a`` began the fighting
    (``wardyadrolea`` = 1: the dyad's initiator)."""

    a: int
    b: int
    start: date | None
    end: date | None
    a_began: bool

    def overlaps(self, lo: date, hi: date) -> bool:
        """Did the two fight at some time in ``[lo, hi]`` (a dyad without dates: at any time)?"""
        return (self.start is None or self.start <= hi) and (self.end is None or self.end >= lo)


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
    dyads: tuple[Dyad, ...] = ()  # (a, b) in both directions, with dates

    def attacked(self, ccode: int, entry: date | None = None, by_dyads: bool = True) -> bool:
        """Was ``ccode`` attacked (in its participation that began on ``entry``, default its first)?
        On the non-initiating side then, and either a target on the war's first day, or a state that an
        initiating-side state entered the war against on the same day (a declaration of war), or one
        that an opponent — on whichever side COW puts it — began a dyad's fighting against (Maoz: the
        Soviet invasion of Poland in 1939, which COW's sides do not show; ``by_dyads=False``: only an
        initiating-side opponent's dyad counts)."""
        init = self.initiating_side
        entry = entry if entry is not None else self.entry_of(ccode)
        if entry is None or self.side_on(ccode, entry) in (None, init):
            return False
        if entry == self.start:
            return True
        if any(p.side == init and p.entry == entry for p in self.participants):
            return True
        if not by_dyads:
            return any(self.side_of(a) == init for a in self.attackers_of(ccode))
        exit_ = max((p.exit for p in self.participants if p.ccode == ccode and p.entry == entry), default=entry)
        return any(y.b == ccode and y.a_began and y.overlaps(entry, exit_) for y in self.dyads)

    def attackers_of(self, ccode: int) -> set[int]:
        """The states that began a dyad's fighting against ``ccode`` (Maoz roles)."""
        return {a for a, b in self.dyad_initiated if b == ccode}

    def rows_of(self, ccode: int) -> tuple[Participant, ...]:
        """``ccode``'s participations, in order of entry (two or more for a state that left and came back,
        or switched sides)."""
        return tuple(sorted((p for p in self.participants if p.ccode == ccode), key=lambda p: p.entry))

    def side_on(self, ccode: int, d: date) -> int | None:
        """The side ``ccode`` fought on on day ``d`` (None: not fighting that day)."""
        for p in self.participants:
            if p.ccode == ccode and p.entry <= d <= p.exit:
                return p.side
        return None

    def fought_between(self, a: int, b: int, lo: date, hi: date) -> bool:
        """Did ``a`` and ``b`` fight each other at some time in ``[lo, hi]``: a Maoz dyad then, or
        opposite COW sides on a common day (where Maoz has no dyad for the pair)?"""
        if any(y.a == a for y in self.dyads):  # Maoz covers ``a``: its dyads say whom it fought, and when
            return any(y.overlaps(lo, hi) for y in self.dyads if y.a == a and y.b == b)
        for pa in self.rows_of(a):
            for pb in self.rows_of(b):
                if pa.side != pb.side and max(pa.entry, pb.entry, lo) <= min(pa.exit, pb.exit, hi):
                    return True
        return False

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

    def opponents_between(self, ccode: int, lo: date, hi: date) -> set[int]:
        """Whom ``ccode`` fought in ``[lo, hi]``: Maoz dyads then, else the states on another side then."""
        if any(y.a == ccode for y in self.dyads):
            return {y.b for y in self.dyads if y.a == ccode and y.overlaps(lo, hi)} or self.opponents(ccode)
        return {p.ccode for p in self.participants for mine in self.rows_of(ccode)
                if p.side != mine.side and max(p.entry, mine.entry, lo) <= min(p.exit, mine.exit, hi)} \
            or self.opponents(ccode)

    def opponents(self, ccode: int) -> set[int]:
        """Whom ``ccode`` fought: Maoz pairs, else everyone on the other side(s)."""
        pairs = {b for a, b in self.fought if a == ccode}
        if pairs:
            return pairs
        mine = self.sides_of(ccode)
        return {p.ccode for p in self.participants if p.side not in mine}
