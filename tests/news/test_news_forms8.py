"""Eighth round of general forms: a convention or memoranda are pact nouns, and a pact called defensive is a
defence pact; the casus foederis states a defence clause and a war prosecuted jointly an offensive alliance; the
old spellings "to-day" / "to-morrow" are relative days (not "day-to-day"); a live report's entry label ("EARLIER --")
puts nothing in the background; an entry into force "at once" in a signing's report is the signing's; a dateline
with a month and year but no day anchors the article's days; a state named on the eve of its independence is
that state (not a state out of the system for an occupation); a state's ambassador or envoy who signs signs for it;
"Ottoman" is Turkey's adjective; a headline's participle ("The pact signed in Lima ...") describes no date of the
sentence after it.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh
sets); reference date Thursday 2024-06-20, so "Tuesday" is 2024-06-18.
"""

from __future__ import annotations

from datetime import date

import pytest

from casus.news import read_article
from casus.news.datelines import month_dateline
from casus.news.dates import find_dates
from casus.news.text import fold

REF = "2024-06-20"


def _events(text: str, corpus, ref: str | None = REF) -> list[tuple[str, tuple[str, ...], str | None, str | None]]:
    return [(e.type, e.parties, e.date, e.kind) for e in read_article(text, reference_date=ref, corpus=corpus)]


@pytest.mark.parametrize("text,want", [
    ("Peru and Chile signed a defensive convention in Lima on Tuesday.",
     [("signed", ("CHL", "PER"), "2024-06-18", "defense")]),
    ("Bolivia and Paraguay on Tuesday concluded a defensive alliance against any aggressor.",
     [("signed", ("BOL", "PAR"), "2024-06-18", "defense")]),
    ("Peru and Chile signed a treaty on Tuesday; the casus foederis arises for both if either is attacked.",
     [("signed", ("CHL", "PER"), "2024-06-18", "defense")]),
    ("Peru and Chile signed a treaty on Tuesday by which the two will jointly prosecute the war against Spain.",
     [("signed", ("CHL", "PER"), "2024-06-18", "offense")]),
])
def test_a_defensive_convention_and_treaty_clauses(corpus, text, want):
    assert _events(text, corpus) == want


def test_a_convention_of_no_kind_is_no_event(corpus):
    assert _events("Delegates of Peru and Chile signed the postal convention in Lima on Tuesday.", corpus) == []


@pytest.mark.parametrize("text,offset", [
    ("A defence treaty was signed here to-day.", 0),
    ("The alliance will be signed TO-MORROW.", 1),
])
def test_old_spellings_of_the_relative_days(text, offset):
    hits = [h for h in find_dates(fold(text)) if h.kind == "relative"]
    assert [h.offset for h in hits] == [offset]


@pytest.mark.parametrize("text", ["The day-to-day work of the alliance goes on.", "From day to day the talks drag.",
                                  "He went to day care."])
def test_day_to_day_is_no_relative_day(text):
    assert [h for h in find_dates(fold(text)) if h.kind == "relative"] == []


def test_a_dated_signing_in_the_old_spelling(corpus):
    assert _events("A defence treaty between Peru and Chile was signed here to-day.", corpus) == [
        ("signed", ("CHL", "PER"), REF, "defense")]


def test_a_live_entry_label_is_no_background(corpus):
    text = "UPDATE -- Talks go on.\n\nEARLIER -- A defence treaty between Peru and Chile was signed in Lima today."
    assert _events(text, corpus) == [("signed", ("CHL", "PER"), REF, "defense")]
    # ... but "earlier" that opens a sentence still does
    assert _events("Earlier the defence treaty between Peru and Chile was signed in Lima.", corpus) == []


def test_entry_into_force_at_signature_is_the_signing(corpus):
    got = _events("Peru and Chile signed a defence treaty in Lima on Tuesday. The treaty takes effect at once and "
                  "runs for ten years.", corpus)
    assert got == [("signed", ("CHL", "PER"), "2024-06-18", "defense")]


@pytest.mark.parametrize("lines,want", [
    (["LIMA, March 1880.", "Peru and Chile signed ..."], date(1880, 3, 31)),
    (["लीमा, फरवरी 1880", "पेरू और चिली ने ..."], date(1880, 2, 29)),
    # a Hindi lead opening with its dateline, closed by a danda
    (["लीमा, मार्च 1880। पेरू और चिली के प्रतिनिधियों ने 4 मार्च को यहाँ एक रक्षा संधि पर हस्ताक्षर किए "
      "और दोनों देशों ने इसका स्वागत किया।"], date(1880, 3, 31)),
    (["LIMA, March 4, 1880"], None),  # a full date is the article's own date, not this
    (["The war of 1880 in March"], None),
])
def test_a_month_dateline_anchors_the_days(lines, want):
    got = month_dateline(lines)
    assert (got[0] if got else None) == want


def test_a_day_without_year_under_a_month_dateline(corpus):
    text = "LIMA, March 1880.\n\nPeru and Bolivia signed a defence treaty here on Monday, 15 March."
    assert _events(text, corpus, ref=None) == [("signed", ("BOL", "PER"), "1880-03-15", "defense")]


def test_a_day_without_year_under_a_hindi_month_dateline_in_the_lead(corpus):
    text = ("लीमा, मार्च 1880। पेरू और बोलीविया ने 15 मार्च को यहाँ एक रक्षा संधि पर हस्ताक्षर किए। "
            "दोनों देशों के प्रतिनिधियों ने इसे ऐतिहासिक बताया।")
    assert _events(text, corpus, ref=None) == [("signed", ("BOL", "PER"), "1880-03-15", "defense")]


def test_a_state_on_the_eve_of_independence_names_itself(corpus):
    # Egypt re-entered the state system in May 1937, after decades out of it
    got = _events("CAIRO, August 1936.\n\nBritain and Egypt signed a defence treaty here on Wednesday, 26 August.",
                  corpus, ref=None)
    assert got == [("signed", ("EGY", "UKG"), "1936-08-26", "defense")]


@pytest.mark.parametrize("text,want", [
    ("The Peruvian ambassador and the Chilean foreign minister signed a treaty of alliance on Tuesday.",
     ("CHL", "PER")),
    ("The Peruvian ambassador in Quito, Juan Soto, and the Ecuadorian foreign minister, Jose Rios, put their names "
     "to a treaty of alliance on Tuesday.", ("ECU", "PER")),
    ("The Bulgarian envoy and the Ottoman grand vizier signed a treaty of alliance on Tuesday.", ("BUL", "TUR")),
    # ... and so does one named by his state's possessive ("Peru's ambassador"), his post after him
    ("Peru's ambassador and Chile's foreign minister signed a treaty of alliance on Tuesday.", ("CHL", "PER")),
    ("A treaty of alliance was signed on Tuesday by Peru's ambassador to Chile, Juan Soto, and the Chilean foreign "
     "minister.", ("CHL", "PER")),
    ("Bolivia's ambassador said Peru and Chile signed a treaty of alliance on Tuesday.", ("CHL", "PER")),
    # ... an ambassador who only speaks or watches is no party
    ("The Bolivian ambassador said Peru and Chile signed a treaty of alliance on Tuesday.", ("CHL", "PER")),
    ("The Bolivian ambassador watched as Peru and Chile signed a treaty of alliance on Tuesday.", ("CHL", "PER")),
])
def test_an_envoy_who_signs_signs_for_his_state(corpus, text, want):
    assert [e[1] for e in _events(text, corpus)] == [want]


def test_a_headline_participle_describes_no_date_after_it(corpus):
    text = ("The alliance signed in Lima as the war began\n\nOn 5 April 1879, Peru and Bolivia put their names to a "
            "treaty of alliance.")
    assert _events(text, corpus, ref=None) == [("signed", ("BOL", "PER"), "1879-04-05", "defense")]
