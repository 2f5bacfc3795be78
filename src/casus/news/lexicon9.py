"""More words for the news reader: the ninth round's pact names, kind cues and triggers (added to
:mod:`casus.news.lexicon`'s tables when it is imported, its :data:`ADDITIONS`, after :mod:`casus.news.lexicon8`'s;
the relative days are :mod:`casus.news.dates`').

Plain data, same folding and conventions as the lexicon (a hyphen folds to a space).
"""

from __future__ import annotations

from .lexicon8 import OLD_RELATIVE_DAYS

__all__ = ["ADDITIONS", "STATE_EXTRA_9", "PACT_NAMES_9", "KIND_CUES_9", "TRIGGERS_9", "RELATIVE_DAYS_9"]

#: Hindi spellings of state names the registry lacks: Luxembourg's common transliterations, Romania's older one, the
#: Ottoman Empire's Hindi name.
STATE_EXTRA_9 = {"LUX": ["लक्ज़मबर्ग", "लक्समबर्ग", "लक्ज़म्बर्ग"], "ROM": ["रूमानिया"],
                 "TUR": ["उस्मानी साम्राज्य", "D:उस्मानी"]}

#: Pacts and security groupings by name: the Brussels Treaty (its Western European Union), and groupings the corpus
#: does not hold (None): the G5 Sahel, the Anti-Comintern Pact.
PACT_NAMES_9: dict[str, str | None] = {
    "brussels treaty": "brussels-1948", "treaty of brussels": "brussels-1948",
    "western european union": "brussels-1948", "ब्रसेल्स संधि": "brussels-1948", "ब्रुसेल्स संधि": "brussels-1948",
    "पश्चिमी यूरोपीय संघ": "brussels-1948",
    "g5 sahel": None, "g 5 sahel": None, "जी5 साहेल": None, "जी 5 साहेल": None, "जी5 सहेल": None,
    "anti comintern pact": None, "एंटी कॉमिन्टर्न संधि": None, "कॉमिन्टर्न विरोधी संधि": None,
}

_GUARANTEE = ("guarantee", "guarantees", "guaranteed", "guarantee and uphold", "guarantees and upholds",
              "guaranteed and upheld", "guarantee and maintain", "guarantees and maintains")
_HI_NEW = ("नई", "नयी", "एक", "इस", "यह")

#: A promise to guarantee a state's independence is a pledge to defend it ("undertakes to guarantee and uphold the
#: independence of Panama"); a treaty of mutual assistance named with an adjective between its words in Hindi
#: ("पारस्परिक सहायता की नई संधि") is the loose label :mod:`casus.news.lexicon_more` reads without one.
KIND_CUES_9: dict[str, tuple[str, int, tuple[str, ...]]] = {
    **{f"{g} {d} independence": ("defense", 1, ()) for g in _GUARANTEE for d in ("the", "its", "their")},
    **{f"{m} सहायता की {a} संधि": ("defense", 1, ()) for m in ("पारस्परिक", "परस्पर", "आपसी") for a in _HI_NEW},
}

#: A legislature that concurs in a treaty gives the consent a ratification needs ("the Senate today concurred in the
#: treaty": ratified, as a single legislature's approval is read).
TRIGGERS_9: dict[str, tuple[str, str]] = {
    "concurred in": ("ratified", "past"), "concurs in": ("ratified", "present"),
    "has concurred in": ("ratified", "past"),
    # Hindi: a withdrawal announced is the withdrawal ("समूह से हटने का ऐलान किया"), ties broken with a pact or a
    # grouping ("जी5 साहेल से नाता तोड़ा"; the pact must be named, as for every trigger)
    **{f"{v} {n} {d}": ("withdrew", "past") for v in ("हटने", "बाहर निकलने", "अलग होने", "निकलने")
       for n, ds in (("का ऐलान", ("किया", "कर दिया")), ("की घोषणा", ("की", "कर दी")))
       for d in ds},
    **{f"नाता {v}": ("withdrew", "past") for v in ("तोड़ा", "तोड़ लिया", "तोड़ दिया")},
}

#: The relative days (:mod:`casus.news.dates`): lexicon8's old spellings, and the night before ("late last night",
#: in a report of the next day: yesterday).
RELATIVE_DAYS_9 = {**OLD_RELATIVE_DAYS, "last night": -1}

#: What this module adds to :mod:`casus.news.lexicon`'s tables, by table
ADDITIONS: dict[str, object] = {"STATE_EXTRA": STATE_EXTRA_9, "PACT_NAMES": PACT_NAMES_9, "KIND_CUES": KIND_CUES_9,
                                "TRIGGERS": TRIGGERS_9}
