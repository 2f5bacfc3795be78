"""A sentence such as "The document was signed on September 28" refers back to the pact the sentence before names,
and dates it; the candidates of one act are one event whatever order their states come in ("Norway signs pact" ...
"Norway and Denmark signed" ... "Denmark's minister signed the document").  Every sentence here was written for
these tests."""

from __future__ import annotations

from news_gold import events_of


def test_the_document_refers_back_to_the_pact_and_dates_it(corpus):
    text = ("Norway, Denmark sign defence agreement\n\nOSLO, Oct 5 -- Norway and Denmark have signed an "
            "intergovernmental agreement on military cooperation, the ministry said on Friday.\n\nThe document was "
            "signed on "
            "September 28 during a visit to Copenhagen by the Norwegian defence minister.")
    assert events_of(text, corpus, "2018-10-05") == [("signed", ("DEN", "NOR"), "2018-09-28")]


def test_a_document_that_is_no_pact_gives_no_event(corpus):
    text = ("Norway, Denmark hold defence talks\n\nOSLO, Oct 5 -- Norway and Denmark held defence talks on "
            "Friday.\n\nThe document was signed by both ministers at the end of the meeting.")
    assert events_of(text, corpus, "2018-10-05") == []


def test_the_candidates_of_one_act_are_one_group_whatever_order_their_states_come_in():
    from types import SimpleNamespace

    from casus.news.same_act import grouped

    def cand(*parties, kind="signed", apart=False):
        return SimpleNamespace(type=kind, parties=list(parties), apart=apart)

    denmark, norway, both = cand(200), cand(385), cand(200, 385)
    assert grouped([denmark, norway, both]) == [[denmark, both, norway]]  # (norway joins once both has)
    other = cand(200, 375)  # Denmark's pact with another state: another act
    assert grouped([denmark, norway, both, other]) == [[denmark, both, norway], [other]]
    ratified = cand(385, kind="ratified")
    assert grouped([norway, ratified]) == [[norway], [ratified]]
    apart = cand(200, 385, apart=True)
    assert grouped([cand(200, 375), apart]) == [[cand(200, 375)], [apart]]
