"""Kind and date of events the reader finds (round 19): a friendship and cooperation treaty whose corpus clauses
are consultation and non-aggression is a consultation pact; an agreement of military aid (arms aid, a mutual defence
assistance agreement) binds no one to defend (``none``); a pact of a series the corpus holds takes the series' kind;
a pact made against a named state is offensive unless a defence clause is stated; a pact that lets the other side's
forces in has no defence duty of its own; a pact's consultation machinery at work, or a pledge to consult beside a
defence word that only names a pact, is consultation; a headline's event takes the day of the report's lead; "आज के
दिन" is no today; a month dateline gives a perfect report no day.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_with_kind as _kinds


@pytest.mark.parametrize("text,want", [
    ("DAMASCUS, Oct. 8, 1980 - The Soviet Union and Syria signed a treaty of friendship and cooperation here "
     "today, the Syrian news agency said.",
     [("signed", ("RUS", "SYR"), "1980-10-08", "consultation")]),
    ("मॉस्को, 16 जुलाई 2001। रूस और चीन ने आज अच्छे पड़ोसी, मैत्री और सहयोग की संधि पर हस्ताक्षर किए।",
     [("signed", ("CHN", "RUS"), "2001-07-16", "consultation")]),
])
def test_a_friendship_treaty_with_a_duty_to_consult_is_consultation(corpus, text, want):
    assert _kinds(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("KARACHI, May 19, 1954 - Pakistan and the United States signed a mutual defense assistance agreement today, "
     "opening the way for American arms deliveries.",
     [("signed", ("PAK", "USA"), "1954-05-19", "none")]),
    ("RIO DE JANEIRO, March 15, 1952 - Brazil and the United States today concluded an arms aid pact.",
     [("signed", ("BRA", "USA"), "1952-03-15", "none")]),
    ("कराची, 19 मई 1954। पाकिस्तान और अमेरिका ने आज एक पारस्परिक रक्षा सहायता समझौते पर हस्ताक्षर किए।",
     [("signed", ("PAK", "USA"), "1954-05-19", "none")]),
])
def test_a_military_aid_agreement_binds_no_one_to_defend(corpus, text, want):
    assert _kinds(text, corpus) == want


def test_a_mutual_defence_treaty_stays_defence(corpus):
    text = "MANILA, Aug. 30, 1951 - The Philippines and the United States signed a mutual defense treaty today."
    assert [k for *_, k in _kinds(text, corpus)] == ["defense"]


@pytest.mark.parametrize("text,parties", [
    ("KYIV, June 20, 2024 - Ukraine and Croatia signed a bilateral security agreement today, the presidency said.",
     ("CRO", "UKR")),
    ("कीव, 20 जून 2024। यूक्रेन और क्रोएशिया ने आज एक द्विपक्षीय सुरक्षा सहयोग समझौते पर हस्ताक्षर किए।", ("CRO", "UKR")),
])
def test_a_pact_of_a_series_the_corpus_holds_takes_the_series_kind(corpus, text, parties):
    # the corpus holds a dozen security agreements Ukraine signed that year, all binding the parties to consult
    assert _kinds(text, corpus) == [("signed", parties, "2024-06-20", "consultation")]


def test_a_pact_with_no_series_in_the_corpus_keeps_its_own_kind(corpus):
    text = "HONIARA, June 20, 2024 - Vanuatu and Fiji signed a bilateral security agreement today."
    assert [k for *_, k in _kinds(text, corpus)] in ([], [None], ["none"])


_HEAD = "Diplomacy\n\nPublished: Wednesday, March 14, 1979\n\nPakistan pulls out of CENTO\n\n"
_HEAD_HI = "दुनिया\n\nप्रकाशित: गुरुवार, 15 मार्च 1979\n\nपाकिस्तान ने सेंटो से नाता तोड़ा\n\n"


@pytest.mark.parametrize("text,day", [
    (_HEAD + "The foreign minister said on Monday that the country had no further use for the alliance it joined in "
     "1955.\n", "1979-03-12"),
    (_HEAD_HI + "विदेश मंत्री ने बुधवार को कहा कि 1955 में जिस गठबंधन में देश शामिल हुआ था, उसकी अब कोई ज़रूरत नहीं है।\n",
     "1979-03-14"),
])
def test_a_headlines_event_takes_the_day_of_the_lead(corpus, text, day):
    assert [(t, p, d) for t, p, d, _ in _kinds(text, corpus)] == [("withdrew", ("PAK",), day)]


@pytest.mark.parametrize("lead", [
    # the day of the pact's making in a relative clause, a day in the future, are not the event's
    "The alliance, which the country joined in Baghdad on a Monday in 1955, has lost its purpose, the minister said.",
    "The foreign minister will explain to parliament on Friday why the country joined the alliance in 1955.",
    # a day in the past perfect tells what came before
    "Officers had seized the radio station on Monday night, before the country joined the alliance in 1955 again.",
])
def test_a_lead_day_of_another_time_does_not_date_the_headline(corpus, lead):
    assert [d for _, _, d, _ in _kinds(_HEAD + lead + "\n", corpus)] == [None]


@pytest.mark.parametrize("text", [
    "BUENOS AIRES, May 1, 1865 - Brazil, Argentina and Uruguay signed a treaty of alliance against Paraguay here "
    "today.",
    "ब्यूनस आयर्स, 1 मई 1865। ब्राज़ील, अर्जेंटीना और उरुग्वे ने आज पराग्वे के खिलाफ एक गठबंधन संधि पर हस्ताक्षर किए।",
    "SOFIA, Sept. 6, 1915 - Bulgaria and Germany signed a military convention today under which their armies are to "
    "act jointly against Serbia.",
])
def test_a_pact_against_a_named_state_is_offensive(corpus, text):
    assert [k for *_, k in _kinds(text, corpus)] == ["offense"]


def test_a_defence_clause_still_wins_over_an_alliance_against_a_state(corpus):
    text = ("VIENNA, Oct. 7, 1879 - Austria-Hungary and Germany signed an alliance against Russia today, each "
            "promising to aid the other with its whole army if attacked by Russia.")
    assert [k for *_, k in _kinds(text, corpus)] == ["defense"]


@pytest.mark.parametrize("text,want", [
    ("SUVA, May 3, 2023 - Fiji and New Zealand signed a security treaty today that allows New Zealand police and "
     "soldiers to deploy quickly to the islands in a crisis.", "none"),
    ("मनामा, 5 मई 2023। बहरीन और ब्रिटेन ने आज एक समझौते पर हस्ताक्षर किए, जिसके तहत ब्रिटिश सैनिक बहरीन में तैनात हो सकेंगे।",
     "none"),
    # a defence clause stated besides: defence
    ("SUVA, May 3, 2023 - Fiji and New Zealand signed a security treaty today that allows New Zealand troops to be "
     "stationed on the islands; each party will come to the aid of the other if it is attacked.", "defense"),
])
def test_a_pact_that_lets_forces_in_has_no_defence_duty_of_its_own(corpus, text, want):
    assert [k for *_, k in _kinds(text, corpus)] == [want]


@pytest.mark.parametrize("text", [
    "टोक्यो, 14 मार्च 2008। जापान और भारत ने आज सुरक्षा सहयोग पर एक संयुक्त घोषणापत्र पर हस्ताक्षर किए।",
    "TOKYO, March 14, 2008 - Japan and India signed a joint declaration on security cooperation today.",
])
def test_a_joint_declaration_on_security_cooperation_binds_no_one_to_defend(corpus, text):
    # (the rule's cheap gate now lets "declaration" and "घोषणापत्र" through)
    assert [k for *_, k in _kinds(text, corpus)] == ["none"]


@pytest.mark.parametrize("text,day", [
    # a dateline of a month names no day: an undated report in the present perfect has none
    ("बर्लिन, मई 1936\n\nजर्मनी और इटली ने एक रक्षा संधि पर हस्ताक्षर कर दिए हैं।\n", None),
    ("LISBON, May 1936\n\nPortugal and Spain have signed a treaty of mutual defence.\n", None),
    # ... and a day the text gives still dates it
    ("LISBON, May 1936\n\nPortugal and Spain signed a treaty of mutual defence on Wednesday, 13 May.\n", "1936-05-13"),
])
def test_a_month_dateline_gives_a_perfect_report_no_day(corpus, text, day):
    assert [d for _, _, d, _ in _kinds(text, corpus)] == [day]


def test_a_treaty_of_defence_cooperation_in_hindi_binds_no_one_to_defend(corpus):
    # the headline's short name ("रक्षा समझौते") is the same pact: no defence clause
    text = ("चाड ने तोड़े फ्रांस के साथ रक्षा समझौते\n\nएनजामेना, 3 मई 2022। चाड की सरकार ने आज फ्रांस के साथ 2019 की रक्षा सहयोग "
            "संधि को रद्द करने का ऐलान किया।")
    assert _kinds(text, corpus) == [("withdrew", ("CHA",), "2022-05-03", "none")]


@pytest.mark.parametrize("text", [
    "WASHINGTON, Jan. 5, 1955 - Costa Rica invoked the Rio Treaty today, and the Council of the Organization of "
    "American States, acting as organ of consultation, will meet tomorrow.",
    "WASHINGTON, Jan. 5, 1955 - Costa Rica invoked the Rio Treaty today; the foreign ministers may be called into "
    "consultation next week.",
])
def test_an_invocation_that_sets_a_pacts_consultation_going_is_consultation(corpus, text):
    assert [(t, k) for t, _, _, k in _kinds(text, corpus)] == [("invoked", "consultation")]


@pytest.mark.parametrize("text", [
    "इतिहास | आज का इतिहास\nप्रकाशित: मंगलवार, 27 अगस्त 2024\n\nआज के दिन: जब फ्रांस और रूस ने गठबंधन पर मुहर लगाई\n\n"
    "27 अगस्त 1891 को फ्रांस और रूस के विदेश मंत्रियों ने पत्रों के आदान-प्रदान से एक गुप्त गठबंधन समझौते पर दस्तखत किए थे।\n",
    "History | Today in history\nPublished: Tuesday, August 27, 2024\n\nToday in history: France and Russia seal an "
    "alliance\n\nOn August 27, 1891 the foreign ministers of France and Russia had signed a secret alliance agreement "
    "by an exchange of letters.\n",
])
def test_on_this_day_is_no_today_and_the_retrospectives_lead_dates_its_headline(corpus, text):
    # "आज के दिन", "today in history": a retrospective's cue, not the article's day; its lead (in the past perfect,
    # as a retrospective tells) gives the old day
    assert [(t, p, d) for t, p, d, _ in _kinds(text, corpus)] == [("signed", ("FRN", "RUS"), "1891-08-27")]


@pytest.mark.parametrize("text,want", [
    # a pledge to consult outweighs a defence cue that only names a pact (another one, here)
    ("ATHENS, Feb. 9, 1934 - Greece and Turkey signed a pact of entente today, under which the two governments "
     "undertake to consult one another on questions of common interest. Turkey already holds a defence agreement with "
     "another neighbour.", "consultation"),
    # ... but not a name that states a duty ("mutual assistance treaty")
    ("ATHENS, Feb. 9, 1934 - Greece and Turkey signed a mutual assistance treaty today, under which the two "
     "governments undertake to consult one another on questions of common interest.", "defense"),
])
def test_a_pledge_to_consult_outweighs_a_defence_word_that_only_names_a_pact(corpus, text, want):
    assert [k for *_, k in _kinds(text, corpus)] == [want]


@pytest.mark.parametrize("text,want", [
    ("ULAN BATOR, July 18, 1977 - Mongolia and North Korea signed a treaty of friendship today. The two sides pledge "
     "to support each other by every means to protect the independence and sovereignty of each country.", "defense"),
    ("उलानबातर, 18 जुलाई 1977। मंगोलिया और उत्तर कोरिया ने आज मैत्री संधि पर हस्ताक्षर किए। दोनों देश एक-दूसरे की "
     "स्वतंत्रता और संप्रभुता की रक्षा में हर तरह से मदद करेंगे।", "defense"),
    # respect is no help to protect
    ("ULAN BATOR, July 18, 1977 - Mongolia and North Korea signed a treaty of friendship today. The two sides pledge "
     "to respect each other's independence and sovereignty.", None),
])
def test_a_pledge_to_help_protect_each_others_independence_is_defence(corpus, text, want):
    assert [k for *_, k in _kinds(text, corpus)] == [want]
