"""An archive's dateline with its year in brackets ("MOSCOW, July 29 (1991) -", "LISBON (Dec. 7, 2005) -") is the
article's own date; a legislature named in full ("the Assembly of the Republic") that approves a pact ratifies it; a
document that is no pact, "signed by" someone, is no signing.  Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of

from casus.news.dates import find_dates
from casus.news.text import fold


@pytest.mark.parametrize("text, iso", [
    ("MOSCOW, July 29 (1991) - the talks", "1991-07-29"),
    ("मॉस्को, 29 जुलाई (1991)। बातचीत", "1991-07-29"),
])
def test_a_day_and_month_with_its_year_in_brackets_is_one_full_date(text, iso):
    hits = find_dates(fold(text))
    assert [(h.kind, h.day.isoformat() if h.day else None) for h in hits] == [("day", iso)]


def test_a_bracket_that_holds_more_than_the_year_joins_nothing():
    hits = find_dates(fold("the note of July 29 (1991 text) says"))
    assert [h.kind for h in hits] == ["daymonth", "year"]


def test_a_dateline_with_the_year_in_brackets_dates_the_lead(corpus):
    text = ("Norway and Denmark sign pact\n\nOSLO, March 3 (1994) - The foreign ministers of Norway and Denmark today "
            "signed a defence cooperation agreement.")
    assert events_of(text, corpus) == [("signed", ("DEN", "NOR"), "1994-03-03")]


def test_a_dateline_whose_date_stands_in_brackets_dates_the_lead(corpus):
    text = ("Norway and Denmark sign pact\n\nOSLO (March 3, 1994) - The foreign ministers of Norway and Denmark "
            "today signed a defence cooperation agreement.")
    assert events_of(text, corpus) == [("signed", ("DEN", "NOR"), "1994-03-03")]


def test_a_date_in_brackets_after_words_that_are_no_place_is_no_dateline(corpus):
    text = ("Norway and Denmark sign pact\n\nHe recalled it (March 3, 1994) - The foreign ministers of Norway and "
            "Denmark signed a defence cooperation agreement on Tuesday.")
    assert [e[2] for e in events_of(text, corpus)] != ["1994-03-01"]


def test_a_legislature_named_in_full_that_approves_a_pact_ratifies_it(corpus):
    text = ("Portugal approves pact\n\nLISBON, March 3, 2004 - Portugal's Assembly of the Republic on Wednesday "
            "approved for ratification the treaty of alliance with Angola.")
    assert [(e[0], "POR" in e[1]) for e in events_of(text, corpus)] == [("ratified", True)]


def test_a_resolution_signed_by_someone_is_no_signing_of_a_pact(corpus):
    text = ("Portugal approves pact\n\nLISBON, March 3, 2004 - The resolution, signed by the Assembly's president, "
            "sends the defence cooperation treaty with Angola to the official journal.")
    assert [e[0] for e in events_of(text, corpus)] != ["signed"]


def test_a_full_date_alone_as_the_leads_first_sentence_is_the_articles_date(corpus):
    hi = ("नॉर्वे और डेनमार्क की संधि\nइतिहास डेस्क\n3 मार्च 1994। नॉर्वे और डेनमार्क ने आज एक रक्षा सहयोग समझौते पर "
          "हस्ताक्षर किए।")
    en = ("Norway and Denmark sign pact\nHISTORY DESK\nMarch 3, 1994. The foreign ministers of Norway and Denmark "
          "today signed a defence cooperation agreement in Oslo.")
    for text in (hi, en):
        assert events_of(text, corpus) == [("signed", ("DEN", "NOR"), "1994-03-03")]
