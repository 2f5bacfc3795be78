"""Round 56 of the news reader's general rules (prompted by the misses of fresh134, read once before):

* defence industry is a field of security cooperation ("a protocol on defence industry co-operation", "रक्षा उद्योग
  सहयोग समझौता");
* a step the lead reports, dated, is kept as one of security cooperation when the headline says what the pact is.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_with_kind


@pytest.mark.parametrize("text", [
    "ANKARA, May 10, 2012 - Turkey and Malaysia on Thursday signed a protocol on defence industry co-operation, the "
    "ministry said.\n",
    "कुआलालंपुर, 10 मई 2012। मलेशिया और तुर्की ने गुरुवार को रक्षा उद्योग सहयोग समझौते पर हस्ताक्षर किए।\n",
])
def test_defence_industry_is_a_field_of_security_cooperation(corpus, text):
    assert events_with_kind(text, corpus) == [("signed", ("MAL", "TUR"), "2012-05-10", "none")]


def test_the_headline_says_what_the_pact_of_the_leads_step_is(corpus):
    text = ("Malaysia and Turkey sign protocol on defence industry co-operation\n\nKUALA LUMPUR, May 10, 2012\n\n"
            "Malaysia and Turkey signed a protocol in Kuala Lumpur on Thursday, the Malaysian ministry said.\n")
    assert events_with_kind(text, corpus) == [("signed", ("MAL", "TUR"), "2012-05-10", "none")]
