"""Every hand-encoded treaty has scenario tests: one that binds, one that does not, one conditional."""

from __future__ import annotations

import pytest

from casus.importers.cow_states import load_states
from casus.importers.treaty_files import bundled_treaty_files, read_treaty_file
from scenario_files import SCENARIO_DIR, kinds_of, load_scenario_file

TREATIES = {read_treaty_file(n, load_states().resolve, text=x)[1] for n, x in bundled_treaty_files()}


@pytest.mark.parametrize("treaty", sorted(TREATIES, key=lambda t: t.id), ids=lambda t: t.id)
def test_treaty_has_scenarios(treaty):
    path = SCENARIO_DIR / f"{treaty.id}.yaml"
    assert path.exists(), f"write tests/scenarios/{treaty.id}.yaml"
    doc = load_scenario_file(path)
    assert doc["treaty"] == treaty.id
    assert len(doc["scenarios"]) >= 3
    seen = set().union(*(kinds_of(sc) for sc in doc["scenarios"]))
    if any(c.kind == "defense" for c in treaty.clauses) and treaty.legal_status == "treaty" and treaty.in_force.day:
        assert {"binds", "not"} <= seen, f"{treaty.id}: has {seen}"
        # where the text leaves something open (a condition, a frozen party), show it conditional
        if any(c.conditions for c in treaty.clauses) or any(m.statuses for m in treaty.memberships):
            assert "conditional" in seen, f"{treaty.id}: has {seen}"
    else:
        # no defence duty (or not in force / not a treaty): say so, and show what does not bind
        assert seen & {"no-defence", "not", "conditional", "binds"}, f"{treaty.id}: has {seen}"
        assert "not" in seen or "no-defence" in seen
