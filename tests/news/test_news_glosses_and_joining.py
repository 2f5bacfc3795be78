"""A pact's second name in a bracket or a naming clause ("संधि (ट्रीटी ऑफ़ एमिटी ...)", "संधि, जिसे आम तौर पर 'बाली संधि'
कहा जाता है,") leaves the pact the first name's; a signing said to make its signatories members ("thereby joining it",
"इसके साथ ही दोनों देश इस संधि में शामिल हो गए") is their joining; a city that names a meeting ("the Manila meeting",
"मनीला बैठक") is no party.  Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of

EN = "Headline of the day\nMANILA, July 22, 1992 -- "
HI = "आज की ख़बर\nमनीला, 22 जुलाई 1992\n"


@pytest.mark.parametrize("text", [
    "बुधवार को वियतनाम और लाओस ने दक्षिण-पूर्व एशिया की मैत्री और सहयोग संधि (ट्रीटी ऑफ़ एमिटी ऐंड कोऑपरेशन) पर "
    "हस्ताक्षर किए।",
    "बुधवार को वियतनाम और लाओस ने दक्षिण-पूर्व एशिया की मैत्री और सहयोग संधि, जिसे आम तौर पर 'बाली संधि' कहा जाता है, "
    "पर हस्ताक्षर किए।",
    "बुधवार को वियतनाम और लाओस ने दक्षिण-पूर्व एशिया की मैत्री और सहयोग संधि (ट्रीटी ऑफ़ एमिटी ऐंड कोऑपरेशन), जिसे "
    "आम तौर पर 'बाली संधि' कहा जाता है, पर हस्ताक्षर किए।",
])
def test_a_second_name_in_a_bracket_or_a_naming_clause_leaves_the_pact_the_first_names(corpus, text):
    assert events_of(HI + text, corpus) == [("signed", ("DRV", "LAO"), "1992-07-22")]


@pytest.mark.parametrize(("lead", "text"), [
    (EN, "Vietnam and Laos on Wednesday signed the Treaty of Amity and Cooperation in Southeast Asia, thereby joining "
         "the pact."),
    (EN, "Vietnam and Laos on Wednesday signed the Treaty of Amity and Cooperation in Southeast Asia. With this, both "
         "countries joined the treaty."),
    (HI, "वियतनाम और लाओस ने बुधवार को दक्षिण-पूर्व एशिया की मैत्री और सहयोग संधि पर हस्ताक्षर किए। इसके साथ ही दोनों "
         "देश इस संधि में शामिल हो गए।"),
])
def test_a_signing_said_to_make_its_signatories_members_is_their_joining(corpus, lead, text):
    assert events_of(lead + text, corpus) == [("joined", ("DRV", "LAO"), "1992-07-22")]


def test_a_signing_followed_by_another_sentence_is_still_a_signing(corpus):
    text = EN + ("Vietnam and Laos on Wednesday signed the Treaty of Amity and Cooperation in Southeast Asia. "
                 "Officials said both countries hope to join the bloc itself later, and with this they joined a long "
                 "queue.")
    assert [e[0] for e in events_of(text, corpus)] == ["signed"]


@pytest.mark.parametrize(("lead", "text"), [
    (EN, "At the Manila meeting on Wednesday Vietnam and Laos signed a mutual defence treaty."),
    (HI, "आसियान की मनीला बैठक में बुधवार को वियतनाम और लाओस ने पारस्परिक रक्षा संधि पर हस्ताक्षर किए।"),
])
def test_a_city_that_names_a_meeting_is_no_party(corpus, lead, text):
    assert events_of(lead + text, corpus) == [("signed", ("DRV", "LAO"), "1992-07-22")]


@pytest.mark.parametrize(("lead", "text"), [
    (EN, "Brazil on Wednesday signed the Treaty of Amity and Cooperation in Southeast Asia and became the first Latin "
         "American country to join it."),
    (HI, "ब्राज़ील ने बुधवार को दक्षिण-पूर्व एशिया की मैत्री और सहयोग संधि पर हस्ताक्षर कर दिए और इसमें शामिल होने वाला वह "
         "लातिन अमेरिका का पहला देश बन गया।"),
])
def test_a_signing_that_made_its_signatory_the_first_to_join_is_its_joining(corpus, lead, text):
    assert events_of(lead + text, corpus) == [("joined", ("BRA",), "1992-07-22")]


def test_a_states_signing_on_the_day_it_joins_a_pact_is_its_joining(corpus):
    text = ("Russia signs Southeast Asian amity treaty\nVIENTIANE, Nov 29, 2004 -- Russia on Monday joined the Treaty "
            "of Amity and Cooperation in Southeast Asia at a ceremony in Vientiane. Foreign Minister Lavrov signed "
            "the treaty on Monday in the presence of the ten ASEAN foreign ministers.")
    assert events_of(text, corpus) == [("joined", ("RUS",), "2004-11-29")]


def test_a_signing_on_another_day_than_a_joining_is_a_signing_of_its_own(corpus):
    text = ("Finland joins defence pact\nHELSINKI, Dec 18, 2023 -- Finland on Monday joined the Nordic defence pact. "
            "On Sunday Finland and the United States signed a defence cooperation agreement in Washington.")
    assert events_of(text, corpus) == [("joined", ("FIN",), "2023-12-18"), ("signed", ("FIN", "USA"), "2023-12-17")]
