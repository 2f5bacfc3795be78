"""Round 45 of the news reader's general rules (prompted by the misses of fresh111 and fresh112, read once before):

* arms delivered, shipped or supplied, then stopped ("decided to suspend the delivery of six F-15 fighters to
  Egypt", "halted artillery-shell shipments to Egypt", "ग्रीस को हथियारों की आपूर्ति निलंबित कर दी") are a suspension,
  as military sales stopped are; a delivery resumed, or one of wheat, is none.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_with_kind


@pytest.mark.parametrize("text,want", [
    ("WASHINGTON, June 11, 1981 - The United States on Wednesday decided to suspend the delivery of six F-15 fighters "
     "to Egypt.", [("suspended", ("USA",), "1981-06-10", "none")]),
    ("WASHINGTON, July 20, 1982 - The United States on Monday halted artillery-shell shipments to Egypt.",
     [("suspended", ("USA",), "1982-07-19", "none")]),
    ("वॉशिंगटन, 6 फरवरी 1975। अमेरिका ने बुधवार को ग्रीस को हथियारों की आपूर्ति निलंबित कर दी।",
     [("suspended", ("USA",), "1975-02-05", "none")]),
    ("WASHINGTON, June 11, 1981 - The United States on Wednesday resumed the delivery of six F-15 fighters to Egypt.",
     []),
    ("WASHINGTON, June 11, 1981 - The United States on Wednesday suspended the delivery of wheat to Egypt.", []),
])
def test_arms_deliveries_stopped_are_a_suspension(corpus, text, want):
    assert events_with_kind(text, corpus) == want
