"""Readings of a pact's kind from what it renounces or what it is named: a pledge to settle disputes without the threat
or use of force ("renouncing the threat or use of force", "विवादों को बल प्रयोग या उसकी धमकी के बिना ... सुलझाने", "बल
प्रयोग से परहेज़ करेंगे") is a pact of non-aggression; the Treaty of Amity and Cooperation in Southeast Asia, which ATOP
5.1 records as the non-aggression pact 3755, gives its kind to a state that joins it by name ("दक्षिण-पूर्व एशिया में
मैत्री और सहयोग संधि"); a state joining a pact of defence by name keeps the pact's kind though its text renounces force;
a military or naval convention is a loose label of a pact of defence, which a pledge of neutrality outweighs; the
clause of an older treaty named by its year that binds a party ("its 1961 treaty with North Korea that obliges it to
come to Pyongyang's aid") gives the older treaty's kind, not the reported pact's.  Each
rule beside the sentence that keeps its kind where the text states another.  Every sentence here was written for
these tests."""

from __future__ import annotations

from news_gold import events_with_kind


def test_renouncing_the_threat_or_use_of_force_is_non_aggression(corpus):
    text = ("Treaty\nLIMA, May 4, 2015 -- Peru and Bolivia on Monday signed a treaty of friendship under which the two "
            "countries will settle their disputes peacefully, renouncing the threat or use of force.")
    assert events_with_kind(text, corpus) == [("signed", ("BOL", "PER"), "2015-05-04", "nonaggression")]


def test_settling_disputes_without_force_is_non_aggression(corpus):
    text = ("Treaty\nLIMA, May 4, 2015 -- Peru and Bolivia on Monday signed a treaty of friendship. Both sides "
            "undertake to resolve any dispute between them without the use of force.")
    assert events_with_kind(text, corpus) == [("signed", ("BOL", "PER"), "2015-05-04", "nonaggression")]


def test_a_defence_pledge_outweighs_the_renunciation_of_force(corpus):
    text = ("Treaty\nLIMA, May 4, 2015 -- Peru and Bolivia on Monday signed a treaty under which they renounce the use "
            "of force against each other and each will help the other if either is attacked.")
    assert events_with_kind(text, corpus) == [("signed", ("BOL", "PER"), "2015-05-04", "defense")]


def test_hindi_disputes_settled_without_force_or_its_threat(corpus):
    text = ("संधि\nलीमा, 4 मई 2015। पेरू और बोलीविया ने सोमवार को एक मैत्री संधि पर हस्ताक्षर किए। इसके तहत दोनों देश "
            "अपने विवादों को बल प्रयोग या उसकी धमकी के बिना शांतिपूर्ण तरीक़े से सुलझाएंगे।")
    assert events_with_kind(text, corpus) == [("signed", ("BOL", "PER"), "2015-05-04", "nonaggression")]


def test_hindi_abstaining_from_force(corpus):
    text = ("संधि\nलीमा, 4 मई 2015। पेरू और बोलीविया ने सोमवार को एक मैत्री संधि पर हस्ताक्षर किए। दोनों देश एक-दूसरे "
            "की सीमाओं का सम्मान करेंगे और बल प्रयोग से परहेज़ करेंगे।")
    assert events_with_kind(text, corpus) == [("signed", ("BOL", "PER"), "2015-05-04", "nonaggression")]


def test_joining_the_amity_treaty_of_southeast_asia_by_name(corpus):
    text = ("Accession\nJAKARTA, July 12, 2023 -- Saudi Arabia on Wednesday acceded to the Treaty of Amity and "
            "Cooperation in Southeast Asia at a ceremony during the ASEAN foreign ministers' meeting.")
    assert events_with_kind(text, corpus) == [("joined", ("SAU",), "2023-07-12", "nonaggression")]


def test_hindi_joining_the_amity_treaty_of_southeast_asia_by_name(corpus):
    text = ("संधि\nजकार्ता, 12 जुलाई 2023। सऊदी अरब बुधवार को दक्षिण-पूर्व एशिया में मैत्री और सहयोग संधि में शामिल हो "
            "गया। विदेश मंत्री ने आसियान की बैठक में दस्तावेज़ पर हस्ताक्षर किए।")
    assert events_with_kind(text, corpus) == [("joined", ("SAU",), "2023-07-12", "nonaggression")]


def test_a_friendship_treaty_of_amity_elsewhere_is_not_the_southeast_asian_one(corpus):
    text = ("Treaty\nLIMA, May 4, 2015 -- Peru and Bolivia on Monday signed a treaty of amity and cooperation to "
            "expand trade and cultural exchanges.")
    assert [e[3] for e in events_with_kind(text, corpus)] != ["nonaggression"]


def test_joining_a_defence_pact_that_renounces_force_keeps_the_pacts_kind(corpus):
    text = ("Accession\nMOSCOW, September 24, 1993 -- Azerbaijan on Friday joined the CIS Collective Security Treaty. "
            "Its parties undertake to refrain from the use or threat of force against each other.")
    assert events_with_kind(text, corpus) == [("joined", ("AZE",), "1993-09-24", "defense")]


def test_a_military_convention_is_a_pact_of_defence(corpus):
    text = ("Convention\nST. PETERSBURG, August 17, 1892 -- The chiefs of staff of France and Russia on Wednesday "
            "signed a military convention.")
    assert events_with_kind(text, corpus) == [("signed", ("FRN", "RUS"), "1892-08-17", "defense")]


def test_a_neutrality_pledge_outweighs_a_convention_named_military(corpus):
    text = ("Convention\nROME, November 1, 1902 -- France and Italy on Saturday signed a military convention under "
            "which each will remain neutral if the other is attacked by a third power.")
    assert events_with_kind(text, corpus) == [("signed", ("FRN", "ITA"), "1902-11-01", "neutrality")]


def test_an_older_treatys_binding_clause_is_not_the_new_pacts_kind(corpus):
    text = ("Treaty\nSEOUL, November 19, 1992 -- Russia and South Korea on Thursday signed a treaty on basic relations "
            "under which the two sides undertake not to use force against each other. Russia is reviewing the clause "
            "of its 1961 treaty with North Korea that obliges it to come to Pyongyang's aid if it is attacked.")
    assert events_with_kind(text, corpus) == [("signed", ("ROK", "RUS"), "1992-11-19", "nonaggression")]


def test_the_reported_treatys_own_binding_clause_keeps_its_kind(corpus):
    text = ("Treaty\nSEOUL, November 19, 1992 -- Russia and South Korea on Thursday signed a treaty on basic "
            "relations. Officials said the 1992 treaty that obliges each to come to the other's aid if it is attacked "
            "enters into force on ratification.")
    assert events_with_kind(text, corpus) == [("signed", ("ROK", "RUS"), "1992-11-19", "defense")]
