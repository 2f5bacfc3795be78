"""Attacks without a state (issue 18): a named group, a group not named, an unknown attacker; what each
treaty's trigger admits; attribution; the record of invocations; in English and Hindi, on the CLI, in
Python and on the web."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest

from casus import load
from casus.cli import cli
from casus.engine.compiled import compile_corpus
from casus.engine.evaluate import evaluate
from casus.model.actors import NON_STATE, UNKNOWN, is_actor
from casus.model.findings import Scenario

NATO = "north-atlantic-1949"


@pytest.fixture(scope="module")
def s():
    return load()


def _defenders(res, treaty: str) -> dict[str, dict]:
    return {f["state"]: f for f in res.to_dict(detail="full")["findings"]
            if f["duty"] == "defend" and f["treaty"]["id"] == treaty}


def test_al_qaeda_on_the_united_states_binds_the_nato_allies_under_art_5(s):
    res = s.attack("al-Qaeda", "USA", "2001-09-11")
    doc = res.to_dict(detail="full")
    assert doc["scenario"]["attackers"][0] == {"state": "al-qaeda", "ccode": 9010, "name": "al-Qaeda", "actor": True}
    allies = _defenders(res, NATO)
    assert {"FRN", "UKG", "CAN", "GMY", "TUR", "POL"} <= set(allies)
    for f in allies.values():
        assert f["treaty"]["article"] == "5" and f["status"] == "binding"
        said = " ".join(f["notes"])
        assert "any attacker" in said and "2001" in said, said  # the trigger and the 2001 reading, cited
    # a non-state attacker has no allies: nobody joins it
    assert all(x["state"] != "al-qaeda" for x in doc["sides"]["defenders"])
    assert [x["state"] for x in doc["sides"]["attackers"]] == ["al-qaeda"]
    # the reliability model was fitted on wars between states: it does not guess here
    fr = allies["FRN"]
    assert fr["honour"]["p"] is None and "not a state" in fr["honour"]["unsupported"]


def test_the_rio_treaty_admits_only_an_attack_by_a_state(s):
    res = s.attack("al-Qaeda", "USA", "2001-09-11")
    assert not _defenders(res, "rio-1947")
    excluded = [x for x in res.to_dict(detail="full")["excluded"]
                if x["treaty"]["id"] == "rio-1947" and x["duty"] == "defend"]
    assert excluded and all("only an attack by a state" in x["reason"] for x in excluded)


def test_isil_on_france_binds_the_eu_members_under_art_42_7(s):
    res = s.attack("ISIL", "FRN", "2015-11-13")
    eu = _defenders(res, "eu-teu-42-7")
    assert {"GMY", "ITA", "SWD", "AUS", "IRE", "FIN"} <= set(eu)  # neutral members too (Sweden, Austria, Ireland)
    assert {f["treaty"]["article"] for f in eu.values()} == {"42(7)"}
    assert all(f["status"] in ("binding", "conditional") for f in eu.values())
    assert any("any attacker" in " ".join(f["notes"] + f["open_conditions"]) for f in eu.values())


def test_a_group_on_russia_does_not_bind_north_korea_under_art_4(s):
    res = s.attack("non-state", "RUS", "2025-01-01")
    assert "PRK" not in _defenders(res, "rus-prk-2024")
    why = [x for x in res.to_dict(detail="full")["excluded"]
           if x["treaty"]["id"] == "rus-prk-2024" and x["state"] == "PRK"]
    assert why and "only an attack by a state" in why[0]["reason"]
    assert "individual state or several states" in why[0]["reason"]  # the words of Art. 4


def test_attribution_to_a_state_makes_it_conditional_on_the_attribution(s):
    res = s.attack("unknown", "RUS", "2025-01-01", attributed_to="UKR")
    prk = _defenders(res, "rus-prk-2024")["PRK"]
    assert prk["status"] == "conditional"
    assert any("attributed to Ukraine" in c for c in prk["open_conditions"])
    hi = res.to_dict("hi", detail="full")
    prk_hi = next(f for f in hi["findings"] if f["treaty"]["id"] == "rus-prk-2024" and f["state"] == "PRK")
    assert any("ज़िम्मेदारी यूक्रेन पर तय हो" in c for c in prk_hi["open_conditions"])


def test_an_unknown_attacker_on_a_nato_member_is_conditional_on_attribution(s):
    res = s.attack("unknown", "POL", "2025-09-10", launched_from="BLR")
    allies = _defenders(res, NATO)
    assert {"USA", "GMY", "FRN"} <= set(allies)
    for f in allies.values():
        assert f["status"] == "conditional"
        assert any("attributed" in c and "nobody has claimed" in c for c in f["open_conditions"])
    doc = res.to_dict()
    assert doc["scenario"]["launched_from"]["state"] == "BLR" and doc["scenario"]["attributed_to"] is None


def test_a_text_that_does_not_say_leaves_it_open(s):
    # the US–Philippines treaty speaks of "an armed attack" without saying by whom
    res = s.attack("non-state", "PHI", "2025-01-01")
    us = _defenders(res, "usa-phi-1951")["USA"]
    assert us["status"] == "conditional"
    assert any("does not say whether an attack by an attacker that is not a state" in c for c in us["open_conditions"])


def test_hindi_names_and_reasons(s):
    res = s.attack("अल-क़ायदा", "USA", "2001-09-11")
    doc = res.to_dict("hi", detail="full")
    assert doc["scenario"]["attackers"][0]["name"] == "अल-क़ायदा"
    nato = [f for f in doc["findings"] if f["treaty"]["id"] == NATO and f["duty"] == "defend"]
    assert any("किसी भी हमलावर का सशस्त्र हमला" in n for f in nato for n in f["notes"])
    assert s.attack("इस्लामिक स्टेट", "FRN", "2015-11-13").scenario.attackers == (9011,)


def test_bad_input_names_the_parameter(s):
    from casus.errors import CasusError

    with pytest.raises(CasusError) as e:
        s.attack("USA", "al-Qaeda", "2001-09-11")
    assert e.value.field == "on"
    with pytest.raises(CasusError) as e:
        s.attack("RUS", "UKR", "2025-01-01", attributed_to="BLR")
    assert e.value.field == "attributed_to" and "group or an unknown attacker" in str(e.value)
    with pytest.raises(CasusError) as e:
        s.attack("al-Qaida in the moon", "USA", "2001-09-11")
    assert e.value.field == "by" and "al-qaeda" in str(e.value)  # the groups are listed
    with pytest.raises(CasusError) as e:
        s.attack("unknown", "RUS", "2025-01-01", attributed_to="RUS")
    assert e.value.field == "attributed_to"


def test_cli_flags_and_exit_codes(tmp_path):
    from click.testing import CliRunner

    run = CliRunner().invoke
    ok = run(cli, ["attack", "--by", "al-Qaeda", "--on", "USA", "--date", "2001-09-11", "--json"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.output)["scenario"]["attackers"][0]["actor"] is True
    bad = run(cli, ["attack", "--by", "RUS", "--on", "UKR", "--date", "2025-01-01", "--attributed-to", "BLR"])
    assert bad.exit_code != 0 and "--attributed-to" in str(bad.exception or bad.output)
    text = run(cli, ["attack", "--by", "unknown", "--on", "POL", "--date", "2025-09-10", "--lang", "hi"])
    assert text.exit_code == 0 and "अज्ञात हमलावर" in text.output


def test_main_exits_2_with_the_flag_named(capsys):
    from casus.cli import main

    with pytest.raises(SystemExit) as e:
        main(["attack", "--by", "RUS", "--on", "UKR", "--date", "2025-01-01", "--launched-from", "BLR"])
    assert e.value.code == 2
    assert "--launched-from" in capsys.readouterr().err


def test_the_compiled_engine_agrees_on_attacks_without_a_state(s):
    corpus = s.corpus
    comp = compile_corpus(corpus)
    order = {"conflicted": 3, "binding": 2, "conditional": 1}
    rng = random.Random(18)
    first = dt.date(1950, 1, 1)
    groups = [UNKNOWN, NON_STATE, *[a.ccode for a in corpus.actors if a.ccode > NON_STATE][:3]]
    for _ in range(60):
        d = first + dt.timedelta(days=rng.randint(0, (dt.date(2026, 11, 1) - first).days))
        members = [st.ccode for st in corpus.states.members_on(d) if corpus.treaties_of(st.ccode)]
        target = rng.choice(members)
        attributed = rng.choice([None, None, rng.choice([m for m in members if m != target])])
        sc = Scenario((rng.choice(groups),), (target,), d, attributed_to=attributed)
        best: dict = {}
        ev = evaluate(corpus, sc)
        for f in ev.findings:
            if f.duty in ("defend", "join"):
                k = (f.obligor, f.duty, f.beneficiary)
                best[k] = f.status if k not in best or order[f.status] > order[best[k]] else best[k]
        assert comp.date_view(d).cascade(sc) == (best, dict(ev.side)), sc


def test_actors_list_and_record():
    from click.testing import CliRunner

    out = CliRunner().invoke(cli, ["actors", "--json"])
    doc = json.loads(out.output)
    ids = {a["id"] for a in doc["actors"]}
    assert {"unknown", "non-state", "al-qaeda", "isil", "hamas", "hezbollah", "houthis"} <= ids
    for a in doc["actors"]:
        assert is_actor(a["code"])
        if a["id"] not in ("unknown", "non-state"):
            assert a["designations"] and all(d["source"] for d in a["designations"]), a["id"]
            assert a["name_hi"], a["id"]


def test_the_record_of_invocations(s):
    from click.testing import CliRunner

    record = s.invocations()
    ids = {i.id for i in record}
    assert len(record) >= 10
    nato5 = [i for i in record if i.treaty == NATO and i.article == "5"]
    assert nato5 and nato5[0].day == dt.date(2001, 9, 12) and nato5[0].attacker == "al-qaeda"
    assert any(i.treaty == "eu-teu-42-7" and i.day and i.day.year == 2015 for i in record)
    assert any(i.treaty == "csto-1992" and i.day and i.day.year == 2022 for i in record)
    for i in record:
        assert i.treaty is None or i.treaty in s.corpus.treaties, i.id
        assert i.sources and all(st.source is None or i.source(st.source) for st in i.steps), i.id
    tur = s.invocations(state="TUR")
    assert tur and all(s.corpus.states.resolve("TUR").ccode in i.requested_by for i in tur)
    out = CliRunner().invoke(cli, ["invocations", "--treaty", "nato"])
    assert out.exit_code == 0 and "2001-09-12" in out.output and ids


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_web_accepts_and_shows_them(lang):
    from starlette.testclient import TestClient

    from casus.web.app import create_app

    c = TestClient(create_app())
    r = c.get(f"/api/attack?by=al-Qaeda&on=USA&date=2001-09-11&lang={lang}")
    assert r.status_code == 200
    assert r.json()["scenario"]["attackers"][0]["actor"] is True
    r = c.get("/api/attack?by=unknown&on=RUS&date=2025-01-01&attributed_to=UKR")
    assert r.status_code == 200 and r.json()["scenario"]["attributed_to"]["state"] == "UKR"
    bad = c.get("/api/attack?by=RUS&on=UKR&date=2025-01-01&attributed_to=BLR")
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["query", "attributed_to"]
    assert "attributed_to" in bad.json()["detail"][0]["msg"] and "--" not in bad.json()["detail"][0]["msg"]
    inv = c.get(f"/api/invocations?treaty=nato&lang={lang}")
    assert inv.status_code == 200 and inv.json()["count"] >= 1
    assert c.get("/api/actors").json()["count"] >= 10


def test_a_reported_invocation_points_to_the_record(s):
    from pathlib import Path

    from casus.news import read
    from casus.news.answer import answer_reading

    text = (Path(__file__).parent / "news" / "fresh" / "f01_en_poland_article4.txt").read_bytes()
    reading = read(text, reference_date="2025-09-11", corpus=s.corpus)
    answers = answer_reading(s, reading)
    assert [a.get("record") for a in answers if a.get("kind") == "scenario"] == [["nato-art4-2025-poland"]]
    # a day far from any entry points nowhere
    far = answer_reading(s, read(text, reference_date="2019-09-11", corpus=s.corpus))
    assert all(not a.get("record") for a in far)


def test_a_state_among_the_attackers_triggers_the_duty_as_ever(s):
    # the Houthis and Iran together: Iran's attack is an attack by a state, whatever the group's
    both = _defenders(s.attack(["houthis", "IRN"], "SAU", "2019-09-14"), "atop-3205")
    alone = _defenders(s.attack("IRN", "SAU", "2019-09-14"), "atop-3205")
    assert both and {k: f["status"] for k, f in both.items()} == {k: f["status"] for k, f in alone.items()}
    assert not any("not a state" in c for f in both.values() for c in f["open_conditions"])


def test_comma_separated_attackers_on_the_cli():
    from click.testing import CliRunner

    out = CliRunner().invoke(cli, ["attack", "--by", "houthis,IRN", "--on", "SAU", "--date", "2019-09-14", "--json"])
    assert out.exit_code == 0, out.output
    assert [a["state"] for a in json.loads(out.output)["scenario"]["attackers"]] == ["houthis", "IRN"]


def test_the_reliability_model_reads_a_mixed_attack_as_the_states_war(s):
    both = _defenders(s.attack(["houthis", "IRN"], "SAU", "2019-09-14"), "atop-3205")
    alone = _defenders(s.attack("IRN", "SAU", "2019-09-14"), "atop-3205")
    assert {k: f["honour"]["p"] for k, f in both.items()} == {k: f["honour"]["p"] for k, f in alone.items()}
