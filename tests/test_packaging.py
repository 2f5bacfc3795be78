"""A package researchers can install, cite and build on (issue 16): one version source, citations of exactly
the datasets used, provenance in every output, files readable by colleagues, UTF-8 whatever the console."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import casus
from casus.analysis.export import write_table

ROOT = Path(__file__).resolve().parents[1]


def test_one_version_source():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["name"] == "casus-foederis"
    assert "version" in meta["project"]["dynamic"]
    assert meta["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "casus._version.__version__"}
    assert casus.__version__.count(".") == 2
    assert meta["project"]["license"] == "MIT" and (ROOT / "LICENSE").exists() and (ROOT / "DATA-LICENSES.md").exists()


def test_cite_everything_or_what_a_table_used():
    everything = casus.cite()
    assert "ATOP" in everything and "Correlates of War" in everything
    import pandas as pd

    df = pd.DataFrame({"x": [1]})
    df.attrs["casus_datasets"] = ["atop"]
    only = casus.cite(df)
    assert "ATOP" in only and "State System Membership" not in only
    assert casus.cite(df, bibtex=True).startswith("@article{leeds2002atop")
    df.attrs["casus_datasets"] = ["no-such-data"]
    with pytest.raises(ValueError, match="unknown dataset 'no-such-data'"):
        casus.cite(df)


def test_json_documents_say_what_made_them(corpus):
    doc = corpus.attack(by="USA", on="PRK", date="2025-01-01").to_dict()
    assert doc["casus"]["version"] == casus.__version__
    assert doc["casus"]["datasets"]["atop"] == "5.1" and "cldr" in doc["casus"]["datasets"]


def test_written_files_follow_the_umask_and_carry_provenance(tmp_path):
    old = os.umask(0o022)
    try:
        out = tmp_path / "t.parquet"
        write_table(pa.table({"a": [1, 2]}), out, "parquet")
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644
    meta = pq.read_schema(out).metadata
    assert meta[b"casus_version"].decode() == casus.__version__ and meta[b"dataset_atop"] == b"5.1"


def test_output_is_utf8_on_a_console_that_is_not():
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    r = subprocess.run([sys.executable, "-m", "casus.cli", "states", "कोरिया", "--lang", "hi"], capture_output=True,
                       env=env, timeout=120)
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
    assert "कोरिया" in r.stdout.decode("utf-8")


def test_cli_json_carries_the_stamp(capsys):
    from casus.cli import main

    with pytest.raises(SystemExit):
        main(["pair", "RUS", "PRK", "--json"])
        raise SystemExit(0)
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "casus.pair/1" and doc["casus"]["version"] == casus.__version__


def test_a_missing_extra_is_one_line_naming_it(monkeypatch, capsys):
    import casus.extras as extras
    from casus.cli import main

    real = extras.find_spec
    monkeypatch.setattr(extras, "find_spec", lambda m: None if m in ("fastapi", "networkx") else real(m))
    for argv, extra in ((["serve"], "web"), (["graph", "--date", "2025-01-01", "-o", "/tmp/x.graphml"], "graph")):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        err = capsys.readouterr().err.strip()
        assert exc.value.code == 2 and len(err.splitlines()) == 1
        assert f"pip install 'casus-foederis[{extra}]'" in err


def test_the_core_does_not_import_the_extras():
    code = ("import sys, casus, casus.cli, casus.session, casus.analysis.dyad_years; "
            "s = casus.load(); s.attack(by='USA', on='PRK', date='2025-01-01').to_dict(); "
            "print(sorted(m for m in ('fastapi', 'uvicorn', 'matplotlib', 'networkx', 'dateparser', 'dask', 'orjson')"
            " if m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_quiet_and_no_progress_bar_off_a_terminal(tmp_path):
    out = tmp_path / "d.parquet"
    loud = subprocess.run([sys.executable, "-m", "casus.cli", "dyads", "--from", "2000", "--to", "2000", "--no-casus",
                           "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert loud.returncode == 0 and "wrote" in loud.stderr
    quiet = subprocess.run([sys.executable, "-m", "casus.cli", "-q", "dyads", "--from", "2000", "--to", "2000",
                            "--no-casus", "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert quiet.returncode == 0 and quiet.stderr == ""
    bt = subprocess.run([sys.executable, "-m", "casus.cli", "backtest"], capture_output=True, text=True, timeout=300)
    assert bt.returncode == 0 and "\r" not in bt.stderr and "wars" not in bt.stderr


def test_the_atop_release_is_read_from_one_place_and_the_words_agree_with_it():
    """The version and last day of the bundled ATOP release come from data/sources.yaml; the sentences that
    name them (reasons, page words) must say the same, so moving to a new release fails here until they do."""
    from casus.importers.atop import ATOP_LAST_DAY, ATOP_VERSION
    from casus.model.reasons import CATALOGUE
    from casus.web.page_words import words

    said = [v for key in ("atop_checked_none", "atop_after_2018") if key in CATALOGUE
            for v in CATALOGUE[key].values() if isinstance(v, str)]
    said += [CATALOGUE[k]["en"] for k in CATALOGUE if "ATOP" in str(CATALOGUE[k].get("en", ""))]
    assert said
    for text in said:
        assert f"ATOP {ATOP_VERSION}" in text
        if "20" in text:
            assert ATOP_LAST_DAY.isoformat() in text or str(ATOP_LAST_DAY.year) in text
    assert f"ATOP {ATOP_VERSION}" in words("en")["footer"]
