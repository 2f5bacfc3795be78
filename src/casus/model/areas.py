"""Named areas and places, as data.

A treaty's location condition names an :class:`Area` (e.g. ``nato-art6``).  A
scenario happens either on the target's home territory (the default) or at a
named :class:`Place` (a territory such as Hawaii, or a state's forces abroad).
Whether the place lies in the area is read from the area's data: the COW
regions and states whose home territory it covers, and the places it
explicitly includes or excludes.  A place the area does not mention leaves the
condition open.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Region", "Area", "Place"]


@dataclass(frozen=True)
class Region:
    """A COW region: a range of country codes (COW's own numbering by region)."""

    id: str
    name: str
    ccode_from: int
    ccode_to: int

    def contains(self, ccode: int) -> bool:
        return self.ccode_from <= ccode <= self.ccode_to


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    name_hi: str | None
    sovereign: int  # the state whose territory (or forces) this is
    kind: str  # "territory" | "forces"
    aliases: tuple[str, ...] = ()
    note: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Area:
    id: str
    name: str
    home_regions: tuple[str, ...] = ()
    home_states: tuple[int, ...] = ()
    places_in: tuple[str, ...] = ()
    places_out: tuple[str, ...] = ()
    note: str | None = None
    sources: tuple[str, ...] = ()
