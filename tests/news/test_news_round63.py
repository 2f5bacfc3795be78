"""Round 63 of the news reader's general rules (prompted by the misses of fresh143, read once before):

* a request for foreign or outside military help is a request for military help ("Albania's appeal for foreign
  military intervention"), but not one made again and again before ("has repeatedly asked for outside help");
* in Hindi, a membership or a pact not extended at its term is a withdrawal ("संधि में अपनी सदस्यता आगे नहीं बढ़ाएगा",
  "संधि को आगे नहीं बढ़ाएगा"), as "... आगे नहीं बढ़ाने का फैसला किया" already was.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


def test_a_plea_for_foreign_military_intervention_is_a_request(corpus):
    text = ("Plea unanswered\n\nBRUSSELS, May 9, 2006 -- East Timor's appeal for foreign military intervention met a "
            "cool response on Tuesday.\n")
    assert [e for e in events_of(text, corpus) if e[0] == "invoked"] == [("invoked", ("ETM",), None)]


def test_help_asked_for_again_and_again_before_is_none(corpus):
    text = ("NAIROBI, March 1, 2024 -- Somalia's government has repeatedly asked for outside help against the "
            "militants.\n")
    assert events_of(text, corpus) == []


@pytest.mark.parametrize("text", [
    "मिन्स्क, 5 फरवरी 1999। अज़रबैजान ने घोषणा की कि वह सामूहिक सुरक्षा संधि में अपनी सदस्यता आगे नहीं बढ़ाएगा।\n",
    "मिन्स्क, 5 फरवरी 1999। अज़रबैजान रूस के साथ अपनी रक्षा संधि को आगे नहीं बढ़ाएगा।\n",
])
def test_hindi_membership_or_pact_not_extended_is_a_withdrawal(corpus, text):
    assert [e[:2] for e in events_of(text, corpus)] == [("withdrew", ("AZE",))]
