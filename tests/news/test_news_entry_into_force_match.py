"""An entry into force of a pact whose corpus record gives no day for it (ATOP records signatures only) is matched to
the pact when it falls within three years of the signing, and takes the pact's kind; a legislature may approve a
pact a day or two before it is signed.  Every sentence here was written for these tests (the pacts are the
corpus's: ATOP 4640, Israel and Jordan, signed 26 October 1994)."""

from __future__ import annotations

from news_gold import events_with_kind

from casus.news import read


def _matched(text: str, corpus) -> list[tuple]:
    return [(e.type, e.parties, e.date, (e.match or {}).get("treaty")) for e in read(text, corpus=corpus).events]


def test_an_entry_into_force_within_three_years_of_signing_is_the_pacts(corpus):
    text = ("Treaty takes effect\nAMMAN, Nov. 10, 1994 -- The treaty between Israel and Jordan entered into force "
            "today, when the two governments exchanged the instruments of ratification.")
    assert _matched(text, corpus) == [("entered_into_force", ("ISR", "JOR"), "1994-11-10", "atop-4640")]
    assert [e[3] for e in events_with_kind(text, corpus)] == ["neutrality"]


def test_an_entry_into_force_years_after_the_signing_is_no_fit(corpus):
    text = ("Treaty takes effect\nAMMAN, Nov. 10, 2004 -- The treaty between Israel and Jordan entered into force "
            "today, when the two governments exchanged the instruments of ratification.")
    assert [m for *_, m in _matched(text, corpus)] != ["atop-4640"]


def test_a_legislatures_approval_the_day_before_the_signing_is_the_pacts_ratification(corpus):
    text = ("Parliament approves treaty\nJERUSALEM, Oct. 25, 1994 -- Israel's parliament on Tuesday approved the "
            "treaty with Jordan.")
    assert _matched(text, corpus) == [("ratified", ("ISR", "JOR"), "1994-10-25", "atop-4640")]
