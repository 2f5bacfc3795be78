"""A danda (।) right after a Hindi word ends the word for every pattern of the reader, as a space does: "... को अपनी सभी
संस्थाओं से निलंबित कर दिया।" reads like the same sentence without the danda.  ECOWAS, by any of its names, is read as
the pact of the corpus its members share (its Protocol on Mutual Assistance in Defence, ATOP 3895), so a member it
suspends is suspended from a defence pact; the state it suspends may come after a bracketed initialism and a word of
time ("... समुदाय (इकोवास) ने शुक्रवार को ...").  Every sentence here was written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from news_gold import events_with_kind

_SUSPENDED_GUI = [("suspended", ("GUI",), "2023-03-09", "defense")]


@pytest.mark.parametrize("text", [
    "निलंबन\nअबुजा, 12 मार्च 2023। इकोवास ने गुरुवार को गिनी को अपनी सभी संस्थाओं से निलंबित कर दिया।",
    "निलंबन\nअबुजा, 12 मार्च 2023। इकोवास ने गुरुवार को गिनी को अपनी सभी संस्थाओं से निलंबित कर दिया",
    "निलंबन\nअबुजा, 12 मार्च 2023। पश्चिमी अफ्रीकी देशों के आर्थिक समुदाय (इकोवास) ने गुरुवार को गिनी को अपनी सभी "
    "संस्थाओं से निलंबित कर दिया।",
    "Suspension\nABUJA, March 12, 2023 - ECOWAS on Thursday suspended Guinea from all of its decision-making bodies.",
    "Suspension\nABUJA, March 12, 2023 - The Economic Community of West African States on Thursday suspended Guinea "
    "from all of its institutions.",
])
def test_ecowas_suspends_a_member_with_or_without_a_danda(corpus, text):
    assert events_with_kind(text, corpus) == _SUSPENDED_GUI


def test_a_threatened_suspension_is_no_event(corpus):
    text = ("निलंबन\nअबुजा, 12 मार्च 2023। इकोवास ने गुरुवार को चेतावनी दी कि अगर सेना सत्ता नहीं छोड़ती तो गिनी को "
            "निलंबित किया जा सकता है।")
    assert events_with_kind(text, corpus) == []


def test_no_lookaround_of_the_reader_counts_the_danda_as_a_letter():
    """Every Devanagari lookaround in the reader's patterns leaves out the danda, the double danda (U+0964, U+0965)."""
    src = Path(__file__).resolve().parents[2] / "src" / "casus" / "news"
    whole_block = re.compile(r"\(\?<?!\[\\u0900-\\u097f\]\)")
    offenders = [f"{p.name}:{n}" for p in sorted(src.glob("*.py"))
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if whole_block.search(line)]
    assert offenders == []
