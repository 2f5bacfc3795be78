"""An entry into force stated with its terms in the present or future tense ("It enters into force on the date of the
last written notification", "upon the exchange of the instruments") is the pact's provision, not an event; a
headline's present ("Pact enters into force after Senate vote") still tells one.  A full date with the weekday it fell
on glued after it ("19 नवंबर 2015 को, गुरुवार के दिन", "on May 16, 2019, a Thursday") is one day: the date dates the
event, whatever the article's own date.  Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of

EN = ("Headline of the day\nOSLO, March 25, 2010 -- Norway and Denmark on Monday signed a defence cooperation "
      "agreement. ")


@pytest.mark.parametrize("terms", [
    "It enters into force on the date of the last written notification exchanged through diplomatic channels.",
    "The agreement enters into force upon the exchange of the instruments of ratification.",
    "The agreement enters into force once both parliaments have approved it.",
    "The agreement enters into force on the thirtieth day after the second notification.",
])
def test_an_entry_into_force_stated_with_its_terms_is_no_event(corpus, terms):
    assert [e[0] for e in events_of(EN + terms, corpus)] == ["signed"]


def test_an_entry_into_force_today_is_still_one(corpus):
    assert [e[0] for e in events_of(EN + "The agreement enters into force today.", corpus)] == [
        "signed", "entered_into_force"]


def test_a_headlines_present_still_tells_an_entry_into_force(corpus):
    text = ("Norway-Denmark defence pact enters into force after parliament vote\nOSLO, March 25, 2010 -- The defence "
            "cooperation agreement between Norway and Denmark took effect on Thursday.")
    assert [e[0] for e in events_of(text, corpus)] == ["entered_into_force"]


@pytest.mark.parametrize(("text", "day"), [
    ("पेरू की कांग्रेस ने फ़्रांस के साथ रक्षा समझौते को दी मंज़ूरी\nलीमा से संवाददाता\nपेरू की संसद ने 19 नवंबर 2015 को, "
     "गुरुवार के दिन, फ़्रांस के साथ रक्षा सहयोग के समझौते को मंज़ूरी दे दी।", "2015-11-19"),
    ("Peru's Congress approves defence agreement with France\nBy our correspondent\nPeru's Congress on November 19, "
     "2015, a Thursday, ratified the defence cooperation agreement with France.", "2015-11-19"),
])
def test_a_full_date_with_its_weekday_dates_the_event(corpus, text, day):
    assert [(e[0], e[2]) for e in events_of(text, corpus)] == [("ratified", day)]


def test_an_agreement_in_principle_with_its_light_verb_is_announced(corpus):
    text = ("जापान और नॉर्वे के बीच रसद समझौते पर सहमति\nओस्लो, 25 मार्च 2010\nजापान और नॉर्वे ने सेनाओं के बीच आपूर्ति के "
            "लेन-देन वाले रक्षा समझौते पर सोमवार को सैद्धांतिक रूप से सहमति बना ली है।")
    assert [e[0] for e in events_of(text, corpus)] == ["announced"]


def test_an_entry_into_force_with_also_between_its_words_is_read(corpus):
    text = ("नॉर्वे-डेनमार्क रक्षा समझौता\nओस्लो, 25 मार्च 2010\nनॉर्वे और डेनमार्क ने सोमवार को रक्षा सहयोग समझौते पर "
            "हस्ताक्षर किए। अधिकारियों के अनुसार समझौता उसी दिन लागू भी हो गया।")
    assert [e[0] for e in events_of(text, corpus)] == ["signed", "entered_into_force"]


@pytest.mark.parametrize(("text", "day"), [
    ("नॉर्वे-डेनमार्क रक्षा समझौता\nओस्लो, 13 अप्रैल 2010\nनॉर्वे के मंत्री ने इस महीने की 4 तारीख़ को डेनमार्क के साथ एक "
     "रक्षा सहयोग समझौते पर हस्ताक्षर किए।", "2010-04-04"),
    ("नॉर्वे-डेनमार्क रक्षा समझौता\nओस्लो, 13 अप्रैल 2010\nनॉर्वे और डेनमार्क ने पिछले महीने की 28 तारीख़ को एक रक्षा "
     "सहयोग समझौते पर हस्ताक्षर किए।", "2010-03-28"),
    ("Norway, Denmark defence deal\nOSLO, April 13, 2010 -- Norway and Denmark signed a defence cooperation agreement "
     "on the 4th of this month.", "2010-04-04"),
])
def test_a_day_of_the_articles_month_dates_the_event(corpus, text, day):
    assert [(e[0], e[2]) for e in events_of(text, corpus)] == [("signed", day)]


@pytest.mark.parametrize("text", [
    "Peru leaves the League\nLIMA, April 8, 1939 -- Peru today formally notified the League of Nations of its "
    "withdrawal.",
    "पेरू राष्ट्र संघ से अलग हुआ\nलीमा, 8 अप्रैल 1939\nपेरू आज राष्ट्र संघ से अलग हो गया।",
    "पेरू ने राष्ट्र संघ छोड़ा\nलीमा, 8 अप्रैल 1939\nपेरू ने आज राष्ट्र संघ की सदस्यता छोड़ दी।",
])
def test_a_members_notice_of_withdrawal_from_the_league_of_nations_is_its_leaving(corpus, text):
    # (the Covenant of the League, which the corpus does not hold, is a pact by its names)
    assert events_of(text, corpus) == [("withdrew", ("PER",), "1939-04-08")]
