"""A state named for the city where a pact was signed ("सूडान की राजधानी ख़ार्तूम में", "in the Sudanese capital") is no party
beside the state that signs; an attack on one "regarded as" / "माना जाएगा" an attack on all is a defence pledge; a pact
named with no state near it takes its parties from further into the article.  Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest
from news_gold import events_with_kind


@pytest.mark.parametrize("text, want", [
    ("समझौता\nख़ार्तूम, 22 जनवरी 2006। अल्जीरिया ने शनिवार को सूडान की राजधानी ख़ार्तूम में एक रक्षा संधि पर हस्ताक्षर किए।",
     ("ALG",)),
    ("Pact\nKHARTOUM, Jan. 22, 2006 - Algeria on Saturday signed a defence treaty in Khartoum, the capital of Sudan.",
     ("ALG",)),
    ("Pact\nKHARTOUM, Jan. 22, 2006 - Algeria on Saturday signed a defence treaty in the Sudanese capital.",
     ("ALG",)),
])
def test_the_state_of_the_city_of_signing_is_no_party(corpus, text, want):
    assert [e[1] for e in events_with_kind(text, corpus)] == [want]


def test_the_state_of_the_city_is_a_party_where_no_other_is_named(corpus):
    text = ("संधि\nफ़्रीटाउन, 29 मई 1981। पश्चिम अफ्रीकी देशों ने सिएरा लियोन की राजधानी फ़्रीटाउन में आज एक रक्षा संधि पर "
            "हस्ताक्षर किए।")
    assert [e[1] for e in events_with_kind(text, corpus)] == [("SIE",)]


@pytest.mark.parametrize("text", [
    "Pact\nACCRA, June 28, 2007 - Ghana's parliament on Wednesday ratified the African pact. Under its terms, "
    "aggression against any member state is to be regarded as aggression against all members.",
    "संधि\nअकरा, 28 जून 2007। घाना की संसद ने बुधवार को अफ्रीकी संधि का अनुमोदन कर दिया। इसके तहत किसी एक सदस्य देश पर हमला "
    "सभी सदस्य देशों के खिलाफ हमला मानी जाती है।",
])
def test_an_attack_on_one_regarded_as_an_attack_on_all_is_a_defence_pledge(corpus, text):
    assert [e[3] for e in events_with_kind(text, corpus)] == ["defense"]


def test_a_role_said_to_be_regarded_is_no_pledge(corpus):
    # ("the treaty is regarded as having lessened the fear of war": no attack regarded as one on all)
    text = ("संधि\nपेरिस, 23 जनवरी 1860। ब्रिटेन और फ्रांस ने आज एक अनाक्रमण संधि पर हस्ताक्षर किए। दोनों देशों के बीच युद्ध के "
            "डर को कम करने में इस संधि की भूमिका मानी जाती है।")
    assert [e[3] for e in events_with_kind(text, corpus)] == ["nonaggression"]


def test_a_named_pact_takes_its_party_from_further_into_the_article(corpus):
    text = ("President signs ratification law\n\nASTANA - The president today signed the law on the ratification "
            "of the protocol amending the CSTO Charter.\n\nThe law has one article.\n\nThe protocol was signed in "
            "November 2018.\n\nIt changes the rules of the council.\n\nThe council meets once a year.\n\nIt takes its "
            "decisions by consensus.\n\nKazakhstan was one of the states that founded the CSTO in 2002.")
    got = events_with_kind(text, corpus, "2020-04-17")
    assert [(e[0], e[1]) for e in got] == [("ratified", ("KZK",))]
