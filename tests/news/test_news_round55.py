"""Round 55 of the news reader's general rules (prompted by the misses of fresh130, read once before):

* a step of a pact whose text names no alliance and states no kind, but whose own sentence says what security
  cooperation the pact is ("an agreement under which Moscow will operate a military base", "रक्षा उपकरणों की आपूर्ति से
  जुड़ा समझौता"), is kept when the corpus does not confirm it, of kind "none";
* warplanes count as that cue only when built or bought together ("the joint development of a fighter aircraft"), not
  when a treaty caps them ("the treaty that caps tanks, artillery and combat aircraft").

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_with_kind


@pytest.mark.parametrize("text,want", [
    ("MOSCOW, Sept 28, 2011 -- Russia's upper house of parliament on Wednesday ratified an agreement with Kyrgyzstan "
     "under which Moscow will operate a military base near Kant for another 15 years.\n",
     [("ratified", ("KYR", "RUS"), "2011-09-28", "none")]),
    ("मॉस्को, 10 मार्च 2017। रूस की संसद ने शुक्रवार को बेलारूस के साथ रक्षा उपकरणों की आपूर्ति से जुड़े समझौते का अनुमोदन "
     "किया।\n", [("ratified", ("BLR", "RUS"), "2017-03-10", "none")]),
])
def test_a_pact_its_sentence_calls_security_cooperation_is_kept_of_kind_none(corpus, text, want):
    assert events_with_kind(text, corpus) == want


def test_warplanes_a_treaty_caps_are_no_cue(corpus):
    text = ("MOSCOW, July 14, 2007 -- President Putin on Saturday signed a decree suspending Russia's part in the "
            "treaty that caps tanks, artillery and combat aircraft in Europe.\n")
    assert events_with_kind(text, corpus) == []
