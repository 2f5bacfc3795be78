"""What the news reader returns: the events an article reports (:class:`Event`), the sentences each rests on
(:class:`Evidence`) and the reading of one article (:class:`Reading`); made by :func:`casus.news.extract.read`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = ["Evidence", "Event", "Reading", "EVENT_TYPES", "EVENT_KINDS"]

EVENT_TYPES = ("signed", "ratified", "entered_into_force", "joined", "withdrew", "suspended", "announced", "invoked",
               "declined")
EVENT_KINDS = ("defense", "offense", "neutrality", "nonaggression", "consultation", "none")


@dataclass(frozen=True)
class Evidence:
    """A sentence an event rests on: ``text == article_text[start:end]``."""

    text: str
    start: int
    end: int
    role: str  # "event" | "kind" | "parties"

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "role": self.role}


@dataclass
class Event:
    """One pact event an article reports."""

    type: str
    parties: tuple[str, ...]
    date: str | None
    date_basis: str
    kind: str | None
    evidence: list[Evidence] = field(default_factory=list)
    match: dict | None = None
    pact_names: tuple[str, ...] = ()  # corpus ids of pacts the article names ("NATO")
    pact_labels: tuple[str, ...] = ()  # the names as written ("ECOWAS")
    article: str | None = None  # invocations: the article invoked ("4", "5", "42(7)")
    against: tuple[str, ...] = ()  # invocations: COW abbreviations of the states it is directed at (the attacker)
    others: tuple[str, ...] = ()  # invocations: other states the sentence names (allies: for matching)
    helped: tuple[str, ...] = ()  # invocations: the states forces went to under the pact (the parties sent them)
    learned: float | None = None  # proposed by the article-level model (its probability), not read in a sentence
    kind_learned: float | None = None  # the kind given by the article-level model (its probability), not read

    def to_dict(self) -> dict:
        """JSON-ready: type, parties, date, date_basis, kind, evidence, match, article, against, helped, learned,
        kind_learned."""
        return {
            "type": self.type,
            "parties": list(self.parties),
            "date": self.date,
            "date_basis": self.date_basis,
            "kind": self.kind,
            "evidence": [e.to_dict() for e in self.evidence],
            "match": self.match,
            "article": self.article,
            "against": list(self.against),
            "helped": list(self.helped),
            "learned": self.learned,
            "kind_learned": self.kind_learned,
        }


@dataclass
class Reading:
    """What the reader made of one article."""

    source: str | None
    text: str
    lang: str
    reference: tuple[date, str] | None
    events: list[Event]
    stats: dict

    def to_dict(self) -> dict:
        ref = None
        if self.reference is not None:
            ref = {"date": self.reference[0].isoformat(), "basis": self.reference[1]}
        return {"source": self.source, "lang": self.lang, "reference_date": ref,
                "events": [e.to_dict() for e in self.events], "stats": self.stats}
