"""Regions, zones, areas and places from the bundled ``data/areas/`` folder.

``_zones.yaml`` holds the COW regions and the zones (seas); ``_gazetteer.yaml`` the places with
dated sovereignty and administration (who held them when); every other ``*.yaml`` file there
defines one area, the places it needs and the zones its treaty draws by its own lines
(``zones:`` with a ``boundary``, see :mod:`casus.importers.lines`).  Place, zone and
area ids are global; a clash, an unknown tag or an unknown state is a
:class:`~casus.errors.TreatyFileError` naming file and field.  Once all places are read, every
place with a point is marked with the treaty-drawn zones that hold it (``Place.lines``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from importlib import resources

import yaml

from ..errors import CasusError, TreatyFileError
from ..model.areas import Area, Control, Place, Region, Zone
from ..model.dates import Bound
from ..model.treaty import SOURCE_KINDS
from ..yamlfiles import load_yaml
from .geometry import treaty_lines_at
from .lines import boundary_polygon

__all__ = ["read_areas", "AreaData", "bundled_area_files"]


class AreaData:
    """Everything location conditions need."""

    def __init__(self, regions: tuple[Region, ...], zones: dict[str, Zone], areas: dict[str, Area],
                 places: dict[str, Place]) -> None:
        self.regions: tuple[Region, ...] = regions
        self.zones: dict[str, Zone] = zones
        self.areas: dict[str, Area] = areas
        self.places: dict[str, Place] = places

    def region_of(self, ccode: int) -> str | None:
        for r in self.regions:
            if r.contains(ccode):
                return r.id
        return None

    def home_tags(self, ccode: int) -> tuple[str, ...]:
        region = self.region_of(ccode)
        return ((region,) if region else ()) + (f"state:{ccode}",)

    def expand(self, tags: Iterable[str]) -> tuple[str, ...]:
        out: dict[str, None] = {}
        for t in tags:
            out.setdefault(t, None)
            z = self.zones.get(t)
            for parent in z.within if z else ():
                out.setdefault(parent, None)
        return tuple(out)


def bundled_area_files() -> list[tuple[str, str]]:
    folder = resources.files("casus.data").joinpath("areas")
    return [(f"areas/{e.name}", e.read_text(encoding="utf-8"))
            for e in sorted(folder.iterdir(), key=lambda e: e.name) if e.name.endswith(".yaml")]


def _load(name: str, text: str) -> dict:
    try:
        raw = load_yaml(text)
    except yaml.YAMLError as exc:
        raise TreatyFileError(name, "<document>", f"not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise TreatyFileError(name, "<document>", "expected a mapping")
    return raw


def _state_tag(resolve, name: str, field: str, value) -> str:
    return f"state:{_holder(resolve, name, field, value)}"


def _tags(resolve, known: set[str], name: str, field: str, values) -> tuple[str, ...]:
    """Region, zone and ``state:`` tags, checked (``state:`` values resolved to COW codes)."""
    out = []
    for i, v in enumerate(values or []):
        v = str(v)
        if v.startswith("state:"):
            out.append(_state_tag(resolve, name, f"{field}[{i}]", v.split(":", 1)[1]))
        elif v in known:
            out.append(v)
        else:
            raise TreatyFileError(name, f"{field}[{i}]", f"unknown region or zone {v!r} (see areas/_zones.yaml)")
    return tuple(out)


def _add_place(data: AreaData, resolve, known: set[str], name: str, i: int, p: dict) -> None:
    f = f"places[{i}]"
    if p.get("id") in data.places:
        raise TreatyFileError(name, f + ".id", f"place id {p.get('id')!r} is defined twice")
    try:
        sovereign = resolve(p["sovereign"]).ccode if p.get("sovereign") is not None else None
    except CasusError as exc:
        raise TreatyFileError(name, f + ".sovereign", str(exc)) from None
    except KeyError as exc:
        raise TreatyFileError(name, f + f".{exc.args[0]}", "is required but missing") from None
    data.places[p["id"]] = Place(
        id=p["id"], name=p["name"], name_hi=p.get("hi"), sovereign=sovereign, kind=p.get("kind", "territory"),
        tags=data.expand(_tags(resolve, known, name, f + ".tags", p.get("tags"))), aliases=tuple(p.get("aliases", [])),
        note=p.get("note"), source=p.get("source"),
    )


def _add_area(data: AreaData, resolve, known: set[str], name: str, doc: dict) -> None:
    if "id" not in doc:
        raise TreatyFileError(name, "id", "is required but missing")
    if doc["id"] in data.areas:
        raise TreatyFileError(name, "id", f"area id {doc['id']!r} is defined twice")
    for field in ("places_in", "places_out"):
        for pid in doc.get(field, []) or []:
            if pid not in data.places:
                raise TreatyFileError(name, field, f"unknown place {pid!r}")
    lines = {z for z, zone in data.zones.items() if zone.drawn_by_treaty}
    data.areas[doc["id"]] = Area(
        id=doc["id"], name=doc["name"], name_hi=doc.get("hi"),
        includes=_tags(resolve, known, name, "includes", doc.get("includes")),
        forces_in=_tags(resolve, known, name, "forces_in", doc.get("forces_in")),
        excludes=_tags(resolve, lines, name, "excludes", doc.get("excludes")),
        outside=_tags(resolve, lines, name, "outside", doc.get("outside")),
        open_in=_tags(resolve, known, name, "open_in", doc.get("open_in")),
        exhaustive=bool(doc.get("exhaustive", False)), administered=bool(doc.get("administered", False)),
        places_in=tuple(doc.get("places_in", []) or []), places_out=tuple(doc.get("places_out", []) or []),
        note=doc.get("note"), sources=tuple(s.get("title", "") + (f" — {s['url']}" if s.get("url") else "")
                                            for s in doc.get("sources", [])),
        file=name,
    )


def read_areas(resolve, files: list[tuple[str, str]] | None = None) -> AreaData:
    files = bundled_area_files() if files is None else files
    docs = {name: _load(name, text) for name, text in files}
    zones_name = next((n for n in docs if n.endswith("_zones.yaml")), None)
    if zones_name is None:
        raise TreatyFileError("areas/_zones.yaml", "<document>", "missing: regions and zones are defined there")
    zdoc = docs.pop(zones_name)
    regions = tuple(Region(r["id"], r["name"], int(r["from"]), int(r["to"])) for r in zdoc["regions"])
    zones: dict[str, Zone] = {}
    for name, doc in [(zones_name, zdoc), *docs.items()]:
        cited = {s.get("id") for s in doc.get("sources", []) or [] if isinstance(s, dict)}
        for i, z in enumerate(doc.get("zones", []) or []):
            zone = _zone(name, f"zones[{i}]", z, cited)
            if zone.id in zones:
                raise TreatyFileError(name, f"zones[{i}].id", f"zone id {zone.id!r} is defined twice")
            zones[zone.id] = zone
    known = {r.id for r in regions} | set(zones)

    gazetteer = next((n for n in docs if n.endswith("_gazetteer.yaml")), None)
    gdoc = docs.pop(gazetteer) if gazetteer else None
    data = AreaData(regions, zones, {}, {})
    for name, doc in docs.items():
        for i, p in enumerate(doc.get("places", [])):
            _add_place(data, resolve, known, name, i, p)
    if gazetteer and gdoc:
        _add_gazetteer(data, resolve, known, gazetteer, gdoc)
    for name, doc in docs.items():
        _add_area(data, resolve, known, name, doc)
    _mark_lines(data)
    return data


def _zone(name: str, f: str, z: dict, cited: set) -> Zone:
    """A zone: a sea casus draws roughly (``polygon``), or a zone drawn by a treaty's own lines
    (``drawn_by_treaty: true`` with a ``boundary``)."""
    for key in ("id", "name"):
        if not z.get(key):
            raise TreatyFileError(name, f"{f}.{key}", "is required but missing")
    drawn = bool(z.get("drawn_by_treaty", False))
    if z.get("boundary") is not None and z.get("polygon") is not None:
        raise TreatyFileError(name, f + ".boundary", "give a boundary or a polygon, not both")
    if z.get("boundary") is not None:
        polygon = boundary_polygon(name, f + ".boundary", z["boundary"], cited)
    else:
        polygon = tuple((float(a), float(b)) for a, b in z.get("polygon") or ())
    if drawn and z.get("boundary") is None:
        raise TreatyFileError(name, f + ".boundary", "a zone drawn by a treaty gives its boundary as the treaty "
                                                     "gives it")
    return Zone(z["id"], z["name"], z.get("hi"), tuple(z.get("within", []) or []), z.get("note"), polygon, drawn)


def _mark_lines(data: AreaData) -> None:
    """Every place with a point gets the treaty-drawn zones that hold it (``Place.lines``)."""
    if not any(z.drawn_by_treaty for z in data.zones.values()):
        return
    for pid, p in list(data.places.items()):
        if p.point is not None:
            lines = treaty_lines_at(p.point[0], p.point[1], data.zones)
            if lines:
                data.places[pid] = replace(p, lines=lines)


def _holder(resolve, name: str, field: str, value) -> int | None:
    if value is None:
        return None
    try:
        return resolve(value).ccode
    except CasusError as exc:
        raise TreatyFileError(name, field, str(exc)) from None


def _control(resolve, name: str, f: str, periods: list, cited: dict[str, str]) -> tuple[Control, ...]:
    """A place's periods of control, each ending where the next begins (the last one open)."""
    out: list[Control] = []
    for j, c in enumerate(periods):
        cf = f"{f}.control[{j}]"
        try:
            start = Bound.parse(str(c["from"]))
        except KeyError:
            raise TreatyFileError(name, cf + ".from", "is required but missing") from None
        except ValueError as exc:
            raise TreatyFileError(name, cf + ".from", str(exc)) from None
        if out and start.earliest <= out[-1].start.earliest:
            raise TreatyFileError(name, cf + ".from", "periods must follow each other in time")
        sources = tuple(c.get("sources") or ())
        missing = [x for x in sources if x not in cited]
        if missing or not sources:
            raise TreatyFileError(name, cf + ".sources", f"cite at least one source of the file's list "
                                                          f"(unknown: {', '.join(missing) or 'none given'})")
        if out:
            out[-1] = replace(out[-1], end=start)
        out.append(Control(
            start=start, end=None,
            sovereign=_holder(resolve, name, cf + ".sovereign", c.get("sovereign")),
            administrator=_holder(resolve, name, cf + ".administrator", c.get("administrator")),
            claimants=tuple(x for x in (_holder(resolve, name, f"{cf}.claimants[{k}]", v)
                                        for k, v in enumerate(c.get("claimants") or ())) if x is not None),
            administrator_name=c.get("administrator_name"), unconfirmed=bool(c.get("unconfirmed", False)),
            note=c.get("note"), sources=tuple(cited[x] for x in sources)))
    return tuple(out)


def _add_gazetteer(data: AreaData, resolve, known: set[str], name: str, doc: dict) -> None:
    """The dated gazetteer: places with who held them when (a place an area file also defines keeps
    that file's tags and gains the dates)."""
    cited = {}
    for i, s in enumerate(doc.get("sources", []) or []):
        if s.get("kind") not in SOURCE_KINDS:
            raise TreatyFileError(name, f"sources[{i}].kind", f"is {s.get('kind')!r}; use one of "
                                  + ", ".join(SOURCE_KINDS) + " (how close the source is to the fact)")
        cited[s["id"]] = (s.get("title", "") + (f" — {s['url']}" if s.get("url") else "")
                          + (f" ({s['note']})" if s.get("note") else "")
                          + (" [secondary source]" if s["kind"] == "secondary" else ""))
    for i, p in enumerate(doc.get("places", []) or []):
        f = f"places[{i}]"
        if not p.get("id") or not p.get("name"):
            raise TreatyFileError(name, f + (".id" if not p.get("id") else ".name"), "is required but missing")
        control = _control(resolve, name, f, p.get("control") or [], cited)
        if not control:
            raise TreatyFileError(name, f + ".control", "give at least one period of control")
        point = p.get("point")
        if point is not None and not (isinstance(point, list) and len(point) == 2
                                      and -90 <= float(point[0]) <= 90 and -180 <= float(point[1]) <= 180):
            raise TreatyFileError(name, f + ".point", "give [latitude, longitude] in degrees")
        tags = data.expand(_tags(resolve, known, name, f + ".tags", p.get("tags")))
        old = data.places.get(p["id"])
        last = control[-1]
        data.places[p["id"]] = Place(
            id=p["id"], name=old.name if old else p["name"], name_hi=(old.name_hi if old else None) or p.get("hi"),
            sovereign=last.sovereign, administrator=last.administrator, kind="territory",
            tags=tuple(dict.fromkeys((old.tags if old else ()) + tags)),
            aliases=tuple(dict.fromkeys((old.aliases if old else ()) + tuple(p.get("aliases") or ()))),
            note=p.get("note") or (old.note if old else None), source=old.source if old else None,
            control=control, point=(float(point[0]), float(point[1])) if point else None,
            host=_holder(resolve, name, f + ".host", p.get("host")))
