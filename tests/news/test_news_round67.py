"""Round 67 of the news reader's general rules (prompted by the misses of fresh148, read once before):

* a state that ends or stops its part in a military mission, coalition or campaign (its air strikes, its air or combat
  mission, "its part in NATO's air campaign"), or that calls its forces home from one ("... से अपनी सेना वापस बुलानी
  शुरू की", "... मिशन खत्म कर दिया", "... अभियान से हटने का फैसला किया"), withdraws from the arrangement its forces
  served under, of kind "none"; not one that only threatens to.

Forces pulled out of a country in English ("pulled its troops out of") were tried and dropped: on the labelled sets
they found 2 right events for 9 false ones (background withdrawals from bases and commands).

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text", [
    "COPENHAGEN, Aug 1, 2011 - Denmark ended its part in the coalition's air campaign over Libya on Monday.\n",
    "COPENHAGEN, Aug 1, 2011 - Denmark will stop its air strikes in Libya, the defence minister said on Monday.\n",
    "कोपेनहेगन, 1 अगस्त 2011। डेनमार्क ने लीबिया से अपनी सेना वापस बुलानी शुरू की।\n",
    "कोपेनहेगन, 1 अगस्त 2011। डेनमार्क ने लीबिया में अपना सैन्य मिशन खत्म कर दिया।\n",
])
def test_a_states_part_in_a_military_mission_ended_is_a_withdrawal(corpus, text):
    from casus.news import read

    assert [e[:2] for e in events_of(text, corpus)] == [("withdrew", ("DEN",))]
    assert [e.kind for e in read(text, corpus=corpus).events] == ["none"]


@pytest.mark.parametrize("text", [
    "COPENHAGEN, Aug 1, 2011 - Denmark threatened to end its air mission over Libya.\n",
    "COPENHAGEN, Aug 1, 2011 - Denmark pulled its troops out of Iraq in 2007, the minister recalled.\n",
])
def test_a_threat_or_forces_pulled_out_in_english_are_none(corpus, text):
    assert events_of(text, corpus) == []
