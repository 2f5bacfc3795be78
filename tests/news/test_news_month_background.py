"""A pact event dated by a month alone, with no year or day ("signed in Oslo last March", "मार्च में हस्ताक्षर किए") is
background, as the labelled sets code it: the news is what the article dates to a day.  A month with its year, or a
day, still dates an event.  Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of

LEAD = "Headline of the day\nCOPENHAGEN, March 25, 2010 -- "


@pytest.mark.parametrize("text", [
    "The Danish parliament debated the defence cooperation agreement with Norway on Tuesday. The two governments "
    "signed the agreement in Oslo last November.",
    "Danish lawmakers will vote on the defence cooperation agreement with Norway next month. Norway and Denmark signed "
    "the agreement in March, officials said.",
    "डेनमार्क की संसद ने मंगलवार को नॉर्वे के साथ रक्षा सहयोग समझौते पर बहस की। दोनों देशों ने मार्च में ओस्लो में इस "
    "रक्षा सहयोग समझौते पर हस्ताक्षर किए।",
])
def test_an_event_dated_by_a_month_alone_is_background(corpus, text):
    assert [e for e in events_of(LEAD + text, corpus) if e[0] == "signed"] == []


@pytest.mark.parametrize(("text", "day"), [
    ("Norway and Denmark signed a defence cooperation agreement in Oslo on 12 March.", "2010-03-12"),
    ("Norway and Denmark signed a defence cooperation agreement in Oslo in March 2010.", "2010-03"),
    ("Norway and Denmark on Monday signed a defence cooperation agreement in Oslo.", "2010-03-22"),
    ("नॉर्वे और डेनमार्क ने 12 मार्च को ओस्लो में रक्षा सहयोग समझौते पर हस्ताक्षर किए।", "2010-03-12"),
])
def test_a_day_or_a_month_with_its_year_still_dates_an_event(corpus, text, day):
    assert events_of(LEAD + text, corpus) == [("signed", ("DEN", "NOR"), day)]
