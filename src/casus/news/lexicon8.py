"""More words for the news reader: the eighth round's instrument nouns, kind cues and old spellings (added to
:mod:`casus.news.lexicon`'s tables when it is imported, by :func:`extended8`, called at the end of that module
after :func:`casus.news.lexicon7.extended7`; the old spellings are :mod:`casus.news.dates`').

Plain data, same folding and conventions as the lexicon (a hyphen folds to a space).
"""

from __future__ import annotations

__all__ = ["extended8", "STATE_EXTRA_8", "PACT_NOUNS_8", "KIND_CUES_8", "OLD_RELATIVE_DAYS"]

#: State adjectives the registry lacks: the Ottoman Empire's (its name is there, "the Ottoman Empire").
STATE_EXTRA_8 = {"TUR": ["D:Ottoman"]}

#: Instruments the lexicon lacked: a convention (the old diplomacy's word for a treaty) and the plural of
#: memorandum ("two memoranda of understanding").
PACT_NOUNS_8 = ["convention", "conventions", "memoranda", "memorandums"]

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
#: a space).  Gated by :func:`casus.news.dates8.old_spelling` (written with the hyphen, not "day-to-day").
OLD_RELATIVE_DAYS = {"to-day": 0, "to-morrow": 1, "to-night": 0}


def extended8(state_extra: dict, pact_nouns: list, kind_cues: dict) -> tuple[dict, list, dict]:
    """The lexicon's state names, pact nouns and kind cues with the eighth round's added (a cue the lexicon
    already has keeps its reading)."""
    states = {k: list(v) for k, v in state_extra.items()}
    for abbrev, names in STATE_EXTRA_8.items():
        states.setdefault(abbrev, [])
        states[abbrev] += [n for n in names if n not in states[abbrev]]
    nouns = list(pact_nouns) + [n for n in PACT_NOUNS_8 if n not in pact_nouns]
    cues = dict(kind_cues)
    for key, value in KIND_CUES_8.items():
        cues.setdefault(key, value)
    return states, nouns, cues
