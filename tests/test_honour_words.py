"""The reliability model's estimates read in Hindi (issue 17): every driver of an estimate, and the reason the
model gives none, in the reader's words, states named in Hindi."""

from __future__ import annotations

import re

import pytest

from casus import load

LATIN = re.compile(r"[A-Za-z]")


@pytest.fixture(scope="module")
def s():
    return load()


def test_drivers_read_in_hindi(s):
    doc = s.attack("USA", "PRK", "2025-01-01").to_dict("hi", detail="full")
    honours = [f["honour"] for f in doc["findings"] if f.get("honour") and f["honour"]["p"] is not None]
    assert honours
    for h in honours:
        for d in h["drivers"]:
            assert not LATIN.search(d["says"]), d  # no English left in a driver's reading
    russia = next(f["honour"] for f in doc["findings"] if f["state"] == "RUS" and f["duty"] == "defend")
    assert any(d["says"] == "संयुक्त राज्य का प्रतिद्वंद्वी" and d["state"] == 2 for d in russia["drivers"])
    en = s.attack("USA", "PRK", "2025-01-01").to_dict("en", detail="full")
    russia_en = next(f["honour"] for f in en["findings"] if f["state"] == "RUS" and f["duty"] == "defend")
    assert russia_en["p"] == russia["p"] and any(d["says"] == "rival of United States" for d in russia_en["drivers"])


def test_the_reason_for_no_estimate_reads_in_hindi(s):
    doc = s.attack("al-Qaeda", "USA", "2001-09-11").to_dict("hi", detail="full")
    nato = [f["honour"] for f in doc["findings"]
            if f["duty"] == "defend" and f["treaty"]["id"] == "north-atlantic-1949"]
    assert nato and all(h["p"] is None and h["unsupported"].startswith("ऐसे हमलावर का हमला") for h in nato)


def test_text_output_gives_the_drivers_in_hindi(s):
    from casus.present.render import render_attack

    text = render_attack(s.attack("USA", "PRK", "2025-01-01"), "hi", "full")
    assert "दायित्व निभाने की संभावना" in text and "महाशक्ति" in text
