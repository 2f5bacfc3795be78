"""More ways to tell a war declared under a pact: a state "declared to be at war with" the enemy, a pledge stated for
two states ("regards an aggression against A as an aggression against B"), a war declared "true to its obligation as an
ally".  Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text, want", [
    ("War\nMANAGUA, Dec. 12, 1941 - President Somoza yesterday declared Nicaragua to be at war with Germany and Italy. "
     "He said Nicaragua regards an aggression against the United States as an aggression against Nicaragua.",
     [("invoked", ("NIC",), "1941-12-11")]),
    ("War\nMOSCOW, Aug. 8, 1945 - The Soviet Union today declared war on Japan, true to its obligation as an ally.",
     [("invoked", ("RUS",), "1945-08-08")]),
])
def test_a_war_declared_under_a_pledge_or_an_obligation(corpus, text, want):
    assert events_of(text, corpus) == want


def test_a_war_declared_with_no_pledge_is_none(corpus):
    text = ("War\nMANAGUA, Dec. 12, 1941 - President Somoza yesterday declared Nicaragua to be at war with Germany and "
            "Italy.")
    assert events_of(text, corpus) == []
