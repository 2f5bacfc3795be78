"""More words for the news reader: the tenth round's (added to :mod:`casus.news.lexicon`'s tables when it is
imported, its :data:`ADDITIONS`, after :mod:`casus.news.lexicon9`'s).

Plain data, same folding and conventions as the lexicon (a hyphen folds to a space).
"""

from __future__ import annotations

__all__ = ["ADDITIONS"]

#: table name in :mod:`casus.news.lexicon` → this round's additions to it
ADDITIONS: dict[str, object] = {}
