"""NATO's Partnership for Peace is a programme of partnership with NATO, not membership of it: a state that joins it
joins no pact the corpus holds (NATO's name before it names no pact of its own: a pact is named by its longest name),
and its kind is consultation (the Framework Document's undertaking to consult a partner that perceives a direct
threat), a weak cue any other the article gives outweighs.  Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from casus.news import read


@pytest.mark.parametrize("text", [
    "Pact\nBRUSSELS, March 3, 1994 - Moldova joined NATO's Partnership for Peace programme on Wednesday, when its "
    "foreign minister signed the framework document.",
    "Pact\nBRUSSELS, March 3, 1994 - Moldova on Wednesday signed up to the Partnership for Peace, NATO's programme "
    "of cooperation with former adversaries.",
    "समझौता\nब्रसेल्स, 3 मार्च 1994। मोल्दोवा बुधवार को नाटो की शांति के लिए साझेदारी में शामिल हो गया।",
])
def test_joining_the_partnership_for_peace_is_not_joining_nato(corpus, text):
    events = read(text, corpus=corpus).events
    assert [(e.type, e.parties, e.kind) for e in events] == [("joined", ("MLD",), "consultation")]
    assert "north-atlantic-1949" not in events[0].pact_names


def test_nato_named_alone_is_still_nato(corpus):
    text = "Pact\nBRUSSELS, April 5, 2023 - Finland joined NATO on Tuesday, becoming its 31st member."
    events = read(text, corpus=corpus).events
    assert [(e.type, e.parties, e.kind) for e in events] == [("joined", ("FIN",), "defense")]
    assert events[0].pact_names[:1] == ("north-atlantic-1949",)


def test_a_partnership_for_peace_in_lower_case_is_no_programme(corpus):
    text = ("Pact\nNEW DELHI, April 11, 2005 - India and China on Monday signed a protocol on border "
            "confidence-building measures and a joint statement on a strategic partnership for peace and prosperity.")
    assert all(e.kind != "consultation" for e in read(text, corpus=corpus).events)
