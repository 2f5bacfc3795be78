"""Any input gives events or none: never a crash, never a hang (hypothesis).

Work is bounded, not timed: a 50 MB input is read with at most
``MAX_CANDIDATES`` trigger sentences examined and no sentence longer than
``MAX_SENTENCE``; the suite asserts on those counts, never on wall time.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from news_gold import HERE, SEED

from casus.news import EVENT_KINDS, EVENT_TYPES, read
from casus.news import lexicon as L
from casus.news.extract import MAX_CANDIDATES
from casus.news.text import MAX_SENTENCE, fold, split_sentences

#: what ``casus read`` reads: the rules and the article-level model (tests/news/conftest.py)
ARTICLE_MODEL = True

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _valid(r) -> None:
    assert isinstance(r.events, list)
    for ev in r.events:
        d = ev.to_dict()
        assert d["type"] in EVENT_TYPES
        assert d["kind"] is None or d["kind"] in EVENT_KINDS
        assert d["parties"] and all(isinstance(p, str) for p in d["parties"])
        for e in d["evidence"]:
            assert r.text[e["start"]:e["end"]] == e["text"]


# words that reach deep paths: triggers, pact names and nouns, cues, states, dates, noise markers
_WORDS = (list(L.TRIGGERS)[:80] + list(L.PACT_NAMES) + L.PACT_NOUNS + list(L.KIND_CUES)[:60] + L.NONE_CUES
          + ["Russia", "North Korea", "रूस", "उत्तर कोरिया", "Japan", "the Philippines", "US", "U.S.", "भारत",
             "on Wednesday", "बुधवार को", "19 June 2024", "१९ जून २०२४", "June 19, 2024", "yesterday", "कल",
             "in 1961", "had", "थे", "not", "नहीं", "will", "which", "pic.twitter.com/x", "— A (@b) June 19, 2024",
             "<p>", "</p>", "<script>", "</script>", "&amp;", "\n", "\n\n", ". ", "। ", "?", ",", "—", "\u200d",
             "\u093c", "\ufeff", "\x00", "Published: April 4, 2023"])
lexical = st.lists(st.sampled_from(_WORDS), max_size=60).map(" ".join)


@FUZZ
@given(st.text(max_size=2000))
def test_any_text(text):
    _valid(read(text))


@FUZZ
@given(st.binary(max_size=4000))
def test_any_bytes(data):
    _valid(read(data))


@FUZZ
@given(lexical, st.none() | st.dates())
def test_lexicon_soup(text, ref):
    _valid(read(text, reference_date=ref))


@FUZZ
@given(st.lists(st.sampled_from(_WORDS) | st.text(max_size=20), max_size=40).map("".join))
def test_glued_soup_as_html(text):
    _valid(read("<html><body><p>" + text + "</p><script>" + text + "</script></body></html>"))


def test_edge_inputs():
    for data in ("", " ", "\n" * 1000, b"", b"\x00" * 10_000, bytes(range(256)) * 50, "\ud800" * 10,
                 "<script>" * 5000, "(" * 100_000, "—" * 100_000, "a" * 200_000, "।" * 50_000,
                 "\ufeff" + SEED.read_text(encoding="utf-8"), SEED.read_text(encoding="utf-8").encode("utf-16")):
        _valid(read(data))


def test_mixed_scripts_and_utf16(corpus):
    text = SEED.read_text(encoding="utf-8")
    r = read(text.encode("utf-16"), corpus=corpus)
    assert [e.parties for e in r.events] == [("PRK", "RUS")]
    mixed = ("Russia और उत्तर कोरिया ने बुधवार को mutual defence treaty पर हस्ताक्षर किए. "
             "The pact commits each side to defend the other if attacked.")
    r = read(mixed, reference_date="2024-06-20", corpus=corpus)
    assert [(e.type, e.parties, e.date) for e in r.events] == [("signed", ("PRK", "RUS"), "2024-06-19")]


def test_html_with_scripts_only_gives_nothing():
    page = "<html><head><script>" + "Russia and North Korea signed a mutual defence treaty. " * 2000 + \
           "</script></head><body><p>Weather: sunny.</p></body></html>"
    r = read(page)
    assert r.events == [] and r.stats["html"]


@pytest.mark.slow
def test_fifty_megabytes_is_bounded():
    rnd = random.Random(7)
    seed = SEED.read_text(encoding="utf-8")
    parts = [seed, (HERE / "articles" / "e01_en_finland_nato.txt").read_text(encoding="utf-8"),
             (HERE / "articles" / "n03_en_joint_drills.txt").read_text(encoding="utf-8")]
    chunks, size = [], 0
    while size < 50_000_000:
        c = rnd.choice(parts) if rnd.random() < 0.8 else "".join(rnd.choice("अबक xyz.।\n") for _ in range(2000))
        chunks.append(c)
        size += len(c.encode("utf-8"))
    data = "\n\n".join(chunks).encode("utf-8")
    assert len(data) >= 50_000_000
    r = read(data)
    _valid(r)
    assert r.stats["candidate_sentences"] <= MAX_CANDIDATES
    assert r.stats["truncated"]  # it said where it stopped looking
    assert r.events  # and still found what the start of it reports


def test_sentences_are_capped():
    f = fold(("word " * 10_000) + "." + ("शब्द" * 5000))
    spans = split_sentences(f)
    assert max(e - s for s, e in spans) <= MAX_SENTENCE
