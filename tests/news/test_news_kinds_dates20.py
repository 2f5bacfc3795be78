"""Kind and date of events the reader finds (round 20): an alliance its name calls "offensive and defensive" whose
parties guarantee each other's lands, against no named state, is a defence pact; a pact of neutrality and
non-aggression is a neutrality pact.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest

from casus.news import read_article


def _kinds(text: str, corpus, ref: str | None = None) -> list[tuple[str, tuple[str, ...], str | None, str | None]]:
    return [(e.type, e.parties, e.date, e.kind) for e in read_article(text, reference_date=ref, corpus=corpus)]


def _kind_of(text: str, corpus, ref: str | None = None) -> list[str | None]:
    return [e.kind for e in read_article(text, reference_date=ref, corpus=corpus)]


@pytest.mark.parametrize("text", [
    "MADRID, June 3, 1872 - Spain and Portugal signed today an offensive and defensive alliance. The two crowns "
    "guarantee each other the integrity of all their possessions for ten years.",
    "मैड्रिड, 3 जून 1872। स्पेन और पुर्तगाल ने आज एक आक्रामक और रक्षात्मक गठबंधन की संधि पर हस्ताक्षर किए। "
    "दोनों देशों ने एक-दूसरे के सभी इलाक़ों की गारंटी दी है।",
])
def test_an_offensive_and_defensive_alliance_guaranteeing_lands_is_defense(corpus, text):
    assert _kind_of(text, corpus) == ["defense"]


@pytest.mark.parametrize("text", [
    "MADRID, June 3, 1872 - Spain and Portugal signed today an offensive and defensive alliance.",
    "MADRID, June 3, 1872 - Spain and Portugal signed today an offensive and defensive alliance against Morocco. "
    "The two crowns guarantee each other the integrity of their possessions.",
])
def test_an_offensive_and_defensive_alliance_stays_offense_without_guarantee_or_against_a_state(corpus, text):
    assert _kind_of(text, corpus) == ["offense"]


@pytest.mark.parametrize("text", [
    "ANKARA, May 2, 1931 - Turkey and Persia signed today a treaty of neutrality and non-aggression.",
    "अंकारा, 2 मई 1931। तुर्की और ईरान ने आज तटस्थता और अनाक्रमण की एक संधि पर हस्ताक्षर किए।",
])
def test_a_pact_of_neutrality_and_nonaggression_is_neutrality(corpus, text):
    assert _kind_of(text, corpus) == ["neutrality"]


def test_a_nonaggression_pact_alone_stays_nonaggression(corpus):
    text = "ANKARA, May 2, 1931 - Turkey and Persia signed today a treaty of non-aggression."
    assert _kind_of(text, corpus) == ["nonaggression"]
