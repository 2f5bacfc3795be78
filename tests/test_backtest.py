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
    per = s["commitments"]
    assert per["overall"]["invoked"] == sum(k["invoked"] for k in per["by_kind"].values())
    assert per["overall"]["invoked"] == per["before_1945"]["invoked"] + per["1945_2003"]["invoked"]
    # the headline counts alliance–war pairs: fewer than the commitments behind them
    assert s["overall"]["invoked"] == s["before_1945"]["invoked"] + s["1945_2003"]["invoked"]
    assert s["overall"]["invoked"] + s["overall"]["undecidable"] == len(res["pairs"]) < len(cs)
    assert s["published"]["defense"] == {"honoured": 42, "invoked": 102, "rate": 0.412}
    j = s["joiners"]
    assert 0 <= j["precision"] <= 1 and 0 <= j["recall"] <= 1
    # the baselines, measured in the same run: every ally joins (high recall, low precision); no one joins
    every, none = j["baselines"]["every_ally"], j["baselines"]["no_one"]
    assert every["recall"] > j["recall"] and every["precision"] < j["precision"]
    assert none == {"predicted": 0, "actual": j["actual"], "hits": 0, "precision": None, "recall": 0.0}


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["json", "report"])
def test_cli(capsys, tmp_path, fmt):
    if fmt == "json":
        code, out, _ = run(capsys, "backtest", "--json")
        d = json.loads(out)
        c = d["commitments"][0]
        for key in ("war", "war_name", "atopid", "treaty_id", "obligor", "beneficiary", "kind", "date", "outcome",
                    "reason", "rule"):
            assert key in c
        p = d["pairs"][0]
        assert {"alliance", "atopid", "war", "outcome", "members", "reason"} <= set(p)
        assert {"overall", "before_1945", "1945_2003", "by_kind", "joiners", "commitments"} <= set(d["summary"])
        assert d["rules"]["resolve_open_by_conduct"] is False
    else:
        code, out, err = run(capsys, "backtest", "--report", str(tmp_path / "rep"))
        assert code == 0 and "Backtest over 95" in out and "Alliance–war pairs" in out
        page = (tmp_path / "rep" / "index.html").read_text(encoding="utf-8")
        assert "data:image/png;base64" in page and "Berkemeier" in page and "alliance–war pair" in page
        assert "help short of fighting" in page and "every ally" in page
        assert (tmp_path / "rep" / "commitments.csv").exists() and (tmp_path / "rep" / "pairs.csv").exists()


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


# -- the rules, each on the war that shows it -------------------------------------------------------------

def _find(cs, **kw):
    return [c for c in cs if all(getattr(c, k) == v for k, v in kw.items())]


def test_wartime_alliances_count_from_signature(corpus):
    """The Anglo-Soviet agreement of 12 July 1941 (ATOP 2535), made three weeks into the Soviet war: invoked
    that day, its 'ongoing conflict' condition met by the war ATOP records (COW 139), honoured by both."""
    from casus.analysis.backtest import Rules

    cs = _find(invoked_commitments(corpus, WARS[139]), atopid=2535, kind="defense")
    assert {(c.obligor, c.beneficiary) for c in cs} == {(UKG, RUS), (RUS, UKG)}
    assert all(c.date == "1941-07-12" and c.outcome == "honoured" for c in cs)
    assert all(c.rule == "wartime_alliances+ongoing_conflict_from_atop" for c in cs)
    assert not _find(invoked_commitments(corpus, WARS[139], rules=Rules(wartime_alliances=False)), atopid=2535)
    # the Crimean War: the treaty of 2 December 1854 (ATOP 1180), signed during the war
    crimea = _find(invoked_commitments(corpus, WARS[22]), atopid=1180, obligor=FRN, beneficiary=UKG)
    assert crimea and crimea[0].date == "1854-12-02" and crimea[0].outcome == "honoured"


def test_an_alliance_ending_the_day_its_war_begins_is_in_force_that_day(corpus):
    """The Nazi–Soviet pact (ATOP 2470) ends in ATOP on 22 June 1941, the day Germany attacked: violated."""
    from casus.analysis.backtest import Rules

    cs = _find(invoked_commitments(corpus, WARS[139]), atopid=2470, obligor=GMY, beneficiary=RUS)
    assert {c.kind for c in cs} == {"neutrality", "nonaggression"}
    assert all(c.date == "1941-06-22" and c.outcome == "violated" and c.rule.startswith("end_on_outbreak")
               for c in cs)
    assert not _find(invoked_commitments(corpus, WARS[139], rules=Rules(end_on_outbreak=False)), atopid=2470,
                     obligor=GMY)


def test_attacks_from_the_dyadic_file_and_by_date():
    """Estonia (COW 108) was attacked by Germany in June 1919 (Maoz: Germany began the dyad), while COW
    puts Germany on Estonia's side until April; the USSR's August 1945 war on Japan was its own attack."""
    import datetime as dt

    w = WARS[108]
    assert w.attacked(366) and not w.attacked(366, by_dyads=False)
    ww2 = WARS[139]
    assert not ww2.attacked(RUS, dt.date(1945, 8, 8)) and ww2.attacked(RUS, dt.date(1941, 6, 22))
    assert 365 in ww2.attackers_of(290)  # the Soviet invasion of Poland, 17 September 1939
    assert ww2.fought_between(365, 290, dt.date(1939, 9, 1), dt.date(1939, 9, 27))


def test_sides_by_date(corpus):
    """Romania stayed out of Poland's war (September 1939) and fought on the other side only from 1941:
    judged by the dates, it did not fight on both sides; its defence promise to Poland (ATOP 2070) was
    not kept (left open only by ATOP's non-provocation condition, which the replication option decides)."""
    from casus.analysis.backtest import Rules

    w = WARS[139]
    assert w.sides_of(360) == {1, 2}
    c = _find(invoked_commitments(corpus, w), atopid=2070, obligor=360, beneficiary=290)[0]
    assert c.outcome == "undecidable" and "stayed out of the war" in c.reason and "both sides" not in c.reason
    whole = _find(invoked_commitments(corpus, w, rules=Rules(sides_by_date=False)), atopid=2070, obligor=360)[0]
    assert "both sides" in whole.reason
    by_conduct = _find(invoked_commitments(corpus, w, rules=Rules(resolve_open_by_conduct=True)), atopid=2060,
                       obligor=FRN, beneficiary=290)[0]
    assert by_conduct.outcome == "honoured" and by_conduct.rule == "resolve_open_by_conduct"


def test_fighting_a_partner_is_a_violation(corpus):
    """The USSR invaded Poland in September 1939 against their 1932 pact (ATOP 2295)."""
    cs = _find(invoked_commitments(corpus, WARS[139]), atopid=2295, obligor=RUS, beneficiary=290)
    assert cs and all(c.outcome == "violated" and "fighting_partner_violates" in c.rule for c in cs)


def test_states_outside_the_system_are_left_out(corpus):
    """The Austro-Sardinian war (COW 10, 1848): Parma (COW 335) entered the state system only in 1851, so
    its commitment to Austria is left out, not counted as undecidable."""
    from casus.analysis.backtest import Rules

    kept = invoked_commitments(corpus, WARS[10])
    every = invoked_commitments(corpus, WARS[10], rules=Rules(skip_outside_system=False))
    extra = [c for c in every if c not in kept]
    assert [(c.obligor, c.beneficiary) for c in extra] == [(335, 300)]
    assert all(not corpus.states.get(c.obligor).is_member(dt_date(c.date))
                         or not corpus.states.get(c.beneficiary).is_member(dt_date(c.date)) for c in extra)


def dt_date(s):
    import datetime as dt

    return dt.date.fromisoformat(s)


def test_pairs_follow_leeds_long_mitchell():
    """An alliance is violated in a war if any member violated it; honoured if every decided member
    honoured it; undecidable members do not count; no decided member: undecidable."""
    from casus.analysis.backtest_rules import Commitment
    from casus.analysis.backtest_summary import pairs_of, rates

    def c(atopid, war, o, outcome, kind="defense", date="1900-01-01"):
        return Commitment(war, f"war {war}", atopid, f"atop-{atopid}", o, 1, kind, date, outcome, "r")

    cs = [c(1, 10, 2, "honoured"), c(1, 10, 3, "violated"), c(2, 10, 2, "honoured"), c(2, 10, 3, "undecidable"),
          c(3, 10, 4, "undecidable"), c(1, 11, 2, "honoured", date="1950-01-01"),
          c(1, 11, 2, "honoured", kind="neutrality", date="1950-01-01")]
    pairs = {(p.alliance, p.war): p for p in pairs_of(cs, by_kind=False)}
    assert pairs[("atop-1", 10)].outcome == "violated" and pairs[("atop-1", 10)].members == (3,)
    assert pairs[("atop-2", 10)].outcome == "honoured" and "1 member(s) undecidable" in pairs[("atop-2", 10)].reason
    assert pairs[("atop-3", 10)].outcome == "undecidable"
    by_kind = pairs_of(cs, by_kind=True)
    r = rates(list(pairs.values()), by_kind_items=by_kind)
    assert r["overall"] == {"honoured": 2, "invoked": 3, "undecidable": 1, "rate": 0.667}
    assert r["1945_2003"]["invoked"] == 1 and r["by_kind"]["neutrality"]["invoked"] == 1


def test_the_cascade_gains_the_wartime_alliances(corpus):
    j = predict_joiners(corpus, WARS[139])
    assert j["predicted_wartime"] and set(j["predicted_wartime"]) <= set(j["predicted"])
    assert set(j["baselines"]["every_ally"]) and j["baselines"]["no_one"] == []
