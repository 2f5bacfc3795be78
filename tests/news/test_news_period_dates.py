"""An event the text places in a period ("signed this month", "इसी महीने ... हस्ताक्षर किए हैं") is not dated by the
article's own day, even in a report's lead or in the present perfect.  Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from casus.news import read

EN = "Chad and Niger sign defence pact\n\nN'DJAMENA, May 20, 2021 - Chad and Niger {verb} a defence pact {when}, " \
     "pledging to come to each other's aid."
HI = "चाड और नाइजर का रक्षा समझौता\n\nन्जामेना, 20 मई 2021\n\nचाड और नाइजर ने {when} एक रक्षा समझौते पर हस्ताक्षर किए हैं, " \
     "जिसके तहत हमले की स्थिति में दोनों एक-दूसरे की मदद करेंगे।"


@pytest.mark.parametrize(("verb", "when"), [("signed", "this month"), ("have signed", "earlier this month"),
                                            ("signed", "last month"), ("have signed", "this year")])
def test_english_period_gives_no_day(verb, when):
    events = read(EN.format(verb=verb, when=when), learned_types=False).events
    assert [(e.type, e.parties, e.date) for e in events] == [("signed", ("CHA", "NIR"), None)]


@pytest.mark.parametrize("when", ["इसी महीने", "इस महीने", "पिछले महीने", "इस साल"])
def test_hindi_period_gives_no_day(when):
    events = read(HI.format(when=when), learned_types=False).events
    assert [(e.type, e.parties, e.date) for e in events] == [("signed", ("CHA", "NIR"), None)]


def test_without_a_period_the_article_day_stands():
    events = read(EN.format(verb="have signed", when="in the capital"), learned_types=False).events
    assert [(e.type, e.date) for e in events] == [("signed", "2021-05-20")]
    events = read(HI.format(when="राजधानी में"), learned_types=False).events
    assert [(e.type, e.date) for e in events] == [("signed", "2021-05-20")]


def test_a_thing_of_the_period_is_no_period():
    text = "Chad and Niger sign defence pact\n\nN'DJAMENA, May 20, 2021 - Chad and Niger have signed this year's " \
           "defence pact, pledging to come to each other's aid."
    assert [(e.type, e.date) for e in read(text, learned_types=False).events] == [("signed", "2021-05-20")]
