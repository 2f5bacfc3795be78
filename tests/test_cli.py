"""The command line: answers, JSON schema, Hindi, and bad input (exit 2, one line)."""

from __future__ import annotations

import json

import pytest

from casus.cli import main


def run(capsys, *argv):
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
        raise SystemExit(0)
    out = capsys.readouterr()
    return exc.value.code or 0, out.out, out.err


def test_attack_text_quotes_the_article(capsys):
    code, out, err = run(capsys, "attack", "--by", "USA", "--on", "PRK", "--date", "2025-01-01")
    assert code == 0, err
    assert "Bound to defend North Korea (PRK)" in out
    assert "Russia (RUS) — binding" in out and "Art. 4" in out
    assert "China (CHN) — binding" in out and "Art. II" in out
    assert "by all means at its disposal" in out


def test_attack_json_schema(capsys):
    code, out, _ = run(capsys, "attack", "--by", "USA", "--on", "PRK", "--date", "2025-01-01", "--json")
    assert code == 0
    d = json.loads(out)
    assert {"scenario", "findings", "sides", "neutral", "conflicted"} <= set(d)
    f = next(f for f in d["findings"] if f["state"] == "RUS" and f["duty"] == "defend")
    for key in ("state", "ccode", "duty", "beneficiary", "status", "round", "treaty", "quote", "source"):
        assert key in f
    assert f["ccode"] == 365 and f["beneficiary"] == "PRK" and f["status"] == "binding" and f["round"] == 1
    assert f["treaty"] == {**f["treaty"], "id": "rus-prk-2024", "article": "4"}
    assert d["scenario"]["date"] == "2025-01-01" and d["scenario"]["basis"] == "in-force"
    assert [s["state"] for s in d["sides"]["attackers"]] == ["USA"]


def test_attack_in_hindi_accepts_hindi_names(capsys):
    code, out, _ = run(capsys, "attack", "--by", "अमेरिका", "--on", "उत्तर कोरिया", "--date", "2025-01-01",
                       "--lang", "hi")
    assert code == 0
    assert "उत्तर कोरिया (PRK) की रक्षा करने को बाध्य" in out
    assert "रूस (RUS) — बाध्यकारी" in out
    assert "चीन (CHN) — बाध्यकारी" in out
    assert "अनुच्छेद 4" in out
    assert "by all means" in out  # quotes stay in their source language


def test_not_in_force_is_said(capsys):
    code, out, _ = run(capsys, "attack", "--by", "USA", "--on", "PRK", "--date", "2024-11-01")
    assert code == 0
    assert "signed 2024-06-19 but not yet in force (in force from 2024-12-04)" in " ".join(out.split())
    assert "Russia (RUS) — binding" not in out.split("Other duties")[0]


def test_allies(capsys):
    code, out, _ = run(capsys, "allies", "PRK", "--date", "2025-01-01", "--json")
    d = json.loads(out)
    assert {r["state"] for r in d["defended_by"]} >= {"RUS", "CHN"}
    assert {r["state"] for r in d["must_defend"]} >= {"RUS", "CHN"}
    code, out, _ = run(capsys, "allies", "Tuvalu", "--date", "2025-01-01", "--json")
    d = json.loads(out)
    # Falepili Union: Australia owes Tuvalu defence, Tuvalu owes Australia none
    assert any(r["state"] == "AUL" and r["treaty"] == "aul-tuv-2023" for r in d["defended_by"])
    assert not any(r["state"] == "AUL" and r["treaty"] == "aul-tuv-2023" for r in d["must_defend"])


def test_treaty_and_states_and_cite(capsys):
    code, out, _ = run(capsys, "treaty", "rus-prk-2024")
    assert code == 0 and "2024-12-04" in out and "Art. 4" in out and "interfax" in out
    code, out, _ = run(capsys, "treaty", "3180", "--json")
    d = json.loads(out)
    assert d["id"] == "north-atlantic-1949" and d["atopid"] == 3180
    assert any(p["state"] == "SWD" and p["in_force"] == "2024-03-07" for p in d["parties"])
    code, out, _ = run(capsys, "states", "korea")
    assert "PRK" in out and "ROK" in out
    code, out, _ = run(capsys, "cite")
    assert "Alliance Treaty Obligations and Provisions" in out and "5.1" in out
    assert "State System Membership" in out and "International Interactions 28" in out
    code, out, _ = run(capsys, "cite", "--bibtex")
    assert "@article{leeds2002atop" in out


@pytest.mark.parametrize(
    "argv, message",
    [
        (["attack", "--by", "Nort Korea", "--on", "USA"], "did you mean North Korea"),
        (["attack", "--by", "USA", "--on", "America"], "cannot be both attacker and target"),
        (["attack", "--by", "USA", "--on", "PRK", "--date", "1800-01-01"], "before 1816-01-01"),
        (["attack", "--by", "USA", "--on", "PRK", "--date", "2999-01-01"], "is in the future"),
        (["attack", "--by", "USA", "--on", "PRK", "--date", "2025-02-30"], "not a valid day"),
        (["attack", "--by", "USA", "--on", "PRK", "--date", "1900-01-01"], "not a member of the state system"),
        (["attack", "--by", "USA", "--on", "PRK", "--where", "atlantis"], "unknown place"),
        (["attack", "--by", "USA", "--on", "PRK", "--where", "hawaii"], "not a target"),
        (["allies", "Narnia"], "unknown state"),
        (["treaty", "no-such-treaty"], "unknown treaty"),
        (["states", "Qqqq"], "unknown state"),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_malformed_treaty_file_names_file_and_field(capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad-1\nname: A\nshort_name: A\nsigned: {date: 2020-01-01, sources: [s]}\n"
                   "in_force: {date: 2020-02-30, sources: [s]}\nsources: [{id: s, title: t}]\n"
                   "parties: [{state: USA}, {state: CAN}]\n", encoding="utf-8")
    code, out, err = run(capsys, "--treaties", str(bad), "attack", "--by", "RUS", "--on", "USA")
    assert code == 2 and out == ""
    assert "bad.yaml" in err and "in_force" in err
    code, out, err = run(capsys, "validate", str(bad))
    assert code == 2 and "bad.yaml" in err


def test_extra_treaty_file_is_loaded(capsys, tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text(
        "id: test-guarantee\nname: Test guarantee\nshort_name: Test guarantee\n"
        "signed: {date: 2020-01-01, sources: [s]}\nin_force: {date: 2020-01-01, sources: [s]}\n"
        "sources: [{id: s, title: a test source}]\nparties: [{state: Iceland}, {state: Malta}]\n"
        "articles:\n  - number: '1'\n    text: Iceland defends Malta.\n    text_source: s\n"
        "    clauses: [{id: a1, kind: defense, obligors: [ICE], beneficiaries: [MLT]}]\n", encoding="utf-8")
    code, out, err = run(capsys, "--treaties", str(good), "attack", "--by", "LBY", "--on", "MLT",
                         "--date", "2025-01-01", "--json")
    assert code == 0, err
    d = json.loads(out)
    assert any(f["state"] == "ICE" and f["treaty"]["id"] == "test-guarantee" for f in d["findings"])


def test_hindi_answers_give_the_engines_reasons_in_hindi(capsys):
    # under escalation the allies' entry attacks Türkiye, whose NATO claim then binds them too
    code, out, _ = run(capsys, "attack", "--by", "TUR", "--on", "GRC", "--date", "2020-01-01", "--lang", "hi",
                       "--json", "--policy", "escalation")
    d = json.loads(out)
    usa = next(f for f in d["findings"] if f["state"] == "USA" and f["duty"] == "defend")
    assert usa["status"] == "conflicted"
    assert "के प्रति भी दायित्व है" in usa["conflict"] and "तुर्किये" in usa["conflict"]
    code, out, _ = run(capsys, "attack", "--by", "AZE", "--on", "ARM", "--date", "2025-01-01", "--lang", "hi",
                       "--json")
    frozen = [c for f in json.loads(out)["findings"] for c in f["open_conditions"] if "स्थगित" in c]
    assert frozen and "आर्मेनिया" in frozen[0]


def test_attack_text_says_who_must_fight_first(capsys):
    code, out, _ = run(capsys, "attack", "--by", "USA", "--on", "PRK", "--date", "2025-01-01")
    assert code == 0
    head = out.split("\n\n")[1]
    assert head.startswith("In short:")
    for name in ("China — China–DPRK Treaty (1961) Art. II (binding, automatic)",
                 "Russia — DPRK–Russia Treaty (2024) Art. 4 (binding, automatic)"):
        assert name in " ".join(head.split())


def test_attack_text_counts_what_the_summary_leaves_out(capsys):
    code, out, _ = run(capsys, "attack", "--by", "RUS", "--on", "FIN", "--date", "2024-01-01")
    assert code == 0 and "Not listed:" in out and "--detail full" in out
    code, full, _ = run(capsys, "attack", "--by", "RUS", "--on", "FIN", "--date", "2024-01-01", "--detail", "full")
    assert code == 0 and "Not listed:" not in full


def test_pair_over_time(capsys):
    code, out, _ = run(capsys, "pair", "RUS", "PRK")
    assert code == 0
    assert "2024-12-04 – today  RUS → PRK defend: DPRK–Russia Treaty (2024) Art. 4" in out
    rows = [line for line in out.splitlines() if line.startswith("RUS: Bound to defend PRK")]
    assert len(rows) == 1 and "█" in rows[0] and "·" in rows[0]
    code, _, err = run(capsys, "pair", "USA", "USA")
    assert code == 2 and "A and B are the same state" in err


def test_hindi_answers_name_treaties_in_hindi(capsys):
    code, out, _ = run(capsys, "attack", "--by", "USA", "--on", "PRK", "--date", "2025-01-01", "--lang", "hi")
    assert code == 0
    assert "उत्तर कोरिया–रूस संधि (2024)" in out and "चीन–उत्तर कोरिया संधि (1961)" in out
    assert "ATOP 3975: क्यूबा, उत्तर कोरिया (1986)" in " ".join(out.split())


def test_every_hand_encoded_treaty_has_a_hindi_short_name():
    from casus.corpus import load_corpus

    hand = [t for t in load_corpus().treaties.values() if t.origin != "atop"]
    assert hand and all(t.short_name_hi and any("\u0900" <= ch <= "\u097f" for ch in t.short_name_hi) for t in hand)
