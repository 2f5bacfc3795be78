"""Where a point lies: in which state's territory (today's borders), and in which drawn sea zones.

State borders come from the world-atlas data the web page already ships
(Natural Earth 1:110m, TopoJSON, inside the package); zones drawn by lines are
the ``polygon`` of a zone in ``data/areas/_zones.yaml`` (the Tropic of Cancer
of the North Atlantic Treaty's Art. 6, and casus's approximate seas) or of a
zone an area file draws by a treaty's own lines (:mod:`casus.importers.lines`;
such a polygon may run past the 180th meridian and is cut there).  The
geometry is shapely's (the optional extra ``geo``: ``pip install
casus-foederis[geo]``).  At 1:110m a point within a few kilometres of a coast
or border may fall on the wrong side; small islands are missing.
"""

from __future__ import annotations

import functools
import json
import math
from importlib import resources

from ..errors import CasusError

__all__ = ["locate", "treaty_lines_at", "zone_shape", "GeometryUnavailable"]

_WORLD = "web/static/vendor/world-atlas/countries-110m.json"


class GeometryUnavailable(CasusError):
    """shapely is not installed."""


def _shapely():
    try:
        import shapely  # noqa: F401
        from shapely.geometry import MultiPolygon, Point, Polygon
        from shapely.strtree import STRtree
    except ImportError:  # pragma: no cover - the extra is installed in CI
        raise GeometryUnavailable("a place given as LAT,LON needs shapely: pip install 'casus-foederis[geo]'") from None
    return MultiPolygon, Point, Polygon, STRtree


def _rings(topo: dict) -> list[list[tuple[float, float]]]:
    """The TopoJSON arcs decoded to (lon, lat) point lists (delta-encoded, quantized)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def _ring(arcs: list[list[tuple[float, float]]], indices: list[int]) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in indices:
        seq = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(seq if not pts else seq[1:])
    return pts


@functools.cache
def _countries():
    """(STRtree, [(iso numeric id, geometry)]) of today's borders."""
    MultiPolygon, _, Polygon, STRtree = _shapely()
    topo = json.loads(resources.files("casus").joinpath(_WORLD).read_text(encoding="utf-8"))
    arcs = _rings(topo)
    shapes = []
    for g in topo["objects"]["countries"]["geometries"]:
        if "id" not in g or g.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        parts = []
        for poly in polys:
            rings = [_ring(arcs, r) for r in poly]
            if len(rings[0]) >= 4:
                parts.append(Polygon(rings[0], [r for r in rings[1:] if len(r) >= 4]))
        if parts:
            shapes.append((str(g["id"]), MultiPolygon(parts).buffer(0)))
    return STRtree([s for _, s in shapes]), shapes


@functools.cache
def zone_shape(polygon: tuple[tuple[float, float], ...]):
    """A zone's polygon (``(lat, lon)`` corners) as a shapely geometry in longitudes -180..180: a polygon
    whose longitudes run past +-180 (a treaty line across the 180th meridian) is cut at the meridian
    into pieces, each moved by whole turns into range."""
    _, _, Polygon, _ = _shapely()
    from shapely.affinity import translate
    from shapely.geometry import box
    from shapely.ops import unary_union

    shape = Polygon([(lon, lat) for lat, lon in polygon])
    if not shape.is_valid:
        shape = shape.buffer(0)
    west, _, east, _ = shape.bounds
    pieces = []
    for turn in range(math.floor((west + 180) / 360), math.ceil((east - 180) / 360) + 1):
        piece = shape.intersection(box(-180 + 360 * turn, -90, 180 + 360 * turn, 90))
        if not piece.is_empty:
            pieces.append(translate(piece, xoff=-360 * turn))
    return unary_union(pieces)


def locate(lat: float, lon: float, zones) -> tuple[str | None, tuple[str, ...]]:
    """(ISO numeric id of the state whose territory holds the point, or None at sea; ids of the drawn
    zones that hold it).  ``zones``: the corpus's zones (``AreaData.zones``)."""
    _, Point, _, _ = _shapely()
    point = Point(lon, lat)
    tree, shapes = _countries()
    iso = next((shapes[i][0] for i in tree.query(point) if shapes[i][1].covers(point)), None)
    inside = tuple(z.id for z in zones.values() if z.polygon and zone_shape(z.polygon).covers(point))
    return iso, inside


def treaty_lines_at(lat: float, lon: float, zones) -> tuple[str, ...]:
    """Ids of the zones drawn by a treaty's lines (``drawn_by_treaty``) that hold the point: shapely's
    answer where it is installed, else :func:`casus.importers.lines.covers` (the same rings)."""
    drawn = [z for z in zones.values() if z.drawn_by_treaty and z.polygon]
    try:
        _, Point, _, _ = _shapely()
    except GeometryUnavailable:
        from .lines import covers

        return tuple(z.id for z in drawn if covers(z.polygon, lat, lon))
    point = Point(lon, lat)
    return tuple(z.id for z in drawn if zone_shape(z.polygon).covers(point))
