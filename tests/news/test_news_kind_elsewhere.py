"""Kind cues that belong to another pact: a sentence that says the duty it states is not the reported pact's
("applies through NATO membership, not from this memorandum"), one that tells the parties remain bound by a pact of an
earlier year, one that tells a party left a pact in an earlier year; and "mutual defence" before procurement (a
reciprocal defence procurement agreement) is a field, not a pledge.  Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest
from news_gold import events_with_kind

_LEAD = ("Pact\nOSLO, June 20, 2024 - Norway and Sweden on Thursday signed a memorandum of understanding on defence "
         "cooperation in Oslo. ")
_HI_LEAD = ("समझौता\nओस्लो, 20 जून 2024। नॉर्वे और स्वीडन ने गुरुवार को ओस्लो में रक्षा सहयोग पर एक समझौता ज्ञापन (MoU) पर "
            "हस्ताक्षर किए। ")


@pytest.mark.parametrize("text, kind", [
    (_LEAD + "The duty to defend each other if attacked binds both through NATO membership, not under this "
     "memorandum.", "none"),
    (_HI_LEAD + "किसी हमले की सूरत में एक-दूसरे की रक्षा करने की प्रतिबद्धता दोनों पर नाटो सदस्यता के नाते लागू होती है, इस "
     "समझौते से नहीं।", "none"),
    # (the duty stated as the memorandum's own: it stays)
    (_LEAD + "Under the memorandum each will come to the other's defence if attacked.", "defense"),
])
def test_a_duty_said_not_to_be_this_pacts_gives_it_no_kind(corpus, text, kind):
    assert [e[3] for e in events_with_kind(text, corpus)] == [kind]


@pytest.mark.parametrize("second, kind", [
    ("Both remain bound by their 1949 treaty, under which each will come to the other's defence if attacked.", "none"),
    ("Sweden left the mutual defence alliance of the Nordic states in 2019 and keeps its ties on a bilateral "
     "footing.", "none"),
    # (a pledge of the new memorandum itself)
    ("Under the memorandum each will come to the other's defence if attacked.", "defense"),
])
def test_a_pact_of_an_earlier_year_that_binds_or_was_left_gives_its_cues_to_itself(corpus, second, kind):
    text = _LEAD + second
    assert [e[3] for e in events_with_kind(text, corpus)] == [kind]


def test_a_reciprocal_defence_procurement_agreement_is_no_pledge_to_defend(corpus):
    text = ("समझौता\nवॉशिंगटन, 13 दिसंबर 2021। अमेरिका और लिथुआनिया ने सोमवार को पारस्परिक रक्षा खरीद समझौते पर हस्ताक्षर "
            "किए।")
    assert [e[3] for e in events_with_kind(text, corpus)] != ["defense"]


@pytest.mark.parametrize("text, kind", [
    ("Pact\nRHODES, March 2, 1949 - Egypt and Israel today signed a general armistice agreement ending the fighting in "
     "the Negev.", "nonaggression"),
    ("समझौता\nरोड्स, 2 मार्च 1949। मिस्र और इज़राइल ने आज सामान्य युद्धविराम समझौते पर हस्ताक्षर किए।", "nonaggression"),
    # (a weak cue: a pledge of help the text states outweighs it)
    ("Pact\nRHODES, March 2, 1949 - Egypt and Syria today signed an armistice agreement and a pact under which each "
     "will come to the other's defence if attacked.", "defense"),
])
def test_a_general_armistice_agreement_is_a_weak_cue_of_non_aggression(corpus, text, kind):
    assert {e[3] for e in events_with_kind(text, corpus)} == {kind}
