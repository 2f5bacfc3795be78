"""Sixth round of general forms (mostly English): a legislature's approval of a pact, a pact made binding, a
decision not to renew a pact, a law that ends one, a later signer becoming a member, adhering to a pact, separate
bilateral pacts in English, security pacts in the plural, a Cold War name of a state, a state past a semicolon, a
trigger's own negation, a ratification that led to a reported entry into force, a day said with a verb of saying
in a sentence about the future, and Hindi breaking or leaving a pact.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh
sets); reference date Thursday 2024-06-20, so "Tuesday" / "मंगलवार" is 2024-06-18.
"""

from __future__ import annotations

import pytest

from casus.news import read_article

REF = "2024-06-20"


def _full(text: str, corpus, ref: str = REF) -> list[tuple[str, tuple[str, ...], str | None, str | None]]:
    return [(e.type, e.parties, e.date, e.kind) for e in read_article(text, reference_date=ref, corpus=corpus)]


@pytest.mark.parametrize("text,want", [
    # a legislature's approval of a pact is its ratification
    ("Chile's parliament on Tuesday approved a mutual defence treaty with Peru.",
     [("ratified", ("CHL", "PER"), "2024-06-18")]),
    ("The Chilean senate today approved the defence agreement with Peru by 30 votes to 8.",
     [("ratified", ("CHL", "PER"), "2024-06-20")]),
    # ... not a cabinet's approval, nor a parliament's approval of anything but a pact
    ("Chile's cabinet on Tuesday approved a mutual defence treaty with Peru.", []),
    ("Chile's parliament on Tuesday approved the budget for the army of Peru's neighbour.", []),
    # a pact made binding is in force
    ("The defence treaty between Peru and Chile became binding on Tuesday.",
     [("entered_into_force", ("CHL", "PER"), "2024-06-18")]),
    # a decision not to renew a pact is a withdrawal (the trigger's own "not" does not negate the pact)
    ("Peru decided not to renew its alliance with Chile on Tuesday.", [("withdrew", ("PER",), "2024-06-18")]),
    # a law that ends a pact is a withdrawal, not a ratification
    ("The Peruvian president on Tuesday signed into law the termination of the defence treaty with Chile.",
     [("withdrew", ("PER",), "2024-06-18")]),
    ("Peru's president on Tuesday signed a decree ending the alliance with Chile.",
     [("withdrew", ("PER",), "2024-06-18")]),
    # a later signer that becomes a member joins the pact ("it": the pact the sentence names)
    ("Peru on Tuesday signed the collective defence treaty of the Andean states, becoming the fifth country to "
     "join it.", [("joined", ("PER",), "2024-06-18")]),
    # adhering to a pact is acceding to it
    ("Peru today formally adhered to the defence alliance of Chile and Bolivia.",
     [("joined", ("PER",), "2024-06-20")]),
])
def test_english_verb_forms_of_the_sixth_round(corpus, text, want):
    assert [x[:3] for x in _full(text, corpus)] == want


def test_becoming_a_member_needs_become(corpus):
    # "the fifth country to join" reports nothing without a verb of becoming
    text = "Peru was invited as the fifth country to join the alliance of Chile and Bolivia."
    assert [x[0] for x in _full(text, corpus)] != ["joined"]


def test_separate_bilateral_pacts_in_english_are_one_event_each(corpus):
    text = ("Peru signs security pacts with Chile, Bolivia and Ecuador. "
            "Peru signed bilateral security agreements with Chile, Bolivia and Ecuador on Tuesday.")
    assert sorted(x[:3] for x in _full(text, corpus)) == [
        ("signed", ("BOL", "PER"), "2024-06-18"), ("signed", ("CHL", "PER"), "2024-06-18"),
        ("signed", ("ECU", "PER"), "2024-06-18")]
    # one pact signed by several states together stays one event
    one = "Peru, Chile and Bolivia signed a defence treaty on Tuesday."
    assert [x[:2] for x in _full(one, corpus)] == [("signed", ("BOL", "CHL", "PER"))]


def test_a_state_past_a_semicolon_is_another_clauses(corpus):
    text = "U.S. SIGNS DEFENSE PACT WITH NATIONALIST CHINA; MINISTER WARNS CUBA"
    assert [x[:2] for x in _full(text, corpus)] == [("signed", ("TAW", "USA"))]


def test_a_ratification_before_a_reported_entry_into_force_is_its_step(corpus):
    text = ("The defence treaty between Peru and Chile came into force today. "
            "The Chilean senate approved the treaty on May 2 by 30 votes to 8.")
    assert [x[:3] for x in _full(text, corpus)] == [("entered_into_force", ("CHL", "PER"), "2024-06-20")]


@pytest.mark.parametrize("text,want", [
    # a day said with a verb of saying dates the saying: last Tuesday, though the sentence is about the future
    ("Peru will conclude a defence treaty with Chile, the foreign minister said on Tuesday.", "2024-06-18"),
    # ... a day of the future event itself is still the next one
    ("Peru has agreed the text of the defence treaty with Chile and will sign it on Friday.", "2024-06-21"),
])
def test_a_day_of_saying_in_a_sentence_about_the_future(corpus, text, want):
    assert [(x[0], x[2]) for x in _full(text, corpus)] == [("announced", want)]


@pytest.mark.parametrize("text,want", [
    # breaking a pact, separating oneself from it, leaving "it"
    ("पेरू ने मंगलवार को चिली के साथ रक्षा संधि तोड़ दी।", [("withdrew", ("PER",), "2024-06-18")]),
    ("पेरू ने मंगलवार को चिली के साथ हुई रक्षा संधि से खुद को अलग कर लिया।", [("withdrew", ("PER",), "2024-06-18")]),
    ("रक्षा संधि की अवधि मंगलवार को खत्म होने के साथ ही पेरू और बोलीविया आधिकारिक तौर पर इससे बाहर हो गए।",
     [("withdrew", ("BOL", "PER"), "2024-06-18")]),
    # ... not breaking off talks, nor leaving anything but a pact
    ("पेरू ने मंगलवार को चिली के साथ बातचीत तोड़ दी।", []),
    ("पेरू मंगलवार को चुनाव से बाहर हो गया।", []),
])
def test_hindi_forms_of_the_sixth_round(corpus, text, want):
    assert [x[:3] for x in _full(text, corpus)] == want
