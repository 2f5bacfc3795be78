"""The seed's sentence, both ways, and NATO's dates — on the real corpus."""

from __future__ import annotations

from datetime import date

from helpers import duties

RUS, PRK, CHN, USA, JPN, FIN = 365, 731, 710, 2, 740, 375


def test_usa_attacks_prk_2025_binds_russia_and_china(corpus):
    res = corpus.attack(by="USA", on="PRK", date="2025-01-01")
    bound = duties(res, "defend", "binding")
    assert (RUS, PRK, "rus-prk-2024") in bound
    assert (CHN, PRK, "prc-prk-1961") in bound
    f = next(f for f in res.findings if f.obligor == RUS and f.duty == "defend")
    assert f.treaty.article == "4"
    assert "armed invasion" in f.quote and "with all means" in f.quote  # KCNA's own English (20 June 2024)
    assert f.round == 1 and f.date_basis == "entry into force"
    china = next(f for f in res.findings if f.obligor == CHN and f.duty == "defend")
    assert china.treaty.article == "II" and "military and other assistance" in china.quote
    # both end up on the defending side
    assert {RUS, CHN} <= set(res.sides["defenders"])
    assert res.sides["attackers"] == [USA]


def test_japan_attacks_russia_2025_binds_north_korea(corpus):
    res = corpus.attack(by="Japan", on="Russia", date="2025-06-01")
    assert (PRK, RUS, "rus-prk-2024") in duties(res, "defend", "binding")


def test_2024_11_01_signed_not_in_force(corpus):
    res = corpus.attack(by="USA", on="PRK", date="2024-11-01")
    assert not any(f.obligor == RUS and f.duty == "defend" for f in res.findings)
    d = res.to_dict()
    inactive = {i["treaty"]["id"]: i for i in d["inactive"]}
    assert inactive["rus-prk-2024"]["why"] == "not_yet_in_force"
    assert "signed 2024-06-19 but not in force until 2024-12-04" in inactive["rus-prk-2024"]["reason"]
    # the 2000 treaty (ATOP 4940) still binds Russia to consult on that day
    assert (RUS, PRK, "atop-4940") in duties(res, "consult")
    # China still must defend
    assert (CHN, PRK, "prc-prk-1961") in duties(res, "defend", "binding")


def test_2024_11_01_signed_basis_counts_the_treaty(corpus):
    res = corpus.attack(by="USA", on="PRK", date="2024-11-01", basis="signed")
    f = next(f for f in res.findings if f.obligor == RUS and f.duty == "defend")
    assert f.status == "binding" and f.treaty.id == "rus-prk-2024"
    assert f.date_basis == "signature"
    assert res.to_dict()["scenario"]["basis"] == "signed"


def test_2000_treaty_ends_when_the_2024_treaty_enters_into_force(corpus):
    before = corpus.attack(by="USA", on="PRK", date="2024-12-03")
    after = corpus.attack(by="USA", on="PRK", date="2024-12-04")
    assert (RUS, PRK, "atop-4940") in duties(before, "consult")
    assert (RUS, PRK, "atop-4940") not in duties(after, "consult")
    assert (RUS, PRK, "rus-prk-2024") in duties(after, "defend", "binding")
    assert corpus.treaty("4940").replaced_by == "rus-prk-2024"


def test_nato_finland_dates(corpus):
    joined = corpus.attack(by="RUS", on="FIN", date="2024-01-01")
    assert (USA, FIN, "north-atlantic-1949") in duties(joined, "defend", "binding")
    f = next(f for f in joined.findings if f.obligor == USA and f.treaty.id == "north-atlantic-1949"
              and f.duty == "defend")
    assert f.treaty.article == "5" and f.response == "discretionary"
    before = corpus.attack(by="RUS", on="FIN", date="2022-06-01")
    assert not any(f.obligor == USA and f.duty == "defend" and f.beneficiary == FIN for f in before.findings)


def test_nato_every_accession_through_sweden(corpus):
    nato = corpus.treaty("north-atlantic-1949")
    assert corpus.treaty("3180") is nato  # the hand file refines ATOP 3180
    assert len(set(nato.parties)) == 33  # the 32 members of today, plus West Germany (260) until 1990
    members_now = {m.ccode for m in nato.memberships if m.holds(date(2025, 1, 1), "in-force").name == "YES"}
    assert len(members_now) == 32 and 260 not in members_now
    sweden = next(m for m in nato.memberships if m.ccode == 380)
    assert str(sweden.in_force) == "2024-03-07"
    on = corpus.attack(by="RUS", on="SWD", date="2024-03-07")
    off = corpus.attack(by="RUS", on="SWD", date="2024-03-06")
    assert (USA, 380, "north-atlantic-1949") in duties(on, "defend", "binding")
    assert (USA, 380, "north-atlantic-1949") not in duties(off, "defend")


def test_nato_art6_area_decides(corpus):
    hawaii = corpus.attack(by="JPN", on="USA", date="1990-01-01", where="hawaii")
    assert not any(f.treaty.id == "north-atlantic-1949" and f.duty == "defend" for f in hawaii.findings)
    reasons = [x["reason"] for x in hawaii.to_dict()["excluded"] if x["treaty"]["id"] == "north-atlantic-1949"]
    assert reasons and "outside" in reasons[0]
    europe = corpus.attack(by="RUS", on="USA", date="1990-01-01", where="us-forces-europe")
    assert (200, USA, "north-atlantic-1949") in duties(europe, "defend", "binding")


def test_python_api_frame(corpus):
    res = corpus.attack(by="USA", on="PRK", date=date(2025, 1, 1))
    df = res.to_frame()
    assert len(df) == len(res.findings)
    row = df[(df.state == "RUS") & (df.duty == "defend")].iloc[0]
    assert row.treaty_id == "rus-prk-2024" and row.article == "4" and row.status == "binding"
