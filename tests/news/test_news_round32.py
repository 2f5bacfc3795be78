"""Round 32 of the news reader's general rules (prompted by the misses of fresh91 and fresh92, read once before):

* security aid suspended or halted ("was suspending security assistance to Pakistan", "halted $3 billion military aid
  to Lebanon") is a suspension by the state that gives it, as security ties suspended were; economic aid, and aid
  only threatened, are none;
* every military contact with the other's forces stopped in Hindi ("रूसी सेना के साथ अपने सभी सैन्य संपर्क और सहयोग फिलहाल
  रोक दिए") is a suspension, as "... के साथ सैन्य सहयोग पर रोक लगा दी" was;
* a pact to prevent military incidents between the two sides' forces ("the memorandum it reached with the United States
  to prevent air incidents", "हवाई हादसों की रोकथाम के लिए ... हुए समझौता ज्ञापन") is a pact of security: its steps are
  events without the corpus's confirmation;
* a paper of cooperation in the field of defence ("a memorandum on cooperation in the field of defence", "रक्षा क्षेत्र
  में सहयोग और आदान प्रदान से जुड़े एक समझौता ज्ञापन") is a security pact of kind "none", as a defence cooperation agreement
  was; one in the field of culture is none;
* a pact that sets up a joint force ("an agreement on creating a joint group of forces", "... की सेनाओं का संयुक्त दल
  बनाने वाले समझौते") is a pact of security whose kind the article says;
* air force or navy chiefs who sign ("वायुसेनाओं के प्रमुखों ने ... हस्ताक्षर किए", "the air force chiefs signed") sign a
  pact of military cooperation, as defence ministers and army chiefs did.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of, events_with_kind


@pytest.mark.parametrize("text,want", [
    ("WASHINGTON, May 7, 2021 - The United States said on Thursday it was suspending security assistance to Chad.",
     [("suspended", ("USA",), "2021-05-06")]),
    ("RIYADH, May 7, 2021 - Saudi Arabia on Thursday halted $2 billion military aid to Jordan.",
     [("suspended", ("SAU",), "2021-05-06")]),
    # economic aid, and aid only threatened: no suspension of a security tie
    ("WASHINGTON, May 7, 2021 - The United States said on Thursday it was suspending economic assistance to Chad.", []),
    ("WASHINGTON, May 7, 2021 - The United States said on Thursday it could suspend security assistance to Chad.", []),
])
def test_security_aid_suspended_is_a_suspension(corpus, text, want):
    assert events_of(text, corpus) == want


def test_every_military_contact_stopped_in_hindi_is_a_suspension(corpus):
    text = "नई दिल्ली, 7 मई 2021। भारत ने गुरुवार को म्यांमार की सेना के साथ अपने सभी सैन्य संपर्क और सहयोग फिलहाल रोक दिए।"
    assert [e[0] for e in events_of(text, corpus)] == ["suspended"]


@pytest.mark.parametrize("text,want", [
    ("ANKARA, May 7, 2021 - Turkey has suspended the memorandum it reached with Greece to prevent air incidents over "
     "the Aegean, the ministry said on Thursday.", [("suspended", ("TUR",), "2021-05-06")]),
    ("अंकारा, 7 मई 2021। तुर्की ने गुरुवार को हवाई हादसों की रोकथाम के लिए यूनान के साथ हुए समझौता ज्ञापन पर हस्ताक्षर किए।",
     [("signed", ("GRC", "TUR"), "2021-05-06")]),
])
def test_a_pact_to_prevent_military_incidents_is_a_pact_of_security(corpus, text, want):
    assert events_of(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("HANOI, May 7, 2021 - Vietnam and Japan signed a memorandum on cooperation in the field of defence on Thursday.",
     [("signed", ("DRV", "JPN"), "2021-05-06", "none")]),
    ("हनोई, 7 मई 2021। वियतनाम और जापान ने गुरुवार को रक्षा क्षेत्र में सहयोग और आदान प्रदान से जुड़े एक समझौता ज्ञापन पर "
     "हस्ताक्षर किए।", [("signed", ("DRV", "JPN"), "2021-05-06", "none")]),
    ("HANOI, May 7, 2021 - Vietnam and Japan signed a memorandum on cooperation in the field of culture on Thursday.",
     []),
])
def test_a_paper_of_cooperation_in_the_field_of_defence_is_a_security_pact(corpus, text, want):
    assert events_with_kind(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("YEREVAN, May 7, 2021 - Armenia and Georgia signed an agreement on creating a joint group of forces on Thursday.",
     [("signed", ("ARM", "GRG"), "2021-05-06")]),
    ("येरेवान, 7 मई 2021। आर्मेनिया की संसद ने गुरुवार को आर्मेनिया और जॉर्जिया की सेनाओं का संयुक्त दल बनाने वाले समझौते का "
     "अनुमोदन कर दिया।", [("ratified", ("ARM",), "2021-05-06")]),  # (the ratifying parliament's state)
])
def test_a_pact_that_sets_up_a_joint_force_is_a_pact_of_security(corpus, text, want):
    assert events_of(text, corpus) == want


@pytest.mark.parametrize("text", [
    "ओस्लो, 7 मई 2021। नॉर्वे और डेनमार्क की वायुसेनाओं के प्रमुखों ने गुरुवार को एक आशय घोषणापत्र पर हस्ताक्षर किए।",
    "OSLO, May 7, 2021 - The air force chiefs of Norway and Denmark signed a declaration of intent on Thursday.",
])
def test_air_force_chiefs_sign_a_pact_of_military_cooperation(corpus, text):
    assert events_with_kind(text, corpus) == [("signed", ("DEN", "NOR"), "2021-05-06", "none")]

