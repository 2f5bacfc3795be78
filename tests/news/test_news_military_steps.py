"""A step its text names no alliance or kind for, dated to its day, is still one of casus's kind when its own sentences
speak of troops, armies or the military ("a memorandum under which each side may keep four companies of troops",
"सैन्य अभ्यास और सैनिकों के प्रशिक्षण पर एक समझौता"); it says nothing of the pact's kind (None).  Not a step without its
day, nor one whose sentences speak of protection or a security council only.  Every sentence here was written for these
tests.  Generals and border guards speak of the military too; and a step of the week told in the pluperfect before the
one the story reports ("Israel's parliament had approved the agreement on Wednesday") is news, not an earlier event
(an announcement so told is not: it may be of anything)."""

from __future__ import annotations

import pytest
from news_gold import events_with_kind


@pytest.mark.parametrize("text, want", [
    ("Memorandum\nSEOUL, May 15, 1896 - Japan and Russia yesterday signed a memorandum under which each side may keep "
     "four companies of troops in Korea.", [("signed", ("JPN", "RUS"), "1896-05-14", None)]),
    ("समझौता\nनई दिल्ली, 5 मार्च 2019। भारत और फ्रांस ने मंगलवार को सैनिकों के प्रशिक्षण पर एक समझौते पर हस्ताक्षर किए।",
     [("signed", ("FRN", "IND"), "2019-03-05", None)]),
])
def test_a_dated_step_whose_sentences_speak_of_troops_is_kept(corpus, text, want):
    assert events_with_kind(text, corpus) == want


@pytest.mark.parametrize("text", [
    # (no day: the step is kept only when dated to its day)
    "Memorandum\nSEOUL, May 1896 - Japan and Russia signed a memorandum this month under which each side may keep "
    "four companies of troops in Korea.",
    # (protection of someone, a security council: no military)
    "समझौता\nनई दिल्ली, 5 मार्च 2019। भारत और फ्रांस ने मंगलवार को बच्चों की सुरक्षा पर एक समझौते पर हस्ताक्षर किए।",
    "Pact\nNEW YORK, Aug. 16, 2024 - After a Security Council meeting, Turkey and Iraq on Thursday signed an agreement "
    "on trade.",
])
def test_an_undated_step_or_one_of_protection_is_not(corpus, text):
    assert events_with_kind(text, corpus) == []


def test_generals_or_border_guards_make_a_step_military(corpus):
    text = ("Deal\nCAIRO, Sept. 2, 2005 - Egyptian and Israeli generals signed an agreement yesterday allowing 750 "
            "Egyptian border guards to deploy along the frontier.")
    assert events_with_kind(text, corpus) == [("signed", ("EGY", "ISR"), "2005-09-01", None)]


@pytest.mark.parametrize("text, want", [
    # a step of the week told in the pluperfect before the one the story reports
    ("Deal\nCAIRO, Sept. 2, 2005 - Israel's parliament had approved the defence agreement with Egypt on Wednesday by "
     "53 votes to 28.", [("ratified", ("EGY", "ISR"), "2005-08-31")]),
    # ... not an announcement so told, which may be of anything
    ("Talks\nMOSCOW, June 23, 2025 - Araghchi had announced in Tehran on Sunday that he would travel to Moscow to "
     "discuss the strategic partnership treaty with Russia.", []),
])
def test_a_pluperfect_step_of_the_week(corpus, text, want):
    assert [e[:3] for e in events_with_kind(text, corpus)] == want
