"""A state's approval of its own accession to a pact it joins after the signing (a parliament's vote, months before
its membership begins) is matched to the pact and takes its kind; the same approval long before the membership, or by
a state that never joins, is no fit.  Every sentence here was written for these tests (the pact is the corpus's North
Atlantic Treaty, which Montenegro joined on 5 June 2017)."""

from __future__ import annotations

from news_gold import events_with_kind

from casus.news import read


def _matched(text: str, corpus) -> list[tuple]:
    return [(e.type, e.parties, e.date, (e.match or {}).get("treaty")) for e in read(text, corpus=corpus).events]


_VOTE = ("Deputies back alliance membership\nPODGORICA, {day} -- Montenegro's parliament on {weekday} ratified the "
         "country's accession to the North Atlantic Treaty.")


def test_a_parliaments_approval_of_its_accession_months_before_joining_is_the_pacts(corpus):
    text = _VOTE.format(day="April 28, 2017", weekday="Friday")
    assert _matched(text, corpus) == [("ratified", ("MNG",), "2017-04-28", "north-atlantic-1949")]
    assert [e[3] for e in events_with_kind(text, corpus)] == ["defense"]


def test_an_approval_years_before_the_membership_is_no_fit(corpus):
    text = _VOTE.format(day="April 27, 2012", weekday="Friday")
    assert _matched(text, corpus) == [("ratified", ("MNG",), "2012-04-27", None)]  # a draft for a person to check


_MEMBER_VOTE = ("Parliament approves protocol\nOSLO, {day} -- Norway's parliament on {weekday} ratified a protocol to "
                "the North Atlantic Treaty.")


def test_a_members_approval_of_a_protocol_to_a_pact_signed_long_before_is_the_named_pacts(corpus):
    # Norway, a member since 1949, approves a step of the pact (an accession protocol, an amendment) 68 years after
    # its signing: no date of the record fits, but the pact the article names does, and the approval takes its kind
    text = _MEMBER_VOTE.format(day="January 10, 2017", weekday="Tuesday")
    assert _matched(text, corpus) == [("ratified", ("NOR",), "2017-01-10", "north-atlantic-1949")]
    assert [e[3] for e in events_with_kind(text, corpus)] == ["defense"]


def test_a_non_members_approval_long_after_the_signing_is_no_fit(corpus):
    # Sweden was no member in 2017: its vote cannot be a member's step of the pact
    text = _MEMBER_VOTE.replace("Norway's", "Sweden's").replace("OSLO", "STOCKHOLM").format(
        day="January 10, 2017", weekday="Tuesday")
    assert [m[3] for m in _matched(text, corpus)] == [None]
