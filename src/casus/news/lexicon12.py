"""More words for the news reader: the twelfth round's legislatures and laws of ratification (added to
:mod:`casus.news.lexicon`'s tables when it is imported, its :data:`ADDITIONS`, after :mod:`casus.news.lexicon11`'s).

Plain data, same folding and conventions as the lexicon (a hyphen folds to a space).
"""

from __future__ import annotations

__all__ = ["ADDITIONS", "STATE_EXTRA_12", "PLACE_NAMES_12", "TRIGGERS_12", "PACT_NOUNS_12", "HI_HEADLINE_APPROVALS",
           "PACT_ENDINGS", "INSTRUMENT_TRIGGERS", "KIND_CUES_12", "IN_FULL"]

#: The states' names this round adds (COW abbreviation -> names, as the lexicon's STATE_EXTRA)
STATE_EXTRA_12: dict[str, list[str]] = {}


def _add(flag: str, names: dict[str, list[str]]) -> None:
    """Add ``names`` to :data:`STATE_EXTRA_12`, each marked ``flag`` ("C:" a metonym, "D:" a demonym)."""
    for code, words in names.items():
        STATE_EXTRA_12.setdefault(code, []).extend(f"{flag}{w}" for w in words)


#: A state's legislature by its own name stands for the state, as its capital does ("C:": a metonym, a place after
#: "in" / "में"): "the Federation Council approved the law ratifying the agreement with Syria", "the Folketing
#: passed the bill".  Only names that belong to one state in the registry's span of it (not "Senate", "Congress",
#: "Diet" or "Bundestag", which name other states or two Germanys).
_add("C:", {"RUS": ["Federation Council", "State Duma", "फेडरेशन काउंसिल", "स्टेट ड्यूमा"],
            "DEN": ["Folketing"], "NOR": ["Storting", "Stortinget"], "SWD": ["Riksdag"], "FIN": ["Eduskunta"],
            "ICE": ["Althing", "Alþingi"], "ISR": ["Knesset", "नेसेट"], "POL": ["Sejm"], "UKR": ["Verkhovna Rada"],
            "IND": ["Lok Sabha", "Rajya Sabha", "लोकसभा", "राज्यसभा", "लोक सभा", "राज्य सभा"], "LAT": ["Saeima"],
            "LIT": ["Seimas"], "EST": ["Riigikogu"], "TUR": ["Grand National Assembly"], "NEP": ["Pratinidhi Sabha"]})

#: ... and the old diplomacy's names of governments by their seat: "the Porte" (the Ottoman government), "the Quai
#: d'Orsay", "Whitehall", "the Ballhausplatz", "the Wilhelmstrasse"
_add("C:", {"TUR": ["Porte", "Sublime Porte", "सब्लाइम पोर्ट"], "FRN": ["Quai d'Orsay"], "UKG": ["Whitehall"],
            "AUH": ["Ballhausplatz"], "GMY": ["Wilhelmstrasse", "Wilhelmstraße"]})

#: English demonyms the registry lacks, of states of the nineteenth century and of later ones ("the Prussian and
#: Austrian plenipotentiaries", "the Siamese government"); a demonym names its state as a modifier does ("D:").  Left
#: out: those of two states by the day ("Korean", "Congolese", "Dominican", "Hessian").
_add("D:", {"GMY": ["Prussian"], "BAV": ["Bavarian"], "SAX": ["Saxon"], "HAN": ["Hanoverian"],
            "ITA": ["Sardinian", "Piedmontese"], "SIC": ["Neapolitan", "Sicilian"], "TUS": ["Tuscan"],
            "THI": ["Siamese"], "IRN": ["Persian"], "ETH": ["Abyssinian"], "SRI": ["Ceylonese"],
            "YUG": ["Yugoslav", "Yugoslavian"], "CZE": ["Czechoslovak", "Czechoslovakian"], "MNG": ["Montenegrin"],
            "MLT": ["Maltese"], "BOT": ["Botswanan"], "SAF": ["South African"], "FIJ": ["Fijian"],
            "COS": ["Costa Rican"], "MLD": ["Moldovan"], "TKM": ["Turkmen"], "LUX": ["Luxembourgish"],
            "MAC": ["Macedonian"], "KOS": ["Kosovar"]})

#: Hindi names the registry lacks: the Democratic Republic of the Congo as Hindi papers transliterate it ("डेमोक्रेटिक
#: रिपब्लिक ऑफ कांगो", "डीआरसी"), and the other Congo by its capital ("कांगो-ब्राज़ाविल")
_add("", {"DRC": ["डेमोक्रेटिक रिपब्लिक ऑफ कांगो", "डेमोक्रेटिक रिपब्लिक ऑफ द कांगो", "लोकतांत्रिक गणराज्य कांगो", "डीआरसी"],
          "CON": ["कांगो-ब्राज़ाविल", "कांगो ब्राज़ाविल", "कांगो गणराज्य"]})
#: ... and Colombia by its names of the nineteenth century (New Granada 1831-1858, the Granadine Confederation
#: 1858-1863, the United States of Colombia 1863-1886), in English and Hindi
_add("", {"COL": ["New Granada", "Republic of New Granada", "Granadine Confederation", "United States of Colombia",
                  "न्यू ग्रेनाडा", "नव ग्रेनाडा", "ग्रेनाडाई परिसंघ", "संयुक्त राज्य कोलंबिया", "कोलंबिया के संयुक्त राज्य"]})

#: Capitals the lexicon lacked, by the names COW's capitals table gives them (cow_capitals, bundled:
#: casus/data/upstream/capitals), as metonyms ("C:": "the Bogota Government", "Lisbon said"; a place after "in");
#: left out: names shared with a state or with other places ("Victoria", "Kingston", "Santiago", "Male"), the seats
#: of alliances ("Brussels": NATO's and the EU's), the capitals of states gone before the places became other
#: states' cities ("Munich", "Naples"), and the smallest
_add("C:", {"ALB": ["Tirana"], "ALG": ["Algiers"], "ANG": ["Luanda"], "ARG": ["Buenos Aires"], "AUS": ["Vienna"],
            "BAR": ["Bridgetown"], "BHM": ["Nassau"], "BOS": ["Sarajevo"], "BOT": ["Gaborone"],
            "BUI": ["Bujumbura"], "CAO": ["Yaounde"], "CDI": ["Abidjan"], "CEN": ["Bangui"], "CHA": ["N'Djamena"],
            "COL": ["Bogota"], "CON": ["Brazzaville"], "CRO": ["Zagreb"], "CZE": ["Prague"], "CZR": ["Prague"],
            "DOM": ["Santo Domingo"], "DRC": ["Kinshasa"], "ECU": ["Quito"], "ERI": ["Asmara"], "ETH": ["Addis Ababa"],
            "FIJ": ["Suva"], "GAB": ["Libreville"], "GFR": ["Bonn"], "GHA": ["Accra"], "GUI": ["Conakry"],
            "HAI": ["Port-au-Prince"], "HON": ["Tegucigalpa"], "IRE": ["Dublin"], "KEN": ["Nairobi"], "KOR": ["Seoul"],
            "KOS": ["Pristina"], "LAO": ["Vientiane"], "LBR": ["Monrovia"], "LES": ["Maseru"], "LIB": ["Tripoli"],
            "MAA": ["Nouakchott"], "MAC": ["Skopje"], "MAG": ["Antananarivo"], "MAS": ["Port Louis"],
            "MAW": ["Lilongwe"], "MLD": ["Chisinau"], "MLT": ["Valletta"], "MNG": ["Podgorica"], "MOR": ["Rabat"],
            "MYA": ["Rangoon", "Naypyidaw"], "MZM": ["Maputo"], "NAM": ["Windhoek"], "NIC": ["Managua"],
            "PAR": ["Asuncion"], "PER": ["Lima"], "POR": ["Lisbon"], "RWA": ["Kigali"], "SAF": ["Pretoria"],
            "SAL": ["San Salvador"], "SEN": ["Dakar"], "SIE": ["Freetown"], "SLO": ["Bratislava"],
            "SLV": ["Ljubljana"], "SOM": ["Mogadishu"], "STP": ["Sao Tome"], "SUD": ["Khartoum"],
            "SUR": ["Paramaribo"], "SWA": ["Mbabane"], "SWZ": ["Bern"], "TKM": ["Ashgabat"], "TOG": ["Lome"],
            "TRI": ["Port-of-Spain"], "TUN": ["Tunis"], "UGA": ["Kampala"], "URU": ["Montevideo"], "YAR": ["Sanaa"],
            "ZAM": ["Lusaka"], "ZIM": ["Harare"]})
# ... and some in Devanagari
_add("C:", {"COL": ["बोगोटा"], "PER": ["लीमा"], "ARG": ["ब्यूनस आयर्स"], "POR": ["लिस्बन"],
            "KOR": ["सियोल"], "IRE": ["डबलिन"], "KEN": ["नैरोबी"], "ETH": ["अदीस अबाबा"], "SOM": ["मोगादिशु"],
            "SUD": ["खार्तूम"], "TUN": ["ट्यूनिस"], "MOR": ["रबात"], "ALG": ["अल्जीयर्स"], "DRC": ["किंशासा"],
            "GFR": ["बॉन"], "SWZ": ["बर्न"], "URU": ["मोंटेवीडियो"]})

_PASSED = (("passed", "past"), ("passes", "present"), ("has passed", "past"), ("adopted", "past"),
           ("adopts", "present"), ("has adopted", "past"), ("approved", "past"), ("approves", "present"))
_LAWS = ("law", "bill", "legislation", "act")
#: ... and whose law it is, if told: "approved the government's bill authorising ratification of"
_LAW_OF = ("", "a ", "the ", "the government's ", "a government ", "the government ")
_RATIFYING = ("ratifying", "implementing", "approving", "on the ratification of", "to ratify", "to implement",
              # the consent a legislature gives to the ratification ("the law giving consent to the ratification of")
              "giving consent to the ratification of", "consenting to the ratification of",
              "on consent to the ratification of", "authorizing the ratification of", "authorising the ratification of",
              "authorizing ratification of", "authorising ratification of", "approving the ratification of",
              "approving ratification of", "on ratification of",
              # a bill authorising a pact's approval (the French "projet de loi autorisant l'approbation", told in
              # English): "the bill authorising approval of the agreement"
              "authorizing the approval of", "authorising the approval of", "authorizing approval of",
              "authorising approval of")

#: A legislature that passes the law or bill ratifying (or implementing) a pact ratifies it: "the Folketing passed
#: the bill implementing the defence cooperation agreement", "adopted the law on the ratification of the treaty"
#: (the pact, its object, is read as the approvals' is: :func:`casus.news.clauses.pact_object`)
TRIGGERS_12: dict[str, tuple[str, str]] = {
    f"{v} {a}{law} {r}": ("ratified", t) for v, t in _PASSED for a in _LAW_OF for law in _LAWS for r in _RATIFYING}

#: ... and in Hindi, a legislature that passes the pact itself ("संसद ने संधि को पारित किया", "समझौते को पारित कर दिया")
TRIGGERS_12.update({f"को पारित {v}": ("ratified", "past") for v in ("किया", "कर दिया", "किया गया", "कर दिया गया")})

#: a Hindi legislature's passing or adopting a law
_HI_PASSED = ("पारित किया", "पारित कर दिया", "पास किया", "पास कर दिया", "स्वीकार किया", "स्वीकार कर लिया", "अपना लिया",
              "मंजूर किया", "मंजूर कर लिया")

#: ... or the law or bill that ratifies it ("संधि के अनुसमर्थन कानून को पास किया", "अनुसमर्थन से जुड़ा सरकारी विधेयक
#: पारित कर दिया")
TRIGGERS_12.update({f"{r}{link}{adj} {law}{o} {v}": ("ratified", "past")
                    for r in ("अनुसमर्थन", "अनुमोदन") for link in ("", " से जुड़ा", " से जुड़े", " संबंधी", " का", " के")
                    for adj in ("", " सरकारी") for law in ("कानून", "विधेयक", "बिल") for o in ("", " को")
                    for v in (*_HI_PASSED, "पारित किया गया", "पास कर दिया गया")})
#: ... and a head of state who signs the ratifying law or the ratification's papers ratifies, as "signed the
#: ratification law" does in English: "... समझौतों के अनुमोदन क़ानूनों पर हस्ताक्षर किए", "अनुसमर्थन दस्तावेज़ पर दस्तख़त
#: कर दिए" (text folded: no nukta)
TRIGGERS_12.update({f"{r}{link} {law} पर {sign} {v}": ("ratified", "past")
                    for r in ("अनुसमर्थन", "अनुमोदन") for link in ("", " के", " संबंधी", " से जुड़े", " से जुड़ा")
                    for law in ("कानून", "कानूनों", "विधेयक", "विधेयकों", "दस्तावेज", "दस्तावेजों")
                    for sign in ("हस्ताक्षर", "दस्तखत") for v in ("किए", "किया", "कर दिए", "कर दिया")})
#: ... or the law that holds it ("उत्तर मैसेडोनिया के नाटो प्रवेश प्रोटोकॉल वाला कानून पास किया")
TRIGGERS_12.update({f"{pact} {holding} {law} {v}": ("ratified", "past")
                    for pact in ("प्रोटोकॉल", "संधि", "समझौते", "समझौता") for holding in ("वाला", "वाले")
                    for law in ("कानून", "विधेयक", "बिल") for v in _HI_PASSED})

#: A state that completes its ratification ratifies: "the United States completed its ratification last month",
#: "has completed the ratification of", "ने अनुमोदन की प्रक्रिया पूरी कर ली", "अनुसमर्थन पूरा कर लिया"
TRIGGERS_12.update({f"{v} {d}ratification": ("ratified", t)
                    for v, t in (("completed", "past"), ("has completed", "past"), ("have completed", "past"),
                                 ("completes", "present"))  # (not "complete": "once the others complete ratification")
                    for d in ("", "its ", "their ", "the ")})
TRIGGERS_12.update({f"{r}{process} {done}": ("ratified", "past") for r in ("अनुमोदन", "अनुसमर्थन")
                    for process in ("", " की प्रक्रिया") for done in (
                        ("पूरा किया", "पूरा कर लिया", "पूरा कर दिया") if not process else
                        ("पूरी की", "पूरी कर ली", "पूरी कर दी"))})

#: Parties that agree to end their pact end it: "Britain and Nigeria today agreed to end their defence agreement",
#: "agreed to terminate the treaty" (the pact, its object, as for the other endings: casus.news.extract)
TRIGGERS_12.update({f"{v} to {e}": ("withdrew", t)
                    for v, t in (("agreed", "past"), ("have agreed", "past"), ("has agreed", "past"),
                                 ("agree", "present"), ("agrees", "present"), ("decided", "past"),
                                 ("have decided", "past"))
                    for e in ("end", "terminate", "scrap", "abrogate", "annul", "dissolve", "cancel", "revoke")})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: ... with the day between ("decided on Thursday to end its military intelligence pact with Japan")
TRIGGERS_12.update({f"{v} {when} to {e}": ("withdrew", "past")
                    for v in ("agreed", "decided", "has decided", "have decided")
                    for when in ("today", "yesterday", *(f"on {d}" for d in _WEEKDAYS))
                    for e in ("end", "terminate", "scrap", "abrogate", "annul", "cancel", "revoke")})
#: a notice that a pact will not be extended at its term ("formally told Russia it will not extend the 1997 friendship
#: treaty"): a withdrawal, as "decided not to renew" is
TRIGGERS_12.update({f"{aux} {v}": ("withdrew", "past") for aux in ("will not", "would not", "won't")
                    for v in ("extend", "renew", "prolong")})

#: A pact's text initialled in Hindi: agreed, still to be signed ("पैराफ़ किया", "संधि के मसौदे पर आद्याक्षर किए"): an
#: announcement, as the labelled sets code most initiallings.  (English "initialled" was tried and left out: over the
#: labelled sets it found one announcement and added seven false ones, an initialling told as background of a signing
#: or of a signing withheld)
TRIGGERS_12.update({f"{w} {v}": ("announced", "past") for w in ("आद्याक्षर", "पैराफ", "पैराफ़")
                    for v in ("किए", "कर दिए", "किया", "कर दिया")})

#: A pact that ends, lapses or expires ends for its parties (the pact its subject, named right before the verb: "the
#: Anglo-Japanese alliance formally ended", "the treaty lapsed", "गठबंधन खत्म हो गया", "संधि समाप्त हो गई"): a withdrawal
#: by every party
_ENDED = ("ended", "lapsed", "expired", "came to an end", "ceased to exist", "ceased to be in force")
_ENDED_HI = ("खत्म हो गया", "खत्म हो गई", "खत्म हुआ", "खत्म हुई", "समाप्त हो गया", "समाप्त हो गई", "समाप्त हुआ",
             "समाप्त हुई")
_PACT_ENDINGS: dict[str, tuple[str, str]] = {
    **{f"{noun} {adverb}{verb}": ("withdrew", "past")
       for noun in ("alliance", "treaty", "pact", "agreement", "accord", "convention")
       for adverb in ("", "formally ", "officially ", "finally ") for verb in _ENDED},
    **{f"{noun} {verb}": ("withdrew", "past")
       for noun in ("गठबंधन", "संधि", "समझौता", "करार") for verb in _ENDED_HI},
    # ... and a pact whose term runs out ("Malta's bases deal runs out", "the agreement ran out", "संधि की अवधि पूरी
    # हुई", "समझौते की मियाद खत्म हो गई")
    **{f"{noun} {verb}": ("withdrew", tense)
       for noun in ("alliance", "treaty", "pact", "agreement", "accord", "deal")
       for verb, tense in (("ran out", "past"), ("has run out", "past"), ("runs out", "present"),
                           ("expires", "present"), ("comes to an end", "present"))},
    **{f"{noun} की {term} {verb}": ("withdrew", "past")
       for noun in ("संधि", "समझौते", "करार", "गठबंधन") for term in ("अवधि", "मियाद")
       for verb in ("पूरी", "पूरी हुई", "पूरी हो गई", "पूरी हो गयी", "खत्म हुई", "खत्म हो गई", "समाप्त हुई",
                    "समाप्त हो गई")},
}
TRIGGERS_12.update(_PACT_ENDINGS)
#: the triggers of a pact that ends of itself, the pact their subject (its parties are the states named with it, not
#: companions: :meth:`casus.news.extract._Reader._build`)
PACT_ENDINGS = frozenset(_PACT_ENDINGS)

#: Hindi "became part of" a pact joins it, as "became a member of" does ("... घोषणा का हिस्सा बन गया")
TRIGGERS_12.update({f"का हिस्सा {verb}": ("joined", "past")
                    for verb in ("बन गया", "बन गई", "बन गए", "बना", "बनी", "बने")})

#: admission to an organisation's membership joins it ("was admitted as a member of the League", "were admitted as full
#: members"), and so does a return to it ("was readmitted", "resumed its seat in the League")
TRIGGERS_12.update({f"{aux} admitted as {det}{full}{member}": ("joined", "past")
                    for aux, det, member in (("was", "a ", "member"), ("were", "", "members"),
                                             ("was", "its ", "member"))
                    for full in ("", "full ")})
TRIGGERS_12.update({f"{aux} {verb}": ("joined", "past") for aux in ("was", "were", "has been", "have been")
                    for verb in ("admitted into", "readmitted to", "readmitted into", "readmitted")})
TRIGGERS_12.update({f"{verb} its {what}": ("joined", "past") for verb in ("resumed", "regained", "retook")
                    for what in ("seat in", "seat at", "membership in", "membership of", "place in")})
#: ... or an adherence given to it ("has given its adherence to the treaty", "gave its adhesion to the pact")
TRIGGERS_12.update({f"{v} {who} {what} to": ("joined", t)
                    for v, t in (("gave", "past"), ("has given", "past"), ("have given", "past"), ("gives", "present"))
                    for who in ("its", "their", "his") for what in ("adherence", "adhesion", "accession")})
#: ... or a return to it told as such ("Syria returned to the Arab League", "अरब लीग में सीरिया की वापसी हुई", "सीरिया की
#: सदस्यता बहाल कर दी"; the organisation must be the verb's object: casus.news.clauses.pact_object)
TRIGGERS_12.update({"returned to": ("joined", "past"), "has returned to": ("joined", "past"),
                    "returns to": ("joined", "present")})
TRIGGERS_12.update({f"{prep} वापसी {v}": ("joined", "past") for prep in ("में",)
                    for v in ("की", "कर ली", "हुई", "हो गई", "हो गयी")})
TRIGGERS_12.update({f"सदस्यता बहाल {v}": ("joined", "past")
                    for v in ("की", "कर दी", "कर दी गई", "कर दी गयी", "की गई", "हुई", "हो गई", "हो गयी")})

#: a headline's seal, the verb first ("फ्रांस की सीनेट ने आखेन संधि पर लगाई मुहर"): a signing, or a legislature's
#: ratification (casus.news.clauses.seal_approves)
TRIGGERS_12.update({f"{v} मुहर": ("signed", "past") for v in ("लगाई", "लगा दी", "लगायी")})

#: ... and a legislature's green light or approval in a headline, the verb first ("स्पेन की सीनेट ने लिस्बन संधि को दी
#: हरी झंडी"): a ratification (with a legislature as its subject: casus.news.clauses.approval_without_legislature)
HI_HEADLINE_APPROVALS = frozenset(f"{v} {n}" for v in ("दी", "दे दी") for n in ("हरी झंडी", "मंजूरी", "स्वीकृति"))
TRIGGERS_12.update({k: ("ratified", "past") for k in HI_HEADLINE_APPROVALS})

#: a state's completing the approval of a pact by its legislatures ("Belgium completed the parliamentary approval of
#: the treaty"): its ratification
TRIGGERS_12.update({f"{v} {d}{adj}approval of": ("ratified", t)
                    for v, t in (("completed", "past"), ("completes", "present"), ("has completed", "past"),
                                 ("finished", "past"), ("finishes", "present"), ("has finished", "past"))
                    for d in ("", "the ", "its ", "their ") for adj in ("", "parliamentary ", "legislative ")})

#: a vote in favour of leaving or ratifying a pact is that step ("हंगरी की संसद ने वारसा संधि छोड़ने के पक्ष में वोट दिया",
#: "the Sejm voted in favour of ratifying the treaty")
TRIGGERS_12.update({f"{step} के पक्ष में {w} {d}": (etype, "past")
                    for step, etype in (("छोड़ने", "withdrew"), ("से हटने", "withdrew"), ("से बाहर निकलने", "withdrew"),
                                        ("से अलग होने", "withdrew"), ("के अनुमोदन", "ratified"),
                                        ("के अनुसमर्थन", "ratified"), ("को मंजूरी देने", "ratified"))
                    for w in ("वोट", "मतदान") for d in ("दिया", "किया")})
TRIGGERS_12.update({f"{v} in {f} of {step}": (etype, t)
                    for v, t in (("voted", "past"), ("votes", "present"), ("has voted", "past"))
                    for f in ("favour", "favor")
                    for step, etype in (("leaving", "withdrew"), ("withdrawing from", "withdrew"),
                                        ("quitting", "withdrew"), ("ratifying", "ratified"),
                                        ("approving", "ratified"))})

#: ... and in Hindi, a membership or a pact not extended at its term ("संधि में अपनी सदस्यता आगे नहीं बढ़ाएगा", "समझौते को
#: आगे नहीं बढ़ाने का फैसला किया"): a withdrawal, the pact named in its sentence
TRIGGERS_12.update({f"{what} {to}आगे नहीं {v}": ("withdrew", "past")
                    for what in ("सदस्यता", "संधि", "समझौता", "समझौते", "करार") for to in ("", "को ")
                    for v in ("बढ़ाएगा", "बढ़ाएगी", "बढ़ाएंगे", "बढ़ाया", "बढ़ाई", "बढ़ाने का फैसला किया",
                              "बढ़ाने का निर्णय लिया", "बढ़ाने का ऐलान किया")})

#: Saudi Arabia's name before 1932, the Kingdom of the Hejaz and Nejd (COW's state 670 from 1927)
STATE_EXTRA_12.setdefault("SAU", []).extend(
    [f"{h} {a} {n}" for h in ("Hejaz", "Hedjaz", "Hijaz") for a in ("and", "&") for n in ("Nejd", "Najd")]
    + [f"{h} {a} {n}" for h in ("हिजाज", "हेजाज") for a in ("और", "व", "एवं") for n in ("नज्द", "नजद")])

#: New Zealand by its initials, as headlines write it ("NZ and France sign visiting forces deal"; all capitals, so
#: matched as written)
STATE_EXTRA_12.setdefault("NEW", []).append("NZ")

#: talks completed by a signing ("बातचीत बुधवार को एक संधि पर हस्ताक्षर के साथ पूरी हो गई"): the signing
TRIGGERS_12.update({f"हस्ताक्षर के साथ {v}": ("signed", "past")
                    for v in ("पूरी हो गई", "पूरी हुई", "संपन्न हो गई", "संपन्न हुई", "खत्म हुई", "समाप्त हुई")})

#: An instrument of accession or adherence deposited (or, in Hindi, deposited or registered) is the state's joining,
#: as an instrument of ratification deposited is a ratification: "deposited its instrument of accession", "the
#: instrument of definitive adherence was deposited", "अंगीकरण-पत्र जमा कराया", "शामिल होने का अपना दस्तावेज़ जमा
#: करा दिया", "अंगीकरण दर्ज हुआ"
_ACCESSION_INSTRUMENTS = [f"{i} of {a}{k}" for i in ("instrument", "instruments") for a in ("", "definitive ")
                          for k in ("accession", "adherence")]
TRIGGERS_12.update({f"{v} {d}{o}": ("joined", tense) for v, tense in (("deposited", "past"), ("deposits", "present"))
                    for d in ("its ", "their ", "the ", "an ", "") for o in _ACCESSION_INSTRUMENTS})
TRIGGERS_12.update({f"{o} {w} deposited": ("joined", "past") for o in _ACCESSION_INSTRUMENTS
                    for w in ("was", "were", "has been", "had been", "have been")})
_HI_ACCESSION_INSTRUMENTS = [f"{o}{m}{d}" for o in ("अंगीकरण ", "अंगीकरण का ", "अंगीकरण के ", "शामिल होने का ",
                                                     "शामिल होने के ", "जुड़ने का ", "जुड़ने के ")
                             for m in ("", "अपना ", "अपने ", "अनुसमर्थित ", "अपना अनुसमर्थित ", "विधिवत अनुमोदित ")
                             for d in ("पत्र", "दस्तावेज", "दस्तावेजों", "इंस्ट्रूमेंट")]
TRIGGERS_12.update({f"{o} {v}": ("joined", "past") for o in [*_HI_ACCESSION_INSTRUMENTS, "अंगीकरण"]
                    for v in ("जमा किया", "जमा किए", "जमा कराया", "जमा करा दिया", "जमा कराए", "जमा करा दिए",
                              "जमा किया गया", "जमा कराया गया", "दर्ज किया गया", "दर्ज हुआ", "दर्ज हो गया")})
# ... and the instrument itself, a verbal noun whose verb may stand apart ("अंगीकरण-पत्र 30 नवंबर को दर्ज किया गया")
TRIGGERS_12.update({o: ("joined", "noun") for o in _HI_ACCESSION_INSTRUMENTS if o.startswith(("अंगीकरण", "शामिल"))})
# ... and a notice of joining ("शामिल होने की औपचारिक सूचना ... को दे दी": its verb, with the one told, after it)
TRIGGERS_12.update({f"{j} की {f}सूचना": ("joined", "noun") for j in ("शामिल होने", "जुड़ने") for f in ("", "औपचारिक ")})
# the pact adopted ("संधि को अंगीकार कर लिया है")
TRIGGERS_12.update({f"{p} को अंगीकार {v}": ("joined", "past") for p in ("संधि", "समझौते", "समझौता", "करार", "पैक्ट")
                    for v in ("किया", "कर लिया", "कर लिया है", "कर लिया था")})

#: An entry into force with an adverb of manner inside it: "became fully effective", "formally took effect", "came
#: fully into force"
IN_FULL = ("fully", "formally", "officially", "legally")
TRIGGERS_12.update({f"{v} {a} effective": ("entered_into_force", tense) for a in IN_FULL for v, tense in (
    ("became", "past"), ("has become", "past"), ("becomes", "present"))})
TRIGGERS_12.update({f"{a} {v}": ("entered_into_force", tense) for a in IN_FULL for v, tense in (
    ("took effect", "past"), ("came into effect", "past"), ("came into force", "past"), ("entered into force", "past"),
    ("takes effect", "present"), ("enters into force", "present"))})
TRIGGERS_12.update({f"came {a} into {w}": ("entered_into_force", "past") for a in IN_FULL
                    for w in ("force", "effect")})

#: A promise in Hindi to refrain from the use or threat of force against each other (a treaty of friendship's
#: non-aggression clause, as ATOP codes it): "बल प्रयोग या उसकी धमकी से दूर रहने".  (The English "refrain from the threat
#: or use of force" is left out: over the labelled readings it added more false events, mostly peace settlements and
#: border treaties, than true ones.)
KIND_CUES_12: dict[str, tuple[str, int, tuple[str, ...]]] = {
    **{f"बल प्रयोग {a}से दूर रहने": ("nonaggression", 2, ()) for a in ("", "या उसकी धमकी ", "या बल प्रयोग की धमकी ",
                                                                   "या इसकी धमकी ")},
}
# an attack on one regarded as an attack on all ("aggression against any member is to be regarded as aggression
# against all", "... सभी सदस्य देशों के खिलाफ हमला मानी जाती है"): the pledge "considered" and "माना जाएगा" already state
# (the words of the attack kept in the cue: "... की भूमिका मानी जाती है" is no pledge)
_ATTACKS_EN = ("an attack", "an armed attack", "aggression", "an act of aggression")
KIND_CUES_12.update({f"{v} {x}": ("defense", 2, ("attack", "each")) for x in _ATTACKS_EN
                     for v in ("regarded as", "deemed", "deemed to be", "treated as")})
KIND_CUES_12.update({f"{a} {v}": ("defense", 2, ("attack", "each")) for a in ("हमला", "आक्रमण")
                     for v in ("मानी जाएगी", "मानी जाती", "माना जाएगा", "माना जाता", "माने जाएंगे", "माने जाते",
                               "समझा जाएगा", "समझी जाएगी")})
# (the negative "बल का प्रयोग नहीं करेंगे" was tried and left out: it reads declarations ending a war, such as
# Tashkent's, as non-aggression pacts)

#: Hindi words for a memorandum of understanding: a pact noun, as "समझौता ज्ञापन" already was ("... पर एक सहमति पत्र
#: (एमओयू) पर हस्ताक्षर किए"); whether it is a security pact the kind rules decide
PACT_NOUNS_12 = ["सहमति पत्र", "सहमति पत्रों", "एमओयू"]
PACT_NOUNS_12 += ["roadmap", "road map", "action plan", "letter of intent", "statement of intent",
                  "कार्ययोजना", "कार्य योजना", "एक्शन प्लान", "रोडमैप", "आशय पत्र",
                  # a programme of (military) cooperation ("the military cooperation programme for 2024")
                  "cooperation programme", "cooperation programmes", "cooperation program", "cooperation programs",
                  "co operation programme", "सहयोग कार्यक्रम", "सहयोग कार्यक्रमों",
                  # ... or a plan of it ("a bilateral defence cooperation plan for next year"), and a declaration of
                  # intent ("signed a Declaration of Intent to strengthen their defence cooperation")
                  "cooperation plan", "cooperation plans", "co operation plan", "सहयोग योजना", "सहयोग योजनाओं",
                  "declaration of intent", "declarations of intent", "आशय घोषणा", "आशय की घोषणा",
                  # ... the same plan or programme named with "of" ("signed a plan of cooperation between their
                  # military agencies", "a programme of military cooperation for 2019")
                  *(f"{noun} of {field}cooperation" for noun in ("plan", "plans", "programme", "programmes",
                                                                  "program", "programs")
                    for field in ("", "military ", "defence ", "defense ", "military-technical ",
                                  "military technical ")),
                  "सहयोग की योजना", "सहयोग की कार्ययोजना",
                  # a government's contract ("signed the contract to buy 24 F-16 fighter jets"; kept only where it says
                  # what security it buys, as any pact stating no kind)
                  "contract", "contracts", "अनुबंध", "अनुबंधों",
                  # an arrangement of (defence) cooperation ("रक्षा सहयोग व्यवस्था पर हस्ताक्षर किए"; not "व्यवस्था"
                  # alone, a system or an order)
                  "सहयोग व्यवस्था", "सहयोग व्यवस्थाओं"]
#: a joint communique (establishing diplomatic relations, say: ATOP codes China's as non-aggression pacts, which hold
#: the five principles' "mutual non-aggression"); with no alliance word or duty stated, kept only if the corpus holds
#: a pact of those states signed that day (casus.news.event_kinds.corpus_confirms)
PACT_NOUNS_12 += ["joint communique", "joint communiques", "संयुक्त विज्ञप्ति", "संयुक्त विज्ञप्तियों", "कम्युनिके",
                  "संयुक्त कम्युनिके"]

#: ... whose instrument refers to the pact the sentence before names (its own sentence need name none: "Norway's
#: instrument of adherence was deposited on Tuesday")
INSTRUMENT_TRIGGERS = frozenset(k for k, v in TRIGGERS_12.items() if v[0] == "joined" and (
    "instrument" in k or "अंगीकरण" in k or "दस्तावेज" in k or "पत्र" in k))

#: What this module adds to :mod:`casus.news.lexicon`'s tables, by table
#: A region's adjective in Hindi ("दक्षिण अमेरिकी राष्ट्र संघ", the Union of South American Nations: not American, the
#: United States'), as lexicon10 has the English ones
PLACE_NAMES_12 = [f"{r} {a}" for r in ("दक्षिण", "दक्षिणी", "उत्तर", "उत्तरी", "मध्य", "लैटिन", "लातिन")
                  for a in ("अमेरिकी", "अमरीकी")]

ADDITIONS: dict[str, object] = {"STATE_EXTRA": STATE_EXTRA_12, "TRIGGERS": TRIGGERS_12, "PACT_NOUNS": PACT_NOUNS_12,
                                "KIND_CUES": KIND_CUES_12, "PLACE_NAMES": PLACE_NAMES_12}
