"""A plan or programme of (military) cooperation is a document the governments sign, named with "of" as often as
before its noun ("a plan of cooperation between the defence ministries", "the military cooperation plan"); a plan of
anything else is not. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of

_EN = "Defence\nASTANA, March 3, 2020 - The defence ministers of Kazakhstan and Mongolia on Tuesday {verb}."
_HI = "रक्षा\nअस्ताना, 3 मार्च 2020। कज़ाख़स्तान और मंगोलिया के रक्षा मंत्रियों ने मंगलवार को {what}।"


@pytest.mark.parametrize("verb", [
    "signed a plan of cooperation between their defence ministries for 2020",
    "signed a programme of military cooperation for the next three years",
    "signed the plans of defence cooperation agreed at their last meeting",
])
def test_a_plan_of_cooperation_is_a_signed_document(corpus, verb):
    assert [(e[0], e[1]) for e in events_of(_EN.format(verb=verb), corpus)] == [("signed", ("KZK", "MON"))]


@pytest.mark.parametrize("verb", [
    "discussed a plan of action for the border region",
    "approved a programme of road repairs for the capital",
])
def test_a_plan_of_something_else_is_not_a_pact(corpus, verb):
    assert events_of(_EN.format(verb=verb), corpus) == []


def test_a_plan_of_cooperation_in_hindi(corpus):
    text = _HI.format(what="दोनों सेनाओं के बीच सैन्य सहयोग की योजना पर हस्ताक्षर किए")
    assert [(e[0], e[1]) for e in events_of(text, corpus)] == [("signed", ("KZK", "MON"))]
