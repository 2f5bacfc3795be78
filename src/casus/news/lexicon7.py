"""More words for the news reader: the seventh round's kind cues, English and Hindi (added to
:mod:`casus.news.lexicon`'s tables when it is imported, its :data:`ADDITIONS`, after
:mod:`casus.news.lexicon6`'s).

Plain data, same folding and conventions as the lexicon (a hyphen folds to a space).
"""

from __future__ import annotations

__all__ = ["ADDITIONS", "KIND_CUES_7"]

_EN_PACTS = ("alliance", "alliances", "treaty", "pact", "convention", "league")
_HI_PACTS = ("गठबंधन", "संधि", "समझौता", "समझौते", "करार", "गठजोड़")
_HI_AND = ("और", "व", "एवं", "तथा", "")

#: An alliance "offensive and defensive" is the offensive alliance of the old diplomacy (a war made together, not
#: only a defence): "a treaty of offensive and defensive alliance", "an alliance, offensive and defensive",
#: "आक्रामक और रक्षात्मक गठबंधन".  Strong cues: they outrank the defence cues the same words hold.
KIND_CUES_7: dict[str, tuple[str, int, tuple[str, ...]]] = {
    **{f"{a} {p}": ("offense", 3, ()) for p in _EN_PACTS
       for a in ("offensive and defensive", "offensive defensive", "offensive and defensive military")},
    **{f"{p} offensive and defensive": ("offense", 3, ()) for p in _EN_PACTS},
    **{f"{p}, offensive and defensive": ("offense", 3, ()) for p in _EN_PACTS},
    **{" ".join(w for w in ("आक्रामक", c, "रक्षात्मक", p) if w): ("offense", 3, ()) for c in _HI_AND
       for p in _HI_PACTS},
}


#: What this module adds to :mod:`casus.news.lexicon`'s tables, by table
ADDITIONS: dict[str, object] = {"KIND_CUES": KIND_CUES_7}
