"""An instrument lodged with its depositary named between the verb and the instrument ("deposited with the Pan
American Union its instrument of ratification", "lodged with the Secretary-General its instrument of accession") is the
ratification or the accession, as "deposited its instrument of ratification" was; the Pan American Union (and any
"Pan-American" body) is the hemisphere's, not the United States'; notes exchanged as "a pair of diplomatic notes" or
"two notes" are a signing, as "exchanged diplomatic notes" was.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("depositary", ["the Pan American Union", "the Pan-American Union",
                                        "the Organization of American States", "the General Secretariat"])
def test_an_instrument_deposited_with_its_depositary_is_the_ratification(corpus, depositary):
    text = (f"WASHINGTON, Nov. 8, 1950 -- Peru yesterday deposited with {depositary} its instrument of ratification of "
            "the Inter-American Treaty of Reciprocal Assistance.")
    assert events_of(text, corpus) == [("ratified", ("PER",), "1950-11-07")]


def test_an_instrument_of_accession_lodged_with_its_depositary_is_the_accession(corpus):
    text = ("NEW YORK, Nov. 8, 1950 -- Peru yesterday lodged with the Secretary-General of the United Nations its "
            "instrument of accession to the Inter-American Treaty of Reciprocal Assistance.")
    assert events_of(text, corpus) == [("joined", ("PER",), "1950-11-07")]


def test_an_instrument_still_to_be_deposited_is_no_event(corpus):
    text = ("WASHINGTON, Nov. 8, 1950 -- Peru will deposit with the Pan American Union its instrument of ratification "
            "of the Inter-American Treaty of Reciprocal Assistance next week.")
    assert events_of(text, corpus) == []


@pytest.mark.parametrize("notes", ["a pair of diplomatic notes", "two notes", "the letters"])
def test_notes_exchanged_in_a_pair_are_a_signing(corpus, notes):
    text = (f"LISBON, June 3, 1953 -- The foreign ministers of Portugal and Spain today exchanged {notes} confirming "
            "the treaty of friendship and non-aggression between the two countries.")
    assert events_of(text, corpus) == [("signed", ("POR", "SPN"), "1953-06-03")]
