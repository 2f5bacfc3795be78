"""Tenth round of general forms: a report's lead dated by its dateline; "the signing of ... took place"; Hindi's bare
"संधि की" and a quoted pact before its light verb; a legislature's "पुष्टि" (ratified), not anyone's; a war joined
(under a pact: invoked), not a pact; a Hindi genitive state before the subject of a leaving; invocations with words
between their parts (a call on an ally under the alliance, war declared fulfilling a guarantee or under a pact, an
attack "regarded as an attack on all", an appeal under a pact declined); the tenth round's words (signatures put to
a pact, an alliance formed, a pact agreed, signing up to a pact, "मुहर लगाई", "शामिल कर लिया गया", a pact ended with
an adverb between, "मुआहिदे", the Baghdad Pact, gulfs named after states).

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh
sets); several are the paraphrase battery's (written for this round).
"""

from __future__ import annotations

import pytest

from casus.news import read_article


def _events(text: str, corpus, ref: str | None = None) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(e.type, e.parties, e.date) for e in read_article(text, reference_date=ref, corpus=corpus)]


@pytest.mark.parametrize("text,want", [
    ("बर्लिन, 23 अगस्त 1939। जर्मनी और सोवियत संघ ने अनाक्रमण संधि पर हस्ताक्षर कर दिए।",
     [("signed", ("GMY", "RUS"), "1939-08-23")]),
    ("काबुल, 5 दिसंबर 1978। अफगानिस्तान और सोवियत संघ के बीच मैत्री संधि संपन्न हुई।",
     [("signed", ("AFG", "RUS"), "1978-12-05")]),
    ("LIMA, May 14, 1962 - Peru and Ecuador signed a treaty of mutual defence in the presidential palace.",
     [("signed", ("ECU", "PER"), "1962-05-14")]),
    ("WASHINGTON, Dec. 16, 1979 - The United States formally terminated its defence treaty with Taiwan.",
     [("withdrew", ("USA",), "1979-12-16")]),
])
def test_a_report_lead_takes_the_dateline_day(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    # a retrospective's lead reports an old event, not the dateline's day
    "LIMA, May 14, 1992 - Thirty years ago, Peru and Ecuador signed a treaty of mutual defence.",
    # the second sentence is no lead
    "LIMA, May 14, 1962 - Peru's president spoke at length about the border. Peru and Ecuador later signed a "
    "treaty of mutual defence in the palace.",
])
def test_no_dateline_day_off_the_lead(corpus, text):
    assert all(d != "1962-05-14" and d != "1992-05-14" for _, _, d in _events(text, corpus))


def test_a_future_lead_is_not_dated_by_the_dateline(corpus):
    got = _events("LIMA, May 14, 1962 - Peru and Ecuador will conclude a treaty of mutual defence.", corpus)
    assert got == [("announced", ("ECU", "PER"), None)]


@pytest.mark.parametrize("text,want", [
    ("ANKARA, Oct. 19, 1939 - The signing of a treaty of mutual assistance between Turkey, Britain and France "
     "took place here today.", [("signed", ("FRN", "TUR", "UKG"), "1939-10-19")]),
    ("QUITO, June 3, 1960 - The signing of a defence pact between Ecuador and Colombia took place in the capital "
     "today.", [("signed", ("COL", "ECU"), "1960-06-03")]),
])
def test_a_signing_that_took_place(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("उलानबटोर, 15 जनवरी 1966। सोवियत संघ और मंगोलिया ने शनिवार को मैत्री, सहयोग और पारस्परिक सहायता की नई संधि की।",
     [("signed", ("MON", "RUS"), "1966-01-15")]),
    ("रियाद, 17 सितंबर 2025। सऊदी अरब और पाकिस्तान के बीच 'सामरिक पारस्परिक रक्षा समझौता' हुआ।",
     [("signed", ("PAK", "SAU"), "2025-09-17")]),
])
def test_hindi_bare_light_verb_and_quoted_pact(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    # the genitive: "संधि की शर्तें" (the treaty's terms), and a negated one
    "लीमा, 14 मई 1962। पेरू ने इक्वाडोर के साथ रक्षा संधि की शर्तों पर आपत्ति जताई।",
    "लीमा, 14 मई 1962। पेरू ने इक्वाडोर के साथ कोई रक्षा संधि नहीं की।",
])
def test_hindi_genitive_ki_is_no_signing(corpus, text):
    assert [e for e in _events(text, corpus) if e[0] == "signed"] == []


def test_hindi_confirmation_ratifies_only_for_a_legislature(corpus):
    assert _events("मॉस्को, 13 नवंबर 2024। रूस की संसद ने उत्तर कोरिया के साथ रणनीतिक साझेदारी संधि की पुष्टि कर दी।",
                   corpus) == [("ratified", ("PRK", "RUS"), "2024-11-13")]
    assert [e for e in _events("लीमा, 14 मई 2024। पेरू के अधिकारियों ने इक्वाडोर के साथ रक्षा संधि की पुष्टि की।", corpus)
            if e[0] == "ratified"] == []


@pytest.mark.parametrize("text,want", [
    ("लीमा, 14 मई 1962। पेरू आज इक्वाडोर के साथ अपने रक्षा समझौते के तहत कोलंबिया के ख़िलाफ़ लड़ाई में शामिल हो गया।",
     [("invoked", ("PER",), "1962-05-14")]),
    ("LIMA, May 14, 1962 - Peru joined the war against Colombia today under its defence pact with Ecuador.",
     [("invoked", ("PER",), "1962-05-14")]),
    ("लंदन, 3 सितंबर 1939। पोलैंड के साथ अपनी संधि के तहत ब्रिटेन ने आज जर्मनी के विरुद्ध युद्ध की घोषणा कर दी।",
     [("invoked", ("UKG",), "1939-09-03")]),
    ("LONDON, Sept. 3, 1939 - Britain declared war on Germany this morning, fulfilling its guarantee to Poland.",
     [("invoked", ("UKG",), "1939-09-03")]),
    ("LONDON, Feb. 17, 1916 - Britain today called on Portugal, under the ancient alliance between the two "
     "countries, to requisition the German ships in its ports.", [("invoked", ("UKG",), "1916-02-17")]),
    ("BRUSSELS, Sept. 12, 2001 - NATO allies agreed today that the attack on the United States would be regarded "
     "as an attack on all under Article 5.", [("invoked", ("USA",), "2001-09-12")]),
])
def test_invocations_with_words_between(corpus, text, want):
    assert [(t, p, d) for t, p, d in _events(text, corpus) if t == "invoked"] == want


def test_a_war_joined_is_no_pact_joined(corpus):
    got = _events("LIMA, May 14, 1962 - Peru joined the war against Colombia today under its defence pact with "
                  "Ecuador.", corpus)
    assert all(t != "joined" for t, _, _ in got)


def test_an_appeal_under_a_pact_declined(corpus):
    got = _events("ANKARA, Sept. 5, 1939 - Turkey will not enter the war, the government said today, declining the "
                  "British and French appeal under the tripartite treaty.", corpus)
    assert [(t, d) for t, _, d in got] == [("declined", "1939-09-05")]


def test_hindi_genitive_state_before_the_subject_is_no_party(corpus):
    got = _events("एथेंस, 14 अगस्त 1974। साइप्रस पर तुर्की के हमले से नाराज़ यूनान ने नाटो से अलग होने का फ़ैसला किया।", corpus)
    assert got == [("withdrew", ("GRC",), "1974-08-14")]


@pytest.mark.parametrize("text,want", [
    ("BERLIN, March 3, 1910 - Germany and Austria-Hungary put their signatures to a defensive alliance here today.",
     [("signed", ("AUH", "GMY"), "1910-03-03")]),
    ("ROME, May 22, 1939 - Italy and Germany today formed a military alliance, the so-called Pact of Steel.",
     [("signed", ("GMY", "ITA"), "1939-05-22")]),
    ("Egypt and Syria have agreed a joint defence pact, the two governments announced in Cairo on 4 November 1966.",
     [("signed", ("EGY", "SYR"), "1966-11-04")]),
    ("Belarus signed up to the Collective Security Treaty on Tuesday.", [("joined", ("BLR",), "1993-12-28")]),
    ("BAGHDAD, March 24, 1959 - Iraq today formally quit the Baghdad Pact.", [("withdrew", ("IRQ",), "1959-03-24")]),
    ("तोक्यो, 8 जुलाई 2024। जापान और फिलीपींस ने सोमवार को पारस्परिक सैन्य पहुँच समझौते पर मुहर लगाई।",
     [("signed", ("JPN", "PHI"), "2024-07-08")]),
    ("पेरिस, 23 अक्टूबर 1954। इटली और पश्चिम जर्मनी को आज ब्रसेल्स संधि में शामिल कर लिया गया।",
     [("joined", ("GFR", "ITA"), "1954-10-23")]),
    ("वाशिंगटन, 16 दिसंबर 1979। अमेरिका ने ताइवान के साथ रक्षा संधि औपचारिक रूप से खत्म कर दी।",
     [("withdrew", ("USA",), "1979-12-16")]),
    ("इस्लामाबाद, 20 मार्च 2025। पाकिस्तान और तुर्की ने एक रक्षा सहयोग मुआहिदे पर दस्तखत किए।",
     [("signed", ("PAK", "TUR"), "2025-03-20")]),
    ("बगदाद, 24 मार्च 1959। इराक ने बगदाद समझौते से औपचारिक रूप से नाता तोड़ लिया।",
     [("withdrew", ("IRQ",), "1959-03-24")]),
])
def test_tenth_round_words(corpus, text, want):
    ref = "1993-12-30" if text.startswith("Belarus") else None
    assert _events(text, corpus, ref) == want


def test_a_gulf_named_after_a_state_is_a_place(corpus):
    got = _events("HELSINKI, July 24, 1905 - In the Gulf of Finland, Germany and Russia signed a treaty of alliance "
                  "aboard a yacht today.", corpus)
    assert got == [("signed", ("GMY", "RUS"), "1905-07-24")]
