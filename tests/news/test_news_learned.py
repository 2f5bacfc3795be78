"""The news reader's learned step (casus.news.learned, data-raw/fit_news.py): its features on sentences written for
the test (English and Hindi), the model's application, and the shipped weights are a re-fit of the labelled sets."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from casus.news import learned, read
from casus.news.clean import clean
from casus.news.extract import _Reader

ROOT = Path(__file__).resolve().parents[2]


def _rows(text: str, ref: date | None = date(2025, 3, 10)) -> list[dict]:
    r = _Reader(clean(text), ref, None, None)
    r.collect = []
    r.run()
    return r.collect


def _one(text: str) -> dict:
    rows = _rows(text)
    assert len(rows) == 1, rows
    return rows[0]


def test_features_english_event():
    row = _one("Russia and Belarus signed a defence treaty on Monday in Minsk.")
    f = row["features"]
    assert row["type"] == "signed" and row["rules"] and row["parties"] == ("BLR", "RUS")
    assert f["type_signed"] == f["tense_past"] == f["pact_noun"] == f["states_2"] == f["dated"] == f["headline"] == 1
    assert f["negated"] == f["irrealis"] == f["rules_gate"] == f["hindi"] == f["old_date"] == 0


def test_features_english_gates():
    f = _one("Officials said India and France did not sign a defence pact.")["features"]
    assert f["negated"] == f["rules_gate"] == f["reported"] == 1
    f = _one("Japan and Australia will sign a security treaty next week.")["features"]
    assert f["type_announced"] == f["tense_future"] == 1
    f = _one("Chile and Peru had signed a treaty of alliance.")["features"]
    assert f["past_perfect"] == f["tense_perfect"] == f["rules_gate"] == f["alliance_noun"] == 1
    f = _one("Years ago, Norway and Iceland signed a treaty, on the anniversary of the war.")["features"]
    assert f["background"] == f["rules_gate"] == 1


def test_features_hindi():
    row = _one("भारत और फ्रांस ने सोमवार को रक्षा समझौते पर हस्ताक्षर किए।")
    f = row["features"]
    assert row["rules"] and row["parties"] == ("FRN", "IND")
    assert f["hindi"] == f["type_signed"] == f["states_2"] == f["pact_noun"] == 1 and f["negated"] == 0
    f = _one("भारत और फ्रांस ने रक्षा समझौते पर हस्ताक्षर नहीं किए।")["features"]
    assert f["hindi"] == f["negated"] == f["rules_gate"] == 1
    f = _one("भारत और फ्रांस ने रक्षा समझौते पर हस्ताक्षर किए थे।")["features"]
    assert f["past_perfect"] == f["rules_gate"] == 1


def test_no_pact_no_row():
    assert _rows("Russia and Belarus signed nothing of note on Monday; the talks went on.") == []


def test_design_and_ngrams():
    grams = learned.ngrams("signed  a pact")
    assert grams == learned.ngrams("signed a pact") and all(0 <= g < learned.N_HASH for g in grams)
    assert len(grams) == (len("signed a pact") - 2) + (len("signed a pact") - 3)
    row = learned.design(dict.fromkeys(learned.FEATURES, 1.0), grams)
    assert row.shape == (len(learned.FEATURES) + learned.N_HASH,)
    assert (row[:len(learned.FEATURES)] == 1).all() and row[len(learned.FEATURES):].sum() > 0


def test_probability_and_switch():
    model = learned.load_model()
    assert model is not None and tuple(model["features"]) == learned.FEATURES
    row = _one("Russia and Belarus signed a defence treaty on Monday in Minsk.")["row"]
    p = learned.probability(row)
    assert p is not None and p >= learned.DROP
    flat = dict(model, intercept=-60.0, _coef=np.zeros_like(model["_coef"]))
    assert learned.probability(row, flat) < 1e-20
    text = "Russia and Belarus signed a defence treaty on Monday in Minsk."
    assert [e.type for e in read(text, reference_date="2025-03-10", rerank=False).events] == ["signed"]
    assert read(text, reference_date="2025-03-10", rerank=flat).events == []  # every candidate dropped


@pytest.fixture(scope="module")
def fit_news():
    spec = importlib.util.spec_from_file_location("fit_news", ROOT / "data-raw" / "fit_news.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_shipped_model_is_a_refit(fit_news):
    import json

    shipped = json.loads((ROOT / "src" / "casus" / "data" / "news_model.json").read_text(encoding="utf-8"))
    assert "fresh6" not in shipped["training_sets"]
    rows = fit_news.rows_of(fit_news.load_batches())
    doc = fit_news.fit_batches(rows, list(fit_news.BATCHES))
    for k in ("schema", "training_sets", "rows", "positives", "l2", "features", "n_hash", "drop", "add", "fitted"):
        assert doc[k] == shipped[k], k
    for k in ("coef", "mean", "sd"):
        assert np.allclose(doc[k], shipped[k], atol=1e-6), k
    assert abs(doc["intercept"] - shipped["intercept"]) < 1e-6
