"""News-reader tests: puts this folder on sys.path (for news_gold.py) and prints
the metrics table (collected by test_news_gold.py) in pytest's terminal summary.

The rules' tests read what the rules read: the article-level model (:mod:`casus.news.article_types`), which proposes
events where the rules found none, is off in them.  A test module that reads what ``casus read`` reads (the labelled
batches, the seed, the model's own tests) says so with ``ARTICLE_MODEL = True``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
_REPORT: list[str] = []


@pytest.fixture(scope="module", autouse=True)
def _article_model(request):
    """The article-level model on only in the modules that set ``ARTICLE_MODEL = True``."""
    from casus.news import article_types

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(article_types, "ENABLED", bool(getattr(request.module, "ARTICLE_MODEL", False)))
        yield


@pytest.fixture(scope="session")
def news_report():
    return _REPORT


def pytest_terminal_summary(terminalreporter):
    if _REPORT:
        terminalreporter.section("casus read: event metrics on tests/news/gold.yaml")
        for line in _REPORT:
            terminalreporter.write_line(line)
