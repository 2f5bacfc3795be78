"""Round 66 of the news reader's general rules (prompted by the misses of fresh146, read once before):

* a Hindi correlative in the plural names the pacts ("ऐसे समझौतों पर हस्ताक्षर किए जिनके तहत ..."), as the singular
  ("एक ऐसे समझौते पर ... जिसके तहत") already did: a signing, not a kind of pact;
* talks completed by a signing are the signing ("बातचीत ... एक रक्षा संधि पर हस्ताक्षर के साथ पूरी हो गई").

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text", [
    "वारसॉ, 4 जनवरी 1940। पोलैंड और हंगरी ने ऐसे रक्षा समझौतों पर हस्ताक्षर किए जिनके तहत दोनों सेनाएं मिलकर लड़ेंगी।\n",
    "वारसॉ, 4 जनवरी 1940। पोलैंड और हंगरी के बीच लंबी बातचीत एक रक्षा संधि पर हस्ताक्षर के साथ पूरी हो गई।\n",
])
def test_hindi_signings_by_a_plural_correlative_or_talks_completed(corpus, text):
    assert [e[:2] for e in events_of(text, corpus)] == [("signed", ("HUN", "POL"))]


def test_such_pacts_without_a_correlative_are_a_kind_of_pact(corpus):
    text = "वारसॉ, 4 जनवरी 1940। पोलैंड ऐसे रक्षा समझौतों पर हस्ताक्षर करने वाला तीसरा देश है।\n"
    assert events_of(text, corpus) == []
