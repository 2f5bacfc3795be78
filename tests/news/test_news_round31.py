"""Round 31 of the news reader's general rules (prompted by the misses of fresh89 and fresh90, read once before):

* a pledge never to threaten or use force against one another ("commit never to threaten or use force against one
  another", "pledged not to use force against each other") makes a pact of non-aggression, as a pledge to refrain from
  the use of force did;
* a Hindi pledge that puts its negation first ("एक-दूसरे के ख़िलाफ़ लड़ रहे विद्रोही गुटों को न तो ... पनाह देंगे") keeps armed
  proxies from the other, as "... को पनाह नहीं देंगे" did: a pact of non-aggression;
* an agreement on the status of a fleet or a base on the other's soil, named with its parties between ("the agreement
  between Russia and Ukraine on the status and conditions of the Russian Black Sea Fleet's presence") is a pact of
  the forces' presence, as "the agreement on the Black Sea Fleet" was;
* a pact activated in Hindi ("रक्षा समझौते को सक्रिय कर दिया", "... को सक्रिय करने की घोषणा की") is invoked by the states
  that activate it, as "activated the defence accords" was in English; the announcement of it is that invocation, not an
  event of its own; a trade agreement activated invokes nothing;
* a request for help granted in Hindi ("सोलोमन द्वीप की मदद की अर्ज़ी स्वीकार कर ली") is the requester's invocation, as
  "answered a request from Bahrain" was; the requester is the state before the request.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of, events_with_kind


@pytest.mark.parametrize("text,want", [
    ("LIMA, May 6, 2021 - Peru and Ecuador on Thursday signed a declaration in which both commit never to threaten "
     "or use force against one another.", [("signed", ("ECU", "PER"), "2021-05-06", "nonaggression")]),
    ("LIMA, May 6, 2021 - Peru and Ecuador on Thursday signed an accord and pledged not to use force against each "
     "other.", [("signed", ("ECU", "PER"), "2021-05-06", "nonaggression")]),
    ("बमाको, 6 मई 2021। माली और नाइजर ने गुरुवार को एक समझौते पर हस्ताक्षर किए। दोनों ने वादा किया कि वे एक-दूसरे के ख़िलाफ़ लड़ रहे "
     "विद्रोही गुटों को न तो पनाह देंगे और न ही हथियार।", [("signed", ("MLI", "NIR"), "2021-05-06", "nonaggression")]),
])
def test_a_pledge_of_no_force_or_no_proxies_makes_a_pact_of_non_aggression(corpus, text, want):
    assert events_with_kind(text, corpus) == want


def test_a_pledge_of_no_force_on_a_third_state_is_no_non_aggression(corpus):
    # (force against a third state, not against each other: no pledge between the two)
    text = ("LIMA, May 6, 2021 - Peru and Ecuador on Thursday signed a security agreement and urged Chile not to use "
            "force against its neighbours.")
    assert all(e[3] != "nonaggression" for e in events_with_kind(text, corpus))


def test_an_agreement_on_the_status_of_a_fleet_names_its_parties_between(corpus):
    text = ("TBILISI, May 6, 2021 - The agreement between Georgia and Turkey on the status and conditions of the "
            "Turkish navy's base on Georgian soil entered into force on Thursday.")
    assert [(e[0], e[1], e[2]) for e in events_with_kind(text, corpus)] == [
        ("entered_into_force", ("GRG", "TUR"), "2021-05-06")]


@pytest.mark.parametrize("text,want", [
    ("बमाको, 7 मई 2021। माली और नाइजर ने गुरुवार को 1990 के संयुक्त रक्षा समझौते को सक्रिय कर दिया।",
     [("invoked", ("MLI", "NIR"), "2021-05-06")]),
    # (the announcement of the activation is the activation, not an event of its own)
    ("बमाको, 7 मई 2021। माली और नाइजर ने गुरुवार को 1990 के संयुक्त रक्षा समझौते को सक्रिय करने की घोषणा की।",
     [("invoked", ("MLI", "NIR"), "2021-05-06")]),
    ("बमाको, 7 मई 2021। माली ने गुरुवार को नाइजर के साथ व्यापार समझौते को सक्रिय कर दिया।", []),
])
def test_a_pact_activated_in_hindi_is_invoked(corpus, text, want):
    assert events_of(text, corpus) == want


def test_a_request_for_help_granted_in_hindi_is_the_requesters_invocation(corpus):
    text = ("सुवा, 7 मई 2021। प्रशांत देशों ने गुरुवार को रक्षा संधि के तहत टोंगा सरकार की मदद की अर्ज़ी स्वीकार कर ली।")
    assert events_of(text, corpus) == [("invoked", ("TON",), "2021-05-06")]
