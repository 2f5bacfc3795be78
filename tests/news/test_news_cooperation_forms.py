"""Names of a pact of defence cooperation that its purpose or its noun gives: a memorandum "to strengthen defence
and military cooperation" ("रक्षा और सैन्य सहयोग को मज़बूत करने के लिए एक समझौता ज्ञापन", "रक्षा सहयोग बढ़ाने के एक
समझौता ज्ञापन"), a "defence cooperation arrangement" ("रक्षा सहयोग व्यवस्था"), and an agreement to buy fighter jets
("लड़ाकू विमानों की खरीद का समझौता"): signed, kind none.  "व्यवस्था" alone (a system, an order) names no pact.  Every
sentence here was written for these tests; so are the English ones: a government contract to buy fighter jets, a
declaration of intent and a plan of defence cooperation (kind none); a contract that buys no arms is no pact event."""

from __future__ import annotations

import pytest
from news_gold import events_with_kind

_HEAD = "रक्षा\nदुबई, 19 नवंबर 2019। यूएई और इथियोपिया ने आज "
_SIGNED = [("signed", ("ETH", "UAE"), "2019-11-19", "none")]


@pytest.mark.parametrize("tail", [
    "द्विपक्षीय रक्षा और सैन्य सहयोग को मज़बूत करने के लिए एक समझौता ज्ञापन पर हस्ताक्षर किए।",
    "रक्षा सहयोग बढ़ाने के एक समझौता ज्ञापन पर हस्ताक्षर किए।",
    "रक्षा सहयोग व्यवस्था पर हस्ताक्षर किए।",
    "बारह लड़ाकू विमानों की खरीद के एक समझौते पर हस्ताक्षर किए।",
])
def test_a_pact_of_defence_cooperation_by_its_purpose_or_noun(corpus, tail):
    assert events_with_kind(_HEAD + tail, corpus) == _SIGNED


def test_an_arrangement_alone_names_no_pact(corpus):
    assert events_with_kind(_HEAD + "बैठक की नई व्यवस्था पर सहमति जताई।", corpus) == []


@pytest.mark.parametrize("text, want", [
    ("Jets\nCOPENHAGEN, April 16, 2024 - Argentina and Denmark today signed a contract to buy 24 used F-16 fighter "
     "jets.", [("signed", ("ARG", "DEN"), "2024-04-16", "none")]),
    ("Defence\nWARSAW, June 9, 2015 - The defence ministries of Canada and Poland today signed a Declaration of "
     "Intent to strengthen their defence cooperation.", [("signed", ("CAN", "POL"), "2015-06-09", "none")]),
    ("Defence\nPARIS, Dec. 16, 2025 - Armenia and France on Tuesday signed a bilateral defence cooperation plan for "
     "next year.", [("signed", ("ARM", "FRN"), "2025-12-16", "none")]),
    # a company's contract says no security: no pact event
    ("Jets\nCOPENHAGEN, April 16, 2024 - Argentina and Denmark today signed a contract for wind turbines.", []),
])
def test_english_contracts_plans_and_declarations_of_intent(corpus, text, want):
    assert events_with_kind(text, corpus) == want


@pytest.mark.parametrize("text, want", [
    ("Pact\nTBILISI, May 14, 2024 - Georgia's parliament on Tuesday ratified the agreement between the governments of "
     "Georgia and Poland on military-technical cooperation.", [("ratified", ("GRG", "POL"), "2024-05-14", "none")]),
    ("Pact\nTBILISI, May 14, 2024 - Georgia's parliament on Tuesday ratified the accord between Georgia and Poland in "
     "the field of defence industry cooperation.", [("ratified", ("GRG", "POL"), "2024-05-14", "none")]),
    # (the states between the pact and a field that is not defence: no pact of security)
    ("Pact\nTBILISI, May 14, 2024 - Georgia's parliament on Tuesday ratified the agreement between the governments of "
     "Georgia and Poland on cultural cooperation.", []),
])
def test_the_states_between_a_pact_and_its_field_of_defence_cooperation(corpus, text, want):
    assert events_with_kind(text, corpus) == want
