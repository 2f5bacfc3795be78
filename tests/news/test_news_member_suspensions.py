"""A member suspended by its pact, the pact named before the verb and the state after it ("The Arab League today
suspended Syria", "... voted to suspend Syria from the organisation"; in Hindi the state first, with की सदस्यता or
को): a suspension whose party is the suspended member.  Not one threatened or denied.  Every sentence here was written
for these tests.  A member expelled is coded so too ("The League of Nations expelled the Soviet Union", "declared
the Soviet Union expelled from the League", "राष्ट्र संघ ने सोवियत संघ को निष्कासित कर दिया"), as the labelled sets' writers
code an expulsion."""

from __future__ import annotations

import pytest
from news_gold import events_of

_SYRIA = [("suspended", ("SYR",), "2011-11-12")]


def test_the_pact_suspends_a_member(corpus):
    text = "Bloc\nCAIRO, 12 November 2011\nThe Arab League today suspended Syria."
    assert events_of(text, corpus) == _SYRIA


def test_the_pact_suspends_a_members_membership(corpus):
    text = "Bloc\nCAIRO, 12 November 2011\nThe Arab League today suspended Syria's membership over the crackdown."
    assert events_of(text, corpus) == _SYRIA


def test_its_ministers_vote_to_suspend_a_member(corpus):
    text = ("Bloc\nCAIRO, 12 November 2011\nArab League foreign ministers today voted to suspend Syria from the "
            "organisation.")
    assert events_of(text, corpus) == _SYRIA


def test_hindi_the_pact_suspends_a_members_membership(corpus):
    text = "समझौता\nकाहिरा, 12 नवंबर 2011। अरब लीग ने आज सीरिया की सदस्यता निलंबित कर दी।"
    assert events_of(text, corpus) == _SYRIA


def test_a_suspension_threatened_or_denied_is_none(corpus):
    for text in ("Bloc\nCAIRO, 12 November 2011\nThe Arab League threatened to suspend Syria.",
                 "Bloc\nCAIRO, 12 November 2011\nThe Arab League has not suspended Syria."):
        assert events_of(text, corpus) == []


_USSR = [("suspended", ("RUS",), "1939-12-14")]


@pytest.mark.parametrize("text", [
    "League\nGENEVA, Dec. 15, 1939 - The League of Nations yesterday expelled the Soviet Union from its membership.",
    "League\nGENEVA, Dec. 14, 1939 - The Council of the League of Nations today declared the Soviet Union expelled "
    "from the League.",
    "निष्कासन\nजिनेवा, 15 दिसंबर 1939। राष्ट्र संघ ने कल सोवियत संघ को निष्कासित कर दिया।",
])
def test_a_member_expelled_by_its_pact_is_coded_as_suspended(corpus, text):
    assert events_of(text, corpus) == _USSR


@pytest.mark.parametrize("text", [
    "League\nGENEVA, Dec. 14, 1939 - The Council of the League of Nations today declared the Soviet Union an "
    "aggressor.",
    "League\nMOSCOW, Dec. 14, 1939 - The League of Nations delegates said the Soviet Union expelled two diplomats.",
])
def test_a_declaration_or_an_expulsion_of_others_is_no_suspension(corpus, text):
    assert [e for e in events_of(text, corpus) if e[0] == "suspended"] == []
