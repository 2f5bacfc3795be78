"""A sentence that names only kinds of pact and the pacts it compares them with ("... इस तरह का समझौता किया है; इसके
प्रावधान ... के साथ हुए समझौतों जैसे हैं") reports no event; the party of a pact compared with is no party; agreements said
to cover defence cooperation are security pacts; a cooperation agreement "स्थगित" is suspended; opposition
announced is no announcement of a pact; a pact initialled ("आद्याक्षर किए") is announced; a step judged as a
hypothesis ("quitting the treaty would be premature") is no event; a pact with a long name "entered into" is signed;
a head of state's seal on a pact is its ratification.  Every sentence here was written for these tests."""

from __future__ import annotations

from news_gold import events_of

_HEAD = "समझौता\nकैनबरा, 3 अगस्त 2023। संसद की समिति ने गुरुवार को फ़िजी के साथ हुए रक्षा समझौते पर अपनी रिपोर्ट पेश की। "


def test_a_kind_of_pact_compared_with_other_pacts_is_no_event(corpus):
    text = _HEAD + ("फ़िजी ऐसा सातवां देश होगा जिसके साथ ऑस्ट्रेलिया ने इस तरह का रक्षा समझौता किया है; इसके प्रावधान जापान और "
                    "फ़्रांस के साथ हुए समझौतों जैसे हैं।")
    assert events_of(text, corpus) == []


def test_a_pact_reported_beside_one_compared_with_is_an_event(corpus):
    # (its own pact is no kind of pact: the sentence reports it)
    text = _HEAD + "ऑस्ट्रेलिया ने आज फ़िजी के साथ एक रक्षा समझौता किया, जो जापान के साथ हुए समझौते जैसा है।"
    assert [e[:2] for e in events_of(text, corpus)] == [("signed", ("AUL", "FIJ"))]


def test_the_party_of_a_pact_compared_with_is_no_party(corpus):
    text = ("Pact\nCANBERRA, Aug. 3, 2023 - Australia today signed a defence agreement with Fiji similar to the ones "
            "signed with Japan and France.")
    assert [e[:2] for e in events_of(text, corpus)] == [("signed", ("AUL", "FIJ"))]


def test_agreements_said_to_cover_defence_cooperation_are_security_pacts(corpus):
    text = ("Ties cut\nVILNIUS, March 3, 2023 - Lithuania's government on Friday terminated a string of bilateral "
            "agreements with Belarus, several of them covering defence and military-technical cooperation.")
    assert events_of(text, corpus) == [("withdrew", ("LIT",), "2023-03-03")]


def test_hindi_a_cooperation_agreement_suspended_is_a_suspension(corpus):
    text = "समझौता\nरोम, 14 अगस्त 2021। इटली ने सूडान के साथ अपना सैन्य सहयोग समझौता स्थगित कर दिया है।"
    assert events_of(text, corpus) == [("suspended", ("ITA",), "2021-08-14")]


def test_opposition_announced_is_no_announcement_of_a_pact(corpus):
    text = ("Debate\nOTTAWA, May 3, 1949 - Senator John Smith rose in the chamber to announce, for his party, that "
            "they would vote against approval of the defence treaty with Britain.")
    assert events_of(text, corpus) == []
    # (the same announcement of the treaty itself is one)
    text2 = ("Debate\nOTTAWA, May 3, 1949 - Canada and Britain announced today that they would sign a defence treaty "
             "next month.")
    assert [e[0] for e in events_of(text2, corpus)] == ["announced"]


def test_hindi_a_pact_initialled_is_announced(corpus):
    text = ("संधि\nहोनियारा, 31 मार्च 2022। सोलोमन द्वीप और चीन ने गुरुवार को सुरक्षा सहयोग समझौते के मसौदे पर "
            "आद्याक्षर किए। विदेश मंत्री इस पर बाद में हस्ताक्षर करेंगे।")
    assert [e[:2] for e in events_of(text, corpus)] == [("announced", ("CHN", "SOL"))]


def test_a_step_judged_as_a_hypothesis_is_no_event(corpus):
    text = ("Minister tells lawmakers quitting friendship treaty with Georgia would be \"premature\"\n\nMOSCOW, "
            "Oct 21, 2016 - Russia does not intend for now to denounce its friendship treaty with Georgia, the foreign "
            "minister told deputies on Friday.")
    assert events_of(text, corpus) == []


def test_a_pact_with_a_long_name_entered_into_is_signed(corpus):
    text = ("Pact\nOn March 5, 2007, Ghana and the United States entered into a ten-year acquisition and "
            "cross-servicing agreement under which their forces may supply each other.")
    assert events_of(text, corpus) == [("signed", ("GHA", "USA"), "2007-03-05")]


def test_hindi_a_head_of_states_seal_is_a_ratification(corpus):
    text = ("समझौता\nतिराना, 12 मई 2020। अल्बानिया के राष्ट्रपति ने आज इटली के साथ हुए सैन्य सहयोग समझौते पर मुहर लगा दी।")
    assert [e[0] for e in events_of(text, corpus)] == ["ratified"]
    envoys = ("संधि\nवियना, 20 अप्रैल 1854। ऑस्ट्रिया के सम्राट और प्रशा के राजा के प्रतिनिधियों ने आज एक रक्षात्मक गठबंधन की "
              "संधि पर मुहर लगा दी।")
    assert [e[0] for e in events_of(envoys, corpus)] == ["signed"]
