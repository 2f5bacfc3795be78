"""More words for the news reader: the eighth round's instrument nouns, kind cues and old spellings (added to
:mod:`casus.news.lexicon`'s tables when it is imported, its :data:`ADDITIONS`, after
:mod:`casus.news.lexicon7`'s; the old spellings are :mod:`casus.news.dates`').

Plain data, same folding and conventions as the lexicon (a hyphen folds to a space).
"""

from __future__ import annotations

__all__ = ["ADDITIONS", "STATE_EXTRA_8", "PACT_NOUNS_8", "KIND_CUES_8", "OLD_RELATIVE_DAYS"]

#: State adjectives the registry lacks: the Ottoman Empire's (its name is there, "the Ottoman Empire").
STATE_EXTRA_8 = {"TUR": ["D:Ottoman"]}

#: Instruments the lexicon lacked: a convention (the old diplomacy's word for a treaty; in Hindi the loanword and
#: the formal अभिसमय), the plural of memorandum ("two memoranda of understanding") and a memorandum of understanding
#: by its initials ("signed an MoU on defence cooperation", "एमओयू")
PACT_NOUNS_8 = ["convention", "conventions", "memoranda", "memorandums", "कन्वेंशन", "कन्वेन्शन", "अभिसमय",
                "अभिसमयों", "mou", "mous", "एमओयू"]

_EN_PACTS = ("alliance", "treaty", "pact", "convention", "agreement", "league")

#: A pact called defensive is a defence pact ("a defensive convention", "a defensive alliance"); the treaty
#: language of the casus foederis (the case that calls the allies to arms) states a defence clause; a war waged
#: jointly is an offensive alliance ("will jointly prosecute the war").
KIND_CUES_8: dict[str, tuple[str, int, tuple[str, ...]]] = {
    **{f"defensive {p}": ("defense", 1, ()) for p in _EN_PACTS},
    "casus foederis": ("defense", 2, ()),
    **{f"{a} {v} the war": ("offense", 2, ()) for a in ("jointly", "together", "in common")
       for v in ("prosecute", "wage", "conduct", "carry on")},
}

#: The old spellings of the relative days, with a hyphen ("to-day", "to-morrow", "to-night"; folded, a hyphen is
#: a space).  Gated by :func:`casus.news.old_spellings.old_spelling` (written with the hyphen, not "day-to-day").
OLD_RELATIVE_DAYS = {"to-day": 0, "to-morrow": 1, "to-night": 0}


#: What this module adds to :mod:`casus.news.lexicon`'s tables, by table
ADDITIONS: dict[str, object] = {"STATE_EXTRA": STATE_EXTRA_8, "PACT_NOUNS": PACT_NOUNS_8, "KIND_CUES": KIND_CUES_8}
