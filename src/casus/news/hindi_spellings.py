"""The spellings Hindi reports give a state's name beside the one the registry holds (CLDR's "वनुआतू", "मोज़ांबिक",
"गिनी-बिसाउ", "मार्शल द्वीपसमूह"): transliterations vary in vowel length (ु/ू, ि/ी, उ/ऊ, इ/ई, अ/आ inside a word), in
a nasal written as the anusvara or as the consonant with a virama ("मोज़ांबिक", "मोज़ाम्बिक"), in "और", "एवं" or a
hyphen between the parts of a double name (a hyphen is read as a space), and in "द्वीप" for "द्वीपसमूह" (islands).
:func:`spellings` gives a name's variants, read by :mod:`casus.news.index` for the names of states.
"""

from __future__ import annotations

import itertools
import re

__all__ = ["spellings"]

#: the vowel signs and vowels whose length a transliteration may drop or add
_LENGTH = {"ु": "ू", "ू": "ु", "ि": "ी", "ी": "ि", "उ": "ऊ", "ऊ": "उ", "इ": "ई", "ई": "इ"}
#: the consonant with a virama an anusvara stands for, by the class of the consonant after it
_NASAL = {**dict.fromkeys("कखगघ", "ङ्"), **dict.fromkeys("चछजझ", "ञ्"), **dict.fromkeys("टठडढ", "ण्"),
          **dict.fromkeys("तथदधन", "न्"), **dict.fromkeys("पफबभम", "म्")}
_NASAL_BACK = re.compile(r"([ङञणनम])्(?=[कखगघचछजझटठडढतथदधनपफबभम])")
#: names this short keep their one spelling (a variant of a short name may be another word)
_MIN_LETTERS = 5
#: at most this many variants of one name
_MAX = 64


def _toggles(name: str) -> list[tuple[int, str]]:
    """(position, replacement) of each place where a spelling may differ."""
    out = [(i, _LENGTH[ch]) for i, ch in enumerate(name) if ch in _LENGTH]
    # "अ"/"आ" inside a word ("वनुअतु", "वनुआतु"), not at its start
    out += [(i, "आ" if ch == "अ" else "अ") for i, ch in enumerate(name)
            if ch in "अआ" and i > 0 and name[i - 1] not in " -"]
    out += [(i, _NASAL[name[i + 1]]) for i, ch in enumerate(name[:-1]) if ch == "ं" and name[i + 1] in _NASAL]
    return out


def spellings(name: str) -> list[str]:
    """``name`` and the other spellings of it Hindi reports use (:data:`_MAX` at most); only ``name`` for a name in
    another script or one shorter than :data:`_MIN_LETTERS` letters."""
    if not any("\u0900" <= ch <= "\u097f" for ch in name) or len(name.replace(" ", "")) < _MIN_LETTERS:
        return [name]
    bases = {name, _NASAL_BACK.sub("ं", name)}
    for b in list(bases):
        bases |= {b.replace(" और ", "-"), b.replace(" और ", " एवं ")}
        if b.endswith("द्वीपसमूह"):
            bases.add(b[: -len("द्वीपसमूह")] + "द्वीप")
    out: dict[str, None] = {name: None}
    for b in sorted(bases):
        toggles = _toggles(b)
        for k in range(len(toggles) + 1):
            for combo in itertools.combinations(toggles, k):
                chars = list(b)
                for i, rep in combo:
                    chars[i] = rep
                out["".join(chars)] = None
                if len(out) >= _MAX:
                    return list(out)
    return list(out)
