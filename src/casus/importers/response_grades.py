"""How strong each ATOP duty is: the *response grade* of a defence or offence obligation.

ATOP's ``defense`` and ``offense`` flags say that a duty exists; they do not say
whether it is automatic.  casus reads it from the treaty text quoted on each
alliance's ATOP codesheet (questions 18–23) in one vocabulary, the one the
hand-encoded treaty files use too:

* ``automatic``: the party must assist once the casus foederis occurs, and the
  text leaves it no choice of whether to fight or of the means;
* ``discretionary``: it must respond, but what it does is left to its own
  judgement or to a later agreement ("such action as it deems necessary",
  "as may be mutually agreed upon", "appropriate measures");
* ``consult_first``: its first duty is to consult on what to do;
* ``unspecified``: not graded (no codesheet text, or too thin to tell).

Two sources, each named on every clause (``Clause.response_basis``):

* **hand**: ``data/atop_grades/hand_living.yaml`` (the 48 alliances with a
  defence or offence duty in force on 2018-12-31) and
  ``data/atop_grades/sample_blind.yaml`` (a random sample of 60 others, graded
  before the rules below existed: their held-out check, see
  :func:`rule_agreement`);
* **rules**: :func:`grade_by_rules` over the codesheet text, for the rest.

Grades stand *beside* ATOP's flags: ATOP's columns are never changed.  Conditions
the text names that ATOP has no flag for (the victim's request, a joint
decision, a state of war, a named adversary ATOP does not flag) come with the
grade, each quoting the codesheet phrase that names it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from ..model.treaty import RESPONSES
from ..yamlfiles import load_yaml

__all__ = ["GRADES", "TextCondition", "ResponseGrade", "grade_by_rules", "hand_grades", "sample_grades",
           "codesheet_text", "rule_agreement", "grade_of"]

GRADES = RESPONSES
_DATA = "casus.data.atop_grades"
_FIELDS = ("q18_obligations", "q19_conditions", "q20_limits", "q22_other_limits", "q23_target")
TEXT_CONDITION_KINDS = ("request", "joint_finding", "war", "adversary", "other")


@dataclass(frozen=True)
class TextCondition:
    """A condition the codesheet text names (casus's reading, beside ATOP's flags)."""

    kind: str  # request | joint_finding | war | adversary | other
    phrase: str
    states: tuple[int, ...] = ()
    members: tuple[int, ...] = ()  # empty: binds every member
    note: str | None = None


@dataclass(frozen=True)
class ResponseGrade:
    """The grade of one ATOP alliance (one phase, or every phase when ``phase`` is None)."""

    atopid: int
    phase: int | None
    grade: str  # one of GRADES
    phrase: str | None  # the codesheet words that decide it
    graded_by: str  # "hand" | "rules"
    conditions: tuple[TextCondition, ...] = ()
    by_member: tuple[tuple[int, str, str | None], ...] = ()  # (ccode, grade, phrase) where a member differs
    note: str | None = None

    def for_member(self, ccode: int) -> tuple[str, str | None]:
        """(grade, phrase) of ``ccode``'s duty."""
        for c, grade, phrase in self.by_member:
            if c == ccode:
                return grade, phrase
        return self.grade, self.phrase

    @property
    def basis(self) -> str:
        how = "graded by hand" if self.graded_by == "hand" else "graded by casus's rules"
        return f"{how} from the ATOP codesheet text (casus's reading, beside ATOP's flags)"


def codesheet_text(rec: dict | None) -> str:
    """The quotable answers of a codesheet record, whitespace collapsed."""
    if not rec:
        return ""
    return " ".join(" ".join(str(rec.get(f) or "") for f in _FIELDS).split())


# -- the rules --------------------------------------------------------------------
def _rx(*alts: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{a})" for a in alts), re.IGNORECASE)


#: words that leave the choice of action to the party (or to a later agreement)
_DISCRETION = _rx(r"deems? (?:it )?(?:necessary|appropriate|fit)", r"considers? (?:it )?(?:necessary|appropriate)",
                  r"constitutional (?:processes|procedures|provisions|requirements)",
                  r"appropriate (?:measures|action|steps)", r"(?:mutually|jointly) agreed",
                  r"as may be agreed", r"may be (?:rendered|provided|given)", r"such action as",
                  r"without its consent", r"(?:at|in) its (?:own )?discretion", r"judges? (?:it )?necessary",
                  r"determine (?:the )?(?:measures|means|action)",
                  r"(?:means|extent|form|nature)(?: and \w+)? of (?:this |such |the )?(?:assistance|aid)"
                  r"(?: \w+){0,3} determined")
#: a firm duty to assist
_ASSIST = _rx(r"all (?:the )?means", r"all (?:its|their|his) (?:forces|power|might|strength)",
              r"(?:render|give|provide|lend|extend|afford|come to)\w* (?:\w+ ){0,4}(?:assistance|aid|help|support)",
              r"assist\w*", r"(?:military|armed) (?:assistance|aid|help|support)",
              r"come to (?:the|its|his) (?:aid|help)", r"make (?:common )?cause",
              r"join (?:\w+ ){0,3}(?:in|with) (?:the )?war", r"take part in (?:the )?war", r"declare war",
              r"coordinate (?:their|its) military operations", r"defend")
#: consultation or joint deliberation on what to do, as the first duty
_CONSULT = _rx(r"consult\w*", r"confer\w*", r"(?:meeting|organ) of consultation",
               r"agree (?:up)?on (?:the )?(?:joint )?measures", r"(?:propose|take) joint measures",
               r"coordinat\w+ (?:the |their )?efforts")
#: a sentence about the casus foederis: an attack, aggression, invasion or war
_TRIGGER = _rx(r"attack\w*", r"aggress\w*", r"inva\w+", r"\bwar\b", r"hostilit\w+", r"armed conflict")
_SENTENCE = re.compile(r"(?<=[.;:”\"])\s+(?=[“\"(A-Z])")


def _casus_sentences(text: str) -> str:
    """The sentences about an attack (each with the next one, where the duty often follows)."""
    parts = _SENTENCE.split(text)
    keep: list[str] = []
    for i, sentence in enumerate(parts):
        if _TRIGGER.search(sentence):
            keep += parts[i:i + 2]
    return " ".join(dict.fromkeys(keep))


def grade_by_rules(text: str) -> tuple[str, str | None]:
    """(grade, deciding phrase) from a codesheet's text, read first in the sentences about an
    attack (then in the whole text): words of discretion make a duty *discretionary*; else a firm
    duty to assist makes it *automatic*; else consultation alone makes it *consult_first*; else
    *unspecified*."""
    for scope in (_casus_sentences(text), text):
        if not scope:
            continue
        for rx, grade in ((_DISCRETION, "discretionary"), (_ASSIST, "automatic"), (_CONSULT, "consult_first")):
            m = rx.search(scope)
            if m:
                return grade, _around(scope, m)
    return "unspecified", None

def _around(text: str, m: re.Match, words: int = 4) -> str:
    """The match with a few words either side: a phrase a reader can find in the text."""
    before = text[:m.start()].split()[-words:]
    after = text[m.end():].split()[:words]
    return " ".join([*before, m.group(0), *after])


# -- the hand grades --------------------------------------------------------------
def _read(name: str) -> dict[tuple[int, int | None], ResponseGrade]:
    path = resources.files(_DATA).joinpath(name)
    out: dict[tuple[int, int | None], ResponseGrade] = {}
    for e in load_yaml(path.read_text(encoding="utf-8")) or []:
        conds = tuple(TextCondition(kind=c["kind"], phrase=c["phrase"], states=tuple(c.get("states") or ()),
                                    members=tuple(c.get("members") or ()), note=c.get("note"))
                      for c in e.get("conditions") or ())
        members = tuple((int(k), v.get("grade") or "unspecified", v.get("phrase"))
                        for k, v in sorted((e.get("by_member") or {}).items()))
        key = (int(e["atopid"]), e.get("phase"))
        out[key] = ResponseGrade(atopid=key[0], phase=key[1], grade=e.get("grade") or "unspecified",
                                 phrase=e.get("phrase"), graded_by="hand", conditions=conds, by_member=members,
                                 note=e.get("note"))
    return out


@functools.cache
def hand_grades() -> dict[tuple[int, int | None], ResponseGrade]:
    """Every hand grade (the living alliances and the held-out sample), by (atopid, phase)."""
    return {**_read("sample_blind.yaml"), **_read("hand_living.yaml")}


@functools.cache
def sample_grades() -> dict[tuple[int, int | None], ResponseGrade]:
    """The held-out sample alone (labelled before the rules existed)."""
    return _read("sample_blind.yaml")


def rule_agreement(passages: dict[tuple[int, int | None], dict], grades: dict | None = None) -> dict:
    """How often :func:`grade_by_rules` gives the hand grade, over ``grades`` (default: the
    held-out sample), entries with a hand grade only.  Returns counts and the disagreements."""
    grades = sample_grades() if grades is None else grades
    rows = []
    for (atopid, phase), g in sorted(grades.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)):
        if g.grade == "unspecified":
            continue
        rec = passages.get((atopid, phase)) or passages.get((atopid, None)) or next(
            (v for k, v in sorted(passages.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)) if k[0] == atopid),
            None)
        rule, _ = grade_by_rules(codesheet_text(rec))
        rows.append((atopid, phase, g.grade, rule))
    agree = sum(1 for *_, h, r in rows if h == r)
    return {"n": len(rows), "agree": agree, "share": round(agree / len(rows), 3) if rows else None,
            "disagreements": [{"atopid": a, "phase": p, "hand": h, "rules": r} for a, p, h, r in rows if h != r]}


def grade_of(atopid: int, phase: int | None, rec: dict | None) -> ResponseGrade:
    """The grade of an ATOP alliance phase: by hand where casus has one, else by the rules over the
    phase's codesheet record ``rec``."""
    hand = hand_grades()
    g = hand.get((atopid, phase or None)) or hand.get((atopid, None))
    if g is not None:
        return g
    grade, phrase = grade_by_rules(codesheet_text(rec))
    return ResponseGrade(atopid=atopid, phase=phase or None, grade=grade, phrase=phrase, graded_by="rules")
