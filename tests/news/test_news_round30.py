"""Round 30 of the news reader's general rules (prompted by the misses of fresh73-fresh88, each read once before):

* a pact that lets the other side's forces use an airport, an airfield, a port or a base ("an agreement that lets U.S.
  forces use the international airport", "an accord allowing its aircraft to operate from the air base", "a forward
  operating location", "समझौता, जिसके तहत अमेरिकी सेना देश के हवाई अड्डे को ... इस्तेमाल कर सकेगी") is a security pact of
  kind "none", as one that lets its troops be stationed was; what the sentence says of its kind holds across an
  abbreviation's dots ("U.S."); a pact that lets fishermen use a port is none;
* a pact on the status of forces named by what it concerns ("the Agreement between Solomon Islands, Australia ...
  concerning the operations and status of the police and armed forces") is a status-of-forces pact, kind "none";
* a state that asks an alliance to deploy or station weapons or forces on its soil ("asked NATO to station Patriot
  missiles on its territory") invokes the alliance, as one that asked it to send troops did;
* a call on the partners in a pact to set its mechanisms going ("called on its partners in the CSTO to put the bloc's
  mechanisms into action") invokes it; a call on no pact invokes nothing.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of, events_with_kind


@pytest.mark.parametrize("text,want", [
    ("TEGUCIGALPA, May 6, 2001 - The United States signed an agreement with Honduras on Thursday that lets U.S. "
     "forces use the airport at La Ceiba for surveillance flights.",
     [("signed", ("HON", "USA"), "2001-05-03", "none")]),
    ("TEGUCIGALPA, May 6, 2001 - Honduras signed an accord with the United States on Thursday allowing American "
     "aircraft to operate from the air base at Soto Cano.", [("signed", ("HON", "USA"), "2001-05-03", "none")]),
    ("TEGUCIGALPA, May 6, 2001 - Honduras and the United States signed an agreement on Thursday that gives "
     "Washington a forward operating location on the coast.", [("signed", ("HON", "USA"), "2001-05-03", "none")]),
    ("तेगुसिगाल्पा, 6 मई 2001। होंडुरास की संसद ने गुरुवार को अमेरिका के साथ उस समझौते को मंज़ूरी दी, जिसके तहत अमेरिकी सेना "
     "देश के एक हवाई अड्डे को निगरानी उड़ानों के लिए इस्तेमाल कर सकेगी।", [("ratified", ("HON", "USA"), "2001-05-03", "none")]),
])
def test_a_pact_that_lets_forces_use_an_airport_or_a_base_is_a_security_pact(corpus, text, want):
    assert events_with_kind(text, corpus) == want


def test_a_pact_that_lets_fishermen_use_a_port_is_none(corpus):
    text = ("LISBON, May 6, 2001 - Portugal and Spain signed an agreement on Thursday that lets Spanish fishermen use "
            "the port of Faro.")
    assert events_with_kind(text, corpus) == []


def test_a_pact_concerning_the_status_of_forces_is_a_status_of_forces_pact(corpus):
    text = ("SUVA, May 6, 2004 - Fiji on Thursday signed the agreement between Fiji, Tonga and Samoa concerning the "
            "operations and status of the police and armed forces sent to Tonga.")
    assert events_with_kind(text, corpus) == [("signed", ("FIJ", "TON", "WSM"), "2004-05-06", "none")]


@pytest.mark.parametrize("text,want", [
    ("ANKARA, Dec. 4, 2015 - Turkey on Thursday asked NATO to station air-defence missiles on its territory to "
     "protect it against attacks from Syria.", [("invoked", ("TUR",), "2015-12-03")]),
    ("TALLINN, Dec. 4, 2015 - Estonia on Thursday formally asked NATO to deploy more fighter jets to the Baltic "
     "region.", [("invoked", ("EST",), "2015-12-03")]),
    # weapons asked of a state, no pact named: no invocation
    ("ANKARA, Dec. 4, 2015 - Turkey on Thursday asked Germany to deploy new jets at home.", []),
])
def test_a_request_to_an_alliance_to_deploy_forces_is_an_invocation(corpus, text, want):
    assert events_of(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("DUSHANBE, Oct. 8, 2022 - Tajikistan on Friday called on its partners in the Collective Security Treaty "
     "Organization to put the bloc's mechanisms into action.", [("invoked", ("TAJ",), "2022-10-07")]),
    ("DUSHANBE, Oct. 8, 2022 - Tajikistan on Friday called on the banks to put their lending mechanisms into action.",
     []),
])
def test_a_call_to_set_a_pacts_mechanisms_going_is_an_invocation(corpus, text, want):
    assert events_of(text, corpus) == want
