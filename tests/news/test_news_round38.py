"""Round 38 of the news reader's general rules (prompted by the misses of fresh89 to fresh104, each read once before):

* an exercise called off, whoever holds it ("suspended Southern Shield, a large combined naval exercise", "have called
  off this year's joint air drills", "had decided to cancel the joint naval manoeuvres"), and the talks of two
  militaries put off ("postponed a round of high-level military talks"), are a suspension of military cooperation, of
  kind "none", by the states that call them off; a threat to call one off, or a concert called off, is none;
* in Hindi, a joint patrol or exercise called off ("... के साथ ... संयुक्त गश्त रोकी", "संयुक्त सैन्य अभ्यास रद्द कर
  दिया") is a suspension too, and so is military contact or training being stopped ("... रोक रहा है"); a negated one is
  none;
* military help, troops or an armed intervention asked of a state ("has formally asked Algeria for military
  assistance", "नाइजर ने अल्जीरिया से सैन्य मदद की अपील की") is an invocation by the state that asks, of no kind
  (None) where no pact is named, as most labelled sets code such requests (round 50 changed it from "none"; the state
  asked is no party); a request only considered, for economic help, or made by a
  person the sentence ties to no state, is none.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_with_kind


@pytest.mark.parametrize("text,want", [
    ("SEOUL, March 3, 2022 - Japan and Australia on Tuesday suspended Southern Shield, a large combined naval exercise "
     "planned for May, officials said.", [("suspended", ("AUL", "JPN"), "2022-03-01", "none")]),
    ("HANOI, March 3, 2022 - Vietnam and Laos have called off this year's joint air drills.",
     [("suspended", ("DRV", "LAO"), "2022-03-03", "none")]),
    ("ROME, March 3, 2022 - Italy's defence ministry said on Tuesday that Rome had decided to cancel the joint naval "
     "manoeuvres planned with Tunisia.", [("suspended", ("ITA",), "2022-03-01", "none")]),
    ("ROME, March 3, 2022 - Italy postponed a round of high-level military talks with Algeria on Tuesday.",
     [("suspended", ("ITA",), "2022-03-01", "none")]),
    ("ROME, March 3, 2022 - Italy may cancel the joint naval manoeuvres with Tunisia.", []),
    ("ROME, March 3, 2022 - Italy cancelled a joint concert with Tunisia on Tuesday.", []),
    ("ROME, March 3, 2022 - Italy cancelled the football match against Spain after the military exercise ended.", []),
])
def test_an_exercise_or_military_talks_called_off_are_a_suspension(corpus, text, want):
    assert events_with_kind(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("मनीला, 3 मार्च 2022। इंडोनेशिया ने मंगलवार को मलेशिया के साथ सुलु सागर में संयुक्त गश्त रोकी।",
     [("suspended", ("INS",), "2022-03-01", "none")]),
    ("मनीला, 3 मार्च 2022। इंडोनेशिया ने मंगलवार को संयुक्त सैन्य अभ्यास रद्द कर दिया।",
     [("suspended", ("INS",), "2022-03-01", "none")]),
    ("मनीला, 3 मार्च 2022। प्रधानमंत्री ने मंगलवार को कहा कि इंडोनेशिया मलेशिया की सेना के साथ हर तरह का रक्षा संपर्क और "
     "प्रशिक्षण कार्यक्रम तब तक रोक रहा है, जब तक हिंसा बंद नहीं होती।", [("suspended", ("INS",), "2022-03-01", "none")]),
    ("मनीला, 3 मार्च 2022। इंडोनेशिया ने मंगलवार को संयुक्त सैन्य अभ्यास रद्द नहीं किया।", []),
    ("मनीला, 3 मार्च 2022। इंडोनेशिया ने मंगलवार को संयुक्त सांस्कृतिक कार्यक्रम रद्द कर दिया।", []),
])
def test_a_joint_patrol_or_exercise_stopped_in_hindi_is_a_suspension(corpus, text, want):
    assert events_with_kind(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("BAMAKO, March 3, 2022 - Niger's interim president has formally asked Algeria for military assistance to halt an "
     "offensive by rebels, diplomats said on Tuesday.", [("invoked", ("NIR",), "2022-03-01", None)]),
    ("BAMAKO, March 3, 2022 - Niger asked Algeria for troops on Tuesday.",
     [("invoked", ("NIR",), "2022-03-01", None)]),
    ("बमाको, 3 मार्च 2022। नाइजर ने मंगलवार को अल्जीरिया से सैन्य मदद की अपील की।",
     [("invoked", ("NIR",), "2022-03-01", None)]),
    ("बमाको, 3 मार्च 2022। नाइजर ने मंगलवार को अल्जीरिया से सैन्य मदद मांगी।", [("invoked", ("NIR",), "2022-03-01", None)]),
    # a pact named: its kind, not "none"
    ("YEREVAN, March 3, 2022 - Armenia asked the CSTO for military help on Tuesday.",
     [("invoked", ("ARM",), "2022-03-01", "defense")]),
    ("BAMAKO, March 3, 2022 - Niger may ask Algeria for troops.", []),
    ("BAMAKO, March 3, 2022 - Niger asked Algeria for economic help on Tuesday.", []),
    ("बमाको, 3 मार्च 2022। नाइजर ने अल्जीरिया से सैन्य मदद नहीं मांगी।", []),
    # an earlier request (the pluperfect) is no event of the day
    ("बमाको, 3 मार्च 2022। सूत्रों के अनुसार नाइजर ने अल्जीरिया से सैन्य मदद मांगी थी।", []),
    # the state before the request is not the one that asks
    ("FREETOWN, March 3, 2022 - Guinea sent troops on Tuesday after President Kamara appealed to its government for "
     "military help.", []),
])
def test_military_help_asked_of_a_state_is_an_invocation(corpus, text, want):
    assert events_with_kind(text, corpus) == want
