"""Seventh round of general forms (kinds): an alliance "offensive and defensive" is an offensive alliance, in
English and Hindi; a negated comparison with a pact ("is not compatible with the defence treaty", "रक्षा समझौते से
मेल नहीं खाता") does not negate a duty; a defence cue that only begins a compound noun ("each other's defence
capabilities", "एक-दूसरे की रक्षा क्षमता") is no pledge to defend.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh
sets); reference date Thursday 2024-06-20, so "Tuesday" / "मंगलवार" is 2024-06-18.
"""

from __future__ import annotations

import pytest

from casus.news import read_article
from casus.news.cues import _negated
from casus.news.index import Hit
from casus.news.kinds import defence_compound
from casus.news.text import fold

REF = "2024-06-20"


def _kinds(text: str, corpus) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(e.type, e.parties, e.kind) for e in read_article(text, reference_date=REF, corpus=corpus)]


@pytest.mark.parametrize("text,want", [
    ("Peru and Chile on Tuesday signed a treaty of offensive and defensive alliance.",
     [("signed", ("CHL", "PER"), "offense")]),
    ("Peru and Chile on Tuesday concluded an alliance, offensive and defensive, against their common enemy.",
     [("signed", ("CHL", "PER"), "offense")]),
    ("पेरू और चिली ने मंगलवार को एक आक्रामक और रक्षात्मक गठबंधन की संधि पर हस्ताक्षर किए।",
     [("signed", ("CHL", "PER"), "offense")]),
    ("पेरू और चिली ने मंगलवार को आक्रामक व रक्षात्मक संधि पर हस्ताक्षर किए।", [("signed", ("CHL", "PER"), "offense")]),
    # ... a mutual defence treaty stays defensive
    ("Peru and Chile on Tuesday signed a mutual defence treaty.", [("signed", ("CHL", "PER"), "defense")]),
])
def test_an_offensive_and_defensive_alliance_is_offensive(corpus, text, want):
    assert _kinds(text, corpus) == want


def _hit(low: str, key: str) -> Hit:
    i = low.index(key)
    return Hit(i, i + len(key), "K", ("defense", 1, ()), "", key)


@pytest.mark.parametrize("text,key,negated", [
    # a negated comparison with the pact: not the duty's negation
    ("विपक्ष का कहना है कि यह सामूहिक सुरक्षा समझौते से मेल नहीं खाता।", "सामूहिक सुरक्षा", False),
    ("आलोचकों के मुताबिक यह कदम सामूहिक सुरक्षा संधि के अनुरूप नहीं है।", "सामूहिक सुरक्षा", False),
    ("Critics said the step was not compatible with the collective defence treaty.", "collective defence", False),
    ("Critics said the step is not in line with collective defence.", "collective defence", False),
    # ... a duty denied stays denied
    ("इस समझौते में सामूहिक सुरक्षा का कोई प्रावधान नहीं है।", "सामूहिक सुरक्षा", True),
    ("The accord has no collective defence clause.", "collective defence", True),
])
def test_a_negated_comparison_does_not_negate_a_duty(text, key, negated):
    low = fold(text).low
    assert _negated(low, _hit(low, fold(key).low), 0, len(low)) is negated


@pytest.mark.parametrize("text,key,compound", [
    ("दोनों देश एक-दूसरे की रक्षा क्षमता बढ़ाने में सहयोग करेंगे।", "एक दूसरे की रक्षा", True),
    ("The two states will help build each other's defence industries.", "each other's defence", True),
    ("दोनों देश हमले की स्थिति में एक-दूसरे की रक्षा करेंगे।", "एक दूसरे की रक्षा", False),
    ("The two states pledged to come to each other's defence if attacked.", "each other's defence", False),
])
def test_a_defence_cue_that_begins_a_compound_is_no_pledge(text, key, compound):
    low = fold(text).low
    assert defence_compound(low, _hit(low, key)) is compound


def test_a_field_of_defence_cooperation_gives_no_defence_kind(corpus):
    got = _kinds("इराक और सीरिया ने मंगलवार को मैत्री संधि पर हस्ताक्षर किए। संधि में एक-दूसरे की रक्षा क्षमता मज़बूत करने "
                 "में सहयोग की बात कही गई है।", corpus)
    assert all(k != "defense" for _, _, k in got)
