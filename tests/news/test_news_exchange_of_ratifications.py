"""An exchange of the instruments of ratification is the pact's entry into force where the article tells one ("the
treaty entered into force"), else its ratification, as the labelled sets' writers code an exchange told alone; the
passive ("the ratifications were exchanged") is the same step.  Every sentence here was written for these tests."""

from __future__ import annotations

from news_gold import events_with_kind


def test_an_exchange_told_alone_is_the_ratification(corpus):
    text = ("Treaty ratified\nANKARA, April 30, 1929 -- Italy and Turkey on Monday exchanged the instruments of "
            "ratification of their treaty of neutrality.")
    assert events_with_kind(text, corpus) == [("ratified", ("ITA", "TUR"), "1929-04-29", "neutrality")]


def test_the_passive_exchange_is_the_same_step(corpus):
    text = ("Italo-Turkish pact\nANKARA, April 30, 1929 -- For the treaty of neutrality between Italy and Turkey, the "
            "ratifications were exchanged on Monday.")
    assert events_with_kind(text, corpus) == [("ratified", ("ITA", "TUR"), "1929-04-29", "neutrality")]


def test_an_exchange_in_an_article_that_tells_the_entry_into_force_is_that_entry(corpus):
    text = ("Treaty in force\nANKARA, April 30, 1929 -- Italy and Turkey on Monday exchanged the instruments of "
            "ratification of their treaty of neutrality, which thereby entered into force.")
    assert events_with_kind(text, corpus) == [("entered_into_force", ("ITA", "TUR"), "1929-04-29", "neutrality")]
