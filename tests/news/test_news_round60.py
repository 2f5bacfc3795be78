"""Round 60 of the news reader's general rules (prompted by the misses of fresh129 and fresh140, read once before, and
of earlier batches):

* forces sent or used at a state's request ("at the request of the Vanuatu government", "at Malaysia's request",
  "agreed to Malaysia's request that", "... सरकार के अनुरोध पर ... सैनिक भेजे") report that state's invocation, its day
  untold, as a pact's meeting held at its request does ("a session of the Arab League at the request of Lebanon"); not
  forces withdrawn, a step ended or a meeting put off at the request, an earlier step told in the Hindi past perfect,
  nor a request with no forces and no pact's meeting;
* a Hindi state name in another spelling than the registry's is the state (vowel length, a nasal as anusvara or
  consonant, "द्वीप" for "द्वीपसमूह": "वनुआतु" and "वानुआतु" for "वनुआतू", "मोज़ाम्बिक" for "मोज़ांबिक", "गिनी-बिसाऊ" for
  "गिनी-बिसाउ", "मार्शल द्वीप"); a short name keeps its one spelling.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text, want", [
    ("PORT VILA, May 3, 2019 -- Australia is flying soldiers to Vanuatu at the request of the Vanuatu government.\n",
     [("invoked", ("VAN",), None)]),
    ("CANBERRA, Sept 9, 1965 -- Australia will send more troops to Sarawak at Malaysia's request.\n",
     [("invoked", ("MAL",), None)]),
    ("WELLINGTON, Sept. 8, 1965 - The Government has agreed to Malaysia's request that New Zealand soldiers be used "
     "in Sabah.\n", [("invoked", ("MAL",), None)]),
    ("CAIRO, May 5, 2012 - The Arab League will hold a session on the border at the request of the Lebanese "
     "government.\n", [("invoked", ("LEB",), None)]),
    ("दिल्ली, 3 मई 2019। फिजी सरकार के अनुरोध पर ऑस्ट्रेलिया ने वहां सैनिक भेजे।\n", [("invoked", ("FIJ",), None)]),
])
def test_forces_sent_at_a_states_request_are_its_invocation(corpus, text, want):
    assert [e for e in events_of(text, corpus) if e[0] == "invoked"] == want


@pytest.mark.parametrize("text", [
    "LAGOS, Dec 1, 2014 -- At the request of the Nigerian government, Britain will end its training of a Nigerian army "
    "battalion.\n",
    "PARIS, May 2, 2020 -- The minister met the ambassador at the request of Germany to discuss trade.\n",
    "काहिरा, 5 मई 2015। सऊदी अरब के अनुरोध पर अरब लीग की बैठक स्थगित कर दी गई, जिसमें संयुक्त सेना पर चर्चा होनी थी।\n",
    "अंकारा, 5 मई 2015। नाटो ने 2012 में तुर्की के अनुरोध पर वहां सैनिक भेजे थे।\n",
])
def test_steps_ended_or_requests_without_forces_are_no_invocation(corpus, text):
    assert [e for e in events_of(text, corpus) if e[0] == "invoked"] == []


@pytest.mark.parametrize("name, abbrev", [("वनुआतु", "VAN"), ("वानुआतु", "VAN"), ("मोज़ाम्बिक", "MZM"), ("गिनी-बिसाऊ", "GNB"),
                                          ("मार्शल द्वीप", "MSI"), ("ब्रुनेई", "BRU")])
def test_hindi_state_names_in_other_spellings(corpus, name, abbrev):
    text = f"दिल्ली, 3 मई 2019। {name} और भारत ने आज रक्षा समझौते पर हस्ताक्षर किए।\n"
    assert [e[:2] for e in events_of(text, corpus)] == [("signed", tuple(sorted((abbrev, "IND"))))]


def test_short_hindi_names_keep_one_spelling():
    from casus.news.hindi_spellings import spellings

    assert spellings("चीन") == ["चीन"]
    assert "मोज़ाम्बिक" in spellings("मोज़ांबिक") and "मार्शल द्वीप" in spellings("मार्शल द्वीपसमूह")
