"""A war declared (or relations broken) under an all-for-one pledge the article states, or beside an ally: an
invocation of the pact.

An article whose headline or lead reports a state's declaration of war ("The Dominican Republic declared war on the
Japanese Empire on Monday", "अल साल्वाडोर ने जापान के ख़िलाफ़ युद्ध का ऐलान किया") and which states, in another sentence,
the pledge of a pact that an attack on one of its parties is aggression against all of them ("... is to be considered
an act of aggression against every signatory", "... सभी हस्ताक्षरकर्ताओं पर हमला माना जाएगा"), reports the declaring state
acting on that pledge: it invoked the pact.  So does a state whose declaration (or "ranged itself against", "joins its
allies against") the lead tells beside its ally, in that sentence or the next or previous one ("... alongside its ally
Germany", "in common action with Germany", "Sofia was a German ally", "अपने सहयोगी") or under an alliance ("ran
through its alliance with Britain", "गठबंधन के तहत"); its kind is the article's.  A
declaration that cites its pact in its own sentence is read by the
phrasings of :mod:`casus.news.invocation_phrasings`; this module reads the pledge the article gives apart.

A state of war said to exist ("a state of war exists between Italy and Bulgaria", "... के साथ युद्ध की स्थिति में है") reads
as a declaration, and so does solidarity declared with the state attacked ("to declare Brazil's solidarity with
Washington", "अमेरिका के साथ एकजुटता जताई"); an ally named in the headline or its deck speaks for the lead.

Relations broken with the enemy read as a declaration does ("broke off diplomatic relations with Germany, Italy and
Japan", "राजनयिक संबंध तोड़े": how the American republics acted on their pledge in 1942), and so do the obligations a state
says it acts on ("in keeping with our obligations", "दायित्वों के अनुरूप") as an ally beside it; the pledge counts in any
sentence of the article, the ally and the obligations in the declaration's sentence, the one before or after it, or the
headline and its deck.

Read by :func:`casus.news.invocations.find_invocations` when the article reports no other invocation.
"""

from __future__ import annotations

import re
from typing import Any

from .index import Hit
from .invocation_phrasings import _HI_WAR_DECLARED
from .parties import longest

__all__ = ["declared_under_pledge"]

#: a war declared, in English or Hindi (folded: no nukta): "declared war on", "युद्ध का ऐलान किया", "युद्ध की घोषणा कर दी".
#: (The English phrasings, each beginning a word, stand together after one test of the word's start, which makes
#: the scan faster; no English phrasing and Hindi one can match at one place, so the matches are the same.)
_WAR_DECLARED = re.compile(
    r"(?<![a-z])(?:(?:declared|declares|has\sdeclared|have\sdeclared)\s(?:a\s)?war\s(?:on|against|upon)(?![a-z])"
    r"|(?:ranged|ranges|has\sranged)\s(?:itself|themselves)\sagainst(?![a-z])"
    # "declared Nicaragua to be at war with Germany and Italy"
    r"|(?:declared|declares|proclaimed|proclaims)\s(?:[a-z'-]+\s){0,3}?to\sbe\sat\swar\swith(?![a-z])"
    r"|joins?\s(?:its|their)\sallies\sagainst(?![a-z])"
    # "has taken up arms against Russia, England and France"
    r"|(?:has\s|have\s|had\s)?(?:taken|took|takes|take)\sup\sarms\sagainst(?![a-z])"
    # relations broken with the enemy (as the American republics acted on their pledge in 1942): "broke off diplomatic
    # relations with", "breaking off relations", "severs relations", "breaks with the Axis"
    r"|(?:break|breaks|broke|breaking|sever|severs|severed|severing)\s(?:off\s)?"
    r"(?:(?:its|their|all|diplomatic|consular|commercial|and)\s){0,4}relations(?![a-z])"
    r"|(?:breaks|broke|breaking)\swith\sthe\saxis(?![a-z])"
    # ... or a state of war said to exist ("a state of war exists between Italy and Bulgaria")
    r"|state\sof\swar\s(?:now\s)?(?:exists|existed)\sbetween(?![a-z])"
    r"|(?:declared|proclaimed)\s(?:a\s)?state\sof\swar\s(?:with|against|on)(?![a-z])"
    # ... and solidarity declared with the state attacked ("to declare Brazil's solidarity with Washington"), which
    # the pledge or the obligations then make an invocation
    r"|(?:declared|declares|declare|declaring|proclaimed|proclaims)\s(?:[a-z'-]+\s){0,3}?solidarity\swith(?![a-z]))"
    # Hindi: the war declared, relations broken ("राजनयिक संबंध तोड़े", "रिश्ते तोड़ने का ऐलान", "संबंध विच्छेद"), a state of
    # war ("... के साथ युद्ध की स्थिति में है"), solidarity ("अमेरिका के साथ एकजुटता जताई")
    rf"|{_HI_WAR_DECLARED}|(?:युद्ध|जंग)\sघोषित\s(?:कर\sदिया|किया)"
    r"|(?:संबंध|सम्बन्ध|संबंधों|रिश्ते|रिश्तों)\s(?:पूरी\sतरह\s(?:से\s)?)?तोड|(?:संबंध|सम्बन्ध)\sविच्छेद"
    r"|(?:के\sसाथ|के\sखिलाफ|के\sविरुद्ध|से)\sयुद्ध\sकी\sस्थिति\s(?:में\sहै|घोषित\sकी|घोषित\sकर\sदी|मानी|को\sमंजूरी\sदी)"
    r"|के\sसाथ\s(?:(?:खुली|पूरी|पूर्ण)\s)?एकजुटता\s(?:जताई|जता\sदी|व्यक्त\sकी|का\s(?:ऐलान|एलान)\s(?:किया|कर\sदिया)|"
    r"की\sघोषणा\s(?:की|कर\sदी))")

#: what every phrasing of :data:`_WAR_DECLARED` holds: a sentence without it declares nothing (found faster)
_WAR_WORDS = re.compile(r"war|against|relations|axis|solidarity|युद्ध|जंग|तोड|विच्छेद|एकजुटता")

#: the pledge that an attack on one party is one on all: "an act of aggression against every signatory", "counts as
#: aggression against all the signatories", "each must consider itself attacked", "सभी हस्ताक्षरकर्ताओं पर हमला माना
#: जाएगा", "सभी देशों के खिलाफ आक्रमण माना"
_ALL_FOR_ONE = re.compile(
    r"(?<![a-z])(?:attack|aggression)\s(?:on|against|upon)\s(?:them\s)?(?:all|every|each)(?![a-z])"
    # "aggression ... against one of them is to be treated as committed against all"
    r"|(?<![a-z])against\sone\s(?:of\s(?:them|us|the\s[a-z]+)\s)?[^.;]{0,80}?(?:against|on)\s(?:them\s)?all(?![a-z])"
    # ... and its bilateral form: "regards an aggression against the United States as an aggression against Nicaragua"
    r"|(?<![a-z])(?:attack|aggression)\s(?:on|against|upon)\s[^.;]{1,40}?\sas\s(?:an?\s)?(?:attack|aggression)\s"
    r"(?:on|against|upon)(?![a-z])"
    # "every nation of the continent must consider itself attacked"
    r"|(?<![a-z])(?:consider|considers|considered|regard|regards|regarded)\s(?:itself|themselves)\s(?:as\s)?"
    r"attacked(?![a-z])"
    r"|(?:सभी|सब|हर|प्रत्येक)\s(?:[^\s।.]+\s){0,3}?(?:पर|के\sखिलाफ|के\sविरुद्ध)\s(?:हमला|आक्रमण)\s(?:मान|समझ)[ाीे]")

#: an ally named beside the declaration: "alongside its ally Germany", "Sofia was a German ally", "जर्मनी के सहयोगी
#: ऑस्ट्रिया-हंगरी", "अपने सहयोगी"
_ALLY = re.compile(r"(?<![a-z])(?:its|their|her)\s(?:[a-z-]+\s)?(?:ally|allies)(?![a-z])"
                   r"|(?<![a-z])in\scommon\s(?:action\s)?with(?![a-z])|(?<![a-z])an?\s[a-z-]+\sally(?![a-z])"
                   r"|(?<![a-z])(?:the\s)?ally\sof(?![a-z])|(?<![a-z])[a-z]+(?:'s|s')\s(?:[a-z-]+\s)?ally(?![a-z])|(?:के|का|की)\sसहयोगी|अपने\s(?:\S+\s)?सहयोगी"
                   # the alliance the war is declared under: "ran through its alliance with Britain"
                   r"|(?<![a-z])(?:under|through|by\svirtue\sof|in\sfulfil+ment\sof)\s(?:its|their|the)\s(?:[a-z-]+\s)?"
                   r"alliance(?![a-z])|गठबंधन\s(?:के\sतहत|के\sमुताबिक|के\sअनुसार)"
                   # the obligations it acts on: "in keeping with its obligations of continental solidarity", "in
                   # keeping with the country's treaty obligations", "दायित्वों के अनुरूप"
                   r"|(?<![a-z])(?:in\s(?:keeping|accordance|line)\swith|to\s(?:honour|honor|fulfil|fulfill))\s"
                   r"(?:its|their|our|her|the\s(?:country|nation|state|republic|government)'s)\s(?:[a-z-]+\s){0,3}?"
                   r"(?:obligations|commitments)(?![a-z])"
                   # "true to its obligation as an ally", "faithful to its allied duty"
                   r"|(?<![a-z])(?:true|faithful|loyal)\sto\s(?:its|their|our|her)\s(?:[a-z-]+\s){0,2}?"
                   r"(?:obligations?|commitments?|duty|duties|pledge)(?![a-z])"
                   r"|(?:दायित्वों|दायित्व|प्रतिबद्धताओं|प्रतिबद्धता|वादों|वचनों)\s(?:के\s(?:अनुरूप|तहत|मुताबिक|अनुसार)|का\sहवाला)")

#: how many of the article's first sentences with hits count as its headline and lead (a site's menu or section line,
#: a dateline alone, may come first)
_LEAD = 5


def declared_under_pledge(ir: Any, sentences: list) -> list:
    """The invocations (:class:`casus.news.invocations.Invocation`) of an article whose headline or lead declares war
    and whose other sentences state an all-for-one pledge; [] otherwise.  ``ir``: the article's
    :class:`casus.news.invocations._InvocationReader`."""
    low = ir.low
    lead = sentences[:_LEAD]
    if not any(_WAR_WORDS.search(low, s.start, s.end) and _WAR_DECLARED.search(low, s.start, s.end) for s in lead):
        return []
    # the pledge and the ally in any sentence of the article, with the pact's words or not ("The president said the
    # step was in keeping with our obligations")
    spans = ir.r.spans
    pledges = {i for i, (a, b) in enumerate(spans) if _ALL_FOR_ONE.search(low, a, b)}
    allies = {i for i, (a, b) in enumerate(spans) if _ALLY.search(low, a, b)}
    if not pledges and not allies:
        return []
    by_i = {s.i: s for s in sentences}
    # the lead's sentences before the headline (the lead dates the act: "... declared war ... on Monday"), and a
    # sentence's last declaration ("Three days after it declared war on Japan, ... declared war on Germany")
    for sent in sorted(lead, key=lambda s: s.i == 0):
        found = list(_WAR_DECLARED.finditer(low, sent.start, sent.end))
        pledged = not pledges <= {sent.i}  # (the pledge stated apart from the declaration)
        # (the ally beside it, or in the headline or its deck, which speak for the lead: "ROME FOLLOWS HER ALLIES")
        if not found or not (pledged or allies & {sent.i - 1, sent.i, sent.i + 1, *(s.i for s in sentences[:2])}):
            continue
        m = found[-1]
        h = Hit(m.start(), m.end(), "I", ("invoked", "past"), "", m.group())
        got = ir._type(sent, h)
        if got is None or got[0] != "invoked":
            continue
        inv = ir._invocation(sent, h, got, by_i.get(sent.i - 1), by_i.get(sent.i + 1))
        if inv is not None:
            enemies = _declared_on(ir, sent, m)
            if enemies and set(inv.parties) <= set(enemies):  # the state war is declared on read as the subject
                inv.parties = _subject(ir, sent, m) or inv.parties
            inv.against = [c for c in enemies if c not in inv.parties] or inv.against
            if pledged:
                inv.kind = inv.kind or "defense"  # (an attack on one an attack on all: a pledge of mutual defence)
            return [inv]
    return []


def _subject(ir: Any, sent: Any, m: re.Match) -> list[int]:
    """In Hindi, the states of the subject just before its ergative ने ("ऑस्ट्रिया-हंगरी ने वॉशिंगटन से ... संबंध
    तोड़े"); [] in English or where there is none."""
    low, r = ir.low, ir.r
    ne = low.rfind(" ने ", sent.start, m.start())
    if m.group()[0].isascii() or ne < 0:
        return []
    on = r._day_or_anchor(None)
    before = [x for x in longest(sent.cats("S")) if ne - 3 <= x.end <= ne]
    return list(dict.fromkeys(c for x in before for c in r.pf.states_of(x, on)))


def _declared_on(ir: Any, sent: Any, m: re.Match) -> list[int]:
    """The states war is declared on: those named after "declared war on" up to the clause's end, or, in Hindi, those
    between the subject (its ergative ने) and "युद्ध की घोषणा"."""
    low, r = ir.low, ir.r
    if m.group()[0].isascii():
        lo, hi = m.end(), min(sent.end, m.end() + 60)
        stop = re.search(r"[,;:]|\s(?:as|after|following|in|on|a|the\s(?:day|week))\s", low[lo:hi])
        hi = lo + stop.start() if stop else hi
    else:
        ne = low.rfind(" ने ", sent.start, m.start())
        lo, hi = (ne if ne >= 0 else sent.start), m.start()
    on = r._day_or_anchor(None)
    named = [x for x in longest(sent.cats("S")) if lo <= x.start < hi]
    if _HI_BROKEN.search(m.group()):  # relations broken "with" a state: the one before से or के साथ, if any
        named = [x for x in named if low.startswith((" से ", " के साथ "), x.end)] or named
    return list(dict.fromkeys(c for x in named for c in r.pf.states_of(x, on)))


_HI_BROKEN = re.compile(r"तोड|विच्छेद")
