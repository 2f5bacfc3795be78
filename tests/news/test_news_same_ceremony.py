"""A second pact signed at the act of the first ("At the same ceremony, ... signed a memorandum", "उसी समारोह में"):
dated by the first, and of the field the first one's sentence names (sentences written for these tests)."""

from __future__ import annotations

import pytest
from news_gold import events_with_kind

ENGLISH = ("VILNIUS, March 5 - The defence ministers of Estonia and Latvia yesterday signed a defence cooperation "
           "agreement on joint air surveillance in Vilnius.\n\nAt the same ceremony Estonia, Latvia, Poland and "
           "Sweden put their names to a memorandum of understanding on the training of the centre's staff.\n")
HINDI = ("रीगा, 5 मार्च। एस्टोनिया और लातविया के रक्षा मंत्रियों ने कल रीगा में संयुक्त हवाई निगरानी पर एक रक्षा सहयोग "
         "समझौते पर हस्ताक्षर किए।\n\nउसी समारोह में एस्टोनिया, लातविया, पोलैंड और स्वीडन ने केंद्र के कर्मचारियों के "
         "प्रशिक्षण पर एक समझौता ज्ञापन पर भी हस्ताक्षर किए।\n")


@pytest.mark.parametrize("text", [ENGLISH, HINDI], ids=["en", "hi"])
def test_a_memorandum_signed_at_the_same_ceremony_is_a_second_signing(corpus, text):
    got = events_with_kind(text, corpus, "2019-03-05")
    assert ("signed", ("EST", "LAT"), "2019-03-04", "none") in got
    assert ("signed", ("EST", "LAT", "POL", "SWD"), "2019-03-04", "none") in got
