"""Aggression by a fellow party, and entry into force unconfirmed (issue 11, parts 1 and 2)."""

from __future__ import annotations

import pytest

EGY, SYR, SAU, MOR, IRQ, KUW = 651, 652, 670, 600, 645, 690


def _defend(res, beneficiary):
    return {f.obligor: f for f in res.findings if f.duty == "defend" and f.beneficiary == beneficiary}


def test_iraq_kuwait_1990_the_arab_league_defends_the_victim(corpus):
    res = corpus.attack(by="IRQ", on="KUW", date="1990-08-02")
    arab = {o: f for o, f in _defend(res, KUW).items() if f.treaty.id == "atop-3205"}
    for state in (EGY, SYR, SAU, MOR):
        assert arab[state].status == "binding", arab[state]
        assert any(r.code == "attacker_is_party" for r in arab[state].notes)
    assert not [f for f in arab.values() if f.status == "conflicted"]
    # the aggressor's own duty to its victim is a breach, not a finding
    assert any(b.obligor == IRQ and b.beneficiary == KUW for b in res.evaluation.breaches)


def test_usa_venezuela_the_fellow_parties_are_not_conflicted(corpus):
    """A US attack on Venezuela while both are in the OAS Charter (ATOP 3150): the other parties'
    duties to defend Venezuela are not conflicted by the aggressor's own membership."""
    res = corpus.attack(by="USA", on="VEN", date="2018-06-01")
    defenders = list(_defend(res, 101).values())
    assert defenders and not [f for f in defenders if f.status == "conflicted"]
    assert not res.to_dict()["conflicted"]


def test_usa_venezuela_2026_after_venezuela_left_the_oas(corpus):
    """Venezuela's denunciation of the OAS Charter took effect on 2019-04-27 (recorded after ATOP's last
    day, data/atop_after_2018): in January 2026 no OAS party owes it defence, and no one is conflicted."""
    res = corpus.attack(by="USA", on="VEN", date="2026-01-03")
    assert not [f for f in _defend(res, 101).values() if f.treaty.atopid == 3150]
    assert not res.to_dict()["conflicted"]


def test_escalation_keeps_a_real_conflict(corpus):
    """Under escalation a defender's entry attacks the aggressor, whose own pacts then bind: a
    state bound to both sides by this cascade is still conflicted."""
    res = corpus.attack(by="TUR", on="GRC", date="2020-01-01", policy="escalation")
    assert any(f.status == "conflicted" for f in res.findings if f.duty == "defend")


@pytest.mark.parametrize("basis", ["in-force", "signed"])
def test_unconfirmed_entry_into_force_is_a_named_condition(corpus, basis):
    res = corpus.attack(by="IND", on="PAK", date="2025-10-01", basis=basis)
    (f,) = [x for x in _defend(res, 770).values() if x.treaty.id == "sau-pak-2025"]
    if basis == "in-force":
        assert f.status == "conditional"
        assert any(r.code == "entry_unconfirmed" and "2025-09-17" in str(r) for r in f.open_conditions)
        assert "sau-pak-2025" not in {i.treaty.id for i in res.evaluation.inactive}
    else:
        assert not any(r.code == "entry_unconfirmed" for r in f.open_conditions)


def test_unconfirmed_entry_in_hindi(corpus):
    doc = corpus.attack(by="IRN", on="SAU", date="2026-03-03").to_dict("hi")
    (f,) = [x for x in doc["findings"] if x["state"] == "PAK" and x["duty"] == "defend"]
    assert f["status"] == "conditional" and any("अपुष्ट" in c for c in f["open_conditions"])
