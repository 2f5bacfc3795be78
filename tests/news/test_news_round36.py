"""Round 36 of the news reader's general rules (prompted by the misses of fresh99 and fresh100, read once before):

* an agreement on an airfield, or one extending or renewing rights at a base ("a deal extending American rights at the
  Dhahran airfield"), is a pact of the forces' presence, as one on a military base was;
* in Hindi, an agreement on the use of an airport or a port ("ढहरान हवाई अड्डे के इस्तेमाल को लेकर नए समझौते") is one
  too.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text,want", [
    ("MANAMA, May 9, 1975 - The United States and Bahrain on Thursday signed a deal extending American rights at the "
     "Muharraq airfield.", [("signed", ("BAH", "USA"), "1975-05-08")]),
    ("मनामा, 9 मई 1975। बहरीन और अमेरिका ने गुरुवार को मुहर्रक हवाई अड्डे के इस्तेमाल को लेकर एक समझौते पर हस्ताक्षर किए।",
     [("signed", ("BAH", "USA"), "1975-05-08")]),
    # an airport's use for trade flights, no forces: kept only if the corpus holds the pact (it holds none)
    ("MANAMA, May 9, 1975 - The United States and Bahrain on Thursday signed a deal extending landing rights for "
     "airlines.", []),
])
def test_an_airfield_or_airport_use_agreement_is_a_pact_of_presence(corpus, text, want):
    assert events_of(text, corpus) == want
