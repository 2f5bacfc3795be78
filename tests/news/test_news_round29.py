"""Round 29 of the news reader's general rules (prompted by the misses of fresh61-fresh72, each read once before):

* a pact of defence, military or security cooperation named by any of its papers ("a military cooperation protocol",
  "an agreement setting a framework for defence and security cooperation", "an agreement to step up cooperation
  between their armed forces", "a security memorandum of understanding",
  "रक्षा सहयोग से जुड़े समझौतों", "रक्षा सहयोग बढ़ाने के लिए एक समझौते",
  "सुरक्षा सहयोग गतिविधियों पर एक समझौता ज्ञापन") is a security pact without a duty of defence:
  its signing is an event of kind "none", as a "defence cooperation agreement"'s was; a protocol named by its field
  alone ("a military protocol") says nothing of its kind;
* a roadmap, an action plan, a letter or a statement of intent ("रोडमैप", "कार्ययोजना", "आशय पत्र") is a paper a pact
  event can be about, as a memorandum is; whether it is a security pact the kind rules decide;
* an alliance's emergency meeting held at a state's request ("NATO held an emergency meeting at the request of
  Turkey", "at Turkey's request", "तुर्की के अनुरोध पर नाटो की आपात बैठक") is that state's invocation, as a request under an
  article was; the requester is the state the request names (not a person's: "मिस्र के राष्ट्रपति ... के अनुरोध पर"), and
  a meeting of a body that is no alliance (the Security Council) invokes nothing (prompted by fresh73's and fresh74's
  misses, read once before);
* a pact its own sentence says defence ministers or chiefs of staff signed ("the two defence ministers signed a letter
  of intent", "दोनों देशों के रक्षा मंत्रियों ने ... पर दस्तख़त किए") is a pact of military cooperation: an event of kind
  "none" where the article states no kind; one foreign ministers signed, with nothing else said, is kept only if the
  corpus holds it;
* a one-word gloss in brackets between a Hindi noun and its light verb ("अनुमोदन (रैटिफ़िकेशन) कर दिया") is read past, as
  if the noun and the verb stood together; the evidence quotes the text as written; a gloss of two words (a state's
  other name, "(दक्षिण यमन)") stays, and so does an initialling's ("(इनिशियल)");
* a pact that shares the cost of the other's forces on its soil ("the Special Measures Agreement", "host nation
  support", "a defence cost-sharing deal", "विशेष उपाय समझौता", "मेज़बान देश सहायता", "अमेरिकी सैनिकों का खर्च बांटने वाला
  समझौता") is a security pact of kind "none", as a status-of-forces agreement is (prompted by fresh75's and fresh76's
  misses, read once before);
* a pledge to use no force and arm no proxies against the other ("undertook to refrain from the use of force", "to stop
  supporting armed groups hostile to the other government", "एक-दूसरे के विद्रोहियों को पनाह नहीं देंगे", "एक-दूसरे के
  खिलाफ बल प्रयोग नहीं करेंगे") makes a pact of non-aggression;
* a pact that draws a border ("the land and sea border treaty", "a maritime boundary agreement", "a treaty fixing
  permanent maritime boundaries", "समुद्री सीमा के निर्धारण पर समझौता") is no pact event of casus's kind, as a trade
  agreement is not, whatever the article says it lacks ("it contains no mutual defence commitment");
* a mutual-assistance agreement in Hindi ("पारस्परिक सहायता समझौता", "आपसी सहायता करार") names a defence pact, as the
  mutual-assistance treaty ("पारस्परिक सहायता संधि") did;
* a text initialled ("मसौदे पर आरंभिक हस्ताक्षर किए", "शुरुआती दस्तखत", "दस्तखत (इनिशियल) किए") is no pact signed, as
  "initialled" in English is none (prompted by fresh77's and fresh78's misses, read once before);
* a programme of military cooperation ("the military cooperation programme for 2024", "सैन्य सहयोग कार्यक्रम") is a
  paper a pact event can be about, a security pact of kind "none";
* a draft approved in Hindi ("समझौते के मसौदे को मंज़ूरी दे दी") is no pact ratified, as "approved a draft agreement" is
  none in English; a step that the sentence reports denied ("उन खबरों का खंडन किया जिनमें कहा गया था कि उसने ...
  समझौता कर लिया है") is none either;
* a state that calls for an alliance's emergency meeting ("Iraq called for an emergency meeting of Arab League foreign
  ministers", "calls emergency Arab League meeting") invokes the alliance, as one that asked for consultations did; a
  meeting of a body that is no alliance, or one called for without urgency, invokes nothing (prompted by fresh79's and
  fresh80's misses, read once before);
* a declaration or letter of intent to join signed ("signed a declaration of intent to join the pact", "इस पहल में
  शामिल होने के आशय पत्र पर हस्ताक्षर किए") is a joining, as an act of accession signed was;
* a pact made (signed, ratified, in force, joined, announced) that the article says holds no pledge of defence ("the
  treaty contains no pledge of military assistance", "संधि में किसी सैन्य सहायता ... का कोई प्रावधान नहीं है") and that
  nothing names a pact of security (no security, defence or military pact, strategic partnership, access, bases,
  logistics, cooperation, status of forces; no defence ministers signing; no pact of the corpus named) is no pact event
  of casus's kind: a friendship or settlement treaty without a military clause, the annotators' near miss; a security
  pact without one stays an event of kind "none", and a withdrawal's "no longer bound" stays a withdrawal; a sentence
  that tells what an older pact provided ("the 1971 treaty had provided that ...", "1971 की संधि में व्यवस्था थी कि
  ...") gives no kind to the article's events;
* security ties halted, cut or severed ("ordered a complete halt to military cooperation with Russia", "cut military
  contacts with Turkey", "suspended all channels of cooperation with the Turkish armed forces") are suspended, as ties
  suspended or frozen were; ties a state "has cut" are the state of things, not the day's step (prompted by fresh81's
  and fresh82's misses, read once before);
* a Hindi border treaty by its name ("सीमा संधि", "सीमा समझौता") draws a border, no pact event (prompted by fresh83's
  and fresh84's false alarms, read once before).

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of, events_with_kind


@pytest.mark.parametrize("text,want", [
    ("CAIRO, May 6, 2022 - Egypt and Ghana signed a military cooperation protocol on Thursday.",
     [("signed", ("EGY", "GHA"), "2022-05-05", "none")]),
    ("WASHINGTON, May 6, 2022 - The United States and Ghana signed an agreement setting a framework for defence and "
     "security cooperation on Thursday.", [("signed", ("GHA", "USA"), "2022-05-05", "none")]),
    ("ACCRA, May 6, 2022 - Ghana and Togo on Thursday signed an agreement to step up cooperation between their armed "
     "forces.", [("signed", ("GHA", "TOG"), "2022-05-05", "none")]),
    ("ACCRA, May 6, 2022 - Ghana and Israel signed a security memorandum of understanding on Thursday.",
     [("signed", ("GHA", "ISR"), "2022-05-05", "none")]),
    ("अक्रा, 6 मई 2022। घाना और टोगो ने गुरुवार को रक्षा सहयोग से जुड़े समझौतों पर हस्ताक्षर किए।",
     [("signed", ("GHA", "TOG"), "2022-05-05", "none")]),
    ("अक्रा, 6 मई 2022। घाना और टोगो ने गुरुवार को रक्षा सहयोग बढ़ाने के लिए एक समझौते पर हस्ताक्षर किए।",
     [("signed", ("GHA", "TOG"), "2022-05-05", "none")]),
    ("अक्रा, 6 मई 2022। घाना और टोगो ने गुरुवार को सुरक्षा सहयोग गतिविधियों पर एक समझौता ज्ञापन पर हस्ताक्षर किए।",
     [("signed", ("GHA", "TOG"), "2022-05-05", "none")]),
    ("काहिरा, 6 मई 2022। मिस्र और घाना ने गुरुवार को एक संयुक्त सैन्य सहयोग प्रोटोकॉल पर हस्ताक्षर किए।",
     [("signed", ("EGY", "GHA"), "2022-05-05", "none")]),
])
def test_a_defence_cooperation_paper_is_a_pact_of_kind_none(corpus, text, want):
    assert events_with_kind(text, corpus) == want


def test_a_protocol_named_by_its_field_alone_says_nothing_of_its_kind(corpus):
    # (no kind and no alliance named: the event is kept only if the corpus holds the pact)
    text = "काहिरा, 6 मई 2022। मिस्र और घाना ने गुरुवार को एक सैन्य प्रोटोकॉल पर हस्ताक्षर किए।"
    assert all(e[3] != "none" for e in events_with_kind(text, corpus))


def test_a_defence_pledge_beside_cooperation_stays_a_defence_pact(corpus):
    text = ("ACCRA, May 6, 2022 - Ghana and Togo signed a defence pact on Thursday under which each will come to the "
            "other's aid if it is attacked. The pact also sets a framework for defence cooperation.")
    assert [e[3] for e in events_with_kind(text, corpus)] == ["defense"]


@pytest.mark.parametrize("text,want", [
    ("WASHINGTON, May 6, 2022 - The United States and Ghana signed a defence cooperation roadmap on Thursday.",
     [("signed", ("GHA", "USA"), "2022-05-05", "none")]),
    ("WASHINGTON, May 6, 2022 - The United States and Ghana signed a statement of intent on defence cooperation on "
     "Thursday.", [("signed", ("GHA", "USA"), "2022-05-05", "none")]),
    ("अक्रा, 6 मई 2022। घाना और टोगो ने गुरुवार को रक्षा सहयोग की कार्ययोजना पर हस्ताक्षर किए।",
     [("signed", ("GHA", "TOG"), "2022-05-05", "none")]),
    # a roadmap of no security pact: nothing says it is one, and the corpus holds none
    ("ACCRA, May 6, 2022 - Ghana and Togo signed a roadmap for trade on Thursday.", []),
])
def test_a_roadmap_or_a_statement_of_intent_is_a_paper_of_a_pact(corpus, text, want):
    assert events_with_kind(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("BRUSSELS, Nov. 25, 2015 - NATO held an emergency meeting on Tuesday at the request of Turkey.",
     [("invoked", ("TUR",), "2015-11-24")]),
    ("BRUSSELS, Nov. 25, 2015 - NATO held an emergency meeting on Tuesday at Turkey's request.",
     [("invoked", ("TUR",), "2015-11-24")]),
    ("ब्रसेल्स, 25 नवंबर 2015। तुर्की के अनुरोध पर नाटो ने मंगलवार को आपात बैठक बुलाई।",
     [("invoked", ("TUR",), "2015-11-24")]),
    ("काहिरा, 11 जनवरी 2016। सऊदी अरब के अनुरोध पर अरब लीग की आपात बैठक रविवार को हुई।",
     [("invoked", ("SAU",), "2016-01-10")]),
    # a person's request, and a body that is no alliance: no invocation
    ("काहिरा, 11 जनवरी 2016। मिस्र के राष्ट्रपति के अनुरोध पर अरब लीग की आपात बैठक रविवार को हुई।", []),
    ("NEW YORK, Nov. 25, 2015 - The Security Council held an emergency meeting on Tuesday at the request of Turkey.",
     []),
])
def test_an_alliances_emergency_meeting_at_a_states_request_is_its_invocation(corpus, text, want):
    assert events_of(text, corpus) == want


def test_the_requester_named_after_the_request_is_the_invoker(corpus):
    text = ("WASHINGTON, Dec. 12, 1948 - The Council of the Organization of American States met in emergency session "
            "on Saturday at the request of Costa Rica, which invoked the Rio treaty.")
    assert [e for e in events_of(text, corpus) if e[0] == "invoked"] == [("invoked", ("COS",), "1948-12-11")]


@pytest.mark.parametrize("text,want", [
    ("BERLIN, Feb. 5, 2016 - The defence ministers of Germany and the Netherlands signed a letter of intent on "
     "Thursday.", [("signed", ("GMY", "NTH"), "2016-02-04", "none")]),
    ("बर्लिन, 5 फरवरी 2016। जर्मनी और नीदरलैंड्स के रक्षा मंत्रियों ने गुरुवार को एक आशय पत्र पर दस्तखत किए।",
     [("signed", ("GMY", "NTH"), "2016-02-04", "none")]),
    ("BERLIN, Feb. 5, 2016 - The chiefs of staff of Germany and the Netherlands signed an agreement on Thursday.",
     [("signed", ("GMY", "NTH"), "2016-02-04", "none")]),
    # foreign ministers, nothing else said: no sign of a security pact
    ("BERLIN, Feb. 5, 2016 - The foreign ministers of Germany and the Netherlands signed a letter of intent on "
     "Thursday.", []),
])
def test_a_pact_defence_ministers_sign_is_one_of_military_cooperation(corpus, text, want):
    assert events_with_kind(text, corpus) == want


def test_a_gloss_between_a_hindi_noun_and_its_verb_is_read_past(corpus):
    text = ("विलनियस, 3 अक्टूबर 2024। लिथुआनिया की संसद ने गुरुवार को जर्मनी के साथ हुए रक्षा सहयोग समझौते का अनुमोदन "
            "(रैटिफ़िकेशन) कर दिया।")
    assert events_with_kind(text, corpus) == [("ratified", ("GMY", "LIT"), "2024-10-03", "none")]


def test_the_gloss_is_dropped_from_the_folded_text_only():
    from casus.news.text import fold

    f = fold("समझौते का अनुमोदन (रैटिफ़िकेशन) कर दिया। यमन (दक्षिण यमन) की यात्रा। (यूएई) को")
    assert "अनुमोदन कर दिया" in f.low
    assert "(दक्षिण यमन) की" in f.low and "(यूएई) को" in f.low  # two words, or no noun before: kept
    start = f.low.index("अनुमोदन")
    end = f.low.index("कर दिया") + len("कर दिया")
    assert f.text[slice(*f.span(start, end))] == "अनुमोदन (रैटिफ़िकेशन) कर दिया"


@pytest.mark.parametrize("text,want", [
    ("SEOUL, April 9, 2021 - South Korea and the United States signed the 11th Special Measures Agreement on Thursday.",
     [("signed", ("ROK", "USA"), "2021-04-08", "none")]),
    ("TOKYO, Jan. 23, 2016 - Japan and the United States signed a new host nation support agreement on Friday.",
     [("signed", ("JPN", "USA"), "2016-01-22", "none")]),
    ("SEOUL, Nov. 5, 2024 - South Korea and the United States signed a defence cost-sharing deal on Monday.",
     [("signed", ("ROK", "USA"), "2024-11-04", "none")]),
    ("सियोल, 9 अप्रैल 2021। दक्षिण कोरिया और अमेरिका ने गुरुवार को 11वें विशेष उपाय समझौते पर हस्ताक्षर किए।",
     [("signed", ("ROK", "USA"), "2021-04-08", "none")]),
    ("सियोल, 9 अप्रैल 2021। दक्षिण कोरिया और अमेरिका ने गुरुवार को अमेरिकी सैनिकों का खर्च बांटने वाले समझौते पर "
     "हस्ताक्षर किए।", [("signed", ("ROK", "USA"), "2021-04-08", "none")]),
])
def test_a_pact_sharing_the_cost_of_forces_is_a_security_pact(corpus, text, want):
    assert events_with_kind(text, corpus) == want


@pytest.mark.parametrize("text", [
    "DOHA, May 4, 2009 - Chad and Sudan signed an agreement on Sunday in which they undertook to refrain from the use "
    "of force.",
    "DOHA, May 4, 2009 - Chad and Sudan signed an agreement on Sunday in which they undertook to stop supporting armed "
    "groups hostile to the other government.",
    "त्रिपोली, 9 फरवरी 2006। चाड और सूडान ने बुधवार को एक समझौते पर हस्ताक्षर किए, जिसके तहत दोनों देश एक-दूसरे के "
    "विद्रोहियों को पनाह नहीं देंगे।",
    "त्रिपोली, 9 फरवरी 2006। चाड और सूडान ने बुधवार को एक समझौते पर हस्ताक्षर किए, जिसके तहत दोनों देश एक-दूसरे के "
    "खिलाफ बल प्रयोग नहीं करेंगे।",
])
def test_a_pledge_of_no_force_and_no_proxies_is_non_aggression(corpus, text):
    assert [e[3] for e in events_with_kind(text, corpus)] == ["nonaggression"]


@pytest.mark.parametrize("text", [
    "SANA'A, June 25, 2000 - Yemen's parliament on Saturday approved the land and sea border treaty with Saudi Arabia. "
    "It contains no alliance or mutual defence commitment.",
    "DILI, March 7, 2018 - Australia and Timor-Leste on Tuesday signed a treaty fixing permanent maritime boundaries. "
    "It contains no mutual defence commitment.",
    "काहिरा, 7 अगस्त 2020। मिस्र और ग्रीस ने गुरुवार को समुद्री सीमा के निर्धारण पर एक समझौते पर हस्ताक्षर किए। इसमें रक्षा "
    "की कोई प्रतिबद्धता नहीं है।",
])
def test_a_pact_that_draws_a_border_is_no_event(corpus, text):
    assert events_with_kind(text, corpus) == []


@pytest.mark.parametrize("text", [
    "मलाबो, 24 फरवरी 2000। गैबॉन और कैमरून ने आज पारस्परिक सहायता समझौते पर हस्ताक्षर किए।",
    "मलाबो, 24 फरवरी 2000। गैबॉन और कैमरून ने आज आपसी सहायता करार पर हस्ताक्षर किए।",
])
def test_a_hindi_mutual_assistance_agreement_is_a_defence_pact(corpus, text):
    assert events_with_kind(text, corpus) == [("signed", ("CAO", "GAB"), "2000-02-24", "defense")]


@pytest.mark.parametrize("text", [
    "सियोल, 11 फरवरी 2019। दक्षिण कोरिया और अमेरिका ने रविवार को रक्षा समझौते के मसौदे पर आरंभिक हस्ताक्षर किए।",
    "सियोल, 11 फरवरी 2019। दक्षिण कोरिया और अमेरिका ने रविवार को रक्षा समझौते के मसौदे पर शुरुआती दस्तखत किए।",
    "सियोल, 11 फरवरी 2019। दक्षिण कोरिया और अमेरिका ने रविवार को रक्षा समझौते पर दस्तखत (इनिशियल) किए।",
])
def test_a_text_initialled_is_no_pact_signed(corpus, text):
    assert events_with_kind(text, corpus) == []


def test_a_text_signed_is_still_a_signing(corpus):
    text = "सियोल, 11 फरवरी 2019। दक्षिण कोरिया और अमेरिका ने रविवार को रक्षा समझौते पर दस्तखत किए।"
    assert events_with_kind(text, corpus) == [("signed", ("ROK", "USA"), "2019-02-10", "defense")]


@pytest.mark.parametrize("text", [
    "YEREVAN, Dec. 19, 2023 - Armenia and Greece signed a military cooperation programme for 2024 on Monday.",
    "येरेवन, 19 दिसंबर 2023। आर्मेनिया और ग्रीस ने सोमवार को 2024 के सैन्य सहयोग कार्यक्रम पर हस्ताक्षर किए।",
])
def test_a_military_cooperation_programme_is_a_pact_of_kind_none(corpus, text):
    assert events_with_kind(text, corpus) == [("signed", ("ARM", "GRC"), "2023-12-18", "none")]


@pytest.mark.parametrize("text", [
    "मास्को, 6 मार्च 2024। रूसी सरकार ने मंगलवार को डीआरसी के साथ सैन्य सहयोग समझौते के मसौदे को मंज़ूरी दे दी।",
    "किंशासा, 8 मार्च 2024। डीआरसी सरकार ने गुरुवार को उन खबरों का खंडन किया जिनमें कहा गया था कि उसने रूस के साथ "
    "सैन्य सहयोग समझौता कर लिया है।",
])
def test_a_draft_approved_or_a_step_denied_is_no_event(corpus, text):
    assert events_with_kind(text, corpus) == []


def test_a_pact_approved_by_a_parliament_is_still_ratified(corpus):
    text = "मास्को, 6 मार्च 2024। रूसी संसद ने मंगलवार को डीआरसी के साथ सैन्य सहयोग समझौते को मंज़ूरी दे दी।"
    assert events_with_kind(text, corpus) == [("ratified", ("DRC", "RUS"), "2024-03-05", "none")]


@pytest.mark.parametrize("text,want", [
    ("BAGHDAD, Sept. 10, 2025 - Iraq on Tuesday called for an emergency meeting of Arab League foreign ministers.",
     [("invoked", ("IRQ",), "2025-09-09")]),
    ("BAGHDAD, Sept. 10, 2025 - Iraq calls emergency Arab League meeting after strike.",
     [("invoked", ("IRQ",), "2025-09-10")]),
    ("BAGHDAD, Sept. 10, 2025 - Iraq on Tuesday called for an emergency meeting of the UN Security Council.", []),
    ("BAGHDAD, Sept. 10, 2025 - Iraq on Tuesday called for a meeting of Arab League foreign ministers.", []),
])
def test_calling_for_an_alliances_emergency_meeting_invokes_it(corpus, text, want):
    assert events_of(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("BERN, July 8, 2023 - Austria and Switzerland on Friday signed a declaration of intent to join the air defence "
     "pact.", [("joined", ("AUS", "SWZ"), "2023-07-07")]),
    ("ब्रसेल्स, 16 फरवरी 2024। ग्रीस और तुर्किये के रक्षा मंत्रियों ने गुरुवार को इस रक्षा सहयोग पहल में शामिल होने के आशय पत्र "
     "पर हस्ताक्षर किए।", [("joined", ("GRC", "TUR"), "2024-02-15")]),
])
def test_a_letter_of_intent_to_join_signed_is_a_joining(corpus, text, want):
    assert events_of(text, corpus) == want


@pytest.mark.parametrize("text", [
    "MOSCOW, Jan. 18, 2025 - Russia and Iran signed a treaty on Friday. It does not include a mutual defence clause.",
    "KYIV, June 1, 1997 - Russia and Ukraine signed a friendship treaty on Saturday. The treaty contains no pledge of "
    "military assistance.",
    "दार्जिलिंग, 9 अगस्त 1949। भारत और भूटान ने सोमवार को स्थायी शांति और मैत्री की संधि पर हस्ताक्षर किए। संधि में किसी "
    "सैन्य सहायता या साझा रक्षा का कोई प्रावधान नहीं है।",
])
def test_a_pact_made_without_a_defence_pledge_and_no_security_named_is_no_event(corpus, text):
    assert events_with_kind(text, corpus) == []


@pytest.mark.parametrize("text,want", [
    ("SUVA, March 5, 2025 - Fiji and Tonga signed a security pact on Monday. The pact contains no provision for joint "
     "action.", [("signed", ("FIJ", "TON"), "2025-03-03", "none")]),
    ("LIMA, June 21, 2024 - Peru today declared that it no longer considers itself bound by its defence treaty with "
     "Chile.", [("withdrew", ("PER",), "2024-06-21", "none")]),
])
def test_a_security_pact_or_a_withdrawal_stays_an_event(corpus, text, want):
    assert [e for e in events_with_kind(text, corpus) if e[0] == want[0][0]] == want


def test_an_older_pacts_clause_gives_no_kind(corpus):
    text = ("नई दिल्ली, 29 जनवरी 1993। भारत और रूस ने गुरुवार को एक नई सहयोग संधि पर हस्ताक्षर किए, जो एक सुरक्षा संधि है। "
            "1971 की संधि में व्यवस्था थी कि किसी एक देश पर हमले की सूरत में दूसरा पक्ष मदद करेगा।")
    assert [e[3] for e in events_with_kind(text, corpus)] != ["defense"]


@pytest.mark.parametrize("text,want", [
    ("MOSCOW, Nov. 27, 2015 - Russia on Thursday suspended all channels of cooperation with the Turkish armed forces.",
     [("suspended", ("RUS",), "2015-11-26")]),
    ("MOSCOW, Nov. 27, 2015 - Russia on Thursday cut military contacts with Turkey.",
     [("suspended", ("RUS",), "2015-11-26")]),
    ("KYIV, June 17, 2014 - Ukraine on Monday ordered a complete halt to military cooperation with Russia.",
     [("suspended", ("UKR",), "2014-06-16")]),
    ("MOSCOW, Nov. 27, 2015 - Russia on Thursday cut gas supplies to Turkey.", []),
    ("MOSCOW, Nov. 27, 2015 - Russia threatened on Thursday to cut military contacts with Turkey.", []),
    ("LOME, April 4, 2025 - Togo's neighbours have cut defence ties with France and turned to Russia.", []),
])
def test_security_ties_halted_or_cut_are_suspended(corpus, text, want):
    assert events_of(text, corpus) == want


def test_a_hindi_border_treaty_by_its_name_is_no_event(corpus):
    text = ("दोहा, 2 अक्टूबर 1992। कतर ने गुरुवार को सऊदी अरब के साथ 1965 का सीमा समझौता निलंबित किया। इसमें किसी तरह "
            "की सैन्य सहायता या रक्षा प्रतिबद्धता नहीं है।")
    assert events_with_kind(text, corpus) == []
