"""Round 40 of the news reader's general rules (prompted by the misses of fresh107 and fresh108, read once before):

* military aid halted with no recipient named after it ("halts military aid over the killing of ..."), the aid of a
  named donor ("suspended all U.S. military assistance to 35 countries"), aid a state moved "to halt", and, in Hindi,
  military sales or financing stopped ("सैन्य बिक्री और सैन्य वित्तपोषण बंद कर दिया", a headline's bare "... बंद") are a
  suspension, as security aid suspended was; a threat to halt it, or sales not stopped, are none;
* notes or a protocol signed that declare a pact void ("exchanged notes declaring their defence pact null and void")
  end it: a withdrawal by the parties, not a signing; notes on a pact that end nothing stay a signing;
* the parliaments of two states sealing a pact ("एस्टोनिया और लिथुआनिया की संसदों ने ... मुहर लगाई") approve it, a
  ratification, as one legislature's seal is.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of, events_with_kind


@pytest.mark.parametrize("text,want", [
    ("WASHINGTON, March 3, 2022 - The United States moved on Tuesday to halt military aid to Chad.",
     [("suspended", ("USA",), "2022-03-01", "none")]),
    ("WASHINGTON, March 3, 2022 - The United States on Tuesday suspended all U.S. military assistance to 35 countries.",
     [("suspended", ("USA",), "2022-03-01", "none")]),
    ("The United States halts military aid over the killing of an American journalist",
     [("suspended", ("USA",), None, "none")]),
    ("नई दिल्ली, 3 मार्च 2022। अमेरिका ने मंगलवार को चाड को सैन्य बिक्री और सैन्य वित्तपोषण बंद कर दिया।",
     [("suspended", ("USA",), "2022-03-01", "none")]),
    ("अमेरिका ने चाड पर प्रतिबंध लगाए, सैन्य बिक्री और सैन्य वित्तपोषण बंद", [("suspended", ("USA",), None, "none")]),
    ("WASHINGTON, March 3, 2022 - The United States threatened to halt military aid to Chad.", []),
    ("नई दिल्ली, 3 मार्च 2022। अमेरिका ने चाड को सैन्य बिक्री बंद नहीं की।", []),
])
def test_military_aid_or_sales_halted_are_a_suspension(corpus, text, want):
    assert events_with_kind(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("TOKYO, May 7, 1925 - China and Japan today exchanged notes declaring their defence pact null and void.",
     [("withdrew", ("CHN", "JPN"), "1925-05-07")]),
    ("TOKYO, May 7, 1925 - China and Japan today exchanged notes on their defence pact.",
     [("signed", ("CHN", "JPN"), "1925-05-07")]),
    ("तालिन, 3 मार्च 2004। एस्टोनिया और लिथुआनिया की संसदों ने नाटो सदस्यता पर मुहर लगाई।",
     [("ratified", ("EST", "LIT"), "2004-03-03")]),
])
def test_notes_that_void_a_pact_end_it_and_parliaments_seals_ratify(corpus, text, want):
    assert events_of(text, corpus) == want
