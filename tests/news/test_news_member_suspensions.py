"""A member suspended by its pact, the pact named before the verb and the state after it ("The Arab League today
suspended Syria", "... voted to suspend Syria from the organisation"; in Hindi the state first, with की सदस्यता or
को): a suspension whose party is the suspended member.  Not one threatened or denied.  Every sentence here was written
for these tests."""

from __future__ import annotations

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
