"""The backtest's figures: alliance–war pairs (the published studies' unit) and member commitments.

**Pairs** — Leeds, Long & Mitchell's aggregation, the one Berkemeier & Fuhrmann (2018) report: one
outcome per alliance and war (and, for the table by obligation kind, per alliance, war and kind).
The alliance is *violated* in the war if any member violated a commitment it invoked, *honoured* if
at least one member's commitment was decided and every decided one was honoured; a member whose
commitment casus cannot decide is not known to have had to act, so it neither makes nor breaks the
pair; a pair with no decided commitment is undecidable.  An alliance is ATOP's (its ``atopid``;
a hand-encoded treaty without one counts on its own).  The period is that of the pair's first
invocation (before 1945; 1945–2003).

**Commitments** — one outcome per war, obligor, beneficiary, treaty and kind: what
``casus simulate`` calibrates its probabilities on.  Not the published unit: a multilateral
alliance in a long war makes many commitments (the Arab League pact alone makes dozens), so these
rates are labelled per commitment wherever they are shown.

**Differences that are definitions, not errors** (:data:`DEFINITION_DIFFERENCES`) are listed with
the figures.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .backtest_rules import SCORED, Commitment

__all__ = ["Pair", "pairs_of", "rates", "summary", "PUBLISHED", "PUBLISHED_SOURCE", "DEFINITION_DIFFERENCES"]

#: Berkemeier & Fuhrmann (2018), honoured / invoked alliance–war pairs (docs/sources/data-sources.md §5)
PUBLISHED = {
    "overall": (None, None, 0.50), "before_1945": (61, 92, 0.663), "1945_2003": (12, 54, 0.222),
    "defense": (42, 102, 0.412), "offense": (31, 42, 0.738), "neutrality": (35, 45, 0.778),
    "nonaggression": (18, 49, 0.367),
}
PUBLISHED_SOURCE = "Berkemeier & Fuhrmann (2018), as recorded in docs/sources/data-sources.md section 5"

DEFINITION_DIFFERENCES = (
    ("the war list", "casus uses COW Inter-State War v4.0 (95 wars, 1823–2003) with the Maoz dyadic war data; "
     "the published studies use the war list of their own COW version and code some participations differently, "
     "so a war or a participant one list has and the other lacks changes the pairs without either being wrong"),
    ("help short of fighting", "casus reads conduct only from who fought (COW participants, Maoz dyads): an ally "
     "that sent arms, money or volunteers without entering the war counts as staying out; hand coders may count "
     "such help as honouring a commitment that asked for less than fighting"),
    ("neutrality only if attacked", "ATOP flags some neutrality promises as owed only if the beneficiary is "
     "attacked (neucoatt); casus follows the flag, so a neutrality promise to a state that started the war is not "
     "invoked, where a coder reading the text might count it"),
    ("non-aggression invoked only by fighting", "casus invokes a non-aggression promise only when the two members "
     "fight each other, so nearly every invoked pair has a violator (the member that attacked); a coding that also "
     "counts a non-aggression pact as invoked when one member is at war with a third party, and honoured when the "
     "partner stays out of it, finds far higher rates (the published coding rule was not available here to check "
     "which it uses)"),
    ("memberships from signature", "by default a membership counts from signature (ATOP's convention); "
     "--basis in-force counts from entry into force and moves wartime alliances signed but not yet ratified"),
)


@dataclass(frozen=True)
class Pair:
    """One alliance in one war (and one obligation kind, or every kind: ``kind`` None)."""

    alliance: str  # "atop-<id>" or a hand-encoded treaty's id
    atopid: int | None
    war: int
    war_name: str
    kind: str | None
    date: str  # the first invocation
    outcome: str
    members: tuple[int, ...]  # the obligors behind the outcome (violators, or those who honoured)
    reason: str

    def to_dict(self) -> dict:
        from .reliability_oof import pair_oof  # the out-of-fold probabilities of casus reliability

        return {"alliance": self.alliance, "atopid": self.atopid, "war": self.war, "war_name": self.war_name,
                "kind": self.kind, "date": self.date, "outcome": self.outcome, "members": list(self.members),
                "reason": self.reason, "honour_oof": pair_oof(self.alliance, self.war, self.kind)}


def _alliance(c: Commitment) -> str:
    return f"atop-{c.atopid}" if c.atopid is not None else c.treaty_id


def _pair(key: tuple, cs: list[Commitment]) -> Pair:
    alliance, war, kind = key
    first = min(cs, key=lambda c: c.date)
    violated = sorted({c.obligor for c in cs if c.outcome == "violated"})
    honoured = sorted({c.obligor for c in cs if c.outcome == "honoured"})
    if violated:
        outcome, members = "violated", violated
        reason = f"{len(violated)} member(s) violated a commitment the war invoked"
    elif honoured:
        outcome, members = "honoured", honoured
        undecided = len({c.obligor for c in cs if c.outcome == "undecidable"})
        reason = f"every decided commitment honoured ({len(honoured)} member(s))" + (
            f"; {undecided} member(s) undecidable, not counted" if undecided else "")
    else:
        outcome, members = "undecidable", sorted({c.obligor for c in cs})
        reason = "no member's commitment could be decided"
    return Pair(alliance, first.atopid, war, first.war_name, kind, first.date, outcome, tuple(members), reason)


def pairs_of(commitments: Iterable[Commitment], by_kind: bool) -> list[Pair]:
    """Alliance–war pairs (per obligation kind if ``by_kind``), in order of war and alliance."""
    groups: dict[tuple, list[Commitment]] = {}
    for c in commitments:
        groups.setdefault((_alliance(c), c.war, c.kind if by_kind else None), []).append(c)
    return sorted((_pair(k, v) for k, v in groups.items()), key=lambda p: (p.war, p.alliance, p.kind or ""))


def _rate(outcomes: list[str]) -> dict:
    decided = [o for o in outcomes if o != "undecidable"]
    h = sum(1 for o in decided if o == "honoured")
    return {"honoured": h, "invoked": len(decided), "undecidable": len(outcomes) - len(decided),
            "rate": round(h / len(decided), 3) if decided else None}


def rates(items: list, kinds: Iterable[str] = SCORED, by_kind_items: list | None = None) -> dict:
    """Honoured / invoked overall, before 1945, 1945–2003 and by kind (``items``: pairs or commitments
    with ``date``, ``outcome`` and ``kind``; ``by_kind_items`` the per-kind items where they differ)."""
    per_kind = by_kind_items if by_kind_items is not None else items
    return {
        "overall": _rate([x.outcome for x in items]),
        "before_1945": _rate([x.outcome for x in items if int(x.date[:4]) < 1945]),
        "1945_2003": _rate([x.outcome for x in items if int(x.date[:4]) >= 1945]),
        "by_kind": {k: _rate([x.outcome for x in per_kind if x.kind == k]) for k in kinds},
    }


def summary(commitments: list[Commitment], pairs: list[Pair], pairs_by_kind: list[Pair], joiners: dict,
            rules: dict) -> dict:
    """The figures: alliance–war pairs first (the headline, comparable with the published table), then
    per commitment, the published figures, the joiners and the rules that produced them."""
    headline = rates(pairs, by_kind_items=pairs_by_kind)
    return {
        "unit": "alliance-war pairs (Leeds, Long & Mitchell's aggregation)",
        **headline,
        "commitments": {"unit": "member commitments (war, obligor, beneficiary, treaty, kind)",
                        **rates(commitments)},
        "published": {k: {"honoured": v[0], "invoked": v[1], "rate": v[2]} for k, v in PUBLISHED.items()},
        "published_source": PUBLISHED_SOURCE,
        "definition_differences": [{"what": w, "why": y} for w, y in DEFINITION_DIFFERENCES],
        "rules": rules,
        "joiners": joiners,
    }
