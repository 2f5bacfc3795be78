"""Shared fixtures: a session over the real bundled corpus (loaded once per test session)."""

from __future__ import annotations

import pytest

import casus


@pytest.fixture(scope="session")
def corpus():
    """A :class:`casus.session.Session` (``corpus.attack(...)``; the data is ``corpus.corpus``)."""
    return casus.load()


# -- scenario tests as data (tests/scenarios/*.yaml) --------------------------

class ScenarioFile(pytest.File):
    def collect(self):
        from scenario_files import load_scenario_file

        doc = load_scenario_file(self.path)
        for i, sc in enumerate(doc["scenarios"]):
            yield ScenarioItem.from_parent(self, name=f"{i:02d} {sc.get('name', '')}", spec=sc, treaty=doc["treaty"])


class ScenarioItem(pytest.Item):
    def __init__(self, *, spec, treaty, **kwargs):
        super().__init__(**kwargs)
        self.spec = spec
        self.treaty = treaty

    def runtest(self):
        from scenario_files import run_scenario

        run_scenario(self.treaty, self.spec)

    def repr_failure(self, excinfo):
        return f"{self.path.name} :: {self.spec.get('name')}\n{excinfo.value}"

    def reportinfo(self):
        return self.path, 0, f"scenario: {self.spec.get('name')}"


def pytest_collect_file(parent, file_path):
    if file_path.suffix == ".yaml" and file_path.parent.name == "scenarios":
        return ScenarioFile.from_parent(parent, path=file_path)
