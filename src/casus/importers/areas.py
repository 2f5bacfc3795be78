"""Named areas, places and COW regions from the bundled ``areas.yaml``."""

from __future__ import annotations

from importlib import resources

import yaml

from ..errors import TreatyFileError
from ..model.areas import Area, Place, Region

__all__ = ["read_areas"]


def read_areas(resolve) -> tuple[tuple[Region, ...], dict[str, Area], dict[str, Place]]:
    """Regions, areas by id and places by id; state names resolved with ``resolve``."""
    name = "areas.yaml"
    raw = yaml.safe_load(resources.files("casus.data").joinpath(name).read_text(encoding="utf-8"))
    source_ids = {s["id"] for s in raw.get("sources", [])}
    regions = tuple(Region(r["id"], r["name"], int(r["from"]), int(r["to"])) for r in raw["regions"])
    places: dict[str, Place] = {}
    for i, p in enumerate(raw.get("places", [])):
        try:
            sovereign = resolve(p["sovereign"]).ccode
        except Exception as exc:  # noqa: BLE001 - reported as a file error
            raise TreatyFileError(name, f"places[{i}].sovereign", str(exc)) from None
        places[p["id"]] = Place(
            id=p["id"], name=p["name"], name_hi=p.get("hi"), sovereign=sovereign, kind=p.get("kind", "territory"),
            aliases=tuple(p.get("aliases", [])), note=p.get("note"), source=p.get("source"),
        )
    region_ids = {r.id for r in regions}
    areas: dict[str, Area] = {}
    for i, a in enumerate(raw.get("areas", [])):
        for field in ("places_in", "places_out"):
            for pid in a.get(field, []):
                if pid not in places:
                    raise TreatyFileError(name, f"areas[{i}].{field}", f"unknown place {pid!r}")
        for rid in a.get("home_regions", []):
            if rid not in region_ids:
                raise TreatyFileError(name, f"areas[{i}].home_regions", f"unknown region {rid!r}")
        for sid in a.get("sources", []):
            if sid not in source_ids:
                raise TreatyFileError(name, f"areas[{i}].sources", f"unknown source {sid!r}")
        areas[a["id"]] = Area(
            id=a["id"], name=a["name"], home_regions=tuple(a.get("home_regions", [])),
            home_states=tuple(resolve(s).ccode for s in a.get("home_states", [])),
            places_in=tuple(a.get("places_in", [])), places_out=tuple(a.get("places_out", [])),
            note=a.get("note"), sources=tuple(a.get("sources", [])),
        )
    return regions, areas, places
