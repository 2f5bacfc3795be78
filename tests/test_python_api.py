"""The Python verbs (issue 16): one calling convention — states by any name, dates as strings or dates,
options by keyword, the corpus last and optional — and tables as DataFrames; the treaty catalogue; treaty-file
checks."""

from __future__ import annotations

import datetime as dt
import inspect

import pandas as pd
import pytest

import casus
from casus.cli import main
from casus.errors import TreatyFileError, UnknownTreatyError

VERBS = ("attack", "allies", "pair", "diff", "similarity", "simulate", "backtest", "treaties")


@pytest.mark.parametrize("name", VERBS)
def test_one_calling_convention(name):
    sig = inspect.signature(getattr(casus, name))
    params = list(sig.parameters.values())
    assert params[-1].name == "corpus" and params[-1].default is None
    assert params[-1].kind is inspect.Parameter.KEYWORD_ONLY
    # options after the subjects are keyword-only
    positional = [p.name for p in params if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
    assert len(positional) <= 3, positional
    assert inspect.getdoc(getattr(casus, name))


def test_states_by_any_name_and_dates_either_way(corpus):
    a = casus.similarity("USA", "UKG", 2000, corpus=corpus)
    b = casus.similarity(2, "United Kingdom", 2000, corpus=corpus)
    assert a.s_score == b.s_score and (a.ccode1, a.ccode2) == (2, 200)
    r1 = casus.attack("USA", "उत्तर कोरिया", "2025-01-01", corpus=corpus)
    r2 = casus.attack(2, "PRK", dt.date(2025, 1, 1), corpus=corpus)
    assert r1.to_dict()["findings"] == r2.to_dict()["findings"]


def test_simulate_takes_names_and_a_date_string(corpus):
    sim = casus.simulate("USA", "PRK", "2025-01-01", draws=2000, seed=3, corpus=corpus)
    assert sim.draws == 2000 and sim.attacker == 2 and sim.target == 731


def test_backtest_gives_frames(corpus):
    res = casus.backtest(joiners=False, corpus=corpus)
    pairs = res.to_frame("pairs")
    assert isinstance(pairs, pd.DataFrame) and {"alliance", "war", "outcome"} <= set(pairs.columns)
    assert len(pairs) >= res.summary["overall"]["invoked"]
    assert set(res.to_frame("commitments")["outcome"]) <= {"honoured", "violated", "undecidable"}
    with pytest.raises(ValueError, match="rows is one of"):
        res.to_frame("wars")


def test_the_treaty_catalogue(corpus):
    nato = casus.treaties("nato", corpus=corpus)
    assert list(nato["id"]) == ["north-atlantic-1949"]
    prk = casus.treaties(state="PRK", date="2025-01-01", kind="defense", corpus=corpus)
    assert {"prc-prk-1961", "rus-prk-2024"} <= set(prk["id"])
    assert all("defense" in k for k in prk["kinds"])
    assert corpus.treaty("nato").id == "north-atlantic-1949"
    with pytest.raises(UnknownTreatyError, match="names 2 treaties"):
        corpus.treaty("dprk")


def test_new_treaty_writes_a_file_that_asks_for_its_sources(tmp_path, capsys):
    out = tmp_path / "mine.yaml"
    with pytest.raises(SystemExit) as exc:
        main(["new-treaty", "ind-jpn-2030", "--name", "A Test Pact", "--party", "IND", "--party", "Japan",
              "--signed", "2025-01-05", "-o", str(out)])
        raise SystemExit(0)
    assert exc.value.code in (0, None) and out.exists()
    text = out.read_text(encoding="utf-8")
    assert "state: IND" in text and "state: JPN" in text and "TODO" in text
    with pytest.raises(SystemExit) as exc:
        main(["validate", str(out)])
    assert exc.value.code == 2 and "sources" in capsys.readouterr().err


def _file(tmp_path, clause_obligors: str, signed: str = "2020-01-01", in_force: str = "2020-02-01") -> str:
    text = f"""id: test-pact
name: Test Pact
short_name: Test Pact
signed: {{date: {signed}, sources: [s]}}
in_force: {{date: {in_force}, sources: [s]}}
sources: [{{id: s, title: a test source, kind: secondary}}]
parties: [{{state: IND}}, {{state: JPN}}]
articles:
  - number: "1"
    text: each defends the other
    text_source: s
    clauses:
      - {{id: a1, kind: defense, obligors: [{clause_obligors}], beneficiaries: parties}}
"""
    p = tmp_path / "t.yaml"
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_validate_checks_obligors_are_parties_and_dates_run_in_order(tmp_path):
    from casus.importers.cow_states import load_states
    from casus.importers.treaty_files import files_in, read_treaty_files

    resolve = load_states().resolve
    read_treaty_files(files_in([_file(tmp_path, "IND")]), resolve)  # fine
    with pytest.raises(TreatyFileError, match="not a party"):
        read_treaty_files(files_in([_file(tmp_path, "CHN")]), resolve)
    with pytest.raises(TreatyFileError, match="entry into force before signature"):
        read_treaty_files(files_in([_file(tmp_path, "IND", signed="2021-01-01")]), resolve)


def test_every_public_function_is_documented_with_an_example():
    missing = []
    for name in casus.__all__:
        obj = getattr(casus, name)
        if inspect.isfunction(obj):
            doc = inspect.getdoc(obj) or ""
            if ">>>" not in doc:
                missing.append(name)
    assert missing == []


def test_the_api_reference_builds_from_the_docstrings(tmp_path):
    pdoc = pytest.importorskip("pdoc", reason="the docs extra (pdoc) is not installed")
    pdoc.pdoc("casus", "casus.api", "casus.analysis.peacescience", output_directory=tmp_path)
    page = (tmp_path / "casus" / "api.html").read_text(encoding="utf-8")
    for name in ("attack", "pair", "treaties", "similarity", "simulate", "backtest"):
        assert f'id="{name}"' in page
    assert "&gt;&gt;&gt;" in page or "pdoc-code" in page  # the examples are rendered
