"""Round 28 of the news reader's general rules (prompted by the misses of fresh57-fresh62, each read once before):

* a state admitted to an organisation's membership joins it ("was admitted as a member of the League of Arab
  States", "were admitted as full members"), and so does one that returns to it ("was readmitted to", "resumed its
  seat in the League");
* a verb after a clause of time ("ten years after its membership was suspended") tells what came before the main
  verb's event: the main clause's verb reports the event ("Egypt resumed its seat ..., ten years after its membership
  was suspended" joins, it does not suspend);
* a Hindi verb-first clause names its subject after the verb ("... अरब लीग का सदस्य बना था कुवैत, ..."): that state
  is the party when no state stands before the verb;
* "आज ही के दिन" with the years completed in the same sentence ("..., 55 साल पूरे") is a retrospective's cue: the
  day of the article's date that many years back;
* a war declared in the lead next to a sentence naming the alliance it is declared under ("ran through its alliance
  with Serbia", "... के साथ गठबंधन के तहत") invokes the alliance, as one declared beside an ally did;
* a legislature named with an apposition ("Norway's parliament, the Storting, on Wednesday approved ...", "The Senate,
  the upper house of the Spanish parliament, ...") that approves a pact ratifies it, as one named alone did; so do
  legislatures by their own names (the Storting, the Riksdag, the Sabor, the National Council ...);
* a Hindi legislature that adopts the law of a pact's approval or the law that holds it ("... संधि के अनुमोदन का कानून
  स्वीकार कर लिया", "... प्रोटोकॉल वाला कानून पास किया") ratifies it;
* a signing that the sentence or the next says completes the ratification ("signed the treaty, completing its
  ratification", "... पर हस्ताक्षर कर दिए। इसके साथ ही ... अनुमोदन की प्रक्रिया पूरी हो गई") is a ratification;
* a legislature that "voted late on Wednesday to ratify" a pact ratified it ("to" before the verb is no future after
  a vote); a vote down or a vote to come ratifies nothing;
* the protocols on states' accession named in the possessive ("the protocols on Finland's and Sweden's accession")
  are one event per acceding state, as "the protocols on the accession of Finland and Sweden" were (prompted by
  fresh61's and fresh62's misses, read once before);
* a signing told as "earlier this month", "last month" or "earlier this year" is background to the article's news;
* "concluded that" followed by a clause is a judgement, not a pact concluded ("that" as a determiner, "concluded that
  defence agreement", still concludes one);
* pacts with partners counted, not named ("with at least 19 countries, among them ...", "कम से कम 19 अफ्रीकी देशों के
  साथ"), are a tally, no event;
* the chandrabindu reads as the anusvara ("माँग" as "मांग"), the evidence still quoted as the article wrote it;
* the Southern African Development Community by its names ("SADC", "दक्षिणी अफ्रीकी विकास समुदाय") is ATOP 4985 (SADC's
  members of 2001; its second phase begins on the day of the SADC Mutual Defence Pact), so a request it turns down
  is a refusal under a pact;
* a bloc that will not send troops to a state ("will not send peacekeepers to Kyrgyzstan", "किर्गिस्तान में अपनी शांति
  सेना नहीं भेजेगा") declines, that state its party, even where the article does not report the request (prompted by
  fresh63's and fresh64's misses, read once before);
* an announcement whose complement tells a past step ("announced on Thursday that their agreement had entered into
  force") reports that step; one of nothing ("announced no new step under the agreement") reports none;
* a legislature that "has approved" a pact ratified it, as one that "approved" it did;
* an undated signing beside a dated later step of the article (its entry into force, a ratification) is that step's
  background, in any voice ("The two presidents signed the treaty in Dushanbe", not only "the treaty was signed");
* a legislature that adopts "the bill authorising ratification of" a pact ratifies it (prompted by fresh65's and
  fresh66's misses, read once before);
* a request under a pact not to be made declines ("will not ask its NATO allies for consultations under Article 4",
  "... परामर्श की मांग नहीं करेगा", "नाटो का अनुच्छेद 4 नहीं उठाएगा");
* a Hindi legislature's seal on a pact ("फ्रांस की सीनेट ने ... पर लगाई मुहर") is its ratification; the governments'
  seal stays a signing;
* a state that asked for "urgent consultations" invokes, as one that asked for consultations did; a Hindi headline's
  request with its verb first ("... ने नाटो से मांगी आपात बैठक") invokes, as "बैठक मांगी" did;
* a request not accepted, with words between ("... की मांग को सार्वजनिक रूप से स्वीकार नहीं किया"), declines;
* the Treaty of Lisbon by its names ("the Lisbon Treaty", "लिस्बन संधि") is the corpus's Treaty on European Union with
  its mutual-assistance clause (eu-teu-42-7), so a legislature's approval of it is a ratification of a pact (prompted
  by fresh67's and fresh68's misses, read once before); so are the corpus's other named pacts ("the Treaty of
  Barcelona", "the Northolt Treaty", "the Dual Alliance", "C-SIPA" ...; "the Triple Alliance", two pacts' name, is a
  pact without saying which);
* the United States' Compacts of Free Association ("the Compact of Free Association between the United States and
  Palau", "मुक्त संघ समझौता"), under which it holds those states' defence, are security pacts the corpus does not hold
  (prompted by fresh69's and fresh70's misses, read once before);
* a request for consultations with two words before the noun ("asked for urgent crisis consultations") invokes;
* no question of applying a defence pact ("रक्षा संधि लागू करने का कोई सवाल नहीं") declines, as no point in applying it did.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of as _events


@pytest.mark.parametrize("text,want", [
    ("TUNIS, Oct. 2, 1958 - Libya was admitted as a member of the League of Arab States on Wednesday.",
     [("joined", ("LIB",), "1958-10-01")]),
    ("TUNIS, Oct. 2, 1958 - Libya and Sudan were admitted as full members of the Arab League on Wednesday.",
     [("joined", ("LIB", "SUD"), "1958-10-01")]),
    ("RABAT, May 23, 1989 - Egypt was readmitted to the Arab League on Monday.",
     [("joined", ("EGY",), "1989-05-22")]),
    # admitted as a guest or an observer is no membership
    ("TUNIS, Oct. 2, 1958 - Libya's envoy was admitted to the session as a guest on Wednesday.", []),
])
def test_admitted_as_a_member_joins(corpus, text, want):
    assert _events(text, corpus) == want


def test_the_main_clause_verb_before_a_clause_of_time_reports_the_event(corpus):
    text = ("RABAT, May 23, 1989 - Egypt resumed its seat in the Arab League on Monday, twelve years after its "
            "membership was suspended over its treaty with Israel.")
    assert _events(text, corpus) == [("joined", ("EGY",), "1989-05-22")]


def test_a_verb_after_a_clause_of_time_alone_stays_the_event(corpus):
    # no verb before the clause of time: the verb after it is the sentence's own
    text = "RABAT, May 23, 1989 - Two years after the summit, Egypt joined the Arab League on Monday."
    assert _events(text, corpus) == [("joined", ("EGY",), "1989-05-22")]


@pytest.mark.parametrize("text,want", [
    ("रियाद, 12 मार्च 2010। सोमवार को अरब लीग का सदस्य बना कोमोरोस, लोग खुश।", [("joined", ("COM",), "2010-03-08")]),
    # a state before the verb is its subject; the one after it is not
    ("रियाद, 12 मार्च 2010। सोमवार को अरब लीग का सदस्य बना कोमोरोस, सोमालिया ने स्वागत किया।",
     [("joined", ("COM",), "2010-03-08")]),
    ("रियाद, 12 मार्च 2010। सोमवार को कोमोरोस अरब लीग का सदस्य बना और सोमालिया से बात की।",
     [("joined", ("COM",), "2010-03-08")]),
])
def test_a_hindi_verb_first_clause_names_its_subject_after_the_verb(corpus, text, want):
    assert _events(text, corpus) == want


def test_today_and_the_years_completed_is_a_retrospectives_cue(corpus):
    text = ("इतिहास के पन्ने\n12 मार्च 2020, गुरुवार\n\nआज ही के दिन अरब लीग का सदस्य बना था कोमोरोस, 27 साल पूरे\n\n"
            "मोरोनी। छोटा सा द्वीप देश आज की तारीख को याद करता है।")
    assert _events(text, corpus) == [("joined", ("COM",), "1993-03-12")]


def test_the_years_completed_without_today_is_no_cue(corpus):
    text = ("इतिहास के पन्ने\n12 मार्च 2020, गुरुवार\n\nअरब लीग का सदस्य बना था कोमोरोस, 27 साल पूरे\n\n"
            "मोरोनी। छोटा सा द्वीप देश आज की तारीख को याद करता है।")
    assert all(ev[2] != "1993-03-12" for ev in _events(text, corpus))


@pytest.mark.parametrize("text,want", [
    ("Greece widens its war\n\nATHENS, Nov. 3, 1912 - Greece declared war on Bulgaria on Saturday, a week after its "
     "quarrel with Sofia began.\n\nAthens' road into the fight ran through its alliance with Serbia, signed in June.",
     [("invoked", ("GRC",), "1912-11-02")]),
    ("यूनान ने बुल्गारिया के खिलाफ युद्ध का ऐलान किया\n\nएथेंस, 3 नवंबर 1912। यूनान ने शनिवार को बुल्गारिया के खिलाफ युद्ध "
     "की घोषणा कर दी।\n\nसर्बिया के साथ गठबंधन के तहत उठाया गया यह कदम अहम है।",
     [("invoked", ("GRC",), "1912-11-02")]),
    # the alliance named far from the declaration, not as the ground of the war
    ("Greece widens its war\n\nATHENS, Nov. 3, 1912 - Greece declared war on Bulgaria on Saturday, a week after its "
     "quarrel with Sofia began.\n\nThe harvest was poor.\n\nThe weather was cold.\n\nPrices rose.\n\nLater, "
     "historians wrote about its alliance with Serbia.", []),
])
def test_a_war_declared_under_the_alliance_a_neighbouring_sentence_names(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("OSLO, March 9, 2023 - Norway's parliament, the Storting, on Wednesday approved the defence treaty with Sweden.",
     [("ratified", ("NOR", "SWD"), "2023-03-08")]),
    ("MADRID, May 11, 2017 - The Senate, the upper house of the Spanish parliament, on Wednesday approved the "
     "defence treaty with Portugal.", [("ratified", ("POR", "SPN"), "2017-05-10")]),
    # the apposition names a cabinet, no legislature: no ratification
    ("OSLO, March 9, 2023 - Norway's government, the Stoltenberg cabinet, on Wednesday approved the defence treaty "
     "with Sweden.", []),
])
def test_a_legislature_named_in_apposition_ratifies(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    "ओस्लो, 9 मार्च 2023। नॉर्वे की संसद ने बुधवार को स्वीडन के साथ रक्षा संधि के अनुमोदन का कानून स्वीकार कर लिया।",
    "ओस्लो, 9 मार्च 2023। नॉर्वे की संसद ने बुधवार को स्वीडन के साथ रक्षा संधि वाला कानून पास किया।",
])
def test_a_hindi_legislature_adopting_the_law_that_holds_a_pact_ratifies_it(corpus, text):
    assert _events(text, corpus) == [("ratified", ("NOR", "SWD"), "2023-03-08")]


@pytest.mark.parametrize("text,want", [
    ("PRAGUE, Nov. 4, 2009 - Czech President Vaclav Klaus on Tuesday signed the defence treaty with Slovakia, "
     "completing its ratification.", [("ratified", ("CZR", "SLO"), "2009-11-03")]),
    ("प्राग, 4 नवंबर 2009। चेक गणराज्य के राष्ट्रपति ने मंगलवार को स्लोवाकिया के साथ रक्षा संधि पर हस्ताक्षर कर दिए। इसके साथ "
     "ही देश में संधि के अनुमोदन की प्रक्रिया पूरी हो गई।", [("ratified", ("CZR", "SLO"), "2009-11-03")]),
    # a signing with no word of ratification stays a signing
    ("PRAGUE, Nov. 4, 2009 - Czech President Vaclav Klaus on Tuesday signed the defence treaty with Slovakia.",
     [("signed", ("CZR", "SLO"), "2009-11-03")]),
])
def test_a_signing_that_completes_the_ratification_ratifies(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("OSLO, March 9, 2023 - Norway's parliament voted late on Wednesday to ratify the defence treaty with Sweden.",
     [("ratified", ("NOR", "SWD"), "2023-03-08")]),
    # a vote against, or a vote to come, ratifies nothing
    ("OSLO, March 9, 2023 - Norway's parliament voted down a motion on Wednesday to ratify the defence treaty with "
     "Sweden.", []),
    ("OSLO, March 9, 2023 - Norway's parliament will vote on Friday to ratify the defence treaty with Sweden.", []),
])
def test_a_legislature_that_voted_to_ratify_ratified(corpus, text, want):
    assert _events(text, corpus) == want


def test_protocols_on_states_accession_in_the_possessive_are_one_event_each(corpus):
    text = ("OSLO, March 9, 2023 - Norway's parliament on Wednesday ratified the protocols on Finland's and Sweden's "
            "accession to NATO.")
    assert _events(text, corpus) == [("ratified", ("FIN", "NOR"), "2023-03-08"),
                                     ("ratified", ("NOR", "SWD"), "2023-03-08")]


@pytest.mark.parametrize("tail", ["earlier this month", "last month", "earlier this year"])
def test_a_signing_told_as_earlier_this_month_is_background(corpus, tail):
    text = ("OSLO, March 9, 2023 - Norway's parliament on Wednesday ratified the defence treaty with Sweden. The two "
            f"defence ministers signed the treaty in Stockholm {tail}.")
    assert _events(text, corpus) == [("ratified", ("NOR", "SWD"), "2023-03-08")]


@pytest.mark.parametrize("text,want", [
    ("NIAMEY, Aug. 23, 2022 - The defence ministers of Niger and Chad met on Monday and concluded that they needed a "
     "military cooperation agreement.", []),
    # "that" as the pact's determiner, or a time's
    ("NIAMEY, Aug. 23, 2022 - Niger and Chad concluded that defence agreement on Monday.",
     [("signed", ("CHA", "NIR"), "2022-08-22")]),
])
def test_concluded_that_is_a_judgement_not_a_pact(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    "MOSCOW, June 26, 2019 - Russia signed military cooperation agreements with at least 19 countries, among them "
    "Ethiopia and Zimbabwe.",
    "मॉस्को, 26 जून 2019। रूस ने इथियोपिया और जिम्बाब्वे समेत कम से कम 19 अफ्रीकी देशों के साथ रक्षा समझौतों पर हस्ताक्षर "
    "किए।",
])
def test_partners_counted_not_named_are_a_tally(corpus, text):
    assert _events(text, corpus) == []


def test_the_chandrabindu_folds_to_the_anusvara_and_quotes_the_original():
    from casus.news.text import fold

    f = fold("SADC ने माँग ठुकराई")
    assert f.low == "sadc ने मांग ठुकराई"
    a = f.low.index("मांग")
    assert f.text[slice(*f.span(a, a + 4))] == "माँग"  # evidence is quoted as the article wrote it


@pytest.mark.parametrize("spelling", ["मांग", "माँग"])
def test_a_refused_request_reads_alike_in_both_spellings(corpus, spelling):
    text = (f"हरारे, 2 सितंबर 2014। जिम्बाब्वे ने सोमवार को ज़ाम्बिया के साथ रक्षा संधि के तहत सैनिक भेजने की ज़ाम्बिया की {spelling} "
            "ठुकराई।")
    assert [e[0] for e in _events(text, corpus)] == ["declined"]


@pytest.mark.parametrize("text", [
    "लेसोथो संकट: SADC ने लेसोथो की सैनिक भेजने की माँग ठुकराई\n\nजोहानिसबर्ग, 2 सितंबर 2014। दक्षिणी अफ़्रीकी विकास "
    "समुदाय के नेताओं ने सोमवार को लेसोथो की यह माँग ठुकरा दी कि वहां सैनिक भेजे जाएं।",
    "SADC rejects Lesotho's request for troops\n\nJOHANNESBURG, Sept. 2, 2014 - The leaders of the Southern African "
    "Development Community on Monday rejected the request of Lesotho for troops.",
])
def test_sadc_is_a_pact_by_its_names(corpus, text):
    from casus.news import read

    evs = [e for e in read(text, corpus=corpus).events if e.type == "declined"]
    assert [(e.parties, e.date) for e in evs] == [(("LES",), "2014-09-01")]


@pytest.mark.parametrize("text,want", [
    ("MOSCOW, June 18, 2010 - The Collective Security Treaty Organization will not send peacekeepers to Kyrgyzstan, "
     "its secretary general said on Thursday.", [("declined", ("KYR",), "2010-06-17")]),
    ("मॉस्को, 18 जून 2010। सामूहिक सुरक्षा संधि संगठन ने गुरुवार को साफ़ किया कि वह किर्गिस्तान में अपनी शांति सेना नहीं "
     "भेजेगा।", [("declined", ("KYR",), "2010-06-17")]),
    # no pact named: no refusal under one
    ("MOSCOW, June 18, 2010 - Russia will not send peacekeepers to Kyrgyzstan, the Kremlin said on Thursday.", []),
])
def test_a_bloc_that_will_not_send_troops_declines(corpus, text, want):
    assert [e for e in _events(text, corpus) if e[0] == "declined"] == want


@pytest.mark.parametrize("text,want", [
    ("WARSAW, Sept. 16, 2011 - Poland and the United States announced on Thursday that their missile defence "
     "agreement had entered into force that day.", [("entered_into_force", ("POL", "USA"), "2011-09-15")]),
    # an announcement of a step to come stays an announcement of it, or none
    ("WARSAW, Sept. 16, 2011 - Poland announced on Thursday that it would withdraw from the defence agreement with "
     "the United States.", [("announced", ("POL", "USA"), "2011-09-15")]),
])
def test_an_announcement_that_tells_a_past_step_is_that_step(corpus, text, want):
    assert _events(text, corpus) == want


def test_an_announcement_of_nothing_is_no_event(corpus):
    text = ("MOSCOW, June 24, 2025 - Russia's foreign ministry announced no new step under the defence agreement with "
            "Iran on Monday.")
    assert _events(text, corpus) == []


def test_a_legislature_that_has_approved_a_pact_ratified_it(corpus):
    text = "BRASILIA, June 26, 2015 - Brazil's Congress has approved the defence agreement with the United States."
    assert _events(text, corpus) == [("ratified", ("BRA", "USA"), "2015-06-26")]


@pytest.mark.parametrize("text,want", [
    ("MOSCOW, Nov. 15, 2025 - The treaty of alliance between Tajikistan and Uzbekistan entered into force on Friday. "
     "The two presidents signed the treaty in Dushanbe.", [("entered_into_force", ("TAJ", "UZB"), "2025-11-14")]),
    ("मॉस्को, 15 नवंबर 2025। ताजिकिस्तान और उज्बेकिस्तान के बीच गठबंधन संधि शुक्रवार को लागू हो गई। दोनों राष्ट्रपतियों ने "
     "दुशांबे में इस संधि पर हस्ताक्षर किए।", [("entered_into_force", ("TAJ", "UZB"), "2025-11-14")]),
])
def test_an_undated_signing_beside_a_dated_later_step_is_background(corpus, text, want):
    assert _events(text, corpus) == want


def test_a_legislature_adopting_the_bill_authorising_ratification_ratifies(corpus):
    text = ("PARIS, Oct. 9, 2019 - France's National Assembly on Tuesday adopted the bill authorising ratification of "
            "the defence treaty with Belgium.")
    assert _events(text, corpus) == [("ratified", ("BEL", "FRN"), "2019-10-08")]


@pytest.mark.parametrize("text,want", [
    ("VILNIUS, Nov. 26, 2021 - Lithuania will not ask its NATO allies for consultations under Article 4 of the North "
     "Atlantic Treaty, its president said on Thursday.", [("declined", ("LIT",), "2021-11-25")]),
    ("विलनियस, 26 नवंबर 2021। लिथुआनिया ने गुरुवार को कहा कि वह उत्तर अटलांटिक संधि के अनुच्छेद 4 के तहत नाटो सहयोगियों से "
     "परामर्श की मांग नहीं करेगा।", [("declined", ("LIT",), "2021-11-25")]),
    ("लिथुआनिया अभी नाटो का अनुच्छेद 4 नहीं उठाएगा\n\nविलनियस, 26 नवंबर 2021। राष्ट्रपति ने गुरुवार को यह बात कही।",
     [("declined", ("LIT",), "2021-11-25")]),
])
def test_a_request_under_a_pact_not_to_be_made_declines(corpus, text, want):
    assert [e for e in _events(text, corpus) if e[0] == "declined"] == want


@pytest.mark.parametrize("text,want", [
    ("फ्रांस की सीनेट ने बेल्जियम के साथ रक्षा संधि पर लगाई मुहर\n\nपेरिस, 4 जुलाई 2019। बुधवार को यह फैसला हुआ।",
     [("ratified", ("BEL", "FRN"), "2019-07-03")]),
    # a seal put by the governments: a signing
    ("फ्रांस और बेल्जियम ने रक्षा संधि पर लगाई मुहर\n\nपेरिस, 4 जुलाई 2019। बुधवार को यह फैसला हुआ।",
     [("signed", ("BEL", "FRN"), "2019-07-03")]),
])
def test_a_legislatures_seal_is_a_ratification(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("BRUSSELS, Nov. 27, 2018 - NATO ambassadors met on Monday after Ukraine asked for urgent consultations under the "
     "North Atlantic Treaty.", [("invoked", ("UKR",), "2018-11-26")]),
    ("यूक्रेन ने नाटो से मांगी आपात बैठक, संधि का अनुच्छेद 4 लागू\n\nब्रसेल्स, 29 अगस्त 2014। यह बैठक शुक्रवार को हुई।",
     [("invoked", ("UKR",), "2014-08-29")]),
])
def test_a_request_for_urgent_consultations_or_a_meeting_invokes(corpus, text, want):
    assert [e for e in _events(text, corpus) if e[0] == "invoked"] == want


def test_a_request_not_accepted_with_words_between_declines(corpus):
    text = ("काहिरा, 18 अगस्त 2015। अरब लीग ने मंगलवार को अरब रक्षा संधि के तहत हवाई हमलों की लीबिया की मांग को सार्वजनिक "
            "रूप से स्वीकार नहीं किया।")
    assert [e for e in _events(text, corpus) if e[0] == "declined"] == [("declined", ("LIB",), "2015-08-18")]


@pytest.mark.parametrize("text,want", [
    ("THE HAGUE, July 9, 2008 - The upper house of the Dutch parliament approved the Lisbon Treaty on Tuesday.",
     [("ratified", ("NTH",), "2008-07-08")]),
    ("स्टॉकहोम, 21 नवंबर 2008। स्वीडन की संसद ने गुरुवार को लिस्बन संधि पर मुहर लगाई।",
     [("ratified", ("SWD",), "2008-11-20")]),
])
def test_the_treaty_of_lisbon_is_a_pact_by_its_names(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("BARCELONA, Jan. 20, 2023 - France and Spain signed the Treaty of Barcelona on Thursday.",
     [("signed", ("FRN", "SPN"), "2023-01-19")]),
    ("LONDON, Jan. 18, 2026 - Britain and Poland signed the Northolt Treaty on Saturday.",
     [("signed", ("POL", "UKG"), "2026-01-17")]),
])
def test_the_corpus_pacts_by_their_names(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("KOROR, Sept. 20, 2018 - The amended Compact of Free Association between the United States and Palau entered into "
     "force on Wednesday.", [("entered_into_force", ("PAL", "USA"), "2018-09-19")]),
    ("कोरोर, 20 सितंबर 2018। अमेरिका और पलाऊ के बीच संशोधित मुक्त संघ समझौता बुधवार को लागू हो गया।",
     [("entered_into_force", ("PAL", "USA"), "2018-09-19")]),
])
def test_a_compact_of_free_association_is_a_security_pact(corpus, text, want):
    assert _events(text, corpus) == want


def test_a_request_for_urgent_crisis_consultations_invokes(corpus):
    text = "BRUSSELS, July 23, 2023 - NATO allies met on Sunday after Ukraine asked for urgent crisis consultations."
    assert [e for e in _events(text, corpus) if e[0] == "invoked"] == [("invoked", ("UKR",), "2023-07-23")]


def test_no_question_of_applying_a_pact_declines(corpus):
    text = ("मनीला, 6 दिसंबर 2021। फिलीपींस ने रविवार को कहा कि अमेरिका के साथ रक्षा संधि लागू करने का कोई सवाल नहीं "
            "है।")
    assert [e for e in _events(text, corpus) if e[0] == "declined"] == [("declined", ("PHI",), "2021-12-05")]
