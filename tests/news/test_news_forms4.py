"""Fourth round of general forms: a gerund after a main clause, a pact no longer held binding, a state made a
party or signing on to a pact, a legislature's advice and consent, entering into a pact to come, a pact broken by
one side, a call on one's guarantors or acting as one, help asked for in the passive or to act under a pact,
dates and background words that belong to a participle describing the pact, signings that only describe the pact
of a later step, announcements of the same step, kinds (a one-way promise to defend, a duty to consult together,
a treaty of alliance), demonyms, states named before the COW system's start, and a settlement's other party.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh
sets); reference date Thursday 2024-06-20, so "Tuesday" is 2024-06-18.
"""

from __future__ import annotations

import pytest

from casus.news import read_article

REF = "2024-06-20"


def _full(text: str, corpus, ref: str = REF) -> list[tuple[str, tuple[str, ...], str | None, str | None]]:
    return [(e.type, e.parties, e.date, e.kind) for e in read_article(text, reference_date=ref, corpus=corpus)]


def test_a_gerund_after_a_main_clause_reports_its_act(corpus):
    text = "Peru and Chile today renewed their old partnership, signing a treaty of alliance in Lima."
    assert _full(text, corpus) == [("signed", ("CHL", "PER"), "2024-06-20", "defense")]
    # a hypothetical main clause makes the gerund hypothetical too
    assert _full("Peru and Chile could renew their old partnership, signing a treaty of alliance in Lima.",
                 corpus) == []


@pytest.mark.parametrize("text,want", [
    # a pact no longer held binding, or broken by one side (a head of state announcing it)
    ("Peru today declared that it no longer considers itself bound by its defence treaty with Chile.",
     [("withdrew", ("PER",), "2024-06-20")]),
    ("President Garcia of Peru announced on Tuesday that he is breaking the defence treaty with Chile because of a "
     "border incident.", [("withdrew", ("PER",), "2024-06-18")]),
    # made a party, signing on to a pact: an accession ("last year" is the pact's, not the accession's)
    ("Bolivia on Tuesday became a party to the defence pact concluded by Peru and Chile in Lima last year.",
     [("joined", ("BOL",), "2024-06-18")]),
    ("Bolivia on Tuesday signed on to the defence pact of Peru and Chile.", [("joined", ("BOL",), "2024-06-18")]),
    # a legislature's advice and consent is a ratification, not a signing
    ("The Peruvian Congress today gave its advice and consent to the ratification of the defence treaty with Chile.",
     [("ratified", ("CHL", "PER"), "2024-06-20")]),
    # a pact to be entered into is announced; entering into a standoff is no pact event
    ("Peru and Chile are prepared to enter into a permanent agreement of mutual assistance, the Peruvian president "
     "said today.", [("announced", ("CHL", "PER"), "2024-06-20")]),
    ("Chilean troops entered into a long standoff with Peru on Tuesday despite the defence pact.", []),
])
def test_verb_forms_of_the_fourth_round(corpus, text, want):
    assert [x[:3] for x in _full(text, corpus)] == want


@pytest.mark.parametrize("text,want", [
    # a call on the guarantors of one's independence, the attacker before it
    ("After Chilean troops crossed the border on Tuesday, the Peruvian Government called on the powers that "
     "guarantee its independence to come to its defense.", [("invoked", ("PER",), "2024-06-18")]),
    ("Chilean troops crossed the border on Tuesday. Peru says it is acting as a guarantor power under the 1990 "
     "treaty.", [("invoked", ("PER",), "2024-06-18")]),
    # help asked for in the passive, the asker the agent; the year of the pact's signing is not the request's
    ("Chilean troops crossed into Bolivia on Tuesday. In Lima the defence ministry said the military aid had been "
     "requested by the Bolivian government under a defence agreement signed in 1990.",
     [("invoked", ("BOL",), "2024-06-18")]),
    ("Peru on Tuesday asked the Organization of American States to act under the Rio Treaty.",
     [("invoked", ("PER",), "2024-06-18")]),
])
def test_invocations_of_the_fourth_round(corpus, text, want):
    assert [x[:3] for x in _full(text, corpus)] == want


def test_a_participle_dates_the_pact_not_the_event(corpus):
    text = "The defence treaty between Peru and Chile, signed in Lima on May 2, came into force today."
    assert [x[:3] for x in _full(text, corpus)] == [("entered_into_force", ("CHL", "PER"), "2024-06-20")]


def test_a_passive_signing_describes_the_pact_of_a_later_step(corpus):
    text = ("LIMA, June 20\n\nThe Andean defence treaty came into force today.\n"
            "The treaty was signed by Peru, Chile and Bolivia at a ceremony in Cuzco.")
    assert [x[:3] for x in _full(text, corpus)] == [("entered_into_force", ("BOL", "CHL", "PER"), "2024-06-20")]


def test_an_announcement_of_the_same_step_is_no_event_of_its_own(corpus):
    text = ("Peru on Tuesday withdrew from its defence treaty with Chile. The move completes a step announced on "
            "June 3 by the president.")
    assert [x[:3] for x in _full(text, corpus)] == [("withdrew", ("PER",), "2024-06-18")]


@pytest.mark.parametrize("text,kind", [
    ("Peru and Chile signed a treaty on Tuesday; Chile undertakes to defend Peru against aggression by any power.",
     "defense"),
    ("Peru and Chile signed a treaty of alliance on Tuesday.", "defense"),
    ("Peru and Chile signed a treaty on Tuesday; they are to consult together on the measures needed if its terms "
     "are breached.", "consultation"),
])
def test_kinds_of_the_fourth_round(corpus, text, kind):
    assert [(e.type, e.kind) for e in read_article(text, reference_date=REF, corpus=corpus)] == [("signed", kind)]


@pytest.mark.parametrize("text,ref,want", [
    # demonyms name states
    ("The Bolivian and Paraguayan governments signed a defence pact on Tuesday.", REF, ("BOL", "PAR")),
    # a state named before the COW system's start is read at its start
    ("PARIS, Nov. 20\n\nAustria, Russia and Prussia today signed a treaty of alliance.", "1815-11-20",
     ("AUH", "GMY", "RUS")),
    # the other side of a settlement is no party
    ("Peru and Bolivia today signed a defence pact in Lima, on the day of the peace settlement with Chile.", REF,
     ("BOL", "PER")),
])
def test_parties_of_the_fourth_round(corpus, text, ref, want):
    assert [(e.type, e.parties) for e in read_article(text, reference_date=ref, corpus=corpus)] == [("signed", want)]
