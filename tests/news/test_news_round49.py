"""Round 49 of the news reader's general rules (prompted by the misses of fresh117 and fresh118, read once before):

* in Hindi, troops asked for ("पड़ोसियों से दो दिन में सेना भेजने की अपील की") are military help asked, an invocation by
  the state that asks, and so is military help asked with a word before the appeal ("सैन्य मदद की खुली अपील की");
  doctors asked for are none.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_with_kind


@pytest.mark.parametrize("text,want", [
    ("बमाको, 3 मार्च 2022। नाइजर ने मंगलवार को पड़ोसियों से दो दिन में सेना भेजने की अपील की।",
     [("invoked", ("NIR",), "2022-03-01", None)]),
    ("बमाको, 3 मार्च 2022। नाइजर की सरकार ने मंगलवार को पड़ोसी देशों से सैन्य मदद की खुली अपील की।",
     [("invoked", ("NIR",), "2022-03-01", None)]),
    ("बमाको, 3 मार्च 2022। नाइजर ने मंगलवार को पड़ोसियों से डॉक्टर भेजने की अपील की।", []),
])
def test_hindi_troops_asked_for_are_an_invocation(corpus, text, want):
    assert events_with_kind(text, corpus) == want
