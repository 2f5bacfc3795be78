"""One sentence of an article with the lexicon hits in it: the unit every step of the reader
works on (:mod:`casus.news.extract`, and the steps split from it: dates, kinds, parties,
invocations)."""

from __future__ import annotations

from dataclasses import dataclass

from .index import Hit

__all__ = ["Sentence"]


@dataclass
class Sentence:
    i: int
    start: int
    end: int
    hits: list[Hit]

    def cats(self, cat: str) -> list[Hit]:
        return [h for h in self.hits if h.cat == cat]

    def has(self, cat: str) -> bool:
        return any(h.cat == cat for h in self.hits)

    def pact_names(self) -> list[Hit]:
        """The pacts the sentence names, each by its longest name: a name inside a longer one names no pact of its own
        ("NATO" in "NATO's Partnership for Peace", "GCC" in "the GCC Joint Defence Agreement"); nor does a pact's
        name beside a programme of its organisation ("the Partnership for Peace, NATO's programme": a hit's ``flag``,
        :class:`casus.news.index.Hit`)."""
        names = self.cats("P")
        owners = {p.flag for p in names if p.flag}
        return [p for p in names if p.value not in owners and not any(
            q.start <= p.start and p.end <= q.end and q.end - q.start > p.end - p.start for q in names)]
