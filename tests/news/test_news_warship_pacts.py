"""A government agreement on warships built, bought or supplied ("an agreement on the construction of two frigates",
"पनडुब्बियों की खरीद से जुड़ा समझौता") is a pact of defence equipment: an event of kind "none", as one on warplanes is.
Every sentence here was written for these tests."""

from __future__ import annotations

from news_gold import events_with_kind


def test_an_agreement_on_building_frigates_is_an_equipment_pact(corpus):
    text = ("Frigate deal\nATHENS, March 4, 2019 -- Greece and Italy on Monday signed an intergovernmental agreement "
            "on the construction of two frigates.")
    assert events_with_kind(text, corpus) == [("signed", ("GRC", "ITA"), "2019-03-04", "none")]


def test_hindi_an_agreement_on_buying_submarines_is_an_equipment_pact(corpus):
    text = ("पनडुब्बी सौदा\nएथेंस, 4 मार्च 2019। यूनान और इटली ने सोमवार को दो पनडुब्बियों की खरीद से जुड़े एक सरकारी "
            "समझौते पर हस्ताक्षर किए।")
    assert events_with_kind(text, corpus) == [("signed", ("GRC", "ITA"), "2019-03-04", "none")]
