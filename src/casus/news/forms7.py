"""The seventh round's forms (see :mod:`casus.news.forms6`): a general rule the kind reader applies.

* :func:`defence_compound`: a defence cue that is only the first word of a compound noun ("each other's defence
  capabilities", "एक-दूसरे की रक्षा क्षमता") names a field of cooperation, not a pledge to defend.
"""

from __future__ import annotations

import re

from .index import Hit
from .text import fold_phrase

__all__ = ["defence_compound"]

_HEADS_EN = ("capability", "capabilities", "capacity", "capacities", "industry", "industries", "sector", "sectors",
             "budget", "budgets", "spending", "procurement", "production", "technology", "technologies", "equipment",
             "ties", "relations", "minister", "ministers", "ministry", "ministries", "exports", "imports", "trade",
             "research", "manufacturing", "needs", "forces", "expenditure")
_HEADS_HI = tuple(fold_phrase(w) for w in (
    "क्षमता", "क्षमताओं", "क्षमताएं", "क्षमताएँ", "उद्योग", "उद्योगों", "क्षेत्र", "क्षेत्रों", "बजट", "खर्च", "ख़र्च",
    "उत्पादन", "तकनीक", "प्रौद्योगिकी", "उपकरण", "उपकरणों", "संबंध", "संबंधों", "रिश्ते", "रिश्तों", "मंत्री",
    "मंत्रालय", "निर्यात", "आयात", "व्यापार", "अनुसंधान", "विनिर्माण", "ज़रूरतों", "जरूरतों", "सौदा", "सौदे", "सौदों"))
_HEAD = re.compile(r"\s(?:" + "|".join(re.escape(w) for w in sorted(_HEADS_EN + _HEADS_HI, key=len, reverse=True))
                   + r")(?![\w\u0900-\u0963\u0966-\u096f\u0971-\u097f])")
#: the cue's last word must be the defence noun itself ("mutual defence", "एक-दूसरे की रक्षा")
_DEFENCE_END = ("defence", "defense", "रक्षा", "डिफेंस", "डिफेन्स", "सुरक्षा", "security")


def defence_compound(low: str, h: Hit) -> bool:
    """Whether defence cue ``h`` (ending in the defence noun) is the first word of a compound noun
    ("mutual defence industries", "एक-दूसरे की रक्षा क्षमता मज़बूत करने")."""
    return h.key.endswith(_DEFENCE_END) and bool(_HEAD.match(low, h.end))
