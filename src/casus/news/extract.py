"""Pact events in one article: who signed, ratified, joined, left, announced, invoked or declined what.

The reader works sentence by sentence on the cleaned, folded text:

1. one automaton pass finds states, pact names and nouns, triggers and
   obligation cues (:mod:`casus.news.index`);
2. a sentence with a trigger (``signed``, ``हस्ताक्षर किए``, ``joined``, ...) and a pact noun or name (in it or
   the sentence before) is a *candidate*, unless the trigger is negated ("no documents were signed"),
   hypothetical ("could sign", "निकल सकता है"), a question, or background: a past perfect ("had signed",
   "हस्ताक्षर किए थे"), an anniversary, or a date well before the article's own date ("signed in June" in an
   October article), or when the sentence names only a kind of pact ("such an agreement"); approving ("sign off
   on") is no signing, and signing the exchange of ratification instruments is the entry into force; invocations
   of a pact and refusals to invoke it are read apart (:mod:`casus.news.invocations`); the clauses around a
   trigger are :mod:`casus.news.clauses`', the steps over all candidates (a signing that describes a later
   step's pact, separate bilateral pacts, ...) :mod:`casus.news.candidates`';
3. a candidate's parties are the states named in its sentence in the role of parties, not places, adversaries
   or modifiers ("in Pyongyang", "against the US", "the US State Department", "मॉस्को में", "अमेरिका के विदेश
   विभाग") — for joined, withdrew and suspended only those before the verb (:mod:`casus.news.parties`); its date
   is the nearest date expression, resolved, else a day in a neighbouring sentence, else the article's own date
   for a report in the present perfect or a report's lead (:mod:`casus.news.event_dates`);
4. candidates of one type whose parties nest are one event;
5. detection and kind are separate decisions: an event survives if its
   sentence names an alliance, a pact name or a security pact ("security
   agreement", "strategic partnership"), or the article states a kind, or (a
   signing, a ratification, an entry into force or a joining) the corpus holds the pact on the event's day
   (:func:`casus.news.event_kinds.corpus_confirms`); the kind comes from the article's cues, negation
   read ("no provision for joint action" → ``none``), ``None`` when nothing is
   said (:mod:`casus.news.kinds`);
6. each event is matched to the corpus or given a draft treaty file
   (:mod:`casus.news.match`); an accession to a named pact and an invocation
   take their kind from the corpus pact (its article, for an invocation).

Work is capped: at most :data:`MAX_CANDIDATES` trigger sentences per article, each at most
:data:`casus.news.text.MAX_SENTENCE` characters long.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import Any

from . import article_types, learned
from .announcements import what_announced
from .approvals import legislature_home
from .candidate import Candidate
from .candidates import revised
from .clauses import (
    accession_act,
    background,
    completes_ratification,
    counted_among_ratifiers,
    head_of_state_signs_accession,
    into_force_by,
    joined_in_force,
    main_clause_first,
    negation_start,
    no_tight_object,
    not_an_event,
    noun_as_act,
    pact_object,
    seal_approves,
    voted_to,
)
from .clean import Cleaned, clean
from .comparisons import kind_of_pact
from .cues import (
    _AFTER_CLAUSE,
    _BECOME,
    _EN_DET,
    _EN_EARLIER_AFTER,
    _EN_FUTURE,
    _EN_IRREALIS,
    _EN_NEG,
    _EN_PERFECT,
    _EN_RELATIVE,
    _HI_BECOME_AFTER,
    _HI_IF,
    _HI_IRREALIS,
    _HI_NEG_AFTER,
    _HI_PERFECT,
    _HI_RELATIVE,
    _LAW,
    _PRONOUN,
    _PRONOUN_AFTER,
    _clause_after,
    _clause_before,
    _is_dev,
    _negated,
)
from .date_context import period_only, retro_cue
from .datelines import month_dateline, section_date
from .dates import DateHit, month_only  # noqa: F401
from .decisions import future_step
from .event_dates import BACKGROUND_DAYS, EventDates  # noqa: F401
from .event_kinds import corpus_confirms, event_kind, kept, kind_of_article
from .events import EVENT_KINDS, EVENT_TYPES, Event, Evidence, Reading
from .header_dates import header_date
from .index import Hit, get_index, scan
from .invocations import _HI_ERGATIVE, find_invocations
from .kinds import security_cooperation
from .kinds_more import arms_control_article, names_pact
from .lexicon12 import IN_FULL, INSTRUMENT_TRIGGERS, PACT_ENDINGS
from .on_signature import in_force_on_signature
from .other_pacts import economic_pact, settlement
from .pact_steps import undated_signings
from .parties import PartyFinder, clause_parties, georgia_stands, hi_subject_after, longest, members_on
from .party_places import all_members_named
from .protocols import one_per_protocol
from .retrospectives import narrative_day, undated_column
from .same_act import brings_into_force, exchange_type, exchanged_ratifications, grouped
from .security_pacts import security_pact
from .sentence import Sentence as _Sentence
from .text import Folded, fold, fold_phrase, language_of, split_sentences, unwrapped, word_end, word_start
from .verb_tenses import hindi_future_after, past_over_pluperfect, recent_pluperfect

__all__ = ["Evidence", "Event", "Reading", "read", "MAX_CANDIDATES", "EVENT_TYPES", "EVENT_KINDS"]

#: Trigger sentences examined per article at most.
MAX_CANDIDATES = 200
#: Lexicon hits kept per article at most (a 50 MB input stops collecting there).
MAX_HITS = 200_000
_PRIORITY = {"ratified": 0, "entered_into_force": 1, "suspended": 2, "withdrew": 3, "joined": 4, "signed": 5,
             "announced": 6, "invoked": 7, "declined": 8}
_SUBJECT_TYPES = ("joined", "withdrew", "suspended")
_STEPS = ("signed", "ratified", "entered_into_force")  # (the triggers an exchange of ratifications may stand for)
#: a noun phrase as a verb's object ("adhered to the statement"): where the sentence names no pact, not the pact
_OBJECT_NAMED = re.compile(r"\s?(?:to\s|from\s)?(?:the|a|an|that|these|those)\s")
#: "became" (बना, बन गया), not "becomes" or "becoming": the past
_BECAME = re.compile(r"became|बना$|बना\s|बन\sग")
#: "को" after a state's name (or its government's): the state told or addressed, not the one that acts
_HI_TOLD = re.compile(r"\s?(?:(?:सरकार|प्रशासन)\s)?को(?![\u0900-\u0963\u0966-\u097f])")
_EN_SIGN_OFF = re.compile(r"\s?off(?![a-z])")
_INVOCATION_TYPES = ("invoked", "declined")
#: Events whose text names no alliance and states no kind, kept when the corpus holds the pact on the event's day
#: (:func:`casus.news.event_kinds.corpus_confirms`): "the two governments signed a treaty here today" about a pact of
#: the corpus, "बुल्गारिया आज ... त्रिपक्षीय संधि में शामिल हो गया" within a week of the day the corpus starts the
#: joiner's membership; a ratification within the window the corpus gives one (signed up to three years before, not
#: yet in force).
_CONFIRMABLE = ("signed", "entered_into_force", "joined", "ratified")
#: the triggers of a pact that ends of itself ("treaty expired", "संधि की अवधि पूरी हुई"), folded as hits' keys are
_PACT_ENDINGS = frozenset(fold_phrase(k) for k in PACT_ENDINGS)


#: the first words of English triggers that are finite verbs in the past (or an adverb before one), never a participle
#: after its noun: "the pact became effective", "the treaty formally took effect" (a present, "a treaty takes effect
#: only with ...", may state the law)
_FINITE_FIRST = frozenset({"became", "took", "came", "has", "have", "had", "was", "were", *IN_FULL})

#: an instrument of accession deposited: it refers to the pact the sentence before names
_INSTRUMENTS = frozenset(fold_phrase(k) for k in INSTRUMENT_TRIGGERS)

class _Reader(EventDates):
    anchor: date | None  # what weekdays, relative days and missing years are resolved against
    anchor_basis: str | None
    reference: tuple[date, str] | None  # the reference date reported, and its basis

    def __init__(self, cleaned: Cleaned, reference_date: date | None, corpus, source: str | None):
        self.c = cleaned
        self.source = source
        self.corpus = corpus
        self.index = get_index()
        self.f: Folded = fold(unwrapped(cleaned.blanked))
        self.f.text = cleaned.text
        self.pf = PartyFinder(self.f, self.index, corpus)
        self.article_pacts: list[str] = []  # corpus ids of the pacts the article names, most named first
        self.other_sents: set[int] = set()  # sentences that report other pacts than the article's (no kind cues)
        self.unconfirmed: set[int] = set()  # the events kept only if the corpus confirms them (id), see _event
        self.cooperation: set[int] = set()  # ... or, of kind "none", as pacts of security cooperation
        self.not_events: set[str] = set()  # types the rules read and set aside as no event (a committee's vote)
        #: events read but not as a pact's (no event as its sentences tell it, or no kind and nothing to confirm it):
        #: what the article-level model may propose instead of a guess (:func:`casus.news.article_types.proposed`)
        self.unread: list[Event] = []
        self.by_sent: dict[int, list[Hit]] = {}  # lexicon hits by sentence
        self.rerank: dict | None = None  # the learned step's model (casus.news.learned), None: the rules alone
        self.collect: list[dict] | None = None  # the learned step's rows, for fitting (data-raw/fit_news.py)
        self.low = self.f.low
        # whether an event was left out as an economic pact's (later "the agreement" too), or the article is about an
        # arms control treaty
        self.economic = arms_control_article(self.low)
        self.spans = split_sentences(self.f)
        self.starts = [s for s, _ in self.spans]
        self.stats: dict[str, Any] = {"chars": len(cleaned.text), "sentences": len(self.spans), "hits": 0,
                      "candidate_sentences": 0, "truncated": False, "html": cleaned.is_html,
                      "repaired": cleaned.repaired, "binary": cleaned.binary, "removed": dict(cleaned.removed)}
        self._anchor(reference_date)
        self.narrative = undated_column(self)  # an undated history column: its past perfect tells its event

    # -- reference date ------------------------------------------------------
    def _anchor(self, reference_date: date | None) -> None:
        hint = max(self.c.tweet_dates) if self.c.tweet_dates else None
        fallback_year = reference_date.year if reference_date else (hint.year if hint else None)
        own = header_date([ln for ln in self.c.header_lines if "(@" not in ln and "pic.twitter" not in ln],
                          fallback_year, self.c.meta_lines, reference_date or hint) or section_date(self.c.header_lines)
        self.firm: date | None = None  # a date background can be judged against
        if own is not None:
            self.anchor, self.anchor_basis = own[0], "the article's own date"
            self.reference = (own[0], own[1])
            self.firm = own[0]
        elif reference_date is not None:
            self.anchor, self.anchor_basis = reference_date, "the reference date (--date)"
            self.reference = (reference_date, "the reference date given (--date)")
            self.firm = reference_date
        elif (month := month_dateline(self.c.header_lines)) is not None:  # "PARIS, April 1856."
            self.anchor, self.anchor_basis, self.reference, self.firm = month[0], month[1], None, month[0]
        elif hint is not None:
            self.anchor, self.anchor_basis = hint, "an embedded tweet's date (a hint)"
            self.reference = (hint, "the date of an embedded tweet (a hint only: the article gives none)")
        else:
            self.anchor, self.anchor_basis, self.reference = None, None, None

    # -- states --------------------------------------------------------------
    def _party_hits(self, sent: _Sentence, on: date | None) -> list[tuple[Hit, int]]:
        return self.pf.party_hits(sent, on)

    def _abbrev(self, ccode: int) -> str:
        return self.index.states.get(ccode).abbrev

    # -- dates, candidates ------------------------------------------------------------
    def _trigger_ok(self, sent: _Sentence, h: Hit, headline: bool) -> str | None:
        """The trigger's effective tense, or None if it reports no event."""
        low = self.low
        etype, tense = h.value
        dev = _is_dev(h.key)
        before = _clause_before(low, h.start, sent.start, 40)
        after = _clause_after(low, h.end, sent.end, 30)
        if tense == "needs_become":
            become = _BECOME.search(low[max(sent.start, word_start(low, h.start - 40)):h.start]) or (
                _HI_BECOME_AFTER.match(low[h.end:word_end(low, h.end + 16)]) if dev else None)
            if not become:
                return None
            tense = "past" if _BECAME.search(become.group()) else "present"  # "became a member": a past event
        if tense == "noun" and noun_as_act(low, h, sent.start):
            tense = "past"  # "..., signing treaties of alliance": the main clause's act
        if tense == "noun" and not headline:
            return "noun"
        if dev:
            if _HI_NEG_AFTER.search(after[:20]) or _HI_IRREALIS.search(after) or _HI_IF.search(
                    _clause_before(low, h.start, sent.start, 60)):
                return None
            if _HI_PERFECT.match(low[h.end:word_end(low, h.end + 6)]) \
                    and retro_cue(low, sent.start, sent.end, self.firm) is None \
                    and not narrative_day(self, sent.start, sent.end):
                return None
            if tense == "past" and hindi_future_after(low, h.end):
                tense = "future"  # "संधि ख़त्म कर दी जाएगी": a passive future, not the past its first words read
        else:
            if _EN_NEG.search(before) or _EN_IRREALIS.search(before):
                return None
            if (_EN_PERFECT.search(before[-20:]) or _EN_EARLIER_AFTER.match(low, h.end)) \
                    and not narrative_day(self, sent.start, sent.end) \
                    and not recent_pluperfect(low, h, sent.start, sent.end):
                return None  # (but "said today that they had signed it yesterday": the news, backshifted)
            if _EN_DET.search(before) and h.key in ("sign", "seal", "signs", "seals", "member", "accession") \
                    and h.value[1] != "needs_become":
                return None  # "a sign of", "the accession talks"; but "became a member" is the accession
            if etype == "signed" and _EN_SIGN_OFF.match(low, h.end, word_end(low, h.end + 5)) \
                    or no_tight_object(low, sent, h):
                return None  # "leaders sign off on a goal": approve, not put a name to a pact; "left office"
            if tense in ("present", "past") and _EN_FUTURE.search(before[-18:]):
                tense = voted_to(low, h, sent.start) or "future"  # "voted late on Thursday to ratify": done
        if self.low[sent.end - 1:sent.end] == "?" or not_an_event(low, h, sent.start):
            return None
        return tense

    def _relative(self, sent: _Sentence, h: Hit) -> bool:
        low = self.low
        before = _clause_before(low, h.start, sent.start, 30)
        if _is_dev(h.key):
            return bool(_HI_RELATIVE.search(low[max(sent.start, word_start(low, h.start - 60)):h.start]))
        if _EN_RELATIVE.search(before):
            return True
        # participle after a pact noun: "the treaty, signed in 1961, ..." (not a finite verb: "the pact became
        # effective that day")
        if h.key.split(" ", 1)[0] in _FINITE_FIRST:
            return False
        prev = low[max(sent.start, word_start(low, h.start - 16)):h.start]
        return bool(re.search(r"(?:treaty|pact|agreement|alliance|accord|charter),?\s?$", prev))

    def candidates(self, sentences: list[_Sentence]) -> list[Candidate]:
        out: list[Candidate] = []
        for k, sent in enumerate(sentences):
            triggers = longest(sent.cats("T"))
            if not triggers:
                continue
            if self.stats["candidate_sentences"] >= MAX_CANDIDATES:
                self.stats["truncated"] = True
                break
            self.stats["candidate_sentences"] += 1
            prev = sentences[k - 1] if k > 0 and sentences[k - 1].i == sent.i - 1 else None
            cand = self._candidate(sent, triggers, prev)
            if self.rerank is not None or self.collect is not None:
                cand = learned.reranked(self, sent, triggers, prev, cand)
            if cand is not None:
                out.append(cand)
        return out

    def _candidate(self, sent: _Sentence, triggers: list[Hit], prev: _Sentence | None) -> Candidate | None:
        """The event ``sent`` reports (``prev``: the sentence just before it, if any), or None."""
        pact_here = sent.has("P") or sent.has("N")
        if not pact_here:
            # "... the treaty. It entered into force ...", "... ratified it": a pronoun before a trigger, or for its
            # object after it, refers back
            anaphor = any(_PRONOUN.search(_clause_before(self.low, t.start, sent.start, 30))
                          or _PRONOUN_AFTER.match(self.low, t.end, word_end(self.low, t.end + 8))
                          or t.key in _INSTRUMENTS for t in triggers)
            if not (anaphor and prev is not None and (prev.has("P") or prev.has("N"))):
                return None
        chosen = self._event_trigger(sent, triggers, pact_here)
        if chosen is None or (pact_here and self._kind_of_pact(sent)):
            return None
        etype, h, tense = chosen
        if background(self.low, sent.start, sent.end, h):
            return None
        if not pact_here and etype in _SUBJECT_TYPES \
                and _OBJECT_NAMED.match(self.low, h.end, word_end(self.low, h.end + 8)):
            return None  # (the pronoun is the states': "they adhered to the statement", an object that is no pact)
        if not _is_dev(h.key) and _AFTER_CLAUSE.search(_clause_before(self.low, h.start, sent.start, 60)):
            return None  # "weeks after the two countries signed ...": an earlier event
        iso, basis, drank, dhits = self._date_for(sent, h, tense)
        if self._background_date(sent, h, iso, dhits) or month_only(basis):
            return None  # (dated by a month alone, "signed in London last November": background, not the news)
        return self._build(sent, etype, h, tense, (iso, basis, drank))

    def _build(self, sent: _Sentence, etype: str, h: Hit, tense: str,
               dated: tuple[str | None, str, int] | None = None) -> Candidate | None:
        """The candidate event of type ``etype`` on trigger ``h``: its parties, date and pact (None for an economic
        pact's); ``dated``: its date, basis and rank if already found."""
        iso, basis, drank = dated if dated is not None else self._date_for(sent, h, tense)[:3]
        ph = clause_parties(self.low, h, self._party_hits(sent, self._day_or_anchor(iso)))
        if etype in _SUBJECT_TYPES:
            # (a pact that ends or runs out is the subject, its parties named with it: "the treaty between A and B
            # expired", "A और B के बीच हुए समझौते की अवधि पूरी हो गई")
            ends = h.key in _PACT_ENDINGS
            ph = [(x, c) for x, c in ph if x.end <= h.start and (ends or not self.pf.companion(sent, x))] or \
                hi_subject_after(self.low, h, ph, sent.end)  # "... का सदस्य बना था कुवैत"
            # Hindi names the doer with the ergative and the one told with को: "सोवियत संघ ने जापान को ... सूचना दी"
            if any(_HI_ERGATIVE.match(self.low[x.end:word_end(self.low, x.end + 14)]) for x, _ in ph):
                ph = [(x, c) for x, c in ph if not _HI_TOLD.match(self.low, x.end)]
        parties = list(dict.fromkeys(c for _, c in ph))
        if etype == "ratified":  # "TOKYO - The House of Councillors approved ...": the dateline's state ratifies
            parties = list(dict.fromkeys([*legislature_home(self, sent, h, ph, self._day_or_anchor(iso)), *parties]))
        pact_ids = [p.value for p in sent.pact_names() if p.value]
        alliance = names_pact(self.low, sent, self.economic) or security_pact(self.low, sent, h) or any(
            n.flag == "A" and not _negated(self.low, n, negation_start(h, n, sent), sent.end) for n in sent.cats("N"))
        if not alliance and (self.economic or economic_pact(self.low, sent, h) or settlement(self.low, sent)):
            # "signed a minerals deal", "sign peace treaty, ending 30 years of war": not a pact of casus's kind,
            # whatever the article says of defence; nor is "the agreement" a later sentence names without saying more
            self.economic = True
            return None
        labels = tuple(self._quote(p) for p in sent.pact_names())
        return Candidate(etype, tense, sent, h, parties, iso, basis, alliance, pact_ids, drank, labels)

    def _kind_of_pact(self, sent: _Sentence) -> bool:
        return kind_of_pact(self.low, sent)  # (casus.news.clauses)

    def _event_trigger(self, sent: _Sentence, triggers: list[Hit], pact_here: bool) -> tuple[str, Hit, str] | None:
        """The event type, its trigger and its tense, from the sentence's strongest trigger; or None."""
        headline = sent.i == 0
        verbs: list[tuple[Hit, str]] = []
        nouns: list[tuple[Hit, str]] = []
        for h in triggers:
            tense = self._trigger_ok(sent, h, headline)
            if tense is None:
                continue
            (nouns if tense == "noun" else verbs).append((h, tense))
        if not verbs:
            return None
        verbs = sorted(past_over_pluperfect(self.low, verbs), key=lambda x: (_PRIORITY[x[0].value[0]], x[0].start))
        verbs = main_clause_first(self.low, sent.start, sent.end, verbs)
        h, tense = into_force_by(self.low, verbs) or joined_in_force(self.low, verbs) or verbs[0]
        etype = h.value[0]
        counted = counted_among_ratifiers(self.low, sent.start, sent.end)
        act = None  # (where the sentence names an act of accession that the verb signs)
        if tense == "future" and not counted:
            if (step := future_step(self.low, sent, h, etype, verbs)) is None:
                return None  # (casus.news.decisions)
            etype, tense = step
        if counted:
            # "became the 27th member of the alliance to confirm the protocol", "Canada first to ratify NATO's
            # expansion": a ratification, not a joining nor a future
            etype, tense = "ratified", ("present" if tense in ("future", "present") and headline else "past")
        elif etype == "announced":
            if (told := what_announced(self.low, sent, h, nouns, verbs, triggers, _PRIORITY)) is None:
                return None
            etype, h = told
        if etype in _STEPS and exchanged_ratifications(self.low, h, sent.start, sent.end):
            etype = exchange_type(self.low)  # (the protocol of) the exchange of ratification instruments
        elif etype in ("signed", "ratified") and brings_into_force(self.low, h, sent.start, sent.end):
            etype = "entered_into_force"  # notes exchanged that confirm the procedures are complete
        elif etype == "signed" and (_LAW.search(self.low, max(sent.start, word_start(self.low, h.start - 40)),
                                                min(sent.end, word_end(self.low, h.end + 60)))
                                    or head_of_state_signs_accession(self.low, h, sent.start, sent.end)
                                    or completes_ratification(self.low, self.spans, sent.i)
                                    or seal_approves(self.low, h, sent.start)):
            etype = "ratified"  # signing a law that ratifies a pact, a head of state signing accession protocols
        elif etype == "signed" and (act := accession_act(self.low, max(sent.start, word_start(self.low, h.start - 60)),
                                                         min(sent.end, word_end(self.low, h.end + 60)))) is not None:
            etype = "joined"  # "signed an act declaring its adhesion to the alliance", "a treaty of accession"
        if etype in _SUBJECT_TYPES and pact_here and not pact_object(self.low, sent, h, act):
            return None  # the pact must be the verb's object: "joined NATO", "नाटो में शामिल", not "joined the drills"
        return etype, h, tense

    def _background_date(self, sent: _Sentence, h: Hit, iso: str | None, dhits: list[DateHit]) -> bool:
        """True if the event's date (or a year the sentence names) puts the event in the background."""
        if self._old(iso):
            return True
        if iso is None and self.firm is not None and any(
                d.kind == "year" and d.year is not None and d.year < self.firm.year for d in dhits):
            return True
        if self._relative(sent, h):
            recent = iso is not None and len(iso) == 10 and not self._old(iso) and self.firm is not None
            if not recent or period_only(self.low, h.end, sent.end):
                return True  # (a relative clause's event in a period, "which adhered to it earlier this week")
        return False

    # -- kind ------------------------------------------------------------------
    def kind(self, sentences: list[_Sentence], before: int | None = None) -> tuple[str | None, list[_Sentence]]:
        """The article's kind (:func:`casus.news.event_kinds.kind_of_article`)."""
        return kind_of_article(self.low, sentences, self.spans, self.other_sents, before)

    # -- assembling ------------------------------------------------------------
    def run(self) -> list[Event]:
        hits = scan(self.low, self.f.base, self.index, limit=MAX_HITS)
        if any(h.key == "georgia" for h in hits) and not georgia_stands(self.low):
            hits = [h for h in hits if h.key != "georgia"]  # the US state (the context read only when it is named)
        self.stats["hits"] = len(hits)
        self.stats["truncated"] = self.stats["truncated"] or len(hits) >= MAX_HITS
        by_sent: dict[int, list[Hit]] = {}
        for h in hits:
            i = bisect.bisect_right(self.starts, h.start) - 1
            if i < 0 or h.end > self.spans[i][1]:
                continue
            by_sent.setdefault(i, []).append(h)
        self.by_sent = by_sent
        sentences = [_Sentence(i, *self.spans[i], by_sent[i]) for i in sorted(by_sent)]
        counts: dict[str, int] = {}
        for h in hits:
            if h.cat == "P" and h.value:
                counts[h.value] = counts.get(h.value, 0) + 1
        self.article_pacts = sorted(counts, key=lambda k: -counts[k])
        cands = self.candidates(sentences) + [Candidate(
            v.type, v.tense, v.sentence, v.trigger, v.parties, v.date, v.basis, True, v.pact_ids, v.date_rank,
            tuple(self._quote(p) for p in v.sentence.cats("P")), v.against, v.others, v.article, v.kind,
            helped=v.helped) for v in find_invocations(self, sentences)]
        cands = revised(self, sentences, cands)  # (casus.news.candidates)
        if not cands:
            return []
        merged = grouped(cands)
        first = min((int(c.date[:4]) for group in merged for c in group if c.date), default=None)
        kind, kind_sents = self.kind(sentences, first)
        events = []
        for group in merged:
            ev = self._event(group, kind, kind_sents, sentences)
            if ev is not None:
                events.extend(one_per_protocol(self, group, ev, merged))  # (casus.news.protocols)
        return in_force_on_signature(self.low, self.spans, self.f.span, self.c.text, events,
                                     (self.unconfirmed, self.cooperation))

    def _event(self, group: list[Candidate], kind, kind_sents, sentences) -> Event | None:
        etype = group[0].type
        parties: list[int] = []
        for c in group:
            parties.extend(c.parties)
        parties = list(dict.fromkeys(parties))
        pact_ids = list(dict.fromkeys(p for c in group for p in c.pact_ids))
        alliance = any(c.alliance for c in group)
        own = [c.sentence for c in group]  # (the headline speaks for a dated step, its lead's for a pact kept)
        # (a step told at the act of the one before, "At the same ceremony ... signed a memorandum": that one's
        # sentence speaks for its pact's field too)
        told_with = [c.told_with for c in group if c.told_with is not None]
        headline = sentences[:1] if any(c.date for c in group) else []
        kind, event = event_kind(self.low, etype, kind, [*own, *told_with], [*kind_sents, *headline], alliance,
                                 self.economic, bool(pact_ids))
        # (tried: such an event with no military clause and nothing of security, kept where the corpus holds a pact
        # of its states that day; it found 7 events over the development sets and added 26 false ones, mostly
        # peace and friendship treaties ATOP codes as alliances that the sets' writers coded as none)
        lead = headline if own[0].i <= sentences[0].i + 3 else []
        if etype in _INVOCATION_TYPES:
            if not event or kind is None and not alliance:
                return None
            return self._invocation_event(group, parties, pact_ids, kind, kind_sents)
        # (not a pact's event as read: built all the same, for the article-level model's proposals, :attr:`unread`)
        unread = not event or (kind is None and not alliance and etype not in _CONFIRMABLE)
        dated = [c for c in group if c.date is not None]
        if dated:
            best = min(dated, key=lambda c: (c.date_rank, c.sentence.i))
            iso, basis = best.date, best.basis
        else:
            iso, basis = None, group[0].basis
        extra_sents: list[_Sentence] = []
        need = 1 if etype in _SUBJECT_TYPES else 2
        if len(parties) < need and not (pact_ids and etype not in _SUBJECT_TYPES and parties):
            reach = 8 if pact_ids and not parties else 6  # (a pact the corpus holds: its parties may come later)
            extra_sents = self.pf.more_parties(group[0].sentence, etype in _SUBJECT_TYPES, etype, parties, need,
                                               self._day_or_anchor(iso), sentences, reach)
        if not parties and pact_ids and iso and etype in ("signed", "ratified") and any(
                all_members_named(self.low, c.sentence.start, c.sentence.end) for c in group):
            # "the three states signed a protocol", "तीनों देशों ने ... हस्ताक्षर किए": the named pact's members that day
            parties.extend(members_on(self.corpus, pact_ids[0], iso))
        if not parties:
            return None
        labels = tuple(dict.fromkeys(lab for c in group for lab in c.labels))
        ev = Event(type=etype, parties=self._abbrevs(parties), date=iso, date_basis=basis, kind=kind,
                   evidence=self._evidence_of(group, kind_sents[:4], extra_sents), pact_names=tuple(pact_ids),
                   pact_labels=labels)
        if unread:
            self.unread.append(ev)
            return None
        if kind is None and not alliance:
            self.unconfirmed.add(id(ev))  # nothing says it is an alliance: kept only if the corpus confirms it
            if not self.economic and security_cooperation(self.low, [*own, *lead, *told_with]):
                self.cooperation.add(id(ev))  # ... or as what its sentence says it is: "military bases"
        return ev

    def _invocation_event(self, group: list[Candidate], parties: list[int], pact_ids: list[str], kind,
                          kind_sents) -> Event | None:
        """An invocation or refusal (see :mod:`casus.news.invocations`): kind from its sentences, else the article's."""
        if not parties:
            return None
        dated = [c for c in group if c.date is not None]
        best = min(dated, key=lambda c: (c.date_rank, c.sentence.i)) if dated else group[0]
        own = next((c.kind for c in group if c.kind is not None), None)
        against = list(dict.fromkeys(a for c in group for a in c.against if a not in parties))
        others = list(dict.fromkeys(o for c in group for o in c.others if o not in parties and o not in against))
        labels = tuple(dict.fromkeys(lab for c in group for lab in c.labels))
        return Event(type=group[0].type, parties=self._abbrevs(parties), date=best.date, date_basis=best.basis,
                     kind=own or kind, evidence=self._evidence_of(group, [] if own else kind_sents[:4], []),
                     pact_names=tuple(pact_ids), pact_labels=labels,
                     article=next((c.article for c in group if c.article), None),
                     against=self._abbrevs(against), others=self._abbrevs(others),
                     helped=self._abbrevs([s for c in group for s in c.helped if s not in parties]))

    def _abbrevs(self, ccodes: list[int]) -> tuple[str, ...]:
        return tuple(sorted(dict.fromkeys(self._abbrev(c) for c in ccodes)))

    def _evidence_of(self, group: list[Candidate], kind_sents: list[_Sentence],
                     extra_sents: list[_Sentence]) -> list[Evidence]:
        """The event's sentences, then those that gave its kind and (``extra_sents``) its parties, in text order."""
        ev_sents = {c.sentence.i: c.sentence for c in group}
        evidence = [self._evidence(s, "event") for s in sorted(ev_sents.values(), key=lambda s: s.i)]
        for s in kind_sents:
            if s.i not in ev_sents:
                evidence.append(self._evidence(s, "kind"))
        for s in extra_sents:
            if s.i not in ev_sents and s not in kind_sents:
                evidence.append(self._evidence(s, "parties"))
        evidence.sort(key=lambda e: e.start)
        seen: set[int] = set()
        unique = []
        for e in evidence:
            if e.start not in seen:
                seen.add(e.start)
                unique.append(e)
        return unique

    def _quote(self, h: Hit) -> str:
        s, e = self.f.span(h.start, h.end)
        return self.c.text[s:e]

    def _evidence(self, sent: _Sentence, role: str) -> Evidence:
        s, e = self.f.span(sent.start, sent.end)
        return Evidence(self.c.text[s:e], s, e, role)


def read(data: str | bytes, reference_date: date | str | None = None, corpus=None, source: str | None = None,
         match: bool = True, rerank: dict | bool = True, learned_types: bool = True) -> Reading:
    """Read one article (text or bytes, plain or HTML); see the module docstring.

    ``reference_date`` resolves weekdays and "yesterday" when the article
    gives no date of its own; ``corpus`` (default: :func:`casus.corpus.load_corpus`)
    is what events are matched against; ``source`` names the article in draft
    treaty files; ``rerank``: whether to apply the learned step (:mod:`casus.news.learned`) with the
    shipped model (``True``, when :data:`casus.news.learned.ENABLED`), or a model of one's own (a dict
    as :func:`casus.news.learned.load_model` returns); ``learned_types``: whether the article-level model
    (:mod:`casus.news.article_types`, when :data:`~casus.news.article_types.ENABLED`) proposes events where the rules
    found none, sets aside the rules' events of a type it finds most unlikely, and gives a kind to the events the
    reader gave none.
    """
    if isinstance(reference_date, str):
        reference_date = date.fromisoformat(reference_date)
    cleaned = clean(data)
    if cleaned.binary or not cleaned.text.strip():
        stats = {"chars": len(cleaned.text), "sentences": 0, "hits": 0, "candidate_sentences": 0,
                 "truncated": False, "html": cleaned.is_html, "repaired": cleaned.repaired,
                 "binary": cleaned.binary, "removed": dict(cleaned.removed)}
        return Reading(source, cleaned.text, "und", None, [], stats)
    r = _Reader(cleaned, reference_date, corpus, source)
    if rerank is True:
        r.rerank = learned.load_model() if learned.ENABLED else None
    elif rerank:
        r.rerank = rerank
    events = r.run()
    from .match import match_all

    if match and events:
        match_all(events, corpus, source, r.reference)
    read_events = events
    events = undated_signings(kept(events, r.unconfirmed, r.cooperation, corpus_confirms))
    # the rules' events that nothing confirmed as a pact's (no kind, no alliance, no corpus pact): read, set aside
    standing = {id(e) for e in events}
    unread = [*r.unread, *(ev for ev in read_events if id(ev) not in standing)]
    lang = language_of(cleaned.blanked)
    chances = article_types.probabilities(cleaned.text, lang) if learned_types and article_types.ENABLED else {}
    events = article_types.set_aside(events, chances, cleaned.text, r.stats)
    if not events and chances:  # the rules found none (or none stands): what the words suggest
        events = article_types.proposed(r, lang, chances, unread)
        if match and events:
            match_all(events, corpus, source, r.reference)
    if learned_types and article_types.ENABLED:  # (after matching: a kind the words suggest makes no draft clause)
        article_types.fill_kinds(events, cleaned.text, lang)
    return Reading(source, cleaned.text, lang, r.reference, events, r.stats)
