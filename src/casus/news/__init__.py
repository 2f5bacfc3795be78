"""The news reader: pact events in news articles, in Hindi and English.

``casus read FILE...`` (:mod:`casus.news.cli_read`) and, from Python::

    from casus.news import read_article
    events = read_article(text, reference_date=date(2024, 6, 20))
    events[0].to_dict()   # type, parties, date, date_basis, kind, evidence, match, ..., learned, kind_learned

Modules: :mod:`~casus.news.clean` (noise), :mod:`~casus.news.text` (folding
and sentences), :mod:`~casus.news.index` (the lexicon automaton, over
:mod:`~casus.news.lexicon`'s words), :mod:`~casus.news.dates` (with
:mod:`~casus.news.date_context`: which event a date belongs to),
:mod:`~casus.news.extract` (events: the clauses around a trigger in
:mod:`~casus.news.clauses`, the steps over all candidates in
:mod:`~casus.news.candidates`, parties in :mod:`~casus.news.parties`, kinds in
:mod:`~casus.news.kinds`, invocations in :mod:`~casus.news.invocations`),
:mod:`~casus.news.match` (corpus pact or draft treaty file),
:mod:`~casus.news.article_types` (the article-level model: where the rules find
no event, the types of event the article's words point to, each proposed
event marked ``learned`` with its probability; the rules' events of a type it
finds most unlikely set aside, in the reading's ``stats``; and a kind, marked
``kind_learned``, for the events the reader gave none).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .extract import EVENT_KINDS, EVENT_TYPES, Event, Evidence, Reading, read

__all__ = ["read_article", "read", "Event", "Evidence", "Reading", "EVENT_TYPES", "EVENT_KINDS"]


def __getattr__(name: str):
    """The reader's names, imported on first use (the news extra may not be installed: ``casus --help`` and the
    rest of casus work without it)."""
    if name in __all__ and name != "read_article":
        from ..extras import need

        need("news", "the news reader")
        from . import extract

        value = getattr(extract, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'casus.news' has no attribute {name!r}")


def read_article(text: str | bytes, reference_date: date | str | None = None, corpus=None,
                 source: str | None = None) -> list[Event]:
    """The pact events one article reports (see :func:`casus.news.extract.read`).

    ``reference_date`` (a date or ``YYYY-MM-DD``) stands in for the article's
    own date when it has none; ``corpus`` defaults to the bundled one.

    >>> evs = read_article("PYONGYANG, June 19, 2024 - Russia and North Korea signed a treaty on comprehensive "
    ...                    "strategic partnership on Wednesday, pledging mutual assistance if either is attacked.")
    >>> [(e.type, e.parties, e.date, e.kind) for e in evs]
    [('signed', ('PRK', 'RUS'), '2024-06-19', 'defense')]
    """
    from ..extras import need

    need("news", "the news reader")
    from .extract import read

    if isinstance(reference_date, str):
        reference_date = date.fromisoformat(reference_date)
    return read(text, reference_date=reference_date, corpus=corpus, source=source).events
