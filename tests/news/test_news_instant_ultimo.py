"""Days of the month as old dispatches write them: "the 20th instant" ("inst.") is that day of the paper's own month,
"the 28th ultimo" ("ult.") that day of the month before; a weekday beside one ("On Monday, the 20th instant") names the
same day and does not move it.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

from datetime import date

import pytest
from news_gold import events_of

from casus.news.dates import find_dates, resolve
from casus.news.text import fold


@pytest.mark.parametrize("said,day", [("the 20th instant", "1870-06-20"), ("the 20th inst.", "1870-06-20"),
                                      ("the 28th ultimo", "1870-05-28"), ("the 28th ult.", "1870-05-28"),
                                      ("On Monday, the 20th instant", "1870-06-20")])
def test_a_day_of_this_month_or_the_last_as_old_dispatches_write_it(said, day):
    hits = find_dates(fold(f"The protocol was signed {said}, the envoys said."))
    assert len(hits) == 1 and hits[0].kind == "thismonth"
    assert resolve(hits[0], date(1870, 6, 30), "the paper's date")[0] == day


def test_an_event_dated_by_the_day_instant_in_a_dispatch(corpus):
    text = ("LONDON, Thursday, June 30, 1870.\n\nOn Monday, the 20th instant, the envoys of Argentina and Brazil "
            "signed a treaty of alliance at Buenos Ayres.")
    assert events_of(text, corpus) == [("signed", ("ARG", "BRA"), "1870-06-20")]


def test_instant_as_a_word_is_no_day():
    assert find_dates(fold("The treaty took effect the instant it was signed.")) == []
