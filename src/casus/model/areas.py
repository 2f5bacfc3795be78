"""Named areas, places and zones, as data.

A treaty's location condition names an :class:`Area` (``nato-art6``).  A
scenario happens on the target's home territory (the default) or at a
:class:`Place`: a named territory (Hawaii), a state's forces abroad (US forces
in Europe), a sea or zone (the South China Sea), or another state's territory
(the target's forces there).

Places and areas meet through *tags*: a COW region id (``europe``), a zone id
(``mediterranean``, ``pacific``) or ``state:<ccode>`` (the territory of that
state).  A place lies in an area if the area lists it (``places_in`` /
``places_out``) or if they share a tag: territory with the area's
``includes``, forces (and a zone, where a party's forces are) also with its
``forces_in``.  An *exhaustive* area lists everything
it covers, so a tagged place that shares no tag is outside it; otherwise the
question stays open and the finding conditional.
"""

from __future__ import annotations

from dataclasses import dataclass

from .dates import Tri
from .reasons import Reason, Text

__all__ = ["Region", "Zone", "Area", "Place", "place_in_area"]


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
class Zone:
    """A sea or other zone that places can lie in (``within``: larger zones)."""

    id: str
    name: str
    name_hi: str | None = None
    within: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    name_hi: str | None
    sovereign: int | None  # whose territory or forces; None for a sea or zone
    kind: str  # "territory" | "forces" | "zone" | "home" | "theatre" (a war's regions: forces there)
    tags: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    note: str | None = None
    source: str | None = None
    label: Reason | None = None  # how reasons name a place built from states (a home territory, forces abroad)

    def named(self) -> Reason | Text:
        """The place as reasons name it: its label, else its name from the data."""
        return self.label if self.label is not None else Text(self.name, self.name_hi)


@dataclass(frozen=True)
class Area:
    id: str
    name: str
    name_hi: str | None = None
    includes: tuple[str, ...] = ()  # territory covered (tags)
    forces_in: tuple[str, ...] = ()  # where a party's forces, vessels, aircraft are also covered
    exhaustive: bool = False
    places_in: tuple[str, ...] = ()
    places_out: tuple[str, ...] = ()
    note: str | None = None
    sources: tuple[str, ...] = ()
    file: str | None = None


def place_in_area(place: Place, area: Area) -> tuple[Tri, Reason]:
    """Whether ``place`` lies in ``area``, and why (see module docstring)."""
    names = {"place": place.named(), "area": Text(area.name, area.name_hi)}
    if place.id in area.places_in:
        return Tri.YES, Reason.of("place_in_area_listed", **names)
    if place.id in area.places_out:
        return Tri.NO, Reason.of("place_outside_area_listed", **names)
    covered = area.includes + (area.forces_in if place.kind in ("forces", "zone", "theatre") else ())
    shared = [t for t in place.tags if t in covered]
    if shared:
        return Tri.YES, Reason.of("place_in_area", **names)
    if area.exhaustive and place.tags:
        return Tri.NO, Reason.of("place_outside_area", **names)
    return Tri.UNKNOWN, Reason.of("place_area_unknown", **names)
