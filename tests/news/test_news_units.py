"""Pieces of the news reader: cleaning, folding, dates, matching, drafts, the command."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from news_gold import HERE

from casus.importers.treaty_files import read_treaty_file
from casus.news import read, read_article
from casus.news.clean import clean, looks_like_html
from casus.news.cli_read import read_command
from casus.news.dates import find_dates, resolve
from casus.news.header_dates import header_date
from casus.news.match import draft_treaty_file
from casus.news.text import fold, split_sentences


def test_fold_keeps_offsets():
    text = "उत्तर  कोरिया\u200d  और  फ़्रांस —\n\n  Türkiye’s pact"
    f = fold(text)
    for word in ("उत्तर", "फ्रांस", "turkiye's"):
        i = f.low.index(word)
        s, e = f.span(i, i + len(word))
        assert fold(text[s:e]).low == word


def test_sentences_respect_abbreviations_and_caps():
    f = fold("The U.S. and Japan signed. Mr. Kim left. रूस ने कहा। ठीक है")
    parts = [f.base[s:e] for s, e in split_sentences(f)]
    assert parts == ["The U.S. and Japan signed.", "Mr. Kim left.", "रूस ने कहा।", "ठीक है"]
    f = fold("x" * 5000)
    spans = split_sentences(f)
    assert all(e - s <= 600 for s, e in spans) and sum(e - s for s, e in spans) == 5000


@pytest.mark.parametrize("text,kind,iso", [
    ("19 जून 2024 को", "day", "2024-06-19"),
    ("१९ जून २०२४ को", "day", "2024-06-19"),
    ("on June 19, 2024,", "day", "2024-06-19"),
    ("in May 2024", "month", "2024-05"),
])
def test_absolute_dates(text, kind, iso):
    (h,) = find_dates(fold(text))
    assert h.kind == kind
    assert resolve(h, None, None)[0] == iso


def test_weekdays_and_relative_days():
    anchor = date(2024, 6, 20)  # a Thursday
    (wd,) = find_dates(fold("बुधवार को"))
    assert resolve(wd, anchor, "x", "past")[0] == "2024-06-19"
    assert resolve(wd, anchor, "x", "future")[0] == "2024-06-26"
    (y,) = find_dates(fold("yesterday"))
    assert resolve(y, anchor, "x", "past")[0] == "2024-06-19"
    (kal,) = find_dates(fold("कल"))
    assert resolve(kal, anchor, "x", "past")[0] == "2024-06-19"
    assert resolve(kal, anchor, "x", "future")[0] == "2024-06-21"
    assert resolve(wd, None, None)[0] is None  # nothing to resolve against: null, and it says why


def test_header_date_and_dateline():
    assert header_date(["Published: April 4, 2023, 21:40 IST"], None)[0] == date(2023, 4, 4)
    assert header_date(["अपडेटेड: 8 मार्च 2024, 09:15 AM IST"], None)[0] == date(2024, 3, 8)
    assert header_date(["MANILA, July 8 — Japan and the Philippines signed"], 2024)[0] == date(2024, 7, 8)
    assert header_date(["MANILA, July 8 — Japan and the Philippines signed"], None) is None
    assert header_date(["Russia signed on June 19, 2024 a treaty"], None) is None  # a date in a sentence
    # a short line of its own that names the weekday first, with or without a comma
    assert header_date(["Monday 5 December 2022"], None)[0] == date(2022, 12, 5)
    assert header_date(["Monday, 5 December 2022"], None)[0] == date(2022, 12, 5)
    # (a long line that begins so is a sentence, no date line)
    assert header_date(["Monday 5 December 2022 was the day the pact took effect after years of waiting for a vote in "
                        "parliament"], None) is None


def test_noise_is_blanked_in_place():
    text = ("Russia and Iran signed a treaty.\nBy Staff Reporter\nPublished: Jan 17, 2025\n"
            "Share: Facebook | X | WhatsApp\nBig news today pic.twitter.com/abc\n"
            "— Some One (@someone) January 17, 2025\nSee https://example.org/x (Photo: Reuters)\n")
    c = clean(text)
    assert len(c.blanked) == len(text)
    assert c.tweet_dates == [date(2025, 1, 17)]
    for gone in ("Staff Reporter", "Published", "WhatsApp", "pic.twitter", "@someone", "example.org", "Reuters"):
        assert gone not in c.blanked
    assert c.blanked.startswith("Russia and Iran signed a treaty.")


def test_html_scripts_and_widgets_are_ignored(corpus):
    html = (HERE / "heldout" / "h01_en_uk_poland.txt").read_text(encoding="utf-8")
    page = ("<!DOCTYPE html><html><head><script>var t='Russia and China signed a mutual defence pact';</script>"
            "<style>p{}</style></head><body><div class='share'>Share on Facebook</div>"
            "<blockquote class='twitter-tweet'><p>France and Italy signed a defence treaty</p>"
            "<a href='#'>May 26, 2026</a></blockquote>"
            + "".join(f"<p>{ln}</p>" for ln in html.splitlines() if ln.strip()) + "</body></html>")
    assert looks_like_html(page)
    r = read(page, reference_date=date(2026, 5, 28), corpus=corpus)
    assert [(e.type, e.parties) for e in r.events] == [("signed", ("POL", "UKG"))]
    assert r.stats["html"] and "China" not in r.text and "Italy" not in r.text


def test_mojibake_is_repaired(corpus):
    text = (HERE / "seed" / "000_5d189613c297ab9a.txt").read_text(encoding="utf-8")
    import ftfy.bad_codecs  # noqa: F401 - registers "sloppy-windows-1252", how browsers misread UTF-8

    broken = text.encode("utf-8").decode("sloppy-windows-1252")
    r = read(broken, corpus=corpus)
    assert r.stats["repaired"]
    assert [(e.type, e.parties) for e in r.events] == [("signed", ("PRK", "RUS"))]


def test_negation_future_and_background(corpus):
    cases = {
        "Russia and North Korea did not sign a mutual defence treaty on Wednesday.": [],
        "Russia and North Korea are expected to sign a mutual defence treaty.": [],
        # a bare future signing is a near miss; a pact to be concluded, or agreed and to be signed, is announced
        "Russia and North Korea will sign a mutual defence treaty on Friday.": [],
        "Russia and North Korea will conclude a mutual defence treaty on Friday.": ["announced"],
        "Russia and North Korea have agreed the text of a mutual defence treaty and will sign it on Friday.":
            ["announced"],
        "Russia and North Korea signed a mutual defence treaty on Wednesday.": ["signed"],
        "Russia and North Korea had signed a mutual defence treaty in 2024.": [],
        "रूस और उत्तर कोरिया ने पिछले साल पारस्परिक रक्षा संधि पर हस्ताक्षर किए थे.": [],
        "रूस और उत्तर कोरिया ने बुधवार को पारस्परिक रक्षा संधि पर हस्ताक्षर किए.": ["signed"],
        "Will Russia and North Korea sign a mutual defence treaty?": [],
    }
    for text, want in cases.items():
        got = [e.type for e in read_article(text, reference_date="2024-06-20", corpus=corpus)]
        assert got == want, text


def test_kinds_from_the_text(corpus):
    base = "Russia and Iran signed a treaty on Friday. "
    cases = {
        "It commits each side to defend the other if attacked.": "defense",
        # (a treaty the article calls one of security: "no mutual defence clause" gives its kind; one that nothing
        # names a pact of security is no pact event: test_news_round29)
        "It is a security treaty that does not include a mutual defence clause.": "none",
        "It does not include a mutual defence clause; neither will help an aggressor that attacks the other. "
        "Each pledges no assistance to an aggressor.": "neutrality",
        "It is a non-aggression pact.": "nonaggression",
        "The two sides will consult each other in case of a threat.": "consultation",
    }
    for more, kind in cases.items():
        evs = read_article(base + more, reference_date="2025-01-18", corpus=corpus)
        assert [e.kind for e in evs] == [kind], more


def test_draft_validates_and_is_honest(corpus):
    text = "Fiji and Tonga signed a mutual defence treaty on Monday in Suva."
    (ev,) = read_article(text, reference_date="2025-03-05", corpus=corpus, source="fiji-tonga.txt")
    assert ev.match["status"] == "draft"
    name, yaml_text = draft_treaty_file(ev, corpus, "fiji-tonga.txt")
    tf, treaty = read_treaty_file(name, corpus.states.resolve, text=yaml_text)
    assert treaty.in_force.day is None and not treaty.in_force.confirmed
    assert [s.id for s in treaty.sources] == ["article"] and "fiji-tonga.txt" in treaty.sources[0].title
    assert str(treaty.signed.day) == "2025-03-03"
    assert treaty.kinds() == ("defense",)
    assert "CHECK" in yaml_text and treaty.name.startswith("CHECK")


def test_draft_loads_into_a_corpus_as_a_what_if(corpus):
    (ev,) = read_article("Fiji and Tonga signed a mutual defence treaty on 3 March 2025.", corpus=corpus)
    name, yaml_text = draft_treaty_file(ev, corpus, "x.txt")
    from casus.corpus import build_corpus
    from casus.importers.treaty_files import bundled_treaty_files

    c2 = build_corpus(bundled_treaty_files() + [(name, yaml_text)])
    assert ev.match["status"] == "draft" and name[:-5] in c2.treaties


def test_matching_by_date_and_kind(corpus):
    evs = read_article("Germany and the Soviet Union signed a non-aggression pact on 23 August 1939.", corpus=corpus)
    assert [(e.parties, e.match["treaty"]) for e in evs] == [(("GMY", "RUS"), "atop-2470")]
    evs = read_article("Russia and North Korea signed a treaty of friendship on 9 February 2000, which obliges the "
                       "two to consult each other immediately in case of a threat of aggression.", corpus=corpus)
    assert [e.match["treaty"] for e in evs] == ["atop-4940"]


def test_cli_errors_are_one_line_exit_2(tmp_path):
    r = CliRunner().invoke(read_command, [str(tmp_path / "missing.txt")])
    assert r.exit_code == 2 and r.output.count("\n") == 1 and "no such file" in r.output
    r = CliRunner().invoke(read_command, [str(tmp_path)])
    assert r.exit_code == 2 and "folder" in r.output
    r = CliRunner().invoke(read_command, ["-", "--date", "20/06/2024"], input=b"x")
    assert r.exit_code == 2 and "YYYY-MM-DD" in r.output
    p = tmp_path / "locked.txt"
    p.write_text("x")
    p.chmod(0)
    import os

    if os.geteuid() != 0:  # root reads anything
        r = CliRunner().invoke(read_command, [str(p)])
        assert r.exit_code == 2 and "cannot be read" in r.output


def test_cli_many_files_json():
    files = sorted(str(p) for p in (HERE / "articles").glob("e0[1-3]*"))
    r = CliRunner().invoke(read_command, files + ["--json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    assert [d["file"] for d in doc] == files
    assert [len(d["events"]) for d in doc] == [1, 1, 1]
    assert {"lang", "reference_date", "events", "stats"} <= set(doc[0])
