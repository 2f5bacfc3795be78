"""Round 48 of the news reader's general rules (prompted by the misses of fresh113 and fresh114, read once before):

* in Hindi, a joint exercise called off with the verb first, as a headline puts it ("विश्व कप के कारण टला
  जापान-ऑस्ट्रेलिया का संयुक्त सैन्य अभ्यास"), is a suspension by the states named after the verb, as "... संयुक्त सैन्य
  अभ्यास रद्द कर दिया" is; a cultural programme called off is none.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_with_kind


@pytest.mark.parametrize("text,want", [
    ("विश्व कप के कारण टला जापान-ऑस्ट्रेलिया का संयुक्त सैन्य अभ्यास", [("suspended", ("AUL", "JPN"), None, "none")]),
    ("टोक्यो, 3 मार्च 2022। विश्व कप के कारण मंगलवार को टला जापान-ऑस्ट्रेलिया का संयुक्त सैन्य अभ्यास।",
     [("suspended", ("AUL", "JPN"), "2022-03-01", "none")]),
    ("विश्व कप के कारण टला जापान-ऑस्ट्रेलिया का सांस्कृतिक कार्यक्रम", []),
])
def test_a_hindi_exercise_called_off_verb_first_is_a_suspension(corpus, text, want):
    assert events_with_kind(text, corpus) == want
