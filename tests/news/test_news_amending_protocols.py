"""A protocol or an amendment takes its class from the pact it amends: signing "a protocol amending the Treaty of
Friendship and Cooperation" (or "मैत्री और सहयोग संधि में बदलाव करने वाले प्रोटोकॉल") is a pact event as signing the
treaty would be; a protocol to a trade treaty is not.  Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of

HI = "शीर्षक\nमनीला, 16 दिसंबर 1987।\n\nइंडोनेशिया और मलेशिया ने मंगलवार को {pact} पर हस्ताक्षर किए।"
EN = "Headline\nMANILA, Dec 16, 1987 -- Indonesia and Malaysia on Tuesday signed {pact}."


@pytest.mark.parametrize(("template", "pact"), [
    (HI, "'क्षेत्रीय मैत्री और सहयोग संधि' में बदलाव करने वाले प्रोटोकॉल"),
    (HI, "मैत्री और सहयोग संधि के संशोधन प्रोटोकॉल"),
    (EN, "a protocol amending the Treaty of Friendship and Cooperation"),
    (EN, "a protocol to their treaty of friendship"),
])
def test_a_protocol_amending_a_pact_is_read_as_the_pact(corpus, template, pact):
    assert events_of(template.format(pact=pact), corpus) == [("signed", ("INS", "MAL"), "1987-12-15")]


@pytest.mark.parametrize(("template", "pact"), [
    (HI, "व्यापार संधि के संशोधन प्रोटोकॉल"),
    (EN, "a protocol to the trade treaty"),
    (EN, "a protocol on fisheries, recalling their treaty of friendship"),
])
def test_a_protocol_to_a_pact_of_another_kind_is_not(corpus, template, pact):
    assert events_of(template.format(pact=pact), corpus) == []
