"""A signing matches the corpus pact whose founding parties are its parties, though a successor state joined the pact
later (ATOP 5.1's alliance 3720, West Germany and Czechoslovakia, 11 December 1973, lists Germany from 1990); a Hindi
promise to refrain from the use or threat of force is a non-aggression cue; a state named as the union a party was a
republic of ("the former Soviet republic") is no party.  Every sentence here was written for these tests; the pact is
the corpus's."""

from __future__ import annotations

from news_gold import events_with_kind


def test_a_signing_by_the_founding_parties_matches_the_pact_a_successor_joined_later(corpus):
    text = ("प्राग में संधि पर हस्ताक्षर\nप्राग, 11 दिसंबर 1973\nपश्चिम जर्मनी और चेकोस्लोवाकिया ने आज यहां आपसी संबंधों पर "
            "एक संधि पर हस्ताक्षर किए।")
    # (the text states no kind: the event is kept because the corpus pact fits it on its day, and takes its kind)
    assert events_with_kind(text, corpus) == [("signed", ("CZE", "GFR"), "1973-12-11", "nonaggression")]


def test_a_hindi_promise_to_refrain_from_force_is_a_non_aggression_cue(corpus):
    text = ("नॉर्वे-डेनमार्क संधि\nओस्लो, 25 मार्च 2010\nनॉर्वे और डेनमार्क ने आज एक संधि पर हस्ताक्षर किए। दोनों देशों ने "
            "एक-दूसरे के खिलाफ बल प्रयोग या उसकी धमकी से दूर रहने का वचन दिया है।")
    assert [e[3] for e in events_with_kind(text, corpus)] == ["nonaggression"]


def test_a_state_named_as_a_union_whose_republic_a_party_was_is_no_party(corpus):
    from news_gold import events_of

    text = ("Bulgaria, Moldova sign treaty\nSOFIA, Sept. 7, 1992 -- Bulgaria and Moldova signed a treaty on friendly "
            "relations and cooperation on Monday, giving the former Soviet republic a framework accord with a "
            "neighbour of the Black Sea.")
    assert [e[1] for e in events_of(text, corpus)] == [("BUL", "MLD")]
