"""A joint communique is a pact noun: one signed on the day the corpus holds a pact of the same states (ATOP codes
China's communiques establishing diplomatic relations as non-aggression pacts) is that pact's signing; one that
nothing says is an alliance and the corpus does not hold is no event.  Every sentence here was written for these
tests (the pact and its day are the corpus's: ATOP's China and the Maldives, 14 October 1972)."""

from __future__ import annotations

from news_gold import events_with_kind


def test_a_joint_communique_the_corpus_holds_is_a_signing(corpus):
    en = ("China and Maldives open ties\nCOLOMBO, Oct. 14, 1972 -- The envoys of China and the Maldives today put "
          "their names to a joint communique that opens diplomatic relations between the two countries.")
    hi = ("चीन और मालदीव के बीच राजनयिक संबंध\nकोलंबो, 14 अक्टूबर 1972। चीन और मालदीव के राजदूतों ने आज एक संयुक्त "
          "विज्ञप्ति पर हस्ताक्षर किए, जिससे दोनों देशों के बीच राजनयिक संबंध शुरू हुए।")
    for text in (en, hi):
        assert events_with_kind(text, corpus) == [("signed", ("CHN", "MAD"), "1972-10-14", "nonaggression")]


def test_a_joint_communique_the_corpus_does_not_hold_is_no_event(corpus):
    text = ("China and Maldives agree on fisheries\nCOLOMBO, Oct. 20, 1980 -- The envoys of China and the Maldives "
            "today put their names to a joint communique on fisheries research.")
    assert events_with_kind(text, corpus) == []
