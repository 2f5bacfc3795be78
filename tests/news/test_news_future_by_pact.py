"""What a pact will have a state do, told after the pact cited as its ground ("समझौते के आधार पर ... हाथ बँटाएगा"), is
no invocation: the future verb may stand further from the phrase than from a verb trigger (sentences written for these
tests)."""

from __future__ import annotations

from news_gold import events_of


def test_a_future_after_the_pact_as_ground_is_no_invocation(corpus):
    text = ("नई दिल्ली, 5 मार्च। भारत और फ्रांस ने कल यहाँ एक संयुक्त रक्षा समझौते पर हस्ताक्षर किए।\n\n"
            "इस समझौते के आधार पर फ्रांस भारत की समुद्री सीमाओं की रक्षा में हाथ बँटाएगा।\n")
    got = events_of(text, corpus, "2019-03-05")
    assert [e[0] for e in got] == ["signed"]


def test_a_request_made_under_the_pact_is_still_one(corpus):
    text = ("वारसॉ, 5 मार्च। पोलैंड ने कल उत्तर अटलांटिक संधि के अनुच्छेद 4 के तहत नाटो सहयोगियों से परामर्श का अनुरोध किया।\n\n"
            "सरकार ने कहा कि सीमा पर ड्रोन गिरने के बाद यह ज़रूरी हो गया था।\n")
    got = events_of(text, corpus, "2019-03-05")
    assert [e[0] for e in got] == ["invoked"]
