"""Directedness, open conditions and conflicts, on real ATOP records."""

from __future__ import annotations

from helpers import duties

USA, JPN, CHN, ROK, PRK, FRN, BEL, NTH, GRC, TUR = 2, 740, 710, 732, 731, 220, 211, 210, 350, 640


def test_one_way_guarantee_us_japan_1960(corpus):
    # ATOP 3375 codes the US (defense=1) owing Japan and Japan (defense=0) owing nothing; the hand
    # file refining it reads Art. V as mutual but only in territory Japan administers.  Either way an
    # attack on the United States itself binds Japan to nothing.
    tid = corpus.treaty("3375").id
    on_japan = corpus.attack(by="CHN", on="JPN", date="2000-01-01")
    assert (USA, JPN, tid) in duties(on_japan, "defend", "binding")
    on_usa = corpus.attack(by="CHN", on="USA", date="2000-01-01")
    assert not any(f.obligor == JPN and f.treaty.id == tid and f.duty == "defend" for f in on_usa.findings)


def test_one_way_guarantee_australia_tuvalu(corpus):
    # Falepili Union: Australia owes Tuvalu; Tuvalu owes Australia nothing
    t = corpus.treaty("aul-tuv-2023")
    assert all(c.obligors == (900,) and c.beneficiaries == (947,) for c in t.clauses if c.kind == "defense")
    on_aul = corpus.attack(by="CHN", on="AUL", date="2025-01-01")
    assert not any(f.obligor == 947 and f.treaty.id == t.id for f in on_aul.findings)


def test_one_way_guarantee_france_belgium_1832(corpus):
    # ATOP 1060 (peacesciencer's worked example): France pledged to defend Belgium, not the reverse.
    t = corpus.treaty("1060")
    kinds = {(c.obligors, c.kind) for c in t.clauses}
    assert ((FRN,), "defense") in kinds and ((BEL,), "defense") not in kinds
    res = corpus.attack(by="NTH", on="BEL", date="1832-12-01")
    f = [f for f in res.findings if f.obligor == FRN and f.treaty.id == "atop-1060" and f.duty == "defend"]
    assert f, "France must appear as bound to defend Belgium"
    res2 = corpus.attack(by="NTH", on="FRN", date="1832-12-01")
    assert not any(f.obligor == BEL and f.treaty.id == "atop-1060" and f.duty == "defend" for f in res2.findings)


def test_location_condition_without_area_is_conditional(corpus):
    # ATOP 3270 (US–Taiwan 1954) codes a location limit (defcoloc=1) and no area is encoded for it:
    # the finding is conditional and names the condition.
    assert corpus.treaty("3270").origin == "atop"
    res = corpus.attack(by="CHN", on="TAW", date="1960-01-01")
    f = next(f for f in res.findings if f.obligor == USA and f.treaty.id == "atop-3270" and f.duty == "defend")
    assert f.status == "conditional"
    assert any("location" in str(c) and "area not encoded" in str(c) for c in f.open_conditions)
    # a conditional duty does not draw the US into the war
    assert USA not in res.sides["defenders"]


def test_request_condition_is_open_until_stated(corpus):
    open_ = corpus.attack(by="USA", on="PRK", date="2025-01-01")
    f = next(f for f in open_.findings if f.obligor == 365 and f.duty == "consult" and f.treaty.id == "rus-prk-2024")
    assert f.status == "conditional" and "request" in str(f.open_conditions[0])
    asked = corpus.attack(by="USA", on="PRK", date="2025-01-01", requested=True)
    f = next(f for f in asked.findings if f.obligor == 365 and f.duty == "consult" and f.treaty.id == "rus-prk-2024")
    assert f.status == "binding"
    refused = corpus.attack(by="USA", on="PRK", date="2025-01-01", requested=False)
    assert not any(f.obligor == 365 and f.duty == "consult" and f.treaty.id == "rus-prk-2024"
                   for f in refused.findings)


def test_attack_from_inside_nato_binds_the_allies_to_the_victim(corpus):
    res = corpus.attack(by="TUR", on="GRC", date="2020-01-01")
    usa = [f for f in res.findings if f.obligor == USA and f.treaty.id == "north-atlantic-1949" and f.duty == "defend"]
    assert usa and usa[0].status == "binding"  # Türkiye, the aggressor, has no claim under Art. 5
    assert any(r.code == "attacker_is_party" and "Türkiye" in str(r) for r in usa[0].notes)
    assert USA in res.sides["defenders"]
    # under escalation the allies' entry is an attack on Türkiye, whose claim then binds them: conflicted
    esc = corpus.attack(by="TUR", on="GRC", date="2020-01-01", policy="escalation")
    usa = [f for f in esc.findings if f.obligor == USA and f.treaty.id == "north-atlantic-1949" and f.duty == "defend"
           and f.beneficiary == GRC]
    assert usa and usa[0].status == "conflicted" and "Türkiye" in (usa[0].conflict or "")
    # Turkey itself is never shown defending Greece against itself
    assert not any(f.obligor == TUR and f.duty == "defend" and f.beneficiary == GRC for f in res.findings)
    assert any(b.obligor == TUR for b in res.evaluation.breaches)


def test_day_unknown_membership_is_conditional(corpus):
    # ATOP 1035 (Britain, Prussia, Austria, Russia; France named as the threat): every member
    # leaves in December 1822 with the exit day left blank.  Inside that month the duty is
    # conditional, naming the imprecise date; before it binding; after it gone.
    t = corpus.treaty("1035")
    assert all("day unknown" in str(m.end) for m in t.memberships)

    def uk_defends_russia(day):
        res = corpus.attack(by="FRN", on="RUS", date=day)
        return [f for f in res.findings if f.obligor == 200 and f.treaty.id == "atop-1035" and f.duty == "defend"]

    (before,) = uk_defends_russia("1822-11-30")
    assert before.status == "binding"
    assert any("France" in str(n) and "named" in str(n) for n in before.notes)  # the adversary condition decided
    (during,) = uk_defends_russia("1822-12-15")
    assert during.status == "conditional" and "known only to the month" in str(during.open_conditions[0])
    assert uk_defends_russia("1823-01-01") == []


def test_escalation_policy_draws_in_more(corpus):
    base = corpus.attack(by="RUS", on="FIN", date="2024-01-01")
    esc = corpus.attack(by="RUS", on="FIN", date="2024-01-01", policy="escalation")
    assert set(base.sides["defenders"]) <= set(esc.sides["defenders"]) | set(esc.sides["attackers"])
    assert len(esc.sides["attackers"]) >= len(base.sides["attackers"])
    assert esc.to_dict()["scenario"]["policy"] == "escalation"
