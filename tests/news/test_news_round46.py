"""Round 46 of the news reader's general rules (prompted by the misses of fresh111 and fresh112, read once before):

* in Hindi, military help asked with the verb first, as a headline puts it ("चाड में नई सरकार ने फ्रांस से मांगी सैन्य
  मदद"), is an invocation as "... से सैन्य मदद मांगी" is; the state that asks may stand with its government ("नाइजर
  की सरकार ने", "चाड में नई सरकार ने") before the ergative, and the state asked ("... से") is no party.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_with_kind


@pytest.mark.parametrize("text,want", [
    ("चाड में नई सरकार ने फ्रांस से मांगी सैन्य मदद", [("invoked", ("CHA",), None, None)]),
    ("बमाको, 3 मार्च 2022। नाइजर की सरकार ने मंगलवार को अल्जीरिया से सैन्य मदद मांगी।",
     [("invoked", ("NIR",), "2022-03-01", None)]),
    ("बमाको, 3 मार्च 2022। नाइजर की सरकार ने मंगलवार को अल्जीरिया से आर्थिक मदद मांगी।", []),
])
def test_hindi_military_help_asked_verb_first_or_by_a_government(corpus, text, want):
    assert events_with_kind(text, corpus) == want
