"""Sentence-level cues for the news reader: negation, hypotheticals, background, roles.

Small word-window tests, each on a bounded slice of one sentence (so reading
stays linear in the input's size); used by :mod:`casus.news.extract`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .index import Hit
from .text import WORD_CHARS, word_end, word_start

# -- small word-window tests (each on a bounded slice of one sentence) ---------

_W0 = rf"(?<![{WORD_CHARS}])"
_W1 = rf"(?![{WORD_CHARS}])"
_CLAUSE_END = re.compile(r"[,;:.!?।॥()\"]")
#: (not "not only", "not just": "not only a defence pact but also ...")
_EN_NEG = re.compile(rf"{_W0}(?:no|not(?!\s(?:only|just|merely|simply){_W1})|never|without|neither|nor|cannot|lacks?|"
                     rf"lacking|none|nothing|short of){_W1}|n't{_W1}")
_HI_NEG_AFTER = re.compile(rf"{_W0}(?:नहीं|न|ना|नही){_W1}")
#: a negation before the cue: "बिना किसी", "गैर"; and "न" ("neither ... nor": "न आपसी रक्षा का कोई वचन है, न ...", "न कोई
#: सैन्य गठबंधन"; not "न केवल", "not only", whose word stands between)
_HI_NEG_BEFORE = re.compile(rf"{_W0}(?:(?:बिना|गैर)\s?(?:किसी\s?)?|न\s(?:तो\s)?(?:कोई\s|किसी\s)?)$")
_EN_IRREALIS = re.compile(
    rf"{_W0}(?:expected|likely|unlikely|could|(?<!\d\s)may(?!\s?\d)|might|would|should|must|possible|possibly|"
    rf"plans?|planned|"
    rf"planning|hopes?|hoping|wants?|seeks?|seeking|consider(?:s|ing)?|threaten(?:s|ed|ing)?|if|whether|unless|"
    rf"refuse[sd]?|refusing|decline[sd]?|fail(?:s|ed)?|yet|talks|propose[sd]?|proposing|urge[sd]?|ready|can|"
    rf"need(?:s|ed)?|still|aims?|intends?|wish(?:es)?|push(?:es|ing)?|sought|considered|mulls?|mulling){_W1}")
# future: a modal or "due/set/scheduled" anywhere before the verb; "to" only
# right before it ("to sign", "to be signed", "to formally sign"), never "similar
# to those already signed"
_EN_FUTURE = re.compile(rf"{_W0}(?:will|shall|set|due|agreed|'ll|scheduled|slated|poised|going){_W1}"
                        rf"|{_W0}to(?:\s(?:be|[a-z]+ly)){{0,2}}\s?$")
# background: "had signed", "already signed", "previously signed", "earlier
# signed" (but "earlier today / this week / on Monday" is recent)
_RECENT_AFTER = r"(?!\s(?:today|this|on|in|tonight|that)(?![a-z]))"
_EN_PERFECT = re.compile(rf"{_W0}(?:had|already|previously|earlier{_RECENT_AFTER}){_W1}")
#: ... or right after the verb: "the treaty Moscow concluded earlier with Somalia", "signed previously"
_EN_EARLIER_AFTER = re.compile(rf"\s(?:earlier|previously){_RECENT_AFTER}{_W1}")
_EN_RELATIVE = re.compile(rf"{_W0}(?:which|that|who|whose){_W1}")
_EN_DET = re.compile(rf"{_W0}(?:a|an|the|this|that|its|their|his|her){_W1}\s?$")
_HI_IRREALIS = re.compile(rf"{_W0}(?:सकता|सकते|सकती|संभावना|उम्मीद|धमकी|चाहता|चाहते|चाहती|प्रस्ताव|योजना|"
                          rf"विचार|अटकल|अटकलें){_W1}")
_HI_IF = re.compile(rf"{_W0}(?:अगर|यदि|क्या){_W1}")
_HI_PERFECT = re.compile(rf"^\s?(?:था|थे|थी|थीं){_W1}")
_HI_RELATIVE = re.compile(rf"{_W0}(?:जो|जिस|जिसे|जिन|जिसने|जिन्होंने|जिसके){_W1}")
_DATELINE_PREFIX = re.compile(r"[A-Z]{4,}[A-Z.' ]{0,27}(?:,\s?[A-Za-z.' ]{2,25})?"
                              r"(?:,\s?[A-Za-z]{3,9}\.?\s?\d{1,2}(?:,\s?\d{4})?)?"  # (its day, perhaps with its year)
                              r"(?:\s?\([^()\n]{1,30}\))?\s?-{1,2}\s")
#: the periods a clause of time counts ("ten years after", "weeks after")
PERIODS = "days|weeks|months|years|decades|a year|a month|a week"
_AFTER_CLAUSE = re.compile(rf"{_W0}(?:{PERIODS}|shortly|soon|long|even) (?:after|since){_W1}")
#: a legislature in Hindi ("संसद ने ... पुष्टि कर दी", "सीनेट ने ... मुहर लगाई")
HI_LEGISLATURES = r"संसद|सीनेट|ड्यूमा|असेंबली|असेम्बली|विधायिका|लोकसभा|राज्यसभा|नेशनल\sकांग्रेस|मजलिस|प्रेसीडियम"
_BECOME = re.compile(rf"{_W0}(?:become|becomes|became|becoming|बना|बनी|बने|बन){_W1}")
_HI_BECOME_AFTER = re.compile(rf"^\s?(?:देश\s)?(?:बना|बनी|बने|बन गया|बन गई|बन गए){_W1}")
# what a head of state signs to ratify: a law, or the ratification's own papers
# ("the instrument of ratification", "अनुसमर्थन दस्तावेज़ पर हस्ताक्षर")
_LAW = re.compile(
    rf"{_W0}(?:laws?|bills?|legislation|decrees?|instruments? of ratification|(?:instruments?|documents?|papers?) "
    rf"ratifying|ratification (?:order|document|instrument|paper|law|decree|bill)s?|कानून|क़ानून|विधेयक|अध्यादेश|"
    rf"(?:अनुसमर्थन|अनुमोदन)(?:\s(?:के|का|की|संबंधी|से जुड़े))?\s(?:दस्तावेज|दस्तावेजों|पत्र|पत्रों|"
    rf"प्रपत्र|आदेश)){_W1}")
_PRONOUN = re.compile(rf"{_W0}(?:it|its|this|these|they|the pact|the treaty|the agreement|the document|यह|ये|इसे|इस|इन|"
                      rf"उस|उसे|इसका|इसकी|इसके|उसका|उसकी|उसके|इनका|इनकी|इनके){_W1}")
#: a pronoun for the verb's object right after it: "ratified it on 5 November", "signed them"
_PRONOUN_AFTER = re.compile(rf"\s?(?:it|them){_W1}")
# (the alternatives with "^" test the sentence's start: search the sentence as its own string; a live report's
# entry label, "EARLIER -- ...", folds to a run of spaces and is no background)
_BACKGROUND = re.compile(
    rf"^\s?(?:earlier|previously|before that)\s?,|^\s?(?:earlier|previously){_RECENT_AFTER}\s(?!\s)"
    r"|^\s?(?:इससे|इसके)\s(?:पहले|पूर्व)(?!\s?(?:कि|आज|कल|इसी|\S*वार)(?!\S))"
    rf"|{_W0}(?:anniversary|years ago|decades ago|last year|in the past|since then|वर्षगांठ|सालगिरह|साल पहले|वर्ष पहले|"
    rf"दशक पहले|पिछले साल|पिछले वर्ष|preamble|प्रस्तावना){_W1}"  # (a pact's preamble: its text, told)
    # the other pacts a state holds, listed: "Kuwait has also concluded defence treaties with Britain and France"
    rf"|{_W0}(?:has|have)\salso\s(?:concluded|signed)\s(?:[a-z-]+\s){{0,3}}?(?:treaties|agreements|pacts|accords)\swith{_W1}"
    # a bill's first reading, a step before the vote that ratifies: "completed the first reading of a bill to ratify"
    rf"|{_W0}first\sreading{_W1}|(?:पहली|प्रथम)\s(?:रीडिंग|पढ़त|पढत|वाचन)|पहले\sवाचन"
    # an explainer of how states join, no state's step: "explainer: how a country joins nato"
    rf"|{_W0}how\s(?:a\s|new\s)?(?:country|state|nation|member|countries|states|nations|members)\s"
    rf"(?:joins?|accedes?|becomes?\sa\smember){_W1}")
# "by" marks a place, means or adversary ("attacked by"), but the agent after an
# event verb: "the pact signed (today) by Russia and ..." names a party
_AGENT_BY = "".join(f"(?<!{v} {g}by)" for v in ("signed", "ratified", "inked", "concluded", "sealed", "endorsed")
                    for g in ("", "today ", "yesterday ", "jointly ", "formally "))
_EN_ROLE_BEFORE = re.compile(
    rf"{_W0}(?:in|at|to|from|into|against|toward|towards|over|amid|near|across|off|outside|inside|counter|"
    rf"countering|deter|deterring|visit|visiting|visited|via|through|beyond|around|by{_AGENT_BY}|"
    # the depositary ("deposited with the United States")
    rf"(?:deposited|lodged)\swith)\s?$")
_EN_ROLE_AFTER = re.compile(r"^\s?(?:led|backed|based|'s\s(?:[a-z]+\s){0,2}?(?:war|invasion|aggression|attack))\b")
_HI_ROLE_AFTER = re.compile(
    r"^\s?(?:में|पर|के खिलाफ|के खलाफ|के विरुद्ध|के विरोध|की यात्रा|के दौरे|नीत|के नेतृत्व|से खतर|के हमले|से मुकाबल)")
#: the depositary an instrument is lodged with ("अमेरिकी सरकार के पास ... दस्तावेज़ जमा किया गया")
HI_DEPOSITARY = re.compile(r"\s?(?:सरकार\s|विदेश\sविभाग\s|विदेश\sमंत्रालय\s)?के\sपास\s[^।]{0,100}?(?<!\S)जमा(?!\S)")


def _is_dev(s: str) -> bool:
    return any("\u0900" <= ch <= "\u097f" for ch in s[:4])


#: a sentence's first letter (past digits, punctuation and spaces: "1958: लेबनान ...")
_FIRST_LETTER = re.compile(r"[^\W\d_]")


def hindi_sentence(low: str, s0: int, s1: int) -> bool:
    """Whether the sentence ``low[s0:s1]`` is written in Devanagari: its first letter is."""
    m = _FIRST_LETTER.search(low, s0, s1)
    return m is not None and _is_dev(m.group())


#: the words that leave a step undone just before its verb: denied, conditional, hoped for ("has not suspended",
#: "could end", "if it asks"); each step adds its own (:func:`undone_before`)
_UNDONE = r"not|n't|never|would|could|might|may|if|whether|denied"


def undone_before(extra: str, gap: int) -> re.Pattern:
    """A rule that finds, ending where a step's verb starts, a word of :data:`_UNDONE` or of ``extra`` (an
    alternation) with at most ``gap`` words after it: the step is not said done."""
    return re.compile(rf"(?<![a-z])(?:{_UNDONE}|{extra})\s(?:[a-z]+\s){{0,{gap}}}$")


def search_by_script(low: str, sent: Any, hindi: re.Pattern, english: re.Pattern) -> re.Match | None:
    """The first match in ``sent`` of the rules of its script: ``hindi`` in a Devanagari sentence, else ``english``."""
    return (hindi if hindi_sentence(low, sent.start, sent.end) else english).search(low, sent.start, sent.end)


@lru_cache(maxsize=64)
def _any_of(words: tuple[str, ...]) -> re.Pattern:
    """One search for any of ``words`` (plain substrings; faster than testing each in turn)."""
    return re.compile("|".join(map(re.escape, words)))


def added_per_sentence(r: Any, sentences: list, cands: list, gate: tuple[str, ...],
                       build: Callable[[Any, Any], Any]) -> list:
    """``cands`` and ``build(r, sent)`` (a candidate or None) of each sentence that has no candidate yet and holds one
    of the words of ``gate`` (a quick check: most sentences hold none)."""
    have = {c.sentence.i for c in cands}
    out = list(cands)
    words = _any_of(gate)
    for sent in sentences:
        if sent.i in have or not words.search(r.low, sent.start, sent.end):
            continue
        c = build(r, sent)
        if c is not None:
            out.append(c)
    return out


def _clause_before(low: str, pos: int, lo: int, width: int) -> str:
    seg = low[max(lo, word_start(low, pos - width)):pos]
    cut = max((m.end() for m in _CLAUSE_END.finditer(seg)), default=0)
    return seg[cut:]


def _clause_after(low: str, pos: int, hi: int, width: int) -> str:
    seg = low[pos:min(hi, pos + width)]
    m = _CLAUSE_END.search(seg)
    return seg[:m.start()] if m else seg


#: A gloss in brackets: "आपसी रक्षा (म्यूचुअल डिफेंस) का कोई प्रावधान नहीं": the rest of a gloss after a word in it,
#: or a whole gloss after a word.
_GLOSS_REST = re.compile(r"[^()]{0,40}\)")
_GLOSS_NEXT = re.compile(r"\s?\([^()]{1,40}\)")


def _gloss_open(low: str, h: Hit, s0: int) -> int | None:
    """Where the gloss in brackets that cue ``h`` stands in opens, or None."""
    lo = max(s0, h.start - 40)
    before = low[lo:h.start]
    i = before.rfind("(")
    return lo + i if i > before.rfind(")") else None


def _past_gloss(low: str, h: Hit, s0: int, s1: int) -> int:
    """Where the clause after cue ``h`` goes on: after the gloss in brackets it stands in or before."""
    g = _GLOSS_REST.match(low, h.end, s1) if _gloss_open(low, h, s0) is not None else None
    g = g or _GLOSS_NEXT.match(low, h.end, s1)
    return g.end() if g else h.end


#: A negated comparison with the pact the cue names ("... सामूहिक सुरक्षा समझौते से मेल नहीं खाता", "is not compatible
#: with the collective defence treaty"): the negation is the comparison's, not a duty's.
_HI_COMPARED = re.compile(r"(?:से\sमेल|के\sअनुरूप|के\sमुताबिक|के\sमुताबिक़|के\sसमान|के\sबराबर|जैसा|जैसी|जैसे)\s?$")
_EN_COMPARED = re.compile(r"\s?(?:be\s|seem\s|seen\sas\s)?(?:compatible|consistent|in\sline|in\skeeping|"
                          r"in\saccordance|in\sconformity|reconcilable)\swith\s")


#: "not only X (but also Y)": "केवल सुरक्षा की गारंटी ही नहीं देगी, बल्कि ... भी", "न सिर्फ़ ..." (the emphatic "ही नहीं"
#: alone, "कोई गारंटी ही नहीं", stays a negation)
_HI_ONLY_BEFORE = re.compile(rf"{_W0}(?:केवल|सिर्फ़|सिर्फ|मात्र)\s(?:[^\s।]+\s){{0,3}}$")
_HI_BUT_AFTER = re.compile(rf"{_W0}बल्कि{_W1}")


def _hi_not_only(low: str, h: Hit, s0: int, s1: int, after: str, neg: re.Match) -> bool:
    """Whether the "नहीं" after cue ``h`` is that of "not only ... but also" (``after``: the clause after the cue,
    ``neg``: the negation in it): "ही नहीं" with "केवल" / "सिर्फ़" just before the cue or "बल्कि" later in the
    sentence."""
    if not after[:neg.start()].endswith("ही "):
        return False
    if _HI_ONLY_BEFORE.search(low[max(s0, h.start - 40):h.start]):
        return True
    return _HI_BUT_AFTER.search(low, h.end, s1) is not None


def _negated(low: str, h: Hit, s0: int, s1: int) -> bool:
    """Whether cue ``h`` is negated (a gloss in brackets beside it does not end its clause: "no mutual defence
    (collective defence) provision", "आपसी रक्षा (म्यूचुअल डिफेंस) का कोई प्रावधान नहीं")."""
    if _is_dev(h.key):
        after = _clause_after(low, _past_gloss(low, h, s0, s1), s1, 40)
        m = _HI_NEG_AFTER.search(after)
        if m and not _HI_COMPARED.search(after, 0, m.start()) and not _hi_not_only(low, h, s0, s1, after, m):
            return True
        return bool(_HI_NEG_BEFORE.search(_clause_before(low, h.start, s0, 25)))
    opened = _gloss_open(low, h, s0)
    before = _clause_before(low, h.start if opened is None else opened, s0, 50)
    m = _EN_NEG.search(before)
    return m is not None and _EN_COMPARED.match(before, m.end()) is None


# -- the number of a pact's article -------------------------------------------

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "सात": 7,
                 "आठ": 8, "नौ": 9, "दस": 10}
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_ARTICLE_NUMBER = re.compile(rf"\s?(?:no\.?\s?)?(\d{{1,3}}|[ivxl]{{1,6}}|[a-z]+|[\u0900-\u097f]+){_W1}")


def _roman(s: str) -> int | None:
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN[b] > v else v
    return total or None


def article_number(low: str, h: Hit) -> int | None:
    """The number after an article word (class ``J``): "Article 4", "art. V", "अनुच्छेद-5", "article four".

    ``low`` is the folded text the hit was found in (Devanagari digits are ASCII there).

    >>> from casus.news.text import fold
    >>> f = fold("NATO's Article 4 and अनुच्छेद-५, Art. V")
    >>> [article_number(f.low, Hit(i, i + len(w), "J", None, "", w))
    ...  for w in ("article", "अनुच्छेद", "art.") for i in [f.low.index(w)]]
    [4, 5, 5]
    """
    m = _ARTICLE_NUMBER.match(low, h.end, word_end(low, h.end + 24))
    if m is None:
        return None
    tok = m.group(1)
    if tok.isdigit():
        return int(tok)
    if tok in _NUMBER_WORDS:
        return _NUMBER_WORDS[tok]
    if all(c in _ROMAN for c in tok):
        return _roman(tok)
    return None
