"""Separate pacts: one state's pacts (plural) with a "with" list of others are one pact each, unless the text says
one pact among all; a second pact signed "the same day" ("उसी दिन ... एक सैन्य समझौते पर भी") is dated by the first
and kept apart from it (see :mod:`casus.news.candidates`).

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest

from casus.news import read_article


def _events(text: str, corpus, ref: str | None = None) -> list[tuple[str, tuple[str, ...], str | None]]:
    return sorted((e.type, e.parties, e.date) for e in read_article(text, reference_date=ref, corpus=corpus))


@pytest.mark.parametrize("text,want", [
    ("रीगा, 8 जून 1939। लिथुआनिया और लातविया के साथ फ़िनलैंड के अनाक्रमण समझौते आज से लागू हो गए।",
     [("entered_into_force", ("FIN", "LAT"), "1939-06-08"), ("entered_into_force", ("FIN", "LIT"), "1939-06-08")]),
    ("कीव, 3 मार्च 2024। यूक्रेन ने पोलैंड और रोमानिया के साथ द्विपक्षीय सुरक्षा समझौतों पर हस्ताक्षर किए।",
     [("signed", ("POL", "UKR"), "2024-03-03"), ("signed", ("RMN", "UKR"), "2024-03-03")]),
    ("BERLIN, June 7, 1939 - Germany signed non-aggression pacts with Estonia and Latvia today.",
     [("signed", ("EST", "GMY"), "1939-06-07"), ("signed", ("GMY", "LAT"), "1939-06-07")]),
])
def test_one_states_pacts_with_several_others_are_one_each(corpus, text, want):
    got = _events(text, corpus)
    want = [(t, tuple(sorted(p.replace("RMN", "ROM") for p in ps)), d) for t, ps, d in want]
    assert got == sorted(want)


@pytest.mark.parametrize("text", [
    "BERLIN, June 7, 1939 - Germany signed a joint non-aggression pact with Estonia and Latvia today.",
    "रीगा, 8 जून 1939। लिथुआनिया और लातविया के साथ फ़िनलैंड का अनाक्रमण समझौता आज से लागू हो गया।",
])
def test_one_pact_among_all_stays_one(corpus, text):
    events = _events(text, corpus)
    assert len(events) == 1 and len(events[0][1]) == 3


def test_a_second_pact_the_same_day_is_its_own(corpus):
    text = ("इतिहास। 4 मई 1920 को रोमानिया और पोलैंड के बीच गठबंधन की संधि पर हस्ताक्षर हुए। यह संधि पाँच साल के लिए "
            "थी। उसी दिन रोमानिया, पोलैंड और चेकोस्लोवाकिया के सेनाध्यक्षों ने एक सैन्य समझौते पर भी दस्तख़त किए।")
    assert _events(text, corpus) == [("signed", ("CZE", "POL", "ROM"), "1920-05-04"),
                                     ("signed", ("POL", "ROM"), "1920-05-04")]


def test_the_same_pact_also_signed_stays_one(corpus):
    text = ("PARIS, May 4, 1920 - Romania and Poland signed a treaty of alliance today. Romania, Poland and France "
            "also signed the treaty.")
    assert _events(text, corpus) == [("signed", ("FRN", "POL", "ROM"), "1920-05-04")]


@pytest.mark.parametrize("text,want", [
    # several states each making a pact with one
    ("OSLO, 3 March 2024 - Norway and Denmark each signed a bilateral defence agreement with Ukraine on Sunday.",
     [("signed", ("DEN", "UKR"), "2024-03-03"), ("signed", ("NOR", "UKR"), "2024-03-03")]),
    # pacts counted, one state their subject
    ("WELLINGTON, June 5, 2018 - New Zealand's parliament on Tuesday ratified two agreements that let the armed forces "
     "of Australia and Fiji train on its soil.",
     [("ratified", ("AUL", "NEW"), "2018-06-05"), ("ratified", ("FIJ", "NEW"), "2018-06-05")]),
    # each pact with its own "with"
    ("CAIRO, 3 May 2021 - Egypt signed a military cooperation agreement with Sudan and a defence protocol with Kenya "
     "on Monday.",
     [("signed", ("EGY", "KEN"), "2021-05-03"), ("signed", ("EGY", "SUD"), "2021-05-03")]),
])
def test_one_states_pacts_told_otherwise_are_one_each(corpus, text, want):
    assert _events(text, corpus) == sorted(want)


@pytest.mark.parametrize("text", [
    # "along with" names no partner: one pact, not one with Japan and one with India
    "CANBERRA, 3 May 2020 - Australia, along with Japan, signed a defence agreement with India on Monday.",
    # two states the subject of pacts counted: not one state's pacts with others
    "LISBON, 4 May 1920 - Romania, Poland and Portugal signed two military conventions today.",
])
def test_no_one_state_no_split(corpus, text):
    events = _events(text, corpus)
    # (each of the events names all three states; "two military conventions" are two signings of the three,
    # casus.news.documents)
    assert len(events) == (2 if "two" in text else 1) and all(len(e[1]) == 3 for e in events)
    assert len(set(events)) == 1
