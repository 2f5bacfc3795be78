"""A state's late signature of an existing multilateral pact is its accession ("Trinidad and Tobago signed the Rio
treaty" twenty years on: joined, by that state alone, not signed with the original members the text names), and a
generic relative clause describing a pact's parties reports no event ("binding on the states that have ratified it").

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets);
the pacts are the corpus's (the Inter-American Treaty of Reciprocal Assistance, the CIS Collective Security Treaty).
"""

from __future__ import annotations

import pytest

from casus.news import read_article


def _events(text: str, corpus, ref: str | None = None) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(e.type, e.parties, e.date) for e in read_article(text, reference_date=ref, corpus=corpus)]


@pytest.mark.parametrize("text,ref,want", [
    ("Trinidad signs Rio defence treaty\n\nWASHINGTON, April 7 - Trinidad and Tobago yesterday signed the "
     "Inter-American Treaty of Reciprocal Assistance, under which an attack on one American state is an attack on "
     "all.", "1967-04-07", [("joined", ("TRI",), "1967-04-06")]),
    ("MANAGUA, Oct. 16 - Nicaragua yesterday put its signature to the Inter-American Treaty of Reciprocal "
     "Assistance, the mutual defence pact concluded at Rio in 1947.", "1948-10-16",
     [("joined", ("NIC",), "1948-10-15")]),
    ("MINSK, Jan. 4 - Belarus yesterday signed the Collective Security Treaty of the CIS, which binds its members to "
     "regard aggression against one of them as aggression against all.", "1994-01-04",
     [("joined", ("BLR",), "1994-01-03")]),
])
def test_late_signature_is_accession(text, ref, want, corpus):
    assert _events(text, corpus, ref) == want


def test_signature_on_the_pacts_own_day_stays_a_signing(corpus):
    text = ("TASHKENT, May 15 - Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan today signed the "
            "Collective Security Treaty, under which aggression against one of them is aggression against all.")
    got = _events(text, corpus, "1992-05-15")
    assert [(t, d) for t, _, d in got] == [("signed", "1992-05-15")]
    assert set(got[0][1]) == {"ARM", "KZK", "KYR", "RUS", "TAJ", "UZB"}


def test_generic_relative_clause_reports_no_ratification(corpus):
    text = ("GENEVA, June 3 - The mutual defence treaty is binding only on the states that have ratified it, and "
            "an attack on one of them is an attack on all.")
    assert [e for e in _events(text, corpus, "1990-06-03") if e[0] == "ratified"] == []


def test_bilateral_signing_beside_a_multilateral_pact_stays_a_signing(corpus):
    text = ("OSLO, March 3 - Norway and Poland today signed a mutual defence treaty under which the two NATO members "
            "pledge to come to each other's aid if either is attacked.")
    assert _events(text, corpus, "2027-03-03") == [("signed", ("NOR", "POL"), "2027-03-03")]
