"""Scenario tests as data (OpenFisca-style): ``tests/scenarios/<treaty-id>.yaml``.

Each file names its treaty and lists scenarios: an attack in, expected findings
out.  ``conftest.py`` collects every file; each scenario is one pytest item.

```yaml
treaty: rus-prk-2024
scenarios:
  - name: The USA attacks North Korea after entry into force
    attack: {by: USA, on: PRK, date: 2025-01-01}      # also where, basis, policy,
                                                      # provoked, requested, joint_finding
    expect:                                           # each must match a finding
      - {state: RUS, duty: defend, beneficiary: PRK, status: binding, article: "4"}
    expect_none:                                      # none may match (any status)
      - {state: RUS, duty: join, beneficiary: USA}
    expect_inactive: [rus-prk-2024]                   # reported as not holding on the date
    expect_excluded: [{state: USA, reason: outside}]  # excluded by a decided condition
    expect_no_defence: [aukus-2021]                   # instrument reported as obliging no defence
    expect_guarantee: [{state: USA, beneficiary: QAT}]  # a non-treaty commitment, shown apart
```

In a pattern, ``treaty`` defaults to the file's treaty; ``open_condition`` and
``conflict`` match substrings; other keys match exactly.
"""

from __future__ import annotations

from pathlib import Path

from casus import load
from casus.yamlfiles import load_yaml

__all__ = ["SCENARIO_DIR", "load_scenario_file", "run_scenario", "kinds_of"]

SCENARIO_DIR = Path(__file__).parent / "scenarios"
ATTACK_KEYS = {"by", "on", "date", "where", "basis", "policy", "provoked", "requested", "joint_finding",
               "launched_from", "attributed_to"}


def load_scenario_file(path: Path) -> dict:
    doc = load_yaml(path.read_text(encoding="utf-8"))
    assert isinstance(doc, dict) and "treaty" in doc and "scenarios" in doc, f"{path.name}: needs treaty and scenarios"
    return doc


def _matches(f: dict, pattern: dict, default_treaty: str) -> bool:
    pattern = {"treaty": default_treaty, **pattern}
    for key, want in pattern.items():
        if key == "treaty":
            if f["treaty"]["id"] != want:
                return False
        elif key == "article":
            if str(f["treaty"]["article"]) != str(want):
                return False
        elif key == "open_condition":
            if not any(str(want).lower() in c.lower() for c in f["open_conditions"]):
                return False
        elif key == "conflict":
            if not f["conflict"] or str(want).lower() not in f["conflict"].lower():
                return False
        elif key == "reason":
            if str(want).lower() not in f.get("reason", "").lower():
                return False
        elif str(f.get(key)) != str(want):
            return False
    return True


def run_scenario(default_treaty: str, sc: dict) -> None:
    attack = dict(sc["attack"])
    unknown = set(attack) - ATTACK_KEYS
    assert not unknown, f"unknown attack keys {unknown}"
    if "date" in attack:
        attack["date"] = str(attack["date"])
    res = load().attack(**attack).to_dict()
    found = res["findings"]
    for pat in sc.get("expect", []):
        assert any(_matches(f, pat, default_treaty) for f in found), (
            f"expected a finding {pat}; got: "
            + "; ".join(f"{f['state']} {f['duty']} {f['beneficiary']} {f['status']} [{f['treaty']['id']}]"
                        for f in found if f["treaty"]["id"] == pat.get("treaty", default_treaty)))
    for pat in sc.get("expect_none", []):
        bad = [f for f in found if _matches(f, pat, default_treaty)]
        assert not bad, f"expected no finding {pat}; got {[(f['state'], f['duty'], f['status']) for f in bad]}"
    for tid in sc.get("expect_inactive", []):
        assert any(i["treaty"]["id"] == tid for i in res["inactive"]), \
            f"{tid} not reported as inactive: {res['inactive']}"
    for pat in sc.get("expect_excluded", []):
        assert any(_matches(x, pat, default_treaty) for x in res["excluded"]), f"no exclusion {pat}"
    for tid in sc.get("expect_no_defence", []):
        assert any(n["treaty"]["id"] == tid for n in res["no_defence_obligation"]), (
            f"{tid} not reported as obliging no defence: {res['no_defence_obligation']}")
    for pat in sc.get("expect_guarantee", []):
        assert any(_matches(g, pat, default_treaty) for g in res["guarantees"]), f"no guarantee {pat}"


def kinds_of(sc: dict) -> set[str]:
    """What a scenario demonstrates: binds / not / conditional / no-defence."""
    out = set()
    if any(p.get("status") == "binding" for p in sc.get("expect", [])):
        out.add("binds")
    if any(p.get("status") == "conditional" for p in sc.get("expect", [])):
        out.add("conditional")
    if sc.get("expect_none") or sc.get("expect_inactive") or sc.get("expect_excluded"):
        out.add("not")
    if sc.get("expect_no_defence") or sc.get("expect_guarantee"):
        out.add("no-defence")
    return out
