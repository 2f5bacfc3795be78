"""ATOP 5.1 import: every alliance, directed clauses per member and phase, codesheet quotes."""

from __future__ import annotations

import pandas as pd

from casus.importers.atop import atop_treaties, read_atop_members

KIND_COLUMNS = {"defense": "defense", "offense": "offense", "neutrality": "neutral",
                "nonaggression": "nonagg", "consultation": "consul"}


def test_all_789_alliances_and_every_member_row():
    members = read_atop_members()
    treaties = atop_treaties()
    assert len(treaties) == 789 == members.atopid.nunique()
    assert sum(len(t.memberships) for t in treaties) == len(members) == 2510


def test_one_clause_per_member_row_and_obligation():
    """One clause per member row and obligation, owed to every partner — except in the alliances coded
    asymmetric or varying by member (asymm/obvary), whose clauses ATOP's directed dyad-year data narrow
    (split by years, or left out where they give no partner: tests/test_atop_directed.py)."""
    members = read_atop_members()
    narrowed = set(members.atopid[(members.asymm == 1) | (members.obvary == 1)])
    plain = members[~members.atopid.isin(narrowed)]
    expected = int(sum((plain[c] == 1).sum() for c in KIND_COLUMNS.values()))
    treaties = atop_treaties()
    clauses = [c for t in treaties if t.atopid not in narrowed for c in t.clauses]
    assert len(clauses) == expected
    for c in clauses:
        assert c.beneficiaries is None
    for c in (c for t in treaties for c in t.clauses):
        assert c.obligors == (c.atop_member,)  # directed: the member owes, its partners benefit
        assert c.beneficiaries is None or (c.beneficiaries and c.atop_member not in c.beneficiaries)
        assert c.no_article_reason and c.article is None


def test_flags_become_conditions_with_named_threats():
    by_id = {t.atopid: t for t in atop_treaties()}
    # ATOP 1035 (1815): Britain's defence duty is limited to a specific adversary; ATOP names France (220)
    uk = next(c for c in by_id[1035].clauses if c.kind == "defense" and c.atop_member == 200)
    adv = [x for x in uk.conditions if x.kind == "adversary"]
    assert adv and adv[0].states == (220,) and not adv[0].exhaustive
    # ATOP 3240 (US–ROK): location condition, area not encoded
    us = next(c for c in by_id[3240].clauses if c.kind == "defense" and c.atop_member == 2)
    assert [x.kind for x in us.conditions] == ["location"] and us.conditions[0].area is None


def test_codesheet_quote_on_every_clause_that_has_a_sheet():
    treaties = atop_treaties()
    with_quote = sum(1 for t in treaties for c in t.clauses if c.quote)
    total = sum(len(t.clauses) for t in treaties)
    assert with_quote / total > 0.9
    nato = next(t for t in treaties if t.atopid == 3180)
    c = nato.clauses[0]
    assert "armed attack against one or more of them" in c.quote
    assert nato.source(c.quote_source).title.startswith("ATOP codesheet ATOP3180")


def test_exit_zero_means_still_in_force_and_blank_day_is_a_month():
    by_id = {t.atopid: t for t in atop_treaties()}
    assert all(m.end is None for m in by_id[3445].memberships)  # China–DPRK: ineffect=1
    assert str(by_id[1035].memberships[0].end) == "1822-12 (day unknown)"
    assert isinstance(read_atop_members(), pd.DataFrame)
