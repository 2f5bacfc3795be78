"""One sentence's reading of a pact event before the reader groups the candidates of an article into events
(:class:`casus.news.extract._Reader`; the steps in :mod:`casus.news.candidates` revise them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit
    from .sentence import Sentence as _Sentence

__all__ = ["Candidate"]


@dataclass
class Candidate:
    type: str
    tense: str
    sentence: _Sentence
    trigger: Hit
    parties: list[int]
    date: str | None
    basis: str
    alliance: bool
    pact_ids: list[str]
    date_rank: int = 9
    labels: tuple[str, ...] = ()
    against: list[int] = field(default_factory=list)  # invocations (see casus.news.invocations)
    others: list[int] = field(default_factory=list)
    article: str | None = None
    kind: str | None = None
    apart: bool = False  # another pact than the article's others ("also signed a military convention")
    helped: list[int] = field(default_factory=list)  # invocations: the states forces went to under the pact
    #: the sentence of the step this one was told with ("At the same ceremony, ... signed a memorandum"): what that
    #: sentence says of its pact's field speaks for this one too
    told_with: _Sentence | None = None
    #: one of one state's separate bilateral pacts with several others, split from one candidate
    #: (:func:`casus.news.pact_steps.separate_pacts`): a bilateral pact, no multilateral pact's late signature
    separate: bool = False
