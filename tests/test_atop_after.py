"""ATOP's living alliances after 2018 (issue 11, part 4): a cited record for each, used in answers."""

from __future__ import annotations

import pytest

import casus
from casus.importers.atop import read_atop_members
from casus.importers.atop_after import EVENT_KINDS, OUTCOMES, read_after_2018
from casus.present.serialize import treaty_dict


@pytest.fixture(scope="module")
def session():
    return casus.load()


def _defend(d: dict, beneficiary: str, atopid: int) -> list[dict]:
    return [f for f in d["findings"] if f["duty"] == "defend" and f["beneficiary"] == beneficiary
            and f["treaty"]["atopid"] == atopid]


def test_every_living_alliance_with_a_defence_offence_or_neutrality_duty_has_a_record():
    m = read_atop_members()
    living = set(m[(m.yrexit == 0) & ((m.defense == 1) | (m.offense == 1) | (m.neutral == 1))].atopid)
    records = read_after_2018()
    assert len(living) == 101 and living <= set(records)
    for atopid, rec in records.items():
        assert rec.outcome in OUTCOMES and rec.checked == "2026-11-28", atopid
        assert rec.checked_where, f"ATOP {atopid}: say what was searched"
        assert (rec.outcome == "changed") == bool(rec.events) or rec.outcome == "covered_by_treaty_file", atopid
        for e in rec.events:
            assert e.kind in EVENT_KINDS and e.sources and e.day.earliest.year >= 2019, (atopid, e)


def test_niger_left_ecowas(session):
    """ECOWAS defence protocol (ATOP 3895): Niger suspended from 2023-12-10, out from 2025-01-29."""
    during = session.attack(by="MLI", on="NIR", date="2024-06-01").to_dict()
    fs = _defend(during, "NIR", 3895)
    assert fs and all(f["status"] == "conditional" for f in fs)
    assert any("suspended since 2023-12-10" in c for c in fs[0]["open_conditions"])
    after = session.attack(by="MLI", on="NIR", date="2025-06-01").to_dict()
    assert not _defend(after, "NIR", 3895)


def test_a_lifted_suspension_ends(session):
    """Guinea's ECOWAS suspension (2021-09-08) was lifted on 2026-01-28."""
    d = session.attack(by="SEN", on="GUI", date="2026-03-01").to_dict()
    fs = _defend(d, "GUI", 3895)
    assert fs and not any("Guinea's participation" in c for f in fs for c in f["open_conditions"])
    before = _defend(session.attack(by="SEN", on="GUI", date="2025-06-01").to_dict(), "GUI", 3895)
    assert any("Guinea's participation in ATOP 3895 is suspended" in c for c in before[0]["open_conditions"])


def test_an_unconfirmed_end_is_a_named_condition(session):
    """France–CAR 1960 (ATOP 3395): French troops left in 2022; no denunciation found — conditional."""
    d = session.attack(by="SUD", on="CEN", date="2024-01-01").to_dict()
    fs = _defend(d, "CEN", 3395)
    assert fs and fs[0]["status"] == "conditional"
    assert any("may have ended on 2022-12-15 (UNCONFIRMED)" in c for c in fs[0]["open_conditions"])


def test_a_member_readmitted(session):
    """Syria back in the Arab League (2023-05-07): the Joint Defence Treaty (ATOP 3205) protects it again."""
    assert _defend(session.attack(by="ISR", on="SYR", date="2024-01-01").to_dict(), "SYR", 3205)
    assert not _defend(session.attack(by="ISR", on="SYR", date="2020-01-01").to_dict(), "SYR", 3205)


def test_answers_cite_the_record_not_the_generic_note(session):
    d = session.attack(by="IND", on="PAK", date="2025-05-07", requested=True).to_dict()
    (f,) = _defend(d, "PAK", 3355)
    assert any("casus looked for later changes to" in n and "2026-11-28" in n for n in f["notes"])
    assert not any("no later change is recorded in casus" in n for n in f["notes"])
    changed = _defend(session.attack(by="MLI", on="NIR", date="2024-06-01").to_dict(), "NIR", 3895)[0]
    assert any("changes to ATOP 3895 since then" in n and "member suspended (Niger)" in n
               for n in changed["notes"])


def test_treaty_document_carries_the_record(session):
    doc = treaty_dict(session.corpus.treaty("3895"), session.corpus)
    after = doc["after_2018"]
    assert after["outcome"] == "changed" and after["checked"] == "2026-11-28"
    left = [e for e in after["events"] if e["kind"] == "member_left"]
    assert left and {s["state"] for s in left[0]["states"]} == {"NIR", "BFO"}
    assert all(e["sources"] for e in after["events"])
