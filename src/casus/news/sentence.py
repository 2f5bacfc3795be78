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
