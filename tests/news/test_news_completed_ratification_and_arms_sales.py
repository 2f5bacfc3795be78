"""A state that completes its ratification ratifies ("the United States completed its ratification on Friday", "ने ...
अनुमोदन की प्रक्रिया पूरी कर ली"), not where others are still to complete it; an agreement for the sale of missiles,
tanks or arms, or one on the cost of keeping another state's forces, is a pact of security with no duty of defence (kind
"none"), in English and in Hindi.  Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_with_kind


@pytest.mark.parametrize("text", [
    "Pact\nWASHINGTON, Aug. 24, 1953 - The United States completed its ratification of the defence pact with Britain "
    "on Friday.",
    "Pact\nWASHINGTON, Aug. 24, 1953 - The United States has completed the ratification of its defence pact with "
    "Britain, officials said on Friday.",
    "समझौता\nवॉशिंगटन, 24 अगस्त 1953। अमेरिका ने शुक्रवार को ब्रिटेन के साथ रक्षा संधि के अनुमोदन की प्रक्रिया पूरी कर ली।",
])
def test_a_completed_ratification_is_one(corpus, text):
    assert [e[:3] for e in events_with_kind(text, corpus)] == [("ratified", ("UKG", "USA"), "1953-08-21")]


def test_ratification_still_to_be_completed_is_none(corpus):
    text = ("Pact\nWASHINGTON, Aug. 24, 1953 - The defence pact between Britain and the United States will take effect "
            "once both complete ratification, officials said on Friday.")
    assert [e for e in events_with_kind(text, corpus) if e[0] == "ratified"] == []


@pytest.mark.parametrize("text", [
    "Missiles\nWASHINGTON, April 7, 1963 - The United States and Britain on Saturday signed an agreement on the sale "
    "of a missile system to the Royal Navy.",
    "मिसाइलें\nवाशिंगटन, 7 अप्रैल 1963। अमेरिका और ब्रिटेन ने शनिवार को एक मिसाइल प्रणाली की बिक्री से जुड़े समझौते पर "
    "हस्ताक्षर कर दिए।",
    "टैंक\nवाशिंगटन, 7 अप्रैल 1963। अमेरिका और ब्रिटेन ने शनिवार को टैंकों की खरीद के एक समझौते पर हस्ताक्षर किए।",
    "Arms\nWASHINGTON, April 7, 1963 - The United States and Britain on Saturday signed an arms deal.",
    "Arms\nWASHINGTON, April 7, 1963 - The United States and Britain on Saturday signed an agreement for the supply "
    "of arms to the Royal Navy.",
    "हथियार\nवाशिंगटन, 7 अप्रैल 1963। अमेरिका और ब्रिटेन ने शनिवार को हथियारों की आपूर्ति के एक समझौते पर हस्ताक्षर किए।",
])
def test_an_arms_sale_agreement_is_a_pact_of_kind_none(corpus, text):
    assert events_with_kind(text, corpus) == [("signed", ("UKG", "USA"), "1963-04-06", "none")]


@pytest.mark.parametrize("text, want", [
    ("Pact\nTOKYO, March 25, 2022 - Japan's parliament on Friday gave its approval to a new agreement under which "
     "Tokyo will pay a larger share of the cost of keeping U.S. forces in the country.",
     ("ratified", "2022-03-25", "none")),
    ("समझौता\nटोक्यो, 31 मार्च 2021। जापान की संसद ने बुधवार को देश में तैनात अमेरिकी सैनिकों पर होने वाले ख़र्च में "
     "जापान की हिस्सेदारी तय करने वाले समझौते को एक साल के लिए बढ़ाने को मंज़ूरी दे दी।", ("ratified", "2021-03-31", "none")),
])
def test_a_pact_on_the_cost_of_foreign_forces_is_one_of_security(corpus, text, want):
    """An agreement on the cost of keeping another state's forces (host-nation support) is a pact of security with no
    duty of defence."""
    assert [(e[0], e[2], e[3]) for e in events_with_kind(text, corpus)] == [want]
