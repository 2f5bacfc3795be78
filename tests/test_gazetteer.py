"""Places with dated sovereignty and administration (issue 12, part 4), on a small generated
gazetteer: an attack on a place is an attack on its sovereign's territory and on its
administrator's forces; where the two differ, the duties towards the target there are conditional
and say why; both engines agree."""

from __future__ import annotations

import datetime as dt

import pytest

import casus
from casus.corpus import Corpus
from casus.engine.compiled import compile_corpus
from casus.errors import CasusError, TreatyFileError
from casus.importers.areas import bundled_area_files, read_areas
from casus.session import Session

GAZETTEER = """
sources:
  - {id: s1, title: "a test source", url: "https://example.org/1", kind: primary}
places:
  - id: test-peninsula
    name: Test Peninsula
    hi: परीक्षण प्रायद्वीप
    aliases: [Peninsula T]
    tags: [europe, black-sea]
    point: [45.0, 34.0]
    control:
      - {from: "1991-12-26", sovereign: UKR, administrator: UKR, sources: [s1]}
      - {from: "2014-03-18", sovereign: UKR, administrator: RUS, sources: [s1], note: "held by Russia"}
  - id: test-islands
    name: Test Islands
    tags: [asia, east-china-sea]
    control:
      - {from: "1945-09-02", sovereign: JPN, administrator: USA, sources: [s1]}
      - {from: "1972-05-15", sovereign: JPN, administrator: JPN, sources: [s1]}
  - id: test-shoal
    name: Test Shoal
    tags: [asia, south-china-sea]
    control:
      - {from: "2012-06", sovereign: null, claimants: [PHI, CHN], administrator: CHN, sources: [s1]}
"""


def _session(text: str = GAZETTEER) -> Session:
    real = casus.load().corpus
    files = [(n, t) for n, t in bundled_area_files() if not n.endswith("_gazetteer.yaml")]
    geo = read_areas(real.states.resolve, files + [("areas/_gazetteer.yaml", text)])
    return Session(Corpus(real.states, real.treaties.values(), geo))


@pytest.fixture(scope="module")
def session() -> Session:
    return _session()


def _defend(d: dict, beneficiary: str) -> list[dict]:
    return [f for f in d["findings"] if f["duty"] == "defend" and f["beneficiary"] == beneficiary]


def test_places_are_dated(session):
    p = session.corpus.geo.places["test-peninsula"]
    assert p.point == (45.0, 34.0) and len(p.control) == 2
    before, after = p.on(dt.date(2010, 1, 1)), p.on(dt.date(2020, 1, 1))
    assert before.sovereign == before.administrator == 369 and before.contested is None
    assert (after.sovereign, after.administrator) == (369, 365) and after.contested is not None
    assert "state:365" in after.tags and "state:369" in after.tags


def test_an_attack_on_the_administrators_forces_is_conditional_and_says_why(session):
    d = session.attack(by="UKR", on="RUS", date="2020-01-01", where="test-peninsula").to_dict()
    fs = _defend(d, "RUS")
    assert fs and not [f for f in fs if f["status"] == "binding"]
    assert all(any("Ukraine's territory under international law, administered by Russia since 2014-03-18" in c
                   for c in f["open_conditions"]) for f in fs)
    hindi = session.attack(by="UKR", on="RUS", date="2020-01-01", where="test-peninsula").to_dict("hi")
    assert any("विवादित" in c for f in _defend(hindi, "RUS") for c in f["open_conditions"])


def test_before_the_change_it_is_the_sovereigns_own_territory(session):
    with pytest.raises(CasusError) as exc:
        session.attack(by="UKR", on="RUS", date="2010-01-01", where="test-peninsula")
    assert exc.value.field == "where" and "held by Ukraine" in str(exc.value)
    d = session.attack(by="RUS", on="UKR", date="2010-01-01", where="Peninsula T").to_dict()
    assert not any("international law" in c for f in d["findings"] for c in f["open_conditions"])


def test_administration_returned(session):
    """Before 1972 the islands were administered by the US: outside the US-Japan treaty's area (what
    Japan administers); after, inside and undisputed."""
    before = session.attack(by="CHN", on="JPN", date="1970-01-01", where="test-islands").to_dict()
    after = _defend(session.attack(by="CHN", on="JPN", date="1980-01-01", where="test-islands").to_dict(), "JPN")
    assert not [f for f in _defend(before, "JPN") if f["state"] == "USA"]
    assert any(x["state"] == "USA" and "lies outside" in x["reason"] for x in before["excluded"])
    assert after and not any("international law" in c for f in after for c in f["open_conditions"])


# -- the bundled gazetteer -------------------------------------------------------------------

def test_the_bundled_gazetteer_is_dated_and_sourced():
    places = [p for p in casus.load().corpus.geo.places.values() if p.control]
    assert len(places) >= 45
    assert all(c.sources for p in places for c in p.control)
    assert {"crimea", "kursk-oblast", "golan-heights", "okinawa", "senkaku", "taiwan", "akrotiri",
            "second-thomas-shoal", "scarborough-shoal", "nagorno-karabakh", "kaliningrad"} <= {p.id for p in places}


def test_the_senkakus_under_the_us_japan_treaty():
    """Art. V covers territories under Japan's administration: the Senkakus are covered whoever claims them."""
    d = casus.load().attack(by="CHN", on="JPN", date="2025-01-01", where="senkakus").to_dict()
    (us,) = [f for f in _defend(d, "JPN") if f["state"] == "USA"]
    assert us["status"] == "binding" and any("covered whoever claims it" in n for n in us["notes"])


def test_okinawa_before_and_after_reversion():
    s = casus.load()
    before = s.attack(by="RUS", on="JPN", date="1965-01-01", where="okinawa").to_dict()
    assert not [f for f in _defend(before, "JPN") if f["state"] == "USA"]
    after = s.attack(by="RUS", on="JPN", date="1975-01-01", where="okinawa").to_dict()
    assert [f for f in _defend(after, "JPN") if f["state"] == "USA" and f["status"] == "binding"]


def test_kursk_names_north_korea():
    d = casus.load().attack(by="UKR", on="RUS", date="2025-01-10", where="kursk").to_dict()
    (prk,) = [f for f in _defend(d, "RUS") if f["state"] == "PRK"]
    assert prk["treaty"]["id"] == "rus-prk-2024" and prk["treaty"]["article"] == "4" and prk["status"] == "binding"


def test_crimea_is_ukraines_under_international_law():
    d = casus.load().attack(by="UKR", on="RUS", date="2024-06-01", where="crimea").to_dict()
    fs = _defend(d, "RUS")
    assert fs and not [f for f in fs if f["status"] == "binding"]
    assert all(any("Ukraine's territory under international law, administered by Russia" in c
                   for c in f["open_conditions"]) for f in fs if f["status"] == "conditional")


def test_unrecognised_sovereignty(session):
    d = session.attack(by="PHI", on="CHN", date="2020-01-01", where="test-shoal").to_dict()
    assert any("sovereignty is disputed (claimed by Philippines, China)" in c
               for f in d["findings"] for c in f["open_conditions"]) or not _defend(d, "CHN")
    with pytest.raises(CasusError) as exc:
        session.attack(by="CHN", on="PHI", date="2010-01-01", where="test-shoal")
    assert exc.value.field == "where" and "no record of who held" in str(exc.value)


def test_both_engines_agree_at_a_held_place(session):
    sc = session.scenario("UKR", "RUS", "2020-01-01", where="test-peninsula")
    traced = {(f.obligor, f.duty, f.beneficiary): f.status
              for f in session.attack(by="UKR", on="RUS", date="2020-01-01", where="test-peninsula").findings
              if f.duty in ("defend", "join")}
    found, _ = compile_corpus(session.corpus).date_view(sc.date).cascade(sc)
    assert found == {k: v for k, v in traced.items() if k in found} and set(found) == set(traced)


@pytest.mark.parametrize("bad, field", [
    ("- {from: '2014-03-18', sovereign: UKR, administrator: RUS}", "places[0].control[0].sources"),
    ("- {from: 'spring', sovereign: UKR, administrator: RUS, sources: [s1]}", "places[0].control[0].from"),
    ("- {from: '2014-03-18', sovereign: Atlantis, administrator: RUS, sources: [s1]}",
     "places[0].control[0].sovereign"),
])
def test_bad_gazetteer_entries_are_named(bad, field):
    text = ("sources: [{id: s1, title: t, kind: primary}]\nplaces:\n  - id: x\n    name: X\n    tags: [europe]\n"
            "    control:\n" + "      " + bad + "\n")
    with pytest.raises(TreatyFileError) as exc:
        _session(text)
    assert exc.value.field == field


def test_akrotiri_does_not_engage_the_eus_mutual_assistance_clause():
    """RAF Akrotiri is UK territory on Cyprus: an Iranian attack there is an attack on the UK (NATO
    Art. 5 applies), and EU Art. 42(7) — Cyprus's pact — is said not to be engaged, with the reason."""
    d = casus.load().attack(by="IRN", on="UKG", where="akrotiri", date="2026-03-02").to_dict()
    assert any(f["treaty"]["id"] == "north-atlantic-1949" for f in _defend(d, "UKG"))
    (eu,) = [i for i in d["inactive"] if i["treaty"]["id"] == "eu-teu-42-7"]
    assert eu["why"] == "not_engaged" and "without being its territory" in eu["reason"] and "Cyprus" in eu["reason"]


# -- points (issue 12, part 5) ---------------------------------------------------------------

def test_a_ship_south_and_north_of_the_tropic_of_cancer():
    """NATO Art. 6 covers forces in the North Atlantic north of the Tropic of Cancer: a US ship at
    20° N, 40° W is outside, one at 30° N, 40° W inside."""
    s = casus.load()
    south = s.attack(by="RUS", on="USA", date="2025-01-01", where="20,-40").to_dict()
    north = s.attack(by="RUS", on="USA", date="2025-01-01", where="30,-40").to_dict()
    nato = lambda d: [f for f in _defend(d, "USA") if f["treaty"]["id"] == "north-atlantic-1949"]  # noqa: E731
    assert not nato(south) and any("lies outside" in x["reason"] for x in south["excluded"])
    assert nato(north) and all(f["status"] == "binding" for f in nato(north))
    assert north["scenario"]["where"]["point"] == [30.0, -40.0]


def test_a_point_on_land_is_that_states_territory():
    s = casus.load()
    home = s.scenario("RUS", "USA", "2025-01-01", where="38.9,-77.0")
    assert home.where.kind == "home" and home.where.sovereign == 2 and home.where.point == (38.9, -77.0)
    abroad = s.scenario("RUS", "USA", "2025-01-01", where="50.1,8.7")  # Frankfurt: US forces in Germany
    assert abroad.where.kind == "forces" and "state:255" in abroad.where.tags


def test_a_point_off_the_earth_is_refused_in_the_interfaces_words():
    with pytest.raises(CasusError) as exc:
        casus.load().attack(by="RUS", on="USA", date="2025-01-01", where="95,0")
    assert exc.value.field == "where" and "LAT,LON" in str(exc.value)


def test_a_gazetteer_source_says_how_close_it_is():
    from casus.importers.areas import AreaData, _add_gazetteer

    doc = {"sources": [{"id": "s1", "title": "t", "kind": "blog"}], "places": []}
    with pytest.raises(TreatyFileError) as exc:
        _add_gazetteer(AreaData((), {}, {}, {}), lambda x: x, set(), "areas/_gazetteer.yaml", doc)
    assert "sources[0].kind" in str(exc.value) and "primary, agency, secondary" in str(exc.value)
