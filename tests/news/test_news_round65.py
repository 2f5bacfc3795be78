"""Round 65 of the news reader's general rules (prompted by the misses of fresh146 and fresh136, read once before):

* a state of war said to exist or declared ("a state of war exists between Italy and Austria", "declared a state of
  war with", "... के साथ युद्ध की स्थिति में है", "... के खिलाफ युद्ध की स्थिति मानी") reads as a war declared;
* an ally named in the headline or its deck speaks for the lead's declaration ("ROME FOLLOWS HER ALLIES");
* in Hindi, the promises a state cites ("... के वादों का हवाला") are the obligations it acts on.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text", [
    "GREECE AT WAR WITH TURKEY\n\nATHENS FOLLOWS HER ALLIES\n\nATHENS, July 2, 1917.\n\nThe Greek Government announced "
    "today that a state of war exists between Greece and Turkey.\n",
    "ग्रीस ने तुर्की के खिलाफ युद्ध की स्थिति मानी, सहयोगियों के वादों का हवाला\n\nएथेंस, 2 जुलाई 1917। सरकार ने आज "
    "घोषणा की।\n",
])
def test_a_state_of_war_beside_an_ally_or_promises_is_an_invocation(corpus, text):
    assert [e[:2] for e in events_of(text, corpus)] == [("invoked", ("GRC",))]


def test_a_state_of_war_with_no_ally_or_pledge_is_none(corpus):
    text = ("GREECE AT WAR WITH TURKEY\n\nATHENS, July 2, 1917.\n\nThe Greek Government announced today that a state "
            "of war exists between Greece and Turkey.\n")
    assert [e for e in events_of(text, corpus) if e[0] == "invoked"] == []
