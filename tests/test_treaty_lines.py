"""Treaty areas drawn from the lines in their text (issue 12, part 5): the Rio Treaty's Art. 4 line
(the part confirmed from 62 Stat.: 30 S, 90 W by rhumb lines through the Pacific to the Bering Strait
and the North Pole) and SEATO's 21 degrees 30 minutes north (Art. VIII).  Every expectation here is
derived from the encoded line (see areas/rio-art4.yaml and areas/seato-art8.yaml), not from memory:

* at 60 N the rhumb line from 54 N, 170 E to 65 30' N, 168 58' 5" W runs at 179.94 W, so 60 N, 175 W
  is east of it (inside) and 60 N, 179 E west of it (outside);
* between 50 N and 54 N the line is the 170 E meridian, so 52 N, 175 E is inside, across the 180th
  meridian from the rest of the zone, and 52 N, 169 E outside;
* at 40 N the line (15 N, 120 W to 50 N, 170 E) runs at 166.7 W, so 40 N, 160 E is outside;
* at 10 S the line (30 S, 90 W to 0, 97 W) runs at 94.8 W: 10 S, 85 W inside, 10 S, 100 W outside;
* the Atlantic half of Art. 4 is UNCONFIRMED and not encoded: points at sea there stay open.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import casus
from casus.cli import cli
from casus.errors import TreatyFileError
from casus.importers import geometry
from casus.importers.areas import bundled_area_files, read_areas
from casus.importers.lines import boundary_polygon, covers, rhumb
from casus.model.areas import place_in_area
from casus.model.dates import Tri


@pytest.fixture(scope="module")
def session():
    return casus.load()


def _in(session, where: str, area: str, target: int = 2) -> Tri:
    return place_in_area(session.place(where, (target,)), session.geo.areas[area])[0]


def _of(d: dict, treaty: str, duty: str = "defend") -> list[dict]:
    return [f for f in d["findings"] if f["treaty"]["id"] == treaty and f["duty"] == duty]


# -- the geometry of a line ------------------------------------------------------------------

def test_a_rhumb_line_is_straight_in_mercator_not_in_latitude():
    pts = rhumb((0.0, 0.0), (60.0, 40.0))
    assert pts[-1] == (60.0, 40.0) and len(pts) >= 120
    mid = next(p for p in pts if abs(p[1] - 20.0) < 1e-9)
    assert 35.0 < mid[0] < 36.0  # halfway in longitude is not halfway in latitude (30) on a loxodrome


def test_a_zone_across_the_180th_meridian_is_cut_there():
    rio = casus.load().geo.zones["rio-art4-pacific"]
    assert min(lon for _, lon in rio.polygon) == pytest.approx(-190.0)  # 170 E, unwrapped
    shape = geometry.zone_shape(rio.polygon)
    assert shape.geom_type == "MultiPolygon" and -180 <= shape.bounds[0] and shape.bounds[2] <= 180


@pytest.mark.parametrize("lat, lon", [(60, -175), (60, 179), (52, 175), (52, 169), (40, 160), (40, -160),
                                      (-10, -85), (-10, -100), (0, -96), (0, -98), (65, -168), (65, -170)])
def test_shapely_and_the_plain_fallback_agree(lat, lon):
    zones = casus.load().geo.zones
    by_shapely = geometry.treaty_lines_at(lat, lon, zones)
    plain = tuple(z.id for z in zones.values() if z.drawn_by_treaty and covers(z.polygon, lat, lon))
    assert by_shapely == plain


@pytest.mark.parametrize("steps, field", [
    ([{"at": [0, 0]}, {"at": [0, 10], "via": "loxodrome"}, {"at": [5, 5]}], "z.boundary[1].via"),
    ([{"at": [0, 0]}, {"at": [5, 10], "via": "meridian"}, {"at": [5, 5]}], "z.boundary[1].at"),
    ([{"at": [0, 0]}, {"at": [0, 10], "sources": ["t"]}, {"at": [5, 5]}], "z.boundary[1].sources"),
    ([{"at": [0, 0]}, {"at": [95, 10]}, {"at": [5, 5]}], "z.boundary[1].at"),
    ([{"at": [0, 0]}, {"at": [1, 1]}], "z.boundary"),
])
def test_bad_boundaries_are_named(steps, field):
    steps = [{"sources": ["s"], **s} for s in steps]
    with pytest.raises(TreatyFileError) as exc:
        boundary_polygon("areas/x.yaml", "z.boundary", steps, {"s"})
    assert exc.value.field == field


def test_a_treaty_zone_must_cite_its_sources():
    real = casus.load().corpus
    bad = ("id: x-area\nname: X\nsources: [{id: s1, title: t}]\nincludes: [x-line]\nzones:\n"
           "  - {id: x-line, name: X line, drawn_by_treaty: true, boundary: "
           "[{at: [0, 0], sources: [s9]}, {at: [0, 10], line: casus}, {at: [10, 10], line: casus}]}\n")
    with pytest.raises(TreatyFileError) as exc:
        read_areas(real.states.resolve, bundled_area_files() + [("areas/x.yaml", bad)])
    assert exc.value.field == "zones[0].boundary[0].sources" and "s9" in str(exc.value)


def test_casus_closes_the_rio_zone_over_land():
    """The Rio zone's eastern edge is casus's path over American land (from Alaska to Chile): at 1:110m
    it touches no sea, so the zone holds Pacific water only (no Caribbean or Atlantic water)."""
    from shapely.geometry import LineString
    from shapely.ops import unary_union

    from casus.yamlfiles import load_yaml

    land = unary_union([s for _, s in geometry._countries()[1]])
    text = dict(bundled_area_files())["areas/rio-art4.yaml"]
    (zone,) = [z for z in load_yaml(text)["zones"] if z["id"] == "rio-art4-pacific"]
    path = [(lon, lat) for lat, lon in (s["at"] for s in zone["boundary"] if s.get("line") == "casus")][1:]
    assert len(path) > 20 and land.covers(LineString(path))


# -- the Rio Treaty's Art. 4 region ------------------------------------------------------------

@pytest.mark.parametrize("where, tri", [
    ("60,-175", Tri.YES),    # just south of the Bering Strait, east of the line
    ("60,179", Tri.NO),      # the same latitude, west of it
    ("52,175", Tri.YES),     # east of the 170 E meridian: across the 180th meridian, still inside
    ("52,169", Tri.NO),
    ("40,160", Tri.NO),      # the North Pacific west of 170 E
    ("-10,-85", Tri.YES),    # off Peru, east of the rhumb line to the Equator at 97 W
    ("-10,-100", Tri.NO),
    ("-30,-30", Tri.UNKNOWN),  # the South Atlantic: that half of Art. 4 is not encoded (UNCONFIRMED)
    ("-30,0", Tri.UNKNOWN),
])
def test_points_at_sea_against_the_rio_line(session, where, tri):
    assert _in(session, where, "rio-art4") is tri


def test_territory_of_an_american_state_beyond_the_line_stays_inside(session):
    """Hawaii lies west of the line, but Art. 3(3) also covers the territory of an American State."""
    assert _in(session, "hawaii", "rio-art4") is Tri.YES
    assert _in(session, "21.5,-158.0", "rio-art4") is Tri.YES  # Oahu: US home territory, marked beyond the line
    assert "rio-art4-beyond-pacific-line" in session.place("21.5,-158.0", (2,)).lines


def test_an_attack_on_us_forces_in_the_bering_sea(session):
    """Rio Art. 3 binds the parties (on request) for a US ship at 60 N, 175 W; at 40 N, 160 E it is
    refused for place, beyond the line."""
    inside = session.attack(by="RUS", on="USA", date="1970-01-01", where="60,-175", requested=True).to_dict()
    assert _of(inside, "rio-1947") and "rio-art4-pacific" in inside["scenario"]["where"]["lines"]
    assert not [x for x in inside["excluded"] if x["treaty"]["id"] == "rio-1947" and x["duty"] == "defend"]
    outside = session.attack(by="RUS", on="USA", date="1970-01-01", where="40,160", requested=True).to_dict()
    assert not _of(outside, "rio-1947")
    refused = [x for x in outside["excluded"] if x["treaty"]["id"] == "rio-1947" and x["duty"] == "defend"]
    assert refused and all("beyond the line the treaty draws" in x["reason"] for x in refused)


def test_the_south_atlantic_stays_open_for_rio(session):
    d = session.attack(by="RUS", on="USA", date="1970-01-01", where="-30,-30", requested=True).to_dict()
    rio = _of(d, "rio-1947")
    assert rio and all(f["status"] == "conditional" for f in rio)
    assert all(any("the treaty's line there is not encoded" in c for c in f["open_conditions"]) for f in rio)


def test_falklands_1982_by_the_cli():
    """Argentina takes the Falklands (2 April 1982): the UK is no American State, so Rio Art. 3 owes it
    nothing, and nothing under Rio is refused for place; WEU (Brussels Treaty Art. V) is refused: the
    Falklands lie outside Europe."""
    res = CliRunner().invoke(cli, ["attack", "--by", "ARG", "--on", "UKG", "--date", "1982-04-02",
                                   "--where", "falklands", "--json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    assert not [f for f in d["findings"] if f["treaty"]["id"] == "rio-1947"]
    assert not [x for x in d["excluded"] if x["treaty"]["id"] == "rio-1947"]
    assert not _of(d, "brussels-1948")
    weu = [x for x in d["excluded"] if x["treaty"]["id"] == "brussels-1948" and x["duty"] == "defend"]
    assert weu and all("lies outside Europe" in x["reason"] for x in weu)


def test_falklands_inside_the_rio_area_when_argentina_holds_them(session):
    """The British counter-attack on Argentine-held islands (May 1982): Rio's area applies (the
    Falklands lie in it); the duties stay conditional only because the islands are British under
    international law.  Their point is in no drawn zone: the Atlantic half of Art. 4 is UNCONFIRMED, so
    the area decides by the islands' South America tag."""
    d = session.attack(by="UKG", on="ARG", date="1982-05-01", where="falklands", requested=True).to_dict()
    rio = _of(d, "rio-1947")
    assert len(rio) >= 15 and all(f["status"] == "conditional" for f in rio)
    assert all(any("lies in Rio Treaty area" in n for n in f["notes"]) for f in rio)
    assert all(all("administered by Argentina" in c for c in f["open_conditions"]) for f in rio)
    assert not [x for x in d["excluded"] if x["treaty"]["id"] == "rio-1947" and x["clause"] == "art3-defence"]
    assert session.geo.places["falklands"].lines == ()


def test_named_places_are_marked_by_the_lines_their_points_lie_in(session):
    places = session.geo.places
    assert "rio-art4-beyond-pacific-line" in places["okinawa"].lines
    assert {"pacific-north-of-21-30"} <= set(places["taiwan"].lines) & set(places["hong-kong"].lines)
    assert places["crimea"].lines == () and places["greenland"].lines == ()


def test_approximate_boxes_mark_no_named_place(session):
    """Only zones drawn by a treaty's lines mark named places: casus's rough seas (the NATO box north
    of the Tropic of Cancer) keep deciding by the tags the gazetteer gives."""
    drawn = {z for z, zone in session.geo.zones.items() if zone.drawn_by_treaty}
    assert drawn == {"rio-art4-pacific", "rio-art4-beyond-pacific-line", "pacific-north-of-21-30"}
    assert all(set(p.lines) <= drawn for p in session.geo.places.values())


# -- SEATO, Art. VIII ---------------------------------------------------------------------------

@pytest.mark.parametrize("where, tri", [
    ("15,115", Tri.YES),   # the South China Sea south of 21 30' N: a Party's forces there are covered
    ("22,115", Tri.NO),    # the South China Sea north of the line: "not including the Pacific area north"
    ("30,140", Tri.NO),
])
def test_seato_21_30_north(session, where, tri):
    assert _in(session, where, "seato-art8") is tri


def test_seato_line_in_an_attack(session):
    south = session.attack(by="CHN", on="USA", date="1960-01-01", where="15,115").to_dict()
    north = session.attack(by="CHN", on="USA", date="1960-01-01", where="22,115").to_dict()
    assert _of(south, "seato-1954") and not _of(north, "seato-1954")
    refused = [x for x in north["excluded"] if x["treaty"]["id"] == "seato-1954"]
    assert refused and all("beyond the line the treaty draws" in x["reason"] for x in refused)


def test_lines_change_no_other_treatys_answer(session):
    """A line drawn for one treaty is no tag for another: ANZUS still says nothing either way about a
    ship in the open North Pacific (no sea is drawn there for it)."""
    assert _in(session, "40,-150", "anzus-art5") is Tri.UNKNOWN
    assert _in(session, "22,115", "anzus-art5") is Tri.YES  # the South China Sea box, as before
