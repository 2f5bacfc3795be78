"""More words for the news reader: what the third round of general fixes added to :mod:`casus.news.lexicon`.

Plain data, added to the lexicon's tables when it is imported (its :data:`ADDITIONS`, by ``_with`` at the end of
:mod:`casus.news.lexicon`), so that every module reading the lexicon sees one set of tables.  Same folding and
conventions as there.
"""

from __future__ import annotations

__all__ = ["ADDITIONS"]

#: Combining forms of state names ("the Franco-Soviet pact", "Anglo-Japanese alliance", "Sino-Indian"): with
#: hyphens folded to spaces each stands as a word, a demonym of its state.
STATE_EXTRA = {
    "FRN": ["D:Franco"], "UKG": ["D:Anglo"], "CHN": ["D:Sino"], "RUS": ["D:Russo"], "ITA": ["D:Italo"],
    "TUR": ["D:Turco"], "JPN": ["D:Nippo"], "GRC": ["D:Greco"], "AUH": ["D:Austro"],
}

#: English demonyms the registry and the tables above lack ("the Togolese government", "a Moroccan official"); a
#: name two states share is read by the day (Austrian: Austria-Hungary to 1918, Austria after)
STATE_EXTRA_4 = {
    "TOG": ["D:Togolese"], "BEN": ["D:Beninese"], "CDI": ["D:Ivorian"], "SEN": ["D:Senegalese"],
    "GAB": ["D:Gabonese"], "CAO": ["D:Cameroonian"], "CHA": ["D:Chadian"], "MZM": ["D:Mozambican"],
    "ZIM": ["D:Zimbabwean"], "ZAM": ["D:Zambian"], "KEN": ["D:Kenyan"], "UGA": ["D:Ugandan"],
    "TAZ": ["D:Tanzanian"], "ETH": ["D:Ethiopian"], "SOM": ["D:Somali"], "SUD": ["D:Sudanese"],
    "LIB": ["D:Libyan"], "TUN": ["D:Tunisian"], "ALG": ["D:Algerian"], "MOR": ["D:Moroccan"],
    "MAA": ["D:Mauritanian"], "GHA": ["D:Ghanaian"], "LBR": ["D:Liberian"], "RWA": ["D:Rwandan"],
    "BUI": ["D:Burundian"], "ANG": ["D:Angolan"], "NAM": ["D:Namibian"], "ARG": ["D:Argentine", "D:Argentinian"],
    "CHL": ["D:Chilean"], "PER": ["D:Peruvian"], "COL": ["D:Colombian"], "BOL": ["D:Bolivian"],
    "PAR": ["D:Paraguayan"], "URU": ["D:Uruguayan"], "ECU": ["D:Ecuadorian"], "PAN": ["D:Panamanian"],
    "HAI": ["D:Haitian"], "GUA": ["D:Guatemalan"], "HON": ["D:Honduran"], "NIC": ["D:Nicaraguan"],
    "SAL": ["D:Salvadoran"], "AUS": ["D:Austrian"], "AUH": ["D:Austrian"], "SWZ": ["D:Swiss"],
    "POR": ["D:Portuguese"], "IRE": ["D:Irish"], "CZR": ["D:Czech"], "SLO": ["D:Slovak"], "CRO": ["D:Croatian"],
    "BOS": ["D:Bosnian"], "ALB": ["D:Albanian"], "SLV": ["D:Slovenian", "D:Slovene"], "ICE": ["D:Icelandic"],
    "LAO": ["D:Laotian", "D:Lao"],
    # ... and the demonyms of small and island states, and second forms ("Khmer", "Azeri", "Slovene"); not
    # "Congolese", "Dominican" or "Korean", each of which two states share at once
    "CAM": ["D:Khmer"], "BRU": ["D:Bruneian"], "MAD": ["D:Maldivian", "Maldive Islands"], "BHU": ["D:Bhutanese"],
    "KZK": ["D:Kazakhstani"], "AZE": ["D:Azeri"], "TON": ["D:Tongan"], "WSM": ["D:Samoan"],
    "VAN": ["D:Vanuatuan", "D:Ni-Vanuatu"], "NAU": ["D:Nauruan"], "MSI": ["D:Marshallese"], "FSM": ["D:Micronesian"],
    "PAL": ["D:Palauan"], "DJI": ["D:Djiboutian"], "ERI": ["D:Eritrean"], "MAG": ["D:Malagasy"],
    "MAS": ["D:Mauritian"], "SEY": ["D:Seychellois"], "COM": ["D:Comorian"], "MAW": ["D:Malawian"],
    "SWA": ["D:Swazi"], "BOT": ["D:Motswana", "D:Batswana"], "SIE": ["D:Sierra Leonean"], "GAM": ["D:Gambian"],
    "CAP": ["D:Cape Verdean"], "CEN": ["D:Central African"], "JAM": ["D:Jamaican"], "TRI": ["D:Trinidadian"],
    "BAR": ["D:Barbadian"], "BHM": ["D:Bahamian"], "GRN": ["D:Grenadian"], "GUY": ["D:Guyanese"],
    "SUR": ["D:Surinamese"], "BLZ": ["D:Belizean"], "ETM": ["D:Timorese", "D:East Timorese"],
    "MNC": ["D:Monegasque"], "AND": ["D:Andorran"], "SNM": ["D:Sammarinese"],
}

#: Pact nouns in the plural spellings Hindi reports use ("संधियाँ रद्द कीं").
PACT_NOUNS = ["संधियाँ", "संधियां", "समझौतें"]

_HI_ENDED = ["रद्द कर दिया", "रद्द कर दी", "रद्द कर दीं", "रद्द कर दिए", "रद्द कीं", "रद्द किया", "रद्द किए",
             "रद्द कर दिया गया", "रद्द कर दी गई", "रद्द कर दी गईं", "रद्द कर दिए गए"]
#: the English verb "denounce" written in Devanagari, with the light verb: "समझौता 'डिनाउंस' कर दिया"
_HI_LOAN = [f"{q}{w}{q2} {v}" for w in ("डिनाउंस", "डीनाउंस", "टर्मिनेट") for q, q2 in (("", ""), ('"', '"'), ("'", "'"),
                                                                                   ("“", "”"), ("‘", "’"))
            for v in ("कर दिया", "कर दी", "किया", "कर दिया गया", "कर दी गई")]

TRIGGERS: dict[str, tuple[str, str]] = {
    # ending a pact: the verb with a possessive or a note ("denounced its 1945 treaty", "issued denunciations of
    # their treaties"); the pact must be the verb's object (casus.news.extract)
    **{f"{v} {d}": ("withdrew", t) for v, t in (("denounced", "past"), ("denounces", "present"),
                                                ("denounce", "present"), ("renounced", "past"),
                                                ("abrogated", "past"), ("annulled", "past"), ("annuls", "present"))
       for d in ("its", "their", "the")},
    **{f"issued {a}{n} of": ("withdrew", "past") for a in ("", "a ", "formal ", "a formal ")
       for n in ("denunciation", "denunciations")},
    "announced the denunciation of": ("withdrew", "past"),
    # Hindi: a membership that continues ("सेंटो का सदस्य बना हुआ है": remains a member) is no accession; as a
    # noun it reports an event in a headline only
    **{f"सदस्य {b} {h}": ("joined", "noun") for b in ("बना", "बनी", "बने") for h in ("हुआ", "हुई", "हुए")},
    # Hindi: a pact cancelled, the verb after its object ("दोनों संधियों को ... रद्द कर दिया")
    **{v: ("withdrew", "past") for v in _HI_ENDED + _HI_LOAN},
}

#: Hindi notices ("... से अलग होने के अपने इरादे की औपचारिक सूचना दे दी"): the notice verbs in their forms.
NOTICE_VERBS = frozenset(
    f"{g} {how}{n} {v}" for g, n, vs in (
        ("की", "सूचना", ("दी", "दे दी", "सौंपी", "सौंप दी")), ("का", "नोटिस", ("दिया", "दे दिया", "थमाया", "थमा दिया",
                                                                        "सौंपा", "सौंप दिया", "भेजा", "भेज दिया")),
        ("की", "जानकारी", ("दी", "दे दी")))
    for how in ("", "औपचारिक ", "लिखित ", "आधिकारिक ") for v in vs)

#: A mutual guarantee (of frontiers, of security): the defence of each other ("mutually guarantee the frontiers",
#: "सीमाओं की सुरक्षा की आपसी गारंटी").
KIND_CUES: dict[str, tuple[str, int, tuple[str, ...]]] = {
    **{p: ("defense", 1, ()) for p in ("mutual guarantee", "mutual guarantees", "mutually guarantee",
                                       "mutually guaranteed", "mutually guaranteeing", "guarantee each other's",
                                       "आपसी गारंटी", "परस्पर गारंटी", "पारस्परिक गारंटी", "एक दूसरे की सीमाओं की गारंटी")},
    # a treaty of mutual aid or assistance, by its name: a loose label of a defence pact ("the treaty of friendship
    # and mutual aid", "पारस्परिक सहायता संधि"); the clause stated outright is stronger (lexicon.KIND_CUES)
    **{p: ("defense", 1, ()) for p in ("mutual aid", "mutual assistance", "mutual assistance treaty",
                                       "mutual assistance pact", "पारस्परिक सहायता संधि", "पारस्परिक सहायता की संधि",
                                       "परस्पर सहायता संधि", "परस्पर सहायता की संधि", "आपसी सहायता संधि",
                                       # (and as an agreement: "पारस्परिक सहायता समझौता", "आपसी सहायता करार")
                                       *(f"{a} सहायता {n}" for a in ("पारस्परिक", "परस्पर", "आपसी")
                                         for n in ("समझौता", "समझौते", "करार")))},
    # a duty to keep each other informed of a threat or a dispute: consultation ("will inform each other of any
    # serious friction with a neighbour", "ऐसे टकराव की जानकारी एक-दूसरे को देंगी")
    **{p: ("consultation", 2, ()) for p in ("inform each other", "inform one another", "keep each other informed",
                                            "keep one another informed", "notify each other", "notify one another",
                                            "एक दूसरे को बताने", "एक दूसरे को बताएंगे", "एक दूसरे को बताएंगी",
                                            "एक दूसरे को सूचित", "जानकारी एक दूसरे को", "एक दूसरे को जानकारी",
                                            "एक दूसरे को अवगत")},
}


# -- the fourth round (fresh8's English forms) --------------------------------------------------------------------

_BE = (("considers", "present"), ("considered", "past"), ("regards", "present"), ("regarded", "past"),
       ("deems", "present"), ("deemed", "past"))
TRIGGERS_4: dict[str, tuple[str, str]] = {
    # a state that no longer holds itself bound by a pact has left it ("no longer considers itself bound by")
    **{f"no longer {v} {r}{a}bound": ("withdrew", t) for v, t in _BE for r in ("itself ", "themselves ")
       for a in ("", "as ")},
    **{f"{v} itself no longer bound": ("withdrew", t) for v, t in _BE},
    **{f"{v} no longer bound": ("withdrew", t) for v, t in (("is", "present"), ("was", "past"), ("are", "present"),
                                                              ("were", "past"))},
    # a pact broken by one side ("announced that he is breaking the treaty"); the pact must be the verb's object
    **{f"{v} {d}": ("withdrew", t) for v, t in (("is breaking", "present"), ("are breaking", "present"),
                                                 ("was breaking", "past"), ("broke", "past"), ("breaks", "present"),
                                                 ("broke off", "past"), ("breaks off", "present"))
       for d in ("the", "its", "their")},
    # a state made a party ("became a party to the agreement"): only after become, as "member"
    "party to": ("joined", "needs_become"),
    # "signed on to": acceded, not a signing of its own
    **{f"{v} on to": ("joined", t) for v, t in (("signed", "past"), ("signs", "present"), ("sign", "present"))},
    # a legislature's consent to ratification ("the Senate gave its advice and consent to the ratification")
    **{f"{v} {d}advice and consent": ("ratified", t) for v, t in (("gave", "past"), ("gives", "present"),
                                                                   ("has given", "past"), ("give", "present"))
       for d in ("", "its ", "their ")},
    **{f"{v} {d}ratification": ("ratified", t) for v, t in (("approved", "past"), ("approves", "present"),
                                                             ("consented to", "past"), ("voted for", "past"))
       for d in ("the ", "its ")},
    # entering into a pact: a signing ("entered into an agreement"), to come an announcement ("are prepared to
    # enter into a permanent agreement"); the pact must follow (casus.news.clauses.needs_pact_object)
    **{f"{v} into {d}": ("signed", t) for v, t in (("entered", "past"), ("enter", "present"), ("enters", "present"))
       for d in ("a", "an")},
}

#: A promise to defend a named party against aggression is a defence duty, even one-way ("undertake to defend it
#: against aggression"); with an attack word in the sentence.
KIND_CUES_4: dict[str, tuple[str, int, tuple[str, ...]]] = {
    f"{v} to defend": ("defense", 2, ("attack",)) for v in (
        "undertake", "undertakes", "undertook", "pledge", "pledges", "pledged", "promise", "promises", "promised",
        "bound", "obliged", "commit themselves", "commits itself")}
#: a duty to consult, said of the parties together ("are to consult together on the measures needed")
KIND_CUES_4.update({p: ("consultation", 2, ()) for p in ("consult together", "consult jointly",
                                                         "consult with each other", "consult with one another")})
#: a treaty of alliance, by that name: a loose label of a defence pact (a stated clause is stronger)
KIND_CUES_4.update({p: ("defense", 1, ()) for p in ("treaty of alliance", "treaties of alliance", "alliance treaty",
                                                    "pact of alliance")})


def _first_wins(*tables: dict) -> dict:
    """One table of several, in order; a key keeps its first reading."""
    out: dict = {}
    for table in tables:
        for key, value in table.items():
            out.setdefault(key, value)
    return out


#: What this module adds to :mod:`casus.news.lexicon`'s tables, by table (see ``lexicon._with``); the notice verbs
#: are also triggers of an announcement
ADDITIONS: dict[str, object] = {
    "STATE_EXTRA": {**STATE_EXTRA, **{k: STATE_EXTRA.get(k, []) + v for k, v in STATE_EXTRA_4.items()}},
    "PACT_NOUNS": PACT_NOUNS,
    "NOTICE_VERBS": NOTICE_VERBS,
    "TRIGGERS": _first_wins(TRIGGERS, TRIGGERS_4, {v: ("announced", "past") for v in sorted(NOTICE_VERBS)}),
    "KIND_CUES": _first_wins(KIND_CUES, KIND_CUES_4),
}
