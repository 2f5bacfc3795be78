"""A state's adherence to a pact by the instrument it deposits ("its instrument of adherence was deposited", "अंगीकरण-पत्र
जमा कराया", "शामिल होने का दस्तावेज़ ... जमा करा दिया") is its joining; the pact in force for it that day is its joining's
effect, not an event of its own; the depositary is no party.  The General Treaty for the Renunciation of War is a pact
by its names (the Kellogg-Briand Pact, the Pact of Paris, केलॉग-ब्रियां समझौता), of kind non-aggression unless the
article says more.  Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of, events_with_kind


@pytest.mark.parametrize("text", [
    "Paraguay adheres to anti-war pact\nWASHINGTON, Feb. 3, 1930 -- Paraguay's instrument of adherence to the "
    "Kellogg-Briand Pact was deposited with the United States today.",
    "Paraguay adheres to anti-war pact\nWASHINGTON, Feb. 3, 1930 -- Paraguay today deposited its instrument of "
    "adherence to the Pact of Paris.",
])
def test_an_instrument_of_adherence_deposited_is_the_states_joining(corpus, text):
    assert events_with_kind(text, corpus) == [("joined", ("PAR",), "1930-02-03", "nonaggression")]


def test_an_instrument_deposited_in_hindi_with_words_between_is_the_joining_and_its_entry_into_force_for_it_no_event(
        corpus):
    text = ("पैराग्वे भी युद्ध-त्याग संधि से जुड़ा\nवॉशिंगटन, 3 फ़रवरी 1930\nपैराग्वे सरकार ने आज केलॉग-ब्रियां समझौते में "
            "शामिल होने का अपना दस्तावेज़ अमेरिकी विदेश विभाग में जमा करा दिया। इसके साथ ही यह समझौता पैराग्वे के लिए भी "
            "प्रभावी हो गया।")
    assert events_with_kind(text, corpus) == [("joined", ("PAR",), "1930-02-03", "nonaggression")]


def test_an_instrument_whose_verb_stands_after_its_day_is_the_joining(corpus):
    text = ("पैराग्वे ने युद्ध-त्याग संधि अपनाई\nवॉशिंगटन, 4 फ़रवरी 1930\nपैराग्वे का अंगीकरण-पत्र 3 फ़रवरी 1930 को दर्ज किया "
            "गया, और उसी दिन से केलॉग-ब्रियां समझौता उसके लिए लागू हो गया।")
    assert events_of(text, corpus) == [("joined", ("PAR",), "1930-02-03")]


def test_a_pluperfect_beside_a_simple_past_is_the_background(corpus):
    text = ("पैराग्वे युद्ध-त्याग संधि में शामिल\nनई दिल्ली डेस्क\nकेलॉग-ब्रियां समझौता जुलाई 1929 में लागू हो चुका था, और "
            "3 फ़रवरी 1930 को पैराग्वे ने वॉशिंगटन में समझौते में शामिल होने का अपना दस्तावेज़ जमा कराया।")
    assert events_of(text, corpus) == [("joined", ("PAR",), "1930-02-03")]


def test_the_depositary_of_an_instrument_is_no_party(corpus):
    text = ("पैराग्वे नाटो में\nब्रसेल्स, 4 मई 2030\nपैराग्वे ने सोमवार को वॉशिंगटन में अमेरिकी सरकार के पास उत्तर अटलांटिक संधि "
            "में शामिल होने का अपना दस्तावेज़ जमा किया।")
    assert [(e[0], e[1]) for e in events_of(text, corpus)] == [("joined", ("PAR",))]


def test_a_ratified_instrument_of_adherence_is_no_ratification(corpus):
    text = ("Paraguay joins anti-war treaty\nWASHINGTON, Feb. 3, 1930 -- Paraguay today became a party to the Pact of "
            "Paris when its duly ratified instrument of adherence was deposited at the Department of State.")
    assert [e[0] for e in events_of(text, corpus)] == ["joined"]


def test_an_entry_into_force_only_when_others_act_is_a_provision(corpus):
    text = ("Paraguay adheres to anti-war pact\nWASHINGTON, Feb. 3, 1930 -- Paraguay's instrument of adherence to the "
            "Kellogg-Briand Pact was deposited today. Under its terms the treaty takes effect only when all the "
            "original signatories have deposited their ratifications.")
    assert [e[0] for e in events_of(text, corpus)] == ["joined"]


def test_the_renunciation_of_war_named_in_passing_does_not_override_the_pacts_own_kind(corpus):
    text = ("Four powers sign consultation pact\nROME, July 15, 1933 -- Britain, France, Germany and Italy today "
            "signed a pact in which they undertake to consult each other on all questions concerning peace. They "
            "restate their commitment to the Kellogg-Briand Pact.")
    assert [e[3] for e in events_with_kind(text, corpus)] == ["consultation"]


@pytest.mark.parametrize("name", ["Hejaz and Nejd", "हिजाज़ और नज्द"])
def test_the_kingdom_of_the_hejaz_and_nejd_is_saudi_arabia(corpus, name):
    text = (f"{name} joins anti-war pact\nWASHINGTON, Feb. 24, 1932 -- The Kingdom of the {name} today deposited its "
            "instrument of adherence to the Pact of Paris.")
    assert events_of(text, corpus) == [("joined", ("SAU",), "1932-02-24")]


def test_a_notice_of_joining_given_to_the_depositary_is_the_joining(corpus):
    text = ("पैराग्वे युद्ध-त्याग संधि में शामिल\nवॉशिंगटन, 4 फ़रवरी 1930\nपैराग्वे ने केलॉग-ब्रियां समझौते में शामिल होने की औपचारिक "
            "सूचना 3 फ़रवरी 1930 को अमेरिकी विदेश विभाग को दे दी।")
    assert events_of(text, corpus) == [("joined", ("PAR",), "1930-02-03")]


def test_a_notice_given_is_no_approval(corpus):
    # ("... शामिल होने के प्रस्ताव को दी मंज़ूरी": an approval, not a notice given)
    text = ("पैराग्वे की संसद का फ़ैसला\nअसुनसियोन, 4 फ़रवरी 1930\nपैराग्वे की संसद ने केलॉग-ब्रियां समझौते में शामिल होने की सूचना "
            "के मसौदे को दी मंज़ूरी।")
    assert "joined" not in [e[0] for e in events_of(text, corpus)]


def test_a_state_become_a_party_in_hindi_has_joined(corpus):
    text = ("पैराग्वे पेरिस संधि का पक्षकार बना\nअसुनसियोन, 4 फ़रवरी 1930\nपैराग्वे 3 फ़रवरी 1930 को केलॉग-ब्रियां समझौते का पक्षकार "
            "बन गया।")
    assert events_of(text, corpus) == [("joined", ("PAR",), "1930-02-03")]


def test_a_capital_that_names_a_pact_is_no_party(corpus):
    text = ("पैराग्वे युद्ध-त्याग संधि में शामिल\nवॉशिंगटन, 4 फ़रवरी 1930\nपैराग्वे 3 फ़रवरी 1930 को पेरिस पैक्ट का पक्षकार बन गया।")
    assert [e[1] for e in events_of(text, corpus)] == [("PAR",)]


def test_a_ratifier_become_a_party_has_not_joined_besides(corpus):
    text = ("Paraguay ratifies the Rio Treaty\nASUNCION, Feb. 4, 1950 -- Paraguay ratified the Inter-American Treaty "
            "of Reciprocal Assistance on Friday. With that it became a party to the treaty.")
    assert [e[0] for e in events_of(text, corpus)] == ["ratified"]
