"""Round 64 of the news reader's general rules (prompted by a sentence written for round 63's tests):

* a Hindi report whose subject after "that" is the reporter itself ("अज़रबैजान ने कहा कि वह ... संधि को आगे नहीं
  बढ़ाएगा") keeps the reporter as the party, as the English "said that it" already did; a report of another state's
  step ("... ने कहा कि अज़रबैजान ने ...") still names the state after "that".

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text", [
    "मिन्स्क, 5 फरवरी 1999। अज़रबैजान ने कहा कि वह रूस के साथ रक्षा संधि को आगे नहीं बढ़ाएगा।\n",
    "MINSK, Feb 5, 1999 - Azerbaijan said that it will not extend its defence treaty with Russia.\n",
])
def test_the_reporter_itself_after_that_is_the_party(corpus, text):
    assert [e[:2] for e in events_of(text, corpus)] == [("withdrew", ("AZE",))]


def test_another_state_after_that_is_the_party(corpus):
    text = "मिन्स्क, 5 फरवरी 1999। रूस ने कहा कि अज़रबैजान ने रक्षा संधि छोड़ दी है।\n"
    assert [e[:2] for e in events_of(text, corpus)] == [("withdrew", ("AZE",))]
