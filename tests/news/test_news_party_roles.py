"""Which states are parties: a state the text calls a government or a republic while out of the state system (before
its entry, or in a gap: a government in exile), alone or with another ("the governments of Georgia and Azerbaijan",
"जॉर्जिया और अज़रबैजान की सरकारों"); a state named as the place of the act ("यूनान के रोड्स द्वीप पर") is none; a
named pact's members named all together ("the three member states", "तीनों देशों") are its members that day; a state
in a comparison's compound ("a Franco-German-style framework") is none; the state asked for help is not the one
invoking (see :mod:`casus.news.parties`, :mod:`casus.news.invocation_phrasings`).

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest

from casus.news import read_article


def _events(text: str, corpus, ref: str | None = None) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(e.type, e.parties, e.date) for e in read_article(text, reference_date=ref, corpus=corpus)]


@pytest.mark.parametrize("text,want", [
    ("LONDON, July 31, 1941 - A treaty of alliance between the British Government and the Polish Government was "
     "signed here today.", [("signed", ("POL", "UKG"), "1941-07-31")]),
    ("LONDON, July 31, 1941 - A treaty of mutual assistance between the Government of the Polish Republic and "
     "Britain was signed here today.", [("signed", ("POL", "UKG"), "1941-07-31")]),
    ("RIO DE JANEIRO, Oct. 12, 1851 - A treaty of alliance between Brazil and the Government of the Oriental "
     "Republic of the Uruguay was concluded here today.", [("signed", ("BRA", "URU"), "1851-10-12")]),
    # two states whose governments are named together (Georgia and Azerbaijan, out of the system in 1919)
    ("TIFLIS, June 17, 1919 - The Georgian and Azerbaijani governments yesterday signed a defensive alliance "
     "treaty.", [("signed", ("AZE", "GRG"), "1919-06-16")]),
    ("TIFLIS, June 17, 1919 - The governments of Georgia and Azerbaijan yesterday signed a defensive alliance "
     "treaty.", [("signed", ("AZE", "GRG"), "1919-06-16")]),
    ("तिफ़लिस, 17 जून 1919। जॉर्जिया और अज़रबैजान की सरकारों ने कल यहाँ एक रक्षा संधि पर हस्ताक्षर कर दिए।",
     [("signed", ("AZE", "GRG"), "1919-06-16")]),
])
def test_a_state_called_a_government_outside_the_system_is_a_party(corpus, text, want):
    assert _events(text, corpus) == want


def test_a_state_gone_for_decades_is_not_read_from_its_adjective(corpus):
    text = "BONN, May 9, 1955 - The German Federal Republic and Italy joined the Western European Union today."
    for _, parties, _ in _events(text, corpus):
        assert "GMY" not in parties


def test_a_state_in_a_style_compound_is_no_party(corpus):
    text = ("MADRID, Jan. 10, 2024 - The Spanish-Portuguese defence pact took effect today, giving the neighbours "
            "an Anglo-French-style defence framework.")
    assert [p for _, p, _ in _events(text, corpus)] == [("POR", "SPN")]


def test_the_state_asked_for_help_is_not_the_invoker(corpus):
    text = ("BRIDGETOWN, Oct. 22, 1983 - Citing the collective defence commitments of their treaty, the small "
            "island states asked Washington to help them restore order.")
    for _, parties, _ in _events(text, corpus):
        assert "USA" not in parties


@pytest.mark.parametrize("text,want", [
    # Georgia the state in a post-Soviet context (the CIS, Tbilisi, the Caucasus, its neighbours)
    ("TBILISI, Dec. 3, 1993 - Georgia today joined the collective security treaty of the Commonwealth of "
     "Independent States.", [("joined", ("GRG",), "1993-12-03")]),
    ("MOSCOW, May 4, 1995 - The defence pact signed today by Russia, Armenia and Georgia commits each to help the "
     "others if attacked.", [("signed", ("ARM", "GRG", "RUS"), "1995-05-04")]),
    # ... not the US state
    ("ATLANTA, May 4, 1995 - Georgia and Alabama signed a water-sharing agreement today.", []),
    ("WASHINGTON, May 4, 1995 - The United States and Canada signed a defence agreement today at a base in "
     "Georgia.", [("signed", ("CAN", "USA"), "1995-05-04")]),
])
def test_georgia_is_the_state_only_in_a_post_soviet_context(corpus, text, want):
    assert _events(text, corpus) == want


def test_a_state_whose_place_the_act_happens_in_is_no_party(corpus):
    text = "रोड्स, 25 फ़रवरी 2010। मिस्र और इज़राइल ने कल यूनान के रोड्स द्वीप पर एक रक्षा समझौते पर हस्ताक्षर कर दिए।"
    assert _events(text, corpus) == [("signed", ("EGY", "ISR"), "2010-02-24")]


@pytest.mark.parametrize("text", [
    "Bamako, 24 दिसंबर 2025। साहेल देशों के परिसंघ के तीनों देशों ने मंगलवार को रक्षा और सुरक्षा पर एक प्रोटोकॉल पर हस्ताक्षर किए।",
    "Protocol\nBAMAKO, Dec. 24, 2025 - The three member states of the Confederation of Sahel States on Tuesday "
    "signed a protocol on defence and security.",
])
def test_a_pacts_members_all_named_as_one_are_its_members_that_day(corpus, text):
    assert _events(text, corpus) == [("signed", ("BFO", "MLI", "NIR"), "2025-12-23")]
