"""A paper of intent that defence ministers sign ("signed a statement of intent", "a letter of intent", "a roadmap",
"an action plan", "आशय-पत्र") is one of military cooperation, kind none, even where a headline calls it a defence pact;
a duty its own sentences state still gives the kind, and so does a treaty the ministers sign.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_with_kind

_HEADLINE = ("Estonia and Latvia update two-way defence pact\n\nTALLINN, May 6, 2025 - The defence ministers of "
             "Estonia and Latvia ")


@pytest.mark.parametrize("paper", ["an updated statement of intent", "a letter of intent", "a roadmap",
                                   "an action plan"])
def test_a_paper_of_intent_the_ministers_sign_is_no_defence_pact(corpus, paper):
    text = _HEADLINE + f"on Tuesday signed {paper} in Tallinn aimed at deepening ties between the two neighbours."
    assert events_with_kind(text, corpus) == [("signed", ("EST", "LAT"), "2025-05-06", "none")]


def test_a_duty_the_papers_own_sentence_states_gives_the_kind(corpus):
    text = _HEADLINE + ("on Tuesday signed a statement of intent under which each will come to the aid of the other if "
                        "it is attacked.")
    assert events_with_kind(text, corpus) == [("signed", ("EST", "LAT"), "2025-05-06", "defense")]


def test_a_treaty_the_ministers_sign_keeps_the_headlines_kind(corpus):
    text = _HEADLINE + "on Tuesday signed a treaty in Tallinn aimed at deepening ties between the two neighbours."
    assert events_with_kind(text, corpus) == [("signed", ("EST", "LAT"), "2025-05-06", "defense")]


def test_a_hindi_letter_of_intent_the_ministers_sign_is_no_defence_pact(corpus):
    text = ("एस्टोनिया और लातविया का नया रक्षा समझौता\n\nटालिन, 6 मई 2025। एस्टोनिया और लातविया के रक्षा मंत्रियों ने "
            "मंगलवार को दोनों पड़ोसियों के रिश्ते गहरे करने के एक आशय-पत्र पर हस्ताक्षर किए।")
    assert events_with_kind(text, corpus) == [("signed", ("EST", "LAT"), "2025-05-06", "none")]
