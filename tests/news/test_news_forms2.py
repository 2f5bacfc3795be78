"""More word forms of withdrawals and invocations (issue 14): Hindi object–verb order ("संधि छोड़ी",
"सैन्य सहायता मांगी"), verb-first headlines ("ने छोड़ी ... संधि"), the progressive ("से बाहर हो रहा है",
"is withdrawing from"), ending a pact announced ("संधि खत्म करने का ऐलान"), and English requests to hold
consultations or convene a meeting.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh
sets); reference date Thursday 2024-06-20, so "Tuesday"/"मंगलवार" is 2024-06-18.
"""

from __future__ import annotations

import pytest

from casus.news import read_article

REF = "2024-06-20"


def _events(text: str, corpus) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.type, e.parties) for e in read_article(text, reference_date=REF, corpus=corpus)]


@pytest.mark.parametrize("text,want", [
    # object–verb: the pact, then the verb, in every gender and with the compound verb
    ("चिली ने मंगलवार को रियो संधि छोड़ दी।", [("withdrew", ("CHL",))]),
    ("पेरू ने मंगलवार को रक्षा समझौता छोड़ दिया।", [("withdrew", ("PER",))]),
    ("लातविया ने मंगलवार को सैन्य गठबंधन छोड़ा।", [("withdrew", ("LAT",))]),
    ("पेरू ने मंगलवार को नाटो छोड़ दिया।", [("withdrew", ("PER",))]),
    # a headline with the verb first
    ("चिली ने छोड़ी रियो संधि, कहा कि यह पुरानी हो चुकी है।", [("withdrew", ("CHL",))]),
    # the progressive: the withdrawal under way
    ("सरकार ने मंगलवार को कहा कि पेरू तत्काल प्रभाव से रियो संधि से बाहर हो रहा है।", [("withdrew", ("PER",))]),
    # ending a pact, announced
    ("चिली ने मंगलवार को पेरू के साथ रक्षा संधि खत्म करने का ऐलान किया।", [("withdrew", ("CHL",))]),
])
def test_hindi_withdrawals(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("Chile said on Tuesday that it is withdrawing from the Rio Treaty.", [("withdrew", ("CHL",))]),
    ("Peru said on Tuesday that it was terminating its 1990 defence agreement with Chile.", [("withdrew", ("PER",))]),
    ("Latvia on Tuesday announced it is pulling out of the defence pact with Peru.", [("withdrew", ("LAT",))]),
])
def test_english_progressive_withdrawals(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    # the noun, then the verb (Hindi's order)
    ("लातविया ने मंगलवार को नाटो सहयोगियों से सैन्य सहायता मांगी।", [("invoked", ("LAT",))]),
    ("एस्टोनिया ने मंगलवार को सीएसटीओ से मदद मांगी।", [("invoked", ("EST",))]),
])
def test_hindi_requests_noun_before_verb(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("Latvia on Tuesday asked its NATO allies to hold consultations under Article 4 of the North Atlantic Treaty.",
     [("invoked", ("LAT",))]),
    ("Estonia on Tuesday asked NATO to convene an emergency meeting under Article 4.", [("invoked", ("EST",))]),
])
def test_english_requests_to_hold_consultations(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    # not events: a possible withdrawal, a request that may come, an old one as background
    "Chile may withdraw from the Rio Treaty next year, officials said on Tuesday.",
    "चिली अगले साल रियो संधि छोड़ सकता है।",
    "लातविया ने कहा कि वह जरूरत पड़ने पर नाटो से सैन्य सहायता मांग सकता है।",
])
def test_possible_withdrawals_and_requests_are_no_events(corpus, text):
    assert _events(text, corpus) == []
