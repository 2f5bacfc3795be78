"""A step named as a condition ("Once signed, it will need ratification", "any agreement, once signed, would still
need ...", "if it is ratified") is no event; a signing to come "next week", sealed or signed, is no announcement; the
act "by which they join" a pact, signed, is a joining.  Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of

LEAD = "Headline of the day\nLONDON, Oct 25, 2010 -- "


@pytest.mark.parametrize("text", [
    "Britain and France want a defence treaty. Once signed, it will need ratification by both parliaments.",
    "Britain and France are talking about a defence treaty. Any treaty, once signed, would still need the consent of "
    "both parliaments.",
    "Britain and France discussed their defence treaty. If it is ratified, the treaty will bind both to act together.",
])
def test_a_step_named_as_a_condition_is_no_event(corpus, text):
    assert events_of(LEAD + text, corpus) == []


@pytest.mark.parametrize("text", [
    "Britain and France to seal defence pact next week",
    "Britain and France will sign a defence pact next week",
])
def test_a_signing_to_come_is_no_announcement(corpus, text):
    assert events_of(text + "\nLONDON, Oct 25, 2010 -- Officials spoke of the plan.", corpus) == []


def test_signing_the_act_by_which_they_join_a_pact_is_a_joining(corpus):
    text = LEAD + "Norway and Sweden on Monday signed the act by which they join the defence pact."
    assert events_of(text, corpus) == [("joined", ("NOR", "SWD"), "2010-10-25")]


@pytest.mark.parametrize("text", [
    "मोल्दोवा के मंत्रिमंडल ने शुक्रवार को एक मसौदा कानून को मंजूरी दी, जिसके जरिए रोमानिया के साथ रक्षा संधि का अनुमोदन "
    "किया जाना है।",
    "मोल्दोवा के मंत्रिमंडल ने शुक्रवार को रक्षा संधि के अनुमोदन के मसौदा विधेयक को मंजूरी दी।",
])
def test_a_cabinet_approving_a_draft_law_ratifies_nothing(corpus, text):
    assert events_of("शीर्षक\nकिशिनेव, 21 जून 2024।\n\n" + text, corpus) == []
