"""The news reader's Hindi light verbs: a noun and the forms of करना, होना, देना, ... by tense ("हस्ताक्षर किए",
"समझौता हुआ", "सदस्य बन गया"), paired into event triggers (:func:`light_verbs`), and the participle हस्ताक्षरित.

Plain data for :mod:`casus.news.lexicon`, which adds these triggers to its :data:`~casus.news.lexicon.TRIGGERS`
(read them there: this module holds the forms, not the merged table).
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["light_verbs", "HI_PARTICIPLES"]

# -- Hindi light verbs: a noun and the forms of करना, होना, देना, ... by tense ----------
# Hindi reports an act with a noun and a light verb ("हस्ताक्षर किए", "समझौता हुआ").
# The tables give the verb's forms by tense; :func:`light_verbs` pairs them with
# nouns.  Passive and completive forms are listed so that a following था / थे
# (past perfect: background) stands right after the trigger ("हस्ताक्षर किए गए थे").
_KARNA = {  # करना, object masculine or plural (हस्ताक्षर, समझौता, समझौते)
    "past": ["किया", "किए", "किये", "कर दिया", "कर दिए", "कर दिये", "कर लिया", "कर लिए", "किया गया", "किए गए",
             "किये गये", "किये गए", "किए गये", "कर दिया गया", "कर दिए गए", "कर चुका", "कर चुके", "कर चुकी"],
    "future": ["करेगा", "करेंगे", "करेगी", "करेंगी", "किया जाएगा", "किया जायेगा", "किए जाएंगे", "किए जाएँगे",
               "किये जायेंगे", "किए जायेंगे", "कर देगा", "कर देंगे", "कर देगी"],
    "noun": ["करने", "करना", "किए जाने", "किये जाने", "किया जाना"],
}
_KARNA_F = {  # करना, object feminine (संधि, सदस्यता); no bare "की": it is also the genitive ("संधि की शर्तें")
    "past": ["कर दी", "कर दीं", "कर ली", "की गई", "की गयी", "की गईं", "कर दी गई", "कर चुकी"],
    "future": ["की जाएगी", "की जायेगी", "करेगा", "करेंगे", "करेगी"],
    "noun": ["करने", "किए जाने"],
}
_HONA = {  # होना: "समझौता हुआ", "हस्ताक्षर हो गए"
    "past": ["हुआ", "हुए", "हुई", "हो गया", "हो गए", "हो गई", "हो गयी", "हो चुका", "हो चुके", "हो चुकी"],
    "future": ["होगा", "होंगे", "होगी", "हो जाएगा", "हो जाएंगे", "हो जाएगी"],
    "noun": ["होने", "होना"],
}
_BANANA = {  # बनाना (to form): "गठबंधन बनाया"
    "past": ["बनाया", "बना लिया", "बनाया गया", "बना चुके"],
    "future": ["बनाएंगे", "बनाएगा", "बनाएगी", "बनाया जाएगा"],
    "noun": ["बनाने"],
}
_DENA = {  # देना (to give): "अंतिम रूप दिया", "मंजूरी दी"
    "past": ["दिया", "दिए", "दी", "दे दिया", "दे दी", "दिया गया", "दी गई", "दी गयी", "दे दी गई", "दे दिया गया"],
    "future": ["देगा", "देंगे", "देगी", "दिया जाएगा", "दी जाएगी"],
    "noun": ["देने"],
}
_BANNA = {  # बनना (to become): "सदस्य बन गया"
    "past": ["बना", "बनी", "बने", "बन गया", "बन गई", "बन गयी", "बन गए", "बन चुका", "बन चुकी", "बन चुके"],
    "future": ["बनेगा", "बनेगी", "बनेंगे", "बन जाएगा", "बन जाएगी", "बन जाएंगे"],
    "noun": ["बनना", "बनने", "बने रह*", "बना रह*", "बनी रह*"],  # "सदस्य बने रहेंगे": stays a member
}
_MILNA = {  # मिलना (to be given): "सदस्यता मिली"
    "past": ["मिली", "मिल गई", "मिल गयी", "मिल चुकी", "दी गई", "दे दी गई", "प्रदान की", "प्रदान की गई",
             "हासिल की", "हासिल कर ली", "प्राप्त की", "प्राप्त कर ली", "ग्रहण की", "ग्रहण कर ली", "ले ली"],
    "future": ["मिलेगी", "मिल जाएगी", "दी जाएगी"],
    "noun": ["मिलने"],
}
_AANA = {  # आना (to come): "प्रभाव में आ गई"
    "past": ["आई", "आया", "आए", "आ गई", "आ गया", "आ गए", "आ गयी", "आ चुकी", "आ चुका"],
    "future": ["आएगी", "आएगा", "आएंगे", "आ जाएगी", "आ जाएगा"],
    "noun": ["आने"],
}
_JANA_FUTURE = {"future": ["जाएगा", "जाएंगे", "जाएगी", "जायेगा", "जायेंगे", "जायेगी"]}  # "से हट जाएगा"
_CHHODNA = {  # छोड़ना (to leave): "संधि छोड़ दी", "गठबंधन छोड़ा"
    "past": ["छोड़ दी", "छोड़ दिया", "छोड़ दिए", "छोड़ी", "छोड़ा", "छोड़े", "छोड़ चुका", "छोड़ चुकी"],
    "present": ["छोड़ रहा है", "छोड़ रही है", "छोड़ रहे हैं"],
    "future": ["छोड़ेगा", "छोड़ेगी", "छोड़ेंगे", "छोड़ देगा", "छोड़ देगी", "छोड़ देंगे"],
}
_RAHNA_PRESENT = {"present": ["रहा है", "रही है", "रहे हैं"]}  # the progressive: "से बाहर हो रहा है"
#: how a pact is ended, before the verb ("" for none)
_HOW = ("", "औपचारिक रूप से ", "औपचारिक तौर पर ", "आधिकारिक रूप से ", "आधिकारिक तौर पर ", "एकतरफा ", "तत्काल ")
#: the pacts one leaves (the object of छोड़ना)
_LEFT_PACTS = ("संधि", "समझौता", "समझौते", "करार", "गठबंधन", "सैन्य गठबंधन", "पैक्ट", "एग्रीमेंट", "डील",
               "सदस्यता")


def light_verbs(pact_names: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Hindi noun + light verb phrases -> (event type, tense), from the tables above; ``pact_names``: the pacts'
    names (those in Devanagari are left with छोड़ना too)."""
    rows: list[tuple[str, tuple[str, ...], dict[str, list[str]]]] = [
        ("signed", ("हस्ताक्षर", "दस्तखत", "साइन", "समझौता", "समझौते", "करार", "एग्रीमेंट", "पैक्ट", "गठबंधन",
                    "समझौता संपन्न", "करार संपन्न"), _KARNA),
        ("signed", ("हस्ताक्षर", "दस्तखत", "समझौता", "समझौते", "करार", "संधि", "एग्रीमेंट", "पैक्ट", "डील",
                    "गठबंधन", "समझौता संपन्न", "संधि संपन्न", "करार संपन्न"), _HONA),
        ("signed", ("संधि", "डील"), _KARNA_F),
        ("signed", ("गठबंधन", "सैन्य गठबंधन"), _BANANA),
        ("announced", ("अंतिम रूप",), _DENA),
        ("announced", ("ऐलान",), {"past": _KARNA["past"]}),
        ("announced", ("घोषणा",), {"past": ["की गई", "की गयी", "कर दी गई"]}),
        ("ratified", ("अनुमोदन", "अनुसमर्थन", "अनुमोदित", "अनुसमर्थित"), _KARNA),
        ("ratified", ("अनुमोदित", "अनुसमर्थित"), _KARNA_F),
        ("ratified", ("मंजूरी", "स्वीकृति", "हरी झंडी"), _DENA),  # ("हरी झंडी दे दी": the green light)
        ("ratified", ("मंजूरी", "स्वीकृति"), {"past": _MILNA["past"][:4], "future": _MILNA["future"][:2]}),
        # the instruments of ratification deposited: "अनुसमर्थन दस्तावेज़ जमा किए", "अनुमोदन के दस्तावेज जमा करा दिए"
        ("ratified", tuple(f"{r}{link} {d} जमा" for r in ("अनुसमर्थन", "अनुमोदन", "रैटिफिकेशन")
                           for link in ("", " के", " का", " की", " से जुड़े")
                           for d in ("दस्तावेज", "दस्तावेजों", "पत्र", "पत्रों", "साधन", "इंस्ट्रूमेंट")),
         {"past": [*_KARNA["past"][:6], "कराए", "करा दिए", "करा दिया", "करवाए", "करवा दिए"],
          "future": _KARNA["future"][:4]}),
        ("joined", ("सदस्य",), _BANNA),
        ("joined", ("पक्षकार",), _BANNA),  # "संधि का पक्षकार बन गया" (became a party to the pact)
        ("joined", ("सदस्य",), _BANANA),  # "स्वीडन को सदस्य बनाया"
        ("joined", ("सदस्यता",), _MILNA),
        ("joined", ("शामिल",), _HONA),
        ("suspended", ("निलंबित",), _KARNA),
        ("suspended", ("निलंबित",), _KARNA_F),
        ("withdrew", ("से हट", "से बाहर निकल", "बाहर निकल", "से अलग हो", "से बाहर हो"), _JANA_FUTURE),
        ("withdrew", ("से हट", "से बाहर निकल", "से अलग हो", "से बाहर हो"), _RAHNA_PRESENT),
        ("withdrew", _LEFT_PACTS + tuple(n for n in pact_names if "\u0900" <= n[0] <= "\u097f"), _CHHODNA),
        # a headline's verb first: "चिली ने छोड़ी रियो संधि"
        ("withdrew", ("ने",), {"past": _CHHODNA["past"][:6]}),
        # a pact ended by one side: "समझौता खत्म किया", "संधि रद्द कर दी", "समझौते को समाप्त करने का फैसला"
        *[("withdrew", tuple(f"{p}{o} {v}" for p in ("समझौता", "समझौते", "करार", "एग्रीमेंट", "पैक्ट", "डील")
                             for o in ("", " को") for v in ("खत्म", "ख़त्म", "समाप्त", "रद्द")),
           {**_KARNA, "present": ["कर रहा है", "कर रही है", "कर रहे हैं"]})],
        *[("withdrew", tuple(f"{p}{o} {v}" for p in ("संधि", "डील", "सदस्यता") for o in ("", " को")
                             for v in ("खत्म", "ख़त्म", "समाप्त", "रद्द")),
           {**_KARNA_F, "present": ["कर रहा है", "कर रही है", "कर रहे हैं"]})],
        # ... and the short feminine past, where the clause ends there ("... तटस्थता संधि रद्द की": bare "की" is also
        # the genitive, so casus.news.clauses.not_an_event keeps it only before a clause's end)
        ("withdrew", tuple(f"{p} {v}" for p in ("संधि", "सदस्यता") for v in ("खत्म", "ख़त्म", "समाप्त", "रद्द")),
         {"past": ["की"]}),
        # with को the verb takes the masculine whatever the pact's gender ("संधि को रद्द कर दिया"), and an adverb
        # may stand before it ("संधि को औपचारिक रूप से रद्द कर दिया")
        *[("withdrew", tuple(f"{p} को {a}{v}" for p in _LEFT_PACTS for a in _HOW for v in ("खत्म", "ख़त्म", "समाप्त",
                                                                                         "रद्द")),
           {"past": _KARNA["past"][:6]})],
        ("entered_into_force", ("लागू", "प्रभावी"), _HONA),
        ("entered_into_force", ("प्रभाव में", "अमल में"), _AANA),
    ]
    out: dict[str, tuple[str, str]] = {}
    for etype, nouns, forms in rows:
        for tense, verbs in forms.items():
            for noun in nouns:
                for verb in verbs:
                    out.setdefault(f"{noun} {verb}", (etype, tense))
                    if tense == "past" and etype == "entered_into_force":
                        # ... with "भी" (also) between: "(signed and) लागू भी हो गया" (not "हस्ताक्षर भी किए": another's
                        # signing beside the one reported, more often than the same act)
                        out.setdefault(f"{noun} भी {verb}", (etype, tense))
    return out


#: The participle "हस्ताक्षरित" (signed): "द्वारा हस्ताक्षरित संधि", "संधि हस्ताक्षरित हुई".
HI_PARTICIPLES: dict[str, tuple[str, str]] = {
    "हस्ताक्षरित": ("signed", "past"), "द्वारा हस्ताक्षरित": ("signed", "past"),
    **{f"हस्ताक्षरित {v}": ("signed", t) for t, vs in _HONA.items() for v in vs},
    **{f"हस्ताक्षरित {v}": ("signed", t) for t, vs in _KARNA_F.items() for v in vs},
    **{f"हस्ताक्षरित {v}": ("signed", t) for t, vs in _KARNA.items() for v in vs if "गया" in v or "जाएगा" in v},
}
