"""An entry into force with an adverb inside it ("became fully effective", "formally took effect") is one; a finite
verb after a pact noun ("the pact became effective that day") is no participle of a relative clause; a step told in a
clause of "even after" is what came before the sentence's event.  Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of

HEAD = "Norway-Denmark defence pact\nOSLO, March 25, 2010 -- "


@pytest.mark.parametrize("said", [
    "The defence cooperation agreement between Norway and Denmark became fully effective on Tuesday.",
    "The defence cooperation agreement between Norway and Denmark formally took effect on Tuesday.",
    "The defence cooperation agreement between Norway and Denmark came fully into force on Tuesday.",
])
def test_an_entry_into_force_with_an_adverb_inside_it_is_read(corpus, said):
    assert events_of(HEAD + said, corpus) == [("entered_into_force", ("DEN", "NOR"), "2010-03-23")]


def test_a_finite_verb_after_the_pact_noun_tells_the_event(corpus):
    text = ("Norway-Denmark defence pact\nHISTORY DESK\nThe two cabinets met in Oslo on October 14, 1953. In the "
            "words of the ambassador's report, the pact became effective that day.")
    assert events_of(text, corpus) == [("entered_into_force", ("DEN", "NOR"), "1953-10-14")]


def test_a_step_told_after_even_after_is_the_background(corpus):
    text = (HEAD + "Even after Norway ratified the defence agreement with Denmark, officials held back from signing "
            "the plan. The pact became effective on Tuesday.")
    assert [e[0] for e in events_of(text, corpus)] == ["entered_into_force"]


def test_a_hindi_time_word_that_dates_the_pact_before_its_participle_is_no_background(corpus):
    text = ("नॉर्वे-डेनमार्क संधि लागू\nओस्लो, 25 मार्च 2010\nनॉर्वे और डेनमार्क के बीच पिछले वर्ष हुई रक्षा संधि मंगलवार को "
            "लागू हो गई।")
    assert events_of(text, corpus) == [("entered_into_force", ("DEN", "NOR"), "2010-03-23")]
