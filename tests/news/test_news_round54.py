"""Round 54 of the news reader's general rules (prompted by the misses of fresh129 and fresh130, read once before):

* military help asked by the office of a state is asked by that state ("President Suazo of Honduras asked the United
  States for military assistance", "the prime minister of Mali appealed to France to send its troops");
* arms asked for are military help asked for ("asked Moscow for fighter jets", "सोवियत संघ से लड़ाकू विमान मांगे");
* a Hindi request in the past perfect ("माँगे थे") is an earlier one, as "माँगी थी" was; "the Cambodian requests for
  arms" is the noun, no request made that day (since round 58, a request made on a day untold).

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text,want", [
    ("TEGUCIGALPA, May 3, 1984 -- President Roberto Suazo of Honduras on Thursday asked the United States for urgent "
     "military assistance after a border raid.\n", [("invoked", ("HON",), "1984-05-03")]),
    ("PARIS, Jan 10, 2013 -- The prime minister of Mali on Thursday appealed to France to send its troops without "
     "delay.\n", [("invoked", ("MLI",), "2013-01-10")]),
    ("COLOMBO, April 14, 1971 -- Ceylon on Wednesday asked Moscow for fighter jets to put down the revolt.\n",
     [("invoked", ("SRI",), "1971-04-14")]),
    ("कोलंबो, 14 अप्रैल 1971। सीलोन सरकार ने बुधवार को विद्रोह से निपटने के लिए सोवियत संघ से लड़ाकू विमान मांगे।\n",
     [("invoked", ("SRI",), "1971-04-14")]),
])
def test_help_asked_by_a_states_office_or_arms_asked_for_is_an_invocation(corpus, text, want):
    assert events_of(text, corpus) == want


def test_an_earlier_request_is_no_invocation(corpus):
    text = ("इस्लामाबाद, 10 अप्रैल 2015। संसद ने आज तटस्थ रहने का प्रस्ताव पास किया। सऊदी अरब ने पाकिस्तान से सैनिक और "
            "लड़ाकू विमान माँगे थे।\n")
    assert events_of(text, corpus) == []


def test_the_noun_is_no_request_made_that_day(corpus):
    # (not the verb "requests", dated by the article; since round 58 the noun names a request made, its day untold:
    # tests/news/test_news_round58.py)
    text = "WASHINGTON, June 2, 1970 -- For weeks the administration did not answer the Cambodian requests for arms.\n"
    assert events_of(text, corpus) == [("invoked", ("CAM",), None)]
