"""Military help asked of a state: "Niger's interim president has formally asked Algeria for military assistance",
"asked Australia and New Zealand for troops", "सीरिया ने रूस से सैन्य मदद की अपील की" report an invocation by the
state that asks, though the sentence names no pact (the writers of the labelled sets code it so; its kind is then
unknown, None, unless a pact is named, as most of them code it). Only military help, troops, an armed intervention or
arms count (not aid, loans or help in general), and only a request said made (not one considered, denied or to come).

The request may also be named as a noun ("a request from Finland for troops", "the Finnish plea for troops": the
request's day untold), with its refusal where the sentence refuses it ("turned down a request from ...", "... and was
turned down": a ``declined`` of the state that asked); or as the ground of a step ("sending troops at the request of the
Solomon Islands government", "at Malaysia's request", "लीबिया की सरकार के अनुरोध पर ... बम बरसाए", a pact's meeting
held at a state's request), not a step that ends or puts off something at the request.
(A step of :func:`casus.news.candidates.revised`.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .cues import added_per_sentence, hindi_sentence, search_by_script, undone_before
from .index import Hit
from .parties import longest

__all__ = ["help_requested"]

#: what is asked for: military help, troops, an armed intervention, arms, help against an enemy
_EN_HELP = (
    r"(?:for|to\ssend)\s(?:(?:urgent|immediate|formal|emergency|direct|its|their|more|foreign|outside|international)\s)?"
    r"(?:(?:military|armed|security)\s(?:help|assistance|aid|support|intervention)|(?:more\s)?troops|"
    # ... or arms: "asked Moscow for fighter jets", "requested helicopters and weapons from"
    r"reinforcements|soldiers|weapons|arms|helicopters|warplanes|fighter\s(?:jets|aircraft|planes)"
    # ... or arms by their names: "asked Israel for Phantom and Skyhawk jets"
    r"|(?:[a-z0-9-]+\s(?:and\s)?){0,3}?(?:jets|fighters|bombers|tanks|missiles|warships|gunboats)"
    # ... or help against an enemy: "asked the Allies for help against Turkey"
    r"|(?:help|aid|assistance|support|protection)\sagainst)(?![a-z])")
#: "(has formally) asked Algeria for military assistance", "requested troops from", "appealed to Australia for
#: an armed intervention"
_EN = re.compile(
    r"(?<![a-z])(?P<v>asked|asks|requested|requests|appealed\sto|appeals\sto|urged|urges|pressed|pressing)\s"
    rf"(?:[^\s.;:!?]+\s){{0,5}}?{_EN_HELP}")
#: the request as a noun, its author after "from" or an adjective before it: "a request from Finland for direct
#: military assistance", "the Finnish plea for troops" (the state that asks is the author)
_EN_NOUN = re.compile(rf"(?<![a-z])(?P<n>request|requests|appeal|appeals|plea|pleas)\s(?:(?:from|by)\s"
                      rf"(?P<who>(?:[^\s.;:!?]+\s){{1,5}}?))?{_EN_HELP}")
#: a refusal of the request just before it: "turned down a request from", "says no to the Finnish plea"
_EN_REFUSED = re.compile(r"(?<![a-z])(?:turned\sdown|turns\sdown|rejected|rejects|refused|refuses|rebuffed|rebuffs|"
                         r"declined|declines|denied|denies|says\sno\sto|said\sno\sto)\s(?:[a-z'-]+\s){0,3}$")
#: "रूस से सैन्य मदद की अपील की", "सैन्य हस्तक्षेप का अनुरोध किया", "सैन्य सहायता माँगी", "सेना भेजने की अपील की"
_HI = re.compile(
    r"(?:सैन्य\s(?:मदद|सहायता|हस्तक्षेप)|फौजी\s(?:मदद|सहायता)|(?:सेना|सैनिक|सैनिकों|फौज)\s(?:[^\s।,]+\s)?भेजने"
    # ... or arms: "सोवियत संघ से मिग लड़ाकू विमान मांगे", "हथियार मांगे"
    r"|लडाकू\s(?:विमान|विमानों|जेट)|हथियार|हेलिकॉप्टर|हेलीकॉप्टर"
    # ... or help against an enemy: "तुर्की के खिलाफ मदद मांगी"
    r"|(?:के\sखिलाफ|के\sविरुद्ध)\s(?:मदद|सहायता))\s"
    r"(?:(?:की|का)\s(?:खुली\s|तत्काल\s|औपचारिक\s)?(?P<v>(?:अपील|गुहार|मांग|माँग|अनुरोध|दरख्वास्त)\s(?:की|किया|लगाई|लगाया))"
    r"|(?P<v2>मांगी|माँगी|मांगा|माँगा|मांगे))(?![^\s।॥,;:.!?])"
    # ... the verb first, as a headline puts it: "फ्रांस से मांगी सैन्य मदद"
    r"|(?P<v3>मांगी|माँगी|मांगा|माँगा)\s(?:सैन्य|फौजी)\s(?:मदद|सहायता)(?![^\s।॥,;:.!?])")
#: the doer in Hindi: the state, or its government or army, then the ergative ("चाड की नई सरकार ने", "नाइजर ने")
_HI_DOER = re.compile(r"(?:\s(?:की|में|के))?(?:\s[^\s।,]+){0,2}?\sने(?![\u0900-\u0963\u0966-\u097f])"
                      # ... or its office, named by its holder: "साइप्रस के राष्ट्रपति आर्चबिशप मकारियोस ने", "नाइजीरिया की
                      # संघीय सैन्य सरकार के प्रमुख जनरल याकुबु गोवोन ने"
                      r"|\s(?:की|के)(?:\s[^\s।,]+){0,3}?\s(?:सरकार|राष्ट्रपति|प्रधानमंत्री|प्रमुख|शासक|सुल्तान|राजा|"
                      r"विदेश\sमंत्री)(?:\s[^\s।,]+){0,5}?\sने(?![\u0900-\u0963\u0966-\u097f])")
#: not made: denied, considered, conditional, to come, or made again and again before ("has not asked", "may ask",
#: "plans to request", "has repeatedly asked")
_NOT_DONE = undone_before(r"plans?\sto|considering|to|repeatedly|long|previously", 2)
#: a determiner or an adjective before "requests" or "asks": the noun ("the Cambodian requests for arms")
_NOUN_BEFORE = re.compile(r"(?<![a-z])(?:the|its|their|his|her|these|those|such|[a-z]+(?:ian|ese|ish|i|'s))\s$")
_HI_NOT_DONE = re.compile(r"\s?(?:नहीं|थी|था|थे|सकता|सकती|सकते)")
#: a state after a preposition is not the subject ("the rebels' advance on Mali", "troops from Guinea")
_PREPOSITION = re.compile(r"(?<![a-z])(?:from|to|of|by|in|on|with|against|into|for)\s(?:the\s)?$")
#: ... unless it is the state of the office that asks ("President Azcona of Honduras", "the prime minister of the
#: Central African Republic")
_OFFICE_OF = re.compile(r"(?<![a-z])(?:president|prime\sminister|premier|government|king|queen|sultan|emir|leader|"
                        r"ruler|junta|regime|foreign\sminister|head\sof\sstate)\s(?:[a-z.'-]+\s){0,4}?of\s(?:the\s)?$")
#: a clause between the state and the request: the state is not its subject ("Guinea ... after the president
#: appealed", "states that have asked")
_CLAUSE = re.compile(r"(?<![a-z])(?:after|who|which|that|when|while|said|says|because|as|since)(?![a-z])")
_GATE = ("asked", "asks", "request", "appeal", "urge", "press", "सैन्य", "फौजी", "भेजने", "विमान", "हथियार", "कॉप्टर",
         "खिलाफ", "विरुद्ध")


def help_requested(r: Any, sentences: list, cands: list) -> list:
    """``cands`` and an invocation for each sentence without a candidate that reports military help asked of a
    state (and its refusal, where the sentence refuses the request it names)."""
    if any(c.type in ("invoked", "declined") for c in cands):
        return cands  # the article's invocation is found: a request for help beside it tells of the same one
    out = added_per_sentence(r, sentences, cands, _GATE, _request)
    out += [d for c in out[len(cands):] if (d := _refused_after(r, c)) is not None]
    done = {c.sentence.i for c in out}
    for sent in sentences:
        if sent.i in done:
            continue
        seg = r.low[sent.start:sent.end]
        noun = [] if hindi_sentence(r.low, sent.start, sent.end) or not any(g in seg for g in _NOUN_GATE) \
            else _noun_request(r, sent)
        at = None if noun or not any(g in seg for g in _AT_GATE) else _at_request(r, sent)
        out.extend([*noun, *([at] if at is not None else [])])
    return out


#: a refusal of the request told after it in its sentence: "asked Israel for jets ... and was turned down"
_EN_REFUSED_AFTER = re.compile(r"(?<![a-z])(?:was|were|had\sbeen|has\sbeen)\s(?:turned\sdown|refused|rebuffed|rejected|"
                               r"denied)(?![a-z])")


def _refused_after(r: Any, c: Any) -> Any:
    """The refusal of the request ``c`` (a candidate of :func:`_request`) its own sentence tells after it, as a
    ``declined`` candidate of the same state; None if none."""
    sent = c.sentence
    m = _EN_REFUSED_AFTER.search(r.low, c.trigger.end, sent.end)
    if m is None:
        return None
    h = Hit(m.start(), m.end(), "I", ("declined", "past"), "", m.group())
    d = r._build(sent, "declined", h, "past")
    return replace(d, parties=c.parties, alliance=True) if d is not None else None


#: the words an English request as a noun needs, and those a step at a request needs
_NOUN_GATE = ("request", "appeal", "plea")
_AT_GATE = ("request", "अनुरोध", "आग्रह", "निवेदन", "गुजारिश")
#: a step taken at a state's request: "at the request of the Solomon Islands government", "at Malaysia's request",
#: "agreed to Malaysia's request that", "लीबिया की एकता सरकार के अनुरोध पर"
_AT_REQUEST_EN = re.compile(
    r"(?<![a-z])(?P<n>(?:at|on|following|after|in\sresponse\sto)\s(?:the\s|a\s)?(?:formal\s|written\s|urgent\s|official\s)?"
    r"request\sof)\s(?P<who>(?:[^\s.;:!?,]+\s){0,3}[^\s.;:!?,]+)(?=[\s,.;:!?]|$)"
    r"|(?<![a-z])(?:at|on|following|after|to|accepted|granted|answered|met)\s(?P<who2>(?:[^\s.;:!?,]+\s){0,3}?[a-z]+)(?:'s|')\s"
    r"(?P<n2>(?:formal\s|written\s|urgent\s|official\s)?request)(?![a-z])")
_AT_REQUEST_HI = re.compile(r"(?P<n>के\s(?:औपचारिक\s)?(?:अनुरोध|आग्रह|निवेदन|गुजारिश)\sपर)(?![\u0900-\u0963\u0966-\u097f])")
#: what is done at the request: forces sent or used, or a pact's meeting ("a session of the Arab League")
_MILITARY_EN = re.compile(r"(?<![a-z])(?:troops|soldiers|forces|squadron|warships|jets|paratroopers|battalion|"
                          r"warplanes|marines|military|naval|reinforcements|air\s?strikes|bombing|typhoons)(?![a-z])")
_MILITARY_HI = re.compile(r"(?:सैनिक|सैनिकों|सेना|सेनाएं|फौज|बम|हवाई\sहमले|लडाकू|युद्धपोत|पैराट्रूपर)"
                          r"(?![\u0900-\u0963\u0966-\u097f])")
#: the Hindi past perfect after the request: an earlier step ("... के अनुरोध पर ... मंज़ूरी दी थी")
_HI_PERFECT_AFTER = re.compile(r"(?<![\u0900-\u0963\u0966-\u097f])(?:थी|था|थे)(?![\u0900-\u0963\u0966-\u097f])")
#: a meeting held at the request (with a pact named in the sentence)
_MEETING = re.compile(r"(?<![a-z])(?:meeting|session|summit|consultations)(?![a-z])")
#: ... but not forces withdrawn, a step ended or a meeting put off at the request ("will discontinue its training at the
#: request of", "सऊदी अरब के अनुरोध पर ... बैठक स्थगित")
_ENDED = re.compile(r"(?<![a-z])(?:discontinu\w*|end|ends|ended|ending|withdr(?:aw|aws|ew|awn|awing)|pull\w*\sout|"
                    r"leave|left|suspend\w*|halt\w*|stop\w*|postpon\w*|cancel\w*|delay\w*)(?![a-z])"
                    r"|(?:वापस|हटा|हटाने|समाप्त|खत्म|स्थगित|टाल|टली|टला|टले|रद्द)")


def _states_within(r: Any, sent: Any, lo: int, hi: int) -> list[int]:
    """Every state ``sent`` names within ``[lo, hi)``, whatever its role there (a request's author may stand after
    "from" or in the genitive, where the subject rules would read a place)."""
    on = r._day_or_anchor(None)
    return [s for x in longest(sent.cats("S")) if lo <= x.start and x.end <= hi for s in r.pf.states_of(x, on)]


def _noun_request(r: Any, sent: Any) -> list:
    """The invocation of a request for military help named as a noun ("a request from Finland for direct military
    assistance"), its author the state after "from" or the adjective before it; and its refusal, where the sentence
    refuses it ("has turned down a request from Finland for troops"): [] if none."""
    m = _EN_NOUN.search(r.low, sent.start, sent.end)
    if m is None:
        return []
    at, end = m.span("n")
    before = max(sent.start, at - 40)
    if _NOT_DONE.search(r.low, before, at):
        return []
    if m.group("who") is not None:  # the author after "from"
        lo, hi = m.span("who")
    else:  # ... or the adjective just before: "the Finnish plea"
        lo, hi = max(sent.start, at - 24), at
    authors = _states_within(r, sent, lo, hi)  # (the state after "from" is the author, not a place)
    if not authors:
        return []
    out = []
    h = Hit(at, end, "I", ("invoked", "past"), "", r.low[at:end])
    c = r._build(sent, "invoked", h, "past")
    if c is not None:
        # (the request named is an earlier act than the one reported: its day is not told)
        out.append(replace(c, parties=list(dict.fromkeys(authors)), alliance=True, date=None,
                           basis="a request named, not its day"))
    refused = _EN_REFUSED.search(r.low, before, at if m.group("who") is not None else lo)
    if refused is not None and out:
        hr = Hit(refused.start(), refused.end(), "I", ("declined", "past"), "", refused.group())
        d = r._build(sent, "declined", hr, "past")
        if d is not None:
            out.append(replace(d, parties=out[0].parties, alliance=True))
    return out


def _at_request(r: Any, sent: Any) -> Any:
    """The invocation of a state at whose request forces are sent or used, or a pact's meeting is held ("Australia is
    sending troops at the request of the Solomon Islands government", "लीबिया की सरकार के अनुरोध पर अमेरिका ने ... बम
    बरसाए"): its author the state named with the request, its day untold; None if none."""
    low = r.low
    hindi = hindi_sentence(low, sent.start, sent.end)
    m = (_AT_REQUEST_HI if hindi else _AT_REQUEST_EN).search(low, sent.start, sent.end)
    if m is None or _ENDED.search(low, sent.start, sent.end) or not (
            (_MILITARY_HI if hindi else _MILITARY_EN).search(low, sent.start, sent.end)
            or not hindi and sent.has("P") and _MEETING.search(low, sent.start, sent.end)):
        return None
    name = "n" if m.group("n") is not None else "n2"
    at, end = m.span(name)
    if hindi and _HI_PERFECT_AFTER.search(low, end, sent.end):
        return None  # "... के अनुरोध पर इस मिशन को मंज़ूरी दी थी": an earlier step
    if hindi:  # the author in the genitive just before: "लीबिया की (एकता) सरकार के अनुरोध पर"
        lo, hi = max(sent.start, at - 40), at
    else:
        lo, hi = m.span("who") if name == "n" else m.span("who2")
    authors = _states_within(r, sent, lo, hi)
    if hindi and authors:
        authors = authors[-1:]  # (the nearest genitive: "अमेरिका ने लीबिया के अनुरोध पर")
    if not authors:
        return None
    h = Hit(at, end, "I", ("invoked", "past"), "", low[at:end])
    c = r._build(sent, "invoked", h, "past")
    if c is None:
        return None
    return replace(c, parties=list(dict.fromkeys(authors)), alliance=True, date=None,
                   basis="a step taken at the state's request, the request's day not told")


def _request(r: Any, sent: Any) -> Any:
    m = search_by_script(r.low, sent, _HI, _EN)  # (its only capturing groups are the verbs)
    hindi = m is not None and m.re is _HI
    if m is None:
        return None
    verb = m.lastgroup or "v"
    at, end = m.span(verb)
    if hindi and _HI_NOT_DONE.match(r.low, end):
        return None  # "मदद माँगी थी": an earlier request; "नहीं": none
    before = max(sent.start, at - 30)
    if not hindi and (_NOT_DONE.search(r.low, before, at)
                      or m.group(verb) in ("requests", "asks") and _NOUN_BEFORE.search(r.low, before, at)):
        return None  # not made; "the Cambodian requests for arms": the noun
    tense = "present" if m.group(verb) in ("asks", "requests", "appeals to") else "past"
    h = Hit(at, end, "I", ("invoked", tense), "", r.low[at:end])
    c = r._build(sent, "invoked", h, tense)
    if c is None:
        return None
    # the state that asks: the subject before the request (Hindi's ergative "ने", after the state's government or army
    # at most), not one after a preposition
    if hindi:  # (every state named: "चाड में नई सरकार ने", the state in the locative, is the doer's)
        on = r._day_or_anchor(None)
        parties = list(dict.fromkeys(s for x in longest(sent.cats("S")) if x.end <= at
                                     and _HI_DOER.match(r.low, x.end, at) is not None for s in r.pf.states_of(x, on)))
    else:
        asking = {s for x, s in r._party_hits(sent, None)
                  if x.end <= at and (not _PREPOSITION.search(r.low, max(sent.start, x.start - 9), x.start)
                                      or _OFFICE_OF.search(r.low, max(sent.start, x.start - 60), x.start))
                  and not _CLAUSE.search(r.low, x.end, at)}
        parties = [p for p in c.parties if p in asking]
    return replace(c, parties=parties, alliance=True) if parties else None
