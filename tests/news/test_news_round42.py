"""Round 42 of the news reader's general rules (prompted by the misses of fresh109 and fresh110, read once before):

* a legislature that approves a state's entry into a pact ("Albania's deputies on Tuesday voted to approve the
  country's accession to NATO, weeks before Albania becoming the alliance's 27th member") ratifies
  the accession, a ratification, not the joining; a state that becomes a member is still a joining;
* the Organization of American States and its Charter ("the OAS", "the Charter of the Organization of American
  States", "अमेरिकी राज्यों का संगठन", "ओएएस") name ATOP 5.1's alliance 3150, the Charter of Bogota of 30 April 1948.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text,want", [
    ("TIRANA, March 3, 2009 - Albania's deputies on Tuesday voted to approve the country's accession to NATO, weeks "
     "before Albania becoming the alliance's 27th member.", [("ratified", ("ALB",), "2009-03-03")]),
    ("SKOPJE, April 28, 2019 - North Macedonia on Friday became the alliance's 30th member.",
     [("joined", ("MAC",), "2019-04-26")]),
])
def test_a_legislature_approving_entry_ratifies_it(corpus, text, want):
    assert events_of(text, corpus) == want


@pytest.mark.parametrize("text", [
    "LIMA, April 30, 1955 - Peru and Chile today signed the Charter of the Organization of American States.",
    "LIMA, April 30, 1955 - Peru and Chile today signed the OAS Charter.",
    "लीमा, 30 अप्रैल 1955। पेरू और चिली ने आज अमेरिकी राज्यों के संगठन (ओएएस) के चार्टर पर हस्ताक्षर किए।",
])
def test_the_oas_names_the_charter_of_bogota(corpus, text):
    from casus.news import read_article

    events = read_article(text, corpus=corpus)
    assert [(e.type, e.parties) for e in events] == [("signed", ("CHL", "PER"))]
    assert "atop-3150" in events[0].pact_names
