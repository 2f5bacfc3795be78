"""The states layer on the real bundled data: COW v2024, CLDR names, curated names."""

from __future__ import annotations

import csv
import io
import statistics
import time
from datetime import date
from importlib import resources

import pytest
import yaml
from babel import Locale
from hypothesis import given, settings
from hypothesis import strategies as st

from casus.errors import UnknownStateError
from casus.importers.cow_states import load_states
from casus.model.states import DatedName, State, StateRegistry, StateSpan, normalize_query

R = load_states()
TODAY = date(2025, 1, 1)
CURRENT = [s for s in R if s.is_current]
#: Current states whose ISO3 is another state's COW abbreviation (current or former); the COW
#: abbreviation always wins a bare query (see casus.model.states), "iso:" picks the ISO code.
ISO3_SHADOWED_BY_COW = {"AUS": (305, 900), "SWZ": (225, 572), "MNG": (341, 712), "SLV": (349, 92),
                        "CZE": (315, 316), "KOR": (730, 732)}


def _data(name: str) -> str:
    return resources.files("casus").joinpath("data").joinpath("states").joinpath(name).read_text("utf-8")


def _is_devanagari(text: str) -> bool:
    return any(0x0900 <= ord(ch) <= 0x097F for ch in text)


# --- the data -------------------------------------------------------------------


def test_state_count_matches_cow_v2024():
    rows = list(csv.DictReader(io.StringIO(_data("statelist2024.csv"))))
    assert len(rows) == 244
    assert len({r["ccode"] for r in rows}) == 217
    assert len(R) == 217
    assert sum(len(s.spans) for s in R) == 244


def test_load_is_cached():
    assert load_states() is R


def test_censored_spells_are_open_and_spans_inclusive():
    assert R.get(2).spans[-1].end is None
    assert R.get(2).is_current
    gfr = R.get(260)
    assert gfr.is_member(date(1990, 10, 2)) and not gfr.is_member(date(1990, 10, 3))
    assert gfr.end == date(1990, 10, 2) and not gfr.is_current
    assert all(sp.end is None or sp.end < date(2024, 12, 31) for s in R for sp in s.spans)


@pytest.mark.parametrize(
    "ccode, iso2, iso3",
    [(365, "RU", "RUS"), (731, "KP", "PRK"), (732, "KR", "KOR"), (260, None, None),
     (255, "DE", "DEU"), (345, "RS", "SRB"), (315, None, None), (316, "CZ", "CZE"),
     (347, None, None), (2, "US", "USA"), (713, "TW", "TWN"), (265, None, None)],
)
def test_iso_codes(ccode, iso2, iso3):
    s = R.get(ccode)
    assert (s.iso2, s.iso3) == (iso2, iso3)


def test_every_historical_entry_has_a_source_and_hindi():
    entries = yaml.safe_load(_data("historical_names.yaml"))
    assert len(entries) >= 30
    for e in entries:
        assert isinstance(e.get("source"), str) and e["source"].strip(), e
        assert _is_devanagari(e["hi"]), e
        assert e["ccode"] in R


def test_every_state_without_iso_has_a_curated_name():
    for s in R:
        if s.iso3 is None:
            assert any(not n.source.startswith("CLDR via babel") for n in s.names), s.ccode
            assert _is_devanagari(s.name_on(None, "hi")), s.ccode


def test_every_current_state_has_a_devanagari_hindi_name():
    for s in CURRENT:
        assert _is_devanagari(s.name_on(TODAY, "hi")), s.label()
        assert _is_devanagari(s.name_on(None, "hi")), s.label()


def test_cldr_names_carry_their_source():
    name = R.get(731).names[0]
    assert isinstance(name, DatedName) and name.source.startswith("CLDR via babel")
    assert (name.en, name.hi) == ("North Korea", "उत्तर कोरिया")


# --- resolve ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", [731, "731", " 731 ", "PRK", "prk", "North Korea", "north korea", "उत्तर कोरिया",
              "DPRK", "D.P.R.K.", "KP", "kp", "७३१"],
)
def test_resolve_north_korea(query):
    assert R.resolve(query).ccode == 731


@pytest.mark.parametrize(
    "query, ccode",
    [("America", 2), ("अमेरिका", 2), ("US", 2), ("U.S.", 2), ("United States", 2),
     ("संयुक्त राज्य अमेरिका", 2), ("Soviet Union", 365), ("USSR", 365), ("सोवियत संघ", 365),
     ("South Korea", 732), ("ROK", 732), ("दक्षिण कोरिया", 732), ("Britain", 200),
     ("UK", 200), ("Great Britain", 200), ("England", 200), ("ब्रिटेन", 200),
     ("Russia", 365), ("रूस", 365), ("China", 710), ("PRC", 710), ("चीन", 710),
     ("Japan", 740), ("जापान", 740), ("Türkiye", 640), ("Turkey", 640), ("turkiye", 640),
     ("Holland", 210), ("Persia", 630), ("Burma", 775), ("Ivory Coast", 437),
     ("Côte d'Ivoire", 437), ("Czechia", 316), ("North Macedonia", 343), ("Macedonia", 343),
     ("Eswatini", 572), ("Swaziland", 572), ("Taiwan", 713), ("यूक्रेन", 369),
     ("Ukraine", 369), ("the Gambia", 420), ("Saint Lucia", 56), ("St. Lucia", 56),
     ("Antigua and Barbuda", 58), ("Prussia", 255), ("Ottoman Empire", 640),
     ("Austria-Hungary", 300), ("Austria", 305), ("West Germany", 260), ("GDR", 265),
     ("Czechoslovakia", 315), ("Yugoslavia", 345), ("Korea", 730), ("South Vietnam", 817),
     ("Zanzibar", 511), ("Papal States", 327), ("Two Sicilies", 329), ("Württemberg", 271),
     ("Wuerttemburg", 271), ("Kosovo", 347), ("कोसोवो", 347), ("Yemen Arab Republic", 678),
     ("South Yemen", 680), ("जाम्बिया", 551), ("ज़ाम्बिया", 551), ("Myanmar", 775),
     ("म्यांमार", 775), ("iso:CZE", 316), ("iso:KOR", 732), ("iso:AUS", 900), ("cow:AUS", 305),
     ("ccode:2", 2), ("iso2:de", 255)],
)
def test_resolve_names_aliases_codes(query, ccode):
    assert R.resolve(query).ccode == ccode


def test_resolve_yugoslavia_serbia():
    yug, srb = R.resolve("YUG"), R.resolve("SRB")
    assert yug is srb and yug.ccode == 345
    assert yug.abbrev_on(date(2000, 1, 1)) == "YUG"
    assert yug.abbrev_on(date(2010, 1, 1)) == "SRB"
    assert yug.abbrev_on(date(2006, 6, 3)) == "SRB"  # both spells hold that day
    assert yug.abbrev == "SRB" and yug.name == "Serbia"
    assert yug.name_on(date(1950, 1, 1)) == "Yugoslavia"
    assert yug.name_on(date(1950, 1, 1), "hi") == "यूगोस्लाविया"
    assert yug.name_on(date(2010, 1, 1)) == "Serbia"


def test_soviet_union_names_by_date():
    s = R.resolve("Soviet Union")
    assert s.ccode == 365
    assert s.name_on(date(1980, 1, 1)) == "Soviet Union"
    assert s.name_on(date(1980, 1, 1), "hi") == "सोवियत संघ"
    assert s.name_on(date(2025, 1, 1), "hi") == Locale.parse("hi").territories["RU"]
    assert s.name_on(date(2025, 1, 1)) == "Russia"
    assert s.name_on(date(1900, 1, 1)) == "Russian Empire"
    assert s.name_on(date(1991, 12, 25)) == "Soviet Union"
    assert s.name_on(date(1991, 12, 26)) == "Russia"


def test_prussia_and_other_periods():
    g = R.get(255)
    assert g.name_on(date(1866, 6, 1)) == "Prussia"
    assert g.name_on(date(1866, 6, 1), "hi") == "प्रशा"
    assert g.name_on(date(1900, 1, 1)) == "German Empire"
    assert g.name_on(date(2000, 1, 1)) == "Germany"
    assert R.get(300).name_on(date(1850, 1, 1)) == "Austrian Empire"
    assert R.get(300).name_on(date(1900, 1, 1)) == "Austria-Hungary"
    assert R.get(300).name_on() == "Austria-Hungary"  # a former state: its last day
    assert R.get(640).name_on(date(1900, 1, 1)) == "Ottoman Empire"
    assert R.get(640).name_on(date(1950, 1, 1), "hi") == Locale.parse("hi").territories["TR"]


def test_label_and_lang():
    assert R.get(731).label(TODAY) == "North Korea (PRK, 731)"
    assert R.get(731).label(TODAY, "hi") == "उत्तर कोरिया (PRK, 731)"
    with pytest.raises(ValueError):
        R.get(731).name_on(TODAY, "fr")


def test_hindi_falls_back_to_english():
    s = State(1, "XXX", "Nowhere", None, None, (StateSpan(date(1900, 1, 1), None, "XXX"),),
              (DatedName(None, None, "Nowhereland", None, "test"),))
    assert s.name_on(None, "hi") == "Nowhereland"
    bare = State(1, "XXX", "Nowhere", None, None, (StateSpan(date(1900, 1, 1), None, "XXX"),))
    assert bare.name_on(None, "hi") == "Nowhere"
    assert StateRegistry([s]).resolve("nowhereland") is s


def test_unknown_state_suggests_close_names():
    with pytest.raises(UnknownStateError) as err:
        R.resolve("Nort Korea")
    assert "North Korea" in str(err.value)
    assert "North Korea" in err.value.suggestions and len(err.value.suggestions) <= 3
    with pytest.raises(UnknownStateError) as err:
        R.resolve("Rusia")
    assert "Russia" in err.value.suggestions
    with pytest.raises(UnknownStateError) as err:
        R.resolve("रूश")
    assert "रूस" in err.value.suggestions
    for bad in ("", "   ", "Atlantis", 999, "999", "cow:XYZ", "iso:ZZ"):
        with pytest.raises(UnknownStateError):
            R.resolve(bad)
    with pytest.raises(UnknownStateError):
        R.get(999)
    with pytest.raises(TypeError):
        R.resolve(3.5)  # type: ignore[arg-type]


def test_container_protocol():
    assert 731 in R and 999 not in R and "731" not in R
    assert [s.ccode for s in R] == sorted(s.ccode for s in R)


def test_every_curated_alias_resolves_to_its_state():
    for ccode, names in yaml.safe_load(_data("aliases.yaml")).items():
        for a in names:
            assert R.resolve(str(a)).ccode == ccode, a
    for e in yaml.safe_load(_data("historical_names.yaml")):
        for text in [e["en"], e["hi"], *e.get("aliases", [])]:
            got = R.resolve(text)
            assert got.ccode == e["ccode"] or (got.is_current and not R.get(e["ccode"]).is_current), text


def test_no_two_current_states_share_a_name():
    seen: dict[str, int] = {}
    for s in CURRENT:
        for text in s.all_names():
            key = normalize_query(text)
            assert seen.setdefault(key, s.ccode) == s.ccode, (text, seen[key], s.ccode)


# --- members, search, speed -------------------------------------------------------


def test_members_on():
    today = {s.ccode for s in R.members_on(date(2025, 1, 1))}
    assert {731, 365, 2, 255, 316, 345, 347}.issubset(today)
    assert not today & {260, 265, 315, 300, 817}
    assert len(today) == len(CURRENT) == 195
    first = R.members_on(date(1816, 1, 1))
    assert first and {2, 200, 255, 365} <= {s.ccode for s in first}
    assert {s.ccode for s in R.members_on(date(1980, 1, 1))} >= {260, 265, 315, 365}


def test_search():
    assert {s.ccode for s in R.search("korea")} == {730, 731, 732}
    assert R.search("North Korea")[0].ccode == 731
    assert {s.ccode for s in R.search("कोरिया")} >= {731, 732}
    assert [s.ccode for s in R.search("germ")][:1] == [255]
    assert {260, 265} <= {s.ccode for s in R.search("germany")}
    assert R.search("Nort Korea")[0].ccode == 731  # fuzzy
    assert len(R.search("a", limit=5)) == 5
    assert R.search("") == [] and R.search("zzzzzzzz") == []


def test_resolve_is_fast():
    queries = ["North Korea", "उत्तर कोरिया", "PRK", "731", "U.S.", "Soviet Union", "KP"]
    timings = []
    for q in queries * 200:
        t = time.perf_counter()
        R.resolve(q)
        timings.append(time.perf_counter() - t)
    assert statistics.median(timings) < 50e-6


# --- round trips (hypothesis) -----------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(state=st.sampled_from(CURRENT), day=st.dates(date(1816, 1, 1), TODAY))
def test_round_trip_current_states(state, day):
    assert R.resolve(state.abbrev_on(day)).ccode == state.ccode
    assert R.resolve(state.abbrev_on()).ccode == state.ccode
    assert R.resolve(state.name_on(TODAY, "hi")).ccode == state.ccode
    assert R.resolve(state.name_on(TODAY, "en")).ccode == state.ccode
    assert R.resolve(state.ccode) is state and R.resolve(str(state.ccode)) is state
    if state.iso3:
        assert R.resolve(f"iso:{state.iso3}") is state
        assert R.resolve(state.iso2.lower()) is state
        if state.iso3 in ISO3_SHADOWED_BY_COW:
            cow, iso = ISO3_SHADOWED_BY_COW[state.iso3]
            assert R.resolve(state.iso3).ccode == cow
            assert R.resolve(f"iso3:{state.iso3}").ccode == iso
        else:
            assert R.resolve(state.iso3) is state


def test_round_trip_every_current_state_exhaustively():
    # the hypothesis test samples; this one walks every current state once
    for s in CURRENT:
        assert R.resolve(s.abbrev_on(TODAY)) is s
        assert R.resolve(s.name_on(TODAY, "hi")) is s
        assert R.resolve(s.label(TODAY).split(" (")[0]) is s
        if s.iso3 and s.iso3 not in ISO3_SHADOWED_BY_COW:
            assert R.resolve(s.iso3) is s


# -- names that always resolve (issue 15) ------------------------------------------------------------

@pytest.mark.parametrize("query,ccode", [("CZE", 315), ("KOR", 730), ("CZR", 316), ("ROK", 732), ("Czechia", 316),
                                         ("DEU", 255), ("SRB", 345)])
def test_a_cow_abbreviation_always_means_its_cow_state(query, ccode):
    assert R.resolve(query).ccode == ccode


def test_every_cow_abbreviation_of_every_year_resolves_to_its_state():
    """What the page writes into its share links (the COW abbreviation on the date) reopens the same state, for
    every state and every year it was a member."""
    wrong = []
    for state in R:
        for span in state.spans:
            for year in range(span.start.year, (span.end or date.today()).year + 1):
                d = max(span.start, min(date(year, 7, 1), span.end or date.today()))
                if R.resolve(state.abbrev_on(d)).ccode != state.ccode:
                    wrong.append((state.ccode, year, state.abbrev_on(d)))
    assert wrong == []


def test_suggestions_include_cow_codes():
    with pytest.raises(UnknownStateError) as err:
        R.resolve("SER")
    assert err.value.suggestions[0] == "SRB"
    assert len(err.value.suggestions) <= 3


def test_a_code_that_names_another_state_on_the_date_is_suggested(corpus):
    from casus.errors import InvalidScenarioError

    with pytest.raises(InvalidScenarioError, match=r"did you mean South Korea \(ROK\)"):
        corpus.scenario("KOR", "JPN", "2025-01-01")
