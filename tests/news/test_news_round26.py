"""Round 26 of the news reader's general rules (prompted by the misses of fresh31-fresh36, read once before):

* on a retrospective's page ("आज के दिन", "इतिहास में आज", "on this day"), a sentence that writes out one of the
  article's own days in an earlier year (its day and month) tells the page's event, though Hindi tells it in the past
  perfect ("9 मार्च 1965 को ... हस्ताक्षर हुए थे"); outside such a page the past perfect stays background, as does a
  sentence about an anniversary marked, and the English past perfect ("had signed": an earlier event, told);
* "इसी दिन 1965 में" ("on this very day in 1965") is a retrospective's cue, as "आज ही के दिन 1965 में" was.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of as _events

_PAGE = "होम / इतिहास / आज के दिन\n\nआज के दिन: 9 मार्च\n\nप्रकाशित: 9 मार्च 2021\n\n"
_SIGNED_1965 = [("signed", ("BOL", "PER"), "1965-03-09")]


@pytest.mark.parametrize("text,want", [
    (_PAGE + "9 मार्च 1965 को पेरू और बोलीविया के बीच पारस्परिक रक्षा संधि पर हस्ताक्षर हुए थे।", _SIGNED_1965),
    (_PAGE + "9 मार्च 1965 को पेरू और बोलीविया ने पारस्परिक रक्षा संधि पर हस्ताक्षर किए थे।", _SIGNED_1965),
    # not a retrospective's page: the past perfect tells an earlier event
    ("प्रकाशित: 9 मार्च 2021\n\n9 मार्च 1965 को पेरू और बोलीविया के बीच पारस्परिक रक्षा संधि पर हस्ताक्षर हुए थे।", []),
    # an anniversary marked: the celebration is the story
    (_PAGE + "9 मार्च 1965 को पेरू और बोलीविया के बीच पारस्परिक रक्षा संधि पर हस्ताक्षर हुए थे, जिसकी वर्षगांठ आज "
     "मनाई गई।", []),
    # the English past perfect, even there
    ("On this day\n\nPublished: 9 March 2021\n\nA cable of 9 March 1965 said that Peru and Bolivia had signed a "
     "mutual defence treaty.", []),
])
def test_a_retrospectives_own_day_in_the_past_perfect(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    "इतिहास में आज, 9 मार्च।\n\nप्रकाशित: 9 मार्च 2021\n\nइसी दिन 1965 में पेरू और बोलीविया ने पारस्परिक रक्षा संधि पर "
    "हस्ताक्षर किए थे।",
    "इतिहास में आज, 9 मार्च।\n\nप्रकाशित: 9 मार्च 2021\n\nइसी दिन, 1965 में पेरू और बोलीविया ने पारस्परिक रक्षा संधि पर "
    "हस्ताक्षर किए।",
])
def test_on_this_very_day_in_a_year(corpus, text):
    assert _events(text, corpus) == _SIGNED_1965
