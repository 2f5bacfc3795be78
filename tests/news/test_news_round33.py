"""Round 33 of the news reader's general rules (prompted by the misses of fresh93 and fresh94, read once before):

* the instruments of ratification deposited in Hindi ("अनुसमर्थन दस्तावेज़ जमा किए", "अनुमोदन के दस्तावेज जमा करा दिए") are a
  ratification, as "deposited its instruments of ratification" was; and the protocols of two states' membership named
  with "की" ("फ़िनलैंड और स्वीडन की नाटो सदस्यता के प्रोटोकॉल") are one event per protocol, as with "के" and "को";
* joint military activities, exercises, drills or training suspended with a state ("has suspended joint military
  activities with Honduras") are a suspension, as military cooperation or contacts suspended were;
* military cooperation, aid or contacts suspended are no pact of defence: the suspension's kind is "none" where the
  article states no other.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of, events_with_kind


def test_instruments_of_ratification_deposited_in_hindi_are_a_ratification(corpus):
    text = "वॉशिंगटन, 7 मई 2021। स्पेन ने गुरुवार को नाटो संधि के अनुसमर्थन के दस्तावेज जमा करा दिए।"
    assert events_of(text, corpus) == [("ratified", ("SPN",), "2021-05-06")]


def test_papers_deposited_that_ratify_nothing_are_no_ratification(corpus):
    text = "वॉशिंगटन, 7 मई 2021। स्पेन ने गुरुवार को बैंक में व्यापार समझौते के दस्तावेज जमा किए।"
    assert events_of(text, corpus) == []


def test_one_ratification_per_protocol_of_two_states_membership_in_hindi(corpus):
    # ("फ़िनलैंड और स्वीडन की नाटो सदस्यता के प्रोटोकॉल": the two states before "की", as before "के" and "को")
    text = ("वॉशिंगटन, 7 मई 2021। स्पेन ने गुरुवार को फ़िनलैंड और स्वीडन की नाटो सदस्यता के प्रोटोकॉल के अनुसमर्थन दस्तावेज़ "
            "जमा किए।")
    assert events_of(text, corpus) == [("ratified", ("FIN", "SPN"), "2021-05-06"),
                                       ("ratified", ("SPN", "SWD"), "2021-05-06")]


@pytest.mark.parametrize("text,want", [
    ("WASHINGTON, May 7, 2021 - The United States said on Thursday it has suspended joint military activities with "
     "Guatemala.", [("suspended", ("USA",), "2021-05-06")]),
    ("WASHINGTON, May 7, 2021 - The United States said on Thursday it has suspended joint trade activities with "
     "Guatemala.", []),
])
def test_joint_military_activities_suspended_are_a_suspension(corpus, text, want):
    assert events_of(text, corpus) == want


@pytest.mark.parametrize("text", [
    "WASHINGTON, May 7, 2021 - The United States said on Thursday it has suspended joint military activities with "
    "Guatemala.",
    "WASHINGTON, May 7, 2021 - The United States said on Thursday it was suspending security assistance to Chad.",
    "LIMA, May 7, 2021 - Peru suspended military cooperation with Chile on Thursday.",
])
def test_military_cooperation_suspended_is_of_kind_none(corpus, text):
    assert [e[3] for e in events_with_kind(text, corpus)] == ["none"]
