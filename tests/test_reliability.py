"""The reliability model applied (issue 17): every duty to defend or join carries how likely its obligor honours
it, explained, or says why the model cannot tell; simulate draws each duty with its own probability; the
backtest's pairs carry their out-of-fold probability.  Fast: the shipped model, no refit (the fit and the
cross-validation are in test_reliability_fit.py)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pandas as pd
import pytest

from casus.analysis.peacescience import add_capital_distance, add_contiguity
from casus.engine import reliability as R
from casus.engine import reliability_data as tables
from casus.present.schemas import validate
from test_cli import run

DAY = "2025-01-01"


@pytest.fixture(scope="module")
def prk(corpus):
    res = corpus.attack(by="USA", on="PRK", date=DAY)
    return {f["state"]: f for f in res.to_dict()["findings"] if f["duty"] == "defend"}


def test_a_model_is_shipped_for_these_columns():
    model = R.load_model()
    assert model is not None, "run data-raw/fit_reliability.py"
    assert [c["name"] for c in model.doc["columns"]] == [c for c, _, _ in R.COLUMNS]
    assert model.draws.shape == (model.doc["fitted"]["bootstrap"], len(R.COLUMNS) + 1)
    assert model.background.shape == (model.doc["fitted"]["rows"], len(R.COLUMNS))


def test_russia_china_and_cuba_get_different_probabilities_each_explained(prk):
    assert {"RUS", "CHN", "CUB"} <= set(prk)
    ps = {s: prk[s]["honour"] for s in ("RUS", "CHN", "CUB")}
    assert len({h["p"] for h in ps.values()}) == 3
    for h in ps.values():
        assert h["unsupported"] is None
        assert 0 < h["low"] <= h["p"] <= h["high"] < 1
        assert 2 <= len(h["drivers"]) <= 3
        assert all(d["says"] and d["effect"] != 0 for d in h["drivers"])
    # what the data say about each: all three are strategic rivals of the attacker (Thompson & Dreyer, read
    # as of 2010, where the table ends, and said so)
    assert all(h["drivers"][0]["says"] == "rival of United States" for h in ps.values())
    assert all(any("Thompson & Dreyer strategic rivalries (2010)" in n for n in h["notes"]) for h in ps.values())
    # Russia's treaty of 2024 is not in ATOP: its institutions are averaged over the data, and said so
    assert any("averaged over the commitments of the data" in n and "intcom" in n for n in ps["RUS"]["notes"])
    # China's treaty (signed 1961-07-11) is older than any pact of the data: a mild extrapolation, said so
    assert any("the treaty's age, 63 years," in n and "extrapolated" in n for n in ps["CHN"]["notes"])


def test_the_answer_validates_and_the_text_says_it(capsys, prk):
    code, out, _ = run(capsys, "attack", "--by", "USA", "--on", "PRK", "--date", DAY, "--json")
    doc = json.loads(out)
    validate(doc)
    assert all("honour" in f for f in doc["findings"] if f["duty"] in ("defend", "join"))
    assert all("honour" not in f for f in doc["findings"] if f["duty"] not in ("defend", "join"))
    code, out, _ = run(capsys, "attack", "--by", "USA", "--on", "PRK", "--date", DAY)
    h = prk["RUS"]["honour"]
    assert f"honours with {h['p']:.2f} ({h['low']:.2f}–{h['high']:.2f}): rival of United States ↑" in out
    code, out, _ = run(capsys, "attack", "--by", "USA", "--on", "PRK", "--date", DAY, "--lang", "hi")
    assert f"दायित्व निभाने की संभावना {h['p']:.2f}" in out


def test_a_conflicted_duty_says_why_it_has_no_probability(corpus):
    res = corpus.attack(by="TUR", on="GRC", date="2020-01-01", policy="escalation")
    usa = next(f for f in res.to_dict()["findings"] if f["state"] == "USA" and f["duty"] == "defend")
    assert usa["status"] == "conflicted"
    assert usa["honour"]["p"] is None and usa["honour"]["low"] is None
    assert usa["honour"]["unsupported"].startswith("a conflicted duty")


def _values(**over) -> R.Values:
    x = {"offense": 0, "post_1945": 1, "grade": "automatic", "intcom": 0, "base": 0, "milcon": 1, "organ1": 1,
         "adversary_named": 0, "bilateral": 1, "asymmetric": 0, "age": 10.0, "log_age": 2.4, "contiguous": 1,
         "capdist": 1000.0, "log_capdist": 6.9, "major_power": 0, "rival": 0, "capability_share": 0.3}
    x.update(over)
    return R.Values(x)


def test_too_little_support_is_said_not_guessed():
    model = R.load_model()
    assert model is not None
    assert R.predict(model, _values())["p"] is not None
    # joins after 1945: the backtest decided only a handful
    joins = model.support["cells"].get("11", 0)
    assert joins < R.MIN_SUPPORT
    h = R.predict(model, _values(offense=1))
    assert h["p"] is None and h["unsupported"].startswith(f"only {joins} decided commitments to join from 1945")
    # a number far outside the data's range
    h = R.predict(model, _values(age=400.0, log_age=6.0))
    assert h["p"] is None and "outside the range the data cover" in h["unsupported"]
    # a value the data never had
    h = R.predict(model, _values(grade="conditional"))
    assert h["p"] is None and "grade = conditional: 0 decided commitments" in h["unsupported"]


def test_a_missing_feature_is_averaged_not_filled_in():
    model = R.load_model()
    assert model is not None
    known = R.predict(model, _values())
    unknown = R.predict(model, _values(intcom=None, base=None, milcon=None, organ1=None))
    assert unknown["p"] is not None and any("intcom" in n for n in unknown["notes"])
    assert not any("averaged" in n for n in known["notes"])
    # the average over the fitted rows: between the model's answers for the extreme values of the data
    rows = [R.point_probability(model, R.design_row({**_values().x, "intcom": i, "base": b, "milcon": m,
                                                     "organ1": o}))
            for i in (0, 1) for b in (0, 1) for m in (0, 1) for o in (0, 1)]
    assert min(rows) <= unknown["p"] <= max(rows)


def test_the_lookups_agree_with_the_peacesciencer_verbs():
    dyads = pd.DataFrame({"ccode1": [365, 710, 40, 2, 200, 255, 2], "ccode2": [731, 731, 2, 20, 220, 365, 740],
                          "year": [2016, 2016, 2016, 1950, 1914, 1941, 1941]})
    verbs = add_capital_distance(add_contiguity(dyads))
    for r in verbs.itertuples():
        assert tables.contiguity(r.ccode1, r.ccode2, r.year) == r.conttype
        assert tables.capital_distance(r.ccode1, r.ccode2, r.year) == pytest.approx(float(r.capdist), abs=1e-6)
    assert tables.contiguity(365, 731, 2025) == tables.contiguity(365, 731, 2016)  # read as of 2016
    assert tables.major_power(710, dt.date(1949, 12, 31)) is False and tables.major_power(710, dt.date(2025, 1, 1))
    assert tables.rivals(2, 40, 1990) == "Cuba-United States" and tables.rivals(2, 20, 1990) == ""
    assert tables.cinc(2, 1816) == pytest.approx(0.039697491) and tables.cinc(2, 1815) is None


def test_simulate_draws_each_duty_with_its_own_probability(corpus, prk):
    from casus.analysis.simulate import simulate

    sim = simulate(corpus, 2, 731, dt.date(2025, 1, 1), draws=60_000, seed=11)
    jp = sim.join_probability
    for state, code in (("RUS", 365), ("CHN", 710), ("CUB", 40)):
        assert abs(jp[code]["D"] - prk[state]["honour"]["p"]) < 0.01
        assert jp[code]["A"] == 0
    assert jp[710]["D"] - jp[365]["D"] > 0.1  # no longer one rate for every duty
    duties = {d["ccode"]: d for d in sim.probabilities["duties"]}
    assert duties[365]["p"] == prk["RUS"]["honour"]["p"]
    assert any("Russia for North Korea" in line and f"{prk['RUS']['honour']['p']:.2f}" in line
               for line in sim.duty_lines(corpus.corpus.state_label))


def test_backtest_pairs_carry_their_out_of_fold_probability():
    from casus.analysis.backtest_summary import Pair
    from casus.analysis.reliability_oof import shipped_oof

    (alliance, war), rows = next(iter(shipped_oof().items()))
    d = Pair(alliance, None, war, rows[0]["war_name"], None, rows[0]["date"], "violated", (), "").to_dict()
    members = {str(r["obligor"]): float(r["p_oof"]) for r in rows}
    assert d["honour_oof"]["members"] == dict(sorted(members.items()))
    prod = 1.0
    for p in members.values():
        prod *= p
    assert d["honour_oof"]["p"] == pytest.approx(prod, abs=1e-4)
    assert Pair("no-such", None, 1, "x", None, "1900-01-01", "honoured", (), "").to_dict()["honour_oof"] is None


def test_the_core_applies_the_model_without_scikit_learn():
    code = ("import sys, casus; s = casus.load(); "
            "d = s.attack(by='USA', on='PRK', date='2025-01-01').to_dict(); "
            "assert any(f.get('honour', {}).get('p') for f in d['findings']); "
            "assert not any(m == 'sklearn' or m.startswith('sklearn.') for m in sys.modules), 'sklearn imported'")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


def test_reliability_without_the_model_extra_shows_the_shipped_figures(capsys, monkeypatch):
    import casus.analysis.reliability as fit

    def missing(what):
        from casus.extras import MissingExtraError

        raise MissingExtraError(f"{what} needs the 'model' extra")

    monkeypatch.setattr(fit, "need_model", missing)
    code, out, err = run(capsys, "reliability")
    assert code == 0, err
    assert "the model" in out and "every ally honours" in out and "recorded when the shipped model" in out
    code, out, _ = run(capsys, "reliability", "--json")
    doc = json.loads(out)
    assert doc["schema"] == "casus.reliability-report/1" and doc["measured_now"] is False
    assert len(doc["oof"]) == doc["rows"]


@pytest.mark.parametrize("by,on,day", [("RUS", "FIN", "2024-01-01"), ("AUH", "SRB", "1914-07-28"),
                                       ("TUR", "GRC", "2020-01-01"), ("GMY", "POL", "1939-09-01")])
def test_an_answers_duties_computed_together_equal_each_computed_alone(corpus, by, on, day):
    """The batch (one matrix for the answer's duties, features shared by the duties that share them) gives each
    duty exactly what it gets asked alone: with every feature known, with some averaged, and unsupported."""
    res = corpus.attack(by=by, on=on, date=day)
    duties = [f for f in (*res.findings, *res.evaluation.breaches) if f.duty in ("defend", "join")]
    assert len(duties) >= 2
    c = corpus.corpus
    together = R.honours_of(c, res.scenario, duties)
    alone = []
    for f in duties:
        alone.append(R.honour_of(c, res.scenario, f))
    assert together == alone
    kinds = {("unsupported" if h["unsupported"] else "averaged" if any("averaged" in n for n in h["notes"])
              else "known") for h in together if h is not None}
    if (by, on) == ("RUS", "FIN"):
        assert {"known", "averaged"} <= kinds


def test_features_computed_together_equal_each_situation_alone(corpus):
    from casus.engine.reliability_features import features_of_many, values_of

    res = corpus.attack(by="RUS", on="FIN", date="2024-01-01")
    sits = [s for f in res.findings if f.duty in ("defend", "join")
            if not isinstance(s := R.situation_of(corpus.corpus, res.scenario, f), str)]
    together = features_of_many(sits)
    for sit, v in zip(sits, together, strict=True):
        alone = values_of(sit)
        assert (v.x, v.said, v.as_of, v.named) == (alone.x, alone.said, alone.as_of, alone.named)


def test_an_answer_read_from_its_parts_equals_its_features_given_whole(corpus):
    """The answer's path (the situations' parts computed once, :func:`batch_of`) gives each duty what the model
    gives the same features handed over whole, each situation's features split into parts anew."""
    from casus.engine.reliability_features import batch_of, features_of_many, parts_of

    model = R.load_model()
    res = corpus.attack(by="RUS", on="FIN", date="2024-01-01")
    sits = [s for f in res.findings if f.duty in ("defend", "join")
            if not isinstance(s := R.situation_of(corpus.corpus, res.scenario, f), str)]
    whole = [R.Values(dict(v.x), said=dict(v.said), as_of=dict(v.as_of), named=dict(v.named))
             for v in features_of_many(sits)]
    from_parts = R.predict_batch(model, batch_of(sits, str))
    assert len(from_parts) == len(sits) >= 20
    assert from_parts == R.predict_many(model, whole)
    assert {len(h["drivers"]) for h in from_parts} - {0} and any(h["notes"] for h in from_parts)
    for v in whole:  # the split loses nothing: every feature is in exactly one part
        treaty, atop, state = parts_of(v.x)
        assert {**treaty.x, **atop.x, **state.x} == v.x
        assert len(treaty.x) + len(atop.x) + len(state.x) == len(v.x)


def _situation_by_lookups(o: int, beneficiary: int, enemies: tuple[int, ...], on: dt.date) -> dict:
    """The obligor's situation read pair by pair from the tables' own lookups (the definition)."""
    others = sorted(({beneficiary} | set(enemies)) - {o})
    types = [tables.contiguity(o, c, on.year) for c in others]
    dists = [tables.capital_distance(o, c, on.year) for c in others]
    riv = [tables.rivals(o, e, on.year) for e in enemies]
    cincs = [tables.cinc(c, on.year) for c in (o, *enemies)]
    positive = [t for t in types if t]
    conttype = None if None in types or not types else min(positive, default=0)
    capdist = None if None in dists or not dists else min(dists)
    share = None if None in cincs or not sum(cincs) else cincs[0] / sum(cincs)
    major = tables.major_power(o, on)
    return {"conttype": conttype, "contiguous": None if conttype is None else int(conttype in (1, 2, 3)),
            "capdist": capdist, "major_power": None if major is None else int(major),
            "rival": None if None in riv else int(any(riv)), "capability_share": share}


@pytest.mark.parametrize("day", ["1800-06-01", "1914-08-04", "1991-01-17", "2024-01-01"])
def test_one_side_of_a_war_read_once_equals_each_obligor_by_the_lookups(day):
    """The obligors of one side of a war share the tables' reading of the war: each one's situation is what
    the tables' lookups say pair by pair, including years no table covers (missing, never 0)."""
    from casus.engine.reliability_features import state_features_many

    on = dt.date.fromisoformat(day)
    obligors = [2, 200, 220, 255, 365, 375, 640, 645, 710, 999]  # 999: a code no table knows
    for beneficiary, enemies in ((375, (365,)), (690, (645,)), (2, (365, 710))):
        got = state_features_many(obligors, beneficiary, enemies, on)
        for o, (x, named) in zip(obligors, got, strict=True):
            want = _situation_by_lookups(o, beneficiary, enemies, on)
            assert {k: x[k] for k in want} == pytest.approx(want, nan_ok=True), (o, beneficiary, enemies)
            if x["contiguous"]:
                assert tables.contiguity(o, named["contiguous"], on.year) in (1, 2, 3)
            if x["rival"]:
                assert tables.rivals(o, named["rival"], on.year)
    if on.year < 1816:
        assert all(x["contiguous"] is None and x["major_power"] is None for x, _ in got)
