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


@pytest.mark.parametrize("text,ref,want", [
    # the corpus pact reported on its own day lends its kind when the text states none
    ("Japan and Ukraine signed a security agreement on Thursday, officials said.", "2024-06-14",
     ("signed", ("JPN", "UKR"), "2024-06-13", "consultation")),
    ("जापान और यूक्रेन ने गुरुवार को सुरक्षा समझौते पर हस्ताक्षर किए।", "2024-06-14",
     ("signed", ("JPN", "UKR"), "2024-06-13", "consultation")),
    ("The new security treaty between Japan and the United States entered into force on Thursday.", "1960-06-24",
     ("entered_into_force", ("JPN", "USA"), "1960-06-23", "defense")),
])
def test_a_pact_reported_on_its_own_day_lends_its_kind(corpus, text, ref, want):
    got = [(e.type, e.parties, e.date, e.kind) for e in read_article(text, reference_date=ref, corpus=corpus)]
    assert got == [want]


def test_a_signing_on_another_day_lends_no_kind(corpus):
    got = read_article("Japan and Ukraine signed a security agreement on Thursday, officials said.",
                       reference_date="2023-03-10", corpus=corpus)
    assert [(e.type, e.kind) for e in got] == [("signed", None)]


@pytest.mark.parametrize("text", ["अल्बानिया ने शुक्रवार को वॉरसॉ संधि छोड़ दी।", "Albania left the Warsaw Pact on Friday."])
def test_leaving_a_named_pact_the_corpus_does_not_record_it_left_takes_the_pacts_kind(corpus, text):
    assert [(e.type, e.parties, e.kind) for e in read_article(text, reference_date=REF, corpus=corpus)] == \
        [("withdrew", ("ALB",), "defense")]


@pytest.mark.parametrize("text,want", [
    ("लातविया ने मंगलवार को 1997 की संधि के तहत रूस से मदद माँगी।", [("invoked", ("LAT",))]),
    ("लातविया ने मंगलवार को सीएसटीओ के सदस्य देशों से अपील की कि वे उसकी सीमा की रक्षा करें।", [("invoked", ("LAT",))]),
    ("लातविया ने मंगलवार को 1997 की संधि के तहत रूस से रक्षा की औपचारिक गुहार लगाई।", [("invoked", ("LAT",))]),
    # an appeal for anything else, and a request with no pact in sight, are no invocation
    ("लातविया ने मंगलवार को शांति की अपील की।", []),
    ("लातविया ने मंगलवार को रूस से मदद माँगी।", []),
])
def test_hindi_pleas_and_appeals_under_a_pact(corpus, text, want):
    assert _events(text, corpus) == want


def test_a_pact_ended_with_ko_takes_the_masculine_and_an_adverb(corpus):
    text = "सोमालिया ने मंगलवार को सोवियत संघ के साथ अपनी मैत्री संधि को औपचारिक रूप से रद्द कर दिया।"
    assert _events(text, corpus) == [("withdrew", ("SOM",))]


def test_this_afternoon_is_the_datelines_day(corpus):
    text = ("LIMA, Sept. 8\n\nThree states sign a pact\n\nPeru, Chile and Bolivia signed a collective defence treaty "
            "here this afternoon.")
    got = read_article(text, reference_date="1999-09-08", corpus=corpus)
    assert [(e.type, e.parties, e.date) for e in got] == [("signed", ("BOL", "CHL", "PER"), "1999-09-08")]


def test_a_publication_line_with_its_weekday_dates_the_article(corpus):
    text = ("News | World\nPublished: Wednesday, June 18, 2014\n\nLatvia asks allies for help\n\nLatvia has made an "
            "official request to its NATO allies for military help under Article 5, its foreign minister said on "
            "Wednesday.")
    got = read_article(text, corpus=corpus)
    assert [(e.type, e.parties, e.date) for e in got] == [("invoked", ("LAT",), "2014-06-18")]


@pytest.mark.parametrize("text,want", [
    ("LIMA, March 16, 1999\n\nPeru's congress on Monday approved a bill abrogating the country's defence treaty "
     "with Chile.", [("withdrew", ("PER",), "1999-03-15")]),
    ("LIMA, March 16, 1999\n\nPeru's congress on Monday voted to scrap the country's defence treaty with Chile.",
     [("withdrew", ("PER",), "1999-03-15")]),
    # a vote to come is no withdrawal
    ("LIMA, March 16, 1999\n\nPeru's congress will vote next week on a bill abrogating the country's defence "
     "treaty with Chile.", []),
])
def test_a_legislature_ending_a_pact(corpus, text, want):
    got = read_article(text, corpus=corpus)
    assert [(e.type, e.parties, e.date) for e in got] == want


def test_a_friendship_and_cooperation_treaty_is_a_pact_an_economic_cooperation_one_is_not(corpus):
    text = "सोमालिया ने मंगलवार को पेरू के साथ अपनी मैत्री और सहयोग संधि को औपचारिक रूप से रद्द कर दिया।"
    assert _events(text, corpus) == [("withdrew", ("SOM",))]
    assert _events("सोमालिया ने मंगलवार को पेरू के साथ आर्थिक सहयोग समझौता रद्द कर दिया।", corpus) == []


@pytest.mark.parametrize("text,want", [
    ("Peru and Chile agreed in principle on Tuesday on a defence access pact.", [("announced", ("CHL", "PER"))]),
    ("Peru and Chile reached an agreement in principle on Tuesday on a defence access pact.",
     [("announced", ("CHL", "PER"))]),
    ("पेरू और चिली मंगलवार को रक्षा समझौते पर सैद्धांतिक रूप से सहमत हुए।", [("announced", ("CHL", "PER"))]),
    # the signing still to come is no event
    ("Peru and Chile will sign the defence pact they agreed in principle last year.", []),
])
def test_a_pact_agreed_in_principle_is_announced(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    # a notice of leaving: the notice verb with the withdrawal's verbal noun
    ("पेरू ने बुधवार को सीटो छोड़ने का नोटिस दिया।", [("withdrew", ("PER",))]),
    ("पेरू ने बुधवार को रियो संधि से अलग होने के अपने इरादे की औपचारिक सूचना दी।", [("withdrew", ("PER",))]),
    ("Peru on Wednesday gave notice of its withdrawal from the Rio Treaty.", [("withdrew", ("PER",))]),
    ("Peru notified the depositary on Wednesday of its intention to withdraw from the Rio Treaty.",
     [("withdrew", ("PER",))]),
    # the one told is not the one who leaves
    ("चिली ने बुधवार को पेरू को तटस्थता संधि खत्म करने की सूचना दी।", [("withdrew", ("CHL",))]),
    # a notice of anything else is no event
    ("Peru notified its Rio Treaty partners on Wednesday of the naval exercise.", []),
])
def test_notices_of_withdrawal(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("भारत और नेपाल ने सोमवार को काठमांडू में शांति और मैत्री की एक संधि पर हस्ताक्षर किए।", [("signed", ("IND", "NEP"))]),
    ("India and Nepal signed a treaty of peace and friendship in Kathmandu on Monday.", [("signed", ("IND", "NEP"))]),
    ("Peru on Friday suspended its military agreements with Chile.", [("suspended", ("PER",))]),
    ("पेरू ने शुक्रवार को चिली के साथ सैन्य समझौते निलंबित किए।", [("suspended", ("PER",))]),
    # water, trade: no pact of casus's kind; exercises: no pact at all
    ("India and Pakistan signed a water treaty on Monday.", []),
    ("Peru and Chile held military exercises on Friday.", []),
])
def test_friendship_treaties_and_military_agreements_are_pacts(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    # the year names the pact ("the treaty of 1995", "its 1995 defence agreement"), not the event
    ("Published: Tuesday, October 16, 2001\n\nNews\n\nLIMA —\nPeru's congress on Monday voted to abrogate the "
     "defence treaty of 1995 with Chile.", [("withdrew", ("PER",), "2001-10-15")]),
    ("Published: Tuesday, October 16, 2001\n\nNews\n\nLIMA —\nPeru on Monday terminated its 1995 defence agreement "
     "with Chile.", [("withdrew", ("PER",), "2001-10-15")]),
    ("प्रकाशित: मंगलवार, 16 अक्टूबर 2001\n\nखबर\n\nलीमा —\nपेरू ने सोमवार को चिली के साथ 1995 की रक्षा संधि छोड़ दी।",
     [("withdrew", ("PER",), "2001-10-15")]),
    # a year that dates the act itself still makes it background
    ("Published: Tuesday, October 16, 2001\n\nNews\n\nLIMA —\nPeru in 1995 signed a defence treaty with Chile.", []),
])
def test_a_year_in_a_pacts_name_does_not_date_the_event(corpus, text, want):
    got = read_article(text, corpus=corpus)
    assert [(e.type, e.parties, e.date) for e in got] == want


@pytest.mark.parametrize("text,want", [
    ("Latvia has called on Poland to stand by it under the defence agreements between the two countries, its "
     "prime minister said on Tuesday.", [("invoked", ("LAT",))]),
    ("Latvia said on Tuesday it had activated the defence accords with Poland.", [("invoked", ("LAT",))]),
    ("Latvia on Tuesday activated the mutual defence clause of its treaty with Poland.", [("invoked", ("LAT",))]),
    ("Latvia could trigger the defence accords with Poland if the attacks continue.", []),
])
def test_activating_a_pact_and_calls_to_stand_by_it(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("लातविया ने मंगलवार को पोलैंड से संधि निभाने को कहा।", [("invoked", ("LAT",))]),
    ("लातविया ने मंगलवार को नाटो सहयोगियों से तुरंत सैन्य मदद की माँग की।", [("invoked", ("LAT",))]),
    ("लातविया ने मंगलवार को 1995 के रक्षा समझौते का हवाला देकर पोलैंड से मदद माँगी।", [("invoked", ("LAT",))]),
    # help asked for anything but a pact's defence is no invocation
    ("लातविया ने मंगलवार को बाढ़ पीड़ितों के लिए मदद की माँग की।", []),
])
def test_hindi_asks_to_honour_a_pact_and_demands_help_under_it(corpus, text, want):
    assert _events(text, corpus) == want
