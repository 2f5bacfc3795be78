"""casus diff, casus areas, and counterfactuals (--without, --without-member, --with, --automatic)."""

from __future__ import annotations

import json

import pytest

from casus import compare
from test_cli import run

USA, SWD, FIN = 2, 380, 375


def test_diff_2019_to_2026(corpus):
    d = corpus.diff("2018-12-31", "2026-11-01").to_dict()
    entered = {e["treaty"]["id"]: e for e in d["treaties_entered_into_force"]}
    assert entered["rus-prk-2024"]["date"] == "2024-12-04"
    assert any("interfax" in s for s in entered["rus-prk-2024"]["sources"])
    ended = {e["treaty"]["id"]: e for e in d["treaties_ended"]}
    assert ended["atop-4940"]["replaced_by"] == "rus-prk-2024"
    joined = {(j["treaty"]["id"], j["state"]): j["date"] for j in d["members_joined"]}
    assert joined[("north-atlantic-1949", "MAC")] == "2020-03-27"
    assert joined[("north-atlantic-1949", "FIN")] == "2023-04-04"
    assert joined[("north-atlantic-1949", "SWD")] == "2024-03-07"
    gained = {(g["obligor"], g["duty"], g["beneficiary"], g["treaty"]["id"]) for g in d["duties_gained"]}
    assert ("USA", "defend", "SWD", "north-atlantic-1949") in gained
    assert ("RUS", "defend", "PRK", "rus-prk-2024") in gained
    lost = {(g["obligor"], g["duty"], g["beneficiary"], g["treaty"]["id"]) for g in d["duties_lost"]}
    assert ("RUS", "consult", "PRK", "atop-4940") in lost


def test_diff_for_one_state_and_cli(capsys, corpus):
    d = corpus.diff("2023-01-01", "2023-12-31", state="FIN").to_dict()
    assert all("FIN" in (g["obligor"], g["beneficiary"]) for g in d["duties_gained"])
    assert {j["state"] for j in d["members_joined"]} == {"FIN"}
    code, out, _ = run(capsys, "diff", "--from", "2018-12-31", "--to", "2026-11-01")
    assert code == 0 and "Pacts that entered into force" in out and "rus-prk-2024" in out
    code, out, _ = run(capsys, "diff", "--from", "2018-12-31", "--to", "2026-11-01", "--json")
    assert json.loads(out)["schema"] == "casus.diff/1"
    code, _, err = run(capsys, "diff", "--from", "2026-01-01", "--to", "2020-01-01")
    assert code == 2 and "must be after" in err


def test_areas_listed(capsys):
    code, out, _ = run(capsys, "areas", "--json")
    d = json.loads(out)
    assert code == 0
    nato = next(a for a in d["areas"] if a["id"] == "nato-art6")
    assert nato["exhaustive"] and "europe" in nato["includes"]
    assert any(p["id"] == "hawaii" for p in d["places"])
    assert any(z["id"] == "south-china-sea" for z in d["zones"])
    code, out, _ = run(capsys, "areas")
    assert "nato-art6" in out and "hawaii" in out


def test_where_takes_a_state_or_a_zone(corpus):
    # US forces on Turkish territory: inside Art. 6 (the territory of Turkey is named)
    res = corpus.attack(by="SYR", on="USA", date="2020-01-01", where="TUR")
    assert any(f.obligor == 200 and f.beneficiary == USA and f.status == "binding" and
               f.treaty.id == "north-atlantic-1949" for f in res.findings)
    # US forces in the South China Sea: outside Art. 6
    res = corpus.attack(by="CHN", on="USA", date="2020-01-01", where="south-china-sea")
    assert not any(f.treaty.id == "north-atlantic-1949" and f.duty == "defend" for f in res.findings)


def test_missing_area_leaves_the_finding_conditional(corpus, tmp_path):
    f = tmp_path / "pact.yaml"
    f.write_text(
        "id: test-area-pact\nname: Test pact\nshort_name: Test pact\n"
        "signed: {date: 2020-01-01, sources: [s]}\nin_force: {date: 2020-01-01, sources: [s]}\n"
        "sources: [{id: s, title: a test source}]\nparties: [{state: IND}, {state: JPN}]\n"
        "articles:\n  - number: '1'\n    text: Each defends the other in the Lost Sea.\n    text_source: s\n"
        "    clauses:\n      - id: a1\n        kind: defense\n        conditions:\n"
        "          - {kind: location, area: lost-sea, text: only in the Lost Sea}\n", encoding="utf-8")
    res = corpus.what_if(with_files=[str(f)]).attack(by="CHN", on="IND", date="2025-01-01")
    (finding,) = [x for x in res.findings if x.treaty.id == "test-area-pact"]
    assert finding.status == "conditional"
    assert "'lost-sea' is named by the treaty but not defined" in str(finding.open_conditions[0])


def test_sweden_without_its_accession(corpus, capsys):
    real = corpus.attack(by="RUS", on="SWD", date="2025-01-01")
    cf = corpus.what_if(without_member=["SWD:north-atlantic-1949"]).attack(by="RUS", on="SWD", date="2025-01-01")
    cmp = compare(real, cf)
    lost = {(f["state"], f["duty"], f["beneficiary"], f["treaty"]["id"]) for f in cmp["lost"]}
    assert ("USA", "defend", "SWD", "north-atlantic-1949") in lost
    assert "USA" in cmp["sides"]["defenders"]["left"]
    assert corpus.treaty("north-atlantic-1949").membership_on(SWD, real.scenario.date, "in-force")[0].name == "YES"
    code, out, _ = run(capsys, "attack", "--by", "RUS", "--on", "SWD", "--date", "2025-01-01",
                       "--without-member", "SWD:north-atlantic-1949", "--json")
    d = json.loads(out)
    assert code == 0 and d["counterfactual"]["lost"] and "without Sweden" in d["counterfactual"]["changes"][0]


def test_nato_art5_made_automatic(corpus):
    strict = corpus.attack(by="RUS", on="EST", date="2025-01-01", policy="strict")
    assert USA not in strict.sides["defenders"]  # Art. 5 is discretionary: under `strict` it draws no one in
    auto = corpus.what_if(automatic=["north-atlantic-1949:5"]).attack(by="RUS", on="EST", date="2025-01-01",
                                                                       policy="strict")
    assert USA in auto.sides["defenders"]
    cmp = compare(strict, auto)
    assert any(c["finding"]["state"] == "USA" and c["was"]["response"] == "discretionary"
               and c["finding"]["response"] == "automatic" for c in cmp["changed"])


def test_hypothetical_pact_between_two_real_states(corpus, tmp_path):
    f = tmp_path / "india-japan.yaml"
    f.write_text(
        "id: hypothetical-ind-jpn\nname: Hypothetical India–Japan pact\nshort_name: India–Japan (hypothetical)\n"
        "signed: {date: 2025-01-01, sources: [s]}\nin_force: {date: 2025-01-01, sources: [s]}\n"
        "sources: [{id: s, title: a hypothetical pact for a what-if}]\nparties: [{state: IND}, {state: JPN}]\n"
        "articles:\n  - number: '1'\n    text: Each shall assist the other if attacked.\n    text_source: s\n"
        "    clauses: [{id: a1, kind: defense, response: automatic}]\n", encoding="utf-8")
    real = corpus.attack(by="CHN", on="IND", date="2025-06-01")
    cf = corpus.what_if(with_files=[str(f)]).attack(by="CHN", on="IND", date="2025-06-01")
    gained = compare(real, cf)["gained"]
    assert any(g["state"] == "JPN" and g["duty"] == "defend" and g["status"] == "binding" for g in gained)
    assert "hypothetical-ind-jpn" not in corpus.treaties  # the real corpus is unchanged


@pytest.mark.parametrize("argv, msg", [
    (["attack", "--by", "RUS", "--on", "SWD", "--without-member", "SWD"], "needs the form A:B"),
    (["attack", "--by", "RUS", "--on", "SWD", "--without-member", "IND:north-atlantic-1949"], "not a party"),
    (["attack", "--by", "RUS", "--on", "SWD", "--automatic", "north-atlantic-1949:99"], "no clause in Art. 99"),
    (["attack", "--by", "RUS", "--on", "SWD", "--without", "no-such-pact"], "unknown treaty"),
])
def test_bad_what_if_input(capsys, argv, msg):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and msg in err


def test_diff_2019_2026_lists_the_new_pacts_and_keeps_unconfirmed_apart():
    """casus diff --from 2018-12-31 --to 2026-11-01 (issue 12): the pacts encoded since ATOP; one whose
    entry into force is unconfirmed is listed as signed, with that status, never as in force."""
    import datetime as dt

    import casus
    from casus.engine.queries import diff

    d = diff(casus.load().corpus, dt.date(2018, 12, 31), dt.date(2026, 11, 1))
    entered = {r["treaty"]["id"] for r in d.entered}
    signed = {r["treaty"]["id"]: r["status"] for r in d.signed}
    assert {"rus-prk-2024", "fra-pol-2025", "ukg-ukr-2024", "jpn-ukg-raa-2023", "usa-bah-csipa-2023"} <= entered
    assert signed.get("sau-pak-2025") == "in force: unconfirmed" and "sau-pak-2025" not in entered
    assert "grc-uae-2020" in signed and "grc-uae-2020" not in entered
