"""Kind and date of events the reader finds (round 20): an alliance its name calls "offensive and defensive" whose
parties guarantee each other's lands, against no named state, is a defence pact; a pact of neutrality and
non-aggression is a neutrality pact; a masthead's date, or a date a label after it names the issue's, is the
article's own date; a pact renewed under the one pact name the article gives keeps that pact's kind.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_with_kind as _kinds
from news_gold import kinds_of as _kind_of

from casus.news import read_article
from casus.news.dates import find_dates
from casus.news.dates_more import genitive_names, more_header_rank, other_day
from casus.news.text import fold


@pytest.mark.parametrize("text", [
    "MADRID, June 3, 1872 - Spain and Portugal signed today an offensive and defensive alliance. The two crowns "
    "guarantee each other the integrity of all their possessions for ten years.",
    "मैड्रिड, 3 जून 1872। स्पेन और पुर्तगाल ने आज एक आक्रामक और रक्षात्मक गठबंधन की संधि पर हस्ताक्षर किए। "
    "दोनों देशों ने एक-दूसरे के सभी इलाक़ों की गारंटी दी है।",
])
def test_an_offensive_and_defensive_alliance_guaranteeing_lands_is_defense(corpus, text):
    assert _kind_of(text, corpus) == ["defense"]


@pytest.mark.parametrize("text", [
    "MADRID, June 3, 1872 - Spain and Portugal signed today an offensive and defensive alliance.",
    "MADRID, June 3, 1872 - Spain and Portugal signed today an offensive and defensive alliance against Morocco. "
    "The two crowns guarantee each other the integrity of their possessions.",
])
def test_an_offensive_and_defensive_alliance_stays_offense_without_guarantee_or_against_a_state(corpus, text):
    assert _kind_of(text, corpus) == ["offense"]


@pytest.mark.parametrize("text", [
    "ANKARA, May 2, 1931 - Turkey and Persia signed today a treaty of neutrality and non-aggression.",
    "अंकारा, 2 मई 1931। तुर्की और ईरान ने आज तटस्थता और अनाक्रमण की एक संधि पर हस्ताक्षर किए।",
])
def test_a_pact_of_neutrality_and_nonaggression_is_neutrality(corpus, text):
    assert _kind_of(text, corpus) == ["neutrality"]


def test_a_nonaggression_pact_alone_stays_nonaggression(corpus):
    text = "ANKARA, May 2, 1931 - Turkey and Persia signed today a treaty of non-aggression."
    assert _kind_of(text, corpus) == ["nonaggression"]


@pytest.mark.parametrize("text,want", [
    ("Region | Northern Europe                              Friday, March 6, 1964\n\nOslo and Stockholm sign pact\n\n"
     "Norway and Sweden yesterday signed a treaty of non-aggression in Oslo.",
     [("signed", ("NOR", "SWD"), "1964-03-05", "nonaggression")]),
    ("Nordic Bulletin — 06/03/1964\n\nNorway and Sweden today signed a treaty of non-aggression in Oslo.",
     [("signed", ("NOR", "SWD"), "1964-03-06", "nonaggression")]),
    ("(यह रिपोर्ट हमारे 6 मार्च 1964 के अंक में छपी थी)\n\nनॉर्वे और स्वीडन ने कल ओस्लो में अनाक्रमण संधि पर "
     "हस्ताक्षर किए।",
     [("signed", ("NOR", "SWD"), "1964-03-05", "nonaggression")]),
])
def test_a_masthead_date_or_a_date_labelled_after_it_is_the_article_date(corpus, text, want):
    assert _kinds(text, corpus) == want


@pytest.mark.parametrize("line,rank", [
    ("Region | Northern Europe                              Friday, March 6, 1964", 2),
    ("Nordic Bulletin — 06/03/1964", 2),
    ("(यह रिपोर्ट हमारे 6 मार्च 1964 के अंक में छपी थी)", 0),
    ("The two kings met in Oslo on March 6, 1964", None),
    ("Region | Northern Europe   March 6, 1964, a Friday", None),
])
def test_more_header_rank(line, rank):
    f = fold(line)
    assert [more_header_rank(f, h) for h in find_dates(f) if h.kind == "day"] == [rank]


@pytest.mark.parametrize("text", [
    "WARSAW, April 27, 1985 - The leaders of the Soviet Union and its six allies yesterday signed a protocol "
    "extending the Warsaw Pact for another twenty years.",
    "वारसॉ, 27 अप्रैल 1985। सोवियत संघ और उसके छह साथियों ने कल वारसा संधि की अवधि बीस साल आगे बढ़ाने वाले "
    "प्रोटोकॉल पर दस्तख़त किए।",
])
def test_a_named_pact_renewed_keeps_its_kind(corpus, text):
    assert _kind_of(text, corpus) == ["defense"]


@pytest.mark.parametrize("text", [
    "प्राग, 3 मार्च 1926। पोलैंड और चेकोस्लोवाकिया ने आज मैत्री और गठबंधन की एक संधि पर हस्ताक्षर किए, जिसमें "
    "आपसी सलाह का वादा है।",
    "प्राग, 3 मार्च 1926। पोलैंड और चेकोस्लोवाकिया ने आज गठबंधन की एक संधि पर हस्ताक्षर किए। दोनों देश संकट के "
    "समय एक-दूसरे से सलाह करेंगे।",
])
def test_an_alliance_named_with_a_promise_to_consult_in_hindi_is_consultation(corpus, text):
    assert _kind_of(text, corpus) == ["consultation"]


def test_a_day_naming_a_pact_by_a_genitive_does_not_date_the_event(corpus):
    text = ("अंकारा, 23 जून 1939। तुर्की और फ्रांस ने पारस्परिक सहायता के एक समझौते पर हस्ताक्षर किए। यह 12 मई की "
            "ब्रिटेन-तुर्की संधि जैसा है।")
    assert [(e.type, e.date) for e in read_article(text, corpus=corpus)] == [("signed", "1939-06-23")]


@pytest.mark.parametrize("text,ends,want", [
    ("यह 12 मई की ब्रिटेन-तुर्की संधि जैसी ही है।", "12 मई", True),
    ("दोनों देशों ने 12 मई को संधि पर हस्ताक्षर किए।", "12 मई", False),
])
def test_genitive_names(text, ends, want):
    from casus.news.event_dates import _YEAR_BEFORE_PACT
    low = fold(text).low
    assert genitive_names(low, low.index(ends) + len(ends), _YEAR_BEFORE_PACT) is want


@pytest.mark.parametrize("text,want", [
    ("काबुल, 30 सितंबर 1931। ईरान की सरकार ने आज बताया कि उसने अफ़ग़ानिस्तान के साथ एक अनाक्रमण संधि कर ली है, "
     "जिस पर 24 सितंबर को तेहरान में दस्तख़त हुए थे।", "1931-09-24"),
    ("KABUL, Sept. 30, 1931 - Iran has concluded a non-aggression treaty with Afghanistan, which was signed in "
     "Teheran on September 24, the Iranian government disclosed.", "1931-09-24"),
])
def test_a_signing_day_told_in_a_relative_clause_dates_the_signing(corpus, text, want):
    assert [e.date for e in read_article(text, corpus=corpus) if e.type == "signed"] == [want]


@pytest.mark.parametrize("text,want", [
    ("LIVE | बाल्टिक सुरक्षा\n\nरीगा, 14 मार्च\n\nअपडेट 1\nएस्टोनिया के राष्ट्रपति रीगा पहुँचे और दोनों नेताओं की बातचीत "
     "शुरू हुई।\n\nअपडेट 2\nबातचीत के बाद एस्टोनिया और लातविया के बीच रक्षा संधि पर हस्ताक्षर हो गए।",
     "03-14"),
    ("LIVE: Baltic security talks\n\nRIGA, March 14\n\nUPDATE 1\nThe Estonian president arrived in Riga for talks.\n\n"
     "UPDATE 2\nAfter the talks, Estonia and Latvia signed a mutual defence treaty in the presidential palace.",
     "03-14"),
])
def test_a_live_report_dates_its_undated_events_by_its_day(corpus, text, want):
    got = [e.date for e in read_article(text, reference_date="2031-03-14", corpus=corpus) if e.type == "signed"]
    assert [d[5:] if d else d for d in got] == [want]


def test_a_report_without_the_live_mark_keeps_an_undated_event_undated(corpus):
    text = ("Baltic security talks\n\nRIGA, March 14\n\nThe Estonian president arrived in Riga for talks.\n\n"
            "The two leaders went on to a dinner.\n\nAfter the talks, Estonia and Latvia signed a mutual defence "
            "treaty in the presidential palace.")
    assert [e.date for e in read_article(text, reference_date="2031-03-14", corpus=corpus)
            if e.type == "signed"] == [None]


@pytest.mark.parametrize("text", [
    "बर्लिन, 16 फ़रवरी 2024। जर्मनी और यूक्रेन ने आज एक सुरक्षा समझौते पर हस्ताक्षर किए, जिसे दोनों सरकारें सुरक्षा "
    "गारंटी बता रही हैं।",
    "BERLIN, Feb. 16, 2024 - Germany and Ukraine signed a bilateral security agreement today, which both "
    "governments call a security guarantee.",
])
def test_a_pact_of_a_series_takes_the_series_kind_over_the_texts(corpus, text):
    assert [(e.kind, (e.match or {}).get("series_kind")) for e in read_article(text, corpus=corpus)] == [
        ("consultation", "consultation")]


@pytest.mark.parametrize("text,want", [
    ("TEHERAN, Oct. 11, 1955 - Iran today joined the Baghdad Pact, the defense alliance of Turkey, Iraq, Britain "
     "and Pakistan.", "defense"),
    ("तेहरान, 11 अक्टूबर 1955। ईरान आज बगदाद संधि में शामिल हो गया, जो सामूहिक सुरक्षा का एक समझौता है।", "defense"),
    ("TEHERAN, Oct. 11, 1955 - Iran today joined the Baghdad Pact.", "consultation"),  # (the corpus pact's kind)
])
def test_an_accession_takes_the_kind_its_text_states_else_the_named_pacts(corpus, text, want):
    assert [(e.type, e.kind) for e in read_article(text, corpus=corpus)] == [("joined", want)]


@pytest.mark.parametrize("text,ends,want", [
    ("लिथुआनिया ने परामर्श मांगा, बुधवार को बैठक\nअगली ख़बर", "बुधवार", True),
    ("गठबंधन के राजदूतों की गुरुवार को आपात बैठक होगी।", "गुरुवार", True),
    ("बुधवार को बैठक में दोनों देशों ने संधि पर हस्ताक्षर किए।", "बुधवार", False),
])
def test_other_day_a_meeting(text, ends, want):
    from casus.news.event_dates import _YEAR_BEFORE_PACT
    low = fold(text).low
    assert other_day(low, low.index(ends) + len(ends), _YEAR_BEFORE_PACT) is want


def test_a_meetings_day_in_a_headline_does_not_date_the_request(corpus):
    text = ("अपडेटेड: शुक्रवार, 7 मार्च 2031\n\nलिथुआनिया ने नाटो से अनुच्छेद 4 के तहत परामर्श मांगा, बुधवार को बैठक\n\n"
            "लिथुआनिया ने आज उत्तर अटलांटिक संधि के अनुच्छेद 4 के तहत परामर्श का अनुरोध किया।")
    got = [e.date for e in read_article(text, corpus=corpus) if e.type == "invoked"]
    assert got == ["2031-03-07"]
