"""An event whose text names no alliance and states no kind is kept only when the corpus holds its pact on the
event's day (:func:`casus.news.event_kinds.corpus_confirms`): the reader knows the pacts of the corpus."""

from __future__ import annotations

from casus.news import read


def _events(text: str, corpus):
    return [(e.type, set(e.parties), e.date, e.kind, (e.match or {}).get("treaty"))
            for e in read(text.encode(), corpus=corpus, source="test").events]


def test_a_treaty_of_the_corpus_signed_on_its_day_is_kept(corpus):
    # ATOP 1370 (the Reinsurance Treaty): signed in Berlin on 18 June 1887; the text says nothing of its kind
    got = _events("BERLIN, June 18, 1887 - Germany and Russia signed a secret treaty here today.", corpus)
    assert got == [("signed", {"GMY", "RUS"}, "1887-06-18", "neutrality", "atop-1370")]


def test_the_same_words_on_another_day_report_nothing(corpus):
    assert _events("BERLIN, July 20, 1887 - Germany and Russia signed a secret treaty here today.", corpus) == []


def test_a_treaty_the_corpus_does_not_hold_reports_nothing(corpus):
    assert _events("LISBON, March 3, 1911 - Portugal and Brazil signed a treaty here today.", corpus) == []


def test_a_ratification_is_not_confirmed_by_the_corpus(corpus):
    # the corpus gives a window for a ratification, not its day: a kindless ratification stays out
    assert _events("BERLIN, June 25, 1887 - The Reichstag ratified the treaty with Russia today.", corpus) == []
