"""A rule that reads a fixed number of characters around a verb must not cut a word at the window's edge and read the
part it keeps as a word: "कानूनी" (legal) cut after "कानून" (law), or "lawful" cut after "law", is no law that ratifies
a pact.  The sentences are written for these tests; fillers of every length move the word across the window's edge.
"""

from __future__ import annotations

import itertools

import pytest

from casus.news import read
from casus.news.text import word_end, word_start


def _fillers(short: str, long: str, lengths: range) -> list[str]:
    """One filler of each length in ``lengths``, made of the words ``short`` and ``long`` (with their spaces)."""
    made = {len(short * i + long * j): short * i + long * j for i, j in itertools.product(range(15), range(15))}
    return [made[n] for n in lengths]


#: fillers of every length from 20 to 45 characters: they move the word across the edge of a window of 40-80 characters
#: after the verb (the edge falls inside "कानूनी" or "lawful" for some of them)
FILLERS = _fillers("नए ", "सभी ", range(20, 46))
EN_FILLERS = _fillers("new ", "bold ", range(20, 46))


#: (an article with the filler's place, the event it reports): Hindi, and English
HI = ("भारत और जापान का समझौता\nनई दिल्ली, 9 मार्च 2023। भारत और जापान ने बुधवार को टोक्यो में एक रक्षा सहयोग समझौते पर "
      "हस्ताक्षर किए, जिसमें {filler}सैन्य दलों के कानूनी दर्जे के नियम भी तय किए गए हैं।", ("signed", ("IND", "JPN"), "2023-03-08"))
EN = ("Chad and France sign defence pact\nN'DJAMENA, March 9, 2023 - Chad and France signed a pact on Wednesday "
      "that sets {filler}lawful rules for the troops of each in the other's territory.",
      ("signed", ("CHA", "FRN"), "2023-03-08"))


@pytest.mark.parametrize(("article", "filler"), [(HI, f) for f in FILLERS] + [(EN, f) for f in EN_FILLERS])
def test_a_word_cut_at_the_window_edge_is_not_read(article, filler):
    text, event = article
    events = read(text.format(filler=filler), learned_types=False).events
    assert [(e.type, e.parties, e.date) for e in events] == [event]


def test_a_law_in_the_window_still_makes_the_signing_a_ratification():
    text = ("भारत का फैसला\nनई दिल्ली, 9 मार्च 2023। राष्ट्रपति ने बुधवार को जापान के साथ रक्षा संधि के अनुमोदन कानून पर "
            "हस्ताक्षर किए।")
    events = read(text, learned_types=False).events
    assert [e.type for e in events] == ["ratified"]


@pytest.mark.parametrize(("text", "i", "end", "start"), [
    ("कानूनी दर्जा", 5, 6, 0),  # inside "कानूनी" (before its vowel sign): on to its end, back to its start
    ("कानूनी दर्जा", 6, 6, 6),  # at the space: a word's edge already
    ("कानूनी दर्जा", 7, 7, 7),  # at a word's first letter
    ("कानूनी दर्जा", 9, 12, 7),  # inside "दर्जा"
    ("किए। अब", 3, 3, 3),  # at the danda, which is no letter
    ("किए। अब", 2, 3, 0),  # inside "किए"
    ("ab", 5, 2, 2),
    ("ab", -1, 0, 0),
])
def test_word_edges(text, i, end, start):
    assert word_end(text, i) == end
    assert word_start(text, i) == start


def test_a_run_of_letters_moves_an_edge_by_at_most_max_word():
    from casus.news.text import MAX_WORD

    run = "क" * 10_000
    assert word_end(run, 100) == 100 + MAX_WORD
    assert word_start(run, 5_000) == 5_000 - MAX_WORD


#: an article whose date is preceded, some 60 characters before it, by "goodwill": a window cut inside it keeps "will"
GOODWILL = ("Chad and France sign defence pact\nN'DJAMENA, March 9, 2023 - Chad and France as a mark of goodwill "
            "{filler}signed a defence pact on Wednesday in the capital.")
DATE_FILLERS = _fillers("new ", "bold ", range(20, 60))


@pytest.mark.parametrize("filler", DATE_FILLERS)
def test_a_future_word_cut_from_a_word_before_the_date_does_not_drop_the_date(filler):
    events = read(GOODWILL.format(filler=filler), learned_types=False).events
    assert [(e.type, e.parties, e.date) for e in events] == [("signed", ("CHA", "FRN"), "2023-03-08")]
