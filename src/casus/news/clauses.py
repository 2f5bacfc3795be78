"""Clauses around a trigger that say whether it reports a pact event (read by :mod:`casus.news.extract`).

It reports none:

* under a condition of a future main clause: "the treaty will come into force once two thirds of the signatories
  have ratified it", "... will take effect when both parliaments have approved it": the ratifying is a
  condition, not an event;
* as a withdrawal of forces, not from a pact: "withdrew its armed forces from the alliance's command",
  "pulled its troops out of the region" (the verb's object is the forces);
* as a generic relative clause that describes a pact's parties: "binding on the states that have ratified it", "the
  countries which have signed";
* as a pact's making given as the reason for an act: "activated the accords because they were concluded for such
  times" (a description of the pact, not its signing);
* as a verb that reports a pact event only with a pact for its object, without one: "entered into an agreement",
  "are prepared to enter into a permanent agreement", not "entered into a war" (:func:`needs_pact_object`);
* as a Hindi headline's approval ("... को दी मंज़ूरी") of something else than a pact ("नाकेबंदी को दी मंज़ूरी": a
  blockade approved);
* as an announcing verb that closes its sentence after a comma, the sentence's only verb, a report of the clause
  before it ("Greece has accepted a proposal for its return to NATO's military wing, the government announced
  today"; :func:`trailing_report`);
* as an approval without a legislature for its subject or a pact for its object: a legislature's approval of a
  pact is its ratification ("Chile's parliament approved the defence treaty with Peru"), a cabinet's approval of
  a draft is not (:func:`approval_without_legislature`);
* after a clause of time, when the main clause before it has a verb of its own: "Egypt resumed its seat in the
  League, ten years after its membership was suspended" reports the return, not the suspension
  (:func:`main_clause_first`).

It reports one (read as announced, :func:`announced_future`) when an accession or withdrawal is announced as
decided or to come: "has decided to accede to the pact", "announced that it will join"; when a pact is to be
concluded ("will conclude a long-term agreement") or is agreed and to be signed later; not for a bare future
signing ("will sign a defence pact next week": a near miss).  A verbal noun reports
the act (:func:`noun_as_act`) after a main clause ("the four powers today renewed their alliance, signing treaties
of alliance in Paris"), before a decision taken ("संधि को खत्म करने का फैसला किया", "संधि का विस्तार न करने का
निर्णय लिया") or as the subject of "took place" ("the signing of a treaty ... took place here today").  A trigger's
own negation ("decided not to renew its alliance with Chile") does not negate the pact it takes for its object
(:func:`negation_start`); a verb of joining or leaving must take the pact for its object (:func:`pact_object`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .approvals import approval_without_legislature, document_signed, head_of_state_signs_accession, seal_approves
from .cues import _BACKGROUND, _EN_FUTURE, _EN_IRREALIS, _EN_NEG, _W0, _W1, PERIODS, _is_dev
from .lexicon11 import EXTENDED_KEYS, HI_EXTENDED_KEYS, RENEWAL_KEYS, RENEWED_KEYS
from .text import fold_phrase, word_end

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit
    from .sentence import Sentence

__all__ = ["not_an_event", "trailing_report", "announced_future", "pact_agreed", "background", "noun_as_act",
           "joined_in_force", "gerund_after_clause", "needs_pact_object", "participle_between",
           "approval_without_legislature", "negation_start", "pact_object", "no_tight_object", "into_force_by",
           "PACT_NOUN", "PACT_MAKING", "head_of_state_signs_accession", "counted_among_ratifiers",
           "accession_act", "main_clause_first", "completes_ratification", "voted_to", "seal_approves",
           "in_force_for_one"]

#: a pact noun, singular or plural
PACT_NOUN = r"(?:treat(?:y|ies)|pacts?|agreements?|accords?|alliances?|protocols?|conventions?|charters?|deals?)"

#: the gerunds of the event verbs, as the lexicon keys them
_GERUNDS = frozenset({"signing", "ratifying", "joining", "invoking"})

#: a gerund's object: a pact noun within a few words ("signing treaties of alliance", "signing a defence pact",
#: "invoking the 1947 Inter-American Treaty")
_GERUND_OBJECT = re.compile(rf"\s(?:[^\s,.;:]+\s){{0,4}}?{PACT_NOUN}{_W1}")

#: the main clause before the comma: up to the sentence's start or an earlier clause break
_MAIN_CLAUSE = re.compile(r"[^;:(]{8,200},\s?$")

#: verbs that report an event only with a pact for their object (lexicon_more.TRIGGERS_4, lexicon10.TRIGGERS_10:
#: "walked out of the pact", not "walked out of the mediation")
_OBJECT_KEYS = frozenset({"entered into a", "entered into an", "enter into a", "enter into an", "enters into a",
                          "enters into an", "walks out of", "walked out of", "walk out of", "will conclude a",
                          "will conclude an"})

#: a pact as the verb's object, within a few words ("entered into a ten-year acquisition and cross-servicing agreement")
_OBJECT_PACT = re.compile(rf"\s?(?:(?:an?|the|its|their)\s)?(?:[^\s,.;:]+\s){{0,6}}?{PACT_NOUN}{_W1}")

#: a pact noun and a participle of its making ("the agreement ... concluded by Germany and Japan"); then where or
#: when, up to a date: "the pact signed here on", "a joint defense agreement signed in"
PACT_MAKING = (rf"{_W0}{PACT_NOUN}\s(?:(?!(?:they|it|we|he|she|both|which|that)\s)[^\s.;:]+\s){{0,4}}?"
               r"(?:(?:was|were)\s)?(?:signed|concluded|ratified|agreed|drawn\sup)")

_PARTICIPLE = re.compile(rf"{PACT_MAKING}{_W1}")


def participle_between(low: str, start: int, end: int) -> bool:
    """True if a participle describing the pact stands in ``low[start:end]`` ("the agreement ... concluded by
    Germany and Japan"): what follows it (a date, "last year") is the pact's, not the event's."""
    return bool(_PARTICIPLE.search(low, start, end))


def gerund_after_clause(low: str, h: Hit, s0: int) -> bool:
    """True if gerund ``h`` ("signing") follows a main clause after a comma and takes a pact for its object: it
    reports the main clause's act, in its tense, unless that clause is negated, hypothetical or future."""
    if h.key not in _GERUNDS or not _GERUND_OBJECT.match(low, h.end, word_end(low, h.end + 50)):
        return False
    m = _MAIN_CLAUSE.search(low, max(s0, h.start - 200), h.start)
    if m is None:
        return False
    main = m.group()
    return not (_EN_NEG.search(main) or _EN_IRREALIS.search(main) or _EN_FUTURE.search(main))


#: struck a pact: the pact within a few words, none of them a preposition ("struck a defence pact"; not "struck a
#: blow to the alliance")
_STRUCK_KEYS = frozenset({"struck a", "struck an"})
_STRUCK_PACT = re.compile(rf"\s?(?:(?!(?:to|against|at|on|in|into|with|for|of)\s)[^\s,.;:]+\s){{0,3}}?{PACT_NOUN}{_W1}")


#: a Hindi headline's verb before its noun, after the object ("समझौते को दी मंज़ूरी"): the pact must be that object
_HI_OBJECT_FIRST = re.compile(r"को\s(?:दी|दे\sदी|मिली)\s")
_HI_PACT_BEFORE = re.compile(r"(?:संधि|संधियों|समझौते|समझौता|समझौतों|करार|पैक्ट|एग्रीमेंट|मुआहिदे)\s?"
                             r"(?:\([^()]{1,30}\)\s?)?$")


#: a renewed pact: the verb's object after an article or possessive (or a place: "renewed in Berlin the treaty"), the
#: passive's subject right before it
_RENEWED_OBJECT = re.compile(rf"\s(?:(?:in|at)\s[^\s,.;:]+(?:\s[^\s,.;:]+)?\s)?(?:the|their|its|his|her|our|an?)\s"
                             rf"(?:[^\s,.;:]+\s){{0,4}}?{PACT_NOUN}{_W1}")
_RENEWED_SUBJECT = re.compile(rf"{PACT_NOUN}\s(?:[^\s,.;:]+\s){{0,5}}?$")
_EXTENDED_OBJECT = re.compile(rf"\s(?:the|their|its|our)\s(?:(?!(?:for|of|to|on|in|with|at|by|from)\s)"
                              rf"[^\s,.;:]+\s){{0,3}}?{PACT_NOUN}{_W1}")
_HI_EXTENDED = frozenset(fold_phrase(k) for k in HI_EXTENDED_KEYS)  # as the index keys them (no nukta)
_HI_EXTENDED_PACT = re.compile(r"(?:संधि|समझौते|समझौता|करार|गठबंधन|पैक्ट)\s(?:को|की\sअवधि)\s(?:[^\s।.]+\s){0,6}$")


#: keys whose pact must follow the verb (the pattern matched right after it, within the reach) or precede it (searched
#: in the reach before it): (keys, pattern, after, reach)
_PACT_GATES: tuple[tuple[frozenset[str], re.Pattern, bool, int], ...] = (
    (RENEWAL_KEYS, _RENEWED_OBJECT, True, 80),
    (RENEWED_KEYS, _RENEWED_SUBJECT, False, 50),
    (EXTENDED_KEYS, _EXTENDED_OBJECT, True, 60),
    (_HI_EXTENDED, _HI_EXTENDED_PACT, False, 60),
    (_STRUCK_KEYS, _STRUCK_PACT, True, 50),
    (_OBJECT_KEYS, _OBJECT_PACT, True, 60),
)


def needs_pact_object(low: str, h: Hit) -> bool:
    """True if trigger ``h`` reports an event only with a pact for its object and none follows it (precedes it, for
    a Hindi headline's "को दी मंज़ूरी", a renewal in the passive, a Hindi extension): :data:`_PACT_GATES`."""
    if _HI_OBJECT_FIRST.match(h.key):
        return not _HI_PACT_BEFORE.search(low, max(0, h.start - 50), h.start)
    for keys, pattern, after, reach in _PACT_GATES:
        if h.key in keys:
            if after:
                return not pattern.match(low, h.end, h.end + reach)
            return not pattern.search(low, max(0, h.start - reach), h.start)
    return False


#: A decision, taken: "का फैसला किया (है)", "का निर्णय लिया", "का औपचारिक फैसला कर लिया"
_DECIDED = re.compile(rf"\s?(?:का|की)\s(?:(?:औपचारिक|आधिकारिक|अंतिम)\s)?(?:फैसला|निर्णय)\s"
                      rf"(?:किया|लिया|कर\sलिया|ले\sलिया){_W1}")

_ENDING = ("withdrew", "suspended")

#: an instrument deposited or registered, or a notice given, a few words after it ("अंगीकरण-पत्र 30 नवंबर 1928, शुक्रवार
#: को दर्ज किया गया", "शामिल होने का दस्तावेज़ विदेश विभाग में जमा करा दिया", "शामिल होने की औपचारिक सूचना अमेरिकी विदेश
#: विभाग को दे दी"): not in another clause, nor a future
_DEPOSITED = re.compile(rf"(?:\s[^\s।;]+){{0,6}}?\s(?:जमा|दर्ज)\s(?:करा|कराया|कराए|कर\sदिया|किया|किए|हुआ|हो\sगया){_W1}")
_NOTICE_GIVEN = re.compile(rf"(?:\s[^\s।;]+){{0,8}}?\sको\s(?:दे\sदी|दी|भेज\sदी|भेजी){_W1}(?!\sमंजूरी)")

_TOOK_PLACE = re.compile(r"(?:took|has\staken|was\sheld)\splace(?![a-z])")


def noun_as_act(low: str, h: Hit, s0: int) -> bool:
    """True if the verbal noun ``h`` (tense "noun") reports an act: a gerund after a main clause ("..., signing a
    treaty"), a Hindi withdrawal or suspension followed by a decision taken ("संधि को खत्म करने का फैसला किया"), a
    Hindi instrument of accession followed by its deposit ("अंगीकरण-पत्र ... जमा कराया") or a notice of joining by its
    giving ("शामिल होने की सूचना ... को दे दी"), or a signing that "took place" ("the signing of a treaty ... took place
    here today")."""
    if gerund_after_clause(low, h, s0):
        return True
    if h.value[0] in ("ratified", "joined") and _DEPOSITED_WITH.search(low, max(s0, h.start - 110), h.start):
        return True  # "deposited with the Pan American Union its instrument of ratification": the deposit
    if _is_dev(h.key) and h.value[0] in _ENDING and _DECIDED.match(low, h.end, word_end(low, h.end + 40)):
        return True
    done = _NOTICE_GIVEN if h.key.endswith("सूचना") else _DEPOSITED
    if _is_dev(h.key) and h.value[0] == "joined" and done.match(low, h.end, word_end(low, h.end + 90)):
        return True
    if h.key != "signing" or not low.startswith(" of ", h.end):
        return False
    end = low.find(".", h.end)
    return _TOOK_PLACE.search(low, h.end, end if end > 0 else len(low)) is not None


#: an instrument lodged with its depositary, named between the verb and the instrument ("deposited with the Pan
#: American Union its instrument of ratification", "lodged with the Secretary-General the instrument of accession")
_DEPOSITED_WITH = re.compile(r"(?<![a-z])(?:deposited|deposits|lodged|lodges)\swith\s(?:[^\s.;]+\s){1,8}?"
                             r"(?:its|their|the)\s(?:(?:formal|own)\s)?(?:instruments?\sof\s)?$")


#: the act by which a state accedes to a pact: "an act declaring its adhesion to", "a treaty of accession" (the
#: members' "protocols of accession" are signed, not joined)
_ACCESSION_ACT = re.compile(r"(?<![a-z])(?:act|declaration|instrument|treaty|deed)s?\s(?:[a-z]+\s){0,2}?of\s"
                            r"(?:accession|adhesion)(?![a-z])|(?<![a-z])declaring\s(?:its|their)\s(?:accession|adhesion)"
                            # "signed the declaration by which they accede to the group"
                            r"|(?<![a-z])(?:act|declaration|instrument|letter|deed)s?\s(?:by|through)\swhich\s"
                            r"(?:it|they|[a-z]+)\s(?:accedes?|adheres?|joins?)(?![a-z])"
                            # a declaration or letter of intent to join: "signed a declaration of intent to join the
                            # initiative", "इस पहल में शामिल होने के आशय पत्र पर हस्ताक्षर किए"
                            r"|(?<![a-z])(?:declaration|letter|memorandum)s?\sof\sintent\sto\s(?:join|accede)(?![a-z])"
                            r"|(?:में\s)?शामिल\sहोने\s(?:के|का|की)\s(?:आशय\sपत्र|घोषणा\sपत्र|घोषणापत्र|इरादे"
                            # the acceding state's own instrument: "संधि में शामिल होने के दस्तावेज़ पर हस्ताक्षर किए",
                            # "परिग्रहण पत्र", "इंस्ट्रूमेंट ऑफ़ एक्सेशन" (text folded: no nukta)
                            r"|दस्तावेज|दस्तावेजों)(?![\u0900-\u0963\u0966-\u097f])"
                            r"|(?<![\u0900-\u0963\u0966-\u097f])परिग्रहण\s(?:के\s)?(?:पत्र|दस्तावेज|दस्तावेजों|विलेख|साधन)(?![\u0900-\u0963\u0966-\u097f])"
                            r"|(?:इंस्ट्रूमेंट|इन्स्ट्रूमेंट|एक्ट)(?:्स)?\sऑफ\sएक्सेशन")

#: a Hindi ordinal: "तीसरा", "आठवां", "23वां", "आखिरी"
_HI_ORDINAL = (r"(?:पहला|दूसरा|तीसरा|चौथा|पांचवां|पाँचवां|छठा|सातवां|आठवां|नौवां|दसवां|आखिरी|अंतिम|"
               r"\d{1,2}\s?(?:वां|वाँ|वें))")

#: a state counted among those that ratify: "became the 27th member of the alliance to confirm the protocol", "the third
#: ally to approve NATO enlargement", "Canada first to ratify"
_NTH_TO_RATIFY = re.compile(
    r"(?<![a-z])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|final|"
    r"\d{1,2}(?:st|nd|rd|th))\s(?:[a-z'-]+\s){0,6}?to\s(?:formally\s)?(?:ratify|approve|confirm|endorse)(?![a-z])"
    # "... पर मुहर लगाने वाला आखिरी देश", "वह आखिरी देश बन गया जिसने ... पर मुहर लगाई", "23वां देश है जिसने ... मंजूरी दी"
    rf"|{_HI_ORDINAL}\s(?:[^\s।]+\s){{0,3}}?(?:देश|सदस्य|सहयोगी)"
    r"\s(?:[^\s।]+\s){0,3}?(?:जिसने|जिन्होंने)\s(?:[^\s।]+\s){0,8}?(?:मंजूरी|मंजूर|अनुमोदन|अनुमोदित|पुष्टि|मुहर|अनुसमर्थन)"
    rf"|(?:मंजूरी|अनुमोदन|पुष्टि|मुहर|अनुसमर्थन)\s(?:देने|करने|लगाने)\sवाला\s(?:[^\s।]+\s){{0,2}}?{_HI_ORDINAL}\s"
    r"(?:[^\s।]+\s)?(?:सदस्य|देश|सहयोगी)")


def counted_among_ratifiers(low: str, s0: int, s1: int) -> bool:
    """Whether ``low[s0:s1]`` counts a state among those that ratify (:data:`_NTH_TO_RATIFY`): a ratification, not a
    joining nor a future."""
    return _NTH_TO_RATIFY.search(low, s0, s1) is not None


def accession_act(low: str, lo: int, hi: int) -> int | None:
    """Where ``low[lo:hi]`` names the act by which a state accedes (:data:`_ACCESSION_ACT`; its signing joins), or
    None.  The pact acceded to stands by the act, which may stand far from the verb ("मैत्री एवं सहयोग संधि (टीएसी) में
    शामिल होने के दस्तावेज़ों पर हस्ताक्षर किए")."""
    m = _ACCESSION_ACT.search(low, lo, hi)
    return None if m is None else m.start()



def negation_start(h: Hit, noun: Hit, sent: Sentence) -> int:
    """Where a negation of pact noun ``noun`` may start: after trigger ``h`` when ``h`` stands before the noun (a
    negation inside the trigger, "decided not to renew", is the trigger's own), else at the sentence's start."""
    return h.end if h.end <= noun.start else sent.start


#: a pronoun for the pact as the verb's object: "to join it", "to accede to it"
_PRONOUN_OBJECT = re.compile(rf"\s?(?:it|them){_W1}")

_HI_PRONOUNS = ("इससे", "उससे", "इनसे")

#: Hindi's ablative: "... से" (from) after the pact left, before the verb
_HI_FROM = re.compile(r"(?<![\u0900-\u0963\u0966-\u097f])से(?![\u0900-\u0963\u0966-\u097f])")


#: verbs that leave a pact only with the pact straight after them: "left NATO", "left the defence alliance"
_TIGHT_OBJECT_KEYS = frozenset({"left", "left the"})
_TIGHT_OBJECT = re.compile(r"\s?(?:(?:the|its|their)\s(?:(?!(?:before|after|for|to|in|at|on|of|with|and|during|"
                           r"as|by|from)\s)[^\s,.;:]+\s){0,2})?")


def no_tight_object(low: str, sent: Sentence, h: Hit) -> bool:
    """True if ``h`` is a verb that leaves a pact only with the pact straight after it and none follows: "left
    office", "left Brussels for the NATO summit" (not "left NATO", "left the alliance")."""
    if h.key not in _TIGHT_OBJECT_KEYS:
        return False
    end = h.start + len(h.key.split()[0])  # ("left the": the pact from "the" on)
    return not any(x.cat in ("P", "N") and _TIGHT_OBJECT.fullmatch(low, end, x.start) for x in sent.hits)


_HI_IN = re.compile(r"(?<![\u0900-\u0963\u0966-\u097f])में(?![\u0900-\u0963\u0966-\u097f])")


def pact_object(low: str, sent: Sentence, h: Hit, act: int | None = None) -> bool:
    """True if a pact noun or name stands near trigger ``h`` (40 characters before it to 80 after), or a pronoun
    standing for the pact the sentence names follows it: the pact is the verb's object ("joined NATO", "नाटो में
    शामिल", "becoming the fifth country to join it"; not "joined the drills"); in Hindi also a pact named before a
    leaving verb with the ablative between, however far ("जी5 साहेल समूह के सभी अंगों से, जिनमें ..., हटने का ऐलान
    किया"); or near ``act``, where the sentence names the act of accession the verb signs (:func:`accession_act`)."""
    lo, hi = (h.start if act is None else min(h.start, act)) - 40, h.end + 80
    near = [x for x in sent.hits if x.cat in ("P", "N") and lo <= x.start and x.end <= hi]
    if near and h.value[0] == "joined" and h.key.startswith("शामिल"):
        # a Hindi joining takes its pact with में ("नाटो में शामिल"): a pact word before it without one names someone
        # else ("... के प्रतिनिधि और जीसीसी महासचिव ... शामिल हुए": they attended)
        return any(x.end > h.start or _HI_IN.search(low, x.end, h.start) for x in near)
    if near and h.key.startswith(("returned", "returns", "has returned")):
        # a return is to the pact itself, named right after the verb ("returned to the Arab League"; not "the note
        # returned to Molotov's plan for a security treaty")
        return any(0 <= x.start - h.end <= 12 for x in near)
    if near:
        return True
    if _is_dev(h.key):
        if h.key.startswith(_HI_PRONOUNS):
            return True  # "इससे बाहर हो गए": left it
        return h.value[0] == "withdrew" and any(
            x.end <= h.start and _HI_FROM.search(low, x.end, h.start) for x in sent.cats("P"))
    return bool(_PRONOUN_OBJECT.match(low, h.end, sent.end))


#: A future main clause, then a subordinate clause of condition or time up to the trigger.
_EN_FUTURE_CONDITION = re.compile(
    rf"{_W0}(?:will|shall|'ll)\s[^.;:]*?{_W0}(?:once|until|till|unless|as\ssoon\sas|after|when|provided)\s[^.;:,]*$")
#: A participle or a present passive after "once", "if", "unless", "until": the step as a condition ("Once signed, it
#: will need ratification", "any agreement, once signed, would still need", "if it is ratified")
_EN_ONCE_DONE = re.compile(rf"{_W0}(?:once|if|unless|until|as\ssoon\sas)\s(?:(?:it|they|the\s[a-z]+)\s(?:is|are)\s)?"
                           r"(?:[a-z]+ly\s)?$")
#: A temporal clause in the present perfect, which speaks of the future: "expects to receive the agreement as soon as
#: the executive branch has ratified it", "once both parliaments have approved it"
_EN_PERFECT_TEMPORAL = re.compile(rf"{_W0}(?:once|until|till|as\ssoon\sas|after|when|before|by\sthe\stime)\s"
                                  r"(?:[^\s.;:,]+\s){1,6}?(?:has|have)\s(?:[a-z]+ly\s)?$")
#: Forces, troops, diplomats: what a withdrawal verb may take (or have as its passive subject) that is no pact.
_FORCE_NOUNS = (r"(?:forces|troops|soldiers|units|contingents?|personnel|garrisons?|ambassadors?|envoys?|diplomats|"
                r"advisers|advisors|warships|aircraft|navy|army|air\sforce|fleet)")
_FORCES = (r"(?:(?:all|some|most|part\sof)\s)?(?:(?:its|their|his|her|the|all|(?:[a-z]+'s))\s)?"
           rf"(?:(?:remaining|last|armed|military|combat|naval|air|ground|[a-z]+ian|[a-z]+ish)\s){{0,2}}{_FORCE_NOUNS}")
_EN_WITHDRAW_FORCES = re.compile(rf"\s?{_FORCES}{_W1}")
#: A causal clause whose subject is the pact (a pronoun or "the treaty"): "because they were concluded".
_EN_BECAUSE = re.compile(rf"{_W0}(?:because|as|since)\s(?:they|it|the\s[a-z]+)\s(?:were|was|had\sbeen|have\sbeen|"
                         r"has\sbeen)\s(?:[a-z]+ly\s)?$")
_CLAUSE_BREAK = re.compile(r"[,;:(—–]")
#: ... or the forces as the subject of the passive: "all units of the army are withdrawn from".
_EN_FORCES_PASSIVE = re.compile(
    rf"{_W0}{_FORCE_NOUNS}\s(?:[^.;:]*?\s)?(?:are|were|is|was|have\sbeen|has\sbeen|had\sbeen|being)\s"
    r"(?:[a-z]+ly\s)?$")
_WITHDRAW_VERBS = frozenset({"withdrew", "withdraws", "withdraw", "withdrawn", "pulled out", "pulls out", "pull out",
                             "withdrawing from", "pulling out of"})


#: A contact relative clause in the perfect after a plural pact noun (no "that"): "the security treaties the United
#: States has concluded in the Pacific", "the pacts Moscow had signed"; "the first agreement of its kind that Japan has
#: concluded" (the pacts described, no event)
_CONTACT_RELATIVE = re.compile(r"(?<![a-z])(?:(?:treaties|pacts|agreements|accords|alliances|conventions)\s"
                               r"(?!that\s|which\s)|(?:first|second|third|only|latest)\s(?:such\s)?"
                               r"(?:agreement|pact|treaty|accord)\s"
                               r"(?:of\sits\skind\s)?(?:that\s|which\s)?)(?:[a-z.]+\s){1,4}?(?:has|have|had)\s(?:[a-z]+ly\s)?$")


#: A generic relative clause in the perfect after the states it describes: "binding on the states that have ratified
#: it", "the countries which have signed" (the pact's parties described, no event)
_GENERIC_RELATIVE = re.compile(r"(?<![a-z])(?:states|countries|nations|parties|members|governments|those)\s"
                               r"(?:that|which|who)\s(?:have|has|had)\s(?:(?:not|already|yet|since)\s)?$")


#: A Hindi main verb in the future or of intent ("... करके संबंध मज़बूत करेंगे", "करना चाहते हैं")
_HI_FUTURE_MAIN = re.compile(r"(?:गा|गी|गे|चाहते|चाहता|चाहती|सकते|सकता|सकती)(?![\u0900-\u0963\u0966-\u097f])")


#: An earlier act, or another like it: "कुछ ही दिन पहले ... हस्ताक्षर करके (पहुँचे हैं)", "इसी तरह की एक संधि"
_HI_EARLIER = re.compile(r"(?<![\u0900-\u0963\u0966-\u097f])(?:पहले|इसी\sतरह|ऐसी\sही)(?![\u0900-\u0963\u0966-\u097f])")


def _clause_end(low: str, at: int) -> int:
    """The end of the Hindi sentence from ``at`` (its danda or full stop; at most 300 characters on)."""
    m = re.compile(r"[।.!?]").search(low, at, at + 300)
    return m.start() if m else min(len(low), at + 300)


#: A trailing report: "Greece has accepted a proposal ..., the government announced today." (the verb reports the
#: clause before it, which must hold its own event)
_REPORT_BEFORE = re.compile(r",\s(?:the\s)?(?:[a-z'.]+\s){0,4}$")
_REPORT_AFTER = re.compile(r"(?:\s(?:today|yesterday|tonight|on\s[a-z]+|last\s[a-z]+))?\s?[.;,]")


def trailing_report(low: str, h: Hit, s0: int) -> bool:
    """True if the announcing verb ``h`` closes its sentence after a comma ("..., the ministry announced today.")."""
    return h.value[0] == "announced" and _REPORT_AFTER.match(low, h.end) is not None \
        and _REPORT_BEFORE.search(low, max(s0, h.start - 50), h.start) is not None


#: an announcement that talks failed: "announced today that their negotiations ... have failed to produce agreement",
#: "... ने घोषणा की कि वार्ता विफल रही"
_FAILED_AFTER = re.compile(r"[^.;।]{0,120}?(?<![a-z])(?:failed|collapsed|broke\sdown|broken\sdown|fell\sthrough|"
                           r"no\sagreement)(?![a-z])|[^.;।]{0,120}?(?:विफल|नाकाम)"
                           # nothing announced: "announced no new step under the agreement"
                           r"|\s(?:no|nothing)(?![a-z])")
#: a war, before "की घोषणा" / "का एलान": "युद्ध की घोषणा", "जंग का एलान" (a declaration of war, not of a pact)
_HI_WAR_BEFORE = re.compile(r"(?:युद्ध|जंग|लडाई)\s(?:की|का)\s$")


#: partners counted, not named: "with at least 19 countries", "with more than a dozen African states", "कम से कम 19
#: देशों के साथ", "20 से ज़्यादा देशों के साथ" (a tally of pacts)
_COUNTED_PARTNERS = re.compile(
    r"(?<![a-z])with\s(?:at\sleast|more\sthan|over|some|nearly|almost|about|around|dozens\sof)\s(?:\d{1,3}\s|a\sdozen\s|"
    r"[a-z]+\s)?(?:[a-z]+\s)?(?:countries|states|nations)(?![a-z])"
    r"|(?:कम\sसे\sकम|करीब|लगभग|तकरीबन|\d{1,3}\sसे\s(?:ज्यादा|अधिक))\s(?:\d{1,3}\s)?(?:[^\s।]+\s)?(?:[^\s।]+\s)?"
    r"देशों\s(?:के\sसाथ|से)")

#: "that" as a determiner: of the pact ("concluded that treaty"), or of a time ("the treaties it concluded that year")
_THAT_PACT = re.compile(rf"(?:[^\s,.;:]+\s){{0,2}}?{PACT_NOUN}{_W1}|(?:year|month|week|day|spring|summer|autumn|"
                        rf"winter|time){_W1}")


#: where a Hindi clause ends after its verb: a stop, a comma, the auxiliary, "and", the text's end
_HI_CLAUSE_ENDS = re.compile(r"\s?(?:[।॥,;:.!|\n]|$|(?:है|हैं|थी|थीं)(?![\u0900-\u0963\u0966-\u097f])|और\s)")


#: a participle that describes an instrument of accession ("its duly ratified instrument of adherence")
_INSTRUMENT_RATIFIED = re.compile(r"\s(?:instruments?|documents?)\sof\s(?:definitive\s)?"
                                  r"(?:accession|adherence|adhesion)(?![a-z])")


#: a step judged as a hypothesis after its verb: "quitting the treaty with Ukraine would be premature", "... would be a
#: mistake", "संधि से बाहर निकलना जल्दबाज़ी होगी" (folded: no nukta)
_JUDGED_HYPOTHETICAL = re.compile(
    r"[^.;:!?]{0,70}?\s(?:would|will|could)\s(?:be|seem)\s(?:[\"'“‘]?\s?)?(?:premature|a\smistake|wrong|unwise|"
    r"counterproductive|too\searly|a\sdisaster)(?![a-z])"
    r"|[^।]{0,60}?\s(?:जल्दबाजी|गलती|गलत|नासमझी)\s(?:होगी|होगा|होगे)(?![\u0900-\u0963\u0966-\u097f])")


#: an agreement reached that the clause after it says brought no pact: "reached agreement on a number of practical
#: questions but produced no new defence treaty", "कई मुद्दों पर सहमति बनी, लेकिन कोई नई रक्षा संधि नहीं हुई"
_NO_PACT_AFTER = re.compile(
    r"[^.;:!?]{0,90}?\sbut\s(?:produced|yielded|brought|led\sto|resulted\sin|signed|concluded|reached)\sno\s"
    r"(?:new\s|formal\s)?(?:[a-z-]+\s)?(?:treaty|pact|alliance|accord)(?![a-z])"
    r"|[^।]{0,90}?\s(?:लेकिन|पर|मगर)\sकोई\s(?:नई\s|नया\s|औपचारिक\s)?(?:[^\s।]+\s)?(?:संधि|समझौता|गठबंधन)\s"
    r"(?:[^\s।]+\s)?नहीं(?![\u0900-\u0963\u0966-\u097f])")


def not_an_event(low: str, h: Hit, s0: int) -> bool:
    """True if the clause around trigger ``h`` (in a sentence starting at ``s0``) says it reports no pact event:
    a condition of a future main clause (or a temporal clause in the present perfect), or a withdrawal of forces (see
    the module docstring)."""
    if h.value[0] == "announced" and (_FAILED_AFTER.match(low, h.end) or _is_dev(h.key) and _HI_WAR_BEFORE.search(
            low, max(s0, h.start - 16), h.start)):
        return True  # "announced that their negotiations ... have failed", "युद्ध की घोषणा" (war): no pact announced
    if _COUNTED_PARTNERS.search(low, s0, _clause_end(low, h.end)):
        return True  # "has signed military cooperation agreements with at least 19 countries": a tally, no one pact
    if _JUDGED_HYPOTHETICAL.match(low, h.end, min(len(low), word_end(low, h.end + 90))):
        return True  # "quitting the treaty would be premature", "संधि से हटना जल्दबाज़ी होगी": a step judged, not taken
    if h.value[0] == "announced" and _NO_PACT_AFTER.match(low, h.end, min(len(low), word_end(low, h.end + 120))):
        return True  # "reached agreement on practical questions but produced no new defence treaty"
    if _is_dev(h.key):
        if h.key.endswith(" की") and not _HI_CLAUSE_ENDS.match(low, h.end):
            return True  # a bare "की" is the feminine past only where the clause ends: "संधि रद्द की मांग" is a demand
        if needs_pact_object(low, h) or approval_without_legislature(low, h, s0):
            return True  # "नाकेबंदी को दी मंज़ूरी": a blockade approved, no pact; "दोनों देशों ने ... दी हरी झंडी"
        return h.key.endswith("करके") and bool(_HI_FUTURE_MAIN.search(low, h.end, _clause_end(low, h.end))
                                                or _HI_EARLIER.search(low, s0, h.start))
    if needs_pact_object(low, h) or approval_without_legislature(low, h, s0) or document_signed(low, h, s0):
        return True  # "entered into Belgium", "the talks concluded": no pact entered into; "the cabinet approved"
    if h.key in ("concluded", "concludes", "conclude") and low.startswith(" that ", h.end) \
            and not _THAT_PACT.match(low, h.end + 6):
        return True  # "the two sides concluded that they needed to act together": a judgement, no pact
    if _EN_ONCE_DONE.search(low, max(s0, h.start - 40), h.start):
        return True  # "Once signed, it will need ratification", "if it is ratified": a condition, not an event
    if _EN_FUTURE_CONDITION.search(low, max(s0, h.start - 100), h.start) or _EN_BECAUSE.search(
            low, max(s0, h.start - 40), h.start) or _EN_PERFECT_TEMPORAL.search(low, max(s0, h.start - 80), h.start):
        return True
    if _CONTACT_RELATIVE.search(low, max(s0, h.start - 60), h.start) or _GENERIC_RELATIVE.search(
            low, max(s0, h.start - 60), h.start):
        return True  # "the chain of security treaties the United States has concluded": the pacts described
    if h.key == "withdrawn" and _EN_FORCES_PASSIVE.search(low, max(s0, h.start - 120), h.start):
        return True
    if h.value[0] == "ratified" and _INSTRUMENT_RATIFIED.match(low, h.end):
        return True  # "its duly ratified instrument of adherence was deposited": the instrument, not a ratification
    return h.key in _WITHDRAW_VERBS and bool(_EN_WITHDRAW_FORCES.match(low, h.end, word_end(low, h.end + 60)))


#: A clause that tells what brought a pact into force, after the verb: "came into force yesterday, when Iraq deposited
#: its instrument of ratification", "takes effect after Iraq deposits ratification"
_BROUGHT_BY = re.compile(r"\s?(?:[^\s.;:]+\s){0,3}?,?\s?(?:when|after|as|upon|once|with|following)\s"
                         r"(?:[^\s.;:]+\s){0,5}?$")


def into_force_by(low: str, verbs: list) -> tuple | None:
    """The (trigger, tense) of an entry into force among ``verbs`` (the sentence's, strongest first) that a
    ratification after it brought about (the ratification is its cause, not the event), or None."""
    if not verbs or verbs[0][0].value[0] != "ratified":
        return None
    rat = verbs[0][0]
    return next((v for v in verbs if v[0].value[0] == "entered_into_force" and v[0].end <= rat.start
                 and _BROUGHT_BY.fullmatch(low, v[0].end, rat.start)), None)


#: An accession's instrument before its entry into force: "as the protocol on their accession entered into force",
#: "the accession protocol came into force", "परिग्रहण प्रोटोकॉल लागू हुआ"
_ACCESSION_BEFORE = re.compile(r"(?:accession|accessions|परिग्रहण|शामिल\sहोने)[^.;:।]{0,30}$")
#: the pact in force for one state: "(took effect) for Greece", "उसके लिए (लागू हो गई)"
_FOR_ONE_BEFORE = re.compile(r"के\sलिए\s(?:भी\s)?$")
_FOR_ONE_AFTER = re.compile(r"\s(?:for|in\srespect\sof|with\srespect\sto)\s(?!the\sfirst|all\s|both\s|each\s|every\s)")


def joined_in_force(low: str, verbs: list) -> tuple | None:
    """The (trigger, tense) of a joining among ``verbs`` (the sentence's, strongest first) whose accession's entry
    into force the sentence also reports ("today became full members of the Union, as the protocol on their
    accession entered into force", or a pact in force for the state whose joining comes before it: "अंगीकरण-पत्र ... जमा
    कराया गया, और उसी दिन से संधि उसके लिए लागू हो गई"): the joining is the event (the members it names); else None."""
    if not verbs or verbs[0][0].value[0] != "entered_into_force":
        return None
    eif = verbs[0][0]
    if _ACCESSION_BEFORE.search(low, max(0, eif.start - 60), eif.start):
        return next((v for v in verbs if v[0].value[0] == "joined"), None)
    if in_force_for_one(low, eif):
        # "deposited its instrument of adherence, and the treaty took effect for it that day": the joining before it
        return next((v for v in verbs if v[0].value[0] == "joined" and v[0].start < eif.start), None)
    return None


def in_force_for_one(low: str, eif: Hit) -> bool:
    """Whether entry-into-force trigger ``eif`` tells the pact in force for one state: "(took effect) for Greece",
    "उसके लिए (लागू हो गई)"."""
    return bool(_FOR_ONE_BEFORE.search(low, max(0, eif.start - 20), eif.start) or _FOR_ONE_AFTER.match(low, eif.end))


#: A signing word in a future trigger's key: a bare future signing ("will sign", "will be signed during the visit",
#: "दस्तखत करेंगे") is a near miss unless the pact is agreed; "will conclude", "enter into", "समझौता करेंगे" announce one.
_SIGN_WORD = re.compile(r"sign|ink|seal|हस्ताक्षर|दस्तख")  # ("to seal a pact next week": a signing to come)

#: A pact whose text is agreed, finalised or concluded (to be signed later): "have agreed the text of the treaty",
#: "an agreement in principle", "the treaty was finalised", "समझौते पर सहमति बन गई है", "को अंतिम रूप दिया".
_AGREED = re.compile(
    r"(?<![a-z])(?:(?:agreed|finali[sz]ed|initial(?:l)?ed)\s(?:on\s)?the\s(?:final\s)?(?:text|draft|terms)(?![a-z])"
    r"|(?:text|terms)\s(?:of\s[^.;]{0,60}?)?(?:has|have|had|was|were)\s(?:been\s)?(?:agreed|finali[sz]ed)(?![a-z])"
    r"|agreement\sin\sprinciple"
    r"|(?:treaty|pact|agreement|accord)\s(?:has|had|was)\s(?:been\s)?(?:finali[sz]ed|initial(?:l)?ed)(?![a-z]))"
    r"|सहमति\s(?:बन|हो\sगई|हो\sचुकी)|बनी\sसहमति|अंतिम\sरूप\s(?:दे|दिया|दी)")


def pact_agreed(low: str, end: int) -> bool:
    """True if the text up to ``end`` says a pact's text is agreed or finalised (a signing to come announces it)."""
    return _AGREED.search(low, 0, end) is not None


def announced_future(etype: str, key: str, verbs: list, agreed: bool) -> bool:
    """Whether a future event of type ``etype`` (its trigger's key ``key``) is read as announced: a pact to be
    concluded ("will conclude", "are prepared to enter into"), a signing to come of a pact the text says is agreed
    (``agreed``: "have agreed the text ..., to be signed later"), not a bare future signing ("will sign", "set to
    sign", "will be signed during the visit": a near miss); any other event when the sentence also has an announcing
    verb ("announced that it has decided to accede")."""
    if etype == "announced" or any(v.value[0] == "announced" and t != "future" for v, t in verbs):
        return True
    return etype == "signed" and (agreed or not _SIGN_WORD.search(key.lower()))


_EARLIER_PERIOD = re.compile(r"(?<![a-z])(?:earlier\sthis\s(?:month|year)|last\smonth)(?![a-z])")


def background(low: str, s0: int, s1: int, h: Hit) -> bool:
    """True if sentence ``[s0, s1)`` puts the event of trigger ``h`` in the background ("on the anniversary of",
    "years ago"): a background word after the trigger and past a clause break dates something else ("joined NATO
    yesterday, just days before the alliance marks its 60th anniversary").  A signing told as "earlier this month",
    "last month" or "earlier this year" is the background of a later step (the ratification the article reports)."""
    if h.value[0] == "signed" and _EARLIER_PERIOD.search(low, h.end, s1):
        return True
    for m in _BACKGROUND.finditer(low[s0:s1]):  # (a slice: its rules anchor at the sentence's start)
        if s0 + m.start() >= h.end and (_CLAUSE_BREAK.search(low, h.end, s0 + m.start())
                                        or participle_between(low, h.end, s0 + m.start())):
            continue  # (another clause's, or the pact's: "the agreement concluded ... last year")
        if s0 + m.end() <= h.start and _HI_TIME_OF_PACT.match(low, s0 + m.end(), h.start):
            continue  # (the pact's, in Hindi before it: "पिछले वर्ष हुई मैत्री संधि गुरुवार को लागू हो गई")
        return True
    return False


#: a Hindi participle that makes a time word before it the pact's, with its noun a few words on: "(पिछले वर्ष) हुई मैत्री
#: संधि", "(1949 में) हस्ताक्षरित संधि"
_HI_TIME_OF_PACT = re.compile(r"\s?(?:में\s)?(?:हुई|हुआ|हुए|हस्ताक्षरित|किया\sगया|की\sगई|किए\sगए)\s(?:\S+\s){0,2}?"
                              r"(?:संधि|समझौता|समझौते|करार|पैक्ट)(?![\u0900-\u0963\u0966-\u097f])")


#: a clause of time that puts what follows it before the main clause: "ten years after its membership was suspended"
_TIME_AFTER = re.compile(rf"{_W0}(?:{PERIODS}) (?:after|since){_W1}")


def main_clause_first(low: str, s0: int, s1: int, verbs: list) -> list:
    """``verbs`` (``(trigger, tense)``, sorted by priority) with those of the main clause first: a verb after "N years
    after" ("Egypt resumed its seat in the League, ten years after its membership was suspended") tells what came
    before the main verb's event, so it yields to a verb before that clause (when there is one)."""
    m = _TIME_AFTER.search(low, s0, s1)
    if m is None or not any(h.start < m.start() for h, _ in verbs):
        return verbs
    return sorted(verbs, key=lambda v: v[0].start > m.start())


#: the ratification completed: "completing the ratification", "the ratification process is now complete", "अनुमोदन
#: (रैटिफिकेशन) की प्रक्रिया पूरी हो गई"
_RATIFICATION_COMPLETED = re.compile(
    rf"{_W0}(?:completing|completed|completes|concluding|concluded|concludes)\s(?:[a-z'-]+\s){{0,4}}?ratifications?{_W1}"
    rf"|{_W0}ratifications?\s(?:process\s|procedure\s)?(?:is\s|was\s|has\sbeen\s|had\sbeen\s)?(?:now\s)?complete[d]?{_W1}"
    r"|(?:अनुमोदन|अनुसमर्थन|रैटिफिकेशन)[^।]{0,30}?प्रक्रिया\sपूरी")


def completes_ratification(low: str, spans: list[tuple[int, int]], i: int) -> bool:
    """Whether sentence ``i`` (of ``spans``) or the next says the ratification is completed: a signing it reports is
    the last ratifying act ("President Klaus signed the treaty on Tuesday, completing its ratification", "... ने संधि पर
    हस्ताक्षर कर दिए। इसके साथ ही ... अनुमोदन की प्रक्रिया पूरी हो गई")."""
    end = spans[min(i + 1, len(spans) - 1)][1]
    return _RATIFICATION_COMPLETED.search(low, spans[i][0], end) is not None


#: a vote for the act: "voted late on Thursday to ratify", "votes to approve", with its tally ("voted 97-2 on Tuesday
#: to ratify", "voted by 188 votes to 122 to approve"; the tally's dash reaches here as a space) (not "voted against a
#: motion to ratify")
_VOTED_TO = re.compile(r"(?<![a-z])(?P<v>voted|votes)\s(?:(?!(?:against|not|down)\s)[a-z0-9,']+\s){0,7}?to\s?$")


def voted_to(low: str, h: Hit, s0: int) -> str | None:
    """The tense of an act a legislature voted for ("Montenegro's parliament voted late on Thursday to ratify the
    protocols": the ratification, in the past), read where "to" before the verb would make it a future; None when no
    vote stands before it."""
    m = _VOTED_TO.search(low, max(s0, h.start - 50), h.start)
    if m is None:
        return None
    return "past" if m.group("v") == "voted" else "present"
