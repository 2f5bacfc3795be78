"""More words for the news reader: the fifth round's Hindi forms (added to :mod:`casus.news.lexicon`'s tables when
it is imported, its :data:`ADDITIONS`, after
:mod:`casus.news.lexicon_more`'s).

Plain data, same folding and conventions as the lexicon.
"""

from __future__ import annotations

__all__ = ["ADDITIONS"]

#: Hindi spellings of state names the registry lacks (a short for a long vowel, "Islands" transliterated).
STATE_EXTRA_5 = {
    "URU": ["उरुग्वे", "उरूगुए", "उरुगुए"], "PAR": ["पैराग्वे", "पराग्वे"],
    "SOL": ["सोलोमन आइलैंड्स", "सोलोमन आईलैंड्स", "सोलोमन द्वीप"],
}

#: Continents and regions named after a state's name ("दक्षिण अमेरिका" is no mention of the United States).
PLACE_NAMES_5 = [
    "south america", "north america", "latin america", "central america", "दक्षिण अमेरिका", "उत्तर अमेरिका",
    "लैटिन अमेरिका", "लातिन अमेरिका", "मध्य अमेरिका", "दक्षिणी अमेरिका", "उत्तरी अमेरिका",
]

_PACTS_M = ("समझौते", "समझौता", "करार", "गठबंधन", "पैक्ट")
_PACTS = ("संधि",) + _PACTS_M
#: Not renewing a pact at its term ("संधि का विस्तार न करने", "संधि आगे न बढ़ाने"): the verbal noun of a
#: withdrawal, an event with a decision or a notice (casus.news.clauses.noun_as_act).
_NOT_RENEWED = ("विस्तार न करने", "विस्तार नहीं करने", "नवीनीकरण न करने", "नवीकरण न करने", "आगे न बढ़ाने",
                "आगे नहीं बढ़ाने")
#: Agreeing to conclude a pact ("समझौता करने पर सहमति जताई", "संधि करने पर सहमत हुए"): an announcement.
_AGREED = ("सहमति जताई", "सहमति जता दी", "सहमति दी", "सहमति दे दी", "सहमति बनी", "सहमति बन गई", "सहमत हुए",
           "सहमत हो गए", "सहमत हुईं", "सहमत हो गई", "राजी हुए", "राजी हो गए", "रज़ामंदी जताई")

TRIGGERS_5: dict[str, tuple[str, str]] = {
    **{f"{p} {g}{x}": ("withdrew", "noun") for p in _PACTS for g in ("", "का ", "को ") for x in _NOT_RENEWED},
    **{f"{p} {v} पर {a}": ("announced", "past") for p in _PACTS for v in ("करने", "बनाने", "संपन्न करने")
       for a in _AGREED},
}


#: What this module adds to :mod:`casus.news.lexicon`'s tables, by table
ADDITIONS: dict[str, object] = {"STATE_EXTRA": STATE_EXTRA_5, "PLACE_NAMES": PLACE_NAMES_5, "TRIGGERS": TRIGGERS_5}
