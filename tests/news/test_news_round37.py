"""Round 37 of the news reader's general rules (prompted by the misses of fresh101 and fresh102, read once before):

* a cabinet's approval of a pact whose signing the article says is still to come ("कैबिनेट ने ... रक्षा संधि को दी मंजूरी,
  ऑस्ट्रेलिया के साथ हस्ताक्षर जल्द"; in English "... will be signed next month") is the pact agreed and announced, not
  a ratification; a cabinet's approval with no signing to come stays a ratification;
* military sales or arms deliveries suspended ("suspended all American military sales to Indonesia") are a suspension,
  as security aid suspended was; other sales are none.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text,want", [
    ("सुवा, 7 मई 2021। फिजी की कैबिनेट ने गुरुवार को ऑस्ट्रेलिया के साथ रक्षा संधि को मंजूरी दे दी। ऑस्ट्रेलिया के साथ इस पर "
     "हस्ताक्षर जल्द होंगे।", [("announced", ("AUL", "FIJ"), "2021-05-06")]),
    # no signing to come: the cabinet's approval stays a ratification
    ("सुवा, 7 मई 2021। फिजी की कैबिनेट ने गुरुवार को ऑस्ट्रेलिया के साथ रक्षा संधि को मंजूरी दे दी।",
     [("ratified", ("AUL", "FIJ"), "2021-05-06")]),
])
def test_a_cabinets_approval_before_the_signing_is_an_announcement(corpus, text, want):
    assert events_of(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("WASHINGTON, May 7, 2021 - The United States on Thursday suspended all American military sales to Myanmar.",
     [("suspended", ("USA",), "2021-05-06")]),
    ("WASHINGTON, May 7, 2021 - The United States on Thursday suspended all American wheat sales to Myanmar.", []),
])
def test_military_sales_suspended_are_a_suspension(corpus, text, want):
    assert events_of(text, corpus) == want
