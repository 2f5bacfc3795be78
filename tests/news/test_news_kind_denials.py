"""Readings of a pact's kind: "armed forces" names a country's military, not an attack, so "help" beside it is
no pledge to defend; a duty to notify each other that the procedures are complete is a pact's formality, not a pledge
to consult; a Hindi sentence that denies help "in case of an attack" with several words between denies a defence duty;
"none of the accords contains a commitment ... to come to the other's aid" denies one (so does "nothing announced
about the text involves a commitment ..."), and so does a Hindi sentence
that names the attack and the help and then denies the promise ("... हमला होने की स्थिति में सैन्य मदद देने ... जैसा कोई वादा
शामिल नहीं"), but not one that says a duty does not apply (a refusal: "दायित्व लागू नहीं होता").
Each rule beside the sentence that keeps its kind where the text does state one.  Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest
from news_gold import events_with_kind


def test_help_beside_armed_forces_is_no_pledge_to_defend(corpus):
    text = ("Pact\nBRASILIA, March 3, 2021 -- Brazil and Chile on Wednesday signed a defence cooperation agreement. "
            "Officials said both countries have well-trained armed forces and that joint exercises would help "
            "improve them.")
    assert events_with_kind(text, corpus) == [("signed", ("BRA", "CHL"), "2021-03-03", "none")]


def test_help_if_either_is_attacked_stays_a_pledge_to_defend(corpus):
    text = ("Pact\nBRASILIA, March 3, 2021 -- Brazil and Chile on Wednesday signed a treaty under which each will "
            "help the other if either is attacked by an armed force.")
    assert events_with_kind(text, corpus) == [("signed", ("BRA", "CHL"), "2021-03-03", "defense")]


def test_notifying_each_other_of_procedures_is_no_pledge_to_consult(corpus):
    text = ("Pact\nKYIV, September 6, 2018 -- Ukraine's parliament on Thursday ratified a defence cooperation "
            "agreement with Poland. The agreement enters into force 30 days after the two sides notify each other "
            "that their procedures are complete.")
    assert events_with_kind(text, corpus) == [("ratified", ("POL", "UKR"), "2018-09-06", "none")]


def test_notifying_each_other_of_a_threat_stays_a_pledge_to_consult(corpus):
    text = ("Pact\nKYIV, September 6, 2018 -- Ukraine and Poland on Thursday signed a treaty under which the two "
            "sides will notify each other of any threat to their security.")
    assert events_with_kind(text, corpus) == [("signed", ("POL", "UKR"), "2018-09-06", "consultation")]


def test_hindi_help_in_case_of_an_attack_denied_with_words_between(corpus):
    text = ("समझौता\nओटावा, 9 अक्टूबर 2018। कनाडा और मेक्सिको ने मंगलवार को एक रक्षा सहयोग व्यवस्था पर हस्ताक्षर किए। "
            "उसमें आपसी रक्षा या हमले की स्थिति में मदद जैसी किसी प्रतिबद्धता का ज़िक्र नहीं है।")
    assert events_with_kind(text, corpus) == [("signed", ("CAN", "MEX"), "2018-10-09", "none")]


def test_none_of_the_pacts_committing_to_the_others_aid_denies_a_defence_duty(corpus):
    text = ("Pact\nLIMA, March 3, 2021 -- Peru and Chile on Wednesday signed an agreement on military cooperation. "
            "None of the accords contains a commitment by either country to come to the other's aid if attacked.")
    assert events_with_kind(text, corpus) == [("signed", ("CHL", "PER"), "2021-03-03", "none")]


def test_committing_to_the_others_aid_stays_a_defence_duty(corpus):
    text = ("Pact\nLIMA, March 3, 2021 -- Peru and Chile on Wednesday signed an agreement on military cooperation. "
            "Each country commits to come to the other's aid if attacked.")
    assert events_with_kind(text, corpus) == [("signed", ("CHL", "PER"), "2021-03-03", "defense")]


@pytest.mark.parametrize("text", [
    # the attack and the help named first, the promise denied after
    "लीमा, 3 मार्च 2021। पेरू और चिली ने बुधवार को सैन्य सहयोग समझौते पर हस्ताक्षर किए। इसमें किसी देश पर हमला होने की "
    "स्थिति में सैन्य सहायता देने या आपस में परामर्श करने जैसा कोई वादा शामिल नहीं है।",
    # the provision denied first, the attack named in its clause
    "लीमा, 3 मार्च 2021। पेरू और चिली ने बुधवार को सैन्य सहयोग समझौते पर हस्ताक्षर किए। इस समझौते में यह प्रावधान नहीं है "
    "कि चिली पर हमला होने की स्थिति में पेरू उसकी रक्षा करेगा।",
])
def test_hindi_duty_denied_after_the_attack_it_names_is_none(corpus, text):
    assert events_with_kind(text, corpus) == [("signed", ("CHL", "PER"), "2021-03-03", "none")]


def test_hindi_duty_said_not_to_apply_is_a_refusal_not_a_pacts_kind(corpus):
    text = ("लीमा, 3 मार्च 2021। पेरू ने बुधवार को चिली से रक्षा संधि के तहत मदद माँगी, पर चिली ने कहा कि संधि के तहत रक्षा "
            "का दायित्व लागू नहीं होता।")
    assert [e[3] for e in events_with_kind(text, corpus)] == ["defense"]


_NOTHING = ("Pact\nMONTEVIDEO, August 19, 2025 -- Uruguay and Brazil signed a security cooperation agreement today. "
            "{claim} about the text involves a commitment to come to the other's aid.")


def test_nothing_said_of_a_pact_that_holds_a_promise_of_aid_denies_one(corpus):
    # "nothing" denies the duty six words before its noun ("Nothing announced about the text involves a commitment")
    text = _NOTHING.format(claim="Nothing announced")
    assert events_with_kind(text, corpus) == [("signed", ("BRA", "URU"), "2025-08-19", "none")]


def test_everything_said_of_a_pact_that_holds_a_promise_of_aid_keeps_it(corpus):
    text = _NOTHING.format(claim="Everything announced")
    assert events_with_kind(text, corpus) == [("signed", ("BRA", "URU"), "2025-08-19", "defense")]
