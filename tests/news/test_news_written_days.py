"""Days read from how a report tells them: a dateline of a place and its country ("SANTA CRUZ, Bolivia, Nov. 22, 2010
--") is the paper's day, not the event's; a day in an event's sentence that dates the saying gives way to the day of
the visit told just before it; a statement "posted on its website on Saturday" dates the saying, not the signing a
later sentence dates ("The memorandum was signed on Friday"); a dateline of a place and a weekday alone ("ANKARA,
Wednesday.") under the paper's date tells the day the report was written, and its "today"; a day after "since" is a
stay's start, not an act's day, where a sentence after it names another day.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of

from casus.news.clean import clean
from casus.news.extract import _Reader

_POSTED = ("DESK | Defence\n22/10/2017 16:04\n\nSyria, Iran sign military memorandum\n\nDAMASCUS (agencies) - Syria "
           "and Iran have signed a memorandum of understanding on military cooperation, the Syrian defence ministry "
           "{said}. The memorandum was signed on Friday at the end of talks between the two chiefs of staff.")


def test_a_statement_posted_on_a_website_dates_the_saying_not_the_signing(corpus):
    text = _POSTED.format(said="said in a statement posted on its website on Saturday")
    assert events_of(text, corpus) == [("signed", ("IRN", "SYR"), "2017-10-20")]


def test_a_signing_dated_in_its_own_sentence_keeps_its_day(corpus):
    text = _POSTED.format(said="said").replace("have signed", "signed on Saturday")
    assert events_of(text, corpus) == [("signed", ("IRN", "SYR"), "2017-10-21")]


_DATELINE = ("THE DAILY COURIER                              Thursday, March 3, 1955\nForeign News\n\nALLIES SET UP "
             "A MILITARY STAFF\n\nFrom Our Own Correspondent\n{place}\nThe foreign ministers of Greece and Turkey "
             "today signed a military agreement establishing a joint staff.")


@pytest.mark.parametrize("place,day", [("ANKARA, Wednesday.", "1955-03-02"), ("ANKARA, Thursday.", "1955-03-03"),
                                       ("ANKARA.", "1955-03-03")])
def test_a_weekday_dateline_under_the_papers_date_is_the_day_written(corpus, place, day):
    assert events_of(_DATELINE.format(place=place), corpus) == [("signed", ("GRC", "TUR"), day)]


def _first_day(text: str, corpus) -> str | None:
    r = _Reader(clean(text), None, corpus, None)
    got = r.first_day(0)
    return got[0] if got else None


@pytest.mark.parametrize("second,day", [
    ("The two generals met in Cairo on Wednesday, August 31, and signed a military protocol.", "2022-08-31"),
    ("The two generals met in Cairo and signed a military protocol.", "2022-08-30"),
])
def test_a_day_after_since_is_read_only_where_no_other_day_is(corpus, second, day):
    text = ("Published: Thursday, 1 September 2022\n\nGreece's chief of staff has been in Egypt since August 30 on "
            "an official visit. " + second)
    assert _first_day(text, corpus) == day


@pytest.mark.parametrize("place", ["SANTA CRUZ, Bolivia,", "SANTA CRUZ,"])
def test_a_dateline_of_a_place_and_its_country_is_the_papers_day_not_the_events(corpus, place):
    text = (f"Pact\n\n{place} Nov. 22, 2010 -- The defence ministers of Brazil and Chile signed a defence cooperation "
            "agreement on Sunday.")
    assert events_of(text, corpus) == [("signed", ("BRA", "CHL"), "2010-11-21")]


_SAID = ("Tuesday, January 26, 2021\n\nMinister in Khartoum\n\nJERUSALEM - Israel's intelligence minister led a "
         "delegation to Sudan{when}. During the visit, he met the head of the council. The minister and Sudan's "
         "defence minister signed a security memorandum, the ministry said in a statement released on Tuesday.")


@pytest.mark.parametrize("when,day", [(" on Monday", "2021-01-25"), ("", "2021-01-26")])
def test_a_day_that_dates_the_saying_gives_way_to_the_visits_day_before(corpus, when, day):
    assert [e[2] for e in events_of(_SAID.format(when=when), corpus)] == [day]
