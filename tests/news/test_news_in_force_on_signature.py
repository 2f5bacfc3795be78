"""A pact that enters into force on its signature gives two events of one day, the signing and the entry into force,
however the article puts it: in a later sentence ("took effect the moment it was signed"), in a relative clause ("which
entered into force upon signature"), in Hindi ("हस्ताक्षर के साथ ही लागू हो गया"); an entry into force with no day of
its own takes the signing's.  A pact that still needs ratifying gives the signing alone.  Every sentence here was
written for these tests."""

from __future__ import annotations

from news_gold import events_of

_BOTH = [("signed", ("RUS", "USA"), "1992-06-17"), ("entered_into_force", ("RUS", "USA"), "1992-06-17")]


def test_in_force_the_moment_it_was_signed_a_sentence_later(corpus):
    text = ("Pact\nWASHINGTON, 17 June 1992\nThe United States and Russia today signed a defence cooperation "
            "agreement. The agreement took effect the moment it was signed.")
    assert events_of(text, corpus) == _BOTH


def test_which_entered_into_force_upon_signature(corpus):
    text = ("Pact\nWASHINGTON, 17 June 1992\nThe United States and Russia today signed a defence cooperation "
            "agreement, which entered into force upon signature.")
    assert events_of(text, corpus) == _BOTH


def test_hindi_in_force_with_the_signature(corpus):
    text = ("समझौता\nवॉशिंगटन, 17 जून 1992। अमेरिका और रूस ने आज एक रक्षा सहयोग समझौते पर हस्ताक्षर किए, जो हस्ताक्षर के "
            "साथ ही लागू हो गया।")
    assert events_of(text, corpus) == _BOTH


def test_an_undated_entry_into_force_takes_the_signings_day(corpus):
    text = ("Pact\nWASHINGTON, 17 June 1992\nThe United States and Russia today signed a defence cooperation "
            "agreement. It comes into force at once on signature, the ministers said, and the agreement entered into "
            "force without a vote in either parliament.")
    assert ("entered_into_force", ("RUS", "USA"), "1992-06-17") in events_of(text, corpus)


def test_a_pact_that_needs_ratifying_is_signed_only(corpus):
    text = ("Pact\nWASHINGTON, 17 June 1992\nThe United States and Russia today signed a defence cooperation "
            "agreement. It enters into force once both parliaments ratify it.")
    assert events_of(text, corpus) == _BOTH[:1]
