"""A memorandum of understanding by its initials ("an MoU", "एमओयू") is a pact noun, and one on "strategic defence
industry cooperation" a pact of security; an act told in the present perfect and dated only by its report ("have signed
..., the agency announced Monday") takes its day from the next sentence where it tells the act again ("signed the
document on Sunday").  Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_with_kind


@pytest.mark.parametrize("text, want", [
    ("Pact\nSEOUL, Jan 16, 2023 - South Korea and the UAE on Sunday signed an MoU on defence cooperation.",
     [("signed", ("ROK", "UAE"), "2023-01-15", "none")]),
    ("समझौता\nसियोल, 16 जनवरी 2023। दक्षिण कोरिया और यूएई ने रविवार को रक्षा सहयोग पर एक एमओयू पर हस्ताक्षर किए।",
     [("signed", ("ROK", "UAE"), "2023-01-15", "none")]),
    ("Pact\nSEOUL, Jan 16, 2023 - South Korea and the UAE on Sunday signed a memorandum of understanding on "
     "\"strategic defense industry cooperation\".", [("signed", ("ROK", "UAE"), "2023-01-15", "none")]),
])
def test_memoranda_by_their_initials_and_of_strategic_defence(corpus, text, want):
    assert events_with_kind(text, corpus) == want


@pytest.mark.parametrize("second, day", [
    ("The two ministers signed the document on Sunday in Abu Dhabi.", "2023-01-15"),
    ("The two ministers signed it on Sunday in Abu Dhabi.", "2023-01-15"),
    # (the next sentence tells another act: the report's day stays)
    ("The two ministers met on Sunday in Abu Dhabi.", "2023-01-16"),
])
def test_an_act_dated_by_its_report_takes_the_day_the_next_sentence_tells_it_again(corpus, second, day):
    text = ("Pact\nSEOUL, Jan 17, 2023 - South Korea and the UAE have signed a defence pact, the agency announced on "
            f"Monday. {second}")
    assert [e[2] for e in events_with_kind(text, corpus)] == [day]


@pytest.mark.parametrize("text, want", [
    ("Pact\nWASHINGTON, Dec. 10, 1971 -- The State Department said today that the United States and Portugal had "
     "signed a defence agreement in Brussels yesterday.", [("signed", ("POR", "USA"), "1971-12-09", "defense")]),
    # (reported speech with no recent day: an earlier event, as any pluperfect)
    ("Pact\nWASHINGTON, Dec. 10, 1971 -- The State Department said today that the United States and Portugal had "
     "signed a defence agreement in 1951.", []),
])
def test_a_pluperfect_in_reported_speech_with_a_recent_day_is_the_news(corpus, text, want):
    assert events_with_kind(text, corpus) == want


@pytest.mark.parametrize("text, n", [
    ("Pact\nANKARA, Sept 13, 2018 - Kazakhstan and Turkey today signed an agreement on military cooperation and a "
     "separate deal on the protection of classified defence information.", 2),
    ("Pact\nANKARA, Sept 13, 2018 - Kazakhstan and Turkey today signed an agreement on military cooperation and "
     "education.", 1),
])
def test_a_second_pact_named_as_the_same_verbs_object_is_a_second_event(corpus, text, n):
    assert [e[:3] for e in events_with_kind(text, corpus)] == [("signed", ("KZK", "TUR"), "2018-09-13")] * n


def test_a_hindi_letter_of_intent_on_defence_cooperation_is_a_pact_of_security(corpus):
    text = ("आशय-पत्र\nपेरिस, 9 नवंबर 2021। बांग्लादेश और फ़्रांस ने मंगलवार को रक्षा सहयोग पर एक आशय पत्र पर हस्ताक्षर किए।")
    assert events_with_kind(text, corpus) == [("signed", ("BNG", "FRN"), "2021-11-09", "none")]
