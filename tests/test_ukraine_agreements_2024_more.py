"""More of Ukraine's 2024 bilateral security agreements under the G7 Joint Declaration (issue 12).

Latvia (lat-ukr-2024), Spain (spn-ukr-2024), Belgium (bel-ukr-2024), Portugal (por-ukr-2024), Poland
(pol-ukr-2024) and Romania (rom-ukr-2024): each partner owes Ukraine a consultation (never a defence duty;
within 24 hours, or Romania's 24-hour emergency response) against a Russian attack, shown apart as a
non-treaty commitment; the duty is one way only, so a Russian attack on the partner gives Ukraine no duty
under the file.
"""

from __future__ import annotations

import pytest

# treaty id, partner, a date a few days after signature
NEW = [
    ("lat-ukr-2024", "LAT", "2024-04-15"),  # signed 2024-04-11, Vilnius
    ("spn-ukr-2024", "SPN", "2024-05-31"),  # signed 2024-05-27, Madrid
    ("bel-ukr-2024", "BEL", "2024-06-01"),  # signed 2024-05-28, Brussels
    ("por-ukr-2024", "POR", "2024-06-01"),  # signed 2024-05-28, Lisbon
    ("pol-ukr-2024", "POL", "2024-07-12"),  # signed 2024-07-08, Warsaw
    ("rom-ukr-2024", "ROM", "2024-07-15"),  # signed 2024-07-11, Washington
]


def _rows(corpus, **kw) -> list[dict]:
    doc = corpus.attack(**kw).to_dict()
    return doc["findings"] + doc["guarantees"]


@pytest.mark.parametrize(("treaty", "partner", "date"), NEW)
def test_partner_consults_ukraine_when_russia_attacks(corpus, treaty, partner, date):
    rows = [f for f in _rows(corpus, by="RUS", on="UKR", date=date) if f["treaty"]["id"] == treaty]
    consult = [f for f in rows if f["state"] == partner and f["beneficiary"] == "UKR"]
    assert len(consult) == 1, rows
    f = consult[0]
    assert f["duty"] == "consult" and f["kind"] == "consultation"
    assert f["legal_status"] == "political"
    assert f["status"] == "conditional"
    assert not [g for g in rows if g["duty"] == "defend"]


@pytest.mark.parametrize(("treaty", "partner", "date"), NEW)
def test_no_duty_for_ukraine_when_russia_attacks_the_partner(corpus, treaty, partner, date):
    rows = [f for f in _rows(corpus, by="RUS", on=partner, date=date, requested=True)
            if f["treaty"]["id"] == treaty]
    assert not [f for f in rows if f["state"] == "UKR"], rows
    assert not [f for f in rows if f["beneficiary"] == partner], rows


@pytest.mark.parametrize(("treaty", "partner", "date"), NEW)
def test_another_attacker_gives_no_duty(corpus, treaty, partner, date):
    rows = [f for f in _rows(corpus, by="BLR", on="UKR", date=date, requested=True)
            if f["treaty"]["id"] == treaty]
    assert not rows, rows


@pytest.mark.parametrize(("treaty", "date"), [("bel-ukr-2024", "2024-06-01"), ("pol-ukr-2024", "2024-07-12")])
def test_consults_at_request(corpus, treaty, date):
    rows = [f for f in _rows(corpus, by="RUS", on="UKR", date=date) if f["treaty"]["id"] == treaty]
    assert any("request" in c for c in rows[0]["open_conditions"])
    rows = [f for f in _rows(corpus, by="RUS", on="UKR", date=date, requested=True) if f["treaty"]["id"] == treaty]
    assert not any("request" in c for c in rows[0]["open_conditions"])


@pytest.mark.parametrize(("treaty", "partner", "date"), NEW)
def test_not_in_force_before_signature(corpus, treaty, partner, date):
    rows = [f for f in _rows(corpus, by="RUS", on="UKR", date="2024-03-01") if f["treaty"]["id"] == treaty]
    assert not rows
