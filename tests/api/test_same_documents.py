"""The CLI's ``--json`` and the REST API give the same document for each schema, and the web's
error messages name the web's parameters, never a CLI flag."""

from __future__ import annotations

import contextlib
import io
import json
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from casus.cli import main
from casus.web.app import create_app


@pytest.fixture(scope="module")
def client(corpus):
    return TestClient(create_app(corpus))


def cli_json(argv: list[str]) -> dict:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        main(argv)
    return json.loads(buf.getvalue())


CASES = [
    ("casus.attack/1", ["attack", "--by", "USA", "--on", "PRK", "--date", "2025-01-01"],
     "/api/attack?by=USA&on=PRK&date=2025-01-01"),
    ("casus.attack/1", ["attack", "--by", "RUS", "--on", "EST", "--date", "2024-01-01", "--lang", "hi",
                        "--policy", "escalation", "--requested"],
     "/api/attack?by=RUS&on=EST&date=2024-01-01&lang=hi&policy=escalation&requested=true"),
    ("casus.attack/1", ["attack", "--by", "JPN", "--on", "USA", "--date", "1990-01-01", "--where", "hawaii"],
     "/api/attack?by=JPN&on=USA&date=1990-01-01&where=hawaii"),
    ("casus.allies/1", ["allies", "PRK", "--date", "2025-01-01"], "/api/allies?state=PRK&date=2025-01-01"),
    ("casus.allies/1", ["allies", "PRK", "--date", "2025-01-01", "--lang", "hi"],
     "/api/allies?state=PRK&date=2025-01-01&lang=hi"),
    ("casus.treaty/1", ["treaty", "rus-prk-2024"], "/api/treaties/rus-prk-2024"),
    ("casus.treaty/1", ["treaty", "3180"], "/api/treaties/3180"),
    ("casus.areas/1", ["areas"], "/api/areas"),
    ("casus.states/1", ["states", "korea"], "/api/states?q=korea"),
    ("casus.states/1", ["states", "कोरिया", "--limit", "3"], "/api/states?q=" + quote("कोरिया") + "&limit=3"),
    ("casus.diff/1", ["diff", "--from", "2018-12-31", "--to", "2026-11-01", "--limit", "500"],
     "/api/diff?from=2018-12-31&to=2026-11-01"),
    ("casus.diff/1", ["diff", "--from", "2018-12-31", "--to", "2026-11-01", "--offset", "500", "--limit", "200"],
     "/api/diff?from=2018-12-31&to=2026-11-01&offset=500&limit=200"),
    ("casus.diff/1", ["diff", "--from", "2023-01-01", "--to", "2023-12-31", "--state", "FIN", "--limit", "500"],
     "/api/diff?from=2023-01-01&to=2023-12-31&state=FIN"),
    ("casus.attack/1", ["attack", "--by", "RUS", "--on", "FIN", "--date", "2024-01-01", "--detail", "full"],
     "/api/attack?by=RUS&on=FIN&date=2024-01-01&detail=full"),
    ("casus.pair/1", ["pair", "RUS", "PRK"], "/api/pair?a=RUS&b=PRK"),
    ("casus.pair/1", ["pair", "USA", "UKG", "--lang", "hi"], "/api/pair?a=USA&b=UKG&lang=hi"),
]


@pytest.mark.parametrize(("schema", "argv", "url"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_cli_and_web_give_the_same_document(client, schema, argv, url):
    r = client.get(url)
    assert r.status_code == 200, r.text
    web = r.json()
    assert web["schema"] == schema
    assert cli_json([*argv, "--json"]) == web


def test_every_schema_is_compared():
    schemas = {c[0] for c in CASES}
    assert schemas >= {"casus.attack/1", "casus.allies/1", "casus.treaty/1", "casus.areas/1", "casus.states/1",
                       "casus.diff/1", "casus.pair/1"}


BAD = [
    ("/api/attack?by=USA&on=PRK&where=atlantis", "where"),
    ("/api/attack?by=USA&on=PRK&where=hawaii", "where"),
    ("/api/attack?by=USA&on=PRK&date=2025-13-01", "date"),
    ("/api/attack?by=USA&on=PRK&date=1700-01-01", "date"),
    ("/api/attack?by=Narnia&on=PRK", "by"),
    ("/api/attack?by=USA&on=Narnia", "on"),
    ("/api/attack?by=USA&on=USA", "on"),
    ("/api/attack?by=RUS&on=EST&date=1960-01-01", "on"),
    ("/api/attack?by=USA&on=PRK&date=1900-01-01", "on"),
    ("/api/allies?state=Narnia", "state"),
    ("/api/diff?from=2020-01-01&to=2019-01-01", "to"),
    ("/api/diff?from=2020-01-01&to=2021-01-01&state=Narnia", "state"),
    ("/api/states?q=korea&date=2025-02-30", "date"),
]


@pytest.mark.parametrize(("url", "field"), BAD)
def test_web_errors_name_the_web_parameter(client, url, field):
    r = client.get(url)
    assert r.status_code == 422, r.text
    (detail,) = r.json()["detail"]
    assert detail["loc"] == ["query", field], detail
    assert "--" not in detail["msg"], detail["msg"]  # never a CLI flag


def test_cli_errors_name_the_cli_flag(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["attack", "--by", "USA", "--on", "PRK", "--where", "atlantis"])
    assert exc.value.code == 2
    assert "--where" in capsys.readouterr().err
