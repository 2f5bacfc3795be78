"""A joint statement titled for defence or security ("a Joint Statement on Defence Cooperation") is a document the
governments sign, as they sign a declaration; a joint statement by itself, what most meetings end with, is not a pact.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of

_EN = "Ministers\nLIMA, May 4, 2021 - The defence ministers of Chile and Peru on Tuesday {verb}, {rest}."
_HI = "मंत्री\nलीमा, 4 मई 2021। चिली और पेरू के रक्षा मंत्रियों ने मंगलवार को {what}।"


@pytest.mark.parametrize("verb", [
    "signed a Joint Statement on Defence Cooperation",
    "signed an updated Joint Statement on Closer Defence Relations",
    "signed a joint statement on security cooperation",
])
def test_a_joint_statement_titled_for_defence_is_a_signed_pact(corpus, verb):
    text = _EN.format(verb=verb, rest="setting out how their forces will train together")
    assert [(e[0], e[1]) for e in events_of(text, corpus)] == [("signed", ("CHL", "PER"))]


@pytest.mark.parametrize("verb", [
    "issued a joint statement",
    "signed a joint statement on fisheries",
])
def test_a_joint_statement_by_itself_is_not_a_pact(corpus, verb):
    text = _EN.format(verb=verb, rest="saying they would meet again next year")
    assert events_of(text, corpus) == []


def test_a_joint_statement_titled_for_defence_in_hindi(corpus):
    text = _HI.format(what="रक्षा सहयोग पर संयुक्त बयान पर हस्ताक्षर किए")
    assert [(e[0], e[1]) for e in events_of(text, corpus)] == [("signed", ("CHL", "PER"))]
