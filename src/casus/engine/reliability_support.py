"""The reliability model's support rule: where the data give the model too little to stand on, it says why
instead of answering (:mod:`casus.engine.reliability`).

A duty is not answered when its kind and era had fewer than :data:`MIN_SUPPORT` decided commitments in the
data, when a category (a response grade, an institution, contiguity, ...) had fewer, or when a number (the
treaty's age, the capital distance, the capability share) lies beyond the data's range by more than
:data:`EXTRAPOLATE` of its standard deviation; a number beyond the range by less is answered and said so.
The rule is read once per model (:func:`support_checks`) and, for an answer's duties, once per part of
their features that they share (:func:`unsupported_of_batch`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .reliability_features import COLUMNS, GRADES, GROUPS, PART_COLUMNS, Batch, Part

if TYPE_CHECKING:  # pragma: no cover
    from .reliability_model import Model

__all__ = ["MIN_SUPPORT", "EXTRAPOLATE", "support_checks", "unsupported", "unsupported_many",
           "unsupported_of_batch", "said_range"]

#: a feature value (or an era and kind) fewer commitments of the data had is not enough to answer from
MIN_SUPPORT = 5
#: how far (in standard deviations of the data) beyond the data's range a number is still answered for, said so
EXTRAPOLATE = 0.25


def _span(seen: dict) -> tuple[float, float]:
    """The range a numeric feature is answered for: the data's, widened by :data:`EXTRAPOLATE` of its
    standard deviation on either side."""
    pad = EXTRAPOLATE * seen["sd"]
    return seen["min"] - pad, seen["max"] + pad


_UNLOG = {"log_age": ("the treaty's age", "years"), "log_capdist": ("the capital distance", "km")}


def said_range(group: str, value: float, seen: dict) -> tuple[str, str]:
    """A number and the data's range as a reader reads them (years and km, not their logarithms)."""
    if group in _UNLOG:
        what, unit = _UNLOG[group]
        return (f"{what}, {math.expm1(value):,.0f} {unit},",
                f"{math.expm1(seen['min']):,.0f} to {math.expm1(seen['max']):,.0f} {unit}")
    return f"{group} = {value:.3g}", f"{seen['min']:.3g} to {seen['max']:.3g}"


#: the features the support rule reads, in the order it reads them (kind and era: by their cell)
_CHECKED = tuple(g for g in GROUPS if g not in ("offense", "post_1945"))


def support_checks(model: Model) -> list[tuple[str, tuple[float, float, float, float] | None, frozenset]]:
    """The support rule per :data:`_CHECKED` feature, read once from the model: for a number, the range it is
    answered for and the data's own range; for a category, the values enough commitments had."""
    hit = model.margins.get("support_checks")
    if hit is None:
        hit = []
        for group in _CHECKED:
            seen = model.support["groups"][group]
            if "min" in seen:
                hit.append((group, (*_span(seen), seen["min"], seen["max"]), frozenset()))
            else:
                levels = GRADES if group == "grade" else (0, 1)
                hit.append((group, None, frozenset(v for v in levels if seen.get(str(v), 0) >= MIN_SUPPORT)))
        model.margins["support_checks"] = hit
    return hit


def unsupported_many(model: Model, xs: Sequence[dict[str, Any]]) -> tuple[list[str | None], list[list[str]]]:
    """Why the model does not answer each situation (None: it does), and the numbers of each that lie beyond
    the data's own range (said in the notes)."""
    checks = support_checks(model)
    reasons: list[str | None] = []
    beyond: list[list[str]] = []
    for x in xs:
        far: list[str] = []
        beyond.append(far)
        cell_reason = cell_unsupported(model, x)
        if cell_reason is not None:
            reasons.append(cell_reason)
            continue
        reason = None
        for group, span, allowed in checks:
            value = x.get(group)
            if value is None:
                continue
            if span is not None:
                if not span[0] <= value <= span[1]:
                    reason = unsupported_text(model, group, value)
                    break
                if not span[2] <= value <= span[3]:
                    far.append(group)
            elif value not in allowed:
                reason = unsupported_text(model, group, value)
                break
        reasons.append(reason)
    return reasons, beyond


def checks_of_part(model: Model, name: str) -> list[tuple[int, str, tuple[float, float, float, float] | None,
                                                             frozenset]]:
    """The support rule's checks (:func:`support_checks`) of the features a part named ``name`` gives, each
    with its place in :data:`_CHECKED`."""
    key = ("support_checks", name)
    hit = model.margins.get(key)
    if hit is None:
        groups = {g for c, g, _ in COLUMNS if c in PART_COLUMNS[name]}
        binary = {g for _, g, kind in COLUMNS if kind == "binary"}
        # (a yes-or-no feature both of whose values enough commitments had never fails: not checked)
        hit = model.margins[key] = [(i, group, span, allowed)
                                    for i, (group, span, allowed) in enumerate(support_checks(model))
                                    if group in groups and not (group in binary and allowed >= {0, 1})]
    return hit


def part_support(model: Model, part: Part) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The support rule on the features one part gives: the features that fail it and those beyond the data's
    own range, each with its place in :data:`_CHECKED`."""
    fails: list[tuple[int, str]] = []
    far: list[tuple[int, str]] = []
    for i, group, span, allowed in checks_of_part(model, part.name):
        if (value := part.x[group]) is None:
            continue
        if span is not None:
            if not span[0] <= value <= span[1]:
                fails.append((i, unsupported_text(model, group, value)))
            elif not span[2] <= value <= span[3]:
                far.append((i, group))
        elif value not in allowed:
            fails.append((i, unsupported_text(model, group, value)))
    return fails, far


def cell_unsupported(model: Model, x: dict[str, Any]) -> str | None:
    """Why the model does not answer a duty's kind and era (None: enough commitments had them)."""
    cell = model.support["cells"].get(f"{x['offense']}{x['post_1945']}", 0)
    if cell >= MIN_SUPPORT:
        return None
    era = "from 1945" if x["post_1945"] else "before 1945"
    kind = "join" if x["offense"] else "defend"
    return f"only {cell} decided commitments to {kind} {era} in the data (fewer than {MIN_SUPPORT})"


def unsupported_of_batch(model: Model, b: Batch) -> tuple[list[str | None], list[tuple[str, ...]]]:
    """:func:`unsupported_many` of a batch's situations, the rule read once per part (:class:`Batch`)."""
    found = [[part_support(model, p) for p in parts] for parts in (b.treaty, b.atop, b.state)]
    flagged = [[bool(fails or far) for fails, far in kind] for kind in found]
    cells = [cell_unsupported(model, p.x) for p in b.treaty]
    reasons: list[str | None] = []
    beyond: list[tuple[str, ...]] = []
    said: dict[tuple, tuple[str | None, tuple[str, ...]]] = {}  # a row's flagged parts and cell → what they say
    for row in b.rows:
        t, a, st = row
        reason = cells[t]
        ft, fa, fs = flagged[0][t], flagged[1][a], flagged[2][st]
        if not (ft or fa or fs):  # the usual case: all in range
            reasons.append(reason)
            beyond.append(())
            continue
        key = (t if ft else -1, a if fa else -1, st if fs else -1, reason)
        hit = said.get(key)
        if hit is None:
            of_row = [found[k][row[k]] for k in range(3)]
            fails = [f for fs_, _ in of_row for f in fs_]
            why = min(fails)[1] if reason is None and fails else reason
            hit = said[key] = (why, () if why is not None else
                               tuple(g for _, g in sorted(f for _, far in of_row for f in far)))
        reasons.append(hit[0])
        beyond.append(hit[1])
    return reasons, beyond


def unsupported_text(model: Model, group: str, value) -> str:
    seen = model.support["groups"][group]
    if "min" in seen:
        what, span = said_range(group, value, seen)
        return (f"{what} lies outside the range the data cover ({span}, give or take {EXTRAPOLATE} "
                f"standard deviation of {group})")
    return (f"{group} = {value}: {seen.get(str(value), 0)} decided commitments in the data had it "
            f"(fewer than {MIN_SUPPORT})")


def unsupported(model: Model, x: dict[str, Any]) -> str | None:
    """Why the model does not answer one situation's features (None: it does)."""
    return unsupported_many(model, [x])[0][0]
