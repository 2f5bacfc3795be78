"""A list of links under a heading of its own ("READ MORE", "यह भी पढ़ें") is no news of the page.  A state's return
to an organisation it had left or been suspended from joins it again, told as a return ("Syria returned to the Arab
League", "अरब लीग में वापसी की", "... की सदस्यता बहाल कर दी"); the organisation must be named right after an English
"returned to".  Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text", [
    "Return\nCAIRO, May 7, 2023 - Syria on Sunday returned to the Arab League.",
    "वापसी\nकाहिरा, 7 मई 2023। सीरिया ने रविवार को अरब लीग में वापसी की।",
    "वापसी\nकाहिरा, 7 मई 2023। अरब लीग ने रविवार को सीरिया की सदस्यता बहाल कर दी।",
])
def test_a_return_to_an_organisation_joins_it(corpus, text):
    assert events_of(text, corpus) == [("joined", ("SYR",), "2023-05-07")]


@pytest.mark.parametrize("text", [
    "Return\nCAIRO, May 7, 2023 - The minister on Sunday returned to Cairo after the defence pact talks.",
    "Return\nMOSCOW, March 31, 1954 - The note returned to Molotov's plan for an all-European security treaty.",
])
def test_a_return_to_anything_else_is_none(corpus, text):
    assert events_of(text, corpus) == []


@pytest.mark.parametrize("heading", ["READ MORE", "Related stories:", "यह भी पढ़ें:"])
def test_a_list_of_links_under_its_own_heading_is_no_news(corpus, heading):
    text = ("Talks\nRIGA, Jan 27, 2017 - Latvia's government on Thursday sent a defence cooperation bill to "
            f"parliament's committees.\n\n{heading}\n- Estonia signs defence cooperation agreement with US\n\n- What "
            "the NATO SOFA covers\n")
    assert events_of(text, corpus) == []


def test_a_paragraph_after_such_a_heading_is_read():
    from casus.news.clean import clean

    text = "READ MORE\n- Estonia signs a pact with Finland\nLatvia signed a defence pact with Poland on Monday.\n"
    assert "Latvia signed" in clean(text).blanked and "Estonia signs" not in clean(text).blanked


@pytest.mark.parametrize("text", [
    "Pact\nANKARA, Sept 7, 1928 - The Turkish Republic has given its adherence to the treaty for the renunciation of "
    "war, it was learned here today.",
    "Pact\nANKARA, Sept 7, 1928 - Turkey today gave its adhesion to the Kellogg-Briand Pact.",
])
def test_an_adherence_given_to_a_pact_joins_it(corpus, text):
    assert [e[:2] for e in events_of(text, corpus)] == [("joined", ("TUR",))]


@pytest.mark.parametrize("text, want", [
    # a headline's plural ("rejoin"), the union by its name
    ("Brazil and Argentina rejoin UNASUR\nBRASILIA, April 7, 2023 - The two states took the step on Thursday.",
     [("joined", ("ARG", "BRA"), "2023-04-06")]),
    # its members' exits, by the union's name
    ("UNASUR\nBOGOTA, Aug. 28, 2018 - Colombia on Monday formally withdrew from the Union of South American Nations.",
     [("withdrew", ("COL",), "2018-08-27")]),
])
def test_a_union_left_or_rejoined_by_its_name(corpus, text, want):
    assert events_of(text, corpus) == want
