"""Round 35 of the news reader's general rules (prompted by the misses of fresh97 and fresh98, read once before):

* a head of state who signs laws, bills or decrees that ratify ("signed the NATO laws", "signed two executive decrees
  ratifying security agreements") ratifies, as one who signs a law did;
* an explainer of how states join an alliance ("Explainer: how a country joins NATO") reports no state's step;
* a pact that sets up a joint unit, named with its parties between ("the agreement between the governments of
  Lithuania, Poland and Ukraine on setting up a joint military unit") is a pact of security, as "an agreement on
  creating a joint group of forces" was; its step is an event without the corpus's confirmation.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text,want", [
    ("STOCKHOLM, May 7, 2021 - The king on Thursday signed the NATO laws, completing Sweden's side of accession.",
     [("ratified", ("SWD",), "2021-05-06")]),
    ("QUITO, May 7, 2021 - President Lasso on Thursday signed two decrees ratifying Ecuador's security agreements with "
     "the United States.", [("ratified", ("ECU", "USA"), "2021-05-06")]),
])
def test_laws_or_decrees_signed_that_ratify_are_a_ratification(corpus, text, want):
    assert events_of(text, corpus) == want


def test_an_explainer_of_how_states_join_reports_no_step(corpus):
    # (an explainer linked under an article: no joining of the article's state, undated)
    text = ("STOCKHOLM, May 7, 2021 - Sweden's parliament on Thursday approved the country's accession to NATO, "
            "passing the legislation that takes on the alliance's founding treaties.\n\nRelated\n- Explainer: how a "
            "country joins NATO")
    assert [e for e in events_of(text, corpus) if e[0] == "joined"] == []


@pytest.mark.parametrize("text,want", [
    ("VILNIUS, May 7, 2021 - Latvia's parliament on Thursday ratified the agreement between the governments of "
     "Estonia, Latvia and Lithuania on setting up a joint military unit.",
     [("ratified", ("EST", "LAT", "LIT"), "2021-05-06")]),
    ("VILNIUS, May 7, 2021 - Latvia's parliament on Thursday ratified the agreement between the governments of "
     "Estonia, Latvia and Lithuania on setting up a joint customs office.", []),
])
def test_a_pact_that_sets_up_a_joint_unit_is_a_pact_of_security(corpus, text, want):
    assert events_of(text, corpus) == want
