"""Folding text for matching, and splitting it into sentences, keeping offsets.

:class:`Folded` holds two strings of equal length, ``base`` (case kept) and
``low`` (lower case), made from an article's text by

* dropping invisible and combining characters (the Devanagari nukta, Latin
  accents, zero-width joiners, soft hyphens) and all but one character of every
  run of white space (a newline if the run holds one);
* replacing, character for character, Devanagari digits by ASCII digits,
  precomposed nukta letters (``क़``) and accented Latin letters (``ü``) by their
  base letters, the chandrabindu (``ँ``) by the anusvara (``ं``), typographic quotes
  and dashes by ASCII ones, other spaces by a space, and control characters by a
  space.

Matching and sentence splitting run on the folded strings; :meth:`Folded.span`
maps a folded span back to the exact span of the original text, so evidence
is always quoted from the article as it was given.  Folding uses the Unicode
character database (:mod:`unicodedata`) and runs in time linear in the text.

>>> f = fold("फ़्रांस  और   Türkiye")
>>> f.low
'फ्रांस और turkiye'
>>> f.span(f.low.index("turkiye"), len(f.low))
(14, 21)
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import ABBREVIATIONS

__all__ = ["Folded", "fold", "unwrapped", "language_of", "fold_phrase", "split_sentences", "MAX_SENTENCE", "WORD_CHARS",
           "DEVANAGARI_SEPARATORS", "is_word_char", "word_end", "word_start"]

#: Characters that belong to words: Unicode word characters and the
#: Devanagari block (its vowel signs are marks, not letters) except its
#: punctuation: the danda ``।`` (U+0964), the double danda ``॥`` (U+0965) and
#: the abbreviation sign ``॰`` (U+0970) separate words ("हस्ताक्षर किए।").
WORD_CHARS = r"\w\u0900-\u0963\u0966-\u096f\u0971-\u097f"
#: The Devanagari punctuation that :data:`WORD_CHARS` leaves out.
DEVANAGARI_SEPARATORS = "\u0964\u0965\u0970"
#: A sentence longer than this (in folded characters) is cut into pieces: the
#: work done per sentence is bounded whatever the input.
MAX_SENTENCE = 600


@lru_cache(maxsize=8192)
def is_word_char(ch: str) -> bool:
    """Whether the character ``ch`` belongs to a word (see :data:`WORD_CHARS`).

    >>> [is_word_char(c) for c in "क\u093e।॥॰a_1 "]
    [True, True, False, False, False, True, True, True, False]
    """
    if "\u0900" <= ch <= "\u097f":
        return ch not in DEVANAGARI_SEPARATORS
    return ch.isalnum() or ch == "_"


#: The farthest :func:`word_end` and :func:`word_start` move a window's edge (a longer run of letters is no word).
MAX_WORD = 64


def word_end(text: str, i: int) -> int:
    """The end of a window of ``text`` that would end at ``i``, moved on to the end of the word it would cut.

    A pattern searched up to ``i`` (a slice, or ``endpos``) sees the string end there, so its whole-word test
    passes on the part of a word before the cut: "कानूनी" (legal) cut after "कानून" reads as "कानून" (law).

    >>> word_end("the lawful act", 7), word_end("the lawful act", 10), word_end("ab", 9), word_end("ab", -1)
    (10, 10, 2, 0)
    """
    n = len(text)
    if i >= n:
        return n
    if i <= 0:
        return 0
    if not (is_word_char(text[i - 1]) and is_word_char(text[i])):
        return i
    stop = min(n, i + MAX_WORD)  # (no word is longer: a run of letters in a malformed page costs no more)
    while i < stop and is_word_char(text[i]):
        i += 1
    return i


def word_start(text: str, i: int) -> int:
    """The start of a window of ``text`` that would start at ``i``, moved back to the start of the word it would cut
    (a slice starting inside a word would let a whole-word test pass on the word's tail).

    >>> word_start("the unlawful act", 6), word_start("the unlawful act", 4), word_start("ab", -3)
    (4, 4, 0)
    """
    if i <= 0:
        return 0
    if i >= len(text):
        return len(text)
    if not (is_word_char(text[i - 1]) and is_word_char(text[i])):
        return i
    stop = max(0, i - MAX_WORD)
    while i > stop and is_word_char(text[i - 1]):
        i -= 1
    return i


_DROPPED = r"\u093c\u0300-\u036f\u200b-\u200d\u2060\ufeff\u00ad\ufe00-\ufe0f"
#: A run of dropped characters, or of two or more white-space characters.  (Written to begin with one class:
#: ``[D]+|\s{2,}`` tries both branches at every position, twice as slow; the matches are the same.)
_RUNS = rf"[{_DROPPED}\s](?:(?<=[{_DROPPED}])[{_DROPPED}]*|(?<=\s)\s+"
_DROP = re.compile(rf"{_RUNS})")
#: A gloss in brackets between a Hindi noun and its light verb, dropped with the space before it ("अनुमोदन
#: (रैटिफ़िकेशन) कर दिया" reads as "अनुमोदन कर दिया"; the evidence still quotes the text as written; "हस्ताक्षर
#: (इनिशियल) किए", an initialling, stays as written).
_GLOSS = r"(?<=[\u0900-\u0963\u0966-\u097f]\s)\((?!इनिशियल|initial)[^()\d\s]{1,30}\)\s" \
         r"(?=(?:कर|किए|किया|की|किये|हुए|हुआ|हुई)(?![\u0900-\u0963\u0966-\u097f]))"
#: :data:`_DROP` with the glosses, for a text that has one's end (a bracket before a light verb: "... ) कर", ") हुए"):
#: searched only there, the glosses cost the rest nothing
_DROP_GLOSS = re.compile(rf"{_RUNS}|{_GLOSS})")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    t: dict[int, str] = {}
    for i in range(10):
        t[0x0966 + i] = str(i)  # Devanagari digits
        t[0x09E6 + i] = str(i)  # Bengali digits (seen in mixed pages)
    for cp in (*range(0x0958, 0x0960), 0x0929, 0x0931, 0x0934):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        t[cp] = base
    for cp in range(0x00C0, 0x0250):
        ch = chr(cp)
        d = unicodedata.normalize("NFKD", ch)
        if len(d) > 1 and d[0].isascii() and d[0].isalpha():
            t[cp] = d[0]
    for ch in "‘’‚‛′`´":
        t[ord(ch)] = "'"
    for ch in "“”„‟″«»":
        t[ord(ch)] = '"'
    for ch in "‐‑‒–—―−":
        t[ord(ch)] = "-"
    for cp in (0x00A0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000, 0x1680, 0x0009, 0x000B, 0x000C):
        t[cp] = " "
    for cp in (0x000D, 0x0085, 0x2028, 0x2029):
        t[cp] = "\n"
    for cp in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0x85), *range(0x86, 0xA0)):
        t[cp] = " "
    t[0x0901] = "\u0902"  # the chandrabindu as the anusvara: Hindi writes "माँग" and "मांग", "पाँच" and "पांच" alike
    t[0x0130] = "I"  # 'İ'.lower() is two characters; keep lower() length-preserving
    t[0xFFFD] = " "
    return t


@lru_cache(maxsize=1)
def _replaced() -> re.Pattern:
    """The characters :func:`_table` replaces: replacing only those found is many times faster than
    ``str.translate`` on text that is not ASCII (the same result)."""
    return re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_table())) + "]")


def _translate(s: str) -> str:
    t = _table()
    return _replaced().sub(lambda m: t[ord(m.group())], s)


@dataclass
class Folded:
    """An article's text folded for matching (see the module docstring)."""

    text: str
    base: str
    low: str
    _at: list[int]  # folded positions after which ...
    _shift: list[int]  # ... this many original characters had been dropped
    #: the whole text's date expressions, found once (:func:`casus.news.dates.find_dates`)
    dates: list | None = field(default=None, repr=False, compare=False)
    #: ... and those of its parts (sentences, windows) by their spans, each found once
    part_dates: dict[tuple[int, int], list] = field(default_factory=dict, repr=False, compare=False)

    def orig(self, i: int) -> int:
        """Offset in the original text of folded offset ``i`` (a start)."""
        k = bisect.bisect_right(self._at, i)
        return i + (self._shift[k - 1] if k else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of folded span ``[start, end)``."""
        if end <= start:
            s = self.orig(start)
            return s, s
        return self.orig(start), self.orig(end - 1) + 1


def fold(text: str) -> Folded:
    """Fold ``text`` (see the module docstring); linear in its length."""
    pieces: list[str] = []
    at: list[int] = []
    shift: list[int] = []
    prev = 0
    dropped = 0
    drop = _DROP_GLOSS if ") क" in text or ") ह" in text else _DROP
    for m in drop.finditer(text):
        s, e = m.start(), m.end()
        pieces.append(text[prev:s])
        if text[s].isspace():
            run = text[s:e]
            pieces.append("\n" if ("\n" in run or "\r" in run) else " ")
            keep = 1
        else:
            keep = 0
        dropped += (e - s) - keep
        at.append(s - dropped + (e - s))  # the folded position of the character after the run
        shift.append(dropped)
        prev = e
    pieces.append(text[prev:])
    base = _translate("".join(pieces))
    low = base.lower()
    if len(low) != len(base):  # cannot happen after the table above; stay safe
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in base)
    low = low.replace("-", " ").replace("_", " ")
    return Folded(text, base, low, at, shift)


#: a line's end that ends a sentence (or a headline's label: "Tags:", a menu's "|")
_LINE_END = re.compile(r"[.!?।॥:|][\"')\]]*\s*$")
#: how much shorter than the article's longest line a line may be and still be a wrapped one
_WRAP_SLACK = 25
#: the shortest line that may be wrapped, and the narrowest article width read as wrapped
_WRAP_MIN = 55
_WRAP_WIDTH = 70
#: a line that begins a dateline ("VILNIUS, March 3", "NEW DELHI (Reuters) -"): never a wrapped line's rest
_DATELINE_START = re.compile(r"[A-Z][A-Z.' -]{2,30}(?:,|\s\(|\s-)")


def unwrapped(text: str) -> str:
    """``text`` with the newlines of hard-wrapped paragraphs made spaces (same length, same offsets): a single newline
    after a line that fills the article's width (within :data:`_WRAP_SLACK` characters of its longest line) and ends
    no sentence, before a line of text.  A scraped or mailed article wrapped at a fixed width ("... yesterday signed a
    letter of⏎intent on ...") is then read in whole sentences; a headline (shorter than the width), a line that ends
    a sentence and a blank line between paragraphs still end one."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = max(len(line.rstrip()) for line in lines)
    if width < _WRAP_WIDTH:
        return text
    shortest = max(_WRAP_MIN, width - _WRAP_SLACK)
    soft = []
    at = 0
    for line, after in zip(lines, lines[1:], strict=False):
        at += len(line)  # the newline after ``line``
        if len(line.rstrip()) >= shortest and after.strip() and not _LINE_END.search(line) \
                and after.lstrip()[:1] not in "-•*–·▪►" and not _DATELINE_START.match(after.lstrip()):
            soft.append(at)
        at += 1
    if not soft:
        return text
    pieces, prev = [], 0
    for at in soft:
        pieces += [text[prev:at], " "]
        prev = at + 1
    pieces.append(text[prev:])
    return "".join(pieces)


@lru_cache(maxsize=4096)
def fold_phrase(phrase: str) -> str:
    """A lexicon phrase folded like text, with single spaces."""
    f = fold(phrase).low
    return " ".join(f.split())


def phrase_alternation(words: str) -> str:
    """A regex alternation of ``|``-separated phrases, each folded like text (:func:`fold_phrase`), longest first,
    a space matching any one whitespace character."""
    ws = {fold_phrase(w) for w in words.split("|") if w.strip()}
    return "|".join(re.escape(w).replace(r"\ ", r"\s") for w in sorted(ws, key=len, reverse=True))


def sentence_holding(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> int | None:
    """The place in ``spans`` of the sentence that holds ``[start, end)`` whole, if one does (``starts``: the spans'
    starts): how a match found in one pass over the whole text is placed in its sentence."""
    i = bisect.bisect_right(starts, start) - 1
    return i if i >= 0 and end <= spans[i][1] else None


def trie_alternation(words: Iterable[str]) -> str:
    """A regex matching the same words as the alternation of ``words`` longest first, written as a trie
    ("sep(?:t(?:ember)?)?"): the words that match at one place are prefixes of one another, which both try longest
    first, and the regex engine no longer compares every word at every place (``re.escape`` on each character)."""
    tree: dict[str, dict] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(tree)


def _trie_regex(node: dict[str, dict]) -> str:
    """The regex of one node of :func:`trie_alternation`'s tree (its key ``""``: a word ends there)."""
    alts = [re.escape(ch) + _trie_regex(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(alts) == 1 else body + "?"


#: A sentence boundary: ``[।॥]+["')\]]*|[.!?।॥|]+["')\]]*(?=\s|$)|\n``, written to begin with one class (five
#: times faster: the regex engine then skips to the next candidate character; the matches are the same).
_BOUNDARY = re.compile(r"[।॥.!?|\n](?:(?<=[।॥])[।॥]*[\"')\]]*|(?<=[.!?|])[.!?।॥|]*[\"')\]]*(?=\s|$)|(?<=\n))")
_WORD_BEFORE = re.compile(rf"([{WORD_CHARS}]+)$")


#: Devanagari initials, "वी. एम.": words of at most three letters, each with a point, two or more in a row
_DEV_INITIAL = re.compile(r"[\u0900-\u097f]{1,3}")
_INITIAL_NEXT = re.compile(r"\.\s[\u0900-\u097f]{1,3}\.\s")
_INITIAL_PREV = re.compile(r"(?<![\u0900-\u0963\u0966-\u097f])[\u0900-\u097f]{1,3}\.\s$")


def _dev_initial(base: str, w0: int, dot: int) -> bool:
    """True if the word ``base[w0:dot]`` before a point is a Devanagari initial next to another one."""
    if not _DEV_INITIAL.fullmatch(base, w0, dot):
        return False
    return bool(_INITIAL_NEXT.match(base, dot) or _INITIAL_PREV.search(base, max(0, w0 - 6), w0))


def split_sentences(f: Folded, max_len: int = MAX_SENTENCE) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in folded offsets, stripped of white space.

    Splits at ``. ! ? |`` followed by white space, at every danda ``।`` or
    ``॥`` (followed by white space or not: "किए।रूस") and at every newline,
    except after an abbreviation or a single capital letter ("U.S."); cuts a
    sentence longer than ``max_len`` at white space (or anywhere) so that no
    span is longer than ``max_len``.
    """
    base = f.base
    out: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(base):
        end = m.end()
        if base[m.start()] == ".":
            w = _WORD_BEFORE.search(base, max(0, m.start() - 12), m.start())
            if w:
                word = w.group(1)
                if (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS:
                    continue
            if w and _dev_initial(base, w.start(1), m.start()):
                continue  # a name's Devanagari initials: "वी. एम. मोलोतोव", "इओन आई. सी. ब्रातियानु"
        _emit(base, start, end, max_len, out)
        start = end
    _emit(base, start, len(base), max_len, out)
    return out


def _emit(base: str, s: int, e: int, max_len: int, out: list[tuple[int, int]]) -> None:
    while s < e and base[s].isspace():
        s += 1
    while e > s and base[e - 1].isspace():
        e -= 1
    while e - s > max_len:
        cut = base.rfind(" ", s + max_len // 2, s + max_len)
        if cut <= s:
            cut = s + max_len
        out.append((s, cut))
        s = cut
        while s < e and base[s].isspace():
            s += 1
    if e > s:
        out.append((s, e))


def language_of(text: str) -> str:
    """The language of ``text`` by pycld2 ("hi", "en", "mixed" where both hold a large share, another code), or, without
    it, by counting Devanagari and Latin letters ("und": neither)."""
    sample = text[:20_000]
    try:
        import pycld2

        clean_bytes = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]", " ", sample).encode("utf-8", "replace")
        ok, _, details = pycld2.detect(clean_bytes, bestEffort=True)
        code = details[0][1] if details else "un"
        if code not in ("un", "xxx", ""):
            if len(details) > 1 and details[1][1] in ("hi", "en") and code in ("hi", "en") \
                    and details[1][2] >= 25 and details[0][2] <= 75:
                return "mixed"
            return code
    except Exception:  # noqa: BLE001 - fall back to counting scripts
        pass
    dev = sum(1 for ch in sample if "\u0900" <= ch <= "\u097f")
    lat = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    if dev == lat == 0:
        return "und"
    return "hi" if dev > lat else "en"
