"""A masthead's date followed by the time of an update ("अंतरराष्ट्रीय | गुरुवार, 16 अक्टूबर 2025 | अपडेट 11:20 IST",
"World | Thursday, October 16, 2025 | Updated 09:45 GMT") is the article's own date, as one with nothing after it
was; a head of state who signs the ratifying laws or the ratification's papers in Hindi ("... समझौतों के अनुमोदन
क़ानूनों पर हस्ताक्षर किए") ratifies, as "signed the ratification law" does in English.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of

from casus.news.header_dates import header_date


@pytest.mark.parametrize("line", ["अंतरराष्ट्रीय | गुरुवार, 16 अक्टूबर 2025 | अपडेट 11:20 IST",
                                  "World | Thursday, October 16, 2025 | Updated 09:45 GMT"])
def test_a_mastheads_date_with_an_update_time_is_the_articles(line):
    got = header_date([line], None)
    assert got is not None and got[0].isoformat() == "2025-10-16"


@pytest.mark.parametrize("law", ["अनुमोदन क़ानून", "अनुसमर्थन संबंधी विधेयक", "अनुमोदन के दस्तावेज़"])
def test_a_president_who_signs_the_ratifying_law_ratifies(corpus, law):
    text = ("अंतरराष्ट्रीय | गुरुवार, 16 अक्टूबर 2025 | अपडेट 11:20 IST\n\nमॉस्को। रूस के राष्ट्रपति ने बुधवार को टोगो के "
            f"साथ सैन्य सहयोग समझौते के {law} पर हस्ताक्षर किए।")
    assert events_of(text, corpus) == [("ratified", ("RUS", "TOG"), "2025-10-15")]
