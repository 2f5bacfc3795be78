"""More words for the news reader: the eleventh round's (added to :mod:`casus.news.lexicon`'s tables when it is
imported, its :data:`ADDITIONS`, after :mod:`casus.news.lexicon10`'s).

Plain data, same folding and conventions as the lexicon (a hyphen folds to a space).
"""

from __future__ import annotations

__all__ = ["ADDITIONS", "KIND_CUES_11", "TRIGGERS_11", "RENEWAL_KEYS", "RENEWED_KEYS"]

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
_HI_PACTS = ("संधि", "समझौते", "करार", "गठबंधन", "पैक्ट")
TRIGGERS_11: dict[str, tuple[str, str]] = {
    **{k: ("signed", "past") for k in RENEWAL_KEYS | RENEWED_KEYS if k != "renews"}, "renews": ("signed", "present"),
    **{f"{p} {g} {n} {v}": ("signed", "past") for p in _HI_PACTS for g in ("का", "को")
       for n in ("नवीनीकरण", "नवीकरण") for v in ("किया", "किया गया", "कर दिया", "हुआ", "हो गया")},
    **{f"{p} को नवीनीकृत {v}": ("signed", "past") for p in _HI_PACTS for v in ("किया", "किया गया", "कर दिया")},
}

#: What this module adds to :mod:`casus.news.lexicon`'s tables, by table
ADDITIONS: dict[str, object] = {"KIND_CUES": KIND_CUES_11, "TRIGGERS": TRIGGERS_11}
