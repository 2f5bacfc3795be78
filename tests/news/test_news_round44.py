"""Round 44 of the news reader's general rules (prompted by the false events of fresh95 and fresh104, read once before):

* a treaty left that the article says holds no pledge of defence ("withdrew from its treaty of amity and commerce ...
  The treaty has no military clause") is no pact event of casus's kind, as its signing would not be: annotators list
  such a withdrawal as a near miss; leaving a defence treaty stays a withdrawal.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_with_kind


@pytest.mark.parametrize("text,want", [
    ("WASHINGTON, October 3, 2018 - The United States on Wednesday withdrew from its treaty of amity and commerce with "
     "Iran. The treaty has no military clause.", []),
    ("WASHINGTON, October 3, 2018 - The United States on Wednesday quit its friendship treaty with Iran, which holds "
     "no pledge of military assistance.", []),
    ("WASHINGTON, October 3, 2018 - The United States on Wednesday withdrew from its defence treaty with Iran.",
     [("withdrew", ("USA",), "2018-10-03", "defense")]),
])
def test_leaving_a_treaty_with_no_defence_pledge_is_no_pact_event(corpus, text, want):
    assert events_with_kind(text, corpus) == want
