"""Record corrections from the expert review, checked on the real bundled corpus.

One test per correction: the DPRK–Russia treaty quoted from KCNA's English (item 1), ANZUS in its
own wording (2), the 1960 US–Japan treaty superseding the 1951 one (3), the US–ROK entry into force
(4), the CSTO's Art. 4 as amended in 2010 (5), the UK–Ukraine consultation clause (6); then the 1951
US–Japan Security Treaty running to the 1960 treaty's entry into force (7) and the Brussels Treaty / WEU
limited to an armed attack in Europe and ended in 2011 (8).
"""

from __future__ import annotations

import pytest

import casus


@pytest.fixture(scope="module")
def s():
    return casus.load()


def _findings(s, **kw) -> list[dict]:
    return s.attack(**kw).to_dict()["findings"]


def _one(findings: list[dict], **want) -> dict:
    hits = [f for f in findings
            if all((f["treaty"][k[7:]] if k.startswith("treaty_") else f[k]) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f["state"], f["duty"], f["beneficiary"], f["treaty"]) for f in findings])
    return hits[0]


def _none(findings: list[dict], **want) -> None:
    hits = [f for f in findings
            if all((f["treaty"][k[7:]] if k.startswith("treaty_") else f[k]) == v for k, v in want.items())]
    assert not hits, hits


def test_rus_prk_art4_quotes_kcna_english_and_stays_automatic(s):
    f = _one(_findings(s, by="USA", on="PRK", date="2025-01-01"),
             state="RUS", duty="defend", beneficiary="PRK", treaty_id="rus-prk-2024")
    assert f["status"] == "binding" and f["treaty"]["article"] == "4"
    assert f["response"] == "automatic"
    assert f["open_conditions"] == []
    assert "put in a state of war by an armed invasion from an individual state or several states" in f["quote"]
    assert f["response_phrase"] in f["quote"]
    assert "KCNA" in f["source"]
    art4 = next(c for c in s.treaty("rus-prk-2024").clauses if c.id == "art4-defence")
    assert art4.trigger == "war" and not art4.conditions  # "state of war" is the trigger, not a condition
    consult = _one(_findings(s, by="USA", on="PRK", date="2025-01-01"),
                   state="RUS", duty="consult", beneficiary="PRK", treaty_id="rus-prk-2024")
    assert "direct threat of armed invasion" in consult["quote"] and "KCNA" in consult["source"]


def test_anzus_articles_in_anzus_wording(s):
    f = _one(_findings(s, by="CHN", on="USA", date="2025-01-01", where="guam"),
             state="AUL", duty="defend", beneficiary="USA", treaty_id="anzus-1951")
    assert f["status"] == "binding" and f["treaty"]["article"] == "IV" and f["response"] == "discretionary"
    assert "an armed attack in the Pacific Area on any of the Parties" in f["quote"]
    assert "either of the Parties" not in f["quote"]
    assert f["response_phrase"] in f["quote"]
    c = _one(_findings(s, by="CHN", on="AUL", date="2025-01-01"),
             state="USA", duty="consult", beneficiary="AUL", treaty_id="anzus-1951")
    assert c["treaty"]["article"] == "III"
    assert "security of any of the Parties is threatened in the Pacific" in c["quote"]
    assert "external armed attack" not in c["quote"]
    art5 = next(a for a in s.treaty("anzus-1951").articles if a.number == "V")
    assert "any of the Parties" in art5.text and "either" not in art5.text


def test_usa_jpn_1960_supersedes_the_1951_treaty_on_entry_into_force(s):
    old = s.treaty("atop-3220")  # now the hand file usa-jpn-1951 (atopid 3220), which replaces the ATOP record
    assert old.id == "usa-jpn-1951" and old.replaced_by == "usa-jpn-1960"
    assert ("usa-jpn-1951", "1960-06-23") in s.treaty("usa-jpn-1960").superseded
    # ATOP's own end (19 Jan 1960) is no longer used: the 1951 treaty runs to the 1960 treaty's entry
    # into force (Art. IX), so the gap of 19 Jan - 23 Jun 1960 is closed (test_usa_jpn_1951_* below).
    assert all(str(m.end) == "1960-06-23" for m in old.memberships)
    f = _one(_findings(s, by="RUS", on="JPN", date="1960-07-01"),
             state="USA", duty="defend", beneficiary="JPN", treaty_id="usa-jpn-1960")
    assert f["status"] == "binding"


def test_usa_rok_in_force_on_17_november_1954(s):
    assert str(s.treaty("usa-rok-1953").in_force.day) == "1954-11-17"
    f = _one(_findings(s, by="PRK", on="ROK", date="1954-11-17"),
             state="USA", duty="defend", beneficiary="ROK", treaty_id="usa-rok-1953")
    assert f["status"] == "binding" and f["treaty"]["article"] == "III"
    _none(_findings(s, by="PRK", on="ROK", date="1954-11-16"),
          state="USA", duty="defend", beneficiary="ROK", treaty_id="usa-rok-1953")


def test_csto_art4_1992_wording_before_the_2010_protocol_and_amended_after(s):
    before = _one(_findings(s, by="AFG", on="TAJ", date="2012-12-18"),
                  state="RUS", duty="defend", beneficiary="TAJ", treaty_id="csto-1992")
    assert before["clause"] == "art4-defence" and before["status"] == "binding"
    assert before["open_conditions"] == []  # the 1992 wording names no request
    assert "act of aggression" in before["quote"]
    after = _one(_findings(s, by="AFG", on="TAJ", date="2012-12-19"),
                 state="RUS", duty="defend", beneficiary="TAJ", treaty_id="csto-1992")
    assert after["clause"] == "art4-defence-2010" and after["treaty"]["article"] == "4"
    assert after["status"] == "conditional" and any("request" in c for c in after["open_conditions"])
    requested = _one(_findings(s, by="AFG", on="TAJ", date="2012-12-19", requested=True),
                     state="RUS", duty="defend", beneficiary="TAJ", treaty_id="csto-1992")
    assert requested["clause"] == "art4-defence-2010" and requested["status"] == "binding"
    assert not any("obligations did not change" in n for n in s.treaty("csto-1992").notes)


def test_ukg_ukr_consultation_only_for_russian_attack_on_ukraine_at_its_request(s):
    f = _one(_findings(s, by="RUS", on="UKR", date="2025-01-01"),
             state="UKG", duty="consult", beneficiary="UKR", treaty_id="ukg-ukr-2024")
    assert f["status"] == "conditional" and any("request" in c for c in f["open_conditions"])
    f = _one(_findings(s, by="RUS", on="UKR", date="2025-01-01", requested=True),
             state="UKG", duty="consult", beneficiary="UKR", treaty_id="ukg-ukr-2024")
    assert f["status"] == "binding" and f["response"] == "automatic"
    _none(_findings(s, by="RUS", on="UKR", date="2025-01-01", requested=True),
          state="UKG", duty="defend", beneficiary="UKR", treaty_id="ukg-ukr-2024")
    # another attacker: the adversary list (Russia) is exhaustive
    _none(_findings(s, by="BLR", on="UKR", date="2025-01-01", requested=True),
          state="UKG", duty="consult", beneficiary="UKR", treaty_id="ukg-ukr-2024")
    # one way only: no duty for Ukraine when the UK is attacked
    _none(_findings(s, by="RUS", on="UKG", date="2025-01-01", requested=True),
          state="UKR", beneficiary="UKG", treaty_id="ukg-ukr-2024")


def test_usa_jpn_1951_binds_until_the_1960_treaty_enters_into_force(s):
    t = s.treaty("3220")
    assert t.id == "usa-jpn-1951" and t.atopid == 3220
    assert "atop-3220" not in s.treaties  # the hand file replaces the ATOP record
    # 1 March 1960: the 1960 treaty is signed (19 Jan) but not in force; the 1951 treaty still binds
    f = _one(_findings(s, by="RUS", on="JPN", date="1960-03-01"),
             state="USA", duty="defend", beneficiary="JPN", treaty_id="usa-jpn-1951")
    assert f["status"] == "binding" and f["treaty"]["article"] == "I"
    assert f["response"] == "discretionary" and f["response_phrase"] == "may be utilized to contribute"
    assert "security of Japan against armed attack from without" in f["quote"]
    _none(_findings(s, by="RUS", on="JPN", date="1960-03-01"),
          state="USA", duty="defend", beneficiary="JPN", treaty_id="usa-jpn-1960")
    # 1953: bound under the 1951 treaty (in force from 28 April 1952); one way only
    f = _one(_findings(s, by="RUS", on="JPN", date="1953-01-01"),
             state="USA", duty="defend", beneficiary="JPN", treaty_id="usa-jpn-1951")
    assert f["status"] == "binding"
    _none(_findings(s, by="RUS", on="USA", date="1953-01-01"), state="JPN", duty="defend", beneficiary="USA")
    # 1961: the 1951 treaty expired on 23 June 1960; the 1960 treaty's Art. V applies
    later = _findings(s, by="RUS", on="JPN", date="1961-01-01")
    _none(later, state="USA", duty="defend", beneficiary="JPN", treaty_id="usa-jpn-1951")
    f = _one(later, state="USA", duty="defend", beneficiary="JPN", treaty_id="usa-jpn-1960")
    assert f["status"] == "binding" and f["treaty"]["article"] == "V"
    assert str(t.ended.day) == "1960-06-23"


def test_brussels_treaty_defends_only_in_europe_and_ends_in_2011(s):
    t = s.treaty("3130")
    assert t.id == "brussels-1948" and t.atopid == 3130
    assert "atop-3130" not in s.treaties
    # the Falklands (1982): outside "an armed attack in Europe" — no WEU state bound, not even conditionally
    falklands = _findings(s, by="ARG", on="UKG", date="1982-04-02", where="falklands")
    for state in ("FRN", "NTH", "BEL", "LUX", "GFR", "ITA"):
        _none(falklands, state=state, duty="defend", beneficiary="UKG", treaty_id="brussels-1948")
    # an attack on France in Europe in 1960: bound, automatic (Art. V as renumbered in 1954)
    f = _one(_findings(s, by="RUS", on="FRN", date="1960-01-01"),
             state="UKG", duty="defend", beneficiary="FRN", treaty_id="brussels-1948")
    assert f["status"] == "binding" and f["treaty"]["article"] == "V" and f["response"] == "automatic"
    assert f["open_conditions"] == []
    assert "armed attack in Europe" in f["quote"]
    assert f["response_phrase"] == "all the military and other aid and assistance in their power"
    assert f["response_phrase"] in f["quote"]
    # after the denunciations took effect (30 June 2011): no duty
    assert str(t.ended.day) == "2011-06-30"
    _none(_findings(s, by="RUS", on="FRN", date="2012-01-01"),
          state="UKG", duty="defend", beneficiary="FRN", treaty_id="brussels-1948")
