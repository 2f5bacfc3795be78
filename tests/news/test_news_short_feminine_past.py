"""The short feminine past of a pact ended ("... संधि रद्द की", "सदस्यता खत्म की") is read where the clause ends after
it; a bare "की" before a noun is the genitive ("संधि रद्द की मांग": a demand), and reads no event.  Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of

ARTICLE = "शीर्षक\nमॉस्को, 20 मार्च 1945।\n\n{text}"


@pytest.mark.parametrize("text", [
    "सोवियत संघ ने सोमवार को तुर्की के साथ 1925 की मैत्री और तटस्थता संधि रद्द की।",
    "सोवियत संघ ने सोमवार को तुर्की के साथ मैत्री संधि रद्द की और नई संधि की मांग रखी।",
    "सोवियत संघ ने सोमवार को तुर्की के साथ तटस्थता संधि खत्म की, अधिकारियों ने बताया।",
])
def test_a_pact_ended_in_the_short_feminine_past_is_a_withdrawal(corpus, text):
    assert events_of(ARTICLE.format(text=text), corpus) == [("withdrew", ("RUS",), "1945-03-19")]


@pytest.mark.parametrize("text", [
    "विपक्ष ने सोमवार को तुर्की के साथ मैत्री संधि रद्द की मांग रखी।",
    "सोवियत अखबारों में सोमवार को तटस्थता संधि खत्म की चर्चा रही।",
])
def test_the_genitive_ki_reads_no_event(corpus, text):
    assert events_of(ARTICLE.format(text=text), corpus) == []
