"""The seed article: one `signed` event, PRK and RUS, 2024-06-19, defense, rus-prk-2024."""

from __future__ import annotations

import json

from click.testing import CliRunner
from news_gold import SEED

from casus.news import read, read_article
from casus.news.cli_read import read_command

#: what ``casus read`` reads: the rules and the article-level model (tests/news/conftest.py)
ARTICLE_MODEL = True


def _check(ev: dict, text: str) -> None:
    assert ev["type"] == "signed"
    assert ev["parties"] == ["PRK", "RUS"]
    assert ev["date"] == "2024-06-19"
    assert "बुधवार" in ev["date_basis"] and "tweet" in ev["date_basis"]
    assert ev["kind"] == "defense"
    assert ev["match"]["status"] == "corpus" and ev["match"]["treaty"] == "rus-prk-2024"
    roles = {e["role"] for e in ev["evidence"]}
    assert {"event", "kind"} <= roles
    for e in ev["evidence"]:
        assert text[e["start"]:e["end"]] == e["text"]  # exact spans of the article
    joined = " ".join(e["text"] for e in ev["evidence"])
    assert "हस्ताक्षर किए" in joined and "पारस्परिक रक्षा प्रतिज्ञा" in joined


def test_seed_from_python(corpus):
    text = SEED.read_text(encoding="utf-8")
    events = read_article(text, corpus=corpus)
    assert len(events) == 1
    _check(events[0].to_dict(), text)


def test_seed_tweet_is_noise_but_its_date_a_hint(corpus):
    text = SEED.read_text(encoding="utf-8")
    r = read(text, corpus=corpus)
    assert r.lang == "hi"
    assert r.reference[0].isoformat() == "2024-06-19" and "tweet" in r.reference[1]
    assert r.stats["removed"].get("tweets") == 1
    for e in r.events[0].evidence:
        assert "pic.twitter.com" not in e.text and "@BRICSinfo" not in e.text


def test_seed_cli_json():
    res = CliRunner().invoke(read_command, [str(SEED), "--json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert len(doc) == 1 and len(doc[0]["events"]) == 1
    _check(doc[0]["events"][0], SEED.read_text(encoding="utf-8"))


def test_seed_cli_stdin_and_text():
    res = CliRunner().invoke(read_command, [], input=SEED.read_bytes())
    assert res.exit_code == 0, res.output
    assert "signed — North Korea (PRK), Russia (RUS) — 2024-06-19 — kind: defense" in res.output
    assert "rus-prk-2024" in res.output


def test_reference_date_does_not_override_the_tweet_weekday(corpus):
    # --date a day later: बुधवार is still the Wednesday before it
    ev = read_article(SEED.read_text(encoding="utf-8"), reference_date="2024-06-20", corpus=corpus)[0]
    assert ev.date == "2024-06-19" and "--date" in ev.date_basis
