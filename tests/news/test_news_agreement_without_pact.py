"""An agreement reached that the clause after it says brought no pact is no announcement ("reached agreement on a
number of practical questions but produced no new defence treaty", "... सैद्धांतिक सहमति बनी, लेकिन कोई नई रक्षा संधि
नहीं हुई"); one that did stays one.  Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text", [
    "Talks\nLONDON, June 18, 1968 - Britain and Malaysia reached agreement on a number of practical questions last "
    "week but produced no new defence treaty.",
    "वार्ता\nनई दिल्ली, 12 जून 2019। भारत और फ्रांस के बीच मंगलवार को रक्षा सहयोग पर सैद्धांतिक सहमति बनी, लेकिन कोई नई रक्षा "
    "संधि नहीं हुई।",
])
def test_an_agreement_that_brought_no_pact_is_no_announcement(corpus, text):
    assert [e for e in events_of(text, corpus) if e[0] == "announced"] == []


def test_an_agreement_in_principle_on_a_pact_is_still_announced(corpus):
    text = ("वार्ता\nनई दिल्ली, 12 जून 2019। भारत और फ्रांस के बीच मंगलवार को रक्षा सहयोग समझौते पर सैद्धांतिक सहमति बनी।")
    assert events_of(text, corpus) == [("announced", ("FRN", "IND"), "2019-06-11")]
