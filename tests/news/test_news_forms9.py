"""Ninth round of general forms: a state past a subordinate connector after the verb ("weeks after a pact with X",
", as X opened its attack") is no party; an "after" clause's own dated signing is a second event; the protocol of a
state's adherence is its accession; a report's "that" separates the reporting state from the acting one; a Hindi
"न" before a verb's object negates it; raising relations to a partnership's level is no pact; a state out of the
system for a few years is still the state; a Hindi withdrawal announced is the withdrawal, with the pact left
before the ablative however far; war declared in keeping with an alliance and a request made in its name are its
invocation; the ninth round's words (pact names, "concurred in", guarantees of independence, "last night", Hindi
state spellings).

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh
sets); reference date Thursday 2024-06-20, so "Tuesday" is 2024-06-18.
"""

from __future__ import annotations

import pytest

from casus.news import read_article

REF = "2024-06-20"


def _events(text: str, corpus, ref: str | None = REF) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(e.type, e.parties, e.date) for e in read_article(text, reference_date=ref, corpus=corpus)]


@pytest.mark.parametrize("text,want", [
    # a state after "after" / ", as" past the verb is another story's
    ("Peru signed a defence treaty with Chile on Tuesday, weeks after a trade pact with Bolivia.",
     [("signed", ("CHL", "PER"), "2024-06-18")]),
    ("Peru and Chile signed a defence pact on Tuesday, as Bolivia massed troops on the border.",
     [("signed", ("CHL", "PER"), "2024-06-18")]),
    # but not "as did": the state that does the same is a party
    ("Peru signed the defence pact with Chile on Tuesday, as did Bolivia.",
     [("signed", ("BOL", "CHL", "PER"), "2024-06-18")]),
])
def test_parties_stop_at_a_subordinate_connector(corpus, text, want):
    assert _events(text, corpus) == want


def test_an_after_clause_with_its_own_signing_and_day_is_a_second_event(corpus):
    text = ("Peru concluded a defence alliance with Chile on Tuesday, after a military convention with Bolivia "
            "signed in La Paz on June 3.")
    assert sorted(_events(text, corpus)) == [("signed", ("BOL", "PER"), "2024-06-03"),
                                             ("signed", ("CHL", "PER"), "2024-06-18")]


def test_an_after_clause_without_a_day_of_its_own_adds_no_event(corpus):
    text = "Peru and Chile signed a defence alliance on Tuesday, less than a month after Peru signed a similar pact."
    assert _events(text, corpus) == [("signed", ("CHL", "PER"), "2024-06-18")]


def test_the_protocol_of_a_states_adherence_is_its_accession(corpus):
    text = "Peru joins the Andean defence alliance. The protocol of Peru's adherence was signed in Quito on Tuesday."
    assert [(t, p) for t, p, _ in _events(text, corpus)] == [("joined", ("PER",))]


@pytest.mark.parametrize("text,want", [
    ("Bolivia said on Tuesday that Peru and Chile signed a defence treaty.", [("signed", ("CHL", "PER"))]),
    ("बोलीविया ने कहा कि पेरू ने मंगलवार को रक्षा संधि को निलंबित कर दिया।", [("suspended", ("PER",))]),
])
def test_a_reporting_state_before_that_is_no_party(corpus, text, want):
    assert [(t, p) for t, p, _ in _events(text, corpus)] == want


def test_hindi_nor_before_the_object_negates_the_verb(corpus):
    text = "पेरू और चिली ने मंगलवार को रक्षा संधि पर हस्ताक्षर किए। कोई भी पक्ष न अलग संधि करेगा।"
    assert _events(text, corpus) == [("signed", ("CHL", "PER"), "2024-06-18")]
    # "न केवल" (not only) negates nothing
    text = "पेरू और चिली ने मंगलवार को न केवल रक्षा संधि पर हस्ताक्षर किए, बल्कि व्यापार पर भी बात की।"
    assert _events(text, corpus) == [("signed", ("CHL", "PER"), "2024-06-18")]


@pytest.mark.parametrize("text", [
    "पेरू और चिली ने मंगलवार को अपने संबंधों को रणनीतिक साझेदारी के स्तर पर ले जाने का ऐलान किया।",
    "Peru and Chile on Tuesday announced they had elevated their ties to a strategic partnership.",
    "Peru and Chile on Tuesday elevated their relations to a comprehensive strategic partnership.",
])
def test_raising_relations_to_a_partnership_is_no_pact(corpus, text):
    assert _events(text, corpus) == []


def test_a_state_out_of_the_system_for_a_few_years_is_still_the_state(corpus):
    text = "लंदन, 10 मार्च 1942। चेकोस्लोवाकिया और पोलैंड ने आज एक रक्षा संधि पर हस्ताक्षर किए।"
    assert _events(text, corpus, ref=None) == [("signed", ("CZE", "POL"), "1942-03-10")]


@pytest.mark.parametrize("text,want", [
    ("पेरू ने मंगलवार को जी5 साहेल से हटने का ऐलान किया।", [("withdrew", ("PER",), "2024-06-18")]),
    ("पेरू ने मंगलवार को जी5 साहेल समूह के सभी अंगों से, जिनमें उसकी संयुक्त सेना भी है, हटने की घोषणा की।",
     [("withdrew", ("PER",), "2024-06-18")]),
    ("पेरू ने मंगलवार को ब्रसेल्स संधि से नाता तोड़ लिया।", [("withdrew", ("PER",), "2024-06-18")]),
])
def test_hindi_withdrawal_announced(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("Peru declared war on Bolivia on Tuesday, in keeping with the alliance it had concluded with Chile.",
     ("PER", "BOL")),
    ("The blockade follows a formal request from the Chilean government, made on Tuesday in the name of the "
     "alliance between the two countries, that Peru close its ports.", ("CHL", None)),
])
def test_war_declared_or_a_request_made_under_an_alliance_invokes_it(corpus, text, want):
    evs = read_article(text, reference_date=REF, corpus=corpus)
    assert [(e.type, e.parties, e.date) for e in evs] == [("invoked", (want[0],), "2024-06-18")]
    if want[1]:
        assert evs[0].against == (want[1],)


@pytest.mark.parametrize("text,want", [
    # a legislature's concurrence is the ratification it gives
    ("The Peruvian Senate today concurred in the defence treaty between Peru and Chile.",
     [("ratified", ("CHL", "PER"), "2024-06-20", "defense")]),
    # a promise to guarantee a state's independence is a pledge to defend it
    ("Peru and Chile signed a treaty on Tuesday. Under it Chile undertakes to guarantee the independence of Peru.",
     [("signed", ("CHL", "PER"), "2024-06-18", "defense")]),
    # "last night" in a report of the next day
    ("Peru and Chile signed a non-aggression pact late last night.",
     [("signed", ("CHL", "PER"), "2024-06-19", "nonaggression")]),
    # Hindi: a treaty of mutual assistance with an adjective between its words
    ("पेरू और चिली ने मंगलवार को पारस्परिक सहायता की नई संधि पर हस्ताक्षर किए।",
     [("signed", ("CHL", "PER"), "2024-06-18", "defense")]),
    # Hindi spellings of Luxembourg and Romania
    ("लक्ज़मबर्ग और रूमानिया ने मंगलवार को रक्षा संधि पर हस्ताक्षर किए।",
     [("signed", ("LUX", "ROM"), "2024-06-18", "defense")]),
])
def test_ninth_round_words(corpus, text, want):
    got = [(e.type, e.parties, e.date, e.kind) for e in read_article(text, reference_date=REF, corpus=corpus)]
    assert got == want


def test_a_target_named_in_hindi_is_no_party(corpus):
    text = "पेरू और चिली में नई रक्षा संधि, निशाने पर बोलीविया"
    assert [(t, p) for t, p, _ in _events(text, corpus)] in ([], [("announced", ("CHL", "PER"))],
                                                              [("signed", ("CHL", "PER"))])
