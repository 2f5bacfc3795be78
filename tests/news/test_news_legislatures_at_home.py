"""A legislature named without its state ("TOKYO - The House of Councillors on Friday approved ...", "टोक्यो ... संसद ने
... मंज़ूरी दे दी") ratifies for the state of the article's dateline city; pacts that let the two sides' forces swap
supplies are pacts of security (kind none); a "with" list of the forces or governments of several states ("with the
armed forces of A, B and C") makes one pact with each; a legislature that passes "the government's bill authorising
ratification of" a pact, or a bill "authorising approval of" it, ratifies it.  Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest
from news_gold import events_with_kind


@pytest.mark.parametrize("text, want", [
    ("Pact\nTOKYO, April 14, 2017 - The upper house on Friday approved a defence agreement with Britain.",
     [("ratified", ("JPN", "UKG"), "2017-04-14", "defense")]),
    ("Pact\nTOKYO, April 14, 2017 - The House of Councillors on Friday approved a defence agreement with Britain.",
     [("ratified", ("JPN", "UKG"), "2017-04-14", "defense")]),
    ("समझौता\nटोक्यो, 14 अप्रैल 2017। संसद ने शुक्रवार को ब्रिटेन के साथ रक्षा समझौते को मंज़ूरी दे दी।",
     [("ratified", ("JPN", "UKG"), "2017-04-14", "defense")]),
    # (the legislature's state named: the dateline's city says nothing of it)
    ("Pact\nTOKYO, April 14, 2017 - Britain's parliament on Friday approved a defence agreement with Australia.",
     [("ratified", ("AUL", "UKG"), "2017-04-14", "defense")]),
])
def test_a_legislature_named_without_its_state_ratifies_for_the_datelines(corpus, text, want):
    assert events_with_kind(text, corpus) == want


def test_a_signing_takes_no_state_from_the_dateline(corpus):
    text = "Pact\nTOKYO, April 14, 2017 - Britain and Australia on Friday signed a defence agreement."
    assert events_with_kind(text, corpus) == [("signed", ("AUL", "UKG"), "2017-04-14", "defense")]


def test_pacts_letting_forces_swap_supplies_with_the_forces_of_several_states(corpus):
    text = ("Pacts\nCANBERRA, March 2, 2020 - Australia's parliament on Monday approved three agreements that let its "
            "defence force swap fuel and ammunition with the armed forces of India, Japan and France.")
    assert events_with_kind(text, corpus) == [("ratified", ("AUL", "IND"), "2020-03-02", "none"),
                                              ("ratified", ("AUL", "JPN"), "2020-03-02", "none"),
                                              ("ratified", ("AUL", "FRN"), "2020-03-02", "none")]


@pytest.mark.parametrize("text, want", [
    # a seal put on a pact with a partner, where the article reports its approval in so many words: that approval
    ("भारत ने फ्रांस के साथ रक्षा संधि पर लगाई मुहर\nनई दिल्ली, 14 मई 2024। भारत सरकार ने गुरुवार को फ्रांस के साथ हुई रक्षा "
     "संधि का अनुमोदन कर दिया।", [("ratified", ("FRN", "IND"), "2024-05-09", "defense")]),
    # ... and where it reports a signing: the signing
    ("भारत और फ्रांस ने रक्षा संधि पर लगाई मुहर\nनई दिल्ली, 14 मई 2024। भारत और फ्रांस ने मंगलवार को एक रक्षा संधि पर "
     "हस्ताक्षर किए।", [("signed", ("FRN", "IND"), "2024-05-14", "defense")]),
])
def test_a_seal_in_an_article_that_reports_an_approval_is_that_approval(corpus, text, want):
    assert events_with_kind(text, corpus) == want


@pytest.mark.parametrize("text, want", [
    # a pact named as military is one of security, of kind none where the article says it holds no defence pledge
    ("Pact\nPRISTINA, Feb 1, 2024 - Kosovo's Assembly on Thursday approved the Military Framework Agreement signed "
     "with Turkey in January. The agreement contains no mutual defence clause.",
     [("ratified", ("KOS", "TUR"), "2024-02-01", "none")]),
    ("Pact\nPRISTINA, Feb 1, 2024 - Kosovo's Assembly on Thursday approved the defence technical agreement with "
     "Turkey. The agreement contains no mutual defence clause.", [("ratified", ("KOS", "TUR"), "2024-02-01", "none")]),
])
def test_a_pact_named_military_is_one_of_security(corpus, text, want):
    assert events_with_kind(text, corpus) == want


@pytest.mark.parametrize("text", [
    "Treaty\nPARIS, 22 May 2025 - The French Senate on Wednesday approved the government's bill authorising "
    "ratification of the defence treaty with Djibouti.",
    "Treaty\nPARIS, 22 May 2025 - The French Senate on Wednesday adopted the bill authorising approval of the defence "
    "treaty with Djibouti.",
])
def test_a_bill_whose_government_is_named_or_that_authorises_approval_ratifies(corpus, text):
    assert [e[:3] for e in events_with_kind(text, corpus)] == [("ratified", ("DJI", "FRN"), "2025-05-21")]


def test_a_pact_approved_with_its_owners_name_before_it(corpus):
    text = ("Pact\nMINSK, April 9, 1993 - Belarus's parliament on Friday approved the Commonwealth of Independent "
            "States' collective security treaty.")
    assert [e[:3] for e in events_with_kind(text, corpus)] == [("ratified", ("BLR",), "1993-04-09")]
