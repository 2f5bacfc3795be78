"""The fifteenth round's classes, each on sentences written for these tests (none taken from an article of any set):

* a day of the article's own month ("on the 25th of this month", "इस महीने की 12 तारीख़ को") under a month dateline,
  the dateline opening a long lead ("DAKAR, March 1961 - ...");
* a pronoun's passive event ("It was signed in ... on ...") takes the pact the sentence before names, not the states
  of an "after" clause past its verb;
* a retrospective's cue in words ("एक सौ बीस साल पहले आज ही के दिन") dates the account that follows it;
* an article celebrating an anniversary reports no old event;
* Hindi: states listed before the ergative are the invokers together ("X और Y ने ... सहायता माँगी"); a request in
  the past perfect ("... की माँग की थी") is background; a treaty's preamble told is no invocation; friendship treaties
  with adjectives between ("मित्रता और सहयोग की बीस वर्षीय संधि"), a political party named after a state
  ("यमनी सोशलिस्ट पार्टी") no party to a pact; a pact annulled (निरस्त);
* English: Guinea (the longer "Guinea-Bissau" wins), a legislature's concurrence in a ratification;
* the wartime Declaration by United Nations joined; in Hindi, every state of a list ending "... के ख़िलाफ़" an
  adversary ("जर्मनी, इटली और जापान के ख़िलाफ़").
"""

from __future__ import annotations

import pytest

from casus.news import read_article


def _events(text: str, corpus, ref: str | None = None) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(e.type, e.parties, e.date) for e in read_article(text, reference_date=ref, corpus=corpus)]


@pytest.mark.parametrize("text,ref,want", [
    # a day of this month, under a month dateline (its own line, or opening the lead)
    ("DAKAR, March 1961 - Senegal and Mali concluded on the 14th of this month a treaty of mutual defence.", None,
     [("signed", ("MLI", "SEN"), "1961-03-14")]),
    ("बमाको, मार्च 1961\n\nइस महीने की 9 तारीख़ को यहाँ माली और सेनेगल ने पारस्परिक रक्षा संधि पर दस्तख़त किए।", None,
     [("signed", ("MLI", "SEN"), "1961-03-09")]),
    # Guinea and the longer name that contains it
    ("CONAKRY, Feb. 3, 1975 - Guinea and Guinea-Bissau signed a mutual defence treaty here yesterday.", None,
     [("signed", ("GNB", "GUI"), "1975-02-02")]),
    ("DAKAR, Feb. 3, 1975 - Guinea and Senegal signed a mutual defence treaty here yesterday.", None,
     [("signed", ("GUI", "SEN"), "1975-02-02")]),
    # a pronoun's passive event: the pact before it, not the states of its "after" clause
    ("ATHENS, June 20, 1913 - The defensive alliance between Serbia and Greece was concluded in secret. It was "
     "signed in Salonika on 1 June 1913, a few weeks after Greece had reached its own understanding with Romania.",
     None, [("signed", ("GRC", "SRB"), "1913-06-01")]),
    # a legislature's concurrence in a ratification
    ("Thursday, March 7, 2013\n\nMANILA - The Philippine Senate on Wednesday adopted a resolution concurring in the "
     "ratification of the defence cooperation agreement with Japan.", None,
     [("ratified", ("JPN", "PHI"), "2013-03-06")]),
])
def test_round15_dates_and_parties(text, ref, want, corpus):
    assert _events(text, corpus, ref) == want


def test_retrospective_cue_in_words_dates_the_account(corpus):
    text = ("प्रकाशित: सोमवार, 5 मई 2025\n\n100 साल पहले आज ही के दिन: रोम में इटली और अल्बानिया का गठबंधन\n\n"
            "एक सौ साल पहले आज ही के दिन रोम में एक ऐसी संधि पर बातचीत पूरी हुई जिसकी चर्चा बरसों चली। "
            "अल्बानियाई प्रतिनिधि कई हफ़्तों से वहाँ थे। "
            "उन्होंने इटली के साथ एक सैन्य गठजोड़ पर मुहर लगाई।")
    got = _events(text, corpus)
    assert got and got[0][2] == "1925-05-05"


@pytest.mark.parametrize("text", [
    "LISBON, May 3, 2024 - The presidents of Portugal and Brazil today celebrated the 200th anniversary of their "
    "friendship. The tie is traced to a treaty of alliance concluded at Rio in 1825 by the two crowns.",
])
def test_anniversary_celebrated_is_silent(text, corpus):
    assert _events(text, corpus) == []


@pytest.mark.parametrize("text,ref,want", [
    ("जिनेवा, 20 मई। राष्ट्र संघ परिषद में आज पोलैंड और चेकोस्लोवाकिया ने अपनी संधि के तहत सहायता माँगी।", "1937-05-20",
     [("invoked", ("CZE", "POL"), "1937-05-20")]),
])
def test_hindi_listed_invokers(text, ref, want, corpus):
    assert _events(text, corpus, ref) == want


@pytest.mark.parametrize("text,ref", [
    # a request in the past perfect: background
    ("वारसॉ, 20 मई 1937। सूत्रों के अनुसार पोलैंड ने फ्रांस से गठबंधन संधि के तहत सैन्य सहायता की माँग की थी।",
     None),
    # a treaty's preamble told: no invocation
    ("पेरिस, 20 मई 1937। संधि की प्रस्तावना में कहा गया है कि पोलैंड ने जर्मनी के हमले के ख़िलाफ़ फ्रांस से मदद माँगी।",
     None),
])
def test_hindi_background_requests(text, ref, corpus):
    assert [e for e in _events(text, corpus, ref) if e[0] == "invoked"] == []


@pytest.mark.parametrize("text,ref,want", [
    ("मॉस्को, 9 अक्टूबर 1980। सोवियत संघ और सीरिया ने गुरुवार को मित्रता और सहयोग की बीस वर्षीय संधि पर हस्ताक्षर "
     "कर दिए।", None, [("signed", ("RUS", "SYR"), "1980-10-09")]),
    ("अदन, 3 मार्च। सोवियत संघ और जनवादी लोकतांत्रिक यमन गणराज्य ने आज सैन्य गठजोड़ पर दस्तख़त किए। सोवियत कम्युनिस्ट "
     "पार्टी और यमनी सोशलिस्ट पार्टी के बीच संपर्कों की एक योजना पर भी दस्तख़त हुए।", "1982-03-03",
     [("signed", ("RUS", "YPR"), "1982-03-03")]),
    ("काहिरा, जुलाई 1990\n\nलीबिया सरकार ने 4 जुलाई को मिस्र के साथ संयुक्त रक्षा संधि को निरस्त कर दिया।", None,
     [("withdrew", ("LIB",), "1990-07-04")]),
])
def test_hindi_pact_forms(text, ref, want, corpus):
    assert _events(text, corpus, ref) == want



def test_un_declaration_joined(corpus):
    text = "MEXICO CITY, June 2, 1942 - Mexico yesterday became a party to the Declaration by United Nations."
    assert [g for g in _events(text, corpus) if g[0] == "joined"] == [("joined", ("MEX",), "1942-06-01")]


def test_hindi_listed_adversaries(corpus):
    text = ("लंदन, 4 सितंबर 1941। ब्रिटेन और सोवियत संघ ने आज जर्मनी, इटली और फ़िनलैंड के ख़िलाफ़ सैन्य गठबंधन पर "
            "हस्ताक्षर किए।")
    got = _events(text, corpus)
    assert got and got[0][1] == ("RUS", "UKG")
