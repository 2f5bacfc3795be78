"""News-reader tests: puts this folder on sys.path (for news_gold.py) and prints
the metrics table (collected by test_news_gold.py) in pytest's terminal summary."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
_REPORT: list[str] = []


@pytest.fixture(scope="session")
def news_report():
    return _REPORT


def pytest_terminal_summary(terminalreporter):
    if _REPORT:
        terminalreporter.section("casus read: event metrics on tests/news/gold.yaml")
        for line in _REPORT:
            terminalreporter.write_line(line)
