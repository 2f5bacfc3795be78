"""The compiled engine agrees with the traced engine on generated toy corpora (hypothesis).

Each example is a toy corpus (``toy_corpora.build_case``: 3-8 real states, 1-5
hand-made treaties with exact and month-only days, unconfirmed entries into
force, leave-and-rejoin memberships, frozen spells, windows and conditions of
every kind) and 1-6 scenarios on it (1-2 attackers and targets, every policy,
``where``, the stated facts).  For every scenario the traced engine
(:func:`casus.engine.evaluate.evaluate`) and the compiled one
(``compile_corpus(...).date_view(d).cascade(sc)``) must give the same
defend/join findings, per (obligor, duty, beneficiary) with the strongest
status (conflicted > binding > conditional), and the same sides.

The differential test takes ~20-25 s on two idle cores (marked ``slow``); set
``CASUS_DIFF_EXAMPLES`` to run more or fewer examples.  Examples are fresh on
every run (not derandomized); a failure prints the shrunk toy corpus and
scenario in words (through ``note()``: pytest shows the argument itself
empty), and hypothesis prints how to replay it (``@reproduce_failure``; the
failing example is also kept in ``.hypothesis/`` and tried first next time).

Both engines read an obligation's state on a day through the same
``Obligation.on`` (its segments), so the differential test cannot see a wrong
segment; ``test_obligation_segments_agree_with_the_day_by_day_rule`` checks
the segments against the rule itself.  ``test_generator_produces_every_shape``
makes sure the differential test is not vacuous: the generator does produce
each interesting shape.
"""

from __future__ import annotations

import inspect
import os
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from casus.model.findings import POLICIES, STATUSES
from toy_corpora import (
    HypothesisChooser,
    RandomChooser,
    ToyCase,
    build_case,
    describe,
    describe_scenario,
    shapes,
    traced,
)

#: examples per run of the differential test; ``CASUS_DIFF_EXAMPLES=20000 pytest ...`` searches longer
EXAMPLES = int(os.environ.get("CASUS_DIFF_EXAMPLES", "1000"))
HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example,
          HealthCheck.filter_too_much]


@st.composite
def toy_cases(draw, n_scenarios: tuple[int, int] = (1, 6)) -> ToyCase:
    # every choice reads from byte strings, one per section (fast to draw, shrinks towards "feature off")
    return build_case(HypothesisChooser(draw), n_scenarios)


def _compiled_takes_a_scenario() -> bool:
    """The compiled engine's new API: ``DateView.cascade(scenario)`` (the old one took state indices)."""
    from casus.engine.compiled import DateView

    return len(inspect.signature(DateView.cascade).parameters) == 2


def _diff(want: dict, got: dict, what: str) -> list[str]:
    out = []
    for k in sorted(set(want) | set(got), key=str):
        if want.get(k) != got.get(k):
            out.append(f"  {what} {k}: traced {want.get(k)!r}, compiled {got.get(k)!r}")
    return out


def _compare(case: ToyCase) -> None:
    from casus.engine.compiled import compile_corpus

    comps: dict[str, object] = {}
    views: dict[tuple, object] = {}  # scenarios of one day share its view (and what it caches)
    for i, sc in enumerate(case.scenarios):
        want, want_side, _ = traced(case.corpus, sc)
        comp = comps.get(sc.basis) or comps.setdefault(sc.basis, compile_corpus(case.corpus, basis=sc.basis,
                                                                                  cache=False))
        view = views.get((sc.basis, sc.date)) or views.setdefault((sc.basis, sc.date), comp.date_view(sc.date))
        found, side = view.cascade(sc)
        got, got_side = dict(found), {int(k): v for k, v in side.items()}
        got = {(int(o), du, int(b)): s for (o, du, b), s in got.items()}
        if got != want or got_side != want_side:
            lines = [f"compiled and traced engines differ on scenario {i}: {describe_scenario(sc)}"]
            lines += _diff(want, got, "finding")
            lines += _diff(want_side, got_side, "side of")
            lines += ["toy corpus:", describe(case.treaties)]
            raise AssertionError("\n".join(lines))


@pytest.mark.slow
@pytest.mark.skipif(not _compiled_takes_a_scenario(),
                    reason="the compiled engine's DateView.cascade does not take a Scenario yet")
@settings(max_examples=EXAMPLES, deadline=None, print_blob=True, suppress_health_check=HEALTH)
@given(case=toy_cases())
def test_compiled_engine_agrees_with_traced_engine_on_toy_corpora(case):
    note(f"toy case (printed by note(): pytest shows the argument's repr empty):{case!r}")
    _compare(case)


@settings(max_examples=300, deadline=None, print_blob=True, suppress_health_check=HEALTH)
@given(case=toy_cases(n_scenarios=(1, 3)))
def test_traced_engine_is_total_on_toy_corpora(case):
    """Every valid toy corpus and scenario gets an answer: no crash, sane statuses and sides."""
    note(f"toy case:{case!r}")
    for sc in case.scenarios:
        best, side, ev = traced(case.corpus, sc)
        assert set(best.values()) <= set(STATUSES)
        assert {c for c, s in side.items() if s == "A"}.isdisjoint(c for c, s in side.items() if s == "D")
        assert all(side[a] == "A" for a in sc.attackers) and all(side[t] == "D" for t in sc.targets)
        assert ev.rounds <= len(case.states) + 1


def _segments_api():
    try:
        from casus.engine.obligations import index_for, state_on
    except ImportError:  # pragma: no cover - an older engine without obligation segments
        return None
    return index_for, state_on


@pytest.mark.skipif(_segments_api() is None, reason="casus.engine.obligations (segments) is not there")
@settings(max_examples=60, deadline=None, print_blob=True, suppress_health_check=HEALTH)
@given(case=toy_cases(n_scenarios=(1, 3)))
def test_obligation_segments_agree_with_the_day_by_day_rule(case):
    """Both engines read an obligation's state on a day from its segments (``Obligation.on``), so the
    differential test cannot see a missing breakpoint; check the segments against ``state_on``, the
    rule evaluated on the day itself, on every day next to a date of the corpus and on the scenarios'."""
    import datetime as dt

    from toy_corpora import _bounds_of

    index_for, state_on = _segments_api()
    note(f"toy case:{case!r}")
    days = {sc.date for sc in case.scenarios}
    for b in _bounds_of(case.treaties):
        for x in (b.earliest, b.latest):
            days.update((x - dt.timedelta(days=1), x, x + dt.timedelta(days=1)))
    for ob in index_for(case.corpus).all():
        for basis in ("in-force", "signed"):
            for d in sorted(days):
                want = state_on(ob.treaty, ob.clause, ob.obligor, ob.beneficiary, d, basis)
                got = ob.on(d, basis)
                assert got == want, (f"{ob.treaty.id} {ob.clause.id} {ob.obligor}->{ob.beneficiary} on {d} "
                                     f"({basis}): segments {got}, the rule {want}")


def test_generator_produces_every_shape():
    """300 cases from a plain random.Random: each interesting shape is there, many times over."""
    total: Counter = Counter()
    findings = cascades = n = 0
    for seed in range(300):
        case = build_case(RandomChooser(seed))
        total += shapes(case)
        for sc in case.scenarios:
            best, side, _ = traced(case.corpus, sc)
            n += 1
            findings += bool(best)
            cascades += len(side) > len(sc.attackers) + len(sc.targets)
    wanted = ["month-only membership bound", "two frozen spells", "one frozen spell", "rejoin", "window",
              "window month-only", "in force unconfirmed", "in force not recorded", "legal:political",
              "legal:treaty", "obligors:subset", "obligors:all", "beneficiaries:subset", "beneficiaries:all",
              "response:automatic", "response:discretionary", "cond:adversary exhaustive=True",
              "cond:adversary exhaustive=False", "cond:location real", "cond:location none",
              "cond:location undefined", "date inside a month-only bound", "date on a bound",
              "attackers:1", "attackers:2", "targets:1", "targets:2", "basis:in-force", "basis:signed",
              "where:none", "where:territory", "where:forces"]
    wanted += [f"kind:{k}" for k in ("defense", "offense", "neutrality", "nonaggression", "consultation")]
    wanted += [f"cond:{k}" for k in ("adversary", "location", "nonprovocation", "request", "joint_finding",
                                     "number", "attacked", "other")]
    wanted += [f"policy:{p}" for p in POLICIES]
    wanted += [f"{f}:{v}" for f in ("provoked", "requested", "joint_finding") for v in (None, True, False)]
    missing = {k: total[k] for k in wanted if total[k] < 20}
    assert not missing, f"the generator (almost) never produces: {missing}"
    # the scenarios are not trivially empty: many have findings, some a cascade beyond the first round
    assert findings > n * 0.25 and cascades > n * 0.04, (n, findings, cascades)
