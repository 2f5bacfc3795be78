"""What a defence word names when no pledge follows it: "defense assistance" and "defence aid" are a field of aid, not a
pledge to assist ("military assistance if attacked" stays one); "for mutual defence purposes" says what cooperation
serves, not a duty; a pact named only as a "defence agreement" whose article says it builds or buys submarines,
helicopters or fighters is an arms deal (kind "none"); "neither accord commits either country to ..." denies a duty.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_with_kind

_HEAD = "Pact\nLISBON, 3 March 1961 - "


@pytest.mark.parametrize("tail, kind", [
    ("Portugal and Spain today signed an agreement on a training mission. It builds on their mutual defense assistance "
     "accord of 1951, which supplied equipment.", "none"),
    ("Portugal and Spain today signed a defence aid agreement under which Madrid will train Portuguese pilots.",
     "none"),
    ("Portugal and Spain today signed a treaty under which each will give military assistance to the other if it "
     "is attacked.", "defense"),
    ("Portugal and Spain today signed a defence agreement. Neither accord commits either country to come to the "
     "other's defence.", "none"),
    ("Portugal and Spain today signed an amendment to their agreement for co-operation on the uses of atomic energy "
     "for mutual defence purposes.", "none"),
])
def test_a_defence_word_with_no_pledge(corpus, tail, kind):
    assert events_with_kind(_HEAD + tail, corpus) == [("signed", ("POR", "SPN"), "1961-03-03", kind)]


def test_a_defence_agreement_to_build_submarines_is_an_arms_deal(corpus):
    text = ("समझौता\nलिस्बन, 3 मार्च 1961। पुर्तगाल और स्पेन ने आज एक बड़े रक्षा समझौते पर हस्ताक्षर किए। समझौते के "
            "अनुसार स्पेन दो पनडुब्बियों के निर्माण की तकनीक पुर्तगाल को देगा।")
    assert events_with_kind(text, corpus) == [("signed", ("POR", "SPN"), "1961-03-03", "none")]


def test_a_defence_pact_with_a_pledge_stays_one_though_it_buys_arms(corpus):
    text = ("समझौता\nलिस्बन, 3 मार्च 1961। पुर्तगाल और स्पेन ने आज एक रक्षा संधि पर हस्ताक्षर किए, जिसके तहत किसी एक पक्ष "
            "पर हमला होने पर दूसरा उसकी सैन्य मदद करेगा। स्पेन दो पनडुब्बियों के निर्माण की तकनीक भी देगा।")
    assert events_with_kind(text, corpus) == [("signed", ("POR", "SPN"), "1961-03-03", "defense")]
