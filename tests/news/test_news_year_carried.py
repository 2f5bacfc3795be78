"""A day and month told without a year right after a full date of the same month takes that date's year, not the
page's ("आज से ठीक 130 साल पहले, 7 जुलाई 1881 को ... शासकों ने 4 और 7 जुलाई को ..."); a day of another month stays the
page's year.  Every sentence here was written for these tests."""

from __future__ import annotations

from news_gold import events_with_kind

_PAGE = "संधि का अनुसमर्थन\nप्रकाशित: गुरुवार, 7 जुलाई 2011\n"


def test_a_day_and_month_takes_the_year_of_the_full_date_before_it(corpus):
    text = (_PAGE + "आज से ठीक 130 साल पहले, 7 जुलाई 1881 को, ऑस्ट्रिया-हंगरी और सर्बिया की रक्षा संधि का सफ़र पूरा हुआ। "
            "दोनों देशों के शासकों ने 7 जुलाई को इस रक्षा संधि का अनुसमर्थन किया।")
    assert [(t, p, d) for t, p, d, _ in events_with_kind(text, corpus)] == [
        ("ratified", ("AUH", "SRB"), "1881-07-07")]


def test_a_day_of_another_month_keeps_the_pages_year(corpus):
    text = (_PAGE + "ठीक 130 साल पहले, 7 जुलाई 1881 को, ऑस्ट्रिया-हंगरी और सर्बिया की एक संधि की चर्चा शुरू हुई थी। "
            "भारत और फ्रांस ने 5 जून को एक रक्षा संधि का अनुसमर्थन किया।")
    assert [(t, d) for t, _, d, _ in events_with_kind(text, corpus)] == [("ratified", "2011-06-05")]
