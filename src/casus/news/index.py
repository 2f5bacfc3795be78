"""One Aho-Corasick automaton over every word the reader looks for.

State names (all names and aliases in both scripts from the COW registry, plus
:data:`casus.news.lexicon.STATE_EXTRA`), pact names and nouns, event triggers,
obligation cues and the helper word classes are folded (:func:`fold_phrase`)
and put into one ``pyahocorasick`` automaton, built once per process.  A
single pass over an article's folded text finds them all, in time linear in
the text (plus the number of hits); :func:`scan` keeps only hits that stand
as whole words.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from . import lexicon as L
from .hindi_spellings import spellings
from .lexicon11 import PROGRAMME_OF
from .text import fold_phrase, is_word_char

__all__ = ["Hit", "Index", "get_index", "scan"]


@dataclass(frozen=True)
class Hit:
    """A lexicon phrase at folded offsets ``[start, end)``; ``cat`` is its class.

    Classes: ``S`` state (``value`` = tuple of ccodes, ``flag`` N/D/C for name,
    demonym, capital), ``P`` pact name (``value`` = corpus id or None; ``flag``: for a
    programme of a pact's organisation, that pact's id, :data:`casus.news.lexicon11.PROGRAMME_OF`), ``N``
    pact noun (``flag`` "A" for an alliance noun), ``T`` trigger (``value`` =
    (type, tense)), ``K`` obligation cue (``value`` = (kind, strength,
    requires)), ``X`` no-defence cue, ``A`` attack word, ``H`` threat word,
    ``R`` reciprocal word, ``G`` aid word, ``L`` a place named after a state;
    ``I`` invocation trigger (``value`` = (type, tense), type "invoked" or
    "declined": :data:`casus.news.lexicon.INVOCATION_TRIGGERS`), ``J`` the word
    for a pact's article (:data:`casus.news.lexicon.ARTICLE_WORDS`; the number
    after it: :func:`casus.news.cues.article_number`).  Classes ``I`` and ``J``
    stay apart from ``T``: code that reads event triggers never sees them.
    """

    start: int
    end: int
    cat: str
    value: Any  # by class: see above
    flag: str = ""
    key: str = ""


class Index:
    """The automaton and what it needs to check a hit."""

    def __init__(self) -> None:
        import ahocorasick

        from ..importers.cow_states import load_states

        self.states = load_states()
        names, self.case = _state_names(self.states)
        table: dict[str, list[tuple]] = {}
        _add_states(table, names)
        _add_words(table)
        auto = ahocorasick.Automaton()
        for key, payloads in table.items():
            auto.add_word(key, (key, tuple(payloads)))
        auto.make_automaton()
        self.automaton = auto
        self.size = len(table)


def _add(table: dict[str, list[tuple]], phrase: str, payload: tuple) -> None:
    """File ``payload`` under the folded ``phrase`` (a trailing ``*`` makes it a prefix)."""
    prefix = phrase.endswith("*")
    key = fold_phrase(phrase.rstrip("*"))
    if not key:
        return
    table.setdefault(key, []).append((prefix, *payload))


def _state_names(states) -> tuple[dict[str, dict[int, str]], dict[str, str]]:
    """Folded state names -> ccode -> flag (N/D/C), and the short all-capitals names, as written."""
    names: dict[str, dict[int, str]] = {}  # key -> ccode -> flag
    case: dict[str, str] = {}
    for st in states:
        for name in st.all_names():
            for variant in _variants(name):
                key = fold_phrase(variant)
                if not key or key in L.STATE_STOP or len(key) < 2:
                    continue
                letters = variant.replace(".", "").replace(" ", "")
                if len(letters) <= 4 and letters.isascii() and letters.isupper():
                    case[key] = letters
                elif len(key) < 4 and key.isascii():
                    continue  # short Latin names ("Chad" stays: 4)
                names.setdefault(key, {}).setdefault(st.ccode, "N")
    named: list[tuple[str, int, str]] = [(name, st.ccode, "N") for st in states for name in st.all_names()]
    for abbrev, extra in L.STATE_EXTRA.items():
        st = states.resolve(f"cow:{abbrev}")
        for item in extra:
            flag, _, name = item.partition(":") if item[:2] in ("D:", "C:") else ("N", "", item)
            key = fold_phrase(name)
            if len(name.replace(".", "")) <= 4 and name.replace(".", "").isupper():
                case[key] = name.replace(".", "")
            names.setdefault(key, {})[st.ccode] = flag
            named.append((name, st.ccode, flag))
    # the other spellings of Hindi names ("वनुआतु" for "वनुआतू"), where no name already has the spelling
    for name, ccode, flag in named:
        for variant in spellings(name)[1:]:
            key = fold_phrase(variant)
            if key and key not in names and key not in L.STATE_STOP:
                names[key] = {ccode: flag}
    return names, case


def _add_states(table: dict[str, list[tuple]], names: dict[str, dict[int, str]]) -> None:
    """State names (class ``S``), then places named after states (``S`` with flag ``L``)."""
    for key, owners in names.items():
        flags = set(owners.values())
        flag = "N" if "N" in flags else sorted(flags)[0]
        _add(table, key, ("S", tuple(sorted(owners)), flag))
    for place in L.PLACE_NAMES:
        key = fold_phrase(place)
        if key not in names:
            _add(table, place, ("S", (), "L"))


def _add_words(table: dict[str, list[tuple]]) -> None:
    """Pact names and nouns, triggers (events and invocations), article words, obligation and no-defence cues,
    and the helper word classes."""
    programmes = {fold_phrase(n): owner for n, owner in PROGRAMME_OF.items()}
    for name, cid in L.PACT_NAMES.items():
        _add(table, name, ("P", cid, programmes.get(fold_phrase(name), "")))
    alliance = {fold_phrase(a.rstrip("*")) for a in L.ALLIANCE_NOUNS}
    for noun in L.PACT_NOUNS:
        _add(table, noun, ("N", None, "A" if fold_phrase(noun.rstrip("*")) in alliance else ""))
    for noun in L.ALLIANCE_NOUNS:
        if fold_phrase(noun.rstrip("*")) not in {fold_phrase(n.rstrip("*")) for n in L.PACT_NOUNS}:
            _add(table, noun, ("N", None, "A"))
    for phrase, (etype, tense) in L.TRIGGERS.items():
        _add(table, phrase, ("T", (etype, tense), ""))
    for phrase, (etype, tense) in L.INVOCATION_TRIGGERS.items():
        _add(table, phrase, ("I", (etype, tense), ""))
    for word in L.ARTICLE_WORDS:
        _add(table, word, ("J", None, ""))
    for phrase, (kind, strength, req) in L.KIND_CUES.items():
        exempt = "E" if phrase in L.NEGATION_EXEMPT else ""
        _add(table, phrase, ("K", (kind, strength, req), exempt))
    for phrase in L.NONE_CUES:
        _add(table, phrase, ("X", None, ""))
    for cat, words in (("A", L.ATTACK_WORDS), ("H", L.THREAT_WORDS), ("R", L.RECIPROCAL_WORDS),
                       ("G", L.AID_WORDS)):
        for w in words:
            _add(table, w, (cat, None, ""))


def _variants(name: str) -> list[str]:
    out = [name]
    if "(" in name and name.endswith(")"):
        head, _, tail = name.partition("(")
        out += [head.strip(), tail[:-1].strip()]
    return out


@functools.lru_cache(maxsize=1)
def get_index() -> Index:
    """The automaton, built once per process (about 0.1 s)."""
    return Index()


#: Whether a character belongs to a word: the danda "।" does not ("हस्ताक्षर किए।").
_word = is_word_char


def scan(low: str, base: str, index: Index | None = None, limit: int | None = None) -> list[Hit]:
    """Whole-word lexicon hits in folded text ``low`` (``base``: the same, case kept).

    ``limit`` caps the number of hits kept (the rest are ignored).
    """
    idx = index or get_index()
    out: list[Hit] = []
    n = len(low)
    case = idx.case
    for end_i, (key, payloads) in idx.automaton.iter(low):
        start = end_i - len(key) + 1
        end = end_i + 1
        if start > 0 and _word(low[start - 1]) and _word(key[0]):
            continue
        whole = end >= n or not _word(low[end]) or not _word(key[-1])
        for prefix, cat, value, flag in payloads:
            if not whole and not prefix:
                continue
            if cat == "S" and key in case:
                seg = base[start:end].replace(".", "").replace(" ", "")
                if seg != case[key]:
                    continue
            out.append(Hit(start, end, cat, value, flag, key))
        if limit is not None and len(out) >= limit:
            break
    return out
