"""JSON Schemas generated from the document models (casus.present.schemas) match docs/schemas/, and real
outputs of the CLI and the web API validate against them (issue 16)."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from casus.cli import main
from casus.present.schemas import SCHEMAS, json_schema, validate

DOCS = Path(__file__).resolve().parents[1] / "docs" / "schemas"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_the_published_schema_is_the_generated_one(name):
    path = DOCS / f"{name.replace('/', '-').replace('.', '-')}.json"
    assert path.exists(), f"run: casus schema {name} > {path}"
    assert json.loads(path.read_text(encoding="utf-8")) == json_schema(name)


def _cli(argv):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.suppress(SystemExit):
        main([*argv, "--json"])
    return json.loads(buf.getvalue())


@pytest.mark.parametrize("argv", [
    ["attack", "--by", "USA", "--on", "PRK", "--date", "2025-01-01"],
    ["attack", "--by", "USA", "--on", "PRK", "--date", "2025-01-01", "--lang", "hi", "--detail", "full"],
    ["attack", "--by", "ARG", "--on", "UKG", "--date", "1982-04-02", "--where", "falklands"],
    ["attack", "--by", "GMY", "--on", "POL", "--date", "1939-09-01", "--policy", "escalation"],
    ["attack", "--by", "RUS", "--on", "SWD", "--without-member", "SWD:north-atlantic-1949"],
    ["pair", "USA", "UKG"],
    ["treaties", "--state", "PRK"],
    ["allies", "PRK", "--date", "2025-01-01"],
    ["diff", "--from", "2018-12-31", "--to", "2026-11-01", "--limit", "50"],
    ["treaty", "rus-prk-2024"],
    ["treaty", "3180"],
    ["states", "korea"],
    ["areas"],
    ["backtest"],
    ["attack", "--by", "al-Qaeda", "--on", "USA", "--date", "2001-09-11", "--detail", "full"],
    ["attack", "--by", "unknown", "--on", "POL", "--date", "2025-09-10", "--launched-from", "BLR", "--lang", "hi"],
    ["invocations"],
    ["invocations", "--lang", "hi"],
    ["actors"],
])
def test_real_outputs_validate(argv):
    validate(_cli(argv))


def test_a_document_with_an_unnamed_field_fails():
    doc = _cli(["pair", "RUS", "PRK"])
    doc["surprise"] = 1
    with pytest.raises(ValueError, match="surprise"):
        validate(doc)
