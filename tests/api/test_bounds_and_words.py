"""The web API bounded and in its own words (issue 15): answers sized for people (``detail``), work bounded per
request (attacker-target pairs, diff pages), caches bounded in bytes, HEAD answered, repeated parameters used or
refused, the pair over time."""

from __future__ import annotations

import orjson
import pytest

from casus.web.app import MAX_PAIRS, ByteLRU

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def client():
    from fastapi.testclient import TestClient

    from casus.web.app import create_app

    return TestClient(create_app())


def test_the_default_answer_lists_what_decides_sides_and_counts_the_rest(client):
    full = client.get("/api/attack", params={"by": "RUS", "on": "FIN", "date": "2024-01-01", "detail": "full"})
    summ = client.get("/api/attack", params={"by": "RUS", "on": "FIN", "date": "2024-01-01"})
    assert full.status_code == summ.status_code == 200
    f, s = full.json(), summ.json()
    assert (f["detail"], s["detail"]) == ("full", "summary")
    assert len(summ.content) < 200_000 < len(full.content)  # the README's example stays readable
    listed = {(x["state"], x["duty"], x["beneficiary"], x["treaty"]["id"]) for x in s["findings"]}
    counted = sum(g["findings"] for g in s["summarised"])
    assert len(listed) + counted == len(f["findings"])
    assert {x["duty"] for x in s["findings"]} <= {"defend", "join", "neutral", "nonaggression"}
    # every NATO ally bound to defend Finland is named in the summary, with the article
    nato = [st for g in s["summary"] if g["duty"] == "defend" and g["beneficiary"] == "FIN"
            for st in g["states"] if st["treaty"]["id"] == "north-atlantic-1949"]
    assert len(nato) >= 30 and all(st["treaty"]["article"] == "5" for st in nato)


def test_the_summary_names_who_must_fight_for_the_seed_question(client):
    doc = client.get("/api/attack", params={"by": "USA", "on": "PRK", "date": "2025-01-01"}).json()
    [group] = [g for g in doc["summary"] if g["duty"] == "defend"]
    assert group["beneficiary"] == "PRK" and group["side"] == "defenders"
    by_state = {st["state"]: st for st in group["states"]}
    assert set(by_state) == {"CHN", "CUB", "RUS"}
    assert by_state["RUS"]["treaty"] == {"id": "rus-prk-2024", "short_name": "DPRK–Russia Treaty (2024)",
                                         "article": "4"}
    assert by_state["RUS"]["grade"] == "automatic" and by_state["RUS"]["status"] == "binding"


def test_too_many_pairs_is_refused_naming_the_limit(client):
    by = ",".join(["USA", "UKG", "FRN", "GMY", "ITA", "CAN", "JPN"])
    on = ",".join(["RUS", "CHN", "PRK", "IRN", "CUB", "SYR"])
    r = client.get("/api/attack", params={"by": by, "on": on, "date": "2025-01-01"})
    assert r.status_code == 422
    [err] = r.json()["detail"]
    assert err["loc"] == ["query", "by"] and str(MAX_PAIRS) in err["msg"] and "42 pairs" in err["msg"]


def test_repeated_attackers_are_used_and_other_repeats_refused(client):
    r = client.get("/api/attack?by=USA&by=UKG&on=PRK&date=2025-01-01")
    assert r.status_code == 200
    assert [a["state"] for a in r.json()["scenario"]["attackers"]] == ["USA", "UKG"]
    r = client.get("/api/attack?by=USA&on=PRK&date=2025-01-01&date=2024-01-01")
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "date"]


def test_head_is_answered_like_get_without_a_body(client):
    get = client.get("/api/attack", params={"by": "USA", "on": "PRK", "date": "2025-01-01"})
    head = client.head("/api/attack", params={"by": "USA", "on": "PRK", "date": "2025-01-01"})
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert client.head("/").status_code == 200


@pytest.mark.parametrize("query,field", [("by=USA&on=PRK&date=0000-00-00", "date"),
                                         ("by=USA&on=PRK&date=2025-02-30", "date"),
                                         ("by=USA&on=PRK&where=atlantis", "where"),
                                         ("by=USA&on=PRK&lang=fr", "lang"),
                                         ("by=USA&on=PRK&detail=all", "detail")])
def test_errors_name_the_web_parameter_not_a_cli_flag(client, query, field):
    r = client.get("/api/attack?" + query)
    assert r.status_code == 422
    [err] = r.json()["detail"]
    assert err["loc"][-1] == field
    assert "--" not in err["msg"]


def test_lang_and_detail_errors_say_what_is_allowed(client):
    r = client.get("/api/attack?by=USA&on=PRK&lang=fr")
    assert r.json()["detail"][0]["msg"] == "lang is one of en, hi"


def test_a_long_diff_comes_in_pages(client):
    first = client.get("/api/diff", params={"from": "1816-01-01", "to": "2026-11-01"})
    assert first.status_code == 200
    doc = first.json()
    total = doc["duties"]["gained"] + doc["duties"]["lost"]
    assert total > 10_000
    assert len(doc["duties_gained"]) + len(doc["duties_lost"]) == 500 and doc["duties"]["next_offset"] == 500
    last = client.get("/api/diff", params={"from": "1816-01-01", "to": "2026-11-01", "offset": total - 10,
                                           "limit": 100}).json()
    assert len(last["duties_gained"]) + len(last["duties_lost"]) == 10 and last["duties"]["next_offset"] is None


def test_the_answer_cache_is_bounded_in_bytes():
    cache = ByteLRU(max_bytes=1000, max_item=400)
    for i in range(20):
        cache.put(i, b"x" * 300)
    assert cache.bytes <= 1000 and len(cache.items) == 3
    cache.put("big", b"x" * 500)
    assert cache.get("big") is None
    assert cache.get(19) == b"x" * 300


def test_a_pair_over_time(client):
    doc = client.get("/api/pair", params={"a": "RUS", "b": "PRK"}).json()
    assert doc["schema"] == "casus.pair/1" and doc["a"]["state"] == "RUS" and doc["b"]["state"] == "PRK"
    spans = {(s["obligor"], s["duty"], s["treaty"]["id"], s["start"], s["end"]) for s in doc["spans"]}
    assert ("RUS", "defend", "rus-prk-2024", "2024-12-04", None) in spans
    assert ("PRK", "defend", "rus-prk-2024", "2024-12-04", None) in spans
    soviet = [s for s in doc["spans"] if s["treaty"]["atopid"] == 3440 and s["duty"] == "defend"]
    assert soviet and soviet[0]["start"] == "1961-07-06"
    assert client.get("/api/pair", params={"a": "USA", "b": "USA"}).status_code == 422
    assert orjson.loads(client.get("/api/pair", params={"a": "USA", "b": "nowhere-land"}).content)["detail"][0][
        "loc"] == ["query", "b"]
