"""Round 52 of the news reader's general rules (prompted by the misses of fresh108, fresh118 and fresh122, read once
before):

* relations broken with the enemy, in the headline or the lead ("broke off diplomatic relations with", "राजनयिक संबंध
  तोड़े", "संबंध विच्छेद"), under a pledge the article states that an attack on one is an attack on all, or beside an ally
  or the obligations the state acts on ("in keeping with its obligations", "दायित्वों के अनुरूप"), is the pact invoked,
  as a war declared there is;
* the pledge, the ally and the obligations count in any sentence of the article, whether or not it names the pact;
* in Hindi, the state relations are broken with is the one before से or के साथ, not a party.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_with_kind

_PLEDGE = ("The republics of the continent had declared that any act of aggression by an outside power against one of "
           "them would be treated as committed against all.")


@pytest.mark.parametrize("text,want", [
    ("Paraguay breaks with the Axis\n\nASUNCION, 12 March 1942 - Paraguay on Wednesday broke off diplomatic relations "
     f"with Germany, Italy and Japan, the foreign minister announced.\n\n{_PLEDGE}\n",
     [("invoked", ("PAR",), "1942-03-11", "defense")]),
    ("चिली ने धुरी देशों से रिश्ते तोड़े\n\nसैंटियागो, 20 जनवरी 1943। चिली सरकार ने बुधवार को जर्मनी, इटली और जापान के साथ "
     "अपने राजनयिक संबंध तोड़ने का फैसला किया। राष्ट्रपति ने कहा कि यह कदम महाद्वीपीय एकजुटता के हमारे दायित्वों के अनुरूप "
     "उठाया गया है।\n", [("invoked", ("CHL",), "1943-01-20", None)]),
    ("ऑस्ट्रिया-हंगरी ने अमेरिका से रिश्ते तोड़े\n\nवियना, 8 अप्रैल 1917। ऑस्ट्रिया-हंगरी ने आज अमेरिका से राजनयिक संबंध "
     "तोड़ लिए। विदेश मंत्री ने कहा कि यह फ़ैसला जर्मनी के सहयोगी के नाते लिया गया है।\n",
     [("invoked", ("AUH",), "1917-04-08", None)]),
])
def test_relations_broken_under_a_pledge_or_beside_an_ally_invoke_the_pact(corpus, text, want):
    assert events_with_kind(text, corpus) == want


@pytest.mark.parametrize("text", [
    # relations broken with no pledge, ally or obligation in the article: a quarrel, not a pact's use
    "Paraguay breaks with Bolivia\n\nASUNCION, 12 March 1932 - Paraguay on Wednesday broke off diplomatic relations "
    "with Bolivia after a border clash, the foreign minister announced.\n",
    "पेरू ने इक्वाडोर से रिश्ते तोड़े\n\nलीमा, 5 जून 1941। पेरू सरकार ने आज इक्वाडोर के साथ अपने राजनयिक संबंध तोड़ लिए।\n",
])
def test_relations_broken_alone_are_no_invocation(corpus, text):
    assert events_with_kind(text, corpus) == []
