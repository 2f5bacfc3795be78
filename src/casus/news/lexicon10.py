"""More words for the news reader: the tenth round's (added to :mod:`casus.news.lexicon`'s tables when it is
imported, its :data:`ADDITIONS`, after :mod:`casus.news.lexicon9`'s).

Plain data, same folding and conventions as the lexicon (a hyphen folds to a space).
"""

from __future__ import annotations

__all__ = ["ADDITIONS", "STATE_EXTRA_10", "PLACE_NAMES_10", "PACT_NOUNS_10", "PACT_NAMES_10", "TRIGGERS_10",
           "HI_CONFIRM", "KIND_CUES_10"]

#: Gulfs, seas and canals named after a state: places, not the state ("फ़िनलैंड की खाड़ी में", "in the Gulf of Finland").
PLACE_NAMES_10 = [
    "gulf of finland", "gulf of thailand", "gulf of guinea", "gulf of panama", "gulf of honduras", "panama canal",
    "persian gulf", "फ़िनलैंड की खाड़ी", "फिनलैंड की खाड़ी", "फिनलैण्ड की खाड़ी", "थाईलैंड की खाड़ी", "गिनी की खाड़ी",
    "पनामा की खाड़ी", "पनामा नहर", "फारस की खाड़ी", "फ़ारस की खाड़ी",
    # Guinea inside other names: an island, colonies, a coin and animals
    "new guinea", "french guinea", "portuguese guinea", "spanish guinea", "british guinea", "guinea pig",
    "guinea pigs", "guinea fowl", "guinea coast",
    # peace congresses named after their host city ("signed on the eve of the Congress of Berlin": no party)
    "congress of berlin", "congress of vienna", "congress of paris", "berlin congress", "vienna congress",
    # a region's adjective ("the Central American Defense Council": not American, the United States')
    "central american", "south american", "latin american", "north american",
    # the whole hemisphere's ("deposited with the Pan American Union", "the Pan-American Conference": not the United
    # States')
    "pan american", "pan-american", "पैन अमेरिकन", "पैन-अमेरिकन", "पैन अमेरिकी",
]

#: Old spellings of Romania (as late as the 1950s: "Rumania and the Soviet Union"); Hindi "यमन" before 1990 is the
#: Kingdom of Yemen / Yemen Arab Republic (the reader drops a state not in the system on the day, so the two agree).
STATE_EXTRA_10 = {"ROM": ["Rumania", "Roumania", "D:Rumanian", "D:Roumanian"], "YAR": ["यमन", "D:यमनी"],
                  # South Yemen's full name in the other word order (the longer name wins over "यमन")
                  # Guinea (a stop word in the registry's names: it stands in "Guinea-Bissau", "Equatorial Guinea" and
                  # "Papua New Guinea", which are longer and win; its other uses are places)
                  "GUI": ["Guinea", "D:Guinean", "Republic of Guinea"],
                  # Georgia (a stop word: the US state); the country only in a post-Soviet context
                  # (casus.news.parties.georgia_stands)
                  "GRG": ["Georgia"],
                  # Jordan's name until 1949 (the Emirate, then the Hashemite Kingdom of Transjordan)
                  "JOR": ["Transjordan", "Trans-Jordan", "Transjordania", "D:Transjordanian", "D:Trans-Jordanian",
                          "ट्रांसजॉर्डन", "ट्रांस-जॉर्डन", "ट्रांसजार्डन", "ट्रांस जॉर्डन"],
                  "YPR": ["जनवादी लोकतांत्रिक यमन गणराज्य", "लोकतांत्रिक जनवादी यमन गणराज्य"]}

#: The Urdu-derived word for a treaty that Hindi news also writes ("रक्षा सहयोग मुआहिदे पर दस्तखत किए").
PACT_NOUNS_10 = ["मुआहिदा", "मुआहिदे", "मुआहिदों"]

#: The Baghdad Pact (the Pact of Mutual Cooperation of 1955, from 1959 the Central Treaty Organization).
PACT_NAMES_10: dict[str, str | None] = {
    "baghdad pact": "atop-3275", "central treaty organization": "atop-3275", "central treaty organisation": "atop-3275",
    "cento": "atop-3275", "बगदाद समझौता": "atop-3275", "बगदाद समझौते": "atop-3275", "बगदाद संधि": "atop-3275",
    "बगदाद पैक्ट": "atop-3275", "सेंटो": "atop-3275", "सेन्टो": "atop-3275",
    # the Tripartite (Three-Power) Pact of Germany, Italy and Japan (1940)
    "tripartite pact": "atop-2515", "three power pact": "atop-2515", "three powers pact": "atop-2515",
    # the Manila Pact by its full name
    **{f"{se} asia collective {d} treaty": "seato-1954" for se in ("southeast", "south east")
       for d in ("defense", "defence")},
    **{f"{se} एशिया सामूहिक रक्षा संधि": "seato-1954" for se in ("दक्षिण पूर्व", "दक्षिण पूर्वी")},
    # the wartime Declaration by United Nations (1942), which states joined by declaring war on the Axis
    "declaration by united nations": None, "declaration by the united nations": None,
    "संयुक्त राष्ट्र घोषणा पत्र": None, "संयुक्त राष्ट्र घोषणापत्र": None,
}

_SIGNATURES = ("put their names to", "put its name to",
               "put their signatures to", "put its signature to", "put their signature to", "put his signature to",
               "affixed their signatures to", "set their signatures to", "set their hands to",
               # ... with the day or the place between the signatures and the paper ("put their signatures on Friday
               # to a statement of intent", "put their signatures in Moscow to a treaty"): the paper is read as the
               # object of any signing verb
               "put their signatures", "put its signature", "put their signature", "put his signature",
               "affixed their signatures", "set their signatures")
_ALLIANCES = ("alliance", "military alliance", "defensive alliance", "defence alliance", "defense alliance",
              "mutual defence alliance", "mutual defense alliance")
#: A pact ended by one side, with an adverb between the pact and the verb ("रक्षा संधि औपचारिक रूप से खत्म कर दी")
_HOW = ("औपचारिक रूप से", "औपचारिक तौर पर", "आधिकारिक रूप से", "आधिकारिक तौर पर", "एकतरफा", "तत्काल")
_ENDED_F = ("कर दी", "कर दीं", "की गई", "कर दी गई")
_ENDED_M = ("कर दिया", "कर दिए", "किया गया", "कर दिया गया")
#: Hindi "confirmed" (पुष्टि): a legislature's confirmation is the ratification (gated by
#: :mod:`casus.news.candidates`: with any other subject it is a report confirmed).
HI_CONFIRM = tuple(f"{o} पुष्टि {v}" for o in ("की", "का") for v in ("की", "कर दी", "कर दी है", "की है"))

#: Signatures put to a pact; an alliance formed (English); a pact "agreed" (British usage: concluded); signing up to a
#: pact (an accession); Hindi's seal put on a pact (मुहर लगाई: signed), a state included in a pact (शामिल कर लिया
#: गया: joined), a decision to leave (अलग होने का फैसला किया: withdrew), a pact ended with an adverb before the verb.
TRIGGERS_10: dict[str, tuple[str, str]] = {
    **{s: ("signed", "past") for s in _SIGNATURES},
    **{f"formed {'an' if a[0] in 'aeiou' else 'a'} {a}": ("signed", "past") for a in _ALLIANCES},
    **{f"{h}agreed {d}": ("signed", "past") for h in ("", "have ", "has ") for d in ("a", "an")},
    # a signature added to a pact already made: a late signature, the state's accession ("Saudi Arabia had added its
    # signature to the pact on Monday"; the past perfect is part of the phrase: its day decides whether it is news)
    **{f"{h}added {p} signature to": ("joined", "past") for h in ("", "has ", "have ", "had ")
       for p in ("its", "their", "her")},
    "signed up to": ("joined", "past"), "signed up for": ("joined", "past"), "signs up to": ("joined", "present"),
    **{f"मुहर {v}": ("signed", "past") for v in ("लगाई", "लगा दी", "लगाई गई", "लगा दी गई", "लगायी",
                                                 # its intransitive: the seal was put ("इस संधि पर मुहर लगी है")
                                                 "लगी", "लग गई", "लग गयी")},
    **{f"शामिल {v}": ("joined", "past") for v in ("कर लिया गया", "कर लिए गए", "किया गया", "किए गए", "कर लिया",
                                                  "कर लिए")},
    **{f"{w} का {d} {v}": ("withdrew", "past") for w in ("अलग होने", "हटने", "बाहर निकलने", "बाहर होने")
       for d in ("फैसला", "निर्णय") for v in ("किया", "कर लिया", "लिया")},
    # a legislature approving the exit, not the pact: "संसद ने संधि से हटने के प्रस्ताव को मंज़ूरी दे दी" (without these,
    # "मंज़ूरी दे दी" alone reads as a ratification)
    **{f"{w} {d}को {m} {v}": ("withdrew", "past") for w in ("अलग होने", "हटने", "बाहर निकलने", "बाहर होने")
       for d in ("", "के प्रस्ताव ", "के फैसले ", "के निर्णय ", "के विधेयक ", "के बिल ", "के कानून ", "के क़ानून ")
       for m in ("मंज़ूरी", "मंजूरी", "स्वीकृति") for v in ("दे दी", "दी", "दे दी है", "दी है")},
    **{f"{p} {a} {e} {v}": ("withdrew", "past") for p in ("संधि", "सदस्यता") for a in _HOW
       for e in ("खत्म", "ख़त्म", "समाप्त", "रद्द") for v in _ENDED_F},
    **{f"{p} {a} {e} {v}": ("withdrew", "past") for p in ("समझौता", "समझौते", "करार", "पैक्ट", "एग्रीमेंट")
       for a in _HOW for e in ("खत्म", "ख़त्म", "समाप्त", "रद्द") for v in _ENDED_M},
    **{c: ("ratified", "past") for c in HI_CONFIRM},
    # a legislature's consent to ratification ("The Senate advised and consented to ratification of the treaty",
    # "gave its consent to the ratification")
    **{f"{v} to {d}ratification": ("ratified", t) for v, t in (
        ("advised and consented", "past"), ("advises and consents", "present"), ("gave its consent", "past"),
        ("gave their consent", "past"), ("has given its consent", "past"), ("gives its consent", "present"))
       for d in ("", "the ")},
    # a pact annulled by one side ("संधि को निरस्त कर दिया": the Sanskrit verb beside रद्द and खत्म)
    **{f"{p} को निरस्त {v}": ("withdrew", "past") for p in ("संधि", "समझौता", "समझौते", "करार", "पैक्ट")
       for v in _ENDED_M + _ENDED_F + ("किया",)},
    **{f"संधि निरस्त {v}": ("withdrew", "past") for v in _ENDED_F},
    **{f"{p} निरस्त {v}": ("withdrew", "past") for p in ("समझौता", "करार", "पैक्ट") for v in _ENDED_M},
    # a legislature's concurrence in the ratification ("a resolution concurring in the ratification of ...", the
    # Philippine Senate's form)
    **{f"{v} in the ratification": ("ratified", t) for v, t in (
        ("concurring", "past"), ("concurred", "past"), ("concurs", "present"))},
    # leaving a pact in the progressive ("gave notice that it is leaving the Rio Treaty") and walking out of it
    **{f"{v} the": ("withdrew", "present") for v in ("is leaving", "are leaving")},
    **{f"{v} out of": ("withdrew", t) for v, t in (("walks", "present"), ("walked", "past"), ("walk", "present"))},
    # Hindi's conjunctive participle of signing before the main verb ("संधि पर दस्तख़त करके रिश्तों को पुख़्ता कर
    # दिया": signed, and so ...); a future main verb makes it none (casus.news.clauses.not_an_event)
    **{f"{n} करके": ("signed", "past") for n in ("हस्ताक्षर", "दस्तखत", "दस्तख़त")},
    # a decision to make a pact, made public: an announcement ("Germany and Italy have decided to conclude a
    # military alliance, according to an official communique")
    **{f"{h}decided to {v}": ("announced", "past") for h in ("", "have ", "has ")
       for v in ("conclude", "form", "sign")},
    # a pact to be concluded, an announcement ("Britain and Turkey will conclude a long-term agreement"; the pact must
    # follow: casus.news.clauses.needs_pact_object), unlike a bare future signing ("will sign": a near miss)
    "will conclude a": ("signed", "future"), "will conclude an": ("signed", "future"),
    # a pact agreed on, or agreement reached on it: an announcement, its signing to come ("have agreed on a ten-year
    # defence pact", "reached agreement on a security treaty", "रक्षा समझौते पर सहमति बना ली है")
    **{f"{h}agreed on {d}": ("announced", "past") for h in ("", "have ", "has ", "had ") for d in ("a", "an")},
    **{f"{h}reached {a}agreement on {d}": ("announced", "past") for h in ("", "have ", "has ")
       for a in ("", "an ") for d in ("a", "an", "the")},
    **{f"{p} पर सहमति {v}": ("announced", "past") for p in ("संधि", "समझौते", "करार", "पैक्ट")
       for v in ("बना ली", "बना ली है", "बनाई", "बन गई", "बन गई है", "बनी", "बनी है", "हो गई", "हो गई है", "कायम हुई")},
    # a headline's approval, the verb before its noun ("संसद ने रक्षा समझौते को दी मंज़ूरी")
    **{f"को {v} {n}": ("ratified", "past") for v in ("दी", "दे दी", "मिली") for n in ("मंजूरी", "मंज़ूरी", "स्वीकृति")},
    # rejoining a pact left before, and a legislature's vote to rejoin it ("votes to rejoin Rio defence treaty")
    "rejoined": ("joined", "past"), "rejoins": ("joined", "present"), "has rejoined": ("joined", "past"),
    "rejoin": ("joined", "present"),  # (a headline's plural: "Brazil and Argentina rejoin UNASUR")
    **{f"{v} to rejoin": ("joined", t) for v, t in (("voted", "past"), ("votes", "present"))},
    # acceding with a word of time or manner between the verb and its particle ("formally adhered yesterday to")
    **{f"{v} {a} to": ("joined", "past") for v in ("adhered", "acceded") for a in (
        "formally", "officially", "yesterday", "today", "finally", "also", "now")},
    # a pact struck (with a pact noun straight after: casus.news.clauses.needs_pact_object), a pact left (with the
    # pact straight after: casus.news.clauses.pact_object), a legislature's consent given to a pact itself
    "struck a": ("signed", "past"), "struck an": ("signed", "past"), "left": ("withdrew", "past"),
    # a pact cancelled by one side ("cancelled the air base agreement"; the pact must be the verb's object)
    "cancelled": ("withdrew", "past"), "canceled": ("withdrew", "past"), "cancels": ("withdrew", "present"),
    # a legislature's vote to end a pact, as a headline says it ("votes to cancel U.S. air base agreement")
    # ("voted to scrap" and the others: casus.news.lexicon)
    "voted to cancel": ("withdrew", "past"),
    **{f"votes to {e}": ("withdrew", "present")
       for e in ("cancel", "abrogate", "scrap", "terminate", "annul", "revoke", "withdraw from", "leave", "quit",
                 "end")},
    **{f"{v} to": ("ratified", t) for v, t in (
        ("gave its consent", "past"), ("gave their consent", "past"), ("has given its consent", "past"),
        ("gives its consent", "present"))},
}

#: Consultation between the parties in Hindi ("सैन्य और सुरक्षा मामलों पर आपसी परामर्श के प्रावधान")
KIND_CUES_10: dict[str, tuple[str, int, tuple[str, ...]]] = {
    **{f"{m} {c}": ("consultation", 2, ()) for m in ("आपसी", "परस्पर", "पारस्परिक") for c in ("परामर्श", "सलाह मशविरा")},
    # political or foreign policies coordinated ("to coordinate their political activities", "राजनीतिक गतिविधियों में
    # तालमेल बिठाना"; not policies on one matter, "परमाणु मसले पर अपनी नीतियों में तालमेल")
    **{f"{v} their {a}{n}": ("consultation", 1, ()) for v in ("coordinate", "co-ordinate", "coordinating",
                                                              "co-ordinating", "coordination of", "co-ordination of")
       for a in ("political ", "foreign ") for n in ("policies", "policy", "activities")},
    **{f"{n} {j}": ("consultation", 1, ()) for n in ("राजनीतिक गतिविधियों", "विदेश नीतियों", "विदेश नीति")
       for j in ("में तालमेल", "का समन्वय", "में समन्वय")},
    # cooperation and consultation ("आपसी सहयोग तथा परामर्श के ज़रिए"); consulting each other ("आपस में सलाह करेंगे")
    **{f"{a} {j} {b}": ("consultation", 2, ()) for a, b in (("सहयोग", "परामर्श"), ("परामर्श", "सहयोग"))
       for j in ("और", "तथा", "एवं", "व")},
    **{f"{w} {c} {v}": ("consultation", 2, ()) for w in ("आपस में", "एक दूसरे से") for c in ("सलाह", "परामर्श", "सलाह मशविरा")
       for v in ("करेंगे", "करेगा", "करेगी", "करते रहेंगे")},
    # each other's military aid ("दोनों देश एक-दूसरे की फ़ौजी मदद करेंगे"), a military alliance in Hindustani
    **{f"{r} {a} {n}": ("defense", 2, ()) for r in ("एक दूसरे की", "एक दूसरे को") for a in ("फौजी", "सैन्य", "सैनिक")
       for n in ("मदद", "सहायता")},
    "सैन्य गठजोड": ("defense", 1, ()), "फौजी गठजोड": ("defense", 1, ()), "फौजी गठबंधन": ("defense", 1, ()),
    # a military and political alliance ("यह सैन्य और राजनीतिक गठबंधन", "a political and military alliance")
    **{f"{a} {j} {b} {n}": ("defense", 1, ()) for a, b in (("सैन्य", "राजनीतिक"), ("राजनीतिक", "सैन्य"))
       for j in ("और", "व", "तथा", "एवं") for n in ("गठबंधन", "गठजोड")},
    **{f"{a} and {b} alliance": ("defense", 1, ()) for a, b in (("military", "political"), ("political", "military"))},
    # a treaty of alliance in Hindi, as English "alliance treaty" / "treaty of alliance" ("गठबंधन की संधि")
    # (the genitive forms only: the bare compound also names the pact in a notice not to renew it)
    **{f"गठबंधन {g} {n}": ("defense", 1, ()) for g in ("की", "का", "के") for n in ("संधि", "समझौता", "समझौते")},
    # attacks met by reciprocal assistance ("meeting armed attacks ... through reciprocal assistance"; not the Rio
    # Treaty's name, "Treaty of Reciprocal Assistance", whose kind is consultation)
    **{f"{p} reciprocal assistance": ("defense", 2, ("attack",)) for p in (
        "through", "by", "provide", "provides", "render", "lend", "give", "afford")},
    # neutrality kept towards a party at war, as a promise ("मैत्रीपूर्ण तटस्थता बरतता", "would observe a benevolent
    # neutrality")
    **{f"{a} {n}": ("neutrality", 3, ()) for a in ("मैत्रीपूर्ण", "सद्भावपूर्ण", "friendly", "benevolent")
       for n in ("तटस्थता", "neutrality")},
    **{f"तटस्थता {v}": ("neutrality", 2, ()) for v in ("बरतेगा", "बरतेंगे", "बरतेगी", "बरतता", "बरतती", "बरतने")},
    **{f"{v} neutrality": ("neutrality", 2, ()) for v in ("observe", "observe a", "maintain", "preserve")},
    # a pledge to help in the other's defence ("गणराज्य की रक्षा में हरसंभव सहायता देने का वचन दिया")
    **{f"रक्षा में {a}{n} {v} का {w}": ("defense", 2, ()) for a in ("", "हरसंभव ", "पूरी ", "हर तरह की ")
       for n in ("सहायता", "मदद") for v in ("देने", "करने") for w in ("वचन", "वादा", "भरोसा")},
    # the responsibility for the other's defence taken on ("उसकी रक्षा की ज़िम्मेदारी अमेरिका उठाएगा")
    **{f"रक्षा की {r}": ("defense", 2, ()) for r in ("जिम्मेदारी", "ज़िम्मेदारी", "जिम्मेवारी")},
    **{f"responsibility for {d}{n}": ("defense", 2, ()) for d in ("the ", "its ", "their ", "")
       for n in ("defence", "defense")},
    # a pact not to attack each other, by its negated verbal noun ("एक-दूसरे पर हमला न करने का समझौता")
    **{f"एक दूसरे पर {a} न करने": ("nonaggression", 2, ()) for a in ("हमला", "आक्रमण")},
    "not to attack one another": ("nonaggression", 2, ())}

#: What this module adds to :mod:`casus.news.lexicon`'s tables, by table
ADDITIONS: dict[str, object] = {"STATE_EXTRA": STATE_EXTRA_10, "PLACE_NAMES": PLACE_NAMES_10,
                                "PACT_NOUNS": PACT_NOUNS_10, "PACT_NAMES": PACT_NAMES_10, "TRIGGERS": TRIGGERS_10,
                                "KIND_CUES": KIND_CUES_10}
