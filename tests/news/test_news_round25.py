"""Round 25 of the news reader's general rules (prompted by fresh29's misses, read once before):

* a military or naval convention is a security pact, as a military agreement or pact already was: its signing is an
  event even where the article states no duty ("signed a military convention", "a naval convention", "सैन्य संधि",
  "नौसैनिक कन्वेंशन"); a postal or trade convention is not;
* Hindi writes "convention" as the loanword कन्वेंशन (कन्वेन्शन) or the formal अभिसमय: an instrument, as "convention"
  already was in English;
* a Hindi sentence that lists a pact's signatories gives the states a counted group stands for, as "The parties are
  ..." already did in English: "हस्ताक्षर करने वाले देश थे ...", "इसके हस्ताक्षरकर्ता देश हैं ...", "संधि के पक्षकार थे ...";
* a Hindi state entering the war under a pact invokes it, as one joining the war already did ("संधि के तहत ... युद्ध में
  उतर आया", "मैदान में उतरा"), as "entered the war under its alliance" did in English;
* a Hindi attack's target may stand before a participle ("अमेरिका पर हुए हमले", "पर किए गए आतंकी हमले"), so a bloc that
  finds the attacks on a member within its article's scope acts for that member;
* a legislature that passes (adopts, approves) the law or bill ratifying or implementing a pact ratifies it, and a
  legislature by its own name stands for its state ("the Federation Council", "the Folketing", "लोकसभा");
* the old diplomacy's names of a government by its seat stand for the state ("the Porte", "the Quai d'Orsay"), and a
  defence convention is a security pact as a military one is;
* a dateline may name the weekday before its date ("ROME, Tuesday, May 7, 1935 —"): the article's own date;
* demonyms the registry lacked name their states ("the Prussian and Bavarian governments", "the Siamese government");
* parties that agree (or decide) to end, terminate or scrap their pact end it.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of as _events


@pytest.mark.parametrize("text,want", [
    ("PARIS, Aug 18, 1892 - France and Russia signed a military convention on Wednesday.",
     [("signed", ("FRN", "RUS"), "1892-08-17")]),
    ("ST PETERSBURG, July 17, 1912 - Russia and France on Tuesday signed a naval convention.",
     [("signed", ("FRN", "RUS"), "1912-07-16")]),
    ("पेरिस, 18 अगस्त 1892। फ़्रांस और रूस ने बुधवार को एक सैन्य संधि पर हस्ताक्षर किए।",
     [("signed", ("FRN", "RUS"), "1892-08-17")]),
    ("सेंट पीटर्सबर्ग, 17 जुलाई 1912। रूस और फ़्रांस ने मंगलवार को एक नौसैनिक कन्वेंशन पर हस्ताक्षर किए।",
     [("signed", ("FRN", "RUS"), "1912-07-16")]),
    ("सेंट पीटर्सबर्ग, 17 जुलाई 1912। रूस और फ़्रांस ने मंगलवार को एक नौसैनिक अभिसमय पर हस्ताक्षर किए।",
     [("signed", ("FRN", "RUS"), "1912-07-16")]),
])
def test_a_military_or_naval_convention_is_a_security_pact(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    "PARIS, Aug 18, 1892 - France and Russia signed a postal convention on Wednesday.",
    "पेरिस, 18 अगस्त 1892। फ़्रांस और रूस ने बुधवार को एक डाक संधि पर हस्ताक्षर किए।",
    "पेरिस, 18 अगस्त 1892। फ़्रांस और रूस ने बुधवार को एक डाक कन्वेंशन पर हस्ताक्षर किए।",
])
def test_a_postal_convention_is_no_security_pact(corpus, text):
    assert _events(text, corpus) == []


@pytest.mark.parametrize("text,want", [
    ("ओस्लो, 3 मार्च 2022। तीन देशों ने बुधवार को एक रक्षा संधि पर हस्ताक्षर किए। हस्ताक्षर करने वाले देश थे नॉर्वे, "
     "स्वीडन और डेनमार्क।", [("signed", ("DEN", "NOR", "SWD"), "2022-03-02")]),
    ("ओस्लो, 3 मार्च 2022। तीन देशों ने बुधवार को एक रक्षा संधि पर हस्ताक्षर किए। इसके हस्ताक्षरकर्ता देश हैं नॉर्वे, "
     "स्वीडन और डेनमार्क।", [("signed", ("DEN", "NOR", "SWD"), "2022-03-02")]),
])
def test_a_hindi_list_of_signatories_names_the_counted_states(corpus, text, want):
    """(Constructed inputs: three states counted, then listed; no pact of the corpus was signed that day.)"""
    assert _events(text, corpus) == want


def test_a_list_of_other_size_names_no_counted_states(corpus):
    """Two states listed for three counted: not the three (the event keeps no states, so none)."""
    text = ("ओस्लो, 3 मार्च 2022। तीन देशों ने बुधवार को एक रक्षा संधि पर हस्ताक्षर किए। हस्ताक्षर करने वाले देश थे "
            "नॉर्वे और स्वीडन।")
    assert _events(text, corpus) == []


@pytest.mark.parametrize("text,want", [
    ("रोम, 11 जून 1940। इटली सोमवार को जर्मनी के साथ हुई संधि के तहत अपने सहयोगी के पक्ष में युद्ध में उतर आया।",
     [("invoked", ("ITA",), "1940-06-10")]),
    ("रोम, 11 जून 1940। इटली सोमवार को जर्मनी के साथ हुई संधि के तहत अपने सहयोगी के पक्ष में मैदान में उतरा।",
     [("invoked", ("ITA",), "1940-06-10")]),
])
def test_a_hindi_state_entering_the_war_under_a_pact_invokes_it(corpus, text, want):
    assert _events(text, corpus) == want


def test_a_hindi_state_entering_the_war_without_a_pact_invokes_nothing(corpus):
    assert _events("रोम, 11 जून 1940। इटली सोमवार को जर्मनी के पक्ष में युद्ध में उतर आया।", corpus) == []


@pytest.mark.parametrize("text", [
    "ब्रसेल्स, 2 अक्टूबर 2001। नाटो ने आज तय किया कि अमेरिका पर हुए हमले अनुच्छेद 5 के दायरे में आते हैं।",
    "ब्रसेल्स, 2 अक्टूबर 2001। नाटो ने आज तय किया कि अमेरिका पर किए गए आतंकी हमले संधि के अनुच्छेद 5 के दायरे में आते हैं।",
])
def test_a_bloc_finding_the_attacks_on_a_member_within_its_article_acts_for_it(corpus, text):
    assert _events(text, corpus) == [("invoked", ("USA",), "2001-10-02")]


@pytest.mark.parametrize("text,want", [
    ("OSLO, June 5, 2024 - The Storting on Tuesday passed the bill implementing the defence cooperation agreement with "
     "the United States.", [("ratified", ("NOR", "USA"), "2024-06-04")]),
    ("MOSCOW, Nov 20, 2024 - The Federation Council on Wednesday approved the law ratifying the comprehensive "
     "strategic partnership treaty with North Korea.", [("ratified", ("PRK", "RUS"), "2024-11-20")]),
    ("MOSCOW, Nov 14, 2024 - Russia's parliament on Thursday adopted the law on the ratification of the comprehensive "
     "strategic partnership treaty with North Korea.", [("ratified", ("PRK", "RUS"), "2024-11-14")]),
])
def test_a_legislature_passing_the_law_ratifying_a_pact_ratifies_it(corpus, text, want):
    assert _events(text, corpus) == want


def test_a_bill_on_something_else_ratifies_nothing(corpus):
    assert _events("OSLO, June 5, 2024 - The Storting on Tuesday passed the bill on fishing quotas.", corpus) == []


@pytest.mark.parametrize("text,want", [
    ("VIENNA, July 1, 1854 - Austria and the Porte signed a defence convention on Friday.",
     [("signed", ("AUH", "TUR"), "1854-06-30")]),
    ("PARIS, May 3, 1884 - The Quai d'Orsay and Britain signed a defensive convention on Friday.",
     [("signed", ("FRN", "UKG"), "1884-05-02")]),
])
def test_a_government_by_its_seat_and_a_defence_convention(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("ROME, Tuesday, January 7, 1935 - France and Italy today signed a pact of friendship and consultation.",
     [("signed", ("FRN", "ITA"), "1935-01-07")]),
    ("ROME, Tuesday January 7, 1935\n\nFrance and Italy today signed a pact of friendship and consultation.",
     [("signed", ("FRN", "ITA"), "1935-01-07")]),
])
def test_a_dateline_may_name_its_weekday_first(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("BERLIN, May 4, 1850 - The Prussian and Bavarian governments today signed a treaty of alliance.",
     [("signed", ("BAV", "GMY"), "1850-05-04")]),
    ("PARIS, May 4, 1935 - The Siamese and French governments today signed a treaty of alliance.",
     [("signed", ("FRN", "THI"), "1935-05-04")]),
])
def test_demonyms_the_registry_lacked(corpus, text, want):
    assert _events(text, corpus) == want


def test_parties_that_agree_to_end_their_pact_end_it(corpus):
    text = "LAGOS, Jan 21, 1962 - Britain and Nigeria today agreed to end their defence agreement."
    assert _events(text, corpus) == [("withdrew", ("NIG", "UKG"), "1962-01-21")]


def test_agreeing_to_end_talks_ends_no_pact(corpus):
    assert _events("LAGOS, Jan 21, 1962 - Britain and Nigeria today agreed to end the talks on trade.", corpus) == []
