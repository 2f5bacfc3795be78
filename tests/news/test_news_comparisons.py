"""A state named as a comparison ("like Latvia and Lithuania", "लातविया और लिथुआनिया की तरह") is no party of the event.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text, want", [
    ("योजना\nवॉशिंगटन, 22 मई 2019। एस्टोनिया भी लातविया और लिथुआनिया की तरह अमेरिका के साथ पांच साल की रक्षा सहयोग "
     "योजना में शामिल हो गया है।", [("joined", ("EST",), "2019-05-22")]),
    ("Plan\nWASHINGTON, May 22, 2019 - Estonia, like Latvia and Lithuania, today signed a five-year defence "
     "cooperation plan with the United States.", [("signed", ("EST", "USA"), "2019-05-22")]),
    ("Plan\nWASHINGTON, May 22, 2019 - Just like Poland, Estonia today signed a defence cooperation agreement with "
     "the United States.", [("signed", ("EST", "USA"), "2019-05-22")]),
])
def test_a_state_named_as_a_comparison_is_no_party(corpus, text, want):
    assert events_of(text, corpus) == want


def test_a_list_of_parties_is_not_a_comparison(corpus):
    text = ("Plan\nWASHINGTON, May 22, 2019 - Estonia, Latvia and Lithuania today signed a defence cooperation plan "
            "with the United States.")
    assert events_of(text, corpus) == [("signed", ("EST", "LAT", "LIT", "USA"), "2019-05-22")]
