"""More words for the news reader: the sixth round's forms, English and a few Hindi (added to
:mod:`casus.news.lexicon`'s tables when it is imported, its :data:`ADDITIONS`, after
:mod:`casus.news.lexicon_hi5`'s).

Plain data, same folding and conventions as the lexicon; the gates that some of these words need are
:mod:`casus.news.clauses`'.
"""

from __future__ import annotations

__all__ = ["ADDITIONS", "APPROVAL_KEYS"]

#: State names the registry lacks: the Republic of China by its Cold War name.
STATE_EXTRA_6 = {"TAW": ["Nationalist China", "D:Nationalist Chinese", "Free China"]}

#: A legislature's approval of a pact is its ratification ("the parliament approved the security agreement"):
#: gated by :func:`casus.news.clauses.approval_without_legislature` (a legislature before, a pact after).
_APPROVALS = {"approved": "past", "approves": "present", "approve": "present", "voted to approve": "past",
              "voted to ratify": "past", "endorsed": "past", "endorses": "present",
              # "the congress ... gave its approval to the treaty"
              "gave its approval to": "past", "gave their approval to": "past", "has given its approval to": "past",
              "gives its approval to": "present"}
APPROVAL_KEYS = frozenset(_APPROVALS)
_ENDING_NOUNS = ("termination", "abrogation", "denunciation", "annulment", "cancellation")
_ENDING_GERUNDS = ("ending", "terminating", "abrogating", "annulling", "revoking", "scrapping", "denouncing",
                   "cancelling", "canceling")

TRIGGERS_6: dict[str, tuple[str, str]] = {
    **{k: ("ratified", t) for k, t in _APPROVALS.items()},
    # a pact made binding is in force ("the convention became binding")
    "became binding": ("entered_into_force", "past"), "becomes binding": ("entered_into_force", "present"),
    "has become binding": ("entered_into_force", "past"), "became legally binding": ("entered_into_force", "past"),
    # not renewing a pact at its term, decided: a withdrawal ("decided not to renew its treaty with")
    **{f"{v} {n} {r}": ("withdrew", t)
       for v, t in (("decided", "past"), ("decides", "present"), ("chose", "past"), ("has decided", "past"),
                    ("opted", "past"))
       for n in ("not to", "against")
       for r in ("renew", "extend", "prolong", "renewing", "extending", "prolonging")
       if (n == "not to") == (not r.endswith("ing"))},
    **{f"{v} to {r}": ("withdrew", "past") for v in ("refused", "declined")
       for r in ("renew", "extend", "prolong")},
    # a law or decree that ends a pact ("signs law ending the treaty", "signed into law the termination of")
    **{f"{v} {a}{act} {g}": ("withdrew", t)
       for v, t in (("signed", "past"), ("signs", "present"), ("passed", "past"), ("passes", "present"),
                    ("approved", "past"), ("approves", "present"), ("adopted", "past"), ("issued", "past"))
       for a in ("", "a ", "the ") for act in ("law", "bill", "decree", "laws", "bills", "decrees")
       for g in _ENDING_GERUNDS if not (a and act.endswith("s"))},
    **{f"{v} into law the {n} of": ("withdrew", t) for v, t in (("signed", "past"), ("signs", "present"))
       for n in _ENDING_NOUNS},
    # adhering to a pact is acceding to it ("formally adhered to the pact")
    "adhered to": ("joined", "past"), "adheres to": ("joined", "present"), "has adhered to": ("joined", "past"),
    # Hindi: breaking a pact ("संधि तोड़ी"), separating oneself from it ("संधि से खुद को अलग कर लिया"), and leaving "it"
    # (a pronoun for the pact: "इससे बाहर हो गए"); the pact must be the verb's object (casus.news.clauses.pact_object)
    **{f"{p} {v}": ("withdrew", "past") for p in ("संधि", "समझौता", "समझौते", "करार", "गठबंधन")
       for v in ("तोड़ी", "तोड़ दी", "तोड़ दिया", "तोड़ा", "तोड़ दिए", "तोड़ डाली", "तोड़ डाला")},
    **{f"{r} को अलग कर {v}": ("withdrew", "past") for r in ("खुद", "ख़ुद", "अपने आप")
       for v in ("लिया", "लिए", "ली", "दिया")},
    **{f"{p} बाहर {v}": ("withdrew", "past") for p in ("इससे", "उससे", "इनसे")
       for v in ("हो गया", "हो गई", "हो गए", "निकल गया", "निकल गए", "निकल गई")},
    # a later signer that joins a pact ("signed the treaty, becoming the seventh country to join it"): only after
    # become, as "member"
    **{f"{n} to {v}": ("joined", "needs_become") for n in ("country", "state", "nation", "member", "republic")
       for v in ("join", "accede to", "adhere to")},
}


#: What this module adds to :mod:`casus.news.lexicon`'s tables, by table
ADDITIONS: dict[str, object] = {"STATE_EXTRA": STATE_EXTRA_6, "TRIGGERS": TRIGGERS_6}
