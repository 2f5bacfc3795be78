"""Round 51 of the news reader's general rules (prompted by the false events of fresh123, read once before):

* a city that names a convention or a conference ("invoked Article 67 of the Vienna Convention on the Law of
  Treaties") is no party: no state invoked anything there; a state's own name stays a party, and a city that names a
  treaty ("the Moscow Treaty") is left as before.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text,want", [
    ("MANAGUA, November 20, 2021 - In the letter, the minister invoked Article 67 of the Vienna Convention on the Law "
     "of Treaties.", []),
    ("MOSCOW, May 24, 2002 - Russia and the United States today signed the Moscow Treaty on strategic offensive "
     "reductions, a defence pact.", [("signed", ("RUS", "USA"), "2002-05-24")]),
])
def test_a_city_naming_a_convention_is_no_party(corpus, text, want):
    assert events_of(text, corpus) == want
