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


# -- the fast inner loop: `pytest -m "not slow"` ------------------------------------
# Tests that take seconds each are marked here (besides those marked in their own files), so
# that the inner loop stays under a minute; `make test` runs them all.
SLOW = {
    "tests/test_differential.py",  # 1,000+ generated corpora per run
    "tests/test_compiled.py::test_cascade_agrees_on_2000_random_scenarios",
    "tests/test_compiled.py::test_cache_is_keyed_by_the_data",
    "tests/test_reasons.py::test_the_scenarios_cover_every_reason_code",
    "tests/test_reasons.py::test_hindi_answers_have_no_english_engine_sentence_cli",
    "tests/test_reasons.py::test_hindi_answers_have_no_english_engine_sentence_web",
    "tests/api/test_rest.py::test_other_endpoints",
    "tests/test_cli.py::test_extra_treaty_file_is_loaded",
    "tests/test_cli.py::test_malformed_treaty_file_names_file_and_field",
    "tests/test_dyad_years.py::test_similarity_and_graph",
    "tests/news/test_news_units.py::test_draft_loads_into_a_corpus_as_a_what_if",
    "tests/test_engine_properties.py::test_adding_a_pact_never_removes_an_unconflicted_binding_finding",
    "tests/test_atop_import.py::test_flags_become_conditions_with_named_threats",
    "tests/test_atlas_simulate.py::test_dask_gives_the_single_machine_answers",
    "tests/test_compiled.py::test_bulk_counts_agree_with_the_full_engine",
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        nodeid = item.nodeid.split("[")[0]
        if nodeid in SLOW or nodeid.split("::")[0] in SLOW:
            item.add_marker(pytest.mark.slow)
