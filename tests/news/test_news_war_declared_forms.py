"""More ways to tell a war declared under a pact: a state "declared to be at war with" the enemy, a pledge stated for
two states ("regards an aggression against A as an aggression against B"), a war declared "true to its obligation as
an ally", arms "taken up against" the enemy beside its allies; and a pact whose term runs out ("the agreement ran
out", "समझौते की अवधि पूरी हो गई"), left by its parties. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text, want", [
    ("War\nMANAGUA, Dec. 12, 1941 - President Somoza yesterday declared Nicaragua to be at war with Germany and Italy. "
     "He said Nicaragua regards an aggression against the United States as an aggression against Nicaragua.",
     [("invoked", ("NIC",), "1941-12-11")]),
    ("War\nMOSCOW, Aug. 8, 1945 - The Soviet Union today declared war on Japan, true to its obligation as an ally.",
     [("invoked", ("RUS",), "1945-08-08")]),
    # arms taken up beside its allies
    ("War\nCONSTANTINOPLE, Nov. 12, 1914 - The Sultan yesterday announced that Turkey has taken up arms against "
     "Russia, England and France, side by side with her two allies.", [("invoked", ("TUR",), "1914-11-11")]),
])
def test_a_war_declared_under_a_pledge_or_an_obligation(corpus, text, want):
    assert events_of(text, corpus) == want


def test_a_war_declared_with_no_pledge_is_none(corpus):
    text = ("War\nMANAGUA, Dec. 12, 1941 - President Somoza yesterday declared Nicaragua to be at war with Germany and "
            "Italy.")
    assert events_of(text, corpus) == []


@pytest.mark.parametrize("text, want", [
    ("Malta's defence agreement runs out\nVALLETTA, March 31, 1979 - The last British warship sailed out of Grand "
     "Harbour today.", [("withdrew", ("MLT",), "1979-03-31")]),
    ("End\nBISHKEK, June 3, 2014 - The Kyrgyz-US defence agreement ran out on Tuesday.",
     [("withdrew", ("KYR", "USA"), "2014-06-03")]),
    # (the parties named with the pact that runs out are its parties, not companions)
    ("अवधि\nबिश्केक, 3 जून 2014। किर्गिस्तान और अमेरिका के बीच हुए रक्षा समझौते की अवधि पूरी हो गई।",
     [("withdrew", ("KYR", "USA"), "2014-06-03")]),
])
def test_a_pact_whose_term_runs_out_is_left(corpus, text, want):
    assert events_of(text, corpus) == want


def test_arms_taken_up_with_no_ally_or_pledge_is_none(corpus):
    text = ("War\nCONSTANTINOPLE, Nov. 12, 1914 - The Sultan yesterday announced that Turkey has taken up arms against "
            "Russia.")
    assert events_of(text, corpus) == []
