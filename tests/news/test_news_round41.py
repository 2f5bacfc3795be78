"""Round 41 of the news reader's general rules (prompted by the misses of fresh73 to fresh88, read once before):

* a state's decision to leave a pact, told as decided or said ("decided on Thursday to terminate its defence treaty",
  "said Thursday it will terminate its defence treaty") is its withdrawal on the day of the decision, as the labelled
  sets count it; a threat ("threatened to terminate"), a condition ("... if Tokyo did not lift the curbs") or a bare
  future with no decision before it ("will terminate") stays no event (:mod:`casus.news.decisions`).

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text,want", [
    ("SEOUL, August 22, 2019 - South Korea decided on Thursday to terminate its defence treaty with Japan.",
     [("withdrew", ("ROK",), "2019-08-22")]),
    ("SEOUL, August 22, 2019 - South Korea said Thursday it will terminate its defence treaty with Japan.",
     [("withdrew", ("ROK",), "2019-08-22")]),
    ("SEOUL, August 22, 2019 - South Korea threatened on Thursday to terminate its defence treaty with Japan.", []),
    ("SEOUL, August 22, 2019 - South Korea said on Thursday it would terminate its defence treaty with Japan if Tokyo "
     "did not lift the curbs.", []),
    ("SEOUL, August 22, 2019 - South Korea will terminate its defence treaty with Japan.", []),
])
def test_a_decision_to_leave_a_pact_is_a_withdrawal(corpus, text, want):
    assert events_of(text, corpus) == want
