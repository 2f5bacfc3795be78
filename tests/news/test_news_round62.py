"""Round 62 of the news reader's general rules (prompted by the misses of earlier batches, read once before):

* a vote in favour of leaving or ratifying a pact is that step ("... की संसद ने वारसा संधि छोड़ने के पक्ष में वोट दिया",
  "voted in favour of ratifying the treaty");
* parties that decide on a named day to end their pact end it ("decided on Thursday to end its pact with");
* a notice that a pact will not be extended at its term is a withdrawal ("told Russia it will not extend the treaty");
* a pact to share military intelligence is one of security cooperation, kind "none" ("a military intelligence-sharing
  agreement", "खुफिया सूचना साझा करने का समझौता").

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text, want", [
    ("प्राग, 27 जून 1990। चेकोस्लोवाकिया की संसद ने आज वारसा संधि छोड़ने के पक्ष में वोट दिया।\n",
     [("withdrew", ("CZE",))]),
    ("SOFIA, July 4, 2003 - The Bulgarian parliament voted in favour of ratifying the treaty with Greece on mutual "
     "defence.\n", [("ratified", ("BUL", "GRC"))]),
    ("MANILA, May 3, 2023 - Japan and the Philippines decided on Wednesday to end their defence pact.\n",
     [("withdrew", ("JPN", "PHI"))]),
    ("TBILISI, Sept 24, 2008 - Georgia on Monday formally told Russia it will not extend their defence treaty.\n",
     [("withdrew", ("GRG",))]),
])
def test_votes_decisions_and_notices_that_end_or_ratify_a_pact(corpus, text, want):
    assert [e[:2] for e in events_of(text, corpus)] == want


@pytest.mark.parametrize("text", [
    "MANILA, May 3, 2023 - Japan and the Philippines on Wednesday signed a military intelligence-sharing agreement.\n",
    "मनीला, 3 मई 2023। जापान और फिलीपींस ने बुधवार को खुफिया सूचना साझा करने के समझौते पर हस्ताक्षर किए।\n",
])
def test_an_intelligence_sharing_pact_is_security_cooperation(corpus, text):
    assert events_of(text, corpus) == [("signed", ("JPN", "PHI"), "2023-05-03")]
    from casus.news import read

    assert [e.kind for e in read(text, corpus=corpus).events] == ["none"]


def test_a_deadline_not_extended_is_no_withdrawal(corpus):
    text = "TBILISI, Sept 24, 2008 - Georgia said it will not extend the deadline for talks on the treaty.\n"
    assert events_of(text, corpus) == []
