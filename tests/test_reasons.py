"""Reasons: every code has an English and a Hindi form, and Hindi answers give the engine's
reasons in Hindi — on the CLI and on the web — for a set of scenarios that covers every code."""

from __future__ import annotations

import json
import re

import pytest

import casus
from casus.model.reasons import CATALOGUE, WORDS, Reason, StateRef, Text, placeholders, render

DEVANAGARI = re.compile(r"[\u0900-\u097F]")
DATA_ONLY = {"condition", "instrument_note"}  # the text as the treaty or the data states it, nothing of ours

# A treaty file that exercises what the bundled data lacks: a location condition naming an area the
# corpus does not define, a participation frozen without a note, and an instrument with no defence
# clause and no note of its own.
TEST_TREATIES = """\
id: test-reasons-pact
name: Test pact for reasons
short_name: Test pact
signed: {date: 2020-01-01, sources: [s]}
in_force: {date: 2020-01-01, sources: [s]}
sources: [{id: s, title: a test source}]
parties:
  - {state: IND}
  - state: JPN
    status:
      - status: frozen
        start: {date: 2024-01-01, sources: [s]}
articles:
  - number: '1'
    text: Each defends the other in the Lost Sea.
    text_source: s
    clauses:
      - id: a1
        kind: defense
        conditions:
          - {kind: location, area: lost-sea, text: only in the Lost Sea}
"""
TEST_CONSULTATION = """\
id: test-reasons-consult
name: Test consultation pact
short_name: Test consultation
kind: consultation
signed: {date: 2020-01-01, sources: [s]}
in_force: {date: 2020-01-01, sources: [s]}
sources: [{id: s, title: a test source}]
parties: [{state: IND}, {state: BRA}]
articles:
  - number: '1'
    text: The parties consult.
    text_source: s
    clauses:
      - {id: c1, kind: consultation}
"""

# Each scenario: (kwargs of attack, extra treaty files?) — together they give every reason code.
SCENARIOS = [
    dict(by="USA", on="PRK", date="2025-01-01"),  # replaced (ATOP 4940), after 2018, breaches, request open
    dict(by="USA", on="PRK", date="2024-11-01"),  # not yet in force
    dict(by="IND", on="PAK", date="2025-10-01"),  # in force unconfirmed
    dict(by="AZE", on="ARM", date="2025-01-01"),  # a frozen participation, with a note
    dict(by="IRQ", on="KUW", date="1990-08-02"),  # conflicts among Arab League members
    # found by a random search over the real corpus (COW codes): each gives codes the others lack
    dict(by=581, on=600, date="1998-02-17", policy="escalation", provoked=True),  # fighting, breaches, facts
    dict(by=365, on=332, date="1851-07-13", policy="escalation", requested=False, provoked=False),  # also owes
    dict(by=630, on=300, date="1916-10-18", basis="signed", requested=False, provoked=True),  # 1 adversary, list
    dict(by=380, on=235, date="1904-11-05", basis="signed", requested=True),  # adversaries counted
    dict(by=220, on=273, date="1816-02-07", policy="escalation", provoked=True),  # adversary named
    dict(by=366, on=360, date="1922-02-02", basis="signed", requested=True, provoked=False),  # not encoded
    dict(by=210, on=230, date="1936-05-18", basis="signed", requested=True, provoked=False),  # defensive war
    dict(by=750, on=517, date="2023-09-09", basis="signed", policy="strict", requested=False),  # ally attacking
    dict(by=337, on=267, date="1824-09-07", requested=True, provoked=True),  # the scenario says not
    dict(by=501, on=375, date="2015-11-28", basis="signed", policy="strict", requested=True),  # in area, stated
    dict(by=70, on=315, date="1967-02-18", basis="signed", policy="escalation"),  # frozen, with a note
    dict(by=230, on=56, date="2023-03-11", policy="strict"),  # in force unconfirmed
    dict(by=516, on=212, date="1993-04-04", policy="strict"),  # not yet in force
    dict(by="RUS", on="USA", date="2020-01-01", where="alaska"),  # listed in an area
    dict(by=436, on=200, date="1966-06-08", basis="signed", policy="strict", provoked=True),  # outside an area
    dict(by=155, on=2, date="1988-06-23", where="puerto-rico", requested=True),  # listed outside
    dict(by=660, on=211, date="1958-07-20", policy="escalation", provoked=False),  # the corpus does not say
    dict(by=42, on=160, date="1960-06-01", where="290", basis="signed", provoked=True),  # forces abroad
    dict(by=210, on=329, date="1820-03-07"),  # a membership date known only to the month
    dict(by=200, on=225, date="1816-01-25", basis="signed"),  # ended
    dict(by=368, on=840, date="2026-11-01", policy="escalation"),  # an instrument with its own note
    dict(by="CHN", on="IND", date="2025-01-01", files=True),  # undefined area, frozen without note, no note
    dict(by="CHN", on="JPN", date="2025-01-01", files=True),
    # places of the gazetteer
    dict(by="UKR", on="RUS", date="2024-06-01", where="crimea"),  # held by other than its sovereign
    dict(by="PHI", on="CHN", date="2020-01-01", where="scarborough-shoal"),  # no sovereignty recognised
    # points at sea against the Rio Treaty's Art. 4 line: inside its confirmed Pacific half, beyond it,
    # and in the Atlantic, where the line's text was not read
    dict(by="RUS", on="USA", date="1970-01-01", where="60,-175", requested=True),
    dict(by="RUS", on="USA", date="1970-01-01", where="40,160", requested=True),
    dict(by="RUS", on="USA", date="1970-01-01", where="-30,-30", requested=True),
    dict(by="CHN", on="JPN", date="2025-01-01", where="senkakus"),  # covered: an area of what Japan administers
    dict(by="IRN", on="UKG", date="2026-03-02", where="akrotiri"),  # the host's pacts not engaged
    # attackers that are not states: what each trigger admits, and attribution
    dict(by="al-Qaeda", on="USA", date="2001-09-11"),  # any attacker (NATO), only a state (Rio), not stated
    dict(by="unknown", on="RUS", date="2025-01-01"),  # unclaimed: a state-only trigger open on attribution
    dict(by="unknown", on="POL", date="2025-09-10"),  # unclaimed: an any-attacker trigger open on attribution
    dict(by="non-state", on="AUH", date="1880-01-01", attributed_to="RUS"),  # attributed to the named adversary
]


def _session(files: bool):
    if not files:
        return casus.load()
    return casus.load([("treaties/test-reasons-pact.yaml", TEST_TREATIES),
                       ("treaties/test-reasons-consult.yaml", TEST_CONSULTATION)])


def _codes(reason: Reason, out: set[str]) -> set[str]:
    out.add(reason.code)
    for _, value in reason.args:
        if isinstance(value, Reason):
            _codes(value, out)
    return out


def _reasons(res) -> list[Reason]:
    ev = res.evaluation
    out: list[Reason] = []
    for f in ev.findings + ev.breaches + ev.guarantees:
        out += [*f.open_conditions, *f.conflicts, *f.notes]
    out += [x.reason for x in ev.excluded] + [i.reason for i in ev.inactive + ev.no_defence]
    return out


def _answers():
    for spec in SCENARIOS:
        kw = dict(spec)
        files = kw.pop("files", False)
        yield kw, files, _session(files).attack(**kw)


@pytest.fixture(scope="module")
def answers():
    return list(_answers())


# -- the catalogue ------------------------------------------------------------------

@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_code_has_english_and_hindi_with_the_same_fields(code):
    entry = CATALOGUE[code]
    assert set(entry) == {"en", "hi"}
    assert placeholders(entry["en"]) == placeholders(entry["hi"])
    if code not in DATA_ONLY:
        assert DEVANAGARI.search(entry["hi"]), f"{code}: the Hindi form has no Hindi in it"


def test_words_have_hindi():
    for key, entry in WORDS.items():
        assert entry["en"] and DEVANAGARI.search(entry["hi"]), key


def test_rendering():
    r = Reason.of("also_owes", state=StateRef(640, "Türkiye"), duty=casus.model.reasons.Word("defend"),
                  other=StateRef(350, "Greece"), treaty=Text("NATO"))
    assert str(r) == "Türkiye also owes: defend Greece under NATO"
    names = {640: "तुर्की", 350: "यूनान"}
    hi = render(r, "hi", lambda s: names[s.ccode])
    assert hi == "तुर्की का NATO के तहत यूनान के प्रति भी दायित्व है (रक्षा)"
    with pytest.raises(KeyError):
        Reason.of("no-such-code")


# -- coverage and Hindi answers --------------------------------------------------------

def test_the_scenarios_cover_every_reason_code(answers):
    seen: set[str] = set()
    for _, _, res in answers:
        for r in _reasons(res):
            _codes(r, seen)
    assert seen == set(CATALOGUE), f"not covered: {sorted(set(CATALOGUE) - seen)}"


def _english_fragments() -> set[str]:
    """The fixed English words of every template (two words or more), which a Hindi answer must not contain."""
    out = set()
    for code, entry in CATALOGUE.items():
        if code in DATA_ONLY:
            continue
        for piece in re.split(r"\{[a-z_]+\}", entry["en"]):
            piece = piece.strip(" :;,()'.")
            if len(re.findall(r"[A-Za-z]+", piece)) >= 2:
                out.add(piece)
    return out


FRAGMENTS = _english_fragments()


def _reason_texts(doc: dict) -> list[str]:
    out: list[str] = []
    for f in doc["findings"] + doc["breaches"] + doc["guarantees"]:
        out += f["open_conditions"] + f["notes"] + ([f["conflict"]] if f["conflict"] else [])
    out += [r for c in doc["conflicted"] for r in c["reasons"]]
    out += [x["reason"] for x in doc["excluded"] + doc["inactive"] + doc["no_defence_obligation"]]
    return out


#: words of a treaty quoted inside a reason (“…”): the data's own, shown as written
QUOTED = re.compile("“[^”]*”")


def _no_english(texts: list[str], where: str) -> None:
    for text in texts:
        text = QUOTED.sub("", text)
        for frag in FRAGMENTS:
            assert frag not in text, f"{where}: English {frag!r} in a Hindi answer: {text!r}"


def test_hindi_answers_have_no_english_engine_sentence_cli(answers, tmp_path):
    from casus.cli import main

    for kw, files, _ in answers:
        argv = ["attack", "--json", "--lang", "hi"]
        for k, v in kw.items():
            flag = "--" + k.replace("_", "-")
            if v is True or v is False:
                argv.append(flag if v else "--not-" + k if k in ("provoked", "requested") else "--no-" + k)
            else:
                argv += [flag, str(v)]
        if files:
            for name, text in (("a.yaml", TEST_TREATIES), ("b.yaml", TEST_CONSULTATION)):
                (tmp_path / name).write_text(text, encoding="utf-8")
            argv = ["--treaties", str(tmp_path / "a.yaml"), "--treaties", str(tmp_path / "b.yaml"), *argv]
        out = _run_cli(main, argv)
        _no_english(_reason_texts(json.loads(out)), f"casus {' '.join(argv)}")


def _run_cli(main, argv) -> str:
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        main(argv)
    return buf.getvalue()


def test_hindi_answers_have_no_english_engine_sentence_web(answers):
    from fastapi.testclient import TestClient

    from casus.web.app import create_app

    clients = {False: TestClient(create_app(_session(False))), True: TestClient(create_app(_session(True)))}
    english = clients[False].get("/api/attack", params={"by": "USA", "on": "PRK", "date": "2025-01-01"}).json()
    assert any(frag in text for text in _reason_texts(english) for frag in FRAGMENTS)  # the check can fail
    for kw, files, _ in answers:
        params = {k: (str(v).lower() if isinstance(v, bool) else v) for k, v in kw.items()}
        r = clients[files].get("/api/attack", params={**params, "lang": "hi"})
        assert r.status_code == 200, (kw, r.text)
        _no_english(_reason_texts(r.json()), f"/api/attack {kw}")
