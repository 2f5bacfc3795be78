"""How many documents one act signs, ratifies or brings into force: a report of several pacts signed together is one
event per pact.

The labelled sets' writers code each document a ceremony signs as an event of its own (two memoranda signed on one
day are two signings), and the reader's candidates of one act make one event (:func:`casus.news.same_act.grouped`).
So an event becomes as many as the documents its article tells it covers, counted three ways:

* a number in one of its sentences: "signed two memoranda of understanding", "three treaties", "दो समझौता ज्ञापनों पर
  हस्ताक्षर", "तीन संधियों" (two or three only: "six agreements" were signed on many subjects, and the writers code
  those the article says are about defence, which a count does not tell); "two more documents", "दो और दस्तावेज़ों"
  count beside the first;
* a second document joined to the first as the object of the same verb: "signed a treaty ..., together with a
  declaration", "as well as the cooperation plan", "signed a protocol on ... and a declaration of intent on ...",
  "and a separate deal", "एक ... समझौते और एक ... समझौते पर हस्ताक्षर";
* a later sentence that tells another document signed at the same act: "The two countries also signed a separate
  MOU", "Alongside the declaration, the two sides signed an agreement", "also witnessed the signing of a
  memorandum", "इसी मौक़े पर ... एक अनुदान समझौते पर भी दस्तख़त किए" — with no state in it that is not the event's, and
  no year other than the event's.

Each further document must be of defence or security (a word of :data:`_SECURITY` near its noun), and an article that
has other events of the act's type already reads its acts apart (no count then).  At most :data:`MOST` events per
act.  Over fresh-fresh312 (model on, in-sample, measured together with :func:`casus.news.text.unwrapped`) English
detection went from 2305/139/349 to 2332/154/322 and Hindi from 2449/123/290 to 2462/131/277: the writers coded most
such second documents, not all.  (A step of
:func:`casus.news.protocols.one_per_protocol`.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

from .date_context import headline
from .parties import longest

__all__ = ["documents", "copies"]

#: the most events one act makes
MOST = 3

_EN_NOUNS = (r"(?:agreements?|memorand(?:a|ums?)|mous?|documents?|instruments?|accords?|deals?|protocols?|pacts?|"
             r"treat(?:y|ies)|declarations?|arrangements?|letters?\sof\s(?:intent|commitment)|conventions?|plans?|"
             r"programmes?|programs?|charters?)")
#: what a number counts: plural nouns only ("the two countries' cooperation plan" counts no plans)
_EN_PLURALS = (r"(?:agreements|memoranda|memorandums|mous|documents|instruments|accords|deals|protocols|pacts|treaties|"
               r"declarations|arrangements|letters\sof\s(?:intent|commitment)|conventions|plans|programmes|texts)")
#: a word between a number and what it counts: not a plural of those who sign ("two defence ministers signed ...")
_EN_BETWEEN = (r"(?:(?!(?:countries|sides|nations|governments|states|leaders|ministers|presidents|officials|"
               r"delegations|navies|armies|days|years|weeks|months)(?![a-z]))[a-z0-9-]+\s)")
_HI_NOUNS = (r"(?:समझौतों|समझौते|समझौता|दस्तावेज़ों|दस्तावेजों|दस्तावेज़|दस्तावेज|एमओयू|ज्ञापनों|ज्ञापन|सहमति-पत्रों|"
             r"संधियों|संधि|करारों|करार|प्रोटोकॉल|घोषणापत्र|घोषणा-पत्र)")
_HI_PLURALS = r"(?:समझौतों|दस्तावेज़ों|दस्तावेजों|एमओयू|ज्ञापनों|सहमति-पत्रों|संधियों|करारों|प्रोटोकॉलों|घोषणापत्रों)"
_HI_BETWEEN = r"(?:(?!(?:देशों|पक्षों|नेताओं|मंत्रियों|सरकारों|दिनों|सालों|वर्षों)(?!\S))\S+\s)"
_NUMBERS = {"two": 2, "three": 3, "दो": 2, "तीन": 3}

#: "two memoranda", "three treaties", "two more documents", "दो समझौता ज्ञापनों", "दो और दस्तावेज़ों", "दो समझौते"
_EN_COUNT = re.compile(r"(?<![a-z])(two|three)\s(more\s|further\s|other\s|additional\s)?(" + _EN_BETWEEN + r"{0,3}?)"
                       + _EN_PLURALS + r"(?![a-z])")
_HI_COUNT = re.compile(r"(?<!\S)(दो|तीन)\s(और\s)?(" + _HI_BETWEEN + r"{0,3}?)" + _HI_PLURALS + r"(?!\S)"
                       r"|(?<!\S)(दो|तीन)\s(और\s)?((?:(?:रक्षा|सैन्य|सुरक्षा|सहयोग)\s){0,2})(?:समझौते|दस्तावेज़|दस्तावेज)(?!\S)")
#: words that make a counted pair background ("two earlier agreements")
_NOT_NEW = re.compile(r"(?<![a-z])(?:earlier|previous|existing|former|prior|past|old|पुराने|पिछले|मौजूदा)(?![a-z])")

#: a second document the same verb signs ("and a declaration", "together with the cooperation plan", "and two letters")
_EN_JOINED = re.compile(r"(?<![a-z])(?:(?:(?:together|along)\swith|as\swell\sas|alongside)\s(?:also\s)?"
                        r"(?:a|an|the|its|their|(two|three))|and\s(?:also\s)?(?:a|an|(two|three)))\s"
                        r"(?:separate\s|second\s|further\s|additional\s|new\s)?"
                        r"(?:[a-z0-9'-]+\s){0,4}?" + _EN_NOUNS + r"(?![a-z])")
_HI_JOINED = re.compile(r"\sऔर\s(?:एक|(दो|तीन))\s(?:\S+\s){0,5}?" + _HI_NOUNS + r"(?!\S)")

#: a later sentence's other document signed at the act
_EN_ANOTHER = re.compile(
    r"(?<![a-z])(?:(?:also|separately|additionally)\s(?:[a-z]+\s)?(?:signed|inked|put\stheir\snames\sto|"
    r"witnessed\sthe\ssigning\sof)\s(?:a|an|two|three)\s"
    r"|signed\s(?:a\sseparate|a\ssecond|another)\s"
    r"|(?:alongside|besides|in\saddition\sto)\sthe\s[a-z-]+(?:\s[a-z-]+)?,\s(?:[a-z-]+\s){1,5}?signed\s(?:a|an)\s"
    r"|a\s(?:second|third)\s(?:document|agreement|memorandum|accord|text)\s(?:signed|inked)\s)")
_HI_ANOTHER = re.compile(r"(?<!\S)(?:एक|दो|तीन)\s(?:\S+\s){0,6}?" + _HI_NOUNS
                         + r"\s(?:पर|पत्र\sपर)\sभी\s(?:हस्ताक्षर|दस्तख़त|दस्तखत)")
#: what makes a further document a pact of the kind the article reports: a word of defence or security near its noun
#: (the labelled sets' writers code "a memorandum on defence cooperation" signed beside the first, not "a trade
#: agreement" or "an investment memorandum")
_SECURITY = re.compile(
    r"(?<![a-z])(?:defen[cs]e|military|security|armed|army|naval|navy|air\sforce|border|coast\sguard|strategic|"
    r"classified|arms|weapons?|troops|bases?|training|fighters?|jets|aircraft|missiles?|warships?|submarines?|"
    r"mutual\sassistance|alliance|peace|non-?aggression)(?![a-z])"
    r"|रक्षा|सैन्य|सुरक्षा|सेना|नौसेना|सामरिक|रणनीतिक|सीमा|तटरक्षक|हथियार|अड्डे|प्रशिक्षण|विमान|मिसाइल|शांति|गठबंधन")
#: a subject of a document not of defence, in a count's list ("three agreements - on defence, culture and education",
#: "three memorandums: on defence cooperation, on an oil and gas partnership, ..."): the number counts those too, and
#: the writers code only the defence ones, so such a count counts nothing (but "military education" is defence's)
_CIVIL = re.compile(
    r"(?<![a-z])(?:cultur(?:e|al)|education(?:al)?|trade|economic|economy|energy|oil|gas|health|tourism|agricultur\w*|"
    r"investment|science|scientific|transport|customs|sports?|media|youth)(?![a-z])"
    r"|संस्कृति|सांस्कृतिक|शिक्षा|व्यापार|आर्थिक|अर्थव्यवस्था|ऊर्जा|तेल|स्वास्थ्य|पर्यटन|कृषि|निवेश|विज्ञान|परिवहन|खेल")
#: how far after a further document's noun its subject is read ("a memorandum on cooperation in military medicine")
_SUBJECT = 90
_YEAR = re.compile(r"(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])")


def _of_security(low: str, m: re.Match, start: int, end: int) -> bool:
    """Whether the documents of match ``m`` (in the sentence ``[start, end)``) are about defence or security: a word of
    :data:`_SECURITY` in the match or in the :data:`_SUBJECT` characters after it (in Hindi, where the subject comes
    first, also in the 40 before)."""
    hindi = not m.group(0).isascii()
    return _SECURITY.search(low, max(start, m.start() - 40) if hindi else m.start(),
                            min(end, m.end() + _SUBJECT)) is not None


#: a word that makes the subject after it defence's ("military education", "defence trade")
_OF_ARMS = re.compile(r"(?:military|defen[cs]e|naval|army|armed\sforces|security|सैन्य|रक्षा|सेना)\s$")


def _civil(low: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` names a subject not of defence (:data:`_CIVIL`, not after :data:`_OF_ARMS`)."""
    return any(not _OF_ARMS.search(low, max(start, m.start() - 16), m.start())
               for m in _CIVIL.finditer(low, start, end))


def _counted(low: str, start: int, end: int) -> int:
    """The documents of defence or security a sentence counts (0: it gives no number, or counts documents of other
    subjects too, :data:`_CIVIL`)."""
    most = 0
    for pattern in (_EN_COUNT, _HI_COUNT):
        for m in pattern.finditer(low, start, end):
            number, more, between = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(4, 5, 6)
            if _NOT_NEW.search(between or "") or not _of_security(low, m, start, end) \
                    or _civil(low, m.start(), min(end, m.end() + _SUBJECT)):
                continue
            most = max(most, _NUMBERS[number] + (1 if more else 0))
    return most


def _joined(low: str, after: int, start: int, end: int) -> int:
    """The documents a sentence ``[start, end)`` joins to the first one as objects of the same verb (0: none): in
    English after the verb (at ``after``), in Hindi before it."""
    extra = 0
    for m in _EN_JOINED.finditer(low, after, end):
        number = m.group(1) or m.group(2)
        extra += (_NUMBERS[number] if number else 1) if _of_security(low, m, start, end) else 0
    for m in _HI_JOINED.finditer(low, start, end):
        extra += (_NUMBERS[m.group(1)] if m.group(1) else 1) if _of_security(low, m, start, end) else 0
    return extra


def _other_states(r: Any, i: int, parties: tuple[str, ...], on: Any) -> bool:
    """Whether sentence ``i`` names a state (on day ``on``) that is not one of the event's ``parties``."""
    return any(r._abbrev(c) not in parties for h in longest([h for h in r.by_sent.get(i, []) if h.cat == "S"])
               for c in r.pf.states_of(h, on))


def _later(r: Any, first: int, ev: Any, taken: set[int]) -> int:
    """The other documents the sentences after ``first`` tell signed at the event's act."""
    year = ev.date[:4] if ev.date else None
    on = r._day_or_anchor(ev.date)
    extra = 0
    for i in range(first + 1, len(r.spans)):
        if i in taken:
            continue
        start, end = r.spans[i]
        m = _EN_ANOTHER.search(r.low, start, end) or _HI_ANOTHER.search(r.low, start, end)
        if m is None or not _of_security(r.low, m, start, end):
            continue
        years = set(_YEAR.findall(r.low, start, end))
        if (years and years != {year}) or _other_states(r, i, ev.parties, on):
            continue
        extra += max(1, _counted(r.low, start, end))
    return extra


def _headline_count(r: Any, first: int, ev: Any) -> int:
    """The documents of defence or security a headline before the act's first sentence ``first`` counts ("India,
    Britain sign two defence documents", "ब्राज़ील और स्वीडन के बीच दो रक्षा समझौते"): a title line among the article's
    first (no full stop at its end) that names no state but the event's."""
    on = r._day_or_anchor(ev.date)
    most = 0
    for k in range(min(first, 11)):
        start, end = r.spans[k]
        if headline(r, SimpleNamespace(i=k, start=start, end=end)) and not _other_states(r, k, ev.parties, on):
            most = max(most, _counted(r.low, start, end))
    return most


#: a sentence after the act's that counts, among its documents, those of defence ("इनमें से दो समझौते सैन्य सहयोग से जुड़े
#: हैं", "Of these, two concern military cooperation")
_OF_THESE = re.compile(r"\s*(?:इनमें(?:\sसे)?|(?:of|among)\s(?:these|them|which)),?\s(?:\S+\s){0,2}?"
                       r"(दो|तीन|two|three)(?!\S)")


def _told_after(r: Any, first: int) -> int:
    """The documents of defence one of the two sentences after the act's (sentence ``first``) counts among its
    documents ("of these, two ..." with a word of defence in it); 0 if neither does."""
    for k in (first + 1, first + 2):
        if k >= len(r.spans):
            break
        start, end = r.spans[k]
        m = _OF_THESE.match(r.low, start, end)
        if m is not None and _SECURITY.search(r.low, start, end):
            return _NUMBERS[m.group(1)]
    return 0


def documents(r: Any, group: list, ev: Any, others: list[list]) -> int:
    """How many documents the act of ``ev`` (the event of candidates ``group``) covers, at most :data:`MOST`;
    ``others``: the other groups' candidates (their sentences are their own acts)."""
    if any(g[0].type == ev.type for g in others):  # the article's acts of this type read apart already
        return 1
    low = r.low
    sents = sorted({c.sentence.i: c for c in group}.values(), key=lambda c: c.sentence.i)
    counted = max((_counted(low, c.sentence.start, c.sentence.end) for c in sents), default=0)
    joined = max((_joined(low, c.trigger.end, c.sentence.start, c.sentence.end) for c in sents), default=0)
    n = max(counted, 1 + joined)
    if sents and ev.type == "signed":
        taken = {c.sentence.i for g in others for c in g} - {c.sentence.i for c in sents}
        n += _later(r, sents[0].sentence.i, ev, taken)
    if sents:  # (a headline's count is of every document of the act: not added to those the story counts)
        n = max(n, _headline_count(r, sents[0].sentence.i, ev), _told_after(r, sents[-1].sentence.i))
    return min(n, MOST)


def copies(r: Any, ev: Any, n: int) -> list:
    """``ev`` and ``n - 1`` copies of it, each kept or set aside as ``ev`` is (:attr:`unconfirmed`,
    :attr:`cooperation` of the reader ``r``)."""
    out = [ev]
    for _ in range(n - 1):
        other = replace(ev)
        if id(ev) in r.unconfirmed:
            r.unconfirmed.add(id(other))
        if id(ev) in r.cooperation:
            r.cooperation.add(id(other))
        out.append(other)
    return out
