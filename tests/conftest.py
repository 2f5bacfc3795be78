"""Shared fixtures: the real bundled corpus (loaded once per test session)."""

from __future__ import annotations

import pytest

from casus.corpus import load


@pytest.fixture(scope="session")
def corpus():
    return load()
