"""An article's own date on a page's furniture, and a day told again after a report's own: a short line that opens
with a time of day before its date ("00:09 24/07/2025, Thursday"); a masthead's date with more cells after it
("DEFENCE | Wednesday, March 12, 2025 | e-Paper"); a numeric date with hyphens, day first ("03-07-2018"); a page's
date line with its weekday first ("Wednesday 26 March 2025"), which dates no event as a neighbouring sentence; and a
statement's day ("said in a statement on Saturday"), which dates the saying, not the act told in the present perfect.
Every line here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_with_kind

from casus.news.dates import find_dates
from casus.news.header_dates import header_date
from casus.news.text import fold


@pytest.mark.parametrize("line, day", [
    ("00:09 24/07/2025, Thursday", "2025-07-24"),
    ("10:30 am | 5 May 2021", "2021-05-05"),
    ("WORLD | POLITICS | DEFENCE        Wednesday, March 12, 2025 | e-Paper | Sign in", "2025-03-12"),
    ("Posted: Tuesday 03-07-2018 07:15 CET | 3 min read", "2018-07-03"),
    # (a line of text with a date in it is no page's date)
    ("The ministers met on 12 March 2025 in the capital and agreed to meet again.", None),
])
def test_a_pages_own_date_behind_a_clock_or_between_masthead_cells(line, day):
    got = header_date([line], None)
    assert (got[0].isoformat() if got else None) == day


@pytest.mark.parametrize("text, day", [
    ("on 03-07-2018", "2018-07-03"),
    ("on 3.7.2018", "2018-07-03"),
    # (the two separators must be the same)
    ("on 03-07.2018", None),
])
def test_numeric_dates_day_first_with_hyphens(text, day):
    days = [h.day.isoformat() for h in find_dates(fold(text)) if h.kind == "day"]
    assert days == ([day] if day else [])


def test_a_weekday_after_a_time_of_day_resolves_against_the_pages_date(corpus):
    text = ("Ministers sign pact\n\n00:09 24/07/2025, Thursday\n\nANKARA - Turkey and Oman on Wednesday signed a "
            "military cooperation agreement in Ankara.")
    assert [e[2] for e in events_with_kind(text, corpus)] == ["2025-07-23"]


@pytest.mark.parametrize("second, day", [
    ("The two leaders signed the document in Wellington on Tuesday evening.", "2025-03-25"),
    # (no day told again: the page's date is the article's)
    ("The two leaders also discussed fisheries.", "2025-03-26"),
])
def test_a_pages_date_line_with_its_weekday_first_dates_no_event_as_a_neighbour(corpus, second, day):
    text = ("Pacific Desk\nWednesday 26 March 2025\n\nNew Zealand and Fiji sign a defence partnership\n\n"
            "WELLINGTON, March 26 - New Zealand and Fiji have signed a defence cooperation agreement. " + second)
    assert [e[2] for e in events_with_kind(text, corpus)] == [day]


@pytest.mark.parametrize("report, day", [
    ("the foreign ministry said in a statement on Saturday", "2022-10-28"),
    ("the ministry said in a joint press release issued on Saturday", "2022-10-28"),
    ("the ministry said on Saturday", "2022-10-28"),
])
def test_a_statements_day_dates_the_saying_and_the_act_takes_the_day_told_again(corpus, report, day):
    text = (f"Pact\nLUSAKA, Oct. 29, 2022 -- Zambia and Malawi have signed a defence cooperation agreement, {report}. "
            "According to the statement, the agreement was signed in Lusaka on Friday.")
    assert [e[2] for e in events_with_kind(text, corpus)] == [day]
