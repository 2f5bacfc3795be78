"""Fifth round of general forms (Hindi): a decision to end a pact taken, not renewing a pact, agreeing to conclude
one, the states whose pact one joins named in the genitive, one state's separate bilateral pacts, a year before a
long pact name, troop-deployment and military-cooperation agreements in the plural, Devanagari initials, a
neighbouring sentence whose trigger is only a noun, spellings of state names and continents named after a state.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh
sets); reference date Thursday 2024-06-20, so "मंगलवार" is 2024-06-18.
"""

from __future__ import annotations

import pytest

from casus.news import read_article
from casus.news.text import fold, split_sentences

REF = "2024-06-20"


def _full(text: str, corpus, ref: str = REF) -> list[tuple[str, tuple[str, ...], str | None, str | None]]:
    return [(e.type, e.parties, e.date, e.kind) for e in read_article(text, reference_date=ref, corpus=corpus)]


@pytest.mark.parametrize("text,want", [
    # a decision to end a pact, reported as taken, is the act
    ("पेरू सरकार ने मंगलवार को चिली के साथ रक्षा संधि को खत्म करने का फैसला किया।",
     [("withdrew", ("PER",), "2024-06-18")]),
    # not renewing a pact at its term, decided: a withdrawal
    ("पेरू ने मंगलवार को चिली के साथ रक्षा संधि का विस्तार न करने का निर्णय लिया।",
     [("withdrew", ("PER",), "2024-06-18")]),
    ("पेरू ने मंगलवार को चिली के साथ हुई रक्षा संधि आगे न बढ़ाने का फ़ैसला किया।",
     [("withdrew", ("PER",), "2024-06-18")]),
    # ... but not a trade deal's, nor a decision about anything but a pact
    ("पेरू ने मंगलवार को चिली के साथ व्यापार समझौते का विस्तार न करने का फैसला किया।", []),
    ("पेरू ने मंगलवार को अपनी सेना का विस्तार न करने का फैसला किया।", []),
    # agreeing to conclude a pact is an announcement; an agreement already reached before is background
    ("पेरू और चिली ने मंगलवार को एक दीर्घकालिक रक्षा समझौता करने पर सहमति जताई।",
     [("announced", ("CHL", "PER"), "2024-06-18")]),
    ("पेरू और चिली ने पिछले दशक में एक रक्षा समझौता करने पर सहमति जताई थी।", []),
])
def test_hindi_verb_forms_of_the_fifth_round(corpus, text, want):
    assert [x[:3] for x in _full(text, corpus)] == want


def test_the_states_whose_pact_one_joins_are_not_the_joiner(corpus):
    text = "बोलीविया मंगलवार को पेरू, इक्वाडोर और चिली की रक्षा संधि में शामिल हो गया।"
    assert [x[:3] for x in _full(text, corpus)] == [("joined", ("BOL",), "2024-06-18")]


def test_separate_bilateral_pacts_are_one_event_each(corpus):
    text = "पेरू ने मंगलवार को बोलीविया, इक्वाडोर और चिली के साथ तीन अलग-अलग रक्षा समझौतों पर हस्ताक्षर किए।"
    assert sorted(x[:3] for x in _full(text, corpus)) == [
        ("signed", ("BOL", "PER"), "2024-06-18"), ("signed", ("CHL", "PER"), "2024-06-18"),
        ("signed", ("ECU", "PER"), "2024-06-18")]
    # pacts signed together, not separately: one event
    one = "पेरू ने मंगलवार को बोलीविया, इक्वाडोर और चिली के साथ एक रक्षा समझौते पर हस्ताक्षर किए।"
    assert [x[:2] for x in _full(one, corpus)] == [("signed", ("BOL", "CHL", "ECU", "PER"))]


def test_a_year_before_a_long_pact_name_names_the_pact(corpus):
    text = "पेरू ने चिली के साथ 1990 की मैत्री, सहयोग और पारस्परिक सहायता संधि को रद्द कर दिया है।"
    assert [x[:3] for x in _full(text, corpus)] == [("withdrew", ("PER",), "2024-06-20")]
    # a year before a time word dates the event, not the pact
    old = "पेरू ने 1990 के चुनाव के बाद चिली के साथ रक्षा संधि को रद्द कर दिया।"
    assert _full(old, corpus) == []


@pytest.mark.parametrize("text,want", [
    # a troop-deployment agreement and military cooperation agreements (plural): security pacts with no defence duty
    ("तुर्की की संसद ने मंगलवार को कतर के साथ सैनिक तैनाती के समझौते को मंजूरी दी।",
     [("ratified", ("QAT", "TUR"), "2024-06-18", "none")]),
    ("तुर्की की संसद ने मंगलवार को कतर के साथ दो सैन्य सहयोग समझौतों को मंजूरी दे दी।",
     [("ratified", ("QAT", "TUR"), "2024-06-18", "none")] * 2),  # (two agreements: two, casus.news.documents)
])
def test_security_pacts_without_a_defence_duty(corpus, text, want):
    assert _full(text, corpus) == want


def test_devanagari_initials_do_not_end_a_sentence():
    f = fold("विदेश मंत्री जे. एल. गार्सिया ने मंगलवार को बयान दिया। अगला वाक्य यहां है.")
    assert [f.base[a:b] for a, b in split_sentences(f)] == [
        "विदेश मंत्री जे. एल. गार्सिया ने मंगलवार को बयान दिया।", "अगला वाक्य यहां है."]


def test_a_neighbour_whose_trigger_is_only_a_noun_dates_the_event(corpus):
    text = ("पेरू सरकार ने चिली के साथ रक्षा संधि को खत्म करने का फैसला किया है। विदेश मंत्रालय की घोषणा के अनुसार "
            "मंत्री जे. एल. गार्सिया ने मंगलवार को चिली के राजदूत को बयान सौंपा।")
    assert [x[:3] for x in _full(text, corpus)] == [("withdrew", ("PER",), "2024-06-18")]


def test_state_spellings_and_continents(corpus):
    text = "दक्षिण अमेरिका में ब्राज़ील और उरुग्वे ने मंगलवार को एक रक्षा संधि पर हस्ताक्षर किए।"
    assert [x[:3] for x in _full(text, corpus)] == [("signed", ("BRA", "URU"), "2024-06-18")]
    text = "सोलोमन आइलैंड्स और पापुआ न्यू गिनी ने मंगलवार को एक सुरक्षा संधि पर हस्ताक्षर किए।"
    assert [x[:2] for x in _full(text, corpus)] == [("signed", ("PNG", "SOL"))]
