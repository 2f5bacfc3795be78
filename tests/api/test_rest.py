"""The REST API: same JSON as the CLI, named errors, read-only, bounded, security headers."""

from __future__ import annotations

import json
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient

from casus.web.app import MAX_QUERY_LENGTH, SECURITY_HEADERS, create_app
from test_cli import run


@pytest.fixture(scope="module")
def client(corpus):
    return TestClient(create_app(corpus))


def test_attack_is_the_cli_json(client, capsys):
    r = client.get("/api/attack", params={"by": "USA", "on": "PRK", "date": "2025-01-01"})
    assert r.status_code == 200
    _, out, _ = run(capsys, "attack", "--by", "USA", "--on", "PRK", "--date", "2025-01-01", "--json")
    assert r.json() == json.loads(out)
    hi = client.get("/api/attack", params={"by": "अमेरिका", "on": "उत्तर कोरिया", "date": "2025-01-01", "lang": "hi"})
    f = next(f for f in hi.json()["findings"] if f["state"] == "RUS" and f["duty"] == "defend")
    assert f["name"] == "रूस" and f["status"] == "binding"


@pytest.mark.parametrize("params, field, text", [
    ({"by": "Narnia", "on": "PRK"}, "by", "unknown state or group 'Narnia'"),
    ({"by": "USA", "on": "Nort Korea"}, "on", "did you mean North Korea"),
    ({"by": "USA", "on": "PRK", "date": "1700-01-01"}, "date", "before 1816-01-01"),
    ({"by": "USA", "on": "PRK", "date": "2025-02-30"}, "date", "not a valid day"),
    ({"by": "USA", "on": "USA"}, "on", "both attacker and target"),
    ({"by": "USA", "on": "PRK", "where": "atlantis"}, "where", "unknown place"),
    ({"by": "USA", "on": "PRK", "lang": "fr"}, "lang", ""),
    ({"on": "PRK"}, "by", "Field required"),
])
def test_invalid_input_is_a_422_naming_the_field(client, params, field, text):
    r = client.get("/api/attack", params=params)
    assert r.status_code == 422
    d = r.json()["detail"][0]
    assert d["loc"][-1] == field and text in d["msg"]
    assert "Traceback" not in r.text


def test_duty_filter(client):
    r = client.get("/api/attack", params={"by": "RUS", "on": "FIN", "date": "2025-01-01", "duties": "defend,join"})
    d = r.json()
    assert r.status_code == 200 and d["findings"] and {f["duty"] for f in d["findings"]} <= {"defend", "join"}
    bad = client.get("/api/attack", params={"by": "RUS", "on": "FIN", "duties": "fight"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"][-1] == "duties"


def test_other_endpoints(client):
    assert client.get("/api/allies", params={"state": "PRK", "date": "2025-01-01"}).json()["schema"] == "casus.allies/1"
    t = client.get("/api/treaties/3180").json()
    assert t["id"] == "north-atlantic-1949"
    assert client.get("/api/treaties/no-such").status_code == 404
    s = client.get("/api/states", params={"q": "उत्तर कोरिया"}).json()["states"][0]
    assert s["ccode"] == 731 and s["iso_num"] == "408"
    p = client.get("/api/states/PRK").json()
    assert any(x["treaty"] == "rus-prk-2024" for x in p["pacts"])
    d = client.get("/api/diff", params={"from": "2018-12-31", "to": "2026-11-01"}).json()
    assert any(e["treaty"]["id"] == "rus-prk-2024" for e in d["treaties_entered_into_force"])
    assert client.get("/api/diff", params={"from": "2026-01-01", "to": "2020-01-01"}).status_code == 422
    assert client.get("/api/areas").json()["schema"] == "casus.areas/1"
    b = client.get("/api/backtest").json()
    assert {"overall", "by_kind", "joiners"} <= set(b["summary"])
    assert client.get("/api/i18n/hi").json()["ask"] == "किसे लड़ना होगा?"


def test_pages_have_json_twins_and_security_headers(client):
    for path, twin in [("/?by=USA&on=PRK", "/api/attack?by=USA&on=PRK"), ("/treaty/rus-prk-2024",
                       "/api/treaties/rus-prk-2024"), ("/state/PRK", "/api/states/PRK")]:
        r = client.get(path)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        assert f"<{twin}>" in r.headers["link"]
    r = client.get("/api/attack", params={"by": "USA", "on": "PRK"})
    for k, v in SECURITY_HEADERS.items():
        assert r.headers[k] == v
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert "'unsafe-inline'" not in r.headers["content-security-policy"]
    assert client.get("/openapi.json").status_code == 200 and client.get("/docs").status_code == 200


def test_read_only_and_bounded(client):
    assert client.post("/api/attack").status_code == 405
    assert client.delete("/api/treaties/3180").status_code == 405
    assert client.get("/api/attack?by=" + "A" * (MAX_QUERY_LENGTH + 1)).status_code == 414
    many = "&".join(f"x{i}=1" for i in range(40))
    assert client.get(f"/api/attack?by=USA&on=PRK&{many}").status_code == 422
    r = client.request("GET", "/api/areas", content=b"x" * 10)
    assert r.status_code == 413


ARTICLE = ("Helsinki, 4 April 2023. Finland formally joined NATO on Tuesday, becoming the alliance's 31st member. "
           "Under Article 5 an armed attack against one member is considered an attack against all.")


def test_an_article_posted_comes_back_read_and_answered(client):
    r = client.post("/api/read", content=ARTICLE.encode(), headers={"content-type": "text/plain"})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["schema"] == "casus.read/1" and doc["lang"] == "en"
    ev = doc["events"][0]
    assert ev["type"] == "joined" and ev["parties"] == ["FIN"] and ev["match"]["treaty"] == "north-atlantic-1949"
    assert ev["answer"]["kind"] == "pact" and ev["answer"]["membership"] == {"FIN": "member"}
    assert any(d["kind"] == "defense" and d["article"] == "5" for d in ev["answer"]["duties"])
    for k, v in SECURITY_HEADERS.items():
        assert r.headers[k] == v


def test_a_posted_article_is_bounded_and_named_when_wrong(client):
    from casus.web.app import MAX_ARTICLE_BYTES

    r = client.post("/api/read", content=b"x" * (MAX_ARTICLE_BYTES + 1))
    assert r.status_code == 413 and "at most" in r.json()["detail"][0]["msg"]
    r = client.post("/api/read", content=b"   ")
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body"]
    r = client.post("/api/read?date=2023-13-01", content=ARTICLE.encode())
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "date"]
    assert client.post("/api/areas", content=b"x").status_code == 405  # the only route with a body
