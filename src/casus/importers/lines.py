"""Zones drawn by a treaty's own lines: a boundary given step by step as the treaty gives it, made
into a polygon.

A boundary is a list of steps, each a corner ``at: [lat, lon]`` and how the line reaches it from the
corner before (``via``): ``meridian`` ("due north/south"), ``parallel`` (along a latitude),
``rhumb`` (a loxodrome: one compass bearing) or ``straight`` (straight in latitude/longitude: casus's
own closing edges).  The ring closes from the last corner back to the first, straight.  Each step
says whose line it is (``line: treaty`` with the ``sources`` that give it, or ``line: casus`` for
casus's own closure of a zone the treaty leaves open).

A rhumb line is straight in the Mercator projection, not in latitude/longitude, so it is densified:
the Mercator ordinate ``y = ln tan(pi/4 + lat/2)`` is interpolated linearly with the longitude, a
corner at least every :data:`STEP_DEG` degrees.  Meridians and parallels are straight in
latitude/longitude already.  Longitudes are unwrapped along the boundary (each step goes the shorter
way round, at most 180 degrees), so a zone across the 180th meridian is one simple polygon whose
longitudes run past +-180; :mod:`casus.importers.geometry` cuts it there with shapely, and
:func:`covers` (used where shapely is not installed) tests the point shifted by 360 degrees.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from ..errors import TreatyFileError

__all__ = ["VIAS", "STEP_DEG", "boundary_polygon", "rhumb", "covers"]

VIAS = ("straight", "meridian", "parallel", "rhumb")
STEP_DEG = 0.5

LatLon = tuple[float, float]


def _mercator_y(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def rhumb(a: LatLon, b: LatLon, step: float = STEP_DEG) -> list[LatLon]:
    """Corners along the rhumb line from ``a`` to ``b`` (``a`` left out, ``b`` last); longitudes as given
    (unwrapped), so the line goes the way ``b[1] - a[1]`` says."""
    (lat1, lon1), (lat2, lon2) = a, b
    n = max(1, math.ceil(abs(lon2 - lon1) / step), math.ceil(abs(lat2 - lat1) / step))
    if lat1 == lat2:  # along a parallel: the longitude alone changes
        return [(lat1, lon1 + (lon2 - lon1) * i / n) for i in range(1, n + 1)]
    y1, y2 = _mercator_y(lat1), _mercator_y(lat2)
    out = []
    for i in range(1, n + 1):
        y = y1 + (y2 - y1) * i / n
        out.append((math.degrees(2 * math.atan(math.exp(y))) - 90, lon1 + (lon2 - lon1) * i / n))
    out[-1] = (lat2, lon2)
    return out


def _unwrap(prev: float, lon: float) -> float:
    """``lon`` moved by whole turns to lie within 180 degrees of ``prev`` (the shorter way round)."""
    while lon - prev > 180:
        lon -= 360
    while lon - prev < -180:
        lon += 360
    return lon


def _corner(name: str, f: str, step) -> LatLon:
    at = step.get("at") if isinstance(step, dict) else None
    try:
        lat, lon = (float(x) for x in (at if isinstance(at, list | tuple) else ()))
    except (TypeError, ValueError):
        raise TreatyFileError(name, f + ".at", "give the corner as [latitude, longitude] in degrees") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise TreatyFileError(name, f + ".at", f"{lat},{lon} is no point on Earth (latitude -90..90, "
                                               f"longitude -180..180)")
    return lat, lon


def _check_step(name: str, f: str, step: dict, cited: set[str]) -> str:
    via = step.get("via", "straight")
    if via not in VIAS:
        raise TreatyFileError(name, f + ".via", f"unknown way {via!r}; use one of {', '.join(VIAS)}")
    line = step.get("line", "treaty")
    if line not in ("treaty", "casus"):
        raise TreatyFileError(name, f + ".line", "say whose line it is: treaty or casus")
    sources = step.get("sources") or []
    if line == "treaty" and (not sources or any(s not in cited for s in sources)):
        raise TreatyFileError(name, f + ".sources", "a treaty's line cites at least one source of the file's "
                                                    "list (unknown: " + (", ".join(s for s in sources if s not in
                                                                                   cited) or "none given") + ")")
    return via


def _leg(name: str, f: str, via: str, prev: LatLon, at: LatLon) -> list[LatLon]:
    lat, lon = at[0], _unwrap(prev[1], at[1])
    if via == "meridian" and lon != prev[1] and abs(lat) != 90 and abs(prev[0]) != 90:
        raise TreatyFileError(name, f + ".at", "a meridian keeps its longitude: give the same longitude as the "
                                               "corner before")
    if via == "parallel" and lat != prev[0]:
        raise TreatyFileError(name, f + ".at", "a parallel keeps its latitude: give the same latitude as the "
                                               "corner before")
    if via == "rhumb":
        if abs(lat) == 90 or abs(prev[0]) == 90:
            raise TreatyFileError(name, f + ".via", "a rhumb line never reaches a pole: use a meridian")
        return rhumb(prev, (lat, lon))
    return [(lat, lon)]


def boundary_polygon(name: str, field: str, steps: Iterable, cited: Iterable[str]) -> tuple[LatLon, ...]:
    """The polygon (``(lat, lon)`` corners, longitudes unwrapped) of a boundary given as steps; a step
    that is wrong is a :class:`~casus.errors.TreatyFileError` naming file and field."""
    steps = list(steps or [])
    if len(steps) < 3:
        raise TreatyFileError(name, field, "a boundary needs at least three corners")
    known = set(cited)
    ring: list[LatLon] = []
    for i, step in enumerate(steps):
        f = f"{field}[{i}]"
        at = _corner(name, f, step)
        via = _check_step(name, f, step, known)
        ring.extend(_leg(name, f, via, ring[-1], at) if ring else [at])
    return tuple(ring)


def covers(polygon: tuple[LatLon, ...], lat: float, lon: float) -> bool:
    """Does the polygon hold the point (even-odd rule; the point also tried a turn east and west, for a
    polygon whose longitudes run past +-180)?  The pure-Python stand-in for shapely: points on an
    edge may fall either way."""
    return any(_inside(polygon, lat, lon + k) for k in (-360.0, 0.0, 360.0))


def _inside(polygon: tuple[LatLon, ...], y: float, x: float) -> bool:
    inside = False
    n = len(polygon)
    for i in range(n):
        (y1, x1), (y2, x2) = polygon[i], polygon[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside
