"""Round 57 of the news reader's general rules (prompted by the misses of fresh136, read once before):

* help asked for against an enemy is military help asked for ("asked Britain and France for help against Turkey",
  "तुर्की के खिलाफ मदद मांगी"), as troops or arms are.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text", [
    "PETROGRAD, Dec 30, 1914 -- Russia on Wednesday asked Britain and France for help against Turkey.\n",
    "पेत्रोग्राद, 30 दिसंबर 1914। रूस ने आज ब्रिटेन और फ्रांस से तुर्की के खिलाफ मदद मांगी।\n",
])
def test_help_asked_for_against_an_enemy_is_an_invocation(corpus, text):
    assert events_of(text, corpus) == [("invoked", ("RUS",), "1914-12-30")]


def test_help_asked_for_without_an_enemy_is_none(corpus):
    text = "PETROGRAD, Dec 30, 1914 -- Russia on Wednesday asked Britain and France for help with its grain exports.\n"
    assert events_of(text, corpus) == []
