"""Round 43 of the news reader's general rules (prompted by the false events of fresh110, read once before):

* in Hindi, a defence cue after "न" ("neither ... nor": "न आपसी रक्षा का कोई वचन है, न ...", "न कोई सैन्य गठबंधन
  बनाती है और न एक-दूसरे की रक्षा का दायित्व") is negated, as English "neither a promise of mutual defence nor ..." is: a
  treaty of friendship signed with no defence duty is no pact event of casus's kind; "न केवल" ("not only") negates
  nothing.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_with_kind


@pytest.mark.parametrize("text,want", [
    ("टोक्यो, 3 मार्च 1860। जापान और अमेरिका ने आज एक संधि पर हस्ताक्षर किए। इस संधि में न आपसी रक्षा का कोई वचन है, न "
     "सैन्य सहयोग की बात।", []),
    ("टोक्यो, 3 मार्च 1860। जापान और अमेरिका ने आज एक संधि पर हस्ताक्षर किए। यह संधि न कोई सैन्य गठबंधन बनाती है और न "
     "एक-दूसरे की रक्षा का दायित्व।", []),
    ("टोक्यो, 3 मार्च 1860। जापान और अमेरिका ने आज एक संधि पर हस्ताक्षर किए। इस संधि में आपसी रक्षा का वादा है।",
     [("signed", ("JPN", "USA"), "1860-03-03", "defense")]),
    ("टोक्यो, 3 मार्च 1860। जापान और अमेरिका ने आज एक संधि पर हस्ताक्षर किए। इस संधि में न केवल आपसी रक्षा का वादा है, "
     "बल्कि व्यापार भी है।", [("signed", ("JPN", "USA"), "1860-03-03", "defense")]),
])
def test_a_hindi_defence_cue_after_neither_is_negated(corpus, text, want):
    assert events_with_kind(text, corpus) == want
