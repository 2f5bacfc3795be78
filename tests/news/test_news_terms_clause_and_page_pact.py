"""A relative clause that tells a pact's terms ("under which", "जिसके तहत") names no party once two are named before it;
on a retrospective page, a sentence that opens on "the agreement" and names no state nor year tells the page's pact, on
the page's one day.  Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text, want", [
    ("Accord\nItaly and Romania signed a secret defence accord in Bucharest on 6 February 1915, under which, should "
     "Austria-Hungary attack either of them, both will defend each other.",
     [("signed", ("ITA", "ROM"), "1915-02-06")]),
    ("समझौता\nइटली और रोमानिया ने 6 फ़रवरी 1915 को बुख़ारेस्ट में एक गुप्त रक्षा समझौते पर हस्ताक्षर किए, जिसके तहत अगर "
     "ऑस्ट्रिया-हंगरी किसी एक देश पर हमला करता है तो दोनों देश मिलकर अपनी रक्षा करेंगे।",
     [("signed", ("ITA", "ROM"), "1915-02-06")]),
])
def test_the_states_of_a_clause_that_tells_the_terms_are_no_parties(corpus, text, want):
    assert events_of(text, corpus) == want


def test_a_partner_named_only_in_such_a_clause_is_kept(corpus):
    # (one state before the clause: the clause may name the other party, so its states are kept)
    text = ("Pact\nIndia signed a defence agreement on 6 February 2015, under which Russia will come to India's aid "
            "if it is attacked.")
    assert events_of(text, corpus) == [("signed", ("IND", "RUS"), "2015-02-06")]


_PAGE = ("ON THIS DAY | History\nPublished Sunday, 4 March 2018\n\n110 years ago: Italy and Greece agree at Rome "
         "on the Adriatic\n\nOn 4 March 1908, at Rome, the Italian Foreign Minister and the Greek Foreign Minister "
         "reached an agreement on the Adriatic.\n\nUnder the understanding, the two states guaranteed each other's "
         "coasts, and each would defend the other if attacked.\n\nThe agreement was concluded {when}.")


def test_the_agreement_on_an_anniversary_page_takes_the_pages_day(corpus):
    assert events_of(_PAGE.format(when="by word of mouth"), corpus) == [("signed", ("GRC", "ITA"), "1908-03-04")]

