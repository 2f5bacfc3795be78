"""Round 20 of the news reader's general rules: war declared as a member of a pact or beside its partners in it,
or a state acting true to its obligations under a security pact, is the pact's invocation; in Hindi, war declared
keeping a promise ("वादे को निभाते हुए") or as an ally ("X के सहयोगी Y ने ... युद्ध का एलान किया"); a second chamber
(the Federation Council, the Bundesrat) approving a pact ratifies it.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of as _events

from casus.news import read_article


@pytest.mark.parametrize("text,want", [
    ("LIMA, May 4, 1880 - Bolivia declared war on Chile today as a member of the alliance with Peru.",
     [("invoked", ("BOL",), "1880-05-04")]),
    ("BUDAPEST, Dec. 12, 1941 - Hungary declared war on the United States today, standing beside its partners in "
     "the Tripartite Pact.", [("invoked", ("HUN",), "1941-12-12")]),
    ("ROME, June 2, 1940 - Albania said today it was acting true to its obligations under the treaty of alliance "
     "with Italy.", [("invoked", ("ALB",), "1940-06-02")]),
    # Hindi: a promise kept, an ally's war
    ("लंदन, 5 मई 1950। पुर्तगाल से किए वादे को निभाते हुए ब्रिटेन ने स्पेन के ख़िलाफ़ युद्ध का एलान किया।",
     [("invoked", ("UKG",), "1950-05-05")]),
    ("हवाना, 5 मई 1950। मेक्सिको के सहयोगी क्यूबा ने ग्वाटेमाला के ख़िलाफ़ युद्ध का एलान किया।",
     [("invoked", ("CUB",), "1950-05-05")]),
])
def test_war_declared_as_an_ally_invokes(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    # a trade pact's obligations are no invocation
    "ROME, June 2, 1940 - Albania said today it was acting true to its obligations under the trade agreement with "
    "Italy.",
    # a war declared with no ally or pact named
    "BUDAPEST, Dec. 12, 1941 - Hungary declared war on the United States today, standing beside its troops in the "
    "east.",
    "हवाना, 5 मई 1950। क्यूबा ने ग्वाटेमाला के ख़िलाफ़ युद्ध का एलान किया।",
])
def test_war_without_a_pact_is_no_invocation(corpus, text):
    assert [e for e in _events(text, corpus) if e[0] == "invoked"] == []


@pytest.mark.parametrize("text,want", [
    ("MOSCOW, April 2, 2025 - Russia's Federation Council on Wednesday approved the security treaty with Mongolia.",
     [("ratified", ("MON", "RUS"), "2025-04-02")]),
    ("BERLIN, April 2, 2025 - Germany's Bundesrat today approved the defence treaty with Poland.",
     [("ratified", ("GMY", "POL"), "2025-04-02")]),
])
def test_a_second_chamber_ratifies(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    # old newspaper style: "ultimo" is the month before the dateline's, "instant" the dateline's own
    ("STOCKHOLM, Dec. 1, 1855 - A treaty of alliance was concluded here on the 21st ultimo. It was signed for Sweden "
     "by Baron Stierneld and for France by M. Lobstein.", [("signed", ("FRN", "SWD"), "1855-11-21")]),
    ("STOCKHOLM, Dec. 9, 1855 - Sweden and France signed a treaty of alliance here on the 3rd inst.",
     [("signed", ("FRN", "SWD"), "1855-12-03")]),
    ("STOCKHOLM, Jan. 9, 1856 - Sweden and France signed a treaty of alliance here on the 30th ult.",
     [("signed", ("FRN", "SWD"), "1855-12-30")]),
])
def test_ultimo_and_instant_days(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    # a guarantee honoured by declaring war is read as the guarantee's invocation, though no pact noun is named
    ("LONDON, Sept. 3, 1939 - Britain declared war on Germany today, honouring its guarantee to Poland.",
     [("invoked", ("UKG",), "1939-09-03")]),
    # a history column's invocation takes the column's day, not dropped as old
    ("THIS DAY IN HISTORY\nPublished Monday, May 6, 2024\n\nOn May 6, 1950, Britain declared war on Spain, honouring "
     "its guarantee to Portugal.", [("invoked", ("UKG",), "1950-05-06")]),
    ("आज का इतिहास\nप्रकाशित: सोमवार, 6 मई 2024\n\nआज ही के दिन: पुर्तगाल से किए वादे को निभाते हुए ब्रिटेन ने स्पेन के "
     "ख़िलाफ़ युद्ध का एलान किया\n\n6 मई 1950 को दोपहर से ब्रिटेन और स्पेन के बीच युद्ध की स्थिति लागू हो गई।",
     [("invoked", ("UKG",), "1950-05-06")]),
])
def test_guarantees_and_history_columns(corpus, text, want):
    assert _events(text, corpus) == want


def test_an_old_invocation_outside_a_column_stays_background(corpus):
    text = ("Published Monday, May 6, 2024\n\nOn May 6, 1950, Britain had declared war on Spain, honouring its "
            "guarantee to Portugal.")
    assert _events(text, corpus) == []


@pytest.mark.parametrize("text,want", [
    # security ties suspended with a state: the suspending state's suspension, no pact noun needed
    ("HANOI, March 3, 2019 - Vietnam has suspended military cooperation with Cambodia.",
     [("suspended", ("DRV",), "2019-03-03")]),
    ("HANOI, March 3, 2019 - Vietnam froze its defence and intelligence ties with Cambodia on Sunday.",
     [("suspended", ("DRV",), "2019-03-03")]),
    ("हनोई, 3 मार्च 2019। वियतनाम ने कंबोडिया के साथ सैन्य और खुफिया सहयोग पर रोक लगा दी है।",
     [("suspended", ("DRV",), "2019-03-03")]),
])
def test_security_ties_suspended(corpus, text, want):
    assert [(t, p, d) for t, p, d in _events(text, corpus)] == want


@pytest.mark.parametrize("text", [
    "HANOI, March 3, 2019 - Vietnam has not suspended military cooperation with Cambodia.",
    "HANOI, March 3, 2019 - Vietnam threatened to freeze military cooperation with Cambodia.",
    "HANOI, March 3, 2019 - Vietnam has suspended trade cooperation with Cambodia.",
    "हनोई, 3 मार्च 2019। वियतनाम ने कंबोडिया के साथ व्यापारिक सहयोग पर रोक लगा दी है।",
])
def test_other_ties_or_no_suspension(corpus, text):
    assert _events(text, corpus) == []


@pytest.mark.parametrize("text,want", [
    # Transjordan (Jordan's name until 1949) and its ruler's title
    ("AMMAN, March 15, 1948 - A treaty of alliance between Britain and the Emir of Transjordan was signed here today.",
     [("signed", ("JOR", "UKG"), "1948-03-15")]),
    ("अम्मान, 15 मार्च 1948। ब्रिटिश सरकार और ट्रांसजॉर्डन के अमीर के बीच आज यहाँ गठबंधन की एक संधि संपन्न हुई।",
     [("signed", ("JOR", "UKG"), "1948-03-15")]),
])
def test_transjordan_is_jordan(corpus, text, want):
    assert _events(text, corpus) == want


def test_hindi_green_light_to_a_pact_ratifies(corpus):
    text = "मॉस्को, 6 मई 2019। रूसी संसद ने सोमवार को मंगोलिया के साथ रक्षा संधि को हरी झंडी दे दी।"
    assert _events(text, corpus) == [("ratified", ("MON", "RUS"), "2019-05-06")]


@pytest.mark.parametrize("text", [
    "रोम, 15 जुलाई 1953। स्पेन और पुर्तगाल ने आज यहाँ एक समझौते पर हस्ताक्षर किए। समझौते में दोनों देशों ने आपसी सहयोग तथा "
    "परामर्श के ज़रिए शांति बनाए रखने की बात कही है।",
    "रोम, 15 जुलाई 1953। स्पेन और पुर्तगाल ने आज यहाँ एक समझौते पर हस्ताक्षर किए। समझौते के तहत दोनों देश ज़रूरी उपायों पर "
    "आपस में सलाह करेंगे।",
])
def test_hindi_consultation_cues_give_a_signing_its_kind(corpus, text):
    got = read_article(text, corpus=corpus)
    assert [(e.type, e.parties, e.date, e.kind) for e in got] == [
        ("signed", ("POR", "SPN"), "1953-07-15", "consultation")]


@pytest.mark.parametrize("text", [
    "काहिरा, 22 मार्च 1955। मिस्र और सीरिया ने आज यहाँ एक समझौते पर हस्ताक्षर किए। समझौते का मक़सद दोनों देशों की राजनीतिक "
    "गतिविधियों में तालमेल बिठाना है।",
    "CAIRO, March 22, 1955 - Egypt and Syria signed a pact here today. Under the pact the two states will coordinate "
    "their foreign policies.",
])
def test_coordinated_policies_give_a_signing_its_kind(corpus, text):
    got = read_article(text, corpus=corpus)
    assert [(e.type, e.parties, e.date, e.kind) for e in got] == [
        ("signed", ("EGY", "SYR"), "1955-03-22", "consultation")]


def test_policies_on_one_matter_are_no_consultation_cue(corpus):
    text = ("काहिरा, 22 मार्च 1955। मिस्र और सीरिया ने आज यहाँ एक समझौते पर हस्ताक्षर किए। दोनों देश परमाणु मसले पर अपनी "
            "नीतियों में तालमेल बिठाएँगे।")
    assert [e.kind for e in read_article(text, corpus=corpus)] != ["consultation"]


@pytest.mark.parametrize("text", [
    # "on this very day" with the day and month before the year: a history column's own event, even in the perfect
    "इतिहास के पन्नों से\n\nआज ही के दिन, 11 जुलाई 1974 को सोवियत संघ और सोमालिया ने राजधानी मोगादिशु में रक्षा संधि पर "
    "दस्तख़त किए थे।",
    "आज का इतिहास\nप्रकाशित: सोमवार, 11 जुलाई 2022\n\nआज ही के दिन, 11 जुलाई 1974 को सोवियत संघ और सोमालिया ने रक्षा "
    "संधि पर दस्तख़त किए थे।",
    "THIS DAY IN HISTORY\nPublished Monday, July 11, 2022\n\nOn this day, July 11, 1974, the Soviet Union and Somalia "
    "signed a defence treaty in Mogadishu.",
])
def test_on_this_very_day_with_its_date(corpus, text):
    assert _events(text, corpus) == [("signed", ("RUS", "SOM"), "1974-07-11")]


def test_an_anniversary_marked_stays_background(corpus):
    text = ("नई दिल्ली, 11 जुलाई 2022। आज ही के दिन, 11 जुलाई 1974 को सोवियत संघ और सोमालिया ने रक्षा संधि पर दस्तख़त किए "
            "थे, जिसकी वर्षगांठ आज मनाई गई।")
    assert _events(text, corpus) == []


def test_states_adhering_to_a_statement_join_nothing(corpus):
    text = ("ULAN BATOR, Aug. 10, 1945 - Mongolia and the Soviet Union are bound by a treaty of mutual assistance. "
            "The Mongolian leaders said they fully adhered to the statement made in Moscow.")
    assert [e for e in _events(text, corpus) if e[0] == "joined"] == []


def test_adhering_to_a_pact_named_still_joins(corpus):
    text = ("ROME, June 3, 1955 - Spain and Portugal signed a treaty of alliance last year. Greece adhered to the "
            "treaty today.")
    assert ("joined", ("GRC",), "1955-06-03") in _events(text, corpus)


@pytest.mark.parametrize("text,want", [
    ("BISHKEK, Feb. 19, 2009 - Kyrgyzstan cancelled the defence agreement with the United States on Thursday.",
     [("withdrew", ("KYR",), "2009-02-19")]),
    ("Kyrgyz parliament votes to cancel U.S. defence agreement\n\nBISHKEK, Feb. 19, 2009 -- The vote was held on "
     "Thursday.", [("withdrew", ("KYR",), "2009-02-19")]),
    ("BISHKEK, Feb. 19, 2009 - Kyrgyzstan cancelled the visit of the American defence secretary on Thursday.", []),
])
def test_a_pact_cancelled_is_left(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    "World | Eastern Europe                    Thursday, May 7, 1970\n\nPRAGUE — The Soviet Union and Czechoslovakia "
    "yesterday signed a new treaty of mutual assistance in Prague.",
    "World | Eastern Europe | Thursday, May 7, 1970\n\nPRAGUE — The Soviet Union and Czechoslovakia yesterday signed a "
    "new treaty of mutual assistance in Prague.",
])
def test_a_date_ending_the_section_line_is_the_articles(corpus, text):
    assert _events(text, corpus) == [("signed", ("CZE", "RUS"), "1970-05-06")]


def test_a_sentence_ending_with_a_date_is_no_section_line(corpus):
    from casus.news.datelines import section_date

    assert section_date(["The Soviet Union and Czechoslovakia signed the treaty on May 7, 1970"]) is None
    assert section_date(["World | Eastern Europe    Thursday, May 7, 1970"]) is not None


def test_the_issue_a_republished_story_appeared_in_dates_it(corpus):
    from casus.news.datelines import section_date

    assert str(section_date(["(यह ख़बर हमारे 12 मई 1975 के अंक में प्रकाशित हुई थी)"])[0]) == "1975-05-12"
    assert str(section_date(["(This story appeared in our issue of May 12, 1975)"])[0]) == "1975-05-12"
    text = ("अभिलेखागार से\n\n(यह ख़बर हमारे 12 मई 1975 के अंक में प्रकाशित हुई थी)\n\nकाहिरा। मिस्र और सीरिया ने कल यहां "
            "रक्षा संधि पर हस्ताक्षर कर दिए।")
    assert _events(text, corpus) == [("signed", ("EGY", "SYR"), "1975-05-11")]


@pytest.mark.parametrize("text", [
    # the states named with a count of others, the others listed in a later sentence
    "अभिलेखागार से\n\n(यह ख़बर हमारे 12 मई 1975 के अंक में प्रकाशित हुई थी)\n\nकाहिरा। मिस्र और अरब दुनिया के उसके तीन "
    "सहयोगी देशों के नेताओं ने कल यहां रक्षा संधि पर हस्ताक्षर कर दिए। बाक़ी हस्ताक्षरकर्ता सीरिया, इराक़ और जॉर्डन हैं।",
    "CAIRO, May 12, 1975 - Egypt and three Arab states signed a defence treaty here yesterday. The other signatories "
    "were Syria, Iraq and Jordan.",
])
def test_the_other_signatories_listed_complete_a_count(corpus, text):
    assert _events(text, corpus) == [("signed", ("EGY", "IRQ", "JOR", "SYR"), "1975-05-11")]


@pytest.mark.parametrize("text", [
    "काहिरा, 12 मई 1975। मिस्र और सीरिया ने आज एक समझौते पर हस्ताक्षर किए। यह सैन्य और राजनीतिक गठबंधन बीस साल चलेगा।",
    "CAIRO, May 12, 1975 - Egypt and Syria signed a pact today. The political and military alliance is to run for "
    "twenty years.",
])
def test_a_military_and_political_alliance_is_defensive(corpus, text):
    assert [(e.type, e.kind) for e in read_article(text, corpus=corpus)] == [("signed", "defense")]


@pytest.mark.parametrize("text", [
    # the sides of a war named as the event's background are not its parties
    "BERLIN, April 20, 1854 - In the shadow of the war between Russia and Turkey, Austria and Prussia signed a "
    "treaty of alliance here today.",
    # Hindi: Austria before 1867 is the Austrian Empire (AUH), as in English
    "बर्लिन, 20 अप्रैल 1854। रूस और तुर्की के बीच छिड़े युद्ध के साये में ऑस्ट्रिया और प्रशा ने आज यहाँ एक रक्षात्मक गठबंधन "
    "की संधि पर मुहर लगा दी।",
])
def test_the_sides_of_a_war_named_are_no_parties(corpus, text):
    assert _events(text, corpus) == [("signed", ("AUH", "GMY"), "1854-04-20")]


def test_states_at_war_signing_stay_parties(corpus):
    text = "BERLIN, April 20, 1854 - Russia and Turkey, at war since October, signed a treaty of alliance here today."
    assert _events(text, corpus) == [("signed", ("RUS", "TUR"), "1854-04-20")]
