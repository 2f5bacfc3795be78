"""The day an article's model-proposed event takes when no sentence reports it
(:meth:`casus.news.event_dates.EventDates.first_day`): the first day named near the sentence that gave its parties,
where a page's own labelled date
("प्रकाशित: 23 मई 2019", a dispatch's "Filed March 28, 9:30 p.m.") names no event and a place alone ("वॉशिंगटन।"), a
byline or a line that is a date and a time with a label is no sentence of the story.  Every article here was written
for these tests."""

from __future__ import annotations

import pytest

from casus.news.clean import clean
from casus.news.extract import _Reader


def _first_day(text: str) -> tuple[str, str] | None:
    r = _Reader(clean(text), None, None, None)
    return r.first_day(0)


HI = ("लाओस और वियतनाम ने रक्षा सहयोग का पांच साल का खाका किया तय\n\nअंतरराष्ट्रीय डेस्क | {label}: 23 मई 2019\n\n"
      "{place}लाओस और वियतनाम ने बुधवार को एक दस्तावेज़ पर दस्तख़त किए। दोनों देशों के अधिकारी मौजूद थे।")


@pytest.mark.parametrize("label", ["प्रकाशित", "अपडेटेड", "अपडेट"])
@pytest.mark.parametrize("place", ["", "हनोई। "])
def test_a_pages_own_date_and_a_place_alone_do_not_date_the_event(label, place):
    got = _first_day(HI.format(label=label, place=place))
    assert got is not None and got[0] == "2019-05-22"  # the Wednesday before the page's Thursday


EN = ("Laos and Vietnam settle five-year defence roadmap\n\nWorld desk | Published: Thursday, May 23, 2019\n\n"
      "HANOI.\n\nLaos and Vietnam on Wednesday signed a document. Officials of both attended.")


def test_english_page_date_and_place_alone():
    got = _first_day(EN)
    assert got is not None and got[0] == "2019-05-22"


def test_a_day_further_on_than_three_sentences_of_the_story_is_not_taken():
    text = ("Laos and Vietnam settle defence roadmap\n\nPublished: May 23, 2019\n\nOfficials of both states attended "
            "the meeting. The talks went on for hours. They spoke of training and exercises. Laos and Vietnam on "
            "Wednesday signed a document.")
    assert _first_day(text) is None


def test_the_sentence_before_the_states_is_read_when_none_after_names_a_day():
    from casus.news.article_types import _first_day as proposed_day

    text = ("Headline of the day\n\nPublished: December 16, 1987\n\nThe six members of the bloc on Tuesday signed a "
            "protocol at their summit. Laos, Vietnam and Cambodia agreed to it. The text goes to parliaments next. "
            "Officials welcomed the step.")
    r = _Reader(clean(text), None, None, None)
    where = next(i for i, (s, e) in enumerate(r.spans) if "laos" in r.low[s:e])
    assert r.first_day(where) is None
    assert proposed_day(r, where)[0] == "1987-12-15"



_FILED = ("Parliament backs the defence pact after a long week\n\n{filed}\n\nLONDON, March 28, 2011 - Norway will be "
          "among the first members of the new pact. The Storting, voting on Sunday night at the close of a week of "
          "debate, backed the country's entry by 120 votes to 30.")


@pytest.mark.parametrize("filed", ["Filed March 28, 9:30 p.m.", "Filed: March 28", "FILED MARCH 28"])
def test_a_dispatchs_filing_line_is_no_day_of_the_story_nor_one_of_its_sentences(filed):
    got = _first_day(_FILED.format(filed=filed))
    assert got is not None and got[0] == "2011-03-27"  # the Sunday before the dispatch's Monday


def test_filed_inside_a_sentence_is_no_filing_line():
    text = ("Lithuania deposits its papers\n\nVILNIUS, March 28, 2011 - Lithuania filed on Sunday its instrument of "
            "accession with the depositary. Officials of both states attended.")
    got = _first_day(text)
    assert got is not None and got[0] == "2011-03-27"
