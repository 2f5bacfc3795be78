"""Round 50 of the news reader's general rules (prompted by the misses of fresh119 and fresh120, read once before):

* a Hindi sentence that opens with a year ("1988: नाइजर के राष्ट्रपति ने ...", an anniversary headline) is read by the
  Hindi rules of suspensions and requests for help, not the English ones (its first letter, not its first characters,
  tells the script: :func:`casus.news.cues.hindi_sentence`);
* in Hindi, an appeal "made" ("... सैनिक भेजने की गुहार लगाई") is military help asked, as "... की अपील की" is.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_with_kind


@pytest.mark.parametrize("text,want", [
    ("बमाको, 3 मार्च 2022। नाइजर के राष्ट्रपति ने मंगलवार को फ्रांस से सैनिक भेजने की गुहार लगाई।",
     [("invoked", ("NIR",), "2022-03-01", None)]),
    ("1988: नाइजर के राष्ट्रपति ने फ्रांस से सैनिक भेजने की गुहार लगाई", [("invoked", ("NIR",), "1988", None)]),
    ("2019: जापान-ऑस्ट्रेलिया ने संयुक्त सैन्य अभ्यास रद्द कर दिया", [("suspended", ("AUL", "JPN"), "2019", "none")]),
])
def test_hindi_sentences_opening_with_a_year_and_appeals_made(corpus, text, want):
    assert events_with_kind(text, corpus) == want
