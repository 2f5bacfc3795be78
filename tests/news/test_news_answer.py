"""casus read --answer: each event run through the engine (sentences written for this test)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from casus.cli import cli

INVOKED = ("Warsaw, 10 September 2025. Poland invoked Article 4 of the North Atlantic Treaty after Russian "
           "drones entered its airspace on Wednesday.\n")
NO_ATTACKER = "Tallinn, 3 March 2022. Estonia requested consultations under Article 4 of the NATO treaty.\n"


def _answer(tmp_path, text: str) -> list[dict]:
    f = tmp_path / "a.txt"
    f.write_text(text, encoding="utf-8")
    res = CliRunner().invoke(cli, ["read", str(f), "--answer", "--json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.output)[0]["events"]


def test_an_invocation_becomes_the_attack_it_implies(tmp_path):
    ev = _answer(tmp_path, INVOKED)[0]
    assert ev["type"] == "invoked" and ev["parties"] == ["POL"] and ev["against"] == ["RUS"]
    a = ev["answer"]
    assert a["scenario"] == "casus attack --by RUS --on POL --date 2025-09-10"
    first = a["findings"][0]
    # the invoked article first: NATO Art. 4, towards Poland
    assert first["treaty"] == "north-atlantic-1949" and first["clause"].startswith("art4")
    assert first["beneficiary"] == "POL" and "USA" in first["obligors"]
    assert any(g["clause"].startswith("art5") and g["duty"] == "defend" for g in a["findings"])


def test_an_invocation_without_an_attacker_says_what_to_give(tmp_path):
    evs = [e for e in _answer(tmp_path, NO_ATTACKER) if e["type"] == "invoked"]
    assert evs and evs[0]["answer"]["scenario"] is None
    assert "names no attacker" in evs[0]["answer"]["said"] and "--on EST" in evs[0]["answer"]["said"]


def test_the_text_output_shows_the_answer(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(INVOKED, encoding="utf-8")
    out = CliRunner().invoke(cli, ["read", str(f), "--answer"]).output
    assert "scenario: casus attack --by RUS --on POL --date 2025-09-10" in out and "must defend POL" in out


def test_forces_sent_under_a_pact_defend_the_state_they_went_to(tmp_path):
    """"France sent troops to Chad under its defence agreement": France acts under the pact (the party), Chad is the
    state defended, so the scenario is the attack on Chad, France among its defenders."""
    ev = _answer(tmp_path, "N'Djamena, 13 April 2006. France sent troops to Chad on Thursday under its defence "
                           "agreement with Chad, after rebels backed by Sudan attacked.\n")[0]
    assert ev["type"] == "invoked" and ev["parties"] == ["FRN"] and ev["helped"] == ["CHA"]
    assert ev["answer"]["scenario"] == "casus attack --by SUD --on CHA --date 2006-04-13"
    ev = _answer(tmp_path, "Seoul, 29 October 2024. North Korea said on Tuesday that its deployment to Russia fell "
                           "under Article 4 of its treaty with Russia.\n")[0]
    assert ev["parties"] == ["PRK"] and ev["helped"] == ["RUS"] and "--on RUS" in ev["answer"]["said"]
