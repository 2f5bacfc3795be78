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

Some zones are drawn by a treaty's own lines (``Zone.drawn_by_treaty``: the
Rio Treaty's Art. 4 line, SEATO's 21 degrees 30 minutes north).  Such a zone
marks every place whose point it holds (``Place.lines``: a named place's point,
a point given as LAT,LON), and an area may name it in ``includes`` (inside the
line), ``excludes`` (a carve-out: "not including", outside whatever else the
place shares) or ``outside`` (beyond the line: outside unless the place shares
a tag).  ``open_in`` names zones (tags) at sea where the area's line is not
encoded: a place there at sea stays open.  Lines never count as tags for other
areas, so a line drawn for one treaty changes no other treaty's answer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .dates import Bound, Span, Tri
from .reasons import Reason, Text

__all__ = ["Region", "Zone", "Area", "Place", "Control", "place_in_area"]


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
    polygon: tuple[tuple[float, float], ...] = ()  # (lat, lon) corners, where the zone is drawn by lines
    drawn_by_treaty: bool = False  # drawn by a treaty's own lines (not casus's approximate box): marks places


@dataclass(frozen=True)
class Control:
    """Who holds a place over one period: its sovereign under international law (None where no one's
    title is recognised: ``claimants`` then) and the state that administers (controls) it."""

    start: Bound
    end: Bound | None
    sovereign: int | None
    administrator: int | None
    claimants: tuple[int, ...] = ()
    administrator_name: str | None = None  # an administration that is not a state of the COW list
    unconfirmed: bool = False
    note: str | None = None
    sources: tuple[str, ...] = ()

    @property
    def contested(self) -> bool:
        """Is the place held by other than its (recognised) sovereign, or is no sovereignty recognised?"""
        return self.sovereign is None or self.administrator != self.sovereign

    def holds(self, d: date) -> Tri:
        return Span(self.start, self.end).contains(d)


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    name_hi: str | None
    sovereign: int | None  # whose territory or forces; None for a sea or zone (a dated place: on its date)
    kind: str  # "territory" | "forces" | "zone" | "home" | "theatre" (a war's regions: forces there)
    tags: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    note: str | None = None
    source: str | None = None
    label: Reason | None = None  # how reasons name a place built from states (a home territory, forces abroad)
    control: tuple[Control, ...] = ()  # a gazetteer place: who held it when (``on(d)`` narrows to one period)
    point: tuple[float, float] | None = None  # latitude, longitude
    administrator: int | None = None  # a dated place: who administers it on its date
    host: int | None = None  # the state on whose land it lies without being its territory (a base area, an enclave)
    lines: tuple[str, ...] = ()  # the zones drawn by a treaty's lines that hold its point

    def named(self) -> Reason | Text:
        """The place as reasons name it: its label, else its name from the data."""
        return self.label if self.label is not None else Text(self.name, self.name_hi)

    def control_on(self, d: date) -> Control | None:
        """The period of control that covers ``d`` (a date known only to the month: the earlier one)."""
        hit = None
        for c in self.control:
            tri = c.holds(d)
            if tri is Tri.YES:
                return c
            if tri is Tri.UNKNOWN and hit is None:
                hit = c
        return hit

    def on(self, d: date) -> Place:
        """The place as on ``d``: its sovereign and administrator then, and the territory tags of both
        (``state:<ccode>``), with only that period of control kept.  A place without a gazetteer
        entry is itself."""
        if not self.control:
            return self
        c = self.control_on(d)
        if c is None:
            return replace(self, control=(), sovereign=None, administrator=None)
        holders = dict.fromkeys(x for x in (c.sovereign, c.administrator, *c.claimants) if x is not None)
        tags = tuple(t for t in self.tags if not t.startswith("state:")) + tuple(f"state:{x}" for x in holders)
        return replace(self, control=(c,), sovereign=c.sovereign, administrator=c.administrator, tags=tags)

    @property
    def contested(self) -> Control | None:
        """For a place as on a date (:meth:`on`): its period of control, if the place is held by other
        than its sovereign (or no sovereignty is recognised)."""
        if len(self.control) == 1 and self.control[0].contested:
            return self.control[0]
        return None

    def held_by(self) -> tuple[int, ...]:
        """The states an attack here may be an attack on (a dated place: sovereign and administrator)."""
        if self.control:
            c = self.control[0]
            return tuple(dict.fromkeys(x for x in (c.sovereign, c.administrator) if x is not None))
        return (self.sovereign,) if self.sovereign is not None else ()


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
    administered: bool = False  # the area is what a party *administers* ("territories under the administration of")
    excludes: tuple[str, ...] = ()  # treaty-line zones carved out ("not including"): outside whatever else
    outside: tuple[str, ...] = ()  # treaty-line zones beyond the area's line: outside unless a tag is covered
    open_in: tuple[str, ...] = ()  # zones at sea where the area's line is not encoded: a place there stays open


def place_in_area(place: Place, area: Area) -> tuple[Tri, Reason]:
    """Whether ``place`` lies in ``area``, and why (see module docstring)."""
    names = {"place": place.named(), "area": Text(area.name, area.name_hi)}
    if place.id in area.places_in:
        return Tri.YES, Reason.of("place_in_area_listed", **names)
    if place.id in area.places_out:
        return Tri.NO, Reason.of("place_outside_area_listed", **names)
    if any(z in area.excludes for z in place.lines):
        return Tri.NO, Reason.of("place_beyond_line", **names)
    covered = area.includes + (area.forces_in if place.kind in ("forces", "zone", "theatre") else ())
    tags = place.tags
    if area.administered and place.control:  # what a party administers: the administrator's territory only
        tags = tuple(t for t in tags if not t.startswith("state:") or t == f"state:{place.administrator}")
    if any(t in covered for t in tags):
        return Tri.YES, Reason.of("place_in_area", **names)
    return _by_line(place, area, covered, tags, names)


def _by_line(place: Place, area: Area, covered: tuple[str, ...], tags: tuple[str, ...],
             names: dict) -> tuple[Tri, Reason]:
    """A place that shares no tag with the area: the treaty's lines decide, else the area's list."""
    if any(z in covered for z in place.lines):
        return Tri.YES, Reason.of("place_within_line", **names)
    if any(z in area.outside for z in place.lines):
        return Tri.NO, Reason.of("place_beyond_line", **names)
    if place.kind == "zone" and any(t in area.open_in for t in tags):
        return Tri.UNKNOWN, Reason.of("place_line_not_encoded", **names)
    if area.exhaustive and tags:
        return Tri.NO, Reason.of("place_outside_area", **names)
    return Tri.UNKNOWN, Reason.of("place_area_unknown", **names)
