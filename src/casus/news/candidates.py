"""Steps over an article's candidate events, once they are read sentence by sentence (read by
:mod:`casus.news.extract`, :func:`revised`).

Of one pact's steps: see :mod:`casus.news.pact_steps` (:func:`step_candidates`).

Of the clauses around them:

* a second pact an "after" clause reports with its own signing and its own day is an event of its own: "..., after
  a political agreement with France signed in Paris on February 19" (:func:`after_pacts`);
* the signing of a protocol of a state's adherence or accession is that state's accession: "the protocol of
  Spain's adherence was signed at Burgos"; the signing of a protocol by states the article reports joining, or of
  "the protocol of accession" by the pact's members and the joiner, is their accession's, and a protocol of the pact
  a joining or leaving names is that step's (no signing of its own);
* a Hindi verb negated by "न" before its object ("न युद्धविराम या शांति संधि करेगा": nor conclude a peace) reports
  nothing, and raising relations to a partnership's level is no pact ("संबंधों को रणनीतिक साझेदारी के स्तर पर ले
  जाने का ऐलान", "elevated ties to a strategic partnership").

Of a retrospective: see :mod:`casus.news.retrospectives` (:func:`retrospectives`).

Of a group of states counted, not named ("Eight nations signed the Southeast Asia Collective Defense Treaty", "the
Soviet Union and seven East European states", "आठ देशों ने ... संधि पर हस्ताक्षर किए"): its states are those a sentence
lists as the pact's parties ("The parties are ..."), if it lists as many; else, for a pact the corpus knows (named,
or for a signing one it dates to that day), the states that signed it on its day of signature, if they are as many
and the signing's date (if any) is that day; else, for a later step (a dissolution: "the six remaining members of
the Warsaw Pact today signed a protocol terminating the treaty", "दस सदस्य देशों ने संधि को ख़त्म करने का ऐलान किया"),
its members on the eve of the step's day, if as many; else the event keeps the states it names (none: no event)
(:func:`counted_groups`).

Of a state's signature of an existing multilateral pact: its accession ("The Bahamas yesterday signed the
Inter-American Treaty of Reciprocal Assistance", "Ecuador today put its signature to the Rio pact"): a signing of a
corpus pact of three or more original signatories (named as the verb's object: in Hindi the pact named last before the
verb, or the article's pact for a pronoun, "निकारागुआ ने ... इस पर दस्तख़त किए"), dated over half a year after the
pact's own signing day, with one state that is none of them, is that state's joining (the originals it names,
"WASHINGTON" for the United States, are no parties of it), as is another signing of that state alone or of no state
it names; such a signing that names no state of its own ("Georgia signs CIS collective security treaty": the joiner
unread) is no signing of the pact's earlier members (:func:`accessions`).

Of Hindi's light verbs and of joining:

* a feminine pact and Hindi's bare light verb at the clause's end is a pact concluded: "सोवियत संघ और मंगोलिया ने ...
  नई संधि की।" (the bare "की" is otherwise the genitive: read only there), as is a quoted pact name and the light
  verb after the quote ("... के बीच 'सामरिक पारस्परिक रक्षा समझौता' हुआ।");
* Hindi "पुष्टि" (confirmation) is a ratification only by a legislature ("रूस की संसद ने ... संधि की पुष्टि कर दी");
  a war joined is no pact joined ("लड़ाई में शामिल हो गया", "joined the war": under a pact, its invocation); a Hindi
  state named with the genitive before the subject of a leaving is none of its parties ("तुर्की की सैन्य कार्रवाई
  से नाराज़ यूनान ने").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from .clauses import PACT_NOUN
from .cues import _W0, _W1, HI_LEGISLATURES, _is_dev
from .date_context import names_period
from .help_requests import help_requested
from .index import Hit
from .lexicon10 import HI_CONFIRM
from .member_suspensions import members_suspended
from .mission_withdrawals import withdrawals_from_missions
from .pact_ends import pacts_ended
from .pact_steps import ERGATIVE, LATER, step_candidates
from .parties import (
    AFTER_CLAUSE,
    group_count,
    listed_parties,
    members_on,
    original_signatories,
    signed_on,
)
from .retrospectives import retrospectives
from .same_act import (
    accession_entries,
    announced_signings,
    cabinet_approvals,
    committee_steps,
    legislature_entries,
    ratifiers_made_parties,
    signings_that_join,
    withdrawal_laws,
)
from .suspensions import suspended_ties
from .text import fold_phrase, word_end

if TYPE_CHECKING:  # pragma: no cover
    from .sentence import Sentence as _Sentence

__all__ = ["revised", "after_pacts"]

_AFTER_ONLY = re.compile(rf"{_W0}{AFTER_CLAUSE}{_W1}")


def after_pacts(r: Any, c: Any) -> list:
    """The signing an English "after" clause past candidate ``c``'s verb reports with its own verb, pact and day
    ("after a political agreement with France signed in Paris on February 19"): the clause's states (with ``c``'s
    first party, if the clause names one), on the clause's day; [] if there is none."""
    sent, h, low = c.sentence, c.trigger, r.low
    if c.type != "signed" or _is_dev(h.key) or not c.parties:
        return []
    m = _AFTER_ONLY.search(low, h.end, sent.end)
    if m is None:
        return []
    inside = [x for x in sent.hits if x.start >= m.end()]
    verbs = [x for x in inside if x.cat == "T" and x.value[0] == "signed"]
    if not verbs or not any(x.cat in ("P", "N") for x in inside):
        return []
    iso, basis, drank, _ = r._date_for(sent, verbs[0], "past")
    if iso is None or len(iso) != 10 or iso == c.date or drank > 1 or r._old(iso):
        return []
    states = list(dict.fromkeys(s for x, s in r._party_hits(sent, date.fromisoformat(iso)) if x.start >= m.end()))
    if not states:
        return []
    if len(states) == 1 and c.parties[0] not in states:
        states = [c.parties[0], *states]
    return [replace(c, trigger=verbs[0], tense="past", parties=states, date=iso, basis=basis, date_rank=drank)]


#: The protocol of a state's accession: "the protocol of Spain's adherence", "the instrument of Greece's accession".
_ADHERENCE = re.compile(r"(?:protocol|instrument|act)s?\s(?:of|on|for)\s(?:the\s)?(?:[^\s,.;:]+\s){0,3}?"
                        r"(?:accession|adherence|adhesion)")

_POSSESSIVE = re.compile(r"'s?\s(?:formal\s)?(?:accession|adherence|adhesion)")

#: Hindi "न" before a verb's object ("न ... संधि करेगा": nor conclude), not "न केवल" (not only)
#: (not a negated verbal noun that names the pact's promise: "एक-दूसरे पर हमला न करने का समझौता", a pact not to
#: attack)
_HI_NOR = re.compile(r"(?<![\u0900-\u0963\u0966-\u097f])न\s(?!केवल|सिर्फ|सिर्फ़)(?![^\s]+ने\s(?:का|की|के)\s)")

#: Relations raised to a partnership's level: no pact
_UPGRADE = re.compile(
    r"(?:elevat|upgrad|rais)\w*\s(?:[^\s.;]+\s){0,3}?(?:ties|relations|relationship)\s(?:[^\s.;]+\s){0,2}?to\s"
    r"|(?:ties|relations|relationship)\s(?:[^\s.;]+\s){0,3}?(?:elevated|upgraded|raised)\sto\s"
    r"|(?:संबंधों|रिश्तों|संबंध|रिश्ते)\s(?:को\s)?(?:[^\s।]+\s){0,8}?स्तर\s(?:पर|तक)\s"
    r"(?:ले\sजाने|ले\sजाया|बढ़ाने|पहुंचाने|पहुँचाने)")

_PARTNERSHIP = re.compile(r"partnership|साझेदारी|पार्टनरशिप")


def _upgrade(low: str, c: Any) -> bool:
    s = c.sentence
    nouns = s.cats("N")
    return (not s.has("P") and bool(nouns) and all(_PARTNERSHIP.search(n.key) for n in nouns)
            and _UPGRADE.search(low, s.start, s.end) is not None)


def _nor(low: str, c: Any) -> bool:
    h = c.trigger
    if not _is_dev(h.key):
        return False
    start = max(c.sentence.start, h.start - 40)
    start = max(start, low.rfind(",", start, h.start) + 1)
    return _HI_NOR.search(low, start, h.start) is not None  # (the look-behind sees the word before ``start``)


def _adherence(r: Any, c: Any) -> Any:
    """``c`` as the accession of the states whose adherence the signed protocol records, or ``c`` itself."""
    s, low = c.sentence, r.low
    if c.type != "signed" or _ADHERENCE.search(low, max(s.start, c.trigger.start - 80),
                                               min(s.end, word_end(low, c.trigger.end + 80))) is None:
        return c
    on = r._day_or_anchor(c.date)
    own = list(dict.fromkeys(st for x, st in r._party_hits(s, on)
                             if _POSSESSIVE.match(low, x.end, word_end(low, x.end + 30))))
    named = c.alliance or any(x.cat == "P" for hs in r.by_sent.values() for x in hs)  # the pact the article names
    return replace(c, type="joined", parties=own, alliance=named) if own else c


_PROTOCOL = re.compile(r"protocol|प्रोटोकॉल")


def clause_forms(r: Any, cands: list) -> list:
    """The candidates read with the clauses around them (see the module docstring): an "after" clause's own signing
    added, an adherence protocol's signing an accession, a Hindi "न" verb and a partnership upgrade dropped; and
    the signing of a protocol by states the article reports joining, or of a protocol of accession by anyone in an
    article that reports a joining, or of a protocol of the pact a joining or leaving names (the protocol is the
    step's)."""
    out = []
    for c in cands:
        if _nor(r.low, c) or (c.type in ("announced", "signed") and _upgrade(r.low, c)):
            continue
        out.append(_adherence(r, c))
        out.extend(after_pacts(r, c))
    joins = [c for c in out if c.type == "joined"]
    joining = {p for c in joins for p in c.parties}
    steps = {p for c in out if c.type in ("joined", "withdrew") for p in c.pact_ids}
    return [c for c in out if not (c.type == "signed" and c.parties and _PROTOCOL.search(
        r.low, c.sentence.start, c.sentence.end) and (steps & set(c.pact_ids) or joins and (
            joining and set(c.parties) <= joining or _ADHERENCE.search(r.low, c.sentence.start, c.sentence.end))))]


#: A feminine pact, the bare light verb and the clause's end: "... की नई संधि की।"; or a pact's quoted name and the
#: light verb after the quote: "... के बीच 'सामरिक पारस्परिक रक्षा समझौता' हुआ।"
_HI_CONCLUDED = re.compile(r"(?:संधि|सन्धि|डील)\sकी(?:\s(?:है|हैं))?\s?(?:[।.!]|$)"
                           r"|(?:संधि|समझौता|समझौते|करार|पैक्ट|एग्रीमेंट)\s?['\"’”]\s?(?P<q>हुआ|हुई|हुए|हो\sगया|हो\sगई|"
                           r"हो\sगए)(?:\s(?:है|हैं))?\s?(?:[।.!]|$)")

_QUOTES = ("'", '"', "’", "”")

_HI_ERGATIVE = re.compile(r"(?<![\u0900-\u0963\u0966-\u097f])ने(?![\u0900-\u0963\u0966-\u097f])")

_HI_NOT = re.compile(r"(?<![\u0900-\u0963\u0966-\u097f])(?:नहीं|न)\s(?:[^\s]+\s)?$")

#: A legislature: its confirmation ratifies ("संसद ने ... संधि की पुष्टि कर दी")
_HI_LEGISLATURE = re.compile(HI_LEGISLATURES)

_CONFIRM = frozenset(fold_phrase(c) for c in HI_CONFIRM)

#: A war joined (under a pact: its invocation, :data:`INVOCATION_PARTS_10`), not a pact: "... के तहत इसराइल के ख़िलाफ़
#: लड़ाई में शामिल हो गया", "joined the war under its defence pact"
_WAR_JOINED = re.compile(r"(?:युद्ध|लडाई|लड़ाई|जंग)\s(?:में\s)?$|(?<![a-z])(?:the\s)?(?:war|fighting|hostilities)\s?$")

#: A Hindi state named with the genitive before a noun ("तुर्की की सैन्य कार्रवाई से नाराज़ यूनान ने"): a modifier
_HI_GENITIVE = re.compile(r"\s?(?:की|के|का)(?![\u0900-\u0963\u0966-\u097f])")


def _concluded(r: Any, sent: _Sentence, have: set[int]) -> list:
    """The signing a Hindi sentence reports with a feminine pact and the bare "की" at its clause's end."""
    if sent.i in have or not sent.has("N") or not _is_dev(r.low[sent.start:sent.start + 4] or "x"):
        return []
    m = _HI_CONCLUDED.search(r.low, sent.start, sent.end)
    if m is None or (m.group("q") is None and _HI_ERGATIVE.search(r.low, sent.start, m.start()) is None) \
            or _HI_NOT.search(r.low, max(sent.start, m.start() - 20), m.start()):
        return []
    at, end = m.span("q") if m.group("q") else (m.start() + m.group().index(" की") + 1,) * 2
    end = end if m.group("q") else at + 2
    h = Hit(at, end, "T", ("signed", "past"), "", r.low[at:end])
    c = r._build(sent, "signed", h, "past")
    return [c] if c is not None and c.parties else []


#: A draft as the object of a Hindi approval: "समझौते के मसौदे को मंज़ूरी दे दी"
_HI_DRAFT = re.compile(r"(?:मसौदे|मसौदा|ड्राफ्ट)\s(?:(?:कानून|विधेयक|बिल|प्रस्ताव)\s)?(?:को\s)?$")  # (a draft law too)
#: Reports denied before a Hindi step: "उन खबरों का खंडन किया जिनमें कहा गया था कि ...", "इन दावों को खारिज किया कि ..."
_HI_DENIED = re.compile(r"(?:खबरों|खबर|दावों|दावे|रिपोर्टों|रिपोर्ट|अटकलों)\s(?:का|को)\s(?:खंडन|खारिज|गलत\sबताया)")
#: Initialling, right before a Hindi signing's noun: "आरंभिक हस्ताक्षर", "शुरुआती दस्तखत", "प्रारंभिक हस्ताक्षर"
_INITIALLED = re.compile(r"(?:आरंभिक|आरम्भिक|शुरुआती|प्रारंभिक|प्रारम्भिक)\s$")


def _kept(r: Any, c: Any) -> bool:
    """False for a "पुष्टि" (confirmed) with neither a legislature nor the pact it confirms ("संधि की पुष्टि की"), for
    leaving a pact's integrated command, for initialling ("आरंभिक हस्ताक्षर"), for a draft approved ("मसौदे को मंज़ूरी")
    and for a step that reports denied ("खबरों का खंडन किया ... कि")."""
    s = c.sentence
    if c.type == "ratified" and c.trigger.key in _CONFIRM:
        return _HI_LEGISLATURE.search(r.low, s.start, c.trigger.start) is not None or _confirmed_by_state(r, c)
    if c.type == "signed" and _INITIALLED.search(r.low, max(s.start, c.trigger.start - 12), c.trigger.start):
        return False  # "मसौदे पर आरंभिक हस्ताक्षर किए": a text initialled, no pact signed (as "initialled" is none)
    if c.type == "ratified" and _HI_DRAFT.search(r.low, max(s.start, c.trigger.start - 28), c.trigger.start):
        return False  # "समझौते के मसौदे को मंज़ूरी दे दी": a draft approved, no pact ratified (as "approved a draft")
    if _HI_DENIED.search(r.low, s.start, c.trigger.start):
        return False  # "उन खबरों का खंडन किया जिनमें कहा गया था कि उसने ... समझौता कर लिया है": a step denied
    if c.type == "joined":
        return _WAR_JOINED.search(r.low, max(s.start, c.trigger.start - 20), c.trigger.start) is None \
            and not r.low.startswith(" the war", c.trigger.end)
    return True


def _subject_only(r: Any, c: Any) -> Any:
    """A Hindi leaving (joining, suspending) candidate without the states named with the genitive before its
    subject (the one with the ergative): "तुर्की की सैन्य कार्रवाई से नाराज़ यूनान ने ... अलग होने का फ़ैसला किया"."""
    if c.type not in ("withdrew", "joined", "suspended") or len(c.parties) < 2 or not _is_dev(c.trigger.key):
        return c
    hits = [(x, st) for x, st in r._party_hits(c.sentence, r._day_or_anchor(c.date)) if x.end <= c.trigger.start]
    if not any(ERGATIVE.match(r.low, x.end) for x, _ in hits):
        return c
    drop = {st for x, st in hits if _HI_GENITIVE.match(r.low, x.end)} - {
        st for x, st in hits if ERGATIVE.match(r.low, x.end)}
    return replace(c, parties=[p for p in c.parties if p not in drop]) if drop else c


#: The pact a state confirms, right before "की पुष्टि" ("संधि की पुष्टि की", "मॉस्को प्रोटोकॉल की पुष्टि कर दी")
_CONFIRMED_PACT = re.compile(r"(?:संधि|सन्धि|समझौते|समझौता|करार|प्रोटोकॉल|प्रोटोकोल|कन्वेंशन|पैक्ट|ट्रीटी)\s?$")


def _confirmed_by_state(r: Any, c: Any) -> bool:
    """A state or its government (the ergative's subject) that confirms a pact ("एस्टोनिया ने ... अनाक्रमण संधि की पुष्टि
    की", "लातविया की सरकार ने उस प्रोटोकॉल की पुष्टि कर दी") ratifies it; an army or a spokesman that confirms an agreement
    in a statement only confirms the news."""
    s, at = c.sentence, c.trigger.start
    named = any(h.cat == "P" and not r.low[h.end:at].strip() for h in s.hits)
    if not named and not _CONFIRMED_PACT.search(r.low, max(s.start, at - 14), at):
        return False
    ne = r.low.rfind(" ने ", s.start, at)
    if ne < 0:
        return False
    before = r.low[s.start:ne]
    return before.endswith("सरकार") or any(h.cat == "S" and h.end == ne for h in s.hits)


def light_verb_forms(r: Any, sentences: list, cands: list) -> list:
    """The candidates read with Hindi's light verbs and joining (see the module docstring)."""
    out = [_subject_only(r, c) for c in cands if _kept(r, c)]
    have = {c.sentence.i for c in cands}
    for sent in sentences:
        seg = r.low[sent.start:sent.end]
        if "की" in seg or any(q in seg for q in _QUOTES):
            out.extend(_concluded(r, sent, have))
    return out


_GROUP_TYPES = ("signed", "ratified", "entered_into_force", "withdrew")


def _counted(r: Any, sentences: list, c: Any) -> Any:
    """``c`` with the states of the group its sentence counts (see :func:`counted_groups`), or ``c`` itself."""
    on = r._day_or_anchor(c.date)
    named: list[int] = []
    totals = set()
    for n, at in group_count(r.low, c.sentence.start, c.sentence.end):
        before = [] if at is None else [st for x, st in r._party_hits(c.sentence, on) if at - 60 <= x.start < at]
        before = before or (c.parties if at is not None and r.low.startswith("with", at) else [])
        named.extend(before)
        totals.add(n + len(set(before)))
    named = list(dict.fromkeys(named))
    if len(totals) != 1 or (c.parties and not named):
        return c
    total = totals.pop()
    listed = listed_parties(r.pf, sentences, total, on, named)
    if listed and set(named) <= set(listed):
        return replace(c, parties=listed)
    for pid in c.pact_ids or r.article_pacts[:1] + (_signed_that_day(r, sentences, c) if c.type == "signed" else []):
        orig = original_signatories(r.corpus, pid)
        if orig is not None and len(orig[1]) == total and set(named) <= set(orig[1]) \
                and (c.type != "signed" or c.date in (None, orig[0])):
            return replace(c, parties=orig[1], pact_ids=list(c.pact_ids) or [pid])
        then = members_on(r.corpus, pid, c.date) if c.type in LATER and c.date else []
        if len(then) == total and set(named) <= set(then):
            return replace(c, parties=then, pact_ids=list(c.pact_ids) or [pid])
    return c


def _signed_that_day(r: Any, sentences: list, c: Any) -> list[str]:
    """The corpus pacts signed on the day of ``c`` that the article may mean by a group it counts ("the two
    governments today signed"): not one none of whose signatories the article's first sentences name, when they name
    states ("Norway and Denmark sign defence pact" is no word of another pact signed that day)."""
    pids = signed_on(r.corpus, c.date)
    if not pids:
        return []
    on = r._day_or_anchor(c.date)
    named = {st for sent in sentences[:6] for _, st in r._party_hits(sent, on)}
    out = []
    for pid in pids:
        orig = original_signatories(r.corpus, pid)
        if not named or orig is not None and named & set(orig[1]):
            out.append(pid)
    return out


def counted_groups(r: Any, sentences: list, cands: list) -> list:
    """The candidates, a group of states counted read as its states (see the module docstring)."""
    return [_counted(r, sentences, c) if c.type in _GROUP_TYPES else c for c in cands]


#: A sentence that opens on the day of the event before it: "The same day, ...", "On the same day", "उसी दिन",
#: "इसी दिन"; or at its act: "At the same ceremony, ...", "on the same occasion", "उसी समारोह में", "इसी मौके पर"
_SAME_DAY = re.compile(r"\s?(?:[^\s]+\s){0,2}?(?:(?:on\s)?the\s(?:very\s)?same\sday|that\ssame\sday|"
                       r"(?P<act>(?:at|during|on)\sthe\s(?:very\s)?same\s(?:(?:signing\s)?ceremony|occasion|sitting)|"
                       r"(?:उसी|इसी)\s(?:समारोह\sमें|मौके\sपर|अवसर\sपर))|(?:उसी|इसी)\sदिन)(?![a-z\u0900-\u097f])")

#: Another pact than the one before: "also signed a military convention", "another treaty", "a separate accord",
#: "एक सैन्य समझौते पर भी दस्तख़त किए"
_ANOTHER = re.compile(rf"{_W0}(?:also\s(?:signed|concluded|initialled)\s(?:a|an)|another|a\ssecond|a\sseparate)\s"
                      rf"(?:[a-z]+\s){{0,2}}?{PACT_NOUN}{_W1}"
                      rf"|{_W0}एक\s(?:[^\s]+\s){{0,2}}?(?:समझौते|संधि|करार|क़रार|सन्धि)\sपर\sभी{_W1}")


def same_day(r: Any, cands: list) -> list:
    """The candidates, one undated in a sentence that opens "the same day" ("उसी दिन") or "at the same ceremony" dated
    by the dated candidate before it (and its states read on that day; told at its act, linked to its sentence:
    :attr:`Candidate.told_with`), and marked as another pact when its sentence says so (:data:`_ANOTHER`: not merged
    with one of other states)."""
    out: list = []
    for c in cands:
        s = c.sentence
        before = [x for x in out if x.sentence.i < s.i and x.date and len(x.date) == 10]
        if (c.date is None or len(c.date) != 10) and before and (same := _SAME_DAY.match(r.low, s.start, s.end)):
            prev = max(before, key=lambda x: x.sentence.i)
            dated = (prev.date, f"{prev.basis}, the same day", prev.date_rank + 1)
            c = r._build(s, c.type, c.trigger, c.tense, dated) or c
            if same.group("act"):  # (told at the act of the step before: another pact, of the field that step's
                c = replace(c, told_with=prev.sentence, apart=True)  # sentence names)
        out.append(replace(c, apart=True) if _ANOTHER.search(r.low, s.start, s.end) else c)
    return out


def period_pacts(r: Any, cands: list) -> list:
    """The candidates but an undated one its sentence places only in a period ("this month") beside a dated one of
    the same type with other states: other pacts of the period, background to the day's."""
    dated = [c for c in cands if c.date is not None and len(c.date) == 10]
    other = {c.sentence.i for c in cands if c.date is None and names_period(r.low, c.sentence.start, c.sentence.end)
             and any(d.type == c.type and set(d.parties) != set(c.parties) for d in dated)}
    r.other_sents |= other  # (their kind cues are the other pacts', not the article's: see extract's kind)
    return [c for c in cands if c.sentence.i not in other]


#: Days after a pact's own signing past which a state's signature is its accession (see :func:`accessions`)
_ACCESSION_GAP = 180


def _well_after(iso: str, day: str) -> bool:
    if len(iso) == 10:
        return (date.fromisoformat(iso) - date.fromisoformat(day)).days > _ACCESSION_GAP
    return iso[:4] > day[:4]


def _object_pact(c: Any, pid: str) -> bool:
    """Whether pact ``pid`` is the first pact ``c``'s sentence names after its verb (its object), in Hindi the last
    before it ("निकारागुआ ने रियो संधि पर दस्तख़त किए")."""
    if _is_dev(c.trigger.key):
        before = [x for x in c.sentence.hits if x.end <= c.trigger.start and x.cat in ("P", "N")]
        named = [x.end for x in before if x.cat == "P" and x.value == pid]
        return bool(named) and all(x.end <= max(named) for x in before)
    after = [x for x in c.sentence.hits if x.start >= c.trigger.end and x.cat in ("P", "N")]
    named = [x.start for x in after if x.cat == "P" and x.value == pid]
    return bool(named) and all(x.start >= min(named) for x in after)


#: A Hindi pronoun for the verb's object: "इस पर दस्तख़त किए" (the pact the article names)
_IT_BEFORE = re.compile(r"(?:इस|उस)\s(?:पर|में)\s$")


def _pronoun_object(r: Any, c: Any) -> list[str]:
    """The article's most named corpus pact, if ``c``'s sentence names none and a pronoun is its (Hindi) verb's
    object."""
    if c.pact_ids or not r.article_pacts:
        return []
    h = c.trigger
    if _IT_BEFORE.search(r.low, max(0, h.start - 8), h.start):
        return r.article_pacts[:1]
    return []


def _late_signers(r: Any, c: Any) -> tuple[list[int], list[int]] | None:
    """For a signing ``c`` of a corpus multilateral pact (named as the verb's object) dated well after the pact's own
    signing day: its states that are none of the pact's original signatories, and those that are; else None (also
    for one of one state's separate bilateral pacts, :attr:`Candidate.separate`)."""
    if c.type != "signed" or c.date is None or r.corpus is None or c.separate:
        return None
    it = _pronoun_object(r, c)
    for pid in c.pact_ids or it:
        if not (it or _object_pact(c, pid)):
            continue  # the pact named is not the signing's object ("signed a defence treaty ... the NATO allies")
        orig = original_signatories(r.corpus, pid)
        if orig is None or len(orig[1]) < 3 or not _well_after(c.date, orig[0]):
            continue
        return [p for p in c.parties if p not in orig[1]], [p for p in c.parties if p in orig[1]]
    return None


def accessions(r: Any, cands: list) -> list:
    """The candidates, a state's late signature of an existing multilateral pact read as its joining (see the
    module docstring)."""
    out: list = []
    joiners: set[int] = set()
    for c in cands:
        late = _late_signers(r, c)
        if late is None or len(late[0]) > 1:
            out.append(c)
        elif len(late[0]) == 1:
            joiners.add(late[0][0])
            out.append(replace(c, type="joined", parties=late[0]))
        elif late[1]:
            out.append(c)  # only original signatories: another step of theirs (a protocol, ...), kept
    if not joiners:
        return out
    return [replace(c, type="joined", parties=c.parties or sorted(joiners))
            if c.type == "signed" and set(c.parties) <= joiners and (c.parties or len(joiners) == 1) else c
            for c in out]


def revised(r: Any, sentences: list, cands: list) -> list:
    """The candidates after every step (see the module docstring), in order: a day's second event dated, one pact's
    steps, then the clauses around them, then Hindi's light verbs and joining, then late signatures' accessions."""
    cands = pacts_ended(r, sentences, suspended_ties(r, sentences, cands))
    cands = period_pacts(r, same_day(r, help_requested(r, sentences, withdrawals_from_missions(
        r, sentences, members_suspended(r, sentences, cands)))))
    cands = step_candidates(r.low, retrospectives(r, sentences, cands), lambda x: r.pf.states_of(x, None))
    cands = signings_that_join(r, accessions(r, light_verb_forms(r, sentences, clause_forms(r, cands))))
    cands = announced_signings(cabinet_approvals(r, committee_steps(r, counted_groups(r, sentences, cands))))
    return ratifiers_made_parties(accession_entries(r, legislature_entries(r, withdrawal_laws(r, cands))))
