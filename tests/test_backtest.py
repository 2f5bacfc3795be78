"""The backtest on hand-checked wars, and its report."""

from __future__ import annotations

import json

import pytest

from casus.analysis.backtest import backtest, invoked_commitments, predict_joiners
from casus.importers.cow_wars import read_wars
from test_cli import run

WARS = {w.num: w for w in read_wars()}
FRN, RUS, GMY, UKG, USA, ROK, PRK = 220, 365, 255, 200, 2, 732, 731


def test_the_data():
    assert len(WARS) == 95
    assert WARS[106].name == "World War I" and WARS[58].name == "Franco-Prussian" and WARS[151].name == "Korean"
    assert WARS[106].attacked(RUS)  # Germany declared war on Russia the day Russia entered (1914-08-01)


def test_first_world_war_invokes_the_franco_russian_alliance(corpus):
    cs = invoked_commitments(corpus, WARS[106])
    fr = [c for c in cs if c.obligor == FRN and c.beneficiary == RUS and c.kind == "defense"]
    assert fr, "France's defence commitment to Russia must be invoked"
    c = fr[0]
    assert c.treaty_id == corpus.treaty("1385").id and c.date == "1914-08-01"
    assert c.outcome == "honoured" and "France" in c.reason
    # Germany's commitment to Austria-Hungary (Dual Alliance) is not invoked as defence: Austria-Hungary attacked
    assert not any(c.obligor == GMY and c.beneficiary == 300 and c.kind == "defense" for c in cs)


def test_franco_prussian_war(corpus):
    cs = invoked_commitments(corpus, WARS[58])
    # the South German states' alliances with Prussia (ATOP 1275, 1280, 1285) were honoured
    honoured = {(c.obligor, c.beneficiary) for c in cs if c.kind == "defense" and c.outcome == "honoured"}
    assert {(245, 255), (267, 255), (271, 255)} <= honoured
    assert all(c.date == "1870-07-19" for c in cs if c.beneficiary == 255 and c.kind == "defense")


def test_korean_war(corpus):
    cs = invoked_commitments(corpus, WARS[151])
    # no defence pact protected South Korea in June 1950 (the US–ROK treaty was signed in 1953)
    assert not any(c.beneficiary == ROK and c.kind == "defense" for c in cs)
    j = predict_joiners(corpus, WARS[151])
    assert j["attackers"] == [PRK] and j["targets"] == [ROK]
    assert USA in j["actual"] and USA in j["missed"]


def test_every_outcome_has_a_reason_and_summary_adds_up(corpus):
    res = backtest(corpus)
    cs = res["commitments"]
    assert cs and all(c.outcome in ("honoured", "violated", "undecidable") and c.reason for c in cs)
    s = res["summary"]
    kinds = s["by_kind"]
    assert s["overall"]["invoked"] == sum(k["invoked"] for k in kinds.values())
    assert s["overall"]["invoked"] == s["before_1945"]["invoked"] + s["1945_2003"]["invoked"]
    assert s["published"]["defense"] == {"honoured": 42, "invoked": 102, "rate": 0.412}
    assert 0 <= s["joiners"]["precision"] <= 1 and 0 <= s["joiners"]["recall"] <= 1


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["json", "report"])
def test_cli(capsys, tmp_path, fmt):
    if fmt == "json":
        code, out, _ = run(capsys, "backtest", "--json")
        d = json.loads(out)
        c = d["commitments"][0]
        for key in ("war", "war_name", "atopid", "treaty_id", "obligor", "beneficiary", "kind", "date", "outcome",
                    "reason"):
            assert key in c
        assert {"overall", "before_1945", "1945_2003", "by_kind", "joiners"} <= set(d["summary"])
    else:
        code, out, err = run(capsys, "backtest", "--report", str(tmp_path / "rep"))
        assert code == 0 and "Backtest over 95" in out
        page = (tmp_path / "rep" / "index.html").read_text(encoding="utf-8")
        assert "data:image/png;base64" in page and "Berkemeier" in page
        assert (tmp_path / "rep" / "commitments.csv").exists()


def test_a_war_between_members_scores_the_duty_to_the_victim(corpus):
    """Gulf War (COW 211): Iraq's Arab League membership gives it no claim, so the other members' duty
    to defend Kuwait is scored (not left undecidable): Egypt, Syria, Saudi Arabia fought for Kuwait."""
    from casus.importers.cow_wars import read_wars

    war = {w.num: w for w in read_wars()}[211]
    cs = [c for c in invoked_commitments(corpus, war) if c.beneficiary == 690 and c.kind == "defense"
          and c.treaty_id == "atop-3205"]
    honoured = {c.obligor for c in cs if c.outcome == "honoured"}
    assert {651, 652, 670} <= honoured
    assert all("is itself a party" in c.reason for c in cs)
    iraq = [c for c in cs if c.obligor == 645]
    assert iraq and iraq[0].outcome == "violated"  # the aggressor broke its own duty
