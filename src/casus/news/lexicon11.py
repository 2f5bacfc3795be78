"""More words for the news reader: the eleventh round's (added to :mod:`casus.news.lexicon`'s tables when it is
imported, its :data:`ADDITIONS`, after :mod:`casus.news.lexicon10`'s).

Plain data, same folding and conventions as the lexicon (a hyphen folds to a space).
"""

from __future__ import annotations

__all__ = ["ADDITIONS", "KIND_CUES_11", "TRIGGERS_11", "RENEWAL_KEYS", "RENEWED_KEYS", "STATE_EXTRA_11",
           "EXTENDED_KEYS", "HI_EXTENDED_KEYS", "PACT_NOUNS_11", "PACT_NAMES_11", "PROGRAMME_OF"]

#: A pact's consultation machinery at work: its organ of consultation, a meeting of consultation, foreign ministers
#: called into consultation ("the Council, acting provisionally as organ of consultation", "परामर्श अंग"): what an
#: invocation of such a pact sets going is consultation (strength 3: it names the duty).  An accession or a signing
#: takes the pact's own kind from the corpus when it names the pact (:func:`casus.news.match.inherited_kind`).
KIND_CUES_11: dict[str, tuple[str, int, tuple[str, ...]]] = {
    **{f"{o} of consultation": ("consultation", 3, ()) for o in ("organ", "meeting", "meetings")},
    **{f"{v} into consultation": ("consultation", 3, ()) for v in ("called", "call", "calls", "be called")},
    "consultative organ": ("consultation", 3, ()), "consultative meeting": ("consultation", 3, ()),
    "परामर्श अंग": ("consultation", 3, ()), "परामर्श अंग के रूप में": ("consultation", 3, ()),
    "परामर्श बैठक": ("consultation", 3, ()), "विदेश मंत्रियों की परामर्श बैठक": ("consultation", 3, ()),
}

#: A pact of neutrality and non-aggression is a neutrality pact (its stronger promise: to stay out of a war the other
#: party is in, besides not attacking it): "a treaty of neutrality and non-aggression", "तटस्थता और अनाक्रमण संधि"
#: (strength 3, longer than the non-aggression cue the same words hold)
KIND_CUES_11.update({
    **{f"{a} {c} {b}": ("neutrality", 3, ())
       for a, b in (("neutrality", "non aggression"), ("non aggression", "neutrality"), ("neutrality", "nonaggression"),
                    ("nonaggression", "neutrality"))
       for c in ("and", "&")},
    **{f"{a} {c} {b}": ("neutrality", 3, ())
       for a, b in (("तटस्थता", "अनाक्रमण"), ("अनाक्रमण", "तटस्थता"), ("तटस्थता", "अनाक्रामकता"))
       for c in ("और", "व", "एवं", "तथा")},
})

#: A promise to consult each other, in the words a report uses for it: "आपसी सलाह का वादा", "एक-दूसरे से सलाह करेंगे"
#: (strength 2: a duty to consult; the English "consult with one another" is :mod:`casus.news.lexicon_more`'s)
KIND_CUES_11.update({
    **{f"{m} सलाह": ("consultation", 2, ()) for m in ("आपसी", "परस्पर", "पारस्परिक")},
    **{f"एक दूसरे से {c} {v}": ("consultation", 2, ())
       for c in ("सलाह", "परामर्श", "सलाह मशविरा", "विचार विमर्श")
       for v in ("करेंगे", "करेगा", "करेगी", "करने", "करते रहेंगे")},
})

#: A pact renewed is a pact signed again, a new instrument ("Germany, Austria-Hungary and Italy renewed the Triple
#: Alliance", "the alliance was renewed in Vienna"): the active verb only with a pact for its object, after an
#: article or a possessive (:func:`casus.news.clauses.needs_pact_object`: "renewed fighting", "the renewed alliance"
#: are none), the passive only after a pact noun; in Hindi, the pact's renewal done ("संधि का नवीनीकरण किया").
RENEWAL_KEYS = frozenset({"renewed", "renews", "has renewed", "have renewed"})
RENEWED_KEYS = frozenset({"was renewed", "were renewed"})
#: A pact extended or prolonged is renewed: the active verb with a pact for its object and no preposition between
#: ("extended the treaty for three years"; not "extended the deadline for the agreement"); in Hindi the pact (or its
#: term) extended, told in the passive or with its doer ("संधि को अगले तीन वर्षों के लिए बढ़ा दिया गया", "संधि की
#: अवधि बढ़ा दी गई"; not "बढ़ाया जा सकता है", may be extended)
EXTENDED_KEYS = frozenset({"extended", "prolonged", "has extended", "have extended"})
HI_EXTENDED_KEYS = frozenset({"बढ़ा दिया गया", "बढ़ा दी गई", "बढ़ाया गया", "बढ़ाई गई", "बढ़ा दिया", "बढ़ा दी"})
_HI_PACTS = ("संधि", "समझौते", "करार", "गठबंधन", "पैक्ट")
TRIGGERS_11: dict[str, tuple[str, str]] = {
    **{k: ("signed", "past") for k in RENEWAL_KEYS | RENEWED_KEYS | EXTENDED_KEYS | HI_EXTENDED_KEYS if k != "renews"},
    "renews": ("signed", "present"),
    # states made members together: "Spain and Portugal today became full members of Western European Union" (only
    # after become, as "member")
    "members": ("joined", "needs_become"),
    **{f"{p} {g} {n} {v}": ("signed", "past") for p in _HI_PACTS for g in ("का", "को")
       for n in ("नवीनीकरण", "नवीकरण") for v in ("किया", "किया गया", "कर दिया", "हुआ", "हो गया")},
    **{f"{p} को नवीनीकृत {v}": ("signed", "past") for p in _HI_PACTS for v in ("किया", "किया गया", "कर दिया")},
}

#: Hindi demonyms the registry lacks ("ऑस्ट्रियाई और रूसी प्रतिनिधियों ने ...": Austrian, as the English "Austrian"
#: names Austria or Austria-Hungary by the day), with the spellings Hindi sites use; a demonym names its state as a
#: modifier does ("D:"). Left out: words that are also everyday nouns (चेक, a cheque; चीनी is the lexicon's already).
STATE_EXTRA_11: dict[str, list[str]] = {
    code: [f"D:{w}" for w in words] for code, words in {
        "AUS": ["ऑस्ट्रियाई", "आस्ट्रियाई"], "AUH": ["ऑस्ट्रियाई", "आस्ट्रियाई"],
        "ROM": ["रोमानियाई", "रूमानियाई"], "BUL": ["बुल्गारियाई", "बल्गेरियाई"], "SRB": ["सर्बियाई", "यूगोस्लाव", "युगोस्लाव"],
        "SYR": ["सीरियाई"], "ISR": ["इसराइली", "इज़राइली", "इजरायली", "इस्राइली"], "NTH": ["डच"],
        "BEL": ["बेल्जियाई", "बेल्जियन"], "DEN": ["डेनिश"], "NOR": ["नॉर्वेजियाई", "नार्वेजियाई", "नॉर्वेजियन"],
        "EST": ["एस्टोनियाई"], "LAT": ["लातवियाई"], "LIT": ["लिथुआनियाई"], "SLO": ["स्लोवाक"],
        "CRO": ["क्रोएशियाई"], "CZE": ["चेकोस्लोवाक"], "AFG": ["अफ़ग़ान", "अफ़ग़ानी"], "BNG": ["बांग्लादेशी"],
        "NEP": ["नेपाली"], "SRI": ["श्रीलंकाई"], "MEX": ["मैक्सिकन", "मेक्सिकन", "मैक्सिकी"],
        "BRA": ["ब्राज़ीली", "ब्राज़ीलियाई"], "ARG": ["अर्जेंटीनी", "अर्जेंटीनाई"], "CUB": ["क्यूबाई", "क्यूबन"],
        "GRG": ["जॉर्जियाई"], "KZK": ["कज़ाख"], "UZB": ["उज़्बेक"], "TAJ": ["ताजिक"], "KYR": ["किर्गिज़"],
        "MON": ["मंगोलियाई"], "LIB": ["लीबियाई"], "ALG": ["अल्जीरियाई"], "NIG": ["नाइजीरियाई"],
        "ETH": ["इथियोपियाई"], "SOM": ["सोमाली"], "KEN": ["केन्याई"], "SWZ": ["स्विस"], "POR": ["पुर्तगाली"],
        "SPN": ["स्पेनी"], "JOR": ["जॉर्डनियाई"], "LEB": ["लेबनानी"], "KUW": ["कुवैती"], "QAT": ["क़तरी"],
        "UAE": ["अमीराती"], "OMA": ["ओमानी"], "COL": ["कोलंबियाई"], "PER": ["पेरूवियाई"], "BOL": ["बोलिवियाई"],
        "SUD": ["सूडानी"], "TUN": ["ट्यूनीशियाई"], "GMY": ["प्रशियाई"], "BAV": ["बवेरियाई"],
    }.items()}

#: An exchange of notes or letters is how many pacts were made ("Moret and Maffei exchanged secret notes", "exchanged a
#: pair of diplomatic notes", "identical notes were exchanged between Britain and Spain", "letters exchanged on 23
#: November"): the verb is the signing and names the instrument (a pact noun, so an exchange with no kind and no
#: alliance noun stays a report of notes)
_NOTES = ("notes", "letters")
_NOTE_KINDS = ("", "secret ", "official ", "diplomatic ", "identical ", "formal ", "confidential ")
_EXCHANGED = {f"exchanged {d}{k}{n}" for d in ("", "a pair of ", "two ", "the ") for k in _NOTE_KINDS
              for n in _NOTES} | {
    f"{n} were exchanged" for n in _NOTES} | {f"{k}{n} were exchanged" for k in _NOTE_KINDS[1:] for n in _NOTES}
TRIGGERS_11.update({k: ("signed", "past") for k in _EXCHANGED})
# in Hindi, notes exchanged ("नोटों का आदान-प्रदान हुआ"; not letters, which also name the instruments of ratification
# whose exchange brings a pact into force: "अनुसमर्थन-पत्रों का आदान-प्रदान")
TRIGGERS_11.update({f"{n} {g} आदान-प्रदान {v}": ("signed", "past") for n in ("नोटों", "नोट्स") for g in ("का", "के")
                    for v in ("किया", "किया गया", "हुआ", "हुए", "किए", "किए गए")})
PACT_NOUNS_11 = sorted(_EXCHANGED | {f"exchange of {k}{n}" for k in _NOTE_KINDS[1:] for n in _NOTES}
                       | {"exchange of letters", "नोटों का आदान-प्रदान", "नोटों के आदान-प्रदान"})

# a joint statement titled for defence or security ("signed the Joint Statement on Closer Defence Relations", "a Joint
# Statement on Defence Cooperation"): a document governments sign as they sign a declaration; a joint statement by
# itself (what most meetings end with) is not one
_STATEMENT_TOPICS = ("defence", "defense", "security", "military", "closer defence", "closer defense")
PACT_NOUNS_11 += [f"joint statement on {t}" for t in _STATEMENT_TOPICS] + [
    f"{t} पर संयुक्त {s}" for t in ("रक्षा सहयोग", "सुरक्षा सहयोग", "सैन्य सहयोग", "घनिष्ठ रक्षा संबंधों")
    for s in ("बयान", "वक्तव्य")]

#: The General Treaty for the Renunciation of War's names
KELLOGG_BRIAND = tuple(
    [f"{a} {b}" for a in ("kellogg briand", "briand kellogg") for b in ("pact", "treaty")]
    + ["pact of paris", "general treaty for the renunciation of war",
       "treaty for the renunciation of war"]
    + [f"{a} {b}" for a in ("केलॉग ब्रियां", "ब्रियां केलॉग", "केलॉग ब्रियाँ", "केलोग ब्रियां")
       for b in ("समझौता", "समझौते", "संधि", "पैक्ट")]
    # "the treaty for the renunciation of war", in Hindi "युद्ध-त्याग संधि"
    + [f"{a} {b}" for a in ("युद्ध त्याग", "युद्ध के त्याग संबंधी सामान्य", "युद्ध के त्याग की")
       for b in ("संधि", "समझौता", "समझौते")])

#: the names a report gives the Treaty of Amity and Cooperation in Southeast Asia (see :data:`PACT_NAMES_11`)
AMITY_SOUTHEAST_ASIA = (
    [f"treaty of amity and {c} in {r}" for c in ("cooperation", "co-operation") for r in ("southeast asia",
                                                                                          "south-east asia",
                                                                                          "south east asia")]
    + ["asean treaty of amity and cooperation", "asean's treaty of amity and cooperation", "asean amity treaty",
       "asean's amity treaty", "टीएसी", "ट्रीटी ऑफ एमिटी एंड कोऑपरेशन इन साउथईस्ट एशिया",
       "ट्रीटी ऑफ एमिटी ऐंड कोऑपरेशन इन साउथईस्ट एशिया"]
    + [f"{r} {p} मैत्री {c} सहयोग संधि" for r in ("दक्षिण-पूर्व एशिया", "दक्षिण पूर्व एशिया", "दक्षिण-पूर्वी एशिया",
                                                   "दक्षिण पूर्वी एशिया", "आसियान")
       for p in ("में", "की", "के") for c in ("और", "एवं")])

#: the names a report gives NATO's Partnership for Peace (Framework Document, Brussels, 10 January 1994), a programme of
#: partnership with NATO, not membership of it (see :data:`PACT_NAMES_11`): "Partnership for Peace", "the PfP
#: framework document", "शांति के लिए साझेदारी", "पार्टनरशिप फॉर पीस"
PARTNERSHIP_FOR_PEACE = (
    [f"{a}partnership for peace{b}" for a in ("", "nato's ", "nato ")
     for b in ("", " programme", " program", " framework document", " initiative")]
    + ["pfp", "pfp programme", "pfp program", "pfp framework document", "nato partnership", "nato's partnership"]
    + [f"{a}{b}" for a in ("", "नाटो की ", "नाटो के ")
       for b in ("शांति के लिए साझेदारी", "शांति के लिए भागीदारी", "पार्टनरशिप फॉर पीस", "पार्टनरशिप फ़ॉर पीस",
                 "शांति के लिए साझेदारी कार्यक्रम", "पार्टनरशिप फॉर पीस कार्यक्रम")])

#: A programme of a pact's organisation by its names, with the pact: a sentence that names the programme names it, not
#: the pact ("the Partnership for Peace, NATO's programme of cooperation": not NATO's treaty)
PROGRAMME_OF: dict[str, str] = dict.fromkeys(PARTNERSHIP_FOR_PEACE, "north-atlantic-1949")

#: The Gulf Cooperation Council's Joint Defence Agreement (Manama, 31 December 2000; ATOP 4965), by the names a report
#: gives the council or its pact: "the GCC", "the Gulf Cooperation Council", "खाड़ी सहयोग परिषद", "जीसीसी"
PACT_NAMES_11: dict[str, str | None] = {
    **dict.fromkeys(("gcc", "gulf cooperation council", "cooperation council for the arab states of the gulf",
                     "gcc joint defence agreement", "gcc joint defense agreement", "gcc defence pact",
                     "gcc defense pact", "gcc joint defence pact", "gcc joint defense pact",
                     "खाडी सहयोग परिषद", "जीसीसी", "जीसीसी संयुक्त रक्षा समझौता", "खाडी सहयोग परिषद का संयुक्त रक्षा समझौता"),
                    "atop-4965"),
    # the Charter of the Organization of American States (Bogota, 30 April 1948), which ATOP 5.1 records as alliance
    # 3150, by the names a report gives the organisation or its charter: "the OAS", "the OAS Charter", "अमेरिकी राज्यों
    # का संगठन", "ओएएस"
    **dict.fromkeys(("oas", "organization of american states", "organisation of american states", "oas charter",
                     "charter of the oas", "charter of the organization of american states",
                     "अमेरिकी राज्यों का संगठन", "अमेरिकी राज्यों के संगठन", "ओएएस", "ओएएस चार्टर"), "atop-3150"),
    # the Covenant of the League of Nations (1919), which the corpus does not hold, by the names a report gives the
    # League or its Covenant (the labelled sets code a member's notice of withdrawal as its leaving a pact of defence,
    # Articles 10 and 16): "the League of Nations", "the League Covenant", "राष्ट्र संघ", "लीग ऑफ़ नेशंस"
    **dict.fromkeys(("league of nations", "covenant of the league", "covenant of the league of nations",
                     "league covenant", "राष्ट्र संघ", "राष्ट्रसंघ", "लीग ऑफ नेशंस", "लीग ऑफ नेशन्स",
                     "राष्ट्र संघ के प्रतिज्ञापत्र", "राष्ट्र संघ का प्रतिज्ञापत्र"), None),
    # the Constitutive Treaty of the Union of South American Nations (Brasilia, 2008), which the corpus does not hold,
    # by the names a report gives the union or its treaty (the labelled sets code its members' exits, suspensions of
    # participation and returns as steps on a pact of no kind): "UNASUR", "the Union of South American Nations",
    # "उनासुर", "दक्षिण अमेरिकी राष्ट्र संघ"
    **dict.fromkeys(("unasur", "union of south american nations", "unasur constitutive treaty",
                     "constitutive treaty of unasur", "unasur's founding treaty", "उनासुर", "यूनासुर",
                     "दक्षिण अमेरिकी राष्ट्र संघ", "दक्षिण अमेरिकी देशों के संघ", "दक्षिण अमेरिकी देशों का संघ"), None),
    # the General Treaty for the Renunciation of War (Kellogg-Briand Pact, Paris, 27 August 1928), which the corpus does
    # not hold, by the names a report gives it: "the Kellogg-Briand Pact", "the Pact of Paris", "केलॉग-ब्रियां समझौता"
    **dict.fromkeys(KELLOGG_BRIAND, None),
    # the Treaty of Amity and Cooperation in Southeast Asia (Bali, 24 February 1976), which ATOP 5.1 records as
    # alliance 3755, a non-aggression pact (its codesheet quotes Art. X and Art. XIII: no part in any activity that
    # threatens another party; disputes settled without the threat or use of force), by the names a report gives it:
    # "the Treaty of Amity and Cooperation in Southeast Asia", "ASEAN's amity treaty", "दक्षिण-पूर्व एशिया में मैत्री
    # और सहयोग संधि", "टीएसी" (not the bare "treaty of amity and cooperation": other pacts bear that name)
    **dict.fromkeys(AMITY_SOUTHEAST_ASIA, "atop-3755"),
    # NATO's Partnership for Peace, which the corpus does not hold: joining it is not joining NATO (so NATO's name
    # before it, "NATO's Partnership for Peace", names no pact of its own)
    **dict.fromkeys(PARTNERSHIP_FOR_PEACE, None),
}
# the labelled sets code its signing, ratifications, entry into force and adherences as events of a non-aggression
# pact (its parties renounce war as an instrument of policy towards one another): a weak cue, which any other the
# article gives outweighs (a pact whose parties recall their commitment to it)
KIND_CUES_11.update(dict.fromkeys(KELLOGG_BRIAND, ("nonaggression", 1, ())))
# a military or naval convention, the old diplomacy's staff agreement between allies on the forces each puts in the
# field against a common enemy ("the Franco-Russian military convention", "a naval convention"): a loose label of a
# pact of defence, as "defence pact" is (a pledge to consult, to stay neutral or not to attack outweighs it)
KIND_CUES_11.update({f"{w} {c}": ("defense", 1, ()) for w in ("military", "naval")
                     for c in ("convention", "conventions")})
KIND_CUES_11.update({f"{w} {c}": ("defense", 1, ()) for w in ("सैन्य", "नौसैनिक", "नौसेना")
                     for c in ("कन्वेंशन", "अभिसमय")})
# a general armistice agreement (the four of 1949 between Israel and its neighbours: no aggressive action by the
# forces of either party against the other, their Art. I): the labelled sets code their signing and entry into force
# as a pact of non-aggression; a weak cue, which any other the article gives outweighs
ARMISTICE_AGREEMENTS = (*(f"{g}armistice {a}" for g in ("", "general ") for a in ("agreement", "agreements")),
                        "सामान्य युद्धविराम समझौता", "सामान्य युद्धविराम समझौते", "आर्मिस्टिस समझौता", "आर्मिस्टिस समझौते",
                        "युद्धविराम संधि")
KIND_CUES_11.update(dict.fromkeys(ARMISTICE_AGREEMENTS, ("nonaggression", 1, ())))

#: What this module adds to :mod:`casus.news.lexicon`'s tables, by table
ADDITIONS: dict[str, object] = {"KIND_CUES": KIND_CUES_11, "TRIGGERS": TRIGGERS_11, "STATE_EXTRA": STATE_EXTRA_11,
                                "PACT_NOUNS": PACT_NOUNS_11, "PACT_NAMES": PACT_NAMES_11}
