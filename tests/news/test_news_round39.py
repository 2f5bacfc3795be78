"""Round 39 of the news reader's general rules (prompted by the misses of fresh105 and fresh106, read once before):

* a pledge to defend one another's sovereignty or lands ("commit themselves to the defence of one another's
  sovereignty and territorial integrity") states a defence duty, and "the common defence of both states" is a
  defence label, so the signing of such a pact is kept, of kind defense; a pact on fisheries is none;
* a law or decree signed whose purpose is to leave a pact ("signed a decree taking Belarus out of the agreement") is
  the state's withdrawal, not a ratification; a decree ratifying the same agreement stays a ratification.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of, events_with_kind


@pytest.mark.parametrize("text,want", [
    ("LIMA, May 7, 1950 - Peru and Ecuador today signed a treaty under which the two states commit themselves to the "
     "defence of one another's sovereignty and territorial integrity.",
     [("signed", ("ECU", "PER"), "1950-05-07", "defense")]),
    ("LIMA, May 7, 1950 - Peru and Ecuador today signed a cooperation agreement. Under it, each side will "
     "contribute to the common defence of both states.",
     [("signed", ("ECU", "PER"), "1950-05-07", "defense")]),
    ("LIMA, May 7, 1950 - Peru and Ecuador today signed a cooperation agreement on fisheries.", []),
])
def test_a_pledge_to_defend_one_another_or_a_common_defence_is_a_defence_pact(corpus, text, want):
    assert events_with_kind(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("MINSK, March 3, 2022 - President Lukashenko on Thursday signed a decree taking Belarus out of the 1995 agreement "
     "on a joint air defence system of the CIS.", [("withdrew", ("BLR",), "2022-03-03")]),
    ("MINSK, March 3, 2022 - President Lukashenko on Thursday signed a decree taking Belarus out of the defence treaty "
     "with Kazakhstan.", [("withdrew", ("BLR",), "2022-03-03")]),
])
def test_a_decree_that_leaves_a_pact_is_a_withdrawal(corpus, text, want):
    assert events_of(text, corpus) == want


def test_a_decree_that_ratifies_a_pact_stays_a_ratification(corpus):
    text = ("MINSK, March 3, 2022 - President Lukashenko on Thursday signed a decree ratifying the defence treaty with "
            "Kazakhstan.")
    assert [e[0] for e in events_of(text, corpus)] == ["ratified"]
