"""Steps over an article's candidate events that concern one pact's steps (read by
:func:`casus.news.candidates.revised`).

* a signing that only describes the pact of a later step the article reports is none of its own: "The treaty was
  signed by Belgium, Canada, ..." in an article that reports its ratification (:func:`background_signings`);
* an undated signing beside a dated later step of an article's events is that step's background, whatever its
  voice: "The treaty, which the two foreign ministers signed in Moscow, entered into force on Monday"
  (:func:`undated_signings`);
* a ratification reported before the entry into force it led to is a step of that event: "The treaty came into
  force today. The Senate approved it on July 21" (:func:`earlier_steps`);
* a pact that takes effect on its signature ("The accord takes effect at once", "is to enter into force upon
  signature") reports no step of its own in an article that reports the signing, nor one whose present tense states
  its terms ("It enters into force on the date of the last notification") (:func:`on_signature`);
* one state's separate bilateral pacts with several others, signed together, are one pact each: "अमेरिका ने
  पाकिस्तान, ईरान और तुर्की के साथ तीन अलग-अलग द्विपक्षीय समझौतों पर हस्ताक्षर किए", "Peru signed bilateral defence
  agreements with Chile, Bolivia and Ecuador" (:func:`separate_pacts`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .clauses import PACT_NOUN
from .cues import _W0, _W1, _is_dev
from .parties import longest
from .text import word_end

__all__ = ["step_candidates", "background_signings", "undated_signings", "earlier_steps", "on_signature",
           "separate_pacts", "LATER", "ERGATIVE"]

#: A signing in the passive with the pact as its subject: "The treaty was signed by ...", "was drawn up at the
#: conference and signed by", "(aid that ended) when the treaty was signed".
_PASSIVE_SIGNING = re.compile(rf"{_W0}(?:the|this|that)\s(?:[^\s,.;:]+\s){{0,3}}?{PACT_NOUN}\s(?:was|were|had\sbeen)\s"
                              r"(?:[^.;]{0,120}?\sand\s)?(?:[a-z]+ly\s)?$")

#: event types that report a later step of a pact (its parties are the pact's, but for the subject types)
LATER = ("ratified", "entered_into_force", "joined", "withdrew", "suspended", "invoked", "declined")

_PACT_PARTIES = ("ratified", "entered_into_force")

def background_signings(low: str, cands: list) -> list:
    """The candidates without the signings that only describe the pact of another step the article reports: an
    undated passive signing, or one dated before that step ("The treaty was signed by Belgium, Canada, ...", "The
    Egyptian-Jordanian treaty was concluded on May 30") in an article that reports the pact's
    ratification, entry into force, an accession, a withdrawal or an invocation (its parties become those of a
    ratification or entry into force that names fewer); and an announcement that names no party there, the
    earlier step of the same act ("completes a step announced on October 8 by the Prime Minister")."""
    later = [c for c in cands if c.type in LATER]
    if not later:
        return cands
    out = []
    for c in cands:
        h = c.trigger
        if c.type == "announced" and not c.parties:
            continue  # "The move completes a step announced on October 8 by the Prime Minister": the same step
        if c.type == "signed" and (c.date_rank >= 3 or _earlier(c, later)) and _PASSIVE_SIGNING.search(
                low, max(c.sentence.start, h.start - 200), h.start):
            for o in later:
                if o.type in _PACT_PARTIES and len(o.parties) < len(c.parties):
                    o.parties[:] = list(dict.fromkeys(o.parties + c.parties))
            continue
        out.append(c)
    return out


def _earlier(c: Any, later: list) -> bool:
    """Whether signing ``c`` is dated before a later step's day ("The treaty was concluded on May 30" in an article
    reporting an accession of June 4): the pact's description."""
    return c.date is not None and any(o.date is not None and len(o.date) == len(c.date) and c.date < o.date
                                      for o in later)


def earlier_steps(cands: list) -> list:
    """The candidates without the ratifications that are steps towards an entry into force the article reports:
    of some of its states (or naming none; "Bulgaria ... ratified the treaty on May 28"), dated before it or
    undated."""
    force = [c for c in cands if c.type == "entered_into_force" and c.date]
    if not force:
        return cands

    def step(c) -> bool:
        return c.type == "ratified" and any(
            (not c.parties or set(c.parties) & set(f.parties)) and (not c.date or c.date < f.date) for f in force)

    return [c for c in cands if not step(c)]

#: Right after an entry into force: at once, immediately, on (its) signature / signing, on the day of signature.
_AT_SIGNATURE = re.compile(
    rf"\s?(?:at\sonce|immediately|forthwith|(?:up)?on\s(?:its\s|their\s)?(?:signature|signing)|"
    rf"(?:on|from)\sthe\s(?:day|date)\sof\s(?:its\s)?(?:signature|signing)){_W1}")


#: Right after an entry into force in the present or future tense, the terms on which it comes: "(it enters into
#: force) on the date of the last written notification", "upon the exchange of", "once both have ratified it",
#: "thirty days after ..."
_ON_TERMS = re.compile(
    r"\s?(?:only\s)?(?:(?:on|from)\s(?:the\s)?(?:date|day)\s(?:of|on\swhich|when|that)|upon|once|when|after|following|"
    r"as\ssoon\sas|(?:[a-z0-9-]+\s)?(?:days?|weeks?|months?)\s(?:after|following|from)|(?:on|from)\sthe\s[a-z0-9-]+"
    r"(?:th|st|nd|rd)\sday)(?![a-z])")


def on_signature(low: str, cands: list) -> list:
    """The candidates without an entry into force "at once" / "on signature" when a signing is among them, nor one
    whose present or future tense states the terms it comes on ("enters into force on the date of the last
    notification": the pact's provision, not an event)."""
    # (not a headline's present, which tells a past event: "Pact enters into force after Senate vote")
    cands = [c for c in cands if not (c.type == "entered_into_force" and c.tense in ("present", "future")
                                      and c.sentence.i > 0 and _ON_TERMS.match(low, c.trigger.end, c.sentence.end))]
    if not any(c.type == "signed" for c in cands):
        return cands
    return [c for c in cands if not (c.type == "entered_into_force"
                                     and _AT_SIGNATURE.match(low, c.trigger.end, c.sentence.end))]


#: English pact nouns in the plural: "agreements", "declarations" ("signed security assurance declarations with
#: Sweden and Finland"), "memoranda"
_PLURAL_EN = r"agreements|treaties|pacts|accords|declarations|deals|memoranda|memorandums|arrangements"

#: Separate pacts in English: "separate defence agreements", "bilateral security agreements", "three individual
#: treaties" (a plural pact noun)
_SEPARATE_EN = (rf"|{_W0}(?:separate|bilateral|individual)\s(?:[^\s,.;:]+\s){{0,2}}?"
               rf"(?:{_PLURAL_EN}){_W1}")

#: Separate bilateral pacts: "तीन अलग-अलग (द्विपक्षीय) समझौतों", "separate bilateral agreements"
_SEPARATE = re.compile(rf"{_W0}(?:अलग\sअलग|पृथक)\s(?:\S+\s){{0,3}}?(?:समझौतों|संधियों|करारों){_W1}{_SEPARATE_EN}")

#: the ergative after a subject ("अमेरिका ने", "अमेरिकी सरकार ने"): the one state that signs them all, the one that leaves
ERGATIVE = re.compile(r"\s?(?:(?:सरकार|प्रशासन)\s)?ने(?![\u0900-\u0963\u0966-\u097f])")


#: One state's pacts, plural, with others: "समझौतों", "संधियों", "समझौते ... लागू हो गए" (a plural verb, not "पर"),
#: "non-aggression pacts", "agreements" (English: the "with" list names the others)
_PLURAL_PACTS = re.compile(
    rf"{_W0}(?:समझौतों|संधियों|संधियाँ|संधियां|करारों|(?:समझौते|करार)\s(?:(?!पर\s)[^\s।,]+\s){{0,4}}?"
    rf"(?:हो\sगए|हो\sगये|आए|आये|हुए)|{_PLURAL_EN}){_W1}")

#: One pact among all: "a joint treaty", "त्रिपक्षीय संधि"
_ONE_AMONG_ALL = re.compile(rf"{_W0}(?:joint|trilateral|tripartite|multilateral|त्रिपक्षीय|बहुपक्षीय|संयुक्त){_W1}")

#: What joins the states of a "with" list: "A, B and C", "A और B", "A तथा B"
_LIST_GAP = re.compile(r"\s?(?:,\s?)?(?:(?:and|और|तथा|एवं)\s)?(?:the\s)?")

_HI_WITH = re.compile(r"\s?के\sसाथ(?![\u0900-\u0963\u0966-\u097f])")
#: ... or with their forces or governments: "with the armed forces of the United States, Australia and Britain"
_EN_WITH = re.compile(r"(?<![a-z])with\s(?:the\s)?(?:(?:armed\sforces|forces|militaries|navies|governments)\sof\s"
                      r"(?:the\s)?)?\Z")


#: a "with" that names no partner: "along with Japan", "together with France", "in line with Britain"
_NOT_PARTNER = re.compile(r"(?:along|together|in\sline|in\sstep|in\standem|coupled)\swith\s(?:the\s)?\Z")


def _with_lists(low: str, sent: Any, states_of) -> list[set[int]]:
    """The states of each "with" list of ``sent``, a list of one state included: "with Estonia and Latvia",
    "एस्टोनिया और लातविया के साथ", "with Kenya"."""
    hits = sorted(longest(sent.cats("S")), key=lambda x: x.start)
    out: list[set[int]] = []
    for k, x in enumerate(hits):
        # back over the list before "के साथ"
        if _is_dev(x.key) and _HI_WITH.match(low, x.end, word_end(low, x.end + 12)):
            run = [x]
            while k > 0 and _LIST_GAP.fullmatch(low[hits[k - 1].end:run[0].start]):
                k -= 1
                run.insert(0, hits[k])
        elif (not _is_dev(x.key) and _EN_WITH.search(low, max(0, x.start - 36), x.start)
              and not _NOT_PARTNER.search(low, max(0, x.start - 36), x.start)):
            run = [x]
            j = k
            while j + 1 < len(hits) and _LIST_GAP.fullmatch(low[run[-1].end:hits[j + 1].start]):
                j += 1
                run.append(hits[j])
        else:
            continue
        out.append({st for y in run for st in states_of(y)})
    return out


def _with_partners(lists: list[set[int]]) -> set[int]:
    """The states a sentence's "with" lists (:func:`_with_lists`) name, if two or more: "with Estonia and Latvia",
    "a defence agreement with Kenya and a financial one with Tajikistan", "one with Chile and one with Suriname"."""
    named = set().union(*lists)
    return named if len(named) >= 2 else set()


#: Several states each making a pact with one: "Canada and Italy each signed a security agreement with Ukraine"
_EACH = re.compile(r"(?<![a-z])each\s(?:(?:have|has|had|also|separately|formally)\s)*\Z")
#: Pacts counted, the verb's object: "approved two agreements", "ratified the three treaties"
_COUNTED = re.compile(rf"{_W0}(?:two|three|four|five|six)\s(?:[^\s,.;:]+\s){{0,3}}?(?:{_PLURAL_EN}){_W1}")


def _subject_state(c: Any, states_of) -> int | None:
    """The one state of ``c``'s parties named before its English verb (its subject), or None."""
    before = list(dict.fromkeys(st for x in c.sentence.cats("S") if x.end <= c.trigger.start
                                for st in states_of(x) if st in c.parties))
    return before[0] if len(before) == 1 else None


_SPLIT_TYPES = ("signed", "ratified", "entered_into_force")


def _own_state(low: str, c: Any, states_of) -> int | None:
    """The one state of ``c``'s separate bilateral pacts with each of its other parties, or None."""
    s = c.sentence
    if c.type not in _SPLIT_TYPES or len(c.parties) < 3:
        return None
    if c.type == "signed" and _SEPARATE.search(low, s.start, s.end):
        subject = [x for x in s.cats("S") if ERGATIVE.match(low, x.end, word_end(low, x.end + 14))
                   or (not _is_dev(c.trigger.key) and x.end <= c.trigger.start)]
        own = list(dict.fromkeys(st for x in subject for st in states_of(x) if st in c.parties))
        if len(own) == 1:
            return own[0]
    if _ONE_AMONG_ALL.search(low, s.start, s.end):
        return None
    lists = _with_lists(low, s, states_of)
    if not _is_dev(c.trigger.key):
        if _EACH.search(low, max(s.start, c.trigger.start - 40), c.trigger.start):
            # "Canada and Italy each signed ... with Ukraine": the one state of the "with" list
            one = set().union(*lists) & set(c.parties)
            if len(one) == 1:
                return one.pop()
        if _COUNTED.search(low, c.trigger.end, s.end) and (one_state := _subject_state(c, states_of)) is not None:
            return one_state  # "Japan's upper house approved two agreements ... of France and Canada"
    # a pact with each state of a plural's "with" list, or each with its own "with": "a defence agreement with Kenya
    # and a financial cooperation agreement with Tajikistan"
    if not (_PLURAL_PACTS.search(low, s.start, s.end) or len(lists) >= 2):
        return None
    partners = _with_partners(lists)
    rest = [p for p in c.parties if p not in partners]
    return rest[0] if len(rest) == 1 and len(c.parties) - 1 >= 2 else None


def separate_pacts(low: str, cands: list, states_of) -> list:
    """The candidates with a step of separate bilateral pacts split, one per partner: the state named with the
    ergative (in English, before the verb) signs separate pacts with each of the others; one state's pacts (plural)
    with a "with" list of others are one pact each ("एस्टोनिया और लातविया के साथ जर्मनी के अनाक्रमण समझौते लागू हो
    गए", "Germany's non-aggression pacts with Estonia and Latvia"), unless the text says one pact among all ("a
    joint treaty"); ``states_of(hit)``: the states a hit names.  Another candidate of the same type naming two or
    more of the same states (a headline's, "the presidents of Lithuania and Estonia signed") is split the same way."""
    split: dict[str, tuple[frozenset, int]] = {}
    for c in cands:
        own = _own_state(low, c, states_of)
        if own is not None and c.type not in split:
            split[c.type] = (frozenset(c.parties), own)
    if not split:
        return cands
    out = []
    for c in cands:
        every, own_state = split.get(c.type, (frozenset(), None))
        partners = [p for p in c.parties if p != own_state]
        if own_state is None or len(partners) < 2 or not set(c.parties) <= every:
            out.append(c)
            continue
        out.extend(replace(c, parties=[own_state, p], separate=True) for p in partners)
    return out


def step_candidates(low: str, cands: list, states_of) -> list:
    """The candidates without the signings that only describe a later step's pact
    (:func:`background_signings`) and the ratifications that led to a reported entry into force
    (:func:`earlier_steps`) and the entries into force at signature
    (:func:`on_signature`), separate bilateral pacts split (:func:`separate_pacts`)."""
    return separate_pacts(low, on_signature(low, earlier_steps(background_signings(low, cands))), states_of)


def undated_signings(events: list) -> list:
    """The events without an undated signing when another event of the article is a dated later step (:data:`LATER`:
    a ratification, an entry into force, an accession, a withdrawal, an invocation): the signing the article tells
    without its day is the background of that step (the convention of the evaluation sets: only the article's news
    is an event)."""
    if not any(e.date and e.type in LATER for e in events):
        return events
    return [e for e in events if not (e.type == "signed" and not e.date)]
