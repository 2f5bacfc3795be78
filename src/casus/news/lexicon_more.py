"""More words for the news reader: what the third round of general fixes added to :mod:`casus.news.lexicon`.

Plain data, added to the lexicon's tables when it is imported (:func:`extended`, called at the end of
:mod:`casus.news.lexicon`), so that every module reading the lexicon sees one set of tables.  Same folding and
conventions as there.
"""

from __future__ import annotations

__all__ = ["extended"]

#: Combining forms of state names ("the Franco-Soviet pact", "Anglo-Japanese alliance", "Sino-Indian"): with
#: hyphens folded to spaces each stands as a word, a demonym of its state.
STATE_EXTRA = {
    "FRN": ["D:Franco"], "UKG": ["D:Anglo"], "CHN": ["D:Sino"], "RUS": ["D:Russo"], "ITA": ["D:Italo"],
    "TUR": ["D:Turco"], "JPN": ["D:Nippo"], "GRC": ["D:Greco"], "AUH": ["D:Austro"],
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
                                       "परस्पर सहायता संधि", "परस्पर सहायता की संधि", "आपसी सहायता संधि")},
    # a duty to keep each other informed of a threat or a dispute: consultation ("will inform each other of any
    # serious friction with a neighbour", "ऐसे टकराव की जानकारी एक-दूसरे को देंगी")
    **{p: ("consultation", 2, ()) for p in ("inform each other", "inform one another", "keep each other informed",
                                            "keep one another informed", "notify each other", "notify one another",
                                            "एक दूसरे को बताने", "एक दूसरे को बताएंगे", "एक दूसरे को बताएंगी",
                                            "एक दूसरे को सूचित", "जानकारी एक दूसरे को", "एक दूसरे को जानकारी",
                                            "एक दूसरे को अवगत")},
}


def extended(state_extra: dict, pact_nouns: list, notice_verbs: frozenset, triggers: dict,
             kind_cues: dict) -> tuple[dict, list, frozenset, dict, dict]:
    """The lexicon's tables with these words added (a word the lexicon already has keeps its reading): state
    names, pact nouns, notice verbs (each also a trigger of an announcement), triggers and kind cues."""
    states = {k: list(v) for k, v in state_extra.items()}
    for abbrev, names in STATE_EXTRA.items():
        states.setdefault(abbrev, [])
        states[abbrev] += [n for n in names if n not in states[abbrev]]
    all_triggers, cues = dict(triggers), dict(kind_cues)
    for key, value in TRIGGERS.items():
        all_triggers.setdefault(key, value)
    for verb in NOTICE_VERBS:
        all_triggers.setdefault(verb, ("announced", "past"))
    for key, cue in KIND_CUES.items():
        cues.setdefault(key, cue)
    return (states, pact_nouns + [n for n in PACT_NOUNS if n not in pact_nouns],
            frozenset(notice_verbs | NOTICE_VERBS), all_triggers, cues)
