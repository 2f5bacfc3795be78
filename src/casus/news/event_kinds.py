"""An event's own kind, read once its group of candidates is known (:meth:`casus.news.extract._Reader._event`):

* a pact its own sentences say defence ministers or chiefs of staff signed is one of military cooperation, kind
  "none", where the article states no kind (:func:`casus.news.kinds_more.military_signers`; not in an article on arms
  control); so are military cooperation, aid or contacts suspended (:func:`casus.news.suspensions.ties_suspended`),
  and forces withdrawn from a military mission (:func:`casus.news.mission_withdrawals.forces_withdrawn`); and so is a
  paper of intent they sign, a statement or letter of intent, a roadmap or an action plan (:func:`cooperation_paper`),
  where only sentences other than its own (a headline's "defence pact") gave the article its kind (over every labelled
  batch, fresh-fresh365, today's reader: kind English 1757/558/891 -> 1760/555/888, Hindi 1799/586/925 ->
  1803/582/921);
* a pact made (signed, ratified, in force, joined, announced) or left (withdrawn from) that the article says holds no
  pledge of defence, and that nothing names a pact of security (:func:`casus.news.kinds.security_cooperation`), no
  defence minister signs and no pact of the corpus is named, is no pact event of casus's kind: a friendship or
  settlement treaty without a military clause ("the treaty contains no pledge of military assistance"), which
  annotators list as a near miss;
* the article's kind is read from every sentence but those that report other pacts and those that tell what an older
  pact provided (:func:`casus.news.kinds_more.older_pact_sentences`);
* a step that nothing names an alliance or a kind for, that the corpus does not confirm, is kept where it is dated to
  its day and its own sentences speak of troops, armies or the military (:func:`military_day`: the labelled sets'
  writers code such pacts as events), its kind unknown (None).  Over every labelled batch, rules alone (in-sample):
  English detection 1336/280/1035 -> 1358/291/1013, Hindi 1371/256/1086 -> 1400/265/1057.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .kinds import article_kind, security_cooperation
from .kinds_more import elsewhere_sentences, military_signers, older_pact_sentences
from .mission_withdrawals import forces_withdrawn
from .sentence import Sentence
from .suspensions import ties_suspended

__all__ = ["MAKING", "corpus_confirms", "cooperation_paper", "event_kind", "kind_of_article", "kept"]

#: the steps that make a pact (not those that use or leave one)
MAKING = ("signed", "ratified", "entered_into_force", "joined", "announced")


def event_kind(low: str, etype: str, kind: str | None, own: list[Sentence], kind_sents: list[Sentence],
               security: bool, arms_control: bool, named: bool) -> tuple[str | None, bool]:
    """The kind of an event of type ``etype`` whose sentences are ``own`` (the article's ``kind`` and the sentences that
    gave it, ``kind_sents``; ``security``: a candidate names an alliance or a pact of security; ``arms_control``: the
    article's pact is one of arms control; ``named``: a pact of the corpus is named), and whether it is a pact event at
    all."""
    if kind is None and not (security or arms_control) and military_signers(low, own):
        return "none", True  # signed by defence ministers or chiefs of staff: a pact of military cooperation
    if kind not in (None, "none") and etype in MAKING and military_signers(low, own) and cooperation_paper(low, own) \
            and not {s.i for s in own} & {s.i for s in kind_sents}:
        return "none", True  # defence ministers signing a statement of intent that a headline calls a defence pact
    if kind is None and etype == "suspended" and ties_suspended(low, own):
        return "none", True  # military cooperation, aid or contacts suspended: no pact of defence
    if kind is None and etype == "withdrew" and forces_withdrawn(low, own):
        return "none", True  # forces withdrawn from a military mission: no pact of defence
    if kind == "none" and etype in (*MAKING, "withdrew") and not named and not military_named(low, own) \
            and not security_cooperation(low, [*own, *kind_sents]) and not military_signers(low, own):
        return kind, False  # "the treaty has no military clause", and nothing says what security it gives
    return kind, True


#: a pact its own sentence names as military, of defence or of security ("the Military Framework Agreement", "a
#: defence technical agreement", "सैन्य समझौते"): a pact of security whatever it lacks
_MILITARY_NAMED = re.compile(
    r"(?<![a-z])(?:military|defen[cs]e|security)\s(?:(?:framework|technical|co[-\s]?operation)\s)?"
    r"(?:agreements?|pacts?|accords?|treat(?:y|ies))(?![a-z])"
    r"|(?<![\u0900-\u0963\u0966-\u097f])(?:सैन्य|सैनिक|रक्षा|सुरक्षा)\s(?:(?:सहयोग|फ्रेमवर्क|तकनीकी)\s)?"
    r"(?:समझौता|समझौते|समझौतों|करार|संधि)(?![\u0900-\u0963\u0966-\u097f])")


#: a paper of intent or of cooperation, not a treaty: "a statement of intent", "a letter of intent", "a memorandum of
#: understanding", "a roadmap", "an action plan", "आशय पत्र", "समझौता ज्ञापन"
_COOPERATION_PAPER = re.compile(
    r"(?<![a-z])(?:(?:statement|letter|declaration|memorandum)s?\sof\s(?:intent|understanding)|road\s?maps?|"
    r"action\splans?)(?![a-z])|(?<![ऀ-ॣ०-ॿ])(?:आशय\sपत्र|आशय-पत्र|समझौता\sज्ञापन|रोडमैप|कार्य\sयोजना)"
    r"(?![ऀ-ॣ०-ॿ])")


def cooperation_paper(low: str, own: list[Sentence]) -> bool:
    """Whether one of the event's own sentences names its paper as one of intent or of cooperation, not a treaty."""
    return any(_COOPERATION_PAPER.search(low, s.start, s.end) for s in own)


def military_named(low: str, own: list[Sentence]) -> bool:
    """Whether one of the event's own sentences names its pact as military, of defence or of security."""
    return any(_MILITARY_NAMED.search(low, s.start, s.end) for s in own)


def kind_of_article(low: str, sentences: list[Sentence], spans: list[tuple[int, int]], other: set[int],
                    before: int | None) -> tuple[str | None, list[Sentence]]:
    """The article's kind and the sentences that give it (:func:`casus.news.kinds.article_kind`), from every sentence
    (``sentences``: those with lexicon hits; ``spans``: all) but those of other pacts (``other``), those that tell
    what a pact of a year before ``before`` (the earliest dated event's) provided, and those that say the duty they
    state is not the reported pact's (:func:`casus.news.kinds_more.elsewhere_sentences`)."""
    older = older_pact_sentences(low, spans, before) | elsewhere_sentences(low, spans)
    sentences = [s for s in sentences if s.i not in other and s.i not in older]
    by_i = {s.i: s for s in sentences}
    read_spans = [(a, a) if i in older else (a, b) for i, (a, b) in enumerate(spans)] if older else spans

    def make(i: int) -> Sentence:
        return by_i.get(i) or Sentence(i, *spans[i], [])

    return article_kind(low, sentences, read_spans, make)


def kept(events: list, unconfirmed: set[int], cooperation: set[int], confirms: Callable[[Any], bool]) -> list:
    """The events kept: those whose text names an alliance or states a kind, those the corpus confirms
    (``unconfirmed``: the others, by identity; ``confirms``: the test), and those whose own sentences say what
    security cooperation their pact is (``cooperation``: "agreements under which Moscow will operate military bases"),
    of kind "none" as their text says when the corpus does not confirm them, and those dated to their day whose own
    sentences speak of the military (:func:`military_day`), of a kind unknown."""
    out = []
    for ev in events:
        if id(ev) in unconfirmed and not confirms(ev):
            if id(ev) in cooperation:
                ev.kind = "none"
            elif not military_day(ev):
                continue  # (a military step kept says nothing of its kind: None)
        out.append(ev)
    return out


#: the military the sentences of an event may name: troops, forces, defence ("सैन्य", "सेना", "रक्षा मंत्री"); not the
#: protection of someone or something, nor a security council ("अल्पसंख्यकों की सुरक्षा", "सुरक्षा परिषद")
_MILITARY = re.compile(r"(?<![a-z])(?:troops|military|defen[cs]e\s(?:ministers?|ministry|cooperation|co\soperation|"
                       r"forces|pact|agreement|treaty|alliance)|army|armies|navy|navies|naval|armed\sforces|soldiers|"
                       r"garrisons?|generals|(?:border|coast)\sguards)"
                       r"(?![a-z])|सैन्य|सेना|सेनाओं|सैनिक|फौज|रक्षा\s(?:मंत्री|मंत्रियों|मंत्रालय|सहयोग|बल|बलों|समझौत)|सुरक्षा\s(?:बल|बलों)")


def military_day(ev: Any) -> bool:
    """Whether an event its text names no alliance or kind for is still one of casus's kind: dated to its day, its
    own sentences (those that tell the step or name its parties) speak of troops, armies, navies, generals, border
    guards or a defence ministry ("a memorandum ... each side may keep four companies of troops", "generals signed an
    agreement allowing 750 border guards to deploy")."""
    if not ev.date or len(ev.date) != 10:
        return False
    return any(x.role in ("event", "parties") and _MILITARY.search(x.text.lower()) for x in ev.evidence)


def corpus_confirms(ev: Any) -> bool:
    """Whether the corpus holds the pact of an event whose text names no alliance and states no kind: matched to a
    corpus pact on the event's own day (not by a name alone, nor a draft), a pact with a duty (the kind the event
    took from it: not "none")."""
    m = ev.match or {}
    return m.get("status") == "corpus" and "date" in m.get("fits", ()) and ev.date is not None \
        and ev.kind not in (None, "none")
